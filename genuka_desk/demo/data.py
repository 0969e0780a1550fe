"""Seeded, deterministic demo data shaped like real Genuka bodies.

Orders are not all held in memory: each order's random draws come from its
own seeded generator, so the body of order *i* can be rebuilt on demand and
100,000 orders cost only a compact summary each. Orders the demo changes are
kept whole (see :mod:`.store`).

The bodies carry the odd shapes real ones do: booleans as 0/1 and true/false,
objects as ``{}``/``[]``/null, dates in several formats, some amounts as
strings, a mangled email now and then.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from . import catalog

ANCHOR = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)
_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"


def ulid(rng: random.Random, when: datetime) -> str:
    """A ULID-like id (time-ordered, lowercase Crockford base32), as Genuka uses."""
    value = (int(when.timestamp() * 1000) << 80) | rng.getrandbits(80)
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def iso(when: datetime) -> str:
    """``2025-10-10T11:24:04.000000Z``, the API's usual date shape."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sql_time(when: datetime) -> str:
    """``2025-10-10 11:28:44``, another shape the API uses."""
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


@dataclass(slots=True)
class Plan:
    """The random draws that make up one order (its body is built from these)."""

    index: int
    id: str
    reference: str
    created: datetime
    updated: datetime
    customer: int
    lines: tuple[tuple[int, int, int], ...]  # product, variant, quantity
    shipping_fee: int
    shipping_status: str
    billing_status: str
    source: str
    mode: str
    method: int
    quirks: int  # bit flags choosing the odd shapes of this body


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
        self.users = self._make_users(rng, start)
        self.treasury_accounts, self.payment_methods = self._make_payments(rng, start)
        self.products = self._make_products(rng, start)
        self.customers = self._make_customers(rng, start, max(40, orders // 4))
        # Line ids of generated orders are 1000 + 8 * index + n; new lines come after.
        self.next_line_id = 1000 + 8 * orders + 100

    # -- fixed parts ---------------------------------------------------------

    def _make_users(self, rng: random.Random, when: datetime) -> list[dict[str, Any]]:
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
                    "company_id": self.company_id,
                    "metadata": {"lang": "fr"},
                    "last_activity": sql_time(self.anchor),
                    "created_at": iso(when),
                    "updated_at": iso(when),
                }
            )
        return users

    def _make_payments(self, rng: random.Random, when: datetime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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
                    "company_id": self.company_id,
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
                    "company_id": self.company_id,
                    "configurations": [] if processor in ("cash", "bank_transfer") else {"api_token": "*" * 32},
                    "metadata": None,
                    "treasury_account_id": account_id,
                }
            )
        return accounts, methods

    def _make_products(self, rng: random.Random, when: datetime) -> list[dict[str, Any]]:
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
                    "company_id": self.company_id,
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

    def _make_customers(self, rng: random.Random, when: datetime, count: int) -> list[dict[str, Any]]:
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

    # -- orders --------------------------------------------------------------

    def plan(self, index: int) -> Plan:
        """The draws of order ``index`` (0-based); the same every time for a seed."""
        rng = random.Random(self.seed * 1_000_003 + index)
        span = timedelta(days=365).total_seconds()
        step = span / max(1, self.order_count)
        created = self.anchor - timedelta(days=365) + timedelta(seconds=index * step + rng.random() * step * 0.9)
        shipping_status = rng.choices(catalog.SHIPPING_STATUSES, weights=(35, 20, 40, 5))[0]
        billing_status = rng.choices(catalog.BILLING_STATUSES, weights=(30, 40, 10, 12, 8))[0]
        age = (self.anchor - created).total_seconds()
        updated = created + timedelta(seconds=rng.random() * min(age, 20 * 86400))
        lines: list[tuple[int, int, int]] = []
        for _ in range(rng.choices((1, 2, 3, 4), weights=(45, 30, 17, 8))[0]):
            product = rng.randrange(len(self.products))
            variant = rng.randrange(len(self.products[product]["variants"]))
            if any(p == product and v == variant for p, v, _ in lines):
                continue
            lines.append((product, variant, rng.choices((1, 2, 3, 4, 5, 10), weights=(50, 25, 10, 6, 6, 3))[0]))
        return Plan(
            index=index,
            id=ulid(rng, created),
            reference=f"#ORDER_{1001 + index}",
            created=created,
            updated=updated,
            customer=rng.randrange(len(self.customers)),
            lines=tuple(lines),
            shipping_fee=rng.choice(catalog.SHIPPING_FEES),
            shipping_status=shipping_status,
            billing_status=billing_status,
            source=rng.choices(catalog.SOURCES, weights=catalog.SOURCE_WEIGHTS)[0],
            mode=rng.choices(("delivery", "pickup"), weights=(75, 25))[0],
            method=rng.randrange(len(self.payment_methods)),
            quirks=rng.getrandbits(16),
        )

    def _address(self, plan: Plan, kind: str, rng: random.Random) -> dict[str, Any]:
        customer = self.customers[plan.customer]
        city, region, quarters = catalog.CITIES[customer["city"]]
        boolean = (lambda v: bool(v)) if plan.quirks & 1 else (lambda v: int(v))
        billing = kind == "billing"
        return {
            "id": ulid(rng, plan.created),
            "addressable_id": plan.id,
            "addressable_type": "App\\Models\\Order",
            "label": None,
            "company": None,
            "company_id": self.company_id,
            "first_name": customer["first_name"] if billing or plan.quirks & 2 else None,
            "last_name": customer["last_name"] if billing or plan.quirks & 2 else None,
            "line1": f"{quarters[customer['quarter']]}, {catalog.STREETS[customer['street']]}",
            "line2": None,
            "city": city,
            "state": region,
            "postal_code": None,
            "country": "Cameroon",
            "phone": customer["phone"] if billing or plan.quirks & 4 else None,
            "email": customer["email"] if billing else None,
            "latitude": None,
            "longitude": None,
            "is_billing": boolean(billing),
            "is_shipping": boolean(not billing),
            "is_primary": boolean(True),
            "metadata": None if billing else ({"amount": 0} if plan.quirks & 8 else None),
            "created_at": iso(plan.created),
            "updated_at": iso(plan.created),
        }

    def line_entries(
        self, order_id: str, line_id: int, product: int, variant: int, quantity: int, price: Any, when: str
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The ``order_products[]`` entry and the ``products[]`` entry of one line."""
        prod = self.products[product]
        var = prod["variants"][variant]
        meta = {
            "cost_at_date": None,
            "delivered_quantity": 0,
            "item_title": prod["title"],
            "product_title": prod["title"],
            "product_media": "",
            "sales_user_id": self.users[0]["id"],
            "stock_warehouse_to_remove": [],
            "taxes": [],
            "variant_image": None,
            "variant_sku": var["sku"],
            "variant_title": var["title"],
        }
        order_product = {
            "id": line_id,
            "order_id": order_id,
            "product_id": prod["id"],
            "variant_id": var["id"],
            "service_id": None,
            "price": price,
            "quantity": quantity,
            "metadata": meta,
            "created_at": when,
            "updated_at": when,
        }
        product_entry = {
            key: prod[key]
            for key in (
                "id",
                "title",
                "handle",
                "type",
                "vendor",
                "content",
                "company_id",
                "is_shippable",
                "is_taxable",
                "published",
                "medias",
                "tags",
                "taxes",
                "discounts",
                "professionals",
                "metadata",
                "supplier_id",
                "deleted_at",
                "created_at",
                "updated_at",
            )
        }
        product_entry["service"] = None
        product_entry["pivot"] = {**{k: v for k, v in order_product.items() if k not in ("created_at", "updated_at")}}
        product_entry["pivot"]["metadata"] = dict(meta)
        product_entry["pivot"]["variant"] = {k: v for k, v in var.items()}
        return order_product, product_entry

    def build_order(self, plan: Plan) -> dict[str, Any]:
        """The list-shaped body of one order (what ``GET /orders`` returns for it)."""
        rng = random.Random(self.seed * 7_919 + plan.index)
        created, updated = iso(plan.created), iso(plan.updated)
        customer = self.customers[plan.customer]
        order_products, products = [], []
        subtotal = 0
        for n, (product, variant, quantity) in enumerate(plan.lines):
            price = self.products[product]["variants"][variant]["price"]
            subtotal += price * quantity
            op, pe = self.line_entries(plan.id, 1000 + plan.index * 8 + n, product, variant, quantity, price, created)
            order_products.append(op)
            products.append(pe)
        shipping_fee = plan.shipping_fee if plan.mode == "delivery" else 0
        amount = subtotal + shipping_fee
        paid = {"paid": amount, "partially_paid": amount // 2}.get(plan.billing_status, 0)
        billing_address = self._address(plan, "billing", rng)
        shipping_address = self._address(plan, "shipping", rng)
        method = self.payment_methods[plan.method]
        account = self.treasury_accounts[plan.method]
        scheduled = plan.created + timedelta(days=2)
        money: Any = (lambda v: str(v)) if plan.quirks & 16 and plan.quirks & 32 else (lambda v: v)
        invoices = []
        if plan.billing_status in ("paid", "partially_paid"):
            invoices.append(
                {
                    "id": ulid(rng, plan.updated),
                    "reference": f"#INV_{1001 + plan.index}",
                    "amount": paid,
                    "currency_code": "XAF",
                    "is_deposit": plan.billing_status == "partially_paid",
                    "is_final": plan.billing_status == "paid",
                    "status": "paid",
                    "order_id": plan.id,
                    "medias": [],
                    "metadata": None,
                    "created_at": updated,
                    "updated_at": updated,
                }
            )
        deliveries = []
        if plan.shipping_status in ("delivered", "partial_delivery"):
            deliveries.append(
                {
                    "id": ulid(rng, plan.updated),
                    "order_id": plan.id,
                    "address_id": shipping_address["id"],
                    "status": plan.shipping_status,
                    "mode": None,
                    "tracking_number": f"#DLV_{1001 + plan.index}",
                    "tracking_url": None,
                    "scheduled_at": iso(scheduled),
                    "starts_at": None,
                    "ends_at": updated,
                    "metadata": {"auto_created": True},
                    "created_at": updated,
                    "updated_at": updated,
                }
            )
        payments = []
        if paid:
            payments.append(
                {
                    "id": ulid(rng, plan.updated),
                    "user_id": self.users[0]["id"],
                    "treasury_account_id": account["id"],
                    "type": "inbound",
                    "status": "paid",
                    "amount": paid,
                    "currency_code": "XAF",
                    "method": method["processor"],
                    "reference": f"#PAY_{1001 + plan.index}",
                    "paid_at": updated[:10],
                    "due_date": updated[:10],
                    "metadata": None,
                    "created_at": updated,
                    "updated_at": updated,
                    "deleted_at": None,
                }
            )
        empty_meta: Any = ({}, [], None, {"matchingMediaIds": []})[plan.quirks >> 6 & 3]
        return {
            "id": plan.id,
            "reference": plan.reference,
            "status": "pending",
            "state": 1 if plan.billing_status in ("paid", "partially_paid") else 3,
            "source": plan.source,
            "revenue_type": "PRODUCTS",
            "currency": "XAF",
            "amount": money(amount),
            "amount_due": money(amount - paid),
            "company_id": self.company_id,
            "shop_id": self.shop_id,
            "user_id": self.users[0]["id"],
            "customer_id": customer["id"],
            "customer": {
                "id": customer["id"],
                "first_name": customer["first_name"],
                "last_name": customer["last_name"],
                "email": customer["email"],
                "phone": customer["phone"],
                "type": "individual",
                "company_name": None,
            },
            "customer_orders_count": 1 + plan.index % 7,
            "addresses": [billing_address, shipping_address],
            "billing": {
                "address": billing_address,
                "address_id": billing_address["id"],
                "status": plan.billing_status,
                "method": method["processor"] if plan.quirks & 128 else account["id"],
                "treasury_account_id": account["id"],
                "treasury_account_label": account["label"],
                "treasury_account": account,
                "scheduled_at": scheduled.strftime("%d/%m/%Y"),
                "amount": paid,
                "discount": 0,
                "line_discounts_total": 0,
                "order_discounts_total": 0,
                "shipping": shipping_fee,
                "subtotal": subtotal,
                "out_of_tax_total": amount,
                "sum_positive_taxes": 0,
                "sum_negative_taxes": 0,
                "net_to_pay": amount,
                "total": amount,
            },
            "shipping": {
                "address": shipping_address,
                "address_id": shipping_address["id"],
                "status": plan.shipping_status,
                "mode": plan.mode,
                "amount": shipping_fee,
                "scheduled_at": scheduled.strftime("%Y-%m-%d"),
            },
            "order_products": order_products,
            "products": products,
            "deliveries": deliveries,
            "delivery": None,
            "invoices": invoices,
            "invoices_count": len(invoices),
            "payments": payments,
            "bills": [],
            "returns": [],
            "returns_count": 0,
            "discounts": [],
            "taxes": [],
            "subscriptions": [],
            "medias": [],
            "private_medias": [],
            "custom_fields": [],
            "metadata": empty_meta,
            "calendar_event_id": None,
            "pickup_location": None,
            "pickup_location_id": None if plan.mode == "delivery" else self.warehouse_id,
            "shipping_fee": None,
            "shipping_fee_id": None,
            "signature": None,
            "credit_code": "701",
            "debit_code": "4111",
            "due_at": None,
            "expires_at": None,
            "deleted_at": None,
            "created_at": created,
            "updated_at": updated,
        }

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
        from .store import envelope  # the envelope is the store's, which builds on this module

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
                }
            ],
        }
