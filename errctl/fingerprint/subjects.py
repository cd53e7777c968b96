"""Named subjects: the same statement after a colon, under several names.

Owns `named_subject_heads(new, known)`. Some programs open a message with the name of what it
is about, a phrase of plain words a user chose, then a colon and the statement: Home
Assistant's automations log `Motion hallway: Running automation actions`, `Kitchen lights:
Running automation actions`, `Garage door left open: Running automation actions`. The miner
reads a phrase before `: ` as a label, one statement each (a startup banner's `Operating
system: Linux`, `Processor count: 4`), and names of several lengths are several shapes anyway,
so each name made a template of its own. Where the text after the colon is one and the same
statement under three names or more, the names are the variable: `<*>: Running automation
actions` (words every name opens with stay the statement's: Dovecot's `Mailbox <*>: ...`).
A banner's labels each print a value of their own, never one statement's words under several
labels, and stay apart.

What counts (each test keeps apart what real logs write as separate statements):

- The name opens the message and runs to its first `: `: one to `_MAX_NAME` tokens, each a
  word (letters first, then letters, digits, `_`, `.`, `'` or `-`), no `<*>` (a value the
  masking found belongs to a structure the miner judged).
- A name that says something failed (`failed to get projects: database is locked`, `could
  not save state: database is locked`) is a statement of its own, an error wrapped with
  what was being done (Go's `fmt.Errorf("failed to ...: %w", err)`, Rust's `anyhow`
  contexts), whose cause after the colon several statements may share: such names are one
  statement's only where they differ in their last word alone (`failed to send metrics`,
  `... traces`, `... logs`: `failed to send <*>: ...`), and never a value elsewhere.
- The statement after it holds two words of letters or more (a sentence, not a value: `Disk
  usage: <*>` is a label's value), the same text, `<*>` and all, under each name.
- Three names or more (`_MIN_NAMES`) share the statement; fewer are as likely two labels
  that happen to be followed by the same words. A name so found is a value before any other
  statement too (`Motion hallway: Already running`, under one name or two), and where
  another template has a `<*>` in its place (`Initialized trigger Porch light at sunset`
  beside `Initialized trigger <*>`).

A new template also joins a known head of its statement. Cost grows with distinct templates,
never with events; pure and deterministic: the result depends on the sets of templates, never
on their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from errctl.fingerprint.absorb import spans
from errctl.fingerprint.masking import MASK

# The longest name taken (`Thermostat eco when away`, `Porch light at sunset`: four).
_MAX_NAME = 6
# Names that share a statement before it is theirs (two may be labels alike by chance).
_MIN_NAMES = 3
# Past this many names of several words, no template is searched for them elsewhere (each
# template is searched for each name; a home's automations are tens), and past this many
# heads none takes another (each pair is compared).
_MAX_NAMES_LOOKED_FOR = 256
_NAME_WORD = re.compile(r"[A-Za-z][\w.'-]*")
_LETTERS = re.compile(r"[A-Za-z]+[.,;!?]*")
# A name that says what failed: an error's context, never a name a user chose.
_FAILED = re.compile(
    r"(?:failed|failure|error|unable|cannot|can't|could not|couldn't|can not)\b", re.IGNORECASE
)
_COLON = ": "
# What may follow a name inside a sentence: its end, a blank, punctuation.
_NAME_END = frozenset(" .,;:)]'\"")


def _split(template: str) -> tuple[str, str] | None:
    """(name, statement) of a template that opens with a name and a colon (see the module
    docstring), or None."""
    name, colon, statement = template.partition(_COLON)
    if not colon:
        return None
    tokens = name.split(" ")
    if not 1 <= len(tokens) <= _MAX_NAME or not all(map(_NAME_WORD.fullmatch, tokens)):
        return None
    if sum(1 for token in statement.split() if _LETTERS.fullmatch(token)) < 2:
        return None
    return name, statement


def named_subject_heads(
    new: Iterable[str],
    known: Iterable[str] = (),
    *,
    min_values: int = 4,
    heads: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """{template of `new`: its head `<*>: statement`}, for each template of `new` that opens
    with a name whose statement three names or more share (see the module docstring).
    `known`: templates of earlier batches, which may be heads already. (`min_values` and
    `heads` are the other merges' knobs, taken for a uniform call.)"""
    del min_values, heads
    known = set(known)
    by_statement: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for template in sorted(set(new) - known):
        found = _split(template)
        if found is None:
            continue
        name, statement = found
        by_statement[statement].add(template)
        names[statement].add(name)
    # {statement: its head} for the statements several names share, or a known head has.
    shared = {}
    for statement, these in names.items():
        head = _known_head(these, statement, known)
        if head is None and len(these) >= _MIN_NAMES and _of_one_statement(these):
            head = _lead(these) + MASK + _COLON + statement
        if head is not None:
            shared[statement] = head
    # A name that three names' statement showed to be a value is one before its other
    # statements too, however few names those show (`Motion hallway: Already running`).
    subjects = {
        name for statement in shared for name in names[statement] if not _FAILED.match(name)
    }
    into: dict[str, str] = {}
    for statement, templates in by_statement.items():
        head = shared.get(statement, MASK + _COLON + statement)
        for template in templates:
            if template != head and (
                statement in shared or template.partition(_COLON)[0] in subjects
            ):
                into[template] = head
    into = _widest(into)
    into.update(_named_elsewhere(_untaken(new, into), subjects, set(new) | known))
    return into


def _of_one_statement(names: set[str]) -> bool:
    """Whether `names` may be one statement's values: any names, unless one says what failed
    (module docstring); then each must be the words all of them open with and one more."""
    if not any(_FAILED.match(name) for name in names):
        return True
    lead = _lead(names)
    return bool(lead) and all(" " not in name[len(lead) :] for name in names)


def _lead(names: set[str]) -> str:
    """The words every name opens with, each name having more after them (`Mailbox ` of
    Dovecot's `Mailbox Drafts`, `Mailbox Trash`): the statement's own, kept before `<*>`."""
    split = [name.split(" ") for name in names]
    lead: list[str] = []
    for words in zip(*split, strict=False):
        if len(set(words)) > 1:
            break
        lead.append(words[0])
    while lead and any(len(words) <= len(lead) for words in split):
        lead.pop()
    return "".join(word + " " for word in lead)


def _known_head(names: set[str], statement: str, known: set[str]) -> str | None:
    """The known head of `statement` that every one of `names` fits, if any: `<*>:
    statement`, or one keeping words all of them open with."""
    for name in sorted(names):
        words = name.split(" ")
        for n in range(len(words) - 1, -1, -1):
            lead = "".join(word + " " for word in words[:n])
            head = lead + MASK + _COLON + statement
            if head in known and all(other.startswith(lead) for other in names):
                return head
    return None


def _untaken(new: Iterable[str], into: dict[str, str]) -> list[str]:
    """The templates of `new` that no name's statement took."""
    return sorted(set(new) - into.keys())


def _named_elsewhere(templates: list[str], subjects: set[str], every: set[str]) -> dict[str, str]:
    """{template: the template it spells} for each template that spells a subject's name of
    two words or more where another template has a `<*>` (`Initialized trigger Porch light at
    sunset` beside `Initialized trigger <*>`): the name is a value there too, as
    `sharedvalues.py` finds of a run two statements log in a variable's place."""
    names = sorted((n for n in subjects if " " in n), key=lambda n: (-len(n), n))
    out: dict[str, str] = {}
    if len(names) > _MAX_NAMES_LOOKED_FOR:
        return out  # each template is searched for each name: a cap on the cost
    for template in templates:
        for name in names:
            at = template.find(name)
            end = at + len(name)
            if (
                at < 0
                or (at > 0 and template[at - 1] != " ")
                or (end < len(template) and template[end] not in _NAME_END)
            ):
                continue
            general = template[:at] + MASK + template[end:]
            if general in every:
                out[template] = general
                break
    return out


def _widest(into: dict[str, str]) -> dict[str, str]:
    """`into` with each head that another head's `<*>` spans taken by that one: a name's
    statements of one shape gave the miner enough values for a variable (`Garage door left
    open: Executing step <*>`), the other names' each showed it a few (`Executing step
    delay`, `Executing step call service`)."""
    heads = sorted(set(into.values()))
    wider: dict[str, str] = {}
    if len(heads) > _MAX_NAMES_LOOKED_FOR:
        return into  # each pair of heads is compared: the same cap on the cost
    for head in heads:
        spanning = [g for g in heads if g != head and MASK in g[1:] and spans(g, head)]
        if spanning:
            wider[head] = min(spanning, key=lambda g: (len(g), g))
    return {t: wider.get(h, h) for t, h in into.items()} | {
        h: g for h, g in wider.items() if h not in into
    }
