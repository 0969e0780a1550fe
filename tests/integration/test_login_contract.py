"""Login as documented: both answer shapes, API keys as Bearer (no X-API-Key), logout, several companies."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from genuka_desk import cli
from genuka_desk.api import API_VERSION, AuthError, GenukaClient
from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_PASSWORD, DemoServer
from genuka_desk.demo.accounts import SECOND_COMPANY
from genuka_desk.models import LoginResult
from genuka_desk.service import AppPaths, Desk
from genuka_desk.service.credentials import TokenStore
from genuka_desk.service.profile import Profile
from tests.support.fixtures import load_fixture


def test_both_documented_login_answers_give_the_token_and_its_scopes() -> None:
    plain = LoginResult.from_body(
        {"plainTextToken": "tok-1", "accessToken": {"id": "x", "scopes": ["orders.view"]}, "companyId": "c1"}
    )
    assert plain.access_token.get_secret_value() == "tok-1" and plain.company_id == "c1"
    assert plain.can("orders.view") and not plain.can("orders.update")
    captured = LoginResult.from_body(load_fixture("auth-login.200.json"))
    assert captured.access_token.get_secret_value() and captured.can("orders.update")
    several = LoginResult.from_body(
        {"accessToken": "t", "companyId": "a", "companies": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}
    )
    assert several.must_pick_company and [c.id for c in several.companies] == ["a", "b"]


@pytest.mark.asyncio
@pytest.mark.parametrize("shape", ["documented", "plain"])
async def test_login_works_with_either_shape_over_http(shape: str) -> None:
    with DemoServer(orders=5, login_shape=shape) as server:
        async with GenukaClient(server.url) as client:
            result = await client.login("demo@genuka.com", DEMO_PASSWORD)
            assert result.company_id == server.company_id
            await client.ping()  # the token it took works
            with pytest.raises(AuthError):
                await client.login("demo@genuka.com", "wrong")  # the documented 500, read by status


@pytest.mark.asyncio
async def test_an_api_key_goes_as_bearer_and_the_demo_refuses_x_api_key() -> None:
    with DemoServer(orders=5) as server:
        seen: list[httpx.Headers] = []

        async def keep(request: httpx.Request) -> None:
            seen.append(request.headers)

        async with GenukaClient(server.url) as client:
            client._http.event_hooks["request"].append(keep)
            await client.use_api_key(DEMO_ADMIN_KEY, server.company_id)
            await client.ping()
            with pytest.raises(AuthError):
                await client.use_api_key("not-a-key", server.company_id)
        assert seen and all(h.get("Authorization", "").startswith("Bearer ") for h in seen)
        assert not any("X-API-Key" in h for h in seen)
        # The documented contract has no X-API-Key: the demo is never friendlier than that.
        orders = f"{server.url}/{API_VERSION}/admin/orders"
        async with httpx.AsyncClient() as raw:
            company = {"X-Company": server.company_id, "Accept": "application/json"}
            refused = await raw.get(orders, headers={**company, "X-API-Key": DEMO_ADMIN_KEY})
            taken = await raw.get(orders, headers={**company, "Authorization": f"Bearer {DEMO_ADMIN_KEY}"})
        assert (refused.status_code, taken.status_code) == (401, 200)


@pytest.mark.asyncio
async def test_a_profile_saved_with_the_old_api_key_scheme_is_an_api_key_sent_as_bearer(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    with DemoServer(orders=5) as server:
        saved = {"base_url": server.url, "company_id": server.company_id, "auth_scheme": "api-key"}
        Profile.path(config).write_text(json.dumps(saved), encoding="utf-8")
        TokenStore(config, "default").save(DEMO_ADMIN_KEY)
        desk = Desk(AppPaths(data_dir=tmp_path / "data", config_dir=config, log_dir=tmp_path / "logs"))
        session = desk.saved_session()
        assert session is not None and session.profile.api_key and not session.can_switch_company
        service = desk.open(session)
        try:
            report = await service.sync()
        finally:
            await service.close()
        assert report.complete and not report.auth_required


@pytest.mark.asyncio
async def test_logout_revokes_the_token_on_the_server() -> None:
    with DemoServer(orders=5) as server:
        async with GenukaClient(server.url) as client:
            await client.login("demo@genuka.com", DEMO_PASSWORD)
            await client.logout()
            with pytest.raises(AuthError):
                await client.ping()


@pytest.mark.asyncio
async def test_a_user_of_two_companies_switches_and_the_old_token_dies() -> None:
    with DemoServer(orders=5, companies=2) as server:
        async with GenukaClient(server.url) as client:
            result = await client.login("demo@genuka.com", DEMO_PASSWORD)
            assert result.must_pick_company
            old = result.access_token.get_secret_value()
            assert {c.id for c in await client.list_companies()} == {server.company_id, SECOND_COMPANY["id"]}
            switched = await client.switch_company(SECOND_COMPANY["id"])
            assert switched.company_id == SECOND_COMPANY["id"] and client.company_id == SECOND_COMPANY["id"]
            page = await client.list_orders()
            assert page.items == []  # the second shop has no orders yet
        async with GenukaClient(server.url, company_id=server.company_id, token=old) as stale:
            with pytest.raises(AuthError):
                await stale.ping()


def test_cli_login_picks_the_company_and_logout_revokes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with DemoServer(orders=5, companies=2, login_shape="plain") as server:
        monkeypatch.setenv("GENUKA_BASE_URL", server.url)
        monkeypatch.delenv("GENUKA_TOKEN", raising=False)
        monkeypatch.delenv("GENUKA_COMPANY", raising=False)
        data = ["--data-dir", str(tmp_path)]
        monkeypatch.setattr("builtins.input", lambda prompt="": "2")
        code = cli.main(["login", "--email", "demo@genuka.com", "--password", DEMO_PASSWORD, *data])
        out = capsys.readouterr().out
        assert code == 0 and SECOND_COMPANY["id"] in out and "several companies" in out
        profile = Profile.load(tmp_path / "config")
        assert profile.company_id == SECOND_COMPANY["id"] and not profile.api_key
        tokens = list(server.accounts.tokens)
        assert len(tokens) == 1
        assert cli.main(["logout", *data]) == 0
        assert server.accounts.tokens == {}, "revoked on the server"
        # An API key (sent as Bearer): the profile says it is one.
        code = cli.main(["login", "--token", DEMO_ADMIN_KEY, "--company", server.company_id, *data])
        assert code == 0 and Profile.load(tmp_path / "config").api_key
        assert cli.main(["sync", *data]) == 0


def test_cli_switches_company_and_each_company_keeps_its_own_orders_and_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with DemoServer(orders=5, companies=2) as server:
        monkeypatch.setenv("GENUKA_BASE_URL", server.url)
        monkeypatch.delenv("GENUKA_TOKEN", raising=False)
        monkeypatch.delenv("GENUKA_COMPANY", raising=False)
        data = ["--data-dir", str(tmp_path)]
        login = ["login", "--email", "demo@genuka.com", "--password", DEMO_PASSWORD, "--company", server.company_id]
        assert cli.main([*login, *data]) == 0
        assert cli.main(["sync", *data]) == 0
        first = Profile.load(tmp_path / "config")
        # A change the server refuses stays unsent in the first company's queue.
        server.faults.arm("business", 1, method="PUT")
        bodies = [server.store.get_order(row.id) for row in server.store.rows]
        reference = next(b["reference"] for b in bodies if b["shipping"]["status"] != "delivered")
        assert cli.main(["orders", "set-status", reference, "--shipping", "delivered", *data]) == 4
        capsys.readouterr()
        assert cli.main(["company", "--json", *data]) == 0
        listed = json.loads(capsys.readouterr().out)["companies"]
        assert {c["id"]: c["current"] for c in listed} == {server.company_id: True, SECOND_COMPANY["id"]: False}
        old_token = TokenStore(tmp_path / "config", "default").load()
        monkeypatch.setenv("GENUKA_DESK_LANG", "en")
        assert cli.main(["company", *data, "switch", SECOND_COMPANY["id"]]) == 0
        said = capsys.readouterr()
        assert "Now serving" in said.out and "1 change(s) of the previous company were not sent yet" in said.out
        assert "other desks and devices logged in as you will need to log in again" in said.err
        second = Profile.load(tmp_path / "config")
        assert second.company_id == SECOND_COMPANY["id"]
        assert TokenStore(tmp_path / "config", "default").load() != old_token
        assert old_token not in server.accounts.tokens, "the server revoked the old token"
        # The second company's folder is its own: none of the first company's orders or changes.
        assert second.data_folder(tmp_path / "data") != first.data_folder(tmp_path / "data")
        assert cli.main(["sync", *data]) == 0
        capsys.readouterr()
        assert cli.main(["orders", "list", "--json", *data]) == 0
        assert json.loads(capsys.readouterr().out)["orders"] == []
        assert cli.main(["queue", "--json", *data]) == 0
        assert json.loads(capsys.readouterr().out) == []
        # Back to the first company: its refused change is still there. The note speaks French too.
        monkeypatch.setenv("GENUKA_DESK_LANG", "fr")
        assert cli.main(["company", *data, "switch", server.company_id]) == 0
        assert "devront se reconnecter" in capsys.readouterr().err
        assert cli.main(["queue", "--json", *data]) == 4  # 4: changes remain unsent
        assert len(json.loads(capsys.readouterr().out)) == 1


def test_files_of_the_one_folder_layout_move_into_the_company_folder(tmp_path: Path) -> None:
    from genuka_desk.service import AppPaths, Desk
    from genuka_desk.store import QUEUE_FILE, LocalStore

    desk = Desk(AppPaths(data_dir=tmp_path, config_dir=tmp_path / "config", log_dir=tmp_path / "logs"))

    profile = Profile(name="default", company_id="01abc")
    with LocalStore(tmp_path / "default") as old:
        assert old.queue.unsent_count() == 0
    folder = desk.folder(profile)
    assert folder == tmp_path / "default" / "company-01abc"
    assert (folder / QUEUE_FILE).exists() and not (tmp_path / "default" / QUEUE_FILE).exists()
    # A folder that has its own queue is never overwritten.
    with LocalStore(tmp_path / "default") as again:
        assert again.queue.unsent_count() == 0
    assert desk.folder(profile) == folder and (tmp_path / "default" / QUEUE_FILE).exists()
