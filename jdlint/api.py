"""The public entry points: check a path, bytes or text and get a Report.

Reading errors never escape: they become a Report with ``error`` set, so a batch goes on.
Each call reads and checks within ``limits`` (:class:`~jdlint.readers.Limits`): size,
characters of text, memory of the PDF parser, and ``timeout`` seconds for reading and
checking together, in whichever thread calls (:func:`jdlint.sandbox.within`). What
spaCy learns from an advert (new words) is forgotten after it (:func:`vocabulary_zone`).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from jdlint.engine import Engine, default_engine
from jdlint.errors import JdlintError, ReadError
from jdlint.model import Document, Report
from jdlint.readers import DEFAULT_LIMITS, Limits, read_bytes, read_path, read_text
from jdlint.sandbox import within
from jdlint.supported import SUFFIXES

SUPPORTED_EXTENSIONS = frozenset(SUFFIXES)


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


_ZONE = threading.Lock()


@contextlib.contextmanager
def vocabulary_zone() -> Iterator[None]:
    """Free what spaCy adds to its vocabulary inside the block (spaCy's memory zones).

    spaCy keeps every new word it meets (a lexeme and its string, about 1 KB each), so a
    long-running process that checks adverts grows without end: 2,000 checks of 200 new
    words each held 440 MB more. Inside a zone those are freed when the block ends. No
    spaCy object made inside may be used after it (a Report holds none). Zones must not
    overlap, so blocks in different threads take turns (the checks hold the GIL anyway).
    Keep time limits inside the block, so no exception lands while the zone is closing.
    On the way out, pyphen's memo of hyphenated words is emptied when it is big."""
    from jdlint.nlp import pipeline

    nlp = pipeline()
    zone = getattr(nlp, "memory_zone", None)
    try:
        if zone is None:  # spaCy before 3.8
            yield
        elif len(nlp.vocab.strings) < VOCABULARY_BUDGET:
            with _ZONE:  # still learning: what this advert adds stays (see VOCABULARY_BUDGET)
                yield
        else:
            with _ZONE, zone():
                yield
    finally:
        _forget_hyphenations()


# Strings spaCy may keep for good before checks run in memory zones (about 1 KB each, so
# at most ~20 MB). A word spaCy already knows is cheap; a new one costs a lexeme and a trip
# through the tokenizer's rules every time it is met in a zone: a 1,000-word advert checks
# 3-5x faster when its words are known. So a process keeps what the first adverts teach it
# (mostly the everyday words of adverts) up to this budget, and forgets what comes after.
VOCABULARY_BUDGET = 20_000


PYPHEN_MEMO = 20_000  # words; pyphen (textstat's syllable counter) remembers every word


def _forget_hyphenations() -> None:
    """Empty pyphen's per-dictionary memo of hyphenated words once it is over PYPHEN_MEMO
    words: it never forgets one (0.4 KB each), the second way memory grows with new words."""
    import sys

    pyphen = sys.modules.get("pyphen")
    for hyph in getattr(pyphen, "hdcache", {}).values():
        memo = getattr(hyph, "cache", None)
        if isinstance(memo, dict) and len(memo) > PYPHEN_MEMO:
            memo.clear()


def _limited(limits: Limits, read: Callable[[], Document], check: Callable[[Document], Report]):
    """Read, then check in a vocabulary zone, within ``limits.timeout`` seconds in all."""

    def run() -> Report:
        started = time.monotonic()
        message = f"checking took longer than {limits.timeout:g} s"
        document = within(limits.timeout, read, message)
        left = max(limits.timeout - (time.monotonic() - started), 0.001) if limits.timeout else None
        with vocabulary_zone():
            return within(left, lambda: check(document), message)

    return run


def check_path(path: str | os.PathLike[str], *, role: str | None = None, limits: Limits = DEFAULT_LIMITS,
               engine: Engine | None = None) -> Report:  # fmt: skip
    """Read and check one file."""
    eng = engine or default_engine()
    return _guard(str(path), _limited(limits, lambda: read_path(path, limits), lambda d: eng.check(d, role=role)))


def check_bytes(data: bytes, name: str = "<upload>", *, role: str | None = None,
                limits: Limits = DEFAULT_LIMITS, engine: Engine | None = None) -> Report:  # fmt: skip
    """Check an uploaded file's bytes (the type is sniffed from the content)."""
    eng = engine or default_engine()
    return _guard(name, _limited(limits, lambda: read_bytes(data, name, limits), lambda d: eng.check(d, role=role)))


def check_text(text: str, name: str = "<text>", *, role: str | None = None, engine: Engine | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Report:  # fmt: skip
    """Check pasted text."""
    eng = engine or default_engine()
    return _guard(name, _limited(limits, lambda: read_text(text, name, limits), lambda d: eng.check(d, role=role)))


def iter_files(paths: Iterable[str | os.PathLike[str]],
               on_skip: Callable[[Path, str], None] | None = None) -> Iterator[Path]:  # fmt: skip
    """Files to check: explicit files as given, folders walked recursively (sorted) for
    supported extensions, hidden files and folders skipped, links to folders not followed.
    A file whose real path leaves the folder walked (a symbolic link to ``/etc/passwd`` or
    ``../x.md``), or lies in ``/proc``, ``/dev`` or ``/sys``, is not yielded: ``on_skip``
    gets its path and a one-line reason (see :mod:`jdlint.fswalk`)."""
    from jdlint.fswalk import Walk

    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        walk = Walk(path)
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")) and not walk.skip_folder(Path(root) / d))
            for name in sorted(files):
                if name.startswith((".", "~$")):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_EXTENSIONS:
                    reason = walk.skip_file(Path(root) / name)
                    if reason is None:
                        yield Path(root) / name
                    elif on_skip is not None:
                        on_skip(Path(root) / name, reason)
