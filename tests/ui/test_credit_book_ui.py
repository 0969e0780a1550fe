"""The credit book's table model (no widget) and its window (offscreen), over a service synced with the demo."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from genuka_desk.service.credit_book import Debtor
from genuka_desk.ui.credit_book import CREDIT_BOOK
from genuka_desk.ui.credit_book.model import DEBTOR_ROLE, Column, CreditBookModel
from genuka_desk.ui.credit_book.window import CreditBookWindow, amount_typed
from genuka_desk.ui.payment_dialog import PaymentDialog
from tests.support.gui import WAIT, Gui, Synced


def debtor(name: str, balance: int, days: int, *, due: datetime | None = None, paid: bool = False) -> Debtor:
    return Debtor(
        customer_id=name.lower(),
        name=name,
        phone="+237 699 55 44 33",
        balance=Decimal(balance),
        currency="XAF",
        unpaid=1 + days % 3,
        oldest_order_id=f"o-{name}",
        oldest_reference=f"#ORDER_{balance}",
        oldest_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        due_at=due,
        days_overdue=days,
        last_paid_at=datetime(2026, 2, 1, 10, tzinfo=UTC) if paid else None,
        last_paid_amount=Decimal(2000) if paid else None,
    )


def test_the_model_shows_sorts_and_explains_the_days_overdue() -> None:
    model = CreditBookModel("en")
    model.show(
        [
            debtor("Awa", 5000, 3),
            debtor("Boris", 90000, 40, due=datetime(2026, 3, 9, tzinfo=UTC)),
            debtor("Céline", 700, 0, paid=True),
        ]
    )

    assert model.rowCount() == 3 and model.columnCount() == len(Column)
    assert [model.index(r, Column.CUSTOMER).data() for r in range(3)] == ["Boris", "Awa", "Céline"]  # largest first
    assert model.index(0, Column.BALANCE).data().replace("\u202f", " ").startswith("90")
    assert model.index(0, Column.OVERDUE).data() == "40" and model.index(2, Column.OVERDUE).data() == "—"
    assert "due date of #ORDER_90000" in model.index(0, Column.OVERDUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "no due date" in model.index(1, Column.OVERDUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "due date" in model.headerData(Column.OVERDUE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, Column.LAST_PAYMENT).data() == "never"
    assert "2026" in model.index(2, Column.LAST_PAYMENT).data()
    assert model.index(0, 0).data(DEBTOR_ROLE).customer_id == "boris"

    model.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Awa", "Boris", "Céline"]
    model.sort(Column.OVERDUE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Boris", "Awa", "Céline"]
    model.show([debtor("Dan", 1, 1), debtor("Eve", 2, 9)])  # the clerk's sort stays
    assert [model.index(r, 0).data() for r in range(2)] == ["Eve", "Dan"]


def test_amounts_typed() -> None:
    assert amount_typed("5 000") == 5000 and amount_typed("2500,5") == Decimal("2500.5")
    assert amount_typed("") is None and amount_typed("abc") is None and amount_typed("-3") is None


def test_the_window_filters_reminds_and_exports(qtbot: QtBot, synced: Synced, tmp_path: Path) -> None:
    window = CreditBookWindow(synced.service, synced.bridge, "en")
    qtbot.addWidget(window)
    window.show()
    everyone = synced.service.credit_book.debtors()
    assert window.model.rowCount() == len(everyone) > 1
    assert str(len(everyone)) in window.summary.text()

    someone = everyone[-1]
    window.search.setText(someone.name)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    found = window.current()
    assert found is not None and found.customer_id == someone.customer_id
    window.search.clear()
    window.minimum.setText(str(everyone[0].balance))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    window.minimum.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(everyone), timeout=WAIT)

    opened: list[str] = []
    window.open_url = opened.append
    window.ask_words = lambda d, words, language: words + " Merci."
    window.table.selectRow(0)
    first = window.current()
    assert first is not None
    window.remind_button.click()
    assert opened and opened[0].startswith("https://wa.me/237")
    sent = parse_qs(urlparse(opened[0]).query)["text"][0]
    assert sent.endswith(" Merci.") and first.oldest_reference in sent
    asked: list[str] = []
    window.paymentAsked.connect(asked.append)
    window.pay_button.click()
    assert asked == [first.oldest_order_id]

    window.ask_path = lambda title, name, kinds: str(tmp_path / name)
    window.csv_button.click()
    lines = (tmp_path / "credit-book.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == len(everyone) + 1 and lines[0].startswith("Customer;Phone;Balance")
    window.pdf_button.click()
    assert (tmp_path / "credit-book.pdf").read_bytes().startswith(b"%PDF")
    window.close()


def test_the_menu_opens_the_book_and_its_payment_dialog(gui: Gui, qtbot: QtBot) -> None:
    menu = next(a.menu() for a in gui.window.menuBar().actions() if a.text() == "&File")
    assert isinstance(menu, QMenu)
    entry = next(a for a in menu.actions() if "Credit" in a.text())
    assert entry.shortcut().toString() == "Ctrl+Shift+B"
    entry.trigger()
    book = gui.window.windows.windows[CREDIT_BOOK]
    assert isinstance(book, CreditBookWindow) and book.model.rowCount() > 0
    debtor_shown = book.current()
    assert debtor_shown is not None
    book.pay_button.click()
    dialog = next(w for w in gui.window.findChildren(PaymentDialog) if w.isVisible())
    assert dialog.order.id == debtor_shown.oldest_order_id
    dialog.reject()


def test_the_model_reads_more_rows_as_the_clerk_scrolls() -> None:
    from genuka_desk.service.credit_book import CreditPage

    book = [debtor(f"N{n:03d}", 1000 - n, n) for n in range(25)]
    asked: list[int] = []

    def more(offset: int) -> list[Debtor]:
        asked.append(offset)
        return book[offset : offset + 10]

    model = CreditBookModel("fr")
    model.show_page(CreditPage(book[:10], 25, Decimal(0), "XAF"), more)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore() and asked == [10, 20]
    assert model.index(24, Column.CUSTOMER).data() == "N024"
    assert "25" in model.summary(25, Decimal(12500), "XAF")
