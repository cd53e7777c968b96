"""Compilers' diagnostics in a build's output, the GNU coding standards' `file:line:col:
severity: message` that GCC, Clang and many tools after them print:

    main.c:3:10: error: ‘y’ undeclared (first use in this function)
        3 |   return y;
          |          ^
    util.c:1:20: warning: unused variable ‘unused’ [-Wunused-variable]
    main.c: In function ‘main’:

TypeScript's `tsc` writes `src/app.ts(2,13): error TS2304: Cannot find name 'y'.`: read alike,
its code (`TS2304`) an attribute and in the template.

The severity is the level (`fatal error` critical, `note` debug), the file, line, column and
the warning's option (`-Wunused-variable`) attributes. The names a message quotes (‘y’, `'y'`)
are its values, so `unused variable ‘<*>’ [-Wunused-variable]` is one group wherever it fires;
the excerpt of the source under it (`    3 |   return y;` and its caret) is kept as the
`excerpt` attribute, out of the message: another line of code is no other problem. The context
line above a function's diagnostics (`main.c: In function ‘main’:`) is a debug event.

`diagnostic(line)` gives a diagnostic's fields (GCC's, Clang's, tsc's); `diagnostic_block(header,
continuation)` those of one with its excerpt under it; both None for any other text.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_DIAGNOSTIC = re.compile(
    r"(?P<file>[^\s:][^:\n]{0,1023}):(?P<line>\d{1,7}):(?:(?P<col>\d{1,5}):)? "
    r"(?P<severity>fatal error|error|warning|note|remark): (?P<message>.+?)"
    r"(?: \[(?P<option>-W[\w=+-]{1,128}|-f[\w=+-]{1,128}|[\w.-]{1,64}\*?)\])?\Z"
)
# TypeScript's compiler without a terminal (`tsc`, `--pretty false`): `src/app.ts(2,13): error
# TS2304: Cannot find name 'y'.`, its code after the severity.
_TSC = re.compile(
    r"(?P<file>[^\s(][^(\n]{0,1023})\((?P<line>\d{1,7}),(?P<col>\d{1,5})\): "
    r"(?P<severity>error|warning|message) (?P<code>TS\d{1,6}): (?P<message>.+)\Z"
)
# GCC's context above a function's (or a file's) diagnostics.
_CONTEXT = re.compile(
    r"(?P<file>[^\s:][^:\n]{0,1023}): (?P<context>In (?:member )?function|In constructor"
    r"|In destructor|In instantiation of|At global scope|At top level)(?P<rest>.*)\Z"
)
_LEVELS = {
    "fatal error": "critical",
    "error": "error",
    "warning": "warning",
    "note": "debug",
    "remark": "debug",
}
# A name the message quotes: GCC's ‘’ (in a UTF-8 locale), ASCII quotes otherwise, Clang's ''.
_QUOTED = re.compile(r"‘[^’\n]{0,256}’|'[^'\n]{0,256}'")
# The source excerpt under a diagnostic: `    3 |   return y;`, `      |          ^`.
_EXCERPT = re.compile(r" *+(?:\d{1,7} ++)?\|")


def diagnostic(line: str) -> ParsedFields | None:
    """The fields of a compiler's diagnostic line, or of its context line; else None."""
    m = _DIAGNOSTIC.match(line)
    if m is None:
        return _tsc(line) or _context(line)
    message = m["message"]
    attributes: dict[str, object] = {"file": m["file"], "line": int(m["line"])}
    if m["col"] is not None:
        attributes["column"] = int(m["col"])
    option = m["option"]
    if option is not None:
        attributes["option"] = option
    template = _QUOTED.sub(_masked, message)
    if option is not None:
        template = f"{template} [{option}]"
    return ParsedFields(
        message if option is None else f"{message} [{option}]",
        level=_LEVELS[m["severity"]],
        attributes=attributes,
        template=f"{m['severity']}: {template}",
    )


def diagnostic_block(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    """(fields, the lines that stay its continuation) of a diagnostic with the excerpt of the
    source under it, the excerpt an attribute; None when `header` is no diagnostic."""
    fields = diagnostic(header)
    if fields is None:
        return None
    excerpt = []
    for x in continuation:
        if _EXCERPT.match(x) is None:
            break
        excerpt.append(x)
    if excerpt:
        fields.attributes = {**(fields.attributes or {}), "excerpt": "\n".join(excerpt)}
    return fields, continuation[len(excerpt) :]


def is_excerpt(line: str) -> bool:
    """Whether `line` is a line of the source excerpt under a diagnostic."""
    return _EXCERPT.match(line) is not None


def _tsc(line: str) -> ParsedFields | None:
    m = _TSC.match(line)
    if m is None:
        return None
    code, severity = m["code"], m["severity"]
    attributes: dict[str, object] = {
        "file": m["file"],
        "line": int(m["line"]),
        "column": int(m["col"]),
        "code": code,
    }
    return ParsedFields(
        m["message"],
        level=_LEVELS.get(severity, "info"),
        attributes=attributes,
        template=f"{severity} {code}: {_QUOTED.sub(_masked, m['message'])}",
    )


def _context(line: str) -> ParsedFields | None:
    m = _CONTEXT.match(line)
    if m is None:
        return None
    template = _QUOTED.sub(_masked, m["context"] + m["rest"])
    return ParsedFields(
        line[len(m["file"]) + 2 :],
        level="debug",
        attributes={"file": m["file"]},
        template=template,
    )


def _masked(quoted: re.Match[str]) -> str:
    text = quoted.group()
    return f"{text[0]}<*>{text[-1]}"
