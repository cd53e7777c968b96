import pytest

from errctl.formats.levels import normalize_level, syslog_severity_level
from errctl.models import LEVELS


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("WARN", "warning"),
        ("warn", "warning"),
        ("Warning", "warning"),
        ("W", "warning"),
        ("ERR", "error"),
        ("E", "error"),
        ("error", "error"),
        ("SEVERE", "error"),
        ("Unexpected", "error"),  # SharePoint's ULS
        ("Monitorable", "warning"),  # SharePoint's ULS
        ("FATAL", "critical"),
        ("fatal", "critical"),
        ("crit", "critical"),
        ("emerg", "critical"),
        ("alert", "critical"),
        ("panic", "critical"),
        ("CRITICAL", "critical"),
        ("FINE", "debug"),
        ("FINER", "debug"),
        ("FINEST", "trace"),
        ("notice", "info"),
        ("INFO", "info"),
        ("I", "info"),
        ("debug", "debug"),
        ("D", "debug"),
        ("TRACE", "trace"),
        ("verbose", "trace"),
        (" [ERROR] ", "error"),
        ("eRrOr", "error"),
        ("LOG", "info"),  # PostgreSQL
        ("DEBUG3", "debug"),
        ("eror", "error"),  # log15 (Grafana <= 8, go-ethereum)
        ("EROR", "error"),
        ("dbug", "debug"),
        ("DBUG", "debug"),
        ("DEBG", "debug"),  # Rust's slog
        ("TRCE", "trace"),
        # Go's slog between its named levels: the one below, above ERROR critical, below
        # DEBUG trace.
        ("DEBUG+2", "debug"),
        ("INFO+1", "info"),
        ("WARN+2", "warning"),
        ("ERROR+4", "critical"),
        ("ERROR+0", "error"),
        ("DEBUG-4", "trace"),
    ],
)
def test_names(raw, expected):
    assert normalize_level(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(10, "trace"), (20, "debug"), (30, "info"), (40, "warning"), (50, "error"), (60, "critical")],
)
def test_pino_numbers_are_the_default(raw, expected):
    assert normalize_level(raw) == expected
    assert normalize_level(str(raw)) == expected
    assert normalize_level(float(raw)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (5, "trace"),
        (10, "debug"),
        (20, "info"),
        (25, "info"),
        (30, "warning"),
        (40, "error"),
        (50, "critical"),
    ],
)
def test_python_numbers(raw, expected):
    assert normalize_level(raw, numeric="python") == expected


@pytest.mark.parametrize(
    "raw", [None, "", "banana", True, 0, 1000, -5, [], {}, float("nan"), "4x", "FOO+1", "INFO+x"]
)
def test_unknown_is_none(raw):
    assert normalize_level(raw) is None


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "critical"),
        (1, "critical"),
        (2, "critical"),
        (3, "error"),
        (4, "warning"),
        (5, "info"),
        (6, "info"),
        (7, "debug"),
        ("3", "error"),
    ],
)
def test_syslog_severity(n, expected):
    assert syslog_severity_level(n) == expected


@pytest.mark.parametrize("n", [-1, 8, None, "x", 3.5j])
def test_syslog_severity_out_of_range(n):
    assert syslog_severity_level(n) is None


def test_every_result_is_canonical():
    for raw in ("w", "err", "fatal", "fine", 35, "notice", "dpanic"):
        assert normalize_level(raw) in LEVELS
