"""Scrubbing: every class found and missed where it should be, in tracebacks and nested JSON,
user patterns, switches, and idempotence."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.config.schema import (
    SCRUB_CLASSES,
    SCRUB_CLASSES_OFF_BY_DEFAULT,
    ScrubConfig,
    ScrubPattern,
)
from errctl.scrub import BUILTIN_RULES, Scrubber, luhn_ok

R = "[REDACTED]"
DEFAULT = Scrubber()
EVERYTHING = Scrubber(ScrubConfig(classes={"email": True, "ip": True}))

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7V0sS3c\nq1xAbCd==\n"
    "-----END RSA PRIVATE KEY-----"
)

# (class, text with a secret, what must remain, the secret) -- positives
POSITIVE = [
    ("private_key", f"key: {PEM} loaded", f"key: {R} loaded", "MIIEow"),
    ("private_key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNz", R, "b3BlbnNz"),
    ("jwt", f"session {JWT} expired", f"session {R} expired", "eyJzdWIi"),
    ("bearer", "Authorization: Bearer 9f8e7d6c5b4a", "Authorization: Bearer " + R, "9f8e7d"),
    ("bearer", "sent bearer abcdefghijklmnopqrstuvwx", "sent bearer " + R, "abcdefgh"),
    ("url_password", "postgres://app:s3cr3t@db:5432/x", f"postgres://app:{R}@db:5432/x", "s3cr3t"),
    # Redis's URL names no user, only the password.
    ("url_password", "redis://:s3cr3t@cache:6379/0", f"redis://:{R}@cache:6379/0", "s3cr3t"),
    ("aws_key", "using AKIAIOSFODNN7EXAMPLE now", f"using {R} now", "AKIAIOSFODNN7"),
    # The key's secret right after it: the Kerberos Agent logs both, and only the id had gone.
    (
        "aws_key",
        "Upload allowed using the credentials provided (AKIAHQ7KB2YXNRW4FGSL,"
        " N8r4kZ0qfW2xV5tQ1yLpE7mHcB3dJ9sUaG6oT0eR)",
        f"Upload allowed using the credentials provided ({R})",
        "N8r4kZ0qfW2xV5tQ1yLp",
    ),
    (
        "aws_key",
        "creds AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ok",
        f"creds {R} ok",
        "wJalrXUtnFEMI",
    ),
    (
        "sql_password",
        "statement: ALTER ROLE app WITH ENCRYPTED PASSWORD 'md5a''b' VALID UNTIL 'infinity'",
        f"statement: ALTER ROLE app WITH ENCRYPTED PASSWORD '{R}' VALID UNTIL 'infinity'",
        "md5a",
    ),
    (
        "sql_password",
        "CREATE USER 'u'@'%' IDENTIFIED BY 'S3c!'",
        f"CREATE USER 'u'@'%' IDENTIFIED BY '{R}'",
        "S3c!",
    ),
    ("secret_field", "login password=hunter2 user=bob", f"login password={R} user=bob", "hunter2"),
    ("secret_field", "db_passwd: 'pa ss'", f"db_passwd: '{R}'", "pa ss"),
    ("secret_field", "X-Api-Key: k-123", f"X-Api-Key: {R}", "k-123"),
    ("secret_field", "?client_secret=abc&x=1", f"?client_secret={R}&x=1", "abc"),
    ("secret_field", '{"token": "t0k", "n": 1}', f'{{"token": "{R}", "n": 1}}', "t0k"),
    ("secret_field", '{"pin": 1234}', f'{{"pin": "{R}"}}', "1234"),
    ("secret_field", "Authorization: Basic dXNlcjpwYXNz", f"Authorization: Basic {R}", "dXNl"),
    ("secret_field", "Cookie: sid=abc", f"Cookie: {R}", "sid=abc"),
    ("secret_field", "password: swordfish", f"password: {R}", "swordfish"),
    ("secret_field", "password=user:pass done", f"password={R} done", "user:pass"),
    # A key in camel case after another field stays a key (JasperReports' Spring Security).
    (
        "secret_field",
        "RemoteIpAddress: (local); SessionId: 8F3A2B1C9D0E",
        f"RemoteIpAddress: (local); SessionId: {R}",
        "8F3A2B1C9D0E",
    ),
    ("secret_field", "userSessionId=8F3A2B1C9D0E", f"userSessionId={R}", "8F3A2B1C9D0E"),
    ("secret_field", "vault token: hvs.CAESIJ9x", f"vault token: {R}", "hvs.CAES"),
    ("secret_field", "token: YWJjZGVm== sent", f"token: {R} sent", "YWJjZGVm"),
    ("card", "paid with 4111 1111 1111 1111 ok", f"paid with {R} ok", "4111"),
    ("card", "card=5500-0000-0000-0004;", f"card={R};", "5500"),
    ("card", "amex 378282246310005", f"amex {R}", "378282"),
    ("email", "mail bob.smith+x@example.co.uk now", f"mail {R} now", "bob.smith"),
    ("ip", "from 10.0.12.7:443 and fe80::1ff:fe23:4567:890a", f"from {R}:443 and {R}", "10.0"),
]

# (class, text that must stay as it is)
NEGATIVE = [
    ("private_key", "-----BEGIN CERTIFICATE-----\nMIIB"),
    ("jwt", "eyJ is how base64 JSON starts"),
    ("bearer", "the bearer of bad news"),
    ("url_password", "https://example.com:8443/path@v2"),
    ("aws_key", "AKIA1234 is too short, akiaiosfodnn7example is lower case"),
    ("sql_password", "ALTER ROLE app PASSWORD NULL; password reset for 'bob' sent"),
    # A sendmail queue id that spells `PWd` by chance (milter-greylist's lines): no key.
    ("secret_field", "4577BPWd089305: addr=mail.example.com autowhitelisted for 00:20:00"),
    ("secret_field", "job 12pwd34: started"),
    # client-go's reflector: the type's name holds `Secret`, Go's failed request follows.
    ("secret_field", 'failed to list *v1.Secret: Get "https://kube/api/v1/secrets": EOF'),
    ("secret_field", "token expired for user bob"),
    ("secret_field", "author=Jane passed=true spin=3"),
    # An exception's type is no key: its message stays (certbot's, jsonwebtoken's, boto's).
    ("secret_field", "certbot.errors.AuthorizationError: Some challenges have failed."),
    ("secret_field", "TokenExpiredError: jwt expired"),
    ("secret_field", "botocore.exceptions.CredentialRetrievalError: Error when retrieving"),
    ("secret_field", "PasswordPolicyWarning: weak"),
    # What a key says about a secret, a working directory, a source file: no secret (sudo's
    # lines in auth.log, gitea's caller, a token's type).
    ("secret_field", "alice : TTY=pts/6 ; PWD=/home/alice/src ; USER=root ; COMMAND=/bin/ls"),
    ("secret_field", "slow POST /user/login elapsed 3362.5ms @ auth/auth.go:170(auth.SignIn)"),
    ("secret_field", "Parsed caller token; tokenType=SAML2 token_kind=jwt"),
    ("secret_field", "password_expires=2025-01-01 secretName=db-creds auth_method=oidc"),
    # A sentence going on after a colon, a namespace's colons, the next pair: no value (Vault's
    # and Consul's messages, a Ruby class in GitLab's records).
    ("secret_field", 'error="failed to revoke token: context deadline exceeded"'),
    ("secret_field", 'failed to lookup token: error="token not found"'),
    ("secret_field", "error validating token: expired"),
    ("secret_field", '{"exception.class":"Gitlab::Auth::OAuth::User::SigninDisabledError"}'),
    ("card", "order 4111111111111112 fails Luhn"),
    ("card", "ts=1732790400123 starts with 1"),
    ("card", "duration=0.34500000000000003 is a float"),
    ("card", "id 0000000000000000 starts with 0"),
    ("email", "user@localhost has no domain"),
    ("ip", "version 1.2.3 and 999.1.1.1 and 12:30:45"),
]


@pytest.mark.parametrize(("name", "text", "expected", "secret"), POSITIVE)
def test_each_class_finds_its_secrets(name: str, text: str, expected: str, secret: str) -> None:
    assert EVERYTHING.scrub_text(text) == expected
    only = Scrubber(ScrubConfig(classes={c: c == name for c in SCRUB_CLASSES}))
    scrubbed = only.scrub_text(text)
    assert secret not in scrubbed, f"{name} alone must catch it"
    off = Scrubber(ScrubConfig(classes={name: False, "email": False, "ip": False}))
    if name not in ("bearer", "jwt"):  # a token after Authorization: is also a secret field
        assert secret in off.scrub_text(text) or name == "secret_field", "switched off"


@pytest.mark.parametrize(("name", "text"), NEGATIVE)
def test_each_class_leaves_lookalikes_alone(name: str, text: str) -> None:
    assert EVERYTHING.scrub_text(text) == text


def test_a_field_named_for_a_secret_is_masked_and_one_named_about_it_is_not() -> None:
    record = {"PWD": "x", "tokenType": "SAML2", "auth": {"token": "t", "token_expires": 60}}
    assert DEFAULT.scrub_mapping(record, text=False) == {
        "PWD": R,
        "tokenType": "SAML2",
        "auth": R,
    }
    assert DEFAULT.scrub_text("pwd=hunter2 db_pwd=s3cr3t") == f"pwd={R} db_pwd={R}"
    assert DEFAULT.scrub_mapping({"token": {"token_type": "a", "tokenExpires": 3}}) == {"token": R}
    assert Scrubber(ScrubConfig(keys=["token_type"])).is_secret_key("token_type")


def test_email_and_ip_are_off_by_default_and_on_when_asked() -> None:
    text = "bob@example.com from 10.1.2.3"
    assert DEFAULT.scrub_text(text) == text
    assert EVERYTHING.scrub_text(text) == f"{R} from {R}"
    assert set(DEFAULT.classes) == set(SCRUB_CLASSES) - set(SCRUB_CLASSES_OFF_BY_DEFAULT)


def test_the_schema_lists_the_classes_the_scrubber_has() -> None:
    assert tuple(r.name for r in BUILTIN_RULES) == SCRUB_CLASSES
    off = tuple(r.name for r in BUILTIN_RULES if not r.on_by_default)
    assert off == SCRUB_CLASSES_OFF_BY_DEFAULT


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("79927398713", True),
        ("79927398710", False),
        ("0", True),
    ],
)
def test_luhn(digits: str, ok: bool) -> None:
    assert luhn_ok(digits) is ok


TRACEBACK = f"""\
Traceback (most recent call last):
  File "/srv/app/db.py", line 12, in connect
    conn = psycopg.connect(dsn, password="hunter2")
  File "/srv/app/http.py", line 40, in call
    headers = {{"Authorization": "Bearer {JWT}"}}
psycopg.OperationalError: connection to postgres://app:s3cr3t@db:5432 failed; card 4111111111111111
"""


def test_values_inside_a_python_traceback() -> None:
    out = DEFAULT.scrub_text(TRACEBACK)
    for secret in ("hunter2", JWT[:20], "s3cr3t", "4111111111111111"):
        assert secret not in out
    assert 'File "/srv/app/db.py", line 12, in connect' in out
    assert "psycopg.OperationalError: connection to postgres://app:" in out
    assert out.count("\n") == TRACEBACK.count("\n")


NESTED = {
    "user": "bob",
    "request": {
        "headers": {"Authorization": "Bearer abc.def.ghi123", "Accept": "json"},
        "body": {"card": {"number": 4111111111111111, "holder": "B"}, "note": "pin=9999"},
    },
    "credentials": {"user": "svc", "pass": "x"},
    "items": [{"api_key": 123}, {"ok": True, "password": None}],
    "exc_info": TRACEBACK,
}


def test_values_inside_nested_json_attributes() -> None:
    out = DEFAULT.scrub_mapping(NESTED)
    assert out["user"] == "bob" and out["request"]["headers"]["Accept"] == "json"
    assert out["request"]["headers"]["Authorization"] == R
    assert out["request"]["body"]["card"] == {"number": R, "holder": "B"}
    assert out["request"]["body"]["note"] == f"pin={R}"
    assert out["credentials"] == R  # a secret-named key hides its whole value
    assert out["items"] == [{"api_key": R}, {"ok": True, "password": None}]
    assert "hunter2" not in out["exc_info"]
    assert NESTED["credentials"] == {"user": "svc", "pass": "x"}  # the input is not changed
    keys_only = DEFAULT.scrub_mapping(NESTED, text=False)
    assert keys_only["credentials"] == R and "hunter2" in keys_only["exc_info"]


def test_json_text_stays_valid_json_and_loses_its_secrets() -> None:
    text = json.dumps(NESTED)
    out = DEFAULT.scrub_text(text)
    data = json.loads(out)
    for secret in ("hunter2", "abc.def.ghi123", "9999", "s3cr3t", "4111111111111111"):
        assert secret not in out
    assert data["user"] == "bob"
    inner = json.dumps({"attrs": json.dumps({"password": "p4ss", "x": 1})})
    assert "p4ss" not in DEFAULT.scrub_text(inner)
    assert json.loads(json.loads(DEFAULT.scrub_text(inner))["attrs"])["password"] == R


def test_user_patterns_keys_and_replacement() -> None:
    scrubber = Scrubber(
        ScrubConfig(
            keys=("ssn",),
            patterns=(
                ScrubPattern("employee", r"EMP-(?P<value>\d{6})"),
                ScrubPattern("ticket", r"TICKET-\d+", replacement="<ticket>"),
            ),
            replacement="[{class}]",
        )
    )
    assert scrubber.scrub_text("EMP-123456 filed TICKET-9") == "EMP-[employee] filed <ticket>"
    assert scrubber.scrub_text("ssn=123-45-6789 password=x") == (
        "ssn=[secret_field] password=[secret_field]"
    )
    assert scrubber.scrub_mapping({"SSN": "1"}) == {"SSN": "[secret_field]"}
    assert scrubber.scrub_array(pa.array(["ssn: 1", "EMP-000001"])).to_pylist() == [
        "ssn: [secret_field]",
        "EMP-[employee]",
    ]


def test_scrubbing_off() -> None:
    off = Scrubber(ScrubConfig(enabled=False))
    assert off.scrub_text("password=x") == "password=x"
    assert off.scrub_mapping({"password": "x"}) == {"password": "x"}


def test_scrub_array_equals_scrub_text_per_value_and_keeps_nulls() -> None:
    values = [p[1] for p in POSITIVE] + [n[1] for n in NEGATIVE] + [None, "plain", TRACEBACK]
    values = values * 3
    out = EVERYTHING.scrub_array(pa.chunked_array([values[:10], values[10:]], pa.string()))
    assert out.to_pylist() == [None if v is None else EVERYTHING.scrub_text(v) for v in values]
    clean = pa.array(["nothing here", None, "nor here"])
    assert DEFAULT.scrub_array(clean) is clean


def test_text_without_secrets_is_the_same_object() -> None:
    text = "GET /api/v1/orders 200 in 12ms"
    assert DEFAULT.scrub_text(text) is text


alphabet = st.sampled_from(
    [*list("abcxyz0123456789 =:-_.@/\"'{}\\\n"), "password", "token", "Bearer ", "4111", "eyJ"]
)
texts = st.lists(alphabet, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.sampled_from([p[1] for p in POSITIVE] + [TRACEBACK]), st.text()))
def test_scrubbing_is_idempotent(text: str) -> None:
    for scrubber in (DEFAULT, EVERYTHING):
        once = scrubber.scrub_text(text)
        assert scrubber.scrub_text(once) == once
    custom = Scrubber(ScrubConfig(replacement="***{class}***", classes={"ip": True}))
    once = custom.scrub_text(text)
    assert custom.scrub_text(once) == once


def test_placeholders_in_message_templates_are_not_secrets():
    scrubber = Scrubber()
    assert scrubber.scrub_text("retry with password=%s") == "retry with password=%s"
    assert scrubber.scrub_text("token={} and secret=%(s)s") == "token={} and secret=%(s)s"
    assert "hunter2" not in scrubber.scrub_text("retry with password=hunter2")
    # A zero flag, a width and a precision: placeholders still.
    for placeholder in ("%05d", "%-010s", "%(n)08.3f", "%00d", "%+.2e"):
        text = f"retry with password={placeholder}"
        assert scrubber.scrub_text(text) == text, placeholder


# Fragments that make texts where secret words start, end and overlap anywhere (`accessecret`,
# `xpin`, `Authorization:`), in any case, before every kind of separator and value.
_FRAGMENTS = st.sampled_from(
    [
        *("pass", "PassWord", "pwd", "secret", "TOKEN", "api_key", "Access-Key", "private"),
        *("auth", "Authorization", "credential", "cookie", "session_id", "signature"),
        *("pin", "CVV", "cvc", "ssn", "tokenType", "error", "x", "_", ".", "-", "/", "::"),
        *("=", ":", ": ", '"', "'", '\\"', " ", "\t", "\n", "{", "}", ",", "&", "Bearer "),
        *("hunter2", "s3cr3t", "4111 1111 1111 1111", "%s", "{}", "expired"),
        *("é", "ſ", "K", "İ", "ı"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=24).map("".join))
def test_scanning_from_secret_words_equals_the_regex_everywhere(text: str) -> None:
    """The fast path (`_sub_at_starts`) scrubs exactly as the regex's own scan."""
    import errctl.scrub.scrubber as module

    user_keys = Scrubber(ScrubConfig(keys=["ssn", "x-Api"]))
    fast = [DEFAULT.scrub_text(text), user_keys.scrub_text(text)]
    original = module._sub_at_starts
    module._sub_at_starts = lambda rule, replace, text, low: rule.regex.sub(replace, text)
    try:
        slow = [DEFAULT.scrub_text(text), user_keys.scrub_text(text)]
    finally:
        module._sub_at_starts = original
    assert fast == slow


def test_lower_keeps_offsets_and_the_letters_regexes_read_as_ascii() -> None:
    """`_sub_at_starts` finds the secret words in `text.lower()`, for text without
    `_LOWER_DIFFERS`: there each character must lower to one, and each that Python's regexes
    match to an ASCII letter under IGNORECASE must lower to that letter."""
    import re
    import string
    import sys

    from errctl.scrub.scrubber import _LOWER_DIFFERS

    letter = re.compile("(?i)(?:" + "|".join(string.ascii_lowercase) + ")")
    for ch in map(chr, range(sys.maxunicode + 1)):
        if ch in _LOWER_DIFFERS:
            continue
        assert len(ch.lower()) == 1, ch
        if letter.match(ch):
            assert ch.lower() in string.ascii_lowercase, ch
            assert re.match("(?i)" + ch.lower(), ch), ch


def test_a_signature_field_with_words_or_a_number_holds_no_signature() -> None:
    """Suricata names its rules `signature` and numbers them `signature_id`: an alert's most
    telling fields stay; a signature itself (a run of hex or base64) is still masked."""
    alert = (
        '{"alert":{"signature_id":2013028,"rev":7,'
        '"signature":"ET POLICY curl User-Agent Outbound","severity":2}}'
    )
    assert DEFAULT.scrub_text(alert) == alert
    assert DEFAULT.scrub_text("signature=12345") == "signature=12345"
    hmac = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    assert hmac not in DEFAULT.scrub_text(f"X-Hub-Signature: sha256={hmac}")
    assert hmac not in DEFAULT.scrub_text(f"GET /o?X-Amz-Signature={hmac}&X-Amz-Expires=3600")
    assert "abc+/=DEF123" not in DEFAULT.scrub_text('{"signature": "abc+/=DEF123"}')
    # Words after any other secret's key are still a secret (a passphrase).
    assert "my secret phrase" not in DEFAULT.scrub_text('password: "my secret phrase"')
    assert "my secret phrase" not in DEFAULT.scrub_text('signature_password: "my secret phrase"')


def test_a_test_runners_pass_is_no_password() -> None:
    for line in ("--- PASS: TestParse (0.00s)", "PASS: t/basic.test"):
        assert DEFAULT.scrub_text(line) == line
    assert "hunter2" not in DEFAULT.scrub_text("PASS=hunter2")
    assert "hunter2" not in DEFAULT.scrub_text("pass: hunter2")


def test_a_log_level_after_a_process_prefix_is_no_password() -> None:
    """Dovecot prefixes its auth process's lines `auth: ` and then their level: `Error:` is no
    password; the user and address in the message stay as the other rules decide."""
    for line in (
        "Nov 27 12:00:00 mail dovecot: auth: Error: pam(jane,192.0.2.44): "
        "pam_authenticate() failed: Authentication failure",
        "auth: Warning: auth client 4121 disconnected with 1 pending requests",
        "auth: Info: passwd-file(bob,192.0.2.7): unknown user",
    ):
        assert DEFAULT.scrub_text(line) == line
    assert "hunter2" not in DEFAULT.scrub_text("auth: hunter2")
    assert "Errorhunter2" not in DEFAULT.scrub_text("auth: Errorhunter2")
    assert "Error:" not in DEFAULT.scrub_text("auth=Error:")  # a `key=` pair holds a value


def test_a_secret_word_inside_a_longer_name_is_no_field() -> None:
    """A package, host or image whose name has `auth` or `pin` as a middle part, joined by a
    bare colon to its architecture, port or tag, names no secret."""
    for line in (
        "2026-11-29 16:05:01 status installed google-cloud-cli-gke-gcloud-auth-plugin:amd64 528.0",
        "upstream edge-auth-proxy:8443 timed out",
        "pulled image registry.local/acme-pin-service:1.4.2",
    ):
        assert DEFAULT.scrub_text(line) == line
    # A part on one side only, another secret word in the name, or a blank after the colon:
    # still a field named for a secret.
    for line, secret in (
        ("X-Auth-Token:abc123def456", "abc123def456"),
        ("x-auth:s3cr3tvalue", "s3cr3tvalue"),
        ("edge-auth-proxy: hunter2", "hunter2"),
        ("my-auth-password:hunter2", "hunter2"),
        ("auth-plugin:hunter2", "hunter2"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_sentence_after_a_path_named_for_passwords_is_no_password() -> None:
    """A file or module named for passwords, at the end of a path, then a colon and a
    sentence: the sentence is the message's (cloud-init names its modules
    `modules-config/config-set_passwords`), and the stored text keeps it."""
    for line in (
        "start: modules-config/config-set_passwords: running config-set_passwords with "
        "frequency once-per-instance",
        "finish: modules-config/config-set_passwords: SUCCESS: config-set_passwords ran "
        "successfully",
        "open /etc/passwd: permission denied",
        "cannot read /etc/security/opasswd: No such file or directory",
    ):
        assert DEFAULT.scrub_text(line) == line, line
    # A value that is no sentence, or a key that is no path's last part: still a password.
    for line, secret in (
        ("conf/app/db_password: hunter2", "hunter2"),
        ("config-set_passwords: running", "running"),
        ("db_password: swordfish", "swordfish"),
        ("GET /login?password=swordfish", "swordfish"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


# Pieces that put several classes in one value, so that an earlier class's replacement lands
# next to what a later class looks for; non-ASCII text, which the vectorised hint check leaves
# to Python; and replacements that hold a later class's hint or digits.
_PIECES = [
    "session_id=65e2eb1f.4fc1",
    "password=hunter2",
    "akia",
    "AKIAIOSFODNN7EXAMPLE",
    "IAIOSFODNN7EXAMPLE",
    "foo",
    "4111 1111 1111",
    " 1111",
    "4111111111111111",
    "query_id: 7083392519337473236",
    "Bearer abcdefghij0123456789",
    "postgres://app:s3cr3t@db/x",
    "Ünïcödé",
    "paſſword=x",
    "X-Auth-Key: abc123",
    '{"pin": 1234}',
    " ",
    "-",
    "=",
]
_SCRUBBERS = [
    DEFAULT,
    EVERYTHING,
    Scrubber(ScrubConfig(replacement="4111-1111")),  # then ` 1111 1111` after it is a card
    Scrubber(ScrubConfig(replacement="ia{class}ak")),
    # `foo` becomes `AK`: `fooIAIOSFODNN7EXAMPLE` holds an AWS key once scrubbed.
    Scrubber(ScrubConfig(patterns=(ScrubPattern(name="foo", regex="foo", replacement="AK"),))),
    Scrubber(ScrubConfig(replacement="<é>")),
    Scrubber(ScrubConfig(keys=("X-Auth-Key", "clé"))),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), max_size=8))
def test_scrub_array_equals_scrub_text_when_classes_meet(values: list[str]) -> None:
    """scrub_array tells scrub_text which classes' hints each value lacks, read vectorised
    before any class changed it: what it scrubs must not differ from scrub_text's own pass."""
    for scrubber in _SCRUBBERS:
        out = scrubber.scrub_array(pa.array(values, pa.string())).to_pylist()
        assert out == [scrubber.scrub_text(v) for v in values]


def test_postgresql_session_ids_are_kept_and_web_session_ids_are_not() -> None:
    """PostgreSQL's session id (start time and pid in hex) ties a session's csvlog and jsonlog
    rows together and holds no secret; a web session id is a token."""
    record = {"session_id": "65e2eb1f.4fc1", "nested": {"sessionId": "6548d2b0.49d"}}
    assert DEFAULT.scrub_mapping(record) == record
    assert DEFAULT.scrub_text("session_id=65e2eb1f.4fc1 pid=20417") == (
        "session_id=65e2eb1f.4fc1 pid=20417"
    )
    assert (
        DEFAULT.scrub_text('{"session_id": "65e2eb1f.4fc1"}') == '{"session_id": "65e2eb1f.4fc1"}'
    )
    for secret in ("s%3AZ2FyYmFnZQ.abc", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "65e2eb1f4fc1"):
        assert secret not in DEFAULT.scrub_text(f"session_id={secret}")
        assert DEFAULT.scrub_mapping({"session_id": secret}) == {"session_id": R}


def test_a_users_key_written_in_capitals_masks_its_values_in_text() -> None:
    """`keys = ["SSN"]` must find `SSN=...` and `ssn: ...` as `ssn` does: hints are looked for
    in the lower-cased text."""
    scrubber = Scrubber(ScrubConfig(keys=["SSN", "DoB"]))
    for text, secret in (
        ("user SSN=123-45-6789 ok", "123-45-6789"),
        ("ssn: 987-65-4321", "987-65-4321"),
        ("DOB=1990-01-01", "1990-01-01"),
    ):
        assert secret not in scrubber.scrub_text(text), text
        assert secret not in scrubber.scrub_array(pa.array([text])).to_pylist()[0], text


def test_a_java_objects_string_is_no_secret_and_real_tokens_stay_masked() -> None:
    """A field named like a secret that holds a Java object's string, Android's `Class{hash
    ...}` (WindowManager's window tokens in logcat) or Object's `pkg.Class@hash`, names an
    object, not a secret; a token's value, or anything after a password's key, is masked."""
    for line in (
        "03-17 16:13:38.811  1702  2395 D WindowManager: addWindow: wtoken = AppWindowToken"
        "{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0 com.example/.Main t761}}}",
        "Removing focused app token:AppWindowToken{2c5b7e1 token=Token{8d0a3f4 null}}",
        "mToken=android.os.BinderProxy@5e1f8a2 mWindow=null",
    ):
        assert DEFAULT.scrub_text(line) == line
    record = {"token": "android.os.Binder@1c9e2f7", "session": {"authToken": "Token{b71a0c3 x}"}}
    assert DEFAULT.scrub_mapping(record) == record
    for line, secret in (
        ("token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig", "eyJhbGciOiJIUzI1NiJ9"),
        ("token: ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_16C7e42F"),
        ("api_token=abc123def456ghi789", "abc123def456"),
        ("password=Summer@2024", "Summer"),  # no package before the `@`
        ("password=my.Pass@1234", "Pass@1234"),  # an object's shape, but a password's key
        ("token=Abc{1f2}", "Abc"),  # a hash of five hex digits or more
    ):
        assert secret not in DEFAULT.scrub_text(line), line
    assert DEFAULT.scrub_mapping({"password": "my.Pass@1234"}) == {"password": R}


def test_small_numbers_and_prose_after_a_secret_word_are_no_secrets() -> None:
    """In text, a number of four digits at most holds no token, key or cookie (inotify's
    `cookie=0`, FreeRADIUS' request number `Auth: (1129)`), and a capitalised word that prose
    follows is a sentence (`Auth: Login OK`); after a password's key or a user's key both stay
    masked, and so do tokens and a structured field's value."""
    for line in (
        "Mon Aug 16 08:44:20 2021 : Auth: (1129) Login OK: [alice] (from client sw1 port 1)",
        "Auth: Invalid user: [bob] (from client sw1 port 0)",
        "Auth: Login incorrect: [carol] (from client sw1 port 0)",
        "<_RawEvent cookie=0 mask=0x2 name='fail2ban.log' wd=1 >",
        "[08:07:12.621] (WW) DAEMON: Auth: sddm-helper exited with 139",  # a program's name
    ):
        assert DEFAULT.scrub_text(line) == line
        assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    for line, secret in (
        ("pin=1234", "1234"),
        ("password: 7", "7"),
        ("token=123456", "123456"),  # a one-time code
        ("token: Abcdefgh", "Abcdefgh"),
        ("password: Summer is here", "Summer"),
        ("password: correct-horse-battery is mine", "correct-horse-battery"),
        ("Auth: sddm-helper2 exited", "sddm-helper2"),  # digits: no program's plain name
        ("Authorization: Bearer Abcdefghijk", "Abcdefghijk"),
        ("Authorization: Bearer Abcdef ghij", "Abcdef"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line
    assert DEFAULT.scrub_mapping({"cookie": 0, "pin": 12}) == {"cookie": R, "pin": R}
    assert Scrubber(ScrubConfig(keys=["SSN"])).scrub_text("SSN=1") == "SSN=[REDACTED]"


def test_mysqls_password_flag_is_no_password() -> None:
    """MySQL logs whether a refused client sent a password, `(using password: YES)`: the
    flag and its parenthesis stay; a password after the same words anywhere else is masked."""
    for flag in ("YES", "NO"):
        line = f"Access denied for user 'root'@'localhost' (using password: {flag})"
        assert DEFAULT.scrub_text(line) == line
        assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    for line, secret in (
        ("connecting (using password: hunter2)", "hunter2"),
        ("password: YES)", "YES"),
        ("(using passwd: YES)", "YES"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_pam_modules_service_and_group_are_no_password() -> None:
    """GDM's PAM service is `gdm-password`: `pam_unix(gdm-password:session)` opens every GNOME
    login's line, its management group after the colon; a word there that is no PAM group, and
    the same words elsewhere, stay masked."""
    for group in ("session", "auth", "account", "password"):
        line = f"pam_unix(gdm-password:{group}): session opened for user alice(uid=1000)"
        assert DEFAULT.scrub_text(line) == line
        assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    for line, secret in (
        ("pam_unix(gdm-password:hunter2): x", "hunter2"),
        ("login password:session", "session"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_secret_word_inside_a_logger_name_is_no_field() -> None:
    """A .NET or Java logger's name (a qualified class name) with `Auth` as a namespace part,
    then its message: Jellyfin's `Jellyfin.Api.Auth.CustomAuthenticationHandler:
    AuthenticationScheme: CustomAuthentication was challenged.` keeps its scheme's name."""
    for line in (
        "[2024-01-05 10:00:01.123 +00:00] [DBG] [41] Jellyfin.Api.Auth.CustomAuthentication"
        "Handler: AuthenticationScheme: CustomAuthentication was challenged.",
        "[2024-01-05 10:00:02.456 +00:00] [INF] [12] Acme.Web.Auth.BasicAuthHandler: "
        "AuthenticationScheme: Basic was forbidden.",
        # A class whose name only opens with the word, CamelCase past it (Greengrass's).
        "2024-06-04T06:00:03.423Z [INFO] (pool-2-thread-24) com.aws.greengrass.tes."
        "TokenExchangeService: service-set-state. {serviceName=aws.greengrass.TES}",
        "2024-06-04 06:00:01,000 INFO com.acme.auth.PasswordResetService: reset requested for bob",
    ):
        assert DEFAULT.scrub_text(line) == line
    # A property path ending in the secret, a name whose last part names one, a word with no
    # namespace before it: still fields named for a secret.
    for line, secret in (
        ("spring.datasource.password: hunter2", "hunter2"),
        ("Acme.Auth.Token: abc123def456", "abc123def456"),
        ("Acme.Auth.ClientSecretHandler: s3cr3tvalue", "s3cr3tvalue"),
        ("Auth.Handler: s3cr3tvalue", "s3cr3tvalue"),
        ("acme.auth.client-secret: s3cr3tvalue", "s3cr3tvalue"),
        ("Acme.Auth.Handler=s3cr3tvalue", "s3cr3tvalue"),
        ("com.acme.PasswordHash: abcdef123456XYZ", "abcdef123456XYZ"),
        ("com.acme.Password: hunter2", "hunter2"),
        ("x.TokenSecret: abcdef123456XYZ", "abcdef123456XYZ"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_call_or_a_small_constructor_is_no_token() -> None:
    """After a token's key, a call on a small number or a name is code or a debug print: mio's
    `token=Token(1)` (Rust's Debug of a newtype), a Python traceback's source line."""
    for line in (
        "2024-01-05T10:00:00.123Z TRACE mio::poll: registering event source with poller: "
        "token=Token(1), interests=READABLE | WRITABLE",
        '  File "/app/api_resource.py", line 125, in _static_request\n'
        "    response, api_key = requestor.request(method_, url_, params, headers)",
        "    session_token = self._new_session()",
    ):
        assert DEFAULT.scrub_text(line) == line
    # A token's own characters, a quoted string or a token-like argument in the wrapper, a
    # password's key: still masked.
    for line, secret in (
        ("token=9f8a7b6c5d4e", "9f8a7b6c5d4e"),
        ('token: Some("abc123def456")', "abc123def456"),
        ("token: Some(abc123def456)", "abc123def456"),
        ("password=Summer(2024)", "Summer"),
        ("token=Token(123456)", "123456"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_constant_in_a_note_in_parentheses_is_no_token() -> None:
    """Hadoop's `(auth:SIMPLE)` names an authentication method in capitals: no token."""
    for line in (
        "2015-10-18 18:01:52,111 INFO [Socket Reader #1 for port 62270] SecurityLogger.org."
        "apache.hadoop.ipc.Server: Auth successful for job_1445144423722_0020 (auth:SIMPLE)",
        "Auth successful for appattempt_1445144423722_0020_000001 (auth:KERBEROS_SSL)",
    ):
        assert DEFAULT.scrub_text(line) == line
    # Not in parentheses, upper-case hex, digits, a password's key: still masked.
    for line, secret in (
        ("auth:SIMPLETOKEN", "SIMPLETOKEN"),
        ("(auth:DEADBEEFCAFE)", "DEADBEEFCAFE"),
        ("(auth:JBSWY3DPEHPK3PXP)", "JBSWY3DPEHPK3PXP"),
        ("(password:SIMPLE)", "SIMPLE"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_row_of_build_features_is_no_token() -> None:
    """stunnel's start-up line lists its build's features as `Name:FEATURE` pairs."""
    line = (
        "2024.06.07 11:00:09 LOG5[ui]: Threading:PTHREAD Sockets:POLL,IPv6,SYSTEMD "
        "TLS:ENGINE,OCSP,PSK,SNI Auth:LIBWRAP"
    )
    assert DEFAULT.scrub_text(line) == line
    # Alone, after a password's key, or with digits and lower case: still masked.
    for line, secret in (
        ("auth:LIBWRAP", "LIBWRAP"),
        ("TLS:ENGINE password:SIMPLE", "SIMPLE"),
        ("TLS:ENGINE token:abc123", "abc123"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_number_in_hex_with_its_prefix_is_no_session_id() -> None:
    """ZooKeeper's session ids are 64-bit numbers it prints as `0x...`: the key that ties a
    session's lines together, not a web session's random token."""
    for line in (
        "2015-07-29 19:04:12,394 - INFO  [ProcessThread(sid:2 cport:-1)::PrepRequestProcessor"
        "@476] - Processed session termination for sessionid: 0x14ede63a5a70002",
        "Got user-level KeeperException when processing sessionid:0x34ede65503f0010 type:create",
    ):
        assert DEFAULT.scrub_text(line) == line
    for line, secret in (
        ("sessionid: 14ede63a5a70002", "14ede63a5a70002"),
        ("session_id=0x9f86d081884c7d659a2feaa0c55ad015", "9f86d081884c7d659a2feaa0c55ad015"),
        ("pin: 0x1234", "0x1234"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_package_and_its_version_is_no_field() -> None:
    """apt's history names packages with the version asked for after `=`: a package named
    with `auth` as a middle part (`...-gcloud-auth-plugin=528.0.0-0`) holds a version."""
    line = (
        "Commandline: apt-get install -y google-cloud-cli=528.0.0-0 "
        "google-cloud-cli-gke-gcloud-auth-plugin=528.0.0-0 libpam-pin-helper=1:2.38-4ubuntu2"
    )
    assert DEFAULT.scrub_text(line) == line
    for line, secret in (
        ("proxy-auth-key=s3cr3tvalue", "s3cr3tvalue"),
        ("x-auth-token=1.2.3", "1.2.3"),
        ("auth-plugin=528.0.0", "528.0.0"),
        ("my-auth-password=1.2.3", "1.2.3"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_how_long_a_secret_lives_is_no_secret() -> None:
    """A key that names a secret's lifetime (cloud-init's `X-aws-ec2-metadata-token-ttl-seconds`)
    holds a duration; the token's own header next to it stays masked."""
    line = "{'User-Agent': 'Cloud-Init/23.4.4', 'X-aws-ec2-metadata-token-ttl-seconds': '21600'}"
    assert DEFAULT.scrub_text(line) == line
    assert DEFAULT.scrub_mapping({"token_ttl": 3600, "session_timeout": "30m"}) == {
        "token_ttl": 3600,
        "session_timeout": "30m",
    }
    out = DEFAULT.scrub_text("{'X-aws-ec2-metadata-token': 'AQAEAFxp8Zk2vQ=='}")
    assert "AQAEAFxp8Zk2vQ" not in out
    assert "AQAEAFxp8Zk2vQ" not in str(DEFAULT.scrub_mapping({"token": "AQAEAFxp8Zk2vQ=="}))


def test_a_mask_the_program_wrote_stays_as_written() -> None:
    """Celery prints `amqp://guest:**@host//`, cloud-init `'X-aws-ec2-metadata-token':
    'REDACTED'`: the program hid the secret already, and its text stays as it wrote it."""
    for line in (
        "[2024-01-05 10:00:00,123: INFO/MainProcess] Connected to amqp://guest:**@10.0.0.5:5672//",
        "{'X-aws-ec2-metadata-token': 'REDACTED'}",
        "password=*** user=bob",
    ):
        assert DEFAULT.scrub_text(line) == line
    assert DEFAULT.scrub_mapping({"password": "[FILTERED]"}) == {"password": "[FILTERED]"}
    for line, secret in (
        ("amqp://guest:guest@10.0.0.5:5672//", "guest@"),
        ("password=**hunter2**", "hunter2"),
        ("token=REDACTEDabc123", "abc123"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line
    assert "hunter2" not in str(DEFAULT.scrub_mapping({"password": "hunter2"}))


def test_an_absent_value_is_no_secret() -> None:
    """A Python object's repr with its fields unset (`password=None`), JSON's `null`, an empty
    string, a dash, and a boolean after a key no password word names: no value to hide, and
    the stored text keeps that it was empty."""
    for line in (
        "2024-01-05 10:00:00,123 INFO app.db: connecting with DbConfig(host='db-1', port=5432, "
        "password=None, token=None)",
        "token=null user=bob",
        'secret="" session_id=- cookie: (none)',
        "auth=true retries=3",
    ):
        assert DEFAULT.scrub_text(line) == line
    for line, secret in (
        ("DbConfig(host='db-1', password=Nonesuch1)", "Nonesuch1"),
        ("token=-abc123def", "-abc123def"),
        ("password=true", "true"),
        ('secret="x"', '"x"'),
        ("token=nullify99", "nullify99"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_value_leaves_the_parentheses_it_did_not_open() -> None:
    """`Cfg(token=abc)`: the `)` closes the wrapper, not the token, and stays after the mask."""
    assert DEFAULT.scrub_text("loaded Cfg(token=abc123def456) ok") == (
        "loaded Cfg(token=[REDACTED]) ok"
    )
    assert DEFAULT.scrub_text("f(g(password=hunter2))") == "f(g(password=[REDACTED]))"
    # ... and so does the colon or stop after them (Databend's request line).
    line = "http query new request(client_session_id=3f2a9c1e-77b1-4d2e): {}"
    assert DEFAULT.scrub_text(line) == "http query new request(client_session_id=[REDACTED]): {}"
    assert DEFAULT.scrub_text("set(token=abc123def456).") == "set(token=[REDACTED])."
    assert DEFAULT.scrub_text("password=hunter2.") == "password=[REDACTED]"
    # A wrapper the value opens itself is still masked whole.
    assert DEFAULT.scrub_text('token: Some("abc123def456")') == "token: [REDACTED]"


def test_a_scheme_word_before_the_next_pair_is_no_credential() -> None:
    """`auth=basic user=alice` names the scheme; `user=alice` is the next field, no base64."""
    assert DEFAULT.scrub_text("auth=basic user=alice") == "auth=basic user=alice"
    assert DEFAULT.scrub_text("Authorization: Basic dXNlcjpwYXNzd29yZA== user=bob") == (
        "Authorization: Basic [REDACTED] user=bob"
    )


def test_a_variable_to_interpolate_is_no_secret() -> None:
    """Config dumps and shell traces show where a secret will come from, not the secret."""
    for line in ("client_secret=${CLIENT_SECRET}", "export PGPASSWORD=$DB_PASSWORD"):
        assert DEFAULT.scrub_text(line) == line
    # A password that starts with `$` is still one.
    assert DEFAULT.scrub_text("password=$ecretValue1") == "password=[REDACTED]"


def test_a_measure_of_secrets_is_no_secret() -> None:
    """LLM services log token counts by the million; a rate, a validity, an algorithm or a
    version says something about a secret, as `tokenType` does, and holds none."""
    record = {
        "usage": {"prompt_tokens": 51234, "completion_tokens": 987, "total_tokens": 52221},
        "max_tokens": 512,
        "pass_rate": 0.93,
        "signature_valid": False,
        "signature_algorithm": "RS256",
        "secret_version": "v3",
        "tokenizer": "cl100k_base",
    }
    assert DEFAULT.scrub_mapping(record) == record
    line = "usage prompt_tokens=51234 completion_tokens=987 total_tokens=52221"
    assert DEFAULT.scrub_text(line) == line
    # The secrets beside them still are.
    assert DEFAULT.scrub_mapping({"token": "abc", "session_token": "x1"}) == {
        "token": "[REDACTED]",
        "session_token": "[REDACTED]",
    }


def test_a_function_named_for_passwords_before_its_message_is_no_field() -> None:
    """C programs start a message with the function's name (`__func__: `): Samba's
    `check_ntlm_password:  Authentication for user [...] FAILED` names a deed on passwords, a
    verb then the thing, and the sentence that follows is its message, no password."""
    for line in (
        "  check_ntlm_password:  Authentication for user [bob] -> [bob] FAILED with error "
        "NT_STATUS_WRONG_PASSWORD, authoritative=1",
        "auth_check_ntlm_password: mapped user is: [WORKGROUP]\\[bob]@[fs1]",
        "verify_token: signature does not match",
    ):
        assert DEFAULT.scrub_text(line) == line
    # A field named for the secret, a word alone after a verb's name, a value with digits, and
    # a `=` pair stay masked.
    assert DEFAULT.scrub_text("ntlm_password: Authentication for user") == (
        "ntlm_password: [REDACTED] for user"
    )
    assert DEFAULT.scrub_text("check_password: swordfish") == "check_password: [REDACTED]"
    assert DEFAULT.scrub_text("set_password: hunter2 for bob") == "set_password: [REDACTED] for bob"
    assert DEFAULT.scrub_text("set_password=Summer for bob") == "set_password=[REDACTED] for bob"


def test_the_pairs_a_colon_glues_after_a_secret_stay() -> None:
    # DSpace's usage log: `user:session_id=...:ip_addr=...:action:params`.
    line = (
        "@ anonymous:session_id=4144FAD433B15D7C8C764F7D099A8FC2:ip_addr=10.20.7.92"
        ":view_item:handle=123456789/7146"
    )
    assert DEFAULT.scrub_text(line) == (
        f"@ anonymous:session_id={R}:ip_addr=10.20.7.92:view_item:handle=123456789/7146"
    )


def test_an_id_or_a_handle_is_no_card() -> None:
    """Thread handles and ids are long numbers: one labelled as an id or a handle, or whose
    length no issuer of its first digits gives a card, is kept; cards still are masked."""
    for line in (
        # MariaDB's deadlock records: 15 digits that pass Luhn, labelled a handle.
        "MariaDB thread id 31, OS thread handle 412345678901233, query id 88 localhost app",
        "worker exited tid=412345678901233",
        "dd.trace_id=4539578763621486 dd.span_id=5105105105105100",
        # 15 digits: only Amex (34, 37) issues cards that long.
        "pthread 412345678901233 joined",
        "request 5105105105102 done",  # 13 digits: Visa's alone
        "thread 0x7f3a9c1b2d40 started, handle 0x00007f3a9c1b2d40",
        # Janus's session and handle ids: random 64-bit numbers under 2^53.
        "Destroying session 4539578763621486; 0x7f8f654b6998",
        "Creating new session: 4539578763621486; 0x7f8f654b6998",
        "[4539578763621486] The DTLS handshake has been completed",
        "smtp connId=4539578763621486 closed",
        # Seata's global transaction id: its server's address and port, then the number.
        "Begin new global transaction applicationId: order-svc,xid:10.0.1.31:8091:4539578763621486",
        # Minecraft Bedrock's Xbox user ids: 16 digits in Mastercard's range, after `xuid`.
        "Player connected: Emilia K, xuid: 2535473275086017",
        # An international phone number (Kannel's smsbox): Visa's 13 digits and Luhn, after +.
        "sendsms sender:<ACMEBANK:+4915112345678> to:<+4915112345678> msg",
    ):
        assert DEFAULT.scrub_text(line) == line, line
    for line, card in (
        ("paid with 378282246310005", "378282246310005"),  # Amex, 15
        ("charged 4222222222222 ok", "4222222222222"),  # Visa, 13
        ("card number 5105105105105100", "5105105105105100"),
        ("pan=6011111111111117", "6011111111111117"),
        ("card id 4111111111111111", "4111111111111111"),
        ("card=[4111111111111111]", "4111111111111111"),
        ("charged [4111111111111111] 12.00 EUR", "4111111111111111"),
        ("charged card:4111111111111111", "4111111111111111"),
        # After another number and a blank: the run of both is no card, the second is.
        ("paid at 12:30 4111111111111111", "4111111111111111"),
        ("order 12 4111 1111 1111 1111 paid", "4111 1111 1111 1111"),
        ("charged:4111111111111111", "4111111111111111"),
    ):
        out = DEFAULT.scrub_text(line)
        assert card not in out and R in out, line
    assert DEFAULT.scrub_mapping({"thread": 412345678901233}) == {"thread": 412345678901233}
    assert DEFAULT.scrub_mapping({"traceId": 4539578763621486}) == {"traceId": 4539578763621486}
    assert DEFAULT.scrub_mapping({"n": 5105105105105100}) == {"n": R}


def test_pams_module_service_and_type_are_no_password() -> None:
    """Linux-PAM names its module, the service and the call's type on every line it writes to
    auth.log: `pam_unix(chpasswd:chauthtok)` and `pam_unix(passwd:chauthtok)` name programs
    and a type, not a password; a note that opens after a blank, or a value with digits or
    capitals, stays masked."""
    for line in (
        "2026-12-01T04:18:04.200730+00:00 vm chpasswd[19799]: pam_unix(chpasswd:chauthtok): "
        "password changed for alice",
        "Dec  1 09:12:44 web-1 passwd[2211]: pam_unix(passwd:chauthtok): password changed for bob",
        "Dec  1 09:12:45 web-1 sudo: pam_unix(sudo:auth): authentication failure; logname=bob",
    ):
        assert DEFAULT.scrub_text(line) == line
        assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    for line, secret in (
        ("login (password:hunter)", "hunter"),
        ("pam_unix(passwd:Hunter2)", "Hunter2"),
        ("pam_unix(passwd:hunter2)", "hunter2"),
        ("connect(password:hunter", "hunter"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_tally_of_commands_is_no_secret() -> None:
    """Postfix counts each SMTP command of a session as succeeded/tried when some failed
    (`auth=0/1` after every failed login): a tally, not an auth value."""
    line = (
        "2026-12-01T04:19:44.287875+00:00 vm postfix/smtpd[22438]: disconnect from "
        "localhost[127.0.0.1] ehlo=2 starttls=1 auth=0/1 quit=1 commands=4/5"
    )
    assert DEFAULT.scrub_text(line) == line
    assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    for line, secret in (
        ("pin=12/34", "12/34"),
        ("auth=0/1abc", "0/1abc"),
        ("auth=1/2/3", "1/2/3"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_rules_score_after_a_short_secret_word_is_no_secret() -> None:
    """SpamAssassin lists the rules a mail hit with their scores (`SPF_PASS=-0.001`): a number
    with a fraction after `PASS` or `PIN` alone is a score; after a password's key, and a
    number without a fraction after `PIN` or `PASS`, stay masked."""
    line = "tests=[BAYES_00=-1.9, DKIM_SIGNED=0.1, SPF_PASS=-0.001, T_PIN=1.5] autolearn=ham"
    assert DEFAULT.scrub_text(line) == line
    assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    for line, secret in (
        ("password=1.5", "1.5"),
        ("passwd: 2.25", "2.25"),
        ("SPF_PASS=-1", "-1"),
        ("pin=12345", "12345"),
        ("pass=1.2.3.4", "1.2.3.4"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_measure_of_tokens_is_no_token() -> None:
    """A language model server's time and rate per token (text-generation-inference's
    `time_per_token="24.6ms"`, llama.cpp's `t_token` and `n_tokens_second` fields) were
    redacted in every request's line: a number with a fraction after a key that names tokens
    is a measure. A token itself, and anything after a password's key, stay masked."""
    line = 'validation_time="0.2ms" time_per_token="24.637186ms" t_token=0.39 n_tokens_second=81.2'
    assert DEFAULT.scrub_text(line) == line
    assert DEFAULT.scrub_array(pa.array([line])).to_pylist() == [line]
    record = {"t_token": 0.3935, "n_tokens_second": 81.2, "t_token_generation": 7168.186}
    assert DEFAULT.scrub_mapping(record) == record
    for line, secret in (
        ("token=abc123def456", "abc123def456"),
        ("token=1.2.3.4abc", "1.2.3.4abc"),
        ("token_password=1.5", "1.5"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line
    masked = DEFAULT.scrub_mapping({"token": "s3cr3t", "token_pass": 1.5, "api_token": 12345})
    assert masked == {"token": R, "token_pass": R, "api_token": R}


def test_numbers_grouped_as_no_card_prints_them_are_no_card() -> None:
    """Kamailio's SIP Call-IDs (`587300155-868569141@host`): two numbers joined by a dash,
    which one time in ten pass the Luhn test and were masked, splitting a BYE's group on
    where they did. Cards are printed whole, in fours, or as Amex's and Diners' 4-6-5, 4-6-4."""
    assert luhn_ok("587300155868569141")
    line = "INFO: <script>: BYE for 587300155-868569141@192.168.1.49 from 1002"
    assert DEFAULT.scrub_text(line) == line
    for line, card in (
        ("card 5105-1051-0510-5100", "5105-1051-0510-5100"),
        ("card 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
        ("visa19 4111-1111-1111-1111-110", "4111-1111-1111-1111-110"),
    ):
        out = DEFAULT.scrub_text(line)
        assert card not in out and R in out, line


def test_a_secret_word_inside_a_files_name_in_a_path_is_no_field() -> None:
    """ScyllaDB's sstables have random ids (`me-3gdk_6cvv-big-Data.db`): `cvv` in one, with the
    colon after the file's name, masked its `level=0` on one line of a compaction's
    thousands. A URL's query and a key with no extension still name fields."""
    for line in (
        "Compacting [/var/lib/scylla/data/ks/t-5067/me-3gdk_39l3_6cvv-big-Data.db:level=0]",
        "Compacting [/var/lib/scylla/data/ks/t-5067/me-3gdk_pin4x-big-Data.db:level=0]",
    ):
        assert DEFAULT.scrub_text(line) == line
    for line, secret in (
        ("GET /login?pass=hunter2", "hunter2"),
        ("conf/db_password: hunter2", "hunter2"),
        ("abc cvv: 123", "123"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_secret_word_naming_a_build_labels_package_is_no_field() -> None:
    """Bazel's `//src/auth:auth_test` names a package `auth` and a target: its target was
    masked as the value of a field `auth`, every line about it a group of its own."""
    for line in (
        "//src/auth:auth_test                                            PASSED in 1.2s",
        "ERROR: /ws/src/auth/BUILD.bazel:12:8: Compiling src/auth/jwt.cc failed: (Exit 1)",
        "INFO: From Testing //src/auth:auth_test:",
        "@corp_deps//lib/token:token_lib up to date",
    ):
        assert DEFAULT.scrub_text(line) == line, line
    for line, secret in (
        ("auth:hunter2x", "hunter2x"),
        ("creds /etc/app/token:s3cr3tvalue", "s3cr3tvalue"),
    ):
        assert secret not in DEFAULT.scrub_text(line), line


def test_a_json_column_still_parses_when_a_secret_word_is_inside_a_string() -> None:
    """LDAP's error text names `Credentials` in quotes: written into a record's JSON, the text
    rules read `Credentials\\": ` as a key and masked what followed, which left JSON the store
    refused (and with it the whole batch). The row is scrubbed from its parsed record instead."""
    ldap = json.dumps({"error": 'Code 49 "Invalid Credentials": ', "method": "POST"})
    secret = json.dumps({"password": "hunter2", "note": "token=abcdef123456"})
    column = pa.array([ldap, secret, None, '{"user":"ana"}'])
    out = DEFAULT.scrub_json_array(column).to_pylist()
    assert json.loads(out[0]) == json.loads(ldap)
    assert json.loads(out[1]) == {"password": R, "note": f"token={R}"}
    assert out[2:] == [None, '{"user":"ana"}']
    untouched = pa.array(['{"user":"ana"}'])
    assert DEFAULT.scrub_json_array(untouched) is untouched


_JSON_STRINGS = st.lists(_FRAGMENTS, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.one_of(_JSON_STRINGS, st.sampled_from(["password", "error"])), _JSON_STRINGS, max_size=4
    )
)
def test_a_scrubbed_json_column_always_parses(record: dict[str, str]) -> None:
    document = json.dumps(record)
    for scrubber in (DEFAULT, EVERYTHING):
        (out,) = scrubber.scrub_json_array(pa.array([document])).to_pylist()
        json.loads(out)


def test_an_authentication_mechanisms_name_is_no_secret() -> None:
    """`auth=PLAIN` says how a peer logged in (Qpid Dispatch Router's `Connection Opened:`):
    a public name. Any other value after `auth` stays masked, and a token after a scheme's
    name is masked by its own class."""
    for line in (
        "Connection Opened: dir=in host=10.0.5.12:41234 encrypted=no auth=PLAIN user=app",
        "sasl auth=SCRAM-SHA-256 user=alice",
        "auth=ANONYMOUS",
    ):
        assert DEFAULT.scrub_text(line) == line
    assert "xK9mQ2pLr8" not in DEFAULT.scrub_text("auth=xK9mQ2pLr8 user=app")
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123"
    assert jwt not in DEFAULT.scrub_text(f"auth=Bearer {jwt}")
