"""The counter's catalogue and customers in the 100,000-order bench cache: 20,000 products, 30,000 customers.

Added once to the profile ``bench/cache.py`` builds (a shop's desk holds its
orders, catalogue and customers in one cache), through the stores' own
``save_products`` and ``save_customers``, the path a sync takes. Bodies are
the demo API's shapes: its 30 products, each again under many references
(variants, SKUs and barcodes of their own), and the customers of the orders
plus others who never ordered. A smoke run (``BENCH_SMOKE``) adds 200 of each.
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.cache import ORDERS, SEED, bench_home, store_folder
from bench.common import size
from genuka_desk.demo.data import DemoData
from genuka_desk.demo.directory import customer_body
from genuka_desk.store import LocalStore
from genuka_desk.sync.keys import METHODS_KEY

PRODUCTS = size(20_000, smoke=200)  # the smoke run's: the bench reads the 124th product
CUSTOMERS = size(30_000, smoke=200)
BATCH = 2_000


def product_bodies(demo: DemoData, count: int) -> list[dict[str, Any]]:
    """``count`` products: the demo's, each again under its own reference number."""
    out: list[dict[str, Any]] = []
    for n in range(count):
        base = demo.products[n % len(demo.products)]
        body = copy.deepcopy(base)
        body["id"] = f"bench-p{n:05d}"
        body["title"] = f"{base['title']} réf. {n:05d}"
        for position, variant in enumerate(body["variants"]):
            variant["id"] = f"bench-v{n:05d}-{position}"
            variant["product_id"] = body["id"]
            stem = (base["variants"][position]["sku"] or "ART").split("-")[0]
            variant["sku"] = f"{stem}-{n:05d}-{position + 1}"
            variant["barcode"] = f"62{n:06d}{position:02d}{(n * 7 + position) % 97:02d}"
            if n % 3 == 0:  # followed stock for a third of them, as the demo API does
                variant["follow_stock"] = 1
                variant["estimated_quantity"] = (n * 7 + position * 3) % 25
        out.append(body)
    return out


def customer_bodies(demo: DemoData, count: int) -> list[dict[str, Any]]:
    """The orders' customers, then others (a second demo world's) up to ``count``."""
    people = list(demo.customers)
    seed = SEED + 1
    while len(people) < count:
        people += DemoData(orders=4 * (count - len(people)), seed=seed).customers
        seed += 1
    return [customer_body(person, n) for n, person in enumerate(people[:count])]


def counter_home(products: int = PRODUCTS, customers: int = CUSTOMERS) -> Path:
    """The bench profile's folder, with the catalogue and customers added (once)."""
    home = bench_home()
    done = home / f"counter-{products}-{customers}-v2.json"
    if done.exists():
        return home
    started = time.perf_counter()
    demo = DemoData(orders=ORDERS, seed=SEED)
    store = LocalStore(store_folder(home))
    try:
        made = product_bodies(demo, products)
        for first in range(0, len(made), BATCH):
            store.catalog.save_products(made[first : first + BATCH])
        people = customer_bodies(demo, customers)
        for first in range(0, len(people), BATCH):
            store.catalog.save_customers(people[first : first + BATCH])
        store.cache.set_meta(METHODS_KEY, json.dumps(demo.payment_methods))  # as a sync keeps them
    finally:
        store.close()
    seconds = round(time.perf_counter() - started, 1)
    done.write_text(json.dumps({"products": products, "customers": customers, "seconds": seconds}))
    print(f"catalogue and customers added in {seconds} s", file=sys.stderr)
    return home


if __name__ == "__main__":
    print(counter_home())
