# ruff: noqa: E501  (the captured lines are data, as the server wrote them)
"""Sinatra 3.0's `dump_errors!` under Puma 5.6 (captured from a real run here, frames cut
short): `time - Type - message:` above the frames, each on a tab; with error_highlight the
message goes on for lines, the colon at the end of its last."""

from __future__ import annotations

from errctl.formats.stacktrace import parse_trace
from tests.ingest.stored import stored_events

LOG = """\
I, [2026-12-04T18:56:23.243463 #30444]  INFO -- : Looking up order 13
2026-12-04 18:56:23 - RuntimeError - Order store unavailable for order 13:
\t/tmp/rb/app.rb:10:in `block in <class:Shop>'
\t/usr/share/rubygems-integration/all/gems/sinatra-3.0.5/lib/sinatra/base.rb:1696:in `call'
\t/usr/lib/x86_64-linux-gnu/rubygems-integration/3.1.0/gems/puma-5.6.5/lib/puma/thread_pool.rb:147:in `block in spawn_thread'
127.0.0.1 - - [04/Dec/2026:18:56:23 +0000] "GET /orders/13 HTTP/1.1" 500 5 0.0010
I, [2026-12-04T18:56:23.279252 #30444]  INFO -- : Looking up order x
2026-12-04 18:56:23 - NoMethodError - undefined method `total' for nil:NilClass

    nil.total if id == 'x'
       ^^^^^^:
\t/tmp/rb/app.rb:13:in `block in <class:Shop>'
\t/usr/share/rubygems-integration/all/gems/sinatra-3.0.5/lib/sinatra/base.rb:1696:in `call'
127.0.0.1 - - [04/Dec/2026:18:56:23 +0000] "GET /orders/x HTTP/1.1" 500 5 0.0041
"""


def test_sinatras_dump_names_its_exception():
    chain = parse_trace(
        "RuntimeError - Order store unavailable for order 13:\n"
        "\t/tmp/rb/app.rb:10:in `block in <class:Shop>'\n"
    )
    assert (chain[0].type, chain[0].value) == (
        "RuntimeError",
        "Order store unavailable for order 13",
    )
    assert chain[0].frames[-1].file == "/tmp/rb/app.rb"
    # Words and a dash above Ruby frames are not a type unless they read as one.
    other = parse_trace("Deploy - step three:\n\t/tmp/rb/app.rb:10:in `run'\n")
    assert other is None or other[0].type != "Deploy"


def test_a_sinatra_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, LOG, "line, level, exception_type, exception_value")
    assert [(r[0], r[2]) for r in rows] == [
        (1, None),
        (2, "RuntimeError"),
        (6, None),
        (7, None),
        (8, "NoMethodError"),
        (14, None),
    ]
    assert rows[1][3] == "Order store unavailable for order 13"
    assert rows[4][3].startswith("undefined method `total' for nil:NilClass")
