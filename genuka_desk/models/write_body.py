"""The body of ``PUT /admin/orders/{id}``: only what the clerk changed, in the documented shapes.

Genuka's update is a partial update that runs the whole upsert process on
every key it receives (merchant API reference, 06-orders-sales.md): an
echoed ``customer`` is a customer upsert, every address object creates an
address row, an echoed ``billing.status: "paid"`` runs payment processing.
So the body carries the changed keys and nothing else:

* status, mode, amounts, method, treasury account: ``{"shipping": {"status": ...}}``;
* an address edit: one inline address object per side (the current address
  with the edits laid on it: the server needs ``line1``, ``city``, ``country``);
* ``shipping.scheduled_at`` as ``Y-m-d`` (Laravel reads other shapes month-first);
* any line edit: the complete replacement ``products[]`` (it "replaces all
  existing lines"). Each existing line goes back with every documented input
  it holds (``order_product_id``, ``product_id``, ``variant_id``,
  ``service_id``, ``title``, ``price``, ``quantity``, ``cost``, ``status``,
  ``account_code``, ``discounts`` in their input shape, and its whole
  ``metadata``, where its taxes live), so the result is the same whichever way
  the server reads a missing key, and a service line stays a service line. A
  new line has no ``order_product_id`` and carries the client key in ``metadata``.
  With it goes ``force: true`` ("bypass stock availability checks"): the desk
  warns of a sale beyond stock and never refuses one, and no shop setting
  says otherwise (19-company-settings.md has none).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .address import ADDRESS_FIELDS
from .coerce import to_datetime, to_decimal
from .edits import (
    CLIENT_LINE_KEY,
    ORDER_DISCOUNTS,
    NewLine,
    OrderEdit,
    discounts_equal,
    order_discount_names,
    read_value,
    to_json_number,
    values_equal,
)

# Dates the server reads as ``Y-m-d``.
DAY_FIELDS = frozenset({"shipping.scheduled_at"})
# What the server requires of an inline address object.
REQUIRED_ADDRESS = ("line1", "city", "country")
# The key in a change's ``base`` that lists the order's line ids when the clerk added lines.
LINE_IDS_KEY = "lines.ids"


def as_day(value: Any) -> Any:
    """A date as ``Y-m-d``; None and text that is no date are returned as they are."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    when = to_datetime(value)
    return when.date().isoformat() if when is not None else value


def _wire(value: Any) -> Any:
    if isinstance(value, Decimal):
        return to_json_number(value)
    return value


def _put(body: dict[str, Any], parts: list[str], value: Any) -> None:
    node = body
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def _line_rows(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Every line of a server body as ``{id, product_id, variant_id, title, price, quantity, metadata}``."""
    rows: list[dict[str, Any]] = []
    entries = raw.get("order_products")
    found = raw.get("products")
    products: list[Any] = found if isinstance(found, list) else []
    titles: dict[str, Any] = {}
    for entry in products:
        line = entry.get("pivot") if isinstance(entry, dict) else None
        if isinstance(line, dict) and line.get("id") is not None:
            titles[str(line.get("id"))] = entry.get("title")
    if isinstance(entries, list) and entries:
        for entry in entries:
            if isinstance(entry, dict):
                rows.append(_row(entry, titles.get(str(entry.get("id")))))
        return rows
    for entry in products:
        if not isinstance(entry, dict):
            continue
        found_pivot = entry.get("pivot")
        pivot: dict[str, Any] = found_pivot if isinstance(found_pivot, dict) else {}
        merged = {**pivot, "product_id": pivot.get("product_id") or entry.get("id")}
        merged.setdefault("variant_id", entry.get("variant_id"))
        rows.append(_row(merged, entry.get("title")))
    return rows


def _row(entry: dict[str, Any], title: Any) -> dict[str, Any]:
    found = entry.get("metadata")
    meta: dict[str, Any] = found if isinstance(found, dict) else {}
    return {
        "id": entry.get("id"),
        "product_id": entry.get("product_id"),
        "variant_id": entry.get("variant_id"),
        "title": meta.get("item_title") or meta.get("product_title") or title or "",
        "price": entry.get("price"),
        "quantity": entry.get("quantity"),
        "metadata": meta,
        "entry": entry,
    }


# A line's documented inputs that go back as the server shows them (besides id, product, title, price, quantity).
_KEPT_LINE_INPUTS = ("service_id", "cost", "status", "account_code")
# A line discount's input keys, and the names the server may show them under.
_DISCOUNT_INPUTS = (("discount_id", "id"), ("discount_type", "type"), ("discount_value", "value"))


def _discount_input(shown: Any) -> dict[str, Any] | None:
    """A line discount as ``products[].discounts`` takes it (``discount_id``, ``discount_type``, ``discount_value``)."""
    if not isinstance(shown, dict):
        return None
    out = {}
    for key, other in _DISCOUNT_INPUTS:
        value = shown.get(key, shown.get(other))
        if value is not None:
            out[key] = value
    return out or None


def _kept_inputs(row: dict[str, Any]) -> dict[str, Any]:
    """Every documented input an existing line holds beyond the six always sent: sent back as they are."""
    entry: dict[str, Any] = row.get("entry") or {}
    out: dict[str, Any] = {key: entry[key] for key in _KEPT_LINE_INPUTS if entry.get(key) is not None}
    discounts = entry.get("discounts")
    if isinstance(discounts, list) and discounts:
        out["discounts"] = [d for d in map(_discount_input, discounts) if d is not None]
    if row["metadata"]:
        out["metadata"] = row["metadata"]
    return out


def _sid(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def line_ids(raw: dict[str, Any]) -> list[str]:
    """The ids of the order's lines (``order_product_id``), as text."""
    return [_sid(row["id"]) for row in _line_rows(raw) if row["id"] is not None]


def _matches_new_line(row: dict[str, Any], line: NewLine) -> bool:
    return (
        _sid(row.get("product_id")) == _sid(line.product_id)
        and (row.get("variant_id") or None) == (line.variant_id or None)
        and values_equal(row.get("quantity"), line.quantity)
        and values_equal(row.get("price"), line.price)
    )


def added_line_present(raw: dict[str, Any], line: NewLine, known_ids: list[str] | None) -> bool:
    """Whether a line this client added is on the order.

    By its client key in the line's metadata; and, because nothing documents
    that the server keeps ``products[].metadata``, by a line that was not there
    when the clerk added it (``known_ids``) with the same product, variant,
    quantity and price.
    """
    if read_value(raw, f"lines.+{line.key}"):
        return True
    if known_ids is None:
        return False
    known = set(known_ids)
    return any(
        row["id"] is not None and _sid(row["id"]) not in known and _matches_new_line(row, line)
        for row in _line_rows(raw)
    )


def _products(raw: dict[str, Any], edit: OrderEdit, known_ids: list[str] | None) -> list[dict[str, Any]]:
    removed = set(edit.removed_lines)
    out: list[dict[str, Any]] = []
    for row in _line_rows(raw):
        if row["id"] is None or _sid(row["id"]) in removed:
            continue
        change = edit.lines.get(_sid(row["id"]))
        price = change.price if change is not None and change.price is not None else to_decimal(row["price"])
        quantity = change.quantity if change is not None and change.quantity is not None else row["quantity"]
        item: dict[str, Any] = {
            "order_product_id": row["id"],
            "product_id": row["product_id"],
            "variant_id": row["variant_id"],
            "title": row["title"],
            "price": to_json_number(price) if price is not None else row["price"],
            "quantity": int(to_decimal(quantity) or 0),
            **_kept_inputs(row),
        }
        if change is not None and change.discounts is not None:
            # The clerk's new list replaces the line's ([] sent as it is: taken off, whatever a missing key means).
            item["discounts"] = [dict(d) for d in change.discounts]
        out.append(item)
    for line in edit.added_lines:
        # An add whose earlier try landed is an existing line now: never add it twice.
        if added_line_present(raw, line, known_ids):
            continue
        out.append(
            {
                "product_id": line.product_id,
                "variant_id": line.variant_id,
                "title": line.title,
                "price": to_json_number(line.price),
                "quantity": line.quantity,
                "metadata": {CLIENT_LINE_KEY: line.key},
                **({"discounts": [dict(d) for d in line.discounts]} if line.discounts else {}),
            }
        )
    return out


def update_body(raw: dict[str, Any], edit: OrderEdit, known_ids: list[str] | None = None) -> dict[str, Any]:
    """The ``PUT /admin/orders/{id}`` body for ``edit`` on the order as the server has it (``raw``)."""
    body: dict[str, Any] = {}
    address_sides: list[str] = []
    for key, value in edit.fields.items():
        parts = key.split(".")
        if len(parts) == 3 and parts[1] == "address":
            if parts[0] not in address_sides:
                address_sides.append(parts[0])
            continue
        if key == ORDER_DISCOUNTS:  # the documented input: {discount_id, code} only (no title, no preview)
            body[key] = [{"discount_id": i.get("discount_id"), "code": i.get("code")} for i in value or []]
            continue
        _put(body, parts, as_day(value) if key in DAY_FIELDS else _wire(value))
    for side in address_sides:
        current = read_value(raw, f"{side}.address")
        current = current if isinstance(current, dict) else {}
        address = {name: current[name] for name in ADDRESS_FIELDS if current.get(name) not in (None, "")}
        for name in ADDRESS_FIELDS:
            key = f"{side}.address.{name}"
            if key in edit.fields:
                address[name] = _wire(edit.fields[key])
        body.setdefault(side, {})["address"] = address
    if edit.lines or edit.removed_lines or edit.added_lines:
        body["products"] = _products(raw, edit, known_ids)
        body["force"] = True
    return body


def missing_address_parts(raw: dict[str, Any], edit: OrderEdit) -> list[str]:
    """Address keys the server requires that the edited address would leave empty."""
    missing: list[str] = []
    sides = {key.split(".")[0] for key in edit.fields if key.count(".") == 2 and ".address." in key}
    for side in sorted(sides):
        current = read_value(raw, f"{side}.address")
        current = current if isinstance(current, dict) else {}
        for name in REQUIRED_ADDRESS:
            key = f"{side}.address.{name}"
            value = edit.fields[key] if key in edit.fields else current.get(name)
            if value in (None, "") or (isinstance(value, str) and not value.strip()):
                missing.append(key)
    return missing


def unapplied(raw: dict[str, Any], edit: OrderEdit, known_ids: list[str] | None = None) -> list[str]:
    """The keys of ``edit`` whose intended value ``raw`` does not hold (empty: all applied)."""
    out: list[str] = []
    added = {f"lines.+{line.key}": line for line in edit.added_lines}
    for key, value in edit.intended().items():
        if key in added:
            if not added_line_present(raw, added[key], known_ids):
                out.append(key)
            continue
        current = read_value(raw, key)
        if key in DAY_FIELDS:
            current, value = as_day(current), as_day(value)
        if key == ORDER_DISCOUNTS:
            if order_discount_names(current) != order_discount_names(value):
                out.append(key)
            continue
        if key.endswith(".discounts") and key.startswith("lines."):
            if not discounts_equal(current, value):
                out.append(key)
            continue
        if not same_value(current, value):
            out.append(key)
    return out


def same_value(a: Any, b: Any) -> bool:
    """Equal as values, looking inside line snapshots (``{"quantity", "price"}``)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, dict) or isinstance(b, dict):
        return False
    return values_equal(a, b)
