#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 91 (qbittorrent, transmission, uptime-kuma, navidrome,
audiobookshelf) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written; the lines that continue an event (a Node error's stack,
an object printed after a message, a promise dump) have no label. Distinct calls of one process
never share a timestamp at the clock's resolution (round 53's Clock); where the log shows whole
seconds of a finer clock (qBittorrent, Uptime Kuma, Navidrome) a burst shares a second as a
real one does. Five self-hosted media and monitoring servers:

- qBittorrent-nox 4.6 on a seedbox fed by Sonarr, Radarr and Lidarr (`qbittorrent.log`,
  June 2 00:00 to June 4 12:00): `(N) 2024-06-04T06:00:01 - message`, the type letter N, I, W
  or C. Start-up (`qBittorrent %1 started. Process ID: %2`, the session's settings, `Successfully
  listening on IP. IP: "%1". Port: "%2/%3"` per address and protocol, the WebUI, every torrent
  `Restored`), the *arr apps adding torrents (`Added new torrent. Torrent: "%1"`, some by URL
  with `Downloading torrent, please wait... Source: "%1"`), finishing them (`Torrent download
  finished`, the autorun's `Running external program. Torrent: "%1". Command: `%2``) and
  removing them after import, their WebAPI logins; a Lidarr with a stale password (`WebAPI
  login failure. Reason: invalid credentials, ...` until the IP is banned), a reverse proxy
  tripping the Referer check, the VPN dropping (`Failed to listen on IP`, new addresses, a new
  external IP), a full disk (`File error alert`), a torrent URL answering 404, and a restart for
  an upgrade on June 3.
- transmission-daemon 4.0.5 (`transmission.log`, `--logfile` at info, June 3 00:00 to June 4
  12:00): `[2024-06-04 06:00:01.123] INF name message (file.cc:123)`, the name being a torrent's
  name, or the file and line when the message has none. Start-up (`Transmission version
  {version} starting`, `Loaded {count} torrents`, RPC and peer listeners, port forwarding's
  `State changed from '{old_state}' to '{state}'` and NAT-PMP's mappings renewed), a private
  tracker down for two hours (each of its torrents' `Announce error: Tracker gave HTTP response
  code {code} ({explanation}) (Retrying in {count} seconds)`, later `Tracker did not respond`),
  a dead public tracker (`Could not connect to tracker`), unregistered torrents (the tracker's
  own text), completions (`Calling script '{path}'`), the *arr apps pausing and removing
  torrents, a full download disk (`Couldn't write '{path}': No space left on device (28)`), a
  LAN client outside the whitelist, and a restart with the NAS not mounted (`No data found!
  ...` for every torrent on it).
- Uptime Kuma 1.23 (`uptime-kuma.log`, the container's output, June 4 06:00 to 18:00):
  `2024-06-04T06:00:01+02:00 [MONITOR] WARN: message`. The start-up lines (twice: an update at
  12:30), `Monitor #%d '%s': Pending: %s | Max retries: ...` and `Failing: %s | Interval: ...`
  with the error's own format (`Request failed with status code %d`, `timeout of %dms
  exceeded`, `connect ECONNREFUSED %s`, `getaddrinfo ENOTFOUND %s`, `certificate has expired`,
  a keyword missing), logins by token and password, the rate limiter, monitors paused, resumed
  and added, and Discord answering 429 to notifications (the error printed with its stack).
- Navidrome 0.52.5 (`navidrome.log`, the container's logrus text, June 2 00:00 to June 4
  12:00): `time="2024-06-04T06:00:01Z" level=info msg="Now Playing" artist=... player="..."
  position=0 requestId=... title=... user=...`, fields sorted. Start-up and a restart, the hourly
  scan, five users listening (`Now Playing`, `Streaming file`, `Scrobbled`), clients dropping
  streams (`Error sending transcoded file` with the socket error), ListenBrainz timing out, bots
  trying the Subsonic API (`API: Invalid login`), missing artwork.
- Audiobookshelf 2.10 (`audiobookshelf.log`, the container's output, June 2 00:00 to June 4
  12:00): `[2024-06-04 06:00:01.123] INFO: [Server] Init v2.10.1`, warnings and errors with the
  source file appended (`(SocketAuthority.js:123)`). Start-up and a restart, sockets connecting
  and disconnecting, logins and failed ones, playback sessions (`Start "direct" playback session
  ...`, `Start "transcode" ...`, `Closing session ...`), the hourly podcast check (a feed
  answering 404), library scans, expired tokens on sockets, a nightly backup, an unhandled
  rejection printed with its promise.

Label notes. The rules of rounds 51 to 88 hold. qBittorrent's type letter and time are context;
the labels keep the program's `%1` placeholders; an ON/OFF picked by a ternary is wording
(`Distributed Hash Table (DHT) support: ON`), an errno text is the reason's wording (`Reason:
"No space left on device"`). Transmission's time, level, name and `(file:line)` are context;
the labels keep the `{name}` placeholders of its fmt strings; an announce error's text from the
program contributes its format, a tracker's own failure reason is a value. Uptime Kuma's time,
module and level are context; the error in `Failing: %s` / `Pending: %s` contributes its format.
Navidrome's time, level and fields are context, the `msg` is the label, and an `error=` made from
a format contributes it after the message (`Error sending transcoded file error=write tcp
%s->%s: write: broken pipe`). Audiobookshelf's time, level and appended source are context; the
`[Component]` tag is written in the message's literal and kept.

Sources: written from the helper's knowledge of each program and of real logs, a few lines
checked against logs quoted in public issues (qBittorrent's listening and external IP lines,
Transmission's layout, Navidrome's `Now Playing` / `Scrobbled` / `Streaming file` fields,
Audiobookshelf's start-up). Least sure: qBittorrent's `Process ID` in the start line, `Running
external program` and `Downloading torrent, please wait...`, the Referer warning's tail;
Transmission's level words, its name fallback (file:line), `Pausing torrent`, `Removing torrent`, the announce error's `(Retrying in ...)`, `Couldn't write`,
`Rejected request from {host} (IP not whitelisted)`, `Saved '{path}'`, the NAT-PMP and UPnP
lines; Uptime Kuma's `Down Count` / `Resend Interval` fields, the keyword text, the notification
error's print; Navidrome's scan lines, `Mounting %s routes`, `Error loading artwork`, the
shutdown lines; Audiobookshelf's playback, login, podcast, scan and backup wordings (invented
from the component names).
Run it only to change the data on purpose: `python bench/heldout/generate_round91.py [SYSTEM
...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round52 import secs
from generate_round55 import poisson
from generate_round88 import Files, day


def hx(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def an(r: random.Random, n: int) -> str:
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        for _ in range(n)
    )


SHOWS = [
    "The.Bear",
    "House.of.the.Dragon",
    "Shogun",
    "Fallout",
    "The.Boys",
    "Slow.Horses",
    "Severance",
    "Silo",
    "Bluey",
    "Doctor.Who.2023",
    "Hacks",
    "Evil",
    "Mr.and.Mrs.Smith",
    "Ripley",
    "Dark.Matter",
    "Presumed.Innocent",
    "The.Acolyte",
    "Star.Wars.Andor",
]
MOVIES = [
    "Dune.Part.Two",
    "Civil.War",
    "Furiosa.A.Mad.Max.Saga",
    "Godzilla.x.Kong.The.New.Empire",
    "Kingdom.of.the.Planet.of.the.Apes",
    "The.Fall.Guy",
    "Challengers",
    "Monkey.Man",
    "Poor.Things",
    "Oppenheimer",
    "The.Zone.of.Interest",
    "Anatomy.of.a.Fall",
    "Past.Lives",
    "Perfect.Days",
    "The.Holdovers",
    "Society.of.the.Snow",
    "Love.Lies.Bleeding",
]
GROUPS = [
    "NTb",
    "FLUX",
    "SuccessfulCrab",
    "ETHEL",
    "playWEB",
    "EDITH",
    "TEPES",
    "GalaxyTV",
    "BYNDR",
]
ALBUMS = [
    ("Billie Eilish", "HIT ME HARD AND SOFT"),
    ("Vampire Weekend", "Only God Was Above Us"),
    ("Fontaines D.C.", "Romance"),
    ("Kali Uchis", "Orquideas"),
    ("Mk.gee", "Two Star & The Dream Police"),
    ("Jessica Pratt", "Here in the Pitch"),
    ("Beth Gibbons", "Lives Outgrown"),
    ("Charli xcx", "BRAT"),
    ("Khruangbin", "A La Sala"),
    ("Nala Sinephro", "Endlessness"),
]


def release(r: random.Random) -> str:
    """A scene release name, as the *arr apps' indexers return them."""
    k = r.random()
    q = r.choice(["1080p", "2160p", "720p"])
    src = r.choice(["WEB-DL", "WEBRip", "BluRay"])
    codec = r.choice(["H.264", "H.265", "x265", "DDP5.1.H.264", "DDP5.1.Atmos.H.265"])
    if k < 0.6:
        return f"{r.choice(SHOWS)}.S{r.randint(1, 4):02d}E{r.randint(1, 10):02d}.{q}.{src}.{codec}-{r.choice(GROUPS)}"
    if k < 0.9:
        return f"{r.choice(MOVIES)}.2024.{q}.{src}.{codec}-{r.choice(GROUPS)}"
    a, al = r.choice(ALBUMS)
    return f"{a} - {al} (2024) [FLAC] [24B-48kHz]"


# ----------------------------------------------------------------------------- qbittorrent


def qbittorrent(r: random.Random) -> list[Log]:
    """A seedbox's qBittorrent-nox 4.6.5 behind a WireGuard VPN (tun0), June 2 00:00 to June 4
    12:00: Sonarr, Radarr and Lidarr add torrents through the WebAPI and remove them after
    import; the VPN drops at June 2 14:10 and comes back with a new address; Lidarr's stored
    password is stale from June 2 20:00 (banned after five failures, again after the ban's hour);
    a reverse proxy sends a foreign Referer for an hour on June 3; the download disk fills at
    June 3 02:30; qBittorrent is restarted for an upgrade at June 3 04:00."""
    fs = Files(1)
    t0, t_end = day(2, 0, 0), day(4, 12, 0)
    f = "qbittorrent.log"
    torrents: list[str] = [release(r) for _ in range(230)]
    tun = ["10.8.0.14"]

    def L(t: datetime, typ: str, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [f"({typ}) {x:%Y-%m-%dT%H:%M:%S} - {msg}"], proc="qbt")

    def listen(t: datetime, addrs: list[str], port: int = 51413) -> datetime:
        for a in addrs:
            for proto in ("TCP", "UTP"):
                t = L(
                    t + secs(r, 0.001, 0.01),
                    "I",
                    'Successfully listening on IP. IP: "%1". Port: "%2/%3"',
                    f'Successfully listening on IP. IP: "{a}". Port: "{proto}/{port}"',
                )
        return t

    def start(t: datetime, version: str, pid: int) -> datetime:
        t = L(
            t,
            "N",
            "qBittorrent %1 started. Process ID: %2",
            f"qBittorrent {version} started. Process ID: {pid}",
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "N",
            "Using config directory: %1",
            "Using config directory: /config/qBittorrent/",
        )
        t = L(
            t + secs(r, 0.05, 0.2),
            "I",
            'Trying to listen on the following list of IP addresses: "%1"',
            'Trying to listen on the following list of IP addresses: "0.0.0.0:51413,[::]:51413"',
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "I",
            'Peer ID: "%1"',
            f'Peer ID: "-qB{version[1:].replace(".", "")}0-"',
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "I",
            'HTTP User-Agent: "%1"',
            f'HTTP User-Agent: "qBittorrent/{version[1:]}"',
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "I",
            "Distributed Hash Table (DHT) support: OFF",
            "Distributed Hash Table (DHT) support: OFF",
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "I",
            "Local Peer Discovery support: OFF",
            "Local Peer Discovery support: OFF",
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "I",
            "Peer Exchange (PeX) support: OFF",
            "Peer Exchange (PeX) support: OFF",
        )
        t = L(t + secs(r, 0.001, 0.01), "I", "Anonymous mode: OFF", "Anonymous mode: OFF")
        t = L(
            t + secs(r, 0.001, 0.01),
            "I",
            "Encryption support: FORCED",
            "Encryption support: FORCED",
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "I",
            "Successfully parsed the IP filter file. Number of rules applied: %1",
            f"Successfully parsed the IP filter file. Number of rules applied: {r.randint(180000, 190000)}",
        )
        t = listen(t + secs(r, 0.1, 0.3), ["127.0.0.1", "172.18.0.5", tun[0], "::1"])
        t = L(
            t + secs(r, 0.01, 0.05), "I", "UPnP/NAT-PMP support: OFF", "UPnP/NAT-PMP support: OFF"
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "I",
            "IP geolocation database loaded. Type: %1. Build time: %2.",
            "IP geolocation database loaded. Type: DBIP-Country-Lite. Build time: Sat Jun 1 02:21:35 2024.",
        )
        t = L(t + secs(r, 0.05, 0.1), "N", "Using built-in WebUI.", "Using built-in WebUI.")
        t = L(
            t + secs(r, 0.001, 0.01),
            "N",
            "WebUI translation for selected locale (%1) has been successfully loaded.",
            "WebUI translation for selected locale (en) has been successfully loaded.",
        )
        t = L(
            t + secs(r, 0.01, 0.03),
            "N",
            "WebUI: Now listening on IP: %1, port: %2",
            "WebUI: Now listening on IP: *, port: 8080",
        )
        for name in torrents:
            t = L(
                t + secs(r, 0.005, 0.04),
                "N",
                'Restored torrent. Torrent: "%1"',
                f'Restored torrent. Torrent: "{name}"',
            )
        t = L(
            t + secs(r, 2, 6),
            "I",
            'Detected external IP. IP: "%1"',
            f'Detected external IP. IP: "{ext[0]}"',
        )
        return t

    ext = ["185.213.154.71"]
    start(t0 + secs(r, 1, 2), "v4.6.4", 352)
    restart = day(3, 4, 0, 12)
    L(restart, "N", "qBittorrent termination initiated", "qBittorrent termination initiated")
    L(
        restart + secs(r, 1.5, 3),
        "N",
        "qBittorrent is now ready to exit",
        "qBittorrent is now ready to exit",
    )

    # the VPN drops and comes back with a new address
    drop = day(2, 14, 10, 31)
    for proto in ("TCP", "UTP"):
        L(
            drop + secs(r, 0, 0.1),
            "C",
            'Failed to listen on IP. IP: "%1". Port: "%2/%3". Reason: "Cannot assign requested address"',
            f'Failed to listen on IP. IP: "{tun[0]}". Port: "{proto}/51413". Reason: "Cannot assign requested address"',
        )
    tun[0] = "10.8.0.27"
    listen(drop + secs(r, 40, 60), [tun[0]])
    ext[0] = "185.213.154.90"
    L(
        drop + secs(r, 70, 90),
        "I",
        'Detected external IP. IP: "%1"',
        f'Detected external IP. IP: "{ext[0]}"',
    )
    start(restart + secs(r, 8, 12), "v4.6.5", 351)

    def down(t: datetime) -> bool:
        return restart <= t < restart + timedelta(seconds=15)

    # the *arr apps: logins every hour, adds, finishes, removals
    apps = {"sonarr": "172.18.0.7", "radarr": "172.18.0.8", "lidarr": "172.18.0.9"}
    for app, ip in apps.items():
        t = t0 + timedelta(minutes=r.uniform(1, 20))
        while t < t_end:
            if not down(t) and not (app == "lidarr" and day(2, 20, 0) <= t < day(3, 9, 15)):
                L(t, "I", "WebAPI login success. IP: %1", f"WebAPI login success. IP: {ip}")
            t += timedelta(minutes=r.uniform(58, 62))
    # lidarr's stale password: five failures, banned for an hour, again
    t = day(2, 20, 0, 5)
    while t < day(3, 9, 15):
        for n in range(1, 6):
            if not down(t):
                L(
                    t,
                    "W",
                    "WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3",
                    f"WebAPI login failure. Reason: invalid credentials, attempt count: {n}, IP: ::ffff:{apps['lidarr']}, username: admin",
                )
            t += timedelta(seconds=r.uniform(55, 65))
        t_ban = t
        while t < t_ban + timedelta(hours=1) and t < day(3, 9, 15):
            if not down(t) and r.random() < 0.3:
                L(
                    t,
                    "W",
                    "WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2",
                    f"WebAPI login failure. Reason: IP has been banned, IP: ::ffff:{apps['lidarr']}, username: admin",
                )
            t += timedelta(seconds=r.uniform(55, 65))
    # a reverse proxy sending the public Referer
    for t in poisson(r, day(3, 10, 0), day(3, 11, 5), 40):
        L(
            t,
            "W",
            "WebUI: Referer header & Target origin mismatch! Source IP: '%1'. Referer header: '%2'. Target origin: '%3'",
            "WebUI: Referer header & Target origin mismatch! Source IP: '::ffff:172.18.0.2'. Referer header: 'https://qbt.example.net/'. Target origin: 'localhost:8080'",
        )
    disk_full = (day(3, 2, 30), day(3, 3, 40))
    active: list[tuple[datetime, str]] = []
    for t in poisson(r, t0 + timedelta(minutes=5), t_end - timedelta(minutes=30), 460):
        if down(t):
            continue
        name = release(r)
        if r.random() < 0.25:
            src = f"http://prowlarr:9696/{r.randint(1, 9)}/download?apikey={hx(r, 32)}&link={an(r, 40)}&file={name.replace(' ', '+')}"
            t = L(
                t,
                "I",
                'Downloading torrent, please wait... Source: "%1"',
                f'Downloading torrent, please wait... Source: "{src}"',
            )
            if r.random() < 0.08:
                L(
                    t + secs(r, 0.3, 2),
                    "W",
                    'Failed to load torrent. Source: "%1". Error: "Error transferring %1 - server replied: %2"',
                    f'Failed to load torrent. Source: "{src}". Error: "Error transferring {src} - server replied: Not Found"',
                )
                continue
            t += secs(r, 0.3, 2)
        t = L(t, "N", 'Added new torrent. Torrent: "%1"', f'Added new torrent. Torrent: "{name}"')
        active.append((t, name))
    for t_add, name in active:
        t = t_add + timedelta(minutes=r.uniform(3, 90))
        if t >= t_end or down(t):
            continue
        if disk_full[0] <= t < disk_full[1]:
            fn = (
                f"/downloads/incomplete/{name}/{name}.mkv"
                if not name.endswith("kHz]")
                else f"/downloads/incomplete/{name}/01 - Track.flac"
            )
            for _ in range(r.randint(1, 3)):
                L(
                    t,
                    "C",
                    'File error alert. Torrent: "%1". File: "%2". Reason: "No space left on device"',
                    f'File error alert. Torrent: "{name}". File: "{fn}". Reason: "No space left on device"',
                )
                t += timedelta(seconds=r.uniform(20, 200))
            continue
        t = L(
            t,
            "N",
            'Torrent download finished. Torrent: "%1"',
            f'Torrent download finished. Torrent: "{name}"',
        )
        cat = "music" if name.endswith("kHz]") else r.choice(["tv-sonarr", "radarr"])
        L(
            t + secs(r, 0.001, 0.01),
            "I",
            'Running external program. Torrent: "%1". Command: `%2`',
            f'Running external program. Torrent: "{name}". Command: `/config/scripts/notify.sh "{name}" "{cat}" "/downloads/complete/{cat}"`',
        )
        tr = t + timedelta(minutes=r.uniform(2, 30))
        if tr < t_end and not down(tr) and r.random() < 0.8:
            if r.random() < 0.85:
                L(
                    tr,
                    "N",
                    'Removed torrent and deleted its content. Torrent: "%1"',
                    f'Removed torrent and deleted its content. Torrent: "{name}"',
                )
            else:
                L(tr, "N", 'Removed torrent. Torrent: "%1"', f'Removed torrent. Torrent: "{name}"')
    # a category pointing at a path the container cannot write
    for t in poisson(r, day(4, 9, 0), day(4, 9, 40), 300):
        name = release(r)
        L(
            t,
            "C",
            'File error alert. Torrent: "%1". File: "%2". Reason: "Permission denied"',
            f'File error alert. Torrent: "{name}". File: "/data/media/4k/{name}/{name}.mkv". Reason: "Permission denied"',
        )
    return fs.logs(t0)


# ---------------------------------------------------------------------------- transmission

TR_PRIV = "https://tracker.privatehd.example/announce"
TR_PUB = [
    "udp://tracker.opentrackr.org:1337/announce",
    "udp://open.demonii.com:1337/announce",
    "http://tracker.dead-example.org:6969/announce",
]


def transmission(r: random.Random) -> list[Log]:
    """transmission-daemon 4.0.5 with `--logfile` at info, June 3 00:00 to June 4 12:00: 260
    torrents, 140 on a private tracker that answers 502 from June 3 09:10 to 10:40 and then does
    not answer until 11:20; public torrents with a dead tracker in their list; five torrents the
    private tracker no longer knows; the *arr apps pausing and removing torrents after import;
    the download disk full from June 3 17:00 to 17:50; a LAN client outside the whitelist;
    a restart at June 4 03:00 with the NAS not mounted (its torrents `No data found!`)."""
    fs = Files(1000)
    t0, t_end = day(3, 0, 0), day(4, 12, 0)
    f = "transmission.log"
    src = {
        "starting": "session.cc:736",
        "loaded": "session.cc:2019",
        "rpc": "rpc-server.cc:869",
        "peer": "session.cc:1025",
        "pf": "port-forwarding.cc:207",
        "natpmp": "natpmp.cc:172",
        "upnp": "upnp.cc:248",
        "block": "blocklist.cc:348",
        "saved": "variant.cc:1218",
        "script": "torrent.cc:1847",
        "pause": "torrent.cc:1532",
        "remove": "torrent.cc:1618",
        "announce": "announcer.cc:1003",
        "write": "inout.cc:112",
        "nodata": "torrent.cc:2127",
        "reject": "rpc-server.cc:612",
        "settings": "daemon.cc:721",
    }

    def L(t: datetime, lvl: str, key: str, name: str | None, label: str, msg: str) -> datetime:
        fl = src[key]
        nm = name if name is not None else fl

        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}] {lvl} {nm} {msg} ({fl})"]

        return fs.add(f, t, label, text, proc="trd")

    priv = [release(r) for _ in range(140)]
    pub = [
        "ubuntu-24.04-desktop-amd64.iso",
        "ubuntu-24.04-live-server-amd64.iso",
        "debian-12.5.0-amd64-netinst.iso",
        "debian-12.5.0-amd64-DVD-1.iso",
        "archlinux-2024.06.01-x86_64.iso",
        "Fedora-Workstation-Live-x86_64-40-1.14.iso",
        "linuxmint-21.3-cinnamon-64bit.iso",
        "proxmox-ve_8.2-1.iso",
        "kali-linux-2024.2-installer-amd64.iso",
        "openSUSE-Tumbleweed-DVD-x86_64-Snapshot20240601-Media.iso",
        "Rocky-9.4-x86_64-dvd.iso",
        "AlmaLinux-9.4-x86_64-dvd.iso",
    ]
    unreg = r.sample(priv, 5)
    nas = r.sample(priv, 38)
    n_total = len(priv) + len(pub) + 108

    def start(t: datetime) -> datetime:
        t = L(
            t,
            "INF",
            "starting",
            None,
            "Transmission version {version} starting",
            "Transmission version 4.0.5 (a6fe2a64aa) starting",
        )
        t = L(
            t + secs(r, 0.001, 0.005),
            "INF",
            "settings",
            None,
            "Loading settings from '{path}'",
            "Loading settings from '/var/lib/transmission-daemon/.config/transmission-daemon'",
        )
        t = L(
            t + secs(r, 0.01, 0.04),
            "INF",
            "rpc",
            None,
            "Serving RPC and Web requests on {address}",
            "Serving RPC and Web requests on 0.0.0.0:9091/transmission/",
        )
        t = L(
            t + secs(r, 0.01, 0.04),
            "INF",
            "block",
            None,
            "Blocklist '{path}' has {count} entries",
            f"Blocklist '/var/lib/transmission-daemon/.config/transmission-daemon/blocklists/blocklist.bin' has {r.randint(240000, 250000)} entries",
        )
        t = L(
            t + secs(r, 0.01, 0.04),
            "INF",
            "peer",
            None,
            "Listening to incoming peer connections on {hostport}",
            "Listening to incoming peer connections on [::]:51413",
        )
        t = L(
            t + secs(r, 0.4, 1.2),
            "INF",
            "loaded",
            None,
            "Loaded {count} torrents",
            f"Loaded {n_total} torrents",
        )
        t = L(
            t + secs(r, 0.2, 0.6),
            "INF",
            "pf",
            None,
            "State changed from '{old_state}' to '{state}'",
            "State changed from 'Not forwarded' to 'Starting'",
        )
        t = L(
            t + secs(r, 1, 3),
            "INF",
            "upnp",
            None,
            "Port forwarding through '{url}', service '{type}'. (local address: {address}:{port})",
            "Port forwarding through 'http://192.168.1.1:5000/rootDesc.xml', service 'urn:schemas-upnp-org:service:WANIPConnection:1'. (local address: 192.168.1.20:51413)",
        )
        t = L(
            t + secs(r, 0.2, 0.5),
            "INF",
            "natpmp",
            None,
            "Mapped private port {private_port} to public port {public_port}",
            "Mapped private port 51413 to public port 51413",
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "INF",
            "pf",
            None,
            "State changed from '{old_state}' to '{state}'",
            "State changed from 'Starting' to 'Forwarded'",
        )
        return t

    start(t0 + secs(r, 0.5, 1))
    restart = day(4, 3, 0, 7)
    L(
        restart,
        "INF",
        "saved",
        None,
        "Saved '{path}'",
        "Saved '/var/lib/transmission-daemon/.config/transmission-daemon/settings.json'",
    )
    L(
        restart + secs(r, 0.5, 1),
        "INF",
        "saved",
        None,
        "Saved '{path}'",
        "Saved '/var/lib/transmission-daemon/.config/transmission-daemon/stats.json'",
    )
    x = start(restart + secs(r, 5, 8))
    for name in nas:
        x = L(
            x + secs(r, 0.01, 0.05),
            "ERR",
            "nodata",
            name,
            'No data found! Ensure your drives are connected or use "Set Location". To re-download, remove the torrent and re-add it.',
            'No data found! Ensure your drives are connected or use "Set Location". To re-download, remove the torrent and re-add it.',
        )

    def down(t: datetime) -> bool:
        return restart <= t < restart + timedelta(seconds=8)

    # NAT-PMP renewals
    t = t0 + timedelta(minutes=r.uniform(10, 20))
    while t < t_end:
        if not down(t):
            L(
                t,
                "INF",
                "natpmp",
                None,
                "Mapped private port {private_port} to public port {public_port}",
                "Mapped private port 51413 to public port 51413",
            )
        t += timedelta(seconds=r.uniform(1790, 1810))
    # the private tracker's announces during its outage, each torrent on its own schedule
    for name in priv:
        t = day(3, 9, 10) + timedelta(seconds=r.uniform(0, 1800))
        retry = 0
        while t < day(3, 11, 20):
            retry += 1
            wait = min(60 * (2 ** min(retry, 4)), 1800) + r.randint(0, 30)
            if t < day(3, 10, 40):
                code, expl = r.choice(
                    [(502, "Bad Gateway"), (502, "Bad Gateway"), (504, "Gateway Timeout")]
                )
                L(
                    t,
                    "WRN",
                    "announce",
                    name,
                    "Announce error: Tracker gave HTTP response code {code} ({explanation}) (Retrying in {count} seconds)",
                    f"Announce error: Tracker gave HTTP response code {code} ({expl}) (Retrying in {wait} seconds)",
                )
            else:
                L(
                    t,
                    "WRN",
                    "announce",
                    name,
                    "Announce error: Tracker did not respond (Retrying in {count} seconds)",
                    f"Announce error: Tracker did not respond (Retrying in {wait} seconds)",
                )
            t += timedelta(seconds=wait)
    # unregistered torrents: every hour or so
    texts = [
        "Unregistered torrent",
        "torrent not registered with this tracker",
        "Torrent not found",
    ]
    for name in unreg:
        why = r.choice(texts)
        t = t0 + timedelta(minutes=r.uniform(5, 60))
        while t < t_end:
            if not down(t):
                L(
                    t,
                    "WRN",
                    "announce",
                    name,
                    "Announce error: {error} (Retrying in {count} seconds)",
                    f"Announce error: {why} (Retrying in 3600 seconds)",
                )
            t += timedelta(seconds=r.uniform(3600, 3700))
    # the dead public tracker
    for name in pub:
        t = t0 + timedelta(minutes=r.uniform(1, 30))
        while t < t_end:
            wait = r.choice([1800, 1800, 3600])
            if not down(t):
                L(
                    t,
                    "WRN",
                    "announce",
                    f"{name}",
                    "Announce error: Could not connect to tracker (Retrying in {count} seconds)",
                    f"Announce error: Could not connect to tracker (Retrying in {wait} seconds)",
                )
            t += timedelta(seconds=wait + r.uniform(0, 60))
    # completions, pauses and removals by the *arr apps
    for t in poisson(r, t0 + timedelta(minutes=10), t_end - timedelta(minutes=20), 520):
        if down(t):
            continue
        name = release(r)
        if day(3, 17, 0) <= t < day(3, 17, 50):
            ep = f"/downloads/incomplete/{name}/{name}.mkv"
            L(
                t,
                "ERR",
                "write",
                name,
                "Couldn't write '{path}': No space left on device (28)",
                f"Couldn't write '{ep}': No space left on device (28)",
            )
            L(t + secs(r, 0.001, 0.01), "INF", "pause", name, "Pausing torrent", "Pausing torrent")
            continue
        t = L(
            t,
            "INF",
            "script",
            name,
            "Calling script '{path}'",
            "Calling script '/etc/transmission-daemon/done.sh'",
        )
        if r.random() < 0.85:
            tr = t + timedelta(minutes=r.uniform(1, 15))
            if tr < t_end and not down(tr):
                if r.random() < 0.3:
                    tr = L(tr, "INF", "pause", name, "Pausing torrent", "Pausing torrent")
                    tr += timedelta(seconds=r.uniform(1, 5))
                L(tr, "INF", "remove", name, "Removing torrent", "Removing torrent")
    # the LAN client outside the whitelist
    for t in poisson(r, day(3, 19, 30), day(3, 20, 10), 25):
        L(
            t,
            "WRN",
            "reject",
            None,
            "Rejected request from {host} (IP not whitelisted)",
            "Rejected request from 192.168.1.64 (IP not whitelisted)",
        )
    return fs.logs(t0)


# ---------------------------------------------------------------------------- uptime-kuma


def uptime_kuma(r: random.Random) -> list[Log]:
    """Uptime Kuma 1.23 in Docker (TZ Europe/Berlin), June 4 06:00 to 18:00 local, 24 monitors:
    a shop API answering 503 from 07:10 to 08:40, a database's three port monitors refusing
    from 09:00 to 10:00, a decommissioned host's monitor failing DNS all day, a slow search
    service timing out on and off from 13:00 to 16:00, a certificate expired at 06:00 whose
    monitor fails every minute, a status page missing its keyword after a deploy at 15:20,
    Discord answering 429 to the notifications; the admin's browsers reconnecting, pausing,
    resuming and adding monitors, an update at 12:30 (stop and start)."""
    fs = Files(1)
    t0 = datetime(2024, 6, 4, 4, 0, tzinfo=day(4, 0, 0).tzinfo)
    t_end = t0 + timedelta(hours=12)
    f = "uptime-kuma.log"

    def ts(x: datetime) -> str:
        return f"{x + timedelta(hours=2):%Y-%m-%dT%H:%M:%S}+02:00"

    def L(
        t: datetime, mod: str, lvl: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{ts(x)} [{mod}] {lvl}: {msg}"] + (more or []), proc="kuma"
        )

    def raw(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [msg], proc="kuma")

    def boot(t: datetime) -> datetime:
        t = raw(
            t,
            "==> Performing startup jobs and maintenance tasks",
            "==> Performing startup jobs and maintenance tasks",
        )
        t = raw(
            t + secs(r, 0.05, 0.2),
            "==> Starting application with user %s group %s",
            "==> Starting application with user 0 group 0",
        )
        seq = [
            ("SERVER", "Welcome to Uptime Kuma"),
            ("SERVER", "Node Env: production"),
            ("SERVER", "Server Type: HTTP"),
            ("SERVER", "Version: 1.23.13"),
        ]
        t += secs(r, 0.8, 1.5)
        for mod, msg in seq:
            lab = (
                "Version: %s"
                if msg.startswith("Version")
                else "Server Type: %s"
                if msg.startswith("Server Type")
                else "Node Env: %s"
                if msg.startswith("Node Env")
                else "Inside Container: %s"
                if msg.startswith("Inside")
                else msg
            )
            t = L(t + secs(r, 0.01, 0.3), mod, "INFO", lab, msg)
        t = L(t + secs(r, 0.01, 0.05), "DB", "INFO", "Data Dir: %s", "Data Dir: ./data/")
        t = L(
            t + secs(r, 0.01, 0.05),
            "DB",
            "INFO",
            "SQLite config:",
            "SQLite config:",
            ["[ { journal_mode: 'wal' } ]", "[ { cache_size: -12000 } ]"],
        )
        t = L(t + secs(r, 0.01, 0.05), "DB", "INFO", "SQLite Version: %s", "SQLite Version: 3.41.1")
        t = L(
            t + secs(r, 0.01, 0.05),
            "SERVER",
            "INFO",
            "Load JWT secret from database.",
            "Load JWT secret from database.",
        )
        t = L(t + secs(r, 0.05, 0.2), "SERVER", "INFO", "Listening on %s", "Listening on 3001")
        t = L(t + secs(r, 0.01, 0.05), "SERVICES", "INFO", "Starting nscd", "Starting nscd")
        return t

    boot(t0)
    upd = t0 + timedelta(hours=6, minutes=30)
    x = L(upd, "SERVER", "INFO", "Shutdown requested", "Shutdown requested")
    x = L(x + secs(r, 0.001, 0.01), "SERVER", "INFO", "Called signal: %s", "Called signal: SIGTERM")
    x = L(x + secs(r, 0.2, 0.6), "DB", "INFO", "Closing the database", "Closing the database")
    x = L(
        x + secs(r, 0.01, 0.05),
        "SERVER",
        "INFO",
        "Graceful shutdown successful!",
        "Graceful shutdown successful!",
    )
    boot(x + secs(r, 20, 40))
    gap = (upd, upd + timedelta(minutes=2))

    def down(t: datetime) -> bool:
        return gap[0] <= t < gap[1]

    def H(h: float, m: float = 0) -> datetime:
        return t0 + timedelta(hours=h, minutes=m)

    # (id, name, type, interval, retries, (from, to), error label, error text maker)
    def sc(code: int) -> tuple[str, str]:
        return ("Request failed with status code %d", f"Request failed with status code {code}")

    incidents = [
        (3, "Shop API", "http", 60, 2, [(H(1, 10), H(2, 40))], lambda: sc(503)),
        (
            7,
            "Postgres primary",
            "port",
            30,
            1,
            [(H(3), H(4))],
            lambda: ("connect ECONNREFUSED %s", "connect ECONNREFUSED 10.20.0.11:5432"),
        ),
        (
            8,
            "Postgres replica",
            "port",
            30,
            1,
            [(H(3, 2), H(4))],
            lambda: ("connect ECONNREFUSED %s", "connect ECONNREFUSED 10.20.0.12:5432"),
        ),
        (
            9,
            "PgBouncer",
            "port",
            30,
            1,
            [(H(3, 1), H(4, 1))],
            lambda: ("connect ECONNREFUSED %s", "connect ECONNREFUSED 10.20.0.10:6432"),
        ),
        (
            14,
            "Legacy FTP",
            "http",
            300,
            0,
            [(t0, t_end)],
            lambda: ("getaddrinfo ENOTFOUND %s", "getaddrinfo ENOTFOUND ftp.old.example.com"),
        ),
        (
            15,
            "Wiki (old)",
            "keyword",
            300,
            0,
            [(t0, t_end)],
            lambda: (
                "getaddrinfo ENOTFOUND %s",
                "getaddrinfo ENOTFOUND wiki-old.internal.example.com",
            ),
        ),
        (
            18,
            "Search",
            "http",
            20,
            1,
            [(H(7), H(7, 40)), (H(8, 25), H(9, 5)), (H(9, 30), H(10))],
            lambda: ("timeout of %dms exceeded", "timeout of 16000ms exceeded"),
        ),
        (
            21,
            "Partner portal",
            "http",
            60,
            0,
            [(t0, t_end)],
            lambda: ("certificate has expired", "certificate has expired"),
        ),
        (
            22,
            "Status page",
            "keyword",
            60,
            1,
            [(H(9, 20), H(10, 5))],
            lambda: (
                "%d - %s, but keyword is not in [%s]",
                '200 - OK, but keyword is not in [<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Status...]',
            ),
        ),
    ]
    for mid, name, typ, iv, retries, wins, err in incidents:
        for a, b in wins:
            t = a + timedelta(seconds=r.uniform(0, iv))
            n = 0
            while t < b:
                if not down(t):
                    lab, txt = err()
                    if n < retries:
                        L(
                            t,
                            "MONITOR",
                            "WARN",
                            f"Monitor #%d '%s': Pending: {lab} | Max retries: %d | Retry: %d | Retry Interval: %d seconds | Type: %s",
                            f"Monitor #{mid} '{name}': Pending: {txt} | Max retries: {retries} | Retry: {n + 1} | Retry Interval: {iv} seconds | Type: {typ}",
                        )
                    else:
                        L(
                            t,
                            "MONITOR",
                            "WARN",
                            f"Monitor #%d '%s': Failing: {lab} | Interval: %d seconds | Type: %s | Down Count: %d | Resend Interval: %d",
                            f"Monitor #{mid} '{name}': Failing: {txt} | Interval: {iv} seconds | Type: {typ} | Down Count: 0 | Resend Interval: 0",
                        )
                        if n == retries and b - a < timedelta(hours=6) and r.random() < 0.7:
                            y = L(
                                t + secs(r, 0.3, 0.9),
                                "MONITOR",
                                "ERROR",
                                "Cannot send notification to %s",
                                "Cannot send notification to Discord #ops",
                            )
                            stack = [
                                "    at Discord.throwGeneralAxiosError (/app/server/notification-providers/notification-provider.js:68:15)",
                                "    at Discord.send (/app/server/notification-providers/discord.js:120:18)",
                                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                                "    at async Notification.send (/app/server/notification.js:160:20)",
                                "    at async Monitor.sendNotification (/app/server/model/monitor.js:1314:21)",
                            ]
                            L(
                                y + secs(r, 0.001, 0.01),
                                "MONITOR",
                                "ERROR",
                                "Error: Error: AxiosError: Request failed with status code %d %s",
                                'Error: Error: AxiosError: Request failed with status code 429 {"message":"You are being rate limited.","retry_after":0.358,"global":false}',
                                stack,
                            )
                    n += 1
                t += timedelta(seconds=iv + r.uniform(0.05, 0.8))
    # the admin's browsers
    ips = ["172.19.0.1", "10.0.5.23", "10.0.5.41"]
    for t in poisson(r, t0 + timedelta(minutes=3), t_end, 95):
        if down(t):
            continue
        ip = r.choice(ips)
        if r.random() < 0.93:
            t = L(t, "AUTH", "INFO", "Login by token. IP=%s", f"Login by token. IP={ip}")
            L(
                t + secs(r, 0.001, 0.02),
                "AUTH",
                "INFO",
                "Username from JWT: %s",
                "Username from JWT: admin",
            )
        else:
            t = L(
                t,
                "AUTH",
                "INFO",
                "Login by username + password. IP=%s",
                f"Login by username + password. IP={ip}",
            )
            t = L(
                t + secs(r, 0.001, 0.01),
                "RATE-LIMIT",
                "INFO",
                "remaining requests: %d",
                f"remaining requests: {r.randint(17, 19)}",
            )
            if r.random() < 0.2:
                L(
                    t + secs(r, 0.2, 0.4),
                    "AUTH",
                    "WARN",
                    "Incorrect username or password for user %s. IP=%s",
                    f"Incorrect username or password for user admin. IP={ip}",
                )
            else:
                L(
                    t + secs(r, 0.2, 0.4),
                    "AUTH",
                    "INFO",
                    "Successfully logged in user %s. IP=%s",
                    f"Successfully logged in user admin. IP={ip}",
                )
    for t, lab, msg in [
        (H(1, 25), "Pause Monitor: %d User ID: %d", "Pause Monitor: 5 User ID: 1"),
        (H(2, 44), "Resume Monitor: %d User ID: %d", "Resume Monitor: 5 User ID: 1"),
        (H(5, 12), "Pause Monitor: %d User ID: %d", "Pause Monitor: 14 User ID: 1"),
        (H(5, 13), "Resume Monitor: %d User ID: %d", "Resume Monitor: 14 User ID: 1"),
        (H(10, 30), "Pause Monitor: %d User ID: %d", "Pause Monitor: 18 User ID: 1"),
        (H(10, 31), "Resume Monitor: %d User ID: %d", "Resume Monitor: 18 User ID: 1"),
    ]:
        L(t, "MANAGE", "INFO", lab, msg)
    for i, t in enumerate([H(7, 50), H(7, 52), H(7, 55), H(11, 5)]):
        L(
            t,
            "MONITOR",
            "INFO",
            "Added Monitor: %d User ID: %d",
            f"Added Monitor: {25 + i} User ID: 1",
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- navidrome

ND_TRACKS = {
    ("Billie Eilish", "HIT ME HARD AND SOFT"): [
        "SKINNY",
        "LUNCH",
        "CHIHIRO",
        "BIRDS OF A FEATHER",
        "WILDFLOWER",
        "THE GREATEST",
        "L'AMOUR DE MA VIE",
        "THE DINER",
        "BITTERSUITE",
        "BLUE",
    ],
    ("Vampire Weekend", "Only God Was Above Us"): [
        "Ice Cream Piano",
        "Classical",
        "Capricorn",
        "Connect",
        "Prep-School Gangsters",
        "The Surfer",
        "Gen-X Cops",
        "Mary Boone",
        "Pravda",
        "Hope",
    ],
    ("Fontaines D.C.", "Romance"): [
        "Romance",
        "Starburster",
        "Here's the Thing",
        "Desire",
        "In the Modern World",
        "Bug",
        "Motorcycle Boy",
        "Sundowner",
        "Horseness Is the Whatness",
        "Death Kink",
        "Favourite",
    ],
    ("Khruangbin", "A La Sala"): [
        "Fifteen Fifty-Three",
        "May Ninth",
        "Ada Jean",
        "Farolim de Felgueiras",
        "Pon Pón",
        "Todavía Viva",
        "A Love International",
        "Hold Me Up (Thank You)",
        "Caja de la Sala",
        "Three From Two",
        "Juegos y Nubes",
        "Les Petits Gris",
    ],
    ("Beth Gibbons", "Lives Outgrown"): [
        "Tell Me Who You Are Today",
        "Floating on a Moment",
        "Burden of Life",
        "Lost Changes",
        "Rewind",
        "Reaching Out",
        "Oceans",
        "For Sale",
        "Beyond the Sun",
        "Whispering Love",
    ],
    ("Mk.gee", "Two Star & The Dream Police"): [
        "Are You Looking Up",
        "New Low",
        "I Want",
        "Alesis",
        "How many miles",
        "Rylee & I",
        "DNM",
        "Dream Police",
        "Candy",
        "Breakthespell",
        "You",
        "Book Bag",
    ],
    ("Nala Sinephro", "Endlessness"): [
        "Continuum 1",
        "Continuum 2",
        "Continuum 3",
        "Continuum 4",
        "Continuum 5",
        "Continuum 6",
        "Continuum 7",
        "Continuum 8",
        "Continuum 9",
        "Continuum 10",
    ],
    ("Jessica Pratt", "Here in the Pitch"): [
        "Life Is",
        "Better Hate",
        "World on a String",
        "Empires Never Know",
        "Get Your Head Out",
        "By Hook or by Crook",
        "Nowhere It Was",
        "Glances",
        "The Last Year",
    ],
}
ND_USERS = [
    ("anna", "Symfonium [Symfonium/Android]", "raw"),
    ("ben", "NavidromeUI [Firefox/Linux]", "raw"),
    ("carla", "play:sub [play:sub/iOS]", "mp3"),
    ("dev", "Feishin [feishin/Windows]", "raw"),
    ("emil", "Substreamer [Substreamer/Android]", "opus"),
]


def lq(v: str) -> str:
    """A logrus text value: quoted when it holds anything but word characters and a few marks."""
    if v and all(c.isalnum() or c in "-._/@^+" for c in v):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def navidrome(r: random.Random) -> list[Log]:
    """Navidrome 0.52.5 in Docker, June 2 00:00 to June 4 12:00: the hourly scan (new albums
    on June 2 and 3), five users listening in sessions (`Now Playing` from each client, sent
    twice by some, `Streaming file`, `Scrobbled` past half the track), a phone on mobile data
    dropping streams, ListenBrainz timing out on June 3 evening, bots trying the Subsonic API,
    covers missing for one album, and a restart for an upgrade at June 3 05:00."""
    fs = Files(1)
    t0, t_end = day(2, 0, 0), day(4, 12, 0)
    f = "navidrome.log"
    rid_host = hx(r, 12)
    seq = [0]

    def L(t: datetime, lvl: str, label: str, msg: str, **kv: object) -> datetime:
        fields = " ".join(f"{k}={lq(str(v))}" for k, v in sorted(kv.items()))
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={lvl} msg={lq(msg)}'
                + (f" {fields}" if fields else "")
            ],
            proc="nd",
        )

    def rid() -> str:
        seq[0] += 1
        return f"{rid_host}/{an(r, 10)}-{seq[0]:06d}"

    def start(t: datetime, ver: str) -> datetime:
        t = L(
            t, "info", "Loaded configuration", "Loaded configuration", file="/data/navidrome.toml"
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "info",
            "Opening DataBase",
            "Opening DataBase",
            dbPath="/data/navidrome.db?cache=shared&_busy_timeout=15000&_journal_mode=WAL&_foreign_keys=on",
            driver="sqlite3",
        )
        t = L(
            t + secs(r, 0.05, 0.3),
            "info",
            "goose: no migrations to run. current version: %d",
            "goose: no migrations to run. current version: 20240511220020",
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "info",
            "Setting Session Timeout",
            "Setting Session Timeout",
            value="24h",
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "info",
            "Spotify integration is not enabled: missing ID/Secret",
            "Spotify integration is not enabled: missing ID/Secret",
        )
        t = L(t + secs(r, 0.01, 0.05), "info", "Starting scheduler", "Starting scheduler")
        t = L(
            t + secs(r, 0.001, 0.01),
            "info",
            "Scheduling periodic scan",
            "Scheduling periodic scan",
            schedule="@every 1h",
        )
        for name, path in [
            ("Native API", "/api"),
            ("Subsonic API", "/rest"),
            ("Public Endpoints", "/share"),
            ("ListenBrainz Auth", "/api/listenbrainz"),
            ("WebUI", "/app"),
        ]:
            t = L(
                t + secs(r, 0.001, 0.01),
                "info",
                "Mounting %s routes",
                f"Mounting {name} routes",
                path=path,
            )
        for c, size in [("Transcoding", "100MB"), ("Image", "100MB")]:
            t = L(
                t + secs(r, 0.05, 0.4),
                "info",
                "Finished initializing cache",
                "Finished initializing cache",
                cache=c,
                elapsedTime=f"{r.uniform(0.3, 40):.1f}ms",
                maxSize=size,
            )
        t = L(
            t + secs(r, 0.05, 0.2),
            "info",
            "Navidrome server is ready!",
            "Navidrome server is ready!",
            address="0.0.0.0:4533",
            startupTime=f"{r.uniform(0.8, 2.5):.3f}s",
            tlsEnabled="false",
            version=ver,
        )
        return t

    start(t0 + secs(r, 1, 2), "0.52.0 (9f1c7a4a)")
    restart = day(3, 5, 0, 4)
    x = L(
        restart,
        "info",
        "Received termination signal",
        "Received termination signal",
        signal="terminated",
    )
    L(x + secs(r, 0.01, 0.2), "info", "Stopping HTTP server", "Stopping HTTP server")
    start(restart + secs(r, 10, 15), "0.52.5 (c5560888)")

    def down(t: datetime) -> bool:
        return restart <= t < restart + timedelta(seconds=20)

    # the hourly scan
    t = t0 + timedelta(minutes=r.uniform(1, 5))
    while t < t_end:
        if not down(t):
            new = r.random() < 0.12
            x = L(
                t,
                "info",
                "Scanning folder",
                "Scanning folder",
                folder="/music",
                lastModifiedSince=f"{t - timedelta(hours=1):%Y-%m-%d %H:%M:%S} +0000 UTC",
            )
            x = L(
                x + secs(r, 0.2, 0.9),
                "info",
                "Folder changes detected",
                "Folder changes detected",
                changedFolders=r.randint(1, 3) if new else 0,
                deletedFolders=0,
                elapsed=f"{r.uniform(150, 900):.1f}ms",
            )
            L(
                x + secs(r, 0.05, 6 if new else 0.2),
                "info",
                "Finished processing Music Folder",
                "Finished processing Music Folder",
                added=r.randint(8, 14) if new else 0,
                deleted=0,
                elapsed=f"{r.uniform(0.3, 9):.2f}s",
                folder="/music",
                playlistsImported=0,
                updated=r.randint(0, 2) if new else 0,
            )
        t += timedelta(hours=1, seconds=r.uniform(-2, 2))
    # listening sessions
    albums = list(ND_TRACKS)
    for user, player, fmt in ND_USERS:
        for ss in poisson(r, t0, t_end - timedelta(hours=1), 3.6 * 3600):
            al = r.choice(albums)
            tracks = ND_TRACKS[al][:]
            if r.random() < 0.3:
                r.shuffle(tracks)
            t = ss
            for title in tracks[: r.randint(4, len(tracks))]:
                if t >= t_end or down(t):
                    break
                dur = r.uniform(150, 330)
                q = rid()
                tr = fmt != "raw"
                t = L(
                    t,
                    "info",
                    "Streaming file",
                    "Streaming file",
                    artist=al[0],
                    bitRate=0 if not tr else (128 if fmt == "opus" else 192),
                    cached="false",
                    format=fmt,
                    originalBitRate=r.choice([320, 1024, 1411]) if fmt == "raw" else 1024,
                    originalFormat="flac" if r.random() < 0.7 else "mp3",
                    requestId=q,
                    title=title,
                    transcoding=str(tr).lower(),
                    user=user,
                )
                for _ in range(2 if user in ("anna", "emil") else 1):
                    t = L(
                        t + secs(r, 0.2, 1.5),
                        "info",
                        "Now Playing",
                        "Now Playing",
                        artist=al[0],
                        player=player,
                        position=0,
                        requestId=rid(),
                        title=title,
                        user=user,
                    )
                    if day(3, 18, 0) <= t < day(3, 20, 30) and user in ("anna", "ben", "dev"):
                        L(
                            t + secs(r, 10, 10.2),
                            "warning",
                            'ListenBrainz updateNowPlaying returned error error=Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                            "ListenBrainz updateNowPlaying returned error",
                            error='Post "https://api.listenbrainz.org/1/submit-listens": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                            requestId=q,
                            track=title,
                            user=user,
                        )
                if user == "emil" and r.random() < 0.12:
                    L(
                        t + secs(r, 20, 120),
                        "error",
                        "Error sending transcoded file error=write tcp %s->%s: write: %s",
                        "Error sending transcoded file",
                        error=f"write tcp 172.18.0.4:4533->172.18.0.1:{r.randint(32768, 60999)}: write: {r.choice(['broken pipe', 'connection reset by peer'])}",
                        id=hx(r, 32),
                        requestId=q,
                    )
                    t += timedelta(seconds=r.uniform(5, 30))
                    continue
                ts_play = t
                t += timedelta(seconds=dur * r.uniform(0.5, 0.9))
                if t < t_end and not down(t):
                    t = L(
                        t,
                        "info",
                        "Scrobbled",
                        "Scrobbled",
                        artist=al[0],
                        requestId=rid(),
                        timestamp=f"{ts_play:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999999999):09d} +0000 UTC",
                        title=title,
                        user=user,
                    )
                t += timedelta(seconds=dur * 0.3 + r.uniform(0.5, 3))
            # covers of one album are missing
            if al[0] == "Nala Sinephro":
                L(
                    ss + secs(r, 0.5, 2),
                    "warning",
                    "Error loading artwork error=artwork not found",
                    "Error loading artwork",
                    artID=f"al-{hx(r, 32)}_0",
                    error="artwork not found",
                    requestId=rid(),
                )
    # bots on the Subsonic API
    for t in poisson(r, day(2, 21, 0), day(3, 2, 0), 110) + poisson(
        r, day(4, 1, 0), day(4, 3, 0), 80
    ):
        L(
            t,
            "warning",
            "API: Invalid login error=data not found",
            "API: Invalid login",
            auth="token",
            error="data not found",
            remoteAddr=r.choice(["45.148.10.74", "80.94.95.226", "194.165.16.71"]),
            requestId=rid(),
            username=r.choice(["admin", "navidrome", "test", "music", "root", "user"]),
        )
    return fs.logs(t0)


# -------------------------------------------------------------------------- audiobookshelf

ABS_BOOKS = [
    "Project Hail Mary",
    "The Way of Kings",
    "Dune",
    "Piranesi",
    "The Three-Body Problem",
    "Children of Time",
    "Klara and the Sun",
    "Tomorrow, and Tomorrow, and Tomorrow",
    "The Martian",
    "Babel",
    "A Memory Called Empire",
    "Leviathan Wakes",
    "Sapiens",
]
ABS_PODCASTS = [
    "Hard Fork",
    "The Daily",
    "Darknet Diaries",
    "Radiolab",
    "99% Invisible",
    "Lex Fridman Podcast",
    "Hardcore History",
    "Search Engine",
]


def audiobookshelf(r: random.Random) -> list[Log]:
    """Audiobookshelf 2.10.1 in Docker, June 2 00:00 to June 4 12:00: three users' apps and
    browsers connecting sockets and playing books and podcasts (direct play, transcode for
    one old browser), the hourly podcast check (one feed gone, answering 404), the nightly
    backup, library scans after uploads, expired tokens on sockets, failed logins from a
    guessing script on June 3, and a restart at June 3 03:30 after an unhandled rejection."""
    fs = Files(1000)
    t0, t_end = day(2, 0, 0), day(4, 12, 0)
    f = "audiobookshelf.log"

    def L(
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        src: str | None = None,
        more: list[str] | None = None,
    ) -> datetime:
        tail = f" ({src})" if src else ""
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}] {lvl}: {msg}{tail}"]
                + (more or [])
            ),
            proc="abs",
        )

    def start(t: datetime) -> datetime:
        t = fs.add(f, t, "Config %s %s", lambda x: ["Config /config /metadata"], proc="abs")
        t = L(t + secs(r, 0.05, 0.2), "INFO", "=== Starting Server ===", "=== Starting Server ===")
        t = L(t + secs(r, 0.001, 0.01), "INFO", "[Server] Init v%s", "[Server] Init v2.10.1")
        t = L(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "[Server] Node.js Version: %s",
            "[Server] Node.js Version: v20.14.0",
        )
        t = L(t + secs(r, 0.001, 0.01), "INFO", "[Server] Platform: %s", "[Server] Platform: linux")
        t = L(t + secs(r, 0.001, 0.01), "INFO", "[Server] Arch: %s", "[Server] Arch: x64")
        t = L(
            t + secs(r, 0.01, 0.05),
            "INFO",
            '[Database] Initializing db at "%s"',
            '[Database] Initializing db at "/config/absdatabase.sqlite"',
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "[Database] Db connection was successful",
            "[Database] Db connection was successful",
        )
        t = L(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "[Database] Db initialized with models: %s",
            "[Database] Db initialized with models: user, library, libraryFolder, book, podcast, podcastEpisode, libraryItem, mediaProgress, series, bookSeries, author, bookAuthor, collection, collectionBook, playlist, playlistMediaItem, device, playbackSession, feed, feedEpisode, setting, customMetadataProvider",
        )
        t = L(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "[LogManager] Init current daily log filename: %s",
            f"[LogManager] Init current daily log filename: {t:%Y-%m-%d}.txt",
        )
        t = L(
            t + secs(r, 0.01, 0.03),
            "INFO",
            "[BackupManager] %d Backups Found",
            f"[BackupManager] {r.randint(2, 3)} Backups Found",
        )
        for lib in ("Audiobooks", "Podcasts"):
            t = L(
                t + secs(r, 0.001, 0.01),
                "INFO",
                '[Watcher] Initializing watcher for "%s".',
                f'[Watcher] Initializing watcher for "{lib}".',
            )
        t = L(t + secs(r, 0.005, 0.02), "INFO", "Listening on port :%d", "Listening on port :80")
        for lib in ("Podcasts", "Audiobooks"):
            t = L(
                t + secs(r, 0.05, 1.5), "INFO", '[Watcher] "%s" Ready', f'[Watcher] "{lib}" Ready'
            )
        return t

    start(t0 + secs(r, 1, 2))
    crash = day(3, 3, 30, 2)
    L(
        crash,
        "FATAL",
        "[Server] Unhandled rejection: %s, promise: %s",
        "[Server] Unhandled rejection: Error: SQLITE_BUSY: database is locked, promise: Promise {",
        "Server.js:182",
        [
            "  <rejected> [Error: SQLITE_BUSY: database is locked] {",
            "    errno: 5,",
            "    code: 'SQLITE_BUSY',",
            "    sql: 'UPDATE `mediaProgresses` SET `currentTime`=$1,`updatedAt`=$2 WHERE `id` = $3'",
            "  }",
            "}",
        ],
    )
    start(crash + secs(r, 6, 10))

    def down(t: datetime) -> bool:
        return crash <= t < crash + timedelta(seconds=12)

    users = [
        ("root", "192.168.1.20"),
        ("mira", "10.13.13.3"),
        ("tomas", "10.13.13.7"),
        ("jana", "10.13.13.9"),
        ("kids", "192.168.1.33"),
    ]
    # sessions: socket, listen, close
    for user, ip in users:
        for ss in poisson(
            r, t0, t_end - timedelta(minutes=30), 1.1 * 3600 if user != "root" else 2.5 * 3600
        ):
            if down(ss):
                continue
            sid = an(r, 20)
            t = L(
                ss,
                "INFO",
                "[SocketAuthority] Socket Connected %s",
                f"[SocketAuthority] Socket Connected {sid}",
            )
            if r.random() < 0.06:
                L(
                    t + secs(r, 0.01, 0.05),
                    "ERROR",
                    "Cannot validate socket - invalid token",
                    "Cannot validate socket - invalid token",
                    "SocketAuthority.js:199",
                )
                t = L(
                    t + secs(r, 0.05, 0.2),
                    "INFO",
                    '[SocketAuthority] Socket %s disconnected from client "%s" after %dms (Reason: %s)',
                    f'[SocketAuthority] Socket {sid} disconnected from client "{user}" after {r.randint(40, 300)}ms (Reason: server namespace disconnect)',
                )
                continue
            if r.random() < 0.15:
                t = L(
                    t + secs(r, 1, 5),
                    "INFO",
                    '[Auth] User "%s" logged in from ip %s',
                    f'[Auth] User "{user}" logged in from ip {ip}',
                )
            dur_total = 0.0
            for _ in range(r.randint(1, 3)):
                t += timedelta(seconds=r.uniform(5, 120))
                if t >= t_end or down(t):
                    break
                psid = f"play_{an(r, 16).lower()}"
                title = r.choice(ABS_BOOKS) if r.random() < 0.6 else f"{r.choice(ABS_PODCASTS)}"
                dev = (
                    r.choice(
                        [
                            "Chrome 125 on Windows 10",
                            "Firefox 126 on Linux",
                            "Audiobookshelf 0.9.74-beta (Android)",
                            "Audiobookshelf 0.9.74-beta (iOS)",
                        ]
                    )
                    if user != "tomas"
                    else r.choice(
                        ["Safari 12.1 on macOS 10.13", "Audiobookshelf 0.9.74-beta (Android)"]
                    )
                )
                mode = "transcode" if dev.startswith("Safari 12") else "direct"
                t = L(
                    t,
                    "INFO",
                    f'[PlaybackSessionManager] Start "{mode}" playback session for device %s',
                    f'[PlaybackSessionManager] Start "{mode}" playback session for device {dev}',
                )
                d = r.uniform(300, 3600)
                dur_total += d
                t += timedelta(seconds=d)
                if t < t_end and not down(t):
                    t = L(
                        t,
                        "INFO",
                        '[PlaybackSessionManager] Closing session "%s" for "%s" (Device: %s)',
                        f'[PlaybackSessionManager] Closing session "{psid}" for "{title}" (Device: {dev})',
                    )
            t += timedelta(seconds=r.uniform(30, 900))
            if t < t_end and not down(t):
                L(
                    t,
                    "INFO",
                    '[SocketAuthority] Socket %s disconnected from client "%s" after %dms (Reason: %s)',
                    f'[SocketAuthority] Socket {sid} disconnected from client "{user}" after {int((t - ss).total_seconds() * 1000)}ms (Reason: {r.choice(["transport close", "transport close", "ping timeout", "client namespace disconnect"])})',
                )
    # the hourly podcast check
    t = t0 + timedelta(minutes=5)
    while t < t_end:
        x = t
        if not down(x):
            for p in ABS_PODCASTS:
                x = L(
                    x + secs(r, 0.05, 0.8),
                    "INFO",
                    '[PodcastManager] checkPodcastForNewEpisodes: "%s" checking for episodes after %s',
                    f'[PodcastManager] checkPodcastForNewEpisodes: "{p}" checking for episodes after {x - timedelta(hours=r.randint(2, 30)):%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)',
                )
                if p == "Search Engine":
                    x = L(
                        x + secs(r, 0.3, 1.2),
                        "ERROR",
                        "[podcastUtils] getPodcastFeed Error AxiosError: Request failed with status code %d",
                        "[podcastUtils] getPodcastFeed Error AxiosError: Request failed with status code 404",
                        "podcastUtils.js:239",
                    )
                    x = L(
                        x + secs(r, 0.001, 0.01),
                        "ERROR",
                        '[PodcastManager] checkPodcastForNewEpisodes invalid feed payload for "%s"',
                        '[PodcastManager] checkPodcastForNewEpisodes invalid feed payload for "Search Engine"',
                        "PodcastManager.js:300",
                    )
                elif r.random() < 0.04:
                    x = L(
                        x + secs(r, 0.3, 1.2),
                        "INFO",
                        '[PodcastManager] Found %d new episodes for podcast "%s" - starting download',
                        f'[PodcastManager] Found 1 new episodes for podcast "{p}" - starting download',
                    )
                    x = L(
                        x + secs(r, 20, 90),
                        "INFO",
                        '[PodcastManager] Podcast episode "%s" downloaded',
                        f'[PodcastManager] Podcast episode "{p} #{r.randint(100, 700)}" downloaded',
                    )
        t += timedelta(hours=1)
    # nightly backups
    for d in (2, 3, 4):
        x = L(
            day(d, 1, 30, 0) + secs(r, 0, 0.5),
            "INFO",
            "[BackupManager] Running scheduled backup",
            "[BackupManager] Running scheduled backup",
        )
        x = L(
            x + secs(r, 3, 9),
            "INFO",
            '[BackupManager] Backup saved to "%s"',
            f'[BackupManager] Backup saved to "/metadata/backups/{x:%Y-%m-%dT%H%M}.audiobookshelf"',
        )
        L(
            x + secs(r, 0.01, 0.1),
            "INFO",
            '[BackupManager] Removing old backup "%s"',
            f'[BackupManager] Removing old backup "/metadata/backups/{x - timedelta(days=3):%Y-%m-%dT%H%M}.audiobookshelf"',
        )
    # uploads and scans
    for t in poisson(r, t0, t_end, 7 * 3600):
        sid = hx(r, 8) + "-" + hx(r, 4) + "-" + hx(r, 4) + "-" + hx(r, 4) + "-" + hx(r, 12)
        x = L(
            t,
            "INFO",
            "[LibraryScanner] Starting library scan %s for %s",
            f"[LibraryScanner] Starting library scan {sid} for Audiobooks",
        )
        L(
            x + secs(r, 2, 40),
            "INFO",
            "[LibraryScanner] Library scan %s completed in %s | %d Added | %d Updated | %d Missing",
            f"[LibraryScanner] Library scan {sid} completed in {r.randint(0, 1)}:{r.randint(2, 59):02d}.{r.randint(0, 9)} | {r.randint(0, 3)} Added | {r.randint(0, 5)} Updated | 0 Missing",
        )
    # a guessing script
    for t in poisson(r, day(3, 13, 0), day(3, 14, 30), 30):
        u = r.choice(["admin", "root", "abs", "audiobookshelf", "user"])
        if u == "root":
            L(
                t,
                "WARN",
                '[Auth] Failed login attempt for username "%s" from ip %s (Invalid password)',
                f'[Auth] Failed login attempt for username "{u}" from ip 203.0.113.56 (Invalid password)',
                "Auth.js:721",
            )
        else:
            L(
                t,
                "WARN",
                '[Auth] Failed login attempt for username "%s" from ip %s (User not found)',
                f'[Auth] Failed login attempt for username "{u}" from ip 203.0.113.56 (User not found)',
                "Auth.js:713",
            )
    return fs.logs(t0)


SYSTEMS = {
    "qbittorrent": qbittorrent,
    "transmission": transmission,
    "uptime-kuma": uptime_kuma,
    "navidrome": navidrome,
    "audiobookshelf": audiobookshelf,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
