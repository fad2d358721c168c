"""Check kinds (phrase, missing content) and the registry of Python checks.

A Python check is a function ``(rule, context) -> CheckResult`` registered under a name
with :func:`check`; a rule file of kind ``python`` names it in ``function``. A check that
works with numbers or choices declares them as options; their values live in the rule file
(``[options]``) and the check reads them with ``rule.option(name)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jdlint.model import Document, Finding, Role, Verdict

if TYPE_CHECKING:
    from jdlint.analysis import Analysis
    from jdlint.engine import Options
    from jdlint.registry import Registry, Rule


@dataclass
class Context:
    """What a check may look at."""

    document: Document
    analysis: Analysis
    role: Role
    registry: Registry
    options: Options | None = None  # the engine's options (``extra`` holds project data such as known acronyms)


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    verdict: Verdict | None = None
    positives: list[str] = field(default_factory=list)


CheckFunction = Callable[["Rule", Context], CheckResult]
PYTHON_CHECKS: dict[str, CheckFunction] = {}
CHECK_OPTIONS: dict[str, dict[str, Any]] = {}  # check name -> option name -> int, float or allowed strings
CHECK_FIXES: dict[str, tuple[str, ...]] = {}  # check name -> the reason codes of its fixes ([fixes] in the TOML)


def check(name: str, options: dict[str, Any] | None = None,
          fixes: tuple[str, ...] = ()) -> Callable[[CheckFunction], CheckFunction]:  # fmt: skip
    """Register a Python check under ``name`` (a name may be registered once).

    ``options`` maps each option the check reads to its type: ``int``, ``float`` or a tuple
    of the strings allowed. ``fixes`` names the reason codes the check chooses its fix by
    (``rule.fix_text(code)``). Every rule that uses the check must set them all in its TOML
    (``[options]``, ``[fixes]``)."""

    def register(function: CheckFunction) -> CheckFunction:
        if name in PYTHON_CHECKS:
            raise ValueError(f"python check {name!r} registered twice")
        PYTHON_CHECKS[name] = function
        CHECK_OPTIONS[name] = dict(options or {})
        CHECK_FIXES[name] = tuple(fixes)
        return function

    return register


def load_python_checks() -> dict[str, CheckFunction]:
    """Import the modules that register Python checks; returns the registry."""
    from jdlint.checks import criteria, supporting  # noqa: F401

    return PYTHON_CHECKS
