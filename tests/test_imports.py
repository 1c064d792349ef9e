"""No import cycles between the modules of a package (evaluation's oracle and systems had one)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _parse(source: str) -> ast.Module:
    """``ast.parse``, once more after CPython 3.11's spurious "AST constructor recursion depth mismatch"
    (python/cpython#106905, fixed in later 3.11 releases: the depth count is left wrong by an earlier
    error in the process; the parse itself is deterministic, and a real error comes back again)."""
    try:
        return ast.parse(source)
    except SystemError:
        return ast.parse(source)


def _imports(path: Path, package: str) -> set[str]:
    """The modules of ``package`` that ``path`` imports, at the top or inside a function."""
    name = _module_name(path)
    base = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(_parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base.rsplit(".", node.level - 1)[0] if node.level > 1 else base
                target = f"{anchor}.{node.module}" if node.module else anchor
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {t for t in found if t == package or t.startswith(package + ".")}


@pytest.mark.parametrize("package", ["evaluation", "summarizer", "service"])
def test_the_modules_of_a_package_import_each_other_without_a_cycle(package):
    files = {_module_name(p): p for p in (ROOT / package).rglob("*.py")}
    graph = {
        name: {t for t in _imports(path, package) if t in files and t != name and not files[name].name == "__init__.py"}
        for name, path in files.items()
    }
    # A package's __init__ re-exports its modules; only module-to-module edges can make a cycle.
    graph = {name: {t for t in targets if files[t].name != "__init__.py"} for name, targets in graph.items()}
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                pytest.fail("import cycle: " + " -> ".join([*path[path.index(target):], target]))
            if target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
