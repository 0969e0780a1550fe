"""The README's screenshots of the counter's later rooms: the credit book, sending, discounts, returns.

Called by ``packaging/screenshots.py --counter`` (``make screenshots`` takes them all), in French then
English, on a demo of its own: the real service, bridge and windows, nothing staged but the clerk's typing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import AppPaths, ListQuery, OrderService, Profile, Session
from genuka_desk.service.return_types import RefundChoice, ReturnChoice
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.i18n import install_language

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LANGUAGES = (("fr", "fr"), ("en", "en"))


async def settle(seconds: float = 0.4) -> None:
    """Let Qt paint (qasync runs its events while we sleep)."""
    await asyncio.sleep(seconds)


def save(widget: QWidget, name: str, suffix: str) -> None:
    """``docs/screenshots/<name>-<suffix>.png``."""
    widget.grab().save(str(OUT / f"{name}-{suffix}.png"))


async def counter_shots(app: QApplication, root: Path) -> None:
    """The credit book, the "send to the customer" dialog, discounts and returns, in both languages."""
    from genuka_desk.ui.credit_book import open_credit_book

    server = DemoServer(orders=600, seed=7).start()
    paths = AppPaths.under(root).ensure()
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("notify/new_orders", False)
    clerk = server.store.data.users[0]
    profile = Profile(name="counter", base_url=server.url, company_id=server.company_id, user_name=str(clerk["name"]))
    desktop = DesktopApp(app, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    desktop.service.account.set_clerk(str(clerk["id"]), str(clerk["name"]))
    await desktop.service.sync()
    owing = [
        r for r in desktop.service.orders.rows(ListQuery(limit=200)) if r.billing_status.value == "pending" and r.phone
    ]
    for language, suffix in LANGUAGES:
        desktop.switch_language(language)
        window = desktop.window
        assert window is not None
        window.resize(1280, 760)
        book = open_credit_book(window.windows, window.dialogs, read_only=False)
        book.resize(1120, 620)
        await settle(0.8)
        save(book, "credit-book", suffix)
        book.close()
        dialog = window.dialogs.send_to_customer(owing[0].id)
        assert dialog is not None
        await settle(0.5)
        save(dialog, "send", suffix)
        dialog.close()
        await discount_shots(desktop, suffix)
        await return_shots(desktop, suffix)
    window = desktop.window
    if window is not None:
        window.quit_flow.leaving = True
        window.windows.close_all()
        window.close()
    desktop.bridge.close()
    await desktop.service.close()
    server.stop()
    install_language("en")


async def discount_shots(desktop: DesktopApp, suffix: str) -> None:
    """A sale with 10 % off the whole sale (the dialog, then the sale window) and the shop's promo code."""
    from genuka_desk.ui.counter import NewOrderWindow
    from genuka_desk.ui.discount import DiscountDialog

    sale = NewOrderWindow(desktop.service, desktop.bridge, locale=desktop.language)
    sale.resize(1100, 760)
    sale.show()
    items = [item for item in desktop.service.catalog.search("", limit=40) if item.price][:3]
    for n, item in enumerate(items):
        sale.add_item(item, n + 1)
    sale.goods.discount_button.click()
    await settle(0.4)
    dialog = next(d for d in sale.goods.findChildren(DiscountDialog) if d.isVisible())
    dialog.value.setText("10")
    await settle(0.2)
    save(dialog, "discount", suffix)
    dialog.try_accept()
    sale.goods.code.setText("MOINS2000")  # the demo shop's fixed-amount code
    sale.goods.apply_code()
    await settle(0.5)
    save(sale, "sale-discount", suffix)
    sale.close()


async def return_shots(desktop: DesktopApp, suffix: str) -> None:
    """A paid order: the return dialog (one item back, defective, refunded in cash), then the editor's Returns."""
    window = desktop.window
    assert window is not None
    service = desktop.service
    paid = next(
        r.id
        for r in service.orders.rows(ListQuery(limit=600))
        if r.billing_status.value == "paid" and not service.returns.of_order(r.id) and _cash_with_lines(service, r.id)
    )
    dialog = window.dialogs.take_return(paid)
    assert dialog is not None
    dialog.resize(760, dialog.height())
    dialog.spins[0].setValue(1)  # type: ignore[attr-defined]
    await settle(0.5)
    save(dialog, "return", suffix)
    dialog.close()
    draft = service.returns.draft(paid)
    line = next(li for li in draft.lines if li.returnable)
    choice = ReturnChoice(str(line.variant_id), 1, "defective")
    cash = next(source for source in draft.sources if source.is_cash)
    refund = RefundChoice(cash.payment_id, service.returns.suggest_refund(paid, [choice]))
    await service.returns.take(paid, [choice], refund)
    await service.sync()
    editor = window.windows.open_order(paid)
    assert editor is not None
    editor.resize(1100, 700)
    await settle(1.0)
    save(editor, "return-editor", suffix)
    editor.close()


def _cash_with_lines(service: OrderService, order_id: str) -> bool:
    """Paid in cash, with two lines or more that can come back (the dialog shows a choice)."""
    draft = service.returns.draft(order_id)
    return sum(1 for line in draft.lines if line.returnable) >= 2 and any(s.is_cash for s in draft.sources)
