"""The built-in scrub classes, as data: what counts as a secret or personal value, and how to
find it.

Each class has a Python regex that finds it (`value` group: only that part is replaced, the key
or scheme around it stays readable), an RE2-compatible `prefilter` that matches at least
wherever the regex does (used to pick, vectorised, the few strings worth a Python pass),
lower-case `hints` one of which any match contains (a cheap skip in Python), and an optional
`validate` (the Luhn check on card candidates). `{guard}` in a pattern is where the scrubber
puts a lookahead that refuses to match its own replacement, which keeps scrubbing idempotent.

Order matters: earlier classes run first (a JWT inside `token=...` is masked whole before the
key=value class looks at it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScrubRule:
    name: str
    pattern: str
    prefilter: str | None  # RE2; None: every string is a candidate
    on_by_default: bool = True
    hints: tuple[str, ...] = ()  # lower-case; empty: always try the regex
    validate: Callable[[str], bool] | None = None  # on the replaced part; False keeps it
    keep: Callable[[re.Match[str]], bool] | None = None  # on the whole match; True keeps it
    description: str = ""
    # Lower-case ASCII words one of which every match starts with (a case-insensitive regex):
    # the regex is tried only where one does (the scrubber's `_sub_at_starts`).
    starts: tuple[str, ...] | None = None
    # Set when the prefilter matches wherever the regex does in any text, read alike by RE2
    # and Python (ASCII ranges and literals only: no `\s`, `\w`, `\b` or case folding, which
    # the two engines read differently), and each of its matches is a run of these characters:
    # a value it misses skips this class alone (the scrubber's `_found_per_rule`).
    prefilter_chars: str | None = None


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum of a digit string (separators already removed)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issued_length(digits: str) -> bool:
    """Whether some card issuer whose numbers start as `digits` does gives cards this long:
    Visa (4) 13, 16 or 19 digits; Amex (34, 37) 15; Diners (30, 36, 38, 39) 14 to 19; Mir and
    Mastercard (22-27, 5), JCB (35), Discover, UnionPay, Maestro and RuPay (6) 16 to 19.

    Random ids are as likely to be 15 digits as 16: a 15-digit thread handle passes only as
    Amex's, one in fifty where the first digit alone let one in two through."""
    n, first, two = len(digits), digits[:1], digits[:2]
    if first == "4":
        return n in (13, 16, 19)
    if two in ("34", "37"):
        return n == 15
    if two in ("30", "36", "38", "39"):
        return 14 <= n <= 19
    if first in "56" or two == "35" or "22" <= two <= "27":
        return 16 <= n <= 19
    return False


def looks_like_card(candidate: str) -> bool:
    """13-19 digits, an issuer's first digits with a length it gives (`issued_length`), grouped
    as cards are printed (`card_grouping`), and a valid Luhn checksum.

    The first-digit test keeps epoch milliseconds (they start with 1) and most ids out; the
    Luhn test rejects nine in ten of the remaining random numbers.
    """
    digits = candidate.replace(" ", "").replace("-", "")
    return (
        13 <= len(digits) <= 19
        and issued_length(digits)
        and card_grouping(candidate)
        and luhn_ok(digits)
    )


_CARD_GROUPS = re.compile(r"[ -]")


def card_grouping(candidate: str) -> bool:
    """Whether the digits' blanks or dashes group them as a card's number is printed: none, fours
    (the last group shorter: 19 digits as 4-4-4-4-3), or Amex's and Diners' 4-6-5 and 4-6-4.
    Two numbers joined by a dash are no card (a SIP Call-ID's `587300155-868569141@host`, a
    range): one in ten such pairs passes the Luhn test."""
    if candidate.isdigit():
        return True
    lengths = [len(group) for group in _CARD_GROUPS.split(candidate)]
    if lengths in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4


# A label that names what follows an id or a handle, then its separator: `thread id 31`, `OS
# thread handle 139...`, `tid=`, `dd.trace_id=`, `spanId: `, `Thread #`. A whole word, or a
# camel-case word's last part (`requestId`); not the end of a word (`paid 4111...`).
# (An Xbox user's id, Minecraft Bedrock's `xuid: 2535...`, a user's `uid`, a `guid`.)
_ID_WORDS = (
    r"id|ids|handle|thread|tid|pid|lwp|xid|txid|uid|xuid|guid|seq|session|sess|conn|connection"
)
ID_LABEL = re.compile(
    rf"(?:(?<![A-Za-z])(?i:{_ID_WORDS})"
    r"|(?<=[a-z0-9])(?:Id|ID|Ids|IDs|Handle|Thread|Seq|Session|Conn|Connection))"
    # (blanks, then a separator and blanks: one way to read a run of blanks, not n of them)
    r"[\"']?[ \t]*(?:[=:#][ \t]*)?[\"'(]?$"
)
_CARD_WORD = re.compile(r"card|pan\b", re.IGNORECASE)


def labelled_id(m: re.Match[str]) -> bool:
    """Whether a card candidate is a phone number after its `+`, is labelled as an id or a
    handle (`ID_LABEL`), is a part of a compound id after a number and a colon, or stands
    alone in brackets: MariaDB's `OS thread handle 412345678901233`,
    `dd.trace_id=4539578763621486`, Janus's `Destroying session 4539578763621486` and
    `[4539578763621486] msg`. An issuer's cards are never written as an
    id, and a long random id passes the card test one time in a hundred or so, which would
    split a group on where it did. A label that names a card (`card id`) keeps it a card."""
    start, end = m.span("value")
    before = m.string[max(0, start - 32) : start]
    if before[-1:] == "+":
        # An international phone number (E.164: Kannel's `sender:<+4915112345678>`): no card
        # is written after a plus, and one mobile number in fifty or so passes the card test.
        return True
    if _CARD_WORD.search(before) is not None:
        return False
    if before[-1:] == ":" and before[-2:-1].isdigit():
        # Glued by a colon to a number before it: one part of a compound id (Seata's global
        # transaction id `10.0.1.31:8091:2612348127645184806`, its server, port and number).
        return True
    if before[-1:] == "[" and m.string[end : end + 1] == "]":
        # An id alone in brackets as the message's prefix (Janus's `[handle id] message`),
        # perhaps after other bracketed prefixes; `charged [4111...]` is a card.
        prefix = m.string[: start - 1].rstrip()
        return not prefix or prefix.endswith("]")
    return ID_LABEL.search(before) is not None


# Field names whose values are secrets, matched anywhere in a key, any case (Sentry's list,
# tightened where a bare word catches ordinary fields: `auth` only as a whole word, sessions
# only as ids, keys and tokens).
SECRET_KEY_PATTERN = (
    # `PWD=/home/ops` is the shell's working directory (every sudo line in auth.log), not a
    # password: a `pwd` key before a path holds none.
    r"passw|passwd|pwd(?![\w.-]*\s*[=:]\s*[/~])|secret|token|api[_-]?key|access[_-]?key|"
    r"private[_-]?key|"
    r"authorization|credential|cookie|session[_-]?(?:id|key|token)|signature|"
    # (Nor glued to a digit: a random id's `...6cvv-big-Data.db:level=0` names a file.)
    r"(?<![a-z0-9])(?:auth|pass|pin|cvv|cvc)(?![a-z])"
)

SECRET_KEY_STARTS = (
    *("pass", "pwd", "secret", "token", "api", "access", "private", "auth", "credential"),
    *("cookie", "session", "signature", "pin", "cvv", "cvc"),
)
"""A word that each alternative of SECRET_KEY_PATTERN starts with (`authorization`: `auth`)."""

# Endings of keys that hold a secret word but no secret: an exception's type
# (`AuthorizationError: Some challenges have failed`), a property of the secret, a place.
_NOT_SECRET_KEY_ENDINGS = (
    *("error", "exception", "warning", "failure"),
    *("type", "kind", "method", "scheme", "mode", "provider", "policy", "status", "state"),
    *("name", "length", "count", "expiry", "expires", "expired", "expiresat", "changed"),
    *("enabled", "required", "url", "uri", "endpoint", "path", "file", "dir"),
    # How long a secret lives (`X-aws-ec2-metadata-token-ttl-seconds: 21600`, `token_timeout`).
    *("ttl", "seconds", "secs", "timeout", "lifetime"),
    # A measure or a property of secrets, not one: an LLM's token counts (`max_tokens`,
    # `prompt_tokens`), a pass rate, a signature's algorithm or validity, a secret's version.
    *("tokens", "usage", "rate", "size", "limit", "valid", "verified", "version"),
    *("algorithm", "alg", "izer"),
    *(r"\.go", r"\.py", r"\.js", r"\.ts", r"\.rb", r"\.rs", r"\.java", r"\.kt", r"\.php"),
    *(r"\.cs", r"\.c", r"\.h", r"\.cc", r"\.cpp", r"\.scala", r"\.swift"),
)

NOT_SECRET_KEY_END = re.compile(
    "(?:" + "|".join(_NOT_SECRET_KEY_ENDINGS) + r")[\"']?$", re.IGNORECASE
)
"""A field name (a JSON key) that ends like one of `_NOT_SECRET_KEY_ENDINGS`."""

_PROSE_WORD = re.compile(r"[a-z]{1,19}")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{1,18}")
# Words a hyphen joins, a program's name (SDDM's `Auth: sddm-helper exited with 139`).
_WORD_COMPOUND = re.compile(r"[a-z]{1,19}(?:-[a-z]{1,19}){1,3}")
# A word and a colon: the label of what follows (`SUCCESS:`), no password.
_LABEL = re.compile(r"[A-Za-z]{1,19}:")
_PROSE_GOES_ON = re.compile(r" [A-Za-z]{1,19}\b")
_PASSWORD_WORDS = re.compile(r"passw|pwd|pass|pin|cvv|cvc", re.IGNORECASE)


_ONLY_SIGNATURE = re.compile(r"[\"']?[\w.-]*signature[\w.-]*[\"']?", re.IGNORECASE)
_SIGNATURE_WORD = re.compile("signature", re.IGNORECASE)
_ANY_SECRET_WORD = re.compile(SECRET_KEY_PATTERN, re.IGNORECASE)
_SIGNATURE_VALUE_NOT_SECRET = re.compile(r"[\"']?(?:\d+|[^\"']*[ \t][^\"']*)[\"']?")


def no_signature(m: re.Match[str]) -> bool:
    """Whether a `signature` field holds no signature: a signature (an HMAC, SigV4's) is a run
    of hex or base64, never words with blanks between them nor a bare number, which are what an
    IDS names its rules by (Suricata's `"signature": "ET POLICY curl User-Agent Outbound"`,
    `"signature_id": 2013028`), the most telling fields of its alerts."""
    key = m.group("key")
    if _ONLY_SIGNATURE.fullmatch(key) is None:
        return False
    # (`signature_password` names a password too.)
    other = _SIGNATURE_WORD.sub(" ", key)
    return (
        _ANY_SECRET_WORD.search(other) is None
        and _SIGNATURE_VALUE_NOT_SECRET.fullmatch(m.group("value")) is not None
    )


def runner_verdict(m: re.Match[str]) -> bool:
    """Whether the match is a test runner's verdict, not a password: `PASS:` in capitals, then
    a colon (Go's `--- PASS: TestParse (0.00s)`, automake's `PASS: t/basic.test`)."""
    return m.group("key") == "PASS" and ":" in m.group("sep") and "=" not in m.group("sep")


# The level words a daemon writes after its own `process: ` prefix (Dovecot's `Info:`,
# `Warning:`, `Error:`, `Fatal:`, `Panic:`, `Debug:`; Postfix's `warning:`, `error:`, `fatal:`,
# `panic:`), capitalised or not, always followed by their own colon.
_LEVEL_HEADER = re.compile(
    r"(?:info|notice|warning|warn|error|fatal|panic|debug|critical)(?:\([^()\s]{0,64}\))?:",
    re.IGNORECASE,
)


def level_after_colon(m: re.Match[str]) -> bool:
    """Whether a secret field's `key: value` is a process's prefix then a log level: Dovecot's
    `auth: Error: pam(jane,10.0.0.1): pam_authenticate() failed` names its auth process, and
    `Error:` is the line's level, not a password (which would not end in a colon). `auth:
    hunter2` has no level word and stays masked."""
    sep = m.group("sep")
    return (
        ":" in sep
        and "=" not in sep
        and sep[-1:] in (" ", "\t")
        and _LEVEL_HEADER.fullmatch(m.group("value")) is not None
    )


# A number of four digits at most, bare or in parentheses: a count, a flag or a request's
# sequence number (inotify's `cookie=0` in fail2ban's debug log, FreeRADIUS' `Auth: (1129)
# Login OK`). Under 14 bits: no token, key or cookie is one. Two such counts with a slash are
# a tally, how many of how many succeeded (Postfix's `disconnect from ... ehlo=2 starttls=1
# auth=0/1 quit=1 commands=4/5` after every failed login).
_SMALL_NUMBER = re.compile(r"\(?\d{1,4}(?:/\d{1,4})?\)?")


def small_number(m: re.Match[str]) -> bool:
    """Whether a secret field's value in text is a small number, or a tally of two
    (`auth=0/1`), after a key that one of the built-in words names and no password word does
    (`cookie=0`, `Auth: (1129)`): no secret.
    After a password's key (`pin=1234`) or a user's own key (`SSN=1`) it stays masked, and
    so does any value of a structured field named like a secret (`scrub_mapping`)."""
    key = m.group("key")
    return (
        _SMALL_NUMBER.fullmatch(m.group("value")) is not None
        and _ANY_SECRET_WORD.search(key) is not None
        and _PASSWORD_WORDS.search(key) is None
    )


# A number with a fraction, signed or not: a score or a weight (SpamAssassin's `tests=[...
# SPF_PASS=-0.001]`), never a PIN, a card's code or a pass.
_DECIMAL = re.compile(r"[-+]?\d{1,6}\.\d{1,6}")
_SHORT_SECRET_WORDS = frozenset(("auth", "pass", "pin", "cvv", "cvc"))


def decimal_score(m: re.Match[str]) -> bool:
    """Whether a secret field's value in text is a number with a fraction after a key that is
    one of the short secret words alone (`SPF_PASS=-0.001`, `T_PIN=1.5`: the scores
    SpamAssassin lists for the rules a mail hit): no secret. After `password` or `passwd` it
    stays masked (`password=1.5` could be one)."""
    return (
        m.group("key").lower() in _SHORT_SECRET_WORDS
        and _DECIMAL.fullmatch(m.group("value")) is not None
    )


# A measure: a number with a fraction, perhaps a unit of time or a percentage after it, quoted
# or not (`time_per_token="24.637186ms"`, `t_token=0.39`).
_MEASURE = re.compile(r"([\"']?)[-+]?\d{1,12}\.\d{1,12}(?:ns|us|\u00b5s|ms|s|%)?\1")
_TOKEN_WORD = re.compile("token", re.IGNORECASE)


def token_measure(m: re.Match[str]) -> bool:
    """Whether a secret field's value in text is a measure after a key that names tokens and
    no password: a language model's time or rate per token (text-generation-inference's
    `time_per_token="24.6ms"`, llama.cpp's `t_token`, `n_tokens_second`), never a token,
    which is no number with a fraction."""
    key = m.group("key")
    return (
        _MEASURE.fullmatch(m.group("value")) is not None
        and _TOKEN_WORD.search(key) is not None
        and _PASSWORD_WORDS.search(key) is None
    )


def token_measure_field(key: str, value: object) -> bool:
    """`token_measure` of a structured field: a float after a key that names tokens and no
    password (llama.cpp's `"t_token": 0.3935`, `"n_tokens_second": 81.2`)."""
    return (
        isinstance(value, float)
        and _TOKEN_WORD.search(key) is not None
        and _PASSWORD_WORDS.search(key) is None
    )


def mysql_password_flag(m: re.Match[str]) -> bool:
    """Whether the match is MySQL's (and MariaDB's) flag of whether a client sent a password,
    `Access denied for user 'root'@'localhost' (using password: YES)` (sql_authentication.cc;
    `NO` when none was sent): in every failed login's line, and no password."""
    start = m.start("key")
    return (
        m.group("value") in ("YES)", "NO)")
        and m.group("key") == "password"
        and m.string.endswith("(using ", max(0, start - 7), start)
    )


# A PAM module's `(service:group)` (`pam_unix(gdm-password:session): session opened for user
# alice`, in every GNOME login's journal): GDM's PAM service is named `gdm-password`, and the
# management group after its colon is no password.
_PAM_CALL = re.compile(r"pam_\w{1,32}\([\w.-]{0,64}$")
_PAM_GROUPS = frozenset(("auth", "account", "session", "password"))


def pam_service(m: re.Match[str]) -> bool:
    """Whether the match is a PAM module's service and management group (`_PAM_CALL`)."""
    start = m.start("key")
    return (
        m.group("value").rstrip("):") in _PAM_GROUPS
        and _PAM_CALL.search(m.string, max(0, start - 100), start) is not None
    )


# A verb a function's name starts its deed with, alone or after its module's prefix
# (`check_ntlm_password`, `auth_check_ntlm_password`, `verify_token`, `set_password`).
_FUNCTION_VERB = re.compile(
    r"(?:^|_)(?:check|verify|validate|compare|test|set|get|change|reset|update|hash|encrypt|"
    r"decrypt|read|load|parse|handle|process|fetch|lookup|find|store|save|write|send|create|"
    r"generate|rotate|refresh|revoke|renew|issue|expire|prompt|request|do)_",
    re.IGNORECASE,
)
_IDENTIFIER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def function_before_message(m: re.Match[str]) -> bool:
    """Whether a secret field's `key: ` is a C function's name before its message (`__func__:
    `, Samba's `check_ntlm_password:  Authentication for user [bob] ... FAILED`): the key is
    the last part of a snake-case name that starts with a verb (`_FUNCTION_VERB`), a deed on
    secrets, not one, and a sentence follows, a word (`prose_after_colon`'s) then another. A
    field is named for a thing (`ntlm_password: x`); a word alone after a verb's name
    (`check_password: swordfish`), a value with digits, and a `=` pair stay masked."""
    sep = m.group("sep")
    if ":" not in sep or "=" in sep or sep[-1:] not in (" ", "\t") or m.group("scheme"):
        return False
    key, text, start = m.group("key"), m.string, m.start("key")
    if not key.isidentifier():
        return False
    i = start
    while i > 0 and text[i - 1] in _IDENTIFIER_CHARS:
        i -= 1
    name = text[i:start] + key  # the key starts at its first secret word (`auth_check_...`)
    if _FUNCTION_VERB.search(name, 0, name.rfind("_") + 1) is None:
        return False
    value = m.group("value")
    return (
        _PROSE_WORD.fullmatch(value) is not None or _CAPITALISED_WORD.fullmatch(value) is not None
    ) and _PROSE_GOES_ON.match(text, m.end("value")) is not None


def kept_secret_field(m: re.Match[str]) -> bool:
    """A secret field's match that holds no secret (`prose_after_colon`, `small_number`,
    `decimal_score`, `token_measure`, `mysql_password_flag`, `pam_service`, `no_signature`,
    `runner_verdict`,
    `level_after_colon`,
    `function_before_message`, `inside_a_name`, `inside_an_id`, `go_url_error`, `path_segment`,
    `inside_a_path`, `build_label`, `logger_name`,
    `code_call`,
    `enum_constant`, `feature_list`, `auth_mechanism`,
    `call_qualifier`, `hex_number`, `no_value`, `already_masked`, `no_secret_value`,
    `java_object_string`)."""
    return (
        prose_after_colon(m)
        or small_number(m)
        or decimal_score(m)
        or token_measure(m)
        or mysql_password_flag(m)
        or pam_service(m)
        or no_signature(m)
        or runner_verdict(m)
        or level_after_colon(m)
        or function_before_message(m)
        or inside_a_name(m)
        or inside_an_id(m)
        or go_url_error(m)
        or path_segment(m)
        or inside_a_path(m)
        or build_label(m)
        or logger_name(m)
        or code_call(m)
        or enum_constant(m)
        or feature_list(m)
        or auth_mechanism(m)
        or call_qualifier(m)
        or hex_number(m)
        or no_value(m)
        or no_secret_value(m.group("key"), m.group("value"))
        or java_object_string(m.group("key"), m.string, m.start("value"))
    )


_SESSION_ID_KEY = re.compile(r"session[_-]?id[\"']?$", re.IGNORECASE)
# PostgreSQL's session id (`%c` in log_line_prefix, csvlog's and jsonlog's `session_id`): the
# backend's start time and its pid, in hex, joined by a dot (`65e2eb1f.4fc1`).
_PG_SESSION_ID = re.compile(r"[\"']?[0-9a-f]{1,8}\.[0-9a-f]{1,8}[\"']?")


def no_secret_value(key: str, value: object) -> bool:
    """Whether a field named like a secret holds a value that is none: PostgreSQL's session id
    (`65e2eb1f.4fc1`, a process's start time and pid, public in `pg_stat_activity` and the
    only key that ties a session's lines together), which a web session id's rule would hide
    on every csvlog and jsonlog row. A web session id is a random token, never this short
    dotted hex. Nor is a Java object's string (`java_object_string`) a secret, nor a mask the
    program wrote in the secret's place (`already_masked`), nor a measure of tokens
    (`token_measure_field`)."""
    if not isinstance(value, str):
        return token_measure_field(key, value)
    if already_masked(value):
        return True
    if _SESSION_ID_KEY.search(key) is not None and _PG_SESSION_ID.fullmatch(value) is not None:
        return True
    return java_object_string(key, value, 0)


# A Java object's toString where a field named like a secret holds an object, not its value:
# Android's convention, the class's simple name, the object's identity hash in hex (`Integer.
# toHexString(System.identityHashCode(this))`) and a description in braces (WindowManager's
# `wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0 ...}}}` in
# logcat and dumpsys); or Object's default, the qualified class name, `@` and the hash
# (`mToken=android.os.BinderProxy@5e1f8a2`). A token or password has no package before an
# `@`, nor a class name before a brace with a hex id of five or more digits then a blank or
# the closing brace; `Summer@2024` (no package) stays masked, and so does anything after a
# password's key (`my.Pass@1234` could be one).
_JAVA_OBJECT = re.compile(
    r"(?:[a-z][a-z0-9_]{0,64}\.){0,16}[A-Z][A-Za-z0-9_$]{0,128}\{[0-9a-f]{5,8}[ }]"
    r"|(?:[a-z][a-z0-9_]{0,64}\.){1,16}[A-Z][A-Za-z0-9_$]{0,128}@[0-9a-f]{1,8}(?![\w@.$])"
)


def java_object_string(key: str, text: str, at: int) -> bool:
    """Whether `text` holds a Java object's string (`_JAVA_OBJECT`) at `at`, the value of the
    field `key` that is named like a secret (a token's, not a password's): an object (a window
    token), not a secret."""
    return _JAVA_OBJECT.match(text, at) is not None and _PASSWORD_WORDS.search(key) is None


# A package's version (Debian's `528.0.0-0`, `1:2.38-4ubuntu2`, semver's `1.4.2+build.5`).
_VERSION = re.compile(r"(?:\d{1,9}:)?\d{1,9}(?:\.\d{1,9})+(?:[-+~][A-Za-z0-9.+~-]{1,64})?")


def inside_a_name(m: re.Match[str]) -> bool:
    """Whether the secret word is a middle part of a longer name that a bare colon joins to its
    value: a Debian package and its architecture (`google-cloud-cli-gke-gcloud-auth-plugin:amd64`
    on every line dpkg.log writes for it), a host and its port (`edge-auth-proxy:8443`), an image
    and its tag (`acme-pin-service:1.4`), or a package and the version asked for with `=` (apt's
    `Commandline: apt-get install google-cloud-cli-gke-gcloud-auth-plugin=528.0.0-0`; after
    `=`, only a version). A name with a part on each side of the word is no field named for a
    secret; a header such as `X-Auth-Token:abc` names one by another part
    (`token`), and stays masked."""
    sep = m.group("sep")
    if sep != ":" and not (sep == "=" and _VERSION.fullmatch(m.group("value")) is not None):
        return False
    start, text = m.start("key"), m.string
    if start < 2 or text[start - 1] not in "-." or not text[start - 2].isalnum():
        return False
    key = m.group("key")
    word = _ANY_SECRET_WORD.match(key)
    rest = key[word.end() :] if word else ""
    return rest[:1] in ("-", ".") and _ANY_SECRET_WORD.search(rest) is None


# Go's net/http error (`url.Error`): the method as Go spells it, then the URL in quotes.
_GO_URL_ERROR = re.compile(r'(?:Get|Post|Put|Patch|Delete|Head|Options) "[a-z][a-z0-9+.-]*://')


def go_url_error(m: re.Match[str]) -> bool:
    """Whether the value is the method of Go's failed HTTP request, its URL in quotes after it:
    client-go's `failed to list *v1.Secret: Get "https://10.96.0.1:443/api/v1/secrets": dial
    tcp ...`, a lease's `error retrieving resource lock ns/external-secrets-controller: Get
    "https://..."`. The key is a type's or an object's name that holds a secret word."""
    return _GO_URL_ERROR.match(m.string, m.start("value")) is not None


def path_segment(m: re.Match[str]) -> bool:
    """Whether the secret word opens the last segment of a quoted path or URL, a colon after
    its closing quote: Go's failed request (`Get "https://10.96.0.1:443/api/v1/secrets": EOF`).
    No field's name follows a slash. (A path glued to a value, `/etc/app/token:s3cr3t`, is
    still masked.)"""
    start = m.start("key")
    return (
        start > 0
        and m.string[start - 1] == "/"
        and m.group("key").endswith('"')
        and m.group("sep").strip() == ":"
    )


# How a name spells a secret word: in small letters, in capitals, or in camel case
# (`sessionId`, `SessionId`, `sessionID`, `PWD`).
_NAMED_SPELLING = re.compile(r"[a-z]+(?:[A-Z][a-z]*)*|[A-Z][a-z]+(?:[A-Z][a-z]*)*|[A-Z]+")


def inside_an_id(m: re.Match[str]) -> bool:
    """Whether the secret word lies inside a random id rather than a key: glued to a letter or
    digit before it and spelt in no casing a name takes (`_NAMED_SPELLING`), or with digits
    on both sides of it in one token. A sendmail queue id (`4577BPWd089305: addr=...`,
    milter-greylist's lines) is no key, and the word after it no password."""
    key, start, text = m.group("key"), m.start("key"), m.string
    word = _ANY_SECRET_WORD.match(key)
    if word is None or start == 0 or not text[start - 1].isalnum():
        return False
    if _NAMED_SPELLING.fullmatch(word.group(0)) is None:
        return True
    return text[start - 1].isdigit() and any(c.isdigit() for c in key[word.end() :])


# The word a path's file name is part of, back to a blank or an opening bracket or quote.
_PATH_RUN = re.compile(r"[^\s\[(\"',]{0,512}\Z")
_FILE_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}\Z")


def inside_a_path(m: re.Match[str]) -> bool:
    """Whether the secret word is part of a file's name (with its extension) in a path, which a
    colon joins to what follows: ScyllaDB's `/var/lib/scylla/data/.../me-3gdk_cvv4-big-Data.db:
    level=0`, a random sstable id holding `cvv`. A field is never named so; a URL's query
    (`/login?pass=x`) names no file, and its fields stay masked."""
    if m.group("sep").strip() != ":" or _FILE_EXTENSION.search(m.group("key")) is None:
        return False
    start = m.start("key")
    run = _PATH_RUN.search(m.string, max(0, start - 512), start)
    return run is not None and "/" in run.group() and not any(c in run.group() for c in "?&=")


# A build system's label up to the package's last part: `//src/auth`, `@repo//src/auth`.
_BUILD_PACKAGE = re.compile(r"(?:@[\w.~+-]{0,128})?//(?:[\w.+-]{1,128}/){0,32}\Z")


def build_label(m: re.Match[str]) -> bool:
    """Whether the secret word is a package's name in a build label, the colon joining it to a
    target's (Bazel's, Buck's, Pants' `//src/auth:auth_test`, `@repo//pkg/token:lib`): a
    package, not a field."""
    if m.group("sep") != ":" or not m.group("value")[:1].isalnum():
        return False
    start = m.start("key")
    run = _PATH_RUN.search(m.string, max(0, start - 512), start)
    return run is not None and _BUILD_PACKAGE.fullmatch(run.group()) is not None


# A qualified class name's last part: capitalised, letters and digits (`CustomAuthHandler`).
_CLASS_PART = re.compile(r"\.[A-Z][A-Za-z0-9_]{0,127}")


def logger_name(m: re.Match[str]) -> bool:
    """Whether the secret word is a middle part of a qualified class name, the logger's name
    before its message (.NET's SourceContext, a Java logger): `Jellyfin.Api.Auth.
    CustomAuthenticationHandler: AuthenticationScheme: CustomAuthentication was challenged.`
    names a namespace `Auth`, not a field. The name has a part before the word, a dot on each
    side of it, and ends in a capitalised class name that names no secret itself; a property
    path whose last part is the secret (`spring.datasource.password: x`) or names another
    (`app.Auth.Token: x`) stays masked, and so does a name with no dot before the word.
    So is a class whose name only opens with the word (Greengrass's `com.aws.greengrass.tes.
    TokenExchangeService: service-set-state.`, a `PasswordResetService`): a class, named in
    CamelCase past the word, that names no secret itself."""
    start, text = m.start("key"), m.string
    if start < 2 or text[start - 1] != "." or not text[start - 2].isalnum():
        return False
    if ":" not in m.group("sep") or "=" in m.group("sep"):
        return False
    key = m.group("key")
    if "." not in key:
        # The class's own name opens with the word (`tes.TokenExchangeService:`).
        return key[:1].isupper() and _names_no_secret(key)
    word = _ANY_SECRET_WORD.match(key)
    rest = key[word.end() :] if word else ""
    last = rest[rest.rfind(".") :] if "." in rest else ""
    return (
        rest.startswith(".")
        and _CLASS_PART.fullmatch(last) is not None
        and _ANY_SECRET_WORD.search(rest, 0, len(rest) - len(last)) is None
        and _names_no_secret(last[1:])
    )


def _names_no_secret(name: str) -> bool:
    """Whether a class's name names no secret: no secret word in it, or one it opens with and
    goes on past in CamelCase, two words or more (`TokenExchangeService`,
    `PasswordResetService`; not `PasswordHash`, which may hold one)."""
    word = _ANY_SECRET_WORD.search(name)
    if word is None:
        return True
    if word.start() != 0:
        return False
    end = word.end()
    while end < len(name) and name[end].islower():  # (`Passw` opens `Password`)
        end += 1
    return (
        _CLASS_NAME_END.fullmatch(name, end) is not None
        and _ANY_SECRET_WORD.search(name, end) is None
    )


# The rest of a class's name past a word it opens with, in CamelCase (`ExchangeService`).
_CLASS_NAME_END = re.compile(r"(?:[A-Z][a-z0-9]{1,63}){2,8}")


# An identifier (dotted or not), an opening parenthesis, and a first argument that is a small
# number, a name without digits, or none: a call or a constructor, code (a Python traceback's
# source line `response, api_key = requestor.request(method_, url_, params, headers)`) or a
# debug print (Rust's `token=Token(1)`, mio's event token), not a value.
_CALL = re.compile(
    r"[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,8}"
    r"\((?:\d{1,4}|[A-Za-z_][A-Za-z_.]{0,63})?[,)]"
)


def code_call(m: re.Match[str]) -> bool:
    """Whether a secret field's value is a call or a constructor on a small number or a name
    (`Token(1)`, `requestor.request(method_, ...)`): no token, key or session id holds a
    parenthesis (base64, hex and their URL-safe forms have none), so after a token's key it is
    code or a debug print. A password can hold one, so after a password's key it stays masked,
    and so does a wrapper around a quoted string or a token-like argument (`Some("s3cr3t")`,
    `Key(abc123)`)."""
    return (
        _CALL.match(m.string, m.start("value")) is not None
        and _PASSWORD_WORDS.search(m.group("key")) is None
    )


# A constant's name in capitals closing a parenthesis: Hadoop's `(auth:SIMPLE)`,
# `(auth:KERBEROS)`, an enum's value. A letter past `F` keeps upper-case hex out.
_ENUM_CONSTANT = re.compile(r"(?=[A-Z_]*[G-Z])[A-Z][A-Z_]{1,31}\)")


def enum_constant(m: re.Match[str]) -> bool:
    """Whether a secret field's match is a note in parentheses, `(key:CONSTANT)`, whose value
    is a constant's name in capitals without a digit (Hadoop's `Auth successful for job_1
    (auth:SIMPLE)`): a method or a mode, not a token (which has digits or lower case, and is
    not written as a note in parentheses). A bare `token=SIMPLE` and any value after a
    password's key stay masked."""
    start = m.start("key")
    return (
        start > 0
        and m.string[start - 1] == "("
        and _ENUM_CONSTANT.fullmatch(m.group("value")) is not None
        and _PASSWORD_WORDS.search(m.group("key")) is None
    )


# A build's features as a program lists them at start-up, `Name:FEATURE,FEATURE` pairs in a
# row (stunnel's `Threading:PTHREAD Sockets:POLL,IPv6,SYSTEMD TLS:ENGINE,OCSP,PSK,SNI
# Auth:LIBWRAP`): the pair before the key's.
_FEATURE_PAIR_BEFORE = re.compile(r"(?:^|\s)[A-Za-z][\w-]{0,31}:[A-Z][\w,.-]{0,127} \Z")
_FEATURES = re.compile(r"[A-Z][A-Z0-9_]{1,31}(?:,[A-Za-z0-9_]{1,31}){0,16}")


def feature_list(m: re.Match[str]) -> bool:
    """Whether a secret field's match is one of a row of `Name:FEATURE` pairs (its value
    constants in capitals, the pair before it another): a build's features listed at start-up,
    not a token, which stands alone. A password's key stays masked."""
    start = m.start("key")
    return (
        _FEATURES.fullmatch(m.group("value")) is not None
        and _PASSWORD_WORDS.search(m.group("key")) is None
        and _FEATURE_PAIR_BEFORE.search(m.string, max(0, start - 160), start) is not None
    )


# The names of authentication mechanisms (SASL's, HTTP's schemes, and none): public names a
# program writes after `auth=` to say how a peer logged in (Qpid Dispatch Router's
# `Connection Opened: ... auth=PLAIN user=app`), never a secret.
_AUTH_MECHANISMS = frozenset(
    (
        *("plain", "anonymous", "external", "login", "gssapi", "kerberos", "ntlm"),
        *("cram-md5", "digest-md5", "scram-sha-1", "scram-sha-256", "scram-sha-512"),
        *("oauthbearer", "xoauth2", "basic", "digest", "bearer", "negotiate", "none"),
    )
)


def auth_mechanism(m: re.Match[str]) -> bool:
    """Whether a secret field's match is `auth` (the bare word, any case) and the name of an
    authentication mechanism (`_AUTH_MECHANISMS`): how a peer logged in, not its secret."""
    value = m.group("value").strip("\"'")
    return m.group("key").lower() == "auth" and value.lower() in _AUTH_MECHANISMS


# A lower-case word closing the parenthesis a name opened, its colon after it or not.
_QUALIFIER = re.compile(r"[a-z]{2,31}\):?")


def call_qualifier(m: re.Match[str]) -> bool:
    """Whether a secret field's match is a pair of names in a name's parentheses,
    `name(word:kind)`: Linux-PAM's module, service and type on every line it writes to
    auth.log (`pam_unix(chpasswd:chauthtok): password changed for alice`, `pam_unix(passwd:
    chauthtok)`, `pam_unix(sudo:auth)`), where the program is named like a password. The
    parenthesis follows a name directly, as a call's does, and the value is a lower-case word
    that closes it: a password or token there would have to be both. A note in parentheses
    that opens after a blank (`(password:secret)`), a value with digits or capitals, or one
    that does not close the parenthesis stays masked."""
    start, text = m.start("key"), m.string
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return (
        start > 1
        and text[start - 1] == "("
        and (text[start - 2].isalnum() or text[start - 2] == "_")
        and m.group("sep") == ":"
        and _QUALIFIER.fullmatch(m.group("value")) is not None
    )


# A number written in hex with its `0x` (C's `%#x`, Java's `Long.toHexString` with a prefix):
# ZooKeeper's `sessionid: 0x14ede63a5a70002`, a 64-bit id.
_HEX_NUMBER = re.compile(r"0x[0-9a-fA-F]{1,16}\)?")


def hex_number(m: re.Match[str]) -> bool:
    """Whether a secret field's value is a number written in hex with its `0x`, 64 bits at
    most: an id a program prints (ZooKeeper's session ids tie a session's lines together),
    not a random token, which has no numeric prefix. After a password's key it stays masked."""
    return (
        _HEX_NUMBER.fullmatch(m.group("value")) is not None
        and _PASSWORD_WORDS.search(m.group("key")) is None
    )


# What a program writes in place of a secret it hid itself: Celery's and kombu's
# `amqp://guest:**@host//`, cloud-init's `'X-aws-ec2-metadata-token': 'REDACTED'`, Rails'
# `[FILTERED]`, `<hidden>`.
_MASK = re.compile(
    r"[\"']?(?:\*{1,64}|[\[<(]?(?:redacted|filtered|hidden|masked|removed)[\]>)]?)[\"']?",
    re.IGNORECASE,
)


# What a program writes where a value is absent: an empty string, a dash (access logs), a
# language's null (`password=None` in a Python object's repr, Go's `nil`, JSON's `null`, C's
# `(null)`), a closing parenthesis after it when a repr ends there.
_NO_VALUE = re.compile(r"\"\"|''|\\\"\\\"|-|(?:null|NULL|None|nil|undefined|\(none\)|\(null\))\)?")
# A boolean: whether a feature is on (`auth=true`), no secret's value.
_BOOLEAN = re.compile(r"(?:true|false|True|False|TRUE|FALSE)\)?")


def no_value(m: re.Match[str]) -> bool:
    """Whether a secret field's value says there is none (`password=None`, `token=null`,
    `secret=""`, `session_id=-`) or, after a key that no password word names, is a boolean
    (`auth=true`): nothing to hide, and hiding it hides that it was empty. Any other word,
    even `None2`, stays masked."""
    value = m.group("value")
    if _NO_VALUE.fullmatch(value) is not None:
        return True
    return _BOOLEAN.fullmatch(value) is not None and _PASSWORD_WORDS.search(m.group("key")) is None


def already_masked(value: str) -> bool:
    """Whether a secret's value is a mask the program put there itself (`**`, `REDACTED`,
    `[FILTERED]`): nothing to hide, and its text stays as the program wrote it."""
    return _MASK.fullmatch(value) is not None


def _ends_a_path(m: re.Match[str]) -> bool:
    """Whether the key the match starts at is the last part of a path (`/etc/passwd`,
    `modules-config/config-set_passwords`): the name it is glued into, back to a blank, has a
    `/` before the key. A file or module is named there, not a field."""
    text, i = m.string, m.start("key")
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_.-"):
        i -= 1
    return i > 0 and text[i - 1] == "/"


def prose_after_colon(m: re.Match[str]) -> bool:
    """Whether a secret field's match is a sentence going on (`error validating token:
    expired`, Vault's `failed to revoke token: context deadline exceeded`): a colon and a blank,
    then a lower-case word, or a capitalised one or words a hyphen joins that a blank and a
    word follow (FreeRADIUS' `Auth: Invalid user: [bob]`, `Auth: Login OK`, SDDM's `Auth:
    sddm-helper exited with 139`). A token, key or
    session id has digits, capitals or length, and is not followed by prose; a password can be
    a word, so after a password's key the word stays masked, unless the key is the last part
    of a path (`_ends_a_path`): there a sentence goes on after a file or a module named for
    passwords (`open /etc/passwd: permission denied`, cloud-init's `start:
    modules-config/config-set_passwords: running config-set_passwords with frequency ...`,
    `finish: ...-set_passwords: SUCCESS: ...`)."""
    sep = m.group("sep")
    if ":" not in sep or sep[-1:] not in (" ", "\t"):
        return False
    if m.group("scheme"):
        return False  # a credential can be a word after `Bearer `
    value = m.group("value")
    if _PASSWORD_WORDS.search(m.group("key")) is not None:
        if not _ends_a_path(m):
            return False  # a password can be a word
        if _LABEL.fullmatch(value) is not None:
            return True  # a status's label (`SUCCESS: ... ran successfully`)
    if _PROSE_WORD.fullmatch(value) is not None:
        return True
    return (
        _CAPITALISED_WORD.fullmatch(value) is not None
        or _WORD_COMPOUND.fullmatch(value) is not None
    ) and _PROSE_GOES_ON.match(m.string, m.end("value")) is not None


# A value after `key=` / `key: ` / `"key": `: a quoted string (JSON, possibly itself escaped
# inside another JSON string), or a bare run up to a separator. Authorization-like keys take a
# scheme word too (`Basic dXNl...`), which would otherwise be all that is hidden.
_QUOTED = r'\\"(?:[^"\\]|\\(?!"))*\\"|"(?:[^"\\]|\\.)*"|\'[^\'\n]*\''
# A bare value ends where a colon glues the next pair to it (DSpace's usage log,
# `anonymous:session_id=4144...:ip_addr=10.20.7.92:view_item:handle=...`): a colon inside a
# value (`user:pass`, a port) stays.
_BARE = r"(?:[^\s,;&\"'{}\[\]<>\\:]|:(?![A-Za-z_][\w.-]{0,63}=)|\\(?![nrt\"\\/]))+"
# A quoted string in a wrapper, Rust's Debug of an `Option` or a newtype
# (`token: Some("abc123")`, `ApiKey("sk_live_...")`): masked whole, not just up to the quote.
_WRAPPED = r"[A-Za-z_][A-Za-z0-9_]{0,63}\((?:" + _QUOTED + r")\)"

BUILTIN_RULES: tuple[ScrubRule, ...] = (
    ScrubRule(
        "private_key",
        r"(?P<value>-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
        r"(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z))",
        r"PRIVATE KEY",
        hints=("private key",),
        description="PEM private keys (RSA, EC, OpenSSH, PGP), with or without their END line",
    ),
    ScrubRule(
        "jwt",
        r"(?<![A-Za-z0-9_-])(?P<value>eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)",
        r"eyJ[A-Za-z0-9_-]+\.eyJ",
        hints=("eyj",),
        description="JSON Web Tokens (header.payload.signature)",
    ),
    ScrubRule(
        "bearer",
        r"(?i)\bbearer\s+{guard}(?P<value>[A-Za-z0-9\-._~+/]{8,}=*)",
        r"(?i)bearer\s",
        hints=("bearer",),
        validate=lambda v: len(v) >= 20 or any(c.isdigit() for c in v),
        description="bearer tokens (Authorization: Bearer ...)",
    ),
    ScrubRule(
        "url_password",
        # (The user may be empty: Redis's `redis://:password@host`, a password alone.)
        r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@\"'<>]*:{guard}(?P<value>[^\s@/\"'<>]+)@"
        # A scheme-like word that is not one: skipped whole (no `value`: kept as it is), since
        # every later start in it fails alike; retrying each made a long word quadratic.
        r"|\b[a-zA-Z][a-zA-Z0-9+.-]*+",
        r"://[^\s:/@]*:[^\s@/]+@",
        hints=("://",),
        validate=lambda v: not already_masked(v),
        description="passwords in URLs (postgres://user:PASSWORD@host)",
    ),
    ScrubRule(
        "sql_password",
        # A password in an SQL statement, which a database logs with the statement when it
        # logs statements or fails one (PostgreSQL's `log_statement`, its `ERROR: ... STATEMENT:`
        # lines, MySQL's general log): PostgreSQL's `CREATE|ALTER ROLE bob WITH [ENCRYPTED]
        # PASSWORD 'x'`, MySQL's `IDENTIFIED BY 'x'`. The keyword is followed by a blank, not
        # `=` or `:`, so `secret_field` does not see it. Only a quoted literal is a value
        # (`PASSWORD NULL` sets none).
        r"(?i)\b(?:password|identified[ \t]+by)[ \t]+'{guard}(?P<value>(?:[^'\\]|''|\\.)+)'",
        r"(?i)(password|identified[ \t]+by)[ \t]+'",
        hints=("password", "identified"),
        description="passwords in SQL statements (PASSWORD 'x', IDENTIFIED BY 'x')",
    ),
    ScrubRule(
        "secret_field",
        # The match starts at the secret word, not at the start of the key (`db_password`):
        # only the value is replaced, and a regex that had to find the key's start would try
        # every prefix of every token. The key's tail is bounded (40) against long tokens.
        # An exception's type is no key (`AuthorizationError: Some challenges have failed`,
        # `TokenExpiredError: jwt expired`): what follows its colon is its message.
        # Nor is a key that names something about a secret rather than the secret itself
        # (`tokenType=SAML2`, `password_expires=...`, `secretName=db-creds`), nor a source
        # file's name before its line number (`auth/auth.go:170`).
        r"(?i)(?P<key>(?:"
        + SECRET_KEY_PATTERN
        + r")[\w.-]{0,40}"
        + "".join(f"(?<!{ending})" for ending in _NOT_SECRET_KEY_ENDINGS)
        + r"(?:\\?[\"'])?)"
        # A colon of `::` is a namespace's (`Gitlab::Auth::OAuth::User`), no separator.
        r"(?P<sep>\s*(?:=|:(?!:))\s*)"
        # Possessive: a scheme, once seen, is never re-read as the value (idempotence).
        r"(?P<scheme>(?:basic|bearer|digest|token|negotiate|ntlm)\s+)?+"
        # The next pair (`token: error="not found"`) is no value, nor after a scheme word
        # (`auth=basic user=alice`: the scheme is the value, and `user=` is no credential;
        # base64 holds `=` only at its end). Nor is a variable to be interpolated
        # (`client_secret=${CLIENT_SECRET}`): a template, as `%s` is.
        r"{guard}(?![A-Za-z_][\w.-]*=[\"'])(?(scheme)(?![A-Za-z_][\w.-]*=[^=\s]))"
        r"(?!\$\{[A-Za-z_][\w.]*\})" + f"(?P<value>{_WRAPPED}|{_QUOTED}|{_BARE})",
        r"(?i)(passw|pwd|secret|token|api.?key|access.?key|private.?key|authorization|"
        r"credential|cookie|session|signature|auth|pass|pin|cvv|cvc)[\w.\"'\\-]*\s*[=:]",
        hints=(
            "passw",
            "pwd",
            "secret",
            "token",
            "key",
            "authorization",
            "credential",
            "cookie",
            "session",
            "signature",
            "auth",
            "pass",
            "pin",
            "cvv",
            "cvc",
        ),
        keep=kept_secret_field,
        description="values of fields named like secrets, in key=value, key: value and JSON",
        starts=SECRET_KEY_STARTS,  # the match starts at the key's secret word
    ),
    ScrubRule(
        "aws_key",
        r"(?<![A-Z0-9])(?P<value>(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)"
        # The key's secret right after it (the Kerberos Agent's `credentials provided (AKIA...,
        # N8r4...)`, a `key:secret` pair): 40 characters of base64, as AWS issues them.
        r"[A-Z0-9]{16}(?:[ \t,;:/|\"']{1,4}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=]))?)(?![A-Z0-9])",
        r"(AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}",
        hints=(
            "akia",
            "asia",
            "abia",
            "acca",
            "agpa",
            "aida",
            "aroa",
            "aipa",
            "anpa",
            "anva",
            "apka",
        ),
        description=(
            "AWS access key ids (AKIA..., ASIA...) and a secret key right after one; other"
            " secrets are secret_field"
        ),
    ),
    ScrubRule(
        "card",
        # The lookbehind (no word, dot or dash before the first digit) comes after that digit,
        # not before it: a pattern that starts with `[0-9]` lets Python's engine skip to the
        # next digit instead of trying the lookbehind at every position (40% less time over
        # csvlog rows, whose attributes hold digits everywhere). Same matches: the character
        # it reads before the digit is the one a leading `(?<![\w.-])` reads.
        r"(?P<value>[0-9](?<![\w.-][0-9])(?:[ -]?[0-9]){12,18})(?![\w-]|\.[0-9])",
        r"[0-9]([ -]?[0-9]){12,18}",
        validate=looks_like_card,
        keep=labelled_id,
        prefilter_chars="0123456789 -",
        description="payment card numbers (13-19 digits that pass the Luhn check)",
    ),
    ScrubRule(
        "email",
        r"(?<![\w.%+-])(?P<value>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
        r"\.[A-Za-z]{2,})\b",
        r"@[A-Za-z0-9-]+\.",
        on_by_default=False,
        hints=("@",),
        description="email addresses (off by default)",
    ),
    ScrubRule(
        "ip",
        r"(?<![\w.:])(?P<value>"
        r"(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])"
        r"|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
        r"|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?"
        r"|::(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}"
        r")(?!\w|\.[0-9]|:[0-9A-Fa-f]*:)",
        r"[0-9]\.[0-9]+\.[0-9]+\.[0-9]|:[0-9A-Fa-f]*:",
        on_by_default=False,
        description="IPv4 and IPv6 addresses (off by default)",
    ),
)

BY_NAME: dict[str, ScrubRule] = {r.name: r for r in BUILTIN_RULES}
