"""jdlint's web front end (shipped as ``jdlint.web``)."""
