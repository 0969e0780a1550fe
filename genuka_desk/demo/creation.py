"""``POST /admin/orders`` in the demo, as the reference describes it (06-orders-sales.md).

The customer is upserted: named by ``id`` it "updates if found" (every other
customer key sent rewrites that record), else found by phone number (and
rewritten the same way), else created. Lines name a catalogue product (and
variant) or are ad-hoc titles. ``billing.amount`` is stored and records no
payment: payment processing runs only when ``billing.status`` is already
``paid`` (then the whole amount is settled), as the reference's own example
answers. ``created_at`` may be set by the caller (kept to the whole second,
like every Genuka time) and the order gets the next ``#ORDER_n``. Like
Genuka, nothing makes a create idempotent: the same body sent twice makes two
orders.
"""

from __future__ import annotations

import copy
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .accounts import require
from .cash_sessions import CashSessions
from .errors import invalid
from .order_fields import BILLING_STATUSES
from .rows import Row
from .state import DemoState
from .stocks import move_stock, taken
from .values import as_object, iso, json_number, number, parse_time, ulid

REQUIRED_ADDRESS = ("line1", "city", "country")
CUSTOMER_FIELDS = ("first_name", "last_name", "email", "phone")


def _digits(text: Any) -> str:
    return "".join(ch for ch in str(text or "") if ch.isdigit())


def _check(state: DemoState, body: Any) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not isinstance(body, dict):
        return {"body": ["The body must be an order object."]}
    if not isinstance(body.get("customer"), dict):
        errors["customer"] = ["The customer field is required."]
    lines = body.get("products")
    if not isinstance(lines, list) or not lines:
        errors["products"] = ["The products field is required."]
    for n, line in enumerate(lines if isinstance(lines, list) else []):
        if not isinstance(line, dict):
            errors[f"products.{n}"] = ["Each product must be an object."]
            continue
        if not isinstance(line.get("title"), str) or not line["title"].strip():
            errors[f"products.{n}.title"] = ["The title field is required."]
        price = number(line.get("price"))
        if price is None or price < 0:
            errors[f"products.{n}.price"] = ["The price must be a number of at least 0."]
        quantity = line.get("quantity")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            errors[f"products.{n}.quantity"] = ["The quantity must be an integer of at least 1."]
        product_id = line.get("product_id")
        if product_id is not None and product_id not in state.product_index:
            errors[f"products.{n}.product_id"] = ["The selected product id is invalid."]
        elif product_id is not None and line.get("variant_id") is not None:
            product = state.data.products[state.product_index[product_id]]
            if line["variant_id"] not in {v["id"] for v in product["variants"]}:
                errors[f"products.{n}.variant_id"] = ["The selected variant id is invalid."]
    shipping = as_object(body.get("shipping"))
    if shipping.get("mode") not in (None, "delivery", "pickup"):
        errors["shipping.mode"] = ["The selected shipping.mode is invalid."]
    address = shipping.get("address")
    if address is not None:
        for name in REQUIRED_ADDRESS:
            if not isinstance(address, dict) or not str(address.get(name) or "").strip():
                errors[f"shipping.address.{name}"] = [f"The shipping.address.{name} field is required."]
    when = shipping.get("scheduled_at")
    if when is not None and (not isinstance(when, str) or len(when) != 10 or parse_time(when) is None):
        errors["shipping.scheduled_at"] = ["The shipping.scheduled_at does not match the format Y-m-d."]
    if as_object(body.get("billing")).get("status") not in (None, *BILLING_STATUSES):
        errors["billing.status"] = ["The selected billing.status is invalid."]
    paid = as_object(body.get("billing")).get("amount")
    if paid is not None and (number(paid) is None or number(paid) < 0):  # type: ignore[operator]
        errors["billing.amount"] = ["The billing.amount must be a number of at least 0."]
    created = body.get("created_at")
    if created is not None and (not isinstance(created, str) or parse_time(created) is None):
        errors["created_at"] = ["The created_at is not a valid date."]
    if body.get("shop_id") is not None and body["shop_id"] not in state.shop_ids:
        errors["shop_id"] = ["The selected shop id is invalid."]
    return errors


def _customer(state: DemoState, sent: dict[str, Any], when: datetime) -> dict[str, Any]:
    """The order's customer: the one named by id, else the one with this phone, else a new one."""
    made = state.created_customers
    customers = [*state.data.customers, *made]
    found = None
    if sent.get("id"):
        found = next((c for c in customers if c["id"] == sent["id"]), None)
    elif _digits(sent.get("phone")) and not sent.get("force"):
        wanted = _digits(sent["phone"])[-9:]
        found = next((c for c in customers if _digits(c["phone"])[-9:] == wanted), None)
    if found is None:
        found = {
            "id": ulid(state.rng, when),
            "first_name": str(sent.get("first_name") or ""),
            "last_name": str(sent.get("last_name") or ""),
            "email": sent.get("email"),
            "phone": str(sent.get("phone") or ""),
            "created_at": iso(when),
            "updated_at": iso(when),
        }
        made.append(found)
    elif any(key in sent for key in CUSTOMER_FIELDS):
        # "Updates if found": what is sent replaces the record's values, whoever the customer is.
        for key in CUSTOMER_FIELDS:
            if key in sent:
                found[key] = "" if sent[key] is None and key != "email" else sent[key]
        found["updated_at"] = iso(when)
        state.customer_rewrites.append({"id": found["id"], "sent": {k: sent[k] for k in CUSTOMER_FIELDS if k in sent}})
    return found


class OrderCreation:
    """Creates orders as ``POST /admin/orders`` does, upserting their customer."""

    def __init__(self, state: DemoState, till: CashSessions) -> None:
        self.state = state
        self.till = till  # a sale created paid puts its payment in the drawer's open session

    def create_order(self, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """Validate and create one order; the full body, as ``GET /orders/{id}`` gives it."""
        require(user, "orders.update")
        state = self.state
        errors = _check(state, body)
        if errors:
            raise invalid(errors)
        with state.lock:
            state.clock.check_deadline()
            index = len(state.index.rows)
            now = state.clock.now()
            created = (
                datetime.fromtimestamp(int(parse_time(body["created_at"]) or 0), UTC)
                if body.get("created_at") and state.keeps_created_at
                else now
            )
            customer = _customer(state, body["customer"], now)
            order_id = ulid(state.rng, now)
            template = state.data.build_order(state.data.plan(index % max(1, state.data.order_count)))
            order = copy.deepcopy(template)
            order_products, products, subtotal = [], [], Decimal(0)
            for line in body["products"]:
                price = number(line["price"]) or Decimal(0)
                quantity = int(line["quantity"])
                subtotal += price * quantity
                state.data.next_line_id += 1
                line_id = state.data.next_line_id
                if line.get("product_id"):
                    p = state.product_index[line["product_id"]]
                    variants = state.data.products[p]["variants"]
                    v = next((n for n, var in enumerate(variants) if var["id"] == line.get("variant_id")), 0)
                    op, pe = state.data.line_entries(order_id, line_id, p, v, quantity, json_number(price), iso(now))
                    op["metadata"]["item_title"] = line["title"]
                else:
                    meta = {"item_title": line["title"], "product_title": line["title"], "variant_sku": None}
                    op = {"id": line_id, "order_id": order_id, "product_id": None, "variant_id": None}
                    op.update(price=json_number(price), quantity=quantity, metadata=meta, created_at=iso(now))
                    pe = {"id": None, "title": line["title"], "pivot": {**op}}
                order_products.append(op)
                products.append(pe)
            shipping_sent = as_object(body.get("shipping"))
            billing_sent = as_object(body.get("billing"))
            # billing.amount is kept as sent and moves no money; only an already-paid status settles the order.
            stated = number(billing_sent.get("amount"))
            paid = subtotal if billing_sent.get("status") == "paid" else Decimal(0)
            status = "paid" if paid > 0 else "pending"
            address = shipping_sent.get("address")
            address_body = None
            if isinstance(address, dict):
                address_body = {**address, "id": ulid(state.rng, now), "is_shipping": 1, "is_billing": 0}
            payments = []
            if paid > 0:
                payments.append(
                    {
                        "id": ulid(state.rng, now),
                        "amount": json_number(paid),
                        "method": billing_sent.get("method"),
                        "treasury_account_id": billing_sent.get("treasury_account_id"),
                        "reference": f"#PAY_{1001 + index}",
                        "paid_at": iso(now),
                        "created_at": iso(now),
                    }
                )
            order.update(
                id=order_id,
                reference=f"#ORDER_{1001 + index}",
                source=str(body.get("source") or "WEB"),
                currency=str(body.get("currency") or "XAF"),
                shop_id=body.get("shop_id") or state.data.shop_id,  # the company's default shop when none is named
                state=1 if paid > 0 else 3,
                amount=json_number(subtotal),
                amount_due=json_number(max(Decimal(0), subtotal - paid)),
                customer_id=customer["id"],
                customer={k: customer.get(k) for k in ("id", "first_name", "last_name", "email", "phone")},
                order_products=order_products,
                products=products,
                addresses=[address_body] if address_body else [],
                payments=payments,
                invoices=[],
                invoices_count=0,
                deliveries=[],
                metadata={},
                created_at=iso(created),
                updated_at=iso(now),
                deleted_at=None,
            )
            billing_address = billing_sent.get("address")
            order["billing"] = {
                **as_object(template.get("billing")),
                # Only the billing address sent (06-orders-sales.md: billing.address, optional), never the
                # template order's: a sale with a phone alone must not come back under a stranger's name.
                "address": billing_address if isinstance(billing_address, dict) else None,
                "address_id": None,
                "status": status,
                "amount": json_number(stated if stated is not None else paid),
                "method": billing_sent.get("method"),
                "treasury_account_id": billing_sent.get("treasury_account_id"),
                "total": json_number(subtotal),
                "subtotal": json_number(subtotal),
                "net_to_pay": json_number(subtotal),
                "shipping": 0,
            }
            order["shipping"] = {
                "mode": shipping_sent.get("mode") or "pickup",
                "status": "pending",
                "amount": 0,
                "address": address_body,
                "address_id": address_body["id"] if address_body else shipping_sent.get("address_id"),
                "scheduled_at": shipping_sent.get("scheduled_at"),
            }
            state.bodies[index] = order
            # The catalogue lines leave the shop's stock now, never refused (stocks.py says why).
            move_stock(state, order["shop_id"], Counter(), taken(order), now, check=False)
            titles = " ".join(str(line["title"]) for line in body["products"])
            row = Row(
                index=index,
                id=order_id,
                created=created.timestamp(),
                updated=now.timestamp(),
                reference=order["reference"],
                amount=float(subtotal),
                shipping_status="pending",
                billing_status=status,
                source=order["source"],
                state=order["state"],
                customer_id=customer["id"],
                first_name=customer["first_name"],
                last_name=customer["last_name"],
                phone=str(customer["phone"]),
                search=f"{order['reference']} {customer['first_name']} {customer['last_name']} "
                f"{customer['phone']} {_digits(customer['phone'])} {titles}".lower(),
            )
            state.index.add(row)
            state.index.touch(index)
            state.activities[index] = [
                {
                    "id": state.next_activity_id(),
                    "description": "created",
                    "event": "created",
                    "log_name": "order",
                    "properties": {"reference": {"old": None, "new": order["reference"]}},
                    "user": {"id": user.get("id"), "name": user.get("name")},
                    "created_at": iso(now),
                }
            ]
            state.writes.append(
                {
                    "request_id": request_id,
                    "order_id": order_id,
                    "kind": "create",
                    "changes": {},
                    "at": order["updated_at"],
                    "sent_keys": sorted(body),
                    "effects": ["payment_recorded"] if payments else [],
                }
            )
            for payment in payments:
                self.till.payment_in(payment, order)
            return state.body(index, full=True)
