"""The till: open a cash session with a count, see what it should hold, close it with a count, offline too.

Opening and closing are operations of the queue (``store.till``), shown at
once and sent exactly once by the sync. What the drawer should hold
(``expected``) is the server's figure as last read plus the cash taken at
this desk that the server may not count yet, less the cash handed back here
for returns (``till_refunds``); before the session reached
the server, the opening count plus that cash (marked provisional). A
manager's approval or rejection of a difference needs the server (it is
the manager's decision, taken with the server's figures).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import store as _store
from ..store.till import CLOSED, CLOSING, OPENED, PENDING_APPROVAL
from ..sync.keys import CASH_CONTROL_KEY, DENOMINATIONS_KEY, kept_currency
from .errors import ServiceError
from .till_refunds import refunds_taken

if TYPE_CHECKING:
    from ..api.cash_register import CashRegister
    from ..models.till import CashSession, Denomination
    from ..store.till import TillSession
    from .core import ServiceCore
    from .payments import Payments
    from .till_report import ZReport

log = logging.getLogger(__name__)

NO_CASH_CONTROL = (
    "Cash control is off for this company on Genuka: the till is not used, and sales go on as before. "
    "A manager can turn it on in the Genuka dashboard (company settings)."
)

NOT_ALLOWED = "This login may not use the till on Genuka: ask a manager for the permission. Sales go on as before."

# Where a session stands, as its Z report and the till's history say it (:func:`session_state`).
STATE_OPEN = "open"
STATE_CLOSING = "closing"  # closed here, the close not sent yet
STATE_AWAITING = "awaiting_approval"  # closed, a manager must approve the difference
STATE_APPROVED = "approved"  # closed, a manager approved the difference
STATE_CLOSED = "closed"  # closed, nothing to approve
STATE_REJECTED = "rejected"  # a manager rejected the count: open again for a recount


def session_state(session: TillSession) -> str:
    """Where ``session`` stands, truthfully: an approval and a rejection are told apart from a plain close.

    The server's ``difference_status`` (or its ``approved_at`` / ``approved_by``)
    tells an approved close from one that needed none, and a session open
    again after a rejection (``status`` opened, ``difference_status``
    rejected, or the status ``rejected`` itself) from a fresh one.
    """
    server = session.server_body or {}
    status = session.status
    if status == CLOSING:
        return STATE_CLOSING
    if status == PENDING_APPROVAL:
        return STATE_AWAITING
    if status == "rejected" or (status == OPENED and server.get("difference_status") == "rejected"):
        return STATE_REJECTED
    if status == CLOSED:
        approved = server.get("approved_at") or server.get("approved_by") or server.get("approved_by_user")
        return STATE_APPROVED if approved or server.get("difference_status") == "approved" else STATE_CLOSED
    return STATE_OPEN if status == OPENED else status


class TillError(ServiceError):
    """A till request refused here (a count that does not add up, no till open...); ``message`` is fit to show."""


class TillUnavailable(TillError):
    """The company's cash control is off: no till (sales go on without one)."""


@dataclass(frozen=True)
class TillView:
    """What the till shows: the session, what the drawer should hold, and whether that is the server's word yet."""

    session: TillSession
    expected: Decimal
    provisional: bool  # the server has not counted everything yet (offline, or operations waiting)
    waiting: int  # the session's operations not sent yet
    requires_approval: bool
    cash_in: Decimal = Decimal(0)  # what came into the drawer since the opening (expected - opening count)
    difference: Decimal | None = None  # counted - expected, once counted
    counted: Decimal | None = None  # the count at close (this desk's, or the server's for a session closed elsewhere)
    reason: str | None = None  # why the count differs (the server's word for a session closed elsewhere)

    @property
    def state(self) -> str:
        """Where the session stands (:func:`session_state`: ``open``, ``approved``, ``rejected``...)."""
        return session_state(self.session)


def parse_counts(text: str, denominations: list[Denomination]) -> dict[str, int]:
    """A count typed as ``10000x3,5000x4`` (value x quantity) as ``denomination id -> quantity``.

    Where a bill and a coin share a value (XAF's 500), ``500b`` names the
    bill and ``500c`` the coin. Raises :class:`TillError` with a sentence a
    clerk reads for a value the currency does not have, a quantity that is
    not a whole number, an ambiguous value, or a repeat.
    """
    by_value: dict[Decimal, dict[str, str]] = {}
    for d in denominations:
        if d.value is not None and d.id:
            by_value.setdefault(d.value, {})[(d.type or "")[:1].lower()] = str(d.id)
    counts: dict[str, int] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        value_text, sep, quantity_text = part.lower().replace("×", "x").partition("x")
        value_text = value_text.replace(" ", "")
        kind = value_text[-1] if value_text[-1:] in ("b", "c") else ""
        try:
            value = Decimal(value_text.rstrip("bc"))
            quantity = int(quantity_text.strip()) if sep else 1
            if not value.is_finite():  # "nan", "inf": a Decimal, not an amount
                raise ValueError(value_text)
        except (ArithmeticError, ValueError):
            raise TillError(f"{part!r} is not a count: write value x quantity, e.g. 10000x3.") from None
        if quantity < 0:
            raise TillError(f"{part!r}: a quantity cannot be negative.")
        kinds = by_value.get(value)
        if not kinds:
            known = ", ".join(str(v) for v in sorted(by_value, reverse=True))
            raise TillError(f"There is no bill or coin of {value} here (the till counts {known}).")
        if kind:
            if kind not in kinds:
                raise TillError(f"There is no {'bill' if kind == 'b' else 'coin'} of {value} here.")
            denomination_id = kinds[kind]
        elif len(kinds) > 1:
            raise TillError(f"{value} is both a bill and a coin: write {value}b (bills) or {value}c (coins).")
        else:
            denomination_id = next(iter(kinds.values()))
        if denomination_id in counts:
            raise TillError(f"{part!r} is counted twice: write each bill or coin once.")
        counts[denomination_id] = quantity
    return counts


class Till:
    """The till of this desk: its session, its denominations and cash accounts, open, close, approve, reject."""

    def __init__(self, core: ServiceCore, payments: Payments) -> None:
        """The capability over ``core``; the cash accounts come from the ways of paying ``payments`` knows."""
        self._core = core
        self._payments = payments

    @property
    def _store(self) -> _store.LocalStore:
        return self._core.store

    # -- what the till counts in ----------------------------------------------------

    def currency(self) -> str:
        """The currency the till counts: the company's (CFA francs until its profile is read)."""
        return kept_currency(self._store.cache)

    def available(self) -> bool | None:
        """Whether this desk can use the till: cash control on, and this login allowed (None: not asked yet)."""
        kept = self._store.cache.get_meta(CASH_CONTROL_KEY)
        return None if kept is None else kept == "on"

    def cash_accounts(self) -> list[tuple[str, str]]:
        """The cash treasury accounts a till can count (id, label), from the ways of paying."""
        from ..models.company import cash_accounts

        return list(cash_accounts(self._payments.methods()).items())

    def denominations(self) -> list[Denomination]:
        """The bills and coins the till counts, largest first, as the server last listed them (offline too)."""
        from ..models.till import Denomination  # the models load with the till, not before the list is painted

        kept = self._store.cache.get_meta(DENOMINATIONS_KEY + self.currency())
        try:
            items = json.loads(kept) if kept else []
        except ValueError:
            items = []
        found = [Denomination.model_validate(i) for i in items if isinstance(i, dict)]
        return sorted((d for d in found if d.is_active is not False), key=lambda d: d.value or 0, reverse=True)

    # -- the session ---------------------------------------------------------------

    def current(self) -> TillView | None:
        """The session the till shows now, with what the drawer should hold (None: the till is closed).

        This desk's till: on the account of the last session opened here, when one was.
        """
        session = self._store.till.live(self._store.till.desk_account())
        return None if session is None else self.view(session)

    def view(self, session: TillSession) -> TillView:
        """A session with what the drawer should hold now (at its close, for a session closed)."""
        server = session.server_body or {}
        waiting = sum(1 for c in self._store.queue.active_changes(session.subject))
        server_expected = server.get("balance_expected")
        until = session.closed_at  # cash taken after the close is the next shift's
        if session.server_id and server_expected is not None and session.read_at is not None:
            base = Decimal(str(server_expected))
            extra = Decimal(0)
            if not session.from_list:  # another desk's session in the history: the cash taken here is not its
                extra = self._store.till.cash_taken(session.account_id, session.opened_at, session.read_at, until)
                extra -= refunds_taken(self._store, session.account_id, session.opened_at, session.read_at, until)
            provisional = waiting > 0 or extra != 0
        else:
            base = session.balance_start
            extra = self._store.till.cash_taken(session.account_id, session.opened_at, until=until)
            extra -= refunds_taken(self._store, session.account_id, session.opened_at, until=until)
            provisional = True
        expected = base + extra
        counted = session.balance_counted
        if counted is None and server.get("balance_counted") is not None:
            counted = Decimal(str(server["balance_counted"]))
        needs = bool(server.get("requires_approval")) or session.status == PENDING_APPROVAL
        return TillView(
            session,
            expected,
            provisional,
            waiting,
            needs,
            cash_in=expected - session.balance_start,
            difference=None if counted is None else counted - expected,
            counted=counted,
            reason=session.reason or (str(server.get("difference_reason") or "") or None),
        )

    def open(self, counts: dict[str, int], account_id: str | None = None, notes: str = "") -> TillView:
        """Open the till with the opening count (denomination id -> quantity): shown at once, sent by the sync."""
        if self.available() is False:
            forbidden = self._store.cache.get_meta(CASH_CONTROL_KEY) == "forbidden"
            raise TillUnavailable(NOT_ALLOWED if forbidden else NO_CASH_CONTROL)
        accounts = dict(self.cash_accounts())
        if account_id is None:
            if not accounts:
                raise TillError("No cash account is known yet: sync once with the server, then open the till.")
            account_id = next(iter(accounts))
        if account_id not in accounts:
            raise TillError("This account does not take cash: pick the till's cash account.")
        start = self._total(counts)
        try:
            session = self._store.till.open(account_id, accounts[account_id], self.currency(), counts, start, notes)
        except ValueError as exc:
            raise TillError(str(exc)) from None
        self._core.changed((session.subject,))
        return self.view(session)

    def close(self, counts: dict[str, int], reason: str | None = None, notes: str = "") -> TillView:
        """Close the till with the count; a difference needs a reason from the documented list."""
        current = self.current()
        if current is None or current.session.status != OPENED:
            raise TillError("The till is not open.")
        counted = self._total(counts)
        from ..models.till import DifferenceReason

        if reason is not None and reason not in {r.value for r in DifferenceReason}:
            raise TillError(f"{reason!r} is not a reason the server knows.")
        if counted != current.expected and reason in (None, DifferenceReason.NONE.value):
            raise TillError(
                f"The count ({counted}) differs from what the till should hold ({current.expected}): say why."
            )
        try:
            session = self._store.till.close(current.session.local_id, counts, counted, reason, notes)
        except (KeyError, ValueError) as exc:
            raise TillError(str(exc)) from None
        self._core.changed((session.subject,))
        return self.view(session)

    async def take_over(self) -> TillView:
        """Take the session already open on the server on this till's account, instead of opening a second one.

        For an opening held because the server showed one open there (needs the server).
        """
        from ..api.cash_register import CashRegister
        from ..store import ChangeKind

        current = self.current()
        held = [
            c
            for c in self._store.queue.active_changes(current.session.subject if current else None)
            if c.kind is ChangeKind.TILL_OPEN and c.state.value == "failed"
        ]
        if current is None or not held:
            raise TillError("No opening waits for the till open on the server.")
        active = await CashRegister(self._core.client).open_sessions(current.session.account_id)
        theirs = next((s for s in active if s.open), None)
        if theirs is None:
            raise TillError("No session is open on the server for this till any more: retry the opening.")
        from ..models.till import sent_body

        try:
            session = self._store.till.adopt(held[0].id, sent_body(theirs))
        except ValueError as exc:
            raise TillError(str(exc)) from None
        self._core.changed((session.subject,))
        return self.view(session)

    def session(self, key: str | None = None) -> TillView:
        """A session by its local or server id (None: the one the till shows, else the last one)."""
        found = self._store.till.session(key) if key else self._store.till.live()
        if found is None and not key:
            recent = self._store.till.sessions(1)
            found = recent[0] if recent else None
        if found is None:
            raise TillError(f"No till session {key}." if key else "No till session yet.")
        return self.view(found)

    async def refresh(self) -> None:
        """Read the till's facts from the server now (cash control, bills and coins, the session's figures)."""
        await self._core.engine.till.pull()
        self._core.changed(())

    async def history(self) -> int:
        """Read the till's history from the server now (every desk's sessions and the web's); how many are new.

        Kept here for offline; raises the server's error (the history kept shows meanwhile).
        """
        added = await self._core.engine.till.history()
        self._core.changed(())
        return added

    async def report(self, key: str | None = None) -> ZReport:
        """The Z report of a session: from the server's copy, summary, transactions and history read now.

        When the server cannot be read, from what was kept of them here
        (and this desk's own cash), marked provisional unless the session
        was settled when it was last read.
        """
        from ..api import GenukaError
        from .till_report import report_of

        view = self.session(key)
        fresh = False
        if view.session.server_id and self._core.engine.online is not False:
            try:
                await self._read_details(view.session)
                fresh = True
            except GenukaError as exc:
                log.info("the Z report is made from the local copy: %s", exc.message)
            view = self.session(view.session.local_id)
        details = self._store.till.details(view.session.local_id)
        return report_of(self._core, view, self.denominations(), details, fresh=fresh)

    async def _read_details(self, session: TillSession) -> None:
        """The session, its transactions and its audit history from the server, kept for the next report."""
        import asyncio  # loaded with the first report, not before the list is painted

        from ..api.cash_register import CashRegister

        register, server_id = CashRegister(self._core.client), str(session.server_id)
        answers = await asyncio.gather(
            register.session(server_id),
            register.transactions(server_id),
            register.history(server_id),
            return_exceptions=True,
        )
        for answer in answers:
            if isinstance(answer, BaseException):
                raise answer
        shown, transactions, events = answers
        assert not isinstance(shown, BaseException)
        assert not isinstance(transactions, BaseException) and not isinstance(events, BaseException)
        server, summary = shown
        from ..models.till import sent_body

        self._store.till.keep_server(
            session.local_id, sent_body(server), None if summary is None else summary.model_dump()
        )
        self._store.till.keep_details(
            session.local_id,
            [t.model_dump(mode="json") for t in transactions],
            [e.model_dump(mode="json") for e in events],
        )

    async def approve(self, key: str, notes: str = "") -> TillView:
        """A manager approves the session's difference (needs the server): it is closed."""
        return await self._review(key, lambda register, server_id: register.approve(server_id, notes), notes)

    async def reject(self, key: str, reason: str) -> TillView:
        """A manager rejects the closure (needs the server): the till opens again for a recount."""
        if not reason.strip():
            raise TillError("Say why the closure is rejected: the clerk reads it before counting again.")
        return await self._review(
            key, lambda register, server_id: register.reject(server_id, reason.strip()), reason.strip()
        )

    async def _review(
        self, key: str, act: Callable[[CashRegister, str], Awaitable[CashSession]], note: str
    ) -> TillView:
        from ..api.cash_register import CashRegister

        view = self.session(key)
        if not view.session.server_id:
            raise TillError("This session has not reached the server yet: sync first.")
        server = await act(CashRegister(self._core.client), view.session.server_id)
        from ..models.till import sent_body

        self._store.till.keep_server(view.session.local_id, sent_body(server))
        self._store.till.note_review(view.session.local_id, note.strip())  # the Z report says it, offline too
        from ..api import GenukaError

        with contextlib.suppress(GenukaError):  # the full copy (the answer carries only what changed)
            full, summary = await CashRegister(self._core.client).session(view.session.server_id)
            self._store.till.keep_server(
                view.session.local_id, sent_body(full), None if summary is None else summary.model_dump()
            )
        self._core.changed((view.session.subject,))
        return self.session(view.session.local_id)

    def sessions(self, limit: int = 100) -> list[TillView]:
        """The till's history, newest opening first: this desk's sessions and those the server listed."""
        return [self.view(s) for s in self._store.till.sessions(limit)]

    def _total(self, counts: dict[str, int]) -> Decimal:
        from ..models.till import count_total

        known = {str(d.id): d for d in self.denominations()}
        if any(q < 0 for q in counts.values()):
            raise TillError("A quantity cannot be negative.")
        try:
            return count_total(counts, known)
        except KeyError:
            raise TillError("This count names a bill or coin the till does not know: sync, then count again.") from None
