"""A clerk's change to an order, and the faithful body it produces.

An :class:`OrderEdit` records intent: the fields the clerk changed and their
new values, never a whole order. :func:`apply_edit` lays that intent on a
server body and returns a new body in which only those values differ: every
other key keeps its value and wire format (``"18/01/2024"`` stays a string,
``1`` stays ``1``, unknown keys stay). That body is what a ``PUT`` sends, so
a write never erases data the client did not understand.

Keys name what an edit touches, for conflict checks:

* ``shipping.status``, ``billing.address.city``...: a dotted path in the body;
* ``lines.<id>.quantity`` / ``lines.<id>.price``: a field of an existing line;
* ``lines.<id>``: the removal of a line;
* ``lines.+<key>``: a line added by this client.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from .address import ADDRESS_FIELDS
from .coerce import to_decimal

STATUS_KEYS = ("shipping.status", "billing.status")

# Dotted paths a clerk may edit directly (lines have their own keys).
EDITABLE_FIELDS: frozenset[str] = frozenset(
    {
        *STATUS_KEYS,
        *(f"{side}.address.{name}" for side in ("billing", "shipping") for name in ADDRESS_FIELDS),
        "billing.method",
        "billing.treasury_account_id",
        "billing.scheduled_at",
        "shipping.mode",
        "shipping.amount",
        "shipping.scheduled_at",
        "discounts",  # the order-level discounts: [{discount_id, code}] (a shop's discount by code)
    }
)

# Marks the lines this client adds, so a retried add can be recognised.
CLIENT_LINE_KEY = "genuka_desk_line_key"


class LineChange(BaseModel):
    """New quantity, unit price and/or discounts for an existing line.

    ``discounts`` is the line's whole new list in the documented input shape
    (``{discount_id, discount_type, discount_value}``; ``[]`` takes them off).
    """

    quantity: int | None = None
    price: Decimal | None = None
    discounts: list[dict[str, Any]] | None = None


class NewLine(BaseModel):
    """A line the clerk adds from the catalogue."""

    key: str = Field(default_factory=lambda: uuid.uuid4().hex)
    product_id: str
    variant_id: str | None = None
    title: str = ""
    variant_title: str | None = None
    sku: str | None = None
    quantity: int
    price: Decimal
    discounts: list[dict[str, Any]] = Field(default_factory=list)


class OrderEdit(BaseModel):
    """What a clerk changed in one order: fields, line changes, removals, additions."""

    fields: dict[str, Any] = Field(default_factory=dict)
    lines: dict[str, LineChange] = Field(default_factory=dict)
    removed_lines: list[str] = Field(default_factory=list)
    added_lines: list[NewLine] = Field(default_factory=list)

    def touched(self) -> list[str]:
        """Every key this edit changes (see the module docstring)."""
        keys = list(self.fields)
        for line_id, change in self.lines.items():
            if change.quantity is not None:
                keys.append(f"lines.{line_id}.quantity")
            if change.price is not None:
                keys.append(f"lines.{line_id}.price")
            if change.discounts is not None:
                keys.append(f"lines.{line_id}.discounts")
        keys += [f"lines.{line_id}" for line_id in self.removed_lines]
        keys += [f"lines.+{line.key}" for line in self.added_lines]
        return keys

    def is_empty(self) -> bool:
        """True when the edit changes nothing."""
        return not self.touched()

    def without(self, refused: Iterable[str]) -> OrderEdit:
        """This edit less the parts the server refused (its field errors' keys: ``products``, ``billing.address``...).

        A key names a field, or a whole part of it (``shipping.address``
        covers its street, city...); ``products`` or ``lines`` covers every
        line change, since the server judges the lines as one list.
        """
        keys = [str(k) for k in refused]
        lines_refused = any(k.split(".", 1)[0] in ("products", "lines") for k in keys)

        def refused_field(field: str) -> bool:
            return any(field == k or field.startswith(k + ".") or k.startswith(field + ".") for k in keys)

        return OrderEdit(
            fields={k: v for k, v in self.fields.items() if not refused_field(k)},
            lines={} if lines_refused else dict(self.lines),
            removed_lines=[] if lines_refused else list(self.removed_lines),
            added_lines=[] if lines_refused else list(self.added_lines),
        )

    def is_status_only(self) -> bool:
        """True when only statuses change (sent with the status endpoint)."""
        keys = self.touched()
        return bool(keys) and all(key in STATUS_KEYS for key in keys)

    def then(self, later: OrderEdit) -> OrderEdit:
        """This edit followed by ``later`` (later values win).

        Lines added by this edit may be referred to as ``+key`` by ``later``:
        their changes fold into the new line, their removal drops it.
        """
        added = {line.key: line.model_copy() for line in self.added_lines}
        lines = {k: v.model_copy() for k, v in self.lines.items()}
        for line_id, change in later.lines.items():
            new_line = added.get(line_id[1:]) if line_id.startswith("+") else None
            if new_line is not None:
                if change.quantity is not None:
                    new_line.quantity = change.quantity
                if change.price is not None:
                    new_line.price = change.price
                if change.discounts is not None:
                    new_line.discounts = list(change.discounts)
                continue
            merged = lines.get(line_id, LineChange())
            lines[line_id] = LineChange(
                quantity=change.quantity if change.quantity is not None else merged.quantity,
                price=change.price if change.price is not None else merged.price,
                discounts=change.discounts if change.discounts is not None else merged.discounts,
            )
        removed = list(self.removed_lines)
        for line_id in later.removed_lines:
            if line_id.startswith("+") and line_id[1:] in added:
                del added[line_id[1:]]
            elif line_id not in removed:
                removed.append(line_id)
                lines.pop(line_id, None)
        return OrderEdit(
            fields={**self.fields, **later.fields},
            lines=lines,
            removed_lines=removed,
            added_lines=list(added.values()) + list(later.added_lines),
        )

    def without_noops(self, raw: dict[str, Any]) -> OrderEdit:
        """Drop the changes whose value is already what ``raw`` holds."""
        fields = {k: v for k, v in self.fields.items() if not values_equal(read_value(raw, k), v)}
        lines: dict[str, LineChange] = {}
        for line_id, change in self.lines.items():
            quantity = change.quantity
            price = change.price
            if quantity is not None and values_equal(read_value(raw, f"lines.{line_id}.quantity"), quantity):
                quantity = None
            if price is not None and values_equal(read_value(raw, f"lines.{line_id}.price"), price):
                price = None
            discounts = change.discounts
            if discounts is not None and discounts_equal(read_value(raw, f"lines.{line_id}.discounts"), discounts):
                discounts = None
            if quantity is not None or price is not None or discounts is not None:
                lines[line_id] = LineChange(quantity=quantity, price=price, discounts=discounts)
        removed = [r for r in self.removed_lines if read_value(raw, f"lines.{r}") is not None]
        return OrderEdit(fields=fields, lines=lines, removed_lines=removed, added_lines=list(self.added_lines))

    def intended(self) -> dict[str, Any]:
        """The value each touched key should have once the edit is applied."""
        out: dict[str, Any] = dict(self.fields)
        for line_id, change in self.lines.items():
            if change.quantity is not None:
                out[f"lines.{line_id}.quantity"] = change.quantity
            if change.price is not None:
                out[f"lines.{line_id}.price"] = change.price
            if change.discounts is not None:
                out[f"lines.{line_id}.discounts"] = change.discounts
        for line_id in self.removed_lines:
            out[f"lines.{line_id}"] = None
        for line in self.added_lines:
            out[f"lines.+{line.key}"] = True
        return out

    def status_body(self) -> dict[str, Any]:
        """The body of ``PUT .../status`` for a status-only edit."""
        body: dict[str, Any] = {}
        for key in STATUS_KEYS:
            if key in self.fields:
                side = key.split(".", 1)[0]
                body[side] = {"status": self.fields[key]}
        return body


def _discount_pairs(value: Any) -> list[tuple[Any, Any, Decimal | None]]:
    items = value if isinstance(value, list) else []
    return sorted(
        (
            (
                str(d.get("discount_id", d.get("id")) or ""),
                str(d.get("discount_type", d.get("type")) or ""),
                to_decimal(d.get("discount_value", d.get("value"))),
            )
            for d in items
            if isinstance(d, dict)
        ),
        key=repr,
    )


def discounts_equal(a: Any, b: Any) -> bool:
    """Two lists of line discounts alike (whether shown as ``discount_type`` or ``type``, in any order)."""
    return _discount_pairs(a) == _discount_pairs(b)


def values_equal(a: Any, b: Any) -> bool:
    """Equal as values: ``"2" == 2 == 2.0``; None and "" are both empty."""
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    da, db = to_decimal(a), to_decimal(b)
    if da is not None and db is not None and not (isinstance(a, str) and isinstance(b, str)):
        return da == db
    return bool(a == b)


def to_json_number(value: Decimal | int | float) -> int | float:
    """A Decimal as a JSON number: an int when whole (XAF has no cents)."""
    number = Decimal(value) if not isinstance(value, Decimal) else value
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def _like(old: Any, new: Any) -> Any:
    """``new`` in the wire format of ``old`` (a number sent as a string stays a string)."""
    if isinstance(new, Decimal | int) and not isinstance(new, bool):
        if isinstance(old, str):
            number = Decimal(new)
            return str(int(number)) if number == number.to_integral_value() else str(number)
        if isinstance(old, float):
            return float(new)
        return to_json_number(new)
    return new


def _get_path(body: Any, parts: list[str]) -> Any:
    node = body
    for part in parts:
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _set_path(body: dict[str, Any], parts: list[str], value: Any) -> None:
    node = body
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            # null, [] (PHP's empty object) or absent: the path starts here.
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = _like(node.get(parts[-1]), value)


def _line_matches(entry: Any, line_id: str, *, pivot: bool) -> bool:
    """Whether an entry is the line ``line_id`` (an id, or ``+key`` for a line added here)."""
    if not isinstance(entry, dict):
        return False
    node = entry.get("pivot") if pivot else entry
    if not isinstance(node, dict):
        return False
    if line_id.startswith("+"):
        meta = node.get("metadata")
        return isinstance(meta, dict) and meta.get(CLIENT_LINE_KEY) == line_id[1:]
    return _sid(node.get("id")) == line_id


def _line_entries(body: dict[str, Any], line_id: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The ``order_products[]`` entry and the ``products[]`` entry of one line."""
    op = next((e for e in _list(body.get("order_products")) if _line_matches(e, line_id, pivot=False)), None)
    prod = next((e for e in _list(body.get("products")) if _line_matches(e, line_id, pivot=True)), None)
    return op, prod


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _sid(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _line_value(op: dict[str, Any] | None, prod: dict[str, Any] | None, attr: str) -> Any:
    if op is not None and attr in op:
        return op[attr]
    if prod is not None:
        if attr in prod:
            return prod[attr]
        return prod["pivot"].get(attr)
    return None


def _has_client_line(body: dict[str, Any], key: str) -> bool:
    op, prod = _line_entries(body, f"+{key}")
    return op is not None or prod is not None


def read_value(body: dict[str, Any], key: str) -> Any:
    """The current value of a touched key in ``body`` (None when absent)."""
    if not key.startswith("lines."):
        return _get_path(body, key.split("."))
    rest = key[len("lines.") :]
    if rest.startswith("+"):
        return True if _has_client_line(body, rest[1:]) else None
    line_id, _, attr = rest.partition(".")
    op, prod = _line_entries(body, line_id)
    if op is None and prod is None:
        return None
    if not attr:
        return {
            "quantity": _line_value(op, prod, "quantity"),
            "price": _line_value(op, prod, "price"),
        }
    return _line_value(op, prod, attr)


def read_values(body: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """:func:`read_value` for several keys."""
    return {key: read_value(body, key) for key in keys}


def _change_line(body: dict[str, Any], line_id: str, change: LineChange) -> None:
    op, prod = _line_entries(body, line_id)
    if change.discounts is not None:
        for node in (op, prod["pivot"] if prod is not None else None):
            if node is not None:
                node["discounts"] = [dict(d) for d in change.discounts]
    for attr, new in (("quantity", change.quantity), ("price", change.price)):
        if new is None:
            continue
        if op is not None:
            op[attr] = _like(op.get(attr), new)
        if prod is not None:
            pivot = prod["pivot"]
            pivot[attr] = _like(pivot.get(attr), new)
            # products[] also carries the line as top-level price/quantity in
            # the update form; when present the server reads it first.
            if attr in prod:
                prod[attr] = _like(prod[attr], new)


def _remove_line(body: dict[str, Any], line_id: str) -> None:
    for name, pivot in (("order_products", False), ("products", True)):
        entries = body.get(name)
        if isinstance(entries, list):
            body[name] = [e for e in entries if not _line_matches(e, line_id, pivot=pivot)]


def _add_line(body: dict[str, Any], line: NewLine) -> None:
    meta = {
        "item_title": line.title,
        "product_title": line.title,
        "variant_title": line.variant_title,
        "variant_sku": line.sku,
        CLIENT_LINE_KEY: line.key,
    }
    price = to_json_number(line.price)
    order_product = {
        "product_id": line.product_id,
        "variant_id": line.variant_id,
        "quantity": line.quantity,
        "price": price,
        "metadata": meta,
        **({"discounts": [dict(d) for d in line.discounts]} if line.discounts else {}),
    }
    product = {
        "id": line.product_id,
        "title": line.title,
        "variant_id": line.variant_id,
        "quantity": line.quantity,
        "price": price,
        "pivot": {**order_product, "metadata": dict(meta)},
    }
    if isinstance(body.get("order_products"), list) or "products" not in body:
        body.setdefault("order_products", [])
        if not isinstance(body["order_products"], list):
            body["order_products"] = []
        body["order_products"].append(order_product)
    if not isinstance(body.get("products"), list):
        body["products"] = []
    body["products"].append(product)


# The order-level discounts: ``[{discount_id, code}]`` on the PUT; the desk's items also carry a title and its preview.
ORDER_DISCOUNTS = "discounts"


def order_discount_names(value: Any) -> set[str]:
    """The discounts of an order-level list, by id (or code): as sent, or as the server shows them."""
    names: set[str] = set()
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict):
            continue
        found = item.get("pivot")
        pivot: dict[str, Any] = found if isinstance(found, dict) else {}
        name = item.get("discount_id") or pivot.get("discount_id") or item.get("id") or item.get("code")
        if name:
            names.add(str(name))
    return names


def _lay_order_discounts(body: dict[str, Any], items: Any) -> None:
    """The shop's discounts laid on an order as the desk previews them (the server's figure wins once it answers)."""
    chosen = [dict(i) for i in items if isinstance(i, dict)] if isinstance(items, list) else []
    body[ORDER_DISCOUNTS] = chosen
    billing = body.get("billing")
    if not isinstance(billing, dict):
        billing = body["billing"] = {}
    whole = sum((to_decimal(i.get("amount_off")) or Decimal(0) for i in chosen), Decimal(0))
    lines = to_decimal(billing.get("line_discounts_total")) or Decimal(0)
    billing["order_discounts_total"] = _like(billing.get("order_discounts_total"), whole)
    billing["discount"] = _like(billing.get("discount"), lines + whole)  # the total follows (Change.reprices)


def recount_line_discounts(body: dict[str, Any]) -> None:
    """The billing's line discounts counted again from the lines (a preview; the server's figure wins), in place.

    Only where a line shows discounts, or the billing counted some: an order
    without any keeps its billing exactly as the server wrote it.
    """
    from .line_discounts import line_off

    rows = [e for e in _list(body.get("order_products")) if isinstance(e, dict)]
    if not rows:
        rows = [
            e["pivot"] for e in _list(body.get("products")) if isinstance(e, dict) and isinstance(e.get("pivot"), dict)
        ]
    billing = body.get("billing")
    before = to_decimal(billing.get("line_discounts_total")) if isinstance(billing, dict) else None
    if not any(isinstance(r.get("discounts"), list) for r in rows):
        return  # the lines do not say (discounts only the billing counts stay as the server counted them)
    if not any(r.get("discounts") for r in rows) and not before:
        return
    off = sum(
        (
            line_off(to_decimal(r.get("price")), int(to_decimal(r.get("quantity")) or 0), r.get("discounts"))
            for r in rows
        ),
        Decimal(0),
    )
    if not isinstance(billing, dict):
        billing = body["billing"] = {}
    whole = to_decimal(billing.get("order_discounts_total")) or Decimal(0)
    billing["line_discounts_total"] = _like(billing.get("line_discounts_total"), off)
    billing["discount"] = _like(billing.get("discount"), off + whole)


def apply_edit(raw: dict[str, Any], edit: OrderEdit, *, in_place: bool = False) -> dict[str, Any]:
    """``raw`` with the edit laid on it, nothing else differing: a copy, unless ``in_place``."""
    body = raw if in_place else copy.deepcopy(raw)
    for key, value in edit.fields.items():
        if key == ORDER_DISCOUNTS:
            _lay_order_discounts(body, value)
            continue
        _set_path(body, key.split("."), value)
    for line_id, change in edit.lines.items():
        _change_line(body, line_id, change)
    for line_id in edit.removed_lines:
        _remove_line(body, line_id)
    for line in edit.added_lines:
        _add_line(body, line)
    if edit.lines or edit.removed_lines or edit.added_lines:
        recount_line_discounts(body)
    if edit.fields.get("billing.status") == "paid":
        # Genuka settles the unpaid remainder itself when an order is marked paid: nothing is owed after.
        body["amount_due"] = _like(body.get("amount_due"), 0)
    return body
