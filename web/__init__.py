"""jdlint's web front end (shipped as ``jdlint.web``).

``create_app(config)`` builds the Flask app (``flask --app jdlint.web run`` for
development); ``jdlint serve`` runs it on waitress (:func:`jdlint.web.server.serve`).
See docs/web.md.
"""

from .app import create_app

__all__ = ["create_app"]
