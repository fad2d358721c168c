"""Small helpers for tests that check invented adverts given as text with a file name."""

from __future__ import annotations

import tomllib
from pathlib import Path

from jdlint.api import check_bytes
from jdlint.model import Report


def report_of(text: str, name: str, role: str | None = None) -> Report:
    """The report of ``text`` read as the file ``name`` (its extension picks the reader)."""
    report = check_bytes(text.encode("utf-8"), name, role=role)
    assert report.error is None, report.error
    return report


def verdict_of(text: str, name: str, criterion: str) -> str:
    """``criterion``'s verdict with the role set to peer."""
    return report_of(text, name, role="peer").verdict(criterion).verdict


def fix_file(folder, name: str, text: str, *args: str) -> tuple[str, str]:
    """``jdlint fix --isolated ARGS`` on ``text`` written as ``folder/name``: what the command
    printed, and the revised copy jdlint chose the name of (``advert.fixed.md`` for
    ``advert.md``; empty when none was written)."""
    from pathlib import Path

    from click.testing import CliRunner

    from jdlint.cli import main

    src = Path(folder) / name
    src.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["fix", "--isolated", *args, str(src)]).output
    copy = src.with_name(f"{src.stem}.fixed{src.suffix}")
    return out, copy.read_text(encoding="utf-8") if copy.exists() else ""


def variants(name: str):
    """The invented variants of one revised-advert test module, from tests/fix_variants.toml:
    a list of dicts (``[[name]]``) or a dict of named dicts (``[name.key]``)."""
    with (Path(__file__).with_name("fix_variants.toml")).open("rb") as f:
        return tomllib.load(f)[name]
