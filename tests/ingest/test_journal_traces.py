"""A program whose stderr the journal captures: each line is an entry under the journal's header
(`journalctl -o short-iso`, /var/log/syslog), a traceback one entry per line."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.ingest.stored import stored_events

JOURNAL = """\
2025-03-02T08:16:00+0100 node-7 systemd[1]: Started worker.service - Queue worker.
2025-03-02T08:16:01+0100 node-7 worker[2201]: Traceback (most recent call last):
2025-03-02T08:16:01+0100 node-7 worker[2201]:   File "/srv/worker/run.py", line 8, in <module>
2025-03-02T08:16:01+0100 node-7 worker[2201]:     start(queues)
2025-03-02T08:16:01+0100 node-7 worker[2201]:   File "/srv/worker/run.py", line 4, in start
2025-03-02T08:16:01+0100 node-7 worker[2201]:     raise KeyError(name)
2025-03-02T08:16:01+0100 node-7 worker[2201]: KeyError: 'default'
2025-03-02T08:16:01+0100 node-7 systemd[1]: worker.service: Main process exited, code=exited, status=1/FAILURE
2025-03-02T08:16:02+0100 node-7 billing[3001]: 08:16:02.412 [main] ERROR c.e.billing.Invoicer - invoice run failed
2025-03-02T08:16:02+0100 node-7 billing[3001]: java.lang.IllegalStateException: no open period
2025-03-02T08:16:02+0100 node-7 billing[3001]: \tat com.example.billing.Invoicer.run(Invoicer.java:88)
2025-03-02T08:16:02+0100 node-7 billing[3001]: \tat com.example.billing.Main.main(Main.java:12)
2025-03-02T08:16:03+0100 node-7 billing[3001]: 08:16:03.001 [main] INFO c.e.billing.Main - retrying in 60 s
2025-03-02T08:16:04.517302+0100 node-7 dockerd[890]: time="2025-03-02T07:16:04.517011000Z" level=error msg="Handler for POST /v1.44/containers/create returned error: No such image: shop:9"
2025-03-02T08:16:05+0100 node-7 worker[2201]: Loaded 3 queues
2025-03-02T08:16:05+0100 node-7 worker[2201]:   default: 2 workers
"""  # noqa: E501


def test_a_traceback_the_journal_got_line_by_line_is_one_event(tmp_path: Path):
    rows = stored_events(
        tmp_path,
        JOURNAL,
        "line, strftime(timestamp, '%H:%M:%S.%f'), level, service, message, exception_type,"
        " exception_value, stack",
    )
    # logback's own clock (rows 9, 13) is not what these tests are about
    assert [r[:7] if r[3] != "billing" else (r[0], None, *r[2:7]) for r in rows] == [
        (
            1,
            "07:16:00.000000",
            None,
            "systemd",
            "Started worker.service - Queue worker.",
            None,
            None,
        ),
        (2, "07:16:01.000000", "error", "worker", "KeyError: 'default'", "KeyError", "'default'"),
        (
            8,
            "07:16:01.000000",
            "error",
            "systemd",
            "worker.service: Main process exited, code=exited, status=1/FAILURE",
            None,
            None,
        ),
        (
            9,
            None,
            "error",
            "billing",
            "invoice run failed",
            "java.lang.IllegalStateException",
            "no open period",
        ),
        (13, None, "info", "billing", "retrying in 60 s", None, None),
        (
            14,
            "07:16:04.517011",  # dockerd's own time, which names its zone
            "error",
            "dockerd",
            "Handler for POST /v1.44/containers/create returned error: No such image: shop:9",
            None,
            None,
        ),
        (15, "07:16:05.000000", None, "worker", "Loaded 3 queues", None, None),
        (16, "07:16:05.000000", None, "worker", "  default: 2 workers", None, None),
    ]
    python = orjson.loads(rows[1][7])
    assert [f["function"] for f in python[0]["frames"]] == ["<module>", "start"]
    java = orjson.loads(rows[3][7])
    assert [f["function"] for f in java[0]["frames"]] == ["main", "run"]  # oldest call first


GO_PANIC = """\
2025-03-02T08:17:00+0100 node-7 systemd[1]: Started exporter.service.
2025-03-02T08:17:01+0100 node-7 exporter[5120]: panic: runtime error: invalid memory address or nil pointer dereference
2025-03-02T08:17:01+0100 node-7 exporter[5120]: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b1f2a]
2025-03-02T08:17:01+0100 node-7 exporter[5120]: 
2025-03-02T08:17:01+0100 node-7 exporter[5120]: goroutine 1 [running]:
2025-03-02T08:17:01+0100 node-7 exporter[5120]: main.(*Collector).scrape(0x0)
2025-03-02T08:17:01+0100 node-7 exporter[5120]: \t/src/collector.go:88 +0x2a
2025-03-02T08:17:01+0100 node-7 exporter[5120]: main.main()
2025-03-02T08:17:01+0100 node-7 exporter[5120]: \t/src/main.go:31 +0x1d
2025-03-02T08:17:01+0100 node-7 systemd[1]: exporter.service: Main process exited, code=exited, status=2/INVALIDARGUMENT
"""  # noqa: E501, W291


def test_a_go_panic_the_journal_got_line_by_line_is_one_event(tmp_path: Path):
    rows = stored_events(tmp_path, GO_PANIC, "line, service, exception_type, stack")
    assert [r[:3] for r in rows] == [
        (1, "systemd", None),
        (2, "exporter", "runtime error"),
        (10, "systemd", None),
    ]
    (exc,) = orjson.loads(rows[1][3])
    assert [f["function"] for f in exc["frames"]] == ["main", "(*Collector).scrape"]
