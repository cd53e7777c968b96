"""One store for many programs' logs groups each program as a store of its own would, and one
program's logs spread over several folders (hosts, pods) as if they were one: template mining
mines each program's messages with its own templates' examples only (`errctl.fingerprint.memory`,
`mining_family`: the program the log names, else the format its lines are written in and the
layout of their times)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from tests.cli_runner import run

SCANNER = [
    "/srv/up/f1.zip: Eicar-Signature FOUND",
    "/srv/up/f2.doc: Heuristics.Encrypted.Zip FOUND",
    "/srv/up/f3.eml: Heuristics.Phishing.Email.SpoofedDomain FOUND",
    "clamd: Shutdown complete",
    "mingle: sync complete",
    "manager: startup complete",
]
CLUSTER = [
    "Diff: --- 0.34.0 2",
    "Diff: +++ 0.34.1 (null)",
    "Diff: --- 0.34.1 2",
    "Diff: +++ 0.34.2 (null)",
]


def _write(path: Path, messages: list[str], service: str) -> Path:
    """JSON records of `service`, appended to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as f:
        for i, message in enumerate(messages):
            record = {"ts": f"2026-11-28T06:00:{i:02d}Z", "level": "info", "msg": message}
            f.write(json.dumps({**record, "service": service}) + "\n")
    return path


def _write_lines(path: Path, lines: Iterable[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines))
    return path


def _ingest(db: Path, *paths: Path) -> None:
    result = run("--db", str(db), "ingest", "--quiet", *map(str, paths))
    assert result.exit_code == 0, result.stderr


def _templates(db: Path) -> dict[str, str]:
    result = run("--db", str(db), "search", "--format", "ndjson", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    return {e["message"]: e["template"] for e in map(json.loads, result.stdout.splitlines())}


def _groups(db: Path) -> set[str]:
    result = run("--db", str(db), "top", "--format", "json", "--since", "1000d")
    assert result.exit_code == 0, result.stderr
    return {g["title"] for g in json.loads(result.stdout)}


def _cluster_alone(tmp_path: Path) -> dict[str, str]:
    db = tmp_path / "alone.duckdb"
    _ingest(db, _write(tmp_path / "alone" / "cluster.log", CLUSTER, "pacemaker"))
    return _templates(db)


def test_two_programs_in_one_run_keep_their_statements(tmp_path: Path):
    """Mined together, the two programs' messages of one shape and no shared word were one
    template of no word, `<*>: <*>`, for all ten."""
    scanner = _write(tmp_path / "clamav" / "scan.log", SCANNER, "clamd")
    cluster = _write(tmp_path / "pacemaker" / "cluster.log", CLUSTER, "pacemaker")
    db = tmp_path / "s.duckdb"
    _ingest(db, scanner, cluster)
    got = _templates(db)
    assert {got[m] for m in CLUSTER} == {"Diff: --- <*>", "Diff: +++ <*>"}
    assert {m: got[m] for m in CLUSTER} == _cluster_alone(tmp_path)
    assert got["mingle: sync complete"] == "mingle: sync complete"
    assert "<*>: <*>" not in got.values()


def test_a_later_run_mines_a_new_program_without_the_others_examples(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    _ingest(db, _write(tmp_path / "clamav" / "scan.log", SCANNER, "clamd"))
    before = _groups(db)
    _ingest(db, _write(tmp_path / "pacemaker" / "cluster.log", CLUSTER, "pacemaker"))
    got = _templates(db)
    assert {m: got[m] for m in CLUSTER} == _cluster_alone(tmp_path)
    # The first program's groups were not taken over by a template mined with the second's.
    assert before <= _groups(db)


def test_a_program_read_again_is_mined_with_its_own_examples(tmp_path: Path):
    """The store keeps each template's families: a third run on the first program still mines
    its new users with its remembered `alice`, though another program was read in between."""
    auth = tmp_path / "app" / "auth.log"
    db = tmp_path / "s.duckdb"
    _ingest(db, _write(auth, ["user alice logged in"], "app"))
    _ingest(db, _write(tmp_path / "web" / "access.log", ["user bob logged in"], "web"))
    later = ["user carol logged in", "user dan logged in", "user erin logged in"]
    _ingest(db, _write(auth, later, "app"))
    got = _templates(db)
    assert [got[m] for m in later] == ["user <*> logged in"] * 3
    # The other program's `bob`, mined without `alice`, kept its own template.
    assert got["user bob logged in"] == "user bob logged in"


def test_one_program_on_several_hosts_is_mined_as_one(tmp_path: Path):
    """A fleet's logs, a folder per host: the second host's users are mined with the first
    host's remembered `alice`, as if one file held them all."""
    db = tmp_path / "s.duckdb"
    _ingest(db, _write(tmp_path / "web-1" / "auth.log", ["user alice logged in"], "app"))
    later = ["user bob logged in", "user carol logged in", "user dan logged in"]
    _ingest(db, _write(tmp_path / "web-2" / "auth.log", later, "app"))
    got = _templates(db)
    assert [got[m] for m in later] == ["user <*> logged in"] * 3


def test_two_programs_in_one_syslog_file_keep_their_statements(tmp_path: Path):
    """A syslog file (and /var/log, a folder of many programs' files) names the program of
    each line: each program's messages are mined with its own."""
    log = tmp_path / "syslog"
    with log.open("w") as f:
        for n, (program, message) in enumerate(
            [("clamd[812]", m) for m in SCANNER] + [("pacemaker-based[1501]", m) for m in CLUSTER]
        ):
            f.write(f"Jun 11 06:00:{n:02d} host1 {program}: {message}\n")
    db = tmp_path / "s.duckdb"
    _ingest(db, log)
    got = _templates(db)
    assert {got[m] for m in CLUSTER} == {"Diff: --- <*>", "Diff: +++ <*>"}
    assert "<*>: <*>" not in got.values()


def _assert_mined_apart(db: Path, scanner: Path, cluster: Path) -> None:
    """The cluster manager's statements are its own, not one of no word with the scanner's."""
    _ingest(db, scanner, cluster)
    got = _templates(db)
    assert {got[m] for m in CLUSTER} == {"Diff: --- <*>", "Diff: +++ <*>"}
    assert "<*>: <*>" not in got.values()


def test_lines_that_name_no_program_are_told_apart_by_their_format(tmp_path: Path):
    """/var/log holds many programs' files, many of whose lines name no program: files
    written in another format are another program's."""
    scanner = tmp_path / "log" / "scan.json"
    scanner.parent.mkdir()
    scanner.write_text(
        "".join(
            json.dumps({"ts": f"2026-11-28T06:00:{n:02d}Z", "level": "info", "msg": m}) + "\n"
            for n, m in enumerate(SCANNER)
        )
    )
    cluster = tmp_path / "log" / "cluster.log"
    cluster.write_text(
        "".join(
            f'ts=2026-11-28T06:00:{n:02d}Z level=info msg="{m}"\n' for n, m in enumerate(CLUSTER)
        )
    )
    _assert_mined_apart(tmp_path / "s.duckdb", scanner, cluster)


def test_lines_of_one_format_are_told_apart_by_the_layout_of_their_times(tmp_path: Path):
    """Two programs whose lines errctl reads alike (generic text: a time, a level, the
    message) and which write their times each in its own layout are two programs."""
    scanner = _write_lines(
        tmp_path / "log" / "scan.log",
        (f"2026-11-28T06:00:{n:02d}+0000 info: {m}" for n, m in enumerate(SCANNER)),
    )
    cluster = _write_lines(
        tmp_path / "log" / "cluster.log",
        (f"28-Nov-2026 06:00:{n:02d}.118 info: {m}" for n, m in enumerate(CLUSTER)),
    )
    _assert_mined_apart(tmp_path / "s.duckdb", scanner, cluster)


def test_another_familys_template_takes_no_words_of_a_message(tmp_path: Path):
    """Jupyter Server writes `Kernel started: <id>` with the date in its time, Notebook 6
    `Kernel started: <id>, name: python3` with the time of day only: two families. Masking
    leaves no value in `<*>, name: <*>` to mine, so the server's known template, whose `<*>`
    spans those words, took the notebook's messages; its own statement keeps them."""
    uuid = "{:08x}-9cc4-4720-826b-2de966e41f47".format
    server = _write_lines(
        tmp_path / "server.log",
        (f"[I 2024-05-13 08:{n:02d}:27.658 ServerApp] Kernel started: {uuid(n)}" for n in range(6)),
    )
    notebook = _write_lines(
        tmp_path / "notebook.log",
        (f"[I 09:{n:02d}:37.4 NotebookApp] Kernel started: {uuid(n)}, name: py3" for n in range(6)),
    )
    db = tmp_path / "s.duckdb"
    _ingest(db, server)
    _ingest(db, notebook)
    got = _templates(db)
    assert {t for m, t in got.items() if "name:" in m} == {"Kernel started: <*>, name: <*>"}
    assert {t for m, t in got.items() if "name:" not in m} == {"Kernel started: <*>"}


def test_the_column_families_are_the_families_of_their_rows():
    import pyarrow as pa

    from errctl.fingerprint.memory import mining_family
    from errctl.ingest.stages import mining_families

    rows = [
        ("clamd", "syslog", "a 0 0:0:0"),
        (None, "syslog", None),
        ("", "json", None),
        ("", "json", "0-0-0a0:0:0a"),
        ("", "json", ""),
        ("nginx", None, None),
        (None, None, None),
        (None, "generic", "0-a-0 0:0:0.0"),
        (None, "generic", "0-0-0a0:0:0-0"),
    ]
    columns = zip(*rows, strict=True)
    services, formats, layouts = (pa.array(column, pa.string()) for column in columns)
    got = mining_families(pa.chunked_array([services]), formats, layouts).to_pylist()
    assert got == [mining_family(*row) for row in rows]
    assert len(set(got)) == len(rows) - 1  # an empty layout is none
    assert got[2] == got[4] != got[3]
