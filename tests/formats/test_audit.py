"""Linux audit records as auditd writes them (shapes from the audit userspace's own docs and
RHEL's SELinux guide; written for these tests)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.audit import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

SYSCALL = (
    "type=SYSCALL msg=audit(1732874400.123:456): arch=c000003e syscall=59 success=yes exit=0 "
    'a0=55d5 ppid=1 pid=1234 auid=0 uid=0 comm="bash" exe="/usr/bin/bash" key="exec"'
)
USER_AUTH = (
    "node=web-1 type=USER_AUTH msg=audit(1732874401.456:457): pid=2345 uid=0 auid=4294967295 "
    'ses=4294967295 msg=\'op=PAM:authentication grantors=? acct="root" exe="/usr/sbin/sshd" '
    "hostname=203.0.113.9 addr=203.0.113.9 terminal=ssh res=failed'"
)
AVC = (
    "type=AVC msg=audit(1732874402.789:458): avc:  denied  { read } for  pid=3456 "
    'comm="nginx" name="index.html" dev="sda1" ino=1234 '
    "scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 "
    "tclass=file permissive=0"
)
ABEND = (
    "type=ANOM_ABEND msg=audit(1732874403.000:459): auid=1000 uid=1000 gid=1000 ses=2 pid=77 "
    'comm="worker" exe="/opt/app/worker" sig=11 res=1'
)


def test_a_syscall_record():
    f = FORMAT.parse(SYSCALL)
    assert (f.timestamp, f.level, f.host) == ("1732874400.123", "info", None)
    assert f.message.startswith("SYSCALL arch=c000003e syscall=59 success=yes")
    assert f.attributes["audit_serial"] == 456
    assert (f.attributes["comm"], f.attributes["exe"], f.attributes["key"]) == (
        "bash",
        "/usr/bin/bash",
        "exec",
    )


def test_a_user_space_record_is_opened_up_and_a_failure_is_a_warning():
    f = FORMAT.parse(USER_AUTH)
    assert (f.level, f.host) == ("warning", "web-1")
    # The quoted msg='...' is opened: its fields are the message's, not one masked value.
    assert "msg='" not in f.message and "res=failed" in f.message
    assert (f.attributes["acct"], f.attributes["res"], f.attributes["op"]) == (
        "root",
        "failed",
        "PAM:authentication",
    )


def test_a_denial_and_a_crash_are_errors():
    assert FORMAT.parse(AVC).level == "error"
    assert FORMAT.parse(AVC).attributes["tcontext"] == "unconfined_u:object_r:user_home_t:s0"
    assert FORMAT.parse(ABEND).level == "error"


def test_other_lines_are_not_audit_records():
    for line in (
        "type=SYSCALL something else",
        "type=AVC msg=audit(notatime:1): x",
        "level=info msg=hello",
        "",
    ):
        assert FORMAT.parse(line) is None


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse("type=AVC msg=audit(1732874402.789:458): " + text)
    FORMAT.parse(text)


def test_an_audit_log_is_detected_and_stored(tmp_path: Path):
    lines = [SYSCALL, USER_AUTH, AVC, ABEND]
    assert detect(lines).name == "audit"
    rows = stored_events(
        tmp_path, "\n".join(lines) + "\n", "line, level, strftime(timestamp, '%S.%g'), host"
    )
    assert rows == [
        (1, "info", "00.123", None),
        (2, "warning", "01.456", "web-1"),
        (3, "error", "02.789", None),
        (4, "error", "03.000", None),
    ]
