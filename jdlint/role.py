"""Is this advert for a peer role? From the title first, then from what the text asks for."""

from __future__ import annotations

import re

from jdlint.analysis import Analysis
from jdlint.model import Role, Span

_LABELLED_TITLE = re.compile(r"^\s*(?:position|job|role|post)\s*(?:title|name)?\s*:\s*(.+)$", re.I)
_GENERIC = re.compile(
    r"^(job|position|role)\s+(description|summary|details|overview|profile|purpose)$|^(summary|overview|"
    r"information|description|job|details|about (the|this) (role|job)|main duties.*|search|menu|home|"
    r"header navigation|navigation|apply|apply now|back|share|print|sign in|log in)$",
    re.I,
)
_JOB_NOUN = re.compile(
    r"\b(workers?|specialists?|practitioners?|co-?ordinators?|officers?|managers?|leads?|leaders?|assistants?|"
    r"nurses?|mentors?|coach(es)?|supporters?|advocates?|consultants?|therapists?|facilitators?|"
    r"navigators?|cadets?|cadetship|trainees?|apprentices?|researchers?|trainers?|program(me)?|roles?|"
    r"posts?|positions?|directors?|supervisors?|administrators?|analysts?|engineers?|developers?|"
    r"counsell?ors?|psychologists?|heads?|champions?|ambassadors?|volunteers?|associates?|clinicians?)\b",
    re.I,
)
_PEER_TITLE = re.compile(
    r"\bpeer\b|\blived[- ]experience\b|\bexperts? by experience\b|\bconsumer (worker|consultant|peer)|"
    r"\brecovery coach|\bpsw\b|\bcertified (peer|recovery)|\bcrss\b|\bcprs\b|\bcpss\b",
    re.I,
)
_SENIOR_TITLE = re.compile(
    r"\b(lead|leader|head|manager|supervisor|co-?ordinator|senior|principal|advanced|director|"
    r"team leader|consultant|strategic)\b",
    re.I,
)


def find_title(analysis: Analysis) -> tuple[str, int | None]:
    """The advert's job title and its block (``None`` when the title came from metadata)."""
    blocks = analysis.document.blocks
    for i, block in enumerate(blocks[:12]):
        m = _LABELLED_TITLE.match(block.text)
        if m and len(m.group(1).split()) <= 16:
            return m.group(1).strip(), i
    for i, block in enumerate(blocks[:10]):
        text = " ".join(block.text.split())
        words = text.split()
        if not words or len(words) > 14 or _GENERIC.match(text.rstrip(":")) or text.endswith((".", "?")):
            continue
        if ":" in text and not text.endswith(":"):
            continue  # "Salary: £25,000", "Location: Leeds"
        if _JOB_NOUN.search(text):
            return text, i
    title = analysis.document.title or ""
    return title, None


def detect_role(analysis: Analysis, le_required: bool) -> Role:
    """Decide peer / peer-senior / other, with the reason and the evidence.

    ``le_required``: the text requires lived experience in so many words (a non-peer
    title with that and a peer team is a peer role).
    """
    title, title_block = find_title(analysis)
    title_span: tuple[Span, ...] = ()
    if title_block is not None:
        title_span = (analysis.block_span(title_block),)
    supervises = [h for h in analysis.hits("lex:supervises-peers") if not analysis.negated(h)]
    if title and _PEER_TITLE.search(title):
        if _SENIOR_TITLE.search(title):
            return Role("peer-senior", f"The title “{title}” names a senior peer role.", title_span)
        if supervises:
            span = analysis.sentence_span(supervises[0])
            return Role("peer-senior", f"The title “{title}” is a peer role that supervises or leads peers.",
                        title_span + (span,))  # fmt: skip
        return Role("peer", f"The title “{title}” names a peer role.", title_span)
    peer_nouns = [h for h in analysis.hits("lex:peer-role-noun") if not analysis.negated(h)]
    if le_required and peer_nouns:
        span = analysis.sentence_span(peer_nouns[0])
        return Role("peer", f"The title “{title or 'untitled'}” is not a peer title, but the role requires lived "
                    "experience and sits in a peer team.", title_span + (span,))  # fmt: skip
    role_nouns = [h for h in peer_nouns if "team" not in h.text.lower() and "workforce" not in h.text.lower()]
    generic_title = title_block is None or not _JOB_NOUN.search(title)
    if generic_title and len(role_nouns) >= 2:
        span = analysis.sentence_span(role_nouns[0])
        senior = _SENIOR_TITLE.search(role_nouns[0].text) or supervises
        kind = "peer-senior" if senior else "peer"
        return Role(kind, f"No clear title, and the text describes the role as “{role_nouns[0].text}”.", (span,))  # type: ignore[arg-type]
    why = f"The title “{title}” is not a peer role" if title else "No peer title"
    if analysis.hits("lex:lived-experience"):
        why += ", and the text does not require lived experience for a peer post."
    else:
        why += ", and the text does not ask for lived experience."
    return Role("other", why, title_span)
