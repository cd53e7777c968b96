"""Level normalisation: every spelling of a log level a format can hand us, mapped to one of
`errctl.models.LEVELS` (trace, debug, info, warning, error, critical).

Owns the alias table (names, abbreviations, single letters, Java/JUL names, syslog keywords) and
the two numeric schemes: pino/bunyan (10 trace .. 60 fatal, the default, because a numeric
`level` field in JSON lines almost always comes from them) and Python's logging (10 debug ..
50 critical, via `numeric="python"`). The schemes disagree on every value, so a caller that
knows it holds a Python `levelno` must say so. Syslog severities (0 emerg .. 7 debug) have their
own function because a bare 3 is a syslog error but nobody's numeric level otherwise.

Pure and fast: a dict lookup on the common path, never raises.
"""

from __future__ import annotations

import re
from typing import Any

_ALIASES: dict[str, tuple[str, ...]] = {
    # ddebug and subdebug: dnf's levels below DEBUG (8 and 6), in /var/log/dnf*.log.
    # verb: .NET's Verbose trace events in four letters (the GitHub Actions runner's logs).
    "trace": (
        *("trace", "trc", "trce", "verbose", "verb", "vrb", "v", "finest", "all"),
        *("ddebug", "subdebug"),
    ),
    # d1 to d5: MongoDB's debug verbosities; debug1 to debug5: PostgreSQL's. `dbug` and
    # `eror`: log15's four-letter names (Grafana <= 8's `lvl=`, go-ethereum's console); `debg`
    # (and `trce`, `erro`): Rust's slog's.
    "debug": (
        *("debug", "dbg", "debu", "dbug", "debg", "d", "fine", "finer", "config", "deb"),
        *("d1", "d2", "d3", "d4", "d5", "debug1", "debug2", "debug3", "debug4", "debug5"),
    ),
    "info": (
        "info",
        "inf",
        "i",
        "information",
        "informational",
        "notice",
        "noti",  # go-logging's `%{level:.4s}`
        "note",
        "success",
        "system",  # MySQL 8: server start-up and shutdown
        "log",  # PostgreSQL's routine messages (checkpoints, connections), console.log's
    ),
    # monitorable and unexpected: SharePoint's ULS levels (its Medium and High are info, but
    # `high` is a security tool's severity elsewhere: `formats.csvfile` reads them in ULS files).
    # `warni` and `criti`: Python's `%(levelname)-5.5s`, Pyramid's default format, cuts them.
    # (`war` and `deb`: MediaMTX's three-letter levels, `WAR` and `DEB`.)
    "warning": ("warning", "warn", "wrn", "w", "warnings", "monitorable", "warni", "war"),
    "error": ("error", "err", "erro", "eror", "e", "severe", "errors", "unexpected"),
    "critical": (
        "critical",
        "crit",
        "criti",
        "crt",
        "c",
        "fatal",
        "ftl",
        "f",
        "emerg",
        "emergency",
        "alert",
        "panic",
        "dpanic",
        "pnc",  # zerolog's console
        "fata",  # charmbracelet/log's four letters (`DEBU`, `INFO`, `WARN`, `ERRO`, `FATA`)
    ),
}

LEVEL_ALIASES: dict[str, str] = {}
for _canonical, _names in _ALIASES.items():
    for _name in _names:
        LEVEL_ALIASES[_name] = _canonical
        # Pre-seed the upper- and title-case spellings so the hot path is one dict hit
        # without calling .lower() ("INFO", "Info", "info" are all common).
        LEVEL_ALIASES[_name.upper()] = _canonical
        LEVEL_ALIASES[_name.title()] = _canonical
del _canonical, _names, _name

_SYSLOG: tuple[str, ...] = (
    "critical",  # 0 emerg
    "critical",  # 1 alert
    "critical",  # 2 crit
    "error",  # 3 err
    "warning",  # 4 warning
    "info",  # 5 notice
    "info",  # 6 info
    "debug",  # 7 debug
)

_STRIP = " \t[]<>:()\"'"


# A network device's message id, `%FACILITY-SEVERITY-MNEMONIC:` (Cisco IOS, IOS XE, NX-OS and
# ASA, Arista EOS: `%LINK-3-UPDOWN:`, `%ASA-4-106023:`, a subfacility in `%LINK-SW1-3-UPDOWN:`):
# its digit is a syslog severity, 0 to 7, whether the line came through syslog or not.
MNEMONIC_SEVERITY = re.compile(r"%[A-Z][A-Z0-9_]{0,31}-(?:[A-Z0-9_]{1,32}-)?(?P<sev>[0-7])-")


def mnemonic_level(text: str, pos: int = 0) -> str | None:
    """The level of a `%FACILITY-SEVERITY-MNEMONIC: ` message id at `pos` of `text`, else None."""
    m = MNEMONIC_SEVERITY.match(text, pos)
    if m is None:
        return None
    end = text.find(": ", m.end(), m.end() + 65)
    if end < 0 or not _MNEMONIC_TAIL.fullmatch(text, m.end(), end):
        return None
    return _SYSLOG[int(m["sev"])]


_MNEMONIC_TAIL = re.compile(r"[A-Z0-9_]{1,64}")


def syslog_severity_level(n: Any) -> str | None:
    """Canonical level of a syslog severity 0..7 (from `<PRI> & 7`), else None."""
    if type(n) is not int:
        try:
            n = int(n)
        except (TypeError, ValueError, OverflowError):
            return None
    if 0 <= n <= 7:
        return _SYSLOG[n]
    return None


# Suricata's and Snort's rule priority (an alert's `severity` in EVE JSON, `[Priority: N]` in
# fast.log) is its classtype's in classification.config: 1 for trojan-activity,
# attempted-admin, web-application-attack; 2 for attempted-recon, policy-violation,
# bad-unknown; 3 and 4 for not-suspicious, protocol-command-decode, unknown. A 1 is what a
# responder acts on now, a 2 is worth a look, 3 and below are context an IDS keeps.
def ids_priority_level(priority: int) -> str:
    """The level of a Suricata or Snort rule's priority, 1 the highest."""
    return "error" if priority <= 1 else "warning" if priority == 2 else "info"


def _numeric_level(n: float, numeric: str) -> str | None:
    if n != n:  # NaN
        return None
    if numeric == "python":
        # Custom Python levels sit between the standard ones (e.g. 25, 5): round down.
        if n < 1 or n > 100:
            return None
        if n < 10:
            return "trace"
        if n < 20:
            return "debug"
        if n < 30:
            return "info"
        if n < 40:
            return "warning"
        if n < 50:
            return "error"
        return "critical"
    # pino / bunyan
    if n < 10 or n > 100:
        return None
    if n < 20:
        return "trace"
    if n < 30:
        return "debug"
    if n < 40:
        return "info"
    if n < 50:
        return "warning"
    if n < 60:
        return "error"
    return "critical"


# Go's log/slog names a level between its four by the one below and the distance
# (`Level.String`: `DEBUG+2`, `INFO+1`, `WARN-1` never, `ERROR+4`, and `DEBUG-4` below DEBUG, the
# trace level programs define).
_SLOG_OFFSET = re.compile(r"(debug|info|warn|error)([+-])(\d{1,3})")


def _slog_level(m: re.Match[str]) -> str | None:
    """A level slog names by an offset: the level named, but above ERROR critical (a program's
    `LevelFatal = 12`, written `ERROR+4`) and below DEBUG trace."""
    name, sign, n = m.groups()
    if int(n) and name == "error" and sign == "+":
        return "critical"
    if int(n) and name == "debug" and sign == "-":
        return "trace"
    return LEVEL_ALIASES.get(name)


def normalize_level(raw: Any, *, numeric: str = "pino") -> str | None:
    """The canonical level for `raw` (a name, an abbreviation, or a number), or None.

    Names are matched case-insensitively ("WARN", "warn", "W", "err", "FATAL", "SEVERE",
    "FINEST", "notice"). Numbers and numeric strings use the `numeric` scheme: "pino" (default;
    10 trace, 20 debug, 30 info, 40 warning, 50 error, 60 critical) or "python" (10 debug,
    20 info, 30 warning, 40 error, 50 critical); values between steps round down.
    """
    if type(raw) is str:
        hit = LEVEL_ALIASES.get(raw)
        if hit is not None:
            return hit
        s = raw.strip(_STRIP).lower()
        hit = LEVEL_ALIASES.get(s)
        if hit is not None:
            return hit
        if (offset := _SLOG_OFFSET.fullmatch(s)) is not None:
            return _slog_level(offset)
        if s[:1].isdigit() and len(s) <= 6:
            try:
                return _numeric_level(float(s), numeric)
            except ValueError:
                return None
        return None
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        try:
            return _numeric_level(float(raw), numeric)
        except OverflowError:
            return None
    if isinstance(raw, bytes):
        return normalize_level(raw.decode("utf-8", "replace"), numeric=numeric)
    return None
