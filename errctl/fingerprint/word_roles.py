"""The positions one message's own layout marks as values, whatever the other messages show.

Each function reads a message's tokens and separators (`tokens.split_tokens`) and returns the
positions of one kind of value: the value of a `key=value` pair, of a glued `key:value`, of a
record's listed `label: value`, a state on either side of an arrow, a process named with its
id, a numbered thing's name, the end of a label, a call's first argument, a word in square
brackets of its own. `TemplateMiner._split_cluster` makes a position that varies in a cluster a
variable when its message's layout marks it so, however few values a log shows (mining.py's
docstring, step 3, says which and why).
"""

from __future__ import annotations

from collections.abc import Sequence

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.tokens import BLANK_START, LETTER


def key_value_positions(words: Sequence[str], seps: Sequence[str]) -> dict[int, int]:
    """{key position: value position} of the pairs `key=value` and `key = value` (past the
    empty tokens a blank next to the `=` leaves). A value a message names (logfmt and
    hclog's `network=udp`, Postfix's `status=deferred` and its verbose `dict_lookup: mydomain
    = com`) varies by instance however few values a log shows, so two of them are one
    variable, never a vocabulary to split on; and a key that varies along with its value is
    a name logged with it (`dict_lookup: <*> = <*>` dumps settings one a line). (A small
    integer as a value stayed only after an enumeration key such as `status=`, and still
    splits.) A value in brackets of its own is the key's too (Postfix's `from=<root>`, `to=<
    ...>`; `key=[x]`, `key=(x)`). Not `key: value`: a colon also ends a sentence's subject,
    and Docker's `Loading containers: start.` and `... done.` are two events. `words` and
    `seps` are one member's (`split_tokens`): the cluster's shape."""
    out = {}
    for i, sep in enumerate(seps):
        if sep != "=":
            continue
        k, v = i, i + 1
        if words[v] == "" and v < len(seps) and seps[v] in _BLANK_SEPARATORS:
            v += 1  # `key = value`
        elif (
            words[v] == ""
            and v + 1 < len(seps)
            and seps[v] in _CLOSERS
            and seps[v + 1][:1] == _CLOSERS[seps[v]]
        ):
            v += 1  # `key=<value>`
        if words[k] == "" and k > 0 and seps[k - 1] in _BLANK_SEPARATORS:
            k -= 1
        out[k] = v
    return out


_BLANK_SEPARATORS = frozenset((" ", "\t"))
# What joins one `label: value` field of a record to the next (`listed_values`).
_FIELD_JOINS = frozenset((",", ";"))
# A message of this many `key=value` pairs or more is a record of fields.
_FIELD_RECORD = 3


def record_field_names(pairs: dict[int, int]) -> frozenset[int]:
    """The positions of the keys of a record of fields (`_FIELD_RECORD` pairs or more): its
    wording, as a template's words are. The fields a program writes say which statement it is
    (an identity server's login error names `auth_method=`, `redirect_uri=`, its refresh error
    `reason=`, `grant_type=`), so records whose keys differ are two statements, however many
    keys a column shows and whatever they look like (`grant_type`, an identifier). A key logged
    with its value as the statement's variable stands alone or nearly so (`dict_lookup: <*> =
    <*>` dumps settings one a line: `key_value_positions`)."""
    return frozenset(pairs) if len(pairs) >= _FIELD_RECORD else frozenset()


# An opening bracket and the one that closes it.
_CLOSERS = {"<": ">", "[": "]", "(": ")", "{": "}"}


def glued_values(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the values of `key:value` pairs written glued (no blank on either side of
    the colon, the key a whole word after a blank or at the start): Pacemaker's `executing -
    rsc:web action:stop call_id:25`; or glued to a `key=` (the rest of its value: Android's
    `details=android.policy:LIFT`, `details=com.google.android.gms:NOTIFICATION`). A value the
    message names varies by instance however few values a log shows, as after `key=`
    (`key_value_positions`). A colon before a blank ends
    a sentence's subject (`Loading containers: start.`), and a word glued to a bracket before
    it is a call's argument (`pam_unix(sshd:auth)`, `call_arguments`)."""
    out: set[int] = set()
    for i in range(len(seps)):
        if (
            seps[i] == ":"
            and words[i + 1]
            and words[i]
            and MASK not in words[i]
            and LETTER.search(words[i])
            and (
                i == 0
                or seps[i - 1] in _BLANK_SEPARATORS
                or not seps[i - 1].strip()
                or seps[i - 1] == "="
            )
        ):
            out.add(i + 1)
    return frozenset(out)


def listed_values(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the values of `label: value` pairs that a comma or a semicolon joins to
    another such pair: a record of fields, each a value however few a log shows. MariaDB logs
    `Sort aborted, host: <ip>, user: app, thread: <n>, query: ...`, and two database users
    made two statements; Technitium's `QNAME: <name>; QTYPE: A; QCLASS: IN; ...` one per query
    type. A label alone (`Wake reason: ARPT`, `Loading containers: start.`) may be
    a sentence's subject, and its word after a statement of its own (`key_value_positions`).
    `words` and `seps` are one member's (`split_tokens`)."""
    # label at k: `label: value` is words k, "", k + 2 with separators `:` and a blank.
    labels = [
        k
        for k in range(len(seps) - 1)
        if seps[k] == ":"
        and words[k]
        and MASK not in words[k]
        and LETTER.search(words[k])
        and not words[k + 1]
        and seps[k + 1] in _BLANK_SEPARATORS
        and words[k + 2]
    ]
    out: set[int] = set()
    at = set(labels)
    for k in labels:
        v = k + 2
        # `, ` or `; ` between this pair's value and the next pair's label.
        if v + 2 not in at:  # no pair follows
            continue
        if seps[v] in _FIELD_JOINS and not words[v + 1] and seps[v + 1] in _BLANK_SEPARATORS:
            out.update((v, v + 4))
    return frozenset(out)


def transition_sides(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the tokens on either side of an arrow between blanks (`a -> b`, `a → b`):
    a transition's states, the old and the new, are values of one variable however few a log
    shows. NetworkManager logs `device (eth0): state change: prepare -> config` and
    `supplicant interface state: completed -> disconnected`, Android `display_state: DOZE ->
    DOZE_SUSPEND`, ClickHouse `FetchColumns -> Complete`: two or three transitions in a log,
    each its own template, made one statement as many. An arrow that is not between blanks
    (`a->b`) is part of a token and says nothing. `words` and `seps` are one member's
    (`split_tokens`): `->` splits into `-`, the separator `>` and an empty token."""
    out: set[int] = set()
    last = len(words) - 1
    for i, word in enumerate(words):
        if i == 0 or i == last or seps[i - 1].strip():
            continue
        if word == "→" and not seps[i].strip():
            out.update((i - 1, i + 1))
        elif (
            word == "-"
            and seps[i] == ">"
            and words[i + 1] == ""
            and i + 1 < last
            and not seps[i + 1].strip()
        ):
            out.update((i - 1, i + 2))
    return frozenset(out)


def process_names(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the words written as a process with its id (`name[<*>]`: a word, then a
    masked number in brackets, the name glued to the `[`), after other words of the message:
    the process a statement names is a value of one variable however few a log shows. It is
    Unix's way to name a process (syslog's `sshd[1234]`), and macOS launchd logs `Service
    exited due to SIGKILL | sent by mds[111]`, `... sent by loginwindow[86]`, `... sent by
    launchd[1]`: three senders, three templates of one statement. A name that opens the
    message is its subject, the program that logs it (`systemd[1]: ...`), and is left to
    the other rules. Nor is a name whose bracket a colon follows: that is a label and its index
    (Corosync's `Sync members[2]: 1 2`, `Sync joined[1]: 2`, `Sync left[1]: 2`: three
    statements, each its list). `words` and `seps` are one member's (`split_tokens`)."""
    out: set[int] = set()
    for i in range(1, len(words) - 2):  # a `]` follows the id
        if (
            seps[i] == "["
            and words[i + 1] == MASK
            and seps[i + 1].startswith("]")
            and not _indexed_label(words, seps, i)
            and not seps[i - 1].strip()
            and MASK not in words[i]
            and LETTER.search(words[i])
        ):
            out.add(i)
    return frozenset(out)


def numbered_names(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of a word in parentheses or square brackets of its own right after a masked
    value, glued to it or one blank apart (`<*>(name)`, `<*> [name]`): the name of what the
    number identifies, a value however few a log shows, as the number is. Unix writes a
    process or a user with its id so: the kernel's `Killed process 4756 (java)`, macOS's
    `idle exiting pid 4587 [Spotlight]`, Android's chatty `uid=10187(com.whatsapp)`,
    Pacemaker's `using user 189 (hacluster)`. A number masking left (`signal 17 (SIGCHLD)`,
    an enumeration key's) is a kind, and its name with it. `words` and `seps` are one
    member's (`split_tokens`)."""
    out: set[int] = set()
    for i in range(1, len(words) - 1):  # the closing bracket follows the name
        opener = seps[i - 1]
        if opener not in _NAME_OPENERS or seps[i][:1] != _NAME_OPENERS[opener]:
            continue
        if not words[i] or MASK in words[i] or not LETTER.search(words[i]):
            continue
        if words[i - 1] == MASK or (
            words[i - 1] == "" and i >= 2 and seps[i - 2] == " " and words[i - 2] == MASK
        ):
            out.add(i)
    return frozenset(out)


_NAME_OPENERS = {"(": ")", "[": "]"}


def _indexed_label(words: Sequence[str], seps: Sequence[str], i: int) -> bool:
    """Whether the name at `i`, glued to a bracketed id, is followed by `]:`: a label and
    its index (`members[<*>]: <*>`), not a process with its id (`process_names`)."""
    return seps[i + 1] == "]" and words[i + 2] == "" and i + 2 < len(seps) and seps[i + 2] == ":"


def label_end_positions(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the last word of a label: a word followed by `: ` (a colon, then a blank)
    and preceded by a blank, so the label has a word before it too. `words` and `seps` are
    one member's (`split_tokens`): `a: b` splits into `a`, the separator `:`, an empty token and the
    blank. A startup banner prints one statement per label, each once (Jellyfin's `Operating
    system: Linux`, `Processor count: 4`, `User Interactive: True`): seen once each, the
    labels' words look like the many values of a variable (`phrase_words` tells them
    apart)."""
    out: set[int] = set()
    for i in range(1, len(words) - 2):
        if (
            seps[i] == ":"
            and words[i + 1] == ""
            and seps[i + 1][:1] in BLANK_START
            and seps[i - 1][:1] in BLANK_START
        ):
            out.add(i)
    return frozenset(out)


def call_arguments(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the first argument of a call written `name(arg)`, `name(arg:more)` or
    `name(arg, more)`: a word glued to the `(` after a name, ending at `)`, `:` or `,`. What
    a named context is applied to is a value of one variable however few a log shows:
    Dovecot's master logs `service(anvil): command startup failed` and `service(log): ...`,
    Clash `match DomainSuffix(cn)` and `DomainSuffix(com)`, and PAM's modules log through
    pam_syslog, which prefixes the service that called them: `pam_unix(cron:session):
    session opened for user root` and `pam_unix(sudo:session): ...` are one statement of
    pam_unix_sess.c. The name stays a word of the statement (`open(<*>)` and `stat(<*>)` are
    worded apart), empty parentheses (`main()`, `init()`) hold no argument, and a word set
    off by a blank (`status (busy)`) is no argument. `words` and `seps` are one member's
    (`split_tokens`)."""
    out: set[int] = set()
    for i in range(1, len(words) - 1):  # a `)`, `:` or `,` follows the argument
        if (
            seps[i - 1] == "("
            and seps[i] in _ARGUMENT_ENDS
            and words[i]
            and MASK not in words[i - 1]
            and LETTER.search(words[i - 1])
        ):
            out.add(i)
    return frozenset(out)


_ARGUMENT_ENDS = frozenset("):,")


def bracketed_values(words: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """Positions of the words a message sets in square brackets of their own (`[x]`, one
    token between them) after words of its own and before more of them: the layout of Java's
    `... [{}] ...` messages, where a bracket marks a value however few a log shows.
    Elasticsearch logs `Cluster health status changed from [YELLOW] to [GREEN] (reason:
    [...])`, three states, and SSSD `Got request for [0x1][BE_REQ_USER][name=...]`, a
    request kind: each value made a template of its own. A bracket that opens the message
    is its tag (`[SR] Verifying ...`), and one that ends it may be its outcome (`... [OK]`,
    `... [FAILED]`), so both are left to the other rules (but for a path at the end, no
    verdict: Tomcat's `Undeploying context [/shop]`); so is a bracket glued to a word
    before it (`sshd[<*>]`, `process_names`) or after it (OpenVPN's `[AF_INET]<*>` tags the
    address that follows). `words` and `seps` are one member's (`split_tokens`)."""
    out: set[int] = set()
    last_word = max((i for i, w in enumerate(words) if LETTER.search(w)), default=-1)
    seen_word = False
    for i in range(1, len(words) - 1):  # a `]` follows the value
        seen_word = seen_word or bool(LETTER.search(words[i - 1]))
        if (
            seps[i - 1] == "["
            and seps[i][:1] == "]"
            and words[i]
            and MASK not in words[i]
            and LETTER.search(words[i])
            and not words[i - 1]
            and not words[i + 1]
            and seen_word
            # A path (`/shop`, a web application's context) is no verdict, even at the end.
            and (i < last_word or words[i][0] == "/")
        ):
            out.add(i)
    return frozenset(out)


def empty_or_bracketed(words: Sequence[str], seps: Sequence[str], p: int, values: set[str]) -> bool:
    """Whether a column's values are an empty token and words each in square brackets of its
    own after the message's wording (`bracketed_values`): a list, empty or not.
    Elasticsearch logs `creating index, cause [api], templates [[]], shards [1]/[1]` and
    `..., templates [[logs-app]], ...`: the empty list and the list of one made two
    templates of one statement. `words` and `seps` are one member's (`split_tokens`)."""
    if "" not in values or len(values) < 2:
        return False
    filled = list(words)
    for value in values - {""}:
        filled[p] = value
        if p not in bracketed_values(filled, seps):
            return False
    return True


def after_leading_pairs(p: int, pairs: dict[int, int]) -> bool:
    """Whether position `p` is the first past a run of `key=value` pairs the message opens
    with (`pairs`: `key_value_positions`), one pair or more: a context a logger writes
    before every statement (slapd's `conn=1001 op=2 `), after which the statement opens."""
    q = 0
    while q in pairs:
        q = pairs[q] + 1
    return 0 < q == p
