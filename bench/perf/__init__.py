"""jdlint benchmark suite (bench/run_all.py is the entry point)."""
