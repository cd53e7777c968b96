"""JSON lines: one JSON object per line, fields found through the aliases of `fields`.

Owns `JsonFormat` and the module instance `FORMAT` (name "json"). Every line is a complete
record (`multiline` False): invalid JSON, or JSON that is not an object, is not a header.
"""

from __future__ import annotations

from typing import Any

import orjson

from errctl.formats.fields import fields_from_mapping
from errctl.models import ParsedFields

_OPENERS = ("{", b"{")
_SKIP = " \t\ufeff"


class JsonFormat:
    name = "json"
    multiline = False

    def parse(self, line: str | bytes) -> ParsedFields | None:
        first = line[:1]
        if first not in _OPENERS:
            # Fast fail for every non-JSON line; tolerate leading blanks and a BOM.
            if isinstance(line, bytes):
                line = line.lstrip(b" \t")
                if line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if line[:1] != b"{":
                    return None
            elif isinstance(line, str):
                line = line.lstrip(_SKIP)
                if line[:1] != "{":
                    return None
            else:
                return None
        try:
            obj: Any = orjson.loads(line)
        except Exception:  # JSONDecodeError, and orjson's refusal of lone surrogates
            return None
        if type(obj) is not dict:
            return None
        return fields_from_mapping(obj)


FORMAT = JsonFormat()
