"""Go's zerolog `ConsoleWriter` lines after their time, as generic reads them: Traefik v3's
default log, and any Go service that logs to a console with zerolog:

    2024-05-01T12:00:06Z ERR github.com/traefik/traefik/v3/pkg/server/service/wrr.go:196 > Service not found error="no available server" serviceName=whoami@kubernetescrd
    2024-05-01T12:00:04Z ERR error="service \"whoami\" does not exist" entryPointName=web

(`time LVL [caller >] message key=value...`, the level one of TRC DBG INF WRN ERR FTL PNC; the
fields sorted by key after `error`, a value quoted as Go quotes a string when it needs to be).
Owns `zerolog_fields`: the caller and the fields are attributes, and the message is what is
left; a line with no message (`log.Err(err).Send()`) is named by its error. Left in the
message, the fields would be words of the template: one group per router or service name.
"""  # noqa: E501

from __future__ import annotations

import re

from errctl.formats.logfmt import trailing_pairs
from errctl.models import ParsedFields

LEVELS = frozenset(("TRC", "DBG", "INF", "WRN", "ERR", "FTL", "PNC"))
# The caller, `file.go:123`, and the marker zerolog writes after it.
_CALLER = re.compile(r"(?P<caller>[^\s>]{1,512}:\d{1,7}) >(?: |\Z)")


def zerolog_fields(line: str, timestamp: str, pos: int) -> ParsedFields:
    """The fields of a zerolog console line whose level ends at `pos`."""
    attributes: dict[str, object] = {}
    level = line[pos - 3 : pos]
    pos += 1
    caller = _CALLER.match(line, pos)
    if caller is not None:
        attributes["caller"] = caller["caller"]
        pos = caller.end()
    message, pairs = trailing_pairs(line[pos:])
    attributes.update(pairs)
    if not message and type(pairs.get("error")) is str:
        message = pairs["error"]  # type: ignore[assignment]
    return ParsedFields(message, timestamp, level, attributes=attributes or None)
