"""CS001's fix where lived experience can be substituted: the fix replaces the words that offer
the other route, wherever they stand, with "... is essential for this role. Professional or
other experience is not a substitute for it." Two invented variants of each place the route is
offered (never a real advert), through the real ``jdlint fix`` command."""

from __future__ import annotations

import pytest
from checking import fix_file

# the route offered in a sentence of its own, after the requirement
NEXT_SENTENCE = [
    ("Peer Navigator", "Lived experience is essential for this role.",
     "Transferable skills from youth work or coaching will also be considered."),
    ("Peer Support Worker", "You must have lived experience of mental health challenges.",
     "Applicants without lived experience but with two years of care work may be considered."),
]  # fmt: skip
# the route offered inside the requirement, by "or" and another profession's qualification
SAME_SENTENCE = [
    ("Peer Specialist", "Lived experience of mental health recovery or a bachelor's degree in psychology.",
     "or a bachelor's degree in psychology"),
    ("Recovery Peer Worker", "Essential: lived experience of addiction and recovery, or a Diploma of Nursing.",
     "or a Diploma of Nursing"),
]  # fmt: skip


def _advert(title: str, *lines: str) -> str:
    return (f"{title}\n\nYou will walk alongside people in recovery, sharing your own story where it helps.\n\n"
            "What we are looking for\n\n" + "\n\n".join(lines) + "\n\nHow to apply\nSend us your CV by Friday.\n")  # fmt: skip


@pytest.mark.parametrize(("title", "requirement", "route"), NEXT_SENTENCE)
def test_a_route_in_its_own_sentence_is_replaced_there(tmp_path, title, requirement, route) -> None:
    text = _advert(title, requirement, route)
    out, revised = fix_file(tmp_path, "advert.txt", text, "--no-notes", "--select", "CS001", "--unsafe-fixes")
    assert "fixed CS001" in out and "not found" not in out, out
    assert "lived-experience-essential: not-met -> " in out, out
    assert route not in revised and requirement in revised  # the route gone, the requirement kept
    assert "is not a substitute for it." in revised
    # by default the rewrite is left for a person, and says where it goes
    out, _ = fix_file(tmp_path, "again.txt", text, "--no-notes", "--select", "CS001")
    assert "left CS001: unsafe fix" in out and "not found" not in out, out


@pytest.mark.parametrize(("title", "requirement", "route"), SAME_SENTENCE)
def test_a_route_after_or_is_replaced_from_its_or(tmp_path, title, requirement, route) -> None:
    text = _advert(title, requirement)
    out, revised = fix_file(tmp_path, "advert.txt", text, "--no-notes", "--select", "CS001", "--unsafe-fixes")
    assert "fixed CS001" in out and "not found" not in out, out
    assert "lived-experience-essential: not-met -> met" in out, out
    # the sentence that offers the route is rewritten whole (an unsafe fix); the rest is kept
    assert route not in revised and "is not a substitute for it." in revised
    assert revised.replace(revised.split("\n\n")[3], "") == text.replace(text.split("\n\n")[3], "")
