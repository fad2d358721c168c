"""`jdlint fix` on a person specification whose rows carry their level in a column headed by
both levels ("Criterion | Essential / Desirable"), where a row's own words call lived
experience desirable: invented adverts through the real command.

The class: the "Essential / Desirable" column was taken for an Essential column, and the
requirement was moved out of its row into the first cell of it that was not "Essential",
another row's "Desirable" cell ("Desirable. Lived experience of ... is essential for this
role."), leaving its own row empty. There is no Essential column in such a table: the words
are made essential where they stand, and every other cell is left as it was.
"""

from __future__ import annotations

import pytest
from checking import fix_file, variants

from jdlint.readers import read_bytes

ADVERT = """# {title}

## About the role

You will support people {where}, sharing your own experience of recovery to offer hope.

## Person specification

| Criterion | {levels} |
| --- | --- |
| Lived experience of {kind} is desirable | Essential |
| Ability to keep clear notes | Essential |
| {other} | Desirable |
"""
VARIANTS = variants("level-column")


@pytest.mark.parametrize("v", VARIANTS, ids=lambda v: v["title"])
def test_words_calling_lived_experience_desirable_are_made_essential_in_their_own_row(tmp_path, v) -> None:
    text = ADVERT.format(**v)
    out, revised = fix_file(tmp_path, "advert.md", text, "--no-notes", "--select", "CS001")
    assert "fixed CS001" in out and "not resolved" not in out and "-> met" in out
    old = f"| Lived experience of {v['kind']} is desirable | Essential |"
    new = f"| Lived experience of {v['kind']} is essential for this role. | Essential |"
    assert revised == text.replace(old, new)
    cells = [(b.row, b.column) for b in read_bytes(revised.encode(), "a.md").blocks if b.kind == "table-cell"]
    assert cells == [(r, c) for r in range(4) for c in range(2)]  # the same shape
