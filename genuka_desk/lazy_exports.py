"""A package's names imported when first used (PEP 562), so that importing the package costs nothing.

The order list is painted before pydantic, httpx and the keychain are loaded:
``from ..models import BillingStatus`` must load the enums alone, not every
model. A package imports at once, plainly, the names of the submodules every
start loads with it anyway (the enums, the list's rows and query, the paths
and profile the start reads); the others it lists here with the submodule
that holds each, imported (and kept) at their first use. Type checkers read
the same names from the package's ``if TYPE_CHECKING:`` imports, and
``__all__`` names both kinds. ``tests/unit/test_lazy_exports.py`` holds the
three to one list: the same names, from the same modules, each resolving to
what its module defines, and none lazy whose module importing the packages
loads anyway.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, where: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose names live in the submodules ``where`` gives."""
    clashes = [name for name, home in where.items() if home.rsplit(".", 1)[-1] == name]
    if clashes:
        # Importing such a submodule binds it to the package under that name, over the lazy one.
        raise ValueError(f"{package}: import {clashes} at once, they share their submodule's name")

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # later uses are plain attribute reads
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(where))

    return __getattr__, __dir__
