"""errctl: command-line error triage over a local DuckDB store."""

__version__ = "0.1.0"
