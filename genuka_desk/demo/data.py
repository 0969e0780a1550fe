"""One demo world: the company, its catalogue and customers, and the plans of its orders.

Seeded and deterministic, shaped like real Genuka bodies. The fixed parts
are drawn once (:mod:`.seed`); each order is drawn on demand from its own
generator (:mod:`.order_bodies`). Orders the demo changes are kept whole by
the store (:mod:`.state`).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from . import order_bodies
from .order_bodies import Plan
from .pages import envelope
from .seed import make_customers, make_payments, make_products, make_users
from .values import iso, ulid

ANCHOR = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)


class DemoData:
    """The company, catalogue, customers and order plans of one demo world."""

    def __init__(self, orders: int = 500, seed: int = 7, anchor: datetime = ANCHOR) -> None:
        if orders < 0:
            raise ValueError("orders must be >= 0")
        self.seed = seed
        self.order_count = orders
        self.anchor = anchor
        rng = random.Random(seed)
        start = anchor - timedelta(days=400)
        self.company_id = ulid(rng, start)
        self.shop_id = ulid(rng, start)
        self.warehouse_id = ulid(rng, start)
        self.users = make_users(rng, start, self.company_id, anchor)
        self.treasury_accounts, self.payment_methods = make_payments(rng, start, self.company_id)
        self.products = make_products(rng, start, self.company_id)
        self.customers = make_customers(rng, start, max(40, orders // 4))
        # Line ids of generated orders are 1000 + 8 * index + n; new lines come after.
        self.next_line_id = 1000 + 8 * orders + 100

    # -- orders --------------------------------------------------------------

    def plan(self, index: int) -> Plan:
        """The draws of order ``index`` (0-based); the same every time for a seed."""
        return order_bodies.draw_plan(self, index)

    def build_order(self, plan: Plan) -> dict[str, Any]:
        """The list-shaped body of one order (what ``GET /orders`` returns for it)."""
        return order_bodies.build_order(self, plan)

    def line_entries(
        self, order_id: str, line_id: int, product: int, variant: int, quantity: int, price: Any, when: str
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The ``order_products[]`` entry and the ``products[]`` entry of one line."""
        return order_bodies.line_entries(self, order_id, line_id, product, variant, quantity, price, when)

    # -- the company ---------------------------------------------------------

    def company_body(self) -> dict[str, Any]:
        """The company object embedded in a full order body."""
        return {
            "id": self.company_id,
            "name": "Boutique Mboa (démo)",
            "handle": "boutique-mboa",
            "type": "business",
            "company_code": None,
            "currency_code": "XAF",
            "currency_name": "FCFA",
            "description": None,
            "address": None,
            "logoUrl": None,
            "medias": [],
            "metadata": {"payment_terms": {"accepted_at": "2025-07-30T08:57:08.517Z"}},
            "onboarding": {"id": 1, "step": "source", "metadata": []},
            "paymentMethods": self.payment_methods,
            "variables": None,
            "created_at": iso(self.anchor - timedelta(days=400)),
            "updated_at": iso(self.anchor - timedelta(days=400)),
        }

    def payment_methods_page(self, params: dict[str, str], url: str, style: str) -> dict[str, Any]:
        """``GET /admin/payment-methods`` (08-payments-pos.md), ``include=treasuryAccount`` honoured."""
        with_account = "treasuryAccount" in (params.get("include") or "")
        accounts = {a["id"]: a for a in self.treasury_accounts}
        items = [
            {**m, **({"treasury_account": accounts.get(m["treasury_account_id"])} if with_account else {})}
            for m in self.payment_methods
        ]
        per_page = max(1, min(int(params.get("per_page") or 5), 100))
        page = max(1, int(params.get("page") or 1))
        return envelope(items[(page - 1) * per_page : page * per_page], len(items), page, per_page, params, url, style)

    def company_profile(self, host: str) -> dict[str, Any]:
        """``GET /admin/company`` (19-company-settings.md): the profile printed documents carry."""
        return {
            **{k: v for k, v in self.company_body().items() if k != "paymentMethods"},
            "logoUrl": f"{host}/__demo__/logo.png",
            "company_code": "MBOA-001",
            "description": "Boutique de démonstration",
            "metadata": {
                "rccm": "RC/DLA/2019/B/4521",
                "fiscalID": "M041912345678K",
                "contact": {"email": "contact@boutique-mboa.cm", "phone": "+237 233 42 11 00"},
            },
            "address": {
                "id": "01demoaddress0000000000000",
                "line1": "Rue Joss, Akwa",
                "city": "Douala",
                "country": "CM",
                "phone": "+237 233 42 11 00",
            },
        }

    def shop_body(self) -> dict[str, Any]:
        """The shop object embedded in a full order body."""
        return {
            "id": self.shop_id,
            "name": "Boutique Mboa Akwa",
            "slug": "boutique-mboa-akwa",
            "description": "Boutique de démonstration",
            "currency_code": "XAF",
            "currency_name": "FCFA",
            "company_id": self.company_id,
            "domains": [],
            "logo": None,
            "logoUrl": "",
            "metadata": None,
            "deleted_at": None,
            "warehouses": [
                {
                    "id": self.warehouse_id,
                    "name": "Entrepôt Akwa",
                    "description": "Stock principal",
                    "company_id": self.company_id,
                    "metadata": None,
                    "pivot": {"shop_id": self.shop_id, "warehouse_id": self.warehouse_id, "metadata": None},
                },
                {  # the back room (stocks.py: EXTRA_WAREHOUSES), linked to this shop too
                    "id": "01demo0warehouse0reserve00",
                    "name": "Réserve Akwa",
                    "description": "Arrière-boutique",
                    "company_id": self.company_id,
                    "metadata": None,
                    "pivot": {"shop_id": self.shop_id, "warehouse_id": "01demo0warehouse0reserve00", "metadata": None},
                },
            ],
        }
