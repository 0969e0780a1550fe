"""The demo shop's logo: a small PNG drawn here (no image library), served at ``/__demo__/logo.png``."""

from __future__ import annotations

import struct
import zlib
from functools import cache

SIZE = 96


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


@cache
def logo_png() -> bytes:
    """A green disc with a gold ring on white, 96 x 96 (RGB)."""
    rows = []
    centre = (SIZE - 1) / 2
    for y in range(SIZE):
        row = bytearray(b"\x00")  # filter: none
        for x in range(SIZE):
            distance = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5
            if distance < 30:
                pixel = (0x1E, 0x7A, 0x34)
            elif distance < 38:
                pixel = (0xE8, 0xB0, 0x20)
            else:
                pixel = (0xFF, 0xFF, 0xFF)
            row += bytes(pixel)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _chunk(b"IEND", b"")
    )
