"""Optional fields: `key=value` pairs some messages of a statement carry and others do not.

Owns `optional_field_heads(new, known)`. Programs that log a statement as words and
`key=value` pairs often add pairs only some of the time, by configuration or by version:
OpenLDAP's slapd writes `qtime=` and `etime=` into its `RESULT` lines once `olcLogLevel stats`
timing is on (2.5+: `conn=1003 op=1 SEARCH RESULT tag=101 err=0 qtime=0.000021
etime=0.002393 nentries=1 text=`, 2.4: `... err=0 nentries=1 text=`); Exim's log_selector adds
`T=`, `CV=` or `M8S=` to a delivery line. The miner clusters messages of one shape (token count)
at a time, so each set of pairs comes out as a template of its own: one event, several groups.

A template is such a fuller spelling of another when it is that other's text with a run of
whitespace tokens more, next to each other, each a pair whose value is a variable
(`qtime=<*>`): a field the program fills in, inserted before a pair both spellings carry
(`nentries=<*>`, `text=`), so inside one record of fields. Fields added at the end are left
apart: there a pair is what tells two statements apart as often as not (`pam_unix`'s
`authentication failure; ... rhost=<*>` and `... rhost=<*> user=<*>` are two events of
OpenSSH's logs). A pair with a constant value (`status=ok`) or a word is wording and stays
apart, so `Accepted user=<*> id=<*>` never takes `Accepted user=<*> status=denied id=<*>`'s
place. The other (the *plain* template) must hold two words of its own or
more, pairs aside: a statement, not a bare list of fields. The fuller template takes the plain
one; a known template never changes, so a new plain template whose fuller spelling is known
takes that instead (`spellings.py`).

Cost grows with distinct templates, never with events: a few dictionary lookups per run of
pairs. Pure and deterministic: the result depends on the sets of templates, never on their
order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.spellings import spelling_heads, statement_words

# A field: a key (a name: letters, digits, `_`, `.`, `-`) and `=` and a masked value, alone in
# its whitespace token (`qtime=<*>`); `status=ok` or `a=<*>,b` are wording.
_FIELD = re.compile(r"[^\W\d][\w.-]*=<\*>")
# A pair, whatever its value (`nentries=<*>`, `text=`, `mode=ro`): what the run must come before.
_PAIR = re.compile(r"[^\W\d][\w.-]*=\S*")
# A field of a record whose fields a comma joins, followed by the comma: a key and `=` and a
# value of masks and punctuation only (`dkim_sd=<*>:<*>,`, `orig_to=<<*>>,`; a `<*>` is
# punctuation to the pattern, which `_record_field` asks for, so one way to match it).
_RECORD_FIELD = re.compile(r"[^\W\d][\w.-]*=[^\w\s]+,")
_BLANKS = re.compile(r"(\s+)")
# A run of optional fields holds at most this many (each run dropped is a candidate: so a
# template's candidates grow with its fields, not their square: Klipper's `Stats` line holds
# thirty, `sd_pos=<*>` among them only while it prints from its card); past the second count,
# a template is left as it is.
_MAX_RUN = 4
_MAX_FIELDS = 64


def optional_field_heads(new: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """{template: the template it is to take}, for templates of `new` that are a fuller
    spelling of another of `new` or `known`, or whose fuller spelling is known (see the
    module docstring)."""
    return spelling_heads(new, known, _plains)


def _plains(template: str) -> Iterator[str]:
    """`template` without one run of adjacent fields followed by a pair, for each such run
    inside a run of fields, or without one run of fields inside a record joined by commas,
    when what is left is a statement."""
    yield from _record_plains(template)
    parts = _BLANKS.split(template)  # tokens at even indices, blanks between them
    fields = [i for i in range(0, len(parts), 2) if _FIELD.fullmatch(parts[i])]
    if not fields or len(fields) > _MAX_FIELDS:
        return
    field_set = set(fields)
    if statement_words(parts[i] for i in range(0, len(parts), 2) if i not in field_set) < 2:
        return
    for start in fields:
        end = start
        while end in field_set and end - start < 2 * _MAX_RUN:
            # Drop the fields start..end with the blank before them (after them, at the start).
            rest = parts[: start - 1] + parts[end + 1 :] if start > 0 else parts[end + 2 :]
            if end + 2 < len(parts) and _PAIR.fullmatch(parts[end + 2]):
                yield "".join(rest)
            end += 2


def _record_plains(template: str) -> Iterator[str]:
    """`template` without one field inside a record whose items a comma joins
    (`_RECORD_FIELD`): after an item that ends with its comma and before another item, so
    neither the record's first item nor its last. amavisd-new adds `dkim_sd=<*>:<*>,` to its
    verdicts when the mail was signed (`..., size: <*>, queued_as: <*>, dkim_sd=<*>, <*> ms`),
    Postfix `orig_to=<<*>>,` to a delivery when an alias rewrote the recipient (`to=<<*>>,
    orig_to=<<*>>, relay=<*>, ...`): one statement, with a detail filled in or not. One field
    only: a record without several of its fields is as often of another stage of the event
    (Sendmail's envelope of a transaction that sent no data has no `msgid=` and `bodytype=`),
    and an item added at the record's end stays apart, as pairs added at the end do."""
    parts = _BLANKS.split(template)  # tokens at even indices, blanks between them
    fields = [
        i
        for i in range(2, len(parts) - 2, 2)
        if _record_field(parts[i]) and parts[i - 2].endswith(",")
    ]
    if len(fields) > _MAX_FIELDS:
        return
    for i in fields:
        rest = parts[: i - 1] + parts[i + 1 :]
        if statement_words(rest[k] for k in range(0, len(rest), 2)) >= 2:
            yield "".join(rest)


def _record_field(token: str) -> bool:
    """Whether `token` is a record's field with a masked value (`_RECORD_FIELD`)."""
    return MASK in token and _RECORD_FIELD.fullmatch(token) is not None
