"""``POST /api/fix``: the revised advert and its new report (CSRF exempt, nothing stored).

Send what ``POST /api/check`` takes (a multipart ``file``, a JSON body ``{"text": ...,
"role": ...}`` or a form field ``text``), plus ``"unsafe_fixes": true`` (JSON) or
``unsafe_fixes=1`` (form) to apply unsafe fixes too, and ``"change_notes": false`` (JSON) or
``change_notes=0`` (form) to leave out of a revised Markdown or HTML file the HTML comment
beside each change that says why (``jdlint fix --no-notes``). The answer:

* ``format`` and ``filename`` of the revised file, and either ``text`` (Markdown, text,
  HTML) or ``docx_base64`` (Word, and PDF input: a new Word document with the changes
  tracked);
* ``applied`` (rule, what was done, safety, the words), ``left`` (fixes for a person and
  why), ``moved`` (verdicts before → after), ``unresolved`` and ``new_findings`` (both
  empty unless a fix failed), ``notes``;
* ``before``: the score and verdicts before; ``report``: the JSON report of the revised
  advert (the shape of ``POST /api/check``'s answer).
"""

from __future__ import annotations

import base64
import logging
from typing import Any

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from jdlint.errors import EmptyDocument, JdlintError, Timeout, TooLarge, UnsupportedFormat
from jdlint.reports.json import document as json_document

from . import service

log = logging.getLogger("jdlint.web")
bp = Blueprint("fix_api", __name__)

_STATUS = ((TooLarge, 413), (UnsupportedFormat, 415), (EmptyDocument, 400), (Timeout, 422))


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


@bp.post("/api/fix")
def fix() -> ResponseReturnValue:
    from jdlint.fixing import fix_bytes

    name = "<upload>"
    try:
        if request.is_json:
            payload = request.get_json(silent=True)
            sub = service.from_json(payload)
            unsafe = _flag(payload.get("unsafe_fixes")) if isinstance(payload, dict) else False
            notes = _flag(payload.get("change_notes", True)) if isinstance(payload, dict) else True
        else:
            sub = service.from_form(request.form, request.files)
            unsafe = _flag(request.form.get("unsafe_fixes"))
            notes = _flag(request.form.get("change_notes", "1"))
        name = sub.filename
        data, fname = _bytes_of(sub)
        try:
            result = fix_bytes(data, fname, unsafe=unsafe, role=sub.role, engine=service.engine(),
                               limits=service.limits(), notes=notes)  # fmt: skip
        except JdlintError as exc:
            status = next((code for cls, code in _STATUS if isinstance(exc, cls)), 422)
            log.info("fix refused: %s %s (%d bytes)", status, type(exc).__name__, len(data))
            raise service.InputError(status, str(exc) or "the file could not be fixed") from None
        except RecursionError:
            raise service.InputError(422, "The document is too complex to read.") from None
    except service.InputError as exc:
        return jsonify({"error": exc.message, "report": json_document([service.error_report(name, exc.message)])}), exc.status
    return jsonify(answer(result, name))


def _bytes_of(sub: service.Submission) -> tuple[bytes, str]:
    if sub.data is not None:
        return sub.data, sub.filename
    from jdlint.readers.markdown import looks_like_markdown

    text = sub.text or ""
    return text.encode("utf-8"), "advert.md" if looks_like_markdown(text) else "advert.txt"


def answer(result, name: str) -> dict[str, Any]:
    """The JSON answer for one :class:`~jdlint.fixing.FixResult`."""
    from pathlib import PurePosixPath

    from jdlint.fixing import OUT_EXTENSION

    stem = PurePosixPath(name if not name.startswith("<") else "advert").stem
    out: dict[str, Any] = {
        "format": result.format,
        "filename": f"{stem}.fixed{OUT_EXTENSION.get(result.format, '.txt')}",
    }
    if result.format == "docx":
        out["docx_base64"] = base64.b64encode(result.data).decode("ascii")
    else:
        out["text"] = result.text  # decoded as the advert was (UTF-16, Windows-1252 ...)
    out["applied"] = [
        {"rule": e.rule, "op": e.op, "safety": e.safety, "text": e.text, "replaced": e.target if e.op in ("replace", "move") else "",
         "where": e.where}
        for e in result.applied
    ]
    out["left"] = [{"rule": x.rule, "safety": x.safety, "why": x.why, "advice": x.advice, "where": x.where} for x in result.left]
    out["moved"] = [{"criterion": m.criterion, "before": m.before, "after": m.after} for m in result.moved]
    out["unresolved"] = [e.rule for e in result.unresolved]
    out["new_findings"] = list(result.new_findings)
    out["notes"] = list(result.notes)
    out["before"] = {"score": result.before.score, "criteria": {v.criterion: v.verdict for v in result.before.criteria}}
    out["report"] = json_document([result.after])
    return out
