"""``genuka-desk orders discount``: a line's or the whole order's discount, queued like an edit and sent."""

from __future__ import annotations

import re
from decimal import Decimal

from genuka_desk.demo import DemoServer
from tests.integration.test_cli import Run, logged_in, run  # noqa: F401  (the fixture)


def _order(server: DemoServer) -> dict:
    """An unpaid order of two lines or more, with no discount yet."""
    for order_id in server.store.by_id:
        body = server.store.get_order(order_id)
        lines = body.get("order_products") or []
        billing = body.get("billing") or {}
        if (
            len(lines) >= 2
            and not body["deleted_at"]
            and billing.get("status") == "pending"
            and not any(e.get("discounts") for e in lines)
            and not Decimal(str(billing.get("discount") or 0))
        ):
            return body
    raise AssertionError("no such order")


def test_orders_discount_on_a_line_then_on_the_whole_order(run: Run, demo_server: DemoServer) -> None:  # noqa: F811
    logged_in(run)
    body = _order(demo_server)
    reference, before = str(body["reference"]), Decimal(str(body["amount"]))
    first = body["order_products"][0]
    gross = Decimal(str(first["price"])) * int(first["quantity"])
    code, out, _ = run("orders", "discount", reference, "--percent", "10", "--line", "1")
    assert code == 0 and "Sent to the server." in out, out
    after = demo_server.store.get_order(str(body["id"]))
    assert Decimal(str(after["amount"])) == before - (gross / 10).quantize(Decimal(1))
    assert after["order_products"][0]["discounts"][0]["discount_type"] == "percentage"
    # The whole order: shared over the lines as fixed amounts; the clerk's line discount is replaced.
    code, out, _ = run("orders", "discount", reference, "--amount", "1 000")
    assert code == 0 and "Sent to the server." in out, out
    assert re.search(r"off in all, total now [\d,.\s]+FCFA", out), out  # money as the clerk reads it
    after = demo_server.store.get_order(str(body["id"]))
    assert Decimal(str(after["amount"])) == before - 1000
    kinds = {d["discount_type"] for e in after["order_products"] for d in e.get("discounts") or []}
    assert kinds == {"fixed"}


def test_orders_discount_refuses_bad_input_in_a_sentence(run: Run, demo_server: DemoServer) -> None:  # noqa: F811
    logged_in(run)
    reference = str(_order(demo_server)["reference"])
    for args, said in (
        (["--percent", "10", "--amount", "5"], "one of them"),
        (["--percent", "abc"], "not a number"),
        (["--percent", "120"], "100 at most"),
        (["--percent", "5", "--line", "99"], "There is no line 99"),
    ):
        code, _out, err = run("orders", "discount", reference, *args)
        assert code != 0 and said in err, (args, err)
        assert "Traceback" not in err


def test_orders_discount_by_code_is_judged_offline_and_sent(run: Run, demo_server: DemoServer) -> None:  # noqa: F811
    logged_in(run)
    run("sync")  # the shop's discounts in the local copy
    body = _order(demo_server)
    reference, before = str(body["reference"]), Decimal(str(body["amount"]))
    code, _out, err = run("orders", "discount", reference, "--code", "NOEL2025")
    assert code != 0 and "NOEL2025" in err and "ended" in err, err
    code, out, _ = run("orders", "discount", reference, "--code", "MOINS2000")
    assert code == 0 and "Sent to the server." in out, out
    after = demo_server.store.get_order(str(body["id"]))
    assert [d["code"] for d in after["discounts"]] == ["MOINS2000"]
    assert Decimal(str(after["amount"])) == before - min(before, Decimal(2000))
