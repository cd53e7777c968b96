#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 205 (watchguard, zyxel, omada-controller, cisco-nxos, ruckus)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: the Omada controller and NX-OS write milliseconds,
the others whole seconds). Five network appliances and controllers, 06:00 to 12:00 on
2024-06-07; none of the five was in the set (SonicWall, FortiGate, Cisco IOS, Arista EOS, Aruba
and the UniFi controller are). Four of them send syslog to a collector whose rsyslog writes
RSYSLOG_TraditionalFileFormat: the tag ends at the first colon or blank (a colon is part of it)
and a blank is written before a message that does not start with one.

- WatchGuard Firebox, Fireware 12.10 (`fbx-hq.log`, an M470 at HQ; `fbx-branch.log`, a T45 in a
  branch: `Jun  7 06:00:35 FBX-HQ 80DA0A3C51E27 (2024-06-07T06:00:35) firewall:
  msg_id="3000-0148" Deny External Firebox 52 tcp 20 96 183.136.225.173 198.51.100.3 4605 1433
  offset 5 S 1886687791 win 1024  (Unhandled External Packet-00)`, the serial number taken for
  the tag): the packet filter's traffic records (`3000-0148`: scanners at both external
  interfaces, NetBIOS and SSDP from the trusted network, a branch camera recorder's NTP and DNS
  that no policy allows, HQ's monitoring pinging the branch box through the tunnel every minute,
  RDP to the terminal server; TCP, UDP and ICMP with their fields), the HTTPS proxy's logged
  requests (`2CFF-0000`, `msg="HTTPS Request"` with SNI and certificate) and WebBlocker's denials
  (`2CFF-0001`, `msg="ProxyDeny: HTTPS Request categories"`), the HTTP proxy's requests
  (`1AFF-0024`); an SSL VPN password spray on HQ 07:40-08:25 (`Authentication of %s user
  [%s@%s] from %s was rejected, password is incorrect`), staff's SSL VPN logins and logouts, the
  admin's Web UI sessions and saved configurations; the branch's fibre down 08:50-09:35 (the
  link monitor, `Interface %s is down`, `Multi-WAN failover from %s to %s` to an LTE modem behind
  CGNAT, HQ's `Dead peer detection (DPD) detected that peer %s:%d is dead`, the branch's `IKE
  phase-1 negotiation from %s:%d to %s:%d failed. ... Reason=Message retry timeout. ...` every
  40 s from the LTE address until the fibre is back, phase 1 successful and `IPSec tunnel is
  established. local:%s remote:%s ipsecSA:0x%s`), the tunnel's hourly rekeys.
- Zyxel ZLD 5.37 (`usgflex-hq.log`, a USG FLEX 200; `atp-store.log`, an ATP100 in a store:
  `Jun  7 06:01:15 atp-store src="185.224.128.119: 55421" dst="203.0.113.77:3389"
  msg="priority:9, from WAN to ZyWALL, TCP, service others, DROP" note="ACCESS BLOCK"
  user="unknown" devID="5c6a80e3f21b" cat="Security Policy Control" class="Access Control" ...`:
  ZLD writes no tag, so rsyslog takes `src="IP:` for one and puts a blank after it): the
  security policy's drops of scanners at both WAN addresses (TCP and UDP, and `ICMP type:%d`),
  HQ's logged RDP policy (`ACCEPT`), dead-peer detection on the idle site-to-site tunnel every
  two minutes (`Send:[HASH][NOTIFY:R_U_THERE]` from the store, HQ's `Recv:` and `Send:
  ...R_U_THERE_ACK]`, the store's `Recv:`), the store's DSL without upstream 09:10-09:40
  (`Interface %s connectivity check fail` / `pass`, HQ's `ISAKMP SA [%s] is disconnected`, the
  store's `Send Main Mode request to [%s]` every 30 s, `Recv Main Mode request from [%s]`, `[ID]
  : Tunnel [%s:%s:0x%s] built successfully` on both); an SSL VPN password spray on HQ 09:20-10:05
  (`Failed login attempt to Device from %s (incorrect password or inexistent username)`, `Address
  %s has been locked out for logging in` after five), staff's VPN sessions (`User %s(MAC=%s) from
  %s has logged in Device` / `logged out`), admins' (`Administrator ...`); content filtering
  (`%s:%s, Rule_name: %s, SSI:N`, `WEB BLOCK`), the store's DHCP leases (`DHCP server assigned %s
  to %s(%s)`).
- TP-Link Omada Software Controller 5.13 (`hq-server.log`, an office's; `shop-server.log`, a
  shop's: mbentley/omada-controller containers, logback's `%d{MM-dd-yyyy HH:mm:ss.SSS} %level
  [%thread] [%X{traceId}] %logger{..}(): %msg` with ProGuard's short names: `06-07-2024
  06:00:22.189 INFO [https-jsse-nio-8043-exec-8] [] c.t.s.o.c.u.d.a(): list local interface macs:
  [00-16-3E-5D-22-81, 02-42-91-C7-4A-0E]`): the periodic lines (`list local interface macs: %s`
  every minute, the device log service's `Failed to replace device name in log content,log
  omadaLogEnum:null, log key: %s`, Quartz's `receive scheduled event with identity (%s, %s) but
  did not execute because corresponding handler %s doesn't exist` every five minutes, the office's
  cloud heartbeat `send tp cloud heartbeat` / `heartbeat reponse: %s` every two minutes); the
  warehouse PoE switch losing power at 07:05 (it and four access points: `Device %s OmadacId(%s)
  changed to status %s, which don't need to handle.` with HEARTBEAT_MISSED, `disconnectDevice
  OmadacId(%s) DeviceMac(%s) failed, com.tplink.smb.ecsp.common.TransResult@%s[...]`,
  `MANAGED_BY_OWN Device %s on omadac %s is discovered.`, `got first inform of ...`, `first inform
  send same version config to ...`, CONNECTED); the office host rebooted at 09:15 (no shutdown
  lines; `success to load configuration omada.properties`, `going to start local mongod.`,
  `mongodb process id is %d`, `facadeMsgEnable is not enable, msg: %s` with three messages,
  `Mongo DB server started`, the driver's `Opened connection [...] to %s`, `Start NettyTcpServer
  bind ...`, `Omada Controller started`, `record: finished run omada tasks`, `Finished collection
  maintenance.`, every device informing again); a new EAP650 in the shop (`NO_MANAGED Device
  ...`, `send mini setting to ...`, three times `receive discovery when adopting, times[%d] reach
  limit, set adopt fail`, adopted after a factory reset: `receive adopt success event for
  TargetFirmwareOnDeviceAdoptSuccessSubscriber: TargetFirmwareEvent(...)`); the shop's outdoor
  EAP on a failing PoE injector; the shop's mongod killed at 10:40 and 11:05 (the driver's
  `Exception in monitor thread while connecting to server %s` with its stack, Spring's
  `Unexpected error occurred in scheduled task` with the wrapped MongoTimeoutException and its
  stack every ~11 s, mongo-check-thread starting mongod again, `Monitor thread successfully
  connected to server with description %s`).
- Cisco NX-OS 10.3 on Nexus 9300s (`spine.log`: spine1, spine2; `leaf1.log`: leaf1a, leaf1b;
  `leaf2.log`: the border leaves leaf2a, leaf2b; `logging timestamp milliseconds`: NX-OS sends
  `<189>: 2024 Jun  7 06:00:05.573 UTC: %...`, which has no RFC 3164 head, so rsyslog writes its
  own time, the sender's name and the tag `:` before it: `Jun  7 06:00:05 leaf1a : 2024 Jun  7
  06:00:05.573 UTC: %AUTHPRIV-3-SYSTEM_MSG: pam_aaa:Authentication failed for user svc_awx from
  10.40.2.15 - dcos_sshd[19391]`): the border leaves' edge ACL (`%ACLLOG-5-ACLLOG_FLOW_INTERVAL:
  Src IP: %s, Dst IP: %s, Src Port: %d, Dst Port: %d, Src Intf: %s, Protocol: "%s"(%d),
  Hit-count = %d`); AWX's compliance job failing to log in to all six switches every five
  minutes after a password rotation, until 10:10 (pam_aaa's failures, then pam_unix's session
  opened / closed); leaf1a's uplink optic (`%ETHPORT-3-IF_SFP_WARNING`, `-IF_SFP_ALARM`, the link
  flapping 07:20-07:48 on both ends with `%ETHPORT-5-IF_DOWN_LINK_FAILURE`, `%BGP-5-ADJCHANGE:
  bgp-%s [%d] (%s) neighbor %s Down - %s` / `Up`, `%ETHPORT-5-IF_UP: Interface %s is up in
  Layer3` after the `SPEED`, `IF_DUPLEX`, `IF_RX_FLOW_CONTROL` and `IF_TX_FLOW_CONTROL` lines,
  shut and replaced at 07:53); esx-07's bad cable flapping its port-channel member on leaf1b
  (`%ETH_PORT_CHANNEL-5-PORT_DOWN: %s: %s is down`, `IF_DOWN_PORT_CHANNEL_MEMBERS_DOWN`, `is up
  in mode %s`); leaf2b reloaded for an upgrade at 09:00 (leaf2a's peer-link members and
  port-channel, `%VPC-2-PEER_KEEP_ALIVE_RECV_FAIL`, `%VPC-5-ROLE_CHANGE`, the spines' BGP
  sessions, all of it coming back); a desk switch tripping BPDU guard (`%STP-2-BLOCK_BPDUGUARD`,
  `%ETHPORT-2-IF_DOWN_ERROR_DISABLED`); a VM's MAC flapping between Eth1/5 and Po20
  (`%L2FM-4-L2FM_MAC_MOVE`); spine2's second power supply (`%PLATFORM-2-PS_FAIL` / `PS_OK`);
  admins' sessions and `%VSHD-5-VSHD_SYSLOG_CONFIG_I`.
- Ruckus SmartZone 6.1, a two-node vSZ-H cluster forwarding its events (`vsz-node1.log`, HQ's
  14 APs; `vsz-node2.log`, the warehouse's 8: `Jun  7 06:00:49 vsz-node2 Core:
  @@202,clientJoin,"apMac"="34:20:E3:24:9C:89","clientMac"="ab:2d:69:7c:97:3b","ssid"="Scan",...`,
  every event its code, its name and its attributes in quotes): staff arriving and roaming on
  the 802.1X SSID (`@@206,clientAuthorization`, `@@202,clientJoin`, `@@209,clientRoaming`,
  `@@204,clientDisconnect` with byte counts, `@@205,clientInactivityTimeout`), guests on the
  portal SSID (`@@208,clientSessionExpiration`), the warehouse's scanners roaming all shift, a
  thermostat with an old passphrase failing to join every minute until 11:20
  (`@@203,clientJoinFailure`), the warehouse's PoE switch rebooting at 08:30
  (`@@312,apHeartbeatLost`, `@@303,apConnectionLost`, `@@302,apRebootBySystem`,
  `@@101,apDiscoverySucc`, `@@102,apStatusManaged`), NPS down 10:05-10:21
  (`@@1651,authSrvrNotReachable` from each node every minute, `@@207,clientAuthorizationFailure`),
  DFS radar and background scanning (`@@306,apChannelChanged`).

Label notes. The heads are context: the syslog time, host and tag; WatchGuard's serial number,
its `(time)` and the process (`firewall:`, `https-proxy[4148]:`); Zyxel's `src=` and `dst=`
and the fields after `msg` (`note=`, `user=`, `devID=`, `cat=`, ...); the Omada controller's
time, level, thread, trace id and logger; NX-OS's own time and the ` - dcos_sshd[%d]` its
SYSTEM_MSG relay appends; SmartZone's attributes. Record-like lines are labelled as round 106's
SonicWall and Sophos UTM, by the fields that say what happened: WatchGuard's traffic records by
`msg_id` and disposition (`3000-0148 Deny`: the interfaces, the protocol and its fields, the
policy are values), its proxy records by `msg_id`, disposition and `msg` (`2CFF-0000 Allow HTTPS
Request`), its event lines by `msg_id` and the text's format; SmartZone's events by code and
name (`202 clientJoin`); Zyxel's lines by `msg`'s format. A word the call site picks is wording
(Zyxel's `DROP` / `ACCEPT`, `User` / `Administrator`, `logged in` / `logged out`; NX-OS's `Up` /
`Down - %s`, `is up in Layer3` against `is up in mode %s`); a value from a table or an enum is a
variable (WatchGuard's user type, `SSLVPN` or `Firebox Management`; Omada's device status and
discovery kind; NX-OS's BGP reason, port mode, vPC role and SFP alarm name). A repr or a
toString is a message of its own and contributes its format (Omada's `OmadacId(%s)`,
`DeviceMac(%s)`, `TransResult@%s[...]`, `TargetFirmwareEvent(...)`; `facadeMsgEnable is not
enable, msg: %s` with each message its own label). Zyxel's ICMP type is written `ICMP type:%d`
where TCP and UDP write their name: a label of its own. Java stacks have no label.

Least sure (written from the helper's knowledge; WatchGuard's traffic and proxy record layouts,
Omada 5.x's layout and most of its messages and SmartZone's `@@306,apChannelChanged` attribute
list were checked against real lines quoted in issues and parsers' tests, rsyslog's tag rule
against pmrfc3164.c): WatchGuard's msg_ids other than 3000-0148, 2CFF-0000 and 1AFF-0024, and
its event texts (the authentication lines' reasons, `logged out`, `Configuration saved by %s@%s
from %s`, the link monitor and Multi-WAN lines, the IKE and DPD texts), and whether the HTTPS
proxy logs every allowed request; Zyxel's note and category names, its content-filter,
connectivity-check, lock-out, `ISAKMP SA` and tunnel texts (the DPD and Main Mode lines and the
policy and login texts are from real logs as remembered); Omada's cloud heartbeat period, the
HEARTBEAT_MISSED path, the adoption lines' order, the Spring error handler's thread and whether
the driver logs `Exception in monitor thread` once per outage; NX-OS's BGP reason text, the
ACLLOG field list for ICMP, `L2FM_MAC_MOVE`'s wording and the SFP lines; SmartZone's event codes
other than 306 and each event's attribute list.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any, weighted

SCAN_NETS = [
    "162.142.125",
    "167.94.138",
    "71.6.199",
    "80.82.77",
    "94.102.61",
    "141.98.11",
    "89.248.165",
    "185.224.128",
    "45.148.10",
    "193.163.125",
    "218.92.0",
    "61.177.172",
    "183.136.225",
    "79.124.62",
]
SCAN_PORTS = [
    (14, 23),
    (11, 22),
    (10, 3389),
    (8, 445),
    (6, 8080),
    (5, 5900),
    (4, 1433),
    (4, 3306),
    (4, 8443),
    (3, 6379),
    (3, 2222),
    (3, 5432),
    (2, 9200),
    (2, 81),
    (2, 8888),
    (2, 37215),
    (2, 52869),
    (1, 60001),
    (1, 5060),
    (1, 7547),
]


def scanner(r: random.Random) -> str:
    return f"{r.choice(SCAN_NETS)}.{r.randint(1, 254)}"


def port(r: random.Random) -> int:
    return weighted(r, SCAN_PORTS)  # type: ignore[return-value]


# ------------------------------------------------------------------------------- watchguard

WG_BOXES = {
    # key: file, host name, serial number, processes' pids
    "hq": (
        "fbx-hq.log",
        "FBX-HQ",
        "80DA0A3C51E27",
        {"https-proxy": 4148, "http-proxy": 2094, "sessiond": 1462, "admd": 1437, "iked": 1830},
    ),
    "br": (
        "fbx-branch.log",
        "FBX-BR01",
        "D0DE04A7B9F12",
        {"sessiond": 1378, "admd": 1352, "iked": 1722, "networkd": 1196},
    ),
}
WG_HQ_IPS = ["198.51.100.2", "198.51.100.3", "198.51.100.4"]
WG_BR_WAN, WG_BR_LTE = "203.0.113.130", "100.71.38.214"
WG_SNI = [
    # weight, sni, certificate cn, issuer
    (
        14,
        "outlook.office365.com",
        "outlook.com",
        "CN=DigiCert Cloud Services CA-1,O=DigiCert Inc,C=US",
    ),
    (
        12,
        "teams.microsoft.com",
        "teams.microsoft.com",
        "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
    ),
    (10, "www.google.com", "www.google.com", "CN=WR2,O=Google Trust Services,C=US"),
    (
        7,
        "login.microsoftonline.com",
        "stamp2.login.microsoftonline.com",
        "CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US",
    ),
    (
        6,
        "graph.microsoft.com",
        "graph.microsoft.com",
        "CN=Microsoft Azure RSA TLS Issuing CA 03,O=Microsoft Corporation,C=US",
    ),
    (5, "api.hubspot.com", "*.hubspot.com", "CN=GTS CA 1P5,O=Google Trust Services LLC,C=US"),
    (5, "slack.com", "slack.com", "CN=Amazon RSA 2048 M02,O=Amazon,C=US"),
    (
        4,
        "github.com",
        "github.com",
        "CN=Sectigo ECC Domain Validation Secure Server CA,O=Sectigo Limited,C=GB",
    ),
    (
        4,
        "www.linkedin.com",
        "www.linkedin.com",
        "CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US",
    ),
    (3, "update.googleapis.com", "*.googleapis.com", "CN=WR2,O=Google Trust Services,C=US"),
    (
        3,
        "zoom.us",
        "*.zoom.us",
        "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US",
    ),
    (2, "www.datev.de", "www.datev.de", "CN=D-TRUST EV 2023,O=D-Trust GmbH,C=DE"),
    (
        2,
        "s3.eu-central-1.amazonaws.com",
        "s3.eu-central-1.amazonaws.com",
        "CN=Amazon RSA 2048 M01,O=Amazon,C=US",
    ),
]
WG_BLOCKED = [
    # weight, category, sni
    (5, "Streaming Media", "www.netflix.com"),
    (4, "Streaming Media", "rr3---sn-4g5e6nsz.googlevideo.com"),
    (3, "Gambling", "www.bet365.com"),
    (3, "Games", "store.steampowered.com"),
    (2, "Malicious Sites", "cdn-update-check.xyz"),
    (1, "Peer-to-Peer", "tracker.opentrackr.org"),
]
WG_HTTP = [
    # weight, host, path, response size range
    (
        6,
        "ctldl.windowsupdate.com",
        "/msdownload/update/v3/static/trustedr/en/authrootstl.cab",
        (6000, 6400),
    ),
    (
        5,
        "ocsp.digicert.com",
        "/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ50otx%2Fh0Ztl%2Bz8SiPI7wEWVxDlQQUTiJUIBiV5uNu5g%2F6%2BrkS7QYXjzkCEAUZZSZEml49Gjh0j13P68w%3D",
        (1400, 1500),
    ),
    (4, "crl.microsoft.com", "/pki/crl/products/MicRooCerAut2011_2011_03_22.crl", (1000, 1100)),
    (3, "r3.o.lencr.org", "/", (500, 560)),
    (3, "deb.debian.org", "/debian/dists/bookworm/InRelease", (151000, 151500)),
    (
        2,
        "download.windowsupdate.com",
        "/c/msdownload/update/others/2024/06/41893212_{h}.cab",
        (48000, 910000),
    ),
    (2, "www.msftconnecttest.com", "/connecttest.txt", (22, 23)),
]
WG_STAFF = [
    "mkoch",
    "sbauer",
    "jwagner",
    "lfischer",
    "tschmidt",
    "ahoffmann",
    "kbecker",
    "nweber",
    "pschulz",
]
WG_GUESS = [
    "admin",
    "administrator",
    "test",
    "user",
    "vpn",
    "info",
    "sales",
    "backup",
    "support",
    "scanner",
    "guest",
    "office",
    "temp",
    "ftp",
    "webmaster",
]


def watchguard(r: random.Random) -> list[Log]:
    """Two Fireboxes (Fireware 12.10) sending syslog to one collector, 06:00 to 12:00: scanners
    at both external interfaces all day, the branch's fibre down 08:50-09:35 (the link monitor
    failing over to an LTE modem behind CGNAT, the branch office VPN failing to negotiate from it
    until the fibre is back), an SSL VPN password spray on HQ 07:40-08:25 and an admin adding the
    sprayers to the blocked sites."""
    fs = Files()
    hq_base = {k: v for k, v in WG_BOXES.items()}

    def W(box: str, t: datetime, proc: str, mid: str, label: str, body: str) -> datetime:
        f, host, serial, pids = hq_base[box]
        ident = proc if proc == "firewall" else f"{proc}[{pids[proc]}]"
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f'{syslog_ts(x)} {host} {serial} ({x:%Y-%m-%dT%H:%M:%S}) {ident}: msg_id="{mid}" {body}'
            ],
            (box, proc),
            1_000_000,
        )

    def seqn() -> int:
        return r.randint(10**8, 4 * 10**9)

    def tcp(
        box: str,
        t: datetime,
        disp: str,
        sif: str,
        dif: str,
        src: str,
        dst: str,
        sp: int,
        dp: int,
        policy: str,
        ttl: int,
    ) -> None:
        W(
            box,
            t,
            "firewall",
            "3000-0148",
            f"3000-0148 {disp}",
            f"{disp} {sif} {dif} {r.choice([40, 44, 52, 60])} tcp 20 {ttl} {src} {dst} {sp} {dp} offset {r.choice([5, 6, 8, 10])} S {seqn()} win {r.choice([1024, 8192, 29200, 64240, 65535])}  ({policy})",
        )

    def udp(
        box: str,
        t: datetime,
        disp: str,
        sif: str,
        dif: str,
        src: str,
        dst: str,
        sp: int,
        dp: int,
        plen: int,
        policy: str,
        ttl: int,
    ) -> None:
        W(
            box,
            t,
            "firewall",
            "3000-0148",
            f"3000-0148 {disp}",
            f"{disp} {sif} {dif} {plen} udp 20 {ttl} {src} {dst} {sp} {dp}  ({policy})",
        )

    # scanners at both external interfaces
    for t in poisson(r, T0, T_END, 48):
        dp = port(r)
        if r.random() < 0.86:
            tcp(
                "hq",
                t,
                "Deny",
                "External",
                "Firebox",
                scanner(r),
                r.choice(WG_HQ_IPS),
                r.randint(1024, 65535),
                dp,
                "Unhandled External Packet-00",
                r.randint(38, 245),
            )
        else:
            dp = r.choice([161, 123, 1900, 5060, 53, 500, 11211])
            udp(
                "hq",
                t,
                "Deny",
                "External",
                "Firebox",
                scanner(r),
                r.choice(WG_HQ_IPS),
                r.randint(1024, 65535),
                dp,
                r.choice([28, 40, 76, 92]),
                "Unhandled External Packet-00",
                r.randint(38, 245),
            )
    br_down = (at(8, 50, 12), at(9, 35, 40))
    for t in poisson(r, T0, T_END, 96):
        if in_any(t, [br_down]):
            continue
        tcp(
            "br",
            t,
            "Deny",
            "External",
            "Firebox",
            scanner(r),
            WG_BR_WAN,
            r.randint(1024, 65535),
            port(r),
            "Unhandled External Packet-00",
            r.randint(38, 245),
        )
    # NetBIOS, LLMNR and SSDP from the trusted network at HQ
    hq_pcs = [f"10.10.1.{n}" for n in (23, 31, 44, 57, 58, 62, 77, 91, 104, 118)]
    for t in poisson(r, T0, T_END, 150):
        src = r.choice(hq_pcs)
        kind = weighted(
            r,
            [
                (5, ("10.10.1.255", 137, 137, 78)),
                (3, ("10.10.1.255", 138, 138, 229)),
                (2, ("239.255.255.250", 1900, 1900, 202)),
            ],
        )
        dst, sp, dp, plen = kind  # type: ignore[misc]
        udp(
            "hq",
            t,
            "Deny",
            "Trusted",
            "Firebox",
            src,
            dst,
            sp if sp != 1900 else r.randint(50000, 65000),
            dp,
            plen,
            "Unhandled Internal Packet-00",
            128 if dp != 1900 else 1,
        )
    # a branch camera recorder trying public NTP and DNS servers that no policy allows
    for t in poisson(r, T0, T_END, 170):
        if in_any(t, [br_down]):
            continue
        dst, dp = r.choice(
            [("216.239.35.0", 123), ("216.239.35.4", 123), ("8.8.8.8", 53), ("8.8.4.4", 53)]
        )
        udp(
            "br",
            t,
            "Deny",
            "Trusted",
            "External",
            "10.20.0.40",
            dst,
            r.randint(30000, 60000) if dp == 53 else 123,
            dp,
            76 if dp == 123 else 61,
            "Unhandled Internal Packet-00",
            64,
        )
    # HQ's monitoring pings the branch box through the tunnel every minute
    vpn_down = (at(8, 50, 12), at(9, 36, 3))
    seq = 18211
    t = T0 + sec(7.4)
    while t < T_END:
        seq += 1
        if not in_any(t, [vpn_down]):
            W(
                "br",
                t,
                "firewall",
                "3000-0148",
                "3000-0148 Allow",
                f"Allow BOVPN-HQ Firebox 84 icmp 20 63 10.10.5.20 10.20.0.1 8 0 id={4501} seq={seq}  (Ping-00)",
            )
        t += sec(60 + r.uniform(-0.3, 0.3))
    # RDP to the terminal server, logged when allowed
    for t in poisson(r, at(6, 40), T_END, 330):
        tcp(
            "hq",
            t,
            "Allow",
            "External",
            "Servers",
            r.choice(["91.64.17.203", "84.141.90.12", "178.27.44.190", "92.211.8.77"]),
            "198.51.100.4",
            r.randint(49152, 65535),
            3389,
            "RDP-Gateway-00",
            r.randint(48, 116),
        )
    # the HTTPS proxy's logged requests, busier in office hours
    for t in poisson(r, T0, T_END, 52):
        if t < at(7, 0) and r.random() < 0.7:
            continue
        src = r.choice(hq_pcs)
        if r.random() < 0.16:
            cat, sni = weighted(r, [(w, (c, s)) for w, c, s in WG_BLOCKED])  # type: ignore[misc]
            W(
                "hq",
                t,
                "https-proxy",
                "2CFF-0001",
                "2CFF-0001 Deny ProxyDeny: HTTPS Request categories",
                f'Deny Trusted External tcp {src} {".".join(str(r.randint(2, 223)) for _ in range(4))} {r.randint(49152, 65535)} 443 msg="ProxyDeny: HTTPS Request categories" proxy_act="HTTPS-Client.Standard.1" cats="{cat}" sni="{sni}" (HTTPS-proxy-00)',
            )
            continue
        sni, cn, issuer = weighted(r, [(w, (s, c, i)) for w, s, c, i in WG_SNI])  # type: ignore[misc]
        W(
            "hq",
            t,
            "https-proxy",
            "2CFF-0000",
            "2CFF-0000 Allow HTTPS Request",
            f'Allow Trusted External tcp {src} {r.choice(["52.97", "13.107", "142.250", "20.190", "140.82", "104.18", "3.5"])}.{r.randint(1, 254)}.{r.randint(1, 254)} {r.randint(49152, 65535)} 443 msg="HTTPS Request" proxy_act="HTTPS-Client.Standard.1" rule_name="Default" sni="{sni}" cn="{cn}" cert_issuer="{issuer}" cert_subject="CN={cn}" action="allow" (HTTPS-proxy-00)',
        )
    for t in poisson(r, T0, T_END, 125):
        host, path, (lo, hi) = weighted(r, [(w, (h, p, s)) for w, h, p, s in WG_HTTP])  # type: ignore[misc]
        path = path.replace("{h}", hexid(r, 40))
        W(
            "hq",
            t,
            "http-proxy",
            "1AFF-0024",
            "1AFF-0024 Allow HTTP Request",
            f'Allow Trusted External tcp {r.choice([*hq_pcs, "10.10.3.12", "10.10.3.15"])} {r.choice(["93.184.215", "192.229.211", "23.55.163", "151.101.38"])}.{r.randint(1, 254)} {r.randint(49152, 65535)} 80 msg="HTTP Request" proxy_act="HTTP-Client.Standard.1" op="GET" dstname="{host}" arg="{path}" sent_bytes="{r.randint(310, 520)}" rcvd_bytes="{r.randint(lo, hi)}" elapsed_time="{r.uniform(0.008, 0.4):.6f} sec(s)" (HTTP-proxy-00)',
        )
    # staff on the SSL VPN in the morning, and logging out
    for u in WG_STAFF:
        tin = at(6, 25) + sec(r.uniform(0, 3.5 * 3600))
        ip = f"{r.choice(['91.64', '84.141', '178.27', '92.211', '31.16', '77.183'])}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        W(
            "hq",
            tin,
            "sessiond",
            "3E00-0004",
            "3E00-0004 Authentication of %s user [%s@%s] from %s was accepted",
            f"Authentication of SSLVPN user [{u}@AD-CORP] from {ip} was accepted",
        )
        if r.random() < 0.3:
            W(
                "hq",
                tin + sec(r.uniform(2, 30)),
                "sessiond",
                "3E00-0002",
                "3E00-0002 Authentication of %s user [%s@%s] from %s was rejected, password is incorrect",
                f"Authentication of SSLVPN user [{u}@AD-CORP] from {ip} was rejected, password is incorrect",
            )
            W(
                "hq",
                tin + sec(r.uniform(35, 60)),
                "sessiond",
                "3E00-0004",
                "3E00-0004 Authentication of %s user [%s@%s] from %s was accepted",
                f"Authentication of SSLVPN user [{u}@AD-CORP] from {ip} was accepted",
            )
        tout = tin + sec(r.uniform(1800, 4 * 3600))
        if tout < T_END:
            W(
                "hq",
                tout,
                "sessiond",
                "3E00-0003",
                "3E00-0003 %s user [%s@%s] from %s logged out",
                f"SSLVPN user [{u}@AD-CORP] from {ip} logged out",
            )
    # the password spray
    spray = ["45.135.232.19", "45.135.232.41", "194.26.29.113"]
    for t in poisson(r, at(7, 40, 5), at(8, 25, 30), 8.5):
        W(
            "hq",
            t,
            "sessiond",
            "3E00-0002",
            "3E00-0002 Authentication of %s user [%s@%s] from %s was rejected, password is incorrect",
            f"Authentication of SSLVPN user [{r.choice(WG_GUESS)}@AD-CORP] from {r.choice(spray)} was rejected, password is incorrect",
        )
    # the admin at 08:21: Web UI login, the blocked sites saved, logout
    for h, ta in [
        ("hq", at(8, 21, 14)),
        ("hq", at(10, 52, 40)),
        ("br", at(9, 48, 5)),
        ("br", at(10, 15, 33)),
    ]:
        W(
            h,
            ta,
            "admd",
            "3E00-0004",
            "3E00-0004 Authentication of %s user [%s@%s] from %s was accepted",
            "Authentication of Firebox Management user [admin@Firebox-DB] from 10.10.5.11 was accepted",
        )
        W(
            h,
            ta + sec(r.uniform(90, 400)),
            "admd",
            "0101-0002",
            "0101-0002 Configuration saved by %s@%s from %s",
            "Configuration saved by admin@Firebox-DB from 10.10.5.11",
        )
        W(
            h,
            ta + sec(r.uniform(420, 600)),
            "admd",
            "3E00-0003",
            "3E00-0003 %s user [%s@%s] from %s logged out",
            "Firebox Management user [admin@Firebox-DB] from 10.10.5.11 logged out",
        )
    W(
        "hq",
        at(7, 12, 40),
        "admd",
        "3E00-0002",
        "3E00-0002 Authentication of %s user [%s@%s] from %s was rejected, password is incorrect",
        "Authentication of Firebox Management user [admin@Firebox-DB] from 10.10.5.14 was rejected, password is incorrect",
    )
    # the branch's fibre: link monitor, failover to LTE, the tunnel down until failback
    W(
        "br",
        br_down[0],
        "networkd",
        "0200-0012",
        "0200-0012 Link monitor target %s on interface %s failed",
        "Link monitor target 8.8.8.8 on interface External failed",
    )
    W(
        "br",
        br_down[0] + sec(10),
        "networkd",
        "0200-0010",
        "0200-0010 Interface %s is down",
        "Interface External is down",
    )
    W(
        "br",
        br_down[0] + sec(11),
        "networkd",
        "0200-0020",
        "0200-0020 Multi-WAN failover from %s to %s",
        "Multi-WAN failover from External to External-2",
    )
    W(
        "hq",
        br_down[0] + sec(r.uniform(40, 55)),
        "iked",
        "0207-0021",
        "0207-0021 Dead peer detection (DPD) detected that peer %s:%d is dead. Gateway-Endpoint='%s'",
        f"Dead peer detection (DPD) detected that peer {WG_BR_WAN}:500 is dead. Gateway-Endpoint='gw-branch01.1'",
    )
    t = br_down[0] + sec(20)
    while t < br_down[1]:
        W(
            "br",
            t,
            "iked",
            "0207-0001",
            "0207-0001 IKE phase-1 negotiation from %s:%d to %s:%d failed. Gateway-Endpoint='%s' Reason=Message retry timeout. Check the connection between local gateway and remote gateway.",
            f"IKE phase-1 negotiation from {WG_BR_LTE}:4500 to {WG_HQ_IPS[0]}:500 failed. Gateway-Endpoint='gw-hq.1' Reason=Message retry timeout. Check the connection between local gateway and remote gateway.",
        )
        t += sec(r.uniform(38, 46))
    W(
        "br",
        br_down[1],
        "networkd",
        "0200-0011",
        "0200-0011 Interface %s is up",
        "Interface External is up",
    )
    W(
        "br",
        br_down[1] + sec(1),
        "networkd",
        "0200-0020",
        "0200-0020 Multi-WAN failover from %s to %s",
        "Multi-WAN failover from External-2 to External",
    )

    def tunnel(t: datetime) -> None:
        for box, loc, rem, me, peer in [
            ("br", "10.20.0.0/24", "10.10.0.0/16", WG_BR_WAN, WG_HQ_IPS[0]),
            ("hq", "10.10.0.0/16", "10.20.0.0/24", WG_HQ_IPS[0], WG_BR_WAN),
        ]:
            tt = t + sec(0 if box == "br" else 1)
            W(
                box,
                tt,
                "iked",
                "0207-0002",
                "0207-0002 IKE phase-1 negotiation from %s:%d to %s:%d is successful. Gateway-Endpoint='%s'",
                f"IKE phase-1 negotiation from {me}:500 to {peer}:500 is successful. Gateway-Endpoint='{'gw-hq.1' if box == 'br' else 'gw-branch01.1'}'",
            )
            W(
                box,
                tt + sec(1),
                "iked",
                "0207-0003",
                "0207-0003 IPSec tunnel is established. local:%s remote:%s ipsecSA:0x%s",
                f"IPSec tunnel is established. local:{loc} remote:{rem} ipsecSA:0x{hexid(r, 8)}",
            )

    tunnel(br_down[1] + sec(22))
    # phase-2 rekeys every hour
    for h in range(6, 12):
        tr = at(h, 17, 3)
        if in_any(tr, [vpn_down]):
            continue
        for box, loc, rem in [
            ("br", "10.20.0.0/24", "10.10.0.0/16"),
            ("hq", "10.10.0.0/16", "10.20.0.0/24"),
        ]:
            W(
                box,
                tr + sec(0 if box == "br" else 1),
                "iked",
                "0207-0003",
                "0207-0003 IPSec tunnel is established. local:%s remote:%s ipsecSA:0x%s",
                f"IPSec tunnel is established. local:{loc} remote:{rem} ipsecSA:0x{hexid(r, 8)}",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ zyxel

ZY_BOXES = {
    # key: file, host name, devID
    "hq": ("usgflex-hq.log", "usgflex-hq", "bcf2f8a91c4e"),
    "st": ("atp-store.log", "atp-store", "5c6a80e3f21b"),
}
ZY_HQ_WAN, ZY_ST_WAN = "198.51.100.66", "203.0.113.77"
ZY_CF = [
    # weight, host, category
    (6, "www.facebook.com", "Social Networking"),
    (5, "www.instagram.com", "Social Networking"),
    (4, "www.tiktok.com", "Social Networking"),
    (3, "www.twitch.tv", "Streaming Media"),
    (2, "www.pokerstars.eu", "Gambling"),
    (2, "www.bwin.com", "Gambling"),
    (1, "update-flashplayer-secure.top", "Malicious Sites"),
]
ZY_VPN_USERS = ["d.keller", "m.brandt", "s.yilmaz", "p.novak", "a.lehmann", "j.roth"]
ZY_DHCP = [
    ("POS-01", "00:1b:38:4c:a2:10"),
    ("POS-02", "00:1b:38:4c:a2:11"),
    ("POS-03", "00:1b:38:4c:a2:17"),
    ("BACKOFFICE-PC", "d4:5d:64:21:9e:0a"),
    ("HP-LaserJet-M404", "a0:d3:c1:5b:33:e8"),
    ("iPad-Lager", "f0:18:98:7a:c4:51"),
    ("Galaxy-Tab-A8", "8c:f5:a3:11:6d:92"),
    ("SCALE-DIGI-2", "00:0b:e4:02:91:3c"),
    ("Scanner-Zebra-TC21", "94:fb:29:6e:0c:45"),
    ("Scanner-Zebra-TC22", "94:fb:29:6e:0d:b2"),
    ("AXIS-M3106", "b8:a4:4f:4a:c9:7e"),
    ("Yealink-T46U", "80:5e:c0:3f:18:aa"),
]


def zyxel(r: random.Random) -> list[Log]:
    """A USG FLEX 200 at HQ and an ATP100 in a store (ZLD 5.37), syslog to one collector, 06:00 to
    12:00: scanners at both WAN addresses, the store's DSL without upstream 09:10-09:40 (the
    connectivity check failing, the store retrying Main Mode, HQ dropping the tunnel), dead-peer
    checks on the idle tunnel every two minutes, an SSL VPN password spray on HQ 09:20-10:05 with
    lock-outs, content filtering, the store's DHCP leases."""
    fs = Files()

    def Z(
        box: str,
        t: datetime,
        label: str,
        src: str,
        dst: str,
        msg: str,
        note: str,
        user: str,
        cat: str,
        extra: str = "",
    ) -> datetime:
        f, host, dev = ZY_BOXES[box]
        tail = f" {extra}" if extra else ""
        # rsyslog ends the tag at the first colon (`src="IP:`) and writes a blank before a
        # message that does not start with one (RSYSLOG_TraditionalFileFormat)
        head = f'src="{src}"'
        if ":" in head:
            head = head.replace(":", ": ", 1)
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f'{syslog_ts(x)} {host} {head} dst="{dst}" msg="{msg}" note="{note}" user="{user}" devID="{dev}" cat="{cat}"{tail}'
            ],
            box,
            1_000_000,
        )

    def policy(
        box: str,
        t: datetime,
        prio: int,
        fz: str,
        tz: str,
        proto: str,
        service: str,
        action: str,
        src: str,
        dst: str,
        d: str,
        pid: int,
    ) -> None:
        if proto.startswith("ICMP"):
            label = f"priority:%d, from %s to %s, ICMP type:%d, service %s, {action}"
        else:
            label = f"priority:%d, from %s to %s, %s, service %s, {action}"
        Z(
            box,
            t,
            label,
            src,
            dst,
            f"priority:{prio}, from {fz} to {tz}, {proto}, service {service}, {action}",
            "ACCESS BLOCK" if action == "DROP" else "ACCESS FORWARD",
            "unknown",
            "Security Policy Control",
            f'class="Access Control" ob="0" ob_mac="000000000000" dir="{d}" protoID={pid} proto="{service if service != "others" else "others"}"',
        )

    st_down = (at(9, 10, 31), at(9, 40, 12))
    for box, wan, mean, idx in [("hq", ZY_HQ_WAN, 40, 11), ("st", ZY_ST_WAN, 88, 9)]:
        for t in poisson(r, T0, T_END, mean):
            if box == "st" and in_any(t, [st_down]):
                continue
            x = r.random()
            if x < 0.8:
                dp = port(r)
                policy(
                    box,
                    t,
                    idx,
                    "WAN",
                    "ZyWALL",
                    "TCP",
                    "others",
                    "DROP",
                    f"{scanner(r)}:{r.randint(1024, 65535)}",
                    f"{wan}:{dp}",
                    "WAN1:ZyWALL",
                    6,
                )
            elif x < 0.92:
                dp = r.choice([161, 123, 1900, 5060, 53, 500, 11211, 137])
                policy(
                    box,
                    t,
                    idx,
                    "WAN",
                    "ZyWALL",
                    "UDP",
                    "others",
                    "DROP",
                    f"{scanner(r)}:{r.randint(1024, 65535)}",
                    f"{wan}:{dp}",
                    "WAN1:ZyWALL",
                    17,
                )
            else:
                policy(
                    box,
                    t,
                    idx,
                    "WAN",
                    "ZyWALL",
                    "ICMP type:8",
                    "others",
                    "DROP",
                    f"{scanner(r)}:0",
                    f"{wan}:0",
                    "WAN1:ZyWALL",
                    1,
                )
    # HQ logs the remote-desktop policy's accepted connections
    rdp_clients = [f"192.168.10.{n}" for n in (21, 22, 35, 48, 52, 60, 71)]
    for t in poisson(r, at(6, 50), T_END, 150):
        policy(
            "hq",
            t,
            4,
            "LAN1",
            "DMZ",
            "TCP",
            "RDP",
            "ACCEPT",
            f"{r.choice(rdp_clients)}:{r.randint(49152, 65535)}",
            f"192.168.50.{r.choice([10, 11])}:3389",
            "LAN1:DMZ",
            6,
        )
    # dead-peer detection on the idle site-to-site tunnel
    st_tunnel_down = (st_down[0], at(9, 41, 2))
    t = T0 + sec(41)
    while t < T_END:
        if not in_any(t, [st_tunnel_down]):
            Z(
                "st",
                t,
                "Send:[HASH][NOTIFY:R_U_THERE]",
                f"{ZY_ST_WAN}:500",
                f"{ZY_HQ_WAN}:500",
                "Send:[HASH][NOTIFY:R_U_THERE]",
                "IKE_LOG",
                "unknown",
                "IKE",
            )
            Z(
                "hq",
                t + sec(r.uniform(0.02, 0.2)),
                "Recv:[HASH][NOTIFY:R_U_THERE]",
                f"{ZY_ST_WAN}:500",
                f"{ZY_HQ_WAN}:500",
                "Recv:[HASH][NOTIFY:R_U_THERE]",
                "IKE_LOG",
                "unknown",
                "IKE",
            )
            Z(
                "hq",
                t + sec(r.uniform(0.2, 0.4)),
                "Send:[HASH][NOTIFY:R_U_THERE_ACK]",
                f"{ZY_HQ_WAN}:500",
                f"{ZY_ST_WAN}:500",
                "Send:[HASH][NOTIFY:R_U_THERE_ACK]",
                "IKE_LOG",
                "unknown",
                "IKE",
            )
            Z(
                "st",
                t + sec(r.uniform(0.4, 0.7)),
                "Recv:[HASH][NOTIFY:R_U_THERE_ACK]",
                f"{ZY_HQ_WAN}:500",
                f"{ZY_ST_WAN}:500",
                "Recv:[HASH][NOTIFY:R_U_THERE_ACK]",
                "IKE_LOG",
                "unknown",
                "IKE",
            )
        t += sec(120 + r.uniform(-1, 1))
    # the store's DSL loses its upstream
    Z(
        "st",
        st_down[0],
        "Interface %s connectivity check fail",
        "0.0.0.0",
        "0.0.0.0",
        "Interface wan1 connectivity check fail",
        "CONNECTIVITY_CHECK",
        "unknown",
        "Connectivity Check",
    )
    Z(
        "hq",
        st_down[0] + sec(r.uniform(95, 110)),
        "ISAKMP SA [%s] is disconnected",
        f"{ZY_HQ_WAN}:500",
        f"{ZY_ST_WAN}:500",
        "ISAKMP SA [STORE_GW] is disconnected",
        "IKE_LOG",
        "unknown",
        "IKE",
    )
    t = st_down[0] + sec(14)
    while t < st_down[1]:
        Z(
            "st",
            t,
            "Send Main Mode request to [%s]",
            f"{ZY_ST_WAN}:500",
            f"{ZY_HQ_WAN}:500",
            f"Send Main Mode request to [{ZY_HQ_WAN}]",
            "IKE_LOG",
            "unknown",
            "IKE",
        )
        t += sec(r.uniform(29, 31))
    Z(
        "st",
        st_down[1],
        "Interface %s connectivity check pass",
        "0.0.0.0",
        "0.0.0.0",
        "Interface wan1 connectivity check pass",
        "CONNECTIVITY_CHECK",
        "unknown",
        "Connectivity Check",
    )
    tb = st_down[1] + sec(r.uniform(8, 20))
    Z(
        "st",
        tb,
        "Send Main Mode request to [%s]",
        f"{ZY_ST_WAN}:500",
        f"{ZY_HQ_WAN}:500",
        f"Send Main Mode request to [{ZY_HQ_WAN}]",
        "IKE_LOG",
        "unknown",
        "IKE",
    )
    Z(
        "hq",
        tb + sec(0.3),
        "Recv Main Mode request from [%s]",
        f"{ZY_ST_WAN}:500",
        f"{ZY_HQ_WAN}:500",
        f"Recv Main Mode request from [{ZY_ST_WAN}]",
        "IKE_LOG",
        "unknown",
        "IKE",
    )
    spi = hexid(r, 8)
    Z(
        "hq",
        tb + sec(1.5),
        "[ID] : Tunnel [%s:%s:0x%s] built successfully",
        f"{ZY_HQ_WAN}:500",
        f"{ZY_ST_WAN}:500",
        f"[ID] : Tunnel [STORE_GW:STORE_VPN:0x{spi}] built successfully",
        "IKE_LOG",
        "unknown",
        "IKE",
    )
    Z(
        "st",
        tb + sec(1.8),
        "[ID] : Tunnel [%s:%s:0x%s] built successfully",
        f"{ZY_ST_WAN}:500",
        f"{ZY_HQ_WAN}:500",
        f"[ID] : Tunnel [HQ_GW:HQ_VPN:0x{hexid(r, 8)}] built successfully",
        "IKE_LOG",
        "unknown",
        "IKE",
    )
    # content filtering at HQ
    hq_pcs = [f"192.168.10.{n}" for n in (21, 22, 35, 48, 52, 60, 71, 83, 90, 112, 131, 140)]
    for t in poisson(r, at(6, 30), T_END, 260):
        host, cat = weighted(r, [(w, (h, c)) for w, h, c in ZY_CF])  # type: ignore[misc]
        Z(
            "hq",
            t,
            "%s:%s, Rule_name: %s, SSI:N",
            f"{r.choice(hq_pcs)}:{r.randint(49152, 65535)}",
            f"{r.choice(['157.240.0', '31.13.84', '104.18.32', '151.101.2', '23.211.124'])}.{r.randint(1, 250)}:443",
            f"{host}:{cat}, Rule_name: CF_Staff, SSI:N",
            "WEB BLOCK",
            "unknown",
            "Content Filter",
            'class="Content Filter" ob="0" ob_mac="000000000000" dir="LAN1:WAN1" protoID=6 proto="https"',
        )
    # the store's DHCP server (one-hour leases, renewed at half-time)
    for name, hw in ZY_DHCP:
        t = at(6, 0) + sec(r.uniform(0, 1800))
        if name.startswith(("iPad", "Galaxy", "Scanner")):
            t = at(7, 45) + sec(r.uniform(0, 900))
        n = r.randint(20, 200)
        while t < T_END:
            Z(
                "st",
                t,
                "DHCP server assigned %s to %s(%s)",
                "0.0.0.0:67",
                f"192.168.20.{n}:68",
                f"DHCP server assigned 192.168.20.{n} to {name}({hw})",
                "DHCP ACK",
                "unknown",
                "DHCP",
            )
            t += sec(1800 + r.uniform(-20, 20))
    # the SSL VPN spray at HQ and its lock-outs; staff logging in and out
    spray = [
        f"{n}.{r.randint(2, 250)}"
        for n in [
            "103.145.13",
            "103.145.13",
            "185.16.38",
            "92.118.39",
            "45.95.147",
            "179.60.147",
            "5.181.86",
            "147.78.47",
            "193.35.18",
            "87.120.84",
        ]
    ]
    locked: dict[str, datetime] = {}
    fails: dict[str, int] = {}
    for t in poisson(r, at(9, 20, 3), at(10, 5, 40), 8.7):
        ip = r.choice(spray)
        if ip in locked and t < locked[ip]:
            continue
        Z(
            "hq",
            t,
            "Failed login attempt to Device from %s (incorrect password or inexistent username)",
            f"{ip}:{r.randint(30000, 65000)}",
            f"{ZY_HQ_WAN}:443",
            "Failed login attempt to Device from ssl vpn (incorrect password or inexistent username)",
            f"Account: {r.choice(WG_GUESS)}",
            "unknown",
            "User",
        )
        fails[ip] = fails.get(ip, 0) + 1
        if fails[ip] % 5 == 0:
            Z(
                "hq",
                t + sec(0.5),
                "Address %s has been locked out for logging in",
                f"{ip}:0",
                f"{ZY_HQ_WAN}:443",
                f"Address {ip} has been locked out for logging in",
                "Account: -",
                "unknown",
                "User",
            )
            locked[ip] = t + sec(300)
    for u in ZY_VPN_USERS:
        ip = f"{r.choice(['91.64', '84.141', '31.16', '77.183', '95.90'])}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        tin = at(6, 40) + sec(r.uniform(0, 3 * 3600))
        for _ in range(r.randint(1, 3)):
            if tin >= T_END:
                break
            Z(
                "hq",
                tin,
                "User %s(MAC=%s) from %s has logged in Device",
                f"{ip}:{r.randint(30000, 65000)}",
                f"{ZY_HQ_WAN}:443",
                f"User {u}(MAC=-) from ssl vpn has logged in Device",
                f"Account: {u}",
                u,
                "User",
            )
            tout = tin + sec(r.uniform(600, 5400))
            if tout < T_END:
                Z(
                    "hq",
                    tout,
                    "User %s(MAC=%s) from %s has logged out Device",
                    f"{ip}:{r.randint(30000, 65000)}",
                    f"{ZY_HQ_WAN}:443",
                    f"User {u}(MAC=-) from ssl vpn has logged out Device",
                    f"Account: {u}",
                    u,
                    "User",
                )
            tin = tout + sec(r.uniform(300, 3600))
    for box, ta, via in [
        ("hq", at(10, 7, 12), "http/https"),
        ("hq", at(11, 20, 3), "ssh"),
        ("st", at(9, 44, 51), "http/https"),
    ]:
        Z(
            box,
            ta,
            "Administrator %s(MAC=%s) from %s has logged in Device",
            "192.168.10.35:52114",
            "192.168.10.1:443",
            f"Administrator admin(MAC=-) from {via} has logged in Device",
            "Account: admin",
            "admin",
            "User",
        )
        Z(
            box,
            ta + sec(r.uniform(300, 900)),
            "Administrator %s(MAC=%s) from %s has logged out Device",
            "192.168.10.35:52114",
            "192.168.10.1:443",
            f"Administrator admin(MAC=-) from {via} has logged out Device",
            "Account: admin",
            "admin",
            "User",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------- omada-controller

OM_SITES = {
    # key: file, omadacId, the host's interface MACs, devices (mac, model, kind)
    "hq": (
        "hq-server.log",
        "4a1e6c0f92b37d58e2c1a9f0b6d4e837",
        "[52-54-00-3A-91-C4, 02-42-5F-0B-11-7E, 02-42-AC-11-00-01]",
        [
            ("3C-52-A1-7E-20-C8", "ER7206 v1.0", "gateway"),
            ("B0-19-21-5C-D4-02", "TL-SG3428 v2.0", "switch"),
            ("B0-19-21-5C-D7-9A", "TL-SG3428 v2.0", "switch"),
            ("98-25-4A-1F-06-E3", "TL-SG2210MP v1.0", "switch-wh"),
            ("A8-42-A1-0D-3E-50", "EAP660 HD v1.0", "ap"),
            ("A8-42-A1-0D-3E-8C", "EAP660 HD v1.0", "ap"),
            ("A8-42-A1-0D-41-12", "EAP660 HD v1.0", "ap"),
            ("5C-A6-E6-92-0B-74", "EAP650 v1.0", "ap"),
            ("5C-A6-E6-92-0C-1A", "EAP650 v1.0", "ap"),
            ("5C-A6-E6-92-10-F6", "EAP650 v1.0", "ap"),
            ("5C-A6-E6-92-11-3D", "EAP650 v1.0", "ap-wh"),
            ("5C-A6-E6-92-12-88", "EAP650 v1.0", "ap-wh"),
            ("5C-A6-E6-92-14-07", "EAP650 v1.0", "ap-wh"),
            ("60-A4-B7-31-8E-2C", "EAP245 v3.0", "ap-wh"),
        ],
    ),
    "shop": (
        "shop-server.log",
        "9d02b7e41c6a4f38a5e0d21b7c94f6a3",
        "[00-16-3E-5D-22-81, 02-42-91-C7-4A-0E]",
        [
            ("E4-C3-2A-60-91-7B", "ER605 v2.0", "gateway"),
            ("84-D8-1B-4E-02-C6", "TL-SG2008P v1.0", "switch"),
            ("68-DD-B7-22-5F-30", "EAP225 v3.0", "ap"),
            ("68-DD-B7-22-61-A4", "EAP225 v3.0", "ap"),
            ("30-68-93-7C-15-E9", "EAP610-Outdoor v1.0", "ap-out"),
        ],
    ),
}
OM_LOG_KEYS = [
    (9, "OSG_DHCP_S"),
    (6, "SW_PORT_LINK_UP"),
    (6, "SW_PORT_LINK_DOWN"),
    (4, "OSG_DHCP_C"),
    (3, "OSG_ONLINE_DETECT_OK"),
    (2, "SW_STP_TOPOLOGY_CHANGE"),
    (2, "EAP_ROGUE_AP_DETECTED"),
    (1, "OSG_IPSEC_SA_UP"),
]
OM_MONGO_FRAMES = [
    "com.mongodb.MongoSocketOpenException: Exception opening socket",
    "\tat com.mongodb.internal.connection.SocketStream.open(SocketStream.java:70)",
    "\tat com.mongodb.internal.connection.InternalStreamConnection.open(InternalStreamConnection.java:180)",
    "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.lookupServerDescription(DefaultServerMonitor.java:188)",
    "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:144)",
    "\tat java.lang.Thread.run(Thread.java:750)",
    "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
    "\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
    "\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
    "\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
    "\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
    "\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
    "\tat java.net.Socket.connect(Socket.java:607)",
    "\tat com.mongodb.internal.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:107)",
    "\tat com.mongodb.internal.connection.SocketStream.initializeSocket(SocketStream.java:79)",
    "\tat com.mongodb.internal.connection.SocketStream.open(SocketStream.java:65)",
    "\t... 4 common frames omitted",
]
OM_TASK_FRAMES = [
    "\tat org.springframework.data.mongodb.core.MongoExceptionTranslator.translateExceptionIfPossible(MongoExceptionTranslator.java:95)",
    "\tat org.springframework.data.mongodb.core.MongoTemplate.potentiallyConvertRuntimeException(MongoTemplate.java:3044)",
    "\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2980)",
    "\tat org.springframework.data.mongodb.core.MongoTemplate.doFind(MongoTemplate.java:2660)",
    "\tat org.springframework.data.mongodb.core.MongoTemplate.find(MongoTemplate.java:888)",
    "\tat com.tplink.smb.omada.common.dao.a.a(SourceFile:212)",
    "\tat com.tplink.smb.omada.manager.device.task.c.run(SourceFile:84)",
    "\tat org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)",
    "\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)",
    "\tat java.util.concurrent.FutureTask.runAndReset(FutureTask.java:308)",
    "\tat java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.access$301(ScheduledThreadPoolExecutor.java:180)",
    "\tat java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:294)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:750)",
    "Caused by: com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=127.0.0.1:27217, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]",
    "\tat com.mongodb.internal.connection.BaseCluster.getDescription(BaseCluster.java:177)",
    "\tat com.mongodb.internal.connection.SingleServerCluster.getDescription(SingleServerCluster.java:41)",
    "\tat com.mongodb.client.internal.MongoClientDelegate.getConnectedClusterDescription(MongoClientDelegate.java:147)",
    "\tat com.mongodb.client.internal.MongoClientDelegate.createClientSession(MongoClientDelegate.java:98)",
    "\tat com.mongodb.client.internal.MongoClientDelegate$DelegateOperationExecutor.getClientSession(MongoClientDelegate.java:278)",
    "\tat com.mongodb.client.internal.MongoClientDelegate$DelegateOperationExecutor.execute(MongoClientDelegate.java:182)",
    "\tat com.mongodb.client.internal.MongoIterableImpl.execute(MongoIterableImpl.java:135)",
    "\tat com.mongodb.client.internal.MongoIterableImpl.iterator(MongoIterableImpl.java:92)",
    "\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2969)",
    "\t... 11 common frames omitted",
]


def omada_controller(r: random.Random) -> list[Log]:
    """Two Omada Software Controllers (5.13 in mbentley/omada-controller containers), an office's
    and a shop's, 06:00 to 12:00: the warehouse PoE switch losing power at 07:05 (it and the four
    access points behind it missing heartbeats, disconnected, rediscovered, informing again), the
    office host rebooted for a kernel update at 09:15 (the controller's start-up, every device
    informing again), a new EAP650 in the shop failing adoption three times and adopted after a
    factory reset, the shop's outdoor EAP on a failing PoE injector, the shop's mongod killed for
    memory at 10:40 and 11:05 (the driver's monitor exception, scheduled tasks failing with
    Spring's wrapped MongoTimeoutException, mongo-check-thread starting it again)."""
    fs = Files()
    ctr = {"hq": 0, "shop": 0}

    def Om(
        site: str, t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        f = OM_SITES[site][0]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%m-%d-%Y %H:%M:%S}.{x.microsecond // 1000:03d} {level} [{thread}] [] {logger}(): {lines[0]}",
                *lines[1:],
            ],
            site,
            1000,
        )

    def wg(name: str, n: int = 16) -> str:
        return f"{name}-{r.randrange(n)}"

    def status(site: str, t: datetime, mac: str, st: str) -> datetime:
        oid = OM_SITES[site][1]
        return Om(
            site,
            t,
            "INFO",
            wg("manage-work-group"),
            "c.t.s.o.m.d.p.t.c",
            "Device %s OmadacId(%s) changed to status %s, which don't need to handle.",
            [f"Device {mac} OmadacId({oid}) changed to status {st}, which don't need to handle."],
        )

    def inform(site: str, t: datetime, mac: str) -> datetime:
        oid = OM_SITES[site][1]
        t = Om(
            site,
            t,
            "INFO",
            wg("manage-work-group"),
            "c.t.s.o.m.d.d.m.i.a",
            "got first inform of OmadacId(%s) DeviceMac(%s)",
            [f"got first inform of OmadacId({oid}) DeviceMac({mac})"],
        )
        t = Om(
            site,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            wg("manage-work-group"),
            "c.t.s.o.m.d.d.m.i.d",
            "first inform send same version config to OmadacId(%s) DeviceMac(%s)",
            [f"first inform send same version config to OmadacId({oid}) DeviceMac({mac})"],
        )
        return status(site, t + sec(r.uniform(0.5, 2.5)), mac, "CONNECTED")

    def discovered(site: str, t: datetime, mac: str, how: str) -> datetime:
        oid = OM_SITES[site][1]
        return Om(
            site,
            t,
            "INFO",
            wg("discovery-work-group", 2),
            "c.t.s.o.m.d.d.m.d.a",
            "%s Device %s on omadac %s is discovered.",
            [f"{how} Device {mac} on omadac {oid} is discovered."],
        )

    def lost(site: str, t: datetime, mac: str, back: float) -> None:
        oid = OM_SITES[site][1]
        t = status(site, t, mac, "HEARTBEAT_MISSED")
        t = Om(
            site,
            t + sec(r.uniform(28, 32)),
            "WARN",
            wg("discovery-work-group", 2),
            "c.t.s.o.m.d.p.t.e",
            "disconnectDevice OmadacId(%s) DeviceMac(%s) failed, com.tplink.smb.ecsp.common.TransResult@%s[addressDTO=<null>,errCode=%d,msg=%s,result=%d]",
            [
                f"disconnectDevice OmadacId({oid}) DeviceMac({mac}) failed, com.tplink.smb.ecsp.common.TransResult@{hexid(r, 8).lstrip('0')}[addressDTO=<null>,errCode=9500,msg=ERR_CLOSE_CHANNEL_FAILED,result=9500]"
            ],
        )
        t = discovered(site, t + sec(back), mac, "MANAGED_BY_OWN")
        inform(site, t + sec(r.uniform(2, 6)), mac)

    def mongo_started(site: str, t: datetime, thread: str, pid: int) -> datetime:
        t = Om(
            site,
            t,
            "INFO",
            thread,
            "c.t.s.o.s.s.b",
            "mongodb process id is %d",
            [f"mongodb process id is {pid}"],
        )
        t = Om(
            site,
            t + sec(r.uniform(2.5, 6)),
            "ERROR",
            thread,
            "c.t.s.f.c.FacadeUtils",
            "facadeMsgEnable is not enable, msg: Mongo DB server started",
            ["facadeMsgEnable is not enable, msg: Mongo DB server started"],
        )
        return Om(
            site,
            t,
            "INFO",
            thread,
            "c.t.s.o.s.s.b",
            "Mongo DB server started",
            ["Mongo DB server started"],
        )

    def opened(site: str, t: datetime, k: int) -> datetime:
        for _ in range(k):
            ctr[site] += 1
            t = Om(
                site,
                t + sec(r.uniform(0.01, 1.5)),
                "INFO",
                wg("manage-work-group"),
                "o.m.d.connection",
                "Opened connection [connectionId{localValue:%d, serverValue:%d}] to %s",
                [
                    f"Opened connection [connectionId{{localValue:{ctr[site]}, serverValue:{ctr[site] + 2}}}] to 127.0.0.1:27217"
                ],
            )
        return t

    def boot(site: str, t: datetime, pid: int) -> datetime:
        t = Om(
            site,
            t,
            "INFO",
            "main",
            "c.t.s.o.c.o.a.b",
            "success to load configuration omada.properties",
            ["success to load configuration omada.properties"],
        )
        t = Om(
            site,
            t + sec(0.02),
            "INFO",
            "main",
            "c.t.s.o.s.OmadaBootstrap",
            "going to start local mongod.",
            ["going to start local mongod."],
        )
        t = mongo_started(site, t + sec(0.5), "main", pid)
        ctr[site] = 0
        t = opened(site, t + sec(r.uniform(8, 14)), 3)
        for p in (29811, 29812, 29813, 29814, 29815):
            t = Om(
                site,
                t + sec(r.uniform(0.004, 0.012)),
                "INFO",
                "main",
                "c.t.s.e.t.a.t.AbstractServer",
                "Start NettyTcpServer bind /0.0.0.0:%d, export localhost/127.0.0.1:%d",
                [f"Start NettyTcpServer bind /0.0.0.0:{p}, export localhost/127.0.0.1:{p}"],
            )
        t = Om(
            site,
            t + sec(0.01),
            "INFO",
            "main",
            "c.t.s.e.t.a.t.AbstractServer",
            "Start RttyNettyTcpServer bind /0.0.0.0:%d, export localhost/127.0.0.1:%d",
            ["Start RttyNettyTcpServer bind /0.0.0.0:29816, export localhost/127.0.0.1:29816"],
        )
        t = Om(
            site,
            t,
            "ERROR",
            "main",
            "c.t.s.f.c.FacadeUtils",
            "facadeMsgEnable is not enable, msg: Device connector server started.",
            ["facadeMsgEnable is not enable, msg: Device connector server started."],
        )
        t = Om(
            site,
            t + sec(0.001),
            "ERROR",
            "main",
            "c.t.s.f.c.FacadeUtils",
            "facadeMsgEnable is not enable, msg: Omada Controller started",
            ["facadeMsgEnable is not enable, msg: Omada Controller started"],
        )
        t = Om(
            site,
            t,
            "INFO",
            "main",
            "c.t.s.o.s.t.SuccessExitTask",
            "Omada Controller started",
            ["Omada Controller started"],
        )
        t = Om(
            site,
            t,
            "INFO",
            "main",
            "c.t.s.o.s.OmadaBootstrap",
            "record: finished run omada tasks",
            ["record: finished run omada tasks"],
        )
        Om(
            site,
            t + sec(r.uniform(0.8, 1.2)),
            "INFO",
            "comm-pool-2",
            "c.t.s.o.s.t.OmadacInitTask",
            "Finished collection maintenance.",
            ["Finished collection maintenance."],
        )
        return t

    hq_reboot = (at(9, 15, 4), at(9, 17, 51.347))
    hq_up = (hq_reboot[0], hq_reboot[1] + sec(20))
    shop_mongo = [(at(10, 40, 17), at(10, 41, 46)), (at(11, 5, 2), at(11, 6, 20))]
    for site, mean in [("hq", 30), ("shop", 95)]:
        _f, _oid, macs, _devs = OM_SITES[site]
        # the web UI's and the device service's periodic lines
        t = T0 + sec(r.uniform(20, 40))
        while t < T_END:
            if not (site == "hq" and in_any(t, [hq_up])):
                Om(
                    site,
                    t,
                    "INFO",
                    f"https-jsse-nio-8043-exec-{r.randint(1, 10)}",
                    "c.t.s.o.c.u.d.a",
                    "list local interface macs: %s",
                    [f"list local interface macs: {macs}"],
                )
            t += sec(60 + r.uniform(-0.02, 0.02))
        t = at(6, 1, 40) + sec(r.uniform(0, 2))
        while t < T_END:
            if not (site == "hq" and in_any(t, [hq_up])):
                Om(
                    site,
                    t,
                    "WARN",
                    f"quartzScheduler_Worker-{r.randint(1, 4)}",
                    "c.t.s.c.s.c.TaskExecutorService",
                    "receive scheduled event with identity (%s, %s) but did not execute because corresponding handler %s doesn't exist",
                    [
                        "receive scheduled event with identity (log_limit_check, null) but did not execute because corresponding handler log_limit_check doesn't exist"
                    ],
                )
            t += sec(300 + r.uniform(-0.05, 0.05))
        for t in poisson(r, T0, T_END, mean):
            if site == "hq" and in_any(t, [hq_up]):
                continue
            Om(
                site,
                t,
                "INFO",
                wg("log-device-inform-work-group", 4),
                "c.t.s.o.l.p.c.f.e",
                "Failed to replace device name in log content,log omadaLogEnum:null, log key: %s",
                [
                    f"Failed to replace device name in log content,log omadaLogEnum:null, log key: {weighted(r, OM_LOG_KEYS)}"
                ],
            )
    # the office controller's cloud access heartbeat
    t = T0 + sec(r.uniform(5, 15))
    hb = 4000
    while t < T_END:
        if not in_any(t, [(hq_reboot[0], hq_reboot[1] + sec(40))]):
            hb += 1
            Om(
                "hq",
                t,
                "INFO",
                "Thread-11",
                "c.t.e.c.c.q",
                "send tp cloud heartbeat",
                ["send tp cloud heartbeat"],
            )
            Om(
                "hq",
                t + sec(r.uniform(0.08, 0.3)),
                "INFO",
                "Thread-11",
                "c.t.e.c.c.q",
                "heartbeat reponse: %s",
                [f'heartbeat reponse: {{"error_code":0,"id":{hb}}}'],
            )
        t += sec(120 + r.uniform(-0.05, 0.05))
    # the warehouse switch loses power at 07:05
    hq_devs = OM_SITES["hq"][3]
    tw = at(7, 5, 22)
    for mac, _model, kind in hq_devs:
        if kind in ("switch-wh", "ap-wh"):
            lost(
                "hq",
                tw + sec(r.uniform(0, 25)),
                mac,
                r.uniform(95, 170) if kind == "switch-wh" else r.uniform(150, 260),
            )
    # the office host rebooted at 09:15 (no shutdown lines: the container is killed)
    tb = boot("hq", hq_reboot[1], 212)
    ctr_t = tb + sec(r.uniform(3, 8))
    for mac, _model, _kind in hq_devs:
        ctr_t = discovered("hq", ctr_t + sec(r.uniform(0.3, 4)), mac, "MANAGED_BY_OWN")
        inform("hq", ctr_t + sec(r.uniform(1, 3)), mac)
    opened("hq", tb + sec(30), 4)
    # the shop's new EAP650
    new = "5C-A6-E6-93-02-5B"
    sid = OM_SITES["shop"][1]
    discovered("shop", at(7, 31, 12), new, "NO_MANAGED")
    for ta in [at(7, 44, 3), at(7, 49, 40), at(7, 58, 16)]:
        Om(
            "shop",
            ta,
            "INFO",
            wg("adopt-work-group", 8),
            "c.t.s.o.m.d.d.m.a.e",
            "send mini setting to OmadacId(%s) DeviceMac(%s)",
            [f"send mini setting to OmadacId({sid}) DeviceMac({new})"],
        )
        Om(
            "shop",
            ta + sec(r.uniform(95, 130)),
            "INFO",
            wg("discovery-work-group", 2),
            "c.t.s.o.m.d.d.m.b.a",
            "OmadacId(%s) DeviceMac(%s) receive discovery when adopting, times[%d] reach limit, set adopt fail",
            [
                f"OmadacId({sid}) DeviceMac({new}) receive discovery when adopting, times[3] reach limit, set adopt fail"
            ],
        )
    discovered("shop", at(8, 6, 40), new, "NO_MANAGED")
    ta = at(8, 9, 2)
    Om(
        "shop",
        ta,
        "INFO",
        wg("adopt-work-group", 8),
        "c.t.s.o.m.d.d.m.a.e",
        "send mini setting to OmadacId(%s) DeviceMac(%s)",
        [f"send mini setting to OmadacId({sid}) DeviceMac({new})"],
    )
    ts = ta + sec(r.uniform(40, 60))
    Om(
        "shop",
        ts,
        "INFO",
        wg("manage-work-group"),
        "c.t.s.o.m.d.a.u.f.b.c",
        "receive adopt success event for TargetFirmwareOnDeviceAdoptSuccessSubscriber: TargetFirmwareEvent(super=AbstractDomainEvent(id=%s, createTime=%s, type=%s), omadacId=OmadacId(%s), siteId=SiteId(%s), deviceMac=DeviceMac(%s), compoundModel=%s, version=%s, timeStamp=%d)",
        [
            f"receive adopt success event for TargetFirmwareOnDeviceAdoptSuccessSubscriber: TargetFirmwareEvent(super=AbstractDomainEvent(id={hexid(r, 32)}, createTime={ts:%a %b %d %H:%M:%S} UTC 2024, type=null), omadacId=OmadacId({sid}), siteId=SiteId(Default), deviceMac=DeviceMac({new}), compoundModel=EAP650 v1.0, version=1.0.12, timeStamp={int(ts.timestamp() * 1000)})"
        ],
    )
    inform("shop", ts + sec(r.uniform(3, 9)), new)
    # the outdoor EAP's failing PoE injector
    tf = at(6, 12, 0)
    while tf < T_END:
        if not any(a - sec(300) <= tf < b + sec(120) for a, b in shop_mongo):
            lost("shop", tf, "30-68-93-7C-15-E9", r.uniform(60, 200))
        tf += sec(r.uniform(900, 2700))
    # the shop's mongod killed twice
    for i, (a, b) in enumerate(shop_mongo):
        Om(
            "shop",
            a + sec(r.uniform(0.1, 1)),
            "INFO",
            "cluster-ClusterId{value='6662f1a3c1e4a52b1d3f9e07', description='null'}-127.0.0.1:27217",
            "o.m.d.cluster",
            "Exception in monitor thread while connecting to server %s",
            [
                "Exception in monitor thread while connecting to server 127.0.0.1:27217",
                *OM_MONGO_FRAMES,
            ],
        )
        te = a + sec(r.uniform(31, 33))
        while te < b + sec(30):
            Om(
                "shop",
                te,
                "ERROR",
                f"scheduling-{r.randint(1, 3)}",
                "o.s.s.s.TaskUtils$LoggingErrorHandler",
                "Unexpected error occurred in scheduled task",
                [
                    "Unexpected error occurred in scheduled task",
                    "org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=127.0.0.1:27217, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=127.0.0.1:27217, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]",
                    *OM_TASK_FRAMES,
                ],
            )
            te += sec(r.uniform(8, 14))
        tm = mongo_started("shop", b, "mongo-check-thread", 3150 + 611 * i)
        tm = Om(
            "shop",
            tm + sec(r.uniform(0.5, 2)),
            "INFO",
            "cluster-ClusterId{value='6662f1a3c1e4a52b1d3f9e07', description='null'}-127.0.0.1:27217",
            "o.m.d.cluster",
            "Monitor thread successfully connected to server with description %s",
            [
                f"Monitor thread successfully connected to server with description ServerDescription{{address=127.0.0.1:27217, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{{versionList=[3, 6, 8]}}, minWireVersion=0, maxWireVersion=6, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos={r.randint(600000, 2900000)}}}"
            ],
        )
        ctr["shop"] = 0
        opened("shop", tm, r.randint(4, 6))
    return fs.logs(T0)


# ------------------------------------------------------------------------------- cisco-nxos

NX_SWITCHES = {
    # name: file, BGP AS, bgp process id, sshd pid base
    "spine1": ("spine.log", "65000", 7963),
    "spine2": ("spine.log", "65000", 8021),
    "leaf1a": ("leaf1.log", "65101", 6122),
    "leaf1b": ("leaf1.log", "65101", 6140),
    "leaf2a": ("leaf2.log", "65102", 5988),
    "leaf2b": ("leaf2.log", "65102", 6010),
}
NX_LOOP = {
    "spine1": "10.0.0.1",
    "spine2": "10.0.0.2",
    "leaf1a": "10.0.1.1",
    "leaf1b": "10.0.1.2",
    "leaf2a": "10.0.2.1",
    "leaf2b": "10.0.2.2",
}
NX_UPLINKS = {
    "leaf1a": ("Ethernet1/49", "Ethernet1/50"),
    "leaf1b": ("Ethernet1/49", "Ethernet1/50"),
    "leaf2a": ("Ethernet1/49", "Ethernet1/50"),
    "leaf2b": ("Ethernet1/49", "Ethernet1/50"),
}
NX_SPINE_PORT = {
    "leaf1a": "Ethernet1/1",
    "leaf1b": "Ethernet1/2",
    "leaf2a": "Ethernet1/3",
    "leaf2b": "Ethernet1/4",
}
NX_ADMINS = ["admin", "netops-jk", "netops-mr"]


def cisco_nxos(r: random.Random) -> list[Log]:
    """Two spines and two vPC leaf pairs (Nexus 9300, NX-OS 10.3) sending syslog with millisecond
    timestamps to one collector, 06:00 to 12:00: the border leaves' edge ACL logging denied flows
    all day, AWX's compliance job failing to log in to every switch every five minutes after a
    password rotation until 10:10, leaf1a's uplink optic degrading (warnings, an alarm, the link
    and its BGP session flapping 07:20-07:48, the optic replaced), a server's bad cable flapping
    its port-channel member on leaf1b, leaf2b reloaded for an upgrade at 09:00 (vPC peer
    keep-alive, port-channels, BGP, roles), a desk switch tripping BPDU guard, a VM's MAC flapping
    between a port and a port-channel, and a power supply failing on spine2."""
    fs = Files()

    def N(sw: str, t: datetime, mnem: str, label: str, text: str, ctx: str = "") -> datetime:
        f = NX_SWITCHES[sw][0]
        return fs.add(
            f,
            t,
            f"%{mnem}: {label}",
            lambda x: [
                f"{syslog_ts(x)} {sw} : {x:%Y} {x:%b} {x.day:2d} {x:%H:%M:%S}.{x.microsecond // 1000:03d} UTC: %{mnem}: {text}{ctx}"
            ],
            sw,
            1000,
        )

    def bgp_down(sw: str, t: datetime, peer: str, reason: str) -> datetime:
        _f, asn, pid = NX_SWITCHES[sw]
        return N(
            sw,
            t,
            "BGP-5-ADJCHANGE",
            "bgp-%s [%d] (%s) neighbor %s Down - %s",
            f"bgp-{asn} [{pid}] (default) neighbor {peer} Down - {reason}",
        )

    def bgp_up(sw: str, t: datetime, peer: str) -> datetime:
        _f, asn, pid = NX_SWITCHES[sw]
        return N(
            sw,
            t,
            "BGP-5-ADJCHANGE",
            "bgp-%s [%d] (%s) neighbor %s Up",
            f"bgp-{asn} [{pid}] (default) neighbor {peer} Up",
        )

    def link_down(sw: str, t: datetime, intf: str) -> datetime:
        return N(
            sw,
            t,
            "ETHPORT-5-IF_DOWN_LINK_FAILURE",
            "Interface %s is down (Link failure)",
            f"Interface {intf} is down (Link failure)",
        )

    def link_up(sw: str, t: datetime, intf: str, mode: str, speed: str) -> datetime:
        t = N(
            sw,
            t,
            "ETHPORT-5-SPEED",
            "Interface %s, operational speed changed to %s",
            f"Interface {intf}, operational speed changed to {speed}",
        )
        t = N(
            sw,
            t + sec(0.001),
            "ETHPORT-5-IF_DUPLEX",
            "Interface %s, operational duplex mode changed to %s",
            f"Interface {intf}, operational duplex mode changed to Full",
        )
        t = N(
            sw,
            t + sec(0.001),
            "ETHPORT-5-IF_RX_FLOW_CONTROL",
            "Interface %s, operational Receive Flow Control state changed to %s",
            f"Interface {intf}, operational Receive Flow Control state changed to off",
        )
        t = N(
            sw,
            t + sec(0.001),
            "ETHPORT-5-IF_TX_FLOW_CONTROL",
            "Interface %s, operational Transmit Flow Control state changed to %s",
            f"Interface {intf}, operational Transmit Flow Control state changed to off",
        )
        if mode == "Layer3":
            return N(
                sw,
                t + sec(r.uniform(0.05, 0.3)),
                "ETHPORT-5-IF_UP",
                "Interface %s is up in Layer3",
                f"Interface {intf} is up in Layer3",
            )
        return N(
            sw,
            t + sec(r.uniform(0.05, 0.3)),
            "ETHPORT-5-IF_UP",
            "Interface %s is up in mode %s",
            f"Interface {intf} is up in mode {mode}",
        )

    # the border leaves' edge ACL
    for t in poisson(r, T0, T_END, 25):
        sw = r.choice(["leaf2a", "leaf2b"])
        if sw == "leaf2b" and at(9, 0, 20) <= t < at(9, 8, 30):
            sw = "leaf2a"
        intf = r.choice(["Ethernet1/53", "Ethernet1/54"])
        x = r.random()
        if x < 0.8:
            proto, num, sp, dp = "TCP", 6, r.randint(1024, 65535), port(r)
        elif x < 0.93:
            proto, num, sp, dp = (
                "UDP",
                17,
                r.randint(1024, 65535),
                r.choice([161, 123, 1900, 5060, 53, 500, 11211, 137]),
            )
        else:
            proto, num, sp, dp = "ICMP", 1, 0, 0
        N(
            sw,
            t,
            "ACLLOG-5-ACLLOG_FLOW_INTERVAL",
            'Src IP: %s, Dst IP: %s, Src Port: %d, Dst Port: %d, Src Intf: %s, Protocol: "%s"(%d), Hit-count = %d',
            f'Src IP: {scanner(r)}, Dst IP: 198.51.100.{r.randint(130, 190)}, Src Port: {sp}, Dst Port: {dp}, Src Intf: {intf}, Protocol: "{proto}"({num}), Hit-count = {weighted(r, [(8, 1), (3, 2), (2, 3), (1, r.randint(4, 60))])}',
        )
    # AWX's compliance job every five minutes; its password fixed at 10:10
    pids = {sw: v[2] * 3 + 1000 for sw, v in NX_SWITCHES.items()}
    t = at(6, 0, 3)
    while t < T_END:
        for i, sw in enumerate(NX_SWITCHES):
            tt = t + sec(i * 0.4 + r.uniform(0.1, 2.5))
            if sw == "leaf2b" and at(9, 0) <= tt < at(9, 8, 40):
                continue
            pids[sw] += r.randint(3, 40)
            ctx = f" - dcos_sshd[{pids[sw]}]"
            if t < at(10, 10):
                N(
                    sw,
                    tt,
                    "AUTHPRIV-3-SYSTEM_MSG",
                    "pam_aaa:Authentication failed for user %s from %s",
                    "pam_aaa:Authentication failed for user svc_awx from 10.40.2.15",
                    ctx,
                )
            else:
                N(
                    sw,
                    tt,
                    "AUTHPRIV-6-SYSTEM_MSG",
                    "pam_unix(dcos_sshd:session): session opened for user %s by (uid=%d)",
                    "pam_unix(dcos_sshd:session): session opened for user svc_awx by (uid=0)",
                    ctx,
                )
                N(
                    sw,
                    tt + sec(r.uniform(6, 14)),
                    "AUTHPRIV-6-SYSTEM_MSG",
                    "pam_unix(dcos_sshd:session): session closed for user %s",
                    "pam_unix(dcos_sshd:session): session closed for user svc_awx",
                    ctx,
                )
        t += sec(300)
    # admins
    sessions = [
        ("leaf1a", at(7, 54, 10), "netops-jk", 2),
        ("leaf1b", at(10, 38, 2), "netops-mr", 3),
        ("leaf2b", at(9, 12, 44), "admin", 1),
        ("spine2", at(11, 20, 5), "netops-jk", 0),
        ("leaf1a", at(11, 6, 30), "netops-mr", 1),
        ("leaf2a", at(8, 40, 11), "admin", 0),
    ]
    for sw, ts, user, ncfg in sessions:
        pids[sw] += 5
        ctx = f" - dcos_sshd[{pids[sw]}]"
        N(
            sw,
            ts,
            "AUTHPRIV-6-SYSTEM_MSG",
            "pam_unix(dcos_sshd:session): session opened for user %s by (uid=%d)",
            f"pam_unix(dcos_sshd:session): session opened for user {user} by (uid=0)",
            ctx,
        )
        tc = ts
        for _ in range(ncfg):
            tc += sec(r.uniform(40, 400))
            N(
                sw,
                tc,
                "VSHD-5-VSHD_SYSLOG_CONFIG_I",
                "Configured from vty by %s on %s@%s",
                f"Configured from vty by {user} on 10.40.2.{r.choice([50, 51])}@pts/{r.randint(0, 3)}",
            )
        N(
            sw,
            tc + sec(r.uniform(60, 600)),
            "AUTHPRIV-6-SYSTEM_MSG",
            "pam_unix(dcos_sshd:session): session closed for user %s",
            f"pam_unix(dcos_sshd:session): session closed for user {user}",
            ctx,
        )
    # leaf1a's uplink optic
    N(
        "leaf1a",
        at(7, 2, 41),
        "ETHPORT-3-IF_SFP_WARNING",
        "Interface %s, %s Warning",
        "Interface Ethernet1/49, Low Rx Power Warning",
    )
    N(
        "leaf1a",
        at(7, 18, 3),
        "ETHPORT-3-IF_SFP_ALARM",
        "Interface %s, %s Alarm",
        "Interface Ethernet1/49, Low Rx Power Alarm",
    )
    tf = at(7, 20, 12)
    flaps = 0
    while tf < at(7, 48):
        flaps += 1
        link_down("leaf1a", tf, "Ethernet1/49")
        link_down("spine1", tf + sec(r.uniform(0.001, 0.02)), "Ethernet1/1")
        bgp_down("leaf1a", tf + sec(r.uniform(0.02, 0.06)), "10.0.0.1", "interface flap")
        bgp_down("spine1", tf + sec(r.uniform(0.02, 0.06)), NX_LOOP["leaf1a"], "interface flap")
        tu = tf + sec(r.uniform(4, 40))
        link_up("leaf1a", tu, "Ethernet1/49", "Layer3", "100 Gbps")
        link_up("spine1", tu + sec(r.uniform(0.001, 0.02)), "Ethernet1/1", "Layer3", "100 Gbps")
        bgp_up("leaf1a", tu + sec(r.uniform(2, 6)), "10.0.0.1")
        bgp_up("spine1", tu + sec(r.uniform(2, 6)), NX_LOOP["leaf1a"])
        tf = tu + sec(r.uniform(60, 330))
    # replaced at 07:53 (administratively down first)
    N(
        "leaf1a",
        at(7, 53, 20),
        "VSHD-5-VSHD_SYSLOG_CONFIG_I",
        "Configured from vty by %s on %s@%s",
        "Configured from vty by netops-jk on 10.40.2.50@pts/1",
    )
    N(
        "leaf1a",
        at(7, 53, 21),
        "ETHPORT-5-IF_DOWN_ADMIN_DOWN",
        "Interface %s is down (Administratively down)",
        "Interface Ethernet1/49 is down (Administratively down)",
    )
    link_down("spine1", at(7, 53, 21) + sec(0.004), "Ethernet1/1")
    bgp_down("leaf1a", at(7, 53, 21) + sec(0.03), "10.0.0.1", "interface flap")
    bgp_down("spine1", at(7, 53, 21) + sec(0.03), NX_LOOP["leaf1a"], "interface flap")
    N(
        "leaf1a",
        at(7, 57, 2),
        "VSHD-5-VSHD_SYSLOG_CONFIG_I",
        "Configured from vty by %s on %s@%s",
        "Configured from vty by netops-jk on 10.40.2.50@pts/1",
    )
    link_up("leaf1a", at(7, 57, 4), "Ethernet1/49", "Layer3", "100 Gbps")
    link_up("spine1", at(7, 57, 4) + sec(0.01), "Ethernet1/1", "Layer3", "100 Gbps")
    N(
        "leaf1a",
        at(7, 57, 6),
        "ETHPORT-5-IF_SFP_WARNING",
        "Interface %s, %s Warning cleared",
        "Interface Ethernet1/49, Low Rx Power Warning cleared",
    )
    bgp_up("leaf1a", at(7, 57, 9), "10.0.0.1")
    bgp_up("spine1", at(7, 57, 9) + sec(0.4), NX_LOOP["leaf1a"])
    # esx-07's bad cable on leaf1b (port-channel112's only member there)
    for a, b in [(at(8, 2), at(8, 41)), (at(10, 55), at(11, 22))]:
        tf = a + sec(r.uniform(0, 60))
        while tf < b:
            link_down("leaf1b", tf, "Ethernet1/12")
            N(
                "leaf1b",
                tf + sec(0.002),
                "ETH_PORT_CHANNEL-5-PORT_DOWN",
                "%s: %s is down",
                "port-channel112: Ethernet1/12 is down",
            )
            N(
                "leaf1b",
                tf + sec(0.005),
                "ETHPORT-5-IF_DOWN_PORT_CHANNEL_MEMBERS_DOWN",
                "Interface %s is down (No operational members)",
                "Interface port-channel112 is down (No operational members)",
            )
            tu = tf + sec(r.uniform(2, 9))
            tu = link_up("leaf1b", tu, "Ethernet1/12", "trunk", "25 Gbps")
            N(
                "leaf1b",
                tu + sec(r.uniform(0.5, 2)),
                "ETH_PORT_CHANNEL-5-PORT_UP",
                "%s: %s is up",
                "port-channel112: Ethernet1/12 is up",
            )
            link_up("leaf1b", tu + sec(r.uniform(2.1, 2.5)), "port-channel112", "trunk", "25 Gbps")
            tf = tu + sec(r.uniform(30, 200))
    # leaf2b reloaded for an upgrade at 09:00
    tr = at(9, 0, 31)
    N(
        "leaf2a",
        tr + sec(0.4),
        "ETH_PORT_CHANNEL-5-PORT_DOWN",
        "%s: %s is down",
        "port-channel1: Ethernet1/51 is down",
    )
    link_down("leaf2a", tr + sec(0.41), "Ethernet1/51")
    N(
        "leaf2a",
        tr + sec(0.42),
        "ETH_PORT_CHANNEL-5-PORT_DOWN",
        "%s: %s is down",
        "port-channel1: Ethernet1/52 is down",
    )
    link_down("leaf2a", tr + sec(0.43), "Ethernet1/52")
    N(
        "leaf2a",
        tr + sec(0.45),
        "ETHPORT-5-IF_DOWN_PORT_CHANNEL_MEMBERS_DOWN",
        "Interface %s is down (No operational members)",
        "Interface port-channel1 is down (No operational members)",
    )
    for sp in ("spine1", "spine2"):
        link_down(sp, tr + sec(r.uniform(0.3, 0.6)), "Ethernet1/4")
        bgp_down(sp, tr + sec(r.uniform(0.6, 0.9)), NX_LOOP["leaf2b"], "interface flap")
    N(
        "leaf2a",
        tr + sec(3.2),
        "VPC-2-PEER_KEEP_ALIVE_RECV_FAIL",
        "In domain %d, VPC peer keep-alive receive has failed",
        "In domain 20, VPC peer keep-alive receive has failed",
    )
    N(
        "leaf2a",
        tr + sec(3.3),
        "VPC-5-ROLE_CHANGE",
        "In domain %d, VPC role status has changed to %s",
        "In domain 20, VPC role status has changed to Primary, operational Secondary",
    )
    tb = at(9, 7, 48)
    ub = tb
    for intf in ("Ethernet1/49", "Ethernet1/50"):
        ub = link_up("leaf2b", ub + sec(r.uniform(0.2, 1)), intf, "Layer3", "100 Gbps")
    for sp in ("spine1", "spine2"):
        link_up(sp, tb + sec(r.uniform(0.3, 1.2)), "Ethernet1/4", "Layer3", "100 Gbps")
    for intf in ("Ethernet1/51", "Ethernet1/52"):
        ub = link_up("leaf2b", ub + sec(r.uniform(0.2, 1)), intf, "trunk", "100 Gbps")
        N(
            "leaf2b",
            ub + sec(0.5),
            "ETH_PORT_CHANNEL-5-PORT_UP",
            "%s: %s is up",
            f"port-channel1: {intf} is up",
        )
        link_up("leaf2a", ub + sec(r.uniform(0.001, 0.01)), intf, "trunk", "100 Gbps")
        N(
            "leaf2a",
            ub + sec(0.6),
            "ETH_PORT_CHANNEL-5-PORT_UP",
            "%s: %s is up",
            f"port-channel1: {intf} is up",
        )
    link_up("leaf2b", ub + sec(1.1), "port-channel1", "trunk", "100 Gbps")
    link_up("leaf2a", ub + sec(1.1), "port-channel1", "trunk", "100 Gbps")
    N(
        "leaf2a",
        ub + sec(4.2),
        "VPC-5-PEER_KEEP_ALIVE_RECV_SUCCESS",
        "In domain %d, vPC peer keep-alive receive is successful",
        "In domain 20, vPC peer keep-alive receive is successful",
    )
    N(
        "leaf2b",
        ub + sec(4.4),
        "VPC-5-PEER_KEEP_ALIVE_RECV_SUCCESS",
        "In domain %d, vPC peer keep-alive receive is successful",
        "In domain 20, vPC peer keep-alive receive is successful",
    )
    N(
        "leaf2b",
        ub + sec(6.0),
        "VPC-5-ROLE_CHANGE",
        "In domain %d, VPC role status has changed to %s",
        "In domain 20, VPC role status has changed to Secondary",
    )
    for i, pc in enumerate(("port-channel21", "port-channel22", "port-channel23")):
        link_up("leaf2b", ub + sec(r.uniform(8, 12) + i), pc, "trunk", "25 Gbps")
    for sp in ("spine1", "spine2"):
        bgp_up(sp, ub + sec(r.uniform(12, 20)), NX_LOOP["leaf2b"])
    for peer in ("10.0.0.1", "10.0.0.2"):
        bgp_up("leaf2b", ub + sec(r.uniform(12, 20)), peer)
    # a desk switch patched into leaf1b at 10:20
    N(
        "leaf1b",
        at(10, 20, 44),
        "STP-2-BLOCK_BPDUGUARD",
        "Received BPDU on port %s with BPDU Guard enabled. Disabling port.",
        "Received BPDU on port Ethernet1/30 with BPDU Guard enabled. Disabling port.",
    )
    N(
        "leaf1b",
        at(10, 20, 44) + sec(0.003),
        "ETHPORT-2-IF_DOWN_ERROR_DISABLED",
        "Interface %s is down (Error disabled. Reason:%s)",
        "Interface Ethernet1/30 is down (Error disabled. Reason:BPDUGuard)",
    )
    N(
        "leaf1b",
        at(10, 42, 10),
        "ETHPORT-5-IF_DOWN_ADMIN_DOWN",
        "Interface %s is down (Administratively down)",
        "Interface Ethernet1/30 is down (Administratively down)",
    )
    link_up("leaf1b", at(10, 49, 55), "Ethernet1/30", "access", "1 Gbps")
    # a VM's MAC flapping between Eth1/5 and Po20 on leaf1a 10:50-11:10
    tm = at(10, 50, 3)
    where = ["Eth1/5", "Po20"]
    while tm < at(11, 10, 30):
        N(
            "leaf1a",
            tm,
            "L2FM-4-L2FM_MAC_MOVE",
            "Mac %s in vlan %d has moved from %s to %s",
            f"Mac 0050.56b3.4e21 in vlan 210 has moved from {where[0]} to {where[1]}",
        )
        where.reverse()
        tm += sec(r.uniform(8, 25))
    # spine2's second power supply
    N(
        "spine2",
        at(11, 15, 37),
        "PLATFORM-2-PS_FAIL",
        "Power supply %d failed or shut down (Serial number %s)",
        "Power supply 2 failed or shut down (Serial number LIT23451Z7K)",
    )
    N(
        "spine2",
        at(11, 42, 8),
        "PLATFORM-2-PS_OK",
        "Power supply %d ok (Serial number %s)",
        "Power supply 2 ok (Serial number LIT23451Z7K)",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ruckus

RK_TZ = "CET-1CEST,M3.5.0/02:00,M10.5.0/03:00"
RK_DOMAIN = "8f3c1e52-7a0d-4b6e-9c21-5e4a7d0b3f18"
RK_TENANT = "839f87c6-d116-497e-afce-aa8157abd30c"
RK_ZONES = {
    # zone: node's file, zone UUID, AP group UUID, firmware, APs (name, model, MAC, IP, serial)
    "HQ-Campus": (
        "vsz-node1.log",
        "a2d9c7e4-1b35-4f60-8e2a-7c91d0f4b5e3",
        "0b7e2c91-4d3a-4f18-a6c5-91e2d7b03c4f",
        "6.1.2.0.416",
    ),
    "Warehouse": (
        "vsz-node2.log",
        "5e81b0c3-9f2d-47a6-b1e4-2c7d9a05f6e8",
        "c4f10a7e-3b92-4d5e-8a61-07b9e2d4c3f1",
        "6.1.2.0.416",
    ),
}
RK_WLANS = {
    # ssid: wlanId, vlan, encryption, iface base
    "Corp": ("1", "10", "WPA2-AES", 32),
    "Guest": ("2", "50", "None", 33),
    "IoT": ("3", "60", "WPA2-AES", 34),
    "Scan": ("4", "70", "WPA2-AES", 35),
}


def rk_aps(r: random.Random) -> list[tuple[str, str, str, str, str, str]]:
    aps = []
    for i in range(1, 15):
        model = "R650" if i <= 8 else "R550"
        aps.append(
            (
                "HQ-Campus",
                f"HQ-{['EG', 'OG1', 'OG2'][i % 3]}-AP{i:02d}",
                model,
                "EC:58:EA:" + ":".join(f"{r.randrange(256):02X}" for _ in range(3)),
                f"10.30.1.{20 + i}",
                f"{r.randint(10**11, 10**12 - 1)}",
            )
        )
    for i in range(1, 9):
        model = "T350" if i <= 2 else "R350"
        aps.append(
            (
                "Warehouse",
                f"WH-{'Yard' if i <= 2 else 'Hall'}-AP{i:02d}",
                model,
                "34:20:E3:" + ":".join(f"{r.randrange(256):02X}" for _ in range(3)),
                f"10.31.1.{20 + i}",
                f"{r.randint(10**11, 10**12 - 1)}",
            )
        )
    return aps


def ruckus(r: random.Random) -> list[Log]:
    """A two-node SmartZone 6.1 cluster (vSZ-H) forwarding events as syslog, each node the APs of
    one zone, 06:00 to 12:00: staff arriving and roaming on the 802.1X SSID, guests on the
    portal, the warehouse's scanners roaming all shift, a thermostat on the IoT SSID with an old
    passphrase failing to join every minute until 11:20, the warehouse's PoE switch rebooting at
    08:30 (heartbeats lost, connections lost, the APs rebooted and rejoining), NPS down
    10:05-10:21 (the authentication server unreachable, 802.1X authorisations failing), DFS radar
    and background scanning moving HQ's APs between channels."""
    fs = Files()
    aps = rk_aps(r)
    hq_aps = [a for a in aps if a[0] == "HQ-Campus"]
    wh_aps = [a for a in aps if a[0] == "Warehouse"]

    def ap_attrs(ap: tuple[str, str, str, str, str, str]) -> str:
        zone, name, model, _mac, ip, serial = ap
        _f, zuuid, guuid, fw = RK_ZONES[zone]
        return (
            f'"apName"="{name}","fwVersion"="{fw}","model"="{model}","zoneUUID"="{zuuid}","zoneName"="{zone}","timeZone"="{RK_TZ}",'
            f'"apLocation"="","apGps"="","apIpAddress"="{ip}","apIpv6Address"="","apGroupUUID"="{guuid}","domainId"="{RK_DOMAIN}",'
            f'"serialNumber"="{serial}","domainName"="Administration Domain","idealEventVersion"="3.5.1","apDescription"=""'
        )

    def E(
        ap: tuple[str, str, str, str, str, str], t: datetime, code: int, name: str, attrs: str
    ) -> datetime:
        f = RK_ZONES[ap[0]][0]
        host = f.removesuffix(".log")
        return fs.add(
            f,
            t,
            f"{code} {name}",
            lambda x: [f"{syslog_ts(x)} {host} Core: @@{code},{name},{attrs}"],
            f,
            1_000_000,
        )

    def bssid(ap: tuple[str, str, str, str, str, str], ssid: str, five: bool) -> str:
        base = ap[3].split(":")
        last = (int(base[5], 16) + (8 if five else 0) + int(RK_WLANS[ssid][0])) % 256
        return ":".join([*base[:5], f"{last:02X}"]).lower()

    def client(ap, ssid: str, cmac: str, ip: str, user: str, five: bool) -> str:  # type: ignore[no-untyped-def]
        wid, vlan, enc, ifb = RK_WLANS[ssid]
        return (
            f'"apMac"="{ap[3]}","clientMac"="{cmac}","ssid"="{ssid}","bssid"="{bssid(ap, ssid, five)}","userId"="","wlanId"="{wid}",'
            f'"iface"="wlan{ifb - 32 + (8 if five else 0)}","tenantUUID"="{RK_TENANT}","apName"="{ap[1]}","apGps"="","clientIP"="{ip}",'
            f'"userName"="{user}","vlanId"="{vlan}","radio"="{"a/n/ac/ax" if five else "g/n/ax"}","encryption"="{enc if ssid != "Guest" else "None"}"'
        )

    def tail(ap) -> str:  # type: ignore[no-untyped-def]
        zone, _name, model, _mac, ip, serial = ap
        _f, zuuid, guuid, fw = RK_ZONES[zone]
        return f'"fwVersion"="{fw}","model"="{model}","zoneUUID"="{zuuid}","zoneName"="{zone}","timeZone"="{RK_TZ}","apLocation"="","apIpAddress"="{ip}","apIpv6Address"="","apGroupUUID"="{guuid}","domainId"="{RK_DOMAIN}","serialNumber"="{serial}","domainName"="Administration Domain","idealEventVersion"="3.5.1","apDescription"=""'

    def stats(t0: datetime, t1: datetime) -> str:
        dur = max(1, int((t1 - t0).total_seconds()))
        rx = r.randint(2000, 900000) * max(1, dur // 60)
        return f'"rxBytes"="{rx}","txBytes"="{rx * r.randint(3, 12)}","peakRx"="{r.randint(1000, 90000)}","peakTx"="{r.randint(5000, 400000)}","rssi"="{r.randint(12, 55)}","receivedSignalStrength"="{-r.randint(45, 84)}","Instantaneous rssi"="{r.randint(10, 50)}","Xput"="{r.randint(0, 220)}","sessionDuration"="{dur}"'

    radius_down = (at(10, 5, 12), at(10, 21, 40))
    wh_down = (at(8, 30, 4), at(8, 36, 50))

    def session(
        kind: str,
        cmac: str,
        ip: str,
        user: str,
        t: datetime,
        end: datetime,
        pool: list,
        roam_p: float,
    ) -> None:  # type: ignore[type-arg]
        ssid = {"staff": "Corp", "guest": "Guest", "scan": "Scan", "iot": "IoT"}[kind]
        five = kind in ("staff", "guest") and r.random() < 0.75
        while t < end:
            ap = r.choice(pool)
            if ap[0] == "Warehouse" and in_any(t, [wh_down]):
                t = wh_down[1] + sec(r.uniform(60, 300))
                continue
            if ssid == "Corp":
                if in_any(t, [radius_down]):
                    E(
                        ap,
                        t,
                        207,
                        "clientAuthorizationFailure",
                        client(ap, ssid, cmac, "", user, five)
                        + ',"reason"="RADIUS server not responding","authSrvrIp"="10.40.1.12",'
                        + tail(ap),
                    )
                    t += sec(r.uniform(20, 90))
                    continue
                E(
                    ap,
                    t,
                    206,
                    "clientAuthorization",
                    client(ap, ssid, cmac, "", user, five)
                    + ',"authType"="802.1X","authSrvrIp"="10.40.1.12",'
                    + tail(ap),
                )
                t += sec(r.uniform(0.3, 1.5))
            t = E(ap, t, 202, "clientJoin", client(ap, ssid, cmac, ip, user, five) + "," + tail(ap))
            stay = r.uniform(600, 4800) if kind != "scan" else r.uniform(300, 2400)
            t1 = min(t + sec(stay), end)
            # roams while the session lasts
            tr = t + sec(r.uniform(120, 900))
            while tr < t1 and r.random() < roam_p:
                frm = ap
                ap = r.choice([a for a in pool if a != frm])
                if ap[0] == "Warehouse" and in_any(tr, [wh_down]):
                    break
                E(
                    ap,
                    tr,
                    209,
                    "clientRoaming",
                    client(ap, ssid, cmac, ip, user, five)
                    + f',"fromApMac"="{frm[3]}","fromApName"="{frm[1]}",'
                    + tail(ap),
                )
                tr += sec(r.uniform(120, 900))
            if ap[0] == "Warehouse" and t < wh_down[0] <= t1:
                # the AP went away under the client
                E(
                    ap,
                    wh_down[0] + sec(r.uniform(2, 40)),
                    205,
                    "clientInactivityTimeout",
                    client(ap, ssid, cmac, ip, user, five)
                    + f',"disconnectReason"="4",{stats(t, wh_down[0])},'
                    + tail(ap),
                )
                t = wh_down[1] + sec(r.uniform(60, 240))
                continue
            if t1 >= end and end == T_END:
                return
            if kind == "guest" and r.random() < 0.3:
                E(
                    ap,
                    t1,
                    208,
                    "clientSessionExpiration",
                    client(ap, ssid, cmac, ip, user, five)
                    + f',"sessionDuration"="{int((t1 - t).total_seconds())}",'
                    + tail(ap),
                )
            elif r.random() < 0.3:
                E(
                    ap,
                    t1,
                    205,
                    "clientInactivityTimeout",
                    client(ap, ssid, cmac, ip, user, five)
                    + f',"disconnectReason"="4",{stats(t, t1)},'
                    + tail(ap),
                )
            else:
                E(
                    ap,
                    t1,
                    204,
                    "clientDisconnect",
                    client(ap, ssid, cmac, ip, user, five)
                    + f',"disconnectReason"="{weighted(r, [(6, 3), (3, 8), (1, 1)])}",{stats(t, t1)},'
                    + tail(ap),
                )
            t = t1 + sec(r.uniform(60, 1800) if kind != "scan" else r.uniform(20, 240))

    def cmac() -> str:
        return ":".join(f"{r.randrange(256):02x}" for _ in range(6))

    staff = [
        "mkoch",
        "sbauer",
        "jwagner",
        "lfischer",
        "tschmidt",
        "ahoffmann",
        "kbecker",
        "nweber",
        "pschulz",
        "ckrause",
        "dmeyer",
        "fzimmer",
        "hlange",
        "ischulte",
        "jkraus",
        "kfranke",
        "lvogel",
        "mhaas",
        "nlorenz",
        "oberg",
        "pkaiser",
        "rwolff",
        "sroth",
        "tbrandt",
        "ujung",
        "vpeters",
        "wmoeller",
        "xhartmann",
    ]
    for i, u in enumerate(staff):
        for dev in range(r.choice([1, 2, 2])):
            arr = at(7, 0) + sec(r.uniform(-1800, 2.5 * 3600))
            session(
                "staff",
                cmac(),
                f"10.10.{20 + dev}.{10 + i * 2 + dev}",
                f"{u}@corp.example",
                arr,
                T_END,
                hq_aps,
                0.45,
            )
    for g in range(64):
        arr = at(8, 0) + sec(r.uniform(0, 3.5 * 3600))
        m = cmac()
        session(
            "guest",
            m,
            f"10.50.0.{20 + g}",
            m,
            arr,
            min(T_END, arr + sec(r.uniform(1200, 7200))),
            hq_aps,
            0.2,
        )
    for n in range(14):
        m = cmac()
        session(
            "scan",
            m,
            f"10.70.0.{30 + n}",
            m,
            at(6, 0) + sec(r.uniform(0, 900)),
            T_END,
            wh_aps,
            0.85,
        )
    # the thermostat with the old passphrase
    thermo = "b8:27:eb:4c:19:d2"
    ap = hq_aps[4]
    t = T0 + sec(r.uniform(0, 60))
    while t < at(11, 20, 4):
        E(
            ap,
            t,
            203,
            "clientJoinFailure",
            client(ap, "IoT", thermo, "", thermo, False)
            + ',"reason"="4-way handshake timeout",'
            + tail(ap),
        )
        t += sec(r.uniform(58, 82))
    E(
        ap,
        at(11, 21, 37),
        202,
        "clientJoin",
        client(ap, "IoT", thermo, "10.60.0.41", thermo, False) + "," + tail(ap),
    )
    # the warehouse PoE switch
    for a in wh_aps:
        t = wh_down[0] + sec(r.uniform(30, 50))
        E(a, t, 312, "apHeartbeatLost", f'"apMac"="{a[3]}",' + ap_attrs(a))
        E(
            a,
            t + sec(r.uniform(60, 75)),
            303,
            "apConnectionLost",
            f'"apMac"="{a[3]}",' + ap_attrs(a),
        )
        tb = wh_down[1] + sec(r.uniform(0, 60))
        E(
            a,
            tb,
            302,
            "apRebootBySystem",
            f'"apMac"="{a[3]}","reasonStr"="power cycle",' + ap_attrs(a),
        )
        E(
            a,
            tb + sec(r.uniform(1, 4)),
            101,
            "apDiscoverySucc",
            f'"apMac"="{a[3]}","wanIp"="{a[4]}",' + ap_attrs(a),
        )
        E(a, tb + sec(r.uniform(8, 20)), 102, "apStatusManaged", f'"apMac"="{a[3]}",' + ap_attrs(a))
    # NPS unreachable: each node reports it every minute
    t = radius_down[0] + sec(5)
    while t < radius_down[1]:
        for a in (hq_aps[0], wh_aps[0]):
            E(
                a,
                t + sec(r.uniform(0, 3)),
                1651,
                "authSrvrNotReachable",
                f'"authSrvrIp"="10.40.1.12","wlanId"="1","ssid"="Corp","zoneUUID"="{RK_ZONES[a[0]][1]}","zoneName"="{a[0]}","domainId"="{RK_DOMAIN}","domainName"="Administration Domain","idealEventVersion"="3.5.1"',
            )
        t += sec(60)
    # channel changes: radar on the DFS channels, background scanning
    for t in poisson(r, T0, T_END, 480):
        a = r.choice(hq_aps)
        five = r.random() < 0.6
        fr, to = (
            (r.choice([52, 56, 60, 64, 100, 104, 108, 112]), r.choice([36, 40, 44, 48]))
            if five
            else (r.choice([1, 6, 11]), r.choice([1, 6, 11]))
        )
        if fr == to:
            continue
        E(
            a,
            t,
            306,
            "apChannelChanged",
            f'"apMac"="{a[3]}","radio"="{"11a/n/ac/ax" if five else "11g/n/ax"}","fromChannel"="{fr}","toChannel"="{to}",'
            + ap_attrs(a),
        )
    return fs.logs(T0)


SYSTEMS = {
    "watchguard": watchguard,
    "zyxel": zyxel,
    "omada-controller": omada_controller,
    "cisco-nxos": cisco_nxos,
    "ruckus": ruckus,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
