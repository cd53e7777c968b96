"""Ruby services' logs end to end: Logger's exception lines with their backtraces, uncaught
exceptions on stderr with their causes, and Rails' tagged error block, each one event whose
chain is parsed and grouped by its frames. The traces are Ruby 3.1.2's own output."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.ingest.stored import stored_events

LOGGER_AND_STDERR = """\
I, [2026-11-29T09:50:14.000000 #9940]  INFO -- : shipping order 17
E, [2026-11-29T09:50:14.731229 #9940] ERROR -- : order has no lines (ArgumentError)
/srv/shop/app/models/order.rb:10:in `rescue in ship'
/srv/shop/app/models/order.rb:7:in `ship'
/usr/local/bundle/gems/sidekiq-7.2.0/lib/sidekiq/processor.rb:202:in `execute_job'
/srv/shop/app/jobs/ship_job.rb:5:in `perform'
cause.rb:6:in `rescue in load_config': config is not JSON (RuntimeError)
\tfrom cause.rb:3:in `load_config'
\tfrom cause.rb:8:in `<main>'
/usr/lib/ruby/3.1.0/json/common.rb:216:in `parse': 859: unexpected token at '{oops' (JSON::ParserError)
\tfrom /usr/lib/ruby/3.1.0/json/common.rb:216:in `parse'
\tfrom cause.rb:4:in `load_config'
\tfrom cause.rb:8:in `<main>'
E, [2026-11-29T09:51:02.100000 #9940] ERROR -- : order has no lines (ArgumentError)
/srv/shop/app/models/order.rb:11:in `rescue in ship'
/srv/shop/app/models/order.rb:8:in `ship'
/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:210:in `execute_job'
/srv/shop/app/jobs/ship_job.rb:5:in `perform'
I, [2026-11-29T09:51:03.000000 #9940]  INFO -- : next
"""  # noqa: E501

RAILS_TAGGED = """\
I, [2026-11-29T10:00:00.100000 #7]  INFO -- : [8f3c1b2a-1111-2222-3333-444455556666] Started GET "/users/12" for 10.0.0.7
F, [2026-11-29T10:00:00.180000 #7] FATAL -- : [8f3c1b2a-1111-2222-3333-444455556666]   
[8f3c1b2a-1111-2222-3333-444455556666] NoMethodError (undefined method `name' for nil):
[8f3c1b2a-1111-2222-3333-444455556666]   
[8f3c1b2a-1111-2222-3333-444455556666] app/models/user.rb:12:in `display_name'
[8f3c1b2a-1111-2222-3333-444455556666] app/controllers/users_controller.rb:10:in `show'
I, [2026-11-29T10:00:01.000000 #7]  INFO -- : [9a3c1b2a-1111-2222-3333-444455556666] Started GET "/" for 10.0.0.7
"""  # noqa: E501, W291


def _events(tmp_path: Path, text: str) -> list[tuple]:
    return stored_events(
        tmp_path, text, "line, level, exception_type, exception_value, fingerprint, stack"
    )


def test_logger_backtraces_and_uncaught_exceptions_are_events_with_chains(tmp_path: Path):
    rows = _events(tmp_path, LOGGER_AND_STDERR)
    assert [(r[0], r[2]) for r in rows] == [
        (1, None),
        (2, "ArgumentError"),
        (7, "RuntimeError"),  # stderr: not glued to the Logger event above it
        (14, "ArgumentError"),
        (19, None),
    ]
    assert rows[1][3] == "order has no lines"
    # Other line numbers and another version of a gem: the same frames of the app, one group.
    assert rows[1][4] == rows[3][4]
    outer, cause = orjson.loads(rows[2][5])
    assert (outer["type"], cause["type"]) == ("RuntimeError", "JSON::ParserError")
    assert [f["function"] for f in outer["frames"]] == [
        "<main>",
        "load_config",
        "rescue in load_config",
    ]


def test_rails_tagged_error_block_is_one_event_with_its_exception(tmp_path: Path):
    rows = _events(tmp_path, RAILS_TAGGED)
    assert [r[0] for r in rows] == [1, 2, 7]
    _, level, exc_type, exc_value, _, stack = rows[1]
    assert (level, exc_type, exc_value) == (
        "critical",
        "NoMethodError",
        "undefined method `name' for nil",
    )
    (exc,) = orjson.loads(stack)
    assert [(f["file"], f["function"]) for f in exc["frames"]] == [
        ("app/controllers/users_controller.rb", "show"),
        ("app/models/user.rb", "display_name"),
    ]


def test_rails_tagged_error_block_is_named_by_its_exception_line(tmp_path: Path):
    """The FATAL line of Rails' error block is blank after its request id: the event's message
    (and template) is the exception's line below it, the request id an attribute."""
    rows = stored_events(tmp_path, RAILS_TAGGED, "line, message, template, attributes")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, 'Started GET "/users/12" for 10.0.0.7', "Started GET <*> for <*>"),
        (
            2,
            "NoMethodError (undefined method `name' for nil):",
            # GNU-quoted, as straight quotes are: a quoted value (masking.py's `quoted`)
            "NoMethodError (undefined method <*> for <*>):",
        ),
        (7, 'Started GET "/" for 10.0.0.7', "Started GET <*> for <*>"),
    ]
    assert [orjson.loads(r[3])["request_id"] for r in rows] == [
        "8f3c1b2a-1111-2222-3333-444455556666",
        "8f3c1b2a-1111-2222-3333-444455556666",
        "9a3c1b2a-1111-2222-3333-444455556666",
    ]


# Ruby 3.1.2's uncaught NoMethodError, as it wrote it: error_highlight quotes the line that
# raised it and points at the call, between the message and the first `from` frame.
HIGHLIGHTED = """\
app.rb:26:in `deep': undefined method `upcase' for nil:NilClass (NoMethodError)

def deep(n) = n == 0 ? nil.upcase : deep(n - 1)
                          ^^^^^^^
\tfrom app.rb:26:in `deep'
\tfrom app.rb:27:in `<main>'
Next run: 2026-12-04 08:00
"""


def test_error_highlights_quote_stays_in_the_uncaught_exception(tmp_path: Path):
    """The quoted code, unindented after a blank line, started an event of its own that took
    the frames (`<unknown>: def deep(n) = ...`), the exception left with none."""
    rows = _events(tmp_path, HIGHLIGHTED)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        (1, "NoMethodError", "undefined method `upcase' for nil:NilClass"),
        (7, None, None),  # after the frames, the next thing printed is not the crash's
    ]
    frames = orjson.loads(rows[0][5])[0]["frames"]
    assert [f["function"] for f in frames] == ["<main>", "deep", "deep"]
