"""Go's standard loggers, as a Go 1.21+ program writes them: `log` with `Lshortfile` (the
caller before the message), and `log/slog`'s text and JSON handlers with `AddSource`, their
levels between the four named ones (`DEBUG+2`, `ERROR+4`) included."""

from __future__ import annotations

import json

from tests.ingest.stored import stored_events

# log.SetFlags(log.LstdFlags | log.Lshortfile); the last line with Llongfile.
GO_SHORTFILE = """\
2026/11/30 10:11:12 server.go:87: listening on :8080
2026/11/30 10:11:13 handlers.go:45: order 8812 not found
2026/11/30 10:11:14 handlers.go:51: order 8813 not found
2026/11/30 10:11:15 server.go:112: request failed: dial tcp 10.0.0.5:5432: connect: \
connection refused
2026/11/30 10:11:16 /home/dev/src/orders/internal/store/db.go:201: slow query took 1.2s
"""


def test_gos_log_with_lshortfile_puts_the_caller_in_an_attribute(tmp_path):
    rows = stored_events(tmp_path, GO_SHORTFILE, "line, level, message, template, attributes")
    got = [(r[0], r[1], r[2], r[3], json.loads(r[4])["caller"]) for r in rows]
    assert got == [
        (1, None, "listening on :8080", "listening on :<*>", "server.go:87"),
        (2, None, "order 8812 not found", "order <*> not found", "handlers.go:45"),
        (3, None, "order 8813 not found", "order <*> not found", "handlers.go:51"),
        (
            4,
            "error",
            "request failed: dial tcp 10.0.0.5:5432: connect: connection refused",
            "request failed: dial tcp <*>: connect: connection refused",
            "server.go:112",
        ),
        (
            5,
            None,
            "slow query took 1.2s",
            "slow query took <*>",
            "/home/dev/src/orders/internal/store/db.go:201",
        ),
    ]


# slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{AddSource: true, Level: ...})),
# with a level between DEBUG and INFO and a program's fatal level (`slog.Level(12)`).
SLOG_TEXT = """\
time=2026-11-30T10:11:12.123+00:00 level=INFO source=/src/orders/main.go:30 \
msg="server started" addr=:8080
time=2026-11-30T10:11:13.456+00:00 level=WARN source=/src/orders/store.go:42 \
msg="disk almost full" free_mb=512 path=/var/lib/orders
time=2026-11-30T10:11:14.789+00:00 level=ERROR source=/src/orders/api.go:88 \
msg="request failed" method=GET path=/api/orders/17 err="connect: connection refused"
time=2026-11-30T10:11:15.001+00:00 level=ERROR source=/src/orders/api.go:88 \
msg="request failed" method=GET path=/api/orders/18 err="connect: connection refused"
time=2026-11-30T10:11:16.000+00:00 level=DEBUG+2 source=/src/orders/cache.go:12 \
msg="cache warm" entries=1200
time=2026-11-30T10:11:17.000+00:00 level=ERROR+4 source=/src/orders/main.go:77 \
msg="shutting down" reason="store unreachable"
"""

# The same calls through slog.NewJSONHandler.
SLOG_JSON = "".join(
    json.dumps(record, separators=(",", ":")) + "\n"
    for record in (
        {
            "time": "2026-11-30T10:11:12.123456789Z",
            "level": "INFO",
            "source": {"function": "main.main", "file": "/src/orders/main.go", "line": 30},
            "msg": "server started",
            "addr": ":8080",
        },
        {
            "time": "2026-11-30T10:11:13.456Z",
            "level": "WARN",
            "source": {
                "function": "main.(*Store).check",
                "file": "/src/orders/store.go",
                "line": 42,
            },
            "msg": "disk almost full",
            "free_mb": 512,
            "path": "/var/lib/orders",
        },
        *(
            {
                "time": f"2026-11-30T10:11:1{4 + i}.789Z",
                "level": "ERROR",
                "source": {"function": "main.handle", "file": "/src/orders/api.go", "line": 88},
                "msg": "request failed",
                "method": "GET",
                "path": f"/api/orders/{17 + i}",
                "err": "connect: connection refused",
            }
            for i in range(2)
        ),
        {
            "time": "2026-11-30T10:11:16Z",
            "level": "DEBUG+2",
            "source": {"function": "main.warm", "file": "/src/orders/cache.go", "line": 12},
            "msg": "cache warm",
            "entries": 1200,
        },
        {
            "time": "2026-11-30T10:11:17Z",
            "level": "ERROR+4",
            "source": {"function": "main.main", "file": "/src/orders/main.go", "line": 77},
            "msg": "shutting down",
            "reason": "store unreachable",
        },
    )
)

SLOG_EXPECTED = [
    (1, "2026-11-30 10:11:12.123", "info", "server started"),
    (2, "2026-11-30 10:11:13.456", "warning", "disk almost full"),
    (3, "2026-11-30 10:11:14.789", "error", "request failed"),
    (4, "2026-11-30 10:11:15.789", "error", "request failed"),
    (5, "2026-11-30 10:11:16.000", "debug", "cache warm"),
    (6, "2026-11-30 10:11:17.000", "critical", "shutting down"),
]

COLUMNS = "line, strftime(timestamp, '%Y-%m-%d %H:%M:%S.%g'), level::VARCHAR, template, attributes"


def test_slogs_text_handler(tmp_path):
    rows = stored_events(tmp_path, SLOG_TEXT, COLUMNS)
    expected = [(*e[:1], e[1].replace("15.789", "15.001"), *e[2:]) for e in SLOG_EXPECTED]
    assert [r[:4] for r in rows] == expected
    first = json.loads(rows[0][4])
    assert first == {"source": "/src/orders/main.go:30", "addr": ":8080"}
    assert "level_raw" not in json.loads(rows[4][4])
    assert rows[2][3] == rows[3][3]  # one statement, one template


def test_slogs_json_handler(tmp_path):
    rows = stored_events(tmp_path, SLOG_JSON, COLUMNS)
    assert [r[:4] for r in rows] == SLOG_EXPECTED
    assert json.loads(rows[0][4])["source"] == {
        "function": "main.main",
        "file": "/src/orders/main.go",
        "line": 30,
    }
    assert "level_raw" not in json.loads(rows[5][4])


def test_a_klog_line_in_a_logfmt_file_is_an_event_of_its_own(tmp_path):
    """external-dns logs with logrus, and client-go's reflector writes klog's lines into the
    same stream when the API server is away: each is an event, read as klog reads it, never
    more of the logfmt record before it."""
    logfmt = [
        f'time="2024-06-05T09:{m:02d}:00Z" level=info msg="All records are already up to date"'
        for m in range(30)
    ]
    klog = (
        "E0605 09:30:10.074908       1 reflector.go:150] pkg/mod/k8s.io/client-go/tools/cache/"
        "reflector.go:150: Failed to watch *v1.Service: connection refused"
    )
    text = "\n".join([*logfmt, klog, logfmt[0]]) + "\n"
    rows = stored_events(tmp_path, text, "line, level, format, message")
    assert len(rows) == 32
    assert rows[30][:3] == (31, "error", "klog")
    assert rows[29][3] == "All records are already up to date"
