"""The result page's fix buttons: the revised Word document (tracked changes) and the revised
text with the scores before and after. Both re-post the advert like the other downloads, so
nothing is stored."""

from __future__ import annotations

import io
from pathlib import PurePosixPath

from flask import Blueprint, Response, render_template, request, send_file

from jdlint.errors import JdlintError

from . import service
from .pages import DOCX_MIME, form_error

bp = Blueprint("fix_pages", __name__)
ENDPOINTS = ("fix_pages.download_revised_docx", "fix_pages.revised_text", "fix_pages.apply_one")  # re-posted uploads
APPLY_SEPARATOR = "\u241f"  # between a fix's words and the words it replaces, in an Apply button's value


def _fixed(sub: service.Submission, *, to_docx: bool, keep=None):
    from jdlint.fixing import fix_bytes
    from jdlint.readers.markdown import looks_like_markdown

    if sub.data is not None:
        data, name = sub.data, sub.filename
    else:
        text = sub.text or ""
        data, name = text.encode("utf-8"), "advert.md" if looks_like_markdown(text) else "advert.txt"
    unsafe = request.form.get("unsafe_fixes") in ("1", "on", "true")
    try:
        # no notes (HTML comments saying why): the page shows the text to copy, and an
        # "Apply" puts it back in the form; the page lists each fix and its reason itself
        return fix_bytes(data, name, unsafe=unsafe, role=sub.role, engine=service.engine(),
                         limits=service.limits(), to_docx=to_docx, keep=keep, notes=False)  # fmt: skip
    except (JdlintError, RecursionError) as exc:
        # as the result page refuses it: the status and the message that names the file and
        # the next step ("jdlint cannot read “a.docx”: it is an image ..."), not the reader's words
        raise service.refusal(sub, exc) from None


@bp.post("/download/revised-docx")
def download_revised_docx() -> Response | tuple[str, int]:
    try:
        sub = service.from_form(request.form, request.files)
        result = _fixed(sub, to_docx=True)
    except service.InputError as exc:
        return form_error(exc)
    stem = PurePosixPath(sub.filename).stem if sub.is_upload else "advert"
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem)[:80] or "advert"
    return send_file(io.BytesIO(result.data), mimetype=DOCX_MIME, as_attachment=True,
                     download_name=f"{stem}-revised.docx", max_age=0)  # fmt: skip


@bp.post("/revised")
def revised_text() -> tuple[str, int] | str:
    try:
        sub = service.from_form(request.form, request.files)
        result = _fixed(sub, to_docx=False)
    except service.InputError as exc:
        return form_error(exc)
    if result.format in ("markdown", "text"):
        text = result.text  # decoded as the advert was (UTF-16, Windows-1252 ...)
    else:  # Word, PDF and HTML: the revised document's text, as read with the changes accepted
        from jdlint.readers import read_bytes

        document = read_bytes(result.data, f"revised.{'docx' if result.format == 'docx' else 'html'}", service.limits())
        text = "\n\n".join(b.text for b in document.blocks if b.kind not in ("header", "footer"))
    return render_template("revised.html", sub=sub, result=result, text=text)


@bp.post("/apply")
def apply_one() -> tuple[str, int] | str:
    """One fix card's "Apply": that fix made in the advert (a tracked change in a Word file),
    and the result page of the revised advert, with the score before. Later Applies build on
    it: the page re-posts the revised advert."""
    from jdlint.registry import default_registry

    from .view import build

    text, _, original = (request.form.get("apply") or "").partition(APPLY_SEPARATOR)
    try:
        sub = service.from_form(request.form, request.files)
        result = _fixed(sub, to_docx=False, keep=lambda f: f.fix is not None and f.fix.text == text and f.fix.original == original)
        if result.applied:
            revised = _revised_submission(sub, result)
            notice = "Fix applied" + (" as a tracked change." if result.format == "docx" else ".")
        else:
            revised = sub
            left = next((x for x in result.left if x.advice == text), None)
            why = left.why.replace(" (apply with --unsafe-fixes)", ": make it by hand") if left else "its words were not found"
            notice = f"This fix was not applied: {why}."
        checked = service.check(revised)
    except service.InputError as exc:
        return form_error(exc)
    view = build(checked.document, checked.report, default_registry(), revised.filename if revised.is_upload else None)
    return render_template("result.html", sub=revised, view=view, report=checked.report,
                           fix_notice=notice, score_before=result.before.score)  # fmt: skip


def _revised_submission(sub: service.Submission, result) -> service.Submission:
    if not sub.is_upload:
        return service.Submission(text=result.text, role=sub.role)
    name = sub.filename
    if result.format == "docx" and not name.lower().endswith(".docx"):
        name = f"{PurePosixPath(name).stem}.docx"  # a PDF becomes a Word document
    return service.Submission(data=result.data, filename=name, role=sub.role)
