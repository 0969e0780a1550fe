"""``genuka-desk doctor`` end to end against the demo: what it says, its exit code, and never a token."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from genuka_desk import cli
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service.credentials import TokenStore
from genuka_desk.store import CACHE_FILE
from tests.support.damage import damage, past_the_roots


class Doctor:
    """Runs ``genuka-desk`` in process with one data folder and keeps everything it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self.capsys = capsys
        self.data_dir = data_dir
        self.printed = ""

    def __call__(self, *args: str) -> tuple[int, str]:
        code = cli.main([*args, "--data-dir", str(self.data_dir)])
        out, err = self.capsys.readouterr()
        self.printed += out + err
        assert "Traceback" not in out + err
        return code, out

    def log_in(self) -> str:
        """Log in as the demo's admin and sync; the login token kept."""
        code, _ = self("login", "--email", "demo@genuka.com", "--password", "password")
        assert code == 0
        assert self("sync")[0] == 0
        token = TokenStore(self.data_dir / "config", "default").load()
        assert token
        return token


@pytest.fixture
def server() -> Iterator[DemoServer]:
    demo = DemoServer(orders=40, seed=3).start()
    yield demo
    demo.stop()


@pytest.fixture
def doctor(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Doctor:
    monkeypatch.delenv("GENUKA_TOKEN", raising=False)
    monkeypatch.delenv("GENUKA_COMPANY", raising=False)
    monkeypatch.setenv("GENUKA_DESK_LANG", "en")
    return Doctor(capsys, tmp_path / "state")


def use(server: DemoServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENUKA_BASE_URL", server.url)


def test_logged_out_it_says_so_and_exits_2(doctor: Doctor, server: DemoServer, monkeypatch: pytest.MonkeyPatch) -> None:
    use(server, monkeypatch)
    code, out = doctor("doctor")
    assert code == 2
    assert f"Server: {server.url} (answers)" in out
    assert "Logged in: no: run `genuka-desk login`" in out
    assert "What the server offers: not known yet" in out


def test_logged_in_it_reports_everything_and_no_token(
    doctor: Doctor, server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(server, monkeypatch)
    token = doctor.log_in()
    code, out = doctor("doctor")
    assert code == 0, out
    for expected in (
        f"Server: {server.url} (answers)",
        "Logged in: yes, as demo@genuka.com",
        f"Company: Boutique Mboa (démo) ({server.company_id})",
        "Shop: none chosen (every shop)",
        "What the server offers (checked now):",
        "Mobile Sync, pull: yes",
        "Mobile Sync, push (idempotency key): yes",
        "Cash control: off",
        "Clock: in step with the server",
        "  sound",
        "Changes not sent: 0 waiting, 0 refused, 0 in conflict",
        "Orders on this computer: 40",
    ):
        assert expected in out, (expected, out)
    data = json.loads(doctor("doctor", "--json")[1])
    assert data["capabilities"]["sync_push"] is True and data["capabilities"]["cash_control"] is False
    assert data["files"]["sound"] is True and data["queue"] == {"pending": 0, "failed": 0, "conflict": 0}
    # An API key given on the command line is not shown either.
    code, out = doctor("doctor", "--token", DEMO_ADMIN_KEY)
    assert code == 0 and "Logged in: yes" in out
    assert token not in doctor.printed
    assert DEMO_ADMIN_KEY not in doctor.printed
    assert server.stats()["writes"] == []  # looking wrote nothing


def test_offline_it_shows_the_last_look_with_its_date_and_exits_4(
    doctor: Doctor, server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(server, monkeypatch)
    doctor.log_in()
    assert doctor("doctor")[0] == 0
    server.stop()
    code, out = doctor("doctor")
    assert code == 4
    assert f"Server: {server.url} (cannot be reached)" in out
    assert "What the server offers (as found on " in out and "Mobile Sync, push (idempotency key): yes" in out
    assert "Clock: in step with the server (within 1 s) (as found on " in out


def test_a_server_without_mobile_sync_and_a_clock_far_off(doctor: Doctor, monkeypatch: pytest.MonkeyPatch) -> None:
    server = DemoServer(orders=5, mobile_sync=False, cash_control=True, clock_offset=-900).start()
    try:
        use(server, monkeypatch)
        doctor.log_in()
        code, out = doctor("doctor")
    finally:
        server.stop()
    assert code == 0
    assert "Mobile Sync, pull: no" in out and "Mobile Sync, push (idempotency key): no" in out
    assert "Cash control: on" in out
    assert "Clock: this computer is 15 min ahead of the server" in out
    assert "Set this computer's clock right" in out


def test_in_french(doctor: Doctor, server: DemoServer, monkeypatch: pytest.MonkeyPatch) -> None:
    use(server, monkeypatch)
    doctor.log_in()
    monkeypatch.setenv("GENUKA_DESK_LANG", "fr")
    code, out = doctor("doctor")
    assert code == 0
    for expected in (
        "Genuka Desk : diagnostic",
        "Connexion : oui, en tant que demo@genuka.com",
        "Ce que le serveur propose (vérifié à l’instant) :",
        "Contrôle de caisse : désactivé",
        "Horloge : à l’heure du serveur",
        "Modifications non envoyées : 0 en attente, 0 refusée(s), 0 en conflit",
    ):
        assert expected in out, (expected, out)


def test_a_damaged_local_copy_is_reported_and_exits_1(
    doctor: Doctor, server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(server, monkeypatch)
    doctor.log_in()
    cache = next((doctor.data_dir / "data").rglob(CACHE_FILE))
    damage(cache, past_the_roots(cache))  # opens, but a full check fails
    code, out = doctor("doctor")
    assert code == 1
    assert "the local copy of the orders is DAMAGED" in out and "  sound" not in out
