"""`errctl ingest`: read log files into the store."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from errctl.cli import console
from errctl.cli.app import app, options

_EXAMPLES = """
Examples:

  errctl ingest /var/log/myapp/            # a folder, recursively; .gz/.bz2/.xz too

  errctl ingest app.log --format python    # skip detection

  kubectl logs deploy/api | errctl ingest - --source-name api --service api

  errctl ingest /var/log/billing/ --service billing   # plain-text logs name no service

  # each program's logs in a folder of its own (api/, worker/): named by it
  errctl ingest /srv/logs/ --service '{dir}'

  errctl ingest hdfs.log --pattern '^(?P<timestamp>\\S+ \\S+) (?P<level>\\w+) (?P<message>.*)$'

  errctl ingest /var/log/myapp/ --follow   # live: top, search and alert work meanwhile

Running it again reads only what was appended since; rotated and truncated files are noticed.
With --follow it does so by itself, each time the files change (looked at every --interval
seconds), and prints a line per round that read something (--summary json: a JSON line each).
"""


@app.command(epilog=_EXAMPLES)
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    log_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=(
                "Force a log format: json, audit, logfmt, elb, lambda, syslog, access, envoy, "
                "haproxy, heroku, nginx-error, apache-error, monolog, php, supervisor, "
                "freeswitch, python, java, klog, chromium, postgres, csv, mssql, db2diag, "
                "ibmmq, winevent, cmtrace, ruby, logcat, redis, couchbase, emqx, dotnet, "
                "winston, w3c, xorg, dmesg, factorio, journal-export, journal-verbose, generic."
            ),
        ),
    ] = None,
    pattern: Annotated[
        str | None,
        typer.Option(
            help="A Python regex with named groups (timestamp, level, service, host, message; "
            "others become attributes). Lines that do not match continue the previous event."
        ),
    ] = None,
    include: Annotated[
        list[str] | None, typer.Option(help="Only files matching this glob (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Skip files and folders matching this glob.")
    ] = None,
    reingest: Annotated[
        bool, typer.Option(help="Read files again from the start, replacing their events.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(help="Exit 3 if any line was rejected or any input could not be read."),
    ] = False,
    tz: Annotated[
        str | None,
        typer.Option(
            help="Zone of timestamps written without one: local, UTC, IANA (Europe/Oslo) or "
            "an offset (+02:00) (default: [ingest] tz in the config, else local)."
        ),
    ] = None,
    follow_symlinks: Annotated[
        bool, typer.Option(help="Follow symbolic links found inside folders.")
    ] = False,
    source_name: Annotated[
        str, typer.Option(help="The source name recorded for stdin.")
    ] = "<stdin>",
    service: Annotated[
        str | None,
        typer.Option(
            help="Service name for events that carry none, as plain-text logs mostly do "
            "(default: [[sources]] service in the config); {dir} is the name of the file's "
            "folder, {file} the file's name without rotation, compression or extension."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
    max_expansion: Annotated[
        float,
        typer.Option(
            help="Stop reading a compressed file that expands more than this many times "
            "(a decompression bomb); 0 for no limit.",
            min=0,
        ),
    ] = 1000.0,
    batch_size: Annotated[
        int | None,
        typer.Option(
            hidden=True, min=1, help="Events per committed batch (tests; default: BATCH_EVENTS)."
        ),
    ] = None,
    summary_format: Annotated[
        str, typer.Option("--summary", help="Summary as text (stderr) or json (stdout).")
    ] = "text",
    follow: Annotated[
        bool,
        typer.Option(
            "--follow",
            help="Keep running, as tail -F: ingest what the files gain and new files in "
            "the folders; the store is free between rounds. SIGTERM ends it (exit 0).",
        ),
    ] = False,
    interval: Annotated[
        float,
        typer.Option(help="With --follow: seconds between looks at the files.", min=0.05),
    ] = 2.0,
) -> None:
    """Ingest log files, folders or stdin into the store: detect formats, frame multi-line
    events, fingerprint them, and quarantine lines that cannot be read."""
    from errctl.config.service_template import template_problem
    from errctl.config.timezones import resolve_tz
    from errctl.errors import UsageError
    from errctl.ingest.pipeline import BATCH_EVENTS, IngestOptions
    from errctl.ingest.pipeline import ingest as run_ingest

    if summary_format not in ("text", "json"):
        raise UsageError(f"--summary must be text or json, not {summary_format!r}")
    if service is not None and (problem := template_problem(service)) is not None:
        raise UsageError(f"--service: {problem}")
    settings = options(ctx).settings()
    if log_format is None and pattern is None and settings.ingest.format != "auto":
        log_format = settings.ingest.format
    opts = IngestOptions(
        format=log_format,
        pattern=pattern,
        include=include or [],
        exclude=exclude or [],
        reingest=reingest,
        strict=strict,
        follow_symlinks=follow_symlinks,
        tz=resolve_tz(tz or settings.ingest.tz),
        stdin_name=source_name,
        service=service,
        batch_events=batch_size or BATCH_EVENTS,
        settings=settings,
        max_expansion=max_expansion,
    )
    if pattern is not None and not quiet:
        from errctl.formats.pattern import pattern_warnings

        for warning in pattern_warnings(pattern):
            console.warn(warning)
    store = options(ctx).store()
    show_progress = not quiet and sys.stderr.isatty()
    from errctl.cli.progress import IngestProgress

    if follow:
        if "-" in paths:
            raise UsageError(
                "--follow watches files and folders; stdin is read as it comes already",
                hint="drop --follow, or give the file that is being written",
            )
        try:
            _follow(paths, store, opts, interval, summary_format, quiet, show_progress)
        except KeyboardInterrupt:
            _interrupted(quiet, reingest=reingest)
        return
    progress = IngestProgress(enabled=show_progress, quiet=quiet)
    try:
        with progress:
            summary = run_ingest(paths, store, opts, progress)
    except KeyboardInterrupt:
        progress.close()
        _interrupted(quiet, stdin="-" in paths, reingest=reingest)
    finally:
        progress.close()
    _print_summary(summary, summary_format, quiet)
    if summary.missing:
        # After the summary: the paths that exist were ingested, and the run says so.
        from errctl.errors import InputError

        missing = summary.missing
        raise InputError(
            f"{'no such file or directory' if len(missing) == 1 else 'no such files'}: "
            + ", ".join(missing),
            hint="the other inputs were ingested" if len(summary.sources) > len(missing) else None,
        )


def _interrupted(quiet: bool, *, stdin: bool = False, reingest: bool = False) -> None:
    """Ctrl-C: exit 130, saying what became of the run (every batch commits with its offset,
    so what was stored stays, once, and the next run goes on from there)."""
    if not quiet:
        again = "" if stdin else "; ingest the same paths again to go on where it stopped"
        if again and reingest:
            again += " (without --reingest, which starts over)"
        console.info(f"interrupted: the events stored so far stay stored{again}")
    raise typer.Exit(130)


def _print_summary(summary: Any, summary_format: str, quiet: bool, *, brief: bool = False) -> None:
    """The run's summary: JSON on stdout, or text on stderr (`brief`: its last line alone,
    with the time, as each round of --follow after the first prints it)."""
    if summary_format == "json":
        from errctl.cli.render import summary_json

        typer.echo(summary_json(summary))
    elif not quiet:
        from errctl.cli.render import summary_text

        text = summary_text(summary)
        if brief:
            from datetime import UTC, datetime

            from errctl.cli.render import human_utc

            # UTC with its `Z`, as every time errctl shows (the host's clock read as the
            # events' times was hours off them).
            stamp = human_utc(datetime.now(UTC), "%H:%M:%S")
            text = f"{stamp} {text.rsplit(chr(10), 1)[-1].strip()}"
        console.info(text)


def _follow(
    paths: list[str],
    store: Any,
    opts: Any,
    interval: float,
    summary_format: str,
    quiet: bool,
    show_progress: bool,
) -> None:
    from errctl.cli.progress import IngestProgress
    from errctl.cli.stopping import stop_on_sigterm
    from errctl.ingest.follow import follow

    warned_missing: set[str] = set()

    def on_round(summary: Any, number: int) -> None:
        # After the first round, one that found only an unfinished line says nothing.
        if number == 1 or summary.events or summary.rejected:
            _print_summary(summary, summary_format, quiet, brief=number > 1)
        for path in summary.missing:
            if path not in warned_missing:
                warned_missing.add(path)
                console.warn(f"no such file or directory: {path} (watching for it)")

    def on_busy(error: Any) -> None:
        console.warn(f"{error.message}; trying again in {interval:g}s")

    def progress(round_number: int) -> Any:
        # The bar for the first round, which reads what the files already hold; a bar
        # flashing every few seconds for each later round's few lines would only flicker.
        return IngestProgress(enabled=show_progress and round_number == 1, quiet=quiet)

    with stop_on_sigterm() as stop:  # the round under way is finished first
        totals = follow(
            paths,
            store,
            opts,
            interval=interval,
            stop=stop,
            on_round=on_round,
            on_busy=on_busy,
            progress=progress,
        )
    if not quiet and summary_format != "json":
        console.info(
            f"followed: {totals.events:,} events in {totals.rounds:,} round(s)"
            + (f", {totals.rejected:,} line(s) rejected" if totals.rejected else "")
        )
