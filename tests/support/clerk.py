"""A simulated clerk and colleague for the reliability campaigns.

The clerk queues a random mix of status changes, line edits, address edits
and bulk status changes through the real :class:`OrderService`, takes sales
(some discounted: :mod:`tests.support.discount_clerk`) and payments, works
the till (:mod:`tests.support.till_clerk`) and takes goods back with their
refunds (:mod:`tests.support.return_clerk`); a colleague
edits orders straight on the demo server. Both remember what they did, so
that at the end the campaign can say, from the demo server's own write log
and bodies, whether every change was applied exactly once and whether the
server holds what it must.

Values are drawn so that the clerk's and the colleague's can never be
equal (a colleague's quantity is the clerk's +100, its statuses are ones the
clerk never picks): an equal value would hide a lost or doubled write.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from genuka_desk.demo import DemoServer
from genuka_desk.demo.order_fields import EMAIL
from genuka_desk.models import (
    LineChange,
    NewCustomer,
    NewOrder,
    NewOrderLine,
    Order,
    OrderEdit,
    is_local_id,
    read_value,
)
from genuka_desk.models.write_body import same_value
from genuka_desk.service import InvalidEdit, OrderService
from genuka_desk.store import Change, ChangeKind, ChangeState, ListQuery
from tests.support.discount_clerk import DiscountClerk, DiscountOutcome
from tests.support.return_clerk import RETURN_KINDS, ReturnClerk, ReturnOutcome
from tests.support.services import store_of
from tests.support.till_clerk import TillClerk, TillOutcome

CLERK_SHIPPING = ("taken_in_charge", "delivered", "partial_delivery")
# Not "partially_paid": that status comes from a payment (the desk refuses it on an order with nothing paid).
CLERK_BILLING = ("paid",)
COLLEAGUE_SHIPPING = "pending"
COLLEAGUE_BILLING = "unpaid"
# Refusals a clerk answers with Retry: the demo's business fault, and the cap on tries.
# A business refusal of the moment, a 500 after which the desk could not look (Retry looks first), capped tries.
RETRIED_REFUSALS = ("cannot be changed now", "Failed: Server Error", "Not sent after")
# What the clerk does, drawn at each step (a line edit and a return twice as often).
KINDS = ("shipping", "billing", "line", "line", "address", "bulk", "sale", "pay", "till", "notify", "return", "return")
# Writes whose effect on an order's payment status is the server's (they move money).
MONEY_WRITES = ("payment", "payment_update", "payment_removal", "return_approve")


@dataclass
class Planned:
    """One change the clerk queued, and the values it must leave on the server."""

    change_id: str
    group_id: str | None
    order_id: str
    fields: dict[str, Any]


@dataclass
class Sale:
    """A sale the clerk took: what the server must end up holding, once."""

    change_id: str
    phone: str
    lines: Counter[tuple[int, Decimal]]
    paid: Decimal
    total: Decimal  # the lines less their discounts, as the desk previewed it
    known: str | None = None  # the id of the known customer it was sold to (None: a new customer)


@dataclass
class PaymentPlan:
    """A payment the clerk took: recorded on the server exactly once (none if the clerk dropped it)."""

    change_id: str
    order_id: str
    amount: Decimal


@dataclass
class Outcome:
    """The end check's figures."""

    changes: int = 0
    applied: int = 0
    discarded: int = 0
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)
    fields_checked: int = 0
    sales: int = 0
    sales_created: int = 0
    payments: int = 0
    payments_recorded: int = 0
    money_taken: Decimal = Decimal(0)  # cash the clerk took (sales and payments the clerk did not drop)
    money_recorded: Decimal = Decimal(0)  # what the server recorded of it, as payments
    money_wrong: list[str] = field(default_factory=list)  # orders whose payments or balance differ
    customers_rewritten: int = 0  # known customers a sale rewrote on the server
    lines_stripped: list[str] = field(default_factory=list)  # dressed lines that lost a discount, tax or service
    resent_by_choice: int = 0  # kept mine after a lost answer had landed (see Clerk.check)
    made_by_colleague: int = 0  # never written: a colleague had set those very values (seen as applied)
    extra_keys: list[str] = field(default_factory=list)  # a write that sent more than its change
    till: TillOutcome = field(default_factory=TillOutcome)  # the till's openings and closes (tests.support.till_clerk)
    returns: ReturnOutcome = field(default_factory=ReturnOutcome)  # returns and refunds (tests.support.return_clerk)
    discounts: DiscountOutcome = field(default_factory=DiscountOutcome)  # (tests.support.discount_clerk)
    notices: int = 0  # e-mails to customers (notify) the clerk queued
    notices_sent: int = 0  # of them, e-mailed (once each; one held after a lost answer may have gone once)


class Clerk:
    """Queues random mixed changes and keeps the timeline the end check replays."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.round = 0
        self.planned: dict[str, Planned] = {}
        self.colleague_values: list[tuple[int, str, str, Any]] = []  # writes before it, order, key, value
        self.discarded: set[str] = set()
        # Where the write log stood when the clerk settled a change (conflict or refusal).
        self.settled_at: dict[str, int] = {}
        self.conflicts = 0
        self.took_theirs = 0
        self.colleague_edits = 0
        self.put_back = 0  # colleague edits that put back the value the clerk saw
        self.order_ids: list[str] = []
        self.retried = 0
        self.seed = seed
        self.sales: dict[str, Sale] = {}
        self.payments: dict[str, PaymentPlan] = {}
        self.notices: dict[str, str] = {}  # e-mails to the customer (notify): change id -> order id
        # Set up by pick_orders with the server: the money on each order at the start (paid = total -
        # balance, the recorded payments' sum), dressed lines, known customers to sell to.
        self.money_at_start: dict[str, tuple[Decimal, Decimal]] = {}
        self.dressed: dict[str, dict[str, Any]] = {}  # line id -> {order_id, discounts, taxes, service_id}
        self.known_customers: list[dict[str, Any]] = []
        self.billing_touched: set[str] = set()  # orders whose payment status someone set (it moves money)
        self.till = TillClerk(random.Random(seed + 1))  # at the till too, when the company has cash control
        self.returns = ReturnClerk(random.Random(seed + 2))  # and takes goods back
        self.discounts = DiscountClerk(random.Random(seed + 3))  # and gives discounts on some sales

    # -- the clerk -----------------------------------------------------------

    async def pick_orders(self, service: OrderService, server: DemoServer | None = None) -> None:
        """The orders this clerk works on: open ones whose lines the server lets us change.

        With the ``server``: a colleague first gives a few of them discounted,
        taxed and service lines (a line edit must leave those as they are), a
        few known customers are chosen to sell to, and the money each order
        holds is noted (the end check compares it with what the clerk took).
        """
        rows = (await service.orders.listing(ListQuery(limit=None))).rows
        for row in rows:
            order = await service.orders.get(row.id)
            # Orders with a broken email are refused whole by the server: not this campaign's subject.
            emails = [read_value(order.raw_view, f"{side}.address.email") for side in ("billing", "shipping")]
            valid = all(e in (None, "") or (isinstance(e, str) and EMAIL.match(e)) for e in emails)
            if valid and order.lines and all(line.id for line in order.lines):
                self.order_ids.append(str(order.id))
        if server is None:
            return
        for oid in self.order_ids[:: max(1, len(self.order_ids) // 6)]:
            body = server.store.dress_lines(oid)
            for entry in body["order_products"][:2]:
                self.dressed[str(entry["id"])] = {"order_id": oid, **_dressing(entry)}
        self.known_customers = [dict(c) for c in server.store.data.customers[:5] if c.get("phone")]
        for oid in self.order_ids:
            self.money_at_start[oid] = _money(server.store.get_order(oid))
        self.returns.note_start(server, self.order_ids)

    async def queue_some(self, service: OrderService, count: int) -> int:
        """Queue ``count`` random changes (a bulk counts once); the number of changes queued."""
        made = 0
        for _ in range(count):
            made += await self._one(service)
        return made

    async def _one(self, service: OrderService) -> int:
        order = await service.orders.get(self.random.choice(self.order_ids))
        oid = str(order.id)
        kind = self.random.choice(KINDS)
        if kind == "till":
            return await self.till.act(service)
        if kind == "return":
            return await self.returns.act(service, self.returns.pick(service, self.order_ids))
        if kind == "bulk":
            return await self._bulk(service)
        if kind == "sale":
            return await self._sale(service)
        if kind == "pay":
            return await self._pay(service, order)
        if kind == "notify":
            return await self._notify(service, order)
        intended: dict[str, Any]
        if kind == "shipping":
            value = self._other(CLERK_SHIPPING, order.shipping_status.value)
            change = await service.orders.set_status(oid, shipping=value)
            intended = {"shipping.status": value}
        elif kind == "billing":
            value = self._other(CLERK_BILLING, order.billing_status.value)
            change = await service.orders.set_status(oid, billing=value)
            intended = {"billing.status": value}
            self.billing_touched.add(oid)
        elif kind == "line":
            line = self.random.choice(order.lines)
            # Quantities only grow: the server refuses lowering a line once a final invoice is paid.
            quantity = (line.quantity or 1) + self.random.randint(1, 3)
            try:
                change = await service.orders.update(
                    oid, OrderEdit(lines={str(line.id): LineChange(quantity=quantity)})
                )
            except InvalidEdit as refused:
                # The desk refuses a line edit while the billing counts line discounts the lines it holds do
                # not show (a dressed order known from the list only, read in full when online): told to the
                # clerk, nothing queued. Any other refusal is a finding.
                if "line discounts" not in str(refused):
                    raise
                return 0
            intended = {f"lines.{line.id}.quantity": quantity}
        else:
            value = f"Rue {self.random.randint(1, 99_999)}, Akwa"
            try:
                change = await service.orders.update(oid, OrderEdit(fields={"shipping.address.line1": value}))
            except InvalidEdit as refused:
                # An address without its city or country (made elsewhere): the desk asks for them before it
                # sends one, nothing queued; the clerk does something else (fault campaign seeds 5 and 6).
                if "required in an address" not in str(refused):
                    raise
                return 0
            intended = {"shipping.address.line1": value}
        if change is None:
            return 0
        self._remember(change, intended)
        return 1

    async def _bulk(self, service: OrderService) -> int:
        picks = self.random.sample(self.order_ids, k=min(len(self.order_ids), self.random.randint(2, 5)))
        if self.random.random() < 0.5:
            value = self.random.choice(CLERK_BILLING)
            changes = await service.orders.bulk_set_status(picks, billing=value)
            intended = {"billing.status": value}
            self.billing_touched.update(picks)
        else:
            value = self.random.choice(CLERK_SHIPPING)
            changes = await service.orders.bulk_set_status(picks, shipping=value)
            intended = {"shipping.status": value}
        for change in changes:
            self._remember(change, intended)
        return len(changes)

    async def _sale(self, service: OrderService) -> int:
        """Take a sale for a new customer (a phone of their own, so the end check can find it)."""
        number = self.seed * 100_000 + len(self.sales)
        phone = f"+2376{number % 10**8:08d}"
        draft = NewOrder(customer=NewCustomer(first_name="Client", last_name=f"Campagne {number}", phone=phone))
        known = (
            self.random.choice(self.known_customers) if self.known_customers and self.random.random() < 0.3 else None
        )
        if known is not None:
            # Picked at the counter, then a name typed over theirs: the server must keep their record.
            phone = str(known["phone"])
            who = NewCustomer(id=known["id"], first_name="Jean Pierre", last_name="ONANA", phone=phone)
            draft = NewOrder(customer=who)
        for n in range(self.random.randint(1, 3)):
            price = Decimal(self.random.randrange(500, 20_000, 100))
            draft.add(NewOrderLine(title=f"Article {n}", quantity=self.random.randint(1, 4), price=price))
        draft, discount = self.discounts.dress(service, draft)
        paid = self.random.choice((Decimal(0), draft.total // 2, draft.total))  # the discounted total, or part of it
        if paid:
            draft.paid_amount, draft.method = paid, "cash"
        change = await service.sales.create(draft)
        self.discounts.remember(change.id, draft, discount)
        lines = Counter((line.quantity, line.price.normalize()) for line in draft.lines)
        self.sales[change.id] = Sale(change.id, phone, lines, paid, draft.total, known["id"] if known else None)
        return 1

    async def _pay(self, service: OrderService, order: Order) -> int:
        """Take part of what is owed, in cash (nothing when nothing is owed)."""
        if order.balance < 100:
            return 0
        amount = Decimal(self.random.randrange(100, int(min(order.balance, Decimal(20_000))) + 1, 100))
        change = await service.payments.record(str(order.id), amount, "cash")
        self.payments[change.id] = PaymentPlan(change.id, str(order.id), amount)
        return 1

    async def _notify(self, service: OrderService, order: Order) -> int:
        """E-mail the order to its customer by Genuka (nothing when they have no address, or it is cancelled)."""
        if order.cancelled or not service.send.plan(str(order.id), "fr").email:
            return 0
        change = await service.send.email(str(order.id), self.random.choice(("fr", "en")))
        self.notices[change.id] = str(order.id)
        return 1

    def _other(self, values: tuple[str, ...], current: str) -> str:
        return self.random.choice([v for v in values if v != current] or list(values))

    def _remember(self, change: Change, intended: dict[str, Any]) -> None:
        known = self.planned.get(change.id)
        if known is not None:  # a refused change amended: one change, one write
            known.fields.update(intended)
            return
        self.planned[change.id] = Planned(change.id, change.group_id, change.order_id, dict(intended))

    async def settle_reported(self, service: OrderService, server: DemoServer) -> int:
        """Settle what the last sync reported, as a clerk would; the number of refused changes dropped.

        Conflicts are settled one way or the other at random. Refusals the
        clerk expects: keeping mine over a colleague's larger quantity once a
        final invoice is paid (a line may not go down then): the clerk reads
        the reason and drops the change; a business refusal of the moment or
        a change given up after its capped tries: the clerk retries it. Any
        other refusal is a bug.
        """
        refused = 0
        for change in service.changes.queue():
            reason = change.last_error or ""
            if change.kind in RETURN_KINDS and await self.returns.settle(service, change):
                continue  # a refund held for want of money to give back: dropped, the credit note stands
            if change.kind is ChangeKind.NOTIFY and change.state is ChangeState.FAILED:
                # An e-mail that may have gone is held: the clerk asks the customer, who got it.
                await service.changes.discard(change.id)
                self.discarded.add(change.id)
                continue
            retried = change.state is ChangeState.FAILED and any(text in reason for text in RETRIED_REFUSALS)
            if change.state in (ChangeState.CONFLICT, ChangeState.FAILED) and not retried:
                self.settled_at[change.id] = len(server.stats()["writes"])
            if change.state is ChangeState.CONFLICT:
                keep = self.random.choice(("mine", "theirs"))
                await service.changes.resolve(change.id, keep)
                self.conflicts += 1
                if keep == "theirs":
                    self.took_theirs += 1
                    self.discarded.add(change.id)
            elif retried:
                await service.changes.retry(change.id)
                self.retried += 1
            elif change.state is ChangeState.FAILED:
                over = ("final invoice", "more than the balance", "less than this payment")
                if not any(text in reason for text in over):
                    raise AssertionError(f"the server refused {change.summary()}: {change.last_error}")
                await service.changes.discard(change.id)
                self.discarded.add(change.id)
                refused += 1
        return refused

    # -- the colleague -------------------------------------------------------

    def colleague_edit(self, server: DemoServer, service: OrderService) -> None:
        """A colleague edits one order on the server now, mostly one the clerk has waiting changes on."""
        waiting = [c for c in service.changes.queue() if c.id in self.planned and not is_local_id(c.order_id)]
        what = self.random.choice(("shipping", "billing", "line", "address", "city"))
        line_id: str | None = None
        fields: dict[str, Any] = {}
        lines: dict[str, dict[str, Any]] = {}
        if waiting and self.random.random() < 0.8:
            change = self.random.choice(waiting)
            oid = change.order_id
            if self.random.random() < 0.6:  # the very field the clerk is changing: a conflict
                key = self.random.choice(list(self.planned[change.id].fields))
                what = {"shipping.status": "shipping", "billing.status": "billing"}.get(key, "address")
                if key.startswith("lines."):
                    what, line_id = "line", key.split(".")[1]
                if key in change.base and self.random.random() < 0.35:
                    # Put back what the clerk saw: after a write that landed unanswered, an A-B-A.
                    what = "back"
                    if line_id is not None:
                        lines[line_id] = {"quantity": change.base[key]}
                    else:
                        fields[key] = change.base[key]
        else:
            oid = self.random.choice(self.order_ids)
        body = server.store.get_order(oid)
        if what == "back":
            self.put_back += 1
        elif what == "shipping":
            fields["shipping.status"] = COLLEAGUE_SHIPPING
        elif what == "billing":
            fields["billing.status"] = COLLEAGUE_BILLING
            self.billing_touched.add(oid)
        elif what == "line":
            line_id = line_id or str(self.random.choice(body["order_products"])["id"])
            quantity = int(read_value(body, f"lines.{line_id}.quantity") or 1) + 100
            lines[line_id] = {"quantity": quantity}
        elif what == "address":
            fields["shipping.address.line1"] = f"Kribi, quartier {self.random.randint(1, 99_999)}"
        else:  # a field the clerk never touches: a rebase must keep it
            fields["billing.address.city"] = self.random.choice(("Kribi", "Limbé", "Bafoussam", "Garoua"))
        at = len(server.stats()["writes"])
        server.store.colleague_edit(oid, fields, lines)
        self.colleague_edits += 1
        values = dict(fields) | {f"lines.{lid}.quantity": change["quantity"] for lid, change in lines.items()}
        for key, value in values.items():
            self.colleague_values.append((at, oid, key, value))

    # -- the end check -------------------------------------------------------

    def expected(self, writes: list[dict[str, Any]]) -> dict[tuple[str, str], Any]:
        """What the server must hold for every key anyone touched.

        Events are ordered by the server's write log: a clerk's change at the
        place of its write, a colleague's edit between the writes it came
        after and before. A key ends with the last of them; a change never
        written (dropped in a conflict) sets nothing.
        """
        place: dict[tuple[str | None, str], float] = {}
        for index, write in enumerate(writes):
            place[(write["request_id"], write["order_id"])] = index  # its last write counts
        events: list[tuple[float, str, str, Any]] = [
            (at - 0.5, oid, key, value) for at, oid, key, value in self.colleague_values
        ]
        for index, write in enumerate(writes):
            # A payment moves the status, and so do a refund (a payment lowered or deleted) and a return's approval.
            if write["kind"] in MONEY_WRITES and "billing.status" in write["changes"]:
                events.append((index, write["order_id"], "billing.status", write["changes"]["billing.status"]["new"]))
        for planned in self.planned.values():
            at = place.get((planned.change_id, planned.order_id))
            if at is None and planned.group_id:
                at = place.get((planned.group_id, planned.order_id))
            if at is not None:
                events += [(at, planned.order_id, key, value) for key, value in planned.fields.items()]
        return {(oid, key): value for _, oid, key, value in sorted(events, key=lambda e: e[0])}

    def _colleague_made(self, planned: Planned) -> bool:
        """Whether colleagues' edits set every value of ``planned`` on its order (a put-back can)."""
        made = [(key, value) for _, oid, key, value in self.colleague_values if oid == planned.order_id]
        return all(any(k == key and same_value(v, value) for k, v in made) for key, value in planned.fields.items())

    def _check_sales(self, server: DemoServer, writes: list[dict[str, Any]], outcome: Outcome) -> None:
        """Every sale is on the server exactly once, with its customer, lines and payment."""
        outcome.sales = len(self.sales)
        for sale in self.sales.values():
            made = [w for w in writes if w["request_id"] == sale.change_id and w["kind"] == "create"]
            name = f"sale {sale.change_id[:8]} ({sale.phone})"
            if not made:
                outcome.lost.append(f"{name}: never created")
                continue
            if len(made) > 1:
                outcome.doubled.append(f"{name}: created {len(made)} times")
            outcome.sales_created += 1
            body = server.store.get_order(str(made[0]["order_id"]))
            phone = "".join(ch for ch in str((body.get("customer") or {}).get("phone") or "") if ch.isdigit())
            lines = Counter(
                (int(p["quantity"]), Decimal(str(p["price"])).normalize()) for p in body.get("order_products", [])
            )
            paid = _money(body)[1]
            outcome.money_taken += sale.paid
            outcome.money_recorded += paid
            due, total = Decimal(str(body.get("amount_due") or 0)), Decimal(str(body.get("amount") or 0))
            if paid != sale.paid or due != total - sale.paid or total != sale.total:
                outcome.money_wrong.append(
                    f"{name}: took {sale.paid} of {sale.total}, the server recorded {paid} of {total}, owes {due}"
                )
            if sale.known and body.get("customer_id") != sale.known:
                outcome.wrong_values.append(f"{name}: sold to {body.get('customer_id')}, not {sale.known}")
            if not "".join(ch for ch in sale.phone if ch.isdigit()).endswith(phone[-9:]) or lines != sale.lines:
                outcome.wrong_values.append(f"{name}: the server holds {phone}, {dict(lines)}")
            others = [r for r in server.store.rows if r.phone == sale.phone and r.id != made[0]["order_id"]]
            if others and not sale.known:  # a known customer has other orders of their own
                seen = [(r.reference, [w["request_id"] for w in writes if w["order_id"] == r.id][:3]) for r in others]
                outcome.doubled.append(f"{name}: {len(others)} more order(s) for this customer: {seen}")

    def _check_payments(self, writes: list[dict[str, Any]], outcome: Outcome) -> None:
        """Every payment is on the server exactly once, of its amount (none when the clerk dropped it)."""
        outcome.payments = len(self.payments)
        for plan in self.payments.values():
            made = [w for w in writes if w["request_id"] == plan.change_id and w["kind"] == "payment"]
            name = f"payment {plan.change_id[:8]} of {plan.amount} on {plan.order_id}"
            if plan.change_id in self.discarded:
                if made:
                    outcome.doubled.append(f"{name}: recorded though the server refused it and the clerk dropped it")
                continue
            if not made:
                outcome.lost.append(f"{name}: never recorded")
            elif len(made) > 1:
                outcome.doubled.append(f"{name}: recorded {len(made)} times")
            outcome.payments_recorded += bool(made)

    def _check_notices(self, writes: list[dict[str, Any]], outcome: Outcome) -> None:
        """Every e-mail went once; one the clerk dropped after a lost answer at most once, never twice."""
        outcome.notices = len(self.notices)
        for change_id, order_id in self.notices.items():
            made = [w for w in writes if w["request_id"] == change_id and w["kind"] == "notify"]
            name = f"e-mail {change_id[:8]} of {order_id}"
            if len(made) > 1:
                outcome.doubled.append(f"{name}: sent {len(made)} times")
            elif not made and change_id not in self.discarded:
                outcome.lost.append(f"{name}: never sent")
            outcome.notices_sent += bool(made)

    def _check_money(self, server: DemoServer, outcome: Outcome) -> None:
        """Order by order: the payments recorded are the money the clerk took, the balance the total less it.

        Orders whose payment status someone set are left to the payment
        count (marked paid, an order owes nothing whatever was recorded).
        Known customers are as they were; dressed lines kept their
        discounts, taxes and service.
        """
        taken: dict[str, Decimal] = {}
        for plan in self.payments.values():
            if plan.change_id not in self.discarded:
                taken[plan.order_id] = taken.get(plan.order_id, Decimal(0)) + plan.amount
        refunded = self.returns.refunded()
        returned_on = {plan.order_id for plan in self.returns.plans.values()}
        for oid, (paid_before, recorded_before) in self.money_at_start.items():
            body = server.store.get_order(oid)
            paid, recorded = _money(body)
            # What the clerk took on it, less what it handed back on returns.
            took = taken.get(oid, Decimal(0)) - refunded.get(oid, Decimal(0))
            outcome.money_taken += took
            outcome.money_recorded += recorded - recorded_before
            if recorded - recorded_before != took:
                outcome.money_wrong.append(f"{oid}: took {took}, the server recorded {recorded - recorded_before}")
            elif oid not in self.billing_touched and oid not in returned_on and paid - paid_before != took:
                # (A return lowers the total: its order's balance is checked by the return clerk.)
                outcome.money_wrong.append(f"{oid}: took {took}, its balance fell by {paid - paid_before}")
        outcome.customers_rewritten = len(server.store.customer_rewrites)
        for line_id, kept in self.dressed.items():
            entry = next(
                (e for e in server.store.get_order(kept["order_id"])["order_products"] if str(e["id"]) == line_id), None
            )
            now = _dressing(entry or {})
            if entry is None or now != {k: kept[k] for k in now}:
                outcome.lines_stripped.append(f"line {line_id} of {kept['order_id']}: {kept} -> {now}")

    def figures(self, outcome: Outcome, differ: list[str]) -> dict[str, object]:
        """The end check's figures, in the order the campaigns print them."""
        return {
            "colleague edits": self.colleague_edits,
            "of which put back": self.put_back,
            "sales taken": outcome.sales,
            "sales created": outcome.sales_created,
            "payments taken": outcome.payments,
            "payments recorded": outcome.payments_recorded,
            "e-mails to customers queued": outcome.notices,
            "e-mails sent (once each)": outcome.notices_sent,
            "money taken (FCFA)": int(outcome.money_taken),
            "money recorded (FCFA)": int(outcome.money_recorded),
            "money wrong": len(outcome.money_wrong),
            **outcome.returns.figures(),
            **outcome.discounts.figures(),
            "known customers rewritten": outcome.customers_rewritten,
            "lines stripped": len(outcome.lines_stripped),
            "changes made": outcome.changes,
            "applied": outcome.applied,
            "conflicts settled": self.conflicts,
            "of which took theirs": self.took_theirs,
            "re-sent by the clerk's choice": outcome.resent_by_choice,
            "made by a colleague's same edit": outcome.made_by_colleague,
            "retried after a refusal": self.retried,
            "keys sent beyond the change": len(outcome.extra_keys),
            "values checked": outcome.fields_checked,
            "lost": len(outcome.lost),
            "doubled": len(outcome.doubled),
            "wrong values": len(outcome.wrong_values),
            "cache differs": len(differ),
            "till sessions opened": outcome.till.opened,
            "till closes": outcome.till.closed,
            "till differences approved": outcome.till.approved,
        }

    def _lines_moved(self) -> set[str]:
        """Orders whose lines someone changed (their total moved too)."""
        lines = {p.order_id for p in self.planned.values() if any(k.startswith("lines.") for k in p.fields)}
        return lines | {oid for _, oid, key, _ in self.colleague_values if key.startswith("lines.")}

    def check(self, server: DemoServer) -> Outcome:
        """Replay the write log and the bodies against the timeline.

        A change is written exactly once. The one exception is the clerk's
        own choice: a try whose answer was lost (a crash right after the
        write) may have landed before a colleague changed the same field, or
        put back the value the clerk saw (A-B-A); the program cannot tell,
        so it reports a conflict. Taking theirs
        then writes nothing more; keeping mine writes once more, on purpose.
        So writes are counted before and after the clerk settled: at most
        one before, and after it exactly one (kept mine) or none (dropped).
        """
        writes = server.stats()["writes"]
        places: dict[tuple[str | None, str], list[int]] = {}
        for index, write in enumerate(writes):
            places.setdefault((write["request_id"], write["order_id"]), []).append(index)
        outcome = Outcome(changes=len(self.planned))
        for planned in self.planned.values():
            found = places.get((planned.change_id, planned.order_id), [])
            if planned.group_id:
                found = found + places.get((planned.group_id, planned.order_id), [])
            settled = self.settled_at.get(planned.change_id, len(writes) + 1)
            before = [i for i in found if i < settled]
            after = [i for i in found if i >= settled]
            name = f"{planned.change_id[:8]} on {planned.order_id}"
            if planned.change_id in self.discarded:
                if after:
                    outcome.doubled.append(f"{name}: written after the clerk dropped it")
                if len(before) > 1:
                    outcome.doubled.append(f"{name}: {len(before)} writes")
            elif planned.change_id in self.settled_at:  # a conflict settled "keep mine"
                if not after:
                    outcome.lost.append(f"{name}: never written after the clerk kept it")
                if len(after) > 1 or len(before) > 1:
                    outcome.doubled.append(f"{name}: {len(before)} + {len(after)} writes")
                outcome.resent_by_choice += bool(before and after)
            elif not found and self._colleague_made(planned):
                outcome.made_by_colleague += 1  # the server held the intended values: nothing to send
            elif not found:
                outcome.lost.append(f"{name}: never written")
            elif len(found) > 1:
                outcome.doubled.append(f"{name}: {len(found)} writes")
            outcome.applied += bool(found)
            for index in found:
                outcome.extra_keys += beyond_change(planned, writes[index], name)
        outcome.discarded = len(self.discarded)
        self._check_sales(server, writes, outcome)
        self._check_payments(writes, outcome)
        self._check_notices(writes, outcome)
        self._check_money(server, outcome)
        outcome.till = self.till.check(server)
        recorded_at_start = {oid: recorded for oid, (_, recorded) in self.money_at_start.items()}
        outcome.returns = self.returns.check(server, recorded_at_start, self._lines_moved(), self.billing_touched)
        outcome.lost += outcome.returns.lost
        outcome.doubled += outcome.returns.doubled
        outcome.wrong_values += outcome.returns.wrong
        made = {str(w["request_id"]): str(w["order_id"]) for w in writes if w["kind"] == "create"}
        outcome.discounts = self.discounts.check(server, made)
        outcome.wrong_values += outcome.discounts.wrong
        outcome.lost += outcome.till.lost
        outcome.doubled += outcome.till.doubled
        outcome.wrong_values += outcome.till.wrong
        outcome.wrong_values += outcome.money_wrong + outcome.lines_stripped
        outcome.wrong_values += [f"{n} known customer(s) rewritten" for n in [outcome.customers_rewritten] if n]
        for (oid, key), value in self.expected(writes).items():
            outcome.fields_checked += 1
            actual = read_value(server.store.get_order(oid), key)
            if actual != value:
                outcome.wrong_values.append(f"{oid} {key}: server {actual!r}, expected {value!r}")
        return outcome


def _dressing(entry: dict[str, Any]) -> dict[str, Any]:
    """What a colleague gave a line that a line edit must leave: its discounts, taxes and service."""
    meta = entry.get("metadata") or {}
    kept = {"discounts": entry.get("discounts") or [], "taxes": meta.get("taxes") or []}
    return {**kept, "service": entry.get("service_id")}


def _money(body: dict[str, Any]) -> tuple[Decimal, Decimal]:
    """What an order holds as paid (its total less its balance) and the sum of its recorded payments."""
    total = Decimal(str(body.get("amount") or 0))
    paid = total - Decimal(str(body.get("amount_due") if body.get("amount_due") is not None else total))
    payments = [p for p in body.get("payments") or [] if isinstance(p, dict) and not p.get("deleted_at")]
    return paid, sum((Decimal(str(p.get("amount") or 0)) for p in payments), Decimal(0))


def beyond_change(planned: Planned, write: dict[str, Any], name: str) -> list[str]:
    """What a write sent or set off that its change did not ask for (the contract: only what changed)."""
    if write["kind"] != "update":
        return []
    allowed = {"products"} if any(key.startswith("lines.") for key in planned.fields) else set()
    allowed |= {key for key in planned.fields if not key.startswith("lines.") and ".address." not in key}
    allowed |= {key.rsplit(".", 1)[0] for key in planned.fields if ".address." in key}
    extra = [key for key in write["sent_keys"] if key not in allowed]
    effects = [e for e in write["effects"] if not e.startswith("address_created") and e != "payment_processing"]
    if "payment_processing" in write["effects"] and planned.fields.get("billing.status") != "paid":
        effects.append("payment_processing")
    return [f"{name}: sent {key}" for key in extra] + [f"{name}: set off {e}" for e in effects]


def same_as_server(service: OrderService, server: DemoServer, order_ids: list[str]) -> list[str]:
    """Orders whose cached body differs from the server's in what the clerk sees."""
    differ = []
    for oid in order_ids:
        mine = store_of(service).cache.server_body(oid)
        theirs = server.store.get_order(oid)
        shown = store_of(service).cache.body(oid)
        if mine is None or shown != mine:
            differ.append(f"{oid}: local overlay left")
            continue
        for key in ("updated_at", "shipping", "billing", "order_products", "amount"):
            if mine.get(key) != theirs.get(key):
                differ.append(f"{oid}: {key}: mine {mine.get(key)!r:.300} theirs {theirs.get(key)!r:.300}")
    return differ
