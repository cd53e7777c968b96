"""AWS load balancers' access logs, as they land in S3 (`.log.gz`): the Application Load
Balancer's and the Classic Load Balancer's, which starts the same without the leading type.

    https 2024-11-15T00:00:02.123456Z app/shop-lb/50dc6c495c0c9188 203.0.113.10:46533
    10.0.0.4:80 0.000 5.001 -1 502 - 34 366 "POST https://shop.example.com:443/api/orders
    HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:...:targetgroup/...
    "Root=1-58337262-36d228ad5d99923122bbe355" "shop.example.com" "arn:aws:acm:..." 0
    2024-11-15T00:00:02.080000Z "forward" "-" "TargetConnectionError" "10.0.0.4:80" "-" "-" "-"

(one line). Owns `ElbFormat` and the module instance `FORMAT` (name "elb"). As in `access.py`
the message is the request line and the load balancer's status, the template its route, and
the level follows that status (5xx error, 4xx warning; none at all, a client that went away: a
warning). The load balancer's `error_reason` (`TargetConnectionError`, `TargetResponseError`)
follows the status in both, since it names the problem. The load balancer's name is the
service; the X-Ray trace id (`Root=1-...`) is the trace id, so an application's log lines that
carry the same `X-Amzn-Trace-Id` can be found with it; the other columns go to attributes by
their names in AWS's documentation.
"""

from __future__ import annotations

import re

from errctl.formats.access import log_tokens, route_template, status_level
from errctl.formats.base import number
from errctl.models import ParsedFields

_HEAD = re.compile(
    r"(?:(?P<type>[a-z0-9]{2,5}) )?(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z) "
    r"(?P<elb>\S+) (?P<client>\S+) (?P<target>\S+) (?P<request_t>-?[\d.]+) "
    r"(?P<target_t>-?[\d.]+) (?P<response_t>-?[\d.]+) (?P<status>\d{3}|-) "
    r"(?P<target_status>\d{3}|-) (?P<rx>\d+|-) (?P<tx>\d+|-) \"(?P<req>[^\"]*)\" "
    r"\"(?P<ua>[^\"]*)\"(?: (?P<rest>.*))?",
    re.S,
)
# The columns after the user agent, in AWS's order (the Classic Load Balancer has the first two).
_REST = (
    "ssl_cipher",
    "ssl_protocol",
    "target_group_arn",
    "trace_id",
    "domain_name",
    "chosen_cert_arn",
    "matched_rule_priority",
    "request_creation_time",
    "actions_executed",
    "redirect_url",
    "error_reason",
    "target_port_list",
    "target_status_code_list",
    "classification",
    "classification_reason",
    "conn_trace_id",
)
_URL = re.compile(r"(?P<origin>[a-z]+://[^/\s]*)(?P<path>/[^?\s]*)?(?:\?(?P<query>\S*))?")


class ElbFormat:
    name = "elb"
    multiline = True
    one_line = True  # a request per line: an unread line after one is its own event

    def parse(self, line: str) -> ParsedFields | None:
        if '" "' not in line or not (line[:1].isdigit() or line[:1].islower()):
            return None
        m = _HEAD.match(line)
        if m is None:
            return None
        status_s = m.group("status")
        attributes: dict[str, object] = {
            "client": m.group("client"),
            "request_processing_time": float(m.group("request_t")),
            "target_processing_time": float(m.group("target_t")),
            "response_processing_time": float(m.group("response_t")),
        }
        for name, group in (
            ("type", "type"),
            ("target", "target"),
            ("status", "status"),
            ("target_status", "target_status"),
            ("received_bytes", "rx"),
            ("sent_bytes", "tx"),
            ("user_agent", "ua"),
        ):
            value = m.group(group)
            if value is not None and value != "-":
                attributes[name] = number(value) if value.isdigit() else value
        rest = m.group("rest")
        if rest:
            tokens = log_tokens(rest)
            for name, value in zip(_REST, tokens, strict=False):
                if value != "-" and value != "":
                    attributes[name] = value
        trace = attributes.pop("trace_id", None)
        trace_id = None
        if type(trace) is str:
            trace_id = trace.partition("Root=")[2].partition(";")[0] or trace
        request = m.group("req")
        reason = attributes.get("error_reason")
        suffix = f" {status_s}" + (f" {reason}" if reason else "")
        template = self._template(request, attributes, suffix)
        status = attributes.get("status")
        level = status_level(status) if type(status) is int else "warning"
        elb = m.group("elb")
        service = elb.split("/")[1] if elb.count("/") == 2 else elb
        return ParsedFields(
            f"{request}{suffix}",
            m.group("time"),
            level,
            service=service,
            trace_id=trace_id,
            attributes=attributes,
            template=template,
        )

    @staticmethod
    def _template(request: str, attributes: dict[str, object], suffix: str) -> str | None:
        parts = request.split(" ")
        if len(parts) != 3:
            return None
        method, url, protocol = parts
        u = _URL.fullmatch(url)
        if u is None:
            return None
        path, query = u.group("path") or "/", u.group("query")
        route = route_template(path, query)
        attributes.update(method=method, path=path, route=route, protocol=protocol)
        if query is not None:
            attributes["query"] = query
        return f"{method} {_without_default_port(u.group('origin'))}{route}{suffix}"


def _without_default_port(origin: str) -> str:
    """`https://shop.example.com:443` -> `https://shop.example.com`: the load balancer writes
    the listener's port into every URL, the scheme's own port says nothing more."""
    if origin.endswith(":443") and origin.startswith("https://"):
        return origin[:-4]
    if origin.endswith(":80") and origin.startswith("http://"):
        return origin[:-3]
    return origin


FORMAT = ElbFormat()
