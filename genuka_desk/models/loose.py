"""The lenient field types of the models: each reads what the server sends through a coercer of :mod:`.coerce`.

Kept apart from the coercers and the enums so that those import without
pydantic (the order list is painted before pydantic is loaded).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator

from .coerce import to_bool, to_datetime, to_decimal, to_dict, to_int, to_list, to_str
from .enums import BillingStatus, OrderState, ShippingMode, ShippingStatus

LooseBool = Annotated[bool | None, BeforeValidator(to_bool)]
LooseDecimal = Annotated[Decimal | None, BeforeValidator(to_decimal)]
LooseInt = Annotated[int | None, BeforeValidator(to_int)]
LooseStr = Annotated[str | None, BeforeValidator(to_str)]
LooseDatetime = Annotated[datetime | None, BeforeValidator(to_datetime)]
LooseDict = Annotated[dict[str, Any] | None, BeforeValidator(to_dict)]
LooseList = Annotated[list[Any], BeforeValidator(to_list)]

ShippingStatusField = Annotated[ShippingStatus, BeforeValidator(ShippingStatus.parse)]
BillingStatusField = Annotated[BillingStatus, BeforeValidator(BillingStatus.parse)]
OrderStateField = Annotated[OrderState, BeforeValidator(OrderState.parse)]
ShippingModeField = Annotated[ShippingMode, BeforeValidator(ShippingMode.parse)]
