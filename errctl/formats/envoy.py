"""Envoy's access log in its default format, and Istio's (which adds columns), what the sidecars
and gateways of a service mesh (Istio, Contour, Emissary, Gloo, App Mesh) write:

    [2024-11-15T00:00:02.123Z] "POST /api/orders HTTP/1.1" 503 UF 34 91 5001 - "203.0.113.10"
    "curl/8.4.0" "6a2d3b0f-..." "shop.example.com" "10.0.4.17:8080"

(one line). Owns `EnvoyFormat` and the module instance `FORMAT` (name "envoy"). As in `access.py`
the message is the request line and status (`POST /api/orders HTTP/1.1 503 UF`) and the
template the route; Envoy's response flags (`UF` upstream connection failure, `UH` no healthy
upstream, `NR` no route) follow the status in both, since `503 UF` and `503 UH` are different
problems. The level follows the status (5xx error, 4xx warning); a status of 0 (no response
was sent) is an error when a flag says why, a warning when the client went away (`DC`) or
nothing says. The other columns go to attributes by their names in Envoy's default format and
Istio's; a line with other columns after the flags keeps them as the `extra` attribute. A TCP
connection's line (`"- - -" 0 UH ...`) is named by its upstream cluster where Istio logs it.
"""

from __future__ import annotations

import re

from errctl.formats.access import log_tokens, request_template, status_level
from errctl.formats.base import number
from errctl.models import ParsedFields

_HEAD = re.compile(
    r"\[(?P<time>\d{4}-\d\d-\d\dT[^\]]{8,40})\] \"(?P<req>[^\"]*)\" (?P<status>\d{1,3}) "
    r"(?P<flags>\S+)(?: (?P<rest>.*))?",
    re.S,
)
_HTTP_COLUMNS = (
    "bytes_received",
    "bytes_sent",
    "duration_ms",
    "upstream_service_time",
    "x_forwarded_for",
    "user_agent",
    "request_id",
    "authority",
    "upstream_host",
)
# Istio's default: the code details and why the connection ended or failed, Envoy's default
# columns, then where the request went and on which route.
_ISTIO_COLUMNS = (
    "response_code_details",
    "connection_termination_details",
    "upstream_transport_failure_reason",
    *_HTTP_COLUMNS,
    "upstream_cluster",
    "upstream_local_address",
    "downstream_local_address",
    "downstream_remote_address",
    "requested_server_name",
    "route_name",
)
_LAYOUTS = {len(_HTTP_COLUMNS): _HTTP_COLUMNS, len(_ISTIO_COLUMNS): _ISTIO_COLUMNS}
_NUMBERS = frozenset({"bytes_received", "bytes_sent", "duration_ms", "upstream_service_time"})
_CLIENT_GONE = frozenset({"-", "DC"})


class EnvoyFormat:
    name = "envoy"
    multiline = True
    one_line = True  # a request per line: an unread line after one is its own event

    def parse(self, line: str) -> ParsedFields | None:
        if not line.startswith("[") or '] "' not in line[:48]:
            return None
        m = _HEAD.match(line)
        if m is None:
            return None
        request, status_s, flags, rest = m.group("req", "status", "flags", "rest")
        status = int(status_s)
        attributes: dict[str, object] = {"status": status}
        if flags != "-":
            attributes["response_flags"] = flags
        if rest:
            tokens = log_tokens(rest)
            columns = _LAYOUTS.get(len(tokens))
            if columns is None:
                attributes["extra"] = rest
            else:
                for name, value in zip(columns, tokens, strict=True):
                    if value not in ("-", ""):
                        attributes[name] = (
                            number(value) if name in _NUMBERS and value.isdigit() else value
                        )
        suffix = f" {status_s}" if flags == "-" else f" {status_s} {flags}"
        template = request_template(request, suffix, attributes)
        if request == "- - -" and "upstream_cluster" in attributes:
            # A TCP connection: which upstream failed names the problem.
            suffix += f" {attributes['upstream_cluster']}"
            template = f"{request}{suffix}"
        if status == 0:  # no response was sent
            level = "warning" if flags in _CLIENT_GONE else "error"
        else:
            level = status_level(status)
        return ParsedFields(
            f"{request}{suffix}",
            m.group("time"),
            level,
            attributes=attributes,
            template=template,
        )


FORMAT = EnvoyFormat()
