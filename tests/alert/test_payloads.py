"""Payloads per receiver kind: golden files, and hostile log text that must stay text."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import orjson
import pytest

from errctl.alert.notification import Notification
from errctl.alert.payloads import BUILDERS, render, slack_escape
from errctl.models import Event

GOLDEN = Path(__file__).parent / "golden"
HOSTILE = (
    "<!channel> @here @everyone <http://evil.example|click me> *bold* _it_ ~x~ `code` "
    "[link](http://evil.example) & <@U123> ```break out``` # heading"
)


def event(message: str) -> Event:
    return Event(
        id=7,
        source="/var/log/app.log",
        line=42,
        timestamp=datetime(2026, 11, 28, 11, 59),
        level="error",
        service="api",
        host="web-1",
        message=message,
        template=message,
        fingerprint="fp1:abcdef0123456789",
        severity="high",
        exception_type=None,
        exception_value=None,
        stack=None,
        trace_id=None,
        attributes=None,
    )


def notification(
    title: str = "KeyError: 'amount'", message: str = "Job job-1 failed"
) -> Notification:
    return Notification(
        id="evt_0123456789abcdef01234567",
        status="firing",
        at=datetime(2026, 11, 28, 12, 0),
        title=title,
        rule="new errors",
        rule_kind="new",
        key="fp1:abcdef0123456789",
        reason="new group, first seen 2026-11-28 11:58:00 UTC (2 events in the last 24h)",
        count=2,
        values={"window": "24h"},
        fingerprint="fp1:abcdef0123456789",
        short_id="abcdef0",
        severity="high",
        level="error",
        service="api",
        total=2,
        first_seen=datetime(2026, 11, 28, 11, 58),
        last_seen=datetime(2026, 11, 28, 11, 59),
        sample=event(message),
    )


def assert_golden(name: str, data: object) -> None:
    text = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n"
    path = GOLDEN / name
    if os.environ.get("ERRCTL_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden {path}: run with ERRCTL_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs (ERRCTL_UPDATE_GOLDEN=1)"


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_golden_payloads(kind: str) -> None:
    n = notification()
    assert_golden(f"{kind}.json", orjson.loads(render(kind, n)))


def test_every_payload_carries_the_essentials() -> None:
    n = notification()
    for kind in BUILDERS:
        text = render(kind, n).decode()
        for needle in (
            "KeyError",
            "high",
            "2026-11-28T11:58:00Z",
            "2026-11-28T11:59:00Z",
            "/var/log/app.log:42",
            "errctl show abcdef0",
        ):
            assert needle in text, (kind, needle)


def test_generic_payload_is_versioned_with_a_stable_id() -> None:
    body = orjson.loads(render("webhook", notification()))
    assert body["version"] == 1 and body["id"] == "evt_0123456789abcdef01234567"
    assert body["type"] == "alert.firing" and body["group"]["count"] == 2


def test_slack_cannot_be_made_to_mention_link_or_format() -> None:
    body = render("slack", notification(title=HOSTILE, message=HOSTILE)).decode()
    data = orjson.loads(body)
    for bad in ("<!channel>", "<http", "<@U123>", "@here", "@everyone"):
        assert bad not in body, bad
    texts = [b["text"]["text"] for b in data["blocks"] if "text" in b]
    texts += [f["text"] for b in data["blocks"] for f in b.get("fields", [])]
    for t in texts:
        # Log text sits inside code: backticks from the log cannot close it.
        for chunk in t.split("```")[1::2]:
            assert "`" not in chunk
    assert "&lt;!channel&gt;" in body and "&amp;" in body
    assert data["parse"] == "none" and data["link_names"] is False
    assert slack_escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_teams_keeps_log_text_out_of_markdown() -> None:
    data = orjson.loads(render("teams", notification(title=HOSTILE, message=HOSTILE)))
    card = data["attachments"][0]["content"]
    assert card["type"] == "AdaptiveCard"
    for block in card["body"]:
        if block["type"] == "TextBlock":
            assert HOSTILE not in block["text"] and "evil" not in block["text"]
        if block["type"] == "FactSet":
            for fact in block["facts"]:
                assert "<" not in fact["value"].replace("\\<", "")
    runs = [i["text"] for b in card["body"] if b["type"] == "RichTextBlock" for i in b["inlines"]]
    assert HOSTILE in runs  # shown as written, in a TextRun (never read as markdown)


def test_generic_and_alertmanager_are_plain_json_strings() -> None:
    for kind in ("webhook", "alertmanager"):
        raw = render(kind, notification(title=HOSTILE + '"}], "x": {"', message="\x00\x1b[31m"))
        data = orjson.loads(raw)  # still valid JSON, the text intact as a string
        assert HOSTILE in raw.decode("utf-8").replace("\\u0026", "&") or data


def test_alertmanager_resolved_has_ends_at() -> None:
    from dataclasses import replace

    [alert] = orjson.loads(render("alertmanager", replace(notification(), status="resolved")))
    assert alert["endsAt"] == alert["startsAt"] == "2026-11-28T12:00:00Z"
    assert alert["labels"]["alertname"] == "new errors" and alert["labels"]["severity"] == "high"
