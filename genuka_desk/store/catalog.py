"""The catalogue and the customers, kept in the cache so the counter sells offline.

One row per sellable variant (a product without variants is one row), with
its product's title, SKU, barcode, price and stock where the server follows
it (the desk's shop's figure, less the desk's own sales the server does not
hold yet: :mod:`.stock_levels`); one row per customer with the digits of the phone. Both are searched as
clerks type: each typed word must start a word of the row, accents and case
aside ("cafe" finds "Café"); a phone typed in groups ("699 12") matches its
digits anywhere. A SKU or a barcode (what a scanner types) is looked up whole.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from .. import models as _models
from ..models.coerce import to_decimal, to_str
from ..models.phone import looks_like_phone, phone_key
from .files import StoreFiles
from .rows import decode_body, encode_body, fold, sortable_time
from .stock_levels import own_sales, save_shop_stock, shop_stock


@dataclass(frozen=True)
class CatalogItem:
    """One sellable variant as the counter offers it."""

    product_id: str
    variant_id: str | None
    title: str
    variant_title: str
    sku: str
    barcode: str
    price: Decimal | None
    stock: Decimal | None  # None: the server does not follow this variant's stock

    @property
    def label(self) -> str:
        """The product's title, with the variant's when it has one."""
        return self.title + (f" — {self.variant_title}" if self.variant_title else "")

    def as_line(self, quantity: int = 1, price: Decimal | None = None) -> _models.NewOrderLine:
        """A sale's line of this variant (at its catalogue price unless ``price`` is given)."""
        return _models.NewOrderLine(
            product_id=self.product_id,
            variant_id=self.variant_id,
            title=self.label,
            variant_title=self.variant_title or None,
            sku=self.sku or None,
            quantity=quantity,
            price=price if price is not None else (self.price or Decimal(0)),
        )


@dataclass(frozen=True)
class CustomerRow:
    """One customer as the counter finds them."""

    id: str
    name: str
    phone: str
    email: str


def _words(*parts: str | None) -> str:
    return " " + " ".join(fold(p) for p in parts if p) + " "


def _word_match(text: str) -> str | None:
    """An FTS5 query: every typed word starts a word of the row (None: nothing to look for)."""
    typed = [w for w in fold(text).split() if any(ch.isalnum() for ch in w)]
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in typed) or None


class CatalogCache:
    """Variants and customers in the ``cache`` file (rebuilt from the server like the orders)."""

    def __init__(self, files: StoreFiles) -> None:
        self.files = files

    def save_products(self, bodies: list[dict[str, Any]]) -> int:
        """Store products as the server sent them (each variant a row; a deleted one's rows go); rows written."""
        rows: list[tuple[Any, ...]] = []
        gone: list[str] = []
        for body in bodies:
            product = _models.Product.model_validate(body)
            pid = to_str(product.id)
            if not pid:
                continue
            if body.get("deleted_at"):
                gone.append(pid)
                continue
            variants: list[_models.Variant | None] = [*product.all_variants()] or [None]
            for variant in variants:
                vid = to_str(variant.id) if variant is not None else None
                vtitle = (variant.title if variant is not None else "") or ""
                shown_variant = "" if vtitle in ("", "Default Title") else vtitle
                price = variant.price if variant is not None and variant.price is not None else product.display_price
                followed = variant is not None and variant.follow_stock
                stock = variant.estimated_quantity if followed and variant is not None else None
                sku = (variant.sku if variant is not None else "") or ""
                barcode = (variant.barcode if variant is not None else "") or ""
                rows.append(
                    (
                        vid or f"product:{pid}",
                        pid,
                        product.title or "",
                        shown_variant,
                        fold(sku.strip()),
                        barcode.strip(),
                        None if price is None else str(price),
                        None if stock is None else float(stock),
                        _words(product.title, shown_variant, sku),
                        sortable_time(product.updated_at),
                    )
                )
        with self.files.write() as conn:
            for pid in {r[1] for r in rows} | set(gone):
                conn.execute("DELETE FROM cache.variants WHERE product_id = ?", (pid,))
            # A variant moved to another product: its old row goes too (no REPLACE: it skips the triggers).
            conn.executemany("DELETE FROM cache.variants WHERE variant_id = ?", [(r[0],) for r in rows])
            conn.executemany(
                "INSERT INTO cache.variants (variant_id, product_id, title, variant_title, sku, barcode, "
                "price, stock, words, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def save_shop_stock(self, rows: list[tuple[str, float, str]]) -> int:
        """Store the shop's stock per variant (``variant id, quantity, updated_at``); rows written."""
        with self.files.write() as conn:
            return save_shop_stock(conn, rows)

    def save_customers(self, bodies: list[dict[str, Any]]) -> int:
        """Store customers as the server sent them (a deleted one goes); the number written."""
        rows, gone = [], []
        for body in bodies:
            customer = _models.Customer.model_validate(body)
            cid = to_str(customer.id)
            if not cid:
                continue
            if body.get("deleted_at"):
                gone.append((cid,))
                continue
            phone = customer.phone or ""
            rows.append(
                (
                    cid,
                    customer.full_name,
                    phone,
                    phone_key(phone),  # one form whatever the spelling (+237, 00237, spaces, dots)
                    customer.email or "",
                    _words(customer.first_name, customer.last_name, customer.company_name, customer.email),
                    sortable_time(customer.updated_at),
                    encode_body(body),
                )
            )
        with self.files.write() as conn:
            # Delete then insert: REPLACE would skip the word index's triggers.
            conn.executemany("DELETE FROM cache.customers WHERE id = ?", [*gone, *((r[0],) for r in rows)])
            conn.executemany(
                "INSERT INTO cache.customers (id, name, phone, digits, email, words, updated_at, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def search_catalog(self, text: str, limit: int = 20) -> list[CatalogItem]:
        """Variants whose words start with every typed word (a whole SKU or barcode first; nothing typed: all)."""
        exact = self.catalog_code(text)
        match = _word_match(text)
        found: list[CatalogItem] = [exact] if exact is not None else []
        if match is None and text.strip():
            return found  # only signs typed: no word to look for
        where = " WHERE rowid IN (SELECT rowid FROM cache.variants_words WHERE variants_words MATCH ?)"
        with self.files.read() as conn:
            rows = conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM cache.variants{where if match else ''} "
                "ORDER BY title, variant_title LIMIT ?",  # nothing typed: the catalogue from the top
                [match, limit] if match else [limit],
            ).fetchall()
            more = [_item(r) for r in rows if exact is None or _item(r).variant_id != exact.variant_id]
            found += _stocked(conn, more[: limit - len(found)])  # the exact one is stocked already
        return found[:limit]

    def catalog_code(self, code: str) -> CatalogItem | None:
        """The variant whose SKU or barcode is exactly ``code`` (what a scanner types), else None."""
        code = code.strip()
        if not code:
            return None
        with self.files.read() as conn:
            # Each code by its own partial index (an OR, or a bare "= ?", would read every row).
            row = conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM cache.variants WHERE barcode = ? AND barcode != '' UNION ALL "
                f"SELECT {_ITEM_COLUMNS} FROM cache.variants WHERE sku = ? AND sku != '' LIMIT 1",
                (code, fold(code)),
            ).fetchone()
            return None if row is None else _stocked(conn, [_item(row)])[0]

    def catalog_item(self, key: str) -> CatalogItem | None:
        """A variant by SKU, barcode, variant id, product id or exact title (the CLI's ``--line``)."""
        found = self.catalog_code(key)
        if found is not None:
            return found
        with self.files.read() as conn:
            row = conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM cache.variants WHERE variant_id = ? OR product_id = ? "
                "OR lower(title) = lower(?) ORDER BY variant_title LIMIT 1",
                (key, key, key.strip()),
            ).fetchone()
            return None if row is None else _stocked(conn, [_item(row)])[0]

    def catalog_count(self) -> int:
        """How many variants the local catalogue holds."""
        with self.files.read() as conn:
            return int(conn.execute("SELECT count(*) FROM cache.variants").fetchone()[0])

    def search_customers(self, text: str, limit: int = 20) -> list[CustomerRow]:
        """Customers by name or email word prefixes, or by (part of) a phone number however it is spelt.

        Nothing typed: every customer, by name (the first ``limit``).
        """
        with self.files.read() as conn:
            if not text.strip():
                rows = conn.execute(
                    "SELECT id, name, phone, email FROM cache.customers ORDER BY name, id LIMIT ?", (limit,)
                ).fetchall()
            elif looks_like_phone(text):
                key = phone_key(text)
                if len(key) < 3:
                    return []  # "+237" alone: the number is still being typed
                # Part of a number: inside the stored keys.
                rows = conn.execute(
                    "SELECT id, name, phone, email FROM cache.customers WHERE digits LIKE ? ORDER BY name LIMIT ?",
                    (f"%{key}%", limit),
                ).fetchall()
            else:
                match = _word_match(text)
                if match is None:
                    return []
                rows = conn.execute(
                    "SELECT id, name, phone, email FROM cache.customers WHERE rowid IN "
                    "(SELECT rowid FROM cache.customers_words WHERE customers_words MATCH ?) ORDER BY name LIMIT ?",
                    (match, limit),
                ).fetchall()
        return [CustomerRow(*r) for r in rows]

    def customer_count(self) -> int:
        """How many customers the local copy holds."""
        with self.files.read() as conn:
            return int(conn.execute("SELECT count(*) FROM cache.customers").fetchone()[0])

    def customer_body(self, customer_id: str) -> dict[str, Any] | None:
        """A customer as the server sent them."""
        with self.files.read() as conn:
            row = conn.execute("SELECT body FROM cache.customers WHERE id = ?", (customer_id,)).fetchone()
        return None if row is None else decode_body(row[0])

    def customer_by_phone(self, phone: str) -> CustomerRow | None:
        """The customer with this phone number, both sides compared in one form (:func:`phone_key`)."""
        key = phone_key(phone)
        if len(key) < 6:
            return None
        with self.files.read() as conn:
            # Every row keeps its phone's key (cache v9): one indexed look-up, no scan at each sale.
            row = conn.execute(
                "SELECT id, name, phone, email FROM cache.customers WHERE digits = ? ORDER BY rowid LIMIT 1", (key,)
            ).fetchone()
        return None if row is None else CustomerRow(*row)


def _stocked(conn: Any, items: list[CatalogItem]) -> list[CatalogItem]:
    """The items with the stock the counter shows: the shop's figure less the desk's unsent sales."""
    followed = [i.variant_id for i in items if i.variant_id and i.stock is not None]
    if not followed:
        return items
    held, sold = shop_stock(conn, followed), own_sales(conn)
    shown = []
    for item in items:
        if item.variant_id in followed:
            stock = held.get(item.variant_id, item.stock)
            item = replace(item, stock=None if stock is None else stock - sold[item.variant_id])
        shown.append(item)
    return shown


_ITEM_COLUMNS = "product_id, variant_id, title, variant_title, sku, barcode, price, stock"


def _item(row: tuple[Any, ...]) -> CatalogItem:
    product_id, variant_id, title, variant_title, sku, barcode, price, stock = row
    return CatalogItem(
        product_id=product_id,
        variant_id=None if str(variant_id).startswith("product:") else variant_id,
        title=title,
        variant_title=variant_title,
        sku=sku,
        barcode=barcode,
        price=to_decimal(price),
        stock=None if stock is None else Decimal(str(stock)),
    )
