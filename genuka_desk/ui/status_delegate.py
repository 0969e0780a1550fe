"""A combobox in the payment and fulfilment columns: change a status right in the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .. import models as _models
from .labels import billing_label, shipping_label
from .order_table_model import VALUE_ROLE, Column

Index = QModelIndex | QPersistentModelIndex


def status_choices(side: _models.Side) -> list[tuple[str, str]]:
    """(value, label) of every status a clerk may choose on ``side`` (billing or shipping)."""
    if side == _models.Side.BILLING:
        return [(s.value, billing_label(s)) for s in _models.BillingStatus.settable()]
    return [(s.value, shipping_label(s)) for s in _models.ShippingStatus.settable()]


def fill_status_combo(combo: QComboBox, side: _models.Side, current: str) -> None:
    """Fill ``combo`` with the choices of ``side`` and select ``current``."""
    combo.clear()
    for value, label in status_choices(side):
        combo.addItem(label, value)
    found = combo.findData(current)
    if found < 0:  # a status this version does not know: shown, not offered
        combo.addItem(current, current)
        found = combo.count() - 1
    combo.setCurrentIndex(found)


class StatusDelegate(QStyledItemDelegate):
    """Edits the payment and fulfilment columns with a combobox that commits on choice."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setFrame(False)
        # Commit as soon as the clerk picks, like a dropdown should.
        combo.activated.connect(lambda _=0: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        side = _models.Side.BILLING if index.column() == Column.PAYMENT else _models.Side.SHIPPING
        fill_status_combo(editor, side, str(index.data(VALUE_ROLE)))
        editor.showPopup()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value: Any = editor.currentData()
        if value is not None:
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect)
