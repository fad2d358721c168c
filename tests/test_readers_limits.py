"""The element cap (issue 13, item 6): documents with more paragraphs, tags or lines than
``Limits.max_elements`` are refused with one line, before they are parsed."""

from __future__ import annotations

import io

import docx
import pytest

from jdlint.api import check_bytes
from jdlint.errors import TooComplex
from jdlint.readers import Limits, read_bytes, read_text
from jdlint.readers import docx as docx_reader

SMALL = Limits(max_elements=1_000)


def many_paragraphs_docx(n: int) -> bytes:
    document = docx.Document()
    document.add_heading("Peer Support Worker", level=1)
    for i in range(n):
        document.add_paragraph(f"p{i}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_file_of_many_paragraphs_is_refused_before_parsing(monkeypatch):
    parsed: list[str] = []
    real = docx_reader._Package.parse

    def spy(raw: bytes, name: str):
        parsed.append(name)
        return real(raw, name)

    monkeypatch.setattr(docx_reader._Package, "parse", staticmethod(spy))
    with pytest.raises(TooComplex) as excinfo:
        read_bytes(many_paragraphs_docx(600), "many.docx", SMALL)
    message = str(excinfo.value)
    assert "\n" not in message
    assert message.startswith("the document has more than 1,000 elements, the limit: ")
    assert not any(name.endswith("document.xml") for name in parsed)


def test_a_word_file_under_the_cap_is_read():
    document = read_bytes(many_paragraphs_docx(100), "fine.docx", SMALL)
    assert len(document.blocks) == 101


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"<html><body>" + b"<p>x</p>" * 1_500 + b"</body></html>", "page.html"),
        (b"<html><body><div>" + b"<b>a</b><i>b</i>" * 800 + b"</div></body></html>", "page.htm"),
        (b"Peer support worker\n" + b"x\n" * 1_500, "advert.txt"),
        (b"# Peer support worker\n" + b"- x\r\n" * 1_500, "advert.md"),
    ],
)
def test_html_pages_and_text_over_the_cap_are_refused(data, name):
    with pytest.raises(TooComplex, match=r"over the 1,000 limit"):
        read_bytes(data, name, SMALL)
    report = check_bytes(data, name, limits=SMALL)
    assert report.error and "over the 1,000 limit" in report.error


def test_pasted_text_over_the_cap_is_refused():
    with pytest.raises(TooComplex):
        read_text("Peer support worker\n" + "x\n" * 1_500, limits=SMALL)
    assert read_text("Peer support worker\n" + "x\n" * 50, limits=SMALL).blocks


def test_the_default_cap_leaves_long_adverts_alone():
    assert Limits().max_elements == 200_000
    assert read_bytes(many_paragraphs_docx(2_000), "long.docx").blocks


def test_the_load_tests_heavy_word_file_is_a_word_file_refused_by_the_default_cap():
    """bench/load_test.py's burst file: read when small, refused (before parsing) at the
    default cap; a million paragraphs make it about 9 MB."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "bench"))
    try:
        import load_test
    finally:
        sys.path.remove(str(root / "bench"))
    small = read_bytes(load_test.heavy_docx(500), "heavy.docx")
    assert small.format == "docx" and len(small.blocks) == 500
    with pytest.raises(TooComplex, match=r"^the document has more than 200,000 elements"):
        read_bytes(load_test.heavy_docx(80_000), "heavy.docx")  # 3 tags each


def test_the_control_bytes_of_a_files_head_are_counted_as_byte_by_byte() -> None:
    """The binary test counts a head's control bytes (below 9, 14 to 31) in C: the same answer
    as counting them one by one, for seeded random heads from clean text to random bytes and
    on either side of the 3 % threshold."""
    import random

    from jdlint.readers import _looks_binary, _utf16_without_bom

    def by_byte(head: bytes) -> bool:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):
            return False
        return sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) * 0.03

    rng = random.Random(12)
    text = b"Peer support worker\tband 4\r\nLived experience essential.\x0c"
    answers = set()
    for _ in range(400):
        head = bytearray(rng.choice(text) for _ in range(rng.randint(1, 2048)))
        for _ in range(int(len(head) * rng.choice((0, 0.01, 0.029, 0.031, 0.05, 0.2)))):
            head[rng.randrange(len(head))] = rng.choice((0, 1, 8, 14, 27, 31, 9, 13, 32, 200))
        if rng.random() < 0.1:
            head = bytearray(rng.randrange(256) for _ in range(len(head)))
        got = _looks_binary(bytes(head))
        answers.add(got)
        assert got == by_byte(bytes(head))
    assert answers == {True, False}
