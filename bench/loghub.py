#!/usr/bin/env python3
"""Grouping accuracy on Loghub-2k next to Drain3: the benchmark issue #3 names.

The measuring lives in `template_accuracy.py` (its default mode; see bench/README.md); this is
the same run under the name the issue gives it. `--loghub DIR` measures another Loghub-2k
directory, such as systems that are not in `../shared/loghub2k`: `formats.json` entries may be
in this repository's shape (`pattern`, `drain`) or Loghub's benchmark settings (`log_format`,
`regex`, `st`, `depth`).

    python bench/loghub.py                          # the eight systems in ../shared/loghub2k
    python bench/loghub.py --loghub ~/loghub-2k --systems Linux,Mac --errors 5
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.template_accuracy import main

if __name__ == "__main__":
    if "--genlogs" in sys.argv:
        print("error: --genlogs is template_accuracy.py's mode", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
