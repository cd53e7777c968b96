"""Compilers' diagnostics in a build's output (captured here: GCC 12 under make, a file with an
unknown type and an undeclared name, another with an unused variable; TypeScript 5's tsc; cargo
1.95 building a crate with two type errors, an unknown function and an unused import, then one
with two lint warnings; ruff 0.17's default output, which draws rustc's way)."""

from __future__ import annotations

import json

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

CARGO_ERRORS = """\
   Compiling demo v0.1.0 (/tmp/rs/demo)
warning: unused import: `std::fs::File`
 --> src/main.rs:2:5
  |
2 | use std::fs::File;
  |     ^^^^^^^^^^^^^
  |
  = note: `#[warn(unused_imports)]` (part of `#[warn(unused)]`) on by default

error[E0308]: mismatched types
 --> src/main.rs:5:18
  |
5 |     let x: i32 = "abc";
  |            ---   ^^^^^ expected `i32`, found `&str`
  |            |
  |            expected due to this

error[E0308]: mismatched types
 --> src/main.rs:6:5
  |
4 | fn parse(s: &str) -> i32 {
  |                      --- expected `i32` because of return type
5 |     let x: i32 = "abc";
6 |     s.len()
  |     ^^^^^^^ expected `i32`, found `usize`
  |
help: you can convert a `usize` to an `i32` and panic if the converted value doesn't fit
  |
6 |     s.len().try_into().unwrap()
  |            ++++++++++++++++++++

error[E0425]: cannot find function `undefined_fn` in this scope
  --> src/main.rs:16:5
   |
16 |     undefined_fn(3);
   |     ^^^^^^^^^^^^ not found in this scope

Some errors have detailed explanations: E0308, E0425.
For more information about an error, try `rustc --explain E0308`.
warning: `demo` (bin "demo") generated 1 warning
error: could not compile `demo` (bin "demo") due to 3 previous errors; 1 warning emitted
"""

CARGO_WARNINGS = """\
   Compiling demo v0.1.0 (/tmp/rs/demo)
warning: variable does not need to be mutable
 --> src/main.rs:3:9
  |
3 |     let mut m = 3;
  |         ----^
  |         |
  |         help: remove this `mut`
  |
  = note: `#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default

warning: unused variable: `unused`
 --> src/main.rs:2:9
  |
2 |     let unused = 5;
  |         ^^^^^^ help: if this is intentional, prefix it with an underscore: `_unused`
  |
  = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default

warning: `demo` (bin "demo") generated 2 warnings (run `cargo fix --bin "demo" -p demo` \
to apply 2 suggestions)
    Finished `dev` profile [unoptimized + debuginfo] target(s) in 0.45s
"""

RUFF = """\
F401 [*] `os` imported but unused
 --> b2.py:1:8
  |
1 | import os
  |        ^^
2 | x = "aaaaaaaaaaaaaaaaaaaaa"
3 | y = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
  |
help: Remove unused import: `os`
  |
  - import os
1 | x = "aaaaaaaaaaaaaaaaaaaaa"
  |

E501 Line too long (27 > 20)
 --> b2.py:2:21
  |
1 | import os
2 | x = "aaaaaaaaaaaaaaaaaaaaa"
  |                     ^^^^^^^
3 | y = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
  |

E501 Line too long (39 > 20)
 --> b2.py:3:21
  |
1 | import os
2 | x = "aaaaaaaaaaaaaaaaaaaaa"
3 | y = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
  |                     ^^^^^^^^^^^^^^^^^^^

Found 3 errors.
[*] 1 fixable with `--fix`.
"""

# `go build ./...` (Go 1.19) of a package with three errors.
GO_BUILD = """\
# example.com/m/bad
bad/bad.go:3:8: imported and not used: "fmt"
bad/bad.go:6:2: x declared but not used
bad/bad.go:7:2: undefined: undefinedFn
"""

# pylint 4 and flake8 7 on one module.
PYLINT = """\
************* Module m
m.py:1:0: C0114: Missing module docstring (missing-module-docstring)
m.py:3:0: C0116: Missing function or method docstring (missing-function-docstring)
m.py:6:0: C0103: Constant name "y" doesn't conform to UPPER_CASE naming style (invalid-name)
m.py:7:6: E0602: Undefined variable 'undefined' (undefined-variable)
m.py:1:0: W0611: Unused import os (unused-import)

-----------------------------------
Your code has been rated at 0.00/10

"""
FLAKE8 = """\
m.py:1:1: F401 'os' imported but unused
m.py:3:1: E302 expected 2 blank lines, found 1
m.py:6:1: E305 expected 2 blank lines after class or function definition, found 1
m.py:7:7: F821 undefined name 'undefined'
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


def test_rustc_diagnostics_are_one_event_each(tmp_path):
    rows = stored_events(tmp_path, CARGO_ERRORS, "line, level, template, message, attributes")
    by_line = {r[0]: r for r in rows}
    # The crate's line, the four diagnostics, cargo's verdicts: nothing of an excerpt alone.
    assert sorted(by_line) == [1, 2, 10, 18, 32, 38, 39, 40, 41]
    assert by_line[1][2:4] == ("Compiling demo <*> (<*>)", "Compiling demo v0.1.0 (/tmp/rs/demo)")
    assert by_line[2][1:4] == (
        "warning",
        "warning: unused import: `<*>`",
        "unused import: `std::fs::File`",
    )
    assert by_line[10][1:3] == by_line[18][1:3] == ("error", "error[E0308]: mismatched types")
    assert by_line[32][2] == "error[E0425]: cannot find function `<*>` in this scope"
    second = json.loads(by_line[18][4])
    assert (second["file"], second["line"], second["column"], second["code"]) == (
        "src/main.rs",
        6,
        5,
        "E0308",
    )
    # The annotated source, its `help:` at column 0 among it, is the diagnostic's excerpt.
    assert "help: you can convert a `usize`" in second["excerpt"]
    assert "s.len().try_into().unwrap()" in second["excerpt"]


def test_cargo_status_lines_start_events(tmp_path):
    rows = stored_events(tmp_path, CARGO_WARNINGS, "line, level, template")
    assert [(r[0], r[2]) for r in rows] == [
        (1, "Compiling demo <*> (<*>)"),
        (2, "warning: variable does not need to be mutable"),
        (12, "warning: unused variable: `<*>`"),
        (20, "warning: <*> (bin <*>) generated <*> warnings (run <*> to apply <*> suggestions)"),
        (21, "Finished <*> profile [unoptimized + debuginfo] target(<*>) in <*>"),
    ]


def test_ruff_findings_are_read_as_rustc_draws_them(tmp_path):
    rows = stored_events(tmp_path, RUFF, "line, level, template, attributes")
    findings = [(r[0], r[1], r[2]) for r in rows if r[2][:1] in "EF" and r[2][1:2].isdigit()]
    # Values in the message are masked as any message's: one group for both long lines.
    assert findings == [
        (1, "warning", "F401: `<*>` imported but unused"),
        (15, "warning", "E501: Line too long (<*> > <*>)"),
        (24, "warning", "E501: Line too long (<*> > <*>)"),
    ]
    assert "help: Remove unused import" in next(r[3] for r in rows if r[0] == 1)


def test_go_build_errors_are_errors_under_their_package(tmp_path):
    rows = stored_events(tmp_path, GO_BUILD, "line, level, message, template, attributes")
    by_line = {r[0]: r for r in rows}
    assert (by_line[1][1], by_line[1][2]) == ("debug", "example.com/m/bad")
    assert [by_line[n][1] for n in (2, 3, 4)] == ["error"] * 3
    assert by_line[2][3] == 'imported and not used: "<*>"'
    assert json.loads(by_line[4][4]) == {"file": "bad/bad.go", "line": 7, "column": 2}


def test_linters_codes_name_their_findings(tmp_path):
    pylint = {r[0]: r[1:] for r in stored_events(tmp_path, PYLINT, "line, level, template")}
    assert pylint[5] == ("warning", "E0602: Undefined variable '<*>' (undefined-variable)")
    assert pylint[2] == ("warning", "C0114: Missing module docstring (missing-module-docstring)")
    (tmp_path / "f8").mkdir()
    flake8 = stored_events(tmp_path / "f8", FLAKE8, "line, level, template, attributes")
    assert [(r[0], r[1], r[2]) for r in flake8] == [
        (1, "warning", "F401: '<*>' imported but unused"),
        (2, "warning", "E302: expected <*> blank lines, found <*>"),
        (
            3,
            "warning",
            "E305: expected <*> blank lines after class or function definition, found <*>",
        ),
        (4, "warning", "F821: undefined name '<*>'"),
    ]
    assert json.loads(flake8[3][3]) == {"file": "m.py", "line": 7, "column": 7, "code": "F821"}
