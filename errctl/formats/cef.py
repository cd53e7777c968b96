"""CEF and LEEF records: the event formats of security devices and SIEMs (ArcSight's Common Event
Format, IBM QRadar's Log Event Extended Format), alone on a line or as a syslog message:

    CEF:0|Fortinet|FortiGate|7.0|0000000013|traffic:forward deny|5|src=10.0.0.5 dst=198.51.100.7 act=deny
    LEEF:1.0|Microsoft|MSExchange|2016|15345|src=10.50.1.1<TAB>dst=2.10.20.20<TAB>sev=7
    LEEF:2.0|Lancope|StealthWatch|1.0|41|^|src=10.0.1.8^dst=10.0.0.5^sev=5

Owns `cef_fields` (the fields of such a record; syslog's format reads both the bare record and
the syslog line that carries one). CEF's header is `CEF:Version|Vendor|Product|Version|Event
Class ID|Name|Severity|`, `\\|` an escaped bar; its extension is `key=value` pairs split by
blanks, a value running to the next ` key=` (values hold blanks, `\\=` is an escaped `=`). The
Name is the message, the product the service, the severity (0-10, or Low .. Very-High) the
level as ArcSight groups it (0-3 low: info, 4-6 medium: warning, 7-8 high: error, 9-10 very
high: critical); the header's other fields and the extension's pairs are attributes. LEEF has
no name: the product and event id are the message (and template, as a number is its meaning);
its `sev` (1-10) is the level, its extension split by tabs (1.0) or the delimiter 2.0 names.
Time stays the carrier's (syslog's); alone, a record's `rt` (CEF) or `devTime` (LEEF) in epoch
milliseconds is the event's.
"""  # noqa: E501

from __future__ import annotations

import re

from errctl.models import ParsedFields

_KEY = re.compile(r"[A-Za-z0-9_.\[\]-]{1,64}")
_SEVERITY_WORDS = {
    "low": "info",
    "medium": "warning",
    "high": "error",
    "very-high": "critical",
    "very high": "critical",
}
_MAX_HEADER_FIELDS = 7  # CEF's: version .. severity
_EPOCH_MS = re.compile(r"\d{13}")


def cef_fields(record: str) -> ParsedFields | None:
    """The fields of a CEF or LEEF record (`CEF:0|...`, `LEEF:1.0|...`); None for other text."""
    if record.startswith("CEF:"):
        return _cef(record)
    if record.startswith("LEEF:"):
        return _leef(record)
    return None


def _header(text: str, count: int) -> tuple[list[str], str] | None:
    """The first `count` bar-separated fields (`\\|` is a bar in a value) and the rest."""
    fields: list[str] = []
    start = pos = 0
    while len(fields) < count:
        bar = text.find("|", pos)
        if bar < 0:
            return None
        if bar and text[bar - 1] == "\\":
            pos = bar + 1
            continue
        fields.append(text[start:bar].replace("\\|", "|").replace("\\\\", "\\"))
        start = pos = bar + 1
    return fields, text[start:]


def _level(severity: str) -> str | None:
    if severity.isdigit() and len(severity) <= 2:
        n = int(severity)
        return "info" if n <= 3 else "warning" if n <= 6 else "error" if n <= 8 else "critical"
    return _SEVERITY_WORDS.get(severity.strip().lower())


def _cef(record: str) -> ParsedFields | None:
    split = _header(record[4:], _MAX_HEADER_FIELDS)
    if split is None:
        return None
    (version, vendor, product, product_version, class_id, name, severity), extension = split
    if not version.isdigit():
        return None
    pairs = _cef_extension(extension.rstrip("\r\n"))
    if pairs is None:
        return None
    attributes: dict[str, object] = {
        "cef_version": int(version),
        "vendor": vendor,
        "product": product,
        "product_version": product_version,
        "event_class_id": class_id,
        "cef_severity": severity,
        **pairs,
    }
    rt = pairs.get("rt")
    timestamp = rt if rt is not None and _EPOCH_MS.fullmatch(rt) else None
    return ParsedFields(
        name or class_id,
        timestamp,
        _level(severity),
        service=product or None,
        attributes=attributes,
    )


def _cef_extension(text: str) -> dict[str, str] | None:
    """CEF's `key=value key2=value with blanks`: a value runs to the next blank-separated word
    that is a key and an unescaped `=`. None when the text does not start with a pair."""
    pairs: dict[str, str] = {}
    key: str | None = None
    value: list[str] = []
    for word in text.split(" "):
        eq = word.find("=")
        if eq > 0 and word[eq - 1] != "\\" and _KEY.fullmatch(word, 0, eq) is not None:
            if key is not None:
                pairs[key] = _unescape(" ".join(value))
            key, value = word[:eq], [word[eq + 1 :]]
        elif key is None:
            if word:
                return None
        else:
            value.append(word)
    if key is not None:
        pairs[key] = _unescape(" ".join(value))
    return pairs


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return value.replace("\\=", "=").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\")


def _leef(record: str) -> ParsedFields | None:
    split = _header(record[5:], 5)
    if split is None:
        return None
    (version, vendor, product, product_version, event_id), extension = split
    delimiter = "\t"
    if version.startswith("2"):
        # LEEF 2.0 names its delimiter in a sixth field: a character or its hex (`x5E`, `0x09`).
        named = _header(extension, 1)
        if named is None:
            return None
        (spec,), extension = named
        if len(spec) == 1:
            delimiter = spec
        elif spec[:1] in "xX" or spec[:2] in ("0x", "0X"):
            try:
                delimiter = chr(int(spec.lstrip("0").lstrip("xX"), 16))
            except ValueError:
                return None
    elif not version.startswith("1"):
        return None
    pairs: dict[str, str] = {}
    for field in extension.rstrip("\r\n").split(delimiter):
        key, eq, value = field.partition("=")
        if not eq or _KEY.fullmatch(key) is None:
            if field.strip():
                return None
            continue
        pairs[key] = value
    message = f"{product} {event_id}".strip()
    attributes: dict[str, object] = {
        "leef_version": version,
        "vendor": vendor,
        "product": product,
        "product_version": product_version,
        "event_id": event_id,
        **pairs,
    }
    sev = pairs.get("sev", "")
    dev_time = pairs.get("devTime")
    timestamp = dev_time if dev_time is not None and _EPOCH_MS.fullmatch(dev_time) else None
    return ParsedFields(
        message,
        timestamp,
        _level(sev) if sev else None,
        service=product or None,
        attributes=attributes,
        template=message,
    )
