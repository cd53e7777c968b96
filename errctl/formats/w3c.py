"""W3C extended log files: IIS's access logs, CloudFront's standard logs, Windows Firewall's log,
Exchange Server's logs and anything else that names its columns in a `#Fields:` directive:

    #Software: Microsoft Internet Information Services 10.0
    #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip ...
    2024-11-15 00:00:02 10.0.0.4 POST /api/orders - 443 - 203.0.113.10 curl/8.4.0 - 500 0 0 1204

Owns `W3CFormat` (name "w3c"), `from_sample` (the format a file's first lines declare) and the
module instance `FORMAT`, which knows no columns: `specialise` gives each file its own from the
directives at its start, so a resumed read parses as the first did. Fields are separated by a
blank (IIS, which writes a blank inside a value as `+`) or a tab (CloudFront); `-` is no value.

An HTTP request (`cs-method`, `cs-uri-stem`) reads as an access log line does (`access.py`):
`POST /api/orders 500`, the route as template, the level from `sc-status` (5xx error, 4xx
warning). HTTP.sys's error log (`httperr*.log`) names each line by its `s-reason` (and status,
when it has one): `503 AppOffline`, `Timer_ConnectionIdle`. Other logs (a firewall's) have
the values joined as their message, mined as any. Times are UTC, as the format defines
them. Directive lines are events of their own at debug level (`#Software`, a restart's
`#Date`), so nothing is lost and nothing is glued to a request.
The layouts are those the file's start (the sample detection reads, 64 KiB) declares, so that a
read resumed further on parses as a read from the start does: a line with another number of
fields is rejected and quarantined (a line cut short, or a layout first declared further on).

Microsoft Exchange Server writes its transport logs (message tracking `MSGTRK*.LOG`, SMTP
send and receive protocol logs, HTTP proxy logs) in a comma-separated variant, with a UTF-8
byte-order mark before the first directive and CRLF line ends:

    #Software: Microsoft Exchange Server
    #Log-type: Message Tracking Log
    #Date: 2024-06-07T00:00:04.975Z
    #Fields: date-time,client-ip,client-hostname,server-ip,...,source,event-id,...
    2024-06-07T00:00:05.420Z,10.0.0.21,EX01,...,SMTP,SEND,...,"Holiday schedule, June",...

A `#Fields:` directive whose value has commas and no blank declares such columns: each row is
split as CSV (a value with a comma or a quote quoted, its quotes doubled), an empty value is no
value, and the time is the `date-time` column (`DateTime`; ISO 8601, `Z`) where there is no
`time`. The columns are attributes (`message-subject` as `message_subject`); a message tracking
event is named by its source and event id (`SMTP SEND`, `ROUTING FAIL` and the SMTP reply that
failed it), a protocol log's line by its SMTP command or reply (`exchange.py`); any other
file's rows have their values joined as their message. The byte-order mark is no part of the
first directive, whether ingest dropped it or not.

Zeek's (Bro's) TSV logs declare their columns the same way, in lower case and split by tabs:

    #separator \x09
    #path	conn
    #fields	ts	uid	id.orig_h	id.orig_p	id.resp_h	id.resp_p	proto	service	conn_state
    #types	time	string	addr	port	addr	port	enum	string	string
    1764244800.123456	CHhAvVGS1DHFjwGM9	10.0.0.5	51234	93.184.216.34	443	tcp	ssl	SF

Their `ts` (epoch seconds, UTC) is the time, the `#path` (conn, dns, http, notice...) the
logger, `-` (unset) and `(empty)` no value; their directives (`#separator`, `#open`, `#close`)
are debug events as W3C's are. A record of Zeek's standard logs is named by the fields that
say what happened (`zeek.py`: `conn tcp REJ`, `weird bad_TCP_checksum`), not by all its values.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence

from errctl.formats.access import route_template, status_level
from errctl.formats.exchange import exchange_record
from errctl.formats.zeek import zeek_record
from errctl.models import ParsedFields

# A directive's name may have words (Windows Firewall's `#Time Format: Local`).
_DIRECTIVE = re.compile(r"#(?P<name>[A-Za-z-]+(?: [A-Za-z-]+){0,3}): ?(?P<value>.*)", re.S)
# Windows Firewall writes the machine's local time and says so; W3C's own is UTC.
_LOCAL_TIME_DIRECTIVE = "#Time Format: Local"
_FIELDS_DIRECTIVE = "#Fields:"
# Zeek's directives: a lower-case name, then a tab (a blank after `#separator`).
_ZEEK_DIRECTIVE = re.compile(r"#(?P<name>[a-z_]{1,32})[\t ](?P<value>.*)", re.S)
_ZEEK_FIELDS = "#fields\t"
_ZEEK_PATH = "#path\t"
_NO_VALUE = frozenset(("-", "", "(empty)"))
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# W3C names of the columns an access log has, as `access.py` names its attributes.
_ATTRIBUTE_NAMES = {
    "c-ip": "client_ip",
    "cs-method": "method",
    "cs-uri-stem": "path",
    "cs-uri-query": "query",
    "cs-uri": "path",  # HTTP.sys's error log: the whole target
    "cs-username": "user",
    "cs(User-Agent)": "user_agent",
    "cs(Referer)": "referer",
    "cs-version": "protocol",
    "sc-status": "status",
    "sc-bytes": "bytes",
    "s-ip": "server_ip",
    "s-port": "server_port",
}
_REFUSED = frozenset(("REJECT", "DROP"))
# Columns that are the event's own fields rather than attributes.
_OWN = frozenset({"date", "time", "s-computername", "s-sitename", "ts", "start"})
_NOT_A_NAME = re.compile(r"[^A-Za-z0-9]+")
# A byte-order mark: ingest drops it from a file's first line, but a line read otherwise may
# keep it (Exchange's logs start with one).
_BOM = "\ufeff"
# Comma-separated columns (Exchange's logs): the time is one ISO 8601 `date-time` column.
_DATE_TIMES = frozenset(("datetime",))
_ISO_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
_ZONED = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
# Their columns that are the event's own fields (besides the time's).
_COMMA_OWN = frozenset({"date", "time", "s-computername", "s-sitename"})


def attribute_name(field: str) -> str:
    """The attribute a column is kept as: `sc-win32-status` -> `sc_win32_status`."""
    known = _ATTRIBUTE_NAMES.get(field)
    if known is not None:
        return known
    return _NOT_A_NAME.sub("_", field).strip("_").lower() or "field"


class W3CFormat:
    name = "w3c"
    multiline = False

    def __init__(
        self,
        layouts: Sequence[Sequence[str]] = (),
        logger: str | None = None,
        declared_by: str = "a #Fields: directive",
        epoch_column: str = "ts",
        local_time: bool = False,
        comma_layouts: Sequence[Sequence[str]] = (),
    ) -> None:
        # The columns of each `#Fields:` directive, by how many there are: a file whose layout
        # changed (IIS writes the directives again when its logging settings change) reads both.
        self._layouts = {len(fields): tuple(fields) for fields in layouts}
        # Those of a directive that separates them by commas (Exchange's): its rows are CSV,
        # their time a `time` column (and `date`), else a `date-time` one.
        self._comma_layouts = {
            len(fields): (tuple(fields), None if "time" in fields else _date_time_column(fields))
            for fields in comma_layouts
        }
        self._logger = logger  # Zeek's `#path`: which of its logs this is
        self.directive = declared_by  # what declared the columns, for detection's reason
        self._epoch_column = epoch_column  # the time, in epoch seconds, where no `time` is
        # `#Time Format: Local`: the time has no zone (read in --tz), not W3C's UTC.
        self._zone = "" if local_time else "Z"

    @property
    def layouts(self) -> list[tuple[str, ...]]:
        return [*self._layouts.values(), *(fields for fields, _ in self._comma_layouts.values())]

    def specialise(self, sample: list[str]) -> W3CFormat:
        """This format with the columns the file's first lines declare."""
        found = from_sample(sample)
        return found if found is not None else self

    def parse(self, line: str) -> ParsedFields | None:
        if not self._layouts and not self._comma_layouts:
            return None  # `FORMAT`, in detection: it claims no other file's lines
        if line[:1] == _BOM:
            line = line[1:]
        if line.startswith("#"):
            return _directive(line)
        if self._comma_layouts:
            row = self._comma_row(line)
            if row is not None or not self._layouts:
                return row
        values = line.split("\t") if "\t" in line else line.split(" ")
        fields = self._layouts.get(len(values))
        if fields is None:
            return None
        if values[0] == fields[0] and tuple(values) == fields:
            # VPC Flow Logs' header row, written again at the top of each delivered file.
            return ParsedFields(line, None, "debug", attributes={"directive": "header"})
        record = {f: v for f, v in zip(fields, values, strict=True) if v not in _NO_VALUE}
        date, time = record.get("date"), record.get("time")
        if time is None and "time" not in fields:
            time = record.get(self._epoch_column)  # Zeek's `ts`, VPC Flow Logs' `start`
            if time is None or not time.replace(".", "", 1).isdigit():
                return None
        elif time is None or (date is not None and not _DATE.fullmatch(date)):
            return None
        timestamp = f"{date}T{time}{self._zone}" if date is not None else time
        attributes: dict[str, object] = {
            attribute_name(f): _number(v) for f, v in record.items() if f not in _OWN
        }
        method, stem = record.get("cs-method"), record.get("cs-uri-stem")
        status = attributes.get("status")
        level = status_level(status) if type(status) is int else None
        if record.get("action") in _REFUSED:
            # VPC Flow Logs' REJECT: traffic a security group or network ACL refused; Windows
            # Firewall's DROP: a packet its rules dropped.
            level = "warning"
        template = None
        reason = record.get("s-reason")
        zeek = None
        if self._logger is not None:  # (only Zeek's logs have a `#path`)
            zeek = zeek_record(self._logger, record, attributes)
        if zeek is not None:
            message, template, zeek_level = zeek
            level = zeek_level or level
        elif reason is not None:
            # HTTP.sys's error log (httperr*.log): what went wrong is the reason, a request's
            # or a connection's (`Timer_ConnectionIdle`, `Connection_Abandoned_By_AppPool`,
            # `503 AppOffline`), whichever URL it was on (an attribute).
            template = f"{status} {reason}" if status is not None else reason
            message = " ".join(
                v
                for v in (method, record.get("cs-uri"), record.get("sc-status"), reason)
                if v is not None
            )
        elif method is not None and stem is not None:
            query = record.get("cs-uri-query")
            target = f"{stem}?{query}" if query else stem
            message = f"{method} {target}" + (f" {status}" if status is not None else "")
            if stem.startswith("/"):
                route = route_template(stem, query)
                attributes["route"] = route
                template = f"{method} {route}" + (f" {status}" if status is not None else "")
        else:
            message = " ".join(
                v for f, v in zip(fields, values, strict=True) if f not in _OWN and v != "(empty)"
            )
            if "action" in record and "path" in record and "protocol" in record:
                # Windows Firewall: what it did, to which protocol, which way (`DROP UDP
                # RECEIVE`); the addresses, ports and sizes are values. Mined, the action and
                # the direction were masked with them: drops one group with what it allowed.
                template = f"{record['action']} {record['protocol']} {record['path']}"
        return ParsedFields(
            message,
            timestamp,
            level,
            service=record.get("s-sitename"),
            host=record.get("s-computername"),
            logger=self._logger,
            attributes=attributes,
            template=template,
        )

    def _comma_row(self, line: str) -> ParsedFields | None:
        """A row of comma-separated columns, split as CSV (a value with a comma or a quote is
        quoted, its quotes doubled); an empty value is no value."""
        line = line.rstrip("\r\n")
        if '"' in line:
            try:
                values = next(csv.reader((line,), strict=True))
            except (csv.Error, StopIteration):
                return None  # (a quote left open: a line cut short)
        else:
            values = line.split(",")
        layout = self._comma_layouts.get(len(values))
        if layout is None:
            return None
        fields, time_column = layout
        record = {f: v for f, v in zip(fields, values, strict=True) if v}
        if time_column is None:
            date, time = record.get("date"), record.get("time")
            if time is None or (date is not None and not _DATE.fullmatch(date)):
                return None
            timestamp = f"{date}T{time}{self._zone}" if date is not None else time
        else:
            timestamp = record.get(time_column)
            if timestamp is None or _ISO_DATE_TIME.match(timestamp) is None:
                return None
            if _ZONED.search(timestamp) is None:
                timestamp += self._zone
        own = _COMMA_OWN | {time_column}
        attributes = {attribute_name(f): _number(v) for f, v in record.items() if f not in own}
        named = exchange_record(fields, record)
        if named is not None:
            message, template, level = named
        else:
            message = " ".join(v for f, v in record.items() if f not in own)
            template, level = None, None
        if not message:
            return None
        return ParsedFields(
            message,
            timestamp,
            level,
            service=record.get("s-sitename"),
            host=record.get("s-computername"),
            attributes=attributes,
            template=template,
        )


def from_sample(sample: list[str]) -> W3CFormat | None:
    """The format a file declares in its first lines' `#Fields:` directives; None when there
    is none."""
    declared = [
        line.removeprefix(_BOM)[len(_FIELDS_DIRECTIVE) :].strip()
        for line in sample
        if line.removeprefix(_BOM).startswith(_FIELDS_DIRECTIVE)
    ]
    # Blank-separated (IIS, CloudFront, ...), or comma-separated with no blank (Exchange's
    # `#Fields: date-time,client-ip,...`).
    commas = [value for value in declared if "," in value and len(value.split()) == 1]
    layouts = [value.split() for value in declared if value not in commas]
    layouts = [fields for fields in layouts if "time" in fields]
    comma_layouts = [value.split(",") for value in commas]
    comma_layouts = [
        fields for fields in comma_layouts if "time" in fields or _date_time_column(fields)
    ]
    if layouts or comma_layouts:
        local = any(line.rstrip() == _LOCAL_TIME_DIRECTIVE for line in sample)  # (CRLF too)
        return W3CFormat(layouts, local_time=local, comma_layouts=comma_layouts)
    vpc = _vpc_flow_layout(sample)
    if vpc is not None:
        return vpc
    zeek = [line.rstrip("\r\n").split("\t")[1:] for line in sample if line.startswith(_ZEEK_FIELDS)]
    zeek = [fields for fields in zeek if "ts" in fields]
    if not zeek:
        return None
    path = next(
        (line[len(_ZEEK_PATH) :].strip() for line in sample if line.startswith(_ZEEK_PATH)), ""
    )
    return W3CFormat(zeek, logger=path or None, declared_by="a Zeek #fields directive")


# AWS VPC Flow Logs: the default (version 2) record, and the field names a custom format may
# choose (each file delivered to S3 starts with a header row of them; CloudWatch Logs' have
# none, so a file of default records is known by its rows).
VPC_DEFAULT = str.split(
    "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes"
    " start end action log-status"
)
_VPC_NAMES = frozenset(
    VPC_DEFAULT
    + str.split(
        "vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr region az-id"
        " sublocation-type sublocation-id pkt-src-aws-service pkt-dst-aws-service"
        " flow-direction traffic-path ecs-cluster-arn ecs-cluster-name"
        " ecs-container-instance-arn ecs-container-instance-id ecs-container-id"
        " ecs-second-container-id ecs-service-name ecs-task-definition-arn ecs-task-arn"
        " ecs-task-id reject-reason"
    )
)
_VPC_DEFAULT_ROW = re.compile(r"2 (?:\d{12}|-) (?:eni-[0-9a-f]{8,17}|-) ")


def _vpc_flow_layout(sample: list[str]) -> W3CFormat | None:
    """VPC Flow Logs' columns: those its header row names, else the default record's when the
    sample's first line is one."""
    first = sample[0].rstrip("\r\n") if sample else ""
    names = first.split(" ")
    if "start" in names and len(names) >= 3 and _VPC_NAMES.issuperset(names):
        return W3CFormat([names], declared_by="a VPC Flow Logs header row", epoch_column="start")
    if _VPC_DEFAULT_ROW.match(first) is not None and len(names) == len(VPC_DEFAULT):
        default = "VPC Flow Logs' default record"
        return W3CFormat([VPC_DEFAULT], declared_by=default, epoch_column="start")
    return None


def _date_time_column(fields: Sequence[str]) -> str | None:
    """The column of comma-separated ones that holds the ISO 8601 time: `date-time`
    (Exchange's tracking and protocol logs), `DateTime` (its HTTP proxy logs)."""
    return next((f for f in fields if _NOT_A_NAME.sub("", f).lower() in _DATE_TIMES), None)


def _directive(line: str) -> ParsedFields | None:
    m = _DIRECTIVE.fullmatch(line) or _ZEEK_DIRECTIVE.fullmatch(line)
    if m is None:
        return None
    timestamp = None
    if m.group("name") == "Date":
        timestamp = m.group("value").strip().replace(" ", "T")
        if not timestamp.endswith("Z"):
            timestamp += "Z"  # (Exchange's has its `Z` already)
    return ParsedFields(line, timestamp, "debug", attributes={"directive": m.group("name")})


def _number(value: str) -> object:
    """Counts and codes as numbers (`sc-status`, `time-taken`), anything else as written."""
    if value.isdecimal() and len(value) < 16:
        return int(value)
    return value


FORMAT = W3CFormat()
