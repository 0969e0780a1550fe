"""The shop's discounts in the demo, as 07-discounts-delivery.md documents them ("Discounts", R/07:61-541).

Admin: ``GET/POST /admin/discounts``, ``GET/PUT/DELETE /admin/discounts/{id}``
(``discounts.view``, ``.create``, ``.update``, ``.delete``). The list is
``{"data", "pagination"}`` with the documented filters, sorts (another is a
400), ``include=orders`` (another include is a 400) and ``all=true`` (the
soft-deleted too); ``per_page`` at most 100. A create answers 201, a delete
200 ``{"message": "Discount deleted"}`` (soft). Validation: :mod:`.discount_checks`.

Public (only ``X-Company``, no token): ``GET /discounts?code=`` answers the
full resource of the live discount with exactly that code (case-sensitive),
valid or not (the reference promises no check, ref36 (a)11), else 404;
``POST /discounts/automatic`` answers a bare array of the documented subset
of the automatic discounts valid and applicable to the cart. Its body is
read both ways (ref36 (a)10): ``customer{id | phone, email}`` with
``cart_amount``/``cart_quantity``, or the older ``products[{product_id,
variant_id, price, quantity}]`` (the lines win: only they can satisfy a
product-limited discount). The shop is ``X-Shop`` when sent (a shop-limited
discount needs it).

Readings where the reference is silent (the rules: :mod:`.discount_terms`):
a PUT is partial (what is not sent stays; ref36 (a)8); ``filter[valid]=true``
keeps the valid ones, ``false`` filters nothing; ``filter[search]`` is a
case-insensitive partial match on ``code``; ``orders_count`` counts the live
orders carrying the discount; an order's ``discounts[]`` shows each discount's
resource with a ``pivot`` ``{order_id, discount_id, code, amount}`` (amount:
what it took off that order).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .accounts import require
from .discount_checks import apply, checked, resource
from .discount_seed import seed_discounts
from .discount_terms import Cart, in_window, refusal
from .errors import DemoError, invalid, unprocessable
from .listing import list_item
from .order_lines import line_money
from .pages import envelope, page_params
from .state import DemoState
from .values import iso, number, parse_time, ulid
from .write_log import log_write

BASE = "/2023-11/admin/discounts"
PUBLIC = "/2023-11/discounts"
SORTABLE = ("created_at", "updated_at", "code", "orders_count", "application_strategy")
PUBLIC_FIELDS = (
    "id",
    "company_id",
    "code",
    "title",
    "discount_type",
    "discount_value",
    "buy_quantity",
    "get_quantity",
    "get_reward_type",
    "get_reward_value",
)
_ONE = re.compile(rf"^{BASE}/(?P<id>[^/]+)$")


def missing() -> DemoError:
    """The 404 of a discount that does not exist (or was deleted)."""
    return DemoError(404, {"status": "error", "code": 404, "data": None, "message": "Discount not found."})


def _digits(text: Any) -> str:
    return "".join(c for c in str(text or "") if c.isdigit())[-9:]


class Discounts:
    """The discounts by id (the soft-deleted kept, with ``deleted_at``), and how orders carry them."""

    def __init__(self, state: DemoState) -> None:
        self.state = state
        self.items: dict[str, dict[str, Any]] = seed_discounts(state.data)

    # -- reading --------------------------------------------------------------------------

    def codes(self) -> dict[str, str]:
        """Every code (deleted ones too) -> its discount's id."""
        return {d["code"]: i for i, d in self.items.items()}

    def _live(self, discount_id: str) -> dict[str, Any]:
        item = self.items.get(discount_id)
        if item is None or item.get("deleted_at"):
            raise missing()
        return item

    def carrying(self, discount_id: str, skip: int | None = None, *, counted: bool = True) -> list[int]:
        """The orders carrying the discount (only stored bodies can); ``counted``: not cancelled nor deleted."""
        rows = self.state.index.rows
        found = []
        for index, body in self.state.bodies.items():
            if index == skip or (rows[index].deleted or (counted and rows[index].cancelled)):
                continue
            if any(isinstance(d, dict) and d.get("id") == discount_id for d in body.get("discounts") or []):
                found.append(index)
        return found

    def list_discounts(self, params: dict[str, str], user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/discounts``."""
        require(user, "discounts.view")
        include = [n.strip() for n in params.get("include", "").split(",") if n.strip()]
        if any(n != "orders" for n in include):
            raise DemoError(400, {"message": "Requested include(s) are not allowed. Allowed include(s) are `orders`."})
        sort = params.get("sort", "created_at")
        field = sort.lstrip("-")
        if field not in SORTABLE:
            raise invalid({"sort": [f"Requested sort(s) `{field}` is not allowed."]})
        with self.state.lock:
            now = self.state.clock.now()
            found = [d for d in self.items.values() if params.get("all") in ("true", "1") or not d.get("deleted_at")]
            found = [d for d in found if self._matches(d, params, now)]

            def key(d: dict[str, Any]) -> tuple[Any, ...]:
                if field == "orders_count":
                    return (len(self.carrying(d["id"], counted=False)), d["created_at"], d["id"])
                return (str(d.get(field) or ""), d["created_at"], d["id"])

            found.sort(key=key, reverse=sort.startswith("-"))
            page, per_page = page_params(params)
            items = [self._shown(d, include) for d in found[(page - 1) * per_page : page * per_page]]
        return envelope(items, len(found), page, per_page, params, "", "pagination")

    def _matches(self, item: dict[str, Any], params: dict[str, str], now: Any) -> bool:
        search = params.get("filter[search]", "").strip().lower()
        if search and search not in str(item.get("code") or "").lower():
            return False
        active = params.get("filter[active]")
        if active in ("true", "1", "false", "0") and bool(item.get("active")) != (active in ("true", "1")):
            return False
        if params.get("filter[valid]") in ("true", "1") and in_window(item, now) is not None:
            return False
        shop = params.get("filter[shop_id]")
        if shop and item.get("shops") and shop not in {s.get("id") for s in item["shops"]}:
            return False
        for field in ("created_at", "updated_at"):
            for bound in ("start", "end"):
                text = params.get(f"filter[{field}][{bound}]")
                if not text:
                    continue
                limit = parse_time(text)
                if limit is None:
                    raise invalid({f"filter.{field}.{bound}": [f"The {field} {bound} is not a valid date."]})
                moment = parse_time(str(item.get(field) or "")) or 0.0
                if (bound == "start" and moment < limit) or (bound == "end" and moment > limit):
                    return False
        return True

    def _shown(self, item: dict[str, Any], include: list[str]) -> dict[str, Any]:
        body = copy.deepcopy(item)
        if "orders" in include:
            data = self.state.data
            orders = [self.state.body(i) for i in self.carrying(item["id"], counted=False)]
            body["orders"] = [list_item(o, (), data.company_body, data.shop_body) for o in orders]
        return body

    def show(self, discount_id: str, user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/discounts/{id}``."""
        require(user, "discounts.view")
        with self.state.lock:
            return copy.deepcopy(self._live(discount_id))

    # -- writing --------------------------------------------------------------------------

    def create(self, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``POST /admin/discounts``: checked, stored; 201 with the resource."""
        require(user, "discounts.create")
        with self.state.lock:
            fields = checked(self.state, body, None, self.codes(), create=True)
            now = self.state.clock.now()
            discount_id = ulid(self.state.rng, now)
            self.items[discount_id] = resource(discount_id, self.state.data.company_id, fields, now)
            self._log(discount_id, "discount_create", request_id, body)
            return copy.deepcopy(self.items[discount_id])

    def update(self, discount_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /admin/discounts/{id}``: what is sent changes, what is not stays."""
        require(user, "discounts.update")
        with self.state.lock:
            item = self._live(discount_id)
            links = {f"{k[:-1]}_ids": [x["id"] for x in item[k]] for k in ("products", "customers", "shops")}
            current = {**item, **links}
            fields = checked(self.state, body, current, self.codes(), create=False)
            apply(item, fields, self.state.clock.now())
            self._log(discount_id, "discount_update", request_id, body)
            return copy.deepcopy(item)

    def delete(self, discount_id: str, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``DELETE /admin/discounts/{id}``: soft (``deleted_at`` set; ``all=true`` still lists it)."""
        require(user, "discounts.delete")
        with self.state.lock:
            item = self._live(discount_id)
            now = iso(self.state.clock.now())
            item["deleted_at"] = item["updated_at"] = now
            self._log(discount_id, "discount_delete", request_id, None)
            return {"message": "Discount deleted"}

    def _log(self, discount_id: str, kind: str, request_id: str | None, sent: Any) -> None:
        self.state.clock.check_deadline()
        log_write(self.state, kind, request_id, sent, None, discount_id=discount_id)

    # -- public ---------------------------------------------------------------------------

    def lookup(self, params: dict[str, str]) -> dict[str, Any]:
        """``GET /discounts?code=``: the live discount with exactly that code, valid or not; else 404."""
        code = params.get("code")
        if not code:
            raise unprocessable({"code": ["The code field is required."]})
        with self.state.lock:
            found = next((d for d in self.items.values() if d["code"] == code and not d.get("deleted_at")), None)
            if found is None:
                raise DemoError(404, {"message": "Discount not found."})
            return copy.deepcopy(found)

    def automatic(self, body: Any, shop_id: str | None) -> list[dict[str, Any]]:
        """``POST /discounts/automatic``: the automatic discounts valid and applicable to the cart sent."""
        body = body if isinstance(body, dict) else {}
        with self.state.lock:
            cart = self._cart_of(body, shop_id)
            now = self.state.clock.now()
            found = []
            for item in self.items.values():
                if item.get("application_strategy") != "automatic":
                    continue
                used, mine = self._usage(item["id"], cart.customer_id, None)
                if refusal(item, cart, now, used, mine) is None:
                    found.append({k: item.get(k) for k in PUBLIC_FIELDS})
            return found

    def _cart_of(self, body: dict[str, Any], shop_id: str | None) -> Cart:
        sent = body.get("customer")
        customer = sent if isinstance(sent, dict) else {}
        lines = []
        products = body.get("products")
        for entry in products if isinstance(products, list) else []:
            if not isinstance(entry, dict):
                continue
            quantity = int(number(entry.get("quantity")) or 0)
            gross = (number(entry.get("price")) or Decimal(0)) * quantity
            lines.append((str(entry["product_id"]) if entry.get("product_id") else None, quantity, gross, gross))
        amount, count = number(body.get("cart_amount")), number(body.get("cart_quantity"))
        return Cart(
            shop_id=shop_id,
            customer_id=self._customer_id(customer),
            lines=tuple(lines),
            known_lines=bool(lines),
            amount=None if lines or amount is None else amount,
            count=None if lines or count is None else int(count),
        )

    def _customer_id(self, sent: dict[str, Any]) -> str | None:
        """``customer.id`` when sent (it wins), else the customer with that phone or e-mail."""
        if sent.get("id"):
            return str(sent["id"])
        phone, email = _digits(sent.get("phone")), str(sent.get("email") or "").strip().lower()
        for c in (*self.state.data.customers, *self.state.created_customers):
            if (phone and _digits(c.get("phone")) == phone) or (email and str(c.get("email") or "").lower() == email):
                return str(c["id"])
        return None

    def _usage(self, discount_id: str, customer_id: str | None, skip: int | None) -> tuple[int, int]:
        """How many counted orders carry the discount, and how many of them are ``customer_id``'s."""
        indices = self.carrying(discount_id, skip)
        mine = sum(1 for i in indices if customer_id and self.state.index.rows[i].customer_id == customer_id)
        return len(indices), mine

    # -- on orders ------------------------------------------------------------------------

    def for_order(self, sent: Any, order: dict[str, Any], index: int) -> list[dict[str, Any]]:
        """The ``discounts[]`` an order gets from a PUT's ``discounts: [{discount_id, code}]`` (R/06:764).

        An unknown (or deleted) discount, or a code that is not the discount's, is a 422; a discount that does
        not apply (dates, active, minimum, usage limits, shop, products, customer) a 500 with the reason.
        """
        if not isinstance(sent, list):
            raise unprocessable({"discounts": ["The discounts field must be an array."]})
        errors: dict[str, list[str]] = {}
        chosen: list[dict[str, Any]] = []
        by_code = {d["code"]: d for d in self.items.values() if not d.get("deleted_at")}
        for n, entry in enumerate(sent):
            entry = entry if isinstance(entry, dict) else {}
            discount_id, code = entry.get("discount_id"), entry.get("code")
            item = self.items.get(str(discount_id)) if discount_id is not None else by_code.get(str(code))
            if discount_id is None and code is None:
                errors[f"discounts.{n}.discount_id"] = [f"The discounts.{n}.discount_id field is required."]
            elif item is None or item.get("deleted_at"):
                field = "discount_id" if discount_id is not None else "code"
                errors[f"discounts.{n}.{field}"] = [f"The selected discounts.{n}.{field} is invalid."]
            elif code is not None and code != item["code"]:
                errors[f"discounts.{n}.code"] = [f"The selected discounts.{n}.code is invalid."]
            elif any(c["id"] == item["id"] for c in chosen):
                errors[f"discounts.{n}.discount_id"] = [f"The discounts.{n}.discount_id field has a duplicate value."]
            else:
                chosen.append(item)
        if errors:
            raise unprocessable(errors)
        lines = []
        for line in order.get("order_products") or []:
            if isinstance(line, dict):
                gross, off, _ = line_money(line)
                product = str(line["product_id"]) if line.get("product_id") else None
                lines.append((product, int(number(line.get("quantity")) or 0), gross, gross - off))
        customer = str(order.get("customer_id") or "") or None
        cart = Cart(shop_id=str(order.get("shop_id") or "") or None, customer_id=customer, lines=tuple(lines))
        now = self.state.clock.now()
        for item in chosen:
            used, mine = self._usage(item["id"], customer, index)
            why = refusal(item, cart, now, used, mine)
            if why is not None:
                raise DemoError(500, {"message": f"Discount {item['code']} cannot be applied: {why}"})
        pivot = {"order_id": order.get("id"), "amount": 0}
        return [{**copy.deepcopy(d), "pivot": {**pivot, "discount_id": d["id"], "code": d["code"]}} for d in chosen]


def discounts_room(
    discounts: Discounts,
    method: str,
    path: str,
    params: dict[str, str],
    body: Callable[[], Any],
    who: tuple[dict[str, Any], str | None, bool],
) -> tuple[int, Any] | None:
    """``(status, answer)`` for an admin discounts request; None when the path is not one (``who`` as for returns)."""
    user, request_id, own = who
    if path == BASE:
        if method == "GET":
            if not own:
                require(user, "discounts.view")
                return 200, envelope([], 0, 1, 15, params, "", "pagination")
            return 200, discounts.list_discounts(params, user)
        if method == "POST":
            if not own:
                raise unprocessable({"company_id": ["The selected company id is invalid."]})
            return 201, discounts.create(body(), user, request_id)
        return None
    match = _ONE.match(path)
    if match is None:
        return None
    if not own:
        raise missing()
    discount_id = match["id"]
    answers: dict[str, Callable[[], Any]] = {
        "GET": lambda: discounts.show(discount_id, user),
        "PUT": lambda: discounts.update(discount_id, body(), user, request_id),
        "DELETE": lambda: discounts.delete(discount_id, user, request_id),
    }
    return (200, answers[method]()) if method in answers else None


def public_discounts(
    discounts: Discounts, method: str, path: str, params: dict[str, str], body: Callable[[], Any], headers: Any
) -> tuple[int, Any] | None:
    """The public discount routes (only ``X-Company``: 400 without it); None when the path is neither."""
    if path not in (PUBLIC, f"{PUBLIC}/automatic"):
        return None
    company = headers.get("X-Company")
    if not company:
        raise DemoError(400, {"message": "Please provide a Company Id", "error": "company_id_required", "code": 400})
    own = company == discounts.state.data.company_id
    if path == PUBLIC and method == "GET":
        if not own:
            raise DemoError(404, {"message": "Discount not found."})
        return 200, discounts.lookup(params)
    if path == f"{PUBLIC}/automatic" and method == "POST":
        return 200, discounts.automatic(body(), headers.get("X-Shop")) if own else []
    return None
