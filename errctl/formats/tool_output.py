"""CI and build tools' own layouts in raw output: what no log format reads, but the tool's
layout says, in a job log or a build's captured output. (Package managers' and provisioning
tools' files, apt's, npm's, cloud-init's, are `package_logs.py`'s; the functions here dispatch
to it.)

- GitHub Actions' workflow commands as a job log (or a linter's `--format github` output)
  prints them, `::error file=app.py,line=42,col=7,title=Lint::Undefined name x`: the command
  is the level, its properties attributes, and the text after the second `::` the message.
- BuildKit's plain progress (`docker build --progress=plain`, every CI build without a TTY):
  each line is `#<step> [<seconds> ]<text>`; the step is kept as the `step` attribute and the
  seconds as `elapsed`, the text is the message. Its error line (`#12 ERROR: process ... did
  not complete successfully: exit code: 2`) is followed by an excerpt of the step's last output
  between two `------` lines: that excerpt is the error's (`continues_tool_block`). Then the
  Dockerfile's lines around the failing instruction, `Dockerfile:12` and the lines (`  12 | >>>
  RUN make`) between two rules of twenty dashes, and the build's verdict, `ERROR: failed to
  solve: ...` (`error: failed to solve`, compose's bare `failed to solve`): one event, named by
  the verdict, the excerpt its continuation, the Dockerfile and line attributes (`boxed_fields`).
- Terraform's diagnostics: a box drawn at column 0, `╷`, then `│ Error: <summary>`, the detail
  and the `with <resource>,` / `on <file> line <n>, in ...:` context, then `╵`. The box is one
  event (`continues_tool_block`, `boxed_fields`): the `Error:`/`Warning:` line is the message,
  the rest its continuation, the box characters taken off; the resource, file and line are
  attributes.
- pytest's reports: the short summary's `FAILED tests/test_x.py::test_a_1 - AssertionError:
  ...` names the failing test by its node id, kept whole as the `test` attribute and in the
  template (one group per failing test, the exception type kept, its text varying); each
  failure's block under its `_____ test_a_1 _____` header is one event.
- Jest's report: each failing test's block, `  ● suite › test` and what failed under it, is one
  event named by the test (`starts_jest_failure`), as a pytest failure block is.
- Mocha's `spec` report, all of it two blanks in: a failing test's block, `  1) suite` with the
  test's title under it (`       adds:`), then the error and its frames, is one event named by
  the titles (`starts_mocha_failure`), its number left out (it is the order the run failed
  in); the `  3 passing (4ms)` and `  1 failing` counts start events of their own.
- `go test`: a failing test's block, `--- FAIL: TestAdd (0.00s)` and the test's output indented
  under it, is one event named by the test (its subtests' lines its own); the package's
  verdict, `FAIL\texample.com/m\t0.003s`, is named by the package, `ok  \t...` lines one group.
  The package header above a build's errors (`# example.com/m`) is a debug event.
- Rails' tagged lines with no Logger header (`[request id] Started GET "/"`): the request id an
  attribute (`formats.ruby.tagged_line`), lograge's request line after it named by its request.
- Rust's test harness (`cargo test`): `test tests::parses ... FAILED` is the failing test's
  event, its name kept whole in the template as a pytest node id is; `... ok` and `... ignored`
  lines are one group each.
- `kubectl get events`: the table's rows, `2m   Warning   BackOff   pod/api-7f9c   message`
  (with `-A`, the namespace first): TYPE is the level, REASON, OBJECT and the LAST SEEN age are
  attributes, MESSAGE the message. The age is relative to when kubectl ran, which the file
  does not say, so the event's time stays inferred. The table's header row names the columns
  and is no event (`is_table_header`).

- MinIO's error block on its console: `API: PutObject(bucket=x, ...)` opens it, a `Key: value`
  a line follows (`Time: 10:00:05 UTC 03/21/2023`, `RequestID: ...`, `RemoteHost: ...`), then
  `Error: message (type)` and the numbered frames where it was logged. The block is one event:
  the time its `Time:`, an error named by its message, the keys attributes, the error and its
  frames the trace.

Owns `tool_fields`, `is_table_header`, `boxed_fields`, `continues_tool_block` and
`starts_tool_block`. Each is called on raw records only (no format read their first line),
dispatching on the first character before any regex; every regex runs on a bounded slice.
"""

from __future__ import annotations

import re

from errctl.formats.compiler import diagnostic, diagnostic_block, is_excerpt, opens_rustc_block
from errctl.formats.http_records import http_request, request_view
from errctl.formats.logfmt import FORMAT as LOGFMT
from errctl.formats.package_logs import (
    continues_package_block,
    opens_package_block,
    package_block,
    package_fields,
)
from errctl.formats.ruby import tagged_line
from errctl.formats.status_lines import STATUS_GLYPHS, status_fields
from errctl.models import ParsedFields

_SLICE = 4096  # the part of a line the layouts are read in

# GitHub Actions' workflow command: `::<command> <key>=<value>,...::<message>`. A property's
# value escapes `%`, `\r`, `\n`, `:` and `,` (`%25`, `%0D`, `%0A`, `%3A`, `%2C`), so the first
# `::` after the command ends the properties.
_WORKFLOW_COMMAND = re.compile(
    r"::(?P<command>error|warning|notice|debug)(?: (?P<properties>[^:\n]{0,1024}))?::"
)
_COMMAND_LEVELS = {"error": "error", "warning": "warning", "notice": "info", "debug": "debug"}
_PROPERTY_INTS = frozenset(("line", "endLine", "col", "endColumn"))
_UNESCAPES = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))

# BuildKit's plain progress: `#12 0.734 + make test` (a step's output, after its seconds),
# `#12 [build 4/5] RUN make test`, `#12 DONE 1.2s`, `#12 ERROR: ...`. Without the seconds,
# only BuildKit's own words follow the step: a PHP frame (`#0 /app/x.php(3): f()`, `#0
# [internal function]: f()`) or a comment is no step.
_BUILDKIT = re.compile(r"#(?P<step>\d{1,5}) (?:(?P<elapsed>\d{1,6}\.\d{1,3}) )?")
_BUILDKIT_WORDS = re.compile(
    r"\[(?!internal function\])[^\]\n]{1,200}\] |(?:DONE|CACHED|CANCELED|ERROR|WARN)\b"
    r"|(?:building with|load(?:ing)? |transferring |resolve |extracting |sha256:|exporting "
    r"|writing image |naming to |unpacking |importing |preparing |sending tarball)"
)
_BUILDKIT_ERROR = re.compile(r"#\d{1,5} ERROR: ")
_EXCERPT_RULE = "------"
# The Dockerfile excerpt before the build's verdict (buildx's and compose's error printer).
_SOURCE_LOCATION = re.compile(r"(?P<file>[\w./-]{1,256}):(?P<line>\d{1,7})\Z")
_SOURCE_RULE = "-" * 20
_FAILED_TO_SOLVE = re.compile(r"(?:ERROR: |error: )?failed to (?:build|solve)\b")

# Terraform's diagnostic box (`internal/command/format/diagnostic.go`).
_BOX_OPEN, _BOX_LINE, _BOX_CLOSE = "╷", "│", "╵"
_TF_LEVEL = re.compile(r"(?P<level>Error|Warning): ")
_TF_WITH = re.compile(r"with (?P<resource>[\w.\[\]\"-]{1,512}),$")
_TF_ON = re.compile(r"on (?P<file>\S{1,1024}) line (?P<line>\d{1,9})")

# pytest: the short summary's `FAILED <node id>[ - <exception line>]` (and `ERROR` for an error
# in a fixture or at collection), and a failure block's header, `_____ test_x[1] _____`.
_PYTEST_OUTCOME = re.compile(
    r"(?P<outcome>FAILED|ERROR|XPASS|XFAIL) (?P<node>[\w./\\-]{1,512}\.py::[^ \n]{1,1024})"
    r"(?: - (?P<detail>.*))?\Z"
)
_EXCEPTION_TYPE = re.compile(r"[A-Za-z_][\w.]{0,200}(?=: |\Z)")
_PYTEST_SECTION = re.compile(r"={3,} ")

# Jest's failing test's block header (`@jest/reporters`' `TEST_NAME_SEPARATOR` is ` › `).
_JEST_FAILURE = "  ● "

# Mocha's failure block (`Base.list`: `  %s) %s` and each further title on a line of its own,
# indented deeper, the last ending in `:`), and its run's counts (`Base.epilogue`).
_MOCHA_FAILURE = re.compile(r"  (?P<n>\d{1,6})\) (?P<title>\S.*)\Z")
_MOCHA_COUNT = re.compile(r"  \d{1,9} (?:passing|failing|pending)\b")

# go test's report (`testing`'s `--- FAIL: %s (%s)`, cmd/go's `FAIL\t%s\t%s` and `ok  \t%s\t%s`)
# and the package header of cmd/go's build errors.
_GO_TEST_FAILED = re.compile(r"--- FAIL: (?P<test>\S{1,1024}) \((?P<elapsed>[\d.]{1,16}s)\)\Z")
_GO_PACKAGE_VERDICT = re.compile(
    r"(?P<verdict>ok  |FAIL|\?   )\t(?P<package>[^\s]{1,1024})\t(?P<rest>[^\n]{0,256})\Z"
)
_GO_PACKAGE_HEADER = re.compile(
    r"# (?P<package>[\w.-]{1,256}(?:/[\w.@~+-]{1,256}){0,64})(?: \[[^\]\n]{1,512}\])?\Z"
)

# libtest's line per test (`test {name} ... {result}`; a benchmark's result is `bench: ...`).
_LIBTEST = re.compile(
    r"test (?P<name>[\w:<>\[\]\-. ]{1,1024}?) \.\.\. "
    r"(?P<result>ok|FAILED|ignored(?:, .*)?|bench: .*)\Z"
)

# `kubectl get events` (LAST SEEN, TYPE, REASON, OBJECT, MESSAGE; `-A` puts NAMESPACE first).
_KUBECTL_EVENT = re.compile(
    r"(?:(?P<namespace>[a-z0-9][a-z0-9-]{0,62}) {2,})?"
    r"(?P<age>(?:\d{1,5}[smhdy]){1,3}|<unknown>)(?: \(x\d{1,9} over [\w.]{1,32}\))? {2,}"
    r"(?P<type>Normal|Warning) {2,}(?P<reason>[A-Za-z][\w-]{0,127}) {2,}"
    r"(?P<object>[\w.-]{1,128}/[\w.:-]{1,253}) {2,}(?P<message>\S.*)\Z"
)

# Its header row (kubectl pads each column but the last): `LAST SEEN   TYPE   REASON   OBJECT
# MESSAGE`, `NAMESPACE   LAST SEEN ...` with `-A`, and more columns after OBJECT with `-o wide`.
_KUBECTL_HEADER = re.compile(
    r"(?:NAMESPACE {2,})?LAST SEEN {2,}TYPE {2,}REASON {2,}OBJECT {2,}[A-Z][A-Z ]{0,200}\Z"
)


# MinIO's error block (its logger's console target, what `docker logs` of a MinIO shows): `API:
# Name(args)` opens it (`SYSTEM()` for the server's own), then one `Key: value` a line (`Time:
# 15:04:05 MST 01/02/2006`, `DeploymentID:`, `RequestID:`, `RemoteHost:`, `UserAgent:`, ...),
# `Error: message (type)` and the stack where it was logged, one indented numbered frame a line
# (`       6: internal/logger/logger.go:258:logger.LogIf()`).
_API_BLOCK = re.compile(r"API: (?P<api>[A-Za-z][\w.]{0,64})\((?P<args>[^\n]{0,2048})\)\s*\Z")
_BLOCK_KEY = re.compile(r"(?P<key>[A-Z][A-Za-z]{1,31}): ?(?P<value>.*)\Z")
_BLOCK_FRAME = re.compile(r"[ \t]{1,16}\d{1,4}: \S")
_BLOCK_TIME = re.compile(
    r"(?P<clock>\d\d:\d\d:\d\d) (?P<zone>[A-Z]{1,5}|[+-]\d\d:?\d\d) "
    r"(?P<month>\d\d)/(?P<day>\d\d)/(?P<year>\d{4})\Z"
)
_BLOCK_ERROR = re.compile(r"(?P<value>.*?)(?: \((?P<type>[*\w./\[\]-]{1,256})\))?\Z")
_SNAKE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _api_block(header: str) -> re.Match[str] | None:
    return _API_BLOCK.match(header[:_SLICE]) if header[:5] == "API: " else None


def _continues_api_block(line: str) -> bool:
    if _BLOCK_FRAME.match(line[:32]) is not None:
        return True
    key = _BLOCK_KEY.match(line[:_SLICE])
    return key is not None and key["key"] != "API"


def _api_block_fields(
    opened: re.Match[str], continuation: list[str]
) -> tuple[ParsedFields, list[str]]:
    """(fields, no continuation) of MinIO's error block: the time, the error's message and
    level, its keys attributes (snake case), the error and its frames the trace."""
    attributes: dict[str, object] = {"api": opened["api"]}
    if opened["args"]:
        attributes["api_args"] = opened["args"]
    timestamp = message = None
    trace: list[str] = []
    for line in continuation:
        if trace or _BLOCK_FRAME.match(line[:32]) is not None:
            trace.append(line)
            continue
        m = _BLOCK_KEY.match(line[:_SLICE])
        if m is None:
            continue
        key, value = m["key"], m["value"].strip()
        if key == "Time":
            t = _BLOCK_TIME.match(value)
            if t is not None:
                zone = "Z" if t["zone"] in ("UTC", "GMT") else f" {t['zone']}"
                timestamp = f"{t['year']}-{t['month']}-{t['day']} {t['clock']}{zone}"
                continue
        if key == "Error" and message is None:
            message = _BLOCK_ERROR.match(value)["value"]  # type: ignore[index]
            trace.append(f"Error: {value}")
            continue
        attributes[_SNAKE.sub("_", key).lower()] = value
    fields = ParsedFields(
        message=message if message is not None else opened.group(0).strip(),
        timestamp=timestamp,
        level="error" if message is not None else None,
        exception_text="\n".join(trace) if message is not None and len(trace) > 1 else None,
        attributes=attributes,
    )
    return fields, []


def is_table_header(line: str) -> bool:
    """Whether `line` is the header row of a tool's table whose rows `tool_fields` reads
    (`kubectl get events`): it names the columns, and is no event."""
    return line[:1] in "LN" and len(line) < 256 and _KUBECTL_HEADER.match(line.rstrip()) is not None


def tool_fields(line: str) -> ParsedFields | None:
    """The fields a CI or build tool's layout gives a raw record's first line, or None."""
    c = line[:1]
    if c == ":":
        return _workflow_command(line)
    if c == "#":
        return _buildkit(line) or _go_package_header(line)
    if c in "-Fo?" and (fields := _go_test(line)) is not None:
        return fields
    if c in "FEX" and (fields := _pytest_outcome(line)) is not None:
        return fields
    if c == "_":
        return _pytest_block(line)
    if c == "[" and (tagged := tagged_line(line)) is not None:
        return _tagged(*tagged)
    if c == " " and starts_jest_failure(line):
        return _jest_failure(line, [])[0]
    if c == " " and line[2:3].isdigit():
        mocha = _mocha_failure(line, [])
        if mocha is not None:
            return mocha[0]
        if _MOCHA_COUNT.match(line) is not None:
            return ParsedFields(message=line.strip())
    if c == "t" and line.startswith("test ") and (fields := _libtest(line)) is not None:
        return fields
    if c == " " or c in STATUS_GLYPHS:
        fields = status_fields(line)  # (`formats.status_lines`)
        if fields is not None:
            return fields
    fields = package_fields(line)
    if fields is not None:
        return fields
    if line.find(": ", 1, 1100) > 0 and (fields := diagnostic(line)) is not None:
        return fields  # a compiler's `main.c:3:10: error: ...` (`compiler.py`)
    if c.isalnum() or c == "<":
        return _kubectl_event(line)
    return None


def _workflow_command(line: str) -> ParsedFields | None:
    m = _WORKFLOW_COMMAND.match(line[:_SLICE])
    if m is None:
        return None
    attributes: dict[str, object] = {}
    for item in (m.group("properties") or "").split(","):
        key, eq, value = item.strip().partition("=")
        if not eq or not key:
            continue
        value = _unescape(value)
        attributes[key] = int(value) if key in _PROPERTY_INTS and value.isdecimal() else value
    message = line[m.end() :]
    if "%" in message:
        message = message.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
    return ParsedFields(
        message=message,
        level=_COMMAND_LEVELS[m.group("command")],
        attributes=attributes or None,
    )


def _unescape(value: str) -> str:
    if "%" in value:
        for escaped, char in _UNESCAPES:
            value = value.replace(escaped, char)
    return value


def _buildkit(line: str) -> ParsedFields | None:
    m = _BUILDKIT.match(line[:32])
    if m is None:
        return None
    elapsed = m.group("elapsed")
    message = line[m.end() :]
    if elapsed is None and _BUILDKIT_WORDS.match(message[:256]) is None:
        return None
    attributes: dict[str, object] = {"step": int(m.group("step"))}
    if elapsed is not None:
        attributes["elapsed"] = float(elapsed)
    return ParsedFields(message=message, attributes=attributes)


def _pytest_outcome(line: str) -> ParsedFields | None:
    m = _PYTEST_OUTCOME.match(line[:_SLICE])
    if m is None:
        return None
    outcome, node, detail = m.group("outcome", "node", "detail")
    # The node id names the test: kept whole (its digits, its parameters), where the masking
    # of a message would take `test_retry_3` or `[case-2]` for a variable.
    template = f"{outcome} {node}"
    if detail is not None:
        named = _EXCEPTION_TYPE.match(detail)
        template += f" - {named.group()}: <*>" if named is not None else " - <*>"
    return ParsedFields(
        message=line,
        level="error" if outcome in ("FAILED", "ERROR") else "warning",
        attributes={"test": node, "outcome": outcome.lower()},
        template=template,
    )


def _tagged(request_id: str, rest: str) -> ParsedFields:
    """A line of Rails' tagged logging with no Logger header (`formats.ruby.tagged_line`): the
    request id an attribute, as under the header; lograge's request line named by its request,
    as the structured access records are (`http_records`)."""
    attributes: dict[str, object] = {"request_id": request_id}
    if "=" in rest[:64] and (pairs := LOGFMT.parse(rest)) is not None and pairs.attributes:
        request = http_request(pairs.attributes)
        view = request_view(request, pairs.message, pairs.level, None) if request else None
        if view is not None:
            message, level, _title, template = view
            return ParsedFields(
                message,
                level=level,
                attributes={**pairs.attributes, **attributes},
                template=template,
            )
    return ParsedFields(rest, attributes=attributes)


def _untagged(request_id: str, continuation: list[str]) -> list[str]:
    """The lines under a tagged line without the tag they repeat, blank ones at the end gone."""
    tag = f"[{request_id}]"
    lines = [x[len(tag) + 1 :] if x.startswith(tag) else x for x in continuation]
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _go_test(line: str) -> ParsedFields | None:
    """A line of `go test`'s report: a failing test's header, a package's verdict."""
    if line[:1] == "-":
        m = _GO_TEST_FAILED.match(line[:_SLICE])
        if m is None:
            return None
        test = m["test"]
        # Its lines under it (the test's own output) vary with each run: the test names it.
        return ParsedFields(
            message=line,
            level="error",
            attributes={"test": test, "elapsed": m["elapsed"]},
            template=f"--- FAIL: {test}\n<*>",
        )
    m = _GO_PACKAGE_VERDICT.match(line[:_SLICE])
    if m is None:
        return None
    verdict, package = m["verdict"].strip(), m["package"]
    attributes: dict[str, object] = {"package": package, "outcome": verdict}
    if verdict == "FAIL":
        return ParsedFields(
            message=line, level="error", attributes=attributes, template=f"FAIL {package}"
        )
    return ParsedFields(message=line, attributes=attributes, template=f"{verdict} <*>")


def _go_package_header(line: str) -> ParsedFields | None:
    m = _GO_PACKAGE_HEADER.match(line[:_SLICE])
    if m is None or ("/" not in m["package"] and "." not in m["package"]):
        return None
    return ParsedFields(message=line[2:], level="debug", attributes={"package": m["package"]})


def _libtest(line: str) -> ParsedFields | None:
    m = _LIBTEST.match(line[:_SLICE])
    if m is None:
        return None
    name, result = m.group("name", "result")
    outcome = result.partition(",")[0].partition(":")[0]
    attributes: dict[str, object] = {"test": name, "outcome": outcome.lower()}
    if outcome != "FAILED":  # a passing, skipped or timed test: one group for them all
        return ParsedFields(message=line, attributes=attributes, template=f"test <*> ... {outcome}")
    return ParsedFields(message=line, level="error", attributes=attributes, template=line)


def _pytest_block(line: str) -> ParsedFields | None:
    name = _pytest_block_name(line)
    if name is None:
        return None
    # pytest centres the test's name (a node id's last part) between underscores, or `ERROR at
    # setup of test_x` for an error in a fixture.
    test = name.rpartition(" of ")[2] if name.startswith("ERROR at ") else name
    # The block's lines vary with each run (values, line numbers): the test it reports names
    # its group, as a summary line's node id does.
    return ParsedFields(
        message=name, level="error", attributes={"test": test}, template=f"{name}\n<*>"
    )


def _pytest_block_name(line: str) -> str | None:
    """The test a pytest failure block's header names (`_____ test_x[1] _____`), or None."""
    line = line.rstrip()
    if len(line) > _SLICE or not (line.startswith("___ ") or line.startswith("____")):
        return None
    if not line.endswith("___"):
        return None
    name = line.strip("_")
    if name[:1] != " " or name[-1:] != " " or not name.strip():
        return None
    return name.strip()


def _kubectl_event(line: str) -> ParsedFields | None:
    if "  " not in line[:64]:
        return None
    m = _KUBECTL_EVENT.match(line[:_SLICE])
    if m is None:
        return None
    attributes = {
        "last_seen": m.group("age"),
        "reason": m.group("reason"),
        "object": m.group("object"),
    }
    if m.group("namespace"):
        attributes["namespace"] = m.group("namespace")
    return ParsedFields(
        message=m.group("message"),
        level="warning" if m.group("type") == "Warning" else "info",
        attributes=attributes,
    )


def starts_jest_failure(line: str) -> bool:
    """Whether `line` opens a failing test's block in Jest's report (`  ● suite › test`),
    indented though it is."""
    return (
        line.startswith(_JEST_FAILURE) and line[len(_JEST_FAILURE) : len(_JEST_FAILURE) + 1] > " "
    )


def starts_mocha_failure(line: str, header: str) -> bool:
    """Whether `line` gives a Mocha run's counts (`  2 passing (4ms)`), or opens a failing
    test's block (`  1) suite`) under the counts or under another such block: a numbered line
    two blanks in under anything else is some list's item."""
    if not line[2:3].isdigit():
        return False
    if _MOCHA_COUNT.match(line) is not None:
        return True
    return (
        _MOCHA_FAILURE.match(line[:_SLICE]) is not None
        and header[2:3].isdigit()
        and (
            _MOCHA_COUNT.match(header) is not None
            or _MOCHA_FAILURE.match(header[:_SLICE]) is not None
        )
    )


def _mocha_titles(header: str, continuation: list[str]) -> tuple[str, list[str]] | None:
    """(the titles, the lines after them) of a Mocha failure block: the suite's on the header,
    the test's on the lines under it, indented deeper, up to the one ending in `:`; None when
    `header` and the lines under it are no such block."""
    m = _MOCHA_FAILURE.match(header[:_SLICE])
    if m is None:
        return None
    titles = [m["title"].strip()]
    if titles[0].endswith(":"):
        return titles[0][:-1], continuation
    for i, x in enumerate(continuation[:16]):
        if not x.startswith("     ") or not x.strip():
            return None
        titles.append(x.strip())
        if titles[-1].endswith(":"):
            return " ".join(titles)[:-1], continuation[i + 1 :]
    return None


def _mocha_failure(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    """A failing test's block in Mocha's report: named by its titles (`_mocha_titles`), the
    error and frames under them its message."""
    titled = _mocha_titles(header, continuation)
    if titled is None:
        return None
    name, rest = titled
    return _failed_test(name, rest, name), []


def _jest_failure(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
    """A failing test's block in Jest's report: named by the test, what failed under it (the
    expectation, the code, the frames) its message, as a pytest failure block's is: the
    frames are where the test failed, not an exception of the program's."""
    name = header[len(_JEST_FAILURE) :].strip()
    return _failed_test(name, continuation, f"● {name}"), []


def _failed_test(name: str, report: list[str], title: str) -> ParsedFields:
    """A test runner's block for a failing test: an error named by the test (`title`, then the
    block's lines varying with each run), the block its message below the test's name."""
    lines = [x.rstrip() for x in report]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return ParsedFields(
        message="\n".join([name, *lines]),
        level="error",
        attributes={"test": name},
        template=f"{title}\n<*>",
    )


def starts_tool_block(line: str) -> bool:
    """Whether `line`, which no format reads, opens a block of a tool's own even under an open
    event: Terraform's box, at column 0; cloud-init's banner, written as a stage starts."""
    if opens_package_block(line) or _api_block(line) is not None:
        return True
    return line[:1] == _BOX_OPEN and not line[1:].strip()


def continues_tool_block(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line` goes on the tool's block that `header` (a raw record's first line)
    opened: Terraform's box up to its `╵`, BuildKit's excerpt under its error line up to the
    second `------`, a pytest failure's block up to the next block or section."""
    c = header[:1]
    if c == _BOX_OPEN:
        return (
            starts_tool_block(header)
            and line[:1] in (_BOX_LINE, _BOX_CLOSE)
            and not (continuation and continuation[-1].startswith(_BOX_CLOSE))
        )
    if c == "#":
        if _BUILDKIT_ERROR.match(header) is None:
            return False
        rules = sum(1 for x in continuation if x == _EXCERPT_RULE)
        if not continuation:
            return line.rstrip() == _EXCERPT_RULE
        return continuation[0] == _EXCERPT_RULE and rules < 2
    if c == "A" and _api_block(header) is not None:
        return _continues_api_block(line)
    package = continues_package_block(line, header, continuation)
    if package is not None:
        return package
    if c == " " and header[2:3].isdigit() and _mocha_titles(header, continuation) is not None:
        # An assertion's message goes on at column 0 (`3 !== 4` under `Expected values to be
        # strictly equal:`), up to the frames: after them, such a line is something else.
        return not starts_mocha_failure(line, header) and not any(
            x.lstrip().startswith("at ") for x in continuation
        )
    if c == "_":
        return (
            not line.startswith("___")
            and _PYTEST_SECTION.match(line) is None
            and _pytest_block_name(header) is not None
        )
    if header[-1:].isdigit() and _SOURCE_LOCATION.match(header) is not None:
        return _continues_source_excerpt(line, continuation)
    return False


def _continues_source_excerpt(line: str, continuation: list[str]) -> bool:
    """Whether `line` goes on the Dockerfile excerpt under its `Dockerfile:12`: the first rule,
    the lines up to the second, then the verdict right after it."""
    if not continuation:
        return line.rstrip() == _SOURCE_RULE
    if continuation[0].rstrip() != _SOURCE_RULE:
        return False
    rules = sum(1 for x in continuation if x.rstrip() == _SOURCE_RULE)
    if rules < 2:
        return True
    return (
        rules == 2
        and continuation[-1].rstrip() == _SOURCE_RULE
        and _FAILED_TO_SOLVE.match(line) is not None
    )


def boxed_fields(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    """(fields, continuation lines) of a Terraform box that `header` opened, the box characters
    taken off; of a Dockerfile excerpt and the verdict after it; of an npm debug log's entry
    over several lines, the prefix each repeats taken off; of an apt history.log stanza; of
    Yarn's `Trace:` section. None when `header` opens none of them."""
    if header[:1] == "[" and (tagged := tagged_line(header)) is not None:
        return _tagged(*tagged), _untagged(tagged[0], continuation)
    if starts_jest_failure(header):
        return _jest_failure(header, continuation)
    if header[2:3].isdigit() and (mocha := _mocha_failure(header, continuation)) is not None:
        return mocha
    api = _api_block(header)
    if api is not None:
        return _api_block_fields(api, continuation)
    opened = package_block(header, continuation)
    if opened is not None:
        return opened
    if continuation and (is_excerpt(continuation[0]) or opens_rustc_block(header, continuation)):
        opened = diagnostic_block(header, continuation)
        if opened is not None:
            return opened
    if not starts_tool_block(header):
        return _source_excerpt_fields(header, continuation)
    lines = []
    for x in continuation:
        if x.startswith(_BOX_CLOSE):
            break
        if x.startswith(_BOX_LINE):
            x = x[2:] if x[1:2] == " " else x[1:]
        lines.append(x)
    first = next((i for i, x in enumerate(lines) if x.strip()), None)
    if first is None:
        return None
    message, rest = lines[first], lines[first + 1 :]
    while rest and not rest[-1].strip():
        rest.pop()
    attributes: dict[str, object] = {}
    for x in rest:
        s = x[:_SLICE].strip()
        if s.startswith("with "):
            m = _TF_WITH.match(s)
            if m is not None:
                attributes.setdefault("resource", m.group("resource"))
        elif s.startswith("on "):
            m = _TF_ON.match(s)
            if m is not None and "file" not in attributes:
                attributes["file"] = m.group("file")
                attributes["line"] = int(m.group("line"))
    level = _TF_LEVEL.match(message)
    return (
        ParsedFields(
            message=message,
            level=level.group("level") if level is not None else None,
            attributes=attributes or None,
        ),
        rest,
    )


def _source_excerpt_fields(
    header: str, continuation: list[str]
) -> tuple[ParsedFields, list[str]] | None:
    """The Dockerfile excerpt `Dockerfile:12` opened (`_continues_source_excerpt`): named by
    the build's verdict after it when there is one, its lines between the rules kept."""
    if not continuation or continuation[0].rstrip() != _SOURCE_RULE:
        return None
    m = _SOURCE_LOCATION.match(header)
    if m is None:
        return None
    lines = continuation[1:]
    verdict = None
    if lines and _FAILED_TO_SOLVE.match(lines[-1]) is not None:
        verdict = lines.pop()
    if lines and lines[-1].rstrip() == _SOURCE_RULE:
        lines.pop()
    fields = ParsedFields(
        message=header if verdict is None else verdict,
        level=None if verdict is None else "error",
        attributes={"file": m.group("file"), "line": int(m.group("line"))},
    )
    return fields, lines
