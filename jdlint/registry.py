"""Rules as data: load the TOML files in ``jdlint.rules``, validate them, index them by id.

A rule file holds everything about one rule: the check (its kind and patterns), its
documentation (summary, rationale, sources) and its examples, which are also its tests.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdlint.errors import RuleError
from jdlint.model import ROLE_KINDS, SEVERITIES

if TYPE_CHECKING:
    from jdlint.nlp import PatternSet

KINDS = ("phrase", "missing", "python")
SOURCE_FILES = {
    "000": "seeds/000_3ac7a35d125bb7b1.txt",
    "001": "seeds/001_b34db468349ddd87.txt",
    "002": "seeds/002_0f41da31af8bd149.txt",
    "003": "seeds/003_ef0913992bcfc4fe.txt",
    "004": "seeds/004_e16a5c59a8c8ee45.txt",
    "frameworks": "domain/frameworks.md",
    "clear-soil": "clear-soil.md",
}
SOURCE_TITLES = {
    "000": "Experience Is the Seed; Practice Is the Growth (Habitus)",
    "001": "BVSC research on peer support workers (PEERS in Practice)",
    "002": "Lived experience in the treatment and recovery workforce (Smith)",
    "003": "Peer workers in UK statutory mental health services (slides)",
    "004": "Culture of Care peer support implementation meeting notes",
    "frameworks": "Frameworks and language guidance for peer-role adverts",
    "clear-soil": "Clear soil: what jdlint checks, and why",
}


@dataclass(frozen=True)
class Source:
    ref: str  # "000".."004", "frameworks", "clear-soil"
    quote: str

    @property
    def file(self) -> str:
        return SOURCE_FILES[self.ref]

    @property
    def title(self) -> str:
        return SOURCE_TITLES[self.ref]


@dataclass(frozen=True)
class Example:
    """A bad text that must trigger the rule and a good text that must not.

    ``fix`` is a fragment the finding's fix must contain; ``verdict`` / ``good_verdict`` are
    the criterion verdicts expected for the bad and good texts (criteria rules only).
    """

    bad: str = ""
    good: str = ""
    fix: str = ""
    role: str = "peer"
    verdict: str = ""
    good_verdict: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    kind: str
    severity: str
    category: str
    summary: str
    message: str
    rationale: str
    sources: tuple[Source, ...]
    examples: tuple[Example, ...]
    applies_to: tuple[str, ...] = ROLE_KINDS
    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    replace: str = ""
    expect: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    weak_message: str = ""
    fix: str = ""
    where: str = ""
    function: str = ""
    criterion: str = ""
    label: str = ""  # criteria rules: the criterion's name for people ("Lived experience is essential")
    per_document: bool = False  # phrase rules: report the first match only
    positive: str = ""  # missing-content rules: the positive signal when the content is there
    sections: tuple[str, ...] = ()  # headings a fix should go under, best first
    # missing-content rules: what the sentence holding the evidence must also say for the
    # positive to be claimed (patterns, or lexicon groups as "lex:offer-frame"); empty: any
    positive_needs: tuple[str, ...] = ()

    @property
    def group(self) -> str:
        return f"rule:{self.id}"

    def pattern_groups(self) -> dict[str, tuple[str, ...]]:
        groups = {
            self.group: self.patterns,
            f"{self.group}:unless": self.unless,
            f"{self.group}:expect": self.expect,
            f"{self.group}:weak": self.weak,
            f"{self.group}:positive": tuple(p for p in self.positive_needs if not p.startswith("lex:")),
        }
        return {name: patterns for name, patterns in groups.items() if patterns}


_FIELDS = {
    "id", "name", "kind", "severity", "category", "summary", "message", "rationale", "sources",
    "examples", "applies_to", "patterns", "unless", "replace", "expect", "weak", "weak_message",
    "fix", "where", "function", "criterion", "per_document", "positive", "sections", "positive_needs",
    "label",
}  # fmt: skip
_REQUIRED = ("id", "name", "kind", "severity", "summary", "message", "rationale", "sources", "examples")


def parse_rule(data: dict[str, Any], origin: str) -> Rule:
    """Validate one rule's data; raise :class:`RuleError` naming the file on any problem."""
    unknown = set(data) - _FIELDS
    if unknown:
        raise RuleError(f"{origin}: unknown key(s) {', '.join(sorted(unknown))}")
    missing = [k for k in _REQUIRED if not data.get(k)]
    if missing:
        raise RuleError(f"{origin}: missing {', '.join(missing)}")
    if data["kind"] not in KINDS:
        raise RuleError(f"{origin}: kind must be one of {', '.join(KINDS)}")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{origin}: severity must be one of {', '.join(SEVERITIES)}")
    applies = tuple(data.get("applies_to", ROLE_KINDS))
    if not set(applies) <= set(ROLE_KINDS):
        raise RuleError(f"{origin}: applies_to takes {', '.join(ROLE_KINDS)}")
    sources = []
    for s in data["sources"]:
        if s.get("ref") not in SOURCE_FILES or not s.get("quote"):
            raise RuleError(f"{origin}: each source needs ref (one of {', '.join(SOURCE_FILES)}) and quote")
        sources.append(Source(ref=s["ref"], quote=" ".join(s["quote"].split())))
    examples = []
    for e in data["examples"]:
        try:
            examples.append(Example(**e))
        except TypeError as exc:
            raise RuleError(f"{origin}: bad example: {exc}") from None
    if not any(e.bad for e in examples) or not any(e.good for e in examples):
        raise RuleError(f"{origin}: needs at least one bad and one good example")
    kind = data["kind"]
    if kind == "phrase" and not data.get("patterns"):
        raise RuleError(f"{origin}: a phrase rule needs patterns")
    if kind == "missing" and not data.get("expect"):
        raise RuleError(f"{origin}: a missing-content rule needs expect patterns")
    if kind == "python" and not data.get("function"):
        raise RuleError(f"{origin}: a python rule needs a function")
    fields = {k: v for k, v in data.items() if k not in ("sources", "examples", "applies_to", "category")}
    for key in ("patterns", "unless", "expect", "weak", "sections", "positive_needs"):
        if key in fields:
            fields[key] = tuple(fields[key])
    return Rule(**fields, sources=tuple(sources), examples=tuple(examples), applies_to=applies,
                category=data.get("category", "general"))  # fmt: skip


class Registry:
    """All rules by id and name, plus the lexicon; rejects duplicates."""

    def __init__(self, rules: Iterable[Rule] = (), lexicon: dict[str, list[str]] | None = None):
        self._by_id: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}
        self.lexicon: dict[str, list[str]] = dict(lexicon or {})
        for rule in rules:
            self.add(rule)

    def add(self, rule: Rule) -> None:
        if rule.id in self._by_id:
            raise RuleError(f"duplicate rule id {rule.id}")
        if rule.name in self._by_name:
            raise RuleError(f"duplicate rule name {rule.name}")
        self._by_id[rule.id] = rule
        self._by_name[rule.name] = rule
        self.__dict__.pop("patterns", None)

    def get(self, key: str) -> Rule | None:
        """A rule by id (case-insensitive) or by name."""
        return self._by_id.get(key.upper()) or self._by_name.get(key.lower())

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._by_id.values(), key=lambda r: r.id))

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    @cached_property
    def patterns(self) -> PatternSet:
        """Every lexicon group and rule pattern in one compiled matcher."""
        from jdlint.nlp import PatternSet

        groups: dict[str, list[str] | tuple[str, ...]] = {f"lex:{k}": v for k, v in self.lexicon.items()}
        for rule in self:
            groups.update(rule.pattern_groups())
            for need in rule.positive_needs:
                if need.startswith("lex:") and need not in groups:
                    raise RuleError(f"{rule.id}: positive_needs names no lexicon group {need!r}")
        try:
            return PatternSet(groups)
        except (ValueError, KeyError, re.error) as exc:
            raise RuleError(f"bad pattern: {exc}") from None


def _rule_files(folder: Path | None = None) -> Iterator[tuple[str, str]]:
    if folder is not None:
        for path in sorted(folder.glob("*.toml")):
            yield str(path), path.read_text(encoding="utf-8")
        return
    root = resources.files("jdlint.rules")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield f"rules/{entry.name}", entry.read_text(encoding="utf-8")


def load(folder: Path | None = None, extra: Iterable[Path] = ()) -> Registry:
    """Load the shipped rules (or those in ``folder``) plus any ``extra`` rule folders."""
    rules: list[Rule] = []
    lexicon: dict[str, list[str]] = {}
    sources = list(_rule_files(folder))
    for extra_folder in extra:
        sources.extend(_rule_files(Path(extra_folder)))
    for origin, text in sources:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{origin}: {exc}") from None
        if origin.endswith("lexicon.toml"):
            lexicon.update(data.get("groups", {}))
            continue
        rules.append(parse_rule(data, origin))
    return Registry(rules, lexicon)


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """The shipped rules, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT


__all__ = ["Example", "Registry", "Rule", "Source", "default_registry", "load", "parse_rule"]
