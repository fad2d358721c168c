"""Generate a mixed corpus of realistic peer-support job adverts for the batch benchmark.

Each advert is 800-1,200 words: a title, an introduction, sections on the service, the
role, duties (a bulleted list), a person specification (a table in DOCX and PDF, lists in
Markdown and text), what the organisation offers, the selection process and how to apply.
Wording varies from advert to advert (seeded), and some adverts carry the problems jdlint
looks for (stigmatising words, desirable lived experience, missing pay ...).

The formats rotate DOCX (python-docx, with a person-spec table), PDF (fpdf2, with a ruled
table), Markdown and plain text, a quarter each.

    .venv/bin/python bench/make_corpus.py bench/out/corpus -n 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

TITLES = [
    "Peer Support Worker", "Peer Support Worker (Community Mental Health)", "Peer Recovery Worker",
    "Lived Experience Practitioner", "Peer Mentor", "Peer Support Worker - Crisis Team",
    "Senior Peer Support Worker", "Peer Support Lead", "Recovery Peer Worker", "Peer Navigator",
    "Peer Support Worker (Substance Use)", "Carer Peer Support Worker", "Peer Specialist",
]  # fmt: skip
ORGS = [
    "Northfield NHS Foundation Trust", "Riverside Recovery", "Harbour Mind", "Westgate Housing Trust",
    "Oakwood Community Services", "The Bridge Project", "Eastbrook Health Partnership", "Compass Wellbeing",
    "Hillside Carers Network", "Lantern Recovery Community",
]  # fmt: skip
SERVICES = [
    "community mental health team", "crisis resolution service", "acute inpatient ward",
    "drug and alcohol recovery service", "early intervention in psychosis team", "homeless outreach team",
    "recovery college", "carers support service", "perinatal mental health service", "liaison team",
]  # fmt: skip
EXPERIENCES = [
    "mental health challenges", "using mental health services", "substance use and recovery",
    "homelessness", "caring for someone with mental health difficulties", "inpatient mental health care",
    "self-harm", "trauma and recovery",
]  # fmt: skip
PLACES = ["Leeds", "Bristol", "Norwich", "Sheffield", "Cardiff", "Leicester", "Brighton", "Preston", "York", "Hull"]

INTRO = [
    "{org} is looking for a {title} to join our {service} in {place}.",
    "Do you want to use your own experience to help others? {org} is recruiting a {title} for the {service}.",
    "We are recruiting a {title} to work alongside the {service} at {org}, based in {place}.",
    "Join {org} as a {title} and help people using the {service} to find their own path to recovery.",
]
ABOUT = [
    "Our {service} supports adults across {place} who are living with a wide range of difficulties.",
    "The team includes nurses, social workers, occupational therapists, psychologists and peer workers, and we work closely with local voluntary organisations.",
    "We believe that recovery is possible for everyone and that people are experts in their own lives.",
    "Over the last year the service has supported more than {n} people, and demand keeps growing.",
    "We are proud of the culture we have built: open, curious, and kind to each other as well as to the people we support.",
    "People who use our service told us they wanted to meet staff who had been through similar things, and peer roles are our answer.",
    "The service is open seven days a week, and you will work a rota agreed with your manager.",
    "We work in partnership with housing providers, GPs, the local recovery college and community groups.",
    "Many of the people we support have had difficult experiences of services in the past, and building trust takes time.",
    "Our peer team has grown from two to {k} workers over the last three years.",
]
ROLE = [
    "In this role you will build mutual, reciprocal relationships with the people you support, based on shared experience.",
    "You will share your own experience purposefully and safely, when it helps someone else's recovery.",
    "You will inspire hope that recovery is possible and help people to find their own goals.",
    "You will agree and hold clear boundaries in the peer relationship, and talk them through in supervision.",
    "Our peer workers draw on approaches such as Intentional Peer Support, CHIME and WRAP.",
    "This is a peer role, not a clinical one: you will not be asked to give medication or carry out risk assessments on your own.",
    "You will walk alongside people as they leave hospital, helping them reconnect with the things that matter to them.",
    "You will be an equal member of the multidisciplinary team and bring the voice of lived experience into team meetings.",
    "Some of your time will be spent co-facilitating recovery groups and workshops at the recovery college.",
    "You will help people to navigate services, attend appointments when they ask you to, and find community resources.",
]
DUTIES = [
    "Offer one-to-one peer support to people using the service, in person and by phone.",
    "Co-facilitate peer support groups and recovery workshops.",
    "Support people to write their own recovery and wellbeing plans.",
    "Help people to connect with community groups, education, volunteering and work.",
    "Keep accurate, timely notes in line with the service's record keeping policy.",
    "Take part in team meetings, reflective practice and peer supervision.",
    "Contribute to service development, sharing what you learn from the people you support.",
    "Support people at the point of discharge and in the first weeks at home.",
    "Work with carers and families where the person wants this.",
    "Promote recovery-focused, person-centred language and practice across the team.",
    "Take part in training for staff and students about peer support.",
    "Signpost people to benefits, housing and debt advice services.",
]
ESSENTIAL = [
    "Lived experience of {exp}, and the ability to reflect on it and use it to help others.",
    "Good listening and communication skills.",
    "An understanding of recovery and of what helps people to stay well.",
    "Ability to work as part of a team and on your own initiative.",
    "Willingness to complete peer support training.",
    "Basic IT skills: email, word processing and electronic records.",
    "Ability to keep clear boundaries and to ask for support when needed.",
]
DESIRABLE = [
    "Experience of peer support work, paid or voluntary.",
    "Knowledge of local services and community resources.",
    "Experience of facilitating groups.",
    "A peer support qualification or accredited training.",
    "Ability to speak a community language.",
    "Experience of using the {service} or a similar service.",
]
OFFER = [
    "You will have regular reflective supervision from an experienced peer worker, and monthly group supervision with the peer team.",
    "You will complete accredited peer support training and have protected time for continuing development.",
    "We offer wellbeing support, an employee assistance programme and reasonable adjustments; we will agree a wellbeing plan with you when you start.",
    "There is a clear route to senior peer support, peer trainer and peer lead roles.",
    "We welcome applications from people who want to work flexibly, part time or as a job share.",
    "Salary: £{pay:,} a year (Agenda for Change Band {band}), pro rata for part-time hours.",
    "You will get 27 days of annual leave plus bank holidays, rising with service.",
    "We pay for travel between visits and offer a cycle-to-work scheme.",
]
SELECTION = [
    "The interview panel will include an experienced peer worker, and people with lived experience take part in shortlisting.",
    "Interviews will be held in {place}; we will send you the questions a week before.",
    "If you need any adjustments to take part in the interview, please let us know and we will make them.",
    "A criminal record is not an automatic bar to this role; we consider each case individually.",
]
APPLY = [
    "To apply, please complete the online application form and tell us why you would like this role.",
    "For an informal conversation about the role, contact the peer support lead on 0113 000 0000.",
    "The closing date is 30 June; we may close the advert early if we receive many applications.",
    "We particularly welcome applications from people from Black, Asian and minority ethnic communities, who are under-represented in our workforce.",
]
PROBLEMS = [  # what jdlint looks for, sprinkled in some adverts
    "Many of the people we support are addicts or alcoholics who are suffering from depression.",
    "Applicants must have no criminal record.",
    "We need a strong, competitive rockstar who can cope with non-compliant clients.",
    "You will reduce bed days and improve throughput for hard to reach service users.",
    "This is a bank post with no guaranteed hours.",
    "The post holder will administer medication and complete risk assessments.",
]
FILLER = [
    "We know that starting a new job can feel daunting, and we will make sure you have a good induction.",
    "You will spend your first weeks shadowing experienced peer workers and getting to know the team.",
    "We listen to feedback from the people we support and change how we work as a result.",
    "Our peer workers tell us that the best part of the job is seeing someone rediscover what matters to them.",
    "Every day is different: one morning you might be meeting someone for coffee, the next running a group.",
    "We value kindness, honesty and curiosity, and we look for them in everyone we recruit.",
    "The team meets every Tuesday morning to plan the week and to reflect on what has been hard.",
    "You do not need formal qualifications for this role; your experience and your values matter most.",
]


@dataclass
class Advert:
    title: str
    sections: list[tuple[str, list[str], str]] = field(default_factory=list)  # heading, items, kind
    essential: list[str] = field(default_factory=list)
    desirable: list[str] = field(default_factory=list)

    def words(self) -> int:
        text = " ".join(" ".join(items) for _, items, _ in self.sections)
        return len(text.split()) + len(" ".join(self.essential + self.desirable).split())


def make_advert(rng: random.Random) -> Advert:
    v = {
        "title": rng.choice(TITLES), "org": rng.choice(ORGS), "service": rng.choice(SERVICES),
        "place": rng.choice(PLACES), "n": rng.randrange(300, 3000), "k": rng.randrange(4, 20),
        "pay": rng.randrange(22_000, 34_000, 250), "band": rng.choice([3, 4, 5]), "exp": rng.choice(EXPERIENCES),
    }  # fmt: skip

    def pick(pool: list[str], lo: int, hi: int) -> list[str]:
        return [s.format(**v) for s in rng.sample(pool, min(len(pool), rng.randint(lo, hi)))]

    ad = Advert(v["title"])
    intro = pick(INTRO, 1, 2) + pick(FILLER, 1, 2)
    problems = pick(PROBLEMS, 0, 2) if rng.random() < 0.4 else []
    ad.sections.append(("About the role", intro + problems[:1], "paragraph"))
    ad.sections.append(("About the service", pick(ABOUT, 4, 8), "paragraph"))
    ad.sections.append(("What you will do", pick(ROLE, 4, 8) + problems[1:], "paragraph"))
    ad.sections.append(("Main duties", pick(DUTIES, 6, 11), "list"))
    ad.essential = pick(ESSENTIAL, 4, 7)
    if rng.random() < 0.15:  # lived experience only desirable: a clear-soil failure
        ad.desirable = [ad.essential.pop(0), *pick(DESIRABLE, 2, 4)]
    else:
        ad.desirable = pick(DESIRABLE, 2, 5)
    ad.sections.append(("What we offer", pick(OFFER, 3, 8), "paragraph"))
    ad.sections.append(("How we select", pick(SELECTION, 1, 4), "paragraph"))
    ad.sections.append(("How to apply", pick(APPLY, 2, 4), "paragraph"))
    target = rng.randint(800, 1200)
    pools = [FILLER, ABOUT, ROLE, OFFER]
    while ad.words() < target:  # pad with more varied prose until the advert is long enough
        _, items, _ = rng.choice([s for s in ad.sections if s[2] == "paragraph"])
        items.append(rng.choice(rng.choice(pools)).format(**v))
    return ad


def paragraphs(items: list[str], rng: random.Random) -> list[str]:
    """Group sentences into paragraphs of 1-4."""
    out, i = [], 0
    while i < len(items):
        n = rng.randint(1, 4)
        out.append(" ".join(items[i : i + n]))
        i += n
    return out


def _lines(ad: Advert, rng: random.Random, title: str, heading: str, bullet: str,
           essential: list[str], desirable: str) -> str:  # fmt: skip
    """The advert as lines of text: ``heading`` and ``bullet`` are formats for one ``{}``;
    ``essential`` opens the person specification, ``desirable`` heads its second list."""
    lines = [title, ""]
    for head, items, kind in ad.sections:
        lines += [heading.format(head), ""]
        if kind == "list":
            lines += [bullet.format(item) for item in items] + [""]
        else:
            for p in paragraphs(items, rng):
                lines += [p, ""]
        if head == "Main duties":
            lines += [*essential, ""]
            lines += [bullet.format(e) for e in ad.essential] + ["", desirable, ""]
            lines += [bullet.format(d) for d in ad.desirable] + [""]
    return "\n".join(lines)


def to_markdown(ad: Advert, rng: random.Random) -> str:
    essential = ["## Person specification", "", "### Essential"]
    return _lines(ad, rng, f"# {ad.title}", "## {}", "- {}", essential, "### Desirable")


def to_text(ad: Advert, rng: random.Random) -> str:
    essential = ["Person specification", "", "Essential criteria:"]
    return _lines(ad, rng, ad.title.upper(), "{}", "* {}", essential, "Desirable criteria:")


def to_docx(ad: Advert, rng: random.Random) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(ad.title, 0)
    for heading, items, kind in ad.sections:
        d.add_heading(heading, 1)
        if kind == "list":
            for item in items:
                d.add_paragraph(item, style="List Bullet")
        else:
            for p in paragraphs(items, rng):
                d.add_paragraph(p)
        if heading == "Main duties":
            d.add_heading("Person specification", 1)
            table = d.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Criteria", "Essential", "Desirable"), strict=True):
                cell.text = text
            rows = [("Experience", ad.essential[:2], ad.desirable[:2]),
                    ("Skills and abilities", ad.essential[2:], ad.desirable[2:])]  # fmt: skip
            for label, ess, des in rows:
                cells = table.add_row().cells
                cells[0].text = label
                cells[1].text = "\n".join(ess)
                cells[2].text = "\n".join(des)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def to_pdf(ad: Advert, rng: random.Random) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("DejaVu", "", str(font))
        pdf.add_font("DejaVu", "B", str(font.with_name("DejaVuSans-Bold.ttf")))
        family = "DejaVu"
    else:  # core fonts: latin-1 only
        family = "Helvetica"
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def safe(text: str) -> str:
        return text if family == "DejaVu" else text.encode("latin-1", "replace").decode("latin-1")

    def heading(text: str, size: int = 13) -> None:
        pdf.set_font(family, "B", size)
        pdf.multi_cell(0, 8, safe(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def body(text: str) -> None:
        pdf.set_font(family, "", 10.5)
        pdf.multi_cell(0, 5.5, safe(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    heading(ad.title, 17)
    for title, items, kind in ad.sections:
        heading(title)
        if kind == "list":
            for item in items:
                body(f"• {item}" if family == "DejaVu" else f"- {item}")
        else:
            for p in paragraphs(items, rng):
                body(p)
        if title == "Main duties":
            heading("Person specification")
            pdf.set_font(family, "", 9.5)
            with pdf.table(col_widths=(30, 80, 80), text_align="LEFT", line_height=5) as table:
                for row in (("Criteria", "Essential", "Desirable"),
                            ("Experience", "\n".join(ad.essential[:2]), "\n".join(ad.desirable[:2])),
                            ("Skills", "\n".join(ad.essential[2:]), "\n".join(ad.desirable[2:]))):  # fmt: skip
                    cells = table.row()
                    for text in row:
                        cells.cell(safe(text))
            pdf.ln(3)
    return bytes(pdf.output())


WRITERS = (("docx", to_docx), ("pdf", to_pdf), ("md", to_markdown), ("txt", to_text))


def make_corpus(folder: Path, n: int = 1000, seed: int = 1) -> list[Path]:
    """Write ``n`` adverts into ``folder`` (formats in rotation); return their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        ext, writer = WRITERS[i % len(WRITERS)]
        ad = make_advert(rng)
        content = writer(ad, rng)
        path = folder / f"advert-{i:05d}.{ext}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="number of adverts (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    paths = make_corpus(args.folder, args.n, args.seed)
    by_ext: dict[str, int] = {}
    for p in paths:
        by_ext[p.suffix] = by_ext.get(p.suffix, 0) + 1
    print(f"wrote {len(paths)} adverts to {args.folder} in {time.perf_counter() - start:.1f} s: "
          + ", ".join(f"{v} {k}" for k, v in sorted(by_ext.items())), file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
