"""A queue file from before the queue of operations opens, names what each item acts on, and sends it once.

The file (tests/fixtures/old-queue) was written by the version before: its
items get their subject, local id, server id and key on first open, and the
key of each is the id every earlier try went with, so a sale whose answer
was lost before the upgrade is sent again under the same idempotency key and
made once.
"""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.store import QUEUE_FILE, ChangeKind, ChangeState, ListQuery, LocalStore, Subject
from tests.support.services import MakeService, settle, store_of

OLD_QUEUE = Path(__file__).parents[1] / "fixtures" / "old-queue" / "queue-v4.sqlite3"
POSTED_SALE = "ae2419e5-9316-4174-abbd-40fad439e4a3"  # its sync/push try got no answer before the upgrade
SALE_PAYMENT = "8e93093f-b22f-46e8-a067-90f6814a8181"
UNPAID_SALE = "795b8e05-89f6-4cc3-a4bb-ecaff3bba532"


def old_profile(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(OLD_QUEUE, folder / QUEUE_FILE)
    return folder


def test_an_old_queue_gets_subjects_ids_and_keys_and_loses_nothing(tmp_path: Path) -> None:
    with sqlite3.connect(OLD_QUEUE) as old:
        before = old.execute("SELECT id, kind, order_id, state, intent, base FROM changes ORDER BY seq").fetchall()
    with LocalStore(old_profile(tmp_path / "p")) as store:
        items = store.queue.changes()
        after = [(c.id, c.kind.value, c.order_id, c.state.value) for c in items]
        assert after == [row[:4] for row in before]  # every item, in order, in its state
        assert all(c.key == c.id for c in items)  # the id every earlier try was sent with
        shapes = {c.id: (c.kind, c.subject, c.local_id, c.server_id) for c in items}
        status, update, payment, removal, sale, sale_payment, unpaid = (c.id for c in items)
        assert shapes[status] == (ChangeKind.STATUS, Subject.ORDER, "order-0000", "order-0000")
        assert shapes[update] == (ChangeKind.UPDATE, Subject.ORDER, "order-0001", "order-0001")
        assert shapes[payment][:2] == (ChangeKind.PAYMENT, Subject.PAYMENT)
        assert shapes[payment][2] == items[2].payment.local_id and shapes[payment][3] is None  # type: ignore[union-attr]
        assert shapes[removal] == (ChangeKind.PAYMENT_REMOVAL, Subject.PAYMENT, "pay-42", "pay-42")
        assert shapes[sale][:2] == (ChangeKind.CREATE, Subject.SALE) and shapes[sale][3] is None
        assert shapes[sale][2] == items[4].order_id and items[4].order_id.startswith("local-")
        assert shapes[sale_payment][2] == items[5].payment.local_id  # type: ignore[union-attr]
        assert items[4].posted == 1 and items[4].base["via"] == "sync" and sale == POSTED_SALE
        assert unpaid == UNPAID_SALE
        assert [g.tendered for g in store.payments.cash_given("order-0001")] == [Decimal(3000)]
        # The sales are shown at once from their drafts (the cache file was not copied).
        assert {r.reference for r in store.search.list_rows(ListQuery(limit=None))} >= {"DESK-0001", "DESK-0002"}
    with LocalStore(tmp_path / "p") as again:  # opening twice changes nothing
        assert [(c.id, c.key, c.local_id, c.server_id) for c in again.queue.changes()] == [
            (c.id, c.key, c.local_id, c.server_id) for c in items
        ]


@pytest.mark.asyncio
async def test_a_sale_sent_before_the_upgrade_without_an_answer_is_made_once_under_its_key(
    sync_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    folder = old_profile(tmp_path / "p")
    with LocalStore(folder) as store:
        sale = store.queue.change(POSTED_SALE)
        assert sale is not None and sale.draft is not None
        operation = {
            "idempotency_key": POSTED_SALE,
            "entity_type": "order",
            "operation": "create",
            "local_id": sale.local_id,
            "payload": sale.draft.create_body(),
        }
    # The try before the upgrade reached the server; only its answer was lost.
    headers = {"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": sync_server.company_id}
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            f"{sync_server.url}/2023-11/admin/sync/push", json={"operations": [operation]}, headers=headers
        )
    assert answer.status_code == 200 and answer.json()["results"][0]["success"]
    made = answer.json()["results"][0]["server_id"]

    service = services(sync_server, folder)
    await settle(service)
    queue = {c.id: c for c in store_of(service).queue.changes()}
    created = queue[POSTED_SALE]
    assert created.state is ChangeState.SENT and created.order_id == made and created.server_id == made
    assert created.local_id.startswith("local-")  # the sale keeps its local id beside the server's
    assert queue[UNPAID_SALE].state is ChangeState.SENT
    creates = [w for w in sync_server.stats()["writes"] if w["kind"] == "create"]
    assert len(creates) == 2  # the try before the upgrade, and the unpaid sale: the first was not made again
    # The sale's money was queued by a version that sent no treasury account, before this desk knew the
    # shop's ways of paying: refused with the server's reason, kept; the clerk's Retry sends it with the way's.
    assert queue[SALE_PAYMENT].state is ChangeState.FAILED and "treasury_account_id" in queue[SALE_PAYMENT].field_errors
    store_of(service).queue.retry_now(SALE_PAYMENT)
    await settle(service)
    paid = store_of(service).queue.change(SALE_PAYMENT)
    assert paid is not None and paid.state is ChangeState.SENT and paid.server_id  # the server's payment id, learnt
    body = sync_server.store.get_order(made)
    assert [Decimal(str(p["amount"])) for p in body.get("payments") or []] == [Decimal(3000)]  # recorded once
    # The edits and the deletion name orders this server does not have: refused for the clerk, never lost;
    # the payment queued behind the refused update of its order waits for it (an order's items go in turn).
    waiting = {c.kind: c.state for c in store_of(service).queue.changes() if c.order_id.startswith("order-")}
    assert waiting == {
        ChangeKind.STATUS: ChangeState.FAILED,
        ChangeKind.UPDATE: ChangeState.FAILED,
        ChangeKind.PAYMENT: ChangeState.PENDING,
        ChangeKind.PAYMENT_REMOVAL: ChangeState.FAILED,
    }
