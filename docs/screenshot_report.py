"""Make docs/report.png, the README's picture of `errctl report --format html`.

Ingests sample_logs/ into a throwaway store (as scripts/demo does: --tz UTC, a fixed --at, so
the picture is the same whatever today's date), renders the HTML report of the day before
2026-11-28 12:00 UTC, and photographs its top with headless Chromium (Debian's `chromium`, or
the binary ERRCTL_CHROMIUM names).

Usage: python docs/screenshot_report.py [--out docs/report.png] [--theme light|dark]
       [--width 1100] [--height 1400]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def errctl(db: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    subprocess.run(
        [sys.executable, "-m", "errctl", "--db", str(db), *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def chromium() -> str:
    for name in (os.environ.get("ERRCTL_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (path := shutil.which(name)):
            return path
    sys.exit("error: no chromium (apt-get install -y chromium, or set ERRCTL_CHROMIUM)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "report.png"))
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=1400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="errctl-shot-") as tmp:
        work = Path(tmp)
        db = work / "demo.duckdb"
        errctl(db, "ingest", str(ROOT / "sample_logs"), "--tz", "UTC")
        page = work / "report.html"
        errctl(
            db, "report", "--since", "24h", "--at", "2026-11-28T12:00Z", "--format", "html",
            "--theme", args.theme, "--limit", "6", "-o", str(page),
        )  # fmt: skip
        subprocess.run(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--user-data-dir={work / 'profile'}",
                f"--window-size={args.width},{args.height}",
                f"--screenshot={args.out}",
                page.as_uri(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    print(f"wrote {args.out} ({Path(args.out).stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
