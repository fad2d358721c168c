"""The rule logic's shortcuts (perf6) answer as the plain code they replace.

Each test compares a faster way of finding something (one pass per block, a bisection, a
translate-and-split) with the straightforward scan it stands in for, over seeded random texts
and invented adverts, so a wording a peer-support lead adds cannot make the two disagree.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from jdlint.analysis import Analysis
from jdlint.checks import criteria, supporting
from jdlint.checks.criteria import adjacent_levels, levels, panel, shared, substitutes
from jdlint.engine import Engine
from jdlint.model import Block, Document

# Letters, capitals, digits, joiners, punctuation, spaces and a few non-ASCII letters (a
# capital Kelvin sign lower-cases to an ASCII "k").
ALPHABET = "aaabcdeeeilmnorstuABCDEMNPRSTUVX0123456789----_/.#'’ ,;:()[]\n\t–—éÉİK"


def random_texts(count: int, seed: int, alphabet: str = ALPHABET, longest: int = 60) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


WORDS = ["peer", "support", "worker", "PSW", "MDT", "CPA", "NVQ", "OR", "ok", "RB-PSW-0193", "GS-06", "REQ587965",
         "CMHT/CRHT", "CMHT-based", "NW-OA-PSW", "(PSW)", "IV", "I", "a", "-", "well-being", "--x", "x-",
         "Lived", "experience", "(E)", "[D]", "- Essential", "- Desirable", "(Preferred).", "but", "however",
         "though", ";", "•", ".", ":", "?", "essential", "desirable", "of", "and", "recovery", "GPs", "LGBTQ+"]


def random_phrases(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30))) for _ in range(count)]


# --- IN001: counting words ---------------------------------------------------------------------


def test_word_counts_are_those_of_the_word_expression():
    texts = random_texts(3000, 14) + random_phrases(500, 15) + [
        "", "-", "a", "--ab", "-a b-", "Peer-support and well-being; self-care -- co-production."]
    for text in texts:
        lowered = text.lower()
        assert supporting._word_counts(lowered) == Counter(supporting._WORD.findall(lowered)), text
    assert sum(t.isascii() for t in texts) > 500 and sum(not t.isascii() for t in texts) > 500  # both ways


# --- RD003: finding acronyms and reference codes ---------------------------------------------

OLD_ACRONYM = re.compile(r"\b([A-Z][A-Za-z]?[A-Z]{1,5}s?)\b")


def test_acronyms_and_codes_are_found_as_by_the_plain_expressions():
    texts = random_texts(4000, 16, alphabet="ABCDEPSWMTs aeor-_/.#0123456789'’()éÉ\n") + random_phrases(1500, 17)
    found = 0
    for text in texts:
        matches = list(supporting._ACRONYM.finditer(text))
        assert [(m.span(), m.group(1)) for m in matches] == \
            [(m.span(), m.group(1)) for m in OLD_ACRONYM.finditer(text)], text  # fmt: skip
        for m in matches:
            found += 1
            assert supporting._in_code(text, m.start(), m.end()) == supporting._code_around(text, m.start(), m.end()), text
    assert found > 1000  # the texts hold acronyms, inside codes and out


# --- clause bounds and line markers, found once per block --------------------------------------


def _clause_bounds_by_scan(analysis: Analysis, block: int, start: int, end: int) -> tuple[int, int]:
    """The clause around tokens ``start:end``, walking out from them to a clause break."""
    s_start, s_end = analysis.sentence_bounds(analysis.make_hits("t", [(block, start, end)])[0])
    lowers = analysis.lowers(block)
    breaks = criteria.words()["clause-breaks"]
    left = next((i + 1 for i in range(start - 1, s_start - 1, -1) if lowers[i] in breaks), s_start)
    right = next((i for i in range(end, s_end) if lowers[i] in breaks), s_end)
    return left, right


def _line_marker_by_scan(text: str, char_start: int, char_end: int) -> tuple[str, str] | None:
    """The E/D marker after a match on its line, scanning the block's text for it."""
    if "(" not in text and "[" not in text and not re.search(r"\s[-–—]\s", text):
        return None
    for m in levels._LINE_MARK.finditer(text):
        if m.end() <= char_start:
            continue
        if m.start() < char_end or re.search(r"[.!?;:]\s", text[char_end : m.start()]):
            return None
        level = "essential" if m.group("e") or m.group("e2") else "desirable"
        return level, f"marked “{m.group(0).strip().rstrip('.;')}”"
    return None


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def test_clause_bounds_and_line_markers_match_the_scans(engine):
    texts = [
        *random_phrases(300, 18),
        "Lived experience of recovery (E) Experience of groups (D)",
        "Essential: lived experience; however, a degree is not required - Essential",
        "Personal experience of psychosis, though not of services - Desirable. Good listening [E]",
    ]
    document = Document(path="invented.txt", blocks=tuple(Block(kind="paragraph", text=t) for t in texts))
    analysis = Analysis(document, engine.registry.patterns)
    spans = 0
    for block, text in enumerate(texts):
        n = len(analysis.lowers(block))
        for start in range(n):
            for end in range(start + 1, min(n, start + 4) + 1):
                hit = analysis.make_hits("t", [(block, start, end)])[0]
                if analysis.sentence_bounds(hit)[1] < end:
                    continue  # a match lies inside one sentence
                spans += 1
                assert shared.clause_bounds(analysis, hit) == _clause_bounds_by_scan(analysis, block, start, end)
                assert criteria.line_marker(analysis, hit) == _line_marker_by_scan(text, hit.char_start, hit.char_end)
    assert spans > 10000


# --- negation scans only after a negator; a sentence's parts found once -----------------------

NEGATION_WORDS = ["you", "will", "not", "never", "no", "don't", "won't", "DON'T", "be", "asked", "expected", "to",
                  "give", "medication", ",", "or", "and", "hold", "a", "caseload", ":", ";", "(", ")", "but",
                  "nor", "without", "take", "part", "in", "is", "the", "role", "do", "n't", "-", "—", "while"]


def _negation_texts() -> list[str]:
    rng = random.Random(19)
    return [" ".join(rng.choice(NEGATION_WORDS) for _ in range(rng.randint(2, 25))) + "." for _ in range(400)] + [
        "You will not be expected to hold a caseload, give medication or complete risk assessments.",
        "Peer workers DON'T: give medication; carry out observations.",
        "You won't be part of the medication round - but you will, while on shift, support the team and staff.",
    ]


def _part_by_scan(analysis: Analysis, block: int, s_start: int, s_end: int, i: int) -> tuple[int, int]:
    """The part of the sentence around token ``i``, walking out from it to a break."""
    w = criteria.words()
    lowers, doc = analysis.lowers(block), analysis.docs[block]

    def is_break(j: int) -> bool:
        if lowers[j] == "-":
            return j > s_start and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)
        return lowers[j] in w["panel-clause-breaks"] or (
            lowers[j] in w["panel-clause-joins"] and j > s_start and lowers[j - 1] == ",")

    left = next((j + 1 for j in range(i - 1, s_start - 1, -1) if is_break(j)), s_start)
    right = next((j for j in range(i, s_end) if is_break(j)), s_end)
    return left, right


def test_negation_scans_are_skipped_only_where_they_would_say_no(engine):
    from jdlint.nlp import negated_list, negated_object

    texts = _negation_texts()
    document = Document(path="invented.txt", blocks=tuple(Block(kind="paragraph", text=t) for t in texts))
    analysis = Analysis(document, engine.registry.patterns)
    negated = skipped = 0
    for block in range(len(texts)):
        lowers = analysis.lowers(block)
        for s_start, s_end, _, _ in analysis.sentences(block):
            for start in range(s_start, s_end + 1):
                says = (negated_list(lowers, s_start, start) or negated_object(lowers, s_start, start)
                        or adjacent_levels._inline_negative_lead_in(lowers, s_start, start))  # fmt: skip
                if not adjacent_levels.negator_before(analysis, block, s_start, start):
                    skipped += 1
                    assert not says, (texts[block], start)
                negated += says
                if start < s_end:
                    assert panel._clause_part(analysis, block, s_start, s_end, start) == \
                        _part_by_scan(analysis, block, s_start, s_end, start)  # fmt: skip
    assert negated > 100 and skipped > 100


# --- the title candidates of the same blocks, worked out once -----------------------------------


def test_title_candidates_of_the_same_blocks_are_reused_and_of_new_blocks_worked_out():
    from jdlint import titles

    def blocks(title: str) -> tuple[Block, ...]:
        return (Block(kind="heading", text=title, level=1),
                Block(kind="paragraph", text="You will offer one-to-one peer support in the community."))  # fmt: skip

    first, second = blocks("Peer Support Worker"), blocks("Recovery Coach")
    assert titles.candidates(first) == titles._candidates(first, ())
    again = titles.candidates(first)
    assert [c.text for c in again] == ["Peer Support Worker"]
    again.clear()  # a caller's list is its own
    assert [c.text for c in titles.candidates(list(first))] == ["Peer Support Worker"]
    # other Block objects, other metadata: worked out again
    assert [c.text for c in titles.candidates(second)] == ["Recovery Coach"]
    equal_text = blocks("Recovery Coach")
    assert titles.candidates(equal_text) == titles._candidates(equal_text, ())
    with_metadata = titles.candidates(second, [("page title", "Peer Mentor")])
    assert with_metadata == titles._candidates(second, [("page title", "Peer Mentor")])
    assert "Peer Mentor" in [c.text for c in with_metadata]
    assert "Peer Mentor" not in [c.text for c in titles.candidates(second)]


def test_a_block_ends_with_or_as_the_expression_says():
    expression = re.compile(r"(?:^|[\s;,])or\s*$", re.I)
    rng = random.Random(20)
    pieces = ["or", "OR", "Or", "oR", "for", "nor", " ", "\n", "\t", "\u00a0", "\u2003", ";", ",", ".", "a", "x", "ör",
              "lived experience", "two years", "-", ":"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    assert sum(bool(expression.search(t)) for t in texts) > 1000
    for text in texts:
        assert substitutes._ends_with_or(text) == bool(expression.search(text)), repr(text)


def test_title_lines_are_cleaned_as_by_the_expressions():
    from jdlint import titles

    def clean_by_expression(text: str) -> str:
        text = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
        return " ".join(text.split()).strip(" *#|-–—•").strip()

    def without_controls_by_split(text: str) -> str:
        parts = [p for p in re.split(r"\s{3,}|\t+", text.strip()) if p.strip()]
        if len(parts) < 2:
            return text
        kept = [p for p in parts if not titles.GENERIC.match(titles._clean(p))]
        return "   ".join(kept) if kept and len(kept) < len(parts) else text

    rng = random.Random(21)
    pieces = ["Peer", "Support", "Worker", "Apply now", "Share", "–", "*", "#", " ", "  ", "   ", "\t", "\n", "\u00a0",
              "\u00ad", "\u200b", "\ufeff", "\u2060", "é", "’", "Job title:", "Menu"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    changed = 0
    for text in texts:
        assert titles._clean(text) == clean_by_expression(text), repr(text)
        kept = titles._without_controls(text)
        assert kept == without_controls_by_split(text), repr(text)
        changed += kept != text
    assert changed > 500  # page controls were taken out of some


def test_a_cleaned_title_line_is_clean_so_the_candidates_clean_each_line_once():
    """``titles._candidates`` cleans each of the first lines once and tests the label and the
    next line's "Reports to:" on that: cleaning a clean line changes nothing, and the candidates
    are those of a line cleaned again at every test."""
    from jdlint import titles
    from jdlint.model import Block

    rng = random.Random(23)
    pieces = ["Peer", "Support", "Worker", "Apply now", "Job title:", "Reports to:", "–", "-", "*", "#", "•", "|", " ",
              "  ", "   ", "\t", "\u00a0", "\u2003", "\u00ad", "\u200b", "\ufeff", "é", "Menu"]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        once = titles._clean(titles._without_controls(text))
        assert titles._clean(once) == once and titles._clean(titles._clean(text)) == titles._clean(text), repr(text)
    # two invented adverts' first lines: a label line with page controls, and a title under "Reports to:"
    adverts = [["Job title:   \u200bApply now", "*Peer Support Worker*", "About us"],
               ["Reports to:\u00a0", "Team Leader", "– Peer Recovery Coach –", "Kia ora"]]
    found = [[(c.text, c.block, c.source) for c in titles._candidates(tuple(Block(kind="paragraph", text=t) for t in lines), ())]
             for lines in adverts]  # fmt: skip
    # the label's value, then the same line as a title of its own; "Team Leader" under "Reports to:" is not one
    assert found == [[("Peer Support Worker", 1, "labelled field"), ("Peer Support Worker", 1, "first lines")],
                     [("Peer Recovery Coach", 2, "first lines")]]  # fmt: skip


def test_title_expressions_tried_in_lower_case_find_what_they_find_with_re_i():
    """``titles._Folded`` (perf11) tries an ASCII line in lower case without ``re.I``: every
    answer it gives is the case-insensitive expression's, over seeded random lines of title
    words in any case, separators, brackets and non-ASCII letters (which it leaves to the
    expression: "ſ" and the Kelvin sign fold to ASCII letters); and each expression it is used
    for has its twin, so the faster way is the one taken. The separator and breadcrumb
    expressions are tried only on lines holding one of the characters every match holds."""
    from jdlint import titles

    folded = {"GENERIC": titles._GENERIC, "JOB_NOUN": titles._JOB_NOUNS, "_DOC_HINT": titles._DOC_HINTS,
              "LABELLED_TITLE": titles._LABELLED, "_BARE_LABEL": titles._BARE_LABELS,
              "_OTHER_LABEL": titles._OTHER_LABELS}  # fmt: skip
    for name, each in folded.items():
        assert each.expression is getattr(titles, name) and each.twin is not None, name
    rng = random.Random(29)
    pieces = ["Peer", "PEER", "support", "Worker", "WORKERS", "Job", "title", "TITLE:", "Post Title", "position",
              "Description", "JD", "pd", "Reports to", "Manager", "Band", "Coach", "coaches", "Co-ordinator",
              "Experts by Experience", "summary", "about the role", "Apply Now", "Careers", " > ", " › ", " | ", " - ",
              " – ", " — ", "·", "•", ":", " ", "  ", "\t", "(", ")", "é", "ſ", "\u212a", "İ", "kaiāwhina", "Kaimahi", "staff", "x"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(6000)]
    lines += ["Job title: Peer Support Worker", "POST TITLE", "Reports to:", "Peer Worker – Job Description",
              "Careers > Health > Peer Mentor", "Senior Peer Worker | Band 5", "Recovery Coach (0.8 FTE)"]
    answered = 0
    for line in lines:
        for name, each in folded.items():
            expression = each.expression
            assert each.found(line) == bool(expression.search(line)), (name, line)
            assert each.starts(line) == bool(expression.match(line)), (name, line)
            assert each.every(line) == [m.group(0) for m in expression.finditer(line)], (name, line)
            if expression.groups:
                m = expression.match(line)
                assert each.group_one(line) == (m.group(1) if m else None), (name, line)
            answered += each.found(line)
        separated = any(c in line for c in "-–—|:·•")
        assert separated or not titles._SEPARATOR.search(line), line
        assert any(c in line for c in ">›»") or not titles._BREADCRUMB.match(line), line
        assert titles._strip_generic.__wrapped__(line) == _strip_generic_as_it_was(line), line
    assert answered > 3000


def _strip_generic_as_it_was(text: str) -> str:
    """``titles._strip_generic`` before perf11, with the case-insensitive expressions as they are."""
    from jdlint import titles as t

    crumbs = t._BREADCRUMB.match(text)
    if crumbs and crumbs.end() < len(text):
        text = text[crumbs.end() :].strip()
    if t._DOC_HINT.search(text):
        stripped = t._DOC_WORDS.sub("", text).strip()
        if stripped and stripped != text and t.JOB_NOUN.search(stripped):
            text = stripped
    if ":" in text and not t.LABELLED_TITLE.match(text):
        head, tail = (part.strip() for part in text.split(":", 1))
        if t._ANNOUNCE.match(head) and tail:
            text = tail
        elif t.JOB_NOUN.search(head) and not t._BARE_LABEL.match(head) and not t._OTHER_LABEL.match(head):
            text = head
    if not t._SEPARATOR.search(text):
        return text
    parts = [p.strip() for p in t._SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if not t.GENERIC.match(p) and not re.match(r"^(job description|person specification).*", p, re.I)]
        jobs = [p for p in kept if any(not t.WEAK_NOUN.match(n.group(0)) for n in t.JOB_NOUN.finditer(p))]
        if not kept:
            return ""
        if jobs and jobs[0] is not kept[0]:
            return jobs[0]
        if kept and len(kept) < len(parts):
            return kept[0]
    return text


def test_abbreviations_before_brackets_are_found_as_by_the_plain_expression():
    from jdlint import role

    plain = re.compile(r"\b([A-Z]{2,8})s?\s*\(\s*([A-Za-z][^()]{2,80})\)")
    rng = random.Random(22)
    pieces = ["PSW", "PSWs", "CPA", "aPSW", "_PSW", "9PSW", "ABCDEFGHIJ", "(", ")", " (", "( ", "Peer Support Worker",
              "(Peer Support Worker)", " (personal support worker) ", "(Lived Experience Lead)",
              "Personal Support Worker", "x", "é", "É", " ", "s"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in role._ACRONYM_BEFORE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_texts_passed_over_for_acronyms_hold_none():
    texts = random_texts(6000, 23, alphabet="AaBbPpSsWw éÉİK-.()\n") + random_phrases(2000, 24)
    passed_over = 0
    for text, may_hold in zip(texts, supporting._may_hold_acronyms(texts), strict=True):
        if not may_hold:
            passed_over += 1
            assert not supporting._ACRONYM.search(text), text
    assert 1000 < passed_over < len(texts) - 1000
    # one at a time, each text is shaped the same as among the others
    assert [supporting._may_hold_acronyms([t])[0] for t in texts[:2000]] == supporting._may_hold_acronyms(texts[:2000])


def test_line_markers_are_found_where_the_expression_finds_them():
    rng = random.Random(25)
    pieces = ["(E)", "[D]", "( Essential )", "(essential)", "(Required)", "(Preferred).", "(desirable);", "- Essential",
              " – D", " — DESIRABLE", "\n- E", "-E", "co-design", " - ", "(", ")", "[", "]", "E", "D", " ", "\n",
              "\u00a0", ".", ";", "Lived experience", " Next", "•", "*"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.group(0), m.group("e"), m.group("e2")) for m in levels._LINE_MARK.finditer(text)]
        assert [(m.span(), m.group(0), m.group("e"), m.group("e2"))
                for m in levels._line_mark_matches(text)] == expected, repr(text)  # fmt: skip
        found += len(expected)
    assert found > 5000


def test_the_best_evidence_is_the_first_of_the_sorted_matches(engine):
    texts = ["Do you share your story?", "Hope. Recovery.", "You will share your own story to inspire hope.",
             "Hope", "Will you inspire hope?", "Boundaries matter to us and you will keep healthy boundaries.",
             "Mutuality", "Our work is founded on mutuality."]
    document = Document(path="invented.txt", blocks=tuple(
        Block(kind="heading" if len(t.split()) == 1 else "paragraph", text=t) for t in texts))
    analysis = Analysis(document, engine.registry.patterns)
    found = [h for b in range(len(texts)) for h in analysis.make_hits("t", [(b, 0, 1)])]
    kinds = {criteria.weak_evidence(analysis, h) for h in found}
    assert kinds == {0, 1, 2}
    rng = random.Random(26)
    for _ in range(500):
        some = rng.sample(found, rng.randint(0, len(found)))
        ordered = criteria.by_evidence(analysis, some)
        assert criteria.best_evidence(analysis, some) == (ordered[0] if ordered else None)


def test_a_split_that_stops_at_the_limit_counts_short_prose_the_same():
    rng = random.Random(27)
    for _ in range(5000):
        text = "".join(rng.choice(["a", " ", "  ", "\n", "bc", "\u00a0", "."]) for _ in range(rng.randint(0, 60)))
        for least in (0, 1, 2, 5, 10, 20):
            assert (len(text.split(maxsplit=least)) < least) == (len(text.split()) < least), (text, least)


def test_a_titles_matches_are_kept_per_pattern_set_and_give_what_matching_it_again_does():
    """classify_title keeps a title's tokens and matches per pattern set: asked again it
    classifies as the first time, a title whose abbreviation the advert spells out as another
    job still loses its peer sense, and another pattern set's groups are its own."""
    from jdlint import role
    from jdlint.nlp import PatternSet

    document = Document(path="t.txt", blocks=(
        Block(kind="paragraph", text="PSW (Personal Support Worker) shifts are posted weekly."),))  # fmt: skip
    full = Analysis(document, Engine().registry.patterns)
    titles = ["Peer Support Worker", "Recovery Coach", "PSW", "Peer Group Facilitator", "Research Officer"]
    first = [role.classify_title(full, title) for title in titles]
    assert [n.cls for n in first][:3] == ["peer", "conditional", "job"]  # "PSW": spelt out as a care job here
    role._TITLES.clear()
    assert [role.classify_title(full, title) for title in titles] == first  # worked out again: the same
    assert [role.classify_title(full, title) for title in titles] == first  # kept: the same
    small = Analysis(Document(path="u.txt", blocks=()), PatternSet({"lex:adjacent-role-noun": ["coach"]}))
    assert role.classify_title(small, "Peer Support Worker").cls == "job"  # no peer groups in this set
    assert role.classify_title(small, "Recovery Coach").cls == "adjacent"
    assert len(role._TITLES) == 2


# --- the analysis asks where a group can start from its candidates, read once ----------------


def test_the_analysis_answers_may_start_as_the_pattern_set_does(engine):
    """Analysis._may_start (the candidates read once per analysis) says what
    PatternSet.may_start_in says, for every group, block and sentence, and for a group the set
    does not hold."""
    from pathlib import Path

    from jdlint.readers import read_bytes

    patterns = engine.registry.patterns
    paths = [p for p in sorted((Path(__file__).resolve().parent / "invented").rglob("*"))
             if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md"][:40]  # fmt: skip
    asked = 0
    for path in paths:
        analysis = Analysis(read_bytes(path.read_bytes(), str(path)), patterns)
        for group in [*patterns.names, "lex:no-such-group"]:
            for block in range(len(analysis.document.blocks)):
                want = patterns.may_start_in(analysis._prepared, group, block)
                assert analysis._may_start(group, block, 0, None) == want
                for start, end, _, _ in analysis.sentences(block):
                    want = patterns.may_start_in(analysis._prepared, group, block, start, end)
                    assert analysis._may_start(group, block, start, end) == want
                    asked += 1
    assert asked > 100_000


# --- a fix's place: the section headings searched in lower case where they are ASCII ----------


def test_a_fixs_place_is_the_heading_the_case_insensitive_expressions_find(engine):
    """``kinds.suggest_place`` tries an ASCII heading in lower case with a case-sensitive twin of
    each section expression: the heading it names is the one the case-insensitive expressions
    name, for every rule's sections and the criteria's, over the headings of the invented adverts
    and seeded random headings in any case (non-ASCII letters, which fold to ASCII ones, left to
    the expression); and the rules' sections all have a twin."""
    from pathlib import Path

    from jdlint.checks import kinds
    from jdlint.readers import read_bytes

    def plain(headings: list[str], sections: tuple[str, ...]) -> str:
        for wanted in sections:
            for heading in headings:
                if re.search(wanted, heading, re.IGNORECASE):
                    return f"under the heading “{heading}”"
        return ""

    every = [rule.sections for rule in engine.registry if rule.sections]
    assert every and all(kinds._section_expressions(w)[1] is not None for sections in every for w in sections)
    every += [(r"^essential", r"person spec", r"selection criteria", r"minimum qualif", r"requirements|qualifications",
               r"about you|who you are|what you(?!(?: will|'ll|’ll)? (?:do|be doing|get|receive|gain)\b)"),
              (r"interview|selection|recruitment|how to apply|apply", r"further information|additional"),
              (r"summary|about the role|purpose|overview", r"duties|responsibilities"), (r"[A-Z]ay\b", r"\Sbout")]
    paths = [p for p in sorted((Path(__file__).resolve().parent / "invented").rglob("*"))
             if p.suffix in (".txt", ".md") and p.name.lower() != "readme.md"][::10]  # fmt: skip
    documents = [read_bytes(path.read_bytes(), str(path)) for path in paths]
    rng = random.Random(37)
    pieces = ["What we offer", "BENEFITS", "Pay", "Salary", "About you", "ABOUT THE ROLE", "Essential", "Person Spec",
              "Job Details", "Training", "Well-being", "what you'll do", "What You’ll Get", "ſ", "\u212a", "İ", "é", " ",
              ":", "-", "Kaimahi", "Summary", "Duties", "Hours", "Career"]  # fmt: skip
    made = [Document(path="h.md", blocks=tuple(Block(kind="heading", text="".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))), level=2)
                                                 for _ in range(rng.randint(0, 6)))) for _ in range(1500)]  # fmt: skip
    named = 0
    for document in documents + made:
        headings = [b.text for b in document.blocks if b.kind == "heading"]
        ctx = type("Ctx", (), {"document": document})()
        for sections in every:
            want = plain(headings, sections)
            assert kinds.suggest_place(ctx, sections) == want, (headings, sections)
            named += bool(want)
    assert named > 1000


def test_an_about_heading_without_a_names_uncased_characters_cannot_name_it():
    """``titles._uncased_held`` (speed37b) passes over an "About" heading before a pattern is
    compiled for a name not plain ASCII: a character with no case (white space, a dash, a curly
    quote) is one the regex engine matches only as itself, so every character ``str`` finds
    without case is one ``re`` compiles as a plain literal, and over seeded random names and
    headings the heading the test passes over is never one the name's pattern matches."""
    import _sre
    import sys

    from jdlint import titles

    assert not any(_sre.unicode_iscased(i) for i in range(sys.maxunicode + 1)
                   if (ch := chr(i)).lower() == ch == ch.upper())  # fmt: skip
    rng = random.Random(37)
    pieces = ["Peer", "PEER", "worker", "Youth", " ", "  ", "\t", " – ", " — ", "–", "’", "'", "-", ":", "·",
              "kaiāwhina", "KAIĀWHINA", "ſ", "\u212a", "İ", "ı", "é", "É", "us", "Us –", "(", ")"]
    names = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(300)]
    names += ["Peer Support Worker – Youth", "Kaiāwhina — Peer Support", "Peer Worker ’Ōhanga"]
    matched = 0
    for name in names:
        pattern = re.compile(rf"^about\s+(?:us\s*[-–—:|]\s*)?{re.escape(name)}\s*:?$", re.I)
        headings = [f"About {name}", f"about us – {name.upper()}:", f"About us - {name.lower()}", "About us – Kaiāwhina",
                    f"ABOUT {name.swapcase()}", f"About {name.replace('–', '-')}"]  # fmt: skip
        headings += ["About " + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(20)]
        for heading in headings:
            if pattern.match(heading):
                matched += 1
                assert titles._uncased_held(name, heading), (name, heading)
    assert matched > 300
