"""Template mining: which tokens of masked messages are variables, decided by the data.

Owns `TemplateMiner`, which turns DISTINCT masked messages (`masking.py` output) into templates.
Promises:

- Cost grows with the number of distinct masked messages, never with events: the caller
  deduplicates, so a million repetitive events cost what their few thousand distinct messages
  cost. Pure Python, no I/O, deterministic: the result never depends on the order of the input.
- Stability: a template in `known` (or mined earlier by the same miner) never changes, and a
  new message it matches gets it (`<*>` matches one or more tokens, except that the template
  `<*>` alone takes no one-word message; when several match, the one with the most constant
  text wins, so `for <*> from` does not swallow
  `for invalid user <*> from` when both are known).
- With a `TemplateMemory` (ingest passes the store's), messages no known template matches are
  mined together with remembered examples of earlier templates, and an earlier template whose
  examples all get one later, more general template is reported as taken over (`memory.py`).
  There a known template that matches a new message only with a `<*>` over several tokens
  gives it only if mining with the examples finds no variable in the message
  (`_mine_with_memory`).
- One default configuration for every log; the knobs are keyword arguments with defaults.

How variables are found (`TemplateMiner._cluster`):

1. Tokens are split finer than whitespace: `=`, `:`, `,`, `;`, `|`, `#` and brackets separate
   tokens too, so `status=404` and `user:58` are key and value (but `::` joins a path's parts:
   `ActionMailer::MailDeliveryJob` is one token). Separators are part of the
   message's shape and stay constant. The last value of a `key=value ; key=value` list runs
   to the end of the line and is one token, whatever it holds (sudo's `... ; USER=root ;
   COMMAND=/usr/bin/apt update`: a command's arguments are not the message's shape,
   `_tail_start`).
2. Messages with the same shape (token count and separators) are grouped by their most
   characteristic constant tokens: for each message, its tokens' frequencies across the shape
   group are computed, the frequency most of its tokens share marks the template's own
   constants (a variable's values are rarer than the text around them, a word shared with other
   templates is more frequent), and messages agreeing on those tokens form a cluster. A value
   of a column with many values across the shape group (`MANY_VALUES`: package or user
   names), seen fewer times than the column has values, is a variable's value: its count says
   nothing, however it happens to match another token's (`mark_rare_values`), unless such values are
   most of the message (a sentence logged once keeps its words). Several values of a `key=`
   are never in the key: each is a variable's value, however few (step 3), and another
   statement of the shape made them frequent (hclog's `opening fifo: ... task=web ...` beside
   many `Task event: ... task=web ...`: a cluster per task).
3. Inside a cluster, a position whose values vary is a variable when it takes many values
   (`min_variable_values`, default 4: identifiers, user names) or holds a masked value, whole
   or in part (`orders/<*>`), or is the value of a `key=` (`network=udp`: a value the
   message names; in brackets of its own too, `from=<root>`) or of a glued `key:value`
   (`action:stop`, `glued_values`) or of a `label: value` a comma or a semicolon joins to
   another (a record's fields, `host: <*>, user: app, thread: <*>`, `listed_values`; but for a few
   words one of which says something failed, `status=ok`/`status=failed`/`status=timeout`:
   outcomes, `outcomes.py`, which split, each keeping the statement's variables), or a key
   whose value varies too (`<*> = <*>`); with fewer it is a small vocabulary
   (`FOLLOWING`/`LEADING`, `opened`/`closed`; and, up to twice as many, the word of a message
   of two words whose other word is constant, each a plain word: a structured logger's
   `SyncLoop ADD`, `SyncLoop UPDATE`, `WiredTiger opened`, `word_after_word`), and the
   cluster splits on it instead,
   unless the word before it is a shared slot (`_shared_slots`): several clusters of the batch vary
   after that word, with many values together (sshd's users after `user`), or its values are a
   vocabulary that clusters of three statements or more take, value for value, or some of it
   (an enumeration's names: Zabbix's `Zabbix agent`/`SNMP agent` in four statements,
   `_shared_vocabularies`), or its
   values are all names (`_name_like`: `system.size_estimates`, `peer_events`, a class's
   `IssuesController`; not `opened`, `NOT_FOUND` or `ConnectException`) that follow a
   constant word of the statement (what it acts on: RabbitMQ's `migrating Mnesia table
   rabbit_queue...` and `... rabbit_durable_queue...`), or one of which is
   a value of a column with many values in some cluster of the batch (`_variable_names`; the only
   way for a name that opens the message, its subject:
   Postfix's `dict_lookup: ...` and `dict_update: ...` are two statements; counted among the
   members that agree on the words their cluster splits on, so the kubelet's
   `operationExecutor.MountVolume started ...` and `MountVolume.SetUp succeeded ...` make no
   such column), or its values
   are hyphenated compounds every one of which such a column takes (Kafka's consumer groups,
   `order-processor`; `_COMPOUND`), or one of its
   values is an identifier after a constant word (`with frequency once-per-instance`,
   `always`, `once`: `identifier_among`), or its values
   are all HTTP request methods (`Started GET ...`, `Started POST ...`), or it is a state
   on either side of an arrow between blanks (`prepare -> config`, `transition_sides`), or it
   is a process named with its id after the message's first word (`sent by mds[<*>]`,
   `process_names`), or the name of a numbered thing, in brackets right after a masked
   value (`pid <*> [Spotlight]`, `uid=<*>(system)`, `numbered_names`), or it is the first
   argument of a named call (`service(anvil)`,
   `pam_unix(cron:session)`, `call_arguments`; even with one value, and the call's name
   splits however many values it takes, but for `min_variable_values` names or more after a
   word of the statement: what it runs, `Executing <*>(<*>)`, `called_within`), or it is a
   word in square brackets of its own after the message's wording and before more of it
   (`from [YELLOW] to [GREEN]`,
   `bracketed_values`; even with one value, and an empty token in the place of such words,
   an empty list: `templates [[]]` beside `templates [[logs-app]]`, `empty_or_bracketed`).
   The words a message opens with split the
   cluster however many they are (up to `MANY_VALUES`) when each is capitalised, the
   statement's verb (Tomcat's `Starting ProtocolHandler [<*>]`, `Stopping ...`; containerd's
   `StartContainer for <*>`, `RemoveContainer for <*>`: `opening_verbs`), and so do those
   right past the `key=value` pairs every message opens with, in capitals too (slapd's
   `conn=<*> op=<*> SRCH ...`, `MOD ...`: `after_leading_pairs`); a word in capitals
   before a record of `key=value` fields is the record's kind, however many kinds share the
   fields (the audit log's `USER_AUTH pid=<*> ...`, `CRED_DISP pid=<*> ...`:
   `record_kind_before_pairs`). The other way
   round, the last word of a label (a word before `: `, after a blank) splits the cluster
   however many values it takes when the word before it varies too, each a word or a masked
   value: a startup banner prints
   one statement per label, each once (Jellyfin's `Operating system: Linux`, `Processor count:
   4`), and seen once each their words look like a variable's values (`label_end_positions`); a
   variable inside a label changes one word (`USER alice: Login successful.`), but for a
   label of two words the message opens with and ends with a value after
   (`Kernel started: <*>`, `Kernel shutdown: <*>`: `opening_label_of`).
   A column of masked values that also takes a few constants (`NODATA`, `_outcomes`)
   splits on them last, once no word splits the cluster: an outcome in the value's place is
   a statement of its own (dnsmasq's `reply <*> is NODATA`), and a template of the batch with
   `<*>` there does not take it (`keeps_outcomes`). The name a table's row opens with,
   padded with spaces to its column before the row's values (Cassandra's thread pools,
   `ReadStage          <*>`), is a value however few and however often each is seen, and no
   part of the cluster key (`table_rows`).
   (Numbers were settled by masking: small integers after an enumeration key such as `HTTP`
   or `status=` stay, all others are masked.) A cluster whose template would keep
   no word (no constant token with a letter, but for `FUNCTION_WORDS` such as `is`: dnsmasq's
   `reply <*> is <*>` and `cached <*> is <*>`) while its members differ in words at two
   positions or more is no statement: it splits on a variable whose every value is a word,
   the one with the fewest values (`_wordless`), and so does one whose only word says that
   something failed while its members differ in names of code at two positions or more
   (xrdp's `xrdp_sec_recv: xrdp_mcs_recv failed`, `_identifiers_apart`); so does one whose
   members differ in one
   word only where those words are a few constants (`few_constants`: memcached's `>28 STORED`,
   `>28 NOT_FOUND`, replies a wordless trace prints alone). Squid's counters (`<*> Objects loaded.`,
   `<*> Duplicate URLs purged.`, `Completed Validation Procedure`), one of each and sharing
   only the empty token before their indent, were all `<*>`. So do a few members (8 at most)
   that keep words of a shared prefix only and vary in words at three positions or more, every
   two in two distinct words or more (`sentence_splits`: smartd's `Device: <*> [SAT], state
   written to <*>` and `..., starting scheduled Long Self-Test.`). Members that differ in one word
   are its values (a list of names, `- <*>`); a `key = value` pair that varies stays `<*> =
   <*>`, and a column with masked values stays a variable. A message of one token has no
   other word: a word alone (CoreDNS's `Reloading`) is a statement of its own, never a value
   of the bare values a program prints on lines of their own (`CoreDNS-1.11.1`, masked
   whole), and the template `<*>`, known or mined beside it, does not take it (`_positional`).
4. Runs of adjacent variables collapse into one `<*>`, so a value that spans a varying number of
   tokens is one variable; known templates match such spans. A variable keeps the punctuation
   every one of its values ends with (`Starting Swap.`: `Starting <*>.`, `_shared_end`).
5. A template that only spells a value another way than a template of the same batch
   (`Setting up <*>:<*> (<*>:<*>) ...` next to `Setting up <*> (<*>) ...`: `libc6:amd64` and
   `tzdata` are both package names) is absorbed by it (`absorb.py`), so a value's layout never
   splits one event into groups.
6. Templates that differ only in a `key=` pair whose value has a different number of tokens
   (`Client environment:java.vendor=Eclipse Adoptium` next to `Client environment:<*>=<*>`) take
   the pair's template when the key varies or the values are many (`keyvalues.py`), and a
   template ending in such a value joins its lead's `<*>` (`mac_parse: <*>`); then values of
   several free-text words (`Started <*>.`, `freetext.py`); then a run of words two statements
   log where their templates have a `<*>` (`sharedvalues.py`); then values of several tokens
   after a label's colon (`Received task: <*>`, `labelvalues.py`); then a template that is
   another's text after a leading value some messages carry (OpenVPN's client address, `<*> TLS:
   Initial packet ...`) takes that other's (`prefixes.py`); then a template that is another's
   text with one bracketed tag more among its words (vsftpd's user once logged in, `[pid <*>]
   [alice] FTP command: ...`; a host's name before its bracketed address, `from <*> [<*>]:<*>`
   next to `from [<*>]:<*>`) takes that other's (`annotations.py`); then a template that is
   another's text with a run of `key=<*>` fields more before a pair both carry (slapd's
   `qtime=<*> etime=<*>` once timing is on) takes that other's (`optionalfields.py`); last, a
   template that writes the noun after a count in the singular where another writes it in the
   plural (`<*> port detected`, `<*> ports detected`) takes the plural one (`plurals.py`), and
   one that prints a list of one repeated item longer than another template of the statement
   (`Compacting [<*>=0:origin=<*>, <*>=0:origin=<*>, ...]`) takes the shortest (`repeats.py`).

How it stays fast (each shortcut gives what the plain definition gives; see
`tests/fingerprint/test_mining_fast_path.py`): a batch is worked on as a whole, not message by
message. A message assigned in an earlier batch costs a lookup. The others are tokenized a shape
group at a time (`tokenize_by_shape`: a message whose separators are one character each,
nearly all of them, needs no regex), matched against known templates by looking up their
constant tokens (`_positional`), and counted column by column. The names the batch's variables
take are collected only when a cluster asks whether a vocabulary of names is one
(`VariableNames`). Nothing depends on the order of the messages inside a shape group: groups go
by sorted shape, clusters by sorted key, and a template takes its separators from its smallest
member, so no group is sorted.

Where the parts live: this module holds `TemplateMiner` (matching known templates, clustering,
splitting clusters, the merges of steps 5 and 6) and `mine_column`; `tokens.py` splits messages
and groups them by shape (step 1), `constant_levels.py` reads a message's constants from its
tokens' counts (step 2), `word_roles.py` (what one message's layout marks as a value) and
`vocabularies.py` (whether a column's few values are a variable's or statements' words) are
step 3's evidence, and `bounded.py` cuts messages longer than MINE_CHARS before all of it.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import compress, repeat, takewhile
from operator import ge, itemgetter
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from errctl.fingerprint.absorb import Ends, absorbing_indexed, bracket_end_heads, ends, spans
from errctl.fingerprint.annotations import annotation_heads
from errctl.fingerprint.bounded import mask_bounded
from errctl.fingerprint.constant_levels import MANY_VALUES, ConstantLevels, mark_rare_values
from errctl.fingerprint.freetext import free_text_heads
from errctl.fingerprint.keyvalues import key_value_heads
from errctl.fingerprint.labelvalues import value_after_label_heads
from errctl.fingerprint.masking import DEFAULT_RULES, MASK, MaskRule
from errctl.fingerprint.memory import CONTEXT_LIMIT, FORMAT_FAMILY, TemplateMemory
from errctl.fingerprint.optionalfields import optional_field_heads
from errctl.fingerprint.outcomes import MAX_VALUES as MAX_OUTCOMES
from errctl.fingerprint.outcomes import action_words, failure_word, outcome_values, outcome_words
from errctl.fingerprint.plurals import plural_heads
from errctl.fingerprint.prefixes import context_prefix_heads
from errctl.fingerprint.repeats import repeated_item_heads
from errctl.fingerprint.sharedvalues import shared_value_heads
from errctl.fingerprint.statements import statement_lines
from errctl.fingerprint.subjects import named_subject_heads
from errctl.fingerprint.titles import (
    names_at_end,
    names_at_start,
    names_inside,
    title_end_heads,
)
from errctl.fingerprint.tokens import (
    COLLAPSE,
    END_PUNCTUATION,
    LETTER,
    SENTENCE_END,
    ShapeGroups,
    is_word,
    render_tokens,
    shape_of,
    slot_separator,
    split_tokens,
    tokenize_by_shape,
)
from errctl.fingerprint.tuplefields import tuple_field_heads
from errctl.fingerprint.vocabularies import (
    CONSTANT_SPELLING,
    FUNCTION_WORDS,
    OPERATION,
    REQUEST_METHODS,
    VariableNames,
    all_enumeration,
    called_within,
    dotted_names,
    few_constants,
    holds_mask,
    identifier_among,
    keeps_outcomes,
    kind_after_prefix,
    names_as_values,
    namespaced_names,
    opening_label_of,
    opening_verbs,
    opens_with_label,
    past_tense_verbs,
    phrase_words,
    record_kind_after_prefix,
    record_kind_before_pairs,
    record_kind_label,
    sentence_splits,
    signed_words,
    table_rows,
    verb_at_end,
    word_after_word,
)
from errctl.fingerprint.word_roles import (
    after_leading_pairs,
    bracketed_values,
    call_arguments,
    empty_or_bracketed,
    glued_values,
    key_value_positions,
    label_end_positions,
    listed_values,
    numbered_names,
    process_names,
    record_field_names,
    transition_sides,
)


class TemplateMiner:
    """Assigns templates to distinct masked messages; see the module docstring."""

    def __init__(
        self,
        known: Iterable[str] = (),
        *,
        memory: TemplateMemory | None = None,
        min_variable_values: int = 4,
    ) -> None:
        self.min_variable_values = min_variable_values
        # Examples of earlier templates, mined again with new messages (`memory.py`); None:
        # the miner remembers nothing but its templates (one batch, or the miner mining
        # examples again).
        self.memory = memory
        self._templates: dict[str, None] = {}  # insertion-ordered set
        # Positional index for one-token-per-`<*>` matches: shape -> first token (None for a
        # leading `<*>`) -> {positions of the constant tokens: (picker, {their words:
        # [templates]})}. Messages are looked up once per set of positions (a hash lookup),
        # not compared with every template of their shape.
        self._by_shape: dict[str, dict[str | None, _ByPositions]] = defaultdict(
            lambda: defaultdict(dict)
        )
        # Constant text of each template with a `<*>`: the more, the better the match.
        self._weight: dict[str, int] = {}
        # Templates with a `<*>` by their first and last tokens, for absorption (`absorb.py`).
        self._by_ends: dict[Ends, list[str]] = defaultdict(list)
        # Fallback for `<*>` spanning several tokens: literal prefix -> key token (None: the
        # template has none) -> templates (`_Spanner`). A message is compared only with the
        # templates whose prefix it starts with and whose key token it holds (`_key_token`).
        self._by_prefix: dict[str, dict[str | None, list[_Spanner]]] = {}
        # The lengths of those prefixes (sorted, distinct) by their head, the first `h`
        # characters for the largest `h` of _HEADS not above its length: a message is looked
        # up only at the lengths of the prefixes that open as it does (a test suite's 5,000
        # templates of `PASS: gdb.base/...` have a hundred lengths).
        self._prefix_lengths: list[dict[str, list[int]]] = [{} for _ in _HEADS]
        # Messages already assigned (bounded): a message seen in an earlier batch costs a lookup.
        self._seen: dict[str, str] = {}
        # Templates another absorbed (`absorb.py`): their messages get the absorbing one.
        self._alias: dict[str, str] = {}
        # Templates `freetext.py` merged templates of free-text values into.
        self._heads: set[str] = set()
        # Templates `keyvalues.py` merged templates of values of several tokens into.
        self._key_value_heads: set[str] = set()
        # Templates `labelvalues.py` merged templates of values after a label into.
        self._label_heads: set[str] = set()
        self._tuple_heads: set[str] = set()
        # Templates whose last `<*>` stood for names, one word each (`titles.py`).
        self._name_ends: set[str] = set()
        # Templates `subjects.py` merged the templates of one statement under names into.
        self._subject_heads: set[str] = set()
        for template in known:
            self._add(template)

    @property
    def templates(self) -> list[str]:
        return list(self._templates)

    # ----------------------------------------------------------------- known templates

    def _add(self, template: str) -> None:
        if template in self._templates:
            return
        self._templates[template] = None
        if MASK not in template:
            return
        words, seps = split_tokens(template)
        positions = tuple(p for p, w in enumerate(words) if w != MASK)
        by_positions = self._by_shape[shape_of(seps)][words[0] if words[0] != MASK else None]
        if positions not in by_positions:
            by_positions[positions] = (_picker(positions), defaultdict(list))
        by_positions[positions][1][tuple(words[p] for p in positions)].append(template)
        self._weight[template] = len(template) - template.count(MASK) * len(MASK)
        self._by_ends[ends(template)].append(template)
        prefix, rest = template.split(MASK, 1)
        n_constants = sum(1 for w in words if w and w != MASK)
        pieces = template.split(MASK)
        spanner = _Spanner(n_constants, template, pieces[-1], max(pieces, key=len))
        by_key = self._by_prefix.get(prefix)
        if by_key is None:
            by_key = self._by_prefix[prefix] = {}
            n = len(prefix)
            level = bisect_right(_HEADS, n) - 1
            lengths = self._prefix_lengths[level].setdefault(prefix[: _HEADS[level]], [])
            at = bisect_left(lengths, n)
            if at == len(lengths) or lengths[at] != n:
                lengths.insert(at, n)
        by_key.setdefault(_key_token(rest), []).append(spanner)

    def _match_known(
        self, message: str, words: Sequence[str], shape: str, spans: bool = True
    ) -> str | None:
        if message in self._templates:
            return message
        found = self._positional([words], shape)[0]
        if found:
            return self._best(found)
        return self._spanning(message, words) if spans else None

    def _take_known(
        self,
        groups: ShapeGroups,
        result: dict[str, str],
        spanned: dict[str, str] | None = None,
        family: str | None = None,
        taken: list[str] | None = None,
    ) -> None:
        """`_match_known` for every new message, a shape group at a time: the messages a known
        template matches are assigned (and put in `taken`, if given), the rest stay in
        `groups`. With `spanned`, a message a
        known template matches only with a `<*>` over several tokens stays too, its template
        put in `spanned`: the memory's mining judges it (`_mine_with_memory`); and so does
        one whose words only another family's template has a `<*>` for: another program's
        variable says nothing of this one's words (a service manager's `Starting <*>` does
        not make NATS's `Starting nats-server` and `Starting JetStream` one statement)."""
        templates = self._templates
        for shape, group in groups.items():
            left = []
            found = self._positional(list(map(itemgetter(1), group)), shape)
            for item, candidates in zip(group, found, strict=True):
                message = item[0]
                if message in templates:
                    hit: str | None = message
                elif candidates:
                    hit = self._best(candidates)
                    if spanned is not None and not self._may_take(hit, item[1], family):
                        hit = None
                else:
                    hit = self._spanning(message, item[1])
                    if hit is not None and spanned is not None:
                        spanned[message] = self._alias.get(hit, hit)
                        hit = None
                if hit is None:
                    left.append(item)
                else:
                    result[message] = self._alias.get(hit, hit)
                    if taken is not None:
                        taken.append(message)
            groups[shape] = left

    def _may_take(self, template: str, words: Sequence[str], family: str | None) -> bool:
        """Whether `template`, which matches `words` one token per `<*>`, may take them: one
        of `family`'s templates may, and another's where its `<*>` stand for values (masked
        ones: a banner's `-----` is text), or for words when it holds SHARED_STATEMENT_WORDS
        words of its own (the kernel's `segfault at <*> ip <*> sp <*> error <*> in <*>[<*>]
        ...` is one statement whichever process it names; `Starting <*>` says nothing of
        another program's `Starting JetStream`)."""
        assert self.memory is not None
        if self.memory.in_family(template, family):
            return True
        own = split_tokens(template)[0]
        if sum(1 for word in own if LETTER.search(word)) >= SHARED_STATEMENT_WORDS:
            return True
        return not any(
            mine == MASK and word and MASK not in word
            for mine, word in zip(own, words, strict=True)
        )

    def _positional(self, rows: Sequence[Sequence[str]], shape: str) -> list[Sequence[str]]:
        """For each row of tokens of `shape`: the known templates whose constant tokens are the
        row's tokens at the same positions (with one token per `<*>`)."""
        found: list[Sequence[str]] = [()] * len(rows)
        by_first = self._by_shape.get(shape)
        if not by_first:
            return found
        # Templates that start with a `<*>` can match any row; the others only rows that start
        # with their first token.
        where: dict[str | None, list[int]] = {None: list(range(len(rows)))}
        for i, row in enumerate(rows):
            if row[0] in by_first:
                where.setdefault(row[0], []).append(i)
        for first, indices in where.items():
            some = rows if first is None else list(map(rows.__getitem__, indices))
            for pick, by_constants in by_first.get(first, _NO_TEMPLATES).values():
                hits = list(map(by_constants.get, map(pick, some)))
                for j in compress(range(len(some)), hits):  # rows with a hit (a non-empty list)
                    i = indices[j]
                    found[i] = [*found[i], *hits[j]] if found[i] else hits[j]
        if not shape:
            # A message of one token: the template that is a value alone (`<*>`) takes no
            # word (`Reloading` is a statement of its own, `_wordless`).
            for i, row in enumerate(rows):
                if MASK in found[i] and MASK not in row[0] and LETTER.search(row[0]):
                    found[i] = [t for t in found[i] if t != MASK]
        return found

    def _best(self, templates: Sequence[str]) -> str:
        """The most constant text wins; equal: the smaller string, for determinism."""
        if len(templates) == 1:
            return templates[0]
        weight = self._weight
        return min(templates, key=lambda t: (-weight[t], t))

    def _spanning(self, message: str, words: Sequence[str]) -> str | None:
        """A known template where a `<*>` spans several tokens of `message`.

        Only templates whose constant tokens are at least half of the message's, so that a
        mostly variable template (`<*> started`) does not swallow unrelated messages.
        Candidates are found by their literal prefix and a token they hold whole (`_key_token`)."""
        constants = sum(1 for w in words if w and w != MASK)
        keys: set[str | None] | None = None
        found = []
        size = len(message)
        lengths: list[int] = []
        for head, by_head in zip(_HEADS, self._prefix_lengths, strict=True):
            if head > size:
                break
            if found_lengths := by_head.get(message[:head]):
                lengths += takewhile(size.__ge__, found_lengths)
        for length in lengths:
            by_key = self._by_prefix.get(message[:length])
            if by_key is None:
                continue
            if keys is None:
                keys = {None, *message.split()}
            # The keys both have (the smaller side iterated, in C): the order is no matter,
            # `_best` picks among all that match.
            for key in by_key.keys() & keys:
                for n_constants, template, last, longest in by_key[key]:
                    # The end and the longest piece first: cheap, and they rule out most.
                    if (
                        2 * n_constants >= constants
                        and message.endswith(last)
                        and longest in message
                        and _spans_values(template, message)
                    ):
                        found.append(template)
        return self._best(found) if found else None

    # ----------------------------------------------------------------- assignment

    def assign(self, masked: Sequence[str], family: str | None = None) -> list[str]:
        """A template for each distinct masked message, in the same order. `family`: the
        messages' family (`memory.mining_family`: the program that logged them), whose
        remembered examples they are mined with; None: any."""
        with _gc_paused():
            return self._assign(masked, family)

    def _assign(self, masked: Sequence[str], family: str | None) -> list[str]:
        seen = self._seen
        # Only messages not assigned in an earlier batch are worked on, each once. Their order
        # never changes the outcome: groups are taken by sorted shape, clusters by sorted key,
        # and nothing depends on the order of the messages inside.
        groups = tokenize_by_shape(list(set(masked).difference(seen)))
        # While there is room, new messages are remembered as they are assigned.
        remember = len(seen) < _SEEN_LIMIT
        result = seen if remember else {}
        # With a memory (ingest), new messages are mined apart from the known templates, with
        # their family's examples only, even when it has none yet: another family's templates
        # are no evidence (its `<*>` absorbed a new family's `<*>: <*>`), and a span of one
        # (`Starting <*>` over `Starting ProtocolHandler [<*>]`) is text only.
        spanned: dict[str, str] | None = {} if self.memory is not None else None
        taken: list[str] | None = [] if self.memory is not None else None
        if self._templates:
            self._take_known(groups, result, spanned, family, taken)
        if spanned is not None and any(groups.values()):
            self._mine_with_memory(groups, result, spanned, family, taken)
        else:
            self._mine(groups, result)
        if self.memory is not None:  # in the batch's order: which examples are kept is stable
            self.memory.remember(
                ((m, result[m] if m in result else seen[m]) for m in dict.fromkeys(masked)),
                family,
            )
        if remember:
            return list(map(seen.__getitem__, masked))
        return [result[m] if m in result else seen[m] for m in masked]

    def _mine(self, groups: ShapeGroups, result: dict[str, str]) -> None:
        """Templates for the messages of `groups` (no known template matches them), mined
        from them alone, with the known templates as the only other evidence."""
        mined: list[tuple[list[str], str]] = []
        new: set[str] = set()
        # Every shape group's clusters first: which word slots are shared is read across all.
        clustered = [self._cluster(groups[shape]) for shape in sorted(groups) if groups[shape]]
        shared = self._shared_slots(clustered)
        vocabularies = self._shared_vocabularies(clustered)
        # Collected only if some cluster asks (`VariableNames`).
        named = VariableNames(lambda: self._variable_names(clustered))
        for clusters in clustered:
            out: list[tuple[list[str], str]] = []
            for key, cluster in clusters:
                self._split_cluster(list(key), cluster, out, shared, named, vocabularies)
            for members, template in out:
                # Same template text mined before: reuse it. Spans are not tried here: a
                # cluster found by the data keeps its own template, unless it is only another
                # layout of a template's values (below).
                words, seps = split_tokens(template)
                existing = self._match_known(template, words, shape_of(seps), spans=False)
                if existing in new and keeps_outcomes(words, existing):
                    # A template of this batch with a `<*>` where this one keeps a constant:
                    # the cluster split on an outcome (`reply <*> is NODATA` beside `reply <*>
                    # is <*>`, `_outcomes`), which keeps its template.
                    existing = None
                if existing is None:
                    new.add(template)
                template = existing if existing is not None else template
                self._add(template)
                mined.append((members, template))
        self._alias.update(absorbing_indexed(new, self._by_ends))
        self._merge_key_values(new)
        # Before free text, which reads what follows each name's colon as one value of it.
        self._merge_named_subjects(new)
        self._merge_free_text(new)
        self._merge_shared_values(new)
        self._merge_label_values(new)
        self._merge_context_prefixes(new)
        self._merge_annotations(new)
        self._merge_optional_fields(new)
        self._merge_plurals(new)
        self._merge_repeated_items(new)
        self._merge_tuple_fields(new)
        self._merge_bracket_ends(new)
        self._name_ends.update(
            t
            for members, t in mined
            if names_at_end(t, members) or names_at_start(t, members) or names_inside(t, members)
        )
        self._merge_title_ends(new)
        alias = self._alias
        for members, template in mined:
            result.update(dict.fromkeys(members, alias.get(template, template)))

    def _mine_with_memory(
        self,
        groups: ShapeGroups,
        result: dict[str, str],
        spanned: dict[str, str],
        family: str | None = None,
        taken: Sequence[str] = (),
    ) -> None:
        """`_mine`, with the remembered examples of earlier templates mined together with the
        new messages by a fresh miner, as if all were one batch: a new message gets its
        template there (or the known template that spells it), and an earlier template whose
        examples now all get a later, more general one is taken over (`memory.py`).

        The batch's messages a known template took (`taken`) that the memory will keep as
        examples (`TemplateMemory.keeps`: the context a later run would see) are mined with
        them too, as evidence only (they keep their templates): mined at once, they would
        have been among the others. A run that shows a third service's name where a known
        template already has a `<*>` (Nagios' `SERVICE FLAPPING ALERT: <*>;<*>;STARTED;
        ...`, known from a service of two words, takes `PostgreSQL`) is what makes the first
        run's `HTTP` and `SSH`, each a template of its own, one variable: without it they
        never were. A template with its examples all kept adds none: mining costs no more
        once the memory has learnt a log.

        A message a known template matched only with a `<*>` over several tokens (`spanned`)
        gets the mined template when mining found a variable in it (`Stopped target <*>.`,
        which `Stopped <*>.` spans as text), and keeps the known one when mining left it as
        it was (`Unpacking file (<*>:<*>) ...`, an epoch in the version that `Unpacking <*>
        (<*>) ...` spans): a span is text, the examples are evidence. Another family's
        template spans no words, though: another program's wording says nothing of this one's
        (`Kernel started: <*>` of Jupyter Server's log does not take Notebook 6's `Kernel
        started: <*>, name: <*>`, whose values masking took before mining saw them); and one
        of no word spans nothing (another program's `<*>` is no statement the kernel's
        partition lines, `sdb: sdb1` masked to ` <*>: <*>`, are)."""
        assert self.memory is not None
        new = [message for group in groups.values() for message, _ in group]
        context = self.memory.context(family)
        fresh = TemplateMiner(min_variable_values=self.min_variable_values)
        # Sorted: which are kept is not the order of a set of strings (Python's hash seed).
        evidence = self.memory.keeps(sorted((m, result[m]) for m in taken))
        # Bounded as the context is.
        evidence = evidence[: max(0, CONTEXT_LIMIT - len(context))]
        messages = list(context.keys() | new | set(evidence))
        mined = dict(zip(messages, fresh.assign(messages), strict=True))
        taking = []
        for message in new:
            template = mined[message]
            known = spanned.get(message)
            if (
                known is not None
                and template == COLLAPSE.sub(MASK, message)
                and (
                    self.memory.in_family(known, family)
                    or (LETTER.search(known) and not _spans_words(known, message))
                )
                and not _spans_a_reason(known, message)
            ):
                result[message] = known  # mining found no variable in it
            else:
                taking.append((message, template))
        # Each mined template is matched with the templates known before this batch, all of
        # them before any is added: matched one at a time, a template added first could take
        # the next, and which came first was the order of a set of strings, which Python's
        # hash seed changes from one run to the next (the same log gave other groups).
        adopted: dict[str, str] = {}
        for template in {template for _, template in taking}:
            existing = self._spelled(template)
            if (
                existing is not None
                and existing != template
                and not self._may_take(existing, split_tokens(template)[0], family)
            ):
                existing = None  # another family's variable, over this one's words
            adopted[template] = existing if existing is not None else template
        for template in sorted(set(adopted.values())):
            self._add(template)
        for message, template in taking:
            taken = adopted[template]
            result[message] = self._alias.get(taken, taken)

        def known(template: str) -> str | None:
            found = adopted[template] if template in adopted else self._spelled(template)
            return None if found is None else self._alias.get(found, found)

        def mined_as(template: str) -> str | None:
            found = fresh._spelled(template)
            return None if found is None else fresh._alias.get(found, found)

        # A template that took earlier ones over is known from now on, though no message of
        # the batch got it (its group is made as the takeover is stored).
        for template in self.memory.take_over(context, mined, known, mined_as):
            self._add(template)

    def _spelled(self, template: str) -> str | None:
        """The known template a mined one spells (itself, or one whose `<*>` stand for its
        tokens one each), if any."""
        words, seps = split_tokens(template)
        return self._match_known(template, words, shape_of(seps), spans=False)

    def _merge_key_values(self, new: set[str]) -> None:
        """Templates of `new` that differ from others only in a pair's key and a value of
        several tokens (`keyvalues.py`) take their statement's template, `Client
        environment:<*>=<*>`, as absorbed ones do."""
        self._merge_into_heads(new, key_value_heads, self._key_value_heads)

    def _merge_named_subjects(self, new: set[str]) -> None:
        """Templates of `new` that are one statement after the colon of several names
        (`subjects.py`: Home Assistant's `Motion hallway: Running automation actions`) take
        the statement's template, `<*>: Running automation actions`, as absorbed ones do."""
        self._merge_into_heads(new, named_subject_heads, self._subject_heads)

    def _merge_free_text(self, new: set[str]) -> None:
        """Templates of `new` whose middle is a value of several words (`freetext.py`) take
        their statement's template, `Started <*>.`, as absorbed ones do."""
        self._merge_into_heads(new, free_text_heads, self._heads)

    def _merge_shared_values(self, new: set[str]) -> None:
        """Templates of `new` that only spell, as a run of words, a value that a `<*>` of two
        statements stands for (`sharedvalues.py`: Jenkins' `Started Periodic background build
        discarder` next to `Started <*>`) take that statement's template, and so do the
        templates merged into them."""
        self._merge_into_spelling(new, shared_value_heads)

    def _merge_label_values(self, new: set[str]) -> None:
        """Templates of `new` that end in a value after a label, of another token count than
        their statement's others (`labelvalues.py`), take its template, `Received task:
        <*>`, as absorbed ones do."""
        self._merge_into_heads(new, value_after_label_heads, self._label_heads)

    def _merge_context_prefixes(self, new: set[str]) -> None:
        """Templates of `new` that are another's text after a value some messages carry in
        front (`prefixes.py`: OpenVPN's client address) take that other's template, and so do
        the templates merged into them; a new plain template joins its known prefixed one."""
        self._merge_into_spelling(new, context_prefix_heads)

    def _merge_annotations(self, new: set[str]) -> None:
        """Templates of `new` that are another's text with a bracketed tag some messages carry
        among its words (`annotations.py`: vsftpd's `[user]`; a host's name before its
        bracketed address, Exim's `from mail.example.org [192.0.2.1]`) take that other's
        template, and so do the templates merged into them; a new plain template joins
        its known annotated one."""
        self._merge_into_spelling(new, annotation_heads)

    def _merge_optional_fields(self, new: set[str]) -> None:
        """Templates of `new` that are another's text with a run of `key=<*>` fields some
        messages carry (`optionalfields.py`: slapd's `qtime=` and `etime=`) take that other's
        template, and so do the templates merged into them; a new plain template joins its
        known fuller one."""
        self._merge_into_spelling(new, optional_field_heads)

    def _merge_plurals(self, new: set[str]) -> None:
        """Templates of `new` that write the noun after a count in the singular where another
        writes it in the plural (`plurals.py`: `<*> port detected`, `<*> ports detected`) take
        the plural one, or the known one, and so do the templates merged into them."""
        self._merge_into_spelling(new, plural_heads)

    def _merge_repeated_items(self, new: set[str]) -> None:
        """Templates of `new` that print a list of one repeated item longer or shorter than
        another template of the statement (`repeats.py`: ScyllaDB's `Compacting [<*>=0:origin=<*>,
        <*>=0:origin=<*>]`) take the one with the shortest list, or the known one, and so do
        the templates merged into them."""
        self._merge_into_spelling(new, repeated_item_heads)

    def _merge_tuple_fields(self, new: set[str]) -> None:
        """Templates of `new` that differ in a word among the values of a printed record
        (`tuplefields.py`: Spark's `(<*>, executor <*>, partition <*>, PROCESS_LOCAL, <*>
        bytes)`) take the template with a `<*>` there, as absorbed ones do."""
        self._merge_into_heads(new, tuple_field_heads, self._tuple_heads)

    def _merge_bracket_ends(self, new: set[str]) -> None:
        """Templates of `new` not merged yet that end with a bracket of words take a template
        ending in `[<*>]` (`absorb.bracket_end_heads`), and so do those merged into them."""
        self._merge_into_spelling(new, lambda roots, _: bracket_end_heads(roots, self._by_ends))

    def _merge_title_ends(self, new: set[str]) -> None:
        """Templates of `new` not merged yet that end with a name of several capitalised
        words take the template with a `<*>` in its place (`titles.py`: `Selected next map to
        be Molten Lake.` beside `... to be <*>.`), and so do those merged into them."""
        self._merge_into_spelling(
            new, lambda roots, known: title_end_heads(roots, known, heads=self._name_ends)
        )

    def _merge_into_spelling(
        self, new: set[str], find: Callable[[set[str], set[str]], dict[str, str]]
    ) -> None:
        """Templates of `new` not merged yet take the other template `find` gives them
        (`{template: other}`, from them and the known templates), and so do the templates
        merged into them."""
        alias = self._alias
        roots = {t for t in new if t not in alias}
        if not roots:
            return
        heads = find(roots, self._templates.keys() - roots)
        for template, head in sorted(heads.items()):
            head = alias.get(head, head)
            if head == template:
                continue
            for merged, target in alias.items():
                if target == template:
                    alias[merged] = head
            alias[template] = head

    def _merge_into_heads(
        self, new: set[str], find: Callable[..., dict[str, str]], made: set[str]
    ) -> None:
        """Templates of `new` not absorbed yet take the head `find` gives them (`{template:
        head}`, from them and the known templates; `made`: the heads `find` made before, which
        the new ones join), and so do the templates absorbed into them."""
        roots = {t for t in new if t not in self._alias}
        if not roots:
            return
        heads = find(
            roots, self._templates.keys() - new, min_values=self.min_variable_values, heads=made
        )
        if not heads:
            return
        for head in set(heads.values()):
            self._add(head)
            made.add(head)
        # A head may be a spelling of a template mined beside it (`absorb.py`), as the
        # templates of the batch were before: the UniFi controller's `(<*>, <*>, <*>):
        # state=CONNECTED`, a head of devices whose names masking keeps, beside `(<*>, <*>,
        # <*>): state=<*>` of those whose names it masks.
        absorbed = absorbing_indexed(set(heads.values()), self._by_ends)
        if absorbed:
            absorbed = {head: self._alias.get(into, into) for head, into in absorbed.items()}
            heads = {t: absorbed.get(head, head) for t, head in heads.items()}
            heads.update(absorbed)
        alias = self._alias
        for template, target in alias.items():
            if target in heads:
                alias[template] = heads[target]
        alias.update(heads)

    def _cluster(self, group: list[tuple[str, Sequence[str]]]) -> _Clusters:
        """Messages of one shape by cluster key, keys sorted: [(key, members), ...]."""
        # Column-wise (one pass per token position, in C where it can be): each token's
        # frequency at its position across the shape group.
        columns = list(zip(*map(itemgetter(1), group), strict=True))
        rows = table_rows(group)
        if rows is not None:
            # A table's row keys are values (`table_rows`), counted and keyed as masks: as
            # words, a table's many names made the other words of their column look rare
            # (Cassandra's `Initializing <*>` beside its thread pools, `mark_rare_values`).
            columns[0] = tuple(MASK if row else w for w, row in zip(columns[0], rows, strict=True))
        for p, column in enumerate(columns):
            if "\\" in column[0] and len(values := set(column)) > 1 and namespaced_names(values):
                # Names in a namespace are values however frequent each (`namespaced_names`):
                # counted as words, a queue's two busiest jobs were a statement each.
                columns[p] = (MASK,) * len(column)
        count_columns = []
        n = len(group)
        many = n >= MANY_VALUES
        rare = False  # whether a column holds values too rare to be constants (`mark_rare_values`)
        for column in columns:
            first = column[0]
            if column[-1] == first and column.count(first) == n:
                # One value (constant text, or masks only): no need to count by hashing.
                count_columns.append([0 if first == MASK else n] * n)
                continue
            freq = Counter(column)
            if len(freq) == n and MASK not in freq:
                # Every value once (identifiers): no need to look the counts up.
                count_columns.append([-1 if many else 1] * n)
                rare = rare or many
                continue
            rare = mark_rare_values(freq) or rare
            count_columns.append(list(map(freq.get, column, repeat(0))))
        # Each message's constant level; many messages share one pattern of counts.
        levels = ConstantLevels()
        patterns = list(zip(*count_columns, strict=True))
        row_levels = list(map(levels.__getitem__, patterns))
        if rare and levels.whole:
            # A message whose rare values are read as constants (`ConstantLevels`) takes its
            # key from their counts; elsewhere a rare value's negative count is below any
            # level, so its token is masked as a variable's.
            count_columns = [list(counts) for counts in count_columns]
            for i, pattern in enumerate(patterns):
                if pattern in levels.whole:
                    for counts in count_columns:
                        counts[i] = abs(counts[i])
        # A message's cluster key: its tokens at or above its level, the rest masked (a
        # message of masks only, level 0, keeps them all). Built column by column too.
        key_columns = [
            # A column whose every token is at or above its message's level (most constant
            # text) is its own key column; one whose every token is below is all masks.
            column
            if all(map(ge, counts, row_levels))
            else [
                w if c >= lv else MASK for w, c, lv in zip(column, counts, row_levels, strict=True)
            ]
            if any(map(ge, counts, row_levels))
            else [MASK] * n
            for column, counts in zip(columns, count_columns, strict=True)
        ]
        for p in _pair_values(group):
            # The value of a `key=` is a variable however few values it shows, inside a
            # cluster (`key_value_positions`); as a key it split one statement by the values
            # another statement of the shape makes frequent (Nomad's `opening fifo: ...
            # task=web` beside its many `Task event: ... task=web ...`: a task per cluster).
            # Several values in the key's place go to the cluster to judge (an outcome still
            # splits there); one value keeps its place.
            if len(set(key_columns[p]) - {MASK}) > 1:
                key_columns[p] = [MASK] * n
        clusters: dict[tuple[str, ...], list[tuple[str, Sequence[str]]]] = defaultdict(list)
        for item, key in zip(group, zip(*key_columns, strict=True), strict=True):
            clusters[key].append(item)
        return [(key, clusters[key]) for key in sorted(clusters)]

    def _shared_slots(self, clustered: Iterable[_Clusters]) -> frozenset[tuple[str, str]]:
        """Word slots that hold a variable however few values each cluster shows there: the
        contexts (the constant word before, and the separator after it) whose next token is a
        small vocabulary in two clusters or more, and takes `min_variable_values` values across
        them. sshd names a user after `user` in several statements (`Invalid user pi from`,
        `Failed password for invalid user root from`, `Disconnected from invalid user test`),
        each with two or three users in a log: together they are many, so each is a variable.
        A vocabulary one statement owns (`opened`/`closed`, `LEADING`/`FOLLOWING`) still
        splits."""
        least = self.min_variable_values
        values: dict[tuple[str, str], set[str]] = defaultdict(set)
        clusters: Counter[tuple[str, str]] = Counter()
        for key, members in (item for items in clustered for item in items):
            if len(members) < 2:
                continue
            seps: list[str] | None = None
            first = members[0][1]
            for p in range(1, len(key)):
                # Most masked key positions hold masks (the first member shows one): no slot.
                if key[p] != MASK or MASK in first[p]:
                    continue
                before = key[p - 1]
                if before == MASK or not LETTER.search(before):
                    continue
                head = {words[p] for _, words in members[:_HEAD]}
                if holds_mask(head) or len(head) >= least:
                    continue
                column = {words[p] for _, words in members}
                if not 1 < len(column) < least or holds_mask(column) or all_enumeration(column):
                    continue
                if past_tense_verbs(column):
                    continue  # what happened (`Build started`, `Build finished`): no names
                if seps is None:  # the smallest member's, as `_split_cluster` reads them
                    seps = split_tokens(min(map(itemgetter(0), members)))[1]
                slot = (before, slot_separator(seps[p - 1]))
                values[slot] |= column
                clusters[slot] += 1
        return frozenset(s for s, n in clusters.items() if n > 1 and len(values[s]) >= least)

    def _shared_vocabularies(self, clustered: Iterable[_Clusters]) -> frozenset[frozenset[str]]:
        """Small vocabularies (two words or more, fewer than `min_variable_values`, each with
        a letter, no mask) that a column takes, value for value, in clusters of
        `_SHARING_STATEMENTS` statements or more (their constant words differ): the names of
        an enumeration several statements are logged with, values, not the wording of any one.
        Zabbix names an item's type `Zabbix agent` or `SNMP agent` in four statements (`...
        item "<key>" on host "<host>" failed: first network error`, `temporarily disabling
        ... checks`, `resuming ... checks`), and each statement was two. A vocabulary one
        statement owns (`opened`/`closed`), or that one statement shows in several layouts of
        its values (dpkg's `configure`/`trigproc`), still splits. A statement that shows only
        some of the names counts for the vocabulary, and the vocabulary for it (below)."""
        least = self.min_variable_values
        statements: dict[frozenset[str], set[frozenset[str]]] = defaultdict(set)
        for key, members in (item for items in clustered for item in items):
            if len(members) < 2:
                continue
            for p in range(len(key)):
                if key[p] != MASK or MASK in members[0][1][p]:
                    continue
                head = {words[p] for _, words in members[:_HEAD]}
                if holds_mask(head) or len(head) >= least:
                    continue
                column = {words[p] for _, words in members}
                if not 1 < len(column) < least or not all(map(is_word, column)):
                    continue
                if outcome_words(column) or action_words(column):
                    # How each statement ended (`OK`/`FAIL`), or what it did (`adding` /
                    # `deleting`): no names, however many statements share them.
                    continue
                wording = frozenset(
                    w for i, w in enumerate(key) if i != p and w != MASK and LETTER.search(w)
                )
                statements[frozenset(column)].add(wording)
        # A statement that shows some of an enumeration's names takes that enumeration too:
        # Kafka logs a group's state in four statements, two with `Stable`, `Empty` and
        # `CompletingRebalance` and two with the first two only. A vocabulary counts the
        # statements of the vocabularies it holds or is held by.
        found = set()
        for v, s in statements.items():
            sharing = set(s)
            for other, t in statements.items():
                if other != v and (other < v or v < other):
                    sharing |= t
            if len(sharing) >= _SHARING_STATEMENTS:
                found.add(v)
        return frozenset(found)

    def _variable_names(self, clustered: Iterable[_Clusters]) -> frozenset[str]:
        """The words the batch's variables take: the values of every column, in every cluster,
        that takes `min_variable_values` values or more (not all small integers); and those of
        the values of a `key=` that varies, however few (`key_value_positions`: a value the
        message names, as `queue=orders-inbound` and `queue=orders-retry` of a health line). A
        small vocabulary of names found there is that variable's kind of value, not words of a
        statement (`names_as_values`: `Received <*> message(s) from queue orders-retry`)."""
        least = self.min_variable_values
        names: set[str] = set()
        for key, members in (item for items in clustered for item in items):
            if len(members) > 1 and MASK in key:
                words, seps = split_tokens(min(map(itemgetter(0), members)))
                for p in key_value_positions(words, seps).values():
                    if p < len(key) and key[p] == MASK:
                        column = {row[p] for _, row in members}
                        names.update(filter(is_word, column))
            if len(members) < least:
                continue
            rows = list(map(itemgetter(1), members))
            columns = {p: {words[p] for words in rows} for p, k in enumerate(key) if k == MASK}
            # Columns the cluster will split on (a few words, no mask): a column's values count
            # only among members that agree on those. `operationExecutor.MountVolume started`
            # and `MountVolume.SetUp succeeded` in one cluster make four names at its first
            # position, but the cluster splits on `started`/`succeeded`, and each part has fewer.
            splits = [
                q
                for q, column in columns.items()
                if 1 < len(column) < least and not holds_mask(column)
            ]
            for p, column in columns.items():
                if len(column) < least or all_enumeration(column):
                    continue
                if others := [q for q in splits if q != p]:
                    parts: dict[tuple[str, ...], set[str]] = defaultdict(set)
                    for words in rows:
                        parts[tuple(words[q] for q in others)].add(words[p])
                    if max(map(len, parts.values())) < least:
                        continue
                names.update(filter(is_word, column))
        return frozenset(names)

    def _split_cluster(
        self,
        key: list[str],
        members: list[tuple[str, Sequence[str]]],
        out: list[tuple[list[str], str]],
        shared: frozenset[tuple[str, str]] = frozenset(),
        named: VariableNames | None = None,
        vocabularies: frozenset[frozenset[str]] = frozenset(),
        keep: frozenset[int] = frozenset(),
    ) -> None:
        """Splits a cluster on its small vocabularies, or makes its template. `keep`: the
        positions a cluster this one was split from on an outcome took for variables."""
        template = list(key)
        vocab: list[tuple[int, int]] = []  # (distinct values, position) of small vocabularies
        outcome_at: set[int] = set()  # positions of keys' outcomes (`outcome_values`)
        # Columns of masked values and a few constants (`_outcomes`): split on last, once no
        # word splits the cluster (the words a statement opens with go first).
        outcomes: list[tuple[int, int]] = []
        member_words = None
        pairs: dict[int, int] = {}
        first_seps: list[str] = []
        values_at: frozenset[int] = frozenset()
        transition: frozenset[int] = frozenset()
        processes: frozenset[int] = frozenset()
        numbered: frozenset[int] = frozenset()
        arguments: frozenset[int] = frozenset()
        label_ends: frozenset[int] = frozenset()
        field_names: frozenset[int] = frozenset()
        for p, k in enumerate(key):
            if k != MASK:
                continue
            if p == 0 and (rows := table_rows(members)) is not None and all(rows):
                # The keys of a table's rows, however few (`table_rows`): values.
                template[0] = MASK
                continue
            if member_words is None:
                member_words = list(map(itemgetter(1), members))
                # The smallest member's separators, as the template takes them: members of one
                # shape can differ in blanks (`=\ta`, `=a  `), and which `key=` a position is
                # the value of must not depend on their order.
                first_words, first_seps = split_tokens(min(map(itemgetter(0), members)))
                pairs = key_value_positions(first_words, first_seps)
                values_at = (
                    frozenset(pairs.values())
                    | glued_values(first_words, first_seps)
                    | listed_values(first_words, first_seps)
                )
                transition = transition_sides(first_words, first_seps)
                processes = process_names(first_words, first_seps)
                numbered = numbered_names(first_words, first_seps)
                arguments = call_arguments(first_words, first_seps)
                label_ends = label_end_positions(first_words, first_seps)
                field_names = record_field_names(pairs)
            if p in keep:
                # A variable of the statement this cluster is one outcome of: its values
                # vary by instance whatever the outcome, however few one outcome shows.
                continue
            if p == 0 and signed_words(opening := {words[0] for words in member_words}):
                # An event's name the message opens with (`+sdown`, `-odown`): its wording.
                vocab.append((len(opening), p))
                continue
            values = set(map(itemgetter(p), member_words)) if p in field_names else set()
            if values and not holds_mask(values):
                # A field's name in a record of fields: the record's wording, however many
                # (`record_field_names`).
                vocab.append((len(values), p))
                continue
            if p in label_ends and key[p - 1] == MASK and phrase_words(member_words, p):
                # Labels of other wording: one statement each, however many (`label_end_positions`).
                vocab.append((len({words[p] for words in member_words}), p))
                continue
            if (
                p == 1
                and p in label_ends
                and (opening_label_of(key, member_words) or record_kind_label(key, member_words))
            ):
                # A label of two words the message opens with, then a value: what happened to
                # the value (`Kernel started: <*>`, `Kernel shutdown: <*>`); or in capitals,
                # the kind of record that follows (`SERVICE ALERT:`, `SERVICE NOTIFICATION:`).
                vocab.append((len({words[p] for words in member_words}), p))
                continue
            if p > 1 and p in label_ends and record_kind_after_prefix(key, member_words, p):
                # The same past a prefix the message opens with (`[pid <*>] [<*>] OK LOGIN:`,
                # `... OK MKDIR:`): the kind of record, one statement each.
                vocab.append((len({words[p] for words in member_words}), p))
                continue
            if (
                p > 1
                and p not in transition  # (a state an arrow leaves: `[.kibana] INIT -> ...`)
                and kind_after_prefix(
                    key, first_seps, p, values := set(map(itemgetter(p), member_words))
                )
            ):
                # A word in capitals right after a bracketed prefix (`(deploy) CMD (...)`,
                # `[FTP Session <*>] STOR <*>`): the record's kind or command, one statement
                # each (`kind_after_prefix`).
                vocab.append((len(values), p))
                continue
            if p + 1 in arguments:
                # The name of a call is the statement's wording, however many (`open(<*>)`,
                # `stat(<*>)`; dnsmasq's `DHCPOFFER(<*>)`, `DHCPACK(<*>)`), unless masked, or
                # many after the statement's words (`Executing <*>(<*>)`, `called_within`).
                values = set(map(itemgetter(p), member_words))
                least = self.min_variable_values
                if not holds_mask(values) and not called_within(key, p, values, least):
                    vocab.append((len(values), p))
                    continue
            if p == 0 and record_kind_before_pairs(
                set(map(itemgetter(0), member_words)), key, first_seps, pairs
            ):
                # A record's kind in capitals before its fields (`USER_AUTH pid=<*> ...`,
                # `CRED_DISP pid=<*> ...`): one statement each, however many.
                vocab.append((len({words[0] for words in member_words}), 0))
                continue
            if p == 0 and opening_verbs(set(map(itemgetter(0), member_words)), key):
                # The word a statement opens with, capitalised: its verb (`Starting`,
                # `Stopping`; an API's operation, `StartContainer`, `RemoveContainer`).
                vocab.append((len({words[0] for words in member_words}), 0))
                continue
            if after_leading_pairs(p, pairs) and opening_verbs(
                set(map(itemgetter(p), member_words)), key, p, OPERATION
            ):
                # The same past the pairs a logger opens every message with (slapd's `conn=<*>
                # op=<*> SRCH ...`, `MOD ...`): the statement's verb, or its operation's name.
                vocab.append((len({words[p] for words in member_words}), p))
                continue
            # The first few members often settle it: with a mask, or with many values not
            # all small integers, the whole column is a variable too (it has those values).
            head = set(map(itemgetter(p), member_words[:_HEAD]))
            if (
                p in values_at
                and len(head) <= MAX_OUTCOMES
                and not holds_mask(head)
                and outcome_values(
                    values := set(map(itemgetter(p), member_words)), self.min_variable_values
                )
            ):
                # A key's value that says how it ended (`status=ok`, `status=failed`): an
                # enumeration spelt out, one statement each, as `status=404` is (`outcomes.py`).
                vocab.append((len(values), p))
                outcome_at.add(p)
                continue
            many = len(head) >= max(2, self.min_variable_values)  # (one value: constant)
            if many and p < 2:
                many = not word_after_word(
                    first_words,
                    first_seps,
                    p,
                    set(map(itemgetter(p), member_words)),
                    self.min_variable_values,
                )
            if many and p == len(first_words) - 1:
                many = not verb_at_end(
                    first_words,
                    first_seps,
                    p,
                    set(map(itemgetter(p), member_words)),
                    self.min_variable_values,
                )
            if holds_mask(head) or (many and not all_enumeration(head)):
                if MASK in head and self._outcomes(values := set(map(itemgetter(p), member_words))):
                    outcomes.append((len(values), p))
                continue
            values = set(map(itemgetter(p), member_words))
            if self._outcomes(values):
                outcomes.append((len(values), p))
                continue
            # Masking left a small integer only where it follows an enumeration key (`HTTP/1.1
            # 500`, `status=404`): such values are kinds of problem, never a variable.
            enumeration = all_enumeration(values)
            if len(values) == 1:
                template[p] = next(iter(values))
            elif not enumeration and (
                holds_mask(values)
                or (
                    len(values) >= self.min_variable_values
                    and not word_after_word(
                        first_words, first_seps, p, values, self.min_variable_values
                    )
                    and not verb_at_end(
                        first_words, first_seps, p, values, self.min_variable_values
                    )
                )
                or p in values_at
                or p in transition
                or p in processes
                or p in numbered
                or p in arguments
                or (p in pairs and len({words[pairs[p]] for words in member_words}) > 1)
                or (p > 0 and (key[p - 1], slot_separator(first_seps[p - 1])) in shared)
                or frozenset(values) in vocabularies
                or names_as_values(values, template[:p], named)
                or identifier_among(values, template[:p])
                or dotted_names(values)
                or namespaced_names(values)
                or values <= REQUEST_METHODS
                or empty_or_bracketed(first_words, first_seps, p, values)
            ):
                template[p] = MASK
            else:
                vocab.append((len(values), p))
        if not vocab and "(" in members[0][0]:
            # A call's argument is a value even where a cluster shows one (`call_arguments`):
            # the statement's messages with other arguments, in this batch or a later one, get
            # its template (keepalived's `VRRP_Script(chk_nginx) timed out`).
            smallest = split_tokens(min(map(itemgetter(0), members)))
            for p in call_arguments(*smallest):
                if template[p] != MASK and not all_enumeration((template[p],)):
                    template[p] = MASK
        if not vocab and "[" in members[0][0]:
            # A word a message sets in brackets of its own after its wording is a value it
            # names, even where a cluster shows one (`bracketed_values`).
            smallest = split_tokens(min(map(itemgetter(0), members)))
            for p in bracketed_values(*smallest):
                if template[p] != MASK and not all_enumeration((template[p],)):
                    template[p] = MASK
        if not vocab and len(members) > 1 and member_words is not None:
            vocab = self._wordless(template, member_words, pairs, values_at, first_seps)
            if not vocab:
                vocab = sentence_splits(template, member_words, pairs, values_at)
        vocab = vocab or outcomes
        if vocab:
            _, p = min(vocab)
            parts: dict[str, list[tuple[str, Sequence[str]]]] = defaultdict(list)
            for item in members:
                parts[item[1][p]].append(item)
            undecided = {q for _, q in vocab} | {q for _, q in outcomes}
            if p in outcome_at:
                # Each outcome is the statement still: what varied in it stays a variable
                # (`user=<*> status=failed` seen once keeps no user's name).
                keep = keep.union(
                    q
                    for q, k in enumerate(key)
                    if k == MASK and template[q] == MASK and q not in undecided
                )
            elif member_words is not None and all(map(CONSTANT_SPELLING.fullmatch, parts)):
                # So is each state of an enumeration spelt as its constant (`completed with
                # status SUCCEEDED`, `... TERMINAL`): a column of many names in one state's
                # members is a variable of the statement in every state, however few the
                # rarer states show (three apps' failed executions are one template, not one
                # per app).
                keep = keep.union(
                    self._variables_of_parts(key, template, member_words, p, undecided)
                )
            for value in sorted(parts):
                sub_key = list(key)
                sub_key[p] = value
                self._split_cluster(sub_key, parts[value], out, shared, named, vocabularies, keep)
            return
        if member_words is not None:
            for p, k in enumerate(key):
                if k == MASK and template[p] == MASK:
                    template[p] = MASK + _shared_end(member_words, p)
        # The smallest member's own separators (not the shape's normalised blanks): members
        # come in no particular order.
        smallest = min(map(itemgetter(0), members))
        rendered = render_tokens(template, seps=split_tokens(smallest)[1])
        # A message that is its own template (a statement logged once, nothing varies) keeps
        # one string for both: the run keeps each for as long as it knows the template.
        out.append(([m for m, _ in members], smallest if rendered == smallest else rendered))

    def _variables_of_parts(
        self,
        key: Sequence[str],
        template: Sequence[str],
        member_words: Sequence[Sequence[str]],
        split: int,
        undecided: set[int],
    ) -> set[int]:
        """The positions a cluster splitting on position `split` keeps variables in every
        part: word columns (no mask) that take `min_variable_values` values among the members
        of one part (one state), not only across parts (the kubelet's
        `operationExecutor.MountVolume started` beside `MountVolume.SetUp succeeded`: names
        of code, each few in its part)."""
        least = self.min_variable_values
        kept: set[int] = set()
        for q, k in enumerate(key):
            if k != MASK or template[q] != MASK or q in undecided or q == split:
                continue
            by_part: dict[str, set[str]] = defaultdict(set)
            for words in member_words:
                by_part[words[split]].add(words[q])
            if max(map(len, by_part.values())) >= least and not any(
                MASK in values for values in by_part.values()
            ):
                kept.add(q)
        return kept

    def _outcomes(self, values: set[str]) -> bool:
        """Whether a column's values are masked values and a few constants (`CONSTANT_SPELLING`,
        fewer than `min_variable_values`): an outcome in place of the value (dnsmasq's `reply
        <name> is <address>` next to `reply <name> is NODATA`), a statement of its own."""
        if MASK not in values or len(values) > self.min_variable_values:
            return False
        others = [v for v in values if v != MASK]
        return bool(others) and all(CONSTANT_SPELLING.fullmatch(v) for v in others)

    @staticmethod
    def _wordless(
        template: Sequence[str],
        member_words: Sequence[Sequence[str]],
        pairs: dict[int, int],
        values_at: frozenset[int],
        seps: Sequence[str] = (),
    ) -> list[tuple[int, int]]:
        """The positions to split a cluster on when its template would keep no word while its
        members differ in words at two positions or more, or, in a message of one token, when
        one of its values is a word, or when the word that varies is a label opening the
        message: [(distinct values, position)] of the variables whose every value is a word
        (a letter, no mask), or of the one token, or of the label.

        Messages of one shape that share no constant word, and differ in more than one word,
        are not one statement: Squid's cache.log prints its rebuild counters one a line (`<*>
        Objects loaded.`, `<*> Duplicate URLs purged.`, `Completed Validation Procedure`),
        each seen once or twice, and every position taking several values made them all
        `<*>`. Members that differ in one word only are that word's values (`- alice`, `-
        bob`: a list of names stays `- <*>`), unless that word is a label the message opens
        with, a word of letters and `: ` (`EventMemberJoin: <*>`, `EventMemberFailed: <*>`,
        as HashiCorp's serf logs its events): what the value after it is, one statement
        each. A key that varies with its value stays a variable (`<*> = <*>`: settings
        dumped one a line), and so does a column that holds a mask in some member (a value
        however it is spelt)."""
        said = [w for w in template if w != MASK and LETTER.search(w)]
        said = [w for w in said if w.lower() not in FUNCTION_WORDS]
        if not all(map(failure_word, said)):
            return []
        if said:
            # A word that says only that something failed (`<*>: <*> failed`) is no
            # statement's either, where the members differ in identifiers at two places or
            # more: xrdp's chain of `xrdp_sec_recv: xrdp_mcs_recv failed`, `xrdp_rdp_recv:
            # xrdp_sec_recv failed`, each link its own. A path and a method are a failure's
            # values (Flask's `Exception on /api/orders [POST]`).
            return _identifiers_apart(template, member_words, pairs, values_at)
        if len(template) == 1:
            # A message of one token has no other word to be a statement by: a word alone
            # (`Reloading`) is its whole wording, never a value of the bare values some
            # programs print on lines of their own (CoreDNS's `CoreDNS-1.11.1` and `.:53`,
            # masked whole), as one-word messages with no value among them are already apart.
            values = set(map(itemgetter(0), member_words))
            if any(MASK not in v and LETTER.search(v) for v in values):
                return [(len(values), 0)]
            return []
        worded = 0
        out = []
        for p, w in enumerate(template):
            if w != MASK or p in pairs or p in values_at:
                continue
            values = set(map(itemgetter(p), member_words))
            words = sum(1 for v in values if MASK not in v and LETTER.search(v))
            worded += words > 0
            # One value is nothing to split on: a constant word masked as a value however
            # few (`bracketed_values`, `call_arguments`) splitting on itself recursed
            # without end.
            if words == len(values) > 1:
                out.append((len(values), p))
        if worded == 1 and out and out[0][1] == 0 and opens_with_label(member_words, seps):
            return out[:1]
        if worded == 1 and out and few_constants(member_words, out[0][1]):
            return out[:1]
        return out if worded > 1 else []


# A code's identifier of several parts: snake_case or camelCase (a function's name, as C and
# Java name them); a user's or a database's name is one part (`admin`, `etl`).
_CODE_NAME = re.compile(r"[^\W\d]\w*(?:_[^\W_]|[a-z][A-Z])\w*")


def _pair_values(group: Sequence[tuple[str, Sequence[str]]]) -> list[int]:
    """Positions of the values of the `key=value` pairs of a shape group, read from its
    smallest member as `_split_cluster` reads them (the separators are the shape's)."""
    if not any("=" in message for message, _ in group):
        return []
    words, seps = split_tokens(min(map(itemgetter(0), group)))
    return [v for v in key_value_positions(words, seps).values() if v < len(words)]


def _identifiers_apart(
    template: Sequence[str],
    member_words: Sequence[Sequence[str]],
    pairs: dict[int, int],
    values_at: frozenset[int],
) -> list[tuple[int, int]]:
    """[(distinct values, position)] of the variables of `template` whose values are each a
    code's identifier of several parts, two such variables or more; else nothing
    (`_wordless`)."""
    out = []
    for p, w in enumerate(template):
        if w != MASK or p in pairs or p in values_at:
            continue
        values = set(map(itemgetter(p), member_words))
        if len(values) > 1 and all(map(_CODE_NAME.fullmatch, values)):
            out.append((len(values), p))
    return out if len(out) > 1 else []


def _spans_values(template: str, message: str) -> bool:
    """Whether `template` matches `message` with each `<*>` standing for a value: never for
    text that closes a bracket it did not open (`_balanced`), nor for text that ends a
    sentence where the template ends one after it, nor for a further field, a key and `=`
    after a blank (`cmd=Auth; account=<*>; protocol=<*>;` does not take `... protocol=imap;
    error=authentication failed ...;`, as absorption keeps `rhost=<*>` off `rhost=<*>
    user=<*>`). A variable keeps the
    punctuation its values end with (`_shared_end`), so `Starting <*>.` was mined from values
    without a `.` of their own, and `Starting Load Kernel Modules...` is the other statement,
    `Starting <*>...`, not a value `Load Kernel Modules..`."""
    found = spans(template, message)
    if found is None:
        return False
    return not any(
        (end < len(message) and message[end] in SENTENCE_END and message[end - 1] in SENTENCE_END)
        or not _balanced(message, start, end)
        or _FURTHER_KEY.search(message, start, end) is not None
        for start, end in found
    )


# A key and `=` after a blank inside a span: another field of a record of `key=value` pairs.
_FURTHER_KEY = re.compile(r"\s[^\W\d][\w.-]{0,63}=")


SHARED_STATEMENT_WORDS = 3
"""Words (tokens with a letter) of another family's template that make it one statement with
a message whose words its `<*>` stand for (`TemplateMiner._may_take`)."""


def _spans_words(template: str, message: str) -> bool:
    """Whether a `<*>` of `template` stands for words of `message`: text over a blank with a
    letter that masking left (`<*>, name: <*>`), not one value that glues words to others
    (Proxmox's task ids, `UPID:<*>:vzdump:<*>:backup@pve`)."""
    return any(
        " " in message[start:end] and LETTER.search(message[start:end].replace(MASK, ""))
        for start, end in spans(template, message) or ()
    )


def _spans_a_reason(template: str, message: str) -> bool:
    """Whether a `<*>` of `template` stands for a value and a reason the message gives after
    it in words alone (ISC dhcpd's `... via eth1: wrong network.`, systemd's `Failed to start
    nginx.service: Unit not found.`): a statement of its own, which says what went wrong with
    the value, not a longer value. Mined at once the two never share a template (they differ
    in tokens); a known template's `<*>` must not hide the reason in a later run either."""
    for start, end in spans(template, message) or ():
        value, colon, reason = message[start:end].partition(": ")
        if (
            colon
            and value
            and " " not in value
            and "\n" not in reason
            and MASK not in reason
            and LETTER.search(reason)
        ):
            return True
    return False


_OPENING = {")": "(", "]": "[", "}": "{"}


def _balanced(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` closes no bracket it did not open: a value may hold a
    bracketed part (`foo (bar)`), but `1.2) over (1.1` is two values and the words between
    (`Unpacking <*> (<*>) ...` does not stand for `Unpacking <*> (<*>) over (<*>) ...`)."""
    span = text[start:end]
    if not any(c in span for c in _OPENING):
        return True
    opened: list[str] = []
    for c in span:
        if c in "([{":
            opened.append(c)
        elif c in _OPENING and (not opened or opened.pop() != _OPENING[c]):
            return False
    return True


def _shared_end(member_words: list[Sequence[str]], p: int) -> str:
    """The punctuation every value at position `p` ends with (`.` of `Starting Swap.`,
    `Starting Slices.`): the statement's, not the variable's, so `Starting <*>.`. A token
    holds the `.`, `!` or `?` a sentence puts after it (the tokeniser keeps dots inside names)."""
    first = member_words[0][p]
    end = first[len(first.rstrip(END_PUNCTUATION)) :]
    if not end:
        return ""
    # Each value keeps a character of its own before the end (the loop shortens `end` for
    # the first value too): whichever member comes first, `c...` and `...` end in `..`.
    for words in member_words:
        value = words[p]
        while end and not (value.endswith(end) and len(value) > len(end)):
            end = end[1:]
        if not end:
            return ""
    return end


_SEEN_LIMIT = 200_000
# The heads known templates' literal prefixes are found by (`TemplateMiner._spanning`): the
# whole prefix under 8 characters, else its first 8, 16, 32, ... characters.
_HEADS = (0, *(8 << k for k in range(14)))
_HEAD = 16


# A small vocabulary is an enumeration's names when this many statements take it (their
# constant words differ, `TemplateMiner._shared_vocabularies`); two share many a word pair.
_SHARING_STATEMENTS = 3


# Constant tokens of known templates at one set of positions: (their picker, {words: templates}).
_Constants = tuple[Callable[[Sequence[str]], tuple[str, ...]], dict[tuple[str, ...], list[str]]]
_ByPositions = dict[tuple[int, ...], _Constants]


class _Spanner(NamedTuple):
    """A known template as `_spanning` compares it: its constant tokens, its text, its last
    constant piece (the message ends with it) and its longest (the message holds it)."""

    n_constants: int
    template: str
    last: str
    longest: str


def _key_token(rest: str) -> str | None:
    """The longest whitespace token of a template's text after its first `<*>` (`rest`) that
    holds no `<*>` and touches none, or None: a token with whitespace or an end of the
    template on both sides is constant text with the same around it in every message the
    template spans, so such a message holds it as a whitespace token of its own."""
    tokens = rest.split()
    if tokens and rest[:1] and not rest[0].isspace():
        tokens = tokens[1:]  # glued to the `<*>` before it
    constant = [t for t in tokens if MASK not in t]
    return max(constant, key=len) if constant else None


_NO_TEMPLATES: _ByPositions = {}
# One shape group's clusters: [(cluster key, [(message, its tokens)]), ...], keys sorted.
_Clusters = list[tuple[tuple[str, ...], list[tuple[str, Sequence[str]]]]]


def _picker(positions: tuple[int, ...]) -> Callable[[Sequence[str]], tuple[str, ...]]:
    """The tokens at `positions`, always as a tuple (`itemgetter` returns one token bare and
    takes no empty list)."""
    if len(positions) > 1:
        return itemgetter(*positions)
    if positions:
        (p,) = positions
        return lambda words: (words[p],)
    return lambda words: ()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: mining allocates a few lists and tuples per token
    and makes no reference cycles, so the collector's passes over a large batch's (growing)
    heap are pure cost (a tenth of mining time at a million events)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def explain(masked: str, template: str) -> list[tuple[int, str]]:
    """The tokens of `masked` that `template` turns into variables: [(token index, token), ...].

    Positional, so it answers for templates that use one token per `<*>`; for a `<*>` that
    spans several tokens it reports the tokens in the span.
    """
    words, _ = split_tokens(masked)
    t_words, _ = split_tokens(template)
    if len(words) == len(t_words):
        return [(i, w) for i, (t, w) in enumerate(zip(t_words, words, strict=True)) if t == MASK]
    found = spans(template, masked)
    if found is None:
        return []
    out: list[tuple[int, str]] = []
    pos = 0
    for i, w in enumerate(words):
        start = masked.find(w, pos)
        if any(a <= start < b for a, b in found):
            out.append((i, w))
        pos = start + len(w)
    return out


def mine_column(
    messages: pa.Array | pa.ChunkedArray,
    miner: TemplateMiner,
    rules: tuple[MaskRule, ...] = DEFAULT_RULES,
    families: pa.Array | pa.ChunkedArray | None = None,
) -> pa.Array:
    """Templates for a column of messages: masked once per distinct message, mined once per
    distinct masked message, then spread back to every row. `families`: each row's family
    (`memory.mining_family`); the messages of each are mined apart, with their family's
    remembered examples, families in the order they first appear. A message over lines is
    mined by its statement (`statements.statement_lines`)."""
    values, indices = mask_bounded(statement_lines(messages), rules)
    # A value no row has is null (`mask_encoded`): not encoded, so never mined as a message of
    # the log, nor remembered as an example of a template no event has (`memory.py`).
    distinct = pc.dictionary_encode(values)  # two digit shapes can mask alike
    rows = pc.take(distinct.indices, indices)  # each row's distinct masked message
    dictionary = distinct.dictionary.to_pylist()
    if families is None:
        mined = miner.assign(dictionary)
    else:
        mined = [""] * len(dictionary)
        by_family = _by_family(rows, families, len(dictionary))
        named = _names_as_values(by_family, dictionary)
        for family, members in by_family:
            masked = [named.get((family, i), dictionary[i]) for i in members]
            for index, template in zip(members, miner.assign(masked, family), strict=True):
                mined[index] = template
    return pc.take(pa.array(mined, pa.string()), rows)


# Families whose messages say the same with each one's own name in one place, before the
# names are values there (two programs under one supervisord are a common setup).
_MIN_NAMED_FAMILIES = 2


def _names_as_values(
    by_family: list[tuple[str | None, list[int]]], dictionary: list[str]
) -> dict[tuple[str | None, int], str]:
    """{(family, message index): the message with the family's name masked}, where the family
    is a program the log names (a `service`, `memory.mining_family`) and its name is a value:
    other families' messages say the same with their own names in its place. supervisord's
    line is its program's (`success: nginx entered RUNNING state`, `success: cron ...`), and
    each program's messages are mined apart, where the name, alike in all of them, would be
    wording: one template per program. A name only its own family's messages hold is left
    alone (InfluxDB's `store` subsystem logs `Open store (start)`). A name in a namespace
    (`argocd/guestbook`, Kubernetes' `namespace/name`) is written in messages by its last
    part too (Argo CD's `Comparing app state (cluster: ..., namespace: guestbook)`, each
    record naming its application in `application=argocd/guestbook`)."""
    masked: dict[tuple[str | None, int], str] = {}
    families_of: dict[str, set[str]] = defaultdict(set)
    for family, members in by_family:
        if not family or family.startswith(FORMAT_FAMILY) or not LETTER.search(family):
            continue
        for written in _written_names(family):
            name = re.compile(rf"(?<![\w.-]){re.escape(written)}(?![\w-]|\.\w)")
            for i in members:
                message = masked.get((family, i), dictionary[i])
                if written in message:
                    text = name.sub(MASK, message)
                    if text != message:
                        masked[family, i] = text
        for i in members:
            if (family, i) in masked:
                families_of[masked[family, i]].add(family)
    return {
        key: text for key, text in masked.items() if len(families_of[text]) >= _MIN_NAMED_FAMILIES
    }


def _written_names(family: str) -> list[str]:
    """How a family's name is written in its messages: whole, and a namespaced name's last
    part (`argocd/guestbook` -> `guestbook`) when it holds a letter."""
    last = family.rpartition("/")[2]
    return [family, last] if last != family and LETTER.search(last) else [family]


def _by_family(
    rows: pa.Array, families: pa.Array | pa.ChunkedArray, size: int
) -> list[tuple[str | None, list[int]]]:
    """[(family, the distinct messages (indices below `size`) its rows hold)]: families in the
    order of their first row, each one's messages in their order (which examples the memory
    keeps follows it)."""
    if isinstance(families, pa.ChunkedArray):
        families = families.combine_chunks()
    # Its dictionary holds the families in the order of their first rows.
    encoded = pc.dictionary_encode(pc.fill_null(families, ""))
    names = encoded.dictionary.to_pylist()
    if len(names) <= 1:
        return [(names[0] if names else None, list(range(size)))]
    held = pc.is_valid(rows)
    pairs = pc.unique(
        pc.add(
            pc.multiply(pc.filter(encoded.indices, held).cast(pa.int64()), size),
            pc.filter(rows, held).cast(pa.int64()),
        )
    )
    by_family: dict[int, list[int]] = {}
    for pair in sorted(pairs.to_pylist()):
        family, message = divmod(pair, size)
        by_family.setdefault(family, []).append(message)
    return [(names[family], messages) for family, messages in sorted(by_family.items())]
