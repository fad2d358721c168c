"""The public entry points: check a path, bytes or text and get a Report.

Each goes through :func:`jdlint.pipeline.check_source`, as the CLI, the batch and Dask
workers and the web service do, so an advert gets the same report whichever door it comes
in by: inline suppressions (``<!-- jdlint: ignore[LA001] -->``) applied, reading errors
turned into a Report with ``error`` set (a batch goes on). Each call reads and checks
within ``limits`` (:class:`~jdlint.readers.Limits`): size, characters of text, memory of
the PDF parser, and ``timeout`` seconds for reading and checking together, in whichever
thread calls (:func:`jdlint.sandbox.within`). What spaCy learns from an advert (new
words) is forgotten after it (:func:`~jdlint.pipeline.vocabulary_zone`).
"""

from __future__ import annotations

import os

from jdlint.discover import SUPPORTED as SUPPORTED_EXTENSIONS  # what iter_files finds
from jdlint.discover import iter_files
from jdlint.engine import Engine
from jdlint.model import Report
from jdlint.pipeline import Source, check_source, vocabulary_zone
from jdlint.readers import DEFAULT_LIMITS, Limits


def check_path(path: str | os.PathLike[str], *, role: str | None = None, limits: Limits = DEFAULT_LIMITS,
               engine: Engine | None = None) -> Report:  # fmt: skip
    """Read and check one file."""
    return check_source(Source.of_path(path, role=role), engine, limits).report


def check_bytes(data: bytes, name: str = "<upload>", *, role: str | None = None,
                limits: Limits = DEFAULT_LIMITS, engine: Engine | None = None) -> Report:  # fmt: skip
    """Check an uploaded file's bytes (the type is sniffed from the content)."""
    return check_source(Source.of_bytes(data, name, role=role), engine, limits).report


def check_text(text: str, name: str = "<text>", *, role: str | None = None, engine: Engine | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Report:  # fmt: skip
    """Check pasted text."""
    return check_source(Source.of_text(text, name, role=role), engine, limits).report


__all__ = ["SUPPORTED_EXTENSIONS", "check_bytes", "check_path", "check_text", "iter_files", "vocabulary_zone"]
