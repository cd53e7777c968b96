"""Pentaho Kettle's log channel inside log4j's message (`formats.kettle`), as Pentaho Server 9.4
writes pentaho.log."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.pylogging import FORMAT
from tests.ingest.stored import stored_events

HEAD = "2024-06-07 08:41:00,183 ERROR [org.pentaho.di] "
ERROR = (
    "2024/06/07 08:41:00 - Table input.0 - ERROR (version 9.4.0.0-343, build 9.4.0.0-343 from"
    " 2022-11-08 07.50.27 by buildguy) : "
)


def test_the_subject_and_release_are_attributes():
    f = FORMAT.parse(
        "2024-06-07 06:00:00,029 INFO  [org.pentaho.di] 2024/06/07 06:00:00 - sync_customers"
        " - Starting entry [Get customer files]"
    )
    assert (f.logger, f.message, f.attributes) == (
        "org.pentaho.di",
        "Starting entry [Get customer files]",
        {"subject": "sync_customers"},
    )
    f = FORMAT.parse(HEAD + ERROR + "An error occurred intialising this step: ")
    assert f.message == "An error occurred intialising this step: "
    assert f.attributes == {"subject": "Table input.0", "version": "9.4.0.0-343"}


def test_a_messages_further_lines_under_the_same_subject_stay_with_it(tmp_path: Path):
    prefix = "2024/06/07 08:41:00 - Table input.0 - "
    text = (
        "2024-06-07 08:40:59,001 INFO  [org.pentaho.di] 2024/06/07 08:40:59 - load - Started\n"
        + HEAD
        + ERROR
        + "org.pentaho.di.core.exception.KettleDatabaseException: \n"
        + prefix
        + "Error occurred while trying to connect to the database\n"
        + prefix
        + "\tat org.pentaho.di.core.database.Database.normalConnect(Database.java:472)\n"
        + prefix
        + "\tat org.pentaho.di.core.database.Database.connect(Database.java:370)\n"
        # Another subject's line, at the same second, is an event of its own.
        + "2024/06/07 08:41:00 - load - Finished job entry [x] (result=[false])\n"
        + "2024-06-07 08:41:01,002 INFO  [org.pentaho.di] 2024/06/07 08:41:01 - load - Done\n"
    )
    events = stored_events(tmp_path, text, "line, message, exception_type")
    assert [e[0] for e in events] == [1, 2, 6, 7]
    assert events[1][2] == "org.pentaho.di.core.exception.KettleDatabaseException"
    assert events[3][1] == "Done"
