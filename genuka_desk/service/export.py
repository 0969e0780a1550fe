"""Orders written out for other programs: the order list as CSV (spreadsheets open it as is).

Two kinds of file. For people: the clerk's words (column titles, statuses,
where an order came from) supplied by the view, ``;``-separated with a BOM,
as a French spreadsheet opens it. For other tools: :meth:`CsvWords.for_tools`,
fixed English headers and raw English values, comma-separated, no BOM.
Either way dates are ISO days and amounts plain numbers. What is written and
how is decided here, off the GUI thread.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import models as _models
from .. import store as _store
from ..models.coerce import WAT

# The columns, in order; also the headers of the file for other tools.
CSV_COLUMNS = (
    "reference",
    "date",
    "customer",
    "items",
    "total",
    "payment_status",
    "fulfilment_status",
    "source",
    "document",
    "balance",
    "currency",
    "id",
)

_DOCUMENT_NAMES = {
    _models.OrderState.INVOICE: "invoice",
    _models.OrderState.QUOTATION: "quotation",
    _models.OrderState.SALES_ORDER: "sales_order",
}


def _document_name(state: _models.OrderState, cancelled: bool) -> str:
    """What the order is, as a stable English word (for other tools)."""
    return "cancelled" if cancelled else _DOCUMENT_NAMES.get(state, "unknown")


@dataclass(frozen=True)
class CsvWords:
    """The words of a CSV export: one title per column (as :data:`CSV_COLUMNS`), the names of the
    statuses and sources, and the separator and BOM of the file."""

    titles: Sequence[str]
    billing: Callable[[_models.BillingStatus], str]
    shipping: Callable[[_models.ShippingStatus], str]
    document: Callable[[_models.OrderState, bool], str]  # (state, cancelled)
    source: Callable[[str], str]  # the order's raw source (``POS``, ``WHATSAPP``)
    separator: str = ";"  # what a spreadsheet set to French splits on (its decimal mark is the comma)
    bom: bool = True  # without it Excel reads UTF-8 as Latin-1

    @classmethod
    def for_tools(cls) -> CsvWords:
        """English headers and raw English values that never change with the language (for other tools)."""
        return cls(
            CSV_COLUMNS,
            lambda status: status.value,
            lambda status: status.value,
            _document_name,
            lambda source: source.strip(),
            separator=",",
            bom=False,
        )


def _number(amount: Decimal | None) -> str:
    """A plain number (``15000.50``), never ``1.5E+4``; empty when unknown."""
    return "" if amount is None else format(amount, "f")


def write_orders_csv(rows: Iterable[_store.OrderRow], path: Path, words: CsvWords) -> int:
    """Write ``rows`` to ``path`` in ``words``; the count.

    The file is written beside and moved in place at the end, so a failure
    (a full disk) never leaves half an export under the chosen name.
    """
    if len(words.titles) != len(CSV_COLUMNS):
        raise ValueError(f"{len(CSV_COLUMNS)} column titles expected, got {len(words.titles)}")
    tmp = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with tmp.open("w", newline="", encoding="utf-8-sig" if words.bom else "utf-8") as handle:
            writer = csv.writer(handle, delimiter=words.separator)
            writer.writerow(words.titles)
            for row in rows:
                # The day in Douala, as the list shows it (00:30 there is still the previous day in UTC).
                day = row.created_at.astimezone(WAT) if row.created_at and row.created_at.tzinfo else row.created_at
                writer.writerow(
                    [
                        row.reference,
                        day.date().isoformat() if day else "",
                        row.customer,
                        row.item_count,
                        _number(row.total),
                        words.billing(row.billing_status),
                        words.shipping(row.shipping_status),
                        words.source(row.source),
                        words.document(row.state, row.cancelled),
                        _number(row.balance),
                        row.currency,
                        row.id,
                    ]
                )
                count += 1
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
