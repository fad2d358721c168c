"""Planning a run: the command line's flags merged over the config, the rule keys and extra
phrase rules validated, the files found (:mod:`jdlint.discover`), and where annotated Word
copies go. Nothing is checked here."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdlint.config import Config
from jdlint.discover import Task, collect
from jdlint.pipeline import Settings
from jdlint.supported import WORD_SUFFIXES


@dataclass
class Plan:
    """A run worked out from the command line and the config, before any file is checked."""

    config: Config
    settings: Settings
    tasks: list[Task]
    registry: Any  # the shipped rules plus the config's extra phrases
    jobs: int
    fail_on: str
    format: str
    skipped: list[str] = field(default_factory=list)  # one-line notes: entries not read (fswalk)



def load_config_for(paths: Sequence[str], config_file: str | None = None, isolated: bool = False,
                    warn: Callable[[str], None] | None = None) -> Config:  # fmt: skip
    """``--config FILE``, else the config found upward from the first path (or the current
    folder); the defaults with ``--isolated``. ``warn`` hears of a misspelt ``[tool.jdlint]``
    passed over on the way (:func:`jdlint.config.find_config`)."""
    from jdlint.config import find_config, load_config

    if isolated:
        return Config()
    if config_file:
        return load_config(config_file, warn=warn)
    start = next((p for p in paths if p != "-"), None)
    found = find_config(start, warn=warn)
    return load_config(found) if found else Config()


def rule_list(values: Sequence[str]) -> tuple[str, ...]:
    """Rule flags as given, each split at commas ("CS001,LA" is two), blanks dropped."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def plan(paths: Sequence[str], *, config: Config, select: Sequence[str] | None = None,
         ignore: Sequence[str] | None = None, fail_on: str | None = None, include: Sequence[str] = (),
         exclude: Sequence[str] = (), jobs: int | None = None, timeout: float | None = None,
         max_file_size_mb: float | None = None, max_memory_mb: int | None = None, role: str | None = None,
         fmt: str | None = None, annotate: bool = False,
         collected: tuple[list[Task], list[str]] | None = None,
         outputs: Sequence[str] = ()) -> Plan:  # fmt: skip
    """Merge the flags over ``config`` (a flag given replaces the config's value; include and
    exclude globs add up), validate the rule keys and the extra phrases, collect the tasks
    (or take ``collected``: tasks and skipped notes from :func:`collect_and_start`),
    leaving out ``outputs``, the files this run writes (:func:`jdlint.discover.collect`).

    Raises :class:`~jdlint.errors.ConfigError` for a config problem and
    :class:`~jdlint.errors.UsageError` for a bad flag."""
    from jdlint.config import effective_limits
    from jdlint.errors import ConfigError, RuleError, UsageError
    from jdlint.registry import (
        Registry,
        check_extra_examples,
        check_extra_patterns,
        default_registry,
        unknown_keys,
    )

    # "--select CS001,LA" as ruff takes it, as well as "--select CS001 --select LA"
    select = rule_list(select) if select else select
    ignore = rule_list(ignore) if ignore else ignore

    extra = tuple(config.extra_rules())
    registry = default_registry()
    if extra:
        try:
            registry = Registry([*registry, *extra], registry.lexicon)
        except RuleError as exc:
            raise ConfigError(f"{config.origin}: extra-phrases: {exc}") from None
    for key, values in (("select", config.select), ("ignore", config.ignore),
                        *(("per-file-ignores " + repr(g), rules) for g, rules in config.per_file_ignores)):  # fmt: skip
        bad = unknown_keys(values, registry)
        if bad:
            raise ConfigError(f"{config.origin}: {key}: unknown rule or prefix {bad[0]!r}")
    for values in (select or (), ignore or ()):
        bad = unknown_keys(values, registry)
        if bad:
            raise UsageError(f"unknown rule or prefix: {bad[0]}")
    limits = effective_limits(config, timeout, max_file_size_mb, max_memory_mb)
    settings = Settings(
        select=tuple(select) if select else config.select,
        ignore=tuple(ignore) if ignore else config.ignore,
        extra_rules=extra,
        limits=limits,
        role=role,
        annotate=annotate,
        known_acronyms=config.known_acronyms,
    )
    if extra:
        try:
            check_extra_patterns(extra)
            check_extra_examples(registry, extra)
        except RuleError as exc:
            raise ConfigError(f"{config.origin}: extra-phrases {exc}") from None
    if collected is None:
        skipped: list[str] = []
        tasks = collect(paths, config, include=include, exclude=exclude, role=role, skipped=skipped, outputs=outputs)
    else:
        tasks, skipped = collected
    return Plan(
        config=config,
        settings=settings,
        tasks=tasks,
        registry=registry,
        jobs=jobs if jobs else (config.jobs or os.cpu_count() or 1),
        fail_on=fail_on or config.fail_on or "warning",
        format=fmt or config.format or "text",
        skipped=skipped,
    )



def collect_and_start(paths: Sequence[str], config: Config, *, jobs: int | None = None, include: Sequence[str] = (),
                      exclude: Sequence[str] = (), role: str | None = None, outputs: Sequence[str] = (),
                      ) -> tuple[list[Task], list[str]] | None:  # fmt: skip
    """For a batch that will run on a process pool: collect its tasks and start the warm fork
    server now (:func:`jdlint.executors.pool_context`, with the readers the tasks need), so
    that the server loads spaCy and builds its engine while this process loads the rules and
    validates the flags (:func:`plan`, about 50 ms) instead of after; the tasks and skipped
    notes for ``plan(collected=...)``. ``None`` (nothing started, nothing collected) for
    standard input or a run that will stay in this process (:func:`make_executor`'s choice)."""
    from jdlint.executors import SERIAL_BELOW, pool_context, readers_for

    if (jobs if jobs else (config.jobs or os.cpu_count() or 1)) <= 1 or "-" in paths:
        return None
    skipped: list[str] = []
    tasks = collect(paths, config, include=include, exclude=exclude, role=role, skipped=skipped, outputs=outputs)
    if len(tasks) >= SERIAL_BELOW:
        pool_context(readers_for(tasks))
    return tasks, skipped


def _taken(path: Path) -> bool:
    """Does ``path`` hold a file a Word copy must not replace: not empty, and not a copy
    ``jdlint annotate`` or ``jdlint fix`` wrote that nobody has saved since (someone's
    advert, or a copy they edited)?"""
    from jdlint.ownreport import word_copy_kind

    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        with open(path, "rb") as f:
            return word_copy_kind(f.read(64 << 20)) is None
    except OSError:
        return False  # writing it will say why


def untaken(path: Path) -> Path:
    """``path``, or a :class:`~jdlint.errors.UsageError` when a file there is not jdlint's
    to replace (:func:`_taken`): a Word copy named by jdlint (``jdlint annotate``'s and
    ``jdlint fix``'s) never overwrites someone's file, nor a copy someone saved since."""
    from jdlint.errors import UsageError

    if _taken(path):
        raise UsageError(f"refusing to overwrite {path}: jdlint did not write it (or someone saved it since): "
                         "move it or name another output with -o")  # fmt: skip
    return path


def annotation_targets(source: str, tasks: Sequence[Task], output: str | None) -> list[Path | None]:
    """Where each task's annotated Word copy goes (``None`` for tasks that are errors).

    ``source`` a file: ``output`` is the file to write (an existing folder: the copy goes
    in it), by default ``NAME.annotated.docx`` beside the input. ``source`` a folder:
    ``output`` is a folder mirroring the input's sub-folders; ``x.docx`` keeps its name,
    ``x.md`` becomes ``x.docx`` (``x.md.docx`` when an ``x.docx`` is there too, an input or
    a file in the output folder that jdlint did not write). Raises
    :class:`~jdlint.errors.UsageError` when a copy would overwrite an input, or a file that
    jdlint did not write at a name jdlint chose (an explicit ``-o FILE`` is written)."""
    from jdlint.errors import UsageError

    src = Path(source)
    inputs = {os.path.realpath(t.path) for t in tasks if t.error is None}
    targets: list[Path | None] = []
    if not src.is_dir():
        for t in tasks:
            if t.error is not None:
                targets.append(None)
                continue
            p = Path(t.path)
            name = p.name if p.suffix.lower() in WORD_SUFFIXES else p.stem + ".docx"
            if output is None:
                target = untaken(p.with_name(f"{Path(name).stem}.annotated{Path(name).suffix}"))
            elif Path(output).is_dir():
                target = Path(output) / name
                if name != p.name and _taken(target):  # x.txt beside someone's x.docx: x.txt.docx
                    target = Path(output) / (p.name + ".docx")
                target = untaken(target)
            else:
                target = Path(output)
                if target.suffix.lower() not in WORD_SUFFIXES:  # a Word package named .txt: nothing opens it
                    raise UsageError(f"{output}: the annotated copy is a Word document: name it .docx")
            targets.append(target)
    else:
        if output is None:
            raise UsageError("name the output folder with -o when annotating a folder")
        out = Path(output)
        if os.path.realpath(out) == os.path.realpath(src):
            raise UsageError("refusing to overwrite the input: the output folder is the input folder")
        if out.exists() and not out.is_dir():
            raise UsageError(f"{output} is a file: annotating a folder writes a folder")
        stems: dict[Path, int] = {}
        rels: list[Path | None] = []
        for t in tasks:
            rel = Path(os.path.relpath(t.path, src)) if t.error is None else None
            rels.append(rel)
            if rel is not None:
                key = rel.with_suffix("")
                stems[key] = stems.get(key, 0) + 1
        for rel in rels:
            if rel is None:
                targets.append(None)
            elif rel.suffix.lower() in WORD_SUFFIXES:
                targets.append(untaken(out / rel))
            elif stems[rel.with_suffix("")] > 1 or _taken(out / rel.with_suffix(".docx")):
                targets.append(untaken(out / rel.with_name(rel.name + ".docx")))
            else:
                targets.append(out / rel.with_suffix(".docx"))
    for target in targets:
        if target is not None and os.path.realpath(target) in inputs:
            raise UsageError(f"refusing to overwrite the input {target}: choose another output")
    return targets



__all__ = ["Plan", "annotation_targets", "load_config_for", "plan", "untaken"]
