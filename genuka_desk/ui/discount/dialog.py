"""A discount on one line or on the whole order, as a percentage or an amount.

The dialog only reads what the clerk typed; the window hands it to
``service.manual_discounts`` (the limit is judged there), and a refusal is
shown here, in a sentence, with the dialog still open.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ...models import line_discounts as _ld
from ...models.coerce import to_decimal
from ...service.manual_discounts import Asked, DiscountRefused
from ..parts import MoneyEdit


def discount_label(discounts: list[dict[str, Any]], off: Decimal, currency: str, language: str) -> str:
    """A line's discounts in a cell: ``−10 % (−1 400 F)``, ``−500 F``; empty when none."""
    if not off and not discounts:
        return ""
    money = _models.format_money(off, currency, language)
    kinds = {str(d.get("discount_type", d.get("type"))) for d in discounts}
    if kinds == {_ld.PERCENTAGE} and len(discounts) == 1:
        value = to_decimal(discounts[0].get("discount_value", discounts[0].get("value"))) or Decimal(0)
        return f"−{value.normalize():f} % (−{money})"
    return f"−{money}"


class DiscountDialog(QDialog):
    """Ask a discount; ``judge`` turns it into the lines' discounts or raises :class:`DiscountRefused`."""

    def __init__(
        self,
        parent: QWidget,
        *,
        lines: list[str],
        current: int | None,
        currency: str,
        language: str,
        judge: Callable[[Asked], object],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Give a discount"))
        self.judge = judge
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole order"), None)
        for n, title in enumerate(lines):
            self.scope.addItem(self.tr("Line %1: %2").replace("%1", str(n + 1)).replace("%2", title), n)
        if current is not None and 0 <= current < len(lines):
            self.scope.setCurrentIndex(current + 1)
        form.addRow(self.tr("On"), self.scope)
        kinds = QHBoxLayout()
        self.percent_button = QRadioButton(self.tr("Percentage"), self)
        self.amount_button = QRadioButton(self.tr("Amount"), self)
        self.percent_button.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.percent_button, self.amount_button):
            group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        form.addRow(self.tr("As"), kinds)
        self.value = MoneyEdit(self, currency, language)
        self.value.setPlaceholderText(self.tr("e.g. 10"))
        form.addRow(self.tr("Discount"), self.value)
        layout.addLayout(form)
        self.note = QLabel(self.tr("A whole-order discount is shared over the lines, in proportion to each."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555555")
        layout.addWidget(self.note)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.setMinimumWidth(360)
        self.problem.setStyleSheet("color:#b3261e")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.value.setFocus()

    def asked(self) -> Asked | None:
        """What the clerk typed (None: the figure is not a number)."""
        value = self.value.amount()
        if value is None:
            return None
        line = self.scope.currentData()
        if self.percent_button.isChecked():
            return Asked(percent=value, line=line)
        return Asked(amount=value, line=line)

    def try_accept(self) -> None:
        """Close with the judged discount, or say why it cannot be given and stay open."""
        asked = self.asked()
        if asked is None:
            self.problem.setText(self.tr("The discount must be a number, 0 or more."))
            return
        try:
            self.judge(asked)
        except DiscountRefused as exc:
            self.problem.setText(self.refusal_text(str(exc)))
            self.adjustSize()  # the sentence whole, never cut
            return
        self.accept()

    def refusal_text(self, message: str) -> str:
        """The service's refusal in the clerk's language (the limit's sentence keeps its figure)."""
        if message.startswith("Above ") and " %:" in message:
            limit = message[len("Above ") : message.index(" %:")]
            return self.tr("Above %1 %: a manager must give this discount.").replace("%1", limit)
        known = {
            "Give a percentage or an amount.": self.tr("Give a percentage or an amount."),
            "A discount is 0 or more.": self.tr("A discount is 0 or more."),
            "A percentage is 100 at most.": self.tr("A percentage is 100 at most."),
            "Add a line first.": self.tr("Add a line first."),
            "This order has no lines.": self.tr("This order has no lines."),
        }
        return known.get(message, message)


def code_refusal(code: str, reason: str | None) -> str:
    """Why the shop's discount of ``code`` does not apply (a reason of ``discount_types.REASONS``), in words."""
    said = {
        "unknown": QCoreApplication.translate(
            "DiscountWords", "No discount has the code %1 (codes are case-sensitive)."
        ),
        "inactive": QCoreApplication.translate("DiscountWords", "The discount %1 is switched off."),
        "not_started": QCoreApplication.translate("DiscountWords", "The discount %1 has not started yet."),
        "ended": QCoreApplication.translate("DiscountWords", "The discount %1 has ended."),
        "minimum_amount": QCoreApplication.translate(
            "DiscountWords", "The discount %1 needs a larger sale (its minimum is not reached)."
        ),
        "minimum_quantity": QCoreApplication.translate(
            "DiscountWords", "The discount %1 needs more items (its minimum is not reached)."
        ),
        "used_up": QCoreApplication.translate("DiscountWords", "The discount %1 is used up."),
        "used_by_customer": QCoreApplication.translate(
            "DiscountWords", "This customer has already used the discount %1."
        ),
        "shop": QCoreApplication.translate("DiscountWords", "The discount %1 is not for this shop."),
        "product": QCoreApplication.translate("DiscountWords", "The discount %1 is for other products."),
        "customer": QCoreApplication.translate("DiscountWords", "The discount %1 is for other customers."),
    }
    text = said.get(
        reason or "", QCoreApplication.translate("DiscountWords", "The discount %1 cannot be applied at the counter.")
    )
    return text.replace("%1", code)
