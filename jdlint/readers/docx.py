"""DOCX: WordprocessingML read straight from the zip with lxml (no python-docx).

Reading order: the body's paragraphs and tables (nested tables recursively, text boxes
right after the paragraph that anchors them), then the page headers, then the footers
(identical ones once). Tracked changes read as if accepted. Footnotes, comments,
charts and SmartArt are not read, nor table-of-contents entries and what jdlint itself
wrote into a Word copy (a paragraph in the ``jdlint note`` style, :data:`NOTE_STYLE`).

Block kinds and fields:

* ``heading``: paragraph style Title / Heading N (ids resolved through ``styles.xml``,
  ``basedOn`` chains and ``w:outlineLvl``), else a line :func:`pseudo_heading` accepts,
  else a short all-bold paragraph, else a section phrase that asks for the applicant
  ("What we are looking for", :func:`~jdlint.readers.text.section_phrase`) whose next
  paragraph with text is a list item or which a table follows. Requirement labels
  ("Essential", "Desirable criteria") nest one level under the heading above them.
* ``list-item``: ``w:numPr`` or a List Bullet / List Number / List Paragraph style;
  ``level`` is ``w:ilvl``. Typed bullets ("• text") are list items with the marker cut.
* ``table-cell``: one block per cell (merged cells once, empty cells skipped, the cell's
  paragraphs joined with ``\\n``); ``row``/``column`` are 0-based grid positions,
  ``column_header`` is the header-row text over the cell's first grid column and
  ``row_header`` the text of the row's first cell (for cells after it). A row whose only
  text is a requirement label or a short heading becomes a ``heading`` block instead.
* ``text-box``, ``header``, ``footer``: one block per paragraph.

Anchors: one per run, ``Location(paragraph=i, run=k)`` where ``i`` counts the
paragraphs read, 1-based in reading order (empty ones too, deleted runs not), and ``k``
the runs of that paragraph; table cells add ``table``/``row``/``col`` (1-based).
"""

from __future__ import annotations

import gc
import io
import posixpath
import re
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from jdlint.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    Timeout,
    TooLarge,
    too_large,
)
from jdlint.model import Anchor, BlockKind, Document, Location
from jdlint.readers import DEFAULT_LIMITS, Limits, check_elements
from jdlint.readers.base import (
    DocumentBuilder,
    bullet_prefix,
    label_prefix,
    lead_in,
    pseudo_heading,
)
from jdlint.readers.text import section_phrase

MAX_UNPACKED = 200 * 1024 * 1024  # all members together, uncompressed
_CHUNK = 1 << 20  # bytes unpacked at a time when counting elements
BOMB_RATIO = 200  # a member this much bigger than its compressed size ...
BOMB_MIN_SIZE = 10 * 1024 * 1024  # ... and at least this big is refused

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
)
_ENTITIES = "the document declares XML entities (refused for safety)"
_TRACKED_NOTE = "tracked changes read as if accepted"
# The paragraph style of what jdlint itself writes into a Word copy (the line atop a new
# document that ``jdlint annotate`` builds, "... checked by jdlint. The comments hold ...");
# a paragraph in it is not the advert's text, so a copy someone saved and checks again
# reads as the advert did. A style survives saving in Word and LibreOffice.
NOTE_STYLE = "jdlint note"
# That line in a copy written before it had the style: the first paragraph of the body.
_OWN_INTRO = re.compile(r".{0,400}: checked by jdlint\. The comments hold the findings and the suggested words\.", re.S)


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


BODY, P, R, T, TBL, TR, TC = (_w(n) for n in ("body", "p", "r", "t", "tbl", "tr", "tc"))
PPR, RPR, TCPR, TRPR = _w("pPr"), _w("rPr"), _w("tcPr"), _w("trPr")
TAB, PTAB, BR, CR = _w("tab"), _w("ptab"), _w("br"), _w("cr")
NB_HYPHEN = _w("noBreakHyphen")
INS, DEL, MOVE_TO, MOVE_FROM = _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")
CELL_INS, CELL_DEL = _w("cellIns"), _w("cellDel")
SDT, SDT_PR, SDT_END_PR, SDT_CONTENT = _w("sdt"), _w("sdtPr"), _w("sdtEndPr"), _w("sdtContent")
CUSTOM_XML, SMART_TAG, ALT_CHUNK = _w("customXml"), _w("smartTag"), _w("altChunk")
DRAWING, PICT, OBJECT, TXBX_CONTENT = _w("drawing"), _w("pict"), _w("object"), _w("txbxContent")
P_STYLE, R_STYLE, NUM_PR, NUM_ID, ILVL = (
    _w("pStyle"),
    _w("rStyle"),
    _w("numPr"),
    _w("numId"),
    _w("ilvl"),
)
OUTLINE, BOLD, VANISH = _w("outlineLvl"), _w("b"), _w("vanish")
GRID_SPAN, GRID_BEFORE, V_MERGE, H_MERGE = (
    _w("gridSpan"),
    _w("gridBefore"),
    _w("vMerge"),
    _w("hMerge"),
)
SECT_PR, STYLE, NAME, BASED_ON = _w("sectPr"), _w("style"), _w("name"), _w("basedOn")
DOC_PART_GALLERY, SHOWING_PLACEHOLDER = _w("docPartGallery"), _w("showingPlcHdr")
HEADER_REF, FOOTER_REF = _w("headerReference"), _w("footerReference")
VAL, STYLE_ID = _w("val"), _w("styleId")
R_ID = f"{{{R_NS}}}id"
MC_ALT, MC_CHOICE, MC_FALLBACK = (
    f"{{{MC_NS}}}{n}" for n in ("AlternateContent", "Choice", "Fallback")
)

# A paragraph holding none of these takes the fast path (no subtree to skip; the
# properties of a tracked formatting change, pPrChange, would read as current ones).
_SPECIAL = (
    INS,
    DEL,
    MOVE_TO,
    MOVE_FROM,
    MC_ALT,
    DRAWING,
    PICT,
    OBJECT,
    SDT,
    VANISH,
    _w("pPrChange"),
)
# What the fast path reads (everything under a plain paragraph; pPr's parts are unique).
_FAST = {
    R: 1,
    T: 2,
    TAB: 3,
    PTAB: 3,
    BR: 4,
    CR: 4,
    NB_HYPHEN: 5,
    P_STYLE: 6,
    NUM_ID: 7,
    ILVL: 8,
    OUTLINE: 9,
}
# Paragraph-level elements whose content is never text that shows.
_INLINE_SKIP = frozenset({PPR, RPR, DEL, MOVE_FROM, MC_FALLBACK, SDT_PR, SDT_END_PR})
_FALSE = frozenset({"0", "false", "off", "none"})
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_MARKER = re.compile(r"^\(?(?:e|d|essential|desirable)\)?[.:]?$", re.IGNORECASE)
# Section names that head a whole part of an advert (not a group of criteria).
_MAJOR = re.compile(
    r"""^(?:
        job\s+(?:summary|description|purpose|overview|details|role)|
        about\s+(?:the|this|us|you|our)\b.*|
        (?:main|key|core|essential|principal)\s+(?:duties|responsibilities|tasks|functions|purpose).*|
        duties(?:\s+and\s+responsibilities)?|responsibilities|
        person(?:al)?\s+specification|selection\s+criteria|
        benefits.*|what\s+we\s+offer.*|how\s+to\s+apply.*|interview.*|
        (?:selection|recruitment)\s+process|the\s+role|role\s+(?:purpose|summary|description)|
        purpose\s+of\s+the\s+(?:post|role|job)|position\s+(?:summary|overview|description)|
        summary|overview|background.*|who\s+we\s+are.*|what\s+you.*|who\s+you\s+are|
        what\s+we.*|working\s+for\s+us|contact.*|additional\s+information|further\s+information|
        closing\s+date.*|terms\s+and\s+conditions|(?:working\s+)?relationships|
        communications?\s+and\s+(?:working\s+)?relationships
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_STYLES_START = re.compile(
    rb"<(\w+):styles\b[^>]*\bxmlns:\1=\"http://schemas\.openxmlformats\.org/wordprocessingml/2006/main\"[^>]*>"
)
_LIST_NAME = re.compile(r"^list (?:paragraph|bullet|number)(?: ([2-9]))?$")


def read(data: bytes, path: str = "<docx>", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx/.docm file's bytes into a :class:`Document` (format ``docx``).

    Raises :class:`CorruptDocument`, :class:`TooLarge`, :class:`EncryptedDocument`,
    :class:`EmptyDocument` or :class:`Timeout`, each with a one-line message.
    """
    if len(data) > limits.max_bytes:
        raise too_large(len(data), limits.max_bytes)
    package = _Package(data)
    main = package.main_part()
    package.check_elements(main, limits)  # before lxml builds the tree (about 1 KB an element)
    root = package.xml(main)
    if root is None:
        raise CorruptDocument(f"not a valid Word document: no {main} in the package")
    body = root.find(BODY)
    if body is None:
        raise CorruptDocument(f"not a valid Word document: {main} has no body")
    rels = package.relationships(main)
    styles_name = next((t for t, kind in rels.values() if kind == "styles"), "word/styles.xml")
    builder = DocumentBuilder(path=path, format="docx")
    walker = _Walker(
        builder,
        _Styles(package, styles_name),
        time.monotonic() + limits.timeout,
        limits.timeout,
    )
    was_collecting = gc.isenabled()
    gc.disable()  # the blocks are acyclic: collecting while they pile up only costs time
    try:
        walker.mark(body)
        walker.blocks(body, None)
        builder.sections.stack.clear()  # headers and footers belong to no section
        for kind, part in package.headers_and_footers(body, rels):
            walker.part(package.xml(part), kind)
    except RecursionError:
        raise CorruptDocument("not a valid Word document: content nested too deeply") from None
    finally:
        if was_collecting:
            gc.enable()
    if walker.tracked:
        builder.note(_TRACKED_NOTE)
    if walker.alt_chunks:
        builder.note("imported content (altChunk) not read")
    if not builder.blocks:
        raise EmptyDocument("no text in the Word document")
    builder.title_source("document title", _core_title(package))
    return builder.build()


def _core_title(package: _Package) -> str | None:
    """The core properties' ``dc:title`` (File > Properties > Title), when set."""
    try:
        root = package.xml("docProps/core.xml")
    except (CorruptDocument, TooLarge):
        return None
    if root is None:
        return None
    node = root.find("{http://purl.org/dc/elements/1.1/}title")
    return node.text[:200] if node is not None and node.text else None


def _line(exc: BaseException | str) -> str:
    """An exception's message on one line, kept short."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _on(el: etree._Element | None) -> bool | None:
    """An on/off property (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if el is None:
        return None
    return el.get(VAL, "1").lower() not in _FALSE


def mc_branch(alt: etree._Element) -> etree._Element | None:
    """The one branch of ``mc:AlternateContent`` to read: the first Choice, else Fallback."""
    choice = alt.find(MC_CHOICE)
    return choice if choice is not None else alt.find(MC_FALLBACK)


def sdt_content(sdt: etree._Element) -> etree._Element | None:
    """The content of a block-level content control (``w:sdt``) that is read: ``None`` for
    one showing its placeholder, a table of contents, or one with no content."""
    props = sdt.find(SDT_PR)
    if props is not None and (
        props.find(SHOWING_PLACEHOLDER) is not None
        or any(g.get(VAL) == "Table of Contents" for g in props.iter(DOC_PART_GALLERY))
    ):
        return None
    return sdt.find(SDT_CONTENT)


# -- the package --------------------------------------------------------------------------


class _Package:
    """The zip, checked for bombs and encryption before anything is unpacked."""

    def __init__(self, data: bytes) -> None:
        if data[:4] == b"\xd0\xcf\x11\xe0":
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise EncryptedDocument(
                    "the Word document is password-protected: remove the password first"
                )
            raise CorruptDocument("not a valid Word document: an old binary Office (OLE) file")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            ValueError,
            OSError,
            EOFError,
            NotImplementedError,
        ) as exc:
            # a download or copy cut short, or a file that only looks like one: say what to do
            raise CorruptDocument(
                f"not a valid Word document: the file is damaged or cut short ({_line(exc)}):"
                " open it in Word and save it again"
            ) from None
        total = 0
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename.lstrip("/")
            if (
                name.rsplit("/", 1)[-1] in ("EncryptedPackage", "EncryptionInfo")
                or info.flag_bits & 0x1
            ):
                raise EncryptedDocument(
                    "the Word document is password-protected: remove the password first"
                )
            if info.file_size > BOMB_MIN_SIZE and info.file_size > BOMB_RATIO * max(
                info.compress_size, 1
            ):
                raise CorruptDocument(
                    f"not a valid Word document: {name} unpacks {info.file_size // max(info.compress_size, 1)}"
                    " times bigger than it is packed (a zip bomb?)"
                )
            total += info.file_size
            self.members.setdefault(name.lower(), info)
        if total > MAX_UNPACKED:
            raise TooLarge(
                f"the Word document unpacks to {total / 2**20:.0f} MB, over the {MAX_UNPACKED // 2**20} MB limit"
            )
        self.budget = MAX_UNPACKED

    def read(self, name: str) -> bytes | None:
        """A member's bytes (None when absent), never more than the unpacked budget."""
        info = self.members.get(name.lstrip("/").lower())
        if info is None:
            return None
        try:
            with self.zip.open(info) as handle:
                raw = handle.read(self.budget + 1)
        except RuntimeError as exc:  # "... is encrypted, password required"
            raise EncryptedDocument(
                f"the Word document is password-protected ({_line(exc)})"
            ) from None
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise CorruptDocument(
                f"not a valid Word document: cannot unpack {name} ({_line(exc)})"
            ) from None
        if len(raw) > self.budget:
            raise TooLarge(f"the Word document unpacks to more than {MAX_UNPACKED // 2**20} MB")
        self.budget -= len(raw)
        return raw

    def check_elements(self, name: str, limits: Limits) -> None:
        """Refuse (TooComplex) a member with more than ``limits.max_elements`` tags, counted
        as it unpacks and stopped at the limit, so a huge body costs no more than a body at
        the limit. A member that cannot be unpacked is left for :meth:`read` to report."""
        info = self.members.get(name.lstrip("/").lower())
        if info is None:
            return
        count, unpacked, last = 0, 0, b""
        try:
            with self.zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > self.budget:
                        return  # read() refuses it as too big
                    count += chunk.count(b"<") - (last + chunk[:1]).count(b"</") - chunk.count(b"</")
                    last = chunk[-1:]
                    if count > limits.max_elements:
                        check_elements(count, limits, exact=False)
        except (RuntimeError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError):  # fmt: skip
            return

    def xml(self, name: str) -> etree._Element | None:
        """A member parsed safely: no DTDs, no entities, no network, no huge trees."""
        raw = self.xml_bytes(name)
        return None if raw is None else self.parse(raw, name)

    def xml_bytes(self, name: str) -> bytes | None:
        """A member's XML, refused if it declares entities, Strict namespaces made transitional."""
        raw = self.read(name)
        if raw is None:
            return None
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
            raise CorruptDocument(_ENTITIES)
        if b"purl.oclc.org/ooxml/" in raw:  # ISO 29500 Strict: same markup, other namespaces
            for strict, transitional in _STRICT:
                raw = raw.replace(strict, transitional)
        return raw

    @staticmethod
    def parse(raw: bytes, name: str) -> etree._Element:
        """Parse XML safely: no DTDs, no entities, no network, no huge trees."""
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
            load_dtd=False,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
        )
        try:
            root = etree.fromstring(raw, parser)
        except etree.XMLSyntaxError as exc:
            raise CorruptDocument(
                f"not a valid Word document: {name} is not well-formed XML ({_line(exc)})"
            ) from None
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None:
            raise CorruptDocument(_ENTITIES)
        return root

    def main_part(self) -> str:
        """The main document part named by ``_rels/.rels`` (``word/document.xml`` usually)."""
        for target, kind in self._rels("_rels/.rels", "").values():
            if kind == "officeDocument" and target.lower() in self.members:
                return target
        return "word/document.xml"

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """``{id: (target part, type's last word)}`` for ``part``'s internal relationships."""
        folder, base = posixpath.split(part)
        return self._rels(posixpath.join(folder, "_rels", base + ".rels"), folder)

    def _rels(self, name: str, folder: str) -> dict[str, tuple[str, str]]:
        root = self.xml(name)
        if root is None:
            return {}
        found: dict[str, tuple[str, str]] = {}
        for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            target = (
                target[1:]
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            found[rel.get("Id") or ""] = (target, (rel.get("Type") or "").rsplit("/", 1)[-1])
        return found

    def headers_and_footers(
        self, body: etree._Element, rels: dict[str, tuple[str, str]]
    ) -> Iterator[tuple[BlockKind, str]]:
        """Header parts then footer parts, in the order the sections refer to them."""
        if not rels:  # no relationships part: take the conventional names
            names = sorted(self.members, key=lambda n: (len(n), n))
            for kind in ("header", "footer"):
                pattern = re.compile(rf"^word/{kind}\d*\.xml$")
                for name in names:
                    if pattern.match(name):
                        yield kind, name  # type: ignore[misc]
            return
        for kind, tag in (("header", HEADER_REF), ("footer", FOOTER_REF)):
            seen: set[str] = set()
            for sect in body.iter(SECT_PR):
                for ref in sect.iter(tag):
                    target, rel_kind = rels.get(ref.get(R_ID) or "", ("", ""))
                    if rel_kind == kind and target not in seen:
                        seen.add(target)
                        yield kind, target  # type: ignore[misc]


# -- styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None
    bold: bool | None


class _Styles:
    """Style ids resolved to heading levels, list levels and boldness (with ``basedOn``).

    ``styles.xml`` is often the biggest part (hundreds of KB of table styles), so it is
    parsed only when a paragraph uses a style id outside Word's standard English ids,
    whose meaning is fixed (``Heading2``, ``ListBullet``, ``Normal`` ...).
    """

    def __init__(self, package: _Package, name: str) -> None:
        self._package = package
        self._name = name
        self._raw: bytes | None = None
        self._wrap: tuple[bytes, bytes] | None = None  # the root's start and end tags
        self._uniform = False  # every styleId is written prefix:styleId="..."
        self._index: dict[str, etree._Element] | None = None  # after a full parse
        self._styles: dict[str, _Style | None] = {}
        self._memo: dict[tuple[str, str], object] = {}

    def _style(self, sid: str) -> _Style | None:
        if sid not in self._styles:
            el = self._element(sid)
            self._styles[sid] = _parse_style(el) if el is not None else None
        return self._styles[sid]

    def _element(self, sid: str) -> etree._Element | None:
        """The ``w:style`` with id ``sid``: cut out of the raw part when it can be, since
        parsing every table style of a big ``styles.xml`` costs more than the document."""
        if self._raw is None:
            self._raw = self._package.xml_bytes(self._name) or b""
            m = _STYLES_START.search(self._raw, 0, 65536)
            if m is not None:
                self._wrap = (m.group(0), b"</" + m.group(1) + b":styles>")
                written = self._raw.count(m.group(1) + b':styleId="')
                self._uniform = written == self._raw.count(b"styleId")
        if self._index is None and self._wrap is not None:
            el = self._fragment(sid)
            if el is not None or self._uniform:
                return el  # (None: no such style)
        if self._index is None:  # the whole part, once
            self._index = {}
            if self._raw:
                root = self._package.parse(self._raw, self._name)
                for el in root.iterchildren(STYLE):
                    self._index.setdefault(el.get(STYLE_ID) or "", el)
        return self._index.get(sid)

    def _fragment(self, sid: str) -> etree._Element | None:
        assert self._raw is not None and self._wrap is not None
        raw, (open_tag, close_tag) = self._raw, self._wrap
        prefix = close_tag[2:-8]
        attr = sid.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").encode()
        at = raw.find(prefix + b':styleId="' + attr + b'"')
        if at < 0:
            return None
        start = raw.rfind(b"<" + prefix + b":style", 0, at)
        tag_end = raw.find(b">", at)
        if start < 0 or tag_end < 0:
            return None
        if raw[tag_end - 1 : tag_end] == b"/":
            end = tag_end + 1
        else:
            end = raw.find(b"</" + prefix + b":style>", tag_end)
            if end < 0:
                return None
            end += len(prefix) + 9  # len("</" + prefix + ":style>")
        try:
            root = self._package.parse(open_tag + raw[start:end] + close_tag, self._name)
        except CorruptDocument:
            return None
        el = root[0] if len(root) else None
        if el is None or el.tag != STYLE or el.get(STYLE_ID) != sid:
            return None
        return el

    def _chain(self, sid: str) -> Iterator[_Style]:
        seen: set[str] = set()
        current: str | None = sid
        while current and current not in seen and len(seen) < 20:
            seen.add(current)
            style = self._style(current)
            if style is None:
                return
            yield style
            current = style.based_on

    def _lookup(self, kind: str, sid: str) -> object:
        key = (kind, sid)
        if key not in self._memo:
            builtin = _builtin_style(sid)
            self._memo[key] = builtin[kind] if builtin is not None else self._resolve(kind, sid)
        return self._memo[key]

    def heading_level(self, sid: str) -> int:
        """1-9 for Title / Heading N styles (or styles built on them), else 0."""
        return self._lookup("heading", sid)  # type: ignore[return-value]

    def list_level(self, sid: str) -> int | None:
        """The list level a paragraph style implies (numbered or List ... style), else None."""
        return self._lookup("list", sid)  # type: ignore[return-value]

    def bold(self, sid: str) -> bool:
        return self._lookup("bold", sid)  # type: ignore[return-value]

    def skipped(self, sid: str) -> bool:
        """Table-of-contents entries repeat the headings: not read."""
        return self._lookup("skip", sid)  # type: ignore[return-value]

    def _resolve(self, kind: str, sid: str) -> object:
        chain = list(self._chain(sid))
        if kind == "heading":
            if not chain:  # no styles part, or an id it does not define
                m = _HEADING_NAME.match(sid.lower())
                return int(m.group(1)) if m else 1 if sid.lower() == "title" else 0
            for style in chain:
                m = _HEADING_NAME.match(style.name)
                if m:
                    return int(m.group(1))
                if style.name == "title":
                    return 1
                if style.outline is not None:
                    return style.outline + 1 if style.outline < 9 else 0
            return 0
        if kind == "list":
            for style in chain:
                named = _LIST_NAME.match(style.name)
                if style.num_id is not None:
                    if style.num_id in ("", "0"):
                        return None
                    if style.ilvl is not None:
                        return style.ilvl
                    return int(named.group(1) or 1) - 1 if named else 0
                if named:
                    return int(named.group(1) or 1) - 1
            return None
        if kind == "bold":
            return next((s.bold for s in chain if s.bold is not None), False)
        return bool(chain) and (chain[0].name.startswith("toc ") or chain[0].name == NOTE_STYLE)


def _parse_style(el: etree._Element) -> _Style:
    name_el, based_el = el.find(NAME), el.find(BASED_ON)
    outline = num_id = ilvl = None
    ppr = el.find(PPR)
    if ppr is not None:
        out_el, num_el = ppr.find(OUTLINE), ppr.find(NUM_PR)
        if out_el is not None:
            outline = _int(out_el.get(VAL), 9)
        if num_el is not None:
            id_el, lvl_el = num_el.find(NUM_ID), num_el.find(ILVL)
            num_id = id_el.get(VAL, "") if id_el is not None else ""
            ilvl = _int(lvl_el.get(VAL)) if lvl_el is not None else None
    rpr = el.find(RPR)
    name = name_el.get(VAL, "") if name_el is not None else ""
    return _Style(
        name=" ".join(name.lower().split()),
        based_on=based_el.get(VAL) if based_el is not None else None,
        outline=outline,
        num_id=num_id,
        ilvl=ilvl,
        bold=_on(rpr.find(BOLD)) if rpr is not None else None,
    )


_PLAIN_STYLES = frozenset(
    [
        "Normal",
        "Header",
        "Footer",
        "TableGrid",
        "NoSpacing",
        "BodyText",
        "BodyText2",
        "BodyText3",
        "BodyTextIndent",
        "Quote",
        "IntenseQuote",
        "Caption",
        "FootnoteText",
        "EndnoteText",
        "CommentText",
        "BalloonText",
        "NormalWeb",
        "PlainText",
        "Revision",
        "Default",
        "TableParagraph",
        "Subtitle",
        "Hyperlink",
        "FollowedHyperlink",
        "Emphasis",
        "IntenseEmphasis",
        "SubtleEmphasis",
        "DefaultParagraphFont",
        "PlaceholderText",
        "CommentReference",
        "FootnoteReference",
        "ListContinue",
        "NormalIndent",
    ]
)
_BUILTIN_ID = re.compile(
    r"^(?:Heading([1-9])|Title|List(?:Bullet|Number)([2-5])?|ListParagraph|TOC\d|TOCHeading|Strong|Heading[1-9]Char)$"
)


def _builtin_style(sid: str) -> dict[str, object] | None:
    """What a standard English Word style id means, or None to look it up in styles.xml."""
    if sid in _PLAIN_STYLES:
        return {"heading": 0, "list": None, "bold": False, "skip": False}
    m = _BUILTIN_ID.match(sid)
    if m is None:
        return None
    heading = int(m.group(1)) if m.group(1) else 1 if sid == "Title" else 0
    listed = (int(m.group(2) or 1) - 1) if sid.startswith("List") else None
    bold = sid == "Strong" or sid.endswith("Char")
    return {"heading": heading, "list": listed, "bold": bold, "skip": sid.startswith("TOC")}


# -- paragraphs ----------------------------------------------------------------------------


class _Para:
    """One ``w:p`` as read: normalised text, run offsets and the properties that matter."""

    __slots__ = (
        "boxes",
        "ilvl",
        "num_id",
        "outline",
        "runs",
        "style",
        "text",
        "text_runs",
        "tracked",
    )

    def __init__(self) -> None:
        self.text = ""
        self.runs: list[tuple[int, int]] = []  # (offset in text, 1-based run index)
        self.style: str | None = None
        self.num_id: str | None = None
        self.ilvl = 0
        self.outline: int | None = None
        self.tracked = False
        self.boxes: list[etree._Element] = []  # w:txbxContent anchored here
        self.text_runs: list[etree._Element] = []  # the runs with visible text


def _join(segments: list[tuple[str, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Concatenate run texts, collapsing white space (a line break survives as ``\\n``)."""
    runs: list[tuple[int, int]] = []
    if not segments:
        return "", runs
    whole = "".join([text for text, _ in segments]) if len(segments) > 1 else segments[0][0]
    if _tidy(whole):  # the common case: nothing to collapse
        offset = 0
        for text, k in segments:
            runs.append((offset, k))
            offset += len(text)
        return whole, runs
    pieces: list[str] = []
    length = 0
    pending = ""  # white space owed before the next word: "", " " or "\n"
    for raw, k in segments:
        core = raw.strip()
        if not core:
            if length:
                pending = "\n" if "\n" in raw or pending == "\n" else " "
            continue
        lead = raw[: len(raw) - len(raw.lstrip())]
        if lead:
            pending = "\n" if "\n" in lead or pending == "\n" else " "
        if "\n" in core:
            core = "\n".join(" ".join(part.split()) for part in core.split("\n") if part.strip())
        elif not _tidy(core):
            core = " ".join(core.split())
        if pending and length:
            pieces.append(pending)
            length += 1
        runs.append((length, k))
        pieces.append(core)
        length += len(core)
        trail = raw[len(raw.rstrip()) :]
        pending = ("\n" if "\n" in trail else " ") if trail else ""
    return "".join(pieces), runs


def _tidy(text: str) -> bool:
    """No white space to collapse: single ASCII spaces only, none at either end."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _find_boxes(el: etree._Element, out: list[etree._Element]) -> None:
    """Text boxes inside a drawing or VML shape (one branch of each AlternateContent)."""
    for child in el:
        tag = child.tag
        if tag == TXBX_CONTENT:
            out.append(child)
        elif tag == MC_ALT:
            branch = mc_branch(child)
            if branch is not None:
                _find_boxes(branch, out)
        elif tag != MC_FALLBACK and len(child):
            _find_boxes(child, out)


# -- tables --------------------------------------------------------------------------------


@dataclass
class _Cell:
    col: int  # 0-based grid column
    span: int
    element: etree._Element
    merged: bool  # a vMerge/hMerge continuation: shown as part of another cell
    tracked: bool = False
    items: list[_Para | etree._Element] = field(default_factory=list)  # paragraphs and tables
    text: str = ""  # the cell's text on one line (for headers); for a continuation, its origin's

    @property
    def paras(self) -> list[_Para]:
        return [item for item in self.items if isinstance(item, _Para) and item.text]

    @property
    def has_content(self) -> bool:
        return bool(self.text) or any(
            not isinstance(item, _Para) or item.boxes for item in self.items
        )


@dataclass
class _Row:
    cells: list[_Cell]
    kind: str = "cells"  # cells | title | label | explicit
    para: _Para | None = None  # the one paragraph of a title/label/explicit row
    cell: _Cell | None = None


# -- the walk ------------------------------------------------------------------------------


class _Walker:
    """Walks WordprocessingML in reading order and feeds the builder."""

    def __init__(
        self, builder: DocumentBuilder, styles: _Styles, deadline: float, timeout: float
    ) -> None:
        self.builder = builder
        self.styles = styles
        self.deadline = deadline
        self.timeout = timeout
        self.paragraphs = 0
        self.tables = 0
        self.tracked = False
        self.alt_chunks = False
        self.explicit_level = 0  # level of the last styled heading (Title, Heading N)
        self.structural = False  # a styled or major heading came inside the current table
        self.seen_parts: set[tuple[str, str]] = set()
        self.special: set[etree._Element] = set()  # paragraphs that need the careful path
        self.heads_list = False  # the paragraph being emitted is followed by a list item or a table

    def mark(self, root: etree._Element) -> None:
        """Find the paragraphs holding tracked changes, drawings, controls or hidden text."""
        special = self.special
        for el in root.iter(*_SPECIAL):
            for ancestor in el.iterancestors(P):
                if ancestor in special:
                    break  # its own ancestors are in already
                special.add(ancestor)

    # block level

    def _items(self, parent: etree._Element) -> Iterator[etree._Element]:
        """The ``w:p`` and ``w:tbl`` under ``parent``, through content controls and wrappers."""
        for child in parent:
            tag = child.tag
            if tag in (P, TBL):
                yield child
            elif tag == SDT:
                content = sdt_content(child)
                if content is not None:
                    yield from self._items(content)
            elif tag in (CUSTOM_XML, SMART_TAG, INS, MOVE_TO):
                yield from self._items(child)
            elif tag == MC_ALT:
                branch = mc_branch(child)
                if branch is not None:
                    yield from self._items(branch)
            elif tag == ALT_CHUNK:
                self.alt_chunks = True

    def blocks(self, parent: etree._Element, kind: BlockKind | None) -> None:
        """Paragraphs and tables under ``parent``; ``kind`` forces a block kind (None: body)."""
        items = list(self._items(parent))
        for i, el in enumerate(items):
            if el.tag == P:
                para = self.parse(el)
                self.heads_list = kind is None and section_phrase(para.text) and self._list_follows(items, i + 1)
                self.paragraph(para, kind)
                self.heads_list = False
            else:
                self.table(el, kind)

    def _list_follows(self, items: list[etree._Element], start: int) -> bool:
        """Is the next item with text a list item (a list level or a typed bullet) or a table?
        Read only after a section phrase ("What we are looking for"), so rarely."""
        for el in items[start : start + 4]:
            if el.tag != P:
                return True
            para = self.parse(el)
            if para.text.strip():
                return self._list_level(para) is not None or bool(bullet_prefix(para.text))
        return False

    def part(self, root: etree._Element | None, kind: BlockKind) -> None:
        """A page header or footer part, skipped when an identical one was read."""
        if root is None:
            return
        self.mark(root)
        key = (kind, " ".join("".join(t.text or "" for t in root.iter(T)).split()))
        if not key[1] or key in self.seen_parts:
            return
        self.seen_parts.add(key)
        self.blocks(root, kind)

    # paragraphs

    def parse(self, p: etree._Element) -> _Para:
        """Read one ``w:p`` (no block is emitted yet)."""
        para = _Para()
        segments: list[tuple[str, int]] = []
        if p in self.special:
            for child in p:
                if child.tag == PPR:
                    self._properties(child, para)
                    break
            self._inline(p, para, segments, [0])
        else:
            self._plain(p, para, segments)
        para.text, para.runs = _join(segments)
        return para

    @staticmethod
    def _plain(p: etree._Element, para: _Para, segments: list[tuple[str, int]]) -> None:
        """The fast path, one pass over the paragraph: no tracked changes, drawings,
        content controls or hidden text, so no subtree needs skipping."""
        k = 0
        run = None
        parts: list[str] = []
        fast = _FAST
        for el in p.iter():
            code = fast.get(el.tag)
            if code is None:
                continue
            if code == 2:  # w:t
                if el.text:
                    parts.append(el.text)
            elif code == 1:  # w:r
                if parts:
                    text = "".join(parts)
                    segments.append((text, k))
                    if not text.isspace():
                        para.text_runs.append(run)
                    parts = []
                k += 1
                run = el
            elif code <= 5:
                if run is not None:  # not a tab stop (w:tabs/w:tab) in the properties
                    parts.append(("\t", "\n", "-")[code - 3])
            elif code == 6:
                para.style = el.get(VAL)
            elif code == 7:
                para.num_id = el.get(VAL, "")
            elif code == 8:
                para.ilvl = _int(el.get(VAL))
            else:
                para.outline = _int(el.get(VAL), 9)
        if parts:
            text = "".join(parts)
            segments.append((text, k))
            if not text.isspace():
                para.text_runs.append(run)

    def _properties(self, ppr: etree._Element, para: _Para) -> None:
        for child in ppr:
            tag = child.tag
            if tag == P_STYLE:
                para.style = child.get(VAL)
            elif tag == NUM_PR:
                id_el, lvl_el = child.find(NUM_ID), child.find(ILVL)
                para.num_id = id_el.get(VAL, "") if id_el is not None else ""
                para.ilvl = _int(lvl_el.get(VAL)) if lvl_el is not None else 0
            elif tag == OUTLINE:
                para.outline = _int(child.get(VAL), 9)
            elif tag == RPR and (child.find(INS) is not None or child.find(DEL) is not None):
                para.tracked = self.tracked = True  # the paragraph mark itself was changed

    def _inline(
        self,
        parent: etree._Element,
        para: _Para,
        segments: list[tuple[str, int]],
        counter: list[int],
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == R:
                counter[0] += 1
                self._run(child, para, segments, counter[0])
            elif tag in _INLINE_SKIP:
                if tag in (DEL, MOVE_FROM):
                    para.tracked = self.tracked = True
            elif tag in (INS, MOVE_TO):
                para.tracked = self.tracked = True
                self._inline(child, para, segments, counter)
            elif tag == MC_ALT:
                branch = mc_branch(child)
                if branch is not None:
                    self._inline(branch, para, segments, counter)
            elif tag == SDT:
                props = child.find(SDT_PR)
                if props is None or props.find(SHOWING_PLACEHOLDER) is None:
                    self._inline(child, para, segments, counter)
            elif len(child):  # hyperlinks, fields, smart tags, custom XML ...
                self._inline(child, para, segments, counter)

    def _run(
        self, run: etree._Element, para: _Para, segments: list[tuple[str, int]], k: int
    ) -> None:
        rpr = run.find(RPR)
        if rpr is not None and _on(rpr.find(VANISH)):
            return  # hidden text
        parts: list[str] = []
        self._run_content(run, parts, para)
        if parts:
            text = "".join(parts)
            segments.append((text, k))
            if not text.isspace():
                para.text_runs.append(run)

    def _run_content(self, parent: etree._Element, parts: list[str], para: _Para) -> None:
        for child in parent:
            tag = child.tag
            if tag == T:
                if child.text:
                    parts.append(child.text)
            elif tag in (TAB, PTAB):
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag == NB_HYPHEN:
                parts.append("-")
            elif tag in (DRAWING, PICT, OBJECT):
                _find_boxes(child, para.boxes)
            elif tag == MC_ALT:
                branch = mc_branch(child)
                if branch is not None:
                    self._run_content(branch, parts, para)

    def _tick(self) -> int:
        self.paragraphs += 1
        if not self.paragraphs & 1023 and time.monotonic() > self.deadline:
            raise Timeout(f"reading the Word document took longer than {self.timeout:g} s")
        return self.paragraphs

    def _explicit_level(self, para: _Para) -> int:
        """The heading level from direct outline level or the paragraph style, else 0."""
        if para.outline is not None:
            level = para.outline + 1 if para.outline < 9 else 0
        else:
            level = self.styles.heading_level(para.style) if para.style else 0
        if level and len(para.text.split()) > 30:
            return 0  # a whole sentence in a heading style is body text
        return level

    def _list_level(self, para: _Para) -> int | None:
        if para.num_id is not None:
            return para.ilvl if para.num_id not in ("", "0") else None
        return self.styles.list_level(para.style) if para.style else None

    def _short_bold(self, para: _Para) -> bool:
        """A short all-bold line without a full stop: a heading in many adverts."""
        text = para.text
        if len(text) > 80 or "\n" in text or text[-1] in ".,;!?" or label_prefix(text) or lead_in(text):
            return False  # a lead-in ("Lived experience is essential, including:") is a sentence
        if len(text.split()) > 8 or not any(c.isalpha() for c in text) or not para.text_runs:
            return False
        style_bold = self.styles.bold(para.style) if para.style else False
        for run in para.text_runs:
            rpr = run.find(RPR)
            bold = None
            if rpr is not None:
                bold = _on(rpr.find(BOLD))
                if bold is None:
                    rstyle = rpr.find(R_STYLE)
                    if rstyle is not None and rstyle.get(VAL):
                        bold = self.styles.bold(rstyle.get(VAL, "")) or None
            if not (style_bold if bold is None else bold):
                return False
        return True

    def _label_level(self) -> int:
        """Level for "Essential"/"Desirable": one under the nearest heading that is no label."""
        for level, title in reversed(self.builder.sections.stack):
            if pseudo_heading(title) != 2:
                return level + 1
        return 2

    def _explicit_heading(
        self, text: str, level: int, anchors: tuple[Anchor, ...], tracked: bool
    ) -> None:
        self.builder.heading(text, level, anchors, tracked=tracked)
        self.explicit_level = level
        self.structural = True

    def _pseudo_heading(
        self, text: str, level: int, anchors: tuple[Anchor, ...], tracked: bool
    ) -> None:
        """A heading without a heading style: where it goes depends on what it names.

        Requirement labels go one under the heading above; major sections ("Person
        specification", "How to apply") are siblings of the last styled heading; other
        headings ("Qualifications", bold lines) go one under the last major one.
        """
        top = max(self.explicit_level, 1)
        if level == 2:
            level = self._label_level()
        elif _MAJOR.match(text.rstrip(":").strip()) or section_phrase(text):
            level = top  # a section phrase asking for the applicant opens a section of its own
            self.structural = True
        else:
            stack = self.builder.sections.stack
            level = max((lvl for lvl, _ in stack if lvl <= top), default=0) + 1
        self.builder.heading(text, level, anchors, tracked=tracked)

    def paragraph(self, para: _Para, kind: BlockKind | None) -> None:
        """Emit one paragraph (body rules when ``kind`` is None) and its text boxes."""
        number = self._tick()
        text = para.text
        if number == 1 and kind is None and _OWN_INTRO.fullmatch(text):
            text = ""  # jdlint's own line atop a Word copy it built (see NOTE_STYLE)
        if text and not (para.style and self.styles.skipped(para.style)):
            anchors = tuple(Anchor(off, Location(paragraph=number, run=k)) for off, k in para.runs)
            if kind is not None:
                self.builder.add(kind, text, anchors, tracked=para.tracked)
            else:
                self._body(para, anchors)
        for box in para.boxes:
            self.blocks(box, kind if kind in ("header", "footer") else "text-box")

    def _body(self, para: _Para, anchors: tuple[Anchor, ...]) -> None:
        text, tracked = para.text, para.tracked
        level = self._explicit_level(para)
        if level:
            self._explicit_heading(text, level, anchors, tracked)
            return
        pseudo = pseudo_heading(text) if "\n" not in text else 0
        listed = self._list_level(para)
        if listed is not None and not (pseudo and self._short_bold(para)):
            self.builder.add("list-item", text, anchors, level=listed, tracked=tracked)
            return
        if not pseudo and (self._short_bold(para) or self.heads_list):
            pseudo = 1  # a short bold line; a section phrase that a list follows ("What we are looking for")
        if pseudo:
            self._pseudo_heading(text, pseudo, anchors, tracked)
            return
        marker = bullet_prefix(text)
        if marker and text[marker:].strip():
            cut = len(text) - len(text[marker:].lstrip())
            shifted = tuple(Anchor(max(0, a.offset - cut), a.location) for a in anchors)
            self.builder.add("list-item", text[cut:], _dedupe(shifted), level=0, tracked=tracked)
            return
        self.builder.add("paragraph", text, anchors, tracked=tracked)

    # tables

    def _grid(self, tbl: etree._Element) -> list[_Row]:
        """The table's rows as grid cells, tracked row and cell deletions dropped."""
        rows: list[_Row] = []
        above: dict[int, str] = {}  # grid column -> text of the cell a vMerge continues
        for tr in self._row_items(tbl):
            trpr = tr.find(TRPR)
            row_tracked = False
            if trpr is not None:
                if trpr.find(DEL) is not None:
                    self.tracked = True
                    continue
                row_tracked = trpr.find(INS) is not None
                if row_tracked:
                    self.tracked = True
                before = trpr.find(GRID_BEFORE)
                col = max(0, _int(before.get(VAL))) if before is not None else 0
            else:
                col = 0
            cells: list[_Cell] = []
            for tc in self._cell_items(tr):
                span, merged, tracked = 1, False, row_tracked
                tcpr = tc.find(TCPR)
                if tcpr is not None:
                    if tcpr.find(CELL_DEL) is not None:
                        self.tracked = True
                        continue
                    if tcpr.find(CELL_INS) is not None:
                        self.tracked = tracked = True
                    span_el = tcpr.find(GRID_SPAN)
                    if span_el is not None:
                        span = min(max(1, _int(span_el.get(VAL), 1)), 1000)
                    vmerge, hmerge = tcpr.find(V_MERGE), tcpr.find(H_MERGE)
                    merged = (
                        vmerge is not None
                        and vmerge.get(VAL, "continue") == "continue"
                        and bool(rows)
                    ) or (
                        hmerge is not None
                        and hmerge.get(VAL, "continue") == "continue"
                        and bool(cells)
                    )
                cell = _Cell(col=col, span=span, element=tc, merged=merged, tracked=tracked)
                if merged:
                    cell.text = above.get(col, "")
                else:
                    cell.items = [self.parse(el) if el.tag == P else el for el in self._items(tc)]
                    cell.text = " ".join(" ".join(p.text.split()) for p in cell.paras)
                    above[col] = cell.text
                cells.append(cell)
                col += span
            rows.append(_Row(cells))
        return rows

    def _row_items(self, tbl: etree._Element) -> Iterator[etree._Element]:
        return wrapped_children(tbl, TR)

    def _cell_items(self, tr: etree._Element) -> Iterator[etree._Element]:
        return wrapped_children(tr, TC)

    def _classify(self, row: _Row) -> None:
        """Is the row one short line alone (a heading or an Essential/Desirable label)?"""
        live = [c for c in row.cells if (c.has_content if not c.merged else c.text)]
        if len(live) != 1 or live[0].merged:
            return
        cell = live[0]
        paras = cell.paras
        if len(paras) != 1 or any(not isinstance(i, _Para) or i.boxes for i in cell.items):
            return
        para = paras[0]
        if "\n" in para.text:
            return
        if self._explicit_level(para):
            row.kind = "explicit"
        elif pseudo_heading(para.text) == 2:
            row.kind = "label"
        elif cell.col == 0 and (pseudo_heading(para.text) or self._short_bold(para)):
            row.kind = "title"
        else:
            return
        row.para, row.cell = para, cell

    def table(self, tbl: etree._Element, kind: BlockKind | None) -> None:
        """Emit a table: heading rows as headings, every other cell as a block."""
        rows = self._grid(tbl)
        if kind in ("header", "footer"):
            for row in rows:
                for cell in row.cells:
                    if not cell.merged:
                        self._plain_items(cell.items, kind)
            return
        self.tables += 1
        number = self.tables
        for row in rows:
            self._classify(row)
        header = self._header_row(rows)
        headers: dict[int, str] = {}
        if header is not None:
            for cell in rows[header].cells:
                for g in range(cell.col, cell.col + min(cell.span, 64)):
                    if cell.text:
                        headers[g] = cell.text
        stack = self.builder.sections.stack
        snapshot = list(stack)
        outer = self.structural
        self.structural = False
        only_headings = True
        for r, row in enumerate(rows):
            if row.kind != "cells" and row.para is not None and row.cell is not None:
                anchors = self._heading_row_anchors(row, number, r)
                text, tracked = row.para.text, row.para.tracked
                if row.kind == "explicit":
                    self._explicit_heading(text, self._explicit_level(row.para), anchors, tracked)
                else:
                    self._pseudo_heading(text, 2 if row.kind == "label" else 1, anchors, tracked)
                continue
            first = next((c for c in row.cells if c.col == 0), None)
            row_header = first.text if first is not None and first.text else None
            data_row = header is not None and r > header
            for cell in row.cells:
                if cell.merged:
                    continue
                only_headings = only_headings and not cell.has_content
                self._cell(
                    cell,
                    number,
                    r,
                    headers.get(cell.col) if data_row else None,
                    row_header if cell.col > 0 and r != header else None,
                )
        if only_headings:
            pass  # a heading in a box: it heads what follows
        elif self.structural:  # a layout table: drop only its minor headings and labels
            common = next(
                (i for i, (a, b) in enumerate(zip(snapshot, stack, strict=False)) if a != b),
                min(len(snapshot), len(stack)),
            )
            top = max(self.explicit_level, 1)
            while len(stack) > common and stack[-1][0] > top:
                stack.pop()
        else:
            stack[:] = snapshot  # labels and sub-headings inside the table end with it
        self.structural = outer or self.structural

    def _heading_row_anchors(self, row: _Row, table: int, r: int) -> tuple[Anchor, ...]:
        """Count the paragraphs of a heading row; anchors of its one paragraph with text."""
        anchors: tuple[Anchor, ...] = ()
        for cell in row.cells:
            if cell.merged:
                continue
            loc = {"table": table, "row": r + 1, "col": cell.col + 1}
            for item in cell.items:
                if isinstance(item, _Para):
                    n = self._tick()
                    if item is row.para:
                        anchors = tuple(
                            Anchor(off, Location(paragraph=n, run=k, **loc)) for off, k in item.runs
                        )
        return anchors

    def _header_row(self, rows: list[_Row]) -> int | None:
        """The row whose cells head the columns: the first with two or more short cells."""
        for index, row in enumerate(rows):
            if row.kind == "label":
                return None
            live = [c for c in row.cells if not c.merged and c.text]
            if len(live) < 2:
                continue  # titles and full-width notes head no column
            if index == len(rows) - 1 or any(len(c.text.split()) > 10 for c in live):
                return None
            labels = [c for c in live if _MARKER.match(c.text) or pseudo_heading(c.text) == 2]
            if labels == [live[0]] and live[0].col == 0:
                return None  # "Essential | Lived experience of ...": a labelled row, not headers
            below = next((r for r in rows[index + 1 :] if r.kind == "cells"), None)
            if below is not None:
                marks = {c.col for c in below.cells if not c.merged and _MARKER.match(c.text)}
                if any(c.col in marks and _MARKER.match(c.text) for c in live):
                    return None  # "Skills | ... | E" over "Values | ... | D": data, not headers
            return index
        return None

    def _cell(
        self, cell: _Cell, table: int, row: int, column_header: str | None, row_header: str | None
    ) -> None:
        """One cell: its paragraphs as one block (split at headings, labels and tables)."""
        builder = self.builder
        snapshot = list(builder.sections.stack)
        loc = {"table": table, "row": row + 1, "col": cell.col + 1}
        extra = {
            "row": row,
            "column": cell.col,
            "column_header": column_header,
            "row_header": row_header,
        }
        texts: list[str] = []
        anchors: list[Anchor] = []
        tracked = cell.tracked
        length = 0
        several = len(cell.paras) > 1
        scoped = False
        styled = False

        def flush() -> None:
            nonlocal texts, anchors, tracked, length
            if texts:
                builder.add(
                    "table-cell", "\n".join(texts), tuple(anchors), tracked=tracked, **extra
                )
            texts, anchors, tracked, length = [], [], cell.tracked, 0

        for item in cell.items:
            if not isinstance(item, _Para):
                flush()
                self.table(item, None)
                continue
            number = self._tick()
            text = item.text
            if text and not (item.style and self.styles.skipped(item.style)):
                here = tuple(
                    Anchor(off, Location(paragraph=number, run=k, **loc)) for off, k in item.runs
                )
                level = self._explicit_level(item) if several else 0
                if level:  # a styled heading above more text in the cell
                    flush()
                    self._explicit_heading(text, level, here, item.tracked)
                    styled = True
                elif several and "\n" not in text and pseudo_heading(text) == 2:
                    flush()  # "Essential:" above a list inside the cell
                    builder.heading(text, self._label_level(), here, tracked=item.tracked)
                    scoped = True
                else:
                    if texts:
                        length += 1
                    anchors.extend(Anchor(length + a.offset, a.location) for a in here)
                    texts.append(text)
                    length += len(text)
                    tracked = tracked or item.tracked
            if item.boxes:
                flush()
                for box in item.boxes:
                    self.blocks(box, "text-box")
        flush()
        if scoped and not styled:
            builder.sections.stack[:] = snapshot

    def _plain_items(self, items: list[_Para | etree._Element], kind: BlockKind) -> None:
        for item in items:
            if isinstance(item, _Para):
                self.paragraph(item, kind)
            else:
                self.table(item, kind)


def _dedupe(anchors: tuple[Anchor, ...]) -> tuple[Anchor, ...]:
    """Keep the last anchor at each offset (the one that applies there)."""
    kept: list[Anchor] = []
    for anchor in anchors:
        if kept and kept[-1].offset == anchor.offset:
            kept[-1] = anchor
        else:
            kept.append(anchor)
    return tuple(kept)


def wrapped_children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The ``tag`` children of ``parent`` (rows of a table, cells of a row), through content
    controls and custom XML wrapped around them."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, CUSTOM_XML):
            content = child.find(SDT_CONTENT) if child.tag == SDT else child
            if content is not None:
                yield from wrapped_children(content, tag)
