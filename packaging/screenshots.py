"""Take the README's screenshots from the demo: main window, editor, offline state.

Run under Xvfb (``make screenshots``) or offscreen. Uses the real app pieces
(service, bridge, main window, editor) on the embedded demo API, in French.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import AppPaths, ListQuery, Profile, Session
from genuka_desk.service.logs import setup_logging
from genuka_desk.ui import questions
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.i18n import install_language

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DEMO_COMPANY_CODE, DEMO_ADMIN_PIN = "MBOA-001", "1234"  # the demo's PIN login (README: The demo API)
SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "samples"


CASH_SALE: list[str] = []  # the cash sale made for the receipt's shots (French, then English)


async def settle(app: QApplication, seconds: float = 0.4) -> None:
    # qasync runs Qt's events while we sleep (processEvents here would re-enter tasks).
    await asyncio.sleep(seconds)


async def shoot(app: QApplication, root: Path) -> None:
    server = DemoServer(orders=1500, seed=7).start()
    paths = AppPaths.under(root).ensure()
    setup_logging(paths.log_file)
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "fr")
    settings.setValue("notify/new_orders", False)  # no tray pop-up over the shots
    clerk = server.store.data.users[0]  # the demo key's user, named on the documents as a login names the clerk
    profile = Profile(name="demo", base_url=server.url, company_id=server.company_id, user_name=str(clerk["name"]))
    desktop = DesktopApp(app, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    await desktop.service.sync()
    window = desktop.show()
    window.resize(1280, 760)
    await settle(app)
    window.grab().save(str(OUT / "main-window.png"))

    row = window.model.row_at(3)
    assert row is not None
    editor = window.windows.open_order(row.id)
    assert editor is not None
    editor.resize(980, 700)
    await settle(app, 1.0)
    editor.grab().save(str(OUT / "order-editor.png"))
    editor.tabs.setCurrentIndex(2)  # billing and shipping: the delivery day from a calendar
    editor.billing.scheduled.enabled_box.setChecked(True)
    await settle(app, 0.3)
    editor.grab().save(str(OUT / "order-billing.png"))
    editor.tabs.setCurrentWidget(editor.history)  # the server's history in the clerk's words
    await settle(app, 1.0)
    editor.grab().save(str(OUT / "order-history.png"))
    editor.billing.scheduled.enabled_box.setChecked(False)
    editor.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    editor.close()

    for language in ("fr", "en"):
        await new_order_shot(app, desktop, language)
    install_language("fr")
    desktop.language = window.language = "fr"
    await counter_extras_shots(app, desktop)
    await money_and_paper_shots(app, desktop)
    await glance_shots(app, desktop, server)
    await english_shots(app, desktop)
    window = desktop.window
    assert window is not None

    server.stop()
    await desktop.service.orders.set_status(window.model.row_at(0).id, shipping="delivered")  # type: ignore[union-attr]
    await desktop.service.orders.set_status(window.model.row_at(2).id, billing="paid")  # type: ignore[union-attr]
    await desktop.service.sync()
    await settle(app)
    window.grab().save(str(OUT / "offline.png"))
    await quit_shot(app, desktop, "quit-offline")
    desktop.switch_language("en")
    await settle(app)
    desktop.window.grab().save(str(OUT / "offline-en.png"))  # type: ignore[union-attr]
    await quit_shot(app, desktop, "quit-offline-en")
    await desktop.service.close()
    await till_shots(app, root / "till")
    from screenshots_counter import counter_shots  # beside this file: the counter's later rooms

    await counter_shots(app, root / "counter")
    install_language("en")


async def new_order_shot(app: QApplication, desktop: DesktopApp, language: str) -> None:
    """The new-order window mid-sale: a known customer delivered to a known address, a scanned product
    twice, a typed one, cash."""
    from genuka_desk.ui.counter import NewOrderWindow

    install_language(language)
    desktop.language = language
    window = desktop.window
    assert window is not None
    window.language = language
    sale = NewOrderWindow(desktop.service, desktop.bridge, locale=language)
    sale.resize(1020, 760)
    sale.show()
    for found in desktop.service.customers.search("a", limit=20):
        if await desktop.service.customers.known_addresses(found.id):
            sale.customer.choose(found)
            break
    await settle(app, 0.3)
    sale.delivery.delivery.setChecked(True)
    items = desktop.service.catalog.search("", limit=40)
    coded = next(item for item in items if item.sku)
    sale.add_item(coded)
    sale.add_item(coded)
    sale.add_item(items[1])
    sale.payment.received.setText("100000")
    sale.payment.changed.emit()
    await settle(app, 0.5)
    sale.grab().save(str(OUT / f"new-order-{language}.png"))
    sale.close()


async def counter_extras_shots(app: QApplication, desktop: DesktopApp) -> None:
    """A customer's orders and balance, and a sale the server refused, opened to be corrected."""
    from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine

    window = desktop.window
    assert window is not None
    found = desktop.service.customers.search("a", limit=1)[0]
    customer = window.windows.open_customer(found.id)
    customer.resize(860, 560)
    await settle(app, 0.8)
    customer.grab().save(str(OUT / "customer.png"))
    customer.close()
    draft = NewOrder(customer=NewCustomer(first_name="Awa", last_name="Bello", phone="699554433"))
    draft.add(NewOrderLine(product_id="deleted-on-the-server", title="Savon ancien modèle", quantity=3, price=900))
    change = await desktop.service.sales.create(draft)
    await desktop.service.sync()
    for language, name in (("en", "refused-sale-en"), ("fr", "refused-sale")):
        desktop.switch_language(language)
        fixing = desktop.window.windows.fix_sale(change.order_id)  # type: ignore[union-attr]
        assert fixing is not None
        fixing.resize(1020, 760)
        await settle(app, 0.8)
        fixing.grab().save(str(OUT / f"{name}.png"))
        fixing.close()
        await settle(app, 0.2)
    await desktop.service.changes.discard(change.id)


async def money_and_paper_shots(app: QApplication, desktop: DesktopApp) -> None:
    """A payment taken on the demo's first order, its Payments tab, and the print preview of each document;
    the documents of that order as PDFs in docs/samples/."""
    from decimal import Decimal

    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from genuka_desk.service import PaperKind
    from genuka_desk.ui.paper import write_pdf
    from genuka_desk.ui.paper.output import put_on

    window = desktop.window
    assert window is not None
    first = desktop.service.orders.find("#ORDER_1001")
    assert first is not None
    order = desktop.service.orders.cached(first)
    assert order is not None
    if order.balance > 1000 and not order.payments:
        await desktop.service.payments.record(first, Decimal(1000), "cash")
        await desktop.service.sync()
    dialog = window.dialogs.take_payment(first)
    assert dialog is not None
    dialog.tendered.setText("50000")
    await settle(app, 0.4)
    dialog.grab().save(str(OUT / "payment.png"))
    dialog.reject()
    editor = window.windows.open_order(first)
    assert editor is not None
    editor.resize(980, 640)
    editor.tabs.setCurrentWidget(editor.payments)
    await settle(app, 0.8)
    editor.grab().save(str(OUT / "order-payments.png"))
    editor.close()
    # The receipt of a cash sale: 10 000 handed over for 8 500, the change given back printed under it.
    from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine

    sale = NewOrder(customer=NewCustomer(first_name="Awa", last_name="Bello", phone="699554433"))
    item = desktop.service.catalog.search("", limit=5)[0]
    sale.add(
        NewOrderLine(title=item.title, product_id=item.product_id, variant_id=item.variant_id, quantity=1, price=8500)
    )
    sale.paid_amount, sale.method, sale.tendered = Decimal(8500), "cash", Decimal(10000)
    made = await desktop.service.sales.create(sale)
    await desktop.service.sync()
    sold = desktop.service.changes.get(made.id).order_id
    CASH_SALE.append(sold)
    facts = desktop.service.shop.paper(first, clerk=window.dialogs.clerk)
    cash_sale = desktop.service.shop.paper(sold, clerk=window.dialogs.clerk)
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for kind, width, name in (
        (PaperKind.INVOICE, 80, "invoice"),
        (PaperKind.RECEIPT, 80, "receipt-80mm"),
        (PaperKind.RECEIPT, 58, "receipt-58mm"),
        (PaperKind.SLIP, 80, "delivery-slip"),
    ):
        shown = cash_sale if kind is PaperKind.RECEIPT else facts
        write_pdf(shown, kind, SAMPLES / f"{name}.pdf", "fr", width)
        if name == "receipt-58mm":
            continue
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, window)
        preview.paintRequested.connect(lambda p, k=kind, w=width, f=shown: put_on(p, f, k, "fr", w))
        preview.resize(820, 900)
        preview.show()
        await settle(app, 0.8)
        preview.grab().save(str(OUT / f"print-{name}.png"))
        preview.close()
    await print_dialog_shot(app, desktop, first, "print-dialog")


async def quit_shot(app: QApplication, desktop: DesktopApp, name: str) -> None:
    """Quitting offline after Send now could not send, with a refused change too: what waits, what each choice does."""
    from genuka_desk.ui.quit_dialog import QuitSituation, QuitWords

    situation = QuitSituation(pending=2, failed=1, conflict=0, online=False, send_failed="offline", tray=True)
    box, _ = QuitWords().box(desktop.window, situation)  # type: ignore[arg-type]
    box.show()
    await settle(app, 0.4)
    box.grab().save(str(OUT / f"{name}.png"))
    box.close()


async def print_dialog_shot(app: QApplication, desktop: DesktopApp, order_id: str, name: str) -> None:
    """File > Print: the documents of the order to choose from."""
    window = desktop.window
    assert window is not None
    dialog = window.dialogs.print_order(order_id)
    assert dialog is not None
    await settle(app, 0.5)
    dialog.grab().save(str(OUT / f"{name}.png"))
    dialog.reject()


async def english_shots(app: QApplication, desktop: DesktopApp) -> None:
    """The order editor, its payments, a customer and a receipt's preview in English (the French ones above)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from genuka_desk.service import PaperKind
    from genuka_desk.ui.paper.output import put_on

    desktop.switch_language("en")
    window = desktop.window
    assert window is not None
    first = desktop.service.orders.find("#ORDER_1001")
    assert first is not None
    editor = window.windows.open_order(first)
    assert editor is not None
    editor.resize(980, 640)
    await settle(app, 0.8)
    editor.grab().save(str(OUT / "order-editor-en.png"))
    editor.tabs.setCurrentWidget(editor.payments)
    await settle(app, 0.3)
    editor.grab().save(str(OUT / "order-payments-en.png"))
    editor.tabs.setCurrentIndex(2)
    editor.billing.scheduled.enabled_box.setChecked(True)
    await settle(app, 0.3)
    editor.grab().save(str(OUT / "order-billing-en.png"))
    editor.billing.scheduled.enabled_box.setChecked(False)
    editor.tabs.setCurrentWidget(editor.history)
    await settle(app, 1.0)
    editor.grab().save(str(OUT / "order-history-en.png"))
    editor.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    editor.close()
    found = desktop.service.customers.search("a", limit=1)[0]
    customer = window.windows.open_customer(found.id)
    customer.resize(860, 560)
    await settle(app, 0.8)
    customer.grab().save(str(OUT / "customer-en.png"))
    customer.close()
    facts = desktop.service.shop.paper(first, clerk=window.dialogs.clerk)
    cash_sale = desktop.service.shop.paper(CASH_SALE[-1], clerk=window.dialogs.clerk)
    for kind, name in (
        (PaperKind.RECEIPT, "receipt-80mm"),
        (PaperKind.INVOICE, "invoice"),
        (PaperKind.SLIP, "delivery-slip"),
    ):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, window)
        shown = cash_sale if kind is PaperKind.RECEIPT else facts
        preview.paintRequested.connect(lambda p, k=kind, f=shown: put_on(p, f, k, "en", 80))
        preview.resize(820, 900)
        preview.show()
        await settle(app, 0.8)
        preview.grab().save(str(OUT / f"print-{name}-en.png"))
        preview.close()
    dialog = window.dialogs.take_payment(first)
    if dialog is not None:
        dialog.tendered.setText("50000")
        await settle(app, 0.4)
        dialog.grab().save(str(OUT / "payment-en.png"))
        dialog.reject()
    await print_dialog_shot(app, desktop, first, "print-dialog-en")
    desktop.switch_language("fr")


async def glance_shots(app: QApplication, desktop: DesktopApp, server: DemoServer) -> None:
    """The desk at a glance, in French and English: new orders on the badge, the Today panel beside the list."""
    server.store.add_orders(3)
    for language in ("fr", "en"):
        desktop.switch_language(language)
        window = desktop.window
        assert window is not None
        window.resize(1400, 760)
        await desktop.service.sync()
        if language == "fr":
            await desktop.service.sync()
        window.notices.orders_arrived([r.id for r in window.service.orders.rows(ListQuery(limit=3))])
        window.today.show()
        await settle(app, 1.0)
        window.grab().save(str(OUT / f"glance-{language}.png"))
    desktop.switch_language("fr")


async def till_shots(app: QApplication, root: Path) -> None:
    """The till, in French then English, on a demo with cash control: its bar, the opening count, the closing
    count with a difference, and the Z report's print preview (its A4 PDF in docs/samples/)."""
    from decimal import Decimal

    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from genuka_desk.ui.labels import way_names
    from genuka_desk.ui.till.z_output import put_z_on, write_z_pdf

    server = DemoServer(orders=200, seed=7, cash_control=True).start()
    paths = AppPaths.under(root).ensure()
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("notify/new_orders", False)
    clerk = server.store.data.users[0]
    profile = Profile(name="till", base_url=server.url, company_id=server.company_id, user_name=str(clerk["name"]))
    desktop = DesktopApp(app, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    desktop.service.account.set_clerk(str(clerk["id"]), str(clerk["name"]))
    await desktop.service.sync()
    for language, suffix in (("fr", ""), ("en", "-en")):
        desktop.switch_language(language)
        window = desktop.window
        assert window is not None
        window.resize(1280, 760)
        counts = {10000: 2, 5000: 1, 500: 4}
        opening = window.till.open_till()
        for value, quantity in counts.items():
            key = next(str(d.id) for d in opening.table.denominations if d.value == value)  # type: ignore[attr-defined]
            opening.table.boxes[key].setValue(quantity)  # type: ignore[attr-defined]
        opening.notes.setText("Fond du matin" if language == "fr" else "Morning float")  # type: ignore[attr-defined]
        await settle(app, 0.3)
        opening.grab().save(str(OUT / f"till-open{suffix}.png"))
        opening.accept()
        await desktop.service.sync()
        pending = [r for r in desktop.service.orders.rows(ListQuery(limit=50)) if r.billing_status.value == "pending"]
        await desktop.service.payments.record(pending[0].id, Decimal(3500), "cash")
        await desktop.service.payments.record(pending[1].id, Decimal(2500), "notchpay")  # not in the drawer
        await settle(app, 0.3)
        window.status_bar.grab().save(str(OUT / f"till-bar{suffix}.png"))  # the bar: the till at its right end
        await desktop.service.sync()
        closing = window.till.close_till()
        for value, quantity in {10000: 2, 5000: 1, 2000: 1, 1000: 1}.items():
            key = next(str(d.id) for d in closing.table.denominations if d.value == value)  # type: ignore[attr-defined]
            closing.table.boxes[key].setValue(quantity)  # type: ignore[attr-defined]
        closing.reason.setCurrentIndex(closing.reason.findData("change_mistake"))  # type: ignore[attr-defined]
        await settle(app, 0.3)
        closing.grab().save(str(OUT / f"till-close{suffix}.png"))
        closing.accept()
        await desktop.service.sync()
        await settle(app, 0.3)
        closing.grab().save(str(OUT / f"till-closed{suffix}.png"))
        key = closing.view.session.local_id  # type: ignore[attr-defined]
        closing.close()
        till = window.till.show_window()
        till.resize(1120, 640)  # its size on a 1366 x 768 counter PC
        await settle(app, 0.8)
        till.grab().save(str(OUT / f"till-window{suffix}.png"))
        report = await desktop.service.till.report(key)
        ways = way_names(desktop.service.payments.methods())  # "Orange Money", as the shop names it
        SAMPLES.mkdir(parents=True, exist_ok=True)
        write_z_pdf(report, SAMPLES / f"z-report{suffix}.pdf", language, ways=ways)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, window)
        preview.paintRequested.connect(lambda p, r=report, lang=language, w=ways: put_z_on(p, r, lang, ways=w))
        preview.resize(820, 900)
        preview.show()
        await settle(app, 0.8)
        preview.grab().save(str(OUT / f"print-z-report{suffix}.png"))
        preview.close()
        till.close()
        await desktop.service.till.approve(key, "ok")  # the manager's word: the next shift can open
        await desktop.service.sync()
    for language, suffix in (("fr", ""), ("en", "-en")):
        await lock_shot(app, server, root / f"lock{suffix or '-fr'}", language, suffix)
    await desktop.service.close()
    server.stop()
    install_language("en")


async def lock_shot(app: QApplication, server: DemoServer, root: Path, language: str, suffix: str) -> None:
    """File > Lock on a PC new to the PIN login: its two steps side by side, the company's code (asked once per
    PC), then the PIN pad; the admin's PIN then unlocks. A desk of its own, so each language starts at the code."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QFrame

    from genuka_desk.ui.lock_screen import PIN_PAGE

    install_language(language)
    paths = AppPaths.under(root).ensure()
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", language)
    settings.setValue("notify/new_orders", False)
    clerk = server.store.data.users[0]
    profile = Profile(name="counter", base_url=server.url, company_id=server.company_id, user_name=str(clerk["name"]))
    desktop = DesktopApp(app, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    await desktop.service.sync()
    window = desktop.show()
    window.resize(1280, 760)
    await settle(app)
    desktop.locker.lock_now()
    screen = desktop.locker.screen
    assert screen is not None
    await settle(app, 0.5)
    card = screen.findChild(QFrame, "card")
    assert card is not None
    screen.code.setText(DEMO_COMPANY_CODE)  # typed, as the manager does once
    steps = [card.grab()]
    screen.submit_code()
    for _ in range(50):
        if screen.pages.currentIndex() == PIN_PAGE:
            break
        await settle(app, 0.1)
    await settle(app, 0.5)
    steps.append(card.grab())
    gap = 24
    image = QImage(
        sum(step.width() for step in steps) + gap * 3,
        max(step.height() for step in steps) + gap * 2,
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("#1f2a37"))  # the lock screen's own background
    painter = QPainter(image)
    painter.drawPixmap(gap, gap, steps[0])
    painter.drawPixmap(gap * 2 + steps[0].width(), gap, steps[1])
    painter.end()
    image.save(str(OUT / f"lock-screen{suffix}.png"))
    for digit in DEMO_ADMIN_PIN:
        screen.press(digit)
    for _ in range(50):
        if desktop.locker.screen is None:
            break
        await settle(app, 0.1)
    shown = desktop.window
    if desktop.locker.screen is not None:
        desktop.locker.screen.release()
    desktop.locker.stop()
    if shown is not None:
        shown.quit_flow.leaving = True
        shown.windows.close_all()
        shown.close()
    desktop.bridge.close()
    await desktop.service.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    questions.confirm = lambda *a: True  # windows closed between shots go without a question
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory() as root:
        if "--till" in sys.argv[1:]:  # the till's shots alone
            qasync.run(till_shots(app, Path(root)))
        elif "--counter" in sys.argv[1:]:  # the credit book, sending to the customer, returns, discounts alone
            from screenshots_counter import counter_shots

            qasync.run(counter_shots(app, Path(root)))
        else:
            qasync.run(shoot(app, Path(root)))
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
