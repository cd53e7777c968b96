"""Secret scrubbing for the SDK's formatters: the same classes of secret as errctl's ingest.

Owns `scrub_text` (a string), `scrub_value` (any JSON-able value, recursively, keys included in
the decision) and `is_secret_key`. The classes, in the order they are applied:

- PEM private key blocks (`-----BEGIN ... PRIVATE KEY-----` to its END line, or to the end of
  the text when it was cut short);
- JWTs: three base64url parts, the first starting `eyJ`;
- `Bearer <token>` credentials;
- AWS access key ids (`AKIA...`, `ASIA...`), and a secret access key right after one;
- key/value pairs whose key names a secret (password, passwd, secret, token, api_key, apikey,
  authorization, auth, credentials, private_key, session, cookie, as a word of the key:
  `db_password`, `accessToken`, `X-Api-Key`), written `key=value`, `key: value`,
  `"key": "value"` or `'key': 'value'` (JSON and Python reprs); AWS secret access keys are
  caught here by their key (`aws_secret_access_key=...`);
- passwords in URLs (`scheme://user:password@host`);
- card numbers of 13 to 19 digits (spaces or dashes allowed) that start with an issuer's digits,
  have a length that issuer gives (Visa 13, 16 or 19, Amex 15, ...) and pass the Luhn check,
  but for a number after a `+` (an international phone number).

These are the classes of errctl's ingest scrubber (errctl/scrub/rules.py), with its extra key
words (pwd, pass, pin, cvv, cvc, signature, access_key). Differences: keys are matched by whole
words here (ingest matches substrings such as `passw` inside `mypassword`), any `session` key is
secret here (ingest: session ids, keys and tokens), and a JWT's second part need not start `eyJ`.

Everything is masked as `[REDACTED]`, cards as `[REDACTED-CARD]`. Promises: pure, stdlib `re`
only, idempotent (scrubbing scrubbed text changes nothing), deterministic (the same input always
gives the same output, so scrubbing never splits a group), and linear in the text: no pattern has
nested ambiguous quantifiers and the key and value slices are bounded.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["CARD_MASK", "MASK", "is_secret_key", "scrub_text", "scrub_value"]

MASK = "[REDACTED]"
CARD_MASK = "[REDACTED-CARD]"

# Words that make a key secret (the list, plus the extra words of errctl's ingest list).
# Matched against the key split into words (snake, kebab, dotted and camelCase), so `author`
# or `oauth_provider` stay readable while `access_token` does not.
SECRET_WORDS = frozenset(
    {
        "password",
        "passwords",
        "passwd",
        "secret",
        "secrets",
        "token",
        "tokens",
        "apikey",
        "authorization",
        "auth",
        "credential",
        "credentials",
        "session",
        "cookie",
        "cookies",
        # also in errctl's ingest list (errctl/scrub/rules.py)
        "pwd",
        "pass",
        "pin",
        "cvv",
        "cvc",
        "signature",
    }
)
# Two-word secret names: `api_key`, `private_key` (and `x-api-key`, `privateKey`).
SECRET_PAIRS = frozenset({("api", "key"), ("private", "key"), ("access", "key")})

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

_PEM = re.compile(
    r"-----BEGIN (?P<kind>[A-Z0-9 ]{0,40})PRIVATE KEY-----"
    r"(?:.*?-----END (?P=kind)PRIVATE KEY-----|.*\Z)",
    re.S,
)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"\b(?P<scheme>[Bb]earer)\s+(?!\[REDACTED\])[A-Za-z0-9\-._~+/]{8,}=*")
# With the key's secret right after it, when it is there (`(AKIA..., wJalr...)`,
# `AKIA...:wJalr...`): 40 characters of base64, as AWS issues them.
_AWS_KEY_ID = re.compile(
    r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b"
    r"(?:[ \t,;:/|\"']{1,4}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=]))?"
)

_VALUE = (
    r"(?P<value>"
    r"%\(\w{1,64}\)[-#0 +]*(?:[1-9]\d*)?(?:\.\d+)?[a-zA-Z]|"  # a named %-placeholder (kept)
    r'"(?:[^"\\\n]|\\.){0,4096}"'  # "quoted"
    r"|'(?:[^'\\\n]|\\.){0,4096}'"  # 'quoted'
    # an auth scheme and its credentials stay together: `Authorization: Basic dXNlcjpw`
    r"|(?:(?:Basic|Bearer|Digest|Token|Negotiate)\s+)?"
    r"(?:\[REDACTED\]|[^\s,;&\"'<>()\[\]{}]{1,4096})"
    r")"
)
_VALUE_AT = re.compile(_VALUE)
# The key and separator only: a key that is not secret must not swallow what follows it
# (`ValueError: password=x`), so values are matched separately, and only after secret keys.
# `"key": value` / `'key': value` (JSON, Python reprs).
_QUOTED_KEY = re.compile(r"(?P<q>[\"'])(?P<key>[A-Za-z_][\w.-]{0,63})(?P=q)(?P<sep>\s*:\s*)")
# `key=value`, `key = value`, `key: value` (logfmt, query strings, headers, prose).
_BARE_KEY = re.compile(r"(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,63})(?P<sep>\s*=\s*|:[ \t]*)(?![=/])")
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][\w+.-]{0,20}://[^\s/:@]{1,256}:)[^\s/@]{1,256}@")
# A printf or str.format placeholder in a message template is not a secret: keep it, so the
# template of `"password=%s"` stays exact.
_PLACEHOLDER = re.compile(
    r"%(?:\(\w+\))?[-#0 +]*(?:[1-9]\d*)?(?:\.\d+)?[sdrifgeExXoca]|\{\w*(?:![rsa])?(?::[^{}]*)?\}"
)
# (Not after a `+`: an international phone number, `+4915112345678`, as ingest keeps it.)
_CARD = re.compile(r"(?<![\w.+-])\d(?:[ -]?\d){12,18}(?![\w.-])")


def is_secret_key(key: str) -> bool:
    """Whether a field or key name says its value is a secret."""
    words = [w.lower() for w in _WORD.findall(key)]
    if any(w in SECRET_WORDS for w in words):
        return True
    return any(pair in SECRET_PAIRS for pair in itertools.pairwise(words))


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _masked_value(value: str) -> str | None:
    """The masked form of a secret key's value, or None to keep it (a template placeholder)."""
    if _PLACEHOLDER.fullmatch(value.strip("\"'")):
        return None
    if value[:1] in "\"'" and len(value) >= 2 and value[-1] == value[0]:
        return value[0] + MASK + value[0]
    return MASK


def _sub_kv(pattern: re.Pattern[str], text: str) -> str:
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() < pos:
            continue  # inside a value already masked
        key = m.group("key")
        if not is_secret_key(key):
            continue
        if "." in key and m.group("sep").startswith(":") and m.group(0)[:1] not in "\"'":
            continue  # `auth.py:12` is a file and line, not a key
        v = _VALUE_AT.match(text, m.end())
        if v is None:
            continue
        masked = _masked_value(v.group(0))
        if masked is None:
            continue
        out.append(text[pos : m.end()])
        out.append(masked)
        pos = v.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _issued_length(digits: str) -> bool:
    """Whether an issuer whose cards start as `digits` does gives them this length (Visa 13, 16,
    19; Amex 15; Diners 14-19; the others 16-19), as errctl's ingest requires: a 15-digit thread
    handle then passes only as Amex's."""
    n, first, two = len(digits), digits[:1], digits[:2]
    if first == "4":
        return n in (13, 16, 19)
    if two in ("34", "37"):
        return n == 15
    if two in ("30", "36", "38", "39"):
        return 14 <= n <= 19
    return (first in "56" or two == "35" or "22" <= two <= "27") and 16 <= n <= 19


def _mask_card(m: re.Match[str]) -> str:
    digits = m.group(0).replace(" ", "").replace("-", "")
    # An issuer's first digits and a length it gives, as errctl's ingest requires: it keeps
    # epoch milliseconds (they start with 1) out, and Luhn rejects nine in ten of the rest.
    if 13 <= len(digits) <= 19 and _issued_length(digits) and _luhn(digits):
        return CARD_MASK
    return m.group(0)


def scrub_text(text: str) -> str:
    """`text` with every secret it holds masked."""
    if not text:
        return text
    if "PRIVATE KEY-----" in text:
        text = _PEM.sub(MASK, text)
    if "eyJ" in text:
        text = _JWT.sub(MASK, text)
    text = _BEARER.sub(lambda m: f"{m.group('scheme')} {MASK}", text)
    text = _AWS_KEY_ID.sub(MASK, text)
    if ":" in text:
        text = _sub_kv(_QUOTED_KEY, text)
    if "=" in text or ":" in text:
        text = _sub_kv(_BARE_KEY, text)
    if "://" in text:
        text = _URL_PASSWORD.sub(lambda m: m.group("head") + MASK + "@", text)
    return _CARD.sub(_mask_card, text)


def scrub_value(value: Any, _depth: int = 0) -> Any:
    """A copy of a JSON-able value with secrets masked: values under secret keys entirely
    (whatever their type), strings by `scrub_text`, containers recursively."""
    if isinstance(value, str):
        return scrub_text(value)
    if _depth > 32:  # a self-referencing structure: give up on it rather than recurse forever
        return "[...]"
    if isinstance(value, Mapping):
        return {
            k: MASK if isinstance(k, str) and is_secret_key(k) else scrub_value(v, _depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [scrub_value(v, _depth + 1) for v in value]
    return value
