"""The credit book: the customers who owe money, from the local copy (offline too), and the reminders sent them.

Per customer: their balance (the sum of what their orders owe, by the one
rule of ``models.owed``), their oldest unpaid order and how many days it is
overdue (from its due date when it has one, else from its date), their last
payment received and how many orders they have unpaid. Summed in SQL by
:mod:`genuka_desk.store.credit_book`; sorted and filtered here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.coerce import WAT, to_datetime
from ..models.phone import phone_key, whatsapp_link
from ..store.credit_book import CreditBookStore, OwingFilter, OwingRow
from ..store.list_row import fold

if TYPE_CHECKING:
    from .core import ServiceCore

# The reminder's words in the languages the desk writes (the customer's language, else the desk's).
REMINDERS = {
    "fr": (
        "Bonjour {name}, sauf erreur de notre part, il reste {balance} à régler sur vos achats "
        "(la plus ancienne commande : {reference}, du {day}). Merci de passer nous voir ou de nous "
        "contacter pour le règlement."
    ),
    "en": (
        "Hello {name}, unless we are mistaken, {balance} is still to be paid on your purchases "
        "(the oldest order: {reference}, of {day}). Please come by or contact us to settle it."
    ),
}


class Sort(StrEnum):
    """What the book is sorted by."""

    BALANCE = "balance"
    OVERDUE = "overdue"
    NAME = "name"
    UNPAID = "unpaid"
    LAST_PAYMENT = "last_payment"


@dataclass(frozen=True)
class Debtor:
    """One customer who owes money, as the credit book shows them."""

    customer_id: str
    name: str
    phone: str
    balance: Decimal
    currency: str
    unpaid: int  # how many of their orders owe something
    oldest_order_id: str
    oldest_reference: str
    oldest_at: datetime | None  # the oldest unpaid order's date
    due_at: datetime | None  # its due date (None: it has none)
    days_overdue: int  # from ``due_at`` when there is one, else from ``oldest_at``; 0: not yet due
    last_paid_at: datetime | None
    last_paid_amount: Decimal | None

    @property
    def overdue_from_due_date(self) -> bool:
        """Whether the days overdue count from a due date (else from the order's date)."""
        return self.due_at is not None

    @property
    def overdue(self) -> bool:
        """Whether something is past due."""
        return self.days_overdue > 0


@dataclass(frozen=True)
class CreditQuery:
    """Which debtors, in which order: a name or phone typed, a minimum balance, only the overdue ones."""

    search: str = ""
    min_balance: Decimal | None = None
    overdue_only: bool = False
    sort: Sort = Sort.BALANCE
    descending: bool = True


def _day(moment: datetime | None) -> date | None:
    """The day of ``moment`` in Douala (as the list shows dates)."""
    return None if moment is None else moment.astimezone(WAT).date()


def _money(value: float) -> Decimal:
    """A sum of REAL balances as an exact amount to the cent (the balances themselves are exact decimals)."""
    amount = Decimal(str(round(value, 2)))
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def _moment(text: str | None) -> datetime | None:
    """A row's sortable UTC time (``store.rows.sortable_time``) as a moment; None when empty."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)  # the rows' one shape: no lenient parsing needed (30,000 rows)
    except ValueError:
        return to_datetime(text)


def debtor_of(row: OwingRow) -> Debtor:
    """The credit book's line of one summed row."""
    when, amount = row.last_paid.split(" ", 1) if row.last_paid else ("", "")
    return Debtor(
        customer_id=row.customer_id,
        name=row.name,
        phone=row.phone,
        balance=_money(row.balance),
        currency=row.currency,
        unpaid=row.unpaid,
        oldest_order_id=row.oldest_id,
        oldest_reference=row.oldest_reference,
        oldest_at=_moment(row.oldest_at),
        due_at=_moment(row.oldest_due_at),
        days_overdue=row.days_overdue,
        last_paid_at=_moment(when),
        last_paid_amount=Decimal(amount) if amount else None,
    )


def _matches(debtor: Debtor, words: list[str], digits: str) -> bool:
    if digits and digits in phone_key(debtor.phone):
        return True
    name = fold(debtor.name)
    return bool(words) and all(word in name for word in words)


def _sort_key(sort: Sort) -> object:
    never = datetime.min.replace(tzinfo=WAT)
    keys = {
        Sort.BALANCE: lambda d: (d.balance, fold(d.name)),
        Sort.OVERDUE: lambda d: (d.days_overdue, d.balance),
        Sort.NAME: lambda d: (fold(d.name), d.customer_id),
        Sort.UNPAID: lambda d: (d.unpaid, d.balance),
        Sort.LAST_PAYMENT: lambda d: (d.last_paid_at or never, d.balance),
    }
    return keys[sort]


def select(debtors: Iterable[Debtor], query: CreditQuery) -> list[Debtor]:
    """``debtors`` filtered and sorted as ``query`` asks."""
    text = query.search.strip()
    words = fold(text).split()
    digits = phone_key(text) if sum(ch.isdigit() for ch in text) >= 3 else ""
    found = [
        d
        for d in debtors
        if (not text or _matches(d, words, digits))
        and (query.min_balance is None or d.balance >= query.min_balance)
        and (not query.overdue_only or d.overdue)
    ]
    found.sort(key=_sort_key(query.sort), reverse=query.descending)  # type: ignore[arg-type]
    return found


@dataclass(frozen=True)
class CreditPage:
    """The debtors asked for, and how many customers owe how much in the whole filtered book."""

    debtors: list[Debtor]
    count: int
    total: Decimal
    currency: str


def owing_filter(query: CreditQuery) -> OwingFilter:
    """The store's filter of what the clerk typed and ticked."""
    text = query.search.strip()
    digits = phone_key(text) if sum(ch.isdigit() for ch in text) >= 3 else ""
    words = tuple(fold(text).split()) if text and not digits else ()
    minimum = None if query.min_balance is None else float(query.min_balance)
    return OwingFilter(words=words, digits=digits, min_balance=minimum, overdue_only=query.overdue_only)


class CreditBook:
    """The customers who owe money, from the local copy: summed, filtered and sorted by index, and reminded."""

    def __init__(self, core: ServiceCore) -> None:
        """The capability over ``core``'s local copy."""
        self._core = core
        self._store = CreditBookStore(core.store.files)

    def page(
        self, query: CreditQuery | None = None, today: date | None = None, *, limit: int | None = None, offset: int = 0
    ) -> CreditPage:
        """``limit`` debtors from ``offset`` (None: all) as ``query`` filters and sorts them, with the whole
        filtered book's count and total; days overdue counted to ``today`` (Douala's, by default)."""
        query = query or CreditQuery()
        today = today or datetime.now(WAT).date()
        found = self._store.page(
            today.isoformat(),
            owing_filter(query),
            order=query.sort.value,
            descending=query.descending,
            limit=limit,
            offset=offset,
        )
        return CreditPage([debtor_of(r) for r in found.rows], found.count, _money(found.total), found.currency)

    def debtors(self, query: CreditQuery | None = None, today: date | None = None) -> list[Debtor]:
        """Every debtor ``query`` keeps, in its order."""
        return self.page(query, today).debtors

    def language_of(self, customer_id: str, desk_language: str) -> str:
        """The language to write to the customer in: their ``preferred_language`` when known (and written
        here), else the desk's."""
        body = self._core.store.catalog.customer_body(customer_id) or {}
        preferred = str(body.get("preferred_language") or "").strip().lower().replace("_", "-").split("-")[0]
        if preferred in REMINDERS:
            return preferred
        return desk_language if desk_language in REMINDERS else "en"

    @staticmethod
    def reminder_text(debtor: Debtor, language: str, balance: str) -> str:
        """The reminder's words, ready for the clerk to change (``balance``: the amount as the desk writes it)."""
        day = _day(debtor.oldest_at)
        shown_day = "" if day is None else day.strftime("%d/%m/%Y")
        template = REMINDERS.get(language, REMINDERS["en"])
        name = debtor.name.split()[0] if debtor.name.strip() else ""
        text = template.format(name=name, balance=balance, reference=debtor.oldest_reference or "-", day=shown_day)
        return text.replace(" ,", ",")

    @staticmethod
    def reminder_link(debtor: Debtor, words: str) -> str | None:
        """The ``wa.me`` link that opens the customer's chat with ``words`` (None: no usable phone)."""
        return whatsapp_link(debtor.phone, words.strip() or None)

    @staticmethod
    def write_csv(debtors: Iterable[Debtor], path: Path, titles: list[str], *, separator: str = ";") -> int:
        """Write the book to ``path`` (as ``service.export`` writes the list: ISO days, plain numbers, a BOM
        for spreadsheets, written beside then moved in place); the count."""
        tmp = path.with_name(f".{path.name}.part")
        count = 0
        try:
            with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle, delimiter=separator)
                writer.writerow(titles)
                for d in debtors:
                    writer.writerow(csv_values(d))
                    count += 1
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return count


CSV_COLUMNS = (
    "customer",
    "phone",
    "balance",
    "currency",
    "unpaid_orders",
    "oldest_order",
    "oldest_date",
    "due_date",
    "days_overdue",
    "last_payment_date",
    "last_payment_amount",
    "customer_id",
)


def csv_values(d: Debtor) -> list[str | int]:
    """One debtor's values, as :data:`CSV_COLUMNS` (also the CLI's JSON keys)."""

    def iso(moment: datetime | None) -> str:
        day = _day(moment)
        return "" if day is None else day.isoformat()

    return [
        d.name,
        d.phone,
        format(d.balance, "f"),
        d.currency,
        d.unpaid,
        d.oldest_reference,
        iso(d.oldest_at),
        iso(d.due_at),
        d.days_overdue,
        iso(d.last_paid_at),
        "" if d.last_paid_amount is None else format(d.last_paid_amount, "f"),
        d.customer_id,
    ]
