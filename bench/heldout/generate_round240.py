#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 240 (earthly, turborepo, pants, pnpm, composer) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five build tools of one company's CI and deploys,
06:00 to 12:00 on 2024-06-07. The brief's Dagger is replaced by Turborepo, another build
orchestrator of the same pipelines, not in the set: the Dagger engine at its default (debug)
level writes mostly BuildKit's solver lines (BuildKit is in the set) and session internals
whose texts change by release and could not be checked, nor could the layout of the CLI's
plain progress (a tree of spans); Turborepo's own lines are checked against its integration
tests.

- Earthly v0.8 (`run-<id>-earthly.txt`, 38 files): the `Run earthly` step's raw log of each
  CI run of acme/ledger (a Go monorepo) on three self-hosted GitHub Actions runners, every
  line after the runner's time (`2024-06-07T06:05:37.1234567Z `, seven fractional digits; the
  step's `##[group]Run earthly --ci +ci` header with the script, shell and env under it up to
  `##[endgroup]`). Earthly writes to stderr without a TTY: no colours, and every target's
  line after its name right-justified in 20 columns (`               +test | `, a longer
  name cut to its path's initials: `g/golangci-lint:v1.59.1 | `), `*cached* ` after the bar
  for a cached vertex. Per run: the ` Init 🚀` phase header (an 80-column rule and a blank line
  under it), `Found buildkit daemon as docker container (earthly-buildkitd)`, ` Build 🔧`,
  `--> Load metadata %s %s` for three images, the vertices' headers (`--> FROM %s`, `-->
  WORKDIR %s`, `--> COPY %s`, `--> RUN %s`, `--> SAVE ARTIFACT %s`, `--> SAVE IMAGE %s`,
  `--> exporting outputs`, `[----------] 100% resolve %s`), the commands' output (`go:
  downloading %s %s`, go test's `ok  \t%s\t%.3fs` and `?   \t%s\t[no test files]`), the
  60-second `ongoing | +lint (1 minute ago)` line when nothing printed for a minute, ` Push
  Summary ⏫` with `Pushed image %s as %s` on main (` Push Summary ⏫ (disabled)`, `To enable
  pushing use earthly --push`, `Did not push image %s` on pull requests), ` Local Output
  Summary 🎁 (disabled)` (`--ci` implies `--no-output`), the SUCCESS bar after a blank line and
  the Satellites advertisement. A flaky `TestReconcileDaily` fails two runs 08:25-09:05
  (`--- FAIL: %s (%.2fs)`, the test's `    %s:%d: expected %d settled batches, got %d`,
  `FAIL`, `FAIL\t%s\t%.3fs`; the `ERROR %s:%d:%d` report of four lines, `+lint | WARN:
  Canceled`, the FAILURE bar, `Repeating the output of the command that caused the failure`,
  the vertex's output again under `+test *failed* | `, `Error: build target: build main:
  failed to solve: process "/bin/sh -c %s" did not complete successfully: exit code: %d` and
  the runner's `##[error]Process completed with exit code 1.`); Renovate's go.mod bump merged
  at 10:30 makes each runner download the new modules once.
- Turborepo 2.0 (`run-<id>-turbo.txt`, 24 files): the `Run pnpm turbo run build lint
  typecheck` step of acme/storefront's CI (five pnpm workspace packages, a self-hosted remote
  cache), the same runner's time before every line. With GITHUB_ACTIONS set Turborepo groups
  each task's output (`::group::@acme/web:build`, which the runner writes `##[group]...`,
  and `::endgroup::`), without the `pkg:task: ` prefix: `cache miss, executing %s` or `cache
  hit, replaying logs %s`, pnpm's script banner (a blank line, `> %s@%s %s %s`, `> %s`, a
  blank line: one write), vite's build (`vite v%s building for production...`,
  `transforming...`, `✓ %d modules transformed.`, `rendering chunks...`, `computing gzip
  size...`, a line per asset, the web app's `(!) Some chunks are larger than 500 kB ...`
  warning of five lines, `✓ built in %s`); the run's `• Packages in scope: %s`, `• Running %s
  in %d packages`, `• Remote caching enabled` (`disabled` for three fork pull requests without
  the token) and its summary (` Tasks:    %d successful, %d total`, `Cached:    %d cached, %d
  total`, `  Time:    %s ` or `  Time:    %s >>> FULL TURBO`). A pull request with an unused
  variable fails lint 07:18-07:58 (ESLint's stylish report, pnpm's ` ELIFECYCLE  Command
  failed with exit code %d.`, Turborepo's `[ERROR] command finished with error: command (%s)
  %s run %s exited (%d)`, the `::error::` annotation, `Failed:    %s`, ` ERROR  run failed:
  command  exited (%d)`), another fails typecheck 08:28-09:12 (tsc's `%s(%d,%d): error
  TS%d: Type '%s' is not assignable to type '%s'.`); turbo.json's change at 09:31 misses the
  cache for every task for a quarter of an hour.
- Pants 2.20 (`ci-runner-1-pants.log`, `ci-runner-2-pants.log`, `dev-vm-pants.log`): pantsd's
  `.pants.d/pants.log` in two persistent CI runners' workspaces and a developer's VM
  (`06:01:11.21 [INFO] Extending leases`: the time of day to the hundredth, no date). What a
  client's run logs goes to the client; the daemon's log holds the daemon's own lines: the
  StoreGCService's `Extending leases` / `Done extending leases` every 72 s (a tenth of an hour
  of its two-hour lease, polled every 10 s) and hourly `Garbage collecting store.
  target_size=%s` / `Done garbage collecting store`, each request's `handling request: `%s``
  and `request completed: `%s``, the watcher's `notify invalidation: cleared %d and dirtied %d
  nodes for: %s` (a HashSet's Debug) and `... for all paths`, and restarts: pants.toml changed
  at 08:14 and by the 2.20.2 upgrade at 10:31 (`saw filesystem changes covered by invalidation
  globs: content changed (%s fs %s). terminating the daemon.` at ERROR, `Waiting for ongoing
  runs to complete before exiting...`, `Waiting for Sessions to complete before exiting...`,
  `Exiting pantsd`, the next client's `pantsd %s running with PID: %d`), the VM's daemon over
  its memory limit twice (`The scheduler was invalidated: Exception('pantsd process %d was
  using %d bytes of memory (above the limit of %d bytes).')`) and beside another daemon once,
  a cleanup job deleting runner 2's pidfile at 11:02.
- pnpm 9 (`run-<id>-build.txt`, 47 files): the Build step of acme/orders' CI (a workspace of
  five projects; `pnpm install --frozen-lockfile`, `pnpm -r run lint`, `pnpm -r run build`,
  and `pnpm deploy --filter @acme/orders-api --prod dist/api` on main), the runner's time
  before every line; no TTY, so the append-only reporter and no colours, its ` WARN ` and
  ` ERR_PNPM_* ` badges between thin spaces (U+2009). `Scope: all %d workspace projects`,
  `Lockfile is up to date, resolution step is skipped`, a `Progress: resolved %d, reused %d,
  downloaded %d, added %d` line a second (`, done` at the end), `Packages: +%d` over its bar of
  `+`, `Packages are hard linked from the content-addressable store to the virtual store.`
  with the store's and virtual store's paths, dependencies' lifecycle scripts (`%s %s$ %s` and
  `%s %s: Done`), the root's `devDependencies:` summary (a write opening with a blank line),
  `Done in %s`; each project's lint and build under `Scope: %d of %d workspace projects`. The
  cache service and the registry fail 07:02-07:33 (the store downloaded again, ` WARN  GET %s
  error (ECONNRESET). Will retry in %s. %d retries left.`); a pull request edits
  apps/api/package.json without the lockfile 08:48-09:24 (` ERR_PNPM_OUTDATED_LOCKFILE `
  with its note and failure reason, exit 1); another breaks apps/api's types 10:06-10:41
  (tsc's `%s(%d,%d): error TS%d: Property '%s' does not exist on type '%s'.` after pnpm's
  `apps/api build: `, `apps/api build: Failed`, the `ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL`
  report under the project's path, exit 2); Renovate's lockfile of 11:05 misses the store once.
- Composer 2.7 (`stage-01-deploy.log`, `web-01-deploy.log`, `web-02-deploy.log`,
  `web-03-deploy.log`): `journalctl -u deploy-shop -o short-iso` on a staging host (every
  merge to main) and three production hosts (four releases rolled over them), a Symfony 7.1
  shop installed into a fresh release directory by `deploy.sh` (`==> Deploying %s to %s`,
  `==> Release %s is live`, `==> Deploy failed at %s (exit %d)`) with `composer install
  --no-dev --no-interaction --prefer-dist --optimize-autoloader --no-progress`, one journal
  entry per line, systemd's own lines about the unit. Per deploy `Installing dependencies from
  lock file`, `Verifying lock file contents can be installed on current platform.`, `Package
  operations: %d installs, %d updates, %d removals`, `  - Downloading %s (%s)` for what the
  host's cache lacks, `  - Installing %s (%s): Extracting archive` for each of 63 packages,
  `Generating optimized autoload files`, the funding note of two lines, Symfony Flex's `Run
  composer recipes ...` between blank lines and `Executing script %s [OK]`, `No security
  vulnerability advisories found.`; staging runs Composer as root (`Do not run Composer as
  root/super user! ...`). Symfony 7.1.1 merged at 09:12 (18 packages downloaded once per host);
  staging's Redis down 09:40-10:15 (`Executing script cache:clear [KO]`, ` [KO]`, `Script %s
  returned with error code %d` with the command's output under `!!  `, `Script %s was called
  via %s`); a composer.json edited without its lock 10:34-10:58 (the lock file warning and
  `- Required package "%s" is not present in the lock file.` of four lines, exit 4); GitHub
  answers 502 for a dist at 11:31 on web-02 (`Failed to download %s from dist: ...`, `    Now
  trying to download from source`, `  - Syncing %s (%s) into cache`).

Label notes. The wrappers are context: the Actions runner's time, journald's time, host and
ident, pants.log's time and level, Earthly's right-justified target and ` | ` (with
`*cached*` and `*failed*`), pnpm's `<project> <stage>: ` before a script's line, Flex's `!!  `,
`##[group]`/`##[error]` (the runner's rendering of `::group::`/`::error::`). The runner's step
header is one event (`Run %s`), the script, shell and env under it its lines. A value that is a
message of its own contributes its format (Earthly's vertex names: `--> RUN %s`, `--> COPY %s`;
the errors inside Earthly's, Pants' and Composer's reports). A write is one event, labelled at
its first line even when that line is blank (pnpm's banner and summaries, ESLint's report,
vite's warning, Earthly's bars; round 235's cosign); a blank line written alone has no row.
Earthly's repeat of a failed vertex's output gives each line the label it had (go test wrote
each). Written from the helper's knowledge and checked against copies of the sources where
noted: Earthly's conslogging (phase headers, bars, prefix), outmon's solver monitor and
vertex monitor (`-->`, progress, ongoing, the error report, the repeat), builder (phases,
summaries), buildkitd.go and build.go's Satellites line, and a published v0.8 run; Turborepo's
integration tests (GitHub Actions grouping, error lines, summary, FULL TURBO, cache lines);
pnpm's default reporter (progress, stats, summary, context, scope, deprecations, retries,
execution time, error summary); pantsd's daemon, core, runner, scheduler and store GC services
and the graph's invalidation log; Composer's Installer (install, verify, operations, funding,
warnings) and the root warning. Least sure: whether Earthly 0.8.13 in Actions also writes
`::group::` around its phases, its final `Error: build target: ...` line, the progress bar's
dashes at 100%, and the `logbus | Setting organization ... and project ...` line a published
v0.8 run shows under Build (left out here); Turborepo's blank line before its summary and 2.0's
`Running %s in %d packages`; pnpm's placement of the context block, the OUTDATED_LOCKFILE
note and failure reason, the blank line in the RECURSIVE_RUN_FIRST_FAIL report; pants.log
getting `handling request` and the watcher's lines (not the client's), the GC's target size and
the Digest repr; Composer's dist failure and sync lines, the missing-requirement text, Flex's
`[KO]` lines and the `!!` block, systemd 252's unit lines.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
CS = 10_000
SEC = 1_000_000

Lines = Callable[[datetime], list[str]]


# ------------------------------------------------------------------------- GitHub Actions


def gha_ts(t: datetime) -> str:
    """The runner's timestamp before every line of a job's raw log: seven fractional digits."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{(t.microsecond // 7 + t.second) % 10}Z"


class Gha:
    """One GitHub Actions step's raw log (a file): every line with the runner's timestamp, the
    lines of one write a few microseconds apart; distinct writes at least a millisecond apart."""

    def __init__(self, fs: Files, name: str) -> None:
        self.fs = fs
        self.name = name

    def w(self, t: datetime, label: str | None, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{gha_ts(x + timedelta(microseconds=13 * i))} {line}"
                for i, line in enumerate(lines)
            ]

        return self.fs.add(self.name, t, label, text, self.name, MS)

    def step(self, t: datetime, command: str, env: list[tuple[str, str]]) -> datetime:
        """The runner's step header: `Run <command>` over the script, shell and env."""
        lines = [f"##[group]Run {command}", command, "shell: /usr/bin/bash -e {0}"]
        if env:
            lines.append("env:")
            lines += [f"  {k}: {v}" for k, v in env]
        lines.append("##[endgroup]")
        return self.w(t, "Run %s", lines)

    def exit(self, t: datetime, code: int) -> datetime:
        return self.w(
            t,
            "Process completed with exit code %d.",
            [f"##[error]Process completed with exit code {code}."],
        )


# ---------------------------------------------------------------------------------- earthly

EA_PHASE_BAR = "—" * 80
EA_SATELLITES = "🛰️ Reuse cache between CI runs with Earthly Satellites! 2-20X faster than without cache. Generous free tier https://cloud.earthly.dev"
EA_GOLANG = "golang:1.22-alpine3.20"
EA_LINT = "golangci/golangci-lint:v1.59.1"
EA_DISTROLESS = "gcr.io/distroless/static-debian12:nonroot"
EA_MODULE = "github.com/acme/ledger"
# package, tests (low, high seconds) or None: no test files
EA_PACKAGES = [
    ("cmd/api", None),
    ("cmd/worker", None),
    ("cmd/ledgerctl", None),
    ("internal/account", (0.4, 1.3)),
    ("internal/api", (1.1, 2.9)),
    ("internal/api/middleware", (0.2, 0.6)),
    ("internal/journal", (0.9, 2.2)),
    ("internal/ledger", (1.6, 3.8)),
    ("internal/money", (0.05, 0.2)),
    ("internal/outbox", (2.1, 4.4)),
    ("internal/reconcile", (3.2, 6.1)),
    ("internal/store/postgres", (4.8, 9.7)),
    ("internal/worker", (0.7, 1.8)),
    ("pkg/idempotency", (0.1, 0.4)),
    ("pkg/iso20022", (0.3, 0.9)),
]
EA_MODULES = [
    ("github.com/jackc/pgx/v5", "v5.6.0"),
    ("github.com/go-chi/chi/v5", "v5.0.12"),
    ("github.com/shopspring/decimal", "v1.4.0"),
    ("github.com/google/uuid", "v1.6.0"),
    ("github.com/prometheus/client_golang", "v1.19.1"),
    ("go.opentelemetry.io/otel", "v1.27.0"),
    ("go.opentelemetry.io/otel/trace", "v1.27.0"),
    ("github.com/stretchr/testify", "v1.9.0"),
    ("golang.org/x/sync", "v0.7.0"),
    ("github.com/jackc/pgpassfile", "v1.0.0"),
    ("github.com/jackc/pgservicefile", "v0.0.0-20231201235250-de7065d80cb9"),
    ("github.com/jackc/puddle/v2", "v2.2.1"),
    ("golang.org/x/crypto", "v0.24.0"),
    ("golang.org/x/text", "v0.16.0"),
    ("github.com/beorn7/perks", "v1.0.1"),
    ("github.com/cespare/xxhash/v2", "v2.3.0"),
    ("github.com/prometheus/client_model", "v0.6.1"),
    ("github.com/prometheus/common", "v0.54.0"),
    ("github.com/prometheus/procfs", "v0.15.1"),
    ("google.golang.org/protobuf", "v1.34.1"),
    ("github.com/go-logr/logr", "v1.4.2"),
    ("go.opentelemetry.io/otel/metric", "v1.27.0"),
    ("github.com/davecgh/go-spew", "v1.1.2-0.20180830191138-d8f796af33cc"),
    ("github.com/pmezard/go-difflib", "v1.0.1-0.20181226105442-5d4384ee4fb2"),
    ("gopkg.in/yaml.v3", "v3.0.1"),
]
# Renovate's bump of 10:30 (pgx, otel, prometheus)
EA_BUMPED = [
    ("github.com/jackc/pgx/v5", "v5.6.1"),
    ("go.opentelemetry.io/otel", "v1.28.0"),
    ("go.opentelemetry.io/otel/trace", "v1.28.0"),
    ("go.opentelemetry.io/otel/metric", "v1.28.0"),
    ("github.com/prometheus/client_golang", "v1.20.0"),
    ("github.com/prometheus/common", "v0.55.0"),
    ("github.com/klauspost/compress", "v1.17.9"),
]


def ea_prefix(p: str) -> str:
    """conslogging's prettyPrefix: right-justified in 20 columns; a longer name keeps its last
    path element and the first letter of each element before it."""
    if len(p) > 20:
        parts = p.split("/")
        p = "".join((x[0] if x and x != ".." else x) + "/" for x in parts[:-1]) + parts[-1]
    return f"{p:>20}"


def ea_bar(center: str) -> str:
    """conslogging's PrintBar: the message centred in 80 columns of `=`."""
    center = f" {center} "
    side = (80 - len(center)) // 2
    return "=" * side + center + "=" * (side + (len(center) % 2))


EA_SUCCESS = ea_bar("🌍 Earthly Build  ✅ SUCCESS")
EA_FAILURE = ea_bar("❌ FAILURE [Build 🔧]")
EA_ERR_EXIT = "ERROR %s:%d:%d\\n      The command\\n          %s\\n      did not complete successfully. Exit code %d"


class EaRun:
    """One `earthly --ci [--push] +ci` step's output on a runner: writes at given instants."""

    def __init__(self, g: Gha, t: datetime) -> None:
        self.g = g
        self.t = t

    def p(
        self,
        t: datetime,
        target: str,
        label: str | None,
        msg: str,
        cached: bool = False,
        failed: bool = False,
    ) -> datetime:
        mark = " *failed*" if failed else ""
        c = "*cached* " if cached else ""
        return self.g.w(t, label, [f"{ea_prefix(target)}{mark} | {c}{msg}"])

    def block(
        self, t: datetime, target: str, label: str | None, lines: list[str], failed: bool = False
    ) -> datetime:
        mark = " *failed*" if failed else ""
        return self.g.w(t, label, [f"{ea_prefix(target)}{mark} | {x}" for x in lines])

    def seq(
        self, dt: float, target: str, label: str | None, msg: str, cached: bool = False
    ) -> None:
        """The next write, `dt` seconds after the last one of the sequence."""
        self.t = self.p(self.t + sec(dt), target, label, msg, cached)

    def bare(self, dt: float, label: str | None, lines: list[str]) -> None:
        self.t = self.g.w(self.t + sec(dt), label, lines)

    def phase(self, dt: float, name: str) -> None:
        self.bare(dt, f" {name}", [f" {name}", EA_PHASE_BAR, ""])

    def footer(self, dt: float) -> None:
        self.bare(dt, None, [""])


def earthly(r: random.Random) -> list[Log]:
    """Earthly's step logs of the day's CI runs of acme/ledger (see the module docstring)."""
    fs = Files()
    runners = ["gha-runner-01", "gha-runner-02", "gha-runner-03"]
    upgraded: set[str] = set()
    upgrade_at = at(10, 30)
    run_id = 9412380011
    starts: list[datetime] = []
    t = T0 + sec(r.uniform(200, 400))
    while t < T_END - sec(500):
        starts.append(t)
        t += sec(r.expovariate(1 / 420) + 150)
    busy: dict[str, datetime] = dict.fromkeys(runners, T0)
    for start in starts:
        runner = min(busy, key=lambda k: busy[k])
        if busy[runner] > start:
            start = busy[runner] + sec(r.uniform(3, 20))
        run_id += r.randint(3, 90)
        main = r.random() < 0.42
        g = Gha(fs, f"run-{run_id}-earthly.txt")
        e = EaRun(g, start)
        e.t = g.step(
            e.t,
            "earthly --ci --push +ci" if main else "earthly --ci +ci",
            [("REGISTRY", "ghcr.io/acme")],
        )
        e.phase(0.3, "Init 🚀")
        e.seq(
            0.2,
            "buildkitd",
            "Found buildkit daemon as docker container (%s)",
            "Found buildkit daemon as docker container (earthly-buildkitd)",
        )
        # Renovate's go.mod bump merged at 10:30: each runner downloads the new modules once
        bumped = start >= upgrade_at and runner not in upgraded
        if start >= upgrade_at:
            upgraded.add(runner)
        e.footer(0.01)
        e.phase(0.2, "Build 🔧")
        for img in (EA_GOLANG, EA_LINT, EA_DISTROLESS):
            e.seq(
                r.uniform(0.05, 0.4),
                img,
                "--> Load metadata %s %s",
                f"--> Load metadata {img} linux/amd64",
            )
        ea_build(r, e, main, start, bumped, run_id)
        busy[runner] = e.t
    return fs.logs(T0)


def ea_build(
    r: random.Random, e: EaRun, main: bool, start: datetime, bumped: bool, run_id: int
) -> None:
    """The Build phase after the metadata, the summaries and the result."""
    g = e.g
    flaky = (at(8, 25), at(9, 5))
    sha, pr = hexid(r, 7), r.randint(402, 431)
    e.seq(0.3, "+deps", "--> FROM %s", f"--> FROM {EA_GOLANG}")
    e.seq(
        0.2,
        "+deps",
        "[%s] %3d%% resolve %s",
        f"[----------] 100% resolve docker.io/library/{EA_GOLANG}@sha256:{hexid(r, 64)}",
    )
    e.seq(0.1, "+deps", "--> WORKDIR %s", "--> WORKDIR /src", cached=True)
    deps_cached = not bumped and r.random() < 0.88
    e.seq(0.2, "+deps", "--> COPY %s", "--> COPY go.mod go.sum ./", cached=deps_cached)
    e.seq(0.1, "+deps", "--> RUN %s", "--> RUN go mod download", cached=deps_cached)
    if not deps_cached:
        for m, v in EA_BUMPED if bumped else r.sample(EA_MODULES, r.randint(1, 4)):
            e.seq(
                r.uniform(0.05, 0.5), "+deps", "go: downloading %s %s", f"go: downloading {m} {v}"
            )
    e.seq(0.2, "+lint", "--> FROM %s", f"--> FROM {EA_LINT}")
    e.seq(0.1, "+lint", "--> WORKDIR %s", "--> WORKDIR /src", cached=True)
    for tg in ("+lint", "+test", "+build"):
        e.seq(r.uniform(0.1, 0.3), tg, "--> COPY %s", "--> COPY . .")
    e.seq(0.4, "+lint", "--> RUN %s", "--> RUN golangci-lint run --timeout 5m ./...")
    e.seq(0.1, "+test", "--> RUN %s", "--> RUN go test -race -count=1 ./...")
    e.seq(
        0.1, "+build", "--> RUN %s", "--> RUN CGO_ENABLED=0 go build -trimpath -o /out/ ./cmd/..."
    )
    base = e.t
    slow = 1.3 if bumped else 1.0
    # the build's vertex prints nothing; the image is assembled as soon as it is done
    tb = e.p(
        base + sec(r.uniform(24, 38) * slow),
        "+build",
        "--> SAVE ARTIFACT %s",
        "--> SAVE ARTIFACT /out/* +build/",
    )
    tb = e.p(tb + sec(0.2), "+docker", "--> FROM %s", f"--> FROM {EA_DISTROLESS}")
    tb = e.p(
        tb + sec(0.2),
        "+docker",
        "[%s] %3d%% resolve %s",
        f"[----------] 100% resolve {EA_DISTROLESS}@sha256:{hexid(r, 64)}",
    )
    for b in ("api", "worker", "ledgerctl"):
        tb = e.p(
            tb + sec(r.uniform(0.1, 0.6)),
            "+docker",
            "--> COPY %s",
            f"--> COPY +build/{b} /usr/local/bin/{b}",
        )
    tag = f"ghcr.io/acme/ledger:{sha}" if main else f"ghcr.io/acme/ledger:pr-{pr}"
    tb = e.p(tb + sec(0.2), "+docker", "--> SAVE IMAGE %s", f"--> SAVE IMAGE --push {tag}")
    last = tb
    # go test prints each package as it finishes
    test_fail = in_any(start, [flaky]) and run_id % 3 != 0
    tt = base + sec(r.uniform(8, 14) * slow)
    test_out: list[tuple[str, str]] = []
    for pkg, span in EA_PACKAGES:
        if span is None:
            test_out.append(
                ("?   \\t%s\\t[no test files]", f"?   \t{EA_MODULE}/{pkg}\t[no test files]")
            )
        elif pkg == "internal/reconcile" and test_fail:
            test_out += [
                (
                    "--- FAIL: %s (%.2fs)",
                    f"--- FAIL: TestReconcileDaily ({r.uniform(0.6, 1.1):.2f}s)",
                ),
                (
                    "    %s:%d: expected %d settled batches, got %d",
                    "    reconcile_test.go:142: expected 3 settled batches, got 2",
                ),
                ("FAIL", "FAIL"),
                ("FAIL\\t%s\\t%.3fs", f"FAIL\t{EA_MODULE}/{pkg}\t{r.uniform(*span) * 1.9:.3f}s"),
            ]
        else:
            test_out.append(
                ("ok  \\t%s\\t%.3fs", f"ok  \t{EA_MODULE}/{pkg}\t{r.uniform(*span) * 1.9:.3f}s")
            )
    if test_fail:
        test_out.append(("FAIL", "FAIL"))
    for label, line in test_out:
        tt = e.p(tt + sec(r.uniform(0.3, 4.5) * slow), "+test", label, line)
    last = max(last, tt)
    lint_end = base + sec(r.uniform(45, 150) * slow)
    end = tt if test_fail else lint_end
    if end > last + sec(60):
        quiet = last + sec(60)
        n = int((quiet - base).total_seconds() // 60)
        e.p(quiet, "ongoing", "%s", f"+lint ({n} minute{'s' if n > 1 else ''} ago)")
    if test_fail:
        fail_target, fail_op, where = "+test", "RUN go test -race -count=1 ./...", "Earthfile:31:4"
        fail_out = test_out
        e.t = tt + sec(0.3)
    else:
        e.t = max(lint_end, last) + sec(0.2)
        fail_target = ""
    if fail_target:
        err = [
            "ERROR " + where,
            "      The command",
            "          " + fail_op,
            "      did not complete successfully. Exit code 1",
        ]
        e.t = e.block(e.t, fail_target, EA_ERR_EXIT, err)
        if fail_target == "+test":
            e.seq(0.05, "+lint", "WARN: Canceled", "WARN: Canceled")
        e.bare(0.2, "\\n" + EA_FAILURE, ["", EA_FAILURE, ""])
        e.bare(
            0.01,
            "Repeating the output of the command that caused the failure",
            ["Repeating the output of the command that caused the failure"],
        )
        e.t = e.p(e.t + sec(0.01), fail_target, "--> RUN %s", "--> " + fail_op, failed=True)
        # the tail of the vertex's output, each line as go test wrote it
        for label, line in fail_out:
            e.t = e.p(e.t + sec(0.001), fail_target, label, line, failed=True)
        e.t = e.block(e.t + sec(0.01), fail_target, EA_ERR_EXIT, err, failed=True)
        e.bare(
            0.1,
            'Error: build target: build main: failed to solve: process "/bin/sh -c %s" did not complete successfully: exit code: %d',
            [
                f'Error: build target: build main: failed to solve: process "/bin/sh -c {fail_op[4:]}" did not complete successfully: exit code: 1'
            ],
        )
        e.t = g.exit(e.t + sec(0.3), 1)
        return
    e.seq(0.2, "output", "--> exporting outputs", "--> exporting outputs")
    e.footer(r.uniform(2, 7) if main else 0.5)
    if main:
        e.phase(0.05, "Push Summary ⏫")
        e.bare(0.02, "Pushed image %s as %s", [f"Pushed image {EA_MODULE}:main+docker as {tag}"])
    else:
        e.phase(0.05, "Push Summary ⏫ (disabled)")
        e.bare(
            0.01, "To enable pushing use earthly --push", ["To enable pushing use earthly --push"]
        )
        e.bare(0.01, "Did not push image %s", [f"Did not push image {tag}"])
    e.footer(0.01)
    e.phase(0.01, "Local Output Summary 🎁 (disabled)")
    e.footer(0.01)
    e.bare(0.01, "\\n" + EA_SUCCESS, ["", EA_SUCCESS, ""])
    e.bare(0.01, EA_SATELLITES, [EA_SATELLITES])


# -------------------------------------------------------------------------------- turborepo

TU_ROOT = "/home/runner/work/storefront/storefront"
TU_PNPM = "/home/runner/setup-pnpm/node_modules/.bin/pnpm"
# package, dir, version, build script (None: tsc), dependencies
TU_PACKAGES = [
    ("@acme/utils", "packages/utils", "1.3.0", None, []),
    ("@acme/api-client", "packages/api-client", "2.7.1", None, ["@acme/utils"]),
    ("@acme/ui", "packages/ui", "0.18.4", None, ["@acme/utils"]),
    (
        "@acme/web",
        "apps/web",
        "0.9.0",
        "tsc -b && vite build",
        ["@acme/ui", "@acme/api-client", "@acme/utils"],
    ),
    (
        "@acme/admin",
        "apps/admin",
        "0.4.2",
        "tsc -b && vite build",
        ["@acme/ui", "@acme/api-client"],
    ),
]
TU_SCRIPTS = {
    "build": "tsc -p tsconfig.build.json",
    "lint": "eslint . --max-warnings 0",
    "typecheck": "tsc --noEmit",
}
TU_ASSETS = {
    "@acme/web": [
        ("index.html", 0.62, 0.38),
        ("assets/index-{h}.css", 48.21, 8.94),
        ("assets/vendor-{h}.js", 142.7, 46.12),
        ("assets/index-{h}.js", 612.44, 187.03),
    ],
    "@acme/admin": [
        ("index.html", 0.55, 0.34),
        ("assets/index-{h}.css", 31.07, 6.02),
        ("assets/index-{h}.js", 388.9, 118.6),
    ],
}


def tu_hash(r: random.Random) -> str:
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for _ in range(8)
    )


def tu_task_output(
    r: random.Random, pkg: tuple, task: str, fail: str
) -> list[tuple[str | None, list[str]]]:
    """The task's own output as pnpm and its script print it: (label, lines of one write)."""
    name, d, version, build, _ = pkg
    script = build if (task == "build" and build) else TU_SCRIPTS[task]
    out: list[tuple[str | None, list[str]]] = [
        (
            "\\n> %s %s %s\\n> %s\\n",
            ["", f"> {name}@{version} {task} {TU_ROOT}/{d}", f"> {script}", ""],
        )
    ]
    if task == "build" and build:
        mods = 1843 if name == "@acme/web" else 1207
        out += [
            ("vite v%s building for production...", ["vite v5.2.13 building for production..."]),
            ("transforming...", ["transforming..."]),
            ("✓ %d modules transformed.", [f"✓ {mods + r.randint(-3, 3)} modules transformed."]),
            ("rendering chunks...", ["rendering chunks..."]),
            ("computing gzip size...", ["computing gzip size..."]),
        ]
        assets = TU_ASSETS[name]
        width = max(len(f"dist/{a.format(h='XXXXXXXX')}") for a, _, _ in assets) + 2
        for a, size, gz in assets:
            path = f"dist/{a.format(h=tu_hash(r))}"
            sz = size * r.uniform(0.995, 1.005)
            out.append(
                (
                    "%s %s kB │ gzip: %s kB",
                    [
                        f"{path:<{width}}{sz:>7.2f} kB │ gzip: {gz * r.uniform(0.995, 1.005):>6.2f} kB"
                    ],
                )
            )
        if name == "@acme/web":
            out.append(
                (
                    "\\n(!) Some chunks are larger than 500 kB after minification. Consider:\\n- Using dynamic import() to code-split the application\\n- Use build.rollupOptions.output.manualChunks to improve chunking: https://rollupjs.org/configuration-options/#output-manualchunks\\n- Adjust chunk size limit for this warning via build.chunkSizeWarningLimit.",
                    [
                        "",
                        "(!) Some chunks are larger than 500 kB after minification. Consider:",
                        "- Using dynamic import() to code-split the application",
                        "- Use build.rollupOptions.output.manualChunks to improve chunking: https://rollupjs.org/configuration-options/#output-manualchunks",
                        "- Adjust chunk size limit for this warning via build.chunkSizeWarningLimit.",
                    ],
                )
            )
        out.append(("✓ built in %s", [f"✓ built in {r.uniform(6.5, 12.5):.2f}s"]))
    if fail == "lint":
        out.append(
            (
                "\\n%s\\n  %d:%d  error  '%s' is assigned a value but never used  %s\\n\\n✖ %d problem (%d error, %d warnings)\\n",
                [
                    "",
                    f"{TU_ROOT}/{d}/src/checkout/CouponField.tsx",
                    "  41:9  error  'discount' is assigned a value but never used  @typescript-eslint/no-unused-vars",
                    "",
                    "✖ 1 problem (1 error, 0 warnings)",
                    "",
                ],
            )
        )
    if fail == "typecheck":
        for file, ln, col, a, b in [
            ("src/orders/RefundDialog.tsx", 57, 11, "string", "number"),
            ("src/orders/RefundDialog.tsx", 88, 24, "string | undefined", "string"),
        ]:
            out.append(
                (
                    "%s(%d,%d): error TS%d: Type '%s' is not assignable to type '%s'.",
                    [
                        f"{file}({ln},{col}): error TS2322: Type '{a}' is not assignable to type '{b}'."
                    ],
                )
            )
    if fail:
        out.append(
            (
                "ELIFECYCLE  Command failed with exit code %d.",
                ["\u2009ELIFECYCLE\u2009 Command failed with exit code 1."],
            )
        )
    return out


def turborepo(r: random.Random) -> list[Log]:
    """Turborepo's step logs of the day's CI runs of acme/storefront (see the module docstring)."""
    fs = Files()
    lint_pr = (at(7, 18), at(7, 58))
    tsc_pr = (at(8, 28), at(9, 12))
    global_change = at(9, 31)
    starts: list[datetime] = []
    t = T0 + sec(r.uniform(120, 300))
    while t < T_END - sec(300):
        starts.append(t)
        t += sec(r.expovariate(1 / 540) + 240)
    run_id = 9412570003
    cache: dict[tuple[str, str], str] = {}
    changed_last: set[str] = set()
    for start in starts:
        run_id += r.randint(5, 120)
        g = Gha(fs, f"run-{run_id}-turbo.txt")
        fork = r.random() < 0.12
        env = (
            []
            if fork
            else [
                ("TURBO_TOKEN", "***"),
                ("TURBO_TEAM", "acme"),
                ("TURBO_API", "https://turbo-cache.acme.dev"),
            ]
        )
        t = g.step(start, "pnpm turbo run build lint typecheck", env)
        names = sorted(p[0] for p in TU_PACKAGES)
        t = g.w(
            t + sec(r.uniform(0.8, 1.6)),
            "• Packages in scope: %s",
            [f"• Packages in scope: {', '.join(names)}"],
        )
        t = g.w(
            t + sec(0.002),
            "• Running %s in %d packages",
            [f"• Running build, lint, typecheck in {len(names)} packages"],
        )
        if fork:
            t = g.w(t + sec(0.002), "• Remote caching disabled", ["• Remote caching disabled"])
        else:
            t = g.w(t + sec(0.002), "• Remote caching enabled", ["• Remote caching enabled"])
        # what changed since the cached runs: a package or two, everything after turbo.json's change
        if start >= global_change and start < global_change + sec(900):
            changed = {p[0] for p in TU_PACKAGES}
        else:
            changed = set(r.sample([p[0] for p in TU_PACKAGES], r.choice([0, 0, 1, 1, 2]))) | (
                changed_last if r.random() < 0.2 else set()
            )
        changed_last = changed
        fail = ""
        if in_any(start, [lint_pr]):
            fail, fail_pkg = "lint", "@acme/web"
        elif in_any(start, [tsc_pr]):
            fail, fail_pkg = "typecheck", "@acme/admin"
        if fail:
            changed.add(fail_pkg)
        dirty: set[str] = set()
        done = cached_n = 0
        total = len(TU_PACKAGES) * 3
        failed_task = ""
        t += sec(r.uniform(0.5, 2))
        order = [(p, task) for task in ("build", "lint", "typecheck") for p in TU_PACKAGES]
        order.sort(key=lambda x: (TU_PACKAGES.index(x[0]), x[1] != "build"))
        for pkg, task in order:
            name = pkg[0]
            is_dirty = name in changed or any(dep in dirty for dep in pkg[4])
            if task == "build" and is_dirty:
                dirty.add(name)
            key = (name, task)
            hit = not fork and not is_dirty and key in cache
            h = cache[key] if hit else hexid(r, 16)
            this_fail = fail if (fail == task and name == fail_pkg) else ""
            dur = (
                0.05
                if hit
                else (r.uniform(9, 16) if (task == "build" and pkg[3]) else r.uniform(2.5, 8))
            )
            t += sec(dur)
            t = g.w(t, "::group::%s", [f"##[group]{name}:{task}"])
            if hit:
                t = g.w(
                    t + sec(0.001),
                    "cache hit, replaying logs %s",
                    [f"cache hit, replaying logs {h}"],
                )
            else:
                t = g.w(t + sec(0.001), "cache miss, executing %s", [f"cache miss, executing {h}"])
            for label, lines in tu_task_output(r, pkg, task, this_fail):
                t = g.w(t + sec(0.001), label, lines)
            if this_fail:
                d = pkg[1]
                msg = f"command ({TU_ROOT}/{d}) {TU_PNPM} run {task} exited (1)"
                t = g.w(
                    t + sec(0.002),
                    "[ERROR] command finished with error: command (%s) %s run %s exited (%d)",
                    [f"[ERROR] command finished with error: {msg}"],
                )
                t = g.w(t + sec(0.001), "::endgroup::", ["##[endgroup]"])
                t = g.w(
                    t + sec(0.001),
                    "%s#%s: command (%s) %s run %s exited (%d)",
                    [f"##[error]{name}#{task}: {msg}"],
                )
                failed_task = f"{name}#{task}"
                break
            t = g.w(t + sec(0.001), "::endgroup::", ["##[endgroup]"])
            done += 1
            if hit:
                cached_n += 1
            elif not fork:
                cache[key] = h
        elapsed = (t - start).total_seconds() - r.uniform(1.5, 3)
        t = g.w(t + sec(0.01), None, [""])
        t = g.w(
            t + sec(0.001),
            " Tasks:    %d successful, %d total",
            [f" Tasks:    {done} successful, {total} total"],
        )
        t = g.w(
            t + sec(0.001),
            "Cached:    %d cached, %d total",
            [f"Cached:    {cached_n} cached, {total} total"],
        )
        tm = f"{elapsed:.3f}s" if elapsed >= 1 else f"{int(elapsed * 1000)}ms"
        if cached_n == total:
            t = g.w(
                t + sec(0.001), "  Time:    %s >>> FULL TURBO", [f"  Time:    {tm} >>> FULL TURBO"]
            )
        else:
            t = g.w(t + sec(0.001), "  Time:    %s ", [f"  Time:    {tm} "])
        if failed_task:
            t = g.w(t + sec(0.001), "Failed:    %s", [f"Failed:    {failed_task}"])
        t = g.w(t + sec(0.001), None, [""])
        if failed_task:
            t = g.w(
                t + sec(0.002),
                " ERROR  run failed: command  exited (%d)",
                ["\u2009ERROR\u2009 run failed: command  exited (1)"],
            )
            g.exit(t + sec(0.2), 1)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- pnpm

PN_ROOT = "/home/runner/work/orders/orders"
PN_STORE = "/home/runner/setup-pnpm/node_modules/.bin/store/v3"
# workspace project, dir, version
PN_PROJECTS = [
    ("@acme/orders-shared", "packages/shared", "0.6.3"),
    ("@acme/orders-db", "packages/db", "0.11.0"),
    ("@acme/orders-events", "packages/events", "0.3.8"),
    ("@acme/orders-api", "apps/api", "1.8.0"),
    ("@acme/orders-worker", "apps/worker", "1.5.2"),
]
PN_ROOT_DEV = [
    ("@types/node", "20.14.2"),
    ("eslint", "8.57.0"),
    ("prettier", "3.3.1"),
    ("typescript", "5.4.5"),
    ("vitest", "1.6.0"),
]
PN_API_DEPS = [
    ("@acme/orders-db", "link:../../packages/db"),
    ("@acme/orders-shared", "link:../../packages/shared"),
    ("@fastify/cors", "9.0.1"),
    ("fastify", "4.27.0"),
    ("kysely", "0.27.3"),
    ("pg", "8.12.0"),
    ("pino", "9.2.0"),
    ("zod", "3.23.8"),
]
PN_DEP_SCRIPTS = [
    (".../esbuild@0.21.5/node_modules/esbuild", "postinstall", "node install.js"),
    (".../node_modules/protobufjs", "postinstall", "node scripts/postinstall"),
    (".../node_modules/msgpackr-extract", "install", "node-gyp-build-optional-packages"),
]
PN_TARBALLS = [
    "@fastify/cors/-/cors-9.0.1.tgz",
    "pino/-/pino-9.2.0.tgz",
    "kysely/-/kysely-0.27.3.tgz",
    "typescript/-/typescript-5.4.5.tgz",
    "zod/-/zod-3.23.8.tgz",
    "@types/node/-/node-20.14.2.tgz",
    "vitest/-/vitest-1.6.0.tgz",
]


def pn_ms(s: float) -> str:
    """pretty-ms as pnpm's `Done in` prints it."""
    if s < 1:
        return f"{int(s * 1000)}ms"
    if s < 60:
        return f"{s:.1f}s"
    return f"{int(s // 60)}m {s % 60:.1f}s"


def pnpm(r: random.Random) -> list[Log]:
    """pnpm's output in the Build step of acme/orders' CI runs (see the module docstring)."""
    fs = Files()
    flaky_net = (at(7, 2), at(7, 33))
    stale_lock = (at(8, 48), at(9, 24))
    ts_error = (at(10, 6), at(10, 41))
    renovate = at(11, 5)
    starts: list[datetime] = []
    t = T0 + sec(r.uniform(60, 200))
    while t < T_END - sec(200):
        starts.append(t)
        t += sec(r.expovariate(1 / 330) + 150)
    run_id = 9412610007
    lock_gen = 0
    for start in starts:
        run_id += r.randint(5, 140)
        g = Gha(fs, f"run-{run_id}-build.txt")
        main = r.random() < 0.4
        script = ["pnpm install --frozen-lockfile", "pnpm -r run lint", "pnpm -r run build"]
        if main:
            script.append("pnpm deploy --filter @acme/orders-api --prod dist/api")
        lines = [
            f"##[group]Run {script[0]}",
            *script,
            "shell: /usr/bin/bash -e {0}",
            "env:",
            "  PNPM_HOME: /home/runner/setup-pnpm/node_modules/.bin",
            "##[endgroup]",
        ]
        t = g.w(start, "Run %s", lines)
        t = g.w(
            t + sec(r.uniform(0.6, 1.2)),
            "Scope: all %d workspace projects",
            [f"Scope: all {len(PN_PROJECTS) + 1} workspace projects"],
        )
        if in_any(start, [stale_lock]) and not main and r.random() < 0.85:
            body = [
                '\u2009ERR_PNPM_OUTDATED_LOCKFILE\u2009 Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/apps/api/package.json',
                "",
                'Note that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"',
                "",
                "    Failure reason:",
                '    specifiers in the lockfile ({"zod":"^3.23.8","pino":"^9.2.0"}) don\'t match specs in package.json ({"zod":"^3.23.8","pino":"^9.2.0","pino-pretty":"^11.2.1"})',
            ]
            t = g.w(
                t + sec(r.uniform(0.3, 0.8)),
                'ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with %s\\n\\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"\\n\\n    Failure reason:\\n    specifiers in the lockfile (%s) don\'t match specs in package.json (%s)',
                body,
            )
            g.exit(t + sec(0.3), 1)
            continue
        t = g.w(
            t + sec(r.uniform(0.2, 0.6)),
            "Lockfile is up to date, resolution step is skipped",
            ["Lockfile is up to date, resolution step is skipped"],
        )
        # the store comes from actions/cache: a new lockfile (Renovate at 11:05) misses it once
        # (the cache service failing 07:02-07:33 too)
        if start >= renovate and lock_gen == 0:
            lock_gen, cold = 1, True
        else:
            cold = r.random() < 0.1 or in_any(start, [flaky_net])
        total = 1024 + (17 if lock_gen else 0)
        t0 = t
        t = g.w(
            t + sec(0.02),
            "Progress: resolved %d, reused %d, downloaded %d, added %d",
            ["Progress: resolved 1, reused 0, downloaded 0, added 0"],
        )
        t = g.w(t + sec(r.uniform(0.1, 0.3)), "Packages: +%d", [f"Packages: +{total}", "+" * 80])
        g.w(
            t + sec(0.03),
            "Packages are %s from the content-addressable store to the virtual store.\\n  Content-addressable store is at: %s\\n  Virtual store is at:             %s",
            [
                "Packages are hard linked from the content-addressable store to the virtual store.",
                f"  Content-addressable store is at: {PN_STORE}",
                "  Virtual store is at:             node_modules/.pnpm",
            ],
        )
        span = r.uniform(22, 48) if cold else r.uniform(3.5, 8)
        steps = int(span)
        reused = 0 if cold else total
        for i in range(1, steps + 1):
            frac = min(1.0, i / steps * r.uniform(0.9, 1.05))
            added = int(total * frac)
            fetched = added + r.randint(0, 40) if cold else 0
            fetched = min(total, fetched)
            tt = t0 + sec(1.0 * i + r.uniform(0, 0.05))
            if cold and in_any(tt, [flaky_net]) and r.random() < 0.3:
                tb = r.choice(PN_TARBALLS)
                left = r.choice([2, 2, 1])
                g.w(
                    tt - sec(0.4),
                    "GET %s error (%s). Will retry in %s. %d retries left.",
                    [
                        f"\u2009WARN\u2009 GET https://registry.npmjs.org/{tb} error (ECONNRESET). Will retry in {'10 seconds' if left == 2 else '1 minute'}. {left} retries left."
                    ],
                )
            if i == steps:
                break
            g.w(
                tt,
                "Progress: resolved %d, reused %d, downloaded %d, added %d",
                [
                    f"Progress: resolved {total}, reused {reused}, downloaded {fetched}, added {added}"
                ],
            )
        t = g.w(
            t0 + sec(steps + 0.2),
            "Progress: resolved %d, reused %d, downloaded %d, added %d, done",
            [
                f"Progress: resolved {total}, reused {reused}, downloaded {total if cold else 0}, added {total}, done"
            ],
        )
        for pkg, stage, cmd in PN_DEP_SCRIPTS:
            t = g.w(t + sec(r.uniform(0.05, 0.3)), "%s %s$ %s", [f"{pkg} {stage}$ {cmd}"])
            t = g.w(t + sec(r.uniform(0.1, 1.2)), "%s %s: Done", [f"{pkg} {stage}: Done"])
        t = g.w(
            t + sec(0.05),
            "\\ndevDependencies:\\n%s\\n",
            ["", "devDependencies:", *[f"+ {n} {v}" for n, v in PN_ROOT_DEV], ""],
        )
        t = g.w(t + sec(0.05), "Done in %s", [f"Done in {pn_ms((t - t0).total_seconds() + 1.4)}"])
        # pnpm -r run lint, pnpm -r run build
        t = g.w(
            t + sec(r.uniform(0.5, 1.0)),
            "Scope: %d of %d workspace projects",
            [f"Scope: {len(PN_PROJECTS)} of {len(PN_PROJECTS) + 1} workspace projects"],
        )
        for _name, d, _version in PN_PROJECTS:
            t = g.w(
                t + sec(r.uniform(0.05, 0.3)),
                "%s %s$ %s",
                [f"{d} lint$ eslint src --max-warnings 0"],
            )
            t = g.w(t + sec(r.uniform(1.5, 6)), "%s %s: Done", [f"{d} lint: Done"])
        t = g.w(
            t + sec(r.uniform(0.5, 1.0)),
            "Scope: %d of %d workspace projects",
            [f"Scope: {len(PN_PROJECTS)} of {len(PN_PROJECTS) + 1} workspace projects"],
        )
        broken = in_any(start, [ts_error]) and not main and r.random() < 0.8
        failed = False
        for name, d, version in PN_PROJECTS:
            t = g.w(
                t + sec(r.uniform(0.05, 0.3)),
                "%s %s$ %s",
                [f"{d} build$ tsc -p tsconfig.build.json"],
            )
            t += sec(r.uniform(2.5, 9))
            if broken and name == "@acme/orders-api":
                for f, ln, col, prop, typ in [
                    ("src/routes/refunds.ts", 41, 27, "refundedAt", "Order"),
                    ("src/routes/refunds.ts", 58, 12, "refundedAt", "Order"),
                ]:
                    t = g.w(
                        t + sec(0.002),
                        "%s(%d,%d): error TS%d: Property '%s' does not exist on type '%s'.",
                        [
                            f"{d} build: {f}({ln},{col}): error TS2339: Property '{prop}' does not exist on type '{typ}'."
                        ],
                    )
                t = g.w(t + sec(0.02), "%s %s: Failed", [f"{d} build: Failed"])
                t = g.w(
                    t + sec(0.05),
                    "%s:\\nERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  %s@%s %s: `%s`\\n\\nExit status %d",
                    [
                        f"{PN_ROOT}/{d}:",
                        f"\u2009ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL\u2009 {name}@{version} build: `tsc -p tsconfig.build.json`",
                        "",
                        "Exit status 2",
                    ],
                )
                g.exit(t + sec(0.3), 2)
                failed = True
                break
            t = g.w(t, "%s %s: Done", [f"{d} build: Done"])
        if failed or not main:
            continue
        # pnpm deploy
        t1 = t + sec(r.uniform(0.6, 1.2))
        n = 143 + (6 if lock_gen else 0)
        t = g.w(t1, "Packages: +%d", [f"Packages: +{n}", "+" * 12])
        for i in range(1, 3):
            t = g.w(
                t + sec(1.0),
                "Progress: resolved %d, reused %d, downloaded %d, added %d",
                [f"Progress: resolved {n}, reused {n}, downloaded 0, added {int(n * i / 3)}"],
            )
        t = g.w(
            t + sec(0.5),
            "Progress: resolved %d, reused %d, downloaded %d, added %d, done",
            [f"Progress: resolved {n}, reused {n}, downloaded 0, added {n}, done"],
        )
        t = g.w(
            t + sec(0.05),
            "\\ndependencies:\\n%s\\n",
            [
                "",
                "dependencies:",
                *[
                    f"+ {a} {v}" if not v.startswith("link:") else f"+ {a} <- {v[5:]}"
                    for a, v in PN_API_DEPS
                ],
                "",
            ],
        )
        t = g.w(t + sec(0.05), "Done in %s", [f"Done in {pn_ms((t - t1).total_seconds() + 0.6)}"])
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ pants

PA_FILES = [
    "src/python/orders/api/views.py",
    "src/python/orders/api/serializers.py",
    "src/python/orders/api/views_test.py",
    "src/python/orders/domain/refunds.py",
    "src/python/orders/domain/refunds_test.py",
    "src/python/orders/domain/pricing.py",
    "src/python/orders/worker/tasks.py",
    "src/python/orders/worker/tasks_test.py",
    "src/python/orders/db/models.py",
    "src/python/orders/db/migrations/0042_refund_reason.py",
    "src/python/shared/money.py",
    "src/python/shared/money_test.py",
    "src/python/shared/events.py",
    "3rdparty/python/requirements.txt",
    "3rdparty/python/default.lock",
    "docs/api.md",
]
PA_CI_GOALS = [
    "--changed-since=origin/main --changed-dependents=transitive lint check test",
    "--changed-since=origin/main --changed-dependents=transitive lint check test",
    "--changed-since=origin/main --changed-dependents=transitive test",
    "--changed-since=origin/main lint",
]
PA_DEV_GOALS = [
    "test src/python/orders/domain/refunds_test.py",
    "test src/python/orders/api::",
    "fmt ::",
    "lint --changed-since=HEAD",
    "check src/python/orders::",
    "run src/python/orders/api:local",
    "dependencies --transitive src/python/orders/api:api",
    "test src/python/orders/domain/refunds_test.py -- -k partial",
    "fmt lint src/python/orders/domain::",
    "export --resolve=python-default",
]
PA_TARGET_SIZE = "28,800,000,000"
PA_MEM_LIMIT = 4 * 1024**3


def pa_paths(paths: list[str]) -> str:
    """A HashSet<PathBuf>'s Debug."""
    return "{" + ", ".join(f'"{p}"' for p in paths) + "}"


class PaDaemon:
    """One workspace's pantsd and its `.pants.d/pants.log` (time of day, hundredths)."""

    def __init__(self, r: random.Random, fs: Files, f: str, pid: int, version: str) -> None:
        self.r = r
        self.fs = fs
        self.f = f
        self.pid = pid
        self.version = version
        self.up = True

    def log(self, t: datetime, level: str, label: str, msg: str) -> datetime:
        return self.fs.add(
            self.f,
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{x.microsecond // 10000:02d} [{level}] {msg}"],
            (self.f, self.pid),
            CS,
        )

    def start(self, t: datetime, version: str) -> datetime:
        self.pid += self.r.randint(300, 4000)
        self.version = version
        self.up = True
        return self.log(
            t,
            "INFO",
            "pantsd %s running with PID: %d",
            f"pantsd {version} running with PID: {self.pid}",
        )

    def stop(self, t: datetime) -> datetime:
        t = self.log(
            t + sec(self.r.uniform(0.3, 1.2)),
            "INFO",
            "Waiting for ongoing runs to complete before exiting...",
            "Waiting for ongoing runs to complete before exiting...",
        )
        t = self.log(
            t + sec(self.r.uniform(0.05, 2.5)),
            "INFO",
            "Waiting for Sessions to complete before exiting...",
            "Waiting for Sessions to complete before exiting...",
        )
        t = self.log(t + sec(self.r.uniform(0.2, 1.5)), "INFO", "Exiting pantsd", "Exiting pantsd")
        self.up = False
        return t

    def request(self, t: datetime, goals: str, dur: float) -> datetime:
        args = f"--pants-bin-name=pants --pants-version={self.version} {goals}"
        t = self.log(t, "INFO", "handling request: `%s`", f"handling request: `{args}`")
        return self.log(
            t + sec(dur), "INFO", "request completed: `%s`", f"request completed: `{args}`"
        )

    def invalidate(self, t: datetime, paths: list[str]) -> datetime:
        cleared = self.r.randint(0, 2 * len(paths))
        dirtied = self.r.randint(8, 60) * len(paths)
        return self.log(
            t,
            "INFO",
            "notify invalidation: cleared %d and dirtied %d nodes for: %s",
            f"notify invalidation: cleared {cleared} and dirtied {dirtied} nodes for: {pa_paths(paths)}",
        )

    def background(self, t0: datetime, t1: datetime, gc_phase: float) -> None:
        """The StoreGCService: leases every 72 s (a 10 s poll), the store's GC hourly."""
        t = t0 + sec(self.r.uniform(0, 72))
        next_gc = t0 + sec(gc_phase)
        while t < t1:
            if t >= next_gc:
                t = self.log(
                    t,
                    "INFO",
                    "Garbage collecting store. target_size=%s",
                    f"Garbage collecting store. target_size={PA_TARGET_SIZE}",
                )
                t = self.log(
                    t + sec(self.r.uniform(18, 95)),
                    "INFO",
                    "Done garbage collecting store",
                    "Done garbage collecting store",
                )
                next_gc = t + sec(3600)
            t = self.log(t, "INFO", "Extending leases", "Extending leases")
            t = self.log(
                t + sec(self.r.uniform(0.04, 1.6)),
                "INFO",
                "Done extending leases",
                "Done extending leases",
            )
            t += sec(72 + self.r.uniform(0, 10))


def pants(r: random.Random) -> list[Log]:
    """Three workspaces' pantsd logs (see the module docstring)."""
    fs = Files()
    toml_change = at(8, 14, 40)
    upgrade = at(10, 31, 5)
    for f, pid0, kind in [
        ("ci-runner-1-pants.log", 28113, "ci"),
        ("ci-runner-2-pants.log", 30457, "ci"),
        ("dev-vm-pants.log", 11802, "dev"),
    ]:
        d = PaDaemon(r, fs, f, pid0, "2.20.1")
        # the daemon's life: restarts split the background services into spans
        restarts: list[tuple[datetime, str, str]] = []  # (when, why, new version)
        if kind == "ci":
            off = r.uniform(20, 240)
            restarts.append((toml_change + sec(off), "toml", "2.20.1"))
            restarts.append((upgrade + sec(off), "toml", "2.20.2"))
            if f.startswith("ci-runner-2"):
                restarts.append((at(11, 2, 17), "pidfile", "2.20.2"))
        else:
            restarts.append((at(9, 38, 51), "memory", "2.20.1"))
            restarts.append((at(10, 52, 12), "upgrade", "2.20.2"))
            restarts.append((at(11, 27, 40), "memory", "2.20.2"))
            restarts.append((at(7, 55, 3), "another", "2.20.1"))
        restarts.sort()
        day0 = T0 if kind == "ci" else at(7, 41)
        span_start = day0
        version = "2.20.1"
        if kind == "dev":
            d.pid = 9914
            span_start = d.start(day0, "2.20.1")
        spans: list[tuple[datetime, datetime]] = []
        for when, why, newv in restarts:
            if why == "toml":
                t = d.invalidate(when, ["pants.toml"])
                t = d.log(
                    t + sec(r.uniform(0.3, 0.6)),
                    "ERROR",
                    "saw filesystem changes covered by invalidation globs: content changed (%s fs %s). terminating the daemon.",
                    f"saw filesystem changes covered by invalidation globs: content changed (Digest('{hexid(r, 64)}', {r.randint(3900, 4200)}) fs Digest('{hexid(r, 64)}', {r.randint(3900, 4200)})). terminating the daemon.",
                )
            elif why == "memory":
                used = int(PA_MEM_LIMIT * r.uniform(1.01, 1.09))
                t = d.log(
                    when,
                    "ERROR",
                    "The scheduler was invalidated: Exception('pantsd process %d was using %d bytes of memory (above the limit of %d bytes).')",
                    f"The scheduler was invalidated: Exception('pantsd process {d.pid} was using {used} bytes of memory (above the limit of {PA_MEM_LIMIT} bytes).')",
                )
            elif why == "pidfile":
                t = d.log(
                    when,
                    "ERROR",
                    "The scheduler was invalidated: Exception('Could not read pants pidfile at %s.')",
                    "The scheduler was invalidated: Exception('Could not read pants pidfile at /srv/runner/_work/orders/orders/.pants.d/pids/pantsd/pid.')",
                )
            elif why == "another":
                t = d.log(
                    when,
                    "ERROR",
                    "The scheduler was invalidated: Exception('Another instance of pantsd is running at %s')",
                    f"The scheduler was invalidated: Exception('Another instance of pantsd is running at {d.pid + r.randint(40, 900)}')",
                )
            else:  # upgrade on the dev VM: pants.toml pulled
                t = d.invalidate(when, ["pants.toml"])
                t = d.log(
                    t + sec(r.uniform(0.3, 0.6)),
                    "ERROR",
                    "saw filesystem changes covered by invalidation globs: content changed (%s fs %s). terminating the daemon.",
                    f"saw filesystem changes covered by invalidation globs: content changed (Digest('{hexid(r, 64)}', {r.randint(3900, 4200)}) fs Digest('{hexid(r, 64)}', {r.randint(3900, 4200)})). terminating the daemon.",
                )
            t = d.stop(t)
            spans.append((span_start, when))
            version = newv
            span_start = when + sec(r.uniform(20, 90))
            restarts_at = span_start
            d.start(restarts_at, version)
        spans.append((span_start, T_END))
        for a, b in spans:
            d.background(a, b, r.uniform(300, 3500))
        # the workload
        if kind == "ci":
            pa_ci_jobs(r, d, spans)
        else:
            pa_dev_session(r, d, spans)
    return fs.logs(T0)


def pa_version(spans: list[tuple[datetime, datetime]], t: datetime) -> str:
    return "2.20.2" if t >= at(10, 31) else "2.20.1"


def pa_ci_jobs(r: random.Random, d: PaDaemon, spans: list[tuple[datetime, datetime]]) -> None:
    t = T0 + sec(r.uniform(60, 400))
    while t < T_END - sec(300):
        live = [s for s in spans if s[0] + sec(5) <= t < s[1] - sec(200)]
        if not live:
            t += sec(120)
            continue
        d.version = pa_version(spans, t)
        changed = r.sample(PA_FILES, r.choice([1, 2, 2, 3, 4, 6]))
        t = d.invalidate(t, sorted(changed))
        if r.random() < 0.35:
            t = d.invalidate(t + sec(r.uniform(0.2, 1.5)), sorted(r.sample(PA_FILES, 1)))
        for goals in [r.choice(PA_CI_GOALS)] + (
            ["package src/python/orders/api:image src/python/orders/worker:image"]
            if r.random() < 0.35
            else []
        ):
            t = d.request(t + sec(r.uniform(2, 6)), goals, r.uniform(25, 220))
        t += sec(r.expovariate(1 / 420) + 90)


def pa_dev_session(r: random.Random, d: PaDaemon, spans: list[tuple[datetime, datetime]]) -> None:
    t = at(7, 44)
    while t < T_END - sec(120):
        live = [s for s in spans if s[0] + sec(2) <= t < s[1] - sec(60)]
        if not live:
            t += sec(60)
            continue
        d.version = pa_version(spans, t)
        # saves while editing, then a run
        for _ in range(r.choice([1, 2, 3, 4, 6])):
            t = d.invalidate(t + sec(r.uniform(5, 80)), [r.choice(PA_FILES[:13])])
        if r.random() < 0.06:
            t = d.log(
                t + sec(r.uniform(1, 20)),
                "INFO",
                "notify invalidation: cleared %d and dirtied %d nodes for all paths",
                f"notify invalidation: cleared {r.randint(40, 400)} and dirtied {r.randint(3000, 9000)} nodes for all paths",
            )
        t = d.request(t + sec(r.uniform(2, 30)), r.choice(PA_DEV_GOALS), r.uniform(3, 95))
        t += sec(r.uniform(10, 240))


# --------------------------------------------------------------------------------- composer

# the shop's locked --no-dev packages before and after the 09:12 merge (symfony 7.1.0 -> 7.1.1)
CO_PACKAGES = [
    ("brick/math", "0.12.1"),
    ("doctrine/cache", "2.2.0"),
    ("doctrine/collections", "2.2.2"),
    ("doctrine/dbal", "4.0.2"),
    ("doctrine/deprecations", "1.1.3"),
    ("doctrine/doctrine-bundle", "2.12.0"),
    ("doctrine/doctrine-migrations-bundle", "3.3.1"),
    ("doctrine/event-manager", "2.0.1"),
    ("doctrine/inflector", "2.0.10"),
    ("doctrine/instantiator", "2.0.0"),
    ("doctrine/lexer", "3.0.1"),
    ("doctrine/migrations", "3.7.4"),
    ("doctrine/orm", "3.2.0"),
    ("doctrine/persistence", "3.3.3"),
    ("doctrine/sql-formatter", "1.4.0"),
    ("egulias/email-validator", "4.0.2"),
    ("league/flysystem", "3.28.0"),
    ("league/flysystem-local", "3.28.0"),
    ("league/mime-type-detection", "1.15.0"),
    ("monolog/monolog", "3.6.0"),
    ("nesbot/carbon", "3.5.0"),
    ("psr/cache", "3.0.0"),
    ("psr/clock", "1.0.0"),
    ("psr/container", "2.0.2"),
    ("psr/event-dispatcher", "1.0.0"),
    ("psr/log", "3.0.0"),
    ("ramsey/uuid", "4.7.6"),
    ("stripe/stripe-php", "v14.9.0"),
    ("symfony/asset", "v7.1.0"),
    ("symfony/cache", "v7.1.0"),
    ("symfony/cache-contracts", "v3.5.0"),
    ("symfony/config", "v7.1.0"),
    ("symfony/console", "v7.1.0"),
    ("symfony/dependency-injection", "v7.1.0"),
    ("symfony/doctrine-bridge", "v7.1.0"),
    ("symfony/dotenv", "v7.1.0"),
    ("symfony/error-handler", "v7.1.0"),
    ("symfony/event-dispatcher", "v7.1.0"),
    ("symfony/filesystem", "v7.1.0"),
    ("symfony/finder", "v7.1.0"),
    ("symfony/flex", "v2.4.5"),
    ("symfony/form", "v7.1.0"),
    ("symfony/framework-bundle", "v7.1.0"),
    ("symfony/http-client", "v7.1.0"),
    ("symfony/http-foundation", "v7.1.0"),
    ("symfony/http-kernel", "v7.1.0"),
    ("symfony/mailer", "v7.1.0"),
    ("symfony/messenger", "v7.1.0"),
    ("symfony/mime", "v7.1.0"),
    ("symfony/monolog-bundle", "v3.10.0"),
    ("symfony/polyfill-intl-icu", "v1.29.0"),
    ("symfony/polyfill-mbstring", "v1.29.0"),
    ("symfony/redis-messenger", "v7.1.0"),
    ("symfony/routing", "v7.1.0"),
    ("symfony/runtime", "v7.1.0"),
    ("symfony/security-bundle", "v7.1.0"),
    ("symfony/serializer", "v7.1.0"),
    ("symfony/translation", "v7.1.0"),
    ("symfony/twig-bundle", "v7.1.0"),
    ("symfony/validator", "v7.1.0"),
    ("symfony/var-exporter", "v7.1.0"),
    ("symfony/yaml", "v7.1.0"),
    ("twig/twig", "v3.10.3"),
]
CO_BUMPED = {n for n, v in CO_PACKAGES if v == "v7.1.0"}
CO_NEW = ("symfony/rate-limiter", "v7.1.1")


def co_locked(gen: int) -> list[tuple[str, str]]:
    """The lock file's packages: gen 0 before the 09:12 bump, 1 after it, 2 with the rate limiter."""
    out = [(n, "v7.1.1" if gen and n in CO_BUMPED else v) for n, v in CO_PACKAGES]
    if gen >= 2:
        out.append(CO_NEW)
        out.append(("symfony/lock", "v7.1.1"))
    return sorted(out)


class CoHost:
    """One web host's journal (`journalctl -u deploy-shop -o short-iso`)."""

    def __init__(self, r: random.Random, fs: Files, host: str) -> None:
        self.r = r
        self.fs = fs
        self.host = host
        self.f = f"{host}-deploy.log"
        self.cache: set[tuple[str, str]] = set(CO_PACKAGES)
        self.pid = r.randint(20000, 60000)

    def j(self, t: datetime, ident: str, label: str | None, msg: str, proc: object) -> datetime:
        return self.fs.add(
            self.f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {self.host} {ident}: {msg}"],
            proc,
            SEC,
        )

    def jm(self, t: datetime, ident: str, label: str, msgs: list[str], proc: object) -> datetime:
        return self.fs.add(
            self.f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {self.host} {ident}: {m}" for m in msgs],
            proc,
            SEC,
        )

    def deploy(self, t: datetime, sha: str, gen: int, staging: bool, fail: str) -> datetime:
        r = self.r
        unit = "deploy-shop.service"
        desc = "Deploy acme/shop"
        sd = (self.host, "systemd")
        t = self.j(t, "systemd[1]", "Starting %s - %s...", f"Starting {unit} - {desc}...", sd)
        self.pid += r.randint(40, 900)
        me = (self.host, self.pid)
        ident = f"deploy.sh[{self.pid}]"
        release = f"{t:%Y%m%d%H%M%S}"
        t = self.j(
            t + sec(r.uniform(0.2, 0.9)),
            ident,
            "==> Deploying %s to %s",
            f"==> Deploying acme/shop@{sha} to /var/www/shop/releases/{release}",
            me,
        )
        t += sec(r.uniform(2, 6))
        if staging:
            t = self.j(
                t,
                ident,
                "Do not run Composer as root/super user! See https://getcomposer.org/root for details",
                "Do not run Composer as root/super user! See https://getcomposer.org/root for details",
                me,
            )
        t = self.j(
            t + sec(0.3),
            ident,
            "Installing dependencies from lock file",
            "Installing dependencies from lock file",
            me,
        )
        t = self.j(
            t + sec(0.2),
            ident,
            "Verifying lock file contents can be installed on current platform.",
            "Verifying lock file contents can be installed on current platform.",
            me,
        )
        code = 0
        if fail == "lock":
            t = self.j(
                t + sec(0.1),
                ident,
                "Warning: The lock file is not up to date with the latest changes in composer.json. You may be getting outdated dependencies. It is recommended that you run `composer update` or `composer update <package name>`.",
                "Warning: The lock file is not up to date with the latest changes in composer.json. You may be getting outdated dependencies. It is recommended that you run `composer update` or `composer update <package name>`.",
                me,
            )
            t = self.jm(
                t + sec(0.1),
                ident,
                '- Required package "%s" is not present in the lock file.\\nThis usually happens when composer files are incorrectly merged or the composer.json file is manually edited.\\nRead more about correctly resolving merge conflicts https://getcomposer.org/doc/articles/resolving-merge-conflicts.md\\nand prefer using the "require" command over editing the composer.json file directly when adding packages: https://getcomposer.org/doc/03-cli.md#require-r',
                [
                    '- Required package "symfony/rate-limiter" is not present in the lock file.',
                    "This usually happens when composer files are incorrectly merged or the composer.json file is manually edited.",
                    "Read more about correctly resolving merge conflicts https://getcomposer.org/doc/articles/resolving-merge-conflicts.md",
                    'and prefer using the "require" command over editing the composer.json file directly when adding packages: https://getcomposer.org/doc/03-cli.md#require-r',
                ],
                me,
            )
            code = 4
        else:
            pkgs = co_locked(gen)
            n = len(pkgs)
            t = self.j(
                t + sec(0.1),
                ident,
                "Package operations: %d installs, %d updates, %d removals",
                f"Package operations: {n} installs, 0 updates, 0 removals",
                me,
            )
            for name, v in pkgs:
                if (name, v) not in self.cache:
                    if fail == "dist" and (name, v) == CO_NEW:
                        t = self.j(
                            t + sec(r.uniform(0.3, 2)),
                            ident,
                            'Failed to download %s from dist: The "%s" file could not be downloaded (HTTP/2 %d )',
                            f'Failed to download {name} from dist: The "https://api.github.com/repos/{name}/zipball/{hexid(r, 40)}" file could not be downloaded (HTTP/2 502 )',
                            me,
                        )
                        t = self.j(
                            t + sec(0.1),
                            ident,
                            "    Now trying to download from source",
                            "    Now trying to download from source",
                            me,
                        )
                        t = self.j(
                            t + sec(r.uniform(1, 3)),
                            ident,
                            "  - Syncing %s (%s) into cache",
                            f"  - Syncing {name} ({v}) into cache",
                            me,
                        )
                    else:
                        t = self.j(
                            t + sec(r.uniform(0.1, 0.6)),
                            ident,
                            "  - Downloading %s (%s)",
                            f"  - Downloading {name} ({v})",
                            me,
                        )
                    self.cache.add((name, v))
            for name, v in pkgs:
                t = self.j(
                    t + sec(r.uniform(0.02, 0.2)),
                    ident,
                    "  - Installing %s (%s): Extracting archive",
                    f"  - Installing {name} ({v}): Extracting archive",
                    me,
                )
            t = self.j(
                t + sec(r.uniform(0.5, 1.5)),
                ident,
                "Generating optimized autoload files",
                "Generating optimized autoload files",
                me,
            )
            t = self.jm(
                t + sec(r.uniform(1.5, 3)),
                ident,
                "%d packages you are using are looking for funding.\\nUse the `composer fund` command to find out more!",
                [
                    f"{31 if gen < 2 else 32} packages you are using are looking for funding.",
                    "Use the `composer fund` command to find out more!",
                ],
                me,
            )
            t = self.jm(
                t + sec(0.1),
                ident,
                "\\nRun composer recipes at any time to see the status of your Symfony recipes.\\n",
                [
                    "",
                    "Run composer recipes at any time to see the status of your Symfony recipes.",
                    "",
                ],
                me,
            )
            if fail == "redis":
                t = self.j(
                    t + sec(r.uniform(4, 9)),
                    ident,
                    "Executing script %s [KO]",
                    "Executing script cache:clear [KO]",
                    me,
                )
                t = self.j(t + sec(0.01), ident, " [KO]", " [KO]", me)
                out = [
                    "Script cache:clear returned with error code 1",
                    "!!  ",
                    "!!  In RedisTrait.php line 356:",
                    "!!                                                                                ",
                    '!!    Redis connection "redis://cache.stage.internal:6379" failed: Connection refused  ',
                    "!!                                                                                ",
                    "!!  ",
                    "!!  cache:clear [--no-warmup] [--no-optional-warmers] [-h|--help] [--silent] [-q|--quiet] [-v|vv|vvv|--verbose] [-V|--version] [--ansi|--no-ansi] [-n|--no-interaction] [-e|--env ENV] [--no-debug] [--profile] [--] <command>",
                    "!!  ",
                ]
                t = self.jm(t + sec(0.01), ident, "Script %s returned with error code %d", out, me)
                t = self.j(
                    t + sec(0.01),
                    ident,
                    "Script %s was called via %s",
                    "Script @auto-scripts was called via post-install-cmd",
                    me,
                )
                code = 1
            else:
                t = self.j(
                    t + sec(r.uniform(3, 8)),
                    ident,
                    "Executing script %s [OK]",
                    "Executing script cache:clear [OK]",
                    me,
                )
                t = self.j(
                    t + sec(r.uniform(0.4, 1.2)),
                    ident,
                    "Executing script %s [OK]",
                    "Executing script assets:install public [OK]",
                    me,
                )
                t = self.j(
                    t + sec(r.uniform(0.8, 2.5)),
                    ident,
                    "No security vulnerability advisories found.",
                    "No security vulnerability advisories found.",
                    me,
                )
        if code:
            t = self.j(
                t + sec(0.05),
                ident,
                "==> Deploy failed at %s (exit %d)",
                f"==> Deploy failed at composer install (exit {code})",
                me,
            )
            t = self.j(
                t + sec(0.2),
                "systemd[1]",
                "%s: Main process exited, code=%s, status=%d/%s",
                f"{unit}: Main process exited, code=exited, status={code}/{'INVALIDARGUMENT' if code == 4 else 'FAILURE'}",
                sd,
            )
            t = self.j(
                t + sec(0.01),
                "systemd[1]",
                "%s: Failed with result '%s'.",
                f"{unit}: Failed with result 'exit-code'.",
                sd,
            )
            t = self.j(
                t + sec(0.01),
                "systemd[1]",
                "Failed to start %s - %s.",
                f"Failed to start {unit} - {desc}.",
                sd,
            )
        else:
            t = self.j(
                t + sec(r.uniform(1, 4)),
                ident,
                "==> Release %s is live",
                f"==> Release {release} is live",
                me,
            )
            t = self.j(
                t + sec(0.1),
                "systemd[1]",
                "%s: Deactivated successfully.",
                f"{unit}: Deactivated successfully.",
                sd,
            )
            t = self.j(
                t + sec(0.01), "systemd[1]", "Finished %s - %s.", f"Finished {unit} - {desc}.", sd
            )
        cpu = r.uniform(14, 41)
        return self.j(
            t + sec(0.01),
            "systemd[1]",
            "%s: Consumed %s CPU time.",
            f"{unit}: Consumed {cpu:.3f}s CPU time.",
            sd,
        )


def composer(r: random.Random) -> list[Log]:
    """The deploy service's journal on four web hosts (see the module docstring)."""
    fs = Files()
    hosts = {h: CoHost(r, fs, h) for h in ("stage-01", "web-01", "web-02", "web-03")}
    bump, ratelimit_bad, ratelimit_ok = at(9, 12), at(10, 34), at(10, 58)
    redis_down = (at(9, 40), at(10, 15))
    # staging: every merge to main
    t = at(6, 21)
    while t < T_END - sec(400):
        gen = 2 if t >= ratelimit_ok else (1 if t >= bump else 0)
        fail = ""
        if in_any(t, [redis_down]):
            fail = "redis"
        elif ratelimit_bad <= t < ratelimit_ok:
            fail = "lock"
        hosts["stage-01"].deploy(t, hexid(r, 7), gen, True, fail)
        t += sec(r.expovariate(1 / 900) + 480)
    # production: releases rolled over the three hosts
    for rel in (at(7, 5), at(8, 32), at(10, 20), at(11, 31)):
        sha = hexid(r, 7)
        gen = 2 if rel >= ratelimit_ok else (1 if rel >= bump else 0)
        tt = rel
        for h in ("web-01", "web-02", "web-03"):
            fail = "dist" if (h == "web-02" and rel == at(11, 31)) else ""
            tt = hosts[h].deploy(tt, sha, gen, False, fail) + sec(r.uniform(20, 60))
    return fs.logs(T0)


SYSTEMS = {
    "earthly": earthly,
    "turborepo": turborepo,
    "pants": pants,
    "pnpm": pnpm,
    "composer": composer,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
