"""What of a message over lines its template is mined from.

Owns `statement_lines(messages)`. A message over lines is named by its first line when that
line is a statement of words (`says_something`): the lines under it are what the statement
printed (a SIP message's dump under `Received 512 bytes SIP message from ...`, the players
under `There are 3/10 players online:`, a JavaScript object under `New message received:`,
an audit record's fields) or lines another writer's output glued to it (a component's bare
prints under a request's tracing line). Mined whole, each dump's shape and words made a
template of its own: one statement in hundreds of groups.

A first line over a stack's or a span trace's frames keeps the message whole: those lines are
the error's own (Lemmy's `Error encountered while processing the incoming HTTP request: ...`
over tracing-error's `   0: lemmy_api_crud::post::read::get_post`, which tell its errors
apart where the first line's words name them alike).

A first line that announces what follows (it ends with a colon) over a line that says
something keeps the message whole too: the statement goes on below it (RabbitMQ's `Channel
error on connection <...>, channel 1:` over `operation queue.declare caused a channel exception
not_found: ...`, dnf's `Errors during downloading metadata for repository 'epel':` over its
errors); a list of names or words (`loaded plugins:` over `  cleanup`, players' names parted
by commas) is what it printed. So does a first line that says nothing of its own, since the
statement is below it: a logger's name above its message (Mopidy's `%(name)s\\n
%(message)s`), a record's ids in brackets (`[12@glpi-app01]`), an opening tag (`<error>`), a
label and a code (`Code: DEADLINE_EXCEEDED`), a rule of stars.

Pure: the same messages give the same result, whatever else the column holds. Only messages
that hold a line break are looked at, each distinct one once.
"""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

# A word of a sentence: letters only, perhaps its punctuation after it (`received:`); not a
# dotted or underscored name (`nautobot.core.api.views`, `DEADLINE_EXCEEDED`), a number, an
# id, a path or a bracketed tag.
_WORD = re.compile(r"[A-Za-z][A-Za-z]+[,.;:!?]?")
# A stack's or a span trace's first frame under the statement (tracing-error's `   0:
# lemmy_api_crud::post::read::get_post`, a frame's `    at src/x.rs:21`): the error's own
# lines, which tell its kinds apart where the first line names them alike.
_FRAME = re.compile(r"[ \t]+(?:\d{1,3}: [\w:<>]+|at \S+:\d+)")
# A sentence's start, perhaps a list's bullet before it: a letter, not data printed (`{`, `[`).
_SENTENCE_START = re.compile(r"[ \t]*(?:[-*] )?[A-Za-z]")
STATEMENT_WORDS = 3
"""How many words a first line needs to be the message's statement (`says_something`): two
are a label and its value as often as a sentence (`Authentication error`, `Code: X`)."""


def says_something(line: str) -> bool:
    """Whether `line` holds at least `STATEMENT_WORDS` words of a sentence (`_WORD`)."""
    words = 0
    for token in line.split():
        if _WORD.fullmatch(token) is not None:
            words += 1
            if words >= STATEMENT_WORDS:
                return True
    return False


def statement_lines(messages: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """`messages` with each message over lines cut to its first line where that line says
    something (module docstring); the others as they are."""
    if pa.types.is_dictionary(messages.type):
        if isinstance(messages, pa.ChunkedArray):
            messages = messages.combine_chunks()
        cut = statement_lines(messages.dictionary)
        return pa.DictionaryArray.from_arrays(messages.indices, cut)
    broken = pc.fill_null(pc.match_substring(messages, "\n"), False)
    if not pc.any(broken).as_py():
        return messages
    if isinstance(messages, pa.ChunkedArray):
        messages = messages.combine_chunks()
        broken = broken.combine_chunks()
    # Each distinct message once: a log's messages over lines repeat (a dump per request).
    encoded = pc.dictionary_encode(pc.take(messages, pc.indices_nonzero(broken)))
    distinct = [_statement(message) for message in encoded.dictionary.to_pylist()]
    cut = pc.take(pa.array(distinct, messages.type), encoded.indices)
    return pc.replace_with_mask(messages, broken, cut)


def _statement(message: str) -> str:
    """What of `message`, which spans lines, its template is mined from (module docstring)."""
    first, _, rest = message.partition("\n")
    if not says_something(first) or _FRAME.match(rest) is not None:
        return message
    if first.rstrip().endswith(":"):
        below = rest.partition("\n")[0]
        if _SENTENCE_START.match(below) and says_something(below) and not _short_items(below):
            return message  # what it announced is said below it: part of its statement
    return first


def _short_items(line: str) -> bool:
    """Whether `line` is a list of names, two or more items of three words at most (the
    players online, a module list), not a sentence."""
    items = line.split(", ")
    return len(items) >= 2 and all(len(item.split()) <= 3 for item in items)
