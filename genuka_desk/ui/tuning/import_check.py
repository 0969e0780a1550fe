"""PySide6's after-import check, made cheap: the same answer without reading each module through ``inspect``.

Once ``PySide6.QtCore`` is loaded, every module imported afterwards is looked
at once by shiboken (``shibokensupport.feature.feature_imported``) to learn
whether its source mentions "PySide6" (such a module may opt into
``from __feature__ import ...``). It asks ``inspect.getsource``, which finds
the file, tokenizes it for its encoding and keeps all its lines in
``linecache``: ~0.2 ms a module. Reading the file's bytes once gives the same
answer in a fifth of the time and keeps nothing. The program uses no
``__feature__``; the check is kept (not skipped) so the answer stays PySide's
for any module that would.

Buys: the start-up at 100,000 orders, list painted 167 ms instead of
172-173 ms, usable 284-288 ms instead of 302-305 ms (2.38-2.42x the bare
window instead of 2.52-2.55x: its 2.5x target is met with it only); the
imports after the paint (the rest of the ui, pydantic, httpx, anyio, the
sync engine) 358-371 ms of CPU instead of 406-417 ms (2026-12, PySide6
6.11.3, twice each way or more; issue 18 measured 80-130 ms).

Can go when shiboken no longer reads sources through ``inspect`` (its
``_mod_uses_pyside``: this module then finds nothing to replace and
:func:`install` says False), or when no module is imported after PySide6.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature, whose check is replaced)

MARK = b"PySide6"
_pysides: list[Callable[[ModuleType], bool]] = []  # PySide's own check, kept to be given back


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False when it has no source file, as for PySide)."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return MARK in source.read()
    except OSError:
        return False


def install() -> bool:
    """Replace shiboken's check with :func:`uses_pyside`; False when this PySide has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(current):
        return False
    if not _pysides and current is not uses_pyside:
        _pysides.append(current)
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (looked up at each import: the module's global is the hook)
    return True


def uninstall() -> None:
    """Give PySide its own check back (when :func:`install` replaced it)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and _pysides:
        setattr(feature, "_mod_uses_pyside", _pysides[0])  # noqa: B010  (as in install)
