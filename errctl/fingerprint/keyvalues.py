"""Key values of several tokens: the value of a `key=` is one variable, however many tokens.

Owns `key_value_heads(new, known)`. The miner finds variables position by position within one
shape (token count and separators), and it takes the value of a `key=` for a variable however
few values it shows (`word_roles.key_value_positions`); but a value of several tokens changes the
message's shape, so each such value made a template of its own. ZooKeeper's client prints its
environment one key a line (`Client environment:java.version=17.0.9`, `...:java.vendor=Eclipse
Adoptium`, `...:os.name=Windows 11`, `...:zookeeper.version=3.8.3-..., built on <date> GMT`),
Postfix's verbose mode its settings (`dict_lookup: mail_name = mail Daemon`, `dict_lookup:
mydestination = $myhostname, localhost.$mydomain`): one statement each, `Client
environment:<*>=<*>`, `dict_lookup: <*> = <*>`, split by the values' lengths.

A template's *pairs* are its `key=value` and `key = value` (the key a run of word characters,
`.` and `-`, or a `<*>`): the value runs to the template's end, or to the blank (or `,`, `;`)
before the next pair's key, or to a colon and a blank right after a value of one token (the
pairs are the subject of the statement after them: srsRAN's `ue=<*> c-rnti=<*>: DCCH DL
<*>`). Templates that agree on everything but one pair's key and value (a *family*: the
text before the key, the glue around `=` and the text after the value) are merged into the
family's *head*, the pair made `<*>` (`lead<*>=<*>rest`), when their values have
several shapes (values of one shape were the miner's to judge, column by column), the text
before the key holds a word (something else to agree on: a bare `<*>=<*>` would take any
`word=words` message), and

- the key varies (two keys or more, or a key the miner already made `<*>`): a name logged with
  its value, settings dumped one a line; the miner makes such a pair `<*> = <*>` within a shape
  too. Not when every value is a masked value and then words: those words say what happened
  (slapd's `conn=<*> op=<*> UNBIND` and `conn=<*> fd=<*> closed`, `_value_then_words`);
- or, for one key, the values are many (`min_values`, the miner's threshold for a position's
  values), no first word shared by more than half of them, and their first words are no
  enumeration of outcomes (`outcomes.py`): Postfix's `status=sent (250 2.0.0 OK ...)`,
  `status=deferred (host ... said: ...)` and `status=bounced (...)`, each with replies of
  several wordings, stay three, as the miner splits `status=ok` from `status=failed`;
- or, for one key, a member is *general*, its value and the values of the pairs before it
  `<*>` (the miner made them variables), and the others' values each hold a masked value:
  those others take it, whatever values of one token their pairs before show (a client
  seen alone in its shape keeps its `user=` and `database=`). PostgreSQL's `connection
  authorized: user=<*> database=<*> application_name=<*>` (`psql`, or nothing) takes
  `user=metabase database=analytics application_name=Metabase <*>` (a client's name and
  version): a value however few, never an outcome's phrase (`failed retrying` holds none).
  A value of capitalised words is a name, and takes it too (OpenVPN's `VERIFY OK: depth=<*>,
  CN=ACME VPN CA` beside `CN=<*>`: `_proper_name`).

A value of several tokens merged so is *named*. A template that ends in a named value after a
blank (Postfix's `mac_parse: mail Daemon`, `dict_eval: const  mail Daemon`, which parse the
value `dict_lookup` just printed) is merged into the template of its lead and `<*>`
(`mac_parse: <*>`), when that template exists or two templates of that lead end in named
values: the value is one whatever statement prints it. A trailing sentence without a key
(`Connection reset by peer`) is never taken: only a named value is.

Not `key: value`: a colon also ends a sentence's subject (`Failed to open file: permission
denied`, `Failed to open socket: address in use` are two problems), and the miner does not
read it as a pair either.

A template from an earlier batch is never changed, but counts in its family, and a head this
module made earlier (`heads`) takes new members of its family without the tests. Cost grows
with distinct templates, never with events: each template is scanned once for its pairs (at
most `_MAX_PAIRS`; one longer than `_MAX_CHARS` is left as it is) and cut at its last few
blanks. Pure and deterministic: the result depends on the sets of templates, never on their
order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.outcomes import outcome_values
from errctl.fingerprint.spellings import chain_ends

# A key is a run of these characters, or `<*>` (`<*>.tmpdir` is one key: a name masking cut
# into), at most `_MAX_KEY` long.
_KEY_CHARS = frozenset("_.-")
_MAX_KEY = 128
# The blanks between an `=` and its value, which starts with neither a blank nor a second `=`
# (`==` compares), and an `=` glued to a `>` is an arrow (Jackett's `Torznab search in <*> =>
# Found <*> releases`), whose text after it is no value of the word before.
_VALUE_START = re.compile(r"(?!>)[ \t]*(?=[^=\s])")
# What may lie between a value and the next pair's key: a blank, or a `,` or `;`.
_BETWEEN = " \t,;"
# Tokens as the miner splits them: a value's shape is what lies between them.
_TOKEN = re.compile(r"<\*>|[^=:,;|#\[\](){}<>\s]+")
_BLANK = re.compile(r"[ \t]+")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9&.-]*")
# Pairs read per template (a hostile `a=b=c=...` costs what a long message does).
_MAX_PAIRS = 16
# Blanks a named value is looked for after, from a template's end.
_MAX_TAIL_TOKENS = 16
# Longer templates are left as they are: a family is keyed by its text around the pair, copied
# for each pair (settings are printed one a line, on short lines).
_MAX_CHARS = 2_000


def _key_before(template: str, eq: int) -> tuple[int, int] | None:
    """(start, end) of the key whose `=` is at `eq` (blanks may lie between), or None."""
    end = eq
    while end > 0 and template[end - 1] in " \t":
        end -= 1
    start = end
    low = max(0, end - _MAX_KEY)
    while start > low:
        c = template[start - 1]
        if c.isalnum() or c in _KEY_CHARS:
            start -= 1
        elif c == ">" and template.startswith(MASK, start - len(MASK)):
            start -= len(MASK)
        else:
            return (start, end) if start < end else None
    return (start, end) if start < end and start == 0 else None


def _pairs(template: str) -> list[tuple[tuple[str, str, str], str, str, str, str]]:
    """[((lead, glue, rest), key, value, separator, loose lead)] of each pair of `template`
    (module docstring): `rest` starts at the next pair's key, `separator` is what lies
    between; the loose lead is the lead with the values of one token of its pairs `<*>`."""
    found: list[tuple[int, int, int]] = []  # (key start, key end, value start)
    eq = template.find("=")
    while eq >= 0 and len(found) <= _MAX_PAIRS:
        after = _VALUE_START.match(template, eq + 1)
        key = _key_before(template, eq) if after else None
        if after and key and (not found or key[0] >= found[-1][2]):
            found.append((*key, after.end()))
        eq = template.find("=", eq + 1)
        while eq >= 0 and template[eq - 1] == "=":  # the rest of a run of `=`
            eq = template.find("=", eq + 1)
    letter = _LETTER.search(template)  # (`<*>` holds none)
    out = []
    loose: list[str] = []  # the loose lead, piece by piece
    done = 0  # how much of the template `loose` holds
    for i, (key_start, key_end, start) in enumerate(found[:_MAX_PAIRS]):
        if i:
            # The previous pair's value, up to the blank (or `,`, `;`) before this key.
            before = found[i - 1][2]
            value = template[before:key_start].rstrip(_BETWEEN)
            loose.append(template[done:before])
            loose.append(MASK if value and _TOKEN.fullmatch(value) else value)
            done = before + len(value)
        if letter is None or letter.start() >= key_start:
            continue  # nothing before the key for the family's members to agree on
        end = found[i + 1][0] if i + 1 < len(found) else len(template)
        colon = template.find(": ", start, end)
        if colon > start and _TOKEN.fullmatch(template, start, colon):
            # A value of one token, then a colon and the statement (srsRAN's `ue=<*>
            # c-rnti=<*>: DCCH DL <*>`): the pairs are the statement's subject, not its value.
            end = colon
        value = template[start:end]
        if end < len(template) and end != colon:
            value = value.rstrip(_BETWEEN)
            if len(value) == end - start:
                continue  # glued to the next key (`a=1&b=2`): no value of its own
        if value:
            family = (template[:key_start], template[key_end:start], template[end:])
            key = template[key_start:key_end]
            separator = template[start + len(value) : end]
            lead = "".join(loose) + template[done:key_start]
            out.append((family, key, value, separator, lead))
    return out


def _shape(value: str) -> str:
    return _BLANK.sub(" ", _TOKEN.sub("x", value))


def _several_tokens(value: str) -> bool:
    return not _TOKEN.fullmatch(value)


def key_value_heads(
    new: Iterable[str],
    known: Iterable[str] = (),
    *,
    min_values: int = 4,
    heads: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """{template of `new`: its head}, for each template of `new` whose pair's value (or whose
    named tail) is one variable (module docstring). `known`: templates of earlier batches,
    which count in families but never change; `heads`: the heads this module made before."""
    new = sorted(set(new))
    known = set(known) - set(new)
    families: dict[tuple[str, str, str], list[tuple[str, str, str, str]]] = defaultdict(list)
    loose: dict[tuple[str, str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for template in [*new, *sorted(known)]:
        if "=" in template and len(template) <= _MAX_CHARS:
            for family, key, value, separator, lead in _pairs(template):
                families[family].append((template, key, value, separator))
                loose[(lead, key, *family[1:])].append((template, value))
    into: dict[str, str] = {}
    named: set[str] = set()
    for family in sorted(families):
        members = families[family]
        if len(members) < 2:
            continue  # a head from before is a member of its family: nothing to merge
        head = _family_head(family, members, min_values, heads)
        if head is None:
            continue
        for template, _, value, _ in members:
            if _several_tokens(value):
                named.add(value)
            if template not in known and template != head and template not in into:
                into[template] = head
    if named:
        into.update(_named_tails([t for t in new if t not in into], {*new, *known}, named))
    for (lead, key, glue, _rest), members in sorted(loose.items()):
        general = lead + key + glue + MASK
        heads_here = {t for t, value in members if value == MASK and t.startswith(general)}
        if len(heads_here) != 1 or not all(
            MASK in value or _proper_name(value) for _, value in members
        ):
            continue  # a value of words alone: maybe an outcome's phrase
        head = next(iter(heads_here))
        for template, _ in members:
            if template not in known and template != head:
                into.setdefault(template, head)
    return chain_ends(into)


def _family_head(
    family: tuple[str, str, str],
    members: list[tuple[str, str, str, str]],
    min_values: int,
    heads: frozenset[str] | set[str],
) -> str | None:
    """The head `members` merge into, or None when they stay apart. Between its value and
    the next key, the head has the separator of its smallest member (members come in no
    order)."""
    lead, glue, rest = family
    keys = {key for _, key, _, _ in members}
    varies = len(keys) > 1 or any(MASK in key for key in keys)
    separator = min(members)[3]
    head = lead + (MASK if varies else next(iter(keys))) + glue + MASK + separator + rest
    if head in heads:
        return head
    shapes = set()
    for _, _, value, _ in members:
        shapes.add(_shape(value))
        if len(shapes) > 1:
            break
    else:
        return None
    if varies:
        if all(_value_then_words(value) for _, _, value, _ in members):
            return None  # `op=<*> UNBIND`, `fd=<*> closed`: what follows the value is said
        return head
    values = {value for _, _, value, _ in members}
    if len(values) < min_values:
        return None
    firsts = Counter(map(_first_word, values))
    if 2 * max(firsts.values()) > len(values) or outcome_values(firsts.keys(), min_values):
        return None
    return head


def _first_word(value: str) -> str:
    """The first token of `value` as the miner splits it, without the punctuation it is glued
    to: Sendmail's `stat=Deferred: Connection refused by ...` opens with the outcome
    `Deferred`, as Postfix's `status=deferred (...)` does."""
    first = _TOKEN.search(value)
    return first.group() if first else value


def _proper_name(value: str) -> bool:
    """Whether `value` is a name of two words or more, each capitalised or in capitals (a
    certificate's `CN=ACME VPN CA` beside `CN=<*>`, an organisation's, a product's): a value as
    a masked one is, where an outcome's phrase is words of a sentence (`failed retrying`)."""
    words = value.split(" ")
    return len(words) > 1 and all(_NAME_WORD.fullmatch(w) for w in words)


def _value_then_words(value: str) -> bool:
    """Whether `value` is one masked value and then text holding none: slapd's `conn=<*> op=<*>
    UNBIND`, `conn=<*> fd=<*> closed (connection lost)`. The words after a value the miner
    masked are what the message says of it, not more of the value: members whose keys vary and
    whose values all read so are statements of their own, not a name logged with its value."""
    first, blank, rest = value.partition(" ")
    return first == MASK and bool(blank) and MASK not in rest and bool(_LETTER.search(rest))


def _named_tails(templates: list[str], every: set[str], named: set[str]) -> dict[str, str]:
    """{template: `lead<*>`} for each of `templates` that ends in a named value after a blank
    (the longest, if several), where the template `lead<*>` is among `every` or two of
    `templates` share the lead."""
    longest = max(len(v.split()) for v in named)
    by_lead: dict[str, list[str]] = defaultdict(list)
    for template in templates:
        cuts = [m.end() for m in _BLANK.finditer(template)][-min(longest, _MAX_TAIL_TOKENS) :]
        for cut in cuts:  # the earliest cut gives the longest tail
            if template[cut:] in named:
                lead = template[:cut]
                if _LETTER.search(lead.replace(MASK, "")):
                    by_lead[lead].append(template)
                break
    out = {}
    for lead, members in by_lead.items():
        head = lead + MASK
        if head in every or len(members) > 1:
            out.update((t, head) for t in members if t != head)
    return out
