"""A line ending "including:", "such as:", "for example:" or "of:" leads into the list under it;
in every format it is a paragraph, not a heading, so a requirement it states keeps its list
(the shared check, jdlint.readers.base.pseudo_heading). Invented adverts; a short label line
with a colon ("Essential criteria:") stays a heading."""

from __future__ import annotations

import pytest
from docx_factory import Advert
from pdf_factory import lead_in_list
from verdict_table import LE

from jdlint.engine import check_document
from jdlint.readers import read_bytes
from jdlint.readers.base import lead_in, pseudo_heading

LEAD_INS = [
    ("Lived experience is essential, including:", ["mental distress", "recovery from alcohol or drug use"]),
    ("You must bring lived experience, for example:", ["of psychosis", "of caring for whānau with mental distress"]),
    ("Applicants must have lived experience of:", ["homelessness", "using mental health services"]),
]


@pytest.mark.parametrize("line", [lead for lead, _ in LEAD_INS] + ["Kinds of experience we value, such as:"])
def test_a_lead_in_line_is_not_a_pseudo_heading(line: str) -> None:
    assert lead_in(line)
    assert pseudo_heading(line) == 0


@pytest.mark.parametrize("line", ["Essential criteria:", "About you:", "Skills and experience:", "Duties include:",
                                  "Your main duties will include:"])
def test_a_short_label_line_is_still_a_heading(line: str) -> None:
    assert not lead_in(line)
    assert pseudo_heading(line) > 0


def _markdown(lead: str, items: list[str]) -> bytes:
    return ("Peer Support Worker\n\n## About you\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items)).encode()


def _markdown_bold(lead: str, items: list[str]) -> bytes:
    return ("# Peer Support Worker\n\n## About you\n\n**" + lead + "**\n\n" + "".join(f"* {i}\n" for i in items)).encode()


def _html(lead: str, items: list[str]) -> bytes:
    lis = "".join(f"<li>{i}</li>" for i in items)
    return f"<html><body><h1>Peer Support Worker</h1><h2>About you</h2><p>{lead}</p><ul>{lis}</ul></body></html>".encode()


def _html_bold(lead: str, items: list[str]) -> bytes:
    lis = "".join(f"<li>{i}</li>" for i in items)
    return (f"<html><body><h1>Peer Support Worker</h1><h2>About you</h2><p><strong>{lead}</strong></p>"
            f"<ul>{lis}</ul></body></html>").encode()


def _docx(lead: str, items: list[str]) -> bytes:
    return Advert().title("Peer Support Worker").heading("About you").para(lead, bold=True).bullets(items).bytes()


def _pdf(lead: str, items: list[str]) -> bytes:
    return lead_in_list(lead, items)


def _pdf_bold(lead: str, items: list[str]) -> bytes:
    return lead_in_list(lead, items, bold=True)


FORMATS = [("md", _markdown), ("md", _markdown_bold), ("html", _html), ("html", _html_bold), ("docx", _docx),
           ("pdf", _pdf), ("pdf", _pdf_bold)]


@pytest.mark.parametrize(("ext", "make"), FORMATS, ids=[f"{e}-{m.__name__}" for e, m in FORMATS])
@pytest.mark.parametrize(("lead", "items"), LEAD_INS, ids=[lead[:30] for lead, _ in LEAD_INS])
def test_a_lead_in_line_keeps_its_requirement_and_its_list(ext: str, make, lead: str, items: list[str]) -> None:
    document = read_bytes(make(lead, items), f"advert.{ext}")
    block = next(b for b in document.blocks if b.text.strip().rstrip(":") == lead.rstrip(":"))
    assert block.kind == "paragraph", (block.kind, block.text)
    listed = [b for b in document.blocks if b.kind == "list-item"]
    assert [b.text for b in listed] == items
    assert all("About you" in b.section and lead.rstrip(":") not in b.section for b in listed)
    verdict = check_document(document, role="peer").verdict(LE)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence and lead.rstrip(":") in verdict.evidence[0].text, [e.text for e in verdict.evidence]
