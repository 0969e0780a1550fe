"""The demo API's state and rules: listing, updates, statuses, history, auth.

Everything here works on plain dicts and raises :class:`DemoError` with the
status and body the real API would send. One lock guards the state: the
HTTP server handles requests on several threads.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import random
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .data import DemoData, Plan, iso, ulid
from .listing import IncludeError, list_item, parse_includes

SHIPPING_STATUSES = ("pending", "taken_in_charge", "delivered", "partial_delivery")
BILLING_STATUSES = ("pending", "paid", "partially_paid", "unpaid", "canceled")
SHIPPING_MODES = ("delivery", "pickup")
SORTABLE = (
    "created_at",
    "updated_at",
    "reference",
    "state",
    "amount",
    "source",
    "due_at",
    "scheduled_at",
    "customer_first_name",
    "customer_last_name",
)
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
# The history's words for a payment taken or deleted (other writes log Laravel's "updated").
_PAYMENT_WORDS = {"payment": "Payment added", "payment_removal": "Payment deleted"}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DEMO_ADMIN_KEY = "gdk_demo_admin_key"
DEMO_READONLY_KEY = "gdk_demo_readonly_key"
DEMO_PASSWORD = "password"


class RequestTimedOut(Exception):
    """The request ran past the server's time limit: its worker is stopped, nothing applied."""


class DemoError(Exception):
    """An error answer: HTTP status and JSON body."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(body.get("message", ""))
        self.status = status
        self.body = body
        self.headers = headers or {}


def invalid(errors: dict[str, list[str]], message: str | None = None) -> DemoError:
    """A 400 validation answer in Laravel's shape."""
    first = next(iter(errors.values()))[0]
    return DemoError(400, {"message": message or first, "errors": errors})


def not_found() -> DemoError:
    """The 404 answer for an order that does not exist."""
    return DemoError(404, {"status": "error", "code": 404, "data": None, "message": "The order does not exist"})


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_time(text: str) -> float | None:
    text = text.strip().replace(" ", "T", 1) if len(text) > 10 else text.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def _obj(value: Any) -> dict[str, Any]:
    """``value`` if it is an object, else a new empty one (PHP sends [] for {})."""
    return value if isinstance(value, dict) else {}


def _get(body: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(body, dict):
            return None
        body = body.get(part)
    return body


def _set(body: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        if not isinstance(body.get(part), dict):
            body[part] = {}
        body = body[part]
    body[parts[-1]] = value


@dataclass(slots=True)
class Row:
    """What listing needs of one order: filter, search and sort keys."""

    index: int
    id: str
    created: float
    updated: float
    reference: str
    amount: float
    shipping_status: str
    billing_status: str
    source: str
    state: int
    customer_id: str
    first_name: str
    last_name: str
    search: str
    deleted: bool = False  # soft-deleted: hidden from lists unless filter[active]=false
    cancelled: bool = False  # moved to the cancelled status (it had invoices or payments)
    ghost: bool = False  # an anonymous order: hidden by anonymous=false
    phone: str = ""  # the customer's, as stored (the filter is a partial match on it, like SQL LIKE)


class DemoStore:
    """The mutable demo world behind the HTTP server."""

    def __init__(self, data: DemoData) -> None:
        self.data = data
        self.lock = threading.RLock()
        self.bodies: dict[int, dict[str, Any]] = {}
        self.activities: dict[int, list[dict[str, Any]]] = {}
        self.writes: list[dict[str, Any]] = []
        self.product_index = {p["id"]: n for n, p in enumerate(data.products)}
        self.colleague = {"id": "01demo0colleague0000000000", "name": "Martin Essomba", "email": "martin@genuka.com"}
        self._version = 0
        # updated_at order of the rows as first listed, and the rows touched since: an
        # incremental walk (filter[updated_at][start]) reads only those, as an indexed column would.
        self._by_updated: tuple[list[float], list[int]] | None = None
        self._touched: set[int] = set()
        self._list_cache: tuple[Any, list[int]] | None = None
        self.listing_cache: dict[Any, Any] = {}  # answers built once from what never changes (directory.py)
        self._last_time = datetime(2000, 1, 1, tzinfo=UTC)
        self._activity_id = 1
        self._request = threading.local()
        self.accounts: Any = None  # demo.accounts.Accounts, set by the first server on this store
        # Customers made by POST /admin/orders, kept apart from the generated ones (those are drawn
        # by index when a generated order's body is built, so that list must not change).
        self.created_customers: list[dict[str, Any]] = []
        # The company's shops (a sale names one, else goes to the first) and whether a create keeps the
        # created_at it is sent (the reference says it does; False plays a server that does not).
        self.shop_ids = [data.shop_id, "01demo0shop0second00000000"]
        self.keeps_created_at = True
        # How sync/push reads an order payload: "classic" (as POST /admin/orders), "documented" (only the
        # reference example's customer_id, amount, shop_id) or "refuse" (success: false).
        self.sync_order_shape = "classic"
        # Customers a create rewrote ("updates if found"): {id, sent} each, for the campaigns' checks.
        self.customer_rewrites: list[dict[str, Any]] = []
        self.deleted_payments: list[dict[str, Any]] = []  # soft-deleted payments (with their order's id)
        self._rng = random.Random(data.seed * 31 + 7)
        # Orders the server creates right after serving a list page (page number -> how many).
        self.grow_after_page: dict[int, int] = {}
        self.rows: list[Row] = []
        self.by_id: dict[str, int] = {}
        self.by_reference: dict[str, int] = {}
        for index in range(data.order_count):
            self._index_plan(index)

    # -- indexing ------------------------------------------------------------

    def _index_plan(self, index: int, plan: Plan | None = None) -> None:
        plan = plan or self.data.plan(index)
        customer = self.data.customers[plan.customer]
        subtotal = sum(self.data.products[p]["variants"][v]["price"] * q for p, v, q in plan.lines)
        titles = " ".join(self.data.products[p]["title"] for p, _, _ in plan.lines)
        row = Row(
            index=index,
            id=plan.id,
            created=plan.created.timestamp(),
            updated=plan.updated.timestamp(),
            reference=plan.reference,
            amount=float(subtotal + (plan.shipping_fee if plan.mode == "delivery" else 0)),
            shipping_status=plan.shipping_status,
            billing_status=plan.billing_status,
            source=plan.source,
            state=1 if plan.billing_status in ("paid", "partially_paid") else 3,
            customer_id=customer["id"],
            first_name=customer["first_name"],
            last_name=customer["last_name"],
            phone=customer["phone"],
            search=f"{plan.reference} {customer['first_name']} {customer['last_name']} "
            f"{customer['phone']} {customer['phone'].replace(' ', '')} {titles}".lower(),
        )
        self.rows.append(row)
        self.by_id[plan.id] = index
        self.by_reference[plan.reference.lower()] = index

    def _reindex(self, index: int, body: dict[str, Any]) -> None:
        customer = _obj(body.get("customer"))
        phone = str(customer.get("phone") or "")
        titles = " ".join(str(p.get("title", "")) for p in body.get("products", []) if isinstance(p, dict))
        row = self.rows[index]
        row.updated = _parse_time(body["updated_at"]) or row.updated
        row.amount = float(_number(body.get("amount")) or 0)
        row.shipping_status = str(_get(body, "shipping.status") or "")
        row.billing_status = str(_get(body, "billing.status") or "")
        row.state = int(_number(body.get("state")) or 0)
        row.phone = phone
        row.first_name = str(customer.get("first_name") or "")
        row.last_name = str(customer.get("last_name") or "")
        row.search = (
            f"{row.reference} {customer.get('first_name') or ''} {customer.get('last_name') or ''} "
            f"{phone} {phone.replace(' ', '')} {titles}".lower()
        )
        self.touch(index)

    def touch(self, index: int) -> None:
        """Note that row ``index`` was added or changed (lists are rebuilt, the updated_at index learns it)."""
        self._touched.add(index)
        self._version += 1

    def _updated_since(self, limit: float) -> list[Row]:
        """The rows whose updated_at is ``limit`` or later, without scanning every row."""
        if self._by_updated is None:
            ordered = sorted(self.rows, key=lambda r: r.updated)
            self._by_updated = ([r.updated for r in ordered], [r.index for r in ordered])
            self._touched = set()
        times, indices = self._by_updated
        start = bisect.bisect_left(times, limit)
        candidates = dict.fromkeys([*indices[start:], *self._touched])  # (the list sorts them after)
        return [self.rows[i] for i in candidates if self.rows[i].updated >= limit]

    def _index_of(self, order_id: str) -> int:
        index = self.by_id.get(order_id)
        if index is None:
            raise not_found()
        return index

    def now(self) -> datetime:
        """The server clock in whole seconds, as Genuka stores it: two writes may share an updated_at."""
        now = datetime.now(UTC).replace(microsecond=0)
        if now < self._last_time:
            now = self._last_time  # never backwards
        self._last_time = now
        return now

    def check_deadline(self) -> None:
        """Refuse to apply a request past the server's time limit (see :class:`RequestTimedOut`)."""
        deadline = getattr(self._request, "deadline", None)
        if deadline is not None and time.monotonic() > deadline:
            raise RequestTimedOut()

    def start_request(self, limit: float | None) -> None:
        """The handler thread's request starts now; it may apply writes for ``limit`` seconds."""
        self._request.deadline = None if limit is None else time.monotonic() + limit

    # -- auth ----------------------------------------------------------------

    def login(self, body: Any) -> dict[str, Any]:
        """The user ``POST /auth/login`` names; a wrong password is a 500, as Genuka does."""
        if not isinstance(body, dict):
            raise invalid({"email": ["The email field is required."]})
        email, password = body.get("email"), body.get("password")
        errors = {}
        if not isinstance(email, str) or not email:
            errors["email"] = ["The email field is required."]
        if not isinstance(password, str) or not password:
            errors["password"] = ["The password field is required."]
        if errors:
            raise invalid(errors)
        user = next((u for u in self.data.users if u["email"] == str(email).strip().lower()), None)
        if user is None or password != DEMO_PASSWORD:
            raise DemoError(500, {"message": "Invalid email or password.", "exception": "Exception"})
        return user

    @staticmethod
    def require(user: dict[str, Any], permission: str) -> None:
        """403 unless the user holds ``permission`` (or its area's ``.*``)."""
        area = permission.split(".", 1)[0]
        if not {permission, f"{area}.*", "*"} & set(user.get("permissions", [])):
            raise DemoError(403, {"message": "This action is unauthorized."})

    # -- reading -------------------------------------------------------------

    def body(self, index: int, *, full: bool = False) -> dict[str, Any]:
        """A copy of one order's body; ``full`` adds company, shop and user like ``GET /orders/{id}``."""
        stored = self.bodies.get(index)
        body = copy.deepcopy(stored) if stored is not None else self.data.build_order(self.data.plan(index))
        if full:
            body["company"] = self.data.company_body()
            body["shop"] = self.data.shop_body()
            user = self.data.users[0]
            body["user"] = {k: user[k] for k in ("id", "name", "first_name", "last_name", "email", "role")}
        return body

    def get_order(self, order_id: str) -> dict[str, Any]:
        """``GET /orders/{id}``."""
        with self.lock:
            return self.body(self._index_of(order_id), full=True)

    def _matching(self, params: dict[str, str]) -> list[int]:
        key = (
            tuple(sorted((k, v) for k, v in params.items() if k.startswith(("filter", "sort", "anonymous")))),
            self._version,
        )
        if self._list_cache and self._list_cache[0] == key:
            return self._list_cache[1]
        since = _parse_time(params.get("filter[updated_at][start]") or "")
        pool = self.rows if since is None else self._updated_since(since)
        active = params.get("filter[active]")
        if active in ("false", "0"):
            rows = [r for r in pool if r.deleted]
        elif active in ("true", "1"):
            rows = [r for r in pool if not r.deleted and not r.cancelled]
        else:
            rows = [r for r in pool if not r.deleted]  # Laravel's soft-delete scope
        if params.get("anonymous") in ("false", "0"):
            rows = [r for r in rows if not r.ghost]
        search = params.get("filter[search]", "").strip().lower()
        if search:
            rows = [r for r in rows if search in r.search]
        for param, attr in (
            ("filter[shipping->status]", "shipping_status"),
            ("filter[shipping_status]", "shipping_status"),
            ("filter[billing_status]", "billing_status"),
            ("filter[customer_id]", "customer_id"),
            ("filter[source]", "source"),
        ):
            wanted = params.get(param)
            if wanted:
                values = set(wanted.split(","))
                rows = [r for r in rows if getattr(r, attr) in values]
        for param, attr in (
            ("filter[customer.phone]", "phone"),
            ("filter[customer.first_name]", "first_name"),
            ("filter[customer.last_name]", "last_name"),
        ):
            wanted = params.get(param, "").strip().lower()
            if wanted:
                rows = [r for r in rows if wanted in getattr(r, attr).lower()]
        if params.get("filter[reference]"):
            ref = params["filter[reference]"].strip().lower()
            rows = [r for r in rows if r.reference.lower() == ref or r.reference.lower() == f"#{ref}"]
        if params.get("filter[state]"):
            try:
                state = int(params["filter[state]"])
            except ValueError as exc:
                raise invalid({"filter.state": ["The state must be 1, 2 or 3."]}) from exc
            rows = [r for r in rows if r.state == state]
        for field, attr in (("updated_at", "updated"), ("created_at", "created")):
            for bound in ("start", "end"):
                text = params.get(f"filter[{field}][{bound}]")
                if not text:
                    continue
                limit = _parse_time(text)
                if limit is None:
                    raise invalid({f"filter.{field}.{bound}": [f"The {field} {bound} is not a valid date."]})
                if bound == "start":
                    rows = [r for r in rows if getattr(r, attr) >= limit]
                else:
                    rows = [r for r in rows if getattr(r, attr) <= limit]
        sort = params.get("sort", "-created_at")
        field = sort.lstrip("-")
        if field not in SORTABLE:
            raise invalid({"sort": [f"Requested sort(s) `{field}` is not allowed."]})
        attr = {
            "created_at": "created",
            "updated_at": "updated",
            "due_at": "created",
            "scheduled_at": "created",
            "customer_first_name": "first_name",
            "customer_last_name": "last_name",
        }.get(field, field)
        ordered = sorted(rows, key=lambda r: (getattr(r, attr), r.index), reverse=sort.startswith("-"))
        result = [r.index for r in ordered]
        self._list_cache = (key, result)
        return result

    def list_orders(self, params: dict[str, str], base_url: str, style: str) -> dict[str, Any]:
        """``GET /orders``: filter, search, sort and one page of slim items in the asked envelope."""
        try:
            includes = parse_includes(params.get("include"))
        except IncludeError as exc:
            raise DemoError(400, {"message": str(exc)}) from exc
        with self.lock:
            indices = self._matching(params)
            page, per_page = _page_params(params)
            chosen = indices[(page - 1) * per_page : page * per_page]
            items = [list_item(self.body(i), includes, self.data.company_body, self.data.shop_body) for i in chosen]
            grow = self.grow_after_page.pop(page, 0)
        if grow:
            self.add_orders(grow)  # created while the client walks the pages
        return envelope(items, len(indices), page, per_page, params, f"{base_url}/admin/orders", style)

    def add_orders(self, count: int, kind: str = "new") -> list[str]:
        """Create ``count`` orders now (``kind``: new, ghost, deleted or cancelled); their ids."""
        if kind not in ("new", "ghost", "deleted", "cancelled"):
            raise ValueError("kind is new, ghost, deleted or cancelled")
        made: list[str] = []
        with self.lock:
            for _ in range(count):
                index = len(self.rows)
                now = self.now()
                template = self.data.plan(index % max(1, self.data.order_count))
                plan = dataclasses.replace(
                    template,
                    index=index,
                    id=ulid(self._rng, now),
                    reference=f"#ORDER_{1001 + index}",
                    created=now,
                    updated=now,
                )
                body = self.data.build_order(plan)
                # Fresh line ids: the plan's own numbering is only unique among generated orders.
                for entry, product in zip(body["order_products"], body["products"], strict=True):
                    self.data.next_line_id += 1
                    entry["id"] = product["pivot"]["id"] = self.data.next_line_id
                self.bodies[index] = body
                self._index_plan(index, plan)
                row = self.rows[index]
                if kind == "ghost":
                    body.update(customer=None, customer_id=None)
                    body["metadata"] = {**(body.get("metadata") or {}), "anonymous": True}
                    row.ghost = True
                elif kind == "deleted":
                    body["deleted_at"] = body["updated_at"]
                    row.deleted = True
                elif kind == "cancelled":
                    body["status"] = "cancelled"
                    row.cancelled = True
                self.touch(index)
                made.append(plan.id)
        return made

    def cancel_order(self, order_id: str, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """``DELETE /orders/{id}``: an order with invoices moves to the cancelled status, others are soft-deleted."""
        if user is not None:
            self.require(user, "orders.delete")
        with self.lock:
            index = self._index_of(order_id)
            row = self.rows[index]
            if row.deleted or row.cancelled:
                raise not_found()
            before = self.body(index)
            after = copy.deepcopy(before)
            if after.get("invoices"):
                after["status"] = "cancelled"
                row.cancelled = True
            else:
                row.deleted = True
            after = self._commit(
                index, before, after, user or self.colleague, "cancel", None, log_write=user is not None
            )
            if row.deleted:
                after["deleted_at"] = after["updated_at"]
                self.bodies[index] = after
            return after | self._full_parts()

    def list_activities(self, order_id: str, params: dict[str, str], base_url: str) -> dict[str, Any]:
        """``GET /orders/{id}/activities``, newest first, 6 a page by default."""
        with self.lock:
            index = self._index_of(order_id)
            entries = list(reversed(self._activities_of(index)))
        params = {"per_page": "6", **params}
        page, per_page = _page_params(params)
        chosen = entries[(page - 1) * per_page : page * per_page]
        return envelope(
            chosen, len(entries), page, per_page, params, f"{base_url}/admin/orders/{order_id}/activities", "laravel"
        )

    def _activities_of(self, index: int) -> list[dict[str, Any]]:
        if index not in self.activities:
            plan = self.data.plan(index)
            self.activities[index] = [
                {
                    "id": index * 10,
                    "description": "created",
                    "event": "created",
                    "log_name": "order",
                    "properties": {"reference": {"old": None, "new": plan.reference}},
                    "user": {"id": self.data.users[0]["id"], "name": self.data.users[0]["name"]},
                    "created_at": iso(plan.created),
                }
            ]
        return self.activities[index]

    # -- writing -------------------------------------------------------------

    def _commit(
        self,
        index: int,
        before: dict[str, Any],
        after: dict[str, Any],
        who: dict[str, Any],
        kind: str,
        request_id: str | None,
        log_write: bool = True,
        *,
        sent: Any = None,
        effects: list[str] | None = None,
    ) -> dict[str, Any]:
        """Store ``after`` with a fresh updated_at, its activity and (for clerks) the write log.

        A request past the server's time limit is not applied (its worker was stopped).
        """
        self.check_deadline()
        after["updated_at"] = iso(self.now())
        changes = _diff(before, after)
        self.bodies[index] = after
        self._reindex(index, after)
        self._activities_of(index).extend(self._activities_for(changes, who, kind, after["updated_at"]))
        if log_write:
            self.writes.append(
                {
                    "request_id": request_id,
                    "order_id": after["id"],
                    "kind": kind,
                    "changes": changes,
                    "at": after["updated_at"],
                    "sent_keys": sorted(_paths(sent)) if sent is not None else [],
                    "effects": list(effects or []),
                }
            )
        return after

    def _activities_for(
        self, changes: dict[str, dict[str, Any]], who: dict[str, Any], kind: str, when: str
    ) -> list[dict[str, Any]]:
        """The log entries of one write, in both documented shapes.

        A status change is logged flat (``description``, ``properties.old/new``,
        ``username``), as 06-orders-sales.md shows; other writes keyed by field.
        """
        user = {"id": who.get("id"), "name": who.get("name")}
        base = {"log_name": "default", "causer_id": who.get("id"), "username": who.get("name"), "user": user}
        entries: list[dict[str, Any]] = []
        rest = dict(changes)
        if kind in ("status", "bulk_status"):
            for path, description in (
                ("shipping.status", "Order status changed"),
                ("billing.status", "Payment status changed"),
            ):
                change = rest.pop(path, None)
                if change is not None:
                    entries.append(
                        {
                            **base,
                            "id": self._next_activity_id(),
                            "description": description,
                            "properties": {"old": change.get("old"), "new": change.get("new")},
                            "created_at": when,
                        }
                    )
            rest = {k: v for k, v in rest.items() if k not in ("amount_due", "billing.amount")}
        if rest or not entries:
            # A payment process logs its own words (as the server's "Payment added successfully" answer says).
            described = _PAYMENT_WORDS.get(kind)
            words = {"description": described} if described else {"description": "updated", "event": "updated"}
            entries.append({**base, "id": self._next_activity_id(), **words, "properties": rest, "created_at": when})
        return entries

    def _next_activity_id(self) -> int:
        self._activity_id += 1
        return 10_000_000 + self._activity_id

    def update_order(self, order_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/{id}``: validate, keep what was sent, recompute amounts, log."""
        self.require(user, "orders.update")
        if not isinstance(body, dict):
            raise invalid({"body": ["The body must be an order object."]})
        with self.lock:
            index = self._index_of(order_id)
            before = self.body(index)
            after = copy.deepcopy(before)
            if body.get("type") == "simple":
                if isinstance(body.get("metadata"), dict):
                    meta = _obj(after.get("metadata"))
                    after["metadata"] = {**meta, **body["metadata"]}
                effects: list[str] = []
            else:
                errors = self._check_fields(body)
                lines = self._lines_from(body, before, errors)
                effects = self._merge(after, body, user)
                if lines is not None:
                    self._replace_lines(after, before, lines)
                self._recompute(after, before)
            return (
                self._commit(index, before, after, user, "update", request_id, sent=body, effects=effects)
                | self._full_parts()
            )

    def _full_parts(self) -> dict[str, Any]:
        user = self.data.users[0]
        return {
            "company": self.data.company_body(),
            "shop": self.data.shop_body(),
            "user": {k: user[k] for k in ("id", "name", "first_name", "last_name", "email", "role")},
        }

    def _check_fields(self, body: dict[str, Any]) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        status = _get(body, "shipping.status")
        if status is not None and status not in SHIPPING_STATUSES:
            errors["shipping.status"] = ["The selected shipping.status is invalid."]
        status = _get(body, "billing.status")
        if status is not None and status not in BILLING_STATUSES:
            errors["billing.status"] = ["The selected billing.status is invalid."]
        mode = _get(body, "shipping.mode")
        if mode is not None and mode not in SHIPPING_MODES:
            errors["shipping.mode"] = ["The selected shipping.mode is invalid."]
        amount = _get(body, "shipping.amount")
        if amount is not None and ((n := _number(amount)) is None or n < 0):
            errors["shipping.amount"] = ["The shipping.amount must be a number of at least 0."]
        for side in ("billing", "shipping"):
            email = _get(body, f"{side}.address.email")
            if email not in (None, "") and not (isinstance(email, str) and EMAIL.match(email)):
                errors[f"{side}.address.email"] = [f"The {side}.address.email must be a valid email address."]
            for key in ADDRESS_KEYS:
                value = _get(body, f"{side}.address.{key}")
                if value is not None and not isinstance(value, str):
                    errors[f"{side}.address.{key}"] = [f"The {side}.address.{key} must be a string."]
        scheduled = _get(body, "shipping.scheduled_at")
        if scheduled is not None and not (isinstance(scheduled, str) and DAY.match(scheduled)):
            errors["shipping.scheduled_at"] = ["The shipping.scheduled_at does not match the format Y-m-d."]
        for side in ("billing", "shipping"):
            address = _get(body, f"{side}.address")
            if address is None:
                continue
            if not isinstance(address, dict):
                errors[f"{side}.address"] = [f"The {side}.address must be an object."]
                continue
            for key in ("line1", "city", "country"):
                if not (isinstance(address.get(key), str) and address[key].strip()):
                    errors[f"{side}.address.{key}"] = [f"The {side}.address.{key} field is required."]
        method = _get(body, "billing.treasury_account_id")
        if method is not None and method not in {a["id"] for a in self.data.treasury_accounts}:
            errors["billing.treasury_account_id"] = ["The selected billing.treasury_account_id is invalid."]
        return errors

    def _lines_from(
        self, body: dict[str, Any], before: dict[str, Any], errors: dict[str, list[str]]
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
            line = self._line_input(entry, n, errors)
            if line is not None:
                lines.append({**line, "id": existing["id"] if existing else None})
        if errors:
            raise invalid(errors)
        if not lines:
            raise invalid({"products": ["An order needs at least one product."]})
        self._check_final_invoice(before, lines)
        return lines

    def _line_input(self, entry: dict[str, Any], n: int, errors: dict[str, list[str]]) -> dict[str, Any] | None:
        """One ``products[]`` item as a line, from its own keys only (None: refused, with ``errors``)."""
        product_id = entry.get("product_id")
        product = self.product_index.get(str(product_id)) if product_id is not None else None
        if product_id is not None and product is None:
            errors[f"products.{n}.product_id"] = ["The selected product is invalid."]
            return None
        title = entry.get("title")
        if product is None and not (isinstance(title, str) and title.strip()):
            errors[f"products.{n}.title"] = ["The title field is required for a line without a product."]
            return None
        variant, catalogue_price = 0, None
        if product is not None:
            variants = self.data.products[product]["variants"]
            variant = next((k for k, v in enumerate(variants) if v["id"] == entry.get("variant_id")), 0)
            catalogue_price = variants[variant]["price"]
        quantity = entry.get("quantity")
        qty = _number(quantity)
        if qty is None or qty != qty.to_integral_value() or qty < 1 or isinstance(quantity, bool):
            errors[f"products.{n}.quantity"] = ["The quantity must be an integer of at least 1."]
        unit = _number(entry.get("price", catalogue_price))
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

    @staticmethod
    def _check_final_invoice(before: dict[str, Any], lines: list[dict[str, Any]]) -> None:
        final = any(
            isinstance(i, dict) and i.get("is_final") and i.get("status") == "paid" for i in before.get("invoices", [])
        )
        if not final:
            return
        new = {str(line["id"]): line["quantity"] for line in lines if line["id"] is not None}
        for old in before.get("order_products", []):
            quantity = _number(old.get("quantity")) or 0
            if new.get(str(old.get("id")), 0) < quantity:
                raise invalid(
                    {"products": ["Lines cannot be removed or reduced once a final invoice is paid."]},
                    "Lines cannot be removed or reduced once a final invoice is paid.",
                )

    def _merge(self, after: dict[str, Any], body: dict[str, Any], user: dict[str, Any]) -> list[str]:
        """Apply what the client sent, with the documented effects of each key; returns the effects.

        Every key runs the upsert process: an address object creates a new address
        row, ``customer`` is a customer upsert, ``billing.status`` runs payment
        processing, ``user_id`` needs CHANGE_ORDER_USER, ``discounts`` re-apply.
        """
        effects: list[str] = []
        for key, value in body.items():
            if key in READ_ONLY or key in ("type", "force", "warehouse_ids"):
                continue
            if key in ("billing", "shipping") and isinstance(value, dict):
                target = _obj(after.get(key))
                after[key] = target
                for sub, sub_value in value.items():
                    if sub == "address":
                        continue
                    if key == "billing" and sub in BILLING_COMPUTED:
                        continue
                    if key == "billing" and sub == "status":
                        effects.append("payment_processing" if sub_value == "paid" else "billing_status")
                        self._apply_status(after, None, sub_value)
                        continue
                    target[sub] = copy.deepcopy(sub_value)
                address = value.get("address")
                if isinstance(address, dict):
                    self._new_address(after, key, address)
                    effects.append(f"address_created:{key}")
            elif key == "customer" and isinstance(value, dict):
                customer = _obj(after.get("customer"))
                customer.update({k: v for k, v in value.items() if k in ("first_name", "last_name", "email", "phone")})
                after["customer"] = customer
                effects.append("customer_upsert")
            elif key == "user_id":
                # A permission of its own, not implied by orders.*: no demo user has it.
                if "CHANGE_ORDER_USER" not in user.get("permissions", []):
                    raise DemoError(403, {"message": "This action is unauthorized."})
                after["user_id"] = value
                effects.append("user_changed")
            elif key == "discounts":
                effects.append("discounts_reapplied")
            elif key == "metadata" and isinstance(value, dict):
                after["metadata"] = {**_obj(after.get("metadata")), **value}
            elif key in ORDER_INPUTS:
                after[key] = copy.deepcopy(value)
            # Anything else is not an input of the update: the server does not store it.
        account_id = _get(after, "billing.treasury_account_id")
        account = next((a for a in self.data.treasury_accounts if a["id"] == account_id), None)
        if account is not None and isinstance(after.get("billing"), dict):
            after["billing"]["treasury_account"] = account
            after["billing"]["treasury_account_label"] = account["label"]
        return effects

    def _new_address(self, after: dict[str, Any], side: str, sent: dict[str, Any]) -> None:
        """An inline address object becomes a new address row, linked to that side."""
        self.data.next_line_id += 1
        address = {
            "id": f"01demoaddr{self.data.next_line_id:016d}",
            **{field: sent.get(field) for field in ADDRESS_KEYS},
            "is_billing": 1 if side == "billing" else 0,
            "is_primary": 0,
        }
        after.setdefault("addresses", [])
        if not isinstance(after["addresses"], list):
            after["addresses"] = []
        after["addresses"].append(address)
        after[side]["address"] = copy.deepcopy(address)
        after[side]["address_id"] = address["id"]

    def _replace_lines(self, after: dict[str, Any], before: dict[str, Any], lines: list[dict[str, Any]]) -> None:
        old = {str(e.get("id")): e for e in before.get("order_products", []) if isinstance(e, dict)}
        order_products, products = [], []
        now = iso(self.now())
        for line in lines:
            existing = old.pop(str(line["id"]), None) if line["id"] is not None else None
            if existing is None:
                self.data.next_line_id += 1
                line_id: Any = self.data.next_line_id
                created = now
            else:
                line_id, created = existing["id"], existing.get("created_at", now)
            price = _json_number(line["price"])
            if line["product"] is None:
                meta = {"item_title": line["title"], "product_title": line["title"], "variant_sku": None, "taxes": []}
                op = {"id": line_id, "order_id": after["id"], "product_id": None, "variant_id": None}
                op.update(price=price, quantity=line["quantity"], metadata=meta, created_at=created)
                pe: dict[str, Any] = {"id": None, "title": line["title"], "pivot": op}
            else:
                op, pe = self.data.line_entries(
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

    @staticmethod
    def _recompute(after: dict[str, Any], before: dict[str, Any]) -> None:
        """Amounts from lines (unit price x quantity, less the line's discounts, plus its taxes) + shipping."""
        subtotal = line_discounts = line_taxes = Decimal(0)
        for entry in after.get("order_products", []):
            if isinstance(entry, dict):
                gross, off, tax = line_money(entry)
                subtotal, line_discounts, line_taxes = subtotal + gross, line_discounts + off, line_taxes + tax
        shipping = _obj(after.get("shipping"))
        fee = (_number(shipping.get("amount")) or Decimal(0)) if shipping.get("mode", "delivery") == "delivery" else 0
        billing = _obj(after.get("billing"))
        discount = (_number(billing.get("order_discounts_total")) or Decimal(0)) + line_discounts
        billing.update(
            discount=_json_number(discount),
            line_discounts_total=_json_number(line_discounts),
            sum_positive_taxes=_json_number(line_taxes),
        )
        taxes = line_taxes - (_number(billing.get("sum_negative_taxes")) or 0)
        amount = Decimal(subtotal) - discount + Decimal(fee) + Decimal(taxes)
        # What was paid stays what was paid: a total raised on a paid order leaves the rise owed (the
        # reference promises no settling on an update; its status stays as it was).
        paid = (_number(before.get("amount")) or Decimal(0)) - (_number(before.get("amount_due")) or Decimal(0))
        after["amount"] = _json_number(amount)
        after["amount_due"] = _json_number(max(amount - max(paid, Decimal(0)), Decimal(0)))
        billing.update(
            subtotal=_json_number(Decimal(subtotal)),
            shipping=_json_number(Decimal(fee)),
            total=_json_number(amount),
            net_to_pay=_json_number(amount),
            out_of_tax_total=_json_number(amount),
        )
        after["billing"] = billing

    def _apply_status(self, body: dict[str, Any], shipping: Any, billing: Any) -> None:
        if shipping is not None:
            body.setdefault("shipping", {})["status"] = shipping
            if shipping in ("delivered", "partial_delivery"):
                body.setdefault("deliveries", []).append(
                    {"id": f"dlv{self._next_activity_id()}", "status": shipping, "order_id": body["id"]}
                )
        if billing is not None:
            previous = _get(body, "billing.status")
            body.setdefault("billing", {})["status"] = billing
            amount = _number(body.get("amount")) or Decimal(0)
            due = _number(body.get("amount_due"))
            paid = amount - (due if due is not None else amount)
            invoices = body.setdefault("invoices", [])
            if billing == "paid":
                body["amount_due"] = 0
                body["state"] = 1
                if not any(isinstance(i, dict) and i.get("is_final") for i in invoices):
                    invoices.append(
                        {
                            "reference": f"#INV_{self._next_activity_id()}",
                            "amount": _json_number(amount),
                            "is_final": True,
                            "is_deposit": False,
                            "status": "paid",
                            "currency_code": "XAF",
                        }
                    )
            elif billing == "pending" and previous in ("paid", "partially_paid"):
                # Back to pending reverses payments with a credit note.
                for invoice in invoices:
                    if isinstance(invoice, dict) and invoice.get("status") == "paid":
                        invoice["status"] = "cancelled"
                invoices.append(
                    {
                        "reference": f"#AVO_{self._next_activity_id()}",
                        "amount": -_json_number(paid),
                        "type": "credit_note",
                        "is_final": False,
                        "status": "paid",
                        "currency_code": "XAF",
                    }
                )
                body["amount_due"] = _json_number(amount)
            body["invoices_count"] = len(invoices)

    @staticmethod
    def _status_parts(body: Any) -> tuple[Any, Any]:
        if not isinstance(body, dict):
            raise invalid({"shipping": ["Give a shipping or a billing status."]})
        shipping = _get(body, "shipping.status")
        billing = _get(body, "billing.status")
        errors: dict[str, list[str]] = {}
        if shipping is None and billing is None:
            errors["shipping"] = ["Give a shipping or a billing status."]
        if shipping is not None and shipping not in SHIPPING_STATUSES:
            errors["shipping.status"] = ["The selected shipping.status is invalid."]
        if billing is not None and billing not in BILLING_STATUSES:
            errors["billing.status"] = ["The selected billing.status is invalid."]
        if errors:
            raise invalid(errors)
        return shipping, billing

    def update_status(self, order_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/{id}/status``: 400 on an unknown value."""
        self.require(user, "orders.update")
        shipping, billing = self._status_parts(body)
        with self.lock:
            index = self._index_of(order_id)
            if self.rows[index].ghost:
                raise DemoError(400, {"message": "Cannot update a ghost order"})
            before = self.body(index)
            after = copy.deepcopy(before)
            self._apply_status(after, shipping, billing)
            if isinstance(body.get("metadata"), dict):
                meta = _obj(after.get("metadata"))
                after["metadata"] = {**meta, **body["metadata"]}
            return self._commit(index, before, after, user, "status", request_id) | self._full_parts()

    def bulk_status(self, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/status/bulk-update``: all orders or none."""
        self.require(user, "orders.update")
        shipping, billing = self._status_parts(body)
        ids = body.get("order_ids")
        if not isinstance(ids, list) or not ids:
            raise invalid({"order_ids": ["The order_ids field is required."]})
        with self.lock:
            errors = {
                f"order_ids.{n}": [f"The selected order_ids.{n} is invalid."]
                for n, order_id in enumerate(ids)
                if not isinstance(order_id, str) or order_id not in self.by_id
            }
            if errors:
                raise invalid(errors)
            if any(self.rows[self.by_id[i]].ghost or self.body(self.by_id[i]).get("deleted_at") for i in ids):
                # As documented: the whole call is refused, the other orders are not changed either.
                raise DemoError(400, {"message": "Cannot update a ghost order"})
            for order_id in dict.fromkeys(ids):
                index = self.by_id[order_id]
                before = self.body(index)
                after = copy.deepcopy(before)
                self._apply_status(after, shipping, billing)
                self._commit(index, before, after, user, "bulk_status", request_id)
        return {"message": "Orders status updated"}

    def colleague_edit(
        self, order_id: str, fields: dict[str, Any] | None = None, lines: dict[str, dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """Someone else changes an order on the server now (bumps updated_at)."""
        with self.lock:
            index = self._index_of(order_id)
            before = self.body(index)
            after = copy.deepcopy(before)
            for path, value in (fields or {}).items():
                _set(after, path, value)
                if path.endswith(".address." + path.rsplit(".", 1)[-1]):
                    address = _get(after, path.rsplit(".", 1)[0])
                    for entry in after.get("addresses", []):
                        if (
                            isinstance(entry, dict)
                            and isinstance(address, dict)
                            and entry.get("id") == address.get("id")
                        ):
                            entry.update(address)
            for line_id, change in (lines or {}).items():
                for entry in after.get("order_products", []):
                    if str(entry.get("id")) == str(line_id):
                        entry.update(change)
                for entry in after.get("products", []):
                    if str(_get(entry, "pivot.id")) == str(line_id):
                        entry["pivot"].update(change)
            self._recompute(after, before)
            return self._commit(index, before, after, self.colleague, "colleague", None, log_write=False)

    def dress_lines(self, order_id: str) -> dict[str, Any]:
        """A colleague gives the order's lines what the dashboard can: a discount, a tax, a cost; a service.

        The first line gets 10 % off, TVA 19.25 % and a cost; a second line
        becomes a service line (no product, a ``service_id``). For tests that
        check a line edit keeps what the clerk did not touch.
        """
        tax = {"name": "TVA", "rate": 19.25}
        first = {
            "discounts": [{"discount_id": None, "discount_type": "percentage", "discount_value": 10}],
            "cost": 100,
        }
        lines: dict[str, dict[str, Any]] = {}
        with self.lock:
            entries = self.body(self._index_of(order_id)).get("order_products", [])
        for n, entry in enumerate(entries[:2]):
            meta = {**_obj(entry.get("metadata")), "taxes": [tax] if n == 0 else []}
            if n == 0:
                lines[str(entry["id"])] = {**first, "metadata": meta}
            else:
                title = f"Service {meta.get('item_title') or ''}".strip()
                meta.update(item_title=title, product_title=title)
                service = {"product_id": None, "variant_id": None, "service_id": "01demoservice0000000000001"}
                lines[str(entry["id"])] = {**service, "metadata": meta}
        return self.colleague_edit(order_id, lines=lines)

    def colleague_payment(self, order_id: str, amount: Decimal, processor: str = "cash") -> None:
        """Someone else takes a payment on the order now (the web dashboard)."""
        from .payments import colleague_payment  # payments builds on this module

        colleague_payment(self, order_id, amount, processor)

    def order_index(self, key: str) -> int:
        """An order's index by id or reference."""
        if key in self.by_id:
            return self.by_id[key]
        ref = key.lower() if key.startswith("#") else f"#{key.lower()}"
        if ref in self.by_reference:
            return self.by_reference[ref]
        raise not_found()


def _line_discount(shown: Any) -> dict[str, Any] | None:
    """A ``products[].discounts`` item as the line keeps it (None: not a discount)."""
    if not isinstance(shown, dict) or shown.get("discount_type") not in ("fixed", "percentage"):
        return None
    value = _number(shown.get("discount_value"))
    if value is None or value < 0:
        return None
    kept = {"discount_type": shown["discount_type"], "discount_value": _json_number(value)}
    return {"discount_id": shown.get("discount_id"), **kept}


def line_money(entry: dict[str, Any]) -> tuple[Decimal, Decimal, Decimal]:
    """A line's gross (price x quantity), its discounts, and its taxes (``metadata.taxes[].rate`` in %, on the net)."""
    gross = (_number(entry.get("price")) or Decimal(0)) * (_number(entry.get("quantity")) or 0)
    off = Decimal(0)
    for discount in entry.get("discounts") or []:
        value = _number(discount.get("discount_value")) if isinstance(discount, dict) else None
        if value is not None:
            off += gross * value / 100 if discount.get("discount_type") == "percentage" else value
    off = min(off, gross)
    meta = _obj(entry.get("metadata"))
    rates = [_number(t.get("rate")) for t in meta.get("taxes") or [] if isinstance(t, dict)]
    tax = sum(((gross - off) * r / 100 for r in rates if r is not None), Decimal(0))
    return gross, off.quantize(Decimal(1)), tax.quantize(Decimal(1))


def _paths(body: Any, prefix: str = "") -> set[str]:
    """The dotted key paths of a request body, down to shipping/billing sub-keys (lines as ``products``)."""
    if not isinstance(body, dict):
        return set()
    out: set[str] = set()
    for key, value in body.items():
        path = f"{prefix}{key}"
        if key in ("shipping", "billing") and not prefix and isinstance(value, dict):
            out |= _paths(value, f"{path}.")
        else:
            out.add(path)
    return out


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    changes = {}
    for path in (*TRACKED, "amount"):
        old, new = _get(before, path), _get(after, path)
        if old != new:
            changes[path] = {"old": old, "new": new}
    old_lines = {str(e.get("id")): e for e in before.get("order_products", []) if isinstance(e, dict)}
    new_lines = {str(e.get("id")): e for e in after.get("order_products", []) if isinstance(e, dict)}
    for line_id in old_lines.keys() | new_lines.keys():
        old_line, new_line = old_lines.get(line_id), new_lines.get(line_id)
        title = _get(new_line or old_line, "metadata.item_title") or line_id
        for attr in ("quantity", "price"):
            old = old_line.get(attr) if old_line else None
            new = new_line.get(attr) if new_line else None
            if _number(old) != _number(new):
                changes[f"lines.{line_id}.{attr}"] = {"old": old, "new": new, "title": title}
    return changes


def _page_params(params: dict[str, str]) -> tuple[int, int]:
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    try:
        per_page = max(1, min(100, int(params.get("per_page", "15"))))
    except ValueError:
        per_page = 15
    return page, per_page


def envelope(
    items: list[Any], total: int, page: int, per_page: int, params: dict[str, str], path: str, style: str
) -> dict[str, Any]:
    """Wrap a page in Laravel's length-aware or simple envelope, or the ``pagination`` one."""
    last_page = max(1, -(-total // per_page))

    def url(n: int) -> str:
        return f"{path}?page={n}"

    if style == "pagination":
        return {
            "data": items,
            "pagination": {
                "total": total,
                "count": len(items),
                "per_page": per_page,
                "current_page": page,
                "total_pages": last_page,
            },
        }
    first = (page - 1) * per_page + 1 if items else None
    if params.get("simple_paginate") in ("true", "1"):
        return {
            "data": items,
            "links": {
                "first": url(1),
                "last": None,
                "prev": url(page - 1) if page > 1 else None,
                "next": url(page + 1) if page < last_page else None,
            },
            "meta": {
                "current_page": page,
                "current_page_url": url(page),
                "from": first,
                "path": path,
                "per_page": str(per_page),  # a string, as the real API sends it here
                "to": first + len(items) - 1 if first else None,
            },
        }
    return {
        "data": items,
        "links": {
            "first": url(1),
            "last": url(last_page),
            "prev": url(page - 1) if page > 1 else None,
            "next": url(page + 1) if page < last_page else None,
        },
        "meta": {
            "current_page": page,
            "from": first,
            "last_page": last_page,
            "links": [],
            "path": path,
            "per_page": per_page,
            "to": first + len(items) - 1 if first else None,
            "total": total,
        },
    }
