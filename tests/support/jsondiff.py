"""Paths at which two JSON values differ (for faithful-body tests)."""

from __future__ import annotations

from typing import Any

Path = tuple[str | int, ...]


def diff_paths(a: Any, b: Any, path: Path = ()) -> set[Path]:
    """Every path where ``a`` and ``b`` differ, type included (1 != "1" != 1.0)."""
    if type(a) is not type(b):
        return {path}
    if isinstance(a, dict):
        out: set[Path] = set()
        for key in a.keys() | b.keys():
            if key not in a or key not in b:
                out.add((*path, key))
            else:
                out |= diff_paths(a[key], b[key], (*path, key))
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return {path}
        out = set()
        for n, (x, y) in enumerate(zip(a, b, strict=True)):
            out |= diff_paths(x, y, (*path, n))
        return out
    return set() if a == b else {path}
