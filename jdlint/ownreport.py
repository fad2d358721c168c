"""Recognising a report jdlint wrote, so that it is never checked as an advert.

``jdlint check -o report.html adverts/`` writes into the folder it checks; the next run
would find ``report.html`` and judge jdlint's own report as a peer support advert. Each
report format carries a marker of its writer: the HTML report's ``<meta name="generator"
content="jdlint ...">``, the JSON report's ``"tool": {"name": "jdlint"``, SARIF's driver
``"name": "jdlint"``, JUnit's ``<testsuites name="jdlint"``, the CSV report's header row,
the github format's ``::error file=...,title=RULE name::`` lines and the text report's last
line (``Checked 3 files: 2 must fix, 5 should fix, 1 to consider.``). :func:`kind_of`
reads them in a file's first and last few kilobytes. The reader calls it on the bytes it
has read (:func:`jdlint.readers.sniff`), so it costs no extra read, and refuses a report in
one line (:func:`not_advert`); the command line turns that refusal, for a file found or
named, into a note that the file was skipped (:func:`is_own_report`). :func:`report_kind`
reads a regular file's head and tail (never a FIFO or a device), for ``-o``'s guard.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterable

HEAD = 8192
TAIL = 1024

_HEAD_MARKERS: tuple[tuple[str, re.Pattern[bytes]], ...] = (
    ("HTML", re.compile(rb"""<meta\s+name=["']generator["']\s+content=["']jdlint[ "']""", re.I)),
    ("SARIF", re.compile(rb'\A\s*\{\s*"\$schema"\s*:\s*"[^"]*sarif[^"]*"[\s\S]*"driver"\s*:\s*\{\s*"name"\s*:\s*"jdlint"')),
    ("JSON", re.compile(rb'\A\s*\{\s*"version"\s*:\s*"[^"]*"\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"jdlint"')),
    ("JUnit", re.compile(rb'\A\s*(?:<\?xml[^>]*\?>\s*)?<testsuites\s+name="jdlint"')),
    ("CSV", re.compile(rb"\Apath,format,role,lived-experience-essential,peer-principles,peer-panel,adjacent-professions,")),
    ("github", re.compile(rb"\A::(?:error|warning|notice) file=[^\n]*,title=[A-Z]{2,4}\d{3} [a-z0-9-]+::")),
)
_TEXT_LAST = re.compile(
    rb"(?:\A|\n)Checked \d+ files?: \d+ must fix, \d+ should fix, \d+ to consider\."
    rb"(?: \d+ files? could not be checked\.)?\s*\Z"
)


def kind_of(head: bytes, tail: bytes) -> str | None:
    """Which jdlint report format begins with ``head`` and ends with ``tail`` (a file's
    first :data:`HEAD` and last :data:`TAIL` bytes, or all of a small file twice), or None."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    for name, marker in _HEAD_MARKERS:
        if marker.search(head):
            return name
    if _TEXT_LAST.search(tail):
        return "text"
    return None


def report_kind(path: str | os.PathLike[str]) -> str | None:
    """The format of the jdlint report at ``path``, or None when it is not one (or is not a
    regular file, or cannot be read: its reader will say why)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as f:
            head = f.read(HEAD)
            size = f.seek(0, os.SEEK_END)
            if size <= HEAD:
                tail = head[-TAIL:]
            else:
                f.seek(max(size - TAIL, 0))
                tail = f.read(TAIL)
    except OSError:
        return None
    return kind_of(head, tail)


def overwrites_input(output: str | os.PathLike[str], paths: Iterable[str]) -> bool:
    """Would writing a report to ``output`` replace an advert this run checks? True when
    ``output`` is a non-empty file that is no jdlint report and is one of ``paths`` or a
    file with an advert's extension below one of the folders in ``paths``."""
    from jdlint.supported import EXTENSIONS

    real = os.path.realpath(output)
    try:
        if not os.path.isfile(real) or os.path.getsize(real) == 0 or report_kind(real):
            return False
    except OSError:
        return False
    for path in paths:
        if path == "-":
            continue
        root = os.path.realpath(path)
        if real == root:
            return True
        if os.path.isdir(root) and real.startswith(root.rstrip(os.sep) + os.sep):
            return os.path.splitext(real)[1].lower() in EXTENSIONS
    return False


def write_whole(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: into a temporary file beside it, then
    renamed over it, so a full disk or an interruption never leaves half a report (the old
    file stays as it was). Raises :class:`OSError`."""
    import tempfile

    target = os.path.abspath(path)
    folder = os.path.dirname(target)
    if os.path.exists(target) and not os.access(target, os.W_OK):  # a read-only file stays so
        raise PermissionError(13, "Permission denied", str(path))
    fd, temp = tempfile.mkstemp(prefix=".jdlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        try:
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))
        except FileNotFoundError:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def not_advert(kind: str) -> str:
    """The reader's one-line error for a report: ``a jdlint HTML report, not an advert``."""
    return f"a jdlint {kind} report, not an advert"


_NOT_ADVERT = re.compile(r"a jdlint [A-Za-z]+ report, not an advert")


def is_own_report(error: str | None) -> bool:
    """Is ``error`` the reader's refusal of a jdlint report? A file found or named that
    gets it is skipped with a note (``PATH: skipped: a jdlint HTML report, not an
    advert``), not counted as a failure."""
    return bool(error) and _NOT_ADVERT.fullmatch(error) is not None  # type: ignore[arg-type]


__all__ = ["is_own_report", "kind_of", "not_advert", "overwrites_input", "report_kind", "write_whole"]
