"""Finding the adverts to check: the command line's paths turned into :class:`Task` s.

Folders are walked in sorted order (:mod:`jdlint.fswalk` keeps the walk inside them),
hidden files and folders skipped, ``--include``/``--exclude`` globs and ``.jdlintignore``
files applied, the config's ``role-overrides`` and ``per-file-ignores`` attached.
:func:`collect` serves ``jdlint check`` and ``jdlint annotate``; :func:`iter_files`, the
same discovery as plain paths, serves ``jdlint fix`` and the API.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from jdlint.config import Config, GlobSet
from jdlint.supported import EXTENSIONS, USUAL_SUFFIXES, suffixes_of

IGNORE_FILE = ".jdlintignore"
SUPPORTED = frozenset(EXTENSIONS)
NO_ADVERTS = f"no adverts found ({' '.join(USUAL_SUFFIXES)})"


@dataclass(frozen=True)
class Task:
    """One file to check. ``data`` is set for standard input (``path`` ``<stdin>``);
    ``error`` for a command-line path that cannot be checked at all."""

    path: str
    role: str | None = None  # from role-overrides (the --role flag wins, see Settings)
    ignores: tuple[str, ...] = ()  # per-file-ignores: reported as suppressed
    data: bytes | None = None
    error: str | None = None
    walked: bool = False  # found in a folder walk (not named): jdlint's own Word copies are skipped



class _Ignores:
    """The ``.jdlintignore`` files that apply below a folder, found as the walk goes down."""

    def __init__(self) -> None:
        self._cache: dict[Path, GlobSet | None] = {}

    def of(self, folder: Path) -> GlobSet | None:
        if folder not in self._cache:
            file = folder / IGNORE_FILE
            globs = None
            if file.is_file():
                try:
                    lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
                    globs = GlobSet(lines, folder) or None
                except (OSError, ValueError):
                    globs = None
            self._cache[folder] = globs
        return self._cache[folder]

    def ignored(self, path: Path, is_dir: bool, folders: Sequence[Path]) -> bool:
        """Is ``path`` ignored by the ignore files of ``folders`` (outermost first)?"""
        verdict = False
        for folder in folders:
            globs = self.of(folder)
            if globs is None:
                continue
            decided = globs.decide(path, is_dir)
            if decided is not None:
                verdict = decided
        return verdict


def _project_root(config: Config | None) -> Path:
    if config is not None and config.path is not None:
        return config.root
    return Path.cwd()


def _ancestors(folder: Path, root: Path) -> list[Path]:
    """``root`` down to ``folder`` when ``folder`` is inside ``root``; else ``[folder]``."""
    try:
        rel = folder.relative_to(root)
    except ValueError:
        return [folder]
    out = [root]
    for part in rel.parts:
        out.append(out[-1] / part)
    return out


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$")) or (name.startswith("__") and name.endswith("__"))


# Folders a walk leaves out as ruff and flake8 do: installed packages, never adverts.
_TOOL_FOLDERS = frozenset({"node_modules", "venv", "site-packages"})

# A repository's furniture, by the name before its extension (README.md, LICENSE.txt,
# CODE_OF_CONDUCT.md): documents about the repository, never adverts.
FURNITURE = frozenset({
    "readme", "changelog", "changes", "history", "news", "license", "licence", "copying", "notice",
    "authors", "contributors", "contributing", "code_of_conduct", "code-of-conduct", "security",
    "governance", "maintainers", "pull_request_template",
})  # fmt: skip


def _tool_folder(folder: Path) -> bool:
    """Is ``folder`` a virtualenv (it holds a ``pyvenv.cfg``, whatever its name) or a
    package folder (``node_modules``, ``venv``)?"""
    return folder.name in _TOOL_FOLDERS or (folder / "pyvenv.cfg").is_file()


def furniture(name: str) -> bool:
    """Is the file ``name`` a repository's furniture (``README.md``, ``LICENSE.txt``)?"""
    return name.split(".", 1)[0].lower() in FURNITURE


# ``jdlint fix`` writes NAME.fixed.EXT beside NAME.X: the text formats' copies by the
# suffix of each X (a Word copy carries a marker instead, :mod:`jdlint.ownreport`).
_FIX_SOURCES = {".md": suffixes_of("markdown"), ".txt": suffixes_of("text"), ".html": suffixes_of("html")}


def fix_copy_of(path: Path, names: Iterable[str] | None = None) -> Path | None:
    """The advert beside ``path`` that ``path`` is ``jdlint fix``'s text copy of
    (``x.fixed.md`` beside ``x.md``), or None. ``names``: the folder's file names, when known."""
    name = path.name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem.lower().endswith(".fixed") or len(stem) <= len(".fixed"):
        return None
    sources = _FIX_SOURCES.get("." + suffix.lower())
    if not sources:
        return None
    base = stem[: -len(".fixed")]
    wanted = {(base + s).lower() for s in sources}
    if names is None:
        try:
            names = os.listdir(path.parent or ".")
        except OSError:
            return None
    for other in sorted(names):
        if other.lower() in wanted and os.path.isfile(path.parent / other):
            return path.parent / other
    return None


def _fix_copy_note(path: Path, source: Path) -> str:
    return f"skipped: a copy jdlint fix wrote of {source}, not an advert"


def _walk_leaves_out(path: Path, root: Path, includes: Sequence[GlobSet], names: Sequence[str]) -> bool:
    """Would a folder walk from ``root`` (the project root, else the file's own folder)
    leave out the file ``path`` (absolute)? Yes when a folder on its way is hidden, a
    virtualenv or ``node_modules``, when it is hidden, matches no ``include`` glob, or is
    furniture no include glob ``names``. (Its extension is not asked: pre-commit's ``files``
    pattern chooses the types.)"""
    try:
        folders = path.parent.relative_to(root).parts
        base = root
    except ValueError:
        folders, base = (), path.parent
    here = base
    for part in folders:
        here = here / part
        if _hidden(part) or _tool_folder(here):
            return True
    name = path.name
    if _hidden(name):
        return True
    if includes and not any(g.match(path) for g in includes):
        return True
    return furniture(name) and not (includes and _names_furniture(names, name))


def _names_furniture(globs: Sequence[str], name: str) -> bool:
    """Does one of the ``include`` globs name the furniture file ``name`` (``docs/README.md``,
    ``README*``), not just match it (``*.md``)?"""
    stem = name.split(".", 1)[0].lower()
    return any(stem in g.rsplit("/", 1)[-1].lower() for g in globs)


def collect(paths: Iterable[str], config: Config | None = None, include: Sequence[str] = (),
            exclude: Sequence[str] = (), role: str | None = None, skipped: list[str] | None = None,
            on_skip: Callable[[Path, str], None] | None = None, stdin: bool = True,
            outputs: Sequence[str | os.PathLike[str]] = ()) -> list[Task]:  # fmt: skip
    """The tasks for the command line's ``paths`` (``-`` is standard input).

    Folders are walked in sorted order; hidden files and folders (``.name``), ``__pycache__``
    style folders, Word lock files (``~$name``), virtualenvs (a folder holding a
    ``pyvenv.cfg``, or named ``venv``), ``node_modules`` and the repository's furniture
    (:data:`FURNITURE`: ``README.md``, ``LICENSE.txt``; unless an ``include`` glob names
    it) are skipped, and so is anything a
    ``.jdlintignore`` (in the folder walked, below it, or above it up to the project root)
    or an ``exclude`` glob matches. Files found in folders must have a supported extension
    and, when there are ``include`` globs, match one. A file named on the command line is
    checked whatever its extension, unless an exclude glob or ``.jdlintignore`` matches it
    (so pre-commit, which names files, honours them too). With the config's
    ``force_exclude`` (``--force-exclude``) a file named is left out, silently, when a folder
    walk from the project root would leave it out (:func:`_walk_leaves_out`), and a Word copy
    jdlint wrote is skipped with a note, as in a walk. ``include``/``exclude`` are CLI
    globs relative to the current folder, added to the config's (relative to its folder).

    A file found in a folder whose real path leaves that folder (a symbolic link to
    ``/etc/passwd``, ``/proc/self/environ`` or ``../outside/x.md``) is not read, nor anything
    in ``/proc``, ``/dev`` or ``/sys`` (:mod:`jdlint.fswalk`): it gets no task, and a
    one-line note ``PATH: skipped: ...`` goes to ``skipped`` when given. A file named on the
    command line is read wherever it leads. ``on_skip`` gets each such path and the reason.
    With ``stdin`` false, ``-`` is a file name like any other.

    Nor is a run's own output read: a file in a folder walked that is one of ``outputs``
    (the ``-o`` report, the baseline being written) is left out silently, and named on the
    command line it is skipped with a note. (A report jdlint wrote earlier is known by its
    content when it is read: :mod:`jdlint.ownreport`.)
    """
    from jdlint.fswalk import Walk, skip_note

    own = {os.path.realpath(p) for p in outputs}

    def skip(path: Path, reason: str) -> None:
        if skipped is not None:
            skipped.append(skip_note(path, reason))
        if on_skip is not None:
            on_skip(path, reason)

    def not_advert(path: Path) -> str | None:
        """Why ``path`` is no advert: this run's output."""
        if own and os.path.realpath(path) in own:
            return "skipped: the file this run writes its report to"
        return None

    config = config or Config()
    root = _project_root(config)
    cwd = Path.cwd()
    includes = [g for g in (GlobSet(config.include, config.root), GlobSet(include, cwd)) if g]
    excludes = [g for g in (GlobSet(config.exclude, config.root), GlobSet(exclude, cwd)) if g]
    ignores = _Ignores()

    def excluded(path: Path, is_dir: bool, folders: Sequence[Path]) -> bool:
        return any(g.match(path, is_dir) for g in excludes) or ignores.ignored(path, is_dir, folders)

    def task(path: Path, walked: bool = False) -> Task:
        text = str(path)
        return Task(text, role=role or config.role_for(path), ignores=config.ignores_for(path), walked=walked)

    tasks: list[Task] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == "-" and stdin:
            data = sys.stdin.buffer.read()
            tasks.append(Task("<stdin>", role=role, data=data))
            continue
        path = Path(raw)
        absolute = Path(os.path.abspath(path))
        if not path.exists():
            message = "a broken symbolic link or a symbolic link loop" if os.path.lexists(path) else "no such file or folder"
            tasks.append(Task(raw, error=message))
            continue
        if not path.is_dir():
            if excluded(absolute, False, _ancestors(absolute.parent, root)) or str(absolute) in seen:
                continue
            if config.force_exclude and _walk_leaves_out(absolute, root, includes, (*config.include, *include)):
                continue  # --force-exclude: what a folder walk leaves out (pre-commit names files)
            source = fix_copy_of(path) if config.force_exclude else None
            if source is not None:
                skip(path, _fix_copy_note(path, source))
                continue
            seen.add(str(absolute))
            reason = not_advert(path)
            if reason is not None:
                skip(path, reason)
                continue
            tasks.append(task(path, walked=config.force_exclude))
            continue
        found = unmatched = 0
        walk = Walk(path)
        for folder, dirs, files in os.walk(path, followlinks=False, onerror=None):
            here = Path(folder)
            chain = _ancestors(Path(os.path.abspath(here)), root)
            if chain[-1] != Path(os.path.abspath(here)):
                chain.append(Path(os.path.abspath(here)))
            keep = []
            for d in sorted(dirs):
                full = Path(os.path.abspath(here / d))
                if _hidden(d) or _tool_folder(here / d) or excluded(full, True, chain) or walk.skip_folder(here / d):
                    continue
                keep.append(d)
            dirs[:] = keep
            present = files
            for name in sorted(files):
                if _hidden(name) or Path(name).suffix.lower() not in SUPPORTED:
                    continue
                full = Path(os.path.abspath(here / name))
                if excluded(full, False, chain):
                    continue
                if includes and not any(g.match(full) for g in includes):
                    unmatched += 1
                    continue
                if furniture(name) and not (includes and _names_furniture((*config.include, *include), name)):
                    continue  # README.md, LICENSE.txt: about the repository, not an advert
                if str(full) in seen:
                    continue
                reason = walk.skip_file(here / name)
                if reason is None and own and os.path.realpath(here / name) in own:
                    continue  # this run's own report: not an advert, and no news
                source = fix_copy_of(here / name, present) if reason is None else None
                if source is not None:
                    reason = _fix_copy_note(here / name, source)
                if reason is not None:
                    skip(here / name, reason)
                    continue
                seen.add(str(full))
                tasks.append(task(here / name, walked=True))
                found += 1
        if not found:
            tasks.append(Task(raw, error=f"{NO_ADVERTS}: none of the {unmatched} found there matches the include globs"
                              if unmatched else NO_ADVERTS))  # fmt: skip
    return tasks


def iter_files(paths: Iterable[str | os.PathLike[str]],
               on_skip: Callable[[Path, str], None] | None = None) -> Iterator[Path]:  # fmt: skip
    """The files :func:`collect` finds for ``paths`` (no config: ``.jdlintignore`` files
    still apply), as paths. A path that cannot be checked (missing, say) is yielded as given,
    for the checker to say why; a folder without adverts yields nothing. A file found in a
    folder whose real path leaves it (or lies in ``/proc``, ``/dev``, ``/sys``) is not
    yielded: ``on_skip`` gets its path and a one-line reason (see :mod:`jdlint.fswalk`)."""
    for task in collect([str(p) for p in paths], on_skip=on_skip, stdin=False):
        if not (task.error or "").startswith(NO_ADVERTS):
            yield Path(task.path)


__all__ = ["FURNITURE", "IGNORE_FILE", "NO_ADVERTS", "SUPPORTED", "Task", "collect", "fix_copy_of", "furniture", "iter_files"]
