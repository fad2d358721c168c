"""A verdict quotes only the advert's own words: how lived experience was mentioned (in a
question, named with no level) is described, never put in quotation marks as if the advert
said "stated without a requirement" or "question" (a user met it in a PDF's flattened table)."""

from __future__ import annotations

import pytest

from jdlint.api import check_text

WANTED = {
    "bare line": ("Peer Support Worker\n\nWe are looking for a Peer Support Worker.\n\n"
                  "Lived experience of mental health challenges and a caring nature.\n", "named with no level"),
    "bare list item": ("Peer Mentor\n\nJoin our peer team.\n\nThe role\n- Lived experience of homelessness\n"
                       "- A driving licence\n", "named with no level"),
    "question": ("Peer Support Worker\n\nDo you have lived experience of mental distress? Join our peer team.\n",
                 "in a question"),
    "question mid-advert": ("Peer Recovery Coach\n\nOur peer team runs groups in Hull.\n\n"
                            "Have you got lived experience of addiction? Tell us about it.\n", "in a question"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(WANTED))
def test_a_description_is_not_quoted_as_the_adverts_words(name):
    text, description = WANTED[name]
    verdict = check_text(text).verdict("lived-experience-essential")
    assert verdict.verdict == "partly-met"
    assert f"({description})" in verdict.why
    assert "“" not in verdict.why and "question”" not in verdict.why


def test_the_adverts_own_words_are_still_quoted():
    text = "Peer Support Worker\n\nDesirable criteria\n- Lived experience of psychosis would be an advantage.\n"
    verdict = check_text(text).verdict("lived-experience-essential")
    assert verdict.verdict == "not-met"
    assert "“" in verdict.why
