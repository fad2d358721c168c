"""The Flask app factory, the in-memory request class, security headers and error pages."""

from __future__ import annotations

import logging
import os
import secrets
import sys
import traceback
from io import BytesIO
from typing import Any

from flask import Flask, jsonify, render_template, request
from flask.wrappers import Request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from jdlint import __version__
from jdlint.errors import ConfigError

from .service import ROLE_CHOICES, ROLE_LABELS, UPLOAD_EXTENSIONS, human_size

log = logging.getLogger("jdlint.web")

DEFAULT_MAX_UPLOAD_MB = 10
# The pages re-post an upload as base64 (4 bytes for every 3) with the form around it.
RESEND_OVERHEAD = 64 * 1024

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class InMemoryRequest(Request):
    """A request whose uploaded files are parsed into memory, never into a temporary file.

    Werkzeug's default stream factory spools a file part over 500 KB into a
    ``SpooledTemporaryFile`` (on disk). The app's ``MAX_CONTENT_LENGTH`` bounds the body
    before parsing starts, so a ``BytesIO`` is safe.
    """

    def _get_file_stream(
        self,
        total_content_length: int | None,
        content_type: str | None,
        filename: str | None = None,
        content_length: int | None = None,
    ) -> BytesIO:
        return BytesIO()


class JdlintFlask(Flask):
    request_class = InMemoryRequest

    def log_exception(self, exc_info: Any) -> None:
        """Log an unexpected error's type and where it happened, never its message (which
        could quote the advert) nor the request's form."""
        exc_type, _exc, tb = exc_info
        frames = traceback.extract_tb(tb)[-6:] if tb is not None else []
        where = " <- ".join(
            f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames)
        )
        name = exc_type.__name__ if exc_type is not None else "error"
        self.logger.error("unexpected %s on %s %s at %s", name, request.method, request.path, where)


def _env_upload_mb() -> float | None:
    raw = os.environ.get("JDLINT_MAX_UPLOAD_MB")
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(
            f"JDLINT_MAX_UPLOAD_MB must be a number of megabytes, not {raw!r}"
        ) from None
    if not 0 < value < 10_000:
        raise ConfigError("JDLINT_MAX_UPLOAD_MB must be more than 0 (and under 10000)")
    return value


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the jdlint web app. ``config`` overrides the defaults; nothing is global.

    Keys: ``MAX_CONTENT_LENGTH`` (bytes; default 10 MB or ``JDLINT_MAX_UPLOAD_MB`` from the
    environment), ``SECRET_KEY`` (random per process unless given), ``JDLINT_ENGINE`` (an
    :class:`~jdlint.engine.Engine`; default the shipped rules), ``JDLINT_READ_TIMEOUT``
    (seconds per file), plus any Flask / Flask-WTF setting.
    """
    config = dict(config or {})
    app = JdlintFlask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the report's key order
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    env_mb = _env_upload_mb()
    max_bytes = int((env_mb if env_mb is not None else DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024)
    app.config.update(
        MAX_CONTENT_LENGTH=max_bytes,
        SECRET_KEY=secrets.token_hex(32),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=12 * 3600,  # a result page may stay open for a working day
        JDLINT_READ_TIMEOUT=10.0,
        JDLINT_ENGINE=None,
        TEMPLATES_AUTO_RELOAD=False,
    )
    app.config.update(config)
    max_bytes = int(app.config["MAX_CONTENT_LENGTH"])
    # Text fields (pasted text, a re-sent upload in base64) may be as big as the body.
    if "MAX_FORM_MEMORY_SIZE" not in config:
        app.config["MAX_FORM_MEMORY_SIZE"] = resend_limit(max_bytes)
    if "MAX_FORM_PARTS" not in config:
        app.config["MAX_FORM_PARTS"] = 50

    from .fix_pages import ENDPOINTS as FIX_ENDPOINTS

    @app.before_request
    def _limits() -> None:
        # The result page re-posts an upload as base64: allow for that on those routes only.
        if (
            request.endpoint in ("pages.download_docx", "pages.download_json", "pages.check", *FIX_ENDPOINTS)
            and (request.content_length or 0) > max_bytes
        ):
            request.max_content_length = resend_limit(max_bytes)

    csrf = CSRFProtect()
    csrf.init_app(app)

    from .api import bp as api_bp
    from .pages import bp as pages_bp

    app.register_blueprint(pages_bp)
    app.register_blueprint(api_bp)
    csrf.exempt(api_bp)
    from .fix_api import bp as fix_api_bp  # POST /api/fix (jdlint fix)
    from .fix_pages import bp as fix_pages_bp  # the result page's revised downloads

    app.register_blueprint(fix_api_bp)
    csrf.exempt(fix_api_bp)
    app.register_blueprint(fix_pages_bp)

    @app.context_processor
    def _globals() -> dict[str, Any]:
        return {
            "version": __version__,
            "role_choices": ROLE_CHOICES,
            "role_labels": ROLE_LABELS,
            "accept": ",".join(UPLOAD_EXTENSIONS),
            "max_upload": human_size(max_bytes),
            "max_bytes": max_bytes,
        }

    @app.after_request
    def _headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        return response

    _register_errors(app)
    return app


def resend_limit(max_bytes: int) -> int:
    """The most bytes a request may carry when it re-sends an upload of ``max_bytes`` as
    base64, with room for the other form fields (web/server.py sizes its body limit on it)."""
    return max_bytes * 4 // 3 + RESEND_OVERHEAD


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def _register_errors(app: Flask) -> None:
    from jdlint.reports.json import document

    from .service import error_report

    def api_error(status: int, message: str):
        if request.path == "/api/check":
            return jsonify(document([error_report("<upload>", message)])), status
        return jsonify({"error": message, "status": status}), status

    @app.errorhandler(CSRFError)
    def _csrf(exc: CSRFError):
        # The form again, with the pasted text kept: an expired page loses nothing typed.
        from .pages import submitted_name

        try:
            text, name = request.form.get("text", ""), submitted_name()
            role = request.form.get("role", "auto")
        except Exception:  # a body that cannot be parsed: the form, empty
            text, name, role = "", None, "auto"
        if name:
            message = (f"This page was open too long, so its form expired and nothing was checked. "
                       f"Choose “{name}” again and select “Check the advert”.")  # fmt: skip
        else:
            message = ("This page was open too long, so its form expired and nothing was checked. "
                       "Your text is kept below: select “Check the advert” to check it.")  # fmt: skip
        role = role if role in ROLE_CHOICES else "auto"
        return render_template("index.html", error=message, status=400, text=text, role=role), 400

    @app.errorhandler(413)
    def _too_large(exc: HTTPException):
        limit = human_size(app.config["MAX_CONTENT_LENGTH"])
        message = (
            f"What you sent is too large: the limit is {limit}. Save a smaller copy of the file "
            "(without pictures), or paste just the advert's text."
        )
        if wants_json():
            return api_error(413, message)
        return render_template("index.html", error=message, status=413, text="", role="auto"), 413

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        status = exc.code or 500
        message = exc.description or exc.name
        if status == 404:
            message = "There is no page here."
        elif status == 405:
            message = "This address does not take that kind of request."
        if wants_json():
            return api_error(status, message)
        return render_template("error.html", status=status, title=exc.name, message=message), status

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        if isinstance(exc, HTTPException):  # pragma: no cover - handled above
            return _http(exc)
        app.log_exception(sys.exc_info())
        message = "Something went wrong on our side while checking the advert. Nothing was stored. Please try again."
        if wants_json():
            return api_error(500, message)
        return render_template(
            "error.html", status=500, title="Something went wrong", message=message
        ), 500
