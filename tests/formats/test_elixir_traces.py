"""Elixir's exceptions as Logger and a crashing GenServer print them, parsed and fingerprinted,
in a log and end to end."""

from __future__ import annotations

from pathlib import Path

from errctl.fingerprint.inapp import is_library_frame
from errctl.formats.stacktrace import parse_trace
from errctl.models import Frame
from tests.ingest.stored import stored_events

RAISED = """\
** (RuntimeError) boom
    (my_app 0.1.0) lib/my_app/worker.ex:12: MyApp.Worker.handle_info/2
    (my_app 0.1.0) lib/my_app/worker.ex:30: anonymous fn/1 in MyApp.Worker.run/1
    (elixir 1.15.7) lib/enum.ex:1693: Enum."-map/2-lists^map/1-1-"/2
    (stdlib 5.1.1) gen_server.erl:1077: :gen_server.try_dispatch/4
Last message: :tick"""

EXIT = """\
** (exit) exited in: GenServer.call(MyApp.Cache, {:get, "k"}, 5000)
    ** (EXIT) time out
    (elixir 1.15.7) lib/gen_server.ex:1074: GenServer.call/3
    (my_app 0.1.0) lib/my_app/cache.ex:20: MyApp.Cache.get/1"""


def test_an_exception_and_its_frames_outermost_first():
    (e,) = parse_trace(RAISED)
    assert (e.type, e.value, e.language) == ("RuntimeError", "boom", "elixir")
    assert [(f.module, f.function, f.file, f.lineno) for f in e.frames] == [
        (":gen_server", "try_dispatch/4", "gen_server.erl", 1077),
        ("Enum", '"-map/2-lists^map/1-1-"/2', "lib/enum.ex", 1693),
        ("MyApp.Worker", "anonymous fn/1 in run/1", "lib/my_app/worker.ex", 30),
        ("MyApp.Worker", "handle_info/2", "lib/my_app/worker.ex", 12),
    ]
    assert [is_library_frame(f) for f in e.frames] == [True, True, False, False]


def test_an_exit_is_caused_by_its_reason():
    outer, reason = parse_trace(EXIT)
    assert (outer.type, outer.value) == (
        "exit",
        'exited in: GenServer.call(MyApp.Cache, {:get, "k"}, 5000)',
    )
    assert (reason.type, reason.value) == ("EXIT", "time out")
    assert [f.function for f in reason.frames] == ["get/1", "call/3"]


def test_elixir_module_names_are_read_only_in_beam_frames():
    assert is_library_frame(Frame(file="lib/task.ex", module="Task.Supervised", function="f/1"))
    # A .NET namespace or a Java class that happens to share a name stays the application's.
    assert not is_library_frame(
        Frame(file="Services/Task.cs", module="Task.Services", function="Run")
    )
    assert not is_library_frame(Frame(module="Plug.Api.Controller", function="Get"))


def test_a_genserver_crash_in_a_log_is_one_event(tmp_path: Path):
    text = (
        "12:00:00.123 [info] Running MyAppWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:4000\n"
        "12:00:01.456 [error] GenServer MyApp.Worker terminating\n"
        + RAISED
        + "\n12:00:02.789 [warning] Slow query: 1234ms\n"
    )
    events = stored_events(tmp_path, text, "line, level, message, exception_type")
    assert events == [
        (1, "info", "Running MyAppWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:4000", None),
        (2, "error", "GenServer MyApp.Worker terminating", "RuntimeError"),
        (9, "warning", "Slow query: 1234ms", None),
    ]


def test_not_elixir():
    assert parse_trace("** (not a type) x\n    (app 1.0) lib/a.ex:1: A.b/0") is None
    assert parse_trace("** warning: something") is None


PHOENIX = """\
10:00:01.456 request_id=F1a2b3 [info] GET /api/orders/42
10:00:01.789 request_id=F1a2b3 [error] ** (Ecto.NoResultsError) expected at least one result:

from o0 in MyApp.Order,
  where: o0.id == ^42

    (ecto 3.11.1) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3
    (my_app 0.1.0) lib/my_app_web/order_controller.ex:10: MyAppWeb.OrderController.show/2
10:00:02.000 [info] Sent 404 in 5ms
"""


def test_a_phoenix_log_with_metadata_and_an_exception_as_the_message(tmp_path: Path):
    """Logger's `$time $metadata[$level] $message`: the metadata before the level is read, and
    an exception written as the record's message is parsed with the frames below it."""
    rows = stored_events(
        tmp_path, PHOENIX, "line, level, attributes->>'request_id', exception_type, stack"
    )
    assert [row[:4] for row in rows] == [
        (1, "info", "F1a2b3", None),
        (2, "error", "F1a2b3", "Ecto.NoResultsError"),
        (9, "info", None, None),
    ]
    assert "MyAppWeb.OrderController" in rows[1][4]


GENSERVER_WITH_CLIENT = """\
** (RuntimeError) cache backend unavailable
    (my_app 0.1.0) lib/my_app/cache.ex:42: MyApp.Cache.handle_call/3
    (stdlib 5.2) gen_server.erl:1131: :gen_server.try_handle_call/4
Last message (from #PID<0.1234.0>): {:get, "user:42"}
State: %{conn: nil}
Client #PID<0.1234.0> is alive

    (stdlib 5.2) gen.erl:240: :gen.do_call/4
    (elixir 1.16.0) lib/gen_server.ex:1071: GenServer.call/3"""


def test_a_genservers_client_stack_is_not_the_crashs():
    """A GenServer's report prints its client's stack after its state: those frames are where
    the caller waited, not where the server raised."""
    (e,) = parse_trace(GENSERVER_WITH_CLIENT)
    assert [f.function for f in e.frames] == ["try_handle_call/4", "handle_call/3"]


def test_a_frame_printed_with_its_arguments_is_named_by_its_arity():
    """A FunctionClauseError prints the failing call with the arguments it got, which differ
    between crashes of one bug: the frame is `parse/2` whatever they were."""
    functions = set()
    for args in ('nil, "a,b"', '%{"k" => 1, "j" => 2}, [1, 2]', "<<1, 2>>, {:ok, #PID<0.1.0>}"):
        (e,) = parse_trace(
            "** (FunctionClauseError) no function clause matching in MyApp.Parser.parse/2\n"
            f"    (my_app 0.1.0) lib/my_app/parser.ex:10: MyApp.Parser.parse({args})\n"
            "    (elixir 1.16.0) lib/task/supervised.ex:101: Task.Supervised.invoke_mfa/2"
        )
        frame = e.frames[-1]
        assert (frame.module, frame.lineno) == ("MyApp.Parser", 10)
        functions.add(frame.function)
    assert functions == {"parse/2"}


def test_a_crash_report_in_a_file_with_undated_lines_stays_whole(tmp_path: Path):
    """Plausible's container log opens with its release scripts' undated lines, so a line no
    format reads is that writer's own event unless it plainly goes on the header: a GenServer's
    or a request's crash report is the report's, every line of it, at column 0 or not."""
    text = (
        "Loading plausible..\nStarting dependencies..\nStarting repos..\n"
        "12:00:00.123 [info] Running PlausibleWeb.Endpoint with cowboy 2.10.0 at :::8000\n"
        "12:00:01.456 [error] GenServer Plausible.Event.WriteBuffer terminating\n"
        "** (DBConnection.ConnectionError) connection not available and request was dropped\n"
        "\n"
        "  1. Ensuring your database is available\n"
        "\n"
        "See DBConnection.start_link/2 for more information\n"
        "\n"
        "    (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise/1\n"
        "Last message: :tick\n"
        "State: %{buffer: [], name: Plausible.Event.WriteBuffer}\n"
        "12:00:02.789 [error] #PID<0.128.0> running PlausibleWeb.Endpoint (connection "
        "#PID<0.62.0>, stream id 6) terminated\n"
        "Server: plausible.example.com:80 (http)\n"
        "Request: GET /api/stats/main-graph\n"
        "** (exit) an exception was raised:\n"
        "    ** (DBConnection.ConnectionError) connection not available\n"
        "        (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise/1\n"
        "12:00:03.001 [info] Sent 500 in 2ms\n"
        "Creation of Db successful!\n"
    )
    events = stored_events(tmp_path, text, "line, level, exception_type")
    assert events == [
        (1, None, None),
        (2, None, None),
        (3, None, None),
        (4, "info", None),
        (5, "error", "DBConnection.ConnectionError"),
        (15, "error", "exit"),
        (21, "info", None),
        (22, None, None),
    ]
