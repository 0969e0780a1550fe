"""The client's returns and credit notes over real HTTP against the demo (api/returns.py, models/returns.py).

Every call: list, create, show, update, set status, approve, delete, audit,
credit notes list and show; the errors mapped as for the rest of the
client (422 field errors, 500 business refusals, 403, 404), and odd
answers read leniently or refused as bad answers, never a crash.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from genuka_desk.api import BadResponseError, ForbiddenError, NotFoundError, RefusedError, ValidationError
from genuka_desk.api.returns import Returns
from genuka_desk.demo import DemoServer
from genuka_desk.models import Return, ReturnStatus
from tests.support.services import make_client


@pytest.fixture
def demo() -> Iterator[DemoServer]:
    """A demo API with 40 orders."""
    server = DemoServer(orders=40, seed=5).start()
    yield server
    server.stop()


def paid_order(server: DemoServer) -> tuple[dict[str, Any], dict[str, Any]]:
    """A paid order and one of its catalogue lines of quantity 2 or more (its only line of that variant)."""
    state = server.store.state
    for index in range(len(state.index.rows)):
        body = state.body(index)
        variants = [e.get("variant_id") for e in body.get("order_products") or []]
        if body.get("deleted_at") or body["billing"].get("status") != "paid" or len(set(variants)) != len(variants):
            continue
        for line in body["order_products"]:
            if line.get("variant_id") and int(line["quantity"]) >= 2:
                return body, line
    raise AssertionError("no paid order with a line of 2")


def new_return(order: dict[str, Any], line: dict[str, Any], quantity: int = 1, **extra: Any) -> dict[str, Any]:
    lines = [{"variant_id": line["variant_id"], "quantity": quantity, "reason": "defective"}]
    return {"order_id": order["id"], "status": "waiting_approval", "lines": lines} | extra


@pytest.mark.asyncio
async def test_the_whole_life_of_a_return(demo: DemoServer) -> None:
    order, line = paid_order(demo)
    async with make_client(demo) as client:
        returns = Returns(client)
        made = await returns.create(new_return(order, line, comment="Abîmé"), request_id="rid-client")
        assert isinstance(made, Return) and made.reference == "RET-0001"
        assert made.status == ReturnStatus.WAITING_APPROVAL and not made.final
        assert made.order is not None and made.order.reference == order["reference"]
        assert made.lines[0].variant_id == line["variant_id"] and made.lines[0].quantity == 1
        assert [w["kind"] for w in demo.store.state.writes if w["request_id"] == "rid-client"] == ["return_create"]
        shown = await returns.show(str(made.id))
        assert shown.id == made.id and shown.comment == "Abîmé"
        updated = await returns.update(str(made.id), new_return(order, line, 2, status="draft"))
        assert updated.status == "draft" and updated.lines[0].quantity == 2
        back = await returns.set_status(str(made.id), "waiting_approval")
        assert back.status == "waiting_approval"
        page = await returns.list(status="waiting_approval", order_id=order["id"])
        assert [r.id for r in page.items] == [made.id] and page.total == 1
        approved = await returns.approve(str(made.id), "Vu au comptoir")
        assert approved.final and approved.metadata == {"approval_comment": "Vu au comptoir"}
        (note,) = approved.credit_notes
        value = Decimal(str(line["price"])) * 2
        assert note.reference == "CN-0001" and note.amount == value and note.status == "pending"
        audit = await returns.audit(str(made.id))
        assert audit.money("return_amount") == value == audit.money("credit_notes_total")
        assert audit.money("refunds_total") == 0 and audit.status_history
        notes = await returns.credit_notes(order_id=order["id"])
        assert [n.id for n in notes.items] == [note.id]
        full = await returns.credit_note(str(note.id))
        assert full.lines[0].total == value and full.source_id == order["id"] and full.refund_amount == 0
        await returns.delete(str(made.id))
        assert (await returns.list()).items == []


@pytest.mark.asyncio
async def test_the_errors_are_mapped_as_for_the_rest_of_the_client(demo: DemoServer) -> None:
    order, line = paid_order(demo)
    async with make_client(demo) as client:
        returns = Returns(client)
        with pytest.raises(ValidationError) as invalid:
            await returns.create({"order_id": order["id"], "status": "lost", "lines": []})
        assert {"status", "lines"} <= set(invalid.value.field_errors)
        with pytest.raises(RefusedError) as refused:
            await returns.create(new_return(order, line, int(line["quantity"]) + 1))
        assert "Quantity exceeded" in str(refused.value.message)
        made = await returns.create(new_return(order, line, status="draft"))
        with pytest.raises(RefusedError):
            await returns.approve(str(made.id))  # not waiting for approval
        with pytest.raises(ValidationError):
            await returns.set_status(str(made.id), "confirmed")
        await returns.set_status(str(made.id), "cancelled")
        with pytest.raises(RefusedError):
            await returns.set_status(str(made.id), "draft")  # final
        with pytest.raises(NotFoundError):
            await returns.show("nope")
        with pytest.raises(NotFoundError):
            await returns.credit_note("nope")
    async with make_client(demo, token=demo.readonly_key) as reader:
        with pytest.raises(ForbiddenError):
            await Returns(reader).list()


@pytest.mark.asyncio
async def test_odd_answers_are_read_leniently_or_refused_as_bad(demo: DemoServer) -> None:
    odd = Return.model_validate(
        {"id": 7, "status": "done", "lines": {"0": {"quantity": "2", "variant": []}}, "credit_notes": None}
    )
    assert odd.id == "7" and odd.final and odd.lines[0].quantity == 2 and odd.credit_notes == []
    demo.faults.arm("malformed", count=50, method="GET", path="/admin/returns")
    async with make_client(demo) as client:
        with pytest.raises(BadResponseError):
            await Returns(client).list()
