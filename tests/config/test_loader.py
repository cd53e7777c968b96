"""Discovery, strict validation with lines and suggestions, typed values, provenance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from errctl.config import schema
from errctl.config.loader import (
    ConfigErrors,
    describe,
    find_config,
    key_lines,
    load_file,
    load_settings,
    parse_fingerprint_rule,
)
from errctl.config.schema import Settings
from errctl.errors import ConfigError, ExitCode

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def timeout_config(value: float) -> str:
    return f"[store]\nlock_timeout = {value}\n"


def problems_of(path: Path) -> list:
    with pytest.raises(ConfigErrors) as info:
        load_file(path)
    return info.value.problems


# -- discovery -------------------------------------------------------------------------------


@pytest.fixture
def every_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    user_dir = tmp_path / "user-config"
    monkeypatch.setenv("ERRCTL_CONFIG_DIR", str(user_dir))
    return {
        "explicit": write(tmp_path / "explicit.toml", timeout_config(1)),
        "env": write(tmp_path / "env.toml", timeout_config(2)),
        "local": write(Path("errctl.toml"), timeout_config(3)),
        "pyproject": write(
            Path("pyproject.toml"),
            '[project]\nname = "x"\n\n[tool.errctl.store]\nlock_timeout = 4\n',
        ),
        "user": write(user_dir / "errctl.toml", timeout_config(5)),
    }


def test_precedence_explicit_env_local_pyproject_user(
    every_place: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ERRCTL_CONFIG", str(every_place["env"]))
    assert load_settings(str(every_place["explicit"])).store.lock_timeout == 1
    settings = load_settings(None)
    assert (settings.store.lock_timeout, settings.found_by) == (2, "ERRCTL_CONFIG")
    monkeypatch.delenv("ERRCTL_CONFIG")
    assert load_settings(None).store.lock_timeout == 3
    every_place["local"].unlink()
    settings = load_settings(None)
    assert (settings.store.lock_timeout, settings.found_by) == (4, "pyproject.toml [tool.errctl]")
    every_place["pyproject"].unlink()
    settings = load_settings(None)
    assert (settings.store.lock_timeout, settings.found_by) == (5, "user config dir")
    every_place["user"].unlink()
    settings = load_settings(None)
    assert settings == Settings() and settings.file is None and settings.found_by == "defaults"


def test_user_config_dir_defaults_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ERRCTL_CONFIG_DIR", raising=False)
    import os

    xdg = Path(os.environ["XDG_CONFIG_HOME"])  # the autouse fixture's tmp dir
    write(xdg / "errctl" / "errctl.toml", timeout_config(7))
    assert load_settings(None).store.lock_timeout == 7


def test_pyproject_without_our_table_is_skipped_even_when_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ERRCTL_CONFIG_DIR", str(tmp_path))
    write(Path("pyproject.toml"), "[project\nthis is not toml")
    assert find_config(None) is None
    assert load_settings(None) == Settings()


def test_missing_explicit_file_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings("nope.toml")
    assert "nope.toml" in info.value.message and info.value.exit_code == ExitCode.USAGE
    monkeypatch.setenv("ERRCTL_CONFIG", "gone.toml")
    with pytest.raises(ConfigError, match="ERRCTL_CONFIG"):
        load_settings(None)


# -- strict validation -----------------------------------------------------------------------


def test_unknown_key_names_file_line_and_closest_key() -> None:
    path = write(
        Path("errctl.toml"),
        "# header\n[store]\nlock_timout = 5\n\n[[severity.rules]]\nmessage = '*x*'\n"
        "severity = 'high'\n\n[[severity.rules]]\nservce = 'api'\nseverity = 'low'\n",
    )
    problems = problems_of(path)
    assert [(p.line, p.key, p.hint) for p in problems] == [
        (3, "store.lock_timout", "did you mean 'lock_timeout'?"),
        (10, "severity.rules[1].servce", "did you mean 'service'?"),
    ]
    text = str(problems[0])
    assert text.startswith("errctl.toml:3: unknown key 'lock_timout'")


def test_unknown_section_suggests_the_closest() -> None:
    path = write(Path("errctl.toml"), "\n[scrubb]\nenabled = false\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.hint) == (2, "did you mean 'scrub'?")


def test_unknown_key_in_pyproject_has_its_line_there() -> None:
    write(Path("pyproject.toml"), '[project]\nname = "x"\n\n[tool.errctl.ingest]\ntzz = "UTC"\n')
    with pytest.raises(ConfigErrors) as info:
        load_settings(None)
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.hint) == (
        "pyproject.toml",
        5,
        "did you mean 'tz'?",
    )


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('[store]\nlock_timeout = "soon"', 2, "must be a number, got 'soon'"),
        ("[store]\nlock_timeout = -1", 2, "0 or more"),
        ('[scrub]\nenabled = "yes"', 2, "must be true or false"),
        ("[scrub]\nreplacement = 3", 2, "must be a string"),
        ("[scrub]\nkeys = 'ssn'", 2, "must be a list"),
        ('[ingest]\ntz = "Mars/Base"', 2, "unknown time zone"),
        ('[ingest]\nformat = "jsn"', 2, "unknown format"),
        ("[scrub.classes]\ncard = true\nemial = true", 3, "unknown class 'emial'"),
        ("[masking]\nclasses = { uuidd = false }", 2, "unknown class 'uuidd'"),
        ('[[masking.patterns]]\nname = "x"\nregex = "(?<=a)b"', 3, "RE2"),
        ('[[scrub.patterns]]\nname = "x"\nregex = "a*"', 3, "empty string"),
        ('[[scrub.patterns]]\nname = "x"\nregex = "a("', 3, "invalid regex"),
        ('[[sources]]\npath = "*.log"\npattern = "\\\\S+"', 3, "no named groups"),
        ('[[sources]]\nformat = "json"', 1, "needs the key 'path'"),
        ('sources = { path = "x" }', 1, "must be a list"),
        ('[[severity.rules]]\nmessage = "x"\nseverity = "hgh"', 3, "did you mean 'high'"),
        ('[[severity.rules]]\nlevel = "loud"\nseverity = "low"', 2, "unknown level"),
        ('[[severity.rules]]\nmessage = "re:(x"\nseverity = "low"', 2, "invalid regex"),
        ('[[severity.rules]]\nseverity = "low"', 1, "no condition"),
        ('[[severity.rules]]\nmessage = ""\nseverity = "low"', 2, "empty pattern"),
        ('[[severity.rules]]\nmessage = 3\nseverity = "low"', 2, "a string or a list"),
        ('[[severity.rules]]\nmessage = [3]\nseverity = "low"', 2, "must be a string"),
        ('[[severity.rules]]\nmessage = "x"', 1, "needs the key 'severity'"),
        (
            '[[severity.rules]]\nname = "a"\nmessage = "x"\nseverity = "low"\n'
            '[[severity.rules]]\nname = "a"\nmessage = "y"\nseverity = "low"',
            6,
            "also rule 1",
        ),
        ('[fingerprint]\nrules = ["message:x"]', 2, "needs '-> name'"),
        ('[fingerprint]\nrules = [\n  "ok:x -> y",\n]', 3, "unknown matcher 'ok'"),
        ("alerts = 3", 1, "must be a table"),
        ("[store\npath = 1", 1, "invalid TOML"),
    ],
)
def test_bad_values_are_reported_with_their_line(body: str, line: int, words: str) -> None:
    path = write(Path("errctl.toml"), body + "\n")
    problems = problems_of(path)
    assert problems, body
    assert problems[0].line == line, str(problems[0])
    assert words in str(problems[0])


def test_every_problem_is_reported_at_once() -> None:
    path = write(
        Path("errctl.toml"),
        '[store]\nlock_timeout = "x"\nfoo = 1\n[ingest]\nformat = "nope"\n',
    )
    with pytest.raises(ConfigErrors) as info:
        load_file(path)
    assert len(info.value.problems) == 3
    assert info.value.message.startswith("3 problems in the configuration")


# -- typed values and provenance -------------------------------------------------------------


def test_values_are_typed_and_defaults_fill_the_rest(tmp_path: Path) -> None:
    path = write(
        tmp_path / "conf" / "errctl.toml",
        "[store]\npath = 'data/store.duckdb'\nlock_timeout = 5\n\n[[severity.rules]]\n"
        "name = 'db'\nlevel = ['ERROR', 'fatal']\nmessage = '*too many clients*'\n"
        "attributes = { 'http.status' = '5*' }\nseverity = 'Critical'\ncategory = 'database'\n"
        "\n[fingerprint]\nrules = ['error.type:Db* message:\"*pool *\" -> db-down']\n"
        "\n[[sources]]\npath = 'nginx/*.log'\nformat = 'NGINX'\n",
    )
    settings = load_file(path)
    assert settings.store.path == str(tmp_path / "conf" / "data" / "store.duckdb")
    assert settings.store.lock_timeout == 5.0 and isinstance(settings.store.lock_timeout, float)
    (rule,) = settings.severity.rules
    assert rule.level == ("error", "critical") and rule.message == ("*too many clients*",)
    assert rule.attributes == {"http.status": ("5*",)} and rule.severity == "critical"
    assert rule.origin == f"{path}:5"
    (fp,) = settings.fingerprint.rules
    assert fp.matchers == (("error.type", "Db*"), ("message", "*pool *")) and fp.name == "db-down"
    assert settings.sources[0].format == "nginx"
    assert settings.source_for("/var/log/nginx/access.log") is settings.sources[0]
    assert settings.source_for("/var/log/app.log") is None
    assert settings.ingest == schema.IngestConfig() and settings.scrub == schema.ScrubConfig()
    assert settings.origins["store.lock_timeout"] == f"{path}:3"
    assert settings.origins["severity.rules[0].category"] == f"{path}:11"


def test_environment_and_defaults_in_provenance(monkeypatch: pytest.MonkeyPatch) -> None:
    write(Path("errctl.toml"), "[store]\npath = '/tmp/a.duckdb'\n")
    monkeypatch.setenv("ERRCTL_DB", "/tmp/b.duckdb")
    settings = load_settings(None)
    assert settings.store.path == "/tmp/b.duckdb"
    items = {key: (value, origin) for key, value, origin in describe(settings)}
    assert items["store.path"] == ("/tmp/b.duckdb", "env ERRCTL_DB")
    assert items["store.lock_timeout"] == (30.0, "default")
    assert items["scrub.classes.email"] == (False, "default")
    assert items["scrub.classes.card"] == (True, "default")


def test_source_globs() -> None:
    by_name = schema.SourceConfig(path="*.jsonl")
    assert by_name.matches("/a/b/app.jsonl") and not by_name.matches("/a/b.jsonl/app.log")
    by_path = schema.SourceConfig(path="/var/log/*/error.log")
    assert by_path.matches("/var/log/nginx/error.log")
    relative = schema.SourceConfig(path="logs/*.log")
    assert relative.matches("/srv/app/logs/x.log") and not relative.matches("/srv/x.log")


# -- the line scanner ------------------------------------------------------------------------


def test_key_lines_through_strings_arrays_and_inline_tables() -> None:
    text = (
        'a = """\nfake = 1\n"""\n'  # 1-3: a multi-line string hides a key-like line
        "[t]\n"  # 4
        "list = [\n  { x = 1 },\n  { y = 'a]b' },\n]\n"  # 5-8
        "dotted.key = 2  # comment = 3\n"  # 9
        "[[arr]]\nv = 1\n[[arr]]\n\n  v = 2\n"  # 10-14
        "[arr.sub]\nw = 3\n"  # 15-16
        "'quoted key' = 4\n"  # 17
    )
    lines = key_lines(text)
    assert lines[("a",)] == 1 and ("fake",) not in lines
    assert lines[("t", "list", 0, "x")] == 6 and lines[("t", "list", 1, "y")] == 7
    assert lines[("t", "dotted", "key")] == 9
    assert lines[("arr", 0, "v")] == 11 and lines[("arr", 1, "v")] == 14
    assert lines[("arr", 1, "sub", "w")] == 16
    assert lines[("arr", 1, "sub", "quoted key")] == 17


def test_fingerprint_rule_syntax() -> None:
    rule = parse_fingerprint_rule('stack.function:connect* message:"a \\"b\\"" -> db, pool')
    assert rule.matchers == (("stack.function", "connect*"), ("message", 'a "b"'))
    assert rule.name == "db, pool"
    for bad in ("-> x", "message:x ->", "nomatcher -> x"):
        with pytest.raises(ValueError):
            parse_fingerprint_rule(bad)


# -- the schema stays in step with the code and the docs --------------------------------------


def test_names_agree_with_the_modules_that_own_them() -> None:
    from errctl.fingerprint.masking import DEFAULT_RULES
    from errctl.formats.registry import ALIASES, FORMATS
    from errctl.severity.defaults import SEVERITIES

    assert tuple(r.name for r in DEFAULT_RULES) == schema.MASKING_CLASSES
    assert set(schema.FORMAT_NAMES) == {"auto", *FORMATS, *ALIASES}
    assert schema.SEVERITIES == SEVERITIES


def _schema_keys() -> list[str]:
    from dataclasses import is_dataclass

    from errctl.config.loader import _hints, public_fields

    keys = []

    def walk(cls: type, prefix: str) -> None:
        hints = _hints(cls)
        for f in public_fields(cls):
            key = f"{prefix}.{f.name}" if prefix else f.name
            keys.append(key)
            tp = hints[f.name]
            args = getattr(tp, "__args__", ())
            inner = args[0] if args else tp
            if is_dataclass(tp):
                walk(tp, key)
            elif is_dataclass(inner) and inner is not schema.FingerprintRule:
                walk(inner, key)

    walk(Settings, "")
    return keys


def test_docs_describe_every_key() -> None:
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [key for key in _schema_keys() if f"`{key}`" not in text and f"`[{key}]`" not in text]
    assert not missing, f"docs/configuration.md does not describe {missing}"


def test_the_full_example_in_the_docs_loads(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- full example -->\s*```toml\n(.*?)```", text, re.DOTALL)
    assert block, "docs/configuration.md lost its full example"
    settings = load_file(write(tmp_path / "errctl.toml", block.group(1)))
    assert settings.severity.rules and settings.sources and settings.scrub.patterns


def test_starter_file_loads_and_uncommented_examples_load_too(tmp_path: Path) -> None:
    from errctl.config.loader import starter_text

    text = starter_text()
    assert load_file(write(tmp_path / "starter.toml", text)) == Settings()
    # Every commented example is valid too: uncomment them all and load.
    lines = []
    for line in text.splitlines():
        body = line[2:] if line.startswith("# ") else line
        if line.startswith("# ") and not re.match(r"[\[\w\"'].*(=|\]$)|\s+\S|\]", body):
            continue  # prose
        lines.append(body)
    settings = load_file(write(tmp_path / "full.toml", "\n".join(lines) + "\n"))
    assert len(settings.severity.rules) == 3 and len(settings.sources) == 2


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[store]\nretention = "0d"\n', "store.retention"),
        ('[groups]\nescalation_window = "0h"\n', "groups.escalation_window"),
        ('[groups]\nauto_resolve_after = "0.0 d"\n', "groups.auto_resolve_after"),
        (
            '[alerts.receivers.ops]\nkind = "webhook"\nurl = "https://x.example"\n'
            '[[alerts.rules]]\nname = "t"\nkind = "threshold"\ncount = 5\nwindow = "0m"\n'
            'receivers = ["ops"]\n',
            "alerts.rules[0].window",
        ),
    ],
)
def test_a_length_of_time_of_0_is_refused_naming_the_key_and_file(
    tmp_path: Path, text: str, key: str
) -> None:
    # A retention of 0 pruned every event; a window of 0 counted nothing, silently.
    path = write(tmp_path / "errctl.toml", text)
    with pytest.raises(ConfigErrors) as info:
        load_file(path)
    assert info.value.exit_code == ExitCode.USAGE
    said = info.value.message
    assert "errctl.toml:" in said and f"{key} must be longer than 0" in said
    assert load_file(write(tmp_path / "ok.toml", text.replace('"0', '"1'))) is not None
