"""Couchbase Server's ns_server logs (`/opt/couchbase/var/lib/couchbase/logs/info.log`,
`error.log`, `debug.log`, `couchdb.log`, ...), written by ale, its Erlang logger:

    [ns_server:info,2024-06-11T06:26:06.573Z,ns_1@10.0.0.11:<0.8714.0>:compaction_daemon:spawn_scheduled_kv_compactor:506]Start compaction of vbuckets for bucket default
    [ns_server:debug,2024-06-11T06:26:07.001Z,ns_1@10.0.0.11:ns_config_log<0.302.0>:ns_config_log:log_common:232]config change:
    auto_failover_cfg ->
    [{enabled,true},{timeout,120},{count,0},{max_count,1}]

The logger (`ns_server`, `user`, `couchdb`, `menelaus`), the level, the time (no zone before
4.0), the node, the process (a registered name glued to its pid, or either), the module,
function and line in brackets, then the message with no blank. A message formatted with `~p`
goes on over lines: Erlang terms (a config's new value, a process's state, a crash report).

Owns `CouchbaseFormat` and the module instance `FORMAT` (name "couchbase"). The logger is the
logger; node, process, module, function and line attributes. The lines a record goes on over
are its `detail` attribute (`fold`), searched as attributes are, and the message is the first
line: joined to the message, a term of many shapes and lengths made a template of each
(`config change:` one per key changed and value's shape, where ns_server's statement is one
`config change:~n~p ->~n~p`). A trace among them stays the event's trace.
"""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import replace

from errctl.formats.multiline import looks_like_trace
from errctl.models import ParsedFields

_ALE = re.compile(
    r"\[(?P<logger>[a-z_]{1,32}):(?P<level>debug|info|warn|error|critical),"
    r"(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?),"
    r"(?P<node>[^:,\[\]\s]{1,128}):(?P<process>[\w.]{0,64}<[\d.]{1,32}>|[\w.]{1,64}|undefined):"
    r"(?P<module>\w{1,64}):(?P<function>[^:\[\]\s]{1,128}):(?P<lineno>\d{1,7})\]"
)


class CouchbaseFormat:
    name = "couchbase"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        m = _ALE.match(line) if line[:1] == "[" and line[1:2].islower() else None
        if m is None:
            return None
        attrs: dict[str, object] = {
            "node": m["node"],
            "process": m["process"],
            "module": m["module"],
            "function": m["function"],
            "lineno": int(m["lineno"]),
        }
        message = line[m.end() :]
        return ParsedFields(message, m["ts"], m["level"], logger=m["logger"], attributes=attrs)

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """The lines a record goes on over (module docstring): its `detail`; a trace is left to
        be the event's."""
        if looks_like_trace(continuation):
            return fields, continuation
        detail = "\n".join(continuation).strip("\n")
        if not detail:
            return fields, []
        attributes = {**(fields.attributes or {}), "detail": detail}
        return replace(fields, attributes=attributes), []


FORMAT = CouchbaseFormat()
