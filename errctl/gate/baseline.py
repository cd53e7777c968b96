"""The baseline file: the groups a project already knows and tolerates, with their counts.

Format (version 1), chosen to be reviewed in diffs and committed beside the code:

    {
      "version": 1,
      "generated_by": "errctl 0.1.0",
      "groups": [
        {"fingerprint": "fp1:...", "title": "...", "level": "warning", "count": 12},
        ...
      ]
    }

Groups are sorted by fingerprint, one key order, 2-space indent and a trailing newline, so
writing the same baseline twice gives the same bytes and an update shows as added or removed
lines only. A count of 0 marks a group as resolved: it is known, but it should not come back
(`errctl gate --fail-on-regression`).

`level` is the highest level of the group's judged events when it was written: the baseline
tolerates the group up to that level, and the gate calls it new when its events rise above it
(a warning the project lives with that starts logging as an error is an error that was not
there before). An entry without one (a file written before entries had levels) is known at
any level, as it always was; `baseline write` records them.

`-` as the file is stdin to read and stdout to write, as for `cat`: `errctl baseline write -`
prints the baseline, `errctl baseline update - < old.json > new.json` filters one, and
`errctl gate --baseline -` reads one from a pipe (a CI job that fetched it from elsewhere).

Promises: reading a file that does not exist or cannot be read is an `InputError` (exit 3);
a file that is not a valid baseline (bad JSON, an unknown version, a missing or mistyped field,
a fingerprint listed twice) is a `UsageError` (exit 2) that names the file and the problem.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from errctl import __version__
from errctl.errors import InputError, UsageError
from errctl.models import LEVELS, GroupSummary

VERSION = 1
STDIO = "-"  # the file name that means stdin (read) or stdout (write)
_FIELDS = ("fingerprint", "title", "level", "count")


def level_rank(level: str | None) -> int:
    """0 for none, then trace ... critical in order."""
    return LEVELS.index(level) + 1 if level in LEVELS else 0


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    fingerprint: str
    title: str
    count: int
    level: str | None = None  # the highest level it is tolerated at; None: any (older files)

    def rose(self, level: str | None) -> bool:
        """Whether a group now at `level` is above the level this entry tolerates."""
        return self.level is not None and level_rank(level) > level_rank(self.level)

    @property
    def resolved(self) -> bool:
        """Known, but expected gone: a count of 0 (see the module docstring)."""
        return self.count == 0


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: dict[str, BaselineEntry]  # fingerprint -> entry
    generated_by: str = f"errctl {__version__}"

    def get(self, fingerprint: str) -> BaselineEntry | None:
        return self.entries.get(fingerprint)

    def known(self, fingerprint: str, taken_over: Iterable[str] = ()) -> BaselineEntry | None:
        """The entry of a group: its own, else, when it took over groups at ingest (a later,
        more general template of the same log statement: docs/fingerprints.md), one standing
        for theirs, their counts summed (they were its events when the baseline was written).
        A baseline written before the takeover knows the statement by the earlier id."""
        own = self.entries.get(fingerprint)
        if own is not None:
            return own
        found = [self.entries[fp] for fp in taken_over if fp in self.entries]
        if not found:
            return None
        levels = [e.level for e in found]
        level = None if None in levels else max(levels, key=level_rank)
        return BaselineEntry(fingerprint, found[0].title, sum(e.count for e in found), level)

    def __len__(self) -> int:
        return len(self.entries)


EMPTY = Baseline({})


def read_baseline(path: str | Path) -> Baseline:
    """The baseline in `path` (`-`: stdin). Raises InputError (unreadable) or UsageError
    (malformed)."""
    if str(path) == STDIO:
        return parse_baseline(_read_stdin(), "stdin", rewrite_as=STDIO)
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(
            f"no baseline file {p}",
            hint="write one with: errctl baseline write " + str(p),
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the baseline file {p}: {e}") from e
    return parse_baseline(text, str(p))


def _read_stdin() -> str:
    try:
        return sys.stdin.read()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the baseline from stdin: {e}") from e


def parse_baseline(
    text: str, name: str = "<baseline>", *, rewrite_as: str | None = None
) -> Baseline:
    """The baseline in `text`, read from `name`; `rewrite_as`: the file argument that rewrites
    it (its name, unless that is a stream's)."""

    def bad(why: str) -> UsageError:
        return UsageError(
            f"{name} is not a valid errctl baseline: {why}",
            hint="rewrite it with: errctl baseline write " + (rewrite_as or name),
        )

    if not text.strip():
        raise bad("it is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise bad(f"invalid JSON at line {e.lineno}: {e.msg}") from None
    if not isinstance(data, dict):
        raise bad("the top level must be an object")
    version = data.get("version")
    if version != VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise UsageError(
                f"{name} is a version {version} baseline; this errctl reads version {VERSION}",
                hint="upgrade errctl",
            )
        raise bad(f"unknown version {version!r} (expected {VERSION})")
    groups = data.get("groups")
    if not isinstance(groups, list):
        raise bad('"groups" must be a list')
    entries: dict[str, BaselineEntry] = {}
    for i, item in enumerate(groups):
        if not isinstance(item, dict):
            raise bad(f"groups[{i}] must be an object")
        fp, title, count = item.get("fingerprint"), item.get("title", ""), item.get("count")
        level = item.get("level")
        if level is not None and level not in LEVELS:
            raise bad(f"groups[{i}].level must be one of {', '.join(LEVELS)}")
        if not isinstance(fp, str) or not fp:
            raise bad(f'groups[{i}] needs a "fingerprint" string')
        if not isinstance(title, str):
            raise bad(f"groups[{i}].title must be a string")
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise bad(f"groups[{i}].count must be an integer, 0 or more")
        if fp in entries:
            raise bad(f"the fingerprint {fp} is listed twice")
        entries[fp] = BaselineEntry(fp, title, count, level)
    generated_by = data.get("generated_by")
    return Baseline(entries, generated_by if isinstance(generated_by, str) else "")


def render_baseline(baseline: Baseline) -> str:
    """The file's text: sorted, stable, diff-friendly (see the module docstring)."""
    groups = [
        {
            "fingerprint": e.fingerprint,
            "title": e.title,
            **({"level": e.level} if e.level is not None else {}),
            "count": e.count,
        }
        for e in sorted(baseline.entries.values(), key=lambda e: e.fingerprint)
    ]
    data = {"version": VERSION, "generated_by": f"errctl {__version__}", "groups": groups}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: str | Path, baseline: Baseline) -> None:
    """Write atomically (a temporary file renamed over), so a CI job killed mid-write never
    leaves a half file that the next run would reject. `-` writes it to stdout."""
    text = render_baseline(baseline)
    if str(path) == STDIO:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, p)
    except OSError as e:
        raise InputError(f"cannot write the baseline file {p}: {e.strerror or e}") from e


def _title(group: GroupSummary) -> str:
    # One line, bounded: the title is there for people reading the diff, not for matching.
    return group.title.split("\n", 1)[0][:200]


def from_groups(groups: Iterable[GroupSummary]) -> Baseline:
    """`baseline write`: exactly the groups given, with their counts and levels."""
    return Baseline(
        {
            g.fingerprint: BaselineEntry(g.fingerprint, _title(g), g.count, g.max_level)
            for g in groups
        }
    )


def updated(baseline: Baseline, groups: Iterable[GroupSummary]) -> tuple[Baseline, int, int]:
    """`baseline update`: accepts what the gate calls new. The groups not yet in the baseline
    are added with their counts and levels; an entry whose group rose above its level gets the
    group's level; every other entry is kept as it is (counts too: `write` recounts; an entry
    without a level keeps none). Returns (baseline, added, raised)."""
    entries = dict(baseline.entries)
    added = raised = 0
    for g in groups:
        entry = entries.get(g.fingerprint)
        if entry is None:
            entries[g.fingerprint] = BaselineEntry(g.fingerprint, _title(g), g.count, g.max_level)
            added += 1
        elif entry.rose(g.max_level):
            entries[g.fingerprint] = replace(entry, level=g.max_level)
            raised += 1
    return Baseline(entries, baseline.generated_by), added, raised


def pruned(
    baseline: Baseline, groups: Iterable[GroupSummary], merged: Iterable[str] = ()
) -> tuple[Baseline, int]:
    """`baseline prune`: only the entries whose groups still occur, on their own or merged into
    one of `groups` (`merged`: their events count there, and a takeover's earlier id is how a
    baseline written before it knows the group). Returns (baseline, dropped)."""
    present = {g.fingerprint for g in groups} | set(merged)
    entries = {fp: e for fp, e in baseline.entries.items() if fp in present}
    return Baseline(entries, baseline.generated_by), len(baseline.entries) - len(entries)
