"""The return and refund dialogs show the service's figures and its refusals in the clerk's words, never a traceback.

Over the demo's synced orders and the real ``service.returns``: the value coming back is the service's (rounded
once, the order's promo code shared), what can go back is the service's, and a refusal arising while the dialog is
open (a return taken meanwhile) is said in French in the dialog.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.service.return_types import ReturnChoice
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.returns.dialog import NO_MONEY, ReturnDialog
from genuka_desk.ui.returns.refund_dialog import RefundDialog
from tests.support.gui import WAIT, Synced, run
from tests.support.paid_orders import paid_in_cash
from tests.support.services import settle


@pytest.fixture(autouse=True)
def _a_manager_at_the_desk(synced: Synced, qtbot: QtBot) -> None:
    """The demo's admin key may approve: the dialogs offer the money back at once (set once the first sync's look
    at ``GET /user`` is over, so that it cannot overwrite it)."""
    scopes = synced.service.returns.scopes
    qtbot.waitUntil(lambda: scopes.known() is not None, timeout=WAIT)
    scopes.set(["*"])


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def _dialog(qtbot: QtBot, synced: Synced, order_id: str, locale: str = "en") -> ReturnDialog:
    dialog = ReturnDialog(synced.service, synced.bridge, order_id, locale=locale)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_value_coming_back_is_the_services_rounded_once_with_the_codes_share(synced: Synced, qtbot: QtBot) -> None:
    """3 x 1000 with 2000 off (MOINS2000): two units are worth 666.67, 667 as the server counts them; the dialog
    once showed 2 x 1000 (the code ignored), then 2 x 333 (each unit rounded before multiplying)."""
    service, server = synced.service, synced.server
    product = server.store.data.products[3]
    variant = product["variants"][0]
    sale = NewOrder(customer=NewCustomer(first_name="Code", phone="+237699032001"))
    sale.add(
        NewOrderLine(
            product_id=product["id"], variant_id=variant["id"], title=product["title"], quantity=3, price=Decimal(1000)
        )
    )
    sale = service.manual_discounts.with_code(sale, "MOINS2000")
    sale.paid_amount, sale.method = sale.total, "cash"
    change = run(qtbot, synced.bridge, service.sales.create(sale))
    run(qtbot, synced.bridge, settle(service))
    order_id = str(service.changes.get(change.id).order_id)
    dialog = _dialog(qtbot, synced, order_id)
    dialog.spins[0].setValue(2)
    assert dialog.value_back() == Decimal(667) and dialog.money(Decimal(667)) in dialog.value.text()
    assert dialog.amount.amount() == Decimal(667)  # all paid: all of it goes back


def test_a_return_taken_meanwhile_is_said_in_french_in_the_dialog_not_raised(
    synced: Synced, qtbot: QtBot, french: None
) -> None:
    """The dialog was opened, then the line came back another way (a web return pulled by a sync, or another
    window): changing the count says the service's refusal in French and holds Save (it once raised in the slot)."""
    service = synced.service
    order = paid_in_cash(service)
    dialog = _dialog(qtbot, synced, str(order.id), locale="fr")
    line = dialog.draft.lines[0]
    assert line.variant_id is not None and line.returnable >= 1
    run(
        qtbot,
        synced.bridge,
        service.returns.take(str(order.id), [ReturnChoice(line.variant_id, line.returnable, "defective")], None),
    )
    dialog.spins[0].setValue(1)  # the dialog still believes it can come back
    assert dialog.problem.text().startswith("Seulement 0 de"), dialog.problem.text()
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip() == dialog.problem.text()
    assert dialog.value_back() == 0
    dialog.source.setCurrentIndex(dialog.source.findData(NO_MONEY))
    dialog.source.setCurrentIndex(0)  # asking the refund again: refused again, in words
    assert dialog.problem.text().startswith("Seulement 0 de")
    dialog.spins[0].setValue(0)
    dialog.spins[1].setValue(1)  # another line: fine again
    assert dialog.problem.text() == "" and dialog.save_button.isEnabled()


def test_why_nothing_can_be_returned_is_the_save_buttons_tip_in_french(
    synced: Synced, qtbot: QtBot, french: None
) -> None:
    service = synced.service
    order = paid_in_cash(service)
    for line in service.returns.draft(str(order.id)).lines:  # everything comes back
        assert line.variant_id is not None
        choice = ReturnChoice(line.variant_id, line.returnable, "defective")
        run(qtbot, synced.bridge, service.returns.take(str(order.id), [choice], None))
    assert service.returns.draft(str(order.id)).why_not is not None
    dialog = _dialog(qtbot, synced, str(order.id), locale="fr")
    assert dialog.problems() == [
        "Tout a déjà été rendu sur cette commande, ou ses lignes n’ont pas de variante de produit."
    ]
    assert dialog.save_button.toolTip() == dialog.problems()[0] and not dialog.save_button.isEnabled()


def test_the_refund_dialog_offers_what_the_service_says_can_go_back(synced: Synced, qtbot: QtBot, french: None) -> None:
    service = synced.service
    order = paid_in_cash(service)
    line = service.returns.draft(str(order.id)).lines[0]
    assert line.variant_id is not None
    view = run(
        qtbot, synced.bridge, service.returns.take(str(order.id), [ReturnChoice(line.variant_id, 1, "defective")], None)
    )
    dialog = RefundDialog(service, synced.bridge, str(order.id), view, locale="fr")
    qtbot.addWidget(dialog)
    most = service.returns.refundable_for(str(order.id), view.key)
    assert most > 0 and dialog.amount.amount() == most and dialog.save_button.isEnabled()
    gone = dataclasses.replace(view, key="gone", reference="RET-GONE")  # discarded, or never here
    stale = RefundDialog(service, synced.bridge, str(order.id), gone, locale="fr")
    qtbot.addWidget(stale)
    assert stale.problem.text() == "Ce retour n’existe pas sur cette commande."
    assert not stale.save_button.isEnabled() and stale.amount.amount() == 0
