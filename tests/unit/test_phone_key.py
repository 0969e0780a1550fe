"""One form for both sides of every phone comparison: the number without its country code."""

from __future__ import annotations

import pytest

from genuka_desk.models.phone import looks_like_phone, phone_key

SPELLINGS = [
    "+237 694 18 21 99",
    "+237694182199",
    "00237 694 18 21 99",
    "237 694 18 21 99",
    "694182199",
    "694 18 21 99",
    "694.18.21.99",
    "694-18-21-99",
    "(+237) 694 18 21 99",
    "0694182199",
]


@pytest.mark.parametrize("typed", SPELLINGS)
def test_every_spelling_of_a_cameroonian_number_has_the_same_key(typed: str) -> None:
    assert phone_key(typed) == "694182199"
    assert looks_like_phone(typed)


def test_part_of_a_number_loses_the_same_prefixes_and_other_countries_keep_their_code() -> None:
    assert phone_key("+237 694 18") == "69418" and phone_key("00237 6941") == "6941"
    assert phone_key("+33 6 12 34 56 78") == phone_key("0033612345678") == "33612345678"
    assert phone_key("+237 694 18 21 98") != phone_key("694182199")
    assert not looks_like_phone("Awa Bello") and not looks_like_phone("69") and not looks_like_phone("")
