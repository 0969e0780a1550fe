"""The manager's limit on a clerk's own discounts, and who is a manager at this desk.

The limit is a percentage a manager sets on this desk (kept in a small file
beside the local copy, so a rebuilt cache keeps it). A discount above it, as a
percentage of what it applies to, needs a clerk whose login granted
``discounts.create`` (or ``discounts.*``): the managers are noted by user id at
each login, so a clerk who unlocks the desk by PIN is judged as themself.

The Discount dialog judges what the clerk asks for; every sale and edit is
judged again when it is queued, on its final lines: a fixed or whole-order
discount stays when a quantity drops afterwards, and would grow past the
limit as a share of the line.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models import line_discounts as _ld
from .errors import ServiceError

if TYPE_CHECKING:
    from .. import models as _models
    from .. import store as _store
    from .core import ServiceCore

log = logging.getLogger(__name__)

LIMIT_FILE = "discount-limit.json"
ABOVE_LIMIT = "Above {limit} %: a manager must give this discount."
MANAGER_SCOPES = frozenset({"discounts.create", "discounts.*", "*"})

Line = tuple[Decimal, int, Sequence[dict[str, Any]]]
"""A line as the limit judges it: unit price, quantity, discounts (the documented input shape)."""


class DiscountRefused(ServiceError):
    """A discount the clerk at the desk may not give (above the manager's limit), or one that cannot be read."""

    def __init__(self, message: str, limit: Decimal | None = None) -> None:
        super().__init__(message)
        self.limit = limit


def is_manager_scopes(scopes: Iterable[str]) -> bool:
    """Whether a login's scopes let its user give a discount above the limit."""
    return bool(MANAGER_SCOPES & set(scopes))


def own_off(line: Line) -> Decimal:
    """What the clerk's own discounts (``discount_id`` null) take off a line."""
    price, quantity, discounts = line
    own = [d for d in discounts if isinstance(d, dict) and d.get("discount_id") in (None, "")]
    return _ld.line_off(price, quantity, own) if own else Decimal(0)


def sale_lines(draft: _models.NewOrder) -> dict[str, Line]:
    """A sale's lines by key, as the limit judges them."""
    return {line.key: (line.price, line.quantity, line.discounts) for line in draft.lines}


def edited_lines(order: _models.Order, edit: _models.OrderEdit) -> tuple[dict[str, Line], dict[str, Line]]:
    """An order's lines by id before ``edit`` and after it (the lines it changes or adds only)."""
    before: dict[str, Line] = {}
    after: dict[str, Line] = {}
    for line in order.lines:
        line_id = str(line.id)
        now = (line.price or Decimal(0), line.quantity or 0, list(line.discounts))
        before[line_id] = now
        change = edit.lines.get(line_id)
        if change is None or line_id in edit.removed_lines:
            continue
        after[line_id] = (
            change.price if change.price is not None else now[0],
            change.quantity if change.quantity is not None else now[1],
            change.discounts if change.discounts is not None else now[2],
        )
    for added in edit.added_lines:
        after[f"+{added.key}"] = (added.price, added.quantity, added.discounts)
    return before, after


class DiscountLimit:
    """The limit on this desk, who is a manager, and the check of a discount or of a sale's final lines."""

    def __init__(self, core: ServiceCore) -> None:
        """Over ``core``'s local folder (the limit's file) and its clerk at the desk."""
        self._core = core

    def _file(self) -> Path:
        return Path(self._core.store.files.folder) / LIMIT_FILE

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self._file().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("the discount limit's file cannot be read (%s): no limit until a manager sets it", exc)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        path = self._file()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def limit(self) -> Decimal | None:
        """The manager's limit in percent (None: none set)."""
        try:
            found = self._read().get("limit")
            value = Decimal(str(found)) if found not in (None, "") else None
        except InvalidOperation:
            return None
        return value if value is not None and value.is_finite() and value >= 0 else None

    def set_limit(self, percent: Decimal | None) -> None:
        """Set the limit (None: none). Only a manager may; raises :class:`DiscountRefused` otherwise."""
        if not self.is_manager():
            raise DiscountRefused("Only a manager can set the discount limit.")
        if percent is not None and (not percent.is_finite() or not 0 <= percent <= 100):
            raise DiscountRefused("The limit is a percentage from 0 to 100.")
        data = self._read()
        data["limit"] = None if percent is None else str(percent)
        self._write(data)
        log.info("the discount limit is now %s", "none" if percent is None else f"{percent} %")

    def note_login(self, user_id: str | None, scopes: Iterable[str]) -> None:
        """A login's answer: whether its user is a manager (kept by user id, for an offline unlock too)."""
        if not user_id:
            return
        data = self._read()
        managers = {str(m) for m in data.get("managers") or [] if m}
        before = set(managers)
        if is_manager_scopes(scopes):
            managers.add(user_id)
        else:
            managers.discard(user_id)
        if managers != before:
            data["managers"] = sorted(managers)
            self._write(data)

    def is_manager(self) -> bool:
        """Whether the clerk at the desk may give a discount above the limit (a manager by their last login)."""
        clerk: _store.Clerk | None = self._core.store.queue.clerk
        if clerk is None or not clerk.id:
            return False
        return clerk.id in {str(m) for m in self._read().get("managers") or []}

    def _refused(self, limit: Decimal) -> DiscountRefused:
        return DiscountRefused(ABOVE_LIMIT.format(limit=f"{limit.normalize():f}"), limit)

    def check(self, percent: Decimal) -> None:
        """Raises :class:`DiscountRefused` (naming the limit) above the limit, unless the clerk is a manager."""
        limit = self.limit()
        if limit is None or percent <= limit or self.is_manager():
            return
        raise self._refused(limit)

    def check_lines(self, after: Mapping[str, Line], before: Mapping[str, Line] | None = None) -> None:
        """Each final line's own discounts against its gross, unless the clerk is a manager.

        A line is refused when its own discounts take more than the limit off
        it and more than they took before (``before``, by the same key: a
        manager's discount stays when a clerk changes something else). A
        whole-order discount is spread over the lines rounded to the unit: a
        line may take a unit or so more than its share.
        """
        limit = self.limit()
        if limit is None or not after:
            return
        slack = Decimal(len(after) // 2 + 1)  # the spread's rounding: half a unit a line, on the last one
        over = []
        for key, line in after.items():
            earlier = (before or {}).get(key)
            share = limit
            if earlier is not None and earlier[0] * earlier[1] > 0:
                share = max(limit, _ld.percent_of(own_off(earlier), earlier[0] * earlier[1]))
            gross = line[0] * line[1]
            if own_off(line) > (gross * share / 100).to_integral_value(rounding=ROUND_CEILING) + slack:
                over.append(key)
        if over and not self.is_manager():
            raise self._refused(limit)
