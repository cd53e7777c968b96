#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 157 (tvheadend, mpd, icecast, shairport-sync, snapcast)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file), except in MPD's log_file, which shows only the
minute. Five home media and audio-streaming servers, 06:00 to 12:00 on 2024-06-07; none was in
the set.

- Tvheadend 4.2 (`tvheadend.log`: its `-l` debug file, `%F %T.%03d [%7s]:%s` with the
  subsystem before the message: `2024-06-07 07:08:24.565 [WARNING]:TS: Astra 19.2E/11493.75H/Das
  Erste HD: H264 @ #5101 Continuity counter error (total 68)`), two DVB-S2 tuners on Astra 19.2E
  and OSCam over capmt: the OTA EPG grab at 06:04 and after the restart (`%s - tuning on %s`,
  `%04X: "%s" subscribing to mux "%s", weight: %d, adapter: "%s", network: "%s", service: "%s"`,
  `%04X: "%s" unsubscribing`), Kodi in two rooms and a tablet's TVHClient over HTSP (`Got
  connection from %s`, `%s: Welcomed client software: %s (HTSPv%d)`, `%s: Identified as user
  '%s'`, `%s: Disconnected`, the channel subscriptions with their profile, host, user and client,
  the zaps, the missing channel icons' `%s: %s %s (%d) %s -- %d`), a VLC stream over HTTP, four
  timers and their recordings (`entry %s "%s" on "%s" starting at %s, scheduled for recording by
  "%s"`, `"%s" on "%s" recorder starting`, the DVR subscription, `%s from adapter: ...`, the
  stream table's header and one row per elementary stream, `End of program: Completed OK`); rain
  fading the dish 07:08-07:44 under two viewers (`%s: %s @ #%d Continuity counter error (total
  %d)` per elementary stream every 10 s, `%s Transport error indicator (total %d)`, `%s: %s:
  invalid checksum (len %d, errors %d)` from tbl-eit and tbl-base), OSCam down 08:20-08:32 under
  the recording of an encrypted channel (`Oscam: Cannot connect to %s (Connection refused); Do you
  have OSCam running?`, `Automatic reconnection attempt in in %d seconds`, `cannot decode packets
  for service "%s"`), the upgrade and restart at 09:40 (`Exiting HTS Tvheadend`, `Log started`,
  `HTS Tvheadend version %s started, ...`), both tuners busy at 11:15 (`%04X: No input source
  available for subscription "%s" to channel "%s"`).
- MPD 0.23 on two hosts (`livingroom-mpd.log`, `studio-mpd.log`: the log_file with `log_level
  "info"`, `Jun 07 06:00 : client: [1187] opened from 192.168.1.20:46339`): Home Assistant
  connecting every 30 s (`[%u] opened from %s`, `[%u] closed`), songs (`played "%s"`), the living
  room's USB DAC unplugged 07:15-07:22 (`Failed to play on %s: snd_pcm_poll_descriptors_revents()
  failed: No such device`, then `exception: Failed to open %s; Failed to open ALSA device "%s": No
  such device` and `problems opening audio device while playing "%s"` at each press of play), a
  retag's `updating %s/%s`, a notifier leaking idle connections from 09:02 until `Max connections
  reached` (09:34) and the restart at 09:52 closing all of them (`bind to '%s' failed (continuing
  anyway, because binding to '%s' succeeded): Failed to bind socket: Address already in use`,
  `OutputThread could not get realtime scheduling, continuing anyway: ...`); the studio's shout
  output into Icecast losing it at 08:10 and 10:20 (`Lost shout connection to %s:%i: Socket
  error`, then `problem opening connection to shout server %s:%i: Couldn't connect` while Icecast
  is upgraded and `...: Login failed` after its source password was rotated, until the studio's
  MPD is restarted at 10:27), a new album synced at 10:45 (`added %s/%s`, two `no read
  permissions on %s/%s` until a chmod).
- Icecast 2.4.4's error.log (loglevel 3) on the master (`stream1-error.log`: the studio's MPD on
  /autodj.mp3, a DJ's BUTT on /live.mp3 with /autodj.mp3 as its fallback) and on a relay in
  master-server mode (`edge1-error.log`: the public listeners), `[2024-06-07  06:00:10] INFO
  source/source_main listener count on /autodj.mp3 now 32`: listeners coming and going, the
  player page's static files (`checking for file %s (%s)`, the favicon's `req for file "%s" No
  such file or directory`), slow mobile listeners (`Client %lu (%s) has fallen too far behind,
  removing`), the live show 07:45-11:00 (six `Source (%s) attempted to login with invalid or
  missing password`, `Source logging in at mountpoint "%s" from %s`, `passing %lu listeners to
  "%s"` both ways, BUTT's metadata at each song: `Received admin command %s on mount "%s"` and
  `Metadata on mountpoint %s changed to "%s"`, the DJ's line dropping at 09:30: `Disconnecting
  source due to socket timeout`, `End of Stream %s` at the end, `Client deleted, exceeding maximum
  listeners for this mountpoint (%s).` at the peak), the master upgraded 08:10-08:12 (`Caught
  signal %d, shutting down...`, `Shutting down`, `Source from %s at "%s" exiting`, `%s server
  started`, `No SSL capability on any configured ports`; the relay's mounts ending, `Relay slave
  failed to contact master server to fetch stream list`, `Starting relayed source at mountpoint
  "%s"`, `connecting to %s:%d`, `Failed to connect to %s:%d`) and restarted at 10:20 with a
  rotated source password the studio's MPD does not have until 10:27.
- Shairport Sync 4.3 (AirPlay 2, ALSA) on three Raspberry Pis with `log_verbosity = 1` and
  `statistics = "yes"`, from the journal with `journalctl -o short-precise`
  (`kitchen-shairport.log`, `livingroom-shairport.log`, `office-shairport.log`: `Jun 07
  06:35:42.729141 kitchen shairport-sync[612]:          0.000300123 "player.c:2858" ...`, the
  time since the process's last message and the call site before each message, ` *warning: ` and
  ` *fatal error: ` after them for warn() and die()): the short connections Apple devices open
  all day (`Connection %d: %s rtsp_conversation_thread_func_cleanup_function called.`,
  `Connection %d: terminating -- closing RTSP connection socket %d: from %s:%u to self at %s:%u.`,
  `Connection %d: Closed.`), playback sessions with the statistics table every 30 s (its header,
  the first row with `N/A` output rates, then the rows), the kitchen's pause (`No frames received
  in the last sampling interval.`), Kodi holding the living room's DAC 07:28-07:33 (`The output
  device "%s" is busy and can't be used by Shairport Sync at present.`, `... is no longer busy
  ...`), the living room's Pi Zero underrunning over weak Wi-Fi 10:00-11:30 (`alsa: underrun
  while writing %d samples to alsa device.`, `alsa: recovering from a previous underrun.`), the
  kitchen's second instance after an upgrade in a restart loop 10:05-10:09 (`unable to listen on
  IPv4 port %d. ...`, the IPv6 line, `could not establish a service on port %d -- program
  terminating. ...`), the office's mixer control misnamed 09:00-09:25 (`failed to find mixer
  control "%s",%d.`) and its DAC stalling once at 11:20.
- Snapcast's snapserver 0.27, then 0.28 (`snapserver.log`: its file sink, AixLog's `%Y-%m-%d
  %H-%M-%S.#ms [#severity] (#tag_func)`: `2024-06-07 06-00-37.500 [Notice] (StreamServer)
  StreamServer::NewConnection: 192.168.1.5`), a pipe from MPD and a librespot source, five
  snapclients, Home Assistant and snapweb: the garden's client on flaky Wi-Fi 06:40-08:30 and
  10:50-11:40 (`Error reading message header of length %d: Connection reset by peer`,
  `StreamSession write error (msg length: %d): Broken pipe`, `onDisconnect: %s`, `Hello from %s,
  host: %s, v%s, ClientName: %s, OS: %s, Arch: %s, Protocol version: %s`), Uptime Kuma's TCP check
  of the stream port every minute (`... length %d: End of file`, `onDisconnect: ` with no client
  id), an HTTP check by mistake 09:30-10:30 (`unknown message type received: %d, size: %d`), a
  backup loading the server 09:00-09:40 (`next read < 0 (%s): %s ms`, `onResync (%s): %s ms`),
  stream states (`State changed: %s, state: %s => %s`, `onStateChanged (%s): %s`), Spotify
  (librespot's `Loading <%s> with Spotify URI <%s>` and `<%s> (%d ms) loaded` under its module,
  `metadata: <%s>`), Home Assistant setting a removed client's volume (`Server::onMessageReceived
  JsonRequestException: %s, message: %s`), snapweb's `ControlServer::NewConnection: %s` and
  `Removing %d inactive session(s), active sessions: %d`, the upgrade at 10:30 with a buffer typo
  (`Buffer is less than %dms, changing to %dms`) and a second restart at 10:46 (`Received signal
  %d: %s`, `Stopping streamServer`, `done`, `Snapserver terminated.`, `Version %s`, `Adding
  source: %s`, `Using HTTP host name: %s`, `PcmStream: %s, sampleFormat: %s`, the three acceptors,
  `Number of threads: %d, hw threads: %d`).

Label notes. The heads are context: Tvheadend's time, level and subsystem (`TS: `, `capmt: `),
MPD's time and domain (`client: `, `exception: `), Icecast's time, level and `module/function`,
the journal's time, host and ident with Shairport Sync's time since the last message, call site
and ` *warning: ` / ` *fatal error: ` markers, AixLog's time, severity and tag. Messages built by
concatenation or streams are labelled as their format with `%s` for each value (Tvheadend's
subscription line in its three shapes: a channel with a client, a DVR channel, a mux; the DVR
stream table's header is the literal its call site passes as arguments); an errno's or library's
text inside a message contributes its own text (`Failed to bind socket: Address already in use`,
libshout's `Couldn't connect` and `Login failed` are two labels, `(Connection refused)`, asio's
`End of file` and `Connection reset by peer` are two labels); MPD's nested exception messages
joined by `; ` keep both formats; a word picked by branch is wording (Shairport Sync's `IPv4` /
`IPv6`, Tvheadend's `Completed OK`, the statistics row with `N/A`); names, ids, paths, titles,
states, table names, stream types and client software are values. Snapcast's librespot lines
are labelled with librespot's format (the tag is librespot's module). The Clock is off for MPD's
minute-resolution log (its lines share their minute, as they do in a real one).

Least sure (written from the helper's knowledge; Tvheadend's log layout, htsp, subscription,
capmt, TS, table and DVR lines were checked against a copy of its source and a real log quoted in
a mailing-list attachment; MPD's client, player, update, output and shout messages and its
log_file layout, Icecast 2.4's source, slave and connection messages, Shairport Sync's rtsp.c
cleanup lines, ALSA backend lines and statistics table, and snapserver's server, stream server,
session, stream and start-up lines against copies of their sources): Tvheadend's `%s: %s %s (%d)
%s -- %d` command number for GET, `%s: Identified as user '%s'` without `(verified)`, the
`No input source available` line's level; MPD's `exception:` domain for an output that fails to
open and ALSA's `snd_pcm_poll_descriptors_revents() failed`; Icecast's `_sig_die` and
`main/main` shutdown lines and the relay's `End of Stream` when its master stops; Shairport Sync's
category strings (`unspecified stream`, `PTP stream`), the call sites' line numbers, the
statistics interval and which columns 4.3 shows at verbosity 1; snapserver's `Version %s` without
a revision in a Debian build, and the order of the start-up lines.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------- tvheadend

TVH_NET = "Astra 19.2E"
TVH_SAT = [
    "Montage Technology M88DS3103 #0 : DVB-S #0",
    "Montage Technology M88DS3103 #1 : DVB-S #0",
]
TVH_CHANNELS = {
    # channel: (mux, provider, encrypted, elementary streams: (type, pid, lang, resolution, aspect))
    "Das Erste HD": (
        "11493.75H",
        "ARD",
        False,
        [
            ("H264", 5101, "", "1280x720", "16:9"),
            ("MPEG2AUDIO", 5102, "deu", "", ""),
            ("AC3", 5106, "deu", "", ""),
            ("TELETEXT", 5104, "", "", ""),
        ],
    ),
    "ZDF HD": (
        "11361.75H",
        "ZDFvision",
        False,
        [
            ("H264", 6110, "", "1280x720", "16:9"),
            ("MPEG2AUDIO", 6120, "deu", "", ""),
            ("AC3", 6122, "deu", "", ""),
            ("DVBSUB", 6131, "deu", "", ""),
        ],
    ),
    "arte HD": (
        "10743.75H",
        "ARD",
        False,
        [
            ("H264", 6210, "", "1280x720", "16:9"),
            ("MPEG2AUDIO", 6221, "deu", "", ""),
            ("MPEG2AUDIO", 6222, "fra", "", ""),
            ("AC3", 6223, "deu", "", ""),
        ],
    ),
    "tagesschau24 HD": (
        "11052.75H",
        "ARD",
        False,
        [("H264", 5301, "", "1280x720", "16:9"), ("MPEG2AUDIO", 5302, "deu", "", "")],
    ),
    "3sat HD": (
        "11347.25V",
        "ZDFvision",
        False,
        [
            ("H264", 6510, "", "1280x720", "16:9"),
            ("MPEG2AUDIO", 6520, "deu", "", ""),
            ("AC3", 6522, "deu", "", ""),
        ],
    ),
    "RTL HD": (
        "10832.25H",
        "CBC",
        True,
        [
            ("H264", 255, "", "1920x1080", "16:9"),
            ("MPEG2AUDIO", 256, "deu", "", ""),
            ("AC3", 259, "deu", "", ""),
            ("CA", 0, "", "", ""),
            ("CA", 0, "", "", ""),
        ],
    ),
}
TVH_EPG_MUXES = [
    "10743.75H",
    "10832.25H",
    "11052.75H",
    "11347.25V",
    "11361.75H",
    "11493.75H",
    "11758.5H",
    "11953.5H",
    "12109.5H",
    "12603.5H",
]

TVH_SUB_FULL = '%04X: "%s" subscribing on channel "%s", weight: %d, adapter: "%s", network: "%s", mux: "%s", provider: "%s", service: "%s", profile="%s", hostname="%s", username="%s", client="%s"'
TVH_SUB_DVR = '%04X: "%s" subscribing on channel "%s", weight: %d, adapter: "%s", network: "%s", mux: "%s", provider: "%s", service: "%s", profile="%s"'
TVH_SUB_MUX = (
    '%04X: "%s" subscribing to mux "%s", weight: %d, adapter: "%s", network: "%s", service: "%s"'
)
TVH_UNSUB_FULL = '%04X: "%s" unsubscribing from "%s", hostname="%s", username="%s", client="%s"'
TVH_UNSUB_DVR = '%04X: "%s" unsubscribing from "%s"'
TVH_UNSUB_MUX = '%04X: "%s" unsubscribing'
TVH_ROW = "%2d  %-16s  %-4s  %-10s  %-12s  %-11s  %-8s  %s"
TVH_HEAD = " #  type              lang  resolution  aspect ratio  sample rate  channels"


def tvheadend(r: random.Random) -> list[Log]:
    """One Tvheadend 4.2 server (two DVB-S2 tuners on Astra 19.2E, OSCam over capmt), 06:00 to
    12:00: Kodi in the living room and the bedroom over HTSP, a tablet's TVHClient, a VLC stream
    over HTTP, four recordings, rain fading the dish 07:08-07:44, OSCam down 08:20-08:32 under a
    recording of an encrypted channel, Tvheadend upgraded and restarted at 09:40 (the OTA EPG scan
    after it), both tuners busy at 11:15."""
    fs = Files()
    sid = [0x2F]

    def L(t: datetime, lvl: str, sub: str, label: str, msg: str) -> datetime:
        return fs.add(
            "tvheadend.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} [{lvl:>7}]:{sub}: {msg}"],
            "tvh",
            1000,
        )

    def next_sid() -> int:
        sid[0] += r.choice([1, 1, 2, 2, 3])
        return sid[0]

    def tune(t: datetime, mux: str, adapter: str) -> datetime:
        return L(
            t,
            "INFO",
            "mpegts",
            "%s - tuning on %s",
            f"{mux} in {TVH_NET} - tuning on {adapter}",
        )

    def htsp_connect(t: datetime, ip: str, client: str, ver: int, user: str, icons: int) -> str:
        t = L(t, "INFO", "htsp", "Got connection from %s", f"Got connection from {ip}")
        t = L(
            t + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "htsp",
            "%s: Welcomed client software: %s (HTSPv%d)",
            f"{ip}: Welcomed client software: {client} (HTSPv{ver})",
        )
        t = L(
            t + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "htsp",
            "%s: Identified as user '%s'",
            f"{ip} [ {client} ]: Identified as user '{user}'",
        )
        for _ in range(icons):
            t = L(
                t + sec(r.uniform(0.05, 0.9)),
                "ERROR",
                "http",
                "%s: %s %s (%d) %s -- %d",
                f"{ip}: HTTP/1.1 GET (1) /imagecache/{r.choice([3, 7, 12, 18, 19, 23, 31, 40, 44, 57])} -- 404",
            )
        return f"{ip} [ {user} | {client} ]"

    def htsp_disconnect(t: datetime, logname: str) -> datetime:
        return L(t, "INFO", "htsp", "%s: Disconnected", f"{logname}: Disconnected")

    def sub_full(
        t: datetime,
        title: str,
        ch: str,
        weight: int,
        adapter: str,
        profile: str,
        host: str,
        user: str,
        client: str,
    ) -> tuple[datetime, int]:
        mux, prov, _enc, _es = TVH_CHANNELS[ch]
        s = next_sid()
        t = L(
            t,
            "INFO",
            "subscription",
            TVH_SUB_FULL,
            f'{s:04X}: "{title}" subscribing on channel "{ch}", weight: {weight}, adapter: "{adapter}", network: "{TVH_NET}", mux: "{mux}", provider: "{prov}", service: "{ch}", profile="{profile}", hostname="{host}", username="{user}", client="{client}"',
        )
        return t, s

    def unsub_full(
        t: datetime, s: int, title: str, ch: str, host: str, user: str, client: str
    ) -> datetime:
        return L(
            t,
            "INFO",
            "subscription",
            TVH_UNSUB_FULL,
            f'{s:04X}: "{title}" unsubscribing from "{ch}", hostname="{host}", username="{user}", client="{client}"',
        )

    # watching: (start, end, channel, adapter) intervals, for the rain fade's errors
    watching: list[tuple[datetime, datetime, str, str]] = []

    def watch(
        logname: str,
        ip: str,
        user: str,
        client: str,
        plan: list[tuple[datetime, str, str]],
        end: datetime,
        weight: int = 150,
    ) -> None:
        """plan: (time, channel, adapter); each entry zaps from the previous channel."""
        cur: tuple[int, str] | None = None
        last_mux = ""
        for i, (t, ch, adapter) in enumerate(plan):
            if cur is not None:
                t = unsub_full(t, cur[0], logname, cur[1], ip, user, client)
                t += sec(r.uniform(0.3, 1.1))
            mux = TVH_CHANNELS[ch][0]
            if mux != last_mux:
                t = tune(t, mux, adapter)
                last_mux = mux
            if TVH_CHANNELS[ch][2]:
                t = L(
                    t + sec(r.uniform(0.01, 0.05)),
                    "INFO",
                    "capmt",
                    '%s: Starting CAPMT server for service "%s" on adapter %d',
                    f'Oscam: Starting CAPMT server for service "{ch}" on adapter {TVH_SAT.index(adapter)}',
                )
            t, s = sub_full(
                t + sec(r.uniform(0.01, 0.04)),
                logname,
                ch,
                weight,
                adapter,
                "htsp",
                ip,
                user,
                client,
            )
            cur = (s, ch)
            nxt = plan[i + 1][0] if i + 1 < len(plan) else end
            watching.append((t, nxt, ch, adapter))
        if cur is not None and end < T_END:
            unsub_full(end, cur[0], logname, cur[1], ip, user, client)

    def record(
        start: datetime,
        end: datetime,
        title: str,
        ch: str,
        adapter: str,
        tuned: bool = False,
        capmt_up: bool = True,
    ) -> None:
        mux, prov, enc, es = TVH_CHANNELS[ch]
        t = L(
            start + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "dvr",
            '"%s" on "%s" recorder starting',
            f'"{title}" on "{ch}" recorder starting',
        )
        if not tuned:
            t = tune(t + sec(0.001), mux, adapter)
        if enc and capmt_up:
            t = L(
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "capmt",
                '%s: Starting CAPMT server for service "%s" on adapter %d',
                f'Oscam: Starting CAPMT server for service "{ch}" on adapter {TVH_SAT.index(adapter)}',
            )
        s = next_sid()
        t = L(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "subscription",
            TVH_SUB_DVR,
            f'{s:04X}: "DVR: {title}" subscribing on channel "{ch}", weight: 300, adapter: "{adapter}", network: "{TVH_NET}", mux: "{mux}", provider: "{prov}", service: "{ch}", profile="pass"',
        )
        fname = (
            f"/srv/recordings/{title.replace(',', '').replace(' ', '-')}-{start:%Y-%m-%d-%H-%M}.ts"
        )
        t = L(
            t + sec(r.uniform(0.6, 1.2)),
            "INFO",
            "dvr",
            '%s from adapter: "%s", network: "%s", mux: "%s", provider: "%s", service: "%s"',
            f'{fname} from adapter: "{adapter}", network: "{TVH_NET}", mux: "{mux}", provider: "{prov}", service: "{ch}"',
        )
        head = f" #  {'type':<16}  {'lang':<4}  {'resolution':<10}  {'aspect ratio':<12}  {'sample rate':<11}  {'channels':<8}  "
        t = L(t, "INFO", "dvr", TVH_HEAD, head)
        for i, (typ, _pid, lang, res, asp) in enumerate(es, 1):
            audio = typ in ("MPEG2AUDIO", "AC3")
            row = TVH_ROW % (
                i,
                typ,
                lang,
                res,
                asp if asp else ("?" if typ == "H264" else ""),
                "?" if audio else "",
                "?" if audio else "",
                "",
            )
            t = L(t, "INFO", "dvr", TVH_ROW, row)
        watching.append((t, end, ch, adapter))
        t = L(
            end + sec(r.uniform(0.001, 0.02)),
            "INFO",
            "subscription",
            TVH_UNSUB_DVR,
            f'{s:04X}: "DVR: {title}" unsubscribing from "{ch}"',
        )
        L(
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "dvr",
            '"%s" on "%s": End of program: Completed OK',
            f'"{title}" on "{ch}": End of program: Completed OK',
        )

    def epg_scan(t: datetime, muxes: list[str], adapter: str) -> datetime:
        for mux in muxes:
            t = tune(t, mux, adapter)
            s = next_sid()
            t = L(
                t + sec(r.uniform(0.015, 0.045)),
                "INFO",
                "subscription",
                TVH_SUB_MUX,
                f'{s:04X}: "epggrab" subscribing to mux "{mux}", weight: 4, adapter: "{adapter}", network: "{TVH_NET}", service: "Raw PID Subscription"',
            )
            t = L(
                t + sec(r.uniform(9, 29)),
                "INFO",
                "subscription",
                TVH_UNSUB_MUX,
                f'{s:04X}: "epggrab" unsubscribing',
            )
            t += sec(r.uniform(0.5, 1.0))
        return t

    # OTA EPG grab by cron at 06:04, on the second tuner
    epg_scan(at(6, 4, 1.2), TVH_EPG_MUXES[:6], TVH_SAT[1])

    # the living room's Kodi, morning news, rain fade in the middle
    lr_ip, kodi = "192.168.1.50", "Kodi Media Center"
    lr = htsp_connect(at(6, 31, 4.7), lr_ip, kodi, 34, "kodi", 5)
    watch(
        lr,
        lr_ip,
        "kodi",
        kodi,
        [
            (at(6, 31, 21.3), "Das Erste HD", TVH_SAT[0]),
            (at(6, 58, 2.1), "ZDF HD", TVH_SAT[0]),
            (at(7, 5, 40.6), "Das Erste HD", TVH_SAT[0]),
        ],
        at(7, 55, 12.4),
    )
    htsp_disconnect(at(7, 55, 13.1), lr)
    # timers set from Kodi's EPG
    for t, title, ch, when in [
        (at(6, 40, 12.5), "Punkt 8", "RTL HD", "2024-06-07 08:25:00"),
        (at(6, 40, 31.0), "heute Xpress", "ZDF HD", "2024-06-07 09:00:00"),
        (at(6, 41, 2.8), "Tagesschau", "Das Erste HD", "2024-06-07 10:00:00"),
        (at(6, 41, 20.2), "Elefant, Tiger & Co.", "Das Erste HD", "2024-06-07 11:10:00"),
    ]:
        L(
            t,
            "INFO",
            "dvr",
            'entry %s "%s" on "%s" starting at %s, scheduled for recording by "%s"',
            f'entry {hexid(r, 32)} "{title}" on "{ch}" starting at {when}, scheduled for recording by "kodi"',
        )
    # the bedroom's Kodi
    br_ip = "192.168.1.51"
    br = htsp_connect(at(7, 2, 31.9), br_ip, kodi, 34, "kodi", 4)
    watch(br, br_ip, "kodi", kodi, [(at(7, 2, 50.2), "ZDF HD", TVH_SAT[1])], at(7, 27, 3.3))
    htsp_disconnect(at(7, 27, 4.0), br)

    # OSCam down 08:20-08:32 under the RTL recording
    osc_down = (at(8, 20, 4.0), at(8, 32, 40.0))
    t = osc_down[0] + sec(1.2)
    while t < osc_down[1]:
        L(
            t,
            "ERROR",
            "capmt",
            "%s: Cannot connect to %s (Connection refused); Do you have OSCam running?",
            "Oscam: Cannot connect to 127.0.0.1:9000 (Connection refused); Do you have OSCam running?",
        )
        L(
            t + sec(0.001),
            "INFO",
            "capmt",
            "%s: Automatic reconnection attempt in in %d seconds",
            "Oscam: Automatic reconnection attempt in in 60 seconds",
        )
        t += sec(60 + r.uniform(0.0, 0.05))
    L(
        osc_down[1],
        "INFO",
        "capmt",
        "%s: Connected to server '%s' (protocol version %d)",
        "Oscam: Connected to server 'OSCam 11.726-@f57b6c6 (x86_64-linux-gnu)' (protocol version 3)",
    )
    record(at(8, 25), at(9, 0, 0.4), "Punkt 8", "RTL HD", TVH_SAT[0], capmt_up=False)
    L(
        osc_down[1] + sec(0.02),
        "INFO",
        "capmt",
        '%s: Starting CAPMT server for service "%s" on adapter %d',
        'Oscam: Starting CAPMT server for service "RTL HD" on adapter 0',
    )
    t = at(8, 25, 3.1)
    while t < osc_down[1]:
        L(
            t,
            "ERROR",
            "descrambler",
            'cannot decode packets for service "%s"',
            'cannot decode packets for service "RTL HD"',
        )
        t += sec(r.uniform(9.8, 10.4))

    record(at(9, 0), at(9, 5, 30.2), "heute Xpress", "ZDF HD", TVH_SAT[1])
    # the kitchen tablet
    kt_ip, tvhc = "192.168.1.64", "TVHClient"
    kt = htsp_connect(at(9, 2, 11.4), kt_ip, tvhc, 35, "anna", 0)
    watch(
        kt, kt_ip, "anna", tvhc, [(at(9, 2, 19.0), "tagesschau24 HD", TVH_SAT[0])], at(9, 20, 51.7)
    )
    htsp_disconnect(at(9, 20, 52.2), kt)

    # upgrade and restart at 09:40
    L(at(9, 40, 10.3), "NOTICE", "STOP", "Exiting HTS Tvheadend", "Exiting HTS Tvheadend")
    t = L(at(9, 40, 16.8), "INFO", "main", "Log started", "Log started")
    t = L(
        t + sec(3.7),
        "NOTICE",
        "START",
        "HTS Tvheadend version %s started, running as PID:%d UID:%d GID:%d, CWD:%s CNF:%s",
        "HTS Tvheadend version 4.2.8-36~g5ebc5ea17 started, running as PID:28817 UID:106 GID:44, CWD:/ CNF:/home/hts/.hts/tvheadend",
    )
    L(
        t + sec(1.9),
        "INFO",
        "capmt",
        "%s: Connected to server '%s' (protocol version %d)",
        "Oscam: Connected to server 'OSCam 11.726-@f57b6c6 (x86_64-linux-gnu)' (protocol version 3)",
    )
    epg_scan(t + sec(4.1), TVH_EPG_MUXES, TVH_SAT[1])

    record(at(10, 0), at(10, 10, 0.2), "Tagesschau", "Das Erste HD", TVH_SAT[0])
    # a VLC stream over HTTP
    vlc = "VLC/3.0.20 LibVLC/3.0.20"
    t = tune(at(10, 15, 8.2), TVH_CHANNELS["arte HD"][0], TVH_SAT[0])
    t, s = sub_full(
        t + sec(0.02), "HTTP", "arte HD", 100, TVH_SAT[0], "pass", "192.168.1.77", "guest", vlc
    )
    watching.append((t, at(10, 52, 31.0), "arte HD", TVH_SAT[0]))
    unsub_full(at(10, 52, 31.0), s, "HTTP", "arte HD", "192.168.1.77", "guest", vlc)

    # the living room again, the afternoon on 3sat; both tuners busy at 11:15
    lr = htsp_connect(at(10, 58, 40.1), lr_ip, kodi, 34, "kodi", 3)
    watch(lr, lr_ip, "kodi", kodi, [(at(10, 58, 55.5), "3sat HD", TVH_SAT[0])], T_END)
    record(at(11, 10), at(11, 35, 0.3), "Elefant, Tiger & Co.", "Das Erste HD", TVH_SAT[1])
    br = htsp_connect(at(11, 14, 58.2), br_ip, kodi, 34, "kodi", 2)
    for dt in (11.3, 43.9, 80.4):
        L(
            at(11, 15) + sec(dt),
            "WARNING",
            "subscription",
            '%04X: No input source available for subscription "%s" to channel "%s"',
            f'{next_sid():04X}: No input source available for subscription "{br}" to channel "ZDF HD"',
        )
    htsp_disconnect(at(11, 17, 2.5), br)
    br = htsp_connect(at(11, 40, 20.8), br_ip, kodi, 34, "kodi", 2)
    watch(br, br_ip, "kodi", kodi, [(at(11, 40, 41.6), "ZDF HD", TVH_SAT[1])], T_END)

    # rain fade 07:08-07:44 on the dish: every stream watched then gets errors
    fade = (at(7, 8, 12), at(7, 44, 40))
    tables = ["eit", "eit", "eit", "pat", "pmt", "nit", "sdt", "cat"]
    muxes_faded: dict[str, tuple[datetime, datetime]] = {}
    for w0, w1, ch, _adapter in watching:
        a, b = max(w0, fade[0]), min(w1, fade[1])
        if a >= b:
            continue
        mux, _prov, _enc, es = TVH_CHANNELS[ch]
        m0, m1 = muxes_faded.get(mux, (b, a))
        muxes_faded[mux] = (min(m0, a), max(m1, b))
        svc = f"{TVH_NET}/{mux}/{ch}"
        for typ, pid, _lang, _res, _asp in es:
            if typ == "CA":
                continue
            total = 0
            t = a + sec(r.uniform(0.5, 9.5))
            while t < b:
                total += r.randint(1, 40)
                L(
                    t,
                    "WARNING",
                    "TS",
                    "%s: %s @ #%d Continuity counter error (total %d)",
                    f"{svc}: {typ} @ #{pid} Continuity counter error (total {total})",
                )
                t += sec(r.uniform(10.0, 10.6))
        total = 0
        t = a + sec(r.uniform(0.5, 9.5))
        while t < b:
            total += r.randint(1, 25)
            L(
                t,
                "WARNING",
                "TS",
                "%s Transport error indicator (total %d)",
                f"{svc} Transport error indicator (total {total})",
            )
            t += sec(r.uniform(10.0, 10.8))
    for mux, (a, b) in muxes_faded.items():
        errs: dict[str, int] = {}
        t = a + sec(r.uniform(1, 6))
        while t < b:
            tab = r.choice(tables)
            errs[tab] = errs.get(tab, 0) + r.randint(1, 60 if tab == "eit" else 3)
            L(
                t,
                "WARNING",
                "tbl-eit" if tab == "eit" else "tbl-base",
                "%s: %s: invalid checksum (len %d, errors %d)",
                f"{tab}: {mux} in {TVH_NET}: invalid checksum (len {r.choice([3, 17, 48, 124, 164]) if tab != 'eit' else r.randint(40, 4050)}, errors {errs[tab]})",
            )
            t += sec(r.uniform(6.0, 14.0))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- mpd

MPD_LIBRARY = [
    (
        "Khruangbin/Mordechai (2020)",
        [
            "01 - First Class.flac",
            "02 - Time (You and I).flac",
            "03 - Connaissais de Face.flac",
            "04 - Father Bird, Mother Bird.flac",
            "05 - If There Is No Question.flac",
            "06 - Pelota.flac",
        ],
    ),
    (
        "Bonobo/Migration (2017)",
        [
            "01 - Migration.flac",
            "02 - Break Apart.flac",
            "03 - Outlier.flac",
            "04 - Grains.flac",
            "05 - Second Sun.flac",
            "06 - Surface.flac",
            "07 - Bambro Koyo Ganda.flac",
        ],
    ),
    (
        "Nils Frahm/All Melody (2018)",
        [
            "01 - The Whole Universe Wants to Be Touched.flac",
            "02 - Sunson.flac",
            "03 - A Place.flac",
            "04 - My Friend the Forest.flac",
            "05 - Human Range.flac",
        ],
    ),
    (
        "Portishead/Dummy (1994)",
        [
            "01 - Mysterons.flac",
            "02 - Sour Times.flac",
            "03 - Strangers.flac",
            "04 - It Could Be Sweet.flac",
            "05 - Wandering Star.flac",
            "06 - It's a Fire.flac",
            "07 - Numb.flac",
        ],
    ),
    (
        "Ólafur Arnalds/some kind of peace (2020)",
        [
            "01 - Loom.flac",
            "02 - Woven Song.flac",
            "03 - Spiral.flac",
            "04 - Still Sound.flac",
            "05 - Zero.flac",
        ],
    ),
    (
        "Tycho/Dive (2011)",
        [
            "01 - A Walk.mp3",
            "02 - Hours.mp3",
            "03 - Daydream.mp3",
            "04 - Dive.mp3",
            "05 - Coastal Brake.mp3",
            "06 - Ascension.mp3",
        ],
    ),
    (
        "Radiohead/In Rainbows (2007)",
        [
            "01 - 15 Step.flac",
            "02 - Bodysnatchers.flac",
            "03 - Nude.flac",
            "04 - Weird Fishes_Arpeggi.flac",
            "05 - All I Need.flac",
            "06 - Faust Arp.flac",
            "07 - Reckoner.flac",
        ],
    ),
]
MPD_NEW_ALBUM = (
    "Incoming/Floating Points - Cascade (2024)",
    [
        "01 - Vocoder (Club Mix).flac",
        "02 - Key103.flac",
        "03 - Del Oro.flac",
        "04 - Birth4000.flac",
        "05 - Ablaze.flac",
        "06 - Afflecks Palace.flac",
        "07 - Fast Forward.flac",
        "08 - Tilt Shift.flac",
        "09 - Ocotillo.flac",
        "10 - Emotional Magnetism.flac",
        "11 - Cascade.flac",
        "12 - Key103 (Extended).flac",
    ],
)


def mpd(r: random.Random) -> list[Log]:
    """Two MPD 0.23 hosts with `log_level "info"` into their log_file (`livingroom-mpd.log`,
    `studio-mpd.log`), 06:00 to 12:00: the living room's player polled by Home Assistant every
    30 s, its USB DAC unplugged 07:15-07:22, a retag at 08:40, a leaking idle client filling
    max_connections from 09:02 until MPD is restarted at 09:52; the studio feeding Icecast over
    the shout output all day, losing it while Icecast is upgraded 08:10-08:12 and again
    10:20-10:27 (a rotated source password, `Login failed`) until its own restart, a new album
    synced at 10:45 with two unreadable files."""
    fs = Files()

    def M(host: str, t: datetime, domain: str, label: str, msg: str) -> datetime:
        # the log_file shows minutes (`%b %d %H:%M : `): lines share their minute, an
        # exception to round 53's Clock (kept at a microsecond only to keep the order)
        return fs.add(
            f"{host}-mpd.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M} : {domain}: {msg}"],
            host,
            1,
        )

    tracks = [f"{alb}/{tr}" for alb, trs in MPD_LIBRARY for tr in trs]

    def eport() -> int:
        return r.randint(32768, 60999)

    def clients(
        host: str,
        first: int,
        sessions: list[tuple[datetime, datetime | None, str]],
        restarts: list[datetime],
    ) -> None:
        """Client numbers are given in connection order (from 0 again after a restart); a
        session without an end is closed when its MPD stops."""
        n = first
        for a, b, addr in sorted(sessions, key=lambda x: x[0]):
            while restarts and a >= restarts[0]:
                restarts = restarts[1:]
                n = 0
            M(host, a, "client", "[%u] opened from %s", f"[{n}] opened from {addr}")
            if b is not None:
                M(host, b, "client", "[%u] closed", f"[{n}] closed")
            n += 1

    def play(host: str, t0: datetime, t1: datetime, idx: int) -> int:
        """Songs from t0 to t1, `played` at each border; returns the next index."""
        t = t0
        while True:
            dur = r.uniform(170, 430)
            if t + sec(dur) >= t1:
                return idx
            t += sec(dur)
            M(host, t, "player", 'played "%s"', f'played "{tracks[idx % len(tracks)]}"')
            idx += r.choice([1, 1, 1, 2, 5])

    # ---- livingroom
    H = "livingroom"
    lr_down = (at(9, 34, 18.0), at(9, 52, 4.0))  # max_connections reached
    restart = at(9, 52, 5.2)
    sessions: list[tuple[datetime, datetime | None, str]] = []
    # Home Assistant's poll, every 30 s
    t = at(6, 0, 11.8)
    while t < T_END:
        if lr_down[0] <= t < restart + sec(3):
            if t < restart:
                M(H, t, "client", "Max connections reached", "Max connections reached")
        else:
            sessions.append((t, t + sec(r.uniform(0.01, 0.08)), f"192.168.1.20:{eport()}"))
        t += sec(30 + r.uniform(-0.05, 0.05))
    # the leaking notifier: an idle connection every 20 s, never closed
    t = at(9, 2, 7.3)
    while t < restart:
        if t < lr_down[0]:
            sessions.append((t, None, f"127.0.0.1:{eport()}"))
        else:
            M(H, t, "client", "Max connections reached", "Max connections reached")
        t += sec(20 + r.uniform(-0.1, 0.1))
    # M.A.L.P. on a phone: an idle connection held while the app is open
    for a, b in [
        (at(6, 52, 30), at(7, 10, 5)),
        (at(7, 31, 2), at(8, 5, 44)),
        (at(10, 5, 12), at(10, 40, 51)),
        (at(11, 21, 7), at(11, 49, 30)),
    ]:
        sessions.append((a, b, f"192.168.1.64:{eport()}"))
    # the clients still open at the restart are closed by it, in number order
    pre = sorted((x for x in sessions if x[0] < restart), key=lambda x: x[0])
    post = [x for x in sessions if x[0] >= restart]
    n = 1187
    t = restart
    for a, b, addr in pre:
        M(H, a, "client", "[%u] opened from %s", f"[{n}] opened from {addr}")
        if b is None:
            t = M(H, t + sec(0.0005), "client", "[%u] closed", f"[{n}] closed")
        else:
            M(H, b, "client", "[%u] closed", f"[{n}] closed")
        n += 1
    clients(H, 0, post, [])
    # playback: morning, DAC unplugged 07:15:40, replugged 07:22
    idx = play(H, at(6, 45, 3), at(7, 15, 40), 0)
    M(
        H,
        at(7, 15, 40.2),
        "output",
        "Failed to play on %s: snd_pcm_poll_descriptors_revents() failed: No such device",
        'Failed to play on "USB DAC" (alsa): snd_pcm_poll_descriptors_revents() failed: No such device',
    )
    for t in [at(7, 16, 12.4), at(7, 17, 3.0), at(7, 18, 30.9), at(7, 20, 15.5)]:
        M(
            H,
            t,
            "exception",
            'Failed to open %s; Failed to open ALSA device "%s": No such device',
            'Failed to open "USB DAC" (alsa); Failed to open ALSA device "hw:CARD=DAC,DEV=0": No such device',
        )
        M(
            H,
            t + sec(0.002),
            "player",
            'problems opening audio device while playing "%s"',
            f'problems opening audio device while playing "{tracks[idx % len(tracks)]}"',
        )
    idx = play(H, at(7, 22, 8), at(8, 12, 40), idx)
    # beets rewrote tags at 08:40: the inotify update
    t = at(8, 40, 31.5)
    alb, trs = MPD_LIBRARY[3]
    for tr in trs:
        t = M(H, t + sec(r.uniform(0.05, 0.4)), "update", "updating %s/%s", f"updating {alb}/{tr}")
    alb, trs = MPD_LIBRARY[6]
    for tr in trs[:2]:
        t = M(H, t + sec(r.uniform(0.05, 0.4)), "update", "updating %s/%s", f"updating {alb}/{tr}")
    # the new process after the restart
    t = M(
        H,
        restart + sec(1.8),
        "server_socket",
        "bind to '%s' failed (continuing anyway, because binding to '%s' succeeded): Failed to bind socket: Address already in use",
        "bind to '0.0.0.0:6600' failed (continuing anyway, because binding to '[::]:6600' succeeded): Failed to bind socket: Address already in use",
    )
    M(
        H,
        t + sec(0.9),
        "output",
        "OutputThread could not get realtime scheduling, continuing anyway: sched_setscheduler failed: Operation not permitted",
        "OutputThread could not get realtime scheduling, continuing anyway: sched_setscheduler failed: Operation not permitted",
    )
    idx = play(H, t + sec(0.8), at(11, 31, 5), idx + 3)

    # ---- studio: the stream into Icecast
    H = "studio"
    sessions = []
    t = at(6, 2, 0.4)
    while t < T_END:  # cron's `mpc status` every 5 minutes
        sessions.append((t, t + sec(r.uniform(0.003, 0.02)), f"127.0.0.1:{eport()}"))
        t += sec(300 + r.uniform(-0.3, 0.3))
    clients(H, 412, sessions, [at(10, 27, 12.0)])
    play(H, at(5, 58, 12), T_END, 17)
    out = '"Icecast" (shout)'
    for down, up, why in [
        (at(8, 10, 3.6), at(8, 12, 52.0), "Couldn't connect"),
        (at(10, 20, 1.2), at(10, 27, 14.0), "Login failed"),
    ]:
        M(
            H,
            down + sec(0.3),
            "output",
            "Failed to play on %s: Lost shout connection to %s:%i: Socket error",
            f"Failed to play on {out}: Lost shout connection to stream1.lan:8000: Socket error",
        )
        t = down + sec(10.4)
        while t < up:
            M(
                H,
                t,
                "exception",
                f"Failed to open %s; problem opening connection to shout server %s:%i: {why}",
                f"Failed to open {out}; problem opening connection to shout server stream1.lan:8000: {why}",
            )
            t += sec(10 + r.uniform(0.0, 0.3))
    # the studio's MPD restarted with the new source password at 10:27
    t = M(
        H,
        at(10, 27, 12.1),
        "server_socket",
        "bind to '%s' failed (continuing anyway, because binding to '%s' succeeded): Failed to bind socket: Address already in use",
        "bind to '0.0.0.0:6600' failed (continuing anyway, because binding to '[::]:6600' succeeded): Failed to bind socket: Address already in use",
    )
    M(
        H,
        t + sec(0.6),
        "output",
        "OutputThread could not get realtime scheduling, continuing anyway: sched_setscheduler failed: Operation not permitted",
        "OutputThread could not get realtime scheduling, continuing anyway: sched_setscheduler failed: Operation not permitted",
    )
    # a new album synced at 10:45, two files left mode 600 until 10:53
    alb, trs = MPD_NEW_ALBUM
    t = at(10, 45, 20.3)
    for i, tr in enumerate(trs):
        if i in (4, 9):
            t = M(
                H,
                t + sec(r.uniform(0.1, 0.6)),
                "update",
                "no read permissions on %s/%s",
                f"no read permissions on {alb}/{tr}",
            )
        else:
            t = M(H, t + sec(r.uniform(0.1, 0.6)), "update", "added %s/%s", f"added {alb}/{tr}")
    t = at(10, 53, 41.0)
    for i in (4, 9):
        t = M(H, t + sec(r.uniform(0.1, 0.6)), "update", "added %s/%s", f"added {alb}/{trs[i]}")
    return fs.logs(T0)


# --------------------------------------------------------------------------------- icecast

ICE_SONGS = [
    "Moderat - A New Error",
    "Apparat - Goodbye",
    "Four Tet - Baby",
    "Jon Hopkins - Emerald Rush",
    "Caribou - Home",
    "Bicep - Glue",
    "Kiasmos - Blurred EP",
    "Rival Consoles - Persona",
    "Floating Points - Last Bloom",
    "Maribou State - Feel Good",
    "Overmono - So U Kno",
    "Daniel Avery - Lone Swordsman",
    "Burial - Archangel",
    "Fred again.. - Delilah (pull me out of this)",
    "Ross From Friends - Talk To Me You'll Understand",
    "Kölsch - Grey",
    "Stephan Bodzin - Strand",
    "Max Cooper - Order From Chaos",
    "Nicolas Jaar - Mi Mujer",
    "Trentemøller - Moan",
]
ICE_STATIC = [
    "/style.css",
    "/icecast.png",
    "/player.html",
    "/player.js",
    "/images/cover.jpg",
    "/robots.txt",
]


def icecast(r: random.Random) -> list[Log]:
    """Icecast 2.4.4's error.log (loglevel 3) on the master (`stream1-error.log`: the studio's
    MPD on /autodj.mp3, a DJ's BUTT on /live.mp3 with /autodj.mp3 as its fallback and
    fallback-override) and on a relay in master-server mode (`edge1-error.log`: the public
    listeners), 06:00 to 12:00: listeners coming and going, the player page's static files, slow
    mobile listeners dropped, the live show 07:45-11:00 (a wrong password first, metadata from
    BUTT every song, the DJ's line dropping at 09:30, /live.mp3 full at its 60 listeners at the
    show's peak), the master upgraded 08:10-08:12 (the relay losing and restarting its mounts),
    and restarted at 10:20 with a rotated source password the studio's MPD does not have until
    10:27."""
    fs = Files()

    def ICE(host: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-error.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d  %H:%M:%S}] {lvl} {where} {msg}"],
            host,
            1_000_000,
        )

    M, E = "stream1", "edge1"
    MASTER_IP, MPD_IP, DJ_IP = "192.168.10.20", "192.168.10.21", "203.0.113.45"
    down1 = (at(8, 10, 3), at(8, 12, 50))
    down2 = (at(10, 20, 0), at(10, 20, 3))
    live = [(at(7, 45, 2), at(9, 30, 9)), (at(9, 33, 5), at(11, 0, 2))]
    live_up = [(a, b) for a, b in live]

    def master_up(t: datetime) -> bool:
        return not in_any(t, [down1, down2])

    def live_on(t: datetime) -> bool:
        return in_any(t, live_up) and master_up(t)

    # ---- master restarts
    def stop(t: datetime, sources: list[tuple[str, str]]) -> None:
        t = ICE(
            M,
            t,
            "INFO",
            "sighandler/_sig_die",
            "Caught signal %d, shutting down...",
            "Caught signal 15, shutting down...",
        )
        t = ICE(M, t + sec(0.4), "INFO", "main/main", "Shutting down", "Shutting down")
        for ip, mount in sources:
            t = ICE(
                M,
                t + sec(0.1),
                "INFO",
                "source/source_shutdown",
                'Source from %s at "%s" exiting',
                f'Source from {ip} at "{mount}" exiting',
            )

    def start(t: datetime) -> None:
        t = ICE(M, t, "INFO", "main/main", "%s server started", "Icecast 2.4.4 server started")
        ICE(
            M,
            t + sec(0.01),
            "INFO",
            "connection/get_ssl_certificate",
            "No SSL capability on any configured ports",
            "No SSL capability on any configured ports",
        )

    def login(host: str, t: datetime, mount: str, ip: str) -> datetime:
        return ICE(
            host,
            t,
            "INFO",
            "connection/_handle_source_request",
            'Source logging in at mountpoint "%s" from %s',
            f'Source logging in at mountpoint "{mount}" from {ip}',
        )

    def badpass(t: datetime, mount: str) -> datetime:
        return ICE(
            M,
            t,
            "INFO",
            "connection/_handle_source_request",
            "Source (%s) attempted to login with invalid or missing password",
            f"Source ({mount}) attempted to login with invalid or missing password",
        )

    def passing(host: str, t: datetime, n: int, mount: str) -> datetime:
        return ICE(
            host,
            t,
            "INFO",
            "source/source_move_clients",
            'passing %lu listeners to "%s"',
            f'passing {n} listeners to "{mount}"',
        )

    stop(down1[0], [(MPD_IP, "/autodj.mp3"), (DJ_IP, "/live.mp3")])
    start(down1[1])
    stop(down2[0], [(MPD_IP, "/autodj.mp3"), (DJ_IP, "/live.mp3")])
    start(down2[1])
    # the studio's MPD: back after the upgrade; after the 10:20 restart rejected until 10:27
    login(M, down1[1] + sec(2.1), "/autodj.mp3", MPD_IP)
    t = down2[1] + sec(8.2)
    while t < at(10, 27, 13):
        badpass(t, "/autodj.mp3")
        t += sec(10 + r.uniform(0.0, 0.3))
    login(M, at(10, 27, 14), "/autodj.mp3", MPD_IP)

    # ---- the live show on the master
    t = at(7, 44, 11)
    for _ in range(6):  # BUTT with last week's password
        badpass(t, "/live.mp3")
        t += sec(5 + r.uniform(0, 0.2))
    # (listeners on the master's mounts are the relay's connections and a few monitors)
    mon = {"/autodj.mp3": 2, "/live.mp3": 0}

    def m_count(t: datetime, mount: str) -> None:
        ICE(
            M,
            t,
            "INFO",
            "source/source_main",
            "listener count on %s now %lu",
            f"listener count on {mount} now {mon[mount]}",
        )

    songs = list(ICE_SONGS)
    r.shuffle(songs)
    song_i = 0
    for k, (a, b) in enumerate(live):
        t = login(M, a, "/live.mp3", DJ_IP)
        n = mon["/autodj.mp3"]
        t = passing(M, t + sec(1.2), n, "/live.mp3")
        mon["/live.mp3"] += n
        mon["/autodj.mp3"] = 0
        m_count(t + sec(0.2), "/autodj.mp3")
        m_count(t + sec(0.3), "/live.mp3")
        # metadata from BUTT at each song
        tm = a + sec(r.uniform(20, 60))
        while tm < b:
            if master_up(tm):
                tt = ICE(
                    M,
                    tm,
                    "INFO",
                    "admin/admin_handle_request",
                    'Received admin command %s on mount "%s"',
                    'Received admin command metadata on mount "/live.mp3"',
                )
                ICE(
                    M,
                    tt + sec(0.01),
                    "INFO",
                    "admin/command_metadata",
                    'Metadata on mountpoint %s changed to "%s"',
                    f'Metadata on mountpoint /live.mp3 changed to "{songs[song_i % len(songs)]}"',
                )
                song_i += 1
            tm += sec(r.uniform(170, 330))
        if k == 0:  # the DJ's line drops at 09:30
            t = ICE(
                M,
                b + sec(10.2),
                "WARN",
                "source/get_next_buffer",
                "Disconnecting source due to socket timeout",
                "Disconnecting source due to socket timeout",
            )
        else:
            t = ICE(
                M,
                b,
                "INFO",
                "source/get_next_buffer",
                "End of Stream %s",
                "End of Stream /live.mp3",
            )
        t = ICE(
            M,
            t + sec(0.1),
            "INFO",
            "source/source_shutdown",
            'Source from %s at "%s" exiting',
            f'Source from {DJ_IP} at "/live.mp3" exiting',
        )
        n = mon["/live.mp3"]
        passing(M, t + sec(0.2), n, "/autodj.mp3")
        mon["/autodj.mp3"] += n
        mon["/live.mp3"] = 0
        m_count(t + sec(1.4), "/autodj.mp3")
    # the DJ reconnects after the upgrade
    login(M, down1[1] + sec(6.8), "/live.mp3", DJ_IP)
    # monitors on the master: a few changes an hour
    for t in poisson(r, T0, T_END, 900):
        if not master_up(t):
            continue
        mnt = "/live.mp3" if live_on(t) else "/autodj.mp3"
        new = max(1, mon[mnt] + r.choice([-1, 1]))
        if new != mon[mnt]:
            mon[mnt] = new
            m_count(t, mnt)

    # ---- the relay: its mounts follow the master's
    def relay_start(t: datetime, mount: str) -> datetime:
        t = ICE(
            E,
            t,
            "INFO",
            "slave/start_relay_stream",
            'Starting relayed source at mountpoint "%s"',
            f'Starting relayed source at mountpoint "{mount}"',
        )
        return ICE(
            E,
            t + sec(0.01),
            "INFO",
            "slave/open_relay_connection",
            "connecting to %s:%d",
            "connecting to stream1.lan:8000",
        )

    relay_ends: list[tuple[datetime, str, str]] = []  # (time, mount, how)
    for d0, _d1 in [down1, down2]:
        for mount in ("/autodj.mp3", "/live.mp3"):
            if mount == "/live.mp3" and not in_any(d0 - sec(1), live_up):
                continue
            relay_ends.append((d0 + sec(0.6), mount, "eos"))
    relay_ends.append((live[0][1] + sec(10.4), "/live.mp3", "eos"))
    relay_ends.append((live[1][1] + sec(0.4), "/live.mp3", "eos"))
    for t, mount, _how in relay_ends:
        t = ICE(
            E, t, "INFO", "source/get_next_buffer", "End of Stream %s", f"End of Stream {mount}"
        )
        ICE(
            E,
            t + sec(0.1),
            "INFO",
            "source/source_shutdown",
            'Source from %s at "%s" exiting',
            f'Source from {MASTER_IP} at "{mount}" exiting',
        )
    # the streamlist poll every 120 s: fails while the master is down, then starts the relays
    t = at(6, 1, 7)
    while t < T_END:
        if not master_up(t):
            ICE(
                E,
                t,
                "WARN",
                "slave/update_from_master",
                "Relay slave failed to contact master server to fetch stream list",
                "Relay slave failed to contact master server to fetch stream list",
            )
        t += sec(120)
    relay_start(at(8, 13, 7.3), "/autodj.mp3")
    relay_start(at(8, 13, 7.5), "/live.mp3")
    relay_start(at(10, 21, 7.3), "/autodj.mp3")
    relay_start(at(10, 21, 7.5), "/live.mp3")
    relay_start(at(7, 45, 7.4), "/live.mp3")
    relay_start(at(9, 35, 7.2), "/live.mp3")
    # the edge retries the upgrade-window's connection once, refused
    ICE(
        E,
        at(8, 10, 7.6),
        "INFO",
        "slave/start_relay_stream",
        'Starting relayed source at mountpoint "%s"',
        'Starting relayed source at mountpoint "/autodj.mp3"',
    )
    ICE(
        E,
        at(8, 10, 7.6) + sec(0.01),
        "INFO",
        "slave/open_relay_connection",
        "connecting to %s:%d",
        "connecting to stream1.lan:8000",
    )
    ICE(
        E,
        at(8, 10, 7.6) + sec(0.02),
        "WARN",
        "slave/open_relay_connection",
        "Failed to connect to %s:%d",
        "Failed to connect to stream1.lan:8000",
    )

    # ---- public listeners on the relay
    def rate(t: datetime) -> float:
        h = t.hour + t.minute / 60
        return 21.0 if 7 <= h < 9 else (16.0 if 9 <= h < 11 else 29.0)

    def mount_avail(t: datetime, mount: str) -> bool:
        if not master_up(t) or in_any(t, [(down1[1], down1[1] + sec(75))]):
            return False
        if mount == "/live.mp3":
            return live_on(t) and not in_any(
                t, [(live[0][0], live[0][0] + sec(6)), (live[1][0], live[1][0] + sec(130))]
            )
        return True

    events: list[tuple[datetime, str, int]] = []  # (time, mount, +1/-1)
    n_listen = {"/autodj.mp3": 31, "/live.mp3": 0}
    arrivals: list[tuple[datetime, str]] = []
    t = T0
    while t < T_END:
        t += sec(r.expovariate(1 / rate(t)))
        mount = "/live.mp3" if live_on(t) and r.random() < 0.5 else "/autodj.mp3"
        arrivals.append((t, mount))
    cap = 60
    load: dict[str, list[datetime]] = {"/autodj.mp3": [], "/live.mp3": []}
    for _ in range(31):
        load["/autodj.mp3"].append(T0 + sec(r.expovariate(1 / 1500)))
    for t, mount in arrivals:
        if not mount_avail(t, mount):
            continue
        # forget listeners gone by now
        load[mount] = [x for x in load[mount] if x > t]
        if mount == "/live.mp3" and len(load[mount]) >= cap:
            ICE(
                E,
                t,
                "INFO",
                "source/source_main",
                "Client deleted, exceeding maximum listeners for this mountpoint (%s).",
                "Client deleted, exceeding maximum listeners for this mountpoint (/live.mp3).",
            )
            continue
        dur = r.expovariate(1 / (1500 if mount == "/autodj.mp3" else 2400))
        end = t + sec(dur)
        # a relay mount ending drops its listeners without a count
        for e_t, e_m, _h in relay_ends:
            if e_m == mount and t < e_t < end:
                end = e_t
                break
        load[mount].append(end)
        events.append((t, mount, 1))
        if end < T_END and not any(
            e_m == mount and abs((end - e_t).total_seconds()) < 0.01 for e_t, e_m, _h in relay_ends
        ):
            events.append((end, mount, -1))
            if r.random() < 0.07:
                ICE(
                    E,
                    end - sec(0.05),
                    "INFO",
                    "source/send_to_listener",
                    "Client %lu (%s) has fallen too far behind, removing",
                    f"Client {r.randint(120000, 990000)} ({r.choice(['100.64.', '10.152.', '172.58.'])}{r.randint(1, 250)}.{r.randint(1, 250)}) has fallen too far behind, removing",
                )
    events.sort(key=lambda x: x[0])
    # the counts reset when a mount's relay restarts
    resets = sorted((e_t, e_m) for e_t, e_m, _h in relay_ends)
    ri = 0
    last = {"/autodj.mp3": -1, "/live.mp3": -1}
    for t, mount, d in events:
        while ri < len(resets) and resets[ri][0] <= t:
            n_listen[resets[ri][1]] = 0
            ri += 1
        n_listen[mount] = max(0, n_listen[mount] + d)
        if n_listen[mount] != last[mount]:
            ICE(
                E,
                t + sec(0.2),
                "INFO",
                "source/source_main",
                "listener count on %s now %lu",
                f"listener count on {mount} now {n_listen[mount]}",
            )
            last[mount] = n_listen[mount]
    # the player page's static files, and the favicon it does not have
    for t in poisson(r, T0, T_END, 210):
        for f in r.sample(ICE_STATIC[:5], r.randint(1, 3)):
            t = ICE(
                E,
                t + sec(r.uniform(0.05, 0.5)),
                "INFO",
                "fserve/fserve_client_create",
                "checking for file %s (%s)",
                f"checking for file {f} (/usr/share/icecast2/web{f})",
            )
        if r.random() < 0.6:
            ICE(
                E,
                t + sec(r.uniform(0.1, 0.8)),
                "WARN",
                "fserve/fserve_client_create",
                'req for file "%s" No such file or directory',
                'req for file "/usr/share/icecast2/web/favicon.ico" No such file or directory',
            )
    return fs.logs(T0)


# -------------------------------------------------------------------------- shairport-sync

SPS_HEADER = "sync error ms | net sync ppm | all sync ppm | min DAC queue | min buffers | min buffer size | output fps (r) | output fps (c)"
SPS_ROW = "%*.2f   %*.1f   %*.1f   %*lu   %*u   %*uk   %*.2f   %*.2f"
SPS_ROW_NA = "%*.2f   %*.1f   %*.1f   %*lu   %*u   %*uk              N/A              N/A"
SPS_HOSTS = {"kitchen": "192.168.1.31", "livingroom": "192.168.1.32", "office": "192.168.1.33"}
SPS_APPLE = ["192.168.1.40", "192.168.1.41", "192.168.1.42", "192.168.1.55", "192.168.1.58"]


def shairport_sync(r: random.Random) -> list[Log]:
    """Shairport Sync 4.3 (AirPlay 2, ALSA) on three Raspberry Pis with `log_verbosity = 1` and
    `statistics = "yes"`, read from the journal with `journalctl -o short-precise`
    (`kitchen-shairport.log`, `livingroom-shairport.log`, `office-shairport.log`), 06:00 to
    12:00: Apple devices opening and closing short connections all day, playback sessions with
    the statistics table every 30 s, the kitchen's pause, Kodi holding the living room's DAC
    07:28-07:33, the living room's Pi Zero underrunning over weak Wi-Fi 10:00-11:30, the kitchen's
    second instance after an upgrade failing to bind port 7000 in a restart loop 10:05-10:09, the
    office's mixer control misnamed 09:00-09:25 and its DAC stalling once at 11:20."""
    fs = Files()
    # per host: (time, pid, kind, where, label, message); kind is debug, warn or fatal
    ev: dict[str, list[tuple[datetime, int, str, str, str, str]]] = {h: [] for h in SPS_HOSTS}
    pid = {"kitchen": 612, "livingroom": 587, "office": 640}
    conn_no = {"kitchen": 1, "livingroom": 1, "office": 1}

    def D(
        h: str, t: datetime, where: str, label: str, msg: str, kind: str = "debug", p: int = 0
    ) -> None:
        ev[h].append((t, p or pid[h], kind, where, label, msg))

    def end_conn(h: str, t: datetime, n: int, cat: str, ip: str) -> None:
        D(
            h,
            t,
            "rtsp.c:5041",
            "Connection %d: %s rtsp_conversation_thread_func_cleanup_function called.",
            f"Connection {n}: {cat} rtsp_conversation_thread_func_cleanup_function called.",
        )
        D(
            h,
            t + sec(r.uniform(0.0002, 0.002)),
            "rtsp.c:5050",
            "Connection %d: terminating -- closing RTSP connection socket %d: from %s:%u to self at %s:%u.",
            f"Connection {n}: terminating -- closing RTSP connection socket {r.randint(9, 31)}: from {ip}:{r.randint(49152, 65500)} to self at {SPS_HOSTS[h]}:7000.",
        )
        D(
            h,
            t + sec(r.uniform(0.003, 0.02)),
            "rtsp.c:5139",
            "Connection %d: Closed.",
            f"Connection {n}: Closed.",
        )

    def new_conn(h: str) -> int:
        n = conn_no[h]
        conn_no[h] += 1
        return n

    busy: dict[str, list[tuple[datetime, datetime]]] = {h: [] for h in SPS_HOSTS}

    def session(
        h: str,
        a: datetime,
        b: datetime,
        ip: str,
        pauses: list[tuple[datetime, datetime]],
        under: bool = False,
    ) -> None:
        n = new_conn(h)
        busy[h].append((a, b))
        t = a + sec(r.uniform(28, 32))
        first = True
        while t < b:
            if in_any(t, pauses):
                D(
                    h,
                    t,
                    "player.c:2862",
                    "No frames received in the last sampling interval.",
                    "No frames received in the last sampling interval.",
                )
            else:
                if first:
                    D(h, t, "player.c:2858", SPS_HEADER, SPS_HEADER)
                se = r.gauss(0.0, 0.6 if not under else 2.5)
                net = r.gauss(0.0, 1.5) if r.random() < 0.7 else r.gauss(0, 12)
                allp = abs(net) + abs(r.gauss(0, 4 if under else 1.2))
                dacq = r.randint(5200, 7100) if not under else r.randint(300, 2600)
                minb = r.randint(3, 9)
                bufk = r.randint(7400, 8150)
                head = f"{se:13.2f}   {net:12.1f}   {allp:12.1f}   {dacq:13d}   {minb:11d}   {bufk:14d}k"
                if first:
                    D(
                        h,
                        t + sec(0.0003),
                        "player.c:2858",
                        SPS_ROW_NA,
                        head + "              N/A              N/A",
                    )
                    first = False
                else:
                    fr = 44100 + r.gauss(0, 0.6)
                    fc = fr + r.gauss(0.3, 0.2)
                    D(
                        h,
                        t + sec(0.0003),
                        "player.c:2858",
                        SPS_ROW,
                        head + f"   {fr:14.2f}   {fc:14.2f}",
                    )
            t += sec(30 + r.uniform(-0.02, 0.05))
        end_conn(h, b, n, "PTP stream", ip)

    # the short connections of the house's Apple devices (AirPlay 2 discovery, /info)
    for h in SPS_HOSTS:
        for t in poisson(r, T0, T_END, 150):
            if h == "kitchen" and at(10, 5) <= t < at(10, 10):
                continue
            end_conn(h, t, new_conn(h), "unspecified stream", r.choice(SPS_APPLE))

    # kitchen: morning radio from the phone, a pause, afternoon podcast
    session(
        "kitchen",
        at(6, 35, 12.2),
        at(8, 20, 41.7),
        "192.168.1.40",
        [(at(7, 14, 50), at(7, 39, 20))],
    )
    session("kitchen", at(10, 31, 8.9), at(11, 18, 3.1), "192.168.1.40", [])
    # kitchen: the packaged service started beside the container after the 10:05 upgrade
    t = at(10, 5, 2.4)
    p = 24870
    while t < at(10, 9, 10):
        p += r.randint(3, 40)
        D(
            "kitchen",
            t,
            "rtsp.c:5398",
            'unable to listen on IPv4 port %d. The error is: "Address already in use".',
            'unable to listen on IPv4 port 7000. The error is: "Address already in use".',
            p=p,
        )
        D(
            "kitchen",
            t + sec(0.0004),
            "rtsp.c:5398",
            'unable to listen on IPv6 port %d. The error is: "Address already in use".',
            'unable to listen on IPv6 port 7000. The error is: "Address already in use".',
            p=p,
        )
        D(
            "kitchen",
            t + sec(0.0009),
            "rtsp.c:5494",
            "could not establish a service on port %d -- program terminating. Is another instance of Shairport Sync running on this device?",
            "could not establish a service on port 7000 -- program terminating. Is another instance of Shairport Sync running on this device?",
            "fatal",
            p=p,
        )
        t += sec(r.uniform(9.5, 11.5) + (30 if r.random() < 0.2 else 0))

    # living room: Kodi on the same DAC; a Mac later on weak Wi-Fi
    session("livingroom", at(7, 26, 40.1), at(7, 51, 2.6), "192.168.1.41", [])
    D(
        "livingroom",
        at(7, 28, 3.5),
        "audio_alsa.c:527",
        'The output device "%s" is busy and can\'t be used by Shairport Sync at present.',
        'The output device "hw:Headphones" is busy and can\'t be used by Shairport Sync at present.',
        "warn",
    )
    D(
        "livingroom",
        at(7, 33, 17.0),
        "audio_alsa.c:523",
        'The output device "%s" is no longer busy and will be used by Shairport Sync.',
        'The output device "hw:Headphones" is no longer busy and will be used by Shairport Sync.',
        "warn",
    )
    a, b = at(10, 0, 20.4), at(11, 31, 12.0)
    session("livingroom", a, b, "192.168.1.55", [], under=True)
    t = a + sec(40)
    while t < b:
        D(
            "livingroom",
            t,
            "audio_alsa.c:1702",
            "alsa: underrun while writing %d samples to alsa device.",
            f"alsa: underrun while writing {r.choice([352, 352, 352, 704, 1056])} samples to alsa device.",
        )
        if r.random() < 0.25:
            D(
                "livingroom",
                t + sec(r.uniform(0.01, 0.05)),
                "audio_alsa.c:1700",
                "alsa: recovering from a previous underrun.",
                "alsa: recovering from a previous underrun.",
            )
        t += sec(r.expovariate(1 / 19))

    # office: a workday of music; the mixer control misnamed 09:00-09:25
    session("office", at(8, 58, 30.3), at(9, 24, 50.0), "192.168.1.58", [])
    t = at(8, 58, 30.9)
    while t < at(9, 24, 50):
        D(
            "office",
            t,
            "audio_alsa.c:436",
            'failed to find mixer control "%s",%d.',
            'failed to find mixer control "PCM",0.',
            "warn",
        )
        t += sec(r.expovariate(1 / 110))
    session("office", at(9, 31, 2.2), T_END, "192.168.1.58", [])
    D(
        "office",
        at(11, 20, 7.5),
        "player.c:2933",
        'Connection %d: An unfixable error has been detected -- output device is stalled. "No run_this_if_an_unfixable_error_is_detected" command provided -- nothing done.',
        f'Connection {conn_no["office"] - 1}: An unfixable error has been detected -- output device is stalled. "No run_this_if_an_unfixable_error_is_detected" command provided -- nothing done.',
        "warn",
    )

    prefix = {"debug": " ", "warn": " *warning: ", "fatal": " *fatal error: "}
    for h, items in ev.items():
        last: dict[int, datetime] = {}
        for t, p, kind, where, label, msg in sorted(items, key=lambda x: x[0]):
            tsl = (t - last.get(p, t - sec(r.uniform(0.02, 0.09)))).total_seconds()
            last[p] = t
            tsl += r.randint(0, 999) / 1e9
            body = f'{tsl: 20.9f} "{where}"{prefix[kind]}{msg}'
            fs.add(
                f"{h}-shairport.log",
                t,
                label,
                lambda x, h=h, p=p, body=body: [
                    f"{x:%b %d %H:%M:%S}.{x.microsecond:06d} {h} shairport-sync[{p}]: {body}"
                ],
                (h, p),
                1,
            )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- snapcast

SNAP_CLIENTS = {
    # name: (mac, ip, version, client name, os, arch)
    "kitchen": (
        "b8:27:eb:4f:21:9a",
        "192.168.1.81",
        "0.27.0",
        "Snapclient",
        "Raspbian GNU/Linux 11 (bullseye)",
        "armv7l",
    ),
    "livingroom": (
        "dc:a6:32:8e:11:05",
        "192.168.1.82",
        "0.27.0",
        "Snapclient",
        "Debian GNU/Linux 12 (bookworm)",
        "aarch64",
    ),
    "office": (
        "00:1e:06:45:3a:b2",
        "192.168.1.83",
        "0.26.0",
        "Snapclient",
        "Ubuntu 22.04.4 LTS",
        "x86_64",
    ),
    "garden": (
        "b8:27:eb:c3:7d:10",
        "192.168.1.87",
        "0.27.0",
        "Snapclient",
        "Raspbian GNU/Linux 11 (bullseye)",
        "armv6l",
    ),
    "bedroom": (
        "3c:22:fb:9a:41:7e",
        "192.168.1.88",
        "0.27.0",
        "Snapclient",
        "Debian GNU/Linux 12 (bookworm)",
        "aarch64",
    ),
}
SNAP_TRACKS = [
    ("Midnight City", 243000),
    ("Breathe (In the Air)", 169000),
    ("Teardrop", 330000),
    ("Nightcall", 258000),
    ("Intro", 127000),
    ("Little Dark Age", 299000),
    ("The Less I Know The Better", 216000),
    ("Dreams - 2004 Remaster", 257000),
    ("Feel It Still", 163000),
    ("Redbone", 326000),
    ("Electric Feel", 229000),
    ("Pink + White", 184000),
    ("Supermassive Black Hole", 212000),
    ("Nude", 255000),
    ("Cola", 197000),
    ("Kids", 302000),
    ("Sunday Morning", 174000),
    ("Gooey", 289000),
]


def cpp_double(x: float, places: int) -> str:
    """A value rounded to `places` decimals as an ostream prints a double (6 significant digits,
    no trailing zeros)."""
    return f"{round(x, places):.6g}"


def snapcast(r: random.Random) -> list[Log]:
    """One Snapcast server (snapserver 0.27, then 0.28) with its file sink
    (`snapserver.log`: AixLog's `%Y-%m-%d %H-%M-%S.#ms [#severity] (#tag_func)`), two sources (a
    pipe from MPD, librespot), five snapclients, Home Assistant on the TCP control port and
    snapweb on the HTTP one, 06:00 to 12:00: the garden's client on flaky Wi-Fi reconnecting
    06:40-08:30 and 10:50-11:40, Uptime Kuma's TCP check of the stream port every minute (an HTTP
    check by mistake 09:30-10:30: `unknown message type received`), a backup loading the server
    09:00-09:40 (`next read < 0`, resyncs), Spotify sessions, Home Assistant setting the volume of
    a client that no longer exists, an upgrade at 10:30 with a buffer typo and a second restart at
    10:46."""
    fs = Files()

    def S(t: datetime, sev: str, tag: str, label: str, msg: str) -> datetime:
        return fs.add(
            "snapserver.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H-%M-%S}.{ms3(x)} [{sev}] ({tag}) {msg}"],
            "snapserver",
            1000,
        )

    restarts = [
        (at(10, 30, 5.2), at(10, 30, 8.9), "0.28.0", True),
        (at(10, 46, 20.4), at(10, 46, 23.1), "0.28.0", False),
    ]
    down = [(a, b + sec(2)) for a, b, _v, _bad in restarts]

    def up(t: datetime) -> bool:
        return not in_any(t, down)

    def hello(t: datetime, name: str) -> datetime:
        mac, ip, ver, cn, os_, arch = SNAP_CLIENTS[name]
        t = S(
            t,
            "Notice",
            "StreamServer",
            "StreamServer::NewConnection: %s",
            f"StreamServer::NewConnection: {ip}",
        )
        return S(
            t + sec(r.uniform(0.005, 0.04)),
            "Info",
            "Server",
            "Hello from %s, host: %s, v%s, ClientName: %s, OS: %s, Arch: %s, Protocol version: %s",
            f"Hello from {mac}, host: {name}, v{ver}, ClientName: {cn}, OS: {os_}, Arch: {arch}, Protocol version: 2",
        )

    def state(t: datetime, stream: str, old: str, new: str) -> None:
        t = S(
            t,
            "Info",
            "PcmStream",
            "State changed: %s, state: %s => %s",
            f"State changed: {stream}, state: {old} => {new}",
        )
        S(
            t + sec(0.001),
            "Info",
            "Server",
            "onStateChanged (%s): %s",
            f"onStateChanged ({stream}): {new}",
        )

    ha_sessions = 1
    # ---- restarts
    for i, (a, b, ver, bad) in enumerate(restarts):
        t = S(a, "Info", "Snapserver", "Received signal %d: %s", "Received signal 15: Terminated")
        t = S(t + sec(0.02), "Info", "Snapserver", "Stopping streamServer", "Stopping streamServer")
        t = S(t + sec(0.3), "Info", "Snapserver", "done", "done")
        S(t + sec(0.05), "Notice", "Snapserver", "Snapserver terminated.", "Snapserver terminated.")
        t = S(b, "Info", "Snapserver", "Version %s", f"Version {ver}")
        for src in [
            "pipe:///tmp/snapfifo?name=MPD&sampleformat=48000:16:2&codec=flac",
            "librespot:///usr/bin/librespot?name=Spotify&devicename=Snapcast&bitrate=320&volume=50&cache=/var/cache/snapserver",
        ]:
            t = S(
                t + sec(0.001), "Info", "Snapserver", "Adding source: %s", f"Adding source: {src}"
            )
        t = S(
            t + sec(0.05),
            "Info",
            "Snapserver",
            "Using HTTP host name: %s",
            "Using HTTP host name: snapserver",
        )
        if bad:
            t = S(
                t + sec(0.001),
                "Warning",
                "Snapserver",
                "Buffer is less than %dms, changing to %dms",
                "Buffer is less than 20ms, changing to 20ms",
            )
        for st in ("MPD", "Spotify"):
            t = S(
                t + sec(0.003),
                "Info",
                "PcmStream",
                "PcmStream: %s, sampleFormat: %s",
                f"PcmStream: {st}, sampleFormat: 48000:16:2",
            )
        t = S(
            t + sec(0.01),
            "Info",
            "ControlServer",
            "Creating TCP acceptor for address: %s, port: %d",
            "Creating TCP acceptor for address: 0.0.0.0, port: 1705",
        )
        t = S(
            t + sec(0.001),
            "Info",
            "ControlServer",
            "Creating HTTP acceptor for address: %s, port: %d",
            "Creating HTTP acceptor for address: 0.0.0.0, port: 1780",
        )
        t = S(
            t + sec(0.001),
            "Info",
            "StreamServer",
            "Creating stream acceptor for address: %s, port: %d",
            "Creating stream acceptor for address: 0.0.0.0, port: 1704",
        )
        t = S(
            t + sec(0.002),
            "Info",
            "Snapserver",
            "Number of threads: %d, hw threads: %d",
            "Number of threads: 4, hw threads: 4",
        )
        # the clients reconnect within a few seconds
        for name in SNAP_CLIENTS:
            if name == "garden" and i == 0:
                continue
            hello(b + sec(r.uniform(1.0, 6.0)), name)
        S(
            b + sec(r.uniform(4, 12)),
            "Notice",
            "ControlServer",
            "ControlServer::NewConnection: %s",
            "ControlServer::NewConnection: 192.168.1.20",
        )

    # ---- the garden client on flaky Wi-Fi
    for a, b in [(at(6, 40, 12), at(8, 30, 0)), (at(10, 50, 30), at(11, 40, 0))]:
        t = a
        while t < b:
            if up(t):
                kind = r.random()
                if kind < 0.45:
                    tt = S(
                        t,
                        "Error",
                        "StreamSessionTCP",
                        "Error reading message header of length %d: Connection reset by peer",
                        "Error reading message header of length 0: Connection reset by peer",
                    )
                elif kind < 0.75:
                    tt = S(
                        t,
                        "Error",
                        "StreamSession",
                        "StreamSession write error (msg length: %d): Broken pipe",
                        f"StreamSession write error (msg length: {r.choice([1286, 3974, 4030, 4102])}): Broken pipe",
                    )
                else:
                    tt = S(
                        t,
                        "Error",
                        "StreamSessionTCP",
                        "Error reading message header of length %d: End of file",
                        "Error reading message header of length 0: End of file",
                    )
                S(
                    tt + sec(r.uniform(0.0005, 0.003)),
                    "Info",
                    "StreamServer",
                    "onDisconnect: %s",
                    f"onDisconnect: {SNAP_CLIENTS['garden'][0]}",
                )
                back = t + sec(r.uniform(6, 45))
                if up(back):
                    hello(back, "garden")
            t += sec(r.uniform(60, 190))
    # ---- Uptime Kuma's check of port 1704 every minute (an HTTP check by mistake 09:30-10:30)
    t = at(6, 0, 37.5)
    while t < T_END:
        if up(t):
            tt = S(
                t,
                "Notice",
                "StreamServer",
                "StreamServer::NewConnection: %s",
                "StreamServer::NewConnection: 192.168.1.5",
            )
            if at(9, 30, 10) <= t < at(10, 30, 40):
                tt = S(
                    tt + sec(r.uniform(0.001, 0.004)),
                    "Error",
                    "StreamSessionTCP",
                    "unknown message type received: %d, size: %d",
                    "unknown message type received: 17735, size: 1885413434",
                )
            else:
                tt = S(
                    tt + sec(r.uniform(0.001, 0.01)),
                    "Error",
                    "StreamSessionTCP",
                    "Error reading message header of length %d: End of file",
                    "Error reading message header of length 0: End of file",
                )
            S(
                tt + sec(r.uniform(0.0005, 0.002)),
                "Info",
                "StreamServer",
                "onDisconnect: %s",
                "onDisconnect: ",
            )
        t += sec(60 + r.uniform(-0.05, 0.05))

    # ---- streams: MPD (pipe) and Spotify (librespot)
    mpd_play = [
        (at(6, 45, 3.1), at(7, 15, 44.0)),
        (at(8, 45, 20.6), at(10, 20, 3.4)),
        (at(11, 2, 7.7), at(11, 45, 31.0)),
    ]
    for a, b in mpd_play:
        state(a, "MPD", "idle", "playing")
        state(b + sec(2.0), "MPD", "playing", "idle")
    spot = [(at(7, 0, 41.2), at(8, 31, 5.0)), (at(10, 52, 12.9), T_END)]
    songs = list(SNAP_TRACKS)
    r.shuffle(songs)
    k = 0
    for a, b in spot:
        state(a + sec(0.4), "Spotify", "idle", "playing")
        t = a
        while t < b:
            name, dur = songs[k % len(songs)]
            k += 1
            if up(t):
                tt = S(
                    t,
                    "Info",
                    "librespot_playback::player",
                    "Loading <%s> with Spotify URI <%s>",
                    f"Loading <{name}> with Spotify URI <spotify:track:{''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(22))}>",
                )
                tt = S(
                    tt + sec(r.uniform(0.15, 0.9)),
                    "Info",
                    "librespot_playback::player",
                    "<%s> (%d ms) loaded",
                    f"<{name}> ({dur} ms) loaded",
                )
                S(
                    tt + sec(0.001),
                    "Info",
                    "LibrespotStream",
                    "metadata: <%s>",
                    f"metadata: <{name}>",
                )
            t += sec(dur / 1000 + r.uniform(0.2, 1.5))
        if b < T_END:
            state(b + sec(2.0), "Spotify", "playing", "idle")
    # ---- the backup loading the server 09:00-09:40 while MPD plays
    t = at(9, 0, 14)
    while t < at(9, 40, 30):
        if r.random() < 0.07:
            S(
                t,
                "Info",
                "Server",
                "onResync (%s): %s ms",
                f"onResync (MPD): {cpp_double(r.uniform(50.5, 240), 3)} ms",
            )
        else:
            S(
                t,
                "Info",
                "PosixStream",
                "next read < 0 (%s): %s ms",
                f"next read < 0 (MPD): {cpp_double(-r.uniform(0.05, 49.9), 3)} ms",
            )
        t += sec(r.expovariate(1 / 5.5))

    # ---- Home Assistant and snapweb
    for t in poisson(r, T0, T_END, 1800):
        if not up(t):
            continue
        rid = r.randint(40, 4000)
        S(
            t,
            "Error",
            "Server",
            "Server::onMessageReceived JsonRequestException: %s, message: %s",
            f'Server::onMessageReceived JsonRequestException: {{"error":{{"code":-32603,"data":"Client not found","message":"Internal error"}},"id":{rid},"jsonrpc":"2.0"}}, message: {{"id":{rid},"jsonrpc":"2.0","method":"Client.SetVolume","params":{{"id":"24:0a:c4:1f:3b:7c","volume":{{"muted":false,"percent":{r.choice([20, 25, 30, 35, 40, 50])}}}}}}}',
        )
    S(
        at(8, 15, 40.3),
        "Notice",
        "ControlServer",
        "ControlServer::NewConnection: %s",
        "ControlServer::NewConnection: 192.168.1.20",
    )
    loads = [(at(6, 0) + sec(1800 * i + r.uniform(2, 60)), "192.168.1.70") for i in range(12)]
    loads += [(t, r.choice(["192.168.1.64", "192.168.1.66"])) for t in poisson(r, T0, T_END, 1300)]
    ws = 1
    for t, ip in sorted(loads):
        if not up(t):
            continue
        for _ in range(r.randint(4, 7)):
            t = S(
                t + sec(r.uniform(0.01, 0.3)),
                "Notice",
                "ControlServer",
                "ControlServer::NewConnection: %s",
                f"ControlServer::NewConnection: {ip}",
            )
        gone = r.randint(2, 5)
        S(
            t + sec(r.uniform(0.5, 8)),
            "Info",
            "ControlServer",
            "Removing %d inactive session(s), active sessions: %d",
            f"Removing {gone} inactive session(s), active sessions: {ha_sessions + ws}",
        )
        ws = min(3, ws + (1 if ip != "192.168.1.70" else 0))
    return fs.logs(T0)


SYSTEMS = {
    "tvheadend": tvheadend,
    "mpd": mpd,
    "icecast": icecast,
    "shairport-sync": shairport_sync,
    "snapcast": snapcast,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
