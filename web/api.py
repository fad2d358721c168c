"""The JSON API: ``POST /api/check``, ``GET /api/rules``, ``GET /healthz`` (CSRF exempt)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from jdlint.registry import default_registry
from jdlint.reports.json import document

from . import service

bp = Blueprint("api", __name__)


@bp.post("/api/check")
def check() -> ResponseReturnValue:
    """Check one advert. Send a JSON body ``{"text": ..., "role": ...}`` (with
    ``Content-Type: application/json``) or a multipart ``file`` (or field ``text``). The
    answer is the JSON report (``jdlint check --format json``); on a 4xx it is the same
    shape with the file's ``error`` set.

    Another site's page can make a browser post a form here (urlencoded, multipart or
    ``text/plain``, with no preflight), but not JSON: so other bodies are refused (415), and
    a multipart post a browser says comes from another site is refused (403)."""
    name = "<upload>"
    try:
        _same_site()
        if request.is_json:
            sub = service.from_json(_json_body())
        else:
            upload = request.files.get("file")
            if upload is not None and upload.filename:
                name = service.safe_name(upload.filename)
            if request.mimetype != "multipart/form-data":
                raise service.InputError(
                    415,
                    "send JSON (Content-Type: application/json) or a multipart/form-data upload",
                    "UnsupportedMediaType",
                )
            sub = service.from_form(request.form, request.files)
        name = sub.filename
        checked = service.check(sub)
    except service.InputError as exc:
        return jsonify(document([service.error_report(name, exc.report_error)])), exc.status, exc.headers
    return jsonify(document([checked.report]))


def _same_site() -> None:
    """Refuse (403) a request a browser marks as sent from another site: ``Sec-Fetch-Site``
    other than ``same-origin`` or ``none``, or an ``Origin`` whose host is not this one.
    Without either header it comes from a script or a tool, not a page: allowed."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    cross = fetch_site is not None and fetch_site not in ("same-origin", "none")
    if origin is not None and not cross:
        cross = urlsplit(origin).netloc.lower() != (request.host or "").lower()
    if cross:
        raise service.InputError(
            403, "requests from other sites are refused: use the form on this site", "CrossSite"
        )


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
