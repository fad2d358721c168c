"""The command line: a thin layer over :mod:`jdlint.api` and the reports.

Exit codes: 0 nothing at or above the ``--fail-on`` threshold; 1 findings at or above it,
or a file that could not be checked; 2 a usage error, or no file could be checked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from jdlint import __version__
from jdlint.model import SEVERITIES, Report
from jdlint.supported import REPORT_FORMATS, REPORT_SUFFIXES, ROLE_KINDS, WORD_SUFFIXES
from jdlint.visible import visible

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _colour(stream) -> bool:
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def _require_output_folder(output: str | None) -> None:
    """A usage error when ``-o`` names a place whose folder does not exist: ``check``,
    ``annotate`` and ``fix`` write only into folders that are there (never make them)."""
    if output and not Path(os.path.abspath(output)).parent.is_dir():
        raise click.UsageError(f"cannot write {visible(output)}: no folder {visible(Path(os.path.abspath(output)).parent)}")


def _err(message: str) -> None:
    """``jdlint: message`` on standard error, control and bidi characters shown as escapes
    (a file name or an advert cannot drive the terminal or start a line of its own)."""
    click.echo(f"jdlint: {visible(message)}", err=True)


def _warn(message: str) -> None:
    """``jdlint: warning: message`` on standard error (as the Dask executor's warnings): a
    note that does not fail the run."""
    _err(f"warning: {message}")


def _visible_lines(text: str) -> str:
    """``text`` (a diff of an advert) with its controls shown as escapes, as :func:`_err`
    does, but its line ends and tabs kept: an escape sequence in an advert cannot drive the
    terminal, nor a lone carriage return overwrite a line of the diff."""
    out = []
    for line in text.split("\n"):
        crlf = line.endswith("\r")  # a Windows line end stays one; any other \r is escaped
        out.append(visible(line[:-1] if crlf else line, keep="\t") + "\r" * crlf)
    return "\n".join(out)


def _redirected_to() -> str | None:
    """The file standard output is redirected into (``jdlint check . > report.txt``: the
    shell made it, empty, before jdlint started), or None."""
    import stat

    try:
        fd = sys.stdout.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.readlink(f"/proc/self/fd/{fd}")  # Linux; elsewhere the file is checked
    except (AttributeError, OSError, ValueError):
        return None


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
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="Output format (default: the config's, else the -o file's suffix: .html .json .sarif .xml .csv, else text).")
@click.option("--role", type=click.Choice(ROLE_KINDS), help="Override role detection for every file.")
@click.option("--select", multiple=True, help="Only these rules (ids, id prefixes or names). Repeatable, or separated by commas.")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, id prefixes or names). Repeatable, or separated by commas.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--color/--no-color", "colour", default=None, help="Colour text output (default: on a TTY).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only check files in folders that match (gitignore-style). Repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders that match. Repeatable.")
@click.option("--force-exclude", is_flag=True, default=None,
              help="Files named are left out as a folder walk would leave them (include globs, README, venv/...): for pre-commit.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: every core; 1: no worker processes).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
              help="Time limit per file (default: 10).")
@click.option("--max-file-size-mb", type=click.FloatRange(min=0.001), default=None, metavar="MB",
              help="Skip larger files with an error (default: 25).")
@click.option("--max-memory-mb", type=click.IntRange(min=64), default=None, metavar="MB",
              help="Memory a file's reading and checking may use beyond the worker's own (default: 1536).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Read this config file instead of looking for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Fail only on findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Record the current findings in this baseline file.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on standard error (default: on a TTY).")
@click.option("--executor", "executor_name", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Check on local processes (--jobs) or on a Dask cluster (the dask extra; see docs/dask.md).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --executor dask: join this scheduler (tcp://HOST:PORT) instead of starting a local cluster.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --executor dask: files per Dask task (default: a few per worker, at most 64).")
@click.option("--ship-bytes", is_flag=True,
              help="With --executor dask: send each file's bytes to the workers (no shared filesystem needed).")
@click.option("--resume", "resume_file", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Record each finished file in FILE (JSON lines); a re-run skips the unchanged files recorded there.")
def check(paths: tuple[str, ...], fmt: str | None, role: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], fail_on: str | None, output: str | None, colour: bool | None,
          include: tuple[str, ...], exclude: tuple[str, ...], jobs: int | None, timeout: float | None,
          max_file_size_mb: float | None, max_memory_mb: int | None, config_file: str | None, isolated: bool,
          baseline: str | None, write_baseline: str | None, progress: bool | None, executor_name: str = "local",
          force_exclude: bool | None = None,
          scheduler: str | None = None, batch_size: int | None = None, ship_bytes: bool = False,
          resume_file: str | None = None) -> None:  # fmt: skip
    """Check adverts: files, folders (recursively) or - for standard input.

    Folders are walked in parallel (--jobs); hidden files, .jdlintignore'd files and
    --exclude globs are skipped. Settings come from [tool.jdlint] in pyproject.toml or a
    jdlint.toml (or .jdlint.toml) found upward from the first path; flags override them.
    """
    from jdlint import baseline as baselines
    from jdlint import batch
    from jdlint.errors import ConfigError, UsageError
    from jdlint.reports import render, render_pieces, summary_table

    if executor_name != "dask" and (scheduler or batch_size or ship_bytes):
        raise click.UsageError("--scheduler, --batch-size and --ship-bytes need --executor dask")
    if executor_name == "dask":
        from jdlint.dask_executor import DaskMissing, require

        try:
            require()
        except DaskMissing as exc:
            _err(str(exc))
            sys.exit(EXIT_USAGE)
    from jdlint.ownreport import overwrites_input

    if output and overwrites_input(output, paths):
        raise click.UsageError(f"refusing to overwrite {visible(output)}: it is an advert this run checks; choose another -o")
    _require_output_folder(output)  # said before the run, not after it
    try:
        config = batch.load_config_for(paths, config_file, isolated, warn=_warn)
        if force_exclude:
            from dataclasses import replace

            config = replace(config, force_exclude=True)
        if fmt is None and config.format is None and output:  # -o report.html: an HTML report
            fmt = REPORT_SUFFIXES.get(Path(output).suffix.lower())
        outputs = [p for p in (output, write_baseline, resume_file, _redirected_to()) if p]  # never checked as adverts
        collected = None if executor_name == "dask" else batch.collect_and_start(
            paths, config, jobs=jobs, include=include, exclude=exclude, role=role, outputs=outputs)  # fmt: skip
        run_plan = batch.plan(
            paths, config=config, select=select, ignore=ignore, fail_on=fail_on, include=include,
            exclude=exclude, jobs=jobs, timeout=timeout, max_file_size_mb=max_file_size_mb,
            max_memory_mb=max_memory_mb, role=role, fmt=fmt, collected=collected, outputs=outputs,
        )  # fmt: skip
        known = baselines.load(baseline) if baseline else None
    except ConfigError as exc:
        _err(f"config error: {exc}")
        sys.exit(EXIT_USAGE)
    except UsageError as exc:
        raise click.UsageError(visible(str(exc))) from None
    for note in run_plan.skipped:  # links out of the folder: named, never read, not a failure
        _err(note)
    if not run_plan.tasks:
        click.echo("jdlint: nothing to check (every file named is excluded or skipped)", err=True)
        sys.exit(EXIT_OK)
    checker = batch.Checker(run_plan.settings)
    import contextlib

    from jdlint.errors import JdlintError

    try:
        with contextlib.ExitStack() as stack:
            journal = None
            if resume_file:  # opened first: a bad journal fails before a cluster starts
                from jdlint.resume import Journal

                journal = stack.enter_context(Journal(resume_file, run_plan.settings, run_plan.registry))
            if executor_name == "dask":
                from jdlint.dask_executor import make_dask_executor

                executor = stack.enter_context(make_dask_executor(
                    checker, scheduler=scheduler, jobs=run_plan.jobs, batch_size=batch_size, ship_bytes=ship_bytes))  # fmt: skip
            else:
                executor = batch.make_executor(run_plan.jobs, checker, len(run_plan.tasks), batch.readers_for(run_plan.tasks))
            if journal is not None:
                executor = journal.wrap(executor)
            outcomes = batch.run(run_plan.tasks, checker, executor, progress=progress)
            if journal is not None and journal.skipped:
                _err(f"{journal.skipped} unchanged file{'s' * (journal.skipped != 1)} "
                     f"taken from {resume_file}")  # fmt: skip
    except JdlintError as exc:  # the dask extra missing, a cluster lost, an unusable journal: one line
        _err(str(exc))
        sys.exit(EXIT_USAGE)
    from dataclasses import replace

    from jdlint.ownreport import is_own_report
    from jdlint.visible import decodable

    kept = []  # a report jdlint wrote, found or named: a note, not an advert and not a failure
    for task, outcome in zip(run_plan.tasks, outcomes, strict=True):
        if task.data is None and is_own_report(outcome.report.error):
            _err(f"{outcome.report.path}: skipped: {outcome.report.error}")
        else:
            kept.append(outcome)
    if not kept:
        click.echo("jdlint: nothing to check (every file named is excluded or skipped)", err=True)
        sys.exit(EXIT_OK)
    outcomes = kept

    # a file name's undecodable bytes as escapes (caf\xe9.txt): every report writes UTF-8
    outcomes = [o if decodable(o.report.path) == o.report.path else
                replace(o, report=replace(o.report, path=decodable(o.report.path))) for o in outcomes]  # fmt: skip
    reports = [o.report for o in outcomes]
    if write_baseline:
        try:
            baselines.write(write_baseline, [(o.report, o.fingerprints) for o in outcomes])
        except UsageError as exc:
            raise click.UsageError(visible(str(exc))) from None
        known = baselines.load(write_baseline)
    if known is not None:
        reports = [known.apply(o.report, o.fingerprints) for o in outcomes]
    by_piece: Iterable[str] = ()  # the report written to standard output as it is made (see render_pieces)
    try:
        use_colour = colour if colour is not None else (output is None and _colour(sys.stdout))
        if output or run_plan.format == "text":
            rendered = render(run_plan.format, reports, colour=use_colour, fail_on=run_plan.fail_on,
                              registry=run_plan.registry)  # fmt: skip
        else:
            rendered = ""
            by_piece = render_pieces(run_plan.format, reports, colour=use_colour, fail_on=run_plan.fail_on,
                                     registry=run_plan.registry)  # fmt: skip
    except UsageError as exc:
        raise click.UsageError(visible(str(exc))) from None
    except Exception as exc:  # a bug in a report format: one line, not a traceback
        _err(f"internal error in the {run_plan.format} report ({type(exc).__name__}): "
             f"{' '.join(str(exc).split())[:300]}")  # fmt: skip
        sys.exit(EXIT_USAGE)
    if run_plan.format == "text":
        if len(reports) > 1:
            body, _, last = rendered.rstrip("\n").rpartition("\n")
            rendered = f"{body}\n{summary_table(reports)}\n{last}\n"
        for r in reports:
            if r.error:
                _err(f"{r.path}: {r.error}")
    if output:
        from jdlint.ownreport import write_whole

        try:
            write_whole(output, rendered.encode("utf-8"))
        except OSError as exc:
            raise click.UsageError(f"cannot write {visible(output)}: {exc.strerror or exc}") from None
    else:
        click.echo(rendered, nl=False)
        for piece in by_piece:
            click.echo(piece, nl=False)
    sys.exit(exit_code(reports, run_plan.fail_on))


@main.command()
@click.argument("source", type=click.Path(exists=False))
@click.option("-o", "--output", type=click.Path(), default=None,
              help="The annotated copy (a folder when SOURCE is a folder). Default: NAME.annotated.docx.")
@click.option("--role", type=click.Choice(ROLE_KINDS), help="Override role detection for every file.")
@click.option("--select", multiple=True, help="Only these rules (ids, id prefixes or names). Repeatable, or separated by commas.")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, id prefixes or names). Repeatable, or separated by commas.")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files in folders that match. Repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders that match. Repeatable.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None, help="Worker processes (default: every core).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
              help="Time limit per file (default: 10).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Read this config file instead of looking for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on standard error (default: on a TTY).")
def annotate(source: str, output: str | None, role: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
             include: tuple[str, ...], exclude: tuple[str, ...], jobs: int | None, timeout: float | None,
             config_file: str | None, isolated: bool, progress: bool | None) -> None:  # fmt: skip
    """Write Word copies of adverts with the findings as comments at the evidence.

    SOURCE is a file (.docx, .pdf, .md, .txt, .html) or a folder of them; .docx files keep
    their text and gain comments, the others become new .docx files. The input is never
    changed. Exit code 0 when every copy was written, 1 when a file could not be checked,
    2 on a usage error or when nothing could be annotated.
    """
    from jdlint import batch
    from jdlint.errors import ConfigError, UsageError
    from jdlint.ownreport import is_own_report, write_whole

    _require_output_folder(output)  # said before the run, not after it
    try:
        config = batch.load_config_for([source], config_file, isolated, warn=_warn)
        run_plan = batch.plan([source], config=config, select=select, ignore=ignore, include=include,
                              exclude=exclude, jobs=jobs, timeout=timeout, role=role, annotate=True)  # fmt: skip
        tasks = run_plan.tasks
        if output and Path(source).is_dir() and os.path.realpath(output) != os.path.realpath(source):
            # an output folder inside the input folder is not input
            out_dir = os.path.realpath(output) + os.sep
            tasks = [t for t in tasks if t.error or not os.path.realpath(t.path).startswith(out_dir)]
        targets = batch.annotation_targets(source, tasks, output)
    except ConfigError as exc:
        _err(f"config error: {exc}")
        sys.exit(EXIT_USAGE)
    except UsageError as exc:
        raise click.UsageError(visible(str(exc))) from None
    for note in run_plan.skipped:
        _err(note)
    checker = batch.Checker(run_plan.settings)
    outcomes = batch.run(tasks, checker, batch.make_executor(run_plan.jobs, checker, len(tasks), batch.readers_for(tasks)), progress=progress)
    written = failed = 0
    for outcome, target in zip(outcomes, targets, strict=True):
        report = outcome.report
        if is_own_report(report.error):  # a report jdlint wrote: no advert, no failure
            _err(f"{report.path}: skipped: {report.error}")
            continue
        if report.error or outcome.annotated is None or target is None:
            failed += 1
            _err(f"{report.path}: {report.error or 'could not annotate'}")
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_whole(target, outcome.annotated)
        except OSError as exc:
            failed += 1
            _err(f"{target}: cannot write: {exc.strerror or exc}")
            continue
        written += 1
        comments = sum(1 for f in report.findings if not f.suppressed)
        click.echo(f"{visible(report.path)} -> {visible(target)} ({comments} finding{'s' * (comments != 1)})")
    sys.exit(EXIT_USAGE if not written else EXIT_FINDINGS if failed else EXIT_OK)


@main.command("fix")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Write the revised file here (a folder when several files are fixed). Default: NAME.fixed.EXT beside it.")
@click.option("--diff", is_flag=True, help="Print a unified diff (of the text, one paragraph a line, for Word and PDF), write nothing.")
@click.option("--in-place", is_flag=True, help="Overwrite the input (a PDF still gets NAME.fixed.docx).")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes (placeholders, rewritten duties or sentences).")
@click.option("--no-notes", is_flag=True,
              help="Markdown and HTML: leave out the HTML comment that says why each change was made.")
@click.option("--role", type=click.Choice(ROLE_KINDS), help="Override role detection for every file.")
@click.option("--select", multiple=True, help="Only these rules' fixes (ids, id prefixes or names). Repeatable, or separated by commas.")
@click.option("--ignore", multiple=True, help="Skip these rules' fixes (ids, id prefixes or names). Repeatable, or separated by commas.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders that match. Repeatable.")
@click.option("--force-exclude", is_flag=True, default=None,
              help="Files named are left out as a folder walk would leave them (include globs, README, venv/...): for pre-commit.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Read this config file instead of looking for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
def fix(paths: tuple[str, ...], output: str | None, diff: bool, in_place: bool, unsafe_fixes: bool, no_notes: bool,
        role: str | None, select: tuple[str, ...], ignore: tuple[str, ...], exclude: tuple[str, ...],
        config_file: str | None, isolated: bool, force_exclude: bool | None = None) -> None:  # fmt: skip
    """Write revised adverts with the fixes applied, then check them again.

    Word files get a copy with every fix as a tracked change with a comment; Markdown and
    HTML files a revised copy with an HTML comment (hidden when shown) beside each change
    saying why (--no-notes leaves them out; --diff shows the changes without them); text
    files a revised copy; PDFs a revised Word document (new layout). The input is
    never changed unless --in-place is given; - reads standard input and writes the revised
    text to standard output. Unsafe fixes (placeholders such as “£<amount>”, rewritten
    duties) need --unsafe-fixes; advice is listed for a person. Findings suppressed in the
    advert or by the config are not fixed. Exit code 0 when no finding (warning or worse)
    is left, 1 when some are or a file failed, 2 on a usage error; with --diff, 1 when
    there are changes to make.
    """
    from jdlint import batch
    from jdlint.errors import ConfigError, JdlintError, UsageError
    from jdlint.fixing import (
        copy_for_writing,
        copy_is_ours,
        fix_bytes,
        output_path,
        remember_copy,
        summary,
    )
    from jdlint.ownreport import is_own_report, mark_word_copy, write_whole

    if diff and (in_place or output):
        raise click.UsageError("--diff writes nothing: leave out -o and --in-place")
    if in_place and output:
        raise click.UsageError("use -o or --in-place, not both")
    _require_output_folder(output)  # said before the run, not after it
    try:
        config = batch.load_config_for(paths, config_file, isolated, warn=_warn)
        if force_exclude:
            from dataclasses import replace

            config = replace(config, force_exclude=True)
        run_plan = batch.plan(paths, config=config, select=select, ignore=ignore, exclude=exclude, role=role)
    except ConfigError as exc:
        _err(f"config error: {exc}")
        sys.exit(EXIT_USAGE)
    except UsageError as exc:
        raise click.UsageError(visible(str(exc))) from None
    for note in run_plan.skipped:  # links out of the folder, jdlint's own reports: named, never read
        _err(note)
    tasks = [t for t in run_plan.tasks if t.error or not Path(t.path).stem.endswith(".fixed") or t.path in paths]
    if not tasks:
        click.echo("jdlint: nothing to fix (every file named is excluded or skipped)", err=True)
        sys.exit(EXIT_OK)
    # -o is a folder for several adverts, a folder walked (even of one advert), a folder that
    # is there, or a name ending in "/" ("-o revised/"): never one file named "revised"
    to_folder = bool(output) and (len(tasks) > 1 or Path(output).is_dir() or output.endswith(("/", os.sep))
                                  or any(p != "-" and Path(p).is_dir() for p in paths))  # fmt: skip
    if to_folder and Path(output).exists() and not Path(output).is_dir():
        raise click.UsageError(f"{visible(output)} is a file: give a folder for several adverts or a folder of them")
    engine = batch.engine_for(run_plan.settings)
    failed = changed = remaining = 0
    written: dict[Path, str] = {}  # each revised copy written by this run, and its advert
    for task in tasks:
        path = Path(task.path)
        try:
            if task.error:
                raise UsageError(task.error)
            data = task.data if task.data is not None else path.read_bytes()
            result = fix_bytes(data, task.path, unsafe=unsafe_fixes, role=role or task.role, engine=engine,
                               limits=run_plan.settings.limits, ignores=task.ignores,
                               notes=not (no_notes or diff), walked=task.walked)  # fmt: skip
        except (OSError, JdlintError) as exc:
            # a report jdlint wrote, or (found in a folder) a Word copy it wrote: no advert
            if task.data is None and is_own_report(str(exc)):
                _err(f"{task.path}: skipped: {exc}")
                continue
            failed += 1
            _err(f"{task.path}: {getattr(exc, 'strerror', None) or exc}")
            continue
        changed += bool(result.applied)
        remaining += sum(1 for f in result.after.findings if not f.suppressed and f.severity != "info")
        if diff:
            text = result.diff(task.path)
            if text:
                click.echo(_visible_lines(text), nl=False)
            click.echo(visible(summary(result), keep="\n"), err=True)
            continue
        if task.data is not None and not output:  # standard input: the revised text to standard output
            if result.format == "docx":
                failed += 1
                click.echo("jdlint: <stdin>: a Word document: give -o FILE", err=True)
                continue
            click.echo(visible(summary(result), keep="\n"), err=True)
            sys.stdout.buffer.write(result.data)
            sys.stdout.flush()
            continue
        chosen = True  # a name jdlint chose, not one the user gave
        if in_place and result.format == "docx" and path.suffix.lower() != ".docx":
            target = output_path(path, result.format)  # a PDF cannot be written back as a PDF
        elif in_place:
            target, chosen = path, False
        elif to_folder:
            target = Path(output) / output_path(path, result.format).name
        elif output:
            target, chosen = Path(output), False
            if (result.format == "docx") != (target.suffix.lower() in WORD_SUFFIXES):
                failed += 1  # a Word package named .txt (or text named .docx): nothing opens it
                what = "a Word document: name it .docx" if result.format == "docx" else \
                    f"{result.format}, not a Word document: name it {output_path(path, result.format).suffix}"  # fmt: skip
                _err(f"{task.path}: not written: the revised copy is {what} (-o {output})")
                continue
        else:
            target = output_path(path, result.format)
        if not in_place and task.data is None and os.path.realpath(target) == os.path.realpath(path):
            failed += 1  # -o naming the input: the input is never changed unless asked
            _err(f"{task.path}: refusing to overwrite the input with -o: use --in-place")
            continue
        earlier = written.get(target.resolve())
        if earlier is not None:  # two adverts, one output name: never overwrite the first
            failed += 1
            _err(f"{task.path}: not written: {target} already written for {earlier} (fix them one at a time with -o)")
            continue
        if chosen and result.format == "docx":
            try:  # a Word copy someone saved since (their edits), or their own file: kept, as annotate keeps it
                batch.untaken(target)
            except UsageError as exc:
                failed += 1
                _err(f"{task.path}: {exc}")
                continue
        data = result.data
        if chosen and result.format != "docx":
            data = copy_for_writing(data, result.format, notes=not no_notes)  # Markdown, HTML: its fingerprint last
            if not copy_is_ours(target, result.format, data):  # someone's edits, or their file: kept
                failed += 1
                _err(f"{task.path}: refusing to overwrite {target}: jdlint did not write it (or someone saved it "
                     "since): move it or name another output with -o")  # fmt: skip
                continue
        if result.format == "docx" and os.path.realpath(target) != os.path.realpath(path):
            data = mark_word_copy(data, "fix")  # a copy: skipped by the next folder walk
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_whole(target, data)
            written[target.resolve()] = task.path
            if chosen and result.format != "docx" and (result.format == "text" or no_notes):
                remember_copy(target, data)  # no place for a fingerprint in the copy: kept outside it
        except OSError as exc:
            failed += 1
            _err(f"{target}: cannot write: {exc.strerror or exc}")
            continue
        click.echo(visible(f"{summary(result)}\n  written to {target}", keep="\n"))
    if diff:
        sys.exit(EXIT_FINDINGS if changed or failed else EXIT_OK)
    if failed == len(tasks):
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if failed or remaining else EXIT_OK)


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
        raise click.UsageError(f"unknown rule: {visible(rule)} (see jdlint rules)")
    click.echo(explain_rule(found), nl=False)


# -- jdlint serve (the web front end, jdlint.web) -------------------------------------------


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="Worker threads.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="Time limit for reading and checking one advert.")
@click.option("--max-memory-mb", default=1536, show_default=True, type=click.IntRange(min=64), metavar="MB",
              help="Memory the PDF parser may use beyond the server's own.")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes sharing the port (one per core uses every core).")
@click.option("--body-budget-mb", default=256, show_default=True, type=click.IntRange(min=16), metavar="MB",
              help="Request bodies being received at once, all connections of a process together; "
                   "a request that would go over gets 503 before its body is read.")  # fmt: skip
def serve(host: str, port: int, threads: int, timeout: float, max_memory_mb: int, processes: int,
          body_budget_mb: int) -> None:  # fmt: skip
    """Run the web front end on waitress (see docs/web.md). Upload limit: JDLINT_MAX_UPLOAD_MB."""
    from jdlint.errors import JdlintError
    from jdlint.web.server import serve as run

    config = {"JDLINT_READ_TIMEOUT": timeout, "JDLINT_READ_MEMORY_MB": max_memory_mb}
    try:
        run(host=host, port=port, threads=threads, config=config, processes=processes, body_budget_mb=body_budget_mb)
    except JdlintError as exc:  # a bad JDLINT_MAX_UPLOAD_MB, or a body budget under it
        raise click.UsageError(visible(str(exc))) from None
    except OSError as exc:  # the port is taken, or the address is not ours
        raise click.ClickException(f"cannot listen on {visible(host)}:{port}: {exc.strerror or exc}") from None


if __name__ == "__main__":  # pragma: no cover
    main()
