"""Writing an order, and what a write leaves behind: its history entries and the clerks' write log.

Every change to an order goes through :meth:`History.commit`: a fresh
``updated_at`` (whole seconds), the index row follows, the history gets
its entries in the documented shapes, and a clerk's write is logged with
the keys it sent (the campaigns read the log). ``GET /orders/{id}/activities``
reads the history back, newest first.
"""

from __future__ import annotations

from typing import Any

from .order_fields import TRACKED
from .pages import envelope, page_params
from .state import DemoState
from .values import get_path, iso, number

# The history's words for a payment taken or deleted (other writes log Laravel's "updated").
_PAYMENT_WORDS = {"payment": "Payment added", "payment_removal": "Payment deleted"}


class History:
    """Stores an order's new body with its history entries and write-log line; lists the history."""

    def __init__(self, state: DemoState) -> None:
        self.state = state

    def commit(
        self,
        index: int,
        before: dict[str, Any],
        after: dict[str, Any],
        who: dict[str, Any],
        kind: str,
        request_id: str | None,
        log_write: bool = True,
        *,
        sent: Any = None,
        effects: list[str] | None = None,
    ) -> dict[str, Any]:
        """Store ``after`` with a fresh updated_at, its activity and (for clerks) the write log.

        A request past the server's time limit is not applied (its worker was stopped).
        """
        state = self.state
        state.clock.check_deadline()
        after["updated_at"] = iso(state.clock.now())
        changes = _diff(before, after)
        state.bodies[index] = after
        state.index.reindex(index, after)
        self.activities_of(index).extend(self._activities_for(changes, who, kind, after["updated_at"]))
        if log_write:
            state.writes.append(
                {
                    "request_id": request_id,
                    "order_id": after["id"],
                    "kind": kind,
                    "changes": changes,
                    "at": after["updated_at"],
                    "sent_keys": sorted(_sent_paths(sent)) if sent is not None else [],
                    "effects": list(effects or []),
                }
            )
        return after

    def activities_of(self, index: int) -> list[dict[str, Any]]:
        """Order ``index``'s history, oldest first (a generated order starts with its "created" entry)."""
        activities = self.state.activities
        if index not in activities:
            data = self.state.data
            plan = data.plan(index)
            activities[index] = [
                {
                    "id": index * 10,
                    "description": "created",
                    "event": "created",
                    "log_name": "order",
                    "properties": {"reference": {"old": None, "new": plan.reference}},
                    "user": {"id": data.users[0]["id"], "name": data.users[0]["name"]},
                    "created_at": iso(plan.created),
                }
            ]
        return activities[index]

    def list_activities(self, order_id: str, params: dict[str, str], base_url: str) -> dict[str, Any]:
        """``GET /orders/{id}/activities``, newest first, 6 a page by default."""
        with self.state.lock:
            index = self.state.index.index_of(order_id)
            entries = list(reversed(self.activities_of(index)))
        params = {"per_page": "6", **params}
        page, per_page = page_params(params)
        chosen = entries[(page - 1) * per_page : page * per_page]
        return envelope(
            chosen, len(entries), page, per_page, params, f"{base_url}/admin/orders/{order_id}/activities", "laravel"
        )

    def _activities_for(
        self, changes: dict[str, dict[str, Any]], who: dict[str, Any], kind: str, when: str
    ) -> list[dict[str, Any]]:
        """The log entries of one write, in both documented shapes.

        A status change is logged flat (``description``, ``properties.old/new``,
        ``username``), as 06-orders-sales.md shows; other writes keyed by field.
        """
        user = {"id": who.get("id"), "name": who.get("name")}
        base = {"log_name": "default", "causer_id": who.get("id"), "username": who.get("name"), "user": user}
        entries: list[dict[str, Any]] = []
        rest = dict(changes)
        if kind in ("status", "bulk_status"):
            for path, description in (
                ("shipping.status", "Order status changed"),
                ("billing.status", "Payment status changed"),
            ):
                change = rest.pop(path, None)
                if change is not None:
                    entries.append(
                        {
                            **base,
                            "id": self.state.next_activity_id(),
                            "description": description,
                            "properties": {"old": change.get("old"), "new": change.get("new")},
                            "created_at": when,
                        }
                    )
            rest = {k: v for k, v in rest.items() if k not in ("amount_due", "billing.amount")}
        if rest or not entries:
            # A payment process logs its own words (as the server's "Payment added successfully" answer says).
            described = _PAYMENT_WORDS.get(kind)
            words = {"description": described} if described else {"description": "updated", "event": "updated"}
            entries.append(
                {**base, "id": self.state.next_activity_id(), **words, "properties": rest, "created_at": when}
            )
        return entries


def _sent_paths(body: Any, prefix: str = "") -> set[str]:
    """The dotted key paths of a request body, down to shipping/billing sub-keys (lines as ``products``)."""
    if not isinstance(body, dict):
        return set()
    out: set[str] = set()
    for key, value in body.items():
        path = f"{prefix}{key}"
        if key in ("shipping", "billing") and not prefix and isinstance(value, dict):
            out |= _sent_paths(value, f"{path}.")
        else:
            out.add(path)
    return out


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What a write changed: the tracked paths, the amount, each line's quantity and price (old and new)."""
    changes = {}
    for path in (*TRACKED, "amount"):
        old, new = get_path(before, path), get_path(after, path)
        if old != new:
            changes[path] = {"old": old, "new": new}
    old_lines = {str(e.get("id")): e for e in before.get("order_products", []) if isinstance(e, dict)}
    new_lines = {str(e.get("id")): e for e in after.get("order_products", []) if isinstance(e, dict)}
    for line_id in old_lines.keys() | new_lines.keys():
        old_line, new_line = old_lines.get(line_id), new_lines.get(line_id)
        title = get_path(new_line or old_line, "metadata.item_title") or line_id
        for attr in ("quantity", "price"):
            old = old_line.get(attr) if old_line else None
            new = new_line.get(attr) if new_line else None
            if number(old) != number(new):
                changes[f"lines.{line_id}.{attr}"] = {"old": old, "new": new, "title": title}
    return changes
