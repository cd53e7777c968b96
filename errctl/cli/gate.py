"""`errctl gate` and `errctl baseline write|update|prune`: fail a CI pipeline on new or severe
errors, judged by group against a committed baseline.

Parses options (each overriding its `[gate]` config key), calls `errctl.gate`, and writes the
outputs: the human summary on stderr, `--format json` on stdout, GitHub annotations on stdout
(workflow commands are read there) plus the step summary, and the JUnit, SARIF and GitLab
files. Exit 0 pass, 1 fail, 2 usage or config error, 3 input error (no store, no baseline file),
4 store error (locked, corrupt).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from errctl.cli.app import ErrctlTyper, app, options
from errctl.cli.options import ServiceOpt, SinceOpt, SourceOpt, UntilOpt

if TYPE_CHECKING:
    from errctl.config.schema import GateConfig
    from errctl.gate.judge import Verdict
    from errctl.models import EventFilter, GroupSummary

DEFAULT_BASELINE = "errctl-baseline.json"
_SHOWN = 50  # groups listed in the text summary; --format json and the files list all

_GATE_EXAMPLES = """
Examples:

  errctl --db run.duckdb ingest test-logs/ && errctl --db run.duckdb gate

  errctl gate --baseline errctl-baseline.json --fail-on high --max-new 0

  errctl gate --junit gate.xml --sarif gate.sarif --codequality gl-code-quality.json

  errctl gate --format json > verdict.json

A group passes when the baseline lists it (whatever its count, unless --max-growth), fails
when it is new (more than --max-new of them), at or above --fail-on, over --max-group-events,
or a regression with --fail-on-regression. Under GitHub Actions ($GITHUB_ACTIONS) failing
groups become ::error annotations (the 10 GitHub shows) and the full table goes to
$GITHUB_STEP_SUMMARY. Exit codes: 0 pass, 1 fail, 2 usage or config error, 3 input error
(no store, no events, a --service or --source no event has, a named baseline
missing), 4 store error (locked, corrupt).
"""

_BASELINE_EXAMPLES = """
Examples:

  errctl baseline write                  # every error group in the store, with its count

  errctl baseline update                 # add the groups not yet listed; keep the rest

  errctl baseline prune                  # drop the groups that no longer occur

The file (default: [gate] baseline in the config, else ./errctl-baseline.json) is JSON,
sorted by fingerprint: commit it and review its diffs. A count of 0 marks a group resolved.
"""

baseline_app = ErrctlTyper(
    name="baseline",
    help="Write, extend or prune the baseline file errctl gate compares against.\n"
    + _BASELINE_EXAMPLES,
    no_args_is_help=True,
    rich_markup_mode=None,
)

LevelOpt = Annotated[
    str | None,
    typer.Option(help="Judge events at least this level (default: [gate] level, else error)."),
]


def _filter(
    cfg: GateConfig,
    level: str | None,
    since: str | None,
    until: str | None,
    service: list[str] | None,
    source: list[str] | None,
) -> EventFilter:
    from errctl.cli.groups import _window

    return _window(level or cfg.level, since, until, service, None, source)


def _baseline_path(cfg: GateConfig, given: str | None) -> tuple[str, bool]:
    """(path, whether it was asked for): a named baseline must exist; the default need not."""
    if given:
        return given, True
    if cfg.baseline:
        return cfg.baseline, True
    return DEFAULT_BASELINE, False


@app.command(epilog=_GATE_EXAMPLES)
def gate(
    ctx: typer.Context,
    baseline: Annotated[
        str | None,
        typer.Option(
            help="The baseline file (default: [gate] baseline, else ./errctl-baseline.json "
            "when it exists; without one every group is new); - reads it from stdin."
        ),
    ] = None,
    max_new: Annotated[
        int | None, typer.Option(help="New groups allowed (default 0).", min=0)
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(help="Fail on a group at or above this severity: low ... critical, none."),
    ] = None,
    max_events: Annotated[
        int | None, typer.Option(help="Fail above this many events in all groups.", min=0)
    ] = None,
    max_group_events: Annotated[
        int | None, typer.Option(help="Fail when one group has more events.", min=0)
    ] = None,
    max_growth: Annotated[
        float | None,
        typer.Option(
            help="Fail when a known group exceeds its baseline count * (1 + this) + 5.", min=0
        ),
    ] = None,
    fail_on_regression: Annotated[
        bool | None,
        typer.Option(
            "--fail-on-regression/--no-fail-on-regression",
            help="Fail when a resolved group (count 0 in the baseline, or errctl resolve) "
            "has events again.",
        ),
    ] = None,
    level: LevelOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    service: ServiceOpt = None,
    source: SourceOpt = None,
    output: Annotated[
        str, typer.Option("--format", help="text (a summary on stderr) or json (on stdout).")
    ] = "text",
    annotations: Annotated[
        str,
        typer.Option(
            help="GitHub Actions annotations and step summary: auto (when $GITHUB_ACTIONS is "
            "true and --format is text), github, or none."
        ),
    ] = "auto",
    junit: Annotated[str | None, typer.Option(help="Write JUnit XML here (- for stdout).")] = None,
    sarif: Annotated[
        str | None, typer.Option(help="Write SARIF 2.1.0 here (- for stdout).")
    ] = None,
    codequality: Annotated[
        str | None, typer.Option(help="Write a GitLab Code Quality report here (- for stdout).")
    ] = None,
    root: Annotated[
        str | None,
        typer.Option(help="Make event paths relative to this folder (default: the current one)."),
    ] = None,
) -> None:
    """Judge the store's groups against a baseline and thresholds; exit 1 when the gate
    fails. For CI: new or severe errors fail the build, a known, tolerated one does not."""
    from errctl.errors import ExitCode, UsageError
    from errctl.gate.baseline import EMPTY, read_baseline
    from errctl.gate.judge import Thresholds, evaluate

    if output not in ("text", "json"):
        raise UsageError("--format must be text or json")
    if annotations not in ("auto", "github", "none"):
        raise UsageError("--annotations must be auto, github or none")
    if annotations == "github" and output == "json":
        raise UsageError(
            "--annotations github and --format json both write stdout",
            hint="write the verdict with --format text, or annotations with --annotations none",
        )
    _check_stdout_users(output, annotations, junit=junit, sarif=sarif, codequality=codequality)
    opts = options(ctx)
    cfg = opts.settings().gate
    severity = _severity(fail_on) if fail_on is not None else cfg.fail_on
    thresholds = Thresholds(
        max_new=cfg.max_new if max_new is None else max_new,
        fail_on=None if severity in (None, "none") else severity,
        max_events=cfg.max_events if max_events is None else max_events,
        max_group_events=cfg.max_group_events if max_group_events is None else max_group_events,
        max_growth=cfg.max_growth if max_growth is None else max_growth,
        fail_on_regression=(
            cfg.fail_on_regression if fail_on_regression is None else fail_on_regression
        ),
    )
    flt = _filter(cfg, level, since, until, service, source)
    path, named = _baseline_path(cfg, baseline)
    if named or Path(path).exists():
        base = read_baseline(path)
        base_name: str | None = _shown(path, "stdin")
    else:
        base, base_name = EMPTY, None
    window = {
        "since": since,
        "until": until,
        "services": list(service or []),
        "sources": list(source or []),
    }
    verdict = evaluate(
        opts.store(),
        flt,
        base,
        thresholds,
        root=Path(root) if root else Path.cwd(),
        window={k: v for k, v in window.items() if v},
    )
    _write_files(verdict, junit=junit, sarif=sarif, codequality=codequality)
    report_on_stdout = "-" in (junit, sarif, codequality)
    github = annotations == "github" or (
        annotations == "auto"
        and output == "text"
        and not report_on_stdout  # a JUnit file piped on must not carry ::error lines
        and os.environ.get("GITHUB_ACTIONS") == "true"
    )
    if annotations != "none" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from errctl.gate.annotations import step_summary

        _append(os.environ["GITHUB_STEP_SUMMARY"], step_summary(verdict))
    if github:
        from errctl.gate.annotations import annotations as github_annotations

        for line in github_annotations(verdict):
            typer.echo(line)
    if output == "json":
        import orjson

        typer.echo(orjson.dumps(verdict.to_dict(), option=orjson.OPT_INDENT_2).decode())
    typer.echo(summary_text(verdict, base_name), err=True, nl=False)
    if not verdict.passed:
        raise typer.Exit(int(ExitCode.FINDINGS))


def _shown(path: str, stdio: str) -> str:
    """The baseline's name in a message: `-` (stdin, stdout or both) is named as its stream."""
    from errctl.gate.baseline import STDIO

    return stdio if path == STDIO else path


def _severity(value: str) -> str:
    from errctl.config.schema import NO_SEVERITY, SEVERITIES
    from errctl.errors import UsageError

    name = value.strip().lower()
    if name not in (*SEVERITIES, NO_SEVERITY):
        raise UsageError(
            f"unknown severity {value!r}",
            hint="severities: " + ", ".join((*SEVERITIES, NO_SEVERITY)),
        )
    return name


def _check_stdout_users(output: str, annotations: str, **files: str | None) -> None:
    """`--junit -` (or --sarif, --codequality) writes that report to stdout, as `baseline
    write -` does, rather than a file named `-`: only when nothing else writes there."""
    from errctl.errors import UsageError

    reports = [f"--{name} -" for name, path in files.items() if path == "-"]
    others = ["--format json"] if output == "json" else []
    others += ["--annotations github"] if annotations == "github" else []
    if reports and len(reports) + len(others) > 1:
        raise UsageError(
            f"{' and '.join(reports + others)} all write stdout", hint="write all but one to files"
        )


def _write(path: str, text: str) -> None:
    from errctl.errors import UsageError

    if path == "-":
        typer.echo(text, nl=False)
        return
    try:
        # Reports often go to a folder the job has not made (reports/junit.xml, as pytest's
        # --junitxml allows): make it, rather than lose the verdict to a usage error.
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from e


def _append(path: str, text: str) -> None:
    from errctl.cli.console import warn

    try:
        with open(path, "a", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:  # the summary is a courtesy: it must not change the verdict
        warn(f"cannot append to $GITHUB_STEP_SUMMARY ({path}): {e.strerror or e}")


def _write_files(
    verdict: Verdict, *, junit: str | None, sarif: str | None, codequality: str | None
) -> None:
    if junit:
        from errctl.gate.junit import junit_xml

        _write(junit, junit_xml(verdict))
    if sarif:
        from errctl.gate.sarif import sarif_json

        _write(sarif, sarif_json(verdict))
    if codequality:
        from errctl.gate.codequality import codequality_json

        _write(codequality, codequality_json(verdict))


def summary_text(verdict: Verdict, baseline: str | None) -> str:
    """The human summary: failing groups, then tolerated new ones, then one line of totals.
    Plain text (it goes to CI logs); log text shown with its control characters visible."""
    from errctl.cli.render import visible

    lines: list[str] = []
    for f in verdict.findings:
        lines.append(f"FAIL  {f.message}")
    noteworthy = [g for g in verdict.groups if g.failing or g.status != "known"]
    for g in noteworthy[:_SHOWN]:
        mark = "FAIL" if g.failing else g.status
        title = visible(g.group.title.split("\n", 1)[0])[:120]
        lines.append(
            f"{mark:<5} {g.short_id}  {g.status:<9} {(g.group.max_severity or '-'):<8} "
            f"{g.group.count:>6,}  {title}"
        )
        where = f"{visible(g.location.path)}:{g.location.line}" if g.location else "-"
        why = "; ".join(f.message for f in g.findings) or (
            (
                "new group: tolerated by --max-new"
                if g.baseline_count is None
                else f"{g.new_reason} (tolerated by --max-new)"
            )
            if g.status == "new"
            else "regression: tolerated without --fail-on-regression"
        )
        lines.append(f"      at {where}: {why}")
    if len(noteworthy) > _SHOWN:
        lines.append(f"      ... {len(noteworthy) - _SHOWN} more (--format json lists all)")
    state = "passed" if verdict.passed else "FAILED"
    level = f"level {verdict.level} and above" if verdict.level else "any level"
    based = (
        f"baseline {visible(baseline)} ({verdict.baseline_size} group(s))"
        if baseline
        else ("no baseline")
    )
    lines.append(
        f"errctl gate {state}: {len(verdict.failing)} of {len(verdict.groups)} group(s) fail "
        f"({verdict.count('new')} new, {verdict.count('known')} known, "
        f"{verdict.count('regressed')} regressed; {verdict.total_events:,} event(s) at {level}; "
        f"{based})"
    )
    if baseline is None and verdict.groups:
        # The first CI run of a project: every group is new only because nothing was accepted
        # yet; say how to accept it, or the red build reads as 'errctl found N bugs'.
        lines.append(
            f"hint: no baseline file, so every group is new; to accept these, run errctl "
            f"baseline write (same --db) and commit {DEFAULT_BASELINE}"
        )
    return "\n".join(lines) + "\n"


def _baseline_groups(
    ctx: typer.Context,
    level: str | None,
    since: str | None,
    until: str | None,
    service: list[str] | None,
    source: list[str] | None,
) -> tuple[GateConfig, list[GroupSummary]]:
    from errctl.gate.judge import judged_groups

    opts = options(ctx)
    cfg = opts.settings().gate
    return cfg, judged_groups(opts.store(), _filter(cfg, level, since, until, service, source))


FileArg = Annotated[
    str | None,
    typer.Argument(
        help="The baseline file (default: [gate] baseline, else errctl-baseline.json); - reads "
        "stdin and writes stdout."
    ),
]


@baseline_app.command(name="write", epilog=_BASELINE_EXAMPLES)
def baseline_write(
    ctx: typer.Context,
    file: FileArg = None,
    level: LevelOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    service: ServiceOpt = None,
    source: SourceOpt = None,
) -> None:
    """Write the baseline: every judged group in the store with its count (replacing the
    file)."""
    from errctl.cli.console import info
    from errctl.gate.baseline import from_groups, write_baseline

    cfg, groups = _baseline_groups(ctx, level, since, until, service, source)
    path, _ = _baseline_path(cfg, file)
    write_baseline(path, from_groups(groups))
    info(f"wrote {len(groups)} group(s) to {_shown(path, 'stdout')}")


@baseline_app.command(name="update", epilog=_BASELINE_EXAMPLES)
def baseline_update(
    ctx: typer.Context,
    file: FileArg = None,
    level: LevelOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    service: ServiceOpt = None,
    source: SourceOpt = None,
) -> None:
    """Add the judged groups the baseline does not list yet (and raise the level of those that
    rose above it); keep every other entry as it is."""
    from errctl.cli.console import info
    from errctl.gate.baseline import read_baseline, updated, write_baseline

    cfg, groups = _baseline_groups(ctx, level, since, until, service, source)
    path, _ = _baseline_path(cfg, file)
    new, added, raised = updated(read_baseline(path), groups)
    write_baseline(path, new)
    info(
        f"added {added} group(s) to {_shown(path, 'the piped baseline')} ({len(new)} in all)"
        + (f"; raised the level of {raised} that rose above it" if raised else "")
    )


@baseline_app.command(name="prune", epilog=_BASELINE_EXAMPLES)
def baseline_prune(
    ctx: typer.Context,
    file: FileArg = None,
    level: LevelOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    service: ServiceOpt = None,
    source: SourceOpt = None,
) -> None:
    """Drop the entries whose groups no longer occur in the store (in the window); a group
    merged into one that occurs still does."""
    from errctl.cli.console import info
    from errctl.gate.baseline import pruned, read_baseline, write_baseline
    from errctl.gate.judge import merged_into_groups

    cfg, groups = _baseline_groups(ctx, level, since, until, service, source)
    path, _ = _baseline_path(cfg, file)
    merged = merged_into_groups(options(ctx).store(), groups)
    new, dropped = pruned(read_baseline(path), groups, merged)
    write_baseline(path, new)
    info(f"dropped {dropped} group(s) from {_shown(path, 'the piped baseline')} ({len(new)} left)")
