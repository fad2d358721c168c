"""The words people read, shared by every human-facing output (the web page, the Word copy,
the HTML report and the text output): severities, verdicts, roles and criterion labels.

Machine outputs (JSON, SARIF, JUnit, CSV) keep the keys (``error``, ``peer-panel``,
``not-met``). Criterion labels live in the criteria rules (``label`` in ``rules/CS*.toml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from jdlint.model import CRITERIA
from jdlint.registry import Registry, default_registry
from jdlint.supported import ROLE_LABELS

SEVERITY_TEXT = {"error": "Must fix", "warning": "Should fix", "info": "Consider"}
# the same, inside a sentence or a count ("2 must fix · 1 should fix · 3 to consider")
SEVERITY_COUNT_TEXT = {"error": "must fix", "warning": "should fix", "info": "to consider"}
VERDICT_TEXT = {"met": "Met", "partly-met": "Partly met", "not-met": "Not met", "not-applicable": "Not applicable"}
ROLE_TEXT = ROLE_LABELS  # one list (jdlint.supported)
ROLE_SET_TEXT = {"peer": "a peer support role", "peer-senior": "a senior peer role", "other": "not a peer role"}


def criterion_labels(registry: Registry | None = None) -> dict[str, str]:
    """``{criterion key: label}`` from the criteria rules, in the order of :data:`CRITERIA`."""
    registry = registry if registry is not None else default_registry()
    found = {r.criterion: r.label for r in registry if r.criterion and r.label}
    return {c: found.get(c) or c.replace("-", " ").capitalize() for c in CRITERIA}


def criterion_label(criterion: str, registry: Registry | None = None) -> str:
    return criterion_labels(registry).get(criterion, criterion)


def positive_text(positive: str, registry: Registry | None = None) -> str:
    """A positive as people read it: a leading criterion key becomes its label
    (``peer-panel: …`` → ``Experienced peers on the interview panel: …``)."""
    key, sep, rest = positive.partition(": ")
    labels = criterion_labels(registry)
    if sep and key in labels:
        return f"{labels[key]}: {rest}"
    return positive


def severity_counts(severities: Iterable[str]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for severity in severities:
        counts[severity] = counts.get(severity, 0) + 1
    return counts


def counts_text(counts: Mapping[str, int], sep: str = " · ") -> str:
    """``2 must fix · 1 should fix · 3 to consider``."""
    return sep.join(f"{counts.get(k, 0)} {SEVERITY_COUNT_TEXT[k]}" for k in ("error", "warning", "info"))


def role_set_text(kind: str) -> str:
    """What a page or comment says when the user chose the role."""
    return f"Role set by you: {ROLE_SET_TEXT.get(kind, kind)}."


__all__ = [
    "FIX_TEXT", "ROLE_SET_TEXT", "ROLE_TEXT", "SEVERITY_COUNT_TEXT", "SEVERITY_TEXT", "VERDICT_TEXT", "counts_text",
    "criterion_label", "criterion_labels", "message_text", "positive_text", "rationale_summary", "role_set_text", "severity_counts",
]  # fmt: skip


def message_text(message: str, registry: Registry | None = None) -> str:
    """A finding's message as people read it: a criterion finding's leading
    ``peer-panel: not-met.`` becomes ``Experienced peers on the interview panel: not met.``"""
    key, sep, rest = message.partition(": ")
    labels = criterion_labels(registry)
    if not sep or key not in labels:
        return message
    verdict, dot, why = rest.partition(". ")
    if dot and verdict in VERDICT_TEXT:
        return f"{labels[key]}: {VERDICT_TEXT[verdict].lower()}. {why}"
    return f"{labels[key]}: {rest}"


def rationale_summary(rule, limit: int = 320) -> str:
    """The first sentences of a rule's rationale, up to about ``limit`` characters: the
    "Why this matters" of the page and the "Why:" of the Word copy."""
    import re

    from jdlint.nlp import TITLES

    text = " ".join(rule.rationale.split())
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text):
        last = sentences[-1].rsplit(None, 1)[-1].lower() if sentences else ""
        if last.endswith(".") and last[:-1].lstrip("(“\"") in TITLES:
            sentences[-1] = f"{sentences[-1]} {piece}"  # "Dr. Smith": a title's dot ends no sentence
        else:
            sentences.append(piece)
    out = ""
    for sentence in sentences:
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    return out or rule.summary


FIX_TEXT = {"replace": "Use instead", "add": "Add", "remove": "Instead", "rewrite": "How to reword it"}
