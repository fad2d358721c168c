"""A phrase rule's one replacement never breaks the sentence it lands in (LA004's class).

"Clean" is matched in several shapes ("12 months clean", "been clean", "clean from drugs",
"a clean test"); one replacement ("not using") fits few of them, and "at least 12 not using
from drugs" both reads wrong and loses the requirement CS001 had met. Each shape has a
[forms] entry that replaces it whole, and the rule's fix is unsafe: applied only with
--unsafe-fixes. Invented adverts, two per shape.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from jdlint.cli import main

ADVERT = """Peer Mentor – {place}

You will walk alongside people in early recovery, sharing your own story where it helps.

What you need: {sentence} Lived experience of recovery from addiction is essential.
"""

CASES = [
    ("Kestrel Café", "you must be at least 12 months clean from drugs or alcohol.", "12 months abstinent from drugs"),
    ("Ashgrove Hub", "applicants should be two years clean before applying.", "two years abstinent before"),
    ("Larch Street", "you need to have been clean for a year.", "have been abstinent for a year"),
    ("Fernside Project", "mentors must stay clean while in post.", "must stay abstinent while"),
    ("Millbrook House", "we ask every new starter for a clean test result.", "a negative test result"),
    ("Osprey Lane", "peer mentors should be clean from alcohol for six months.", "be abstinent from alcohol for"),
]


def _fix(*args: str):
    return CliRunner().invoke(main, ["fix", "--isolated", "--diff", *args])


def _advert(folder, text: str) -> str:
    """The advert written as a text file in the folder; its path."""
    src = folder / "advert.txt"
    src.write_text(text, encoding="utf-8")
    return str(src)


@pytest.mark.parametrize("place,sentence,expected", CASES)
def test_clean_is_never_replaced_by_default(tmp_path, place, sentence, expected) -> None:
    src = _advert(tmp_path, ADVERT.format(place=place, sentence=sentence))
    result = _fix(src)
    assert "left LA004: unsafe fix" in result.output
    assert "not using" not in result.output.split("left LA004", 1)[0]
    assert "lived-experience-essential: met -> not-met" not in result.output


@pytest.mark.parametrize("place,sentence,expected", CASES)
def test_with_unsafe_fixes_each_shape_is_replaced_whole(tmp_path, place, sentence, expected) -> None:
    src = _advert(tmp_path, ADVERT.format(place=place, sentence=sentence))
    result = _fix("--unsafe-fixes", src)
    added = [line for line in result.output.splitlines() if line.startswith("+What you need")]
    assert added and expected in added[0], result.output
    assert "not using" not in added[0]
    assert "new finding" not in result.output


# LA009: a failed or unsuccessful suicide attempt is an attempt: the person lived, so its fix is
# never "died by suicide"; "committed" takes the tense of the words it replaces. Safe: applied by
# default. Two invented sentences per shape.
SUICIDE = [
    ("Many of our members have survived a failed suicide attempt.", "survived a suicide attempt."),
    ("Two of the team have made unsuccessful suicide attempts in the past.", "made suicide attempts in"),
    ("We support families of people who committed suicide.", "people who died by suicide."),
    ("The group is for anyone whose partner has committed suicide.", "has died by suicide."),
    ("Young men are more likely to commit suicide.", "likely to die by suicide."),
    ("She lost her brother to a successful suicide attempt.", "to a death by suicide."),
]


@pytest.mark.parametrize("sentence,expected", SUICIDE)
def test_a_suicide_attempt_stays_an_attempt(tmp_path, sentence, expected) -> None:
    src = _advert(tmp_path, f"Peer Support Worker – Bereavement\n\n{sentence}\n")
    result = _fix(src)
    added = [line for line in result.output.splitlines() if line[:1] == "+" and line[:3] != "+++" and "suicide" in line]
    assert added and expected in added[0], result.output
    if "died" not in expected:
        assert "died by suicide" not in added[0]


# LA011: one replacement cannot fit a label used as a noun, an adjective or a verb, so the fix is
# unsafe (a person's eye), and with --unsafe-fixes each common shape is replaced whole.
LABELS = [
    ("Our frequent flyers know the team well.", "Our familiar faces know the team well."),
    ("He is a frequent flier at the drop-in.", "He is a familiar face at the drop-in."),
    ("Staff know when residents are kicking off.", "when residents are expressing distress."),
    ("Some young people may act out or kick off at night.", "or express distress at night."),
    ("You will respond to manipulative behaviour calmly.", "respond to other ways of meeting needs calmly."),
    ("Some residents can be manipulative.", "can be seeking other ways to meet their needs."),
]


@pytest.mark.parametrize("sentence,expected", LABELS)
def test_dismissive_labels_are_left_by_default_and_replaced_whole_when_asked(tmp_path, sentence, expected) -> None:
    src = _advert(tmp_path, f"Peer Support Worker – Youth Housing\n\n{sentence}\n")
    assert "left LA011: unsafe fix" in _fix(src).output
    result = _fix("--unsafe-fixes", src)
    added = [line for line in result.output.splitlines() if line.startswith("+") and line[1:3] == sentence[:2]]
    assert added and expected in added[0], result.output
    assert "seeking connection" not in added[0]
