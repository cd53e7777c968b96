"""`explain`: the explanation is recomputed by the code that made the fingerprint."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from errctl.errors import UsageError
from errctl.fingerprint.fingerprint import canonical_chain, frame_decisions
from errctl.fingerprint.masking import explain_masking, explain_masks, mask_message
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import EventFilter, ExceptionInfo, Frame
from errctl.query.explain import (
    RULE_FRAMES,
    RULE_MESSAGE,
    RULE_NO_FRAMES,
    explain,
    explain_event,
)
from errctl.store.duckdb_store import DuckDBStore

PY_LOG = """\
2024-05-01 12:00:00,001 - app - WARNING - Login failed for user 4711 from 10.0.0.7:8080
2024-05-01 12:00:01,002 - app.jobs - ERROR - Job job-1a2b failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 10, in run
    total = walk(rows)
  File "/srv/app/tree.py", line 5, in walk
    return walk(rest)
  File "/srv/app/tree.py", line 5, in walk
    return walk(rest)
  File "/usr/lib/python3.11/json/decoder.py", line 42, in decode
    raise JSONDecodeError(msg)
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
2024-05-01 12:00:02,003 - app - ERROR - Payment failed: TimeoutError: after 30s
"""


@pytest.fixture
def store(tmp_path: Path, db: Path) -> DuckDBStore:
    log = tmp_path / "app.log"
    log.write_text(PY_LOG)
    s = DuckDBStore(db)
    ingest([str(log)], s, IngestOptions())
    return s


def test_a_message_event_shows_each_masked_token_and_its_class(store: DuckDBStore):
    x = explain(store, "1")
    assert x.rule == RULE_MESSAGE and x.matches and not x.chain
    assert [(m.cls, m.token) for m in x.masks] == explain_masking(x.message)[0]
    assert {m.token for m in x.masks} >= {"4711"}
    assert x.masked == mask_message(x.message)
    assert x.canonical == "m|" + x.template
    assert x.fingerprint_rule == "default" and x.default == x.computed
    assert x.severity is not None and x.severity.severity == "low"


def test_an_exception_event_marks_each_frame(store: DuckDBStore):
    x = explain(store, "event:2")
    assert x.rule == RULE_FRAMES and x.matches
    (exc,) = x.chain
    assert exc.type == "json.decoder.JSONDecodeError"
    assert [(f.frame.function, f.status) for f in exc.frames] == [
        ("run", "counted"),
        ("walk", "counted"),
        ("walk", "recursion"),
        ("decode", "library"),
    ]
    assert "standard" not in exc.frames[3].reason and "not in-app" in exc.frames[3].reason
    assert x.canonical.startswith("e|json.decoder.JSONDecodeError\n")
    assert "decoder.py" not in x.canonical and x.canonical.count("tree.py:walk") == 1


def test_a_group_is_explained_through_its_newest_event(store: DuckDBStore):
    event = next(store.search(EventFilter(text=("job-1a2b",)), limit=1))
    x = explain(store, event.fingerprint.split(":")[1][:7])
    assert x.via_group and x.event_id == event.id and x.fingerprint == event.fingerprint


def test_unknown_and_ambiguous_references(store: DuckDBStore):
    with pytest.raises(UsageError, match="no event 999"):
        explain(store, "event:999")
    with pytest.raises(UsageError, match="no event or group"):
        explain(store, "99999")
    with pytest.raises(UsageError, match="no group"):
        explain(store, "abcdef1")


def test_a_number_that_is_an_event_and_a_group_prefix_is_ambiguous(db: Path):
    from datetime import datetime

    import pyarrow as pa

    from errctl.store.batch_writes import BATCH_COLUMNS

    values = {c: [None] for c in BATCH_COLUMNS}
    values.update(
        source=["/l"],
        line=[1],
        timestamp=[datetime(2024, 1, 1)],
        timestamp_inferred=[False],
        message=["hello"],
        template=["hello"],
        title=["hello"],
        fingerprint=["fp1:0001abcdef012345"],
    )
    store = DuckDBStore(db)
    store.commit_batch(pa.table({c: values[c] for c in BATCH_COLUMNS}), None, None)
    with pytest.raises(UsageError, match="both an event id and a group id prefix") as e:
        explain(store, "0001")
    assert "event:0001" in (e.value.hint or "")
    assert explain(store, "event:0001").event_id == 1
    assert explain(store, "1").event_id == 1  # too short to be a group prefix
    assert explain(store, "0001a").via_group


def test_explaining_a_chain_without_frames_masks_its_values():
    from datetime import datetime

    from errctl.fingerprint.fingerprint import chain_fingerprint
    from errctl.models import Event

    chain = [ExceptionInfo("TimeoutError", "after 30s to 10.0.0.1", (), "python")]
    event = Event(
        id=1,
        source="s",
        line=1,
        timestamp=datetime(2024, 1, 1),
        level="error",
        service=None,
        host=None,
        message="m",
        template="m",
        fingerprint=chain_fingerprint(chain),
        severity=None,
        exception_type="TimeoutError",
        exception_value="after 30s to 10.0.0.1",
        stack=orjson.loads(orjson.dumps([e.to_dict() for e in chain])),
        trace_id=None,
        attributes=None,
    )
    x = explain_event(event)
    assert x.rule == RULE_NO_FRAMES and x.matches
    assert [m.token for m in x.chain[0].masks] == [t for _, t in explain_masks(chain[0].value)]
    stale = explain_event(Event(**{**event.to_dict(), "fingerprint": "fp1:0000000000000000"}))
    assert not stale.matches and stale.to_dict()["matches"] is False


def test_frame_decisions_are_what_the_canonical_text_is_built_from():
    app = Frame(file="/srv/app/a.py", function="f")
    lib = Frame(file="/x/site-packages/lib.py", function="g")
    only_lib = ExceptionInfo("E", "", (lib, lib))
    decisions = frame_decisions(only_lib)
    assert [(d.status, d.all_counted) for d in decisions] == [
        ("counted", True),
        ("recursion", True),
    ]
    mixed = ExceptionInfo("E", "", (app, lib, app))
    assert [d.status for d in frame_decisions(mixed)] == ["counted", "library", "recursion"]
    assert canonical_chain([mixed]) == "E\n" + frame_decisions(mixed)[0].key


RETRY_LOG = """\
2026-11-28 11:00:00,120 - jobs.runner - ERROR - retry 3 of 5 for job 42 failed after 1.5s
2026-11-28 11:01:00,120 - jobs.runner - ERROR - upstream answered HTTP 503, exit code 2
"""


@pytest.fixture
def retry_store(tmp_path: Path, db: Path) -> DuckDBStore:
    log = tmp_path / "jobs.log"
    log.write_text(RETRY_LOG)
    s = DuckDBStore(db)
    ingest([str(log)], s, IngestOptions())
    return s


def test_explain_lists_the_small_integers_it_masked(retry_store: DuckDBStore):
    # 3, 5 and 42 are `<*>` in the template, but explain listed only the duration.
    x = explain(retry_store, "event:1")
    assert x.template == "retry <*> of <*> for job <*> failed after <*>"
    assert [(m.cls, m.token) for m in x.masks] == [
        ("small-int", "3"),
        ("small-int", "5"),
        ("small-int", "42"),
        ("duration", "1.5s"),
    ]
    assert x.template.count("<*>") == len(x.masks) and x.kept == ()
    assert x.to_dict()["masks"][0] == {"class": "small-int", "token": "3"}


def test_explain_says_which_integers_stay_and_why(retry_store: DuckDBStore):
    x = explain(retry_store, "event:2")
    assert x.template == "upstream answered HTTP 503, exit code 2"
    assert x.masks == ()
    assert [(k.key, k.token) for k in x.kept] == [("HTTP", "503"), ("code", "2")]
    assert x.to_dict()["kept"] == [
        {"key": "HTTP", "token": "503"},
        {"key": "code", "token": "2"},
    ]


def test_explain_text_shows_masked_and_kept_integers(retry_store: DuckDBStore):
    from tests.cli_runner import run

    out = run("--db", str(retry_store.path), "explain", "event:1").stdout
    assert "  small-int  42\n" in out and "  duration   1.5s\n" in out
    out = run("--db", str(retry_store.path), "explain", "event:2").stdout
    assert "kept constant (after a key that names a status or an error code" in out
    assert "  503        after HTTP\n" in out and "  2          after code\n" in out


def test_explain_text_says_a_code_stayed_by_its_shape(tmp_path: Path, db: Path):
    from tests.cli_runner import run

    log = tmp_path / "orders.log"
    log.write_text(
        "2026-11-28 11:00:00,120 - orders.dao - ERROR - query failed: ORA-00942: table or view"
        " does not exist\n"
    )
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    out = run("--db", str(db), "explain", "event:1").stdout
    assert "  ORA-00942  a code by its shape\n" in out
