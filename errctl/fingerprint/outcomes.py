"""Outcomes named by a key: `status=failed` is another event than `status=ok`.

Owns `outcome_values(values, few)`. The miner takes the value of a `key=` for a variable
however few values a log shows (`word_roles.key_value_positions`: hclog's `network=tcp` and
`network=udp` are one statement, and so are `user=alice` and `user=bob`). But a value that
says how something ended is no name: `job 377 finished in 12ms status=failed` is not `... status=ok`
with another value, it is the failure the operator looks for, and in one group with the
successes it hid among them, with the group's count and level mixed. Masking keeps the
numbers of such keys for the same reason (`status=404`, `masking.ENUM_KEYS`); an outcome in
words is that enumeration spelt out.

A key's column of values is an enumeration of outcomes when its values are words (letters,
and `_` or `-` between them) or small integers, at most `MAX_VALUES` of them, and one of them
at least is a failure (`_FAILURES`): a word that gives a message a level by itself (`failed`,
`error`, `refused`, `denied`, `rejected`, `deferred`, `bounced`, `invalid`, ...: the single
words of `errctl/ingest/level_words.py`, which this layer may not import), or an outcome that
is no error word in a sentence (`timeout`, `cancelled`, `killed`, `expired`, `down`, ...). A
value of parts (`PERMISSION_DENIED`, `DeadlineExceeded`, `timed_out`) is a failure when its
last part is one, or its parts run together (`NOT_FOUND`, `notfound`): the last part says how
it ended, an earlier one names a thing (`dead_letter`, `failed_jobs`). Then

- fewer than `few` values (the miner's threshold for a variable: two or three of them, such
  as `ok`/`failed`/`timeout`): the failure among them says it is an outcome, whatever the
  others are (`sent`, `running`);
- `few` or more: every value is an outcome's word, a failure or one of `_OTHER_OUTCOMES`
  (`ok`, `success`, `completed`, `running`, `skipped`, ...), so a column of names that holds
  one word a failure happens to spell (`table=errors`) among many is still names.

Names and ids never qualify: `user=alice|bob|carol`, `host=web-1`, `db=orders`, `src=/10.0.0.1`
hold no failure (and a mask, a path or a number of many digits is no word). A key's name plays
no part: the same words after `result=`, `outcome=`, `state=`, `err=` or a key nobody listed
are outcomes alike.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

# The most values an enumeration of outcomes shows: more is a variable's many values.
MAX_VALUES = 8

# A word of an outcome: letters, with `_` or `-` between parts (`timed_out`, `not-found`,
# `PERMISSION_DENIED`); or a small integer, as masking keeps after an enumeration key.
_WORD = re.compile(r"[^\W\d_]+(?:[_-][^\W\d_]+)*")
_SMALL_INTEGER = re.compile(r"[-+]?\d{1,3}")
# A word's parts in a constant's or a camel-cased spelling (`DeadlineExceeded`).
_PARTS = re.compile(r"[_-]|(?<=[a-z])(?=[A-Z])")

# Words that say something failed: those `level_words` reads as an error or a warning by
# themselves, then failures that are no error words in a sentence (`the timeout is 30s`, `an
# expired entry was evicted`) but are outcomes as a key's value.
_FAILURES = frozenset(
    "error err errored fail failed failure failing fatal exception refused segfault aborted "  # noqa: SIM905
    "unreachable bounced warning warn deprecated retrying denied reject rejected invalid "
    "deferred timeout timedout cancelled canceled killed expired dropped crashed dead lost "
    "down unhealthy degraded critical forbidden unauthorized unauthenticated unavailable "
    "blocked declined deny nack exceeded notfound".split()
)
# The failures that are a level's names too: a column of them is a severity (`outcome_words`).
_SEVERITIES = frozenset("error err warning warn critical fatal".split())  # noqa: SIM905
# The other outcomes of an enumeration that holds a failure: the ones that went well, and
# the states a job or a check is in before it ends.
_OTHER_OUTCOMES = frozenset(
    "ok okay success succeeded successful succeed pass passed passing complete completed done "  # noqa: SIM905
    "finished sent delivered accepted accept allowed allow granted approved healthy up alive "
    "running pending queued started stopped skipped scheduled waiting active inactive idle "
    "ready retry retried".split()
)


def outcome_values(values: Collection[str], few: int) -> bool:
    """Whether `values` (the distinct values of a key's value in one statement, two or more)
    are an enumeration of outcomes (module docstring), `few` the miner's threshold for a
    variable's many values."""
    if not 1 < len(values) <= MAX_VALUES:
        return False
    if not all(_WORD.fullmatch(v) or _SMALL_INTEGER.fullmatch(v) for v in values):
        return False
    failures = sum(map(_failure, values))
    if not failures:
        return False
    if len(values) < few:
        return True
    return all(_failure(v) or _other_outcome(v) or _SMALL_INTEGER.fullmatch(v) for v in values)


def outcome_words(values: Collection[str]) -> bool:
    """Whether `values` (a column's distinct words, two or more) are all outcomes' words, a
    failure among them (`OK`/`FAIL`, `success`/`failed`), with no key before them to say so:
    an FTP server's `OK DOWNLOAD: ...`, `FAIL DOWNLOAD: ...`, `OK LOGIN: ...`. Every statement
    of such a log takes the same two words, as an enumeration's names are shared, yet each word
    is how that statement ended: one group each, the failures apart from the successes. A
    column whose failures are all severities (`_SEVERITIES`: a monitor's `OK`/`WARNING`/
    `CRITICAL` states) is a level the record is written at, not how a statement ended."""
    if not 1 < len(values) <= MAX_VALUES:
        return False
    if not any(_failure(v) and v.lower() not in _SEVERITIES for v in values):
        return False
    return all(_failure(v) or _other_outcome(v) for v in values)


def action_words(values: Collection[str]) -> bool:
    """Whether `values` (a column's distinct words, two or more) are all verbs' forms, each
    ending in `-ing` or `-ed`, none an outcome's or a state's word: what a statement does or
    did (dhcpcd's `adding` / `deleting` a route and an address, a controller's `Adding` /
    `Removing` a finalizer, `Updating` / `Updated`), the wording of one statement each,
    however many statements share the verbs. States a thing is in (`running`, `pending`,
    `started`) and outcomes (`failed`) are names a program prints from an enumeration."""
    return all(
        _ACTION.fullmatch(v) is not None and not _failure(v) and not _other_outcome(v)
        for v in values
    )


# A verb's present or past participle: letters, ending in `ing` or `ed`, five letters or more.
_ACTION = re.compile(r"[A-Za-z][a-z]{1,30}(?:ing|ed)")


def failure_word(word: str) -> bool:
    """Whether `word` says only that something failed (`failed`, `refused`, `timed_out`): no
    statement by itself; what failed is in the words around it."""
    return _failure(word)


@lru_cache(maxsize=4096)
def _failure(value: str) -> bool:
    """Whether the word `value` says something failed (module docstring)."""
    if not _WORD.fullmatch(value):
        return False
    parts = [p.lower() for p in _PARTS.split(value) if p]
    return parts[-1] in _FAILURES or "".join(parts) in _FAILURES


def _other_outcome(value: str) -> bool:
    return value.lower() in _OTHER_OUTCOMES
