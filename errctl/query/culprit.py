"""Where an exception group's exception comes from, in a few words.

Owns two readings of an exception chain that listings and `show` print beside a title:

- `culprit`: the frame the raised exception (chain[0]) left the program's own code from, as
  Sentry names an issue's culprit: its innermost counted frame (in-app, or any frame when none
  is), written `module in function`.
- `origins`: for groups whose titles read the same (one exception raised from two places, a
  listing's most confusing rows), the first step of each chain where it parts from the others:
  `via InvoiceController.create` and `via InvoiceController.charge`, or `caused by
  SocketTimeoutException`. A chain is read as its fingerprint reads it (docs/fingerprints.md):
  each exception's type, then its counted frames, outermost call first, so the step shown is
  one that went into the group's fingerprint.

Pure functions of the chains; the callers fetch them (DuckDBStore.newest_stacks).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from errctl.fingerprint.fingerprint import counted_frames
from errctl.fingerprint.inapp import NO_RULES, InAppRules
from errctl.models import ExceptionChain, Frame

if TYPE_CHECKING:
    from errctl.store.duckdb_store import DuckDBStore


def culprit(chain: ExceptionChain | None, rules: InAppRules | None = None) -> str | None:
    """`module in function` of the raised exception's innermost counted frame; None when it has
    no frames."""
    if not chain:
        return None
    frames = counted_frames(chain[0], rules or NO_RULES)
    if not frames:
        return None
    frame = frames[-1]
    where = frame.module or _basename(frame.file) or "?"
    return f"{where} in {frame.function or '?'}"


def origins(
    chains: Mapping[str, ExceptionChain | None], rules: InAppRules = NO_RULES
) -> dict[str, str]:
    """For each group (by fingerprint) whose chain parts from the others', the step where it
    parts, in words. A group whose chain reads like another's all along (its fingerprint came
    from a rule, or it has no frames) gets none."""
    steps = {fp: _steps(chain, rules) for fp, chain in chains.items()}
    out: dict[str, str] = {}
    for fp, own in steps.items():
        # The latest point where this chain parts from any of the others: the step that tells
        # it from the one most like it (earlier steps it shares with that one).
        parted = [_first_difference(own, other) for o, other in steps.items() if o != fp]
        at = max((i for i in parted if i is not None), default=None)
        if at is None:
            continue
        out[fp] = "no cause" if at >= len(own) else own[at]
    return out


def _steps(chain: ExceptionChain | None, rules: InAppRules) -> list[str]:
    steps: list[str] = []
    for depth, exc in enumerate(chain or ()):
        if depth:
            steps.append(f"caused by {_short_type(exc.type)}")
        previous = None
        for frame in counted_frames(exc, rules):
            step = f"via {_short_frame(frame)}"
            if step != previous:  # recursion counts once, as in the fingerprint
                steps.append(step)
            previous = step
    return steps


def _first_difference(own: list[str], other: list[str]) -> int | None:
    for i, (a, b) in enumerate(zip(own, other, strict=False)):
        if a != b:
            return i
    return None if len(own) == len(other) else min(len(own), len(other))


def _short_frame(frame: Frame) -> str:
    """`Class.method` of a Java frame, `module.function` of a Python one (the module's last
    dotted part), `file:function` where a frame names only its file."""
    function = frame.function or "?"
    if frame.module:
        # Go's packages are paths (`github.com/acme/api/handlers`), the others dotted.
        return f"{frame.module.rsplit('/', 1)[-1].rsplit('.', 1)[-1]}.{function}"
    return f"{_basename(frame.file) or '?'}:{function}"


def _short_type(name: str) -> str:
    return name.rsplit(".", 1)[-1] or name


def _basename(path: str | None) -> str | None:
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else None


def origins_in_store(
    store: DuckDBStore, fingerprints: Sequence[str], rules: InAppRules = NO_RULES
) -> dict[str, str]:
    """`origins` of these groups, read from each one's newest stored stack."""
    from errctl.query.explain import chain_from_stack

    stacks = store.newest_stacks(fingerprints)
    return origins({fp: chain_from_stack(stacks.get(fp)) for fp in fingerprints}, rules)
