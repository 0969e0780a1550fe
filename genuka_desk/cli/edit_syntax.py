"""``orders edit`` arguments (``FIELD=VALUE``) turned into an :class:`OrderEdit`.

Lines are numbered from 1 as ``orders show`` prints them: ``lines.2.quantity=3``,
``lines.2.price=12500``, ``lines.2.remove=yes``. Other fields are the dotted
paths of the order body a clerk may edit (``shipping.address.line1``,
``billing.address.phone``, ``shipping.status``...).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..models import EDITABLE_FIELDS, LineChange, Order, OrderEdit, OrderLine

NUMBER_FIELDS = frozenset({"shipping.amount"})


class EditSyntaxError(ValueError):
    """An argument that is not ``FIELD=VALUE`` over a known field; the message says which."""


def _number(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.replace(" ", "").replace("\u202f", "").replace(",", "."))
    except InvalidOperation as exc:
        raise EditSyntaxError(f"{what}: {text!r} is not a number.") from exc
    if not value.is_finite():
        raise EditSyntaxError(f"{what}: {text!r} is not a number.")
    return value


def parse_assignments(order: Order, assignments: list[str]) -> OrderEdit:
    """The edit that ``assignments`` describe on ``order``; raises :class:`EditSyntaxError`."""
    if not assignments:
        raise EditSyntaxError("Give at least one FIELD=VALUE, for example lines.1.quantity=3.")
    lines = order.lines
    edit = OrderEdit()
    for item in assignments:
        field, sep, value = item.partition("=")
        field = field.strip()
        if not sep or not field:
            raise EditSyntaxError(f"{item!r} is not FIELD=VALUE.")
        if field.startswith("lines."):
            _line_assignment(edit, lines, field, value)
        elif field in EDITABLE_FIELDS:
            edit.fields[field] = _number(value, field) if field in NUMBER_FIELDS else value.strip()
        else:
            known = ", ".join(sorted(EDITABLE_FIELDS))
            raise EditSyntaxError(f"{field!r} cannot be edited. Editable: lines.N.quantity, lines.N.price, {known}.")
    return edit


def _line_assignment(edit: OrderEdit, lines: list[OrderLine], field: str, value: str) -> None:
    parts = field.split(".")
    if len(parts) != 3 or parts[2] not in ("quantity", "price", "remove"):
        raise EditSyntaxError(f"{field!r}: use lines.N.quantity, lines.N.price or lines.N.remove.")
    try:
        number = int(parts[1])
    except ValueError as exc:
        raise EditSyntaxError(f"{field!r}: N is a line number from 1 (see orders show).") from exc
    if not 1 <= number <= len(lines):
        raise EditSyntaxError(f"{field!r}: the order has {len(lines)} line(s), numbered from 1.")
    line_id = lines[number - 1].id
    if not line_id:
        raise EditSyntaxError(f"Line {number} has no id on the server yet; sync first.")
    if parts[2] == "remove":
        if value.strip().lower() not in ("yes", "true", "1"):
            raise EditSyntaxError(f"{field!r}: write lines.{number}.remove=yes to remove the line.")
        edit.removed_lines.append(line_id)
        return
    change = edit.lines.setdefault(line_id, LineChange())
    if parts[2] == "quantity":
        quantity = _number(value, field)
        if quantity != quantity.to_integral_value():
            raise EditSyntaxError(f"{field}: the quantity must be a whole number.")
        change.quantity = int(quantity)
    else:
        change.price = _number(value, field)
