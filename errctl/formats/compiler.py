"""Compilers' diagnostics in a build's output, the GNU coding standards' `file:line:col:
severity: message` that GCC, Clang and many tools after them print:

    main.c:3:10: error: ‘y’ undeclared (first use in this function)
        3 |   return y;
          |          ^
    util.c:1:20: warning: unused variable ‘unused’ [-Wunused-variable]
    main.c: In function ‘main’:

Go's compiler and `go vet` write no severity (`bad.go:7:2: undefined: undefinedFn`, vet's after
`vet: `): an error, read for `.go` files only; the package header above them (`#
example.com/m/bad`) is a debug event (`tool_output.py`).

Linters that print a rule's code where a compiler prints its severity (pylint's `m.py:7:6:
E0602: Undefined variable 'x' (undefined-variable)`, flake8's `m.py:1:1: F401 'os' imported
but unused`) are read alike: the code an attribute and in the template, the finding a
warning, as ruff's are.

TypeScript's `tsc` writes `src/app.ts(2,13): error TS2304: Cannot find name 'y'.`: read alike,
its code (`TS2304`) an attribute and in the template.

rustc (under cargo) puts the location on the line below its header, and the annotated source,
its `help:` and `note:` lines among it, under that, up to a blank line:

    error[E0308]: mismatched types
     --> src/main.rs:5:18
      |
    5 |     let x: i32 = "abc";
      |            ---   ^^^^^ expected `i32`, found `&str`

One event (`continues_rustc`), named by its header (the code, `E0308`, an attribute and in the
template, the names it quotes in backticks its values), the rest the `excerpt` attribute.

The severity is the level (`fatal error` critical, `note` debug), the file, line, column and
the warning's option (`-Wunused-variable`) attributes. The names a message quotes (‘y’, `'y'`)
are its values, so `unused variable ‘<*>’ [-Wunused-variable]` is one group wherever it fires;
the excerpt of the source under it (`    3 |   return y;` and its caret) is kept as the
`excerpt` attribute, out of the message: another line of code is no other problem. The context
line above a function's diagnostics (`main.c: In function ‘main’:`) is a debug event.

ESLint's default report (`stylish`) names a file on a line of its own, then one finding a
row under it, `  3:24  error  'x' is not defined  no-undef`: each row is an event of its own
(`lint_rows`), the file an attribute of each, the rule an attribute and in the template; the
file's line is no event.

`diagnostic(line)` gives a diagnostic's fields (GCC's, Clang's, tsc's); `diagnostic_block(header,
continuation)` those of one with its excerpt under it (GCC's, rustc's); both None for any other
text.
"""

from __future__ import annotations

import re

from errctl.formats.values import mask_values
from errctl.models import ParsedFields

_SLICE = 2048  # the part of a line the layouts are read in

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
# pylint's and flake8's `file:line:col: CODE message` (pylint puts a colon after its code).
_CODED = re.compile(
    r"(?P<file>[^\s:][^:\n]{0,1023}):(?P<line>\d{1,7}):(?P<col>\d{1,5}): "
    r"(?P<code>[A-Z]{1,4}\d{2,5}):? (?P<message>.+)\Z"
)
# Go's compiler and vet: `file.go:line:col: message`, no severity.
_GO = re.compile(
    r"(?:vet: )?(?P<file>[^\s:][^:\n]{0,1020}\.go):(?P<line>\d{1,7}):(?P<col>\d{1,5}): "
    r"(?P<message>.+)\Z"
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
# rustc's header and the location under it (`rustc_errors`' human emitter). Lints and errors
# without a code have none: `warning: unused variable: `x``, `error: expected one of ...`.
# Tools that print their diagnostics with the same renderer (annotate-snippets) put their rule
# first: ruff's `F401 [*] `os` imported but unused`, the `[*]` when it can fix it.
_RUSTC_HEADER = re.compile(
    r"(?:(?P<severity>error|warning)(?:\[(?P<code>E\d{4})\])?: "
    r"|(?P<rule>[A-Z]{1,8}\d{1,5}) (?:\[\*\] )?)(?P<message>\S.*)\Z"
)
_RUSTC_LOCATION = re.compile(
    r" *--> (?P<file>[^\s:][^:\n]{0,1023}):(?P<line>\d{1,7}):(?P<col>\d{1,5})\Z"
)
# What rustc prints at column 0 inside a diagnostic: a source line under its number (the
# gutter is as wide as the largest number, so `5 |` has no indent; `+`, `-` and `~` mark the
# lines of a suggested change), a sub-diagnostic, the `...` of lines it leaves out, and the
# rule between the hunks of a change.
_RUSTC_AT_COLUMN_0 = re.compile(r"\d{1,7} +[|+~-]|(?:help|note|suggestion): |\.\.\.\Z|-{8,}\Z")
# ESLint's stylish row: position, severity, then the message and the rule (none for a parsing
# error), the columns padded with blanks to line up (the rule is taken off in code: a lazy
# message before an optional rule would be quadratic on a line of blanks).
_LINT_ROW = re.compile(r"  (?P<line>\d{1,7}):(?P<col>\d{1,5}) +(?P<severity>error|warning) +(?=\S)")
_LINT_RULE = re.compile(r"@?[\w./-]{1,128}\Z")
# A name the message quotes: GCC's ‘’ (in a UTF-8 locale), ASCII quotes otherwise, Clang's '',
# Go's and pylint's "", rustc's and ruff's backticks.
_QUOTED = re.compile(r"‘[^’\n]{0,256}’|'[^'\n]{0,256}'|\"[^\"\n]{0,256}\"|`[^`\n]{1,256}`")
# The source excerpt under a diagnostic: `    3 |   return y;`, `      |          ^`.
_EXCERPT = re.compile(r" *+(?:\d{1,7} ++)?\|")


def diagnostic(line: str) -> ParsedFields | None:
    """The fields of a compiler's diagnostic line, or of its context line; else None."""
    m = _DIAGNOSTIC.match(line)
    if m is None:
        return _tsc(line) or _go(line) or _coded(line) or _context(line)
    message = m["message"]
    attributes: dict[str, object] = {"file": m["file"], "line": int(m["line"])}
    if m["col"] is not None:
        attributes["column"] = int(m["col"])
    option = m["option"]
    if option is not None:
        attributes["option"] = option
    template = _template(message)
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
    if continuation and _RUSTC_LOCATION.match(continuation[0][:_SLICE]):
        return _rustc_block(header, continuation)
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


def opens_rustc_block(header: str, continuation: list[str]) -> bool:
    """Whether `header` and the first line under it are a rustc diagnostic's."""
    return (
        bool(continuation)
        and (header[:1] in "ew" or header[:1].isupper())
        and _RUSTC_LOCATION.match(continuation[0][:_SLICE]) is not None
        and _RUSTC_HEADER.match(header[:_SLICE]) is not None
    )


def continues_rustc(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line`, at column 0 with no blank line before it, goes on the rustc diagnostic
    that `header` opened: a numbered source line, a `help:` or `note:`, a `...`."""
    return _RUSTC_AT_COLUMN_0.match(line[:_SLICE]) is not None and opens_rustc_block(
        header, continuation
    )


def lint_rows(header: str, continuation: list[str]) -> list[tuple[int, ParsedFields]] | None:
    """Each finding of ESLint's report of the file that `header` names, as (its line's offset
    from the header, its fields); None unless every line under `header` is such a row."""
    if not continuation or header[:1] in " \t" or "  " in header or len(header) > _SLICE:
        return None
    rows = []
    for offset, text in enumerate(continuation, 1):
        if not text.strip():
            continue
        m = _LINT_ROW.match(text[:_SLICE])
        if m is None:
            return None
        message, rule = text[m.end() :].rstrip(), None
        head, padding, last = message.rpartition("  ")
        if padding and head.strip() and _LINT_RULE.match(last) is not None:
            message, rule = head.rstrip(), last
        attributes: dict[str, object] = {
            "file": header.strip(),
            "line": int(m["line"]),
            "column": int(m["col"]),
        }
        template = _template(message)
        if rule is not None:
            attributes["rule"] = rule
            template = f"{rule}: {template}"
        rows.append(
            (
                offset,
                ParsedFields(
                    message, level=m["severity"], attributes=attributes, template=template
                ),
            )
        )
    return rows or None


def _rustc_block(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    m = _RUSTC_HEADER.match(header[:_SLICE])
    where = _RUSTC_LOCATION.match(continuation[0][:_SLICE])
    if m is None or where is None:
        return None
    severity, code, rule, message = m["severity"], m["code"], m["rule"], m["message"]
    attributes: dict[str, object] = {
        "file": where["file"],
        "line": int(where["line"]),
        "column": int(where["col"]),
    }
    if code is not None or rule is not None:
        attributes["code"] = code or rule
    excerpt = [x.rstrip() for x in continuation[1:]]
    while excerpt and not excerpt[-1].strip(" |"):
        excerpt.pop()  # the gutter's empty line that closes it
    if excerpt:
        attributes["excerpt"] = "\n".join(excerpt)
    if rule is not None:
        head, level = rule, "warning"  # a linter's finding
    else:
        head, level = severity if code is None else f"{severity}[{code}]", _LEVELS[severity]
    fields = ParsedFields(
        message,
        level=level,
        attributes=attributes,
        template=f"{head}: {_template(message)}",
    )
    return fields, []


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
        template=f"{severity} {code}: {_template(m['message'])}",
    )


def _coded(line: str) -> ParsedFields | None:
    m = _CODED.match(line)
    if m is None:
        return None
    code = m["code"]
    return ParsedFields(
        m["message"],
        level="warning",
        attributes={
            "file": m["file"],
            "line": int(m["line"]),
            "column": int(m["col"]),
            "code": code,
        },
        template=f"{code}: {_template(m['message'])}",
    )


def _go(line: str) -> ParsedFields | None:
    m = _GO.match(line)
    if m is None:
        return None
    return ParsedFields(
        m["message"],
        level="error",
        attributes={"file": m["file"], "line": int(m["line"]), "column": int(m["col"])},
        template=_template(m["message"]),
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


def _template(message: str) -> str:
    """The message with the names it quotes masked, quotes kept (`‘<*>’`), and the values
    between them masked as any message's are (`takes <*> arguments but <*> ...`)."""
    parts, at = [], 0
    for m in _QUOTED.finditer(message):
        parts.append(mask_values(message[at : m.start()]))
        parts.append(_masked(m))
        at = m.end()
    parts.append(mask_values(message[at:]))
    return "".join(parts)


def _masked(quoted: re.Match[str]) -> str:
    text = quoted.group()
    return f"{text[0]}<*>{text[-1]}"
