#!/usr/bin/env python3
"""Time `errctl reclassify` on a store of N generated events (issue 4: a million in seconds).

Owns the reclassify benchmark. Ingests the genlogs JSON corpus (cached by bench/_common.py)
once into `<workdir>/reclassify-n<N>.duckdb` (reused later; `--reingest` rebuilds it), then,
per repeat, copies that store to a scratch file and times, as child processes, `errctl
reclassify --dry-run` and `errctl reclassify` under a config whose rules read service, logger,
message and an attribute, so every event's combination is looked at and many change.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    DEFAULT_WORKDIR,
    JSON_FILE,
    BenchError,
    Samples,
    ensure_corpus,
    errctl_command,
    log,
    print_table,
    remove_db,
    run_child,
)

RULES = """
[[severity.rules]]
name = "payments"
service = "payments"
level = ["error", "critical"]
severity = "critical"
category = "payment"

[[severity.rules]]
name = "auth noise"
logger = "auth.*"
message = "*cache miss*"
severity = "none"
category = "noise"

[[severity.rules]]
name = "known user"
attributes = { user_id = "1*" }
level = "warning"
severity = "medium"
category = "users"
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--errctl", default=None, help="command that runs errctl")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reingest", action="store_true", help="rebuild the cached store")
    args = parser.parse_args(argv)
    try:
        corpus = ensure_corpus(args.workdir, args.events)
        cmd, env = errctl_command(args.errctl)
        base = args.workdir / f"reclassify-n{args.events}.duckdb"
        if args.reingest or not base.exists():
            remove_db(base)
            log(f"ingesting {corpus / JSON_FILE} into {base}")
            run_child(
                [*cmd, "--db", str(base), "ingest", str(corpus / JSON_FILE), "--quiet"], env=env
            ).check("ingest")
        config = args.workdir / "reclassify-rules.toml"
        config.write_text(RULES, encoding="utf-8")
        scratch = args.workdir / "reclassify-scratch.duckdb"
        rows, dry, real = [], Samples(), Samples()
        for _ in range(args.repeat):
            remove_db(scratch)
            shutil.copyfile(base, scratch)
            prefix = [*cmd, "--config", str(config), "--db", str(scratch), "reclassify"]
            d = run_child([*prefix, "--dry-run", "--format", "json"], env=env).check("dry run")
            r = run_child([*prefix, "--format", "json"], env=env).check("reclassify")
            dj, rj = d.json(), r.json()
            dry.add(d, inner=dj["seconds"])
            real.add(r, inner=rj["seconds"])
        remove_db(scratch)
        for name, s, j in (("dry run", dry, dj), ("reclassify", real, rj)):
            rows.append(
                [
                    name,
                    f"{j['events']:,}",
                    f"{j['combinations']:,}",
                    f"{j['severity_changed']:,}",
                    f"{j['category_changed']:,}",
                    f"{s.median():.2f}",
                    f"{s.median('inner'):.2f}",
                    f"{s.max_rss():.0f}",
                ]
            )
        print_table(
            [
                "run",
                "events",
                "combinations",
                "severity changed",
                "category changed",
                "process s",
                "reclassify s",
                "peak MB",
            ],
            rows,
        )
        print(f"groups with a changed event: {rj['groups_touched']:,}, batches: {rj['batches']}")
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
