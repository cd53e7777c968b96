"""The JSON formatter writes errctl's native schema, and `configure` wires it up."""

from __future__ import annotations

import json
import logging
import re
import traceback

import orjson
import pytest

from errctl import sdk
from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.formats.fields import fields_from_mapping
from errctl.formats.stacktrace import parse_trace
from tests.sdk import ListHandler, capture_logs

ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def _lookup(table: dict, key: str) -> str:
    return table[key]


def _load(order_id: str) -> str:
    try:
        return _lookup({}, order_id)
    except KeyError as e:
        raise sdk.DatabaseError("order lookup failed", code="lookup", order_id=order_id) from e


def _log_failure(log: logging.Logger, order_id: str) -> None:
    try:
        _load(order_id)
    except sdk.AppError:
        log.exception("loading order %s failed", order_id)


def test_the_event_fields_and_the_names_ingest_maps():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        with sdk.context(request_id="r-1", user_id=7):
            _log_failure(log, "o-1")
    event = handler.events[0]
    assert ISO_UTC.fullmatch(event["timestamp"])
    assert event["level"] == "error"
    assert event["service"] == "test-svc"
    assert event["host"] == "test-host"
    assert event["logger"] == "sdk-test"
    assert event["message"] == "loading order o-1 failed"
    assert event["message_template"] == "loading order %s failed"
    assert event["error_code"] == "lookup"
    assert event["error_severity"] == "high"
    assert event["context"] == {"request_id": "r-1", "user_id": 7, "order_id": "o-1"}
    assert "msg" not in event  # ingest prefers `msg` over `message`: it must not appear
    assert event["thread"] == "MainThread"

    # What errctl's JSON reader makes of it.
    fields = fields_from_mapping(orjson.loads(handler.lines[0]))
    assert (fields.message, fields.level, fields.service, fields.host, fields.logger) == (
        "loading order o-1 failed",
        "error",
        "test-svc",
        "test-host",
        "sdk-test",
    )
    assert fields.timestamp == event["timestamp"]
    assert fields.exception_text == event["exc_info"]
    assert fields.attributes["context"]["request_id"] == "r-1"
    assert fields.attributes["message_template"] == "loading order %s failed"


def test_exc_info_is_what_python_prints_and_the_chain_is_raised_first():
    with capture_logs() as handler:
        try:
            _load("o-1")
        except sdk.AppError as e:
            printed = "".join(traceback.format_exception(e)).rstrip("\n")
            logging.getLogger("sdk-test").exception("failed")
    event = handler.events[0]
    assert event["exc_info"] == printed

    chain = event["exception"]
    assert [e["type"] for e in chain] == ["errctl.sdk.errors.DatabaseError", "KeyError"]
    assert [e["value"] for e in chain] == ["order lookup failed", "'o-1'"]
    this = "test_exc_info_is_what_python_prints_and_the_chain_is_raised_first"
    assert [f["function"] for f in chain[0]["frames"]] == [this, "_load"]
    assert [f["function"] for f in chain[1]["frames"]] == ["_load", "_lookup"]
    frame = chain[1]["frames"][-1]
    assert frame["file"] == __file__
    assert frame["module"] == __name__
    assert frame["source"] == "return table[key]"
    assert frame["in_app"] is True
    assert isinstance(frame["lineno"], int)
    assert chain[0]["code"] == "lookup"
    assert chain[0]["context"] == {"order_id": "o-1"}


def _parsed_view(chain) -> list:
    return [(e.type, e.value, [(f.function, f.lineno, f.source) for f in e.frames]) for e in chain]


def _structured_view(chain) -> list:
    return [
        (e["type"], e["value"], [(f["function"], f["lineno"], f["source"]) for f in e["frames"]])
        for e in chain
    ]


def _raise_implicit() -> None:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")  # noqa: B904 - the implicit context is the point


def _raise_suppressed() -> None:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None


def _raise_group() -> None:
    def one() -> None:
        raise TypeError("t1")

    def two() -> None:
        try:
            raise OSError("disk")
        except OSError as e:
            raise RuntimeError("r2") from e

    errors = []
    for fn in (one, two):
        try:
            fn()
        except Exception as e:
            errors.append(e)
    try:
        raise KeyError("cause")
    except KeyError as e:
        raise ExceptionGroup("many", errors) from e


@pytest.mark.parametrize("raiser", [_raise_implicit, _raise_suppressed, _raise_group, _load])
def test_structured_chain_matches_what_errctl_parses_from_the_text(raiser):
    with capture_logs() as handler:
        try:
            raiser("x") if raiser is _load else raiser()
        except BaseException:
            logging.getLogger("sdk-test").exception("failed")
    event = handler.events[0]
    parsed = parse_trace(event["exc_info"])
    assert parsed is not None
    assert _structured_view(event["exception"]) == _parsed_view(parsed)


def test_suppressed_context_is_left_out_and_implicit_context_kept():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        for raiser in (_raise_suppressed, _raise_implicit):
            try:
                raiser()
            except ValueError:
                log.exception("failed")
    suppressed, implicit = handler.events
    assert [e["type"] for e in suppressed["exception"]] == ["ValueError"]
    assert [e["type"] for e in implicit["exception"]] == ["ValueError", "KeyError"]


def test_two_occurrences_with_different_values_share_the_exception_fingerprint():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        for order_id in ("o-1", "o-22"):
            _log_failure(log, order_id)
    a, b = handler.events
    assert a["exception"][1]["value"] != b["exception"][1]["value"]
    fa, fb = (chain_fingerprint(parse_trace(e["exc_info"])) for e in (a, b))
    assert fa == fb


def test_library_frames_are_not_in_app():
    with capture_logs() as handler:
        try:
            json.loads("{bad")
        except ValueError:
            logging.getLogger("sdk-test").exception("parse failed")
    frames = handler.events[0]["exception"][0]["frames"]
    assert frames[0]["in_app"] is True
    assert frames[-1]["in_app"] is False
    assert frames[-1]["module"].startswith("json")


def test_trace_and_span_ids_from_extra_or_context():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        log.info("a", extra={"trace_id": "t1", "span_id": "s1", "order": 5})
        with sdk.context(trace_id="t2", span_id="s2", request_id="r"):
            log.info("b")
    a, b = handler.events
    assert (a["trace_id"], a["span_id"], a["extra"]) == ("t1", "s1", {"order": 5})
    assert (b["trace_id"], b["span_id"], b["context"]) == ("t2", "s2", {"request_id": "r"})
    assert orjson.loads(handler.lines[1])["trace_id"] == "t2"
    assert fields_from_mapping(orjson.loads(handler.lines[1])).trace_id == "t2"


def test_extra_context_wins_over_the_block():
    with capture_logs() as handler, sdk.context(a=1, b=1):
        logging.getLogger("sdk-test").info("x", extra={"context": {"b": 2}})
    assert handler.events[0]["context"] == {"a": 1, "b": 2}


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("no")


def test_awkward_values_still_give_a_line_errctl_reads():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        log.info(
            "odd %s",
            "\ud800",
            extra={"nan": float("nan"), "obj": object(), "t": (1, 2), "d": {1: "x"}},
        )
        log.info("bad args %s %s", 1)  # logging's own formatting error
        log.info(Unprintable())
    for line in handler.lines:
        assert "\n" not in line
        orjson.loads(line)  # errctl's reader: no NaN, no lone surrogates
    first = handler.events[0]
    assert first["extra"]["nan"] == "nan"
    assert first["extra"]["t"] == [1, 2]
    assert first["extra"]["d"] == {"1": "x"}
    assert "formatter_error" in handler.events[1]
    assert handler.events[1]["message"] == "bad args %s %s"


def test_stack_info_is_kept():
    with capture_logs() as handler:
        logging.getLogger("sdk-test").info("where", stack_info=True)
    assert handler.events[0]["stack_info"].startswith("Stack (most recent call last):")


def test_console_format_is_readable_scrubbed_and_carries_context():
    handler = ListHandler(sdk.ConsoleFormatter())
    logger = logging.getLogger("sdk-console")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with sdk.context(request_id="r1", token="t"):
            try:
                raise ValueError("password=hunter2")
            except ValueError:
                logger.exception("failed for %s", "bob")
    finally:
        logger.removeHandler(handler)
    text = handler.lines[0]
    head = text.split("\n", 1)[0]
    assert re.fullmatch(
        r"\S+ \S+ ERROR sdk-console: failed for bob \[request_id=r1 token=\[REDACTED\]\]", head
    )
    assert "Traceback (most recent call last):" in text
    assert "hunter2" not in text


# -- configure


@pytest.fixture
def root_logger():
    root = logging.getLogger()
    level = root.level
    yield root
    sdk.remove_handlers(root)
    root.setLevel(level)


def _ours(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if getattr(h, "_errctl_sdk_handler", False)]


def test_configure_writes_all_events_and_errors_apart(tmp_path, root_logger, capsys):
    settings = sdk.configure(service="shop api", log_dir=tmp_path / "logs", level="INFO")
    log = logging.getLogger("configured")
    log.debug("hidden")
    log.info("hello")
    log.error("broken")
    assert settings.json_path == tmp_path / "logs" / "shop_api.jsonl"
    all_events = [json.loads(x) for x in settings.json_path.read_text().splitlines()]
    errors = [json.loads(x) for x in settings.error_path.read_text().splitlines()]
    assert [e["message"] for e in all_events] == ["hello", "broken"]
    assert [e["message"] for e in errors] == ["broken"]
    assert {e["service"] for e in all_events} == {"shop api"}
    assert "INFO configured: hello" in capsys.readouterr().err


def test_configure_twice_replaces_only_its_own_handlers(tmp_path, root_logger):
    foreign = logging.NullHandler()
    root_logger.addHandler(foreign)
    try:
        sdk.configure(service="a", log_dir=tmp_path)
        sdk.configure(service="a", log_dir=tmp_path)
        assert len(_ours(root_logger)) == 3
        assert foreign in root_logger.handlers
        logging.getLogger("twice").warning("once")
        lines = (tmp_path / "a.jsonl").read_text().splitlines()
        assert len(lines) == 1
        sdk.configure(service="a", log_dir=tmp_path, console=False, error_file=False)
        assert len(_ours(root_logger)) == 1
    finally:
        root_logger.removeHandler(foreign)


def test_configure_reads_the_environment(tmp_path, root_logger, monkeypatch):
    monkeypatch.setenv("ERRCTL_SERVICE", "from-env")
    monkeypatch.setenv("ERRCTL_LOG_DIR", str(tmp_path / "envlogs"))
    monkeypatch.setenv("ERRCTL_LOG_LEVEL", "warning")
    monkeypatch.setenv("ERRCTL_CONSOLE", "off")
    monkeypatch.setenv("ERRCTL_ERROR_FILE", "0")
    monkeypatch.setenv("ERRCTL_MAX_BYTES", "1000")
    monkeypatch.setenv("ERRCTL_BACKUPS", "2")
    settings = sdk.configure()
    assert settings == sdk.Settings(
        service="from-env",
        log_dir=tmp_path / "envlogs",
        level=logging.WARNING,
        console=False,
        json_file=True,
        error_file=False,
        max_bytes=1000,
        backups=2,
    )
    # an argument wins over its variable
    assert sdk.configure(service="arg", level=10).service == "arg"


def test_configure_rotates_by_size(tmp_path, root_logger):
    sdk.configure(service="r", log_dir=tmp_path, console=False, max_bytes=2000, backups=2)
    log = logging.getLogger("rotating")
    for i in range(40):
        log.info("event number %d with some padding to fill the file", i)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["r.jsonl", "r.jsonl.1", "r.jsonl.2"]


@pytest.mark.parametrize(
    ("name", "value"),
    [("ERRCTL_CONSOLE", "maybe"), ("ERRCTL_MAX_BYTES", "10MB"), ("ERRCTL_LOG_LEVEL", "LOUD")],
)
def test_configure_names_a_bad_variable(monkeypatch, root_logger, tmp_path, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        sdk.configure(log_dir=tmp_path)
