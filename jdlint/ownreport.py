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

The Word copies ``jdlint annotate`` and ``jdlint fix`` write carry ``jdlint annotate`` or
``jdlint fix`` as their core properties' last author (:func:`mark_word_copy`); a folder walk
skips them with a note (:func:`word_copy_kind`, :func:`not_word_copy`), a path named on the
command line is checked.
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


# -- the Word copies jdlint writes ------------------------------------------------------------
#
# ``jdlint annotate`` (x.annotated.docx) and ``jdlint fix`` (x.fixed.docx) write Word copies
# beside the adverts; the next ``jdlint check .`` must not judge them as more adverts. Each
# copy's core properties say who saved it last: ``cp:lastModifiedBy`` is ``jdlint annotate``
# or ``jdlint fix``. Word and LibreOffice put the person's name there when they save, so a
# copy someone edited and saved is their advert again.

_CORE = "docProps/core.xml"
_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_COPY_MARK = re.compile(rb"<(?:[\w.-]+:)?lastModifiedBy>\s*jdlint (annotate|fix)\s*</")
_MAX_CORE = 256 * 1024


def word_copy_kind(data: bytes) -> str | None:
    """``"annotate"`` or ``"fix"`` when ``data`` is a Word copy that command wrote (and
    nobody saved since), else None. Reads only the package's core properties."""
    import io
    import zipfile

    if not data.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(_CORE)
            if info.file_size > _MAX_CORE:
                return None
            core = archive.read(info)
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        return None
    found = _COPY_MARK.search(core)
    return found.group(1).decode() if found else None


def mark_word_copy(data: bytes, command: str) -> bytes:
    """The Word package ``data`` with ``cp:lastModifiedBy`` set to ``jdlint COMMAND`` (the
    core properties part added when the package has none). Everything else is kept, byte
    for byte and date for date; a package that cannot be read is returned as it is."""
    import io
    import zipfile

    from lxml import etree

    from jdlint.ooxml import add_override, add_relationship

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        names = set(zin.namelist())
        changed: dict[str, bytes] = {}
        if _CORE in names:
            root = etree.fromstring(zin.read(_CORE), parser)
        else:
            root = etree.Element(f"{{{_CP}}}coreProperties", nsmap={"cp": _CP})
            rels = etree.fromstring(zin.read("_rels/.rels"), parser)
            add_relationship(rels, _CORE_REL, _CORE, prefix="rIdCore")
            changed["_rels/.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
            types = etree.fromstring(zin.read("[Content_Types].xml"), parser)
            add_override(types, _CORE, _CORE_CT)
            changed["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
        by = root.find(f"{{{_CP}}}lastModifiedBy")
        if by is None:
            by = etree.SubElement(root, f"{{{_CP}}}lastModifiedBy")
        by.text = f"jdlint {command}"
        changed[_CORE] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            stamp = (2026, 1, 1, 0, 0, 0)
            for info in zin.infolist():
                stamp = info.date_time
                zout.writestr(info, changed.pop(info.filename, None) or zin.read(info.filename))
            for name, payload in changed.items():  # a new core properties part
                member = zipfile.ZipInfo(name, date_time=stamp)
                member.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(member, payload)
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError,
            etree.XMLSyntaxError):  # fmt: skip
        return data
    return out.getvalue()


def not_word_copy(command: str) -> str:
    """The one-line note for a Word copy found in a folder: ``a Word copy jdlint fix wrote,
    not an advert``."""
    return f"a Word copy jdlint {command} wrote, not an advert"


def not_advert(kind: str) -> str:
    """The reader's one-line error for a report: ``a jdlint HTML report, not an advert``."""
    return f"a jdlint {kind} report, not an advert"


_NOT_ADVERT = re.compile(r"a jdlint [A-Za-z]+ report, not an advert|a Word copy jdlint (?:annotate|fix) wrote, not an advert")


def is_own_report(error: str | None) -> bool:
    """Is ``error`` the reader's refusal of a jdlint report? A file found or named that
    gets it is skipped with a note (``PATH: skipped: a jdlint HTML report, not an
    advert``), not counted as a failure."""
    return bool(error) and _NOT_ADVERT.fullmatch(error) is not None  # type: ignore[arg-type]


__all__ = ["is_own_report", "kind_of", "mark_word_copy", "not_advert", "not_word_copy", "overwrites_input", "report_kind", "word_copy_kind", "write_whole"]
