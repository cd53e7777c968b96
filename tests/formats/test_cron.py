"""cron's `(user) EVENT (detail)` lines in syslog (`formats.cron`): cronie's, Debian's and the
BSDs' daemons, as they write them to /var/log/cron and the journal."""

from __future__ import annotations

from pathlib import Path

import orjson

from errctl.formats.cron import cron_line
from errctl.formats.syslog import FORMAT, journal_message
from tests.ingest.stored import stored_events

LOG = """\
Jun  4 06:00:00 app1 CROND[54788]: (root) CMD (/usr/lib64/sa/sa1 1 1)
Jun  4 06:00:00 app1 CROND[39942]: (deploy) CMD (/opt/app/bin/queue-check.sh >/dev/null)
Jun  4 06:00:01 app1 CROND[39942]: (deploy) CMDEND (/opt/app/bin/queue-check.sh >/dev/null)
Jun  4 06:00:01 app1 CROND[54788]: (root) CMDEND (/usr/lib64/sa/sa1 1 1)
Jun  4 06:01:00 app1 CROND[1201]: (deploy) CMD (cd /var/www/app && php artisan schedule:run)
Jun  4 06:01:02 app1 CROND[1201]: (deploy) CMDOUT (curl: (7) Failed to connect to localhost port 80)
Jun  4 06:02:00 app1 crond[812]: (deploy) RELOAD (/var/spool/cron/deploy)
Jun  4 06:02:00 app1 crond[812]: (*system*backup) RELOAD (/etc/cron.d/backup)
Jun  4 06:03:00 app1 crond[812]: (CRON) INFO (Shutting down)
Jun  4 06:03:01 app1 crond[4811]: (CRON) INFO (running with inotify support)
Jun  4 06:03:02 mx1 cron[21335]: (root) CMD (   /usr/libexec/atrun)
"""


def test_the_user_and_a_commands_event_are_values():
    f = cron_line("(deploy) CMD (cd /var/www/app && php artisan schedule:run)")
    assert f.template == "(<*>) CMD (<*>)"
    assert f.attributes == {
        "user": "deploy",
        "cron_event": "CMD",
        "command": "cd /var/www/app && php artisan schedule:run",
    }
    # A file's event: its path a value, its words (with an apostrophe) the statement.
    f = cron_line("(root) CAN'T OPEN (/etc/cron.d/backup)")
    assert (f.template, f.attributes["detail"]) == ("(<*>) CAN'T OPEN (<*>)", "/etc/cron.d/backup")


def test_a_statements_detail_is_mined_as_written():
    f = cron_line("(CRON) INFO (RANDOM_DELAY will be scaled with factor 91% if used.)")
    assert f.template is None
    assert f.message == "(CRON) INFO (RANDOM_DELAY will be scaled with factor 91% if used.)"
    assert f.attributes == {"user": "CRON", "cron_event": "INFO"}


def test_other_parenthesised_text_is_no_cron_line():
    assert cron_line("(deploy) started the job") is None
    assert cron_line("(root) cmd (lower case is no event word)") is None
    assert cron_line("(two words) CMD (x)") is None


def test_only_crons_program_reads_it():
    f = FORMAT.parse("Jun  4 06:00:00 app1 CROND[54788]: (root) CMD (/usr/lib64/sa/sa1 1 1)")
    assert (f.service, f.template, f.attributes["pid"]) == ("CROND", "(<*>) CMD (<*>)", 54788)
    other = FORMAT.parse("Jun  4 06:00:00 app1 myapp[1]: (root) CMD (/usr/lib64/sa/sa1 1 1)")
    assert other.template is None
    # The journal's MESSAGE of cron's entry, read as its syslog line is.
    assert journal_message("CRON", "(root) CMD (run-parts /etc/cron.hourly)").template == (
        "(<*>) CMD (<*>)"
    )


def test_each_event_word_is_one_group_whatever_the_job(tmp_path: Path):
    rows = stored_events(tmp_path, LOG, "line, service, template, attributes")
    templates = {line: template for line, _, template, _ in rows}
    assert templates[1] == templates[2] == templates[5] == templates[11] == "(<*>) CMD (<*>)"
    assert templates[3] == templates[4] == "(<*>) CMDEND (<*>)"
    assert templates[7] == templates[8] == "(<*>) RELOAD (<*>)"
    # The daemon's own statements stay apart; a job's output says what it says.
    assert templates[9] != templates[10]
    assert "curl" in templates[6]
    assert orjson.loads(rows[10][3])["command"] == "   /usr/libexec/atrun"
