"""Rules as data: load the TOML files in ``jdlint.rules``, validate them, index them by id.

A rule file holds everything about one rule: the check (its kind and patterns), its
documentation (summary, rationale, sources), its options and its examples, which are also
its tests. Two files in the folder are not rules: ``lexicon.toml`` (the shared phrase
groups) and ``sources.toml`` (the documents a rule may cite).

Options (``[options]`` in a rule file) are the numbers and choices a check works with, such
as RD001's ``max-words``. A Python check declares the options it takes (see
:func:`jdlint.checks.check`); a criteria rule also takes ``partly-met-severity``. An option
that is unknown, missing or of the wrong type is a :class:`RuleError`. ``{option-name}`` in
the rule's summary, message, rationale, fix or where is replaced by the option's value, so
the text never repeats a number by hand.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdlint.errors import RuleError
from jdlint.model import SEVERITIES
from jdlint.supported import ROLE_KINDS

if TYPE_CHECKING:
    from jdlint.nlp import PatternSet

KINDS = ("phrase", "missing", "python")
SOURCES_FILE = "sources.toml"
LEXICON_FILE = "lexicon.toml"
FIX_SAFETY = ("safe", "unsafe", "manual")
CRITERION_OPTIONS: dict[str, Any] = {  # what every criteria rule takes
    "partly-met-severity": SEVERITIES,
    "cost-not-met": int,  # score points a not-met verdict costs (jdlint.score)
    "cost-partly-met": int,
}


@dataclass(frozen=True)
class SourceDocument:
    """A document rules may cite: its path in the shared folder and its title."""

    ref: str
    file: str
    title: str


@dataclass(frozen=True)
class Source:
    ref: str  # a key of sources.toml: "000".."004", "frameworks", "clear-soil"
    quote: str
    file: str = ""  # the document's path in the shared folder
    title: str = ""


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
    # phrase rules with ``replace``: ``[forms]``, wider forms of a match (pattern = replacement)
    # replaced whole, so the words around the match go with it ("an addict" -> "a person who
    # uses drugs", "people who are addicts" -> "people who use drugs")
    forms: tuple[tuple[str, str], ...] = ()
    expect: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    weak_message: str = ""
    fix: str = ""
    # missing-content rules: ``[fix_if]``, the fix's words when the advert says a phrase of a
    # lexicon group ("lex:nhs-pay-context" = "Salary: £<amount> ..."), the first group found
    # first; ``fix`` when none is found (SU005: an NHS Band only in an NHS advert)
    fix_if: tuple[tuple[str, str], ...] = ()
    where: str = ""
    function: str = ""
    criterion: str = ""
    label: str = ""  # criteria rules: the criterion's name for people ("Lived experience is essential")
    per_document: bool = False  # phrase rules: report the first match only
    positive: str = ""  # missing-content rules: the positive signal when the content is there
    sections: tuple[str, ...] = ()  # headings a fix should go under, best first
    fix_safety: str = ""  # "safe", "unsafe" or "manual": how `jdlint fix` may apply the fix (jdlint.fix)
    # rules whose findings must all be fixed in the same run before this rule's fix is applied
    # (RL001's "not a clinical role" would contradict a clinical duty CS004 leaves in place)
    fix_after: tuple[str, ...] = ()
    options: tuple[tuple[str, Any], ...] = ()  # ``[options]``, validated (see the module docstring)

    def option(self, name: str) -> Any:
        """The value of option ``name`` (validated when the rule was loaded)."""
        for key, value in self.options:
            if key == name:
                return value
        raise KeyError(f"{self.id} has no option {name!r}")
    # missing-content rules: what the sentence holding the evidence must also say for the
    # positive to be claimed (patterns, or lexicon groups as "lex:offer-frame"); empty: any
    positive_needs: tuple[str, ...] = ()
    # python rules: ``[fixes]``, the words of each fix by the reason code the check gives
    # ("qualification", "compliance" ...), validated against the codes the check declares
    fixes: tuple[tuple[str, str], ...] = ()

    def fix_text(self, code: str, **values: str) -> str:
        """The ``[fixes]`` text for reason ``code``, with ``{name}`` filled from ``values``."""
        for key, text in self.fixes:
            if key == code:
                return re.sub(r"\{([a-z-]+)\}", lambda m: values.get(m.group(1), m.group(0)), text)
        raise KeyError(f"{self.id} has no fix for reason {code!r}")

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
            **{f"{self.group}:form{i}": (pattern,) for i, (pattern, _) in enumerate(self.forms)},
        }
        return {name: patterns for name, patterns in groups.items() if patterns}


_FIELDS = {
    "id", "name", "kind", "severity", "category", "summary", "message", "rationale", "sources",
    "examples", "applies_to", "patterns", "unless", "replace", "expect", "weak", "weak_message",
    "fix", "where", "function", "criterion", "per_document", "positive", "sections", "options",
    "fix_safety", "positive_needs", "label", "fixes", "forms", "fix_after", "fix_if",
}  # fmt: skip
_REQUIRED = ("id", "name", "kind", "severity", "summary", "message", "rationale", "sources", "examples")


def parse_sources(data: dict[str, Any], origin: str = SOURCES_FILE) -> dict[str, SourceDocument]:
    """The citable documents in a ``sources.toml``'s data (``[sources.<ref>]`` with file, title)."""
    table = data.get("sources")
    if not isinstance(table, dict) or set(data) != {"sources"}:
        raise RuleError(f"{origin}: needs [sources.<ref>] tables and nothing else")
    out: dict[str, SourceDocument] = {}
    for ref, entry in table.items():
        if not isinstance(entry, dict) or set(entry) != {"file", "title"} or not all(
            isinstance(v, str) and v.strip() for v in entry.values()
        ):
            raise RuleError(f"{origin}: source {ref!r} needs file and title (strings) and nothing else")
        out[ref] = SourceDocument(ref, entry["file"].strip(), " ".join(entry["title"].split()))
    return out


@cache
def shipped_sources() -> Mapping[str, SourceDocument]:
    """The documents the shipped rules may cite (``rules/sources.toml``)."""
    text = resources.files("jdlint.rules").joinpath(SOURCES_FILE).read_text(encoding="utf-8")
    return parse_sources(tomllib.loads(text), f"rules/{SOURCES_FILE}")


def _show(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _option_specs(data: dict[str, Any]) -> dict[str, Any]:
    """The options a rule's check takes: name -> int, float or a tuple of allowed strings."""
    specs: dict[str, Any] = {}
    if data.get("kind") == "python":
        from jdlint.checks import CHECK_OPTIONS, load_python_checks

        load_python_checks()
        specs.update(CHECK_OPTIONS.get(data.get("function", ""), {}))
    if data.get("criterion"):
        specs.update(CRITERION_OPTIONS)
    return specs


def _parse_options(data: dict[str, Any], severity: str, origin: str) -> dict[str, Any]:
    given = data.get("options", {})
    if not isinstance(given, dict):
        raise RuleError(f"{origin}: options must be a table ([options])")
    specs = _option_specs(data)
    what = f"the {data['function']} check" if data.get("kind") == "python" else f"a {data.get('kind')} rule"
    unknown = sorted(set(given) - set(specs))
    if unknown:
        takes = f"takes {', '.join(sorted(specs))}" if specs else "takes no options"
        raise RuleError(f"{origin}: unknown option {unknown[0]!r} ({what} {takes})")
    if "partly-met-severity" in specs and "partly-met-severity" not in given:  # one step below
        given = {**given, "partly-met-severity": SEVERITIES[max(0, SEVERITIES.index(severity) - 1)]}
    options: dict[str, Any] = {}
    for name, spec in specs.items():
        if name not in given:
            raise RuleError(f"{origin}: option {name!r} missing ({what} needs it under [options])")
        value = given[name]
        if isinstance(spec, tuple):
            ok, wanted = isinstance(value, str) and value in spec, f"one of {', '.join(spec)}"
        elif spec is float:
            ok, wanted = isinstance(value, int | float) and not isinstance(value, bool), "a number"
            value = float(value) if ok else value
        else:
            ok, wanted = isinstance(value, int) and not isinstance(value, bool), "a whole number"
        if not ok:
            raise RuleError(f"{origin}: option {name!r} must be {wanted} (got {value!r})")
        options[name] = value
    return options


def _interpolate(text: str, options: dict[str, Any]) -> str:
    if not options or "{" not in text:
        return text
    names = "|".join(re.escape(n) for n in sorted(options, key=len, reverse=True))
    return re.sub(r"\{(" + names + r")\}", lambda m: _show(options[m.group(1)]), text)


def parse_rule(data: dict[str, Any], origin: str, sources: Mapping[str, SourceDocument] | None = None) -> Rule:
    """Validate one rule's data; raise :class:`RuleError` naming the file on any problem.

    ``sources`` are the documents the rule may cite (default: the shipped ``sources.toml``)."""
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
    catalogue = shipped_sources() if sources is None else sources
    cited = []
    for s in data["sources"]:
        if not isinstance(s, dict) or s.get("ref") not in catalogue or not s.get("quote"):
            raise RuleError(f"{origin}: each source needs ref (one of {', '.join(catalogue)}) and quote")
        doc = catalogue[s["ref"]]
        cited.append(Source(ref=s["ref"], quote=" ".join(s["quote"].split()), file=doc.file, title=doc.title))
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
    if data.get("fix_safety", "safe") not in FIX_SAFETY:
        raise RuleError(f"{origin}: fix_safety must be one of {', '.join(FIX_SAFETY)}")
    after = data.get("fix_after", [])
    if not isinstance(after, list) or not all(isinstance(a, str) and re.fullmatch(r"[A-Z]{2}\d{3}", a) for a in after):
        raise RuleError(f"{origin}: fix_after must be a list of rule ids")
    if kind == "python" and not data.get("function"):
        raise RuleError(f"{origin}: a python rule needs a function")
    options = _parse_options(data, data["severity"], origin)
    fixes = _parse_fixes(data, options, origin)
    forms = data.get("forms", {})
    if forms and (kind != "phrase" or not data.get("replace")):
        raise RuleError(f"{origin}: [forms] belong to a phrase rule with replace")
    if not isinstance(forms, dict) or not all(isinstance(v, str) and v.strip() for v in forms.values()):
        raise RuleError(f"{origin}: forms must be a table of \"pattern\" = \"replacement\" ([forms])")
    fix_if = data.get("fix_if", {})
    if fix_if and (kind != "missing" or not data.get("fix")):
        raise RuleError(f"{origin}: [fix_if] belongs to a missing-content rule with a fix")
    if not isinstance(fix_if, dict) or not all(
        re.fullmatch(r"lex:[a-z][a-z0-9-]*", k) and isinstance(v, str) and v.strip() for k, v in fix_if.items()
    ):
        raise RuleError(f"{origin}: fix_if must be a table of \"lex:<group>\" = \"text\" ([fix_if])")
    fields = {k: v for k, v in data.items()
              if k not in ("sources", "examples", "applies_to", "category", "options", "fixes", "forms", "fix_if")}  # fmt: skip
    for key in ("patterns", "unless", "expect", "weak", "sections", "positive_needs", "fix_after"):
        if key in fields:
            fields[key] = tuple(fields[key])
    for key in ("summary", "message", "rationale", "fix", "where", "weak_message"):
        if isinstance(fields.get(key), str):
            fields[key] = _interpolate(fields[key], options)
    return Rule(**fields, sources=tuple(cited), examples=tuple(examples), applies_to=applies,
                category=data.get("category", "general"), options=tuple(options.items()),
                fixes=tuple(fixes.items()), forms=tuple(forms.items()),
                fix_if=tuple((k, _interpolate(v, options)) for k, v in fix_if.items()))  # fmt: skip


def _parse_fixes(data: dict[str, Any], options: dict[str, Any], origin: str) -> dict[str, str]:
    """``[fixes]``: one text per reason code the rule's check declares, no more, no fewer."""
    given = data.get("fixes", {})
    if not isinstance(given, dict) or not all(isinstance(v, str) and v.strip() for v in given.values()):
        raise RuleError(f"{origin}: fixes must be a table of reason = \"text\" ([fixes])")
    wanted: tuple[str, ...] = ()
    if data.get("kind") == "python":
        from jdlint.checks import CHECK_FIXES, load_python_checks

        load_python_checks()
        wanted = CHECK_FIXES.get(data.get("function", ""), ())
    unknown = sorted(set(given) - set(wanted))
    if unknown:
        takes = f"takes {', '.join(wanted)}" if wanted else "takes no [fixes]"
        raise RuleError(f"{origin}: unknown fix reason {unknown[0]!r} (the check {takes})")
    missing = [code for code in wanted if code not in given]
    if missing:
        raise RuleError(f"{origin}: fix reason {missing[0]!r} missing (the check needs it under [fixes])")
    return {code: _interpolate(text, options) for code, text in given.items()}


class Registry:
    """All rules by id and name, plus the lexicon; rejects duplicates."""

    def __init__(self, rules: Iterable[Rule] = (), lexicon: dict[str, list[str]] | None = None):
        self._by_id: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}
        self._sorted: tuple[Rule, ...] | None = None  # the rules by id, sorted when first iterated
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
        self._sorted = None
        self.__dict__.pop("patterns", None)

    def get(self, key: str) -> Rule | None:
        """A rule by id (case-insensitive) or by name."""
        return self._by_id.get(key.upper()) or self._by_name.get(key.lower())

    def __iter__(self) -> Iterator[Rule]:
        """The rules in id order (sorted once, again only after :meth:`add`: every check
        iterates the registry)."""
        ordered = self._sorted
        if ordered is None:
            ordered = self._sorted = tuple(sorted(self._by_id.values(), key=lambda r: r.id))
        return iter(ordered)

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
            for group, _ in rule.fix_if:
                if group not in groups:
                    raise RuleError(f"{rule.id}: fix_if names no lexicon group {group!r}")
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
    """Load the shipped rules (or those in ``folder``) plus any ``extra`` rule folders.

    A folder's ``sources.toml`` adds citable documents (a ref defined twice is an error); a
    folder without one cites the shipped sources."""
    files = list(_rule_files(folder))
    for extra_folder in extra:
        files.extend(_rule_files(Path(extra_folder)))
    parsed: list[tuple[str, dict[str, Any]]] = []
    for origin, text in files:
        try:
            parsed.append((origin, tomllib.loads(text)))
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{origin}: {exc}") from None
    catalogues = [(o, d) for o, d in parsed if Path(o).name == SOURCES_FILE]
    catalogue: dict[str, SourceDocument] = {} if catalogues else dict(shipped_sources())
    for origin, data in catalogues:
        for ref, doc in parse_sources(data, origin).items():
            if ref in catalogue and catalogue[ref] != doc:
                raise RuleError(f"{origin}: source {ref!r} is already defined differently")
            catalogue[ref] = doc
    rules: list[Rule] = []
    lexicon: dict[str, list[str]] = {}
    for origin, data in parsed:
        name = Path(origin).name
        if name.endswith(LEXICON_FILE):  # lexicon.toml, offers-lexicon.toml ...
            lexicon.update(data.get("groups", {}))
        elif name != SOURCES_FILE:
            rules.append(parse_rule(data, origin, catalogue))
    return Registry(rules, lexicon)


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """The shipped rules, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT


# --------------------------------------------------------------------------- rules from a config


def unknown_keys(keys: Iterable[str], registry: Iterable[Rule]) -> list[str]:
    """The keys (ids, id prefixes, names) that name no rule in ``registry``."""
    return [k for k in keys if not any(r.id.startswith(k.upper()) or r.name == k.lower() for r in registry)]


def check_extra_patterns(rules: Iterable[Rule]) -> None:
    """Each extra phrase rule's patterns must compile (:class:`RuleError`, one line, if not)."""
    from jdlint.nlp import PatternSet

    for rule in rules:
        try:
            PatternSet(rule.pattern_groups())
        except Exception as exc:  # re.error, ValueError ...: the pattern language's complaints
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise RuleError(f"{rule.id}: bad pattern: {message}") from None


def check_extra_examples(registry: Registry, rules: Iterable[Rule]) -> None:
    """Each of ``rules`` (extra phrase rules, in ``registry``) must flag its bad examples and
    pass its good ones, checked with every rule of ``registry`` on (:class:`RuleError` if not)."""
    from jdlint.engine import Engine
    from jdlint.readers import read_text

    engine = Engine(registry)
    for rule in rules:
        for example in rule.examples:
            for text, wanted in ((example.bad, True), (example.good, False)):
                if not text:
                    continue
                report = engine.check(read_text(text, "<example>"), role=example.role or "peer")
                if any(f.rule == rule.id for f in report.findings) != wanted:
                    what = "does not flag its bad example" if wanted else "flags its good example"
                    raise RuleError(f"{rule.id} {what}: {text!r}")


__all__ = [
    "Example",
    "Registry",
    "Rule",
    "Source",
    "SourceDocument",
    "check_extra_examples",
    "check_extra_patterns",
    "default_registry",
    "load",
    "parse_rule",
    "parse_sources",
    "shipped_sources",
    "unknown_keys",
]
