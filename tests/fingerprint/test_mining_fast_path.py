"""The miner's shortcuts (plain messages tokenized a shape group at a time, a split pattern `re`
can scan faster, a shape built without a rewrite when it needs none, known templates looked up
by their constant tokens, the collector paused while mining) give what the plain definitions
give."""

from __future__ import annotations

import gc
import random
import re
from collections import Counter, defaultdict

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from errctl.fingerprint import constant_levels, mining, tokens, word_roles
from errctl.fingerprint.absorb import absorbing
from errctl.fingerprint.masking import mask_message
from errctl.fingerprint.mining import MASK, TemplateMiner
from errctl.fingerprint.outcomes import action_words, outcome_values, outcome_words
from errctl.fingerprint.titles import names_at_end, names_at_start, names_inside
from errctl.fingerprint.vocabularies import ENUM_VALUE, FUNCTION_WORDS, MAX_SENTENCES

# The definitions the shortcuts stand for.


def template_regex(template: str) -> re.Pattern[str]:
    """A known template as a regex, `.+?` for each `<*>` (the miner finds the same spans in
    linear time: `absorb.spans`)."""
    return re.compile("(.+?)".join(re.escape(p) for p in template.split(MASK)), re.DOTALL)


def spans_values(template: str, message: str) -> bool:
    """The template matches, and no `<*>` stands for text ending a sentence right before the
    template ends one, nor for a further `key=` field after a blank (`mining._spans_values`)."""
    found = template_regex(template).fullmatch(message)
    if found is None:
        return False
    ends = ".!?"
    return not any(
        (
            found.end(i) < len(message)
            and message[found.end(i)] in ends
            and message[found.end(i) - 1] in ends
        )
        or not balanced(found.group(i))
        or re.search(r"\s[^\W\d][\w.-]{0,63}=", found.group(i)) is not None
        for i in range(1, (found.lastindex or 0) + 1)
    )


def balanced(value: str) -> bool:
    """No bracket closed that the value did not open (`mining._balanced`)."""
    while True:
        inner = re.sub(r"\([^()\[\]{}]*\)|\[[^()\[\]{}]*\]|\{[^()\[\]{}]*\}", "", value)
        if inner == value:
            return not any(c in value for c in ")]}")
        value = inner


CONSTANT = r"[A-Z]{2}[A-Z0-9_]*(-[A-Za-z0-9]+)*"
HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}
# A colon is a separator except in `::` (`A::B` is one token).
PLAIN_SPLIT = re.compile(r"([ \t\r\n\f\v]+|[=,;|#\[\](){}]|(?<!:):(?!:)|<(?!\*>)|(?<!<\*)>)")
PLAIN_BLANKS = re.compile(r"[ \t\r\n\f\v]+")

# Every separator, blanks of each kind, the pieces of MASK on their own and MASK itself.
piece = st.sampled_from(
    [
        "a",
        "word",
        "7",
        MASK,
        "<",
        ">",
        "*",
        "<*",
        "*>",
        "<<",
        ">>",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\f",
        "\v",
        " \t ",
        "=",
        ":",
        "::",
        ",",
        ";",
        "|",
        "#",
        "[",
        "]",
        "(",
        ")",
        "{",
        "}",
        ".",
        "/",
        "-",
        " -> ",
        "→",
        "\x00",
        "é",
    ]
)
text = st.lists(piece, max_size=16).map("".join)


@given(text)
def test_split_equals_the_plain_pattern(message: str):
    assert tokens._SPLIT.split(message) == PLAIN_SPLIT.split(message)


@given(st.lists(st.lists(piece, max_size=4).map("".join), max_size=8))
def test_shape_equals_the_plain_rewrite(seps: list[str]):
    assert tokens.shape_of(seps) == PLAIN_BLANKS.sub(" ", "\x00".join(seps))


@pytest.mark.parametrize("enabled", [True, False])
def test_assign_leaves_the_garbage_collector_as_it_found_it(enabled: bool):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        TemplateMiner().assign(["a <*> b", "a <*> c", "x y"])
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            TemplateMiner().assign([None])  # type: ignore[list-item]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


# The last pair of a `;` list (`tokens._tail_start`): everything up to the last `;` before a
# key and its `=`, the value running to the end; the segment before that `;` holds a pair.
LIST_TAIL = re.compile(r"(.*;[ \t]*[^\W\d][\w.-]*=)([^=\s].*)", re.DOTALL)
SEGMENT_PAIR = re.compile(r"(?<![^ \t;])[^\W\d][\w.-]*=[^=\s]")


def plain_pieces(message: str) -> list[str]:
    """PLAIN_SPLIT's pieces (tokens and separators in turn), but the last value of a list of
    pairs separated by `;`, on one line, after a `;` that closes a pair, is one token, and so
    is a value of `|`-joined tokens (`bars_joined`)."""
    found = LIST_TAIL.fullmatch(message)
    if found is None or "\n" in message:
        return bars_joined(PLAIN_SPLIT.split(message))
    head, value = found.groups()
    before = head[: head.rindex(";")]
    if not SEGMENT_PAIR.search(before.rsplit(";", 1)[-1]) or not PLAIN_SPLIT.search(value):
        return bars_joined(PLAIN_SPLIT.split(message))
    return [*bars_joined(PLAIN_SPLIT.split(head))[:-1], value]


def bars_joined(pieces: list[str]) -> list[str]:
    """`pieces` with each run `= t1 | t2 ... | tn` (n >= 2) joined into one token `t1|...|tn`,
    where every t is a non-empty token without `:`, `<` or `>` (no mask, no `::` path), and
    the run ends the text or a separator opening with a blank, `,` or `;` follows it. Nothing
    is joined in a text that holds the \\x1f the tokenizer hides bars behind."""
    if any("\x1f" in piece for piece in pieces):
        return pieces
    out = list(pieces)
    i = 2  # a token's index: pieces alternate token, separator, token, ...
    while i < len(out):
        if out[i - 1] != "=":
            i += 2
            continue
        end = i
        while end + 2 < len(out) and out[end + 1] == "|":
            end += 2
        run = out[i : end + 1 : 2]
        closes = end + 1 == len(out) or out[end + 1][0] in " \t,;"
        if end > i and closes and all(t and not set(t) & set(":<>") for t in run):
            out[i : end + 1] = ["|".join(run)]
        i += 2
    return out


def plain_tokens(message: str) -> tuple[list[str], str]:
    """A message's tokens and shape by the definitions."""
    pieces = plain_pieces(message)
    return pieces[0::2], PLAIN_BLANKS.sub(" ", "\x00".join(pieces[1::2]))


def is_word_token(value: str) -> bool:
    return MASK not in value and re.search(r"[^\W\d_]", value) is not None


def plain_name(value: str) -> bool:
    return (
        MASK not in value
        and any(c.islower() for c in value)
        and re.search(r"[^\W_][._/][^\W_]", value) is not None
    )


def plain_name_or_class(value: str) -> bool:
    """A name, or a class's name in CamelCase that names no kind of problem."""
    return plain_name(value) or (
        re.fullmatch(r"[A-Z][a-z0-9]+([A-Z][a-z0-9]+)+", value) is not None
        and not re.search(r"(Exception|Error|Fault|Failure)$", value)
    )


def plain_compound(value: str) -> bool:
    return re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)+", value) is not None


def plain_table_rows(members) -> list[bool]:
    """For each message: its first token (a name, no mask), spaces only, then a masked value,
    the name and spaces ending, in this message or another with that name, at the column
    where another such message's name of another length and spaces end (a table's row key,
    left-justified to its column's width)."""
    ends = []
    for message, _ in members:
        pieces = plain_pieces(message)
        row = (
            len(pieces) > 2
            and pieces[0] != ""
            and MASK not in pieces[0]
            and set(pieces[1]) == {" "}
            and pieces[2] == MASK
        )
        ends.append((len(pieces[0]) + len(pieces[1]), pieces[0]) if row else None)
    at = defaultdict(set)
    for end in filter(None, ends):
        at[end[0]].add(end[1])
    # Names that end at one column with a name of another length; their rows ending
    # elsewhere too.
    names = {name for group in at.values() if len({len(n) for n in group}) > 1 for name in group}
    return [end is not None and end[1] in names for end in ends]


class PlainMiner(TemplateMiner):
    """The miner as first written: each message split by the plain pattern and matched against
    every known template in turn, messages clustered by shape in sorted order, every column
    counted by hashing, every key column rebuilt, each message's level looked up in a loop:
    what the shortcuts must equal."""

    def _assign(self, masked, family=None):
        result: dict[str, str] = {}
        by_shape: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for message in masked:
            if message in result:
                continue
            hit = self._seen.get(message)
            if hit is None:
                words, shape = plain_tokens(message)
                hit = self._match_known(message, words, shape)
                if hit is None:
                    by_shape[shape][message] = words
                    result[message] = ""
                    continue
                hit = self._alias.get(hit, hit)
            result[message] = hit
        mined, new = [], set()
        clustered = []
        for shape in sorted(by_shape):
            group = by_shape[shape]
            clustered.append(self._cluster([(m, group[m]) for m in sorted(group)]))
        shared = self._plain_shared_slots(clustered)
        named = self._plain_variable_names(clustered)
        vocabularies = self._plain_shared_vocabularies(clustered)
        for clusters in clustered:
            out: list = []
            for key, cluster in clusters:
                self._split_cluster(list(key), cluster, out, shared, named, vocabularies)
            for members, template in out:
                existing = self._match_known(template, *plain_tokens(template), spans=False)
                if existing in new:
                    # A sibling of this batch with `<*>` where this one keeps constants only.
                    mine, theirs = plain_tokens(template)[0], plain_tokens(existing)[0]
                    differ = [w for w, o in zip(mine, theirs, strict=True) if w != o]
                    if differ and all(re.fullmatch(CONSTANT, w) for w in differ):
                        existing = None
                if existing is None:
                    new.add(template)
                template = existing if existing is not None else template
                self._add(template)
                mined.append((members, template))
        self._alias.update(absorbing(new, set(self._templates) - new))
        self._merge_key_values(new)
        self._merge_named_subjects(new)
        self._merge_free_text(new)
        self._merge_shared_values(new)
        self._merge_label_values(new)
        self._merge_context_prefixes(new)
        self._merge_annotations(new)
        self._merge_optional_fields(new)
        self._merge_plurals(new)
        # The later merges the miner runs (each its own module's rule, not a shortcut): the
        # plain miner lacked them, and Hypothesis found a batch that names end (`titles.py`).
        self._merge_repeated_items(new)
        self._merge_tuple_fields(new)
        self._merge_bracket_ends(new)
        self._name_ends.update(
            t
            for members, t in mined
            if names_at_end(t, members) or names_at_start(t, members) or names_inside(t, members)
        )
        self._merge_title_ends(new)
        for members, template in mined:
            for message in members:
                result[message] = self._alias.get(template, template)
        if len(self._seen) < mining._SEEN_LIMIT:
            self._seen.update(result)
        return [result[m] for m in masked]

    def _match_known(self, message, words, shape, spans=True):
        if message in self._templates:
            return message

        def best(found):
            # The most constant text, then the smaller string.
            return min(found, key=lambda t: (-(len(t) - t.count(MASK) * len(MASK)), t))

        variable = [t for t in self._templates if MASK in t]
        found = []
        for template in variable:
            t_words, t_shape = plain_tokens(template)
            if (
                t_shape == shape
                and all(t in (MASK, w) for t, w in zip(t_words, words, strict=True))
                # The template `<*>` takes no one-word message (`Reloading`).
                and not (template == MASK and is_word_token(words[0]))
            ):
                found.append(template)
        if found or not spans:
            return best(found) if found else None
        constants = sum(1 for w in words if w and w != MASK)
        for template in variable:
            t_constants = sum(1 for w in plain_tokens(template)[0] if w and w != MASK)
            if 2 * t_constants >= constants and spans_values(template, message):
                found.append(template)
        return best(found) if found else None

    def _cluster(self, group):
        # A table's row keys are values: read as masks.
        rows = [
            (MASK, *words[1:]) if row else words
            for (_, words), row in zip(group, plain_table_rows(group), strict=True)
        ]
        columns = list(zip(*rows, strict=True))
        count_columns = []
        for column in columns:
            # A mask counts 0; in a column of many values, one seen fewer times than the
            # column has values is rare (a negative count).
            freq = Counter(w for w in column if w != MASK)
            distinct = len(freq)
            if distinct >= constant_levels.MANY_VALUES:
                freq = Counter({w: -c if c < distinct else c for w, c in freq.items()})
            count_columns.append([freq[w] for w in column])
        row_counts = []
        row_levels = []
        for counts in zip(*count_columns, strict=True):
            # Rare values are variables when they are at most as many as the other constants.
            rare = sum(1 for c in counts if c < 0)
            constant = sum(1 for c in counts if c > 0)
            read = [max(c, 0) if rare <= constant else abs(c) for c in counts]
            row_counts.append(read)
            row_levels.append(constant_levels.constant_level(tuple(read)))
        keys = [
            [w if c >= lv else MASK for w, c in zip(words, read, strict=True)]
            for words, read, lv in zip(rows, row_counts, row_levels, strict=True)
        ]
        # A `key=`'s value with several values in the key's place: the cluster's to judge.
        if any("=" in message for message, _ in group):
            words, seps = tokens.split_tokens(min(message for message, _ in group))
            for p in word_roles.key_value_positions(words, seps).values():
                if p < len(words) and len({key[p] for key in keys} - {MASK}) > 1:
                    for key in keys:
                        key[p] = MASK
        keys = [tuple(key) for key in keys]
        clusters = defaultdict(list)
        for item, key in zip(group, keys, strict=True):
            clusters[key].append(item)
        return [(key, clusters[key]) for key in sorted(clusters)]

    def _plain_shared_slots(self, clustered):
        # A word slot (constant word before, separator after it, blanks as one) whose next
        # token is a small vocabulary (2 to min_variable_values - 1 words, no mask, not all
        # small integers) in two clusters or more, with min_variable_values values in all.
        values, count = defaultdict(set), Counter()
        for clusters in clustered:
            for key, members in clusters:
                seps = plain_pieces(members[0][0])[1::2]
                for p in range(1, len(key)):
                    if key[p] != MASK or key[p - 1] == MASK:
                        continue
                    if not re.search(r"[^\W\d_]", key[p - 1]):
                        continue
                    column = {words[p] for _, words in members}
                    if any(MASK in v for v in column) or not 1 < len(column) < (
                        self.min_variable_values
                    ):
                        continue
                    if all(ENUM_VALUE.fullmatch(v) for v in column):
                        continue
                    slot = (key[p - 1], seps[p - 1] if seps[p - 1].strip() else " ")
                    values[slot] |= column
                    count[slot] += 1
        return {s for s, n in count.items() if n > 1 and len(values[s]) >= self.min_variable_values}

    def _plain_shared_vocabularies(self, clustered):
        # The sets of 2 to min_variable_values - 1 words (a letter, no mask) that a column of
        # clusters of three statements or more takes (their constant words with a letter,
        # but the column's, differ).
        statements = defaultdict(set)
        for clusters in clustered:
            for key, members in clusters:
                for p in range(len(key)):
                    column = {words[p] for _, words in members}
                    if key[p] != MASK or not 1 < len(column) < self.min_variable_values:
                        continue
                    if not all(map(is_word_token, column)):
                        continue
                    if outcome_words(column) or action_words(column):
                        continue
                    wording = {
                        w
                        for i, w in enumerate(key)
                        if i != p and w != MASK and re.search(r"[^\W\d_]", w)
                    }
                    statements[frozenset(column)].add(frozenset(wording))
        # With the statements of every vocabulary it holds or is held by.
        return {
            v
            for v in statements
            if len(set().union(*(s for w, s in statements.items() if w <= v or v <= w))) >= 3
        }

    def _plain_variable_names(self, clustered):
        # The names (inner `.`, `_` or `/` between letters or digits, a small letter, no mask)
        # among the values of every masked key position that takes min_variable_values values
        # or more, not all small integers, in any cluster.
        # A column's values count only among members that agree on the cluster's other
        # varying positions holding a few words and no mask (the cluster splits on those).
        # And the names among the values of a `key=` (or `key = `, `key=<value>`) that varies
        # in a cluster of two members or more, however few.
        names = set()
        least = self.min_variable_values
        closer = {"<": ">", "[": "]", "(": ")", "{": "}"}
        for clusters in clustered:
            for key, members in clusters:
                pieces = plain_pieces(min(m for m, _ in members))
                words, seps = pieces[0::2], pieces[1::2]
                for i, s in enumerate(seps):
                    if s != "=" or len(members) < 2:
                        continue
                    v = i + 1
                    blank = v < len(seps) and seps[v] in (" ", "\t")  # `key = value`
                    bracketed = (  # `key=<value>`
                        v + 1 < len(seps)
                        and seps[v] in closer
                        and seps[v + 1].startswith(closer[seps[v]])
                    )
                    if words[v] == "" and (blank or bracketed):
                        v += 1
                    if v < len(key) and key[v] == MASK:
                        column = {w[v] for _, w in members}
                        names |= {x for x in column if MASK not in x and re.search(r"[^\W\d_]", x)}
                splits = []
                for q, k in enumerate(key):
                    column = {words[q] for _, words in members}
                    if k == MASK and 1 < len(column) < least and all(MASK not in v for v in column):
                        splits.append(q)
                for p, k in enumerate(key):
                    column = {words[p] for _, words in members}
                    if k != MASK or len(column) < least:
                        continue
                    if all(ENUM_VALUE.fullmatch(v) for v in column):
                        continue
                    parts = {}
                    for _, words in members:
                        parts.setdefault(tuple(words[q] for q in splits if q != p), set()).add(
                            words[p]
                        )
                    if max(len(v) for v in parts.values()) < least:
                        continue
                    names |= {v for v in column if MASK not in v and re.search(r"[^\W\d_]", v)}
        return names

    def _split_cluster(
        self,
        key,
        members,
        out,
        shared=frozenset(),
        named=frozenset(),
        vocabularies=frozenset(),
        keep=frozenset(),
    ):
        template = list(key)
        vocab = []
        outcome_at = set()
        # The value of `key=` or `key = ` that varies is a variable, however few its values;
        # so is a key that varies along with its value.
        pieces = plain_pieces(members[0][0])
        words, seps = pieces[0::2], pieces[1::2]
        keyed, pairs = set(), {}
        for i, s in enumerate(seps):
            if s == "=":
                blank_after = i + 1 < len(seps) and seps[i + 1] in (" ", "\t")
                v = i + 2 if words[i + 1] == "" and blank_after else i + 1
                # `key=<value>`, `key=[value]`: the bracketed word is the value.
                closer = {"<": ">", "[": "]", "(": ")", "{": "}"}
                if (
                    v == i + 1
                    and words[v] == ""
                    and v + 1 < len(seps)
                    and seps[v] in closer
                    and seps[v + 1].startswith(closer[seps[v]])
                ):
                    v += 1
                blank_before = i > 0 and seps[i - 1] in (" ", "\t")
                keyed.add(v)
                pairs[i - 1 if words[i] == "" and blank_before else i] = v
        # The value of a glued `key:value` (a word after a blank or at the start, no blank
        # after the colon) is a variable too, however few its values.
        for i, s in enumerate(seps):
            if (
                s == ":"
                and words[i]
                and words[i + 1]
                and MASK not in words[i]
                and re.search(r"[^\W\d_]", words[i])
                and (i == 0 or not seps[i - 1].strip() or seps[i - 1] == "=")
            ):
                keyed.add(i + 1)
        # The values of `label: value` pairs (a word, a colon, a blank) that `, ` joins to
        # another such pair: a record's fields, however few their values.
        labels = {
            k
            for k in range(len(seps) - 1)
            if seps[k] == ":"
            and is_word_token(words[k])
            and words[k + 1] == ""
            and seps[k + 1] in (" ", "\t")
            and words[k + 2] != ""
        }
        for k in labels:
            v = k + 2
            if (
                v + 2 in labels
                and seps[v] == ","
                and words[v + 1] == ""
                and seps[v + 1] in (" ", "\t")
            ):
                keyed |= {v, v + 4}
        # The tokens on either side of ` -> ` or ` → ` (blanks around the arrow): a
        # transition's old and new states are values, however few.
        arrows = set()
        for i in range(1, len(words) - 1):
            if seps[i - 1].strip():
                continue
            if words[i] == "→" and not seps[i].strip():
                arrows |= {i - 1, i + 1}
            arrow = words[i : i + 2] == ["-", ""] and seps[i] == ">"
            if arrow and i + 2 < len(words) and not seps[i + 1].strip():
                arrows |= {i - 1, i + 2}
        letter = re.compile(r"[^\W\d_]")
        # A word glued to a bracketed masked id (`sent by mds[<*>]`), after the message's
        # first word: a process with its pid, a value however few.
        processes = {
            i
            for i in range(1, len(words) - 2)
            if seps[i] == "["
            and words[i + 1] == MASK
            and seps[i + 1].startswith("]")
            # `members[<*>]: ...` is a label and its index
            and not (seps[i + 1] == "]" and words[i + 2] == "" and seps[i + 2 : i + 3] == [":"])
            and not seps[i - 1].strip()
            and MASK not in words[i]
            and letter.search(words[i])
        }
        # A word in parentheses or brackets of its own right after a masked value, glued or
        # one blank apart (`pid <*> [Spotlight]`, `uid=<*>(system)`): what the id names.
        numbered = {
            i
            for i in range(1, len(words) - 1)
            if seps[i - 1] in ("(", "[")
            and seps[i][:1] == {"(": ")", "[": "]"}[seps[i - 1]]
            and words[i]
            and MASK not in words[i]
            and letter.search(words[i])
            and (
                words[i - 1] == MASK
                or (words[i - 1] == "" and i >= 2 and seps[i - 2] == " " and words[i - 2] == MASK)
            )
        }
        # A call's first argument (`service(anvil)`, `pam_unix(cron:session)`): a word glued
        # to the `(` after a name, ending at `)`, `:` or `,`; a value however few.
        arguments = {
            i
            for i in range(1, len(words) - 1)
            if seps[i - 1] == "("
            and seps[i] in (")", ":", ",")
            and words[i]
            and MASK not in words[i - 1]
            and letter.search(words[i - 1])
        }
        # The last word of a label (` word: `, a blank before it): when it and the word
        # before it both vary, a word each time (or a mask before), the labels are other
        # wording, one statement each, however many.
        label_word = re.compile(r"[^\W\d_]+")
        outcome_vocab = []
        label_ends = {
            i
            for i in range(1, len(words) - 2)
            if seps[i] == ":"
            and words[i + 1] == ""
            and seps[i + 1][:1] in (" ", "\t")
            and seps[i - 1][:1] in (" ", "\t")
        }
        # A message of two words, one blank apart, one constant and the other a plain word in
        # every member (`SyncLoop ADD`): the pair is the statement, however many words vary.
        plain_word = re.compile(r"[A-Za-z][a-z]*(?:[A-Z][a-z]*)*(?:-[a-z]+)*|[A-Z]+")
        smallest = plain_pieces(min(m for m, _ in members))

        def bracketed(words, seps):
            # A word (a letter, no mask) in `[...]` of its own (empty tokens either side),
            # after a word with a letter, and before another or a path itself.
            return {
                i
                for i in range(1, len(words) - 1)
                if seps[i - 1] == "["
                and seps[i][:1] == "]"
                and is_word_token(words[i])
                and words[i - 1] == ""
                and words[i + 1] == ""
                and any(letter.search(w) for w in words[:i])
                and (any(letter.search(w) for w in words[i + 1 :]) or words[i][0] == "/")
            }

        def empty_or_bracketed(p, values):
            # An empty token and words each bracketed so: a list, empty or not.
            if "" not in values or len(values) < 2:
                return False
            words, seps = smallest[0::2], smallest[1::2]
            return all(
                p in bracketed([*words[:p], v, *words[p + 1 :]], seps) for v in values - {""}
            )

        def two_words(p, values):
            if (
                len(smallest) != 3
                or smallest[1] != " "
                or len(values) >= 2 * self.min_variable_values
            ):
                return False
            other = smallest[2 - 2 * p]
            return (
                plain_word.fullmatch(other) is not None
                and other.lower() not in FUNCTION_WORDS
                and all(plain_word.fullmatch(v) for v in values)
            )

        def dotted_names(values):
            # Names of dotted parts (`main.cvd`), no two of one first part: a variable.
            dotted = re.compile(r"[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+")
            firsts = {v.split(".")[0] for v in values}
            return all(dotted.fullmatch(v) for v in values) and len(firsts) == len(values)

        for p, k in enumerate(key):
            if k != MASK or p in keep:  # (a variable of the statement split on an outcome)
                continue
            if p == 0 and all(plain_table_rows(members)):
                template[0] = MASK  # a table's row keys, however few
                continue
            values = {words[p] for _, words in members}
            if p == 0 and all(re.fullmatch(r"[+-][a-z]{2,}(?:-[a-z]{2,}){0,7}", v) for v in values):
                vocab.append((len(values), p))  # an event's name marked with a sign: wording
                continue
            if len(pairs) >= 3 and p in pairs and not any(MASK in v for v in values):
                # A field's name in a record of three fields or more: wording, split on it.
                vocab.append((len(values), p))
                continue
            capitals = re.compile(r"[^\W\d_a-z]{2,}")
            if (
                p == 1
                and p in label_ends
                and key[0] != MASK
                and (
                    # A label of two words opening the message, then a value alone (`Kernel
                    # started: <*>`): what happened to the value, one statement each.
                    (
                        len(key) == 4
                        and label_word.fullmatch(key[0])
                        and key[3] == MASK
                        and all(w[3] == MASK and label_word.fullmatch(w[1]) for _, w in members)
                    )
                    # Or in capitals, the kind of record that follows (`SERVICE ALERT:`).
                    or (
                        capitals.fullmatch(key[0])
                        and all(capitals.fullmatch(w[1]) for _, w in members)
                    )
                )
            ):
                vocab.append((len(values), p))
                continue
            if (
                p > 1
                and p in label_ends
                and key[p - 2] == ""
                and key[p - 1] != MASK
                and capitals.fullmatch(key[p - 1])
                and all(capitals.fullmatch(w[p]) for _, w in members)
            ):
                # The same past a prefix the message opens with (`[pid <*>] [<*>] OK LOGIN:`).
                vocab.append((len(values), p))
                continue
            called_within = len(values) >= self.min_variable_values and any(
                w != MASK and letter.search(w) for w in key[:p]
            )
            if p + 1 in arguments and not any(MASK in v for v in values) and not called_within:
                # A call's name is wording, however many (but for many after a word of the
                # statement: what it runs, a variable): split on it.
                vocab.append((len(values), p))
                continue
            before = {words[p - 1] for _, words in members} if p > 0 else set()
            if (
                p in label_ends
                and key[p - 1] == MASK
                and len(values) > 1
                and len(before) > 1
                and all(label_word.fullmatch(v) for v in values)
                and all(v == MASK or label_word.fullmatch(v) for v in before)
            ):
                vocab.append((len(values), p))
                continue
            if (
                p == 0
                and 1 < len(values) < constant_levels.MANY_VALUES
                and all(re.fullmatch(r"(?:[A-Z][a-z]+)+", v) for v in values)
                and any(w != MASK and letter.search(w) for w in key[1:])
            ):
                # Capitalised opening words, a few: the statements' verbs, split on them.
                vocab.append((len(values), p))
                continue
            opens = 0
            while opens in pairs:
                opens = pairs[opens] + 1
            if (
                0 < opens == p
                and 1 < len(values) < constant_levels.MANY_VALUES
                and all(re.fullmatch(r"(?:[A-Z][a-z]+)+|[A-Z]{2,}", v) for v in values)
                and any(w != MASK and letter.search(w) for i, w in enumerate(key) if i != p)
            ):
                # The same past the `key=value` pairs the messages open with, an operation's
                # name in capitals too (`conn=<*> op=<*> SRCH ...`).
                vocab.append((len(values), p))
                continue
            if p in keyed and outcome_values(values, self.min_variable_values):
                # A key's value that says how it ended (`status=failed`): split on it.
                vocab.append((len(values), p))
                outcome_at.add(p)
                continue
            enumeration = all(ENUM_VALUE.fullmatch(v) for v in values)
            # Names after a constant word of the statement, or taken by a variable elsewhere.
            names = all(map(plain_name_or_class, values)) and (
                any(w != MASK and letter.search(w) for w in template[:p]) or bool(values & named)
            )
            # Hyphenated compounds (`order-processor`): names when the batch's variables take
            # every one of them.
            names = names or (all(map(plain_compound, values)) and values <= named)
            # Or plain words beside one spelt as a name (joined by hyphens, any case), none in
            # capitals, every one (without a sentence's end) a value of a variable elsewhere.
            bare = {v.rstrip(".!?") for v in values}
            names = names or (
                not all(map(plain_name_or_class, values))
                and not all(map(plain_compound, values))
                and all(v != v.upper() for v in bare)
                and any(
                    plain_name(v) or re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+", v)
                    for v in bare
                )
                and bare <= named
            )
            # An identifier (snake_case, or kebab-case of three parts) among the values, after
            # a constant word of the statement: a setting's value, a variable however few.
            identifier = any(
                re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+|[a-z][a-z0-9]*(-[a-z0-9]+){2,}", v)
                for v in values
            ) and any(w != MASK and letter.search(w) for w in template[:p])
            outcomes = values - {MASK}
            if (
                MASK in values
                and outcomes
                and len(values) <= self.min_variable_values
                and all(re.fullmatch(CONSTANT, v) for v in outcomes)
            ):
                # Masked values and a few constants (`NODATA`): outcomes, split on them once
                # nothing else splits the cluster.
                outcome_vocab.append((len(values), p))
                continue
            if any(MASK in v for v in values):  # a mask, whole or in part: a variable
                template[p] = MASK
            elif len(values) == 1:
                template[p] = next(iter(values))
            elif not enumeration and (
                (len(values) >= self.min_variable_values and not two_words(p, values))
                or p in keyed
                or p in arrows
                or p in processes
                or p in numbered
                or p in arguments
                or (p in pairs and len({w[pairs[p]] for _, w in members}) > 1)
                or (p > 0 and (key[p - 1], seps[p - 1] if seps[p - 1].strip() else " ") in shared)
                or frozenset(values) in vocabularies
                or names
                or identifier
                or dotted_names(values)
                or values <= HTTP_METHODS
                or empty_or_bracketed(p, values)
            ):
                template[p] = MASK
            else:
                vocab.append((len(values), p))

        if not vocab:
            # A call's argument is a value even where the cluster shows one.
            for p in arguments:
                if template[p] != MASK and not ENUM_VALUE.fullmatch(template[p]):
                    template[p] = MASK
        if not vocab:
            # So is a word in square brackets of its own after the message's words.
            for p in bracketed(smallest[0::2], smallest[1::2]):
                if template[p] != MASK and not ENUM_VALUE.fullmatch(template[p]):
                    template[p] = MASK

        def is_word(v):
            return MASK not in v and letter.search(v)

        def says(w):  # a word of a statement's own, not one that only ties it together
            return is_word(w) and w.lower() not in FUNCTION_WORDS

        if not vocab and len(members) > 1 and not any(map(says, template)):
            # No constant word (`is`, `to` alone say nothing): if words vary at two variables
            # or more (not a key's or a
            # value's), split on one whose every value is a word, the one with the fewest values.
            # A message of one token: a word among its values is a statement of its own.
            free = [p for p, w in enumerate(template) if w == MASK and p not in keyed | set(pairs)]
            columns = {p: {words[p] for _, words in members} for p in free}
            if len(template) == 1 and any(map(is_word, columns[0])):
                vocab = [(len(columns[0]), 0)]
            elif sum(1 for p in free if any(map(is_word, columns[p]))) > 1:
                vocab = [
                    (len(columns[p]), p)
                    for p in free
                    if all(map(is_word, columns[p])) and len(columns[p]) > 1
                ]
            elif (
                # The one varying word is a label the message opens with (`EventMemberJoin:
                # <*>`): a word of letters, a colon, a blank.
                0 in columns
                and len(seps) > 1
                and seps[0] == ":"
                and seps[1][:1] in (" ", "\t")
                and all(label_word.fullmatch(w[0]) and w[1] == "" for _, w in members)
                and not any(any(map(is_word, columns[p])) for p in free if p != 0)
            ):
                vocab = [(len(columns[0]), 0)]
        if not vocab and 1 < len(members) <= MAX_SENTENCES:
            # A few members, words varying at three positions or more, every two differing in
            # two distinct words or more: sentences, split on a position of words only.
            worded = [
                p
                for p, w in enumerate(template)
                if w == MASK
                and p not in keyed | set(pairs)
                and any(is_word(words[p]) for _, words in members)
            ]
            apart = len(worded) >= 3
            for i, (_, a) in enumerate(members):
                for _, b in members[i + 1 :]:
                    differ = [p for p in worded if a[p] != b[p] and is_word(a[p]) and is_word(b[p])]
                    if len(differ) == 1:
                        # One word apart: a word where the other has a value counts too.
                        differ += [
                            p
                            for p in worded
                            if a[p] != b[p] and bool(is_word(a[p])) != bool(is_word(b[p]))
                        ]
                    if len({a[p] for p in differ}) < 2 or len({b[p] for p in differ}) < 2:
                        apart = False
            if apart:
                columns = {p: {words[p] for _, words in members} for p in worded}
                vocab = [
                    (len(columns[p]), p)
                    for p in worded
                    if len(columns[p]) > 1 and all(map(is_word, columns[p]))
                ]
        vocab = vocab or outcome_vocab
        if vocab:
            _, p = min(vocab)
            parts = defaultdict(list)
            for item in members:
                parts[item[1][p]].append(item)
            decided = {q for q, k in enumerate(key) if k == MASK and template[q] == MASK}
            if p in outcome_at:
                # Each outcome keeps the statement's variables, however few values it shows.
                keep = keep | (decided - {q for _, q in vocab} - {q for _, q in outcome_vocab})
            elif all(re.fullmatch(r"[A-Z]{2}[A-Z0-9_]*(-[A-Za-z0-9]+)*", v) for v in parts):
                # So does each state spelt as a constant, for the word columns that take many
                # values within one state.
                for q in decided - {q for _, q in vocab} - {q for _, q in outcome_vocab} - {p}:
                    per_state = [{w[q] for _, w in part} for part in parts.values()]
                    if max(map(len, per_state)) >= self.min_variable_values and all(
                        MASK not in values for values in per_state
                    ):
                        keep = keep | {q}
            for value in sorted(parts):
                self._split_cluster(
                    [*key[:p], value, *key[p + 1 :]],
                    parts[value],
                    out,
                    shared,
                    named,
                    vocabularies,
                    keep,
                )
            return
        for p, k in enumerate(key):
            if k == MASK and template[p] == MASK:
                # The punctuation every value ends with stays the statement's; each value
                # keeps a character of its own before it.
                ends = []
                for _, words in members:
                    v = words[p]
                    run = v[len(v.rstrip(".,;:!?")) :]
                    ends.append(run[1:] if len(run) == len(v) else run)
                end = min(ends, key=len)
                while not all(e.endswith(end) for e in ends):
                    end = end[1:]
                template[p] = MASK + end
        seps = plain_pieces(members[0][0])[1::2]  # members come sorted
        out.append(([m for m, _ in members], tokens.render_tokens(template, seps)))


# Messages of a few shapes whose tokens come from small vocabularies, so that clusters, small
# vocabularies, variables, constant columns and columns of masks all occur.
word = st.sampled_from(
    [
        "a",
        "b",
        "c",
        "d",
        "e",
        "f",
        "g",
        MASK,
        "200",
        "404",
        "x1",
        "a.",
        "c...",
        "s.t",
        "p_q",
        "A_B",
        "m::n",
    ]
)
sep = st.sampled_from([" ", "  ", "=", ": ", ":", ", ", "\t"])
shape_of = st.lists(sep, min_size=1, max_size=5)


@st.composite
def corpus(draw) -> list[str]:
    shapes = draw(st.lists(shape_of, min_size=1, max_size=3))
    out = []
    for seps in shapes:
        constant = draw(st.lists(word, min_size=len(seps) + 1, max_size=len(seps) + 1))
        for _ in range(draw(st.integers(1, 12))):
            words = [draw(word) if draw(st.booleans()) else c for c in constant]
            out.append(words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True)))
    return out


@settings(max_examples=300)
@given(corpus(), st.lists(st.sampled_from(["a <*> b", "<*> = c", "d: <*>"]), max_size=2))
def test_clustering_equals_the_plain_clustering(messages: list[str], known: list[str]):
    assert TemplateMiner(known).assign(messages) == PlainMiner(known).assign(messages)


# Rows of tables: names padded to a column, then values, and names padded otherwise.
row_name = st.sampled_from(["ReadStage", "Sampler", "GossipStage", "a", "MASK", "x1", "n/a"])
row_pad = st.integers(1, 24)
row_rest = st.sampled_from([MASK, f"{MASK}  all", f"{MASK} {MASK}", "ok", f"{MASK}: b"])


@st.composite
def tables(draw) -> list[str]:
    width = draw(st.integers(8, 16))
    out = []
    for _ in range(draw(st.integers(1, 16))):
        name = draw(row_name).replace("MASK", MASK)
        pad = max(1, width - len(name)) if draw(st.booleans()) else draw(row_pad)
        out.append(name + " " * pad + draw(row_rest))
    return out


@settings(max_examples=300)
@given(tables(), st.lists(st.sampled_from(["<*>", "<*>  all", "Sampler <*>"]), max_size=2))
def test_table_rows_cluster_as_the_plain_clustering(messages: list[str], known: list[str]):
    assert TemplateMiner(known).assign(messages) == PlainMiner(known).assign(messages)


def directory_sessions(seed: int) -> list[str]:
    """A directory server's access log at its statistics level: each line opens with the
    connection's (and operation's or descriptor's) `key=value` pairs, then the operation's
    name in capitals and its own pairs."""
    r = random.Random(seed)
    lines = []
    for conn in range(2001, 2001 + r.randrange(5, 40)):
        op = 0
        for _ in range(r.randrange(1, 4)):
            op += 1
            dn = f'"uid={r.choice(["tmp1", "tmp2", "new1"])},ou=people,dc=corp,dc=test"'
            lines.append(
                f"conn={conn} op={op} "
                + r.choice(
                    [
                        f"SRCH attr={r.choice(['cn', 'mail', 'uid', 'sn', 'gecos'])}",
                        f"MOD attr={r.choice(['mail', 'loginShell'])}",
                        f"DEL dn={dn}",
                        f"ADD dn={dn}",
                        f'CMP dn={dn} attr="member"',
                        f"Search attr={r.choice(['cn', 'o'])}",
                    ]
                )
            )
        lines.append(f"conn={conn} op={op + 1} UNBIND")
        lines.append(f"conn={conn} fd={r.randrange(12, 40)} closed")
    return lines


@pytest.mark.parametrize("seed", range(8))
def test_operations_after_a_context_cluster_as_the_plain_clustering(seed: int):
    messages = [mask_message(m) for m in directory_sessions(seed)]
    assert TemplateMiner().assign(messages) == PlainMiner().assign(messages)


# Messages of every kind: plain ones (one-character separators) and ones with blank runs, tabs,
# newlines, `<` and `>` outside masks, non-ASCII text; in several batches, with known templates.
odd = st.sampled_from(["  ", "\t", "\n", "<", ">", "<x>", "é", " \v "])


# Lists of pairs separated by `;` whose last value runs to the end (sudo's `alice : TTY=pts/0 ;
# USER=root ; COMMAND=/usr/bin/apt update`), and look-alikes that are none.
listed = st.builds(
    "{} : {}{}={} ;{}{}={}".format,
    word,
    st.sampled_from(["", "3 tries ; ", "t: "]),
    st.sampled_from(["T", "a.b", "7x", ""]),
    word,
    st.sampled_from([" ", "", "\t"]),
    st.sampled_from(["C", "c-d"]),
    st.lists(word, min_size=1, max_size=4).map(" ".join),
)


# Values of `|`-joined words after a key (`cmd=config|set`), and look-alikes that are none:
# a bar before another `=`, a mask or a `::` in the run, a separator other than a blank after.
bar_valued = st.builds(
    "{}={}{}".format,
    st.sampled_from(["cmd", "x flags", "a=1|b"]),
    st.lists(
        st.sampled_from(["set", "O_RDONLY", "r", MASK, "a::b", "7"]), min_size=1, max_size=4
    ).map("|".join),
    st.sampled_from(["", " user=x", ",y", "#z", "|", ":q", "=v", " \t"]),
)


# Values set in square brackets of their own (Elasticsearch's `cause [api], templates
# [[logs]]`), empty ones among them, and brackets that open or end a message.
in_brackets = st.sampled_from(["", "a", "b", "c", "d", "/p", MASK, "200", "x1"])
bracketed = st.builds(
    "{}[{}] {} [[{}]]{}".format,
    st.sampled_from(["", "a ", "cause "]),
    in_brackets,
    st.sampled_from(["to", "a", MASK]),
    in_brackets,
    st.sampled_from(["", " b", ", shards [1]"]),
)


# Statements that share a small vocabulary, value for value, as an enumeration's names are
# shared (`Zabbix agent`, `SNMP agent`), some in two layouts of their values.
enumerated = st.builds(
    lambda statement, kind, value: statement.format(kind, value),
    st.sampled_from(
        [
            "{} agent item {} failed",
            "disabling {} agent checks on {}",
            "resuming {} agent checks for host {}",
            "resuming {} agent checks for host {}:b",
            "{} then {}",
        ]
    ),
    st.sampled_from(["Zabbix", "SNMP", "IPMI", "Zabbix", "SNMP", "IPMI", "a", MASK, "OK", "FAIL"]),
    word,
)


# A key's values that say how something ended, alone or beside names and masks
# (`status=failed`, `user=alice`), in pairs, glued `key:value` and a record's fields.
outcome = st.sampled_from(["ok", "failed", "timeout", "success", "alice", "bob", MASK, "200"])
keyed_outcomes = st.builds(
    "{} {} {}{}{} {}".format,
    st.sampled_from(["job", "task", MASK]),
    st.sampled_from([MASK, "7", "a", "b", "c", "d"]),
    st.sampled_from(["status=", "result = ", "res:", "user: x, state: "]),
    outcome,
    st.sampled_from(["", " retrying", ", c: d"]),
    st.sampled_from(["done", MASK, "user=" + MASK, "user=carol", "user=dave", "user=erin"]),
)


@st.composite
def mixed_corpus(draw) -> list[str]:
    messages = draw(corpus())
    for i in draw(st.lists(st.integers(0, len(messages) - 1), max_size=4)):
        message = messages[i]
        at = draw(st.integers(0, len(message)))
        messages.append(message[:at] + draw(odd) + message[at:])
    return (
        messages
        + draw(st.lists(text, max_size=4))
        + draw(st.lists(listed, max_size=8))
        + draw(st.lists(bracketed, max_size=8))
        + draw(st.lists(enumerated, max_size=12))
        + draw(st.lists(keyed_outcomes, max_size=12))
    )


known_templates = st.lists(
    st.sampled_from(
        ["a <*> b", "<*> = c", "d: <*>", "a  <*> b", "<*>", "a <*>", "<*> b", "b=<*>, c", "x1"]
    ),
    max_size=4,
)


@settings(max_examples=300)
@given(st.lists(mixed_corpus(), min_size=1, max_size=3), known_templates, st.integers(1, 5))
# (A label of two words opening the message, `a ba: <*>`: the plain miner once lacked the rule.)
@example([["a a: <*>", "x1 a: <*>", "x1 a: <*>", "x1 a: a", "a éa: <*>"]], [], 1)
# (And past a prefix: a record's kind in capitals, `OK LOGIN:`, `OK MKDIR:`.)
@example([[f"[pid <*>] [<*>] OK {op}: Client <*>" for op in ("LOGIN", "MKDIR", "RENAME")]], [], 1)
def test_batches_equal_the_plain_miner(batches, known, min_variable_values):
    miner = TemplateMiner(known, min_variable_values=min_variable_values)
    plain = PlainMiner(known, min_variable_values=min_variable_values)
    for batch in batches:
        assert miner.assign(batch) == plain.assign(batch)
    assert miner.templates == plain.templates


@pytest.mark.parametrize("seed", range(40))
def test_shared_vocabularies_equal_the_plain_miner(seed):
    # Three statements of three shapes, each logged with one of three kinds: the kinds are
    # a vocabulary three statements share in some of these draws.
    pick = random.Random(seed).choice
    statements = [
        "{} agent item {} failed",
        "disabling {} agent checks on {}",
        "resuming {} agent checks for host {}",
        "resuming {} agent checks for host {}:b",
    ]
    values = ["a", "b", "c", "d", "e", "f", "g", MASK, "200", "x1", "a.", "s.t", "p_q", "m::n"]
    messages = [
        pick(statements).format(pick(["Zabbix", "SNMP", "IPMI"]), pick(values))
        for _ in range(4 + seed % 21)
    ]
    assert TemplateMiner().assign(messages) == PlainMiner().assign(messages)


@given(text)
def test_plain_means_one_character_separators(message: str):
    separators = PLAIN_SPLIT.split(message)[1::2]
    one_character = set(separators) <= set(" =:,;|#[](){}")
    assert tokens._plain(message) == (message.isascii() and one_character and "::" not in message)


@given(
    st.lists(
        st.one_of(
            text,
            listed,
            bar_valued,
            st.sampled_from(["a b", "a=<*>", "x, y", "<*> <*>"]),
        ),
        max_size=150,
    )
)
def test_messages_are_tokenized_as_the_plain_pattern_splits(messages: list[str]):
    messages = list(dict.fromkeys(messages))
    plain, other = tokens._partition_plain(messages)
    assert plain == [m for m in messages if tokens._plain(m)]
    assert other == [m for m in messages if not tokens._plain(m)]
    expected: dict[str, list] = defaultdict(list)
    for message in messages:
        words, shape = plain_tokens(message)
        expected[shape].append((message, words))
    got = tokens.tokenize_by_shape(list(messages))
    assert {shape: sorted((m, list(w)) for m, w in group) for shape, group in got.items()} == {
        shape: sorted(group) for shape, group in expected.items()
    }


def test_several_known_templates_match_one_message_by_different_positions():
    known = ["<*> b", "a <*>", "a  <*>", "<*> <*>", "a:<*>", "[<*>]", "<*>:b"]
    messages = ["a b", "a c", "c b", "c c", "a:b", "a\tb", "[x]", "x:b", "[x", "(x)"]
    assert TemplateMiner(known).assign(messages) == PlainMiner(known).assign(messages)
    assert TemplateMiner(known).assign(messages)[:4] == ["a  <*>", "a  <*>", "<*> b", "<*> <*>"]


# Test-suite lines: long literal prefixes that share their first characters (`PASS:
# gdb.base/...`), so known templates' prefixes fall under every head length of the index.
suite_word = st.sampled_from(
    ["PASS:", "FAIL:", "gdb.base/break.exp:", "gdb.base/b.exp:", "step", "over", "(x)", "a.b"]
)
suite_text = st.lists(suite_word, min_size=1, max_size=12).map(" ".join)


@st.composite
def suite_template(draw) -> str:
    words = draw(st.lists(suite_word, min_size=1, max_size=12))
    for i in draw(st.lists(st.integers(0, len(words) - 1), min_size=1, max_size=3)):
        words[i] = MASK
    return " ".join(words)


@st.composite
def suite_messages(draw, templates: list[str]) -> list[str]:
    """Lines of the templates, each `<*>` a run of words, and a few other lines."""
    out = draw(st.lists(suite_text, max_size=3))
    for template in draw(st.lists(st.sampled_from(templates), max_size=10)) if templates else ():
        pieces = template.split(MASK)
        runs = [" ".join(draw(st.lists(suite_word, min_size=1, max_size=3))) for _ in pieces]
        out.append(pieces[0] + "".join(r + p for r, p in zip(runs, pieces[1:], strict=False)))
    return out


@settings(max_examples=300)
@given(
    st.lists(suite_template(), max_size=30).flatmap(
        lambda t: st.tuples(st.just(t), suite_messages(t))
    )
)
def test_spanning_finds_what_comparing_with_every_template_finds(known_and_messages):
    """`_spanning` looks a message up only at the lengths of the known prefixes that open as
    it does (`_HEADS`), and only by the key tokens it holds: the same template as comparing
    it with every known template that spans it."""
    templates, messages = known_and_messages
    miner = TemplateMiner(templates)
    variable = [t for t in dict.fromkeys(templates) if MASK in t]
    for message in messages:
        words = tokens.split_tokens(message)[0]
        constants = sum(1 for w in words if w and w != MASK)
        found = [
            t
            for t in variable
            if 2 * sum(1 for w in tokens.split_tokens(t)[0] if w and w != MASK) >= constants
            and spans_values(t, message)
        ]
        expected = min(found, key=lambda t: (-miner._weight[t], t)) if found else None
        assert miner._spanning(message, words) == expected
