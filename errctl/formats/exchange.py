"""What names a record of Microsoft Exchange Server's transport logs (`w3c.py` reads their
comma-separated columns): the fields that say what happened, whatever the message, its
addresses, ids, sizes and subject were.

    message tracking   source, event-id          `SMTP SEND`, `STOREDRIVER DELIVER`,
    (MSGTRK*.LOG)      (+ recipient-status)      `ROUTING FAIL 550 5.1.1 RESOLVER.ADR...`
    protocol logs      data (mined)              `EHLO mail.example.com`, `250 2.0.0 OK`
    (SMTP send/receive)

A tracking event is named by the transport component that logged it and the event type, an
exact template. A failed or deferred delivery (`FAIL`, `DEFER`, `SUBMITFAIL`, ...) adds the
SMTP reply its `recipient-status` holds (`550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`,
`451 4.4.0 ...`): the message is then mined, so the mailbox, host or id inside the reply is
masked while what went wrong still names the group. A failure is an error, a deferral (and a
shadow copy that failed: the message still flows) a warning, any other event info. Other event
types keep their `recipient-status` an attribute: a `DSN` names the report it generated in
`reference`, not why, which its `FAIL` says.

A protocol log's line is an SMTP conversation's step: its `data` (the command or reply sent
or received) is the message, mined; a connect or disconnect, which has none, is named by its
event (`+`, `-`) and `context` (`Local`, `Remote`), an information line (`*`) by its context.

`exchange_record(fields, record)` gives (message, template, level), or None for a file of
other columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Event types (`event-id`) of a delivery that failed, or was deferred, for the recipients in
# `recipient-status`: Exchange's message tracking documentation.
_FAILED = frozenset(("FAIL", "DELIVERFAIL", "SUBMITFAIL", "RESUBMITFAIL", "BADMAIL"))
_DEFERRED = frozenset(("DEFER", "SUBMITDEFER", "RESUBMITDEFER"))
# Trouble that delays or endangers nothing delivered: a shadow copy not made, a throttled
# message, one put in (or taken out of) the poison queue.
_WARNED = frozenset(("HAREDIRECTFAIL", "THROTTLE", "POISONMESSAGE"))
# An SMTP reply (`550 5.1.1 ...`), not a recipient's `To`/`Cc`.
_SMTP_REPLY = re.compile(r"[245]\d\d[ -]")
# The protocol logs' `event`: what happened to the connection.
_CONNECTION_EVENTS = {"+": "connect", "-": "disconnect"}


def exchange_record(
    fields: Sequence[str], record: dict[str, str]
) -> tuple[str, str | None, str] | tuple[str, None, None] | None:
    """(message, template, level) of a row of an Exchange log with columns `fields` whose
    non-empty values are `record`; None for other columns, or a row without the naming ones."""
    if "event-id" in fields and "source" in fields:
        return _tracking(record)
    if "event" in fields and "data" in fields:
        return _protocol(record)
    return None


def _tracking(record: dict[str, str]) -> tuple[str, str | None, str] | None:
    event = record.get("event-id")
    if event is None:
        return None
    name = f"{record['source']} {event}" if "source" in record else event
    level = "info"
    if event in _FAILED:
        level = "error"
    elif event in _DEFERRED or event in _WARNED:
        level = "warning"
    status = record.get("recipient-status")
    if (
        status is not None
        and (event in _FAILED or event in _DEFERRED)
        and _SMTP_REPLY.match(status) is not None
    ):
        return f"{name} {status}", None, level  # (mined: the reply's values masked)
    return name, name, level


def _protocol(record: dict[str, str]) -> tuple[str, None, None] | None:
    data = record.get("data")
    if data is not None:
        return data, None, None
    event, context = record.get("event"), record.get("context")
    words = [_CONNECTION_EVENTS[event]] if event in _CONNECTION_EVENTS else []
    if context is not None:
        words.append(context)
    if not words:
        return None
    return " ".join(words), None, None
