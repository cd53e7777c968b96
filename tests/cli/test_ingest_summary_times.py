"""What ingest's summary says of a file's times: once per file, plainly when its lines carry no
time (pip's install output: each event takes the file's modification time), and as a problem
when they carry times errctl did not read."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from tests.cli_runner import run

PIP_INSTALL = """\
Collecting requests==2.31.0
  Downloading requests-2.31.0-py3-none-any.whl (62 kB)
     ---------------------------------------- 62.6/62.6 kB 4.1 MB/s eta 0:00:00
Collecting charset-normalizer<4,>=2
  Downloading charset_normalizer-3.3.2-cp311-cp311-manylinux_2_17_x86_64.whl (140 kB)
Collecting idna<4,>=2.5
  Using cached idna-3.6-py3-none-any.whl (61 kB)
Requirement already satisfied: urllib3<3,>=1.21.1 in ./venv/lib/python3.11/site-packages (2.1.0)
Installing collected packages: idna, charset-normalizer, requests
Successfully installed charset-normalizer-3.3.2 idna-3.6 requests-2.31.0
ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device
"""

# A batch job's own layout, which no format knows: every line has its time, none is read.
JOB_LOG = """\
2024/05/01-12:00:00.123 job 17 started on node-3
2024/05/01-12:00:01.456 job 17 wrote 2048 rows
2024/05/01-12:00:02.789 job 17 failed: disk quota exceeded
"""

WRITTEN = datetime(2026, 11, 30, 8, 0, 5, tzinfo=UTC)


def _ingest(tmp_path: Path, name: str, text: str, *args: str) -> tuple[list[str], str]:
    log = tmp_path / name
    log.write_text(text)
    os.utime(log, (WRITTEN.timestamp(), WRITTEN.timestamp()))
    r = run("--db", str(tmp_path / "s.duckdb"), "ingest", str(log), *args)
    assert r.exit_code == 0, r.stderr
    return [line for line in r.stderr.splitlines() if line.startswith(f"  {log}:")], r.stdout


def test_a_file_whose_lines_carry_no_time_says_so_once_and_plainly(tmp_path: Path) -> None:
    (line,), _ = _ingest(tmp_path, "pip-install.log", PIP_INSTALL)
    # Before: not a word of the times, all of which were the file's modification time.
    assert line.endswith(
        "(no time in its lines: each event took the file's modification time, 2026-11-30 08:00:05Z)"
    ), line
    assert line.count("time") == 2  # one note: not "unknown", not a warning per event


def test_a_file_whose_times_no_format_reads_needs_a_look(tmp_path: Path) -> None:
    (line,), _ = _ingest(tmp_path, "job.log", JOB_LOG)
    # Before: as silent as the pip log, though each event took a time that was not its own.
    assert line.endswith(
        "(its lines seem to start with a time no format reads, such as "
        "`2024/05/01-12:00:00.123`: each event took the file's modification time, "
        "2026-11-30 08:00:05Z; --pattern can read it)"
    ), line


def test_times_that_could_not_be_read_are_counted(tmp_path: Path) -> None:
    text = (
        '{"time": "2024-05-01T12:00:00Z", "level": "info", "msg": "job started"}\n'
        '{"time": "yesterday noon", "level": "error", "msg": "disk quota exceeded"}\n'
        '{"time": "2024-05-01T12:00:02Z", "level": "info", "msg": "job retried"}\n'
    )
    (line,), _ = _ingest(tmp_path, "job.jsonl", text)
    assert line.endswith(
        "(1 time not read, such as `yesterday noon`: its event took a nearby event's time)"
    ), line
    (tmp_path / "json").mkdir()  # a store of its own: the same content is not read twice
    _, out = _ingest(tmp_path / "json", "job.jsonl", text, "--summary", "json")
    (source,) = json.loads(out)["sources"]
    assert (source["unread_times"], source["untimed_at"]) == (1, None)


def test_the_summary_json_says_when_no_time_was_read(tmp_path: Path) -> None:
    _, out = _ingest(tmp_path, "pip-install.log", PIP_INSTALL, "--summary", "json")
    (source,) = json.loads(out)["sources"]
    assert (source["untimed_at"], source["unread_times"]) == ("2026-11-30T08:00:05.000000Z", 0)


def test_a_file_of_timed_lines_says_nothing_of_its_times(tmp_path: Path) -> None:
    text = "2024-05-01 12:00:00 ERROR job: disk quota exceeded\n  at step 3\n"
    (line,), _ = _ingest(tmp_path, "app.log", text)
    assert "time" not in line.split("]", 1)[1], line


def test_among_many_files_those_with_times_unread_are_named() -> None:
    from errctl.cli.render import summary_text
    from errctl.models import IngestSummary, SourceResult

    def read(name: str, fmt: str, **kw) -> SourceResult:
        return SourceResult(f"/var/log/{name}", fmt, f"parses as {fmt}", events=9, **kw)

    sources = [read(f"app{i}.log", "python") for i in range(20)]
    sources.append(read("job.jsonl", "json", unread_times=2, unread_time="yesterday noon"))
    sources.append(read("table.log", "csv", untimed_at=WRITTEN.replace(tzinfo=None)))
    sources.append(
        read("dated.log", "csv", untimed_at=WRITTEN.replace(tzinfo=None), unread_dates="12:00:01")
    )
    lines = summary_text(IngestSummary(sources, seconds=1.0)).splitlines()
    assert lines[0] == (
        "  /var/log/job.jsonl: 9 events, json [parses as json] (2 times not read, such as "
        "`yesterday noon`: their events took a nearby event's time)"
    )
    assert lines[1].startswith("  /var/log/dated.log: 9 events, csv [parses as csv] (its lines")
    # A file whose lines carry no time is no problem to hear about among many.
    assert lines[2] == "  21 other file(s) read: 20 python, 1 csv (--summary json lists every file)"
