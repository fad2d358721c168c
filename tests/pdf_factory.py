"""PDF fixtures for the PDF reader tests and benchmark, generated with fpdf2.

Every function returns the bytes of one PDF. The text is advert-like (peer support worker
job descriptions): headings, hard-wrapped paragraphs, bullets, a repeated page header and a
"Page N of M" footer, and ruled person-specification tables.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
HEADER_TEXT = "Peer Support Worker - Job description"

INTRO = (
    "We are looking for a Peer Support Worker to join our community mental health team. "
    "You will use your own lived experience of mental health challenges to build hopeful, "
    "mutual relationships with the people who use our services, and support them to "
    "identify and work towards their own recovery goals."
)
ABOUT = (
    "Our peer workers are a valued part of every team. You will receive regular peer "
    "supervision, training in intentional peer support and protected time to reflect on "
    "your practice with other peer workers across the organisation."
)
DUTIES = (
    "Build relationships based on mutuality, respect and shared experience",
    "Support people to develop their own recovery and wellbeing plans, working at their pace",
    "Share your own story of recovery purposefully, where it helps the person you support",
    "Help people to connect with community groups, activities and other sources of support",
    "Take part in peer supervision and reflective practice",
)
SPEC_HEADER = ("Criteria", "Essential", "Desirable")
SPEC_ROWS = (
    ("Experience", "Lived experience of mental health challenges", "Experience of volunteering"),
    ("Knowledge", "Understanding of recovery principles", "Knowledge of local services"),
    ("Skills", "Good listening and communication skills", "Group facilitation skills"),
    ("Training", "Willing to complete peer support training", "Peer support qualification"),
    ("Values", "Commitment to hope, mutuality and choice", "Involvement in service user groups"),
    ("Other", "Able to travel across the county", "Speaks a community language"),
)


class _Advert(FPDF):
    """FPDF with a repeated running header and a "Page N of M" footer."""

    furniture = True

    def header(self) -> None:
        if self.furniture:
            self.set_font(self._family, size=8)
            self.cell(0, 5, HEADER_TEXT, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self) -> None:
        if self.furniture:
            self.set_y(-15)
            self.set_font(self._family, size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    # -- helpers -------------------------------------------------------------------------

    @property
    def _family(self) -> str:
        return "DejaVu" if self.unicode else "Helvetica"

    unicode = False
    bullet = "-"

    def heading(self, text: str, size: float = 14) -> None:
        self.set_font(self._family, style="B", size=size)
        self.ln(2)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, text: str) -> None:
        self.set_font(self._family, size=11)
        self.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def bullets(self, items: Sequence[str]) -> None:
        self.set_font(self._family, size=11)
        for item in items:
            self.set_x(self.l_margin + 4)
            self.cell(5, 5.5, self.bullet)
            self.multi_cell(0, 5.5, item, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def spec_table(
        self,
        rows: Sequence[Sequence[str]] = SPEC_ROWS,
        header: Sequence[str] | None = SPEC_HEADER,
        repeat_headings: int = 0,
    ) -> None:
        self.set_font(self._family, size=10)
        data = ([tuple(header)] if header else []) + [tuple(r) for r in rows]
        with self.table(
            col_widths=(30, 80, 80),
            text_align="LEFT",
            first_row_as_headings=header is not None,
            repeat_headings=repeat_headings,
            borders_layout=TableBordersLayout.ALL,
            line_height=5.5,
        ) as table:
            for values in data:
                row = table.row()
                for value in values:
                    row.cell(value)
        self.ln(4)


def _new(furniture: bool = True) -> _Advert:
    pdf = _Advert(format="A4")
    pdf.furniture = furniture
    pdf.set_auto_page_break(True, margin=20)
    if (_DEJAVU / "DejaVuSans.ttf").exists():
        pdf.add_font("DejaVu", "", str(_DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(_DEJAVU / "DejaVuSans-Bold.ttf"))
        pdf.unicode = True
        pdf.bullet = "•"
    pdf.alias_nb_pages()
    pdf.set_title("Peer Support Worker")
    return pdf


def _out(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def _advert_body(pdf: _Advert, n: int = 0) -> None:
    suffix = f" ({n})" if n else ""
    pdf.heading("Peer Support Worker" + suffix, size=18)
    pdf.heading("Job summary")
    pdf.para(INTRO)
    pdf.heading("Main duties of the job")
    pdf.bullets(DUTIES)
    pdf.heading("About us")
    pdf.para(ABOUT)


def advert() -> bytes:
    """A two-page advert: headings, paragraphs, bullets, running header and page footer."""
    pdf = _new()
    pdf.add_page()
    _advert_body(pdf)
    pdf.para(INTRO)
    pdf.add_page()
    pdf.heading("How to apply")
    pdf.para(
        "Please apply online. If you need the form in another format, call us and we "
        "will be happy to help."
    )
    pdf.bullets(("Closing date: 30 June", "Interviews will be held in July"))
    return _out(pdf)


def person_spec() -> bytes:
    """A one-page advert with a ruled Criteria | Essential | Desirable table."""
    pdf = _new()
    pdf.add_page()
    pdf.heading("Peer Support Worker", size=18)
    pdf.para(INTRO)
    pdf.heading("Person specification")
    pdf.spec_table()
    pdf.para("We welcome applications from people of all backgrounds.")
    return _out(pdf)


def split_table(repeat_header: bool = False) -> bytes:
    """A person-spec table that runs from the foot of page 1 onto the top of page 2."""
    pdf = _new()
    pdf.add_page()
    pdf.heading("Peer Support Worker", size=18)
    while pdf.get_y() < 200:
        pdf.para(INTRO)
    pdf.heading("Person specification")
    rows = [
        *SPEC_ROWS,
        *((f"Extra {i}", f"Essential point {i}", f"Desirable point {i}") for i in range(1, 7)),
    ]
    pdf.spec_table(rows, repeat_headings=1 if repeat_header else 0)
    pdf.para("We welcome applications from people of all backgrounds.")
    return _out(pdf)


def split_table_repeated_header() -> bytes:
    """The split table with its header row repeated at the top of page 2."""
    return split_table(repeat_header=True)


def layout_variety() -> bytes:
    """Wrapped bullets, a numbered list, unspaced paragraphs, a captioned table with label rows."""
    pdf = _new()
    pdf.add_page()
    pdf.heading("Peer Support Worker", size=18)
    pdf.set_font(pdf._family, size=11)
    pdf.multi_cell(0, 5.5, INTRO, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5.5, ABOUT, align="L", new_x="LMARGIN", new_y="NEXT")  # no gap above
    pdf.ln(3)
    pdf.heading("Main duties of the job")
    long_item = (
        "Work alongside clinical colleagues in the team to make sure that the voice of lived "
        "experience is heard in every care planning meeting and in team decisions"
    )
    pdf.bullets((long_item, DUTIES[0]))
    pdf.set_font(pdf._family, size=11)
    for i, duty in enumerate(DUTIES[1:3], start=1):
        pdf.multi_cell(0, 5.5, f"{i}. {duty}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(pdf._family, size=10)
    with pdf.table(col_widths=(30, 80, 80), text_align="LEFT", line_height=5.5) as table:
        table.row().cell("PERSON SPECIFICATION", colspan=3)
        header = table.row()
        for value in SPEC_HEADER:
            header.cell(value)
        table.row().cell("Essential", colspan=3)
        for values in SPEC_ROWS[:2]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(4)
    pdf.para("Closing date: 30 June")
    return _out(pdf)


def hyphen_at_line_end() -> bytes:
    """A compound word broken at its hyphen across two lines ("self-" / "management")."""
    return _lines(
        "We want people who understand recovery and the value of peer support and self-",
        "management in everyday life.",
    )


def _lines(*lines: str) -> bytes:
    """One page of 11-point lines, as given (no page furniture)."""
    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.set_font(pdf._family, size=11)
    for line in lines:
        pdf.multi_cell(0, 5.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    return _out(pdf)


def _body_then_spaced(body: tuple[str, ...], spaced: tuple[str, ...]) -> bytes:
    """One page: ``body`` lines at the ordinary pitch (enough of them for the reader to learn it),
    then ``spaced`` lines each set as far apart as paragraphs (a gap of about 1.7 lines)."""
    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.set_font(pdf._family, size=11)
    for line in body:
        pdf.multi_cell(0, 5.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    for line in spaced:
        pdf.ln(4)
        pdf.multi_cell(0, 5.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    return _out(pdf)


_ORDINARY_BODY = (
    "You will offer one-to-one peer support by phone and in person.",
    "You will run a weekly evening peer group for people and families.",
    "You will help people set their own goals for change.",
    "You will go with people to appointments when they ask you to.",
    "You will keep short notes of your work in our records system.",
    "You will take part in team meetings and in reflective practice.",
    "You will help to plan the peer programme for the coming year.",
    "You will meet other peer workers across the region each month.",
)


def wrapped_with_paragraph_spacing() -> bytes:
    """Hard-wrapped sentences whose lines are set as far apart as paragraphs (a gap of about
    1.7 lines), among lines at the ordinary pitch: a line that starts in lower case after a
    line that stops mid-sentence runs on; one after a full stop, or in upper case, does not."""
    return _body_then_spaced(_ORDINARY_BODY, (
        "Meet new clients and complete a short",
        "welcome conversation in their first week.",
        "Referrals come from doctors and the local hospital.",
        "self-referral is welcome too.",
        "Peer workers meet weekly",
        "Supervision is monthly.",
    ))


def heading_words_sentence_runs_on() -> bytes:
    """A sentence in body type that opens with a heading's words ("Interviews ...") and stops on
    a verb of including, an article or a conjunction, its rest on the next line in lower case
    after paragraph spacing; a real heading in the same words ("Interview process") stays one."""
    return _body_then_spaced((
        *_ORDINARY_BODY,
        "You will join the peer network's monthly online learning session.",
        "You will tell us what works and what does not in your first year.",
    ), (
        "Interviews are held by a panel that includes",
        "two members of our peer support team.",
        "About the panel, which is chaired by the",
        "team manager and a peer worker.",
        "Interview process",
        "Interviews take place in Halifax in June.",
    ))


def words_broken_at_line_ends() -> bytes:
    """Words broken across line ends by a typesetter ("addic-" / "tion", "Experi-" / "ence")
    next to compounds broken at their own hyphen ("strengths-" / "based", "peer-" / "led")."""
    return _lines(
        "You will work across our mental health and addic-",
        "tion services, alongside the Lived Experi-",
        "ence Advisor, in a strengths-",
        "based and peer-",
        "led team.",
    )


def encrypted() -> bytes:
    """An advert that needs a password to open (RC4, user password "secret")."""
    pdf = _new()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    _advert_body(pdf)
    return _out(pdf)


def owner_only_encrypted() -> bytes:
    """Encrypted with an owner password only: opens without a password."""
    pdf = _new()
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    _advert_body(pdf)
    return _out(pdf)


def image_only(pages: int = 2) -> bytes:
    """Pages with an image and shapes but no text layer, like a scan."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(image)
    for y in range(40, 520, 18):
        draw.rectangle((40, y, 40 + (y * 7) % 300 + 20, y + 8), fill=30)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = _new(furniture=False)
    for _ in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=190)
        pdf.rect(20, 250, 100, 20)
    return _out(pdf)


def truncated() -> bytes:
    """The first part of an advert: cut before the page tree and cross-reference table."""
    data = advert()
    return data[: len(data) // 4]


def random_bytes(size: int = 4096, seed: int = 7) -> bytes:
    """Noise; ``pdf_header=True`` callers prefix ``%PDF-1.7`` themselves."""
    return random.Random(seed).randbytes(size)


def long_advert(pages: int = 50, table_every: int = 5, seed: int = 1) -> bytes:
    """About ``pages`` pages of advert-like text with a ruled table every ``table_every`` pages."""
    rng = random.Random(seed)
    pdf = _new()
    pdf.add_page()
    section = 0
    while pdf.page_no() < pages:
        section += 1
        _advert_body(pdf, section)
        for _ in range(rng.randint(2, 4)):
            pdf.para(rng.choice((INTRO, ABOUT)))
        if table_every and pdf.page_no() % table_every == 0:
            pdf.heading("Person specification")
            pdf.spec_table(SPEC_ROWS[: rng.randint(3, len(SPEC_ROWS))])
    return _out(pdf)


def two_page_advert(seed: int = 0) -> bytes:
    """A typical short advert: text on page 1, a person-specification table on page 2."""
    rng = random.Random(seed)
    pdf = _new()
    pdf.add_page()
    _advert_body(pdf, seed)
    while pdf.get_y() < 230:
        pdf.para(rng.choice((INTRO, ABOUT)))
    pdf.add_page()
    pdf.heading("Person specification")
    pdf.spec_table(SPEC_ROWS[: rng.randint(3, len(SPEC_ROWS))])
    pdf.heading("How to apply")
    pdf.para("Please apply online by the closing date.")
    return _out(pdf)


def write_all(directory: str | os.PathLike[str]) -> dict[str, Path]:
    """Write every fixture into ``directory`` (for looking at them by hand)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    made = {
        "advert": advert(),
        "person_spec": person_spec(),
        "split_table": split_table(),
        "split_table_repeated_header": split_table_repeated_header(),
        "layout_variety": layout_variety(),
        "encrypted": encrypted(),
        "owner_only_encrypted": owner_only_encrypted(),
        "image_only": image_only(),
        "truncated": truncated(),
        "random": random_bytes(),
        "long": long_advert(),
    }
    paths = {}
    for name, data in made.items():
        path = out / f"{name}.pdf"
        path.write_bytes(data)
        paths[name] = path
    return paths


def lead_in_list(lead: str, items: Sequence[str], bold: bool = False) -> bytes:
    """A title, an "About you" heading, a line leading into a list (in bold type or not) and
    the list under it."""
    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.heading("Peer Support Worker", size=18)
    pdf.heading("About you")
    if bold:
        pdf.heading(lead, size=11)
    else:
        pdf.para(lead)
    pdf.bullets(items)
    return _out(pdf)


def section_phrase_list(line: str, table: bool = False) -> bytes:
    """A title, a "Desirable" heading over a one-item list, then a plain line (a section phrase
    such as "What we are looking for", or a sentence) over a list, or over a table."""
    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.heading("Peer Mentor", size=18)
    pdf.para(INTRO)  # full lines, so that the reader knows where the text column ends
    pdf.heading("Desirable")
    pdf.bullets(["A full driving licence"])
    pdf.para(line)
    if table:
        pdf.spec_table(rows=[("Experience", "Lived experience of homelessness", "Peer training")])
    else:
        pdf.bullets(["Personal experience of the care system", "Warmth and patience"])
    return _out(pdf)


def borderless_spec(
    rows: Sequence[Sequence[str]],
    header: Sequence[str],
    col_widths: Sequence[float] | None = None,
    padding: float = 1.5,
    after: str = "How to apply",
) -> bytes:
    """A person specification set as a table with no ruling lines (a Word table with its
    borders removed, printed to PDF): each row's cells share a baseline, so a text extractor
    runs them into one line. ``padding`` 0 sets the rows as close as the lines in a cell."""
    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.heading("Peer Support Worker", size=18)
    pdf.para(INTRO)
    pdf.heading("Main duties of the job")
    pdf.bullets(DUTIES[:3])
    pdf.heading("Person specification")
    pdf.set_font(pdf._family, size=10)
    widths = tuple(col_widths or ((190 / len(header),) * len(header)))
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        first_row_as_headings=True,
        borders_layout=TableBordersLayout.NONE,
        line_height=5,
        padding=padding,
        v_align="TOP",  # as Word sets a cell's text
    ) as table:
        for values in [tuple(header), *(tuple(r) for r in rows)]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(4)
    pdf.heading(after)
    pdf.para("Please apply online by 30 June. Interviews will be held in the week of 14 July.")
    return _out(pdf)


def two_column_layout(left: Sequence[str], right: Sequence[str], heading: str = "About the role") -> bytes:
    """A page set in two text columns (a newsletter layout, no table): each line of the left
    column shares its baseline with a line of the right one."""
    pdf = _new(furniture=False)
    pdf.add_page()
    pdf.heading("Peer Support Worker", size=18)
    pdf.heading(heading)
    pdf.set_font(pdf._family, size=10)
    top = pdf.get_y()
    for x, paragraphs in ((pdf.l_margin, left), (pdf.l_margin + 97, right)):
        pdf.set_xy(x, top)
        for text in paragraphs:
            pdf.set_x(x)
            pdf.multi_cell(88, 5, text, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(2)
    return _out(pdf)
