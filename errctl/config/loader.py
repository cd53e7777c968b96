"""Finding, reading and strictly validating the configuration file.

Owns discovery (`find_config`: `--config` > `$ERRCTL_CONFIG` > `./errctl.toml` > `[tool.errctl]`
in `./pyproject.toml` > `errctl.toml` in the user config dir; the first one found is the whole
configuration, nothing is merged), validation against `errctl.config.schema` into typed
`Settings`, and provenance (`Settings.origins`: where each value came from).

Promises: an unknown key, a value of the wrong type or a bad value is a `ConfigError` that names
the file, the line and, for unknown names, the closest valid one; every problem in a file is
reported at once, not one per run. Loading never imports the packages that apply the settings.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import MISSING, dataclass, fields, is_dataclass, replace
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from errctl.config import schema
from errctl.config.regex_safety import dangerous_construct
from errctl.config.schema import (
    FINGERPRINT_MATCHERS,
    FORMAT_NAMES,
    LEVELS,
    MASKING_CLASSES,
    NO_SEVERITY,
    SCRUB_CLASSES,
    SCRUB_CLASSES_OFF_BY_DEFAULT,
    SEVERITIES,
    SEVERITY_MATCH_KEYS,
    FingerprintRule,
    Settings,
)
from errctl.errors import ConfigError

CONFIG_ENV = "ERRCTL_CONFIG"
CONFIG_DIR_ENV = "ERRCTL_CONFIG_DIR"  # overrides the platform config dir (tests use it)
DB_ENV = "ERRCTL_DB"
FILE_NAME = "errctl.toml"

KeyPath = tuple[str | int, ...]


# ---------------------------------------------------------------------------------------------
# Problems


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    file: str
    line: int | None
    key: str  # dotted, `severity.rules[0].servce`; "" for the whole file
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class ConfigErrors(ConfigError):
    """One or more problems in a configuration file (exit 2); `problems` lists them all."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        message = "\n".join(str(p) for p in problems)
        if len(problems) > 1:
            message = f"{len(problems)} problems in the configuration:\n{message}"
        super().__init__(message, hint="`errctl config check` validates a file")


def dotted(path: KeyPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            text = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else f'"{part}"'
            out += f".{text}" if out else text
    return out


def closest(name: str, choices: list[str] | tuple[str, ...]) -> str | None:
    match = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    if not match:
        match = difflib.get_close_matches(name.lower(), list(choices), n=1, cutoff=0.4)
    return match[0] if match else None


# ---------------------------------------------------------------------------------------------
# Discovery


@dataclass(frozen=True, slots=True)
class FoundConfig:
    path: Path
    found_by: str
    prefix: tuple[str, ...] = ()  # ("tool", "errctl") inside pyproject.toml


def user_config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir as platform_dir

    return Path(platform_dir("errctl", appauthor=False))


def find_config(explicit_path: str | None = None) -> FoundConfig | None:
    """The configuration file in effect, or None (built-in defaults)."""
    if explicit_path:
        return _must_exist(explicit_path, "--config")
    env = os.environ.get(CONFIG_ENV)
    if env:
        return _must_exist(env, CONFIG_ENV)
    local = Path(FILE_NAME)
    if local.is_file():
        return FoundConfig(local, "./errctl.toml")
    pyproject = Path("pyproject.toml")
    if pyproject.is_file() and _has_errctl_table(pyproject):
        return FoundConfig(pyproject, "pyproject.toml [tool.errctl]", ("tool", "errctl"))
    user = user_config_dir() / FILE_NAME
    if user.is_file():
        return FoundConfig(user, "user config dir")
    return None


def _must_exist(path: str, by: str) -> FoundConfig:
    p = Path(path).expanduser()
    if not p.is_file():
        raise ConfigError(
            f"config file {path} ({by}) does not exist or is not a file",
            hint="`errctl config init` writes a starter file",
        )
    return FoundConfig(p, by)


def _has_errctl_table(pyproject: Path) -> bool:
    # A project's pyproject.toml is not ours: only a file that mentions tool.errctl is read,
    # so a syntax error in an unrelated one does not stop errctl.
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[+\s*tool\s*\.\s*errctl\b", text, re.MULTILINE) is not None


# ---------------------------------------------------------------------------------------------
# Loading


def load_settings(explicit_path: str | None = None) -> Settings:
    """The effective settings: the discovered file (if any) validated over the defaults, then
    the environment (`$ERRCTL_DB` for store.path). Raises ConfigErrors on any problem."""
    found = find_config(explicit_path)
    settings = load_file(found) if found else Settings()
    env_db = os.environ.get(DB_ENV)
    if env_db:
        settings = apply_override(
            settings, "store.path", str(Path(env_db).expanduser()), f"env {DB_ENV}"
        )
    return settings


def load_file(found: FoundConfig | str | Path) -> Settings:
    """Validate one file into Settings (no environment applied). Raises ConfigErrors."""
    if not isinstance(found, FoundConfig):
        path = Path(found)
        if not path.is_file():
            raise ConfigError(f"config file {found} does not exist or is not a file")
        found = FoundConfig(
            path, "--config", ("tool", "errctl") if path.name == "pyproject.toml" else ()
        )
    display = str(found.path)
    try:
        text = found.path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read config file {display}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise ConfigError(f"{display}: not UTF-8 text") from e
    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = re.search(r"line (\d+)", str(e))
        raise ConfigErrors(
            [ConfigProblem(display, int(line.group(1)) if line else None, "", f"invalid TOML: {e}")]
        ) from e
    for part in found.prefix:
        data = data.get(part, {}) if isinstance(data, dict) else {}
    ctx = _Context(display, found.path.parent, text, found.prefix)
    settings = ctx.build(Settings, data, ())
    if ctx.problems:
        raise ConfigErrors(ctx.problems)
    return replace(settings, file=display, found_by=found.found_by, origins=dict(ctx.origins))


def apply_override(settings: Settings, key: str, value: Any, origin: str) -> Settings:
    """Settings with one top-level section scalar replaced (`store.path`), recording origin."""
    section, name = key.split(".", 1)
    updated = replace(getattr(settings, section), **{name: value})
    origins = dict(settings.origins)
    origins[key] = origin
    return replace(settings, **{section: updated}, origins=origins)


# ---------------------------------------------------------------------------------------------
# Validation


class _Bad(Exception):
    def __init__(self, message: str, hint: str | None = None, at: KeyPath | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.at = at  # a deeper key the problem is about, when not the value's own key


_TYPE_WORDS: dict[type, str] = {
    bool: "true or false",
    int: "an integer",
    float: "a number",
    str: "a string",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int | float):
        return f"{value} (a number)"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"{shown!r} (a string)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime | date | time):
        return f"{value} (a date/time)"
    return type(value).__name__


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, vars(schema))


def public_fields(cls: type) -> list[Any]:
    return [f for f in fields(cls) if not f.metadata.get("internal")]


class _Context:
    def __init__(self, display: str, folder: Path, text: str, prefix: tuple[str, ...]) -> None:
        self.display = display
        self.folder = folder
        self.prefix = prefix
        self.text = text
        self.problems: list[ConfigProblem] = []
        self.origins: dict[str, str] = {}
        self._lines: dict[KeyPath, int] | None = None

    def line_of(self, path: KeyPath) -> int | None:
        if self._lines is None:
            try:
                self._lines = key_lines(self.text)
            except Exception:  # the line is a courtesy: never let it hide the real problem
                self._lines = {}
        full: KeyPath = (*self.prefix, *path)
        while full:
            line = self._lines.get(full)
            if line is not None:
                return line
            full = full[:-1]
        return None

    def problem(self, path: KeyPath, message: str, hint: str | None = None) -> None:
        self.problems.append(
            ConfigProblem(self.display, self.line_of(path), dotted(path), message, hint)
        )

    def origin(self, path: KeyPath) -> None:
        line = self.line_of(path)
        self.origins[dotted(path)] = f"{self.display}:{line}" if line else self.display

    # -- building

    def build(self, cls: type, data: Any, path: KeyPath) -> Any:
        where = f"[{dotted(path)}]" if path else "the top level"
        if not isinstance(data, dict):
            self.problem(path, f"{dotted(path)} must be a table, got {_describe(data)}")
            return None
        known = {f.name: f for f in public_fields(cls)}
        hints = _hints(cls)
        values: dict[str, Any] = {}
        ok = True
        for key, raw in data.items():
            f = known.get(key)
            if f is None:
                suggestion = closest(key, list(known))
                self.problem(
                    (*path, key),
                    f"unknown key {key!r} in {where}",
                    f"did you mean {suggestion!r}?"
                    if suggestion
                    else "valid keys: " + ", ".join(known),
                )
                ok = False
                continue
            try:
                value = self.coerce(hints[f.name], raw, (*path, key), f.metadata)
                check = f.metadata.get("check")
                if check:
                    value = _CHECKS[check](self, value, (*path, key))
            except _Skip:  # recorded where it happened
                ok = False
                continue
            except _Bad as e:
                self.problem(e.at or (*path, key), e.message, e.hint)
                ok = False
                continue
            values[key] = value
        for name, f in known.items():
            if name not in data and f.default is MISSING and f.default_factory is MISSING:
                self.problem(path, f"{where} needs the key {name!r}")
                ok = False
        return cls(**values) if ok else None

    def coerce(self, tp: Any, raw: Any, path: KeyPath, meta: Mapping[str, Any]) -> Any:
        origin = get_origin(tp)
        args = get_args(tp)
        if origin in (Union, types.UnionType):
            tp = next(a for a in args if a is not type(None))
            return self.coerce(tp, raw, path, meta)
        if meta.get("free_form"):
            if not isinstance(raw, dict):
                raise _Bad(f"{dotted(path)} must be a table, got {_describe(raw)}")
            self.origin(path)
            return raw
        if tp is Any:
            self.origin(path)
            return raw
        if tp in _TYPE_WORDS:
            ok = (
                isinstance(raw, tp) and not (tp is int and isinstance(raw, bool))
                if tp is not float
                else isinstance(raw, int | float) and not isinstance(raw, bool)
            )
            if not ok:
                raise _Bad(
                    f"{dotted(path)} must be {_TYPE_WORDS[tp]}, got {_describe(raw)}",
                    'quote text: key = "value"'
                    if tp is str and not isinstance(raw, list)
                    else None,
                )
            self.origin(path)
            return float(raw) if tp is float else raw
        if origin is tuple:
            item_tp = args[0]
            if isinstance(raw, str) and meta.get("one_or_many"):
                raw = [raw]
            if not isinstance(raw, list):
                what = "a string or a list of strings" if meta.get("one_or_many") else "a list"
                raise _Bad(f"{dotted(path)} must be {what}, got {_describe(raw)}")
            self.origin(path)
            items = []
            bad = False
            for i, item in enumerate(raw):
                try:
                    if item_tp is FingerprintRule:
                        if not isinstance(item, str):
                            raise _Bad(
                                f"{dotted((*path, i))} must be a string "
                                f"'matcher:glob -> name', got {_describe(item)}"
                            )
                        items.append(item)
                        continue
                    value = self.coerce(item_tp, item, (*path, i), {})
                except _Skip:
                    bad = True
                    continue
                except _Bad as e:
                    self.problem(e.at or (*path, i), e.message, e.hint)
                    bad = True
                    continue
                if value is None:
                    bad = True
                items.append(value)
            if bad:
                raise _Skip
            return tuple(items)
        if origin is Mapping or origin is dict:
            if not isinstance(raw, dict):
                raise _Bad(f"{dotted(path)} must be a table, got {_describe(raw)}")
            self.origin(path)
            value_tp = args[1]
            out = {}
            for key, item in raw.items():
                out[key] = self.coerce(value_tp, item, (*path, key), meta)
            return out
        if is_dataclass(tp):
            value = self.build(tp, raw, path)  # type: ignore[arg-type]
            if value is None:
                raise _Skip
            self.origin(path)
            return value
        raise _Bad(f"{dotted(path)}: unsupported schema type {tp!r}")  # pragma: no cover


class _Skip(_Bad):
    """A problem already recorded deeper down: the value is unusable, say nothing more."""

    def __init__(self) -> None:
        super().__init__("")


# ---------------------------------------------------------------------------------------------
# Checks: value -> value, or _Bad


def _check_path(ctx: _Context, value: str, path: KeyPath) -> str:
    p = Path(value).expanduser()
    if not p.is_absolute():
        p = (ctx.folder / p).resolve()
    return str(p)


def _check_nonneg(ctx: _Context, value: float, path: KeyPath) -> float:
    if value < 0:
        raise _Bad(f"{dotted(path)} must be 0 or more, got {value}")
    return value


_DURATION = re.compile(r"^\s*\d+(\.\d+)?\s*(s|m|h|d|w)\s*$")


def _check_duration(ctx: _Context, value: str, path: KeyPath) -> str:
    if not _DURATION.match(value):
        raise _Bad(f"{dotted(path)} must be a duration such as 30m, 1h, 14d, got {value!r}")
    return value.strip()


def _check_span(ctx: _Context, value: str, path: KeyPath) -> str:
    """A duration that is a length of time, so never 0: a window of 0 counts nothing (an
    escalation, a threshold never seen), and a retention of 0 prunes every event."""
    value = _check_duration(ctx, value, path)
    if float(re.sub(r"[a-z\s]", "", value)) == 0:
        raise _Bad(f"{dotted(path)} must be longer than 0, got {value!r}")
    return value


def _check_tz(ctx: _Context, value: str, path: KeyPath) -> str:
    from errctl.config.timezones import resolve_tz
    from errctl.errors import UsageError

    try:
        resolve_tz(value)
    except UsageError as e:
        raise _Bad(f"{dotted(path)}: {e.message}", e.hint) from None
    return value


def _check_service(ctx: _Context, value: str, path: KeyPath) -> str:
    from errctl.config.service_template import template_problem

    problem = template_problem(value)
    if problem is not None:
        raise _Bad(f"{dotted(path)}: {problem}")
    return value


def _check_format(ctx: _Context, value: str, path: KeyPath) -> str:
    name = value.strip().lower()
    if name not in FORMAT_NAMES:
        suggestion = closest(name, FORMAT_NAMES)
        raise _Bad(
            f"{dotted(path)}: unknown format {value!r}",
            f"did you mean {suggestion!r}?"
            if suggestion
            else "formats: " + ", ".join(FORMAT_NAMES[:8]),
        )
    return name


def _compile(value: str, path: KeyPath) -> re.Pattern[str]:
    try:
        regex = re.compile(value)
    except re.error as e:
        where = f" at position {e.pos}" if e.pos is not None else ""
        raise _Bad(f"{dotted(path)}: invalid regex{where}: {e.msg}") from None
    danger = dangerous_construct(value)
    if danger:
        raise _Bad(
            f"{dotted(path)}: the regex could take exponential time on hostile lines: {danger}",
            "make the inner repeat possessive (a++) or atomic ((?>...)), or drop it",
        )
    return regex


def _check_pattern(ctx: _Context, value: str, path: KeyPath) -> str:
    regex = _compile(value, path)
    if not regex.groupindex:
        raise _Bad(
            f"{dotted(path)}: the pattern has no named groups",
            "name the parts, e.g. (?P<timestamp>\\S+ \\S+) (?P<level>\\w+) (?P<message>.*)",
        )
    return value


def _check_regex(ctx: _Context, value: str, path: KeyPath) -> str:
    _compile(value, path)
    return value


_NOT_RE2 = re.compile(r"\(\?<?[=!]|\(\?>|\\[1-9]|[*+?}]\+")


def _check_re2_patterns(ctx: _Context, value: tuple, path: KeyPath) -> tuple:
    _unique_names(value, path)
    for i, item in enumerate(value):
        # Masks become named groups of one regex: names are identifiers, unique with the
        # built-in classes.
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", item.name) or item.name in MASKING_CLASSES:
            raise _Bad(
                f"{dotted((*path, i, 'name'))}: {item.name!r} must be an identifier "
                "(letters, digits, _) and not a built-in class name",
                at=(*path, i, "name"),
            )
        if _NOT_RE2.search(item.regex):
            raise _Bad(
                f"{dotted((*path, i, 'regex'))}: masks run in RE2, which has no lookaround, "
                "backreferences or possessive repeats",
                at=(*path, i, "regex"),
            )
    return value


def _check_scrub_patterns(ctx: _Context, value: tuple, path: KeyPath) -> tuple:
    _unique_names(value, path)
    for i, item in enumerate(value):
        if _compile(item.regex, (*path, i, "regex")).fullmatch(""):
            raise _Bad(
                f"{dotted((*path, i, 'regex'))} matches the empty string",
                "a scrub pattern must match at least one character",
                at=(*path, i, "regex"),
            )
    return value


def _unique_names(value: tuple, path: KeyPath) -> None:
    seen: set[str] = set()
    for i, item in enumerate(value):
        if item.name in seen:
            raise _Bad(
                f"{dotted(path)}: the name {item.name!r} is used twice", at=(*path, i, "name")
            )
        seen.add(item.name)


def _class_switches(choices: tuple[str, ...]) -> Callable[[_Context, Any, KeyPath], Any]:
    def check(ctx: _Context, value: Mapping[str, bool], path: KeyPath) -> Mapping[str, bool]:
        for name in value:
            if name not in choices:
                suggestion = closest(name, choices)
                raise _Bad(
                    f"{dotted(path)}: unknown class {name!r}",
                    f"did you mean {suggestion!r}?"
                    if suggestion
                    else "classes: " + ", ".join(choices),
                    at=(*path, name),
                )
        return value

    return check


def _check_keys(ctx: _Context, value: tuple[str, ...], path: KeyPath) -> tuple[str, ...]:
    for i, key in enumerate(value):
        if not key.strip():
            raise _Bad(f"{dotted((*path, i))} is empty", at=(*path, i))
    return tuple(k.strip().lower() for k in value)


def _check_replacement(ctx: _Context, value: str, path: KeyPath) -> str:
    if not value:
        raise _Bad(f"{dotted(path)} is empty", "an empty replacement hides that a value was cut")
    return value


def _check_severity(ctx: _Context, value: str, path: KeyPath) -> str:
    name = value.strip().lower()
    choices = (*SEVERITIES, NO_SEVERITY)
    if name not in choices:
        suggestion = closest(name, choices)
        raise _Bad(
            f"{dotted(path)}: unknown severity {value!r}",
            f"did you mean {suggestion!r}?" if suggestion else "severities: " + ", ".join(choices),
        )
    return name


LEVEL_ALIASES = {"warn": "warning", "err": "error", "fatal": "critical", "crit": "critical"}


def _check_levels(ctx: _Context, value: tuple[str, ...], path: KeyPath) -> tuple[str, ...]:
    out = []
    for i, raw in enumerate(value):
        name = LEVEL_ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if name not in LEVELS:
            suggestion = closest(name, LEVELS)
            raise _Bad(
                f"{dotted((*path, i)) if len(value) > 1 else dotted(path)}: unknown level {raw!r}",
                f"did you mean {suggestion!r}?" if suggestion else "levels: " + ", ".join(LEVELS),
            )
        out.append(name)
    return tuple(out)


def _check_level(ctx: _Context, value: str, path: KeyPath) -> str:
    return _check_levels(ctx, (value,), path)[0]


def check_matcher(text: str) -> str | None:
    """Why a severity-rule pattern is invalid, or None. `re:` regexes compile; globs are any
    non-empty text."""
    if not text:
        return "an empty pattern matches nothing; use * for anything"
    if text.startswith("re:"):
        try:
            re.compile(text[3:])
        except re.error as e:
            where = f" at position {e.pos}" if e.pos is not None else ""
            return f"invalid regex{where}: {e.msg}"
        danger = dangerous_construct(text[3:])
        if danger:
            return f"the regex could take exponential time on hostile lines: {danger}"
    return None


def _check_matchers(ctx: _Context, value: tuple[str, ...], path: KeyPath) -> tuple[str, ...]:
    for i, text in enumerate(value):
        why = check_matcher(text)
        if why:
            raise _Bad(f"{dotted(path)}: {why}", at=(*path, i) if len(value) > 1 else None)
    return value


def _check_attribute_matchers(
    ctx: _Context, value: Mapping[str, tuple[str, ...]], path: KeyPath
) -> Mapping[str, tuple[str, ...]]:
    for key, patterns in value.items():
        if not key.strip():
            raise _Bad(f"{dotted(path)}: an empty attribute name", at=(*path, key))
        _check_matchers(ctx, patterns, (*path, key))
    return value


def _check_severity_rules(ctx: _Context, value: tuple, path: KeyPath) -> tuple:
    out = []
    seen: dict[str, int] = {}
    for i, rule in enumerate(value):
        conditions = [k for k in SEVERITY_MATCH_KEYS if getattr(rule, k)]
        if not conditions:
            raise _Bad(
                f"{dotted((*path, i))} has no condition, so it would match every event",
                "give at least one of "
                + ", ".join(SEVERITY_MATCH_KEYS)
                + ' (message = "*" for a catch-all)',
                at=(*path, i),
            )
        name = rule.name or f"rule {i + 1}"
        if name in seen:
            raise _Bad(
                f"{dotted((*path, i, 'name'))}: the name {name!r} is also rule {seen[name] + 1}",
                at=(*path, i, "name"),
            )
        seen[name] = i
        line = ctx.line_of((*path, i))
        origin = f"{ctx.display}:{line}" if line else ctx.display
        out.append(replace(rule, name=name, origin=origin))
    return tuple(out)


# `attr.KEY` names an attribute path, which may hold digits and dashes.
_FP_TERM = re.compile(r'\s*([A-Za-z_][A-Za-z0-9_.\-]*):("(?:[^"\\]|\\.)*"|\S+)\s*')


def parse_fingerprint_rule(text: str) -> FingerprintRule:
    """`error.type:DatabaseError stack.function:connect* -> database-down` -> FingerprintRule.
    Raises ValueError (with a hint after ` | `) when it is not one."""
    if "->" not in text:
        raise ValueError(
            "a fingerprint rule needs '-> name' | e.g. error.type:Timeout* -> timeouts"
        )
    left, _, name = text.rpartition("->")
    name = name.strip()
    if not name:
        raise ValueError("nothing after '->' | name the group the rule makes")
    matchers: list[tuple[str, str]] = []
    pos = 0
    left = left.strip()
    while pos < len(left):
        m = _FP_TERM.match(left, pos)
        if not m:
            raise ValueError(
                f"cannot read {left[pos:]!r} | write terms as matcher:glob, e.g. message:*timeout*"
            )
        key, glob = m.group(1), m.group(2)
        if key not in FINGERPRINT_MATCHERS and not (key.startswith("attr.") and key[5:]):
            suggestion = closest(key, FINGERPRINT_MATCHERS)
            raise ValueError(
                f"unknown matcher {key!r} | "
                + (
                    f"did you mean {suggestion!r}?"
                    if suggestion
                    else "matchers: " + ", ".join(FINGERPRINT_MATCHERS)
                )
            )
        if glob.startswith('"'):
            glob = glob[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        matchers.append((key, glob))
        pos = m.end()
    if not matchers:
        raise ValueError("no matcher before '->' | e.g. error.type:Timeout* -> timeouts")
    return FingerprintRule(tuple(matchers), name, text)


def _check_fingerprint_rules(ctx: _Context, value: tuple[str, ...], path: KeyPath) -> tuple:
    rules = []
    for i, text in enumerate(value):
        try:
            rules.append(parse_fingerprint_rule(text))
        except ValueError as e:
            message, _, hint = str(e).partition(" | ")
            raise _Bad(f"{dotted((*path, i))}: {message}", hint or None, at=(*path, i)) from None
    return tuple(rules)


# -- [alerts] -----------------------------------------------------------------------------------


def _choice(choices: tuple[str, ...], what: str) -> Callable[[_Context, Any, KeyPath], Any]:
    def check(ctx: _Context, value: str, path: KeyPath) -> str:
        name = value.strip().lower()
        if name not in choices:
            suggestion = closest(name, choices)
            raise _Bad(
                f"{dotted(path)}: unknown {what} {value!r}",
                f"did you mean {suggestion!r}?"
                if suggestion
                else f"{what}s: " + ", ".join(choices),
            )
        return name

    return check


def _check_positive(ctx: _Context, value: float, path: KeyPath) -> float:
    if value <= 0:
        raise _Bad(f"{dotted(path)} must be more than 0, got {value}")
    return value


def _check_url(ctx: _Context, value: str, path: KeyPath) -> str:
    if not re.match(r"^https?://[^/\s]+", value):
        raise _Bad(f"{dotted(path)} must be an http:// or https:// URL")
    return value


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _check_env_name(ctx: _Context, value: str, path: KeyPath) -> str:
    # A secret pasted where its variable's name belongs must not be accepted (and so never
    # echoed back by config show): names are identifiers, secrets rarely are.
    if not _ENV_NAME.match(value) or value.startswith("whsec_"):
        raise _Bad(
            f"{dotted(path)} must be the NAME of an environment variable, not its value",
            'e.g. secret_env = "ERRCTL_WEBHOOK_SECRET", then export that variable',
        )
    return value


def _check_one_matcher(ctx: _Context, value: str, path: KeyPath) -> str:
    why = check_matcher(value)
    if why:
        raise _Bad(f"{dotted(path)}: {why}")
    return value


def _check_receivers(ctx: _Context, value: Mapping[str, Any], path: KeyPath) -> Mapping[str, Any]:
    for name, receiver in value.items():
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
            raise _Bad(
                f"{dotted((*path, name))}: a receiver name is letters, digits, _ . -",
                at=(*path, name),
            )
        if (receiver.url is None) == (receiver.url_env is None):
            raise _Bad(
                f"{dotted((*path, name))} needs exactly one of url and url_env", at=(*path, name)
            )
    return value


_KIND_NEEDS: dict[str, tuple[str, ...]] = {
    "threshold": ("count",),
    "severity": ("severity",),
    "absence": ("heartbeat",),
}


def _check_alert_rules(ctx: _Context, value: tuple, path: KeyPath) -> tuple:
    out = []
    seen: dict[str, int] = {}
    for i, rule in enumerate(value):
        at = (*path, i)
        if not rule.name.strip():
            raise _Bad(f"{dotted((*at, 'name'))} is empty", at=(*at, "name"))
        if rule.name in seen:
            raise _Bad(
                f"{dotted((*at, 'name'))}: the name {rule.name!r} is also rule "
                f"{seen[rule.name] + 1}",
                at=(*at, "name"),
            )
        seen[rule.name] = i
        for key in _KIND_NEEDS.get(rule.kind, ()):
            if getattr(rule, key) is None:
                raise _Bad(f"{dotted(at)}: a {rule.kind} rule needs {key!r}", at=at)
        if rule.kind == "threshold" and rule.count < 1:
            raise _Bad(f"{dotted((*at, 'count'))} must be 1 or more", at=(*at, "count"))
        if rule.factor is not None and rule.factor <= 0:
            raise _Bad(f"{dotted((*at, 'factor'))} must be more than 0", at=(*at, "factor"))
        line = ctx.line_of(at)
        out.append(replace(rule, origin=f"{ctx.display}:{line}" if line else ctx.display))
    return tuple(out)


def _check_alerts(ctx: _Context, value: Any, path: KeyPath) -> Any:
    for i, rule in enumerate(value.rules):
        for j, name in enumerate(rule.receivers):
            if name not in value.receivers:
                suggestion = closest(name, list(value.receivers))
                raise _Bad(
                    f"{dotted((*path, 'rules', i, 'receivers'))}: no receiver {name!r}",
                    f"did you mean {suggestion!r}?"
                    if suggestion
                    else "define it as [alerts.receivers." + name + "]",
                    at=(*path, "rules", i, "receivers", j)
                    if len(rule.receivers) > 1
                    else (*path, "rules", i, "receivers"),
                )
    return value


_CHECKS: dict[str, Callable[[_Context, Any, KeyPath], Any]] = {
    "path": _check_path,
    "nonneg": _check_nonneg,
    "duration": _check_duration,
    "span": _check_span,
    "tz": _check_tz,
    "format": _check_format,
    "service": _check_service,
    "pattern": _check_pattern,
    "regex": _check_regex,
    "re2_patterns": _check_re2_patterns,
    "scrub_patterns": _check_scrub_patterns,
    "masking_classes": _class_switches(MASKING_CLASSES),
    "scrub_classes": _class_switches(SCRUB_CLASSES),
    "keys": _check_keys,
    "replacement": _check_replacement,
    "severity": _check_severity,
    "level": _check_level,
    "levels": _check_levels,
    "matchers": _check_matchers,
    "attribute_matchers": _check_attribute_matchers,
    "severity_rules": _check_severity_rules,
    "fingerprint_rules": _check_fingerprint_rules,
    "receiver_kind": _choice(schema.RECEIVER_KINDS, "receiver kind"),
    "alert_kind": _choice(schema.ALERT_KINDS, "alert kind"),
    "alert_compare": _choice(schema.SPIKE_COMPARES, "comparison"),
    "alert_per": _choice(("group", "rule"), "grouping"),
    "positive": _check_positive,
    "url": _check_url,
    "env_name": _check_env_name,
    "matcher": _check_one_matcher,
    "receivers": _check_receivers,
    "alert_rules": _check_alert_rules,
    "alerts": _check_alerts,
}


# ---------------------------------------------------------------------------------------------
# Describing the effective settings (config show)


def describe(settings: Settings) -> list[tuple[str, Any, str]]:
    """Every effective value as (dotted key, value, origin), in schema order.

    Values are plain TOML-able data. Unset optional keys of list entries are left out; the
    class switches list every class with its effective state.
    """
    out: list[tuple[str, Any, str]] = []
    origins = settings.origins

    def origin_of(key: str) -> str:
        return origins.get(key, "default")

    def walk(obj: Any, prefix: str, in_list: bool) -> None:
        for f in public_fields(type(obj)):
            key = f"{prefix}.{f.name}" if prefix else f.name
            value = getattr(obj, f.name)
            if key in ("scrub.classes", "masking.classes"):
                names = SCRUB_CLASSES if key == "scrub.classes" else MASKING_CLASSES
                off = SCRUB_CLASSES_OFF_BY_DEFAULT if key == "scrub.classes" else ()
                for name in names:
                    state = value.get(name, name not in off)
                    out.append((f"{key}.{name}", state, origins.get(f"{key}.{name}", "default")))
                continue
            if key == "store.path" and value is None:
                from errctl.config.paths import default_data_dir

                out.append(
                    (key, str(default_data_dir() / "errctl.duckdb"), "default (user data dir)")
                )
                continue
            if in_list and (value is None or value == () or value == {}):
                continue
            if key == "alerts.receivers":
                for name, receiver in value.items():
                    walk(receiver, f"{key}.{name}", True)
                continue
            if key.startswith("alerts.receivers.") and key.endswith(".url") and value:
                # A webhook URL often is the credential (Slack, Teams): show only its host.
                out.append((key, redact_url(value), origin_of(key)))
                continue
            if is_dataclass(value) and not isinstance(value, FingerprintRule):
                walk(value, key, in_list)
                continue
            if (
                isinstance(value, tuple)
                and value
                and is_dataclass(value[0])
                and not isinstance(value[0], FingerprintRule)
            ):
                for i, item in enumerate(value):
                    walk(item, f"{key}[{i}]", True)
                continue
            out.append((key, _plain(value), origin_of(key)))

    walk(settings, "", False)
    return out


def redact_url(url: str) -> str:
    """`https://hooks.slack.com/...`: scheme and host only (the path may be a token)."""
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)(?:[^@/]*@)?([^/?#]*)", url)
    if not m:
        return "(redacted)"
    rest = url[m.end() :]
    return m.group(1) + m.group(2) + ("/..." if rest.strip("/") else "")


def _plain(value: Any) -> Any:
    if isinstance(value, FingerprintRule):
        return value.text
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if is_dataclass(value):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in public_fields(type(value))
            if getattr(value, f.name) not in (None, (), {})
        }
    return value


def starter_text() -> str:
    """The commented starter file `errctl config init` writes (package data)."""
    from importlib.resources import files

    return files("errctl.config").joinpath("starter.toml").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Line numbers: tomllib does not report where keys are, so a small scanner finds them.


def key_lines(text: str) -> dict[KeyPath, int]:
    """The 1-based line of every key, table and array element in a (valid) TOML text.

    Paths are as the parsed data is addressed: `("severity", "rules", 0, "service")`.
    """
    scanner = _Scanner(text)
    scanner.run()
    return scanner.lines


_BARE = re.compile(r"[A-Za-z0-9_-]+")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.line = 1
        self.lines: dict[KeyPath, int] = {}
        self.aot: dict[KeyPath, int] = {}  # array-of-tables path -> its last index

    def record(self, path: KeyPath, line: int | None = None) -> None:
        self.lines.setdefault(path, line or self.line)

    def run(self) -> None:
        current: KeyPath = ()
        s = self.s
        while True:
            self.skip(newlines=True)
            if self.i >= len(s):
                return
            if s.startswith("[[", self.i):
                self.i += 2
                line = self.line
                resolved = self.resolve(self.key())
                self.skip()
                self.i += 2  # ]]
                index = self.aot.get(resolved, -1) + 1
                self.aot[resolved] = index
                current = (*resolved, index)
                self.record(resolved, line)
                self.record(current, line)
            elif s[self.i] == "[":
                self.i += 1
                line = self.line
                current = self.resolve(self.key())
                self.skip()
                self.i += 1  # ]
                self.record(current, line)
            else:
                line = self.line
                key = self.key()
                for n in range(1, len(key) + 1):
                    self.record((*current, *key[:n]), line)
                self.skip()
                self.i += 1  # =
                self.skip()
                self.value((*current, *key))

    def resolve(self, key: tuple[str, ...]) -> KeyPath:
        out: KeyPath = ()
        for n, part in enumerate(key):
            out = (*out, part)
            if n < len(key) - 1 and out in self.aot:
                out = (*out, self.aot[out])
        return out

    def skip(self, newlines: bool = False) -> None:
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in " \t\r":
                self.i += 1
            elif c == "\n" and newlines:
                self.line += 1
                self.i += 1
            elif c == "#":
                end = s.find("\n", self.i)
                self.i = len(s) if end < 0 else end
            else:
                return

    def key(self) -> tuple[str, ...]:
        parts = []
        while True:
            self.skip()
            parts.append(self.key_part())
            self.skip()
            if self.i < len(self.s) and self.s[self.i] == ".":
                self.i += 1
                continue
            return tuple(parts)

    def key_part(self) -> str:
        s = self.s
        if s[self.i] in "\"'":
            start = self.i
            self.string()
            raw = s[start : self.i]
            return tomllib.loads(f"k = {raw}")["k"]
        m = _BARE.match(s, self.i)
        if not m:
            raise ValueError(f"unexpected {s[self.i]!r} at line {self.line}")
        self.i = m.end()
        return m.group(0)

    def string(self) -> None:
        s = self.s
        for quote in ('"""', "'''"):
            if s.startswith(quote, self.i):
                j = self.i + 3
                while True:
                    j = s.find(quote, j)
                    if j < 0:
                        j = len(s)
                        break
                    if quote == '"""' and _escaped(s, j):
                        j += 1
                        continue
                    break
                while s.startswith(quote[0], j + 3):  # up to two quotes may end the content
                    j += 1
                self.line += s.count("\n", self.i, j)
                self.i = j + 3
                return
        quote = s[self.i]
        j = self.i + 1
        while j < len(s):
            if s[j] == quote and not (quote == '"' and _escaped(s, j)):
                break
            j += 1
        self.i = j + 1

    def value(self, path: KeyPath) -> None:
        s = self.s
        if self.i >= len(s):
            return
        c = s[self.i]
        if c in "\"'":
            self.string()
        elif c == "[":
            self.i += 1
            index = 0
            while True:
                self.skip(newlines=True)
                if self.i >= len(s) or s[self.i] == "]":
                    self.i += 1
                    return
                self.record((*path, index))
                self.value((*path, index))
                self.skip(newlines=True)
                if self.i < len(s) and s[self.i] == ",":
                    self.i += 1
                    index += 1
        elif c == "{":
            self.i += 1
            while True:
                self.skip(newlines=True)
                if self.i >= len(s) or s[self.i] == "}":
                    self.i += 1
                    return
                line = self.line
                key = self.key()
                for n in range(1, len(key) + 1):
                    self.record((*path, *key[:n]), line)
                self.skip()
                self.i += 1  # =
                self.skip()
                self.value((*path, *key))
                self.skip(newlines=True)
                if self.i < len(s) and s[self.i] == ",":
                    self.i += 1
        else:
            m = re.compile(r"[^,\]}#\n]*").match(s, self.i)
            self.i = m.end() if m else self.i + 1


def _escaped(s: str, j: int) -> bool:
    backslashes = 0
    k = j - 1
    while k >= 0 and s[k] == "\\":
        backslashes += 1
        k -= 1
    return backslashes % 2 == 1


def iter_problems(found: FoundConfig | str | Path) -> Iterator[ConfigProblem]:
    """Every problem in one file (none: it is valid)."""
    try:
        load_file(found)
    except ConfigErrors as e:
        yield from e.problems
    except ConfigError as e:
        where = found.path if isinstance(found, FoundConfig) else found
        yield ConfigProblem(str(where), None, "", e.message, e.hint)
