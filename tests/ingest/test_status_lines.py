"""Command-line tools' status lines in a container's log (formats.status_lines): Next.js's
output, each ` ✓`/` ○`/` ⚠`/` ⨯` line an event with its glyph's level, its errors' stacks and
util.inspect's properties kept whole under them."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.status_lines import starts_status_line, status_fields
from tests.ingest.stored import stored_events

NEXT_JS = """\
  ▲ Next.js 14.2.3
  - Local:        http://localhost:3000

 ✓ Starting...
 ✓ Ready in 2.1s
 ○ Compiling /api/orders ...
 ✓ Compiled /api/orders in 812ms (312 modules)
 ⨯ Error: connect ECONNREFUSED 10.0.0.5:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect'
}
 ⚠ Fast Refresh had to perform a full reload due to a runtime error.
 ⨯ TypeError: Cannot read properties of undefined (reading 'id')
    at GET (webpack-internal:///(rsc)/./app/api/orders/route.ts:14:22)
 ✓ Compiled /api/users in 95ms (318 modules)
"""


def test_each_status_line_is_an_event_with_its_glyphs_level(tmp_path: Path) -> None:
    rows = stored_events(tmp_path, NEXT_JS, "line, level, message, exception_type")
    assert [r[:3] for r in rows[1:]] == [
        (4, None, "Starting..."),
        (5, None, "Ready in 2.1s"),
        (6, None, "Compiling /api/orders ..."),
        (7, None, "Compiled /api/orders in 812ms (312 modules)"),
        (8, "error", "Error: connect ECONNREFUSED 10.0.0.5:5432"),
        # The warning sign decides, not the word `error` in its text.
        (14, "warning", "Fast Refresh had to perform a full reload due to a runtime error."),
        (15, "error", "TypeError: Cannot read properties of undefined (reading 'id')"),
        (17, None, "Compiled /api/users in 95ms (318 modules)"),
    ]
    assert [r[3] for r in rows if r[3]] == ["Error", "TypeError"]


def test_an_errors_own_properties_close_under_its_stack(tmp_path: Path) -> None:
    rows = stored_events(tmp_path, NEXT_JS, "line, attributes->>'exception_text'")
    trace = dict(rows)[8]
    assert trace.endswith("  syscall: 'connect'\n}")


def test_a_status_line_is_a_glyph_and_a_blank_at_column_0_or_1() -> None:
    assert starts_status_line("✔ Nuxt Nitro server built in 300 ms")
    assert starts_status_line(" ⨯ Error: boom")
    assert starts_status_line("⚠️ Deprecated option")  # the emoji form of the sign
    assert not starts_status_line("  ✓ adds (3 ms)")  # under a test suite's line
    assert starts_status_line("  ▲ Next.js 14.2.3")  # a server's banner: nested under nothing
    assert not starts_status_line("   ▲ Next.js 14.2.3")
    assert not starts_status_line("✓done")
    assert not starts_status_line("│ Error: x")  # a box's side goes on the box
    assert not starts_status_line("    at f (/app/x.js:1:2)")
    assert not starts_status_line("")


def test_a_status_lines_fields() -> None:
    fields = status_fields("✖ Failed to compile.")
    assert fields is not None
    assert (fields.message, fields.level) == ("Failed to compile.", "error")
    fields = status_fields(" ✓ Ready in 2.1s")
    assert fields is not None
    assert (fields.message, fields.level) == ("Ready in 2.1s", None)
    assert status_fields("  plain indented text") is None


def test_a_servers_banner_under_the_apps_own_lines_starts_its_own_event(tmp_path: Path) -> None:
    # `next start` restarted in the same container: its banner comes right under the app's
    # last line, two blanks in, and is not that line's.
    log = "[cart] 62380794d183: added steel-bottle x3\n" + NEXT_JS.split("\n ○")[0] + "\n"
    rows = stored_events(tmp_path, log, "line, split_part(message, chr(10), 1)")
    assert rows[:3] == [
        (1, "[cart] 62380794d183: added steel-bottle x3"),
        (2, "Next.js 14.2.3"),  # its `- Local:` lines are the banner's
        (5, "Starting..."),
    ]
