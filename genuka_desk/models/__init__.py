"""Pydantic models of Genuka bodies: lenient in, faithful out.

Every object of the order bodies parses whatever odd shape the server sends
(see :mod:`.coerce`); an :class:`Order` keeps its raw JSON so that
:func:`apply_edit` can build update bodies that change only what the clerk
changed.
"""

from .activity import Activity, FieldChange
from .address import ADDRESS_FIELDS, Address, is_valid_email
from .auth import CompanyChoice, LoginResult, TokenInfo
from .company import Company, Customer, PaymentMethod, Shop, TreasuryAccount, User, Warehouse
from .edits import (
    CLIENT_LINE_KEY,
    EDITABLE_FIELDS,
    STATUS_KEYS,
    LineChange,
    NewLine,
    OrderEdit,
    apply_edit,
    read_value,
    read_values,
    values_equal,
)
from .enums import BillingStatus, Keep, OrderState, ShippingMode, ShippingStatus, Side
from .form_values import (
    ADDRESS_SIDES,
    address_key,
    address_values,
    amount_text,
    field_changes,
    held_value,
    parse_amount,
    text_of,
)
from .formatting import country_name, currency_decimals, currency_symbol, format_day, format_moment, format_money
from .nesting import MAX_DEPTH, too_deep
from .new_order import (
    LOCAL_REFERENCE_PREFIX,
    SOURCES,
    CreateBodyError,
    NewCustomer,
    NewOrder,
    NewOrderLine,
    draft_from_create_body,
    fold_edit,
    is_local_id,
    local_reference,
    new_local_id,
)
from .new_order_checks import validate_new_order
from .order import Billing, Delivery, Invoice, Order, OrderLine, Shipping
from .page import EnvelopeError, Page, PageLinks, PageMeta, Pagination, parse_page
from .payment import (
    LOCAL_PAYMENT_PREFIX,
    NewPayment,
    Payment,
    balance_of,
    is_our_payment,
    lay_payment,
    lay_removal,
    payments_of,
)
from .payment_checks import validate_payment
from .phone import normal_phone, phone_digits, whatsapp_link
from .product import Pivot, Product, Variant
from .status_effects import SideEffect, status_side_effect
from .totals import Totals, compute_totals, order_totals, paid_so_far, priced, shift_totals
from .validation import FieldProblem, is_valid_phone, validate_edit

__all__ = [
    "ADDRESS_FIELDS",
    "ADDRESS_SIDES",
    "CLIENT_LINE_KEY",
    "EDITABLE_FIELDS",
    "LOCAL_PAYMENT_PREFIX",
    "LOCAL_REFERENCE_PREFIX",
    "MAX_DEPTH",
    "SOURCES",
    "STATUS_KEYS",
    "Activity",
    "Address",
    "Billing",
    "BillingStatus",
    "Company",
    "CompanyChoice",
    "CreateBodyError",
    "Customer",
    "Delivery",
    "EnvelopeError",
    "FieldChange",
    "FieldProblem",
    "Invoice",
    "Keep",
    "LineChange",
    "LoginResult",
    "NewCustomer",
    "NewLine",
    "NewOrder",
    "NewOrderLine",
    "NewPayment",
    "Order",
    "OrderEdit",
    "OrderLine",
    "OrderState",
    "Page",
    "PageLinks",
    "PageMeta",
    "Pagination",
    "Payment",
    "PaymentMethod",
    "Pivot",
    "Product",
    "Shipping",
    "ShippingMode",
    "ShippingStatus",
    "Shop",
    "Side",
    "SideEffect",
    "TokenInfo",
    "Totals",
    "TreasuryAccount",
    "User",
    "Variant",
    "Warehouse",
    "address_key",
    "address_values",
    "amount_text",
    "apply_edit",
    "balance_of",
    "compute_totals",
    "country_name",
    "currency_decimals",
    "currency_symbol",
    "draft_from_create_body",
    "field_changes",
    "fold_edit",
    "format_day",
    "format_moment",
    "format_money",
    "held_value",
    "is_local_id",
    "is_our_payment",
    "is_valid_email",
    "is_valid_phone",
    "lay_payment",
    "lay_removal",
    "local_reference",
    "new_local_id",
    "normal_phone",
    "order_totals",
    "paid_so_far",
    "parse_amount",
    "parse_page",
    "payments_of",
    "phone_digits",
    "priced",
    "read_value",
    "read_values",
    "shift_totals",
    "status_side_effect",
    "text_of",
    "too_deep",
    "validate_edit",
    "validate_new_order",
    "validate_payment",
    "values_equal",
    "whatsapp_link",
]
