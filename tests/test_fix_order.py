"""Several additions at one place in a Word document come in the order the fixes are listed,
as they do in a text file: the revised .docx and the revised .txt of the same advert read
the same, paragraph by paragraph (whole invented adverts, fixed through ``jdlint fix``)."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from docx_factory import Advert
from test_fix import accept_all

from jdlint.cli import main

ADVERTS = {
    "community": [
        "Peer Support Worker",
        "We are looking for a Peer Support Worker to join our community team in Leeds.",
        "Desirable: lived experience of mental health challenges.",
    ],
    "recovery": [
        "Recovery Peer Mentor",
        "As a Recovery Peer Mentor you will walk alongside people in our drug and alcohol service.",
        "You will run a weekly walking group.",
    ],
}


def _paragraphs_of_docx(data: bytes) -> list[str]:
    import io

    return [p.text for p in docx.Document(io.BytesIO(accept_all(data))).paragraphs if p.text.strip()]


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_the_revised_word_copy_has_the_additions_in_the_order_of_the_text_copy(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = ADVERTS[name]
    built = Advert()
    for line in lines:
        built.para(line)
    (tmp_path / f"{name}.docx").write_bytes(built.bytes())
    (tmp_path / f"{name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    for suffix in ("docx", "txt"):
        result = CliRunner().invoke(main, ["fix", f"{name}.{suffix}"])
        assert "Traceback" not in result.output
        assert result.exit_code in (0, 1), result.output
    text = [line for line in (tmp_path / f"{name}.fixed.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    word = _paragraphs_of_docx((tmp_path / f"{name}.fixed.docx").read_bytes())
    assert len(text) > len(lines) + 2  # several sentences were added
    assert word == text
