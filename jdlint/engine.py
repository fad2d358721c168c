"""The pure core: a :class:`~jdlint.model.Document` in, a :class:`~jdlint.model.Report` out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from jdlint.analysis import Analysis
from jdlint.checks import CheckResult, Context, load_python_checks
from jdlint.checks.kinds import run_missing, run_phrase
from jdlint.model import CRITERIA, SEVERITIES, Document, Finding, Report, Role, Verdict
from jdlint.registry import Registry, Rule, default_registry

CRITERIA_RULES = {  # criterion key -> python check name
    "lived-experience-essential": "lived_experience_essential",
    "peer-principles": "peer_principles",
    "peer-panel": "peer_panel",
    "adjacent-professions": "adjacent_professions",
}


@dataclass(frozen=True)
class Options:
    """Which rules run. ``select``/``ignore`` take rule ids, id prefixes or names."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    role: str | None = None  # force peer / peer-senior / other
    extra: dict[str, object] = field(default_factory=dict)


def _matches(rule: Rule, keys: Iterable[str]) -> bool:
    return any(rule.id.startswith(k.upper()) or rule.name == k.lower() for k in keys)


def enabled(rule: Rule, options: Options) -> bool:
    if options.select and not _matches(rule, options.select):
        return False
    return not (options.ignore and _matches(rule, options.ignore))


class Engine:
    """Runs a registry's rules over documents. Build once; :meth:`check` is pure."""

    def __init__(self, registry: Registry | None = None, options: Options | None = None):
        self.registry = registry if registry is not None else default_registry()
        self.options = options or Options()
        self.python_checks = load_python_checks()
        for rule in self.registry:
            if rule.kind == "python" and rule.function not in self.python_checks:
                from jdlint.errors import RuleError

                raise RuleError(f"{rule.id}: no python check named {rule.function!r}")
        self._criteria_rules = {r.criterion: r for r in self.registry if r.criterion}
        self.registry.patterns  # noqa: B018 - compile the matcher now, once

    def run_rule(self, rule: Rule, ctx: Context) -> CheckResult:
        if rule.kind == "phrase":
            return run_phrase(rule, ctx)
        if rule.kind == "missing":
            return run_missing(rule, ctx)
        return self.python_checks[rule.function](rule, ctx)

    def check(self, document: Document, role: str | None = None) -> Report:
        """Everything jdlint says about ``document``."""
        from jdlint.checks.criteria import applicant_mentions
        from jdlint.role import detect_role
        from jdlint.score import score

        analysis = Analysis(document, self.registry.patterns)
        forced = role or self.options.role
        if forced:
            detected = Role(forced, f"Role set by the user to {forced}.", (), overridden=True,  # type: ignore[arg-type]
                            clues=("set by the user",))  # type: ignore[arg-type]
        else:
            mentions = applicant_mentions(analysis)
            # lived experience the advert lets other experience stand in for ("learned experience
            # or lived experience: we welcome both") does not make the post a peer role
            substituted = any(m.strength == "substitutable" for m in mentions)
            le_required = not substituted and any(m.strength == "required" for m in mentions)
            le_asked = any(m.strength in ("required", "wanted", "desirable", "substitutable") for m in mentions)
            le_wanted = not substituted and any(m.strength in ("required", "wanted") and not analysis.is_question(m.hit)
                                                for m in mentions)
            detected = detect_role(analysis, le_required, le_asked, le_wanted)
        ctx = Context(document, analysis, detected, self.registry, self.options)
        verdicts: list[Verdict] = []
        findings: list[Finding] = []
        positives: list[str] = []
        for criterion in CRITERIA:
            rule = self._criteria_rules.get(criterion)
            if detected.kind == "other" or rule is None:
                verdicts.append(Verdict(criterion, "not-applicable", "Not a peer role: the clear-soil criteria do not apply."))
                continue
            result = self.run_rule(rule, ctx)
            assert result.verdict is not None
            verdicts.append(result.verdict)
            if enabled(rule, self.options):
                findings.extend(result.findings)
                positives.extend(result.positives)
        for rule in self.registry:
            if rule.criterion or detected.kind not in rule.applies_to or not enabled(rule, self.options):
                continue
            result = self.run_rule(rule, ctx)
            findings.extend(result.findings)
            positives.extend(result.positives)
        findings.sort(key=_finding_order)
        report = Report(
            path=document.path,
            role=detected,
            criteria=tuple(verdicts),
            findings=tuple(findings),
            positives=tuple(positives),
            notes=document.notes,
            format=document.format,
        )
        return Report(**{**report.__dict__, "score": score(report, self.registry)})


def _finding_order(f: Finding) -> tuple:
    if f.span is None:
        return (1, 0, 0, -SEVERITIES.index(f.severity), f.rule)
    return (0, f.span.block, f.span.start, -SEVERITIES.index(f.severity), f.rule)


def default_engine() -> Engine:
    """The shipped rules' engine, all on: one per process (:func:`jdlint.pipeline.engine_for`)."""
    from jdlint.pipeline import engine_for

    return engine_for()


def check_document(document: Document, role: str | None = None) -> Report:
    """Check one document with the shipped rules."""
    return default_engine().check(document, role=role)
