"""The four clear-soil verdicts (../shared/clear-soil.md), as Python checks.

Each function reads the lexicon matches in :class:`~jdlint.analysis.Analysis` and judges
what the advert *says*: the strength of a requirement and what it is attached to,
negation, substitution clauses, whose experience is meant, questions, essential and
desirable columns and headings.

A module per criterion, and per job where a criterion is large (the map is in
docs/authoring-rules.md): :mod:`.lived_experience` (CS001) with :mod:`.levels`,
:mod:`.whose` and :mod:`.substitutes`; :mod:`.principles` (CS002); :mod:`.panel` (CS003)
with :mod:`.panel_members`; :mod:`.adjacent` (CS004) with :mod:`.adjacent_levels` and
:mod:`.adjacent_substitutes`; :mod:`.shared` holds what several criteria use and imports
none of them. Importing this package registers the four checks; the names other modules
use are re-exported here.
"""

from __future__ import annotations

from jdlint.checks.criteria.adjacent import adjacent_professions
from jdlint.checks.criteria.adjacent_levels import requirement_level
from jdlint.checks.criteria.levels import Mention, line_marker, requirement_of
from jdlint.checks.criteria.lived_experience import (
    applicant_mentions,
    assess_mention,
    lived_experience_essential,
    service_kind,
)
from jdlint.checks.criteria.panel import peer_panel
from jdlint.checks.criteria.principles import PRINCIPLES, peer_principles, principle_hits
from jdlint.checks.criteria.shared import (
    CriteriaWords,
    best_evidence,
    by_evidence,
    hits,
    in_placeholder,
    weak_evidence,
    words,
)
from jdlint.checks.criteria.whose import peer_staff_subject

__all__ = [
    "PRINCIPLES",
    "CriteriaWords",
    "Mention",
    "adjacent_professions",
    "applicant_mentions",
    "assess_mention",
    "best_evidence",
    "by_evidence",
    "hits",
    "in_placeholder",
    "line_marker",
    "lived_experience_essential",
    "peer_panel",
    "peer_principles",
    "peer_staff_subject",
    "principle_hits",
    "requirement_level",
    "requirement_of",
    "service_kind",
    "weak_evidence",
    "words",
]
