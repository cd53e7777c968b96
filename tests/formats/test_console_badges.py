"""Laravel's console badges (`   INFO  No scheduled commands are ready to run.`) start an
event of their own, under the scheduler's dated lines or alone, and give it their level
(errctl/formats/status_lines.py)."""

from __future__ import annotations

from errctl.formats.status_lines import starts_console_badge, status_fields
from tests.ingest.stored import stored_events

# `php artisan schedule:run -v` every minute into one file: the dated `Running [...]` lines of
# a minute with work, the badge of each minute without.
SCHEDULER = """\
  2024-06-07 06:00:00 Running ['artisan' send:reminders] .......... 470ms DONE
  ⇂ '/usr/local/bin/php' 'artisan' send:reminders > '/dev/null' 2>&1

   INFO  No scheduled commands are ready to run.

   INFO  No scheduled commands are ready to run.
  2024-06-07 06:03:00 Running ['artisan' send:reminders] .......... 512ms DONE
  ⇂ '/usr/local/bin/php' 'artisan' send:reminders > '/dev/null' 2>&1

   WARN  The queue is paused.
"""


def test_badges_start_events_with_their_level(tmp_path):
    rows = stored_events(tmp_path, SCHEDULER, "line, level, message")
    assert [(r[0], r[1], r[2].split("\n")[0]) for r in rows] == [
        (1, None, "Running ['artisan' send:reminders] .......... 470ms DONE"),
        (4, "info", "No scheduled commands are ready to run."),
        (6, "info", "No scheduled commands are ready to run."),
        (7, None, "Running ['artisan' send:reminders] .......... 512ms DONE"),
        (10, "warning", "The queue is paused."),
    ]


def test_only_a_badge_a_few_blanks_in_and_two_after_it():
    assert starts_console_badge("   INFO  No scheduled commands are ready to run.")
    assert starts_console_badge("  ERROR  Command failed.")
    # A message's own words, a level word at column 0 (a log header's), a deeper indent (a
    # message's text) and one blank after the word are no badge.
    assert not starts_console_badge("INFO  starting")
    assert not starts_console_badge("      INFO  nested")
    assert not starts_console_badge("   INFO starting")
    fields = status_fields("   ERROR  Command failed.")
    assert fields is not None
    assert (fields.level, fields.message) == ("error", "Command failed.")
