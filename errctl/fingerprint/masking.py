"""Masking: values that are never part of a message's template become `<*>`.

Owns the masking classes and the code that applies them. Promises:

- The rules are data (DESIGN.md convention 5): an ordered tuple of named `MaskRule`s, each a
  regular expression in the subset that RE2 (Arrow's vectorised kernels, the hot path) and
  Python's `re` (`mask_message`, `explain_masks`, one message at a time) read the same way:
  no lookaround, no backreferences, no `(?i)` (RE2 folds case by Unicode, `re` by ASCII), no
  `\\s` (the two disagree on `\\v`), ASCII `\\b`. `build_rules` switches classes off and adds
  user classes; the code that applies them is pure.
- A class masks a whole token (`blk_-69522958`, `job-2uLbxVaq`, `10.0.0.1:8080`), never just
  the digit run inside it; adjacent masks separated only by blanks collapse into one `<*>`, so a
  value that spans a varying number of tokens (`Sun Dec 4 04:47:44 2005`) is one variable,
  and so is a list: masks a comma joins into one token, a field's `key=[a, b, ...]` (`_LIST`).
  A masked token never takes the punctuation that ends a sentence (`on X11.` is `on <*>.`).
- Exception values without frames are masked with `FP1_RULES`, the classes fp1 was defined
  with, so their fingerprints never move (docs/fingerprints.md, Versioning).
- Small integers (one to three digits, optionally signed) are where enumerations live
  (`HTTP 500`, `status=404`, `exit code 2`), which must not merge: after a key in `ENUM_KEYS`
  they stay; anywhere else they are masked. (A private-use character U+E000 marks them during
  masking, so one in a message is dropped.)
- Error codes of four or five digits after a key that names them (`CODE_KEYS`: `SQLState
  40001`, `errno=10054`) stay too, their digits hidden from the classes while they run, and
  so do hex codes after such keys (`error 0x80070643`) and codes known by their shape where a
  code stands (`ORA-00942:`, `[MY-010116]`, `DHCP4_LEASE_ALLOC ...`: `_CODE_TOKEN`) or by
  their neighbours (an SMTP reply's `550 5.1.1`, an HTTP status's `503 Service Unavailable`,
  MySQL's `1045 (28000):`, a CVE id); an
  exception value's fingerprint masks them as numbers and ids (`named_codes=False`), as fp1
  did.
- Words are never masked here: which of them vary is the template miner's call
  (`mining.py`), made from the data.
- `<*>` is never matched by any class, so masking is idempotent; `mask_array` equals
  `mask_message` applied to each message.

Hostile input: the classes are written for RE2, whose time is linear in the input; Python's
backtracking `re` takes quadratic time or worse on some of them (a long run of `1.1.1.` for
`hostname`). So everything that masks long log text goes through RE2 (`mask_message` too,
above `PYTHON_MASK_CHARS`); `explain_masks` lets RE2 find the tokens of the first
`EXPLAIN_CHARS` characters and asks Python only which class matched at each token's start.

Hot path: `mask_array` runs its vectorised RE2 passes (protect, mask, small integers, unmark,
collapse) once per distinct digit shape, not per message. Real logs repeat whole messages, and
more often messages that differ only in their digits (`took 12ms` / `took 873ms`, ids,
addresses). Every class reads the digits 1 to 9 alike (`\\d`, `[0-9a-f]`, `\\b`; only `0` is
named, in `0x`), so a message with each of them turned into `1` has its matches in the same
places; when that shape's masked form keeps no digit, every message of the shape masks to that
same text. A million genlogs messages are 870,000 distinct ones and 380,000 shapes. The rows of
a shape whose masked form keeps a digit (`HTTP 500`: an enumeration) are masked one distinct
message at a time, and so are all rows when a user class names a digit
(`_treats_digits_alike` reads every pattern). Every pass costs a fixed amount per string, so
the protect and unmark passes run only on the rows one cheap match test picks (most messages
have no enumeration key), the other rows take the small-integer and collapse passes as one
(`_SMALL_INT_COLLAPSE`), and a large column is cut in two halves of rows whose shapes are found
and masked on two threads (Arrow's kernels release the GIL; a shape in both halves is masked
twice). None of this changes a result: a pass leaves a row it cannot match as it is, the merged
pass equals the two (see there), and each row's mask depends on that row alone.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

MASK = "<*>"


@dataclass(frozen=True, slots=True)
class MaskRule:
    name: str
    pattern: str


_HEX = "[0-9a-fA-F]"
# A path whose names hold blanks (the `path` rule): runs of the characters a name holds (no
# colon, `=` or quote, but an apostrophe between letters), one blank between two. A run after a
# blank opens as a title's word does, with a capital, a digit, a bracket or a dash, or is one of
# the small words titles keep in lower case: `copied /srv/exports/q2 to summary.csv` is a path
# and a sentence's words, `/library/movies/The Lord of the Rings (2001)/...` and `/tv/Interview
# with the Vampire (2022)/...` one path.
_NAME_CHAR = r"(?:[A-Za-z0-9_.@%+~$,&!()\[\]#-]|\b'\b)"
_NAME_RUN = rf"{_NAME_CHAR}+"
_TITLE_RUN = (
    rf"(?:[A-Z0-9(\[&#+-]{_NAME_CHAR}*"
    r"|(?:of|the|and|a|an|de|la|le|du|des|von|van|der|with|in|on|at|for|vs|x)\b)"
)
_SPACED_COMPONENT = rf"{_NAME_RUN}(?: {_TITLE_RUN})*"
# The attribute types a distinguished name's relative names use (RFC 4514's and the schemas'
# common ones, any case), and a value's characters (no separator, quote or bracket).
_DN_TYPE = (
    r"(?i:uid|cn|ou|dc|o|c|l|st|street|sn|mail|krbprincipalname|ipauniqueid|nsuniqueid"
    r"|idnsname|automountmapname|serialnumber|description)"
)
_DN_VALUE = r"[^,=\s\"'<>()\[\]:;]+"
# An item of a list glued by commas (the `repr` class): no blank, comma or bracket but in a
# part in braces. (The two alternatives start apart: no backtracking between them.)
_LIST_ITEM = r"(?:[^\s\[\],{}]|\{[^{}\r\n]*\})+"
# The dotted end of an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`), after its last group.
_MAPPED_V4 = r"(?:(?:\.\d{1,3}){3})?"
_BLANK = "[ \\t]"
_MONTH = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_DAY = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
# Characters a token is made of, for the classes that grab a whole token: word characters and
# the punctuation that ids carry inside them (`job-2uLb`, `core.1234`, `a_b+c`), but none of the
# separators a message puts between a key and its value (`=`, `:`, `,`, brackets, quotes).
_TOK = "[A-Za-z0-9_.+-]"
_TOK_END = "[A-Za-z0-9_+-]"  # an id token's last character: not the `.` that ends a sentence
_URL_STOP = " \\t\\r\\n\\f\\v\"'<>{}"  # what no URL holds
_URL_CHAR = f"[^{_URL_STOP}]"
# A character of a SQL statement: on its line, and no colon with a blank after it (`sql`).
_SQL_CHAR = r"(?:[^\r\n:]|:[^ \t\r\n])"
# Units a number is glued to (`12ms`, `3.5s`, `512KB`), so a duration or size is one value.
_UNITS = (
    "ns|us|µs|ms|s|sec|secs|m|min|mins|h|hr|hrs|d|B|b|KB|kB|MB|GB|TB|KiB|MiB|GiB|TiB|K|M|G|k|bytes"
)
_SIZE_UNITS = "B|KB|kB|MB|GB|TB|KiB|MiB|GiB|TiB"
# A sign belongs to a number unless a word character stands right before it: the `-` of
# `2000-00000001` or `PJSIP/3456-0000001a` joins two values, which mask alike either way.
_SIGN = r"(?:\B[-+])?"
_VERSION_PART = r"(?:[-+~][0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)"
# An item of a `+`-glued list: a name, or a `name=value` pair (`glued`). A value is any
# run of characters but a blank, the glue, quotes and brackets, and never ends in a sentence's
# punctuation; an error code after its key (`errno=104`, hidden while the classes run) too.
_GLUED_VALUE = r"(?:[^ \t\r\n\f\v+=\"'()\[\]{}<>]*[^ \t\r\n\f\v+=\"'()\[\]{}<>.,;:!?])?"
_GLUED_PAIR = rf"[A-Za-z_][A-Za-z0-9_]*={_GLUED_VALUE}"
_GLUED_ITEM = rf"[A-Za-z_][A-Za-z0-9_]*(?:={_GLUED_VALUE})?"
# DNS record types (RFC 1035 and after; `TYPE65534` for one without a name). `NSEC3` is
# written with a digit class: every class reads the digits 1 to 9 alike (the fast path's
# promise, `_treats_digits_alike`).
_DNS_TYPES = (
    "A|AAAA|NS|CNAME|SOA|PTR|MX|TXT|SRV|NAPTR|DS|DNSKEY|RRSIG|NSEC[0-9]?(?:PARAM)?|CDS|"
    "CDNSKEY|CAA|HTTPS|SVCB|TLSA|SSHFP|DNAME|HINFO|LOC|URI|SPF|NULL|OPT|ANY|AXFR|IXFR|TYPE[0-9]+"
)
# Top-level domains that make a dotted name a host rather than a Java/Python module path
# (`org.apache.hadoop.Foo` and `errctl.ingest` are template text, `db1.prod.example.com` is not).
_TLD = (
    "com|net|org|io|edu|gov|mil|int|local|localdomain|internal|lan|corp|cloud|dev|co|"
    "uk|de|fr|jp|cn|ru|nl|eu|us|ca|au|in|br"
)

# Order matters where two classes can start at the same character: the first listed wins.
# US dates with an optional time of minutes (ZooKeeper's `built on 04/08/2021 16:35 GMT`,
# Windows tools' `3/14/2024 9:05:12 AM`), its AM or PM too; with a year of two digits when a
# time follows (Java's short format, `3/11/24, 7:12 AM`: Tomcat's stuck-thread warnings).
_US_DATE = (
    rf"\b\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}(?:{_BLANK}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d+)?"
    rf"(?:{_BLANK}[AP]M)?)?|\d{{2}},?{_BLANK}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_BLANK}[AP]M)?)\b"
)
# fp1's: the year in four digits, no AM or PM.
_US_DATE_FP1 = (
    rf"\b\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:{_BLANK}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d+)?)?\b"
)


# A time's AM or PM (dnf's `using metadata from Tue 04 Jun 2024 07:12:44 PM UTC.`, the C
# locale's `%c` in en_US): the time's, not a word of the message, so morning and afternoon
# runs of one statement are one template.
_MERIDIEM = rf"(?:{_BLANK}[AP]M)?"


def _datetime(us_date: str, meridiem: str = "") -> str:
    """The `datetime` class with `us_date` as its US dates: ISO and common dates with an
    optional time and zone; times alone; month names; CLF dates with their fraction
    (HAProxy's accept date, `26/Feb/2019:23:08:47.266`). `meridiem`: what may follow a time
    of day written alone or after a day and month (`_MERIDIEM`; fp1 takes none)."""
    return (
        rf"\b\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d+)?"
        rf"(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b"
        rf"|{us_date}"
        rf"|\b\d{{1,2}}/(?:{_MONTH})/\d{{4}}(?::\d{{2}}:\d{{2}}:\d{{2}}(?:[.,]\d+)?)?"
        rf"(?:{_BLANK}[+-]\d{{4}})?"
        # RFC 2822's date, with its day name, time and zone when written (e-mail headers,
        # HTTP's `Date:`, Python's `email.utils.formatdate`: `Wed, 01 May 2024 10:02:03 +0000`).
        rf"|(?:\b(?:{_DAY}),?{_BLANK}+)?\b\d{{1,2}}{_BLANK}+(?:{_MONTH}){_BLANK}+\d{{4}}"
        rf"(?:{_BLANK}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?{meridiem}"
        rf"(?:{_BLANK}+(?:[+-]\d{{4}}|GMT|UTC))?)?\b"
        rf"|\b\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d+)?{meridiem}\b"
        rf"|\b(?:{_DAY}),?{_BLANK}+(?:{_MONTH}){_BLANK}+\d{{1,2}}\b"
        rf"|\b(?:{_MONTH}){_BLANK}+\d{{1,2}},?{_BLANK}+\d{{4}}\b"
    )


DEFAULT_RULES: tuple[MaskRule, ...] = (
    # A URL, a path and an id never end in a sentence's punctuation (`.,;:!?`): `on X11.`
    # and systemd's `Created slice system-systemd\x2dfsck.slice.` end a sentence, and a mask
    # that swallowed the `.` kept them from their statement's `Started <*>.` (freetext.py).
    # Nor a `)` it did not open: `bug report (https://bugs.php.net/).` keeps its parenthesis,
    # `https://en.wikipedia.org/wiki/Lisp_(programming_language)` its own.
    # The URIs of a user at a host, which have no `//` (RFC 3261's `sip:alice@pbx:5060;ob`,
    # RFC 6068's `mailto:`, XMPP's): one value too, parameters and all; read as an address,
    # then a port, then `;key=value`, each SIP URI's parameters made it a shape of its own.
    MaskRule(
        "url",
        rf"\b[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^{_URL_STOP}()]|\([^{_URL_STOP}()]*\))*"
        rf"(?:[^{_URL_STOP}().,;:!?]|\([^{_URL_STOP}()]*\))"
        rf"|\b(?:sips?|mailto|xmpp):[^{_URL_STOP}()@]+@[^{_URL_STOP}()]*[^{_URL_STOP}().,;:!?]",
    ),
    MaskRule(
        "sql",
        # A SQL statement as a database, a driver or an ORM logs it (PostgreSQL's `statement:
        # SELECT ...`, Rails' `User Load (0.4ms)  SELECT ...`, a job's `Executing: INSERT INTO
        # ...`): one value to the end of its line, so one statement logged for every query is
        # one template, not one per query. Only what opens a data statement, in upper case:
        # `SELECT` with its `FROM` on the line, `INSERT INTO`, `UPDATE <table> SET`, `DELETE
        # FROM`, a `WITH <name> AS (`, a `COPY <table> ... FROM STDIN` (or `TO` a file); never
        # its last punctuation, as a token's. Nor past a colon and a blank: what a program
        # writes after the statement is its own (`Query failed: SELECT ... FROM invoices ...:
        # relation "invoices" does not exist` and `...: permission denied` are two problems);
        # SQL's own colons touch what follows (`$1::int`, `:org_id`).
        rf"\b(?:SELECT\b{_SQL_CHAR}*\bFROM|(?:INSERT|REPLACE|MERGE) INTO|DELETE FROM"
        r"|UPDATE [^ \t\r\n]+ SET|WITH [A-Za-z_][A-Za-z0-9_]* AS \("
        rf"|COPY [^ \t\r\n]+ {_SQL_CHAR}*\b(?:FROM|TO) (?:STDIN|STDOUT|'))"
        rf"(?:{_SQL_CHAR}*[^ \t\r\n.,;:!?])?",
    ),
    MaskRule(
        "useragent",
        # A browser's or an app's user agent as a server that names its clients logs it
        # (Nextcloud Talk's signaling server: `Resume session from 10.0.5.36 in DE
        # (Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0) ...`): one
        # value, its products and comments however many, in parentheses of its own with all
        # it holds; bare, its products and comments only. Split at its blanks and semicolons,
        # each browser's words were a template of its own.
        r"\(Mozilla/\d+\.\d+ [^()\r\n]*(?:\([^()\r\n]*\)[^()\r\n]*)*\)"
        r"|\bMozilla/\d+\.\d+ \([^()\r\n]*\)(?: (?:[\w.+-]+/[\w.+-]+|\([^()\r\n]*\)))*",
    ),
    MaskRule(
        "gvk",
        # A Kubernetes kind as client-go prints a GroupVersionKind (`autoscaling.k8s.io/v1,
        # Kind=VerticalPodAutoscaler`; the core group's empty: `/v1, Kind=Pod`), in a reflector's
        # `failed to list ...` beside the `*v1.ConfigMap` of a built-in type: one value, or its
        # comma and blank split a custom resource's lines from every other kind's.
        r"(?:\b[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\B)/v[0-9]+(?:(?:alpha|beta)[0-9]+)?, "
        r"Kind=[A-Z][A-Za-z0-9]*\b",
    ),
    # A user at a host, with the port the host is reached on when written (FreeSWITCH's
    # channel `sofia/internal/1025@192.168.10.17:5060`, ssh's `deploy@bastion.example.com:22`):
    # one value, as an address with its port is, so a channel named with and without a port
    # masks alike (`sofia/internal/<*>`, not `sofia/internal/<*>:<*>` beside it). A peer on a
    # Unix socket is named by the socket's kind and its process (PgBouncer's client
    # `db/user@unix(38398):6432` beside `db/user@10.0.2.31:37465`): the same value.
    MaskRule(
        "email",
        r"\b[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|unix\(\d+\))(?::\d{1,5}\b)?",
    ),
    MaskRule("uuid", rf"\b{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}\b"),
    MaskRule(
        "base64",
        # A key or digest in base64 with its padding (WireGuard's public keys, `W9/LjsCU0...
        # VOcwI=`, as NetBird and wg print them): one value. Its `/` and `+` are no path's:
        # read as one, a key became `<*>/<*>/jUPDVOcwI=`, each key a shape of its own. A digit
        # past its first eight characters and the `=` at its end, no word after it (`\B`: a
        # `key=value` pair's key is no digest), tell it from words (RE2: no lookaround).
        # (Unbounded runs: RE2 builds a bounded repeat as that many states, a quarter of the
        # masking's time on genlogs' mixed.log with {8,128}.)
        # The URL-safe alphabet's `-` and `_` too (DayZ's player ids, `id=7LZmQ4CUa6-TL3q...=`:
        # cut at the dash, an id and its `=` apart, each player's id spelt its own way).
        r"\b[A-Za-z0-9+/_-]{7}[A-Za-z0-9+/_-]*[0-9][A-Za-z0-9+/_-]*={1,2}\B",
    ),
    MaskRule(
        "mac",
        # MAC addresses and colon-hex key fingerprints (`a0:57:e3:00:78:9e`, `SHA256` keys in
        # pairs): one value, before `datetime` reads `12:34:56` in one and `ipv6` eight groups.
        rf"\b{_HEX}{{2}}(?::{_HEX}{{2}}){{5,}}\b|\b{_HEX}{{2}}(?:-{_HEX}{{2}}){{5}}\b",
    ),
    MaskRule("datetime", _datetime(_US_DATE, _MERIDIEM)),
    MaskRule(
        "ipv6",
        # An address may carry its prefix length (`fe80::1/64`, as `ip addr` and kubelet print
        # an interface's addresses): one value, not an address and a small integer.
        rf"\[(?:{_HEX}{{0,4}}:){{2,7}}{_HEX}{{0,4}}\](?::\d{{1,5}})?"
        rf"|(?:\b(?:{_HEX}{{1,4}}:){{7}}{_HEX}{{1,4}}\b"
        # A group after the `::`, or the prefix length right after it (`2001:db8::/32`): an
        # address ending in `::` alone is too rare to take a namespace's name for one (Perl's
        # `DBD::Pg`, C++'s `cc::Foo` were `<*>Pg`, `<*>Foo`). An IPv4-mapped address
        # (`::ffff:10.0.0.1`) is one value with its dotted end.
        rf"|\b(?:{_HEX}{{1,4}}:){{1,6}}(?::{_HEX}{{1,4}}(?::{_HEX}{{1,4}})*{_MAPPED_V4}\b|:/\d{{1,3}}\b)"
        rf"|(?:^|\B)::{_HEX}{{1,4}}(?::{_HEX}{{1,4}})*{_MAPPED_V4}\b)(?:/\d{{1,3}}\b)?",
    ),
    # With a port, or with a CIDR prefix length (`10.0.16.71/24`). A `/` before it is the
    # address's (Java's `InetSocketAddress` prints an unnamed one as `/10.0.0.1:8080`) only
    # where no word stands before the slash: the one in `openresty/1.11.2.5` (a server's
    # version: a name, a slash, four numbers) or in `jobmanager/10.0.0.1` (Java's
    # `host/address`) separates the name from the value and stays, as in `nginx/<*>`.
    MaskRule("ipv4", r"(?:\B/)?\b\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2}|:\d{1,5})?\b"),
    MaskRule(
        "hostname",
        # A DNS question as resolvers print one, the name written absolute (its last dot),
        # then its record type and class (Unbound's and ldns' `www.example.org. AAAA IN`,
        # `_ta-4f66. NULL IN`, the root's `. DNSKEY IN`): one value. The type is the
        # question's, as the name is: kept as words, a blocked name's `A`, `AAAA` and `HTTPS`
        # lookups made three templates of one statement.
        rf"(?:\B\.|\b(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\.)+)"
        rf"{_BLANK}(?:{_DNS_TYPES}){_BLANK}(?:IN|CH|HS)\b"
        # A zone a DNS server names in square brackets before its message, written absolute
        # (Knot's `[example.com.] refresh, ...`, `[partner.example.] ...`): one value, brackets
        # and all, whatever its top-level domain; one under a name no list of TLDs holds
        # (RFC 2606's `.example`, a private `.lan`) was kept as a word.
        rf"|\[(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\.){{2,}}\]"
        rf"|\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        # A country's code may follow a generic name (`cuhk.edu.hk`, `kakao.co.kr`,
        # `example.com.au`): the host goes on to it, not `<*>.hk`.
        rf"\.(?:{_TLD})(?:\.[a-z]{{2}})?\b(?::\d{{1,5}})?"
        # The loopback name, a host like any other (Kafka's `Connecting to zookeeper on
        # localhost:2181` next to `on zk1:2181,zk2:2181`; Redis, PostgreSQL and MySQL name it in
        # their listen and connect lines).
        rf"|\blocalhost\b(?::\d{{1,5}})?"
        # Any top-level domain with a port, three labels or more in lower case
        # (`nts.netnod.se:4460`): a name, a domain and its TLD before a port is a host. (Two
        # labels may be a source file and its line: `auth.go:170`.)
        rf"|\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+"
        rf"\.[a-z]{{2,24}}:\d{{2,5}}\b",
    ),
    MaskRule(
        "hash",
        rf"\b(?:{_HEX}{{64}}|{_HEX}{{40}}|{_HEX}{{32}})\b",
    ),
    MaskRule(
        "path",
        # Absolute (two components or more) and Windows paths; `\B/` keeps `and/or` whole.
        # A colon inside a component (`/v1/agent/check/pass/service:web-1`) and a query
        # string (`/v1/kv/locks/web?acquire=<uuid>&index=42`, as HTTP servers log a request's
        # path) are the path's own: split there, one request path made a template per layout
        # of its query. A file's name may hold a blank: a last component with no extension,
        # a blank and one word with one (`/reports/weekly report.ipynb`, as a notebook server
        # saves a user's file) is one path, not a path and a word.
        # A request's target after its method (`_REQUEST_TARGET`'s mark before it), whatever
        # its components: up to a blank or a quote, but for a colon, comma or semicolon at its
        # end (`Request failed: GET /api/users/me: timeout exceeded`: the sentence's own).
        "\ue000/(?:[^ \t\r\n\f\v\"'<>{}]*[^ \t\r\n\f\v\"'<>{}:,;])?"
        r"|(?:\B~|\B\.{1,2}|\B)(?:/[A-Za-z0-9_.@%+~$-]+)+/[A-Za-z0-9_@%+~$-]+"
        r"[ ][A-Za-z0-9_@%+~$-]+(?:\.[A-Za-z0-9_@%+~$-]+)*\.[A-Za-z]{1,8}\b"
        # So may a directory's, and a name may hold several blanks, each between two runs of
        # other characters: a media library's `/library/tv/Mob Psycho 100/Season 1/Mob Psycho
        # 100 - S01E01 [HDTV-1080p].mkv`, as Unmanic, Sonarr or Plex log the file they handle.
        # Such a path holds a blank (`_TITLE_RUN`) and ends in a file's extension, a letter first
        # (`/healthz (ip 10.0.2.16)` is a path and words); a blank before a slash ends it (`/a/b
        # to /c/d.txt` is two paths), and an apostrophe is the name's only between letters
        # (`Beyond Journey's End`), not a quote that closes the path.
        rf"|\B(?:/{_SPACED_COMPONENT})*/{_NAME_RUN}(?: {_TITLE_RUN})+(?:/{_SPACED_COMPONENT})*"
        r"\.[A-Za-z][A-Za-z0-9]{0,7}\b"
        # A component may end in an index or a title in square brackets, and name a class
        # with `::`: Puppet's resource paths (`/Stage[main]/Profile::Ntp/Service[chronyd]/ensure`,
        # the source it writes before each resource's message), XPath's `/html/body/div[2]`.
        r"|(?:\B~|\B\.{1,2}|\B)(?:/[A-Za-z0-9_.@%+~$-]+(?:::?[A-Za-z0-9_.@%+~$-]+)*(?:\[[^\[\]\s]*\])?)+"
        r"/[A-Za-z0-9_.@%+~$-]*[A-Za-z0-9_@%+~$-](?::[A-Za-z0-9_.@%+~$-]*[A-Za-z0-9_@%+~$-])*"
        r"(?:\[[^\[\]\s]*\])?/?"
        # A query's filter may say `!=` (`?filter=service.state!=0`, a field selector's
        # `status.phase!=Running`): the path's too, not its end.
        r"(?:\?[A-Za-z0-9_.@%+~$=&/:,!-]*[A-Za-z0-9_@%+~$=&/-])?"
        # One component is a word (`/admin`), unless a query string follows it: a request's
        # path (`on request /login?next=%2Fcart`, `/search?q=linen+shirt`).
        r"|\B/[A-Za-z0-9_.@%+~$-]*[A-Za-z0-9_@%+~$-]\?[A-Za-z0-9_.@%+~$-]+="
        r"(?:[A-Za-z0-9_.@%+~$=&/:,!-]*[A-Za-z0-9_@%+~$=&/-])?"
        r"|\b[A-Za-z]:\\(?:[^ \t\r\n\f\v\"'<>]*[^ \t\r\n\f\v\"'<>.,;:!?])?",
    ),
    MaskRule(
        "hex",
        rf"\b0[xX]{_HEX}+\b"
        # Seven to sixteen hex letters without a digit: an identity hash or a short commit
        # that happened to draw none (`Window{dfadbba u0 ...}` among `Window{7c1ee16 u0 ...}`,
        # which the id class takes), no word: English has next to none of a-f alone so long
        # (`defaced`, `effaced`).
        r"|\b[a-f]{7,16}\b",
    ),
    MaskRule(
        "duration",
        # A size may also stand one blank from its number (`93.0 B`, `5.2 KB`).
        rf"{_SIGN}\b\d+(?:\.\d+)?(?:{_UNITS}|{_BLANK}(?:{_SIZE_UNITS}))\b"
        # An elapsed time may lead with its days (`up 3 days, 04:05:06`, Tor's `uptime is 1 day
        # 0:00 hours`): the days go with the clock's first number, so the rest masks as the
        # clock of an uptime under a day does (`04:05:06` one `<*>`, `6:00` two small integers).
        # Kept as text, the first day made an uptime's statement a template of its own.
        r"|\b\d{1,5} days?,? \d{1,2}(?::\d\d:\d\d(?:\.\d{1,9})?)?\b",
    ),
    MaskRule(
        "repr",
        # An object's printed form, `<` a type name, a blank, its description, `>`: Python's
        # `<FileLock using file '/run/lock'>`, `<module 'x' from '/usr/lib/x.py'>`,
        # `<cloudinit.helpers.DummyLock object at 0x7f3a>`, Ruby's `<User id: 1, name: "ann">`:
        # one value, however its parts are laid out. Only with a quote, an `=` or an address
        # inside: `<no value>` is a text's, and `Map<K, V>` no blank after its first name.
        # Nor a name in capitals alone: a request's method (Scrapy's `<GET https://x/?q=1>`,
        # its URL the value, as in `<GET https://x/a>`).
        r"<(?:[a-z_]|[A-Za-z_][A-Za-z0-9_.]*[a-z_.][A-Za-z0-9_.]*)[ \t]"
        r"[^<>\r\n]*(?:['\"=]|\bat 0x)[^<>\r\n]*>"
        # Go's `%+v` of a struct: its fields, each `Name:value`, two or more, in braces
        # (Docker's events as Traefik logs them, `{Status:start ID:8769c3 From:nginx:1.25
        # Type:container Action:start}`, or `{Status:health_status: healthy ...}`).
        r"|&?\{[A-Z][A-Za-z0-9_]*:[^{}\r\n]*[ ,][A-Z][A-Za-z0-9_]*:[^{}\r\n]*\}"
        # A Java object named by its class and identity hash with its state in braces after
        # them, as Jetty prints a component it starts or stops (`ServerConnector@130b5012{HTTP/
        # 1.1, (http/1.1)}{0.0.0.0:8080}`, a web app's `w.@1a407b24{Jenkins v2.440.1,/,file:
        # ///...,AVAILABLE}{/var/cache/jenkins/war}`, `Server@c0b862e5{STARTING}[10.0.20,
        # sto=0]`): one value, as `Started <*>` starts anything else. Kept as text, each
        # component's class was a template of its own. (A class and hash alone, Java's
        # `Object.toString()`, stay for the other classes: `QuorumServer@<*>`.)
        r"|\b[A-Za-z_$][A-Za-z0-9_$.]*@[0-9a-f]{1,8}(?:\{[^{}\r\n]*\})+(?:\[[^\[\]\r\n]*\])?"
        # A record printed as its fields in braces glued one to the next, three or more:
        # Elasticsearch's nodes (`{es-data-1}{IBhPAt7A...}{...}{10.0.4.11:9300}{cdfhilrstw}
        # {8.12.2}`, its roles' letters and attributes varying by node), one value; a field
        # left as text (`{m}` beside `{cdfhilrstw}`) made a template per kind of node.
        r"|(?:\{[^{}\r\n]+\}){3,}"
        # A request's parameters printed as their query string in braces (Solr's
        # `params={q=title:kettle&fl=id,title&rows=20&wt=json}`): one value, as the query of
        # a path is the path's. Kept as text, each layout of a query was a template of its own.
        r"|\{[A-Za-z_][A-Za-z0-9_.]*=[^{}\s]*&[^{}\s]*\}"
        # A set printed in braces, its items joined by a comma and a blank, two or more, none
        # with a blank, a quote or an `=` (MIT Kerberos' `(4 etypes {aes256-cts-hmac-sha1-96
        # (18), DEPRECATED:arcfour-hmac(23)})`, a Python or Rust set `{1, 2, 3}`): one value,
        # whichever items and however many. (A JSON object's keys are quoted, a struct's fields
        # `key: value`, a map's `key=value`: none is a set.) Item by item, each length and
        # each mix of items was a template of its own.
        r"|\{[^\s{},\"'=]+(?:, [^\s{},\"'=]+)+\}"
        # A map as Elixir's inspect prints it, `%{"id" => "42", "page" => "2"}`, `%{id: 42}`, a
        # struct `%User{id: 42}`, and as Erlang's `~p` does, `#{topic => <<"t/1">>}`: one
        # value, whichever keys and however many (a map inside it too), none at all (`%{}`).
        # Kept as text, each request's set of parameters was a template of its own (Phoenix's
        # `Parameters: %{...}`). Maps nest three deep (an order's items, each a map); each
        # level's braces open apart from the text around them, so the scan never backtracks.
        # A list of atoms is one value too (Phoenix's `Pipelines: [:api, :require_token]`).
        r"|[%#](?:[A-Z][\w.]*)?\{[^{}\r\n]*?(?: =>|: )"
        r"(?:[^{}\r\n]|\{(?:[^{}\r\n]|\{[^{}\r\n]*\})*\})*\}"
        r"|[%#]\{\}"
        r"|\[:[a-z_][\w?!]*(?:, :[a-z_][\w?!]*)*\]"
        # A list in square brackets, its items glued by commas with no blank, two or more
        # (rspamd's symbols, `[ARC_NA(0.00){},ASN(0.00){asn:15169, ipnet:8.8.8.0/24;},...]`,
        # an item's options in braces, blanks and all; a JSON array `[3,17,42]`): one value,
        # whichever items and however many. Kept as text, each set of symbols rspamd scored a
        # message by was a template of its own.
        rf"|\[{_LIST_ITEM}(?:,{_LIST_ITEM})+\]",
    ),
    MaskRule(
        "quoted",
        # `\B` outside the quotes: an apostrophe inside a word (`can't`) opens nothing.
        # An empty string is one too (`'-N', '', '-f'`): read as an opening quote, it paired
        # with the next one (`'<*>-f'`).
        # A double-quoted value may hold a quoted part of its own where an argument list puts
        # one, after `[`, `(`, `,`, `=` or `{` and before `]`, `)`, `,` or `}` (Zabbix's item
        # keys, `"db01:vfs.file.regmatch[/var/log/syslog,"error"]"`: the inner quotes closed
        # the value, each key's arguments a template's words), or an option's after `:` and
        # before `;` (a Suricata or Snort rule, `"alert dns any any -> any any (msg:"DNS
        # query"; content:"x"; sid:1;)"`); `"a","b"` stays two values. A quote escaped inside
        # (`\"`, as logfmt and JSON write one: Loki's `query="{app=\"nginx\"} |= \"error\""`) is
        # the value's own; it closed the value, each query a template.
        r"\B\"(?:[\[(,={]\"[^\"\s]*\"(?:,\"[^\"\s]*\")*[\]),}]|:\"[^\"\n]*\";|\\[\"\\]|[^\"])*\"\B"
        # A single-quoted value likewise, its arguments as Python prints them, `, ` between
        # (a Jinja template in Home Assistant's `when rendering template '{{ state_attr('
        # weather.home', 'temperature') | round(1) }}'`: the inner quotes closed the value).
        # So may a quoted statement hold its own literals, each opened after a blank or `=`
        # and closed before a sign, the end, or a blank and a capital, a keyword's (Vertica's
        # `Begin Txn: a00000000727b4 'COPY t FROM '/data/pv.csv.gz' DELIMITER ',' DIRECT'`, a
        # Cypher query's `{handle: 'ana'}`): the inner quotes closed the value, each
        # statement's literals its words. Not before a blank and a small letter or a
        # parenthesis: a sentence quoting a value goes on there (an error's text, `failed
        # with error: 'MAC no ack' (233)`, `got invalid input 'unavailable' when rendering`),
        # and its words stay the template's. A quote after a word closes the value first
        # (`'a' and 'b'` stays two values).
        r"|\B'(?:[\[(,={]'[^'\s]*'(?:, ?'[^'\s]*')*[\]),}]|[^'\t\r\n\f\v ])"
        r"(?:[\[(,={]'[^'\s]*'(?:, ?'[^'\s]*')*[\]),}]|[\s=]'[^'\s][^'\r\n]*'(?: [A-Z]|[^\w\s'])"
        r"|[^'])*(?:[\s=]'[^'\s][^'\r\n]*')?'\B|\B''\B"
        # A backquote closed by an apostrophe, GNU's and Ruby's way of quoting (`No rule to
        # make target `install'`, Ruby's ``undefined method `name'`` and its frames' ``in
        # `send_bulk'``): a value as the other quotes' are. Read first, as the backquotes'
        # below paired the first quote of one with the first of the next.
        r"|\B`[^`'\t\r\n\f\v ][^`'\r\n]*'\B"
        # Backquotes: SQL's quoted identifiers (MySQL's and MariaDB's ``in table
        # `shop`.`orders` ``, ``Unknown column `notes` ``), as a shell's or Markdown's code.
        r"|\B`[^`\t\r\n\f\v ][^`\r\n]*`\B",
    ),
    MaskRule(
        "bool",
        r"\b(?:true|false|True|False|TRUE|FALSE|null|NULL|None|nil)\b"
        # No value, as C programs print one in parentheses (glibc's `(null)`, Pacemaker's
        # `(unset)` in place of an attribute's number) or angle brackets (Mosquitto's client
        # `<unknown>` before it sent its id, Go's `<nil>`): the whole of it, where the value
        # goes (`Client <unknown> closed its connection.` beside `Client Node-RED closed ...`).
        # Not dpkg's `<none>`, the version a package had before it was installed: its lines
        # are masks but for their action (`install <*> <none> <*>`), which the miner then
        # took for a value too (`<*>:all <*>` held install, configure, trigproc and upgrade).
        r"|\((?:null|nil|none|unset|undefined|unknown|no info|not set)\)"
        r"|<(?:null|nil|unset|undefined|unknown)>"
        # And in square brackets, where a program brackets the value it has (ISC Kea's client
        # id, `cid=[01:aa:bb:cc:dd:ee:ff]`, and `cid=[no info]` when the client sent none:
        # left as words, every statement naming a client was two templates).
        r"|\[(?:null|nil|none|unset|undefined|unknown|no info|not set)\]",
    ),
    # An LDAP distinguished name (`uid=alice,ou=people,dc=corp,dc=example,dc=com`, Active
    # Directory's `CN=Jane Doe,OU=Staff,DC=corp,DC=com`), as directory servers and their
    # clients (slapd, 389-ds, FreeIPA, SSSD, nslcd) log the entry they act on: one value (in
    # quotes, the `quoted` class's already: `dn="<*>"` reads as before). Its relative names'
    # types are LDAP's own (`_DN_TYPE`), two names or more; a value may hold blanks but for
    # the last (`cn=admin,dc=example,dc=com logged in`: the sentence's words), which ends
    # before a colon (`...,dc=com: Invalid credentials`). Read by the `glued` class,
    # `uid=<*>=<*>=<*>=com` took the line's next word for the last name's.
    MaskRule(
        "dn",
        rf"\b{_DN_TYPE}={_DN_VALUE}(?: {_DN_VALUE})*(?:,{_DN_TYPE}={_DN_VALUE}(?: {_DN_VALUE})*)*"
        rf",{_DN_TYPE}={_DN_VALUE}\b",
    ),
    MaskRule(
        "glued",
        # Items glued into one token, a record of several values however many it holds:
        # `key=value` pairs joined by `+`, two of them or more (Squid's TLS failure detail,
        # `SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000417+TLS_IO_ERR=1` next to
        # `SQUID_TLS_ERR_ACCEPT+TLS_IO_ERR=5+errno=104`: split at `=`, the items present made
        # a template each, and `id` took `A000417+TLS_IO_ERR` across the glue), and short
        # lower-case words joined by commas, a set of flags (a DNS answer's `qr,aa,rd` next to
        # `qr,rd`, mount options' `rw,nosuid,nodev`: split at the commas, each set was a shape
        # of its own). Never a sentence's end.
        rf"\b(?:{_GLUED_ITEM}\+)*{_GLUED_PAIR}\+(?:{_GLUED_ITEM}\+)*{_GLUED_PAIR}"
        rf"(?:\+{_GLUED_ITEM})*"
        r"|\b[a-z]{1,12}(?:,[a-z]{1,12})+\b",
    ),
    MaskRule(
        "number",
        # A number written with thousands separators, with its unit when glued to one
        # (`12,345 total`, `in 1,234ms`, `~45,678/s`, as Java's `%,d` and Python's `{:,}`
        # print): one value, not a small integer and a number on either side of a comma,
        # which made `in <*>,<*>` one template and `in <*>` another.
        rf"{_SIGN}\b\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?:{_UNITS}|{_BLANK}(?:{_SIZE_UNITS}))?\b"
        # A version, its parts after the release joined by `-`, `+` or `~` and an epoch
        # before it (Debian's `3.0.16-1~deb12u1`, `1:2.39.5-0+deb12u2`, semver's
        # `1.4.0-rc.1+build.5`): one value. Split at the `~`, which no other token holds,
        # dpkg's lines made a template per shape of the version they carried.
        rf"|\b\d{{1,3}}:\d+(?:\.\d+)+{_VERSION_PART}+\b"
        rf"|\b\d+(?:\.\d+)+{_VERSION_PART}+\b"
        # Decimals, signed decimals and integers of four digits or more; small integers are
        # left to the miner (module docstring).
        rf"|{_SIGN}\b\d+(?:\.\d+)+(?:[eE][-+]?\d+)?\b|{_SIGN}\b\d{{4,}}\b",
    ),
    MaskRule(
        "id",
        # A host list, a prefix and its numbers' ranges in brackets (`node[001-004]`,
        # `gpu[01-03,07]`, as Slurm, pdsh and ClusterShell write several hosts): one value, as
        # the single host (`node017`) is. A range or a list only: `members[2]` is an index.
        r"\b[A-Za-z][A-Za-z0-9_-]*\[\d+[-,]\d+(?:[-,]\d+)*\]"
        # Any other token that mixes digits with letters: ids, hashes of odd length, versions.
        rf"|{_TOK}*[A-Za-z_]{_TOK}*\d(?:{_TOK}*{_TOK_END})?"
        rf"|\b\d{_TOK}*[A-Za-z_](?:{_TOK}*{_TOK_END})?",
    ),
)

# The classes an exception value without frames is masked with: its fingerprint is `type:
# masked value` (docs/fingerprints.md), which must not move when the classes a template is
# masked with improve. The default classes as they were before URLs, paths and ids stopped
# short of a sentence's end (those took `X11.` whole) and host names went on to a country's
# code, before an address took the `/` after a name (`openresty/1.11.2.5` was
# `openresty<*>`), and before a number took its thousands separators.
_FP1_PATTERNS = {
    "bool": r"\b(?:true|false|True|False|TRUE|FALSE|null|NULL|None|nil)\b",
    "hex": rf"\b0[xX]{_HEX}+\b",
    "datetime": _datetime(_US_DATE_FP1),
    # Before backquotes quoted a value too.
    "quoted": r"\B\"[^\"]*\"\B|\B'[^'\t\r\n\f\v ][^']*'\B|\B''\B",
    "ipv4": r"/?\b\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2}|:\d{1,5})?\b",
    # Before an address ending in `::` needed its prefix length, and a mapped IPv4 address
    # went whole.
    "ipv6": (
        rf"\[(?:{_HEX}{{0,4}}:){{2,7}}{_HEX}{{0,4}}\](?::\d{{1,5}})?"
        rf"|(?:\b(?:{_HEX}{{1,4}}:){{7}}{_HEX}{{1,4}}\b"
        rf"|\b(?:{_HEX}{{1,4}}:){{1,6}}:(?:{_HEX}{{1,4}}(?::{_HEX}{{1,4}})*)?\b"
        rf"|(?:^|\B)::{_HEX}{{1,4}}(?::{_HEX}{{1,4}})*\b)(?:/\d{{1,3}}\b)?"
    ),
    "url": r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^ \t\r\n\f\v\"'<>{}]+",
    # Before a user at a host took the host's port, and a Unix socket's peer.
    "email": r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    "path": (
        r"(?:\B~|\B\.{1,2}|\B)(?:/[A-Za-z0-9_.@%+~$-]+){2,}/?|\b[A-Za-z]:\\[^ \t\r\n\f\v\"'<>]*"
    ),
    "id": rf"{_TOK}*[A-Za-z_]{_TOK}*\d{_TOK}*|\b\d{_TOK}*[A-Za-z_]{_TOK}*",
    # `1,234` as two numbers: a number with thousands separators is one value since.
    "number": rf"{_SIGN}\b\d+(?:\.\d+)+(?:[eE][-+]?\d+)?\b|{_SIGN}\b\d{{4,}}\b",
    # Before a day count went with the elapsed time after it.
    "duration": rf"{_SIGN}\b\d+(?:\.\d+)?(?:{_UNITS}|{_BLANK}(?:{_SIZE_UNITS}))\b",
    # `cuhk.edu` of `cuhk.edu.hk`, the `.hk` left as text.
    "hostname": (
        rf"\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        rf"\.(?:{_TLD})\b(?::\d{{1,5}})?"
        rf"|\blocalhost\b(?::\d{{1,5}})?"
    ),
}
# Classes added after fp1: an exception value is masked without them.
_AFTER_FP1 = frozenset({"repr", "sql", "glued", "useragent", "gvk"})
FP1_RULES: tuple[MaskRule, ...] = tuple(
    MaskRule(r.name, _FP1_PATTERNS.get(r.name, r.pattern))
    for r in DEFAULT_RULES
    if r.name not in _AFTER_FP1
)

# Masks separated by blanks only are one variable that spans tokens.
_FP1_COLLAPSE = r"<\*>(?:[ \t]*<\*>)+"
# So is a quoted string glued to a mask (`0"abc"`, `id=7'x'`, `''0`): it is no quoted value
# while a word character holds its quote (`\B`, as `can't` opens nothing), but it is once that
# word is masked, and masking the result again took `<*>"abc"` to `<*>`. Read as the `quoted`
# class reads one, it goes with the mask: masking a masked message changes nothing. (Not in
# fp1, whose exception values' fingerprints were defined without it: `_FP1_COLLAPSE`.)
_GLUED_QUOTED = "\"[^\"]*\"|'[^'\t\r\n\f\v ][^']*'|''|`[^`\t\r\n\f\v ][^`\r\n]*`"
_COLLAPSE = (
    rf"(?:\B(?:{_GLUED_QUOTED})<\*>|<\*>)(?:[ \t]*<\*>|(?:{_GLUED_QUOTED})\B)+"
    rf"|\B(?:{_GLUED_QUOTED})<\*>"
)
# A dot leader: a run of dots between blanks that a layout writes to fill a column up to the
# next one (Laravel's console components: `App\Jobs\Fetch ........ RUNNING`, `App\Jobs\Fetch
# ..... 25.26ms DONE`; Maven's reactor summary: `core ........ SUCCESS [  2.3 s]`). Its length
# follows the length of what stands before it, so it is no wording: after the classes, it goes,
# one blank left in its place, as a run of blanks reads as one blank. A written ellipsis between
# blanks (`Loading ... done`) goes with it; the statement is the same without it. Two leaders
# in a row are one. (Not in fp1.)
_LEADER = r" \.{2,}(?: \.+)* "
# A leader one dot long (the column's width less a long name) is one only before a number or
# before a word in capitals that ends the message (the status: `. 5.45ms DONE`, `. RUNNING`):
# a dot alone elsewhere is a command's argument (`COPY . /app`, `COPY . .`, `cd . && make`) or
# DNS's root (`. DNSKEY IN`), which a path or a name masked would hide once the classes ran.
# So it is read before them, and its dot becomes a blank (the text keeps its length:
# `explain_masks` gives the tokens' places in it). RE2's `$` is the text's end alone; Python's
# is before a last newline too, so Python's pattern says `\Z`.
_ONE_DOT_LEADER = r" \. ([0-9]|[A-Z]+$)"
_ONE_DOT_LEADER_RE = re.compile(_ONE_DOT_LEADER.replace("$", "\\Z"))
_LEADER_RE = re.compile(_LEADER)
# The rows where one may be: a quote next to a mask or a digit (a small integer still to mask,
# its sign too: `""-3`).
_QUOTE_BY_VALUE = r"[\"'`](?:<\*>|[-+]?\d)|(?:<\*>|\d)[\"'`]"
# Values joined by commas into one token are a list, one value whatever its length: amavisd's
# and Postfix's recipients (`-> <a@x.org>,<b@x.org>`), a client's addresses
# (`10.0.0.1,10.0.0.2`). Item by item, each length was a template of its own. Masked items
# only, each bare or in angle brackets (`<*>`, `<<*>>`, the list keeps its items' layout),
# and no blank after a comma: `<*>, <*>` is as often a record's fields as a list. (Not in
# fp1's masking.)
_LIST = r"(<?)<\*>(>?)(?:,<?<\*>>?)+"
# So is a list in square brackets that is a field's value (`key=[a, b, c]`, as Java's and
# Python's lists print): SpamAssassin's `tests=[BAYES_00=-1.9, DKIM_SIGNED=0.1, ...]` names
# the rules that hit, a few of the hundreds it has, in any number; a field's value is a
# variable however few values a log shows (docs/fingerprints.md), and item by item each
# length and each rule's name took a template of its own. Items joined by a comma, each with
# brackets of its own or none (`SPF_PASS=[REDACTED]`, as scrubbing leaves a rule named like a
# password); one item alone is left to the miner, as any field's value.
_LIST_ITEM = r"(?:[^\[\]]|\[[^\[\]]*\])*"
_FIELD_LIST = rf"(=\[){_LIST_ITEM},{_LIST_ITEM}\]"
_LISTS = f"{_LIST}|{_FIELD_LIST}"
_LIST_ROWS = ">,<|=\\["  # what every list holds, asked of a row first

# Small integers (one to three digits) are variables unless the token before them names an
# enumeration (`HTTP 500`, `status=404`, `exit code 2`): those stay, so HTTP 400 and HTTP 500
# never merge. RE2 has no lookbehind, so this takes three passes: mark the protected integers
# with a private-use character, mask the unmarked ones (the pattern re-emits the separator
# before the integer, which it consumes in place of a lookbehind), drop the marks.
ENUM_KEYS: tuple[str, ...] = (
    "HTTP",
    "http",
    "Http",
    "status",
    "Status",
    "STATUS",
    "statusCode",
    "statuscode",  # (Kubernetes' `HTTP probe failed with statuscode: 503`)
    "status_code",
    "code",
    "Code",
    "CODE",
    "rc",
    "RC",
    "errno",
    "Errno",
    "exit",
    "Exit",
    "exitcode",
    "exit_code",
    "returncode",
    "level",
    "Level",
    "severity",
    # An error's number abbreviated (OpenLDAP's `RESULT tag=97 err=49`: invalid credentials,
    # `err=0` a success), a status in Pascal case (AWS SDKs' `StatusCode: 404`), a database's
    # signed code (Db2's `SQLCODE=-911`, a deadlock, beside `-803`, a duplicate key).
    "err",
    "StatusCode",
    "SQLCODE",
    "sqlcode",
    # Windows' and .NET's event ids (CODE_KEYS), written with fewer digits (`Event ID 41`).
    *("Event ID", "EventID", "EventId", "EventCode", "Event Code"),
    # A record's kind by its number (CODE_KEYS).
    *("logtype", "log_type", "msgtype", "msg_type"),
)
# Keys whose number is never negative: a signal's (`signal 9`, `SIG 15`). A negative number
# after one is a measure (Wi-Fi's `signal=-79`, dBm), masked as any small integer.
UNSIGNED_ENUM_KEYS: tuple[str, ...] = ("signal", "Signal", "SIG")
_PROTECT_MARK = "\ue000"
# A protocol and its version (`HTTP/1.1 200`, `RTSP/1.0 404`) is a key too: the status that
# follows an access log's protocol must not merge 200 with 500. A blank always stands between
# them: without one, `PJSIP/2000-00000001` (a channel name) read as protocol `PJSIP/2` and
# status `000`, and kept those digits in its template.
# So is the closing quote of a request line a status follows (aiohttp's and Python's
# `"GET /api/orders HTTP/1.1" 500 245`, which the quoted class masks with the request).
_PROTOCOL_KEY = r"[A-Z]{2,}/\d(?:\.\d)?\"?[ \t]+"
# (A sign is the key's group, so that an unsigned key can refuse one: `(key)(digits)`.)
_PROTECT = (
    rf"\b((?:(?:{'|'.join(ENUM_KEYS)})[ \t]*[=:]?[ \t]*[-+]?"
    rf"|(?:{'|'.join(UNSIGNED_ENUM_KEYS)})[ \t]*[=:]?[ \t]*|{_PROTOCOL_KEY}))(\d{{1,3}})\b"
)
# A request's target after its HTTP method (`GET /_all_dbs 200`, `PUT /_up`, `GET / HTTP/1.1`) is
# the request's variable, as a path of two components is; one component alone (`/admin`) is a
# word elsewhere (`path`). RE2 has no lookbehind: the target gets the mark `_PROTECT` gives a
# kept integer (`\1` the method, `\2` the slash), which the `path` class reads as a target's
# start and the unmark pass drops where no class took it (the frozen fp1 classes).
_REQUEST_TARGET = r"\b((?:GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH)[ \t]+)(/)"
# Error codes named by their key (`SQL Error: 1213, SQLState: 40001`, `errno=10054`,
# `[WinError 10054]`, `SQLSTATE[23000]`) tell one failure from another as a status does, but
# have four or five digits, which the number class masks: a deadlock (1213) and a lock wait
# timeout (1205) made one template. While the classes run, such a code's digits are hidden as
# private-use stand-ins (U+E010 to U+E019, one per digit, so nothing moves) and shown after.
CODE_KEYS: tuple[str, ...] = (
    *("SQLState", "SQLSTATE", "sqlstate", "SqlState", "SQL Error", "SQL error"),
    *("error code", "Error code", "Error Code", "ERROR CODE", "errorCode", "ErrorCode"),
    *("error_code", "Error_code", "ERROR_CODE", "errno", "Errno", "ERRNO", "WinError"),
    # An error's number right after the word (`Error 1045: Access denied`, `error 1213`).
    *("Error", "error", "ERROR"),
    # Windows' event ids, as exported text and forwarders write them (`Event ID 4625`, a
    # failed logon; `EventCode=4740`, a locked account) and .NET's `EventId`: the catalogue
    # number of what happened, not one event's id. (A lower-case `eventid=` is an instance's:
    # Zabbix's `eventid=42387`.)
    *("Event ID", "EventID", "EventId", "EventCode", "Event Code"),
    # An error's number so named (.NET's SqlException: `Error Number:2627,State:1,Class:14`).
    *("Error Number", "error number", "Error number"),
    # The number of a record's kind, where a record says what happened by it and no message
    # (OpenCanary's alerts: `"logtype": 4002`, an SSH login attempt; `3000`, an HTTP GET).
    *("logtype", "log_type", "msgtype", "msg_type"),
)
# One run of blanks can be taken only one way (`[=:]` opens the second): Python's re meets this
# pattern on text of up to MINE_CHARS (the rows `_mask_distinct` rewrites), and two adjacent
# runs of `[ \t]*` made a key before 16,000 blanks cost seconds.
_CODE = rf"\b((?:{'|'.join(CODE_KEYS)})[ \t]*(?:[=:][ \t]*)?\[?)(\d{{4,5}})\b"
# Written in hex after a key that names a code (Windows' HRESULTs and NTSTATUS codes:
# `failed to install ... with error 0x80070643`, `[HRESULT = 0x800f0805 - ...]`, `exited with
# code 0xC0000005`; OpenSSL's `error:0A000086:`, eight hex digits glued to `error:`): a code
# too, which the hex and id classes masked, so every failure of an update was one problem.
HEX_CODE_KEYS: tuple[str, ...] = (
    *CODE_KEYS,
    *("code", "Code", "status", "Status", "HRESULT", "hresult", "hr", "NTSTATUS"),
)
_HEX_CODE = (
    rf"\b((?:{'|'.join(HEX_CODE_KEYS)})[ \t]*(?:[=:][ \t]*)?\[?)(0[xX][0-9A-Fa-f]{{1,8}})\b"
    r"|\b(error:)([0-9A-F]{8}):"
    # A SQLSTATE, five digits or capitals (PostgreSQL's `(SQLSTATE 40P01)`, a deadlock,
    # `HY000`), which the id class masked when it holds a letter.
    r"|\b((?:SQLSTATE|SQLState|sqlstate|SqlState)[ \t]*(?:[=:][ \t]*)?\[?)([0-9A-Z]{5})\b"
)
# Codes that name a problem by their own shape, as a catalogue numbers its messages: a few
# capitals and a number (Apache's `AH00558`, Oracle's `ORA-00942`, MySQL's `MY-010116`,
# WildFly's `WFLYCTL0013`, TypeScript's `TS2304`, Db2's `SQL0911N`, SQLSTATE's `HY000`), an
# identifier in capitals and underscores with a digit (ISC Kea's `DHCP4_LEASE_ALLOC`,
# OpenSSL's `SSLV3_ALERT_HANDSHAKE_FAILURE`) or a facility, a severity digit and a mnemonic
# (`%LINK-3-UPDOWN`). The id class masked them (`<*>: table or view does not exist`; every
# Kea message opened with `<*>`). Only where a code stands, its name for what follows or its
# own tag: opening the message, after a label's `: ` or an opening bracket, or right before a
# `:` or a closing bracket (`ORA-00942:`, `[MY-010116]`, `(HY000)`); a code of one letter
# (MongoDB's `E11000`) only where it opens the text, or in brackets glued to the word it
# numbers (rustc's `error[E0308]`; a connection's `[C661]` stands alone: an id). Such a token
# anywhere else is an id as the id class takes it (`Added SKU-36261 x146 to cart`); one that
# varies where a code stands is the miner's to find, by its many values.
# Every run is bounded (a code's part is short): unbounded, a run of capitals and digits with
# no `_` after it (`ED2551ED2551...`, 20,000 characters) was tried at each of its digits from
# each start, and took Python's re minutes (tests/test_regex_worst_case.py).
_SNAKE_PART = "[A-Z][A-Z0-9]{0,31}"
_CODE_SHAPE = (
    r"%?(?:[A-Z]{2,8}-?\d{3,6}[A-Z]?"
    rf"|{_SNAKE_PART}\d[A-Z0-9]{{0,31}}(?:_{_SNAKE_PART}){{1,8}}"
    rf"|(?:{_SNAKE_PART}_){{1,8}}[A-Z]{{1,32}}\d[A-Z0-9]{{0,31}}(?:_{_SNAKE_PART}){{0,8}}"
    r"|[A-Z][A-Z0-9_]{1,64}-\d-[A-Z0-9_]{1,64})"
)
# ... but for a token of ten or more hex digits and capitals A to F alone: a hex id, which may
# open with letters and end in digits (Postfix's queue id `CAAA351493C: ...`, one in fifty).
_CODE_SHAPE_PY = rf"(?![0-9A-F]{{10,}}(?![\w-])){_CODE_SHAPE}"
_ONE_LETTER_CODE = r"[A-Z]\d{4,6}"
# (RE2 has no lookaround: the rows a code may be in are found by this pattern, a superset; the
# codes themselves by `_CODE_TOKEN_RE`, with Python's.)
# A code is a whole token: what follows it ends it (a blank, `:`, a closing bracket, `,`, `;`,
# a sentence's `.`), never more of a name (`[ABCD1234-5678-...]` is a UUID, `[AB1234.txt]` a
# file).
_CODE_END = r"[ \t:\]),;]|\.?$|\.[ \t]"
# Codes that name a problem wherever they stand, by a shape no id has:
# - an SMTP reply and its enhanced status, the class digit the same in both (RFC 3463: `550
#   5.1.1` a recipient unknown, `452 4.2.2` a mailbox full, `554 5.7.1` a refusal), as
#   Postfix's `said: ...`, Exim's `SMTP error ...` and any mail client write the remote's reply;
#   the number class masked both parts, so every bounce was one problem;
# - an HTTP status followed by its reason phrase (RFC 9110's, Spring's `NOT_FOUND` spelling,
#   requests' `Server Error`), quoted after `message=` too (aiohttp's `429, message='Too Many
#   Requests'`), after a colon (urllib's `HTTP Error 404: Not Found`), in parentheses (.NET's
#   `does not indicate success: 503 (Service Unavailable).`) or quotes (Ruby's `502 "Bad
#   Gateway"`), where no key names the status (`503 Service Unavailable: [no body]`);
# - a CVE id (`CVE-2024-0727`), a vulnerability's name in the public catalogue: a scanner's
#   line is about that vulnerability, and another one is another fix.
# (RE2's patterns find the rows, a superset; Python's, with a backreference and lookaround,
# the codes. The class digits are compared by a backreference, which reads a message with its
# digits turned into `1` (the fast path's shape) as a match whenever the message is one.)
_SMTP_REPLY = r"\d{3} \d\.\d{1,3}\.\d{1,3}"
_SMTP_REPLY_PY = r"(?<![\w.])(?P<smtp_class>\d)\d\d (?P=smtp_class)\.\d{1,3}\.\d{1,3}(?!\w|\.\d)"
# Each status's reason phrases (RFC 9110's, and the older RFCs' that servers still write);
# requests' `Server Error` and `Client Error` name a class of them.
HTTP_REASONS: dict[str, tuple[str, ...]] = {
    **{"100": ("Continue",), "101": ("Switching Protocols",), "200": ("OK",)},
    **{"201": ("Created",), "202": ("Accepted",), "203": ("Non-Authoritative Information",)},
    **{"204": ("No Content",), "205": ("Reset Content",), "206": ("Partial Content",)},
    **{"300": ("Multiple Choices",), "301": ("Moved Permanently",), "303": ("See Other",)},
    **{"302": ("Found", "Moved Temporarily"), "304": ("Not Modified",)},
    **{"307": ("Temporary Redirect",), "308": ("Permanent Redirect",)},
    **{"400": ("Bad Request",), "401": ("Unauthorized",), "402": ("Payment Required",)},
    **{"403": ("Forbidden",), "404": ("Not Found",), "405": ("Method Not Allowed",)},
    **{"406": ("Not Acceptable",), "407": ("Proxy Authentication Required",)},
    **{"408": ("Request Timeout", "Request Time-out"), "409": ("Conflict",), "410": ("Gone",)},
    **{"411": ("Length Required",), "412": ("Precondition Failed",)},
    **{"413": ("Payload Too Large", "Request Entity Too Large", "Content Too Large")},
    **{"414": ("URI Too Long", "Request-URI Too Long"), "415": ("Unsupported Media Type",)},
    **{"416": ("Range Not Satisfiable", "Requested Range Not Satisfiable")},
    **{"417": ("Expectation Failed",), "421": ("Misdirected Request",)},
    **{"422": ("Unprocessable Entity", "Unprocessable Content"), "425": ("Too Early",)},
    **{"426": ("Upgrade Required",), "428": ("Precondition Required",)},
    **{"429": ("Too Many Requests",), "431": ("Request Header Fields Too Large",)},
    **{"451": ("Unavailable For Legal Reasons",), "500": ("Internal Server Error",)},
    **{"501": ("Not Implemented",), "502": ("Bad Gateway",), "503": ("Service Unavailable",)},
    **{"504": ("Gateway Timeout", "Gateway Time-out"), "505": ("HTTP Version Not Supported",)},
    **{"507": ("Insufficient Storage",), "511": ("Network Authentication Required",)},
    **{"4\\d\\d": ("Client Error",), "5\\d\\d": ("Server Error",)},
}


def _spellings(phrases: Iterable[str]) -> str:
    """The phrases as written and as an enum's constants (Spring's `SERVICE_UNAVAILABLE`)."""
    phrases = tuple(phrases)
    upper = {p.upper().replace(" ", "_").replace("-", "_") for p in phrases}
    return "|".join(sorted({*phrases, *upper}))


_AFTER_STATUS = r"(?::?[ \t][(\"']?|,[ \t]*(?:message|reason)=[\"']?)"
_REASON_AFTER = rf"{_AFTER_STATUS}(?:{_spellings(p for ps in HTTP_REASONS.values() for p in ps)})\b"
# An enhanced status alone, where a label's text opens with it and a sentence in lower case
# follows (Postfix's `header_checks` REJECT: `...: 5.7.1 message content rejected`): its class
# (2, 4 or 5) and subject (0 to 7) tell it from a version (`: 3.0.16 (stable)`). RE2 reads
# any digits (the fast path's promise); Python names them, in a message's own digits, or in a
# digit shape's (`_mask_by_shape`: `1` for any of 1 to 9, so a shape that may hold a code is
# masked from its messages' own text).
_ENHANCED_STATUS = r": \d\.\d\.\d{1,3} [a-z]"
_ENHANCED_STATUS_PY = r"(?<=: )[245]\.[0-7]\.\d{1,3}(?= [a-z])"
_ENHANCED_STATUS_SHAPE = r"(?<=: )[1]\.[01]\.\d{1,3}(?= [a-z])"
# (A masked message holds a kept status with its phrase masked, `429, message=<*>`, Ruby's
# `502 <*>`: read as a status again, masking it changes nothing. A message as logged holds
# no `<*>`.)
_MASKED_REASON_AFTER = r"(?::?[ \t]|,[ \t]*(?:message|reason)=)<\*>"
_HTTP_STATUS = rf"\b\d{{3}}(?:{_REASON_AFTER}|{_MASKED_REASON_AFTER})"
# (Python reads a status with its own phrases, `404 Not Found`: `job 123 OK` is a job's; a
# digit shape, `111 OK`, with any of them.)
_HTTP_STATUS_PY = (
    "(?<![\\w.-])(?:"
    + "|".join(
        rf"{status}(?={_AFTER_STATUS}(?:{_spellings(phrases)})\b)"
        for status, phrases in HTTP_REASONS.items()
    )
    + rf"|[1-5]\d\d(?={_MASKED_REASON_AFTER}))"
)
_HTTP_STATUS_SHAPE = rf"(?<![\w.-])[1-5]\d\d(?={_REASON_AFTER}|{_MASKED_REASON_AFTER})"
# - a database's error number with its SQLSTATE: MySQL's and MariaDB's clients' `ERROR 1045
#   (28000): Access denied ...` (their level word read off, the number opens the message),
#   `ERROR 1064 (42000) at line 1: ...`; PDO's `SQLSTATE[HY000] [2002] Connection refused`,
#   the driver's number in brackets after the SQLSTATE's.
_SQL_ERROR_NUMBER = r"\d{4,5} \([0-9A-Z]{5}\)(?::| at )|SQLSTATE\[[0-9A-Z]{5}\] \[\d{4,5}\]"
_SQL_ERROR_NUMBER_PY = (
    # (Digits hidden already are a code's: `_hide_codes` takes the keyed codes first, the
    # number after `ERROR` and the SQLSTATE after its key.)
    "(?<![\\w.-])[0-9\ue010-\ue019]{4,5} \\([0-9A-Z]{5}\\)(?=:| at )"
    "|(?<=SQLSTATE\\[[0-9A-Z\ue010-\ue019]{5}\\] \\[)\\d{4,5}(?=\\])"
)
# - a code and its message printed as a pair, as Python prints an exception's arguments: MySQL
#   drivers' `(2006, 'MySQL server has gone away')`, smtplib's `(550, b'5.1.1 ...')`; the
#   message is a quoted value, so every error was one template. The message opens with a
#   capital or a digit (`(8123, 'alice')`, an id and a name, is a row's);
# - an enhanced status after `dsn=` (RFC 3464's delivery status, as Postfix and Sendmail log
#   each delivery: `dsn=5.1.1, stat=User unknown`), which the number class masked.
# (And in a masked message, the pair with its message masked: `(2006, <*>)`.)
_PAIRED_MESSAGE = r"(?:b?[\"'](?:[A-Z0-9]|<\*>)|<\*>\))"
_CODE_PAIR = rf"\(\d{{3,5}},[ \t]*{_PAIRED_MESSAGE}|\bdsn=\d\.\d{{1,3}}\.\d{{1,3}}\b"
_CODE_PAIR_PY = (
    rf"(?<=\()\d{{3,5}}(?=,[ \t]*{_PAIRED_MESSAGE})"
    r"|(?<=\bdsn=)\d\.\d{1,3}\.\d{1,3}(?!\w|\.\d)"
)
# - a status or errno after `error:`, ending the text or before what is no sentence: curl's
#   `The requested URL returned error: 503`, an ACME server's `error: 429 :: ...`, Envoy's
#   `delayed connect error: 111` (not a count, `Error: 2 files failed`; not `error 888`
#   without the colon, CouchDB's request time after its outcome word).
_ERROR_STATUS = r"\b(?:error|Error|ERROR): ?\d{1,3}\b"
_ERROR_STATUS_PY = (
    r"(?:(?<=\b[Ee]rror: )|(?<=\bERROR: )|(?<=\b[Ee]rror:)|(?<=\bERROR:))"
    r"\d{1,3}(?![\w.]| [a-z])"
)
_CVE = r"\bCVE-\d{4}-\d{4,7}\b"
_CVE_PY = r"(?<![\w-])CVE-\d{4}-\d{4,7}(?![\w-])"
# - capitals and digits right after `code` (npm's `npm error code E404`, `code=E11000`): the
#   error's code, as the word says, not an id (`E401` and `E404` are a login and a package).
_NAMED_CODE = r"[A-Z]{1,8}\d{1,6}"
_CODE_TOKEN = (
    rf"(?:^|: |[\[(]){_CODE_SHAPE}(?:{_CODE_END})|(?:^|[^A-Za-z0-9_.%]){_CODE_SHAPE}[:\])]"
    rf"|\bcode(?: |=|: ?){_NAMED_CODE}(?:{_CODE_END})"
    rf"|(?:^|: ){_ONE_LETTER_CODE}(?:{_CODE_END})"
    rf"|[A-Za-z]\[{_ONE_LETTER_CODE}\]"
    rf"|{_SMTP_REPLY}|{_ENHANCED_STATUS}|{_HTTP_STATUS}|{_SQL_ERROR_NUMBER}|{_CODE_PAIR}|{_ERROR_STATUS}|{_CVE}"
)
_CODE_TOKEN_PY_WHOLE = (
    rf"(?:^|(?<=: )|(?<=[\[(])){_CODE_SHAPE_PY}(?={_CODE_END})"
    rf"|(?:(?<=\bcode )|(?<=\bcode=)|(?<=\bcode:)|(?<=\bcode: )){_NAMED_CODE}(?={_CODE_END})"
    rf"|(?<![A-Za-z0-9_.%]){_CODE_SHAPE_PY}(?=[:\])])"
    rf"|(?:^|(?<=: )){_ONE_LETTER_CODE}(?={_CODE_END})"
    rf"|(?<=[A-Za-z]\[){_ONE_LETTER_CODE}(?=\])"
    rf"|{_SMTP_REPLY_PY}|{_SQL_ERROR_NUMBER_PY}|{_CODE_PAIR_PY}|{_ERROR_STATUS_PY}|{_CVE_PY}"
)
_CODE_TOKEN_PY = rf"{_CODE_TOKEN_PY_WHOLE}|{_ENHANCED_STATUS_PY}|{_HTTP_STATUS_PY}"
# A key spelt with digits, before its `=` and a value (Tailscale's `udp=true v6=false
# v4a=203.0.113.40:41641`, `ipv4=`, `p99=`): the field's name, the message's wording as any
# `key=` is, which the `id` class took for a value; with its neighbour masked too,
# `udp=<*>=<*>` ran two fields into one variable. But for keys numbered in a row, one stem
# (the key without its digits) twice or more: a list's items (the audit log's `argc=3 a0=...
# a1=... a2=...`), whose count is a value, as any list's length (`_hide_digit_keys`).
_DIGIT_KEY = r"[A-Za-z][A-Za-z_]*\d[A-Za-z0-9_]*"
_DIGIT_KEY_RE2 = rf"(?:^|[ \t,{{(\[]){_DIGIT_KEY}=[^=\s]"
_DIGIT_KEY_RE = re.compile(rf"(?:^|(?<=[ \t,{{(\[])){_DIGIT_KEY}(?==[^=\s])", re.ASCII)
_CODE_TOKEN_SHAPE_PY = rf"{_CODE_TOKEN_PY_WHOLE}|{_ENHANCED_STATUS_SHAPE}|{_HTTP_STATUS_SHAPE}"
# Every pattern that finds a code whose digits are hidden (RE2, a match test).
_CODES = f"{_CODE}|{_HEX_CODE}|{_CODE_TOKEN}|{_DIGIT_KEY_RE2}"
_NO_DIGITS = str.maketrans("", "", "0123456789")
_HIDE_DIGITS = str.maketrans("0123456789", "".join(chr(0xE010 + d) for d in range(10)))
# (Shows the quotes `_hide_keys` hid too, U+E006 and U+E007: one translation shows all.)
_SHOW_DIGITS = str.maketrans(
    "".join(chr(0xE010 + d) for d in range(10)) + "\ue006\ue007", "0123456789\"'"
)
# The quoted key of an object a message embeds, after its `{` or `,` and before its `:` (Ansible's
# `fatal: [web1]: FAILED! => {"changed": false, "msg": ...}`, a Python dict's `{'rc': 1}`): the
# key is the object's wording, as `key=` is; quoted text is a value (`quoted`) everywhere
# else. Masked, every object was `{<*>: <*>, <*>: <*>}`, one template for a failed command and
# a missing package. While the classes run, such a key's quotes are hidden as private-use
# stand-ins (U+E006 for `"`, U+E007 for `'`) and shown after, as a named code's digits are.
_QUOTED_KEY = r"""([{,][ \t]*)(["'])([A-Za-z_][A-Za-z_.-]*)(["'])([ \t]*:)"""
_HIDE_QUOTES = str.maketrans("\"'", "\ue006\ue007")
# An error's text quoted after its key (hclog's and tracing's `error="ACL not found"`): the
# problem's own words, not a value; its quotes are hidden (`_hide_keys`) so that `quoted`
# leaves it whole, its values masked as a message's.
_ERROR_TEXT = r'\b(?:error|err)="'
_HIDDEN_QUOTES = f"{_QUOTED_KEY}|{_ERROR_TEXT}"
_SMALL_INT_PREFIX = r"(^|[^A-Za-z0-9_.+\-\x{E000}])"
# A run of them joined by signs (`0-0`, `retry 1-3`) is one value: taken one by one, the
# second's prefix is the first's digit, so one pass left `<*>-0` and a second made it `<*>`.
_SMALL = r"[-+]?\d{1,3}(?:[-+]\d{1,3})*\b"
_SMALL_INT = _SMALL_INT_PREFIX + _SMALL
# The small-integer and collapse passes in one, for text without marks (`mask_array`'s fast
# path): a run of masks and small integers separated by blanks becomes one MASK, a lone small
# integer becomes MASK after its prefix character, a lone MASK does not match. Equal to the two
# passes in turn because `_SMALL_INT` takes an integer by its prefix character alone (a digit or
# sign is never one, so its matches cannot overlap): inside a run, an integer after blanks or
# right after a MASK is one it masks, one right after another integer is not.
_RUN_NEXT = rf"[ \t]*<\*>(?:{_SMALL})?|[ \t]+{_SMALL}"  # the next item of a run
_SMALL_INT_COLLAPSE = (
    rf"<\*>(?:{_SMALL}|{_RUN_NEXT})(?:{_RUN_NEXT})*|{_SMALL_INT_PREFIX}{_SMALL}(?:{_RUN_NEXT})*"
)

# MASK contains none of the characters a class could start a match with except inside
# `quoted` (`"<*>"`), which masks to MASK again; collapse keeps MASK: idempotent.


def build_rules(
    disable: Iterable[str] = (),
    extra: Iterable[MaskRule | tuple[str, str]] = (),
    base: tuple[MaskRule, ...] = DEFAULT_RULES,
) -> tuple[MaskRule, ...]:
    """The default classes minus `disable` (by name), with user classes `extra` first.

    User classes come first because they are the more specific (a user adds a class for an id
    shape the defaults miss or get wrong). Raises ValueError for an unknown name or a pattern
    Python cannot compile; RE2 rejects lookaround and backreferences at first use.
    """
    off = set(disable)
    unknown = off - {r.name for r in base}
    if unknown:
        raise ValueError(f"unknown masking class(es): {', '.join(sorted(unknown))}")
    added = tuple(r if isinstance(r, MaskRule) else MaskRule(*r) for r in extra)
    for rule in added:
        re.compile(rule.pattern)
    return added + tuple(r for r in base if r.name not in off)


def configured_rules(masking: Any) -> tuple[MaskRule, ...]:
    """The classes a configuration's `[masking]` section (`Settings.masking`) asks for: what
    ingest masks with, and what anything that shows masked text to the user should use."""
    return build_rules(
        disable=[name for name, on in masking.classes.items() if not on],
        extra=[(p.name, p.regex) for p in masking.patterns],
    )


def combined_pattern(rules: tuple[MaskRule, ...] = DEFAULT_RULES) -> str:
    return "|".join(f"(?:{r.pattern})" for r in rules)


@lru_cache(maxsize=8)
def _statement_rules(rules: tuple[MaskRule, ...]) -> tuple[str, tuple[MaskRule, ...]] | None:
    """(a pattern that matches a message that opens with a SQL statement, the rules without
    the `sql` class), when `rules` hold it.

    The `sql` class makes a statement one value after the words that name it (`statement:
    <*>`, `Executing: <*>`): those words are the template. A message that is only a statement
    (a query log, an ORM's debug line) has no such words, and would be `<*>`, one template for
    every query a program runs. There the statement's own words are the template: its keywords,
    tables and columns stay, and its positional parameters (`$1`, `_PARAMETER`); the other
    classes mask its literals (quoted strings, numbers, the small integers after them), and a
    list of them after `IN` is one value (`_IN_LIST`)."""
    sql = next((r for r in rules if r.name == "sql"), None)
    if sql is None:
        return None
    return f"^[ \t]*(?:{sql.pattern})", tuple(r for r in rules if r is not sql)


def _rules_for(message: str, rules: tuple[MaskRule, ...]) -> tuple[MaskRule, ...]:
    """The rules for one message: without `sql` when the message opens with a statement."""
    statement = _statement_rules(rules)
    if statement is None or _statement_regex(statement[0]).match(message) is None:
        return rules
    return statement[1]


@lru_cache(maxsize=8)
def _statement_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


def _is_statement(message: str, rules: tuple[MaskRule, ...]) -> bool:
    statement = _statement_rules(rules)
    return statement is not None and _statement_regex(statement[0]).match(message) is not None


# In a statement alone (`_statement_rules`): a positional parameter (PostgreSQL's `$1`, `$2`)
# is the statement's own text, which a driver binds values to, not a value: its digits are
# hidden from the classes and the small-integer pass as a named code's are (`_hide_parameters`).
_PARAMETER = r"(\$)(\d{1,5})\b"
_PARAMETER_RE = re.compile(_PARAMETER, re.ASCII)
# And a list of literals after `IN`, masked, is one value whatever its length: `IN (1, 2, 3)`
# and `IN (4, 5)` are one statement, run with other ids.
_IN_LIST = r"(\b(?:IN|in|In)[ \t]*\()<\*>(?:,[ \t]*<\*>)+\)"
_IN_LIST_RE = re.compile(_IN_LIST, re.ASCII)


def _hide_parameters(text: str) -> str:
    return _PARAMETER_RE.sub(lambda m: m[1] + m[2].translate(_HIDE_DIGITS), text)


@lru_cache(maxsize=8)
def _python_regex(rules: tuple[MaskRule, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{r.name}>{r.pattern})" for r in rules), re.ASCII)


_COLLAPSE_RE = re.compile(_COLLAPSE, re.ASCII)
_FP1_COLLAPSE_RE = re.compile(_FP1_COLLAPSE)
_LIST_RE = re.compile(_LIST, re.ASCII)
_FIELD_LIST_RE = re.compile(_FIELD_LIST, re.ASCII)
_PROTECT_RE = re.compile(_PROTECT, re.ASCII)
_REQUEST_TARGET_RE = re.compile(_REQUEST_TARGET, re.ASCII)
# A decimal code after its key, unless it opens a date, a time or a version (`Error
# 2024-06-11 ...`): those are the datetime and number classes' to take whole.
_CODE_RE = re.compile(_CODE + r"(?![-.:/]\d)", re.ASCII)
_HEX_CODE_RE = re.compile(_HEX_CODE, re.ASCII)
_CODE_TOKEN_RE = re.compile(_CODE_TOKEN_PY, re.ASCII)
_CODE_TOKEN_SHAPE_RE = re.compile(_CODE_TOKEN_SHAPE_PY, re.ASCII)
_CODES_RE = re.compile(
    f"{_CODE_RE.pattern}|{_HEX_CODE}|{_CODE_TOKEN_PY}|{_DIGIT_KEY_RE.pattern}", re.ASCII
)


def _hide_codes(text: str, digit_shape: bool = False) -> str:
    """`text` with the digits of its codes hidden; `digit_shape`: `text` is a digit shape
    (`_digits_to_one`), where a code's named digits are read as their shape's `1`."""
    text = _CODE_RE.sub(lambda m: m[1] + m[2].translate(_HIDE_DIGITS), text)
    text = _HEX_CODE_RE.sub(_hide_hex_code, text)
    tokens = _CODE_TOKEN_SHAPE_RE if digit_shape else _CODE_TOKEN_RE
    return _hide_digit_keys(tokens.sub(lambda m: m[0].translate(_HIDE_DIGITS), text))


def _hide_digit_keys(text: str) -> str:
    """`text` with the digits of its keys hidden (`_DIGIT_KEY`), but for keys numbered in a
    row. Stems, not digits, decide, so a digit shape (`_digits_to_one`) decides alike."""
    keys = list(_DIGIT_KEY_RE.finditer(text))
    if not keys:
        return text
    stems = Counter(m[0].translate(_NO_DIGITS) for m in keys)
    chars = list(text)
    for m in keys:
        if stems[m[0].translate(_NO_DIGITS)] == 1:
            chars[m.start() : m.end()] = m[0].translate(_HIDE_DIGITS)
    return "".join(chars)


def _hide_hex_code(m: re.Match[str]) -> str:
    if m[3] is not None:  # OpenSSL's `error:XXXXXXXX:`, its colon read with it
        return m[3] + m[4].translate(_HIDE_DIGITS) + ":"
    key = 1 if m[1] is not None else 5
    return m[key] + m[key + 1].translate(_HIDE_DIGITS)


def _code_spans(text: str) -> list[tuple[int, str, str]]:
    """(start, key, code) of each code `_hide_codes` keeps in `text`; the key of a code
    known by its shape is empty."""
    spans = [(m.start(2), m[1].strip(" \t=:["), m[2]) for m in _CODE_RE.finditer(text)]
    for m in _HEX_CODE_RE.finditer(text):
        key = next(k for k in (1, 3, 5) if m[k] is not None)
        spans.append((m.start(key + 1), m[key].strip(" \t=:["), m[key + 1]))
    spans += [(m.start(), "", m[0]) for m in _CODE_TOKEN_RE.finditer(text)]
    return sorted({start: (start, key, code) for start, key, code in spans}.values())


_QUOTED_KEY_RE = re.compile(_QUOTED_KEY, re.ASCII)
_HIDDEN_QUOTES_RE = re.compile(_HIDDEN_QUOTES, re.ASCII)
_ERROR_TEXT_RE = re.compile(_ERROR_TEXT + r'(?:\\.|[^"\\])*"', re.ASCII)


def _hide_keys(text: str, errors: bool = True) -> str:
    """`text` with the quotes of the keys of each object it embeds hidden (`_QUOTED_KEY`), in
    one pass: an object that is a field's value (`cmd=[{"prefix": "status"}]`, Ceph's audit
    log) is that field's value, keys and all, as the miner takes any `key=`'s value. With
    `errors` (not fp1's masking), the quotes of an error's text after `error=` or `err=` too,
    the escaped ones inside it with them (`_ERROR_TEXT`)."""
    chars = list(text)
    worded: list[bool] = []  # for each open brace before the scan's place: its keys are words
    pos = 0
    for m in _QUOTED_KEY_RE.finditer(text):
        for i in range(pos, m.start(2)):
            if text[i] == "{":
                worded.append(_embedded_object(text, i, worded))
            elif text[i] == "}" and worded:
                worded.pop()
        pos = m.start(2)
        if worded and worded[-1]:
            chars[m.start(2)] = m[2].translate(_HIDE_QUOTES)
            chars[m.start(4)] = m[4].translate(_HIDE_QUOTES)
    for m in _ERROR_TEXT_RE.finditer(text) if errors else ():
        chars[m.end() - 1] = "\ue006"
        for i in range(m.start(), m.end() - 1):
            if text[i] == '"':
                chars[i] = "\ue006"
    return "".join(chars)


def _embedded_object(text: str, brace: int, enclosing: list[bool]) -> bool:
    """Whether the object opening at `brace` is the message's own (its keys words): not after
    a field's `=` (`cmd={`, `cmd=[{`); an object a key holds is as its enclosing one."""
    before = text[brace - 1] if brace else ""
    if before == "[" and brace > 1:
        before = text[brace - 2]
    if before == "=":
        return False
    if before in (":", " ") and enclosing:
        return enclosing[-1]
    return True


_SMALL_INT_RE = re.compile(_SMALL_INT.replace("\\x{E000}", "\\ue000"), re.ASCII)


EXPLAIN_CHARS = 4000
"""`explain_masks` reads this many leading characters: naming each token's class takes a Python
match from its start, which on hostile text (`1.1.1.` repeated) scans the rest of the run, so
the whole is quadratic in the length; a person reads no more than this anyway."""

_OPEN, _CLOSE = "\ue001", "\ue002"  # private-use marks around each masked token (explain)
_KEY = "\ue005"  # and before the key of a kept one


PYTHON_MASK_CHARS = 256
"""`mask_message` uses Python's `re` up to this length (about 0.15 ms a message; even hostile
text costs a few ms at this size) and RE2 above it (linear, but each call compiles the
classes again: about 5 ms). The results are the same (tests hold them equal)."""


def mask_message(
    message: str, rules: tuple[MaskRule, ...] = DEFAULT_RULES, *, named_codes: bool = True
) -> str:
    """The masked form of one message (what `mask_array` gives), in linear time on long text.

    `named_codes=False` masks error codes after their keys (CODE_KEYS) as any number: the
    masking an exception value's fingerprint was defined with (docs/fingerprints.md), which
    must not move."""
    if len(message) <= PYTHON_MASK_CHARS:
        return mask_message_python(message, rules, named_codes=named_codes)
    masked = mask_array(pa.array([message], pa.string()), rules, named_codes=named_codes)
    return masked[0].as_py()


def mask_message_python(
    message: str, rules: tuple[MaskRule, ...] = DEFAULT_RULES, *, named_codes: bool = True
) -> str:
    """`mask_message` with Python's `re`: the reference the tests hold RE2's result to. Not
    linear on hostile input (module docstring): never call it on log text in errctl."""
    if rules is not FP1_RULES and " . " in message:
        message = _ONE_DOT_LEADER_RE.sub("  \\1", message)
    statement = _is_statement(message, rules)
    rules = _rules_for(message, rules)
    coded = named_codes and _CODES_RE.search(message) is not None
    if coded:
        message = _hide_codes(message)
    if _HIDDEN_QUOTES_RE.search(message) is not None:
        message = _hide_keys(message, errors=rules is not FP1_RULES)
        coded = True  # (shown with the codes' digits)
    parameters = statement and _PARAMETER_RE.search(message) is not None
    if parameters:
        message = _hide_parameters(message)
    marked = _PROTECT_RE.sub("\\1" + _PROTECT_MARK + "\\2", message)
    marked = _REQUEST_TARGET_RE.sub("\\1" + _PROTECT_MARK + "\\2", marked)
    masked = _python_regex(rules).sub(MASK, marked)
    collapse = _FP1_COLLAPSE_RE if rules is FP1_RULES else _COLLAPSE_RE
    if collapse is _COLLAPSE_RE:
        masked = _LEADER_RE.sub(" ", masked)
    masked = _SMALL_INT_RE.sub("\\1" + MASK, masked)
    masked = collapse.sub(MASK, masked.replace(_PROTECT_MARK, ""))
    if collapse is _COLLAPSE_RE:
        masked = one_value_a_list(masked)
    if statement:
        masked = _IN_LIST_RE.sub("\\1" + MASK + ")", masked)
    return masked.translate(_SHOW_DIGITS) if coded or parameters else masked


def explain_masks(
    message: str, rules: tuple[MaskRule, ...] = DEFAULT_RULES, *, named_codes: bool = True
) -> list[tuple[str, str]]:
    """Which tokens the classes masked and which class masked each, in message order:
    [(class, token), ...], in the first EXPLAIN_CHARS characters. (`explain_masking` adds the
    small integers, which no class masks.)

    RE2 finds the tokens (linear time, module docstring); Python's `re` then names each one's
    class with a match anchored where the token starts.
    """
    _, coded, parameters, spans = _class_spans(message, rules, named_codes)
    hidden = coded or parameters
    return [(cls, token.translate(_SHOW_DIGITS) if hidden else token) for _, cls, token in spans]


SMALL_INT = "small-int"
"""The name `explain_masking` gives a small integer it masks: no class, the pass after them."""


def explain_masking(
    message: str, rules: tuple[MaskRule, ...] = DEFAULT_RULES, *, named_codes: bool = True
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Everything masking did to a message's first EXPLAIN_CHARS characters: (masked, kept).

    `masked`: every token that became `<*>`, in message order, as (class, token): the classes'
    (as `explain_masks`) and SMALL_INT for the small integers the pass after them masks.
    `kept`: the integers left as written because the key before them names an enumeration
    or an error code (ENUM_KEYS, a protocol version, CODE_KEYS), as (key, token): `HTTP 500`
    and `HTTP 404` stay two problems.

    All matching is RE2's (linear), as `explain_masks`; positions are kept by replacing each
    class's token by private-use characters of its length, which read as `<*>` does to the
    small-integer pass (not a digit, sign or word character).
    """
    masked, kept = _masking_spans(message, rules, named_codes)
    return [(cls, token) for _, cls, token in masked], [(key, token) for _, key, token in kept]


def _masking_spans(
    message: str, rules: tuple[MaskRule, ...], named_codes: bool
) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """`explain_masking` with each token's start (in the message's first EXPLAIN_CHARS
    characters, less any private-use marks explain uses)."""
    text, coded, parameters, spans = _class_spans(message, rules, named_codes)
    hidden = coded or parameters
    masked = [(start, cls, token.translate(_SHOW_DIGITS) if hidden else token)
              for start, cls, token in spans]  # fmt: skip
    taken = bytearray(len(text))  # 1 where a class's token lies
    for start, _, token in spans:
        taken[start : start + len(token)] = b"\x01" * len(token)
    kept: list[tuple[int, str, str]] = []
    blank = list(text)
    for start, _, token in spans:
        blank[start : start + len(token)] = "\ue003" * len(token)
    for key, (start, end) in _re2_spans(text, _PROTECT):
        if not any(taken[start:end]):
            if key[-1:] in "-+":  # the sign is the number's, read with the key
                start -= 1
                key = key[:-1]
            kept.append((start, key.strip(" \t=:"), text[start:end]))
            # The pipeline marks these with U+E000, which no small integer may follow.
            blank[start:end] = _PROTECT_MARK * (end - start)
    if coded:  # the codes' digits are hidden (not digits) in `text`: shown here
        kept += _code_spans(message[:EXPLAIN_CHARS])
    if parameters:  # a statement's parameters (`$1`), outside the classes' tokens
        for m in _PARAMETER_RE.finditer(text.translate(_SHOW_DIGITS)):
            if not taken[m.start(2)]:
                kept.append((m.start(2), m[1], m[2]))
    small = _SMALL_INT_PREFIX + "(" + _SMALL + ")"
    for _, (start, end) in _re2_spans("".join(blank), small):
        masked.append((start, SMALL_INT, text[start:end]))
    return sorted(masked), sorted(kept)


def _class_spans(
    message: str, rules: tuple[MaskRule, ...], named_codes: bool
) -> tuple[str, bool, bool, list[tuple[int, str, str]]]:
    """(the text the classes ran on, whether named codes were hidden in it, whether a
    statement's parameters were (`$1`), and each token a class masked as (start in that text,
    class, token as there)).

    As the pipeline does, the classes run with the kept small integers marked (`code3` is no
    id: `code` and a status), the marks left out of the positions and tokens given back."""
    message = message[:EXPLAIN_CHARS]
    for mark in (_OPEN, _CLOSE, _KEY):
        if mark in message:
            message = message.replace(mark, "")
    if rules is not FP1_RULES and " . " in message:
        message = _ONE_DOT_LEADER_RE.sub("  \\1", message)
    statement = _is_statement(message, rules)
    rules = _rules_for(message, rules)
    coded = named_codes and _CODES_RE.search(message) is not None
    if coded:  # a named error code stays (CODE_KEYS): no class matches it
        message = _hide_codes(message)
    if _HIDDEN_QUOTES_RE.search(message) is not None:  # and an embedded object's keys
        message = _hide_keys(message, errors=rules is not FP1_RULES)
        coded = True
    parameters = statement and _PARAMETER_RE.search(message) is not None
    if parameters:  # and a statement's parameter (`$1`)
        message = _hide_parameters(message)
    inserts = sorted(
        start
        for pattern in (_PROTECT, _REQUEST_TARGET)
        for _, (start, _) in _re2_spans(message, pattern)
    )
    text = message
    for k, at in enumerate(inserts):  # the marks, at their places in the marked text
        at += k
        text = text[:at] + _PROTECT_MARK + text[at:]
    marked = pc.replace_substring_regex(
        pa.array([text], pa.string()), combined_pattern(rules), _OPEN + "\\0" + _CLOSE
    )[0].as_py()
    regex = _python_regex(rules)
    found: list[tuple[int, str, str]] = []
    pos = 0  # in `text`
    for i, piece in enumerate(marked.split(_OPEN)):
        if i:
            token, _, rest = piece.partition(_CLOSE)
            m = regex.match(text, pos)
            same = m is not None and m.end() == pos + len(token)
            cls = (m.lastgroup or "?") if same else "?"  # type: ignore[union-attr]
            if inserts:  # back to the message's positions, its own characters
                start = pos - bisect_left([a + k for k, a in enumerate(inserts)], pos)
                token = message[start : start + len(token) - token.count(_PROTECT_MARK)]
                found.append((start, cls, token))
            else:
                found.append((pos, cls, token))
            pos += len(piece.partition(_CLOSE)[0])
            piece = rest
        pos += len(piece)
    return message, coded, parameters, found


def _re2_spans(text: str, pattern: str) -> list[tuple[str, tuple[int, int]]]:
    """(group 1, the span of group 2) of each match of `pattern`, whose two groups make the
    whole match, found by RE2 (linear): the groups are marked, then read off. `text` holds no
    _OPEN, _CLOSE or _KEY."""
    marked = pc.replace_substring_regex(
        pa.array([text], pa.string()), pattern, _KEY + "\\1" + _OPEN + "\\2" + _CLOSE
    )[0].as_py()
    spans: list[tuple[str, tuple[int, int]]] = []
    pos = 0  # in `text`
    for i, piece in enumerate(marked.split(_KEY)):
        if i:
            key, _, piece = piece.partition(_OPEN)
            token, _, rest = piece.partition(_CLOSE)
            pos += len(key)
            spans.append((key, (pos, pos + len(token))))
            pos += len(token)
            piece = rest
        pos += len(piece)
    return spans


PARALLEL_ROWS = 200_000
"""`mask_array` cuts a column of at least this many rows (of distinct values, where it masks
each distinct message) into `_PARTS` parts masked on their own threads; below it a thread costs
more than it saves."""
_PARTS = min(2, os.cpu_count() or 1)


def mask_array(
    messages: pa.Array, rules: tuple[MaskRule, ...] = DEFAULT_RULES, *, named_codes: bool = True
) -> pa.Array:
    """Masked messages for a column, vectorised over its distinct digit shapes (module
    docstring); nulls stay null."""
    values, indices = mask_encoded(messages, rules, named_codes=named_codes)
    return pc.take(values, indices)


def mask_encoded(
    messages: pa.Array | pa.ChunkedArray,
    rules: tuple[MaskRule, ...] = DEFAULT_RULES,
    *,
    named_codes: bool = True,
) -> tuple[pa.Array, pa.Array]:
    """`mask_array` as masked values and each row's index into them (null for a null row),
    without spreading the values over the rows: a caller that works on distinct masks (the
    miner) skips copying every row's text. The values need not be distinct (two digit shapes
    can mask alike, two parts of a column hold the same shape); a value no row has is null."""
    if isinstance(messages, pa.ChunkedArray):
        messages = messages.combine_chunks()
    if pa.types.is_dictionary(messages.type):  # distinct values already
        values, indices = mask_encoded(messages.dictionary, rules, named_codes=named_codes)
        return values, pc.take(indices, messages.indices)
    if not _treats_digits_alike(rules):
        return _mask_each_distinct(messages, rules, named_codes, parallel=True)
    n = len(messages)
    if _PARTS < 2 or n < PARALLEL_ROWS:
        return _mask_by_shape(messages, rules, named_codes)
    # Each row's mask depends on that row alone: the rows are cut in parts, each part's
    # shapes found and masked on its own thread (Arrow's kernels release the GIL). A shape
    # found in two parts is masked twice.
    step = -(-n // _PARTS)
    parts = [messages.slice(start, step) for start in range(0, n, step)]
    with ThreadPoolExecutor(len(parts)) as pool:
        done = list(pool.map(lambda p: _mask_by_shape(p, rules, named_codes), parts))
    values, indices, offset = [], [], 0
    for part_values, part_indices in done:
        values.append(part_values)
        indices.append(pc.add(part_indices, pa.scalar(offset, part_indices.type)))
        offset += len(part_values)
    return pa.concat_arrays(values), pa.concat_arrays(indices)


def _mask_by_shape(
    messages: pa.Array, rules: tuple[MaskRule, ...], named_codes: bool
) -> tuple[pa.Array, pa.Array]:
    """`mask_encoded` of a plain column, masked once per digit shape (module docstring), on
    this thread."""
    shapes = pc.dictionary_encode(_digits_to_one(messages))
    masked = _mask_distinct(shapes.dictionary, rules, named_codes, digit_shapes=True)
    # A shape whose mask kept a digit copied it from the message: those rows are masked from
    # their own text, their masks appended to the values.
    keeps_digit = pc.fill_null(pc.match_substring_regex(masked, "[0-9]"), False)
    if not pc.any(keeps_digit).as_py():
        return masked, shapes.indices
    rows = pc.fill_null(pc.take(keeps_digit, shapes.indices), False)
    exact, exact_indices = _mask_each_distinct(
        pc.filter(messages, rows), rules, named_codes, parallel=False
    )
    indices = pc.replace_with_mask(
        shapes.indices, rows, pc.add(exact_indices, pa.scalar(len(masked), pa.int32()))
    )
    # Those shapes' own masks are no row's now (`code: 100` for `code: 200`): null, so that
    # a caller working on the distinct values (the miner) never takes them for messages.
    masked = pc.if_else(keeps_digit, pa.scalar(None, masked.type), masked)
    return pa.concat_arrays([masked, exact]), indices


def _mask_each_distinct(
    messages: pa.Array, rules: tuple[MaskRule, ...], named_codes: bool, parallel: bool
) -> tuple[pa.Array, pa.Array]:
    encoded = pc.dictionary_encode(messages)
    masked = _mask_distinct_parallel(encoded.dictionary, rules, named_codes, parallel)
    return masked, encoded.indices


def _mask_distinct_parallel(
    values: pa.Array, rules: tuple[MaskRule, ...], named_codes: bool, parallel: bool
) -> pa.Array:
    """`_mask_distinct`, a large column cut in `_PARTS` parts masked on their own threads
    (unless it is a part already: `parallel` false)."""
    n = len(values)
    if not parallel or _PARTS < 2 or n < PARALLEL_ROWS:
        return _mask_distinct(values, rules, named_codes)
    step = -(-n // _PARTS)
    parts = [values.slice(start, step) for start in range(0, n, step)]
    with ThreadPoolExecutor(len(parts)) as pool:
        masked = pool.map(lambda part: _mask_distinct(part, rules, named_codes), parts)
        return pa.concat_arrays(list(masked))


# Byte value to byte value: the digits 2 to 9 to `1`, every other byte to itself.
_ONE_DIGITS = pa.array([49 if 50 <= b <= 57 else b for b in range(256)], pa.uint8())


def _digits_to_one(values: pa.Array) -> pa.Array:
    """`values` with every ASCII digit but `0` turned into `1`: one translation of the data
    buffer (UTF-8 never uses ASCII bytes inside a multi-byte character; no length changes),
    as a lookup of each byte in `_ONE_DIGITS` (Arrow's `take`: twice as fast as
    `bytes.translate`, no copy to Python bytes first, and without the GIL)."""
    validity, offsets, data = values.buffers()
    if data is None or data.size == 0:
        return values
    wide = pa.types.is_large_string(values.type) or pa.types.is_large_binary(values.type)
    kind = pa.int64() if wide else pa.int32()
    edges = pa.Array.from_buffers(kind, len(values) + 1, [None, offsets], 0, values.offset)
    start, end = edges[0].as_py(), edges[-1].as_py()
    # A slice shares the buffer of the column it was cut from: only its own bytes are read.
    as_bytes = pa.Array.from_buffers(pa.uint8(), end - start, [None, data], 0, start)
    ones = pc.take(_ONE_DIGITS, as_bytes).buffers()[1]
    if start == 0:  # the offsets hold as they are
        return pa.Array.from_buffers(
            values.type, len(values), [validity, offsets, ones], values.null_count, values.offset
        )
    # Offsets from the slice's first byte, and a validity bitmap from its first row.
    rebased = pc.subtract(edges, pa.scalar(start, kind))
    valid = None if values.null_count == 0 else pc.is_valid(values)
    if rebased.offset or (valid is not None and valid.offset):  # not from their first byte
        return _digits_to_one(pa.concat_arrays([values]))
    return pa.Array.from_buffers(
        values.type,
        len(values),
        [None if valid is None else valid.buffers()[1], rebased.buffers()[1], ones],
        values.null_count,
    )


@lru_cache(maxsize=8)
def _treats_digits_alike(rules: tuple[MaskRule, ...]) -> bool:
    """Whether every pass reads the digits 1 to 9 alike: none of them as a literal, no
    character class holding some of them but not all, no backreference (which compares
    digits). `0` may be named (`0x`): `_digits_to_one` keeps it. Read with
    Python's own parser of regular expressions; a pattern it cannot read counts as no."""
    patterns = [r.pattern for r in rules]
    patterns += [
        _PROTECT,
        _CODE,
        _HEX_CODE,
        _CODE_TOKEN,
        _SMALL_INT,
        _SMALL_INT_COLLAPSE,
        _COLLAPSE,
        _QUOTE_BY_VALUE,
    ]
    patterns += [_PARAMETER, _IN_LIST]
    try:
        from re import _parser  # type: ignore[attr-defined]

        return all(_digits_alike(_parser.parse(_python_syntax(p)).data) for p in patterns)
    except Exception:  # a future Python without `re._parser`, or RE2-only syntax
        return False


def _python_syntax(pattern: str) -> str:
    return pattern.replace("\\x{E000}", "\\ue000")


def _digits_alike(items: list[tuple[Any, Any]]) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if 49 <= arg <= 57:
                return False
        elif op is c.IN:
            if len({_in_class(arg, d) for d in range(49, 58)}) != 1:
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _digits_alike(arg[2]):
                return False
        elif op is c.SUBPATTERN:
            if not _digits_alike(arg[3]):
                return False
        elif op is c.BRANCH:
            if not all(_digits_alike(branch) for branch in arg[1]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _digits_alike(arg[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _digits_alike(arg):
                return False
        elif op not in (c.AT, c.ANY):
            return False  # backreferences, conditionals, anything not known here
    return True


def _in_class(items: list[tuple[Any, Any]], code: int) -> bool:
    """Whether the character class `items` (a parsed `[...]`) holds the character `code`."""
    from re import _constants as c  # type: ignore[attr-defined]

    holds, negate = False, False
    for op, arg in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            holds |= arg == code
        elif op is c.RANGE:
            holds |= arg[0] <= code <= arg[1]
        elif op is c.CATEGORY:
            holds |= str(arg) in _DIGIT_CATEGORIES
        else:
            raise ValueError(f"unexpected item in a character class: {op}")
    return holds != negate


# Categories (`\\d`, `\\w`, ...) that hold the digits; all the others hold none of them.
_DIGIT_CATEGORIES = frozenset(
    f"CATEGORY_{kind}"
    for kind in (
        *("DIGIT", "WORD", "NOT_SPACE", "NOT_LINEBREAK", "LOC_WORD"),
        *("UNI_DIGIT", "UNI_WORD", "UNI_NOT_SPACE", "UNI_NOT_LINEBREAK"),
    )
)


def _mask_distinct(
    values: pa.Array, rules: tuple[MaskRule, ...], named_codes: bool, digit_shapes: bool = False
) -> pa.Array:
    # Only rows with an enumeration key before a small integer get a mark, and only they (or rows
    # that carry U+E000 already) have a mark to drop: one match test (no rewrite, so cheaper than
    # a pass) picks them, and the protect and unmark passes run on those rows alone.
    if rules is not FP1_RULES:
        one_dot = pc.fill_null(pc.match_substring(values, " . "), False)
        values = _on_rows(
            values, one_dot, lambda v: pc.replace_substring_regex(v, _ONE_DOT_LEADER, "  \\1")
        )
    keyed = f"{_PROTECT}|{_CODES}" if named_codes else _PROTECT
    marked = pc.fill_null(
        pc.match_substring_regex(values, f"{keyed}|{_REQUEST_TARGET}|{_HIDDEN_QUOTES}|\\x{{E000}}"),
        False,
    )
    # Named error codes (CODE_KEYS) and embedded objects' keys are rare: the marked rows are
    # asked, and only theirs are rewritten in Python.
    coded = _rows_matching(values, marked, _CODES) if named_codes else pc.and_(marked, False)
    values = _on_rows(values, coded, lambda v: _each(v, lambda s: _hide_codes(s, digit_shapes)))
    objects = _rows_matching(values, marked, _HIDDEN_QUOTES)
    errors = rules is not FP1_RULES
    values = _on_rows(values, objects, lambda v: _each(v, lambda s: _hide_keys(s, errors)))
    coded = pc.or_(coded, objects)
    values = _on_rows(
        values,
        marked,
        lambda v: pc.replace_substring_regex(
            pc.replace_substring_regex(v, _PROTECT, "\\1" + _PROTECT_MARK + "\\2"),
            _REQUEST_TARGET,
            "\\1" + _PROTECT_MARK + "\\2",
        ),
    )
    statement = _statement_rules(rules)
    opens = (
        pc.fill_null(pc.match_substring_regex(values, statement[0]), False)
        if statement is not None
        else None
    )
    if opens is None or not pc.any(opens).as_py():
        opens = parameters = None
        masked = pc.replace_substring_regex(values, combined_pattern(rules), MASK)
    else:  # a statement alone keeps its words (`_statement_rules`)
        parameters = _rows_matching(values, opens, _PARAMETER)
        values = _on_rows(values, parameters, lambda v: _each(v, _hide_parameters))
        masked = _on_rows(
            values,
            pc.invert(opens),
            lambda v: pc.replace_substring_regex(v, combined_pattern(rules), MASK),
        )
        masked = _on_rows(
            masked,
            opens,
            lambda v: pc.replace_substring_regex(v, combined_pattern(statement[1]), MASK),
        )
    # Rows without marks: small integers and collapse in one pass. Rows with marks, or with a
    # quote by a value (`_COLLAPSE`): small integers, unmark, collapse, as the module docstring
    # has them.
    collapse = _FP1_COLLAPSE if rules is FP1_RULES else _COLLAPSE
    if collapse is _COLLAPSE:
        leaders = pc.fill_null(pc.match_substring(masked, " .."), False)
        masked = _on_rows(masked, leaders, lambda v: pc.replace_substring_regex(v, _LEADER, " "))
    # (A row whose marks the classes all took, a request's target's, has none to drop: one pass.)
    two_passes = _rows_matching(masked, marked, "\\x{E000}")
    if collapse is _COLLAPSE:
        by_value = pc.fill_null(pc.match_substring_regex(masked, _QUOTE_BY_VALUE), False)
        two_passes = pc.or_(two_passes, by_value)
    masked = _on_rows(
        masked,
        pc.invert(two_passes),
        lambda v: pc.replace_substring_regex(v, _SMALL_INT_COLLAPSE, "\\1" + MASK),
    )
    masked = _on_rows(masked, two_passes, lambda v: _small_ints_unmark_collapse(v, collapse))
    if collapse is _COLLAPSE:
        lists = pc.fill_null(pc.match_substring_regex(masked, _LIST_ROWS), False)
        masked = _on_rows(masked, lists, _one_value_a_list)
    if opens is not None and parameters is not None:
        masked = _on_rows(
            masked, opens, lambda v: pc.replace_substring_regex(v, _IN_LIST, "\\1" + MASK + ")")
        )
        coded = pc.or_(coded, parameters)
    return _on_rows(masked, coded, lambda v: _each(v, lambda s: s.translate(_SHOW_DIGITS)))


def one_value_a_list(masked: str) -> str:
    """`masked` (collapsed) with each list one value (`_LIST`, then `_FIELD_LIST`), as
    `_one_value_a_list` does a column's."""
    return _FIELD_LIST_RE.sub("\\1" + MASK + "]", _LIST_RE.sub("\\1" + MASK + "\\2", masked))


def _one_value_a_list(masked: pa.Array) -> pa.Array:
    """`masked` with each list one value (`_LIST`, then `_FIELD_LIST`)."""
    masked = pc.replace_substring_regex(masked, _LIST, "\\1" + MASK + "\\2")
    return pc.replace_substring_regex(masked, _FIELD_LIST, "\\1" + MASK + "]")


def _rows_matching(values: pa.Array, rows: pa.BooleanArray, pattern: str) -> pa.BooleanArray:
    """`rows` narrowed to those whose value matches `pattern` (asked of `rows` alone)."""
    if not pc.any(rows).as_py():
        return rows
    hits = pc.fill_null(pc.match_substring_regex(pc.filter(values, rows), pattern), False)
    return pc.replace_with_mask(rows, rows, hits)


def _each(values: pa.Array, rewrite: Callable[[str], str]) -> pa.Array:
    return pa.array([None if v is None else rewrite(v) for v in values.to_pylist()], values.type)


def _small_ints_unmark_collapse(masked: pa.Array, collapse: str) -> pa.Array:
    masked = pc.replace_substring_regex(masked, _SMALL_INT, "\\1" + MASK)
    masked = pc.replace_substring(masked, _PROTECT_MARK, "")
    return pc.replace_substring_regex(masked, collapse, MASK)


def _on_rows(
    values: pa.Array, rows: pa.BooleanArray, rewrite: Callable[[pa.Array], pa.Array]
) -> pa.Array:
    """`values` with `rewrite` applied to the `rows` only (a pass over the other rows would leave
    them as they are, at the cost of a pass)."""
    picked = pc.sum(rows).as_py() or 0
    if picked == 0:
        return values
    if picked == len(values):
        return rewrite(values)
    return pc.replace_with_mask(values, rows, rewrite(pc.filter(values, rows)))
