"""Is this advert for a peer role? From the title first, then from what the text asks for."""

from __future__ import annotations

import re

from jdlint.analysis import Analysis
from jdlint.model import Role, Span
from jdlint.titles import JOB_NOUN as _JOB_NOUN
from jdlint.titles import title_of

_PEER_TITLE = re.compile(
    r"\bpeers?\b|\blived[- ]experience\b|\bexperts? by experience\b|\b(consumer|carer) (worker|consultant|peer|representative)|"
    r"\brecovery coach|\bpsw\b|\bcertified (peer|recovery)|\bcrss\b|\bcprs\b|\bcpss\b",
    re.I,
)
_SENIOR_TITLE = re.compile(
    r"\b(lead|leader|head|manager|supervisor|co-?ordinator|senior|principal|advanced|director|"
    r"team leader|strategic)\b",
    re.I,
)


def find_title(analysis: Analysis) -> tuple[str, int | None]:
    """The advert's job title and its block (``None`` when the title came from metadata)."""
    title, index = title_of(analysis.document.blocks)
    if title:
        return title, index
    return analysis.document.title or "", None


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
                        (*title_span, span))  # fmt: skip
        return Role("peer", f"The title “{title}” names a peer role.", title_span)
    peer_nouns = [h for h in analysis.hits("lex:peer-role-noun") if not analysis.negated(h)]
    if le_required and peer_nouns:
        span = analysis.sentence_span(peer_nouns[0])
        return Role("peer", f"The title “{title or 'untitled'}” is not a peer title, but the role requires lived "
                    "experience and sits in a peer team.", (*title_span, span))  # fmt: skip
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
