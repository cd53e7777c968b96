"""Worst-case time of every built-in regex on adversarial lines, and of ingest on such lines.

Every regex errctl runs over log text (found by walking the package: tests/regex_inventory.py)
is run, the way errctl calls it (match, fullmatch or search), on inputs built to make a
backtracking engine retry: long runs of spaces, digits, dots, colons, `a=`, brackets, quotes,
hex, base64, `at ` frames, repeated near-matches of the regex itself (a real match cut short
or spoiled), and pumps read off the pattern's own repetitions (tests/regex_pumps.py: the text
leading up to each, what its body matches repeated, then a spoiler). Each regex is first
probed on small inputs; growth much faster than the input's (4x the input, more than 6x the
time) marks it super-linear, and its 1 MiB time is extrapolated rather than waited for. The
worst inputs of the linear ones are then run at full size.

Then a file of such lines goes through the real ingest pipeline (plain, JSON and logfmt
flavours) into a temporary store, and the seconds per line are printed.

    python bench/regex_worst_case.py                 # 1 MiB lines (MAX_LINE_BYTES)
    python bench/regex_worst_case.py --size 65536 --only masking
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIB = 1024 * 1024
PROBE_SIZES = (4096, 16384)
SUPERLINEAR_RATIO = 6.0  # 4x the input; linear is ~4x the time, quadratic ~16x
NOISE_FLOOR = 0.002  # below this many seconds at the larger probe, growth ratios are noise


def _time(fn, *args, repeat: int = 3) -> float:
    """Best of `repeat` runs: the machine is shared, and noise only ever adds time."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
        if best > 0.5:
            break
    return best


def bench_regexes(size: int, only: str | None, top: int) -> list[tuple]:
    from tests.regex_inventory import adversarial_inputs, inventory, run, sample_lines

    corpus = sample_lines()
    rows = []
    for entry in inventory():
        if only and only not in entry.name:
            continue
        n = min(size, entry.bound or size)
        probe_sizes = (min(PROBE_SIZES[0], n // 4), min(PROBE_SIZES[1], n))
        worst = (0.0, "", "", "")  # seconds at `n`, mode, input name, verdict
        for mode in entry.modes:
            small, large = (adversarial_inputs(entry.regex, corpus, k) for k in probe_sizes)
            probes = []
            for name in large:
                t_small = _time(run, entry.regex, mode, small[name])
                t_large = _time(run, entry.regex, mode, large[name])
                probes.append((t_large, t_large / max(t_small, 1e-7), name))
            probes.sort(reverse=True)
            for t_large, ratio, name in probes[:top]:
                if t_large > NOISE_FLOOR and ratio > SUPERLINEAR_RATIO:
                    # Quadratic or worse: extrapolate (t ~ n^k with k from the probes).
                    k = max(1.0, math.log(ratio, probe_sizes[1] / probe_sizes[0]))
                    estimate = t_large * (n / probe_sizes[1]) ** k
                    found = (estimate, mode, name, f"SUPER-LINEAR (n^{k:.1f}, extrapolated)")
                else:
                    text = adversarial_inputs(entry.regex, corpus, n)[name]
                    found = (_time(run, entry.regex, mode, text), mode, name, "linear")
                if found[0] > worst[0]:
                    worst = found
        verdict = worst[3] + (f" (callers pass <= {n:,} chars)" if n < size else "")
        rows.append((entry.name, worst[0], worst[1], worst[2], verdict))
    rows.sort(key=lambda r: -r[1])
    return rows


def _pipeline_lines(size: int) -> dict[str, list[str]]:
    from tests.regex_inventory import FRAGMENTS, repeat_to

    runs = [repeat_to(frag, size - 64) for frag in FRAGMENTS.values()]
    return {
        "plain": [f"2024-01-01 12:00:{i % 60:02d} ERROR {r}" for i, r in enumerate(runs)],
        "json": [
            '{"ts":"2024-01-01T12:00:00Z","level":"error","msg":"'
            + r.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
            + '"}'
            for r in runs
        ],
        "logfmt": [f'ts=2024-01-01T12:00:00Z level=error msg="{r}"' for r in runs],
        "raw": runs,
        # Exception text: a Python traceback's last line, and a JVM exception line with no
        # stack under its header (its value is masked in Python for the fingerprint).
        "python-tb": [
            f"2024-01-01 12:00:00,000 ERROR app: failed\nTraceback (most recent call last):\n"
            f'  File "a.py", line 1, in f\nValueError: {r}'
            for r in runs
        ],
        "jvm-exc": [
            f"2024-01-01 12:00:00.000 [main] ERROR com.acme.App - failed\n"
            f"org.acme.BadThingException: {r}"
            for r in runs
        ],
    }


def bench_pipeline(size: int) -> list[tuple[str, int, float]]:
    from errctl.ingest.pipeline import IngestOptions, ingest
    from errctl.store.duckdb_store import DuckDBStore

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for flavour, lines in _pipeline_lines(size).items():
            path = Path(tmp) / f"{flavour}.log"
            path.write_text("\n".join(lines) + "\n")
            store = DuckDBStore(Path(tmp) / f"{flavour}.duckdb")
            start = time.perf_counter()
            summary = ingest([str(path)], store, IngestOptions())
            seconds = time.perf_counter() - start
            results.append((flavour, len(lines), seconds, summary.events, summary.rejected))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=MIB, help="line length (default 1 MiB)")
    parser.add_argument("--only", help="only regexes whose name contains this")
    parser.add_argument("--top", type=int, default=3, help="worst probe inputs run at full size")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the ingest run")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rows = bench_regexes(args.size, args.only, args.top)
    print(f"worst time per {args.size:,}-character line, per regex (slowest first)")
    print(f"{'regex':<44} {'mode':<9} {'seconds':>9}  {'worst input':<28} verdict")
    for name, seconds, mode, input_name, verdict in rows:
        print(f"{name[:44]:<44} {mode:<9} {seconds:>9.4f}  {input_name[:28]:<28} {verdict}")
    if rows:
        name, seconds, mode, input_name, verdict = rows[0]
        print(f"\noverall worst: {name} ({mode}) {seconds:.4f} s on {input_name!r}: {verdict}")
    bad = [r for r in rows if not r[4].startswith("linear")]
    print(f"{len(rows)} regexes, {len(bad)} super-linear, in {time.perf_counter() - started:.1f}s")

    if not args.no_pipeline:
        print(f"\ningest of {args.size:,}-byte adversarial lines (one per fragment)")
        for flavour, n, seconds, events, rejected in bench_pipeline(args.size):
            print(
                f"  {flavour:<7} {n} lines  {seconds:7.2f} s  {seconds / n:.4f} s/line  "
                f"({events} events, {rejected} rejected)"
            )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
