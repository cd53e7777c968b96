#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 296 (python-matter-server, otbr-agent,
espresense-companion, openwb, mqttwarn) into bench/heldout/, the same way and under the same label
rules as generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its
format strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five programs of a smart
home and its neighbours, 2024-06-07 (06:00 to 12:00 unless said). mqttwarn replaces
mqtt2prometheus, which writes too few formats for a day (its zap messages are `Connected to MQTT
Broker`, `Will subscribe to topic`, `Could not subscribe`, `could not connect to mqtt broker, sleep
10 second`, `Error while processing message` and a debug `Got message`, the errors going into
fields that are not part of the labels: under ten templates).

- python-matter-server 5.10 (`house-matter-server.log`, `office-matter-server.log`: `docker logs`
  of two containers, coloredlogs' `%(asctime)s.%(msecs)03d (%(threadName)s) %(levelname)s
  [%(name)s] %(message)s` without colours, `2024-06-07 06:00:12.007 (MainThread) INFO
  [matter_server.server.device_controller.node_2] Subscription succeeded with report interval
  [0, 60]`; the Matter SDK's errors forwarded as `(Dummy-2) CHIP_ERROR [chip.native.DMG] ...`).
  Both start up (the CHIP stack, the PAA certificates from DCL and Git, the vendor info, node
  set-up with `Node %s discovered on MDNS`, `Setting-up node...`, `Setting up attributes and
  events subscription.`, `Subscription succeeded with report interval [%d, %d]`); the house's
  battery Thread sensors and a weak Lightstrip lose their subscriptions all day (`Subscription
  Liveness timeout ...`, `Previous subscription failed with Error: %s, re-subscribing in %s
  ms...`, `Failed to Send CHIP MessageCounter:%u on exchange %s ...`, `CASESession timed out
  ...`, `Failed to establish CASE for re-subscription with error '%s'`, `Re-Subscription
  succeeded`, `Marked node %s as unavailable`); node 9 hangs in set-up for 38 minutes (the
  multi-line `ATTENTION: Node %s (%s) did not complete setup in %s minutes.` error at 15 and 30);
  an unplugged plug (`Attempting to resolve node %s... (attempt 2 of 2)`, `OperationalSessionSetup
  [...]: operational discovery failed: ...`, `Setup for node failed: Unable to resolve Node %s`);
  otbr-living's RCP dies 08:20-08:31 and every Thread node re-subscribes until it is back; a
  Wi-Fi plug commissioned at 09:10 (the first attempt times out); a ping from the dashboard
  (`Node could not be discovered on the network, returning cached IP's`, `The SDK is
  communicating with the device using %s`); node 12 removed at 11:15; the office's switch
  rebooted at 10:40 and an OTA's re-interview.
- otbr-agent (ot-br-posix 2024, `otbr-living.log`, `otbr-office.log`: `journalctl -u otbr-agent -o
  short-precise`, `Jun 07 08:34:01.476210 otbr-living otbr-agent[5127]: 00:02:21.476 [I]
  MeshForwarder-: Sent IPv6 UDP msg, ...`: OpenThread's uptime, level letter and module padded
  with `-` to 14 before its messages, ot-br-posix's own `[NOTE]-AGENT---: ` before its own, and
  systemd's unit lines). At notice level (`-d 5`) the sleepy children out of range give `Failed
  to send IPv6 %s msg, ... error:NoAck, ...` with its `    src:[%s]:%d` and `    dst:[%s]:%d`
  lines all day. otbr-living's RCP stops answering at 08:20 (`HandleRcpTimeout() at
  .../radio_spinel.cpp:2211: RadioSpinelNoResponse`, systemd's `Main process exited,
  code=exited, status=5/NOTINSTALLED`, five restarts, `Start request repeated too quickly.`);
  at 08:31 the dongle is replugged and the agent started at info level (`-d 6`) for an hour:
  the ipset firewall commands, the attach (`Role %s -> %s`, `RLOC16 %04x -> %04x`, `Partition
  ID 0x%lx`, MLE `Send Parent Request to routers (...)`), the backbone router and network data
  lines, the meshcop service, the RoutingManager's RA handling (`Received RA from %s on infra
  netif %lu` with its `- RA Header - ...` and `- PIO ...` lines, `Sent RA ...`, `- RIO ...`,
  `Will evaluate routing policy in %s (%lu msec)`), every frame sent and received and every MLE
  advertisement; at 09:35 it is set back to notice. otbr-office (started three days before, so
  its uptime reads `2d.22:07:47.086`) is upgraded at 07:45 and sees its leader reboot at 10:30.
- ESPresense-companion (`companion.log`, `companion-readonly.log`: `docker logs` of the Home
  Assistant add-on's container and of a second container run read-only for testing, Serilog's
  console `[06:00:08 INF] [+] Track: Id: irk:... (disc)`, time of day only, an exception on the
  lines after its message). Start-ups (the Math.NET configuration over 15 lines, `Loading %s`,
  `Connecting to MQTT at %s%s as %s`, `MQTT connected!`, `Optimization enabled`, ASP.NET's
  `Overriding HTTP_PORTS ...` warning, `[+] Track: %s (disc)` and `Restored Last Seen for device
  %s to %s` per discovered device, `Unknown node %s`); a node on old firmware sending truncated
  telemetry every minute until 07:22 (`Error processing %s message for topic %s. Payload: %s`
  with MqttMessageProcessingException and its inner JsonSerializationException); the broker
  restarted at 07:40 (`MQTT disconnected`, `MQTT connection failed: ...`); visitors' phones
  tracked (`[+] Track %s`); config.yaml edited at 09:30 (`MQTT configuration changed`, `[-] Track
  %s`); a bad retained settings message (`JSON deserialization error for topic %s. Payload:
  %s`); the add-on restarted at 10:50 (`Application is shutting down...`). The read-only
  container logs every publish it would have made (`ReadOnly, would have sent to %s: %s`: device
  states, attribute JSON, discovery configs, their deletions).
- openWB 2 (`house-main.log`, `duo-main.log`: `ramdisk/main.log` of two wallbox controllers at
  log level Info, `%(asctime)s - {%(name)s:%(lineno)s} - {%(levelname)s:%(threadName)s} -
  %(message)s`; the house 06:00-08:00, the duo 06:00-07:00, control interval 60 s). Every 10 s
  `# ***Start*** `, every minute the algorithm (`# Algorithmus`, `**Mindestrom setzen**`,
  `**Soll-Strom setzen**`, `**PV-geführten Strom setzen**`, `Keine Leistung für PV-geführtes
  Laden übrig.` while there is no surplus) and `LP%s: set current %s A` per plugged chargepoint.
  The house: its SMA inverter unreachable after a night update until 06:38 (fault_state's
  `%s: FaultState %s, FaultStr %s, Traceback: \n%s` with pymodbus' `Modbus Error: [Connection]
  Failed to connect[...]` and the traceback), the broker restarted at 07:03 (`Heartbeat für
  Subdata nicht zurückgesetzt.`, `... Setdata ...`), a deleted charge template (`Fehler im
  Algorithmus-Modul für Ladepunkt%s` with a KeyError), the Shelly 3EM's Wi-Fi gone 07:48-07:52
  (the fault with requests' `ConnectTimeout`), a 5-minute handler stopped by `exit_after`
  (`Ausführung durch exit_after gestoppt: ` and the traceback in the message). The duo: a slow
  chargepoint (`%s konnte nicht innerhalb des Timeouts die Werte senden.`), `Reservierte
  Leistung kann am Algorithmus-Ende nicht 0 sein.`, `LP%s: Ladung wurde trotz verhinderter
  Unterbrechung gestoppt.`, a failing phase switch (`Fehler im Process-Modul für Ladepunkt %s`),
  an update (`Regelung pausiert, da ein Update durchgeführt wird.`).
- mqttwarn 0.35 (`mqttwarn-home.log` at the sample configuration's DEBUG, `mqttwarn-shop.log` at
  INFO: `docker logs`, `%(asctime)-15s %(levelname)-8s [%(name)-25s] %(message)s`). Start-ups
  (services loaded, `Attempting connection to MQTT broker %s:%d`, `Setting LWT to %s`, `Starting
  %s worker threads`, the cron task, `Connected to MQTT broker, subscribing to topics`,
  `Subscribing to %s (qos=%d)`); per message `Message received on %s: %s` (payloads truncated at
  200 characters), `Section [%s] matches message on %s, processing it`, then either `Filter in
  section [%s] has skipped message on %s` (Frigate updates and ends, leak sensors' reports,
  Tasmota `Online`) or `Decoding JSON failed: ...`, `Message on %s going to %s`, ``New `%s:%s'
  job: %s``, the worker's ``Processor #%s is handling: `%s' for %s``, ``Invoking service plugin
  for `%s'``, the pushover and smtp services' lines and `Job queue has %s items to process`;
  pushover timing out 08:05-08:25 (`Error sending pushover notification to %s [%s]: ...`,
  `Notification failed or timed out. service=%s, topic=%s`); the broker restarted at 09:40
  (`b'Broker connection lost. ...'`, `Section [failover] does not exist ...`); the shop's SMTP
  password changed 10:15-10:52 (`Error sending notification to SMTP recipient %s [%s]: (535,
  b'5.7.8 Error: authentication failed: ...')`); retained messages cleared (`Notification
  suppressed. ...`); a pushover target without a user key (`Invoking service failed. Reason:
  list index out of range. ...` with its traceback); the shop container restarted at 11:30.

Label notes. The heads are context: coloredlogs' time, thread, level and logger, the journal's
time, host and ident with OpenThread's uptime, level letter and module (and ot-br-posix's
`[LEVEL]-TAG-----: `), systemd's `otbr-agent.service: ` unit prefix, Serilog's time and level,
openWB's and mqttwarn's logging heads. Words a table or an enum gives are values: OpenThread's
message actions (`Sent`, `Received`, `Failed to send`), IPv6 next headers, MLE actions and
message types (one `%s %s%s (%s%s)`), roles and PBBR states; so are node ids, addresses,
subscription ids, payloads, topics, service and target names, chargepoint numbers and currents.
A value made from a format of its own contributes it: the Matter SDK's `%s:%d: CHIP Error
0x%08X: %s`, the ATTENTION message's `Node %s (%s)`, the companion's Device.ToString() `Id: %s`,
MQTTnet's `Error while connecting with host '%s'.` and the socket's `Connection refused`,
pymodbus', requests' and urllib3's error texts, json's `Expecting value: line %d column %d (char
%d)`, the SMTP server's reply. A message over several lines (the ATTENTION error, the Math.NET
configuration, openWB's fault and exit_after messages with their tracebacks) is labelled on its
first line with its whole format, `\n` for each newline. mqttwarn's failover warning logs a
bytes literal, so its text is `b'...'`, label included.

Checked against copies of the sources: python-matter-server's server/__main__.py (the log format)
and device_controller.py (the set-up, subscription, resubscription, ATTENTION, commissioning,
ping and removal messages); mqttwarn's core.py (every core message); openWB's helpermodules
/logger.py (the format), main.py (`# ***Start*** `, the heartbeats, exit_after), control
/algorithm/algorithm.py, control/process.py and modules/common/fault_state.py; ESPresense-
companion's MqttCoordinator.cs and DeviceTracker.cs; mqtt2prometheus' cmd, ingest, parser and
mqttclient sources (to count its formats). Real logs quoted in issues confirmed
python-matter-server's start-up lines, `Node %s discovered on MDNS`, `Attempting to resolve node
...` and the SDK's CHIP_ERROR lines; the otbr-agent uptime and module layout, `[INFO]-APP-----:
Border router agent started.`, `Execute command ...`, Notifier, BbrLeader, NetDataPublshr,
MeshForwarder, RoutingManager's RA header, PIO and `Will evaluate routing policy ...` lines,
`[INFO]-BA------: Publish meshcop service ...`, `[NOTE]-AGENT---: Backbone interface: %s`; the
companion's start-up (Math.NET, `Loading`, `MQTT connected!`, `Optimization enabled`, the
HTTP_PORTS warning, `[+] Track: ... (disc)`, `Application is shutting down...`).

Least sure (written from the helper's knowledge): python-matter-server 5.10's exact vendor-info
lines and whether `Previous subscription failed with Error: %s` prints 50; otbr-agent's
`Running %s`, `Thread version`, `Thread interface`, `Radio URL` lines, `%s() at %s:%d: %s` for
the RCP timeout, `Received RA from ...`, `Evaluating routing policy`, `Sent RA on infra netif
%lu`, `- RIO ...`, the MLE message names and `rss:` form, and notice level for `Failed to send`;
the companion's `Connecting to MQTT at ...` against the older `Attempting to connect to mqtt
server at ...` of the real start-up, `MQTT connection failed` in that version, the exception
texts and line numbers; openWB's FaultStr (written as the exception's type and text), the
reading threads' names (`device1`), the line numbers in the heads and the tracebacks; mqttwarn's
pushover and smtp service messages and their parameters, `300.0` seconds in the cron line, and
payloads printed as text.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round53 import pyframes
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round286 import jitter_times

MS = 1000
SEC = 1_000_000


def py_asctime(t: datetime) -> str:
    """logging's default asctime: `2024-06-07 06:00:01,123`."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def ot_addr(groups: list[int]) -> str:
    """OpenThread's Ip6::Address::ToString(): eight groups in hex, no `::` compression."""
    return ":".join(f"{g:x}" for g in groups)


def rand_groups(r: random.Random, prefix: list[int]) -> list[int]:
    return prefix + [r.randrange(1, 0x10000) for _ in range(8 - len(prefix))]


# ----------------------------------------------------------------------- python-matter-server

MT_DC = "matter_server.server.device_controller"
MT_PAA = "matter_server.server.helpers.paa_certificates"
MT_VENDOR = "matter_server.server.vendor_info"
MT_ULA = [0xFD4F, 0x7846, 0xCBA7, 0xA4CB]
MT_ATTENTION = (
    "\\n\\nATTENTION: Node %s (%s) did not complete setup in %s minutes.\\n"
    "This is an indication of a (connectivity) issue with this device. \\n"
    "IP-address in use for this device: %s\\n"
    "Try powercycling this device and/or relocate it closer to a Border Router or \\n"
    "WiFi Access Point. If this issue persists, please create an issue report on \\n"
    "the Matter channel of the Home Assistant Discord server or on Github:\\n"
    "https://github.com/home-assistant/core/issues/new?assignees=&labels="
    "integration%3A%20matter&projects=&template=bug_report.yml\\n"
)
MT_LIVENESS = "Subscription Liveness timeout with SubscriptionID = 0x%08x, Peer = %02x:%016llX"
MT_MSGCTR = "Failed to Send CHIP MessageCounter:%u on exchange %s sendCount: %u max retries: %d"
MT_CASE_TIMEOUT = (
    "CASESession timed out while waiting for a response from the peer. Current state was %u"
)
MT_CASE_RESUB = (
    "Failed to establish CASE for re-subscription with error '%s:%d: CHIP Error 0x%08X: %s'"
)
MT_DISCOVERY = "OperationalSessionSetup[%u:%016llX]: operational discovery failed: %s:%d: CHIP Error 0x%08X: %s"
MT_DISPATCH = "Long dispatch time: %u ms, for event type %d"
MT_RESUB = "Previous subscription failed with Error: %s, re-subscribing in %s ms..."


class MNode:
    def __init__(self, r: random.Random, nid: int, model: str, link: str) -> None:
        self.id = nid
        self.model = model
        self.link = link  # "thread" (mains), "sleepy" (battery Thread), "wifi"
        if link == "wifi":
            self.ip = f"192.168.1.{r.randrange(60, 120)}"
        else:
            self.ip = ot_addr(rand_groups(r, MT_ULA))
        self.ceiling = 600 if link == "sleepy" else 60
        self.floor_ceiling = (0, r.choice([600, 1800]) if link == "sleepy" else 60)
        self.available = False
        self.sub = r.getrandbits(32)
        self.msgctr = r.randrange(10_000_000, 250_000_000)
        self.exch = r.randrange(2000, 60000)
        self.gone_after: datetime | None = None


def python_matter_server(r: random.Random) -> list[Log]:
    """Two python-matter-server 5.10 containers (`docker logs`), 06:00 to 12:00."""
    fs = Files()
    starts = {"house-matter-server.log": 0, "office-matter-server.log": 0}

    def L(
        f: str,
        t: datetime,
        label: str,
        logger: str,
        msg: str,
        level: str = "INFO",
        thread: str = "MainThread",
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} ({thread}) {level} [{logger}] {msg}"
            return [head, *(more or [])]

        return fs.add(f, t, label, text, (f, starts[f]), MS)

    def chip(f: str, t: datetime, label: str, module: str, msg: str) -> datetime:
        return L(f, t, label, f"chip.native.{module}", msg, "CHIP_ERROR", "Dummy-2")

    def NL(f: str, t: datetime, n: MNode, label: str, msg: str, level: str = "INFO") -> datetime:
        return L(f, t, label, f"{MT_DC}.node_{n.id}", msg, level)

    def peer(n: MNode) -> str:
        return f"01:{n.id:016X}"

    def next_exch(n: MNode) -> str:
        n.exch = (n.exch + r.randrange(1, 40)) % 65536
        return f"{n.exch}{r.choice('ir')}"

    def msg_ctr(f: str, t: datetime, n: MNode) -> datetime:
        n.msgctr += r.randrange(1, 300)
        return chip(
            f,
            t,
            MT_MSGCTR,
            "EM",
            f"Failed to Send CHIP MessageCounter:{n.msgctr} on exchange {next_exch(n)} sendCount: 4 max retries: 4",
        )

    def startup(f: str, t: datetime, fabric: int, nodes: list[MNode]) -> datetime:
        starts[f] += 1
        t = L(
            f,
            t,
            "New CertificateAuthority at index %d",
            "chip.CertificateAuthority",
            "New CertificateAuthority at index 1",
        )
        t = L(
            f,
            t + sec(0.012),
            "New FabricAdmin: FabricId: 0x%016X, VendorId = 0x%04X",
            "chip.FabricAdmin",
            f"New FabricAdmin: FabricId: 0x{fabric:016X}, VendorId = 0x134B",
        )
        t = L(
            f,
            t + sec(0.001),
            "CHIP Controller Stack initialized.",
            "matter_server.server.stack",
            "CHIP Controller Stack initialized.",
        )
        t = L(
            f,
            t + sec(0.003),
            "Starting the Matter Server...",
            "matter_server.server.server",
            "Starting the Matter Server...",
        )
        t = L(
            f,
            t + sec(0.014),
            "Fetching the latest PAA root certificates from DCL.",
            MT_PAA,
            "Fetching the latest PAA root certificates from DCL.",
        )
        t = L(
            f,
            t + sec(r.uniform(2.5, 4.5)),
            "Fetched %s PAA root certificates from DCL.",
            MT_PAA,
            f"Fetched {r.choice([0, 0, 1, 62])} PAA root certificates from DCL.",
        )
        t = L(
            f,
            t + sec(0.001),
            "Fetching the latest PAA root certificates from Git.",
            MT_PAA,
            "Fetching the latest PAA root certificates from Git.",
        )
        t = L(
            f,
            t + sec(r.uniform(0.3, 0.9)),
            "Fetched %s PAA root certificates from Git.",
            MT_PAA,
            f"Fetched {r.choice([0, 2])} PAA root certificates from Git.",
        )
        t = L(
            f,
            t + sec(0.003),
            "Allocating new controller with CaIndex: %d, FabricId: 0x%016X, NodeId: 0x%016X, CatTags: %s",
            "chip.FabricAdmin",
            f"Allocating new controller with CaIndex: 1, FabricId: 0x{fabric:016X}, NodeId: 0x000000000001B669, CatTags: []",
        )
        if r.random() < 0.7:
            t = chip(
                f,
                t + sec(0.19),
                MT_DISPATCH,
                "DL",
                f"Long dispatch time: {r.randrange(120, 260)} ms, for event type 2",
            )
        t = L(
            f,
            t + sec(0.03),
            "Loading vendor info from storage.",
            MT_VENDOR,
            "Loading vendor info from storage.",
        )
        t = L(
            f,
            t + sec(0.02),
            "Loaded %s vendors from storage.",
            MT_VENDOR,
            f"Loaded {r.randrange(300, 330)} vendors from storage.",
        )
        t = L(
            f,
            t + sec(0.001),
            "Fetching the latest vendor info from DCL.",
            MT_VENDOR,
            "Fetching the latest vendor info from DCL.",
        )
        t = L(
            f,
            t + sec(r.uniform(0.6, 1.8)),
            "Fetched %s vendors from DCL.",
            MT_VENDOR,
            f"Fetched {r.randrange(330, 345)} vendors from DCL.",
        )
        t = L(
            f,
            t + sec(0.05),
            "Matter Server successfully initialized.",
            "matter_server.server.server",
            "Matter Server successfully initialized.",
        )
        for n in nodes:
            n.available = False
        return t

    def setup_ok(f: str, t: datetime, n: MNode, mdns: bool = True, slow: float = 1.0) -> datetime:
        if mdns:
            t = L(
                f,
                t,
                "Node %s discovered on MDNS",
                f"{MT_DC}.mdns",
                f"Node {n.id} discovered on MDNS",
            )
        t = NL(f, t + sec(0.001), n, "Setting-up node...", "Setting-up node...")
        t = NL(
            f,
            t + sec(r.uniform(0.3, 2.5) * slow),
            n,
            "Setting up attributes and events subscription.",
            "Setting up attributes and events subscription.",
        )
        lo, hi = n.floor_ceiling
        t = NL(
            f,
            t + sec(r.uniform(0.4, 6.0 if n.link == "wifi" else 19.0) * slow),
            n,
            "Subscription succeeded with report interval [%d, %d]",
            f"Subscription succeeded with report interval [{lo}, {hi}]",
        )
        n.available = True
        return t

    def setup_unresolvable(f: str, t: datetime, n: MNode, mdns: bool = False) -> datetime:
        if mdns:
            t = L(
                f,
                t,
                "Node %s discovered on MDNS",
                f"{MT_DC}.mdns",
                f"Node {n.id} discovered on MDNS",
            )
        t = NL(f, t + sec(0.001), n, "Setting-up node...", "Setting-up node...")
        t = chip(
            f,
            t + sec(r.uniform(14, 22)),
            MT_DISCOVERY,
            "DIS",
            f"OperationalSessionSetup[1:{n.id:016X}]: operational discovery failed: src/lib/address_resolve/AddressResolve_DefaultImpl.cpp:122: CHIP Error 0x00000032: Timeout",
        )
        t = L(
            f,
            t + sec(3.0 + r.uniform(0.0, 0.02)),
            "Attempting to resolve node %s... (attempt %s of %s)",
            MT_DC,
            f"Attempting to resolve node {n.id}... (attempt 2 of 2)",
        )
        t = chip(
            f,
            t + sec(r.uniform(14, 22)),
            MT_DISCOVERY,
            "DIS",
            f"OperationalSessionSetup[1:{n.id:016X}]: operational discovery failed: src/lib/address_resolve/AddressResolve_DefaultImpl.cpp:122: CHIP Error 0x00000032: Timeout",
        )
        return NL(
            f,
            t + sec(0.002),
            n,
            "Setup for node failed: Unable to resolve Node %s",
            f"Setup for node failed: Unable to resolve Node {n.id}",
            "WARNING",
        )

    def attention(f: str, t: datetime, n: MNode, mins: int) -> datetime:
        more = [
            "",
            f"ATTENTION: Node {n.id} ({n.model}) did not complete setup in {mins} minutes.",
            "This is an indication of a (connectivity) issue with this device. ",
            f"IP-address in use for this device: {n.ip}",
            "Try powercycling this device and/or relocate it closer to a Border Router or ",
            "WiFi Access Point. If this issue persists, please create an issue report on ",
            "the Matter channel of the Home Assistant Discord server or on Github:",
            "https://github.com/home-assistant/core/issues/new?assignees=&labels=integration%3A%20matter&projects=&template=bug_report.yml",
            "",
        ]
        return L(f, t, MT_ATTENTION, f"{MT_DC}.node_{n.id}", "", "ERROR", more=more)

    def failed_attempt(f: str, t: datetime, n: MNode) -> datetime:
        """One re-subscription attempt that does not get a session."""
        if n.link != "wifi" and r.random() < 0.45:
            return chip(
                f,
                t + sec(r.uniform(14, 22)),
                MT_CASE_RESUB,
                "DMG",
                "Failed to establish CASE for re-subscription with error 'src/lib/address_resolve/AddressResolve_DefaultImpl.cpp:122: CHIP Error 0x00000032: Timeout'",
            )
        if r.random() < 0.7:
            t = msg_ctr(f, t + sec(r.uniform(6, 12)), n)
        t = chip(
            f,
            t + sec(r.uniform(2, 8)),
            MT_CASE_TIMEOUT,
            "SC",
            f"CASESession timed out while waiting for a response from the peer. Current state was {r.choice([1, 1, 1, 3])}",
        )
        return chip(
            f,
            t + sec(0.002),
            MT_CASE_RESUB,
            "DMG",
            f"Failed to establish CASE for re-subscription with error 'src/protocols/secure_channel/CASESession.cpp:{r.choice([594, 594, 1905])}: CHIP Error 0x00000032: Timeout'",
        )

    def resubscribe(
        f: str, t: datetime, n: MNode, until: datetime | None = None, attempts: int = 1
    ) -> datetime:
        """A lost subscription: the liveness timeout, attempts until `until` (or `attempts`), success."""
        n.sub = r.getrandbits(32)
        t = chip(
            f,
            t,
            MT_LIVENESS,
            "DMG",
            f"Subscription Liveness timeout with SubscriptionID = 0x{n.sub:08x}, Peer = {peer(n)}",
        )
        k = 0
        while True:
            k += 1
            delay = (
                int(min(2 ** (k - 1), 60) * r.uniform(1200, 3400))
                if k > 1
                else r.randrange(900, 8600)
            )
            t = NL(
                f,
                t + sec(r.uniform(0.005, 0.03)),
                n,
                MT_RESUB,
                f"Previous subscription failed with Error: 50, re-subscribing in {delay} ms...",
            )
            if k >= 3 and n.available:
                t = L(
                    f,
                    t + sec(0.001),
                    "Marked node %s as unavailable",
                    MT_DC,
                    f"Marked node {n.id} as unavailable",
                )
                n.available = False
            t += sec(delay / 1000)
            more = (until is not None and t < until) or (until is None and k < attempts)
            if not more:
                break
            t = failed_attempt(f, t, n)
        t = NL(
            f,
            t + sec(r.uniform(0.6, 9.0)),
            n,
            "Re-Subscription succeeded",
            "Re-Subscription succeeded",
        )
        n.available = True
        return t

    # ---- the house: a Thread mesh behind otbr-living, Wi-Fi plugs
    fh = "house-matter-server.log"
    house = [
        MNode(r, 1, "Eve Energy", "thread"),
        MNode(r, 2, "Nanoleaf Essentials A19", "thread"),
        MNode(r, 3, "Eve Door & Window", "sleepy"),
        MNode(r, 4, "Eve Motion", "sleepy"),
        MNode(r, 5, "Eve Weather", "sleepy"),
        MNode(r, 6, "Eve Thermo", "sleepy"),
        MNode(r, 7, "Aqara Door and Window Sensor P2", "sleepy"),
        MNode(r, 8, "Onvis Motion Sensor", "sleepy"),
        MNode(r, 9, "Eve Energy", "thread"),
        MNode(r, 10, "Meross Smart Plug Mini", "wifi"),
        MNode(r, 11, "Tapo P125M", "wifi"),
        MNode(r, 12, "Eve Light Switch", "thread"),
        MNode(r, 13, "Nanoleaf Essentials Lightstrip", "thread"),
        MNode(r, 14, "Aqara Motion and Light Sensor P2", "sleepy"),
    ]
    thread_down = (at(8, 20, 14), at(8, 31, 40))
    hidx = {n.id: n for n in house}

    def house_start(t: datetime, restart_ids: list[int] | None = None) -> dict[int, datetime]:
        t = startup(fh, t, 0x2, house)
        ready: dict[int, datetime] = {}
        tt = t + sec(r.uniform(0.2, 0.6))
        for n in house:
            if n.gone_after is not None and n.gone_after <= t:
                continue
            if n.id == 9:
                n9 = NL(fh, tt + sec(0.3), n, "Setting-up node...", "Setting-up node...")
                ready[9] = n9
                continue
            if n.id == 11 and t < at(7, 0):
                ready[11] = setup_unresolvable(fh, tt, n, mdns=False)
                continue
            ready[n.id] = setup_ok(
                fh, tt, n, mdns=r.random() < 0.6, slow=2.5 if n.link == "sleepy" else 1.0
            )
            tt += sec(r.uniform(0.05, 0.9))
        return ready

    ready = house_start(at(6, 0, 3.2))
    # node 9 hangs in the SDK for half an hour after the start
    n9 = hidx[9]
    attention(fh, ready[9] + sec(900.0), n9, 15)
    attention(fh, ready[9] + sec(1800.0), n9, 30)
    t9 = NL(
        fh,
        ready[9] + sec(2286.4),
        n9,
        "Setting up attributes and events subscription.",
        "Setting up attributes and events subscription.",
    )
    NL(
        fh,
        t9 + sec(7.2),
        n9,
        "Subscription succeeded with report interval [%d, %d]",
        "Subscription succeeded with report interval [0, 60]",
    )
    ready[9] = t9 + sec(8)
    # node 11 is plugged in again at 07:05
    ready[11] = setup_ok(fh, at(7, 5, 12.4), hidx[11], mdns=True)

    # the battery sensors and weak mains nodes lose their subscriptions all day
    for n in house:
        if n.id == 11:
            continue
        if n.link == "sleepy":
            mean, gap = r.uniform(700, 1300), 240.0
        elif n.id == 13:
            mean, gap = 1500.0, 300.0
        else:
            mean, gap = r.uniform(4000, 9000), 600.0
        for t in jitter_times(r, ready[n.id] + sec(120), T_END, mean, gap):
            if (
                in_any(t, [(thread_down[0] - sec(700), thread_down[1] + sec(600))])
                and n.link != "wifi"
            ):
                continue
            if n.id == 12 and t > at(11, 15):
                continue
            if n.id == 9 and t < ready[9] + sec(60):
                continue
            if n.link == "wifi" and r.random() < 0.5:
                continue
            resubscribe(fh, t, n, attempts=r.choice([1, 1, 1, 1, 2, 2, 3]))
    # weak Lightstrip: message counter failures every couple of minutes
    for t in jitter_times(r, at(6, 3), T_END, 110, 20):
        if not in_any(t, [(thread_down[0], thread_down[1] + sec(300))]):
            msg_ctr(fh, t, hidx[13])
    for t in jitter_times(r, at(6, 5), T_END, 1500, 300):
        chip(
            fh,
            t,
            MT_DISPATCH,
            "DL",
            f"Long dispatch time: {r.randrange(100, 900)} ms, for event type {r.choice([2, 2, 3])}",
        )

    # otbr-living's RCP dies at 08:20:13 and comes back at 08:31:40
    for n in house:
        if n.link == "wifi" or n.id == 11:
            continue
        first = thread_down[0] + sec(
            r.uniform(20, 70) if n.link == "thread" else r.uniform(30, 600)
        )
        resubscribe(fh, first, n, until=thread_down[1] + sec(r.uniform(5, 200)))

    # commissioning a new Wi-Fi plug at 09:10
    n15 = MNode(r, 15, "Eve Energy Outlet", "wifi")
    t = L(
        fh,
        at(9, 10, 4.2),
        "Starting Matter commissioning with code using Node ID %s (attempt %s/%s).",
        MT_DC,
        "Starting Matter commissioning with code using Node ID 15 (attempt 1/3).",
    )
    t = chip(
        fh,
        t + sec(31.2),
        MT_CASE_TIMEOUT,
        "SC",
        "CASESession timed out while waiting for a response from the peer. Current state was 1",
    )
    t = L(
        fh,
        t + sec(5.01),
        "Starting Matter commissioning with code using Node ID %s (attempt %s/%s).",
        MT_DC,
        "Starting Matter commissioning with code using Node ID 15 (attempt 2/3).",
    )
    t = L(
        fh,
        t + sec(22.7),
        "Matter commissioning of Node ID %s successful.",
        MT_DC,
        "Matter commissioning of Node ID 15 successful.",
    )
    t = L(fh, t + sec(0.002), "Interviewing node: %s", MT_DC, "Interviewing node: 15")
    t = setup_ok(fh, t + sec(2.4), n15, mdns=True)
    L(
        fh,
        t + sec(0.004),
        "Commissioning of Node ID %s completed.",
        MT_DC,
        "Commissioning of Node ID 15 completed.",
    )

    # the user pings node 9 from the dashboard at 10:05
    t = NL(
        fh,
        at(10, 5, 31.6),
        n9,
        "Node could not be discovered on the network, returning cached IP's",
        "Node could not be discovered on the network, returning cached IP's",
    )
    NL(
        fh,
        t + sec(2.1),
        n9,
        "The SDK is communicating with the device using %s",
        f"The SDK is communicating with the device using {n9.ip}",
    )
    t = L(fh, at(10, 40, 2.2), "Interviewing node: %s", MT_DC, "Interviewing node: 12")
    # node 12 is removed at 11:15
    n12 = hidx[12]
    t = L(fh, at(11, 15, 20.3), "Removing Node ID %s.", MT_DC, "Removing Node ID 12.")
    t = L(
        fh,
        t + sec(0.04),
        "Node ID %s successfully removed from Matter server.",
        MT_DC,
        "Node ID 12 successfully removed from Matter server.",
    )
    L(
        fh,
        t + sec(1.3),
        "Successfully removed Home Assistant fabric from device.",
        MT_DC,
        "Successfully removed Home Assistant fabric from device.",
    )
    n12.gone_after = at(11, 15)

    # ---- the office: Wi-Fi plugs and a Hue bridge, the container recreated at 06:20
    fo = "office-matter-server.log"
    office = [
        MNode(r, 1, "Meross Smart Plug Mini", "wifi"),
        MNode(r, 2, "Meross Smart Plug Mini", "wifi"),
        MNode(r, 3, "Hue Bridge", "wifi"),
        MNode(r, 4, "Eve Energy Outlet", "wifi"),
        MNode(r, 5, "Tapo P110M", "wifi"),
        MNode(r, 6, "Tapo P110M", "wifi"),
        MNode(r, 7, "Nanoleaf Essentials A19", "thread"),
    ]
    t = startup(fo, at(6, 20, 5.7), 0x1, office)
    oready: dict[int, datetime] = {}
    tt = t + sec(0.4)
    for n in office:
        oready[n.id] = setup_ok(fo, tt, n, mdns=r.random() < 0.7)
        tt += sec(r.uniform(0.1, 1.2))
    switch = (at(10, 40, 2), at(10, 41, 35))
    for n in office:
        mean = 1300.0 if n.id == 5 else r.uniform(5000, 12000)
        for t in jitter_times(r, oready[n.id] + sec(200), T_END, mean, 300):
            if in_any(t, [(switch[0] - sec(300), switch[1] + sec(300))]):
                continue
            resubscribe(fo, t, n, attempts=r.choice([1, 1, 2, 2, 3]))
    for t in jitter_times(r, at(6, 22), T_END, 150, 30):
        if not in_any(t, [switch]):
            msg_ctr(fo, t, office[4])
    for t in jitter_times(r, at(6, 25), T_END, 2400, 400):
        chip(
            fo,
            t,
            MT_DISPATCH,
            "DL",
            f"Long dispatch time: {r.randrange(100, 700)} ms, for event type 2",
        )
    # the OTA of node 4 at 09:00: the software version changes, a full interview
    L(fo, at(9, 0, 48.1), "Interviewing node: %s", MT_DC, "Interviewing node: 4")
    # the office switch reboots at 10:40
    for n in office:
        resubscribe(
            fo, switch[0] + sec(r.uniform(15, 70)), n, until=switch[1] + sec(r.uniform(1, 60))
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------- otbr-agent

OT_IP6 = "%s IPv6 %s msg, len:%d, chksum:%04x, ecn:%s%s%s, sec:%s%s%s, prio:%s%s%s"
OT_MLE = "%s %s%s (%s%s)"
OT_UNIT = "otbr-agent.service - OpenThread Border Router Agent"
OT_MLEID = [0xFD4F, 0x7846, 0xCBA7, 0xA4CB]
OT_LL = [0xFE80, 0, 0, 0]


def ot_uptime(t: datetime, start: datetime) -> str:
    """OpenThread's log uptime: `HH:MM:SS.mmm`, `Nd.HH:MM:SS.mmm` past a day."""
    total = int((t - start).total_seconds() * 1000)
    days, rest = divmod(total, 86_400_000)
    h, rest = divmod(rest, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, msec = divmod(rest, 1000)
    base = f"{h:02d}:{m:02d}:{s:02d}.{msec:03d}"
    return f"{days}d.{base}" if days else base


class Otbr:
    def __init__(
        self, host: str, pid: int, start: datetime, level: int, rloc: int, ext: str, agent: str
    ) -> None:
        self.host = host
        self.pid = pid
        self.start = start
        self.level = level  # -d: 5 note, 6 info
        self.rloc = rloc
        self.ext = ext
        self.agent = agent  # the meshcop instance's suffix


def otbr_agent(r: random.Random) -> list[Log]:
    """Two OpenThread border routers, `journalctl -u otbr-agent`, 06:00 to 12:00."""
    fs = Files()

    def jts(x: datetime) -> str:
        return f"{x:%b %d %H:%M:%S}.{x.microsecond:06d}"

    def OT(b: Otbr, t: datetime, lvl: str, module: str, label: str, msg: str) -> datetime:
        need = {"C": 2, "W": 4, "N": 5, "I": 6}[lvl]
        if b.level < need:
            return t
        pid, start = b.pid, b.start

        def text(x: datetime) -> list[str]:
            return [
                f"{jts(x)} {b.host} otbr-agent[{pid}]: {ot_uptime(x, start)} [{lvl}] {module:-<14}: {msg}"
            ]

        return fs.add(f"{b.host}.log", t, label, text, (b.host, pid), 1)

    def BR(b: Otbr, t: datetime, level: str, tag: str, label: str, msg: str) -> datetime:
        need = {"NOTE": 5, "INFO": 6, "WARN": 4}[level]
        if b.level < need:
            return t
        pid = b.pid
        return fs.add(
            f"{b.host}.log",
            t + sec(r.uniform(0.00002, 0.0006)),
            label,
            lambda x: [f"{jts(x)} {b.host} otbr-agent[{pid}]: [{level}]-{tag:-<8}: {msg}"],
            (b.host, pid),
            1,
        )

    def SD(b: Otbr, t: datetime, label: str, msg: str, unit: bool = True) -> datetime:
        head = "otbr-agent.service: " if unit else ""
        return fs.add(
            f"{b.host}.log",
            t + sec(r.uniform(0.00002, 0.0009)),
            label,
            lambda x: [f"{jts(x)} {b.host} systemd[1]: {head}{msg}"],
            (b.host, 1),
            1,
        )

    children = {
        "otbr-living": [0x5C01, 0x5C02, 0x5C03, 0x5C05, 0x5C07, 0x5C08],
        "otbr-office": [0x9001, 0x9004],
    }
    eids = {h: [ot_addr(rand_groups(r, OT_MLEID)) for _ in range(8)] for h in children}
    lls = {h: [ot_addr(rand_groups(r, OT_LL)) for _ in range(6)] for h in children}
    routers = {"otbr-living": [0x1000, 0xB400], "otbr-office": [0x2C00]}

    def ip6(b: Otbr, t: datetime, action: str, err: str | None = None) -> datetime:
        kind = r.choice(["UDP", "UDP", "UDP", "ICMP6"])
        ln = r.choice([63, 90, 97, 138, 153, 197]) if kind == "UDP" else r.choice([48, 64, 80])
        ck = r.getrandbits(16)
        host = b.host
        if action == "Received":
            peer_ = (
                f"from:0x{r.choice(children[host] + routers[host]):04x}"
                if r.random() < 0.7
                else f"from:{hexid(r, 16)}"
            )
            tail = f", rss:{-r.randrange(40, 92)}.0"
            pr = r.choice(["net", "net", "normal", "low"])
            msg = f"Received IPv6 {kind} msg, len:{ln}, chksum:{ck:04x}, ecn:no, {peer_}, sec:yes, prio:{pr}{tail}"
        else:
            dst = r.choice(children[host] + routers[host] + [0xFFFF])
            e = f", error:{err}" if err else ""
            pr = r.choice(["net", "normal", "low"]) if not err else r.choice(["net", "low"])
            msg = f"{action} IPv6 {kind} msg, len:{ln}, chksum:{ck:04x}, ecn:no, to:0x{dst:04x}, sec:yes{e}, prio:{pr}"
        lvl = "N" if err else "I"
        t = OT(b, t, lvl, "MeshForwarder", OT_IP6, msg)
        if kind == "UDP":
            sp, dp = r.choice(
                [(5540, 5540), (19788, 19788), (5353, 5353), (61631, 5540), (49154, 53)]
            )
        else:
            sp = dp = 0
        src = r.choice(eids[host] + lls[host])
        dst_a = r.choice(eids[host] + ["ff02:0:0:0:0:0:0:1", "ff03:0:0:0:0:0:0:fc"])
        t = OT(
            b, t + sec(0.00004), lvl, "MeshForwarder", "    src:[%s]:%d", f"    src:[{src}]:{sp}"
        )
        return OT(
            b, t + sec(0.00003), lvl, "MeshForwarder", "    dst:[%s]:%d", f"    dst:[{dst_a}]:{dp}"
        )

    def agent_start(b: Otbr, t: datetime, radio: str) -> datetime:
        t = BR(b, t, "NOTE", "AGENT", "Running %s", "Running 0.3.0-4b3a7f1c5")
        t = BR(b, t, "NOTE", "AGENT", "Thread version: %s", "Thread version: 1.3.0")
        t = BR(b, t, "NOTE", "AGENT", "Thread interface: %s", "Thread interface: wpan0")
        t = BR(b, t, "NOTE", "AGENT", "Radio URL: %s", f"Radio URL: {radio}")
        t = BR(b, t, "NOTE", "AGENT", "Backbone interface: %s", "Backbone interface: eth0")
        return t

    def firewall(b: Otbr, t: datetime) -> datetime:
        for cmd in [
            "ipset create -exist otbr-ingress-deny-src hash:net family inet6",
            "ipset create -exist otbr-ingress-deny-src-swap hash:net family inet6",
            "ipset create -exist otbr-ingress-allow-dst hash:net family inet6",
            "ipset create -exist otbr-ingress-allow-dst-swap hash:net family inet6",
            "ipset flush otbr-ingress-deny-src-swap",
            "ipset flush otbr-ingress-allow-dst-swap",
            "ipset add otbr-ingress-deny-src-swap fd4f:7846:cba7:a4cb::/64 -exist",
            "ipset add otbr-ingress-allow-dst-swap fd4f:7846:cba7:a4cb::/64 -exist",
            "ipset swap otbr-ingress-deny-src-swap otbr-ingress-deny-src",
            "ipset swap otbr-ingress-allow-dst-swap otbr-ingress-allow-dst",
        ]:
            t = OT(
                b,
                t + sec(0.006),
                "I",
                "Platform",
                "Execute command `%s` = %d",
                f"Execute command `{cmd}` = 0",
            )
        return t

    def state_changed(b: Otbr, t: datetime, flags: str) -> datetime:
        return OT(
            b,
            t,
            "I",
            "Notifier",
            "StateChanged (0x%08lx) %s",
            f"StateChanged (0x{r.getrandbits(32) & 0x3FFFFFFF:08x}) [{flags}]",
        )

    def attach(b: Otbr, t: datetime, final_role: str, partition: int) -> datetime:
        t = OT(b, t, "N", "Mle", "Role %s -> %s", "Role disabled -> detached")
        t = state_changed(b, t, "Role")
        t = OT(
            b,
            t + sec(0.002),
            "I",
            "Mle",
            OT_MLE,
            "Send Parent Request to routers (ff02:0:0:0:0:0:0:2)",
        )
        t = OT(
            b,
            t + sec(0.7),
            "I",
            "Mle",
            OT_MLE,
            f"Receive Parent Response ({r.choice(lls[b.host])})",
        )
        t = OT(
            b, t + sec(0.8), "I", "Mle", OT_MLE, f"Send Child ID Request ({r.choice(lls[b.host])})"
        )
        t = OT(
            b,
            t + sec(0.1),
            "I",
            "Mle",
            OT_MLE,
            f"Receive Child ID Response ({r.choice(lls[b.host])})",
        )
        child = b.rloc | r.randrange(1, 8)
        t = OT(b, t, "N", "Mle", "RLOC16 %04x -> %04x", f"RLOC16 fffe -> {child:04x}")
        t = OT(b, t, "N", "Mle", "Role %s -> %s", "Role detached -> child")
        t = OT(b, t, "N", "Mle", "Partition ID 0x%lx", f"Partition ID 0x{partition:x}")
        t = state_changed(b, t, "Role Rloc16 PartitionId KeySeqCntr NetData ActDset")
        if final_role == "child":
            return t
        t = OT(
            b,
            t + sec(r.uniform(2, 40)),
            "I",
            "Mle",
            OT_MLE,
            "Send Address Solicit (fd4f:7846:cba7:a4cb:0:ff:fe00:fc00)",
        )
        t = OT(
            b,
            t + sec(0.2),
            "I",
            "Mle",
            OT_MLE,
            "Receive Address Reply (fd4f:7846:cba7:a4cb:0:ff:fe00:1000)",
        )
        t = OT(b, t, "N", "Mle", "RLOC16 %04x -> %04x", f"RLOC16 {child:04x} -> {b.rloc:04x}")
        t = OT(b, t, "N", "Mle", "Role %s -> %s", "Role child -> router")
        t = state_changed(b, t, "Role Rloc16 Ip6+ Ip6- NetData")
        t = OT(b, t + sec(0.01), "I", "Mle", OT_MLE, "Send Link Request (ff02:0:0:0:0:0:0:2)")
        return t

    def bbr(b: Otbr, t: datetime, seq: int, state: str = "Unchanged") -> datetime:
        t = OT(b, t, "I", "BbrLeader", "PBBR state: %s", f"PBBR state: {state}")
        return OT(
            b,
            t,
            "I",
            "BbrLeader",
            "Rloc16:0x%4x, seqno:%u, delay:%u, timeout:%lu",
            f"Rloc16:0x{b.rloc:4x}, seqno:{seq}, delay:5, timeout:3600",
        )

    def ms_fmt(msec: int) -> str:
        m, rest = divmod(msec, 60_000)
        s, x = divmod(rest, 1000)
        return f"{m:02d}:{s:02d}.{x:03d}"

    def will_eval(b: Otbr, t: datetime, msec: int) -> datetime:
        return OT(
            b,
            t,
            "I",
            "RoutingManager",
            "Will evaluate routing policy in %s (%lu msec)",
            f"Will evaluate routing policy in {ms_fmt(msec)} ({msec} msec)",
        )

    def ra_rx(b: Otbr, t: datetime) -> datetime:
        t = OT(
            b,
            t,
            "I",
            "RoutingManager",
            "Received RA from %s on infra netif %lu",
            "Received RA from fe80:0:0:0:5a6d:8fff:fe1b:2c40 on infra netif 2",
        )
        t = OT(
            b,
            t,
            "I",
            "RoutingManager",
            "- RA Header - flags - M:%u O:%u S:%u",
            "- RA Header - flags - M:0 O:0 S:0",
        )
        t = OT(
            b,
            t,
            "I",
            "RoutingManager",
            "- RA Header - default route - lifetime:%u",
            "- RA Header - default route - lifetime:1800",
        )
        t = OT(
            b,
            t,
            "I",
            "RoutingManager",
            "- PIO %s (valid:%lu, preferred:%lu)",
            f"- PIO 2001:db8:9:2::/64 (valid:{r.randrange(2000, 7200)}, preferred:{r.randrange(1000, 3600)})",
        )
        return t

    def ra_tx(b: Otbr, t: datetime) -> datetime:
        t = OT(
            b, t, "I", "RoutingManager", "Evaluating routing policy", "Evaluating routing policy"
        )
        t = OT(
            b, t, "I", "RoutingManager", "Sent RA on infra netif %lu", "Sent RA on infra netif 2"
        )
        t = OT(
            b,
            t,
            "I",
            "RoutingManager",
            "- RIO %s (lifetime:%lu, prf:%s)",
            "- RIO fd4f:7846:cba7:1::/64 (lifetime:1800, prf:med)",
        )
        return will_eval(b, t, r.randrange(150_000, 300_000))

    def netdata(b: Otbr, t: datetime) -> datetime:
        t = OT(
            b,
            t,
            "I",
            "NetDataPublshr",
            "ExternalRoute %s (state:%s) in netdata - total:%u, preferred:%u, desired:%u",
            f"ExternalRoute fc00::/7 (state:{r.choice(['Added', 'Added', 'ToAdd'])}) in netdata - total:{r.randrange(1, 3)}, preferred:0, desired:10",
        )
        return OT(
            b, t + sec(0.02), "I", "NetworkData", "Sent ServerData ack", "Sent ServerData ack"
        )

    def meshcop(b: Otbr, t: datetime) -> datetime:
        return BR(
            b,
            t,
            "INFO",
            "BA",
            "Publish meshcop service %s.%s.local.",
            f"Publish meshcop service OpenThread BorderRouter #{b.agent}._meshcop._udp.local.",
        )

    def noack(b: Otbr, t0: datetime, t1: datetime, mean: float) -> None:
        for t in jitter_times(r, t0, t1, mean, 5):
            ip6(b, t, "Failed to send", "NoAck")

    def info_flood(b: Otbr, t0: datetime, t1: datetime) -> None:
        for t in jitter_times(r, t0, t1, 21, 2):
            if r.random() < 0.12:
                ip6(b, t, "Failed to send", "NoAck")
            else:
                ip6(b, t, "Sent")
        for t in jitter_times(r, t0, t1, 27, 2):
            ip6(b, t, "Received")
        for t in jitter_times(r, t0, t1, 40, 8):
            OT(b, t, "I", "Mle", OT_MLE, "Send Advertisement (ff02:0:0:0:0:0:0:1)")
        for t in jitter_times(r, t0, t1, 24, 4):
            OT(b, t, "I", "Mle", OT_MLE, f"Receive Advertisement ({r.choice(lls[b.host][:3])})")
        for t in jitter_times(r, t0, t1, 300, 30):
            kind = r.choice(
                ["Data Response", "Data Request", "Link Request", "Child Update Request"]
            )
            if kind.startswith("Data"):
                OT(b, t, "I", "Mle", OT_MLE, f"Receive {kind} ({r.choice(lls[b.host])})")
            else:
                t = OT(b, t, "I", "Mle", OT_MLE, f"Receive {kind} ({r.choice(lls[b.host])})")
                OT(
                    b,
                    t + sec(0.01),
                    "I",
                    "Mle",
                    OT_MLE,
                    f"Send {kind.replace('Request', 'Response')} ({r.choice(lls[b.host])})",
                )
        for t in jitter_times(r, t0, t1, 210, 40):
            t = ra_rx(b, t)
            if r.random() < 0.5:
                will_eval(b, t, r.randrange(2000, 5000))
        for t in jitter_times(r, t0, t1, 260, 60):
            ra_tx(b, t)
        for t in jitter_times(r, t0, t1, 420, 60):
            state_changed(b, t, r.choice(["Child+", "Child-", "Ip6+", "NetData", "Child+ Ip6+"]))
        for i, t in enumerate(jitter_times(r, t0, t1, 600, 120)):
            if r.random() < 0.5:
                bbr(b, t, 87 + i // 3)
            else:
                netdata(b, t)

    # ---- otbr-living: a Raspberry Pi with a nRF52840 dongle as RCP, the house's Thread leader
    radio_l = "spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800"
    lv = Otbr(
        "otbr-living",
        612,
        datetime(2024, 6, 6, 21, 47, 12, 331000, tzinfo=T0.tzinfo),
        5,
        0x5C00,
        "7C11",
        "7C11",
    )
    noack(lv, T0, at(8, 20, 0), 95)
    crash = at(8, 20, 13.412183)
    t = OT(
        lv,
        crash,
        "C",
        "Platform",
        "%s() at %s:%d: %s",
        "HandleRcpTimeout() at ../../third_party/openthread/repo/src/lib/spinel/radio_spinel.cpp:2211: RadioSpinelNoResponse",
    )
    t = SD(
        lv,
        t + sec(0.3),
        "Main process exited, code=%s, status=%i/%s",
        "Main process exited, code=exited, status=5/NOTINSTALLED",
    )
    t = SD(lv, t, "Failed with result '%s'.", "Failed with result 'exit-code'.")
    pid = 4811
    for k in range(1, 6):
        t = SD(
            lv,
            t + sec(5.0),
            "Scheduled restart job, restart counter is at %u.",
            f"Scheduled restart job, restart counter is at {k}.",
        )
        t = SD(lv, t, "Stopped %s.", f"Stopped {OT_UNIT}.", unit=False)
        t = SD(lv, t, "Started %s.", f"Started {OT_UNIT}.", unit=False)
        lv.pid, lv.start = pid, t
        t = agent_start(lv, t + sec(0.05), radio_l)
        t = OT(
            lv,
            t + sec(r.uniform(2.0, 2.6)),
            "C",
            "Platform",
            "%s() at %s:%d: %s",
            "HandleRcpTimeout() at ../../third_party/openthread/repo/src/lib/spinel/radio_spinel.cpp:2211: RadioSpinelNoResponse",
        )
        t = SD(
            lv,
            t + sec(0.2),
            "Main process exited, code=%s, status=%i/%s",
            "Main process exited, code=exited, status=5/NOTINSTALLED",
        )
        t = SD(lv, t, "Failed with result '%s'.", "Failed with result 'exit-code'.")
        pid += r.randrange(3, 40)
    t = SD(
        lv,
        t + sec(5.0),
        "Scheduled restart job, restart counter is at %u.",
        "Scheduled restart job, restart counter is at 6.",
    )
    t = SD(lv, t, "Stopped %s.", f"Stopped {OT_UNIT}.", unit=False)
    t = SD(lv, t, "Start request repeated too quickly.", "Start request repeated too quickly.")
    t = SD(lv, t, "Failed with result '%s'.", "Failed with result 'exit-code'.")
    SD(lv, t, "Failed to start %s.", f"Failed to start {OT_UNIT}.", unit=False)
    # 08:31: the dongle replugged, the agent restarted with -d 6 to see what happens
    t = SD(lv, at(8, 31, 40.118342), "Started %s.", f"Started {OT_UNIT}.", unit=False)
    lv.pid, lv.start, lv.level = 5127, t, 6
    t = agent_start(lv, t + sec(0.04), radio_l)
    t = BR(
        lv,
        t + sec(0.3),
        "INFO",
        "APP",
        "Border router agent started.",
        "Border router agent started.",
    )
    t = firewall(lv, t + sec(0.2))
    t = attach(lv, t + sec(0.3), "router", 0x4F3A9C21)
    t = bbr(lv, t + sec(1.2), 86, "Primary")
    t = netdata(lv, t + sec(0.5))
    t = meshcop(lv, t + sec(0.3))
    t = ra_tx(lv, t + sec(1.0))
    info_flood(lv, t + sec(5), at(9, 35, 40))
    # 09:35:40: back to -d 5
    t = SD(lv, at(9, 35, 41.530917), "Stopping %s...", f"Stopping {OT_UNIT}...", unit=False)
    t = SD(lv, t + sec(0.4), "Deactivated successfully.", "Deactivated successfully.")
    t = SD(lv, t, "Stopped %s.", f"Stopped {OT_UNIT}.", unit=False)
    t = SD(lv, t, "Started %s.", f"Started {OT_UNIT}.", unit=False)
    lv.pid, lv.start, lv.level = 5391, t, 5
    t = agent_start(lv, t + sec(0.04), radio_l)
    t = attach(lv, t + sec(0.5), "router", 0x4F3A9C21)
    noack(lv, t + sec(30), T_END, 95)

    # ---- otbr-office: a second site, notice level all day
    radio_o = "spinel+hdlc+uart:///dev/ttyUSB0?uart-baudrate=460800&uart-flow-control"
    of = Otbr(
        "otbr-office",
        733,
        datetime(2024, 6, 4, 7, 52, 40, 118000, tzinfo=T0.tzinfo),
        5,
        0x9000,
        "A2F4",
        "A2F4",
    )
    noack(of, T0, at(7, 45, 0), 170)
    t = SD(of, at(7, 45, 22.087716), "Stopping %s...", f"Stopping {OT_UNIT}...", unit=False)
    t = SD(of, t + sec(0.5), "Deactivated successfully.", "Deactivated successfully.")
    t = SD(of, t, "Stopped %s.", f"Stopped {OT_UNIT}.", unit=False)
    t = SD(of, t + sec(1.1), "Started %s.", f"Started {OT_UNIT}.", unit=False)
    of.pid, of.start = 11042, t
    t = agent_start(of, t + sec(0.04), radio_o)
    t = attach(of, t + sec(0.4), "router", 0x1B77E0D5)
    noack(of, t + sec(20), at(10, 30, 0), 170)
    # 10:30: the office leader (a HomePod) reboots, the partitions split and merge
    t = OT(of, at(10, 30, 5.661204), "N", "Mle", "Role %s -> %s", "Role router -> leader")
    t = OT(of, t, "N", "Mle", "Partition ID 0x%lx", "Partition ID 0x6e02d1a4")
    t = OT(of, at(10, 33, 48.207351), "N", "Mle", "Role %s -> %s", "Role leader -> detached")
    t = OT(of, t + sec(1), "N", "Mle", "RLOC16 %04x -> %04x", "RLOC16 9000 -> fffe")
    t = OT(of, t + sec(0.3), "N", "Mle", "RLOC16 %04x -> %04x", "RLOC16 fffe -> 9003")
    t = OT(of, t, "N", "Mle", "Role %s -> %s", "Role detached -> child")
    t = OT(of, t, "N", "Mle", "Partition ID 0x%lx", "Partition ID 0x1b77e0d5")
    t = OT(of, t + sec(27), "N", "Mle", "RLOC16 %04x -> %04x", "RLOC16 9003 -> 9000")
    t = OT(of, t, "N", "Mle", "Role %s -> %s", "Role child -> router")
    noack(of, t + sec(20), T_END, 170)
    return fs.logs(T0)


# ------------------------------------------------------------------ espresense-companion

ES_MATHNET = (
    "Math.NET Numerics Configuration:\\nVersion %s\\nBuilt for %s\\nLinear Algebra Provider: %s\\n"
    "Fourier Transform Provider: %s\\nSparse Solver Provider: %s\\nMax Degree of Parallelism: %s\\n"
    "Parallelize Elements: %s\\nParallelize Order: %s\\nCheck Distribution Parameters: %s\\n"
    "Thread-Safe RNGs: %s\\nOperating System: %s\\nOperating System Architecture: %s\\nFramework: %s\\n"
    "Process Architecture: %s"
)
ES_ROOMS = ["office", "kitchen", "living", "bedroom", "hall", "bathroom", "garage", "kids"]
ES_SCENARIOS = ["NelderMead", "GaussNewton", "BFGS", "NearestNode"]
ES_TELEMETRY_STACK = [
    "   at Newtonsoft.Json.Serialization.JsonSerializerInternalReader.PopulateObject(Object newObject, JsonReader reader, JsonObjectContract contract, JsonProperty member, String id)",
    "   at Newtonsoft.Json.Serialization.JsonSerializerInternalReader.CreateObject(JsonReader reader, Type objectType, JsonContract contract, JsonProperty member, JsonContainerContract containerContract, JsonProperty containerMember, Object existingValue)",
    "   at Newtonsoft.Json.Serialization.JsonSerializerInternalReader.Deserialize(JsonReader reader, Type objectType, Boolean checkAdditionalContent)",
    "   at Newtonsoft.Json.JsonSerializer.DeserializeInternal(JsonReader reader, Type objectType)",
    "   at Newtonsoft.Json.JsonConvert.DeserializeObject(String value, Type type, JsonSerializerSettings settings)",
    "   at Newtonsoft.Json.JsonConvert.DeserializeObject[T](String value, JsonSerializerSettings settings)",
    "   at ESPresense.Services.MqttCoordinator.ProcessTelemetryMessage(String nodeId, String payload) in /App/src/Services/MqttCoordinator.cs:line 303",
    "   --- End of inner exception stack trace ---",
    "   at ESPresense.Services.MqttCoordinator.ProcessTelemetryMessage(String nodeId, String payload) in /App/src/Services/MqttCoordinator.cs:line 316",
    "   at ESPresense.Services.MqttCoordinator.OnMqttMessageReceived(MqttApplicationMessageReceivedEventArgs arg) in /App/src/Services/MqttCoordinator.cs:line 168",
]
ES_SETTINGS_STACK = [
    "   at Newtonsoft.Json.JsonTextReader.ParseValue()",
    "   at Newtonsoft.Json.Serialization.JsonSerializerInternalReader.PopulateObject(Object newObject, JsonReader reader, JsonObjectContract contract, JsonProperty member, String id)",
    "   at Newtonsoft.Json.Serialization.JsonSerializerInternalReader.Deserialize(JsonReader reader, Type objectType, Boolean checkAdditionalContent)",
    "   at Newtonsoft.Json.JsonSerializer.DeserializeInternal(JsonReader reader, Type objectType)",
    "   at Newtonsoft.Json.JsonConvert.DeserializeObject[T](String value, JsonSerializerSettings settings)",
    "   at ESPresense.Services.MqttCoordinator.ProcessDeviceConfigMessage(String deviceId, String payload) in /App/src/Services/MqttCoordinator.cs:line 412",
    "   at ESPresense.Services.MqttCoordinator.OnMqttMessageReceived(MqttApplicationMessageReceivedEventArgs arg) in /App/src/Services/MqttCoordinator.cs:line 180",
]


class EsDevice:
    def __init__(self, r: random.Random, dev_id: str, disc: bool) -> None:
        self.id = dev_id
        self.disc = disc
        self.room = r.choice(ES_ROOMS)
        self.x, self.y, self.z = r.uniform(0, 12), r.uniform(0, 9), r.choice([0.9, 1.1, 3.6, 3.9])
        self.last_seen = T0 - sec(r.uniform(60, 5000))


def espresense_companion(r: random.Random) -> list[Log]:
    """ESPresense-companion, the add-on's container and a read-only test container, 06:00 to 12:00."""
    fs = Files()

    def L(
        f: str, t: datetime, label: str, msg: str, lvl: str = "INF", more: list[str] | None = None
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [f"[{x:%H:%M:%S} {lvl}] {msg}", *(more or [])], f, SEC)

    def irk() -> str:
        return "irk:" + hexid(r, 32)

    devices = [EsDevice(r, irk(), True) for _ in range(6)]
    devices += [
        EsDevice(r, "name:anna-watch", True),
        EsDevice(r, "iBeacon:e5b9e3a6-27e2-4c36-a257-7698da5fc140-100-1", True),
    ]
    visitors = [
        EsDevice(r, d, False)
        for d in [
            irk(),
            irk(),
            irk(),
            "name:jonas-galaxy-s23",
            irk(),
            "iBeacon:2f234454-cf6d-4a0f-adf2-f4911ba9ffa6-1-2",
            irk(),
            "name:tile-keys",
            irk(),
            irk(),
        ]
    ]
    FM, FR = "companion.log", "companion-readonly.log"

    def start(f: str, t: datetime, user: str, client_id: str) -> datetime:
        more = [
            "Version 5.0.0",
            "Built for .NET 5.0+",
            "Linear Algebra Provider: Managed",
            "Fourier Transform Provider: Managed",
            "Sparse Solver Provider: Managed",
            "Max Degree of Parallelism: 4",
            "Parallelize Elements: 300",
            "Parallelize Order: 64",
            "Check Distribution Parameters: True",
            "Thread-Safe RNGs: True",
            "Operating System: Debian GNU/Linux 12 (bookworm)",
            "Operating System Architecture: Arm64",
            "Framework: .NET 8.0.6",
            "Process Architecture: Arm64",
        ]
        t = L(f, t, ES_MATHNET, "Math.NET Numerics Configuration:", more=more)
        t = L(
            f, t + sec(r.uniform(0.4, 1.2)), "Loading %s", "Loading /config/espresense/config.yaml"
        )
        t = L(
            f,
            t + sec(0.2),
            "Connecting to MQTT at %s%s as %s",
            f"Connecting to MQTT at homeassistant.local:1883 as {user}",
        )
        t = L(f, t + sec(r.uniform(0.2, 0.9)), "MQTT connected!", "MQTT connected!")
        t = L(f, t + sec(0.1), "Optimization enabled", "Optimization enabled")
        t = L(
            f,
            t + sec(0.3),
            "Overriding HTTP_PORTS '%s' and HTTPS_PORTS '%s'. Binding to values defined by URLS instead '%s'.",
            "Overriding HTTP_PORTS '8080' and HTTPS_PORTS ''. Binding to values defined by URLS instead 'http://+:8267'.",
            "WRN",
        )
        tt = t + sec(0.2)
        for d in devices:
            tt = L(f, tt, "[+] Track: Id: %s (disc)", f"[+] Track: Id: {d.id} (disc)")
        for d in devices:
            tt = L(
                f,
                tt + sec(r.uniform(0.0, 0.3)),
                "Restored Last Seen for device %s to %s",
                f"Restored Last Seen for device {d.id} to {d.last_seen:%m/%d/%Y %H:%M:%S}",
            )
        for node in ["esp32-c3-3a1f", "kitchen2"]:
            tt = L(f, tt + sec(r.uniform(0.3, 4)), "Unknown node %s", f"Unknown node {node}", "WRN")
        return tt

    def ro(t: datetime, topic: str, payload: str) -> datetime:
        return L(
            FR,
            t,
            "ReadOnly, would have sent to %s: %s",
            f"ReadOnly, would have sent to {topic}: {payload}",
        )

    def disc(t: datetime, d: EsDevice) -> datetime:
        slug = d.id.replace(":", "-")
        cfg = (
            '{"unique_id":"espresense-'
            + slug
            + '","name":"'
            + d.id
            + '","json_attributes_topic":"espresense/companion/'
            + d.id
            + '/attributes","state_topic":"espresense/companion/'
            + d.id
            + '","source_type":"bluetooth_le","device":{"name":"ESPresense Companion","manufacturer":"ESPresense","identifiers":["espresense-companion"]}}'
        )
        return ro(t, f"homeassistant/device_tracker/espresense-{slug}/config", cfg)

    def attrs(d: EsDevice, t: datetime) -> str:
        d.x = min(12, max(0, d.x + r.uniform(-1.5, 1.5)))
        d.y = min(9, max(0, d.y + r.uniform(-1.2, 1.2)))
        return (
            '{"source_type":"espresense","x":'
            + f"{d.x:.4g}"
            + ',"y":'
            + f"{d.y:.4g}"
            + ',"z":'
            + f"{d.z:.4g}"
            + ',"confidence":'
            + str(r.randrange(12, 96))
            + ',"fixes":'
            + str(r.randrange(2, 7))
            + ',"best_scenario":"'
            + r.choice(ES_SCENARIOS)
            + '","last_seen":"'
            + f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}0Z"
            + '"}'
        )

    def telemetry_error(f: str, t: datetime) -> datetime:
        uptime = int((t - at(5, 2)).total_seconds())
        payload = (
            '{"ip":"192.168.1.57","uptime":'
            + str(uptime)
            + ',"firm":"esp32","rssi":-'
            + str(r.randrange(60, 80))
            + ',"ver":"v3.1.2","count":'
            + str(r.randrange(2, 9))
            + ',"adverts":'
            + str(r.randrange(800, 1400))
            + ',"seen":'
            + str(r.randrange(200, 400))
            + ',"reported":'
            + str(r.randrange(150, 300))
            + ',"freeHeap":'
        )
        more = [
            "ESPresense.Services.MqttMessageProcessingException: Failed to parse telemetry data",
            f" ---> Newtonsoft.Json.JsonSerializationException: Unexpected end when deserializing object. Path 'freeHeap', line 1, position {len(payload)}.",
            *ES_TELEMETRY_STACK,
        ]
        return L(
            f,
            t,
            "Error processing %s message for topic %s. Payload: %s",
            f"Error processing Telemetry message for topic espresense/rooms/garage/telemetry. Payload: {payload}",
            "ERR",
            more,
        )

    def settings_error(f: str, t: datetime) -> datetime:
        payload = '{"rssi@1m":-63,"rssi":,"name":"anna-watch"}'
        more = [
            "Newtonsoft.Json.JsonReaderException: Unexpected character encountered while parsing value: ,. Path 'rssi', line 1, position 24.",
            *ES_SETTINGS_STACK,
        ]
        return L(
            f,
            t,
            "JSON deserialization error for topic %s. Payload: %s",
            f"JSON deserialization error for topic espresense/settings/name:anna-watch/config. Payload: {payload}",
            "ERR",
            more,
        )

    def mqtt_outage(f: str, t0: datetime, t1: datetime) -> None:
        t = L(f, t0 + sec(r.uniform(0, 2)), "MQTT disconnected", "MQTT disconnected")
        while t < t1:
            t = L(
                f,
                t + sec(r.uniform(2.8, 3.3)),
                "MQTT connection failed: Error while connecting with host '%s'. - Connection refused",
                "MQTT connection failed: Error while connecting with host 'homeassistant.local:1883'. - Connection refused",
                "ERR",
            )
            t += sec(30)
        L(f, t + sec(r.uniform(0.3, 1.5)), "MQTT connected!", "MQTT connected!")

    # the add-on's container: restarted by the add-on update at 06:00, config edited at 09:30, restarted at 10:50
    t = start(FM, at(6, 0, 2), "mqtt_espresense", "espresense-companion")
    tr = start(FR, at(6, 5, 41), "mqtt_espresense", "espresense-companion-readonly")
    for t in jitter_times(r, at(6, 0, 30), at(7, 22, 10), 60, 55):
        telemetry_error(FM, t)
        if t > tr:
            telemetry_error(FR, t + sec(0.004))
    broker = (at(7, 40, 12), at(7, 42, 31))
    mqtt_outage(FM, broker[0], broker[1])
    mqtt_outage(FR, broker[0], broker[1])
    # visitors appear: tracked when their id matches the config's patterns
    vt = jitter_times(r, at(6, 40), at(11, 40), 1500, 300)
    for d, t in zip(visitors, vt, strict=False):
        L(FM, t, "[+] Track %s", f"[+] Track Id: {d.id}")
        t2 = L(FR, t + sec(r.uniform(0.02, 0.4)), "[+] Track %s", f"[+] Track Id: {d.id}")
        disc(t2, d)
    # 09:30: config.yaml edited (MQTT password and the device patterns)
    t = L(FM, at(9, 30, 14), "Loading %s", "Loading /config/espresense/config.yaml")
    t = L(FM, t + sec(0.02), "MQTT configuration changed", "MQTT configuration changed")
    t = L(
        FM,
        t + sec(0.8),
        "Connecting to MQTT at %s%s as %s",
        "Connecting to MQTT at homeassistant.local:1883 as mqtt_espresense",
    )
    t = L(FM, t + sec(0.5), "MQTT connected!", "MQTT connected!")
    for d in visitors[:3]:
        t = L(FM, t + sec(r.uniform(1, 20)), "[-] Track %s", f"[-] Track Id: {d.id}")
    t = L(FR, at(9, 30, 15), "Loading %s", "Loading /config/espresense/config.yaml")
    for d in visitors[:3]:
        t = L(FR, t + sec(r.uniform(1, 20)), "[-] Track %s", f"[-] Track Id: {d.id}")
        ro(t, f"homeassistant/device_tracker/espresense-{d.id.replace(':', '-')}/config", "null")
    # a bad retained settings message published at 10:12, seen again after the restart
    settings_error(FM, at(10, 12, 40))
    settings_error(FR, at(10, 12, 40))
    t = L(FM, at(10, 50, 3), "Application is shutting down...", "Application is shutting down...")
    t = start(FM, t + sec(6.5), "mqtt_espresense", "espresense-companion")
    settings_error(FM, t + sec(0.6))
    # the read-only container logs every publish it would have made
    moving = devices + visitors
    for d in moving:
        busy = 130.0 if d in devices[:4] else 480.0
        for t in jitter_times(r, max(tr, at(6, 6)) + sec(r.uniform(0, 60)), T_END, busy, 6):
            if in_any(t, [broker]):
                continue
            if d in visitors and (t < at(6, 40) or (d in visitors[:3] and t > at(9, 30, 20))):
                continue
            if r.random() < 0.22:
                d.room = r.choice(ES_ROOMS)
                t = ro(t, f"espresense/companion/{d.id}", d.room)
            ro(
                t + sec(r.uniform(0.001, 0.02)),
                f"espresense/companion/{d.id}/attributes",
                attrs(d, t),
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ openwb

OW_PKG = "/var/www/html/openWB/packages"
OW_PY = "/usr/local/lib/python3.9/dist-packages"
OW_FAULT_MODBUS = "%s: FaultState %s, FaultStr %s Modbus Error: [Connection] Failed to connect[%s], Traceback: \\n%s"
OW_FAULT_HTTP = (
    "%s: FaultState %s, FaultStr %s HTTPConnectionPool(host=%s, port=%s): Max retries exceeded with url: %s "
    "(Caused by ConnectTimeoutError(%s, 'Connection to %s timed out. (connect timeout=%s)')), Traceback: \\n%s"
)


def openwb(r: random.Random) -> list[Log]:
    """openWB 2 (software2, `ramdisk/main.log` at log level Info) on two boxes, 06:00 to 08:00."""
    fs = Files()

    def L(
        f: str,
        t: datetime,
        label: str,
        name: str,
        line: int,
        msg: str,
        level: str = "INFO",
        thread: str = "MainThread",
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{py_asctime(x)} - {{{name}:{line}}} - {{{level}:{thread}}} - {msg}",
                *(more or []),
            ],
            f,
            MS,
        )

    def modbus_fault(f: str, t: datetime, comp: str, host: str, thread: str) -> datetime:
        target = f"ModbusTcpClient({host}:502)"
        more = pyframes(
            (
                f"{OW_PKG}/modules/common/modbus.py",
                101,
                "__read_registers",
                "response = read_register_method(address, count, **kwargs)",
            ),
            (
                f"{OW_PY}/pymodbus/client/common.py",
                114,
                "read_holding_registers",
                "return self.execute(request)",
            ),
            (
                f"{OW_PY}/pymodbus/client/sync.py",
                107,
                "execute",
                'raise ConnectionException("Failed to connect[%s]" % (self.__str__()))',
            ),
        )
        more = [
            "Traceback (most recent call last):",
            *more,
            f"pymodbus.exceptions.ConnectionException: Modbus Error: [Connection] Failed to connect[{target}]",
            "",
        ]
        msg = f"{comp}: FaultState FaultStateLevel.ERROR, FaultStr <class 'pymodbus.exceptions.ConnectionException'> Modbus Error: [Connection] Failed to connect[{target}], Traceback: "
        return L(
            f, t, OW_FAULT_MODBUS, "modules.common.fault_state", 49, msg, "ERROR", thread, more
        )

    def http_fault(f: str, t: datetime, comp: str, host: str, thread: str) -> datetime:
        obj = f"<urllib3.connection.HTTPConnection object at 0x{r.randrange(0xB3000000, 0xB6000000):x}>"
        inner = f"HTTPConnectionPool(host='{host}', port=80): Max retries exceeded with url: /status (Caused by ConnectTimeoutError({obj}, 'Connection to {host} timed out. (connect timeout=5)'))"
        more = [
            "Traceback (most recent call last):",
            *pyframes(
                (
                    f"{OW_PY}/requests/adapters.py",
                    504,
                    "send",
                    "raise ConnectTimeout(e, request=request)",
                ),
            ),
            f"requests.exceptions.ConnectTimeout: {inner}",
            "",
        ]
        msg = f"{comp}: FaultState FaultStateLevel.ERROR, FaultStr <class 'requests.exceptions.ConnectTimeout'> {inner}, Traceback: "
        return L(f, t, OW_FAULT_HTTP, "modules.common.fault_state", 49, msg, "ERROR", thread, more)

    def cycle(
        f: str, t: datetime, surplus: bool, currents: dict[int, float], paused: bool = False
    ) -> datetime:
        if paused:
            t = L(
                f,
                t + sec(0.002),
                "Regelung pausiert, da ein Update durchgeführt wird.",
                "root",
                62,
                "Regelung pausiert, da ein Update durchgeführt wird.",
            )
        t = L(
            f,
            t + sec(r.uniform(0.05, 0.2)),
            "# Algorithmus",
            "control.algorithm.algorithm",
            27,
            "# Algorithmus",
        )
        t = L(
            f,
            t + sec(r.uniform(0.002, 0.02)),
            "**Mindestrom setzen**",
            "control.algorithm.algorithm",
            32,
            "**Mindestrom setzen**",
        )
        t = L(
            f,
            t + sec(r.uniform(0.002, 0.03)),
            "**Soll-Strom setzen**",
            "control.algorithm.algorithm",
            34,
            "**Soll-Strom setzen**",
        )
        t = L(
            f,
            t + sec(r.uniform(0.002, 0.03)),
            "**PV-geführten Strom setzen**",
            "control.algorithm.algorithm",
            37,
            "**PV-geführten Strom setzen**",
        )
        if not surplus:
            t = L(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "Keine Leistung für PV-geführtes Laden übrig.",
                "control.algorithm.algorithm",
                42,
                "Keine Leistung für PV-geführtes Laden übrig.",
            )
        for cp, cur in currents.items():
            shown = round(float(cur), 2)
            t = L(
                f,
                t + sec(r.uniform(0.02, 0.12)),
                "LP%s: set current %s A",
                "control.process",
                84,
                f"LP{cp}: set current {shown} A",
            )
        return t

    def start_line(f: str, t: datetime) -> datetime:
        return L(f, t, "# ***Start*** ", "root", 74, "# ***Start*** ")

    # ---- the house: one chargepoint, an SMA inverter over Modbus, a Shelly 3EM as grid meter; control interval 60 s
    fh = "house-main.log"
    sma_down = (T0, at(6, 38, 20))
    shelly_down = (at(7, 48, 5), at(7, 52, 30))
    algo_bug = (at(7, 31, 50), at(7, 36, 10))
    cur = 0.0
    t = T0
    while t < at(8, 0):
        tick = t + sec(r.uniform(0.004, 0.06))
        start_line(fh, tick)
        if t.second == 40:
            tt = tick + sec(r.uniform(0.6, 1.4))
            if in_any(t, [sma_down]):
                modbus_fault(
                    fh,
                    tick + sec(r.uniform(0.3, 0.6)),
                    "SMA Sunny Tripower",
                    "192.168.178.50",
                    "device1",
                )
            if in_any(t, [shelly_down]):
                http_fault(
                    fh,
                    tick + sec(5.02 + r.uniform(0, 0.1)),
                    "Shelly 3EM",
                    "192.168.178.60",
                    "device2",
                )
                tt += sec(5.0)
            if in_any(t, [algo_bug]):
                more = [
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{OW_PKG}/control/algorithm/algorithm.py",
                            58,
                            "_check_auto_phase_switch_delay",
                            "phases, current, message = charging_ev.auto_phase_switch(",
                        ),
                        (
                            f"{OW_PKG}/control/ev/ev.py",
                            389,
                            "auto_phase_switch",
                            'charge_template = data.data.charge_template_data[f"ct{self.charge_template}"]',
                        ),
                    ),
                    "KeyError: 'ct3'",
                    "",
                ]
                tt = L(
                    fh,
                    tt + sec(0.1),
                    "Fehler im Algorithmus-Modul für Ladepunkt%s",
                    "control.algorithm.algorithm",
                    73,
                    "Fehler im Algorithmus-Modul für Ladepunkt1",
                    "ERROR",
                    more=more,
                )
            surplus = t >= at(7, 21)
            if surplus:
                cur = min(16.0, max(6.0, cur + r.uniform(-1.2, 2.0))) if cur else 6.0
                cur = round(cur * 4) / 4 if r.random() < 0.6 else round(cur, 2)
            else:
                cur = 0.0
            cycle(fh, tt, surplus, {1: cur})
        if t.minute % 5 == 0 and t.second == 0:
            if t in (at(7, 5), at(7, 10)):
                tt = L(
                    fh,
                    tick + sec(0.01),
                    "Heartbeat für Subdata nicht zurückgesetzt.",
                    "root",
                    104,
                    "Heartbeat für Subdata nicht zurückgesetzt.",
                    "ERROR",
                )
                L(
                    fh,
                    tt + sec(0.2),
                    "Heartbeat für Setdata nicht zurückgesetzt.",
                    "root",
                    111,
                    "Heartbeat für Setdata nicht zurückgesetzt.",
                    "ERROR",
                )
            if t == at(7, 55):
                more = pyframes(
                    (
                        f"{OW_PKG}/helpermodules/utils/_exit_after.py",
                        29,
                        "inner",
                        "result = fn(*args, **kwargs)",
                    ),
                    (
                        f"{OW_PKG}/main.py",
                        92,
                        "handler5MinAlgorithm",
                        "totals = save_log(LogType.DAILY)",
                    ),
                    (
                        f"{OW_PKG}/helpermodules/measurement_logging/write_log.py",
                        97,
                        "save_log",
                        'write_and_check(f"{folder}{date_str}.json", entries)',
                    ),
                    (
                        f"{OW_PKG}/helpermodules/measurement_logging/write_log.py",
                        135,
                        "write_and_check",
                        "json.dump(content, jsonFile)",
                    ),
                    ("/usr/lib/python3.9/json/__init__.py", 180, "dump", "fp.write(chunk)"),
                )
                L(
                    fh,
                    tick + sec(10.003),
                    "Ausführung durch exit_after gestoppt: %s",
                    "root",
                    99,
                    "Ausführung durch exit_after gestoppt: Traceback (most recent call last):",
                    "CRITICAL",
                    more=[*more, "KeyboardInterrupt", ""],
                )
        t += sec(10)

    # ---- the duo: two chargepoints on an openWB Pro pair; control interval 60 s, an update at 06:52
    fd = "duo-main.log"
    slow = (at(6, 21, 50), at(6, 26, 30))
    proc_bug = (at(6, 39, 50), at(6, 42, 30))
    update = (at(6, 51, 50), at(6, 56, 30))
    thread_no = 2811
    c1, c2 = 16.0, 10.0
    t = T0
    while t < at(7, 0):
        tick = t + sec(r.uniform(0.004, 0.05))
        start_line(fd, tick)
        if t.second == 20:
            c1 = round(min(16.0, max(6.0, c1 + r.uniform(-1.5, 1.5))), 2)
            c2 = round(min(16.0, max(6.0, c2 + r.uniform(-1.5, 1.5))), 2)
            surplus = t >= at(6, 12)
            tt = tick + sec(r.uniform(0.8, 1.5))
            if in_any(t, [proc_bug]):
                more = [
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{OW_PKG}/control/process.py",
                            31,
                            "process_algorithm_results",
                            "chargepoint.initiate_phase_switch()",
                        ),
                        (
                            f"{OW_PKG}/control/chargepoint/chargepoint.py",
                            534,
                            "initiate_phase_switch",
                            "self.chargepoint_module.switch_phases(phases_to_use, duration)",
                        ),
                        (
                            f"{OW_PKG}/modules/chargepoints/openwb_pro/chargepoint_module.py",
                            112,
                            "switch_phases",
                            'raise FaultState.error(f"Phasenumschaltung fehlgeschlagen: {response.text}")',
                        ),
                    ),
                    "modules.common.fault_state.FaultState: ('Phasenumschaltung fehlgeschlagen: busy', <FaultStateLevel.ERROR: 2>)",
                    "",
                ]
                tt = cycle(fd, tt, surplus, {1: c1}, in_any(t, [update]))
                L(
                    fd,
                    tt + sec(0.05),
                    "Fehler im Process-Modul für Ladepunkt %s",
                    "control.process",
                    51,
                    "Fehler im Process-Modul für Ladepunkt cp2",
                    "ERROR",
                    more=more,
                )
                continue_t = tt
            else:
                continue_t = cycle(fd, tt, surplus, {1: c1, 2: c2}, in_any(t, [update]))
            if in_any(t, [slow]):
                thread_no += r.randrange(4, 9)
                L(
                    fd,
                    continue_t + sec(3.004),
                    "%s konnte nicht innerhalb des Timeouts die Werte senden.",
                    "control.process",
                    58,
                    f"Thread-{thread_no} konnte nicht innerhalb des Timeouts die Werte senden.",
                    "ERROR",
                )
            if t in (at(6, 31, 20), at(6, 33, 20), at(6, 34, 20)):
                L(
                    fd,
                    continue_t - sec(0.05),
                    "Reservierte Leistung kann am Algorithmus-Ende nicht 0 sein.",
                    "control.process",
                    76,
                    "Reservierte Leistung kann am Algorithmus-Ende nicht 0 sein.",
                    "ERROR",
                )
            if t == at(6, 35, 20):
                L(
                    fd,
                    continue_t - sec(0.03),
                    "LP%s: Ladung wurde trotz verhinderter Unterbrechung gestoppt.",
                    "control.process",
                    81,
                    "LP2: Ladung wurde trotz verhinderter Unterbrechung gestoppt.",
                    "ERROR",
                )
            thread_no += 2
        t += sec(10)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- mqttwarn

MW_CORE = "mqttwarn.core"
MW_PY = "/usr/local/lib/python3.11/site-packages"
MW_FRIGATE_CAMS = ["front_door", "driveway", "garden"]
MW_LEAKS = ["leak/kitchen", "leak/bathroom", "leak/laundry", "leak/boiler"]
MW_TASMOTA = ["tasmota_plug1", "tasmota_plug3", "tasmota_garage", "tasmota_pump", "tasmota_heater"]


def mqttwarn(r: random.Random) -> list[Log]:
    """mqttwarn 0.35 in two containers (`docker logs`), 06:00 to 12:00."""
    fs = Files()

    def L(
        f: str,
        t: datetime,
        label: str,
        msg: str,
        level: str = "DEBUG",
        name: str = MW_CORE,
        more: list[str] | None = None,
    ) -> datetime:
        lv = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}[level]
        if lv < levels[f]:
            return t
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{py_asctime(x)} {level:<8} [{name:<25}] {msg}", *(more or [])],
            f,
            MS,
        )

    def truncate(s: str) -> str:
        return s if len(s) <= 200 else s[:200] + "..."

    FH, FS = "mqttwarn-home.log", "mqttwarn-shop.log"
    levels = {FH: 10, FS: 20}
    sections = {
        FH: [
            ("frigate/events", 0),
            ("zigbee2mqtt/leak/+", 0),
            ("tele/+/LWT", 0),
            ("zigbee2mqtt/bridge/state", 1),
        ],
        FS: [("shop/door/+", 0), ("shop/alarm/state", 1), ("shop/fridge/alert", 0)],
    }
    services = {FH: ["pushover", "smtp"], FS: ["smtp", "pushover"]}
    workers = {FH: 3, FS: 2}
    state = {
        "pushover_down": (at(8, 5, 12), at(8, 25, 40)),
        "smtp_auth": (at(10, 15, 0), at(10, 52, 0)),
    }

    def connected(f: str, t: datetime) -> datetime:
        t = L(
            f,
            t,
            "Connected to MQTT broker, subscribing to topics",
            "Connected to MQTT broker, subscribing to topics",
        )
        for topic, qos in sections[f]:
            t = L(
                f,
                t + sec(0.0004),
                "Subscribing to %s (qos=%d)",
                f"Subscribing to {topic} (qos={qos})",
            )
        return t

    def start(f: str, t: datetime) -> datetime:
        for svc in services[f]:
            t = L(
                f,
                t + sec(0.002),
                'Trying to load built-in service "%s" from "%s"',
                f'Trying to load built-in service "{svc}" from "{svc}"',
            )
            t = L(
                f,
                t + sec(0.004),
                'Successfully loaded service "%s"',
                f'Successfully loaded service "{svc}"',
                "INFO",
            )
        t = L(
            f,
            t + sec(0.001),
            "Attempting connection to MQTT broker %s:%d",
            "Attempting connection to MQTT broker mosquitto:1883",
        )
        t = L(f, t + sec(0.0005), "Setting LWT to %s", "Setting LWT to clients/mqttwarn")
        t = L(
            f,
            t + sec(0.01),
            "Publishing status information to %s",
            "Publishing status information to mqttwarn/$SYS",
            "INFO",
        )
        t = L(
            f,
            t + sec(0.001),
            "Starting %s worker threads",
            f"Starting {workers[f]} worker threads",
            "INFO",
        )
        for _ in range(workers[f]):
            t = L(
                f,
                t + sec(0.0003),
                "Job queue has %s items to process",
                "Job queue has 0 items to process",
            )
        t = L(
            f,
            t + sec(0.001),
            "Scheduling periodic task '%s' to run each %s seconds via [cron] section",
            "Scheduling periodic task 'publish_heartbeat' to run each 300.0 seconds via [cron] section",
            "INFO",
        )
        return connected(f, t + sec(r.uniform(0.01, 0.05)))

    def notify(
        f: str,
        t: datetime,
        section: str,
        topic: str,
        payload: str,
        targets: list[tuple[str, str]],
        js: bool,
    ) -> datetime:
        """A message that passes its section's filter: decoded, one job per target, the workers run them."""
        t = L(
            f, t, "Message received on %s: %s", f"Message received on {topic}: {truncate(payload)}"
        )
        t = L(
            f,
            t + sec(0.0002),
            "Section [%s] matches message on %s, processing it",
            f"Section [{section}] matches message on {topic}, processing it",
        )
        if not js:
            t = L(
                f,
                t + sec(0.0004),
                "Decoding JSON failed: Expecting value: line %d column %d (char %d). payload=%s",
                f"Decoding JSON failed: Expecting value: line 1 column 1 (char 0). payload={truncate(payload)}",
            )
        for svc, target in targets:
            t = L(
                f,
                t + sec(0.0002),
                "Message on %s going to %s",
                f"Message on {topic} going to {svc}:{target}",
            )
            t = L(f, t + sec(0.0002), "New `%s:%s' job: %s", f"New `{svc}:{target}' job: {topic}")
        tw = t
        for i, (svc, target) in enumerate(targets):
            w = i % workers[f]
            tj = L(
                f,
                tw + sec(0.0005 + 0.0003 * i),
                "Processor #%s is handling: `%s' for %s",
                f"Processor #{w} is handling: `{svc}' for {target}",
            )
            tj = L(
                f,
                tj + sec(0.002),
                "Invoking service plugin for `%s'",
                f"Invoking service plugin for `{svc}'",
                "INFO",
            )
            tj = send(f, tj, svc, target, topic)
            L(
                f,
                tj + sec(0.0003),
                "Job queue has %s items to process",
                "Job queue has 0 items to process",
            )
        return t

    def send(f: str, t: datetime, svc: str, target: str, topic: str) -> datetime:
        if svc == "pushover":
            params = (
                "{'retry': 60, 'expire': 3600}"
                if target == "admin"
                else "{'sound': 'siren'}"
                if target == "alarm"
                else "{}"
            )
            t = L(
                f,
                t + sec(0.001),
                "Sending pushover notification to %s [%s]....",
                f"Sending pushover notification to {target} [{params}]....",
                name="mqttwarn.services.pushover",
            )
            if in_any(t, [state["pushover_down"]]):
                t = L(
                    f,
                    t + sec(5.01),
                    "Error sending pushover notification to %s [%s]: HTTPSConnectionPool(host=%s, port=%s): Read timed out. (read timeout=%s)",
                    f"Error sending pushover notification to {target} [{params}]: HTTPSConnectionPool(host='api.pushover.net', port=443): Read timed out. (read timeout=5)",
                    "WARNING",
                    "mqttwarn.services.pushover",
                )
                return L(
                    f,
                    t + sec(0.001),
                    "Notification failed or timed out. service=%s, topic=%s",
                    f"Notification failed or timed out. service=pushover, topic={topic}",
                    "WARNING",
                )
            return L(
                f,
                t + sec(r.uniform(0.25, 0.9)),
                "Successfully sent pushover notification",
                "Successfully sent pushover notification",
                name="mqttwarn.services.pushover",
            )
        addrs = "['anna@example.org', 'jonas@example.org']" if f == FH else "['shop@example.net']"
        t = L(
            f,
            t + sec(0.001),
            "Sending SMTP notification to %s [%s]...",
            f"Sending SMTP notification to {target} [{addrs}]...",
            name="mqttwarn.services.smtp",
        )
        if in_any(t, [state["smtp_auth"]]) and f == FS:
            t = L(
                f,
                t + sec(r.uniform(0.3, 0.7)),
                "Error sending notification to SMTP recipient %s [%s]: (%d, b'5.7.8 Error: authentication failed: %s')",
                f"Error sending notification to SMTP recipient {target} [{addrs}]: (535, b'5.7.8 Error: authentication failed: authentication failure')",
                "WARNING",
                "mqttwarn.services.smtp",
            )
            return L(
                f,
                t + sec(0.001),
                "Notification failed or timed out. service=%s, topic=%s",
                f"Notification failed or timed out. service=smtp, topic={topic}",
                "WARNING",
            )
        return L(
            f,
            t + sec(r.uniform(0.4, 1.6)),
            "Successfully sent SMTP notification",
            "Successfully sent SMTP notification",
            name="mqttwarn.services.smtp",
        )

    def skipped(f: str, t: datetime, section: str, topic: str, payload: str) -> datetime:
        t = L(
            f, t, "Message received on %s: %s", f"Message received on {topic}: {truncate(payload)}"
        )
        t = L(
            f,
            t + sec(0.0002),
            "Section [%s] matches message on %s, processing it",
            f"Section [{section}] matches message on {topic}, processing it",
        )
        return L(
            f,
            t + sec(0.0003),
            "Filter in section [%s] has skipped message on %s",
            f"Filter in section [{section}] has skipped message on {topic}",
        )

    def frigate_payload(cam: str, label: str, kind: str, ev: str, t: datetime, score: float) -> str:
        ts = t.timestamp()
        obj = (
            '{"id": "'
            + ev
            + '", "camera": "'
            + cam
            + '", "frame_time": '
            + f"{ts:.6f}"
            + ', "snapshot": null, "label": "'
            + label
            + '", "sub_label": null, "top_score": '
            + f"{score:.4f}"
            + ', "false_positive": false, "start_time": '
            + f"{ts - 1.2:.6f}"
            + "}"
        )
        return '{"before": ' + obj + ', "after": ' + obj + ', "type": "' + kind + '"}'

    def retained(f: str, t: datetime) -> datetime:
        if f == FH:
            for dev in MW_TASMOTA:
                t = skipped(
                    f, t + sec(r.uniform(0.001, 0.004)), "tele/+/LWT", f"tele/{dev}/LWT", "Online"
                )
            t = skipped(
                f,
                t + sec(0.002),
                "zigbee2mqtt/bridge/state",
                "zigbee2mqtt/bridge/state",
                '{"state":"online"}',
            )
        else:
            t = notify(
                f,
                t + sec(0.003),
                "shop/alarm/state",
                "shop/alarm/state",
                "disarmed",
                [("pushover", "alarm")],
                False,
            )
        return t

    # ---- home: loglevel DEBUG (the sample configuration's), Frigate, leak sensors, Tasmota LWTs
    t = start(FH, at(6, 0, 1.3))
    retained(FH, t + sec(0.02))
    for t in jitter_times(r, at(6, 2), T_END, 420, 30):
        cam, label = r.choice(MW_FRIGATE_CAMS), r.choice(["person", "person", "car", "dog", "cat"])
        ev = f"{t.timestamp():.6f}-{hexid(r, 6)}"
        score = r.uniform(0.7, 0.93)
        notify(
            FH,
            t,
            "frigate/events",
            "frigate/events",
            frigate_payload(cam, label, "new", ev, t, score),
            [("pushover", "cams")],
            True,
        )
        tu = t
        for _ in range(r.randrange(0, 4)):
            tu += sec(r.uniform(1.5, 12))
            score = min(0.97, score + r.uniform(0, 0.04))
            skipped(
                FH,
                tu,
                "frigate/events",
                "frigate/events",
                frigate_payload(cam, label, "update", ev, tu, score),
            )
        tu += sec(r.uniform(5, 60))
        skipped(
            FH,
            tu,
            "frigate/events",
            "frigate/events",
            frigate_payload(cam, label, "end", ev, tu, score),
        )
    for leak in MW_LEAKS:
        for t in jitter_times(r, at(6, 0, 40), T_END, 560, 60):
            payload = (
                '{"battery":'
                + str(r.randrange(60, 100))
                + ',"linkquality":'
                + str(r.randrange(40, 160))
                + ',"voltage":'
                + str(r.randrange(2900, 3050))
                + ',"water_leak":false}'
            )
            skipped(FH, t, "zigbee2mqtt/leak/+", f"zigbee2mqtt/{leak}", payload)
    for t in jitter_times(r, at(6, 10), T_END, 1200, 120):
        dev = r.choice(MW_TASMOTA)
        if in_any(t, [(at(9, 39), at(9, 42))]):
            continue
        t = notify(
            FH,
            t,
            "tele/+/LWT",
            f"tele/{dev}/LWT",
            "Offline",
            [("pushover", "admin"), ("smtp", "admin")],
            False,
        )
        skipped(FH, t + sec(r.uniform(20, 240)), "tele/+/LWT", f"tele/{dev}/LWT", "Online")
    # the broker restarted by an image update at 09:40
    t = L(
        FH,
        at(9, 40, 5.2),
        "b'Broker connection lost. Will attempt to reconnect in 5s'",
        "b'Broker connection lost. Will attempt to reconnect in 5s'",
        "WARNING",
    )
    L(
        FH,
        t + sec(0.002),
        "Section [%s] does not exist in your INI file, skipping message on topic '%s'",
        "Section [failover] does not exist in your INI file, skipping message on topic 'brokerdisconnected'",
        "WARNING",
    )
    t = connected(FH, at(9, 40, 41.6))
    t = notify(
        FH,
        t + sec(0.01),
        "zigbee2mqtt/bridge/state",
        "zigbee2mqtt/bridge/state",
        '{"state":"offline"}',
        [("pushover", "admin")],
        True,
    )
    retained(FH, t + sec(2.5))

    # ---- the shop: loglevel INFO
    def shop_start(t: datetime) -> None:
        t = start(FS, t)
        retained(FS, t + sec(0.02))

    shop_start(at(6, 0, 2.1))
    for t in jitter_times(r, at(6, 30), T_END, 200, 20):
        if in_any(t, [(at(11, 30), at(11, 31, 30))]):
            continue
        door = r.choice(["front", "back", "storage"])
        targets = (
            [("pushover", "staff")]
            if door == "front"
            else [("pushover", "staff"), ("smtp", "owner")]
        )
        notify(
            FS, t, "shop/door/+", f"shop/door/{door}", r.choice(["open", "closed"]), targets, False
        )
    for t in jitter_times(r, at(8, 40), at(10, 40), 2400, 300):
        notify(
            FS,
            t,
            "shop/fridge/alert",
            "shop/fridge/alert",
            '{"fridge":"drinks","temp":' + f"{r.uniform(8.1, 11.5):.1f}" + "}",
            [("smtp", "owner")],
            True,
        )
    for t in [at(7, 55, 3.3), at(8, 1, 12.9)]:
        notify(
            FS,
            t,
            "shop/alarm/state",
            "shop/alarm/state",
            "disarmed",
            [("pushover", "alarm"), ("smtp", "owner")],
            False,
        )
    # retained alarm messages cleared by hand at 09:00
    for topic in ["shop/alarm/state", "shop/alarm/state"]:
        t = at(9, 0, 7.4) + sec(r.uniform(0, 30))
        L(
            FS,
            t,
            "Notification suppressed. Reason: Payload is empty. service=%s, topic=%s",
            f"Notification suppressed. Reason: Payload is empty. service=pushover, topic={topic}",
            "INFO",
        )
    # 11:05: a fridge alert to a pushover target with no user key configured
    t = L(
        FS,
        at(11, 5, 40.2),
        "Invoking service plugin for `%s'",
        "Invoking service plugin for `pushover'",
        "INFO",
    )
    more = [
        "Traceback (most recent call last):",
        *pyframes(
            (
                f"{MW_PY}/mqttwarn/core.py",
                546,
                "process_job",
                "notified = timeout(module.plugin, (srv, st))",
            ),
            (f"{MW_PY}/mqttwarn/util.py", 94, "timeout", "result = func(*args, **kwargs)"),
            (f"{MW_PY}/mqttwarn/services/pushover.py", 79, "plugin", "userkey = addrs[0]"),
        ),
        "IndexError: list index out of range",
    ]
    t = L(
        FS,
        t + sec(0.002),
        "Invoking service failed. Reason: list index out of range. service=%s, topic=%s",
        "Invoking service failed. Reason: list index out of range. service=pushover, topic=shop/fridge/alert",
        "ERROR",
        more=more,
    )
    L(
        FS,
        t + sec(0.001),
        "Notification failed or timed out. service=%s, topic=%s",
        "Notification failed or timed out. service=pushover, topic=shop/fridge/alert",
        "WARNING",
    )
    # 11:30: the container stopped for a host update and started again
    t = L(
        FS,
        at(11, 30, 1.8),
        "Cancelling periodic task '%s'",
        "Cancelling periodic task 'publish_heartbeat'",
        "INFO",
    )
    L(FS, t + sec(0.004), "Waiting for queue to drain", "Waiting for queue to drain", "INFO")
    shop_start(at(11, 31, 14.5))
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "python-matter-server": python_matter_server,
    "otbr-agent": otbr_agent,
    "espresense-companion": espresense_companion,
    "openwb": openwb,
    "mqttwarn": mqttwarn,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
