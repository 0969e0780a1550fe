"""The async Genuka API client (httpx).

Reads (GET) retry with exponential backoff and jitter on network errors, 5xx,
429 (honouring ``Retry-After``) and garbled bodies. Writes are sent once: the
caller (the sync queue) decides whether and how to try again, because a
write that timed out may have been applied.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import ssl
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import orjson
import stamina

from ..models import Activity, CompanyChoice, LoginResult, Order, Page, Product, parse_page, too_deep
from ..models.page import EnvelopeError
from .errors import (
    AuthError,
    BadResponseError,
    ClientError,
    GenukaError,
    NetworkError,
    RateLimitedError,
    RefusedError,
    ServerError,
    ValidationError,
    body_excerpt,
    error_from_response,
)
from .mobile_sync import SyncPage, check_operations, pull_page, pull_params, push_results
from .query import OrderQuery
from .server_clock import clock_skew
from .urls import check_base_url, is_loopback

log = logging.getLogger(__name__)

API_VERSION = "2023-11"
USER_AGENT = "genuka-desk/0.1"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)
MAX_PER_PAGE = 100
OFF_LOOP_BYTES = 64 * 1024  # bodies this big are decoded in a worker thread

T = TypeVar("T")

# Another clerk's token for the requests of the current task only (see GenukaClient.acting_as):
# a context variable, so the window's own requests in other tasks keep the desk's token.
_ACTING: ContextVar[tuple[int, str] | None] = ContextVar("genuka_acting_token", default=None)


@dataclass(frozen=True)
class RetryPolicy:
    """How reads are retried: attempts, total time, and the backoff curve."""

    attempts: int = 4
    timeout: float = 60.0
    wait_initial: float = 0.5
    wait_max: float = 10.0
    wait_jitter: float = 1.0
    # A longer Retry-After is not slept through inside one call: the error
    # goes up and the caller schedules the next try.
    max_retry_after: float = 30.0


class GenukaClient:
    """One session with a Genuka company: headers, errors, retries, pages.

    The token is held privately; it never appears in ``repr``, logs or errors.
    """

    def __init__(
        self,
        base_url: str,
        *,
        company_id: str | None = None,
        token: str | None = None,
        shop_id: str | None = None,
        language: str = "fr",
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int = 8,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.retry = retry or RetryPolicy()
        self._company_id = company_id
        self._token = token
        headers = {
            "Accept": "application/json",
            "Accept-Language": language,
            "User-Agent": USER_AGENT,
        }
        self.shop_id = shop_id  # the desk's shop: its reads are scoped to it, its sales made in it
        if shop_id:
            headers["X-Shop"] = shop_id
        self._headers = headers
        self._timeout = timeout
        self._transport = transport
        self._max_connections = max_connections
        self._client: httpx.AsyncClient | None = None
        # The last answer's Date header and this computer's time when it came (the clock check of `doctor`).
        self.server_clock: tuple[str, float] | None = None
        self._apply_auth_headers()

    @property
    def _http(self) -> httpx.AsyncClient:
        # Made on first use, on certificates loaded once per process (see tls_context).
        if self._client is None:
            self._client = httpx.AsyncClient(
                base_url=f"{self.base_url}/{API_VERSION}",
                headers=self._headers,
                timeout=self._timeout,
                transport=self._transport,
                verify=tls_context(),  # TLS verification is never turned off.
                limits=httpx.Limits(
                    max_connections=self._max_connections, max_keepalive_connections=self._max_connections
                ),
            )
        return self._client

    def __repr__(self) -> str:
        return f"GenukaClient(base_url={self.base_url!r}, company_id={self._company_id!r})"

    async def __aenter__(self) -> GenukaClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            await self._client.aclose()

    @property
    def company_id(self) -> str | None:
        """The company every admin request is made for (``X-Company``)."""
        return self._company_id

    @property
    def has_token(self) -> bool:
        """Whether a token is set."""
        return bool(self._token)

    def set_credentials(self, token: str | None, company_id: str | None = None) -> None:
        """Use another token (a new login, or an API key) and, optionally, another company.

        Both go as ``Authorization: Bearer``: 02-authentication.md documents no other header.
        """
        self._token = token
        if company_id:
            self._company_id = company_id
        self._apply_auth_headers()

    @contextmanager
    def acting_as(self, token: str | None) -> Iterator[None]:
        """Send this task's requests with ``token`` (a clerk's own) instead of the desk's, inside the block.

        The sync sends an operation with the token of the clerk who queued it,
        so the server's history names them; ``None`` keeps the desk's token.
        """
        if not token:
            yield
            return
        mark = _ACTING.set((id(self), token))
        try:
            yield
        finally:
            _ACTING.reset(mark)

    def server_time(self) -> float:
        """The server's time now, as its last answer's ``Date`` told it (this computer's until one came)."""
        return time.time() + (clock_skew(self.server_clock) or 0.0)

    def set_language(self, language: str) -> None:
        """Ask the server for messages in ``fr`` or ``en``."""
        self._set_header("Accept-Language", language)

    def _set_header(self, name: str, value: str | None) -> None:
        # Kept for the client made on first use, and set on it when it already exists.
        targets = [self._headers] if self._client is None else [self._headers, self._client.headers]
        for headers in targets:
            if value is None:
                headers.pop(name, None)
            else:
                headers[name] = value

    def _apply_auth_headers(self) -> None:
        self._set_header("Authorization", f"Bearer {self._token}" if self._token else None)
        self._set_header("X-Company", self._company_id or None)

    # -- transport -----------------------------------------------------------

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        request_id: str | None = None,
        probe: bool = False,
    ) -> Any:
        """One request, no retry: the parsed JSON body, or a :class:`GenukaError`.

        ``probe``: a look at what the server offers, whose refusal is an answer (logged as such, not a warning).
        """
        rid = request_id or uuid.uuid4().hex
        headers = {"X-Request-ID": rid}
        acting = _ACTING.get()
        if acting is not None and acting[0] == id(self):
            headers["Authorization"] = f"Bearer {acting[1]}"
        if self._client is None:
            await warm_tls()  # the first request: certificates loaded off the loop
        try:
            if body is None:
                response = await self._http.request(method, path, params=params, headers=headers)
            else:
                response = await self._http.request(method, path, params=params, json=body, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            # Nothing reached the server.
            raise NetworkError(maybe_sent=False, request_id=rid) from exc
        except httpx.TimeoutException as exc:
            raise NetworkError("The server took too long to answer.", maybe_sent=True, request_id=rid) from exc
        except httpx.TransportError as exc:
            # Reset, closed mid-body, protocol error: the request may have been applied.
            raise NetworkError("The connection to the server broke.", maybe_sent=True, request_id=rid) from exc
        self.server_clock = (response.headers.get("Date", ""), time.time())
        if response.status_code >= 400:
            error = error_from_response(response, rid)
            level = logging.INFO if probe else logging.WARNING
            log.log(level, "%s %s -> %s %s (request %s)", method, path, response.status_code, type(error).__name__, rid)
            if isinstance(error, ServerError | ValidationError | ClientError) and response.content:
                # The clerk sees a sentence; support needs what the server said (personal data is masked).
                log.info("server error body: %s", body_excerpt(response.content, 500))
            raise error
        if not response.content:
            return None
        if len(response.content) >= OFF_LOOP_BYTES:
            # A page of orders (~400 KB) takes ~5 ms to decode: off the loop, so the window that
            # shares it keeps painting while pages arrive together.
            return await asyncio.to_thread(_decode, response, method, path, rid)
        return _decode(response, method, path, rid)

    def _should_retry(self, exc: BaseException) -> bool | float:
        """stamina's backoff hook: retry what may pass; a Retry-After sets the wait."""
        if isinstance(exc, RateLimitedError):
            if exc.retry_after is None:
                return True
            return exc.retry_after if exc.retry_after <= self.retry.max_retry_after else False
        if isinstance(exc, NetworkError) and not exc.maybe_sent:
            # Refused or unreachable: the line is down (or the server is). Backing off here kept the window
            # saying "online" for ~12 s while a page walk retried; the sync's own offline check tries again.
            return False
        return isinstance(exc, NetworkError | ServerError | BadResponseError)

    async def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """A GET, retried per :attr:`retry`."""
        policy = self.retry
        async for attempt in stamina.retry_context(
            on=self._should_retry,
            attempts=policy.attempts,
            timeout=policy.timeout,
            wait_initial=policy.wait_initial,
            wait_max=policy.wait_max,
            wait_jitter=policy.wait_jitter,
        ):
            with attempt:
                return await self._send("GET", path, params=params)
        raise AssertionError("unreachable: stamina re-raises the last error")  # pragma: no cover

    @staticmethod
    def _unwrap_object(body: Any, what: str) -> dict[str, Any]:
        """An object body, or ``{"data": {...}}`` (Laravel resources wrap it)."""
        if isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" not in body:
            body = body["data"]
        if not isinstance(body, dict):
            raise _unexpected(what, body)
        return body

    def _order_object(self, body: Any) -> dict[str, Any]:
        raw = self._unwrap_object(body, "order")
        if raw.get("id") in (None, ""):
            raise _unexpected("order", raw, "The server sent an order without an id.")
        return raw

    def _order_from(self, body: Any) -> Order:
        raw = self._order_object(body)
        if too_deep(raw):
            raise _unexpected("order (nested too deeply)", raw)
        order = Order.from_raw(raw, copy_raw=False)
        if not order.id:  # an id that is no text nor number (an object, a list)
            raise _unexpected("order", raw, "The server sent an order without an id.")
        return order

    @staticmethod
    def _page_from(body: Any, parse_item: Callable[[dict[str, Any]], T]) -> Page[T]:
        try:
            return parse_page(body, parse_item)
        except EnvelopeError as exc:
            raise _unexpected("list", body) from exc

    # -- auth ----------------------------------------------------------------

    async def login(self, email: str, password: str) -> LoginResult:
        """Exchange email and password for a token; the client then uses it."""
        try:
            body = await self._send("POST", "/auth/login", body={"email": email, "password": password})
        except RefusedError as exc:
            # A wrong password is documented as 401, and was captured as a 500 with a
            # message: recognised by status and shape, whatever the language.
            raise AuthError(exc.message, status=exc.status) from exc
        return self._take_token("login", body, None)

    def _take_token(self, what: str, body: Any, company_id: str | None) -> LoginResult:
        """Read a login-shaped answer and use its token (and company) from now on."""
        if not isinstance(body, dict):
            raise _unexpected(what, body)
        result = LoginResult.from_body(body)
        token = result.access_token.get_secret_value()
        if not token:
            raise BadResponseError("The server's login answer holds no token.")
        self.set_credentials(token, result.company_id or company_id)
        return result

    async def use_api_key(self, key: str, company_id: str | None = None) -> None:
        """Use an API key (sent as ``Authorization: Bearer``, like a login token) and check it once.

        Raises :class:`AuthError` when the server refuses it.
        """
        self.set_credentials(key, company_id)
        await self.ping()

    async def logout(self) -> None:
        """Revoke the token on the server (``POST /auth/logout``). Not retried."""
        await self._send("POST", "/auth/logout")

    async def list_companies(self) -> list[CompanyChoice]:
        """The companies the user belongs to, most recently used first (``GET /user/companies``)."""
        body = await self._get("/user/companies")
        items = body.get("data") if isinstance(body, dict) else body
        if not isinstance(items, list):
            raise _unexpected("companies", body)
        return [c for c in (CompanyChoice.model_validate(i) for i in items if isinstance(i, dict)) if c.id]

    async def switch_company(self, company_id: str) -> LoginResult:
        """Switch the user's company: the server revokes the old token and gives a new one, used at once."""
        body = await self._send("POST", "/user/switch-company", body={"company_id": company_id})
        return self._take_token("switch", body, company_id)

    # -- orders --------------------------------------------------------------

    async def list_order_bodies(
        self, query: OrderQuery | None = None, *, page: int = 1, per_page: int = 15
    ) -> Page[dict[str, Any]]:
        """One page of orders as the server's JSON objects (those without an id are dropped).

        The fast path for bulk pulls: the caller stores bodies without building models.
        """
        params = (query or OrderQuery()).to_params()
        params.update(page=page, per_page=max(1, min(per_page, MAX_PER_PAGE)))
        body = await self._get("/admin/orders", params)
        page_ = self._page_from(body, lambda raw: raw)
        kept = [raw for raw in page_.items if raw.get("id") not in (None, "")]
        if len(kept) != len(page_.items):
            log.warning("skipped %d listed orders without an id", len(page_.items) - len(kept))
            page_.items = kept
        return page_

    async def list_orders(self, query: OrderQuery | None = None, *, page: int = 1, per_page: int = 15) -> Page[Order]:
        """One page of orders matching ``query``."""
        bodies = await self.list_order_bodies(query, page=page, per_page=per_page)
        return bodies.map(lambda raw: Order.from_raw(raw, copy_raw=False))

    async def iter_order_body_pages(
        self, query: OrderQuery | None = None, *, per_page: int = MAX_PER_PAGE, concurrency: int = 4
    ) -> AsyncIterator[Page[dict[str, Any]]]:
        """Every page of orders as the server's JSON objects, in page order, ``concurrency`` requests in flight.

        The first page's ``last_page`` is only a first guess: orders created
        while the pages are read push the rest back, so the walk follows the
        newest page count any answer gives and ends only at a page that says
        nothing follows it.
        """
        first = await self.list_order_bodies(query, page=1, per_page=per_page)
        yield first
        if not first.has_next or not first.items:
            return
        # A page that brings no order this walk has not seen ends it, whatever the page
        # counts say: a server that repeats itself (or claims a billion pages) cannot
        # hold a sync forever. A real list grows by a few orders, never by a whole page,
        # between two page reads.
        seen = {str(raw.get("id")) for raw in first.items}
        last = first.last_page
        window: dict[int, asyncio.Task[Page[dict[str, Any]]]] = {}
        next_page = 2
        more = True  # the last page read says another follows
        try:
            while True:
                while len(window) < max(1, concurrency) and (
                    (last is not None and next_page <= last) or (not window and more)
                ):
                    window[next_page] = asyncio.ensure_future(
                        self.list_order_bodies(query, page=next_page, per_page=per_page)
                    )
                    next_page += 1
                if not window:
                    return
                current = min(window)
                page_ = await window.pop(current)
                fresh = {str(raw.get("id")) for raw in page_.items} - seen
                if not fresh:
                    return
                seen |= fresh
                yield page_
                if page_.last_page is not None:
                    last = max(last or 0, page_.last_page)
                more = page_.has_next
                if not more and (last is None or current >= last):
                    return
        finally:
            for task in window.values():
                task.cancel()
            if window:
                await asyncio.gather(*window.values(), return_exceptions=True)

    async def iter_body_pages(
        self, path: str, params: dict[str, Any], *, per_page: int = MAX_PER_PAGE
    ) -> AsyncIterator[Page[dict[str, Any]]]:
        """Every page of a list (``/admin/products``, ``/admin/customers``) as JSON objects, one at a time.

        Ends at a page that says nothing follows, or that brings nothing new
        (a server repeating itself cannot hold a sync forever).
        """
        seen: set[str] = set()
        number = 1
        while True:
            body = await self._get(path, {**params, "page": number, "per_page": max(1, min(per_page, MAX_PER_PAGE))})
            page_ = self._page_from(body, lambda raw: raw)
            page_.items = [raw for raw in page_.items if raw.get("id") not in (None, "")]
            fresh = {str(raw["id"]) for raw in page_.items} - seen
            if not fresh:
                return
            seen |= fresh
            yield page_
            if not page_.has_next:
                return
            number += 1

    async def ping(self) -> None:
        """One light request, not retried: raises when the server cannot be reached or refuses us."""
        await self._send("GET", "/admin/orders", params={"per_page": 1, "simple_paginate": "true"})

    async def get_order(self, order_id: str) -> Order:
        """One order, fresh from the server."""
        return self._order_from(await self._get(f"/admin/orders/{order_id}"))

    async def get_order_body(self, order_id: str) -> dict[str, Any]:
        """One order as the server's JSON object, for storing (no model built: the pull's detail fetch).

        Checked as a listed order is: an object with an id of text or a number.
        """
        raw = self._order_object(await self._get(f"/admin/orders/{order_id}"))
        if not isinstance(raw["id"], str | int) or isinstance(raw["id"], bool):
            raise _unexpected("order", raw, "The server sent an order without an id.")
        return raw

    async def create_order(self, body: dict[str, Any], *, request_id: str | None = None) -> Order:
        """``POST /admin/orders`` (see ``models.new_order``); the server's order with its reference. Not retried:
        Genuka has no idempotency key, so a try without an answer is settled by looking for the order."""
        return self._order_from(await self._send("POST", "/admin/orders", body=body, request_id=request_id))

    async def update_order(self, order_id: str, body: dict[str, Any], *, request_id: str | None = None) -> Order:
        """``PUT`` a partial order body (only what the clerk changed: see ``write_body.update_body``). Not retried."""
        return self._order_from(await self._send("PUT", f"/admin/orders/{order_id}", body=body, request_id=request_id))

    async def update_status(
        self,
        order_id: str,
        *,
        shipping: str | None = None,
        billing: str | None = None,
        request_id: str | None = None,
    ) -> Order:
        """Set the fulfilment and/or payment status of one order. Not retried."""
        body = _status_body(shipping, billing)
        return self._order_from(
            await self._send("PUT", f"/admin/orders/{order_id}/status", body=body, request_id=request_id)
        )

    async def bulk_update_status(
        self,
        order_ids: list[str],
        *,
        shipping: str | None = None,
        billing: str | None = None,
        request_id: str | None = None,
    ) -> str:
        """Set statuses of many orders at once; returns the server's message. Not retried."""
        body = {"order_ids": list(order_ids), **_status_body(shipping, billing)}
        answer = await self._send("PUT", "/admin/orders/status/bulk-update", body=body, request_id=request_id)
        if isinstance(answer, dict) and isinstance(answer.get("message"), str):
            return str(answer["message"])
        return ""

    async def add_payment(self, order_id: str, body: dict[str, Any], *, request_id: str | None = None) -> str:
        """``POST /admin/orders/{order}/payments`` (see ``models.payment``); the server's message.

        Not retried: the answer carries no payment id and the request is not
        idempotent, so a try without an answer is settled by looking at the
        order's payments.
        """
        answer = await self._send("POST", f"/admin/orders/{order_id}/payments", body=body, request_id=request_id)
        if isinstance(answer, dict) and isinstance(answer.get("message"), str):
            return str(answer["message"])
        return ""

    async def notify_order(self, order_id: str, lang: str, *, request_id: str | None = None) -> str:
        """``POST /admin/orders/{order}/notify``: the order's confirmation e-mail, in ``lang`` (en, fr).

        Sent to the customer and to the shop's users who view orders (06-orders-sales.md); the
        server's message. Not retried: it takes no key, so a second request sends the e-mail again.
        """
        path = f"/admin/orders/{order_id}/notify"
        answer = await self._send("POST", path, body={"lang": lang}, request_id=request_id)
        if isinstance(answer, dict) and isinstance(answer.get("message"), str):
            return str(answer["message"])
        return ""

    async def delete_payment(self, order_id: str, payment_id: str, *, request_id: str | None = None) -> Order:
        """``DELETE /admin/orders/{order}/payments/{payment}`` (soft); the order as it is after. Not retried."""
        return self._order_from(
            await self._send("DELETE", f"/admin/orders/{order_id}/payments/{payment_id}", request_id=request_id)
        )

    async def sync_push(
        self, operations: list[dict[str, Any]], *, request_id: str | None = None
    ) -> list[dict[str, Any]]:
        """``POST /admin/sync/push`` (19-company-settings.md): one result per operation, in the order sent.

        Not retried here: the caller's queue decides, and sends a retry with the same idempotency keys (the
        server then applies nothing twice). See :mod:`.mobile_sync` for what is checked both ways.
        """
        check_operations(operations)
        answer = await self._send("POST", "/admin/sync/push", body={"operations": operations}, request_id=request_id)
        return push_results(operations, answer)

    async def sync_pull(
        self, cursor: str | None = None, entity_types: list[str] | tuple[str, ...] | None = None, limit: int = 50
    ) -> SyncPage:
        """``GET /admin/sync/pull``: the changes after ``cursor`` (all of them without one), ``limit`` at most."""
        return pull_page(await self._get("/admin/sync/pull", pull_params(cursor, entity_types, limit)))

    async def get_company(self) -> dict[str, Any]:
        """``GET /admin/company``: the shop's profile (name, logo, address, phone, tax numbers)."""
        return self._unwrap_object(await self._get("/admin/company"), "company")

    async def list_payment_methods(self) -> list[dict[str, Any]]:
        """``GET /admin/payment-methods`` (08-payments-pos.md): the ways the shop takes money, with their accounts."""
        body = await self._get("/admin/payment-methods", {"per_page": 100, "include": "treasuryAccount"})
        items = body.get("data") if isinstance(body, dict) else body
        return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []

    async def fetch_logo(self, url: str) -> bytes | None:
        """The shop's logo image (for printing offline later): at most 2 MB, over TLS (or this computer).

        Fetched without the session's headers: the token never goes to the image host.
        """
        parts = urlsplit(url)
        safe = parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or ""))
        if not safe or not parts.hostname:
            return None
        try:
            await warm_tls()
            async with httpx.AsyncClient(
                timeout=httpx.Timeout(15.0), follow_redirects=True, verify=tls_context()
            ) as plain:
                response = await plain.get(url)
        except httpx.HTTPError as exc:
            log.info("the shop's logo could not be fetched: %s", type(exc).__name__)
            return None
        kind = response.headers.get("content-type", "")
        if response.status_code != 200 or not kind.startswith("image/") or len(response.content) > 2_000_000:
            return None
        return response.content

    async def list_activities(self, order_id: str, *, page: int = 1, per_page: int = 20) -> Page[Activity]:
        """One page of an order's history, newest first."""
        body = await self._get(f"/admin/orders/{order_id}/activities", {"page": page, "per_page": per_page})
        return self._page_from(body, Activity.model_validate)

    # -- catalogue -----------------------------------------------------------

    async def list_products(self, search: str = "", *, page: int = 1, per_page: int = 20) -> Page[Product]:
        """One page of the catalogue, with variants, optionally searched."""
        params: dict[str, Any] = {"page": page, "per_page": max(1, min(per_page, MAX_PER_PAGE)), "include": "variants"}
        if search.strip():
            params["filter[search]"] = search.strip()
        return self._page_from(await self._get("/admin/products", params), Product.model_validate)


def _status_body(shipping: str | None, billing: str | None) -> dict[str, Any]:
    if shipping is None and billing is None:
        raise ValueError("Give a shipping status, a billing status, or both.")
    body: dict[str, Any] = {}
    if shipping is not None:
        body["shipping"] = {"status": shipping}
    if billing is not None:
        body["billing"] = {"status": billing}
    return body


__all__ = ["API_VERSION", "GenukaClient", "GenukaError", "RetryPolicy"]


def _no_constant(name: str) -> Any:
    """``NaN`` and ``Infinity`` are not JSON: a body holding them is not trusted."""
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    """A JSON number too big for a float (``1e999``) is refused, not turned into infinity."""
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:20]} is out of range")
    return value


def _unexpected(what: str, body: Any, message: str | None = None) -> BadResponseError:
    """Log an answer of the wrong shape (as JSON, for support) and make the clerk's error."""
    try:
        text = orjson.dumps(body, default=str).decode()
    except (TypeError, orjson.JSONEncodeError):
        try:
            text = json.dumps(body, ensure_ascii=False, default=str)
        except (ValueError, RecursionError):
            text = "(a body nested too deeply to show)"
    excerpt = text[:2000]
    log.warning("unexpected %s body: %s", what, excerpt)
    return BadResponseError(message, excerpt=excerpt)


def _decode(response: httpx.Response, method: str, path: str, rid: str) -> Any:
    """A body's JSON; :class:`BadResponseError` when it is not JSON."""
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        pass  # orjson is strict (64-bit integers, no NaN): the stdlib decides
    try:
        return json.loads(response.content, parse_constant=_no_constant, parse_float=_finite_float)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # deep nesting: RecursionError
        excerpt = body_excerpt(response.content)
        log.warning("%s %s -> %s with a body that is not JSON: %r", method, path, response.status_code, excerpt)
        raise BadResponseError(excerpt=excerpt, status=response.status_code, request_id=rid) from exc


_tls: ssl.SSLContext | None = None
_tls_lock = threading.Lock()


def tls_context() -> ssl.SSLContext:
    """The verifying TLS context every client shares, made once (httpx's own defaults).

    Loading the certificates takes ~40 ms: made in the event loop's thread, that
    froze the window at each new client (the first sync, each logo fetch).
    """
    global _tls
    with _tls_lock:
        if _tls is None:
            _tls = httpx.create_ssl_context()
        return _tls


async def warm_tls() -> None:
    """Load the certificates in a worker thread, so the loop never waits for them."""
    if _tls is None:
        await asyncio.to_thread(tls_context)
