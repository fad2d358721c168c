"""`jdlint fix` on a plain-text table aligned by spaces whose Desirable cell wraps over two
or more lines: invented adverts through the real command, the revised copy read again.

The class: moving the wrapped cell's lived experience to the Essential column deleted the
words from the first line across the line break, while the new sentence went in at the end
of that same first line: the two changes overlapped and garbled the table (the Desirable
cell became "ssential for this role.", the wrapped line stayed) and CS001 was "not
resolved". Now each line's words go on their own (a continuation line that holds nothing
else goes whole), and the revised copy reads as the same table: the same header, each other
cell in its row and column, and the sentence in the Essential cell.
"""

from __future__ import annotations

import pytest
from checking import variants
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.readers import read_bytes

HEAD = "{title}\n\nAbout the role\nYou will support people in recovery on our {team}.\n\nPerson specification\n\n"
TAIL = "\nHow to apply\nSend us your application form by the end of the month.\n"

TABLES = {
    # the Desirable cell (last column) wraps onto a line of its own
    "last column": ("Criteria                      Essential                       Desirable\n"
                    "Experience                    {essential:<32}{first}\n"
                    "                                                              {second}\n"
                    "Skills                        Good listening skills           Knowledge of local services\n"),
    # the requirement is the cell's second sentence, and wraps over two more lines
    "second sentence": ("Criteria                      Essential                       Desirable\n"
                        "Experience                    {essential:<32}First aid certificate. {first}\n"
                        "                                                              {second}\n"
                        "Skills                        Good listening skills           Knowledge of local services\n"),
    # the Essential cell wraps too: the continuation line holds both columns' words
    "both wrap": ("Criteria                      Essential                       Desirable\n"
                  "Experience                    {essential:<32}{first}\n"
                  "                              and of working with groups      {second}\n"
                  "Skills                        Good listening skills           Knowledge of local services\n"),
}
VARIANTS = variants("wrapped-cells")


def cells(text: str) -> list[tuple[int, int, str]]:
    doc = read_bytes(text.encode(), "advert.txt")
    return [(b.row, b.column, b.text) for b in doc.blocks if b.kind == "table-cell"]


@pytest.mark.parametrize("layout", sorted(TABLES))
@pytest.mark.parametrize("v", VARIANTS, ids=lambda v: v["title"])
def test_a_wrapped_desirable_cell_moves_whole_and_the_table_keeps_its_shape(tmp_path, layout, v) -> None:
    src = tmp_path / "advert.txt"
    text = HEAD.format(**v) + TABLES[layout].format(**v) + TAIL
    src.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["fix", "--select", "CS001", str(src)]).output
    revised = (tmp_path / "advert.fixed.txt").read_text(encoding="utf-8")
    assert "fixed CS001 (moved to the Essential column)" in out
    assert "not resolved" not in out and "-> met" in out
    before, after = cells(text), cells(revised)
    # the same header; every other cell where it was; the Desirable cell gone, not garbled
    assert after[:3] == before[:3]
    assert [c for c in after if c[0] != 1] == [c for c in before if c[0] != 1]
    row = [c for c in after if c[0] == 1]
    assert [c[1] for c in row] == ([0, 1, 2] if layout == "second sentence" else [0, 1])
    if layout == "second sentence":  # the cell's other words stay in their column
        assert row[2][2] == "First aid certificate."
    assert row[1][2].endswith("is essential for this role.")
    assert text.count(v["second"]) == revised.count(v["second"]) == 1  # in the sentence moved, not left behind
    assert v["second"] in row[1][2]
    # nothing else in the file changed, and no blank line opens inside the table
    assert revised.startswith(HEAD.format(**v)) and revised.endswith(TAIL)
    assert "\n\n" not in revised[len(HEAD.format(**v)) : -len(TAIL)]
    again = CliRunner().invoke(main, ["check", "--no-progress", "--select", "CS001", str(tmp_path / "advert.fixed.txt")]).output
    assert "CS001" not in again


def test_words_that_cannot_be_taken_out_of_a_wrapped_cell_give_a_sentence_after_the_table() -> None:
    """The fallback: when the words to move cannot be mapped to the cell's lines, the table is
    left as it is (never garbled) and the sentence goes after it, a paragraph of its own."""
    from jdlint.fix import Edit, FixPlan
    from jdlint.fix_text import apply_text_plan

    v = VARIANTS[0]
    text = HEAD.format(**v) + TABLES["last column"].format(**v) + TAIL
    doc = read_bytes(text.encode(), "advert.txt")
    wanted = next(i for i, b in enumerate(doc.blocks) if b.kind == "table-cell" and b.text.startswith(v["first"]))
    essential = wanted - 1
    sentence = "Lived experience of mental health difficulties is essential for this role."
    edit = Edit("move", wanted, sentence, target="words the cell does not hold", to_block=essential, rule="CS001")
    revised = apply_text_plan(text.encode(), doc, FixPlan((edit,), ())).data.decode()
    table = TABLES["last column"].format(**v)
    assert revised == text.replace(table, table + "\n" + sentence + "\n")
    assert cells(revised) == cells(text)
