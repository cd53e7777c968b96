"""What template mining remembers between batches and ingest runs: examples of each template.

Owns `TemplateMemory`. Mining decides what varies from the messages it sees together; a log
read a few lines at a time (cron, each run taking what was appended) shows it a few values at
a time, so its first templates are literal (`configure tzdata:all <*> <none>`), and a template
once stored keeps its messages. The memory keeps a few distinct masked messages of each
template (`EXAMPLES_PER_TEMPLATE`); the miner mines a batch's new messages together with them
(`TemplateMiner`), so the batch is mined as if the earlier messages were in it. When every
example of an earlier template then gets one later template that covers its text
(`configure <*>:<*> <*> <none>`), or that mining gives its text too (`take_over`), the later
one takes it over: the earlier template's group is
merged into the later one's (`take_over`; stored with the batch, as `errctl merge` would), and
its examples become the later one's.

Promises:
- A stored template never changes and keeps its events; only its group may join a later,
  more general template's group, and only if nobody acted on it (`pinned`: resolved, ignored,
  merged or reopened groups are the user's).
- Bounded: at most `EXAMPLES_PER_TEMPLATE` examples a template, and at most `CONTEXT_LIMIT`
  mined again with a batch, those of the most recently seen templates; none when every
  message of a batch matches a known template (the common case, which costs nothing more).
- Kept by family (`mining_family`: the program the log names, else the format its lines are
  written in and the layout of their times): a batch's messages are mined with the examples of
  the templates their own family gave, never another's. Mining reads its evidence from the
  messages it sees together, and the messages of unrelated programs mislead it: in one store for
  85 programs' logs (`bench/heldout.py --together`), pacemaker's `Diff: --- <*>` was mined with
  ClamAV's `<*>: <*> FOUND`, Cassandra's thread pools and Celery's `mingle: sync complete`,
  which share its shape and no word, into one template of no word (`<*>: <*>`), and asterisk's,
  traefik's and nats' groups lost statements the same way (grouping accuracy 0.891 together
  against 0.901 each alone; 0.900 with families). A template stored before families were kept
  belongs to every family.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from errctl.fingerprint.absorb import spans
from errctl.fingerprint.masking import MASK
from errctl.models import EXAMPLES_PER_TEMPLATE

CONTEXT_LIMIT = 8192
"""Examples mined again with a batch's new messages, at most. It bounds what the memory adds to
a run whose messages are not all known: measured on a store of 20,161 groups (genlogs plus
20,000 random sentences, mining's worst case), a cron run of 100 new lines took 0.45-1.4 s
longer than with no examples; real logs' messages mine several times faster."""


FORMAT_FAMILY = "\x1f"
"""Opens the family of lines that name no program (`mining_family`): in no program's name."""


# A time's layout, written with its digits, letters and blanks in runs of one: the same for
# every line a program writes (`Jun  1` and `Jun 11`, `.5Z` and `.123456Z`, `+0200` and
# `-0700` alike), different for two programs more often than not.
_LAYOUT_CLASSES = str.maketrans(
    "0123456789" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "+\t",
    "0" * 10 + "a" * 52 + "- ",
)
_REPEATS = re.compile(r"(.)\1+")


def time_layout(raw: object) -> str:
    """The layout of a time as its line wrote it (`mining_family`): `2024-06-11T06:00:03+0000`
    is `0-0-0a0:0:0-0`, `11-Jun-2024 07:33:44.872` is `0-a-0 0:0:0.0`; a number (an epoch in a
    JSON record) is its type's name."""
    if type(raw) is not str:
        return type(raw).__name__
    return _REPEATS.sub(r"\1", raw.translate(_LAYOUT_CLASSES))


LAYOUT_SEPARATOR = "\x1e"
"""Between a family's format and its time's layout (`mining_family`)."""


def _without_layout(family: str) -> str:
    """A format's family as it was before families named layouts (`mining_family`): a store's
    templates from then are the format's, whatever the layout of their lines' times."""
    return family.partition(LAYOUT_SEPARATOR)[0]


def mining_family(service: str | None, log_format: str | None, layout: str | None = None) -> str:
    """The family a message is mined with: the program that wrote it where the log names one
    (`service`: syslog's tag, a JSON record's service), else the format its line is written
    in with the layout of its time (`time_layout`): one program's files are written alike,
    two programs' rarely are (BIND's named and Knot DNS both read as generic text, with
    their times written `11-Jun-2024 07:33:44.872` and `2024-06-11T06:00:03+0000`). Not the
    file or its folder: one program's logs are spread over hosts' folders (`logs/web-1/`,
    `logs/web-2/`), pods' and tasks' folders, and mining needs all their evidence; and one
    folder or file holds many programs' (`/var/log`, a syslog file)."""
    if service:
        return service
    family = FORMAT_FAMILY + (log_format or "")
    return family + LAYOUT_SEPARATOR + layout if layout else family


class TemplateMemory:
    """Examples of templates (the store's, then the run's), and the takeovers they show."""

    def __init__(
        self,
        examples: Mapping[str, Sequence[str]] | None = None,
        pinned: Iterable[str] = (),
        families: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        # template -> its examples, least recently seen template first (the store loads them
        # so): `context` takes the newest when there are more than CONTEXT_LIMIT.
        # Tuples, not lists: most templates of a log of distinct messages have one example,
        # which a list held in 88 bytes, a tuple in 48.
        self._examples: dict[str, tuple[str, ...]] = {
            template: tuple(values[:EXAMPLES_PER_TEMPLATE])
            for template, values in (examples or {}).items()
        }
        self._pinned = frozenset(pinned)
        # family -> its templates, least recently seen first; a template with no family (a
        # store's from before families were kept) is in every family's context, after the
        # family's own.
        self._recent: dict[str, dict[str, None]] = {}
        # template -> its families, sorted. One tuple per distinct set of families, shared by
        # every template that has it (`_add_family`): a set of its own per template cost 250
        # bytes, most of the memory a log of 100,000 distinct messages kept.
        self._families: dict[str, tuple[str, ...]] = {}
        self._family_sets: dict[tuple[str, ...], tuple[str, ...]] = {}
        families = families or {}
        for template in self._examples:  # in their order: least recently seen first
            for family in sorted(families.get(template, ())):
                self._recent.setdefault(family, {})[template] = None
                self._add_family(template, family)
        # Templates taken over (by this run): their examples went to the taker.
        self._into: dict[str, str] = {}
        # Not stored yet: (template, example), (taken, taker) and (template, family) pairs.
        self._new_examples: list[tuple[str, str]] = []
        self._takeovers: list[tuple[str, str]] = []
        self._new_families: list[tuple[str, str]] = []

    def __bool__(self) -> bool:
        return bool(self._examples)

    def in_family(self, template: str, family: str | None) -> bool:
        """Whether `template` came from `family` (a template of no family, a store's from
        before families were kept, comes from every one; so does any with `family` None; one
        of a format's family from before layouts, from each of its layouts)."""
        if family is None:
            return True
        families = self._families.get(self._effective(template))
        return families is None or family in families or _without_layout(family) in families

    def context(self, family: str | None = None) -> dict[str, str]:
        """{example: its template} to mine again with new messages: the examples of the most
        recently seen templates of `family` (None: of all), then of its format's from before
        families named layouts, then of those of no family, CONTEXT_LIMIT at most."""
        out: dict[str, str] = {}
        if family is None:
            order: Iterable[str] = reversed(self._examples)
        else:
            own = reversed(self._recent.get(family, {}))
            # A format's templates from before families named layouts (`mining_family`).
            laid_out = family != _without_layout(family)
            before = reversed(self._recent.get(_without_layout(family), {})) if laid_out else ()
            unplaced = (t for t in reversed(self._examples) if t not in self._families)
            order = dict.fromkeys((*own, *before, *unplaced))
        for template in order:
            examples = self._examples.get(template)
            if not examples:
                continue
            if len(out) + len(examples) > CONTEXT_LIMIT:
                break
            out.update(dict.fromkeys(examples, template))
        return out

    def remember(self, assigned: Iterable[tuple[str, str]], family: str | None = None) -> None:
        """Keep (message, template) pairs as examples (`_keeps`), and mark their templates as
        the most recently seen (in `family` too, if given)."""
        examples = self._examples
        recent = self._recent.setdefault(family, {}) if family is not None else None
        for message, template in assigned:
            template = self._effective(template)
            kept = examples.pop(template, ())
            if recent is not None:
                recent.pop(template, None)
                recent[template] = None
                self._join(template, family)
            if _keeps(kept, message):
                kept = (*kept, message)
                self._new_examples.append((template, message))
            examples[template] = kept  # (re)inserted last: the most recently seen

    def keeps(self, assigned: Iterable[tuple[str, str]]) -> list[str]:
        """The messages of (message, template) pairs that `remember` would keep as new
        examples, in their order; nothing is remembered."""
        staged: dict[str, list[str]] = {}
        out = []
        for message, template in assigned:
            template = self._effective(template)
            kept = staged.get(template)
            if kept is None:
                kept = staged[template] = list(self._examples.get(template, ()))
            if _keeps(kept, message):
                kept.append(message)
                out.append(message)
        return out

    def _join(self, template: str, family: str) -> None:
        if family not in self._families.get(template, ()):
            self._add_family(template, family)
            self._recent.setdefault(family, {}).setdefault(template, None)
            self._new_families.append((template, family))

    def _add_family(self, template: str, family: str) -> None:
        families = tuple(sorted({*self._families.get(template, ()), family}))
        self._families[template] = self._family_sets.setdefault(families, families)

    def take_over(
        self,
        context: Mapping[str, str],
        mined: Mapping[str, str],
        known: Callable[[str], str | None],
        mined_as: Callable[[str], str | None] | None = None,
    ) -> set[str]:
        """Record the takeovers a batch shows, and return the templates that took others
        over. `context`: {example: its template}, as `context` gave it; `mined`: each
        example's template when mined with the batch; `known(mined template)`: the known
        template that spells it (one the batch's messages got, or an earlier one), None if
        none does; `mined_as(template)`: the mined template the mining gives the earlier
        template's own text (one that matches it, or the one that was merged into), None if
        none. An earlier template is taken over when all its examples got one mined
        template, and that (or the known one spelling it) covers the earlier one's text, or
        the mining gives that text the same template: a merge of mining's is no cover of
        text (`<*> event` and `<*> events` are one statement, `plurals.py`), and a value
        may be empty (`chg=` beside `chg=u` is `chg=<*>`), where `<*>` spans one character
        at least."""
        got: dict[str, set[str]] = {}
        for example, template in context.items():
            got.setdefault(template, set()).add(mined[example])
        takers: set[str] = set()
        for template, mined_templates in got.items():
            if len(mined_templates) != 1 or template in self._pinned or template in self._into:
                continue
            (mined_template,) = mined_templates
            into = self._effective(known(mined_template) or mined_template)
            if into == template:
                continue
            if spans(into, template) is None and (
                mined_as is None or mined_as(template) != mined_template
            ):
                continue
            if _wordless(into) and not _wordless(template):
                # A template of values alone (`<*>`, `<*>: <*>`) says nothing of what was
                # logged: mined so from unrelated statements of one shape (`Kernel started:
                # <*>`, `Heap size: <*>` and a dozen more, each seen once), it took them all.
                continue
            takers.add(into)
            self._into[template] = into
            self._takeovers.append((template, into))
            for family in sorted(self._families.pop(template, ())):
                self._recent[family].pop(template, None)
                self._join(into, family)
            kept = self._examples.setdefault(into, ())
            for example in self._examples.pop(template, ()):
                if _keeps(kept, example):
                    kept = (*kept, example)
                    self._new_examples.append((into, example))
            self._examples[into] = kept
        return takers

    def drain(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(new (template, example) pairs, new (taken, taker) pairs) since the last call: what
        the store keeps with the batch they came from (`drain_families` too)."""
        out = self._new_examples, self._takeovers
        self._new_examples, self._takeovers = [], []
        return out

    def drain_families(self) -> list[tuple[str, str]]:
        """New (template, family) pairs since the last call."""
        out, self._new_families = self._new_families, []
        return out

    def _effective(self, template: str) -> str:
        while template in self._into:
            template = self._into[template]
        return template


def _wordless(template: str) -> bool:
    """Whether `template` holds no letter but in its `<*>`."""
    return not any(c.isalpha() for c in template.replace(MASK, " "))


LAYOUT_EXAMPLES = 4
"""Examples of one layout a template keeps past the first half of EXAMPLES_PER_TEMPLATE
(`_keeps`): as many as mining needs to see a word vary (`min_variable_values`)."""


def _keeps(kept: Sequence[str], message: str) -> bool:
    """Whether a template's examples `kept` take `message`: any while there are fewer than
    half EXAMPLES_PER_TEMPLATE, then only one of a layout (its count of masked values and of
    blanks) fewer than LAYOUT_EXAMPLES of them have, so the examples show the ways the
    template's values are written (a version `<*>` or `<*>:<*>-<*>`), which mining needs to
    see one statement in them, each with values enough to show what varies in it (Proxmox's
    task ids: a rare `aptupdate::<user>` among `vzdump:<id>:<user>`, with its four users)."""
    if len(kept) >= EXAMPLES_PER_TEMPLATE or message in kept:
        return False
    if 2 * len(kept) < EXAMPLES_PER_TEMPLATE:
        return True
    layout = _layout(message)
    return sum(_layout(example) == layout for example in kept) < LAYOUT_EXAMPLES


def _layout(message: str) -> tuple[int, int]:
    return message.count(MASK), message.count(" ")
