"""Ingest under `[fingerprint]`: rules merge and split groups, in-app globs pick frames, and
`explain` names the rule that fired."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from tests.cli_runner import run

LINES = [
    {"level": "error", "service": "api", "message": "database pool exhausted"},
    {"level": "error", "service": "api", "message": "could not reach the primary"},
    {"level": "error", "service": "api", "message": "cache miss storm"},
    {"level": "error", "service": "web", "message": "cache miss storm"},
    {"level": "error", "service": "api", "message": "disk full"},
]

CONFIG = """
[fingerprint]
rules = [
  'message:"database pool*" -> database-down',
  'message:"could not reach *" -> database-down',
  'message:"cache miss*" -> {{ default }}, cache',
  'message:"cache miss*" service:web -> never-reached',
]
"""

TRACE = (
    "Traceback (most recent call last):\n"
    '  File "/srv/app/handlers.py", line 10, in handle\n'
    "    run()\n"
    '  File "/srv/app/vendor_sdk/client.py", line 20, in {fn}\n'
    "    call()\n"
    "ValueError: bad input"
)


def ingest(tmp_path: Path, config: str, lines: list[dict]) -> tuple[Path, str]:
    cfg = tmp_path / "errctl.toml"
    cfg.write_text(config)
    log = tmp_path / "app.jsonl"
    log.write_text("".join(orjson.dumps(line).decode() + "\n" for line in lines))
    db = tmp_path / "s.duckdb"
    result = run("--config", str(cfg), "--db", str(db), "ingest", str(log), "-q")
    assert result.exit_code == 0, result.stderr
    return db, str(cfg)


def fingerprints(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT fingerprint FROM events ORDER BY id").fetchall()]


def test_a_rule_merges_two_messages_and_first_match_wins(tmp_path: Path):
    db, _ = ingest(tmp_path, CONFIG, LINES)
    pool, primary, cache_api, cache_web, disk = fingerprints(db)
    assert pool == primary  # two different messages, one group by rule
    assert cache_api == cache_web  # the third rule fired first; the fourth never does
    (tmp_path / "plain").mkdir()
    plain = fingerprints(ingest(tmp_path / "plain", "", LINES)[0])
    assert plain[0] != plain[1]  # without the rules, two groups
    assert cache_api != plain[2]  # {{ default }}, cache: a group of its own
    assert disk == plain[4]  # no rule matched: the computed fingerprint


def test_a_rule_splits_one_message_by_service(tmp_path: Path):
    config = """
[fingerprint]
rules = ['service:web -> {{ default }} web']
"""
    db, _ = ingest(tmp_path, config, LINES)
    fps = fingerprints(db)
    assert fps[2] != fps[3]  # the same message, split by service
    (tmp_path / "plain").mkdir()
    plain = fingerprints(ingest(tmp_path / "plain", "", LINES)[0])
    assert plain[2] == plain[3] == fps[2]


def test_in_app_globs_change_which_frames_count(tmp_path: Path):
    lines = [
        {"level": "error", "message": "failed", "exc_info": TRACE.format(fn="get")},
        {"level": "error", "message": "failed", "exc_info": TRACE.format(fn="post")},
    ]
    for name, config, same in (
        ("none", "", False),  # both frames in-app: `get` and `post` differ
        ("exclude", '[fingerprint]\nin_app_exclude = ["*/vendor_sdk/*"]\n', True),
    ):
        (tmp_path / name).mkdir()
        db, _ = ingest(tmp_path / name, config, lines)
        a, b = fingerprints(db)
        assert (a == b) is same, name
    # An include glob wins over the built-in defaults: site-packages counted as the app's own.
    site = [
        {
            "level": "error",
            "message": "failed",
            "exc_info": TRACE.format(fn=fn).replace("/srv/app/vendor_sdk", "/x/site-packages/acme"),
        }
        for fn in ("get", "post")
    ]
    (tmp_path / "site").mkdir()
    db, _ = ingest(tmp_path / "site", "", site)
    a, b = fingerprints(db)
    assert a == b  # the library frame does not count
    (tmp_path / "include").mkdir()
    db, _ = ingest(tmp_path / "include", '[fingerprint]\nin_app_include = ["*/acme/*"]\n', site)
    a, b = fingerprints(db)
    assert a != b


def test_explain_names_the_rule_that_fired(tmp_path: Path):
    db, cfg = ingest(tmp_path, CONFIG, LINES)
    out = run("--config", cfg, "--db", str(db), "explain", "event:2")
    assert out.exit_code == 0, out.stderr
    assert "fingerprint rule" in out.stdout
    assert "could not reach *" in out.stdout and "-> database-down" in out.stdout
    assert "r|database-down" in out.stdout
    assert "severity" in out.stdout and "medium" in out.stdout
    data = orjson.loads(
        run("--config", cfg, "--db", str(db), "explain", "event:5", "--format", "json").stdout
    )
    assert data["fingerprint_rule"] == "default" and data["matches"]
    assert len(data["rules_checked"]) == 4
    data = orjson.loads(
        run("--config", cfg, "--db", str(db), "explain", "event:3", "--format", "json").stdout
    )
    assert data["fingerprint_rule"].endswith("-> {{ default }}, cache") and data["matches"]
    assert data["rule_canonical"] == f"r|{data['default']}, cache"
    assert data["severity"]["severity"] == "medium"


def test_explain_shows_in_app_glob_decisions(tmp_path: Path):
    lines = [{"level": "error", "message": "failed", "exc_info": TRACE.format(fn="get")}]
    db, cfg = ingest(tmp_path, '[fingerprint]\nin_app_exclude = ["*/vendor_sdk/*"]\n', lines)
    data = orjson.loads(
        run("--config", cfg, "--db", str(db), "explain", "event:1", "--format", "json").stdout
    )
    assert data["matches"]
    reasons = [f["reason"] for f in data["chain"][0]["frames"]]
    assert reasons == ["counted: in-app", "not in-app: matches in_app_exclude '*/vendor_sdk/*'"]
