"""The names under which the sync keeps its state and the company's facts in the cache's key-value table.

Apart from the modules that fill them, so the service reads them (the list,
the documents) without loading the HTTP client.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.cache import OrderCache

DEFAULT_CURRENCY = "XAF"  # CFA francs: the shops this desk serves, before the company's profile is read

CURSOR_KEY = "pull.cursor"  # the newest updated_at seen, as the server wrote it
FULL_KEY = "pull.full_done"
GHOSTS_KEY = "pull.ghost_orders"  # "1": the clerk wants anonymous orders too
COMPANY_KEY = "company.profile"  # the shop's profile (JSON), for the printed documents
LOGO_KEY = "company.logo"  # its logo image, base64, with the URL it came from
METHODS_KEY = "company.payment_methods"  # the ways it takes money (JSON list), for payments offline
CASH_CONTROL_KEY = "till.cash_control"  # "on" or "off" (the company's cash control; the 403 says off)
DENOMINATIONS_KEY = "till.denominations:"  # + currency: the bills and coins as the server listed them (JSON)
DENOMINATIONS_AT_KEY = "till.denominations_at:"  # + currency: when they were listed (the server caches them a week)
TILL_HISTORY_AT_KEY = "till.history_at"  # when the server's list of sessions was last read (the till's history)


def kept_currency(cache: OrderCache) -> str:
    """The company's currency as its kept profile says (``currency_code``, 19-company-settings.md); XAF before."""
    try:
        profile = json.loads(cache.get_meta(COMPANY_KEY) or "{}")
    except ValueError:
        profile = {}
    code = profile.get("currency_code") if isinstance(profile, dict) else None
    return str(code).upper() if isinstance(code, str) and len(code.strip()) == 3 else DEFAULT_CURRENCY
