"""Send to the customer over real HTTP: Genuka's e-mail (notify) at most once, the WhatsApp link, the public invoice."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.models.held import NOTICE_NOT_DELIVERED, UNSURE_NOTICE
from genuka_desk.service import ChangeState, ListQuery, OrderService, PaperKind, SendWords, ServiceError
from genuka_desk.store import ChangeKind
from tests.support.services import settle, writes_of

JSON = {"Accept": "application/json"}


def _with_email(service: OrderService, has: bool = True) -> str:
    """An order whose customer has an e-mail address (or, ``has`` False, none the server can deliver to)."""
    for row in service.orders.rows(ListQuery(limit=None)):
        plan = service.send.plan(row.id, "fr")
        order = service.orders.cached(row.id)
        if order is None or order.cancelled or not order.customer:
            continue
        if bool(plan.email) == has:
            return row.id
    raise AssertionError("no such order in the demo")


def _notices(server: DemoServer, key: str) -> list[dict[str, object]]:
    return [w for w in writes_of(server, key) if w["kind"] == "notify"]


@pytest.mark.asyncio
async def test_the_email_is_queued_shown_at_once_and_sent_once(demo_server: DemoServer, service: OrderService) -> None:
    order_id = _with_email(service)
    change = await service.send.email(order_id, "fr")
    waiting = service.changes.queue()
    assert [(c.kind, c.state) for c in waiting] == [(ChangeKind.NOTIFY, ChangeState.PENDING)]
    assert "e-mail" in waiting[0].summary()
    await settle(service)
    assert service.changes.get(change.id).state is ChangeState.SENT
    (sent,) = _notices(demo_server, change.key)
    email = service.send.plan(order_id, "en").email
    assert sent["order_id"] == order_id and sent["locale"] == "fr" and email in sent["to"]  # type: ignore[operator]
    await settle(service)
    assert len(_notices(demo_server, change.key)) == 1


@pytest.mark.parametrize("mode", ["drop", "reset", "stall"])
@pytest.mark.asyncio
async def test_an_email_whose_answer_is_lost_is_never_sent_again_by_itself(
    demo_server: DemoServer, service: OrderService, mode: str
) -> None:
    order_id = _with_email(service)
    demo_server.faults.arm(mode, method="POST", path="/notify", stall=2.5)
    change = await service.send.email(order_id, "en")
    await settle(service)
    held = service.changes.get(change.id)
    assert held.state is ChangeState.FAILED and held.last_error == UNSURE_NOTICE
    landed = len(_notices(demo_server, change.key))
    assert landed == (0 if mode == "stall" else 1)  # a stall is cut before it is processed: nothing went
    await settle(service)
    assert len(_notices(demo_server, change.key)) == landed  # still held: never twice by itself
    await service.changes.retry(change.id)  # the clerk asked the customer: send it as they confirmed
    await settle(service)
    assert service.changes.get(change.id).state is ChangeState.SENT
    assert len(_notices(demo_server, change.key)) == landed + 1


@pytest.mark.asyncio
async def test_a_delivery_error_is_held_with_the_servers_words(demo_server: DemoServer, service: OrderService) -> None:
    order_id = _with_email(service)
    demo_server.faults.arm("500-after", method="POST", path="/notify")  # processed, then the documented 500
    change = await service.send.email(order_id, "fr")
    await settle(service)
    held = service.changes.get(change.id)
    assert held.state is ChangeState.FAILED
    assert held.last_error == NOTICE_NOT_DELIVERED.format(reason="Failed: Server Error")
    assert len(_notices(demo_server, change.key)) == 1


@pytest.mark.asyncio
async def test_a_customer_without_an_email_is_refused_before_anything_is_queued(service: OrderService) -> None:
    order_id = _with_email(service, has=False)
    with pytest.raises(ServiceError, match="no e-mail address"):
        await service.send.email(order_id, "fr")
    assert service.changes.queue() == []


@pytest.mark.asyncio
async def test_offline_the_email_waits_and_goes_once_back_online(
    demo_server: DemoServer, service: OrderService
) -> None:
    order_id = _with_email(service)
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    change = await service.send.email(order_id, "en")
    await service.sync()  # offline: it waits, nothing went
    assert service.changes.get(change.id).state is ChangeState.PENDING
    with DemoServer(store=store, port=port) as back:
        await settle(service)
        assert service.changes.get(change.id).state is ChangeState.SENT
        assert len(_notices(back, change.key)) == 1


@pytest.mark.asyncio
async def test_a_sale_taken_offline_is_emailed_after_its_creation(
    demo_server: DemoServer, service: OrderService
) -> None:
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="699887766", email="awa.mbida@example.cm"))
    draft.add(NewOrderLine(title="Panier", quantity=2, price=Decimal(2500)))
    sale = await service.sales.create(draft)
    change = await service.send.email(sale.order_ref, "fr")
    words = service.send.message(sale.order_ref, PaperKind.RECEIPT, SendWords())
    assert service.send.link(sale.order_ref, PaperKind.RECEIPT) is None and "/invoices/" not in words
    with DemoServer(store=store, port=port) as back:
        await settle(service)
        created = await service.orders.get(sale.order_ref)
        assert service.changes.get(change.id).state is ChangeState.SENT
        (sent,) = _notices(back, change.key)
        assert sent["order_id"] == str(created.id) and "awa.mbida@example.cm" in sent["to"]  # type: ignore[operator]


@pytest.mark.asyncio
async def test_the_whatsapp_link_carries_the_receipt_and_the_public_link(
    demo_server: DemoServer, service: OrderService
) -> None:
    order_id = _with_email(service)
    order = service.orders.cached(order_id)
    assert order is not None
    link = service.send.whatsapp(order_id, PaperKind.RECEIPT, SendWords())
    parts = urlsplit(link)
    assert parts.netloc == "wa.me" and parts.path.startswith("/237")
    (text,) = parse_qs(parts.query)["text"]
    assert text.startswith(f"Hello {order.customer_name},")
    assert f"receipt for order {order.reference}" in text
    assert f"{demo_server.url}/2023-11/invoices/{order_id}?receipt=1" in text
    assert order.lines[0].title in text
    invoice = service.send.message(order_id, PaperKind.INVOICE, SendWords(language="fr", total="Total : %s"))
    assert f"/2023-11/invoices/{order_id}/invoice" in invoice and "Total : " in invoice
    async with httpx.AsyncClient() as http:  # the link the customer gets opens without a login
        page = await http.get(f"{demo_server.url}/2023-11/invoices/{order_id}", params={"receipt": "1"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert str(order.reference) in page.text


def test_the_public_invoice_needs_no_login_and_is_html_or_pdf(demo_server: DemoServer) -> None:
    order_id = next(iter(demo_server.store.by_id))
    base = f"{demo_server.url}/2023-11"
    with httpx.Client() as http:
        html = http.get(f"{base}/invoices/{order_id}")
        receipt = http.get(f"{base}/invoices/{order_id}", params={"receipt": ""})
        pdf = http.get(f"{base}/invoices/{order_id}/invoice")
        pdf_receipt = http.get(f"{base}/invoices/{order_id}/invoice?receipt=1")
        alias = http.get(f"{base}/invoice/{order_id}", headers=JSON)
        missing = http.get(f"{base}/invoices/01nosuchorder0000000000000/invoice", headers=JSON)
    assert html.status_code == 200 and "text/html" in html.headers["content-type"] and "<h1>Invoice" in html.text
    assert receipt.status_code == 200 and "<h1>Receipt" in receipt.text and 'class="qr"' in receipt.text
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and pdf.content.rstrip().endswith(b"%%EOF")
    assert "text/html" in pdf_receipt.headers["content-type"] and "<h1>Receipt" in pdf_receipt.text
    assert alias.status_code == 200 and alias.json()["id"] == order_id
    assert missing.status_code == 404 and missing.json()["code"] == 404


def test_notify_is_strict_as_documented(demo_server: DemoServer) -> None:
    from genuka_desk.demo import DEMO_ADMIN_KEY

    order_id = next(iter(demo_server.store.by_id))
    url = f"{demo_server.url}/2023-11/admin/orders/{order_id}/notify"
    headers = {"Accept": "application/json", "X-Company": demo_server.company_id}
    auth = {**headers, "Authorization": f"Bearer {DEMO_ADMIN_KEY}"}
    with httpx.Client() as http:
        assert http.post(url, headers=headers).status_code == 401
        assert http.post(url, headers=auth, params={"lang": "de"}).status_code == 422
        assert http.post(url, headers=auth, json={"locale": "es"}).status_code == 422
        gone = http.post(f"{demo_server.url}/2023-11/admin/orders/01nosuchorder0000000000000/notify", headers=auth)
        assert gone.status_code == 404
        answers = [
            http.post(url, headers=auth, params={"lang": "fr"}, json={}),
            http.post(url, headers={**auth, "Accept-Language": "fr-CM,fr"}),
        ]
    logged = [w for w in demo_server.stats()["writes"] if w["kind"] == "notify"]
    assert [w["locale"] for w in logged] == ["fr", "fr"]  # the query, then Accept-Language
    customer = demo_server.store.get_order(order_id).get("customer") or {}
    email = str(customer.get("email") or "")
    if "@" in email:
        assert all(a.status_code == 200 and a.json() == {"message": "Notification sent"} for a in answers)
    else:  # no address to deliver to: the shop's users got it, the answer is the documented 500
        assert all(a.status_code == 500 and "Notification delivery error" in a.json()["message"] for a in answers)
        assert all(w["to"] and email not in w["to"] for w in logged)
