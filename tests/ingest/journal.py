"""A `journalctl -o json` entry, as the journal exports one, for tests that build such files."""

from __future__ import annotations

import json


def journal_entry(i: int, pid: str, ident: str, message: str, priority: str = "6") -> str:
    """Entry number `i` (its cursor and a time `i` ms after the first) of process `pid`,
    logged by `ident` at syslog `priority`, as one line of JSON."""
    return json.dumps(
        {
            "__CURSOR": f"s=4f1e;i={i:x}",
            "__REALTIME_TIMESTAMP": str(1796032800000000 + i * 1000),
            "PRIORITY": priority,
            "_HOSTNAME": "web-1",
            "SYSLOG_IDENTIFIER": ident,
            "_PID": pid,
            "MESSAGE": message,
        }
    )
