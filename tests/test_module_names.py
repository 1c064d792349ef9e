"""No module binds one of its constants twice: the later binding silently replaces the earlier for every
function that reads it (openings' ``_CONJUNCTIONS`` lost "however" that way)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _constants_bound(source: str) -> Counter:
    """How often each upper-case name is bound at the top level of a module's ``source``."""
    found: Counter = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name) and name.id.strip("_").isupper():
                    found[name.id] += 1
    return found


def test_a_constant_bound_twice_is_found():
    assert _constants_bound("_A = 1\nB, _A = 2, 3\nc = 4\nc = 5\n") == Counter({"_A": 2, "B": 1})


@pytest.mark.parametrize("package", ["evaluation", "summarizer", "service"])
def test_no_module_binds_a_constant_twice(package):
    twice = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / package).rglob("*.py")
        for name, count in _constants_bound(path.read_text(encoding="utf-8")).items() if count > 1
    }
    assert not twice
