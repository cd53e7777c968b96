"""Values after a label: what a statement logs after its own words and a colon.

Owns `value_after_label_heads(new, known)`. Many statements name what they log with a few
words and a colon, then print the value however long it is: Celery's `Received task:
tasks.add[<*>]` and `Received task: tasks.fetch[<*>]  ETA:[<*>]` (the ETA only when there is
one), Airflow's `Trying to enqueue tasks: [<TaskInstance: ...>, <TaskInstance: ...>] for
executor: ...` (a list of any length), Keycloak's `Installed features: [agroal, cdi, ...]`.
The miner finds variables position by position within one shape (token count), so each value
of another length makes a template of its own; this merges them into the statement's
template, the *head* `lead <*>`, whose lead is the text up to and including the colon.

What counts as a label, and as a value after it (each test keeps apart what real logs
write as separate statements):

- The colon follows a lower-case word, attached to it (`task:`, `tasks:`, `granted:`). A
  capitalised one is a field of a record (Hadoop's `Processing the event EventType:
  CONTAINER_REMOTE_LAUNCH for container <*>`, one statement per event type), and a colon after
  a value ends that value (`Received disconnect from <*>: <*>: Bye Bye`).
- The words before it are a phrase: two words or more, tokens of letters only, since the
  previous colon or the message's start. A component before a colon is a name or two
  (`sched/backfill: _start_job:`, `db.hits (SelectExecutor):`), and what follows it is a
  message of its own.
- The value does not open with a word: a sentence after a colon is the statement's own
  wording of what happened (`LOGIN chdir(<*>) failed: No such file or directory`, `...
  failed: Permission denied`), one event class each, as operators count them; nor with a code
  and then a sentence (`closed: 14, no healthy upstream`: a status and its text), nor with a
  code masking kept (`failed: AADSTS50126: Error validating ...`, `failed: [Errno 28] No
  space left on device`: a problem each). A value opens
  with a name, a bracket or a masked value. Nor does it open with a key (`host=<*>`): fields
  after a colon are named by their keys, which the statement writes, so a run with a key more
  is another statement (PostgreSQL's `connection received: host=<*> port=<*>` and, over a
  Unix socket, `connection received: host=<*>`; hclog's `message: key=value ...`).
- The templates of one lead (a *family*) are two or more, of values of several shapes (the
  separators between their tokens as the miner splits them: `=` and `:` too, so Tomcat's
  `Command line argument: --add-opens=<*>=ALL-UNNAMED`, `... -XX:<*>` and `... <*>` are one
  blank-separated token each, but three shapes): values of one shape were the miner's to
  judge position by position. A value followed by more labels is the first field of a record
  (`db: <*> user: <*> host: <*> (Got timeout reading communication packets).`): its shape is
  its own, up to the next label, and the record's end, the statement's words, never makes it
  a value of several shapes; nor does an aside in parentheses that ends the value, opening
  with a lower-case word (`... to <*>  (was acknowledged)`, `... (resolver gave error <*>)`):
  the statement's words about how it went; nor does a sentence after a colon of the value's
  own, right after its masked part and the names that follow it (Kibana's `action execution
  failure: <*>: ops-slack: error posting slack message`): what went wrong, one problem each.
  Values of several shapes are one only before the same such end: the head keeps an aside or
  a sentence (`lead <*>  (was acknowledged)`), and a record's values are one only where its
  text from its last label on agrees (ScyllaDB's `... read: Connection reset by peer)` and
  `... sendmsg: Broken pipe)` are two problems), which the head keeps too (`_record_end`).

Families are taken longest lead first. A new template also joins a known head of its lead.
Cost grows with distinct templates, never with events; pure and deterministic: the result
depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from errctl.fingerprint.masking import MASK

_TOKEN = re.compile(r"[^ \t\r\n\f\v]+")
# A word: letters only (a name has dots, underscores, brackets or digits).
_WORD = re.compile(r"[A-Za-z]+:?")
# The word a label's colon is attached to: lower case (a capitalised one is a field's name, as
# in Hadoop's `Processing the event EventType: <*> for container <*>`).
_LOWER_WORD = re.compile(r"[a-z]+:")
# A field's key opening the value (`host=<*>`, `application_name=`, `leader-address=`).
_KEY = re.compile(r"[A-Za-z][\w.-]*=")
# The separators the miner splits tokens at (its `_SPLIT`, but for `<` and `>`, which only a
# `<*>` holds here): a value's are its shape, which the miner compares tokens within.
_SEPARATOR = re.compile(r"[=,;|#\[\](){}]|:(?<!::)(?!:)|[ \t\r\n\f\v]+")


def _shape(value: str) -> tuple[str, ...]:
    """The separators between `value`'s tokens as the miner splits them, a run of blanks as
    one, but for those it ends with: values of one shape were the miner's to compare position
    by position, and punctuation after a value is the statement's (RabbitMQ's `closing AMQP
    connection ..., user: <*>)` and, when a reason follows on the next line, `...):`)."""
    seps = [" " if sep.isspace() else sep for sep in _SEPARATOR.findall(value)]
    end = len(value)
    for m in reversed(list(_SEPARATOR.finditer(value))):
        if m.end() != end:
            break
        end = m.start()
        seps.pop()
    return tuple(seps)


def _cuts(template: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(lead, gap, value's shape, ending) for each colon of `template` that ends a label (see
    the module docstring), first colon first. The ending is what the template ends with after
    the value, the statement's own words (`_ending`, `_record_end`): its family goes by it,
    and its head keeps it."""
    tokens = list(_TOKEN.finditer(template))
    out = []
    segment_start = 0  # index of the first token after the previous colon
    for i, token in enumerate(tokens[:-1]):
        text = token.group()
        if not text.endswith(":"):
            continue
        if not _LOWER_WORD.fullmatch(text):
            segment_start = i + 1
            continue
        segment = tokens[segment_start : i + 1]
        if sum(1 for t in segment if _WORD.fullmatch(t.group())) >= 2:
            following = tokens[i + 1]
            if _WORD.fullmatch(following.group()) or _KEY.match(following.group()):
                break  # a sentence or keyed fields: the statement's own wording
            if _code_and_text(tokens, i + 1) or _kept_code(tokens, i + 1):
                break  # a code and the sentence that says it: the statement's wording too

            lead = template[: token.end()]
            gap = template[token.end() : following.start()]
            value_end = _next_label_start(tokens, i + 2, len(template))
            value = template[following.start() : value_end]
            if value_end < len(template):
                # A record's first field: what its record ends with, after its last label,
                # is its ending; the fields between are the value's (`_record_end`).
                out.append((lead, gap, _shape(value), _record_end(template, following.end())))
            else:
                ending = _ending(value)
                out.append((lead, gap, _shape(value[: len(value) - len(ending)]), ending))
        segment_start = i + 1
    return out


# An aside in parentheses that ends the value and opens with a lower-case word: the
# statement's own words about how it went, not the value's (PowerDNS's `Removed from
# notification list: '<*>' to <*>  (was acknowledged)` and `... (resolver gave error <*>)`, a
# success and a failure).
# (Searched from its `(`, blanks before it asked after: a pattern that opened with them took
# a time square in a run of blanks.)
_ASIDE_AT_END = re.compile(r"\([a-z]+[ \t][^()]*\)$")


def _ending(value: str) -> str:
    """The statement's words that end `value`, with the blanks before them: an aside
    (`_ASIDE_AT_END`) after a blank, or a sentence after a colon of the value's own
    (`_sentence_start`); else empty. Values that differ only there are of one shape, left to
    the miner, whose words keep them apart; values of several shapes before one ending are
    one value, and their head keeps the ending, a problem or an outcome of its own."""
    m = _ASIDE_AT_END.search(value)
    if m is not None and value[m.start() - 1 : m.start()] in (" ", "\t"):
        return value[len(value[: m.start()].rstrip(" \t")) :]
    start = _sentence_start(value)
    if start is not None:
        return value[start:]
    m = _SENTENCE_AFTER_STOP.match(value)
    return m[1] if m is not None else ""


# A sentence of its own after the masked value's full stop (the value one word), to the end:
# what the program says of the value, one problem each (Django's `Invalid HTTP_HOST header:
# <*>. You may need to add <*> to ALLOWED_HOSTS.` and `...: <*>. The domain name provided is
# not valid according to RFC <*>.`).
_SENTENCE_AFTER_STOP = re.compile(
    r"\S{0,200}<\*>\S{0,200}?(\.[ \t]+[A-Z][a-z]+(?:[ \t]+\S+){2,})\Z"
)


# A sentence that ends the value after a colon of its own: two words or more, of letters
# only, to the end (Kibana's `action execution failure: .slack:<*>: ops-slack: error posting
# slack message` and `...: an error occurred while running the action`).
_SENTENCE_AT_END = re.compile(r":[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)+[.!]?$")


def _sentence_start(value: str) -> int | None:
    """Where the sentence that ends `value` (`_SENTENCE_AT_END`) starts, at its colon, when
    it comes right after a masked value, names between them only (`<*>: ops-slack:`):
    what went wrong with the value, in the statement's own words, one problem each, which the
    miner's words keep apart; the value before it is of one shape or of several by itself.
    Words after names only are the value (Android's `Slow operation: <*> so far, now at
    startProcess: building args`, `...: done updating pids map`: the step it got to)."""
    m = _SENTENCE_AT_END.search(value)
    if m is None or MASK not in value[: m.start()]:
        return None
    after_value = value[value.rindex(MASK, 0, m.start()) + len(MASK) : m.start()]
    if any(_WORD.fullmatch(token) for token in _TOKEN.findall(after_value)):
        return None
    return m.start()


def _record_end(template: str, after: int) -> str:
    """What a record ends with, from the blank before its last label (after the value's first
    token, at `after`) and the words that label opens with: the statement's own wording of
    what happened (ScyllaDB's `std::system_error (error system:<*>, read: Connection reset
    by peer)` and `..., sendmsg: Broken pipe)`, two problems), which values of several shapes
    before it do not make one. Fields some records carry and others not (HAProxy's `code:
    <*>, info: <*>,` before `check duration: <*>, status: <*> UP.`) come before it, in the
    head's `<*>`."""
    tokens = list(_TOKEN.finditer(template, after))
    labels = [i for i, m in enumerate(tokens) if _LOWER_WORD.fullmatch(m.group())]
    start = labels[-1] if labels else 0
    while start > 0 and _WORD.fullmatch(tokens[start - 1].group()):
        start -= 1  # the label's words before its last (`for executor:`)
    last = tokens[start].start() if tokens else len(template)
    return template[len(template[:last].rstrip(" \t")) :]


def _next_label_start(tokens: list[re.Match[str]], i: int, end: int) -> int:
    """Where the next label (a lower-case word and its colon, `user:`) at token `i` or later
    starts, else `end`: a value followed by more labels is the first field of a record of
    them (`db: <*> user: <*> host: <*> (reason).`), and it ends where the next field starts.
    Only its own shape says whether it is a value of several lengths; what the record ends
    with after its fields (a reason in the statement's own words) is no part of that value."""
    for token in tokens[i:]:
        if _LOWER_WORD.fullmatch(token.group()):
            return token.start()
    return end


def _code_and_text(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the value at token `i` is a masked code, a comma, and a sentence: a status and
    its text (Envoy's `gRPC config stream to xds_cluster closed: 14, no healthy upstream` and
    `...: 4, Deadline Exceeded`), the text each problem's own wording, as a sentence right
    after the colon is. A list of values (`<*>, <*>`) goes on."""
    return (
        tokens[i].group() == MASK + ","
        and i + 1 < len(tokens)
        and _WORD.fullmatch(tokens[i + 1].group()) is not None
    )


_DIGIT = re.compile(r"\d")
# A token that opens a bracket it does not close (`[Errno`, `(SQLSTATE`).
_OPENS_BRACKET = re.compile(r"[\[(][^\])]*")


def _kept_code(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the value at token `i` opens with a code masking kept (a digit it left: only
    a code or a status after its key keeps one), alone or in brackets with its key: Azure
    AD's `token request failed: AADSTS50126: Error validating credentials ...`, Python's
    `upload failed: [Errno 28] No space left on device`. Each code is a problem of its own,
    as a sentence right after the colon is; one value, they were one template. So does a
    printed object whose first item holds the code: smtplib's refused recipients, `failed:
    {<*>: (550, b'<*> ...')}`, a dict of each address's reply."""
    if _DIGIT.search(tokens[i].group()):
        return True
    # (Token `i` has no digit: what holds one after it is in brackets it opened, `[Errno`.)
    for token in tokens[i : i + _OPENED_BEFORE_CODE + 1]:
        if _DIGIT.search(token.group()):
            return True
        if _OPENS_BRACKET.fullmatch(token.group()) is None and not _OPENS_ITEM.fullmatch(
            token.group()
        ):
            return False
    return False


# The most tokens that open brackets or an object's item before a code (`{<*>:`, `(550,`).
_OPENED_BEFORE_CODE = 2
# A token that opens an object and names its first item's key (`{<*>:`).
_OPENS_ITEM = re.compile(r"\{<\*>:")


def value_after_label_heads(
    new: Iterable[str],
    known: Iterable[str] = (),
    *,
    min_values: int = 4,
    heads: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """{template of `new`: its head}, for each template of `new` that ends in a value after
    a label (see the module docstring). `known`: templates of earlier batches, which may be
    heads already. (`min_values` and `heads` are the other merges' knobs, taken for a uniform
    call: a value's lengths tell it, however few the log shows; a head is known once made.)"""
    del min_values, heads
    new = sorted(set(new))
    known = set(known)
    cuts = {t: _cuts(t) for t in new if t not in known}
    into: dict[str, str] = {}
    # Heads already there: a template that fits one joins it.
    for template, template_cuts in cuts.items():
        for lead, gap, _, ending in reversed(template_cuts):
            head = lead + gap + MASK + ending
            if head != template and head in known:
                into[template] = head
                break
    families: dict[tuple[str, str], list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)
    for template, template_cuts in cuts.items():
        if template in into:
            continue
        for lead, gap, shape, ending in template_cuts:
            families[lead, ending].append((template, gap, shape))
    # Longest lead first; ties by text, so the result depends on the set only.
    for lead, ending in sorted(families, key=lambda k: (-len(k[0]), k)):
        members = [m for m in families[lead, ending] if m[0] not in into]
        if len({t for t, _, _ in members}) < 2 or len({c for _, _, c in members}) < 2:
            continue
        gap = min(members)[1]
        head = lead + gap + MASK + ending
        for template, _, _ in members:
            if template != head:
                into[template] = head
    return into
