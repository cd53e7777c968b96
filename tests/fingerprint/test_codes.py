"""Error codes and message identifiers name a problem: masking keeps them where a code stands
(after its key, or by its shape where a code is written), and mining keeps two codes two
templates (issue #3). Values of the same shapes elsewhere stay masked."""

from __future__ import annotations

import pyarrow as pa
import pytest

from errctl.fingerprint.labelvalues import value_after_label_heads
from errctl.fingerprint.masking import explain_masking, mask_array, mask_message
from tests.fingerprint.helpers import templates


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # A catalogue's code before its text's colon, opening the message, in brackets.
        (
            "query failed for order 81234: ORA-00942: table or view does not exist",
            "query failed for order <*>: ORA-00942: table or view does not exist",
        ),
        ("ORA-01555 caused by SQL statement below", "ORA-01555 caused by SQL statement below"),
        (
            "[MY-010116] [Server] starting as process 2211",
            "[MY-010116] [Server] starting as process <*>",
        ),
        ("error TS2304: Cannot find name 'x'.", "error TS2304: Cannot find name <*>."),
        # A message id in capitals and underscores with a digit, opening the message.
        (
            "DHCP4_LEASE_ALLOC [hwtype=1 08:00:27:25:d3:f4]: lease 10.0.0.5 allocated",
            "DHCP4_LEASE_ALLOC [hwtype=<*>]: lease <*> allocated",
        ),
        # A code of one letter in brackets glued to the word it numbers.
        ("error[E0308]: mismatched types", "error[E0308]: mismatched types"),
        # A facility, a severity digit and a mnemonic.
        (
            "%LINK-3-UPDOWN: Interface Gi0/1, changed state to down",
            "%LINK-3-UPDOWN: Interface <*>/<*>, changed state to down",
        ),
        # A code of one letter only where it opens the text after a label.
        (
            "insert failed: MongoServerError: E11000 duplicate key error",
            "insert failed: MongoServerError: E11000 duplicate key error",
        ),
    ],
)
def test_a_code_where_a_code_stands_stays(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # The same shapes as ids, where no code stands: an SKU in a sentence, a connection
        # named by one letter and its number in brackets, a Windows SID.
        ("Added SKU-36261 x146 to cart cart_l6v2TQdL", "Added <*> to cart <*>"),
        ("[C661] new connection from 10.0.0.7:48135", "[<*>] new connection from <*>"),
        ("access by S-1-5-21-3623811015 denied", "access by <*> denied"),
        ("synced issue OPS-1234 to board 7", "synced issue <*> to board <*>"),
        # A code's shape that goes on into a longer token: a UUID, a file's name.
        ("request [ABCD1234-5678-90AB-CDEF-1234567890AB] failed", "request [<*>] failed"),
        ("[AB1234.txt] parsed", "[<*>] parsed"),
        ("moved to: AB1234/in/x", "moved to: <*>/in/x"),
        # Ten hex digits or more, letters first: Postfix's queue id where a code would stand.
        ("CAAA351493C: DKIM-Signature field added", "<*>: DKIM-Signature field added"),
    ],
)
def test_the_same_shapes_as_ids_elsewhere_are_masked(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        (
            "failed to install the update with error 0x80070643: Security Update",
            "failed to install the update with error 0x80070643: Security Update",
        ),
        ("worker 2211 exited with code 0xC0000005", "worker <*> exited with code 0xC0000005"),
        (
            "[HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
            "[HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
        ),
        (
            "handshake failed: error:0A000086:SSL routines::certificate verify failed",
            "handshake failed: error:0A000086:SSL routines::certificate verify failed",
        ),
        # An address is no code.
        ("segfault at 0x7f3a2c01e168 in worker", "segfault at <*> in worker"),
    ],
)
def test_a_hex_code_after_its_key_stays(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        ("db ping failed: Error 1045: Access denied", "db ping failed: Error 1045: Access denied"),
        ("ERROR: deadlock detected (SQLSTATE 40P01)", "ERROR: deadlock detected (SQLSTATE 40P01)"),
        (
            "conn=1001 op=0 RESULT tag=97 err=49 text=",
            "conn=<*> op=<*> RESULT tag=<*> err=49 text=",
        ),
        ("SQL Error: -911, SQLCODE=-911", "SQL Error: <*>, SQLCODE=-911"),
        # A date after the word is a date, not a code.
        ("Error 2024-06-11 10:00:02 in batch", "Error <*> in batch"),
    ],
)
def test_a_decimal_code_after_its_key_stays(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]


def test_explain_lists_a_code_known_by_its_shape() -> None:
    _, kept = explain_masking("query failed: ORA-00942: table or view does not exist")
    assert kept == [("", "ORA-00942")]


def test_an_exception_value_masks_codes_as_fp1_did() -> None:
    message = "query failed: ORA-00942: table or view does not exist"
    assert (
        mask_message(message, named_codes=False)
        == "query failed: <*>: table or view does not exist"
    )


def _distinct(lines: list[str]) -> int:
    return len(set(templates(lines).values()))


def test_record_fields_with_two_codes_are_two_templates() -> None:
    # Hibernate's SqlExceptionHelper: a deadlock (1213) and a lock wait timeout (1205).
    lines = [
        "SQL Error: 1213, SQLState: 40001",
        "SQL Error: 1213, SQLState: 40001",
        "SQL Error: 1205, SQLState: 40001",
    ]
    got = templates(lines)
    assert got[lines[0]] == "SQL Error: 1213, SQLState: 40001"
    assert got[lines[2]] == "SQL Error: 1205, SQLState: 40001"


def test_a_status_with_its_name_is_an_enumeration() -> None:
    lines = [
        "orders.service: Main process exited, code=exited, status=1/FAILURE",
        "orders.service: Main process exited, code=exited, status=203/EXEC",
    ]
    assert _distinct(lines) == 2


def test_glued_hex_codes_are_two_templates() -> None:
    lines = [
        "TLS failed: error:0A000086:SSL routines::certificate verify failed",
        "TLS failed: error:0A00010B:SSL routines::certificate verify failed",
    ]
    assert _distinct(lines) == 2


def test_message_ids_with_a_digit_are_two_templates() -> None:
    lines = [
        "DHCP4_STARTED Kea DHCPv4 server version 2.4.1 started",
        "DHCP6_STARTED Kea DHCPv4 server version 2.4.1 started",
    ]
    got = templates(lines)
    assert got[lines[0]].startswith("DHCP4_STARTED ")
    assert got[lines[1]].startswith("DHCP6_STARTED ")


@pytest.mark.parametrize(
    "values",
    [
        ("[Errno 28] No space left on device", "[Errno 13] Permission denied"),
        (
            "AADSTS50126: Error validating credentials.",
            "AADSTS50053: The account is locked because of too many sign-ins.",
        ),
    ],
)
def test_a_code_after_a_label_is_no_value(values: tuple[str, str]) -> None:
    new = [mask_message(f"upload of /data/out/8123.csv failed: {v}") for v in values]
    assert value_after_label_heads(new) == {}


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # An SMTP reply and its enhanced status, the class digit the same in both.
        (
            "host mx.example.com[10.0.0.9] said: 550 5.1.1 <bob@example.com>: Recipient"
            " address rejected",
            "host <*>[<*>] said: 550 5.1.1 <<*>>: Recipient address rejected",
        ),
        (
            "after RCPT TO:<a@b.example>: 452 4.2.2 Mailbox full",
            "after RCPT TO:<<*>>: 452 4.2.2 Mailbox full",
        ),
        # An enhanced status alone, opening a label's sentence in lower case.
        (
            "helo=<mail.example>: 5.7.1 message content rejected",
            "helo=<mail.example>: 5.7.1 message content rejected",
        ),
        # An HTTP status with its reason phrase and no key: Spring's, requests', aiohttp's.
        (
            "lookup failed: 503 Service Unavailable: [no body]",
            "lookup failed: 503 Service Unavailable: [no body]",
        ),
        (
            'lookup failed: 404 NOT_FOUND "no such sku"',
            "lookup failed: 404 NOT_FOUND <*>",
        ),
        (
            "429 Client Error: Too Many Requests for url: https://api.example.com/v1/items",
            "429 Client Error: Too Many Requests for url: <*>",
        ),
        (
            "fetch failed: 503, message='Service Unavailable', url='https://a.example/x'",
            "fetch failed: 503, message=<*>, url=<*>",
        ),
        # A CVE id, wherever it stands.
        (
            "openssl 3.0.2 in image shop:1.4 is affected by CVE-2024-0727 (severity MEDIUM)",
            "openssl <*> in image shop:<*> is affected by CVE-2024-0727 (severity MEDIUM)",
        ),
        # A database's error number with its SQLSTATE.
        (
            "1045 (28000): Access denied for user 'app'@'10.0.0.7' (using password: YES)",
            "1045 (28000): Access denied for user <*>@<*> (using password: YES)",
        ),
        (
            "ERROR 1064 (42000) at line 1: You have an error in your SQL syntax",
            "ERROR 1064 (42000) at line <*>: You have an error in your SQL syntax",
        ),
        (
            "Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /srv/Db.php:41",
            "Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in <*>",
        ),
        # Windows' event ids after their keys.
        (
            "Security: Event ID 4625 on dc01.corp.example.com: logon failure",
            "Security: Event ID 4625 on <*>: logon failure",
        ),
        ("EventCode=4740 Account=alice", "EventCode=4740 Account=alice"),
        ("System: Event ID 41 on host7", "System: Event ID 41 on <*>"),
        # A record's kind by its number, where no message says what happened (OpenCanary's
        # alerts, rendered as their fields: every kind had been one template).
        (
            'dst_port=22 logdata={"SESSION":"443"} logtype=4000 src_port=49945',
            "dst_port=<*> logdata={<*>:<*>} logtype=4000 src_port=<*>",
        ),
        ("msgtype=12 sent", "msgtype=12 sent"),
    ],
)
def test_a_code_known_by_its_neighbours_stays(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]
    assert mask_message(masked) == masked  # idempotent: a code whose neighbour is masked


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # Addresses and versions of the same digits are values.
        (
            "the applied nameserver line is: 10.0.0.2 169.254.169.253 1.1.1.1",
            "the applied nameserver line is: <*>",
        ),
        ("upgraded to: 3.0.16 from the archive", "upgraded to: <*> from the archive"),
        (
            "helo=<mail.example>: 1.2.3 message content rejected",
            "helo=<mail.example>: <*> message content rejected",
        ),
        ("took 250 1.2.3 (x)", "took <*> (x)"),
        # A number before a reason phrase's word in a sentence, or not a status.
        ("processed 812 OKAY rows", "processed <*> OKAY rows"),
        ("the 7 Found items", "the <*> Found items"),
        # A number before another status's phrase: a job's, a count.
        ("job 123 OK", "job <*> OK"),
        ("lookup failed: 404 Service Unavailable", "lookup failed: <*> Service Unavailable"),
        # An id with a number and parentheses is no SQLSTATE's.
        ("order 81234 (2 items) shipped", "order <*> (<*> items) shipped"),
        # An instance's event id, written in lower case.
        ("problem eventid=42387 resolved", "problem eventid=<*> resolved"),
    ],
)
def test_the_same_digits_without_the_neighbours_are_masked(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]


def test_a_digit_shape_holding_a_code_is_masked_from_each_message() -> None:
    # The fast path masks one message per digit shape: `5.7.1` and `1.2.3` share `1.1.1`.
    messages = [
        "helo=<a.example>: 5.7.1 message content rejected",
        "helo=<a.example>: 1.2.3 message content rejected",
        "said: 550 5.1.1 user unknown",
        "said: 250 5.1.1 user unknown",
    ]
    assert mask_array(pa.array(messages)).to_pylist() == [
        "helo=<a.example>: 5.7.1 message content rejected",
        "helo=<a.example>: <*> message content rejected",
        "said: 550 5.1.1 user unknown",
        "said: <*> user unknown",
    ]


def test_smtp_replies_with_the_same_words_are_two_templates() -> None:
    codes = ["550 5.1.1", "550 5.1.1", "552 5.2.2", "552 5.2.2"]
    lines = [
        f"to=<u{i}@example.com>, status=bounced (host mx[10.0.0.{i}] said: {code} no)"
        for i, code in enumerate(codes)
    ]
    got = templates(lines)
    assert "550 5.1.1" in got[lines[0]] and got[lines[0]] == got[lines[1]]
    assert "552 5.2.2" in got[lines[2]] and got[lines[2]] == got[lines[3]]


def test_event_ids_with_the_same_words_are_two_templates() -> None:
    lines = [
        f"Security: Event ID {code} on dc01: logon failure for account alice from 10.0.0.{i}"
        for i, code in enumerate(["4625", "4625", "4740", "4740"])
    ]
    assert _distinct(lines) == 2


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # A status after a request line's closing quote (aiohttp's access log).
        (
            '10.0.0.7 [11/Jun/2024:06:00:02 +0000] "GET /api/orders/8123 HTTP/1.1" 500 245 "-"',
            "<*> [<*>] <*> 500 <*>",
        ),
        # A reason phrase after a colon (urllib), a status after `statuscode` (Kubernetes).
        (
            "fetching https://feeds.example.com/a.xml failed: HTTP Error 404: Not Found",
            "fetching <*> failed: HTTP Error 404: Not Found",
        ),
        (
            "Readiness probe failed: HTTP probe failed with statuscode: 503",
            "Readiness probe failed: HTTP probe failed with statuscode: 503",
        ),
        # A code and its message as Python prints an exception's arguments.
        (
            "(MySQLdb.OperationalError) (2006, 'MySQL server has gone away')",
            "(MySQLdb.OperationalError) (2006, <*>)",
        ),
        # An enhanced status after `dsn=`.
        (
            "45B60027002211: to=<bob@example.com>, mailer=esmtp, dsn=5.1.1, stat=User unknown",
            "<*>: to=<<*>>, mailer=esmtp, dsn=5.1.1, stat=User unknown",
        ),
    ],
)
def test_a_status_or_code_in_its_printed_place_stays(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]
    assert mask_message(masked) == masked  # idempotent: a code whose neighbour is masked


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # An id and a name as a row's tuple; a version after another key.
        ("loaded row (8123, 'alice') from cache", "loaded row (<*>, <*>) from cache"),
        ("upgraded dsn=1.2.3.4 ok", "upgraded dsn=<*> ok"),
    ],
)
def test_a_pair_or_key_of_other_values_is_masked(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]


def test_delivery_statuses_after_dsn_are_two_templates() -> None:
    lines = [
        f"{qid}: to=<{u}@example.com>, relay=mx.example.com. [10.0.0.9], dsn={dsn}, stat=Sent"
        for qid, u, dsn in [
            ("45B600270022", "ann", "2.0.0"),
            ("45B600310022", "bob", "2.0.0"),
            ("45B600440023", "cy", "2.6.0"),
            ("45B600520023", "di", "2.6.0"),
        ]
    ]
    got = templates(lines)
    assert "dsn=2.0.0" in got[lines[0]] and got[lines[0]] == got[lines[1]]
    assert "dsn=2.6.0" in got[lines[2]] and got[lines[2]] == got[lines[3]]


def test_a_printed_object_that_opens_with_a_code_is_no_value() -> None:
    # smtplib's refused recipients, masked: each address's reply, a code and its text.
    new = [
        "sending to <*> failed: {<*>: (550, b'<*> <<*>>: Recipient address rejected')}",
        "sending to <*> failed: {<*>: (452, b'<*> <<*>>: Mailbox full')}",
    ]
    assert value_after_label_heads(new) == {}


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # A status after `error:` (curl, an ACME server), an errno (Envoy).
        (
            "curl: (22) The requested URL returned error: 503",
            "curl: (<*>) The requested URL returned error: 503",
        ),
        ("delayed connect error: 111", "delayed connect error: 111"),
        # A reason phrase in parentheses (.NET's HttpClient) or quotes (Ruby's Net::HTTP).
        (
            "Response status code does not indicate success: 503 (Service Unavailable).",
            "Response status code does not indicate success: 503 (Service Unavailable).",
        ),
        ('webhook 8123 failed: 502 "Bad Gateway"', "webhook <*> failed: 502 <*>"),
        # An error's number so named (.NET's SqlException).
        (
            "failed: Error Number:2627,State:1,Class:14",
            "failed: Error Number:2627,State:<*>,Class:<*>",
        ),
    ],
)
def test_a_status_after_error_or_with_its_reason_stays(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]
    assert mask_message(masked) == masked  # idempotent: a code whose neighbour is masked


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        # A count after `Error:`, a request time after CouchDB's outcome word.
        ("Error: 2 files failed", "Error: <*> files failed"),
        ("GET /db/_all_docs 500 error 888", "GET <*> error <*>"),
    ],
)
def test_a_number_after_error_that_is_no_code_is_masked(message: str, masked: str) -> None:
    assert mask_message(message) == masked
    assert mask_array(pa.array([message])).to_pylist() == [masked]
