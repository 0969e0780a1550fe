"""Company, shop, warehouse, user, customer, payment methods and treasury accounts."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from .address import is_valid_email
from .base import GenukaModel, Nested, NestedList
from .loose import LooseBool, LooseDatetime, LooseDecimal, LooseDict, LooseInt, LooseList, LooseStr


class TreasuryAccount(GenukaModel):
    """Where money lands (a till, a mobile-money wallet, a bank account)."""

    id: LooseStr = None
    label: LooseStr = None
    type: LooseStr = None
    accounting_account_code: LooseStr = None
    balance: LooseDecimal = None
    shop_id: LooseStr = None
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None


class PaymentMethod(GenukaModel):
    """A way the company takes payment, tied to a treasury account."""

    id: LooseStr = None
    name: LooseStr = None
    processor: LooseStr = None
    status: LooseInt = None
    treasury_account_id: LooseStr = None
    account_id: LooseStr = None
    configurations: LooseDict = None
    metadata: LooseDict = None
    treasury_account: Nested[TreasuryAccount] = None  # with include=treasuryAccount: its label names it

    @property
    def active(self) -> bool:
        """Status 1 (or missing) means the method can be used."""
        return self.status in (None, 1)


CASH_PROCESSOR = "cash"  # the processor of cash (08-payments-pos.md)


def method_account(methods: Iterable[PaymentMethod], method: str | None) -> str | None:
    """The treasury account of a way of paying, named by its processor, name or id (None: not known)."""
    for entry in methods:
        if method and method in (entry.processor, entry.name, entry.id) and entry.treasury_account_id:
            return str(entry.treasury_account_id)
    return None


def cash_accounts(methods: Iterable[PaymentMethod]) -> dict[str, str]:
    """The treasury accounts that take cash (a till counts one), by id, with the name the shop gives each."""
    out: dict[str, str] = {}
    for method in methods:
        if method.processor == CASH_PROCESSOR and method.treasury_account_id:
            label = (method.treasury_account.label if method.treasury_account else None) or method.name
            out.setdefault(str(method.treasury_account_id), str(label or method.treasury_account_id))
    return out


class Warehouse(GenukaModel):
    """A stock location."""

    id: LooseStr = None
    name: LooseStr = None
    description: LooseStr = None
    metadata: LooseDict = None


class Shop(GenukaModel):
    """A shop of the company (orders belong to one)."""

    id: LooseStr = None
    name: LooseStr = None
    slug: LooseStr = None
    description: LooseStr = None
    currency_code: LooseStr = None
    currency_name: LooseStr = None
    warehouses: NestedList[Warehouse] = []
    metadata: LooseDict = None


class Company(GenukaModel):
    """The merchant company, with its payment methods."""

    id: LooseStr = None
    name: LooseStr = None
    handle: LooseStr = None
    type: LooseStr = None
    company_code: LooseStr = None
    currency_code: LooseStr = None
    currency_name: LooseStr = None
    payment_methods: NestedList[PaymentMethod] = Field(default=[], alias="paymentMethods")
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None


class User(GenukaModel):
    """A back-office user (the clerk, or the author of an activity)."""

    id: LooseStr = None
    name: LooseStr = None
    first_name: LooseStr = None
    last_name: LooseStr = None
    email: LooseStr = None
    phone: LooseStr = None
    role: LooseStr = None
    permissions: LooseList = []
    all_permissions: LooseList = Field(default=[], alias="allPermissions")
    metadata: LooseDict = None

    @property
    def display_name(self) -> str:
        """The name to show for this user."""
        if self.name and self.name.strip():
            return self.name.strip()
        return " ".join(p for p in (self.first_name, self.last_name) if p) or (self.email or "")


class Customer(GenukaModel):
    """The customer an order is for."""

    id: LooseStr = None
    first_name: LooseStr = None
    last_name: LooseStr = None
    company_name: LooseStr = None
    email: LooseStr = None
    phone: LooseStr = None
    type: LooseStr = None
    orders_count: LooseInt = None
    is_company: LooseBool = None
    default_address: LooseDict = None
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None

    @property
    def full_name(self) -> str:
        """First and last name, or the company name."""
        name = " ".join(p.strip() for p in (self.first_name, self.last_name) if p and p.strip())
        return name or (self.company_name or "")

    @property
    def email_valid(self) -> bool:
        """Whether the email looks like an address."""
        return is_valid_email(self.email)
