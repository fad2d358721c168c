"""The language side of jdlint, by job (this module gathers their names, so that
``from jdlint.nlp import X`` works for each):

- :mod:`jdlint.spacy_pipeline`: the spaCy pipeline, built once; tokens and sentences;
- :mod:`jdlint.patterns`: the pattern language (documented for rule authors, with tested
  examples, in docs/authoring-rules.md);
- :mod:`jdlint.matcher`: the matcher, :class:`PatternSet`, and :mod:`jdlint.match_plan`,
  how it tries the patterns (:class:`Prepared`: a document's tokens joined for matching);
- :mod:`jdlint.negation`: negation scope;
- :mod:`jdlint.normalise`: normalisation before matching, and :class:`OffsetMap`.

None of them imports spaCy when imported: it is imported when the pipeline is first built.
"""

from __future__ import annotations

from jdlint.match_plan import Prepared, StartIndex
from jdlint.matcher import PatternSet, SpacyPatternSet
from jdlint.negation import NEGATORS, negated, negated_in, negated_list, negated_object
from jdlint.normalise import OffsetMap, line_end_hyphen_is_real, normalise
from jdlint.patterns import (
    Follow,
    TokenSpec,
    compile_pattern,
    compile_regex,
    expand,
    inflections,
    parse_pattern,
)
from jdlint.spacy_pipeline import (
    ABBREVIATIONS,
    FOOTNOTE_MARKS,
    TITLES,
    abbreviation_dot,
    import_spacy,
    is_punct,
    parse,
    pipeline,
    sentence_starts,
    strings_of,
    tokenize,
    tokenize_one,
)

__all__ = [
    "ABBREVIATIONS",
    "FOOTNOTE_MARKS",
    "NEGATORS",
    "TITLES",
    "Follow",
    "OffsetMap",
    "PatternSet",
    "Prepared",
    "SpacyPatternSet",
    "StartIndex",
    "TokenSpec",
    "abbreviation_dot",
    "compile_pattern",
    "compile_regex",
    "expand",
    "import_spacy",
    "inflections",
    "is_punct",
    "line_end_hyphen_is_real",
    "negated",
    "negated_in",
    "negated_list",
    "negated_object",
    "normalise",
    "parse",
    "parse_pattern",
    "pipeline",
    "sentence_starts",
    "strings_of",
    "tokenize",
    "tokenize_one",
]
