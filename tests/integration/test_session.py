"""The desk's sessions, as both front ends use them: log in, permissions kept, keys, switch, log out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_PASSWORD, DemoServer
from genuka_desk.demo.accounts import SECOND_COMPANY
from genuka_desk.models import CompanyChoice
from genuka_desk.service import (
    AppPaths,
    AuthError,
    CompanyNotChosen,
    Desk,
    ListQuery,
    Profile,
    ServiceError,
    UnsentChanges,
)
from genuka_desk.service.demo import start_demo
from genuka_desk.store import QUEUE_FILE


def desk_at(tmp_path: Path) -> Desk:
    return Desk(AppPaths.under(tmp_path).ensure())


@pytest.mark.asyncio
async def test_a_password_login_keeps_its_permissions_and_the_saved_session_reopens_with_them(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    desk = desk_at(tmp_path)
    profile = Profile(base_url=demo_server.url)
    reader = await desk.log_in(profile, "lecture@genuka.com", DEMO_PASSWORD)
    assert reader.read_only and reader.profile.read_only and reader.profile.company_id == demo_server.company_id
    assert desk.saved_session() is None  # nothing is kept until the front end says so
    desk.keep(reader, remember=True)
    restored = desk.saved_session()
    assert restored is not None and restored.token == reader.token and restored.read_only
    clerk = await desk.log_in(profile, "demo@genuka.com", DEMO_PASSWORD)
    desk.keep(clerk, remember=False)  # the profile is saved, the token is not
    assert not clerk.read_only and not desk.profile().read_only
    assert desk.tokens().load() == reader.token  # the earlier remembered token is left as it was
    with pytest.raises(AuthError):
        await desk.log_in(profile, "demo@genuka.com", "wrong")


@pytest.mark.asyncio
async def test_an_api_key_is_checked_when_it_can_be_and_refused_when_the_server_refuses_it(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    desk = desk_at(tmp_path)
    profile = Profile(base_url=demo_server.url, company_id=demo_server.company_id)
    checked = await desk.log_in_with_key(profile, DEMO_ADMIN_KEY)
    assert checked.checked and checked.session.profile.api_key and not checked.session.read_only
    assert not checked.session.can_switch_company  # a key belongs to one company
    with pytest.raises(AuthError):
        await desk.log_in_with_key(profile, "not-a-key-at-all")
    with pytest.raises(ServiceError):
        await desk.log_in_with_key(Profile(base_url=demo_server.url), DEMO_ADMIN_KEY)  # no company
    # The server cannot be reached: the key is kept, unchecked, and the first sync checks it.
    offline = await desk.log_in_with_key(Profile(base_url="http://127.0.0.1:9", company_id="c1"), "k-123456")
    assert not offline.checked and offline.reason and offline.session.token == "k-123456"


@pytest.mark.asyncio
async def test_a_user_of_several_companies_picks_one_or_is_not_logged_in(tmp_path: Path) -> None:
    desk = desk_at(tmp_path)
    with DemoServer(orders=3, companies=2) as server:
        profile = Profile(base_url=server.url)
        offered: list[list[str]] = []

        def second(companies: Sequence[CompanyChoice], current: str | None) -> str:
            offered.append([str(c.id) for c in companies])
            return str(SECOND_COMPANY["id"])

        session = await desk.log_in(profile, "demo@genuka.com", DEMO_PASSWORD, second)
        assert session.profile.company_id == SECOND_COMPANY["id"] and session.can_switch_company
        assert offered == [[server.company_id, SECOND_COMPANY["id"]]]
        with pytest.raises(CompanyNotChosen):
            await desk.log_in(profile, "demo@genuka.com", DEMO_PASSWORD, lambda companies, current: None)
        # Switching back: a new token, the old one revoked, the profile saved.
        service = desk.open(session)
        try:
            back = await desk.switch_company(service, session, server.company_id)
        finally:
            await service.close()
        assert back.profile.company_id == server.company_id and back.token != session.token
        assert session.token not in server.accounts.tokens
        assert desk.profile().company_id == server.company_id


@pytest.mark.asyncio
async def test_log_out_keeps_unsent_changes_unless_forced_and_forgets_the_token(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    desk = Desk(paths)
    server, session = start_demo(paths, orders=20)
    try:
        desk.keep(session, remember=True)
        service = desk.open(session)
        assert (await service.sync()).complete
        order = service.orders.rows(ListQuery(shipping_status=("pending",), limit=1))[0]
        server.stop()  # offline from here: the change below stays unsent
        assert await service.orders.set_status(order.id, shipping="delivered") is not None
        await service.close()
        folder = desk.folder(session.profile)
        assert desk.unsent_count(session.profile) == 1
        with pytest.raises(UnsentChanges) as refused:
            await desk.log_out(session.profile, session.token, forget_data=True)
        assert refused.value.unsent == 1 and (folder / QUEUE_FILE).exists()
        assert desk.tokens(session.profile).load() == session.token  # nothing was done
        done = await desk.log_out(session.profile, session.token, forget_data=True, force=True)
        assert done.unsent == 1 and done.removed >= 2 and not done.revoked  # offline: it expires on its own
        assert not (folder / QUEUE_FILE).exists() and desk.tokens(session.profile).load() is None
    finally:
        server.stop()


def test_the_demo_session_has_its_clerks_name_for_the_receipts(tmp_path: Path) -> None:
    server, session = start_demo(AppPaths.under(tmp_path).ensure(), orders=5)
    try:
        # The demo key's user, as a login's answer names the clerk: "Servi par Payton Donnelly", never an email.
        assert session.profile.user_name == "Payton Donnelly" and "@" not in session.profile.user_name
    finally:
        server.stop()


def test_the_demo_session_names_its_clerk_and_the_company_code_so_the_first_lock_asks_the_pin(tmp_path: Path) -> None:
    server, session = start_demo(AppPaths.under(tmp_path).ensure(), orders=5)
    try:
        profile = session.profile
        assert profile.company_code == "MBOA-001" and profile.user_id and profile.user_name
    finally:
        server.stop()
