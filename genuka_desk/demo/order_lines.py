"""An order's lines and money: the ``products[]`` a PUT sends, made into lines; amounts recomputed.

As documented (06-orders-sales.md), only ``products[]`` is read, and only
its top-level keys; it replaces all lines. Once a final invoice is paid,
lines cannot be removed or reduced. Amounts come from the lines (unit
price x quantity, less the line's discounts, plus its taxes) and shipping;
what was paid stays paid.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from .discount_terms import money_off
from .errors import invalid
from .state import DemoState
from .values import as_object, iso, json_number, number


def lines_from(
    state: DemoState, body: dict[str, Any], before: dict[str, Any], errors: dict[str, list[str]]
) -> list[dict[str, Any]] | None:
    """The lines a PUT asks for (None: keep them); raises with ``errors`` and the lines' own.

    As documented, only ``products[]`` is read, and only its top-level keys:
    ``order_product_id`` updates that line in place (absent: a new line),
    ``product_id`` (absent: an ad-hoc line, named by ``title``),
    ``variant_id``, ``service_id``, ``title``, ``price``, ``quantity``,
    ``cost``, ``status``, ``account_code``, ``discounts``, ``metadata``.
    ``products[]`` replaces all lines: what an item leaves out is not kept
    from the line it updates (no discounts, no cost, no service, the
    catalogue's price and metadata, so no taxes). ``pivot`` and
    ``order_products`` are not inputs.
    """
    entries = body.get("products")
    if not isinstance(entries, list):
        if errors:
            raise invalid(errors)
        return None
    old = {str(e.get("id")): e for e in before.get("order_products", []) if isinstance(e, dict)}
    lines = []
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            errors[f"products.{n}"] = ["Each line must be an object."]
            continue
        line_id = entry.get("order_product_id")
        existing = old.get(str(line_id)) if line_id is not None else None
        if line_id is not None and existing is None:
            errors[f"products.{n}.order_product_id"] = ["The selected order_product_id is invalid."]
            continue
        line = _line_input(state, entry, n, errors)
        if line is not None:
            lines.append({**line, "id": existing["id"] if existing else None})
    if errors:
        raise invalid(errors)
    if not lines:
        raise invalid({"products": ["An order needs at least one product."]})
    _check_final_invoice(before, lines)
    return lines


def _line_input(state: DemoState, entry: dict[str, Any], n: int, errors: dict[str, list[str]]) -> dict[str, Any] | None:
    """One ``products[]`` item as a line, from its own keys only (None: refused, with ``errors``)."""
    product_id = entry.get("product_id")
    product = state.product_index.get(str(product_id)) if product_id is not None else None
    if product_id is not None and product is None:
        errors[f"products.{n}.product_id"] = ["The selected product is invalid."]
        return None
    title = entry.get("title")
    if product is None and not (isinstance(title, str) and title.strip()):
        errors[f"products.{n}.title"] = ["The title field is required for a line without a product."]
        return None
    variant, catalogue_price = 0, None
    if product is not None:
        variants = state.data.products[product]["variants"]
        variant = next((k for k, v in enumerate(variants) if v["id"] == entry.get("variant_id")), 0)
        catalogue_price = variants[variant]["price"]
    quantity = entry.get("quantity")
    qty = number(quantity)
    if qty is None or qty != qty.to_integral_value() or qty < 1 or isinstance(quantity, bool):
        errors[f"products.{n}.quantity"] = ["The quantity must be an integer of at least 1."]
    unit = number(entry.get("price", catalogue_price))
    if unit is None or unit < 0:
        errors[f"products.{n}.price"] = ["The price must be a number of at least 0."]
    discounts = entry.get("discounts", [])
    if not isinstance(discounts, list) or not all(_line_discount(d) is not None for d in discounts):
        errors[f"products.{n}.discounts"] = ["Each discount needs a discount_type and a discount_value."]
    if qty is None or unit is None or f"products.{n}.discounts" in errors:
        return None
    meta = entry.get("metadata")
    return {
        "product": product,
        "variant": variant,
        "title": title if isinstance(title, str) and title.strip() else None,
        "quantity": int(qty),
        "price": unit,
        "metadata": meta if isinstance(meta, dict) else {},
        "discounts": [_line_discount(d) for d in discounts],
        **{key: entry.get(key) for key in ("service_id", "cost", "status", "account_code")},
    }


def _check_final_invoice(before: dict[str, Any], lines: list[dict[str, Any]]) -> None:
    """Refuse to remove or reduce a line once the order's final invoice is paid."""
    final = any(
        isinstance(i, dict) and i.get("is_final") and i.get("status") == "paid" for i in before.get("invoices", [])
    )
    if not final:
        return
    new = {str(line["id"]): line["quantity"] for line in lines if line["id"] is not None}
    for old in before.get("order_products", []):
        quantity = number(old.get("quantity")) or 0
        if new.get(str(old.get("id")), 0) < quantity:
            raise invalid(
                {"products": ["Lines cannot be removed or reduced once a final invoice is paid."]},
                "Lines cannot be removed or reduced once a final invoice is paid.",
            )


def replace_lines(state: DemoState, after: dict[str, Any], before: dict[str, Any], lines: list[dict[str, Any]]) -> None:
    """Make ``lines`` the order's lines, in both shapes (``order_products`` and ``products[].pivot``)."""
    data = state.data
    old = {str(e.get("id")): e for e in before.get("order_products", []) if isinstance(e, dict)}
    order_products, products = [], []
    now = iso(state.clock.now())
    for line in lines:
        existing = old.pop(str(line["id"]), None) if line["id"] is not None else None
        if existing is None:
            data.next_line_id += 1
            line_id: Any = data.next_line_id
            created = now
        else:
            line_id, created = existing["id"], existing.get("created_at", now)
        price = json_number(line["price"])
        if line["product"] is None:
            meta = {"item_title": line["title"], "product_title": line["title"], "variant_sku": None, "taxes": []}
            op = {"id": line_id, "order_id": after["id"], "product_id": None, "variant_id": None}
            op.update(price=price, quantity=line["quantity"], metadata=meta, created_at=created)
            pe: dict[str, Any] = {"id": None, "title": line["title"], "pivot": op}
        else:
            op, pe = data.line_entries(
                after["id"], line_id, line["product"], line["variant"], line["quantity"], price, created
            )
            if line["title"]:
                op["metadata"]["item_title"] = line["title"]
        op["metadata"].update(line["metadata"])
        op.update(
            service_id=line["service_id"],
            cost=line["cost"],
            status=line["status"],
            account_code=line["account_code"],
            discounts=line["discounts"],
            updated_at=now,
        )
        variant = pe["pivot"].get("variant")
        pe["pivot"] = {**copy.deepcopy(op), **({"variant": variant} if variant is not None else {})}
        order_products.append(op)
        products.append(pe)
    after["order_products"] = order_products
    after["products"] = products


def recompute(after: dict[str, Any], before: dict[str, Any]) -> None:
    """Amounts from lines (unit price x quantity, less the line's discounts, plus its taxes) + shipping - returns."""
    subtotal = line_discounts = line_taxes = Decimal(0)
    for entry in after.get("order_products", []):
        if isinstance(entry, dict):
            gross, off, tax = line_money(entry)
            subtotal, line_discounts, line_taxes = subtotal + gross, line_discounts + off, line_taxes + tax
    shipping = as_object(after.get("shipping"))
    fee = (number(shipping.get("amount")) or Decimal(0)) if shipping.get("mode", "delivery") == "delivery" else 0
    billing = as_object(after.get("billing"))
    if after.get("discounts"):
        billing["order_discounts_total"] = json_number(_order_discounts(after, Decimal(fee)))
    discount = (number(billing.get("order_discounts_total")) or Decimal(0)) + line_discounts
    billing.update(
        discount=json_number(discount),
        line_discounts_total=json_number(line_discounts),
        sum_positive_taxes=json_number(line_taxes),
    )
    taxes = line_taxes - (number(billing.get("sum_negative_taxes")) or 0)
    # Approved returns (returns.py) lower the total; the lines stay as sold.
    returned = number(billing.get("returns_total")) or Decimal(0)
    amount = Decimal(subtotal) - discount + Decimal(fee) + Decimal(taxes) - returned
    # What was paid stays what was paid: a total raised on a paid order leaves the rise owed (the
    # reference promises no settling on an update; its status stays as it was).
    paid = (number(before.get("amount")) or Decimal(0)) - (number(before.get("amount_due")) or Decimal(0))
    after["amount"] = json_number(amount)
    after["amount_due"] = json_number(max(amount - max(paid, Decimal(0)), Decimal(0)))
    billing.update(
        subtotal=json_number(Decimal(subtotal)),
        shipping=json_number(Decimal(fee)),
        total=json_number(amount),
        net_to_pay=json_number(amount),
        out_of_tax_total=json_number(amount),
    )
    after["billing"] = billing


def _order_discounts(after: dict[str, Any], fee: Decimal) -> Decimal:
    """What the order's ``discounts[]`` take off together (each one's in its ``pivot.amount``).

    The demo's reading (the reference gives no formula, ref36 §4.3): each is judged on the lines'
    net after their own discounts (a product-limited one on its products' lines only): a percentage
    of it, rounded to the unit, or a fixed amount capped at it; free shipping takes off the delivery
    fee. Together they never take off more than the lines' net plus the fee. Taxes stay as the lines
    have them (on the lines' net before the order's discounts).
    """
    nets = []
    for entry in after.get("order_products", []):
        if isinstance(entry, dict):
            gross, off, _ = line_money(entry)
            nets.append((str(entry["product_id"]) if entry.get("product_id") else None, gross - off))
    room = sum((net for _, net in nets), Decimal(0)) + fee
    total = Decimal(0)
    for shown in after["discounts"]:
        if not isinstance(shown, dict):
            continue
        off = min(money_off(shown, nets, fee), room - total)
        total += off
        if isinstance(shown.get("pivot"), dict):
            shown["pivot"]["amount"] = json_number(off)
    return total


def _line_discount(shown: Any) -> dict[str, Any] | None:
    """A ``products[].discounts`` item as the line keeps it (None: not a discount)."""
    if not isinstance(shown, dict) or shown.get("discount_type") not in ("fixed", "percentage"):
        return None
    value = number(shown.get("discount_value"))
    if value is None or value < 0:
        return None
    kept = {"discount_type": shown["discount_type"], "discount_value": json_number(value)}
    return {"discount_id": shown.get("discount_id"), **kept}


def line_money(entry: dict[str, Any]) -> tuple[Decimal, Decimal, Decimal]:
    """A line's gross (price x quantity), its discounts, and its taxes (``metadata.taxes[].rate`` in %, on the net)."""
    gross = (number(entry.get("price")) or Decimal(0)) * (number(entry.get("quantity")) or 0)
    off = Decimal(0)
    for discount in entry.get("discounts") or []:
        value = number(discount.get("discount_value")) if isinstance(discount, dict) else None
        if value is not None:
            off += gross * value / 100 if discount.get("discount_type") == "percentage" else value
    off = min(off, gross)
    meta = as_object(entry.get("metadata"))
    rates = [number(t.get("rate")) for t in meta.get("taxes") or [] if isinstance(t, dict)]
    tax = sum(((gross - off) * r / 100 for r in rates if r is not None), Decimal(0))
    return gross, off.quantize(Decimal(1)), tax.quantize(Decimal(1))
