"""Phone numbers as clerks type them, kept in one normal form (``+237699000000``).

Cameroonian numbers are nine digits (mobiles start with 6, fixed lines with
2); clerks type them bare (``699 00 00 00``), with the country code
(``237 699...``, ``+237 699...``, ``00237 699...``) or with the old leading
zero dropped or kept. Numbers of other countries are kept as typed, digits
only after a ``+``, when they come with their own country code.
"""

from __future__ import annotations

import re
from urllib.parse import quote

CAMEROON = "237"
_SEPARATORS = re.compile(r"[\s().\-/\u00a0\u202f]")


def normal_phone(text: str | None, country: str = CAMEROON) -> str | None:
    """The normal form of a typed phone number, or None when it is not one."""
    if not text:
        return None
    raw = _SEPARATORS.sub("", text.strip())
    if raw.startswith("+"):
        digits, international = raw[1:], True
    elif raw.startswith("00"):
        digits, international = raw[2:], True
    else:
        digits, international = raw, False
    if not digits.isdigit():
        return None
    if not international and country == CAMEROON:
        if len(digits) == 12 and digits.startswith(CAMEROON):
            international = True  # 237699000000, the code without its +
        elif len(digits) == 10 and digits.startswith("0"):
            digits = digits[1:]  # 0699000000: an old habit
    if not international:
        if country == CAMEROON and (len(digits) != 9 or digits[0] not in "26"):
            return None
        digits = country + digits
    if digits.startswith(CAMEROON) and (len(digits) != 12 or digits[3] not in "26"):
        return None
    return "+" + digits if 8 <= len(digits) <= 15 else None


def phone_digits(text: str | None) -> str:
    """The digits of a phone number, for search and for the server's partial filter."""
    return "".join(ch for ch in (text or "") if ch.isdigit())


_PHONE_SIGNS = re.compile(r"^[+\d\s().\-/\u00a0\u202f]+$")


def looks_like_phone(text: str | None) -> bool:
    """Whether ``text`` is (part of) a phone number: digits and the signs phones are typed with, 3 digits or more."""
    return bool(text and _PHONE_SIGNS.match(text.strip()) and len(phone_digits(text)) >= 3)


def phone_key(text: str | None, country: str = CAMEROON) -> str:
    """The one form both sides of a phone comparison take: the number's digits without its country code.

    A Cameroonian number is its nine digits however it was typed (``+237 694 18 21 99``,
    ``00237694182199``, ``694.18.21.99``, ``0694182199`` all give ``694182199``); another
    country's keeps its code (``+33 6 12 34 56 78`` gives ``33612345678``). Part of a number
    loses the same prefixes, so ``+237 694 18`` is found inside the key of the whole.
    """
    normal = normal_phone(text, country)
    if normal is not None:
        return normal[1 + len(country) :] if normal.startswith("+" + country) else normal[1:]
    raw = _SEPARATORS.sub("", (text or "").strip())
    digits = phone_digits(raw)
    if raw.startswith(("+", "00")):
        digits = digits[2:] if raw.startswith("00") else digits
        if digits.startswith(country):
            digits = digits[len(country) :]
    return digits


def phone_text(text: str | None) -> str:
    """A phone as the desk shows it, however it was typed: a Cameroonian one as known customers' are written
    (``+237 699 55 44 33``), another country's in its normal form; anything else as it came (stripped)."""
    normal = normal_phone(text)
    if normal is None:
        return (text or "").strip()
    if normal.startswith("+" + CAMEROON):
        local = normal[1 + len(CAMEROON) :]
        return f"+{CAMEROON} {local[:3]} {local[3:5]} {local[5:7]} {local[7:]}"
    return normal


def whatsapp_link(text: str | None, message: str | None = None) -> str | None:
    """The ``https://wa.me/<number>`` link that opens a chat with this phone (None: not a number).

    ``message``: the words the chat opens with (``?text=``, URL-encoded), for the clerk to send.
    """
    number = normal_phone(text)
    if number is None:
        return None
    link = f"https://wa.me/{number[1:]}"
    return f"{link}?text={quote(message, safe='')}" if message else link
