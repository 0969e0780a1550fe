"""The till counts in the company's currency, as its kept profile says (an XOF shop counts XOF bills and coins)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from genuka_desk.store import LocalStore
from genuka_desk.sync.keys import COMPANY_KEY, kept_currency


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        (None, "XAF"),  # before the profile was read: CFA francs of Central Africa
        ({"currency_code": "XOF"}, "XOF"),
        ({"currency_code": "xof"}, "XOF"),
        ({"currency_code": None}, "XAF"),
        ({"currency_code": "francs"}, "XAF"),  # not an ISO 4217 code: ignored
        ("garbled", "XAF"),
    ],
)
def test_the_company_currency(tmp_path: Path, profile: object, expected: str) -> None:
    with LocalStore(tmp_path / "p") as store:
        if profile == "garbled":
            store.cache.set_meta(COMPANY_KEY, "{not json")
        elif profile is not None:
            store.cache.set_meta(COMPANY_KEY, json.dumps(profile))
        assert kept_currency(store.cache) == expected
