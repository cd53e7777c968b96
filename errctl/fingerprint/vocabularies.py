"""Whether the few values a cluster's varying position takes are a variable's or the words of
several statements, which split the cluster (mining's third step, `TemplateMiner._split_cluster`).

A position that takes few values is, by default, a small vocabulary the cluster splits on
(`opened`/`closed`). These judgements say when the values are a variable's however few they
are (names, identifiers, HTTP methods, masked parts) and when they are each a statement of
their own however the counts look (capitalised verbs, constants, a table's rows, a few
sentences sharing a prefix). mining.py's docstring, step 3, tells which log each comes from.
Pure functions over tokens; `VariableNames` collects the batch's names lazily.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from errctl.fingerprint.constant_levels import MANY_VALUES
from errctl.fingerprint.masking import MASK
from errctl.fingerprint.outcomes import MAX_VALUES as MAX_OUTCOMES
from errctl.fingerprint.tokens import BLANK_START, LETTER, SENTENCE_END, split_tokens

# A number masking leaves in place: a small integer after an enumeration key (`HTTP 404`,
# `status=3`), a value of a few constants, never a variable's by its count alone; so is an
# error code masking kept after its key (`SQL Error: 1213`, `error 0x80070643`,
# `error:0A000086`), and a status with its name (systemd's `status=203/EXEC`): in a record's
# fields (`SQL Error: 1213, SQLState: 40001`) each was a field's value, a variable, and a
# deadlock and a lock wait timeout were one template.
# An SMTP enhanced status (`5.1.1`, kept by masking where a reply or `dsn=` names it) too.
ENUM_VALUE = re.compile(
    r"[-+]?\d{1,5}(?:/[A-Z][A-Z_]*)?|0[xX][0-9A-Fa-f]{1,8}|[0-9A-F]{8}|(?=.*\d)[0-9A-Z]{5}"
    r"|\d\.\d{1,3}\.\d{1,3}"
)


def few_constants(member_words: Sequence[Sequence[str]], p: int) -> bool:
    """Whether the words at `p`, the one position where a wordless cluster's members differ
    in words, are a few constants (`CONSTANT_SPELLING`: `STORED`, `NOT_FOUND`, `END`): replies or
    states, each a statement of its own where it is the message's only word (memcached's
    `>28 STORED` and `>28 NOT_FOUND`), where a list's names (`- alice`) are values."""
    values = {words[p] for words in member_words}
    return len(values) <= MAX_OUTCOMES and all(CONSTANT_SPELLING.fullmatch(v) for v in values)


_SPACES = re.compile(" +")


def table_rows(members: Sequence[tuple[str, Sequence[str]]]) -> list[bool] | None:
    """For each message, whether it is a row of a table that opens with its row's key, or
    None when none is: a name padded with spaces to the width of its column, then values.

    Programs that print a table into their log write each row with one format, the row's
    key left-justified in a column of fixed width (Cassandra's thread pool statistics,
    `%-28s%10s%10s...`: `ReadStage                            0       212 ...`,
    `CompactionExecutor                   2        65 ...`), so the name and the spaces after
    it end at one column however long the name is. Seen many times each, every name looked
    like its own statement's wording (a template per row). A message is such a row when
    its first token is followed by spaces only and then a masked value, and the name and
    its spaces end, in this row or another of that name, at the column of another such row
    of the batch with a name of another length (a right-justified value after the name,
    `%-25s%20s`, wider in one row, moves that row's column). Where a statement's own words
    are padded (a structured logger padding its message before its fields, `Checking for
    jobs... received      job=<*>`), a field's key follows, not a value; a name written at
    the call site in a row of another layout ends elsewhere (`CompactionManager%10s%10s`)
    and stays."""
    ends: dict[int, set[str]] = {}
    found = []
    for message, words in members:
        first = words[0]
        row = False
        if len(words) > 1 and words[1] == MASK and first and MASK not in first:
            spaces = _SPACES.match(message, len(first))
            if spaces is not None and message.startswith(MASK, spaces.end()):
                ends.setdefault(spaces.end(), set()).add(first)
                row = True
        found.append(row)
    # The names that end at one column with a name of another length; a row of such a name
    # that ends elsewhere is one whose next column is right-justified and its value wider.
    names = {name for at_end in ends.values() if len(set(map(len, at_end))) > 1 for name in at_end}
    if not names:
        return None
    return [row and words[0] in names for row, (_, words) in zip(found, members, strict=True)]


def opens_with_label(member_words: Sequence[Sequence[str]], seps: Sequence[str]) -> bool:
    """Whether each member opens with a label: a word of letters, then `: ` (a colon and a
    blank) before the rest of the message."""
    return (
        len(seps) > 1
        and seps[0] == ":"
        and seps[1][:1] in BLANK_START
        and all(words[1] == "" and _LABEL_WORD.fullmatch(words[0]) for words in member_words)
    )


MAX_SENTENCES = 8


def sentence_splits(
    template: Sequence[str],
    member_words: Sequence[Sequence[str]],
    pairs: dict[int, int],
    values_at: frozenset[int],
) -> list[tuple[int, int]]:
    """Positions to split a cluster of a few members on (`MAX_SENTENCES`) when they are each
    other wording: words vary at three positions or more, and every two members differ there
    in two distinct words or more. smartd writes `Device: <dev> [SAT], ` before every
    statement, and four of them have one shape (`<*> Offline uncorrectable sectors`, `state
    written to <*>`, `state read from <*>`, `starting scheduled Long Self-Test.`): each a
    distinct message once masked, their columns took four values each and made them one
    `Device: <*> [SAT], <*>`. A variable's value differs in one word, or in one repeated
    (Sidekiq's job class in its tag and its text); a name of two words at two positions."""
    if len(member_words) > MAX_SENTENCES:
        return []
    worded = [
        p
        for p, w in enumerate(template)
        if w == MASK
        and p not in pairs
        and p not in values_at
        and any(MASK not in words[p] and LETTER.search(words[p]) for words in member_words)
    ]
    if len(worded) < 3:
        return []

    def word(v: str) -> bool:
        return MASK not in v and LETTER.search(v) is not None

    for i, a in enumerate(member_words):
        for b in member_words[i + 1 :]:
            differ = [p for p in worded if a[p] != b[p] and word(a[p]) and word(b[p])]
            if len(differ) == 1:
                # One word apart, and a word where the other has a masked value: `Mark Cycle
                # <*>` and `Mark From Roots` are two wordings, the duration no word of either.
                differ += [p for p in worded if a[p] != b[p] and word(a[p]) != word(b[p])]
            # A value a message repeats (a job's class in its tag and its text) is one.
            if len({a[p] for p in differ}) < 2 or len({b[p] for p in differ}) < 2:
                return []
    out = []
    for p in worded:
        values = {words[p] for words in member_words}
        if len(values) > 1 and all(map(word, values)):
            out.append((len(values), p))
    return out


# Words that tie a statement's parts together but say nothing of its own: a template whose only
# words are these (`<*> is <*>`) keeps no word of a statement (`_wordless`). dnsmasq logs
# `reply <name> is <address>`, `cached ... is ...`, `config ... is ...`, `DHCP ... is ...`: four
# statements, all `<*> is <*>` once their verb was read as a variable of four values.
FUNCTION_WORDS = frozenset(
    "a an the is are was were be been being to from of for in on at by with as and or via "  # noqa: SIM905
    "into onto than".split()
)


# A constant's spelling: capitals first (`NODATA`, `NXDOMAIN`, `NODATA-IPv6`, `SERVFAIL`).
CONSTANT_SPELLING = re.compile(r"[A-Z]{2}[A-Z0-9_]*(?:-[A-Za-z0-9]+)*")


def keeps_outcomes(words: Sequence[str], other: str) -> bool:
    """Whether the template of tokens `words` keeps a constant (`CONSTANT_SPELLING`) at every
    position where `other`, a template of the same shape, has a `<*>` and it has not."""
    other_words = split_tokens(other)[0]
    differ = [w for w, o in zip(words, other_words, strict=True) if w != o]
    return bool(differ) and all(CONSTANT_SPELLING.fullmatch(w) for w in differ)


# HTTP's request methods (RFC 9110, and PATCH, RFC 5789). A server or framework logs the
# method of the request it handles (Rails' `Started GET "/" for ...`, `Started POST ...`): two
# or three values of a variable, never a statement's wording, however few of them a log shows.
REQUEST_METHODS = frozenset(
    {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}
)


# The punctuation inside a name: the parts of a qualified name (`system.size_estimates`,
# `org.example.Job`), of a path (`conf/app`), of a snake_case identifier (`peer_events`).
_NAME_LIKE = re.compile(r"[^\W_][._/][^\W_]")
# A class's name: capitalised words run together, two or more (`IssuesController`,
# `PowerManagerService`), as a framework names the code that handles a request or a job.
_CLASS_NAME = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+")
# ... but for a class that names a kind of problem (`TimeoutException`, `AssertionError`).
_PROBLEM_CLASS = re.compile(r"(?:Exception|Error|Fault|Failure)$")


def _name_like(value: str) -> bool:
    """Whether `value` is spelt as a name: a word with a name's inner punctuation
    (`_NAME_LIKE`) and a small letter, or a class's name in CamelCase (`_CLASS_NAME`). A
    constant's spelling (`NOT_FOUND`, `DOZE_SUSPEND`: enum states, gRPC status codes) is a
    kind of problem even where it is also a variable's value, and so is an exception's class
    (`SocketTimeoutException`); a plain word (`opened`, `up`) is a statement's."""
    return _punctuated_name(value) or (
        _CLASS_NAME.fullmatch(value) is not None and _PROBLEM_CLASS.search(value) is None
    )


def _punctuated_name(value: str) -> bool:
    """Whether `value` is a word with a name's inner punctuation (`_NAME_LIKE`) and a small
    letter."""
    return MASK not in value and value != value.upper() and _NAME_LIKE.search(value) is not None


class VariableNames:
    """The names the batch's variables take (`TemplateMiner._variable_names`), collected on
    first use: a batch with no small vocabulary of names asks nothing and pays nothing."""

    def __init__(self, collect: Callable[[], frozenset[str]]) -> None:
        self._collect = collect
        self._names: frozenset[str] | None = None

    def any_of(self, values: Iterable[str]) -> bool:
        if self._names is None:
            self._names = self._collect()
        return not self._names.isdisjoint(values)

    def all_of(self, values: set[str]) -> bool:
        if self._names is None:
            self._names = self._collect()
        return values <= self._names


def names_as_values(values: set[str], before: Sequence[str], named: VariableNames | None) -> bool:
    """Whether a small vocabulary is a variable's values: names all (`_name_like`), and
    either after a constant word of the statement (`before`: the template's tokens before
    the position) or one of them a value of a variable of the batch (`_variable_names`).

    A name after the statement's first words is what it acts on: RabbitMQ's `Feature flag
    `quorum_queue`: migrating Mnesia table rabbit_queue...` names two tables, MySQL's
    `Changed limits: max_open_files: <*>` two limits, Android's `Start proc ... for activity
    <package>` two packages. A name that opens the message is its subject, most often the
    function or setting that logs it, and each of those has statements of its own: Postfix's
    `dict_lookup: <*> = <*>` and `dict_update: <*> = <*>`, ZooKeeper's
    `autopurge.snapRetainCount set to <*>` and `autopurge.purgeInterval set to <*>`. There a
    name is a value only when the batch's variables take it elsewhere.

    Words joined by hyphens (`_COMPOUND`: Kafka's consumer groups `order-processor`,
    `payments-service`) are names only when the batch's variables take every one of them
    elsewhere (`Stabilized group <*> generation <*>` holds them all): spelt so, an English
    compound (`pre-candidate`, `read-only`) is a statement's word. So are plain words beside
    one spelt as a name, when the batch's variables take every one of them
    (`_names_among_words`)."""
    if named is None:
        return False
    if not all(map(_name_like, values)):
        if all(map(_COMPOUND.fullmatch, values)):
            return named.all_of(values)
        # (A sentence's end is no part of a name: `for client telegraf.`)
        bare = {v.rstrip(SENTENCE_END) for v in values}
        return _names_among_words(bare) and named.all_of(bare)
    return any(w != MASK and LETTER.search(w) for w in before) or named.any_of(values)


# Lower-case words joined by hyphens (`order-processor`, `read-only`).
_COMPOUND = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
# Words joined by hyphens, capitals or not (`Node-RED`, `deploy-bot`).
_HYPHENATED = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+")


def _names_among_words(values: set[str]) -> bool:
    """Whether a few words are names by one of them: spelt as one (`_name_like`, or joined by
    hyphens), none spelt as a constant (`NOT_FOUND`). Mosquitto drops messages `for client
    Node-RED.`, `telegraf.` or `frigate.`: plain words beside a hyphenated name, which a
    variable elsewhere takes every one of (`New client connected from <*> as <*>`), are its
    values too. Plain words alone (`opened`/`closed`) are a statement's, taken elsewhere or
    not."""
    return all(v != v.upper() for v in values) and any(
        _punctuated_name(v) or _HYPHENATED.fullmatch(v) for v in values
    )


# An identifier spelt in lower case: snake_case (`cib_modify`, `once_per_boot`) or kebab-case
# of three parts or more (`once-per-instance`, `fail-count-web`); two parts are often an
# English compound (`read-only`, `built-in`).
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}")


def identifier_among(values: set[str], before: Sequence[str]) -> bool:
    """Whether a small vocabulary after a constant word of the statement (`before`: the
    template's tokens before the position) holds an identifier (`_IDENTIFIER`): a setting's or
    an enum's value as the program names it, so the other values are that variable's too.
    cloud-init runs each module `with frequency once-per-instance`, `always` or `once`; a
    statement's own words (`opened`, `closed`) are no identifiers."""
    return any(_IDENTIFIER.fullmatch(v) for v in values) and any(
        w != MASK and LETTER.search(w) for w in before
    )


# A name of dotted parts, each opening with a letter (`main.cvd`, `org.example.Cache`).
_DOTTED_NAME = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+")


def dotted_names(values: set[str]) -> bool:
    """Whether a column's values are all names of dotted parts, no two of the same first part:
    files with their extension (an antivirus's `main.cvd`, `daily.cld` and `bytecode.cvd
    database is up-to-date`), hosts. A statement's wording has no dot inside a word, so such
    names are what the statement is about, values of one variable however few a log shows.
    Names of one first part are one receiver's methods, the call site's words (the kubelet's
    `operationExecutor.MountVolume started ...` and `operationExecutor.UnmountVolume ...`)."""
    return all(_DOTTED_NAME.fullmatch(v) for v in values) and len(
        {v.split(".", 1)[0] for v in values}
    ) == len(values)


# A name in a namespace, its parts joined by backslashes (PHP's `App\Jobs\SendMail`), each
# part after a backslash opening with a capital: an escape left in a message (`a\nb`, `\t`)
# opens with a small letter.
_NAMESPACED_NAME = re.compile(r"[A-Za-z_]\w*(?:\\[A-Z]\w*)+")


def namespaced_names(values: set[str]) -> bool:
    r"""Whether a column's values are all names in a namespace (`_NAMESPACED_NAME`): classes
    (Laravel's queue worker's `App\Jobs\SendMail ..... RUNNING` and `Illuminate\Notifications\
    SendQueuedNotifications ..... RUNNING`). A statement's wording has no backslash
    inside a word, and unlike a dot, a backslash never joins a receiver to its method: names
    of one first part are values too, however few a log shows."""
    return all(_NAMESPACED_NAME.fullmatch(v) for v in values)


# A word of a label: letters only (a name has dots, underscores or digits).
_LABEL_WORD = re.compile(r"[^\W\d_]+")


def phrase_words(member_words: Sequence[Sequence[str]], p: int) -> bool:
    """Whether the label ending at `p` (`label_end_positions`) is other wording in each member: the
    last two words of the label both vary, and every value at `p` is a word of letters, the
    one before a word or a masked value. A variable inside a label changes one of its words
    (proftpd's `USER alice: Login successful.`, `USER bob: ...`); members whose labels
    differ in two words (`Processor count:`, `Operating system:`) are different statements."""
    last = {words[p] for words in member_words}
    before = {words[p - 1] for words in member_words}
    if len(last) < 2 or len(before) < 2:
        return False
    return all(map(_LABEL_WORD.fullmatch, last)) and all(
        w == MASK or _LABEL_WORD.fullmatch(w) for w in before
    )


def opening_label_of(key: Sequence[str], member_words: Sequence[Sequence[str]]) -> bool:
    """Whether the members open with a label of two words, the first constant and the second
    a word of letters in each, followed by a masked value alone (`label_end_positions` at
    position 1; the colon's empty token at 2, the value at 3): Jupyter's `Kernel started: <uuid>`,
    `Kernel restarted: <uuid>`, `Kernel shutdown: <uuid>`, one statement each, as a label of
    one word opening the message is (`opens_with_label`). A word that varies before a
    sentence is a name the statement is about (proftpd's `USER alice: Login successful.`)."""
    return (
        len(key) == 4
        and key[0] != MASK
        and _LABEL_WORD.fullmatch(key[0]) is not None
        and key[3] == MASK
        and all(
            words[3] == MASK and _LABEL_WORD.fullmatch(words[1]) is not None
            for words in member_words
        )
    )


# A word written in capitals, of two letters or more.
_CAPITALS_WORD = re.compile(r"[^\W\d_a-z]{2,}")


def record_kind_label(key: Sequence[str], member_words: Sequence[Sequence[str]]) -> bool:
    """Whether the members open with a label of two words written in capitals, the first
    constant: the kind of record that follows, whatever follows (Nagios's `SERVICE ALERT:
    host;service;...` and `SERVICE NOTIFICATION: contact;host;...`, `HOST ALERT:`; `EXTERNAL
    COMMAND:`), one statement each. A name in a label is not written so (proftpd's `USER
    alice: Login successful.`: `opening_label_of`)."""
    return (
        key[0] != MASK
        and _CAPITALS_WORD.fullmatch(key[0]) is not None
        and all(_CAPITALS_WORD.fullmatch(words[1]) is not None for words in member_words)
    )


def record_kind_after_prefix(
    key: Sequence[str], member_words: Sequence[Sequence[str]], p: int
) -> bool:
    """Whether the label ending at `p` is a record's kind (`record_kind_label`) opening what
    follows a prefix (the token before the label empty in the key: a bracket or a colon
    closed the prefix): an FTP server's `[pid 812] [alice] OK LOGIN: Client ...`, `... OK
    MKDIR: ...`, `... OK RENAME: ...`, one statement each, as they would be at the message's
    start."""
    return key[p - 2] == "" and record_kind_label(
        key[p - 1 :], [words[p - 1 :] for words in member_words]
    )


def kind_after_prefix(key: Sequence[str], seps: Sequence[str], p: int, values: set[str]) -> bool:
    """Whether the words at `p` are each a record's kind or a command in capitals
    (`_RECORD_KIND`) right after a prefix the message opens with, in brackets or parentheses
    (the token before them empty: the bracket closed it): cron's `(deploy) CMD (...)`, `(deploy)
    CMDEND (...)`, an FTP server's `>> [FTP Session 7 10.0.0.5 bob] STOR x`, `... CWD x`. Each
    is what the line reports, as at the message's start (`opening_verbs`), however many
    (fewer than `4 * MANY_VALUES`): the prefix's user or session varies in every statement,
    and the words after it were taken for a slot's values, a job's start and end one group."""
    if p < 2 or key[p - 1] != "" or seps[p - 2] not in (")", "]") or seps[p - 1] != " ":
        return False
    if not seps or seps[0][:1] not in "([<>" or not 1 < len(values) < 4 * MANY_VALUES:
        return False
    return all(map(_RECORD_KIND.fullmatch, values))


def called_within(key: Sequence[str], p: int, values: set[str], least: int) -> bool:
    """Whether the names of a call at `p` are many (`least` or more) and follow a word of the
    statement's own: what the statement runs, a value. Asterisk's dialplan logs each
    application it runs as `Executing [104@from-internal:1] Dial("PJSIP/118", "...") in new
    stack`, one format for `Dial`, `Goto`, `Set`, `NoOp`, ...: every application made a
    statement of its own. A call that opens the message is its wording however many
    (`open(<*>) failed`, `stat(<*>) failed`, dnsmasq's `DHCPACK(<*>)`), and so are a few
    names after words (`call_arguments`)."""
    return len(values) >= least and any(w != MASK and LETTER.search(w) for w in key[:p])


_PLAIN_WORD = re.compile(r"[A-Za-z][a-z]*(?:[A-Z][a-z]*)*(?:-[a-z]+)*|[A-Z]+")


def word_after_word(
    words: Sequence[str], seps: Sequence[str], p: int, values: set[str], least: int
) -> bool:
    """Whether a message is two words, one constant and the other, at `p`, a plain word
    in every member (`SyncLoop ADD`, `SyncLoop UPDATE`; `WiredTiger opened`, `WiredTiger
    closed`), fewer than twice `least` of them: a statement that short is its two words, each
    pair a statement of its own; a variable's value there would leave one word to say what
    happened. Many more words are names (`Reloading nginx`, `Reloading cron`, ...: a log
    names more services than a statement has verbs)."""
    if p > 1 or not _two_words_said(words, seps) or len(values) >= 2 * least:
        return False
    other = words[1 - p]
    return (
        _PLAIN_WORD.fullmatch(other) is not None
        and other.lower() not in FUNCTION_WORDS
        and all(_PLAIN_WORD.fullmatch(v) for v in values)
    )


# A verb's participle or gerund, as a statement ends with it (`Display server stopped.`,
# `[PAM] Authenticating...`).
_ENDING_VERB = re.compile(r"[A-Za-z][a-z]{1,24}(?:ing|ed)(?:\.{1,3}|!)?")
_STATE_WORDS = frozenset(("now", "state", "status", "still", "currently"))


def verb_at_end(
    words: Sequence[str], seps: Sequence[str], p: int, values: set[str], least: int
) -> bool:
    """Whether the messages end, at `p`, with a verb's participle or gerund, fewer than twice
    `least` of them, after a word that is neither a function word nor a state's label: what
    happened, each its own statement (SDDM's `Display server starting...`, `... started.`,
    `... stopping...`, `... stopped.`). A state's value follows `to`, `is`, `state` or a colon
    (`changed to running`, `status: stopped`)."""
    if p != len(words) - 1 or p < 1 or len(values) >= 2 * least:
        return False
    sep = seps[p - 1]
    if sep[-1:] != " " or ":" in sep or "=" in sep:
        return False
    before = words[p - 1].lower()
    if not before or before in FUNCTION_WORDS or before in _STATE_WORDS:
        return False
    return all(_ENDING_VERB.fullmatch(v) for v in values)


def _two_words_said(words: Sequence[str], seps: Sequence[str]) -> bool:
    """Whether a message says two words: alone, or before a record of fields it ends with
    after a bar (SonarQube's profiled steps: `Persist issues | status=SUCCESS | time=12ms`,
    `Persist measures | ...`: each step a statement of its own, its fields the measures)."""
    if not seps or seps[0] != " ":
        return False
    if len(words) == 2:
        return True
    return (
        len(words) > 5
        and tuple(seps[1:5]) == (" ", "|", " ", "=")
        and words[2] == ""
        and words[3] == ""
        and words[4] != ""
    )


# A capitalised word of letters, or several run together (CamelCase): `Starting`,
# `StartContainer`, `RemovePodSandbox`.
_CAPITALISED = re.compile(r"(?:[A-Z][a-z]+)+")
_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ing|ed)")
# An operation's name as a statement past a context's pairs opens with: capitalised, or in
# capitals (`SRCH`, `UNBIND`).
OPERATION = re.compile(r"(?:[A-Z][a-z]+)+|[A-Z]{2,}")


def opening_verbs(
    values: set[str], key: Sequence[str], p: int = 0, spelling: re.Pattern[str] | None = None
) -> bool:
    """Whether the words a cluster's messages open with are the statements' verbs: a few
    (fewer than `MANY_VALUES`, or than four times as many participles), each a capitalised
    word (`_CAPITALISED`), before a constant word of the statement. Tomcat's `Initializing
    ProtocolHandler [<*>]`, `Starting ...`, `Pausing ...`, `Stopping ...`, `Destroying ...`;
    containerd's `StartContainer for <*> returns successfully`, `RemoveContainer for ...`,
    LXD's `Creating container`, `Created container`: each is a statement of its own, however
    many of them share the rest of the wording. A log seldom opens with a variable's value
    spelt so (a name is lower case, or has digits, dots or underscores). `p`: where the
    statement opens, past the pairs of a context (`after_leading_pairs`), where an operation's
    name in capitals opens it too (`spelling`: `OPERATION`; slapd's `SRCH`, `MOD`, `DEL`)."""
    spelling = spelling or _CAPITALISED
    # Verbs' participles (`Creating`, `Created`, `Stopping`, `Stopped`: LXD's lifecycle of an
    # instance, four verbs in two tenses) are verbs however many: no name is spelt so, all of
    # them.
    most = 4 * MANY_VALUES if all(map(_PARTICIPLE.fullmatch, values)) else MANY_VALUES
    if not 1 < len(values) < most or not all(map(spelling.fullmatch, values)):
        return False
    return any(w != MASK and LETTER.search(w) for q, w in enumerate(key) if q != p)


# A record's kind in capitals: letters only, `_` between parts (`USER_AUTH`, `CRED_DISP`,
# `SYSCALL`). No digit: a queue id or a hash in capitals is no kind.
_RECORD_KIND = re.compile(r"[A-Z]{2,}(?:_[A-Z]+)*")


def record_kind_before_pairs(
    values: set[str], key: Sequence[str], seps: Sequence[str], pairs: dict[int, int]
) -> bool:
    """Whether the words a cluster's messages open with are their records' kinds: each in
    capitals (`_RECORD_KIND`), after it a blank and then a record of `key=value` fields only
    (`pairs`, one member's: a pair right at position 1). The Linux audit log's `USER_AUTH
    pid=.. uid=.. ses=.. op=PAM:authentication ... res=success`, `CRED_DISP pid=.. ...`,
    `USER_ACCT ...`: the same fields in every kind, so the kind is the one word that tells
    an authentication from a session's credentials being dropped; one statement each,
    however many (fewer than `4 * MANY_VALUES`: a record has a few dozen kinds at most)."""
    if not 1 < len(values) < 4 * MANY_VALUES or not all(map(_RECORD_KIND.fullmatch, values)):
        return False
    if not seps or seps[0] != " " or 1 not in pairs:
        return False
    return any(w != MASK and LETTER.search(w) for w in key[1:])


def holds_mask(values: Iterable[str]) -> bool:
    """Whether a value of a varying position is masked, in whole or in part: a token that
    masking cut into constant and masked text (`.kibana/<*>` and `twitter/<*>` in
    Elasticsearch's `[index/uuid]`, `job_<*>`) varies by instance as a whole mask does, and
    its few distinct prefixes are no vocabulary to split on."""
    return any(MASK in v for v in values)


# A verb's past tense or participle in lower case (`started`, `finished`, `removed`): what
# happened, the statement's own word; no name a log varies (a user, a table) spells one so
# in every value.
_PAST_TENSE = re.compile(r"[a-z]{3,}ed")


# An event's name marked with a sign, the way Redis Sentinel names what happened (`+sdown`,
# `-sdown`, `+switch-master`, `+failover-state-select-slave`): a plus or a minus glued to a
# lower-case word, perhaps joined to more by hyphens.
_SIGNED_WORD = re.compile(r"[+-][a-z]{2,}(?:-[a-z]{2,}){0,7}")


def signed_words(values: Iterable[str]) -> bool:
    """Whether every value is an event's name marked with a sign (`_SIGNED_WORD`): a message
    that opens with one says what happened, one statement each, however many names a log
    shows (each `+sdown` and `-sdown` line had been one template, the name a variable)."""
    return all(_SIGNED_WORD.fullmatch(v) for v in values)


def past_tense_verbs(values: Iterable[str]) -> bool:
    """Whether every value is a verb's past tense (`_PAST_TENSE`): TeamCity's `Build started;
    ...`, `Build finished; ...`, `Build added to queue; ...`, `Build removed from queue; ...`
    name what happened to a build, never a build."""
    return all(_PAST_TENSE.fullmatch(v) for v in values)


def all_enumeration(values: Iterable[str]) -> bool:
    return all(ENUM_VALUE.fullmatch(v) for v in values)
