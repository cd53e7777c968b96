"""CEF and LEEF records, alone or as a syslog message, read by the syslog format (`cef.py`)."""

from errctl.formats.cef import cef_fields
from errctl.formats.registry import detect
from errctl.formats.syslog import FORMAT

FORTIGATE = (
    "Nov 27 12:00:00 fw01 CEF:0|Fortinet|FortiGate|7.0|0000000013|traffic:forward deny|5|"
    "src=10.0.0.5 dst=198.51.100.7 spt=50123 dpt=445 act=deny"
)


def test_a_syslog_message_is_read_as_its_record():
    f = FORMAT.parse(FORTIGATE)
    assert (f.timestamp, f.level, f.service, f.host, f.message) == (
        "Nov 27 12:00:00",
        "warning",
        "FortiGate",
        "fw01",
        "traffic:forward deny",
    )
    assert f.attributes == {
        "cef_version": 0,
        "vendor": "Fortinet",
        "product": "FortiGate",
        "product_version": "7.0",
        "event_class_id": "0000000013",
        "cef_severity": "5",
        "src": "10.0.0.5",
        "dst": "198.51.100.7",
        "spt": "50123",
        "dpt": "445",
        "act": "deny",
    }


def test_a_record_after_a_program_and_in_rfc5424():
    f = FORMAT.parse(
        "<134>1 2026-11-27T12:00:02Z ids01 - - - - CEF:0|Imperva|WAF|14.1|SQLi|"
        "SQL injection attempt|High|src=203.0.113.9 request=/login?id\\=1"
    )
    assert (f.level, f.service, f.host, f.message) == (
        "error",
        "WAF",
        "ids01",
        "SQL injection attempt",
    )
    assert f.attributes["request"] == "/login?id=1"
    f = FORMAT.parse("Nov 27 12:00:00 fw01 ossec[77]: CEF:0|OSSEC|ossec|3.7|5716|sshd: fail|10|")
    assert (f.level, f.service, f.attributes["pid"]) == ("critical", "ossec", 77)


def test_a_bare_record_values_with_blanks_and_escaped_bars():
    f = FORMAT.parse(
        "CEF:0|Trend Micro|Deep Security Agent|20.0|4000000|Eicar\\|test|6|cn1Label=Host ID"
        " msg=Realtime scan found malware rt=1795780800000"
    )
    assert (f.timestamp, f.level, f.service, f.message) == (
        "1795780800000",
        "warning",
        "Deep Security Agent",
        "Eicar|test",
    )
    assert (f.attributes["cn1Label"], f.attributes["msg"]) == (
        "Host ID",
        "Realtime scan found malware",
    )


def test_leef_1_and_2():
    f = FORMAT.parse("LEEF:1.0|Microsoft|MSExchange|2016|15345|src=10.50.1.1\tsev=7\tcat=anomaly")
    assert (f.level, f.service, f.message, f.template) == (
        "error",
        "MSExchange",
        "MSExchange 15345",
        "MSExchange 15345",
    )
    assert (f.attributes["src"], f.attributes["cat"]) == ("10.50.1.1", "anomaly")
    f = FORMAT.parse(
        "Nov 27 12:00:00 qradar01 LEEF:2.0|Lancope|StealthWatch|1.0|41|x5E|src=10.0.1.8^sev=2"
    )
    assert (f.level, f.host, f.attributes["src"], f.attributes["sev"]) == (
        "info",
        "qradar01",
        "10.0.1.8",
        "2",
    )


def test_what_is_not_a_record():
    assert cef_fields("CEF:x|a|b|c|d|e|5|") is None  # no version number
    assert cef_fields("CEF:0|a|b|c") is None  # a header cut short
    assert cef_fields("CEF:0|a|b|c|d|e|5|not pairs here") is None
    assert FORMAT.parse("CEFORE: started") is None
    assert FORMAT.parse("LEEF:1.0|a|b|c|d|no pairs") is None


def test_detection():
    lines = [FORTIGATE, FORTIGATE.replace("deny", "accept"), FORTIGATE.replace("fw01", "fw02")]
    assert detect(lines).name == "syslog"
    assert detect([line[21:] for line in lines]).name == "syslog"
