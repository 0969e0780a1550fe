"""A package's names are listed once over: its plain imports and lazy mapping, its type checker's imports and __all__.

A package (genuka_desk/*/__init__.py) imports at once the names every start
loads anyway and maps the others to the submodule that holds each, imported
at first use (genuka_desk/lazy_exports.py). The checkers read the lazy ones
from ``if TYPE_CHECKING:`` imports, ``import *`` and the linters from
``__all__``. These tests hold the writings to one list, and each lazy name to
what its module defines.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(path.parent.name for path in (ROOT / "genuka_desk").glob("*/__init__.py"))
CORE = ("models", "api", "store", "sync", "service")  # below the front ends: no Qt
# Never loaded by importing the packages: the list is painted before them (tests/ui/test_early_start.py).
HEAVY = ("pydantic", "httpx", "keyring", "asyncio", "babel", "orjson", "zstandard", "PySide6")


class Source(NamedTuple):
    """Where an exported name comes from: a module (relative, as written) and the name there."""

    module: str
    name: str

    def __str__(self) -> str:
        return f"{self.module}:{self.name}"


@dataclass
class Exports:
    """What a package's ``__init__.py`` says it exports, each name with where it comes from."""

    plain: dict[str, Source] = field(default_factory=dict)  # imported at once
    typed: dict[str, Source] = field(default_factory=dict)  # imported under ``if TYPE_CHECKING:``
    lazy: dict[str, Source] = field(default_factory=dict)  # the lazy_exports mapping
    listed: list[str] | None = None  # __all__ (None: the package has none)


def _imported(node: ast.ImportFrom) -> dict[str, Source]:
    module = "." * node.level + (node.module or "")
    return {alias.asname or alias.name: Source(module, alias.name) for alias in node.names}


def read_exports(source: str) -> Exports:
    """The exports of a package's ``__init__.py`` source, read from its syntax (nothing is imported)."""
    found = Exports()
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and node.level > 0 and node.module != "lazy_exports":
            found.plain.update(_imported(node))
        elif isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for inner in node.body:
                if isinstance(inner, ast.ImportFrom):
                    found.typed.update(_imported(inner))
        elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            call = node.value
            if ast.unparse(call.func) == "lazy_exports":
                found.lazy = {name: Source(home, name) for name, home in ast.literal_eval(call.args[1]).items()}
        elif isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["__all__"]:
            found.listed = ast.literal_eval(node.value)
    return found


def export_problems(exports: Exports) -> list[str]:
    """Where the writings disagree; empty when they name the same things from the same modules."""
    problems = []
    for name in sorted(exports.lazy.keys() | exports.typed.keys()):
        lazy, typed = exports.lazy.get(name), exports.typed.get(name)
        if lazy is None:
            problems.append(f"{name}: imported for the type checker from {typed}, not in the lazy mapping")
        elif typed is None:
            problems.append(f"{name}: lazily from {lazy}, not imported under TYPE_CHECKING")
        elif lazy != typed:
            problems.append(f"{name}: lazily from {lazy}, but from {typed} for the type checker")
    for name in sorted(exports.plain.keys() & exports.lazy.keys()):
        problems.append(f"{name}: imported at once and lazily")
    if exports.listed is not None:
        exported = exports.plain.keys() | exports.lazy.keys()
        listed = set(exports.listed)
        problems += [f"{name}: exported, not in __all__" for name in sorted(exported - listed)]
        problems += [f"{name}: in __all__, not exported" for name in sorted(listed - exported)]
        problems += [f"{name}: twice in __all__" for name in sorted(listed) if exports.listed.count(name) > 1]
    return problems


def exports_of(package: str) -> Exports:
    """The exports of ``genuka_desk.<package>``, as its file writes them."""
    return read_exports((ROOT / "genuka_desk" / package / "__init__.py").read_text(encoding="utf-8"))


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_names_its_exports_alike_in_each_writing(package: str) -> None:
    assert export_problems(exports_of(package)) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_exported_name_is_what_its_module_defines(package: str) -> None:
    exports = exports_of(package)
    module = importlib.import_module(f"genuka_desk.{package}")
    for name, source in {**exports.plain, **exports.lazy}.items():
        home = importlib.import_module(source.module, module.__name__)
        assert getattr(module, name) is getattr(home, source.name), name
    assert set(exports.listed or ()) <= set(dir(module))


def test_the_packages_with_lazy_names_are_checked() -> None:
    assert {package for package in PACKAGES if exports_of(package).lazy} == set(CORE)


def test_a_drift_between_the_writings_is_found() -> None:
    source = (ROOT / "genuka_desk" / "store" / "__init__.py").read_text(encoding="utf-8")
    assert export_problems(read_exports(source)) == []
    drifted = (
        source.replace('    "SenderLock",\n', "", 1)  # dropped from __all__
        .replace("from .figures import Figures", "from .catalog import Figures", 1)  # moved for the checker only
        .replace('"StoreError": ".db",', '"StoreError": ".db",\n        "Unsaid": ".db",', 1)  # lazy, never typed
        .replace('"CatalogItem": ".catalog",', '"CatalogItem": ".catalog",\n        "OrderRow": ".list_row",', 1)
        .replace('    "fold",\n', '    "fold",\n    "folded",\n', 1)  # listed, never exported
    )
    assert export_problems(read_exports(drifted)) == [
        "Figures: lazily from .figures:Figures, but from .catalog:Figures for the type checker",
        "OrderRow: lazily from .list_row:OrderRow, not imported under TYPE_CHECKING",
        "Unsaid: lazily from .db:Unsaid, not imported under TYPE_CHECKING",
        "OrderRow: imported at once and lazily",
        "SenderLock: exported, not in __all__",
        "Unsaid: exported, not in __all__",
        "folded: in __all__, not exported",
    ]


def lazy_homes() -> set[str]:
    """The core packages' submodules that hold a lazy name (another package's names: that package decides)."""
    return {
        f"genuka_desk.{package}{source.module}"
        for package in CORE
        for source in exports_of(package).lazy.values()
        if not source.module.startswith("..")
    }


def loaded_by(probe: str) -> set[str]:
    """The modules loaded once ``probe`` has run in a fresh process."""
    code = f"import json, sys\n{probe}\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return set(loaded)


def test_importing_the_packages_loads_no_heavy_library_and_no_lazy_module() -> None:
    """A name is lazy only where that pays: the packages' plain imports never load the module of a lazy name."""
    loaded = loaded_by("".join(f"import genuka_desk.{package}\n" for package in CORE))
    assert sorted(loaded & lazy_homes()) == []
    assert sorted(name for name in loaded if name.split(".")[0] in HEAVY) == []


def test_what_every_start_reads_before_its_paint_is_imported_plainly(tmp_path: Path) -> None:
    """Every start (ui/early.py) asks the service for a kept profile and its first look: no laziness pays there."""
    from genuka_desk.service import AppPaths, Profile

    paths = AppPaths.under(tmp_path).ensure()
    Profile(company_id="c1", stays_logged_in=True).save(paths.config_dir)
    loaded = loaded_by(
        "from genuka_desk.service import AppPaths, ListQuery, kept_profile, open_first_look\n"
        f"paths = AppPaths.under({str(tmp_path)!r})\n"
        "profile = kept_profile(paths)\n"
        "assert profile is not None and open_first_look(paths, profile) is None and ListQuery().limit\n"
    )
    assert sorted(loaded & lazy_homes()) == []
