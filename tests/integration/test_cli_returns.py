"""``genuka-desk orders return``, ``returns list`` and ``returns approve`` over real HTTP against the demo."""

from __future__ import annotations

from decimal import Decimal

from genuka_desk.demo import DemoServer
from tests.integration.test_cli import Run, logged_in, run  # noqa: F401  (the fixture)


def _paid_in_cash(server: DemoServer) -> dict[str, object]:
    """An order paid in full by one cash payment, with two lines."""
    for order_id in server.store.by_id:
        body = server.store.get_order(order_id)
        payments = body.get("payments") or []
        if (
            not body["deleted_at"]
            and Decimal(str(body["amount_due"])) == 0
            and len(payments) == 1
            and payments[0]["method"] == "cash"
            and len(body.get("order_products") or []) >= 2
        ):
            return body
    raise AssertionError("no such order")


def test_orders_return_refunds_in_cash_and_returns_list_shows_it(run: Run, demo_server: DemoServer) -> None:  # noqa: F811
    logged_in(run)
    body = _paid_in_cash(demo_server)
    reference, order_id = str(body["reference"]), str(body["id"])
    code, _, err = run("orders", "return", reference, "--line", "9:1")
    assert code == 1 and "has no line 9" in err
    code, _, err = run("orders", "return", reference, "--line", "1:1:broken")
    assert code == 1 and "Unknown reason" in err
    code, _, err = run("orders", "return", reference, "--line", "1:1", "--refund", "card")
    assert code == 1 and "no payment by card" in err and "cash (Cash)" in err  # its ways, by id and by name
    code, out, err = run("orders", "return", reference, "--line", "1:1:defective", "--refund", "CASH")
    assert code == 0, err
    assert "Sent to the server." in out
    (payment,) = demo_server.store.get_order(order_id)["payments"]
    after = demo_server.store.get_order(order_id)
    assert Decimal(str(after["amount_due"])) == 0
    assert Decimal(str(payment["amount"])) == Decimal(str(after["amount"]))  # what was returned went back
    listed = run.json("returns", "list", reference)
    assert [(r["reference"], r["state"], r["refund_state"]) for r in listed] == [("RET-0001", "confirmed", "sent")]
    code, out, _ = run("returns", "list", reference)
    assert code == 0 and "RET-0001  confirmed" in out
    assert "FCFA" in out  # money as the clerk reads it
    code, out, _ = run("orders", "show", reference)
    totals = next(row for row in out.splitlines() if row.strip().startswith("subtotal"))
    assert code == 0 and "   returns -" in totals and totals.endswith("due 0\xa0FCFA"), totals  # as the server has it


def test_returns_approve_approves_a_return_left_waiting(run: Run, demo_server: DemoServer) -> None:  # noqa: F811
    logged_in(run)
    body = _paid_in_cash(demo_server)
    reference = str(body["reference"])
    code, out, err = run("orders", "return", reference, "--line", "2:1", "--no-approve", "--refund", "none")
    assert code == 0, err
    (waiting,) = run.json("returns", "list", reference)
    assert waiting["state"] == "waiting_approval"
    code, out, err = run("returns", "approve", reference, "RET-0001", "--comment", "ok")
    assert code == 0 and "Sent to the server." in out, err
    (done,) = run.json("returns", "list", reference)
    assert done["state"] == "confirmed"
    code, _, err = run("returns", "approve", reference, "RET-0001")
    assert code == 1 and "approved already" in err
