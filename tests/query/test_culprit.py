"""Where an exception group's exception came from: Sentry's culprit, and the step where two
chains of one title part (errctl.query.culprit)."""

from __future__ import annotations

from errctl.fingerprint.inapp import InAppRules
from errctl.models import ExceptionInfo, Frame
from errctl.query.culprit import culprit, origins

LIBRARY = (
    Frame(file="Thread.java", module="java.lang.Thread", function="run"),
    Frame(file="Method.java", module="java.lang.reflect.Method", function="invoke"),
)
CLIENT = Frame(
    file="PaystreamClient.java", module="com.acme.billing.provider.PaystreamClient",
    function="charge",
)  # fmt: skip
SOCKET = Frame(file="NioSocketImpl.java", module="sun.nio.ch.NioSocketImpl", function="timedRead")


def _java(type_: str, *frames: Frame) -> ExceptionInfo:
    return ExceptionInfo(type=type_, value="timed out", frames=frames, language="java")


def _from(controller: str) -> Frame:
    return Frame(module="com.acme.billing.api.InvoiceController", function=controller)


def test_culprit_is_the_innermost_in_app_frame_of_the_raised_exception() -> None:
    chain = (
        _java("com.acme.PaymentProviderException", *LIBRARY, _from("create"), CLIENT),
        _java("java.net.SocketTimeoutException", CLIENT, SOCKET),
    )
    assert culprit(chain) == "com.acme.billing.provider.PaystreamClient in charge"


def test_culprit_without_in_app_frames_is_the_innermost_frame() -> None:
    assert culprit((_java("java.lang.OutOfMemoryError", *LIBRARY),)) == (
        "java.lang.reflect.Method in invoke"
    )


def test_culprit_names_a_file_where_a_frame_has_no_module() -> None:
    frame = Frame(file="/srv/app/web/orders.py", function="create_order", lineno=88)
    assert culprit((ExceptionInfo("KeyError", "'id'", (frame,), "python"),)) == (
        "orders.py in create_order"
    )


def test_culprit_follows_the_users_in_app_rules() -> None:
    chain = (_java("com.acme.PaymentProviderException", _from("create"), CLIENT),)
    rules = InAppRules(exclude=("com.acme.billing.provider.*",))
    assert culprit(chain, rules) == "com.acme.billing.api.InvoiceController in create"


def test_culprit_of_no_chain_or_no_frames_is_none() -> None:
    assert culprit(None) is None
    assert culprit((ExceptionInfo("ValueError", "bad"),)) is None


def test_origins_name_the_first_in_app_frame_where_two_chains_part() -> None:
    create = (_java("com.acme.PaymentProviderException", *LIBRARY, _from("create"), CLIENT),)
    charge = (_java("com.acme.PaymentProviderException", *LIBRARY, _from("charge"), CLIENT),)
    assert origins({"a": create, "b": charge}) == {
        "a": "via InvoiceController.create",
        "b": "via InvoiceController.charge",
    }


def test_origins_name_the_cause_where_the_raised_exceptions_agree() -> None:
    raised = _java("com.acme.PaymentProviderException", _from("create"), CLIENT)
    timeout = (raised, _java("java.net.SocketTimeoutException", CLIENT, SOCKET))
    refused = (raised, _java("java.net.ConnectException", CLIENT, SOCKET))
    alone = (raised,)
    assert origins({"t": timeout, "r": refused, "n": alone}) == {
        "t": "caused by SocketTimeoutException",
        "r": "caused by ConnectException",
        "n": "no cause",
    }


def test_origins_tell_three_groups_apart_by_the_step_each_parts_last() -> None:
    def chain(*functions: str) -> tuple[ExceptionInfo, ...]:
        frames = [Frame(module=f"acme.jobs.{f}", function="run") for f in functions]
        return (ExceptionInfo("acme.Timeout", "", tuple(frames), "python"),)

    found = origins({"a": chain("x", "p", "q"), "b": chain("x", "p", "r"), "c": chain("y", "p")})
    assert found == {"a": "via q.run", "b": "via r.run", "c": "via y.run"}


def test_origins_short_names_of_go_packages_and_recursion() -> None:
    handler = Frame(module="github.com/acme/api/handlers", function="(*Server).Orders")
    again = Frame(module="github.com/acme/api/handlers", function="(*Server).Orders")
    other = Frame(module="github.com/acme/api/handlers", function="(*Server).Refunds")
    deep = Frame(module="github.com/acme/api/store", function="Get")
    a = (ExceptionInfo("panic", "nil map", (handler, again, deep), "go"),)
    b = (ExceptionInfo("panic", "nil map", (other, deep), "go"),)
    assert origins({"a": a, "b": b}) == {
        "a": "via handlers.(*Server).Orders",
        "b": "via handlers.(*Server).Refunds",
    }


def test_origins_say_nothing_of_chains_that_read_the_same() -> None:
    same = (_java("com.acme.PaymentProviderException", _from("create"), CLIENT),)
    assert origins({"a": same, "b": same}) == {}
    assert origins({"a": None, "b": None}) == {}
