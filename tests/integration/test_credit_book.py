"""The credit book over real SQLite and the demo API: who owes what, from the local copy, offline too; the CLI."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from genuka_desk.api import GenukaClient
from genuka_desk.demo import DemoServer
from genuka_desk.models import Order
from genuka_desk.models.owed import order_owes
from genuka_desk.service import ListQuery, OrderService
from genuka_desk.service.credit_book import CreditQuery, Debtor, Sort
from genuka_desk.store import LocalStore
from tests.integration.test_cli import Run, logged_in, run  # noqa: F401 (the CLI's fixture)
from tests.support.fixtures import load_fixture
from tests.support.services import settle


def cached_orders(service: OrderService) -> list[Order]:
    store = service._core.store
    found = [store.cache.order(r.id) for r in service.orders.rows(ListQuery(limit=None))]
    return [o for o in found if o is not None]


def customer_of(order: Order) -> str:
    return str((order.customer.id if order.customer is not None else None) or order.customer_id or "")


def expected_balances(service: OrderService) -> dict[str, Decimal]:
    """What each customer owes, order by order through the models' one rule (models.owed)."""
    owed: dict[str, Decimal] = {}
    for order in cached_orders(service):
        key = customer_of(order)
        if key and order_owes(order) > 0:
            owed[key] = owed.get(key, Decimal(0)) + order_owes(order)
    return owed


@pytest.mark.asyncio
async def test_the_book_sums_what_each_customer_owes_by_the_one_rule(service: OrderService) -> None:
    debtors = service.credit_book.debtors()
    expected = expected_balances(service)

    assert expected, "the demo has customers who owe"
    assert {d.customer_id: d.balance for d in debtors} == expected
    assert [d.balance for d in debtors] == sorted((d.balance for d in debtors), reverse=True)  # largest first
    orders = cached_orders(service)
    for debtor in debtors:
        theirs = [o for o in orders if customer_of(o) == debtor.customer_id]
        unpaid = sorted((o for o in theirs if order_owes(o) > 0), key=lambda o: o.created_at or datetime.min)
        assert debtor.unpaid == len(unpaid)
        assert debtor.oldest_order_id == unpaid[0].id and debtor.oldest_reference == unpaid[0].reference
        received = [p for o in theirs for p in o.payments if (p.type or "inbound") == "inbound" and p.paid_at]
        if received:
            last = max(received, key=lambda p: p.paid_at or datetime.min)
            assert debtor.last_paid_at == last.paid_at and debtor.last_paid_amount == last.amount
        else:
            assert debtor.last_paid_at is None and debtor.last_paid_amount is None


@pytest.mark.asyncio
async def test_a_payment_taken_offline_lowers_the_balance_at_once(
    demo_server: DemoServer, service: OrderService
) -> None:
    debtor = service.credit_book.debtors()[0]
    demo_server.stop()  # offline: the payment waits in the queue

    await service.payments.record(debtor.oldest_order_id, Decimal(1000), "cash")

    after = next(d for d in service.credit_book.debtors() if d.customer_id == debtor.customer_id)
    assert after.balance == debtor.balance - 1000
    assert after.last_paid_amount == Decimal(1000) and after.last_paid_at is not None
    assert after.last_paid_at.date() >= (debtor.last_paid_at or after.last_paid_at).date()


@pytest.mark.asyncio
async def test_a_payment_sent_to_the_server_keeps_the_book_right(
    demo_server: DemoServer, service: OrderService
) -> None:
    debtor = service.credit_book.debtors()[0]
    oldest = service.orders.row(debtor.oldest_order_id)
    assert oldest is not None and oldest.balance
    await service.payments.record(debtor.oldest_order_id, oldest.balance, "cash")  # the oldest order paid off
    await settle(service)

    assert {d.customer_id: d.balance for d in service.credit_book.debtors()} == expected_balances(service)


@pytest.mark.asyncio
async def test_filters_and_sorts(service: OrderService) -> None:
    everyone = service.credit_book.debtors()
    middle = everyone[len(everyone) // 2].balance
    rich = service.credit_book.debtors(CreditQuery(min_balance=middle))
    assert rich and all(d.balance >= middle for d in rich) and len(rich) < len(everyone) + 1
    someone = everyone[-1]
    by_name = service.credit_book.debtors(CreditQuery(search=someone.name.split()[-1].upper()))
    assert someone.customer_id in {d.customer_id for d in by_name}
    digits = "".join(ch for ch in someone.phone if ch.isdigit())[-6:]
    by_phone = service.credit_book.debtors(CreditQuery(search=f"{digits[:3]} {digits[3:]}"))
    assert [d.customer_id for d in by_phone] == [someone.customer_id]
    assert service.credit_book.debtors(CreditQuery(search="nobody-owes-zzz")) == []
    names = [d.name.casefold() for d in service.credit_book.debtors(CreditQuery(sort=Sort.NAME, descending=False))]
    assert len(names) == len(everyone)
    # Nothing is past due before the oldest order was made; everything is a year later.
    first_day = min(d.oldest_at for d in everyone if d.oldest_at).date()
    assert service.credit_book.debtors(CreditQuery(overdue_only=True), today=first_day.replace(year=2000)) == []
    later = first_day.replace(year=first_day.year + 2)
    assert len(service.credit_book.debtors(CreditQuery(overdue_only=True), today=later)) == len(everyone)


def _owing_body(body: dict, oid: str, *, due_at: str | None, created: str, customer: str, amount: int) -> dict:
    out = copy.deepcopy(body)
    out.update(id=oid, reference=f"#{oid}", created_at=created, updated_at=created, due_at=due_at)
    out.update(amount=amount, amount_due=amount, state=1, deleted_at=None, payments=[], status="pending")
    out["customer"] = {**(out.get("customer") or {}), "id": customer, "first_name": customer, "last_name": "Owes"}
    out["customer_id"] = customer
    out["billing"] = {**(out.get("billing") or {}), "status": "pending"}
    return out


def offline_service(folder: Path) -> tuple[LocalStore, OrderService]:
    store = LocalStore(folder)
    return store, OrderService(store, connect=lambda: GenukaClient("http://127.0.0.1:9", company_id="c", token="t"))


def test_days_overdue_count_from_the_due_date_else_the_order_date(tmp_path: Path) -> None:
    fixture_body = load_fixture("order-update.response.json")
    fixture_body = fixture_body.get("data", fixture_body)
    store, service = offline_service(tmp_path / "store")
    try:
        store.cache.save_server_bodies(
            [
                _owing_body(
                    fixture_body,
                    "a1",
                    due_at="2026-03-10",
                    created="2026-03-01T10:00:00.000000Z",
                    customer="due",
                    amount=5000,
                ),
                _owing_body(
                    fixture_body, "a2", due_at=None, created="2026-03-05T10:00:00.000000Z", customer="due", amount=2500
                ),
                _owing_body(
                    fixture_body, "b1", due_at=None, created="2026-03-02T10:00:00.000000Z", customer="plain", amount=700
                ),
                _owing_body(
                    fixture_body,
                    "c1",
                    due_at="2026-04-30",
                    created="2026-03-02T10:00:00.000000Z",
                    customer="later",
                    amount=900,
                ),
            ]
        )
        book = {d.customer_id: d for d in service.credit_book.debtors(today=date(2026, 3, 20))}
        assert book["due"].balance == 7500 and book["due"].unpaid == 2 and book["due"].oldest_reference == "#a1"
        assert book["due"].days_overdue == 10 and book["due"].overdue_from_due_date  # since its due date
        assert book["plain"].days_overdue == 18 and not book["plain"].overdue_from_due_date  # since its date
        assert book["later"].days_overdue == 0 and not book["later"].overdue  # not due yet
        overdue = service.credit_book.debtors(CreditQuery(overdue_only=True), today=date(2026, 3, 20))
        assert {d.customer_id for d in overdue} == {"due", "plain"}
    finally:
        service.close_files()


def test_the_reminder_speaks_the_customers_language(tmp_path: Path) -> None:
    store, service = offline_service(tmp_path / "store")
    try:
        store.catalog.save_customers(
            [
                {"id": "en1", "first_name": "Ann", "phone": "+237699554433", "preferred_language": "en-GB"},
                {"id": "fr1", "first_name": "Paul", "phone": "+237699554434", "preferred_language": "fr"},
                {"id": "none", "first_name": "Eve", "phone": "+237699554435", "preferred_language": None},
            ]
        )
        book = service.credit_book
        assert book.language_of("en1", "fr") == "en"
        assert book.language_of("fr1", "en") == "fr"
        assert book.language_of("none", "fr") == "fr" and book.language_of("none", "en") == "en"
        debtor = Debtor(
            "fr1",
            "Paul Mbarga",
            "+237 699 55 44 34",
            Decimal(12500),
            "XAF",
            2,
            "o1",
            "#ORDER_9",
            datetime(2026, 3, 1, 10, tzinfo=UTC),
            None,
            19,
            None,
            None,
        )
        words = book.reminder_text(debtor, "fr", "12 500 FCFA")
        assert words.startswith("Bonjour Paul,") and "12 500 FCFA" in words and "#ORDER_9" in words
        assert "01/03/2026" in words
        link = book.reminder_link(debtor, words + " Merci & à bientôt")
        assert link is not None and link.startswith("https://wa.me/237699554434?text=")
        assert parse_qs(urlparse(link).query)["text"] == [words + " Merci & à bientôt"]
        assert book.reminder_link(debtor, "  ") == "https://wa.me/237699554434"
        assert book.reminder_link(replace(debtor, phone="n/a"), "x") is None
    finally:
        service.close_files()


def test_the_csv_export(tmp_path: Path) -> None:
    debtor = Debtor(
        "c1",
        "Awa Ngono",
        "+237 699 55 44 33",
        Decimal("12500.5"),
        "XAF",
        2,
        "o1",
        "#ORDER_9",
        datetime(2026, 3, 1, 23, 30, tzinfo=UTC),
        None,
        19,
        datetime(2026, 2, 1, 10, tzinfo=UTC),
        Decimal(3000),
    )
    from genuka_desk.service.credit_book import CSV_COLUMNS, CreditBook

    path = tmp_path / "book.csv"
    assert CreditBook.write_csv([debtor], path, list(CSV_COLUMNS)) == 1
    text = path.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].split(";") == list(CSV_COLUMNS)
    # The day in Douala: 23:30 UTC on the 1st is already the 2nd there.
    assert text[1].split(";") == [
        "Awa Ngono",
        "+237 699 55 44 33",
        "12500.5",
        "XAF",
        "2",
        "#ORDER_9",
        "2026-03-02",
        "",
        "19",
        "2026-02-01",
        "3000",
        "c1",
    ]
    assert not list(tmp_path.glob(".*.part"))


def test_the_cli_lists_who_owes(run: Run) -> None:  # noqa: F811
    logged_in(run)
    owing = run.json("customers", "owing")
    assert owing and [Decimal(d["balance"]) for d in owing] == sorted(
        (Decimal(d["balance"]) for d in owing), reverse=True
    )
    assert {"customer", "phone", "balance", "days_overdue", "oldest_order", "last_payment_date"} <= set(owing[0])
    middle = owing[len(owing) // 2]["balance"]
    some = run.json("customers", "owing", "--min", middle)
    assert some and all(Decimal(d["balance"]) >= Decimal(middle) for d in some)
    overdue = run.json("customers", "owing", "--overdue")
    assert all(int(d["days_overdue"]) > 0 for d in overdue)
    code, out, _ = run("customers", "owing")
    assert code == 0 and owing[0]["customer"] in out and "customers owe" in out
    code, _, err = run("customers", "owing", "--min", "lots")
    assert code == 1 and "--min takes an amount" in err


def test_a_cache_kept_before_the_book_is_read_again_on_opening(tmp_path: Path) -> None:
    import sqlite3

    from genuka_desk.store import schema
    from genuka_desk.store.list_row import CACHE_FILE
    from genuka_desk.store.rows import encode_body

    body = load_fixture("order-update.response.json")
    body = _owing_body(
        body.get("data", body),
        "k1",
        due_at="2026-03-10",
        created="2026-03-01T10:00:00.000000Z",
        customer="kept",
        amount=4200,
    )
    body["payments"] = [{"id": "p1", "amount": 800, "type": "inbound", "paid_at": "2026-03-02"}]
    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / CACHE_FILE)
    for migration in schema.CACHE_MIGRATIONS[:10]:  # the cache as version 10 left it, before the book
        migration(conn, "main")
    conn.execute("PRAGMA main.user_version = 10")
    conn.execute(
        "INSERT INTO orders (id, server_body, server_updated_at, due, due_num) VALUES (?, ?, ?, '4200', 4200)",
        (body["id"], encode_body(body), body["updated_at"]),
    )
    conn.commit()
    conn.close()
    _store, service = offline_service(folder)
    try:
        (kept,) = service.credit_book.debtors(today=date(2026, 3, 11))
        assert kept.customer_id == "kept" and kept.balance == 4200 and kept.days_overdue == 1
        assert kept.last_paid_amount == 800 and kept.last_paid_at is not None
    finally:
        service.close_files()


@pytest.mark.asyncio
async def test_pages_add_up_to_the_whole_book(service: OrderService) -> None:
    everyone = service.credit_book.debtors()
    for sort in Sort:
        query = CreditQuery(sort=sort, descending=sort is not Sort.NAME)
        whole = service.credit_book.page(query)
        pages = [service.credit_book.page(query, limit=4, offset=n) for n in range(0, len(everyone) + 4, 4)]
        assert [d for p in pages for d in p.debtors] == whole.debtors
        assert all(p.count == len(everyone) and p.total == sum(d.balance for d in everyone) for p in pages[:-1])
    assert len({d.customer_id for d in whole.debtors}) == len(everyone)
    by_name = service.credit_book.debtors(CreditQuery(sort=Sort.NAME, descending=False))
    assert [d.name.casefold() for d in by_name] == sorted(d.name.casefold() for d in by_name)
    paid = [d.last_paid_at for d in service.credit_book.debtors(CreditQuery(sort=Sort.LAST_PAYMENT))]
    known = [p for p in paid if p is not None]
    assert known == sorted(known, reverse=True) and paid[: len(known)] == known  # never paid: last
