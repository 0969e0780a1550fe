"""A shared counter PC over real HTTP: lock, unlock by PIN, a wrong PIN, offline, the 24 hours, permissions, the clerk.

The demo's clerks (genuka_desk/demo/accounts.py): the admin Payton Donnelly
(PIN 1234), the cashier Aïcha Bello (PIN 2580), the reader Awa Mbida (no
PIN); the company's code is ``MBOA-001``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import pytest_asyncio

from genuka_desk.demo import DEMO_PASSWORD, DemoServer
from genuka_desk.models import OrderEdit
from genuka_desk.service import AppPaths, AuthError, Desk, ListQuery, OrderService, Profile, SyncPolicy
from genuka_desk.service.clerk_keeper import ClerkSecret
from genuka_desk.service.desk_lock import (
    BadPin,
    DeskLock,
    NoCompanyCode,
    PinFitsSeveral,
    PinNeedsServer,
    TooManyTries,
    UnknownCompanyCode,
    Unreachable,
    WrongPin,
)
from genuka_desk.service.pin_throttle import MAX_WRONG, WRONG_WAIT
from tests.support.memory_keyring import MemoryKeyring

CASHIER, ADMIN, READER = "Aïcha Bello", "Payton Donnelly", "Awa Mbida"
CASHIER_PIN, ADMIN_PIN = "2580", "1234"
DAY = 24 * 3600.0


class Clock:
    """The desk's clock, moved by the test (seconds since the epoch)."""

    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@dataclass
class Counter:
    desk: Desk
    lock: DeskLock
    service: OrderService
    clock: Clock
    server: DemoServer

    def token(self) -> str | None:
        return self.service.account._core.client._token  # what the next request carries

    def user_of(self, token: str | None) -> str | None:
        found = self.server.accounts.who(token, self.server.store.clock.now())
        return None if found is None else str(found[0]["name"])

    def first_order(self) -> str:
        return self.service.orders.rows(ListQuery(limit=1))[0].id

    async def edit(self, city: str) -> str:
        """A change queued now: the clerk it names."""
        change = await self.service.orders.update(self.first_order(), OrderEdit(fields={"shipping.address.city": city}))
        assert change is not None
        return change.clerk_name


async def open_counter(server: DemoServer, folder: Path, email: str = "demo@genuka.com") -> Counter:
    """The desk logged in by password (as today), its service synced, its lock ready."""
    desk = Desk(AppPaths.under(folder).ensure())
    session = await desk.log_in(Profile(base_url=server.url), email, DEMO_PASSWORD)
    desk.keep(session, remember=True)
    service = desk.open(session, policy=SyncPolicy(retry_base=0.001, retry_cap=0.01, probe_interval=0.05))
    await service.sync()
    clock = Clock()
    lock = DeskLock(desk, session, service, clock=clock)
    lock.start()
    return Counter(desk, lock, service, clock, server)


@pytest_asyncio.fixture
async def counter(demo_server: DemoServer, tmp_path: Path) -> AsyncIterator[Counter]:
    made = await open_counter(demo_server, tmp_path)
    yield made
    await made.service.close()


@pytest.mark.asyncio
async def test_a_lock_closes_nothing_and_the_next_clerk_unlocks_with_their_pin(counter: Counter) -> None:
    assert counter.lock.profile.company_code == "MBOA-001"  # the password login's answer gave it
    assert await counter.edit("Kribi") == ADMIN  # the start names the logged-in clerk
    before = counter.token()
    counter.lock.lock()
    assert counter.lock.locked and Profile.load(counter.desk.paths.config_dir).locked  # a restart: locked
    assert counter.token() == before  # sync goes on with the last token while locked
    assert (await counter.service.sync()).complete

    done = await counter.lock.unlock_with_pin(CASHIER_PIN)

    assert (done.name, done.online, done.token, done.read_only) == (CASHIER, True, True, False)
    assert not counter.lock.locked and not Profile.load(counter.desk.paths.config_dir).locked
    assert counter.user_of(counter.token()) == CASHIER  # her token is the client's now
    assert await counter.edit("Limbe") == CASHIER  # what she queues names her
    assert (await counter.service.sync()).complete
    activities = await counter.service.orders.activities(counter.first_order())
    assert activities[0].author == CASHIER  # and the server's history, where her token wrote it
    # The next start is hers: the kept token and the profile name her.
    assert counter.desk.saved_session() is not None
    assert counter.desk.tokens(counter.lock.profile).load() == counter.lock.session.token
    assert Profile.load(counter.desk.paths.config_dir).user_name == CASHIER
    assert [c.name for c in counter.lock.recent()][:2] == [CASHIER, ADMIN]


@pytest.mark.asyncio
async def test_a_wrong_pin_is_refused_and_five_in_a_row_make_the_next_wait(counter: Counter) -> None:
    counter.lock.lock()
    with pytest.raises(BadPin):
        await counter.lock.unlock_with_pin("12a4")
    for _ in range(MAX_WRONG):
        with pytest.raises(WrongPin):
            await counter.lock.unlock_with_pin("9999")
    with pytest.raises(TooManyTries) as waited:
        await counter.lock.unlock_with_pin(CASHIER_PIN)  # even the right one: the desk waits
    assert 0 < waited.value.seconds <= WRONG_WAIT
    assert counter.lock.locked
    counter.clock.now += WRONG_WAIT + 1
    assert (await counter.lock.unlock_with_pin(CASHIER_PIN)).name == CASHIER


@pytest.mark.asyncio
async def test_offline_a_clerk_seen_online_unlocks_by_the_kept_hash_and_gets_her_token_back(
    counter: Counter, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)  # online: her PIN's hash is kept
    cashier_token = counter.token()
    counter.lock.lock()
    await counter.lock.unlock_with_pin(ADMIN_PIN)
    counter.lock.lock()
    counter.server.stop()  # the line is down

    with pytest.raises(WrongPin):
        await counter.lock.unlock_with_pin("9999")
    done = await counter.lock.unlock_with_pin(CASHIER_PIN)

    assert (done.name, done.online, done.token) == (CASHIER, False, True)
    assert counter.token() == cashier_token  # still within its 24 hours
    assert await counter.edit("Buea") == CASHIER
    # The PIN is nowhere in clear: not in the keychain, not in the files, not in the log.
    kept = "\n".join(memory_keyring.passwords.values())
    files = "\n".join(p.read_text(errors="replace") for p in counter.desk.paths.config_dir.iterdir() if p.is_file())
    for text in (kept, files):
        assert f'"{CASHIER_PIN}"' not in text and f"pin={CASHIER_PIN}" not in text
    assert all(CASHIER_PIN not in v for v in memory_keyring.passwords.values() if len(v) < 10)
    logged = re.sub(r"[0-9a-f]{16,}", "", caplog.text)
    assert CASHIER_PIN not in logged and ADMIN_PIN not in logged


@pytest.mark.asyncio
async def test_offline_a_clerk_never_seen_online_cannot_unlock_and_past_24_hours_the_token_is_not_used(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    counter = await open_counter(demo_server, tmp_path, email="lecture@genuka.com")  # the reader logged in
    try:
        counter.lock.lock()
        await counter.lock.unlock_with_pin(CASHIER_PIN)
        counter.lock.lock()
        demo_server.stop()
        with pytest.raises(WrongPin) as unknown:
            await counter.lock.unlock_with_pin(ADMIN_PIN)  # the admin never unlocked here by PIN
        assert unknown.value.offline
        with pytest.raises(Unreachable):
            await counter.lock.unlock_with_password("demo@genuka.com", DEMO_PASSWORD)  # a password needs the server
        counter.clock.now += DAY + 60  # her PIN login's 24 hours are over
        done = await counter.lock.unlock_with_pin(CASHIER_PIN)
        assert (done.name, done.online, done.token) == (CASHIER, False, False)
        assert counter.token() is None  # no one's token: the server's first answer asks her PIN again
        assert counter.lock.pin_expected()
        assert await counter.edit("Dschang") == CASHIER  # she works offline meanwhile
        # A restart must not open the desk as her with the last clerk's kept token: it comes back locked.
        assert Profile.load(counter.desk.paths.config_dir).locked
    finally:
        await counter.service.close()


@pytest.mark.asyncio
async def test_a_pin_login_lasts_24_hours_then_the_refusal_asks_that_clerk_for_her_pin_again(counter: Counter) -> None:
    from genuka_desk.service import AuthRequired

    heard: list[object] = []
    counter.service.subscribe(heard.append)
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)
    await counter.edit("Ebolowa")
    counter.server.advance_clock(DAY + 60)

    report = await counter.service.sync()

    assert report.auth_required and any(isinstance(e, AuthRequired) for e in heard)
    assert counter.lock.pin_expected()  # not a full login: her PIN
    counter.lock.lock()
    assert (await counter.lock.unlock_with_pin(CASHIER_PIN)).online
    report = await counter.service.sync()
    assert report.complete and not report.auth_required and report.sent == 1


@pytest.mark.asyncio
async def test_the_permissions_follow_the_clerk_who_unlocked(counter: Counter) -> None:
    counter.lock.lock()
    reader = await counter.lock.unlock_with_password("lecture@genuka.com", DEMO_PASSWORD)  # no PIN: her password
    assert reader.read_only and reader.permissions_changed and counter.lock.session.read_only
    assert counter.user_of(counter.token()) == READER
    await counter.lock.set_pin("4321", "4321")  # her own PIN, from the Preferences
    counter.lock.lock()
    cashier = await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert not cashier.read_only and cashier.permissions_changed
    counter.lock.lock()
    again = await counter.lock.unlock_with_pin("4321")
    assert again.name == READER and again.read_only and again.permissions_changed  # read-only stays read-only
    assert Profile.load(counter.desk.paths.config_dir).read_only
    with pytest.raises(AuthError):
        await counter.lock.unlock_with_password("lecture@genuka.com", "not her password")


@pytest.mark.asyncio
async def test_the_company_code_is_asked_once_and_checked(counter: Counter) -> None:
    counter.lock._save(replace(counter.lock.profile, company_code=None))  # a session that never named it
    counter.lock.lock()
    with pytest.raises(NoCompanyCode):
        await counter.lock.unlock_with_pin(CASHIER_PIN)
    with pytest.raises(UnknownCompanyCode):
        await counter.lock.verify_company("NOPE-000")
    card = await counter.lock.verify_company("MBOA-001")
    assert card.name and Profile.load(counter.desk.paths.config_dir).company_code == "MBOA-001"
    assert (await counter.lock.unlock_with_pin(CASHIER_PIN)).name == CASHIER


@pytest.mark.asyncio
async def test_logging_out_forgets_the_clerks_of_this_pc(counter: Counter, memory_keyring: MemoryKeyring) -> None:
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert counter.lock.recent() and any(".clerk." in user for _, user in memory_keyring.passwords)
    await counter.desk.log_out(counter.lock.profile, service=counter.service)
    assert not counter.lock.keeper.clerks() and not counter.lock.keeper.file.exists()
    assert not any(".clerk." in user for _, user in memory_keyring.passwords)
    assert json.dumps(memory_keyring.passwords, default=str).count(CASHIER) == 0


@pytest.mark.asyncio
async def test_a_service_opened_for_a_session_names_its_clerk_the_cli_too(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    desk = Desk(AppPaths.under(tmp_path).ensure())
    session = await desk.log_in(Profile(base_url=demo_server.url), "caisse@genuka.com", DEMO_PASSWORD)
    service = desk.open(session)
    try:
        await service.sync()
        clerk = service.account.clerk
        assert clerk is not None and clerk.name == CASHIER
    finally:
        await service.close()


async def authors(counter: Counter, order_id: str) -> list[str]:
    """Who the server's history names for the order's changes, oldest first."""
    return [a.author or "" for a in reversed(await counter.service.orders.activities(order_id))]


@pytest.mark.asyncio
async def test_an_operation_goes_with_the_token_of_the_clerk_who_queued_it(counter: Counter) -> None:
    """Queued by the manager, sent after the cashier unlocked: the server's history names the manager."""
    order = counter.first_order()
    assert await counter.edit("Kribi") == ADMIN
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert await counter.edit("Limbe") == CASHIER

    assert (await counter.service.sync()).complete

    assert (await authors(counter, order))[-2:] == [ADMIN, CASHIER]
    assert counter.user_of(counter.token()) == CASHIER  # the desk's token stays the cashier's


@pytest.mark.asyncio
async def test_a_clerks_token_refused_sends_their_operation_with_the_desks_and_sync_goes_on(counter: Counter) -> None:
    order = counter.first_order()
    admin_token = counter.token()
    assert await counter.edit("Kribi") == ADMIN
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert admin_token is not None
    counter.server.accounts.revoke(admin_token)  # logged out elsewhere: the manager's token is dead

    report = await counter.service.sync()

    assert report.complete  # not paused for a login: the desk's token is good
    assert (await authors(counter, order))[-1] == CASHIER  # sent, with the desk's token


@pytest.mark.asyncio
async def test_a_pin_token_near_its_end_is_not_lent(demo_server: DemoServer, tmp_path: Path) -> None:
    counter = await open_counter(demo_server, tmp_path, "caisse@genuka.com")
    try:
        counter.lock.lock()
        await counter.lock.unlock_with_pin(CASHIER_PIN)  # her PIN's token: 24 hours
        assert await counter.edit("Kribi") == CASHIER
        counter.lock.lock()
        await counter.lock.unlock_with_pin(ADMIN_PIN)
        hers = next(c for c in counter.service.changes.queue() if c.clerk_name == CASHIER)
        tokens = counter.lock.tokens

        assert counter.user_of(tokens.token_for(hers.clerk_id, hers.clerk_name)) == CASHIER
        counter.clock.now += DAY - 60  # a minute before her token's end: a write could outlive it
        tokens.forget()
        assert tokens.token_for(hers.clerk_id, hers.clerk_name) is None
        assert tokens.token_for(None, ADMIN) is None  # the clerk at the desk: the desk's token
    finally:
        await counter.service.close()


# -- from the clerk's walk: the PIN alone says who; each clerk listed once ---------------------------


@pytest.mark.asyncio
async def test_offline_the_pin_alone_says_who_unlocks_whoever_locked_the_desk(counter: Counter) -> None:
    counter.lock.lock()
    assert (await counter.lock.unlock_with_pin(CASHIER_PIN)).name == CASHIER
    counter.lock.lock()
    assert (await counter.lock.unlock_with_pin(ADMIN_PIN)).name == ADMIN
    counter.lock.lock()  # the admin locked it: first in the list
    assert counter.lock.recent()[0].name == ADMIN
    counter.server.stop()

    done = await counter.lock.unlock_with_pin(CASHIER_PIN)

    assert (done.name, done.online) == (CASHIER, False)
    assert await counter.edit("Bafoussam") == CASHIER


@pytest.mark.asyncio
async def test_offline_a_pin_kept_for_two_clerks_is_refused_never_guessed(counter: Counter) -> None:
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)  # her PIN's hash is kept
    keeper = counter.lock.keeper
    admin = next(c for c in counter.lock.recent() if c.name == ADMIN)
    # The admin's PIN was 2580 when he last unlocked here; he changed it elsewhere, and 2580 is hers now.
    assert keeper.keep_secret(admin.key, ClerkSecret.of(CASHIER_PIN, read_only=False, expires_at=None), None)
    counter.lock.lock()
    counter.server.stop()

    with pytest.raises(PinFitsSeveral):
        await counter.lock.unlock_with_pin(CASHIER_PIN)

    assert counter.lock.locked and counter.service.account.clerk is not None
    assert counter.service.account.clerk.name == CASHIER  # nobody else took the desk


@pytest.mark.asyncio
async def test_offline_without_any_pin_kept_here_the_server_is_needed(counter: Counter) -> None:
    counter.lock.lock()
    counter.server.stop()
    with pytest.raises(PinNeedsServer):
        await counter.lock.unlock_with_pin(ADMIN_PIN)
    assert counter.lock.locked


@pytest.mark.asyncio
async def test_a_clerk_named_first_by_name_then_by_id_is_listed_once(counter: Counter) -> None:
    lock = counter.lock
    lock._save(replace(lock.profile, user_id=None))  # a session naming its clerk by name only (the demo's key)
    lock.start()
    lock.lock()
    await lock.unlock_with_pin(ADMIN_PIN)  # the PIN login names him by id
    lock.lock()
    assert [(c.name, c.has_pin, c.email) for c in lock.recent()] == [(ADMIN, True, "demo@genuka.com")]
    await lock.unlock_with_pin(CASHIER_PIN)
    lock.lock()
    await lock.unlock_with_password("caisse@genuka.com", DEMO_PASSWORD)  # her password too: one entry still
    lock.lock()

    assert [(c.name, c.has_pin, c.email) for c in lock.recent()] == [
        (CASHIER, True, "caisse@genuka.com"),
        (ADMIN, True, "demo@genuka.com"),
    ]


@pytest.mark.asyncio
async def test_the_profile_names_the_email_of_the_clerk_at_the_desk(counter: Counter) -> None:
    lock = counter.lock
    lock.lock()
    await lock.unlock_with_pin(CASHIER_PIN)
    assert lock.profile.email is None  # she never typed it here: not the admin's any more
    lock.lock()
    await lock.unlock_with_password("caisse@genuka.com", DEMO_PASSWORD)
    assert lock.profile.email == "caisse@genuka.com"
    lock.lock()
    await lock.unlock_with_pin(ADMIN_PIN)
    assert Profile.load(counter.desk.paths.config_dir).email == "demo@genuka.com"
    lock.lock()
    await lock.unlock_with_pin(CASHIER_PIN)
    assert lock.profile.email == "caisse@genuka.com"


@pytest.mark.asyncio
async def test_wrong_pins_are_counted_across_a_restart_and_each_round_waits_longer(counter: Counter) -> None:
    counter.lock.lock()
    for _ in range(MAX_WRONG - 1):
        with pytest.raises(WrongPin):
            await counter.lock.unlock_with_pin("9999")
    again = DeskLock(counter.desk, counter.lock.session, counter.service, clock=counter.clock)  # the program restarted
    with pytest.raises(WrongPin):
        await again.unlock_with_pin("9999")  # the fifth in a row, the count kept
    with pytest.raises(TooManyTries) as first:
        await again.unlock_with_pin(CASHIER_PIN)
    counter.clock.now += first.value.seconds + 1
    for _ in range(MAX_WRONG):
        with pytest.raises(WrongPin):
            await again.unlock_with_pin("9999")
    with pytest.raises(TooManyTries) as second:
        await again.unlock_with_pin(CASHIER_PIN)
    assert second.value.seconds > first.value.seconds  # the second round waits longer
    counter.clock.now += second.value.seconds + 1
    assert (await again.unlock_with_pin(CASHIER_PIN)).name == CASHIER


@pytest.mark.asyncio
async def test_the_servers_limit_on_pin_tries_is_a_wait_never_a_check_on_this_computer(counter: Counter) -> None:
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)  # her hash is kept here: an offline check could pass
    counter.lock.lock()
    counter.server.faults.arm("429", count=1, path="/auth/login-with-pin")

    with pytest.raises(TooManyTries):
        await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert counter.lock.locked


@pytest.mark.asyncio
async def test_a_cashier_who_unlocks_after_a_manager_has_her_own_permissions_now_and_at_the_next_start(
    counter: Counter,
) -> None:
    """Never the manager's: the PIN login's scopes decide who may give a discount above the limit and approve a
    return, kept for her by user id (an offline unlock finds them); the next start notes no manager from the last."""
    service, folder = counter.service, counter.desk.paths.config_dir
    assert service.manual_discounts.is_manager() and service.returns.may_approve  # the admin's login said so
    assert Profile.load(folder).discount_manager
    counter.lock.lock()
    await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert not service.manual_discounts.is_manager()
    assert service.returns.may_take and not service.returns.may_approve  # her login's answer: no returns.approve
    assert not Profile.load(folder).discount_manager  # not the admin's mark kept
    again = counter.desk.open_kept(Profile.load(folder))  # the next start, on her saved session
    try:
        clerk = again.account.clerk
        assert clerk is not None and clerk.name == CASHIER
        assert not again.manual_discounts.is_manager() and not again.returns.may_approve
    finally:
        await again.close()
    counter.lock.lock()
    await counter.lock.unlock_with_pin(ADMIN_PIN)  # the manager again: his own answer
    assert service.manual_discounts.is_manager() and service.returns.may_approve
    counter.lock.lock()
    counter.server.stop()  # offline: her scopes as kept at her online unlock
    await counter.lock.unlock_with_pin(CASHIER_PIN)
    assert not service.manual_discounts.is_manager() and not service.returns.may_approve
    assert not Profile.load(folder).discount_manager
