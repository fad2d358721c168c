"""The command line: a thin layer over :mod:`jdlint.api` and the reports.

Exit codes: 0 nothing at or above the ``--fail-on`` threshold; 1 findings at or above it,
or a file that could not be checked; 2 a usage error, or no file could be checked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from jdlint import __version__
from jdlint.model import ROLE_KINDS, SEVERITIES, Report

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _colour(stream) -> bool:  # noqa: ANN001
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def exit_code(reports: list[Report], fail_on: str) -> int:
    """The documented exit code for a finished run."""
    if not reports or all(r.error for r in reports):
        return EXIT_USAGE
    threshold = SEVERITIES.index(fail_on)
    failing = any(
        not f.suppressed and SEVERITIES.index(f.severity) >= threshold for r in reports for f in r.findings
    )
    return EXIT_FINDINGS if failing or any(r.error for r in reports) else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="jdlint")
def main() -> None:
    """jdlint: lint job adverts for peer support roles against the clear-soil criteria."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("--role", type=click.Choice(ROLE_KINDS), help="Override role detection for every file.")
@click.option("--select", multiple=True, help="Only these rules (ids, id prefixes or names). Repeatable.")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, id prefixes or names). Repeatable.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="warning", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--color/--no-color", "colour", default=None, help="Colour text output (default: on a TTY).")
def check(paths: tuple[str, ...], fmt: str, role: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
          fail_on: str, output: str | None, colour: bool | None) -> None:  # fmt: skip
    """Check adverts: files, folders (recursively) or - for standard input."""
    from jdlint.api import check_bytes, check_path, iter_files
    from jdlint.engine import Engine, Options
    from jdlint.errors import JdlintError
    from jdlint.reports import json as json_report
    from jdlint.reports import text as text_report

    try:
        engine = Engine(options=Options(select=select, ignore=ignore))
    except JdlintError as exc:
        raise click.UsageError(str(exc)) from None
    for key in (*select, *ignore):
        if not any(r.id.startswith(key.upper()) or r.name == key.lower() for r in engine.registry):
            raise click.UsageError(f"unknown rule or prefix: {key}")
    reports: list[Report] = []
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            reports.append(check_bytes(data, "<stdin>", role=role, engine=engine))
            continue
        if not Path(raw).exists():
            reports.append(Report(path=raw, error="no such file or folder"))
            continue
        found = list(iter_files([raw]))
        if not found:
            reports.append(Report(path=raw, error="no adverts found (.docx .pdf .html .md .txt)"))
        for path in found:
            reports.append(check_path(path, role=role, engine=engine))
    if fmt == "json":
        rendered = json_report.render(reports)
    else:
        use_colour = colour if colour is not None else (output is None and _colour(sys.stdout))
        rendered = text_report.render(reports, colour=use_colour)
        for r in reports:
            if r.error:
                click.echo(f"jdlint: {r.path}: {r.error}", err=True)
    if output:
        Path(output).write_text(rendered, encoding="utf-8")
    else:
        click.echo(rendered, nl=False)
    sys.exit(exit_code(reports, fail_on))


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(fmt: str) -> None:
    """List every rule: id, name, severity and what it checks."""
    import json

    from jdlint.registry import default_registry

    registry = default_registry()
    if fmt == "json":
        rows = [{"id": r.id, "name": r.name, "severity": r.severity, "category": r.category,
                 "summary": r.summary, "applies_to": list(r.applies_to)} for r in registry]  # fmt: skip
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in registry:
        click.echo(f"{r.id}  {r.name:<30} {r.severity:<8} {r.summary}")


@main.command()
@click.argument("rule", required=False)
@click.option("--all", "everything", is_flag=True, help="Print the whole rules reference (docs/rules.md).")
def explain(rule: str | None, everything: bool) -> None:
    """Explain a rule (by id or name): what, why, examples, fix and sources."""
    from jdlint.registry import default_registry
    from jdlint.ruledocs import explain as explain_rule
    from jdlint.ruledocs import reference

    registry = default_registry()
    if everything:
        click.echo(reference(registry), nl=False)
        return
    if not rule:
        raise click.UsageError("name a rule (e.g. jdlint explain CS001) or use --all")
    found = registry.get(rule)
    if found is None:
        raise click.UsageError(f"unknown rule: {rule} (see jdlint rules)")
    click.echo(explain_rule(found), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
