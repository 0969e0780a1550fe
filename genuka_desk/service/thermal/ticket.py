"""A ticket being made: lines, pairs, rules, the logo and a QR code, as ESC/POS through the library's Dummy printer.

Every ticket starts by resetting the printer (``ESC @``) and choosing the
code page (``ESC t``); each line's style (alignment, bold, double height) is
sent only when it changes. The QR code is made by the printer itself
(``GS ( k``) and the logo is sent as a raster image (``GS v 0``), both
through the library.
"""

from __future__ import annotations

import functools
import io
from typing import TYPE_CHECKING

from . import library
from .target import COLUMNS, DOTS
from .text import Printable, pair, wrap

if TYPE_CHECKING:
    from PIL.Image import Image

_LOGO_HEIGHT = 120  # dots: about 15 mm at 203 dpi
_LOGO_SHARE = 0.6  # of the roll's width at most
_MAX_LOGO_SIDE = 4000  # a larger image is not a logo: left out rather than decoded


@functools.lru_cache(maxsize=4)
def _logo(data: bytes, dots: int) -> Image | None:
    """The logo fitted to the roll (None when it cannot be read); kept for the next receipts."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as source:
            if max(source.size) > _MAX_LOGO_SIDE:
                return None
            image = source.convert("RGBA")
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    image.thumbnail((int(dots * _LOGO_SHARE), _LOGO_HEIGHT))
    return image


class Ticket:
    """The bytes of one ticket on a roll ``width`` mm wide (58 or 80)."""

    def __init__(self, width: int) -> None:
        self.width = width if width in COLUMNS else 80
        self.columns = COLUMNS[self.width]
        self.printer = library.dummy(self.columns, DOTS[self.width])
        self.printer.hw("INIT")
        self.printer.charcode(library.CODE_PAGE)
        encoder = self.printer.magic.encoder
        self.printable = Printable(lambda char: bool(encoder.can_encode(library.CODE_PAGE, char)))
        self._align = "left"
        self._bold = False
        self._tall = False

    def style(self, *, align: str = "left", bold: bool = False, tall: bool = False) -> None:
        """Alignment, bold and double height from now on (sent only when they change)."""
        if tall != self._tall:
            self.printer.set(double_height=tall, normal_textsize=not tall)
            self._tall = tall
            self._bold = False  # the size's command (ESC !) sets bold off too
        if bold != self._bold:
            self.printer.set(bold=bold)
            self._bold = bold
        if align != self._align:
            self.printer.set(align=align)
            self._align = align

    def line(self, text: str, *, align: str = "left", bold: bool = False, tall: bool = False, indent: str = "") -> None:
        """``text``, wrapped to the roll."""
        self.style(align=align, bold=bold, tall=tall)
        for piece in wrap(self.printable(text), self.columns, indent):
            self.printer.textln(piece)

    def pair(self, left: str, right: str, *, bold: bool = False) -> None:
        """A label and its figure against the right edge (on two lines when they do not fit)."""
        self.style(bold=bold)
        for piece in pair(self.printable(left), self.printable(right), self.columns):
            self.printer.textln(piece)

    def rule(self) -> None:
        """A line across the roll."""
        self.style()
        self.printer.textln("-" * self.columns)

    def blank(self) -> None:
        """An empty line."""
        self.printer.ln()

    def logo(self, data: bytes | None) -> bool:
        """The shop's logo centred, printed by the printer as a raster image; False when it cannot be read."""
        image = _logo(data, DOTS[self.width]) if data else None
        if image is None:
            return False
        self.style(align="left")  # the library centres it in a line as wide as the roll
        self.printer.image(image, impl="bitImageRaster", center=True)
        return True

    def qr(self, content: str) -> None:
        """A QR code of ``content``, made by the printer and centred."""
        if not content:
            return
        from escpos.constants import QR_ECLEVEL_M

        self.style(align="center")
        self.printer.qr(content, ec=QR_ECLEVEL_M, size=6 if self.width == 80 else 5, native=True)
        self.printer.ln()

    def cut(self) -> None:
        """Feed the paper past the cutter and cut (partly: the receipt stays until torn)."""
        self.style()
        self.printer.cut(mode="PART")

    @property
    def output(self) -> bytes:
        """Everything the ticket holds so far."""
        return bytes(self.printer.output)
