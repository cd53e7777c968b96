"""`errctl alert` (evaluate, record, deliver), `alert test RECEIVER`, and `errctl silence
add|list|expire`. Thin: options in, one call to errctl.alert, the result rendered (a summary on
stderr, `--format json` on stdout)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from errctl.cli.app import ErrctlTyper, options, translate_errors

if TYPE_CHECKING:
    from errctl.alert.delivery import DeliveryResult
    from errctl.alert.notification import Notification
    from errctl.alert.run import AlertRun, Backtest
    from errctl.models import Silence

_ALERT_EXAMPLES = """
Examples:

  errctl --config /etc/errctl/errctl.toml alert   # from cron, every 5 minutes, after ingest

  errctl alert --dry-run --format json   # what would be sent; nothing sent or recorded

  errctl alert --backtest --since 7d     # when each rule would have fired

  errctl alert test ops                  # a test message to the receiver `ops`

Rules and receivers live in [alerts] of the config (docs/alerts.md); cron starts in $HOME,
where no ./errctl.toml is, so name the config (no rules and no receivers: exit 2). A run
notifies what became true since the last one, once; what a receiver did not acknowledge stays
in the outbox and is sent by the next run. Exit codes: 0 ok; 1 a rule fired (with
--fail-on-fire); 2 usage or config error; 4 store error; 5 something is left undelivered
(unless --no-fail-on-delivery).
"""

_SILENCE_EXAMPLES = """
Examples:

  errctl silence add --match service=api --match rule=new --duration 2h --comment deploy

  errctl silence list

  errctl silence expire sil_1a2b3c4d

Labels: rule, kind, group (short id), fingerprint, service, severity, level, status; values
are globs (any case). A notification is held back when every matcher of a silence matches.
"""

alert_app = ErrctlTyper(
    name="alert",
    help="Evaluate the alert rules and notify the receivers (for cron).\n" + _ALERT_EXAMPLES,
    invoke_without_command=True,
    rich_markup_mode=None,
)
silence_app = ErrctlTyper(
    name="silence",
    help="Hold alert notifications back for a while.\n" + _SILENCE_EXAMPLES,
    no_args_is_help=True,
    rich_markup_mode=None,
)


@alert_app.callback()  # the examples are in the group's help already: not twice
@translate_errors
def alert(
    ctx: typer.Context,
    at: Annotated[
        str | None,
        typer.Option(
            help="Evaluate as of this time instead of now (ISO or 2h), with the groups "
            "resolved, ignored or merged as they were then."
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print what would be sent; send and record nothing."),
    ] = False,
    backtest: Annotated[
        bool,
        typer.Option(
            "--backtest",
            help="Show when each rule would have fired over stored history (with --since).",
        ),
    ] = False,
    since: Annotated[
        str | None, typer.Option(help="Start of the backtest: 7d, 24h, or ISO 8601.")
    ] = None,
    step: Annotated[str, typer.Option(help="Backtest: evaluate every this long.")] = "5m",
    fail_on_fire: Annotated[
        bool, typer.Option("--fail-on-fire", help="Exit 1 when any rule fired.")
    ] = False,
    fail_on_delivery: Annotated[
        bool,
        typer.Option(
            "--fail-on-delivery/--no-fail-on-delivery",
            help="Exit 5 when a notification is left undelivered in the outbox.",
        ),
    ] = True,
    output: Annotated[
        str, typer.Option("--format", help="text (a summary on stderr) or json (on stdout).")
    ] = "text",
) -> None:
    """Evaluate the alert rules, record what fired, and deliver it (and anything left in the
    outbox by earlier runs)."""
    if ctx.invoked_subcommand is not None:
        return
    from errctl.errors import DeliveryError, ExitCode, UsageError
    from errctl.query.timespec import parse_duration, parse_time, utc_now

    if output not in ("text", "json"):
        raise UsageError("--format must be text or json")
    opts = options(ctx)
    settings = opts.settings()
    store = opts.store()
    now = parse_time(at) if at else utc_now()
    if backtest or dry_run:  # the runs a person makes after editing the rules
        from errctl.alert.unmatched import unmatched_filters
        from errctl.cli.console import warn

        for sentence in unmatched_filters(store, settings.alerts.rules):
            warn(sentence)
    if backtest:
        from errctl.alert.run import backtest as run_backtest

        if since is None:
            raise UsageError("--backtest needs --since (e.g. --since 7d)")
        result = run_backtest(
            store, settings, parse_time(since, now=now), now, parse_duration(step)
        )
        _print_backtest(result, output)
        return
    if since is not None:
        raise UsageError("--since is for --backtest")
    from errctl.alert.run import run_alerts

    try:
        run = run_alerts(store, settings, at=now, dry_run=dry_run, replay=at is not None)
    except KeyboardInterrupt:
        from errctl.cli.console import info

        # What fired was recorded before sending, and each delivery as it was acknowledged:
        # the rest waits in the outbox, free for the next run once this process is gone.
        info(
            "interrupted: what was delivered is recorded; the next errctl alert run sends the rest"
        )
        raise typer.Exit(130) from None
    _print_run(run, output, settings)
    if run.undelivered and fail_on_delivery:
        raise DeliveryError(
            f"{run.undelivered} notification(s) left undelivered in the outbox",
            hint="the next errctl alert run retries them; --no-fail-on-delivery exits 0",
        )
    if fail_on_fire and run.fired:
        raise typer.Exit(int(ExitCode.FINDINGS))


@alert_app.command(name="test")
def alert_test(
    ctx: typer.Context,
    receiver: Annotated[str, typer.Argument(help="The receiver's name in [alerts.receivers].")],
) -> None:
    """Send a test notification to one receiver now (signed and retried; exit 5 if it
    fails)."""
    from errctl.alert.run import send_test
    from errctl.cli.console import info
    from errctl.errors import DeliveryError

    result = send_test(options(ctx).settings(), receiver)
    if not result.delivered:
        raise DeliveryError(
            f"the test notification to {receiver} failed after {result.attempts} attempt(s): "
            f"{result.error}"
        )
    info(f"delivered a test notification to {receiver} (HTTP {result.status}, id {result.id})")


# -- rendering ------------------------------------------------------------------------------


def _record(n: Notification, receivers: tuple[str, ...] = ()) -> dict[str, Any]:
    from errctl.alert.payloads import iso

    out = {
        "id": n.id,
        "status": n.status,
        "rule": n.rule,
        "kind": n.rule_kind,
        "key": n.key,
        "group": n.short_id,
        "title": n.title,
        "reason": n.reason,
        "count": n.count,
        "at": iso(n.at),
    }
    if receivers:
        out["receivers"] = list(receivers)
    return out


def _print_run(run: AlertRun, output: str, settings: Any) -> None:
    import orjson

    from errctl.alert.payloads import BUILDERS, iso
    from errctl.cli.console import info
    from errctl.cli.render import visible

    if output == "json":
        data: dict[str, Any] = {
            "at": iso(run.at),
            "dry_run": run.dry_run,
            "fired": run.fired,
            "notifications": [_record(p.notification, p.receivers) for p in run.sent],
            "summarized": [_record(n) for n in run.summarized],
            "summaries": [_record(p.notification, p.receivers) for p in run.summaries],
            "silenced": [{**_record(n), "silence": sid} for n, sid in run.silenced],
            "cooling": [{"rule": r, "key": k} for r, k in run.cooling],
        }
        if run.dry_run:
            receivers = settings.alerts.receivers
            data["payloads"] = [
                {
                    "id": p.notification.id,
                    "receiver": name,
                    "kind": receivers[name].kind,
                    "body": BUILDERS[receivers[name].kind](p.notification),
                }
                for p in (*run.sent, *run.summaries)
                for name in p.receivers
            ]
        if run.delivery is not None:
            data["delivery"] = {
                "delivered": [
                    {"id": r.id, "receiver": r.receiver, "attempts": r.attempts}
                    for r in run.delivery.delivered
                ],
                "failed": [
                    {
                        "id": r.id,
                        "receiver": r.receiver,
                        "attempts": r.attempts,
                        "status": r.status,
                        "error": r.error,
                        "next_attempt": iso(r.next_attempt),
                    }
                    for r in run.delivery.failed
                ],
                "pending": run.delivery.pending,
                "in_flight": run.delivery.in_flight,
            }
        typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
    elif run.dry_run:
        for p in (*run.sent, *run.summaries):
            n = p.notification
            title = visible(n.title.split("\n", 1)[0])[:100]
            typer.echo(
                f"{n.status.upper():<8} {n.rule or '-'}  {n.short_id or n.key or '-'}  {title}"
                f"  -> {', '.join(p.receivers)}"
            )
    # "new", not "sent": whether they reached a receiver is the delivery part's to say (a run
    # whose receiver is down decided them but sent nothing).
    parts = [
        f"{len(run.sent)} "
        + ("notification(s) would be sent" if run.dry_run else "new notification(s)")
    ]
    if run.summarized:
        parts.append(f"{len(run.summarized)} more in {len(run.summaries)} summary message(s)")
    if run.silenced:
        parts.append(f"{len(run.silenced)} silenced")
    if run.cooling:
        parts.append(f"{len(run.cooling)} cooling down")
    if run.delivery is not None:
        d = run.delivery
        parts.append(
            f"delivered {len(d.delivered)} of {len(d.results)} request(s); "
            f"{d.pending} left in the outbox"
            + (f"; {d.in_flight} being sent by another run" if d.in_flight else "")
        )
        skipped: dict[str, list[DeliveryResult]] = {}
        for r in d.failed:
            if r.skipped:
                skipped.setdefault(r.receiver, []).append(r)
                continue
            title = visible(r.title.split("\n", 1)[0])[:80]
            info(
                f"undelivered to {r.receiver}: {title} ({r.id}, {r.attempts} attempt(s)): {r.error}"
            )
        # A receiver that is down leaves every row after its first failure untried: one line
        # says so, where a line per row filled cron's mail with the same reason (a cap's 20
        # notifications and a summary: 21 lines a receiver).
        tried = {r.receiver for r in d.failed if not r.skipped}
        for receiver, rows in skipped.items():
            more = " more" if receiver in tried else ""
            info(f"undelivered to {receiver}: {len(rows)}{more} notification(s): {rows[0].error}")
    info(("errctl alert (dry run): " if run.dry_run else "errctl alert: ") + "; ".join(parts))


def _print_backtest(result: Backtest, output: str) -> None:
    import orjson

    from errctl.alert.payloads import iso
    from errctl.cli.console import info
    from errctl.cli.render import human_utc, visible

    if output == "json":
        data = {
            "since": iso(result.since),
            "until": iso(result.until),
            "step_seconds": result.step.total_seconds(),
            "notifications": result.notifications,
            "summaries": result.summaries,
            "total": result.total,
            "fires": [
                {
                    "at": iso(f.at),
                    "rule": f.rule,
                    "key": f.key,
                    "action": f.action,
                    "title": f.title,
                }
                for f in result.fires
            ],
        }
        typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
    else:
        for f in result.fires:
            title = visible(f.title.split("\n", 1)[0])[:80]
            at = human_utc(f.at, "%Y-%m-%d %H:%M")
            typer.echo(f"{at}  {f.action:<7}  {f.rule}  {f.key}  {title}")
    for rule, n in result.notifications.items():
        info(f"{rule}: {n} notification(s)")
    info(
        f"backtest {result.since:%Y-%m-%d %H:%M} to {result.until:%Y-%m-%d %H:%M} UTC every "
        f"{result.step}: {result.total} notification(s)"
        + (
            f" ({result.summaries} summary message(s) from the per-run cap)"
            if result.summaries
            else ""
        )
    )


# -- silences -------------------------------------------------------------------------------


@silence_app.command(name="add", epilog=_SILENCE_EXAMPLES)
def silence_add(
    ctx: typer.Context,
    match: Annotated[
        list[str],
        typer.Option("--match", help="label=glob; repeat it (all must match)."),
    ],
    duration: Annotated[str | None, typer.Option(help="How long: 30m, 2h, 1d.")] = None,
    until: Annotated[str | None, typer.Option(help="Or until this time (ISO 8601).")] = None,
    comment: Annotated[str | None, typer.Option(help="Why (shown by silence list).")] = None,
) -> None:
    """Silence the notifications whose labels match, for a while. Prints the silence id."""
    from errctl.alert.silences import add_silence, unknown_rule_matchers
    from errctl.cli.console import info, warn

    opts = options(ctx)
    s = add_silence(opts.store(), match, duration=duration, until=until, comment=comment)
    typer.echo(s.id)
    info(f"silenced until {s.expires_at:%Y-%m-%d %H:%M} UTC")
    for problem in unknown_rule_matchers(s, [r.name for r in opts.settings().alerts.rules]):
        warn(problem)


def _silence_record(s: Silence) -> dict[str, Any]:
    from errctl.alert.payloads import iso

    return {
        "id": s.id,
        "matchers": [f"{k}={v}" for k, v in s.matchers],
        "created_by": s.created_by,
        "comment": s.comment,
        "created_at": iso(s.created_at),
        "expires_at": iso(s.expires_at),
    }


@silence_app.command(name="list", epilog=_SILENCE_EXAMPLES)
def silence_list(
    ctx: typer.Context,
    all_: Annotated[bool, typer.Option("--all", help="Expired silences too.")] = False,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """List the active silences (newest first)."""
    import orjson

    from errctl.alert.silences import list_silences
    from errctl.cli.console import info
    from errctl.cli.render import human_utc, visible
    from errctl.errors import UsageError

    if output not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {output!r}")
    found = list_silences(options(ctx).store(), include_expired=all_)
    if output == "json":
        typer.echo(
            orjson.dumps([_silence_record(s) for s in found], option=orjson.OPT_INDENT_2).decode()
        )
        return
    if not found:  # said, as quarantine says it: no output at all read as a failed command
        info("no silences" if all_ else "no active silences (--all: expired ones too)")
    for s in found:
        matchers = " ".join(f"{k}={v}" for k, v in s.matchers)
        typer.echo(
            f"{s.id}  until {human_utc(s.expires_at, '%Y-%m-%d %H:%M')}  {visible(matchers)}  "
            f"by {s.created_by or '-'}  {visible(s.comment or '')}".rstrip()
        )


@silence_app.command(name="expire", epilog=_SILENCE_EXAMPLES)
def silence_expire(
    ctx: typer.Context,
    silence_id: Annotated[str, typer.Argument(help="The silence id (silence list shows it).")],
) -> None:
    """End a silence now."""
    from errctl.alert.silences import expire_silence
    from errctl.cli.console import info

    expire_silence(options(ctx).store(), silence_id)
    info(f"expired {silence_id}")
