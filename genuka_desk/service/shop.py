"""The shop as the desk knows it from the local copy: its country, the manager's figures, an order's papers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from .. import models as _models
from .. import sync as _sync
from ..models.coerce import WAT
from .errors import OrderNotFound

if TYPE_CHECKING:
    from .. import store as _store
    from .core import ServiceCore
    from .paper import PaperFacts
    from .payments import Payments


class Shop:
    """The shop's country and figures, and what an order's printed documents carry (all offline)."""

    def __init__(self, core: ServiceCore, payments: Payments) -> None:
        """The capability over ``core``; the papers name the ways of paying ``payments`` knows."""
        self._core = core
        self._payments = payments

    def country(self) -> str | None:
        """The shop's country as an ISO code (``CM``), from the company profile kept at the last sync.

        ``GET /admin/company`` gives ``address.country`` (19-company-settings.md: ``"CM"``); a
        country's name is read too. None before the first sync, or when the profile names none.
        """
        try:
            profile = json.loads(self._core.store.cache.get_meta(_sync.COMPANY_KEY) or "{}")
        except ValueError:
            return None
        address = profile.get("address") if isinstance(profile, dict) else None
        country = address.get("country") if isinstance(address, dict) else None
        return _models.country_code(country) if isinstance(country, str) else None

    def figures(self, now: datetime | None = None) -> _store.Figures:
        """The manager's figures from the local copy (instant, offline): today, this week, by status and channel.

        Days start at midnight in the shop's time (Douala's, as every time the
        desk shows); the week starts on Monday.
        """
        moment = (now or datetime.now(UTC)).astimezone(WAT)
        today = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        week = today - timedelta(days=today.weekday())
        days = [
            (str((week + timedelta(days=n)).date()), week + timedelta(days=n), week + timedelta(days=n + 1))
            for n in range(7)
        ]
        return self._core.store.figures.figures(today, week, days)

    def paper(self, key: str, clerk: str = "") -> PaperFacts:
        """What the printed documents of an order carry, from the local copy (works offline)."""
        order_id = self._core.order_id(key)
        order = self._core.store.cache.order(order_id)
        if order is None:
            raise OrderNotFound(f"No order {key} on this computer.")
        from .paper import paper_facts  # the documents' code loads with the first one printed

        return paper_facts(self._core.store, order, self._payments.methods(), clerk)

    def invoice_url(self, key: str) -> str | None:
        """The server's own invoice of the order (``GET /invoices/{orderId}/invoice``, a public route)."""
        order_id = self._core.order_id(key)
        if _models.is_local_id(order_id):
            return None
        return f"{self._core.client.base_url}/2023-11/invoices/{order_id}/invoice"
