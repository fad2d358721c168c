"""Rule data shipped with jdlint: one TOML file per rule (importable as ``jdlint.rules``)."""
