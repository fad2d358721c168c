"""Make docs/wordcopy.png: the Word copy of the example advert as LibreOffice lays it out, with
its comments in the margin, for the README.

LibreOffice (``soffice --headless``) converts the Word copy to PDF and exports each Word
comment as a PDF text annotation at the place it anchors. pypdfium2 renders the page and
reads the annotations; Pillow draws each comment's text in a margin box joined to its place.
(LibreOffice 7.4 cannot put comments in the PDF's margin itself.) Needs soffice and Pillow;
nothing is downloaded.

    python tools/wordcopy_picture.py [docs/wordcopy.png]
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCALE = 1.6
MARGIN = 560  # px of comment margin to the right of the page
BOX_CHARS = 62  # characters per line in a comment box
BOX_LINES = 6  # lines shown per comment (the rest is cut with "…")
SHOWN = 9  # comments drawn (the rest are counted under them)


def word_copy(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest_web import EXAMPLE

    from jdlint.annotate import annotate_docx
    from jdlint.engine import default_engine
    from jdlint.readers import read_text

    document = read_text(EXAMPLE)
    path = folder / "advert-jdlint.docx"
    path.write_bytes(annotate_docx(None, document, default_engine().check(document)))
    return path


def to_pdf(docx_path: Path, folder: Path) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice (LibreOffice) is not installed")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to",
         'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
         "--outdir", str(folder), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return docx_path.with_suffix(".pdf")


def comments(page) -> list[tuple[float, float, str]]:
    """(top and left of the anchor in PDF points from the page's top left, text) for each
    text annotation, top to bottom."""
    import pypdfium2.raw as raw

    height = page.get_height()
    out = []
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_TEXT:
                continue
            rect = raw.FS_RECTF()
            raw.FPDFAnnot_GetRect(annot, rect)
            size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
            text = buffer.raw[: max(0, size - 2)].decode("utf-16-le")
            out.append((height - rect.top, rect.left, text))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return sorted(out)


def draw(pdf_path: Path, target: Path) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont

    pdf = pdfium.PdfDocument(str(pdf_path))
    page = pdf[0]
    notes = comments(page)
    rendered = page.render(scale=SCALE, may_draw_forms=False).to_pil()
    font = ImageFont.truetype(FONT, 15)
    bold = ImageFont.truetype(FONT.replace("DejaVuSans", "DejaVuSans-Bold"), 15)
    line_h = 19
    boxes = []
    for top, left, text in notes[:SHOWN]:
        lines: list[str] = []
        for para in text.split("\n"):
            lines.extend(textwrap.wrap(para, BOX_CHARS) or [""])
        if len(lines) > BOX_LINES:
            lines = [*lines[: BOX_LINES - 1], lines[BOX_LINES - 1][: BOX_CHARS - 1] + "…"]
        boxes.append((top * SCALE, left * SCALE, lines))
    height = rendered.height + int(sum(len(lines) * line_h + 26 for _, _, lines in boxes) + 80)
    image = Image.new("RGB", (rendered.width + MARGIN, height), "white")
    image.paste(rendered, (0, 0))
    pen = ImageDraw.Draw(image)
    pen.rectangle([rendered.width, 0, rendered.width + MARGIN, height], fill="#eef0f3")
    y = 30
    for anchor_y, anchor_x, lines in boxes:
        y = max(y, anchor_y - 10)
        box_h = len(lines) * line_h + 14
        x0, x1 = rendered.width + 16, rendered.width + MARGIN - 12
        pen.line([(anchor_x + 24, anchor_y + 8), (x0, y + 10)], fill="#c0504d", width=1)
        pen.rectangle([x0, y, x1, y + box_h], fill="#fff8d6", outline="#c0a000")
        for k, line in enumerate(lines):
            pen.text((x0 + 8, y + 7 + k * line_h), line, fill="#1b1f24", font=bold if k == 0 else font)
        y += box_h + 12
    if len(notes) > SHOWN:
        pen.text((rendered.width + 24, y + 4), f"… and {len(notes) - SHOWN} more comments", fill="#475467", font=font)
        y += 30
    image = image.crop((0, 0, image.width, max(y + 20, rendered.height)))
    image.save(target, optimize=True)


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "wordcopy.png"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        draw(to_pdf(word_copy(folder), folder), target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
