"""Find an advert's job title: candidates from every place a title lives, scored.

Shared by the readers (``Document.title``) and role detection. A candidate comes from a
labelled field ("Job title: ...", "Post title:" with its value on the next line, a
"Position Title" table cell and the cell beside it), a heading or short line among the
first blocks, a page header, or the reader's metadata (HTML ``<title>``/JSON-LD
``JobPosting.title``, the DOCX core title, the PDF information title). A candidate must
name a job ("... Worker", "... Specialist") and never be a section heading ("POSITION
HIGHLIGHTS:", "Skills and abilities", "Job purpose") or a sentence ("This role combines
two key elements:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import is_

from jdlint.model import Block

_LABEL = (
    r"(?:(?:job|post|position|role|vacancy)\s*(?:title|name)?|title\s+of\s+(?:the\s+)?(?:post|position|role|job)|"
    r"(?:working|class|classification|official|functional|business|payroll|advertised|job\s+posting|posting|"
    r"opening|requisition)\s+title|job\s+role|title)"
)
LABELLED_TITLE = re.compile(rf"^\s*{_LABEL}\s*[:\-–—|]\s*(.+)$", re.I)
# A title label after other text on its line, page controls or the employer's name ("Riverside
# Trust | Jobs | Apply now Job title: Peer Mentor"): only a label that says "title".
_INLINE_LABEL = re.compile(r"\s(?:job|post|position|vacancy|role)\s+title\s*:\s*(\S.*)$", re.I)
# The next field of a line of fields after the title ("Job title: Peer Mentor Salary: £25,000
# Hours: 37.5"): a field label known by name, or one capitalised word, before a colon.
_NEXT_FIELD = re.compile(
    r"\s+((?i:reports?\s+to|reporting\s+to|responsible\s+to|accountable\s+to|supervised\s+by|managed\s+by|"
    r"line\s+manager|closing\s+date|start\s+date|job\s+type|employment\s+type|contract\s+type|pay\s+(?:rate|scale|range|band)|"
    r"job\s+(?:ref(?:erence)?|id|number)|salary\s+range)|[A-Z][A-Za-z]+)\s*:(?:\s|$)"
)
# A bare label may follow its name in another language, one word and a slash or dash before it
# ("Tūranga / Position", "Tūranga – Position": a bilingual field label, the Māori first).
_BARE_LABEL = re.compile(rf"^\s*(?:\w+\s*[/|–—-]\s*)?{_LABEL}\s*:?\s*$", re.I)
GENERIC = re.compile(
    r"^(job|position|role|post)\s+(description|summary|details|overview|profile|purpose|highlights|information|"
    r"specification|advert|title)$|^(summary|overview|information|description|job|details|about (the|this) "
    r"(role|job|post|position)|main duties.*|search|menu|home|header navigation|navigation|apply|apply now|back|"
    r"share|print|sign in|log in|sign up|register|introduction|careers?|vacancies|jobs|current vacancies|find (a )?jobs?|"
    r"search jobs|company reviews|salary guide|post a job|employers?|for employers|job alerts|saved jobs|my account|"
    r"easily apply|apply (now|online)|quick apply|upload your (cv|resume)|save( (this )?job)?|"
    r"((open|current|all|available|latest|new) )?(positions|roles|openings|opportunities|job openings)|"
    r"(open|all|available|latest) (jobs|vacancies))$",
    re.I,
)
JOB_NOUN = re.compile(
    r"\b(workers?|specialists?|practitioners?|co-?ordinators?|officers?|managers?|leads?|leaders?|assistants?|"
    r"nurses?|mentors?|coach(es)?|supporters?|advocates?|consultants?|therapists?|facilitators?|"
    r"navigators?|cadets?|cadetship|trainees?|apprentices?|researchers?|fellows?|evaluators?|trainers?|program(me)?|roles?|"
    r"posts?|positions?|directors?|supervisors?|administrators?|analysts?|engineers?|developers?|"
    r"counsell?ors?|psychologists?|heads?|champions?|ambassadors?|volunteers?|associates?|clinicians?|"
    r"educators?|tutors?|lecturers?|instructors?|teachers?|partners?|representatives?|experts? by experience|aides?|technicians?|professionals?|advis[eo]rs?|liaisons?|connectors?|bridgers?|guides?|companions?|helpers?|befrienders?|"
    r"stewards?|recruits?|responders?|handlers?|dispatchers?|promotor(?:a|es|as)?|kaimahi|kaiāwhina|kaiawhina|aidante?s?|ally|allies|buddy|buddies|"
    r"peer|peers|staff)\b",
    re.I,
)
# Nouns that name a job only in company: "Position Highlights" and "Role purpose" are headings.
WEAK_NOUN = re.compile(r"^(roles?|posts?|positions?|program(me)?s?|heads?|leads?|staff|partners?|peers?)$", re.I)
# "Peer Bridger", "Peer Liaison": on a short line, "peer" before a capitalised noun names a
# job (not "Peer Review", "Peer Groups", "Peer Support" alone).
_PEER_NOUN = re.compile(
    r"\b[Pp](?:eer|EER)[ -](?!(?i:reviews?|reviewed|reviewers?|groups?|pressure|learning|support|to|and|or)\b)[A-Z][A-Za-z]+"
)
# Section words: a candidate made of these is a heading, whatever its case or colon.
_SECTION = re.compile(
    r"\b(highlights|summary|overview|purpose|responsibilities|duties|requirements|qualifications|skills|"
    r"abilities|specification|criteria|benefits|description|details|information|introduction|about|"
    r"competenc(y|ies)|values|conditions|apply|application|contact|salary|location|hours|grade|band)\b",
    re.I,
)
# A pay band or grade after a comma at a title's end ("Peer Support Worker, Band 4", "Recovery
# Worker, AfC Band 3", "Support Worker, Grade 6 to 7"): the post's grade, not a section heading.
_GRADE_AFTER = re.compile(
    r",\s*(?:(?:nhs|afc|agenda\s+for\s+change|pay)\s+)?(?:band|grade|level|scale)\s+\w+(?:\s*(?:[-–/]|to)\s*\w+)?\s*$",
    re.I,
)
# A first word that opens a sentence, not a title.
_SENTENCE_START = re.compile(
    r"^(this|the|these|we|you|your|our|join|do|are|is|if|in|as|please|apply|about|why|what|who|how|are|"
    r"at|for|with|to|a|an|it|there|here|would|can|will|must)\b",
    re.I,
)
_CLAUSE = re.compile(r"\b(will|you|we|is|are|was|were|has|have|provides?|combines?|seeks?|seeking)\b", re.I)
# Labels whose value names another person, a place or the programme, not the post: "Reports to",
# "Supervised by", "Program: AOD Treatment Services".
_OTHER_LABEL = re.compile(
    r"^(?:reports?\s+to|reporting\s+to|responsible\s+to|accountable\s+to|supervised\s+by|managed\s+by|"
    r"line\s+manager|manager|supervisor|supervision|location|base|department|directorate|division|unit|team|"
    r"service|grade|band|salary|hours|contract|employer|organi[sz]ation|closing\s+date|contact|program(?:me)?)\s*:?$",
    re.I,
)


@dataclass(frozen=True)
class TitleCandidate:
    """A possible job title: its text, the block it came from (``None``: metadata), where
    it was found and how strongly it looks like the title."""

    text: str
    block: int | None
    source: str
    score: float


# Soft hyphens, zero-width characters and the byte-order mark: dropped (a compiled expression
# removes them about ten times faster than str.translate on a line with any non-ASCII letter)
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def _clean(text: str) -> str:
    # (looking for each invisible character first: the expression's scan of a line with any
    # other non-ASCII character, a dash or a curly quote, cost four times as much)
    if not text.isascii() and any(c in text for c in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    text = " ".join(text.split())
    return text.strip(" *#|-–—•").strip()


# A wide gap on a line: page controls set beside the title ("Peer Worker          Apply now").
_WIDE_GAP = re.compile(r"\s{3,}|\t+")  # no-break spaces too


class _Folded:
    """A case-insensitive expression, tried on an ASCII line in lower case by its
    case-sensitive twin: the same matches at the same places (in ASCII, ``re.I`` matches a
    letter where its lower case matches), about a quarter of the time (``re.I`` folds the case
    of every character it tries, at every place of the line); other text as it is. The twin
    exists only for a pattern without a capital (which would miss the lower case; ``\\W``,
    ``\\S`` and the like are capitals too)."""

    def __init__(self, expression: re.Pattern[str]):
        self.expression = expression
        pattern = expression.pattern
        self.twin = re.compile(pattern, expression.flags & ~re.I) if pattern == pattern.lower() else None

    def found(self, text: str) -> bool:
        """``bool(expression.search(text))``."""
        if self.twin is not None and text.isascii():
            return self.twin.search(text.lower()) is not None
        return self.expression.search(text) is not None

    def starts(self, text: str) -> bool:
        """``bool(expression.match(text))``."""
        if self.twin is not None and text.isascii():
            return self.twin.match(text.lower()) is not None
        return self.expression.match(text) is not None

    def group_one(self, text: str) -> str | None:
        """``expression.match(text).group(1)``, as written in ``text`` (``None``: no match)."""
        if self.twin is not None and text.isascii():
            m = self.twin.match(text.lower())
            return None if m is None or m.start(1) < 0 else text[m.start(1) : m.end(1)]
        m = self.expression.match(text)
        return None if m is None else m.group(1)

    def every(self, text: str) -> list[str]:
        """``[m.group(0) for m in expression.finditer(text)]``, as written in ``text``."""
        if self.twin is not None and text.isascii():
            return [text[m.start() : m.end()] for m in self.twin.finditer(text.lower())]
        return [m.group(0) for m in self.expression.finditer(text)]


def _without_controls(text: str) -> str:
    """"Peer Services Supervisor          Apply now" → "Peer Services Supervisor": the parts of
    a line set apart by wide gaps that are page controls or site sections (``GENERIC``) are not
    the title."""
    stripped = text.strip()
    if " ".join(stripped.split()) == stripped:
        return text  # one space between words throughout: no gap to split at (cheaper than the split)
    parts = [p for p in _WIDE_GAP.split(stripped) if p.strip()]
    if len(parts) < 2:
        return text
    kept = [p for p in parts if not _GENERIC.starts(_clean(p))]
    return "   ".join(kept) if kept and len(kept) < len(parts) else text


def _before_next_field(value: str) -> str:
    """A labelled title's value up to the next field on its line: "Peer Mentor Salary: £25,000
    Hours: 37.5" → "Peer Mentor". A label word that names a job ("Peer Support Worker:
    Sponsorship Available") is the title's, not another field's."""
    if ":" not in value:
        return value
    for m in _NEXT_FIELD.finditer(value):
        if not JOB_NOUN.search(m.group(1)) or _OTHER_LABEL.match(m.group(1)):
            return value[: m.start()]
    return value


def _wrapped_on(value: str, after: str) -> str:
    """A labelled title at the end of a line of fields that wrapped: "... Job title: Recovery"
    and the next line "Worker Salary: £25,400 Hours: 37.5": the words before the next line's
    first field label end the title ("Recovery Worker"). ``value`` when it ends in a job noun
    already ("Peer Worker" and "Full time Hours: 37.5" under it), when the next line opens with
    no such words, or when they do not end in a job noun."""
    if ":" not in after[:60] or _strong_noun_last(value):
        return value
    m = _NEXT_FIELD.search(" " + after)
    if m is None or m.start() == 0:
        return value
    words = after[: m.start()].split()
    if not 0 < len(words) <= 4 or not all(w[:1].isalpha() for w in words) or not _strong_noun_last(words[-1]):
        return value
    joined = f"{value} {' '.join(words)}"
    return joined if plausible(_clean(joined), labelled=True) else value


def _bracket_closed_on(text: str, after: str) -> str:
    """A title whose bracket is left open at the line's end, wrapped there: "Mental Health Support
    Worker (Lived Experience" and the next line "Desirable)": the next line's words up to the
    closing bracket finish it ("... (Lived Experience Desirable)"). ``text`` when its brackets are
    closed, or when the next line does not close the bracket within a few words."""
    if text.count("(") <= text.count(")"):
        return text
    line = after.strip().split("\n")[0]
    close = line.find(")")
    if close < 0 or "(" in line[:close]:
        return text
    words = line[:close].split()
    if len(words) > 4 or not all(w[:1].isalnum() for w in words):
        return text
    return f"{text} {' '.join(words)})" if words else f"{text})"


def strong_job_noun(word: str) -> bool:
    """Does ``word`` name a job ("worker", "coordinator"; `JOB_NOUN`), not only a post or a rank
    ("role", "lead", "peer"; `WEAK_NOUN`)?"""
    return bool(JOB_NOUN.fullmatch(word)) and not WEAK_NOUN.fullmatch(word)


def _strong_noun_last(text: str) -> bool:
    """Does ``text`` end in a word that names a job ("... Worker"; not "Peer", "Lead")?"""
    return strong_job_noun(text.split()[-1] if text.split() else "")


def bare_label(text: str) -> bool:
    """A title label with its value elsewhere: "Job title:", "Post Title"."""
    return bool(_BARE_LABEL.match(_clean(text)))


# kept per line: headings and labels ("About the role", "Job title:") recur across adverts
@lru_cache(maxsize=4096)
def plausible(text: str, labelled: bool = False) -> bool:
    """Could ``text`` be a job title? Short, names a job, no sentence or section heading."""
    words = text.split()
    if not words or len(words) > 12 or len(text) > 110:
        return False
    if text.endswith((".", "?", "!", ":", ";", ",")):
        return False
    # A lower-case start is a brand before a title ("headspace Youth Peer Worker") or a sentence.
    if not (text[0].isupper() or text[0].isdigit()) and (
        len(words) < 3 or not all(w[0].isupper() or not w[0].isalpha() for w in words[1:])
    ):
        return False
    if _GENERIC.starts(text.rstrip(":")):
        return False
    if ":" in text and not labelled:
        return False  # "Salary: £25,000", "Location: Leeds"
    if not labelled and (_SENTENCE_START.match(text) or (len(words) > 5 and _CLAUSE.search(text))):
        return False
    nouns = _JOB_NOUNS.every(text)
    strong = [n for n in nouns if not WEAK_NOUN.match(n)]
    head = re.split(r"\s[-–—|]\s|[(,]", text)[0]  # "Peer Bridger - Adult Services", "Peer Liaison (0.8)"
    if not strong and len(head.split()) <= 4 and _PEER_NOUN.search(head) and not _SECTION.search(head):
        strong = [_PEER_NOUN.search(head).group(0)]  # type: ignore[union-attr]
    if not strong:
        # "Lived Experience Program" is a title; "Position Highlights", "Role purpose" and
        # "Benefit offerings may vary with part-time positions" are not. A short name before a
        # separator that ends in a weak job noun ("Lived Experience Lead – Alcohol and Other
        # Drugs", "Kaiārahi Peer – Addiction Services") names its post there, whatever follows.
        head_words = head.split()
        named_before = head != text and 0 < len(head_words) <= 4 and bool(JOB_NOUN.fullmatch(head_words[-1]))
        if not nouns or _SECTION.search(text) or not (
            (len(words) <= 5 and JOB_NOUN.fullmatch(words[-1])) or named_before
        ):
            return False
    elif _SECTION.search(text) and not re.search(r"[-–—|(/]", text):
        # "Recovery Worker – Job Description" keeps its job; "Support worker duties" is a heading.
        # "Involvement Officer, Band 5": a pay band or grade after a comma is the post's grade
        after = _GRADE_AFTER.sub("", text[text.lower().rfind(strong[-1].lower()) + len(strong[-1]) :])
        if _SECTION.search(after):
            return False
    return True


def _first_line(block: Block) -> str | None:
    """The first source line of a block that joined several lines (plain text), when it is
    short; ``None`` otherwise."""
    if len(block.anchors) < 2 or block.anchors[0].location.line is None:
        return None
    second = block.anchors[1]
    if second.location.line == block.anchors[0].location.line or second.offset > 120:
        return None
    return block.text[: second.offset]


_DOC_WORDS = re.compile(
    r"^(?:(?:job|position|role|post)\s+(?:description|profile|specification|summary|advert|outline)|"
    r"person\s+specification|jd|pd)\b\s*(?:(?:and|&|/)\s*(?:person\s+specification|ps))?\s*[-–—:|,]?\s*|"
    r"\s*[-–—:|,(]?\s*\b(?:(?:job|position|role|post)\s+(?:description|profile|specification|summary|advert|outline)|"
    r"person\s+specification|jd|pd)\)?$",
    re.I,
)


# Words that announce a vacancy before its title.
_ANNOUNCE = re.compile(
    r"^(?:job\s+posting|posting|job\s+advert(?:isement)?|advert|vacancy|vacancies|(?:job|career|employment)\s+"
    r"opportunit(?:y|ies)|opportunity|opening|(?:we'?re|we\s+are|now)\s+(?:hiring|recruiting)|hiring|recruiting|"
    r"new\s+(?:role|position|post)|internal|external)$",
    re.I,
)
_DOC_HINT = re.compile(r"description|specification|profile|summary|advert|outline|\b[jp]d\b", re.I)
_SEPARATOR = re.compile(r"\s+[-–—|:·•]\s+|\s*[|·]\s*")
# A breadcrumb trail of site sections before the title: "Careers > Health > Peer Mentor".
_BREADCRUMB = re.compile(r"^(?:[^>›»]{1,60}\s[>›»]\s)+")
# The case-insensitive expressions tried on most lines, as their ASCII lines are tried (see _Folded)
_GENERIC, _JOB_NOUNS, _DOC_HINTS = _Folded(GENERIC), _Folded(JOB_NOUN), _Folded(_DOC_HINT)
_LABELLED, _BARE_LABELS, _OTHER_LABELS = _Folded(LABELLED_TITLE), _Folded(_BARE_LABEL), _Folded(_OTHER_LABEL)


@lru_cache(maxsize=4096)  # (kept per line, as plausible)
def _strip_generic(text: str) -> str:
    """"Job Description – Peer Support Worker" → "Peer Support Worker" (and the reverse order);
    "Peer Worker Position Description" → "Peer Worker"; "Peer Support Worker: Sponsorship
    Available" → "Peer Support Worker"; "Jobs > Health > Peer Mentor" → "Peer Mentor"."""
    crumbs = _BREADCRUMB.match(text) if ">" in text or "›" in text or "»" in text else None
    if crumbs and crumbs.end() < len(text):
        text = text[crumbs.end() :].strip()
    if _DOC_HINTS.found(text):
        stripped = _DOC_WORDS.sub("", text).strip()
        if stripped and stripped != text and _JOB_NOUNS.found(stripped):
            text = stripped
    if ":" in text and not LABELLED_TITLE.match(text):
        head, tail = (part.strip() for part in text.split(":", 1))
        if _ANNOUNCE.match(head) and tail:
            text = tail  # "Job Posting: Peer Support Worker", "NOW HIRING: PEER RECOVERY COACH"
        elif _JOB_NOUNS.found(head) and not _BARE_LABEL.match(head) and not _OTHER_LABEL.match(head):
            text = head  # "Peer Support Worker: Sponsorship Available"; not "Program: AOD Services"
    if not any(c in text for c in "-–—|:·•") or not _SEPARATOR.search(text):  # (each match holds one)
        return text
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if not _GENERIC.starts(p) and not re.match(r"^(job description|person specification).*", p, re.I)]
        jobs = [p for p in kept if any(not WEAK_NOUN.match(n) for n in _JOB_NOUNS.every(p))]
        if not kept:
            return ""  # "Careers | Open Roles": site sections only, no title
        if jobs and jobs[0] is not kept[0]:
            return jobs[0]  # "Trust name – Carer Peer Support Worker – Band 4": the part that names a job
        if kept and len(kept) < len(parts):
            return kept[0]
    return text


def _job_before_the_rest(text: str) -> str:
    """A title line too long to be a title alone because the employer, the place or the terms
    follow the job after a separator ("Peer Support Worker - Te Awa Trust, Kirikiriroa (Hamilton)",
    "Peer Mentor | Northbank Housing Association, Leeds and Bradford districts"): the first part,
    where it names a job and no other part does; "" otherwise."""
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return ""
    jobs = [any(not WEAK_NOUN.match(n) for n in _JOB_NOUNS.every(p)) for p in parts]
    return parts[0] if jobs[0] and not any(jobs[1:]) else ""


_SOURCE_SCORE = {
    "labelled field": 10.0,
    "metadata: job title field": 9.0,  # "Job title:" above an HTML page's content
    "metadata: JSON-LD": 8.0,
    "metadata: title element": 7.0,  # an <h1> or class="job-title" above the content
    "metadata: document title": 6.5,
    "metadata: page title": 5.0,
    "metadata: PDF title": 5.0,
    "heading": 6.0,
    "first lines": 5.0,
    "table cell": 4.0,
    "page header": 4.0,
}


# The last blocks and metadata asked about, and their candidates: the reader asks (for
# ``Document.title``), then role detection asks again about the same Block objects (frozen, so
# the same objects mean the same text). One entry, replaced whole.
_last: tuple[tuple[Block, ...], tuple[tuple[str, str], ...], tuple[TitleCandidate, ...]] = ((), (), ())


def candidates(blocks: Sequence[Block], metadata: Sequence[tuple[str, str]] = ()) -> list[TitleCandidate]:
    """Every plausible title, best first. ``metadata``: (source, text) pairs from the reader."""
    global _last
    blocks, metadata = tuple(blocks), tuple(metadata)
    last_blocks, last_metadata, found = _last
    if blocks and len(blocks) == len(last_blocks) and all(map(is_, blocks, last_blocks)) and metadata == last_metadata:
        return list(found)
    out = _candidates(blocks, metadata)
    _last = (blocks, metadata, tuple(out))
    return out


def _candidates(blocks: Sequence[Block], metadata: Sequence[tuple[str, str]]) -> list[TitleCandidate]:
    found: list[TitleCandidate] = []
    seen_first: set[str] = set()
    body = [(i, b) for i, b in enumerate(blocks) if b.kind not in ("header", "footer")]
    cleaned: dict[int, str] = {}  # pos -> _clean(its text), made once (the next block asks again)
    for pos, (i, block) in enumerate(body[:15]):
        if len(block.text) > 240 and _first_line(block) is None:
            continue  # a paragraph: neither a title nor a label
        shown = _without_controls(block.text)
        text = _clean(shown)
        if shown is block.text:
            cleaned[pos] = text
        labelled = _LABELLED.group_one(text)
        if labelled is None and "title" in text.lower() and ":" in text:
            inline = _INLINE_LABEL.search(text)
            labelled = inline.group(1) if inline else None
        value, where = None, i
        if labelled is not None:
            value = _before_next_field(labelled)
            if value == labelled and pos + 1 < len(body):
                value = _wrapped_on(value, body[pos + 1][1].text)
        elif block.kind == "table-cell" and any(
            h and bare_label(h) for h in (block.column_header, block.row_header)
        ):
            value = block.text  # the cell under a "Job Title" header, or beside a "Post title" cell
        elif _BARE_LABELS.starts(text) and pos + 1 < len(body):  # (bare_label: text is clean already)
            where, value = body[pos + 1][0], body[pos + 1][1].text
        if value is not None:
            lines = value.split("\n")
            rest = "\n".join(lines[1:]) or (body[pos + 1][1].text if where == i and pos + 1 < len(body) else "")
            value = _strip_generic(_clean(_bracket_closed_on(lines[0], rest)))
            if plausible(value, labelled=True):
                found.append(TitleCandidate(value, where, "labelled field", 10.0 - 0.1 * pos))
            continue
        if pos >= 12 or "\n" in block.text.strip() or block.kind == "list-item":
            continue  # a duty bullet ("Run groups with the occupational therapist") is not a title
        if pos and _OTHER_LABELS.starts(cleaned.get(pos - 1) or _clean(body[pos - 1][1].text)):
            continue  # "Reports to:" above, "Team Leader" here
        if block.kind == "table-cell" and any(h and _OTHER_LABEL.match(_clean(h))
                                              for h in (block.row_header, block.column_header)):  # fmt: skip
            continue
        first = _first_line(block)
        if first is not None:
            # A title line that hard-wrapped text joined to the paragraph under it.
            text = _bracket_closed_on(_clean(_without_controls(first)), block.text[len(first):])
            if text in seen_first:
                continue
            seen_first.add(text)
        elif pos + 1 < len(body):
            text = _bracket_closed_on(text, body[pos + 1][1].text)
        if len(text) > 130 or not text or text.endswith((".", "?", "!", ";", ",")):
            continue  # a sentence, not a title
        text = _strip_generic(text)
        if not plausible(text):
            text = _job_before_the_rest(text)
            if not text or not plausible(text):
                continue
        if block.kind == "heading":
            source = "heading"
        elif block.kind == "table-cell":
            source = "table cell"
        else:
            source = "first lines"
        score = _SOURCE_SCORE[source] - 0.3 * pos
        if block.kind == "heading" and block.level <= 1:
            score += 0.5
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            score -= 0.5
        found.append(TitleCandidate(text, i, source, score))
    for i, block in enumerate(blocks):
        if block.kind == "header":
            text = _strip_generic(_clean(block.text))
            m = LABELLED_TITLE.match(text)
            if m:
                text = _clean(_before_next_field(m.group(1)))
            elif bare_label(block.text) and i + 1 < len(blocks) and blocks[i + 1].kind == "header":
                # "Job title:" in the page's header, the post's name on the line after it
                value = _strip_generic(_clean(blocks[i + 1].text.split("\n")[0]))
                if plausible(value, labelled=True):
                    found.append(TitleCandidate(value, i + 1, "labelled field", _SOURCE_SCORE["labelled field"]))
                continue
            if plausible(text, labelled=bool(m)):
                found.append(TitleCandidate(text, i, "page header", _SOURCE_SCORE["page header"]))
    for source, raw in metadata:
        text = _strip_generic(_clean(raw))
        if plausible(text):
            found.append(TitleCandidate(text, None, f"metadata: {source}", _SOURCE_SCORE.get(f"metadata: {source}", 5.0)))
    # ("Keystone Recovery Partners" under the title, which the text calls "a nonprofit behavioral health
    # provider" or heads "About ...": the employer's name, never the title)
    described_in, about_in = _employer_blocks(body)
    employers = {c.text for c in found if c.source != "labelled field"
                 and _named_as_employer(c.text, described_in, about_in)} if described_in or about_in else set()  # fmt: skip
    found = [c for c in found if c.text not in employers or c.source == "labelled field"]
    # ("Jobs > Charity > Recovery Coach | Save job" above "Recovery Coach (Peer) - Fenwick Road Hub": a
    # breadcrumb's last crumb shortens the title that a later line gives in full; the full line is the title)
    crumbs = {c for c in found if c.block is not None and _BREADCRUMB.match(_clean(blocks[c.block].text))}
    found = [c for c in found if c not in crumbs or not any(
        d.block != c.block and d not in crumbs and len(d.text) > len(c.text)
        and re.match(rf"{re.escape(c.text)}(?!\w)", d.text, re.I) for d in found)]  # fmt: skip
    # A title that several places agree on is the title.
    keys = [c.text.casefold() for c in found]
    out = [
        TitleCandidate(c.text, c.block, c.source, c.score + 1.5 * (keys.count(c.text.casefold()) - 1))
        for c in found
    ]
    out.sort(key=lambda c: (-c.score, c.block if c.block is not None else 10**6))
    return out


# Words a name's description may hold before what the employer is ("a fictional nonprofit behavioral
# health provider"); a preposition ends it ("is a key role in our organisation" names the post's place)
_NOT_DESCRIBING = r"(?!(?:in|of|at|within|for|with|across|to|on|from|by|under|and)\b)"


@lru_cache(maxsize=1)
def _employer_tail() -> re.Pattern[str]:
    """What follows a name that the text describes as the employer, from the word after the white
    space that ends the name (" is a nonprofit behavioral health provider": "is a ... provider"),
    ending on one of the employer nouns; compiled once. It opens with that word, not the white
    space: a search tries the places where "is", "are" or "was" can start, not every space (an
    expression that opened with the white space cost a new advert about 1 %)."""
    from jdlint.checks.criteria import words  # the word lists live with the verdicts

    nouns = "|".join(sorted(map(re.escape, words()["employer-nouns"]), key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:is|are|was)\s+(?:a|an|the|one\s+of\s+the)\s+(?:{_NOT_DESCRIBING}[\w'’-]+\s+){{0,5}}(?:{nouns})\b", re.I)


_ABOUT = re.compile(r"^about\s", re.I)


def _employer_blocks(body: Sequence[tuple[int, Block]]) -> tuple[list[tuple[str, tuple[int, ...]]], list[str]]:
    """Where a name can be described as the employer, found once per text so that no pattern
    is built per title candidate (a new advert's names are new): each block whose text holds the
    description that follows a name (" is a nonprofit behavioral health provider"), with every
    place the description can start (each white-space character of the run before a match of
    :func:`_employer_tail`: the run, then "is a ... provider", follows the name); and the headings
    that open "About ..." (stripped)."""
    tail = _employer_tail()
    described = []
    for _, b in body:
        text = b.text
        m = tail.search(text)
        if m is None:
            continue
        starts: list[int] = []
        while m is not None:  # (each run ends before its own match: they come in order, apart)
            at = space = m.start()
            while space and text[space - 1].isspace():
                space -= 1
            starts += range(space, at)
            m = tail.search(text, at + 1)
        described.append((text, tuple(starts)))
    return described, [h for _, b in body if b.kind == "heading" and _ABOUT.match(h := b.text.strip())]


def _named_as_employer(text: str, described_in: Sequence[tuple[str, tuple[int, ...]]], about_in: Sequence[str]) -> bool:
    """Does the text name ``text`` as the employer ("Keystone Recovery Partners is a nonprofit
    behavioral health provider", a heading "About Keystone Recovery Partners")? Read in what
    :func:`_employer_blocks` found: the name must end where a description starts, with no word
    character or hyphen before it, or fill an "About" heading. Compared as the patterns would
    (case-insensitive); a pattern is built only where a name or text is not plain ASCII, or an
    "About" heading holds the name, and only for the headings that hold each character of the name
    that has no case (:func:`_uncased_held`)."""
    size = len(text)
    folded = text.lower() if text.isascii() else None
    for block, starts in described_in:
        for at in starts:
            begin = at - size
            if begin < 0 or (begin and _WORD.match(block, begin - 1)):
                continue
            piece = block[begin:at]
            if (piece.lower() == folded) if folded is not None and piece.isascii() else _same_ignoring_case(text, piece):
                return True
    if not about_in or (folded is not None and all(h.isascii() and folded not in h.lower() for h in about_in)):
        return False
    if folded is not None and folded[:1].strip() and all(h.isascii() for h in about_in):
        return any(_about_names(h, folded) for h in about_in)
    held = [h for h in about_in if _uncased_held(text, h)]
    if not held:
        return False  # (most names not plain ASCII: a title's dash, "Peer Worker – Youth", in no heading)
    about = re.compile(rf"^about\s+(?:us\s*[-–—:|]\s*)?{re.escape(text)}\s*:?$", re.I)
    return any(about.match(h) for h in held)


def _uncased_held(text: str, heading: str) -> bool:
    """Does ``heading`` hold every character of ``text`` that has no case (white space, a dash, a
    curly quote)? A case-insensitive pattern of ``text`` matches such a character only as itself
    (the regex engine compiles a character without case as a plain literal), so a heading without
    one cannot match it: tested before a pattern is compiled per name (about 0.4 ms; a new advert's
    names are new, and a title not plain ASCII, mostly for its dash, had one compiled in some
    adverts of six)."""
    return all(ch in heading for ch in set(text) if ch.lower() == ch == ch.upper())


_WORD = re.compile(r"[\w-]")
_ABOUT_OPENING = re.compile(r"about\s+", re.I)
_ABOUT_US = re.compile(r"us\s*[-–—:|]\s*", re.I)
_ABOUT_END = re.compile(r"\s*:?$")


def _about_names(heading: str, folded: str) -> bool:
    """Does the ASCII heading ``heading`` read "About NAME" or "About us - NAME" (a colon after it
    or not), NAME being ``folded`` in any case (an ASCII name in lower case that does not open with
    white space)? What ``^about\\s+(?:us\\s*[-–—:|]\\s*)?NAME\\s*:?$`` (``re.I``) matches, without
    compiling a pattern per name (a new advert's names are new; each compile cost about 0.4 ms):
    the white space before NAME is all of its run, as the name opens with none, so NAME can only
    follow "About" and its white space, or "us", the separator and its white space after them."""
    opening = _ABOUT_OPENING.match(heading)
    if opening is None:
        return False
    rest = heading[opening.end() :]
    us = _ABOUT_US.match(rest)
    size = len(folded)
    return any(part[:size].lower() == folded and _ABOUT_END.match(part, size) is not None
               for part in ((rest, rest[us.end() :]) if us else (rest,)))  # fmt: skip


def _same_ignoring_case(text: str, piece: str) -> bool:
    """Does ``piece`` match ``text`` as a case-insensitive pattern of it would (for text that is not
    plain ASCII, where lower-casing and the pattern's case rules can differ)?"""
    return re.fullmatch(re.escape(text), piece, re.I) is not None


def title_of(blocks: Sequence[Block], metadata: Sequence[tuple[str, str]] = ()) -> tuple[str, int | None]:
    """The best title and its block index (``None`` for metadata); ``("", None)`` when none."""
    found = candidates(blocks, metadata)
    if not found:
        return "", None
    return found[0].text, found[0].block
