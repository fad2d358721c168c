"""`jdlint fix` on person-specification tables in plain text and Markdown: whole invented
adverts (never a real one) through the real command, then checked again. (HTML needs no
stop: the words go after a <br>.)

The class: lived experience moved from the Desirable cell to the Essential cell of the same
row joined the Essential cell's words without a stop ("Experience of group work Lived
experience of ... is essential"), so the revised advert read as one sentence and the
verdict did not move ("not resolved CS001"); in a table aligned by spaces the words went
inline and pushed the columns after them out of line, and a replaced phrase in a middle
column did the same. Now the cell's words end with a full stop, a table aligned by spaces
gets the sentence on a line of its own in the cell's column (read as the rest of the row),
and a change on an aligned line keeps the next column where it was.
"""

from __future__ import annotations

import pytest
from checking import variants
from click.testing import CliRunner

from jdlint.cli import main

INTRO = "{title}\n\nAbout the role\nYou will support people in recovery on our {team}.\n\n"
CLOSE = "\nInterviews will be held in March.\n"

ROWS = {
    "spaces": ("Person specification\n"
               "Criteria            Essential                      Desirable\n"
               "Experience          {essential:<31}{desirable}\n"
               "Skills              Good listening skills          First aid certificate\n"),
    "pipes": ("Person specification\n"
              "| Criteria | Essential | Desirable |\n"
              "| Experience | {essential} | {desirable} |\n"
              "| Skills | Good listening skills | First aid certificate |\n"),
    "markdown": ("## Person specification\n\n"
                 "| Criteria | Essential | Desirable |\n"
                 "| --- | --- | --- |\n"
                 "| Experience | {essential} | {desirable} |\n"
                 "| Skills | Good listening skills | First aid certificate |\n"),
    "tabs": ("Person specification\n"
             "Criteria\tEssential\tDesirable\n"
             "Experience\t{essential}\t{desirable}\n"
             "Skills\tGood listening skills\tFirst aid certificate\n"),
}
VARIANTS = variants("text-tables")


def fix(tmp_path, name: str, text: str, *flags: str) -> tuple[str, str, str]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["fix", *flags, str(src)]).output
    revised = (tmp_path / name.replace(".", ".fixed.", 1)).read_text(encoding="utf-8")
    report = CliRunner().invoke(main, ["check", "--no-progress", str(tmp_path / name.replace(".", ".fixed.", 1))]).output
    return out, revised, report


@pytest.mark.parametrize("layout", list(ROWS))
@pytest.mark.parametrize("v", VARIANTS, ids=["mental-health", "housing"])
def test_lived_experience_moved_into_a_text_tables_essential_cell_is_read_as_essential(tmp_path, layout, v) -> None:
    text = INTRO.format(**v) + ROWS[layout].format(**v) + CLOSE
    out, revised, report = fix(tmp_path, "advert.md" if layout == "markdown" else "advert.txt", text)
    assert "fixed CS001 (moved to the Essential column)" in out
    assert "lived-experience-essential: not-met -> met" in out and "not resolved" not in out
    assert f"{v['essential']}." in revised  # the cell's words end before the new sentence
    assert "Lived experience is essential             met" in report
    lines = revised.splitlines()
    if layout == "spaces":  # the sentence on a line of its own, in the Essential column
        row = next(i for i, line in enumerate(lines) if line.startswith("Experience "))
        assert lines[row].rstrip() == f"Experience          {v['essential']}."
        assert lines[row + 1].startswith(" " * 20 + "Lived experience of ")
        assert lines[row + 2] == "Skills              Good listening skills          First aid certificate"


def test_a_list_headed_by_levels_alone_gets_an_item_of_its_own_and_no_stop(tmp_path) -> None:
    """The twin: under "ESSENTIAL   DESIRABLE" each line of a column is an item of its own,
    so the moved sentence is a new item and the item above keeps its words as they were."""
    text = ("Peer Mentor\n\nAbout the role\nYou will mentor young people leaving care in our housing project.\n\n"
            "ESSENTIAL                                  DESIRABLE\n"
            "Good listening skills                      Lived experience of mental health challenges\n"
            "Experience of group work                   A full driving licence\n" + CLOSE)  # fmt: skip
    out, revised, _ = fix(tmp_path, "advert.txt", text)
    assert "lived-experience-essential: not-met -> met" in out
    lines = revised.splitlines()
    at = lines.index("Good listening skills")
    assert lines[at + 1].startswith("Lived experience of ") and lines[at + 1].endswith("is essential for this role.")
    assert lines[at + 2] == "Experience of group work                   A full driving licence"


@pytest.mark.parametrize(("before", "after"), [
    ("Working with people suffering from anxiety   ", "Working with people living with anxiety"),
    ("Supporting people suffering from addiction   ", "Supporting people living with addiction"),
])  # fmt: skip
def test_a_shorter_phrase_in_a_middle_column_keeps_the_next_column_in_place(tmp_path, before, after) -> None:
    text = ("Peer Support Worker\n\nAbout the role\nYou will support people in recovery.\n\n"
            "Criteria     Essential                                      Desirable\n"
            f"Experience   {before}            First aid certificate\n"
            "Skills       Good listening skills                          Knowledge of local services\n" + CLOSE)  # fmt: skip
    out, revised, _ = fix(tmp_path, "advert.txt", text, "--select", "LA")
    assert "fixed LA006" in out
    row = next(line for line in revised.splitlines() if line.startswith("Experience "))
    assert row.startswith(f"Experience   {after}   ") and row.endswith("   First aid certificate")
    assert row.index("First aid") == text.splitlines()[6].index("First aid")  # the column has not moved


@pytest.mark.parametrize("acronym", ["WRAP", "MDT"])
def test_a_longer_phrase_in_a_middle_column_takes_its_room_from_the_gap_after_it(tmp_path, acronym) -> None:
    text = ("Peer Support Worker\n\nAbout the role\nYou will support people in recovery.\n\n"
            "Criteria     Essential" + " " * 53 + "Desirable\n"
            f"Skills       Knowledge of {acronym}" + " " * (62 - len(acronym)) + "First aid certificate\n"
            "Experience   Good listening skills" + " " * 41 + "Knowledge of local services\n" + CLOSE)  # fmt: skip
    out, revised, _ = fix(tmp_path, "advert.txt", text, "--select", "RD003")
    assert "fixed RD003" in out
    row = next(line for line in revised.splitlines() if line.startswith("Skills "))
    assert f"({acronym})   " in row
    assert row.index("First aid") == text.splitlines()[6].index("First aid")  # the column has not moved
