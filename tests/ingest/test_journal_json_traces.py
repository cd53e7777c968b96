"""`journalctl -o json`: a service's traceback on stderr is one journal entry a line; the
entries of one process that go on a trace are one event, as in the journal's text output."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ingest.journal import journal_entry
from tests.ingest.stored import stored_events

ENTRIES = [
    ("1", "systemd", "Starting orders.service - Orders API..."),
    ("4567", "orders", "ERROR:orders.jobs:sync failed"),
    ("4567", "orders", "Traceback (most recent call last):"),
    ("4567", "orders", '  File "/app/jobs.py", line 40, in sync'),
    ("4567", "orders", "    rows = fetch(cursor)"),
    ("4567", "orders", '  File "/app/db.py", line 12, in fetch'),
    ("4567", "orders", '    raise ConnectionError("db-1 unreachable")'),
    ("4567", "orders", "ConnectionError: db-1 unreachable"),
    ("4567", "orders", "INFO:orders.jobs:retrying in 5s"),
    # Another process's indented line is its own entry.
    ("4568", "orders", "  continuing import"),
    ("1", "systemd", "orders.service: Main process exited, code=exited, status=1/FAILURE"),
]


def test_a_traceback_one_entry_a_line_is_one_event(tmp_path: Path):
    text = "".join(journal_entry(i, *e) + "\n" for i, e in enumerate(ENTRIES))
    events = stored_events(tmp_path, text, "line, service, message, exception_type, stack")
    assert [(e[0], e[1], e[3]) for e in events] == [
        (1, "systemd", None),
        (2, "orders", "ConnectionError"),
        (9, "orders", None),
        (10, "orders", None),
        (11, "systemd", None),
    ]
    assert events[1][2].startswith("ERROR:orders.jobs:sync failed")
    (exc,) = json.loads(events[1][4])
    assert [f["function"] for f in exc["frames"]] == ["sync", "fetch"]
    assert events[3][2] == "  continuing import"


def _shipped(lines: list[str]) -> str:
    """Fluent Bit's kubernetes filter: one record a container line, the line in `log`."""
    meta = {"pod_name": "billing-7d9", "namespace_name": "prod", "container_name": "billing"}
    return "".join(
        json.dumps(
            {
                "time": f"2024-06-11T06:00:03.{i:09d}Z",
                "stream": "stderr",
                "log": line,
                "kubernetes": meta,
            }
        )
        + "\n"
        for i, line in enumerate(lines)
    )


def test_a_shipped_containers_stack_one_record_a_line_is_one_event(tmp_path: Path):
    """The header's line names its pid (Spring Boot's `ERROR 1 ---`), the stack's lines none:
    they go on it, as they do when the container's file is read itself."""
    text = _shipped(
        [
            "2024-06-11 06:00:02.118 INFO 1 --- [main] c.a.Billing : Started Billing",
            "2024-06-11 06:00:03.118 ERROR 1 --- [exec-1] c.a.Billing : Charge failed",
            "java.lang.IllegalStateException: card declined",
            "\tat com.acme.billing.Charger.charge(Charger.java:42)",
            "\tat com.acme.billing.Api.post(Api.java:17)",
            "2024-06-11 06:00:04.118 INFO 2 --- [main] c.a.Billing : Healthy",
        ]
    )
    events = stored_events(tmp_path, text, "line, service, message, exception_type, stack")
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [
        (1, "billing", "Started Billing", None),
        (2, "billing", "Charge failed", "java.lang.IllegalStateException"),
        (6, "billing", "Healthy", None),
    ]
    (exc,) = json.loads(events[1][4])
    assert [f["function"] for f in exc["frames"]] == ["post", "charge"]
