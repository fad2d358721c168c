"""No module of jdlint or its web app reaches into another module's private names
(``from jdlint.api import _guard``, ``batch._context``): what is shared is public.

KNOWN lists uses still allowed (none since the pipeline of issue 14); it may only shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWN: set[tuple[str, str]] = set()  # the pipeline (issue 14) removed the last ones


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[0] == "web":  # shipped as jdlint.web
        parts.insert(0, "jdlint")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _absolute(module: str | None, level: int, here: str, is_package: bool) -> str:
    if not level:
        return module or ""
    base = here.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def private_uses(text: str, here: str, is_package: bool = False) -> set[str]:
    """``module._name`` for every private name of another jdlint module that the source
    ``text`` of module ``here`` imports or reads off an imported module."""
    tree = ast.parse(text)
    uses: set[str] = set()
    aliases: dict[str, str] = {}  # local name -> what it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _absolute(node.module, node.level, here, is_package)
            if not source.startswith("jdlint"):
                continue
            for alias in node.names:
                if source != here and _private(alias.name):
                    uses.add(f"{source}.{alias.name}")
                aliases[alias.asname or alias.name] = f"{source}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("jdlint.") and alias.asname:
                    aliases[alias.asname] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr) and isinstance(node.value, ast.Name):
            target = aliases.get(node.value.id)
            if target and target != here and _is_module(target):
                uses.add(f"{target}.{node.attr}")
    return uses


def _is_module(name: str) -> bool:
    parts = name.split(".")
    if parts[:2] == ["jdlint", "web"]:
        parts = parts[1:]
    elif parts[:2] == ["jdlint", "rules"]:
        parts = ["rules", *parts[2:]]
    path = ROOT.joinpath(*parts)
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def test_no_module_uses_another_modules_private_names() -> None:
    found = set()
    for folder in ("jdlint", "web"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            uses = private_uses(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
            found |= {(str(path.relative_to(ROOT)), use) for use in uses}
    assert found <= KNOWN, sorted(found - KNOWN)


def test_the_scan_finds_private_names() -> None:
    text = (
        "from jdlint.api import _guard, check_text\nfrom . import batch\nimport jdlint.sandbox as sb\n"
        "from .readers import _helper\nbatch._context()\nsb._idle\nbatch.plan\n_local = 1\n"
    )
    assert private_uses(text, "jdlint.cli") == {
        "jdlint.api._guard", "jdlint.batch._context", "jdlint.sandbox._idle", "jdlint.readers._helper",
    }
    assert private_uses("from ._x import y\nfrom .app import _own\n", "jdlint.web.app") == set()  # its own names
    assert private_uses("from .app import _limit\n", "jdlint.web.server") == {"jdlint.web.app._limit"}
