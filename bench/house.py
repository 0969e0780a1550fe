"""The house's shape in figures: largest file and class, most methods, deepest inheritance, import cycles.

``python -m bench.house`` prints them (``--json`` for a machine), for the
package and for ``demo/`` apart. Issue 34 compares them before and after the
rooms are made; nothing here is timed.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "genuka_desk"


@dataclass
class ClassFacts:
    """One class as the source spells it."""

    module: str
    name: str
    lines: int
    methods: int
    public_methods: int
    bases: list[str]


@dataclass
class House:
    """The figures of one part of the package."""

    files: int = 0
    lines: int = 0
    largest_file: tuple[str, int] = ("", 0)
    largest_class: tuple[str, int] = ("", 0)
    most_methods: tuple[str, int] = ("", 0)
    most_public_methods: tuple[str, int] = ("", 0)
    deepest_inheritance: tuple[str, int] = ("", 0)
    import_cycles: list[list[str]] = field(default_factory=list)
    hidden_cycles: list[list[str]] = field(default_factory=list)  # with the imports inside functions


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _files(under: Path, skip: Path | None = None) -> Iterator[Path]:
    for path in sorted(under.rglob("*.py")):
        if skip is not None and skip in path.parents:
            continue
        yield path


def _classes(path: Path, tree: ast.Module) -> Iterator[ClassFacts]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            methods = [n for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
            yield ClassFacts(
                module=_module(path),
                name=node.name,
                lines=(node.end_lineno or node.lineno) - node.lineno + 1,
                methods=len(methods),
                public_methods=sum(not m.name.startswith("_") for m in methods),
                bases=[ast.unparse(b) for b in node.bases],
            )


def _imports(path: Path, tree: ast.Module, *, anywhere: bool = False) -> set[str]:
    """The package's modules ``path`` imports at module level (what makes a cycle at import time).

    ``anywhere``: inside functions too (a cycle hidden by an import put off until a call).
    """
    here = _module(path)
    package = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree) if anywhere else tree.body:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.startswith("genuka_desk"):
                found.add(target)
                found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("genuka_desk"))
    # A module's own packages are loaded before it: importing from them is no cycle of its making.
    ancestors = {".".join(here.split(".")[:n]) for n in range(1, here.count(".") + 1)}
    return found - ancestors


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def _depth(name: str, classes: dict[str, ClassFacts], seen: frozenset[str] = frozenset()) -> int:
    facts = classes.get(name)
    if facts is None or name in seen:
        return 0
    inner = [_depth(b.split(".")[-1], classes, seen | {name}) for b in facts.bases]
    return 1 + max(inner, default=0)


def measure(under: Path, skip: Path | None = None) -> House:
    """The figures of the modules under ``under`` (without ``skip``)."""
    house = House()
    classes: list[ClassFacts] = []
    graph: dict[str, set[str]] = {}
    hidden: dict[str, set[str]] = {}
    for path in _files(under, skip):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        count = len(text.splitlines())
        house.files += 1
        house.lines += count
        if count > house.largest_file[1]:
            house.largest_file = (str(path.relative_to(PACKAGE.parent)), count)
        classes.extend(_classes(path, tree))
        graph[_module(path)] = _imports(path, tree)
        hidden[_module(path)] = _imports(path, tree, anywhere=True)
    by_name = {c.name: c for c in classes}
    for facts in classes:
        label = f"{facts.module}.{facts.name}"
        if facts.lines > house.largest_class[1]:
            house.largest_class = (label, facts.lines)
        if facts.methods > house.most_methods[1]:
            house.most_methods = (label, facts.methods)
        if facts.public_methods > house.most_public_methods[1]:
            house.most_public_methods = (label, facts.public_methods)
        depth = _depth(facts.name, by_name)
        if depth > house.deepest_inheritance[1]:
            house.deepest_inheritance = (label, depth)
    house.import_cycles = _cycles(graph)
    house.hidden_cycles = _cycles(hidden)
    return house


def main() -> int:
    demo = PACKAGE / "demo"
    parts = {"genuka_desk (without demo/)": measure(PACKAGE, skip=demo), "genuka_desk/demo": measure(demo)}
    if "--json" in sys.argv:
        print(json.dumps({name: asdict(house) for name, house in parts.items()}, indent=2))
        return 0
    for name, house in parts.items():
        print(f"== {name} ==")
        print(f"  files, lines               {house.files}, {house.lines}")
        print(f"  largest file               {house.largest_file[0]} ({house.largest_file[1]} lines)")
        print(f"  largest class              {house.largest_class[0]} ({house.largest_class[1]} lines)")
        print(f"  most methods on one class  {house.most_methods[0]} ({house.most_methods[1]})")
        print(f"  most public methods        {house.most_public_methods[0]} ({house.most_public_methods[1]})")
        print(
            f"  deepest inheritance        {house.deepest_inheritance[0]} ({house.deepest_inheritance[1]} levels, "
            "counting the class itself)"
        )
        print(f"  import cycles              {len(house.import_cycles)}")
        for group in house.import_cycles:
            print(f"    {' <-> '.join(group)}")
        print(f"  cycles through imports put off until a call  {len(house.hidden_cycles)}")
        for group in house.hidden_cycles:
            print(f"    {' <-> '.join(group)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
