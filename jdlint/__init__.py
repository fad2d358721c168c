"""jdlint: a linter for job descriptions and adverts for peer support roles."""

__version__ = "0.1.0"
