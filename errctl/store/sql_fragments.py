"""SQL fragments that the store's writes (batch_writes.py) and its queries (duckdb_store.py)
both use: each rule spelled once."""

from __future__ import annotations

from collections.abc import Sequence

STATE_COLUMNS = (
    "fingerprint, status, resolved_at, ignored_at, ignored_until, ignore_until_count, "
    "ignore_until_rate, ignore_rate_hours, merged_into, updated_at"
)
"""The columns of `group_state`, in their order."""

LOG_STATES = (
    "INSERT INTO group_state_log SELECT nextval('group_state_seq'), "
    + STATE_COLUMNS
    + " FROM group_state WHERE fingerprint IN (SELECT unnest(?::VARCHAR[]))"
)
"""Append the present `group_state` rows of some groups (a list parameter) to `group_state_log`
(m013): every write of a state logs it, in the same transaction."""

PRESENT_STATES = (
    "INSERT OR REPLACE INTO group_state ("
    + STATE_COLUMNS
    + ") SELECT "
    + STATE_COLUMNS
    + " FROM group_state_log WHERE fingerprint IN (SELECT unnest(?::VARCHAR[])) "
    "QUALIFY row_number() OVER (PARTITION BY fingerprint ORDER BY updated_at DESC, seq DESC) = 1"
)
"""Make the present `group_state` of some groups (a list parameter) their logged state that took
effect last, as a replay at a later time reads it: a change dated back (`ignore --at` last
week) after a later one (a resolve yesterday) is history, not the present."""

STATES_AS_OF = (
    "SELECT "
    + STATE_COLUMNS
    + " FROM group_state_log WHERE updated_at <= {at} QUALIFY row_number() OVER "
    "(PARTITION BY fingerprint ORDER BY updated_at DESC, seq DESC) = 1"
)
"""The `group_state` rows as they stood at a time (`{at}`, an SQL timestamp): each group's last
logged state that had taken effect by then."""

# Severities in rank order, lowest first (errctl.severity.SEVERITIES, which the store may not
# import: DESIGN.md section 2). A value outside the list ranks below all of them.
SEVERITY_RANK = "coalesce(list_position(['low', 'medium', 'high', 'critical'], {}), 0)"

# A user id from an event's attributes, when the log carries one: the first of these keys that
# holds a scalar (a nested `user` object is reached through `user.id`). The `contains` test
# skips the JSON parse for the many events that carry no user at all.
USER_ID = (
    "CASE WHEN contains(CAST({0} AS VARCHAR), 'user') THEN list_filter("
    "json_extract_string({0}, ['$.user_id', '$.userId', '$.username', '$.user.id', "
    "'$.\"user.id\"', '$.user']), "
    "lambda u: u IS NOT NULL AND NOT starts_with(u, '{{') AND NOT starts_with(u, '['))[1] END"
)

GROUP_DIMENSIONS = ("service", "host", "user")

# A group's title as listings show it: its exception (type: value) when it has one, else its
# template, which reads the same for every event of the group (the stored title is the first
# event's message, with the values of that one event). Without the indentation its first line
# may have (Rails' `  Rendered x.html.erb`, mongod's build info): a title is a name, and a
# listing's title column should start in one place. A first line that announces the next
# (`Error on AMQP connection <*> (...):`, then `PLAIN login refused: ...`) or holds nothing has
# the second after it: without it, every reason the groups are told apart by would read alike.
_FIRST_LINE = "rtrim(split_part({0}.template, chr(10), 1), ' ' || chr(9) || chr(13))"
_SECOND_LINE = "trim(split_part({0}.template, chr(10), 2), ' ' || chr(9) || chr(13))"
_HEADLINE = (
    f"CASE WHEN (ends_with({_FIRST_LINE}, ':') OR trim({_FIRST_LINE}) = '') "
    f"AND {_SECOND_LINE} <> '' THEN {_FIRST_LINE} || ' ' || {_SECOND_LINE} "
    f"ELSE {_FIRST_LINE} END"
)
TITLE = (
    "CASE WHEN {0}.exception_type IS NULL "
    f"THEN trim(left({_HEADLINE}, 200), ' ' || chr(9)) "
    "ELSE {0}.title END"
)


# The exception chain as `Type: message` lines, raised first then its causes (`Caused by:`,
# `During handling`, ` ---> `, `[cause]:`, as the parsers read them), from the chain as stored
# (JSON) without its frames: what free-text search reads of an exception (`exception_chain`,
# m014). An event with an exception but no stored chain has its own exception's line. Ingest
# writes the same text, made once per distinct trace (`Normalizer._exception`); this fills it
# for a batch that comes without it: evaluated per row, it cost the events' insert an eighth
# more CPU on genlogs JSON, where 3% of the events carry a trace.
EXCEPTION_CHAIN = """CASE
    WHEN {stack} IS NOT NULL THEN array_to_string(list_transform(
        from_json({stack}, '[{{"type": "VARCHAR", "value": "VARCHAR"}}]'),
        lambda e: CASE WHEN coalesce(e.value, '') = '' THEN e.type
                       ELSE e.type || ': ' || e.value END), chr(10))
    WHEN {type} IS NOT NULL THEN CASE WHEN coalesce({value}, '') = '' THEN {type}
                                      ELSE {type} || ': ' || {value} END
END"""


def dims_select(rows: str, dims: Sequence[str] = GROUP_DIMENSIONS) -> str:
    """(fingerprint, dim, value, count) of the `dims` (services, hosts, users) in `rows`."""
    selects = {
        "service": f"""SELECT fingerprint, 'service' AS dim, service AS value, count(*) AS count
            FROM {rows} WHERE service IS NOT NULL GROUP BY ALL""",
        "host": f"""SELECT fingerprint, 'host' AS dim, host AS value, count(*) AS count
            FROM {rows} WHERE host IS NOT NULL GROUP BY ALL""",
        "user": f"""SELECT fingerprint, 'user' AS dim, u AS value, count(*) AS count
            FROM (SELECT fingerprint, {USER_ID.format("attributes")} AS u FROM {rows})
            WHERE u IS NOT NULL GROUP BY ALL""",
    }
    return "\nUNION ALL\n".join(selects[d] for d in dims)
