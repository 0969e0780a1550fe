"""``products list`` shows the stock the desk knows: the server's, lowered at once by a sale queued offline, once."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from genuka_desk.demo import DemoServer
from tests.integration.test_cli import Run, logged_in


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> Run:
    """The CLI against the demo, in English (as test_cli.py's ``run``)."""
    monkeypatch.setenv("GENUKA_BASE_URL", demo_server.url)
    monkeypatch.delenv("GENUKA_TOKEN", raising=False)
    monkeypatch.delenv("GENUKA_COMPANY", raising=False)
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")
    return Run(capsys, tmp_path / "state")


def _listed(run: Run, sku: str) -> dict[str, Any]:
    return next(p for p in run.json("products", "list", "--search", sku) if p["sku"] == sku.lower())


def test_products_list_shows_the_stock_lowered_by_a_sale_queued_offline(
    cli: Run, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = cli
    logged_in(run)
    followed = [p for p in run.json("products", "list", "--limit", "200") if p["stock"] and p["sku"]]
    item = next(p for p in followed if Decimal(p["stock"]) >= 3)
    # No shop chosen at login: every warehouse's quantity (GET /admin/stocks).
    held = demo_server.store.stocks.list_stocks({"filter[product_variants]": item["variant_id"]}, "", "pagination")
    assert Decimal(item["stock"]) == Decimal(str(held["data"][0]["quantity"]))
    monkeypatch.setenv("GENUKA_BASE_URL", "http://127.0.0.1:9")  # offline
    code, out, _ = run("orders", "create", "--customer-phone", "6 99 11 22 44", "--line", f"{item['sku']}:2")
    assert code == 0 and "not sent yet" in out, out
    lowered = Decimal(item["stock"]) - 2
    assert Decimal(_listed(run, item["sku"])["stock"]) == lowered
    code, out, _ = run("products", "list", "--search", item["sku"])
    assert code == 0 and f"stock {lowered.normalize():f}" in out, out
    monkeypatch.setenv("GENUKA_BASE_URL", demo_server.url)
    assert run("sync")[0] == 0
    assert Decimal(_listed(run, item["sku"])["stock"]) == lowered  # the server's figure now: not lowered twice
