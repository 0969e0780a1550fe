"""Text for a roll of fixed-width characters: what the code page cannot print made ASCII, lines fitted to the width.

The printer prints one code page at a time (:data:`.library.CODE_PAGE`).
A character it lacks is written as its closest ASCII (``œ`` as ``oe``, an
``é`` of another script without its accent, a dash as ``-``), never as an
exception nor a question mark where a plain letter does.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable

# Characters NFKD does not take apart, each with the ASCII that reads the same.
_ASCII = {
    "œ": "oe",
    "Œ": "OE",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‹": "<",
    "›": ">",
    "–": "-",
    "—": "-",
    "‒": "-",
    "−": "-",  # the minus sign of a discount
    "‐": "-",
    "‑": "-",
    "…": "...",
    "•": "*",
    "€": "EUR",
    "\u202f": " ",  # the narrow no-break space French puts between thousands (80 000 FCFA)
    "\u2009": " ",
    "\u2007": " ",
    "\u00a0": " ",
    "\t": " ",
}


class Printable:
    """``text`` as the code page can print it, through ``can_encode`` (the library's test of one character)."""

    def __init__(self, can_encode: Callable[[str], bool]) -> None:
        self._can_encode = can_encode
        self._known: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """``text`` with each character the printer lacks as its closest ASCII (``?`` when there is none)."""
        if text.isascii() and text.isprintable():
            return text
        return "".join(self._char(c) for c in text)

    def _char(self, char: str) -> str:
        known = self._known.get(char)
        if known is None:
            known = self._known[char] = self._closest(char)
        return known

    def _closest(self, char: str) -> str:
        if char in _ASCII:
            return _ASCII[char]
        if not char.isprintable():
            return ""  # a control character would be a command to the printer
        if self._can_encode(char):
            return char
        plain = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii() and c.isprintable())
        return plain or "?"


def wrap(text: str, columns: int, indent: str = "") -> list[str]:
    """``text`` in lines of ``columns`` characters at most (a word longer than a line is cut)."""
    return textwrap.wrap(text, columns, initial_indent=indent, subsequent_indent=indent) or [""]


def pair(left: str, right: str, columns: int) -> list[str]:
    """``left`` and ``right`` on one line, the right one against the edge; on two when they do not fit."""
    if len(left) + 1 + len(right) <= columns:
        return [left + " " * (columns - len(left) - len(right)) + right]
    lines = wrap(left, columns)
    last = lines[-1]
    if len(last) + 1 + len(right) <= columns:
        lines[-1] = last + " " * (columns - len(last) - len(right)) + right
    else:
        lines.append(right.rjust(columns))
    return lines


def centred(text: str, columns: int) -> list[str]:
    """``text`` in lines of ``columns`` at most, to be printed centred (the printer centres them)."""
    return wrap(text, columns)
