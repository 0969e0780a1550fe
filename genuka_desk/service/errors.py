"""What the service refuses, each with a message fit to show."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import FieldProblem


class ServiceError(Exception):
    """A request the service cannot carry out; ``message`` is fit to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class OrderNotFound(ServiceError):
    """No such order in the local cache."""


class ChangeNotFound(ServiceError):
    """No such queued change."""


class InvalidEdit(ServiceError):
    """The edit was refused locally; nothing was queued. ``problems`` says why, per field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(f"{p.key}: {p.message}" for p in problems))
        self.problems = problems
