"""The one configuration schema: every section and key of `errctl.toml`, typed, with defaults.

Owns the dataclasses that `errctl.config.loader` fills from a file and hands to the rest of
errctl as `Settings`, and the per-key documentation (`doc` in each field's metadata) that
docs/configuration.md follows (a test keeps them in step). Values here are already validated
and typed: the loader turns TOML into these objects or reports a `ConfigError`; nothing
downstream re-checks them.

The packages that apply settings (fingerprint, severity, scrub) may read `config`, never the
reverse (DESIGN.md section 2), so the names this module validates against (scrub classes,
masking classes, format names, severities) are listed here, and tests check that each list
agrees with the module that owns the behaviour.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from errctl.models import LEVELS

SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
"""Canonical severities, lowest first (errctl.severity re-exports this)."""

NO_SEVERITY = "none"
"""What a severity rule writes to say "no severity" (quiets a noisy event)."""

SCRUB_CLASSES: tuple[str, ...] = (
    "private_key",
    "jwt",
    "bearer",
    "url_password",
    "sql_password",
    "secret_field",
    "aws_key",
    "card",
    "email",
    "ip",
)
"""Built-in scrub classes (errctl.scrub.rules defines them; a test checks the two agree)."""

SCRUB_CLASSES_OFF_BY_DEFAULT: tuple[str, ...] = ("email", "ip")
"""Personal data that is often what a user needs to triage: scrubbed only when switched on."""

MASKING_CLASSES: tuple[str, ...] = (
    "url",
    "sql",
    "useragent",
    "gvk",
    "email",
    "uuid",
    "base64",
    "mac",
    "datetime",
    "ipv6",
    "ipv4",
    "hostname",
    "hash",
    "path",
    "hex",
    "duration",
    "repr",
    "quoted",
    "bool",
    "dn",
    "glued",
    "number",
    "id",
)
"""Built-in masking classes of errctl.fingerprint.masking, in order."""

FORMAT_NAMES: tuple[str, ...] = (
    "auto",
    "json",
    "journal-export",
    "journal-verbose",
    "audit",
    "logfmt",
    "elb",
    "lambda",
    "syslog",
    "access",
    "envoy",
    "haproxy",
    "heroku",
    "nginx-error",
    "apache-error",
    "monolog",
    "php",
    "supervisor",
    "freeswitch",
    "python",
    "java",
    "klog",
    "chromium",
    "postgres",
    "csv",
    "mssql",
    "db2diag",
    "ibmmq",
    "winevent",
    "cmtrace",
    "mysql-slow",
    "ruby",
    "logcat",
    "redis",
    "couchbase",
    "emqx",
    "dotnet",
    "winston",
    "w3c",
    "xorg",
    "dmesg",
    "factorio",
    "generic",
    # aliases the format registry accepts
    "jsonl",
    "ndjson",
    "nginx",
    "apache",
    "clf",
    "log4j",
    "logback",
    "spring",
    "pylogging",
    "glog",
    "chrome",
    "electron",
    "cef",
    "postgresql",
    "pg",
    "csvlog",
    "tsv",
    "sqlserver",
    "db2",
    "format-list",
    "get-winevent",
    "journald-export",
    "journald-verbose",
    "slowlog",
    "mysql-slowlog",
    "mariadb-slow",
    "iis",
    "istio",
    "alb",
    "aws-lambda",
    "auditd",
    "supervisord",
    "kernel",
    "rails",
    "android",
    "laravel",
    "symfony",
    "php-fpm",
    "nginx_error",
    "valkey",
    "aspnet",
    "apache_error",
    "httpd-error",
    "plain",
    "text",
)
"""Names `format` keys accept: the format registry's names and aliases, plus `auto`."""

FINGERPRINT_MATCHERS: tuple[str, ...] = (
    "error.type",
    "error.value",
    "message",
    "logger",
    "level",
    "service",
    "host",
    "source",
    "stack.function",
    "stack.module",
    "stack.file",
)
"""Matchers of Sentry-style fingerprint rules (`matcher:glob ... -> name`), besides `attr.KEY`
(an attribute path), which the loader accepts for any KEY."""

SEVERITY_MATCH_KEYS: tuple[str, ...] = (
    "level",
    "service",
    "host",
    "logger",
    "exception",
    "template",
    "message",
    "source",
    "attributes",
)
"""The conditions a severity rule may test (all given ones must hold)."""


def doc(text: str, **extra: Any) -> dict[str, Any]:
    """Field metadata: the key's documentation, plus loader hints.

    `one_or_many`: a string or a list of strings, stored as a tuple.
    `check`: the name of a loader check applied to the value (see loader._CHECKS).
    """
    return {"doc": text, **extra}


@dataclass(frozen=True)
class StoreConfig:
    path: str | None = field(
        default=None,
        metadata=doc(
            "The store file. `--db` and `$ERRCTL_DB` win over it; a relative path is relative "
            "to the config file's folder. Default: errctl.duckdb in the user data dir.",
            check="path",
        ),
    )
    lock_timeout: float = field(
        default=30.0,
        metadata=doc(
            "Seconds to wait for a store another errctl process is using.", check="nonneg"
        ),
    )
    retention: str | None = field(
        default=None,
        metadata=doc(
            "How long `errctl prune` keeps events (`30d`, `12w`): older events, and groups "
            "with no newer event, go when it runs. Unset: prune needs --older-than.",
            check="span",
        ),
    )


@dataclass(frozen=True)
class IngestConfig:
    tz: str = field(
        default="local",
        metadata=doc(
            "Zone of timestamps written without one: local, UTC, an IANA name or an offset "
            "(+02:00).",
            check="tz",
        ),
    )
    format: str = field(
        default="auto",
        metadata=doc(
            "Log format when a source names none: auto (detect) or a format name.", check="format"
        ),
    )


@dataclass(frozen=True)
class SourceConfig:
    path: str = field(
        metadata=doc(
            "Glob over the file's absolute path (`*` crosses folders); a glob without `/` "
            "matches the file name.",
        )
    )
    format: str | None = field(default=None, metadata=doc("Force this format.", check="format"))
    pattern: str | None = field(
        default=None,
        metadata=doc("A Python regex with named groups, as `--pattern`.", check="pattern"),
    )
    tz: str | None = field(
        default=None, metadata=doc("Zone of naive timestamps in these files.", check="tz")
    )
    service: str | None = field(
        default=None,
        metadata=doc(
            "Service name for events that carry none; `{dir}`: the file's folder's name, "
            "`{file}`: the file's name without rotation, compression or extension.",
            check="service",
        ),
    )

    def matches(self, path: str) -> bool:
        """Whether this source entry applies to the file at `path` (absolute)."""
        pattern = os.path.expanduser(self.path)
        if "/" not in pattern:
            return fnmatch.fnmatchcase(os.path.basename(path), pattern)
        return fnmatch.fnmatchcase(path, pattern) or fnmatch.fnmatchcase(
            path, "*/" + pattern.lstrip("./")
        )


@dataclass(frozen=True)
class MaskPattern:
    name: str = field(metadata=doc("An identifier, shown by explain and config show."))
    regex: str = field(metadata=doc("What it masks (RE2 and Python syntax).", check="regex"))


@dataclass(frozen=True)
class ScrubPattern:
    name: str = field(metadata=doc("The class name (for `{class}` in the replacement)."))
    regex: str = field(metadata=doc("A Python regex.", check="regex"))
    replacement: str | None = field(
        default=None, metadata=doc("What a match becomes (default: scrub.replacement).")
    )


@dataclass(frozen=True)
class MaskingConfig:
    classes: Mapping[str, bool] = field(
        default_factory=dict,
        metadata=doc(
            "Switch built-in masking classes on or off (all on): "
            + ", ".join(MASKING_CLASSES)
            + ". Changing them moves the fingerprints of new events.",
            check="masking_classes",
        ),
    )
    patterns: tuple[MaskPattern, ...] = field(
        default=(),
        metadata=doc(
            "Extra masks `{name, regex}`, applied before the built-in ones. The name is an "
            "identifier; the regex must read the same in RE2 and Python (no lookaround, no "
            "backreferences).",
            check="re2_patterns",
        ),
    )


@dataclass(frozen=True)
class FingerprintRule:
    """One parsed `matcher:glob ... -> name` rule."""

    matchers: tuple[tuple[str, str], ...]
    name: str
    text: str


@dataclass(frozen=True)
class FingerprintConfig:
    rules: tuple[FingerprintRule, ...] = field(
        default=(),
        metadata=doc(
            "Sentry-style rules, first match wins: `matcher:glob [matcher:glob ...] -> name`; "
            "matchers: "
            + ", ".join(FINGERPRINT_MATCHERS)
            + ", attr.KEY (an attribute, dotted for nested). Globs ignore case; quote one with "
            "spaces. `{{ default }}` in the name keeps the computed fingerprint as one part.",
            check="fingerprint_rules",
        ),
    )
    in_app_include: tuple[str, ...] = field(
        default=(),
        metadata=doc("Module or path globs always counted as application frames."),
    )
    in_app_exclude: tuple[str, ...] = field(
        default=(),
        metadata=doc("Module or path globs never counted as application frames."),
    )


@dataclass(frozen=True, kw_only=True)
class SeverityRuleConfig:
    name: str | None = field(
        default=None, metadata=doc("Shown by severity test and explain (default: rule N).")
    )
    severity: str = field(
        metadata=doc(
            "The severity set: low, medium, high, critical, or none (no severity).",
            check="severity",
        )
    )
    category: str | None = field(
        default=None, metadata=doc("A label such as database, auth, payment, network.")
    )
    level: tuple[str, ...] = field(
        default=(), metadata=doc("Level(s), exactly.", one_or_many=True, check="levels")
    )
    service: tuple[str, ...] = field(
        default=(),
        metadata=doc("Service glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    host: tuple[str, ...] = field(
        default=(),
        metadata=doc("Host glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    logger: tuple[str, ...] = field(
        default=(),
        metadata=doc("Logger glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    exception: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "Exception type glob(s) or re: regex(es).", one_or_many=True, check="matchers"
        ),
    )
    template: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "Template (masked message) glob(s) or re: regex(es).",
            one_or_many=True,
            check="matchers",
        ),
    )
    message: tuple[str, ...] = field(
        default=(),
        metadata=doc("Message glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    source: tuple[str, ...] = field(
        default=(),
        metadata=doc("Source path glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    attributes: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=doc(
            "Attribute path (dotted for nested) -> glob(s) or re: regex(es) over its value as "
            "text.",
            one_or_many=True,
            check="attribute_matchers",
        ),
    )
    origin: str | None = field(default=None, compare=False, metadata={"internal": True})


@dataclass(frozen=True)
class SeverityConfig:
    rules: tuple[SeverityRuleConfig, ...] = field(
        default=(),
        metadata=doc(
            "Ordered rules, first match wins; the built-in defaults come last.",
            check="severity_rules",
        ),
    )


@dataclass(frozen=True)
class ScrubConfig:
    enabled: bool = field(
        default=True,
        metadata=doc("Scrub secrets before anything is stored. Off only for trusted logs."),
    )
    classes: Mapping[str, bool] = field(
        default_factory=dict,
        metadata=doc(
            "Switch built-in classes on or off: "
            + ", ".join(SCRUB_CLASSES)
            + ". All on except email and ip.",
            check="scrub_classes",
        ),
    )
    keys: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "More field names whose values are always secret (matched as substrings of the "
            "key, any case), beside password, secret, token, api_key, authorization, ...",
            check="keys",
        ),
    )
    patterns: tuple[ScrubPattern, ...] = field(
        default=(),
        metadata=doc(
            "Your own `{name, regex, replacement}`; a group named `value` limits the "
            "replacement to that group.",
            check="scrub_patterns",
        ),
    )
    replacement: str = field(
        default="[REDACTED]",
        metadata=doc(
            "What a scrubbed value becomes; `{class}` is replaced by the class name.",
            check="replacement",
        ),
    )


@dataclass(frozen=True)
class GroupsConfig:
    """The group lifecycle: auto-resolve and the escalation rule (docs/triage.md)."""

    auto_resolve_after: str | None = field(
        default=None,
        metadata=doc(
            "Treat an unresolved group as resolved once it has had no events for this long "
            "(`14d`, `12h`); unset: never.",
            check="span",
        ),
    )
    escalation_window: str = field(
        default="1h",
        metadata=doc("The recent window whose count is compared with history.", check="span"),
    )
    escalation_days: int = field(
        default=7,
        metadata=doc(
            "How many previous days' same window make the baseline (their mean).", check="nonneg"
        ),
    )
    escalation_factor: float = field(
        default=3.0,
        metadata=doc(
            "Escalating when the recent count exceeds the baseline times this.", check="nonneg"
        ),
    )
    escalation_min_events: int = field(
        default=10,
        metadata=doc(
            "...and is at least this many events, so rare groups do not flap.", check="nonneg"
        ),
    )


@dataclass(frozen=True)
class GateConfig:
    """`errctl gate` thresholds (docs/ci.md); its command-line options override each."""

    baseline: str | None = field(
        default=None,
        metadata=doc(
            "The baseline file; relative to the config file's folder. Unset: no baseline, "
            "so every judged group is new.",
            check="path",
        ),
    )
    level: str = field(
        default="error",
        metadata=doc("Judge groups by their events at this level and above.", check="level"),
    )
    max_new: int = field(
        default=0, metadata=doc("Fail when more groups than this are new.", check="nonneg")
    )
    fail_on: str | None = field(
        default=None,
        metadata=doc(
            "Fail on any group at or above this severity (low, medium, high, critical); "
            "unset or none: off.",
            check="severity",
        ),
    )
    max_events: int | None = field(
        default=None,
        metadata=doc("Fail when all judged groups hold more events than this.", check="nonneg"),
    )
    max_group_events: int | None = field(
        default=None,
        metadata=doc("Fail when one group holds more events than this.", check="nonneg"),
    )
    max_growth: float | None = field(
        default=None,
        metadata=doc(
            "Fail when a known group's count exceeds its baseline count times (1 + this), "
            "plus 5; unset: a known group passes whatever its count.",
            check="nonneg",
        ),
    )
    fail_on_regression: bool = field(
        default=False,
        metadata=doc(
            "Fail when a resolved group (count 0 in the baseline, or errctl resolve) has "
            "events again."
        ),
    )


ALERT_KINDS: tuple[str, ...] = (
    "new",
    "regression",
    "escalating",
    "threshold",
    "spike",
    "absence",
    "severity",
)
"""Kinds of alert rules (docs/alerts.md)."""

RECEIVER_KINDS: tuple[str, ...] = ("webhook", "slack", "teams", "alertmanager")
"""Payload formats a receiver takes (docs/alerts.md)."""

SPIKE_COMPARES: tuple[str, ...] = ("previous", "day", "week")
"""What a spike's window is compared with: the window before, or the same window a day or a
week earlier."""


@dataclass(frozen=True, kw_only=True)
class ReceiverConfig:
    """Where notifications go. Secrets never live in the file: `secret_env` (and `url_env`,
    for a URL that is itself a secret, as Slack's and Teams' are) name environment variables."""

    kind: str = field(
        metadata=doc(
            "The payload format: " + ", ".join(RECEIVER_KINDS) + ".", check="receiver_kind"
        )
    )
    url: str | None = field(
        default=None,
        metadata=doc("The endpoint (http or https). Give `url` or `url_env`.", check="url"),
    )
    url_env: str | None = field(
        default=None,
        metadata=doc("The name of an environment variable holding the URL.", check="env_name"),
    )
    secret_env: str | None = field(
        default=None,
        metadata=doc(
            "The name of an environment variable holding the signing secret (Standard "
            "Webhooks; `whsec_<base64>` or any text). Unset: requests are not signed.",
            check="env_name",
        ),
    )
    timeout: float = field(
        default=10.0, metadata=doc("Seconds to wait for one request.", check="positive")
    )
    retries: int = field(
        default=3,
        metadata=doc(
            "Retries within one run on a connection error, timeout, 429 or 5xx (other 4xx are "
            "not retried); what still fails stays in the outbox for the next run.",
            check="nonneg",
        ),
    )


@dataclass(frozen=True, kw_only=True)
class AlertRuleConfig:
    """One `[[alerts.rules]]` entry: a kind, its parameters, filters and receivers."""

    name: str = field(metadata=doc("A unique name (silences and state refer to it)."))
    kind: str = field(
        metadata=doc("What fires it: " + ", ".join(ALERT_KINDS) + ".", check="alert_kind")
    )
    receivers: tuple[str, ...] = field(
        default=(),
        metadata=doc("Receiver names to notify (default: every receiver).", one_or_many=True),
    )
    severity: str | None = field(
        default=None,
        metadata=doc(
            "Only events at or above this severity (low ... critical); for kind severity, "
            "the level that fires it.",
            check="severity",
        ),
    )
    level: str | None = field(
        default=None, metadata=doc("Only events at or above this level.", check="level")
    )
    service: tuple[str, ...] = field(
        default=(),
        metadata=doc("Service glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    host: tuple[str, ...] = field(
        default=(),
        metadata=doc("Host glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    category: tuple[str, ...] = field(
        default=(),
        metadata=doc("Category glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    template: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "Template (masked message) glob(s) or re: regex(es).",
            one_or_many=True,
            check="matchers",
        ),
    )
    message: tuple[str, ...] = field(
        default=(),
        metadata=doc("Message glob(s) or re: regex(es).", one_or_many=True, check="matchers"),
    )
    attributes: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata=doc(
            "Attribute path (dotted for nested) -> glob(s) or re: regex(es) over its value.",
            one_or_many=True,
            check="attribute_matchers",
        ),
    )
    min_age: str | None = field(
        default=None,
        metadata=doc("Only groups first seen at least this long ago.", check="duration"),
    )
    min_count: int | None = field(
        default=None,
        metadata=doc("Only groups with at least this many events in all.", check="nonneg"),
    )
    count: int | None = field(
        default=None,
        metadata=doc(
            "threshold: fire at this many events in `window`; spike: at least this many "
            "(default 10) so that rare events do not spike.",
            check="nonneg",
        ),
    )
    window: str | None = field(
        default=None,
        metadata=doc(
            "threshold, spike, absence, severity: the counting window (default 1h); new, "
            "regression, escalating: how far back a run looks (default 24h).",
            check="span",
        ),
    )
    per: str = field(
        default="group",
        metadata=doc(
            "threshold, spike: count per `group`, or over all matching events (`rule`).",
            check="alert_per",
        ),
    )
    factor: float | None = field(
        default=None,
        metadata=doc("spike: fire when the window holds this many times its comparison (3)."),
    )
    compare: str = field(
        default="previous",
        metadata=doc(
            "spike: compare with the `previous` window, or the same window a `day` or `week` "
            "earlier.",
            check="alert_compare",
        ),
    )
    heartbeat: str | None = field(
        default=None,
        metadata=doc(
            "absence: a message glob (or re: regex) that must be seen within `window`.",
            check="matcher",
        ),
    )
    cooldown: str | None = field(
        default=None,
        metadata=doc(
            "No new notification for the same group within this long (default: `alerts.cooldown`).",
            check="duration",
        ),
    )
    notify_resolved: bool = field(
        default=False,
        metadata=doc("Also notify when a threshold, spike, absence or escalation clears."),
    )
    origin: str | None = field(default=None, compare=False, metadata={"internal": True})


@dataclass(frozen=True)
class AlertsConfig:
    """`errctl alert`: receivers, rules and run-wide limits (docs/alerts.md)."""

    receivers: Mapping[str, ReceiverConfig] = field(
        default_factory=dict,
        metadata=doc("Named receivers: `[alerts.receivers.NAME]` tables.", check="receivers"),
    )
    rules: tuple[AlertRuleConfig, ...] = field(
        default=(), metadata=doc("The rules: `[[alerts.rules]]` tables.", check="alert_rules")
    )
    cooldown: str = field(
        default="30m",
        metadata=doc("Default per (rule, group) cooldown.", check="duration"),
    )
    max_notifications: int = field(
        default=20,
        metadata=doc(
            "Notifications per run; the rest are recorded and go out as one summary per receiver.",
            check="nonneg",
        ),
    )
    max_retry_after: float = field(
        default=60.0,
        metadata=doc(
            "Longest Retry-After (seconds) a run waits for; a longer one defers the "
            "notification to a later run.",
            check="nonneg",
        ),
    )


@dataclass(frozen=True)
class Settings:
    """The effective configuration, and where each value came from.

    `origins` maps a dotted key (`store.path`, `severity.rules[0].severity`) to `default`,
    `PATH:LINE`, or `env NAME`. `file` is the config file read (None: built-in defaults only)
    and `found_by` says how it was found (`--config`, `ERRCTL_CONFIG`, `./errctl.toml`,
    `pyproject.toml [tool.errctl]`, `user config dir`, or `defaults`).
    """

    store: StoreConfig = field(default_factory=StoreConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    sources: tuple[SourceConfig, ...] = field(
        default=(),
        metadata=doc("Per-file settings, first matching entry wins: `[[sources]]` tables."),
    )
    masking: MaskingConfig = field(default_factory=MaskingConfig)
    fingerprint: FingerprintConfig = field(default_factory=FingerprintConfig)
    severity: SeverityConfig = field(default_factory=SeverityConfig)
    scrub: ScrubConfig = field(default_factory=ScrubConfig)
    groups: GroupsConfig = field(default_factory=GroupsConfig)
    gate: GateConfig = field(default_factory=GateConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig, metadata=doc("", check="alerts"))
    file: str | None = field(default=None, compare=False, metadata={"internal": True})
    found_by: str = field(default="defaults", compare=False, metadata={"internal": True})
    origins: Mapping[str, str] = field(
        default_factory=dict, compare=False, metadata={"internal": True}
    )

    def source_for(self, path: str) -> SourceConfig | None:
        """The first `[[sources]]` entry whose glob matches `path`, if any."""
        for source in self.sources:
            if source.matches(path):
                return source
        return None


SECTIONS: tuple[str, ...] = (
    "store",
    "ingest",
    "sources",
    "masking",
    "fingerprint",
    "severity",
    "scrub",
    "groups",
    "gate",
    "alerts",
)
"""Top-level keys, in documentation order."""

__all__ = [
    "ALERT_KINDS",
    "FINGERPRINT_MATCHERS",
    "FORMAT_NAMES",
    "LEVELS",
    "MASKING_CLASSES",
    "NO_SEVERITY",
    "RECEIVER_KINDS",
    "SCRUB_CLASSES",
    "SCRUB_CLASSES_OFF_BY_DEFAULT",
    "SECTIONS",
    "SEVERITIES",
    "SEVERITY_MATCH_KEYS",
    "SPIKE_COMPARES",
    "AlertRuleConfig",
    "AlertsConfig",
    "FingerprintConfig",
    "FingerprintRule",
    "GateConfig",
    "GroupsConfig",
    "IngestConfig",
    "MaskPattern",
    "MaskingConfig",
    "ReceiverConfig",
    "ScrubConfig",
    "ScrubPattern",
    "Settings",
    "SeverityConfig",
    "SeverityRuleConfig",
    "SourceConfig",
    "StoreConfig",
]
