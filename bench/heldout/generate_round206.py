#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 206 (cisco-wlc, cisco-ise, brocade-fos, extreme-exos,
meraki) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per device and per file: the WLC's and ISE's own stamps
show milliseconds, ExtremeXOS hundredths, Meraki's epoch nanoseconds, Fabric OS whole
seconds). Five network and access-control systems, 06:00 to 12:00 on 2024-06-07; none of the
five was in the set (Cisco IOS, ASA, Aruba, Junos, Arista EOS, Huawei VRP, FreeRADIUS and
UniFi are).

- Cisco WLC (`wlc-campus.log`, `wlc-branch.log`: two AireOS 8.10 controllers, a 5520 and a
  3504, logging to one syslog server, rsyslog's file layout: `Jun  7 06:00:18 10.120.0.5
  WLC-BR-01: *spamApTask2: Jun 07 06:00:18.029: %CAPWAP-3-DISC_INTF_ERR2: capwap_ac_sm.c:2352
  Ignoring discovery request ...`, the task, the controller's own time, the mnemonic and the
  source file and line before the text): the authentication traps of clients on CORP and
  CORP-VOICE (`Client Authenticated: MACAddress:%s Base Radio MAC:%s Slot:%d User Name:%s Ip
  Address:%s SSID:%s`, the morning arrivals 07:15-09:30), `Max EAPOL-key M1 retransmissions
  exceeded for client %s`, `Authentication aborted for client %s`, `Max EAP identity request
  retries (%d) exceeded ...`, the log queue's `%LOG-3-Q_IND` repeats (`...[...It occurred %d
  times.!]`), `Client Excluded: ...` traps, `STA [%s, %s] ARP (op %d) received with invalid
  SPA %s/TPA %s`; a branch AP on a switch port with the wrong native VLAN discovering every
  30 s until 08:20 (`Ignoring discovery request received on a wrong VLAN (%d) ...`); ISE's
  psn01, CORP-VOICE's only server, silent 08:41-08:55 (`RADIUS server %s failed to respond to
  request (ID %d) for client %s / user '%s'`, `deactivated` / `activated in global list`); a
  PoE switch reloaded at 09:30 and an AP's port flapping 10:05-10:40 (`DTLS connection closed
  forAP %s (%d), Controller: %s (%d) %s`, `Entry deleted for AP: %s (%d) reason : %s.`); the
  campus's new controller unknown to the branch's mobility group from 10:50 (`Received an
  invalid packet from %s. Source member:%s. source member unknown.`); administrators logging
  in.
- Cisco ISE (`ise-psn01.log`, `ise-psn02.log`, `ise-pan01.log`: ISE 3.2's remote logging
  targets, two policy service nodes and the primary administration node, `Jun  7 06:00:43
  ise-psn01 CISE_Failed_Attempts 0007311954 3 0 2024-06-07 06:00:43.677 +00:00 0634278260 5400
  NOTICE Failed-Attempt: Authentication failed, ConfigVersionId=412, ...`: category, message
  id, segment count and number, the node's own time, sequence number, message code and
  severity, then the text and its attributes; a message longer than the target's 1,024 bytes
  goes on in further segments, each a syslog line of its own with the same id and the next
  number, `... 0007311954 3 1 Step=11017, Step=15049, ...`): wireless 802.1X (PEAP against
  Active Directory) through the WLC and wired MAB and 802.1X through five access switches,
  each session's `Authentication succeeded`, `RADIUS Accounting start request`, `watchdog
  update` every hour and `stop request`; profiling (`Profiler EndPoint profiling event
  occurred`) and the changes of authorization it triggers (`Dynamic Authorization succeeded` /
  `failed`); each node's `System-Stats: ISE Counters` every five minutes; a laptop with a
  stale saved password failing every minute until 08:31 and the domain controllers
  unreachable 08:40-08:52 (`Authentication failed` with FailureReason 24408 and 24495);
  `Supplicant stopped responding to ISE`, `Endpoint abandoned EAP session and started new`;
  a new access switch that is no network device yet, its requests dropped 09:10-09:47 (`RADIUS
  Request dropped`, 11007) until the administrator adds it on the PAN (`Administrator
  authentication failed` / `succeeded`, `Added configuration`, `Changed configuration`,
  `Administrator logged off`).
- Brocade Fabric OS (`fcsw-a1.log`, `fcsw-b1.log`: two G620 switches, fabric A and B, FOS
  9.1.1b, RASLog and audit messages forwarded to a syslog server: `Jun  7 06:00:14 10.50.0.11
  raslogd: 2024/06/07-06:00:14, [SEC-1193], 31843, FID 128, WARNING, fcsw-a1, Security
  violation: ...` and `raslogd: AUDIT, 2024/06/07-06:00:15 (UTC), [SEC-3021], INFO, SECURITY,
  nagios/NONE/10.50.1.17/ssh/CLI, ad_0/fcsw-a1/FID 128, 9.1.1b, , , , , , , Event: login,
  Status: failed, Info: ...`): SANnav's SSH session every five minutes and a port-statistics
  script's every ten (`[SEC-1203] Login information: ...`, `[SEC-3020]`, `[SEC-3022]`); a
  decommissioned Nagios host trying an old password every minute until 10:12 (`[SEC-1193]`
  and `[SEC-3021]`, 509 each); the backup congesting fabric A's ISL until 07:25 (`[AN-1004]
  Slot %d, port %d is a congestion bottleneck. ...`); zoning changes on both fabrics
  (`[ZONE-1022] The effective configuration has changed to %s.`); an ESXi host's cable on
  fcsw-a1 port 12 07:10-09:31 (MAPS's `[MAPS-1003]` / `[MAPS-1001] Port %s, Condition=%s,
  Current Value:[%s], RuleName=%s, Dashboard Category=%s.` for CRC, ITW and LR rules,
  `[MAPS-1020] Switch wide status has changed from %s to %s.`, `[PORT-1003] Port %d Faulted
  because of many Link Resets.`, `[C3-1001] ... SFP validation failure ...` for a wrong SFP);
  a backup server slow-draining fcsw-b1 port 30 10:00-11:00 (`[AN-1003] Latency bottleneck at
  slot %d, port %d. ...`, `[AN-1010]`, C3TXTO rules); the storage administrator locking himself
  out (`[SEC-3023]`, `[SEC-1197] Changed account %s.`); power supply 2 of fcsw-b1 failing and
  replaced (`[EM-1034] %s set to faulty, rc=%s.`, `[EM-1050]`, `[EM-1049]`); a supportSave
  (`[SS-1000]`).
- ExtremeXOS (`core1.log`, `edge-2f.log`, `edge-3f.log`: ExtremeXOS 31.7, `upload log ...
  chronological`'s files in `show log`'s layout, `06/07/2024 06:00:12.13 <Info:AAA.authPass>
  Login passed for user xiqse through ssh (10.60.1.30)`; core1 an X690, edge-2f a SummitStack
  of two X440-G2-48p whose master prefixes its messages with `Slot-1: `, edge-3f a standalone
  X440-G2): ExtremeCloud IQ Site Engine's SSH session every five minutes on each
  (`AAA.authPass`, `AAA.logout`); Network Login on the edge switches, 802.1X for PCs and MAC
  authentication for phones and printers (`Network Login %s user %s logged in MAC %s port %s
  VLAN(s) "%s", authentication %s`, `... logged out ...`, `... authentication failed ...`)
  with a Universal Port profile for the phones (`Launched profile %s for the event %s`), ports
  coming up as people arrive and laptops dock and undock (`Port %s link UP at speed %s and
  %s`, `Port %s link down`); the LACP uplink between core1 and edge-2f flapping 07:40-07:55
  (`Remove port %s from aggregator`, `Add port %s to aggregator`); a loop behind edge-2f port
  2:7 at 09:02 (`[CLI:%s:%d] LOOP DETECTED : ...`, 240 `The MAC address %s on VLAN '%s' has
  moved from port %s to port %s`) until an administrator disables the port (`cli.logRemoteCmd`
  lines); an SSH password guesser on core1 10:15-10:31 (`Login failed for user %s through %s
  (%s)`); a home router on port 1:33 answering DHCP 10:50-11:30 (`A Rogue DHCP server on VLAN
  %s with IP %s was detected on port %s`); slot 2 of the stack rebooting at 11:05
  (`Slot-%d changed state from %s to %s`, its ports down and up again).
- Meraki (`hq-mx.log`, `hq-ms.log`, `hq-mr.log`: an MX250, three MS switches and eight MR46
  access points sending their syslog roles to a server that files them by device type, the
  Meraki layout after rsyslog's head: `Jun  7 07:21:25 10.70.0.1 1 1717744885.908997319
  HQ-MX250 urls src=... request: UNKNOWN https://...`, the version, the epoch with
  nanoseconds, the device's name and the role): the office arriving from 07:15 (`type=association
  ...`, `type=8021x_eap_success ...`, `type=disassociation ...` with its nineteen keys, `dhcp
  lease of ip %s from server mac %s for client mac %s from router %s on subnet %s with dns
  %s`, switch ports' `port %s status changed from %s to %s`), their requests (`urls`) and a
  sample of `flows`, content filtering (`content_filtering_block url='%s' category0='%s'
  ...`); the branch tunnel flapping 08:10-08:25 (`type=vpn_connectivity_change ...`); a cloud
  IPsec peer failing phase 1 every 30 s 07:31-09:02 after a proposal change (racoon's
  `Site-to-site VPN: initiate new phase 1 negotiation: %s[%d]<=>%s[%d]` and `phase1
  negotiation failed due to time up. %s`, then `ISAKMP-SA established ...` and `IPsec-SA
  established: ...`); IoT sensors on the PSK network after the key was rotated at 08:00
  (`type=wpa_deauth ...` beside the others' hourly `type=wpa_auth ...`); an RDP, SSH and SQL
  scan 10:00-10:20 answered by the IDS (`security_event ids_alerted signature=%s ... message:
  %s`); a printer VLAN's pool exhausted (`dhcp no offers for mac %s host = %s`), guests'
  `type=splash_auth`, `type=8021x_eap_failure`, a rogue SSID (`airmarshal_events
  type=rogue_ssid_detected ...`), a desk switch tripping BPDU guard (`Port %s received an STP
  BPDU from %s so the port was blocked`, `Port %s changed STP role from %s to %s`), a malicious
  download blocked (`security_filtering_file_scanned ...`), client VPN users
  (`type=client_vpn_connect` / `type=client_vpn_disconnect user id '%s' local ip %s connected
  from %s`).

Label notes. The heads are context: the syslog head (time, sender, program), the AireOS
task, controller time and source `file.c:line` (the label keeps the `%FAC-SEV-MNEMONIC: `, as
the IOS labels of round 57 do), ISE's category, ids, segment numbers, node time, sequence
number, message code and severity, Fabric OS's date, sequence number, FID or CHASSIS,
severity and switch name (and an audit line's class, user/role/address/interface/application,
admin domain and version columns; the label keeps the message id, `[SEC-3021]`), ExtremeXOS's
date, severity and a stack node's `Slot-1: ` (the label keeps the component and condition),
Meraki's version, epoch, device name and role. ISE's attributes after the text are the
record's fields, as logrus's are: the label is the text (`Passed-Authentication: Authentication
succeeded`), and a message's later segments continue its event (no label). The `%LOG-3-Q_IND`
line carries the repeated message, whose format it contributes (two labels). Fabric OS's audit
event name and `via %s` are the catalog's parameters (`Event: <Event Name>`, `via <connection
method and IP Address>`); MAPS's object, condition, value and rule are values. Meraki's event
types (`type=wpa_auth`, `type=wpa_deauth`) and roles are the code's wording, every `key='%s'`
value a variable. Whatever the network supplies is a value: MAC and IP addresses, user and
host names, SSIDs, VLANs, ports and slots, AP names, reasons and states from a table (an
exclusion reason, an STP role, a MAPS switch state), a rule's name or an IDS signature's
message, an administrator's command.

Least sure (written from the helper's knowledge; the Fabric OS message reference's audit
layout, SEC-3021, SEC-3022, SEC-3023, SEC-1197 and C3-1001 texts, ExtremeXOS's `show log`
layout and AireOS's `[...It occurred %d times.!]` suffix were checked against copies of
public documents, nothing against a source): AireOS's mnemonics for the RADIUS
lines (`AAA-3-RADIUS_RESPONSE_FAILED`, `AAA-3-RADSERVER_DEACTIVATED`, `AAA-5-RADSERVER_ACTIVATED`)
and the administrator lines, whether the controller writes its client traps (`Client
Authenticated`, `Client Excluded`) under `APF-3-AUTHENTICATION_TRAP`, the exclusion reasons'
texts, every source line number; ISE's message codes 51000-51002, 52001-52002 and 70000 and
their class names, the `System-Stats` attributes, the order of the attributes, and where a
segment is cut (here between attributes, at 1,000 characters); Fabric OS's EM-1049 and
EM-1050 numbers, whether ZONE-1022 adds the configuration's checksum, the MAPS condition and
value layouts for ITW, LR and C3TXTO; ExtremeXOS's Network Login texts (the logged-out and
failure lines especially), `DM.Notice`'s slot state line, `cli.logRemoteCmd`'s layout and the
`Slot-1: ` prefix on a stack master's own messages; Meraki's `client_vpn_disconnect` wording,
the `decision=` key in `ids_alerted`, the switch event texts' capitals, and the `flows`
pattern's wording.
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


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def rate_times(r: random.Random, spans: list[tuple[datetime, datetime, float]]) -> list[datetime]:
    """Poisson instants over consecutive spans, each with its own mean gap (seconds)."""
    out: list[datetime] = []
    for a, b, mean in spans:
        out += poisson(r, a, b, mean)
    return out


def renumber(fs: Files, key: str, counters: dict[str, list[int]]) -> None:
    """Fill the `\x00NAME\x00` placeholders of a file's lines in time order: a counter the
    program increments per message (a sequence number, a message id) follows the log's order,
    not the order the simulation wrote its records in. `counters` maps a name to [last value,
    width]; the lines of one record share one number per name."""
    rec = fs.files[key]
    for _t, _n, lines, _tid in sorted(rec.items, key=lambda x: (x[0], x[1])):
        ids: dict[str, str] = {}
        for i, line in enumerate(lines):
            for name, cw in counters.items():
                ph = f"\x00{name}\x00"
                if ph in line:
                    if name not in ids:
                        cw[0] += 1
                        ids[name] = str(cw[0]).zfill(cw[1])
                    line = line.replace(ph, ids[name])
            lines[i] = line


FIRST = [
    "anna",
    "marco",
    "julia",
    "tobias",
    "sofia",
    "lukas",
    "emma",
    "felix",
    "lea",
    "jonas",
    "mia",
    "paul",
    "laura",
    "david",
    "sarah",
    "niklas",
    "hannah",
    "leon",
    "lisa",
    "tim",
    "nina",
    "jan",
    "clara",
    "max",
    "eva",
    "ben",
    "lena",
    "finn",
    "ida",
    "noah",
]
LAST = [
    "schmidt",
    "weber",
    "meyer",
    "wagner",
    "becker",
    "hoffmann",
    "koch",
    "richter",
    "klein",
    "wolf",
    "neumann",
    "schwarz",
    "zimmermann",
    "braun",
    "krueger",
    "hartmann",
    "lange",
    "werner",
    "krause",
    "lehmann",
    "koehler",
    "maier",
    "fuchs",
    "vogel",
    "jung",
]


OUIS = [
    "3c:22:fb",
    "f0:18:98",
    "a4:83:e7",
    "8c:85:90",
    "bc:d0:74",  # Apple
    "48:51:c5",
    "9c:b6:d0",
    "a0:a4:c5",
    "dc:21:5c",
    "f8:fe:5e",  # Intel
    "00:be:75",
    "2c:31:24",
    "70:70:8b",  # Cisco (IP phones)
    "c8:5b:76",
    "34:2e:b7",
    "e4:5f:01",  # Lenovo, Dell, Raspberry Pi
    "50:85:69",
    "8c:79:f5",  # Samsung
]


def cmac(r: random.Random) -> str:
    """A client's MAC under a common vendor's OUI."""
    return r.choice(OUIS) + ":" + ":".join(f"{r.randrange(256):02x}" for _ in range(3))


def users(r: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    while len(seen) < n:
        seen.add(f"{r.choice(FIRST)}.{r.choice(LAST)}")
    return sorted(seen)


# ----------------------------------------------------------------------------- cisco-wlc

WLC = {
    "campus": ("wlc-campus.log", "10.20.0.5", "WLC-CAMPUS-01"),
    "branch": ("wlc-branch.log", "10.120.0.5", "WLC-BR-01"),
}


def cisco_wlc(r: random.Random) -> list[Log]:
    """Two AireOS 8.10 controllers (a campus 5520, a branch 3504) logging to one syslog
    server, 06:00 to 12:00: clients authenticating on CORP and CORP-VOICE (the morning
    arrivals 07:15-09:30), phones and laptops that miss EAPOL-key M1 or abandon EAP, an AP at
    the branch on a switch port with the wrong native VLAN discovering every 30 s until 08:20,
    ISE's psn01 (the only server of CORP-VOICE) not answering 08:41-08:55, a PoE switch
    reloaded at 09:30 taking 14 APs down, an AP's port flapping 10:05-10:40, the campus's new
    controller sending mobility packets the branch controller does not know 10:50-12:00, ARP
    from clients with a stale address, administrators logging in."""
    fs = Files()
    tasks = {
        "eapol": [f"Dot1x_NW_MsgTask_{i}" for i in range(8)],
        "apf": [f"apfMsConnTask_{i}" for i in range(8)],
        "spam": [f"spamApTask{i}" for i in range(8)],
    }

    def W(c: str, t: datetime, task: str, mn: str, src: str, label: str, msg: str) -> datetime:
        fname, ip, name = WLC[c]
        if not t.microsecond:
            t += sec(r.uniform(0.001, 0.9))
        lag = sec(r.uniform(0.001, 0.04))
        return fs.add(
            fname,
            t,
            f"%{mn}: {label}",
            lambda x: [
                f"{syslog_ts(x + lag)} {ip} {name}: *{task}: {x:%b %d %H:%M:%S}.{ms3(x)}: %{mn}: {src} {msg}"
            ],
            c,
            1000,
        )

    def ap_list(prefix: str, n: int, net: str) -> list[tuple[str, str, str, int]]:
        out = []
        for i in range(n):
            base = (
                f"70:db:98:{r.randrange(256):02x}:{r.randrange(256):02x}:{r.randrange(16) * 16:02x}"
            )
            bld, fl = divmod(i, 20)
            name = (
                f"{prefix}-B{bld + 1}-{fl // 5 + 1}F-{fl % 5 + 1:02d}"
                if prefix == "AP"
                else f"{prefix}-{i + 1:02d}"
            )
            out.append((name, base, f"{net}.{10 + i}", r.choice([5248, 5256, 5264, 5272])))
        return out

    aps = {"campus": ap_list("AP", 120, "10.30.1"), "branch": ap_list("APBR", 16, "10.130.1")}
    people = users(r, 260)
    clients: dict[str, list[tuple[str, str, str]]] = {"campus": [], "branch": []}
    for c, n, net in [("campus", 420, "10.40"), ("branch", 70, "10.140")]:
        for _ in range(n):
            kind = weighted(r, [(6, "user"), (2, "host"), (1.5, "phone")])
            m = cmac(r)
            if kind == "phone":
                m = r.choice(["00:be:75", "2c:31:24", "70:70:8b"]) + m[8:]
            if kind == "user":
                u = "CORP\\" + r.choice(people)
            elif kind == "host":
                u = f"host/LT-{r.randrange(1000, 4999)}.corp.example.com"
            else:
                u = f"CP-8845-SEP{m.replace(':', '').upper()}"
            ssid = "CORP-VOICE" if kind == "phone" else "CORP"
            ip = f"{net}.{r.randrange(8, 64)}.{r.randrange(2, 254)}"
            clients[c].append((m, u, ssid + "|" + ip))

    def authed(c: str, t: datetime, cl: tuple[str, str, str]) -> None:
        m, u, rest = cl
        ssid, ip = rest.split("|")
        ap = r.choice(aps[c])
        W(
            c,
            t,
            r.choice(tasks["apf"]),
            "APF-3-AUTHENTICATION_TRAP",
            "apf_80211.c:19812",
            "Client Authenticated: MACAddress:%s Base Radio MAC:%s Slot:%d User Name:%s Ip Address:%s SSID:%s",
            f"Client Authenticated: MACAddress:{m} Base Radio MAC:{ap[1]} Slot:{r.choice([0, 1, 1, 1])} User Name:{u} Ip Address:{ip} SSID:{ssid}",
        )

    radius_down = (at(8, 41, 10), at(8, 55, 40))
    for c, spans in [
        (
            "campus",
            [(T0, at(7, 15), 80.0), (at(7, 15), at(9, 30), 17.0), (at(9, 30), T_END, 48.0)],
        ),
        (
            "branch",
            [(T0, at(7, 30), 300.0), (at(7, 30), at(9, 0), 55.0), (at(9, 0), T_END, 190.0)],
        ),
    ]:
        for t in rate_times(r, spans):
            cl = r.choice(clients[c])
            voice = cl[2].startswith("CORP-VOICE")
            if c == "campus" and voice and in_any(t, [radius_down]):
                continue
            authed(c, t, cl)

    # EAPOL-key M1 not answered (sleeping phones, roaming laptops), aggregated by the log queue
    for c, mean in [("campus", 85.0), ("branch", 300.0)]:
        for t in poisson(r, T0, T_END, mean):
            m = r.choice(clients[c])[0]
            task = r.choice(tasks["eapol"])
            t = W(
                c,
                t,
                task,
                "DOT1X-3-MAX_EAPOL_KEY_RETRANS",
                "1x_ptsm.c:533",
                "Max EAPOL-key M1 retransmissions exceeded for client %s",
                f"Max EAPOL-key M1 retransmissions exceeded for client {m}",
            )
            if r.random() < 0.27:
                n = weighted(r, [(5, 2), (3, 3), (1, 4), (1, 6)])
                W(
                    c,
                    t + sec(r.uniform(5, 40)),
                    task,
                    "LOG-3-Q_IND",
                    "1x_ptsm.c:533",
                    "Max EAPOL-key M1 retransmissions exceeded for client %s[...It occurred %d times.!]",
                    f"Max EAPOL-key M1 retransmissions exceeded for client {m}[...It occurred {n} times.!]",
                )

    def abort(c: str, t: datetime, m: str) -> None:
        W(
            c,
            t,
            r.choice(tasks["eapol"]),
            "DOT1X-3-ABORT_AUTH",
            "1x_bauth_sm.c:447",
            "Authentication aborted for client %s",
            f"Authentication aborted for client {m}",
        )

    for c, mean in [("campus", 95.0), ("branch", 420.0)]:
        for t in poisson(r, T0, T_END, mean):
            abort(c, t, r.choice(clients[c])[0])
    for c, mean in [("campus", 260.0), ("branch", 900.0)]:
        for t in poisson(r, T0, T_END, mean):
            m = r.choice(clients[c])[0]
            W(
                c,
                t,
                r.choice(tasks["eapol"]),
                "DOT1X-4-MAX_EAP_RETRIES",
                "1x_auth_pae.c:3063",
                "Max EAP identity request retries (%d) exceeded for client %s",
                f"Max EAP identity request retries (3) exceeded for client {m}",
            )

    # exclusions: a laptop with an old password, a device reusing an address
    for c, mean in [("campus", 900.0), ("branch", 3000.0)]:
        for t in poisson(r, T0, T_END, mean):
            m, u, rest = r.choice(clients[c])
            ap = r.choice(aps[c])
            reason, code = weighted(
                r,
                [
                    (4, ("802.1X Authentication failed 3 times.", 3)),
                    (1, ("IP Theft or IP Reuse", 5)),
                ],
            )
            W(
                c,
                t,
                r.choice(tasks["apf"]),
                "APF-3-AUTHENTICATION_TRAP",
                "apf_ms.c:8233",
                "Client Excluded: MACAddress:%s Base Radio MAC:%s Slot:%d User Name:%s Ip Address:%s Reason:%s ReasonCode:%d",
                f"Client Excluded: MACAddress:{m} Base Radio MAC:{ap[1]} Slot:{r.choice([0, 1])} User Name:{u} Ip Address:{rest.split('|')[1]} Reason:{reason} ReasonCode:{code}",
            )

    # ARP from clients still holding a home or link-local address
    for c, mean in [("campus", 260.0), ("branch", 1100.0)]:
        for t in poisson(r, T0, T_END, mean):
            m = r.choice(clients[c])[0]
            spa = weighted(
                r,
                [
                    (3, f"192.168.{r.choice([0, 1, 178, 2])}.{r.randrange(2, 250)}"),
                    (2, f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}"),
                ],
            )
            gw = "10.40.0.1" if c == "campus" else "10.140.0.1"
            tpa = weighted(r, [(2, gw), (1, spa), (1, "192.168.1.1")])
            msg = f"STA [{m}, 0.0.0.0] ARP (op 1) received with invalid SPA {spa}/TPA {tpa}"
            t = W(
                c,
                t,
                "dtlArpTask",
                "DTL-3-ARP_POISON_DETECTED",
                "dtl_arp.c:1187",
                "STA [%s, %s] ARP (op %d) received with invalid SPA %s/TPA %s",
                msg,
            )
            if r.random() < 0.2:
                W(
                    c,
                    t + sec(r.uniform(10, 60)),
                    "dtlArpTask",
                    "LOG-3-Q_IND",
                    "dtl_arp.c:1187",
                    "STA [%s, %s] ARP (op %d) received with invalid SPA %s/TPA %s[...It occurred %d times.!]",
                    f"{msg}[...It occurred {r.choice([2, 2, 3, 5])} times.!]",
                )

    # the branch AP on a port with the wrong native VLAN
    bad = aps["branch"][11]
    t = at(6, 0, 18)
    while t < at(8, 20, 30):
        W(
            "branch",
            t + sec(r.uniform(0, 0.4)),
            r.choice(tasks["spam"]),
            "CAPWAP-3-DISC_INTF_ERR2",
            "capwap_ac_sm.c:2352",
            "Ignoring discovery request received on a wrong VLAN (%d) on interface (%d) from AP %s",
            f"Ignoring discovery request received on a wrong VLAN (1) on interface (8) from AP {bad[1]}",
        )
        t += sec(30 + r.uniform(-0.3, 0.3))

    # psn01 not answering: the voice WLAN has no other server
    psn = "10.20.0.31:1812"
    phones = [x for x in clients["campus"] if x[2].startswith("CORP-VOICE")]
    W(
        "campus",
        radius_down[0] + sec(31),
        "radiusTransportThread",
        "AAA-3-RADSERVER_DEACTIVATED",
        "radius_db.c:3874",
        "RADIUS server %s deactivated in global list",
        f"RADIUS server {psn} deactivated in global list",
    )
    rid = r.randrange(20, 200)
    for t in poisson(r, radius_down[0], radius_down[1], 6.5):
        m, u, _ = r.choice(phones)
        rid = (rid + 1) % 256
        t = W(
            "campus",
            t,
            "radiusTransportThread",
            "AAA-3-RADIUS_RESPONSE_FAILED",
            "radius_db.c:3458",
            "RADIUS server %s failed to respond to request (ID %d) for client %s / user '%s'",
            f"RADIUS server {psn} failed to respond to request (ID {rid}) for client {m} / user '{u}'",
        )
        if r.random() < 0.35:
            abort("campus", t + sec(r.uniform(0.5, 3)), m)
    W(
        "campus",
        radius_down[1] + sec(9),
        "radiusTransportThread",
        "AAA-5-RADSERVER_ACTIVATED",
        "radius_db.c:3891",
        "RADIUS server %s activated in global list",
        f"RADIUS server {psn} activated in global list",
    )

    def ap_down(c: str, t: datetime, ap: tuple[str, str, str, int]) -> None:
        wlc_ip = WLC[c][1]
        task = r.choice(tasks["spam"])
        t = W(
            c,
            t,
            task,
            "CAPWAP-3-DTLS_CLOSED_ERR",
            "capwap_ac_sm.c:7521",
            "%s: DTLS connection closed forAP %s (%d), Controller: %s (%d) %s",
            f"{ap[1]}: DTLS connection closed forAP {ap[2]} ({ap[3]}), Controller: {wlc_ip} (5246) AP Message Timeout",
        )
        W(
            c,
            t + sec(r.uniform(0.001, 0.02)),
            task,
            "LWAPP-3-AP_DEL",
            "spam_lrad.c:6009",
            "%s: Entry deleted for AP: %s (%d) reason : %s.",
            f"{ap[1]}: Entry deleted for AP: {ap[2]} ({ap[3]}) reason : AP Message Timeout.",
        )

    for ap in r.sample(aps["campus"][40:60], 14):
        ap_down("campus", at(9, 30, 41) + sec(r.uniform(0, 2.5)), ap)
    flap = aps["campus"][77]
    t = at(10, 5, 12)
    while t < at(10, 40):
        ap_down("campus", t, flap)
        t += sec(r.uniform(90, 240))

    # the campus's new controller, not in the branch's mobility group
    t = at(10, 50, 3)
    while t < T_END:
        W(
            "branch",
            t,
            "mmListen",
            "MM-3-INVALID_PKT_RECVD",
            "mm_listen.c:7592",
            "Received an invalid packet from %s. Source member:%s. source member unknown.",
            "Received an invalid packet from 10.20.0.6. Source member:0.0.0.0. source member unknown.",
        )
        t += sec(20 + r.uniform(-0.05, 0.05))

    admins = [("netadmin", "10.60.1.20"), ("j.weber-adm", "10.60.1.34"), ("prime", "10.60.1.5")]
    for c in ["campus", "branch"]:
        for t in sorted(r.sample(range(0, 21600), 5 if c == "campus" else 3)):
            u, ip = r.choice(admins)
            when = T0 + sec(t + r.random())
            if r.random() < 0.35:
                when = W(
                    c,
                    when,
                    "emWeb",
                    "AAA-3-AAA_AUTH_ADMIN_USER_FAILED",
                    "aaa.c:2840",
                    "Authentication failed for admin user: %s on %s",
                    f"Authentication failed for admin user: {u} on {ip}",
                ) + sec(r.uniform(4, 15))
            W(
                c,
                when,
                "emWeb",
                "AAA-5-AAA_AUTH_ADMIN_USER",
                "aaa.c:2813",
                "Authentication succeeded for admin user: %s on %s",
                f"Authentication succeeded for admin user: {u} on {ip}",
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- cisco-ise

ISE_NODES = {"ise-psn01": "10.20.0.31", "ise-psn02": "10.20.0.32", "ise-pan01": "10.20.0.30"}
ISE_NADS = [
    # name, ip, type, location, kind (wlc / switch)
    (
        "WLC-CAMPUS-01",
        "10.20.0.5",
        "Device Type#All Device Types#Wireless#WLC",
        "Location#All Locations#HQ",
        "wlc",
    ),
    (
        "sw-acc-1-01",
        "10.30.1.11",
        "Device Type#All Device Types#Switches#Access",
        "Location#All Locations#HQ#B1",
        "switch",
    ),
    (
        "sw-acc-1-02",
        "10.30.1.12",
        "Device Type#All Device Types#Switches#Access",
        "Location#All Locations#HQ#B1",
        "switch",
    ),
    (
        "sw-acc-2-01",
        "10.30.2.11",
        "Device Type#All Device Types#Switches#Access",
        "Location#All Locations#HQ#B2",
        "switch",
    ),
    (
        "sw-acc-2-02",
        "10.30.2.12",
        "Device Type#All Device Types#Switches#Access",
        "Location#All Locations#HQ#B2",
        "switch",
    ),
    (
        "sw-acc-3-01",
        "10.30.3.11",
        "Device Type#All Device Types#Switches#Access",
        "Location#All Locations#HQ#B3",
        "switch",
    ),
]


def steps(codes: str) -> list[int]:
    """ISE's step codes, written as one string (data, one code per step)."""
    return [int(c) for c in codes.split()]


ISE_PEAP_OK = steps(
    "11001 11017 15049 15008 11507 12300 12625 11006 11001 11018 12302 12318 12800 12805 12806 12807 12808 12810 12305 11006 11001 11018 12304 12318 12812 12813 12804 12801 12802 12816 12310 12305 11006 11001 11018 12304 12313 11521 12305 11006 11001 11018 12304 11522 11806 12305 11006 11001 11018 12304 11808 15041 15048 22072 15013 24430 24325 24313 24319 24367 24367 24323 24343 24402 22037 11824 12314 12305 11006 11001 11018 12304 24715 15036 15048 15016 22081 22080 11002"
)
ISE_PEAP_BADPW = [
    *ISE_PEAP_OK[:57],
    *steps(
        "24430 24325 24313 24319 24367 24367 24323 24344 24408 22057 22061 11823 12305 11006 11001 11018 12304 11504 11003"
    ),
]
ISE_PEAP_NOAD = [
    *ISE_PEAP_OK[:57],
    *steps("24430 24495 22059 22061 11823 12305 11006 11001 11018 12304 11504 11003"),
]
ISE_MAB_OK = steps(
    "11001 11017 11027 15049 15008 15048 15041 15048 15013 24209 24211 22037 24715 15036 15048 15016 22081 22080 11002"
)
ISE_RULES = {
    "CORP_VLAN40": "Corp Users",
    "BYOD_VLAN44": "BYOD Registered",
    "VOICE_PHONE": "IP Phones",
    "PRINTERS_VLAN60": "Printers",
    "CAMERAS_VLAN70": "Cameras",
}
ISE_ACCT = steps("11004 11017 15049 15008 22083 11005")


def cisco_ise(r: random.Random) -> list[Log]:
    """Cisco ISE 3.2 (two policy service nodes and the primary administration node) sending
    its remote-logging categories to a syslog server, 06:00 to 12:00: wireless 802.1X (PEAP
    against Active Directory) and wired MAB with their RADIUS accounting, profiling and the
    changes of authorization it triggers, every node's statistics every five minutes; a laptop
    with a stale saved password failing every minute until 08:31, the domain controllers
    unreachable 08:40-08:52, a new access switch that is not a network device yet (its
    requests dropped 09:10-09:47) until an administrator adds it on the PAN, supplicants that
    stop answering or start over."""
    fs = Files()
    cfg = [412]

    def E(
        h: str,
        t: datetime,
        cat: str,
        code: int,
        sev: str,
        label: str,
        attrs: list[tuple[str, object]],
    ) -> datetime:
        parts = [f"{k}={v}" for k, v in attrs]
        segs: list[list[str]] = [[]]
        size = len(label) + 60
        for p in parts:
            if segs[-1] and size + len(p) + 2 > 1000:
                segs.append([])
                size = 0
            segs[-1].append(p)
            size += len(p) + 2
        n = len(segs)

        def text(x: datetime) -> list[str]:
            head = f"{syslog_ts(x)} {h} {cat} \x00MID\x00 {n}"
            lines = []
            for i, seg in enumerate(segs):
                body = ", ".join(seg) + ","
                if i == 0:
                    body = f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} +00:00 \x00SEQ\x00 {code} {sev} {label}, {body}"
                lines.append(f"{head} {i} {body}")
            return lines

        return fs.add(f"{h}.log", t, label, text, h, 1000)

    people = users(r, 230)
    # endpoints: (mac, user or None for MAB, nad, port or ap, ip, profile, group)
    eps = []
    for _ in range(330):
        nad = ISE_NADS[0] if r.random() < 0.72 else r.choice(ISE_NADS[1:])
        m = cmac(r).upper().replace(":", "-")
        if nad[4] == "wlc":
            prof = weighted(
                r,
                [
                    (5, "Microsoft-Workstation"),
                    (2, "Apple-MacBook"),
                    (3, "Apple-iPhone"),
                    (2, "Android-Samsung"),
                ],
            )
            who = r.choice(people) + "@corp.example.com"
            port = f"70-DB-98-{r.randrange(256):02X}-{r.randrange(256):02X}-{r.randrange(16) * 16:02X}:CORP"
        else:
            prof = weighted(
                r,
                [
                    (3, "Cisco-IP-Phone-8845"),
                    (2, "HP-Printer"),
                    (1, "Axis-Camera"),
                    (2, "Microsoft-Workstation"),
                ],
            )
            who = (
                None if prof != "Microsoft-Workstation" else r.choice(people) + "@corp.example.com"
            )
            port = f"GigabitEthernet1/0/{r.randrange(1, 48)}"
        ip = f"10.{40 if nad[4] == 'wlc' else 50}.{r.randrange(8, 40)}.{r.randrange(2, 254)}"
        eps.append([m, who, nad, port, ip, prof])

    def psn_of(nad: tuple) -> str:
        return "ise-psn01" if nad[4] == "wlc" else "ise-psn02"

    def sess(h: str) -> tuple[str, str, str]:
        audit = f"0A1E{r.randrange(16**4):04X}0000{r.randrange(16**4):04X}{hexid(r, 8).upper()}"
        acs = f"{h}/{r.randrange(480_000_000, 520_000_000)}/{r.randrange(10_000, 99_999)}"
        return audit, acs, f"CACS:{audit}:{acs}"

    def radius_base(h: str, ep: list, lat: int, port: int = 1812) -> list[tuple[str, object]]:
        m, who, nad, nport, _ip, _prof = ep
        un = who or m
        a: list[tuple[str, object]] = [
            ("ConfigVersionId", cfg[0]),
            ("Device IP Address", nad[1]),
            ("DestinationIPAddress", ISE_NODES[h]),
            ("DestinationPort", port),
            ("UserName", un),
            ("Protocol", "Radius"),
            ("RequestLatency", lat),
            ("NetworkDeviceName", nad[0]),
            ("User-Name", un),
            ("NAS-IP-Address", nad[1]),
        ]
        if nad[4] == "wlc":
            a += [
                ("NAS-Port", 13),
                ("Service-Type", "Framed"),
                ("Framed-MTU", 1300),
                ("Called-Station-ID", nport[:17].lower() + nport[17:]),
                ("Calling-Station-ID", m.lower()),
                ("NAS-Identifier", "WLC-CAMPUS-01"),
                ("NAS-Port-Type", "Wireless - IEEE 802.11"),
                ("Airespace-Wlan-Id", 1),
            ]
        else:
            a += [
                ("NAS-Port", 50100 + int(nport.rsplit("/", 1)[1])),
                ("Service-Type", "Call Check" if who is None else "Framed"),
                ("Framed-MTU", 1500),
                ("Called-Station-ID", "00-AF-1F-" + hexid(r, 6).upper()[:2] + "-3C-81"),
                ("Calling-Station-ID", m),
                ("NAS-Port-Type", "Ethernet"),
                ("NAS-Port-Id", nport),
            ]
        return a

    def auth(h: str, t: datetime, ep: list, outcome: str) -> datetime:
        m, who, nad, _nport, _ip, prof = ep
        audit, acs, cls = sess(h)
        mab = who is None
        lat = r.randrange(18, 160)
        if outcome == "noad":
            lat = r.randrange(9000, 30000)
        a = radius_base(h, ep, lat)
        a += [
            ("cisco-av-pair", "service-type=Framed" if not mab else "service-type=Call Check"),
            ("cisco-av-pair", f"audit-session-id={audit}"),
            ("cisco-av-pair", "method=" + ("mab" if mab else "dot1x")),
            ("AcsSessionID", acs),
        ]
        if mab:
            a += [
                ("AuthenticationIdentityStore", "Internal Endpoints"),
                ("AuthenticationMethod", "Lookup"),
            ]
        else:
            a += [("AuthenticationIdentityStore", "CORP-AD"), ("AuthenticationMethod", "MSCHAPV2")]
        a += [("SelectedAccessService", "Default Network Access")]
        authz = ""
        if outcome == "ok":
            authz = {
                "Microsoft-Workstation": "CORP_VLAN40",
                "Apple-MacBook": "CORP_VLAN40",
                "Apple-iPhone": "BYOD_VLAN44",
                "Android-Samsung": "BYOD_VLAN44",
                "Cisco-IP-Phone-8845": "VOICE_PHONE",
                "HP-Printer": "PRINTERS_VLAN60",
                "Axis-Camera": "CAMERAS_VLAN70",
            }[prof]
            a += [
                ("SelectedAuthorizationProfiles", authz),
                ("IdentityGroup", f"Endpoint Identity Groups:Profiled:{prof.split('-')[0]}"),
            ]
        else:
            reason = {
                "badpw": "24408 User authentication against Active Directory failed since user has entered the wrong password",
                "noad": "24495 Active Directory servers are not available",
            }[outcome]
            a += [("FailureReason", reason)]
        steps = (
            ISE_MAB_OK
            if mab
            else {"ok": ISE_PEAP_OK, "badpw": ISE_PEAP_BADPW, "noad": ISE_PEAP_NOAD}[outcome]
        )
        a += [("Step", s) for s in steps]
        a += [
            ("SelectedAuthenticationIdentityStores", "Internal Endpoints" if mab else "CORP-AD"),
            (
                "AuthenticationStatus",
                "AuthenticationPassed"
                if outcome == "ok"
                else ("UnknownUser" if outcome == "noad" else "AuthenticationFailed"),
            ),
            ("NetworkDeviceGroups", nad[3]),
            ("NetworkDeviceGroups", nad[2]),
            ("IdentityPolicyMatchedRule", "MAB" if mab else "Dot1X"),
        ]
        if outcome == "ok":
            a += [("AuthorizationPolicyMatchedRule", ISE_RULES[authz])]
        if not mab:
            a += [
                ("EapTunnel", "PEAP"),
                ("EapAuthentication", "EAP-MSCHAPv2"),
                ("TLSCipher", "ECDHE-RSA-AES256-GCM-SHA384"),
                ("TLSVersion", "TLSv1.2"),
            ]
        a += [
            ("CPMSessionID", audit),
            ("EndPointMACAddress", m),
            ("PostureAssessmentStatus", "NotApplicable"),
            ("EndPointMatchedProfile", prof),
            ("ISEPolicySetName", "Wireless" if nad[4] == "wlc" else "Wired"),
            ("IdentitySelectionMatchedRule", "MAB" if mab else "Dot1X"),
            ("StepLatency", "=".join(str(r.randrange(0, 40)) for _ in range(6))),
            ("DTLSSupport", "Unknown"),
            ("HostIdentityGroup", f"Endpoint Identity Groups:Profiled:{prof.split('-')[0]}"),
            ("Model Name", "AIR-CT5520-K9" if nad[4] == "wlc" else "C9300-48P"),
            ("Location", nad[3]),
            ("Device Type", nad[2]),
            ("IPSEC", "IPSEC#Is IPSEC Device#No"),
            ("Name", "Endpoint Identity Groups:Profiled"),
            ("EnableFlag", "Enabled"),
            ("RADIUS Username", who or m),
            ("Device IP Address", nad[1]),
        ]
        if outcome == "ok":
            vlan = {
                "CORP_VLAN40": 40,
                "BYOD_VLAN44": 44,
                "PRINTERS_VLAN60": 60,
                "CAMERAS_VLAN70": 70,
            }.get(authz)
            resp = f"Class={cls}; "
            if vlan:
                resp += f"Tunnel-Type=(tag=1) VLAN; Tunnel-Medium-Type=(tag=1) 802; Tunnel-Private-Group-ID=(tag=1) {vlan}; "
            if not mab:
                resp += f"EAP-Key-Name=19:{hexid(r, 40)}; MS-MPPE-Send-Key=****; MS-MPPE-Recv-Key=****; "
            else:
                resp += "cisco-av-pair=device-traffic-class=voice; " if "Phone" in prof else ""
            resp += "LicenseTypes=Essential license consumed.; "
            a += [("Response", "{" + resp + "}")]
            return E(
                h,
                t,
                "CISE_Passed_Authentications",
                5200,
                "NOTICE",
                "Passed-Authentication: Authentication succeeded",
                a,
            )
        a += [("Response", "{RadiusPacketType=AccessReject; AuthenticationResult=Failed; }")]
        return E(
            h, t, "CISE_Failed_Attempts", 5400, "NOTICE", "Failed-Attempt: Authentication failed", a
        )

    def acct(h: str, t: datetime, ep: list, kind: str, sid: str, started: datetime) -> datetime:
        _m, _who, nad, _nport, ip, _prof = ep
        audit, acs, cls = sess(h)
        a = radius_base(h, ep, r.randrange(2, 20), 1813)
        status = {"start": "Start", "stop": "Stop", "update": "Interim-Update"}[kind]
        a += [
            ("Framed-IP-Address", ip),
            ("Class", cls),
            ("Acct-Status-Type", status),
            ("Acct-Delay-Time", 0),
        ]
        if kind != "start":
            dur = int((t - started).total_seconds())
            a += [
                ("Acct-Input-Octets", r.randrange(10_000, 90_000_000)),
                ("Acct-Output-Octets", r.randrange(10_000, 400_000_000)),
                ("Acct-Session-Time", max(dur, 1)),
                ("Acct-Input-Packets", r.randrange(100, 90_000)),
                ("Acct-Output-Packets", r.randrange(100, 300_000)),
            ]
        if kind == "stop":
            a += [
                (
                    "Acct-Terminate-Cause",
                    weighted(
                        r,
                        [
                            (5, "User Request"),
                            (3, "Idle Timeout"),
                            (2, "Lost Carrier"),
                            (1, "Session Timeout"),
                        ],
                    ),
                )
            ]
        a += [
            ("Acct-Session-Id", sid),
            ("Acct-Authentic", "RADIUS"),
            ("Event-Timestamp", int(t.timestamp())),
            ("cisco-av-pair", f"audit-session-id={audit}"),
            ("AcsSessionID", acs),
            ("SelectedAccessService", "Default Network Access"),
        ]
        a += [("Step", s) for s in ISE_ACCT]
        a += [
            ("NetworkDeviceGroups", nad[3]),
            ("NetworkDeviceGroups", nad[2]),
            ("CPMSessionID", audit),
            ("Model Name", "AIR-CT5520-K9" if nad[4] == "wlc" else "C9300-48P"),
            ("Location", nad[3]),
            ("Device Type", nad[2]),
        ]
        text = {
            "start": "RADIUS Accounting start request",
            "stop": "RADIUS Accounting stop request",
            "update": "RADIUS Accounting watchdog update",
        }[kind]
        code = {"start": 3000, "stop": 3001, "update": 3002}[kind]
        return E(h, t, "CISE_RADIUS_Accounting", code, "NOTICE", f"Radius-Accounting: {text}", a)

    def profiled(h: str, t: datetime, ep: list) -> datetime:
        m, _who, nad, _nport, ip, prof = ep
        oui = {
            "Apple": "Apple, Inc.",
            "Microsoft": "Intel Corporate",
            "Android": "Samsung Electronics Co.,Ltd",
            "Cisco": "Cisco Systems, Inc",
            "HP": "HP Inc.",
            "Axis": "Axis Communications AB",
        }[prof.split("-")[0]]
        a: list[tuple[str, object]] = [
            ("ConfigVersionId", cfg[0]),
            ("EndpointCertainityMetric", r.choice([10, 20, 30, 40, 50, 70])),
            ("EndpointIPAddress", ip),
            ("EndpointMacAddress", m.replace("-", ":")),
            ("EndpointMatchedPolicy", prof),
            ("EndpointNADAddress", nad[1]),
            ("EndpointOUI", oui),
            ("EndpointPolicy", prof),
            (
                "EndpointProperty",
                f"Service-Type=Framed\\,MessageCode=3002\\,EndPointPolicyID={hexid(r, 8)}-{hexid(r, 4)}-11ee-{hexid(r, 4)}-{hexid(r, 12)}\\,dhcp-class-identifier={'MSFT 5.0' if 'Microsoft' in prof else 'android-dhcp-14'}\\,NAS-IP-Address={nad[1]}\\,StaticAssignment=false\\,PostureApplicable=Yes\\,Total Certainty Factor={r.randrange(10, 90)}\\,BYODRegistration=Unknown\\,PolicyVersion=41",
            ),
            (
                "EndpointSourceEvent",
                weighted(r, [(3, "DHCP Probe"), (2, "RADIUS Probe"), (1, "SNMPQuery Probe")]),
            ),
            ("EndpointIdentityGroup", "Profiled"),
            ("ProfilerServer", f"{h}.corp.example.com"),
        ]
        return E(
            h,
            t,
            "CISE_Profiler",
            80002,
            "INFO",
            "Profiler: Profiler EndPoint profiling event occurred",
            a,
        )

    def coa(h: str, t: datetime, ep: list, ok: bool) -> datetime:
        m, who, nad, _nport, _ip, _prof = ep
        audit, acs, _cls = sess(h)
        a: list[tuple[str, object]] = [
            ("ConfigVersionId", cfg[0]),
            ("Device IP Address", nad[1]),
            ("DestinationIPAddress", nad[1]),
            ("DestinationPort", 1700 if nad[4] == "wlc" else 3799),
            ("UserName", who or m),
            ("Protocol", "Radius"),
            ("NetworkDeviceName", nad[0]),
            ("NAS-IP-Address", nad[1]),
            ("Calling-Station-ID", m),
            ("Event-Timestamp", int(t.timestamp())),
            ("cisco-av-pair", "subscriber:command=reauthenticate"),
            ("cisco-av-pair", f"audit-session-id={audit}"),
            ("AcsSessionID", acs),
            ("CoASourceComponent", "Profiler"),
            (
                "CoAReason",
                "Change in endpoint identity group/policy/logical profile which are used in authorization policy",
            ),
            ("CoAType", "Reauthentication - last"),
            ("Network Device Profile", "Cisco"),
            ("Location", nad[3]),
            ("Device Type", nad[2]),
        ]
        if ok:
            a += [("Step", s) for s in [11201, 11220, 11100, 11101, 11102, 11103, 11213]]
            return E(
                h,
                t,
                "CISE_Passed_Authentications",
                5205,
                "NOTICE",
                "Dynamic-Authorization: Dynamic Authorization succeeded",
                a,
            )
        a += [
            (
                "FailureReason",
                "11213 No response received from Network Access Device after sending a Dynamic Authorization request",
            )
        ]
        a += [("Step", s) for s in [11201, 11220, 11100, 11104, 11213]]
        return E(
            h,
            t,
            "CISE_Failed_Attempts",
            5417,
            "NOTICE",
            "Dynamic-Authorization: Dynamic Authorization failed",
            a,
        )

    def dropped(h: str, t: datetime, port: int) -> datetime:
        m = cmac(r).upper().replace(":", "-")
        a: list[tuple[str, object]] = [
            ("ConfigVersionId", cfg[0]),
            ("Device IP Address", "10.30.7.11"),
            ("DestinationIPAddress", ISE_NODES[h]),
            ("DestinationPort", 1812),
            ("UserName", m),
            ("Protocol", "Radius"),
            ("NAS-IP-Address", "10.30.7.11"),
            ("NAS-Port", 50100 + port),
            ("Service-Type", "Call Check"),
            ("Called-Station-ID", "00-AF-1F-7D-3C-81"),
            ("Calling-Station-ID", m),
            ("NAS-Port-Type", "Ethernet"),
            ("NAS-Port-Id", f"GigabitEthernet1/0/{port}"),
            (
                "AcsSessionID",
                f"{h}/{r.randrange(480_000_000, 520_000_000)}/{r.randrange(10_000, 99_999)}",
            ),
            ("FailureReason", "11007 Could not locate Network Device or AAA Client"),
            ("Step", 11001),
            ("Step", 11017),
            ("Step", 11007),
            ("Step", 5405),
        ]
        return E(
            h,
            t,
            "CISE_Failed_Attempts",
            5405,
            "NOTICE",
            "Failed-Attempt: RADIUS Request dropped",
            a,
        )

    def eap_fail(h: str, t: datetime, ep: list, code: int, text: str, steps: list[int]) -> datetime:
        a = radius_base(
            h, ep, r.randrange(120_000, 125_000) if code == 5411 else r.randrange(20, 200)
        )
        a += [
            ("AcsSessionID", sess(h)[1]),
            ("AuthenticationMethod", "MSCHAPV2"),
            ("SelectedAccessService", "Default Network Access"),
            (
                "FailureReason",
                f"{'12934 Supplicant stopped responding to ISE during PEAP tunnel establishment' if code == 5411 else '5440 Endpoint abandoned EAP session and started new'}",
            ),
        ]
        a += [("Step", s) for s in steps]
        a += [
            ("NetworkDeviceGroups", ep[2][3]),
            ("NetworkDeviceGroups", ep[2][2]),
            ("EapTunnel", "PEAP"),
            ("EndPointMACAddress", ep[0]),
        ]
        return E(h, t, "CISE_Failed_Attempts", code, "NOTICE", f"Failed-Attempt: {text}", a)

    ad_down = (at(8, 40, 12), at(8, 52, 37))
    nad_missing = (at(9, 10, 4), at(9, 47, 31))
    # sessions: authentication, accounting start, interim updates, stop
    sessions = rate_times(
        r, [(T0, at(7, 20), 140.0), (at(7, 20), at(9, 15), 24.0), (at(9, 15), T_END, 90.0)]
    )
    for t in sessions:
        ep = r.choice(eps)
        h = psn_of(ep[2])
        if ep[1] is not None and in_any(t, [ad_down]):
            auth(h, t, ep, "noad")
            continue
        ta = auth(h, t, ep, "ok")
        sid = (
            f"{hexid(r, 8)}/{ep[0].lower().replace('-', ':')}/{r.randrange(100000, 999999)}"
            if ep[2][4] == "wlc"
            else f"{r.randrange(16**8):08X}"
        )
        ts = acct(h, ta + sec(r.uniform(0.3, 2.5)), ep, "start", sid, ta)
        if r.random() < 0.2:
            tp = profiled(h, ts + sec(r.uniform(1, 20)), ep)
            if r.random() < 0.45:
                coa(h, tp + sec(r.uniform(0.05, 0.4)), ep, r.random() > 0.1)
        end = ts + sec(r.expovariate(1 / 6000))
        tu = ts + sec(r.uniform(1500, 3600))
        while tu < min(end, T_END):
            acct(h, tu, ep, "update", sid, ts)
            tu += sec(3600 + r.uniform(-30, 30))
        if end < T_END:
            acct(h, end, ep, "stop", sid, ts)
    # the laptop with a stale saved password
    stale = [r.choice(people) + "@corp.example.com"]
    lap = [
        cmac(r).upper().replace(":", "-"),
        stale[0],
        ISE_NADS[0],
        "70-DB-98-4A-17-A0:CORP",
        "10.40.22.19",
        "Microsoft-Workstation",
    ]
    t = at(6, 0, 41)
    while t < at(8, 31):
        auth("ise-psn01", t + sec(r.uniform(0, 3)), lap, "badpw")
        t += sec(r.uniform(55, 70))
    for t in poisson(r, T0, T_END, 420.0):
        ep = r.choice([e for e in eps if e[1] is not None])
        eap_fail(
            psn_of(ep[2]),
            t,
            ep,
            5411,
            "Supplicant stopped responding to ISE",
            [
                11001,
                11017,
                15049,
                15008,
                11507,
                12300,
                12625,
                11006,
                11001,
                11018,
                12302,
                12318,
                12800,
                12805,
                12806,
                12807,
                12808,
                12810,
                12305,
                11006,
                5411,
            ],
        )
    for t in poisson(r, T0, T_END, 360.0):
        ep = r.choice([e for e in eps if e[1] is not None])
        eap_fail(
            psn_of(ep[2]),
            t,
            ep,
            5440,
            "Endpoint abandoned EAP session and started new",
            [11001, 11017, 15049, 15008, 11507, 12300, 12625, 11006, 5440],
        )
    # the new switch: every port's MAB dropped until it is added
    for t in poisson(r, nad_missing[0], nad_missing[1], 8.5):
        dropped("ise-psn02", t, r.choice([3, 5, 7, 8, 12, 14, 15, 21, 22, 30, 31, 44]))
    # statistics of every node every five minutes
    for h in ISE_NODES:
        t = T0 + sec(r.uniform(5, 60))
        while t < T_END:
            E(
                h,
                t,
                "CISE_System_Statistics",
                70000,
                "NOTICE",
                "System-Stats: ISE Counters",
                [
                    ("ConfigVersionId", cfg[0]),
                    (
                        "OperationCounters",
                        f"Counters=30000:{r.randrange(0, 400)}:0|3000:{r.randrange(0, 900)}:0|3001:{r.randrange(0, 300)}:0|3002:{r.randrange(0, 1200)}:0|5200:{r.randrange(0, 300)}:0|5400:{r.randrange(0, 60)}:0",
                    ),
                    ("CPUUsage", f"{r.uniform(3, 28):.2f}"),
                    ("MemoryUsage", f"{r.uniform(41, 58):.2f}"),
                    ("DiskSpaceUsage", f"{r.uniform(22, 24):.2f}"),
                    ("LoadAverage", f"{r.uniform(0.2, 2.4):.2f}"),
                ],
            )
            t += sec(300 + r.uniform(-0.2, 0.2))
    # the administrator adds the switch on the PAN
    pan = "ise-pan01"

    def admin(t: datetime, code: int, label: str, extra: list[tuple[str, object]]) -> datetime:
        return E(
            pan,
            t,
            "CISE_Administrative_and_Operational_Audit",
            code,
            "NOTICE",
            label,
            [
                ("ConfigVersionId", cfg[0]),
                ("AdminInterface", "GUI"),
                ("AdminIPAddress", "10.60.1.20"),
                ("AdminSession", f"{hexid(r, 32).upper()}"),
                ("AdminName", "netadmin"),
                *extra,
            ],
        )

    t = admin(
        at(9, 43, 12.318),
        51001,
        "Administrator-Login: Administrator authentication failed",
        [("OperationMessageText", "Invalid username or password")],
    )
    t = admin(
        t + sec(9.4),
        51000,
        "Administrator-Login: Administrator authentication succeeded",
        [("OperationMessageText", "Administrator authentication successful")],
    )
    t = admin(
        at(9, 47, 28.771),
        52001,
        "Configuration-Changes: Added configuration",
        [
            (
                "ConfigChangeData",
                "Name=sw-acc-3-07, IP Address=10.30.7.11/32, RADIUS Shared Secret=****",
            ),
            ("ObjectType", "Network Device"),
            ("ObjectName", "sw-acc-3-07"),
        ],
    )
    cfg[0] = 413
    t = admin(
        t + sec(44),
        52002,
        "Configuration-Changes: Changed configuration",
        [
            ("ConfigChangeData", "Network Device Groups=Location#All Locations#HQ#B3"),
            ("ObjectType", "Network Device"),
            ("ObjectName", "sw-acc-3-07"),
        ],
    )
    admin(
        at(9, 52, 40.129),
        51002,
        "Administrator-Login: Administrator logged off",
        [("OperationMessageText", "User logged out")],
    )
    t = admin(
        at(11, 5, 3.560),
        51000,
        "Administrator-Login: Administrator authentication succeeded",
        [("OperationMessageText", "Administrator authentication successful")],
    )
    t = admin(
        t + sec(210),
        52002,
        "Configuration-Changes: Changed configuration",
        [
            (
                "ConfigChangeData",
                "Rule=BYOD Registered, Condition=EndPoints:BYODRegistration EQUALS Yes",
            ),
            ("ObjectType", "Authorization Rule"),
            ("ObjectName", "BYOD Registered"),
        ],
    )
    admin(
        t + sec(95),
        51002,
        "Administrator-Login: Administrator logged off",
        [("OperationMessageText", "User logged out")],
    )
    for h in ISE_NODES:
        renumber(
            fs,
            f"{h}.log",
            {
                "MID": [r.randrange(1_000_000, 9_000_000), 10],
                "SEQ": [r.randrange(100_000_000, 900_000_000), 10],
            },
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------- brocade-fos

FOS = {"fcsw-a1": "10.50.0.11", "fcsw-b1": "10.50.0.12"}


def brocade_fos(r: random.Random) -> list[Log]:
    """Two Brocade G620 switches (fabric A and B, FOS 9.1.1b) forwarding RASLog and audit
    messages to a syslog server, 06:00 to 12:00: SANnav's SSH session every five minutes, a
    decommissioned Nagios host still trying an old password every minute until 10:12, the
    nightly backup congesting fabric A's ISL until 07:25, zoning changes on both fabrics at
    08:02 and 08:09, an ESXi host's HBA cable on fcsw-a1 port 12 throwing CRC errors and link
    resets 07:10-09:31 (MAPS, the port faulted, a wrong SFP, the cable replaced), a backup
    server slow-draining fcsw-b1 port 30 10:00-11:00, the storage administrator locking
    himself out, power supply 2 of fcsw-b1 failing at 10:55 and replaced at 11:40, a
    supportSave."""
    fs = Files()

    def R(
        sw: str, t: datetime, mid: str, sev: str, label: str, msg: str, where: str = "FID 128"
    ) -> datetime:
        return fs.add(
            f"{sw}.log",
            t,
            f"[{mid}] {label}",
            lambda x: [
                f"{syslog_ts(x)} {FOS[sw]} raslogd: {x:%Y/%m/%d-%H:%M:%S}, [{mid}], \x00SEQ\x00, {where}, {sev}, {sw}, {msg}"
            ],
            sw,
            1_000_000,
        )

    def A(sw: str, t: datetime, mid: str, cls: str, who: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{sw}.log",
            t,
            f"[{mid}] {label}",
            lambda x: [
                f"{syslog_ts(x)} {FOS[sw]} raslogd: AUDIT, {x:%Y/%m/%d-%H:%M:%S} (UTC), [{mid}], INFO, {cls}, {who}, ad_0/{sw}/FID 128, 9.1.1b, , , , , , , {msg}"
            ],
            sw,
            1_000_000,
        )

    def login(sw: str, t: datetime, user: str, role: str, ip: str) -> datetime:
        t = R(
            sw,
            t,
            "SEC-1203",
            "INFO",
            "Login information: Login successful via TELNET/SSH/RSH. IP Addr: %s",
            f"Login information: Login successful via TELNET/SSH/RSH. IP Addr: {ip}",
        )
        return A(
            sw,
            t,
            "SEC-3020",
            "SECURITY",
            f"{user}/{role}/{ip}/ssh/CLI",
            "Event: %s, Status: success, Info: Successful login attempt via %s.",
            f"Event: login, Status: success, Info: Successful login attempt via REMOTE, IP Addr: {ip}.",
        )

    def logout(sw: str, t: datetime, user: str, role: str, ip: str) -> datetime:
        return A(
            sw,
            t,
            "SEC-3022",
            "SECURITY",
            f"{user}/{role}/{ip}/ssh/CLI",
            "Event: %s, Status: success, Info: Successful logout by user [%s].",
            f"Event: logout, Status: success, Info: Successful logout by user [{user}].",
        )

    def failed(sw: str, t: datetime, user: str, ip: str) -> datetime:
        t = R(
            sw,
            t,
            "SEC-1193",
            "WARNING",
            "Security violation: Login failure attempt via TELNET/SSH/RSH. IP Addr: %s",
            f"Security violation: Login failure attempt via TELNET/SSH/RSH. IP Addr: {ip}",
        )
        return A(
            sw,
            t,
            "SEC-3021",
            "SECURITY",
            f"{user}/NONE/{ip}/ssh/CLI",
            "Event: %s, Status: failed, Info: Failed login attempt via %s.",
            f"Event: login, Status: failed, Info: Failed login attempt via REMOTE, IP Addr: {ip}.",
        )

    def maps(
        sw: str, t: datetime, mid: str, sev: str, port: int, cond: str, val: str, rule: str
    ) -> datetime:
        return R(
            sw,
            t,
            mid,
            sev,
            "%s %s, Condition=%s, Current Value:[%s], RuleName=%s, Dashboard Category=%s.",
            f"Port {port}, Condition={cond}, Current Value:[{val}], RuleName={rule}, Dashboard Category=Port Health.",
        )

    def status(sw: str, t: datetime, a: str, b: str) -> datetime:
        return R(
            sw,
            t,
            "MAPS-1020",
            "WARNING" if b != "HEALTHY" else "INFO",
            "Switch wide status has changed from %s to %s.",
            f"Switch wide status has changed from {a} to {b}.",
        )

    # SANnav's SSH collection every five minutes
    for sw in FOS:
        t = T0 + sec(r.uniform(20, 50) + (0 if sw == "fcsw-a1" else 7))
        while t < T_END:
            tl = login(sw, t + sec(r.uniform(0, 2)), "sannav", "admin", "10.50.1.40")
            logout(sw, tl + sec(r.uniform(3, 9)), "sannav", "admin", "10.50.1.40")
            t += sec(300)
    # a script collecting porterrshow every ten minutes
    for sw in FOS:
        t = T0 + sec(r.uniform(100, 140))
        while t < T_END:
            tl = login(sw, t + sec(r.uniform(0, 1)), "portstats", "user", "10.50.1.41")
            logout(sw, tl + sec(r.uniform(1, 3)), "portstats", "user", "10.50.1.41")
            t += sec(600)
    # fcsw-b1 port 7: a storage port's occasional invalid transmission words
    for t in poisson(r, T0, T_END, 520.0):
        maps(
            "fcsw-b1",
            t,
            "MAPS-1003",
            "WARNING",
            7,
            "ALL_TARGET_PORTS(ITW/MIN>15)",
            f"ITW,{r.randrange(16, 90)} Violations",
            "defALL_TARGET_PORTSITW_15",
        )
    # the old Nagios check, every minute until its host is shut down
    for sw in FOS:
        t = T0 + sec(r.uniform(1, 30))
        while t < at(10, 12, 20):
            failed(sw, t + sec(r.uniform(0, 1.5)), "nagios", "10.50.1.17")
            t += sec(60)
    # the backup congesting fabric A's ISL
    t = T0 + sec(r.uniform(30, 90))
    while t < at(7, 25):
        p = r.choice([0, 0, 1])
        R(
            "fcsw-a1",
            t,
            "AN-1004",
            "WARNING",
            "Slot %d, port %d is a congestion bottleneck. %s percent of last %d seconds were affected by this condition.",
            f"Slot 0, port {p} is a congestion bottleneck. {r.uniform(20, 96):.2f} percent of last 300 seconds were affected by this condition.",
        )
        t += sec(r.uniform(100, 180))
    # zoning
    for sw, when, cfgname in [
        ("fcsw-a1", at(8, 2, 14), "PROD_A"),
        ("fcsw-b1", at(8, 9, 3), "PROD_B"),
    ]:
        t = login(sw, when, "sanadmin", "admin", "10.60.1.20")
        t = R(
            sw,
            t + sec(r.uniform(150, 260)),
            "ZONE-1022",
            "INFO",
            "The effective configuration has changed to %s.",
            f"The effective configuration has changed to {cfgname}.",
        )
        logout(sw, t + sec(r.uniform(20, 60)), "sanadmin", "admin", "10.60.1.20")
    # fcsw-a1 port 12: a bad cable
    status("fcsw-a1", at(7, 11, 2), "HEALTHY", "MARGINAL")
    t = at(7, 10, 31)
    while t < at(9, 31):
        late = t > at(8, 45)
        n = r.randrange(1, 9) if not late else r.randrange(14, 60)
        if n > 20:
            maps(
                "fcsw-a1",
                t,
                "MAPS-1001",
                "CRITICAL",
                12,
                "ALL_OTHER_F_PORTS(CRC/MIN>20)",
                f"CRC,{n} CRCs",
                "defALL_OTHER_F_PORTSCRC_20",
            )
        else:
            maps(
                "fcsw-a1",
                t,
                "MAPS-1003",
                "WARNING",
                12,
                "ALL_OTHER_F_PORTS(CRC/MIN>0)",
                f"CRC,{n} CRCs",
                "defALL_OTHER_F_PORTSCRC_0",
            )
        if r.random() < (0.2 if not late else 0.6):
            maps(
                "fcsw-a1",
                t + sec(1),
                "MAPS-1003",
                "WARNING",
                12,
                "ALL_OTHER_F_PORTS(ITW/MIN>15)",
                f"ITW,{r.randrange(16, 240)} Violations",
                "defALL_OTHER_F_PORTSITW_15",
            )
        if late and r.random() < 0.4:
            maps(
                "fcsw-a1",
                t + sec(2),
                "MAPS-1003",
                "WARNING",
                12,
                "ALL_OTHER_F_PORTS(LR/MIN>5)",
                f"LR,{r.randrange(6, 14)} Resets",
                "defALL_OTHER_F_PORTSLR_5",
            )
        t += sec(60 + r.uniform(-0.4, 0.4))
    R(
        "fcsw-a1",
        at(9, 31, 8),
        "PORT-1003",
        "WARNING",
        "Port %d Faulted because of many Link Resets.",
        "Port 12 Faulted because of many Link Resets.",
    )
    t = login("fcsw-a1", at(9, 40, 51), "sanadmin", "admin", "10.60.1.20")
    for k in range(2):
        t = R(
            "fcsw-a1",
            at(9, 44, 17) + sec(95 * k),
            "C3-1001",
            "ERROR",
            "Port %d failed due to SFP validation failure. Check if the SFP is valid for the configuration.",
            "Port 12 failed due to SFP validation failure. Check if the SFP is valid for the configuration.",
            "CHASSIS",
        )
    status("fcsw-a1", at(9, 52, 30), "MARGINAL", "HEALTHY")
    logout("fcsw-a1", at(9, 53, 12), "sanadmin", "admin", "10.60.1.20")
    # the storage administrator's lock-out and the account changed back
    t = at(9, 58, 40)
    for _ in range(3):
        t = failed("fcsw-b1", t + sec(r.uniform(4, 9)), "sanadmin", "10.60.1.20")
    A(
        "fcsw-b1",
        t + sec(1),
        "SEC-3023",
        "SECURITY",
        "sanadmin/NONE/10.60.1.20/ssh/CLI",
        "Event: %s, Status: failed, Info: Account [%s] locked, failed password attempts exceeded.",
        "Event: login, Status: failed, Info: Account [sanadmin] locked, failed password attempts exceeded.",
    )
    t = login("fcsw-b1", at(10, 3, 55), "admin", "admin", "10.60.1.21")
    t = R(
        "fcsw-b1",
        t + sec(41),
        "SEC-1197",
        "INFO",
        "Changed account %s.",
        "Changed account sanadmin.",
    )
    logout("fcsw-b1", t + sec(12), "admin", "admin", "10.60.1.21")
    # fcsw-b1 port 30: a slow-draining backup server
    t = at(10, 0, 44)
    while t < at(11, 0):
        R(
            "fcsw-b1",
            t,
            "AN-1003",
            "WARNING",
            "Latency bottleneck at slot %d, port %d. %s percent of last %d seconds were affected. Avg. time b/w transmits %s us.",
            f"Latency bottleneck at slot 0, port 30. {r.uniform(40, 99):.2f} percent of last 300 seconds were affected. Avg. time b/w transmits {r.uniform(3, 40):.4f} us.",
        )
        if r.random() < 0.3:
            R(
                "fcsw-b1",
                t + sec(1),
                "AN-1010",
                "WARNING",
                "Severe latency bottleneck detected at slot %d port %d.",
                "Severe latency bottleneck detected at slot 0 port 30.",
            )
        if r.random() < 0.4:
            maps(
                "fcsw-b1",
                t + sec(2),
                "MAPS-1003",
                "WARNING",
                30,
                "ALL_OTHER_F_PORTS(C3TXTO/MIN>5)",
                f"C3TXTO,{r.randrange(6, 80)} Timeouts",
                "defALL_OTHER_F_PORTSC3TXTO_5",
            )
        t += sec(r.uniform(55, 70))
    # fcsw-b1's power supply 2
    t = R(
        "fcsw-b1",
        at(10, 55, 37),
        "EM-1034",
        "ERROR",
        "%s set to faulty, rc=%s.",
        "PS 2 set to faulty, rc=2001f.",
        "CHASSIS",
    )
    status("fcsw-b1", t + sec(1), "HEALTHY", "MARGINAL")
    t = R(
        "fcsw-b1",
        at(11, 39, 12),
        "EM-1050",
        "INFO",
        "FRU %s removal detected.",
        "FRU PS 2 removal detected.",
        "CHASSIS",
    )
    t = R(
        "fcsw-b1",
        t + sec(38),
        "EM-1049",
        "INFO",
        "FRU %s insertion detected.",
        "FRU PS 2 insertion detected.",
        "CHASSIS",
    )
    status("fcsw-b1", t + sec(6), "MARGINAL", "HEALTHY")
    t = login("fcsw-b1", at(11, 46, 2), "sanadmin", "admin", "10.60.1.20")
    t = R(
        "fcsw-b1",
        t + sec(r.uniform(240, 300)),
        "SS-1000",
        "INFO",
        "supportSave has uploaded support information to the host with IP address %s.",
        "supportSave has uploaded support information to the host with IP address 10.60.1.20.",
        "CHASSIS",
    )
    logout("fcsw-b1", t + sec(14), "sanadmin", "admin", "10.60.1.20")
    renumber(fs, "fcsw-a1.log", {"SEQ": [31_842, 0]})
    renumber(fs, "fcsw-b1.log", {"SEQ": [29_117, 0]})
    return fs.logs(T0)


# -------------------------------------------------------------------------- extreme-exos


def extreme_exos(r: random.Random) -> list[Log]:
    """Two ExtremeXOS 31.7 switches' logs as `upload log ... chronological` writes them (the
    `show log` layout), 06:00 to 12:00: core1 (an X690, standalone) and edge-2f (a SummitStack
    of two X440-G2-48p with Network Login, 802.1X for PCs and MAC authentication for phones
    and printers, a Universal Port profile for the phones): the management platform's SSH
    session every five minutes, people arriving and docking and undocking laptops, the LACP
    uplink between the two flapping 07:40-07:55, a loop behind edge port 2:7 at 09:02 (ELRP,
    MAC moves) until an administrator disables the port, an SSH password guesser on core1
    10:15-10:31, a home router on port 1:33 answering DHCP 10:50-11:30, slot 2 of the stack
    rebooting at 11:05."""
    fs = Files()
    sevs = {"Info": "Info", "Noti": "Noti", "Warn": "Warn", "Erro": "Erro"}

    def X(sw: str, t: datetime, sev: str, cond: str, label: str, msg: str) -> datetime:
        if not t.microsecond:
            t += sec(r.uniform(0.01, 0.9))
        slot = "Slot-1: " if sw == "edge-2f" else ""
        return fs.add(
            f"{sw}.log",
            t,
            f"<{cond}> {label}",
            lambda x: [
                f"{x:%m/%d/%Y %H:%M:%S}.{x.microsecond // 10000:02d} <{sevs[sev]}:{cond}> {slot}{msg}"
            ],
            sw,
            10_000,
        )

    def session(sw: str, t: datetime, user: str, ip: str, cmds: list[str]) -> datetime:
        t = X(
            sw,
            t,
            "Info",
            "AAA.authPass",
            "Login passed for user %s through %s (%s)",
            f"Login passed for user {user} through ssh ({ip})",
        )
        for c in cmds:
            t = X(
                sw,
                t + sec(r.uniform(5, 40)),
                "Info",
                "cli.logRemoteCmd",
                "%s(%s) %s: %s",
                f"ssh({ip}) {user}: {c}",
            )
        return X(
            sw,
            t + sec(r.uniform(1.5, 6) if not cmds else r.uniform(10, 60)),
            "Info",
            "AAA.logout",
            "Administrative account (%s) logout from %s (%s)",
            f"Administrative account ({user}) logout from ssh ({ip})",
        )

    def link(sw: str, t: datetime, port: str, up: bool, speed: str = "1 Gbps") -> datetime:
        if up:
            return X(
                sw,
                t,
                "Info",
                "vlan.msgs.portLinkStateUp",
                "Port %s link UP at speed %s and %s",
                f"Port {port} link UP at speed {speed} and full-duplex",
            )
        return X(
            sw,
            t,
            "Info",
            "vlan.msgs.portLinkStateDown",
            "Port %s link down",
            f"Port {port} link down",
        )

    # the edge switches' hosts: a PC, a phone or a printer per port (edge-3f is standalone)
    people = users(r, 160)
    ports: dict[tuple[str, str], dict[str, str]] = {}
    for sw, slots in [("edge-2f", (1, 2)), ("edge-3f", (0,))]:
        for slot in slots:
            for p in range(1, 49):
                kind = weighted(r, [(6, "pc"), (3, "phone"), (0.6, "printer"), (1.4, "empty")])
                if kind == "empty":
                    continue
                m = cmac(r) if kind != "phone" else r.choice(["00:be:75", "2c:31:24"]) + cmac(r)[8:]
                ports[(sw, f"{slot}:{p}" if slot else str(p))] = {
                    "kind": kind,
                    "mac": m,
                    "user": (r.choice(people) if kind == "pc" else m.replace(":", "").upper()),
                    "vlan": {"pc": "corp", "phone": "voice", "printer": "printers"}[kind],
                }

    def auth_in(t: datetime, sp: tuple[str, str]) -> datetime:
        h = ports[sp]
        method = "802.1x" if h["kind"] == "pc" else "MAC"
        t = X(
            sp[0],
            t,
            "Noti",
            "nl.ClientAuthenticated",
            'Network Login %s user %s logged in MAC %s port %s VLAN(s) "%s", authentication %s',
            f'Network Login {method} user {h["user"]} logged in MAC {h["mac"].upper()} port {sp[1]} VLAN(s) "{h["vlan"]}", authentication Radius',
        )
        if h["kind"] == "phone":
            t = X(
                sp[0],
                t + sec(r.uniform(0.05, 0.4)),
                "Noti",
                "UPM.Msg.upmMsgExshLaunch",
                "Launched profile %s for the event %s",
                "Launched profile phone-onboard for the event user-authenticate",
            )
        return t

    def auth_out(t: datetime, sp: tuple[str, str]) -> datetime:
        h = ports[sp]
        method = "802.1x" if h["kind"] == "pc" else "MAC"
        return X(
            sp[0],
            t,
            "Noti",
            "nl.ClientUnAuthenticated",
            'Network Login %s user %s logged out MAC %s port %s VLAN(s) "%s", authentication %s',
            f'Network Login {method} user {h["user"]} logged out MAC {h["mac"].upper()} port {sp[1]} VLAN(s) "{h["vlan"]}", authentication Radius',
        )

    # management platform every five minutes
    for sw, off in [("core1", 12), ("edge-2f", 41), ("edge-3f", 77)]:
        t = T0 + sec(off + r.uniform(0, 3))
        while t < T_END:
            session(sw, t, "xiqse", "10.60.1.30", [])
            t += sec(300 + r.uniform(-0.5, 0.5))

    # people: PCs come up in the morning, laptops dock and undock during the day
    slot2_down = (at(11, 5, 22), at(11, 8, 49))

    def on_slot2(sp: tuple[str, str], t: datetime, pad: float = 0) -> bool:
        return (
            sp[0] == "edge-2f"
            and sp[1].startswith("2:")
            and in_any(t, [(slot2_down[0] - sec(pad), slot2_down[1] + sec(pad))])
        )

    pcs = [sp for sp, h in ports.items() if h["kind"] == "pc"]
    for sp in pcs:
        if r.random() < 0.15:
            continue  # on leave, or a desktop left on overnight
        t = at(7, 0) + sec(r.uniform(0, 9000))
        if on_slot2(sp, t):
            continue
        up = True
        link(sp[0], t, sp[1], True)
        auth_in(t + sec(r.uniform(2, 9)), sp)
        while True:
            t += sec(r.expovariate(1 / 2500))
            if t >= T_END:
                break
            if on_slot2(sp, t, 60):
                continue
            if up:
                auth_out(t, sp)
                link(sp[0], t + sec(r.uniform(0.01, 0.3)), sp[1], False)
            else:
                link(sp[0], t, sp[1], True, r.choice(["1 Gbps", "1 Gbps", "1 Gbps", "100 Mbps"]))
                auth_in(t + sec(r.uniform(2, 9)), sp)
            up = not up
    # wrong credentials: a PC with an expired machine certificate, a new user's typos
    for t in poisson(r, at(7, 0), T_END, 520.0):
        sp = r.choice(pcs)
        h = ports[sp]
        X(
            sp[0],
            t,
            "Warn",
            "nl.ClientAuthFailure",
            "Network Login %s authentication failed for user %s MAC %s port %s",
            f"Network Login 802.1x authentication failed for user {h['user']} MAC {h['mac'].upper()} port {sp[1]}",
        )

    # the LACP uplink (core1 ports 49-50, edge-2f ports 1:51 and 2:51) flapping
    t = at(7, 40, 12)
    while t < at(7, 55):
        which = r.choice([0, 1])
        cp, ep = ["49", "50"][which], ["1:51", "2:51"][which]
        link("core1", t, cp, False)
        X(
            "core1",
            t + sec(0.02),
            "Info",
            "LACP.RemPortFromAggr",
            "Remove port %s from aggregator",
            f"Remove port {cp} from aggregator",
        )
        link("edge-2f", t + sec(0.01), ep, False)
        X(
            "edge-2f",
            t + sec(0.03),
            "Info",
            "LACP.RemPortFromAggr",
            "Remove port %s from aggregator",
            f"Remove port {ep} from aggregator",
        )
        back = t + sec(r.uniform(2, 12))
        link("core1", back, cp, True, "10 Gbps")
        link("edge-2f", back + sec(0.01), ep, True, "10 Gbps")
        X(
            "core1",
            back + sec(r.uniform(3, 4)),
            "Info",
            "LACP.AddPortToAggr",
            "Add port %s to aggregator",
            f"Add port {cp} to aggregator",
        )
        X(
            "edge-2f",
            back + sec(r.uniform(3, 4)),
            "Info",
            "LACP.AddPortToAggr",
            "Add port %s to aggregator",
            f"Add port {ep} to aggregator",
        )
        t = back + sec(r.uniform(40, 150))

    # the loop behind 2:7
    loop = (at(9, 2, 7), at(9, 8, 51))
    victims = [
        h for sp, h in ports.items() if sp[0] == "edge-2f" and h["kind"] in ("pc", "printer")
    ][:60]
    for t in poisson(r, loop[0], loop[1], 1.6):
        h = r.choice(victims)
        a, b = r.sample(["2:7", "1:51", "2:51", "2:7"], 2) if r.random() < 0.5 else ("2:7", "1:51")
        if a == b:
            b = "1:51" if a != "1:51" else "2:7"
        X(
            "edge-2f",
            t,
            "Noti",
            "FDB.MACTracking.MACMove",
            "The MAC address %s on VLAN '%s' has moved from port %s to port %s",
            f"The MAC address {h['mac']} on VLAN '{h['vlan']}' has moved from port {a} to port {b}",
        )
    t = loop[0] + sec(4)
    while t < loop[1]:
        X(
            "edge-2f",
            t,
            "Warn",
            "ELRP.Report.Message",
            "[CLI:%s:%d] LOOP DETECTED : %d packets transmitted, %d received, ingress slot:port (%s) egress slot:port (%s)",
            f"[CLI:corp:{r.choice([1, 2])}] LOOP DETECTED : 1 packets transmitted, 1 received, ingress slot:port (2:7) egress slot:port (2:7)",
        )
        t += sec(r.uniform(9, 11))
    session(
        "edge-2f",
        at(9, 8, 12),
        "netadmin",
        "10.60.1.20",
        ["show fdb ports 2:7", "disable port 2:7", "save configuration"],
    )
    link("edge-2f", loop[1], "2:7", False)

    # an SSH password guesser on core1
    for t in poisson(r, at(10, 15, 3), at(10, 31, 40), 4.8):
        u = weighted(
            r, [(6, "admin"), (2, "root"), (1, "user"), (1, "cisco"), (1, "ubnt"), (1, "support")]
        )
        X(
            "core1",
            t,
            "Warn",
            "AAA.authFail",
            "Login failed for user %s through %s (%s)",
            f"Login failed for user {u} through ssh (10.66.0.99)",
        )
    session(
        "core1",
        at(10, 36, 40),
        "netadmin",
        "10.60.1.20",
        ["show log match AAA.authFail", "configure ssh2 access-profile mgmt-hosts"],
    )

    # a home router on 1:33 answering DHCP
    t = at(10, 50, 18)
    while t < at(11, 30, 5):
        X(
            "edge-2f",
            t,
            "Warn",
            "ipSecur.dhcpViol",
            "A Rogue DHCP server on VLAN %s with IP %s was detected on port %s",
            "A Rogue DHCP server on VLAN corp with IP 192.168.0.1 was detected on port 1:33",
        )
        t += sec(r.uniform(30, 60))
    session(
        "edge-2f",
        at(11, 31, 2),
        "netadmin",
        "10.60.1.20",
        ["disable port 1:33", "save configuration"],
    )
    link("edge-2f", at(11, 31, 40), "1:33", False)

    # slot 2 reboots
    t = X(
        "edge-2f",
        slot2_down[0],
        "Noti",
        "DM.Notice",
        "Slot-%d changed state from %s to %s",
        "Slot-2 changed state from OPERATIONAL to FAILED",
    )
    slot2 = [sp for sp in ports if sp[0] == "edge-2f" and sp[1].startswith("2:") and sp[1] != "2:7"]
    for sp in slot2:
        if ports[sp]["kind"] != "pc":
            auth_out(t + sec(r.uniform(0.1, 1.5)), sp)
        link("edge-2f", t + sec(r.uniform(0.05, 1.2)), sp[1], False)
    link("edge-2f", t + sec(0.3), "2:51", False)
    X(
        "edge-2f",
        t + sec(0.4),
        "Info",
        "LACP.RemPortFromAggr",
        "Remove port %s from aggregator",
        "Remove port 2:51 from aggregator",
    )
    t = X(
        "edge-2f",
        slot2_down[0] + sec(95),
        "Noti",
        "DM.Notice",
        "Slot-%d changed state from %s to %s",
        "Slot-2 changed state from FAILED to BOOTING",
    )
    t = X(
        "edge-2f",
        slot2_down[1] - sec(20),
        "Noti",
        "DM.Notice",
        "Slot-%d changed state from %s to %s",
        "Slot-2 changed state from BOOTING to SYNC",
    )
    t = X(
        "edge-2f",
        slot2_down[1],
        "Noti",
        "DM.Notice",
        "Slot-%d changed state from %s to %s",
        "Slot-2 changed state from SYNC to OPERATIONAL",
    )
    link("edge-2f", t + sec(2), "2:51", True, "10 Gbps")
    X(
        "edge-2f",
        t + sec(5),
        "Info",
        "LACP.AddPortToAggr",
        "Add port %s to aggregator",
        "Add port 2:51 to aggregator",
    )
    for sp in slot2:
        tu = link("edge-2f", t + sec(r.uniform(3, 20)), sp[1], True)
        if ports[sp]["kind"] != "pc":
            auth_in(tu + sec(r.uniform(2, 12)), sp)
    # phones and printers: re-authenticated when their sessions time out (every 8 h) and after power saving
    for sp, h in ports.items():
        if h["kind"] == "pc":
            continue
        t = T0 + sec(r.uniform(0, 28800))
        while t < T_END:
            if not on_slot2(sp, t, 120):
                auth_in(t, sp)
            t += sec(28800)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- meraki

MK_SITES = {
    "www.google.com": ["/", "/search?q={w}", "/complete/search?q={w}"],
    "outlook.office365.com": ["/mail/", "/owa/service.svc?action=GetItem", "/mail/inbox/id/{h}"],
    "teams.microsoft.com": ["/", "/api/csa/api/v1/teams/users/me"],
    "login.microsoftonline.com": ["/common/oauth2/v2.0/token", "/common/GetCredentialType"],
    "www.linkedin.com": ["/feed/", "/in/{w}/"],
    "github.com": ["/", "/corp-example/{w}/pulls", "/corp-example/{w}"],
    "www.youtube.com": ["/watch?v={h}", "/"],
    "api.hubspot.com": ["/crm/v3/objects/contacts", "/crm/v3/objects/deals/{n}"],
    "www.spiegel.de": ["/", "/wirtschaft/"],
    "zoom.us": ["/wc/join/{n}", "/"],
    "app.asana.com": ["/0/home/{n}", "/0/{n}/list"],
    "docs.google.com": ["/document/d/{h}/edit", "/spreadsheets/d/{h}/edit"],
}
MK_WORDS = ["wetter", "billing", "infra", "q3 planning", "frontend", "vpn setup", "payroll"]
MK_SIGS = [
    ("1:2402000:7088", 2, "ET DROP Dshield Block Listed Source group 1"),
    ("1:2001219:20", 2, "ET SCAN Potential SSH Scan"),
    ("1:2023753:2", 1, "ET SCAN MS Terminal Server Traffic on Non-standard Port"),
    ("1:49040:3", 1, "SERVER-WEBAPP Apache Struts remote code execution attempt"),
    ("1:2010935:3", 2, "ET SCAN Suspicious inbound to MSSQL port 1433"),
]


def meraki(r: random.Random) -> list[Log]:
    """A Meraki office network (an MX250, three MS switches, eight MR46 access points) sending
    its syslog roles (appliance and switch and wireless event logs, flows, URLs, security
    events, Air Marshal) to a syslog server that writes one file per device type, 06:00 to
    12:00: people arriving from 07:15 (associations, 802.1X, DHCP leases, switch ports coming
    up), their web requests and a sample of flows, the content filter blocking games and
    gambling, a site-to-site tunnel to the branch flapping while the branch's ISP has trouble
    08:10-08:25, a third-party IPsec peer (a cloud gateway) failing phase 1 every 30 s after a
    proposal change until 09:02, IoT sensors failing the WPA handshake after the PSK was
    rotated at 08:00, an RDP and SSH scan answered by the IDS 10:00-10:20, a rogue SSID, a
    desk switch tripping BPDU guard, client VPN users."""
    fs = Files()
    devs = {
        "HQ-MX250": ("hq-mx.log", "10.70.0.1"),
        "HQ-MS390-CORE": ("hq-ms.log", "10.70.0.2"),
        "HQ-MS120-2F": ("hq-ms.log", "10.70.0.12"),
        "HQ-MS120-3F": ("hq-ms.log", "10.70.0.13"),
    }
    aps = [f"HQ-MR46-{f}F-{i:02d}" for f in (2, 3) for i in range(1, 5)]
    for i, a in enumerate(aps):
        devs[a] = ("hq-mr.log", f"10.70.1.{21 + i}")

    def M(dev: str, t: datetime, cat: str, label: str, msg: str) -> datetime:
        if not t.microsecond:
            t += sec(r.uniform(0.001, 0.9))
        fname, ip = devs[dev]
        ns = r.randrange(1000)
        return fs.add(
            fname,
            t,
            label,
            lambda x: [
                f"{syslog_ts(x)} {ip} 1 {int(x.timestamp())}.{x.microsecond:06d}{ns:03d} {dev} {cat} {msg}"
            ],
            dev,
            1,
        )

    people = users(r, 150)
    staff = []
    for _ in range(110):
        m = cmac(r).upper()
        staff.append(
            {
                "mac": m,
                "user": r.choice(people) + "@corp.example.com",
                "ip": f"10.70.{r.randrange(40, 44)}.{r.randrange(2, 254)}",
                "aid": str(r.randrange(10**9, 2 * 10**9)),
                "ap": r.choice(aps),
                "radio": r.choice(["1", "1", "1", "0"]),
            }
        )
    ch = {
        a: (r.choice(["36", "44", "52", "100", "116", "149"]), r.choice(["1", "6", "11"]))
        for a in aps
    }
    mx_mac = "E0:55:3D:" + ":".join(f"{r.randrange(256):02X}" for _ in range(3))

    def assoc(c: dict, t: datetime) -> datetime:
        chan = ch[c["ap"]][0 if c["radio"] == "1" else 1]
        t = M(
            c["ap"],
            t,
            "events",
            "type=association radio='%s' vap='%s' client_mac='%s' channel='%s' rssi='%s' aid='%s'",
            f"type=association radio='{c['radio']}' vap='0' client_mac='{c['mac']}' channel='{chan}' rssi='{r.randrange(14, 58)}' aid='{c['aid']}'",
        )
        t = M(
            c["ap"],
            t + sec(r.uniform(0.03, 0.4)),
            "events",
            "type=8021x_eap_success radio='%s' vap='%s' client_mac='%s' client_ip='%s' identity='%s' aid='%s'",
            f"type=8021x_eap_success radio='{c['radio']}' vap='0' client_mac='{c['mac']}' client_ip='{c['ip']}' identity='{c['user']}' aid='{c['aid']}'",
        )
        return t

    def disassoc(c: dict, t: datetime, dur: float) -> datetime:
        chan = ch[c["ap"]][0 if c["radio"] == "1" else 1]
        reason, inst = weighted(
            r, [(5, ("8", "2")), (2, ("3", "2")), (2, ("1", "3")), (1, ("4", "1"))]
        )
        return M(
            c["ap"],
            t,
            "events",
            "type=disassociation radio='%s' vap='%s' client_mac='%s' channel='%s' reason='%s' instigator='%s' duration='%s' auth_neg_dur='%s' last_auth_ago='%s' is_wpa='%s' full_conn='%s' ip_resp='%s' ip_src='%s' arp_resp='%s' arp_src='%s' dns_server='%s' dns_req_rtt='%s' dns_resp='%s' aid='%s'",
            f"type=disassociation radio='{c['radio']}' vap='0' client_mac='{c['mac']}' channel='{chan}' reason='{reason}' instigator='{inst}' duration='{dur:.3f}' auth_neg_dur='{r.uniform(0.01, 0.09):.3f}' last_auth_ago='{max(dur - r.uniform(0, 5), 0.5):.3f}' is_wpa='1' full_conn='{r.uniform(0.8, 2.5):.3f}' ip_resp='{r.uniform(0.8, 2.5):.3f}' ip_src='{c['ip']}' arp_resp='{r.uniform(0.9, 3):.3f}' arp_src='{c['ip']}' dns_server='10.70.0.53' dns_req_rtt='{r.uniform(0.002, 0.03):.3f}' dns_resp='{r.uniform(1, 3):.3f}' aid='{c['aid']}'",
        )

    def lease(c: dict, t: datetime) -> datetime:
        return M(
            "HQ-MX250",
            t,
            "events",
            "dhcp lease of ip %s from server mac %s for client mac %s from router %s on subnet %s with dns %s",
            f"dhcp lease of ip {c['ip']} from server mac {mx_mac} for client mac {c['mac']} from router {c['ip'].rsplit('.', 2)[0]}.40.1 on subnet 255.255.252.0 with dns 10.70.0.53, 10.70.0.54",
        )

    def browse(c: dict, t0: datetime, t1: datetime) -> None:
        for t in poisson(r, t0, t1, 4800.0):
            site = r.choice(list(MK_SITES))
            path = r.choice(MK_SITES[site]).format(
                w=r.choice(MK_WORDS).replace(" ", "+"), h=hexid(r, 11), n=r.randrange(10**6, 10**9)
            )
            dst = f"{r.choice(['142.250', '52.96', '13.107', '151.101', '104.244', '185.199'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
            M(
                "HQ-MX250",
                t,
                "urls",
                "src=%s dst=%s mac=%s request: %s %s",
                f"src={c['ip']}:{r.randrange(49152, 65535)} dst={dst}:443 mac={c['mac']} request: UNKNOWN https://{site}{path}",
            )
            if r.random() < 0.7:
                M(
                    "HQ-MX250",
                    t + sec(r.uniform(0.001, 0.05)),
                    "flows",
                    "src=%s dst=%s mac=%s protocol=%s sport=%s dport=%s pattern: %s",
                    f"src={c['ip']} dst={dst} mac={c['mac']} protocol=tcp sport={r.randrange(49152, 65535)} dport=443 pattern: allow all",
                )
            if r.random() < 0.15:
                url, cat = r.choice(
                    [
                        ("http://www.poki.com/en/g/subway-surfers", "Games"),
                        ("http://www.bet365.com/", "Gambling"),
                        ("http://www.crazygames.com/", "Games"),
                        ("http://www.pokerstars.eu/", "Gambling"),
                    ]
                )
                M(
                    "HQ-MX250",
                    t + sec(r.uniform(1, 20)),
                    "events",
                    "content_filtering_block url='%s' category0='%s' server='%s' client_mac='%s'",
                    f"content_filtering_block url='{url}' category0='{cat}' server='{r.choice(['172.67', '104.18'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}:80' client_mac='{c['mac']}'",
                )
            if r.random() < 0.15:
                M(
                    "HQ-MX250",
                    t + sec(r.uniform(0.5, 2)),
                    "flows",
                    "src=%s dst=%s mac=%s protocol=icmp type=%s pattern: %s",
                    f"src={c['ip']} dst={r.choice(['8.8.8.8', '1.1.1.1', '10.120.0.5'])} mac={c['mac']} protocol=icmp type=8 pattern: allow all",
                )

    # people's days: arrive, roam, leave for lunch
    ms_ports = {"HQ-MS120-2F": list(range(1, 25)), "HQ-MS120-3F": list(range(1, 25))}
    for c in staff:
        if r.random() < 0.12:
            continue
        t = at(7, 15) + sec(r.uniform(0, 8000))
        end = min(T_END, t + sec(r.uniform(5000, 20000)))
        if r.random() < 0.5:
            sw = r.choice(list(ms_ports))
            port = r.choice(ms_ports[sw])
            M(
                sw,
                t - sec(r.uniform(5, 60)),
                "events",
                "port %s status changed from %s to %s",
                f"port {port} status changed from down to 1Gfdx",
            )
            if end < T_END:
                M(
                    sw,
                    end + sec(r.uniform(5, 60)),
                    "events",
                    "port %s status changed from %s to %s",
                    f"port {port} status changed from 1Gfdx to down",
                )
        while t < end:
            t = assoc(c, t)
            if r.random() < 0.6:
                lease(c, t + sec(r.uniform(0.5, 3)))
            stay = min(r.expovariate(1 / 5400), (end - t).total_seconds())
            browse(c, t, t + sec(stay))
            t += sec(stay)
            if t >= T_END:
                break
            disassoc(c, t, stay)
            if t >= end:
                break
            c["ap"] = r.choice(aps)
            t += sec(r.uniform(1, 900))

    # IoT sensors on the PSK SSID (vap 2): re-keying every hour, failing after the rotation
    sensors = [
        {
            "mac": "24:0A:C4:" + ":".join(f"{r.randrange(256):02X}" for _ in range(3)),
            "aid": str(r.randrange(10**9, 2 * 10**9)),
            "ap": r.choice(aps),
        }
        for _ in range(14)
    ]
    stale = sensors[:2]
    for sn in sensors:
        t = T0 + sec(r.uniform(0, 3600))
        while t < T_END:
            if sn in stale and at(8, 0) <= t < at(9, 40):
                M(
                    sn["ap"],
                    t,
                    "events",
                    "type=wpa_deauth radio='%s' vap='%s' client_mac='%s' aid='%s'",
                    f"type=wpa_deauth radio='0' vap='2' client_mac='{sn['mac']}' aid='{sn['aid']}'",
                )
                t += sec(r.uniform(55, 65))
                continue
            M(
                sn["ap"],
                t,
                "events",
                "type=wpa_auth radio='%s' vap='%s' client_mac='%s' aid='%s'",
                f"type=wpa_auth radio='0' vap='2' client_mac='{sn['mac']}' aid='{sn['aid']}'",
            )
            t += sec(3600 + r.uniform(-5, 5))
    # guests
    for t in poisson(r, at(8, 30), T_END, 600.0):
        M(
            r.choice(aps[:2]),
            t,
            "events",
            "type=splash_auth ip='%s' duration='%s' vap='%s' download='%s' upload='%s'",
            f"type=splash_auth ip='10.70.90.{r.randrange(2, 250)}' duration='86400' vap='3' download='10240kbps' upload='2048kbps'",
        )
    # 802.1X failures: a new hire's typos, a laptop with an expired password
    for t in poisson(r, at(7, 30), T_END, 420.0):
        c = r.choice(staff)
        M(
            c["ap"],
            t,
            "events",
            "type=8021x_eap_failure radio='%s' vap='%s' client_mac='%s' client_ip='%s' identity='%s' aid='%s'",
            f"type=8021x_eap_failure radio='{c['radio']}' vap='0' client_mac='{c['mac']}' client_ip='0.0.0.0' identity='{c['user']}' aid='{c['aid']}'",
        )
    # DHCP for a printer VLAN with an exhausted pool
    for t in poisson(r, at(9, 10), at(9, 55), 60.0):
        M(
            "HQ-MX250",
            t,
            "events",
            "dhcp no offers for mac %s host = %s",
            f"dhcp no offers for mac {r.choice(['A4:5D:36:1C:0B:7E', '00:1B:A9:E2:41:09', '3C:2A:F4:90:11:5D'])} host = 10.70.60.1",
        )
    # the branch tunnel flapping
    t = at(8, 10, 41)
    up = True
    while t < at(8, 26):
        M(
            "HQ-MX250",
            t,
            "events",
            "type=vpn_connectivity_change vpn_type='%s' peer_contact='%s' peer_ident='%s' connectivity='%s'",
            f"type=vpn_connectivity_change vpn_type='site-to-site' peer_contact='203.0.113.45:51856' peer_ident='5b7c2e19f0a84d3c9e61a7d2b4f08c35' connectivity='{'false' if up else 'true'}'",
        )
        up = not up
        t += sec(r.uniform(40, 200))
    # the cloud gateway: phase 1 timing out every 30 s
    t = at(7, 31, 12)
    while t < at(9, 2):
        t = M(
            "HQ-MX250",
            t,
            "events",
            "Site-to-site VPN: initiate new phase 1 negotiation: %s[%d]<=>%s[%d]",
            "Site-to-site VPN: initiate new phase 1 negotiation: 198.51.100.10[500]<=>52.28.14.201[500]",
        )
        M(
            "HQ-MX250",
            t + sec(30),
            "events",
            "Site-to-site VPN: phase1 negotiation failed due to time up. %s",
            f"Site-to-site VPN: phase1 negotiation failed due to time up. {hexid(r, 16)}:0000000000000000",
        )
        t += sec(30 + r.uniform(0.05, 0.5))

    def ipsec_up(t: datetime) -> None:
        t = M(
            "HQ-MX250",
            t,
            "events",
            "Site-to-site VPN: ISAKMP-SA established %s[%d]-%s[%d] spi:%s",
            f"Site-to-site VPN: ISAKMP-SA established 198.51.100.10[500]-52.28.14.201[500] spi:{hexid(r, 16)}:{hexid(r, 16)}",
        )
        for a, b in [("52.28.14.201", "198.51.100.10"), ("198.51.100.10", "52.28.14.201")]:
            spi = r.randrange(10**8, 4 * 10**9)
            t = M(
                "HQ-MX250",
                t + sec(r.uniform(0.1, 0.6)),
                "events",
                "Site-to-site VPN: IPsec-SA established: ESP/Tunnel %s[%d]->%s[%d] spi=%d(0x%x)",
                f"Site-to-site VPN: IPsec-SA established: ESP/Tunnel {a}[500]->{b}[500] spi={spi}(0x{spi:x})",
            )

    t = at(9, 2, 31)
    while t < T_END:
        ipsec_up(t)
        t += sec(3600 - r.uniform(30, 90))
    # the scan answered by the IDS
    for t in poisson(r, at(10, 0, 9), at(10, 20, 40), 9.0):
        sig, pri, msg = weighted(
            r, [(5, MK_SIGS[0]), (3, MK_SIGS[1]), (3, MK_SIGS[2]), (1, MK_SIGS[3]), (2, MK_SIGS[4])]
        )
        port = {"1:2001219:20": 22, "1:2023753:2": 3390, "1:49040:3": 443, "1:2010935:3": 1433}.get(
            sig, r.choice([3389, 22, 445])
        )
        M(
            "HQ-MX250",
            t,
            "security_event",
            "ids_alerted signature=%s priority=%d timestamp=%s dhost=%s direction=%s protocol=%s src=%s dst=%s decision=%s message: %s",
            f"ids_alerted signature={sig} priority={pri} timestamp={t.timestamp():.6f} dhost={mx_mac} direction=ingress protocol=tcp/ip src=45.155.205.{r.randrange(2, 250)}:{r.randrange(20000, 65000)} dst=198.51.100.10:{port} decision=blocked message: {msg}",
        )
    c = r.choice(staff)
    M(
        "HQ-MX250",
        at(11, 14, 52.3),
        "security_event",
        "security_filtering_file_scanned url=%s src=%s dst=%s mac=%s name='%s' sha256=%s disposition=%s action=%s",
        f"security_filtering_file_scanned url=http://dl.free-pdf-convert.example.net/setup.exe src=185.62.190.14:80 dst={c['ip']}:{r.randrange(49152, 65535)} mac={c['mac']} name='W32.Trojan.Agent' sha256={hexid(r, 64)} disposition=malicious action=block",
    )
    # Air Marshal: a rogue SSID spoofing the guest network from a car park
    for t in poisson(r, at(9, 30), at(11, 0), 280.0):
        ap = r.choice(aps[:4])
        bssid = "02:18:4A:7C:19:E1"
        M(
            ap,
            t,
            "airmarshal_events",
            "type=rogue_ssid_detected ssid='%s' bssid='%s' src='%s' dst='%s' wired_mac='%s' vlan_id='%s' channel='%s' rssi='%s' fc_type='%s' fc_subtype='%s'",
            f"type=rogue_ssid_detected ssid='HQ-Guest' bssid='{bssid}' src='{bssid}' dst='FF:FF:FF:FF:FF:FF' wired_mac='00:00:00:00:00:00' vlan_id='0' channel='{r.choice(['1', '6'])}' rssi='{r.randrange(8, 25)}' fc_type='0' fc_subtype='8'",
        )
    # a desk switch on the 3rd floor
    t = M(
        "HQ-MS120-3F",
        at(10, 41, 16),
        "events",
        "port %s status changed from %s to %s",
        "port 19 status changed from down to 100fdx",
    )
    t = M(
        "HQ-MS120-3F",
        t + sec(1.6),
        "events",
        "Port %s received an STP BPDU from %s so the port was blocked",
        "Port 19 received an STP BPDU from 60:38:E0:1A:22:F4 so the port was blocked",
    )
    M(
        "HQ-MS120-3F",
        t + sec(0.01),
        "events",
        "Port %s changed STP role from %s to %s",
        "Port 19 changed STP role from designated to disabled",
    )
    # the core switch's uplinks re-converging when the MX's HA pair swaps
    for sw in ["HQ-MS390-CORE", "HQ-MS120-2F", "HQ-MS120-3F"]:
        t = at(6, 31, 5) + sec(r.uniform(0, 1))
        M(
            sw,
            t,
            "events",
            "Port %s changed STP role from %s to %s",
            f"Port {49 if sw != 'HQ-MS390-CORE' else 1} changed STP role from root to alternate",
        )
        M(
            sw,
            t + sec(r.uniform(1, 3)),
            "events",
            "Port %s changed STP role from %s to %s",
            f"Port {50 if sw != 'HQ-MS390-CORE' else 2} changed STP role from alternate to root",
        )
    # client VPN
    for t in poisson(r, T0, T_END, 700.0):
        u = r.choice(people) + "@corp.example.com"
        lip = f"10.70.200.{r.randrange(2, 250)}"
        pub = f"{r.choice(['93.184', '87.123', '178.24', '91.64'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        M(
            "HQ-MX250",
            t,
            "events",
            "type=client_vpn_connect user id '%s' local ip %s connected from %s",
            f"type=client_vpn_connect user id '{u}' local ip {lip} connected from {pub}",
        )
        d = t + sec(r.uniform(600, 9000))
        if d < T_END:
            M(
                "HQ-MX250",
                d,
                "events",
                "type=client_vpn_disconnect user id '%s' local ip %s connected from %s",
                f"type=client_vpn_disconnect user id '{u}' local ip {lip} connected from {pub}",
            )
    return fs.logs(T0)


SYSTEMS = {
    "cisco-wlc": cisco_wlc,
    "cisco-ise": cisco_ise,
    "brocade-fos": brocade_fos,
    "extreme-exos": extreme_exos,
    "meraki": meraki,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
