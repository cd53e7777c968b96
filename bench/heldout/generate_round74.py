#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 74 (openwrt, mikrotik, unifi, kodi, nut) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (a Java stack trace, the later lines of a message
Kodi pads under its head) have no label. Distinct calls of one process never share a timestamp
at the log's resolution (round 53's Clock); in the syslog-style logs each daemon is its own
process, so two daemons may share a second. Five programs of home and small-office networks
and media:

- OpenWrt 23.05 (`logread.log`: logd's ring buffer as `logread` prints it, enlarged with
  `option log_size '1024'` so a day fits: `Tue Jun  4 06:00:01 2024 daemon.info
  dnsmasq-dhcp[1234]: DHCPACK(br-lan) ...`, the facility and priority after the year, the
  kernel's `[12345.678901] ` uptime before its messages): phones, laptops and a TV coming and
  going on two radios (hostapd's `phy0-ap0: STA ... IEEE 802.11: associated (aid 2)`,
  `AP-STA-CONNECTED`, the WPA handshake, `EAPOL-4WAY-HS-COMPLETED`, `AP-STA-DISCONNECTED`,
  disassociation and inactivity deauthentication, a guest's `AP-STA-POSSIBLE-PSK-MISMATCH`),
  dnsmasq-dhcp's DISCOVER/OFFER/REQUEST/ACK with and without a client name, the bridge's port
  states, busybox crond's `USER root pid ... cmd ...` at `cron.err`, LuCI and dropbear logins
  (one failed password), the mt7915e radio's firmware `Message ... timeout` burst, conntrack's
  `table full, dropping packet` during a download, and the PPPoE WAN dropping at 13:12 (pppd's
  echo-request timeout, `Connect time`, `Sent ... bytes`, netifd's `Interface 'wan' has lost
  the connection`, fw4 reloads from the hotplug script, the redial's `Connect:`, PAP, the
  addresses and DNS servers, dnsmasq re-reading `resolv.conf.auto`, odhcpd's RA warnings).
- MikroTik RouterOS 7.14 (`log.0.txt`: a `disk` logging action's file, `jun/04/2024 06:00:01
  system,info,account user admin logged in from 192.168.88.10 via winbox`, the topics
  comma-joined before the message): the WAN's input chain logging drops (`input: in:ether1
  out:(unknown 0), connection-state:new src-mac ..., proto TCP (SYN), ...`, UDP and ICMP
  variants), SSH brute force (`login failure for user %s from %s via ssh` at
  `system,error,critical`), the DHCP server's `assigned` / `deassigned` and `offering lease ...
  without success`, the pool running out, wireless registrations and disconnections with
  their reasons, admins' logins and configuration changes, the DDNS script's own `:log`
  lines and its failure (`executing script ddns-update from scheduler failed, please check it
  manually`), ether1's link flapping, and a power cut (`router was rebooted without proper
  shutdown, probably power outage`).
- UniFi Network Application 8.1 (`server.log`: `[2024-06-04 06:00:01,123] <inform-12> INFO
  inform - from [...](...): state=CONNECTED, ...`, the thread in angle brackets, the level
  padded to five and the logger's short name before ` - `): the launcher's start-up banner
  twice, four devices' informs, the event log's client connects, roams and disconnects
  (`[event] User[%s] has connected to AP[%s] with SSID "%s" on "channel %d(%s)"`), an admin's
  logins and API errors (`[api.err.LoginRequired] %s`), a switch adopted and two access
  points upgraded, an AP missing heartbeats, and the bundled MongoDB dying at 14:05 (the
  `<db-server>` lines, informs failing with `MongoTimeoutException` and its stack trace, the
  watchdog restarting the application).
- Kodi 21.0 (`kodi.log`: `2024-06-04 19:00:01.123 T:31415    info <general>: ...`, the thread
  id padded to five and the level right-aligned to seven): start-up (its banner, paths,
  `CAddonMgr::FindAddons: %s v%s installed` per add-on, the web server, the PVR manager and the
  Tvheadend client), an evening of films and TV from the NAS and add-ons (VideoPlayer's
  `OpenFile`, demuxer, codecs and threads, `CloseFile` and `OnExit`), scrapers' and artwork
  fetches failing (`CCurlFile::Stat - Failed: HTTP response code said error(22) for %s`,
  `CCurlFile::FillBuffer - Failed: %s(%d)`), the NAS asleep (`SMBFile->Open: Unable to open
  file : '%s'` with its second line, `OpenInputStream - error opening`, `Playlist Player:
  skipping unplayable item`), the PVR backend restarting, `Previous line repeats %d times.`,
  an hour with debug logging on (window init and deinit, `OnKey:`, announcements,
  `GetDirectory`), an add-on's `EXCEPTION Thrown (PythonToCppException)` report, and the
  shutdown.
- Network UPS Tools 2.8.0 (`syslog`: Debian 12's rsyslog file, `Jun  4 06:00:01 nas
  upsmon[1234]: ...`): a NAS with an APC Back-UPS on USB over five days: the first boot with the
  driver refused by udev (`libusb1: Could not open any HID devices: insufficient permissions
  on everything`, systemd's restarts), the fixed rule, the APC's USB stalls every hour or two
  (the driver's `nut_libusb_get_interrupt` error, `Data for UPS [ups] is stale - check driver`,
  upsmon's `Poll UPS [ups@localhost] failed - Data stale`, `Communications with UPS %s lost`,
  the kernel's USB disconnect and re-enumeration, the driver reconnecting, `UPS [ups] data is
  no longer stale`), brownouts (`on battery`, `on line power`, upssched's timers), and a power
  cut (low battery, `forced shutdown in progress`, `Executing automatic power-fail shutdown`,
  the driver's `Initiating UPS shutdown`, the boot after).

Label notes. The rules of rounds 51 to 71 hold. OpenWrt's time, `facility.priority`, ident and
pid and the kernel's uptime, hostapd's interface before ` STA ` or an event name, RouterOS's
time and topics, UniFi's time, thread, level and logger, Kodi's time, thread and level, and
syslog's time, host, ident and pid are context: the message is the label. A word the program
picks by branch is wording (hostapd's `IEEE 802.11` / `WPA` module names, RouterOS's `proto
TCP (%s)` / `proto UDP` / `proto ICMP (...)` branches of its firewall line, `Data stale` and
`Driver not connected` from upsd's error table, UniFi's `api.err.*` message keys); names,
addresses, interfaces, states and numbers are values. An error text made from a format of its
own contributes that format (wireless disconnection reasons, Kodi's curl errors, the
MongoDB driver's timeout). A Java stack trace, a message's later lines under Kodi's padding,
and the later lines of a Python exception report belong to their event.

Sources: written from the helper's knowledge of each program's source and of real logs seen in
forums and issues, not checked against copies in this session. Least sure: OpenWrt's
mt7915e timeout wording and odhcpd's RA line; RouterOS 7's configuration-change line (written
as `%s changed by %s` with the 7.x `winbox-3.40/tcp-msg(winbox):admin@...` origin), the
scheduler failure and the wireless reasons' wording; UniFi's `[state]` heartbeat line, the
`<db-server>` lines and the watchdog's, the adoption line and the inform line's fields
beyond `state`; Kodi's PVR client messages, the SMB error layout and whether Kodi 21 pads a
message's later lines (taken so: the brief spoke of a traceback over several `error
<general>:` lines, which Kodi 18 wrote); NUT's `nut_libusb_get_interrupt` wording and
upssched's lines. Run it only to change the data on purpose: `python
bench/heldout/generate_round74.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, mac, syslog_ts
from generate_round51 import fill
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def day(d: int, h: int, m: int, s: float = 0) -> datetime:
    """An instant of June 2024 (UTC)."""
    return datetime(2024, 6, d, h, m, tzinfo=UTC) + timedelta(seconds=s)


class Sim:
    """An Out whose messages are filled from their format (C-style conversions allowed), each
    daemon (`ctx` unless `proc`) its own process for the Clock."""

    def __init__(self, res: int, names: list[str], head) -> None:
        self.o = Out(res, names, head)

    def e(
        self,
        f: str,
        t: datetime,
        lvl: str,
        ctx: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
        proc: object = None,
    ) -> datetime:
        return self.o.e(
            f,
            t,
            fmt.replace("\n", "\\n"),
            lvl=lvl,
            ctx=ctx,
            msg=msg if msg is not None else fill(fmt, *args),
            cont=cont or [],
            proc=proc if proc is not None else (f, ctx.split("[")[0].split("|")[0]),
        )

    def logs(self, t0: datetime, names: dict[str, str]) -> list[Log]:
        return self.o.logs(t0, names)


# --------------------------------------------------------------------------------- openwrt

OW_CLIENTS = [
    # (name or None, radio, kind): kind sets how often it comes and goes
    ("iPhone-Anna", "phy1-ap0", "phone"),
    ("Pixel-7", "phy1-ap0", "phone"),
    ("Galaxy-A54", "phy0-ap0", "phone"),
    ("MacBook-Air", "phy1-ap0", "laptop"),
    ("thinkpad-work", "phy1-ap0", "laptop"),
    ("LGwebOSTV", "phy0-ap0", "tv"),
    ("ESP-3A5F21", "phy0-ap0", "iot"),
    (None, "phy0-ap0", "iot"),
    ("Chromecast", "phy0-ap0", "tv"),
    ("iPad", "phy1-ap0", "laptop"),
]
OW_CRON = [
    "/usr/bin/wifi-schedule.sh check",
    "/usr/sbin/logrotate /etc/logrotate.conf",
    "/etc/init.d/ddns reload",
]


def openwrt(r: random.Random) -> list[Log]:
    """A home router (a Filogic 820 with an mt7915e radio pair) on PPPoE, 06:00 to 23:30 on
    June 4, the kernel up since 03:12 on June 2. Ten clients come and go on the 2.4 and 5 GHz
    radios (phones most often, leaving when their screens sleep); each association is followed
    by a DHCP exchange; the IoT plug sends no name. crond runs three jobs; the owner logs in to
    LuCI and over SSH (one mistyped password). A guest's phone tries a stale key at 10:20. The
    5 GHz firmware times out in a burst at 11:40; a download fills conntrack at 20:15. At 13:12
    the PPPoE session stops answering echo requests: pppd gives up, netifd takes wan down and
    redials, fw4 reloads twice, dnsmasq re-reads its resolvers, odhcpd complains about the
    missing prefix until wan6 is back."""

    boot = day(2, 3, 12, 41.3)

    def head(t: datetime, lvl: str, ctx: str) -> str:
        h = f"{t:%a %b} {t.day:2d} {t:%H:%M:%S} {t.year} {lvl} {ctx}: "
        if ctx == "kernel":
            up = (t - boot).total_seconds()
            h += f"[{int(up):5d}.{int(up * 1e6) % 1_000_000:06d}] "
        return h

    s = Sim(1_000_000, ["l"], head)
    t0, t_end = at(6, 0, 1), at(23, 30)
    pids = {
        "dnsmasq": 2913,
        "hostapd": 1512,
        "netifd": 1321,
        "odhcpd": 1588,
        "pppd": 3302,
        "dropbear": 0,
        "crond": 1977,
        "uhttpd": 2256,
    }

    def E(t: datetime, lvl: str, ident: str, fmt: str, *args: object, **kw) -> datetime:
        pid = pids.get(ident.split("-")[0])
        ctx = ident if pid is None or ident in ("kernel", "firewall") else f"{ident}[{pid}]"
        return s.e("l", t, lvl, ctx, fmt, *args, **kw)

    def K(t: datetime, lvl: str, fmt: str, *args: object) -> datetime:
        return E(t, f"kern.{lvl}", "kernel", fmt, *args)

    macs = {c[0] or "plug": mac(r) for c in OW_CLIENTS}
    ips: dict[str, str] = {}
    free = list(range(120, 250))
    r.shuffle(free)
    for c in OW_CLIENTS:
        ips[c[0] or "plug"] = f"192.168.1.{free.pop()}"
    aid = {"phy0-ap0": 0, "phy1-ap0": 0}
    port = {"phy0-ap0": 3, "phy1-ap0": 4}

    def dhcp(t: datetime, key: str, name: str | None, full: bool, iface: str = "br-lan") -> None:
        m, ip = macs[key], ips[key]
        t += secs(r, 0.2, 2)
        if full:
            t = E(t, "daemon.info", "dnsmasq-dhcp", "DHCPDISCOVER(%s) %s", iface, m)
            t = E(t, "daemon.info", "dnsmasq-dhcp", "DHCPOFFER(%s) %s %s", iface, ip, m)
            t += secs(r, 0.1, 1.5)
        t = E(t, "daemon.info", "dnsmasq-dhcp", "DHCPREQUEST(%s) %s %s", iface, ip, m)
        fmt = "DHCPACK(%s) %s %s %s"
        E(
            t,
            "daemon.info",
            "dnsmasq-dhcp",
            fmt,
            msg=f"DHCPACK({iface}) {ip} {m}" + (f" {name}" if name else ""),
        )

    def connect(t: datetime, key: str, name: str | None, radio: str) -> None:
        aid[radio] += 1
        m = macs[key]
        t = E(
            t,
            "daemon.info",
            "hostapd",
            "STA %s IEEE 802.11: associated (aid %d)",
            m,
            aid[radio] % 12 + 1,
            msg=f"{radio}: STA {m} IEEE 802.11: associated (aid {aid[radio] % 12 + 1})",
        )
        t = E(
            t + secs(r, 0.01, 0.2),
            "daemon.notice",
            "hostapd",
            "AP-STA-CONNECTED %s auth_alg=%s",
            msg=f"{radio}: AP-STA-CONNECTED {m} auth_alg=open",
        )
        t = E(
            t,
            "daemon.info",
            "hostapd",
            "STA %s WPA: pairwise key handshake completed (%s)",
            msg=f"{radio}: STA {m} WPA: pairwise key handshake completed (RSN)",
        )
        E(
            t,
            "daemon.notice",
            "hostapd",
            "EAPOL-4WAY-HS-COMPLETED %s",
            msg=f"{radio}: EAPOL-4WAY-HS-COMPLETED {m}",
        )
        dhcp(t, key, name, full=r.random() < 0.25)

    def leave(t: datetime, key: str, radio: str, idle: bool) -> None:
        m = macs[key]
        if idle:
            t = E(
                t,
                "daemon.info",
                "hostapd",
                "STA %s IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)",
                msg=f"{radio}: STA {m} IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)",
            )
            E(
                t,
                "daemon.notice",
                "hostapd",
                "AP-STA-DISCONNECTED %s",
                msg=f"{radio}: AP-STA-DISCONNECTED {m}",
            )
        else:
            t = E(
                t,
                "daemon.notice",
                "hostapd",
                "AP-STA-DISCONNECTED %s",
                msg=f"{radio}: AP-STA-DISCONNECTED {m}",
            )
            E(
                t,
                "daemon.info",
                "hostapd",
                "STA %s IEEE 802.11: disassociated",
                msg=f"{radio}: STA {m} IEEE 802.11: disassociated",
            )

    mean = {"phone": 900, "laptop": 2400, "tv": 5000, "iot": 6000}
    for name, radio, kind in OW_CLIENTS:
        key = name or "plug"
        x = t0 + secs(r, 0, mean[kind])
        while x < t_end:
            connect(x, key, name, radio)
            stay = r.expovariate(1 / (mean[kind] * 0.6))
            y = x + timedelta(seconds=stay)
            if y >= t_end:
                break
            leave(y, key, radio, idle=kind == "phone" and r.random() < 0.4)
            x = y + timedelta(seconds=r.expovariate(1 / mean[kind]))
    # a guest with a stale key
    g = mac(r)
    for x in poisson(r, at(10, 20), at(10, 24), 25):
        x = E(
            x,
            "daemon.info",
            "hostapd",
            "STA %s IEEE 802.11: associated (aid %d)",
            msg=f"phy1-ap0: STA {g} IEEE 802.11: associated (aid {r.randrange(3, 8)})",
        )
        E(
            x + secs(r, 1, 2),
            "daemon.notice",
            "hostapd",
            "AP-STA-POSSIBLE-PSK-MISMATCH %s",
            msg=f"phy1-ap0: AP-STA-POSSIBLE-PSK-MISMATCH {g}",
        )
        E(
            x + secs(r, 2, 3),
            "daemon.info",
            "hostapd",
            "STA %s IEEE 802.11: deauthenticated due to local deauth request",
            msg=f"phy1-ap0: STA {g} IEEE 802.11: deauthenticated due to local deauth request",
        )
    # crond
    for i, cmd in enumerate(OW_CRON):
        every = [600, 3600, 1800][i]
        x = t0 + timedelta(seconds=(every - (t0.minute * 60 + t0.second) % every))
        while x < t_end:
            E(
                x + secs(r, 0, 0.5),
                "cron.err",
                "crond",
                "USER %s pid %3d cmd %s",
                "root",
                r.randrange(4000, 32000),
                cmd,
            )
            x += timedelta(seconds=every)
    # logins
    for x in [at(7, 41, 12), at(12, 3, 40), at(18, 50, 2), at(21, 14, 30)]:
        if x == at(12, 3, 40):
            E(
                x - secs(r, 8, 15),
                "authpriv.warn",
                "uhttpd",
                "luci: failed login on %s for %s from %s",
                "/",
                "root",
                "192.168.1.131",
            )
        E(
            x,
            "authpriv.info",
            "uhttpd",
            "luci: accepted login on %s for %s from %s",
            "/",
            "root",
            "192.168.1.131",
        )
    for x, user_ok in [(at(9, 2, 5), True), (at(16, 30, 44), False), (at(16, 30, 59), True)]:
        pids["dropbear"] = r.randrange(5000, 30000)
        p = r.randrange(49152, 65535)
        x = E(x, "authpriv.info", "dropbear", "Child connection from %s:%d", "192.168.1.131", p)
        if user_ok:
            x = E(
                x + secs(r, 0.3, 1),
                "authpriv.notice",
                "dropbear",
                "Pubkey auth succeeded for '%s' with %s key %s from %s:%d",
                "root",
                "ssh-ed25519",
                "SHA256:" + hexid(r, 43),
                "192.168.1.131",
                p,
            )
            E(
                x + secs(r, 60, 900),
                "authpriv.info",
                "dropbear",
                "Exit (%s) from <%s:%d>: %s",
                "root",
                "192.168.1.131",
                p,
                "Disconnect received",
            )
        else:
            x = E(
                x + secs(r, 2, 4),
                "authpriv.warn",
                "dropbear",
                "Bad password attempt for '%s' from %s:%d",
                "root",
                "192.168.1.131",
                p,
            )
            E(
                x + secs(r, 1, 3),
                "authpriv.info",
                "dropbear",
                "Exit before auth from <%s:%d>: %s",
                "192.168.1.131",
                p,
                "Exited normally",
            )
    # the 5 GHz firmware
    x = at(11, 40, 7)
    for i in range(9):
        x = K(
            x + secs(r, 3, 8),
            "warn",
            "mt7915e 0000:01:00.0: Message %08x (seq %d) timeout",
            r.choice([0x000100ED, 0x00010019, 0x0001002B]),
            (i + 3) % 16,
        )
    K(
        x + secs(r, 1, 3),
        "info",
        "br-lan: port %d(%s) entered disabled state",
        port["phy1-ap0"],
        "phy1-ap0",
    )
    K(
        x + secs(r, 4, 6),
        "info",
        "br-lan: port %d(%s) entered blocking state",
        port["phy1-ap0"],
        "phy1-ap0",
    )
    K(
        x + secs(r, 6, 7),
        "info",
        "br-lan: port %d(%s) entered forwarding state",
        port["phy1-ap0"],
        "phy1-ap0",
    )
    # conntrack full
    for x in poisson(r, at(20, 15), at(20, 21), 9):
        K(x, "warn", "nf_conntrack: nf_conntrack: table full, dropping packet")
    # odhcpd (always a little)
    for x in poisson(r, t0, t_end, 3000):
        E(
            x,
            "daemon.warn",
            "odhcpd",
            "Failed to send to %s%%%s@%s (%s)",
            "ff02::1",
            "lan",
            "br-lan",
            "Address not available",
        )

    # the WAN drop
    x = at(13, 12, 31)
    x = E(x, "daemon.info", "pppd", "No response to %d echo-requests", 5)
    x = E(x, "daemon.notice", "pppd", "Serial link appears to be disconnected.")
    x = E(
        x,
        "daemon.info",
        "pppd",
        "Connect time %.1f minutes.",
        (x - day(3, 22, 4)).total_seconds() / 60,
    )
    x = E(
        x, "daemon.info", "pppd", "Sent %u bytes, received %u bytes.", 8_412_337_101, 61_877_402_913
    )
    x = E(
        x + secs(r, 1, 3),
        "daemon.notice",
        "netifd",
        "Network device '%s' link is down",
        "pppoe-wan",
    )
    x = E(x, "daemon.notice", "netifd", "Interface '%s' has lost the connection", "wan")
    x = E(x, "daemon.notice", "pppd", "Connection terminated.")
    x = E(x, "daemon.notice", "netifd", "Interface '%s' is now down", "wan")
    x = E(x, "daemon.notice", "netifd", "Interface '%s' is now down", "wan6")
    E(
        x + secs(r, 0.5, 1),
        "user.notice",
        "firewall",
        "Reloading firewall due to %s of %s (%s)",
        "ifdown",
        "wan",
        "pppoe-wan",
    )
    x = E(x + secs(r, 1, 2), "daemon.info", "pppd", "Exit.")
    for attempt in range(3):
        pids["pppd"] = 3302 + 411 * (attempt + 1)
        x = E(
            x + secs(r, 4, 6), "daemon.notice", "netifd", "Interface '%s' is setting up now", "wan"
        )
        x = E(x + secs(r, 0.1, 0.4), "daemon.info", "pppd", "Plugin %s loaded.", "pppoe.so")
        x = E(x, "daemon.notice", "pppd", "pppd %s started by %s, uid %d", "2.4.9", "root", 0)
        if attempt < 2:
            x = E(x + secs(r, 14, 16), "daemon.warn", "pppd", "Timeout waiting for PADO packets")
            x = E(x, "daemon.err", "pppd", "Unable to complete PPPoE Discovery")
            x = E(x, "daemon.info", "pppd", "Exit.")
            x = E(
                x + secs(r, 0.2, 0.5),
                "daemon.notice",
                "netifd",
                "Interface '%s' is now down",
                "wan",
            )
            continue
        sess = r.randrange(1000, 60000)
        x = E(x + secs(r, 1, 3), "daemon.info", "pppd", "PPP session is %d", sess)
        x = E(
            x, "daemon.info", "pppd", "Connected to %s via interface %s", "00:30:88:1a:2b:7c", "wan"
        )
        x = E(x, "daemon.info", "pppd", "Using interface %s", "pppoe-wan")
        x = E(x, "daemon.notice", "pppd", "Connect: %s <--> %s", "pppoe-wan", "wan")
        x = E(x, "daemon.notice", "pppd", "PAP authentication succeeded")
        x = E(
            x,
            "daemon.notice",
            "pppd",
            "peer from calling number %s authorized",
            "00:30:88:1A:2B:7C",
        )
        x = E(x + secs(r, 0.5, 1), "daemon.notice", "pppd", "local  IP address %s", "84.112.37.201")
        x = E(x, "daemon.notice", "pppd", "remote IP address %s", "84.112.32.1")
        x = E(x, "daemon.notice", "pppd", "primary   DNS address %s", "195.34.133.21")
        x = E(x, "daemon.notice", "pppd", "secondary DNS address %s", "212.186.211.21")
        x = E(
            x + secs(r, 0.1, 0.5),
            "daemon.notice",
            "netifd",
            "Network device '%s' link is up",
            "pppoe-wan",
        )
        x = E(x, "daemon.notice", "netifd", "Interface '%s' is now up", "wan")
        x = E(
            x + secs(r, 0.2, 1),
            "daemon.info",
            "dnsmasq",
            "reading %s",
            "/tmp/resolv.conf.d/resolv.conf.auto",
        )
        for ns in ("195.34.133.21", "212.186.211.21"):
            x = E(x, "daemon.info", "dnsmasq", "using nameserver %s#%d", ns, 53)
        x = E(x, "daemon.info", "dnsmasq", "using only locally-known addresses for %s", "test")
        x = E(x, "daemon.info", "dnsmasq", "using only locally-known addresses for %s", "lan")
        E(
            x + secs(r, 0.5, 1),
            "user.notice",
            "firewall",
            "Reloading firewall due to %s of %s (%s)",
            "ifup",
            "wan",
            "pppoe-wan",
        )
        for _ in range(4):
            x = E(
                x + secs(r, 4, 20),
                "daemon.warn",
                "odhcpd",
                "A default route is present but there is no public prefix on %s thus we don't announce a default route by overriding ra_lifetime!",
                "lan",
            )
        x = E(x + secs(r, 10, 20), "daemon.notice", "netifd", "Interface '%s' is now up", "wan6")
        E(
            x + secs(r, 0.5, 1),
            "user.notice",
            "firewall",
            "Reloading firewall due to %s of %s (%s)",
            "ifup",
            "wan6",
            "pppoe-wan",
        )
    return s.logs(t0, {"l": "logread.log"})


# --------------------------------------------------------------------------------- mikrotik

MT_LAN = [
    ("phone-ana", "192.168.88.254"),
    ("laptop-ivo", "192.168.88.253"),
    ("printer", "192.168.88.250"),
    ("pos-terminal", "192.168.88.249"),
    ("desk-3", "192.168.88.248"),
    ("desk-4", "192.168.88.247"),
    ("", "192.168.88.246"),
    ("android-5b1c07e2", "192.168.88.245"),
    ("tablet-shop", "192.168.88.244"),
    ("cam-entrance", "192.168.88.243"),
]
MT_SCANNERS = [
    "45.155.205.233",
    "185.224.128.17",
    "92.63.197.153",
    "141.98.11.61",
    "194.169.175.36",
    "80.94.95.112",
]


def mikrotik(r: random.Random) -> list[Log]:
    """A shop's hAP ax^2 on RouterOS 7.14, June 4 06:00 to June 5 09:00, logging to disk. The
    input chain logs its drops on ether1 (scanners' SYNs, UDP probes, pings). SSH is open to the
    world: bots try logins in waves. The DHCP server serves the shop's devices and, after the
    guests' evening, runs out of its small pool; wireless clients register and leave with a
    reason. Admins log in over winbox and the web and change firewall rules. The DDNS script
    logs each run and fails while the WAN is down. ether1 flaps at 11:02; a power cut at 03:17
    reboots the router."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%b}".lower() + f"/{t:%d/%Y %H:%M:%S} {lvl} "

    s = Sim(1_000_000, ["m"], head)
    t0, t_end = day(4, 6, 0, 1), day(5, 9, 0)
    wan_down = (day(4, 11, 2, 14), day(4, 11, 6, 50))
    power = day(5, 3, 17, 5)
    back = power + timedelta(minutes=23, seconds=12)

    def E(t: datetime, topics: str, fmt: str, *args: object, msg: str | None = None) -> datetime:
        return s.e("m", t, topics, "", fmt, *args, msg=msg, proc="ros")

    def off(t: datetime) -> bool:
        return power <= t < back + timedelta(seconds=40)

    macs = {n: mac(r).upper() for n, _ in MT_LAN}
    # firewall drops
    for x in poisson(r, t0, t_end, 90):
        if off(x) or wan_down[0] <= x < wan_down[1]:
            continue
        src = f"{r.choice([45, 80, 89, 92, 103, 141, 162, 185, 194, 205])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        gw = "4C:5E:0C:11:02:9A"
        pre = f"input: in:ether1 out:(unknown 0), connection-state:new src-mac {gw.lower()}, "
        roll = r.random()
        if roll < 0.7:
            dport = r.choice([22, 23, 3389, 445, 8080, 8291, 5900, 1433, 443, 2323, 8728])
            E(
                x,
                "firewall,info",
                "%s: in:%s out:%s, connection-state:%s src-mac %s, proto TCP (%s), %s:%d->%s:%d, len %d",
                msg=pre
                + f"proto TCP (SYN), {src}:{r.randrange(1024, 65535)}->85.13.144.7:{dport}, len {r.choice([40, 44, 52, 60])}",
            )
        elif roll < 0.9:
            dport = r.choice([53, 123, 161, 1900, 5060, 11211, 500])
            E(
                x,
                "firewall,info",
                "%s: in:%s out:%s, connection-state:%s src-mac %s, proto UDP, %s:%d->%s:%d, len %d",
                msg=pre
                + f"proto UDP, {src}:{r.randrange(1024, 65535)}->85.13.144.7:{dport}, len {r.randrange(28, 480)}",
            )
        else:
            E(
                x,
                "firewall,info",
                "%s: in:%s out:%s, connection-state:%s src-mac %s, proto ICMP (type %d, code %d), %s->%s, len %d",
                msg=pre
                + f"proto ICMP (type 8, code 0), {src}->85.13.144.7, len {r.choice([28, 60, 84])}",
            )
    # SSH brute force in waves
    for w0 in poisson(r, t0, t_end, 6000):
        ip = r.choice(MT_SCANNERS)
        for x in poisson(r, w0, w0 + timedelta(minutes=r.randrange(2, 6)), 7):
            if off(x):
                continue
            user = r.choice(
                ["admin", "root", "user", "support", "ubnt", "test", "mikrotik", "guest"]
            )
            E(
                x,
                "system,error,critical",
                "login failure for user %s from %s via %s",
                user,
                ip,
                "ssh",
            )
    # DHCP and wireless
    wifi = {"phone-ana", "laptop-ivo", "android-5b1c07e2", "tablet-shop", ""}
    reasons = [
        (
            "%s@%s: disconnected, received deauth: sending station leaving (%d), signal strength %d",
            6,
        ),
        ("%s@%s: disconnected, extensive data loss, signal strength %d", 2),
        ("%s@%s: disconnected, group key exchange timeout, signal strength %d", 1),
        ("%s@%s: disconnected, unicast key exchange timeout, signal strength %d", 1),
    ]
    for name, ip in MT_LAN:
        m = macs[name]
        iface = r.choice(["wlan1", "wlan2"])
        every = 1800 if name in wifi else 5400
        x = t0 + secs(r, 0, every)
        while x < t_end:
            if not off(x):
                if name in wifi:
                    x = E(
                        x,
                        "wireless,info",
                        "%s@%s: connected, signal strength %d",
                        m,
                        iface,
                        -r.randrange(48, 80),
                    )
                x = E(
                    x + secs(r, 1, 4),
                    "dhcp,info",
                    "%s assigned %s for %s %s",
                    msg=f"dhcp1 assigned {ip} for {m} {name}".rstrip(),
                )
            stay = timedelta(seconds=r.expovariate(1 / every))
            y = x + stay
            if y >= t_end:
                break
            if not off(y):
                if name in wifi:
                    fmt, _w = r.choices(reasons, [w for _, w in reasons])[0]
                    sig = -r.randrange(60, 88)
                    if "(%d)" in fmt:
                        y = E(y, "wireless,info", fmt, m, iface, 3, sig)
                    else:
                        y = E(y, "wireless,info", fmt, m, iface, sig)
                y = E(
                    y + secs(r, 1, 600),
                    "dhcp,info",
                    "%s deassigned %s for %s %s",
                    msg=f"dhcp1 deassigned {ip} for {m} {name}".rstrip(),
                )
            x = y + timedelta(seconds=r.expovariate(1 / every))
    # guests filling the pool in the evening
    for i, x in enumerate(poisson(r, day(4, 17, 30), day(4, 20, 30), 150)):
        m = mac(r).upper()
        if i < 30:
            E(
                x,
                "dhcp,info",
                "%s assigned %s for %s %s",
                msg=f"dhcp1 assigned 192.168.88.{220 - i} for {m} {r.choice(['iPhone', 'Galaxy-S23', 'Redmi-Note-12', ''])}".rstrip(),
            )
        elif r.random() < 0.6:
            E(
                x,
                "dhcp,critical,error",
                "%s failed to give out IP address: pool <%s> is empty",
                "dhcp1",
                "dhcp_pool0",
            )
        else:
            E(
                x,
                "dhcp,warning",
                "%s offering lease %s for %s without success",
                "dhcp1",
                f"192.168.88.{r.randrange(190, 221)}",
                m,
            )
    # a blocked tablet keeps trying the staff network
    blocked = mac(r).upper()
    for x in poisson(r, day(4, 13, 10), day(4, 13, 40), 40):
        E(x, "wireless,info", "%s@%s: rejected, forbidden by access-list", blocked, "wlan2")
    # the guests' hotspot on wlan3
    for x in poisson(r, day(4, 16, 0), day(4, 22, 0), 420):
        user = f"T-{r.randrange(1000, 9999)}"
        gip = f"10.5.50.{r.randrange(2, 250)}"
        if r.random() < 0.15:
            E(
                x,
                "hotspot,info,debug",
                "%s (%s): login failed: %s",
                user,
                gip,
                "invalid username or password",
            )
            x += secs(r, 10, 40)
        x = E(x, "hotspot,account,info,debug", "%s (%s): logged in", user, gip)
        why = r.choice(
            ["keepalive timeout", "keepalive timeout", "session timeout", "user request"]
        )
        y = x + secs(r, 300, 5400)
        if y < t_end and not off(y):
            E(y, "hotspot,account,info,debug", "%s (%s): logged out: %s", user, gip, why)
    # admins
    for x, via, who in [
        (day(4, 8, 12, 3), "winbox", "192.168.88.253"),
        (day(4, 11, 9, 40), "web", "192.168.88.253"),
        (day(4, 16, 44, 0), "winbox", "10.8.0.6"),
        (day(5, 7, 58, 30), "ssh", "192.168.88.253"),
    ]:
        x = E(x, "system,info,account", "user %s logged in from %s via %s", "admin", who, via)
        for _ in range(r.randrange(1, 4)):
            what = r.choice(["filter rule", "nat rule", "address list entry", "dhcp server lease"])
            act = r.choice(["changed", "added", "removed"])
            x = E(
                x + secs(r, 20, 300),
                "system,info",
                f"%s {act} by %s",
                what,
                f"{via}:admin@{who} (*{r.randrange(2, 40):X} = /{'ip firewall filter' if 'filter' in what else 'ip firewall nat' if 'nat' in what else 'ip firewall address-list' if 'address' in what else 'ip dhcp-server lease'} {'set' if act == 'changed' else 'add' if act == 'added' else 'remove'})",
            )
        E(
            x + secs(r, 60, 600),
            "system,info,account",
            "user %s logged out from %s via %s",
            "admin",
            who,
            via,
        )
    # DDNS script every 10 minutes
    x = t0 + secs(r, 30, 600)
    ip = "85.13.144.7"
    while x < t_end:
        if off(x):
            pass
        elif wan_down[0] <= x < wan_down[1] + timedelta(seconds=30):
            E(
                x,
                "script,error",
                "executing script %s from scheduler failed, please check it manually",
                "ddns-update",
            )
        elif x > back and ip == "85.13.144.7":
            ip = "85.13.151.62"
            E(x, "script,info", "DDNS: IP changed from %s to %s", "85.13.144.7", ip)
            E(x + secs(r, 1, 2), "script,info", "DDNS: update sent for %s", "shop.example.net")
        else:
            E(x, "script,info", "DDNS: IP unchanged (%s)", ip)
        x += secs(r, 599, 601)
    # ether1 flapping
    x = wan_down[0]
    E(
        x - secs(r, 30, 90),
        "interface,warning",
        "%s excessive or late collision, link duplex mismatch?",
        "ether1",
    )
    E(
        x + secs(r, 0.5, 1),
        "dhcp,info",
        "dhcp-client on %s lost IP address %s",
        "ether1",
        "85.13.144.7",
    )
    for _ in range(3):
        x = E(x, "interface,info", "%s link down", "ether1")
        x = E(
            x + secs(r, 2, 40),
            "interface,info",
            "%s link up (speed %s, full duplex)",
            "ether1",
            "1G",
        )
    E(x, "interface,info", "%s link down", "ether1")
    x = E(wan_down[1], "interface,info", "%s link up (speed %s, full duplex)", "ether1", "100M")
    E(
        x + secs(r, 2, 5),
        "dhcp,info",
        "dhcp-client on %s got IP address %s",
        "ether1",
        "85.13.144.7",
    )
    # the power cut
    x = E(
        back,
        "system,error,critical",
        "router was rebooted without proper shutdown, probably power outage",
    )
    x = E(x + secs(r, 2, 4), "interface,info", "%s link up (speed %s, full duplex)", "ether2", "1G")
    x = E(x, "interface,info", "%s link up (speed %s, full duplex)", "ether3", "1G")
    x = E(x + secs(r, 1, 3), "interface,info", "%s link up (speed %s, full duplex)", "ether1", "1G")
    E(
        x + secs(r, 3, 8),
        "dhcp,info",
        "dhcp-client on %s got IP address %s",
        "ether1",
        "85.13.151.62",
    )
    return s.logs(t0, {"m": "log.0.txt"})


# --------------------------------------------------------------------------------- unifi

UF_DEVICES = [
    # (name, model, firmware, kind)
    ("U6-Pro-Office", "UAP6MP", "6.6.55", "AP"),
    ("U6-Lite-Lobby", "UAL6", "6.6.55", "AP"),
    ("UAP-AC-Pro-Store", "U7PG2", "6.5.62", "AP"),
    ("US-8-60W", "US860W", "7.0.50", "Switch"),
]
UF_SSIDS = ["Office", "Office", "Office", "Guest"]
UF_CHANNELS = [(36, "na"), (44, "na"), (1, "ng"), (6, "ng"), (11, "ng"), (149, "na")]
UF_MONGO = "Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=127.0.0.1:27117, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused}}]"
UF_STACK = [
    "\tat com.mongodb.internal.connection.BaseCluster.createTimeoutException(BaseCluster.java:380)",
    "\tat com.mongodb.internal.connection.BaseCluster.selectServer(BaseCluster.java:122)",
    "\tat com.mongodb.internal.connection.SingleServerCluster.selectServer(SingleServerCluster.java:46)",
    "\tat com.mongodb.internal.binding.ClusterBinding.getReadConnectionSource(ClusterBinding.java:116)",
    "\tat com.mongodb.client.internal.MongoClientDelegate$DelegateOperationExecutor.getReadWriteBinding(MongoClientDelegate.java:251)",
    "\tat com.mongodb.client.internal.MongoClientDelegate$DelegateOperationExecutor.execute(MongoClientDelegate.java:190)",
    "\tat com.mongodb.client.internal.MongoCollectionImpl.executeFindOneAndUpdate(MongoCollectionImpl.java:802)",
    "\tat com.ubnt.service.db.DbService.update(Unknown Source)",
    "\tat com.ubnt.net.inform.InformHandler.handle(Unknown Source)",
    "\tat com.ubnt.net.inform.InformServlet.doPost(Unknown Source)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:555)",
    "\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def unifi(r: random.Random) -> list[Log]:
    """A small office's UniFi Network Application 8.1 on a Debian VM, 06:00 to 20:00. Three
    access points and a switch inform every three minutes in the log; 32 clients connect,
    roam and leave on the Office and Guest SSIDs. An admin logs in twice (one mistyped
    password) and a Home Assistant integration's session expires. At 09:30 a new switch is
    adopted; at 12:00 two APs are upgraded (each disconnects and comes back); the lobby AP
    misses heartbeats at 10:44. At 14:05 the bundled MongoDB dies: informs fail with the
    driver's timeout and stack until the watchdog restarts the application at 14:11."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, logger = ctx.split("|")
        return f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}] <{thread}> {lvl:<5} {logger:<6} - "

    s = Sim(1000, ["u"], head)
    t0, t_end = at(6, 0, 2), at(20, 0)
    db_dead, restart = at(14, 5, 12), at(14, 11, 40)
    up = restart + timedelta(seconds=40)
    devs = {d[0]: (mac(r), d) for d in UF_DEVICES}
    dev_ip = {d[0]: f"192.168.1.{10 + i}" for i, d in enumerate(UF_DEVICES)}
    fw = {d[0]: d[2] for d in UF_DEVICES}

    def E(
        t: datetime, thread: str, lvl: str, logger: str, fmt: str, *args: object, **kw
    ) -> datetime:
        return s.e("u", t, lvl, f"{thread}|{logger}", fmt, *args, proc=thread, **kw)

    def inf() -> str:
        return f"inform-{r.randrange(1, 24)}"

    def dead(t: datetime) -> bool:
        return db_dead <= t < up

    def banner(t: datetime) -> datetime:
        bar = "=" * 70
        t = E(t, "launcher", "INFO", "system", bar)
        t = E(
            t,
            "launcher",
            "INFO",
            "system",
            "UniFi %s (build %s) is started",
            "8.1.127",
            "atag_8.1.127_24890 - release/release",
        )
        t = E(t, "launcher", "INFO", "system", bar)
        t = E(t, "launcher", "INFO", "system", "BASE dir:%s", "/usr/lib/unifi")
        t = E(t, "launcher", "INFO", "system", "Current System IP: %s", "192.168.1.2")
        t = E(t, "launcher", "INFO", "system", "Hostname: %s", "unifi")
        t = E(
            t + secs(r, 0.5, 2),
            "db-server",
            "INFO",
            "db",
            "Starting DB Server (%s)",
            "mongod --dbpath /usr/lib/unifi/data/db --port 27117 --unixSocketPrefix /usr/lib/unifi/run --logappend --logpath /usr/lib/unifi/logs/mongod.log --pidfilepath /usr/lib/unifi/run/mongod.pid --bind_ip 127.0.0.1",
        )
        t = E(t + secs(r, 2, 5), "launcher", "INFO", "db", "waiting for db connection...")
        t = E(t + secs(r, 1, 3), "launcher", "INFO", "db", "*** Connection to DB established ***")
        t = E(
            t + secs(r, 5, 12),
            "launcher",
            "INFO",
            "system",
            "Valid system IP(s): %s",
            "192.168.1.2",
        )
        return E(t + secs(r, 1, 3), "launcher", "INFO", "system", "Default site is %s", "default")

    banner(t0 - timedelta(seconds=40))
    # informs
    for name, (m, (_n, model, _fw, _k)) in devs.items():
        x = t0 + secs(r, 0, 300)
        while x < t_end:
            if not dead(x) and not (name == "U6-Lite-Lobby" and at(10, 44) <= x < at(10, 53)):
                state = "CONNECTED"
                E(
                    x,
                    inf(),
                    "INFO",
                    "inform",
                    "from [%s](%s, %s, %s): state=%s, last_inform=%d, ext/stun_ip=%s, dev_ip=%s, dev_uptime=%d",
                    m,
                    name,
                    model,
                    fw[name],
                    state,
                    r.randrange(2, 12),
                    "84.112.37.201",
                    dev_ip[name],
                    int((x - at(0, 0)).total_seconds()) + 86400 * 9,
                )
            elif dead(x) and x < restart:
                E(
                    x,
                    inf(),
                    "ERROR",
                    "inform",
                    "inform failed: %s",
                    msg="inform failed: com.mongodb.MongoTimeoutException: " + UF_MONGO,
                    cont=UF_STACK,
                )
            x += secs(r, 179, 181)
    # clients
    clients = [(mac(r), r.randrange(4)) for _ in range(32)]
    aps = [d for d in UF_DEVICES if d[3] == "AP"]
    for cm, ssid_i in clients:
        x = t0 + secs(r, 0, 4000)
        while x < t_end:
            ap = r.choice(aps)
            ch = r.choice(UF_CHANNELS)
            ssid = UF_SSIDS[ssid_i]
            if not dead(x):
                E(
                    x,
                    inf(),
                    "INFO",
                    "event",
                    '[event] User[%s] has connected to AP[%s] with SSID "%s" on "channel %d(%s)"',
                    cm,
                    devs[ap[0]][0],
                    ssid,
                    ch[0],
                    ch[1],
                )
            stay = r.expovariate(1 / 3000)
            y = x
            for _ in range(r.choices([0, 1, 2], [5, 3, 1])[0]):
                y += timedelta(seconds=stay / 3)
                ap2 = r.choice([a for a in aps if a != ap])
                ch2 = r.choice(UF_CHANNELS)
                if not dead(y) and y < t_end:
                    E(
                        y,
                        inf(),
                        "INFO",
                        "event",
                        '[event] User[%s] roams from AP[%s] to AP[%s] from "channel %d(%s)" to "channel %d(%s)"',
                        cm,
                        devs[ap[0]][0],
                        devs[ap2[0]][0],
                        ch[0],
                        ch[1],
                        ch2[0],
                        ch2[1],
                    )
                ap, ch = ap2, ch2
            y = x + timedelta(seconds=stay)
            if y >= t_end:
                break
            if not dead(y):
                mins = int(stay // 60)
                dur = f"{mins // 60}h {mins % 60}m" if mins >= 60 else f"{mins}m {int(stay % 60)}s"
                E(
                    y,
                    inf(),
                    "INFO",
                    "event",
                    '[event] User[%s] disconnected from "%s" (%s connected, %s bytes, last AP[%s])',
                    cm,
                    ssid,
                    dur,
                    f"{r.uniform(0.1, 900):.2f}M",
                    devs[ap[0]][0],
                )
            x = y + timedelta(seconds=r.expovariate(1 / 2500))
    # the admin
    for x in [at(8, 55, 3), at(15, 2, 44)]:
        if x == at(8, 55, 3):
            E(x - secs(r, 6, 12), "webapi-3", "WARN", "api", "[api.err.Invalid] %s", "/api/login")
        x = E(
            x,
            "webapi-3",
            "INFO",
            "event",
            "[event] Admin[%s] log in from %s",
            "admin",
            "192.168.1.131",
        )
        for _ in range(r.randrange(3, 8)):
            x += secs(r, 20, 200)
            E(
                x,
                f"webapi-{r.randrange(1, 9)}",
                "WARN",
                "api",
                "[api.err.NoSiteContext] %s",
                r.choice(["/api/s/stat/device", "/api/s/stat/health"]),
            )
    # Home Assistant's expired session, every poll for an hour
    x = at(16, 10, 3)
    while x < at(17, 12):
        E(
            x,
            f"webapi-{r.randrange(1, 9)}",
            "WARN",
            "api",
            "[api.err.LoginRequired] %s",
            r.choice(
                [
                    "/api/s/default/stat/sta",
                    "/api/s/default/stat/device",
                    "/api/s/default/stat/health",
                ]
            ),
        )
        x += secs(r, 29.5, 30.5)
    # adoption
    nm = mac(r)
    x = at(9, 28, 10)
    for _ in range(3):
        x = E(
            x,
            inf(),
            "INFO",
            "inform",
            "from [%s](%s, %s, %s): state=%s, last_inform=%d, ext/stun_ip=%s, dev_ip=%s, dev_uptime=%d",
            nm,
            "USW-Lite-16-PoE",
            "USL16LP",
            "6.5.59",
            "PENDING",
            10,
            "84.112.37.201",
            "192.168.1.14",
            r.randrange(60, 300),
        )
        x += secs(r, 10, 20)
    x = E(
        at(9, 30, 2),
        "webapi-5",
        "INFO",
        "dev",
        "[adopt] request from admin for %s (%s)",
        nm,
        "USL16LP",
    )
    x = E(
        x + secs(r, 5, 12),
        inf(),
        "INFO",
        "dev",
        "[state] dev[%s] state: %s -> %s",
        nm,
        "PENDING",
        "ADOPTING",
    )
    x = E(
        x + secs(r, 20, 40),
        inf(),
        "INFO",
        "dev",
        "[state] dev[%s] state: %s -> %s",
        nm,
        "ADOPTING",
        "PROVISIONING",
    )
    x = E(
        x + secs(r, 20, 40),
        inf(),
        "INFO",
        "dev",
        "[state] dev[%s] state: %s -> %s",
        nm,
        "PROVISIONING",
        "CONNECTED",
    )
    E(x, inf(), "INFO", "event", "[event] Switch[%s] was adopted", nm)
    # heartbeats missed
    lm = devs["U6-Lite-Lobby"][0]
    x = E(
        at(10, 45, 31),
        inf(),
        "WARN",
        "dev",
        "[state] dev[%s] state: %s -> %s",
        lm,
        "CONNECTED",
        "HEARTBEAT_MISSED",
    )
    x = E(x + secs(r, 60, 120), inf(), "INFO", "event", "[event] AP[%s] was disconnected", lm)
    x = E(
        at(10, 53, 5),
        inf(),
        "INFO",
        "dev",
        "[state] dev[%s] state: %s -> %s",
        lm,
        "HEARTBEAT_MISSED",
        "CONNECTED",
    )
    E(x, inf(), "INFO", "event", "[event] AP[%s] was connected", lm)
    # upgrades
    x = at(12, 0, 4)
    for name in ["UAP-AC-Pro-Store", "U6-Lite-Lobby"]:
        dm = devs[name][0]
        old = fw[name]
        new = "6.6.65"
        x = E(x, "webapi-2", "INFO", "dev", "[upgrade] %s: upgrading from %s to %s", dm, old, new)
        x = E(
            x + secs(r, 1, 3),
            inf(),
            "INFO",
            "dev",
            "[state] dev[%s] state: %s -> %s",
            dm,
            "CONNECTED",
            "UPGRADING",
        )
        x = E(x + secs(r, 90, 150), inf(), "INFO", "event", "[event] AP[%s] was disconnected", dm)
        fw[name] = new
        x = E(
            x + secs(r, 60, 120),
            inf(),
            "INFO",
            "dev",
            "[state] dev[%s] state: %s -> %s",
            dm,
            "UPGRADING",
            "CONNECTED",
        )
        x = E(
            x, inf(), "INFO", "event", '[event] AP[%s] was upgraded from "%s" to "%s"', dm, old, new
        )
        x = E(x + secs(r, 0.1, 1), inf(), "INFO", "event", "[event] AP[%s] was connected", dm)
    # the database dies
    x = E(db_dead, "db-server", "WARN", "db", "DB server stopped unexpectedly (rc=%d)", 14)
    x = E(x + secs(r, 0.5, 1), "db-server", "INFO", "db", "DbServer stopped")
    for _k in range(1, 4):
        x = E(
            x + secs(r, 25, 35),
            "db-server",
            "INFO",
            "db",
            "Starting DB Server (%s)",
            "mongod --dbpath /usr/lib/unifi/data/db --port 27117 --unixSocketPrefix /usr/lib/unifi/run --logappend --logpath /usr/lib/unifi/logs/mongod.log --pidfilepath /usr/lib/unifi/run/mongod.pid --bind_ip 127.0.0.1",
        )
        x = E(x + secs(r, 1, 3), "db-server", "ERROR", "system", "[exec] error, rc=%d", 14)
        x = E(x, "db-server", "WARN", "db", "DB server stopped unexpectedly (rc=%d)", 14)
    for y in poisson(r, db_dead + timedelta(seconds=30), restart, 20):
        E(
            y,
            f"webapi-{r.randrange(1, 9)}",
            "ERROR",
            "api",
            "Internal server error: %s",
            msg="Internal server error: com.mongodb.MongoTimeoutException: " + UF_MONGO,
            cont=[
                *UF_STACK[:7],
                "\tat com.ubnt.service.db.DbService.find(Unknown Source)",
                "\tat com.ubnt.ace.webapi.ApiServlet.service(Unknown Source)",
                "\tat java.base/java.lang.Thread.run(Thread.java:840)",
            ],
        )
    x = E(
        restart - secs(r, 3, 5),
        "launcher",
        "WARN",
        "system",
        "watchdog: database unreachable for %d seconds, restarting",
        int((restart - db_dead).total_seconds()),
    )
    E(restart - secs(r, 1, 2), "launcher", "INFO", "system", "Stopping UniFi...")
    banner(restart)
    return s.logs(t0, {"u": "server.log"})


# --------------------------------------------------------------------------------- kodi

KODI_ADDONS = [
    ("audioencoder.kodi.builtin.aac", "1.0.2"),
    ("inputstream.adaptive", "21.4.4"),
    ("inputstream.ffmpegdirect", "21.3.5"),
    ("metadata.themoviedb.org.python", "2.1.0"),
    ("metadata.tvshows.themoviedb.org.python", "1.6.8"),
    ("plugin.video.youtube", "7.0.6.3"),
    ("plugin.video.arteplussept", "1.4.2"),
    ("pvr.hts", "21.2.3"),
    ("resource.language.de_de", "11.0.70"),
    ("script.module.requests", "2.31.0"),
    ("script.module.routing", "0.2.3+matrix.1"),
    ("service.xbmc.versioncheck", "0.5.30"),
    ("skin.estuary", "21.0.3"),
    ("weather.multi", "0.0.24"),
]
KODI_MOVIES = [
    "smb://NAS/media/Movies/Dune Part Two (2024)/Dune.Part.Two.2024.2160p.mkv",
    "smb://NAS/media/Movies/Past Lives (2023)/Past.Lives.2023.1080p.mkv",
    "smb://NAS/media/TV/Slow Horses/Season 03/Slow.Horses.S03E04.1080p.mkv",
    "smb://NAS/media/TV/Slow Horses/Season 03/Slow.Horses.S03E05.1080p.mkv",
    "smb://NAS/media/TV/Bluey/Season 02/Bluey.S02E17.720p.mkv",
    "smb://NAS/media/TV/Bluey/Season 02/Bluey.S02E18.720p.mkv",
]
KODI_PLUGIN = [
    "plugin://plugin.video.youtube/play/?video_id=9bZkp7q19f0",
    "plugin://plugin.video.arteplussept/play/SHOW/116247-000-A",
]


def kodi(r: random.Random) -> list[Log]:
    """Kodi 21.0 on a living-room box, 18:30 to 23:48. It starts (the banner, paths, fourteen
    add-ons, the web server, the PVR manager and Tvheadend); the family browses and plays films
    and episodes from the NAS and videos from two add-ons; artwork and scraper fetches fail
    (404s, a timeout); HEVC references are missing in one file (ffmpeg's warnings and `Previous
    line repeats`); the NAS has spun down at 20:40 and one film fails to open; the Tvheadend
    backend restarts at 21:30; debug logging is on from 21:38 to 22:40; an add-on's listing
    crashes twice with a Python exception; Kodi is quit at 23:48."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} T:{ctx:<5} {lvl:>7} <general>: "

    s = Sim(1000, ["k"], head)
    t0, t_end = at(18, 30, 4), at(23, 48, 0)
    pad = " " * len(head(t0, "info", "31415"))
    main = "31415"
    state = {"tid": 31700}

    def E(
        t: datetime,
        lvl: str,
        fmt: str,
        *args: object,
        tid: str = main,
        msg: str | None = None,
        **kw,
    ) -> datetime:
        text = msg if msg is not None else fill(fmt, *args)
        return s.e("k", t, lvl, tid, fmt, msg=text.replace("\n", "\n" + pad), **kw)

    def newtid() -> str:
        state["tid"] += r.randrange(3, 40)
        return str(state["tid"])

    # start-up
    x = E(t0, "info", "-----------------------------------------------------------------------")
    x = E(
        x,
        "info",
        "Starting Kodi (%s). Platform: %s %s %d-bit",
        "21.0 (21.0.0) Git:20240403-b11b1ec0d2",
        "Linux",
        "x86",
        64,
    )
    x = E(
        x,
        "info",
        "Kodi compiled %s by %s for %s %s %d-bit %s (%s)",
        "2024-04-04",
        "GCC 13.2.0",
        "Linux",
        "x86",
        64,
        "version 6.8.0",
        "395264",
    )
    x = E(
        x,
        "info",
        "Running on %s, kernel: %s %s %d-bit version %s",
        "Ubuntu 24.04 LTS",
        "Linux",
        "x86",
        64,
        "6.8.0-31-generic",
    )
    for sp, path in [
        ("xbmc", "/usr/share/kodi"),
        ("xbmcbin", "/usr/lib/x86_64-linux-gnu/kodi"),
        ("xbmcbinaddons", "/usr/lib/x86_64-linux-gnu/kodi/addons"),
        ("masterprofile", "/home/kodi/.kodi/userdata"),
        ("home", "/home/kodi/.kodi/"),
        ("temp", "/home/kodi/.kodi/temp"),
    ]:
        x = E(x, "info", "special://%s/ is mapped to: %s", sp, path)
    x = E(x, "info", "Log File is located: %s", "/home/kodi/.kodi/temp/kodi.log")
    x = E(x, "info", "-----------------------------------------------------------------------")
    x += secs(r, 0.5, 1.2)
    for a, v in KODI_ADDONS:
        x = E(x, "info", "CAddonMgr::FindAddons: %s v%s installed", a, v)
    x = E(x + secs(r, 0.5, 1), "info", "WebServer[%d]: Started", 8080)
    x = E(x + secs(r, 0.2, 1), "info", "PVR Manager: Starting")
    pvr = newtid()

    def pvr_connect(x: datetime) -> datetime:
        x = E(x, "info", "AddOnLog: pvr.hts: connecting to %s:%d", "192.168.1.5", 9982, tid=pvr)
        x = E(
            x + secs(r, 0.05, 0.2),
            "info",
            "AddOnLog: pvr.hts: connected to '%s' (%s), version %s, HTSP version %d",
            "tvheadend",
            "192.168.1.5:9982",
            "4.3-2374~g1f4ca9e43",
            35,
            tid=pvr,
        )
        return E(
            x + secs(r, 0.5, 2), "info", "AddOnLog: pvr.hts: async updates initialised", tid=pvr
        )

    x = pvr_connect(x)
    x = E(x + secs(r, 1, 3), "info", "PVR Manager: Started")

    # playback
    def play(x: datetime, path: str, long: bool) -> datetime:
        x = E(x, "info", "VideoPlayer::OpenFile: %s", path)
        vp = newtid()
        x = E(x + secs(r, 0.01, 0.05), "info", "Creating InputStream", tid=vp)
        if path.startswith("smb://") and at(20, 40) <= x < at(20, 42):
            x = E(
                x + secs(r, 8, 12),
                "error",
                "SMBFile->Open: Unable to open file : '%s'\nunix_err:'%x' error : '%s'",
                path,
                0x6E,
                "Connection timed out",
                tid=vp,
            )
            x = E(x, "error", "CVideoPlayer::OpenInputStream - error opening [%s]", path, tid=vp)
            x = E(x + secs(r, 0.01, 0.1), "info", "CVideoPlayer::OnExit()", tid=vp)
            return E(
                x + secs(r, 0.01, 0.1),
                "info",
                "Playlist Player: skipping unplayable item: %i, path [%s]",
                0,
                path,
            )
        x = E(x + secs(r, 0.05, 0.3), "info", "Creating Demuxer", tid=vp)
        x = E(x + secs(r, 0.05, 0.4), "info", "Opening stream: %d source: %d", 0, 256, tid=vp)
        codec = "hevc" if "2160p" in path or "youtube" in path else "h264"
        x = E(
            x,
            "info",
            "Creating video codec with codec id: %d",
            173 if codec == "hevc" else 27,
            tid=vp,
        )
        x = E(
            x + secs(r, 0.01, 0.1),
            "info",
            "CDVDVideoCodecFFmpeg::Open() Using codec: %s",
            codec,
            tid=vp,
        )
        x = E(x, "info", "Creating video thread", tid=vp)
        vt = newtid()
        x = E(x, "info", "running thread: video_thread", tid=vt)
        x = E(x, "info", "Opening stream: %d source: %d", 1, 256, tid=vp)
        ac = r.choice([(86019, "ac3"), (86056, "eac3"), (86018, "aac")])
        x = E(x, "info", "Finding audio codec for: %i", ac[0], tid=vp)
        x = E(
            x,
            "info",
            "CDVDAudioCodecFFmpeg::Open() Successful opened audio decoder %s",
            ac[1],
            tid=vp,
        )
        x = E(x, "info", "Creating audio thread", tid=vp)
        at_ = newtid()
        x = E(x, "info", "running thread: CVideoPlayerAudio::Process()", tid=at_)
        x = (
            E(x + secs(r, 0.2, 0.6), "info", "CVideoPlayerAudio::Process - stream changed", tid=at_)
            if r.random() < 0.3
            else x
        )
        if "Past.Lives" in path:
            y = x + secs(r, 60, 300)
            for _ in range(3):
                y = E(
                    y,
                    "warning",
                    "ffmpeg[%X]: [%s] Could not find ref with POC %d",
                    int(vt),
                    "h264",
                    r.randrange(1, 60),
                    tid=vt,
                )
                y = E(
                    y + secs(r, 0.01, 0.05),
                    "warning",
                    "Previous line repeats %d times.",
                    r.randrange(2, 40),
                    tid=vt,
                )
                y += secs(r, 300, 900)
        dur = r.uniform(1500, 6000) if long else r.uniform(120, 900)
        y = x + timedelta(seconds=dur)
        y = E(y, "info", "CVideoPlayer::CloseFile()")
        y = E(y, "info", "VideoPlayer: waiting for threads to exit", tid=vp)
        y = E(y + secs(r, 0.01, 0.1), "info", "CVideoPlayer::OnExit()", tid=vp)
        y = E(y, "info", "Closing stream player %d", 1, tid=vp)
        y = E(y, "info", "Closing stream player %d", 2, tid=vp)
        return E(y + secs(r, 0.05, 0.2), "info", "VideoPlayer: finished waiting")

    x = at(18, 41, 10)
    queue = [
        (KODI_MOVIES[4], False),
        (KODI_MOVIES[5], False),
        (KODI_PLUGIN[0], False),
        (KODI_PLUGIN[0], False),
        (KODI_MOVIES[1], True),
        (KODI_MOVIES[0], True),
        (KODI_PLUGIN[1], False),
        (KODI_MOVIES[2], True),
        (KODI_MOVIES[3], True),
        (KODI_PLUGIN[0], False),
    ]
    for i, (path, long) in enumerate(queue):
        if i == 5:
            x = at(20, 40, 30)
            play(x, path, long)
            x = at(20, 43, 0)
        x = play(x, path, long) + secs(r, 30, 300)
        if x > at(23, 40):
            break
    # fetches failing
    for y in poisson(r, at(18, 35), at(23, 40), 32):
        img = f"https://image.tmdb.org/t/p/original/{hexid(r, 6)}{r.choice(['abc', 'XYZ', 'q3d'])}.jpg"
        roll = r.random()
        if roll < 0.55:
            E(
                y,
                "error",
                "CCurlFile::Stat - Failed: HTTP response code said error(%d) for %s",
                22,
                img,
                tid=newtid(),
            )
        elif roll < 0.8:
            E(
                y,
                "error",
                "CCurlFile::Open - <%s> Failed with code %d:\n%s",
                img,
                404,
                "<html><head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n</body>\n</html>",
                tid=newtid(),
            )
        else:
            E(
                y,
                "error",
                "CCurlFile::FillBuffer - Failed: %s(%d)",
                "Timeout was reached",
                28,
                tid=newtid(),
            )
    # the PVR backend restarts
    x = E(
        at(21, 30, 12),
        "error",
        "AddOnLog: pvr.hts: Command %s failed: %s",
        "getEvents",
        "No response received",
        tid=pvr,
    )
    x = E(x + secs(r, 0.1, 0.3), "warning", "AddOnLog: pvr.hts: connection lost", tid=pvr)
    for _ in range(4):
        x = E(
            x + secs(r, 5, 6),
            "info",
            "AddOnLog: pvr.hts: connecting to %s:%d",
            "192.168.1.5",
            9982,
            tid=pvr,
        )
        x = E(
            x + secs(r, 0.01, 0.05),
            "error",
            "AddOnLog: pvr.hts: failed to connect to %s:%d (%s)",
            "192.168.1.5",
            9982,
            "Connection refused",
            tid=pvr,
        )
    pvr_connect(x + secs(r, 5, 6))
    # weather and version check scripts
    for y in poisson(r, at(18, 45), at(23, 40), 400):
        lt = newtid()
        z = E(y, "info", "initializing python engine.", tid=lt)
        E(
            z + secs(r, 1, 4),
            "info",
            "CPythonInvoker(%d, %s): script successfully run",
            r.randrange(2, 80),
            "/home/kodi/.kodi/addons/weather.multi/default.py",
            tid=lt,
        )
    # debug on
    y = E(at(21, 38, 3), "info", "Enabled debug logging due to GUI setting. Level %d.", 2)
    while y < at(22, 40):
        pick = r.random()
        if pick < 0.4:
            k = r.choice(
                [
                    ("right", 0xF083, "Right"),
                    ("left", 0xF082, "Left"),
                    ("down", 0xF081, "Down"),
                    ("up", 0xF080, "Up"),
                    ("return", 0xF00D, "Select"),
                    ("backspace", 0xF008, "Back"),
                ]
            )
            y = E(
                y,
                "debug",
                "OnKey: %s (%#02x) pressed, window %i, action is %s",
                k[0],
                k[1],
                r.choice([10025, 10000, 12003]),
                k[2],
            )
        elif pick < 0.6:
            win = r.choice(
                ["MyVideoNav.xml", "DialogVideoInfo.xml", "Home.xml", "DialogContextMenu.xml"]
            )
            y = E(y, "debug", "------ Window Init (%s) ------", win)
            y = E(y + secs(r, 1, 20), "debug", "------ Window Deinit (%s) ------", win)
        elif pick < 0.8:
            d = r.choice(
                [
                    "videodb://movies/titles/",
                    "videodb://tvshows/titles/",
                    "smb://NAS/media/Movies/",
                    "plugin://plugin.video.youtube/",
                ]
            )
            y = E(y, "debug", "CGUIMediaWindow::GetDirectory (%s)", d)
            y = E(y, "debug", "  ParentPath = [%s]", d.rsplit("/", 2)[0] + "/")
        else:
            y = E(
                y,
                "debug",
                "CAnnouncementManager - Announcement: %s from %s",
                r.choice(
                    [
                        "OnScreensaverActivated",
                        "OnScreensaverDeactivated",
                        "OnPlay",
                        "OnStop",
                        "OnPause",
                    ]
                ),
                "xbmc",
            )
        y += secs(r, 0.5, 4.5)
    E(y, "info", "Disabled debug logging due to GUI setting. Level %d.", 1)
    # the add-on's exception
    for y in [at(22, 41, 17), at(22, 41, 40)]:
        lt = newtid()
        url = "plugin://plugin.video.arteplussept/?action=list_category&category=CIN"
        tb = "\n".join(
            [
                "-->Python callback/script returned the following error<--",
                " - NOTE: IGNORING THIS CAN LEAD TO MEMORY LEAKS!",
                "Error Type: <class 'KeyError'>",
                "Error Contents: 'zones'",
                "Traceback (most recent call last):",
                '  File "/home/kodi/.kodi/addons/plugin.video.arteplussept/addon.py", line 58, in <module>',
                "    plugin.run()",
                '  File "/home/kodi/.kodi/addons/script.module.routing/lib/routing.py", line 123, in run',
                "    self._dispatch(self.path)",
                '  File "/home/kodi/.kodi/addons/plugin.video.arteplussept/resources/lib/view.py", line 211, in build_category',
                "    for zone in data['zones']:",
                "KeyError: 'zones'",
                "-->End of Python script error report<--",
            ]
        )
        z = E(
            y,
            "error",
            "EXCEPTION Thrown (PythonToCppException) : %s",
            msg="EXCEPTION Thrown (PythonToCppException) : " + tb,
            tid=lt,
        )
        z = E(z + secs(r, 0.01, 0.1), "error", "GetDirectory - Error getting %s", url)
        E(z, "error", "CGUIMediaWindow::GetDirectory(%s) failed", url)
    # shutdown
    x = E(t_end, "info", "Stopping player")
    x = E(x, "info", "Saving settings")
    x = E(x + secs(r, 0.1, 0.3), "info", "PVR Manager: Stopping")
    x = E(x + secs(r, 0.2, 0.6), "info", "PVR Manager: Stopped")
    x = E(x + secs(r, 0.5, 1), "info", "Application stopped")
    return s.logs(t0, {"k": "kodi.log"})


# --------------------------------------------------------------------------------- nut

NUT_UNIT = "Network UPS Tools - device driver for NUT device 'ups'"
NUT_MON = "Network UPS Tools - power device monitor and shutdown controller"
NUT_SRV = "Network UPS Tools - power devices information server"


def nut(r: random.Random) -> list[Log]:
    """A NAS (Debian 12, NUT 2.8.0) with an APC Back-UPS ES 700 on USB, June 1 09:14 to June 6
    08:00. At the first boot udev has no rule for the UPS: the driver cannot open it and
    systemd restarts it every 15 seconds while upsmon fails to poll; at 09:18 the admin adds the
    rule and the driver starts. From then on the APC's USB stalls every hour or two (the
    driver's interrupt read fails, upsd marks the data stale, upsmon's polls fail and after the
    dead time it declares communications lost; the kernel re-enumerates the device and the
    driver reconnects), the line browns out now and then (on battery for seconds, upssched's
    timer started and cancelled), and on June 4 at 19:03 the power goes for good: the timer
    fires, the battery runs low, upsmon sets FSD and shuts the NAS down, the driver tells the
    UPS to switch off; the power is back at 20:10 and the NAS boots."""

    t0, t_end = day(1, 9, 14, 2), day(6, 8, 0)
    boots = [day(1, 9, 13, 31), day(4, 20, 11, 2)]

    def head(t: datetime, lvl: str, ctx: str) -> str:
        h = f"{syslog_ts(t)} nas {ctx}: "
        if ctx == "kernel":
            b = max(x for x in boots if x <= t)
            up = (t - b).total_seconds()
            h += f"[{up:12.6f}] "
        return h

    s = Sim(1_000_000, ["s"], head)
    pid = {
        "usbhid-ups": 1041,
        "upsd": 1102,
        "upsmon": 1110,
        "upssched": 0,
        "upsdrvctl": 1036,
        "systemd": 1,
    }

    def E(t: datetime, ident: str, fmt: str, *args: object, **kw) -> datetime:
        ctx = "kernel" if ident == "kernel" else f"{ident}[{pid[ident]}]"
        return s.e("s", t, "", ctx, fmt, *args, **kw)

    def newpid(ident: str) -> None:
        pid[ident] = r.randrange(1200, 30000)

    dev = {"n": 2, "hid": 2}
    ups = "ups@localhost"

    def driver_start(x: datetime, ok: bool) -> datetime:
        newpid("upsdrvctl")
        x = E(x, "systemd", "Starting nut-driver@ups.service - %s...", NUT_UNIT)
        x = E(
            x + secs(r, 0.05, 0.2),
            "upsdrvctl",
            "Network UPS Tools - UPS driver controller %s",
            "2.8.0",
        )
        newpid("usbhid-ups")
        x = E(
            x + secs(r, 0.01, 0.05),
            "usbhid-ups",
            "Network UPS Tools - Generic HID driver %s (%s)",
            "0.47",
            "2.8.0",
        )
        x = E(x, "usbhid-ups", "USB communication driver (libusb 1.0) %s", "0.43")
        if not ok:
            x = E(
                x + secs(r, 0.05, 0.2),
                "usbhid-ups",
                "libusb1: Could not open any HID devices: insufficient permissions on everything",
            )
            x = E(x, "usbhid-ups", "No matching HID UPS found")
            x = E(
                x + secs(r, 0.01, 0.05), "upsdrvctl", "Driver failed to start (exit status=%d)", 1
            )
            x = E(
                x,
                "systemd",
                "nut-driver@ups.service: Control process exited, code=exited, status=%d/%s",
                1,
                "FAILURE",
            )
            x = E(x, "systemd", "nut-driver@ups.service: Failed with result '%s'.", "exit-code")
            return E(x, "systemd", "Failed to start nut-driver@ups.service - %s.", NUT_UNIT)
        x = E(x + secs(r, 0.3, 0.9), "usbhid-ups", "Using subdriver: %s", "APC HID 0.100")
        return E(x + secs(r, 0.5, 1), "systemd", "Started nut-driver@ups.service - %s.", NUT_UNIT)

    def upsd_start(x: datetime, driver: bool) -> datetime:
        newpid("upsd")
        x = E(x + secs(r, 0.05, 0.2), "upsd", "Network UPS Tools upsd %s", "2.8.0")
        x = E(x, "upsd", "listening on %s port %s", "127.0.0.1", "3493")
        x = E(x, "upsd", "listening on %s port %s", "::1", "3493")
        if driver:
            x = E(x, "upsd", "Connected to UPS [%s]: %s", "ups", "usbhid-ups-ups")
        else:
            x = E(
                x,
                "upsd",
                "Can't connect to UPS [%s] (%s): %s",
                "ups",
                "usbhid-ups-ups",
                "No such file or directory",
            )
        x = E(x, "upsd", "Found %d UPS defined in ups.conf", 1)
        x = E(x, "upsd", "Startup successful")
        return E(x, "systemd", "Started nut-server.service - %s.", NUT_SRV)

    def upsmon_start(x: datetime) -> datetime:
        newpid("upsmon")
        x = E(x, "upsmon", "Using power down flag file %s", "/etc/killpower")
        x = E(x, "upsmon", "UPS: %s (primary) (power value %d)", ups, 1)
        x = E(x, "upsmon", "Init SSL without certificate database")
        x = E(x, "systemd", "Started nut-monitor.service - %s.", NUT_MON)
        return E(
            x + secs(r, 0.1, 0.3),
            "upsd",
            "User %s@%s logged into UPS [%s]",
            "upsmon",
            "127.0.0.1",
            "ups",
        )

    def usb_enum(x: datetime) -> datetime:
        dev["n"] += 1
        dev["hid"] += 1
        x = E(
            x,
            "kernel",
            "usb %s: new %s USB device number %d using %s",
            "1-4",
            "full-speed",
            dev["n"],
            "xhci_hcd",
        )
        x = E(
            x + secs(r, 0.1, 0.2),
            "kernel",
            "usb %s: New USB device found, idVendor=%04x, idProduct=%04x, bcdDevice=%2x.%02x",
            "1-4",
            0x051D,
            0x0002,
            1,
            6,
        )
        x = E(x, "kernel", "usb %s: Product: %s", "1-4", "Back-UPS ES 700G FW:871.O4 .I USB FW:O4")
        return E(
            x + secs(r, 0.01, 0.1),
            "kernel",
            "%s %s: hiddev%d,hidraw%d: USB HID v%x.%02x Device [%s] on %s",
            "hid-generic",
            f"0003:051D:0002.{dev['hid']:04X}",
            0,
            0,
            1,
            0,
            "American Power Conversion Back-UPS ES 700G FW:871.O4 .I USB FW:O4 ",
            "usb-0000:00:14.0-4/input0",
        )

    # the first boot: no udev rule
    x = usb_enum(t0 - timedelta(seconds=25))
    x = driver_start(t0, ok=False)
    x = upsd_start(x + secs(r, 0.2, 0.5), driver=False)
    upsmon_start(x + secs(r, 0.2, 0.5))
    fixed = day(1, 9, 18, 40)
    y = x + secs(r, 1, 3)
    n = 0
    lost_at = None
    while y < fixed:
        y = E(
            y,
            "upsmon",
            "Poll UPS [%s] failed - Driver not connected",
            msg=f"Poll UPS [{ups}] failed - Driver not connected",
        )
        if lost_at is None and y - t0 > timedelta(seconds=15):
            lost_at = E(y, "upsmon", "Communications with UPS %s lost", ups)
        y += secs(r, 4.9, 5.1)
    y = x + secs(r, 14, 16)
    while y < fixed:
        n += 1
        y = E(
            y,
            "systemd",
            "nut-driver@ups.service: Scheduled restart job, restart counter is at %d.",
            n,
        )
        y = E(y, "systemd", "Stopped nut-driver@ups.service - %s.", NUT_UNIT)
        y = driver_start(y, ok=False) + secs(r, 14.9, 15.1)
    x = E(
        fixed,
        "systemd",
        "nut-driver@ups.service: Scheduled restart job, restart counter is at %d.",
        n + 1,
    )
    x = driver_start(x, ok=True)
    x = E(x + secs(r, 1, 2), "upsd", "Connected to UPS [%s]: %s", "ups", "usbhid-ups-ups")
    x = E(x + secs(r, 1, 5), "upsmon", "Communications with UPS %s established", ups)

    def usable(t: datetime) -> bool:
        return not (day(4, 19, 3) <= t < day(4, 20, 14))

    # USB stalls
    for st in poisson(r, day(1, 10, 0), t_end, 4300):
        if not usable(st) or not usable(st + timedelta(minutes=3)):
            continue
        st = E(st, "usbhid-ups", "nut_libusb_get_interrupt: %s", "Input/Output Error")
        stale = E(st + secs(r, 10, 15), "upsd", "Data for UPS [%s] is stale - check driver", "ups")
        long_ = r.random() < 0.45
        back = stale + (secs(r, 40, 110) if long_ else secs(r, 6, 14))
        y = stale + secs(r, 0.5, 4)
        k = 0
        while y < back:
            y = E(
                y,
                "upsmon",
                "Poll UPS [%s] failed - Data stale",
                msg=f"Poll UPS [{ups}] failed - Data stale",
            )
            k += 1
            if k == 3:
                E(y + secs(r, 0.01, 0.1), "upsmon", "Communications with UPS %s lost", ups)
            y += secs(r, 4.9, 5.1)
        if long_:
            z = E(
                st + secs(r, 15, 25),
                "kernel",
                "usb %s: USB disconnect, device number %d",
                "1-4",
                dev["n"],
            )
            z = E(
                z + secs(r, 0.5, 1),
                "usbhid-ups",
                "libusb1: Could not open any HID devices: no USB buses found",
            )
            z = usb_enum(z + secs(r, 2, 6))
            E(back - secs(r, 1, 3), "usbhid-ups", "Using subdriver: %s", "APC HID 0.100")
        b = E(back, "upsd", "UPS [%s] data is no longer stale", "ups")
        if k >= 3:
            E(b + secs(r, 1, 5), "upsmon", "Communications with UPS %s established", ups)

    # brownouts
    def onbatt(x: datetime) -> datetime:
        x = E(x, "upsmon", "UPS %s on battery", ups)
        newpid("upssched")
        x = E(x + secs(r, 0.05, 0.2), "upssched", "Timer daemon started")
        return E(x + secs(r, 0.1, 0.3), "upssched", "New timer: %s (%d seconds)", "onbatt", 120)

    for b in poisson(r, day(1, 11, 0), t_end, 14000):
        if not usable(b) or not usable(b + timedelta(minutes=2)):
            continue
        x = onbatt(b)
        x = E(x + secs(r, 3, 40), "upsmon", "UPS %s on line power", ups)
        x = E(x + secs(r, 0.05, 0.2), "upssched", "Cancelling timer: %s", "onbatt")

    # the power cut
    x = onbatt(day(4, 19, 3, 4))
    x = E(x + secs(r, 119.5, 120.5), "upssched", "Event: %s", "onbatt")
    x = E(x + secs(r, 300, 420), "upsmon", "UPS %s battery is low", ups)
    x = E(x, "upsd", "Client %s@%s set FSD on UPS [%s]", "upsmon", "127.0.0.1", "ups")
    x = E(x + secs(r, 0.5, 1), "upsmon", "UPS %s: forced shutdown in progress", ups)
    x = E(x + secs(r, 0.1, 0.3), "upsmon", "Executing automatic power-fail shutdown")
    x = E(x, "upsmon", "Auto logout and shutdown proceeding")
    x = E(x + secs(r, 5, 6), "systemd", "Stopping nut-monitor.service - %s...", NUT_MON)
    x = E(x + secs(r, 0.05, 0.2), "upsmon", "Signal %d: exiting", 15)
    x = E(x, "systemd", "Stopped nut-monitor.service - %s.", NUT_MON)
    x = E(x + secs(r, 0.1, 0.5), "systemd", "Stopping nut-server.service - %s...", NUT_SRV)
    x = E(x, "upsd", "Signal %d: exiting", 15)
    x = E(x, "systemd", "Stopped nut-server.service - %s.", NUT_SRV)
    x = E(x + secs(r, 0.1, 0.5), "systemd", "Stopping nut-driver@ups.service - %s...", NUT_UNIT)
    x = E(x + secs(r, 0.05, 0.2), "usbhid-ups", "Signal %d: exiting", 15)
    x = E(x, "systemd", "Stopped nut-driver@ups.service - %s.", NUT_UNIT)
    newpid("usbhid-ups")
    x = E(x + secs(r, 8, 12), "usbhid-ups", "Initiating UPS shutdown")
    # the boot after
    dev["n"], dev["hid"] = 2, 2
    x = usb_enum(boots[1] + timedelta(seconds=2.7))
    x = driver_start(boots[1] + timedelta(seconds=28), ok=True)
    x = upsd_start(x + secs(r, 0.2, 0.5), driver=True)
    upsmon_start(x + secs(r, 0.2, 0.5))
    return s.logs(t0 - timedelta(seconds=30), {"s": "syslog"})


SYSTEMS = {
    "openwrt": openwrt,
    "mikrotik": mikrotik,
    "unifi": unifi,
    "kodi": kodi,
    "nut": nut,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
