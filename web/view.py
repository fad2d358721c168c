"""The result page's view model: verdict cards, the advert with highlights, fix cards.

Highlights are built here, not in the template, because spans overlap (a verdict's evidence
sentence can hold a finding's phrase): each block's text is cut at every span boundary and
each piece is wrapped in one ``<mark>`` whose classes say what covers it. Every span's first
piece carries its anchor id (``hl-3`` for finding 3, ``ev-A1`` for criterion A's first
evidence), and a numbered link after the span leads to its card.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from jdlint import wording
from jdlint.model import CRITERIA, Block, Document, Finding, Fix, Report, Span
from jdlint.registry import Registry
from jdlint.wording import ROLE_TEXT, SEVERITY_TEXT

VERDICT_ICONS = {"met": "✓", "partly-met": "◐", "not-met": "✗", "not-applicable": "–"}
VERDICT_TEXT = {k: (v, VERDICT_ICONS[k]) for k, v in wording.VERDICT_TEXT.items()}
CRITERION_HELP = {
    "lived-experience-essential": "Lived experience is a must-have, and its kind is named.",
    "peer-principles": "Mutuality, disclosure, hope and boundaries are set out.",
    "peer-panel": "Experienced peers sit on the interview panel or shortlist.",
    "adjacent-professions": "No professional qualification or adjacent experience stands in for lived experience.",
}
CATEGORY_ORDER = (
    "clear-soil",
    "language",
    "employment",
    "support",
    "senior-roles",
    "criminal-records",
    "inclusion",
    "role",
    "outcomes",
    "readability",
)
CATEGORY_TEXT = {
    "clear-soil": "Clear soil",
    "language": "Language",
    "employment": "Terms of employment",
    "support": "Support for the worker",
    "senior-roles": "Senior peer roles",
    "criminal-records": "Criminal records",
    "inclusion": "Inclusion",
    "role": "Role",
    "outcomes": "Outcomes",
    "readability": "Readability",
    "general": "General",
}
ACTION_TEXT = wording.FIX_TEXT
rationale_summary = wording.rationale_summary


@dataclass
class SourceView:
    title: str
    quote: str


@dataclass
class FixView:
    label: str
    text: str
    where: str
    original: str
    action: str


@dataclass
class VerdictView:
    letter: str
    criterion: str
    label: str
    help: str
    verdict: str
    verdict_text: str
    icon: str
    why: str
    fix: FixView | None
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (anchor id, text)
    severity: str = ""  # the criterion's finding, when it asks for something (not met: error)
    severity_text: str = ""


@dataclass
class CardView:
    number: int
    rule: str
    name: str
    severity: str
    severity_text: str
    category: str
    message: str
    why: str
    sources: list[SourceView]
    fix: FixView | None
    anchor: str | None  # the highlight's id when the finding has a span
    quote: str = ""
    scope: str = "missing"  # with no span: "missing" (something to add) or "whole" (the whole advert)


@dataclass
class GroupView:
    category: str
    title: str
    cards: list[CardView]


@dataclass
class BlockView:
    kind: str
    level: int
    html: Markup
    section: str


@dataclass
class CellView:
    html: Markup
    header: str  # "col" (a column heading), "row" (a row heading) or ""


@dataclass
class TableView:
    """A table of the advert, shown as a table: the person specification's Essential and
    Desirable columns stay visible, which is what criterion A turns on."""

    rows: list[list[CellView]]
    head: list[CellView] = field(default_factory=list)  # the header row, when the table has one
    kind: str = "table"
    level: int = 0
    section: str = ""


@dataclass
class ResultView:
    role_kind: str
    role_text: str
    role_why: str
    role_overridden: bool
    role_evidence: list[str]
    role_unsure: bool  # low-confidence detection: the page asks the user to set the role
    verdicts: list[VerdictView]
    groups: list[GroupView]
    blocks: list[BlockView | TableView]
    positives: list[str]
    notes: list[str]
    score: int | None
    counts: dict[str, int]
    criteria_to_fix: int  # verdict cards that ask for something
    unplaced: list[CardView]  # findings with no span (something missing)
    title: str


def fix_view(fix: Fix | None) -> FixView | None:
    if fix is None or not fix.text:
        return None
    return FixView(
        ACTION_TEXT.get(fix.action, "Fix"), fix.text, fix.where, fix.original, fix.action
    )


def display_title(document: Document, upload_name: str | None = None) -> str:
    """The file's name for an upload; for pasted text the job title that role detection
    finds (never page furniture such as “Already have an account?”)."""
    from jdlint.titles import title_of

    if upload_name:
        return upload_name
    title, _ = title_of(document.blocks)
    return " ".join(title.split()) if title else "your pasted advert"


def friendly_error(kind: str, message: str, filename: str | None = None) -> str:
    """A read or input error as a sentence for the person at the form: what happened to
    which file, and what to do next. ``kind`` is the error's class name (``ScannedDocument``),
    ``message`` the reader's own one-line message."""
    detail = message.strip().rstrip(".")
    detail = detail[:1].lower() + detail[1:]
    name = f"“{filename}”" if filename else ""
    paste = "paste the advert's text instead"
    if not filename:  # pasted text
        if kind == "TooLarge":
            return (f"The pasted text is too long to check ({detail}). Paste just the advert, without the "
                    "application pack: your text is kept below.")  # fmt: skip
        if kind == "EmptyDocument":
            return "There is no text to check. Paste the advert into the box, or choose a file."
        if kind == "Timeout":
            return "Checking the pasted text took too long. Paste just the advert (your text is kept below) and try again."
        return f"We could not check the pasted text: {detail}. Your text is kept below."
    if kind == "ScannedDocument":
        what = "This PDF" if filename.lower().endswith(".pdf") else "This file"
        return f"{what} ({name}) is a scanned image, so there is no text to check. Paste the advert's text instead."
    if kind == "EncryptedDocument":
        return f"{name} is protected with a password, so it cannot be opened. Save a copy without the password, or {paste}."
    if kind == "EmptyDocument":
        return f"{name} has no text to check: it is empty, or holds only pictures. {paste[:1].upper()}{paste[1:]}."
    if kind == "TooLarge":
        return f"{name} is too large to check ({detail}). Save a copy without pictures, or {paste}."
    if kind == "UnsupportedFormat":
        reason = re.sub(r"\s*\([^)]*\)$", "", detail.split(": ")[0]).strip()
        return f"jdlint cannot read {name}: it is {reason}. Save it as Word (.docx) or PDF, or {paste}."
    if kind == "EncodingError":  # the reader's own words say which mark, where and what to do
        return f"{name} could not be read: {detail}, or {paste}."
    if kind == "CorruptDocument":
        return f"{name} could not be opened: it looks damaged, or is not what its name says. Open it, save it again and upload the copy, or {paste}."
    if kind == "Timeout":
        return f"Checking {name} took too long. Try again, or {paste}."
    return f"We could not check {name}: {detail}. You can {paste}."


def build(
    document: Document, report: Report, registry: Registry, upload_name: str | None = None
) -> ResultView:
    letters = {c: "ABCD"[i] for i, c in enumerate(CRITERIA)}
    labels = wording.criterion_labels(registry)
    verdicts: list[VerdictView] = []
    marks: dict[
        int, list[tuple[int, int, str, str, str]]
    ] = {}  # block -> (start, end, id, classes, ref)

    def add_mark(span: Span, anchor: str, classes: str, ref: str) -> None:
        if 0 <= span.block < len(document.blocks) and span.end > span.start:
            marks.setdefault(span.block, []).append((span.start, span.end, anchor, classes, ref))

    for v in report.criteria:
        letter = letters.get(v.criterion, "?")
        text, icon = VERDICT_TEXT.get(v.verdict, (v.verdict, "?"))
        view = VerdictView(
            letter=letter,
            criterion=v.criterion,
            label=labels.get(v.criterion, v.criterion),
            help=CRITERION_HELP.get(v.criterion, ""),
            verdict=v.verdict,
            verdict_text=text,
            icon=icon,
            why=v.why,
            fix=fix_view(v.fix),
        )
        for i, span in enumerate(v.evidence, start=1):
            anchor = f"ev-{letter}{i}"
            view.evidence.append((anchor, span.text))
            add_mark(span, anchor, f"ev ev-{v.verdict}", letter)
        verdicts.append(view)

    # Cards are grouped by category and numbered in the order they are shown.
    groups: dict[str, list[tuple[Finding, CardView]]] = {}
    for f in report.findings:
        if f.suppressed:
            continue
        rule = registry.get(f.rule)
        if rule is not None and rule.criterion in letters:
            # A criterion's own finding: its verdict card at the top says it; mark the place.
            letter = letters[rule.criterion]
            for view in verdicts:
                if view.letter == letter and not view.severity:
                    view.severity, view.severity_text = f.severity, SEVERITY_TEXT.get(f.severity, f.severity)
            if f.span is not None:
                anchor = f"cs-{letter}-{f.span.block}-{f.span.start}"
                add_mark(f.span, anchor, f"fd sev-{f.severity}", letter)
            continue
        card = _card(f, 0, registry)
        groups.setdefault(card.category, []).append((f, card))
    ordered = sorted(
        groups, key=lambda c: (CATEGORY_ORDER.index(c) if c in CATEGORY_ORDER else 99, c)
    )
    group_views: list[GroupView] = []
    unplaced: list[CardView] = []
    number = 0
    for category in ordered:
        cards = []
        for f, card in groups[category]:
            number += 1
            card.number = number
            if f.span is not None and 0 <= f.span.block < len(document.blocks):
                card.anchor = f"hl-{number}"
                if card.fix is not None and card.fix.where.startswith(
                    ("in the sentence “", "in “")
                ):
                    card.fix.where = ""  # the highlight shows the sentence
                add_mark(f.span, card.anchor, f"fd sev-{f.severity}", str(number))
            else:
                unplaced.append(card)
            cards.append(card)
        title = CATEGORY_TEXT.get(category, category.replace("-", " ").capitalize())
        group_views.append(GroupView(category, title, cards))

    blocks = _blocks(document, marks)
    role = report.role
    # the counts add up to the cards that ask for something: the verdict cards of criteria
    # not met or partly met, and the fix cards
    counts = wording.severity_counts(
        [v.severity for v in verdicts if v.severity] + [card.severity for g in group_views for card in g.cards]
    )
    title = display_title(document, upload_name)
    return ResultView(
        role_kind=role.kind if role else "other",
        role_text=ROLE_TEXT.get(role.kind, role.kind) if role else "Unknown",
        role_why=(wording.role_set_text(role.kind) if role.overridden else role.why) if role else "",
        role_overridden=bool(role and role.overridden),
        role_evidence=[s.text for s in role.evidence] if role else [],
        role_unsure=bool(role and role.confidence == "low" and not role.overridden),
        verdicts=verdicts,
        groups=group_views,
        blocks=blocks,
        positives=[wording.positive_text(p, registry) for p in report.positives],
        notes=list(report.notes),
        score=report.score,
        counts=counts,
        criteria_to_fix=sum(1 for v in verdicts if v.severity),
        unplaced=unplaced,
        title=title,
    )


def _card(f: Finding, number: int, registry: Registry) -> CardView:
    rule = registry.get(f.rule)
    sources = [SourceView(s.title, s.quote) for s in rule.sources] if rule else []
    return CardView(
        number=number,
        rule=f.rule,
        name=f.name,
        severity=f.severity,
        severity_text=SEVERITY_TEXT.get(f.severity, f.severity),
        category=rule.category if rule else "general",
        message=f.message,
        why=rationale_summary(rule) if rule else "",
        sources=sources[:1],
        fix=fix_view(f.fix),
        anchor=None,
        quote=f.span.text if f.span is not None else "",
        scope="missing" if rule is None or rule.kind == "missing" or rule.criterion else "whole",
    )


def _blocks(document: Document, marks: dict) -> list[BlockView | TableView]:
    """The advert's blocks; consecutive cells of one table become one :class:`TableView`."""
    out: list[BlockView | TableView] = []
    cells: list[tuple[Block, Markup]] = []
    table_id: object = None

    def flush() -> None:
        if cells:
            out.append(_table(cells))
            cells.clear()

    for i, b in enumerate(document.blocks):
        html = _block_html(b, marks.get(i, []))
        if b.kind == "table-cell" and b.row is not None and b.column is not None:
            key = b.location().table
            if cells and (key != table_id or (b.row, b.column) <= (cells[-1][0].row, cells[-1][0].column)):
                flush()
            table_id = key
            cells.append((b, html))
            continue
        flush()
        out.append(BlockView(b.kind, b.level, html, b.section_path))
    flush()
    return out


def _table(cells: list[tuple[Block, Markup]]) -> TableView:
    rows: dict[int, list[tuple[Block, Markup]]] = {}
    for b, html in cells:
        rows.setdefault(b.row or 0, []).append((b, html))
    ordered = [rows[r] for r in sorted(rows)]
    first = ordered[0]
    top = {b.column: " ".join(b.text.split()) for b, _ in first}
    # the first row is a header row when the other rows' cells name it as their column header
    has_head = len(ordered) > 1 and any(
        b.column_header and " ".join(b.column_header.split()) == top.get(b.column) for row in ordered[1:] for b, _ in row
    )
    head = [CellView(html, "col") for _, html in first] if has_head else []
    body = ordered[1:] if has_head else ordered
    out_rows = [
        [CellView(html, "row" if j == 0 and any(c.row_header for c, _ in row) else "") for j, (b, html) in enumerate(row)]
        for row in body
    ]
    return TableView(out_rows, head, section=cells[0][0].section_path)


def _block_html(block: Block, spans: list[tuple[int, int, str, str, str]]) -> Markup:
    """The block's text, escaped, with ``<mark>`` pieces and reference links."""
    text = block.text
    if not spans:
        return _lines(escape(text))
    cuts = sorted({0, len(text), *(max(0, min(len(text), p)) for s in spans for p in s[:2])})
    ends: dict[int, list[tuple[int, int, str, str, str]]] = {}
    for s in spans:
        ends.setdefault(min(s[1], len(text)), []).append(s)
    placed: set[str] = set()
    linked: set[tuple[int, str]] = set()  # one link per target at each place
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(text[a:b])
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        if covering:
            starting = [s for s in covering if s[0] == a and s[2] not in placed]
            mark_id = ""
            extra = ""
            if starting:
                mark_id = f' id="{starting[0][2]}"'
                placed.add(starting[0][2])
                for s in starting[1:]:
                    extra += f'<span class="anchor" id="{s[2]}"></span>'
                    placed.add(s[2])
            classes = sorted({c for s in covering for c in s[3].split()})
            out.append(f'{extra}<mark{mark_id} class="{" ".join(classes)}">{piece}</mark>')
        else:
            out.append(str(piece))
        for s in ends.get(b, []):
            letter = not s[4].isdigit()
            target = f"v-{s[4]}" if letter else f"card-{s[4]}"
            if (b, target) in linked:
                continue
            linked.add((b, target))
            label = f"criterion {s[4]}" if letter else f"finding {s[4]}"
            out.append(
                f'<a class="ref ref-{"ev" if letter else "fd"}" href="#{target}" '
                f'aria-label="See {label}">{escape(s[4])}</a>'
            )
    return _lines(Markup("".join(out)))


def _lines(html: Markup | str) -> Markup:
    return Markup(str(html).replace("\n", "<br>\n"))
