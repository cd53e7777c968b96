"""`errctl groups` on a narrow terminal keeps a useful share for the title: at 80 columns the
fixed columns (88 wide) used to crowd it out entirely. And two groups whose shown titles read
the same (cut alike, or one exception raised from two places) are told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from errctl.report.layout import MIN_TITLE, pick, tellable, title_need
from tests.cli.test_terminal_width import on_terminal
from tests.cli_runner import run

LOG = """\
2026-11-28 09:00:00,010 - acme_worker.scheduler - INFO - Worker starting (pid 4121, concurrency 8, queues default,reports,exports)
2026-11-28 09:10:00,120 - acme_worker.tasks.invoices - ERROR - Task invoices.sync[3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f] failed on retry 2
Traceback (most recent call last):
  File "/srv/worker/acme_worker/tasks/invoices.py", line 71, in sync_invoices
    with db.connect() as conn:
  File "/srv/worker/acme_worker/db.py", line 22, in connect
    return psycopg.connect(DSN, connect_timeout=5)
psycopg.OperationalError: connection failed: connection to server at "10.0.3.12", port 5432 failed: FATAL:  sorry, too many clients already
2026-11-28 09:20:00,120 - acme_worker.web - ERROR - Unhandled exception in request handler
Traceback (most recent call last):
  File "/srv/worker/acme_worker/web/health.py", line 30, in readiness
    db.ping()
  File "/srv/worker/acme_worker/db.py", line 40, in ping
    return psycopg.connect(DSN, connect_timeout=1)
psycopg.OperationalError: connection failed: connection to server at "10.0.3.12", port 5432 failed: FATAL:  sorry, too many clients already
2026-11-28 09:30:00,200 - acme_worker.tasks.billing - ERROR - the payment provider paystream rejected the charge request for the invoice with HTTP 502
2026-11-28 09:31:00,200 - acme_worker.tasks.billing - ERROR - the payment provider paystream rejected the charge request for the invoice with HTTP 503
2026-11-28 09:40:00,300 - acme_worker.tasks.exports - WARNING - Export for account 40213 holds 2,844,190 rows in memory (limit 1,000,000)
"""  # noqa: E501


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    log = tmp_path / "worker.log"
    log.write_text(LOG)
    r = run("--db", str(db), "ingest", "--tz", "UTC", "--quiet", str(log))
    assert r.exit_code == 0, r.stderr
    return db


@pytest.mark.parametrize("columns", [60, 80, 100, 120, 200])
def test_groups_title_keeps_its_share_of_the_terminal(store: Path, columns: int) -> None:
    lines = on_terminal(store, "groups", columns=columns)
    header, rows = lines[0], lines[1:]
    assert header.endswith("TITLE"), lines
    assert len(rows) == 6, lines
    assert all(len(line) <= columns for line in lines), lines
    at = header.index("TITLE")
    assert columns - at >= min(title_need(columns, 200), MIN_TITLE), lines
    assert any(row[at:].startswith("Worker starting (pid") for row in rows), lines
    if columns >= 200:  # room for every column, as piped
        assert "FIRST SEEN" in header and "LEVEL" in header, header


def test_groups_piped_keep_every_column_and_whole_titles(store: Path) -> None:
    r = run("--db", str(store), "groups")
    assert r.exit_code == 0, r.stderr
    header = r.stdout.splitlines()[0]
    assert header.split() == [
        *("ID", "EVENTS", "LEVEL", "SEVERITY", "SERVICE", "FIRST", "SEEN", "LAST", "SEEN"),
        "TITLE",
    ]
    # The title's end, whole (the queue list is one value: masking's `glued`).
    assert "Worker starting (pid <*>, concurrency <*>, queues <*>)" in r.stdout


def test_groups_look_alike_titles_are_told_apart(store: Path) -> None:
    rows = on_terminal(store, "groups", columns=80)[1:]
    statuses = [row for row in rows if "the payment provider" in row]
    assert len(statuses) == 2 and statuses[0] != statuses[1], rows
    assert {row[-3:] for row in statuses} == {"502", "503"}, rows
    # One exception from two places: the same title, told apart by the message logged with it.
    raised = [row for row in rows if "psycopg" in row]
    assert len(raised) == 2, rows
    assert any("(Task invoices.sync" in row for row in raised), rows
    assert any("(Unhandled exc" in row for row in raised), rows


def test_groups_piped_tell_identical_titles_apart_by_their_message(store: Path) -> None:
    r = run("--db", str(store), "groups")
    raised = [line for line in r.stdout.splitlines() if "psycopg" in line]
    assert len(raised) == 2
    assert any(line.endswith("(Unhandled exception in request handler)") for line in raised)
    assert any(line.endswith("(Task invoices.sync[<*>] failed on retry <*>)") for line in raised)


def test_pick_takes_the_widest_layout_that_leaves_the_title_its_share() -> None:
    before = [88, 78, 65, 51]
    assert pick(before, 200, title_need(200, 150)) == 0
    assert pick(before, 120, title_need(120, 150)) == 2
    assert pick(before, 80, title_need(80, 150)) == 3  # none fits: the narrowest
    assert pick(before, 100, title_need(100, 12)) == 0  # short titles need no room


def test_tellable_leaves_distinct_titles_alone() -> None:
    titles = ["upstream request failed", "GET /healthz 200"]
    assert tellable(titles, [None, None], 30) == titles
    assert tellable(titles, [None, None]) == titles


def test_tellable_shows_where_cut_titles_part() -> None:
    a = "com.acme.billing.PaymentProviderException: charge timed out (invoice INV-2026-004411)"
    b = a.replace("004411", "004412")
    shown = tellable([a, b], [None, None], 40)
    assert shown[0] != shown[1]
    assert shown[0].endswith("INV-2026-004411)") and shown[1].endswith("INV-2026-004412)")
    assert all(len(s) <= 40 for s in shown)


def test_tellable_leaves_groups_alike_in_everything_as_they_are() -> None:
    assert tellable(["MemoryError", "MemoryError"], ["x", "x"], 30) == ["MemoryError"] * 2


def test_show_names_the_other_groups_of_the_same_title(store: Path) -> None:
    import json

    listed = json.loads(run("--db", str(store), "groups", "--format", "json").stdout)
    raised = {g["template"]: g["id"] for g in listed if g["title"].startswith("psycopg")}
    task = raised["Task invoices.sync[<*>] failed on retry <*>"]
    handler = raised["Unhandled exception in request handler"]
    out = run("--db", str(store), "show", task).stdout
    assert (
        f"alike     {handler}  1 event(s), the same title; template: Unhandled exception in "
        "request handler\n"
    ) in out
    record = json.loads(run("--db", str(store), "show", task, "--format", "json").stdout)
    assert [a["id"] for a in record["alike"]] == [handler]
    # A title no other group has: nothing said.
    other = next(g["id"] for g in listed if g["title"].startswith("Worker starting"))
    assert "alike" not in run("--db", str(store), "show", other).stdout


def test_tellable_only_cuts_titles_where_two_parts_would_not_read() -> None:
    a = "the payment provider rejected the charge with HTTP 502"
    b = a.replace("502", "503")
    assert tellable([a, b], [None, None], 8) == ["the pay…", "the pay…"]


def test_tellable_titles_alike_but_for_digits_are_told_by_their_messages() -> None:
    a = "PaymentProviderException: charge timed out (invoice INV-2026-004411)"
    b = a.replace("004411", "004412")
    details = ["Invoice creation failed for cart <*>", "Charge failed for invoice <*>"]
    # Whole or cut: the invoice the title was taken from is no reason two groups are two.
    assert tellable([a, b], details) == [f"{a}  ({details[0]})", f"{b}  ({details[1]})"]
    shown = tellable([a, b], details, 60)
    assert shown[0].endswith("(Invoice creation failed for cart <*>)"), shown
    assert shown[1].endswith("(Charge failed for invoice <*>)"), shown


def test_tellable_asks_origins_only_of_rows_nothing_else_tells_apart() -> None:
    asked: list[list[int]] = []

    def origins(rows: list[int]) -> dict[int, str]:
        asked.append(rows)
        return {0: "via orders.create", 2: "via health.ready"}

    titles = ["KeyError: 'id'", "HTTP 500 from billing", "KeyError: 'id'", "KeyError: 'id'"]
    details = ["Unhandled exception", "HTTP <*> from <*>", "Unhandled exception", "x"]
    shown = tellable(titles, details, None, origins)
    assert asked == [[0, 2]]  # row 3 is told by its message, row 1 by its title
    assert shown == [
        "KeyError: 'id'  (Unhandled exception; via orders.create)",
        "HTTP 500 from billing",
        "KeyError: 'id'  (Unhandled exception; via health.ready)",
        "KeyError: 'id'  (x)",
    ]


def test_tellable_numbers_that_differ_past_the_cut_still_show_when_nothing_else_does() -> None:
    a = "the payment provider paystream rejected the charge with HTTP 502"
    b = a.replace("502", "503")
    shown = tellable([a, b], [a, b], 40, lambda rows: {})
    assert [s[-3:] for s in shown] == ["502", "503"], shown


RAISED_TWICE = """\
2026-11-28 09:20:00,120 - acme.web - ERROR - Unhandled exception in request handler
Traceback (most recent call last):
  File "/srv/acme/web/health.py", line 30, in readiness
    db.ping()
  File "/srv/acme/db.py", line 40, in ping
    return psycopg.connect(DSN, connect_timeout=1)
psycopg.OperationalError: connection failed: FATAL:  sorry, too many clients already
2026-11-28 09:21:00,120 - acme.web - ERROR - Unhandled exception in request handler
Traceback (most recent call last):
  File "/srv/acme/web/orders.py", line 88, in create_order
    db.ping()
  File "/srv/acme/db.py", line 40, in ping
    return psycopg.connect(DSN, connect_timeout=1)
psycopg.OperationalError: connection failed: FATAL:  sorry, too many clients already
"""


@pytest.fixture
def raised_twice(tmp_path: Path) -> Path:
    """A store of one exception raised from two places, with the same message."""
    db = tmp_path / "s.duckdb"
    log = tmp_path / "web.log"
    log.write_text(RAISED_TWICE)
    assert run("--db", str(db), "ingest", "--tz", "UTC", "--quiet", str(log)).exit_code == 0
    return db


def test_listings_tell_one_exception_from_two_places_by_where_it_came_from(
    raised_twice: Path,
) -> None:
    import json

    db = raised_twice
    listed = run("--db", str(db), "groups").stdout.splitlines()[1:]
    assert sorted(line.rsplit("  ", 1)[-1] for line in listed) == [
        "(via health.py:readiness)",
        "(via orders.py:create_order)",
    ], listed
    top = run("--db", str(db), "top", "--since", "1d", "--at", "2026-11-28T12:00Z").stdout
    assert "(via health.py:readiness)" in top and "(via orders.py:create_order)" in top, top
    for line in listed:  # both raised in db.ping: Sentry's culprit is the same
        gid = line.split()[0]
        assert "culprit   db.py in ping\n" in run("--db", str(db), "show", gid).stdout
        record = json.loads(run("--db", str(db), "show", gid, "--format", "json").stdout)
        assert record["culprit"] == "db.py in ping", record


def test_show_decides_in_app_frames_and_the_culprit_by_the_users_rules(tmp_path: Path) -> None:
    """`[fingerprint] in_app_exclude` decided the fingerprint at ingest; `show` marks the
    stack's frames and names the culprit by the same rules."""
    import json

    db = tmp_path / "s.duckdb"
    log = tmp_path / "web.log"
    log.write_text(RAISED_TWICE)
    config = tmp_path / "errctl.toml"
    config.write_text('[fingerprint]\nin_app_exclude = ["*/acme/db.py"]\n')
    base = ("--config", str(config), "--db", str(db))
    assert run(*base, "ingest", "--tz", "UTC", "--quiet", str(log)).exit_code == 0
    for g in json.loads(run(*base, "groups", "--format", "json").stdout):
        record = json.loads(run(*base, "show", g["id"], "--format", "json").stdout)
        assert record["culprit"] in ("health.py in readiness", "orders.py in create_order")
        frames = record["stack"][0]["frames"]
        assert [f["in_app"] for f in frames] == [True, False], frames
        text = run(*base, "show", g["id"]).stdout
        assert f"culprit   {record['culprit']}\n" in text, text


def test_the_report_tells_one_exception_from_two_places_by_where_it_came_from(
    raised_twice: Path,
) -> None:
    import json

    db = raised_twice
    window = ("--since", "1d", "--at", "2026-11-28T12:00Z")
    text = run("--db", str(db), "report", *window).stdout
    assert "(via orders.py" in text and "(via health.py" in text, text
    report = json.loads(run("--db", str(db), "report", *window, "--format", "json").stdout)
    items = report["groups"]["new"]["items"]
    assert sorted(g["origin"] for g in items) == [
        "via health.py:readiness",
        "via orders.py:create_order",
    ]
    assert {g["template"] for g in items} == {"Unhandled exception in request handler"}
    for fmt in ("markdown", "html"):
        page = run("--db", str(db), "report", *window, "--format", fmt).stdout
        assert "via orders.py:create_order" in page and "via health.py:readiness" in page, page


@pytest.mark.parametrize("columns", [50, 60, 80, 100, 200])
def test_top_title_keeps_its_share_of_the_terminal(store: Path, columns: int) -> None:
    """`top` put 61 columns before the title whatever the width: at 60 columns no title at all
    was left, at 80 one of 19. The lesser columns give way first, TREND then FIRST (a NEW
    group's badge moves before its title), SERVICE and LAST."""
    window = ("--since", "1d", "--at", "2026-11-28T12:00Z")
    lines = on_terminal(store, "top", *window, columns=columns)
    at = next(i for i, line in enumerate(lines) if line.startswith("ID "))
    header, rows = lines[at], lines[at + 1 :]
    heading = " ".join(" ".join(lines[:at]).split())
    assert heading.endswith("6 events in 6 group(s), new vs the 1d before"), lines  # whole
    assert header.endswith("TITLE"), lines
    assert len(rows) == 6, lines
    assert all(len(line) <= columns for line in lines), lines
    title = header.index("TITLE")
    assert columns - title >= 24, lines
    assert any("Worker starting" in row[title : title + 20] for row in rows), lines
    assert ("TREND" in header) == (columns >= 100), header
    if "FIRST" not in header:  # NEW moves to the badges
        assert all(row[title:].startswith("NEW ") for row in rows), rows
    else:
        assert not any(row[title:].startswith("NEW ") for row in rows), rows


def test_tellable_a_title_that_is_the_start_of_another() -> None:
    # Both rows read `java.lang… ang.NullPointerE…`: the word back from where they part,
    # cut inside the long class name, and the part that tells them apart past the cut.
    a = "java.lang.NullPointerException"
    b = a + ': Cannot invoke "com.acme.billing.model.Account.getCurrency()" because it is null'
    shown = tellable([a, b], ["Request processing failed", "Failed to generate invoice <*>"], 24)
    assert shown == ["java.lang.NullPointerEx…", "java.lan… Cannot invoke…"]
    # The longer one is shown from what it adds, past its separator.
    short = "Failed to connect to the primary database"
    shown = tellable([short, short + ", giving up after 3 retries"], [None, None], 24)
    assert shown == ["Failed to connect to th…", "Failed t… giving up aft…"]
