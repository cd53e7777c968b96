#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 253 (open5gs, free5gc, srsran, osmo-bsc, kannel) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five mobile-network programs of one operator's
private-network team, 06:00 to 12:00 on 2024-06-07: the factory's private 5G core (Open5GS),
the R&D lab's test core (free5GC), the lab cell's gNB (srsRAN), the rural 2G network's BSC
(OsmoBSC) and the SMS gateway (Kannel). None of the five was in the set.

- Open5GS v2.7.1 (`amf.log`, `smf.log`: the package's file logging, /var/log/open5gs/, on the
  core host; ogs_log's `%m/%d %H:%M:%S.%03d: [domain] LEVEL: message (file:line)`, `06/07
  06:02:21.147: [amf] INFO: [Added] Number of gNB-UEs is now 1 (../src/amf/context.c:2662)`).
  Twelve handhelds switched on at shift start (InitialUEMessage, `[%s] Unknown UE by SUCI`,
  `Registration request`, `[%s]    SUCI`, `[%s] Registration complete`, `[%s] Configuration
  update command`, the `    UTC [...]` and `    LOCAL [...]` lines, the PDU session: `UE
  SUPI[%s] DNN[%s] S_NSSAI[...] smContextRef[%s] smContextResourceURI[%s]`, `SMF Instance
  [%s]`, `[%s:%d:%d][%d:%d:%s] /nsmf-pdusession/v1/sm-contexts/{smContextRef}/modify`; in the
  SMF `UE SUPI[%s] DNN[%s] IPv4[%s] IPv6[%s]`), idle and back (`UE Context Release
  [Action:%d]` with `    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%lld]`, service requests with
  `[%s]    5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]`), battery swaps (`[%s] Deregistration request`,
  `[%s:%d] Release SM context [%d]`, the SMF's `Removed Session: UE IMSI:[%s] DNN:[%s:%d]
  IPv4:[%s] IPv6:[%s]`); six sensors' hourly periodic registrations (`[%s] Known UE by
  5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]`); the `[Added]`/`[Removed] Number of gNB-UEs / AMF-UEs /
  AMF-Sessions / SMF-UEs / SMF-Sessions is now %d` counters with every change. Incidents: six
  new handhelds whose SIMs are not provisioned 06:40-07:25 (`[%s] Cannot find SUCI [404]`,
  `[%s] Registration reject [7]`, retried by their users); three re-issued SIMs resync at
  08:05-08:20 (`Authentication failure(Synch failure)`); the UPF restarted for its upgrade at
  09:12 (`No Heartbeat from UPF %s`, every session removed, `PFCP associated %s`), the
  handhelds then toggled to airplane mode by their users (`Release SM context [404]`: the SMF
  no longer has the session).
- free5GC v3.4.2 (`smf.log`, `upf.log`: `docker logs` of the SMF and go-upf containers of
  free5gc-compose; the util logger's nested-logrus-formatter, `2024-06-07T06:01:38.828530108Z
  ESC[36m [INFO][SMF][PduSess] ESC[0mReceive Create SM Context Request`, the level's colour from
  before ` [LEVEL]` to after the fields, the logger's fields (`[pdu_session_id:1][supi:...]`,
  `[LAddr:...][CPNodeID:...][CPSEID:0x1][UPSEID:0x1]`) after NF and category; the NAS library's
  `ProtocolOrContainerList:` line with its own RFC 3339 time in seconds). A CI pipeline every
  half hour runs UERANSIM's UEs against the core (one to four, some with a second PDU session)
  and deregisters them after its traffic test; a load test attaches 20 UEs at 09:00 and holds
  them ten minutes. Per session the SMF's create flow (`Receive Create SM Context Request`,
  `In HandlePDUSessionSMContextCreate`, `UrrPeriod: %v`, `UrrThreshold: %d`, ..., `Allocated UE
  IP address: %s`, `Selected UPF: %s`, `CHF Selection for SMContext SUPI[%s] PDUSessionID[%d]`,
  the charging lines, `Install PCCRule[%s]` and `No srcTcData and tgtTcData. Nothing to do`
  twice, gin's `| %3d | %15s | %-7s | %s | %s` for the create (201), modify (200) and release
  (204), the PFCP requests and responses) and the UPF's `handleSessionEstablishmentRequest`,
  `New session`, `recv event[%s][%+v]` per URR, `handleSessionModificationRequest`,
  `handleSessionDeletionRequest`; the SMF recreated at 10:40 for a new DNN (`SMF version:  `
  and the five tab-indented lines of its version, `Read config from [%s]`).
- srsRAN Project 24.04 (`gnb.log`: the gNB's srslog file, `all_level: warning` with
  `rrc_level`, `ngap_level` and the CU's at `info`; `2024-06-07T06:02:11.181996 [RRC     ] [I]
  ue=0 c-rnti=0x4601: CCCH UL rrcSetupRequest`, the channel padded to eight, the level's
  letter; the RRC and NGAP UE loggers' `ue=%d c-rnti=0x%x: ` and `ue=%d ran_ue=%d amf_ue=%d: `
  prefixes). The gNB's start at 05:58 (`Built in %s mode using commit %s on branch %s`, eight
  `CPU%d scaling governor is not set to performance, ...` warnings, NG setup with the Open5GS
  AMF: `"NG Setup Procedure" started...`, `Tx PDU: %s`, `Rx PDU: %s`); seven handhelds
  attaching at shift start (the NAS exchange as `DCCH DL dlInformationTransfer` / `DCCH UL
  ulInformationTransfer` with `Rx PDU ue=%s ran_ue=%s amf_ue=%s: DownlinkNASTransport` / `Tx
  PDU ...: UplinkNASTransport`, the context and capabilities, the PDU session) and with the
  battery swaps; idle-active cycles of the handhelds and three AGVs (RRC setup, `Tx PDU
  ue=%s ran_ue=%s: InitialUEMessage`, the Initial Context Setup procedure, later the release);
  six sensors' periodic registrations; radio link failures, most while a dock door's
  equipment interferes 07:31-07:52 (`[DU-MNG  ] [W] ... RLF detected with cause "%s". Timer of
  %d msec to release UE started...`, re-establishments that succeed, time out or fall back to
  setup: `Rejecting RRC Reestablishment to old UE c-rnti=%s, pci=%d. Cause: Old UE bearers
  were not fully established. Fallback to RRC Setup Procedure...`).
- OsmoBSC 1.11 (`osmo-bsc.log`: its `log file` target with `logging print
  extended-timestamp 1`, category and level, `print file basename`, no category hex,
  `logging level set-all notice` and `logging level rsl info`: `20240607060001627 DRSL INFO
  abis_rsl.c:2093 (bts=2) CHAN RQD: reason: location updating (ra=0x0a, neci=0x01,
  chreq_reason=0x02)`; LOG_BTS's `(bts=%d) `, LOG_TRX's `(bts=%d,trx=%d) `, LOG_LCHAN's
  `lchan(0-0-2-TCH_F-0){ESTABLISHED}: (type=TCH_F) ` and the bssmap_reset FSM's prefix are
  context). Three sites of a rural co-operative: a channel request for every RACH (1,991
  `CHAN RQD: reason: %s (ra=0x%02x, neci=0x%02x, chreq_reason=0x%02x)`), the village site's
  morning peak 06:30-07:25 (`CHAN RQD: no resources for %s 0x%x`, `CHAN RQD: tossing expired
  channel request(ra=...)`, `%s CCCH/ACCH/CPU Overload`, a failing second TRX's `CHANNEL
  ACTIVATE NACK (cause=%s [ %s])`), radio link failures all day (`CONNECTION FAIL (cause=%s [
  %s])`), the water-tower site's microwave link fading in fog 08:55-09:20 (`E1L(2) Signalling
  link down`, `Dropping OML link: link down`, `Dropping RSL link: OML link drop`, its firmware's
  `Unknown Abis RSL TRX message type 0x1e` on each return), a contractor's unconfigured nanoBTS
  knocking every ten seconds 10:09-10:41 (171 `Unable to find BTS configuration for 1803/0/0,
  disconnecting`), the farm site's power cut at 10:57 (`Dropping OML link: new OML link`,
  `Rx RSL DCHAN: unable to match RSL message to an lchan: chan_nr=0x%x`), the MSC's restart at
  11:20 (`link lost`, `link up`).
- Kannel 1.4.5 (`bearerbox.log`, `smsbox.log`: gwlib's `%Y-%m-%d %H:%M:%S [pid] [thread]
  LEVEL: message`; `access.log`: the bearerbox's default access-log line after the time, `Sent
  SMS [SMSC:%s] [SVC:%s] [ACT:%s] [BINF:%s] [FID:%s] [META:%s] [from:%s] [to:%s]
  [flags:...] [msg:%ld:%s] [udh:%ld:%s]`). A bank's one-time passwords through smsbox's
  sendsms (`smsbox: Got HTTP request <%s> from <%s>`, `sendsms used by <%s>`, `sendsms
  sender:<%s:%s> (%s) to:<%s> msg:<%s>`, `Sent SMS ...`, `Receive DLR ...`, `Starting
  delivery report <%s> from <%s>`), a facility's alerts to four on-call numbers, customers'
  replies (`Receive SMS ...`, `Starting to service <%s> from <%s> to <%s>`); logrotate's
  SIGHUP at 06:25; mno-b's SMSC down 07:40-07:58 (`SMPP[%s]: I/O error or other error.
  Re-connecting.`, then every ten seconds `error connecting to server `%s' at port `%d'`,
  `System error %d: %s`, `SMPP[%s]: Couldn't connect to SMS center (retrying in %ld
  seconds).`); mno-a throttling 09:30-09:45 and invalid numbers (`SMPP[%s]: SMSC returned
  error code 0x%08lx (%s) in response to submit_sm.`, `FAILED Send SMS ...`); the bearerbox
  restarted at 10:15 (`Connection closed by the box <%s>`, its start-up lines, `Client
  connected from <%s>`, smsbox's `Connected to bearerbox at %s port %ld.`) and mno-b's late
  delivery reports of messages sent before it (`DLR[%s]: DLR from SMSC<%s> for DST<%s> not
  found.`).

Label notes. The heads are context: Open5GS's time, domain, level and `(file:line)`; the
free5GC logger's time, level, colours and bracketed fields (NF, category, `pdu_session_id`,
`supi`, `LAddr` ...); srslog's time, channel and level and the RRC, NGAP and DU UE loggers'
`ue=... c-rnti=...: ` prefixes (srsRAN's prefixed loggers); libosmocore's time, category, level
and file, and the LOG_BTS / LOG_TRX / LOG_LCHAN / FSM prefixes; Kannel's time, pid, thread
and level. A value that is a message contributes its format (rsl_cause_name's ` (cause=%s [
%s])`). Words a call site passes are wording: srsRAN's procedure names (`"RRC Setup
Procedure" started...`), its RRC channel and direction (`DCCH UL %s`, the ASN.1 message's
name the value), `Tx`/`Rx`; OsmoBSC's drop reasons (`Dropping OML link: link down`); Kannel's
access-log word (`Sent SMS`, `Receive DLR`, `FAILED Send SMS`); Open5GS's `[Added]` and
`[Removed]`, which are two format strings each. The SMS text, NGAP/RRC message names, RLF
causes, channel-request reasons, DNNs, users and numbers are values. The version block's
tab-indented lines continue their event and have no row.

Checked against copies of the sources or of real logs (the search tool): Open5GS's log
header and timestamp (lib/core/ogs-log.c), ngap-sctp.c, the AMF's registration, release and
SMF-session lines, `Registration reject [%d]`, `Cannot find SUCI`, the 5G-S_TMSI lines, the
SMF's session lines and `No Heartbeat from UPF`; free5GC's util logger and the
nested-logrus-formatter, gin's line, and every SMF and UPF session line (a tutorial's v3.4
log); srsRAN's `log_rrc_message` (`"{} {}"`) and `log_ngap_pdu` (`"{} PDU{}{}{}: {}"`), and
its RLF, reestablishment, NG-setup and CPU-governor lines (an OCUDU fork's tests); OsmoBSC's
`CHAN RQD: reason: ...`, `no resources`, `tossing expired`, `CONNECTION FAIL%s`, `CHANNEL
ACTIVATE NACK%s`, rsl_cause_name, the TRX lines, the nanoBTS link drops and rejects, and
bssmap_reset's `link up` / `link lost`; Kannel's access-log format, the smsc_smpp error and
reconnect lines, `sendsms sender:`, `smsbox: Got HTTP request` and the SIGHUP warning.
Least sure (written from the helper's knowledge): Open5GS's `[%s] Deregistration request`,
`[%s:%d] Release SM context [%d]` in a deregistration, `Authentication failure(Synch
failure)` in 2.7.1 (a later release adds `[count=N]`), the source lines of the file:line
trailers, the `[Action:%d]` values; whether free5GC's container output keeps the colour
codes, the SMF's release flow (`Receive Release SM Context Request`, `Sending PFCP Session
Deletion Request`, `Received PFCP Session Deletion Accepted Response`), go-upf's
`handleSessionDeletionRequest`, the version block's layout; srsRAN 24.04's procedure lines at
info, the reestablishment's started/finished lines, the DU's RLF prefix; libosmocore's field
order (category, level, file) and the `E1L(%u) ` prefix, the lchan FSM's instance name, the
RSL cause names and the chreq reason names; Kannel's `sendsms used by <%s>`, `Starting
delivery report <%s> from <%s>`, `Starting to service`, the bearerbox's start-up and
connection lines, the DLR-not-found warning, the `?smpp?` meta data and the DLR text.
"""

from __future__ import annotations

import heapq
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

US = 1
MS = 1_000
SEC = 1_000_000


class Queue:
    """Simulated events run in time order; an event may schedule more."""

    def __init__(self) -> None:
        self.heap: list[tuple[datetime, int, Callable[..., None], tuple[object, ...]]] = []
        self.n = 0

    def at(self, t: datetime, fn: Callable[..., None], *args: object) -> None:
        heapq.heappush(self.heap, (t, self.n, fn, args))
        self.n += 1

    def run(self, until: datetime) -> None:
        while self.heap:
            t, _, fn, args = heapq.heappop(self.heap)
            if t < until:
                fn(t, *args)


# ---------------------------------------------------------------------------------- open5gs

O5_VERSION = "v2.7.1"
# label: (domain, level, source the logger appends as ` (%s)`)
O5 = {
    "InitialUEMessage": ("amf", "INFO", "../src/amf/ngap-handler.c:401"),
    "[Added] Number of gNB-UEs is now %d": ("amf", "INFO", "../src/amf/context.c:2662"),
    "[Removed] Number of gNB-UEs is now %d": ("amf", "INFO", "../src/amf/context.c:2669"),
    "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%lld] TAC[%d] CellID[0x%llx]": (
        "amf",
        "INFO",
        "../src/amf/ngap-handler.c:562",
    ),
    "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%lld]": (
        "amf",
        "INFO",
        "../src/amf/ngap-handler.c:1661",
    ),
    "[%s] Unknown UE by SUCI": ("amf", "INFO", "../src/amf/context.c:1844"),
    "[Added] Number of AMF-UEs is now %d": ("amf", "INFO", "../src/amf/context.c:1621"),
    "[Removed] Number of AMF-UEs is now %d": ("amf", "INFO", "../src/amf/context.c:1628"),
    "Registration request": ("gmm", "INFO", "../src/amf/gmm-sm.c:1214"),
    "[%s]    SUCI": ("gmm", "INFO", "../src/amf/gmm-handler.c:172"),
    "[%s] Known UE by 5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]": (
        "amf",
        "INFO",
        "../src/amf/context.c:1882",
    ),
    "[%s]    5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]": ("amf", "INFO", "../src/amf/ngap-handler.c:595"),
    "[%s] Registration complete": ("gmm", "INFO", "../src/amf/gmm-sm.c:2313"),
    "[%s] Configuration update command": ("amf", "INFO", "../src/amf/nas-path.c:591"),
    "    UTC [%04d-%02d-%02dT%02d:%02d:%02d] Timezone[%d]/DST[%d]": (
        "gmm",
        "INFO",
        "../src/amf/gmm-build.c:558",
    ),
    "    LOCAL [%04d-%02d-%02dT%02d:%02d:%02d] Timezone[%d]/DST[%d]": (
        "gmm",
        "INFO",
        "../src/amf/gmm-build.c:563",
    ),
    "[Added] Number of AMF-Sessions is now %d": ("amf", "INFO", "../src/amf/context.c:2683"),
    "[Removed] Number of AMF-Sessions is now %d": ("amf", "INFO", "../src/amf/context.c:2690"),
    "UE SUPI[%s] DNN[%s] S_NSSAI[SST:%d SD:0x%x] smContextRef[%s] smContextResourceURI[%s]": (
        "gmm",
        "INFO",
        "../src/amf/gmm-handler.c:1285",
    ),
    "SMF Instance [%s]": ("gmm", "INFO", "../src/amf/gmm-handler.c:1326"),
    "[%s:%d:%d][%d:%d:%s] /nsmf-pdusession/v1/sm-contexts/{smContextRef}/modify": (
        "amf",
        "INFO",
        "../src/amf/nsmf-handler.c:915",
    ),
    "UE Context Release [Action:%d]": ("amf", "INFO", "../src/amf/ngap-handler.c:1660"),
    "[%s] Cannot find SUCI [%d]": ("gmm", "WARNING", "../src/amf/gmm-sm.c:2614"),
    "[%s] Registration reject [%d]": ("amf", "WARNING", "../src/amf/nas-path.c:219"),
    "Authentication failure(Synch failure)": ("gmm", "WARNING", "../src/amf/gmm-sm.c:1719"),
    "[%s] Deregistration request": ("gmm", "INFO", "../src/amf/gmm-handler.c:624"),
    "[%s:%d] Release SM context [%d]": ("amf", "INFO", "../src/amf/amf-sm.c:491"),
    # smf.log
    "[Added] Number of SMF-UEs is now %d": ("smf", "INFO", "../src/smf/context.c:1019"),
    "[Removed] Number of SMF-UEs is now %d": ("smf", "INFO", "../src/smf/context.c:1068"),
    "[Added] Number of SMF-Sessions is now %d": ("smf", "INFO", "../src/smf/context.c:3090"),
    "[Removed] Number of SMF-Sessions is now %d": ("smf", "INFO", "../src/smf/context.c:3096"),
    "UE SUPI[%s] DNN[%s] IPv4[%s] IPv6[%s]": ("smf", "INFO", "../src/smf/npcf-handler.c:594"),
    "Removed Session: UE IMSI:[%s] DNN:[%s:%d] IPv4:[%s] IPv6:[%s]": (
        "smf",
        "INFO",
        "../src/smf/context.c:1707",
    ),
    "No Heartbeat from UPF %s": ("smf", "WARNING", "../src/smf/pfcp-sm.c:350"),
    "PFCP associated %s": ("smf", "INFO", "../src/smf/pfcp-sm.c:188"),
}

O5_GNBS = [("10.20.1.11", 1, 0x66C01), ("10.20.1.12", 1, 0x66D01), ("10.20.1.13", 2, 0x66E01)]
O5_AMF_ID = 0x020040
O5_SMF_ID = "a1c7e6d2-23f4-41ef-8a5f-3b9e1f0c6d21"
O5_UPF = "[10.10.0.7]:8805"


def o5_line(x: datetime, label: str, msg: str) -> str:
    dom, lvl, src = O5[label]
    return f"{x:%m/%d %H:%M:%S}.{x.microsecond // 1000:03d}: [{dom}] {lvl}: {msg} ({src})"


def open5gs(r: random.Random) -> list[Log]:
    """Open5GS v2.7.1's AMF and SMF on a factory's private 5G core, 06:00 to 12:00 (see the
    module docstring)."""
    fs = Files()
    q = Queue()
    cnt = {"gnb_ues": 0, "amf_ues": 0, "amf_sess": 0, "smf_ues": 0, "smf_sess": 0}
    ids = {"amf_ue": 4187, "ip": 2}
    ran_ids = {g[0]: r.randint(300, 900) for g in O5_GNBS}

    def A(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("amf.log", t, label, lambda x: [o5_line(x, label, msg)], "amf", MS)

    def S(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("smf.log", t, label, lambda x: [o5_line(x, label, msg)], "smf", MS)

    def mk(kind: str, n: int, dnn: str) -> dict:
        msin = f"{n:010d}"
        return {
            "kind": kind,
            "imsi": f"imsi-99970{msin}",
            "suci": f"suci-0-999-70-0000-0-0-{msin}",
            "dnn": dnn,
            "gnb": r.choice(O5_GNBS),
            "on": False,
            "reg": False,
            "conn": None,
            "sess": None,
            "smf_ok": False,
            "tmsi": r.getrandbits(32) | 0xC0000000,
            "prov": True,
            "gen": 0,
        }

    hands = [mk("hh", 101 + i, "internet") for i in range(12)]
    new = [mk("hh", 201 + i, "internet") for i in range(6)]
    for u in new:
        u["prov"] = False
    sensors = [mk("sensor", 301 + i, "scada") for i in range(6)]
    # sensors are registered (idle) with a PDU session since before the log starts
    for u in sensors:
        u["on"] = u["reg"] = True
        u["sess"] = f"10.45.0.{ids['ip']}"
        u["smf_ok"] = True
        ids["ip"] += 1
        cnt["amf_ues"] += 1
        cnt["amf_sess"] += 1
        cnt["smf_ues"] += 1
        cnt["smf_sess"] += 1

    def connect(t: datetime, u: dict) -> datetime:
        ip, tac, cell = u["gnb"]
        ran_ids[ip] += 1
        ids["amf_ue"] += 1
        u["conn"] = (ran_ids[ip], ids["amf_ue"])
        t = A(t, "InitialUEMessage", "InitialUEMessage")
        cnt["gnb_ues"] += 1
        t = A(
            t,
            "[Added] Number of gNB-UEs is now %d",
            f"[Added] Number of gNB-UEs is now {cnt['gnb_ues']}",
        )
        return A(
            t,
            "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%lld] TAC[%d] CellID[0x%llx]",
            f"    RAN_UE_NGAP_ID[{u['conn'][0]}] AMF_UE_NGAP_ID[{u['conn'][1]}] TAC[{tac}] CellID[0x{cell:x}]",
        )

    def release(t: datetime, u: dict, action: int, gen: int | None = None) -> datetime:
        if u["conn"] is None or (gen is not None and gen != u["gen"]):
            return t
        t = A(t, "UE Context Release [Action:%d]", f"UE Context Release [Action:{action}]")
        t = A(
            t,
            "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%lld]",
            f"    RAN_UE_NGAP_ID[{u['conn'][0]}] AMF_UE_NGAP_ID[{u['conn'][1]}]",
        )
        cnt["gnb_ues"] -= 1
        u["conn"] = None
        return A(
            t,
            "[Removed] Number of gNB-UEs is now %d",
            f"[Removed] Number of gNB-UEs is now {cnt['gnb_ues']}",
        )

    def clock_lines(t: datetime, u: dict) -> datetime:
        t = A(t, "[%s] Registration complete", f"[{u['imsi']}] Registration complete")
        t = A(t, "[%s] Configuration update command", f"[{u['imsi']}] Configuration update command")
        stamp = f"{t:%Y-%m-%dT%H:%M:%S}"
        t = A(
            t,
            "    UTC [%04d-%02d-%02dT%02d:%02d:%02d] Timezone[%d]/DST[%d]",
            f"    UTC [{stamp}] Timezone[0]/DST[0]",
        )
        return A(
            t,
            "    LOCAL [%04d-%02d-%02dT%02d:%02d:%02d] Timezone[%d]/DST[%d]",
            f"    LOCAL [{stamp}] Timezone[0]/DST[0]",
        )

    def smf_create(t: datetime, u: dict) -> datetime:
        if not u["smf_ok"]:
            cnt["smf_ues"] += 1
            t = S(
                t,
                "[Added] Number of SMF-UEs is now %d",
                f"[Added] Number of SMF-UEs is now {cnt['smf_ues']}",
            )
        cnt["smf_sess"] += 1
        t = S(
            t,
            "[Added] Number of SMF-Sessions is now %d",
            f"[Added] Number of SMF-Sessions is now {cnt['smf_sess']}",
        )
        u["sess"] = f"10.45.{ids['ip'] // 250}.{ids['ip'] % 250 + 2}"
        ids["ip"] += 1
        u["smf_ok"] = True
        return S(
            t + sec(r.uniform(0.01, 0.04)),
            "UE SUPI[%s] DNN[%s] IPv4[%s] IPv6[%s]",
            f"UE SUPI[{u['imsi']}] DNN[{u['dnn']}] IPv4[{u['sess']}] IPv6[]",
        )

    def smf_remove(t: datetime, u: dict) -> datetime:
        t = S(
            t,
            "Removed Session: UE IMSI:[%s] DNN:[%s:%d] IPv4:[%s] IPv6:[%s]",
            f"Removed Session: UE IMSI:[{u['imsi']}] DNN:[{u['dnn']}:1] IPv4:[{u['sess']}] IPv6:[]",
        )
        cnt["smf_sess"] -= 1
        t = S(
            t,
            "[Removed] Number of SMF-Sessions is now %d",
            f"[Removed] Number of SMF-Sessions is now {cnt['smf_sess']}",
        )
        cnt["smf_ues"] -= 1
        u["smf_ok"] = False
        return S(
            t,
            "[Removed] Number of SMF-UEs is now %d",
            f"[Removed] Number of SMF-UEs is now {cnt['smf_ues']}",
        )

    def register(t: datetime, u: dict, synch: bool = False) -> None:
        """Initial registration with SUCI (a handheld switched on), and its PDU session."""
        if u["conn"] is not None:
            return
        u["on"] = True
        u["gen"] += 1
        t = connect(t, u)
        t = A(t, "[%s] Unknown UE by SUCI", f"[{u['suci']}] Unknown UE by SUCI")
        cnt["amf_ues"] += 1
        t = A(
            t,
            "[Added] Number of AMF-UEs is now %d",
            f"[Added] Number of AMF-UEs is now {cnt['amf_ues']}",
        )
        t = A(t, "Registration request", "Registration request")
        t = A(t, "[%s]    SUCI", f"[{u['suci']}]    SUCI")
        if not u["prov"]:
            t = A(
                t + sec(r.uniform(0.004, 0.02)),
                "[%s] Cannot find SUCI [%d]",
                f"[{u['suci']}] Cannot find SUCI [404]",
            )
            t = A(t, "[%s] Registration reject [%d]", f"[{u['suci']}] Registration reject [7]")
            t = release(t + sec(r.uniform(0.2, 1.1)), u, 3)
            cnt["amf_ues"] -= 1
            A(
                t,
                "[Removed] Number of AMF-UEs is now %d",
                f"[Removed] Number of AMF-UEs is now {cnt['amf_ues']}",
            )
            u["on"] = False
            if t < at(7, 25, 40):
                q.at(t + sec(r.uniform(260, 640)), register, u)
            else:
                q.at(t + sec(r.uniform(20, 120)), register, u)
            return
        if synch:
            t = A(
                t + sec(r.uniform(0.03, 0.06)),
                "Authentication failure(Synch failure)",
                "Authentication failure(Synch failure)",
            )
        t = clock_lines(t + sec(r.uniform(0.18, 0.42)), u)
        u["reg"] = True
        u["tmsi"] = r.getrandbits(32) | 0xC0000000
        cnt["amf_sess"] += 1
        t = A(
            t + sec(r.uniform(0.001, 0.004)),
            "[Added] Number of AMF-Sessions is now %d",
            f"[Added] Number of AMF-Sessions is now {cnt['amf_sess']}",
        )
        t = A(
            t,
            "UE SUPI[%s] DNN[%s] S_NSSAI[SST:%d SD:0x%x] smContextRef[%s] smContextResourceURI[%s]",
            f"UE SUPI[{u['imsi']}] DNN[{u['dnn']}] S_NSSAI[SST:1 SD:0xffffff] smContextRef[NULL] smContextResourceURI[NULL]",
        )
        t = A(t, "SMF Instance [%s]", f"SMF Instance [{O5_SMF_ID}]")
        smf_create(t + sec(r.uniform(0.004, 0.012)), u)
        A(
            t + sec(r.uniform(0.9, 2.1)),
            "[%s:%d:%d][%d:%d:%s] /nsmf-pdusession/v1/sm-contexts/{smContextRef}/modify",
            f"[{u['imsi']}:1:11][0:0:NULL] /nsmf-pdusession/v1/sm-contexts/{{smContextRef}}/modify",
        )
        q.at(t + sec(r.uniform(12, 45)), idle, u, u["gen"])

    def idle(t: datetime, u: dict, gen: int) -> None:
        release(t, u, 2, gen)
        if u["kind"] == "hh" and u["on"]:
            q.at(t + sec(r.expovariate(1 / 6600) + 120), service, u, u["gen"])

    def service(t: datetime, u: dict, gen: int) -> None:
        if gen != u["gen"] or not u["reg"]:
            return
        if u["conn"] is not None:
            q.at(t + sec(60), service, u, gen)
            return
        t = connect(t, u)
        t = A(
            t,
            "[%s]    5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]",
            f"[{u['suci']}]    5G-S_TMSI[AMF_ID:0x{O5_AMF_ID:x},M_TMSI:0x{u['tmsi']:x}]",
        )
        A(
            t + sec(r.uniform(0.15, 0.5)),
            "[%s:%d:%d][%d:%d:%s] /nsmf-pdusession/v1/sm-contexts/{smContextRef}/modify",
            f"[{u['imsi']}:1:0][0:0:NULL] /nsmf-pdusession/v1/sm-contexts/{{smContextRef}}/modify",
        )
        q.at(t + sec(r.uniform(10, 70)), idle, u, gen)

    def periodic(t: datetime, u: dict) -> None:
        """A sensor's periodic registration update with its 5G-GUTI (T3512, one hour)."""
        q.at(t + sec(3600 + r.uniform(-40, 40)), periodic, u)
        if u["conn"] is not None:
            return
        u["gen"] += 1
        t = connect(t, u)
        t = A(
            t,
            "[%s] Known UE by 5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]",
            f"[{u['suci']}] Known UE by 5G-S_TMSI[AMF_ID:0x{O5_AMF_ID:x},M_TMSI:0x{u['tmsi']:x}]",
        )
        t = A(t, "Registration request", "Registration request")
        t = clock_lines(t + sec(r.uniform(0.05, 0.2)), u)
        u["tmsi"] = r.getrandbits(32) | 0xC0000000
        q.at(t + sec(r.uniform(2, 6)), idle, u, u["gen"])

    def deregister(t: datetime, u: dict, back: float | None, synch: bool = False) -> None:
        """A handheld switched off (battery swap, or airplane mode after the UPF lost its
        sessions), switched on again `back` seconds later."""
        if not u["reg"]:
            return
        if u["conn"] is None:
            t = connect(t, u)
            t = A(
                t,
                "[%s]    5G-S_TMSI[AMF_ID:0x%x,M_TMSI:0x%x]",
                f"[{u['suci']}]    5G-S_TMSI[AMF_ID:0x{O5_AMF_ID:x},M_TMSI:0x{u['tmsi']:x}]",
            )
        t = A(
            t + sec(r.uniform(0.002, 0.01)),
            "[%s] Deregistration request",
            f"[{u['imsi']}] Deregistration request",
        )
        status = 204
        if u["smf_ok"]:
            smf_remove(t + sec(r.uniform(0.002, 0.008)), u)
        else:
            status = 404
        t = A(
            t + sec(r.uniform(0.01, 0.03)),
            "[%s:%d] Release SM context [%d]",
            f"[{u['imsi']}:1] Release SM context [{status}]",
        )
        cnt["amf_sess"] -= 1
        t = A(
            t,
            "[Removed] Number of AMF-Sessions is now %d",
            f"[Removed] Number of AMF-Sessions is now {cnt['amf_sess']}",
        )
        t = release(t + sec(r.uniform(0.05, 0.3)), u, 3)
        cnt["amf_ues"] -= 1
        A(
            t,
            "[Removed] Number of AMF-UEs is now %d",
            f"[Removed] Number of AMF-UEs is now {cnt['amf_ues']}",
        )
        u["reg"] = u["on"] = False
        u["gen"] += 1
        if back is not None:
            q.at(t + sec(back), register, u, synch)

    def upf_lost(t: datetime) -> None:
        """The UPF restarted for its upgrade: no PFCP heartbeat answer, every session cleared,
        then the new UPF associates."""
        t = S(t, "No Heartbeat from UPF %s", f"No Heartbeat from UPF {O5_UPF}")
        for u in hands + new + sensors:
            if u["smf_ok"]:
                t = smf_remove(t + sec(r.uniform(0.0005, 0.002)), u)
        S(t + sec(r.uniform(9, 14)), "PFCP associated %s", f"PFCP associated {O5_UPF}")
        for u in hands + new:
            if u["reg"] and r.random() < 0.8:
                q.at(t + sec(r.uniform(90, 1900)), deregister, u, r.uniform(15, 70))

    # shift start: the handhelds are switched on
    for u in hands:
        q.at(T0 + sec(r.uniform(15, 1500)), register, u)
    for u in new:
        q.at(at(6, 40) + sec(r.uniform(0, 900)), register, u)

    def provision(t: datetime) -> None:
        for u in new:
            u["prov"] = True

    q.at(at(7, 25, 40), provision)
    for u in sensors:
        q.at(T0 + sec(r.uniform(30, 3570)), periodic, u)
    # battery swaps through the morning; three SIMs re-issued by the operator resync at 08:05-08:20
    for u in hands:
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            q.at(
                r.choice([at(6, 40), at(9, 50)]) + sec(r.uniform(0, 7000)),
                deregister,
                u,
                r.uniform(120, 420),
            )
    for i, u in enumerate(hands[:3]):
        q.at(at(8, 5) + sec(i * 290 + r.uniform(0, 120)), deregister, u, r.uniform(30, 60), True)
    q.at(at(9, 12, 6), upf_lost)
    q.run(T_END)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- free5gc

F5_COLOR = {"INFO": 36, "WARN": 33, "ERRO": 31}
F5_AMF = "10.100.200.16"
F5_UPF_ADDR = "10.100.200.2:8805"
F5_SMF_NODE = "10.100.200.4"
F5_VERSION = "v3.4.2"


def f5_line(x: datetime, nanos: int, lvl: str, fields: str, msg: str) -> str:
    """nested-logrus-formatter as free5GC's util logger configures it: the time in RFC 3339
    with nine fractional digits, the level's colour from before ` [LEVEL]` to after the fields."""
    return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{nanos:03d}Z\x1b[{F5_COLOR[lvl]}m [{lvl}]{fields} \x1b[0m{msg}"


def gin(status: int, ip: str, method: str, path: str) -> str:
    """free5GC's gin-to-logrus line, `| %3d | %15s | %-7s | %s | %s` with no error (trimmed)."""
    return f"| {status:3d} | {ip:>15s} | {method:<7s} | {path} |"


def free5gc(r: random.Random) -> list[Log]:
    """free5GC v3.4.2's SMF and UPF in the R&D lab's docker compose, 06:00 to 12:00 (see the
    module docstring)."""
    fs = Files()
    q = Queue()
    restart = at(10, 40, 12)
    ids = {"ip": 1, "seid": 1, "imsi": 1}

    def proc(t: datetime) -> str:
        return "smf-1" if t < restart else "smf-2"

    def S(
        t: datetime, cat: str, label: str, msg: str, extra: str = "", lvl: str = "INFO"
    ) -> datetime:
        n = r.randrange(1000)
        return fs.add(
            "smf.log",
            t,
            label,
            lambda x: [f5_line(x, n, lvl, f"[SMF][{cat}]{extra}", msg)],
            proc(t),
            US,
        )

    def U(t: datetime, cat: str, label: str, msg: str, extra: str = "") -> datetime:
        n = r.randrange(1000)
        return fs.add(
            "upf.log",
            t,
            label,
            lambda x: [f5_line(x, n, "INFO", f"[UPF][{cat}]{extra}", msg)],
            "upf",
            US,
        )

    def nas(t: datetime, ptrs: str) -> datetime:
        # the NAS library's own logger: RFC 3339 without fraction
        return fs.add(
            "smf.log",
            t,
            "ProtocolOrContainerList:  %v",
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}Z\x1b[36m [INFO][NAS][Convert] \x1b[0mProtocolOrContainerList:  {ptrs}"
            ],
            proc(t),
            US,
        )

    def step(t: datetime, lo: float = 0.0002, hi: float = 0.0012) -> datetime:
        return t + sec(r.uniform(lo, hi))

    def ptr() -> str:
        return f"0xc000{r.randrange(0x100, 0xFFF):03x}{r.choice('02468ace')}{r.choice('048c')}0"

    def session(t: datetime, imsi: str, psi: int) -> dict:
        ctx = f"[pdu_session_id:{psi}][supi:{imsi}]"
        t = S(
            t, "PduSess", "Receive Create SM Context Request", "Receive Create SM Context Request"
        )
        t = S(
            step(t),
            "PduSess",
            "In HandlePDUSessionSMContextCreate",
            "In HandlePDUSessionSMContextCreate",
        )
        t = S(step(t), "CTX", "UrrPeriod: %v", "UrrPeriod: 30s")
        t = S(step(t), "CTX", "UrrThreshold: %d", "UrrThreshold: 500000")
        t = S(
            step(t, 0.004, 0.009),
            "PduSess",
            "Send NF Discovery Serving UDM Successfully",
            "Send NF Discovery Serving UDM Successfully",
            ctx,
        )
        t = S(
            step(t, 0.011, 0.02),
            "GSM",
            "In HandlePDUSessionEstablishmentRequest",
            "In HandlePDUSessionEstablishmentRequest",
        )
        p1, p2 = ptr(), ptr()
        t = nas(step(t), f"[{p1} {p2}]")
        t = S(step(t), "GSM", "Protocol Configuration Options", "Protocol Configuration Options")
        t = S(step(t), "GSM", "%v", f"&{{[{p1} {p2}]}}")
        t = S(
            step(t),
            "GSM",
            "Didn't Implement container type %s",
            "Didn't Implement container type IPAddressAllocationViaNASSignallingUL",
        )
        t = S(
            step(t, 0.005, 0.009),
            "Consumer",
            "SendNFDiscoveryServingAMF ok",
            "SendNFDiscoveryServingAMF ok",
        )
        ip = f"10.60.{ids['ip'] // 250}.{ids['ip'] % 250 + 1}"
        ids["ip"] += 1
        t = S(step(t), "CTX", "Allocated UE IP address: %s", f"Allocated UE IP address: {ip}")
        t = S(step(t), "CTX", "Selected UPF: %s", "Selected UPF: UPF")
        t = S(
            step(t, 0.012, 0.03),
            "PduSess",
            "CHF Selection for SMContext SUPI[%s] PDUSessionID[%d]",
            f"CHF Selection for SMContext SUPI[{imsi}] PDUSessionID[{psi}]",
        )
        t = S(
            step(t, 0.005, 0.01),
            "Charging",
            "Handle SendConvergedChargingRequest",
            "Handle SendConvergedChargingRequest",
        )
        t = S(
            step(t, 0.008, 0.014),
            "Charging",
            "Send Charging Data Request[Init] successfully",
            "Send Charging Data Request[Init] successfully",
        )
        for k in (1, 2):
            t = S(step(t), "PduSess", "Install PCCRule[%s]", f"Install PCCRule[PccRuleId-{k}]", ctx)
            t = S(
                step(t),
                "PduSess",
                "No srcTcData and tgtTcData. Nothing to do",
                "No srcTcData and tgtTcData. Nothing to do",
                ctx,
            )
        t = S(step(t), "PduSess", "Has pre-config route", "Has pre-config route", ctx)
        t = S(
            step(t),
            "GIN",
            "| %3d | %15s | %-7s | %s | %s",
            gin(201, F5_AMF, "POST", "/nsmf-pdusession/v1/sm-contexts"),
        )
        t = S(
            step(t),
            "PduSess",
            "Sending PFCP Session Establishment Request",
            "Sending PFCP Session Establishment Request",
        )
        seid = ids["seid"]
        ids["seid"] += 1
        la = f"[LAddr:{F5_UPF_ADDR}]"
        u = U(
            step(t, 0.001, 0.003),
            "PFCP",
            "handleSessionEstablishmentRequest",
            "handleSessionEstablishmentRequest",
            la,
        )
        u = U(
            step(u, 0.00002, 0.00005),
            "PFCP",
            "New session",
            "New session",
            f"{la}[CPNodeID:{F5_SMF_NODE}][CPSEID:0x{seid:x}][UPSEID:0x{seid:x}]",
        )
        for urr in (1, 2):
            u = U(
                step(u, 0.0004, 0.0011),
                "Perio",
                "recv event[%s][%+v]",
                f"recv event[TYPE_PERIO_ADD][{{eType:1 lSeid:{seid} urrid:{urr} period:30000000000}}]",
            )
        t = S(
            step(u, 0.0005, 0.002),
            "PduSess",
            "Received PFCP Session Establishment Accepted Response",
            "Received PFCP Session Establishment Accepted Response",
        )
        t = S(
            step(t, 0.018, 0.04),
            "PduSess",
            "Receive Update SM Context Request",
            "Receive Update SM Context Request",
        )
        u = U(
            step(t, 0.001, 0.003),
            "PFCP",
            "handleSessionModificationRequest",
            "handleSessionModificationRequest",
            la,
        )
        t = S(
            step(u, 0.0005, 0.002),
            "PduSess",
            "Received PFCP Session Modification Accepted Response from AN UPF",
            "Received PFCP Session Modification Accepted Response from AN UPF",
        )
        ref = uuid4(r)
        S(
            step(t),
            "GIN",
            "| %3d | %15s | %-7s | %s | %s",
            gin(200, F5_AMF, "POST", f"/nsmf-pdusession/v1/sm-contexts/urn:uuid:{ref}/modify"),
        )
        return {"ref": ref, "seid": seid}

    def release(t: datetime, s: dict) -> None:
        t = S(
            t, "PduSess", "Receive Release SM Context Request", "Receive Release SM Context Request"
        )
        t = S(
            step(t, 0.001, 0.004),
            "PduSess",
            "Sending PFCP Session Deletion Request",
            "Sending PFCP Session Deletion Request",
        )
        u = U(
            step(t, 0.001, 0.003),
            "PFCP",
            "handleSessionDeletionRequest",
            "handleSessionDeletionRequest",
            f"[LAddr:{F5_UPF_ADDR}]",
        )
        t = S(
            step(u, 0.0005, 0.002),
            "PduSess",
            "Received PFCP Session Deletion Accepted Response",
            "Received PFCP Session Deletion Accepted Response",
        )
        S(
            step(t),
            "GIN",
            "| %3d | %15s | %-7s | %s | %s",
            gin(
                204, F5_AMF, "POST", f"/nsmf-pdusession/v1/sm-contexts/urn:uuid:{s['ref']}/release"
            ),
        )

    def smf_start(t: datetime) -> None:
        built = "2024-05-28T09:41:03Z"
        block = [
            "",
            f"\tfree5GC version: {F5_VERSION}",
            f"\tbuild time: {built}",
            "\tcommit hash: 5e2b1a9c",
            "\tcommit time: 2024-05-27T06:32:18Z",
            "\tgo version: go1.21.8 linux/amd64",
        ]
        n = r.randrange(1000)
        t = fs.add(
            "smf.log",
            t,
            "SMF version:  %s",
            lambda x: [f5_line(x, n, "INFO", "[SMF][Main]", "SMF version:  "), *block[1:]],
            proc(t),
            US,
        )
        S(
            step(t, 0.0001, 0.0004),
            "CFG",
            "Read config from [%s]",
            "Read config from [/free5gc/config/smfcfg.yaml]",
        )
        ids["ip"] = 1

    def run(t: datetime, n_ue: int, hold: tuple[float, float]) -> None:
        """One CI pipeline's UERANSIM run: each UE registers and opens its sessions, the test
        traffic runs, the UEs deregister."""
        opened: list[tuple[datetime, dict]] = []
        for _ in range(n_ue):
            imsi = f"imsi-2089300000{ids['imsi'] % 100 + 1:05d}"
            ids["imsi"] += 1
            t += sec(r.uniform(0.45, 1.6))
            opened.append((t, session(t + sec(r.uniform(0.35, 0.6)), imsi, 1)))
            if r.random() < 0.3:
                t2 = t + sec(r.uniform(1.1, 2.4))
                opened.append((t2, session(t2, imsi, 2)))
        end = t + sec(r.uniform(*hold))
        for _, s in opened:
            end += sec(r.uniform(0.08, 0.5))
            release(end, s)

    t = T0 + sec(r.uniform(90, 200))
    while t < T_END - sec(300):
        if at(10, 38) <= t < at(10, 44):
            t = at(10, 47, 8)
        q.at(t, run, r.choice([1, 2, 2, 3, 3, 3, 4]), (45, 130))
        t += sec(1800 + r.uniform(-60, 90))
    # the 09:00 load test: 20 UEs attached at once, held 10 minutes
    q.at(at(9, 0, 31), run, 20, (560, 640))
    q.at(restart, smf_start)
    q.run(T_END)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- srsran


SRS_COMMIT = "3f1a9c2e7"


def srs_line(x: datetime, layer: str, lvl: str, msg: str) -> str:
    """srslog's file sink: local time with microseconds, the channel padded to 8, the level's
    letter."""
    return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} [{layer:<8}] [{lvl}] {msg}"


def srsran(r: random.Random) -> list[Log]:
    """srsRAN Project 24.04's gnb.log on the factory's lab cell, 05:58 to 12:00 (see the
    module docstring)."""
    fs = Files()
    q = Queue()
    st = {"crnti": 0x4601, "ran": 0, "amf": 5210}
    free_idx: list[int] = []
    next_idx = [0]

    def L(t: datetime, layer: str, lvl: str, label: str, msg: str) -> datetime:
        return fs.add("gnb.log", t, label, lambda x: [srs_line(x, layer, lvl, msg)], "gnb", US)

    def alloc(u: dict) -> None:
        if free_idx:
            free_idx.sort()
            u["idx"] = free_idx.pop(0)
        else:
            u["idx"] = next_idx[0]
            next_idx[0] += 1
        u["crnti"] = st["crnti"]
        st["crnti"] = 0x4601 + (st["crnti"] - 0x4601 + 1) % 0x3000

    def free(u: dict) -> None:
        if u.get("idx") is not None:
            free_idx.append(u["idx"])
        u["idx"] = None

    def rrc(t: datetime, u: dict, label: str, msg: str, lvl: str = "I") -> datetime:
        return L(t, "RRC", lvl, label, f"ue={u['idx']} c-rnti=0x{u['crnti']:04x}: {msg}")

    def proc(t: datetime, u: dict, label: str) -> datetime:
        return L(
            t, "NGAP", "I", label, f"ue={u['idx']} ran_ue={u['ran']} amf_ue={u['amf']}: {label}"
        )

    def tx(t: datetime, u: dict, name: str) -> datetime:
        return L(
            t,
            "NGAP",
            "I",
            "Tx PDU ue=%s ran_ue=%s amf_ue=%s: %s",
            f"Tx PDU ue={u['idx']} ran_ue={u['ran']} amf_ue={u['amf']}: {name}",
        )

    def rx(t: datetime, u: dict, name: str) -> datetime:
        return L(
            t,
            "NGAP",
            "I",
            "Rx PDU ue=%s ran_ue=%s amf_ue=%s: %s",
            f"Rx PDU ue={u['idx']} ran_ue={u['ran']} amf_ue={u['amf']}: {name}",
        )

    def d(lo: float, hi: float) -> object:
        return sec(r.uniform(lo, hi))

    def setup(t: datetime, u: dict, reest_reject: dict | None = None) -> datetime:
        """RRC setup and the InitialUEMessage; returns the time after it."""
        alloc(u)
        if reest_reject is None:
            t = rrc(t, u, "CCCH UL %s", "CCCH UL rrcSetupRequest")
        t = rrc(
            t + d(0.00001, 0.00004),
            u,
            '"RRC Setup Procedure" started...',
            '"RRC Setup Procedure" started...',
        )
        t = rrc(t + d(0.00004, 0.0002), u, "CCCH DL %s", "CCCH DL rrcSetup")
        t = rrc(t + d(0.012, 0.03), u, "DCCH UL %s", "DCCH UL rrcSetupComplete")
        t = rrc(
            t + d(0.000003, 0.00001),
            u,
            '"RRC Setup Procedure" finished successfully',
            '"RRC Setup Procedure" finished successfully',
        )
        st["ran"] += 1
        u["ran"] = st["ran"]
        return L(
            t + d(0.000005, 0.00002),
            "NGAP",
            "I",
            "Tx PDU ue=%s ran_ue=%s: %s",
            f"Tx PDU ue={u['idx']} ran_ue={u['ran']}: InitialUEMessage",
        )

    def nas_dl(t: datetime, u: dict) -> datetime:
        t = rx(t, u, "DownlinkNASTransport")
        return rrc(t + d(0.00002, 0.0001), u, "DCCH DL %s", "DCCH DL dlInformationTransfer")

    def nas_ul(t: datetime, u: dict) -> datetime:
        t = rrc(t, u, "DCCH UL %s", "DCCH UL ulInformationTransfer")
        return tx(t + d(0.00002, 0.0001), u, "UplinkNASTransport")

    def ics(t: datetime, u: dict, caps: bool) -> datetime:
        t = rx(t, u, "InitialContextSetupRequest")
        t = proc(t + d(0.000005, 0.00002), u, '"Initial Context Setup Procedure" started...')
        t = rrc(t + d(0.00003, 0.0002), u, "DCCH DL %s", "DCCH DL securityModeCommand")
        t = rrc(t + d(0.01, 0.025), u, "DCCH UL %s", "DCCH UL securityModeComplete")
        if caps:
            t = rrc(t + d(0.00003, 0.0002), u, "DCCH DL %s", "DCCH DL ueCapabilityEnquiry")
            t = rrc(t + d(0.012, 0.03), u, "DCCH UL %s", "DCCH UL ueCapabilityInformation")
        t = rrc(t + d(0.0002, 0.001), u, "DCCH DL %s", "DCCH DL rrcReconfiguration")
        t = rrc(t + d(0.012, 0.03), u, "DCCH UL %s", "DCCH UL rrcReconfigurationComplete")
        t = tx(t + d(0.00002, 0.0001), u, "InitialContextSetupResponse")
        return proc(
            t + d(0.000003, 0.00001), u, '"Initial Context Setup Procedure" finished successfully'
        )

    def pdu_setup(t: datetime, u: dict) -> datetime:
        t = rx(t, u, "PDUSessionResourceSetupRequest")
        t = proc(t + d(0.000005, 0.00002), u, '"PDU Session Resource Setup Procedure" started...')
        t = rrc(t + d(0.0003, 0.0012), u, "DCCH DL %s", "DCCH DL rrcReconfiguration")
        t = rrc(t + d(0.012, 0.03), u, "DCCH UL %s", "DCCH UL rrcReconfigurationComplete")
        t = tx(t + d(0.00002, 0.0001), u, "PDUSessionResourceSetupResponse")
        return proc(
            t + d(0.000003, 0.00001),
            u,
            '"PDU Session Resource Setup Procedure" finished successfully',
        )

    def released(t: datetime, u: dict, radio: bool, ask: bool = True) -> datetime:
        if ask:
            t = tx(t, u, "UEContextReleaseRequest")
        t = rx(t + d(0.002, 0.006), u, "UEContextReleaseCommand")
        if radio:
            t = rrc(t + d(0.00002, 0.0001), u, "DCCH DL %s", "DCCH DL rrcRelease")
        t = tx(t + d(0.0005, 0.003), u, "UEContextReleaseComplete")
        free(u)
        u["conn"] = False
        return t

    def interfered(t: datetime) -> bool:
        return at(7, 31) <= t < at(7, 52)

    def after_connect(t: datetime, u: dict) -> None:
        """The connection either idles out, or (mostly in the dock-door interference)
        loses its radio link."""
        p_rlf = 0.45 if interfered(t) else 0.025
        if r.random() < p_rlf:
            q.at(t + d(3, 40), rlf, u, u["gen"])
        else:
            q.at(t + d(12, 60), idle, u, u["gen"])

    def attach(t: datetime, u: dict) -> None:
        """Initial registration (a device switched on): NAS authentication and security,
        the context with capabilities, registration complete, the PDU session."""
        if u["conn"]:
            return
        u["conn"] = True
        u["gen"] += 1
        t = setup(t, u)
        st["amf"] += 1
        u["amf"] = st["amf"]
        t = nas_dl(t + d(0.003, 0.008), u)
        t = nas_ul(t + d(0.02, 0.05), u)
        t = nas_dl(t + d(0.004, 0.01), u)
        t = nas_ul(t + d(0.02, 0.05), u)
        t = ics(t + d(0.02, 0.06), u, True)
        t = nas_ul(t + d(0.004, 0.02), u)
        t = nas_dl(t + d(0.002, 0.006), u)
        t = nas_ul(t + d(0.05, 0.3), u)
        t = pdu_setup(t + d(0.02, 0.06), u)
        after_connect(t, u)

    def connect(t: datetime, u: dict, gen: int) -> None:
        """A service request from idle: the AMF sets the context up with the session."""
        if gen != u["gen"]:
            return
        if u["conn"]:
            q.at(t + d(30, 90), connect, u, gen)
            return
        u["conn"] = True
        t = setup(t, u)
        t = ics(t + d(0.02, 0.05), u, False)
        after_connect(t, u)

    def idle(t: datetime, u: dict, gen: int) -> None:
        if gen != u["gen"] or not u["conn"]:
            return
        t = released(t, u, True)
        q.at(t + sec(r.expovariate(1 / u["every"]) + 30), connect, u, u["gen"])

    def rlf(t: datetime, u: dict, gen: int) -> None:
        """Radio link failure: the DU's warning, then the UE re-establishes (or fails to)."""
        if gen != u["gen"] or not u["conn"]:
            return
        cause = r.choice(["RLC max ReTxs reached", "RLC max ReTxs reached", "MAC max KOs reached"])
        t = L(
            t,
            "DU-MNG",
            "W",
            'RLF detected with cause "%s". Timer of %d msec to release UE started...',
            f'ue={u["idx"]} rnti=0x{u["crnti"]:04x}: RLF detected with cause "{cause}". Timer of 1000 msec to release UE started...',
        )
        old = dict(u)
        roll = r.random()
        t += d(0.05, 0.6)
        if roll < 0.55:
            # re-established on a new C-RNTI, the old context handed over
            n = {"idx": None}
            alloc(n)
            u2 = dict(u, idx=n["idx"], crnti=n["crnti"])
            t = rrc(t, u2, "CCCH UL %s", "CCCH UL rrcReestablishmentRequest")
            t = rrc(
                t + d(0.00001, 0.00004),
                u2,
                '"RRC Reestablishment Procedure" started...',
                '"RRC Reestablishment Procedure" started...',
            )
            t = rrc(t + d(0.00005, 0.0002), u2, "DCCH DL %s", "DCCH DL rrcReestablishment")
            if roll < 0.45:
                t = rrc(t + d(0.012, 0.03), u2, "DCCH UL %s", "DCCH UL rrcReestablishmentComplete")
                t = rrc(
                    t + d(0.000003, 0.00001),
                    u2,
                    '"RRC Reestablishment Procedure" finished successfully',
                    '"RRC Reestablishment Procedure" finished successfully',
                )
                free(u)
                u.update(idx=u2["idx"], crnti=u2["crnti"])
                after_connect(t, u)
                return
            t = rrc(
                t + sec(4.0),
                u2,
                '"RRC Reestablishment Procedure" for old_ue=%d failed. Cause: timed out after %dms',
                f'"RRC Reestablishment Procedure" for old_ue={old["idx"]} failed. Cause: timed out after 4000ms',
                "W",
            )
            free(u2)
            t = released(t + d(0.001, 0.01), u, False)
        else:
            # the old context is released first; a reestablishment then falls back to setup
            t = released(t + d(0.9, 1.1), u, False)
            if roll < 0.8:
                n = {"idx": None}
                alloc(n)
                u2 = dict(u, idx=n["idx"], crnti=n["crnti"])
                t = rrc(t + d(0.2, 2.5), u2, "CCCH UL %s", "CCCH UL rrcReestablishmentRequest")
                t = rrc(
                    t + d(0.00001, 0.00004),
                    u2,
                    "Rejecting RRC Reestablishment to old UE c-rnti=%s, pci=%d. Cause: Old UE bearers were not fully established. Fallback to RRC Setup Procedure...",
                    f"Rejecting RRC Reestablishment to old UE c-rnti=0x{old['crnti']:04x}, pci=1. Cause: Old UE bearers were not fully established. Fallback to RRC Setup Procedure...",
                )
                free(u2)
                u["conn"] = True
                t = setup(t + d(0.00001, 0.00003), u, reest_reject=old)
                t = ics(t + d(0.02, 0.05), u, False)
                after_connect(t, u)
                return
        q.at(t + d(20, 120), connect, u, u["gen"])

    def swap(t: datetime, u: dict) -> None:
        """A battery swap: the handheld is off for a few minutes, then attaches again."""
        if u["conn"]:
            q.at(t + d(200, 400), swap, u)
            return
        u["gen"] += 1
        q.at(t + d(120, 300), attach, u)

    def periodic(t: datetime, u: dict) -> None:
        """An idle device's periodic registration update: NAS only, then released."""
        q.at(t + sec(3600 + r.uniform(-30, 30)), periodic, u)
        if u["conn"]:
            return
        u["conn"] = True
        u["gen"] += 1
        t = setup(t, u)
        t = nas_dl(t + d(0.01, 0.03), u)
        t = nas_ul(t + d(0.02, 0.05), u)
        t = nas_dl(t + d(0.002, 0.006), u)
        released(t + d(0.05, 0.2), u, True, ask=False)

    # the gNB's start at 05:58: build info, the CPU governors, NG setup with the Open5GS AMF
    t0 = at(5, 58, 40.118)
    t = L(
        t0,
        "GNB",
        "I",
        "Built in %s mode using commit %s on branch %s",
        f"Built in Release mode using commit {SRS_COMMIT} on branch release_24_04",
    )
    for cpu in range(8):
        t = L(
            t + d(0.00002, 0.0002),
            "GNB",
            "W",
            'CPU%d scaling governor is not set to performance, which may hinder performance. You can set it to performance using the "srsran_performance" script',
            f'CPU{cpu} scaling governor is not set to performance, which may hinder performance. You can set it to performance using the "srsran_performance" script',
        )
    t = L(
        t + d(0.3, 0.5),
        "NGAP",
        "I",
        '"NG Setup Procedure" started...',
        '"NG Setup Procedure" started...',
    )
    t = L(t + d(0.000002, 0.00001), "NGAP", "I", "Tx PDU: %s", "Tx PDU: NGSetupRequest")
    t = L(t + d(0.0002, 0.001), "NGAP", "I", "Rx PDU: %s", "Rx PDU: NGSetupResponse")
    L(
        t + d(0.00002, 0.0001),
        "NGAP",
        "I",
        '"NG Setup Procedure" finished successfully',
        '"NG Setup Procedure" finished successfully',
    )

    devices = []
    for _ in range(7):  # handhelds on the line-side cell: switched on at shift start
        u = {"conn": False, "gen": 0, "idx": None, "every": r.uniform(3300, 4600)}
        devices.append(u)
        q.at(T0 + d(20, 1500), attach, u)
        for _ in range(r.choice([0, 1])):
            q.at(at(8, 0) + d(0, 12000), swap, u)
    for _ in range(3):  # AGVs: connected for their route updates
        st["amf"] += 1
        u = {"conn": False, "gen": 0, "idx": None, "every": r.uniform(1300, 1800), "amf": st["amf"]}
        devices.append(u)
        q.at(T0 + d(5, 600), connect, u, 0)
    for _ in range(6):  # sensors: idle, periodic registration every hour
        st["amf"] += 1
        u = {"conn": False, "gen": 0, "idx": None, "every": 3600, "amf": st["amf"]}
        devices.append(u)
        q.at(T0 + d(30, 3500), periodic, u)
    q.run(T_END)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- osmo-bsc

OSMO_REASONS = [
    # (reason, chreq_reason, ra range, weight)
    ("location updating", 0x02, (0x00, 0x0F), 46),
    ("answer to paging", 0x03, (0x20, 0x2F), 22),
    ("originating call", 0x01, (0xE0, 0xEF), 21),
    ("other", 0x05, (0x10, 0x1F), 8),
    ("emergency call", 0x00, (0xA0, 0xBF), 0.3),
]
OSMO_CAUSES = [
    ("Radio Link Failure", "01", 20),
    ("Radio Interface Failure", "00", 3),
    ("Handover Access Failure", "02", 2),
    ("Normal event, unspecified", "0f", 1),
]


def osmo_line(x: datetime, cat: str, lvl: str, src: str, msg: str) -> str:
    """libosmocore's log target with `print extended-timestamp`, category, level and the
    file's basename at the head's end."""
    return f"{x:%Y%m%d%H%M%S}{x.microsecond // 1000:03d} {cat} {lvl} {src} {msg}"


def osmo_bsc(r: random.Random) -> list[Log]:
    """OsmoBSC 1.11's log file for a three-site rural 2G network, 06:00 to 12:00 (see the
    module docstring)."""
    fs = Files()

    def L(t: datetime, cat: str, lvl: str, src: str, label: str, msg: str) -> datetime:
        return fs.add(
            "osmo-bsc.log", t, label, lambda x: [osmo_line(x, cat, lvl, src, msg)], "bsc", MS
        )

    def chan_rqd(t: datetime, bts: int, reason: tuple | None = None) -> datetime:
        rs = reason or r.choices(OSMO_REASONS, [w for *_, w in OSMO_REASONS])[0]
        name, code, (lo, hi), _ = rs
        ra = r.randint(lo, hi)
        return L(
            t,
            "DRSL",
            "INFO",
            "abis_rsl.c:2093",
            "CHAN RQD: reason: %s (ra=0x%02x, neci=0x%02x, chreq_reason=0x%02x)",
            f"(bts={bts}) CHAN RQD: reason: {name} (ra=0x{ra:02x}, neci=0x01, chreq_reason=0x{code:02x})",
        )

    def lchan(bts: int, trx: int) -> tuple[str, str]:
        """An lchan FSM instance's id (`bts-trx-ts-pchan-ss`) and its type."""
        kind = r.choice(["TCH_F", "TCH_F", "TCH_H", "SDCCH"])
        if kind == "SDCCH":
            return f"{bts}-{trx}-0-CCCH_SDCCH4-{r.randint(0, 3)}", "SDCCH"
        sub = r.randint(0, 1) if kind == "TCH_H" else 0
        return f"{bts}-{trx}-{r.randint(1, 7)}-{kind}-{sub}", kind

    bts2_down = [
        (at(8, 55, 12), at(8, 57, 40)),
        (at(8, 59, 3), at(9, 4, 51)),
        (at(9, 6, 10), at(9, 6, 58)),
        (at(9, 8, 30), at(9, 13, 2)),
        (at(9, 15, 44), at(9, 16, 20)),
        (at(9, 17, 5), at(9, 19, 41)),
    ]

    def up(bts: int, t: datetime) -> bool:
        if bts == 2:
            return not any(a <= t < b for a, b in bts2_down)
        if bts == 0:
            return not (at(10, 55, 2) <= t < at(10, 57, 30))
        return True

    def peak(t: datetime) -> bool:
        return at(6, 30) <= t < at(7, 25)

    # channel requests: bts 1 (the village) busiest, with the morning milking shift's peak
    for bts, mean in [(0, 38.0), (1, 26.0), (2, 55.0)]:
        for t in poisson(r, T0, T_END, mean):
            if not up(bts, t):
                continue
            chan_rqd(t, bts)
            if bts == 1 and peak(t):
                # the peak: bursts of requests, SDCCHs run out
                for _ in range(r.choice([1, 2, 2, 3])):
                    t = chan_rqd(t + sec(r.uniform(0.05, 1.5)), 1)
                if r.random() < 0.3:
                    L(
                        t + sec(r.uniform(0.002, 0.02)),
                        "DRSL",
                        "NOTICE",
                        "abis_rsl.c:2201",
                        "CHAN RQD: no resources for %s 0x%x",
                        f"(bts=1) CHAN RQD: no resources for {r.choice(['SDCCH', 'SDCCH', 'TCH_F'])} 0x{r.randint(0, 15):x}",
                    )
                if r.random() < 0.08:
                    L(
                        t + sec(r.uniform(1, 6)),
                        "DRSL",
                        "INFO",
                        "abis_rsl.c:2046",
                        "CHAN RQD: tossing expired channel request(ra=0x%02x, neci=0x%02x, chreq_reason=0x%02x)",
                        f"(bts=1) CHAN RQD: tossing expired channel request(ra=0x{r.randint(0, 15):02x}, neci=0x01, chreq_reason=0x02)",
                    )
    for t in poisson(r, at(6, 38), at(7, 18), 180.0):
        L(
            t,
            "DRSL",
            "ERROR",
            "abis_rsl.c:1672",
            "%s CCCH/ACCH/CPU Overload",
            "(bts=1,trx=0) CCCH/ACCH/CPU Overload",
        )
    # bts 1's second TRX refuses activations in the peak (a failing PA)
    for t in poisson(r, at(6, 44), at(7, 12), 240.0):
        name, kind = lchan(1, 1)
        L(
            t,
            "DCHAN",
            "ERROR",
            "abis_rsl.c:1171",
            "CHANNEL ACTIVATE NACK%s",
            f"lchan({name}){{WAIT_ACTIV_ACK}}: (type={kind}) CHANNEL ACTIVATE NACK (cause=Radio resource not available [ 21 ])",
        )
    # radio link failures all day, more on bts 2's edge
    for t in poisson(r, T0, T_END, 240.0):
        bts = r.choice([0, 1, 1, 2, 2, 2])
        if not up(bts, t):
            continue
        name, kind = lchan(bts, r.choice([0, 0, 1]) if bts < 2 else 0)
        cause, hx, _ = r.choices(OSMO_CAUSES, [w for *_, w in OSMO_CAUSES])[0]
        L(
            t,
            "DCHAN",
            "ERROR",
            "abis_rsl.c:1201",
            "CONNECTION FAIL%s",
            f"lchan({name}){{ESTABLISHED}}: (type={kind}) CONNECTION FAIL (cause={cause} [ {hx} ])",
        )
    for t in poisson(r, T0, T_END, 2400.0):
        bts, trx = r.choice([(0, 0), (1, 0), (1, 1)])
        L(
            t,
            "DRSL",
            "ERROR",
            "abis_rsl.c:1632",
            "%s ERROR REPORT%s",
            f"(bts={bts},trx={trx}) ERROR REPORT (cause=Message sequence error [ 62 ])",
        )
    # bts 2's microwave backhaul fading in the morning fog
    for a, b in bts2_down:
        t = L(
            a,
            "DLINP",
            "NOTICE",
            "bts_ipaccess_nanobts.c:683",
            "Signalling link down",
            "E1L(2) Signalling link down",
        )
        t = L(
            t,
            "DLINP",
            "NOTICE",
            "bts_ipaccess_nanobts.c:526",
            "Dropping OML link: link down",
            "(bts=2) Dropping OML link: link down",
        )
        L(
            t,
            "DLINP",
            "NOTICE",
            "bts_ipaccess_nanobts.c:503",
            "Dropping RSL link: OML link drop",
            "(bts=2,trx=0) Dropping RSL link: OML link drop",
        )
        L(
            b + sec(r.uniform(2, 6)),
            "DRSL",
            "NOTICE",
            "abis_rsl.c:2512",
            "%s Unknown Abis RSL TRX message type 0x%02x",
            "(bts=2,trx=0) Unknown Abis RSL TRX message type 0x1e",
        )
    # a contractor's new nanoBTS (unit 1803) installed before it is configured
    t = at(10, 9, 41)
    while t < at(10, 41):
        L(
            t,
            "DLINP",
            "ERROR",
            "bts_ipaccess_nanobts.c:576",
            "Unable to find BTS configuration for %u/%u/%u, disconnecting",
            "Unable to find BTS configuration for 1803/0/0, disconnecting",
        )
        t += sec(r.uniform(10.2, 11.8))
    # bts 0 (farm HQ) loses power and reconnects before its old TCP link timed out
    t = L(
        at(10, 57, 30),
        "DLINP",
        "NOTICE",
        "bts_ipaccess_nanobts.c:526",
        "Dropping OML link: new OML link",
        "(bts=0) Dropping OML link: new OML link",
    )
    t = L(
        t,
        "DLINP",
        "NOTICE",
        "bts_ipaccess_nanobts.c:503",
        "Dropping RSL link: OML link drop",
        "(bts=0,trx=0) Dropping RSL link: OML link drop",
    )
    t = L(
        t,
        "DLINP",
        "NOTICE",
        "bts_ipaccess_nanobts.c:503",
        "Dropping RSL link: OML link drop",
        "(bts=0,trx=1) Dropping RSL link: OML link drop",
    )
    for _ in range(3):
        t = L(
            t + sec(r.uniform(4, 9)),
            "DRSL",
            "ERROR",
            "abis_rsl.c:1499",
            "Rx RSL DCHAN: unable to match RSL message to an lchan: chan_nr=0x%x",
            f"Rx RSL DCHAN: unable to match RSL message to an lchan: chan_nr=0x{r.choice([0x09, 0x0A, 0x0B, 0x21, 0x29]):x}",
        )
    # the MSC restarted for its upgrade: it RESETs the A interface
    t = L(
        at(11, 20, 14),
        "DRESET",
        "NOTICE",
        "bssmap_reset.c:83",
        "link lost",
        "bssmap_reset(msc-0){CONNECTED}: link lost",
    )
    L(
        t + sec(0.001),
        "DRESET",
        "NOTICE",
        "bssmap_reset.c:75",
        "link up",
        "bssmap_reset(msc-0){CONNECTED}: link up",
    )
    for t in [at(7, 48, 21), at(10, 22, 7)]:
        L(
            t,
            "DRSL",
            "NOTICE",
            "abis_rsl.c:2120",
            "CHAN RQD: MS attempts EMERGENCY CALL although EMERGENCY CALLS are not allowed in sysinfo (spec violation by MS!)",
            "(bts=2) CHAN RQD: MS attempts EMERGENCY CALL although EMERGENCY CALLS are not allowed in sysinfo (spec violation by MS!)",
        )
    for t in poisson(r, T0, T_END, 5400.0):
        L(
            t,
            "DRSL",
            "ERROR",
            "abis_rsl.c:1395",
            "%s HANDOVER DETECT but no handover is ongoing",
            f"(bts=1,trx=0,ts={r.randint(1, 7)},ss=0) HANDOVER DETECT but no handover is ongoing",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- kannel

KAN_SMSC = {"mno-a": "smpp.mno-a.example.net", "mno-b": "smsc.mno-b.example.com"}
KAN_OTP = [
    "Ihr Bestaetigungscode lautet {c}. Er ist 5 Minuten gueltig.",
    "{c} ist Ihr Anmeldecode fuer das Kundenportal.",
    "Your verification code is {c}",
]
KAN_ALERTS = [
    "ALARM Kuehlhaus 2: Temperatur {v} C ueber Grenzwert",
    "INFO Wartung Rechenzentrum heute 22:00-23:00",
    "ALARM USV Halle 3 auf Batteriebetrieb",
    "OK Kuehlhaus 2: Temperatur {v} C",
]


def kan_line(x: datetime, pid: int, tid: int, lvl: str, msg: str) -> str:
    return f"{x:%Y-%m-%d %H:%M:%S} [{pid}] [{tid}] {lvl}: {msg}"


def kannel(r: random.Random) -> list[Log]:
    """Kannel 1.4.5's bearerbox, smsbox and access logs on the SMS gateway, 06:00 to 12:00
    (see the module docstring)."""
    fs = Files()
    SB_PID = 1905
    ALOG = "%s [SMSC:%s] [SVC:%s] [ACT:%s] [BINF:%s] [FID:%s] [META:%s] [from:%s] [to:%s] [flags:%ld:%ld:%ld:%ld:%ld] [msg:%ld:%s] [udh:%ld:%s]"
    restart = at(10, 15, 3)

    def bproc(t: datetime) -> str:
        return "bb-1" if t < restart else "bb-2"

    def B(t: datetime, tid: int, lvl: str, label: str, msg: str) -> datetime:
        pid = 1873 if t < restart else 24617
        return fs.add(
            "bearerbox.log", t, label, lambda x: [kan_line(x, pid, tid, lvl, msg)], bproc(t), SEC
        )

    def SB(t: datetime, tid: int, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            "smsbox.log", t, label, lambda x: [kan_line(x, SB_PID, tid, lvl, msg)], "sb", SEC
        )

    def A(
        t: datetime,
        what: str,
        smsc: str,
        svc: str,
        fid: str,
        meta: str,
        frm: str,
        to: str,
        flags: str,
        text: str,
    ) -> datetime:
        label = what + ALOG[2:]
        line = f"{what} [SMSC:{smsc}] [SVC:{svc}] [ACT:] [BINF:] [FID:{fid}] [META:{meta}] [from:{frm}] [to:{to}] [flags:{flags}] [msg:{len(text)}:{text}] [udh:0:]"
        return fs.add(
            "access.log", t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {line}"], bproc(t), SEC
        )

    def msisdn() -> str:
        return f"+49{r.choice(['151', '152', '157', '160', '162', '170', '171', '172', '173', '176', '177', '178'])}{r.randint(1000000, 99999999)}"

    def mno_down(t: datetime) -> bool:
        return at(7, 40, 12) <= t < at(7, 58, 31)

    def throttled(t: datetime) -> bool:
        return at(9, 30, 5) <= t < at(9, 44, 50)

    pending_dlr: list[tuple[str, str]] = []  # (smsc, dst) of messages sent before the restart

    def send(
        t: datetime, user: str, ip: str, sender: str, to: str, text: str, dlr_url: bool
    ) -> None:
        t = SB(
            t,
            3,
            "INFO",
            "smsbox: Got HTTP request <%s> from <%s>",
            f"smsbox: Got HTTP request </cgi-bin/sendsms> from <{ip}>",
        )
        t = SB(t, 3, "INFO", "sendsms used by <%s>", f"sendsms used by <{user}>")
        t = SB(
            t,
            3,
            "INFO",
            "sendsms sender:<%s:%s> (%s) to:<%s> msg:<%s>",
            f"sendsms sender:<{user}:{sender}> ({ip}) to:<{to}> msg:<{text}>",
        )
        if restart <= t < restart + sec(14):
            return
        # mno-b's own subscribers are routed to it; everything else (and mno-b's while its
        # SMSC is down) goes out through mno-a
        smsc = (
            "mno-b"
            if to[3:6] in ("157", "159", "176", "177", "178", "179") and not mno_down(t)
            else "mno-a"
        )
        t += sec(r.uniform(0.2, 1.5))
        if throttled(t) and smsc == "mno-a":
            for _ in range(r.choice([1, 1, 2, 3])):
                t = B(
                    t,
                    6,
                    "ERROR",
                    "SMPP[%s]: SMSC returned error code 0x%08lx (%s) in response to submit_sm.",
                    "SMPP[mno-a]: SMSC returned error code 0x00000058 (Throttling error (ESME has exceeded allowed message limits)) in response to submit_sm.",
                )
                t += sec(r.uniform(1.0, 3.0))
        flags = "-1:0:-1:0:31" if dlr_url else "-1:0:-1:0:3"
        if r.random() < 0.015:
            t = B(
                t,
                6 if smsc == "mno-a" else 8,
                "ERROR",
                "SMPP[%s]: SMSC returned error code 0x%08lx (%s) in response to submit_sm.",
                f"SMPP[{smsc}]: SMSC returned error code 0x0000000b (Invalid Dest Addr) in response to submit_sm.",
            )
            A(t, "FAILED Send SMS", smsc, user, "", "", sender, to, flags, text)
            return
        fid = f"{r.getrandbits(32):08X}" if smsc == "mno-a" else f"{r.randint(10**9, 10**10 - 1)}"
        t = A(t, "Sent SMS", smsc, user, fid, "?smpp_resp?", sender, to, flags, text)
        # mno-a reports within seconds; mno-b batches its delivery reports
        dt = t + sec(r.uniform(2, 25) if smsc == "mno-a" else r.uniform(300, 2400))
        if t < restart <= dt:
            pending_dlr.append((smsc, to))
            return
        if at(10, 14, 30) <= dt < restart + sec(15):
            return
        stat, err = (
            ("DELIVRD", "000")
            if r.random() < 0.93
            else r.choice([("UNDELIV", "001"), ("EXPIRED", "00b")])
        )
        stamp = f"{dt:%y%m%d%H%M}"
        dtext = f"id:{fid} sub:001 dlvrd:{'001' if stat == 'DELIVRD' else '000'} submit date:{t:%y%m%d%H%M} done date:{stamp} stat:{stat} err:{err} text:{text[:20]}"
        dt = A(
            dt,
            "Receive DLR",
            smsc,
            user,
            fid,
            f"?smpp?dlr_err={err}&",
            to,
            sender,
            "-1:-1:-1:-1:" + ("1" if stat == "DELIVRD" else "2"),
            dtext,
        )
        if dlr_url:
            SB(
                dt + sec(r.uniform(0.1, 0.8)),
                5,
                "INFO",
                "Starting delivery report <%s> from <%s>",
                f"Starting delivery report <{user}> from <{to}>",
            )

    # the bank's OTPs through the day, busier from 08:00
    t = T0
    while t < T_END:
        busy = 55.0 if t >= at(8, 0) else 140.0
        t += sec(r.expovariate(1 / busy))
        if t >= T_END:
            break
        code = f"{r.randint(0, 999999):06d}"
        send(
            t,
            "otp-svc",
            r.choice(["10.4.2.15", "10.4.2.16"]),
            "ACMEBANK",
            msisdn(),
            r.choice(KAN_OTP).format(c=code),
            True,
        )
    # the facility monitoring's alerts to the on-call numbers
    oncall = [msisdn() for _ in range(4)]
    for t0 in poisson(r, T0, T_END, 1500.0):
        text = r.choice(KAN_ALERTS).format(v=f"{r.uniform(-12, 4):.1f}")
        for i, n in enumerate(oncall[: r.choice([2, 3, 4])]):
            send(t0 + sec(i * 3.1), "monitoring", "10.4.7.30", "4930901820", n, text, False)
    # customers' replies to the short code (STOP, INFO)
    for t in poisson(r, T0, T_END, 700.0):
        frm = msisdn()
        word = r.choice(["STOP", "STOP", "Stop", "INFO", "HILFE"])
        smsc = r.choice(["mno-a", "mno-b"])
        if smsc == "mno-b" and mno_down(t):
            continue
        t = A(t, "Receive SMS", smsc, "", "", "?smpp?", frm, "81234", "-1:0:-1:0:-1", word)
        SB(
            t + sec(r.uniform(0.1, 0.6)),
            5,
            "INFO",
            "Starting to service <%s> from <%s> to <%s>",
            f"Starting to service <{word}> from <{frm}> to <81234>",
        )
    # logrotate at 06:25
    B(
        at(6, 25, 1),
        0,
        "WARNING",
        "SIGHUP received, catching and re-opening logs",
        "SIGHUP received, catching and re-opening logs",
    )
    SB(
        at(6, 25, 1),
        0,
        "WARNING",
        "SIGHUP received, catching and re-opening logs",
        "SIGHUP received, catching and re-opening logs",
    )
    # mno-b's SMSC down 07:40-07:58: the session breaks, reconnects refused every 10 s
    t = B(
        at(7, 40, 12),
        8,
        "ERROR",
        "SMPP[%s]: I/O error or other error. Re-connecting.",
        "SMPP[mno-b]: I/O error or other error. Re-connecting.",
    )
    t = B(
        t,
        8,
        "ERROR",
        "SMPP[%s]: Couldn't connect to SMS center (retrying in %ld seconds).",
        "SMPP[mno-b]: Couldn't connect to SMS center (retrying in 10 seconds).",
    )
    while t < at(7, 58, 20):
        t = B(
            t + sec(10),
            8,
            "ERROR",
            "error connecting to server `%s' at port `%d'",
            f"error connecting to server `{KAN_SMSC['mno-b']}' at port `2775'",
        )
        t = B(t, 8, "ERROR", "System error %d: %s", "System error 111: Connection refused")
        t = B(
            t,
            8,
            "ERROR",
            "SMPP[%s]: Couldn't connect to SMS center (retrying in %ld seconds).",
            "SMPP[mno-b]: Couldn't connect to SMS center (retrying in 10 seconds).",
        )
    # mno-a's link stalls twice; Kannel notices no responses and reconnects
    for t in [at(8, 47, 33), at(11, 12, 9)]:
        t = B(
            t,
            6,
            "WARNING",
            "Got no responses within %ld sec., reconnecting...",
            f"Got no responses within {r.choice([30, 31, 32])} sec., reconnecting...",
        )
        B(
            t,
            6,
            "ERROR",
            "SMPP[%s]: Couldn't connect to SMS center (retrying in %ld seconds).",
            "SMPP[mno-a]: Couldn't connect to SMS center (retrying in 10 seconds).",
        )
    # bearerbox restarted at 10:15 for the new smsc-b throughput setting
    t = B(
        at(10, 14, 58),
        10,
        "INFO",
        "Connection closed by the box <%s>",
        "Connection closed by the box <127.0.0.1>",
    )
    t = restart
    for label, msg in [
        (
            "Added logfile `%s' with level `%d'.",
            "Added logfile `/var/log/kannel/bearerbox.log' with level `1'.",
        ),
        ("Started access logfile `%s'.", "Started access logfile `/var/log/kannel/access.log'."),
        ("HTTP: Opening server at port %d.", "HTTP: Opening server at port 13000."),
        ("----------------------------------------", "----------------------------------------"),
        ("Kannel bearerbox II version %s starting", "Kannel bearerbox II version 1.4.5 starting"),
        ("MAIN: Start-up done, entering mainloop", "MAIN: Start-up done, entering mainloop"),
    ]:
        t = B(t, 0, "INFO", label, msg)
    t = B(t + sec(2), 10, "INFO", "Client connected from <%s>", "Client connected from <127.0.0.1>")
    SB(
        t,
        0,
        "INFO",
        "Connected to bearerbox at %s port %ld.",
        "Connected to bearerbox at localhost port 13001.",
    )
    # the DLRs of messages sent before the restart arrive; the internal DLR store is gone
    for smsc, to in pending_dlr:
        B(
            t + sec(r.uniform(5, 900)),
            6 if smsc == "mno-a" else 8,
            "WARNING",
            "DLR[%s]: DLR from SMSC<%s> for DST<%s> not found.",
            f"DLR[internal]: DLR from SMSC<{smsc}> for DST<{to}> not found.",
        )
    return fs.logs(T0)


SYSTEMS = {
    "open5gs": open5gs,
    "free5gc": free5gc,
    "srsran": srsran,
    "osmo-bsc": osmo_bsc,
    "kannel": kannel,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
