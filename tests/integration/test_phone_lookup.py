"""A known customer is found whatever way their phone was typed, on either side (stored or searched)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from genuka_desk import cli
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import OrderService
from tests.support.phones import bare_customer
from tests.support.processes import profile_folder
from tests.support.services import make_service

# How the same number is typed at a till, in the back office, or on a receipt.
SPELLINGS = ["+237 694 18 21 99", "694182199", "00237 694 18 21 99", "694.18.21.99", "+237694182199", "0694182199"]


@pytest_asyncio.fixture
async def synced(demo_server: DemoServer, tmp_path: Path) -> AsyncIterator[OrderService]:
    service = make_service(demo_server, tmp_path / "p")
    yield service
    await service.close()


@pytest.mark.asyncio
async def test_a_customer_stored_as_bare_digits_is_found_by_every_spelling(
    demo_server: DemoServer, synced: OrderService
) -> None:
    wanted = bare_customer(demo_server)
    assert (await synced.sync()).complete
    for typed in SPELLINGS:
        assert wanted in {c.id for c in synced.customers.search(typed)}, typed
        found = synced.customers.by_phone(typed)
        assert found is not None and found.id == wanted, typed
    assert wanted in {c.id for c in synced.customers.search("+237 694 18")}  # still typing
    assert synced.customers.by_phone("+237 694 18 21 98") is None  # one digit off: somebody else


@pytest.mark.asyncio
async def test_a_customer_stored_with_the_country_code_is_found_by_every_spelling(
    demo_server: DemoServer, synced: OrderService
) -> None:
    assert (await synced.sync()).complete
    customer = demo_server.store.data.customers[4]  # stored as "+237 6xx xx xx xx"
    nine = "".join(ch for ch in customer["phone"] if ch.isdigit())[3:]
    for typed in (nine, f"00237{nine}", ".".join((nine[:3], nine[3:5], nine[5:7], nine[7:])), f"0{nine}"):
        assert customer["id"] in {c.id for c in synced.customers.search(typed)}, typed
        found = synced.customers.by_phone(typed)
        assert found is not None and found.id == customer["id"], typed


def test_the_cli_sells_to_the_known_customer_whatever_the_spelling(
    demo_server: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wanted = bare_customer(demo_server)
    monkeypatch.setenv("GENUKA_BASE_URL", demo_server.url)
    monkeypatch.setenv("GENUKA_COMPANY", demo_server.company_id)
    monkeypatch.setenv("GENUKA_TOKEN", DEMO_ADMIN_KEY)
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")
    data = ["--data-dir", str(tmp_path)]
    assert cli.main(["sync", *data]) == 0
    capsys.readouterr()
    assert cli.main(["customers", "list", "--search", "00237 694 18 21 99", "--json", *data]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [wanted]
    sale = ["orders", "create", "--customer-phone", "+237 694 18 21 99", "--line", "Savon:1:500", "--json", *data]
    assert cli.main(sale) == 0
    created = json.loads(capsys.readouterr().out)
    assert demo_server.store.get_order(created["id"])["customer"]["id"] == wanted
    # The desk itself took them for the known customer (the demo would also match a new one by phone).
    desk = make_service(demo_server, profile_folder(demo_server, tmp_path))
    try:
        sales = [c.draft for c in desk.changes.queue(include_sent=True) if c.draft is not None]
        assert [d.customer.id for d in sales] == [wanted]
    finally:
        asyncio.run(desk.close())
