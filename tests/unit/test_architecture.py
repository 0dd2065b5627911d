"""The dependency rule of DEVELOPERS.md, checked on the source: dependencies point inward."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {"bot", "handlers", "matching", "storage", "scheduler"}
FORBIDDEN = {
    "matching": {"bot", "handlers", "storage", "scheduler", "aiogram", "sqlalchemy", "redis",
                 "alembic", "apscheduler", "aiohttp", "pydantic", "pydantic_settings"},
    "handlers": {"bot", "storage", "scheduler", "sqlalchemy", "redis"},
    "storage": {"bot", "handlers", "scheduler", "aiogram"},
    "scheduler": {"bot", "handlers", "storage", "aiogram", "sqlalchemy"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def modules_of(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_inward(package: str) -> None:
    offences = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & FORBIDDEN[package])
        for path in modules_of(package)
    }
    assert {k: v for k, v in offences.items() if v} == {}


def test_domain_uses_the_standard_library_only() -> None:
    allowed = set(sys.stdlib_module_names) | {"matching", "__future__"}
    foreign = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) - allowed)
        for path in modules_of("matching")
    }
    assert {k: v for k, v in foreign.items() if v} == {}


def test_the_rule_catches_an_outward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from storage.uow import make_uow_factory\nimport aiogram\n")
    assert imported_roots(bad) & FORBIDDEN["matching"] == {"storage", "aiogram"}


def test_modules_stay_small() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for package in PACKAGES
        for path in modules_of(package)
    }
    assert {k: v for k, v in sizes.items() if v > 300} == {}
