"""Compilers' diagnostics in a build's output (captured here: GCC 12 under make, a file with an
unknown type and an undeclared name, another with an unused variable; TypeScript 5's tsc)."""

from __future__ import annotations

from errctl.formats.compiler import diagnostic
from tests.ingest.stored import stored_events

MAKE = """\
gcc -Wall -c util.c
util.c: In function ‘f’:
util.c:1:20: warning: unused variable ‘unused’ [-Wunused-variable]
    1 | void f(void) { int unused; }
      |                    ^~~~~~
gcc -Wall -o app main.c
main.c: In function ‘main’:
main.c:2:3: error: unknown type name ‘foo’
    2 |   foo x = 1;
      |   ^~~
main.c:3:10: error: ‘y’ undeclared (first use in this function)
    3 |   return y;
      |          ^
main.c:3:10: note: each undeclared identifier is reported only once for each function it appears in
main.c:2:7: warning: unused variable ‘x’ [-Wunused-variable]
    2 |   foo x = 1;
      |       ^
make: *** [Makefile:3: all] Error 1
"""

TSC = """\
src/app.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.
src/app.ts(2,13): error TS2304: Cannot find name 'y'.
src/app.ts(3,7): error TS2322: Type 'number' is not assignable to type 'string'.
"""


def test_a_diagnostic_line_is_read():
    f = diagnostic("util.c:1:20: warning: unused variable ‘unused’ [-Wunused-variable]")
    assert (f.level, f.message, f.template) == (
        "warning",
        "unused variable ‘unused’ [-Wunused-variable]",
        "warning: unused variable ‘<*>’ [-Wunused-variable]",
    )
    assert f.attributes == {
        "file": "util.c",
        "line": 1,
        "column": 20,
        "option": "-Wunused-variable",
    }
    clang = diagnostic("src/x.c:3:10: error: use of undeclared identifier 'y'")
    assert (clang.level, clang.template) == ("error", "error: use of undeclared identifier '<*>'")
    assert diagnostic("fatal error: no input files") is None
    assert diagnostic("Error: something: else") is None


def test_gcc_under_make_end_to_end(tmp_path):
    rows = stored_events(tmp_path, MAKE, "line, level, template, attributes")
    by_line = {r[0]: r for r in rows}
    assert by_line[3][2] == by_line[15][2] == "warning: unused variable ‘<*>’ [-Wunused-variable]"
    assert by_line[8][1:3] == ("error", "error: unknown type name ‘<*>’")
    assert by_line[11][1:3] == ("error", "error: ‘<*>’ undeclared (first use in this function)")
    assert by_line[14][1] == "debug"  # the note
    assert by_line[2][1:3] == by_line[7][1:3] == ("debug", "In function ‘<*>’:")
    assert '"excerpt"' in by_line[8][3] and "foo x = 1;" in by_line[8][3]
    assert 9 not in by_line and 10 not in by_line  # the excerpt is the diagnostic's


def test_tsc_end_to_end(tmp_path):
    rows = stored_events(tmp_path, TSC, "line, level, template")
    assert rows == [
        (1, "error", "error TS2322: Type '<*>' is not assignable to type '<*>'."),
        (2, "error", "error TS2304: Cannot find name '<*>'."),
        (3, "error", "error TS2322: Type '<*>' is not assignable to type '<*>'."),
    ]
