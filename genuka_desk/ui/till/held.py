"""A till operation the sync held for the clerk (an opening while another session is open there, a close too late)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import service as _service

if TYPE_CHECKING:
    from ...service.till import TillView


def held_change(service: _service.OrderService, view: TillView | None) -> _service.Change | None:
    """The session's operation waiting for the clerk's decision (None: nothing is held)."""
    if view is None or not view.waiting:
        return None
    subject = view.session.subject
    for change in service.changes.queue():
        if change.order_id == subject and change.state is _service.ChangeState.FAILED:
            return change
    return None


def is_opening(change: _service.Change) -> bool:
    """Whether the held operation is the session's opening (then the session open there can be taken over)."""
    return change.kind is _service.ChangeKind.TILL_OPEN
