import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.syslog import FORMAT


def test_rfc3164_with_pri():
    f = FORMAT.parse("<27>Nov 27 14:28:26 web-03 systemd[1]: orders.service: Main process exited")
    assert f.timestamp == "Nov 27 14:28:26"
    assert f.level == "error"  # 27 = daemon.err
    assert (f.host, f.service) == ("web-03", "systemd")
    assert f.message == "orders.service: Main process exited"
    assert f.attributes == {"facility": "daemon", "pid": 1}


def test_rfc3164_without_pri_level_from_message():
    f = FORMAT.parse('Nov  7 04:02:01 db1 postgres[811]: ERROR: relation "x" does not exist')
    assert f.timestamp == "Nov  7 04:02:01"
    assert f.level == "error"
    assert f.service == "postgres"
    assert f.attributes == {"pid": 811}
    f = FORMAT.parse("Nov 27 14:24:12 web-01 CRON[14216]: (root) CMD (backup.sh)")
    assert f.level is None
    assert f.message == "(root) CMD (backup.sh)"


def test_rfc3164_variants():
    f = FORMAT.parse("<4>Nov 27 14:31:17 web-02 kernel: [95.45] TCP: SYN flooding")
    assert (f.service, f.level, f.attributes) == ("kernel", "warning", {"facility": "kern"})
    f = FORMAT.parse("Nov 27 14:31:17 web-02 -- MARK --")
    assert (f.service, f.message) == (None, "-- MARK --")
    f = FORMAT.parse("2024-01-01T12:00:00.123456+00:00 host1 nginx[12]: started")
    assert (f.timestamp, f.host, f.service) == (
        "2024-01-01T12:00:00.123456+00:00",
        "host1",
        "nginx",
    )


def test_rfc5424():
    f = FORMAT.parse(
        "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 "
        '[exampleSDID@32473 iut="3" eventSource="Application"][meta@1 q="a\\"b"] '
        "\ufeffAn application event log entry"
    )
    assert f.timestamp == "2003-10-11T22:14:15.003Z"
    assert f.level == "info"  # 165 = local4.notice
    assert (f.host, f.service) == ("mymachine.example.com", "evntslog")
    assert f.message == "An application event log entry"
    assert f.attributes == {
        "facility": "local4",
        "msgid": "ID47",
        "structured_data": {
            "exampleSDID@32473": {"iut": "3", "eventSource": "Application"},
            "meta@1": {"q": 'a"b'},
        },
    }
    f = FORMAT.parse("<34>1 2003-10-11T22:14:15.003Z host su 77 - - 'su root' failed")
    assert (f.level, f.message, f.attributes["pid"]) == ("critical", "'su root' failed", 77)
    f = FORMAT.parse("<13>1 - - - - - -")
    assert (f.timestamp, f.host, f.service, f.message) == (None, None, None, "")


def test_an_applications_own_line_inside_is_read_with_its_format():
    f = FORMAT.parse(
        "Nov 29 10:00:03 web1 myapp[123]: 2024-11-29 10:00:03,123 - app.jobs - ERROR - Job 1 failed"
    )
    assert (f.timestamp, f.level, f.service, f.host, f.logger, f.message, f.attributes) == (
        "2024-11-29 10:00:03,123",
        "ERROR",
        "myapp",
        "web1",
        "app.jobs",
        "Job 1 failed",
        {"pid": 123},
    )
    f = FORMAT.parse(
        '<11>1 2024-05-01T12:00:00Z web1 api 77 - - {"level":"warn","msg":"slow","ms":1200}'
    )
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.attributes) == (
        "2024-05-01T12:00:00Z",
        "warn",
        "api",
        "web1",
        "slow",
        {"facility": "user", "pid": 77, "ms": 1200},
    )
    # A message that only starts like one stays syslog's.
    f = FORMAT.parse("Nov 29 10:00:04 web1 kernel: [12345.678] Out of memory: Killed process 7")
    assert (f.service, f.message) == ("kernel", "[12345.678] Out of memory: Killed process 7")


@pytest.mark.parametrize(
    ("line", "level", "service", "attrs", "message"),
    [
        (  # BusyBox syslogd (UniFi, EdgeOS, OpenWrt): facility.severity before the program
            "Apr  9 06:12:44 edge-gw user.warn kernel: [ 8812.104233] [WAN_IN-4001-D]IN=eth0 "
            "OUT= SRC=198.51.100.9 DST=192.0.2.1 PROTO=TCP DPT=23",
            "warning",
            "kernel",
            {"facility": "user"},
            "[ 8812.104233] [WAN_IN-4001-D]IN=eth0 OUT= SRC=198.51.100.9 DST=192.0.2.1 PROTO=TCP"
            " DPT=23",
        ),
        (  # a notice is info, whatever words the message holds
            "Apr  9 06:13:02 edge-gw user.notice ubios-udapi-server: cfg apply failed, retrying",
            "info",
            "ubios-udapi-server",
            {"facility": "user"},
            "cfg apply failed, retrying",
        ),
        (
            "Apr  9 06:13:05 edge-gw authpriv.info dropbear[4410]: Exit (admin): Disconnect",
            "info",
            "dropbear",
            {"facility": "authpriv", "pid": 4410},
            "Exit (admin): Disconnect",
        ),
        (
            "Apr  9 06:13:09 edge-gw daemon.err ntpd[812]: bad address 0.pool.ntp.org",
            "error",
            "ntpd",
            {"facility": "daemon", "pid": 812},
            "bad address 0.pool.ntp.org",
        ),
        (  # a PRI says more than the words after the host
            "<30>Apr  9 06:13:09 edge-gw local7.err ntpd[812]: bad address",
            "info",
            "ntpd",
            {"facility": "daemon", "pid": 812},
            "bad address",
        ),
    ],
)
def test_facility_and_severity_before_the_program(line, level, service, attrs, message):
    f = FORMAT.parse(line)
    assert (f.level, f.service, f.host, f.attributes, f.message) == (
        level,
        service,
        "edge-gw",
        attrs,
        message,
    )


def test_a_word_with_a_dot_is_no_facility():
    f = FORMAT.parse("Apr  9 06:13:09 web1 app.info: ready")
    assert (f.service, f.level, f.message) == ("app.info", None, "ready")
    f = FORMAT.parse("Apr  9 06:13:09 web1 sshd[9]: user.warn is a setting")
    assert (f.service, f.level, f.message) == ("sshd", None, "user.warn is a setting")


@pytest.mark.parametrize(
    ("tag", "level", "facility"),
    [
        ("Db(167)", "debug", "local4"),
        ("In(14)", "info", "user"),
        ("No(13)", "info", "user"),
        ("Wa(180)", "warning", "local6"),
        ("Er(163)", "error", "local4"),
        ("Cr(10)", "critical", "user"),
        ("Al(9)", "critical", "user"),
        ("Em(8)", "critical", "user"),
    ],
)
def test_vmware_esxi_severity_tag(tag, level, facility):
    f = FORMAT.parse(
        f"2025-03-11T08:41:19.512Z {tag} hostd[2101433]: [Originator@6876 sub=Default] "
        "Datastore ds-02 is not accessible"
    )
    assert (f.timestamp, f.level, f.service, f.host) == (
        "2025-03-11T08:41:19.512Z",
        level,
        "hostd",
        None,
    )
    assert f.attributes == {"facility": facility, "pid": 2101433}
    assert f.message == "[Originator@6876 sub=Default] Datastore ds-02 is not accessible"


def test_vmware_esxi_lines_without_a_program_or_split():
    f = FORMAT.parse("2025-03-11T08:41:20.004Z In(05) vsanmgmt-7781 <health> Check done")
    assert (f.level, f.service, f.host, f.message) == (
        "info",
        None,
        None,
        "vsanmgmt-7781 <health> Check done",
    )
    f = FORMAT.parse("2025-03-11T08:41:20Z Wa(180)[+] vmkwarning: cpu3:2097)WARNING: retry")
    assert (f.level, f.service, f.message) == ("warning", "vmkwarning", "cpu3:2097)WARNING: retry")


def test_cloud_init_through_syslog():
    f = FORMAT.parse(
        "Feb 14 09:02:51 ip-172-31-8-20 [CLOUDINIT] cc_apt_configure.py[WARNING]: "
        "No apt sources configured"
    )
    assert (f.timestamp, f.level, f.service, f.host, f.attributes, f.message) == (
        "Feb 14 09:02:51",
        "warning",
        "cloud-init",
        "ip-172-31-8-20",
        {"file": "cc_apt_configure.py"},
        "No apt sources configured",
    )


def test_rfc5424_two_blanks_after_an_empty_sd():
    f = FORMAT.parse("<30>1 2025-02-14T09:02:51+01:00 gw dhclient - - -  DHCPACK of 10.0.0.8")
    assert (f.message, f.service) == ("DHCPACK of 10.0.0.8", "dhclient")


def test_rejects():
    for line in [
        "<999>Nov 27 14:28:26 h app: x",  # PRI out of range
        "Nov 27 14:31:17 ERROR something",  # a level where the host should be
        "2024-01-01T12:00:00Z INFO starting server: ok",
        # An application's own time after another one's (`kubectl logs --timestamps`): a date
        # is never the host.
        "2024-01-01T12:00:00.123456789Z 2024-01-01 12:00:00,123 ERROR [app.db] failed",
        "<34>1 2003-10-11T22:14:15.003Z host su 77 ID47 garbage",  # bad SD
        "Nov 27 something",
        "Nov 27 14:31:17 web[+] app: x",  # `[+]` only after ESXi's tag
        "hello",
        "",
    ]:
        assert FORMAT.parse(line) is None, line


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse("<13>1 " + line)
    FORMAT.parse("<13>Nov 27 14:28:26 " + line)
