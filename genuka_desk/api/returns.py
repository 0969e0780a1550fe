"""Product returns and credit notes (07-discounts-delivery.md, 06-orders-sales.md), over one :class:`GenukaClient`.

Built on the client's one request (``_send``, never retried: nothing
documented makes a return write idempotent, so a write without an answer
is read back before any resend) and its retried reads (``_get``). Errors
are the client's (:mod:`.errors`): a 422 is a :class:`ValidationError` with
its field errors, a business refusal (a variant not in the order, a
quantity beyond what is left, a final return, an approval of a return not
waiting for it: 500s with a message) a :class:`RefusedError`, a missing
``returns.approve`` a :class:`ForbiddenError`. An answer of another shape
is a :class:`BadResponseError`, never a crash. Lists accept all three
envelopes.
"""

from __future__ import annotations

from typing import Any

from ..models.order import Order
from ..models.page import EnvelopeError, Page, parse_page
from ..models.returns import CreditNote, Return, ReturnAudit
from .client import GenukaClient, _unexpected

BASE = "/admin/returns"
NOTES = "/admin/credit-notes"


def _object(body: Any, what: str) -> dict[str, Any]:
    """An object with an id, or ``{"data": {...}}``."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" not in body:
        body = body["data"]
    if not isinstance(body, dict) or body.get("id") in (None, ""):
        raise _unexpected(what, body)
    return body


def _return(body: Any, what: str) -> Return:
    return Return.model_validate(_object(body, what))


def _filters(**filters: str | None) -> dict[str, Any]:
    return {f"filter[{key}]": value for key, value in filters.items() if value}


class Returns:
    """The returns and credit notes of the client's company."""

    def __init__(self, client: GenukaClient) -> None:
        self.client = client

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = 15,
        status: str | None = None,
        order_id: str | None = None,
        customer_id: str | None = None,
        search: str | None = None,
        sort: str | None = None,
    ) -> Page[Return]:
        """One page of returns, filtered as documented (``sort``: status, order_id, customer_id, return_date...)."""
        params: dict[str, Any] = {"page": page, "per_page": per_page}
        params |= _filters(status=status, order_id=order_id, customer_id=customer_id, search=search)
        if sort:
            params["sort"] = sort
        body = await self.client._get(BASE, params)
        try:
            return parse_page(body, Return.model_validate)
        except EnvelopeError as exc:
            raise _unexpected("the returns", body) from exc

    async def create(self, body: dict[str, Any], *, request_id: str | None = None) -> Return:
        """``POST /admin/returns`` (``order_id``, ``status``, ``lines[]`` ...); never retried here."""
        answer = await self.client._send("POST", BASE, body=body, request_id=request_id)
        return _return(answer, "creating a return")

    async def show(self, return_id: str) -> Return:
        """One return, with its lines and credit notes."""
        return _return(await self.client._get(f"{BASE}/{return_id}"), "a return")

    async def update(self, return_id: str, body: dict[str, Any], *, request_id: str | None = None) -> Return:
        """``PUT``: every field and the lines replaced (refused once the return is final)."""
        answer = await self.client._send("PUT", f"{BASE}/{return_id}", body=body, request_id=request_id)
        return _return(answer, "updating a return")

    async def set_status(self, return_id: str, status: str, *, request_id: str | None = None) -> Return:
        """``PATCH``: ``draft``, ``waiting_approval`` or ``cancelled`` only (confirming is :meth:`approve`)."""
        answer = await self.client._send("PATCH", f"{BASE}/{return_id}", body={"status": status}, request_id=request_id)
        return _return(answer, "changing a return's status")

    async def approve(self, return_id: str, comment: str = "", *, request_id: str | None = None) -> Return:
        """``PATCH .../approve`` (``returns.approve``): confirmed, restocked, the order's bill recalculated."""
        body = {"approval_comment": comment} if comment else {}
        answer = await self.client._send("PATCH", f"{BASE}/{return_id}/approve", body=body, request_id=request_id)
        return _return(answer, "approving a return")

    async def delete(self, return_id: str, *, request_id: str | None = None) -> None:
        """``DELETE``: soft-deleted (204, no body)."""
        await self.client._send("DELETE", f"{BASE}/{return_id}", request_id=request_id)

    async def audit(self, return_id: str) -> ReturnAudit:
        """A return's audit: its trail, status history and ``financial_impact``."""
        body = await self.client._get(f"{BASE}/{return_id}/audit")
        if not isinstance(body, dict) or not isinstance(body.get("financial_impact"), dict):
            raise _unexpected("a return's audit", body)
        return ReturnAudit.model_validate(body)

    async def credit_notes(
        self,
        *,
        page: int = 1,
        per_page: int = 15,
        order_id: str | None = None,
        status: str | None = None,
        search: str | None = None,
        sort: str | None = None,
    ) -> Page[CreditNote]:
        """One page of credit notes (those of ``order_id`` when given), newest first unless ``sort`` says."""
        params: dict[str, Any] = {"page": page, "per_page": per_page}
        params |= _filters(order_id=order_id, status=status, search=search)
        if sort:
            params["sort"] = sort
        body = await self.client._get(NOTES, params)
        try:
            return parse_page(body, CreditNote.model_validate)
        except EnvelopeError as exc:
            raise _unexpected("the credit notes", body) from exc

    async def credit_note(self, note_id: str) -> CreditNote:
        """One credit note, with its lines and refund payments."""
        return CreditNote.model_validate(_object(await self.client._get(f"{NOTES}/{note_id}"), "a credit note"))

    async def set_payment_amount(
        self, order_id: str, payment_id: str, amount: Any, *, request_id: str | None = None
    ) -> Order:
        """``PUT /admin/orders/{order}/payments/{payment}`` with ``amount`` only (06-orders-sales.md): money handed
        back on a return lowers the payment it goes back on to this absolute amount (a resend changes nothing).
        The order as it is after; not retried."""
        path = f"/admin/orders/{order_id}/payments/{payment_id}"
        return self.client._order_from(
            await self.client._send("PUT", path, body={"amount": amount}, request_id=request_id)
        )
