"""CI and build tools' own layouts in raw output read as the tool wrote them
(`formats.tool_output`): Terraform's box, workflow commands, BuildKit's steps, pytest's report,
`kubectl get events`."""

from __future__ import annotations

import json
from pathlib import Path

from errctl.formats.tool_output import tool_fields
from tests.ingest.stored import stored_events

COLUMNS = "line, level, message, attributes, template"


def _rows(tmp_path: Path, text: str) -> list[tuple]:
    return [
        (line, level, message, json.loads(attrs) if attrs else None, template)
        for line, level, message, attrs, template in stored_events(tmp_path, text, COLUMNS)
    ]


# Terraform draws a box around each diagnostic; its blank lines keep the bar and a blank.
TERRAFORM = "\n".join(
    [
        "aws_instance.web: Creating...",
        "╷",
        "│ Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to"
        " perform this operation.",
        "│ \tstatus code: 403, request id: 0f4e2a77-1c2b-4d3e-9f00-5a6b7c8d9e0f",
        "│ ",
        "│   with aws_instance.web,",
        '│   on main.tf line 12, in resource "aws_instance" "web":',
        '│   12: resource "aws_instance" "web" {',
        "│ ",
        "╵",
        "╷",
        "│ Warning: Argument is deprecated",
        "│ ",
        "│   with aws_s3_bucket.logs,",
        '│   on storage.tf line 3, in resource "aws_s3_bucket" "logs":',
        '│    3:   acl    = "private"',
        "│ ",
        "│ Use the aws_s3_bucket_acl resource instead",
        "╵",
        "",
    ]
)


def test_a_terraform_diagnostic_box_is_one_event_named_by_its_summary(tmp_path: Path):
    rows = _rows(tmp_path, TERRAFORM)
    assert [r[:2] for r in rows] == [(1, None), (2, "error"), (11, "warning")]
    assert rows[1][2] == (
        "Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to"
        " perform this operation.\n"
        "\tstatus code: 403, request id: 0f4e2a77-1c2b-4d3e-9f00-5a6b7c8d9e0f\n"
        "\n"
        "  with aws_instance.web,\n"
        '  on main.tf line 12, in resource "aws_instance" "web":\n'
        '  12: resource "aws_instance" "web" {'
    )
    assert rows[1][3] == {"resource": "aws_instance.web", "file": "main.tf", "line": 12}
    assert rows[2][2].split("\n")[0] == "Warning: Argument is deprecated"
    assert rows[2][2].endswith("\n\nUse the aws_s3_bucket_acl resource instead")
    assert rows[2][3] == {"resource": "aws_s3_bucket.logs", "file": "storage.tf", "line": 3}
    assert not any("│" in r[2] or "╵" in r[2] for r in rows)


WORKFLOW_COMMANDS = """\
::error file=app.py,line=42,col=7,title=Lint::Undefined name 'x'
::error file=pkg/models.py,line=108,col=12,title=Lint::Undefined name 'x'
::warning file=lib/util.py,line=3,col=1::Unused import os
::notice::Build cache restored
::error title=Deploy%3A prod,file=a%2Cb.py::first%0Asecond
"""


def test_workflow_command_properties_are_attributes_and_its_text_the_message(tmp_path: Path):
    rows = _rows(tmp_path, WORKFLOW_COMMANDS)
    assert [r[:4] for r in rows] == [
        (
            1,
            "error",
            "Undefined name 'x'",
            {"file": "app.py", "line": 42, "col": 7, "title": "Lint"},
        ),
        (
            2,
            "error",
            "Undefined name 'x'",
            {"file": "pkg/models.py", "line": 108, "col": 12, "title": "Lint"},
        ),
        (3, "warning", "Unused import os", {"file": "lib/util.py", "line": 3, "col": 1}),
        (4, "info", "Build cache restored", None),
        (5, "error", "first\nsecond", {"title": "Deploy: prod", "file": "a,b.py"}),
    ]
    assert rows[0][4] == rows[1][4]  # one group across files and lines


BUILDKIT = """\
#0 building with "default" instance using docker driver
#12 [build 4/5] RUN make test
#12 0.734 + make test
#12 3.918 --- FAIL: TestParse (0.00s)
#12 ERROR: process "/bin/sh -c make test" did not complete successfully: exit code: 2
------
 > [build 4/5] RUN make test:
3.918 --- FAIL: TestParse (0.00s)
3.919 FAIL
------
ERROR: failed to solve: process "/bin/sh -c make test" did not complete successfully: exit code: 2
"""


def test_buildkit_steps_lose_their_prefix_and_an_error_keeps_its_excerpt(tmp_path: Path):
    rows = _rows(tmp_path, BUILDKIT)
    assert [r[:4] for r in rows] == [
        (1, None, 'building with "default" instance using docker driver', {"step": 0}),
        (2, None, "[build 4/5] RUN make test", {"step": 12}),
        (3, None, "+ make test", {"step": 12, "elapsed": 0.734}),
        (
            4,
            "error",
            "--- FAIL: TestParse (0.00s)",
            {"step": 12, "elapsed": 3.918, "level_inferred": True},
        ),
        (
            5,
            "error",
            'ERROR: process "/bin/sh -c make test" did not complete successfully: exit code: 2\n'
            "------\n > [build 4/5] RUN make test:\n3.918 --- FAIL: TestParse (0.00s)\n"
            "3.919 FAIL\n------",
            {"step": 12},
        ),
        (
            11,
            "error",
            'ERROR: failed to solve: process "/bin/sh -c make test" did not complete'
            " successfully: exit code: 2",
            None,
        ),
    ]


# What buildx prints when a RUN fails: the step's output, then the Dockerfile around the
# instruction and the build's verdict.
BUILDKIT_SOURCE = """\
#9 [api 3/4] RUN npm ci
#9 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1
------
 > [api 3/4] RUN npm ci:
4.201 npm ERR! code ERESOLVE
------
api.Dockerfile:7
--------------------
   5 |     WORKDIR /srv
   6 |     COPY package*.json ./
   7 | >>> RUN npm ci
   8 |     COPY . .
--------------------
ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1
Dockerfile:3
--------------------
   3 | >>> FROM node:22-alpne
--------------------
build step cancelled
"""


def test_a_dockerfile_excerpt_belongs_to_the_build_verdict_after_it(tmp_path: Path):
    rows = _rows(tmp_path, BUILDKIT_SOURCE)
    verdict = (
        'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete'
        " successfully: exit code: 1"
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (1, None, {"step": 9}),
        (2, "error", {"step": 9}),
        (7, "error", {"file": "api.Dockerfile", "line": 7}),
        # An excerpt with no verdict after it (the output cut there) is still one event.
        (15, None, {"file": "Dockerfile", "line": 3}),
        (19, None, None),
    ]
    assert rows[2][2] == (
        f"{verdict}\n   5 |     WORKDIR /srv\n   6 |     COPY package*.json ./\n"
        "   7 | >>> RUN npm ci\n   8 |     COPY . ."
    )
    assert rows[2][4].split("\n")[0] == (
        "ERROR: failed to solve: process <*> did not complete successfully: exit code: 1"
    )
    assert rows[3][2] == "Dockerfile:3\n   3 | >>> FROM node:22-alpne"
    assert rows[4][2] == "build step cancelled"


def test_a_php_frame_or_a_comment_is_no_buildkit_step():
    assert tool_fields("#0 /var/www/app/X.php(20): App\\X->show()") is None
    assert tool_fields("#0 [internal function]: App\\X->show()") is None
    assert tool_fields("#1 the first item") is None


PYTEST = """\
=================================== FAILURES ===================================
__________________________________ test_retry_1 ________________________________

    def test_retry_1():
>       assert fetch(1) == 3
E       assert 2 == 3

tests/test_net.py:10: AssertionError
________________________ ERROR at setup of test_retry_2 ________________________

tests/test_net.py:20: in db
    raise RuntimeError("no db")
E   RuntimeError: no db
=========================== short test summary info ============================
FAILED tests/test_net.py::test_retry_1 - AssertionError: assert 2 == 3
FAILED tests/test_net.py::test_retry_3 - AssertionError: assert 7 == 3
ERROR tests/test_net.py::TestApi::test_get[case-2] - RuntimeError: no db
FAILED tests/test_net.py::test_flaky
"""


def test_pytest_names_each_failing_test_by_its_node_id(tmp_path: Path):
    rows = _rows(tmp_path, PYTEST)
    assert [r[:2] for r in rows] == [
        (1, "error"),
        (2, "error"),
        (9, "error"),
        (14, None),
        (15, "error"),
        (16, "error"),
        (17, "error"),
        (18, "error"),
    ]
    assert rows[1][2].split("\n")[0] == "test_retry_1"
    assert rows[1][2].endswith("tests/test_net.py:10: AssertionError")
    assert rows[1][3] == {"test": "test_retry_1"}
    assert rows[2][3] == {"test": "test_retry_2"}
    assert rows[2][2].endswith("E   RuntimeError: no db")
    assert rows[1][4] != rows[2][4]
    assert [(r[3], r[4]) for r in rows[4:]] == [
        (
            {"test": "tests/test_net.py::test_retry_1", "outcome": "failed"},
            "FAILED tests/test_net.py::test_retry_1 - AssertionError: <*>",
        ),
        (
            {"test": "tests/test_net.py::test_retry_3", "outcome": "failed"},
            "FAILED tests/test_net.py::test_retry_3 - AssertionError: <*>",
        ),
        (
            {"test": "tests/test_net.py::TestApi::test_get[case-2]", "outcome": "error"},
            "ERROR tests/test_net.py::TestApi::test_get[case-2] - RuntimeError: <*>",
        ),
        (
            {"test": "tests/test_net.py::test_flaky", "outcome": "failed"},
            "FAILED tests/test_net.py::test_flaky",
        ),
    ]
    assert rows[4][2] == "FAILED tests/test_net.py::test_retry_1 - AssertionError: assert 2 == 3"


# `cargo test` (Rust 1.95's libtest), with no backtrace.
CARGO_TEST = """\
    Finished `test` profile [unoptimized + debuginfo] target(s) in 0.01s
     Running unittests src/lib.rs (target/debug/deps/lib1-2606d562ed95c5c3)

running 4 tests
test tests::it_fails ... FAILED
test tests::it_panics ... FAILED
test tests::it_unwraps ... FAILED
test tests::it_works ... ok

failures:

---- tests::it_fails stdout ----

thread 'tests::it_fails' (16582) panicked at src/lib.rs:9:21:
assertion `left == right` failed
  left: 4
 right: 5

---- tests::it_panics stdout ----

thread 'tests::it_panics' (16583) panicked at src/lib.rs:11:56:
index out of bounds: the len is 0 but the index is 3
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- tests::it_unwraps stdout ----

thread 'tests::it_unwraps' (16584) panicked at src/lib.rs:13:73:
called `Result::unwrap()` on an `Err` value: "boom"


failures:
    tests::it_fails
    tests::it_panics
    tests::it_unwraps

test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

error: test failed, to rerun pass `--lib`
"""


def test_rusts_test_harness_names_each_failing_test(tmp_path: Path):
    rows = {r[0]: r for r in _rows(tmp_path, CARGO_TEST)}
    assert rows[1][2].startswith("Finished `test` profile")  # cargo's status lines, each alone
    assert rows[2][2].startswith("Running unittests src/lib.rs")
    failed = [(r[1], r[4], r[3]["test"]) for r in rows.values() if r[2].endswith(" ... FAILED")]
    assert failed == [
        ("error", "test tests::it_fails ... FAILED", "tests::it_fails"),
        ("error", "test tests::it_panics ... FAILED", "tests::it_panics"),
        ("error", "test tests::it_unwraps ... FAILED", "tests::it_unwraps"),
    ]
    assert rows[8][1] is None and rows[8][4] == "test <*> ... ok"
    # The panics are Rust panics, as they would be outside a test.
    panics = [r[0] for r in rows.values() if r[2].startswith("thread 'tests::")]
    assert panics == [14, 21, 27]


# Jest 30's default reporter, one suite with a passing and two failing tests.
JEST = """\
FAIL src/a.test.js
  math
    ✓ adds (2 ms)
    ✕ fails (3 ms)
    ✕ throws

  ● math › fails

    expect(received).toBe(expected) // Object.is equality

    Expected: 4
    Received: 3

      2 | describe('math', () => {
      3 |   test('adds', () => { expect(f(1,2)).toBe(3); });
    > 4 |   test('fails', () => { expect(f(1,2)).toBe(4); });
        |                                        ^
      5 |   test('throws', () => { JSON.parse('{bad'); });
      6 | });
      7 |

      at Object.toBe (src/a.test.js:4:40)

  ● math › throws

    SyntaxError: Expected property name or '}' in JSON at position 1
        at JSON.parse (<anonymous>)

      3 |   test('adds', () => { expect(f(1,2)).toBe(3); });
      4 |   test('fails', () => { expect(f(1,2)).toBe(4); });
    > 5 |   test('throws', () => { JSON.parse('{bad'); });
        |                               ^
      6 | });
      7 |

      at Object.parse (src/a.test.js:5:31)

Test Suites: 1 failed, 1 total
Tests:       2 failed, 1 passed, 3 total
Snapshots:   0 total
Time:        0.379 s
Ran all test suites.
"""


def test_jest_names_each_failing_tests_block_by_the_test(tmp_path: Path):
    rows = _rows(tmp_path, JEST)
    blocks = [(r[0], r[1], r[3]["test"], r[4]) for r in rows if r[3] and "test" in r[3]]
    assert blocks == [
        (7, "error", "math › fails", "● math › fails\n<*>"),
        (24, "error", "math › throws", "● math › throws\n<*>"),
    ]
    throws = next(r for r in rows if r[0] == 24)
    # Its frames are where the test failed: the report's lines, not a program's exception.
    assert "SyntaxError: Expected property name" in throws[2]
    assert "at Object.parse (src/a.test.js:5:31)" in throws[2]
    assert "exception_text" not in throws[3]


# Mocha 12's `spec` reporter: the assertion's message goes on at column 0.
MOCHA = """\


  math
    ✔ adds
    1) fails
    2) throws


  1 passing (4ms)
  2 failing

  1) math
       fails:

      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:

3 !== 4

      + expected - actual

      -3
      +4
\x20\x20\x20\x20\x20\x20
      at Context.<anonymous> (src/m.spec.js:4:36)
      at process.processImmediate (node:internal/timers:483:21)

  2) math
       throws:
     SyntaxError: Expected property name or '}' in JSON at position 1
      at JSON.parse (<anonymous>)
      at Context.<anonymous> (src/m.spec.js:5:35)
      at process.processImmediate (node:internal/timers:483:21)



"""


def test_mocha_names_each_failing_tests_block_by_its_titles(tmp_path: Path):
    rows = {r[0]: r for r in _rows(tmp_path, MOCHA)}
    assert sorted(rows) == [3, 9, 10, 12, 27]
    assert (rows[9][2], rows[10][2]) == ("1 passing (4ms)", "2 failing")
    assert rows[12][1:2] + rows[12][4:] == ("error", "math fails\n<*>")
    assert "3 !== 4" in rows[12][2] and "at Context.<anonymous>" in rows[12][2]
    assert rows[27][4] == "math throws\n<*>" and rows[27][3] == {"test": "math throws"}


def test_a_numbered_list_two_blanks_in_is_no_mocha_report(tmp_path: Path):
    text = (
        "There are 2 choices for the alternative editor:\n  1) /bin/nano\n  2) /usr/bin/vim.basic\n"
    )
    rows = _rows(tmp_path, text)
    assert [(r[0], r[1]) for r in rows] == [(1, None)]
    assert rows[0][2].endswith("  2) /usr/bin/vim.basic")


# ESLint 10's default (`stylish`) report of one file.
ESLINT = """\

/tmp/js1/src/a.js
  1:7   error    'fs' is assigned a value but never used      no-unused-vars
  3:9   warning  Expected '===' and instead saw '=='          eqeqeq
  3:24  error    'undefinedVar' is not defined                no-undef
  4:7   error    'unused' is assigned a value but never used  no-unused-vars
  5:11  warning  Missing semicolon                            semi

✖ 5 problems (3 errors, 2 warnings)
  0 errors and 1 warning potentially fixable with the `--fix` option.

"""


def test_eslint_findings_are_an_event_each_with_the_files_name(tmp_path: Path):
    rows = _rows(tmp_path, ESLINT)
    findings = [(r[0], r[1], r[3]["line"], r[3].get("rule"), r[4]) for r in rows if r[3]]
    assert findings[:5] == [
        (
            3,
            "error",
            1,
            "no-unused-vars",
            "no-unused-vars: '<*>' is assigned a value but never used",
        ),
        (4, "warning", 3, "eqeqeq", "eqeqeq: Expected '<*>' and instead saw '<*>'"),
        (5, "error", 3, "no-undef", "no-undef: '<*>' is not defined"),
        (
            6,
            "error",
            4,
            "no-unused-vars",
            "no-unused-vars: '<*>' is assigned a value but never used",
        ),
        (7, "warning", 5, "semi", "semi: Missing semicolon"),
    ]
    assert {r[3]["file"] for r in rows if r[3] and "rule" in r[3]} == {"/tmp/js1/src/a.js"}
    assert 2 not in {r[0] for r in rows}  # the file's own line is no event


# `go test ./...` (Go 1.19): a failing test, then one that panics; then, with the panic gone,
# a failing subtest.
GO_TEST = """\
--- FAIL: TestAdd (0.00s)
    add_test.go:7: Add(1, 2) = 3, want 4
--- FAIL: TestPanic (0.00s)
panic: assignment to entry in nil map [recovered]
	panic: assignment to entry in nil map

goroutine 8 [running]:
testing.tRunner.func1.2({0x508f80, 0x551f40})
	/usr/lib/go-1.19/src/testing/testing.go:1396 +0x24e
testing.tRunner.func1()
	/usr/lib/go-1.19/src/testing/testing.go:1399 +0x39f
panic({0x508f80, 0x551f40})
	/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212
example.com/m.TestPanic(0xc000007ba0?)
	/tmp/gt/add_test.go:13 +0x2e
testing.tRunner(0xc000007d40, 0x52f510)
	/usr/lib/go-1.19/src/testing/testing.go:1446 +0x10b
created by testing.(*T).Run
	/usr/lib/go-1.19/src/testing/testing.go:1493 +0x35f
FAIL	example.com/m	0.004s
FAIL
"""
GO_SUBTESTS = """\
--- FAIL: TestAdd (0.00s)
    add_test.go:7: Add(1, 2) = 3, want 4
--- FAIL: TestTable (0.00s)
    --- FAIL: TestTable/case#01 (0.00s)
        add_test.go:18: bad 5
FAIL
FAIL	example.com/m	0.003s
FAIL
"""


def test_go_test_names_each_failing_test_and_package(tmp_path: Path):
    rows = {r[0]: r for r in _rows(tmp_path, GO_TEST)}
    assert (rows[1][1], rows[1][4]) == ("error", "--- FAIL: TestAdd\n<*>")
    assert "add_test.go:7: Add(1, 2) = 3, want 4" in rows[1][2]
    assert rows[3][4] == "--- FAIL: TestPanic\n<*>"
    assert rows[4][1] == "critical"  # the panic is Go's own, as outside a test
    assert (rows[20][4], rows[20][3]["package"]) == ("FAIL example.com/m", "example.com/m")
    (tmp_path / "sub").mkdir()
    subtests = {r[0]: r for r in _rows(tmp_path / "sub", GO_SUBTESTS)}
    # A subtest's failure is its parent's lines: the parent's block, named by the parent.
    assert subtests[3][4] == "--- FAIL: TestTable\n<*>"
    assert "TestTable/case#01" in subtests[3][2] and 4 not in subtests


KUBECTL_EVENTS = "\n".join(
    [
        "LAST SEEN   TYPE      REASON      OBJECT                 MESSAGE",
        "2m          Warning   BackOff     pod/api-7f9c6d-x2k8p   Back-off restarting failed"
        " container api in pod api-7f9c6d-x2k8p_default(5d1f)",
        "5m          Normal    Pulled      pod/api-7f9c6d-x2k8p   Container image"
        ' "registry.example.com/api:1.4.2" already present on machine',
        "3m12s       Warning   Unhealthy   pod/web-5d8f-abcde     Readiness probe failed: HTTP"
        " probe failed with statuscode: 503",
        "",
    ]
)


def test_kubectl_events_rows_take_their_type_as_level(tmp_path: Path):
    rows = _rows(tmp_path, KUBECTL_EVENTS)
    assert [r[:4] for r in rows] == [  # the header row names the columns: no event
        (
            2,
            "warning",
            "Back-off restarting failed container api in pod api-7f9c6d-x2k8p_default(5d1f)",
            {"last_seen": "2m", "reason": "BackOff", "object": "pod/api-7f9c6d-x2k8p"},
        ),
        (
            3,
            "info",
            'Container image "registry.example.com/api:1.4.2" already present on machine',
            {"last_seen": "5m", "reason": "Pulled", "object": "pod/api-7f9c6d-x2k8p"},
        ),
        (
            4,
            "warning",
            "Readiness probe failed: HTTP probe failed with statuscode: 503",
            {"last_seen": "3m12s", "reason": "Unhealthy", "object": "pod/web-5d8f-abcde"},
        ),
    ]


# `kubectl get events -A` under a CI runner's time (a job that prints the cluster's events).
KUBECTL_ALL_NAMESPACES = (
    "2026-11-29T10:00:01.1234567Z NAMESPACE   LAST SEEN   TYPE      REASON    OBJECT"
    "                  MESSAGE\n"
    "2026-11-29T10:00:01.1234568Z shop        47s         Warning   Failed    pod/cart-58c9d-qv7rn"
    "    Error: ImagePullBackOff\n"
)


def test_kubectl_events_header_row_is_no_event_in_any_layout(tmp_path: Path):
    rows = stored_events(tmp_path, KUBECTL_ALL_NAMESPACES, "line, level, message, attributes")
    assert [(*r[:3], json.loads(r[3])) for r in rows] == [
        (
            2,
            "warning",
            "Error: ImagePullBackOff",
            {
                "last_seen": "47s",
                "reason": "Failed",
                "object": "pod/cart-58c9d-qv7rn",
                "namespace": "shop",
            },
        )
    ]
    # A line that only begins like it is kept.
    (tmp_path / "other").mkdir()
    rows = stored_events(tmp_path / "other", "LAST SEEN   TYPE   the cache was cold\n", "line")
    assert rows == [(1,)]


TIMESTAMPED = """\
2026-11-29T10:00:01.1234567Z ::error file=app.py,line=42,col=7,title=Lint::Undefined name 'x'
2026-11-29T10:00:02.1234567Z #12 0.734 + make test
2026-11-29T10:00:03.1234567Z Run tests
"""


def test_a_tool_layout_under_a_ci_runners_time_keeps_that_time(tmp_path: Path):
    time = "strftime(timestamp, '%H:%M:%S.%f')"
    rows = stored_events(tmp_path, TIMESTAMPED, f"line, {time}, level, message, attributes")
    assert [(*r[:4], json.loads(r[4]) if r[4] else None) for r in rows] == [
        (
            1,
            "10:00:01.123456",
            "error",
            "Undefined name 'x'",
            {"file": "app.py", "line": 42, "col": 7, "title": "Lint"},
        ),
        (2, "10:00:02.123456", None, "+ make test", {"step": 12, "elapsed": 0.734}),
        (3, "10:00:03.123456", None, "Run tests", None),
    ]


def test_a_ci_job_log_with_the_runners_time_reads_the_tools_layouts(tmp_path: Path):
    # GitHub Actions' raw log: the runner's time before every line of a build's output.
    lines = [*TERRAFORM.splitlines()[1:10], *PYTEST.splitlines()[13:16], BUILDKIT.splitlines()[4]]
    text = "".join(f"2026-11-29T10:00:{i:02d}.5000000Z {x}\n" for i, x in enumerate(lines))
    rows = stored_events(tmp_path, text, "line, strftime(timestamp, '%S'), level, attributes")
    assert [(*r[:3], r[3] and json.loads(r[3])) for r in rows] == [
        (1, "00", "error", {"resource": "aws_instance.web", "file": "main.tf", "line": 12}),
        (10, "09", None, None),
        (11, "10", "error", {"test": "tests/test_net.py::test_retry_1", "outcome": "failed"}),
        (12, "11", "error", {"test": "tests/test_net.py::test_retry_3", "outcome": "failed"}),
        (13, "12", "error", {"step": 12}),
    ]


# npm's debug log after `npm install` failed on a missing scoped package (npm 10): the stack's
# lines and the notice's repeat their counter; npm 11 gives each error line its own counter.
NPM_DEBUG = "\n".join(
    [
        "0 verbose cli /usr/local/bin/node /usr/local/bin/npm",
        "1 info using npm@10.9.1",
        "14 timing idealTree:init Completed in 41ms",
        "15 http fetch GET 404 https://registry.npmjs.org/@shopco%2fcart 188ms (cache skip)",
        "16 verbose stack HttpErrorGeneral: 404 Not Found - GET https://registry.npmjs.org/"
        "@shopco%2fcart - Not found",
        "16 verbose stack     at /opt/npm/node_modules/npm-registry-fetch/lib/check.js:95:15",
        "16 verbose stack     at async RegistryFetcher.packument"
        " (/opt/npm/node_modules/pacote/lib/registry.js:90:19)",
        "17 verbose statusCode 404",
        "18 error code E404",
        "19 error 404 Not Found - GET https://registry.npmjs.org/@shopco%2fcart - Not found",
        "19 error 404",
        "19 error 404  '@shopco/cart@^2.1.0' is not in this registry.",
        "20 warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported",
        "21 notice",
        "21 notice New minor version of npm available! 10.9.1 -> 10.9.2",
        "22 silly logfile done cleaning log files",
        "23 verbose exit 1",
        "",
    ]
)


def test_npm_debug_log_reads_npms_level_and_joins_an_entrys_lines(tmp_path: Path):
    columns = "line, level, logger, message, attributes, exception_type, timestamp_inferred"
    rows = stored_events(tmp_path, NPM_DEBUG, columns)
    assert [(*r[:4], json.loads(r[4])["npm_line"], r[5], r[6]) for r in rows] == [
        (1, "debug", None, "cli /usr/local/bin/node /usr/local/bin/npm", 0, None, True),
        (2, "info", None, "using npm@10.9.1", 1, None, True),
        (3, "debug", None, "idealTree:init Completed in 41ms", 14, None, True),
        (
            4,
            "info",
            None,
            "fetch GET 404 https://registry.npmjs.org/@shopco%2fcart 188ms (cache skip)",
            15,
            None,
            True,
        ),
        (
            5,
            "debug",
            "stack",
            "HttpErrorGeneral: 404 Not Found - GET https://registry.npmjs.org/@shopco%2fcart"
            " - Not found",
            16,
            "HttpErrorGeneral",
            True,
        ),
        (8, "debug", None, "statusCode 404", 17, None, True),
        (9, "error", None, "code E404", 18, None, True),
        (
            10,
            "error",
            "404",
            "Not Found - GET https://registry.npmjs.org/@shopco%2fcart - Not found\n"
            "\n"
            " '@shopco/cart@^2.1.0' is not in this registry.",
            19,
            None,
            True,
        ),
        (
            13,
            "warning",
            None,
            "deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported",
            20,
            None,
            True,
        ),
        (14, "info", None, "New minor version of npm available! 10.9.1 -> 10.9.2", 21, None, True),
        (16, "trace", None, "logfile done cleaning log files", 22, None, True),
        (17, "debug", None, "exit 1", 23, None, True),
    ]


def test_a_number_before_a_word_that_is_no_npm_level_is_no_npm_line():
    assert tool_fields("3 errors found in 2 files") is None
    assert tool_fields("12 information schema tables") is None
    fields = tool_fields("7 warn  peer dep missing")
    assert fields is not None and (fields.level, fields.message) == ("warning", " peer dep missing")


# npmlog in an application of its own (Mastodon 4.2's streaming server): a request's id as the
# call's prefix.
NPMLOG = """\
info Starting worker 1
ERR! cf3ac533-e25e-469d-8221-c044879607d4 Error: Invalid access token
info 4a568069-6328-4bb2-b3e0-eef7cf1b6e75 Starting stream from timeline:public for 108131
verb 4a568069-6328-4bb2-b3e0-eef7cf1b6e75 Subscribe timeline:public
verb 5ddd0f2c-0f29-4b96-960b-c6ccbcb20c9f Unsubscribe timeline:public
"""


def test_npmlog_in_an_application_reads_its_level_and_request_id(tmp_path: Path):
    rows = stored_events(tmp_path, NPMLOG, "line, level, message, trace_id, template")
    assert [r[:4] for r in rows] == [
        (1, None, "info Starting worker 1", None),
        (2, "error", "Error: Invalid access token", "cf3ac533-e25e-469d-8221-c044879607d4"),
        (
            3,
            "info",
            "Starting stream from timeline:public for 108131",
            "4a568069-6328-4bb2-b3e0-eef7cf1b6e75",
        ),
        (4, "debug", "Subscribe timeline:public", "4a568069-6328-4bb2-b3e0-eef7cf1b6e75"),
        (5, "debug", "Unsubscribe timeline:public", "5ddd0f2c-0f29-4b96-960b-c6ccbcb20c9f"),
    ]
    # The id read off, a subscription and its end are two statements, not one of two values.
    assert rows[3][4] != rows[4][4]
    assert tool_fields("info: server started") is None and tool_fields("warn me later") is None


# apt's term.log: dpkg's output without times between apt's start and end lines; a failed
# post-installation script, then the next run.
APT_TERM = """\

Log started: 2026-11-29  16:04:52
Selecting previously unselected package nginx-common.
Setting up nginx-common (1.22.1-9) ...
dpkg: error processing package nginx (--configure):
 installed nginx package post-installation script subprocess returned error exit status 1
Errors were encountered while processing:
 nginx
Log ended: 2026-11-29  16:05:03

Log started: 2026-11-29  16:20:17
Setting up nginx (1.22.1-9) ...
"""


def test_apt_term_log_lines_take_the_time_of_the_run_they_are_in(tmp_path: Path):
    time = "strftime(timestamp, '%Y-%m-%d %H:%M:%S')"
    columns = f"line, {time}, timestamp_inferred, level, message"
    rows = stored_events(tmp_path, APT_TERM, columns)
    assert [r[:4] for r in rows] == [
        (2, "2026-11-29 16:04:52", False, None),
        (3, "2026-11-29 16:04:52", True, None),
        (4, "2026-11-29 16:04:52", True, None),
        (5, "2026-11-29 16:04:52", True, "error"),
        (7, "2026-11-29 16:04:52", True, "error"),
        (9, "2026-11-29 16:05:03", False, None),
        (11, "2026-11-29 16:20:17", False, None),
        (12, "2026-11-29 16:20:17", True, None),
    ]
    assert rows[3][4] == (
        "dpkg: error processing package nginx (--configure):\n"
        " installed nginx package post-installation script subprocess returned error exit status 1"
    )
    assert tool_fields("Log started: yesterday") is None


# apt's history.log: a run dpkg failed in, one that never wrote its end (apt was killed), and
# one that went through.
APT_HISTORY = """\

Start-Date: 2026-11-29  16:04:50
Commandline: apt-get install -y nginx
Requested-By: deploy (1001)
Install: nginx:amd64 (1.22.1-9), nginx-common:amd64 (1.22.1-9, automatic)
Error: Sub-process /usr/bin/dpkg returned an error code (1)
End-Date: 2026-11-29  16:05:03

Start-Date: 2026-11-29  16:20:15
Commandline: apt-get -y upgrade
Upgrade: libssl3:amd64 (3.0.15-1~deb12u1, 3.0.16-1~deb12u1)

Start-Date: 2026-11-29  16:31:40
Commandline: apt-get purge -y nginx
Purge: nginx:amd64 (1.22.1-9)
End-Date: 2026-11-29  16:31:42
"""


def test_apt_history_stanza_is_one_event_at_its_start_named_by_its_command(tmp_path: Path):
    time = "strftime(timestamp, '%Y-%m-%d %H:%M:%S')"
    columns = f"line, {time}, timestamp_inferred, level, message, attributes"
    rows = stored_events(tmp_path, APT_HISTORY, columns)
    assert [(*r[:5], r[5] and json.loads(r[5])) for r in rows] == [
        (
            2,
            "2026-11-29 16:04:50",
            False,
            "error",
            "apt-get install -y nginx\n"
            "Requested-By: deploy (1001)\n"
            "Install: nginx:amd64 (1.22.1-9), nginx-common:amd64 (1.22.1-9, automatic)\n"
            "Error: Sub-process /usr/bin/dpkg returned an error code (1)\n"
            "End-Date: 2026-11-29  16:05:03",
            {
                "requested_by": "deploy (1001)",
                "error": "Sub-process /usr/bin/dpkg returned an error code (1)",
            },
        ),
        (
            9,
            "2026-11-29 16:20:15",
            False,
            None,
            "apt-get -y upgrade\nUpgrade: libssl3:amd64 (3.0.15-1~deb12u1, 3.0.16-1~deb12u1)",
            None,
        ),
        (
            13,
            "2026-11-29 16:31:40",
            False,
            None,
            "apt-get purge -y nginx\nPurge: nginx:amd64 (1.22.1-9)\nEnd-Date: 2026-11-29  16:31:42",
            None,
        ),
    ]


ALTERNATIVES = """\
update-alternatives 2026-11-29 16:04:58: run with --install /usr/bin/editor editor /usr/bin/vim 30
update-alternatives 2026-11-29 16:04:58: link group editor updated to point to /usr/bin/vim.basic
"""


def test_update_alternatives_log_reads_its_time_and_program(tmp_path: Path):
    time = "strftime(timestamp, '%Y-%m-%d %H:%M:%S')"
    rows = stored_events(
        tmp_path, ALTERNATIVES, f"line, {time}, timestamp_inferred, service, message"
    )
    assert rows == [
        (
            1,
            "2026-11-29 16:04:58",
            False,
            "update-alternatives",
            "run with --install /usr/bin/editor editor /usr/bin/vim 30",
        ),
        (
            2,
            "2026-11-29 16:04:58",
            False,
            "update-alternatives",
            "link group editor updated to point to /usr/bin/vim.basic",
        ),
    ]


def test_a_namespace_starting_with_u_is_still_a_kubectl_row():
    fields = tool_fields("users   2m   Warning   BackOff   pod/api-1   Back-off restarting")
    assert fields is not None and fields.attributes["namespace"] == "users"


# cloud-init-output.log: a stage's banner, its network table, the user script's output, then
# cloud-init's own log lines about the failed script and its closing banner.
CLOUD_INIT_OUTPUT = """\
Cloud-init v. 24.1.3-0ubuntu1~22.04.1 running 'init' at Sat, 28 Nov 2026 09:14:03 +0000. \
Up 7.12 seconds.
ci-info: +++++++++++++++++++++++Net device info+++++++++++++++++++++++
ci-info: +--------+------+-------------+---------------+--------+
ci-info: |  ens5  | True | 172.31.9.14 | 255.255.240.0 | global |
Cloud-init v. 24.1.3-0ubuntu1~22.04.1 running 'modules:final' at Sat, 28 Nov 2026 09:14:09 \
+0000. Up 13.50 seconds.
E: Unable to locate package nginx-mainline
2026-11-28 09:14:12,410 - util.py[WARNING]: Failed running /var/lib/cloud/instance/scripts/part-001
2026-11-28 09:14:12,415 - cc_scripts_user.py[WARNING]: Failed to run module scripts-user
2026-11-28 09:14:12,416 - log_util.py[WARNING]: Running module scripts-user failed
Cloud-init v. 24.1.3-0ubuntu1~22.04.1 finished at Sat, 28 Nov 2026 09:14:12 +0000. \
Datasource DataSourceEc2Local.  Up 16.23 seconds
"""


def test_cloud_init_output_banners_give_their_time_and_start_an_event(tmp_path: Path):
    time = "strftime(timestamp, '%H:%M:%S')"
    columns = f"line, {time}, timestamp_inferred, level, service, attributes, message"
    rows = stored_events(tmp_path, CLOUD_INIT_OUTPUT, columns)
    version = "24.1.3-0ubuntu1~22.04.1"
    assert [(*r[:5], r[5] and json.loads(r[5])) for r in rows] == [
        (1, "09:14:03", False, "info", "cloud-init", {"version": version, "stage": "init"}),
        (2, "09:14:03", True, None, None, None),
        (
            5,
            "09:14:09",
            False,
            "info",
            "cloud-init",
            {"version": version, "stage": "modules:final"},
        ),
        (6, "09:14:09", True, "error", None, {"level_inferred": True}),
        (7, "09:14:12", False, "warning", None, {"file": "util.py"}),
        (8, "09:14:12", False, "warning", None, {"file": "cc_scripts_user.py"}),
        (9, "09:14:12", False, "warning", None, {"file": "log_util.py"}),
        (10, "09:14:12", False, "info", "cloud-init", {"version": version}),
    ]
    assert rows[1][6].count("\n") == 2  # the table's three lines
    assert rows[4][6] == "Failed running /var/lib/cloud/instance/scripts/part-001"


# yarn-error.log, as Yarn 1 writes it after `yarn install` failed (its sections shortened).
# Yarn ends each section's title with a blank: kept.
YARN_ERROR = "\n".join(
    [
        "Arguments: ",
        "  /usr/local/bin/node /opt/yarn/bin/yarn.js install --frozen-lockfile",
        "",
        "Yarn version: ",
        "  1.22.19",
        "",
        "Trace: ",
        "  Error: https://registry.yarnpkg.com/@shopco%2fcart: Not found",
        "      at params.callback [as _callback] (/opt/yarn/lib/cli.js:66145:18)",
        "      at Request.emit (node:events:517:28)",
        "",
        "npm manifest: ",
        "  {",
        '    "name": "shop-web"',
        "  }",
        "",
    ]
)


def test_yarn_error_logs_trace_section_is_its_error(tmp_path: Path):
    columns = "line, level, message, exception_type, exception_value"
    rows = stored_events(tmp_path, YARN_ERROR, columns)
    assert [r[0] for r in rows] == [1, 4, 7, 12]
    assert rows[2] == (
        7,
        "error",
        "Error: https://registry.yarnpkg.com/@shopco%2fcart: Not found",
        "Error",
        "https://registry.yarnpkg.com/@shopco%2fcart: Not found",
    )
    assert rows[0][1] is None and rows[3][2] == 'npm manifest: \n  {\n    "name": "shop-web"\n  }'
