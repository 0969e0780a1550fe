"""A discount's body checked as 07-discounts-delivery.md's "Create a discount" table validates it (R/07:148-174).

Laravel's 422: every field's errors at once, ``{"message", "errors"}``.
A create needs ``company_id``, ``title``, ``code``, ``discount_type``,
``application_strategy`` and ``start_date``; an update needs none of them
but checks what it sends by the same rules. ``code`` is unique per company
(case-sensitive; soft-deleted discounts keep theirs, as Laravel's plain
``unique`` rule counts every row). The automatic scoping rule is checked
on the discount as it would be after the write. A create without ``active``
makes an inactive discount (the reference gives no default).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .errors import unprocessable
from .state import DemoState
from .values import iso, number

KINDS = ("fixed", "percentage", "free_shipping", "buy_x_get_y")
STRATEGIES = ("automatic", "manual")
REQUIREMENTS = ("none", "min_cart_amount", "min_cart_quantity")
REWARDS = ("free", "percentage", "fixed")
LINKS = {"product_ids": "products", "customer_ids": "customers", "shop_ids": "shops"}
SCALARS = (
    "title",
    "code",
    "description",
    "discount_type",
    "discount_value",
    "application_strategy",
    "start_date",
    "end_date",
    "active",
    "requirement_type",
    "requirement_value",
    "usage_limit_global",
    "usage_limit_per_customer",
    "buy_quantity",
    "get_quantity",
    "get_reward_type",
    "get_reward_value",
)


def words(field: str) -> str:
    """``start_date`` as Laravel words it in a message: ``start date``."""
    return field.replace("_", " ")


def parse_date(value: Any) -> datetime | None:
    """An input date (``2025-01-20 11:49:47``, ``2025-01-20`` or ISO) in UTC; None when it is not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).replace(microsecond=0)


def _integer(value: Any) -> int | None:
    found = number(value)
    if found is None or found != found.to_integral_value():
        return None
    return int(found)


def _ids(state: DemoState) -> dict[str, set[str]]:
    """The ids each ``*_ids`` list may name (exists:products, exists:customers, exists:shops)."""
    customers = {c["id"] for c in state.data.customers} | {c["id"] for c in state.created_customers}
    return {"product_ids": set(state.product_index), "customer_ids": customers, "shop_ids": set(state.shop_ids)}


def checked(
    state: DemoState, body: Any, current: dict[str, Any] | None, codes: dict[str, str], *, create: bool
) -> dict[str, Any]:
    """The fields ``body`` sets (a 422 with every error otherwise); ``codes``: code -> id of every discount."""
    if not isinstance(body, dict):
        raise unprocessable({"body": ["The body must be a discount object."]})
    errors: dict[str, list[str]] = {}

    def fail(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    required = ("company_id", "title", "code", "discount_type", "application_strategy", "start_date")
    for field in required if create else ():
        if body.get(field) in (None, "", []):
            fail(field, f"The {words(field)} field is required.")
    if body.get("company_id") not in (None, "") and body["company_id"] != state.data.company_id:
        fail("company_id", "The selected company id is invalid.")
    for field in ("title", "code"):
        value = body.get(field)
        if value is not None and not isinstance(value, str):
            fail(field, f"The {field} field must be a string.")
        elif isinstance(value, str) and len(value) > 255:
            fail(field, f"The {field} field must not be greater than 255 characters.")
    code = body.get("code")
    if isinstance(code, str) and code and codes.get(code) not in (None, (current or {}).get("id")):
        fail("code", "The code has already been taken.")
    if body.get("description") is not None and not isinstance(body["description"], str):
        fail("description", "The description field must be a string.")
    for field, allowed in (
        ("discount_type", KINDS),
        ("application_strategy", STRATEGIES),
        ("requirement_type", REQUIREMENTS),
        ("get_reward_type", REWARDS),
    ):
        if body.get(field) not in (None, "") and body[field] not in allowed:
            fail(field, f"The selected {words(field)} is invalid.")
    for field in ("discount_value", "requirement_value", "get_reward_value"):
        if body.get(field) is not None and number(body[field]) is None:
            fail(field, f"The {words(field)} field must be a number.")
    for field in ("usage_limit_global", "usage_limit_per_customer", "buy_quantity", "get_quantity"):
        if body.get(field) is not None and _integer(body[field]) is None:
            fail(field, f"The {words(field)} field must be an integer.")
    for field in ("buy_quantity", "get_quantity"):
        if (n := _integer(body.get(field))) is not None and n < 1:
            fail(field, f"The {words(field)} field must be at least 1.")
    if body.get("active") is not None and body["active"] not in (True, False, 0, 1, "0", "1"):
        fail("active", "The active field must be true or false.")
    for field in ("start_date", "end_date"):
        if body.get(field) not in (None, "") and parse_date(body[field]) is None:
            fail(field, f"The {words(field)} field must be a valid date.")
    if body.get("requirement_type") not in (None, "none") and body.get("requirement_value") in (None, ""):
        kind = body["requirement_type"]
        fail("requirement_value", f"The requirement value field is required when requirement type is {kind}.")
    _check_links(state, body, fail)
    _check_buy_get(body, current, fail)
    fields = {k: body[k] for k in SCALARS if k in body}
    fields |= {k: body[k] for k in (*LINKS, "buy_variants", "get_variants") if isinstance(body.get(k), list)}
    merged = {**(current or {}), **fields}
    start, end = parse_date(merged.get("start_date")), parse_date(merged.get("end_date"))
    if "end_date" not in errors and start is not None and end is not None and end < start:
        fail("end_date", "The end date field must be a date after or equal to start date.")
    automatic = merged.get("application_strategy") == "automatic"
    if not errors and automatic and merged.get("discount_type") != "buy_x_get_y":
        scoped = any(merged.get(k) for k in LINKS) or merged.get("requirement_type") not in (None, "none")
        if not scoped:
            fail(
                "application_strategy",
                "An automatic discount needs product_ids, shop_ids, customer_ids or a cart requirement.",
            )
    if errors:
        raise unprocessable(errors)
    return fields


def _check_links(state: DemoState, body: dict[str, Any], fail: Any) -> None:
    """``product_ids``, ``customer_ids``, ``shop_ids``: arrays of ids that exist."""
    known = _ids(state)
    for field in LINKS:
        value = body.get(field)
        if value is None:
            continue
        if not isinstance(value, list):
            fail(field, f"The {words(field)} field must be an array.")
            continue
        for n, item in enumerate(value):
            if item not in known[field]:
                fail(f"{field}.{n}", f"The selected {field}.{n} is invalid.")


def _check_buy_get(body: dict[str, Any], current: dict[str, Any] | None, fail: Any) -> None:
    """Buy X get Y: a reward type, its value when it is a percentage or an amount, the variants to buy and get."""
    kind = body.get("discount_type", (current or {}).get("discount_type"))
    for field in ("buy_variants", "get_variants"):
        value = body.get(field)
        if value is None:
            if kind == "buy_x_get_y" and "discount_type" in body:
                fail(field, f"The {words(field)} field is required when discount type is buy_x_get_y.")
            continue
        if not (isinstance(value, list) and all(isinstance(v, dict) and v.get("variant_id") for v in value)):
            fail(field, f"Each of the {words(field)} needs a variant_id.")
    if kind == "buy_x_get_y" and "discount_type" in body and body.get("get_reward_type") in (None, ""):
        fail("get_reward_type", "The get reward type field is required when discount type is buy_x_get_y.")
    if body.get("get_reward_type") in ("percentage", "fixed") and body.get("get_reward_value") in (None, ""):
        reward = body["get_reward_type"]
        fail("get_reward_value", f"The get reward value field is required when get reward type is {reward}.")


def resource(discount_id: str, company_id: str, fields: dict[str, Any], now: datetime) -> dict[str, Any]:
    """A new Discount resource as the API shows it (R/07:96-125), from checked ``fields``."""
    item: dict[str, Any] = {"id": discount_id, "company_id": company_id}
    item |= {k: None for k in SCALARS}
    item |= {"buy_variants": [], "get_variants": [], "amount": None, "active": False, "requirement_type": "none"}
    item |= {"customers": [], "products": [], "shops": [], "created_at": iso(now), "deleted_at": None}
    apply(item, fields, now)
    return item


def apply(item: dict[str, Any], fields: dict[str, Any], now: datetime) -> None:
    """Write checked ``fields`` onto a resource in the API's shapes (numbers, ISO dates, ``[{id}]`` links)."""
    for key, value in fields.items():
        if key in LINKS:
            item[LINKS[key]] = [{"id": i} for i in dict.fromkeys(value)]
        elif key in ("start_date", "end_date"):
            when = parse_date(value)
            item[key] = iso(when) if when is not None else None
        elif key in ("discount_value", "requirement_value", "get_reward_value"):
            found = number(value)
            item[key] = float(found) if found is not None else None
        elif key in ("usage_limit_global", "usage_limit_per_customer", "buy_quantity", "get_quantity"):
            item[key] = _integer(value)
        elif key == "active":
            item[key] = value in (True, 1, "1")
        elif key not in ("buy_variants", "get_variants"):
            item[key] = value
    for key in ("buy_variants", "get_variants"):
        if isinstance(fields.get(key), list):
            item[key] = [{"variant_id": v["variant_id"], "quantity": v.get("quantity")} for v in fields[key]]
    if item.get("requirement_type") == "none":
        item["requirement_value"] = None
    item["updated_at"] = iso(now)
