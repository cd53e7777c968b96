"""Container log envelopes (CRI, Docker json-file): unwrapped before detection and framing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import orjson

from errctl.ingest.envelopes import (
    ENVELOPES,
    compose_service,
    detect_envelope,
    kubernetes_container,
    unwrap_lines,
)
from errctl.ingest.readers import MAX_LINE_BYTES, Line
from tests.ingest.stored import stored_events
from tests.ingest.test_pipeline import PY_LOG, query, run

(
    CRI,
    CLOUDWATCH,
    DOCKER,
    WRAPPER,
    COMPOSE,
    SUPERVISOR,
    KUBECTL,
    PROCESS,
    RANK,
    PASSENGER,
    STERN,
    FILE_NAMED,
    COLLECTED,
    TIMESTAMPS,
    PM2,
    STAMPED,
) = ENVELOPES


CUT = "<cut>"  # ends a line the runtime splits: the rest follows on the next one


def cri(lines: list[str], stream: str = "stderr", second: int = 0) -> str:
    out = []
    for i, text in enumerate(lines):
        tag = "P" if text.endswith(CUT) else "F"
        payload = text.removesuffix(CUT)
        out.append(f"2024-05-01T12:00:{second:02d}.{i * 1000:09d}Z {stream} {tag} {payload}")
    return "\n".join(out) + "\n"


def docker(lines: list[str], stream: str = "stderr") -> str:
    out = []
    for i, text in enumerate(lines):
        log = text.removesuffix(CUT) if text.endswith(CUT) else text + "\n"
        record = {"log": log, "stream": stream, "time": f"2024-05-01T12:00:00.{i:09d}Z"}
        out.append(orjson.dumps(record).decode())
    return "\n".join(out) + "\n"


def events(db: Path) -> list[tuple]:
    return query(
        db,
        "SELECT line, strftime(timestamp, '%H:%M:%S.%f'), level, message, exception_type, "
        "attributes->>'stream' FROM events ORDER BY line",
    )


def test_detection_needs_nearly_every_line_wrapped():
    plain = PY_LOG.splitlines()
    assert detect_envelope(plain) is None
    wrapped = cri(plain).splitlines()
    envelope, payloads = detect_envelope(wrapped)
    assert envelope is CRI and payloads == [p for p in plain if p.strip()]
    assert detect_envelope(docker(plain).splitlines())[0] is DOCKER
    # One wrapped-looking line in a hand-written log does not make it a container log.
    assert detect_envelope([*plain, wrapped[0]]) is None
    # Docker's wrapper has these keys only: an application's JSON with a `log` key is its own.
    app = orjson.dumps({"log": "x\n", "stream": "stderr", "time": "t", "level": "error"})
    assert detect_envelope([app.decode()] * 5) is None


def test_a_cri_python_log_reads_as_the_application_wrote_it(tmp_path: Path):
    log = tmp_path / "0.log"
    log.write_text(cri(PY_LOG.splitlines(), second=30))
    db = tmp_path / "s.duckdb"
    summary = run([log], db)
    (result,) = summary.sources
    assert result.format == "python"
    assert result.format_reason.startswith("container log (CRI")
    got = events(db)
    # Five events, not sixteen lines: the tracebacks are whole again, with their type.
    assert [(e[0], e[2], e[4]) for e in got] == [
        (1, "info", None),
        (2, "error", "KeyError"),
        (9, "warning", None),
        (10, "error", "KeyError"),
    ]
    # The runtime's time (UTC, to the nanosecond) is the event's; the payload's header is gone.
    assert got[1][1] == "12:00:30.000001" and got[1][3] == "Job job-1a2b failed"
    assert {e[5] for e in got} == {"stderr"}


def test_docker_json_payload_split_by_the_runtime_is_one_event(tmp_path: Path):
    """An application logging JSON to stdout, a record over 16 KiB cut in two by Docker: each
    half alone is invalid JSON, and used to be quarantined."""
    big = orjson.dumps({"level": "error", "msg": "boom", "blob": "x" * 40}).decode()
    log = tmp_path / "c-json.log"
    log.write_text(docker([big[:20] + "<cut>", big[20:], '{"level":"info","msg":"ok"}'], "stdout"))
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected, result.lines) == ("json", 2, 0, 3)
    got = events(db)
    assert [(e[0], e[2], e[3]) for e in got] == [(1, "error", "boom"), (3, "info", "ok")]


def test_a_crash_between_json_lines_is_an_event_not_a_rejected_line(tmp_path: Path):
    """An application logging JSON whose runtime prints an uncaught error as text: in a plain
    JSON-lines file such lines are rejected; in a container's output they are the crash."""
    log = tmp_path / "c-json.log"
    log.write_text(
        docker(
            [
                '{"level": "info", "msg": "started"}',
                "Traceback (most recent call last):",
                '  File "/app/main.py", line 3, in <module>',
                "RuntimeError: boom",
                '{"level": "info", "msg": "restarted"}',
            ]
        )
    )
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected) == ("json", 3, 0)
    assert [(e[0], e[2], e[4]) for e in events(db)] == [
        (1, "info", None),
        (2, "error", "RuntimeError"),
        (5, "info", None),
    ]


def test_stdout_and_stderr_never_make_one_event(tmp_path: Path):
    log = tmp_path / "0.log"
    log.write_text(
        cri(["2024-05-01 12:00:00,001 - app - ERROR - failed"], "stderr")
        + cri(["GET /health 200"], "stdout", second=1)
    )
    db = tmp_path / "s.duckdb"
    run([log], db)
    assert [(e[0], e[3], e[5]) for e in events(db)] == [
        (1, "failed", "stderr"),
        (2, "GET /health 200", "stdout"),
    ]


def test_appended_lines_after_a_joined_line_keep_their_numbers(tmp_path: Path):
    log = tmp_path / "0.log"
    db = tmp_path / "s.duckdb"
    log.write_text(cri(["2024-05-01 12:00:00,001 - app - INFO - a very long <cut>", "line"]))
    (first,) = run([log], db).sources
    assert (first.events, first.lines) == (1, 2)
    size = log.stat().st_size
    with log.open("a") as f:
        f.write(cri(["2024-05-01 12:00:01,001 - app - INFO - next"], second=1))
    (second,) = run([log], db).sources
    assert (second.events, second.lines, second.resumed_from) == (1, 1, size)
    assert [(e[0], e[3]) for e in events(db)] == [(1, "a very long line"), (3, "next")]
    assert query(db, "SELECT lines, format FROM sources") == [(3, "cri/python")]


def test_a_store_that_read_a_docker_file_as_json_goes_on_reading_it_so(tmp_path: Path):
    """Before envelopes, a Docker file was read as JSON lines (message from `log`): its
    appended lines must read the same way, not as payloads of the stored format."""
    log = tmp_path / "c-json.log"
    db = tmp_path / "s.duckdb"
    log.write_text(docker(["2024-05-01 12:00:00,001 - app - INFO - one"]))
    run([log], db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE sources SET format = 'json'")
    with log.open("a") as f:
        f.write(docker(["2024-05-01 12:00:01,001 - app - INFO - two"]))
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected) == ("json", 1, 0)
    assert events(db)[-1][3] == "2024-05-01 12:00:01,001 - app - INFO - two"


def test_a_forced_format_reads_the_file_as_it_stands(tmp_path: Path):
    log = tmp_path / "c-json.log"
    log.write_text(docker(["2024-05-01 12:00:00,001 - app - INFO - one"]))
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db, format="json").sources
    assert result.format == "json"
    assert events(db)[0][3] == "2024-05-01 12:00:00,001 - app - INFO - one"


def test_unwrap_lines_joins_caps_and_passes_damage_through():
    def line(text: str, number: int) -> Line:
        return Line(text, number, (number - 1) * 100, number * 100)

    texts = cri(["one <cut>", "two <cut>", "three", "lone <cut>"]).splitlines()
    texts.insert(3, "damaged line")
    got = list(unwrap_lines([line(t, i + 1) for i, t in enumerate(texts)], CRI))
    assert [(g.text, g.number, g.start, g.end, g.physical) for g in got] == [
        ("one two three", 1, 0, 300, 3),
        ("damaged line", 4, 300, 400, 1),
        ("lone ", 5, 400, 500, 1),  # its rest never came: a line of its own
    ]
    huge = "y" * (MAX_LINE_BYTES // 2 + 10)
    (joined,) = unwrap_lines(
        [
            line(t, i + 1)
            for i, t in enumerate(cri([huge + "<cut>", huge + "<cut>", "end"]).splitlines())
        ],
        CRI,
    )
    assert len(joined.text) == MAX_LINE_BYTES and joined.truncated and joined.physical == 3


def test_a_pod_logs_container_is_the_service_of_events_that_name_none(tmp_path: Path):
    pods = tmp_path / "var/log/pods"
    api = pods / "shop_api-7d9f8b6c5-x2kqz_0b6e3c1a-1111-2222-3333-444455556666/api/0.log"
    api.parent.mkdir(parents=True)
    api.write_text(cri(["2024-05-01 12:00:00,001 - app - ERROR - failed"]))
    named = pods / "shop_web-1_0b6e3c1a-1111-2222-3333-777755556666/web/3.log"
    named.parent.mkdir(parents=True)
    named.write_text(cri(['{"level": "error", "msg": "x", "service": "frontend"}']))
    db = tmp_path / "s.duckdb"
    run([pods], db)
    assert query(db, "SELECT service FROM events ORDER BY service") == [("api",), ("frontend",)]


def test_kubernetes_container_from_the_two_layouts():
    uid = "0b6e3c1a-1111-2222-3333-444455556666"
    assert kubernetes_container(f"/var/log/pods/ns_pod-1_{uid}/api/0.log") == "api"
    assert kubernetes_container(f"/x/ns_pod-1_{uid}/api/0.log.20240501-120000.gz") == "api"
    cid = "a" * 64
    assert kubernetes_container(f"/var/log/containers/pod-1_ns_istio-proxy-{cid}.log") == (
        "istio-proxy"
    )
    assert kubernetes_container("/var/log/app/0.log") is None
    assert kubernetes_container("/srv/logs/api.log") is None


# The containers' lines interleave, here inside web's traceback.
COMPOSE_LOGS = """\
db-1      | 2024-05-01 12:00:00.123 UTC [1] LOG:  database system is ready to accept connections
web-1     | 2024-05-01 12:00:01,002 - app.jobs - ERROR - Job job-1a2b failed
web-1     | Traceback (most recent call last):
worker-1  | [2024-05-01 12:00:01,010: INFO/MainProcess] Connected to redis://redis:6379//
web-1     |   File "/srv/app/jobs.py", line 10, in run
web-1     |     total = compute(rows)
db-1      | 2024-05-01 12:00:02.000 UTC [42] ERROR:  relation "orders" does not exist
web-1     | KeyError: 'amount'
web-1     | 2024-05-01 12:00:03,000 - app.jobs - INFO - Job job-9z8y done
"""


def test_docker_compose_logs_read_per_container(tmp_path: Path):
    """`docker compose logs`: each container's lines in the formats it writes, its service
    the service of its events, and its name kept."""
    log = tmp_path / "compose.log"
    log.write_text(COMPOSE_LOGS)
    db = tmp_path / "s.duckdb"
    summary = run([log], db)
    assert summary.rejected == 0
    assert query(
        db,
        "SELECT line, level, service, attributes->>'container', exception_type FROM events"
        " ORDER BY line",
    ) == [
        (1, "info", "db", "db-1", None),
        (2, "error", "web", "web-1", "KeyError"),
        (4, "info", "worker", "worker-1", None),
        (7, "error", "db", "db-1", None),
        (9, "info", "web", "web-1", None),
    ]


def test_streams_are_framed_apart_and_every_line_is_stored_once(tmp_path: Path):
    """A traceback on stderr with stdout lines between its lines is one event; committed in
    small batches, appended to and read again, no line is stored twice."""
    texts = [
        ("stderr", "2024-05-01 12:00:00,001 - app - ERROR - failed"),
        ("stderr", "Traceback (most recent call last):"),
        ("stdout", "GET /health 200"),
        ("stderr", '  File "/srv/app/jobs.py", line 10, in run'),
        ("stdout", "GET /health 200"),
        ("stderr", "KeyError: 'amount'"),
        ("stdout", "GET /ready 200"),
    ]
    log = tmp_path / "0.log"

    def write(items: list[tuple[str, str]], mode: str) -> None:
        # All under one second, as a record and its traceback are written: a traceback stamped
        # apart from its record is another write's (`framing.written_apart`).
        with log.open(mode) as f:
            for stream, text in items:
                f.write(cri([text], stream))

    write(texts, "w")
    db = tmp_path / "s.duckdb"
    run([log], db)
    assert query(db, "SELECT line, exception_type FROM events ORDER BY line") == [
        (1, "KeyError"),
        (3, None),
        (5, None),
        (7, None),
    ]
    for batch in (1, 2, 3):
        db = tmp_path / f"batch{batch}.duckdb"
        run([log], db, batch_events=batch)
        write(texts, "a")
        run([log], db, batch_events=batch)
        lines = query(db, "SELECT line, exception_type FROM events ORDER BY line")
        assert len({n for n, _ in lines}) == len(lines)  # no event stored twice
        if batch > 1:
            expected = [(1, "KeyError"), (3, None), (5, None), (7, None)]
            assert lines == expected + [(n + 7, t) for n, t in expected]
        else:
            # A batch committed while both streams had an event open: the traceback is cut
            # where the batch ended (framing.StreamFramer), never stored twice.
            assert [n for n, _ in lines] == [1, 3, 5, 6, 7, 8, 10, 12, 13, 14]
        log.write_text("")
        write(texts, "w")


def test_supervisor_stdouts_programs_are_read_apart(tmp_path: Path):
    """supervisor-stdout's `<process> stdout | line` (Quay's container): each program's lines
    in its own format, a traceback under the prefix one event, the process kept."""
    text = (
        "gunicorn-registry stdout | 2024-06-07 06:00:50,117 [433] [INFO] [gunicorn.access] "
        '10.42.7.33 - - [07/Jun/2024:06:00:50 +0000] "GET /v2/ HTTP/1.0" 401 4 "-" "docker/24"\n'
        "gcworker stdout | 2024-06-07 06:00:51,203 [71] [INFO] [apscheduler.executors.default]"
        ' Running job "GarbageCollectionWorker._gc (trigger: interval[0:10:00])"\n'
        "gunicorn-registry stdout | 2024-06-07 06:00:52,001 [433] [ERROR] [data.database] "
        "Query failed\n"
        "gunicorn-registry stdout | Traceback (most recent call last):\n"
        'gunicorn-registry stdout |   File "/quay/data/database.py", line 12, in execute\n'
        "gcworker stdout | 2024-06-07 06:00:52,500 [71] [INFO] [gc] Collected 3 blobs\n"
        "gunicorn-registry stdout |     cursor.execute(sql)\n"
        "gunicorn-registry stdout | peewee.OperationalError: server closed the connection\n"
    )
    envelope, _ = detect_envelope(text.splitlines())
    assert envelope is SUPERVISOR
    rows = stored_events(
        tmp_path, text, "line, level, logger, attributes->>'process', exception_type, template"
    )
    assert [r[:5] for r in rows] == [
        (1, "warning", "gunicorn.access", "gunicorn-registry", None),
        (2, "info", "apscheduler.executors.default", "gcworker", None),
        (3, "error", "data.database", "gunicorn-registry", "peewee.OperationalError"),
        (6, "info", "gc", "gcworker", None),
    ]
    assert rows[0][5] == "GET /v2/ 401"


def test_compose_timestamps_and_names():
    with_times = [
        "shop-web-1  | 2024-05-01T12:00:01.123456789Z GET /health 200",
        "shop-web-1  | 2024-05-01T12:00:02.000000000Z GET /health 200",
    ]
    envelope, payloads = detect_envelope(with_times)
    assert envelope is COMPOSE and payloads == ["GET /health 200"] * 2
    (line,) = unwrap_lines([Line(with_times[0], 1, 0, 60)], envelope)
    assert (line.text, line.envelope) == (
        "GET /health 200",
        ("2024-05-01T12:00:01.123456789Z", "shop-web-1", None),
    )
    assert [compose_service(n) for n in ("web-1", "shop-web-12", "shop_web_1", "redis")] == [
        "web",
        "shop-web",
        "shop_web",
        "redis",
    ]
    # A log whose lines merely hold a `|` is not compose's.
    assert detect_envelope(["2024-05-01 12:00:00.123 | INFO | app:f:1 - x"] * 3) is None
    # Without --timestamps, the application's own time stays its line's: Rust's tracing pads
    # its level after two blanks (Conduit's), which no runtime's time is followed by.
    tracing = [
        "conduit-1  | 2024-06-06T06:00:54.602573Z  INFO conduit::service: Upgrading x",
        "conduit-1  | 2024-06-06T06:00:55.100000Z ERROR conduit::api: Failed to verify",
        "conduit-1  | 2024-06-06T06:00:56.100000Z     at frame (deeper)",
    ]
    envelope, payloads = detect_envelope(tracing)
    assert envelope is COMPOSE
    assert payloads[:2] == [t.split(" | ", 1)[1] for t in tracing[:2]]
    assert payloads[2] == "    at frame (deeper)"  # the runtime's time over an indented line


def test_kubectl_prefix_reads_each_pods_container_apart(tmp_path: Path):
    """`kubectl logs --prefix`: a traceback of one pod stays one event when another pod's line
    comes between its lines; the container is the service."""
    log = tmp_path / "pods.log"
    log.write_text(
        "[pod/api-7d9f8b6c5-x2kqz/api] 2024-05-01 12:00:01,002 - app.jobs - ERROR - failed\n"
        "[pod/api-7d9f8b6c5-x2kqz/api] Traceback (most recent call last):\n"
        "[pod/api-7d9f8b6c5-abcde/api] 2024-05-01 12:00:01,010 - app.web - INFO - GET /health\n"
        '[pod/api-7d9f8b6c5-x2kqz/api]   File "/srv/app/jobs.py", line 10, in run\n'
        "[pod/api-7d9f8b6c5-x2kqz/api] KeyError: 'amount'\n"
    )
    db = tmp_path / "s.duckdb"
    run([log], db)
    assert query(
        db,
        "SELECT line, service, attributes->>'container', exception_type FROM events ORDER BY line",
    ) == [
        (1, "api", "api-7d9f8b6c5-x2kqz/api", "KeyError"),
        (3, "api", "api-7d9f8b6c5-abcde/api", None),
    ]
    envelope, payloads = detect_envelope(["[pod/p-1/c] 2024-05-01T12:00:01.5Z hello"] * 2)
    assert envelope is KUBECTL and payloads == ["hello", "hello"]


def test_stern_reads_each_pods_container_apart(tmp_path: Path):
    """stern's `<pod> <container> <line>`: a traceback of one pod stays one event when another
    pod's line comes between its lines; the container is the service, `--timestamps`' time
    the line's."""
    log = tmp_path / "stern.log"
    log.write_text(
        "api-7d9f8b6c5-x2kqz api 2024-05-01 12:00:01,002 - app.jobs - ERROR - failed\n"
        "api-7d9f8b6c5-x2kqz api Traceback (most recent call last):\n"
        "api-7d9f8b6c5-abcde api 2024-05-01 12:00:01,010 - app.web - INFO - GET /health\n"
        'api-7d9f8b6c5-x2kqz api   File "/srv/app/jobs.py", line 10, in run\n'
        "api-7d9f8b6c5-x2kqz api KeyError: 'amount'\n"
        'db-0 postgres {"level":"error","ts":1714564802.5,"msg":"checkpoint failed"}\n'
    )
    db = tmp_path / "s.duckdb"
    run([log], db)
    assert query(
        db,
        "SELECT line, service, attributes->>'container', exception_type, message FROM events"
        " ORDER BY line",
    ) == [
        (1, "api", "api-7d9f8b6c5-x2kqz/api", "KeyError", "failed"),
        (3, "api", "api-7d9f8b6c5-abcde/api", None, "GET /health"),
        (6, "postgres", "db-0/postgres", None, "checkpoint failed"),
    ]
    envelope, payloads = detect_envelope(
        ['web-5c7d9-q2x8z web 2024-05-01T12:00:01.5Z {"level":"error","msg":"boom"}'] * 3
    )
    assert envelope is STERN and payloads == ['{"level":"error","msg":"boom"}'] * 3


def test_two_words_before_raw_text_are_no_stern_prefix():
    """A program's own lines that open with a name and a word (`worker-12345 started ...`)
    are kept whole: stern is taken off only where a format reads what it wraps."""
    assert detect_envelope(["worker-12345 started job 5", "worker-22345 finished job 6"]) is None


def timestamped(lines: list[str]) -> str:
    """What `kubectl logs --timestamps` and `docker logs -t` print: the time, nine digits of
    fraction, before each line."""
    return "".join(f"2024-05-01T12:00:0{i // 10}.{i:09d}Z {text}\n" for i, text in enumerate(lines))


GO_SERVICE = [
    '{"level":"error","ts":1714564800.1,"msg":"dial tcp 10.0.0.5:5432: refused","caller":"d.go"}',
    '{"level":"info","ts":1714564801.1,"msg":"retrying","attempt":2}',
    "panic: runtime error: invalid memory address or nil pointer dereference",
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a5b6c]",
    "",
    "goroutine 1 [running]:",
    "main.main()",
    "\t/app/main.go:12 +0x1d",
]


def test_a_process_managers_name_and_time_prefix(tmp_path: Path):
    """Baserow's all-in-one image: its programs' output in one log, each line after the
    program's name and the time in brackets; each program's lines read in their own format
    and framed on their own, a traceback one event, the program the service."""
    log = tmp_path / "baserow.log"
    log.write_text(
        '[BACKEND][2024-06-05 06:00:00] 127.0.0.1:60039 - "GET /api/_health/ HTTP/1.1" 200\n'
        "[BACKEND][2024-06-05 08:10:10] Traceback (most recent call last):\n"
        "[CELERY_WORKER][2024-06-05 08:10:10] [2024-06-05 08:10:10,020: INFO/MainProcess] "
        "Task x.y[e3937b99] received\n"
        '[BACKEND][2024-06-05 08:10:10]   File "/baserow/app.py", line 10, in run\n'
        "[BACKEND][2024-06-05 08:10:10] KeyError: 'amount'\n"
    )
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert result.format_reason.startswith(PROCESS.label)
    assert query(
        db,
        "SELECT line, service, attributes->>'process', template, exception_type, "
        "strftime(timestamp, '%H:%M:%S.%f') FROM events ORDER BY line",
    ) == [
        (1, "backend", "BACKEND", "GET /api/_health/ 200", None, "06:00:00.000000"),
        (
            2,
            "backend",
            "BACKEND",
            "KeyError: <*>",
            "KeyError",
            "08:10:10.000000",
        ),
        (3, "celery_worker", "CELERY_WORKER", "Task x.y[<*>] received", None, "08:10:10.020000"),
    ]


PASSENGER_LOG = """\
[ N 2024-06-07 06:00:01.0007 1209/T1 age/Wat/WatchdogMain.cpp:1373 ]: Starting Passenger watchdog...
App 2442 output: I, [2024-06-07T06:00:24.525558 #2442]  INFO -- : [8c9f5adf-d3de-44ce-ae19-77204f46553e] Started GET "/p/1" for 10.0.0.1 at 2024-06-07 06:00:24 +0000
App 2436 output: F, [2024-06-07T06:00:24.600000 #2436] FATAL -- : [14071886-9f75-45ef-824a-b3e929c11126]
App 2442 output: I, [2024-06-07T06:00:24.632878 #2442]  INFO -- : [8c9f5adf-d3de-44ce-ae19-77204f46553e] Completed 200 OK in 107ms
App 2436 output: [14071886-9f75-45ef-824a-b3e929c11126] ActiveRecord::RecordNotFound (Couldn't find Product with 'id'=9):
App 2436 output: [14071886-9f75-45ef-824a-b3e929c11126]
App 2436 output: [14071886-9f75-45ef-824a-b3e929c11126] app/controllers/products_controller.rb:7:in `show'
[ W 2024-06-07 10:30:26.0457 1209/Ta age/Cor/Con/CheckoutSession.cpp:269 ]: [Client 3-1825] Returning HTTP 503 due to: Request queue full (configured max. size: 100)
"""  # noqa: E501 (the lines as Passenger writes them)


def test_passengers_application_output_is_read_in_its_own_format(tmp_path: Path):
    """Phusion Passenger's log: each application process's lines after `App <pid> output: `,
    read as that process's Ruby Logger lines (a report's lines one event, framed apart from
    the other process's), the pid kept; Passenger's own lines between read in their format.
    Read as text, the prefix opened every template and all the app's lines were one."""
    log = tmp_path / "passenger.log"
    log.write_text(PASSENGER_LOG)
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert result.format_reason.startswith(PASSENGER.label)
    events = query(
        db,
        "SELECT line, level, attributes->>'process', template FROM events ORDER BY line",
    )
    assert [e[:3] for e in events] == [
        (1, "info", None),
        (2, "info", "2442"),
        (3, "critical", "2436"),
        (4, "info", "2442"),
        (8, "warning", None),
    ]
    assert events[1][3].startswith("Started GET <*> for <*>")
    assert events[3][3] == "Completed 200 OK in <*>"
    assert events[4][3].startswith("[Client <*>-<*>] Returning HTTP 503 due to")


def test_kubectl_timestamps_read_as_the_application_wrote_them(tmp_path: Path):
    """The runtime's time is taken off: JSON records keep their fields, a Go panic is one
    event, and every event has the runtime's time. One stream: no stream attribute."""
    log = tmp_path / "api.log"
    log.write_text(timestamped(GO_SERVICE))
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected) == ("json", 3, 0)
    assert result.format_reason.startswith("lines after a runtime's time")
    assert query(
        db,
        "SELECT line, strftime(timestamp, '%S.%f'), level, message, exception_type, "
        "attributes->>'caller', attributes->>'stream' FROM events ORDER BY line",
    ) == [
        (1, "00.000000", "error", "dial tcp 10.0.0.5:5432: refused", None, "d.go", None),
        (2, "00.000000", "info", "retrying", None, None, None),
        (3, "00.000000", "critical", GO_SERVICE[2], "runtime error", None, None),
    ]


def test_a_header_that_starts_with_a_time_is_not_taken_off():
    """An application's (or rsyslog's) own time is its header: with it taken off, no format
    reads what is left, or another format reads the lines whole."""
    own = ["2024-05-01T12:00:00.123456789Z INFO starting", "2024-05-01T12:00:01.5Z ERROR db down"]
    assert detect_envelope(own) is None
    rsyslog = [
        "2024-05-01T12:00:00.123456+00:00 web-1 nginx[812]: connect() failed",
        "2024-05-01T12:00:01.123456+00:00 web-1 CRON[900]: session opened for user root",
    ]
    assert detect_envelope(rsyslog) is None
    python = ["2024-05-01 12:00:00,123 - app.db - ERROR - query failed"] * 3
    envelope, payloads = detect_envelope(timestamped(python).splitlines())
    assert envelope is TIMESTAMPS and payloads == python


PM2_ERRORS = """\
2024-05-01T10:00:01: Error: connect ECONNREFUSED 127.0.0.1:5432
2024-05-01T10:00:01:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)
2024-05-01T10:00:05: Error: connect ECONNREFUSED 127.0.0.1:5432
2024-05-01T10:00:05:     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)
2024-05-01T10:00:09: TypeError: Cannot read properties of undefined (reading 'id')
2024-05-01T10:00:09:     at /app/routes/orders.js:42:18
2024-05-01T10:00:09:     at Layer.handle [as handle_request] (/app/node_modules/x/layer.js:95:5)
"""


def test_pm2_time_prefixes_are_taken_off_and_a_node_crash_is_one_event(tmp_path: Path):
    """PM2 with --time writes its time before every line, a stack's lines too: unwrapped, each
    crash is one event with its exception, at PM2's time (read in --tz)."""
    log = tmp_path / "api-error.log"
    log.write_text(PM2_ERRORS)
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db, tz=UTC).sources
    assert (result.events, result.rejected) == (3, 0)
    assert result.format_reason.startswith("lines after PM2's time")
    rows = query(
        db,
        "SELECT line, timestamp, timestamp_inferred, level, exception_type, exception_value, "
        "fingerprint FROM events ORDER BY line",
    )
    assert [r[:5] for r in rows] == [
        (1, datetime(2024, 5, 1, 10, 0, 1), False, "error", "Error"),
        (3, datetime(2024, 5, 1, 10, 0, 5), False, "error", "Error"),
        (5, datetime(2024, 5, 1, 10, 0, 9), False, "error", "TypeError"),
    ]
    assert rows[0][5] == "connect ECONNREFUSED 127.0.0.1:5432"
    assert rows[0][6] == rows[1][6] != rows[2][6]  # one group per problem


def test_pm2_stamping_each_write_leaves_a_stack_s_frames_bare(tmp_path: Path):
    """PM2 stamps a write, not each line: an error file is mostly bare frames (and the brace
    closing an error's properties) under stamped first lines. Unwrapped all the same: each
    crash at PM2's time, with its exception, not at the file's modification time."""
    log = tmp_path / "api-error.log"
    crash = [
        "{t}: TypeError: Cannot read properties of undefined (reading 'price')",
        "    at /app/dist/routes/orders.js:58:47",
        "    at Array.map (<anonymous>)",
        "    at createOrder (/app/dist/routes/orders.js:57:34)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "{t}: MongoServerError: E11000 duplicate key error collection: shop.users",
        "    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/insert.js:51:33)",
        "    at async createUser (/app/dist/routes/users.js:22:5) {",
        "  index: 0,",
        "  code: 11000",
        "}",
    ]
    lines = [
        line.replace("{t}", f"2024-05-01T10:0{i}:00")
        for i in range(4)
        for line in crash[:5] + crash[5:] * (i % 2)
    ]
    log.write_text("\n".join(lines) + "\n")
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db, tz=UTC).sources
    assert result.format_reason.startswith("lines after PM2's time")
    rows = query(
        db, "SELECT timestamp, timestamp_inferred, exception_type FROM events ORDER BY line"
    )
    assert rows == [
        (datetime(2024, 5, 1, 10, 0), False, "TypeError"),
        (datetime(2024, 5, 1, 10, 1), False, "TypeError"),
        (datetime(2024, 5, 1, 10, 1), False, "MongoServerError"),
        (datetime(2024, 5, 1, 10, 2), False, "TypeError"),
        (datetime(2024, 5, 1, 10, 3), False, "TypeError"),
        (datetime(2024, 5, 1, 10, 3), False, "MongoServerError"),
    ]


def test_a_pm2_prefix_is_left_on_lines_a_format_reads():
    """A logger's own `time: message` header that a format reads stays a header, unless a
    specific format reads what follows the time."""
    python = ["2024-05-01 12:00:00,123: app.db: ERROR: query failed"] * 3
    found = detect_envelope(python)
    assert found is None or found[0] is not PM2
    unwrapped = detect_envelope(PM2_ERRORS.splitlines())
    assert unwrapped is not None and unwrapped[0] is PM2
    assert unwrapped[1][1] == (
        "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"
    )


def test_pm2_around_json_records_is_taken_off():
    records = [
        '2024-05-01T10:00:01: {"level": "error", "msg": "charge failed"}',
        '2024-05-01T10:00:02: {"level": "info", "msg": "retrying"}',
    ]
    found = detect_envelope(records)
    assert found is not None and found[0] is PM2
    assert found[1][0] == '{"level": "error", "msg": "charge failed"}'


CW_A = "2024/05/01/[$LATEST]8f5b2c1e1d2a4b7e"
CW_B = "2024/05/01/[$LATEST]aaaa0000bbbb1111"
RID = "11111111-2222-4333-8444-555555555555"
CLOUDWATCH_TAIL = f"""\
2024-05-01T10:00:00.000000+00:00 {CW_A} START RequestId: {RID} Version: $LATEST
2024-05-01T10:00:00.123000+00:00 {CW_A} [INFO]\t2024-05-01T10:00:00.123Z\t{RID}\tcharging 991
2024-05-01T10:00:00.200000+00:00 {CW_A} [ERROR] KeyError: 'customer_id'
Traceback (most recent call last):
  File "/var/task/app.py", line 14, in handler
    customer = event['customer_id']
2024-05-01T10:00:00.210000+00:00 {CW_B} [INFO]\t2024-05-01T10:00:00.210Z\t{RID}\tother container
2024-05-01T10:00:00.300000+00:00 {CW_A} END RequestId: {RID}
"""


def test_aws_logs_tail_is_unwrapped_and_each_stream_framed_apart(tmp_path: Path):
    """`aws logs tail`: the event's time and log stream before its first line, the rest of a
    multi-line event bare (an event is printed whole: its lines are never interleaved with
    another's). A bare line belongs to the stream of the wrapped line above it."""
    log = tmp_path / "fn.log"
    log.write_text(CLOUDWATCH_TAIL)
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected) == ("lambda", 5, 0)
    assert result.format_reason.startswith("CloudWatch Logs (aws logs tail)")
    rows = query(
        db,
        "SELECT line, strftime(timestamp, '%S.%f'), level, exception_type, "
        "attributes->>'log_stream' FROM events ORDER BY line",
    )
    assert rows == [
        (1, "00.000000", "debug", None, CW_A),  # START: the envelope's time
        (2, "00.123000", "info", None, CW_A),
        (3, "00.200000", "error", "KeyError", CW_A),
        (7, "00.210000", "info", None, CW_B),
        (8, "00.300000", "debug", None, CW_A),
    ]


def test_an_isoformat_header_is_not_taken_for_a_log_stream():
    own = [
        "2024-05-01T10:00:00.123456+00:00 ERROR app.db query failed",
        "2024-05-01T10:00:01.123456+00:00 INFO app.db ok",
    ]
    assert detect_envelope(own) is None


# The Java Service Wrapper's `wrapper.log` (default format LPTM) around a log4j application.
WRAPPER_LOG = """\
STATUS | wrapper  | 2024/05/01 10:00:00 | --> Wrapper Started as Daemon
STATUS | wrapper  | 2024/05/01 10:00:00 | Launching a JVM...
INFO   | jvm 1    | 2024/05/01 10:00:01 | WrapperManager: Initializing...
INFO   | jvm 1    | 2024/05/01 10:00:02 | 2024-05-01 10:00:02,481 [main] INFO  \
org.apache.activemq.broker.BrokerService - Apache ActiveMQ 5.18.3 (localhost) is starting
INFO   | jvm 1    | 2024/05/01 10:00:09 | 2024-05-01 10:00:08,997 [Worker-3] ERROR \
com.acme.billing.InvoiceJob - invoice run 812 failed
INFO   | jvm 1    | 2024/05/01 10:00:09 | java.lang.IllegalStateException: no open period
INFO   | jvm 1    | 2024/05/01 10:00:09 | \tat com.acme.billing.InvoiceJob.run(InvoiceJob.java:88)
INFO   | jvm 1    | 2024/05/01 10:00:09 | \tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)
ERROR  | wrapper  | 2024/05/01 10:01:30 | JVM appears hung: Timed out waiting for signal.
STATUS | wrapper  | 2024/05/01 10:01:31 | JVM exited unexpectedly.
"""


def test_java_service_wrapper_log_reads_its_jvms_lines_in_their_own_format(tmp_path: Path):
    assert detect_envelope(WRAPPER_LOG.splitlines())[0] is WRAPPER
    log = tmp_path / "wrapper.log"
    log.write_text(WRAPPER_LOG)
    db = tmp_path / "s.duckdb"
    summary = run([log], db, tz=UTC)
    assert summary.rejected == 0
    assert query(
        db,
        "SELECT line, strftime(timestamp, '%H:%M:%S.%g'), level, logger, message, "
        "exception_type, exception_value, attributes->>'wrapper_source' FROM events"
        " ORDER BY line",
    ) == [
        (1, "10:00:00.000", "info", None, "--> Wrapper Started as Daemon", None, None, "wrapper"),
        (2, "10:00:00.000", "info", None, "Launching a JVM...", None, None, "wrapper"),
        # the JVM's own output with no header: the wrapper's time, not its INFO
        (3, "10:00:01.000", None, None, "WrapperManager: Initializing...", None, None, "jvm 1"),
        (
            4,
            "10:00:02.481",
            "info",
            "org.apache.activemq.broker.BrokerService",
            "Apache ActiveMQ 5.18.3 (localhost) is starting",
            None,
            None,
            "jvm 1",
        ),
        (
            5,
            "10:00:08.997",
            "error",
            "com.acme.billing.InvoiceJob",
            "invoice run 812 failed",
            "java.lang.IllegalStateException",
            "no open period",
            "jvm 1",
        ),
        (
            9,
            "10:01:30.000",
            "error",
            None,
            "JVM appears hung: Timed out waiting for signal.",
            None,
            None,
            "wrapper",
        ),
        (10, "10:01:31.000", "info", None, "JVM exited unexpectedly.", None, None, "wrapper"),
    ]


def test_the_wrappers_thread_column_before_its_time():
    """SAP Commerce's wrapper.conf (`LPDTM`): the wrapper's thread before the time, not a
    Compose container's column."""
    lines = [
        "INFO   | jvm 1    | main    | 2024/06/07 07:30:19.318 | WARN  [hybrisHTTP36] x",
        "STATUS | wrapper  | main    | 2024/06/07 07:30:20.001 | Launching a JVM...",
    ]
    envelope, _ = detect_envelope(lines)
    assert envelope is WRAPPER
    first, second = unwrap_lines([Line(text, n, 0, 80) for n, text in enumerate(lines)], envelope)
    assert (first.text, first.envelope) == (
        "WARN  [hybrisHTTP36] x",
        ("2024/06/07 07:30:19.318", "jvm 1", None),
    )
    assert second.envelope == ("2024/06/07 07:30:20.001", "wrapper", "INFO")


def test_compose_lines_are_not_taken_for_the_java_service_wrappers():
    compose = [
        "web-1     | 2024-05-01 10:00:02,481 INFO  [main] app.Server - started",
        "worker-1  | INFO  | 2024/05/01 10:00:02 | job done",
    ]
    envelope, _ = detect_envelope(compose)
    assert envelope is COMPOSE
    (line,) = unwrap_lines([Line(compose[1], 2, 0, 50)], envelope)
    assert line.envelope == (None, "worker-1", None)


JENKINS_TIMESTAMPED = """\
[2025-03-04T09:15:00.120Z] [Pipeline] sh
[2025-03-04T09:15:01.450Z] + ./gradlew integrationTest
[2025-03-04T09:15:07.002Z] java.lang.IllegalStateException: pool exhausted
[2025-03-04T09:15:07.002Z] \tat com.acme.db.Pool.borrow(Pool.java:41)
[2025-03-04T09:15:07.002Z] \tat com.acme.Main.run(Main.java:9)
[2025-03-04T09:15:07.300Z] ERROR: script returned exit code 1
"""

ACTIONS_RAW = """\
2025-03-04T09:15:00.1234567Z ##[group]Run pytest -q
2025-03-04T09:15:00.1234568Z pytest -q
2025-03-04T09:15:00.1244567Z ##[endgroup]
2025-03-04T09:15:03.4000000Z Running migrations
2025-03-04T09:15:03.5000000Z Traceback (most recent call last):
2025-03-04T09:15:03.5000001Z   File "/app/migrate.py", line 12, in <module>
2025-03-04T09:15:03.5000002Z     run()
2025-03-04T09:15:03.5000003Z KeyError: 'DATABASE_URL'
2025-03-04T09:15:04.0000000Z ##[error]Process completed with exit code 1.
"""


GHA_FAILED = "##[error]Process completed with exit code 1."


def test_a_ci_runners_time_is_taken_off_and_a_trace_is_one_event(tmp_path: Path):
    """Jenkins' Timestamper and GitHub Actions put their time before every line of a job's
    output, a stack trace's too: generic reads little but the time, so it is taken off and
    the trace is one event at the time of its first line."""
    for name, text in (("jenkins.log", JENKINS_TIMESTAMPED), ("actions.log", ACTIONS_RAW)):
        (tmp_path / name).write_text(text)
    db = tmp_path / "s.duckdb"
    results = run([tmp_path / "jenkins.log", tmp_path / "actions.log"], db).sources
    assert [r.format_reason.startswith("lines after a runtime's time") for r in results] == [
        True,
        True,
    ]
    rows = query(
        db,
        "SELECT source LIKE '%jenkins.log', line, strftime(timestamp, '%H:%M:%S.%f'), level, "
        "message, exception_type FROM events ORDER BY source DESC, line",
    )
    assert rows == [
        (True, 1, "09:15:00.120000", None, "[Pipeline] sh", None),
        (True, 2, "09:15:01.450000", None, "+ ./gradlew integrationTest", None),
        (
            True,
            3,
            "09:15:07.002000",
            "error",
            "java.lang.IllegalStateException: pool exhausted",
            "java.lang.IllegalStateException",
        ),
        (True, 6, "09:15:07.300000", "error", "ERROR: script returned exit code 1", None),
        (False, 1, "09:15:00.123456", None, "##[group]Run pytest -q", None),
        (False, 2, "09:15:00.123456", None, "pytest -q", None),
        (False, 3, "09:15:00.124456", None, "##[endgroup]", None),
        # The step's progress line does not carry the uncaught exception printed under it.
        (False, 4, "09:15:03.400000", None, "Running migrations", None),
        (False, 5, "09:15:03.500000", "error", "KeyError: 'DATABASE_URL'", "KeyError"),
        (False, 9, "09:15:04.000000", "error", GHA_FAILED, None),
    ]


def test_an_applications_own_iso_time_is_no_ci_runners(tmp_path: Path):
    """Only a CI runner's stamp (Jenkins' brackets, Actions' seven digits) makes a file of
    few levels a job's output: an application's ISO time before its messages stays generic's,
    and its `ERROR something bad` keeps its level out of the message."""
    log = tmp_path / "app.log"
    log.write_text(
        "2026-11-27T12:00:00.120Z starting server\n"
        "2026-11-27T12:00:01.450Z listening on :8080\n"
        "2026-11-27T12:00:03.002Z ERROR something bad\n"
    )
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert result.format == "generic"
    rows = query(db, "SELECT line, level, message FROM events ORDER BY line")
    assert rows == [
        (1, None, "starting server"),
        (2, None, "listening on :8080"),
        (3, "error", "something bad"),
    ]


PIP_LOG = """\
2026-11-29T10:11:12,345 Using pip 24.0 from /usr/lib/python3/dist-packages/pip (python 3.11)
2026-11-29T10:11:12,346 Collecting requests
2026-11-29T10:11:13,001 ERROR: Exception:
2026-11-29T10:11:13,001 Traceback (most recent call last):
2026-11-29T10:11:13,001   File "/usr/lib/python3/pip/_internal/cli/main.py", line 80, in main
2026-11-29T10:11:13,001     return command.main(cmd_args)
2026-11-29T10:11:13,001   File "/usr/lib/python3/pip/_internal/network/session.py", line 44, in get
2026-11-29T10:11:13,001     raise ConnectionError("registry unreachable")
2026-11-29T10:11:13,001 ConnectionError: registry unreachable
2026-11-29T10:11:13,100 Removed build tracker: '/tmp/pip-build-tracker-x1'
"""


def test_a_time_before_every_line_of_a_trace_is_taken_off(tmp_path: Path):
    """pip's `--log` file (like `ts` output) puts its time before every line, a traceback's
    too: unwrapped, the traceback is one event with its frames, at that time (read in --tz)."""
    log = tmp_path / "pip.log"
    log.write_text(PIP_LOG)
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db, tz=UTC).sources
    # Raw (no format reads the text after the time), but the reason says each time was read.
    assert result.format_reason.startswith(
        "timestamped text (pip --log, ts): each line's time read, a stack trace's lines' too"
    )
    assert (result.events, result.rejected) == (4, 0)
    rows = query(
        db,
        "SELECT line, timestamp, level, message, exception_type, exception_value "
        "FROM events ORDER BY line",
    )
    assert rows == [
        (
            1,
            datetime(2026, 11, 29, 10, 11, 12, 345000),
            None,
            "Using pip 24.0 from /usr/lib/python3/dist-packages/pip (python 3.11)",
            None,
            None,
        ),
        (2, datetime(2026, 11, 29, 10, 11, 12, 346000), None, "Collecting requests", None, None),
        (
            3,
            datetime(2026, 11, 29, 10, 11, 13, 1000),
            "error",
            "ERROR: Exception:",
            "ConnectionError",
            "registry unreachable",
        ),
        (
            10,
            datetime(2026, 11, 29, 10, 11, 13, 100000),
            None,
            "Removed build tracker: '/tmp/pip-build-tracker-x1'",
            None,
            None,
        ),
    ]


def test_a_logs_own_time_over_a_bare_trace_is_its_header():
    """A logger writes its header's time once, above the trace's bare lines: no stamp wraps
    them, and the file is not unwrapped however its times repeat."""
    own = [
        "2026-11-29 10:11:13,001 ERROR charge failed",
        "2026-11-29 10:11:13,001 ERROR charge failed again",
        "Traceback (most recent call last):",
        '  File "/app/pay.py", line 3, in charge',
        "ValueError: no card",
    ]
    assert detect_envelope(own) is None


LOKI = [
    'level=info ts=2023-03-21T10:00:00.123Z caller=main.go:108 msg="Starting Loki" '
    'version="(version=2.7.4, branch=HEAD, revision=98d6b63d1)"',
    "level=info ts=2023-03-21T10:00:00.125Z caller=server.go:323 http=[::]:3100 "
    'grpc=[::]:9095 msg="server listening on addresses"',
    "level=info ts=2023-03-21T10:00:01.002Z caller=module_service.go:82 msg=initialising "
    "module=ingester",
    'level=error ts=2023-03-21T10:00:05.513Z caller=flush.go:146 org_id=fake msg="failed to '
    'flush" err="failed to flush chunks: store put chunk: RequestCanceled: request context '
    'canceled, num_chunks: 1"',
]


def test_an_own_time_before_bracketed_levels_is_not_taken_off(tmp_path: Path):
    """Haraka's `time [LEVEL] [uuid] [plugin] message`: generic reads every line whole, its
    NOTICE and WARN too, so the time is the application's own and stays on; taken off, a level
    word alone at a line's start would read as well for some lines only."""
    lines = [
        "2024-06-04T06:00:01.698Z [NOTICE] [-] [core] Starting up Haraka version 3.0.3",
        "2024-06-04T06:00:01.703Z [INFO] [-] [core] Loading plugin: tls",
        "2024-06-04T06:02:40.008Z [NOTICE] [4D20C2A7] [core] connect ip=5.188.206.213 port=53436",
        "2024-06-04T06:02:40.216Z [INFO] [4D20C2A7] [karma] score: -18, awards: 001,002",
        "2024-06-04T06:02:40.219Z [WARN] [4D20C2A7] [core] disconnect ip=5.188.206.213",
    ]
    assert detect_envelope(lines) is None
    log = tmp_path / "haraka.log"
    log.write_text("\n".join(lines) + "\n")
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events) == ("generic", 5)
    assert query(db, "SELECT level FROM events ORDER BY line") == [
        ("info",),  # NOTICE
        ("info",),
        ("info",),
        ("info",),
        ("warning",),
    ]


def test_kubectl_timestamps_over_logfmt_are_taken_off(tmp_path: Path):
    """Grafana Loki's logfmt under `kubectl logs --timestamps`: `level=info` after the time is
    a pair, not a syslog host (with `ts=2023-03-21T10` its program), so the time comes off and
    logfmt reads each line, its level and message."""
    log = tmp_path / "loki.log"
    log.write_text(timestamped(LOKI))
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected) == ("logfmt", 4, 0)
    assert query(
        db, "SELECT level, message, service, attributes->>'caller' FROM events ORDER BY line"
    ) == [
        ("info", "Starting Loki", None, "main.go:108"),
        ("info", "server listening on addresses", None, "server.go:323"),
        ("info", "initialising", None, "module_service.go:82"),
        ("error", "failed to flush", None, "flush.go:146"),
    ]


CRI_CRASHED_JSON_APP = """\
2026-11-30T10:00:00.100000000Z stdout F {"level":"info","ts":"2026-11-30T10:00:00.1Z","msg":"up"}
2026-11-30T10:00:01.000000000Z stderr F panic: runtime error: index out of range [3] with length 3
2026-11-30T10:00:01.000100000Z stderr F \x20
2026-11-30T10:00:01.000200000Z stderr F goroutine 1 [running]:
2026-11-30T10:00:01.000300000Z stderr F main.main()
2026-11-30T10:00:01.000400000Z stderr F \t/app/main.go:12 +0x1d
2026-11-30T10:00:01.000500000Z stderr F exit status 2
2026-11-30T10:00:02.000000000Z stdout P {"level":"error","ts":"2026-11-30T10:00:02Z","msg":"big rec
2026-11-30T10:00:02.000000001Z stdout F ord","size":3}
"""


def test_a_container_that_crashed_before_logging_much(tmp_path: Path):
    """A JSON-logging container whose output is mostly its crash: its records are JSON's (a
    partial line joined), the panic one raw event, where every line used to be raw text."""
    from tests.ingest.stored import stored_events

    events = stored_events(
        tmp_path, CRI_CRASHED_JSON_APP, "line, level, message, exception_type, attributes"
    )
    assert [e[:4] for e in events] == [
        (1, "info", "up", None),
        (
            2,
            "critical",
            "panic: runtime error: index out of range [3] with length 3",
            "runtime error",
        ),
        (8, "error", "big record", None),
    ]
    assert orjson.loads(events[2][4]) == {"size": 3, "stream": "stdout"}


def _zap_import(i: int) -> str:
    """A Go service's zap record that logs the request it refused, body and all: over the
    runtime's 16 KiB, so CRI splits it."""
    body = orjson.dumps([{"sku": f"SKU-{n:05d}", "qty": n % 7 + 1} for n in range(700)])
    return orjson.dumps(
        {
            "level": "warn",
            "ts": f"2026-11-30T10:00:0{i}.000Z",
            "logger": "api.import",
            "msg": "import rejected: too many rows",
            "request_id": f"req-{i}",
            "body": body.decode(),
        }
    ).decode()


def test_a_sample_of_lines_the_runtime_split_is_detected_joined(tmp_path: Path):
    """Every record over 16 KiB: each part alone is no JSON, and the sample read as the parts
    found no format at all; joined as the lines are, it is the JSON the service wrote."""
    lines = []
    for i in range(3):
        record = _zap_import(i)
        assert len(record) > 16384
        parts = [record[n : n + 16384] for n in range(0, len(record), 16384)]
        lines += [part + CUT for part in parts[:-1]] + [parts[-1]]
    text = cri(lines, stream="stdout")
    envelope, payloads = detect_envelope(text.splitlines())
    assert envelope is CRI and payloads == [_zap_import(i) for i in range(3)]
    log = tmp_path / "0.log"
    log.write_text(text)
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events, result.rejected) == ("json", 3, 0)
    got = events(db)
    assert [(e[0], e[2], e[3]) for e in got] == [
        (1, "warning", "import rejected: too many rows"),
        (3, "warning", "import rejected: too many rows"),
        (5, "warning", "import rejected: too many rows"),
    ]


def test_split_parts_join_within_their_stream_only():
    stderr = docker(["Traceback (most recent call" + CUT, " last):", "KeyError" + CUT, "x"])
    stdout = docker(['{"level":"info","msg":"ok"}'], "stdout")
    first, second, third, fourth = stderr.splitlines()
    envelope, payloads = detect_envelope([first, second, third, *stdout.splitlines(), fourth])
    assert envelope is DOCKER
    # The stdout line came between: the stderr part before it is a line of its own.
    assert payloads == [
        "Traceback (most recent call last):",
        "KeyError",
        '{"level":"info","msg":"ok"}',
        "x",
    ]


# `varnishlog -g raw` from a real Varnish 7.1 here (its backend's probe failing, two requests),
# an excerpt: the transaction id right-aligned in ten columns before every record.
VARNISHLOG_RAW = (Path(__file__).parent / "data" / "varnishlog_raw.log").read_text()


def test_a_number_right_aligned_before_every_line_is_taken_off(tmp_path: Path):
    envelope, payloads = detect_envelope(VARNISHLOG_RAW.splitlines())
    assert envelope.name == "numbered"
    assert payloads[1] == "Begin          c sess 0 HTTP/1"
    rows = stored_events(tmp_path, VARNISHLOG_RAW, "line, template")
    assert len(rows) == 24  # a record a line: read as they stand, one event of all of them
    health = [r[1] for r in rows if r[1].startswith("Backend_health")]
    assert len(health) == 3 and len(set(health)) == 1
    # Numbers that do not end in one column are a message's own.
    assert detect_envelope(["   12 apples", "  3 pears"])[0].name != "numbered"


# `grep -H "" api.log worker.log` and `grep -Hn ERROR api.log worker.log` over two Python logs.
GREP_H = """\
api.log:2024-06-04 06:00:01,123 ERROR app.db: connection lost
api.log:2024-06-04 06:00:02,456 INFO app.web: ok
api.log:Traceback (most recent call last):
api.log:  File "x.py", line 1, in <module>
api.log:ValueError: boom
worker.log:2024-06-04 06:00:03,789 ERROR worker.jobs: job 42 failed
worker.log:2024-06-04 06:00:04,001 ERROR worker.jobs: job 43 failed
"""
GREP_HN = """\
api.log:1:2024-06-04 06:00:01,123 ERROR app.db: connection lost
worker.log:1:2024-06-04 06:00:03,789 ERROR worker.jobs: job 42 failed
worker.log:2:2024-06-04 06:00:04,001 ERROR worker.jobs: job 43 failed
"""
# Logs gathered into one file with each line's source before it: a rotated name and its date.
GATHERED = (
    "nova-compute.log.2017-05-14_21:27:09 2017-05-14 19:39:01.445 2931 INFO"
    " nova.compute.manager [req-3ea4052c-895d-4b64-9e2d-04d64c4d94ab - - - - -]"
    " [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] VM Started (Lifecycle Event)\n"
    "nova-api.log.2017-05-14_21:27:09 2017-05-14 19:39:03.118 25746 INFO"
    " nova.osapi_compute.wsgi.server [req-aaaa4052-895d-4b64-9e2d-04d64c4d94ab"
    " 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e - - -] 10.11.10.1"
    ' "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1" status: 200 len: 1893'
    " time: 0.2477829\n"
)


def test_lines_after_their_files_name_are_read_in_their_format(tmp_path: Path):
    cols = "line, level, service, logger, message, exception_type"
    rows = {r[0]: r[1:] for r in stored_events(tmp_path, GREP_H, cols)}
    assert rows[1] == ("error", "api", "app.db", "connection lost", None)
    assert rows[6] == ("error", "worker", "worker.jobs", "job 42 failed", None)
    # The traceback's lines, each after the file's name, are one event.
    assert rows[3][0] == "error" and rows[3][4] == "ValueError" and 4 not in rows
    (tmp_path / "n").mkdir()
    numbered = stored_events(tmp_path / "n", GREP_HN, "line, service, message")
    assert numbered == [
        (1, "api", "connection lost"),
        (2, "worker", "job 42 failed"),
        (3, "worker", "job 43 failed"),
    ]
    (tmp_path / "g").mkdir()
    gathered = stored_events(tmp_path / "g", GATHERED, "service, logger, level, template")
    assert gathered == [
        ("nova-compute", "nova.compute.manager", "info", "VM Started (Lifecycle Event)"),
        ("nova-api", "nova.osapi_compute.wsgi.server", "info", "GET /v2/<*>/servers/detail 200"),
    ]


# `tail -n 3 api.log access.log` (and `head`): each file's lines under a header naming it.
TAILED = """\
==> /var/log/shop/api.log <==
2024-06-04 06:00:01,123 ERROR app.db: connection lost
Traceback (most recent call last):
  File "x.py", line 1, in <module>
ValueError: boom

==> /var/log/nginx/access.log <==
10.0.0.5 - - [04/Jun/2024:06:00:02 +0000] "GET /api/orders/17 HTTP/1.1" 500 12 "-" "curl/8"
10.0.0.6 - - [04/Jun/2024:06:00:03 +0000] "GET /api/orders/18 HTTP/1.1" 200 12 "-" "curl/8"
"""


def test_tails_files_are_read_each_in_its_format_its_header_no_event(tmp_path: Path):
    cols = "line, level, service, exception_type, template, attributes->>'source_file'"
    rows = stored_events(tmp_path, TAILED, cols)
    assert rows == [
        (2, "error", "api", "ValueError", rows[0][4], "/var/log/shop/api.log"),
        (8, "error", "access", None, "GET /api/orders/<*> 500", "/var/log/nginx/access.log"),
        (9, "info", "access", None, "GET /api/orders/<*> 200", "/var/log/nginx/access.log"),
    ]
    assert detect_envelope(TAILED.splitlines())[0].name == "tail"
    # A header not on the first line is a line of the file as any other.
    found = detect_envelope(["2024-06-04 06:00:01,123 ERROR x: y", *TAILED.splitlines()])
    assert found is None or found[0].name != "tail"


def _frigate(time: str, logger: str, level: str, message: str) -> str:
    """A line of Frigate's log as s6-log writes it: its time, two blanks, Frigate's header."""
    return f"2024-06-04 {time}  [2024-06-04 {time[:8]}] {logger:<30} {level:<8}: {message}"


CAMERAS = ("front_door", "driveway", "back_yard", "garage")
S6_FRIGATE = "\n".join(
    [
        "2024-06-04 06:00:02.035322257  [INFO] Starting NGINX...",
        _frigate("06:00:04.618323264", "frigate.app", "INFO", "Starting Frigate (0.13.2)"),
        *(
            _frigate(f"06:00:05.{n:09d}", "frigate.app", "INFO", f"Capture started for {c}")
            for n, c in enumerate(CAMERAS)
        ),
        _frigate("07:40:20.235142997", "watchdog.garage", "ERROR", "Ffmpeg crashed for garage."),
        _frigate("07:40:21.001002003", "frigate.video", "ERROR", "garage: Unable to read frames"),
        "",
    ]
)


def test_s6_log_times_are_taken_off(tmp_path: Path):
    """s6-log's `T` time (s6-overlay's containers: nine digits, no zone, two blanks) before a
    Python logging layout: the application's header is read under it, its logger and level,
    at s6's time to the nanosecond's microsecond."""
    log = tmp_path / "frigate.log"
    log.write_text(S6_FRIGATE)
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert result.format_reason.startswith("lines after a runtime's time")
    assert query(
        db,
        "SELECT line, strftime(timestamp, '%H:%M:%S.%f'), level, logger, message "
        "FROM events WHERE line IN (2, 7, 8) ORDER BY line",
    ) == [
        (2, "06:00:04.618323", "info", "frigate.app", "Starting Frigate (0.13.2)"),
        (7, "07:40:20.235142", "error", "watchdog.garage", "Ffmpeg crashed for garage."),
        (8, "07:40:21.001002", "error", "frigate.video", "garage: Unable to read frames"),
    ]


def test_a_collectors_alert_tag_time_date_and_node_are_taken_off(tmp_path: Path):
    """HPC sites' collected syslog (the CFDR logs' layout): each node's line after an alert
    category, the epoch second, the date and the node. The syslog line is read as syslog
    reads it; the node is kept, and an alert category makes a line an error."""
    log = tmp_path / "compute-nodes.log"
    log.write_text(
        "- 1717480862 2024.06.04 cn002 Jun  4 06:01:02 cn002 CROND[39976]: (root) CMD (run-parts"
        " /etc/cron.hourly)\n"
        "- 1717480863 2024.06.04 cn004 Jun  4 06:01:03 cn004 sshd[1811]: Accepted publickey for"
        " alice from 10.10.0.5 port 51022 ssh2\n"
        "R_MCE 1717480870 2024.06.04 cn004 Jun  4 06:01:10 cn004 kernel: Machine check events"
        " logged\n"
    )
    db = tmp_path / "s.duckdb"
    (result,) = run([log], db).sources
    assert (result.format, result.events) == ("syslog", 3)
    assert result.format_reason.startswith("lines after a collector's alert tag")
    assert query(
        db,
        "SELECT line, service, host, level, attributes->>'node', message FROM events ORDER BY line",
    ) == [
        (1, "CROND", "cn002", None, "cn002", "(root) CMD (run-parts /etc/cron.hourly)"),
        (
            2,
            "sshd",
            "cn004",
            None,
            "cn004",
            "Accepted publickey for alice from 10.10.0.5 port 51022 ssh2",
        ),
        (3, "kernel", "cn004", "error", "cn004", "Machine check events logged"),
    ]


def test_a_traceback_stamped_apart_from_the_line_above_is_its_own_event(tmp_path: Path):
    """The runtime stamps each read: a record and its `logger.exception` traceback are written
    at once, under one time; an uncaught exception's traceback, written after the last
    record, is stamped apart and is no part of it."""
    trace = [
        "Traceback (most recent call last):",
        '  File "/app/tune.py", line 141, in <module>',
        "    study.optimize(objective)",
        "ValueError: bad trial",
    ]
    lines = [
        ("06:00:01.000000000", "2024-05-01 06:00:01,000 WARNING Trial 7 failed with value None."),
        *[("06:00:01.020000000", text) for text in trace],
        ("06:00:02.000000000", "2024-05-01 06:00:02,000 ERROR Trial 8 failed"),
        *[("06:00:02.000004000", text) for text in trace],
    ]
    text = "".join(f"2024-05-01T{at}Z stderr F {payload}\n" for at, payload in lines)
    rows = stored_events(tmp_path, text, "line, level, exception_type")
    assert rows == [
        (1, "warning", None),  # the traceback 20 ms later: another write
        (2, "error", "ValueError"),
        (6, "error", "ValueError"),  # the traceback under the same time: the record's own
    ]


def test_docker_service_logs_name_the_swarm_service(tmp_path: Path):
    """`docker service logs`: each line after its task, `<service>.<slot>.<task id>@<node>`."""
    text = (
        "captain-captain.1.zimszks3i81v@srv-captain-01    | June 7th 2024, 6:01:12.012 am    "
        "Check if service is running: srv-captain--crm-web\n"
        "captain-captain.1.zimszks3i81v@srv-captain-01    | June 7th 2024, 6:01:12.040 pm    "
        "Service is already running: srv-captain--crm-web\n"
    )
    rows = stored_events(tmp_path, text, "line, service, strftime(timestamp, '%H:%M:%S.%g')")
    assert rows == [(1, "captain-captain", "06:01:12.012"), (2, "captain-captain", "18:01:12.040")]


def test_an_mpi_launchers_ranks_are_read_apart_under_their_times(tmp_path: Path):
    """Horovod's `horovodrun --timestamp-output` (Open MPI's `--tag-output` alike): ctime's time
    glued to `[rank]<stream>:`; each rank's traceback is its own event, under its time, and
    the launcher's own lines between pass through."""
    lines = [
        "Fri Jun  7 06:00:44 2024[0]<stderr>:Traceback (most recent call last):",
        "Fri Jun  7 06:00:44 2024[1]<stdout>:Train Epoch: 1 [0/160146 (0%)]\tLoss: 6.1",
        'Fri Jun  7 06:00:44 2024[0]<stderr>:  File "train.py", line 9, in <module>',
        "Fri Jun  7 06:00:44 2024[0]<stderr>:ValueError: bad shard",
        "INFO:root:reset workers: 8",
        "Fri Jun  7 06:00:45 2024[1]<stdout>:Train Epoch: 1 [640/160146 (0%)]\tLoss: 6.0",
    ]
    rows = stored_events(
        tmp_path,
        "\n".join(lines) + "\n",
        "line, strftime(timestamp, '%H:%M:%S'), exception_type, attributes->>'rank'",
    )
    assert rows == [
        (1, "06:00:44", "ValueError", "0/stderr"),
        (2, "06:00:44", None, "1/stdout"),
        (5, "06:00:45", None, None),  # no time of its own: the next line's
        (6, "06:00:45", None, "1/stdout"),
    ]
