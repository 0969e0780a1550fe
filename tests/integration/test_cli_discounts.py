"""``discounts list`` and ``discounts check CODE [--order REF]`` against the demo, in JSON and in words."""

from __future__ import annotations

from pathlib import Path

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


def test_discounts_list_shows_the_valid_ones_and_all_with_why_not(cli: Run) -> None:
    logged_in(cli)
    listed = cli.json("discounts", "list")
    assert sorted(d["code"] for d in listed) == ["AUTO5", "BIENVENUE10", "MOINS2000", "SACS15"]
    auto = next(d for d in listed if d["code"] == "AUTO5")
    assert auto["automatic"] is True and auto["value"] == "5" and auto["requirement_type"] == "min_cart_amount"
    every = {d["code"]: d for d in cli.json("discounts", "list", "--all")}
    assert every["NOEL2025"]["why_not"] == "ended" and every["PAUSE"]["why_not"] == "inactive"
    code, out, _ = cli("discounts", "list", "--all")
    assert code == 0 and "BIENVENUE10" in out and "ended" in out


def test_discounts_check_judges_a_code_against_an_order(cli: Run, demo_server: DemoServer) -> None:
    logged_in(cli)
    orders = cli.json("orders", "list", "--limit", "60")["orders"]
    big = next(o for o in orders if float(o["total"] or 0) >= 20000)
    checked = cli.json("discounts", "check", "MOINS2000", "--order", big["reference"])
    assert checked["ok"] is True and checked["amount_off"] == "2000" and checked["discount"]["code"] == "MOINS2000"
    code, out, _ = cli("discounts", "check", "NOEL2025", "--order", big["reference"])
    assert code == 1 and "does not apply" in out and "ended" in out
    code, out, _ = cli("discounts", "check", "moins2000")
    assert code == 3 and "No discount has the code" in out
    code, out, _ = cli("discounts", "check", "BIENVENUE10")  # an empty cart: the minimum is not met
    assert code == 1 and "must reach 10000" in out
    code, out, _ = cli("discounts", "check", "MOINS2000", "--order", "NOPE-404")
    assert code == 3 and "Traceback" not in out
