"""Container log envelopes: the runtime's wrapper around each line a container wrote.

Kubernetes nodes keep container output in the CRI format (containerd, CRI-O:
`/var/log/pods/.../0.log`), one line per line written:

    2024-05-01T12:00:01.123456789Z stderr F 2024-05-01 12:00:01,123 ERROR payment failed

and Docker's default json-file driver (`/var/lib/docker/containers/<id>/<id>-json.log`) wraps
each in JSON: `{"log": "...\\n", "stream": "stderr", "time": "2024-05-01T12:00:01.1Z"}`.

Read as they stand, the application's own line is lost inside the wrapper: its level and
header are not read, and a traceback becomes one event per line. So a file whose sample is
(nearly) all envelope lines is unwrapped first: each line's payload is what the formats see,
detected, framed and parsed as if the application had written the file itself, and the
envelope's time (UTC, to the nanosecond, always present) becomes the event's time. The stream
(stdout or stderr) is kept as an attribute, and the two streams never make one event. An
application that logs JSON keeps its fields; the text lines between its records (a Go panic,
an uncaught traceback on stderr) are framed into events of their own rather than rejected as
they are in a plain JSON-lines file: in a container's output they are the crash itself.

Where Kubernetes keeps these files, the path names the container (`/var/log/pods/<namespace>_
<pod>_<uid>/<container>/0.log`, `/var/log/containers/<pod>_<namespace>_<container>-<id>.log`);
`kubernetes_container` reads it, and ingest makes it the service of the events that name none,
so a directory of pod logs shows one service per container rather than none.

`docker compose logs` (and `docker-compose logs`) put each line after the name of the container
that wrote it, padded to the longest name, `web-1  | ...`, and with `--timestamps` the runtime's
time: one file, several services. Unwrapped, the container takes the stream's place (its
lines never make one event with another's), is kept as the `container` attribute, and names
the service of the events that name none (`web-1` is service `web`).

`kubectl logs --prefix` (several pods or containers at once) puts `[pod/<pod>/<container>] `
before each line, with `--timestamps` the time after it: unwrapped alike, the pod and container
are the stream, kept as the `container` attribute (`pod/container`), and the container names
the service.

stern, which tails several pods at once, puts the pod's and the container's names before each
line (`api-7d9f8b6c5-x2kqz api <line>`, with `--timestamps` the time after them): unwrapped
alike, when no specific format reads the lines as they stand and one reads the payloads,
since a program's own message may open with two such words.

`kubectl logs --timestamps` and `docker logs --timestamps` (one container, its streams merged)
put the runtime's RFC 3339 time alone before each line. An application's own header may start
the same way (`2024-05-01T12:00:01Z ERROR ...`, rsyslog's high-precision files), so this
wrapper is taken off only when no specific format reads the lines as they stand and one reads
what the times wrap (a JSON record, a Python logging line): else the file reads as before.
A CI job's log (GitHub Actions' raw log, Jenkins' console with the Timestamper plugin's
`[time] `) puts a time before every line of a build's raw output, a stack trace's too: it is
unwrapped when generic reads the lines whole but finds a level on few of them.

The logs supercomputer sites collect from their nodes (the CFDR's BlueGene/L, Thunderbird,
Liberty, Spirit) put an alert category, the collection's epoch second, its date and the node
before each line: unwrapped alike, the node is the stream (kept as the `node` attribute, its
lines framed apart from other nodes'), an alert category makes the line an error where it
says no level of its own, and the line's own time wins over the collector's.

PM2 (the Node.js process manager) writes each program's output to its own files, and with
`--time` (or a `log_date_format`) puts the time and a colon before every line, the lines of a
stack trace included: `2024-05-01T10:00:01: Error: connect ECONNREFUSED`, then
`2024-05-01T10:00:01:     at TCPConnectWrap.afterConnect (node:net:1555:16)`; or it stamps
each write, and a stack trace written at once has its frames bare under its stamped first line
(an error file is then mostly bare lines: the lines that open events are what must be stamped,
`_heads_wrapped`). Its time has no
zone unless the format asks for one (read in `--tz`, as any zone-less time). The prefix is
taken off when no format reads the lines as they stand (a program's output under it is often raw
text, a crash or `console.log`, which no format claims either way), or only generic does and a
format reads what the times wrap.

`aws logs tail` (CloudWatch Logs: a Lambda function's, an ECS task's) puts each event's time,
to the microsecond with its offset, and its log stream before it:
`2024-05-01T10:00:00.123000+00:00 2024/05/01/[$LATEST]8f5b2c1e START RequestId: ...`. An event
that spans lines (a traceback) is printed as it is, its lines after the first unwrapped: those
lines belong to the stream of the line above them, so they are framed with it, and the share of
wrapped lines that detection asks for is lower (a traceback-heavy log is half bare lines).
Each log stream is framed on its own (concurrent Lambda containers interleave their lines) and
kept as the `log_stream` attribute.

Lines after the name of the file they came from: `grep -H` over several logs (`app.log:2024-05-01
10:00:01 ERROR ...`, with `-n` the line's number too), and logs gathered into one file with
each line's source before it (`nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 2931
INFO ...`: a rotated name, its date). Unwrapped when no format reads the lines as they stand,
or only generic does and a format reads the payloads: each file is a stream of its own, kept
as the `source_file` attribute, and its name without the suffixes names the service of the
events that name none (`nova-api`).

`tail` (or `head`) over several files prints each file's lines under a header naming it,
`==> /var/log/nginx/access.log <==`: a file that opens with one is read so (`TAIL`), each
file's lines a stream of their own, framed and parsed in their format, the header no event,
the file kept as `source_file` and its name the service, as for `grep -H`.

The Java Service Wrapper (Tanuki's, which runs ActiveMQ, Nexus 2 and many enterprise Java
services) writes what its JVM prints, and what it says itself, to `wrapper.log` after a level,
its source and the time: `INFO   | jvm 1    | 2024/05/01 10:00:01 | <the JVM's line>`,
`STATUS | wrapper  | 2024/05/01 10:00:05 | JVM exited unexpectedly.`. Unwrapped, the JVM's
lines are read in their own format (log4j, say), a stack trace's lines join their event, and
the source (`jvm 1`, `wrapper`) is the stream, kept as the `wrapper_source` attribute. The
application's own time, to the millisecond, is the event's; the wrapper's (to the second,
read in `--tz`) is the time of a line with none. The wrapper logs all a JVM prints at INFO, so
its level column is only taken for its own lines.

Phusion Passenger writes what each application process prints (a Rails app's logger on stdout,
its crash's report) into its own log after `App <pid> output: `, between its own lines
(`[ N 2024-06-07 08:30:06.0007 1209/Tb age/Cor/CoreMain.cpp:1147 ]: ...`). Unwrapped, each
process's lines are read in their format (Ruby's Logger), a report's lines join their event,
and the pid is the stream, kept as the `process` attribute; Passenger's own lines pass
through as they are, framed apart, so fewer of a sample's lines need the prefix.

Owns `Envelope`, `detect_envelope`, `unwrap_lines` and `kubernetes_container`. The unwrapped
line keeps its physical number and byte span, so incremental reads, crash safety and
`source:line` are unchanged. A line that is not an envelope (damage in the file) passes
through as it is. A line the runtime split because it was too long (the CRI tag `P`; a Docker
`log` without its newline: both cut at 16 KiB) is joined to its rest, so a long JSON record or
stack trace stays one line, in the sample that detects the format too; the joined line spans
several physical ones (`Line.physical`). A
partial line whose rest has not been written yet (the end of a live file), or whose rest never
comes, is a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import orjson

from errctl.formats.escapes import as_shown
from errctl.ingest.readers import MAX_LINE_BYTES, Line

ENVELOPE_SHARE = 0.9
OWN_LINES_SHARE = 0.5
"""The share of wrapped lines an envelope needs whose wrapper writes lines of its own
(`Envelope.own_lines_between`): its prefix names it (`App 2442 output: `), no header could
start so."""
BARE_CONTINUATION_SHARE = 0.3
"""The share of wrapped lines an envelope with bare continuation lines needs: its first line
is wrapped too, and half or more of a traceback-heavy sample is bare lines."""
"""A file is unwrapped when at least this share of its non-blank sample lines are envelopes of
one kind: a log written by hand that happens to start one line like CRI stays as it is."""

# `<RFC 3339 time with nanoseconds> <stream> <tag> <payload>`; the tag is P (partial) or F (full)
# and may carry more flags after a colon in future runtimes (`F:x`), so any non-blank run is
# accepted.
_CRI = re.compile(
    r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)) (stdout|stderr) ([^ ]+) ?"
)
_DOCKER_KEYS = frozenset(("log", "stream", "time", "attrs"))
# The two layouts of a node's container logs, rotated names (`0.log.20240501-120000.gz`) too.
_POD_LOG = re.compile(r"(?:^|/)[^/_]+_[^/_]+_[^/]+/(?P<container>[^/]+)/\d+\.log(?:\.[^/]*)?$")
_CONTAINER_LOG = re.compile(
    r"(?:^|/)[^/_]+_[^/_]+_(?P<container>[^/]+)-[0-9a-f]{64}\.log(?:\.[^/]*)?$"
)

# `docker compose logs`: the container's name (`web-1`, `shop-web-1`, `shop_web_1` before
# Compose 2), blanks up to the longest name, `|`; with `--timestamps`, an RFC 3339 time.
# `docker service logs` (Swarm): the task, `<service>.<slot>.<task id>@<node>`, in its place
# (the id cut to twelve characters unless `--no-trunc`).
_COMPOSE = re.compile(
    r"(?P<name>[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(?:@[A-Za-z0-9][\w.-]{0,127})?) *\| ?"
)
_SWARM_TASK = re.compile(r"\.\d{1,5}\.[a-z0-9]{12,25}@.*\Z")
_PREFIX_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)(?= )")
_REPLICA = re.compile(r"[-_]\d+$")
# A level padded to five columns after two blanks: what an application writes after its own
# time (tracing's `  INFO `, `  WARN `), never what a runtime's does; and tracing's longer
# levels, with the module path its events name after them (` ERROR conduit::api: `).
_PADDED_LEVEL = re.compile(r"  (?:INFO|WARN) | (?:ERROR|DEBUG|TRACE) [A-Za-z_]\w{0,63}::")

# payload, time (None: the payload's own), stream, whether the line is complete, and the level
# the envelope gives the line (None: the payload's own, if any)
Unwrapped = tuple[str, str | None, str, bool, str | None]


def _cri(text: str) -> Unwrapped | None:
    m = _CRI.match(text)
    if m is None:
        return None
    return text[m.end() :], m.group(1), m.group(2), m.group(3)[:1] != "P", None


def _docker(text: str) -> Unwrapped | None:
    if text[:1] != "{":
        return None
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    if type(obj) is not dict or not obj.keys() <= _DOCKER_KEYS:
        return None
    payload, when, stream = obj.get("log"), obj.get("time"), obj.get("stream")
    if type(payload) is not str or type(when) is not str or type(stream) is not str:
        return None
    complete = payload.endswith("\n")
    # JSON escaped the payload's terminal escapes (`\u001b`): they are taken off here.
    return as_shown(payload.rstrip("\r\n")), when, stream, complete, None


def _compose(text: str) -> Unwrapped | None:
    m = _COMPOSE.match(text)
    return None if m is None else _prefixed(text[m.end() :], m.group("name"))


# supervisor-stdout, the event listener that sends supervisord's programs' output to its own
# (`[eventlistener:stdout] command = supervisor_stdout`, Quay's and many images' setup):
# `<process> stdout | line`, `<process> stderr | line`.
_SUPERVISOR_STDOUT = re.compile(r"(?P<name>[A-Za-z0-9][\w.:-]{0,127}) (?:stdout|stderr) \| ")


def _supervisor_stdout(text: str) -> Unwrapped | None:
    m = _SUPERVISOR_STDOUT.match(text)
    return None if m is None else (text[m.end() :], None, m["name"], True, None)


# `kubectl logs --prefix`: `[pod/web-7d9f8b6c5-x2kqz/web] line`.
_KUBECTL = re.compile(r"\[pod/(?P<pod>[^/\]\s]{1,253})/(?P<container>[^/\]\s]{1,63})\] ?")


def _kubectl(text: str) -> Unwrapped | None:
    m = _KUBECTL.match(text)
    return None if m is None else _prefixed(text[m.end() :], f"{m['pod']}/{m['container']}")


# A process manager's prefix, the process's name in capitals and the time, each in brackets
# (Baserow's all-in-one image, its supervisord programs' output through one log:
# `[BACKEND][2024-06-05 06:00:00] 127.0.0.1:60039 - "GET /api/_health/ HTTP/1.1" 200`,
# `[CELERY_WORKER][...] [2024-06-05 06:00:17,020: INFO/MainProcess] Task ... received`).
_PROCESS_TIME = re.compile(
    r"\[(?P<name>[A-Z][A-Z0-9_-]{1,31})\]"
    r"\[(?P<time>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)\] ?"
)


def _process_time(text: str) -> Unwrapped | None:
    m = _PROCESS_TIME.match(text)
    return None if m is None else (text[m.end() :], m["time"], m["name"], True, None)


# An MPI launcher's tag before each line a rank printed: Open MPI's `--tag-output`
# (`[1,0]<stdout>:`, job and rank) and Horovod's `horovodrun` (`[0]<stderr>:`), with
# `--timestamp-output` ctime's time glued before it (`Fri Jun  7 06:00:44 2024[0]<stderr>:`).
_RANK_TAG = re.compile(
    r"(?P<time>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})?"
    r"\[(?P<rank>\d{1,7}(?:,\d{1,7})?)\]<(?P<stream>stdout|stderr)>:"
)


def _rank_tag(text: str) -> Unwrapped | None:
    m = _RANK_TAG.match(text)
    if m is None:
        return None
    return text[m.end() :], m["time"], f"{m['rank']}/{m['stream']}", True, None


# Phusion Passenger's prefix before what an application process printed (module doc).
_PASSENGER_APP = re.compile(r"App (?P<pid>\d{1,10}) output: ?")


def _passenger_app(text: str) -> Unwrapped | None:
    if text[:4] != "App ":
        return None
    m = _PASSENGER_APP.match(text)
    return None if m is None else (text[m.end() :], None, m["pid"], True, None)


def process_service(name: str) -> str:
    """The service a process's prefix names: `BACKEND` is service `backend`."""
    return name.lower()


# stern (several pods' logs at once, its colours off in a file): `<pod> <container> <line>`,
# the pod named as Kubernetes names a workload's pods (its name, then a replica set's hash and
# five characters, or a stateful set's ordinal), the container a DNS label. (The pod's
# namespace before it, with --all-namespaces, is left in the payload.)
_STERN = re.compile(
    r"(?P<pod>[a-z0-9](?:[a-z0-9.-]{0,240}[a-z0-9])?-(?:[a-z0-9]{5}|\d{1,5})) "
    r"(?P<container>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?) "
)


def _stern(text: str) -> Unwrapped | None:
    m = _STERN.match(text)
    return None if m is None else _prefixed(text[m.end() :], f"{m['pod']}/{m['container']}")


# A log file's name before the line (`grep -H`, `grep -Hn`, logs gathered with their names): a
# path, a name ending `.log`, `.txt`, `.out` or `.err`, a rotation's number and date, then `:`
# (grep's, after the line's number with `-n`) or a blank.
_FILE_NAMED = re.compile(
    r"(?P<file>(?:[\w.~+-]{1,255}/){0,32}(?P<stem>[\w.+-]{0,254}?[\w+-])\.(?:log|txt|out|err)"
    r"(?:\.\d{1,4})?(?:[._-]\d{4}-?\d\d-?\d\d(?:[_T.-]\d\d[:.-]?\d\d[:.-]?\d\d)?)?(?:\.gz)?)"
    r"(?::\d{1,9})?[: ]"
)


def _file_named(text: str) -> Unwrapped | None:
    m = _FILE_NAMED.match(text)
    return None if m is None else (text[m.end() :], None, m["file"], True, None)


# `tail` (and `head`) over several files: each file's lines under a header naming it,
# `==> /var/log/app/api.log <==`, a blank line before the next one.
_TAIL_HEADER = re.compile(r"==> (?P<file>\S(?:.{0,4094}\S)?) <==\Z")


def _tail_header(text: str) -> Unwrapped | None:
    m = _TAIL_HEADER.match(text)
    return None if m is None else ("", None, m["file"], True, None)


def file_service(file: str) -> str:
    """The service a log file's name names: its name without the path and suffixes."""
    name = file.rpartition("/")[2] or file
    m = _FILE_NAMED.match(name + " x")
    return m["stem"] if m is not None else name


# `kubectl logs --timestamps`, `docker logs -t`: the time alone (nine digits of fraction from
# both; other writers print fewer), then the line. A CI job's log is written so too: GitHub
# Actions' and Azure Pipelines' raw logs (seven digits), and Jenkins' console with the
# Timestamper plugin, which brackets it (`[2024-05-01T12:00:00.123Z] + make test`). s6-log's
# `T` directive (s6-overlay's containers: Frigate, the LinuxServer.io images) writes a blank
# for the `T`, nine digits and no zone, and two blanks after it.
_TIMESTAMPED = re.compile(
    r"(?P<open>\[)?(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)"
    r"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9}(?= ))(?(open)\]) "
)


def _timestamped(text: str) -> Unwrapped | None:
    m = _TIMESTAMPED.match(text)
    if m is None:
        return None
    end = m.end()
    if text[10:11] == " " and text[end : end + 1] == " ":
        end += 1  # s6-log's second blank
    return (text[end:], m["time"], "", True, None)


# PM2's `--time` (`YYYY-MM-DDTHH:mm:ss`) or a `log_date_format` of its kind, then `: `.
_PM2 = re.compile(
    r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?: ?(?:Z|[+-]\d\d:?\d\d))?): "
)


def _pm2(text: str) -> Unwrapped | None:
    m = _PM2.match(text)
    return None if m is None else (text[m.end() :], m.group(1), "", True, None)


# A program's output under a time put before every line by what wrote the file, the lines of
# a stack trace included, each under the time of the line that raised it: pip's `--log` file
# (`2024-05-01T10:11:12,345 `), moreutils' `ts`, a shell loop's `date` prefix. ISO date and
# time, a fraction after `.` or `,`, an optional zone, one blank.
_STAMPED = re.compile(
    r"(?P<time>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?) "
)
# A stack frame's line, the evidence that a stamp wraps a trace's lines one by one: Python's
# `  File "...", line N`, Java's `\tat ...`, Node's `    at ...`.
_FRAME = re.compile(r"  File \"|\tat |    at ")


def _stamped(text: str) -> Unwrapped | None:
    m = _STAMPED.match(text)
    return None if m is None else (text[m.end() :], m["time"], "", True, None)


def _a_trace_under_one_time(lines: list[str]) -> bool:
    """Whether a stack frame's line in `lines` carries the same stamp as the line above it:
    the stamp is the writer's, put before each line of a trace (`_stamped`), not a log
    header's (a logger writes its header once, above the trace's bare lines)."""
    previous = None
    for line in lines:
        m = _STAMPED.match(line)
        if m is not None and m.group() == previous and _FRAME.match(line, m.end()):
            return True
        previous = None if m is None else m.group()
    return False


# What the supercomputer sites' log collectors wrote before each line they gathered (the CFDR
# logs of BlueGene/L, Thunderbird, Liberty, Spirit, Red Storm): an alert category (`-` for none,
# `KERNDTLB`, `R_MCE`), the epoch second it was collected, its date, the node, then the line
# as the node wrote it (`- 1131566461 2005.11.09 dn228 Nov  9 12:01:01 dn228/dn228 crond[2915]:
# ...`, a syslog line; BlueGene's RAS records under their own time).
_COLLECTED = re.compile(
    r"(?P<alert>-|[A-Z][A-Z0-9_]{1,31}) (?P<epoch>\d{9,10}) \d{4}\.\d\d\.\d\d (?P<node>\S{1,128}) "
)


def _collected(text: str) -> Unwrapped | None:
    m = _COLLECTED.match(text)
    if m is None:
        return None
    # An alert category is the collector's word that the line is a failure.
    level = None if m["alert"] == "-" else "error"
    return text[m.end() :], m["epoch"], m["node"], True, level


# `aws logs tail`: the time (six digits of fraction, an offset), the log stream, the message.
# A stream name has a slash (Lambda's `2024/05/01/[$LATEST]8f5b...`, ECS's `prefix/web/4c1d...`):
# an application's own `isoformat() LEVEL message` header has none where the stream would be.
_CLOUDWATCH = re.compile(
    r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d) ([^\s/]{0,256}/\S{1,512}) "
)


def _cloudwatch(text: str) -> Unwrapped | None:
    m = _CLOUDWATCH.match(text)
    return None if m is None else (text[m.end() :], m.group(1), m.group(2), True, None)


# The Java Service Wrapper's log file (Tanuki's `wrapper.log`, default `wrapper.logfile.format`
# LPTM): the level, who wrote the line (`wrapper` itself or `jvm N`, the Nth JVM it launched),
# the wall time to the second (to the millisecond with the `Z` format code), then the line,
# each column padded and closed by ` | `:
# `INFO   | jvm 1    | 2024/05/01 10:00:01 | 2024-05-01 10:00:01,123 [main] INFO  ...`; the
# wrapper's thread before the time with the `D` code (SAP Commerce's LPDTM: `INFO   | jvm 1
# | main    | 2024/06/07 07:30:19.318 | WARN  [hybrisHTTP36] ...`).
_WRAPPER = re.compile(
    r"(?P<level>STATUS|INFO|WARN|ERROR|FATAL|DEBUG|NOTICE|ADVICE) *\| "
    r"(?P<source>wrapper|jvm \d{1,5}) *\| "
    r"(?:[\w-]{1,32} *\| )?"
    r"(?P<time>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d{3})?) \| ?"
)
# The wrapper's own levels that say how it sees its own message: lifecycle news and advice.
_WRAPPER_LEVELS = {"STATUS": "INFO", "ADVICE": "INFO"}


def _wrapper(text: str) -> Unwrapped | None:
    m = _WRAPPER.match(text)
    if m is None:
        return None
    source = m["source"]
    # The wrapper logs whatever a JVM prints at INFO, whatever it says: only its own lines'
    # level is a level.
    level = None
    if source == "wrapper":
        level = _WRAPPER_LEVELS.get(m["level"], m["level"])
    return text[m.end() :], m["time"], source, True, level


def _prefixed(payload: str, stream: str) -> Unwrapped:
    """A line a tool prefixed with its source, and with the runtime's time when asked for
    (`--timestamps`): that time is the line's. Not a time the application wrote itself,
    followed by its level padded to its column (Rust's tracing: `2024-06-06T06:00:01.1Z  INFO
    conduit::api: ...`): the runtime writes one blank after its time, and taken off, the
    application's line lost its time and read as indented."""
    t = _PREFIX_TIME.match(payload)
    if t is None or _PADDED_LEVEL.match(payload, t.end()) is not None:
        return payload, None, stream, True, None
    return payload[t.end() + 1 :], t.group(), stream, True, None


def kubectl_service(stream: str) -> str:
    """The container of a `pod/container` stream: the service, as for a node's pod logs."""
    return stream.rpartition("/")[2]


def compose_service(container: str) -> str:
    """The Compose service a container belongs to: its name without the replica number (a
    Swarm service's task: without its slot, task id and node)."""
    if "@" in container:
        container = _SWARM_TASK.sub("", container)
    return _REPLICA.sub("", container) or container


@dataclass(frozen=True, slots=True)
class Envelope:
    # "cri", "cloudwatch", "docker", "wrapper", "compose", "supervisor", "kubectl", "process",
    # "rank", "passenger", "stern", "file_named",
    # "collected", "timestamps", "pm2", "stamped" or "tail"
    name: str
    label: str  # for the summary's reason
    unwrap: Callable[[str], Unwrapped | None]
    # The attribute that keeps what separates the lines' sources; None: one source.
    stream_key: str | None = "stream"
    service_of_stream: Callable[[str], str] | None = None  # the service a stream names, if any
    # Its wrapper could be an application's own header (module docstring): unwrapped only when
    # no specific format reads the lines whole and one reads their payloads.
    weak: bool = False
    # Unwrapped only when no format reads the lines whole, or only generic does and a format reads
    # the payloads (the wrapper of raw output: a crash, console.log).
    unclaimed: bool = False
    # The lines of an event after its first are printed bare (`aws logs tail`): such a line
    # belongs to the stream above it, and fewer of a sample's lines need to be wrapped.
    bare_continuations: bool = False
    # The payload's own time, when it has one, is the event's; the envelope's fills in for a
    # line without one (the Java Service Wrapper's time is to the second, its application's
    # to the millisecond, both the same wall clock).
    payload_time_first: bool = False
    # Unwrapped only when a stack frame's line carries the same time as the line above it
    # (`_a_trace_under_one_time`): evidence that the time wraps each line of a program's output.
    traced: bool = False
    # The program that wraps its children's lines writes lines of its own between them
    # (Passenger's): they pass through, and half the sample's lines wrapped will do.
    own_lines_between: bool = False

    @property
    def min_share(self) -> float:
        if self.own_lines_between:
            return OWN_LINES_SHARE
        return BARE_CONTINUATION_SHARE if self.bare_continuations else ENVELOPE_SHARE


TAIL = Envelope(
    "tail",
    "several files' lines under tail's ==> name <== headers",
    _tail_header,
    "source_file",
    file_service,
    bare_continuations=True,
)
"""`tail` over several files: a header names the file of the lines under it, which are the
file's own (its header no event); told by its first line (`detect_envelope`), since the
headers are few."""

ENVELOPES = (
    Envelope("cri", "container log (CRI: containerd, CRI-O)", _cri),
    # Before `timestamps`, whose time alone would take the stream for the first word.
    Envelope(
        "cloudwatch",
        "CloudWatch Logs (aws logs tail)",
        _cloudwatch,
        "log_stream",
        unclaimed=True,
        bare_continuations=True,
    ),
    Envelope("docker", "container log (Docker json-file)", _docker),
    # Before `compose`, whose container name would take the wrapper's level column.
    Envelope(
        "wrapper",
        "Java Service Wrapper log (wrapper.log)",
        _wrapper,
        "wrapper_source",
        payload_time_first=True,
    ),
    Envelope("compose", "docker compose logs", _compose, "container", compose_service),
    Envelope(
        "supervisor",
        "supervisord's programs' output (supervisor-stdout: `<process> stdout | line`)",
        _supervisor_stdout,
        "process",
    ),
    Envelope("kubectl", "kubectl logs --prefix", _kubectl, "container", kubectl_service),
    # Each process's lines framed on their own; the payload's own time, finer, wins.
    Envelope(
        "process",
        "lines after a process's name and time in brackets (a process manager's)",
        _process_time,
        "process",
        process_service,
        payload_time_first=True,
    ),
    # The launcher's own lines between its ranks' pass through.
    Envelope(
        "rank",
        "an MPI launcher's ranks' output (`[rank]<stdout>:`, Open MPI's and Horovod's)",
        _rank_tag,
        "rank",
        own_lines_between=True,
    ),
    Envelope(
        "passenger",
        "Phusion Passenger's log (an application process's output after `App <pid> output:`)",
        _passenger_app,
        "process",
        own_lines_between=True,
    ),
    # Pod and container names are words a message may open with (`worker-12345 started job`):
    # only where no specific format reads the lines whole and one reads what stern wraps.
    Envelope(
        "stern",
        "stern (pod and container before each line)",
        _stern,
        "container",
        kubectl_service,
        weak=True,
    ),
    Envelope(
        "file_named",
        "lines after their file's name (grep -H, gathered logs)",
        _file_named,
        "source_file",
        file_service,
        unclaimed=True,
    ),
    # Each node's lines are framed on their own: nodes' lines interleave in a collected file.
    Envelope(
        "collected",
        "lines after a collector's alert tag, time, date and node (HPC sites' syslog)",
        _collected,
        "node",
        payload_time_first=True,
    ),
    Envelope(
        "timestamps",
        "lines after a runtime's time (logs --timestamps)",
        _timestamped,
        None,
        weak=True,
    ),
    # PM2 stamps each write, not each line: a stack trace logged at once (`console.error(err)`)
    # has the time on its first line alone, the frames bare below it.
    Envelope(
        "pm2",
        "lines after PM2's time (pm2 --time)",
        _pm2,
        None,
        unclaimed=True,
        bare_continuations=True,
    ),
    Envelope(
        "stamped",
        # Said so: with no format for the text after the time the file reads as "raw", and the
        # reason must not suggest its times went unread.
        "timestamped text (pip --log, ts): each line's time read, a stack trace's lines' too, "
        "the text after it read as the message",
        _stamped,
        None,
        traced=True,
    ),
)


def detect_envelope(sample: list[str]) -> tuple[Envelope, list[str]] | None:
    """The envelope around (nearly) every line of `sample`, and the sample's payloads (a line the
    runtime split joined again, as `unwrap_lines` joins it, so detection reads the line the
    application wrote); None when the lines are not wrapped."""
    lines = [s for s in sample if s.strip()]
    if not lines:
        return None
    if lines[0][0] in " \t" and (found := _numbered(lines) or _indented(lines)) is not None:
        return found
    if lines[0][:4] == "==> " and _TAIL_HEADER.match(lines[0]) is not None:
        return TAIL, [x for x in lines if _TAIL_HEADER.match(x) is None]
    for envelope in ENVELOPES:
        unwrapped = [envelope.unwrap(line) for line in lines]
        wrapped = len(unwrapped) - unwrapped.count(None)
        if not wrapped or (
            wrapped < envelope.min_share * len(lines)
            and not (envelope.bare_continuations and _heads_wrapped(lines, unwrapped))
        ):
            continue
        if envelope.own_lines_between:  # the wrapper's own lines are read in their format
            unwrapped = [
                got if got is not None else (line, None, "", True, None)
                for got, line in zip(unwrapped, lines, strict=True)
            ]
        found = _joined_payloads(unwrapped)
        if envelope.weak and not (
            _payloads_read_better(lines, found) or _only_the_time_is_read(lines)
        ):
            continue
        if envelope.unclaimed and not _payloads_read_no_worse(lines, found):
            continue
        if envelope.traced and not _a_trace_under_one_time(lines):
            continue
        return envelope, found
    return None


HEADS_SHARE = 0.75
"""Of the lines that may open an event (`_heads_wrapped`), the share an envelope whose events
go on over bare lines must wrap: Node's warnings end with a bare hint of their own (`(Use
`node --trace-warnings ...` ...)`)."""


def _heads_wrapped(lines: list[str], unwrapped: list[Unwrapped | None]) -> bool:
    """Whether most lines that could open an event are wrapped: in a file of stack traces
    whose writer stamps each write, not each line (PM2's error files), the indented frames
    under an event's first line, and the brace that closes an error's printed properties,
    are most of the lines, none of them wrapped."""
    heads = [
        u
        for line, u in zip(lines, unwrapped, strict=True)
        if line[:1] not in " \t" and line.rstrip() not in _CLOSERS
    ]
    return bool(heads) and len(heads) - heads.count(None) >= HEADS_SHARE * len(heads)


_CLOSERS = frozenset(("}", "]", ")", "},", "],"))


# A number right-aligned in a column before each line: varnishlog's transaction id (`%10u`),
# `uniq -c`'s count.
_NUMBERED = re.compile(r" *\d{1,20}[ \t]")


def _numbered(lines: list[str]) -> tuple[Envelope, list[str]] | None:
    """The envelope of lines that each open with a number right-aligned in one column
    (`varnishlog -g raw`'s `         0 Backend_health - ...`, `  32771 FetchError b ...`):
    every line of the sample so, the numbers ending in one column, some written in. Read as they
    stand, every line would go on the one above (`_indented`); the number is no part of the
    message."""
    ends = set()
    for line in lines:
        m = _NUMBERED.match(line)
        if m is None:
            return None
        ends.add(m.end())
        if len(ends) > 1:
            return None
    end = ends.pop()
    envelope = Envelope(
        "numbered",
        "a number right-aligned before every line (varnishlog, uniq -c): read without it",
        lambda text: (
            (text[end:], None, "", True, None)
            if (m := _NUMBERED.match(text)) is not None and m.end() == end
            else None
        ),
        None,
    )
    return envelope, [line[end:] for line in lines]


def _indented(lines: list[str]) -> tuple[Envelope, list[str]] | None:
    """The envelope of a program's output written a few blanks in, every line of it (koa-logger's
    `  <-- GET /`, Koa's errors under it with their frames deeper): the blanks every line opens
    with, when no line of the sample would start an event as it stands (each would go on the
    one above: the whole file one event) and some do without them. The deeper lines keep what
    is left of their indent: a stack's frames still go on their error's line."""
    from errctl.formats.registry import looks_like_continuation

    blank = lines[0][0]
    width = min(len(line) - len(line.lstrip(blank)) for line in lines)
    if width > MAX_COMMON_INDENT or not all(looks_like_continuation(line) for line in lines):
        return None
    indent = blank * width
    payloads = [line[width:] for line in lines]
    if all(looks_like_continuation(p) or p.startswith(_FRAME_WORDS) for p in payloads):
        return None  # a trace written in, or a stack's frames alone: one event as it stands
    envelope = Envelope(
        "indented",
        f"every line {width} {'blank' if blank == ' ' else 'tab'}{'s' if width > 1 else ''} in: "
        "read without them",
        lambda text: (text[width:], None, "", True, None) if text.startswith(indent) else None,
        None,
    )
    return envelope, payloads


_FRAME_WORDS = ("at ", 'File "')
MAX_COMMON_INDENT = 8
"""The deepest indent taken off a file's lines (`_indented`): a program's output is written a
few blanks in; deeper, the lines are a document's quoted block or a stack's frames alone."""


def _joined_payloads(unwrapped: list[Unwrapped | None]) -> list[str]:
    """The payloads of a sample's wrapped lines, the parts of a line the runtime split (CRI's
    `P`, a Docker `log` without its newline) joined as `unwrap_lines` joins them: up to the
    next part of the same stream that completes it, and no further than a line of another
    stream or one not wrapped."""
    out: list[str] = []
    parts: list[str] = []  # of a split line, not complete yet
    stream = None  # its stream
    for got in unwrapped:
        if got is None or (parts and got[2] != stream):
            if parts:
                out.append("".join(parts))
                parts = []
            if got is None:
                continue
        payload, _when, stream, complete, _level = got
        if not complete:
            parts.append(payload)
        elif parts:
            parts.append(payload)
            out.append("".join(parts))
            parts = []
        else:
            out.append(payload)
    if parts:
        out.append("".join(parts))
    return out


WEAK_SAMPLE_LINES = 100
"""Lines a weak envelope's two detections read: every generic log with ISO times is asked, and
a directory of many small files should not pay for two full detections of each."""


def _payloads_read_better(lines: list[str], payloads: list[str]) -> bool:
    """Whether the payloads read better than the lines whole: a format of its own reads them,
    or generic finds levels on more of them. Where generic reads both alike, the time is the
    application's own (Haraka's `2024-06-04T06:00:01.698Z [NOTICE] [-] [core] ...`), and
    taking it off would leave the lines whose level word generic reads only after a time."""
    from errctl.formats.registry import detect

    n = WEAK_SAMPLE_LINES
    whole, unwrapped = detect(lines[:n]).name, detect(payloads[:n]).name
    if whole not in ("generic", "raw") or unwrapped == "raw":
        return False
    if whole == "raw" or unwrapped != "generic":
        return True
    return _levelled(payloads[:n]) > _levelled(lines[:n])


def _levelled(lines: list[str]) -> int:
    """How many of `lines` generic reads a level on."""
    from errctl.formats.generic import FORMAT as GENERIC

    count = 0
    for line in lines:
        fields = GENERIC.parse(line)
        if fields is not None and fields.level is not None:
            count += 1
    return count


LEVELLED_SHARE = 0.5
"""A time-prefixed file in which generic finds a level on fewer than this share of lines is a
program's output under a time (a CI job's log), not a log whose header starts with a time."""


# The stamps CI runners put before each line: Jenkins' Timestamper brackets its time; GitHub
# Actions and Azure Pipelines write seven digits of fraction and `Z`. An application's own
# ISO time (milliseconds, microseconds, an offset) before a message with no level word is a
# log generic reads, whose `ERROR something bad` keeps its level.
_CI_RUNNER_TIME = re.compile(
    r"\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)\] "
    r"|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z "
)
CI_STAMPED_SHARE = 0.9
"""A CI job's log has the runner's stamp on (nearly) every line."""


def _only_the_time_is_read(lines: list[str]) -> bool:
    """Whether the lines read whole are generic's and it reads little but their time: a CI
    job's log (a build's output under the runner's time), where a stack trace's lines each
    have the time too and are one event only once it is taken off."""
    from errctl.formats.registry import detect

    sample = lines[:WEAK_SAMPLE_LINES]
    stamped = sum(1 for line in sample if _CI_RUNNER_TIME.match(line))
    if stamped < CI_STAMPED_SHARE * len(sample):
        return False  # an application's own time before its message: generic reads it
    if detect(sample).name != "generic":
        return False
    return _levelled(sample) < LEVELLED_SHARE * len(sample)


def _payloads_read_no_worse(lines: list[str], payloads: list[str]) -> bool:
    """Whether no format reads `lines` as they stand, or only generic does and a format reads
    the payloads."""
    from errctl.formats.registry import detect

    n = WEAK_SAMPLE_LINES
    whole = detect(lines[:n]).name
    return whole == "raw" or (whole == "generic" and detect(payloads[:n]).name != "raw")


def unwrap_lines(lines: Iterable[Line], envelope: Envelope) -> Iterator[Line]:
    """Each line with its payload as text and its envelope (time or None, stream) attached;
    split lines joined again (module docstring), up to MAX_LINE_BYTES characters, past which the
    rest is dropped and the line flagged truncated, as readers do with one over-long line."""
    unwrap = envelope.unwrap
    pending: Line | None = None  # a partial line, waiting for the rest of it
    last_stream: str | None = None  # of the last wrapped line (`bare_continuations`)
    for line in lines:
        got = unwrap(line.text)
        if got is None:
            if pending is not None:
                yield pending
                pending = None
            if envelope.bare_continuations and last_stream is not None:
                line.envelope = (None, last_stream, None)  # framed with the event above it
            yield line
            continue
        payload, when, stream, complete, level = got
        last_stream = stream
        if pending is not None:
            if pending.envelope[1] == stream:  # type: ignore[index]
                _append(pending, payload, line)
                if complete:
                    yield pending
                    pending = None
                continue
            yield pending  # the other stream's line came between: its rest never will
            pending = None
        line.text = payload
        line.envelope = (when, stream, level)
        if complete:
            yield line
        else:
            pending = line
    if pending is not None:
        yield pending


def _append(pending: Line, payload: str, line: Line) -> None:
    room = MAX_LINE_BYTES - len(pending.text)
    if len(payload) > room:
        payload = payload[: max(room, 0)]
        pending.truncated = True
    pending.text += payload
    pending.end = line.end
    pending.physical += line.physical
    pending.truncated |= line.truncated
    pending.had_nul |= line.had_nul


def kubernetes_container(path: str) -> str | None:
    """The container a Kubernetes node's log file belongs to, from its path; None for any
    other path."""
    m = _POD_LOG.search(path) or _CONTAINER_LOG.search(path)
    return m.group("container") if m else None
