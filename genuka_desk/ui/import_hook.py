"""PySide6's after-import check, made cheap: the same answer without reading each module through ``inspect``.

Once ``PySide6.QtCore`` is loaded, every module imported afterwards is looked
at once by shiboken (``shibokensupport.feature.feature_imported``) to learn
whether its source mentions "PySide6" (such a module may opt into
``from __feature__ import ...``). It asks ``inspect.getsource``, which finds
the file, tokenizes it for its encoding and keeps all its lines in
``linecache``: ~0.2 ms a module, 80-130 ms over the ~400 modules the program
imports after the list is painted (pydantic, httpx, anyio, ours), much of it
while a first sync runs on the GUI thread. Reading the file's bytes once
gives the same answer in a fifth of the time and keeps nothing.

The program uses no ``__feature__``; the check is kept (not skipped) so the
answer stays PySide's for any module that would.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature, whose check is replaced)

MARK = b"PySide6"


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
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (looked up at each import: the module's global is the hook)
    return True


install()
