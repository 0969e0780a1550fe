"""The till: open a cash session with a count, see what it should hold, close it with a count, offline too.

Opening and closing are operations of the queue (``store.till``), shown at
once and sent exactly once by the sync. What the drawer should hold
(``expected``) is the server's figure as last read plus the cash taken at
this desk that the server may not count yet; before the session reached
the server, the opening count plus that cash (marked provisional). A
manager's approval or rejection of a difference needs the server (it is
the manager's decision, taken with the server's figures).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import store as _store
from ..store.till import OPENED, PENDING_APPROVAL
from ..sync.keys import CASH_CONTROL_KEY, DENOMINATIONS_KEY
from .errors import ServiceError

if TYPE_CHECKING:
    from ..models.till import Denomination
    from ..store.till import TillSession
    from .core import ServiceCore
    from .payments import Payments

log = logging.getLogger(__name__)

DEFAULT_CURRENCY = "XAF"
NO_CASH_CONTROL = (
    "Cash control is off for this company on Genuka: the till is not used, and sales go on as before. "
    "A manager can turn it on in the Genuka dashboard (company settings)."
)


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


def parse_counts(text: str, denominations: list[Denomination]) -> dict[str, int]:
    """A count typed as ``10000x3,5000x4`` (value x quantity) as ``denomination id -> quantity``.

    Raises :class:`TillError` with a sentence a clerk reads for a value the
    currency does not have, a quantity that is not a whole number, or a repeat.
    """
    by_value = {d.value: str(d.id) for d in denominations if d.value is not None and d.id}
    counts: dict[str, int] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        value_text, sep, quantity_text = part.lower().replace("×", "x").partition("x")
        try:
            value = Decimal(value_text.replace(" ", ""))
            quantity = int(quantity_text.strip()) if sep else 1
        except (ArithmeticError, ValueError):
            raise TillError(f"{part!r} is not a count: write value x quantity, e.g. 10000x3.") from None
        if quantity < 0:
            raise TillError(f"{part!r}: a quantity cannot be negative.")
        if value not in by_value:
            known = ", ".join(str(v) for v in sorted(by_value, reverse=True))
            raise TillError(f"There is no bill or coin of {value} here (the till counts {known}).")
        if by_value[value] in counts:
            raise TillError(f"{value} is counted twice: write each bill or coin once.")
        counts[by_value[value]] = quantity
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
        """The currency the till counts (the shop's; CFA francs by default)."""
        return DEFAULT_CURRENCY

    def available(self) -> bool | None:
        """Whether the company uses cash control (None: not known yet: the server was not asked)."""
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
        """The session the till shows now, with what the drawer should hold (None: the till is closed)."""
        session = self._store.till.live()
        return None if session is None else self.view(session)

    def view(self, session: TillSession) -> TillView:
        """A session with what the drawer should hold now."""
        server = session.server_body or {}
        waiting = sum(1 for c in self._store.queue.active_changes(session.subject))
        server_expected = server.get("balance_expected")
        if session.server_id and server_expected is not None and session.read_at is not None:
            base = Decimal(str(server_expected))
            extra = self._store.till.cash_taken(session.account_id, session.opened_at, after=session.read_at)
            provisional = waiting > 0 or extra > 0
        else:
            base = session.balance_start
            extra = self._store.till.cash_taken(session.account_id, session.opened_at)
            provisional = True
        needs = bool(server.get("requires_approval")) or session.status == PENDING_APPROVAL
        return TillView(session, base + extra, provisional, waiting, needs)

    def open(self, counts: dict[str, int], account_id: str | None = None, notes: str = "") -> TillView:
        """Open the till with the opening count (denomination id -> quantity): shown at once, sent by the sync."""
        if self.available() is False:
            raise TillUnavailable(NO_CASH_CONTROL)
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

    def sessions(self, limit: int = 50) -> list[TillView]:
        """The sessions opened at this desk, newest first (its history)."""
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
