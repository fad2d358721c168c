"""Generate hostile and broken inputs for jdlint's reliability and security tests (issue 8).

    python tools/hostile.py OUTDIR [--count 1000] [--seed 8]

Writes about ``--count`` files into OUTDIR, each named ``<class>-<variant>.<ext>``, and
``OUTDIR/manifest.json`` (one entry per file: path, class, what jdlint should give:
``error``, ``result`` or ``any``, and a note). The same seed gives the same files.

Classes (a few files each; :data:`CLASSES` has the full list):

* Word: truncated and corrupt packages, zip bombs (a small file declaring a huge size, a
  member that lies about its size, overlapping members), XML entities (XXE pointing at
  ``/etc/passwd`` in several parts and encodings, billion laughs, quadratic blow-up),
  100,000 paragraphs, deep nesting, odd zip features (encryption flag, unknown compression,
  50,000 members), random bytes named ``.docx``;
* PDF: encrypted, image-only, 5,000 blank pages, a page tree that claims a billion pages,
  a page tree that loops, deep object nesting, a corrupt or missing cross-reference table,
  truncation, a 1 GB flate bomb, links to local files, random bytes named ``.pdf``;
* text, HTML and Markdown: empty files, invalid UTF-8, UTF-16 without a BOM, one 10 MB
  line, 100,000 nested tags, unclosed tags, pathological Markdown;
* the file system (under ``OUTDIR/fs/``): a symbolic link loop, an unreadable file
  (``chmod 000``), a FIFO named ``advert.txt`` (reading it would block forever), a dangling
  link, links to ``/dev/zero`` and ``/dev/urandom``, a folder named like a ``.docx``, a
  UNIX socket, and ``fs/vanishing/advert.md``, whose folder the harness deletes while the
  batch runs (see ``bench/robustness.py``);
* mutations of ``examples/`` and of generated adverts: byte flips, truncation at random
  points, inserted junk, deleted or corrupted zip members, deleted PDF objects.

The Word and PDF builders of ``tests/docx_factory.py`` and ``tests/pdf_factory.py`` are
reused where they fit. ``make(name)`` gives one case's bytes (the tests use it), and
:func:`write_fs_cases` makes the file-system cases in any folder.
"""

from __future__ import annotations

import argparse
import codecs
import functools
import io
import json
import os
import random
import socket
import stat
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT / "tests", ROOT / "bench"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import docx_factory as dx  # noqa: E402
import pdf_factory as pf  # noqa: E402

EXAMPLES = ROOT / "examples"
PASSWD = "/etc/passwd"
VANISHING = "fs/vanishing"  # the folder bench/robustness.py deletes during the batch

ADVERT_TEXT = """Peer Support Worker

Job summary
We are looking for a Peer Support Worker to join our community mental health team.
You will use your own lived experience of mental health challenges to build hopeful,
mutual relationships with the people who use our services.

Person specification
Essential: lived experience of mental health challenges and of using services.
Desirable: experience of volunteering.

How to apply
Please apply online by the closing date.
"""


@dataclass(frozen=True)
class Case:
    """One hostile file: its class, a variant name, its extension, how to make it, and what
    jdlint should give (``error``: a one-line error; ``result``: a report; ``any``)."""

    cls: str
    variant: str
    ext: str
    make: Callable[[], bytes]
    expect: str = "error"
    note: str = ""

    @property
    def name(self) -> str:
        return f"{self.cls}-{self.variant}{self.ext}"


# -- reproducible bytes -------------------------------------------------------------------------

_DOS_TIME, _DOS_DATE = 0, (2000 - 1980) << 9 | 1 << 5 | 1  # 2000-01-01 00:00


def fixed_times(data: bytes) -> bytes:
    """``data`` with every zip timestamp set to 2000-01-01 (zipfile stamps the current time),
    so the same seed gives the same bytes. Not a zip, or a broken one: unchanged."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
        start = zf.start_dir
    except Exception:
        return data
    buf = bytearray(data)
    try:
        for info in infos:
            if buf[info.header_offset : info.header_offset + 4] == b"PK\x03\x04":
                struct.pack_into("<HH", buf, info.header_offset + 10, _DOS_TIME, _DOS_DATE)
        at = start
        while buf[at : at + 4] == b"PK\x01\x02":
            struct.pack_into("<HH", buf, at + 12, _DOS_TIME, _DOS_DATE)
            n, m, k = struct.unpack_from("<HHH", buf, at + 28)
            at += 46 + n + m + k
    except struct.error:
        return data
    return bytes(buf)


def _fixed_pdf_dates() -> None:
    """fpdf2 stamps the time of writing: pin it, so PDFs (and their IDs) are the same every run."""
    import datetime

    from fpdf import FPDF

    when = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    original = FPDF.output
    if getattr(original, "_pinned", False):
        return

    def output(self, *args, **kwargs):
        self.set_creation_date(when)
        return original(self, *args, **kwargs)

    output._pinned = True  # type: ignore[attr-defined]
    FPDF.output = output  # type: ignore[method-assign]


# -- small builders -----------------------------------------------------------------------------


@functools.cache
def _valid_docx() -> bytes:
    ad = (
        dx.Advert()
        .title("Peer Support Worker")
        .heading("Job summary")
        .para("You will use your own lived experience of mental health challenges to support others.")
        .heading("Person specification")
    )
    ad.table([["Criteria", "Essential", "Desirable"], ["Experience", "Lived experience", "Volunteering"]])
    return fixed_times(ad.bytes())


def _docx_with(body_xml: str | bytes, **members: bytes | None) -> bytes:
    """A valid advert whose ``word/document.xml`` is ``body_xml`` (whole part), other members edited."""
    edits: dict[str, bytes | None] = {"word/document.xml": body_xml if isinstance(body_xml, bytes) else body_xml.encode()}
    edits.update({k.replace("__", "/").replace("_dot_", "."): v for k, v in members.items()})
    return dx.rewrite(_valid_docx(), edits)


W_DOC = f'<w:document xmlns:w="{dx.W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'


def _xxe_document(entity_decl: str, use: str = "&xxe;", encoding: str = "UTF-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>'
        f"<!DOCTYPE w:document [{entity_decl}]>"
        f"{W_DOC}<w:body><w:p><w:r><w:t>Peer Support Worker</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>Lived experience is essential. {use}</w:t></w:r></w:p></w:body></w:document>"
    )


XXE_FILE = f'<!ENTITY xxe SYSTEM "file://{PASSWD}">'


def _xxe_in_part(part: str) -> bytes:
    """XXE in a part other than document.xml (styles, relationships, settings, content types)."""
    data = _valid_docx()
    zf = zipfile.ZipFile(io.BytesIO(data))
    original = zf.read(part).decode("utf-8")
    head, sep, rest = original.partition("?>")
    if not sep:
        head, rest = "", original
    else:
        head += sep
    root = rest.lstrip()[1:].split()[0].rstrip(">")
    poisoned = f"{head}<!DOCTYPE {root} [{XXE_FILE}]>{rest}".replace(f"</{root}>", f"&xxe;</{root}>", 1)
    return dx.rewrite(data, {part: poisoned.encode("utf-8")})


def _relationship_escape(target: str, external: bool = False) -> bytes:
    """A header reference whose relationship points outside the package."""
    data = _valid_docx()
    mode = ' TargetMode="External"' if external else ""
    rel = (
        '<Relationship Id="rIdEvil" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/header" Target="{target}"{mode}/>'
    )

    def add_rel(xml: bytes) -> bytes:
        return xml.replace(b"</Relationships>", rel.encode() + b"</Relationships>")

    def add_ref(xml: bytes) -> bytes:
        ref = b'<w:headerReference w:type="default" r:id="rIdEvil"/>'
        return xml.replace(b"<w:sectPr>", b"<w:sectPr>" + ref, 1).replace(b"<w:sectPr ", b"<w:sectPr ", 1)

    data = dx.rewrite(data, {"word/_rels/document.xml.rels": add_rel})
    zf = zipfile.ZipFile(io.BytesIO(data))
    doc = zf.read("word/document.xml")
    if b"<w:sectPr>" not in doc:  # python-docx writes attributes on sectPr: insert after the tag
        i = doc.find(b"<w:sectPr")
        j = doc.find(b">", i) + 1
        doc = doc[:j] + b'<w:headerReference w:type="default" r:id="rIdEvil"/>' + doc[j:]
    else:
        doc = add_ref(doc)
    return dx.rewrite(data, {"word/document.xml": doc})


def _minimal(body: str) -> bytes:
    """Like docx_factory.minimal, without repeating the namespaces on every paragraph."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(dx.minimal("")), "r") as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            if info.filename == "word/document.xml":
                z.writestr(info.filename, f'<?xml version="1.0"?>{W_DOC}<w:body>{body}</w:body></w:document>')
            else:
                z.writestr(info.filename, source.read(info))
    return out.getvalue()


def _zip_member_sizes(data: bytes, member_prefix: bytes, file_size: int, compress_size: int | None = None) -> bytes:
    """Rewrite the sizes the central directory declares for members starting with ``member_prefix``."""
    buf = bytearray(data)
    start = 0
    while (start := buf.find(b"PK\x01\x02", start)) != -1:
        name_len = struct.unpack_from("<H", buf, start + 28)[0]
        name = bytes(buf[start + 46 : start + 46 + name_len])
        if name.startswith(member_prefix):
            if compress_size is not None:
                struct.pack_into("<I", buf, start + 20, compress_size)
            struct.pack_into("<I", buf, start + 24, file_size)
        start += 4
    return bytes(buf)


def _deflate_zeros(total: int, chunk: int = 16 << 20, fill: bytes = b"\x00") -> bytes:
    comp = zlib.compressobj(9)
    out = []
    block = fill * chunk
    left = total
    while left > 0:
        n = min(chunk, left)
        out.append(comp.compress(block[:n]))
        left -= n
    out.append(comp.flush())
    return b"".join(out)


def _raw_zip(members: list[tuple[str, bytes, int, int, int]], central_extra: list | None = None) -> bytes:
    """A zip written by hand: (name, stored data, method, declared uncompressed size, flags)."""
    out = io.BytesIO()
    central = []
    for name, payload, method, size, flags in members:
        offset = out.tell()
        n = name.encode()
        crc = 0
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0, crc, len(payload), size, len(n), 0))
        out.write(n)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0, crc, len(payload), size,
                                   len(n), 0, 0, 0, 0, 0, offset) + n)  # fmt: skip
    cd_start = out.tell()
    for entry in central + (central_extra or []):
        out.write(entry)
    count = len(central) + len(central_extra or [])
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, out.tell() - cd_start, cd_start, 0))
    return out.getvalue()


def _overlapping_bomb() -> bytes:
    """Fifield-style: many central entries share one local member inflating to 100 MB each."""
    payload = _deflate_zeros(100 << 20)
    base = _raw_zip([("word/document.xml", payload, 8, 100 << 20, 0)])
    cd = base.find(b"PK\x01\x02")
    entry_end = base.find(b"PK\x05\x06")
    entry = base[cd:entry_end]
    extra = []
    for i in range(50):
        name = f"word/media/copy{i}.bin".encode()
        head = bytearray(entry[:46])
        struct.pack_into("<H", head, 28, len(name))
        extra.append(bytes(head) + name)
    return _raw_zip([("word/document.xml", payload, 8, 100 << 20, 0)], extra)


def _many_members(n: int = 50_000) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_valid_docx())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info))
        for i in range(n):
            z.writestr(f"word/media/e{i}.bin", b"")
    return out.getvalue()


def _unknown_method() -> bytes:
    data = bytearray(_valid_docx())
    # compression method 99 (AES) / 98 (PPMd) on every member: zipfile cannot unpack them
    for sig, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(sig, start)) != -1:
            struct.pack_into("<H", data, start + at, 98)
            start += 4
    return bytes(data)


def _encryption_flag() -> bytes:
    data = bytearray(_valid_docx())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(sig, start)) != -1:
            flags = struct.unpack_from("<H", data, start + at)[0]
            struct.pack_into("<H", data, start + at, flags | 1)
            start += 4
    return bytes(data)


def _ole_encrypted() -> bytes:
    """What Word writes for a password-protected .docx: an OLE compound file."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return head + "EncryptionInfo".encode("utf-16-le") + bytes(64) + "EncryptedPackage".encode("utf-16-le") + bytes(2048)


# -- PDFs written by hand ---------------------------------------------------------------------------


def raw_pdf(objects: list[bytes], root: int = 1, *, xref: bool = True, trailer_extra: bytes = b"",
            startxref: int | None = None) -> bytes:  # fmt: skip
    """A PDF from object bodies (object i+1 is ``objects[i]``), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    where = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for off in offsets:
            out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, trailer_extra, where if startxref is None else startxref))  # fmt: skip
    return out.getvalue()


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 14 Tf 72 720 Td (Peer Support Worker) Tj 0 -24 Td (Lived experience is essential.) Tj ET"


def _page(parent: int, contents: int, font: int, extra: bytes = b"") -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> %s>>" % (parent, contents, font, extra))  # fmt: skip


def _blank_pages(n: int, text_every: int = 0) -> bytes:
    """``n`` pages sharing one empty content stream (and one text stream every ``text_every``)."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        _stream(b""),
        FONT,
    ]
    text_obj = first_page + n
    for i in range(n):
        contents = text_obj if text_every and i % text_every == 0 else 3
        objects.append(_page(2, contents, 4))
    objects.append(_stream(TEXT))
    return raw_pdf(objects)


def _one_page(pages_dict: bytes | None = None, page_extra: bytes = b"", content: bytes = TEXT,
              extra_objects: list[bytes] = ()) -> bytes:  # fmt: skip
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        pages_dict or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(2, 4, 5, page_extra),
        _stream(content),
        FONT,
        *extra_objects,
    ]
    return raw_pdf(objects)


def _deep_page_tree(depth: int) -> bytes:
    """Pages nodes nested ``depth`` deep, one page at the bottom."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        me = 2 + level
        parent = b"/Parent %d 0 R " % (me - 1) if level else b""
        objects.append(b"<< /Type /Pages %s/Kids [%d 0 R] /Count 1 >>" % (parent, me + 1))
    page_id = 2 + depth
    objects.append(_page(page_id - 1, page_id + 1, page_id + 2))
    objects.append(_stream(TEXT))
    objects.append(FONT)
    return raw_pdf(objects)


def _flate_bomb(size: int = 1 << 30) -> bytes:
    """A page whose content stream inflates to ``size`` bytes of spaces."""
    payload = _deflate_zeros(size, fill=b" ")
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(2, 4, 5),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(payload) + payload + b"\nendstream",
        FONT,
    ])  # fmt: skip


def _corrupt_xref(kind: str) -> bytes:
    data = pf.advert()
    if kind == "garbage-offsets":
        start = data.rfind(b"xref")
        end = data.find(b"trailer", start)
        if start < 0 or end < 0:  # a cross-reference stream: scribble over it
            start, end = len(data) - 400, len(data) - 60
        rng = random.Random(3)
        table = bytearray(data[start:end])
        for i in range(len(table)):
            if 48 <= table[i] <= 57:
                table[i] = 48 + rng.randrange(10)
        return data[:start] + bytes(table) + data[end:]
    if kind == "startxref-past-end":
        i = data.rfind(b"startxref")
        return data[:i] + b"startxref\n999999999\n%%EOF\n"
    if kind == "no-xref":
        i = data.rfind(b"xref")
        return data[:i] + b"%%EOF\n"
    if kind == "huge-size":
        return raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(2, 4, 5), _stream(TEXT), FONT,
        ]).replace(b"/Size 6", b"/Size 2000000000")  # fmt: skip
    if kind == "xref-loop":
        body = raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        _page(2, 4, 5), _stream(TEXT), FONT])  # fmt: skip
        where = body.rfind(b"xref\n")
        return body.replace(b"trailer\n<<", b"trailer\n<< /Prev %d" % where)
    raise ValueError(kind)


# -- text, HTML, Markdown ---------------------------------------------------------------------------


def _ten_mb_line(size: int = 10_000_000) -> bytes:
    unit = b"Peer support worker with lived experience essential and supervision offered "
    return (unit * (size // len(unit) + 1))[:size]


def _invalid_utf8(kind: str) -> bytes:
    text = ADVERT_TEXT.encode("utf-8")
    if kind == "lone-continuation":
        return text.replace(b"community", b"comm\x80\x81unity")
    if kind == "overlong":
        return text.replace(b"/", b"\xc0\xaf").replace(b" ", b"\xe0\x80\xa0", 5)
    if kind == "surrogates":
        return text.replace(b"Essential", b"Ess\xed\xa0\x80ential")
    if kind == "truncated-sequence":
        return text + b"\xe2\x80"
    if kind == "high-bytes":
        rng = random.Random(11)
        return bytes(b if rng.random() > 0.05 else rng.randrange(0x80, 0x100) for b in text)
    raise ValueError(kind)


def _html_nested(tag: str, n: int = 100_000, close: bool = True) -> bytes:
    inner = "Peer Support Worker. Lived experience is essential."
    body = f"<{tag}>" * n + inner + (f"</{tag}>" * n if close else "")
    return f"<!doctype html><html><head><title>Peer Support Worker</title></head><body>{body}</body></html>".encode()


# -- the case list ----------------------------------------------------------------------------------


def _cases() -> Iterator[Case]:
    valid = _valid_docx
    # Word: truncated, corrupt, bombs, entities, size, zip oddities
    for frac in (0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.98, 0.999):
        yield Case("docx-truncated", f"{int(frac * 1000):03d}", ".docx", lambda f=frac: valid()[: int(len(valid()) * f)])
    yield Case("docx-corrupt", "central-directory-zeroed", ".docx",
               lambda: (lambda d: d[: d.rfind(b"PK\x01\x02")] + bytes(len(d) - d.rfind(b"PK\x01\x02")))(valid()))  # fmt: skip
    yield Case("docx-corrupt", "no-document-xml", ".docx", lambda: dx.rewrite(valid(), {"word/document.xml": None}))
    yield Case("docx-corrupt", "not-xml", ".docx", lambda: _docx_with(b"this is not XML <w:p>"))
    yield Case("docx-corrupt", "no-body", ".docx", lambda: _docx_with(f'<?xml version="1.0"?>{W_DOC}</w:document>'))
    yield Case("docx-corrupt", "binary-document-xml", ".docx", lambda: _docx_with(random.Random(5).randbytes(5000)))
    yield Case("docx-corrupt", "ole-encrypted", ".docx", _ole_encrypted, note="password-protected Word file")
    yield Case("docx-corrupt", "encryption-flag", ".docx", _encryption_flag)
    yield Case("docx-corrupt", "unknown-compression", ".docx", _unknown_method)
    yield Case("docx-corrupt", "pk-then-noise", ".docx", lambda: b"PK\x03\x04" + random.Random(6).randbytes(20000))
    yield Case("docx-corrupt", "50000-members", ".docx", _many_members, expect="any")
    yield Case("docx-zipbomb", "12mb-zeros", ".docx", dx.zip_bomb)
    yield Case("docx-zipbomb", "claims-huge", ".docx", dx.claims_huge)
    yield Case("docx-zipbomb", "1gb-declared", ".docx",
               lambda: _raw_zip([("[Content_Types].xml", b"", 0, 0, 0), ("word/document.xml", _deflate_zeros(1 << 30), 8, 1 << 30, 0)]))  # fmt: skip
    yield Case("docx-zipbomb", "size-liar", ".docx",
               lambda: _zip_member_sizes(dx.rewrite(valid(), {"word/document.xml": _deflate_source(200 << 20)}), b"word/document.xml", 5000))  # fmt: skip
    yield Case("docx-zipbomb", "overlapping-members", ".docx", _overlapping_bomb)
    yield Case("docx-xxe", "document-file-entity", ".docx", lambda: _docx_with(_xxe_document(XXE_FILE)),
               note="external entity to /etc/passwd")  # fmt: skip
    yield Case("docx-xxe", "parameter-entity", ".docx",
               lambda: _docx_with(_xxe_document(f'<!ENTITY % p SYSTEM "file://{PASSWD}"> %p;', use="")))  # fmt: skip
    yield Case("docx-xxe", "external-dtd", ".docx",
               lambda: _docx_with(f'<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "file://{PASSWD}">{W_DOC}<w:body><w:p><w:r><w:t>Peer Support Worker</w:t></w:r></w:p></w:body></w:document>'))  # fmt: skip
    yield Case("docx-xxe", "utf16-document", ".docx",
               lambda: _docx_with(codecs.BOM_UTF16_LE + _xxe_document(XXE_FILE, encoding="UTF-16").encode("utf-16-le")))  # fmt: skip
    yield Case("docx-xxe", "xinclude", ".docx",
               lambda: _docx_with(f'<?xml version="1.0"?>{W_DOC}<w:body><w:p><w:r><w:t>Peer Support Worker</w:t></w:r></w:p><w:p><w:r><w:t><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{PASSWD}" parse="text"/></w:t></w:r></w:p></w:body></w:document>'),
               expect="result")  # fmt: skip
    for part in ("word/styles.xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/settings.xml", "[Content_Types].xml"):
        variant = part.replace("/", "-").replace("[", "").replace("]", "").replace("_", "").lower()
        yield Case("docx-xxe", f"in-{variant}", ".docx", lambda p=part: _xxe_in_part(p), expect="any",
                   note="XXE in a part the reader may not read (settings.xml is read by the annotator)")  # fmt: skip
    for target, external in (("../../../../etc/passwd", False), (PASSWD, False), (f"file://{PASSWD}", True)):
        variant = "external" if external else ("absolute" if target.startswith("/") else "dotdot")
        yield Case("docx-xxe", f"relationship-{variant}", ".docx", lambda t=target, e=external: _relationship_escape(t, e),
                   expect="result", note="a header relationship pointing outside the package")  # fmt: skip
    yield Case("docx-entities", "billion-laughs", ".docx", dx.with_entities)
    yield Case("docx-entities", "quadratic-blowup", ".docx",
               lambda: _docx_with(_xxe_document('<!ENTITY a "' + "A" * 50_000 + '">', use="&a;" * 50_000)))  # fmt: skip
    yield Case("docx-entities", "billion-laughs-in-styles", ".docx",
               lambda: dx.rewrite(valid(), {"word/styles.xml": lambda x: x.replace(b"?>", b"?>" + _laughs_dtd(b"w:styles"), 1)}),
               expect="any", note="styles.xml is read only for a style outside Word's standard ids")  # fmt: skip
    yield Case("docx-entities", "billion-laughs-in-styles-used", ".docx",
               lambda: dx.rewrite(valid(), {
                   "word/styles.xml": lambda x: x.replace(b"?>", b"?>" + _laughs_dtd(b"w:styles"), 1),
                   "word/document.xml": f'<?xml version="1.0"?>{W_DOC}<w:body><w:p><w:pPr><w:pStyle w:val="MyOwnHeading"/></w:pPr>'
                                        '<w:r><w:t>Peer Support Worker</w:t></w:r></w:p></w:body></w:document>'.encode(),
               }))  # fmt: skip
    yield Case("docx-size", "100k-paragraphs", ".docx",
               lambda: _minimal("".join(f"<w:p><w:r><w:t>Duty number {i}: support people.</w:t></w:r></w:p>" for i in range(100_000))),
               expect="any")  # fmt: skip
    yield Case("docx-size", "100k-lived-experience-paragraphs", ".docx",
               lambda: _minimal("<w:p><w:r><w:t>Peer Support Worker</w:t></w:r></w:p>" + "<w:p><w:r><w:t>Lived experience is essential and desirable.</w:t></w:r></w:p>" * 100_000),
               expect="any")  # fmt: skip
    yield Case("docx-size", "100k-empty-paragraphs", ".docx", lambda: _minimal("<w:p/>" * 100_000))
    yield Case("docx-size", "table-10000-rows", ".docx",
               lambda: _minimal("<w:tbl>" + "".join(f"<w:tr><w:tc><w:p><w:r><w:t>Row {i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Essential</w:t></w:r></w:p></w:tc></w:tr>" for i in range(10_000)) + "</w:tbl>"),
               expect="any")  # fmt: skip
    yield Case("docx-size", "nested-tables-200", ".docx",
               lambda: _minimal("<w:tbl><w:tr><w:tc>" * 200 + "<w:p><w:r><w:t>Deep cell</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>" * 200),
               expect="any")  # fmt: skip
    yield Case("docx-size", "xml-depth-100000", ".docx",
               lambda: _minimal("<w:sdt><w:sdtContent>" * 50_000 + "<w:p><w:r><w:t>Deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 50_000))  # fmt: skip
    yield Case("docx-size", "one-10mb-text-run", ".docx",
               lambda: _minimal("<w:p><w:r><w:t>" + _ten_mb_line(9_000_000).decode() + "</w:t></w:r></w:p>"), expect="any")  # fmt: skip

    # PDF
    yield Case("pdf-encrypted", "user-password", ".pdf", pf.encrypted)
    yield Case("pdf-encrypted", "owner-only", ".pdf", pf.owner_only_encrypted, expect="result")
    yield Case("pdf-image-only", "two-pages", ".pdf", pf.image_only)
    yield Case("pdf-image-only", "one-page", ".pdf", lambda: pf.image_only(1))
    yield Case("pdf-pages", "5000-blank", ".pdf", lambda: _blank_pages(5000))
    yield Case("pdf-pages", "1999-blank", ".pdf", lambda: _blank_pages(1999), expect="any")
    yield Case("pdf-pages", "1999-text-every-page", ".pdf", lambda: _blank_pages(1999, text_every=1), expect="any")
    yield Case("pdf-page-tree", "claims-a-billion", ".pdf", lambda: _one_page(b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>"),
               expect="any")  # fmt: skip
    yield Case("pdf-page-tree", "negative-count", ".pdf", lambda: _one_page(b"<< /Type /Pages /Kids [3 0 R] /Count -5 >>"), expect="any")
    yield Case("pdf-page-tree", "loop", ".pdf", lambda: _one_page(b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"), expect="any")
    yield Case("pdf-page-tree", "kid-not-a-page", ".pdf", lambda: _one_page(b"<< /Type /Pages /Kids [1 0 R] /Count 1 >>"), expect="any")
    yield Case("pdf-page-tree", "depth-5000", ".pdf", lambda: _deep_page_tree(5000), expect="any")
    yield Case("pdf-nesting", "arrays-100000", ".pdf", lambda: _one_page(page_extra=b"/Deep " + b"[" * 100_000 + b"]" * 100_000 + b" "),
               expect="any")  # fmt: skip
    yield Case("pdf-nesting", "dicts-50000", ".pdf", lambda: _one_page(page_extra=b"/Deep " + b"<< /A " * 50_000 + b"1" + b" >>" * 50_000 + b" "),
               expect="any")  # fmt: skip
    yield Case("pdf-nesting", "unclosed-arrays", ".pdf", lambda: _one_page(page_extra=b"/Deep " + b"[" * 200_000), expect="any")
    yield Case("pdf-nesting", "content-q-200000", ".pdf", lambda: _one_page(content=b"q " * 200_000 + TEXT), expect="any")
    for kind in ("garbage-offsets", "startxref-past-end", "no-xref", "huge-size", "xref-loop"):
        yield Case("pdf-xref", kind, ".pdf", lambda k=kind: _corrupt_xref(k), expect="any")
    for frac in (0.05, 0.25, 0.5, 0.9, 0.99):
        yield Case("pdf-truncated", f"{int(frac * 100):02d}", ".pdf", lambda f=frac: (lambda d: d[: int(len(d) * f)])(pf.advert()), expect="any")
    yield Case("pdf-truncated", "header-only", ".pdf", lambda: b"%PDF-1.7\n")
    yield Case("pdf-bomb", "flate-1gb", ".pdf", _flate_bomb, expect="any", note="a content stream inflating to 1 GB of spaces")
    yield Case("pdf-external", "gotor-launch-uri", ".pdf",
               lambda: _one_page(page_extra=b"/Annots [6 0 R 7 0 R 8 0 R] ", extra_objects=[
                   b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /GoToR /F (%s) /D [0 /Fit] >> >>" % PASSWD.encode(),
                   b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /Launch /F (%s) >> >>" % PASSWD.encode(),
                   b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (file://%s) >> >>" % PASSWD.encode(),
               ]), expect="result", note="links to a local file are never followed")  # fmt: skip
    yield Case("pdf-external", "open-action-js", ".pdf",
               lambda: raw_pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL\\('file:///etc/passwd'\\)) >> >>",
                                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _page(2, 4, 5), _stream(TEXT), FONT]),
               expect="result")  # fmt: skip

    # random bytes with document names; empty files
    for i, size in enumerate((16, 1000, 65_536, 1_000_000)):
        for ext in (".docx", ".pdf", ".txt", ".md", ".html"):
            yield Case("random-bytes", f"{size}-{i}", ext, lambda s=size, i=i, e=ext: random.Random(f"{s}{i}{e}").randbytes(s))
    yield Case("random-bytes", "pdf-header", ".pdf", lambda: b"%PDF-1.7\n" + pf.random_bytes(50_000))
    for ext in (".docx", ".pdf", ".txt", ".md", ".html", ".htm", ".markdown"):
        yield Case("empty", "zero-bytes", ext, lambda: b"")
    yield Case("empty", "whitespace", ".txt", lambda: b" \n\t\r\n  \n" * 100)
    yield Case("empty", "bom-only", ".txt", lambda: codecs.BOM_UTF8)
    yield Case("empty", "nul-bytes", ".txt", lambda: b"\x00" * 4096)
    yield Case("empty", "html-no-text", ".html", lambda: b"<!doctype html><html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>")
    yield Case("empty", "markdown-only-markup", ".md", lambda: b"# \n\n---\n\n* \n\n| | |\n|-|-|\n")

    # encodings
    for kind in ("lone-continuation", "overlong", "surrogates", "truncated-sequence", "high-bytes"):
        yield Case("invalid-utf8", kind, ".txt", lambda k=kind: _invalid_utf8(k), expect="result")
    yield Case("invalid-utf8", "html-declares-utf8", ".html",
               lambda: b'<html><head><meta charset="utf-8"></head><body><h1>Peer Support Worker</h1><p>Lived \xff\xfe experience \xc0 is essential.</p></body></html>',
               expect="result")  # fmt: skip
    yield Case("utf16-no-bom", "le", ".txt", lambda: ADVERT_TEXT.encode("utf-16-le"), expect="result")
    yield Case("utf16-no-bom", "be", ".txt", lambda: ADVERT_TEXT.encode("utf-16-be"), expect="result")
    yield Case("utf16-no-bom", "le-odd-length", ".txt", lambda: ADVERT_TEXT.encode("utf-16-le") + b"\x41", expect="any")
    yield Case("utf16-no-bom", "le-markdown", ".md", lambda: ("# " + ADVERT_TEXT).encode("utf-16-le"), expect="result")
    yield Case("utf16-no-bom", "utf32", ".txt", lambda: ADVERT_TEXT.encode("utf-32-le"), expect="any")

    # one 10 MB line and other long lines
    yield Case("long-line", "10mb-words", ".txt", _ten_mb_line, expect="any")
    yield Case("long-line", "10mb-one-word", ".txt", lambda: b"a" * 10_000_000, expect="any")
    yield Case("long-line", "10mb-markdown", ".md", lambda: b"# Peer Support Worker\n\n" + _ten_mb_line(9_900_000), expect="any")
    yield Case("long-line", "300kb-one-sentence", ".txt", lambda: _ten_mb_line(300_000), expect="any",
               note="one sentence with a lived-experience mention every 80 characters")  # fmt: skip
    yield Case("long-line", "1mb-of-spaces-then-colon", ".txt", lambda: b"Essential" + b" " * 1_000_000 + b":\nLived experience.", expect="any")
    yield Case("long-line", "100k-heading-lines", ".txt", lambda: b"ESSENTIAL CRITERIA:\n" * 100_000, expect="any")
    yield Case("long-line", "100k-bullets", ".txt", lambda: b"- lived experience is essential\n" * 100_000, expect="any")

    # HTML
    yield Case("html-nesting", "100k-div", ".html", lambda: _html_nested("div"), expect="any")
    yield Case("html-nesting", "100k-span-unclosed", ".html", lambda: _html_nested("span", close=False), expect="any")
    yield Case("html-nesting", "100k-table", ".html", lambda: _html_nested("table><tr><td", 30_000), expect="any")
    yield Case("html-nesting", "100k-li", ".html", lambda: _html_nested("ul><li", 50_000), expect="any")
    yield Case("html-nesting", "100k-b-i-misnested", ".html",
               lambda: b"<html><body>" + b"<b><i>" * 50_000 + b"Peer support</b></i>" * 10 + b"</body></html>", expect="any")  # fmt: skip
    yield Case("html-nesting", "100k-unclosed-lt", ".html", lambda: b"<html><body><p>Peer support " + b"<a " * 100_000, expect="any")
    yield Case("html-nesting", "100k-open-quotes", ".html", lambda: b"<html><body><p>Peer support</p><a title='" + b"<b x=\"" * 100_000, expect="any")
    yield Case("html-nesting", "20k-unclosed-ld-json-scripts", ".html",
               lambda: b"<html><body><p>Peer support worker</p>" + b'<script type="application/ld+json">{"@type": "JobPosting"' * 20_000, expect="any")  # fmt: skip
    yield Case("html-nesting", "100k-script-without-gt", ".html", lambda: b"<html><body><p>Peer support worker</p>" + b"<script " * 100_000, expect="any")
    yield Case("html-nesting", "unclosed-comment", ".html", lambda: b"<html><body><p>Peer support worker</p><!--" + b"x" * 2_000_000, expect="any")
    yield Case("html-nesting", "1m-attributes", ".html",
               lambda: b"<html><body><div " + b"".join(b"a%d=x " % i for i in range(200_000)) + b">Peer support</div></body></html>", expect="any")  # fmt: skip
    yield Case("html-nesting", "json-ld-deep", ".html",
               lambda: b'<html><head><script type="application/ld+json">' + b"[" * 200_000 + b'</script></head><body><p>Peer support worker</p></body></html>', expect="any")  # fmt: skip
    yield Case("html-nesting", "json-ld-5mb-description", ".html",
               lambda: b'<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Peer Support Worker", "description": "' + _ten_mb_line(5_000_000) + b'"}</script></head><body><p>Peer support worker</p></body></html>',
               expect="any")  # fmt: skip
    yield Case("html-xxe", "doctype-entity", ".html",
               lambda: f'<!DOCTYPE html [{XXE_FILE}]><html><body><h1>Peer Support Worker</h1><p>Lived experience is essential. &xxe;</p><iframe src="file://{PASSWD}"></iframe><img src="file://{PASSWD}"><svg><image href="file://{PASSWD}"/></svg></body></html>'.encode(),
               expect="result")  # fmt: skip
    yield Case("html-xxe", "xhtml-entity", ".html",
               lambda: f'<?xml version="1.0"?><!DOCTYPE html [{XXE_FILE}]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Peer Support Worker &xxe;</p></body></html>'.encode(),
               expect="any")  # fmt: skip

    # Markdown
    yield Case("markdown-nesting", "100k-blockquotes", ".md", lambda: b"> " * 100_000 + b"Peer support worker\n", expect="any")
    yield Case("markdown-nesting", "50k-nested-list", ".md", lambda: b"".join(b"  " * i + b"- item\n" for i in range(0, 2000)) + b"- " * 50_000 + b"deep\n", expect="any")
    yield Case("markdown-nesting", "emphasis-100k", ".md", lambda: b"*a" * 100_000 + b"\n", expect="any")
    yield Case("markdown-nesting", "brackets-100k", ".md", lambda: b"[" * 100_000 + b"Peer support" + b"](" * 50_000 + b"\n", expect="any")
    yield Case("markdown-nesting", "table-5000-columns", ".md",
               lambda: b"# Peer Support Worker\n\n" + b"|" + b"a|" * 5000 + b"\n|" + b"-|" * 5000 + b"\n" + (b"|" + b"x|" * 5000 + b"\n") * 200, expect="any")  # fmt: skip
    yield Case("markdown-nesting", "100k-link-definitions", ".md",
               lambda: b"# Peer Support Worker\n\n" + b"".join(b"[l%d]: http://x/%d\n" % (i, i) for i in range(100_000)), expect="any")  # fmt: skip
    yield Case("markdown-xxe", "local-links", ".md",
               lambda: f"# Peer Support Worker\n\nLived experience is essential.\n\n![x](file://{PASSWD})\n\n<iframe src=\"{PASSWD}\"></iframe>\n\n[passwd]({PASSWD})\n".encode(),
               expect="result")  # fmt: skip
    yield Case("text-control", "control-characters", ".txt",
               lambda: bytes(range(1, 9)) + ADVERT_TEXT.encode() + b"\x1b[31m\x07\x08" * 10, expect="any")  # fmt: skip
    yield Case("text-control", "bidi-and-zero-width", ".txt",
               lambda: ADVERT_TEXT.replace("essential", "ess\u200bent\u202eial\u2066").encode(), expect="result")  # fmt: skip
    yield Case("text-control", "cr-only-lines", ".txt", lambda: ADVERT_TEXT.replace("\n", "\r").encode(), expect="result")


def _deflate_source(size: int) -> bytes:
    """An XML-ish member of ``size`` bytes (a repeated paragraph) for the size-liar bomb."""
    unit = b"<w:p><w:r><w:t>Peer support worker</w:t></w:r></w:p>"
    return (f'<?xml version="1.0"?>{W_DOC}<w:body>'.encode() + unit * (size // len(unit)) + b"</w:body></w:document>")


def _laughs_dtd(root: bytes) -> bytes:
    lols = b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    return b'<!DOCTYPE ' + root + b' [<!ENTITY lol0 "lol">' + lols + b"]>"


CLASSES = sorted({c.cls for c in _cases()} | {"fs", "mutation"})


def cases() -> list[Case]:
    """Every fixed hostile case (not the file-system ones, not the mutations)."""
    return list(_cases())


def make(name: str) -> bytes:
    """The bytes of the case called ``name`` (``docx-xxe-document-file-entity.docx``)."""
    _fixed_pdf_dates()
    for case in _cases():
        if case.name == name:
            return fixed_times(case.make())
    raise KeyError(name)


def first_of_each_class() -> list[Case]:
    seen: dict[str, Case] = {}
    for case in _cases():
        seen.setdefault(case.cls, case)
    return list(seen.values())


# -- the file system ---------------------------------------------------------------------------------


def write_fs_cases(folder: Path) -> list[dict[str, str]]:
    """The file-system cases in ``folder`` (which should be new); their manifest entries
    (paths relative to ``folder``'s parent when it is called ``fs``)."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[dict[str, str]] = []

    def entry(rel: str, expect: str, note: str) -> None:
        made.append({"path": rel, "class": "fs", "expect": expect, "note": note})

    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    _symlink(".", loop / "self")  # a folder link to itself: not followed
    _symlink("..", loop / "parent")
    _symlink("b.txt", loop / "a.txt")
    _symlink("a.txt", loop / "b.txt")
    _symlink("self-link.docx", loop / "self-link.docx")
    entry("loop/a.txt", "error", "symbolic link loop a -> b -> a")
    entry("loop/b.txt", "error", "symbolic link loop b -> a -> b")
    entry("loop/self-link.docx", "error", "a link to itself")

    unreadable = folder / "unreadable.txt"
    unreadable.write_text(ADVERT_TEXT, encoding="utf-8")
    unreadable.chmod(0)
    entry("unreadable.txt", "any", "chmod 000 (root still reads it)")

    fifo_dir = folder / "fifo"
    fifo_dir.mkdir(exist_ok=True)
    fifo = fifo_dir / "advert.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    entry("fifo/advert.txt", "error", "a FIFO: opening it for reading blocks until a writer comes")

    _symlink("does-not-exist.pdf", folder / "dangling.pdf")
    entry("dangling.pdf", "error", "a dangling symbolic link")
    _symlink("/dev/zero", folder / "dev-zero.txt")
    entry("dev-zero.txt", "skipped", "a link to /dev/zero (endless zeros): a folder walk skips it")
    _symlink("/dev/urandom", folder / "dev-urandom.docx")
    entry("dev-urandom.docx", "skipped", "a link to /dev/urandom (endless noise): a folder walk skips it")

    named = folder / "folder-named.docx"
    named.mkdir(exist_ok=True)
    (named / "inside.md").write_text("# Peer Support Worker\n\nLived experience is essential.\n", encoding="utf-8")
    entry("folder-named.docx/inside.md", "result", "a real advert inside a folder named like a Word file")

    sock_path = folder / "socket.txt"
    if not sock_path.exists():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.bind(str(sock_path))
    entry("socket.txt", "error", "a UNIX socket")

    vanishing = folder / "vanishing"
    vanishing.mkdir(exist_ok=True)
    (vanishing / "advert.md").write_text("# Peer Support Worker\n\nLived experience is essential.\n", encoding="utf-8")
    entry("vanishing/advert.md", "any", "its folder is deleted while the batch runs (bench/robustness.py)")
    return made


def _symlink(target: str, link: Path) -> None:
    if not os.path.lexists(link):
        os.symlink(target, link)


# -- mutations -------------------------------------------------------------------------------------


def mutation_sources() -> list[tuple[str, bytes]]:
    """The valid adverts to mutate: examples/ and a few generated ones (seeded)."""
    _fixed_pdf_dates()
    sources = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".md", ".pdf", ".docx", ".txt", ".html")]
    try:
        import make_corpus as mc

        rng = random.Random(1)
        for fmt in ("docx", "pdf", "md", "txt"):
            ad = mc.make_advert(rng)
            if fmt == "docx":
                data = mc.to_docx(ad, rng)
            elif fmt == "pdf":
                data = mc.to_pdf(ad, rng)
            elif fmt == "md":
                data = mc.to_markdown(ad, rng).encode()
            else:
                data = mc.to_text(ad, rng).encode()
            sources.append((f"generated.{fmt}", data))
    except Exception as exc:  # the generator is optional: examples/ alone still gives mutations
        print(f"hostile: no generated adverts ({type(exc).__name__}: {exc})", file=sys.stderr)
    return sources


def mutate(data: bytes, name: str, rng: random.Random) -> tuple[str, bytes]:
    """One random mutation of ``data``: ``(kind, bytes)``."""
    kinds = ["flip1", "flip10", "flip100", "truncate", "insert", "duplicate", "zero-run"]
    if data[:2] == b"PK":
        kinds += ["zip-drop", "zip-drop", "zip-corrupt", "zip-corrupt"]
    if data[:5] == b"%PDF-":
        kinds += ["pdf-drop-obj", "pdf-drop-obj"]
    kind = rng.choice(kinds)
    buf = bytearray(data)
    if kind.startswith("flip"):
        for _ in range(int(kind[4:])):
            i = rng.randrange(len(buf))
            buf[i] ^= rng.randrange(1, 256)
        return kind, bytes(buf)
    if kind == "truncate":
        return kind, bytes(buf[: rng.randrange(1, len(buf))])
    if kind == "insert":
        i = rng.randrange(len(buf))
        return kind, bytes(buf[:i]) + rng.randbytes(rng.randrange(1, 512)) + bytes(buf[i:])
    if kind == "duplicate":
        i = rng.randrange(len(buf))
        j = min(len(buf), i + rng.randrange(1, 4096))
        return kind, bytes(buf[:j]) + bytes(buf[i:j]) * rng.randrange(1, 50) + bytes(buf[j:])
    if kind == "zero-run":
        i = rng.randrange(len(buf))
        j = min(len(buf), i + rng.randrange(1, 2048))
        buf[i:j] = bytes(j - i)
        return kind, bytes(buf)
    if kind == "zip-drop":
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        victim = rng.choice(names)
        return f"zip-drop-{victim.replace('/', '_')}", dx.rewrite(data, {victim: None})
    if kind == "zip-corrupt":
        zf = zipfile.ZipFile(io.BytesIO(data))
        info = rng.choice([i for i in zf.infolist() if i.compress_size > 0] or zf.infolist())
        local = info.header_offset
        name_len, extra_len = struct.unpack_from("<HH", buf, local + 26)
        start = local + 30 + name_len + extra_len
        for _ in range(rng.randrange(1, 8)):
            if info.compress_size:
                buf[start + rng.randrange(info.compress_size)] ^= rng.randrange(1, 256)
        return f"zip-corrupt-{info.filename.replace('/', '_')}", bytes(buf)
    if kind == "pdf-drop-obj":
        starts = [i for i in range(len(data)) if data.startswith(b" 0 obj", i)]
        if starts:
            at = rng.choice(starts)
            begin = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"endobj", at)
            if end > 0:
                return kind, data[:begin] + data[end + 6 :]
        return "truncate", data[: len(data) // 2]
    raise AssertionError(kind)


# -- writing it all ---------------------------------------------------------------------------------


def generate(outdir: Path, count: int = 1000, seed: int = 8, quiet: bool = False) -> list[dict[str, str]]:
    """Write the hostile files into ``outdir``; returns (and writes) the manifest."""
    _fixed_pdf_dates()
    outdir.mkdir(parents=True, exist_ok=True)
    manifest: list[dict[str, str]] = []
    for case in _cases():
        data = fixed_times(case.make())
        (outdir / case.name).write_bytes(data)
        manifest.append({"path": case.name, "class": case.cls, "expect": case.expect, "note": case.note})
    for item in write_fs_cases(outdir / "fs"):
        manifest.append({**item, "path": f"fs/{item['path']}"})
    rng = random.Random(seed)
    sources = mutation_sources()
    left = max(0, count - len(manifest))
    for n in range(left):
        name, data = sources[n % len(sources)]
        kind, mutated = mutate(fixed_times(data), name, rng)
        if kind.startswith("zip-drop"):
            mutated = fixed_times(mutated)  # rewritten by zipfile: pin its new timestamps
        stem, ext = os.path.splitext(name)
        ext = {".md": ".md", ".txt": ".txt", ".html": ".html", ".docx": ".docx", ".pdf": ".pdf"}.get(ext, ext)
        file = f"mutation-{n:04d}-{stem}-{kind}{ext}"[:150]
        (outdir / file).write_bytes(mutated)
        manifest.append({"path": file, "class": "mutation", "expect": "any", "note": f"{kind} of {name}"})
    (outdir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if not quiet:
        by_class: dict[str, int] = {}
        for item in manifest:
            by_class[item["class"]] = by_class.get(item["class"], 0) + 1
        print(f"{len(manifest)} hostile inputs in {outdir}:")
        for cls, n in sorted(by_class.items()):
            print(f"  {cls:<20} {n}")
    return manifest


def regular_files(outdir: Path) -> list[Path]:
    """The manifest's regular files (what can be uploaded: no FIFOs, links or sockets)."""
    manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    out = []
    for item in manifest:
        p = outdir / item["path"]
        try:
            if stat.S_ISREG(os.lstat(p).st_mode):
                out.append(p)
        except OSError:
            continue
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--count", type=int, default=1000, help="about this many files (mutations fill up)")
    parser.add_argument("--seed", type=int, default=8, help="seed for the mutations")
    args = parser.parse_args(argv)
    generate(args.outdir, args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
