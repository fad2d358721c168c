"""Small .docx files for tests: python-docx for the simple parts, raw WordprocessingML for
what python-docx cannot write (text boxes, tracked changes, numbering, hostile packages)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable, Sequence

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text: str, *, bold: bool = False, tag: str = "t") -> str:
    """A ``w:r`` with one text element (``tag="delText"`` inside deletions)."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:{tag} xml:space="preserve">{esc(text)}</w:{tag}></w:r>'


def paragraph(*content: str, ppr: str = "") -> str:
    """A ``w:p``; strings starting with ``<`` are raw XML, other strings become runs."""
    inner = "".join(c if c.startswith("<") else run(c) for c in content)
    return f"<w:p {NS}>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def inserted(text: str) -> str:
    return f'<w:ins w:id="1" w:author="Reviewer" w:date="2024-01-01T00:00:00Z">{run(text)}</w:ins>'


def deleted(text: str) -> str:
    return f'<w:del w:id="2" w:author="Reviewer" w:date="2024-01-01T00:00:00Z">{run(text, tag="delText")}</w:del>'


def moved(text_from: str, text_to: str) -> tuple[str, str]:
    """``w:moveFrom`` and ``w:moveTo`` wrappers (a tracked move)."""
    return (
        f'<w:moveFrom w:id="3" w:author="R">{run(text_from)}</w:moveFrom>',
        f'<w:moveTo w:id="4" w:author="R">{run(text_to)}</w:moveTo>',
    )


def text_box(text: str) -> str:
    """A run holding a floating text box, as Word writes it: a DrawingML shape in
    ``mc:Choice`` and the same text again as a VML shape in ``mc:Fallback``."""
    content = (
        f"<w:txbxContent>{''.join(paragraph(line) for line in text.split(chr(10)))}</w:txbxContent>"
    )
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="500000"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:157pt;height:39pt">'
        f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def numbered(text: str, ilvl: int = 0, num_id: int = 1) -> str:
    """A list paragraph numbered by ``w:numPr`` (no List style)."""
    return paragraph(
        text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )


class Advert:
    """A python-docx document with helpers; ``bytes()`` gives the .docx."""

    def __init__(self) -> None:
        self.doc = docx.Document()

    def title(self, text: str) -> Advert:
        self.doc.add_heading(text, 0)
        return self

    def heading(self, text: str, level: int = 1) -> Advert:
        self.doc.add_heading(text, level)
        return self

    def para(self, text: str, *, bold: bool = False, style: str | None = None) -> Advert:
        p = self.doc.add_paragraph(style=style)
        p.add_run(text).bold = bold or None
        return self

    def runs(self, *parts: str) -> Advert:
        """A paragraph with one run per part."""
        p = self.doc.add_paragraph()
        for part in parts:
            p.add_run(part)
        return self

    def bullets(self, items: Sequence[str], style: str = "List Bullet") -> Advert:
        for item in items:
            self.doc.add_paragraph(item, style=style)
        return self

    def table(self, rows: Sequence[Sequence[str]]) -> Table:
        """A table filled row by row ("" leaves a cell empty)."""
        width = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                if text:
                    table.cell(r, c).text = text
        return table

    def header(self, text: str, section: int = 0) -> Advert:
        self.doc.sections[section].header.paragraphs[0].text = text
        return self

    def footer(self, text: str, section: int = 0) -> Advert:
        self.doc.sections[section].footer.paragraphs[0].text = text
        return self

    def new_section(self, header: str | None = None, footer: str | None = None) -> Advert:
        section = self.doc.add_section()
        if header is not None:
            section.header.is_linked_to_previous = False
            section.header.paragraphs[0].text = header
        if footer is not None:
            section.footer.is_linked_to_previous = False
            section.footer.paragraphs[0].text = footer
        return self

    def raw(self, *xml: str) -> Advert:
        """Append raw body-level WordprocessingML (``w:p``/``w:tbl`` with namespaces)."""
        body = self.doc.element.body
        sect = body.find(qn("w:sectPr"))
        for fragment in xml:
            element = parse_xml(fragment)
            if sect is not None:
                sect.addprevious(element)
            else:
                body.append(element)
        return self

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


# -- package-level edits -------------------------------------------------------------------


def rewrite(data: bytes, edits: dict[str, bytes | Callable[[bytes], bytes] | None]) -> bytes:
    """Copy a zip, replacing (bytes), transforming (callable), dropping (None) or adding members."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in edits:
                target.writestr(info.filename, source.read(info))
                continue
            edit = edits[info.filename]
            if edit is None:
                continue
            target.writestr(info.filename, edit(source.read(info)) if callable(edit) else edit)
        for name, edit in edits.items():
            if name not in source.namelist() and isinstance(edit, bytes):
                target.writestr(name, edit)
    return out.getvalue()


def add_styles(data: bytes, *styles_xml: str) -> bytes:
    """Insert ``w:style`` elements into ``word/styles.xml``."""

    def edit(xml: bytes) -> bytes:
        return xml.replace(b"</w:styles>", "".join(styles_xml).encode() + b"</w:styles>")

    return rewrite(data, {"word/styles.xml": edit})


def document_xml(body: str) -> bytes:
    """A whole ``word/document.xml`` with ``body`` inside ``w:body``."""
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>'.encode()


def minimal(body: str) -> bytes:
    """A bare package: content types, one relationship and ``word/document.xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", document_xml(body))
    return out.getvalue()


def zip_bomb() -> bytes:
    """A real advert plus a 12 MB member of zeros that deflates about 1000 to 1."""
    data = Advert().para("Peer support worker").bytes()
    return rewrite(data, {"word/media/padding.bin": bytes(12 * 1024 * 1024)})


def claims_huge() -> bytes:
    """A package whose directory claims 3 × 80 MB members (each at a plausible ratio)."""
    data = rewrite(
        Advert().para("Peer support worker").bytes(),
        {f"word/media/big{i}.bin": b"x" * 64 for i in range(3)},
    )
    buf = bytearray(data)
    start = 0
    while (start := buf.find(b"PK\x01\x02", start)) != -1:
        name_len = struct.unpack_from("<H", buf, start + 28)[0]
        name = bytes(buf[start + 46 : start + 46 + name_len])
        if name.startswith(b"word/media/big"):
            struct.pack_into("<II", buf, start + 20, 1024 * 1024, 80 * 1024 * 1024)
        start += 4
    return bytes(buf)


def with_entities() -> bytes:
    """``word/document.xml`` with a DOCTYPE declaring nested entities (billion laughs)."""
    lols = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">' + lols + "]>"
        f"<w:document {NS}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return rewrite(
        Advert().para("Peer support worker").bytes(), {"word/document.xml": xml.encode()}
    )


# -- reading an annotated copy back


def comment_ranges(data: bytes) -> list[tuple[str, str | None]]:
    """Each comment's text with the text its range covers (the ``w:t`` text between its start
    and end; ``None`` when it covers none), in document order of the range starts."""
    out = docx.Document(io.BytesIO(data))
    texts = {str(c.comment_id): c.text for c in out.comments}
    parts: dict[str, list[str]] = {}
    order: list[str] = []
    open_ids: set[str] = set()
    for el in out.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.add(el.get(qn("w:id")))
            order.append(el.get(qn("w:id")))
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.discard(el.get(qn("w:id")))
        elif el.tag == qn("w:t"):
            for i in open_ids:
                parts.setdefault(i, []).append(el.text or "")
    return [(texts[i], "".join(parts[i]) if i in parts else None) for i in order]


def rule_of(comment: str) -> str:
    """The rule id a finding's comment names on its last line ("(jdlint rule LA006 addict)")."""
    m = re.search(r"\(jdlint rule (\w+) ", comment)
    return m.group(1) if m else ""
