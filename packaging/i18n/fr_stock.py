"""French for the stock at the counter: the sale window's stock column (ui/counter/lines_part.py)."""

FR: dict[str, str | tuple[str, str]] = {
    "In stock": "En stock",
}
