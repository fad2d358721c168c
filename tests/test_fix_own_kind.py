"""CS001's fix keeps the advert's own words for the kind of experience, and puts the new
essential criterion where the applicant is described, not where the duties are.

The class: a kind followed by a relative clause about the person wanted ("We are looking for
someone with lived experience of self-harm who is ready to use it ...") gave "Lived experience of
self-harm who is essential for this role."; the kind now ends before "who", "which" or "that". And
a heading "What you will do" (the duties) or "What you will get" (the benefits) was taken for the
person specification ("what you ...")."""

from __future__ import annotations

import pytest

from jdlint.engine import check_document
from jdlint.readers import read_text

LE = "lived-experience-essential"


def _fix(text: str):
    verdict = check_document(read_text(text), role="peer").verdict(LE)
    assert verdict.verdict == "partly-met", verdict.why
    assert verdict.fix is not None
    return verdict.fix


@pytest.mark.parametrize(("sentence", "kind"), [
    ("We are looking for someone with personal lived experience of self-harm who is ready to use it to support others.",
     "self-harm"),
    ("We hope to find a person with lived experience of homelessness that they can draw on in their work.", "homelessness"),
    ("The ideal candidate will have lived experience of an eating disorder which they are willing to share.",
     "an eating disorder"),
    ("We are looking for someone who has personal experience of addiction and who wants to help others.", "addiction"),
    ("We are looking for someone with lived experience of psychosis to offer hope to the people we support.", "psychosis"),
    ("We want a person with lived experience of homelessness themselves to join our outreach team.", "homelessness"),
    ("We are looking for someone with lived experience of going to prison.", "going to prison"),
])  # fmt: skip
def test_the_kind_ends_before_a_relative_clause(sentence: str, kind: str) -> None:
    fix = _fix(f"Peer Support Worker\n\nAbout the role\n\n{sentence}\n\nAbout you\n\nYou are kind and reliable.")
    assert fix.text == f"Lived experience of {kind} is essential for this role."


def test_twin_a_kind_without_a_clause_is_kept_whole() -> None:
    fix = _fix("Peer Support Worker\n\nWe are looking for someone with lived experience of problem gambling.\n\n"
               "About you\n\nYou are kind.")  # fmt: skip
    assert fix.text == "Lived experience of problem gambling is essential for this role."


@pytest.mark.parametrize("duties", ["What you will do", "What you'll do", "What you will be doing", "What you will get"])
def test_the_criterion_goes_under_about_you_not_under_the_duties(duties: str) -> None:
    fix = _fix(f"Peer Support Worker\n\n{duties}\n\nYou will support adults in recovery.\n\nAbout the role\n\n"
               "We are looking for someone with lived experience of psychosis.\n\nAbout you\n\nYou are kind.")  # fmt: skip
    assert "under the heading “About you”" in fix.where


def test_twin_what_you_bring_is_the_person_specification() -> None:
    fix = _fix("Peer Support Worker\n\nAbout the role\n\nWe are looking for someone with lived experience of psychosis.\n\n"
               "What you bring\n\nYou are kind.")  # fmt: skip
    assert "under the heading “What you bring”" in fix.where
