"""pfxlog's text layout (OpenZiti's controller and routers): the seconds since start, the
level, the function, the fields in braces, then the message."""

from __future__ import annotations

from errctl.formats.generic import FORMAT as GENERIC
from errctl.formats.pfxlog import pfxlog_line
from errctl.formats.registry import detect
from errctl.formats.xorg import FORMAT as XORG

ROUTER = (
    "[112808.524] WARNING ziti/router/link.(*linkRegistryImpl).evaluateLinkState.func1: "
    "{key=[default->tls:Tn4-hR7cQs->default]} link already present, but link status still pending"
)
CONTROLLER = (
    "[  41.305]   ERROR ziti/controller/handler_edge_ctrl.(*baseRequestHandler).returnError "
    "[ch{pZ8kD_3Lwa}->u{classic}->i{pZ8kD_3Lwa/j4NN}]: {routerId=[pZ8kD_3Lwa] "
    "error=[service [web] has no terminators] operation=[create.circuit]} responded with error"
)


def test_the_head_and_fields_leave_the_message():
    f = pfxlog_line(ROUTER)
    assert f is not None
    assert f.message == "link already present, but link status still pending"
    assert (f.level, f.timestamp) == ("WARNING", None)
    assert f.logger == "ziti/router/link.(*linkRegistryImpl).evaluateLinkState.func1"
    assert f.attributes == {"uptime": 112808.524, "key": "default->tls:Tn4-hR7cQs->default"}


def test_a_channel_s_context_and_a_value_with_brackets_are_attributes():
    # Go prints the fields in a map's random order: in the message, each order was a template.
    f = pfxlog_line(CONTROLLER)
    assert f is not None
    assert f.message == "responded with error"
    assert f.logger == "ziti/controller/handler_edge_ctrl.(*baseRequestHandler).returnError"
    assert f.attributes == {
        "uptime": 41.305,
        "context": "ch{pZ8kD_3Lwa}->u{classic}->i{pZ8kD_3Lwa/j4NN}",
        "routerId": "pZ8kD_3Lwa",
        "error": "service [web] has no terminators",
        "operation": "create.circuit",
    }


def test_under_a_container_runtime_s_time_the_time_is_the_event_s():
    f = GENERIC.parse("2024-06-07T06:00:11.618901318Z " + ROUTER)
    assert f is not None
    assert f.timestamp == "2024-06-07T06:00:11.618901318Z"
    assert (f.level, f.message) == (
        "WARNING",
        "link already present, but link status still pending",
    )
    assert f.attributes["key"] == "default->tls:Tn4-hR7cQs->default"


def test_an_openziti_log_is_not_the_x_server_s():
    lines = [
        ROUTER,
        CONTROLLER,
        "[   0.046]    INFO ziti/ziti/controller.run: starting ziti-controller",
    ]
    assert XORG.parse(ROUTER) is None
    assert detect(lines).name == "generic"
    assert GENERIC.parse(lines[2]).message == "starting ziti-controller"
    # The X server's own lines are still its.
    assert XORG.parse('[    11.813] (II) LoadModule: "glx"').level == "info"
