"""Fingerprints: the stable id of "the same problem", versioned.

Canonical form of version fp1 (documented in docs/fingerprints.md; changing it means fp2):
- an event with an exception chain that has frames:
    for each exception, raised first then its causes:  `type` on a line, then one line per
    counted frame `module-or-file-basename:function[:source line]`; exceptions separated by
    `--`. Counted frames are the in-app ones (not site-packages, node_modules, the standard
    library, ...; the user's in-app globs first, see errctl.fingerprint.inapp); when an
    exception has none in-app, all of its frames. Line numbers, columns,
    directories, addresses and the exception message never count; a frame repeated right
    after itself (recursion) counts once. A Go runtime error's or fatal error's type line
    is `type: masked value` (the runtime's message names its kind).
- an exception chain without frames: `type: masked value` per exception.
- any other event: `m|` + its template (the masked message).
- an event a user fingerprint rule matches: `r|` + the rule's name (errctl.fingerprint.rules).
The fingerprint is `fp1:` + the first 16 hex digits of the SHA-256 of that text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from errctl.fingerprint.bounded import bounded_message
from errctl.fingerprint.inapp import NO_RULES, InAppRules, is_library_frame
from errctl.fingerprint.masking import FP1_RULES, mask_message
from errctl.models import ExceptionInfo, Frame

VERSION = "fp1"

# The types errctl gives the Go runtime's panics (`runtime error: index out of range [5] with
# length 2`) and its fatal errors (`fatal error: concurrent map writes`).
_GO_RUNTIME_KINDS = frozenset({"runtime error", "fatal error"})

# Compiler-generated parts of function names that change between builds: Java lambdas
# (`lambda$run$0`, `$$Lambda$123/0x0000abcd`), Scala/Kotlin `$1` suffixes, addresses.
_GENERATED = re.compile(r"\$\$Lambda\$\d+/0x[0-9a-fA-F]+|\$\d+|0x[0-9a-fA-F]+")


def digest(canonical: str) -> str:
    """`fp1:` + the first 16 hex digits of the SHA-256 of a canonical text."""
    return f"{VERSION}:{hashlib.sha256(canonical.encode('utf-8')).hexdigest()[:16]}"


def template_fingerprint(template: str) -> str:
    return digest("m|" + template)


def _frame_key(frame: Frame) -> str:
    where = frame.module or (frame.file or "?").replace("\\", "/").rsplit("/", 1)[-1]
    function = _GENERATED.sub("$", frame.function or "?")
    key = f"{where}:{function}"
    if frame.source:
        key += ":" + " ".join(frame.source.split())
    return key


def counted_frames(exc: ExceptionInfo, in_app_rules: InAppRules = NO_RULES) -> list[Frame]:
    """The frames of one exception that count towards its fingerprint, in order."""
    in_app = [f for f in exc.frames if not is_library_frame(f, in_app_rules)]
    return in_app or list(exc.frames)


COUNTED = "counted"
LIBRARY = "library"  # not in-app, and the exception has in-app frames
RECURSION = "recursion"  # the same key as the frame counted just before it


@dataclass(frozen=True, slots=True)
class FrameDecision:
    """Whether one frame counts towards its exception's fingerprint, and why (for `explain`)."""

    frame: Frame
    key: str  # its line in the canonical text
    status: str  # COUNTED, LIBRARY or RECURSION
    all_counted: bool = False  # counted because the exception has no in-app frame at all


def frame_decisions(exc: ExceptionInfo, in_app_rules: InAppRules = NO_RULES) -> list[FrameDecision]:
    """Every frame of one exception with its decision: `canonical_chain` is built from the same
    decisions, so an explanation shows exactly the rule that made the fingerprint."""
    return [FrameDecision(*d) for d in _decisions(exc, in_app_rules)]


def _decisions(exc: ExceptionInfo, rules: InAppRules) -> list[tuple[Frame, str, str, bool]]:
    """`frame_decisions` as plain tuples (frame, key, status, all_counted): fingerprinting needs
    no FrameDecision objects, and building them was a good part of its cost."""
    facts = [_frame_facts(f, rules) for f in exc.frames]
    # counted_frames' rule: the in-app frames, or all of them when none is in-app.
    all_counted = bool(facts) and all(library for _, library in facts)
    decisions: list[tuple[Frame, str, str, bool]] = []
    previous = exc.type
    for frame, (key, library) in zip(exc.frames, facts, strict=True):
        if library and not all_counted:
            decisions.append((frame, key, LIBRARY, False))
        elif key == previous:  # recursion: the same frame again counts once
            decisions.append((frame, key, RECURSION, all_counted))
        else:
            decisions.append((frame, key, COUNTED, all_counted))
            previous = key
    return decisions


# id(frame) -> (frame, rules, key, is-library). The parser hands out the same Frame object for
# a frame that recurs across traces, so most lookups hit. Keyed by id() because a Frame's own
# hash re-hashes all its fields on every call; the entry holds the frame, so its id cannot be
# reused by another object while cached, and the rules are checked by identity (they are
# immutable). Bounded: cleared when full.
_FACTS_MAX = 4096
_facts: dict[int, tuple[Frame, InAppRules, str, bool]] = {}


def _frame_facts(frame: Frame, rules: InAppRules) -> tuple[str, bool]:
    """(the frame's canonical key, whether it is a library frame under `rules`)."""
    cached = _facts.get(id(frame))
    if cached is not None and cached[0] is frame and cached[1] is rules:
        return cached[2], cached[3]
    key, library = _frame_key(frame), is_library_frame(frame, rules)
    if len(_facts) >= _FACTS_MAX:
        _facts.clear()
    _facts[id(frame)] = (frame, rules, key, library)
    return key, library


def canonical_chain(chain: Sequence[ExceptionInfo], in_app_rules: InAppRules = NO_RULES) -> str:
    has_frames = any(e.frames for e in chain)
    parts: list[str] = []
    for exc in chain:
        if not has_frames:
            # Masked as fp1 was defined (docs/fingerprints.md): FP1_RULES, codes as numbers.
            # Cut as a template's message is (bounded.MINE_CHARS): a megabyte of value costs
            # the masking minutes, and its first 16 KB name the problem.
            value = bounded_message(exc.value)
            parts.append(f"{exc.type}: {mask_message(value, FP1_RULES, named_codes=False)}")
            continue
        if exc.language == "go" and exc.type in _GO_RUNTIME_KINDS:
            # The Go runtime's own errors name their kind only in their text, which is the
            # runtime's, not the program's: a nil dereference and an index out of range in one
            # handler are two problems (two Go types, as Sentry's Go SDK reports them).
            value = mask_message(bounded_message(exc.value), FP1_RULES, named_codes=False)
            lines = [f"{exc.type}: {value}"]
        else:
            lines = [exc.type]
        lines.extend(
            key for _, key, status, _ in _decisions(exc, in_app_rules) if status == COUNTED
        )
        parts.append("\n".join(lines))
    return "\n--\n".join(parts)


def chain_fingerprint(chain: Sequence[ExceptionInfo], in_app_rules: InAppRules = NO_RULES) -> str:
    return digest("e|" + canonical_chain(chain, in_app_rules))


def template_fingerprints(templates: pa.Array) -> pa.Array:
    """`template_fingerprint` over a column, hashing each distinct template once."""
    if isinstance(templates, pa.ChunkedArray):
        templates = templates.combine_chunks()
    encoded = pc.dictionary_encode(templates)
    digests = pa.array(
        [template_fingerprint(t) for t in encoded.dictionary.to_pylist()], pa.string()
    )
    return pc.take(digests, encoded.indices)
