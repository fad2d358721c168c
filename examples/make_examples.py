"""Regenerate the binary examples (DOCX and PDF) from the text below.

    python examples/make_examples.py

Needs python-docx (a jdlint dependency) and fpdf2 (a test dependency).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

LEAD_INTRO = [
    "We are looking for a Peer Support Lead to lead our growing team of eight peer support workers "
    "across the crisis and home treatment teams.",
    "You will provide reflective supervision to peer support workers, develop peer practice in the teams, "
    "and make sure the voice of lived experience is heard in decisions about the service.",
    "Peer work here is founded on mutuality and hope. You will help peer workers share their own "
    "experience purposefully and hold clear boundaries.",
]
LEAD_SPEC = [
    ("Criteria", "Essential", "Desirable"),
    ("Lived experience", "Lived experience of mental health challenges and of using crisis services.", ""),
    ("Experience", "Experience of working as a peer support worker.",
     "Experience of providing supervision from a peer perspective."),
    ("Qualifications", "", "A degree in psychology or a registered nursing qualification."),
    ("Skills", "Confident in facilitating reflective practice groups.", "Knowledge of WRAP."),
]

US_TEXT = [
    ("h", "Peer Recovery Specialist"),
    ("p", "Pay: $19.50 - $22.00 per hour, full time, with health insurance and paid time off."),
    ("h", "Position Summary"),
    ("p", "The Peer Recovery Specialist supports people in early recovery from substance use at our "
          "outpatient clinic. You will share your recovery story to inspire hope, build mutual relationships "
          "with participants, and connect them with the local recovery community."),
    ("h", "Essential Duties"),
    ("b", "Meet participants one to one and facilitate recovery groups."),
    ("b", "Help participants build their own recovery plans and connect with mutual aid meetings."),
    ("b", "Document contacts in compliance with agency policy."),
    ("h", "Qualifications"),
]
US_TABLE = [
    ("Qualification", "Level"),
    ("Lived experience of recovery from substance use", "Required"),
    ("Certified Peer Recovery Specialist (CPRS) or eligible within 6 months", "Required"),
    ("Bachelor's degree in social work or human services", "Preferred"),
    ("Valid driver's license", "Required"),
]


def make_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].header.paragraphs[0].text = "Example NHS Foundation Trust · Job description"
    document.sections[0].footer.paragraphs[0].text = "Peer Support Lead · Band 6"
    document.add_heading("Peer Support Lead", level=1)
    document.add_paragraph("Band 6 · £37,338 – £44,962 a year · 37.5 hours a week · flexible working considered")
    document.add_heading("Job summary", level=2)
    for text in LEAD_INTRO:
        document.add_paragraph(text)
    document.add_heading("Person specification", level=2)
    table = document.add_table(rows=len(LEAD_SPEC), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(LEAD_SPEC):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_heading("Selection", level=2)
    document.add_paragraph("Interviews will be held in March with the Head of Nursing and the service manager.")
    document.save(path)


def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for kind, text in US_TEXT:
        if kind == "h":
            pdf.set_font("helvetica", style="B", size=13)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("helvetica", size=11)
        elif kind == "b":
            pdf.multi_cell(0, 6, "- " + text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    with pdf.table(col_widths=(130, 40)) as table:
        for row in US_TABLE:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Our interview panel includes a Certified Peer Recovery Specialist from our peer team.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


if __name__ == "__main__":
    make_docx(HERE / "peer-support-lead.docx")
    make_pdf(HERE / "peer-recovery-specialist-us.pdf")
    print("wrote peer-support-lead.docx and peer-recovery-specialist-us.pdf")
