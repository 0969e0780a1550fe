"""Orders that arrive on the server by other ways than the desk, made now from a generated one.

``new`` ones (a web shop's), and the kinds the real server also holds:
anonymous (``ghost``), soft-deleted and cancelled ones. A list page may
make some right after it is served (``grow_after_page``), as orders come in
while a client walks the pages.
"""

from __future__ import annotations

import dataclasses

from .state import DemoState
from .values import ulid


class Arrivals:
    """Makes orders on the server now, from the generated orders' templates."""

    def __init__(self, state: DemoState) -> None:
        self.state = state

    def add_orders(self, count: int, kind: str = "new") -> list[str]:
        """Create ``count`` orders now (``kind``: new, ghost, deleted or cancelled); their ids."""
        if kind not in ("new", "ghost", "deleted", "cancelled"):
            raise ValueError("kind is new, ghost, deleted or cancelled")
        state, data = self.state, self.state.data
        made: list[str] = []
        with state.lock:
            for _ in range(count):
                index = len(state.index.rows)
                now = state.clock.now()
                template = data.plan(index % max(1, data.order_count))
                plan = dataclasses.replace(
                    template,
                    index=index,
                    id=ulid(state.rng, now),
                    reference=f"#ORDER_{1001 + index}",
                    created=now,
                    updated=now,
                )
                body = data.build_order(plan)
                # Fresh line ids: the plan's own numbering is only unique among generated orders.
                for entry, product in zip(body["order_products"], body["products"], strict=True):
                    data.next_line_id += 1
                    entry["id"] = product["pivot"]["id"] = data.next_line_id
                state.bodies[index] = body
                state.index.add_plan(index, plan)
                row = state.index.rows[index]
                if kind == "ghost":
                    body.update(customer=None, customer_id=None)
                    body["metadata"] = {**(body.get("metadata") or {}), "anonymous": True}
                    row.ghost = True
                elif kind == "deleted":
                    body["deleted_at"] = body["updated_at"]
                    row.deleted = True
                elif kind == "cancelled":
                    body["status"] = "cancelled"
                    row.cancelled = True
                state.index.touch(index)
                made.append(plan.id)
        return made
