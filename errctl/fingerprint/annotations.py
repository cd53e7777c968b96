"""Optional annotations: a bracketed tag some messages of a statement carry among its words.

Owns `annotation_heads(new, known)`. Some programs tag a message with a context it has only
some of the time, in square brackets of its own between the statement's words: vsftpd's log
writes the user in brackets once the client has logged in (`[pid 18998] FTP command: Client
"127.0.0.1", "USER ftp"`, then `[pid 18998] [ftp] FTP command: Client ...`), OpenSSH's
privilege-separated child `[preauth]` after the text. The miner clusters messages of one
shape (token count) at a time, so the tagged and the untagged messages come out as templates
of their own, and the few values a tag takes in a log (two users) stay words in them: one
event becomes several groups.

A template is such an annotated spelling of another when it is that other's text with one
whitespace token more, a tag: one token in square brackets with nothing else in it (`[ftp]`,
`[<*>]`), or with the punctuation that ends the part before it (smartd's `Device: /dev/sda
[SAT], opened` next to `Device: /dev/nvme0, opened`: the comma goes with the device). Not
in parentheses: BIND's `query (cache) <*> denied` and `query <*> denied` are
two checks, and Exim's optional HELO name `(SERVER)` stays apart with them. The other (the
*plain* template) must hold two words of its own or more: a statement, not a bare value. A
tag is what brackets set apart from the wording, so a token that adds a word (`for invalid
user <*>` next to `for <*>`) or a `key=value` is other wording and stays apart (`absorb.py`
keeps the same line). A host's name before its address in brackets is such an annotation
too, alone or as a pair's value (Exim's `SMTP connection from mail.example.org
[192.0.2.1]:41234` and, where the DNS names no one, `from [203.0.113.9]:5123`; `H=<*> [<*>]`
next to `H=[<*>]`): a masked token, then the bracketed masked address, which the resolver fills
in or not. The annotated template takes the plain one, whose text is the
statement's own; a known template never changes, so a new plain template whose annotated
spelling is known takes that instead.

Cost grows with distinct templates, never with events: one dictionary lookup per tag.
Pure and deterministic: the result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from errctl.fingerprint.spellings import spelling_heads, statement_words

# A tag: one token in square brackets, nothing else in the whitespace token (`[ftp]`, `[<*>]`);
# `[<*>]:<*>` or `[set_id=x]` are values or pairs, not tags.
_TAG = re.compile(r"\[[^\s\[\]()=]+\]")
# A tag followed by the punctuation that ends the statement's part before it (`Device:
# /dev/sda [SAT], opened`): without the tag, the punctuation goes with the token before.
_TAG_THEN_PUNCTUATION = re.compile(r"(\[[^\s\[\]()=]+\])([,;:.])")
_BLANKS = re.compile(r"(\s+)")
# A host's name before its address: a masked token, alone or a pair's value (`<*>`, `H=<*>`),
# then the address in brackets, masked, with its port or punctuation after (`[<*>]:<*>`).
_NAME = re.compile(r"(?:[^\W\d][\w.-]*=)?<\*>")
_ADDRESS = re.compile(r"\[<\*>\](?::<\*>)?[,;:.]?")
# Past this many tags, a template is left as it is (each tag costs one candidate).
_MAX_TAGS = 8


def annotation_heads(new: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """{template: the template it is to take}, for templates of `new` that are an annotated
    spelling of another of `new` or `known`, or whose annotated spelling is known (see the
    module docstring)."""
    return spelling_heads(new, known, _plains)


def _plains(template: str) -> Iterator[str]:
    """`template` without one of its tags, for each tag, when what is left is a statement."""
    parts = _BLANKS.split(template)  # tokens at even indices, blanks between them
    tags = [
        i
        for i in range(0, len(parts), 2)
        if _TAG.fullmatch(parts[i]) or (i > 0 and _TAG_THEN_PUNCTUATION.fullmatch(parts[i]))
    ]
    names = [
        i
        for i in range(0, len(parts) - 2, 2)
        if _NAME.fullmatch(parts[i]) and _ADDRESS.fullmatch(parts[i + 2])
    ]
    for i in names[:_MAX_TAGS]:
        # Without the name, the address takes its place (after the pair's key, if any).
        key = parts[i][: -len("<*>")]
        rest = [*parts[:i], key + parts[i + 2], *parts[i + 3 :]]
        if statement_words(rest[::2]) >= 2:
            yield "".join(rest)
    if not tags or len(tags) > _MAX_TAGS:
        return
    for i in tags:
        # The tag goes with the blank before it (the one after it, when it opens the text);
        # punctuation after it goes with the token before it.
        found = _TAG_THEN_PUNCTUATION.fullmatch(parts[i])
        if found:
            rest = [*parts[: i - 2], parts[i - 2] + found.group(2), *parts[i + 1 :]]
        else:
            rest = parts[: i - 1] + parts[i + 1 :] if i > 0 else parts[i + 2 :]
        plain = "".join(rest)
        if statement_words(rest[::2]) >= 2 and plain:
            yield plain
