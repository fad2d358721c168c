"""Shared pieces for readers: section tracking, pseudo-headings and block building."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jdlint.model import Anchor, Block, BlockKind, Document, Location

# Words that open a section in adverts and job descriptions, used to recognise a heading
# in formats without markup ("Essential criteria:", "Main duties of the job").
_HEADING_WORDS = re.compile(
    r"""^(?:
        job\s+(?:summary|description|purpose|overview|title|details|role)|
        about\s+(?:the|this|us|you|our)\b.*|
        (?:main|key|essential|core|other)\s+(?:duties|responsibilities|tasks|functions).*|
        duties(?:\s+and\s+responsibilities)?|responsibilities|
        person\s+specification|personal\s+specification|selection\s+criteria|
        (?:essential|desirable|required|preferred|minimum|key)\s*
            (?:criteria|qualifications?|requirements?|skills|experience|attributes)?.*|
        qualifications?(?:\s+and\s+(?:experience|requirements?))?|requirements?(?:\s+and\s+qualifications?)?|
        skills\s+and\s+experience|
        experience|knowledge|education|training|values|benefits|what\s+we\s+offer.*|
        how\s+to\s+apply|interview.*|selection\s+process|recruitment\s+process|
        # how the post is filled, in a word or two ("Hiring", "Our hiring process", "Next steps"); not
        # "Recruitment" alone, also an area of the post's duties (a heading over "Help recruit volunteers")
        (?:our\s+|the\s+)?(?:hiring|selection|application)(?:\s+(?:process|steps|stages))?|
        (?:our\s+|the\s+)?recruitment\s+(?:process|steps|stages)|
        how\s+we\s+(?:hire|recruit|select|choose|pick)|next\s+steps|what\s+happens\s+next|
        the\s+role|role\s+(?:purpose|summary)|purpose\s+of\s+the\s+(?:post|role)|
        position\s+(?:summary|overview|description)|summary|overview|background.*|
        who\s+we\s+are.*|what\s+you.*|who\s+you\s+are|where\s+you.*|working\s+for\s+us|
        date\s+posted|contact.*|additional\s+information|further\s+information
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_REQUIREMENT_LABEL = re.compile(
    r"^(?:essential|desirable|required|preferred|assets?|nice\s+to\s+haves?|must[- ]haves?"
    r"|highly\s+(?:regarded|desirable|valued|desired|favoured|favored)|(?:would\s+be\s+)?(?:an\s+)?advantage(?:ous)?"
    r"|bonus(?:es)?(?:\s+points)?|a\s+plus|(?:it\s+)?would\s+be\s+(?:great|nice)(?:\s+if\s+you\s+(?:have|had))?)"
    r"(?:\s+(?:criteria|qualifications?|skills|experience|attributes))?(?:\s*\((?:essential|desirable|required|preferred)\))?\s*:?$",
    re.IGNORECASE,
)
# A line that ends on one of these words runs on into the next, whatever its case
# ("MUST BE A PARENT RAISING A CHILD WITH\nEMOTIONAL OR MENTAL HEALTH NEEDS.").
OPEN_WORD = re.compile(r"(?:^|[^\w'])(?:of|and|or|the|a|an|to|in|for|with|by|on|at|from|as|your|their|our|who|"
                       r"that|is|are|be|have|has|&)$", re.I)
# A match of OPEN_WORD is its word (five characters at most), the character before it and
# perhaps a final newline, so only a line's last characters are searched (the whole line
# from every position cost 14 us a line); ``^`` still matches only at the line's start.
_OPEN_TAIL = 7


def ends_on_open_word(line: str) -> bool:
    """Does ``line`` end on a word that runs on into the next line (:data:`OPEN_WORD`)?"""
    return OPEN_WORD.search(line, max(0, len(line) - _OPEN_TAIL)) is not None


# A line in capitals that is a requirement, not a heading: it says must/shall/should
# ("MUST HAVE LIVED EXPERIENCE OF MENTAL") or ends on an article or a conjunction
# ("... RECOVERY FROM A"); "WHO WE WORK WITH" stays a heading.
_CAPS_SENTENCE = re.compile(r"\b(?:MUST|SHALL|SHOULD)\b|(?:^|[^\w'])(?:a|an|the|and|or|&)$", re.I)
# A line in any case that ends on an article, a possessive, a conjunction, "that" or a verb of
# including runs on into the next line as a sentence ("Interviews are held by a panel that
# includes" / "one of our peer support staff."), even when its first words are a heading's
# ("Interview...", "About the..."); a heading ends on none of them ("Who we work with" may), and a
# line that ends in a colon is a label whatever its last word ("Duties include:").
_RUNS_ON = re.compile(r"(?:^|[^\w'])(?:a|an|the|your|their|our|and|or|&|that|include|includes|including)$", re.I)
# A line ending in a colon whose last words open an example list, or in "of", is a sentence
# leading into the items under it ("Lived experience is essential, including:", "You must have
# lived experience of:"), not a heading; in every format, so that a requirement keeps its list.
_LEAD_IN = re.compile(r"(?:\bincluding|\bsuch as|\bfor example|\bfor instance|\be\.?g\.?|\bnamely|\bespecially"
                      r"|\bparticularly|\bin particular|\bof)\s*:$", re.IGNORECASE)
# A full stop, a question or an exclamation mark after a word in lower case and a capital after it:
# the line holds the end of one sentence and the start of the next ("Interviews are relaxed. The
# interview panel", broken by Enter mid-sentence), so it is no heading, whatever its first words
# ("Dept. of Health" and "St. Mary's" have a capital before the stop).
_TWO_SENTENCES = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")
_LETTER_ITEM = re.compile(r"^[A-Z][.)]\s")  # "B. HIGH SCHOOL DIPLOMA OR GED" is an item of a list
_LABEL_PREFIX = re.compile(r"^[A-Z][\w /&()'-]{1,30}:\s")
# A part of the person specification named with its level after a colon or a spaced dash, on a
# line of its own ("Key selection criteria: essential", "Selection criteria – desirable", "Person
# specification: essential"): a heading over the criteria of that level, not a label and its value.
_SECTION_LEVEL = re.compile(
    r"^(?:key\s+)?(?:selection\s+criteria|criteria|person(?:al)?\s+specification|requirements|qualifications)"
    r"\s*(?::|\s[-–—])\s*(?:essential|desirable|required|preferred|mandatory)(?:\s+criteria)?\s*:?$",
    re.IGNORECASE,
)
# A bracket closing a line ("Experience (essential for this role)", "Qualifications (desirable)"):
# a known section name before it is still a heading, the bracket its note or level.
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
# A person specification's level opening a line, then a spaced dash or a bar ("Essential – ...").
_LEVEL_PREFIX = re.compile(r"^(?:Essential|Desirable|Required|Preferred|ESSENTIAL|DESIRABLE|REQUIRED|PREFERRED)"
                           r"\s+[-–—|]\s+\S")
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣–—]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+")


def label_prefix(line: str) -> bool:
    """Does ``line`` open with a ``Label:`` (``Reports To: ...``, ``Salary: ...``), or with a
    person specification's level and a spaced dash (``Essential – Good listening skills``,
    ``DESIRABLE - A full driving licence``): a criterion of its own, not the rest of the line above?"""
    return (bool(_LABEL_PREFIX.match(line)) and not _SECTION_LEVEL.match(line.strip())) or level_prefix(line)


def level_prefix(line: str) -> bool:
    """Does ``line`` open with a person specification's level and a spaced dash, then a
    criterion ("Essential – Lived experience of gambling harm"), not a heading after the level
    ("Essential – Skills and Experience")?"""
    level = _LEVEL_PREFIX.match(line.strip())
    if not level:
        return False
    rest = line.strip()[level.end() - 1 :].rstrip(":").strip()
    return not (_HEADING_WORDS.match(rest) or _REQUIREMENT_LABEL.match(rest))


def bullet_prefix(line: str) -> int:
    """Length of a list-item marker at the start of ``line`` (0 when there is none)."""
    m = _BULLET.match(line)
    return m.end() if m else 0


def lead_in(line: str) -> bool:
    """Is ``line`` a sentence that leads into the list under it (ends "including:", "such as:", "of:")?"""
    return line.rstrip().endswith(":") and _LEAD_IN.search(line) is not None


def pseudo_heading(line: str) -> int:
    """The heading level a plain line implies (1 or 2), or 0 when it is not a heading.

    A short line is a heading when it is a known section name ("Job summary",
    "Essential criteria:"), or ends in a colon, or is in capitals. Bare requirement labels
    ("Essential", "Desirable criteria") are level 2, so they nest under "Person
    specification".
    """
    text = line.strip()
    if not text or len(text) > 70 or bullet_prefix(text) or lead_in(text):
        return 0
    bare = text.rstrip(":").strip()
    if _SECTION_LEVEL.match(bare):
        return 2  # "Key selection criteria: desirable": a requirement label, as "Desirable criteria" is
    if not bare or bare[-1] in ".,;!?" or len(bare.split()) > 9 or ":" in bare:
        return 0  # "Interview date: 12 May" is a label and its value, not a heading
    if _TWO_SENTENCES.search(bare):  # (a short line: 70 characters at most)
        return 0  # "Interviews are relaxed. The interview panel": a sentence runs on, no heading
    if level_prefix(bare):
        return 0  # "Essential – Lived experience of gambling harm" is a criterion ("Essential – Skills" a heading)
    if not text.endswith(":") and _RUNS_ON.search(bare):
        return 0  # "Interviews are held by a panel that includes": a sentence runs on ("Duties include:" is a label)
    if _REQUIREMENT_LABEL.match(bare):
        return 2
    if _HEADING_WORDS.match(bare):
        return 1
    core = _TRAILING_BRACKET.sub("", bare)  # "Experience (essential for this role)"
    if core != bare and core:
        if _REQUIREMENT_LABEL.match(core):
            return 2
        if _HEADING_WORDS.match(core):
            return 1
    letters = [c for c in bare if c.isalpha()]
    if text.endswith(":") and len(bare.split()) <= 6 and letters:
        return 1
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters) and len(bare.split()) <= 8
    if capitals and not _CAPS_SENTENCE.search(bare) and not _LETTER_ITEM.match(bare):
        return 1
    return 0


# A sentence marked up as a heading ("<h2>This role is only open to people who have ...</h2>"):
# six words or more, ending in a full stop or an exclamation mark, with no label colon.
_SENTENCE_END = re.compile(r"[.!]$")


def sentence_heading(text: str) -> bool:
    """Is a (sub)heading's text a whole sentence, to be read as a paragraph?"""
    return bool(_SENTENCE_END.search(text)) and len(text.split()) >= 6 and ":" not in text


@dataclass
class SectionTracker:
    """Keeps the path of headings above the current block."""

    stack: list[tuple[int, str]] = field(default_factory=list)

    def heading(self, title: str, level: int) -> tuple[str, ...]:
        """Enter a heading; returns the path *including* it."""
        title = " ".join(title.split()).rstrip(":").strip()
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, title))
        return self.path

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(title for _, title in self.stack)


@dataclass
class DocumentBuilder:
    """Collects blocks in reading order, tracking sections; ``build()`` gives the Document."""

    path: str = "<text>"
    format: str = "text"
    blocks: list[Block] = field(default_factory=list)
    sections: SectionTracker = field(default_factory=SectionTracker)
    notes: list[str] = field(default_factory=list)
    title: str | None = None
    title_sources: list[tuple[str, str]] = field(default_factory=list)  # (source, text) from metadata

    def title_source(self, source: str, text: str | None) -> None:
        """Record a title from the file's metadata (HTML ``<title>``, JSON-LD, DOCX core title)."""
        text = normalise_space(text or "")
        if text and (source, text) not in self.title_sources:
            self.title_sources.append((source, text))

    def heading(self, text: str, level: int, anchors: tuple[Anchor, ...] = (), **extra) -> None:
        text = " ".join(text.split())
        if not text:
            return
        if level >= 2 and sentence_heading(text):
            self.add("paragraph", text, anchors=anchors)  # a full sentence in heading markup is read as text
            # ... and still heads what follows it ("<h2>Essential skills and experience we are looking
            # for.</h2>" then a list): the items keep their section, and its level
            self.sections.heading(text, level)
            return
        path = self.sections.heading(text, level)
        if self.title is None and level <= 1:
            self.title = text
        self.blocks.append(
            Block(kind="heading", text=text, section=path[:-1], anchors=anchors, level=level, **extra)
        )

    def add(self, kind: BlockKind, text: str, anchors: tuple[Anchor, ...] = (), **extra) -> None:
        if not text.strip():
            return
        self.blocks.append(
            Block(kind=kind, text=text, section=self.sections.path, anchors=anchors, **extra)
        )

    def cell(self, text: str, anchors: tuple[Anchor, ...], row: int, column: int, column_header: str | None,
             row_header: str | None) -> None:  # fmt: skip
        """A table cell at ``row`` and ``column`` (from 0), with the header cell above it and
        the first cell of its row (``None``: none, or the cell is a header itself)."""
        self.add("table-cell", text, anchors=anchors, row=row, column=column, column_header=column_header,
                 row_header=row_header)  # fmt: skip

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def build(self) -> Document:
        from jdlint.titles import GENERIC, title_of

        title = self.title
        if title is None or GENERIC.match(title.rstrip(":")):
            found, _ = title_of(self.blocks, self.title_sources)
            title = found or title
        if title is None:
            first = next((b.text for b in self.blocks if b.text.strip()), None)
            title = first[:120] if first else None
        return Document(
            blocks=tuple(self.blocks),
            path=self.path,
            format=self.format,
            title=title,
            notes=tuple(self.notes),
            title_sources=tuple(self.title_sources),
        )


def at(**fields: int | None) -> tuple[Anchor, ...]:
    """A single anchor at offset 0: the whole block comes from one place."""
    return (Anchor(0, Location(**fields)),)


def normalise_space(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to single spaces."""
    return " ".join(text.replace("\u00a0", " ").split())
