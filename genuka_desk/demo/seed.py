"""The fixed parts of a demo world: users, payment methods and accounts, the catalogue, customers.

Each is drawn once per seed, in this order, from one generator (see
:class:`~.data.DemoData`).
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from . import catalog
from .values import iso, sql_time, ulid


def make_users(rng: random.Random, when: datetime, company_id: str, anchor: datetime) -> list[dict[str, Any]]:
    """The demo's two users: an admin and a read-only one."""
    users: list[dict[str, Any]] = []
    for first, last, email, role, scopes in (
        ("Payton", "Donnelly", "demo@genuka.com", "admin", catalog.ALL_SCOPES),
        ("Awa", "Mbida", "lecture@genuka.com", "viewer", catalog.READ_ONLY_SCOPES),
    ):
        users.append(
            {
                "id": ulid(rng, when),
                "first_name": first,
                "last_name": last,
                "name": f"{first} {last}",
                "email": email,
                "phone": "+237 699 00 00 0" + str(len(users)),
                "role": role,
                "permissions": list(scopes),
                "company_id": company_id,
                "metadata": {"lang": "fr"},
                "last_activity": sql_time(anchor),
                "created_at": iso(when),
                "updated_at": iso(when),
            }
        )
    return users


def make_payments(
    rng: random.Random, when: datetime, company_id: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The treasury accounts and the payment methods paid into them, one of each per method."""
    accounts, methods = [], []
    for name, processor, label, kind, code in catalog.PAYMENT_METHODS:
        account_id = ulid(rng, when)
        accounts.append(
            {
                "id": account_id,
                "label": label,
                "type": kind,
                "accounting_account_code": code,
                "balance": rng.randrange(10_000, 5_000_000),
                "company_id": company_id,
                "shop_id": None,
                "shop": None,
                "logoUrl": None,
                "medias": [],
                "metadata": {"currency_code": "XAF", "currency_name": "FCFA", "notification": True},
                "created_at": iso(when),
                "updated_at": iso(when),
            }
        )
        methods.append(
            {
                "id": ulid(rng, when),
                "name": name,
                "processor": processor,
                "status": 1,
                "account_id": None,
                "company_id": company_id,
                "configurations": [] if processor == "cash" else {"api_token": "*" * 32},
                "metadata": None,
                "treasury_account_id": account_id,
            }
        )
    return accounts, methods


def make_products(rng: random.Random, when: datetime, company_id: str) -> list[dict[str, Any]]:
    """The catalogue, with its variants."""
    products = []
    for title, price, variants, sku in catalog.PRODUCTS:
        product_id = ulid(rng, when)
        handle = title.lower().replace(" ", "-").replace("'", "")
        variant_list = []
        for position, (vtitle, delta) in enumerate(variants or (("Default Title", 0),)):
            variant_list.append(
                {
                    "id": ulid(rng, when),
                    "product_id": product_id,
                    "title": vtitle,
                    "base_title": vtitle,
                    "sku": f"{sku}-{position + 1:02d}" if variants else None,
                    "barcode": str(rng.randrange(10**8, 10**9)),
                    "price": price + delta,
                    "compare_at_price": None,
                    "taxable": 1,
                    "follow_stock": 0,
                    "min_order_quantity": 1,
                    "estimated_quantity": None,
                    "estimated_quantity_by_warehouse": [],
                    "composite_stocks": [],
                    "options": [position],
                    "position": position,
                    "image_id": None,
                    "metadata": None,
                    "supplierproduct": None,
                    "whatsapp_product_id": None,
                    "deleted_at": None,
                    "created_at": iso(when),
                    "updated_at": iso(when),
                }
            )
        products.append(
            {
                "id": product_id,
                "title": title,
                "handle": f"{handle}-{rng.randrange(10**4, 10**5)}",
                "type": "physical_goods",
                "vendor": None,
                "content": None,
                "company_id": company_id,
                "is_shippable": 1,
                "is_taxable": 1,
                "published": rng.choice((0, 1, True)),
                "has_variants": bool(variants),
                "min_price": price + min(delta for _, delta in variants or (("", 0),)),
                "medias": [],
                "tags": [],
                "taxes": [],
                "discounts": [],
                "professionals": [],
                "metadata": rng.choice((None, {}, [], {"image_ready": False})),
                "supplier_id": None,
                "deleted_at": None,
                "created_at": iso(when),
                "updated_at": iso(when),
                "variants": variant_list,
            }
        )
    return products


def make_customers(rng: random.Random, when: datetime, count: int) -> list[dict[str, Any]]:
    """``count`` customers drawn from the word lists (their addresses as indices into them)."""
    customers = []
    for n in range(count):
        first = rng.choice(catalog.FIRST_NAMES)
        last = rng.choice(catalog.LAST_NAMES)
        city = rng.randrange(len(catalog.CITIES))
        mail_name = first.lower().translate(str.maketrans("ïëéèê", "ieeee"))
        email: str | None = f"{mail_name}.{last.lower().replace(' ', '')}{n}@example.cm"
        if n % 17 == 3:
            email = "[email protected]"  # mangled like the documentation site does
        elif n % 11 == 5:
            email = None
        customers.append(
            {
                "id": ulid(rng, when),
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": f"+237 6{rng.choice('5789')}{rng.randrange(0, 10)} {rng.randrange(10, 100)} "
                f"{rng.randrange(10, 100)} {rng.randrange(10, 100)}",
                "city": city,
                "quarter": rng.randrange(len(catalog.CITIES[city][2])),
                "street": rng.randrange(len(catalog.STREETS)),
            }
        )
    return customers
