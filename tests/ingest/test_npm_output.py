# ruff: noqa: E501  (the captured lines are data, as npm and Node wrote them)
"""npm 11's terminal output (captured here: `npm run` of a script whose `node -e` throws, `npm
start` of a server whose promise is rejected, `npm install` of a package that does not exist):
Node's crash reports, `[eval]:1` above the source of `node -e`; npm's error report, every line
after `npm error `."""

from __future__ import annotations

from errctl.formats.package_logs import package_fields
from tests.ingest.stored import stored_events

NPM = """\

> shop@1.0.0 migrate
> node -e "throw new Error('relation orders does not exist')"

[eval]:1
throw new Error('relation orders does not exist')
^

Error: relation orders does not exist
    at [eval]:1:7
    at runScriptInThisContext (node:internal/vm:209:10)
    at node:internal/process/execution:118:14
    at [eval]-wrapper:6:24
    at runScript (node:internal/process/execution:101:62)
    at evalScript (node:internal/process/execution:133:3)
    at node:internal/main/eval_string:51:3

Node.js v20.20.2

> shop@1.0.0 start
> node server.js

/srv/shop/server.js:1
setTimeout(()=>{ Promise.reject(new Error("db connect ECONNREFUSED 127.0.0.1:5432")) }, 100)
                                ^

Error: db connect ECONNREFUSED 127.0.0.1:5432
    at Timeout._onTimeout (/srv/shop/server.js:1:33)
    at listOnTimeout (node:internal/timers:581:17)
    at process.processTimers (node:internal/timers:519:7)

Node.js v20.20.2
npm error code E404
npm error 404 Not Found - GET https://registry.npmjs.org/nonexistent-pkg-xyz-123
npm error 404
npm error 404  The requested resource 'nonexistent-pkg-xyz-123@*' could not be found or you do not have permission to access it.
npm error 404
npm error 404 Note that you can also install from a
npm error 404 tarball, folder, http url, or git url.
npm error A complete log of this run can be found in: /root/.npm/_logs/2026-12-04T21_39_42_421Z-debug-0.log
"""


def test_npm_says_its_level():
    f = package_fields("npm warn deprecated inflight@1.0.6: This module is not supported")
    assert (f.level, f.logger, f.message) == (
        "warning",
        "npm",
        "npm warn deprecated inflight@1.0.6: This module is not supported",
    )
    assert package_fields("npm ERR! code ELIFECYCLE").level == "error"
    assert package_fields("npm install finished") is None


def test_npm_and_node_output_end_to_end(tmp_path):
    rows = stored_events(tmp_path, NPM, "line, level, logger, message, exception_type")
    by_line = {r[0]: r for r in rows}
    # `node -e`'s crash: its location, source, caret, error and frames, and the version.
    assert by_line[5][2:] == (None, "Error: relation orders does not exist", "Error")
    assert 6 not in by_line and 18 not in by_line
    assert by_line[23][4] == "Error"
    # npm's report of a failed install: one event, its code first.
    report = by_line[33]
    assert report[1:3] == ("error", "npm")
    assert report[3].startswith(
        "npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/"
    )
    assert [r[0] for r in rows if r[0] > 33] == []
