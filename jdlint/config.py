"""Project configuration: ``[tool.jdlint]`` in ``pyproject.toml`` or a ``jdlint.toml``.

The file is found by walking upward from the first checked path (or the current folder); in
one folder ``jdlint.toml`` wins over ``pyproject.toml``, and a ``pyproject.toml`` without a
``[tool.jdlint]`` table is passed over. ``jdlint.toml`` takes the same keys at the top level::

    [tool.jdlint]
    select = ["CS", "LA"]            # rule ids, id prefixes or names
    ignore = ["RD002"]
    fail-on = "warning"              # info | warning | error
    include = ["adverts/**"]         # gitignore-style globs, relative to this file
    exclude = ["drafts/", "*.old.md"]
    jobs = 4                         # worker processes (default: every core)
    timeout = 10                     # seconds per file
    max-file-size-mb = 25
    max-memory-mb = 1536             # memory a file's parser may use beyond the process's own
    format = "text"                  # text json sarif github junit csv html
    known-acronyms = ["LYPFT", "CPRS"]  # acronyms your readers know (RD003 leaves them alone)

    [tool.jdlint.role-overrides]     # glob -> peer | peer-senior | other
    "senior/**" = "peer-senior"

    [tool.jdlint.per-file-ignores]   # glob -> rule ids, reported as suppressed
    "legacy/*.docx" = ["SU005"]

    [[tool.jdlint.extra-phrases]]    # project phrase rules (see docs/ci.md)
    id = "XP001"
    name = "rockstar"
    severity = "warning"
    message = "“{match}” is jargon; say what the work is."
    patterns = ["rockstar|ninja"]
    bad = "We want a peer support rockstar."
    good = "We want a peer support worker."

Every problem is a :class:`~jdlint.errors.ConfigError` with a one-line message naming the
file and the key (``pyproject.toml [tool.jdlint]: unknown key 'selekt'``).

Globs follow ``.gitignore``: ``*`` and ``?`` stop at ``/``, ``**`` crosses folders, a
pattern without a ``/`` matches a name at any depth, one with a ``/`` is anchored at the
config file's folder, a trailing ``/`` matches folders only (and so everything in them), and
in ``.jdlintignore`` files a leading ``!`` re-includes.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from jdlint.errors import ConfigError, RuleError
from jdlint.model import SEVERITIES
from jdlint.supported import REPORT_FORMATS as FORMATS
from jdlint.supported import ROLE_KINDS

CONFIG_NAMES = ("jdlint.toml", ".jdlint.toml", "pyproject.toml")
KEYS = (
    "select", "ignore", "fail-on", "include", "exclude", "jobs", "timeout", "max-file-size-mb",
    "max-memory-mb", "role-overrides", "per-file-ignores", "extra-phrases", "format", "known-acronyms",
    "force-exclude",
)  # fmt: skip
# What an extra phrase rule may set; the rest (kind, sources, category) is filled in.
EXTRA_KEYS = (
    "id", "name", "severity", "message", "patterns", "unless", "replace", "fix", "where",
    "summary", "rationale", "applies_to", "per_document", "examples", "bad", "good",
)  # fmt: skip
_RULE_ID = re.compile(r"^[A-Z]{2,4}\d{3}$")
_RULE_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_KNOWN_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z0-9&]{1,11}\+?$")


# --------------------------------------------------------------------------- globs


def _translate(pattern: str) -> str:
    """A gitignore-style glob (no leading ``/``, no trailing ``/``) as a regular expression."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            end = pattern.find("]", i + 2 if pattern[i + 1 : i + 2] in ("!", "^") else i + 1)
            if end < 0:
                out.append(re.escape(c))
                i += 1
                continue
            body = pattern[i + 1 : end]
            if body[:1] in ("!", "^"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        elif c == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class Glob:
    """One gitignore-style pattern."""

    pattern: str
    negated: bool
    dir_only: bool
    regex: re.Pattern[str]

    @classmethod
    def parse(cls, raw: str) -> Glob:
        text = raw.strip()
        negated = text.startswith("!")
        if negated:
            text = text[1:]
        dir_only = text.endswith("/")
        text = text.rstrip("/")
        anchored = "/" in text
        text = text.lstrip("/")
        if text.startswith("./"):
            text = text[2:]
        if not text:
            raise ValueError(f"empty glob {raw!r}")
        body = _translate(text)
        prefix = "" if anchored else "(?:.*/)?"
        return cls(raw, negated, dir_only, re.compile(f"^{prefix}{body}$", re.DOTALL))

    def match(self, rel: str, is_dir: bool) -> bool:
        if self.dir_only and not is_dir:
            return False
        return self.regex.match(rel) is not None


def relative(path: str | os.PathLike[str], base: Path) -> tuple[str, bool]:
    """``(path relative to base with forward slashes, inside base?)``; for a path outside
    ``base`` its absolute path without the leading ``/`` (only unanchored globs match it)."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base).as_posix(), True
    except ValueError:
        return absolute.as_posix().lstrip("/"), False


class GlobSet:
    """Patterns relative to ``base``; the last one that matches decides (``!`` negates).

    A path matches when it or one of the folders above it (up to ``base``) matches, as in
    ``.gitignore``: excluding a folder excludes everything in it.
    """

    def __init__(self, patterns: Iterable[str], base: Path):
        self.base = Path(os.path.abspath(base))
        self.globs = [Glob.parse(p) for p in patterns if p.strip() and not p.lstrip().startswith("#")]

    def __bool__(self) -> bool:
        return bool(self.globs)

    def _decide(self, rel: str, is_dir: bool) -> bool | None:
        verdict: bool | None = None
        for glob in self.globs:
            if glob.match(rel, is_dir):
                verdict = not glob.negated
        return verdict

    def decide(self, path: str | os.PathLike[str], is_dir: bool = False) -> bool | None:
        """``True`` matched, ``False`` matched by a ``!`` pattern (re-included), ``None``
        no pattern matched."""
        if not self.globs:
            return None
        rel, inside = relative(path, self.base)
        if inside:
            parts = PurePosixPath(rel).parts
            for i in range(1, len(parts)):
                if self._decide("/".join(parts[:i]), True):
                    return True
        return self._decide(rel, is_dir)

    def match(self, path: str | os.PathLike[str], is_dir: bool = False) -> bool:
        return bool(self.decide(path, is_dir))


# --------------------------------------------------------------------------- the config


@dataclass(frozen=True)
class Config:
    """Settings read from a config file (``None``/empty: not set there)."""

    path: Path | None = None
    origin: str = "defaults"  # "pyproject.toml [tool.jdlint]", for messages
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    jobs: int | None = None
    timeout: float | None = None
    max_file_size_mb: float | None = None
    max_memory_mb: int | None = None
    role_overrides: tuple[tuple[str, str], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    extra_phrases: tuple[dict[str, Any], ...] = ()  # rule data for registry.parse_rule
    format: str | None = None
    known_acronyms: tuple[str, ...] = ()
    force_exclude: bool = False  # files named on the command line are filtered as a folder walk's

    @property
    def root(self) -> Path:
        """The folder the config's globs are relative to."""
        return self.path.parent.absolute() if self.path else Path.cwd()

    @cached_property
    def _role_globs(self) -> list[tuple[GlobSet, str]]:
        return [(GlobSet([g], self.root), role) for g, role in self.role_overrides]

    @cached_property
    def _ignore_globs(self) -> list[tuple[GlobSet, tuple[str, ...]]]:
        return [(GlobSet([g], self.root), rules) for g, rules in self.per_file_ignores]

    def role_for(self, path: str | os.PathLike[str]) -> str | None:
        """The role ``role-overrides`` gives ``path`` (the first glob that matches)."""
        return next((role for globs, role in self._role_globs if globs.match(path)), None)

    def ignores_for(self, path: str | os.PathLike[str]) -> tuple[str, ...]:
        """The rules ``per-file-ignores`` suppresses in ``path`` (every glob that matches)."""
        out: list[str] = []
        for globs, rules in self._ignore_globs:
            if globs.match(path):
                out.extend(r for r in rules if r not in out)
        return tuple(out)

    def extra_rules(self) -> list:  # list[Rule]
        """The ``extra-phrases`` as rules."""
        from jdlint.registry import parse_rule

        rules = []
        for data in self.extra_phrases:
            where = f"{self.origin}: extra-phrases {data.get('id', '?')}"
            try:
                rule = parse_rule(data, where)
            except RuleError as exc:
                raise ConfigError(str(exc)) from None
            rules.append(dataclasses.replace(rule, sources=()))  # a project rule cites no source
        return rules


def near_miss_tables(tool: Any) -> list[str]:
    """The ``[tool.X]`` names that look like a misspelt ``[tool.jdlint]`` (``jdlnt``,
    ``jd-lint``, ``jdlint-config``) when there is no ``[tool.jdlint]``: compared in lower case
    without ``-``, ``_`` and ``.``, a name that starts with ``jdlint`` or is within one letter
    of it (difflib, cutoff 0.85: ``jslint`` or ``pylint`` are other tools)."""
    if not isinstance(tool, dict) or "jdlint" in tool:
        return []
    out = []
    for name in tool:
        folded = re.sub(r"[-_.\s]", "", str(name).lower())
        if folded.startswith("jdlint") or difflib.get_close_matches("jdlint", [folded], n=1, cutoff=0.85):
            out.append(str(name))
    return out


def find_config(start: str | os.PathLike[str] | None = None,
                warn: Callable[[str], None] | None = None) -> Path | None:  # fmt: skip
    """The nearest ``jdlint.toml``, ``.jdlint.toml`` or ``pyproject.toml`` with ``[tool.jdlint]`` at or above
    ``start`` (a file or a folder; default the current folder).

    A ``pyproject.toml`` passed over that has a table named like ``[tool.jdlint]`` but not
    quite (:func:`near_miss_tables`) is named to ``warn`` in one line: its settings are ignored."""
    here = Path(os.path.abspath(start if start is not None else os.getcwd()))
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue  # someone else's broken pyproject.toml is not ours to report
            if isinstance(data.get("tool"), dict) and "jdlint" in data["tool"]:
                return candidate
            if warn is not None:
                for table in near_miss_tables(data.get("tool")):
                    warn(f"{_display(candidate)}: [tool.{table}] is not read (did you mean [tool.jdlint]?)")
    return None


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def load_config(path: str | os.PathLike[str], warn: Callable[[str], None] | None = None) -> Config:
    """Read and validate one config file (``--config FILE`` or what :func:`find_config` found);
    ``warn`` hears of a ``pyproject.toml`` named with a misspelt ``[tool.jdlint]`` and none."""
    p = Path(path)
    pyproject = p.name == "pyproject.toml"
    origin = f"{_display(p)}{' [tool.jdlint]' if pyproject else ''}"
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{_display(p)}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{_display(p)}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{_display(p)}: not valid TOML: {exc}") from None
    tool = data.get("tool")
    if not pyproject and isinstance(tool, dict) and "jdlint" in tool:
        raise ConfigError(f"{origin}: [tool.jdlint] is read only from a file named pyproject.toml; "
                          f"in {p.name} put its keys at the top level")  # fmt: skip
    if pyproject:
        tool = data.get("tool", {})
        if warn is not None:
            for table in near_miss_tables(tool):
                warn(f"{_display(p)}: [tool.{table}] is not read (did you mean [tool.jdlint]?)")
        data = tool.get("jdlint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{origin}: must be a table")
    return parse_config(data, origin, p)


def parse_config(data: dict[str, Any], origin: str = "config", path: Path | None = None) -> Config:
    """Validate the ``[tool.jdlint]`` table (or a ``jdlint.toml``'s top level)."""

    def fail(message: str) -> ConfigError:
        return ConfigError(f"{origin}: {message}")

    for key in data:
        if key not in KEYS:
            hint = " (use dashes: " + key.replace("_", "-") + ")" if key.replace("_", "-") in KEYS else ""
            raise fail(f"unknown key {key!r}{hint}")

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"{key!r} must be a list of strings")
        return tuple(v.strip() for v in value)

    def choice(key: str, options: Sequence[str]) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if value not in options:
            raise fail(f"{key!r} must be one of {', '.join(options)} (got {value!r})")
        return value

    def flag(key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise fail(f"{key!r} must be true or false (got {value!r})")
        return value

    def number(key: str, kind: type, low: float) -> Any:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
            raise fail(f"{key!r} must be {'a whole number' if kind is int else 'a number'} (got {value!r})")
        if value < low:
            raise fail(f"{key!r} must be at least {low:g} (got {value!r})")
        return kind(value)

    def parse_globs(key: str, values: Iterable[str]) -> None:
        for g in values:
            try:
                Glob.parse(g)
            except (ValueError, re.error) as exc:
                raise fail(f"{key!r}: bad glob {g!r}: {exc}") from None

    def globs(key: str) -> tuple[str, ...]:
        values = strings(key)
        parse_globs(key, values)
        return values

    def table(key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise fail(f"{key!r} must be a table of glob = value")
        parse_globs(key, value)
        return value

    def acronyms() -> tuple[str, ...]:
        values = strings("known-acronyms")
        for value in values:
            if not _KNOWN_ACRONYM.match(value):
                raise fail(f"'known-acronyms': {value!r} is not an acronym (2-12 letters, digits, & or a trailing +, no spaces)")
        return values

    roles = []
    for g, role in table("role-overrides").items():
        if role not in ROLE_KINDS:
            raise fail(f"role-overrides {g!r}: role must be one of {', '.join(ROLE_KINDS)} (got {role!r})")
        roles.append((g, role))
    ignores = []
    for g, rules in table("per-file-ignores").items():
        if isinstance(rules, str):
            rules = [rules]
        if not isinstance(rules, list) or not all(isinstance(r, str) and r.strip() for r in rules):
            raise fail(f"per-file-ignores {g!r}: must be a list of rule ids")
        ignores.append((g, tuple(r.strip() for r in rules)))

    extra = data.get("extra-phrases", [])
    if not isinstance(extra, list) or not all(isinstance(e, dict) for e in extra):
        raise fail("'extra-phrases' must be a list of tables ([[tool.jdlint.extra-phrases]] or inline tables)")
    phrases = tuple(_extra_rule(entry, i, origin) for i, entry in enumerate(extra))

    return Config(
        path=path,
        origin=origin,
        select=strings("select"),
        ignore=strings("ignore"),
        fail_on=choice("fail-on", SEVERITIES),
        include=globs("include"),
        exclude=globs("exclude"),
        jobs=number("jobs", int, 1),
        timeout=number("timeout", float, 0.1),
        max_file_size_mb=number("max-file-size-mb", float, 0.001),
        max_memory_mb=number("max-memory-mb", int, 64),
        role_overrides=tuple(roles),
        per_file_ignores=tuple(ignores),
        extra_phrases=phrases,
        format=choice("format", FORMATS),
        known_acronyms=acronyms(),
        force_exclude=flag("force-exclude"),
    )


def _extra_rule(entry: dict[str, Any], index: int, origin: str) -> dict[str, Any]:
    """An ``extra-phrases`` entry as rule data for :func:`jdlint.registry.parse_rule`.

    Required: ``id`` (2-4 capitals and 3 digits, e.g. ``XP001``), ``name``, ``severity``,
    ``message``, ``patterns`` and at least one bad and one good example, either as
    ``bad``/``good`` keys or as ``examples = [{bad = "...", good = "..."}]``: the examples
    are the rule's tests (``jdlint check`` refuses a rule that misses its bad example or
    flags its good one).
    """
    label = f"extra-phrases[{index}]"
    where = f"{origin}: {label}"
    unknown = sorted(set(entry) - set(EXTRA_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    for key in ("id", "name", "severity", "message"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ConfigError(f"{where}: needs {key!r} (a string)")
    rid, name = entry["id"].strip(), entry["name"].strip()
    where = f"{origin}: {label} ({rid})"
    if not _RULE_ID.match(rid):
        raise ConfigError(f"{where}: id must be 2-4 capital letters and 3 digits, e.g. XP001")
    if not _RULE_NAME.match(name):
        raise ConfigError(f"{where}: name must be lower-case words joined by dashes")
    patterns = entry.get("patterns")
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
        raise ConfigError(f"{where}: needs 'patterns' (a list of phrase patterns)")
    examples = entry.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, dict) for e in examples):
        raise ConfigError(f"{where}: 'examples' must be a list of tables with bad and good")
    examples = [dict(e) for e in examples]
    if "bad" in entry or "good" in entry:
        examples.insert(0, {"bad": entry.get("bad", ""), "good": entry.get("good", "")})
    if not any(isinstance(e.get("bad"), str) and e["bad"].strip() for e in examples) or not any(
        isinstance(e.get("good"), str) and e["good"].strip() for e in examples
    ):
        raise ConfigError(f"{where}: needs a bad and a good example (bad = \"...\", good = \"...\"): they test the rule")
    message = entry["message"].strip()
    data: dict[str, Any] = {
        "id": rid,
        "name": name,
        "kind": "phrase",
        "severity": entry["severity"],
        "category": "project",
        "summary": entry.get("summary") or message.replace("{match}", "…").replace("{replace}", "…"),
        "message": message,
        "rationale": entry.get("rationale") or f"A project rule from {origin}.",
        # parse_rule wants a source; the rule is returned with none (see Config.extra_rules).
        "sources": [{"ref": "clear-soil", "quote": "project rule"}],
        "examples": examples,
        "patterns": [p.strip() for p in patterns],
    }
    for key in ("unless", "replace", "fix", "where", "applies_to", "per_document"):
        if key in entry:
            data[key] = entry[key]
    return data


def effective_limits(config: Config, timeout: float | None = None, max_mb: float | None = None,
                     memory_mb: int | None = None):  # fmt: skip
    """:class:`~jdlint.readers.Limits` from the CLI flags, else the config, else the defaults."""
    from jdlint.readers import DEFAULT_LIMITS, Limits

    t = timeout if timeout is not None else config.timeout
    mb = max_mb if max_mb is not None else config.max_file_size_mb
    memory = memory_mb if memory_mb is not None else config.max_memory_mb
    return Limits(
        max_bytes=int(mb * 1024 * 1024) if mb is not None else DEFAULT_LIMITS.max_bytes,
        timeout=float(t) if t is not None else DEFAULT_LIMITS.timeout,
        memory_mb=int(memory) if memory is not None else DEFAULT_LIMITS.memory_mb,
    )


__all__ = ["Config", "ConfigError", "Glob", "GlobSet", "find_config", "load_config", "parse_config"]
