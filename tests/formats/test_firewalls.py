"""Firewalls' records named by the fields that say what happened (`formats.firewalls`): PAN-OS's
CSV records and pfSense's filterlog in syslog, FortiGate's key=value records. The lines are the
vendors' documented layouts (PAN-OS's syslog field descriptions, pfSense's filter log format,
FortiOS's log reference), as bench/heldout's round 57 simulates them."""

from __future__ import annotations

from errctl.formats.firewalls import filterlog_fields, fortigate_template, panos_fields
from errctl.formats.logfmt import FORMAT as LOGFMT
from errctl.formats.syslog import FORMAT as SYSLOG
from tests.ingest.stored import stored_events

PA_END_FIN = (
    "Jun  4 06:00:24 pa-fw1 1,2024/06/04 06:00:24,013201023417,TRAFFIC,end,2561,2024/06/04 06"
    ":00:23,10.10.2.29,185.199.108.133,198.51.100.10,0.0.0.0,users-out,,,quic,vsys1,trust,unt"
    "rust,ethernet1/2,ethernet1/1,splunk-fwd,2024/06/04 06:00:24,701946,1,22477,443,56135,0,0"
    "x400053,udp,allow,96010,32003,64007,108,2024/06/04 05:57:52,176,any,,1504482154,0x0,10.0"
    ".0.0-10.255.255.255,United States,0,54,54,tcp-fin,0,0,0,0,,pa-fw1,from-policy,,,0,,0,,N/"
    "A,0,0,0,0,e34240b3-28e5-4ff3-91e4-97501569df06,0,0"
)
PA_END_AGED = (
    "Jun  4 06:02:57 pa-fw1 1,2024/06/04 06:02:57,013201023417,TRAFFIC,end,2561,2024/06/04 06"
    ":02:56,10.10.1.153,8.8.8.8,198.51.100.10,0.0.0.0,users-out,,,google-base,vsys1,trust,unt"
    "rust,ethernet1/2,ethernet1/1,splunk-fwd,2024/06/04 06:02:57,972260,1,23807,443,62572,0,0"
    "x400053,tcp,allow,651963,217321,434642,726,2024/06/04 05:56:53,431,search-engines,,15044"
    "82161,0x0,10.0.0.0-10.255.255.255,United States,0,363,363,aged-out,0,0,0,0,,pa-fw1,from-"
    "policy,,,0,,0,,N/A,0,0,0,0,6b6bc1c5-ed85-4df4-8f67-99782ff10592,0,0"
)
PA_THREAT = (
    "Jun  4 06:09:15 pa-fw1 1,2024/06/04 06:09:15,013201023417,THREAT,url,2561,2024/06/04 06:"
    "09:14,10.10.1.136,71.6.199.250,0.0.0.0,0.0.0.0,users-out,,,web-browsing,vsys1,trust,untr"
    "ust,ethernet1/1,ethernet1/3,splunk-fwd,2024/06/04 06:09:15,681767,1,50652,443,0,0,0x8040"
    "2000,tcp,block-url,bb29a691.top/,(9999)(9999),malware,informational,client-to-server,150"
    "4483853,0x0,US,10.0.0.0-10.255.255.255,0,,0,,,,0,,,,,,,,0,0,0,0,,pa-fw1,,,,,,0,,,,8831-8"
    "599,"
)
PA_SYSTEM = (
    "Jun  4 06:00:32 pa-fw1 1,2024/06/04 06:00:32,013201023417,SYSTEM,auth,2561,2024/06/04 06"
    ":00:31,,auth-fail,,0,0,general,medium,\"failed authentication for user 'root'.  Reason: I"
    "nvalid username/password. auth profile 'local-admins', vsys 'shared', server profile '',"
    " server address '', From: 10.10.9.50.\",1504484319,0x0,0,0,0,0,,pa-fw1,0,0,2024-06-04T06:"
    "00:32.118+00:00"
)
PA_CONFIG = (
    "Jun  4 13:21:50 pa-fw2 1,2024/06/04 13:21:50,013201023418,CONFIG,0,2561,2024/06/04 13:21"
    ":48,10.10.9.15,,delete,admin,Web,Submitted,vsys  vsys1 rulebase security rules  temp-all"
    "ow-vendor,,,1140881677,0x0,0,0,0,0,,pa-fw2"
)
PF_TCP = (
    "Jun  4 06:00:03 192.168.1.1 filterlog[53021]: 5,,,1000000103,igb0,match,block,in,4,0x0,,"
    "210,25835,0,DF,6,tcp,52,71.6.199.129,203.0.113.34,36881,443,0,S,2428175620,,29200,,mss;s"
    "ackOK;TS;nop;wscale"
)
PF_UDP = (
    "Jun  4 06:08:18 192.168.1.1 filterlog[53021]: 5,,,1000000103,igb0,match,block,in,4,0x0,,"
    "138,8136,0,none,17,udp,149,185.220.101.70,203.0.113.34,6724,161,121"
)
FG_CLOSE = (
    'date=2024-06-04 time=06:01:45 devname="fgt-a" devid="FG100FTK22011274" eventtime=1717480'
    '905318379199 tz="+0000" logid="0000000013" type="traffic" subtype="forward" level="notic'
    'e" vd="root" srcip=10.10.2.45 srcport=52378 srcintf="port1" srcintfrole="lan" dstip=8.8.'
    '8.8 dstport=443 dstintf="wan1" dstintfrole="wan" srccountry="Reserved" dstcountry="Unite'
    'd States" sessionid=18934568 proto=6 action="close" policyid=5 policytype="policy" poluu'
    'id="9b1c2e4a-1f0b-51ee-6d3a-b4c1e0a8f271" policyname="LAN-to-Internet" service="HTTPS" t'
    'randisp="snat" transip=198.51.100.10 transport=11774 duration=519 sentbyte=39512 rcvdbyt'
    'e=158048 sentpkt=57 rcvdpkt=132 appcat="unscanned"'
)
FG_TIMEOUT = (
    'date=2024-06-04 time=13:06:03 devname="fgt-b" devid="FG100FTK22011873" eventtime=1717506'
    '363035173605 tz="+0000" logid="0000000013" type="traffic" subtype="forward" level="notic'
    'e" vd="root" srcip=10.10.3.85 srcport=51066 srcintf="port1" srcintfrole="lan" dstip=185.'
    '199.108.133 dstport=465 dstintf="wan1" dstintfrole="wan" srccountry="Reserved" dstcountr'
    'y="Netherlands" sessionid=18955485 proto=6 action="timeout" policyid=5 policytype="polic'
    'y" poluuid="9b1c2e4a-1f0b-51ee-6d3a-b4c1e0a8f271" policyname="LAN-to-Internet" service="'
    'SMTPS" trandisp="snat" transip=198.51.100.10 transport=32063 duration=1138 sentbyte=6793'
    '5 rcvdbyte=1630440 sentpkt=98 rcvdpkt=227 appcat="unscanned"'
)
FG_PSIPHON = (
    'date=2024-06-04 time=06:00:05 devname="fgt-a" devid="FG100FTK22011274" eventtime=1717480'
    '805869537274 tz="+0000" logid="1059028705" type="utm" subtype="app-ctrl" level="warning"'
    ' vd="root" eventtype="signature" appid=34361 srcip=10.10.2.235 dstip=80.82.77.104 srcpor'
    't=52307 dstport=443 srcintf="port1" dstintf="wan1" proto=6 service="tcp" direction="outg'
    'oing" policyid=5 sessionid=14408253 applist="default" action="block" appcat="Proxy" app='
    '"Psiphon" msg="Proxy: Psiphon,"'
)
FG_TOR = (
    'date=2024-06-04 time=06:12:29 devname="fgt-a" devid="FG100FTK22011274" eventtime=1717481'
    '549894641234 tz="+0000" logid="1059028705" type="utm" subtype="app-ctrl" level="warning"'
    ' vd="root" eventtype="signature" appid=17156 srcip=10.10.2.154 dstip=71.6.199.5 srcport='
    '64730 dstport=9001 srcintf="port1" dstintf="wan1" proto=6 service="tcp" direction="outgo'
    'ing" policyid=5 sessionid=15245488 applist="default" action="block" appcat="Proxy" app="'
    'Tor" msg="Proxy: Tor,"'
)
# pfSense's layout for IPv6 (the version's own columns: class, flow label, hop limit, protocol).
PF_V6 = (
    "Jun  4 06:03:10 192.168.1.1 filterlog[53021]: 5,,,1000000103,igb0,match,block,in,6,0x00,"
    "0x00000,255,ipv6-icmp,58,32,fe80::1,ff02::1,"
)


def _syslog(line):
    fields = SYSLOG.parse(line)
    assert fields is not None
    return fields


def test_panos_traffic_is_named_by_its_action_and_end_reason():
    fin, aged = _syslog(PA_END_FIN), _syslog(PA_END_AGED)
    assert (fin.template, aged.template) == (
        "TRAFFIC end allow tcp-fin",
        "TRAFFIC end allow aged-out",
    )
    assert fin.host == "pa-fw1" and fin.message == PA_END_FIN.split("pa-fw1 ", 1)[1]
    assert fin.attributes["proto"] == "udp" and fin.attributes["action"] == "allow"
    assert {"src", "dst", "dport", "rule", "app", "from_zone", "to_zone"} <= set(fin.attributes)


def test_panos_threat_config_and_system_records():
    threat = _syslog(PA_THREAT)
    assert threat.template == "THREAT url block-url"
    assert threat.attributes["category"] == "malware" and threat.level == "info"
    config = _syslog(PA_CONFIG)
    assert config.template == "CONFIG delete Submitted" and config.attributes["admin"] == "admin"
    system = _syslog(PA_SYSTEM)
    # A system record's description is its message, after its event id, and is mined.
    assert system.template is None
    assert system.message.startswith("auth-fail: failed authentication for user")
    assert (system.level, system.attributes["module"]) == ("warning", "general")


def test_filterlog_is_named_by_action_direction_version_and_protocol():
    tcp, udp, v6 = _syslog(PF_TCP), _syslog(PF_UDP), _syslog(PF_V6)
    assert tcp.service == "filterlog"
    assert (tcp.template, udp.template, v6.template) == (
        "filterlog block in IPv4 tcp",
        "filterlog block in IPv4 udp",
        "filterlog block in IPv6 ipv6-icmp",
    )
    assert tcp.attributes["interface"] == "igb0" and tcp.attributes["dport"] == "443"
    assert v6.attributes["src"] == "fe80::1" and "dport" not in v6.attributes
    assert filterlog_fields("5,,,1000000103") is None
    assert panos_fields("1,2024/06/04 06:00:21,013201023417,NOTATYPE,x") is None


def test_fortigate_records_are_named_by_their_kind_and_masked_message():
    close, timeout = LOGFMT.parse(FG_CLOSE), LOGFMT.parse(FG_TIMEOUT)
    assert close.template == "0000000013 traffic forward close"
    assert timeout.template == "0000000013 traffic forward timeout"
    psiphon, tor = LOGFMT.parse(FG_PSIPHON), LOGFMT.parse(FG_TOR)
    # The application and its category are the record's own fields: values in its `msg`.
    assert (
        psiphon.template == tor.template == ("1059028705 utm app-ctrl signature block: <*>: <*>,")
    )
    assert psiphon.message == "Proxy: Psiphon,"
    assert fortigate_template({"level": "info", "msg": "x"}) is None


def test_firewall_records_group_end_to_end(tmp_path):
    text = "\n".join([PA_END_FIN, PA_END_AGED, PF_TCP, PF_UDP, PF_V6]) + "\n"
    rows = stored_events(tmp_path, text, "line, template")
    assert [t for _line, t in sorted(rows)] == [
        "TRAFFIC end allow tcp-fin",
        "TRAFFIC end allow aged-out",
        "filterlog block in IPv4 tcp",
        "filterlog block in IPv4 udp",
        "filterlog block in IPv6 ipv6-icmp",
    ]
