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

from errctl.formats.logfmt import split_pairs
from errctl.models import ParsedFields

LEVELS = frozenset(("TRC", "DBG", "INF", "WRN", "ERR", "FTL", "PNC"))
# The caller, `file.go:123`, and the marker zerolog writes after it.
_CALLER = re.compile(r"(?P<caller>[^\s>]{1,512}:\d{1,7}) >(?: |\Z)")
_KEY = re.compile(r"[\w.@/-]{1,128}")


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


def trailing_pairs(text: str) -> tuple[str, dict[str, str]]:
    """`text` cut before the `key=value` pairs that end it, and the pairs (none: `text`, {}).

    Read from the end, one pair at a time, so that a message with an `=` in it stays whole: a
    quoted value opens at the last `="` before its closing quote (a quote inside is escaped),
    a bare one (no `=` or `"` in it) after the last blank. Each step moves left: linear."""
    end = len(text)
    cut = end
    while end > 0:
        if text[end - 1] == '"' and end > 1:
            key_end = text.rfind('="', 0, end - 1)
            if key_end < 0:
                break
        else:
            blank = text.rfind(" ", 0, end)
            key_end = text.find("=", blank + 1, end)
            if key_end < 0 or any(c in text[key_end + 1 : end] for c in '="'):
                break
        blank = text.rfind(" ", 0, key_end)
        if not _KEY.fullmatch(text, blank + 1, key_end):
            break
        cut = blank + 1
        end = blank if blank >= 0 else 0
    if cut == len(text):
        return text, {}
    split = split_pairs(text[cut:])
    if split is None or split[1] != len(split[0]):
        return text, {}
    pairs = {k: v for k, v in split[0].items() if type(v) is str}
    return text[:cut].rstrip(" "), pairs
