import re

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.fields import LEVEL_KEYS
from errctl.formats.levels import normalize_level
from errctl.formats.logfmt import FORMAT, split_pairs
from tests.ingest.stored import stored_events


def test_go_kit_line():
    f = FORMAT.parse(
        "ts=2024-11-27T14:29:57.367135Z level=error service=gateway caller=auth/jwks.go:52 "
        'msg="failed to refresh jwks" err="Get \\"https://auth/jwks.json\\": deadline exceeded" '
        "trace_id=63bd2bc05b9bbe4f"
    )
    assert f.timestamp == "2024-11-27T14:29:57.367135Z"
    assert f.level == "error"
    assert f.service == "gateway"
    assert f.message == "failed to refresh jwks"
    assert f.trace_id == "63bd2bc05b9bbe4f"
    assert f.attributes == {
        "caller": "auth/jwks.go:52",
        "err": 'Get "https://auth/jwks.json": deadline exceeded',
    }


def test_a_record_of_key_values_alone_is_told_by_them_not_by_its_call_site(tmp_path):
    """Alertmanager 0.25 (a real run here) logs values with no `msg`: the message is its
    key-values, its `caller` (a file and line) left out, or three statements of main.go were
    one group titled `caller=main.go:<*>=<*>`."""
    f = FORMAT.parse("ts=2026-12-04T18:54:20.105Z caller=main.go:526 level=debug routePrefix=/")
    assert f.message == "routePrefix=/"
    assert f.attributes == {"caller": "main.go:526", "routePrefix": "/"}
    # A record whose only other key is its call site keeps it: there is nothing else to say.
    assert FORMAT.parse("ts=2026-12-04T18:54:20Z caller=main.go:9 level=info").message == (
        "caller=main.go:9"
    )
    text = (
        'ts=2026-12-04T18:54:20.052Z caller=main.go:242 level=info build_context="(go=go1.19.8,'
        ' platform=linux/amd64)"\n'
        "ts=2026-12-04T18:54:20.101Z caller=main.go:396 level=debug externalURL=http://vm:3940\n"
        "ts=2026-12-04T18:54:20.105Z caller=main.go:526 level=debug routePrefix=/\n"
        "ts=2026-12-04T18:55:20.101Z caller=main.go:396 level=debug externalURL=http://vm:9093\n"
    )
    rows = stored_events(tmp_path, text, "fingerprint")
    assert len({r[0] for r in rows}) == 3
    assert rows[1] == rows[3]


def test_logrus_text_line():
    f = FORMAT.parse('time="2024-01-01T12:00:00Z" level=warning msg="disk at 91%" disk=/dev/sda1')
    assert (f.timestamp, f.level, f.message) == ("2024-01-01T12:00:00Z", "warning", "disk at 91%")
    assert f.attributes == {"disk": "/dev/sda1"}


def test_logrus_terminal_line_elapsed_seconds_and_fields():
    # logrus' TextFormatter on a terminal: level cut to four letters, seconds since start, the
    # message padded to 44 columns, then the entry's fields after a blank each.
    f = FORMAT.parse(
        "ERRO[0017] could not reach upstream                      attempt=2 "
        'error="dial tcp 10.0.0.7:443: i/o timeout"'
    )
    assert (f.timestamp, f.level, f.message) == (None, "error", "could not reach upstream")
    assert f.attributes == {
        "uptime": 17,
        "attempt": "2",
        "error": "dial tcp 10.0.0.7:443: i/o timeout",
    }
    # No fields: the whole rest is the message, an `=` of its own included.
    f = FORMAT.parse("INFO[0003] [TCP] 10.1.1.2:50412 --> api.example.net match DomainSuffix=x")
    assert (f.level, f.message) == (
        "info",
        "[TCP] 10.1.1.2:50412 --> api.example.net match DomainSuffix=x",
    )
    assert f.attributes == {"uptime": 3}


def test_logrus_terminal_line_full_timestamp_and_untruncated_levels():
    f = FORMAT.parse("WARNING[2024-03-02T08:15:00+01:00] config reloaded")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-03-02T08:15:00+01:00",
        "warning",
        "config reloaded",
        None,
    )
    assert FORMAT.parse("DEBU   [0000] watching /etc/app").level == "debug"
    assert FORMAT.parse("FATA[0001] cannot bind :80").level == "critical"


def test_logrus_terminal_needs_its_bracket():
    assert FORMAT.parse("INFO[main] started") is None
    assert FORMAT.parse("INFO [12] started") is None
    assert FORMAT.parse("INFORMATION[0001] x") is None


def test_escapes_empty_and_bare_values():
    f = FORMAT.parse('level=info msg="a\\tb" empty= quoted="" flag')
    assert f.message == "a\tb"
    assert f.attributes == {"empty": "", "quoted": "", "flag": True}
    f = FORMAT.parse('level=error msg=crash error="boom\\n  at main.go:12"')
    assert f.exception_text == "boom\n  at main.go:12"


def test_unquoted_values_with_blanks_run_to_the_next_key():
    """logrus with DisableQuote (Ory Hydra, Kratos) leaves blanks in values unquoted."""
    f = FORMAT.parse(
        "time=2024-06-07T10:30:09Z level=info msg=started handling request audience=application "
        "http_request=map[host:hydra:4445 method:POST path:/oauth2/token query:<nil>] "
        "service_name=Ory Hydra service_version=v2.2.0"
    )
    assert (f.level, f.message) == ("info", "started handling request")
    # The map is read as the dict Go printed (`go_map`).
    assert f.attributes["http_request"] == {
        "host": "hydra:4445",
        "method": "POST",
        "path": "/oauth2/token",
        "query": "<nil>",
    }
    assert f.attributes["service_name"] == "Ory Hydra"
    # With an unescaped quote in a value (the lenient reader) too.
    f = FORMAT.parse('time=2024-06-07T10:30:09Z level=info msg=access denied note=set "x = 1" id=7')
    assert (f.message, f.attributes) == ("access denied", {"note": 'set "x = 1"', "id": "7"})
    # A level is one word; bare keys after a quoted or an empty value stay keys.
    assert split_pairs("level=error boom msg=x") == (
        {"level": "error", "boom": True, "msg": "x"},
        2,
    )
    assert split_pairs('a= flag b="q" c') == ({"a": "", "flag": True, "b": "q", "c": True}, 2)
    assert split_pairs("a=1\\2 b=x y") == ({"a": "1\\2", "b": "x y"}, 2)


def test_split_pairs():
    assert split_pairs('a=1 b="x y" c') == ({"a": "1", "b": "x y", "c": True}, 2)
    assert split_pairs("a=1 b=2=3") == ({"a": "1", "b": "2=3"}, 2)
    assert split_pairs("bare a=1") is None
    assert split_pairs('a="unterminated') is None
    assert split_pairs('a="x"y') is None


def test_header_rules():
    for line in [
        "level=info",  # one pair
        "a=1 b=2",  # no header key
        "hello level=info msg=x",  # does not start with a pair
        "The value x=1 and level=2 are wrong",
        'msg="unterminated level=info',
        "=x level=info",
        "",
        "   level=info msg=x",
    ]:
        assert FORMAT.parse(line) is None, line
    assert FORMAT.parse("msg=hello level=info") is not None


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse("level=info msg=" + line)


def test_unescaped_quotes_inside_a_value_still_make_an_event():
    fields = FORMAT.parse(
        'ts=2024-05-01T12:00:00Z level=error msg="bad upstream" err="code "express"" id=7'
    )
    assert fields is not None
    assert fields.message == "bad upstream" and fields.level == "error"
    assert fields.attributes == {"err": 'code "express"', "id": "7"}


# The lenient pair reader is a linear rewrite of a findall over this regex: same pairs, except
# that an unquoted value (not a level's) runs on over the text up to the next pair.
_OLD_LENIENT_PAIR = re.compile(r'([A-Za-z_@][\w.@/-]*)=(?:"(.*?)"(?=\s|$)|(\S*))')


def _old_lenient_reading(line: str) -> dict[str, str]:
    matches = list(_OLD_LENIENT_PAIR.finditer(line))
    out = {}
    for i, m in enumerate(matches):
        key, quoted, bare = m.groups()
        if quoted is not None or not bare or key in LEVEL_KEYS:
            out[key] = quoted if quoted is not None else bare
        else:
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            out[key] = line[m.start(3) : end].rstrip()
    return out


@given(st.text(alphabet='ab=" \t-.1@/_x\\é', max_size=40))
def test_lenient_pairs_read_what_the_old_regex_read(tail: str):
    from errctl.formats.logfmt import _lenient_pairs

    line = "ts=" + tail
    got = _lenient_pairs(line)
    if line.count('"') & 1:
        assert got is None
        return
    old = _old_lenient_reading(line)
    assert (got[0] if got else None) == (old or None)


def test_lenient_pairs_are_linear_on_hostile_lines():
    from errctl.formats.logfmt import _lenient_pairs

    for line in ("ts=1 " + "deadbeef" * 2000, "ts=1 " + 'a="x ' * 3200):
        _lenient_pairs(line)  # was 0.6-1 s each (quadratic); now milliseconds


def test_grafana_line_keeps_its_own_t_when_the_payload_has_a_time():
    """Grafana 9+ writes `logger=`, the logger's context, then `t=`; the alert scheduler's
    `time=` after the message is the rule's tick, not the event's time."""
    f = FORMAT.parse(
        "logger=ngalert.state.manager rule_uid=b7e2 org_id=3 t=2024-06-03T07:45:10.918273645Z "
        'level=warn msg="Evaluation took longer than the interval" time=2024-06-03T07:45:00Z'
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-03T07:45:10.918273645Z",
        "warn",
        "ngalert.state.manager",
        "Evaluation took longer than the interval",
    )
    assert f.attributes == {"rule_uid": "b7e2", "org_id": "3", "time": "2024-06-03T07:45:00Z"}


def test_the_first_time_on_a_logfmt_line_is_the_events():
    f = FORMAT.parse(
        'time="2024-06-03T07:50:00Z" level=info msg="token issued" user=ana ts=1717400000'
    )
    assert f.timestamp == "2024-06-03T07:50:00Z"
    assert f.attributes == {"user": "ana", "ts": "1717400000"}


def test_grafana_8_log15_levels():
    f = FORMAT.parse(
        't=2024-06-03T07:51:02+0000 lvl=eror msg="Failed to send alert notification" '
        'logger=alerting.notifier.slack error="context deadline exceeded"'
    )
    assert (f.timestamp, f.level, f.logger) == (
        "2024-06-03T07:51:02+0000",
        "eror",
        "alerting.notifier.slack",
    )
    assert normalize_level(f.level) == "error"
    f = FORMAT.parse('t=2024-06-03T07:51:03+0000 lvl=dbug msg="Sending webhook" logger=webhook')
    assert normalize_level(f.level) == "debug"


def test_a_day_and_a_time_of_day_as_two_keys_are_one_time():
    """FortiGate's logs: `date=` then `time=`."""
    f = FORMAT.parse(
        'date=2024-06-03 time=07:52:11 devname="FW-EDGE-1" logid="0000000013" type="traffic" '
        'level="notice" srcip=10.1.2.3 action="deny" msg="Denied by forward policy check"'
    )
    assert f.timestamp == "2024-06-03 07:52:11"
    assert "time" not in f.attributes and "date" not in f.attributes


def test_a_record_under_its_programs_tag():
    """Netdata's collector.log: each plugin's logfmt record after its name and process id."""
    f = FORMAT.parse(
        'go.d[2417] time=2024-06-04T06:00:04.542Z level=error msg="check failed" plugin=go.d '
        "collector=redis job=local"
    )
    assert (f.timestamp, f.level) == ("2024-06-04T06:00:04.542Z", "error")
    assert f.message == "check failed"
    assert f.service == "go.d"
    assert f.attributes == {"plugin": "go.d", "collector": "redis", "job": "local", "pid": 2417}
    # A record that names its service keeps it; the tag's colon is syslog's.
    f = FORMAT.parse("worker[9]: ts=2024-06-04T06:00:04Z level=info service=billing msg=ok")
    assert (f.service, f.attributes) == ("billing", {"pid": 9})
    # Prose after a tag, or a tag before no record, is no logfmt record.
    assert FORMAT.parse("go.d[2417] check failed for job=local") is None
    assert FORMAT.parse("kernel[0] a=b") is None


def test_a_record_under_its_processs_name_in_brackets():
    """Longhorn's instance-manager: each engine's and replica's logrus record after the
    process's name in brackets."""
    f = FORMAT.parse(
        '[pvc-86a8ac82-1eea-42a9-a255-1c90a309bc8b-e-0] time="2024-06-04T06:00:17Z" '
        'level=info msg="Adding backend: tcp://10.42.1.40:10460"'
    )
    assert (f.timestamp, f.level, f.message) == (
        "2024-06-04T06:00:17Z",
        "info",
        "Adding backend: tcp://10.42.1.40:10460",
    )
    assert f.attributes == {"process": "pvc-86a8ac82-1eea-42a9-a255-1c90a309bc8b-e-0"}
    # Glued to the record (Skipper's `[APP]` before its application's lines).
    f = FORMAT.parse('[APP]time="2024-06-04T06:00:03Z" level=info msg="proxy listener on :9999"')
    assert (f.level, f.message, f.attributes) == (
        "info",
        "proxy listener on :9999",
        {"process": "APP"},
    )
    # Prose after the brackets, or a bracketed word with a blank, is no logfmt record.
    assert FORMAT.parse("[pvc-1-e-0] panic: runtime error: index out of range") is None
    assert FORMAT.parse("[INFO main] level=info msg=x") is None


def test_a_record_after_a_time_of_its_formatter():
    """karma's logrus records after the time its formatter writes first (`15:04:05`): read as
    the time alone, `level=` and `msg=` stayed in the text, and the quoted message, masked
    whole, grouped the lines by their keys."""
    f = FORMAT.parse(
        '06:02:17 level=info msg="Got silences" alertmanager=am-eu-1 duration=0.018 silences=13'
    )
    assert (f.timestamp, f.level, f.message) == ("06:02:17", "info", "Got silences")
    assert f.attributes["alertmanager"] == "am-eu-1"
    # A time the record names itself is the record's.
    f = FORMAT.parse('2024-06-07 06:02:17 time="2024-06-07T06:02:17.5Z" level=warn msg="slow"')
    assert (f.timestamp, f.level) == ("2024-06-07T06:02:17.5Z", "warn")
    # A time before prose, or before one pair, is no record.
    assert FORMAT.parse("06:02:17 Collecting alerts, retries=3") is None
    assert FORMAT.parse("06:02:17 level=info") is None
    assert FORMAT.parse("0602 level=info msg=x") is None
    # Nor are pairs before prose: they are a head, its text the message (Grafana OnCall's).
    line = "2024-06-07 06:02:00,020 worker=Beat name=celery.beat level=INFO Scheduler: Sending"
    assert FORMAT.parse(line) is None


def test_tagged_records_group_by_their_message(tmp_path):
    lines = [
        f'go.d[2417] time=2024-06-04T06:00:{i:02d}.000Z level=error msg="{msg}" plugin=go.d '
        f"collector={c} job=local"
        for i, (msg, c) in enumerate(
            [("check failed", "redis"), ("host is unreachable", "ping")] * 4
        )
    ]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "fingerprint")
    assert len({r[0] for r in rows}) == 2
    assert rows[0] == rows[2]


def test_an_access_line_as_a_records_message_is_a_request():
    # CrowdSec's local API logs each request through logrus with gin's line as the message.
    line = (
        'time="2024-06-04T06:00:18Z" level=info msg="127.0.0.1 - [Tue, 04 Jun 2024 06:00:18 UTC]'
        ' \\"GET /v1/decisions/stream HTTP/1.1 200 671.687µs \\"crowdsec-firewall-bouncer/v0.0.28'
        '\\" \\""'
    )
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.template) == (
        "2024-06-04T06:00:18Z",
        "info",
        "GET /v1/decisions/stream 200",
    )
    failed = line.replace("HTTP/1.1 200", "HTTP/1.1 503")
    assert (FORMAT.parse(failed).level, FORMAT.parse(failed).template) == (
        "error",
        "GET /v1/decisions/stream 503",
    )
    # A quoted word in a message is no request.
    plain = FORMAT.parse('time="2024-06-04T06:00:18Z" level=info msg="loaded \\"x\\" scenario"')
    assert plain.template is None


def test_powerdns_priority_name_is_the_level_beside_its_verbosity():
    # PowerDNS Recursor's structured logging: `level` is a verbosity, `prio` the priority.
    f = FORMAT.parse(
        'msg="Sending SERVFAIL during resolve" subsystem="syncres" level="0" prio="Notice"'
        ' tid="2" ts="1717740259.356"'
    )
    assert (f.level, f.attributes["level"], "prio" in f.attributes) == ("Notice", "0", False)
    # A level by its name keeps its place; the priority stays an attribute.
    f = FORMAT.parse('msg="x" level=warn prio="Notice"')
    assert (f.level, f.attributes) == ("warn", {"prio": "Notice"})
    # A priority that names no level leaves the number the level.
    f = FORMAT.parse('msg="x" level=3 prio="bulk"')
    assert (f.level, f.attributes) == ("3", {"prio": "bulk"})


def test_mlog_plain_layout():
    """Mattermost's mlog (Focalboard's console): the level padded to five, the time in
    brackets, the message padded to a column, the fields after it."""
    f = FORMAT.parse(
        'info  [2024-06-07 10:02:13.600 Z] Server.Shutdown                   caller="s/s.go:407"'
    )
    assert (f.level, f.timestamp, f.message, f.attributes) == (
        "info",
        "2024-06-07 10:02:13.600 Z",
        "Server.Shutdown",
        {"caller": "s/s.go:407"},
    )
    f = FORMAT.parse(
        'error [2024-06-07 10:02:13.600 Z] WebSocket closed  caller="ws/a.go:1" err=EOF'
    )
    assert (f.level, f.message, f.attributes["err"]) == ("error", "WebSocket closed", "EOF")


def test_a_line_of_gos_log_package_among_the_records_is_an_event(tmp_path):
    """net/http's `http: proxy error` through Go's log package, among logrus' records: its own
    event at its own time, its date no part of its message."""
    text = (
        'time="2024-06-07T09:15:00Z" level=info msg="Serving chronograf" port=8888\n'
        "2024/06/07 09:15:04 http: proxy error: dial tcp 10.0.0.5:8086: connect: refused\n"
        'time="2024-06-07T09:15:05Z" level=info msg=Response component=server\n'
    )
    rows = stored_events(tmp_path, text, "line, format, strftime(timestamp, '%S'), message")
    assert rows == [
        (1, "logfmt", "00", "Serving chronograf"),
        (2, "generic", "04", "http: proxy error: dial tcp 10.0.0.5:8086: connect: refused"),
        (3, "logfmt", "05", "Response"),
    ]


def test_apex_logs_cli_layout_as_pterodactyl_wings_writes_it(tmp_path):
    """The level right-aligned (` INFO:`, the blank an indented header's), the time in
    brackets, the message padded, then the fields sorted by key: attributes."""
    text = (
        " INFO: [Jun  7 06:00:07.605] syncing server configuration with panel "
        "server=d6999ee2-e0e1-4464-875e-7e3fb1ba0c4f\n"
        "ERROR: [Jun  7 06:00:09.101] failed to sync server configuration   "
        "error=timeout server=95fed6f6-b040-4ada-ab46-b6298d175078\n"
    )
    rows = stored_events(tmp_path, text, "line, level, message, attributes->>'server'")
    assert rows == [
        (
            1,
            "info",
            "syncing server configuration with panel",
            "d6999ee2-e0e1-4464-875e-7e3fb1ba0c4f",
        ),
        (2, "error", "failed to sync server configuration", "95fed6f6-b040-4ada-ab46-b6298d175078"),
    ]
