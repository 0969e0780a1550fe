"""Mobile Sync's shapes (19-company-settings.md): what ``sync/push`` takes and answers, what ``sync/pull`` answers.

``POST /admin/sync/push`` takes 1 to 50 operations, each with an
``idempotency_key`` ("Unique key to deduplicate retries"), ``entity_type``,
``operation``, ``local_id`` and ``payload``, and answers one result per
operation. The request is checked before it goes (a wrong one is the
caller's mistake: :class:`ValueError`); the answer is checked after (a
malformed one is a :class:`BadResponseError`): every key sent has exactly
one result, ``success`` is a boolean, ``server_id`` text or nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from ..models.coerce import to_bool
from .errors import BadResponseError

ENTITY_TYPES = ("product", "customer", "order", "order_product", "payment")
OPERATIONS = ("create", "update", "delete")
MAX_OPERATIONS = 50
MAX_PULL_LIMIT = 100

log = logging.getLogger(__name__)


def check_operations(operations: list[dict[str, Any]]) -> None:
    """Raise :class:`ValueError` unless ``operations`` is a push the reference accepts (1-50, every field)."""
    if not 1 <= len(operations) <= MAX_OPERATIONS:
        raise ValueError(f"a push carries 1 to {MAX_OPERATIONS} operations, not {len(operations)}")
    keys: set[str] = set()
    for n, operation in enumerate(operations):
        for name in ("idempotency_key", "local_id"):
            if not isinstance(operation.get(name), str) or not operation[name]:
                raise ValueError(f"operation {n} has no {name}")
        if operation.get("entity_type") not in ENTITY_TYPES:
            raise ValueError(f"operation {n}: entity_type is one of {', '.join(ENTITY_TYPES)}")
        if operation.get("operation") not in OPERATIONS:
            raise ValueError(f"operation {n}: operation is one of {', '.join(OPERATIONS)}")
        if not isinstance(operation.get("payload"), dict) or not operation["payload"]:
            raise ValueError(f"operation {n} has no payload")
        if operation["idempotency_key"] in keys:
            raise ValueError(f"operation {n} repeats the idempotency key of another")
        keys.add(operation["idempotency_key"])


def _malformed(message: str, body: Any, what: str = "push") -> BadResponseError:
    excerpt = str(body)[:2000]
    log.warning("unexpected sync %s answer (%s): %s", what, message, excerpt)
    return BadResponseError(f"The server's answer to a sync {what} is not as documented: {message}.", excerpt=excerpt)


def _result(raw: Any, body: Any) -> dict[str, Any]:
    """One result, checked and in one shape: key, success, server_id (text or None), error, conflict, server_entity."""
    if not isinstance(raw, dict):
        raise _malformed("a result is not an object", body)
    key = raw.get("idempotency_key")
    success = to_bool(raw.get("success"))
    if not isinstance(key, str) or not key:
        raise _malformed("a result has no idempotency_key", body)
    if success is None:
        raise _malformed("a result does not say whether it succeeded", body)
    server_id = raw.get("server_id")
    if isinstance(server_id, bool) or not isinstance(server_id, str | int | None):
        raise _malformed("a result's server_id is neither text nor a number", body)
    error = raw.get("error")
    if error is not None and not isinstance(error, str):
        raise _malformed("a result's error is not text", body)
    entity = raw.get("server_entity")
    return {
        "idempotency_key": key,
        "success": success,
        "server_id": None if server_id in (None, "") else str(server_id),
        "error": error or None,
        "conflict": bool(to_bool(raw.get("conflict"))),
        "server_entity": entity if isinstance(entity, dict) else None,
    }


def push_results(operations: list[dict[str, Any]], body: Any) -> list[dict[str, Any]]:
    """The answer's results, one per operation sent and in the same order; :class:`BadResponseError` otherwise."""
    results = body.get("results") if isinstance(body, dict) else None
    if not isinstance(results, list):
        raise _malformed("it holds no results list", body)
    by_key: dict[str, dict[str, Any]] = {}
    for raw in results:
        result = _result(raw, body)
        if result["idempotency_key"] in by_key:
            raise _malformed("two results have the same idempotency_key", body)
        by_key[result["idempotency_key"]] = result
    sent = [operation["idempotency_key"] for operation in operations]
    if set(by_key) != set(sent):
        raise _malformed("the results' keys are not the operations' keys", body)
    return [by_key[key] for key in sent]


@dataclass(frozen=True)
class SyncChange:
    """One change ``sync/pull`` lists: the entity's type, what happened to it, and the entity."""

    entity_type: str
    operation: str
    entity: dict[str, Any]


@dataclass(frozen=True)
class SyncPage:
    """One answer of ``sync/pull``: the changes, the cursor to ask from next, and whether more follow."""

    cursor: str | None
    has_more: bool
    changes: list[SyncChange] = field(default_factory=list)


def pull_page(body: Any) -> SyncPage:
    """A ``sync/pull`` answer, checked; :class:`BadResponseError` when it is not the documented shape."""
    if not isinstance(body, dict) or not isinstance(body.get("changes"), list):
        raise _malformed("it holds no changes list", body, "pull")
    cursor = body.get("cursor")
    has_more = to_bool(body.get("has_more"))
    if (cursor is not None and not isinstance(cursor, str)) or has_more is None:
        raise _malformed("its cursor or has_more is not as documented", body, "pull")
    changes = []
    for raw in body["changes"]:
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("entity_type"), str)
            or not isinstance(raw.get("operation"), str)
            or not isinstance(raw.get("entity"), dict)
        ):
            raise _malformed("a change lacks its entity_type, operation or entity", body, "pull")
        changes.append(SyncChange(raw["entity_type"], raw["operation"], raw["entity"]))
    return SyncPage(cursor=cursor or None, has_more=has_more, changes=changes)


def pull_params(cursor: str | None, entity_types: list[str] | tuple[str, ...] | None, limit: int) -> dict[str, Any]:
    """The query of ``sync/pull``; :class:`ValueError` for a type or a limit the reference does not take."""
    if not 1 <= limit <= MAX_PULL_LIMIT:
        raise ValueError(f"limit is 1 to {MAX_PULL_LIMIT}")
    params: dict[str, Any] = {"limit": limit}
    if cursor:
        params["cursor"] = cursor
    if entity_types:
        unknown = [t for t in entity_types if t not in ENTITY_TYPES]
        if unknown:
            raise ValueError(f"unknown entity type(s): {', '.join(unknown)}")
        params["entity_types"] = ",".join(entity_types)
    return params
