"""A safe import path for the processes jdlint starts: nothing is imported from the current
folder (issue 13).

Python puts the current folder first on ``sys.path`` when it runs ``python -c ...``, which is
how multiprocessing starts its fork server, its ``spawn`` workers and its resource tracker,
and how Dask's nannies start their workers. Run from a folder that holds a ``spacy.py``, a
``docx.py`` or a ``jdlint/`` package (a pull request can add one), those processes would
import it instead of the real one: its code runs, and from the root of a jdlint checkout
with a normal (non-editable) install the workers imported the checkout's ``jdlint/`` and
failed with "No module named 'jdlint.rules'".

* :func:`safe_interpreters` sets ``PYTHONSAFEPATH=1`` (Python 3.11+; what ``python -P``
  does) while jdlint starts interpreters, so they never put the current folder on
  ``sys.path``, before any import; it is inherited by whatever those start in turn.
* :func:`strip_current_folder` takes ``''`` and the current folder off ``sys.path`` in a
  process jdlint forked (the PDF reader's child), before it imports anything more.

Neither removes the folder jdlint itself was imported from (a source checkout run with
``python -m jdlint``): that code runs already.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

SAFE_PATH_ENV = "PYTHONSAFEPATH"


@contextlib.contextmanager
def safe_interpreters() -> Iterator[None]:
    """While inside, Python interpreters started from this process (and their children)
    leave the current folder off ``sys.path``. The variable is restored on the way out."""
    previous = os.environ.get(SAFE_PATH_ENV)
    os.environ[SAFE_PATH_ENV] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(SAFE_PATH_ENV, None)
        else:
            os.environ[SAFE_PATH_ENV] = previous


def _own_folder() -> str | None:
    """The folder the running jdlint package was imported from (its parent folder)."""
    package = sys.modules.get("jdlint")
    where = getattr(package, "__file__", None)
    return os.path.dirname(os.path.dirname(os.path.abspath(where))) if where else None


def strip_current_folder(path: list[str] | None = None) -> list[str]:
    """Remove ``''``, ``'.'`` and the current folder from ``path`` (default ``sys.path``),
    in place, unless it is where jdlint itself comes from; returns the entries removed."""
    path = sys.path if path is None else path
    try:
        cwd = os.path.realpath(os.getcwd())
    except OSError:  # the current folder was removed
        cwd = None
    own = _own_folder()
    keep = os.path.realpath(own) if own else None
    removed = []
    for entry in list(path):
        if entry in ("", "."):
            here = cwd
        else:
            try:
                here = os.path.realpath(entry)
            except (OSError, ValueError):
                continue
            if here != cwd:
                continue
        if here is not None and here == keep:
            continue
        path.remove(entry)
        removed.append(entry)
    return removed


__all__ = ["SAFE_PATH_ENV", "safe_interpreters", "strip_current_folder"]
