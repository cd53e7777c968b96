"""Layouts and framing that round 56's held-out logs showed unread (bench/README.md, "Round 56"):
the GitHub Actions runner's diagnostic log and the .NET stacks in it, pgBackRest's banner above
each run of a command, FRRouting's daemon and message id."""

from __future__ import annotations

import orjson

from errctl.formats.generic import FORMAT
from errctl.formats.levels import normalize_level
from tests.ingest.stored import stored_events

RUNNER = """\
[2024-06-04 08:13:32Z ERR  MessageListener] Catch exception during get next message.
[2024-06-04 08:13:33Z ERR  MessageListener] System.Net.Http.HttpRequestException: Response \
status code does not indicate success: 503 (Service Unavailable).
   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()
   at GitHub.Runner.Common.BrokerServer.<>c__DisplayClass7_0.<<GetRunnerMessageAsync>b__0>d.\
MoveNext()
--- End of stack trace from previous location ---
   at GitHub.Runner.Common.RunnerService.RetryRequest[T](Func`1 func, CancellationToken token)
   at GitHub.Runner.Listener.BrokerMessageListener.GetNextMessageAsync(CancellationToken token)
[2024-06-04 08:13:35Z INFO MessageListener] Sleeping for 34.1137029 seconds before retrying.
[2024-06-04 08:13:36Z VERB JobDispatcher] Checking job request.
"""


def test_the_runners_four_letter_levels_and_source():
    f = FORMAT.parse("[2024-06-04 08:13:31Z ERR  GitHubActionsService] GET request failed.")
    assert (f.timestamp, f.logger, f.message) == (
        "2024-06-04 08:13:31Z",
        "GitHubActionsService",
        "GET request failed.",
    )
    assert normalize_level(f.level) == "error"
    assert normalize_level(FORMAT.parse(RUNNER.splitlines()[-1]).level) == "trace"


def test_a_dotnet_stack_with_its_async_seams_is_one_event(tmp_path):
    rows = stored_events(tmp_path, RUNNER, "line, level, logger, exception_type, stack")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (1, "error", None),
        (2, "error", "System.Net.Http.HttpRequestException"),
        (8, "info", None),
        (9, "trace", None),
    ]
    assert len(orjson.loads(rows[1][4])[0]["frames"]) == 4


PGBACKREST = """\

-------------------PROCESS START-------------------
2024-06-04 00:30:00.001 P00   INFO: archive-push:async command begin 2.51: [pg_wal] --stanza=main
2024-06-04 00:30:00.252 P00   INFO: archive-push:async command end: completed successfully (251ms)

-------------------PROCESS START-------------------
2024-06-04 00:32:31.398 P00   INFO: archive-push:async command begin 2.51: [pg_wal] --stanza=main
2024-06-04 00:32:31.976 P00   INFO: archive-push:async command end: completed successfully (577ms)
"""


def test_a_titled_rule_after_a_blank_line_heads_what_follows(tmp_path):
    rows = stored_events(tmp_path, PGBACKREST, "line, message, template")
    assert [r[0] for r in rows] == [2, 3, 4, 6, 7, 8]
    assert rows[2][2] == rows[5][2]  # the command's end, with no banner under it
    assert rows[2][1].endswith("completed successfully (251ms)")
    assert rows[3][1] == "-------------------PROCESS START-------------------"


def test_a_titled_rule_right_under_a_record_stays_its_own():
    """Luigi's summary under `INFO: ` (no blank line between): the record's own text."""
    text = """\
2024-06-04 06:00:00,123 INFO luigi-interface: run finished
===== Luigi Execution Summary =====
Scheduled 5 tasks of which: 3 ran successfully
"""
    from pathlib import Path
    from tempfile import TemporaryDirectory

    with TemporaryDirectory() as tmp:
        rows = stored_events(Path(tmp), text, "line")
    assert [r[0] for r in rows] == [1]


def test_frrs_daemon_message_id_and_error_code():
    f = FORMAT.parse(
        "2024/06/04 05:59:50 ZEBRA: [8B0EX-2HCMW][EC 100663313] CPU HOG: task rib_process ran"
    )
    assert (f.timestamp, f.logger, f.attributes, f.message) == (
        "2024/06/04 05:59:50",
        "ZEBRA",
        {"msg_id": "8B0EX-2HCMW", "error_code": 100663313},
        "CPU HOG: task rib_process ran",
    )
    bgp = FORMAT.parse("2024/06/04 05:59:50 BGP: [76Y5E-PZKX2] Terminating on signal")
    assert (bgp.logger, bgp.message) == ("BGP", "Terminating on signal")
    other = FORMAT.parse("2024/06/04 05:59:50 NOTE: [draft] not a daemon's")
    assert other.logger is None
