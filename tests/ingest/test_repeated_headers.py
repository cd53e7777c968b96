"""A message of several lines written with its header before each line (RabbitMQ 3.10's log,
captured from a real broker here: failed logins, channel exceptions, dropped clients, its
start-up banner and its shutdown; Maven 3.8's batch-mode output of a build that does not compile,
where no line has a time): one event per call, not one per line."""

from __future__ import annotations

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import GroupFilter
from errctl.query.groups import list_groups
from errctl.store.duckdb_store import DuckDBStore
from tests.ingest.stored import stored_events

H = "2026-12-04 15:41:09"
C = "127.0.0.1:40322 -> 127.0.0.1:5672, vhost: '/', user: 'guest'"


def at(time: str, level: str, pid: str, message: str) -> str:
    """A line as RabbitMQ writes it: time, level, Erlang process, message."""
    if ":" not in time:
        time = f"{H}.{time}"
    return f"{time}+00:00 [{level}] <0.{pid}.0> {message}"


B = "2026-12-04 15:40:44.110722"
B2 = "2026-12-04 15:40:44.111454"
PEERS = "2026-12-04 15:40:47.667"
ALARM = "2026-12-04 15:41:12.557019"
HALT = "2026-12-04 15:41:12.633165"
STARS = "*" * 58
RABBIT = "\n".join(
    [
        at(B, "info", "223", ""),
        at(B, "info", "223", " Starting RabbitMQ 3.10.8 on Erlang 25.2.3 [jit]"),
        at(B, "info", "223", " Licensed under the MPL 2.0. Website: https://rabbitmq.com"),
        at(B2, "info", "223", ""),
        at(B2, "info", "223", " node           : rabbit@vm"),
        at(B2, "info", "223", " home dir       : /var/lib/rabbitmq"),
        at("2026-12-04 15:40:47.667593", "info", "223", "All discovered existing cluster peers:"),
        at(
            "2026-12-04 15:40:47.667637", "info", "223", "Discovered no peer nodes to cluster with."
        ),
        at("033345", "info", "674", "accepting AMQP connection <0.674.0> (127.0.0.1:40298 -> x)"),
        at(
            "034929",
            "error",
            "674",
            "Error on AMQP connection <0.674.0> (127.0.0.1:40298 -> x, state: starting):",
        ),
        at("034929", "error", "674", "PLAIN login refused: user 'alice' - invalid credentials"),
        at("035453", "info", "674", "closing AMQP connection <0.674.0> (127.0.0.1:40298 -> x)"),
        at(
            "038007",
            "error",
            "680",
            "Error on AMQP connection <0.680.0> (127.0.0.1:40304 -> x, state: starting):",
        ),
        at("038007", "error", "680", "PLAIN login refused: user 'bob' - invalid credentials"),
        at("047883", "error", "711", f"Channel error on connection <0.690.0> ({C}), channel 1:"),
        at(
            "047883",
            "error",
            "711",
            "operation queue.declare caused a channel exception not_found: no queue 'missing' "
            "in vhost '/'",
        ),
        at("048879", "error", "718", f"Channel error on connection <0.690.0> ({C}), channel 1:"),
        at(
            "048879",
            "error",
            "718",
            "operation basic.publish caused a channel exception not_found: no exchange "
            "'no-such-exchange' in vhost '/'",
        ),
        at("051985", "warning", "726", f"closing AMQP connection <0.726.0> ({C}):"),
        at("051985", "warning", "726", "client unexpectedly closed TCP connection"),
        at(ALARM, "warning", "479", "memory resource limit alarm set on node 'rabbit@vm'."),
        at(ALARM, "warning", "479", ""),
        at(ALARM, "warning", "479", STARS),
        at(ALARM, "warning", "479", "*** Publishers will be blocked until this alarm clears ***"),
        at(HALT, "info", "791", "Halting Erlang VM with the following applications:"),
        at(HALT, "info", "791", "    amqp10_common"),
        at(HALT, "info", "791", "    kernel"),
        at(HALT, "info", "791", ""),
    ]
)


def test_each_call_of_several_lines_is_one_event(tmp_path):
    rows = stored_events(tmp_path, RABBIT, "line, level, message")
    assert [(line, level) for line, level, _ in rows] == [
        (1, "info"),
        (4, "info"),
        (7, "info"),
        (8, "info"),
        (9, "info"),
        (10, "error"),
        (12, "info"),
        (13, "error"),
        (15, "error"),
        (17, "error"),
        (19, "warning"),
        (21, "warning"),
        (25, "info"),
    ]
    messages = {line: message for line, _, message in rows}
    assert messages[1] == (
        "Starting RabbitMQ 3.10.8 on Erlang 25.2.3 [jit]\n"
        "Licensed under the MPL 2.0. Website: https://rabbitmq.com"
    )
    assert messages[10] == (
        "Error on AMQP connection <0.674.0> (127.0.0.1:40298 -> x, state: starting):\n"
        "PLAIN login refused: user 'alice' - invalid credentials"
    )
    assert messages[19].endswith(":\nclient unexpectedly closed TCP connection")
    assert messages[21] == (
        "memory resource limit alarm set on node 'rabbit@vm'.\n\n"
        f"{STARS}\n"
        "*** Publishers will be blocked until this alarm clears ***"
    )
    assert messages[25].splitlines() == [
        "Halting Erlang VM with the following applications:",
        "    amqp10_common",
        "    kernel",
    ]


def test_two_calls_of_one_process_stay_two_events(tmp_path):
    # Another instant (`All discovered ...:` above), another process, or a first line that
    # announces nothing: the line is a call of its own, whatever it says.
    text = f"""\
{H}.100000+00:00 [info] <0.1.0> accepting AMQP connection <0.1.0> (a -> b)
{H}.100000+00:00 [info] <0.1.0> connection <0.1.0> (a -> b): user 'guest' authenticated
{H}.200000+00:00 [error] <0.2.0> Error on AMQP connection <0.2.0> (a -> b, state: starting):
{H}.200000+00:00 [error] <0.3.0> PLAIN login refused: user 'x' - invalid credentials
"""
    rows = stored_events(tmp_path, text, "line")
    assert [r[0] for r in rows] == [1, 2, 3, 4]


def test_a_time_in_whole_seconds_is_no_calls_own(tmp_path):
    text = """\
2026-12-04 15:41:09 [error] worker-1 Failed to sync the following shards:
2026-12-04 15:41:09 [error] worker-1     shard-3
"""
    rows = stored_events(tmp_path, text, "line")
    assert [r[0] for r in rows] == [1, 2]


def test_the_groups_title_reads_on_past_a_first_line_that_announces_more(tmp_path):
    # The first line alone would title the two channel exceptions alike.
    log = tmp_path / "rabbit@vm.log"
    log.write_text(RABBIT)
    store = DuckDBStore(tmp_path / "store.duckdb")
    ingest([str(log)], store, IngestOptions())
    titles = sorted(g.title for g in list_groups(store, GroupFilter(), limit=None))
    channel = [t for t in titles if t.startswith("Channel error")]
    assert len(channel) == 2
    assert all(" channel <*>: operation " in t for t in channel)
    assert channel[0].endswith("no queue <*> in vhost <*>") != channel[1].endswith(
        "no queue <*> in vhost <*>"
    )
    assert any(t.endswith("): PLAIN login refused: user <*> - invalid credentials") for t in titles)
    # A banner's empty first line: its title is its next line.
    assert any(t.startswith("Starting RabbitMQ") for t in titles)
    # A first line that announces nothing stays the title alone.
    assert "Discovered no peer nodes to cluster with." in titles


def test_an_erlang_crash_report_is_one_event(tmp_path):
    # As the same broker wrote them for `rabbitmqctl eval` of a process that fails.
    exit_at, crash_at = "2026-12-04 16:19:55.705778", "2026-12-04 16:19:57.348516"
    report = [
        "  crasher:",
        "    initial call: erl_eval:'-expr/6-fun-2-'/0",
        "    pid: <0.520.0>",
        "    exception exit: {timeout,{gen_server,call,[x]}}",
        "    ancestors: [<0.519.0>]",
        "  neighbours:",
        "",
    ]
    text = "\n".join(
        [
            at(
                exit_at,
                "error",
                "511",
                "Error in process <0.511.0> on node rabbit@vm with exit value:",
            ),
            at(exit_at, "error", "511", "{{badarg,orders_queue},"),
            at(
                exit_at,
                "error",
                "511",
                ' [{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,742}]}]}',
            ),
            at(exit_at, "error", "511", ""),
            *(at(crash_at, "error", "520", line) for line in report),
            at("2026-12-04 16:19:58.000112", "info", "223", "Stopping application 'rabbit'"),
        ]
    )
    rows = stored_events(tmp_path, text + "\n", "line, message")
    assert [line for line, _ in rows] == [1, 5, 12]
    assert rows[0][1].splitlines()[1] == "{{badarg,orders_queue},"
    assert "exception exit: {timeout,{gen_server,call,[x]}}" in rows[1][1]


# `mvn -B compile` of a class with two errors (Maven 3.8.7, maven-compiler-plugin 3.13.0).
MAVEN = (
    "\n".join(
        [
            "[INFO] Scanning for projects...",
            "[INFO] ",
            "[INFO] -----------------------------< demo:demo >------------------------------",
            "[INFO] Building demo 1.0",
            "[INFO] --------------------------------[ jar ]---------------------------------",
            "[INFO] ",
            "[INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ demo ---",
            "[INFO] skip non existing resourceDirectory /tmp/mvn1/src/main/resources",
            "[INFO] ",
            "[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ demo ---",
            "[INFO] Recompiling the module because of changed source code.",
            "[INFO] Compiling 1 source file with javac [debug release 17] to target/classes",
            "[INFO] -------------------------------------------------------------",
            "[ERROR] COMPILATION ERROR : ",
            "[INFO] -------------------------------------------------------------",
            "[ERROR] /tmp/mvn1/src/main/java/demo/App.java:[5,17] incompatible types:"
            " java.lang.String cannot be converted to int",
            "[ERROR] /tmp/mvn1/src/main/java/demo/App.java:[6,9] cannot find symbol",
            "  symbol:   method undefinedCall()",
            "  location: class demo.App",
            "[INFO] 2 errors ",
            "[INFO] -------------------------------------------------------------",
            "[INFO] ------------------------------------------------------------------------",
            "[INFO] BUILD FAILURE",
            "[INFO] ------------------------------------------------------------------------",
            "[INFO] Total time:  0.859 s",
            "[INFO] Finished at: 2026-12-04T23:20:03Z",
            "[INFO] ------------------------------------------------------------------------",
            "[ERROR] Failed to execute goal"
            " org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile)"
            " on project demo: Compilation failure: Compilation failure: ",
            "[ERROR] /tmp/mvn1/src/main/java/demo/App.java:[5,17] incompatible types:"
            " java.lang.String cannot be converted to int",
            "[ERROR] /tmp/mvn1/src/main/java/demo/App.java:[6,9] cannot find symbol",
            "[ERROR]   symbol:   method undefinedCall()",
            "[ERROR]   location: class demo.App",
            "[ERROR] -> [Help 1]",
            "[ERROR] ",
            "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
            "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
            "[ERROR] ",
            "[ERROR] For more information about the errors and possible solutions, please"
            " read the following articles:",
            "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException",
        ]
    )
    + "\n"
)


def test_maven_s_lines_under_a_bracketed_level_alone_join_by_their_shape(tmp_path):
    rows = {r[0]: r[1:] for r in stored_events(tmp_path, MAVEN, "line, level, message")}
    # Maven's blank `[INFO] ` and its rules are no events: nothing of an empty message.
    assert all(message.strip() for _level, message in rows.values())
    assert 2 not in rows and 6 not in rows and 22 not in rows
    # The failed goal announces its reasons (`Compilation failure: `): they are its lines,
    # javac's errors and their indented detail, up to the blank `[ERROR] `.
    level, failure = rows[28]
    assert level == "error" and failure.startswith("Failed to execute goal")
    assert failure.endswith("  location: class demo.App\n-> [Help 1]")
    assert "App.java:[5,17] incompatible types" in failure
    assert 29 not in rows and 33 not in rows and 34 not in rows
    # After it, Maven's advice: its own events, the same in every failed build.
    assert rows[35] == (
        "error",
        "To see the full stack trace of the errors, re-run Maven with the -e switch.",
    )
    assert rows[38][1].endswith(
        "articles:\n[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException"
    )
    # Two errors of one level that announce nothing stay two events.
    assert rows[16][1].endswith("incompatible types: java.lang.String cannot be converted to int")
    assert rows[17][1].startswith("/tmp/mvn1/src/main/java/demo/App.java:[6,9] cannot find symbol")


BEEGO_CRASH = """\
2024/06/07 09:00:33.900 [I]  ldap autosync success, 0 new users, 413 existing users
2024/06/07 09:00:34.124 [C]  Handler crashed with error runtime error: invalid memory address or nil pointer dereference
2024/06/07 09:00:34.124 [C]  /usr/local/go/src/runtime/panic.go:920
2024/06/07 09:00:34.124 [C]  /go/src/casdoor/object/token_oauth.go:379
2024/06/07 09:00:34.124 [C]  /go/pkg/mod/github.com/astaxie/beego@v1.12.3/router.go:897
2024/06/07 09:00:34.124 [C]  /usr/local/go/src/runtime/asm_amd64.s:1650
2024/06/07 09:00:34.125 [C]  /usr/local/go/src/runtime/panic.go:920
"""  # noqa: E501 (the lines as Beego writes them)


def test_beegos_crash_stack_a_frame_a_call_is_one_event(tmp_path):
    """Beego's RecoverPanic logs the crash, then each frame by a call of its own under the
    same header: 220 frames of Casdoor's crashes were critical events of their own, one `<*>`
    group. In the crash's instant they go on it; a frame in another instant does not."""
    events = stored_events(tmp_path, BEEGO_CRASH, "line, level, message")
    assert [e[0] for e in events] == [1, 2, 7]
    assert events[1][2].endswith(
        "dereference\n/usr/local/go/src/runtime/panic.go:920\n"
        "/go/src/casdoor/object/token_oauth.go:379\n"
        "/go/pkg/mod/github.com/astaxie/beego@v1.12.3/router.go:897\n"
        "/usr/local/go/src/runtime/asm_amd64.s:1650"
    )
