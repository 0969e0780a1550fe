"""Widgets the order editor and the new-order window share.

An address form, the payment method and treasury account choice, a search
field that steers its result list, and (in
``ui/day_field.py``) the calendar day: each sale and each order edit reads
and fills them the same way, so they behave the same in both windows.
"""

from .address_form import INVALID_STYLE, AddressForm
from .money_field import MoneyEdit, with_currency
from .payment_choice import PaymentChoice
from .search_field import SearchField

__all__ = ["INVALID_STYLE", "AddressForm", "MoneyEdit", "PaymentChoice", "SearchField", "with_currency"]
