"""--select and --ignore take a comma-separated list, as ruff's do ("--select CS002,IN002"),
as well as the flag repeated; a bad name in the list is still a usage error (exit code 2)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from jdlint.cli import main

ADVERTS = {
    "ward": "Peer Support Worker\n\nYou will support patients suffering from psychosis and cover shifts when staffing is short.\n",
    "hostel": "Peer Mentor\n\nYou will help residents suffering from anxiety and be an extra pair of hands for the hostel team.\n",
}


def _rules(*args: str) -> set[str]:
    result = CliRunner().invoke(main, ["check", "--isolated", "--jobs", "1", *args])
    assert result.exit_code in (0, 1), result.output
    return set(re.findall(r"\b(?:error|warning|info) ([A-Z]{2}\d{3}) ", result.output))


@pytest.mark.parametrize("name", ADVERTS)
def test_commas_select_as_the_repeated_flag_does(tmp_path, name) -> None:
    src = tmp_path / "advert.txt"
    src.write_text(ADVERTS[name], encoding="utf-8")
    repeated = _rules("--select", "CS002", "--select", "LA006", str(src))
    assert repeated == {"CS002", "LA006"}
    assert _rules("--select", "CS002,LA006", str(src)) == repeated
    assert _rules("--select", "CS002, LA006", str(src)) == repeated


@pytest.mark.parametrize("name", ADVERTS)
def test_commas_ignore_as_the_repeated_flag_does(tmp_path, name) -> None:
    src = tmp_path / "advert.txt"
    src.write_text(ADVERTS[name], encoding="utf-8")
    found = _rules("--ignore", "LA006,CS", str(src))
    assert found and not {"LA006", "CS001", "CS002", "CS003", "CS004"} & found
    assert found == _rules("--ignore", "LA006", "--ignore", "CS", str(src))


@pytest.mark.parametrize("command", ["check", "fix --diff", "annotate"])
def test_a_bad_name_in_a_list_is_a_usage_error(tmp_path, command) -> None:
    src = tmp_path / "advert.txt"
    src.write_text(ADVERTS["ward"], encoding="utf-8")
    result = CliRunner().invoke(main, [*command.split(), "--isolated", "--select", "CS002,ZZ9", str(src)])
    assert result.exit_code == 2
    assert "unknown rule or prefix: ZZ9" in result.output
