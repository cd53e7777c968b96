"""`explain`: how an event's fingerprint was formed, recomputed by the code that formed it.

For a message event: the tokens masked and the class that masked each, the template, the
canonical text and its hash. For an exception event: the chain, each frame marked counted, not
in-app (a library frame, while the exception has in-app ones) or a recursion duplicate, using
`errctl.fingerprint.fingerprint.frame_decisions`, from which the fingerprint itself is built.
The user's configuration takes part as it does at ingest: `[fingerprint] in_app_include` /
`in_app_exclude` decide frames before the defaults, and `[fingerprint] rules` are evaluated for
the event (each rule up to the first that matched, with why the others did not); the rule that
fired, or "default", is named. The event's severity classification is shown too, by
`errctl.severity.rules.RuleSet.explain`.
The recomputed fingerprint is compared with the stored one, so an event stored by another
version of the rules says so instead of explaining something that did not happen.

A group is explained through its newest event: every event of a group has the same canonical
text, which is what the fingerprint hashes. A group made at ingest by a template that took
others over (errctl.fingerprint.memory), with no event of its own, is explained through the
newest event of the groups it took over, with its own template: the message is theirs, what
masking and mining made of it and what is hashed are the taker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from errctl.config.schema import Settings
from errctl.errors import UsageError
from errctl.fingerprint.bounded import bounded_message
from errctl.fingerprint.fingerprint import (
    LIBRARY,
    RECURSION,
    VERSION,
    canonical_chain,
    chain_fingerprint,
    frame_decisions,
    template_fingerprint,
)
from errctl.fingerprint.inapp import NO_RULES, InAppRules, is_library_path
from errctl.fingerprint.masking import FP1_RULES, MASK, explain_masking, mask_message
from errctl.fingerprint.mining import explain as mined_tokens
from errctl.fingerprint.rules import FingerprintRules, rule_canonical, rule_fingerprint
from errctl.models import Event, EventFilter, ExceptionChain, ExceptionInfo, Frame
from errctl.severity.rules import Explanation as SeverityExplanation
from errctl.severity.rules import RuleSet
from errctl.store.duckdb_store import DuckDBStore

RULE_MESSAGE = "message template"
RULE_FRAMES = "exception chain with frames"
RULE_NO_FRAMES = "exception chain without frames"

RULES_NOTE = f"the built-in {VERSION} rules (docs/fingerprints.md)"
DEFAULT_RULE = "default"

_EVENT_REF = re.compile(r"^(?:event:|#)?(\d+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MaskedToken:
    cls: str  # the masking class that matched (uuid, ipv4, numeric, ...), or small-int
    token: str


@dataclass(frozen=True, slots=True)
class KeptToken:
    """A small integer or error code left as written: the key before it names an enumeration
    (`HTTP 500`, `status=404`) or an error code (`SQLState: 40001`)."""

    key: str
    token: str


@dataclass(frozen=True, slots=True)
class FrameExplanation:
    frame: Frame
    key: str  # its line in the canonical text
    status: str  # counted | library | recursion
    reason: str


@dataclass(frozen=True, slots=True)
class ExceptionExplanation:
    type: str
    value: str
    language: str
    frames: tuple[FrameExplanation, ...]
    masks: tuple[MaskedToken, ...]  # of the value, when the chain has no frames
    kept: tuple[KeptToken, ...] = ()  # of the value, when the chain has no frames


@dataclass(frozen=True, slots=True)
class Explanation:
    event_id: int
    fingerprint: str  # as stored
    computed: str  # as recomputed now, by the same code
    rule: str  # RULE_MESSAGE, RULE_FRAMES or RULE_NO_FRAMES
    rules_note: str
    canonical: str  # the text the fingerprint hashes
    message: str
    template: str  # as stored
    masked: str  # the message through the masking classes now (the template, unless mined)
    masks: tuple[MaskedToken, ...]  # of the message (message events)
    chain: tuple[ExceptionExplanation, ...]
    via_group: bool = False  # explained through its group's newest event
    default: str = ""  # the fingerprint the built-in rules compute (before user rules)
    fingerprint_rule: str = DEFAULT_RULE  # the user rule that fired (its text), or "default"
    rule_canonical: str | None = None  # what that rule's fingerprint hashes (r|...)
    rules_checked: tuple[tuple[str, str], ...] = ()  # (rule, why it did not match), in order
    severity: SeverityExplanation | None = None
    # Tokens of `masked` that template mining made variables (masking left them), in order.
    mined: tuple[str, ...] = ()
    # A taker with no event of its own is explained through the newest event of a group it
    # took over: that group, and the template its events are stored under.
    taken_group: str | None = None
    taken_template: str | None = None
    took_over: tuple[str, ...] = ()  # every group it took over, by fingerprint
    kept: tuple[KeptToken, ...] = ()  # of the message: integers and codes left as written

    @property
    def matches(self) -> bool:
        return self.computed == self.fingerprint

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "fingerprint": self.fingerprint,
            "computed": self.computed,
            "matches": self.matches,
            "rule": self.rule,
            "rules_note": self.rules_note,
            "canonical": self.canonical,
            "message": self.message,
            "template": self.template,
            "masked": self.masked,
            "masks": [{"class": m.cls, "token": m.token} for m in self.masks],
            "kept": [{"key": k.key, "token": k.token} for k in self.kept],
            "mined": list(self.mined),
            "taken_group": self.taken_group,
            "taken_template": self.taken_template,
            "took_over": list(self.took_over),
            "default": self.default,
            "fingerprint_rule": self.fingerprint_rule,
            "rule_canonical": self.rule_canonical,
            "rules_checked": [{"rule": r, "why": w} for r, w in self.rules_checked],
            "severity": None
            if self.severity is None
            else {
                "severity": self.severity.severity,
                "category": self.severity.category,
                "rule": self.severity.rule,
                "origin": self.severity.origin,
                "checked": [{"rule": r, "why": w} for r, w in self.severity.checked],
                "default_reason": self.severity.default_reason,
            },
            "chain": [
                {
                    "type": e.type,
                    "value": e.value,
                    "language": e.language,
                    "masks": [{"class": m.cls, "token": m.token} for m in e.masks],
                    "kept": [{"key": k.key, "token": k.token} for k in e.kept],
                    "frames": [
                        {**f.frame.to_dict(), "key": f.key, "status": f.status, "reason": f.reason}
                        for f in e.frames
                    ],
                }
                for e in self.chain
            ],
        }


def chain_from_stack(stack: list[dict[str, Any]] | None) -> ExceptionChain | None:
    """The exception chain of a stored event (its `stack` column) as model objects."""
    if not stack:
        return None
    return tuple(
        ExceptionInfo(
            type=e.get("type") or "?",
            value=e.get("value") or "",
            frames=tuple(Frame(**f) for f in e.get("frames") or ()),
            language=e.get("language") or "unknown",
        )
        for e in stack
    )


def explain_event(
    event: Event, *, via_group: bool = False, settings: Settings | None = None
) -> Explanation:
    """How `event`'s fingerprint is formed, by the code that formed it, under `settings`
    (the configuration's in-app globs, fingerprint rules and severity rules; None: none)."""
    settings = settings or Settings()
    base = _explain_default(event, via_group, InAppRules.from_settings(settings))
    rules = FingerprintRules.from_settings(settings)
    fields = event.to_dict()
    checked = rules.checked(fields)
    fired = checked[-1][0] if checked and checked[-1][1] is None else None
    return replace(
        base,
        default=base.computed,
        computed=rule_fingerprint(fired.name, base.computed) if fired else base.computed,
        fingerprint_rule=fired.rule.text if fired else DEFAULT_RULE,
        rule_canonical=rule_canonical(fired.name, base.computed) if fired else None,
        rules_checked=tuple((r.rule.text, why) for r, why in checked if why is not None),
        severity=RuleSet.from_settings(settings).explain(fields),
    )


def _explain_default(event: Event, via_group: bool, in_app: InAppRules) -> Explanation:
    chain = chain_from_stack(event.stack)
    found, left = explain_masking(event.message)
    masks = tuple(MaskedToken(c, t) for c, t in found)
    kept = tuple(KeptToken(k, t) for k, t in left)
    if not chain:
        # The stored template is what was hashed (it may come from template mining, which can
        # mask more than the per-token classes listed here).
        masked = mask_message(bounded_message(event.message))
        return Explanation(
            event_id=event.id,
            fingerprint=event.fingerprint,
            computed=template_fingerprint(event.template),
            rule=RULE_MESSAGE,
            rules_note=RULES_NOTE,
            canonical="m|" + event.template,
            message=event.message,
            template=event.template,
            masked=masked,
            masks=masks,
            kept=kept,
            chain=(),
            via_group=via_group,
            mined=_mined(masked, event.template),
        )
    has_frames = any(e.frames for e in chain)
    explained: list[ExceptionExplanation] = []
    for exc in chain:
        frames: list[FrameExplanation] = []
        value_masks: tuple[MaskedToken, ...] = ()
        value_kept: tuple[KeptToken, ...] = ()
        if has_frames:
            for d in frame_decisions(exc, in_app):
                frames.append(FrameExplanation(d.frame, d.key, d.status, _reason(d, in_app)))
        else:
            found, left = explain_masking(exc.value, FP1_RULES, named_codes=False)
            value_masks = tuple(MaskedToken(c, t) for c, t in found)
            value_kept = tuple(KeptToken(k, t) for k, t in left)
        explained.append(
            ExceptionExplanation(
                exc.type, exc.value, exc.language, tuple(frames), value_masks, value_kept
            )
        )
    return Explanation(
        event_id=event.id,
        fingerprint=event.fingerprint,
        computed=chain_fingerprint(chain, in_app),
        rule=RULE_FRAMES if has_frames else RULE_NO_FRAMES,
        rules_note=RULES_NOTE,
        canonical="e|" + canonical_chain(chain, in_app),
        message=event.message,
        template=event.template,
        masked=mask_message(bounded_message(event.message)),
        masks=masks,
        kept=kept,
        chain=tuple(explained),
        via_group=via_group,
    )


def _mined(masked: str, template: str) -> tuple[str, ...]:
    """The tokens of the masked message that mining turned into the template's variables."""
    if masked == template:
        return ()
    return tuple(token for _, token in mined_tokens(masked, template) if MASK not in token)


def _reason(d: Any, in_app: InAppRules = NO_RULES) -> str:
    frame: Frame = d.frame
    decided = in_app.decide(frame) if in_app else None
    if d.status == LIBRARY:
        if decided is not None:
            return f"not in-app: matches in_app_exclude {decided[1]!r}"
        if frame.in_app is False:
            return "not in-app: marked so by its parser"
        if frame.file and is_library_path(frame.file):
            return "not in-app: a library or runtime file"
        return "not in-app: a library or runtime module"
    if d.status == RECURSION:
        return "recursion: the same frame as the one counted just before it counts once"
    if d.all_counted:
        return "counted: this exception has no in-app frame, so all of its frames count"
    if decided is not None:
        return f"counted: in-app, matches in_app_include {decided[1]!r}"
    return "counted: in-app"


def explain(store: DuckDBStore, ref: str, settings: Settings | None = None) -> Explanation:
    """Explain an event (`123`, `event:123`) or a group (a fingerprint or a unique prefix of
    its hash) under `settings`. A number that is both an event id and a group prefix is
    ambiguous."""
    from errctl.query.groups import resolve_group

    text = ref.strip()
    m = _EVENT_REF.match(text)
    if m and (text.lower().startswith(("event:", "#")) or len(text) < 4):
        return _explain_event_id(store, int(m.group(1)), settings)
    if m:  # digits only, long enough to be a group prefix too
        event = store.event(int(m.group(1)))
        try:
            fingerprint = resolve_group(store, text)
        except UsageError:
            if event is None:
                raise UsageError(
                    f"no event or group {text!r}",
                    hint="list groups with: errctl groups; find events with: errctl search",
                ) from None
            return explain_event(event, settings=settings)
        if event is not None:
            raise UsageError(
                f"{text!r} is both an event id and a group id prefix",
                hint=f"say which: errctl explain event:{text}  or  errctl explain {fingerprint}",
            )
        return _explain_group(store, fingerprint, settings)
    return _explain_group(store, resolve_group(store, text), settings)


def _explain_event_id(store: DuckDBStore, event_id: int, settings: Settings | None) -> Explanation:
    event = store.event(event_id)
    if event is None:
        raise UsageError(f"no event {event_id}", hint="find events with: errctl search")
    return explain_event(event, settings=settings)


def _explain_group(store: DuckDBStore, fingerprint: str, settings: Settings | None) -> Explanation:
    newest = _newest(store, (fingerprint,))
    if newest is not None:
        return explain_event(newest, via_group=True, settings=settings)
    from errctl.query.groups import merged_into, merges

    taken = sorted(m.fingerprint for m in merged_into(merges(store), fingerprint))
    example = _newest(store, tuple(taken)) if taken else None
    (group,) = store.groups_by_fingerprint([fingerprint]) or (None,)
    if example is None or group is None or group.exception_type is not None:
        # A group row without events: removed by --reingest in between.
        raise UsageError(f"the group {fingerprint} has no stored events")
    # A template mined from the examples of the groups it took over, at ingest: it stands for
    # their messages, so one of them shows how its template masks and mines a message.
    as_taker = replace(example, fingerprint=fingerprint, template=group.template)
    return replace(
        explain_event(as_taker, via_group=True, settings=settings),
        taken_group=example.fingerprint,
        taken_template=example.template,
        took_over=tuple(taken),
    )


def _newest(store: DuckDBStore, fingerprints: tuple[str, ...]) -> Event | None:
    """The newest stored event of these groups (their own events, by stored fingerprint)."""
    return next(iter(store.search(EventFilter(fingerprints=fingerprints), limit=1)), None)
