"""The customer's language and the public link of the message sent to them."""

from __future__ import annotations

from genuka_desk.models import Order
from genuka_desk.service import PaperKind
from genuka_desk.service.send import customer_language
from genuka_desk.service.send_text import public_link


def _order(preferred: object) -> Order:
    customer = {"id": "c1", "preferred_language": preferred}
    return Order.from_raw({"id": "01k9ey2e5xpnq89y8m8w10senj", "customer": customer})


def test_the_customers_own_language_wins_else_the_desks() -> None:
    assert customer_language(_order("fr"), "en") == "fr"
    assert customer_language(_order("EN_us"), "fr") == "en"
    assert customer_language(_order(None), "fr") == "fr"  # null in the reference's examples
    assert customer_language(_order("de"), "en") == "en"  # not a language the desk ships
    assert customer_language(_order(None), "de") == "en"


def test_only_an_order_on_the_server_has_a_public_page() -> None:
    base = "https://api.genuka.com"
    order_id = "01k9ey2e5xpnq89y8m8w10senj"
    assert public_link(base, order_id, PaperKind.RECEIPT) == f"{base}/2023-11/invoices/{order_id}?receipt=1"
    assert public_link(base + "/", order_id, PaperKind.INVOICE) == f"{base}/2023-11/invoices/{order_id}/invoice"
    assert public_link(base, "local-01abc", PaperKind.RECEIPT) is None
