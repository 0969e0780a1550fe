"""The totals preview (a pure function) and money formatting (Babel)."""

from __future__ import annotations

from decimal import Decimal

from genuka_desk.models import LineChange, Order, OrderEdit, apply_edit, compute_totals, format_money, order_totals
from genuka_desk.models.coerce import to_datetime
from genuka_desk.models.formatting import currency_symbol, format_day
from tests.support.fixtures import load_fixture


def plain(text: str) -> str:
    """Babel uses no-break spaces; compare with plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_line_price_is_the_unit_price() -> None:
    totals = compute_totals([(Decimal(40000), 2)])
    assert totals.subtotal == totals.total == totals.amount_due == Decimal(80000)


def test_totals_with_shipping_discount_taxes_and_payments() -> None:
    totals = compute_totals(
        [(Decimal(15000), 2), (Decimal(2500), 4)],
        shipping=Decimal(1500),
        discounts=Decimal(2000),
        taxes=Decimal(500),
        paid=Decimal(10000),
    )
    assert totals.subtotal == Decimal(40000)
    assert totals.total == Decimal(40000 - 2000 + 1500 + 500)
    assert totals.amount_due == totals.total - Decimal(10000)


def test_amount_due_never_negative() -> None:
    assert compute_totals([(Decimal(1000), 1)], paid=Decimal(5000)).amount_due == Decimal(0)


def test_an_approved_return_comes_off_the_total_and_nothing_is_due_after_its_refund() -> None:
    """A paid 48 000 order, 8 500 returned and refunded: the server says 39 500, nothing due; the preview agrees
    (it once kept the lines' 48 000 and showed 8 500 due)."""
    raw = {
        "id": "o1",
        "amount": "39500",
        "amount_due": "0",
        "billing": {"returns_total": "8500"},
        "order_products": [
            {"id": "l1", "quantity": 4, "price": 8500, "product": {"title": "Lampe"}},
            {"id": "l2", "quantity": 1, "price": 14000, "product": {"title": "Bouilloire"}},
        ],
    }
    totals = order_totals(Order.from_raw(raw))
    assert totals.subtotal == Decimal(48000)
    assert totals.returns == Decimal(8500)
    assert totals.total == Decimal(39500)
    assert totals.amount_due == Decimal(0)


def test_missing_values_count_as_zero() -> None:
    assert compute_totals([(None, 3), (Decimal(5), None)]).total == Decimal(0)


def test_order_totals_match_the_server_for_the_seed_response() -> None:
    order = Order.from_raw(load_fixture("order-update.response.json"))
    totals = order_totals(order)
    assert totals.total == order.amount == Decimal(80000)
    assert totals.amount_due == order.amount_due


def test_preview_of_an_edit_keeps_what_was_paid() -> None:
    raw = load_fixture("order-update.response.json")
    raw["amount_due"] = 30000  # 50 000 already paid
    server = Order.from_raw(raw)
    edited = Order.from_raw(apply_edit(raw, OrderEdit(lines={"4839": LineChange(quantity=3)})))
    totals = order_totals(edited, paid=order_totals(server).paid)
    assert totals.total == Decimal(120000)
    assert totals.amount_due == Decimal(70000)


def test_xaf_in_french_and_english() -> None:
    assert plain(format_money(Decimal(80000), "XAF", "fr")) == "80 000 FCFA"
    assert plain(format_money(Decimal(80000), "XAF", "en")) == "80,000 FCFA"
    assert currency_symbol("XAF", "fr") == "FCFA"


def test_other_currencies_keep_their_decimals() -> None:
    assert plain(format_money(Decimal("12.5"), "EUR", "fr")) == "12,50 €"
    assert format_money(None) == ""
    assert "ZZZ" in format_money(Decimal(3), "ZZZ", "fr")


def test_dates_per_locale() -> None:
    when = to_datetime("2025-10-10T11:24:04.000000Z")
    assert format_day(when, "fr") == "10 oct. 2025"
    assert format_day(when, "en") == "Oct 10, 2025"


def test_dates_in_a_country_and_countries_by_code_or_name() -> None:
    from genuka_desk.models import country_code, format_moment

    seventh = to_datetime("2026-12-07T13:30:00Z")  # 14:30 in Douala
    assert format_day(seventh, "en_CM") == "7 Dec 2026"
    assert format_moment(seventh, "en_CM") == "7 Dec 2026, 14:30"  # English spells the month: 07/12 reads as July
    assert format_moment(seventh, "en") == "Dec 7, 2026, 2:30\u202fPM"
    assert format_moment(seventh, "fr_CM") == "07/12/2026 14:30"
    assert format_moment(seventh, "fr_US") == format_moment(seventh, "fr")  # a pair Babel lacks: its language's
    assert format_moment(seventh, "en_ZZ") == format_moment(seventh, "en")  # (not French)
    names = ("CM", "cm", "Cameroon", " Cameroun ", "Sénégal")
    assert [country_code(v) for v in names] == ["CM", "CM", "CM", "CM", "SN"]
    assert [country_code(v) for v in ("", None, "ZZ", "Atlantis", "C")] == [None] * 5


def test_currency_decimals_come_from_cldr() -> None:
    from genuka_desk.models import currency_decimals

    assert [currency_decimals(c) for c in ("XAF", "xof", "EUR", "NGN", None)] == [0, 0, 2, 2, 0]
