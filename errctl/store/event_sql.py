"""Filters as SQL (an `EventFilter` over `events`, a `GroupFilter` over `groups`) and an
`events` row as an `Event`: what the store's queries (duckdb_store.py, group_queries.py) share.
Every value goes in as a parameter, never into the SQL text."""

from __future__ import annotations

from typing import Any

import orjson

from errctl.models import (
    EVENT_FIELDS,
    Event,
    EventFilter,
    GroupFilter,
)
from errctl.store.regex_literal import required_literal

EVENT_COLUMNS = ", ".join(EVENT_FIELDS)


def events_where(flt: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause for a filter, with its parameters (never string-built values)."""
    clauses: list[str] = []
    params: list[Any] = []

    def any_of(template: str, values: tuple[Any, ...]) -> None:
        if values:
            clauses.append("(" + " OR ".join([template] * len(values)) + ")")
            for v in values:
                params.extend([v] * template.count("?"))

    for text in flt.text:
        # ILIKE is DuckDB's fastest case-insensitive substring scan (faster than lower()).
        # An exception is read as its chain's `Type: message` lines (m014), every cause
        # included, never its frames: scanning the stack's JSON cost a free-text search of a
        # large store over half as much again; the chain is NULL in most events. The
        # attributes' values are read too, as grep reads the whole line: a JSON record's
        # `"error": "dial tcp: i/o timeout"` beside the message `request failed`.
        clauses.append(
            "(message ILIKE ? ESCAPE '\\' OR exception_chain ILIKE ? ESCAPE '\\' OR "
            f"({_ATTRIBUTE_TEXT} ILIKE ? ESCAPE '\\' AND "
            f"{_any_attribute_value(_VALUE + ' ILIKE ? ESCAPE ' + _BACKSLASH)}))"
        )
        pattern = _like_pattern(text)
        params.extend([pattern, pattern, _like_pattern(_as_json_text(text)), pattern])
    for rx in flt.regex:
        # The regex runs only on the text that holds what any match must hold (a fast
        # `contains`; regex_literal.py): the message, and the exception chain of the events
        # that have one, where `^` and `$` match at each exception's line; the attributes'
        # values, each on its own.
        in_attributes = _any_attribute_value(f"regexp_matches({_VALUE}, ?)")
        literal = required_literal(rx)
        if literal:
            clauses.append(
                "((contains(message, ?) AND regexp_matches(message, ?)) OR "
                "(contains(exception_chain, ?) AND regexp_matches(exception_chain, ?)) OR "
                f"(contains({_ATTRIBUTE_TEXT}, ?) AND {in_attributes}))"
            )
            params.extend([literal, rx, literal, "(?m)" + rx, _as_json_text(literal), rx])
        else:
            clauses.append(
                "(regexp_matches(message, ?) OR "
                "(exception_chain IS NOT NULL AND regexp_matches(exception_chain, ?)) OR "
                f"(attributes IS NOT NULL AND {in_attributes}))"
            )
            params.extend([rx, "(?m)" + rx, rx])

    def bound(template: str, value: Any) -> None:
        if value is not None:
            clauses.append(template)
            params.append(value)

    bound("level >= ?::level_t", flt.min_level or None)
    any_of("level = ?::level_t", flt.levels)
    bound("timestamp >= ?", flt.since)
    bound("timestamp < ?", flt.until)
    any_of("service = ?", flt.services)
    any_of("host = ?", flt.hosts)
    any_of("source GLOB ?", flt.sources)
    any_of("trace_id = ?", flt.trace_ids)
    # A fingerprint may be given whole (fp1:abcd...) or as a prefix of its hash, like git.
    any_of(
        "(starts_with(fingerprint, ?) OR starts_with(split_part(fingerprint, ':', 2), ?))",
        flt.fingerprints,
    )
    # A group's events include those of the groups merged into it (one hop, as merges are kept).
    any_of(
        "(starts_with(fingerprint, ?) OR starts_with(split_part(fingerprint, ':', 2), ?) OR "
        "fingerprint IN (SELECT fingerprint FROM group_state WHERE merged_into IS NOT NULL AND "
        "(starts_with(merged_into, ?) OR starts_with(split_part(merged_into, ':', 2), ?))))",
        flt.groups,
    )
    bound("id > ?", flt.after_id)  # what `search --follow` has not looked at yet
    bound("id <= ?", flt.until_id)
    for attr in flt.attributes:
        clauses.append("json_extract_string(attributes, ?) = ?")
        params.extend(["$." + attr.key, attr.value])
    for text in flt.stack:
        # The chain as stored (JSON text), where the text is looked for as JSON writes it
        # (`App\Http` is `App\\Http` there); and the trace as logged, which holds what no
        # parser read (a Go panic's other goroutines, a Java `Suppressed:` block, a trace no
        # parser knows). Only events with a trace have either: the cheap `contains` keeps the
        # JSON extraction to those.
        clauses.append(
            "((stack IS NOT NULL AND stack::VARCHAR ILIKE ? ESCAPE '\\') OR "
            "(contains(attributes::VARCHAR, '\"exception_text\"') AND "
            "json_extract_string(attributes, '$.exception_text') ILIKE ? ESCAPE '\\'))"
        )
        params.append(_like_pattern(_as_json_text(text)))
        params.append(_like_pattern(text))
    for left_out in flt.excluded:
        where, where_params = events_where(left_out)
        if where:
            # NULL (a term over a column the event lacks) is no match: the event stays.
            clauses.append(f"NOT coalesce(({where.removeprefix('WHERE ')}), false)")
            params.extend(where_params)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params


def groups_where(flt: GroupFilter) -> tuple[str, list[Any]]:
    """The WHERE clause over a group's own columns: title / template text, id prefixes.

    Text also matches the group's first message (`first_title`), whose values (an order id, a
    path) the template masks but a user may well search for.
    """
    clauses: list[str] = []
    params: list[Any] = []
    for text in flt.text:
        clauses.append(
            "(contains(lower(title), lower(?)) OR contains(lower(template), lower(?)) "
            "OR contains(lower(first_title), lower(?)))"
        )
        params.extend([text, text, text])
    for rx in flt.regex:
        clauses.append("(regexp_matches(title, ?) OR regexp_matches(template, ?))")
        params.extend([rx, rx])
    if flt.fingerprints:
        clauses.append(
            "("
            + " OR ".join(
                ["(starts_with(fingerprint, ?) OR starts_with(split_part(fingerprint, ':', 2), ?))"]
                * len(flt.fingerprints)
            )
            + ")"
        )
        for fp in flt.fingerprints:
            params.extend([fp, fp])
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


# The attributes as stored JSON text: a cheap first look (a substring scan) before their values
# are read one by one, which costs a JSON walk.
_ATTRIBUTE_TEXT = "attributes::VARCHAR"
_VALUE = "json_extract_string(v, '$')"  # one attribute value, in `_any_attribute_value`
_BACKSLASH = "'\\'"


def _any_attribute_value(check: str) -> str:
    """SQL true when a value of the attributes (a string, number or boolean, at any depth;
    never a key) passes `check`, SQL over `_VALUE`. `exception_text`, the stack trace as
    logged, is left out: its frames are read by `stack:` alone, as the parsed stack's are."""
    return (
        "len(list_filter(json_extract(json_merge_patch(attributes, "
        "'{\"exception_text\": null}'), '$..*'), "
        f"lambda v: json_type(v) NOT IN ('OBJECT', 'ARRAY') AND {check})) > 0"
    )


def _as_json_text(text: str) -> str:
    """`text` as it stands inside a JSON string (`App\\Http` is `App\\\\Http` there)."""
    return orjson.dumps(text).decode()[1:-1]


def _like_pattern(text: str) -> str:
    """`%text%` with LIKE's own wildcards in `text` matched literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def event_from_row(row: dict[str, Any]) -> Event:
    for key in ("stack", "attributes"):  # JSON columns arrive as text
        if row[key]:
            row[key] = orjson.loads(row[key])
    return Event(**row)
