"""The AppError hierarchy: default severities, levels, codes and context."""

from __future__ import annotations

import logging
import pickle

import pytest

from errctl import sdk
from errctl.sdk.errors import SEVERITY_LEVELS

CATEGORIES = [
    (sdk.ValidationError, "low", logging.WARNING, 400),
    (sdk.NotFoundError, "low", logging.WARNING, 404),
    (sdk.PermissionDeniedError, "medium", logging.WARNING, 403),
    (sdk.ConflictError, "medium", logging.WARNING, 409),
    (sdk.ExternalServiceError, "high", logging.ERROR, 502),
    (sdk.DatabaseError, "high", logging.ERROR, 500),
    (sdk.ConfigurationError, "critical", logging.CRITICAL, 500),
]


@pytest.mark.parametrize(("cls", "severity", "level", "status"), CATEGORIES)
def test_each_category_has_a_default_severity_level_and_status(cls, severity, level, status):
    err = cls("boom")
    assert isinstance(err, sdk.AppError)
    assert isinstance(err, Exception)
    assert (err.severity, err.level, err.http_status) == (severity, level, status)
    assert err.code is None
    assert err.context == {}
    assert str(err) == "boom"


def test_code_severity_and_context_per_instance():
    err = sdk.NotFoundError(
        "no such order", code="order_not_found", severity="high", context={"a": 1}, order_id=7
    )
    assert err.code == "order_not_found"
    assert err.severity == "high"
    assert err.level == logging.ERROR
    assert err.context == {"a": 1, "order_id": 7}
    assert str(err) == "no such order"
    assert err.to_dict() == {
        "severity": "high",
        "code": "order_not_found",
        "context": {"a": 1, "order_id": 7},
    }
    # the class default is untouched
    assert sdk.NotFoundError("x").severity == "low"


def test_unknown_severity_is_refused():
    with pytest.raises(ValueError, match="severity must be one of"):
        sdk.AppError("x", severity="urgent")


def test_severity_names_are_errctls():
    assert set(SEVERITY_LEVELS) == {"low", "medium", "high", "critical"}


def test_subclasses_of_categories_keep_their_defaults_and_can_set_a_code():
    class PaymentDeclined(sdk.ExternalServiceError):
        code = "declined"

    err = PaymentDeclined("card declined")
    assert (err.severity, err.code) == ("high", "declined")
    assert PaymentDeclined("x", code="other").code == "other"


def test_errors_survive_pickling_with_code_and_context():
    err = sdk.ConflictError("stale", code="version", severity="high", version=3)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is sdk.ConflictError
    assert (str(back), back.code, back.severity, back.context) == (
        "stale",
        "version",
        "high",
        {"version": 3},
    )


def test_an_app_error_without_a_message():
    err = sdk.DatabaseError()
    assert str(err) == ""
    assert err.message == ""
