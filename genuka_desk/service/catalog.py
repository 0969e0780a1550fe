"""The catalogue the counter sells from: the variants the last sync kept, searched offline."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .. import store as _store
    from .core import ServiceCore


class Catalog:
    """Find a variant to sell by the words of its title, its SKU or its barcode."""

    def __init__(self, core: ServiceCore) -> None:
        """The capability over ``core``'s catalogue."""
        self._core = core

    def search(self, text: str, limit: int = 20) -> list[_store.CatalogItem]:
        """Sellable variants whose words start with the typed ones ("cafe" finds "Café"); a whole SKU first."""
        return self._core.store.catalog.search_catalog(text, limit)

    def count(self) -> int:
        """How many sellable variants the local catalogue holds (0: not synced yet)."""
        return self._core.store.catalog.catalog_count()

    def item(self, key: str) -> _store.CatalogItem | None:
        """A variant by SKU, barcode, id or exact title."""
        return self._core.store.catalog.catalog_item(key)
