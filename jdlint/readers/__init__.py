"""Readers: bytes in, :class:`~jdlint.model.Document` out. The type comes from the content.

``read_path`` and ``read_bytes`` are the entry points; each format has its own module with
``read(data: bytes, path: str) -> Document``.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from jdlint.errors import (
    EmptyDocument,
    ReadError,
    TooComplex,
    TooLarge,
    UnsupportedFormat,
    too_large,
)
from jdlint.model import Anchor, Block, Document
from jdlint.supported import WORD_SUFFIXES, suffixes_of

_HTML_SUFFIXES = suffixes_of("html")
_MARKDOWN_SUFFIXES = suffixes_of("markdown")


@dataclass(frozen=True)
class Limits:
    """Bounds on one file: bytes read, seconds of parsing, memory of the parser process,
    characters of text handed to the checks (about 160,000 words; a long advert is 10,000),
    and elements (tags of a Word file's body or an HTML page, lines of text), counted
    before parsing starts: parsing costs time and memory by the element (a Word file of a
    million one-letter paragraphs is 9 MB zipped and took 1.2 GB and 10 s to read); a long
    advert has a few thousand."""

    max_bytes: int = 25 * 1024 * 1024
    timeout: float = 10.0
    memory_mb: int = 1536
    max_chars: int = 1_000_000
    max_elements: int = 200_000


DEFAULT_LIMITS = Limits()


def sniff(data: bytes, name: str = "") -> str:
    """The format of ``data`` from its first bytes; the file name only breaks ties among text."""
    head = data[:2048]
    ext = Path(name).suffix.lower()
    if looks_like_pdf(data, name):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, ext)
    binary = _binary_kind(data)
    if binary:
        raise UnsupportedFormat(f"{binary}, not an advert")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat("an old binary Word (.doc) file or an encrypted Office file: save it as .docx")
    if head.startswith((b"{\\rtf",)):
        raise UnsupportedFormat("an RTF file: save it as .docx")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise UnsupportedFormat("an image: jdlint reads text (OCR it first)")
    if _looks_binary(head):
        raise UnsupportedFormat("binary data, not a document jdlint reads")
    report = _own_report(data)
    if report:
        from jdlint.ownreport import not_advert

        raise UnsupportedFormat(not_advert(report))
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if ext in _HTML_SUFFIXES or lowered.startswith((b"<!doctype html", b"<html")) or (
        lowered.startswith(b"<") and (b"<body" in lowered or b"<p>" in lowered or b"<div" in lowered)
    ):
        return "html"
    if ext in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def looks_like_pdf(data: bytes, name: str = "") -> bool:
    """Is ``data`` a PDF, as :func:`sniff` tells first (nothing raised)?"""
    return data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and Path(name).suffix.lower() == ".pdf")


def _own_report(data: bytes) -> str | None:
    """The format of the jdlint report ``data`` is (an uploaded ``report.html``), or None."""
    from jdlint.ownreport import HEAD, TAIL, kind_of

    return kind_of(data[:HEAD], data[-TAIL:])


def _zip_kind(data: bytes, ext: str) -> str:
    """``docx`` for a zip that holds a Word document's body; any other archive is refused.
    A damaged zip named .docx/.docm goes to the DOCX reader, which says what is wrong."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lower() for name in archive.namelist()}
            mimetype = b""
            info = next((i for i in archive.infolist() if i.filename == "mimetype"), None)
            if info is not None and info.file_size <= 200:  # an OpenDocument file names its type first
                mimetype = archive.read(info).strip()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        if ext in WORD_SUFFIXES:
            return "docx"
        raise UnsupportedFormat("a damaged zip archive, not an advert") from None
    if "word/document.xml" in names or (
        "[content_types].xml" in names and any(name.startswith("word/") for name in names)
    ):
        return "docx"
    raise UnsupportedFormat(_OTHER_ZIPS.get(mimetype) or _other_office(names)
                            or "a zip archive that is not a Word document, not an advert")  # fmt: skip


# Office files that are zips but not Word documents, named so that their owner knows what to do.
_OTHER_ZIPS = {
    b"application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt) file: save it as .docx",
    b"application/vnd.oasis.opendocument.text-template": "an OpenDocument text (.odt) file: save it as .docx",
    b"application/vnd.oasis.opendocument.spreadsheet": "a spreadsheet (.ods), not an advert: save the advert as .docx",
    b"application/vnd.oasis.opendocument.presentation": "a presentation (.odp), not an advert: save the advert as .docx",
    b"application/epub+zip": "an e-book (.epub), not an advert: save the advert as .docx",
}


def _other_office(names: set[str]) -> str | None:
    if "[content_types].xml" not in names:
        return None
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook (.xlsx), not an advert: save the advert as .docx"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint presentation (.pptx), not an advert: save the advert as .docx"
    return None


# Programs and archives by their first bytes (and tar by its "ustar" at byte 257).
_MAGIC = (
    (b"\x7fELF", "an executable program (ELF)"),
    (b"\xfe\xed\xfa\xce", "an executable program (Mach-O)"),
    (b"\xfe\xed\xfa\xcf", "an executable program (Mach-O)"),
    (b"\xce\xfa\xed\xfe", "an executable program (Mach-O)"),
    (b"\xcf\xfa\xed\xfe", "an executable program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "an executable program (Mach-O or Java)"),
    (b"\x00asm", "an executable program (WebAssembly)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"MSCF\x00\x00\x00\x00", "a cabinet archive"),
    (b"SQLite format 3\x00", "a database file"),
)


def _binary_kind(data: bytes) -> str | None:
    """What kind of program or archive ``data`` is, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"BZh") and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if data.startswith(b"MZ") and (b"PE\x00\x00" in data[:4096] or b"This program" in data[:512]):
        return "an executable program (Windows)"
    if data[257:262] == b"ustar":
        return "a tar archive"
    return None


# Every byte but the control characters text has next to none of (below 9, and 14 to 31):
# deleted from a file's head, what is left is those (counted in C, not byte by byte in Python).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return False  # UTF-16 or UTF-32 with a BOM (the text reader decodes it strictly)
    if _utf16_without_bom(head):
        return False
    control = len(head.translate(None, _NOT_CONTROL))
    return control > len(head) * 0.03  # text has next to none; random bytes ~11%


def _utf16_without_bom(head: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: the zero bytes (the high bytes of Latin
    letters) fall on one side of each pair, and the other side has next to none. Binary
    files with many zeros have them on both sides."""
    even, odd = head[0::2], head[1::2]
    if len(even) < 8 or len(odd) < 8:
        return False
    for zeros, letters in ((odd, even), (even, odd)):
        if zeros.count(0) > len(zeros) * 0.8 and letters.count(0) < len(letters) * 0.02:
            return True
    return False


def read_bytes(data: bytes, path: str = "<text>", limits: Limits = DEFAULT_LIMITS, fmt: str | None = None) -> Document:
    """Read one advert from its bytes. Raises :class:`~jdlint.errors.ReadError` subclasses."""
    if len(data) > limits.max_bytes:
        raise too_large(len(data), limits.max_bytes)
    if not data.strip():
        raise EmptyDocument("empty file")
    fmt = fmt or sniff(data, path)
    if fmt == "docx":
        from jdlint.readers import docx

        return _within(docx.read(data, path, limits), limits)
    if fmt == "pdf":
        from jdlint.readers import pdf

        return _within(pdf.read(data, path, limits), limits)
    if fmt == "html":
        from jdlint.readers import html

        check_elements(count_tags(data), limits)
        return _within(html.read(data, path), limits)
    check_elements(count_lines(data), limits, "lines")
    if fmt == "markdown":
        from jdlint.readers import markdown

        return _within(markdown.read(data, path), limits)
    from jdlint.readers import text

    return _within(text.read(data, path), limits)


def count_tags(markup: bytes) -> int:
    """Start (and empty) tags in XML or HTML, counted without parsing: every ``<`` that does
    not open an end tag. Comments and declarations count too: an upper bound."""
    return markup.count(b"<") - markup.count(b"</")


def count_lines(data: bytes) -> int:
    """Lines of text in any common encoding (UTF-16 too: its newline has the byte 10)."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n") + 1


def check_elements(n: int, limits: Limits, what: str = "elements", exact: bool = True) -> None:
    """Refuse a document of more than ``limits.max_elements`` elements (or lines) before it
    is parsed, with :class:`~jdlint.errors.TooComplex`; ``exact``: ``n`` is the whole count
    (else counting stopped at the limit)."""
    if n > limits.max_elements:
        has = f"{n:,} {what}, over the {limits.max_elements:,} limit" if exact else (
            f"more than {limits.max_elements:,} {what}, the limit"
        )
        hint = "give one advert at a time" if what == "lines" else "paste its text instead"  # text is text already
        raise TooComplex(f"the document has {has}: an advert has a few thousand ({hint})")


def _within(document: Document, limits: Limits) -> Document:
    """``document``, unless its text is over ``limits.max_chars`` (the checks' cost grows
    with it: a bound on the text bounds their time and memory), made safe to tokenize."""
    _check_chars(sum(len(block.text) for block in document.blocks), limits)
    return tokenizer_safe(document)


MAX_RUN = 100  # characters without white space; longer runs get a space every MAX_RUN
MAX_BLOCK = 10_000  # characters; a longer block is cut at white space into several
_SPACE = re.compile(r"\s")
# A run of more than MAX_RUN characters without white space (``\s`` is str.split's white space)
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1}}}")
_BROKEN_NOTE = "very long words or paragraphs were broken up to be checked"


def tokenizer_safe(document: Document) -> Document:
    """``document`` with no run of more than :data:`MAX_RUN` characters without white space
    and no block over :data:`MAX_BLOCK` characters (anchors kept in step).

    spaCy's tokenizer takes time quadratic in the length of a run of punctuation (5,000
    "[" take 7 s, 20,000 take 95 s; a run of quotes is worse), and it tokenizes a block
    in one call that no time limit can interrupt. Real adverts have neither: long URLs
    gain a space, which no rule reads."""
    if all(len(b.text) <= MAX_BLOCK and not _long_run(b.text) for b in document.blocks):
        return document
    blocks: list[Block] = []
    for block in document.blocks:
        blocks.extend(_split_block(_break_runs(block)))
    notes = document.notes if _BROKEN_NOTE in document.notes else (*document.notes, _BROKEN_NOTE)
    return dataclasses.replace(document, blocks=tuple(blocks), notes=notes)


def _long_run(text: str) -> bool:
    """Does ``text`` hold a run of more than :data:`MAX_RUN` characters without white space?
    (One scan in C: splitting every block into words to measure them cost 2-3 times as much.)"""
    return len(text) > MAX_RUN and _LONG_RUN.search(text) is not None


def _break_runs(block: Block) -> Block:
    text = block.text
    if not _long_run(text):
        return block
    parts: list[str] = []
    inserted: list[int] = []  # offsets (in the old text) a space was put before
    last = 0
    for run in re.finditer(rf"\S{{{MAX_RUN + 1},}}", text):
        for cut in range(run.start() + MAX_RUN, run.end(), MAX_RUN):
            parts.append(text[last:cut])
            parts.append(" ")
            inserted.append(cut)
            last = cut
    parts.append(text[last:])
    anchors = tuple(Anchor(a.offset + bisect_right(inserted, a.offset), a.location) for a in block.anchors)
    return dataclasses.replace(block, text="".join(parts), anchors=anchors)


def _split_block(block: Block) -> list[Block]:
    text = block.text
    if len(text) <= MAX_BLOCK:
        return [block]
    out: list[Block] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_BLOCK)
        if end < len(text):
            cut = max((m.end() for m in _SPACE.finditer(text, end - MAX_BLOCK // 10, end)), default=end)
            end = cut
        anchors = [Anchor(a.offset - start, a.location) for a in block.anchors if start <= a.offset < end]
        if block.anchors and (not anchors or anchors[0].offset > 0):
            anchors.insert(0, Anchor(0, block.location(start)))
        piece = text[start:end]
        if piece.strip():
            out.append(dataclasses.replace(block, text=piece, anchors=tuple(anchors)))
        start = end
    return out


def _check_chars(n: int, limits: Limits) -> None:
    if n > limits.max_chars:
        raise TooLarge(f"the text is {n:,} characters long, over the {limits.max_chars:,}-character limit")


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def read_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A regular file's bytes within ``limits.max_bytes``; every failure a one-line ReadError.

    FIFOs, sockets and devices are refused without being read (opening a FIFO blocks until
    a writer comes; /dev/zero never ends), and the file is opened non-blocking and checked
    again after opening, so one swapped in meanwhile is refused too."""
    try:
        _regular(os.stat(path).st_mode)
        with open(path, "rb", opener=_open_nonblocking) as handle:
            info = os.fstat(handle.fileno())
            _regular(info.st_mode)
            if info.st_size > limits.max_bytes:
                raise too_large(info.st_size, limits.max_bytes)
            return handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        broken = os.path.lexists(path)
        raise ReadError("a broken symbolic link" if broken else "no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("a symbolic link loop (too many levels of symbolic links)") from None
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))


def _regular(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ReadError("is a directory")
    for test, what in _NOT_REGULAR:
        if test(mode):
            raise ReadError(f"not a regular file: {what}")


def read_path(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one file from disk, within ``limits``."""
    return read_bytes(read_file(path, limits), str(path), limits)


def read_text(text: str, path: str = "<text>", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read pasted text (Markdown when it looks like Markdown), up to ``limits.max_chars``."""
    from jdlint.readers import markdown
    from jdlint.readers import text as plain

    _check_chars(len(text), limits)
    check_elements(text.count("\n") + text.count("\r") - text.count("\r\n") + 1, limits, "lines")
    if markdown.looks_like_markdown(text):
        return tokenizer_safe(markdown.read_markdown(text, path))
    return tokenizer_safe(plain.read_text(text, path))
