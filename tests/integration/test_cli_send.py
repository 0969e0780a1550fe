"""``genuka-desk orders send``: Genuka's e-mail queued and sent once, or the WhatsApp link printed."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from genuka_desk import cli
from genuka_desk.demo import DemoServer
from tests.integration.test_cli import Run, logged_in, run  # noqa: F401  (the fixture)

_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _reachable(server: DemoServer) -> str:
    """The reference of an order whose customer has an e-mail address and a phone."""
    for order_id in server.store.by_id:
        body = server.store.get_order(order_id)
        customer = body.get("customer") or {}
        if _ADDRESS.fullmatch(str(customer.get("email") or "")) and customer.get("phone") and not body["deleted_at"]:
            return str(body["reference"])
    raise AssertionError("no such order")


def test_orders_send_emails_once_or_prints_the_whatsapp_link(
    run: Run,  # noqa: F811
    demo_server: DemoServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logged_in(run)
    reference = _reachable(demo_server)
    code, out, _ = run("orders", "send", reference, "--whatsapp", "--as", "invoice")
    assert code == 0
    parts = urlsplit(out.strip())
    assert parts.netloc == "wa.me"
    (text,) = parse_qs(parts.query)["text"]
    assert f"invoice for order {reference}" in text and "/invoice" in text
    assert [w for w in demo_server.stats()["writes"] if w["kind"] == "notify"] == []  # a link sends nothing
    code, out, _ = run("orders", "send", reference, "--lang", "fr")
    assert code == 0 and "Sent to the server." in out
    (sent,) = [w for w in demo_server.stats()["writes"] if w["kind"] == "notify"]
    assert sent["locale"] == "fr"
    from genuka_desk.ui.send.words import send_words  # what genuka_desk.__main__ hands in

    code = cli.main(
        ["orders", "send", reference, "--whatsapp", "--lang", "fr", "--data-dir", str(run.data_dir)], words=send_words
    )
    out = capsys.readouterr().out
    assert code == 0 and "Bonjour" in parse_qs(urlsplit(out.strip()).query)["text"][0]
