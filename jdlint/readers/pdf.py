"""PDF: text from pypdfium2 on every page, ruled tables from pdfplumber where a page may hold one.

Parsing runs in a forked child (:func:`jdlint.sandbox.run_limited`: a reader process kept
for many files) within the file's time and memory limits. How a document is read:

1. pypdfium2 gives each page's text line by line; for each line the reader asks pdfium for
   the first and last character boxes, the baseline, font size and weight (a few calls per
   line, not per character).
2. A cheap table signal from the page's path objects: a page is a table candidate when its
   ruled lines and rectangle sides sit at >= 3 distinct heights and >= 3 distinct x positions.
3. On candidate pages the horizontal and vertical segments of pdfium's path objects become
   pdfplumber edges and pdfplumber's ``TableFinder`` (the engine behind ``find_tables``:
   snapping, joining, intersections, cells, tables) turns them into tables, about 1 ms a
   page. pdfplumber's own page parse (pdfminer, about 100 ms a page) is skipped: it is the
   fallback when reading the paths fails, run on a copy of the page without its text so
   pdfminer interprets only the drawing (``parse(..., tables="pdfplumber")``; the tests
   check both routes agree). Cell text comes from pypdfium2 inside each cell box; loose
   lines inside a table's box are dropped.
3b. Tables without ruling lines (a Word table with its borders removed, printed to PDF), whose
   rows pdfium runs into one line each: only on a page with a line of level names alone
   ("Criteria  Essential  Desirable") are character boxes read, to split that line and the
   lines under it at column gaps (:func:`_aligned_tables`); each cell then has its column's
   level as in a ruled table.
4. Lines repeated at the top or bottom of most pages, and page numbers, are page furniture:
   the first copy of a repeated line is kept as one ``header``/``footer`` block.
5. The other lines become headings (bigger or bold type, or the plain-text heading rules of
   :func:`~jdlint.readers.base.pseudo_heading`), list items and paragraphs; hard-wrapped
   lines are rejoined from line spacing, the right margin and the plain-text reader's
   continuation rule. Every anchor carries ``page``; table cells also ``table/row/col``.
"""

from __future__ import annotations

import ctypes
import dataclasses
import io
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pdfplumber  # imported here, in the parent, so forked children do not import it again
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder

from jdlint.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ReadError,
    ScannedDocument,
    TooLarge,
    too_large,
)
from jdlint.model import Anchor, Block, Document, Location
from jdlint.nlp import line_end_hyphen_is_real
from jdlint.readers import DEFAULT_LIMITS, Limits
from jdlint.readers.base import (
    DocumentBuilder,
    at,
    bullet_prefix,
    ends_on_open_word,
    label_prefix,
    lead_in,
    pseudo_heading,
)
from jdlint.readers.text import continues_sentence as text_continues
from jdlint.readers.text import section_phrase
from jdlint.sandbox import one_line, run_limited

MAX_PAGES = 2000
MAX_PATHS = 5000  # more drawing objects than this on a page: a figure, not a table
_BANDS = 0.15  # top and bottom share of the page where running headers and footers sit

_PAGE_NUMBER = re.compile(  # "3", "- 3 -", "Page 3", "Page 3 of 7", "3/7"
    r"^(?:[-–—]\s*)?(?:(?:page|p\.|pg\.?)\s*\d{1,4}|\d{1,3})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_ROMAN_PAGE = re.compile(r"^[ivxlc]{1,7}$")  # front matter: "ii", "xiv"
# Characters to rewrite on every line: symbol-font bullets, ligatures, soft hyphens, NULs.
_SPECIALS = str.maketrans(
    {
        **dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\u25aa\u25cf\u2219", "•"),
        **{"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"},
        **dict.fromkeys("\x00\x02\xad", None),
        "\ufffe": "-",  # pdfium's mark for a hyphen at a line end: see _lines
        "\xa0": " ",
    }
)
_SUB_BULLET = re.compile(r"^o\s+(?=\S)")
_HYPHEN_MARK = re.compile("(\\w*)\ufffe\\s*(\\S*)")
# Section names that head a whole part of an advert: a plain-text one is a sibling of the
# headings set in heading type, not a sub-heading (the DOCX reader uses the same idea).
_MAJOR = re.compile(
    r"""^(?:
        job\s+(?:summary|description|purpose|overview|details|role)|about\s+(?:the|this|us|you|our)\b.*|
        (?:main|key|core|principal)\s+(?:duties|responsibilities|tasks|functions|purpose).*|
        duties(?:\s+and\s+responsibilities)?|responsibilities|person(?:al)?\s+specification|
        selection\s+criteria|benefits.*|what\s+we\s+offer.*|how\s+to\s+apply.*|interview.*|
        (?:selection|recruitment)\s+process|the\s+role|role\s+(?:purpose|summary|description)|
        purpose\s+of\s+the\s+(?:post|role|job)|position\s+(?:summary|overview|description)|
        summary|overview|background.*|who\s+we\s+are.*|what\s+you.*|who\s+you\s+are|
        what\s+we.*|working\s+for\s+us|contact.*|additional\s+information|further\s+information|
        closing\s+date.*|terms\s+and\s+conditions
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LINE = re.compile("[^\r\n\ufffe]+")  # U+FFFE: pdfium's mark for a hyphen at a line end
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A list item's end, and the words that carry a wrapped item on and never begin one of their own
# (see _Assembler._bullet_runs_on)
_ITEM_END = (".", "!", "?", ":", ";", ",")
_RUNS_ON_WORD = re.compile(r"(?:of|and|or|nor|than|from|by|whom|whose|which)\b")
_LIST_JOINER = re.compile(r"[;,]\s*(?:and|or|and/or|&)$", re.I)  # "...; or" between two items of a list


@dataclass(slots=True)
class _Line:
    """One text line of a page. Coordinates are PDF units, y grows upwards."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float
    bold: bool
    hyphen: bool = False  # ended in a soft hyphen: join the next line without a space
    first: int = -1  # pdfium's indices of its first and last characters
    last: int = -1


@dataclass(slots=True)
class _Table:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[list[str | None]]

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass(slots=True)
class _Page:
    number: int  # 1-based
    bbox: tuple[float, float, float, float]  # left, bottom, right, top
    lines: list[_Line] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    chars: int = 0
    images: bool = False
    grid: bool = False  # drawing that may be a ruled table
    busy: bool = False  # too many drawing objects to look for tables
    retry: bool = False  # reading the ruling lines failed: try pdfplumber's own table finder


# -- entry points ---------------------------------------------------------------------------


def read(data: bytes, path: str = "<pdf>", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a PDF advert in a sandboxed child process within ``limits``."""
    if len(data) > limits.max_bytes:
        raise too_large(len(data), limits.max_bytes)
    if b"%PDF-" not in data[:1024]:
        raise CorruptDocument("not a valid PDF: no %PDF header")
    return run_limited(parse, data, path, timeout=limits.timeout, memory_mb=limits.memory_mb)


def parse(data: bytes, path: str = "<pdf>", tables: str = "edges") -> Document:
    """Read a PDF in this process (no limits). Every failure is a one-line ReadError.

    ``tables`` picks the table finder: ``"edges"`` (pdfplumber's TableFinder on the ruling
    lines pdfium reports, the default), ``"pdfplumber"`` (pdfplumber's ``find_tables`` on a
    text-free copy of the page) or ``"none"``.
    """
    try:
        return _parse(data, path, tables)
    except (ReadError, MemoryError):
        raise
    except Exception as exc:
        raise CorruptDocument(one_line(f"not a valid PDF: {exc or type(exc).__name__}")) from None


def _parse(data: bytes, path: str, tables: str = "edges") -> Document:
    pdf = _open(data)
    try:
        count = len(pdf)
        if count == 0:
            raise EmptyDocument("the PDF has no pages")
        if count > MAX_PAGES:
            raise TooLarge(f"the PDF has {count:,} pages, over the {MAX_PAGES:,}-page limit")
        notes: list[str] = []
        pages: list[_Page] = []
        unreadable: list[int] = []
        for index in range(count):
            try:
                pages.append(_read_page(pdf, index, tables == "edges", tables != "none"))
            except pdfium.PdfiumError:
                unreadable.append(index + 1)
        if not pages:
            raise CorruptDocument("not a valid PDF: no page can be read")
        if unreadable:
            notes.append(f"{_pages_text(unreadable)} could not be read")
        if not any(page.chars for page in pages):
            raise ScannedDocument("no text layer (a scanned PDF?): OCR it first")
        blank = [p.number for p in pages if not p.chars and p.images]
        if blank:
            notes.append(f"{_pages_text(blank)} have no text layer (scanned?) and were not checked")
        busy = [p.number for p in pages if p.busy]
        if busy:
            notes.append(f"{_pages_text(busy)}: too many drawing objects to look for tables")
        if b"%%EOF" not in data[-2048:]:
            notes.append(
                "the PDF looks truncated (no end-of-file marker): some text may be missing"
            )
        if tables != "none":
            retry = [p for p in pages if p.grid and p.chars and (tables != "edges" or p.retry)]
            if retry and not _plumber_fill(pdf, retry):
                notes.append("tables could not be detected; table text is read as paragraphs")
        info_title = _info_title(pdf)
    finally:
        pdf.close()
    document = _Assembler(path, pages, notes).build()
    if info_title:
        document = dataclasses.replace(document, title_sources=(("PDF title", info_title),))
    return document


def _info_title(pdf: pdfium.PdfDocument) -> str | None:
    """The information dictionary's Title, unless it is a file name ("Microsoft Word - jd.docx")."""
    try:
        title = pdf.get_metadata_dict().get("Title") or ""
    except Exception:
        return None
    title = " ".join(title.split())
    if not title or re.search(r"\.(docx?|pdf|odt|rtf|txt)\b|^microsoft word\b|^untitled", title, re.I):
        return None
    return title[:200]


def _plumber_fill(pdf: pdfium.PdfDocument, pages: list[_Page]) -> bool:
    """Find tables on ``pages`` with pdfplumber's own find_tables; False when that fails."""
    try:
        found = _plumber_tables(pdf, [p.number - 1 for p in pages])
        for page, tables in zip(pages, found, strict=True):
            if not tables:
                continue
            pdf_page = pdf[page.number - 1]
            textpage = pdf_page.get_textpage()
            try:
                _fill_tables(page, textpage, tables)
            finally:
                textpage.close()
                pdf_page.close()
    except Exception:
        return False
    return True


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument("the PDF is password-protected") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument("the PDF uses an encryption jdlint cannot open") from None
        reason = {
            pdfium_c.FPDF_ERR_FORMAT: "the file is damaged or truncated",
            pdfium_c.FPDF_ERR_PAGE: "a page cannot be read",
        }.get(code, "the file cannot be opened")
        raise CorruptDocument(f"not a valid PDF: {reason}") from None


def _pages_text(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10]) + (", ..." if len(numbers) > 10 else "")
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}"


# -- one page: lines and the drawing signal ---------------------------------------------------


def _read_page(
    pdf: pdfium.PdfDocument, index: int, find_tables: bool = True, aligned: bool = True
) -> _Page:
    page = pdf[index]
    try:
        bbox = tuple(page.get_bbox())
        result = _Page(number=index + 1, bbox=bbox)  # type: ignore[arg-type]
        result.grid, result.images, result.busy = _drawing(page)
        textpage = page.get_textpage()
        try:
            result.lines, result.chars = _lines(textpage)
            if find_tables and result.grid and result.chars:
                try:
                    found = _edge_tables(page, result.bbox)
                except Exception:
                    result.retry = True  # pdfplumber's own route gets a go later
                else:
                    _fill_tables(result, textpage, found)
            if aligned and result.chars and (find_tables or not result.grid) and not result.retry:
                _aligned_tables(result, textpage)
        finally:
            textpage.close()
    finally:
        page.close()
    return result


def _drawing(page: pdfium.PdfPage) -> tuple[bool, bool, bool]:
    """``(may hold a ruled table, has images, too many paths)`` from the page objects."""
    heights: set[int] = set()
    columns: set[int] = set()
    images = False
    paths = 0
    big_path = False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    for obj, kind in _objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images = True
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        paths += 1
        if paths > MAX_PATHS:
            return False, images, True
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if height <= 3 and width >= 6:
            heights.add(round((y0 + y1) / 4))
        elif width <= 3 and height >= 6:
            columns.add(round((x0 + x1) / 4))
        elif width >= 6 and height >= 6:
            heights.update((round(y0 / 2), round(y1 / 2)))
            columns.update((round(x0 / 2), round(x1 / 2)))
            if width >= 100 and height >= 30 and pdfium_c.FPDFPath_CountSegments(obj) >= 12:
                big_path = True  # a whole grid drawn as one path
    grid = big_path or (len(heights) >= 3 and len(columns) >= 3)
    return grid, images, False


def _children(parent: object, is_form: bool) -> Iterator[tuple[object, int]]:
    """The objects directly on a page (or in a form XObject) with their types (raw calls)."""
    count_objects = (
        pdfium_c.FPDFFormObj_CountObjects if is_form else pdfium_c.FPDFPage_CountObjects
    )
    get_object = pdfium_c.FPDFFormObj_GetObject if is_form else pdfium_c.FPDFPage_GetObject
    for i in range(max(count_objects(parent), 0)):
        obj = get_object(parent, i)
        if obj:
            yield obj, pdfium_c.FPDFPageObj_GetType(obj)


def _objects(page: pdfium.PdfPage) -> Iterator[tuple[object, int]]:
    """Page objects with their types, descending into form XObjects (raw calls, no wrappers)."""
    stack: list[tuple[object, bool, int]] = [(page.raw, False, 0)]
    while stack:
        parent, is_form, depth = stack.pop()
        for obj, kind in _children(parent, is_form):
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
                stack.append((obj, True, depth + 1))
            yield obj, kind


def _lines(textpage: pdfium.PdfTextPage) -> tuple[list[_Line], int]:
    """The text lines of a page with their geometry, and the count of non-space characters."""
    text = textpage.get_text_range()
    chars = len(text) - sum(text.count(c) for c in " \r\n\t\x00\x02\xa0")
    if chars <= 0:
        return [], 0
    raw = textpage.raw
    aligned = len(text) == textpage.count_chars() and not _ASTRAL.search(text)
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    origin = (ctypes.byref(x), ctypes.byref(y))
    box = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    get_box = pdfium_c.FPDFText_GetCharBox
    get_size = pdfium_c.FPDFText_GetFontSize
    lines: list[_Line] = []
    for match in _LINE.finditer(text):
        segment = match.group()
        content = segment.strip()
        if not content:
            continue
        first = match.start() + len(segment) - len(segment.lstrip())
        last = match.start() + len(segment.rstrip()) - 1
        if not aligned:
            first, last = _char_index(raw, text, first), _char_index(raw, text, last)
            if first < 0 or last < 0:
                continue
        get_origin(raw, first, *origin)
        baseline = y.value
        get_box(raw, first, *box)
        x0 = left.value
        get_box(raw, last, *box)
        x1 = right.value
        size = get_size(raw, first)
        cleaned, hyphen = _clean(content)
        if text.startswith("\ufffe", match.end()) and not cleaned.endswith("-"):
            # pdfium joins a line ending in a hyphen to the next line and marks the hyphen
            # U+FFFE: keep it in a compound ("self-" / "management", "peer-" / "led"),
            # drop it in a word broken across the line end ("addic-" / "tion").
            if line_end_hyphen_is_real(cleaned, text[match.end() + 1 : match.end() + 17].lstrip()):
                cleaned += "-"
            else:
                hyphen = True  # joined to the next line with nothing between
        if cleaned:
            bold = _bold(raw, first) and _bold(raw, last)
            lines.append(
                _Line(cleaned, x0, max(x1, x0), baseline, round(size * 2) / 2, bold, hyphen, first, last)
            )
    return lines, chars


def _char_index(raw: object, text: str, index: int) -> int:
    """pdfium's character index for position ``index`` of the UTF-16 text."""
    utf16 = len(text[:index].encode("utf-16-le")) // 2
    return pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, utf16)


def _bold(raw: object, index: int) -> bool:
    weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
    if weight > 0:
        return weight >= 600
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    if pdfium_c.FPDFText_GetFontInfo(raw, index, name, 128, ctypes.byref(flags)):
        return bool(_BOLD_NAME.search(name.value)) or bool(flags.value & (1 << 18))
    return False


def _unbreak(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    return before + ("-" if line_end_hyphen_is_real(before, after) else "") + after


def _clean(text: str) -> tuple[str, bool]:
    """Normalise one line: ligatures, symbol-font bullets, spaces; ``(text, soft-hyphenated)``."""
    hyphen = text.endswith(("\x02", "\xad"))
    if "\ufffe" in text:  # a line-end hyphen inside a table cell's text (see _lines)
        text = _HYPHEN_MARK.sub(_unbreak, text)
    if not text.isascii():
        text = text.translate(_SPECIALS)
    elif "\x00" in text or "\x02" in text:
        text = text.replace("\x00", "").replace("\x02", "")
    text = " ".join(text.split())
    if len(text) > 1 and text[0] in "•▪●◦‣" and not text[1].isspace():
        text = f"{text[0]} {text[1:]}"
    return text, hyphen


# -- tables ---------------------------------------------------------------------------------

_Box = tuple[float, float, float, float]  # x0, bottom, x1, top in PDF units
_Found = list[tuple[_Box, list[list[_Box | None]]]]  # per table: its box and its rows of cell boxes
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class _EdgePage:
    """What pdfplumber's TableFinder needs from a page: its edges (top-down coordinates)."""

    def __init__(
        self, edges: list[dict[str, object]], bbox: tuple[float, float, float, float]
    ) -> None:
        self.edges = edges
        self.bbox = bbox


def _edge_tables(page: pdfium.PdfPage, bbox: tuple[float, float, float, float]) -> _Found:
    """pdfplumber's table finder run on the ruling lines pdfium reports for ``page``."""
    left, bottom, right, top = bbox
    edges = _ruling_edges(page, top)
    if len(edges) < 4:
        return []
    finder = TableFinder(_EdgePage(edges, (left, 0.0, right, top - bottom)))  # type: ignore[arg-type]
    return [_flip_table(table.bbox, table.rows, top) for table in finder.tables]


def _flip_table(
    bbox: tuple[float, ...], rows: list, height: float
) -> tuple[_Box, list[list[_Box | None]]]:
    """A pdfplumber table (top-down coordinates) in PDF units."""

    def flip(box: tuple[float, ...]) -> _Box:
        x0, top, x1, bottom = (float(v) for v in box)
        return (x0, height - bottom, x1, height - top)

    return flip(bbox), [
        [flip(cell) if cell is not None else None for cell in row.cells] for row in rows
    ]


def _ruling_edges(page: pdfium.PdfPage, top: float) -> list[dict[str, object]]:
    """Horizontal and vertical segments of the page's filled or stroked paths, as pdfplumber edges."""
    edges: list[dict[str, object]] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    x, y = ctypes.c_float(), ctypes.c_float()
    point = (ctypes.byref(x), ctypes.byref(y))
    get_segment = pdfium_c.FPDFPath_GetPathSegment
    get_point = pdfium_c.FPDFPathSegment_GetPoint
    get_type = pdfium_c.FPDFPathSegment_GetType
    get_close = pdfium_c.FPDFPathSegment_GetClose
    moveto = pdfium_c.FPDF_SEGMENT_MOVETO
    for obj, matrix in _paths(page):
        pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
        if not fill.value and not stroke.value:
            continue
        a, b, c, d, e, f = matrix
        start = last = None
        for j in range(pdfium_c.FPDFPath_CountSegments(obj)):
            segment = get_segment(obj, j)
            get_point(segment, *point)
            here = (a * x.value + c * y.value + e, top - (b * x.value + d * y.value + f))
            if get_type(segment) == moveto or last is None:
                start = here
            else:
                _add_edge(edges, last, here)
            if get_close(segment) and start is not None:
                _add_edge(edges, here, start)
            last = here
        if len(edges) > 20000:
            break
    return edges


def _add_edge(
    edges: list[dict[str, object]], p: tuple[float, float], q: tuple[float, float]
) -> None:
    (x0, t0), (x1, t1) = p, q
    width, height = abs(x1 - x0), abs(t1 - t0)
    if height < 0.5 <= width:
        mid = (t0 + t1) / 2
        box = (min(x0, x1), mid, max(x0, x1), mid, width, 0.0, "h")
    elif width < 0.5 <= height:
        mid = (x0 + x1) / 2
        box = (mid, min(t0, t1), mid, max(t0, t1), 0.0, height, "v")
    else:
        return
    keys = ("x0", "top", "x1", "bottom", "width", "height", "orientation")
    edges.append({"object_type": "curve_edge", **dict(zip(keys, box, strict=True))})


def _paths(page: pdfium.PdfPage) -> Iterator[tuple[object, _Matrix]]:
    """Path objects with their matrices to page space, descending into form XObjects."""
    matrix = pdfium_c.FS_MATRIX()
    stack: list[tuple[object, bool, _Matrix, int]] = [(page.raw, False, _IDENTITY, 0)]
    while stack:
        parent, is_form, outer, depth = stack.pop()
        for obj, kind in _children(parent, is_form):
            if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
                continue
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
                continue
            own = _compose(outer, (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f))
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj, own
            elif depth < 4:
                stack.append((obj, True, own, depth + 1))


def _compose(outer: _Matrix, inner: _Matrix) -> _Matrix:
    """The matrix that applies ``inner`` and then ``outer``."""
    oa, ob, oc, od, oe, of = outer
    ia, ib, ic, id_, ie, if_ = inner
    return (
        oa * ia + oc * ib,
        ob * ia + od * ib,
        oa * ic + oc * id_,
        ob * ic + od * id_,
        oa * ie + oc * if_ + oe,
        ob * ie + od * if_ + of,
    )


def _plumber_tables(pdf: pdfium.PdfDocument, indices: list[int]) -> list[_Found]:
    """pdfplumber's own ``find_tables`` on a copy of the pages with only their drawing left.

    The reference route, and the fallback when reading a page's paths fails: pdfminer then
    interprets only the drawing (about 10 ms a page instead of about 100 with the text).
    """
    scratch = pdfium.PdfDocument.new()
    try:
        scratch.import_pages(pdf, indices)
        for k in range(len(scratch)):
            page = scratch[k]
            page.set_rotation(0)
            _strip(page)
            page.close()
        buffer = io.BytesIO()
        scratch.save(buffer)
    finally:
        scratch.close()
    results: list[_Found] = []
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as plumber:
        for ppage in plumber.pages:
            height = float(ppage.height)
            results.append([_flip_table(t.bbox, t.rows, height) for t in ppage.find_tables()])
            ppage.close()
    return results


def _strip(page: pdfium.PdfPage) -> None:
    """Remove text, images and shadings from the top level of ``page`` and rewrite its content."""
    raw = page.raw
    drop = (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING)
    for i in range(pdfium_c.FPDFPage_CountObjects(raw) - 1, -1, -1):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if (
            obj
            and pdfium_c.FPDFPageObj_GetType(obj) in drop
            and pdfium_c.FPDFPage_RemoveObject(raw, obj)
        ):
            pdfium_c.FPDFPageObj_Destroy(obj)
    pdfium_c.FPDFPage_GenerateContent(raw)


def _fill_tables(page: _Page, textpage: pdfium.PdfTextPage, found: _Found) -> None:
    """Read the cells of the tables found on ``page``; drop loose lines inside them."""
    for box, rows in found:
        table = _fill(textpage, box, rows)
        if table is not None:
            page.tables.append(table)
    if page.tables:
        page.lines = [line for line in page.lines if not any(_inside(line, t) for t in page.tables)]


def _fill(textpage: pdfium.PdfTextPage, box: _Box, rows: list[list[_Box | None]]) -> _Table | None:
    """The table's cell texts (``None`` for cells merged into a neighbour), or None if not a table."""
    texts: list[list[str | None]] = []
    for row in rows:
        texts.append([_cell_text(textpage, cell) if cell is not None else None for cell in row])
    if max((len(row) for row in texts), default=0) < 2 or not any(any(row) for row in texts):
        return None  # a box around text, not a table
    x0, bottom, x1, top = box
    return _Table(top=top, bottom=bottom, x0=x0, x1=x1, rows=texts)


def _cell_text(textpage: pdfium.PdfTextPage, cell: _Box) -> str:
    x0, bottom, x1, top = cell
    raw = textpage.get_text_bounded(left=x0, bottom=bottom, right=x1, top=top)
    out = ""
    for content in raw.splitlines():
        line, hyphen = _clean(content)
        if not line:
            continue
        if not out:
            out = line
        elif bullet_prefix(line):
            out += "\n" + line
        else:
            out += _joiner(out, line) + line
        if hyphen:
            out += "\x02"
    return out.replace("\x02", "")


def _inside(line: _Line, table: _Table) -> bool:
    middle = (line.x0 + line.x1) / 2
    return table.bottom - 1 <= line.y <= table.top + 1 and table.x0 - 1 <= middle <= table.x1 + 1


def _joiner(before: str, after: str) -> str:
    """What goes between two wrapped lines: nothing after a hyphenated word part, else a space."""
    if before.endswith("\x02"):
        return ""
    if before.endswith("-") and len(before) > 1 and before[-2].isalpha() and after[:1].isalpha():
        return ""
    return " "


# -- tables without ruling lines ---------------------------------------------------------------
# A person specification set as a table with its borders removed (a Word table printed to PDF):
# pdfium runs each row's cells into one line ("Ability to keep clear boundaries Experience of
# group work"). The cheap signal is a line of level names alone ("Criteria  Essential  Desirable",
# "Essential criteria  Desirable criteria"): only then are character boxes read, to split that
# line and the lines under it where wide gaps part the columns. The lines below belong to the
# table while every piece sits within one column; a piece that crosses a column (a paragraph
# line), a line in bigger type, a wide gap or a section name ("How to apply") ends it.

_LEVEL_WORD = re.compile(r"(?i)\b(?:essential|desirable|required|preferred)\b")
_LEVEL_PIECE = re.compile(
    r"(?i)^(?:essential|desirable|required|preferred)(?:\s+(?:criteria|requirements?|skills|qualities|"
    r"attributes|experience|\([a-z]\)))?\s*:?$"
)
_HEADER_PIECE = re.compile(r"^[^\W\d][\w()/&'’ -]{0,39}:?$")
_COLUMN_GAP = 0.8  # a gap wider than this many font sizes between two characters parts two columns


@dataclass(slots=True)
class _Piece:
    """A run of a line's characters with no column gap inside it."""

    text: str
    x0: float
    x1: float
    y: float
    hyphen: bool = False


def _text_rows(lines: list[_Line]) -> list[list[_Line]]:
    """The page's lines grouped by baseline (pdfium may keep cells of one row apart), top down."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda line: (-line.y, line.x0)):
        if rows and abs(rows[-1][0].y - line.y) <= 1.5:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _pieces(raw: object, row: list[_Line]) -> list[_Piece]:
    """The lines of one baseline split where a gap wider than a column gap parts two characters."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    get_box = pdfium_c.FPDFText_GetCharBox
    get_unicode = pdfium_c.FPDFText_GetUnicode
    pieces: list[_Piece] = []
    for line in row:
        if line.first < 0 or line.last < line.first:
            return []
        gap = max(line.size, 6.0) * _COLUMN_GAP
        chars: list[str] = []
        x0 = x1 = None
        for index in range(line.first, line.last + 1):
            char = chr(get_unicode(raw, index) or 32)
            if char.isspace() or char in "\x00\x02\ufffe":
                chars.append(" ")
                continue
            get_box(raw, index, *box)
            if x0 is not None and x1 is not None and left.value - x1 > gap:
                pieces.append(_Piece(_clean("".join(chars))[0], x0, x1, line.y))
                chars, x0, x1 = [], None, None
            chars.append(char)
            x0 = left.value if x0 is None else x0
            x1 = right.value if x1 is None else max(x1, right.value)
        if x0 is not None and x1 is not None:
            text = _clean("".join(chars))[0]
            if line.text.endswith("-") and not text.endswith("-"):
                text += "-"  # a compound's hyphen at the line end, kept by _lines
            pieces.append(_Piece(text, x0, x1, line.y, line.hyphen))
    return sorted((p for p in pieces if p.text), key=lambda p: p.x0)


def _level_header(pieces: list[_Piece]) -> bool:
    """Two to five short column names, two or more of them levels ("Essential", "Desirable")."""
    if not 2 <= len(pieces) <= 5:
        return False
    levels = sum(1 for p in pieces if _LEVEL_PIECE.match(p.text))
    return levels >= 2 and all(
        _HEADER_PIECE.match(p.text) and len(p.text.split()) <= 5 for p in pieces
    )


def _aligned_tables(page: _Page, textpage: pdfium.PdfTextPage) -> None:
    """Find tables without ruling lines under a header row of level names (see above)."""
    if not any(len(line.text) < 120 and _LEVEL_WORD.search(line.text) for line in page.lines):
        return  # (most pages: one search a line)
    raw = textpage.raw
    rows = _text_rows(page.lines)
    found: list[_Table] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        if not any(_LEVEL_WORD.search(line.text) for line in row) or sum(
            len(line.text.split()) for line in row
        ) > 14:
            i += 1
            continue
        head = _pieces(raw, row)
        table, used = _aligned_block(raw, rows, i, head) if _level_header(head) else (None, 0)
        if table is None:
            i += 1
            continue
        found.append(table)
        i += used + 1
    if found:
        page.tables.extend(found)
        page.lines = [line for line in page.lines if not any(_inside(line, t) for t in found)]


def _aligned_block(
    raw: object, rows: list[list[_Line]], at: int, head: list[_Piece]
) -> tuple[_Table | None, int]:
    """The table whose header row is ``rows[at]`` (split into ``head``), and how many rows it holds."""
    size = max(line.size for line in rows[at])
    n = len(head)

    def fits(piece: _Piece) -> bool:  # within one column: between its neighbours' header names
        return any(
            (k == 0 or piece.x0 >= head[k - 1].x1 - 1) and (k == n - 1 or piece.x1 <= head[k + 1].x0 + 1)
            for k in range(n)
        )

    block: list[list[_Piece]] = []
    previous = rows[at][0].y
    for row in rows[at + 1 :]:
        if any(line.size > size + 1.5 for line in row) or previous - row[0].y > size * 4:
            break  # a heading in bigger type, or a wide gap: the table has ended
        pieces = _pieces(raw, row)
        if not pieces or not all(fits(p) for p in pieces):
            break
        if len(pieces) == 1 and _MAJOR.match(pieces[0].text.rstrip(":").strip()):
            break  # "How to apply" under the table
        block.append(pieces)
        previous = row[0].y
    if not block or (len(block) == 1 and len(block[0]) < 2):
        return None, 0
    # Where each column starts: its header name's left edge, or the leftmost piece that starts
    # after the header name on its left has ended (a header centred over its column).
    starts = [head[0].x0]
    for k in range(1, n):
        inside = [p.x0 for ps in block for p in ps if head[k - 1].x1 + 1 < p.x0 <= head[k].x0 + 2]
        starts.append(min(inside, default=head[k].x0))
    starts[0] = min([starts[0], *(p.x0 for ps in block for p in ps)])

    def column(piece: _Piece) -> int:
        return max(k for k, start in enumerate(starts) if k == 0 or start <= piece.x0 + 2)

    # Each column's pieces make its cells: a piece runs on the cell above it when it sits one
    # line's pitch under it (rows are set apart by more), or, where rows sit as close as lines,
    # when its text runs on. Cells whose spans overlap make a row (a cell may be centred in it).
    columns: list[list[_Piece]] = [[] for _ in range(n)]
    for pieces in block:
        for p in pieces:
            columns[column(p)].append(p)
    gaps = [a.y - b.y for col in columns for a, b in itertools.pairwise(col)]
    pitch = max(min(gaps, default=size), size * 0.8)  # a line's pitch, if a cell wraps
    # rows set apart by more than whole lines (cell padding): a gap that is no whole number of pitches
    spaced = any(abs(gap / pitch - round(gap / pitch)) > 0.2 for gap in gaps)
    spans: list[tuple[int, list[_Piece]]] = []  # (column, pieces) per cell, in column order
    for k, col in enumerate(columns):
        for p in col:
            last = spans[-1][1] if spans and spans[-1][0] == k else None
            runs_on = last is not None and (
                last[-1].y - p.y <= pitch * 1.25 if spaced else text_continues(last[-1].text, p.text)
            )
            if last is not None and runs_on:
                last.append(p)
            else:
                spans.append((k, [p]))
    spans.sort(key=lambda span: -span[1][0].y)
    cells: list[list[list[_Piece]]] = []
    bottom = math.inf
    for k, parts in spans:
        if not cells or parts[0].y < bottom - pitch * 0.5 or cells[-1][k]:
            cells.append([[] for _ in range(n)])
            bottom = parts[-1].y
        cells[-1][k] = parts
        bottom = min(bottom, parts[-1].y)
    texts: list[list[str | None]] = [[p.text for p in head]]
    for cell_row in cells:
        texts.append([_join_pieces(parts) for parts in cell_row])
    every = [p for ps in block for p in ps] + head
    table = _Table(
        top=rows[at][0].y + size,
        bottom=block[-1][0].y - size * 0.4,
        x0=min(p.x0 for p in every) - 1,
        x1=max(p.x1 for p in every) + 1,
        rows=texts,
    )
    return table, len(block)


def _join_pieces(parts: list[_Piece]) -> str:
    """A cell's text from its pieces, line by line (a bullet starts a new line, as in _cell_text)."""
    out = ""
    for part in parts:
        if not out:
            out = part.text
        elif bullet_prefix(part.text):
            out += "\n" + part.text
        else:
            out += _joiner(out, part.text) + part.text
        if part.hyphen:
            out += "\x02"
    return out.replace("\x02", "")


# -- page furniture --------------------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _edges(page: _Page, max_size: float) -> tuple[list[_Line], list[_Line]]:
    """Up to two lines in the top band and two in the bottom band of the page, in small type
    (a title in big type at the top of page 1 is no running header, even if it repeats one)."""
    _, bottom, _, top = page.bbox
    band = (top - bottom) * _BANDS
    by_height = sorted(page.lines, key=lambda line: -line.y)
    tops = [line for line in by_height[:2] if line.y >= top - band and line.size <= max_size]
    bottoms = [
        line
        for line in by_height[::-1][:2]
        if line.y <= bottom + band and line.size <= max_size and line not in tops
    ]
    return tops, bottoms


def _furniture(pages: list[_Page]) -> tuple[dict[int, str], list[tuple[_Page, _Line, str]]]:
    """Lines to drop (by ``id``) and the first copies to keep as header/footer blocks."""
    drop: dict[int, str] = {}
    keep: list[tuple[_Page, _Line, str]] = []
    top_count: Counter[str] = Counter()
    bottom_count: Counter[str] = Counter()
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    edges = [_edges(page, body + 1) for page in pages]
    for tops, bottoms in edges:
        top_count.update({_key(line.text) for line in tops})
        bottom_count.update({_key(line.text) for line in bottoms})
    need = max(2, math.ceil(len(pages) * 0.5))
    seen: set[tuple[str, str]] = set()
    for page, (tops, bottoms) in zip(pages, edges, strict=True):
        for kind, lines, counts in (("header", tops, top_count), ("footer", bottoms, bottom_count)):
            for line in lines:
                key = _key(line.text)
                if _PAGE_NUMBER.match(line.text) or _ROMAN_PAGE.match(line.text):
                    drop[id(line)] = kind
                elif len(pages) >= 2 and counts[key] >= need:
                    drop[id(line)] = kind
                    if (kind, key) not in seen:
                        seen.add((kind, key))
                        keep.append((page, line, kind))
    return drop, keep


# -- blocks ---------------------------------------------------------------------------------


@dataclass
class _Open:
    """The paragraph or list item being collected."""

    kind: str
    text: str
    anchors: list[Anchor]
    last: _Line
    page: int
    left: float  # the smallest x of its lines: continuation lines start here
    level: int = 0


@dataclass
class _LastTable:
    number: int
    page: int
    columns: int
    headers: list[str | None]
    header_row: list[str | None]
    next_row: int
    last_on_page: bool


class _Assembler:
    """Turns the pages' lines and tables into blocks, in reading order."""

    def __init__(self, path: str, pages: list[_Page], notes: list[str]) -> None:
        self.pages = pages
        self.builder = DocumentBuilder(path=path, format="pdf")
        for note in notes:
            self.builder.note(note)
        self.drop, self.furniture = _furniture(pages)
        body = [line for page in pages for line in page.lines if id(line) not in self.drop]
        self._measure(body)
        self.open: _Open | None = None
        self.last_heading: tuple[_Line, int] | None = None
        self.list_stack: list[float] = []
        self.tables = 0
        self.last_table: _LastTable | None = None

    # measurements -----------------------------------------------------------------------

    def _measure(self, lines: list[_Line]) -> None:
        """Body font size, heading tiers, line pitch and text margins of the document."""
        weights: Counter[float] = Counter()
        for line in lines:
            weights[line.size] += len(line.text)
        self.body = weights.most_common(1)[0][0] if weights else 11.0
        sizes = sorted(
            {line.size for line in lines if self._styled(line) and line.size >= self.body * 1.12},
            reverse=True,
        )
        self.tiers = {size: i + 1 for i, size in enumerate(sizes[:3])}
        self.bold_level = len(self.tiers) + 1
        self.top = 0  # level of the last heading set in heading type
        gaps: Counter[float] = Counter()
        for a, b in itertools.pairwise(lines):
            gap = a.y - b.y
            if a.size == b.size == self.body and 0 < gap < self.body * 3:
                gaps[round(gap * 2) / 2] += 1
        self.pitch = gaps.most_common(1)[0][0] / self.body if gaps else 1.2
        lefts = sorted(line.x0 for line in lines if line.size == self.body) or [0.0]
        rights = sorted(line.x1 for line in lines if line.size == self.body) or [0.0]
        self.left = lefts[len(lefts) // 20]
        self.right = rights[min(len(rights) - 1, len(rights) * 19 // 20)]

    def _styled(self, line: _Line) -> bool:
        """Set in bigger or bold type, and short enough to be a heading."""
        text = line.text
        if not (line.bold or line.size >= self.body * 1.12):
            return False
        if len(text) > 80 or len(text.split()) > 12 or text[-1] in ".,;" or bullet_prefix(text) or lead_in(text):
            return False  # a lead-in ("Lived experience is essential, including:") is a sentence
        return not (label_prefix(text) and not text.endswith(":"))

    def _heading_level(self, line: _Line) -> int:
        """The level of ``line`` as a heading, or 0. Type size and weight decide it first."""
        if pseudo_heading(line.text) != 2 and self._styled(line):
            big = line.size >= self.body * 1.12
            self.top = self.tiers.get(line.size, self.bold_level) if big else self.bold_level
            return self.top
        return self._place(line.text)

    def _place(self, text: str) -> int:
        """Level for a heading known from its words (:func:`pseudo_heading`), or 0.

        Requirement labels go one under the nearest heading that is no label; major
        sections ("Person specification", "How to apply") are siblings of the last heading
        set in heading type; other headings go one under the last major one.
        """
        plain = pseudo_heading(text)
        if not plain:
            return 0
        stack = self.builder.sections.stack
        if plain == 2:
            return next(
                (lvl + 1 for lvl, title in reversed(stack) if pseudo_heading(title) != 2), 2
            )
        top = max(self.top, 1)
        if _MAJOR.match(text.rstrip(":").strip()):
            return top
        return max((lvl for lvl, _ in stack if lvl <= top), default=0) + 1

    def _wrapped(self, prev: _Line, line: _Line) -> bool:
        """Would the first word of ``line`` not have fitted at the end of ``prev``?

        Then ``prev`` was wrapped by the author's editor, whatever its last character.
        """
        word = line.text.split(" ", 1)[0]
        char = (line.x1 - line.x0) / max(len(line.text), 1)
        return prev.x1 + char * (len(word) + 1) > self.right

    # reading order ----------------------------------------------------------------------

    def build(self) -> Document:
        for page in self.pages:
            items = self._items(page)
            for i, item in enumerate(items):
                if isinstance(item, _Table):
                    first = all(self._margin_note(page, x) for x in items[:i])
                    last = all(self._margin_note(page, x) for x in items[i + 1 :])
                    self._table(page.number, item, first=first, last=last)
                else:
                    self._line(page.number, item)
        self._flush()
        self._add_furniture()
        if not self.builder.blocks:
            raise EmptyDocument("no text to check")
        return self.builder.build()

    def _margin_note(self, page: _Page, item: _Line | _Table) -> bool:
        """A line in small type in the top or bottom band: no content between split tables."""
        if isinstance(item, _Table) or item.size >= self.body:
            return False
        _, bottom, _, top = page.bbox
        band = (top - bottom) * _BANDS
        return item.y >= top - band or item.y <= bottom + band

    def _items(self, page: _Page) -> list[_Line | _Table]:
        lines = [line for line in page.lines if id(line) not in self.drop]
        items: list[_Line | _Table] = list(lines)
        for table in sorted(page.tables, key=lambda t: -t.top):
            at_index = next(
                (
                    i
                    for i, item in enumerate(items)
                    if isinstance(item, _Line) and item.y < table.top
                ),
                len(items),
            )
            items.insert(at_index, table)
        return items

    def _add_furniture(self) -> None:
        """Running headers then footers, once each, after the body (as the DOCX reader does)."""
        self.builder.blocks.extend(self._furniture_blocks("header"))
        self.builder.blocks.extend(self._furniture_blocks("footer"))

    def _furniture_blocks(self, kind: str) -> Iterator[Block]:
        for page, line, which in self.furniture:
            if which == kind:
                yield Block(kind=kind, text=line.text, anchors=at(page=page.number))  # type: ignore[arg-type]

    # lines ------------------------------------------------------------------------------

    def _line(self, page: int, line: _Line) -> None:
        text = line.text
        marker = bullet_prefix(text)
        if (
            not marker
            and self.open
            and self.open.kind == "list-item"
            and line.x0 > self.open.left + 4
        ):
            sub = _SUB_BULLET.match(text)
            marker = sub.end() if sub else 0
        if not marker and self.open and self._continues(self.open, line, page):
            self._append(line, page)
            return
        if marker and self._bullet_runs_on(line, marker, page):
            self._append(dataclasses.replace(line, text=text[marker:].strip()), page)
            return
        level = 0 if marker else self._heading_level(line)
        if level:
            self._flush()
            self.list_stack.clear()
            if self._merge_heading(line, page):
                return
            self.builder.heading(text, level, anchors=at(page=page))
            self.last_heading = (line, page)
            return
        self._flush(before_list=bool(marker))
        if marker:
            body = text[marker:].strip()
            self.open = _Open(
                "list-item",
                body,
                [Anchor(0, Location(page=page))],
                line,
                page,
                line.x0,
                self._list_level(line),
            )
        else:
            self.list_stack.clear()
            self.open = _Open(
                "paragraph", text, [Anchor(0, Location(page=page))], line, page, line.x0
            )

    def _bullet_runs_on(self, line: _Line, marker: int, page: int) -> bool:
        """Is the bulleted ``line`` the rest of the list item above, given a bullet of its own?

        Some converters put a bullet on every wrapped line of an item ("• Must be a current or
        former recipient" / "• of mental health services."). The line is taken as the item's
        next line when the item above, at the same indent and on the same page, stops without
        punctuation and this one opens in lower case with a word that cannot begin an item
        ("of", "and", "or", "than", ...) or the item above ends on an open word ("a", "the",
        "and"). Items in lower case that each stand alone ("• experience of groups" / "• a
        driving licence"), items joined by the list's own "; or" / "; and", and items that open with
        the same word ("• of psychosis" / "• of caring for whānau", after "for example:") stay apart.
        """
        block = self.open
        if not block or block.kind != "list-item" or page != block.page or abs(line.x0 - block.left) > 4:
            return False
        before, body = block.text.rstrip(), line.text[marker:].strip()
        if not before or not body or before.endswith(_ITEM_END) or not body[0].islower():
            return False
        if _LIST_JOINER.search(before):
            return False  # "• Lived experience of recovery; or" / "• two years as a support worker": alternatives
        if before.split(None, 1)[0].lower() == body.split(None, 1)[0].lower():
            return False  # "• of psychosis" / "• of caring for whānau": items of one shape, each its own
        return _RUNS_ON_WORD.match(body) is not None or (len(before.split()) >= 4 and ends_on_open_word(before))

    def _list_level(self, line: _Line) -> int:
        stack = self.list_stack
        while stack and stack[-1] > line.x0 + 4:
            stack.pop()
        if not stack or line.x0 > stack[-1] + 4:
            stack.append(line.x0)
        return len(stack) - 1

    def _continues(self, block: _Open, line: _Line, page: int) -> bool:
        """Is ``line`` the next line of the open paragraph or list item?"""
        prev = block.last
        if abs(prev.size - line.size) > 1 or prev.bold != line.bold:
            return False  # a change of type: a heading, or a new block
        if page == block.page:
            gap = prev.y - line.y
            if gap < 0:  # back up the page: a new column
                return text_continues(prev.text, line.text)
            if gap > self.pitch * max(prev.size, line.size) * 1.3 and not (
                gap < self.pitch * max(prev.size, line.size) * 2.2 and line.text[:1].islower()
                and text_continues(prev.text, line.text)
            ):
                return False  # paragraph spacing, unless the sentence runs on into a line in lower case
            if block.kind == "paragraph" and line.x0 > block.left + 8:
                return False  # an indented first line
        elif page != block.page + 1:
            return False
        if prev.text.endswith(":") or label_prefix(line.text):
            return False  # "Salary: ..." on a line of its own
        heading = bool(pseudo_heading(line.text)) and line.text[0].isupper()
        if self._wrapped(prev, line) and not (heading and prev.text.endswith((".", "!", "?"))):
            return True
        if heading:
            return False  # "Minimum qualifications" under a line that stops short
        return text_continues(prev.text, line.text)  # the plain-text reader's rule

    def _append(self, line: _Line, page: int) -> None:
        block = self.open
        assert block is not None
        joiner = "" if block.last.hyphen else _joiner(block.text, line.text)
        offset = len(block.text) + len(joiner)
        if page != block.page:
            block.anchors.append(Anchor(offset, Location(page=page)))
        block.text += joiner + line.text
        block.last, block.page = line, page
        block.left = min(block.left, line.x0)

    def _merge_heading(self, line: _Line, page: int) -> bool:
        """Join a heading wrapped onto a second line to the heading block above it."""
        if not self.last_heading or not self.builder.blocks:
            return False
        prev, prev_page = self.last_heading
        last = self.builder.blocks[-1]
        if (
            last.kind != "heading"
            or prev_page != page
            or prev.size != line.size
            or prev.bold != line.bold
            or prev.text.endswith(":")
            or not self._styled(line)
            or not 0 < prev.y - line.y <= self.pitch * line.size * 1.3
            or pseudo_heading(line.text)
        ):
            return False
        self.builder.blocks.pop()
        self.builder.sections.stack.pop()
        self.builder.heading(f"{last.text} {line.text}", last.level, anchors=last.anchors)
        if self.builder.title == last.text:
            self.builder.title = self.builder.blocks[-1].text
        self.last_heading = (line, page)
        return True

    def _flush(self, before_list: bool = False) -> None:
        block = self.open
        if block is None:
            return
        self.open = None
        self.last_heading = None
        if before_list and block.kind == "paragraph" and section_phrase(block.text):
            # "What we are looking for" over a list or a table, with no colon: a heading that opens
            # a section beside the last one set in heading type (as in plain text and Word)
            self.list_stack.clear()
            self.builder.heading(block.text, max(self.top, 1), anchors=tuple(block.anchors))
            return
        self.builder.add(block.kind, block.text, anchors=tuple(block.anchors), level=block.level)  # type: ignore[arg-type]

    # tables -----------------------------------------------------------------------------

    def _table(self, page: int, table: _Table, first: bool, last: bool) -> None:
        self._flush(before_list=True)
        self.last_heading = None
        self.list_stack.clear()
        rows = table.rows
        prior = self.last_table
        if (
            prior
            and first
            and prior.last_on_page
            and prior.page == page - 1
            and prior.columns == table.columns
        ):
            number, headers, row0, header_index = prior.number, prior.headers, prior.next_row, -1
            if rows and _same(rows[0], prior.header_row):
                rows = rows[1:]  # a repeated header row
            header_row = prior.header_row
        else:
            self.tables += 1
            number, row0 = self.tables, 0
            header_index = next(
                (i for i, row in enumerate(rows) if sum(1 for c in row if c) >= 2), 0
            )
            header_row = rows[header_index] if rows else []
            headers = _carry(header_row)
        stack = self.builder.sections.stack
        snapshot = list(stack)
        row_header: str | None = None
        for r, row in enumerate(rows):
            where = {"page": page, "table": number, "row": row0 + r + 1}
            filled = [(c, text) for c, text in enumerate(row) if text]
            if len(filled) == 1 and r != header_index and self._heading_row(*filled[0], where):
                continue
            first_cell = row[0] if row else None
            if first_cell:
                row_header = first_cell
            elif first_cell is not None:
                row_header = None  # an empty first cell; None means merged from the row above
            data_row = r > header_index
            for c, text in enumerate(row):
                if not text:
                    continue
                self.builder.cell(text, at(**where, col=c + 1), row0 + r, c,
                                  (headers[c] if c < len(headers) else None) if data_row else None,
                                  row_header if c > 0 else None)  # fmt: skip
        stack[:] = snapshot  # labels and sub-headings inside the table end with it
        self.last_table = _LastTable(
            number=number,
            page=page,
            columns=table.columns,
            headers=headers,
            header_row=header_row,
            next_row=row0 + len(rows),
            last_on_page=last,
        )

    def _heading_row(self, column: int, text: str, where: dict[str, int]) -> bool:
        """A row whose only text is a short heading ("Essential", "Skills and experience")."""
        level = self._place(text) if "\n" not in text else 0
        if level:
            self.builder.heading(text, level, anchors=at(**where, col=column + 1))
        return bool(level)


def _same(row: list[str | None], other: list[str | None]) -> bool:
    def norm(cells: list[str | None]) -> list[str]:
        return [" ".join((c or "").lower().split()) for c in cells]

    return norm(row) == norm(other)


def _carry(row: list[str | None]) -> list[str | None]:
    """Header texts per column; a cell merged into its left neighbour takes that text."""
    out: list[str | None] = []
    for cell in row:
        out.append(cell if cell is not None else (out[-1] if out else None))
    return [" ".join(c.split()) if c else None for c in out]
