import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.syslog import FORMAT
from tests.ingest.stored import stored_events


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
    assert f.message == 'relation "x" does not exist'
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
    ("line", "level", "logger", "message", "attributes"),
    [
        (
            "Sep  9 07:02:11 mx1 dovecot: pop3-login: Disconnected (no auth attempts in 4 secs): "
            "user=<>, rip=203.0.113.40, lip=192.0.2.25",
            None,
            "pop3-login",
            "Disconnected (no auth attempts in 4 secs): user=<>, rip=203.0.113.40, lip=192.0.2.25",
            None,
        ),
        (
            "Sep  9 07:02:12 mx1 dovecot[911]: imap(carol)<5120><Xk2pQ1bA8LzAqAEB>: Error: "
            "open(/var/mail/carol) failed: Permission denied",
            "error",
            "imap",
            "open(/var/mail/carol) failed: Permission denied",
            {"pid": 5120, "user": "carol", "session": "Xk2pQ1bA8LzAqAEB"},
        ),
        (
            "Sep  9 07:02:13 mx1 dovecot: lmtp(7731, dave@example.org): msgid=<a1@example.org>: "
            "saved mail to INBOX",
            None,
            "lmtp",
            "msgid=<a1@example.org>: saved mail to INBOX",
            {"pid": 7731, "user": "dave@example.org"},
        ),
        (
            "Sep  9 07:02:14 mx1 dovecot: master: Warning: Killed with signal 15 (by pid=1 uid=0)",
            "warning",
            "master",
            "Killed with signal 15 (by pid=1 uid=0)",
            None,
        ),
        # Dovecot 2.0's own name before the child's prefix.
        (
            "Sep  9 07:02:15 mx1 dovecot: dovecot: auth(default): Fatal: cannot open userdb",
            "critical",
            "auth",
            "cannot open userdb",
            {"user": "default"},
        ),
    ],
)
def test_dovecots_service_user_and_level_prefix(line, level, logger, message, attributes):
    """Dovecot's prefix names the service (the logger), the user, pid and session; a type
    prefix after it is the level."""
    f = FORMAT.parse(line)
    assert (f.service, f.host, f.level, f.logger, f.message) == (
        "dovecot",
        "mx1",
        level,
        logger,
        message,
    )
    # The process that logged (`imap(carol)<5120>`) is the pid, not syslog's tag's.
    assert f.attributes == attributes


def test_nslcds_session_and_request_before_its_message():
    """nslcd puts the session's id and the request it serves before the message: read as
    text, each map and key (`<passwd="alice">`, `<passwd=10208>`) made a template."""
    f = FORMAT.parse(
        "2024-06-07T06:11:07.041539+00:00 bastion1 nslcd[812]: [8a3b9c] <passwd=10208> "
        "ldap_result() failed: Can't contact LDAP server"
    )
    assert (f.service, f.message) == ("nslcd", "ldap_result() failed: Can't contact LDAP server")
    assert f.attributes == {"pid": 812, "session": "8a3b9c", "request": "passwd=10208"}
    f = FORMAT.parse("Jun  7 06:00:01 h nslcd[812]: [8b4567] accepting connections")
    assert (f.message, f.attributes) == ("accepting connections", {"pid": 812, "session": "8b4567"})
    # Another program's bracketed words stay its message's.
    f = FORMAT.parse("Jun  7 06:00:01 h app[9]: [8b4567] <x> hello")
    assert f.message == "[8b4567] <x> hello"


def test_unbounds_thread_and_type_after_its_tag():
    """Unbound sends `[pid:thread] type: message` to syslog: the type is the level."""
    f = FORMAT.parse(
        "Mar  3 04:10:22 resolver1 unbound[2214]: [2214:1] error: SERVFAIL <example.net. A IN>:"
        " all the configured stub or forward servers failed"
    )
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.attributes) == (
        "Mar  3 04:10:22",
        "error",
        "unbound",
        "resolver1",
        "SERVFAIL <example.net. A IN>: all the configured stub or forward servers failed",
        {"pid": 2214, "thread": 1},
    )
    f = FORMAT.parse("Mar  3 04:10:23 resolver1 unbound[2214]: [2214:0] fatal error: out of memory")
    assert (f.level, f.message) == ("critical", "out of memory")


@pytest.mark.parametrize(
    ("line", "level", "service", "attrs", "message"),
    [
        (  # BusyBox syslogd (UniFi, EdgeOS, OpenWrt): facility.severity before the program
            "Apr  9 06:12:44 edge-gw user.warn kernel: [ 8812.104233] [WAN_IN-4001-D]IN=eth0 "
            "OUT= SRC=198.51.100.9 DST=192.0.2.1 PROTO=TCP DPT=23",
            "warning",
            "kernel",
            {  # the packet a firewall rule logged: its pairs (netfilter.py)
                "facility": "user",
                "prefix": "WAN_IN-4001-D",
                "uptime": 8812.104233,
                "IN": "eth0",
                "OUT": "",
                "SRC": "198.51.100.9",
                "DST": "192.0.2.1",
                "PROTO": "TCP",
                "DPT": 23,
            },
            "WAN_IN-4001-D TCP 198.51.100.9 -> 192.0.2.1:23",
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
    # VMware's structured data, its values unquoted: `sub` the logger, the rest attributes.
    assert f.attributes == {"facility": facility, "pid": 2101433}
    assert (f.logger, f.message) == ("Default", "Datastore ds-02 is not accessible")


def test_vmware_structured_data_before_the_message():
    f = FORMAT.parse(
        "2024-06-04T06:00:29.175Z In(166) Hostd[2099583]: [Originator@6876 "
        "sub=Vmsvc.vm:/vmfs/volumes/6634b2f1-8e2c4a10/web 01/web 01.vmx opID=f85d6997-13-9bb7 "
        "user=vpxuser:VSPHERE.LOCAL\\svc-backup] Send config update invoked"
    )
    assert (f.level, f.service, f.logger, f.message) == (
        "info",
        "Hostd",
        "Vmsvc.vm:/vmfs/volumes/6634b2f1-8e2c4a10/web 01/web 01.vmx",
        "Send config update invoked",
    )
    assert f.attributes == {
        "facility": "local4",
        "pid": 2099583,
        "opID": "f85d6997-13-9bb7",
        "user": "vpxuser:VSPHERE.LOCAL\\svc-backup",
    }
    # A bracket that is no structured data (no `id@number`) stays the message's.
    f = FORMAT.parse("2024-06-04T06:00:29.175Z In(166) Hostd[2099583]: [main] ready")
    assert f.message == "[main] ready"


def test_vmwares_continued_lines_go_on_their_event():
    """ESXi 8 writes a message's later lines each under a head of its own, after `-->`."""
    head = "2024-06-04T06:26:08.096Z In(166) Hostd[2099583]: "
    opened = head + "[Originator@6876 sub=Vimsvc.ha-eventmgr] Event 2966 : Reconfigured web-02"
    first = head + "-->"
    assert FORMAT.continues(first, opened, opened) == "-->"
    second = head + "--> config.hardware.memoryMB: 6144 -> 12288;"
    assert FORMAT.continues(second, opened, first) == "--> config.hardware.memoryMB: 6144 -> 12288;"
    # Another program's, and a line without the marker: not this event's.
    assert FORMAT.continues(second.replace("Hostd[", "Vpxa["), opened, first) is None
    assert FORMAT.continues(head + "Event 2967 : Powered on", opened, second) is None


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


@pytest.mark.parametrize(
    ("line", "service", "verbosity", "message"),
    [
        (
            "Mar  3 09:12:44 bastion sshd[20417]: debug1: userauth-request for user deploy "
            "service ssh-connection method publickey [preauth]",
            "sshd",
            1,
            "userauth-request for user deploy service ssh-connection method publickey [preauth]",
        ),
        (
            "<39>Mar  3 09:12:44 bastion sshd-session[20419]: debug3: mm_request_receive: entering",
            "sshd-session",
            3,
            "mm_request_receive: entering",
        ),
    ],
)
def test_openssh_debug_verbosity_is_the_level_not_the_message(line, service, verbosity, message):
    f = FORMAT.parse(line)
    assert (f.level, f.service, f.host, f.message) == ("debug", service, "bastion", message)
    assert f.attributes["verbosity"] == verbosity
    # Another program's `debug:` stays its message's word, as `error:` does.
    f = FORMAT.parse("Mar  3 09:12:45 bastion backupd[77]: debug: snapshot 12 kept")
    assert (f.level, f.message) == ("debug", "debug: snapshot 12 kept")


def test_lustre_location_in_a_kernel_message_is_attributes():
    f = FORMAT.parse(
        "Jun  2 04:11:52 oss03 kernel: LustreError: 20544:0:(events.c:455:server_bulk_callback())"
        " event type 5, status -103, desc ffff9c0e4b1f2400"
    )
    assert (f.service, f.host, f.level, f.message, f.attributes) == (
        "kernel",
        "oss03",
        "error",
        "LustreError: event type 5, status -103, desc ffff9c0e4b1f2400",
        {"pid": 20544, "caller": "events.c:455", "function": "server_bulk_callback"},
    )


def test_networkmanagers_level_and_wall_time_are_read():
    f = FORMAT.parse(
        "Feb  9 18:20:31 thinkpad NetworkManager[812]: <warn>  [1707502831.2207] device (wlp3s0):"
        " Activation: (wifi) association took too long"
    )
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.attributes) == (
        "1707502831.2207",
        "warning",
        "NetworkManager",
        "thinkpad",
        "device (wlp3s0): Activation: (wifi) association took too long",
        {"pid": 812},
    )
    # 1.0 and before: no time; `<error>` is padded by one blank.
    f = FORMAT.parse("Feb  9 18:20:31 thinkpad NetworkManager[812]: <error> (eth0): DHCP failed")
    assert (f.timestamp, f.level, f.message) == ("Feb  9 18:20:31", "error", "(eth0): DHCP failed")
    # Markup is no level.
    f = FORMAT.parse("Feb  9 18:20:31 thinkpad app[9]: <b>bold</b>")
    assert (f.level, f.message) == (None, "<b>bold</b>")


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "Jun 27 15:59:28 mds1 crmd[26675]:  notice: State transition S_IDLE -> S_POLICY_ENGINE",
            "info",
        ),
        ("Jun 27 15:59:29 mds1 pengine[26674]:    error: Resource fs1-OST0001 failed", "error"),
        ("Jun 27 15:59:29 mds1 pengine[26674]:  warning: Processing failed op start", "warning"),
        ("Jun 27 15:59:30 mds1 app[7]:   info about the backup follows", None),  # no colon
    ],
)
def test_pacemakers_padded_level_word(line, level):
    f = FORMAT.parse(line)
    assert f.level == level
    assert f.message == line.split(": ", 1)[1]  # the message itself is kept as written


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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (  # containerd (logrus) under `journalctl -o short-iso`: the payload's RFC 3339 time
            '2025-03-02T08:15:41+0100 node-7 containerd[733]: time="2025-03-02T07:15:41.902114'
            '551Z" level=warning msg="cleanup warnings" error="exit status 1" namespace=moby',
            (
                "2025-03-02T07:15:41.902114551Z",
                "warning",
                "containerd",
                "node-7",
                "cleanup warnings",
                {"pid": 733, "error": "exit status 1", "namespace": "moby"},
            ),
        ),
        (  # go-kit logfmt (Prometheus' node_exporter) in /var/log/syslog
            "Mar  2 08:15:42 node-7 node_exporter[812]: ts=2025-03-02T07:15:42.118Z "
            'caller=collector.go:169 level=error msg="collector failed" name=hwmon',
            (
                "2025-03-02T07:15:42.118Z",
                "error",
                "node_exporter",
                "node-7",
                "collector failed",
                {"pid": 812, "caller": "collector.go:169"},  # `name`: the logger
            ),
        ),
        (  # kubelet's klog header: the journal's time stands (klog's has no year, no zone)
            "2025-03-02T08:15:43.250871+01:00 node-7 kubelet[1190]: W0302 08:15:43.250612"
            '    1190 kubelet_node_status.go:73] "Unable to update node status" err="timeout"',
            (
                "2025-03-02T08:15:43.250871+01:00",
                "warning",
                "kubelet",
                "node-7",
                "Unable to update node status",
                {
                    "pid": 1190,
                    "thread": 1190,
                    "caller": "kubelet_node_status.go:73",
                    "err": "timeout",
                    "time": "Mar 02 08:15:43.250612",
                },
            ),
        ),
        (  # audisp-syslog's audit record: pairs, but read as audit's (time from `audit(...)`)
            "Mar  2 08:15:44 node-7 audispd: node=node-7 type=AVC msg=audit(1740903344.210:91):"
            ' avc:  denied  { write } for  pid=4410 comm="nginx" tclass=dir permissive=0',
            (
                "1740903344.210",
                "error",
                "audispd",
                "node-7",
                'AVC avc:  denied  { write } for  pid=4410 comm="nginx" tclass=dir permissive=0',
                {
                    "audit_type": "AVC",
                    "audit_serial": 91,
                    "pid": "4410",
                    "comm": "nginx",
                    "tclass": "dir",
                    "permissive": "0",
                },
            ),
        ),
        (  # a logfmt time without a zone is not the event's either
            'Mar  2 08:15:44 node-7 agent[90]: time="08:15:44" level=info msg="tick" n=3',
            (
                "Mar  2 08:15:44",
                "info",
                "agent",
                "node-7",
                "tick",
                {"pid": 90, "n": "3", "time": "08:15:44"},
            ),
        ),
    ],
)
def test_a_go_daemons_own_line_inside_is_read_with_its_format(line, expected):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.attributes) == expected


@pytest.mark.parametrize(
    "line",
    [
        # Prose with pairs but no logfmt header key, and messages that only start like one.
        # (The kernel's is its packet log: test_kernel_firewall_packet_log.)
        "Mar  2 08:15:45 node-7 app[5]: IN=eth0 OUT= SRC=198.51.100.9 DST=192.0.2.1 PROTO=TCP",
        "Mar  2 08:15:45 node-7 systemd[1]: app.service: Main process exited, code=exited",
        "Mar  2 08:15:45 node-7 sshd[411]: Invalid user time=now from 198.51.100.9",
        "Mar  2 08:15:45 node-7 app[4]: E0302 is not a klog header",
    ],
)
def test_messages_that_only_look_like_a_daemons_line_stay_syslogs(line):
    f = FORMAT.parse(line)
    assert f.message == line.split(": ", 1)[1]
    assert f.timestamp == "Mar  2 08:15:45"


def test_the_journals_entries_of_one_traceback_continue_it():
    """systemd writes each line a service prints to stderr as an entry of its own: the lines
    of the same host, program and pid that go on a trace are the open event's."""
    head = "2025-03-02T08:16:00+0100 node-7 worker[2201]: "
    opened = head + "Traceback (most recent call last):"
    frame = head + '  File "/srv/worker/run.py", line 8, in <module>'
    assert (
        FORMAT.continues(frame, opened, opened)
        == '  File "/srv/worker/run.py", line 8, in <module>'
    )
    source = head + "    start()"
    assert FORMAT.continues(source, opened, frame) == "    start()"
    closing = head + "KeyError: 'queue'"
    assert FORMAT.continues(closing, opened, source) == "KeyError: 'queue'"
    # Another pid, another program, another host: not this event's.
    assert FORMAT.continues(frame.replace("[2201]", "[2202]"), opened, opened) is None
    assert FORMAT.continues(frame.replace("worker[", "beat["), opened, opened) is None
    assert FORMAT.continues(frame.replace("node-7", "node-8"), opened, opened) is None
    # A record of the program's own after the trace, and a plain line after a plain one.
    assert FORMAT.continues(head + "Restarting in 5 s", opened, closing) is None
    plain = head + "Loaded 3 queues"
    assert FORMAT.continues(head + "  queue default: 2 workers", plain, plain) is None
    assert FORMAT.continues(head + "Ready: yes", plain, plain) is None
    # Detection asks with no event open.
    assert FORMAT.continues(frame, None) is None


def test_java_frames_in_the_journal_continue_their_exception():
    head = "Mar  2 08:16:05 node-7 java[3001]: "
    opened = head + "08:16:05.412 [main] ERROR c.e.billing.Invoicer - invoice run failed"
    exc = head + "java.lang.IllegalStateException: no open period"
    assert (
        FORMAT.continues(exc, opened, opened) == "java.lang.IllegalStateException: no open period"
    )
    frame = head + "\tat com.example.billing.Invoicer.run(Invoicer.java:88)"
    assert (
        FORMAT.continues(frame, opened, exc)
        == "\tat com.example.billing.Invoicer.run(Invoicer.java:88)"
    )
    cause = head + "Caused by: java.sql.SQLException: closed"
    assert FORMAT.continues(cause, opened, frame) == "Caused by: java.sql.SQLException: closed"
    more = head + "\t... 4 more"
    assert FORMAT.continues(more, opened, cause) == "\t... 4 more"


def test_kernel_firewall_packet_log():
    ufw = (
        "Nov 27 12:00:00 edge-1 kernel: [88412.031977] [UFW BLOCK] IN=ens3 OUT= "
        "MAC=fa:16:3e:11:22:33:fa:16:3e:44:55:66:08:00 SRC=198.51.100.23 DST=10.1.0.4 LEN=44 "
        "TOS=0x00 PREC=0x00 TTL=239 ID=4242 PROTO=TCP SPT=51512 DPT=3389 WINDOW=1025 RES=0x00 "
        "SYN URGP=0"
    )
    f = FORMAT.parse(ufw)
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.template) == (
        "Nov 27 12:00:00",
        "warning",
        "kernel",
        "edge-1",
        "UFW BLOCK TCP 198.51.100.23:51512 -> 10.1.0.4:3389",
        "UFW BLOCK TCP <*>:<*> -> <*>:3389",  # one group per blocked port
    )
    assert {k: f.attributes[k] for k in ("prefix", "SRC", "DST", "PROTO", "SPT", "DPT")} == {
        "prefix": "UFW BLOCK",
        "SRC": "198.51.100.23",
        "DST": "10.1.0.4",
        "PROTO": "TCP",
        "SPT": 51512,
        "DPT": 3389,
    }
    assert (f.attributes["flags"], f.attributes["uptime"], f.attributes["OUT"]) == (
        "SYN",
        88412.031977,
        "",
    )
    # iptables' own LOG prefix, a UDP datagram (its LEN after the packet's is not kept), and a
    # reply to an ephemeral port: the port is a variable there.
    udp = FORMAT.parse(
        "Nov 27 12:00:01 edge-1 kernel: fw-drop: IN=ens3 OUT= SRC=192.0.2.8 DST=10.1.0.4 LEN=76 "
        "TOS=0x00 PREC=0x00 TTL=57 ID=0 DF PROTO=UDP SPT=123 DPT=50412 LEN=56"
    )
    assert (udp.level, udp.template, udp.attributes["LEN"], udp.attributes["flags"]) == (
        "warning",
        "fw-drop UDP <*>:<*> -> <*>:<*>",
        76,
        "DF",
    )
    icmp = FORMAT.parse(
        "Nov 27 12:00:02 edge-1 kernel: [UFW AUDIT] IN=ens3 OUT= SRC=192.0.2.9 DST=10.1.0.4 "
        "LEN=84 TOS=0x00 PREC=0x00 TTL=64 ID=1 PROTO=ICMP TYPE=8 CODE=0 ID=77 SEQ=1"
    )
    assert (icmp.level, icmp.message, icmp.template, icmp.attributes["TYPE"]) == (
        "info",
        "UFW AUDIT ICMP 192.0.2.9 -> 10.1.0.4",
        "UFW AUDIT ICMP <*> -> <*>",
        8,
    )
    # ulogd's LOGEMU: syslog's time and host, no program, then the packet.
    ulogd = FORMAT.parse(
        "Jun  4 06:25:05 gw1 [nft-in-drop] IN=enp1s0 OUT= SRC=159.78.6.152 DST=203.0.113.50 "
        "LEN=44 TOS=00 PREC=0x00 TTL=84 ID=43383 PROTO=TCP SPT=11053 DPT=445 SEQ=1 ACK=0 "
        "WINDOW=29200 SYN URGP=0 MARK=0 "
    )
    assert (ulogd.host, ulogd.level, ulogd.template) == (
        "gw1",
        "warning",
        "nft-in-drop TCP <*>:<*> -> <*>:445",
    )
    # Another program's `IN=` is no packet, and a kernel line without pairs stays itself.
    other = FORMAT.parse("Nov 27 12:00:03 edge-1 app[9]: IN=x OUT= SRC=y")
    assert (other.service, other.message) == ("app", "IN=x OUT= SRC=y")
    plain = FORMAT.parse("Nov 27 12:00:03 edge-1 kernel: [1.0] eth0: link up OUT=")
    assert plain.message == "[1.0] eth0: link up OUT="


def test_kernel_firewall_packet_log_in_rfc_5424():
    """The same packet as rsyslog forwards it in RFC 5424 reads as the RFC 3164 line does."""
    f = FORMAT.parse(
        "<4>1 2026-11-29T10:00:01.512344+00:00 fw-edge kernel - - - [UFW BLOCK] IN=eth0 OUT= "
        "MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=198.51.100.23 DST=10.20.0.5 LEN=60 "
        "TOS=0x00 PREC=0x00 TTL=51 ID=40412 DF PROTO=TCP SPT=51544 DPT=3306 WINDOW=64240 "
        "RES=0x00 SYN URGP=0"
    )
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.template) == (
        "2026-11-29T10:00:01.512344+00:00",
        "warning",
        "kernel",
        "fw-edge",
        "UFW BLOCK TCP 198.51.100.23:51544 -> 10.20.0.5:3306",
        "UFW BLOCK TCP <*>:<*> -> <*>:3306",
    )
    assert {k: f.attributes[k] for k in ("facility", "prefix", "SRC", "DPT", "OUT", "flags")} == {
        "facility": "kern",
        "prefix": "UFW BLOCK",
        "SRC": "198.51.100.23",
        "DPT": 3306,
        "OUT": "",
        "flags": "DF SYN",
    }
    # An nftables rule that lets the packet pass: info; the procid and SD are kept too.
    nft = FORMAT.parse(
        '<14>1 2026-11-29T10:00:02Z gw-2 kernel 0 - [meta seq="7"] nft-accept: IN=br0 '
        "OUT=wan0 SRC=10.0.0.7 DST=203.0.113.80 LEN=52 PROTO=TCP SPT=40122 DPT=443"
    )
    assert (nft.level, nft.message, nft.attributes["pid"]) == (
        "info",
        "nft-accept TCP 10.0.0.7:40122 -> 203.0.113.80:443",
        0,
    )
    assert nft.attributes["structured_data"] == {"meta": {"seq": "7"}}
    # Another app's pairs stay its message.
    other = FORMAT.parse("<14>1 2026-11-29T10:00:03Z gw-2 app 9 - - IN=x OUT= SRC=y")
    assert (other.service, other.message) == ("app", "IN=x OUT= SRC=y")


@pytest.mark.parametrize(
    "line",
    [
        # BuildKit's step and pytest's node id under a CI runner's time (GitHub Actions' raw
        # log): no host starts with `#`, and a tag ends at one colon, not at a `::` join.
        '2026-11-29T10:00:13.1234567Z #12 ERROR: process "/bin/sh -c make" did not complete',
        "2026-11-29T10:00:14.1234567Z FAILED tests/test_net.py::test_retry_1 - AssertionError",
        "2026-11-29T10:00:14Z ERROR tests/test_db.py::TestPool::test_get[2] - RuntimeError: x",
    ],
)
def test_ci_tool_lines_under_a_runners_time_are_not_syslog(line):
    assert FORMAT.parse(line) is None


def test_a_host_and_tag_still_read_after_an_iso_time():
    f = FORMAT.parse("2026-11-29T10:00:14Z web-1 nginx[12]: worker process exited")
    assert (f.host, f.service, f.message) == ("web-1", "nginx", "worker process exited")


@pytest.mark.parametrize(
    ("line", "service", "attributes", "message"),
    [
        (
            "Nov 28 10:15:05 MacBook-Pro com.apple.xpc.launchd[1] (com.example.agent[123]): "
            "Service exited with abnormal code: 1",
            "com.apple.xpc.launchd",
            {"pid": 1, "subject": "com.example.agent[123]"},
            "Service exited with abnormal code: 1",
        ),
        (
            "Nov 28 10:15:06 MacBook-Pro com.apple.xpc.launchd[1] (com.apple.xpc.launchd.domain"
            ".pid.mdworker.512): Path not allowed in target domain: type = pid, path = /bin/x",
            "com.apple.xpc.launchd",
            {"pid": 1, "subject": "com.apple.xpc.launchd.domain.pid.mdworker.512"},
            "Path not allowed in target domain: type = pid, path = /bin/x",
        ),
        (
            "Nov 28 10:15:08 MacBook-Pro Google Chrome Helper[2207]: Libnotify: notify_register"
            " failed with code 9",
            "Google Chrome Helper",
            {"pid": 2207},
            "Libnotify: notify_register failed with code 9",
        ),
        (
            "Jul  1 17:13:11 MacBook-Pro Google Chrome Helper (Renderer)[4269]: Libnotify: "
            "notify_register_coalesced_registration failed with code 9 on line 2835",
            "Google Chrome Helper (Renderer)",
            {"pid": 4269},
            "Libnotify: notify_register_coalesced_registration failed with code 9 on line 2835",
        ),
        (
            "Jul  1 17:13:12 MacBook-Pro Slack Helper (GPU)[881]: CoreText note: Client requested"
            ' name ".SFNS-Regular"',
            "Slack Helper (GPU)",
            {"pid": 881},
            'CoreText note: Client requested name ".SFNS-Regular"',
        ),
    ],
)
def test_macos_system_log(line, service, attributes, message):
    """macOS's syslogd: launchd's subject after its tag, a program named with blanks, a
    helper's role in parentheses as the last word of its name."""
    f = FORMAT.parse(line)
    assert (f.host, f.service, f.message) == ("MacBook-Pro", service, message)
    assert {k: f.attributes[k] for k in attributes} == attributes


def test_words_before_a_colon_without_a_pid_are_no_macos_program():
    f = FORMAT.parse("Nov 28 10:15:08 host some words here: message")
    assert (f.service, f.message) == (None, "some words here: message")


def test_devstacks_openstack_services_in_the_journal():
    """DevStack has every OpenStack service log oslo.log's line without its time to the
    journal: the logger, request and instance are read from it, the time and pid stay the
    journal's."""
    f = FORMAT.parse(
        "Nov 28 10:15:05.100 devstack nova-compute[1234]: INFO nova.compute.manager [None "
        "req-ea7b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d demo admin] [instance: 0b6d3f2a-1c4e-4f5a-8b7c-"
        "9d0e1f2a3b4c] Took 5.21 seconds to spawn the instance on the hypervisor."
    )
    assert (f.timestamp, f.service, f.logger, f.message) == (
        "Nov 28 10:15:05.100",
        "nova-compute",
        "nova.compute.manager",
        "Took 5.21 seconds to spawn the instance on the hypervisor.",
    )
    assert f.attributes["instance"] == "0b6d3f2a-1c4e-4f5a-8b7c-9d0e1f2a3b4c"
    assert (f.attributes["pid"], f.attributes["project"]) == (1234, "demo")


def test_devstacks_traceback_under_its_exception_prefix_continues_the_event(tmp_path):
    from tests.ingest.stored import stored_events

    head = "Nov 28 10:15:06.200 devstack nova-compute[1234]: "
    prefix = head + "ERROR nova.compute.manager [instance: 0b6d3f2a-1c4e-4f5a-8b7c-9d0e1f2a3b4c] "
    text = (
        f"{head}ERROR nova.compute.manager [None req-ea7b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d demo "
        "admin] [instance: 0b6d3f2a-1c4e-4f5a-8b7c-9d0e1f2a3b4c] Instance failed to spawn\n"
        f"{prefix}Traceback (most recent call last):\n"
        f'{prefix}  File "/opt/stack/nova/nova/compute/manager.py", line 2743, in _build\n'
        f"{prefix}    yield resources\n"
        f"{prefix}ValueError: boom\n"
        "Nov 28 10:15:07.000 devstack nova-compute[1234]: INFO nova.compute.manager [-] next\n"
    )
    rows = stored_events(tmp_path, text, "line, logger, message, exception_type")
    assert rows == [
        (1, "nova.compute.manager", "Instance failed to spawn", "ValueError"),
        (6, "nova.compute.manager", "next", None),
    ]


def test_solaris_message_id_gives_level_and_id():
    f = FORMAT.parse(
        "Mar  2 14:05:09 sunbox sshd[2207]: [ID 800047 auth.error] error: PAM: Authentication "
        "failed for carol from 192.0.2.44"
    )
    assert (f.timestamp, f.host, f.service, f.level, f.message, f.attributes) == (
        "Mar  2 14:05:09",
        "sunbox",
        "sshd",
        "error",
        "error: PAM: Authentication failed for carol from 192.0.2.44",
        {"pid": 2207, "msgid": "800047", "facility": "auth"},
    )
    f = FORMAT.parse("Mar  2 14:05:10 sunbox genunix: [ID 936769 kern.info] sd1 is /pci@0/disk@1")
    assert (f.service, f.level, f.message) == ("genunix", "info", "sd1 is /pci@0/disk@1")
    # Not an id: left in the message.
    f = FORMAT.parse("Mar  2 14:05:11 sunbox app[9]: [ID card] scanned")
    assert (f.level, f.message) == (None, "[ID card] scanned")


def test_a_line_without_a_host_as_journalctl_no_hostname_prints_it():
    """`journalctl --no-hostname`: the program and pid right after the time. Its JSON payload
    was left unparsed (the line read as a generic one)."""
    f = FORMAT.parse(
        'Jul  3 09:14:22 caddy[811]: {"level":"warn","ts":1720000462.25,"logger":"tls",'
        '"msg":"stapling OCSP","identifiers":["shop.test"]}'
    )
    assert (f.timestamp, f.level, f.service, f.host, f.logger, f.message, f.attributes) == (
        1720000462.25,
        "warn",
        "caddy",
        None,
        "tls",
        "stapling OCSP",
        {"pid": 811, "identifiers": ["shop.test"]},
    )
    f = FORMAT.parse("Jul  3 09:14:23 sshd[902]: error: kex_exchange_identification: closed")
    assert (f.level, f.service, f.host, f.message, f.attributes) == (
        "error",
        "sshd",
        None,
        "error: kex_exchange_identification: closed",
        {"pid": 902},
    )
    # No pid: a word before a colon may be anything's.
    assert FORMAT.parse("Jul  3 09:14:24 backup: done") is None


def test_journalctl_short_monotonic_and_short_delta():
    """`journalctl -o short-monotonic` puts the seconds since boot where the time is, in
    brackets as dmesg does: read as dmesg, the host and the program stayed in the message.
    `-o short-delta` adds the time since the entry before (it was a raw line)."""
    lines = [
        "[    4.873910] web-1 kernel: EXT4-fs (sda1): mounted filesystem with ordered data mode",
        "[   12.204133] web-1 systemd[1]: Started nginx.service - A high performance web server.",
        "[   13.000001] web-1 sshd[812]: error: kex_exchange_identification: Connection closed",
        "[   13.000530 <    0.000529 >] web-1 sshd[812]: Connection closed by 10.0.0.9 port 22",
    ]
    got = [FORMAT.parse(line) for line in lines]
    assert [(f.timestamp, f.level, f.service, f.host, f.message, f.attributes) for f in got] == [
        (
            None,
            None,
            "kernel",
            "web-1",
            "EXT4-fs (sda1): mounted filesystem with ordered data mode",
            {"uptime": 4.87391},
        ),
        (
            None,
            None,
            "systemd",
            "web-1",
            "Started nginx.service - A high performance web server.",
            {"uptime": 12.204133, "pid": 1},
        ),
        (
            None,
            "error",
            "sshd",
            "web-1",
            "error: kex_exchange_identification: Connection closed",
            {"uptime": 13.000001, "pid": 812},
        ),
        (
            None,
            None,
            "sshd",
            "web-1",
            "Connection closed by 10.0.0.9 port 22",
            {"uptime": 13.00053, "pid": 812},
        ),
    ]
    # dmesg's own lines stay dmesg's: a driver and its device are no host and program.
    for line in (
        "[    5.123456] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
        "[    5.200000] nvme nvme0: pci function 0000:01:00.0",
        "[    0.000000] Linux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org)",
        "[    5.300000] systemd[1]: Started Journal Service.",
    ):
        assert FORMAT.parse(line) is None, line


def test_a_short_monotonic_file_reads_its_tags_without_a_pid_too(tmp_path):
    """sudo logs without a pid: alone its line reads as a kernel driver's in dmesg, but under
    the host the file's other lines name it is sudo's (it was the line above's text)."""
    text = (
        "[    0.000000] web-1 kernel: Linux version 6.1.0-13-amd64 (debian-kernel@lists.org)\n"
        "[    4.873910] web-1 kernel: EXT4-fs (sda1): mounted filesystem with ordered data mode\n"
        "[   12.204133] web-1 systemd[1]: Started nginx.service - A high performance web server.\n"
        "[   13.000001] web-1 sshd[812]: Server listening on 0.0.0.0 port 22.\n"
        "[   94.100000] web-1 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; "
        "COMMAND=/usr/bin/apt update\n"
        "[   95.300000] web-1 sudo: pam_unix(sudo:session): session opened for user root(uid=0)"
        " by alice(uid=1000)\n"
    )
    events = stored_events(tmp_path, text, "line, service, host, format")
    assert events == [
        (1, "kernel", "web-1", "syslog"),
        (2, "kernel", "web-1", "syslog"),
        (3, "systemd", "web-1", "syslog"),
        (4, "sshd", "web-1", "syslog"),
        (5, "sudo", "web-1", "syslog"),
        (6, "sudo", "web-1", "syslog"),
    ]


def test_a_key_value_pair_is_no_host():
    """A logfmt line after a runtime's time (`kubectl logs --timestamps` of Loki) is not
    rsyslog's ISO layout: no host name holds `=`."""
    line = "2023-03-21T10:00:00.123456789Z level=info ts=2023-03-21T10:00:00.123Z msg=x"
    assert FORMAT.parse(line) is None


def test_a_year_after_the_time_is_no_host():
    """`Jun 11 06:00:02 2024 ERROR ...` is a program's own time with its year (ctime without
    the weekday), which syslog never writes: read as syslog, the year was the host and the
    event's year the file's."""
    assert FORMAT.parse("Jun 11 06:00:02 2024 ERROR cert expired") is None
    assert FORMAT.parse("Jun 11 06:00:02 web-2024 sshd[1]: Accepted key") is not None


def test_a_program_then_its_level_with_no_pid_and_no_colon():
    # Python's SysLogHandler under `%(name)s %(levelname)s: %(message)s` (iRedAPD): the name is
    # the service, the word in capitals the level.
    f = FORMAT.parse(
        "Jun  7 06:00:14 mail iredapd INFO: [85.13.145.21] RCPT, a@x.org -> b@y.org, DUNNO"
    )
    assert (f.service, f.host, f.level, f.message) == (
        "iredapd",
        "mail",
        "info",
        "[85.13.145.21] RCPT, a@x.org -> b@y.org, DUNNO",
    )
    f = FORMAT.parse("Jun  7 06:03:02 mail iredapd ERROR: Error while applying plugin")
    assert (f.service, f.level) == ("iredapd", "error")


def test_pacemakers_detail_log():
    # libqb's file layout as Pacemaker sets it: the daemon padded to twenty columns before its
    # pid (no colon), the function, a tab, the priority. The daemon is the service, the pid and
    # function attributes, the priority the level.
    lines = [
        (
            "Mar 05 10:12:01.922 node1 pacemakerd          [1725] (main) \tnotice: Starting "
            "Pacemaker 2.1.5 | build=a3f44794f94 features:agent-manpages",
            ("pacemakerd", 1725, "main", "info"),
            "Starting Pacemaker 2.1.5 | build=a3f44794f94 features:agent-manpages",
        ),
        (
            "May 01 10:00:00 node1 pacemaker-controld  [1731] (do_state_transition) \tnotice: "
            "State transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL",
            ("pacemaker-controld", 1731, "do_state_transition", "info"),
            "State transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL",
        ),
        (
            # A name of twenty characters fills its column: no blank before the pid.
            "May 01 10:00:02 node2 pacemaker-schedulerd[1730] (pe_fence_node) \twarning: "
            "Cluster node node1 will be fenced: peer is no longer part of the cluster",
            ("pacemaker-schedulerd", 1730, "pe_fence_node", "warning"),
            "Cluster node node1 will be fenced: peer is no longer part of the cluster",
        ),
        (
            "May 01 10:00:03 node2 pacemaker-execd     [1728] (log_op_output) \terror: "
            "ping_monitor_10000[4412] error output [ ping: unknown host 10.0.0.254 ]",
            ("pacemaker-execd", 1728, "log_op_output", "error"),
            "ping_monitor_10000[4412] error output [ ping: unknown host 10.0.0.254 ]",
        ),
        (
            # Tracing adds the source file and line to the function.
            "May 01 10:00:04 node1 pacemaker-based     [1726] (cib_process_request@"
            "cib_callbacks.c:1113) \tdebug: Completed cib_modify operation for section status",
            ("pacemaker-based", 1726, "cib_process_request@cib_callbacks.c:1113", "debug"),
            "Completed cib_modify operation for section status",
        ),
        (
            "May 01 10:00:05 node1 pacemaker-fenced    [1727] (remote_op_done) \tcrit: "
            "Operation 'reboot' targeting node2 by node1 for pacemaker-controld.1731@node1: "
            "Timer expired",
            ("pacemaker-fenced", 1727, "remote_op_done", "critical"),
            "Operation 'reboot' targeting node2 by node1 for pacemaker-controld.1731@node1: "
            "Timer expired",
        ),
    ]
    for line, (service, pid, function, level), message in lines:
        f = FORMAT.parse(line)
        assert f.host in ("node1", "node2"), line
        assert (f.service, f.attributes["pid"], f.attributes["function"], f.level) == (
            service,
            pid,
            function,
            level,
        ), line
        assert f.message == message
    # Without the priority's colon a padded name before a pid is no tag.
    f = FORMAT.parse("May 01 10:00:05 node1 some words  [1727] (x) happened")
    assert f.service is None


@pytest.mark.parametrize(
    ("line", "subsystem", "level", "message"),
    [
        # Corosync 3 (knet) through rsyslog: the empty priority's padding before the subsystem.
        (
            "Nov 30 10:00:00 node1 corosync[1234]:   [TOTEM ] A processor failed, forming new "
            "configuration.",
            "TOTEM",
            None,
            "A processor failed, forming new configuration.",
        ),
        ("Nov 30 10:00:01 node1 corosync[1234]:   [QUORUM] Members[1]: 1", "QUORUM", None, None),
        (
            "Nov 30 10:00:02 node1 corosync[1234]:   [KNET  ] link: host: 2 link: 0 is down",
            "KNET",
            None,
            "link: host: 2 link: 0 is down",
        ),
        # Corosync 2 on EL7: one blank, the name padded to its six columns.
        (
            "Nov 30 10:00:03 node1 corosync[1621]: [MAIN  ] Corosync Cluster Engine exiting",
            "MAIN",
            None,
            "Corosync Cluster Engine exiting",
        ),
        # With its priority written before the subsystem.
        (
            "Nov 30 10:00:04 node1 corosync[1621]: notice  [TOTEM ] A new membership "
            "(10.0.0.1:312) was formed. Members left: 2",
            "TOTEM",
            "info",
            "A new membership (10.0.0.1:312) was formed. Members left: 2",
        ),
    ],
)
def test_corosyncs_subsystem_through_syslog(line, subsystem, level, message):
    """libqb's logsys layout inside a syslog message: the subsystem an attribute and the rest
    the message, as its log file's reading gives them."""
    f = FORMAT.parse(line)
    assert (f.service, f.host, f.level) == ("corosync", "node1", level)
    assert f.attributes["subsystem"] == subsystem
    assert f.message == (message or line.split("] ", 1)[1])


@pytest.mark.parametrize(
    "line",
    [
        "Nov 30 10:00:00 web1 app[12]: [main] started",  # a short tag, no padding: the message's
        "Nov 30 10:00:00 web1 app[12]: [WARN  ] disk almost full",  # a level
        "Nov 30 10:00:00 web1 app[12]: [SRV] ok",
    ],
)
def test_a_bracketed_word_is_no_subsystem_without_logsys_padding(line):
    f = FORMAT.parse(line)
    assert "subsystem" not in (f.attributes or {})
    assert f.message == line.split(": ", 1)[1]


# Cisco IOS, ASA and NX-OS through syslog: the severity in the mnemonic gave no level, a
# sequence number (or NX-OS's year) was read as the program, the device's own time opened
# every message.
CISCO_LOG = """\
Jun 11 06:00:01 router1 1234: Jun 11 06:00:01.118: %LINK-3-UPDOWN: Interface Gi0/1, state down
Jun 11 06:00:02 router1 1235: *Jun 11 06:00:02.118: %LINEPROTO-5-UPDOWN: Line protocol on Gi0/1 down
<189>Jun 11 06:00:03 sw1 %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.0.0.5)
Jun 11 06:00:04 asa1 %ASA-4-106023: Deny tcp src outside:203.0.113.5/4444 dst inside:10.0.0.5/22
Jun 11 06:00:05 nx1 2024 Jun 11 06:00:05 nx1 %ETHPORT-2-IF_DOWN_LINK_FAILURE: Ethernet1/1 is down
Jun 11 06:00:06 web1 sshd[1234]: Accepted publickey for deploy from 10.0.0.5 port 5555 ssh2
"""


def test_cisco_messages_give_their_severity(tmp_path):
    rows = stored_events(tmp_path, CISCO_LOG, "line, level, service, host, message")
    assert [(r[0], r[1], r[2], r[3], r[4].split(":")[0]) for r in rows] == [
        (1, "error", None, "router1", "%LINK-3-UPDOWN"),
        (2, "info", None, "router1", "%LINEPROTO-5-UPDOWN"),
        (3, "info", None, "sw1", "%SYS-5-CONFIG_I"),
        (4, "warning", None, "asa1", "%ASA-4-106023"),
        (5, "critical", None, "nx1", "%ETHPORT-2-IF_DOWN_LINK_FAILURE"),
        (6, None, "sshd", "web1", "Accepted publickey for deploy from 10.0.0.5 port 5555 ssh2"),
    ]


@pytest.mark.parametrize(
    ("line", "level", "program"),
    [
        ("Jun 11 06:00:01 bigip1 err mcpd[5678]: 01070734:3: Config error", "error", "mcpd"),
        ("Jun 11 06:00:02 bigip1 notice tmm[1234]: 01260013:5: Handshake failed", "info", "tmm"),
        ("Jun 11 06:00:03 web1 info: no pid, so a program named info", None, "info"),
        # SONiC's: the year first, the severity in capitals, a container before the program.
        (
            "2024 Jun  5 06:00:15.711174 leaf01 ERR snmp#snmpd[26]: error on x",
            "error",
            "snmp#snmpd",
        ),
        (
            "2024 Jun  5 07:10:14.000547 leaf01 NOTICE swss#orchagent: :- onMsg: up",
            "info",
            "swss#orchagent",
        ),
    ],
)
def test_a_severity_before_the_program_is_the_level(line, level, program):
    """F5 BIG-IP's `host level process[pid]:`: the level was read as the program's name."""
    f = FORMAT.parse(line)
    assert (f.level, f.service) == (level, program)


def test_sonics_year_first_head():
    f = FORMAT.parse("2024 Jun  5 07:10:14.000547 leaf01 NOTICE swss#orchagent: :- onMsg: up")
    assert (f.timestamp, f.host, f.service, f.level, f.message) == (
        "2024 Jun  5 07:10:14.000547",
        "leaf01",
        "swss#orchagent",
        "info",
        ":- onMsg: up",
    )


def test_facility_and_severity_in_angle_brackets_where_the_host_goes():
    """Citrix ADC's ns.log (`<%syslogfacility-text%.%syslogseverity-text%>`)."""
    line = "Jun  5 11:02:17 <local0.err> 10.20.0.6 06/05/2024:11:02:17 GMT adc2 0-PPE-2 : x"
    f = FORMAT.parse(line)
    assert (f.level, f.host, f.attributes) == ("error", None, {"facility": "local0"})
    assert f.message.startswith("10.20.0.6 06/05/2024")


def test_postgresql_message_through_syslog_is_read_as_the_server_writes_it():
    """PostgreSQL's `log_destination = syslog`: `[seq-chunk] ` (syslog_sequence_numbers), then
    the severity, which is the level and leaves the message as in the server's own log."""
    f = FORMAT.parse("Jun 11 02:00:02 db01 postgres[811]: [3-1] LOG:  checkpoint starting: time")
    assert (f.service, f.level, f.message) == ("postgres", "info", "checkpoint starting: time")
    f = FORMAT.parse("Jun 11 02:00:04 db01 postgres[811]: [4-1] ERROR:  deadlock detected")
    assert (f.level, f.message, f.attributes) == ("error", "deadlock detected", {"pid": 811})
    # A log_line_prefix with the time: the server's own line.
    line = "Jun 11 02:00:04 db01 postgres[811]: [5-1] 2024-06-11 02:00:04.118 EDT [811] FATAL:  x"
    assert (FORMAT.parse(line).level, FORMAT.parse(line).message) == ("critical", "x")
    # A follower, a later chunk, or no severity: the message as it was.
    for rest in ("[4-2] DETAIL:  Process 1 waits", "[6-2] rest of a long statement", "[7-1] hi"):
        f = FORMAT.parse(f"Jun 11 02:00:04 db01 postgres[811]: {rest}")
        assert (f.level, f.message) == (None, rest)


def test_charons_thread_subsystem_and_ike_sa_in_the_message():
    # strongSwan's charon through syslog: `host charon: 08[IKE] <rw|3> message`; the thread,
    # subsystem and IKE_SA stayed in the message, a statement two templates with and without
    # its IKE_SA.
    f = FORMAT.parse(
        "Jun 11 06:00:03 moon charon: 08[IKE] <rw|14> IKE_SA rw[14] established between "
        "198.51.100.1[moon]...85.214.87.16[carol]"
    )
    assert (f.service, f.host, f.logger, f.message, f.attributes) == (
        "charon",
        "moon",
        "IKE",
        "IKE_SA rw[14] established between 198.51.100.1[moon]...85.214.87.16[carol]",
        {"thread": 8, "context": "rw|14"},
    )
    f = FORMAT.parse("Jun 11 06:00:03 moon charon[812]: 13[NET] sending packet: from a to b")
    assert (f.logger, f.message, f.attributes) == (
        "NET",
        "sending packet: from a to b",
        {"pid": 812, "thread": 13},
    )


@pytest.mark.parametrize(
    ("line", "service", "level", "message"),
    [
        (
            "Jun 11 06:00:02 kdc1 krb5kdc[1093](info): AS_REQ (2 etypes {a(18), b(17)})"
            " 10.0.2.40: ISSUE: authtime 1718085602",
            "krb5kdc",
            "info",
            "AS_REQ (2 etypes {a(18), b(17)}) 10.0.2.40: ISSUE: authtime 1718085602",
        ),
        (
            "Jun 11 06:00:03 kdc1 kadmind[1107](Notice): Request: kadm5_get_principal, x",
            "kadmind",
            "info",
            "Request: kadm5_get_principal, x",
        ),
        (
            "Jun 11 06:00:04 kdc1 krb5kdc[1093](Error): preauth verify failure",
            "krb5kdc",
            "error",
            "preauth verify failure",
        ),
    ],
)
def test_mit_kerberos_severity_after_the_pid(line, service, level, message):
    """krb5kdc and kadmind, logging to their own files, write the severity in parentheses after
    the pid: no tag was read, so `krb5kdc[1093](info): ` opened every message and the program
    was no service."""
    f = FORMAT.parse(line)
    assert (f.service, f.level, f.message, f.attributes["pid"]) == (
        service,
        level,
        message,
        int(line.split("[")[1].split("]")[0]),
    )


@pytest.mark.parametrize(
    ("line", "level", "logger", "message", "attributes"),
    [
        (
            "Jun 11 06:00:01 sip1 /usr/sbin/kamailio[1240]: WARNING: <core> [core/socket_info.c"
            ":1315]: fix_hostname(): could not rev. resolve 203.0.113.10",
            "warning",
            "core",
            "could not rev. resolve 203.0.113.10",
            {"pid": 1240, "file": "core/socket_info.c", "lineno": 1315, "function": "fix_hostname"},
        ),
        (
            # on stderr (-E), as the journal keeps it: the process's rank and pid first
            "Jun 11 06:00:03 sip2 kamailio[2210]:  5(2215) INFO: <script>: REGISTER sip:1022@"
            "voip.example.net from 89.204.46.36:5062",
            "info",
            "script",
            "REGISTER sip:1022@voip.example.net from 89.204.46.36:5062",
            {"pid": 2215, "rank": 5},
        ),
        (
            "Jun 11 06:00:03 sip2 kamailio[2210]: 13(2223) ERROR: tls [tls_server.c:1193]: "
            "tls_h_read_f(): protocol level error",
            "error",
            "tls",
            "protocol level error",
            {
                "pid": 2223,
                "rank": 13,
                "file": "tls_server.c",
                "lineno": 1193,
                "function": "tls_h_read_f",
            },
        ),
        (
            "Jun 11 06:00:04 sip2 kamailio[2210]: ERROR: tm [t_fwd.c:1450]: t_forward_nonack(): "
            "no branch for forwarding",
            "error",
            "tm",
            "no branch for forwarding",
            {"pid": 2210, "file": "t_fwd.c", "lineno": 1450, "function": "t_forward_nonack"},
        ),
    ],
)
def test_kamailios_prefix_under_the_tag(line, level, logger, message, attributes):
    """Kamailio's own prefix was left in every message, the rank and pid of its stderr form too
    (` 5(2215) INFO: <script>: REGISTER ...`): each statement was a template per form and per
    worker. A tag that is the program's path (openlog(argv[0])) names the program."""
    f = FORMAT.parse(line)
    assert (f.service, f.level, f.logger, f.message) == ("kamailio", level, logger, message)
    assert f.attributes == attributes


def test_a_level_word_alone_is_no_kamailio_prefix():
    f = FORMAT.parse("Jun 11 06:00:04 sip2 app[22]: ERROR: something happened")
    # (the level's word and colon a level, as Python's `%(levelname)s: %(message)s` writes it)
    assert (f.logger, f.level, f.message) == (None, "error", "something happened")
    f = FORMAT.parse("Jun 11 06:00:04 sip2 postfix/smtpd[22]: connect from x")
    assert f.service == "postfix/smtpd"


def test_the_kernels_time_since_boot_is_no_part_of_its_message():
    """rsyslog keeps the kernel's `[seconds.micros]` in the message, padded to its width: a
    boot's first seconds and later ones must not make two statements."""
    early = FORMAT.parse(
        "Jun  1 09:13:37 nas kernel: [    6.000000] usb 1-4: new full-speed USB device number 3"
    )
    late = FORMAT.parse(
        "Jun  1 13:36:38 nas kernel: [15787.542609] usb 1-4: new full-speed USB device number 4"
    )
    assert early.message == "usb 1-4: new full-speed USB device number 3"
    assert late.message == "usb 1-4: new full-speed USB device number 4"
    assert (early.attributes, late.attributes) == ({"uptime": 6.0}, {"uptime": 15787.542609})
    # Another program's bracket is its message's.
    other = FORMAT.parse("Jun  1 09:13:37 nas app[12]: [    6.000000] started")
    assert other.message == "[    6.000000] started"


def test_openwrt_logread_lines():
    """OpenWrt's `logread`: ctime's time with weekday and year, facility.severity, no host."""
    f = FORMAT.parse(
        "Tue Jun  4 06:01:52 2024 daemon.info dnsmasq-dhcp[2913]: DHCPREQUEST(br-lan) "
        "192.168.1.120 ea:11:54:43:69:85"
    )
    assert (f.timestamp, f.level, f.service, f.host, f.message) == (
        "Tue Jun  4 06:01:52 2024",
        "info",
        "dnsmasq-dhcp",
        None,
        "DHCPREQUEST(br-lan) 192.168.1.120 ea:11:54:43:69:85",
    )
    assert f.attributes == {"facility": "daemon", "pid": 2913}
    f = FORMAT.parse("Tue Jun  4 06:02:10 2024 user.notice firewall: Reloading firewall")
    assert (f.level, f.service, f.message) == ("info", "firewall", "Reloading firewall")
    # A weekday's time before words that are no facility.severity: not syslog.
    assert FORMAT.parse("Tue Jun  4 06:02:10 2024 starting backup of /srv") is None


def test_gnustep_nslog_names_its_program_where_syslog_writes_the_host():
    """SOGo's sogod.log: `Mmm dd HH:MM:SS program [pid]: message`, no host."""
    f = FORMAT.parse(
        "Jun 04 06:00:03 sogod [118]: <0x0x55d1c494c098[WOWatchDog]> preparing 10 children"
    )
    assert (f.service, f.host, f.attributes, f.message) == (
        "sogod",
        None,
        {"pid": 118},
        "<0x0x55d1c494c098[WOWatchDog]> preparing 10 children",
    )


@pytest.mark.parametrize(
    ("line", "template", "level"),
    [
        # nginx's `access_log syslog:server=...`
        (
            'Jun  4 06:00:02 web1 nginx: 10.0.0.1 - - [04/Jun/2024:06:00:02 +0000] "GET /orders/13'
            ' HTTP/1.1" 500 612 "-" "curl/8.5.0"',
            "GET /orders/<*> 500",
            "error",
        ),
        # SOGo's own request lines: the bytes sent and received
        (
            'Jun 04 06:03:09 sogod [136]: 10.20.0.23 "PROPFIND /dav/carla/Calendar/ HTTP/1.1" 207'
            " 1815/487 0.090 - - 8192",
            "PROPFIND /dav/carla/Calendar/ 207",
            "info",
        ),
    ],
)
def test_an_access_line_under_a_syslog_header_is_a_request(line, template, level):
    f = FORMAT.parse(line)
    assert (f.template, f.level) == (template, level)


def test_a_tag_padded_to_its_column_before_the_message(tmp_path):
    """The balena supervisor's `[info]    `, `[error]   `, `[api]     ` under the journal's
    head: a level, or the part that logged (its requests named by route and status); a stack
    written a line an entry under the tag is its error's."""
    head = "Jun 04 07:41:39 a1f3c9e balena-supervisor[1893]: "
    text = (
        f"{head}[api]     GET /v1/device 200 - 18.808 ms\n"
        f"{head}[error]   Target state poll failed RequestError: getaddrinfo EAI_AGAIN x.io\n"
        f"{head}[error]         at ClientRequest.<anonymous> (/usr/src/app/dist/app.js:2:10)\n"
        f"{head}[error]       at Object.onceWrapper (node:events:634:26)\n"
        f"{head}[info]    Reported current state to the cloud\n"
    )
    rows = stored_events(tmp_path, text, "line, level, logger, template")
    assert rows == [
        (1, "info", "api", "GET /v1/device 200"),
        (2, "error", None, "Target state poll failed RequestError: getaddrinfo EAI_AGAIN <*>"),
        (5, "info", None, "Reported current state to the cloud"),
    ]


def test_pulps_correlation_id_then_its_logger_and_level_or_a_request():
    """Pulp's services write `pulp [correlation id]: ` before Python's `name:LEVEL: ` or
    gunicorn's access record: the id an attribute, the logger, level and request read. Read
    as text, every request line was one masked value beside its user and status."""
    f = FORMAT.parse(
        "Jun  7 06:05:04 pulp1 pulpcore-worker-1[1153]: pulp [d4cbe6cc679c1b3906f29a45c3100f15]:"
        " pulpcore.tasking.pulpcore_worker:INFO: Starting task 03df4043"
    )
    assert (f.service, f.logger, f.level, f.message, f.attributes["correlation_id"]) == (
        "pulpcore-worker-1",
        "pulpcore.tasking.pulpcore_worker",
        "INFO",
        "Starting task 03df4043",
        "d4cbe6cc679c1b3906f29a45c3100f15",
    )
    f = FORMAT.parse(
        "Jun  7 06:05:04 pulp1 pulpcore-api[1132]: pulp [d4cbe6cc679c1b3906f29a45c3100f15]:"
        ' 127.0.0.1 - admin [07/Jun/2024:06:05:04 +0000] "POST /pulp/api/v3/repositories/rpm/'
        'rpm/4ad97dbb-e6fb-4e89-b543-ce5998f597b8/sync/ HTTP/1.0" 202 67 "-" "pulp-glue/0.25"'
    )
    assert f.template == "POST /pulp/api/v3/repositories/rpm/rpm/<*>/sync/ 202"
    assert f.attributes["user"] == "admin"


def test_zigs_level_and_scope_under_the_journals_head():
    # Zig's std.log default, `level(scope): message` (TigerBeetle's): the word `error` in a
    # warning's message made it an error.
    f = FORMAT.parse(
        "Jun 07 08:22:38 tb-0 tigerbeetle[1187]: warning(message_bus): 0: on_connect: error to=1"
        " error.NetworkUnreachable"
    )
    assert (f.level, f.logger, f.message) == (
        "warning",
        "message_bus",
        "0: on_connect: error to=1 error.NetworkUnreachable",
    )


def test_winstons_level_before_a_node_services_message():
    """winston's `level: message` (Volumio's journal): the level is the line's, and the word
    no part of the statement (one `info: <*>` template had held eight)."""
    f = FORMAT.parse(
        "Jun 07 06:02:11.176512 volumio-kitchen volumio[988]: verbose: ControllerMpd::pushState"
    )
    assert (f.level, f.service, f.message) == ("verbose", "volumio", "ControllerMpd::pushState")
    f = FORMAT.parse("Jun 07 06:02:11 web-1 app[9]: warn: payment declined for order 42")
    assert (f.level, f.message) == ("warn", "payment declined for order 42")
    f = FORMAT.parse("<14>1 2024-06-07T06:02:11Z web-1 app 9 - - info: payment taken")
    assert (f.level, f.message) == ("info", "payment taken")  # (RFC 5424's head too)
    f = FORMAT.parse("Jun 07 06:02:11 web-1 app[9]: notice: nothing to strip here")
    assert f.message == "notice: nothing to strip here"


def test_go_logs_level_prefix_and_date_in_the_journal():
    """Receptor's Go log, `log.SetPrefix("WARNING ")` then Go's date: the level is the line's,
    its zone-less time an attribute (the journal's stands), as klog's is."""
    f = FORMAT.parse(
        "2024-06-07T07:10:34+00:00 exec01 receptor[988]: WARNING 2024/06/07 07:10:34 Backend"
        " connection exited (will retry)"
    )
    assert (f.level, f.service, f.message) == (
        "WARNING",
        "receptor",
        "Backend connection exited (will retry)",
    )
    assert (f.timestamp, f.attributes["time"]) == (
        "2024-06-07T07:10:34+00:00",
        "2024/06/07 07:10:34",
    )


def test_a_bracketed_level_opening_a_journal_message():
    """Elixir's Logger under systemd (Pleroma's): `[info] ` is the level, not the message's."""
    f = FORMAT.parse(
        "2024-06-07T06:00:07.084103+00:00 social pleroma[812]: [warning] Publisher failed to"
        " inbox https://x.example/inbox with status 502"
    )
    assert (f.level, f.message) == (
        "warning",
        "Publisher failed to inbox https://x.example/inbox with status 502",
    )


def test_a_long_message_cut_in_two_goes_on_under_its_prefix(tmp_path):
    """rtpengine cuts a message past its limit and writes the rest as another entry under the
    same prefix, after `... `: one event."""
    head = "2024-06-07T10:07:45.642117+00:00 rtp1 rtpengine[1402]: WARNING: [f31f34a5]: "
    text = (
        f"{head}[control] Protocol error in packet from 10.20.0.5:38217: Ran out of ports [d3:sdp\n"
        f"{head}... eived-froml3:IP412:203.0.113.50ee]\n"
        f"{head}[control] Protocol error in packet from 10.20.0.5:38218: Ran out of ports [d3:sdp\n"
        "2024-06-07T10:07:46.000000+00:00 rtp1 rtpengine[1402]: INFO: [x]: ... not a cut\n"
    )
    rows = stored_events(tmp_path, text, "line, message")
    assert [r[0] for r in rows] == [1, 3, 4]
    assert rows[0][1].endswith("... eived-froml3:IP412:203.0.113.50ee]")


def test_a_quoted_field_is_no_program_name():
    # A firewall that sends no tag (Zyxel's `src="ip:port" dst=... msg="..."`): rsyslog's file
    # layout ends the tag it takes at the first colon, inside the first field's quotes. Read
    # as a program, `src="203.0.113.77` left the message `500" dst=...`, every field cut.
    f = FORMAT.parse(
        'Jun  7 06:00:41 atp-store src="203.0.113.77: 500" dst="198.51.100.66:500"'
        ' msg="Recv:[HASH][NOTIFY:R_U_THERE]" note="IKE_LOG" cat="IKE"'
    )
    assert f is not None
    assert (f.host, f.service) == ("atp-store", None)
    assert f.message == "Recv:[HASH][NOTIFY:R_U_THERE]"
    assert f.attributes["src"] == "203.0.113.77: 500"
    assert f.attributes["cat"] == "IKE"


def test_klogs_head_after_a_runtimes_time_is_no_host(tmp_path):
    """Envoy Gateway's pod while the API server is down: client-go's klog lines behind
    `kubectl logs --timestamps` (`...Z W0607 09:39:26.159868  1 reflector.go:547] ...`) read as
    syslog's weak reading, host `W0607`, and made the file syslog's: its zap lines kept their
    head in the message. They are klog's, under the runtime's time."""
    line = (
        "2024-06-07T09:39:26.159868328Z W0607 09:39:26.159868       1 reflector.go:547] failed"
        ' to list *v1.Secret: Get "https://10.96.0.1:443/api/v1/secrets": connection refused'
    )
    assert FORMAT.parse(line) is None
    zap = (
        "2024-06-07T09:39:24.000000588Z 2024-06-07T09:39:24.000Z\tINFO\tprovider\t"
        'kubernetes/controller.go:122\tcreated gatewayapi controller\t{"runner": "provider"}'
    )
    rows = stored_events(tmp_path, "\n".join([zap] + [line] * 30) + "\n", "level, message")
    assert rows[0] == ("info", "created gatewayapi controller")
    assert rows[1][0] == "warning" and rows[1][1].startswith("failed to list *v1.Secret")
    # A host of that spelling before a program is still a host.
    f = FORMAT.parse("2024-06-07T09:39:26+00:00 W0607 sshd[42]: Accepted publickey for ops")
    assert (f.host, f.service) == ("W0607", "sshd")


def test_a_textual_facility_and_severity_then_the_host_after_an_iso_time():
    """Solace PubSub+'s event log: `<local3.info>` where a host goes, the host after it."""
    fields = FORMAT.parse(
        "2024-06-07T06:02:15.029+00:00 <local3.warning> sol-prod-01 event: CLIENT: "
        "CLIENT_CLIENT_DISCONNECT: prod #client/ops-dash-02 Client (5984) disconnected"
    )
    assert fields is not None
    assert (fields.host, fields.service, fields.level) == ("sol-prod-01", "event", "warning")
    assert fields.message.startswith("CLIENT: CLIENT_CLIENT_DISCONNECT: prod ")
    assert fields.attributes == {"facility": "local3"}


def test_an_ident_with_a_bracket_after_a_blank_and_a_level_before_the_message():
    # Back In Time's SysLogHandler: `backintime (user/profile): LEVEL: message`; unread, the
    # host, ident and level were every message's first words.
    f = FORMAT.parse(
        "2024-06-07T07:00:01.893792+02:00 lt-clara backintime (clara/1): INFO: "
        "Take a new snapshot. Profile: 1 Main profile"
    )
    assert f is not None
    assert (f.host, f.service, f.level) == ("lt-clara", "backintime", "info")
    assert f.message == "Take a new snapshot. Profile: 1 Main profile"
    assert f.attributes == {"ident": "clara/1"}
    # PostgreSQL's `ERROR:  ` (two blanks) is the statement's own head, left as it was.
    f = FORMAT.parse('Jun  7 06:00:01 db1 postgres[812]: ERROR:  relation "x" does not exist')
    assert f is not None
    assert f.message == 'ERROR:  relation "x" does not exist'


def test_openthreads_uptime_level_and_module_in_the_journal():
    # otbr-agent: the uptime had been taken for the time of day (under a day) or left in the
    # message (past a day), one statement a template on each host.
    for uptime in ("08:18:42.714", "2d.22:07:47.086"):
        f = FORMAT.parse(
            f"Jun 07 06:05:55.045308 otbr-living otbr-agent[612]: {uptime} [N] "
            "MeshForwarder-:     src:[fd4f::1]:5353"
        )
        assert f is not None
        assert (f.timestamp, f.level, f.logger) == (
            "Jun 07 06:05:55.045308",
            "notice",
            "MeshForwarder",
        )
        assert f.message == "    src:[fd4f::1]:5353"
        assert f.attributes == {"pid": 612, "uptime": uptime}


def test_ios_xrs_node_time_and_process_after_the_sequence_number():
    # rsyslog had taken the sequence number for the program, every line a service of its own.
    f = FORMAT.parse(
        "Jun  7 06:00:25 p1 43153: RP/0/RSP0/CPU0:Jun  7 06:00:25.828 UTC: snmpd[1130]: "
        "%SNMP-SNMP-3-AUTH : Received snmp request on unknown community from 10.9.1.50"
    )
    assert f is not None
    assert (f.host, f.service, f.level) == ("p1", "snmpd", "error")
    assert f.message == (
        "%SNMP-SNMP-3-AUTH : Received snmp request on unknown community from 10.9.1.50"
    )
