"""Find an advert's job title among its first blocks (shared by readers and role detection)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdlint.model import Block

LABELLED_TITLE = re.compile(r"^\s*(?:position|job|role|post)\s*(?:title|name)?\s*:\s*(.+)$", re.I)
GENERIC = re.compile(
    r"^(job|position|role)\s+(description|summary|details|overview|profile|purpose)$|^(summary|overview|"
    r"information|description|job|details|about (the|this) (role|job)|main duties.*|search|menu|home|"
    r"header navigation|navigation|apply|apply now|back|share|print|sign in|log in)$",
    re.I,
)
JOB_NOUN = re.compile(
    r"\b(workers?|specialists?|practitioners?|co-?ordinators?|officers?|managers?|leads?|leaders?|assistants?|"
    r"nurses?|mentors?|coach(es)?|supporters?|advocates?|consultants?|therapists?|facilitators?|"
    r"navigators?|cadets?|cadetship|trainees?|apprentices?|researchers?|trainers?|program(me)?|roles?|"
    r"posts?|positions?|directors?|supervisors?|administrators?|analysts?|engineers?|developers?|"
    r"counsell?ors?|psychologists?|heads?|champions?|ambassadors?|volunteers?|associates?|clinicians?)\b",
    re.I,
)


def title_of(blocks: Sequence[Block]) -> tuple[str, int | None]:
    """The job title and its block index: a "Job title: ..." line, else the first short
    block among the first ten that names a job ("Peer Support Worker"), skipping page
    furniture and generic headings ("Job summary"). ``("", None)`` when there is none."""
    for i, block in enumerate(blocks[:12]):
        m = LABELLED_TITLE.match(block.text)
        if m and len(m.group(1).split()) <= 16:
            return m.group(1).strip(), i
    for i, block in enumerate(blocks[:10]):
        text = " ".join(block.text.split())
        words = text.split()
        if not words or len(words) > 14 or GENERIC.match(text.rstrip(":")) or text.endswith((".", "?")):
            continue
        if ":" in text and not text.endswith(":"):
            continue  # "Salary: £25,000", "Location: Leeds"
        if JOB_NOUN.search(text):
            return text, i
    return "", None
