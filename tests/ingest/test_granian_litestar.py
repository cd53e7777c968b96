"""Granian's and Litestar's own lines (captured from a real Granian 2.8 serving a Litestar 2.25
app here, `--access-log`): Granian's bracketed levels, its access record under a bracketed time
with the milliseconds taken after the status; Litestar's default layout, the level first and
dashes between the fields."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

GRANIAN = """\
[INFO] Starting granian (main PID: 18984)
[INFO] Listening at: http://127.0.0.1:18088
[INFO] Spawning worker-1 with PID: 18986
[INFO] Started worker-1
WARNING - 2026-12-04 21:08:14,145 - shop - ls_app - order 1 slow
[2026-12-04 21:08:14 +0000] 127.0.0.1 - "GET /orders/1 HTTP/1.1" 200 1.428
[2026-12-04 21:08:14 +0000] 127.0.0.1 - "GET /orders/13 HTTP/1.1" 500 1.582
[2026-12-04 21:08:14 +0000] 127.0.0.1 - "GET /nope HTTP/1.1" 404 0.366
WARNING - 2026-12-04 21:08:14,171 - shop - ls_app - order 2 slow
[2026-12-04 21:08:14 +0000] 127.0.0.1 - "GET /orders/2 HTTP/1.1" 200 1.876
[INFO] Shutting down granian
[INFO] Stopping worker-1
[INFO] Stopped worker-1
[INFO] Granian shutdown completed, see ya!
"""


def test_litestars_layout_is_a_header():
    f = FORMAT.parse("WARNING - 2026-12-04 21:08:14,145 - shop - ls_app - order 1 slow")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2026-12-04 21:08:14,145",
        "WARNING",
        "shop",
        "ls_app - order 1 slow",
    )
    assert FORMAT.parse("LOREM - 2026-12-04 21:08:14,145 - shop - x") is None


def test_granians_access_record_is_a_request():
    f = FORMAT.parse('[2026-12-04 21:08:14 +0000] 127.0.0.1 - "GET /orders/13 HTTP/1.1" 500 1.582')
    assert (f.template, f.level) == ("GET /orders/<*> 500", "error")
    assert (f.attributes["client_ip"], f.attributes["duration_ms"]) == ("127.0.0.1", 1.582)


def test_granian_serving_litestar_end_to_end(tmp_path):
    rows = stored_events(tmp_path, GRANIAN, "line, level, logger, template")
    assert len(rows) == 14  # the app's warning no longer goes on the line above it
    by_line = {r[0]: r for r in rows}
    assert by_line[5][1:] == by_line[9][1:] == ("warning", "shop", "ls_app - order <*> slow")
    assert by_line[6][3] == by_line[10][3] == "GET /orders/<*> 200"
    assert by_line[7][1:] == ("error", None, "GET /orders/<*> 500")
    assert by_line[8][1:] == ("warning", None, "GET /nope 404")
