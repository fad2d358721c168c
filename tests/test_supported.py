"""jdlint.supported: the file types, roles and report formats, written once and used by
every front end."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint import supported
from jdlint.cli import main
from jdlint.config import parse_config
from jdlint.errors import ConfigError

pytest_plugins = ("conftest_web",)

ROOT = Path(__file__).resolve().parent.parent


def test_every_read_format_has_a_reader_and_a_suffix() -> None:
    for fmt in supported.READ_FORMATS:
        module = importlib.import_module(f"jdlint.readers.{fmt}")
        assert callable(module.read)
        assert supported.suffixes_of(fmt), fmt
    assert set(supported.EXTENSIONS.values()) == set(supported.READ_FORMATS)
    assert supported.USUAL_SUFFIXES == (".docx", ".pdf", ".html", ".md", ".txt")
    assert supported.WORD_SUFFIXES == (".docx", ".docm")


def test_every_report_format_renders() -> None:
    from jdlint.reports import FORMATS, renderer

    assert tuple(FORMATS) == supported.REPORT_FORMATS
    for name in supported.REPORT_FORMATS:
        assert callable(renderer(name))


def test_every_role_has_a_label() -> None:
    assert set(supported.ROLE_LABELS) == set(supported.ROLE_KINDS)


@pytest.mark.parametrize("literal", ['".docm"', '".xhtml"', '".markdown"', '"sarif"', '"junit"'])
def test_lists_are_written_once(literal: str) -> None:
    """The distinctive members of each list appear as literals only in jdlint/supported.py."""
    writers = sorted(
        str(p.relative_to(ROOT))
        for folder in ("jdlint", "web")
        for p in (ROOT / folder).rglob("*.py")
        if literal in p.read_text(encoding="utf-8")
    )
    assert writers == ["jdlint/supported.py"]


def test_cli_format_and_role_choices_come_from_the_lists() -> None:
    help_text = CliRunner().invoke(main, ["check", "--help"]).output
    flat = re.sub(r"\s+", "", help_text)
    assert "[" + "|".join(supported.REPORT_FORMATS) + "]" in flat
    assert "[" + "|".join(supported.ROLE_KINDS) + "]" in flat


def test_config_names_the_formats_and_roles() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config({"format": "yaml"})
    assert all(name in str(err.value) for name in supported.REPORT_FORMATS)
    with pytest.raises(ConfigError) as err:
        parse_config({"role-overrides": {"x/**": "boss"}})
    assert ", ".join(supported.ROLE_KINDS) in str(err.value)


def test_folder_discovery_takes_every_suffix(tmp_path: Path) -> None:
    from jdlint.api import iter_files

    for i, ext in enumerate(supported.SUFFIXES):
        (tmp_path / f"a{i}{ext.upper() if i % 2 else ext}").write_text("Peer support worker.\n", encoding="utf-8")
    (tmp_path / "notes.rtf").write_text("x", encoding="utf-8")
    found = sorted(p.suffix.lower() for p in iter_files([str(tmp_path)]))
    assert found == sorted(supported.SUFFIXES)


def test_web_form_accepts_every_suffix(client) -> None:
    page = client.get("/").get_data(as_text=True)
    accept = re.search(r'accept="([^"]*)"', page)
    assert accept is not None
    assert accept.group(1).split(",") == list(supported.SUFFIXES)

