"""The API's routes: who is asking (a token or an API key, and ``X-Company``), then which store answers.

Login (by password or PIN, :mod:`.pin_login`), logout and switching company
need no company; every other route needs a known token or key (not expired)
and the ``X-Company`` it is bound to. The other company of a multi-company
user is a shop with no orders yet. The cash register's routes are
:mod:`.till`'s. Answers are
``(status, body, headers)``; refusals are :class:`~.errors.DemoError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email.message import Message
from typing import Any, Protocol

from .accounts import Accounts, check_login, require
from .discounts import discounts_room, public_discounts
from .errors import DemoError, unauthorized
from .pages import envelope
from .pin_login import login_with_pin, set_pin, verify_company_code
from .public_invoice import public_invoice
from .returns import returns_room
from .store import DemoStore
from .till import cash_register
from .user_profile import user_profile

PREFIX = "/2023-11"
_ORDER = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)$")
_STATUS = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/status$")
_ACTIVITIES = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/activities$")
_PAYMENTS = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/payments$")
_PAYMENT = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/payments/(?P<payment>[^/]+)$")
_NOTIFY = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/notify$")

Answer = tuple[int, Any, dict[str, str]]


class Served(Protocol):
    """What the routes read of the server they answer for (:class:`~.server.DemoServer`)."""

    store: DemoStore
    accounts: Accounts
    envelope: str
    mobile_sync: bool
    cash_control: bool


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One request under ``/2023-11``, as the handler read it."""

    method: str
    path: str
    params: dict[str, str]
    raw: bytes
    headers: Message

    def bearer(self) -> str | None:
        """The ``Authorization: Bearer`` token, if any."""
        header = self.headers.get("Authorization") or ""
        return header[7:].strip() if header.lower().startswith("bearer ") else None

    def json_body(self) -> Any:
        """The JSON body (None when empty); a 400 when it is not JSON."""
        if not self.raw:
            return None
        try:
            return json.loads(self.raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DemoError(400, {"message": "The body is not valid JSON."}) from exc


def _auth(demo: Served, request: ApiRequest) -> tuple[dict[str, Any], str]:
    """The user and the company a request acts for: 401, 422 or 403 otherwise."""
    # An API key too (as Bearer: X-API-Key is not documented, never read); an expired token is none.
    found = demo.accounts.who(request.bearer(), demo.store.clock.now())
    if found is None:
        raise DemoError(401, {"message": "Unauthenticated."})
    user, bound = found
    company = request.headers.get("X-Company")
    if not company:
        raise DemoError(422, {"message": "Please provide a Company Id", "error": "company_id_required", "code": 400})
    if company not in demo.accounts.company_ids() or (bound is not None and company != bound):
        raise unauthorized()
    return user, company


def answer(demo: Served, request: ApiRequest) -> Answer:
    """The answer to one API request, from the store that holds what it asks."""
    store = demo.store
    method, path, params = request.method, request.path, request.params
    base = f"http://{request.headers.get('Host', 'localhost')}{PREFIX}"
    request_id = request.headers.get("X-Request-ID")
    if path == f"{PREFIX}/auth/login" and method == "POST":
        user = check_login(demo.accounts.users, request.json_body())
        with store.lock:
            return 200, demo.accounts.issue(user, store.data.company_id, store.clock.now()), {}
    if path == f"{PREFIX}/auth/verify-company-code" and method == "POST":
        host = base.removesuffix(PREFIX)
        with store.lock:
            return 200, verify_company_code(demo.accounts, store.data, request.json_body(), store.clock.now(), host), {}
    if path == f"{PREFIX}/auth/login-with-pin" and method == "POST":
        with store.lock:
            return 200, login_with_pin(demo.accounts, request.json_body(), store.clock.now()), {}
    if path == f"{PREFIX}/auth/logout" and method == "POST":
        with store.lock:
            return 200, demo.accounts.logout(request.bearer(), store.clock.now()), {}
    if path == f"{PREFIX}/user/switch-company" and method == "POST":
        with store.lock:
            return 200, demo.accounts.switch(request.bearer(), request.json_body(), store.clock.now()), {}
    public = public_invoice(store.state, method, path, params)  # no Authorization (06-orders-sales.md)
    if public is not None:
        return 200, public, {}
    offered = public_discounts(store.discounts, method, path, params, request.json_body, request.headers)
    if offered is not None:  # only X-Company (07-discounts-delivery.md)
        return offered[0], offered[1], {}
    user, company = _auth(demo, request)
    if path == f"{PREFIX}/user/companies" and method == "GET":
        return 200, {"data": demo.accounts.choices(company)}, {}
    if path == f"{PREFIX}/user" and method == "GET":
        with store.lock:
            return 200, user_profile(demo.accounts, store.data, user, company, params), {}
    if path == f"{PREFIX}/user/set-pin" and method == "POST":
        with store.lock:
            body = request.json_body()
            return 200, set_pin(demo.accounts, user, body, store.state.writes, request_id, store.clock.now()), {}
    own_data = company == store.data.company_id
    if demo.mobile_sync and method == "GET" and path == f"{PREFIX}/admin/sync/pull":
        require(user, "orders.view")
        return 200, store.mobile_sync.pull(params, own_data), {}
    if demo.mobile_sync and method == "POST" and path == f"{PREFIX}/admin/sync/push":
        return 200, store.mobile_sync.push(company, request.json_body(), user, own_data), {}
    till = cash_register(store, demo.cash_control, method, path, params, request.json_body, (user, company, request_id))
    if till is not None:
        return till[0], till[1], {}
    returned = returns_room(store.returns, method, path, params, request.json_body, (user, request_id, own_data))
    if returned is not None:
        return returned[0], returned[1], {}
    discounted = discounts_room(store.discounts, method, path, params, request.json_body, (user, request_id, own_data))
    if discounted is not None:
        return discounted[0], discounted[1], {}
    if not own_data:
        # The other company of a multi-company user: a shop with no orders yet.
        if method == "GET" and path == f"{PREFIX}/admin/orders":
            return 200, envelope([], 0, 1, 15, params, f"{base}/admin/orders", demo.envelope), {}
        raise DemoError(404, {"message": "The order does not exist"})
    if method == "GET" and path == f"{PREFIX}/admin/orders":
        require(user, "orders.view")
        return 200, store.listing.list_orders(params, base, demo.envelope), {}
    if method == "GET" and path == f"{PREFIX}/admin/payment-methods":
        with store.lock:
            return 200, store.data.payment_methods_page(params, f"{base}/admin/payment-methods", demo.envelope), {}
    if method == "GET" and path == f"{PREFIX}/admin/company":
        return 200, store.data.company_profile(base.removesuffix(PREFIX)), {}
    if method == "GET" and path == f"{PREFIX}/admin/products":
        with store.lock:
            return 200, store.directory.list_products(params, base, demo.envelope), {}
    if method == "GET" and path == f"{PREFIX}/admin/warehouses":
        require(user, "warehouses.view")
        return 200, store.stocks.list_warehouses(params, base, demo.envelope), {}
    if method == "GET" and path == f"{PREFIX}/admin/stocks":
        require(user, "stocks.view")
        return 200, store.stocks.list_stocks(params, base, demo.envelope), {}
    if method == "GET" and path == f"{PREFIX}/admin/customers":
        require(user, "orders.view")
        with store.lock:
            return 200, store.directory.list_customers(params, base, demo.envelope), {}
    if method == "POST" and path == f"{PREFIX}/admin/orders":
        return 200, store.creation.create_order(request.json_body(), user, request_id), {}
    if method == "PUT" and path == f"{PREFIX}/admin/orders/status/bulk-update":
        return 200, store.statuses.bulk_status(request.json_body(), user, request_id), {}
    if match := _STATUS.match(path):
        if method == "PUT":
            return 200, store.statuses.update_status(match["id"], request.json_body(), user, request_id), {}
    elif match := _PAYMENTS.match(path):
        if method == "POST":
            return 200, store.payments.add_payment(match["id"], request.json_body(), user, request_id), {}
    elif match := _PAYMENT.match(path):
        if method == "DELETE":
            return 200, store.payments.delete_payment(match["id"], match["payment"], user, request_id), {}
        if method == "PUT":
            body = request.json_body()
            return 200, store.payments.update_payment(match["id"], match["payment"], body, user, request_id), {}
    elif match := _NOTIFY.match(path):
        if method == "POST":
            language = request.headers.get("Accept-Language")
            sent = store.notifications.notify(match["id"], params, request.json_body(), user, request_id, language)
            return 200, sent, {}
    elif match := _ACTIVITIES.match(path):
        if method == "GET":
            return 200, store.history.list_activities(match["id"], params, base), {}
    elif match := _ORDER.match(path):
        if method == "GET":
            require(user, "orders.view")
            return 200, store.get_order(match["id"]), {}
        if method == "PUT":
            return 200, store.edits.update_order(match["id"], request.json_body(), user, request_id), {}
        if method == "DELETE":
            return 200, store.statuses.cancel_order(match["id"], user), {}
    raise DemoError(404, {"message": f"The route {path.lstrip('/')} could not be found."})
