"""TiDB's, TiKV's and PD's unified log format: the bracketed message and `[key=value]` fields
after the `[time] [LEVEL] [file:line]` header."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.generic import FORMAT
from errctl.formats.unified_fields import unified_fields
from tests.ingest.stored import stored_events

HEAD = "[2024/06/11 06:00:02.118 +00:00] [INFO] [session.go:3854] "


def test_the_message_is_the_first_bracket_and_the_fields_are_attributes():
    f = FORMAT.parse(
        HEAD + '["CRUCIAL OPERATION"] [conn=2199023255957] ["ddl lease"=45s] [cur_db=test]'
        ' [sql="create table t (a int, b varchar(10))"] [old-leader=]'
    )
    assert (f.message, f.level, f.logger) == ("CRUCIAL OPERATION", "INFO", None)
    assert f.attributes == {
        "conn": "2199023255957",
        "ddl lease": "45s",
        "cur_db": "test",
        "sql": "create table t (a int, b varchar(10))",
        "old-leader": "",
        "caller": "session.go:3854",
    }
    # A message of one word is unquoted; a quoted one is unescaped as JSON.
    f = FORMAT.parse("[2024/06/11 06:00:03.000 +00:00] [WARN] [server.go:905] [kill] [conn=7]")
    assert (f.message, f.level, f.logger, f.attributes["conn"]) == ("kill", "WARN", None, "7")
    f = FORMAT.parse(HEAD + '["a \\"quoted\\" word\\nand a line"]')
    assert f.message == 'a "quoted" word\nand a line'


def test_a_bracket_that_is_no_field_leaves_the_text_as_it_was():
    """Text after the caller that is not the message and fields alone (an spdlog message
    that opens with a tag) stays the message, whole."""
    assert unified_fields("[conn=7] [x=1]", 0) is None  # no message: the first is a field
    f = FORMAT.parse(HEAD + "[tag] then free text")
    assert f.message.endswith("then free text")
    assert unified_fields("[msg] trailing words", 0) is None


def test_statements_with_the_same_keys_are_not_one_template(tmp_path):
    """Read as text, every message became a skeleton of its fields' keys (`[<*>] [conn=<*>]`):
    `run DDL job` and `finish DDL job` were one template."""
    lines = [
        '[2024/06/11 06:00:0{i}.000 +00:00] [INFO] [ddl_worker.go:{n}] ["{verb} DDL job"]'
        ' [worker="worker 1, tp general"] [category=ddl] [jobID={i}0]'.format(
            i=i, n=900 + i % 2, verb=("run", "finish")[i % 2]
        )
        for i in range(6)
    ]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "message, template")
    assert {r[1] for r in rows} == {"run DDL job", "finish DDL job"}


@given(st.text(alphabet=' []"=\\ab\n', max_size=40))
def test_never_raises_on_any_text(text):
    unified_fields(text, 0)
    FORMAT.parse(HEAD + text)
