"""The HTML pages: the form, the result, and the two downloads (all server-rendered)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from importlib import resources
from pathlib import PurePosixPath

from flask import Blueprint, Response, render_template, request, send_file

from jdlint.registry import default_registry

from . import service
from .view import build, friendly_error

bp = Blueprint("pages", __name__)

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def example_advert() -> str:
    return (
        resources.files("jdlint.web")
        .joinpath("static/example-advert.txt")
        .read_text(encoding="utf-8")
    )


@bp.get("/")
def index() -> tuple[str, int] | str:
    text = example_advert() if request.args.get("example") else ""
    return render_template("index.html", text=text, role="auto", error=None, status=200)


def submitted_name() -> str | None:
    """The name of the file this request sent (a new upload or a re-sent one), if any."""
    storage = request.files.get("file")
    if storage is not None and storage.filename:
        return service.safe_name(storage.filename)
    if request.form.get("upload"):
        return service.safe_name(request.form.get("upload_name")) or "the file"
    return None


def form_error(exc: service.InputError) -> tuple[str, int, dict[str, str]]:
    """The form again, with a message naming the file and the next step; pasted text is
    always kept (also when it was too long)."""
    text = request.form.get("text", "")
    role = request.form.get("role", "auto")
    name = submitted_name()
    message = exc.message if exc.kind in ("input", "empty") else friendly_error(exc.kind, exc.message, name)
    return (
        render_template(
            "index.html",
            text=text,
            role=role if role in service.ROLE_CHOICES else "auto",
            error=message,
            status=exc.status,
        ),
        exc.status,
        exc.headers,
    )


@bp.post("/check")
def check() -> tuple[str, int, dict[str, str]] | str:
    try:
        sub = service.from_form(request.form, request.files)
        checked = service.check(sub)
    except service.InputError as exc:
        return form_error(exc)
    view = build(
        checked.document,
        checked.report,
        default_registry(),
        sub.filename if sub.is_upload else None,
    )
    return render_template("result.html", sub=sub, view=view, report=checked.report)


def _stem(sub: service.Submission) -> str:
    if not sub.is_upload:
        return "advert"
    stem = PurePosixPath(sub.filename).stem
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem)[:80] or "advert"


def _download(
    make: Callable[[service.Submission, service.Checked], bytes], mimetype: str, suffix: str
) -> Response | tuple[str, int, dict[str, str]]:
    """Check the submitted advert and send ``make(sub, checked)`` as the file
    ``<stem>-jdlint<suffix>``; the form page with the error for bad input."""
    try:
        sub = service.from_form(request.form, request.files)
        checked = service.check(sub)
    except service.InputError as exc:
        return form_error(exc)
    return send_file(
        io.BytesIO(make(sub, checked)),
        mimetype=mimetype,
        as_attachment=True,
        download_name=f"{_stem(sub)}-jdlint{suffix}",
        max_age=0,
    )


@bp.post("/download/docx")
def download_docx() -> Response | tuple[str, int, dict[str, str]]:
    from jdlint.annotate import annotate_docx

    def annotated(sub: service.Submission, checked: service.Checked) -> bytes:
        return annotate_docx(sub.data, checked.document, checked.report)

    return _download(annotated, DOCX_MIME, ".docx")


@bp.post("/download/json")
def download_json() -> Response | tuple[str, int, dict[str, str]]:
    from jdlint.reports.json import document

    def report(_sub: service.Submission, checked: service.Checked) -> bytes:
        body = json.dumps(document([checked.report]), indent=2, ensure_ascii=False) + "\n"
        return body.encode("utf-8")

    return _download(report, "application/json", ".json")
