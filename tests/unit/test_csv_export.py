"""The CSV file itself: the day in Douala, plain numbers, and the file for other tools."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.models import BillingStatus, OrderState, ShippingStatus
from genuka_desk.service.export import CSV_COLUMNS, CsvWords, write_orders_csv
from genuka_desk.store import OrderRow


def late_row() -> OrderRow:
    return OrderRow(
        id="9b1f",
        reference="#ORDER_7",
        customer="Awa Ndiaye",
        phone="",
        total=Decimal("1.5E+4"),  # as a sum can come out of SQLite
        currency="XAF",
        shipping_status=ShippingStatus.TAKEN_IN_CHARGE,
        billing_status=BillingStatus.PARTIALLY_PAID,
        source="POS",
        item_count=3,
        created_at=datetime(2026, 12, 6, 23, 30, tzinfo=UTC),  # 00:30 on the 7th in Douala
        updated_at=None,
        state=OrderState.SALES_ORDER,
        balance=Decimal("5000.50"),
    )


def test_the_file_for_other_tools_has_english_headers_raw_values_the_douala_day_and_plain_numbers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "orders.csv"
    assert write_orders_csv([late_row()], path, CsvWords.for_tools()) == 1
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == [
        "#ORDER_7",
        "2026-12-07",
        "Awa Ndiaye",
        "3",
        "15000",
        "partially_paid",
        "taken_in_charge",
        "POS",
        "sales_order",
        "5000.50",
        "XAF",
        "9b1f",
    ]


def test_words_missing_a_column_title_write_nothing(tmp_path: Path) -> None:
    words = CsvWords(CSV_COLUMNS[:-2], str, str, lambda state, cancelled: "", str)
    with pytest.raises(ValueError, match="12 column titles"):
        write_orders_csv([late_row()], tmp_path / "orders.csv", words)
    assert not list(tmp_path.iterdir())
