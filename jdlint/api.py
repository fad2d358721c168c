"""The public entry points: check a path, bytes or text and get a Report.

Reading errors never escape: they become a Report with ``error`` set, so a batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from jdlint.engine import Engine, default_engine
from jdlint.errors import JdlintError, ReadError
from jdlint.model import Report
from jdlint.readers import DEFAULT_LIMITS, EXTENSIONS, Limits, read_bytes, read_path, read_text

SUPPORTED_EXTENSIONS = frozenset(EXTENSIONS)


def _guard(path: str, work) -> Report:
    try:
        return work()
    except ReadError as exc:
        return Report(path=path, error=str(exc) or type(exc).__name__)
    except JdlintError as exc:
        return Report(path=path, error=str(exc))
    except RecursionError:
        return Report(path=path, error="the document is nested too deeply to read")
    except MemoryError:
        return Report(path=path, error="reading needed more memory than allowed")
    except Exception as exc:  # a bug must not stop a batch; report it in one line
        return Report(path=path, error=f"internal error ({type(exc).__name__}): {str(exc)[:200]}")


def check_path(path: str | os.PathLike[str], *, role: str | None = None, limits: Limits = DEFAULT_LIMITS,
               engine: Engine | None = None) -> Report:  # fmt: skip
    """Read and check one file."""
    eng = engine or default_engine()
    return _guard(str(path), lambda: eng.check(read_path(path, limits), role=role))


def check_bytes(data: bytes, name: str = "<upload>", *, role: str | None = None,
                limits: Limits = DEFAULT_LIMITS, engine: Engine | None = None) -> Report:  # fmt: skip
    """Check an uploaded file's bytes (the type is sniffed from the content)."""
    eng = engine or default_engine()
    return _guard(name, lambda: eng.check(read_bytes(data, name, limits), role=role))


def check_text(text: str, name: str = "<text>", *, role: str | None = None, engine: Engine | None = None) -> Report:
    """Check pasted text."""
    eng = engine or default_engine()
    return _guard(name, lambda: eng.check(read_text(text, name), role=role))


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files to check: explicit files as given, folders walked recursively (sorted) for
    supported extensions, hidden files and folders skipped, symlink loops not followed."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            for name in sorted(files):
                if name.startswith((".", "~$")):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_EXTENSIONS:
                    yield Path(root) / name
