"""Shared helpers for the benchmark scripts in bench/ (never imported by errctl or its tests).

Owns: locating and running genlogs.py into a cached corpus directory, resolving the errctl
command, running a child process while measuring its wall time and its own peak RSS, medians,
and printing a compact table. Everything here is stdlib only, so `--help` works anywhere.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
GENLOGS = REPO_ROOT / ".." / "shared" / "tools" / "genlogs.py"
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "errctl-bench"

# A fixed end keeps corpora byte-identical across runs and machines (genlogs defaults to "now").
CORPUS_END = "2026-11-28T12:00:00Z"
CORPUS_SEED = 42
CORPUS_FORMATS = "json,plain"
JSON_FILE = "app.jsonl"
PLAIN_FILE = "mixed.log"
MB = 1_000_000


class BenchError(Exception):
    """A benchmark cannot run (missing tool, failed child); main() prints it and exits 2."""


# --------------------------------------------------------------------------- corpus


def corpus_dir(workdir: Path, events: int) -> Path:
    """The cache directory for one set of generator arguments."""
    end = CORPUS_END.replace(":", "").replace("-", "")
    return workdir / f"corpus-{CORPUS_FORMATS.replace(',', '+')}-n{events}-s{CORPUS_SEED}-{end}"


def ensure_corpus(workdir: Path, events: int) -> Path:
    """Generate app.jsonl and mixed.log with genlogs.py once; later calls reuse the directory.

    The corpus is written to a temporary sibling and renamed when complete, so an interrupted
    run never leaves a half-written corpus that looks cached.
    """
    target = corpus_dir(workdir, events)
    if (target / "manifest.json").is_file():
        return target
    genlogs = GENLOGS.resolve()
    if not genlogs.is_file():
        raise BenchError(
            f"genlogs.py not found at {genlogs}\n"
            "The benchmarks expect the shared tools next to the repository "
            "(<repo>/../shared/tools/genlogs.py)."
        )
    workdir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    cmd = [
        sys.executable,
        str(genlogs),
        "--out",
        str(partial),
        "--lines",
        str(events),
        "--seed",
        str(CORPUS_SEED),
        "--formats",
        CORPUS_FORMATS,
        "--end",
        CORPUS_END,
    ]
    log(f"generating corpus: {shlex.join(cmd)}")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        raise BenchError(f"genlogs.py failed (exit {proc.returncode}):\n{proc.stdout}")
    partial.rename(target)
    log(f"corpus ready in {time.perf_counter() - t0:.1f} s: {target}")
    return target


def load_manifest(corpus: Path) -> dict:
    return json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))


def warm_page_cache(*paths: Path) -> None:
    """Read files once so the first timed run is not the only one paying for disk reads."""
    for path in paths:
        with path.open("rb") as fh:
            while fh.read(8 << 20):
                pass


# --------------------------------------------------------------------------- errctl


def errctl_command(spec: str | None) -> tuple[list[str], dict[str, str]]:
    """The argv prefix for errctl and the environment to run it with.

    An explicit --errctl string is split like a shell would. Without one, use `errctl` from
    PATH, else `python -m errctl` from this checkout.
    """
    env = dict(os.environ)
    env.pop("ERRCTL_DB", None)  # every command below passes --db explicitly
    # Time errctl as an installed one runs: pip compiles the package's bytecode at install
    # time, so a run never compiles source. A checkout (or PYTHONDONTWRITEBYTECODE, set on
    # some CI machines) would compile all of errctl on every start, ~0.1 s of each command.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(REPO_ROOT / "errctl", quiet=1)
    env.setdefault("NO_COLOR", "1")
    if spec:
        return shlex.split(spec), env
    if shutil.which("errctl"):
        return ["errctl"], env
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return [sys.executable, "-m", "errctl"], env


def remove_db(path: Path) -> None:
    """Delete a DuckDB file and its write-ahead log so the next run starts from nothing."""
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


# --------------------------------------------------------------------------- child processes


@dataclass
class ChildResult:
    argv: list[str]
    returncode: int
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str

    def check(self, what: str) -> ChildResult:
        if self.returncode != 0:
            tail = "\n".join(self.stderr.strip().splitlines()[-15:])
            raise BenchError(
                f"{what} failed (exit {self.returncode}): {shlex.join(self.argv)}\n{tail}"
            )
        return self

    def json(self) -> dict:
        """stdout parsed as one JSON object (compact or indented); failing that, its last line."""
        text = self.stdout.strip()
        if not text:
            raise BenchError(f"no JSON on stdout from {shlex.join(self.argv)}")
        for candidate in (text, text.splitlines()[-1]):
            try:
                return json.loads(candidate)
            except json.JSONDecodeError:
                pass
        raise BenchError(f"stdout of {shlex.join(self.argv)} is not JSON: {text[-300:]!r}")


def _maxrss_mb(ru_maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return ru_maxrss / MB if sys.platform == "darwin" else ru_maxrss * 1024 / MB


def run_child(
    argv: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    stdout_path: str | None = None,
    cwd: Path | None = None,
) -> ChildResult:
    """Run argv, returning its wall time and the peak RSS of that child alone.

    os.wait4() returns the rusage of the one child reaped (including its own waited-for
    children), unlike getrusage(RUSAGE_CHILDREN), which is a running maximum over every child
    this process ever had. But on Linux a child's peak starts at this process's own peak: the
    child execs from a copy (or, with vfork, the very memory) of this process, and the kernel
    keeps that memory's high-water mark across exec. So keep this process small while it
    times children (query DuckDB in it only after them, or in a child of its own).
    stdout and stderr go to temporary files, not pipes, so nothing
    blocks and reading them costs nothing inside the timed region. stdout_path (for example
    /dev/null) discards stdout as a shell redirection would.
    """
    with tempfile.TemporaryFile() as out_tmp, tempfile.TemporaryFile() as err_tmp:
        out_fh = open(stdout_path, "wb") if stdout_path else out_tmp  # noqa: SIM115
        try:
            t0 = time.perf_counter()
            proc = subprocess.Popen(list(argv), stdout=out_fh, stderr=err_tmp, env=env, cwd=cwd)
            _, status, rusage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - t0
        finally:
            if stdout_path:
                out_fh.close()
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped; tell Popen
        out_tmp.seek(0)
        err_tmp.seek(0)
        return ChildResult(
            argv=list(argv),
            returncode=proc.returncode,
            seconds=seconds,
            peak_rss_mb=_maxrss_mb(rusage.ru_maxrss),
            stdout=out_tmp.read().decode("utf-8", "replace"),
            stderr=err_tmp.read().decode("utf-8", "replace"),
        )


# --------------------------------------------------------------------------- numbers and output


@dataclass
class Samples:
    """Repeated measurements of one benchmark row; the report uses medians (max for memory)."""

    seconds: list[float] = field(default_factory=list)
    peak_rss_mb: list[float] = field(default_factory=list)
    extra: dict[str, list[float]] = field(default_factory=dict)

    def add(self, result: ChildResult, **extra: float) -> None:
        self.seconds.append(result.seconds)
        self.peak_rss_mb.append(result.peak_rss_mb)
        for key, value in extra.items():
            self.extra.setdefault(key, []).append(value)

    def median(self, key: str = "seconds") -> float:
        values = self.seconds if key == "seconds" else self.extra[key]
        return statistics.median(values)

    def max_rss(self) -> float:
        return max(self.peak_rss_mb)

    def as_dict(self) -> dict:
        return {
            "seconds": self.seconds,
            "median_seconds": self.median(),
            "peak_rss_mb": self.peak_rss_mb,
            "max_peak_rss_mb": self.max_rss(),
            **{k: v for k, v in self.extra.items()},
        }


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def ingest_in_appends(
    log: Path, grown: Path, lines: int, ingest_file: Callable[[Path], None]
) -> None:
    """Write `log` to `grown` `lines` lines at a time, calling `ingest_file(grown)` after each
    write (a cron job on a growing log), then once more with the file at rest: a run right
    after a write leaves a last line with no newline for the next (it may be one still being
    written)."""
    data = log.read_bytes().split(b"\n")
    with grown.open("wb") as out:
        for start in range(0, len(data), lines):
            last = start + lines >= len(data)
            out.write(b"\n".join(data[start : start + lines]) + (b"" if last else b"\n"))
            out.flush()
            ingest_file(grown)
    at_rest = time.time() - 60
    os.utime(grown, (at_rest, at_rest))
    ingest_file(grown)


EFFECTIVE_GROUP_JOIN = """
    FROM events e LEFT JOIN group_state s ON s.fingerprint = e.fingerprint
    JOIN groups g ON g.fingerprint = coalesce(s.merged_into, e.fingerprint)
"""
"""Each event `e` with its group `g` as `top` counts it: a group merged into another (by
`errctl merge`, or a template a later one took over, docs/fingerprints.md) counts as the other."""


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain, aligned text table on stdout (numbers right-aligned)."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        parts = []
        for i, cell in enumerate(row):
            numeric = i > 0 and cell.replace(".", "").replace(",", "").replace("x", "").isdigit()
            parts.append(cell.rjust(widths[i]) if numeric else cell.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    print(fmt(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(fmt(row))


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def write_results(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    log(f"results written to {path}")


def environment_info() -> dict:
    info = {
        "python": sys.version.split()[0],
        "platform": sys.platform,
        "cpus": os.cpu_count(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    try:
        import duckdb

        info["duckdb"] = duckdb.__version__
    except ImportError:
        info["duckdb"] = None
    return info


def bench_main(
    argv: list[str] | None,
    parse_args: Callable[[list[str] | None], argparse.Namespace],
    run: Callable[[argparse.Namespace], dict | None],
    results_name: str,
) -> int:
    """The shared `main` of the benchmark scripts: run, report a BenchError as exit 2 and
    Ctrl-C as 130, and write the results JSON into the workdir."""
    args = parse_args(argv)
    try:
        results = run(args)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    if results:
        write_results(args.workdir / results_name, results)
    return 0
