"""Orders written out for other programs: the order list as CSV (spreadsheets open it as is).

The words (column titles, status names) come from the view, in the clerk's
language; what is written and how is decided here, off the GUI thread.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import models as _models
from .. import store as _store


@dataclass(frozen=True)
class CsvWords:
    """The clerk's words for a CSV export: one title per column, and the names of the statuses."""

    titles: Sequence[str]  # reference, date, customer, items, total, payment, fulfilment, source, document
    billing: Callable[[_models.BillingStatus], str]
    shipping: Callable[[_models.ShippingStatus], str]
    document: Callable[[_models.OrderState, bool], str]  # (state, cancelled)


def write_orders_csv(rows: Iterable[_store.OrderRow], path: Path, words: CsvWords) -> int:
    """Write ``rows`` to ``path`` (``;``-separated, UTF-8 with a BOM for spreadsheets); the count.

    The file is written beside and moved in place at the end, so a failure
    (a full disk) never leaves half an export under the chosen name.
    """
    tmp = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([*words.titles, "Currency", "Id"])
            for row in rows:
                writer.writerow(
                    [
                        row.reference,
                        row.created_at.date().isoformat() if row.created_at else "",
                        row.customer,
                        row.item_count,
                        "" if row.total is None else str(row.total),
                        words.billing(row.billing_status),
                        words.shipping(row.shipping_status),
                        row.source,
                        words.document(row.state, row.cancelled),
                        "" if row.balance is None else str(row.balance),
                        row.currency,
                        row.id,
                    ]
                )
                count += 1
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
