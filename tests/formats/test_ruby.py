"""Ruby's standard Logger (Rails, Sidekiq, Puma)."""

from datetime import datetime

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.registry import detect
from errctl.formats.ruby import FORMAT
from tests.ingest.stored import stored_events


def test_header():
    f = FORMAT.parse(
        'I, [2024-05-01T12:00:00.123456 #1234]  INFO -- : Started GET "/" for 127.0.0.1'
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01T12:00:00.123456",
        "INFO",
        None,
        'Started GET "/" for 127.0.0.1',
        {"pid": 1234},
    )
    f = FORMAT.parse("E, [2024-05-01T12:00:01.000000 #7] ERROR -- sidekiq: boom (RuntimeError)")
    assert (f.level, f.logger, f.message) == ("ERROR", "sidekiq", "boom (RuntimeError)")
    assert FORMAT.parse("A, [2024-05-01T12:00:01 #7]   ANY -- : x").level == "critical"


def test_header_with_a_blank_in_its_time():
    """`logger.datetime_format = "%Y-%m-%d %H:%M:%S"`: a blank for the T, no fraction."""
    f = FORMAT.parse("W, [2023-08-14 21:07:55 #4410]  WARN -- Billing: card declined for 88")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2023-08-14 21:07:55",
        "WARN",
        "Billing",
        "card declined for 88",
        {"pid": 4410},
    )


@pytest.mark.parametrize(
    "line",
    [
        "I, [2024-05-01T12:00:00.123456 #1234] ERROR -- : letter and level disagree",
        "I, [2024-05-01_12:00:00 #1234]  INFO -- : neither T nor a blank",
        "I, [2024-05-01T12:00:00 1234]  INFO -- : no #",
        "INFO -- : x",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_with_its_backtrace_as_continuation():
    sample = [
        "I, [2024-05-01T12:00:00.123456 #1234]  INFO -- : Started GET /",
        "E, [2024-05-01T12:00:01.000000 #1234] ERROR -- : undefined method `x' (NoMethodError)",
        "app/models/user.rb:12:in `save'",
        "app/controllers/users_controller.rb:5:in `create'",
        "W, [2024-05-01T12:00:02.000000 #1234]  WARN -- : slow request",
    ]
    assert detect(sample).name == "ruby"
    assert FORMAT.parse(sample[2]) is None


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("E, [2024-05-01T12:00:01.000000 #7] ERROR -- " + text)


SIDEKIQ = """\
2024-05-01T12:00:01.456Z pid=1 tid=6jd class=HardJob jid=b4a577edbccf1d805744efa9 INFO: start
2024-05-01T12:00:01.501Z pid=1 tid=6jd class=HardJob jid=b4a577edbccf1d805744efa9 elapsed=0.045 INFO: fail
2024-05-01T12:00:01.502Z pid=1 tid=6jd WARN: {"context":"Job raised exception","job":{"class":"HardJob"}}
2024-05-01T12:00:01.502Z pid=1 tid=6jd WARN: NoMethodError: undefined method `name' for nil
2024-05-01T12:00:01.502Z pid=1 tid=6jd WARN: /app/app/jobs/hard_job.rb:5:in `perform'
/usr/local/bundle/gems/sidekiq-7.2.0/lib/sidekiq/processor.rb:202:in `execute_job'
2024-05-01T12:00:02.000Z pid=1 tid=6ip INFO: done
"""  # noqa: E501


def test_sidekiq_layout():
    f = FORMAT.parse(SIDEKIQ.splitlines()[1])
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-05-01T12:00:01.501Z",
        "INFO",
        "fail",
        {
            "pid": 1,
            "tid": "6jd",
            "class": "HardJob",
            "jid": "b4a577edbccf1d805744efa9",
            "elapsed": "0.045",
        },
    )
    assert FORMAT.parse("2024-05-01T12:00:01.501Z pid=1 tid=6jd NOTE: no level") is None


def test_sidekiq_backtrace_joins_the_exception_line_of_its_thread():
    lines = SIDEKIQ.splitlines()
    assert FORMAT.continues(lines[4], lines[3]) == "/app/app/jobs/hard_job.rb:5:in `perform'"
    assert FORMAT.continues(lines[4], lines[3].replace("tid=6jd", "tid=7xx")) is None
    assert FORMAT.continues(lines[3], lines[2]) is None  # not a frame
    assert FORMAT.continues(lines[4], lines[4]) is None  # under a frame: not an exception line's


def test_a_failed_sidekiq_job_is_one_event_with_its_chain(tmp_path):
    rows = stored_events(tmp_path, SIDEKIQ, "line, level, exception_type, stack")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "info", None),
        (2, "info", None),
        (3, "warning", None),
        (4, "warning", "NoMethodError"),
        (7, "info", None),
    ]
    (exc,) = orjson.loads(rows[3][3])
    assert [f["function"] for f in exc["frames"]] == ["execute_job", "perform"]


@pytest.mark.parametrize(
    ("message", "request_id", "rest"),
    [
        (  # ActionDispatch::RequestId's UUID (`config.log_tags = [:request_id]`)
            "[0c9e7d52-8a1f-4b3e-9d2c-5f6a7b8c9d0e] Completed 200 OK in 8ms",
            "0c9e7d52-8a1f-4b3e-9d2c-5f6a7b8c9d0e",
            "Completed 200 OK in 8ms",
        ),
        (  # nginx's `$request_id` passed on as X-Request-Id, and a second tag after it
            '[4fa1c0e2b7d94a6f8e3b2c1d0a9f8e7d] [10.0.4.2] Started GET "/cart"',
            "4fa1c0e2b7d94a6f8e3b2c1d0a9f8e7d",
            '[10.0.4.2] Started GET "/cart"',
        ),
        ("[0c9e7d52-8a1f-4b3e-9d2c-5f6a7b8c9d0e]", "0c9e7d52-8a1f-4b3e-9d2c-5f6a7b8c9d0e", ""),
        # Not request ids: a job's tags (context of their own), a short or non-hex word in
        # brackets.
        ("[ActiveJob] [OrdersMailerJob] Performing", None, "Performing"),
        ("[deadbeef] cache miss", None, None),
        ("[abcdefabcdefabcdef] no digit in it", None, None),
    ],
)
def test_rails_request_id_tag_is_an_attribute(message, request_id, rest):
    f = FORMAT.parse(f"I, [2025-02-14T09:31:07.000001 #41]  INFO -- : {message}")
    assert f.attributes.get("request_id") == request_id
    assert f.message == (message if rest is None else rest)


def test_loggers_first_line_in_a_file_it_created(tmp_path):
    """`Logger.new('app.log')` writes this line first: it was raw text (no level, the file's
    time and Logger's version in its template, a group in every service's list)."""
    rows = stored_events(
        tmp_path,
        "# Logfile created on 2026-12-04 07:57:04 +0000 by logger.rb/v1.5.0\n"
        "I, [2026-12-04T07:57:04.492464 #5672]  INFO -- billing: processing order 0\n",
        "line, level, timestamp, format",
    )
    assert rows == [
        (1, "debug", datetime(2026, 12, 4, 7, 57, 4), "ruby"),
        (2, "info", datetime(2026, 12, 4, 7, 57, 4, 492464), "ruby"),
    ]


# Ruby 3.1's Logger with an app that logs its exception, then each backtrace line as a record
# of its own (`e.backtrace.each { |l| log.error(l) }`), captured here.
LOGGED_BACKTRACE = """\
E, [2026-12-04T21:32:25.846290 #28952] ERROR -- : ArgumentError: bad input
E, [2026-12-04T21:32:25.846328 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846334 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846339 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846343 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846346 #28952] ERROR -- : t.rb:6:in `block in <main>'
E, [2026-12-04T21:32:25.846350 #28952] ERROR -- : t.rb:4:in `times'
E, [2026-12-04T21:32:25.846353 #28952] ERROR -- : t.rb:4:in `<main>'
I, [2026-12-04T21:32:25.846359 #28952]  INFO -- : processed batch 0
E, [2026-12-04T21:32:25.846366 #28952] ERROR -- : ArgumentError: bad input
E, [2026-12-04T21:32:25.846372 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846376 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846380 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846383 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846387 #28952] ERROR -- : t.rb:6:in `block in <main>'
E, [2026-12-04T21:32:25.846391 #28952] ERROR -- : t.rb:4:in `times'
E, [2026-12-04T21:32:25.846395 #28952] ERROR -- : t.rb:4:in `<main>'
I, [2026-12-04T21:32:25.846399 #28952]  INFO -- : processed batch 1
E, [2026-12-04T21:32:25.846404 #28952] ERROR -- : ArgumentError: bad input
E, [2026-12-04T21:32:25.846410 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846413 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846417 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846420 #28952] ERROR -- : t.rb:3:in `deep'
E, [2026-12-04T21:32:25.846424 #28952] ERROR -- : t.rb:6:in `block in <main>'
E, [2026-12-04T21:32:25.846428 #28952] ERROR -- : t.rb:4:in `times'
E, [2026-12-04T21:32:25.846432 #28952] ERROR -- : t.rb:4:in `<main>'
I, [2026-12-04T21:32:25.846435 #28952]  INFO -- : processed batch 2
"""


def test_a_backtrace_logged_a_frame_a_record_is_its_exceptions(tmp_path):
    rows = stored_events(tmp_path, LOGGED_BACKTRACE, "line, level, template, exception_type")
    assert [(r[0], r[3]) for r in rows] == [
        (1, "ArgumentError"),
        (9, None),
        (10, "ArgumentError"),
        (18, None),
        (19, "ArgumentError"),
        (27, None),
    ]
    assert rows[0][2] == rows[2][2] == "ArgumentError: bad input"
    # Frames with no exception's record above them stay records of their own.
    frames_only = "\n".join(LOGGED_BACKTRACE.splitlines()[1:3]) + "\n"
    (tmp_path / "alone").mkdir()
    assert len(stored_events(tmp_path / "alone", frames_only, "line")) == 2


# The layout Rails 7.0 writes to standard output (no Logger header: the tags and the message),
# composed from bench/heldout/rails' lines (no Rails was run here): two requests interleaved,
# one failing with the exception Rails logs under its tag, line by line.
A = "[37ddea2d-4efd-41e2-8277-3be07d5a7dc7]"
B = "[e886fe12-0f2d-4623-98f5-7034133087bf]"
POOL = "lib/active_record/connection_adapters/abstract/connection_pool"
RAILS_BARE = (
    "\n".join(
        [
            f'{A} Started GET "/projects/417/issues" for 203.0.113.11 at 2024-06-11 06:00:31 +0000',
            f"{A} Processing by IssuesController#index as HTML",
            f'{A}   Parameters: {{"project_id"=>"417"}}',
            f'{B} Started PATCH "/issues/207" for 203.0.113.150 at 2024-06-11 06:00:36 +0000',
            f"{A} Completed 500 Internal Server Error in 1468ms (ActiveRecord: 114.1ms |"
            " Allocations: 24509)",
            f"{A}   ",
            f"{A} ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool"
            " within 5.000 seconds (waited 5.069 seconds); all pooled connections were in use):",
            f"{A}   ",
            f"{A} activerecord (7.1.3.4) {POOL}/queue.rb:128:in `block in wait_poll'",
            f"{A} activerecord (7.1.3.4) {POOL}.rb:370:in `acquire_connection'",
            f"{B} Processing by IssuesController#update as TURBO_STREAM",
            f"{B} Completed 302 Found in 40ms (ActiveRecord: 10.1ms | Allocations: 2409)",
        ]
    )
    + "\n"
)


def test_rails_tagged_lines_without_a_header_read_the_request_id(tmp_path):
    rows = stored_events(
        tmp_path, RAILS_BARE, "line, level, message, template, exception_type, attributes"
    )
    by_line = {r[0]: r for r in rows}
    assert sorted(by_line) == [1, 2, 3, 4, 5, 7, 11, 12]
    assert by_line[1][3] == by_line[4][3] == "Started <*> for <*> at <*>"
    assert orjson.loads(by_line[4][5])["request_id"] == "e886fe12-0f2d-4623-98f5-7034133087bf"
    # The blank under the tag says nothing: the 500 is its line alone.
    assert by_line[5][2].endswith("(ActiveRecord: 114.1ms | Allocations: 24509)")
    # The exception's blank and frames, each under the tag, are its trace.
    assert by_line[7][4] == "ActiveRecord::ConnectionTimeoutError"
    assert by_line[7][1] == "error"


def test_lograge_under_a_rails_tag_is_named_by_its_request(tmp_path):
    text = (
        "[a35a5a0f-c2ed-4dd9-9fef-3c2c462df68b] method=GET path=/api/v1/notifications format=json"
        " controller=Api::V1::NotificationsController action=index status=200 duration=49.72"
        " view=7.19 db=16.82\n"
        "[cbb449ee-e3e0-47fe-a02a-655ff1f931a7] method=GET path=/wp-login.php format=html"
        " controller=Api::BaseController action=not_found status=404 duration=2.93 view=0.00"
        " db=0.00\n"
    )
    rows = stored_events(tmp_path, text, "level, message, template")
    assert rows == [
        ("info", "GET /api/v1/notifications 200", "GET /api/v1/notifications 200"),
        ("warning", "GET /wp-login.php 404", "GET /wp-login.php 404"),
    ]


def test_rails_parameters_line_in_a_log_of_messages_alone(tmp_path):
    # Rails' production.log without Logger's header (Discourse's): `  Parameters:` is logged by
    # a call of its own, so it is an event though it is indented; a line indented under any
    # other line still goes on it.
    text = (
        'Started GET "/t/916/posts.json" for 192.0.2.8 at 2024-06-04 06:02:21 +0000\n'
        "Processing by TopicsController#posts as JSON\n"
        '  Parameters: {"post_ids"=>["47421"], "topic_id"=>"916"}\n'
        "Completed 200 OK in 13ms (ActiveRecord: 2.3ms | Allocations: 6986)\n"
        "Job exception: boom\n"
        "  Parameters: not Rails' here\n"
    )
    rows = stored_events(tmp_path, text, "line, message")
    assert [line for line, _ in rows] == [1, 2, 3, 4, 5]
    assert rows[1][1] == "Processing by TopicsController#posts as JSON"


def test_rails_indented_request_lines_and_an_exceptions_unindented_frames(tmp_path):
    """Redmine's production.log: each of Rails' indented lines while it processes a request
    (`  Current user:`, `  Rendering`, `  Rendered`) is logged by a call of its own, so an
    event; the backtrace under a request's exception, unindented, is that exception's."""
    text = (
        'Started GET "/issues/7" for 192.0.2.8 at 2024-06-05 06:02:21 +0000\n'
        "Processing by IssuesController#show as HTML\n"
        '  Parameters: {"id"=>"7"}\n'
        "  Current user: jsmith (id=5)\n"
        "  Rendering issues/show.html.erb within layouts/base\n"
        "  Rendered issues/show.html.erb within layouts/base (Duration: 45.2ms)\n"
        "Completed 500 Internal Server Error in 59ms (ActiveRecord: 27.4ms)\n"
        "  \n"
        "ActionView::Template::Error (undefined method `name' for nil:NilClass):\n"
        "    14:       <%= item.assigned_to.name %>\n"
        "  \n"
        "plugins/checklists/app/views/issues/_checklist.html.erb:14\n"
        "lib/redmine/hook.rb:67:in `block (2 levels) in call_hook'\n"
        "Failed login for 'bob' from 192.0.2.9 at 2024-06-05 06:02:30 UTC\n"
        "  Rendering account/login.html.erb within layouts/base\n"
    )
    rows = stored_events(tmp_path, text, "line, message")
    assert [line for line, _ in rows] == [1, 2, 3, 4, 5, 6, 7, 9, 14]
    assert rows[7][1].startswith("ActionView::Template::Error")
    # Under a line of the application's own, an indented line still goes on it.
    assert rows[8][1].startswith("Failed login for 'bob'")


def test_rakes_report_of_the_error_a_task_died_of_is_one_event(tmp_path):
    """`rake resque:work` dying: Rake's `rake aborted!`, the exception, its backtrace and the
    task chain, under the worker's own last line, which it is not part of."""
    text = (
        "** [09:30:09 2024-06-06] 23011: Failed to start worker : #<Redis::CannotConnectError>\n"
        "rake aborted!\n"
        "Redis::CannotConnectError: Error connecting to Redis on 10.0.4.10:6379\n"
        "/srv/shop/bundle/gems/redis-4.8.1/lib/redis/client.rb:398:in `establish_connection'\n"
        "/srv/shop/bundle/gems/resque-2.6.0/lib/resque/tasks.rb:20:in `block in <top>'\n"
        "Tasks: TOP => resque:work\n"
        "(See full trace by running task with --trace)\n"
        "** [09:30:19 2024-06-06] 23012: Starting worker main\n"
    )
    rows = stored_events(tmp_path, text, "line, message")
    assert [line for line, _ in rows] == [1, 2, 8]
    assert rows[1][1] == "rake aborted!"


def test_lograge_under_loggers_header_is_a_request_record(tmp_path):
    # OpenProject: Ruby's Logger header, Rails' request id tag, then lograge's fields.
    head = "I, [2024-06-07T06:00:35.341309 #25]  INFO -- : [61c36fec-0a4f-4397-8fb7-b2be446e6b21] "
    line = (
        "method=GET path=/work_packages/1632/activity format=html"
        " controller=WorkPackagesController action=show status=200 duration=58.33 user=7"
    )
    f = FORMAT.parse(head + line)
    assert f.attributes["controller"] == "WorkPackagesController"
    assert f.attributes["request_id"] == "61c36fec-0a4f-4397-8fb7-b2be446e6b21"
    events = stored_events(tmp_path, head + line + "\n", "level, message, template")
    assert events == [
        ("info", "GET /work_packages/1632/activity 200", "GET /work_packages/<*>/activity 200")
    ]
    # A message with words before its pairs stays a message.
    f = FORMAT.parse(head + "Completed in 5ms method=GET path=/x")
    assert f.message == "Completed in 5ms method=GET path=/x"


def test_zammads_thread_after_the_pid_with_no_blank():
    fields = FORMAT.parse(
        'I, [2024-06-07T08:45:02.460880#1187-2812]  INFO -- : Started POST "/api/v1/signin"'
    )
    assert fields is not None
    assert (fields.level, fields.message) == ("INFO", 'Started POST "/api/v1/signin"')
    assert fields.attributes == {"pid": 1187, "thread": 2812}


def test_open_ondemands_time_progname_and_inspected_message():
    """`[%s %s] %5s %s` with the message as `String#inspect` writes it: unquoted, and a lograge
    record in it named by its request."""
    fields = FORMAT.parse(
        '[2024-06-07 06:35:05 -0400 ]  INFO "method=GET path=/pun/sys/dashboard format=html '
        'controller=DashboardController action=index status=200 duration=367.83"'
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.message) == (
        "2024-06-07 06:35:05 -0400",
        "INFO",
        "GET /pun/sys/dashboard 200",
    )
    fields = FORMAT.parse('[2024-06-07 06:37:14 -0400 ]  WARN "job \\"42\\" failed:\\tretrying"')
    assert fields is not None
    assert (fields.level, fields.message) == ("WARN", 'job "42" failed:\tretrying')


def test_active_jobs_tags_are_context_not_the_message():
    # Left in the message, a job's lines under the worker and under the web process (no class
    # and id tags) were two statements each.
    f = FORMAT.parse(
        "I, [2024-06-07T06:04:16.532950 #52541]  INFO -- : [ActiveJob] [Decidim::EventPublisherJob]"
        " [ccc38ec2-60fd-4d67-addb-056dcb4b6d51] Performing Decidim::EventPublisherJob"
    )
    assert f.message == "Performing Decidim::EventPublisherJob"
    assert f.attributes == {
        "pid": 52541,
        "job_class": "Decidim::EventPublisherJob",
        "job_id": "ccc38ec2-60fd-4d67-addb-056dcb4b6d51",
    }
    f = FORMAT.parse(
        "I, [2024-06-07T06:04:15.365209 #41094]  INFO -- : [6fcd5cd9-b7e9-4bf5-98e1-bc14921b2cae]"
        " [ActiveJob] Enqueued Decidim::EventPublisherJob"
    )
    assert f.message == "Enqueued Decidim::EventPublisherJob"
    assert f.attributes == {"pid": 41094, "request_id": "6fcd5cd9-b7e9-4bf5-98e1-bc14921b2cae"}
