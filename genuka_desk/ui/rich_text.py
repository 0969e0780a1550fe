"""Text set in Qt's rich text (labels with bold parts, the documents): a figure never breaks across lines."""

from __future__ import annotations

from html import escape

# Babel groups French thousands with a narrow no-break space (U+202F); Qt's HTML reader takes it for a plain,
# breakable space, so "102 000 FCFA" could end a line with "102". The no-break space (U+00A0) it keeps.
_NARROW_NBSP = "\u202f"
_NBSP = "\xa0"


def unbroken(text: str) -> str:
    """``text`` escaped for rich text (a text node: quotes kept as typed), each amount in it kept on one line."""
    return escape(text, quote=False).replace(_NARROW_NBSP, _NBSP)
