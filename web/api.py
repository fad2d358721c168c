"""The JSON API: ``POST /api/check``, ``GET /api/rules``, ``GET /healthz`` (CSRF exempt)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from jdlint.registry import default_registry
from jdlint.reports.json import document

from . import service

bp = Blueprint("api", __name__)


@bp.post("/api/check")
def check() -> ResponseReturnValue:
    """Check one advert. Send a multipart ``file``, a JSON body ``{"text": ..., "role": ...}``
    or a form field ``text``. The answer is the JSON report (``jdlint check --format json``);
    on a 4xx it is the same shape with the file's ``error`` set."""
    name = "<upload>"
    try:
        if request.is_json:
            sub = service.from_json(_json_body())
        else:
            upload = request.files.get("file")
            if upload is not None and upload.filename:
                name = service.safe_name(upload.filename)
            sub = service.from_form(request.form, request.files)
        name = sub.filename
        checked = service.check(sub)
    except service.InputError as exc:
        return jsonify(document([service.error_report(name, exc.report_error)])), exc.status
    return jsonify(document([checked.report]))


def _json_body() -> object:
    """The request's JSON (None when it is not JSON). Deep nesting ([[[[...) makes the JSON
    decoder recurse past Python's limit: a 400, not a 500."""
    try:
        return request.get_json(silent=True)
    except RecursionError:
        raise service.InputError(400, "the JSON is nested too deeply") from None


@bp.get("/api/rules")
def rules() -> ResponseReturnValue:
    rows = [
        {
            "id": r.id,
            "name": r.name,
            "severity": r.severity,
            "category": r.category,
            "summary": r.summary,
            "applies_to": list(r.applies_to),
        }
        for r in default_registry()
    ]
    return jsonify(rows)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    return jsonify({"status": "ok"})
