"""`jdlint fix` on criteria that carry their level as a label at the start of the line
("Essential:  ...", "Desirable  –  ..."): invented adverts through the real command.

The class: lived experience listed on a "Desirable:" line, with no Essential list to move
it to, is made essential where it stands; the whole line, label and all, was replaced by
"Lived experience of ... is essential for this role.", so the line lost its label and read
as the rest of the criterion above it (a fix changing a line it does not target). Now the
line keeps its label at the essential level ("Essential:  Lived experience of ..."), in the
label's case and spacing; other labelled lines are left byte for byte.
"""

from __future__ import annotations

import pytest
from checking import fix_file, variants

from jdlint.fix import essential_label
from jdlint.readers import read_bytes

ADVERT = """{title}

Job summary
You will support people using our {service} with your own experience of recovery.

Person specification
Experience
  {ess}{sep}Experience of working in a team, paid or voluntary
  {ess}{sep}Able to manage your own diary
  {des}{sep}{wanted}

Skills
  {ess}{sep}Good written communication skills

Apply by the end of the month.
"""
VARIANTS = variants("level-labels")


@pytest.mark.parametrize("v", VARIANTS, ids=lambda v: v["title"])
def test_a_desirable_line_made_essential_keeps_its_label_at_the_essential_level(tmp_path, v) -> None:
    text = ADVERT.format(**v)
    out, revised = fix_file(tmp_path, "advert.txt", text, "--select", "CS001")
    assert "fixed CS001" in out and "not resolved" not in out and "-> met" in out
    old_line = f"  {v['des']}{v['sep']}{v['wanted']}\n"
    new_line = f"  {v['ess']}{v['sep']}Lived experience of {v['kind']} is essential for this role.\n"
    assert revised == text.replace(old_line, new_line)  # that line alone changed, its label kept
    # each labelled line still reads as a criterion of its own
    before = [b.text for b in read_bytes(text.encode(), "a.txt").blocks]
    after = [b.text for b in read_bytes(revised.encode(), "a.txt").blocks]
    assert len(after) == len(before)


def test_only_a_level_label_is_carried_over() -> None:
    assert essential_label("Desirable: Lived experience", "Lived experience is essential.") == \
        "Essential: Lived experience is essential."  # fmt: skip
    assert essential_label("Preferred - your own recovery", "Lived experience is essential.") == \
        "Required - Lived experience is essential."  # fmt: skip
    assert essential_label("Lived experience is desirable", "Lived experience is essential.") == "Lived experience is essential."
    assert essential_label("Desirable: x", "Essential: y") == "Essential: y"
    assert essential_label("DESIRABLE – x", "Lived experience is essential.") == "ESSENTIAL – Lived experience is essential."
