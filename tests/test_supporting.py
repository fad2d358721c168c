"""Precision of the supporting checks: no false alarms and no unearned praise.

Every advert here is invented; each class of wording has at least two variants.
"""

from __future__ import annotations

import pytest

from jdlint.api import check_text
from jdlint.config import parse_config
from jdlint.engine import Engine, Options
from jdlint.errors import ConfigError

ADVERT = """Peer Support Worker

About the role
You will offer one-to-one peer support to adults living in the community. {sentence}

About you
Lived experience of mental health challenges is essential.
"""


def rules_for(text: str, role: str = "peer", engine: Engine | None = None) -> list:
    return check_text(text, role=role, engine=engine).findings


def has(findings, rule: str) -> bool:
    return any(f.rule == rule for f in findings)


# --------------------------------------------------------------------------- RL001


@pytest.mark.parametrize("sentence", [
    # a distinction stated as a comparison with clinicians
    "This is a distinct role: the relationship you offer is different from the one people have with clinicians.",
    "It is a distinct job, and the connection you build differs from the one service users have with their doctors.",
    # "unlike clinical staff, you…"
    "Unlike clinical staff, you will draw on your own story to connect with people.",
    "Unlike the nurses on the ward, you bring your own experience of recovery.",
    # "this is not a clinical/counselling role" with more than one kind named
    "This is not a clinical or counselling role.",
    "Please note that this is not a therapy or nursing post.",
    # "you will not be expected to…"
    "You will not be expected to diagnose anyone or give medical advice.",
    "You won't be asked to carry out clinical assessments or risk assessments.",
    # the role's content ruled out
    "The role does not involve clinical tasks such as giving medication.",
    "Peer workers do not provide therapy or treatment.",
    "You are not a therapist, and nobody expects you to be one.",
    "You use what you have lived through rather than clinical expertise.",
])  # fmt: skip
def test_rl001_recognises_a_distinction_in_any_wording(sentence):
    assert not has(rules_for(ADVERT.format(sentence=sentence)), "RL001"), sentence


@pytest.mark.parametrize("sentence", [
    "You will not be expected to work weekends.",
    "This is a new role in a friendly team.",
])
def test_rl001_still_asks_when_no_distinction_is_made(sentence):
    assert has(rules_for(ADVERT.format(sentence=sentence)), "RL001"), sentence


def test_rl001_positive_quotes_the_distinction():
    sentence = "This is a distinct role: the relationship you offer is different from the one people have with clinicians."
    report = check_text(ADVERT.format(sentence=sentence), role="peer")
    assert any(p.startswith("Says what the role is not") and "different from the one" in p for p in report.positives)


# --------------------------------------------------------------------------- RD003


def acronyms(text: str, engine: Engine | None = None) -> list[str]:
    return [f.fix.original for f in rules_for(text, engine=engine) if f.rule == "RD003"]


# what RD003 leaves alone: reference codes, acronyms most readers know, ordinary words in capitals
@pytest.mark.parametrize(("kind", "sentence"), [
    ("code", "Job reference: RB-PSW-0193. Vacancy number NW-OA-PSW-24."),
    ("code", "Requisition REQ587965, pay grade GS-06, posting ID KX-HR-771."),
    ("code", "Quote reference MH/PSW/2031 or AB-CD-EF when you apply (form QF7)."),
    ("known", "You will follow HIPAA and 42 CFR Part 2, and we are an EOE employer in the USA."),
    ("known", "Send your CV as a PDF; our CEO welcomes LGBTQ+ applicants and people living with HIV in the UK and the NHS."),
    ("known", "The interview date is TBC and the start date TBA; the shift pattern is TBD."),
    ("known", "The salary is GBP 24,937 pro rata (about USD 31,000)."),
    ("known", "Pay: AUD 78,000 to AUD 84,000 plus super; in Auckland NZD 62,000; in Ontario CAD 55,000."),
    ("ordinary", "You will work 3 OR 4 days a week, or more if you wish."),
    ("ordinary", "Applicants MUST have lived experience, and they must apply online."),
])  # fmt: skip
def test_rd003_leaves_codes_known_acronyms_and_ordinary_words_in_capitals_alone(kind, sentence):
    assert acronyms(ADVERT.format(sentence=sentence)) == [], kind


@pytest.mark.parametrize("line", [
    "PROGRAM: Reentry Court     STATUS: Full-time     PAY: $19.50/hr",
    "FLSA: Non-exempt\tPAY GRADE: 112 ($43,680 - $55,120)",
    "Location: Dayton | SHIFT: days | HOURS: 37.5",
])  # fmt: skip
def test_rd003_a_fields_label_in_capitals_is_not_an_acronym(line):
    """A job board's line of fields: a label in capitals that a colon closes, where a field opens
    (the line's start, a tab, two spaces or a bar), is a label like "SUMMARY:" at a line's start."""
    advert = ADVERT.format(sentence="").replace("Peer Support Worker\n", f"Peer Support Worker\n\n{line}\n", 1)
    assert acronyms(advert) == []


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("You will join the CMHT: a team of nurses and peers.", ["CMHT"]),
    ("Contact the team at PAY: then apply.", ["PAY"]),
])  # fmt: skip
def test_rd003_twin_an_acronym_before_a_colon_in_prose_is_still_one(sentence, flagged):
    assert acronyms(ADVERT.format(sentence=sentence)) == flagged


def test_rd003_still_flags_internal_acronyms_with_a_usable_fix():
    text = ADVERT.format(sentence="You will join the MDT and work with the QRTZ partnership.")
    found = {f.fix.original: f.fix for f in rules_for(text) if f.rule == "RD003"}
    assert set(found) == {"MDT", "QRTZ"}
    assert found["MDT"].text == "multidisciplinary team (MDT)"
    # unknown to jdlint: a placeholder for the full name, which `jdlint fix` leaves for a
    # person unless --unsafe-fixes is given (tests/test_fix.py)
    assert found["QRTZ"].text == "<full name> (QRTZ)" and found["QRTZ"].action == "replace"


@pytest.mark.parametrize("sentence", [
    "The post is based in Dayton, OH, with outreach to Toledo, OH and Columbus, OH.",
    "Offices in Thunder Bay, ON and St. John's, NL; some travel to Winston-Salem, NC 27101.",
    "Location: Poughkeepsie, NY (hybrid). Our sister team is in Vancouver, BC.",
])  # fmt: skip
def test_rd003_state_and_province_codes_after_a_place_are_not_acronyms(sentence):
    assert acronyms(ADVERT.format(sentence=sentence)) == []


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("You will work with the MS society and the OR team.", ["MS", "OR"]),
    ("You will support people, MS nurses and the CT team in Dayton.", ["CT", "MS"]),
])  # fmt: skip
def test_rd003_a_state_code_that_names_no_place_is_still_an_acronym(sentence, flagged):
    # the twin: the same capitals, not after "Town, "
    assert sorted(acronyms(ADVERT.format(sentence=sentence))) == flagged


@pytest.mark.parametrize("sentence", ["You will work across the CMHT/CRHT teams.", "Both the CMHT and CRHT-led clinics take part."])
def test_rd003_acronyms_side_by_side_are_not_a_code(sentence):
    assert sorted(acronyms(ADVERT.format(sentence=sentence))) == ["CMHT", "CRHT"]


def test_rd003_known_acronyms_from_the_project_config():
    text = ADVERT.format(sentence="You will work with the QRTZ partnership and the LYNX team.")
    assert sorted(acronyms(text)) == ["LYNX", "QRTZ"]
    engine = Engine(options=Options(extra={"known_acronyms": ("qrtz", "LYNX")}))
    assert acronyms(text, engine=engine) == []


def test_known_acronyms_config_key_is_validated_and_reaches_the_engine(tmp_path):
    from jdlint import batch

    config = parse_config({"known-acronyms": ["QRTZ", "LGBTQIA2S+"]}, "jdlint.toml")
    assert config.known_acronyms == ("QRTZ", "LGBTQIA2S+")
    for bad in (["two words"], [3], "Q"):
        with pytest.raises(ConfigError, match="known-acronyms"):
            parse_config({"known-acronyms": bad}, "jdlint.toml")
    advert = tmp_path / "advert.md"
    advert.write_text(ADVERT.format(sentence="You will work with the QRTZ partnership."), encoding="utf-8")
    plan = batch.plan([str(advert)], config=config)
    engine = batch.engine_for(plan.settings)
    assert acronyms(advert.read_text(encoding="utf-8"), engine=engine) == []


# --------------------------------------------------------------------------- positives

OFFER_ADVERT = """Peer Support Worker

About the role
You will offer one-to-one peer support to adults living in the community.

Duties
{duty}

About you
Lived experience of mental health challenges is essential.
"""


def positives(text: str) -> list[str]:
    return list(check_text(text, role="peer").positives)


@pytest.mark.parametrize("duty", [
    "Participate in staff meetings, case reviews, and ongoing professional development.",
    "Facilitate recovery groups and deliver naloxone training to visitors.",
])
def test_a_duty_is_not_evidence_of_training_offered(duty):
    assert not any(p.startswith("Offers peer support training") for p in positives(OFFER_ADVERT.format(duty=duty)))


@pytest.mark.parametrize("duty", [
    "The successful applicant will receive peer support training in their first month.",
    "We offer a paid study day each month and funded professional development.",
])
def test_training_offered_is_a_positive(duty):
    found = [p for p in positives(OFFER_ADVERT.format(duty=duty)) if p.startswith("Offers peer support training")]
    assert found and duty[:30] in found[0]


def test_training_under_an_offer_heading_is_a_positive():
    text = OFFER_ADVERT.format(duty="Support people to set goals.") + "\nWhat we offer\nAccredited Intentional Peer Support training.\n"
    assert any(p.startswith("Offers peer support training") for p in positives(text))


@pytest.mark.parametrize("duty", [
    "Supervise and support two Band 5 peer support coordinators.",
    "The cost of a uniform is deducted from your salary after appointment.",
])
def test_pay_positive_needs_an_amount_or_band_that_is_pay(duty):
    assert not any(p.startswith("States the pay") for p in positives(OFFER_ADVERT.format(duty=duty)))


@pytest.mark.parametrize("pay", ["Salary: £24,500 to £26,900 a year.", "Pay: Agenda for Change band 3, pro rata."])
def test_stated_pay_is_a_positive(pay):
    assert any(p.startswith("States the pay") for p in positives(OFFER_ADVERT.format(duty=pay)))


@pytest.mark.parametrize("duty", [
    "Support reflective practice spaces for peer workers.",
    "Facilitate wellbeing support groups for people on the ward.",
])
def test_duties_towards_others_are_not_supervision_or_wellbeing_offered(duty):
    found = positives(OFFER_ADVERT.format(duty=duty))
    assert not any(p.startswith(("Offers peer-led or reflective supervision", "Offers wellbeing")) for p in found)


@pytest.mark.parametrize(("ease", "praised", "flagged"), [(41, False, False), (49.6, False, False), (50, True, False),
                                                          (67, True, False), (39, False, True)])  # fmt: skip
def test_reading_ease_under_50_is_never_a_positive(monkeypatch, ease, praised, flagged):
    import jdlint.readability

    monkeypatch.setattr(jdlint.readability, "flesch_reading_ease", lambda text: ease)
    body = " ".join(["You will listen to people and share hope with them every day."] * 8)
    report = check_text(ADVERT.format(sentence=body), role="peer")
    assert any(p.startswith("Readable") for p in report.positives) is praised
    assert any(f.rule == "RD002" for f in report.findings) is flagged


# --------------------------------------------------------------------------- SU005's fix

PAY_ADVERT = "{title}\n\n{place}\n\nYou will offer one-to-one peer support to adults living in the community.\n"
NHS_FIX = "Salary: £<amount> a year (Agenda for Change Band <n>), pro rata for part-time hours."
UK_FIX = "Salary: £<amount> a year, pro rata for part-time hours."
NEUTRAL_FIX = "Pay: <amount> a year or an hour, pro rata for part-time hours."


def pay_fix(title: str, place: str) -> str:
    found = [f for f in rules_for(PAY_ADVERT.format(title=title, place=place)) if f.rule == "SU005"]
    assert len(found) == 1 and found[0].fix is not None
    return found[0].fix.text


@pytest.mark.parametrize(("title", "place", "fix"), [
    # the US, Canada, Australia, New Zealand: no currency, no band (none is shown)
    ("Certified Peer Recovery Specialist", "Location: Columbus, Ohio.", NEUTRAL_FIX),
    ("Peer Support Specialist", "Based in our recovery centre serving New England.", NEUTRAL_FIX),
    ("Peer Support Worker", "Location: Parramatta, New South Wales.", NEUTRAL_FIX),
    ("Peer Support Worker", "Our team works across Wellington, Aotearoa New Zealand.", NEUTRAL_FIX),
    ("Peer Support Worker", "The clinic is in London, Ontario.", NEUTRAL_FIX),
    # an NHS advert: its Agenda for Change Band
    ("Peer Support Worker", "Northfield NHS Foundation Trust, community mental health team.", NHS_FIX),
    ("Peer Support Worker", "A post in the National Health Service's crisis team in Leeds.", NHS_FIX),
    # plainly in the UK, not the NHS: pounds, no Band
    ("Peer Support Worker", "The post is subject to an enhanced DBS check.", UK_FIX),
    ("Peer Mentor", "Applicants must have the right to work in the UK.", UK_FIX),
    # a twin with no country said at all: the neutral line
    ("Peer Support Worker", "Location: the community recovery hub.", NEUTRAL_FIX),
    # a negated NHS: not an NHS post
    ("Peer Support Worker", "This is not an NHS post.", NEUTRAL_FIX),
])  # fmt: skip
def test_the_pay_fix_is_in_the_words_of_the_adverts_country(title, place, fix):
    assert pay_fix(title, place) == fix
