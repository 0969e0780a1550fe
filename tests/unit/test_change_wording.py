"""A queued change is read once for both front ends; the terminal's words say it in English and French."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from genuka_desk.cli.change_words import change_lines, errors_lines, key_label, key_value, theirs_lines
from genuka_desk.models import LineChange, NewCustomer, NewLine, NewOrder, NewOrderLine, NewPayment, OrderEdit
from genuka_desk.service import change_wording as wording
from tests.support.changes import captured_order, queued


class Marks:
    """A wording that says which of its words it was asked for: the reading, with no language at all."""

    def a_line(self) -> str:
        return "<line>"

    def quantity(self) -> str:
        return "<qty>"

    def unit_price(self) -> str:
        return "<price>"

    def address_side(self, side: str) -> str:
        return f"<{side}>"

    def address_part(self, part: str) -> str:
        return f"<{part}>"

    def field(self, key: str) -> str:
        return f"<{key}>"

    def value(self, key: str, value: Any) -> str:
        return f"<{key}={value}>"

    def pair(self, label: str, value: str) -> str:
        return f"{label}={value}"

    def line_quantity(self, line: str, quantity: int) -> str:
        return f"{line} qty {quantity}"

    def line_price(self, line: str, price: str) -> str:
        return f"{line} price {price}"

    def payment(self, amount: str, method: str) -> str:
        return f"pay {amount} by {method}"

    def payment_deleted(self) -> str:
        return "unpaid"

    def sale(self, who: str, lines: str) -> str:
        return f"sale to {who}: {lines}"

    def removed(self, line: str) -> str:
        return f"{line} removed"

    def added(self, title: str, quantity: int) -> str:
        return f"{title} added × {quantity}"


def test_a_key_is_named_by_its_line_its_address_side_or_its_field() -> None:
    words, sold = Marks(), captured_order()
    assert wording.key_label("lines.4839", sold, words) == "Sac bleu"
    assert wording.key_label("lines.4839.quantity", sold, words) == "Sac bleu (<qty>)"
    assert wording.key_label("lines.4839.price", sold, words) == "Sac bleu (<price>)"
    assert wording.key_label("lines.4839.price", None, words) == "<line> (<price>)"  # no order at hand
    assert wording.key_label("lines.77", sold, words) == "<line>"  # a line the order no longer has
    assert wording.key_label("billing.address.city", sold, words) == "<billing> (<city>)"
    assert wording.key_label("shipping.address.line1", None, words) == "<shipping> (<line1>)"
    assert wording.key_label("elsewhere.address.city", None, words) == "<elsewhere.address.city>"
    assert wording.key_label("shipping.status", None, words) == "<shipping.status>"


def test_a_value_is_money_nothing_or_the_front_ends_word() -> None:
    words = Marks()
    assert wording.key_value("shipping.amount", "1500", "XAF", "en", words) == "1,500\xa0FCFA"
    assert wording.key_value("lines.4839.price", 2500, "XAF", "fr", words) == "2\u202f500\xa0FCFA"
    assert wording.key_value("shipping.amount", "abc", "XAF", "en", words) == "abc"  # not money: as sent
    assert wording.key_value("shipping.status", None, "XAF", "en", words) == "—"
    assert wording.key_value("shipping.status", "", "XAF", "en", words) == "—"
    assert wording.key_value("shipping.status", "delivered", "XAF", "en", words) == "<shipping.status=delivered>"


def test_a_change_is_read_in_one_order_for_every_front_end() -> None:
    words, sold = Marks(), captured_order()
    edit = OrderEdit(
        fields={"shipping.status": "delivered", "shipping.amount": 1000},
        lines={"4839": LineChange(quantity=3, price=Decimal(2500))},
        removed_lines=["4839"],
        added_lines=[
            NewLine(product_id="p1", title="Pagne", quantity=2, price=Decimal(10)),
            NewLine(product_id="p2", quantity=1, price=Decimal(1)),
        ],
    )
    assert wording.change_lines(queued(edit), sold, "en", words) == [
        "<shipping.status>=<shipping.status=delivered>",
        "<shipping.amount>=1,000\xa0FCFA",
        "Sac bleu qty 3",
        "Sac bleu price 2,500\xa0FCFA",
        "Sac bleu removed",
        "Pagne added × 2",
        "p2 added × 1",  # no title: its product
    ]
    paid = queued(payment=NewPayment(amount=Decimal(5000), method="cash", treasury_account_id="t"))
    assert wording.change_lines(paid, sold, "en", words) == ["pay 5,000\xa0FCFA by cash"]
    assert wording.change_lines(queued(removal="p9"), sold, "en", words) == ["unpaid"]
    sale = NewOrder(
        customer=NewCustomer(phone="+237690000000"),
        lines=[NewOrderLine(product_id="p", title="Sac", quantity=2, price=Decimal(100))],
    )
    assert wording.change_lines(queued(draft=sale), None, "en", words) == ["sale to +237690000000: Sac × 2"]
    assert wording.change_lines(queued(draft=NewOrder()), None, "en", words) == ["sale to —: "]


def test_a_payment_way_is_named_as_the_shop_names_it() -> None:
    sold = captured_order()
    assert wording.method_name(sold, "cash") == "Cash" and wording.method_name(sold, "PawaPay") == "PawaPay"
    assert wording.method_name(sold, "cheque") is None and wording.method_name(None, "cash") is None


def test_the_terminal_says_a_change_in_english_and_in_french() -> None:
    sold = captured_order()
    edit = OrderEdit(
        fields={"shipping.status": "delivered", "billing.status": "cancelled", "shipping.mode": "PICKUP"},
        lines={"4839": LineChange(quantity=3)},
    )
    assert change_lines(queued(edit), sold, "en") == [
        "Delivery: Delivered",
        "Payment: Canceled",
        "Delivery mode: Pickup",
        "Sac bleu (quantity): 3",
    ]
    assert change_lines(queued(edit), sold, "fr") == [
        "Livraison : Livrée",
        "Paiement : Annulée",
        "Mode de livraison : Retrait",
        "Sac bleu (quantité) : 3",
    ]
    paid = queued(payment=NewPayment(amount=Decimal(5000), method="cash", treasury_account_id="t"))
    assert change_lines(paid, sold, "en") == ["Payment of 5,000\xa0FCFA (cash)"]  # the way's code, as typed
    assert key_label("billing.address.postal_code", None, "fr") == "Adresse de facturation (code postal)"
    assert key_label("shipping.address.floor", None, "en") == "Shipping address (floor)"  # a part it has no word for
    assert key_value("shipping.status", "lost", "XAF", "en") == "lost"  # a status it has no word for: as sent
    conflict = queued(theirs={"lines.4839.quantity": 4}, field_errors={"billing.address.city": ["too long", "odd"]})
    assert theirs_lines(conflict, sold, "en") == ["Sac bleu (quantity): 4"]
    assert errors_lines(conflict, sold, "fr") == ["Adresse de facturation (ville) : too long; odd"]
