"""Sales taken at the desk: kept and shown at once under a temporary reference, until the server creates them.

A sale is a ``create`` change whose intent is the draft (``models.NewOrder``)
and a cached order with a local id (``local-...``) whose body the draft
makes. Both are written in one transaction. Changes the clerk makes to such
an order meanwhile wait behind its creation (push sends the oldest change of
an order first). When the server has created it, :meth:`NewOrders.mark_created`
moves everything to the server's id in one transaction: the changes that
wait, the cached body (the local one goes, the server's comes) and a note of
which local id and reference became which order, so a window still showing
``DESK-0007`` finds it.

The queue's own key-value table holds the desk's numbering: the temporary
references count up, and no two sales of this desk share a creation second
(the second is how a sale is recognised on the server after a lost answer).
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from .. import models as _models
from .cache import OrderCache
from .cash_given import drop_cash, keep_cash, move_cash
from .change_queue import ChangeQueue
from .changes import CHANGE_COLUMNS, Change, ChangeKind, ChangeState, change_from_sql, dumps
from .files import StoreFiles

NEXT_REFERENCE = "desk.next_reference"
LAST_CREATED = "desk.last_created_at"
CREATED_PREFIX = "created:"  # created:<local id or temporary reference> -> the server's order id
SALE_KEY = "sale"  # in a payment change's base: the id of the sale whose money it is
SALE_DISCOUNTS = "sale_discounts"  # in a line edit's base: the id of the sale whose discounts it sends
SERVER_FLAG = "server."  # server.<name> <base URL>: what a server was seen to do (see server_flag)
DROPS_CREATED_AT = "drops_created_at"  # a server seen not to keep a sale's created_at


class NewOrders:
    """Creation changes, their local orders, and the move to the server's ids."""

    def __init__(self, files: StoreFiles, cache: OrderCache, queue: ChangeQueue) -> None:
        self.files = files
        self.cache = cache
        self.queue = queue
        queue.discarders[ChangeKind.CREATE] = self.discard  # a sale goes with its local order

    @staticmethod
    def _queue_meta(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM main.meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def _set_queue_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute("INSERT OR REPLACE INTO main.meta (key, value) VALUES (?, ?)", (key, value))

    def _own_second(self, conn: sqlite3.Connection, wanted: datetime | None) -> datetime:
        """The sale's creation second: now (or ``wanted``), after the desk's last sale's."""
        moment = (wanted or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        last = self._queue_meta(conn, LAST_CREATED)
        if last is not None and moment.timestamp() <= float(last):
            moment = datetime.fromtimestamp(float(last), UTC) + timedelta(seconds=1)
        self._set_queue_meta(conn, LAST_CREATED, str(int(moment.timestamp())))
        return moment

    def enqueue_new_order(self, draft: _models.NewOrder) -> Change:
        """Keep a sale: its local order (``DESK-nnnn``), its creation, its shipping amount and its money, at once.

        One transaction: the creation change, the shipping amount's change (not
        a create input) and the payment of the money taken, in that order.
        """
        with self.files.write() as conn:
            number = int(self._queue_meta(conn, NEXT_REFERENCE) or 1)
            self._set_queue_meta(conn, NEXT_REFERENCE, str(number + 1))
            draft = draft.model_copy(update={"created_at": self._own_second(conn, draft.created_at)}, deep=True)
            order_id, reference = _models.new_local_id(), _models.local_reference(number)
            body = draft.local_body(order_id, reference)
            self.cache.save_bodies(conn, {order_id: body})
            change_id = str(uuid.uuid4())
            self.queue.insert_change(
                conn,
                change_id,
                order_id,
                reference,
                ChangeKind.CREATE,
                intent=draft.model_dump_json(),
                base={"posted": 0},
            )
            if draft.shipping_amount:
                # Not a create input: it follows the creation, and goes before the payment, which counts on it.
                follow = _models.OrderEdit(fields={"shipping.amount": draft.shipping_amount})
                self.queue.insert_change(
                    conn,
                    str(uuid.uuid4()),
                    order_id,
                    reference,
                    ChangeKind.UPDATE,
                    intent=dumps(follow.model_dump(mode="python")),
                    base=_models.read_values(body, follow.touched()),
                    base_updated_at=str(body["updated_at"]),
                )
            self._keep_sale_discounts(conn, change_id, order_id, reference, draft, body)
            self._keep_sale_payment(conn, change_id, order_id, reference, draft)
            self.cache.refresh_overlay(conn, order_id)
            return self.queue.change_in(conn, change_id)

    def _keep_sale_discounts(
        self,
        conn: sqlite3.Connection,
        sale_id: str,
        order_id: str,
        reference: str,
        draft: _models.NewOrder,
        body: dict[str, Any],
    ) -> None:
        """The sale's line discounts, as the line edit right behind its creation (in the caller's transaction).

        Not a create input (the POST table has none): a PUT of the lines once the
        order exists, before the payment, which is checked against the total
        they make. A corrected sale's edit is rewritten in its place; one newly
        needed goes before the sale's payment (an unsent payment is queued again after it).
        """
        follow = draft.discount_edit()
        row = conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM main.changes "
            f"WHERE kind = ? AND json_extract(base, '$.{SALE_DISCOUNTS}') = ?",
            (ChangeKind.UPDATE.value, sale_id),
        ).fetchone()
        held = None if row is None else change_from_sql(row)
        if held is not None and (held.posted or held.state is ChangeState.SENT):
            return
        if follow is None:
            if held is not None:
                conn.execute("DELETE FROM main.changes WHERE id = ?", (held.id,))
            return
        base = {**_models.read_values(body, follow.touched()), SALE_DISCOUNTS: sale_id}
        intent = dumps(follow.model_dump(mode="python"))
        if held is not None:
            self.queue.update_change(conn, held.id, intent=intent, base=dumps(base), state=ChangeState.PENDING.value)
            return
        payment = self._sale_payment(conn, sale_id)
        if payment is not None and not payment.posted and payment.state is not ChangeState.SENT:
            conn.execute("DELETE FROM main.changes WHERE id = ?", (payment.id,))  # queued again behind the discounts
            if payment.payment is not None:
                drop_cash(conn, payment.payment.key)
        self.queue.insert_change(
            conn,
            str(uuid.uuid4()),
            order_id,
            reference,
            ChangeKind.UPDATE,
            intent=intent,
            base=base,
            base_updated_at=str(body["updated_at"]),
        )

    def _name_sale_lines(self, conn: sqlite3.Connection, order_id: str, sale: Change, order: _models.Order) -> None:
        """The edits behind a sale name its lines ``+<key>``: now the server's line ids, line for line.

        The server made the lines in the order they were sent; where it shows
        another number of lines, the names are left (nothing is guessed).
        """
        draft = sale.draft
        ids = [str(line.id) for line in order.lines if line.id is not None]
        if draft is None or len(ids) != len(draft.lines):
            return
        names = {f"+{line.key}": ids[n] for n, line in enumerate(draft.lines)}
        rows = conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE order_id = ? AND kind = ? AND state != ?",
            (order_id, ChangeKind.UPDATE.value, ChangeState.SENT.value),
        ).fetchall()
        for found in map(change_from_sql, rows):
            edit = found.edit
            if not any(key in names for key in edit.lines):
                continue
            renamed = edit.model_copy(update={"lines": {names.get(k, k): v for k, v in edit.lines.items()}})
            base: dict[str, Any] = {}
            for key, value in found.base.items():
                parts = key.split(".")
                if len(parts) >= 2 and parts[0] == "lines" and parts[1] in names:
                    parts[1] = names[parts[1]]
                base[".".join(parts)] = value
            self.queue.update_change(conn, found.id, intent=dumps(renamed.model_dump(mode="python")), base=dumps(base))

    def _keep_sale_payment(
        self, conn: sqlite3.Connection, sale_id: str, order_id: str, reference: str, draft: _models.NewOrder
    ) -> None:
        """The money taken with a sale, as a payment change behind its creation (in the caller's transaction).

        A sale corrected before it was sent gets its payment changed, added or
        dropped with it; a payment that may already be on the server is never
        touched here.
        """
        payment = draft.payment()
        held = self._sale_payment(conn, sale_id)
        if held is not None and (held.posted or held.state is ChangeState.SENT):
            return
        if held is not None and payment is None:
            conn.execute("DELETE FROM main.changes WHERE id = ?", (held.id,))
        elif held is not None and payment is not None:
            self.queue.update_change(
                conn,
                held.id,
                intent=payment.model_dump_json(),
                local_id=payment.local_id,
                state=ChangeState.PENDING.value,
            )
            if held.payment is not None:
                drop_cash(conn, held.payment.key)
            keep_cash(conn, order_id, payment)
        elif payment is not None:
            self.queue.insert_change(
                conn,
                str(uuid.uuid4()),
                order_id,
                reference,
                ChangeKind.PAYMENT,
                intent=payment.model_dump_json(),
                base={"posted": 0, SALE_KEY: sale_id},
                acts_on=payment.local_id,
            )
            keep_cash(conn, order_id, payment)  # the cash handed over: this computer's only (the receipt)

    @staticmethod
    def _sale_payment(conn: sqlite3.Connection, sale_id: str) -> Change | None:
        row = conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE kind = ? AND json_extract(base, '$.{SALE_KEY}') = ?",
            (ChangeKind.PAYMENT.value, sale_id),
        ).fetchone()
        return None if row is None else change_from_sql(row)

    def sale_payment(self, sale_id: str) -> Change | None:
        """The payment change of the money taken with the sale ``sale_id`` (None: nothing was paid)."""
        with self.files.guard() as conn:
            return self._sale_payment(conn, sale_id)

    def replace_new_order(self, change_id: str, draft: _models.NewOrder) -> Change:
        """The clerk changed a sale never sent yet (or refused): a new draft, the same reference and second."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.draft is None or change.posted or change.state not in (ChangeState.PENDING, ChangeState.FAILED):
                raise ValueError("This sale may already be on the server: change it once it is there.")
            draft = draft.model_copy(update={"created_at": change.draft.created_at}, deep=True)
            body = draft.local_body(change.order_id, change.order_ref)
            conn.execute(
                "UPDATE main.changes SET intent = ?, state = ?, next_attempt_at = 0, last_error = NULL, "
                "field_errors = NULL, changed_at = ? WHERE id = ?",
                (draft.model_dump_json(), ChangeState.PENDING.value, time.time(), change_id),
            )
            self._keep_sale_discounts(conn, change_id, change.order_id, change.order_ref, draft, body)
            self._keep_sale_payment(conn, change_id, change.order_id, change.order_ref, draft)
            self.cache.save_bodies(conn, {change.order_id: body})  # lays its active changes again too
            return self.queue.change_in(conn, change_id)

    def mark_posting(self, change_id: str, settle: float, via: str = "classic") -> Change:
        """A creation is about to be sent: from now on it may be on the server (kept across crashes).

        The mark stays until the server is seen without it (a look found
        nothing) or answers that it did not create it (:meth:`clear_posted`).
        ``via``: the endpoint it goes through ("classic", or "sync" for Mobile
        Sync's push, whose retry with the same key the server applies once).
        """
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            base = {**change.base, "posted": 1, "asked": 0, "via": via}
            self.queue.update_change(
                conn, change_id, state=ChangeState.SENDING.value, settle_until=time.time() + settle, base=dumps(base)
            )
            return self.queue.change_in(conn, change_id)

    def clear_posted(self, change_id: str) -> None:
        """The server refused the creation, or never received it: it is not on the server."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            self.queue.update_change(conn, change_id, base=dumps({**change.base, "posted": 0}))

    def mark_created(self, change_id: str, server_order: _models.Order, *, hold_payment: str | None = None) -> str:
        """The server created the sale: every trace of the local order moves to the server's id (one transaction).

        ``hold_payment``: why the sale's payment must wait for the clerk (it is
        held in the same transaction, see ``store.payments``).
        """
        server_id = str(server_order.id)
        reference = server_order.reference or ""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            local_id = change.order_id
            # The sale and the edits behind it now act on the server's order (a payment keeps its own ids).
            conn.execute(
                "UPDATE main.changes SET order_id = ?, order_ref = ?, "
                "server_id = CASE WHEN subject = 'payment' THEN server_id ELSE ? END WHERE order_id = ?",
                (server_id, reference, server_id, local_id),
            )
            self.cache.drop_order(conn, local_id)
            self._name_sale_lines(conn, server_id, change, server_order)
            move_cash(conn, local_id, server_id)
            if hold_payment:
                payment = self._sale_payment(conn, change_id)
                if payment is not None and payment.active and not payment.posted:
                    self.hold(conn, payment, hold_payment)
            self.queue.settle_sent(conn, change_id, server_order)  # the changes behind it now lay on the server's body
            for key in (local_id, change.order_ref):
                self._set_queue_meta(conn, CREATED_PREFIX + key, server_id)
        return server_id

    def discard(self, change_id: str) -> Change:
        """Drop a sale never created, whole: its local order and the changes behind it (see ChangeQueue.discard)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.state in (ChangeState.SENT, ChangeState.SENDING) or change.posted:
                raise ValueError("This sale may already be on the server: it cannot be discarded before a check.")
            conn.execute("DELETE FROM main.changes WHERE order_id = ?", (change.order_id,))
            self.cache.drop_order(conn, change.order_id)
            return change

    def server_flag(self, base_url: str, name: str) -> str | None:
        """What the desk learnt of the server at ``base_url`` by writing to it (``name``: see the callers).

        Kept in the queue's file: what makes a write exactly-once must outlive a rebuilt cache.
        """
        with self.files.guard() as conn:
            return self._queue_meta(conn, f"{SERVER_FLAG}{name} {base_url.rstrip('/')}")

    def set_server_flag(self, base_url: str, name: str, value: str) -> None:
        """Keep what the desk learnt of a server (:meth:`server_flag`)."""
        with self.files.write() as conn:
            self._set_queue_meta(conn, f"{SERVER_FLAG}{name} {base_url.rstrip('/')}", value)

    def keeps_created_at(self, base_url: str) -> bool:
        """Whether the server at ``base_url`` keeps the ``created_at`` a sale is sent with (True until seen not to).

        A sale whose answer was lost is recognised by that second; on a server
        that drops it the desk cannot tell, so it asks the clerk instead.
        """
        return self.server_flag(base_url, DROPS_CREATED_AT) is None

    def note_created_at_dropped(self, base_url: str) -> None:
        """The server at ``base_url`` answered a creation with another ``created_at`` than the one sent."""
        self.set_server_flag(base_url, DROPS_CREATED_AT, "1")

    def mark_sale_unsure(self, change_id: str, message: str) -> None:
        """A sale that may be on the server cannot be recognised there: it waits for the clerk (Retry sends it)."""
        with self.files.write() as conn:
            self.hold(conn, self.queue.change_in(conn, change_id), message)

    def hold(self, conn: sqlite3.Connection, change: Change, message: str) -> None:
        """A change waits for the clerk, refused with ``message``; a Retry sends it as the clerk confirmed."""
        self.queue.hold_in(conn, change, message)

    def created_id(self, key: str) -> str | None:
        """The server's id of a sale known here by its local id or temporary reference (None: not created)."""
        with self.files.guard() as conn:
            return self._queue_meta(conn, CREATED_PREFIX + key)

    def reconcile(self) -> None:
        """Lay every sale not yet created again, from its draft, then the overlays.

        A cache rebuilt from the server holds none of them, and one made by an
        older version may show a sale's money that is now a payment change of its own.
        """
        with self.files.write() as conn:
            rows = conn.execute(
                f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE kind = ? AND state != ?",
                (ChangeKind.CREATE.value, ChangeState.SENT.value),
            ).fetchall()
            for row in rows:
                change = change_from_sql(row)
                if change.draft is None or not _models.is_local_id(change.order_id):
                    continue
                body = change.draft.local_body(change.order_id, change.order_ref)
                self.cache.save_bodies(conn, {change.order_id: body})
