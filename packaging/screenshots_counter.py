"""The README's screenshots of the counter's later rooms: the credit book and sending to the customer.

Called by ``packaging/screenshots.py --counter`` (``make screenshots`` takes them all), in French then
English, on a demo of its own: the real service, bridge and windows, nothing staged but the clerk's typing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import AppPaths, ListQuery, Profile, Session
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
    """The credit book and the "send to the customer" dialog, in both languages."""
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
    window = desktop.window
    if window is not None:
        window.quit_flow.leaving = True
        window.windows.close_all()
        window.close()
    desktop.bridge.close()
    await desktop.service.close()
    server.stop()
    install_language("en")
