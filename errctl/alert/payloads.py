"""Request bodies for each receiver kind, built from a `Notification`.

Every body is a dict serialised by orjson, never text assembled by string formatting. Text that
came from logs (titles, messages, paths) is data, not markup: in Slack it is escaped as Slack
documents (`&` `<` `>`), set in code, with `@` mentions and backticks defused; in Teams it goes
into `TextRun`s, which Adaptive Cards never read as markdown, and the few markdown `TextBlock`s
have every markdown character escaped. The generic webhook carries plain JSON strings (its
receivers decide how to show them).

Formats (docs/alerts.md documents them): `webhook` (errctl's own versioned JSON), `slack`
(an incoming-webhook message with blocks), `teams` (a message with an Adaptive Card 1.4), and
`alertmanager` (the list of alerts Alertmanager's `POST /api/v2/alerts` takes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson

from errctl.alert.notification import PAYLOAD_VERSION, Notification, iso
from errctl.models import Event

SAMPLE_CHARS = 1000  # of a sample message in a payload
TITLE_CHARS = 300

_STATUS_WORD = {
    "firing": "FIRING",
    "resolved": "RESOLVED",
    "summary": "SUMMARY",
    "test": "TEST",
    "message": "MESSAGE",
}


def _clip(text: str | None, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the generic webhook --------------------------------------------------------------------


def _sample(event: Event | None) -> dict[str, Any] | None:
    if event is None:
        return None
    return {
        "source": event.source,
        "line": event.line,
        "location": f"{event.source}:{event.line}",
        "timestamp": iso(event.timestamp),
        "level": event.level,
        "service": event.service,
        "host": event.host,
        "message": _clip(event.message, SAMPLE_CHARS),
        "exception_type": event.exception_type,
        "exception_value": _clip(event.exception_value, SAMPLE_CHARS) or None,
        "trace_id": event.trace_id,
    }


def event_dict(n: Notification) -> dict[str, Any]:
    """The generic payload's content for one notification (docs/alerts.md, version 1)."""
    group = None
    if n.fingerprint:
        group = {
            "id": n.short_id,
            "fingerprint": n.fingerprint,
            "title": _clip(n.title, TITLE_CHARS),
            "severity": n.severity,
            "level": n.level,
            "service": n.service,
            "count": n.total,
            "first_seen": iso(n.first_seen),
            "last_seen": iso(n.last_seen),
        }
    return {
        "id": n.id,
        "type": f"alert.{n.status}" if n.status != "message" else "message",
        "status": n.status,
        "timestamp": iso(n.at),
        "title": _clip(n.title, TITLE_CHARS),
        "rule": {"name": n.rule, "kind": n.rule_kind} if n.rule else None,
        "reason": n.reason,
        "count": n.count,
        "values": n.values,
        "group": group,
        "sample": _sample(n.sample),
        "command": n.command,
        "text": n.text,
    }


def webhook_payload(n: Notification) -> dict[str, Any]:
    body = {"version": PAYLOAD_VERSION, **event_dict(n)}
    if n.items:
        body["alerts"] = [event_dict(i) for i in n.items]
    return body


# -- Slack ----------------------------------------------------------------------------------

_MENTION = re.compile(r"@(?=[A-Za-z0-9_.-])")


def slack_escape(text: str) -> str:
    """Text safe inside Slack mrkdwn: `&`, `<`, `>` escaped as Slack documents (so no
    `<!channel>`, `<@U123>` or `<http://x|y>` is read), `@here`-style words defused with a
    zero-width joiner, backticks turned into a look-alike so text cannot leave a code span."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MENTION.sub("@\u2060", text).replace("`", "ˋ")


def _code(text: str) -> str:
    return "`" + slack_escape(" ".join(text.split()) or " ") + "`"


def _code_block(text: str) -> str:
    return "```" + slack_escape(text or " ") + "```"


def _facts(n: Notification) -> list[tuple[str, str]]:
    """(label, value) of the figures a chat message shows, those the notification has."""
    facts = (
        ("Severity", n.severity),
        ("Service", n.service),
        ("Events", str(n.count) if n.status in ("firing", "resolved") else None),
        ("Total", str(n.total) if n.total is not None else None),
        ("First seen", iso(n.first_seen)),
        ("Last seen", iso(n.last_seen)),
    )
    return [(label, value) for label, value in facts if value]


def slack_payload(n: Notification) -> dict[str, Any]:
    head = f"*{_STATUS_WORD[n.status]}*"
    if n.rule:
        head += f"  rule {_code(n.rule)} ({slack_escape(n.rule_kind or '')})"
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": head}},
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": _code_block(_clip(n.title, TITLE_CHARS))},
        },
    ]
    if n.reason:
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": slack_escape(n.reason)}}
        )
    fields = _facts(n)
    if fields:
        blocks.append(
            {
                "type": "section",
                "fields": [
                    {"type": "mrkdwn", "text": f"*{label}*\n{_code(value)}"}
                    for label, value in fields
                ],
            }
        )
    if n.sample is not None:
        where = f"{n.sample.source}:{n.sample.line}"
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"*Sample* {_code(where)}\n"
                    + _code_block(_clip(n.sample.message, SAMPLE_CHARS)),
                },
            }
        )
    if n.text:
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": slack_escape(n.text)[:2900]}}
        )
    for item in n.items[:20]:  # Slack takes 50 blocks at most
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"{_code(item.rule or '')} {_code(_clip(item.title, 150))} "
                    + slack_escape(item.reason),
                },
            }
        )
    if n.command:
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": "More: " + _code(n.command)}],
            }
        )
    fallback = f"{_STATUS_WORD[n.status]}: {n.rule + ': ' if n.rule else ''}{_clip(n.title, 150)}"
    # `parse: none` and `link_names: false` keep Slack from linking names and URLs itself.
    return {
        "text": slack_escape(fallback),
        "blocks": blocks,
        "parse": "none",
        "link_names": False,
        "unfurl_links": False,
        "unfurl_media": False,
    }


# -- Microsoft Teams ------------------------------------------------------------------------

# What can start formatting, a link or an HTML tag; `-`, `+` and `.` only make lists at the
# start of a line, and these texts are single lines.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|<>~])")


def markdown_escape(text: str) -> str:
    """Every markdown character backslash-escaped (for the TextBlocks that do read markdown)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _run(text: str, **style: Any) -> dict[str, Any]:
    # A TextRun is never read as markdown: log text in one shows as written.
    return {"type": "TextRun", "text": text, **style}


def teams_payload(n: Notification) -> dict[str, Any]:
    head = _STATUS_WORD[n.status] + (f": {n.rule} ({n.rule_kind})" if n.rule else "")
    body: list[dict[str, Any]] = [
        {"type": "RichTextBlock", "inlines": [_run(head, weight="Bolder", size="Medium")]},
        {"type": "RichTextBlock", "inlines": [_run(_clip(n.title, TITLE_CHARS), weight="Bolder")]},
    ]
    if n.reason:
        body.append({"type": "RichTextBlock", "inlines": [_run(n.reason)]})
    facts = _facts(n)
    if facts:
        body.append(
            {
                "type": "FactSet",
                "facts": [{"title": label, "value": markdown_escape(v)} for label, v in facts],
            }
        )
    if n.sample is not None:
        body.append(
            {
                "type": "RichTextBlock",
                "inlines": [
                    _run(f"{n.sample.source}:{n.sample.line}\n", weight="Bolder"),
                    _run(_clip(n.sample.message, SAMPLE_CHARS), fontType="Monospace"),
                ],
            }
        )
    if n.text:
        body.append({"type": "TextBlock", "text": n.text[:4000], "wrap": True})
    for item in n.items[:20]:
        body.append(
            {
                "type": "RichTextBlock",
                "inlines": [_run(f"{item.rule}: {_clip(item.title, 150)}. {item.reason}")],
            }
        )
    if n.command:
        body.append(
            {
                "type": "RichTextBlock",
                "inlines": [_run("More: "), _run(n.command, fontType="Monospace")],
            }
        )
    return {
        "type": "message",
        "attachments": [
            {
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": None,
                "content": {
                    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard",
                    "version": "1.4",
                    "body": body,
                },
            }
        ],
    }


# -- Alertmanager ---------------------------------------------------------------------------


def am_labels(n: Notification) -> dict[str, str]:
    """The labels Alertmanager identifies an alert by: the same for its firing and its resolve,
    or the resolve would be another alert and leave the firing one open. So no `status` (the
    state is `endsAt`'s to say), and, for a rule over all events, no `service` (that is only its
    sample's, which a resolve has none of)."""
    labels = {"alertname": n.rule or f"errctl-{n.status}", **n.labels()}
    labels.pop("status", None)
    if n.key == "*":
        labels.pop("service", None)
    return labels


def _am_alert(n: Notification) -> dict[str, Any]:
    annotations = {
        "summary": _clip(n.title, TITLE_CHARS),
        "description": n.reason,
        "command": n.command,
        "count": str(n.count),
        "total": str(n.total) if n.total is not None else None,
        "first_seen": iso(n.first_seen),
        "last_seen": iso(n.last_seen),
        "sample": (
            f"{n.sample.source}:{n.sample.line} {_clip(n.sample.message, SAMPLE_CHARS)}"
            if n.sample
            else None
        ),
        "text": n.text,
        "errctl_id": n.id,
    }
    alert: dict[str, Any] = {
        "labels": am_labels(n),
        "annotations": {k: v for k, v in annotations.items() if v},
        # A resolve starts when its firing did: it is that alert, ended.
        "startsAt": iso(n.started_at or n.at),
    }
    if n.status == "resolved":
        alert["endsAt"] = iso(n.at)
    return alert


def alertmanager_payload(n: Notification) -> list[dict[str, Any]]:
    if n.items:
        return [_am_alert(i) for i in n.items]
    return [_am_alert(n)]


BUILDERS: dict[str, Callable[[Notification], Any]] = {
    "webhook": webhook_payload,
    "slack": slack_payload,
    "teams": teams_payload,
    "alertmanager": alertmanager_payload,
}


def render(kind: str, n: Notification) -> bytes:
    """The request body for a receiver of `kind`, as bytes (what is stored and signed)."""
    return orjson.dumps(BUILDERS[kind](n))
