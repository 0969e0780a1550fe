"""How deeply a body nests: real Genuka bodies go about six levels down.

A body nested hundreds of levels deep parses (orjson allows 1,024) but
would exhaust Python's recursion in a copy or an edit, so single orders
deeper than :data:`MAX_DEPTH` are treated as something unexpected.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 48


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests containers more than ``limit`` levels deep (no recursion used)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
