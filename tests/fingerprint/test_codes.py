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
