"""A level read from a message's words, for events whose format carries none.

A syslog file on disk (`/var/log/syslog`, `messages`, `journalctl`'s text) has no severity on
its lines, nor has a program's raw output: every event would be levelless, and `top` would put
`Failed to start nginx.service` and the kernel's `Out of memory: Killed process` level with
`Starting nginx.service`. lnav reads syslog's levels from the message body the same way (its
`failed|failure|error` and `warn|not responding`); this reads whole words only, and not when
the words deny it (`0 errors`, `no error`, `errors=0`, `error-free`, `error rate`) or the word is
a counter's label in a line of statistics (`failed 0`, dnsmasq's `queries sent 841, retried 2,
failed 1`, ifconfig's `errors 0 dropped 0`).

- critical: a bracketed critical level inside the message (nginx under syslog:
  `nginx: [emerg] bind() failed`), `kernel panic`.
- error: a bracketed `[error]`/`[err]`, error words (`error`, `failed`, `failure`, `fatal`,
  `exception`, `permission denied`, `access denied`, `refused`, `unable to`, `cannot`, `could
  not`, `timed out`, `segfault`, ...), a health check's lost peer (`is DOWN`, `unreachable`),
  a pool with nothing left to serve (`has no server available`, `no live upstreams`),
  what `strerror` says of a failed system call (`Broken
  pipe`, `No such file or directory`, `No space left on device`, ...), a test runner's `FAIL`,
  a non-zero exit
  code, and the crash signs severity knows (out of memory, a killed process, a
  cluster node fenced).
- error: a mail `bounced` back to its sender (Postfix's `status=bounced`).
- warning: a bracketed `[warn]`/`[warning]`, a `WARNING: ` label in capitals (whatever the
  words after it say), `warning`, `deprecated`, `not responding`,
  `retrying`, `deferred` (work put off to be retried: Postfix's `status=deferred`), `invalid`
  (sshd's `Invalid user admin from ...`), `reject`/`rejected` and `denied` alone: a
  policy's verdict on a client's request (BIND's `query (cache) 'example.com/A/IN' denied`,
  which it logs at info), not the program failing; and a
  message the program raises an alarm with, a run of `!!!` standing at its start or end
  (uWSGI's `SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected)
  ... !!!`, `!!! no internal routing support, rebuild with pcre support !!!`), unless its
  words say worse.

A level's or mode's name given as a setting (`log_level=error`, `mode=fatal`, `Log level set
to WARN`) says how the program will log, not that something went wrong.

A test runner's verdict that the test did not fail (`PASS: gdb.base/err.exp: error message`,
jtreg's `Passed: runtime/TestCrashOnOutOfMemoryError.java`, `--- PASS: TestRetryOnError`, TAP's
`ok 3 - refuses bad input`, pytest's `test_timeout_error PASSED`) decides the line: the words
after it name the test, not a problem, and a suite of thousands of passes is no error.

The strongest level found in the first READ_CHARS characters wins. Ingest flags the event
(`level_inferred` attribute), as it flags an inferred time.
"""

from __future__ import annotations

import re

from errctl.severity.defaults import looks_like_crash

__all__ = ["READ_CHARS", "level_from_words"]

READ_CHARS = 512
"""How much of a message is read: what names a problem comes first, and a long message (a
dumped request body) must not cost more or say `error` by accident far down."""

_BRACKETED = re.compile(r"\[(emerg|alert|crit|critical|fatal|error|err|warn|warning)\]", re.I)
_BRACKETED_LEVELS = {
    "emerg": "critical",
    "alert": "critical",
    "crit": "critical",
    "critical": "critical",
    "fatal": "critical",
    "error": "error",
    "err": "error",
    "warn": "warning",
    "warning": "warning",
}

# The program's own warning label in capitals before what it says (Cacti's spine: `Device[41]
# WARNING: Invalid Response(s), Errors[2] ...`): the level it logged at, as a bracketed one is,
# not the error its words name.
_WARNING_LABEL = re.compile(r"(?<![\w-])WARN(?:ING)?: ")
# A worse label beside it (`ERROR: ... WARNING: ...`): the words decide, as before.
_WORSE_LABEL = re.compile(r"(?<![\w-])(?:ERROR|ERR|FATAL|CRIT|CRITICAL|EMERG|ALERT|PANIC): ")

# Whole words: not inside a name (`error_count`, `on_failure`, `errorHandler`, `error-free`) or
# a path (`/var/log/nginx/error.log`); a sentence's full stop may follow.
_WORD = r"(?<![\w-]){}(?![\w-]|[./]\w)"
_CRITICAL = re.compile(_WORD.format(r"kernel panic"), re.I)
_ERROR = re.compile(
    _WORD.format(
        r"(?:errors?|failed|failures?|fatal|exception|refused|unable to|cannot|can't"
        # A program refused what it needed (`open(/x): Permission denied`, EACCES) or a login
        # (`Access denied for user 'root'`): an error, as a failed password is.
        r"|(?:permission|access)(?: is)? denied"
        r"|could not|couldn't|timed out|segfault|aborted|aborting"
        # What a health check says of a peer it lost (HAProxy's `Server api/api2 is DOWN,
        # reason: Layer7 timeout`, keepalived's, a cluster's `node db-2 is unreachable`), with
        # no error word beside it; `is UP` says nothing, `is down to 3 replicas` is a count.
        r"|unreachable|(?:is|are|was|were|went) down(?! to\b)"
        # A pool left with nothing to serve (HAProxy's `backend app has no server available!`,
        # nginx's `no live upstreams`, a scheduler's `no nodes available to schedule pods`):
        # every request to it fails, whatever level the line was written at.
        r"|no (?:live )?(?:servers?|upstreams?|backends?|nodes?|hosts?|workers?|replicas?)"
        r"(?: (?:is|are))? (?:available|alive|left)|no live upstreams"
        # What `strerror` says of a system call that failed, after its caller's name
        # (`perror`'s layout: uWSGI's `uwsgi_response_writev_headers_and_body_do(): Broken
        # pipe [core/writer.c line 306]`, Go's `write: broken pipe`, Python's `[Errno 28] No
        # space left on device`): the errno's text is the error, with no error word beside it.
        r"|broken pipe|connection reset by peer|no such file or directory|too many open files"
        r"|no space left on device|bad file descriptor|operation not permitted"
        r"|address already in use|network is unreachable|no route to host"
        r"|read-only file system|transport endpoint is not connected"
        r"|software caused connection abort|disk quota exceeded|stale file handle"
        r"|no buffer space available|invalid argument|no such process"
        # A message that could not be delivered and went back to its sender (Postfix's
        # `status=bounced`, Exim's and Sendmail's bounces): the delivery failed for good.
        r"|bounced"
        # A test runner's verdict, in capitals: go test's `--- FAIL: TestServe (0.01s)` and
        # `FAIL\tgithub.com/acme/api`, Jest's `FAIL src/app.test.js`, unittest's `FAIL: test_x`
        # (the verb, `will fail over`, is no failure yet); TAP's `not ok 4 - ...`.
        r"|(?-i:FAIL)|not ok \d+"
        # A command that ended badly, as CI runners and build tools report it: `exit code 2`,
        # `exit code: 2` (BuildKit), `exit status 1` (Go's os/exec, CircleCI), `exited with
        # code 137`; `exit code 0` is none.
        r"|exit (?:code|status):? [1-9]\d{0,3}|exited with (?:code|status) [1-9]\d{0,3})"
    ),
    re.I,
)
# A test's verdict that it did not fail, opening the line (DejaGnu's `PASS:`, `XFAIL:` (failed
# as expected), `UNSUPPORTED:`, `UNTESTED:`; go test's `--- PASS:` and `--- SKIP:`; unittest's
# jtreg's `Passed:`; TAP's `ok 12`), or closing it (pytest -v's `PASSED`
# and `SKIPPED`, with its progress `[ 42%]`). In capitals or as the runners spell them: `ok,
# failed to connect` is no verdict.
_PASSED = re.compile(
    r"\s*(?:---[ \t]+)?(?:(?:PASS(?:ED)?|XFAIL|UNSUPPORTED|UNTESTED|SKIP(?:PED)?)(?::|[ \t]|\Z)"
    r"|(?:Passed|Skipped):)"
    r"|\s*ok[ \t]+\d+(?:[ \t]|\Z)"
    r"|.*[ \t](?:PASSED|SKIPPED|XFAIL)(?:[ \t]+\[[ \t]*\d+%\])?[ \t]*\Z"
)
# `denied` alone is a policy's verdict on what a client asked (BIND's `query (cache)
# 'example.com/A/IN' denied`, logged at info in its security category; `zone transfer ...
# denied`; an AppArmor or SELinux denial): worth seeing, not the program's own failure.
# So are `rejected` and `reject` (an MTA's `NOQUEUE: reject: RCPT from ...`, a firewall's or a
# queue's verdict), and `invalid` (what a client sent did not hold: sshd's `Invalid user admin
# from ...`, `invalid format`); `deferred` is work put off to be tried again (Postfix's
# `status=deferred` when the next hop answered 4xx or not at all), as `retrying` is.
_WARNING = re.compile(
    _WORD.format(
        r"(?:warnings?|deprecated|not responding|retrying|denied|reject(?:ed)?|invalid|deferred)"
    ),
    re.I,
)
# An alarm the program raises with its own punctuation: a run of three or more `!` standing
# alone at the message's start or end (`!!! ... !!!`), not an exclamation ending a word.
_ALARM = re.compile(r"\A\W*?!{3,}(?:\s|\Z)|\s!{3,}\W*\Z")
# A word that denies it: `no errors`, `0 failed`, `without error`, `errors: 0`, `failed=0`,
# `failed 0` (a counter's label and its value of zero: dnsmasq's `retried 0, failed 0`, ifconfig's
# `errors 0 dropped 0`).
_DENIED_BEFORE = re.compile(r"(?:\bno|\bzero|\bwithout|(?<![\w.])0)\s+\Z", re.I)
_DENIED_AFTER = re.compile(r"[ \t]*(?:[=:][ \t]*)?0(?!\w|[.,]\d)")
# A setting whose value is a level's or a mode's name: a start-up line that says how the program
# will log or behave (`log_level=error`, `verbosity: warning`, `mode=fatal`, `Log level set to
# WARN`) reports no problem.
_SETTING_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:(?:log|min|max)[_.-]?)?level|loglevel|verbosity|(?<![\w-])mode)"
    r"(?:[ \t]*[=:][ \t]*[\"']?|(?: is)?(?: set)? to[ \t]+)\Z",
    re.I,
)
# A counter's label with a value that is not zero, in a line of statistics: dnsmasq's `queries
# sent 48213, retried or failed 12`, `ok=118 failed=2 skipped=0`, `requests 1200 errors 4
# timeouts 1`. The value ends its item (the line, a `,` or `;`, a bracket, or the next counter):
# `failed 3 times` and `Error 111 connecting to ...` are no counters. Only words that name a
# count (plural, or `failed` as a column's heading); a singular `error 502` is an error's code.
_COUNT_AFTER = re.compile(
    r"[ \t]*(?:[=:][ \t]*)?(?:\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,]\d)"
    r"(?=[ \t]*(?:[,;|)\]]|\.?[ \t]*\Z|[A-Za-z][\w.-]*[ \t]*(?:[=:][ \t]*)?\d))"
)
_COUNT_LABELS = frozenset(
    {"errors", "failed", "failures", "warnings", "denied", "refused", "rejected", "deferred"}
    | {"bounced", "invalid", "unreachable"}
)
# Another counter on the line, either way round (`queries sent 48213`, `ok=118`, `42 hosts`):
# a label with a number after it is a counter only in a line of them.
_COUNTER = re.compile(r"(?<![\w.-])[A-Za-z][\w.-]*[ \t]*(?:[=:][ \t]*)?\d|\d[ \t]+[A-Za-z]")
# ... or names the idea rather than an occurrence: `error rate is 0.1%`, `opened the error log`.
_CONCEPT_AFTER = re.compile(
    r"\s+(?:rates?|counts?|budgets?|thresholds?|ratios?|logs?|handlers?|handling|reporting"
    r"|pages?|levels?)(?![\w-])",
    re.I,
)
# Cheap first look: every word above holds one of these (lower case).
_HINTS = (
    "err",
    "fail",
    "fatal",
    "exception",
    "denied",
    "refused",
    "unable",
    "cannot",
    "can't",
    "could",
    "timed out",
    "unreachable",
    " down",
    "no live",  # a pool with nothing left (`no servers available`, `no live upstreams`)
    " available",
    " alive",
    " left",
    "segfault",
    "abort",
    "exit",
    # strerror's texts (`_ERROR`)
    "broken pipe",
    "reset by peer",
    "no such",
    "too many open",
    "no space",
    "bad file",
    "not permitted",
    "already in use",
    "unreachable",
    "no route",
    "read-only",
    "not connected",
    "connection abort",
    "quota",
    "stale file",
    "no buffer",
    "invalid argument",
    "warn",
    "deprecated",
    "not responding",
    "retrying",
    "reject",
    "invalid",
    "deferred",
    "bounced",
    "panic",
    "memory",
    "oom",
    "kill",
    "fenc",
    "stonith",
    "evicted",
    "not ok",
    "[emerg]",
    "[alert]",
    "[crit",
    "!!!",
)


def level_from_words(message: str) -> str | None:
    """`critical`, `error` or `warning` when the message's words say so, else None."""
    text = message[:READ_CHARS]
    low = text.lower()
    if not any(hint in low for hint in _HINTS) or _PASSED.match(text):
        return None
    found = None
    m = _BRACKETED.search(text)
    if m is not None:
        found = _BRACKETED_LEVELS[m.group(1).lower()]
        if found == "critical":
            return found
    if _CRITICAL.search(text):
        return "critical"
    if (
        found is None
        and _WARNING_LABEL.search(text) is not None
        and _WORSE_LABEL.search(text) is None
    ):
        return "warning"  # the program's own label, whatever words follow it
    if found == "error" or _said(_ERROR, text) or looks_like_crash(text):
        return "error"
    if found == "warning" or _said(_WARNING, text) or _ALARM.search(text.strip()):
        return "warning"
    return None


def _said(words: re.Pattern[str], text: str) -> bool:
    """Whether one of `words` occurs in `text` without a word next to it denying it."""
    for m in words.finditer(text):
        if _DENIED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _SETTING_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if _DENIED_AFTER.match(text, m.end()) or _CONCEPT_AFTER.match(text, m.end()):
            continue
        if _counter(text, m):
            continue
        return True
    return False


def _counter(text: str, m: re.Match[str]) -> bool:
    """Whether the word `m` is a counter's label in a line of statistics (`_COUNT_AFTER`)."""
    if m.group().lower() not in _COUNT_LABELS:
        return False
    count = _COUNT_AFTER.match(text, m.end())
    if count is None:
        return False
    return (
        _COUNTER.search(text, 0, m.start()) is not None
        or _COUNTER.search(text, count.end()) is not None
    )
