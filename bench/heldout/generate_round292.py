#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 292 (go-librespot, mylar3, kometa, recyclarr, ersatztv)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of a home media server's stack, on
2024-06-07 (UTC). spotifyd, the round's fifth name, is replaced by go-librespot: spotifyd's log
is librespot's (its session, spirc and player lines come from the librespot crates, in the set
since round 103) with a handful of its own, while go-librespot is another Spotify Connect
daemon written anew in Go, with format strings of its own.

- go-librespot v0.3.1 (`kitchen.log`, `livingroom.log`, `bathroom.log`, `office.log`: `docker
  logs` of four Raspberry Pi speakers with `log_level: debug`, logrus's text layout without a
  terminal, `time="2024-06-07T08:02:44Z" level=info msg="loaded track \\"Heat Waves\\" (paused:
  false, position: 0ms, duration: 238805ms, prefetched: false)"
  uri="spotify:track:EGf1ASqjGgETKJOGSnK8YI"`, the fields sorted by key). 06:00 to 12:00: each
  track's `loading %s (paused: %t, position: %dms)`, `loaded %s %s (...)` and, 30 s before its
  end, `prefetching next %s` / `prefetched %s %s (duration: %dms)`; spclient's `put connect
  state because %s` after every state change; `handling %s player command from %s` for
  transfers, plays, skips, pauses; the living room's status display polling the API (`handling
  %s api request`); the kitchen's Pi switched on at 06:00 (`running go-librespot %s`, `zeroconf
  server listening on port %d`, `using built-in mDNS responder`), phones taking it over
  (`authenticated AP`, `authenticated Login5`, `accepted zeroconf from %s`, `persisted zeroconf
  credentials`, `received connection id: %s`), a podcast's episodes, a guest refused (`failed
  creating new session from %s` with its error, `refused zeroconf from %s`); the living room's
  Wi-Fi lost 10:40-10:43 (`did not receive last pong ack from accesspoint, %.0fs passed`,
  `failed receiving packet`, the dealer's pong, `failed prefetching %s stream`, `failed
  advancing to next track`, `re-established accesspoint connection`); the office's container
  restarted by watchtower at 09:12 with persisted credentials; a bad zeroconf checksum.
- Mylar3 (`mylar.log.1`, `mylar.log`: its rotating file, verbose, `07-Jun-2024 06:00:14 - INFO
  :: mylar.run.85 : ThreadPoolExecutor-0_0 : [RSS-FEEDS] ...`, the logger's name, the calling
  function and line, and the thread before the message). 06:00 to 17:00: the RSS job every 20
  minutes (`[RSS-FEEDS] Initiating RSS Feed Check for NZB Providers.`, `[RSS] Fetching items
  from %s` for experimental and three newznab indexers, `[EXPERIMENTAL][RSS_FEED] Not adding to
  rss entries. Cannot properly parse :%s`, `[RSS] (%s) %s entries indexed.`, the watchlist check
  with `Initiating RSS Search Scan at the scheduled interval of %s minutes`, the skipped series'
  dict, a `Shhh be very quiet...I'm looking for %s issue: %s (%s) using %s` per wanted issue and
  indexer); two issues found; DrunkenSlug refusing connections 08:10-08:56 (urllib3's
  `HTTPSConnectionPool(...): Max retries exceeded ...` in `Error fetching RSS Feed Data from %s:
  %s`, the API fallback), nzbplanet's 502s and then 503 (`[%s] Site appears unresponsive/down.
  Disabling...`); the 6-hourly search; the container updated at 11:05 (`Starting Mylar on
  %s://%s:%s%s`, the weekly pull and RSS start-up lines, the weekly pull thread dying on a read
  timeout: `Uncaught exception: Traceback ...` with its traceback); a forced RSS check from the
  web UI at 12:47, run in a CherryPy thread (`CP Server Thread-12`).
- Kometa 2.0.2 (`meta.log.1`, `meta.log`: the 06:00 and 10:00 scheduled runs in the Docker
  image, its file handler `[2024-06-07 06:00:00,413] [kometa.py:1047]            [INFO]     |
  message ... |`: the file and line padded to 27, the level to 10, the message to 98 between
  bars; separators `|====...====|` and centred titles written without the bars of the format;
  DEBUG written too). Each run: the banner, versions, the arguments (`--%s (KOMETA_%s): %s`),
  `Starting %sRun`, the connections, two libraries' settings (36 `Name: value` debug lines
  each), `Loading All %ss from Library: %s`, mapping (`Convert Warning: No TVDb ID Found for
  TMDb ID: %s`), 13 collections (`Validating Method: %s`, `Value: %s`, `Processing %s: %s`,
  `Adding to %s Collection`, one `%s Collection | = | %s` or `| + |` per item, `Removed from %s
  Collection` and `| - |` for synced lists), overlays (`Overlay Warning: No '%s' found for
  %s`), the summary tables, the overlay, convert, warning and error summaries, `Finished %sRun`
  with its version and times; the 10:00 run adds a Trakt list gone (`Trakt Error: List %s not
  found`) and duplicate collections (`Plex Warning: Duplicate collection titles detected in %s
  Library`).
- Recyclarr 7.1.1 (`media-01.log`, `nas-02.log`: `journalctl -u recyclarr -o short-iso` of two
  hosts where a systemd timer runs `recyclarr sync` hourly over the whole day, four and three
  instances). Each run: systemd's `Starting %s...`, per instance the console header (a blank
  line, `===...===`, `Processing %s Server: [%s]`, `===...===`, a blank line) and Serilog's
  console lines `[INF] All custom formats are already up to date!`, `All quality profiles are
  up to date!`, `All sizes for quality definition {Type} are already up to date!`, `Media
  naming is up to date!`, `Completed at {Date}`; `Deactivated successfully.`, `Finished %s.`,
  `Consumed %s CPU time.`. The anime Sonarr down 02:00-04:31 (`[ERR] HTTP error: ...`, the unit
  failing: `Main process exited, code=%s, status=%i/%s`, `Failed with result '%s'.`, `Failed to
  start %s.`); the TRaSH guide's score update at 13:52 (`Updated {Count} Existing Custom
  Formats`, `Total of {Count} custom formats were synced`, `Updated {Count} Profiles:
  {ProfileNames}`, `A total of {Count} profiles were synced. ...`, `Total of {Count} sizes were
  synced for quality definition {Type}`); an instance added on nas-02 at 18:40 (`Created
  {Count} New Custom Formats`, `Created {Count} Profiles: {ProfileNames}`, `Media naming has
  been updated`).
- ErsatzTV 0.8.7 (`etv-main.log`, `etv-kids.log`: `docker logs -t` of two containers, Docker's
  nanosecond stamp before Serilog's console template, `2024-06-07T06:01:12.004513664Z
  [06:01:12 INF] Starting HLS session for channel 1`). 06:00 to 12:00: the main container
  updated at 06:00 (`Application is shutting down...`, `Now listening on: {address}`, the
  hosting lines, `Transcode folder is NOT empty!` for the first client); every viewing
  session's HLS worker (`Starting HLS session for channel {Channel}`, per playout item `HLS
  segmenter will work ahead ...` or `... will NOT work ahead ...`, `HLS session state:
  {State}`, `ffmpeg hls arguments {FFmpegArguments}` with the whole command line, `HLS process
  has completed for channel {Channel}`), ended by `Terminating HLS process for channel
  {Channel}`, `Stopping idle HLS session for channel {Channel}` or `API termination request
  ...`; a corrupt Bluey episode on the kids' channel 21 (`HLS process for channel {Channel} has
  terminated unsuccessfully with exit code {ExitCode}: {StandardError}` with ffmpeg's stderr
  on the lines after it, `ffmpeg hls error arguments {FFmpegArguments}`); SQLite locked during
  a library scan at 09:40 (EF Core's `Failed executing DbCommand ...` with its SQL, `An
  exception occurred while iterating over the results of a query ...`, `Error transcoding
  channel {Channel}` with the exception, the client reconnecting).

Label notes. The heads are context: logrus's time, level and fields (but an `error=` field
made from a format of its own contributes it after the message, as rounds 66 and 69), Mylar's
time, level, `mylar.function.line` and thread, Kometa's time, `[file:line]`, level and the
bars and padding of its format, the journal's time, host and ident and systemd's `unit: `
prefix, Serilog's `[INF]` / `[HH:mm:ss INF]` and Docker's stamp. Serilog's labels keep the
message template's `{Name}` holes (round 66); C# interpolation, Go's and Python's formats are
written with `%s`-style placeholders. Words a call site writes are wording: Kometa's `Docker`
branch, its literal connection lines (`Connecting to TMDb...`), each summary key of its report,
go-librespot's `put connect state because %s` takes the enum's name as a value. A message
that only one statement writes whole (a separator, Kometa's border and banner lines, the
summary tables' fixed rules, Recyclarr's `===` line) is labelled by its text. Kometa's
`logger.info("")` and Recyclarr's blank header lines print no text: they get no label (stored
as events, they count as unlabelled). A traceback, ffmpeg's stderr, the SQL and a .NET stack
belong to their event. Mylar's urllib3 error contributes its format. Mylar's, Recyclarr's and
go-librespot's whole-second logs keep one process's lines a second apart (the Clock).

Checked against copies of the sources (nearby versions): go-librespot's `cmd/daemon/main.go`
(`running go-librespot %s`, `loading previously persisted zeroconf credentials`, `failed
creating new session from %s`, `persisted zeroconf credentials`, `initializing zeroconf
session`), `zeroconf/zeroconf.go` (`zeroconf server listening on port %d`, `using built-in
mDNS responder`, `accepted` / `refused zeroconf from %s`, `zeroconf received request with bad
checksum`), the player's `loading %s (paused: %t, position: %dms)`, `loaded %s %s (...)`,
`prefetching next %s`, `prefetched %s %s (duration: %dms)`, `failed prefetching %s stream`,
`cannot prefetch next track because the uri field is empty`, `failed advancing to next track`,
`handling %s player command from %s` and `handling %s api request` (older cmd/daemon
versions), `ap.go`'s `authenticated AP`, `failed receiving packet`, `did not receive last pong
ack from accesspoint, %.0fs passed`, `re-established accesspoint connection` and spclient's
`put connect state because %s`; Mylar3's `logger.py` (the file format and date format),
`rsscheckit.py` (every `[RSS-FEEDS]` line of the job), `rsscheck.py`'s `nzbs()` and
`rssdbupdate()` lines, `search.py`'s `searchforissue()` lines, `__init__.py`'s `[WEEKLY]` and
startup RSS lines; Kometa's `modules/logs.py` (the formats, separators, centring, the
multi-line and blank handling) and `kometa.py` (the banner, version lines, argument lines,
`Starting %sRun`, the library settings, the summaries, `Duplicate Collections` and `Finished
%sRun`), the builder's `Validating Method: %s` / `Value: %s`; Recyclarr's `SyncPipelineExecutor`
(the header and `Completed at {Date}`) and custom format phase lines, real console output in
its docs and READMEs (`Created %d New Custom Formats`, `Created %d Profiles: [...]`, `A total of
... updated scores`, `Total of %d sizes were synced for quality definition %s`, `Media naming
has been updated`); ErsatzTV's `HlsSessionWorker` (every HLS line), ASP.NET Core's hosting lines
and EF Core's command and query errors (as round 66).

Least sure (written from the helper's knowledge): go-librespot's `authenticated Login5`, the
dealer's `did not receive last pong from dealer, %.0fs passed` and `re-established dealer
connection`, the error texts (`failed getting audio key: context deadline exceeded`, `failed
loading current track (advance to next): ...`, the guest's dial timeout), the obfuscated user
name's shape; Mylar's `Shhh be very quiet...I'm looking for %s issue: %s (%s) using %s` (old
search.py's wording, its level and one per indexer in RSS mode), `Found %s (%s) issue: %s using
%s`, `Starting Mylar on %s://%s:%s%s`, the `funcName.lineno` numbers and thread names, the
weekly pull's traceback; Kometa's configuration lines (`Locating config...`, `Using %s as
config`, `Connecting to TMDb...` and its `Connection Successful`, `%s Configuration`, `URL:
%s`, `Token: %s`, `Loading Collection File: %s`, `Collection File Loaded Successfully`,
`Finished Connecting to Plex Libraries...`), `Loading All %ss from Library: %s`, `Loaded %s
%ss`, `Mapping %s Library`, `Processed %s %ss`, the collection lines (`%s %ss Found`, `Adding
to %s Collection`, `%s Collection | = | %s`, `%s %ss Processed`, the removal lines), `%s Library
Overlays`, `Overlay Warning: No '%s' found for %s` (inferred from the report's groups), the
convert warning's wording, `Trakt Error: List %s not found`, the summary's row names and status
words, the source line numbers; Recyclarr's up-to-date lines for profiles, sizes and naming,
`Updated {Count} Profiles: {ProfileNames}`, `HTTP error: ...` and the hole names, the unit's
description and the exit code on a failed instance; ErsatzTV's version, the ffmpeg command
lines, when a session stops idle rather than terminating, and ffmpeg's messages.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import at, go_quote
from generate_round286 import jitter_times

SEC = 1_000_000
MS = 1_000
NS_PAD = "0123456789"

B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def b62(r: random.Random, n: int = 22) -> str:
    return "".join(r.choice(B62) for _ in range(n))


# ------------------------------------------------------------------------------ go-librespot

GL_VERSION = "v0.3.1"
GL_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")
GL_AP = "35.186.224.47:4070"
GL_TRACKS = [
    ("Dreams - 2004 Remaster", 257800),
    ("Heat Waves", 238805),
    ("As It Was", 167303),
    ("Everybody Wants To Rule The World", 251488),
    ("Midnight City", 243960),
    ("Blinding Lights", 200040),
    ("Redbone", 326933),
    ("Electric Feel", 229640),
    ("Teardrop", 330773),
    ("Take On Me", 225280),
    ("Bad Habits", 231041),
    ("Something About Us", 231760),
    ("Crystalised", 201533),
    ("Ho Hey", 163133),
    ("Riptide", 204280),
    ("Sweet Disposition", 233920),
    ("Little Talks", 266600),
    ("Pompeii", 214147),
    ("The Less I Know The Better", 216320),
    ("Déjà Vu", 215508),
    ("Cherry-coloured Funk", 192960),
    ("Holocene", 336613),
    ("Ribs", 258826),
    ("Intro", 127920),
    ("Weird Fishes/ Arpeggi", 318186),
    ("Get Lucky (feat. Pharrell Williams and Nile Rodgers)", 369626),
    ("Flume", 219093),
    ("Nightcall", 258969),
    ("Sunset Lover", 201800),
    ("Breathe (In the Air)", 169533),
    ("Kids", 302840),
    ("Dog Days Are Over", 252640),
    ("Skinny Love", 238307),
    ("Bloodbuzz Ohio", 276813),
    ("Two Weeks", 243453),
    ("New Slang", 231240),
    ("Motion Sickness", 229666),
    ("Ocean Eyes", 200379),
    ("Lost in Yesterday", 249573),
    ("Where Is My Mind? - Remastered", 229226),
]
GL_EPISODES = [
    ("#412: The Case of the Missing Bees", 2214000),
    ("Morning Briefing: Friday 7 June", 1024000),
    ("How Lithium Batteries Took Over", 2631000),
]
# (controller device id, user)
GL_PHONES = {
    "anna": hexid(random.Random("gl-anna"), 40),
    "jonas": hexid(random.Random("gl-jonas"), 40),
    "mark": hexid(random.Random("gl-mark"), 40),
    "mark-desk": hexid(random.Random("gl-mark-desk"), 40),
}
GL_USERS = {"anna": "31x7qhzkanna84", "jonas": "jonas.wendt", "mark": "mark_ohlsen"}
GL_DEVNAMES = {"anna": "Anna's Pixel 7", "jonas": "iPhone von Jonas", "guest": "Galaxy A52"}


def gl_obf(u: str) -> str:
    return u[:3] + "*" * (len(u) - 3)


def gl_q(s: str) -> str:
    if s and all(c in GL_SAFE for c in s):
        return s
    return go_quote(s)


def gl_line(t: datetime, level: str, msg: str, fields: list[tuple[str, str]]) -> str:
    """logrus's TextFormatter without a terminal: `time=... level=... msg=...`, the fields
    sorted by key, a value quoted when it holds anything but letters, digits and `-._/@^+`."""
    head = f'time="{t:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={gl_q(msg)}'
    return head + "".join(f" {k}={gl_q(v)}" for k, v in sorted(fields))


class GlDevice:
    def __init__(self, name: str, ip: str) -> None:
        self.name = name
        self.ip = ip
        self.user: str | None = None
        self.port = 0


def go_librespot(r: random.Random) -> list[Log]:
    """Three Raspberry Pi speakers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        d: GlDevice,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        fl = fields or []
        return fs.add(
            f"{d.name}.log", t, label, lambda x: [gl_line(x, level, msg, fl)], d.name, SEC
        )

    def uname(d: GlDevice) -> list[tuple[str, str]]:
        assert d.user
        return [("username", gl_obf(GL_USERS[d.user]))]

    def put_state(d: GlDevice, t: datetime, reason: str) -> datetime:
        return L(
            d, t, "debug", "put connect state because %s", f"put connect state because {reason}"
        )

    def startup(d: GlDevice, t: datetime, persisted: str | None) -> datetime:
        d.port = r.randint(32768, 60999)
        t = L(d, t, "info", "running go-librespot %s", f"running go-librespot {GL_VERSION}")
        t = L(
            d,
            t + sec(r.uniform(0.3, 1.2)),
            "info",
            "zeroconf server listening on port %d",
            f"zeroconf server listening on port {d.port}",
        )
        t = L(d, t, "info", "using built-in mDNS responder", "using built-in mDNS responder")
        if persisted:
            d.user = persisted
            t = L(
                d,
                t,
                "info",
                "loading previously persisted zeroconf credentials",
                "loading previously persisted zeroconf credentials",
                uname(d),
            )
            t = session(d, t)
            t = L(
                d,
                t,
                "debug",
                "initializing zeroconf session",
                "initializing zeroconf session",
                uname(d),
            )
            t = connected(d, t)
        return t

    def session(d: GlDevice, t: datetime) -> datetime:
        t = L(
            d,
            t + sec(r.uniform(0.4, 1.5)),
            "info",
            "authenticated AP",
            "authenticated AP",
            uname(d),
        )
        return L(
            d,
            t + sec(r.uniform(0.2, 0.9)),
            "info",
            "authenticated Login5",
            "authenticated Login5",
            uname(d),
        )

    def connected(d: GlDevice, t: datetime) -> datetime:
        cid = b62(r, 60) + "%3D"
        t = L(
            d,
            t + sec(r.uniform(0.5, 2.0)),
            "debug",
            "received connection id: %s",
            f"received connection id: {cid}",
        )
        return put_state(d, t, "NEW_DEVICE")

    def accept(d: GlDevice, t: datetime, user: str, phone: str) -> datetime:
        d.user = user
        t = session(d, t)
        t = L(
            d,
            t,
            "info",
            "accepted zeroconf from %s",
            f"accepted zeroconf from {GL_DEVNAMES[phone]}",
            uname(d),
        )
        t = L(
            d,
            t,
            "debug",
            "persisted zeroconf credentials",
            "persisted zeroconf credentials",
            uname(d),
        )
        return connected(d, t)

    def command(d: GlDevice, t: datetime, endpoint: str, ctl: str) -> datetime:
        return L(
            d,
            t,
            "debug",
            "handling %s player command from %s",
            f"handling {endpoint} player command from {GL_PHONES[ctl]}",
        )

    def load(
        d: GlDevice,
        t: datetime,
        item: tuple[str, int, str, str],
        pos: int,
        paused: bool,
        prefetched: bool,
    ) -> datetime:
        title, dur, kind, uid = item
        uri = [("uri", f"spotify:{kind}:{uid}")]
        t = L(
            d,
            t,
            "debug",
            "loading %s (paused: %t, position: %dms)",
            f"loading {kind} (paused: {str(paused).lower()}, position: {pos}ms)",
            uri,
        )
        t = put_state(d, t, "PLAYER_STATE_CHANGED")
        t += sec(r.uniform(0.05, 0.4) if prefetched else r.uniform(0.4, 2.2))
        qt = '"' + title.replace('"', '\\"') + '"'
        t = L(
            d,
            t,
            "info",
            "loaded %s %s (paused: %t, position: %dms, duration: %dms, prefetched: %t)",
            f"loaded {kind} {qt} (paused: {str(paused).lower()}, position: {pos}ms, duration: {dur}ms, prefetched: {str(prefetched).lower()})",
            uri,
        )
        return put_state(d, t, "PLAYER_STATE_CHANGED")

    ids: dict[str, str] = {}

    def item(kind: str = "track") -> tuple[str, int, str, str]:
        title, dur = r.choice(GL_EPISODES if kind == "episode" else GL_TRACKS)
        uid = ids.setdefault(title, b62(r))
        return (title, dur, kind, uid)

    outage = (at(10, 40, 5), at(10, 43, 20))

    def play(
        d: GlDevice,
        t: datetime,
        t_end: datetime,
        ctl: str,
        start: str = "play",
        pos: int = 0,
        kind: str = "track",
        pauses: list[tuple[datetime, datetime]] | None = None,
    ) -> datetime:
        """A listening session from `t` to about `t_end`: each item loaded (or prefetched),
        skips, pauses; returns the end."""
        t = command(d, t, start, ctl)
        cur = item(kind)
        prefetched = False
        pauses = list(pauses or [])
        while True:
            t = load(d, t, cur, pos, False, prefetched)
            left = cur[1] / 1000 - pos / 1000
            pos = 0
            nxt = item(kind)
            if d.name == "livingroom" and outage[0] <= t + sec(left) < outage[1] + sec(30):
                # the next stream cannot be fetched while the network is down
                t += sec(left - 30)
                t = L(
                    d,
                    t,
                    "debug",
                    "prefetching next %s",
                    "prefetching next track",
                    [("uri", f"spotify:track:{nxt[3]}")],
                )
                t = L(
                    d,
                    t + sec(r.uniform(9, 12)),
                    "warning",
                    "failed prefetching %s stream error=failed getting audio key: context deadline exceeded",
                    "failed prefetching track stream",
                    [
                        ("error", "failed getting audio key: context deadline exceeded"),
                        ("uri", f"spotify:track:{nxt[3]}"),
                    ],
                )
                t = max(t + sec(30), outage[1]) + sec(r.uniform(1, 6))
                t = L(
                    d,
                    t,
                    "error",
                    "failed advancing to next track error=failed loading current track (advance to next): failed creating stream for %s: failed getting audio key: context deadline exceeded",
                    "failed advancing to next track",
                    [
                        (
                            "error",
                            f"failed loading current track (advance to next): failed creating stream for spotify:track:{nxt[3]}: failed getting audio key: context deadline exceeded",
                        )
                    ],
                )
                t += sec(r.uniform(40, 120))
                t = command(d, t, "play", ctl)
                cur, prefetched = nxt, False
                continue
            if pauses and pauses[0][0] < t + sec(left):
                p0, p1 = pauses.pop(0)
                played = max((p0 - t).total_seconds(), 0.0)
                t = command(d, max(p0, t), "pause", ctl)
                t = put_state(d, t, "PLAYER_STATE_CHANGED")
                t = command(d, p1, "resume", ctl)
                t = put_state(d, t, "PLAYER_STATE_CHANGED")
                left = max(left - played, 20.0)
            if t + sec(left) >= t_end:
                end = t_end + sec(r.uniform(0, 40))
                t = command(d, end, "pause", ctl)
                return put_state(d, t, "PLAYER_STATE_CHANGED")
            if r.random() < 0.13 and left > 60:
                t += sec(r.uniform(8, left - 40))
                t = command(
                    d, t, r.choice(["skip_next", "skip_next", "skip_next", "skip_prev"]), ctl
                )
                cur, prefetched = nxt, False
                continue
            t += sec(left - 30)
            if r.random() < 0.015:
                t = L(
                    d,
                    t,
                    "warning",
                    "cannot prefetch next track because the uri field is empty",
                    "cannot prefetch next track because the uri field is empty",
                )
                t += sec(30)
                cur, prefetched = nxt, False
                continue
            t = L(
                d,
                t,
                "debug",
                "prefetching next %s",
                f"prefetching next {nxt[2]}",
                [("uri", f"spotify:{nxt[2]}:{nxt[3]}")],
            )
            qt = '"' + nxt[0] + '"'
            t = L(
                d,
                t + sec(r.uniform(0.5, 2.5)),
                "info",
                "prefetched %s %s (duration: %dms)",
                f"prefetched {nxt[2]} {qt} (duration: {nxt[1]}ms)",
                [("uri", f"spotify:{nxt[2]}:{nxt[3]}")],
            )
            t += sec(30)
            cur, prefetched = nxt, True

    kitchen = GlDevice("kitchen", "192.168.1.37")
    living = GlDevice("livingroom", "192.168.1.42")
    office = GlDevice("office", "192.168.1.56")

    # kitchen: the smart plug switches the Pi on at 06:00
    startup(kitchen, at(6, 0, 31), None)
    t = accept(kitchen, at(6, 34, 52), "anna", "anna")
    t = play(kitchen, t + sec(2), at(7, 12), "anna", start="transfer", kind="episode", pos=861000)
    g = at(7, 15, 40)
    g = L(
        kitchen,
        g,
        "error",
        "failed creating new session from %s error=failed authenticating: failed connecting to accesspoint: dial tcp %s: i/o timeout",
        f"failed creating new session from {GL_DEVNAMES['guest']}",
        [
            (
                "error",
                f"failed authenticating: failed connecting to accesspoint: dial tcp {GL_AP}: i/o timeout",
            ),
            ("username", gl_obf("lea.b2002")),
        ],
    )
    L(
        kitchen,
        g,
        "info",
        "refused zeroconf from %s",
        f"refused zeroconf from {GL_DEVNAMES['guest']}",
        [("username", gl_obf("lea.b2002"))],
    )
    t = play(kitchen, at(7, 18, 3), at(7, 57), "anna")
    t = accept(kitchen, at(7, 58, 14), "jonas", "jonas")
    play(kitchen, t + sec(3), at(8, 41), "jonas", start="transfer", pos=48211)

    # living room: a persisted session all morning, a status display polling the API
    living.user = "anna"
    for x in jitter_times(r, at(6, 0), at(12, 0), 45, 40):
        L(living, x, "debug", "handling %s api request", "handling status api request")
    t = play(living, at(6, 21, 7), at(8, 2), "anna", pauses=[(at(7, 33, 10), at(7, 36, 2))])
    t = play(living, at(8, 40, 31), at(10, 58), "anna")
    t0 = outage[0] + sec(7)
    L(
        living,
        t0,
        "error",
        "did not receive last pong ack from accesspoint, %.0fs passed",
        "did not receive last pong ack from accesspoint, 127s passed",
    )
    L(
        living,
        t0 + sec(1),
        "error",
        "failed receiving packet error=read tcp %s->%s: use of closed network connection",
        "failed receiving packet",
        [("error", f"read tcp {living.ip}:49822->{GL_AP}: use of closed network connection")],
    )
    L(
        living,
        t0 + sec(21),
        "error",
        "did not receive last pong from dealer, %.0fs passed",
        "did not receive last pong from dealer, 60s passed",
    )
    L(
        living,
        outage[1] + sec(3),
        "debug",
        "re-established accesspoint connection",
        "re-established accesspoint connection",
    )
    L(
        living,
        outage[1] + sec(9),
        "debug",
        "re-established dealer connection",
        "re-established dealer connection",
    )
    t = play(living, at(11, 5, 12), at(12, 0), "anna")

    # bathroom: Jonas's morning playlist, then Anna's in the late morning
    bath = GlDevice("bathroom", "192.168.1.61")
    bath.user = "jonas"
    play(bath, at(6, 4, 51), at(7, 44), "jonas")
    t = accept(bath, at(10, 48, 3), "anna", "anna")
    play(bath, t + sec(2), at(11, 59), "anna")

    # office: Mark's desktop app from 08:00, watchtower restarts the container at 09:12
    office.user = "mark"
    t = play(office, at(8, 2, 40), at(9, 12, 4), "mark-desk", start="transfer", pos=0)
    startup(office, at(9, 12, 21), "mark")
    play(
        office,
        at(9, 14, 55),
        at(12, 0),
        "mark-desk",
        start="transfer",
        pos=122640,
        pauses=[(at(10, 0, 12), at(10, 31, 40)), (at(11, 2, 5), at(11, 3, 31))],
    )
    L(
        office,
        at(11, 20, 44),
        "warning",
        "zeroconf received request with bad checksum",
        "zeroconf received request with bad checksum",
    )
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------ mylar3

MY_LEVEL = {"info": "INFO", "debug": "DEBUG", "warn": "WARNING", "error": "ERROR"}
MY_POOL = "ThreadPoolExecutor-0_0"
MY_WANTED = [
    ("Batman", "2016", "148"),
    ("Saga", "2012", "67"),
    ("Monstress", "2015", "51"),
    ("Transformers", "2023", "9"),
    ("Ultimate Spider-Man", "2024", "6"),
    ("Something is Killing the Children", "2019", "38"),
    ("Immortal Thor", "2023", "12"),
    ("Wonder Woman", "2023", "10"),
]
MY_SKIPPED = "{'4050-110463': {'Issue_Number': ['13'], 'ComicName': 'Nightwing'}, '4050-142137': {'Issue_Number': ['1'], 'ComicName': 'Jenny Sparks'}}"
MY_EXPERIMENTAL = [
    '(0-day) Marvel Week+ (06-05-2024) [{a}/{b}] - "0-Day Week of 2024.06.05.part{p:02d}.rar" yEnc',
    '"Usenet Index: 0-Day Week of 2024.06.05" - [{a}/{b}] - "DC Week+ (06-04-2024).par2" yEnc',
    '[{a}/{b}] - "Image Week (06-05-2024) - Complete.nzb" yEnc',
    '(ghost) Scans [{a}/{b}] - "Weekly Pack 2024-06-05 (Digital-Empire).vol{p:02d}+{q:02d}.par2" yEnc',
]
MY_PROVIDERS = ["NZBgeek", "DrunkenSlug", "nzbplanet"]


def mylar3(r: random.Random) -> list[Log]:
    """Mylar3 in Docker with verbose logging, 06:00 to 14:00 (see the module docstring)."""
    fs = Files()
    rotate_at = at(10, 4, 30)

    def L(
        t: datetime,
        level: str,
        where: str,
        thread: str,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        lines = extra or []
        f = "mylar.log.1" if t < rotate_at else "mylar.log"
        lv = MY_LEVEL[level]
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"{x:%d-%b-%Y %H:%M:%S} - {lv:<7} :: mylar.{where} : {thread} : {msg}", *lines]
            ),
            "mylar",
            SEC,
        )

    wanted = list(MY_WANTED)
    TH = [MY_POOL]
    runs: list[datetime] = []
    disabled: set[str] = set()
    slug_down = (at(8, 10), at(8, 56))
    planet_bad = (at(10, 18), at(10, 47))
    found = {
        at(7, 41): ("Transformers", "2023", "9", "NZBgeek [RSS]"),
        at(12, 21): ("Saga", "2012", "67", "DrunkenSlug [RSS]"),
    }

    def fetch(t: datetime, site: str, api: bool = False) -> tuple[datetime, bool]:
        t = L(
            t,
            "debug",
            "_parse_feed.666",
            TH[0],
            "[RSS] Fetching items from %s",
            f"[RSS] Fetching items from {site}",
        )
        if site == "DrunkenSlug" and slug_down[0] <= t < slug_down[1]:
            path = (
                "/api?t=search&cat=7030&dl=1&apikey=b7d1c0f9e4a2&num=100"
                if api
                else "/rss?t=7030&dl=1&i=1&r=b7d1c0f9e4a2&num=100"
            )
            obj = f"<urllib3.connection.HTTPSConnection object at 0x7f{hexid(r, 10)}>"
            err = f"HTTPSConnectionPool(host='drunkenslug.com', port=443): Max retries exceeded with url: {path} (Caused by NewConnectionError('{obj}: Failed to establish a new connection: [Errno 111] Connection refused'))"
            t = L(
                t + sec(r.uniform(0.1, 0.6)),
                "warn",
                "_parse_feed.672",
                TH[0],
                "Error fetching RSS Feed Data from %s: HTTPSConnectionPool(host='%s', port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno 111] Connection refused'))",
                f"Error fetching RSS Feed Data from {site}: {err}",
            )
            return t, False
        if site == "nzbplanet" and planet_bad[0] <= t < planet_bad[1]:
            code = 503 if t >= at(10, 40) else 502
            t = L(
                t + sec(r.uniform(0.5, 4)),
                "warn",
                "_parse_feed.680",
                TH[0],
                "[%s] Status code returned: %s",
                f"[{site}] Status code returned: {code}",
            )
            if code == 503:
                t = L(
                    t,
                    "warn",
                    "_parse_feed.682",
                    TH[0],
                    "[%s] Site appears unresponsive/down. Disabling...",
                    f"[{site}] Site appears unresponsive/down. Disabling...",
                )
                disabled.add(site)
            return t, False
        return t + sec(r.uniform(0.4, 3.5)), True

    def rss_cycle(t: datetime, forced: bool = False) -> None:
        if forced:
            t = L(
                t,
                "info",
                "run.31",
                TH[0],
                "[RSS-FEEDS] RSS Feed Check Initalizing....",
                "[RSS-FEEDS] RSS Feed Check Initalizing....",
            )
        t = L(
            t,
            "info",
            "run.85",
            TH[0],
            "[RSS-FEEDS] Initiating RSS Feed Check for NZB Providers.",
            "[RSS-FEEDS] Initiating RSS Feed Check for NZB Providers.",
        )
        sites = ["experimental"] + [p for p in MY_PROVIDERS if p not in disabled]
        t = L(
            t,
            "debug",
            "nzbs.708",
            TH[0],
            "[RSS] You have enabled %s NZB RSS search providers.",
            f"[RSS] You have enabled {len(sites)} NZB RSS search providers.",
        )
        ok_sites = []
        for site in sites:
            t, ok = fetch(t, site)
            if not ok and site != "experimental" and site not in disabled:
                t = L(
                    t,
                    "debug",
                    "nzbs.770",
                    TH[0],
                    "RSS url returning error code. Attempting to use API to get most recent items in lieu of RSS feed",
                    "RSS url returning error code. Attempting to use API to get most recent items in lieu of RSS feed",
                )
                t, ok = fetch(t, site, api=True)
            if ok:
                ok_sites.append(site)
        total = 0
        for site in ok_sites:
            t = L(
                t,
                "debug",
                "nzbs.784",
                TH[0],
                "[RSS] (%s) now being updated...",
                f"[RSS] ({site}) now being updated...",
            )
            n = 50 if site == "experimental" else 100
            if site == "experimental":
                for _ in range(r.randint(2, 6)):
                    a = r.randint(1, 180)
                    title = r.choice(MY_EXPERIMENTAL).format(
                        a=a, b=r.randint(a, 240), p=r.randint(1, 40), q=r.randint(1, 32)
                    )
                    t = L(
                        t,
                        "debug",
                        "nzbs.791",
                        TH[0],
                        "[EXPERIMENTAL][RSS_FEED] Not adding to rss entries. Cannot properly parse :%s",
                        f"[EXPERIMENTAL][RSS_FEED] Not adding to rss entries. Cannot properly parse :{title}",
                    )
                    n -= 1
            t = L(
                t,
                "info",
                "nzbs.818",
                TH[0],
                "[RSS] (%s) %s entries indexed.",
                f"[RSS] ({site}) {50 if site == 'experimental' else 100} entries indexed.",
            )
            total += n
        if total:
            t = L(
                t,
                "info",
                "nzbs.822",
                TH[0],
                "[RSS] %s entries have been indexed and are now going to be stored for caching.",
                f"[RSS] {total} entries have been indexed and are now going to be stored for caching.",
            )
            t = L(
                t + sec(r.uniform(2, 9)),
                "debug",
                "rssdbupdate.907",
                TH[0],
                "Completed adding new data to RSS DB. Next add in %s minutes",
                "Completed adding new data to RSS DB. Next add in 20 minutes",
            )
        t = L(
            t,
            "info",
            "run.90",
            TH[0],
            "[RSS-FEEDS] RSS Feed Check/Update Complete",
            "[RSS-FEEDS] RSS Feed Check/Update Complete",
        )
        t = L(
            t,
            "info",
            "run.91",
            TH[0],
            "[RSS-FEEDS] Watchlist Check for new Releases",
            "[RSS-FEEDS] Watchlist Check for new Releases",
        )
        t = search(t, rss=True)
        t = L(
            t,
            "info",
            "run.93",
            TH[0],
            "[RSS-FEEDS] Watchlist Check complete.",
            "[RSS-FEEDS] Watchlist Check complete.",
        )
        if forced:
            L(
                t,
                "info",
                "run.95",
                TH[0],
                "[RSS-FEEDS] Successfully ran a forced RSS Check.",
                "[RSS-FEEDS] Successfully ran a forced RSS Check.",
            )

    def search(t: datetime, rss: bool) -> datetime:
        th = TH[0] if rss else "ThreadPoolExecutor-0_1"
        if rss:
            t = L(
                t,
                "info",
                "searchforissue.2271",
                th,
                "Initiating RSS Search Scan at the scheduled interval of %s minutes",
                "Initiating RSS Search Scan at the scheduled interval of 20 minutes",
            )
        else:
            t = L(
                t,
                "info",
                "searchforissue.2276",
                th,
                "Initiating check to add Wanted items to Search Queue....",
                "Initiating check to add Wanted items to Search Queue....",
            )
        t = L(
            t + sec(r.uniform(0.2, 1.5)),
            "info",
            "searchforissue.2364",
            th,
            "Issues that belong to part of a Story Arc to be searched for : %s",
            "Issues that belong to part of a Story Arc to be searched for : 0",
        )
        t = L(
            t,
            "info",
            "searchforissue.2413",
            th,
            "The following series have been skipped due to either being already in a Downloaded/Snatched status or having Invalid Date-data in the database: %s",
            f"The following series have been skipped due to either being already in a Downloaded/Snatched status or having Invalid Date-data in the database: {MY_SKIPPED}",
        )
        for comic in list(wanted):
            name, year, issue = comic
            for prov in MY_PROVIDERS:
                if prov in disabled:
                    continue
                pname = f"{prov} [RSS]" if rss else prov
                t = L(
                    t + sec(r.uniform(0.1, 1.2)),
                    "info",
                    "search_init.412",
                    th,
                    "Shhh be very quiet...I'm looking for %s issue: %s (%s) using %s",
                    f"Shhh be very quiet...I'm looking for {name} issue: {issue} ({year}) using {pname}",
                )
                for when, (fname, _fyear, _fissue, fprov) in list(found.items()):
                    if rss and fname == name and fprov == pname and t >= when:
                        t = L(
                            t + sec(r.uniform(0.5, 2)),
                            "info",
                            "search_init.1890",
                            th,
                            "Found %s (%s) issue: %s using %s",
                            f"Found {name} ({year}) issue: {issue} using {pname}",
                        )
                        del found[when]
                        wanted.remove(comic)
                        break
                if comic not in wanted:
                    break
        return t

    # the RSS job every 20 minutes; the container restarted by its update at 11:05 keeps the
    # schedule (the last run is less than 20 minutes old); a forced check from the UI at 12:47
    t = at(6, 0, 14)
    while t < at(17, 0):
        runs.append(t)
        rss_cycle(t)
        t += sec(1200 + r.uniform(0, 1.5))
    TH[0] = "CP Server Thread-12"
    rss_cycle(at(12, 47, 9), forced=True)
    TH[0] = MY_POOL
    search(at(6, 10, 3), rss=False)
    search(at(12, 10, 5), rss=False)

    st = at(11, 5, 12)
    st = L(
        st,
        "info",
        "initialize.142",
        "MainThread",
        "Starting Mylar on %s://%s:%s%s",
        "Starting Mylar on http://0.0.0.0:8090/",
    )
    st = L(
        st + sec(2),
        "debug",
        "start.1064",
        "MainThread",
        "[WEEKLY] Scheduling next run for @ %s every %s hours",
        "[WEEKLY] Scheduling next run for @ 2024-06-07 14:52:31 every 4 hours",
    )
    st = L(
        st,
        "info",
        "start.1071",
        "MainThread",
        "[RSS-FEEDS] Initiating startup-RSS feed checks.",
        "[RSS-FEEDS] Initiating startup-RSS feed checks.",
    )
    st = L(
        st,
        "info",
        "start.1074",
        "MainThread",
        "[RSS-FEEDS] RSS last run @ %s",
        f"[RSS-FEEDS] RSS last run @ {max(x for x in runs if x < at(11, 5)):%Y-%m-%d %H:%M:%S}",
    )
    w = at(11, 5, 31)
    w = L(
        w,
        "info",
        "start.1055",
        "MainThread",
        "[WEEKLY] Weekly Pull-Update initializing immediately as it has been %s hours since the last run",
        "[WEEKLY] Weekly Pull-Update initializing immediately as it has been 4.212777777777778 hours since the last run",
    )
    py = "/usr/lib/python3.11/site-packages"
    tb = [
        "Traceback (most recent call last):",
        f'  File "{py}/urllib3/connectionpool.py", line 537, in _make_request',
        "    response = conn.getresponse()",
        f'  File "{py}/urllib3/connection.py", line 466, in getresponse',
        "    httplib_response = super().getresponse()",
        '  File "/usr/lib/python3.11/socket.py", line 706, in readinto',
        "    return self._sock.recv_into(b)",
        "TimeoutError: The read operation timed out",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "/app/mylar3/mylar/logger.py", line 180, in new_run',
        "    old_run(*args, **kwargs)",
        '  File "/usr/lib/python3.11/threading.py", line 975, in run',
        "    self._target(*self._args, **self._kwargs)",
        '  File "/app/mylar3/mylar/weeklypull.py", line 96, in pullit',
        "    r = requests.get(PULLURL, params=payload, verify=True, headers=headers, timeout=30)",
        f'  File "{py}/requests/api.py", line 73, in get',
        '    return request("get", url, params=params, **kwargs)',
        f'  File "{py}/requests/sessions.py", line 703, in send',
        "    r = adapter.send(request, **kwargs)",
        f'  File "{py}/requests/adapters.py", line 532, in send',
        "    raise ReadTimeout(e, request=request)",
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='walksofman.com', port=443): Read timed out. (read timeout=30)",
        "",
    ]
    L(
        w + sec(31),
        "error",
        "excepthook.162",
        "WEEKLY",
        "Uncaught exception: Traceback (most recent call last):",
        "Uncaught exception: Traceback (most recent call last):",
        tb[1:],
    )
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------ kometa

KM_WIDTH = 100
TRAKT_MCU = "https://trakt.tv/users/donxy/lists/marvel-cinematic-universe"
KM_BORDER = "|" + "=" * KM_WIDTH + "|"
KM_BANNER = [
    " __  ___  ______    ___  ___   _______  __________    ___      ",
    "|  |/  / /  __  \\  |   \\/   | |   ____||          |  /   \\     ",
    "|  '  / |  |  |  | |  \\  /  | |  |__   `---|  |---` /  ^  \\    ",
    "|    <  |  |  |  | |  |\\/|  | |   __|      |  |    /  /_\\  \\   ",
    "|  .  \\ |  `--`  | |  |  |  | |  |____     |  |   /  _____  \\  ",
    "|__|\\__\\ \\______/  |__|  |__| |_______|    |__|  /__/     \\__\\ ",
]
KM_ARGS = [
    ("config", "/config/config.yml", True),
    ("times", "06:00,10:00", True),
    ("run", "False", False),
    ("run-collections", "None", False),
    ("run-libraries", "None", False),
    ("run-files", "None", False),
    ("ignore-schedules", "False", False),
    ("ignore-ghost", "False", False),
    ("delete-collections", "False", False),
    ("delete-labels", "False", False),
    ("resume", "None", False),
    ("no-countdown", "False", False),
    ("no-missing", "False", False),
    ("no-report", "False", False),
    ("read-only-config", "False", False),
    ("divider", "=", True),
    ("width", "100", False),
    ("debug", "False", False),
    ("trace", "False", False),
    ("log-requests", "False", False),
    ("timeout", "180", False),
    ("no-verify-ssl", "False", False),
    ("low-priority", "False", False),
    ("overlays-only", "False", False),
    ("metadata-only", "False", False),
    ("operations-only", "False", False),
    ("playlists-only", "False", False),
    ("collections-only", "False", False),
]
KM_LIBSET = [
    ("Library Name: {name}", "Library Name: %s"),
    ("Run Order: collections, overlays, operations", "Run Order: %s"),
    ("Folder Name: {name}", "Folder Name: %s"),
    ("Asset Directory: /config/assets", "Asset Directory: %s"),
    ("Asset Folders: True", "Asset Folders: %s"),
    ("Asset Depth: 0", "Asset Depth: %s"),
    ("Create Asset Folders: False", "Create Asset Folders: %s"),
    ("Prioritize Assets: False", "Prioritize Assets: %s"),
    ("Dimensional Asset Rename: False", "Dimensional Asset Rename: %s"),
    ("Download URL Assets: False", "Download URL Assets: %s"),
    ("Show Missing Assets: False", "Show Missing Assets: %s"),
    ("Show Missing Season Assets: False", "Show Missing Season Assets: %s"),
    ("Show Missing Episode Assets: False", "Show Missing Episode Assets: %s"),
    ("Show Assets Not Needed: True", "Show Assets Not Needed: %s"),
    ("Sync Mode: append", "Sync Mode: %s"),
    ("Minimum Items: 1", "Minimum Items: %s"),
    ("Delete Below Minimum: True", "Delete Below Minimum: %s"),
    ("Delete Not Scheduled: False", "Delete Not Scheduled: %s"),
    ("Default Collection Order: None", "Default Collection Order: %s"),
    ("Missing Only Released: False", "Missing Only Released: %s"),
    ("Only Filter Missing: False", "Only Filter Missing: %s"),
    ("Show Unmanaged: True", "Show Unmanaged: %s"),
    ("Show Unconfigured: True", "Show Unconfigured: %s"),
    ("Show Filtered: False", "Show Filtered: %s"),
    ("Show Unfiltered: False", "Show Unfiltered: %s"),
    ("Show Options: False", "Show Options: %s"),
    ("Show Missing: False", "Show Missing: %s"),
    ("Save Report: False", "Save Report: %s"),
    ("Report Path: /config/{name}_report.yml", "Report Path: %s"),
    ("Ignore IDs: None", "Ignore IDs: %s"),
    ("Ignore IMDb IDs: None", "Ignore IMDb IDs: %s"),
    ("Item Refresh Delay: 0", "Item Refresh Delay: %s"),
    ("Clean Bundles: False", "Clean Bundles: %s"),
    ("Empty Trash: False", "Empty Trash: %s"),
    ("Optimize: False", "Optimize: %s"),
    ("Timeout: 180", "Timeout: %s"),
]
KM_MOVIES = [
    "The Shawshank Redemption (1994)",
    "The Godfather (1972)",
    "The Dark Knight (2008)",
    "12 Angry Men (1957)",
    "Schindler's List (1993)",
    "Pulp Fiction (1994)",
    "Fight Club (1999)",
    "Forrest Gump (1994)",
    "Inception (2010)",
    "The Matrix (1999)",
    "Goodfellas (1990)",
    "Interstellar (2014)",
    "Se7en (1995)",
    "Spirited Away (2001)",
    "Parasite (2019)",
    "Whiplash (2014)",
    "The Prestige (2006)",
    "Gladiator (2000)",
    "Alien (1979)",
    "Up (2009)",
    "WALL·E (2008)",
    "Coco (2017)",
    "Toy Story (1995)",
    "Inside Out (2015)",
    "Ratatouille (2007)",
    "Amélie (2001)",
    "Oppenheimer (2023)",
    "Dune: Part Two (2024)",
    "Godzilla x Kong: The New Empire (2024)",
    "Poor Things (2023)",
    "Past Lives (2023)",
    "Civil War (2024)",
    "Kingdom of the Planet of the Apes (2024)",
    "The Fall Guy (2024)",
    "Furiosa: A Mad Max Saga (2024)",
    "Challengers (2024)",
    "Iron Man (2008)",
    "Avengers: Endgame (2019)",
    "Black Panther (2018)",
    "Guardians of the Galaxy (2014)",
    "Thor: Ragnarok (2017)",
    "Captain America: The Winter Soldier (2014)",
    "My Neighbor Totoro (1988)",
    "Princess Mononoke (1997)",
    "Howl's Moving Castle (2004)",
    "Kiki's Delivery Service (1989)",
    "Porco Rosso (1992)",
    "The Boy and the Heron (2023)",
    "Heat (1995)",
    "Blade Runner 2049 (2017)",
    "Arrival (2016)",
    "Sicario (2015)",
    "Prisoners (2013)",
    "Mad Max: Fury Road (2015)",
    "Everything Everywhere All at Once (2022)",
    "The Grand Budapest Hotel (2014)",
    "No Country for Old Men (2007)",
    "There Will Be Blood (2007)",
    "Memento (2000)",
    "Oldboy (2003)",
    "Amadeus (1984)",
    "Casablanca (1942)",
    "Psycho (1960)",
    "Rear Window (1954)",
    "Vertigo (1958)",
    "The Lord of the Rings: The Return of the King (2003)",
    "The Lord of the Rings: The Fellowship of the Ring (2001)",
    "The Lord of the Rings: The Two Towers (2002)",
    "The Good, the Bad and the Ugly (1966)",
    "Star Wars (1977)",
    "The Empire Strikes Back (1980)",
    "Return of the Jedi (1983)",
    "City of God (2002)",
    "Life Is Beautiful (1997)",
    "Saving Private Ryan (1998)",
    "The Green Mile (1999)",
    "Léon: The Professional (1994)",
    "The Usual Suspects (1995)",
    "The Lion King (1994)",
    "Terminator 2: Judgment Day (1991)",
    "Back to the Future (1985)",
    "The Pianist (2002)",
    "Modern Times (1936)",
    "Seven Samurai (1954)",
    "Harakiri (1962)",
    "The Departed (2006)",
    "The Intouchables (2011)",
    "Cinema Paradiso (1988)",
    "Grave of the Fireflies (1988)",
    "Once Upon a Time in the West (1968)",
    "Apocalypse Now (1979)",
    "Django Unchained (2012)",
    "The Shining (1980)",
    "Paths of Glory (1957)",
    "Sunset Boulevard (1950)",
    "The Great Dictator (1940)",
    "Aliens (1986)",
    "Witness for the Prosecution (1957)",
    "Dr. Strangelove (1964)",
    "Joker (2019)",
    "Your Name. (2016)",
    "Braveheart (1995)",
    "American Beauty (1999)",
    "Good Will Hunting (1997)",
    "Toy Story 3 (2010)",
    "Reservoir Dogs (1992)",
    "2001: A Space Odyssey (1968)",
    "The Hunt (2012)",
    "Lawrence of Arabia (1962)",
    "Citizen Kane (1941)",
    "M (1931)",
    "North by Northwest (1959)",
    "The Apartment (1960)",
    "A Clockwork Orange (1971)",
    "Full Metal Jacket (1987)",
    "Snatch (2000)",
    "Scarface (1983)",
    "The Sting (1973)",
    "L.A. Confidential (1997)",
    "Indiana Jones and the Last Crusade (1989)",
    "Raiders of the Lost Ark (1981)",
    "Die Hard (1988)",
    "Hamilton (2020)",
    "Top Gun: Maverick (2022)",
    "Spider-Man: Across the Spider-Verse (2023)",
    "Taxi Driver (1976)",
    "Lock, Stock and Two Smoking Barrels (1998)",
    "Eternal Sunshine of the Spotless Mind (2004)",
    "Jurassic Park (1993)",
    "Monsters, Inc. (2001)",
    "Finding Nemo (2003)",
    "The Incredibles (2004)",
    "Cars (2006)",
    "Soul (2020)",
    "Turning Red (2022)",
    "Elemental (2023)",
    "Inside Out 2 (2024)",
]
KM_SHOWS = [
    "Breaking Bad",
    "Better Call Saul",
    "The Sopranos",
    "The Wire",
    "Succession",
    "Severance",
    "The Bear",
    "Shōgun",
    "Fallout",
    "The Last of Us",
    "House of the Dragon",
    "Game of Thrones",
    "Chernobyl",
    "Dark",
    "Stranger Things",
    "The Crown",
    "Ozark",
    "Mindhunter",
    "Squid Game",
    "Wednesday",
    "True Detective",
    "Band of Brothers",
    "The Office (US)",
    "Parks and Recreation",
    "Arcane",
    "Baby Reindeer",
    "3 Body Problem",
    "Ripley",
    "Hacks",
    "Slow Horses",
    "Ted Lasso",
    "For All Mankind",
    "Mr. & Mrs. Smith",
    "The Boys",
    "Reacher",
    "Sherlock",
    "Fargo",
    "Mad Men",
    "The Leftovers",
    "Atlanta",
    "Barry",
    "Veep",
    "Euphoria",
    "The White Lotus",
    "Silo",
    "Foundation",
    "Shrinking",
    "Bad Sisters",
    "Black Mirror",
    "The Witcher",
    "Bridgerton",
    "The Queen's Gambit",
    "Peaky Blinders",
    "Narcos",
    "Money Heist",
]
# (library, name, methods [(method, value, pretty)], pool, size, type)
KM_COLLECTIONS = [
    (
        "Movies",
        "IMDb Top 250",
        [
            ("imdb_chart", "top_movies", "IMDb Chart"),
            ("sync_mode", "sync", None),
            ("collection_order", "custom", None),
        ],
        "m",
        118,
    ),
    (
        "Movies",
        "Trending",
        [("tmdb_trending_weekly", "30", "TMDb Trending Weekly"), ("sync_mode", "sync", None)],
        "m",
        21,
    ),
    (
        "Movies",
        "Top Rated",
        [("tmdb_top_rated", "60", "TMDb Top Rated"), ("sync_mode", "sync", None)],
        "m",
        46,
    ),
    (
        "Movies",
        "Popular",
        [("tmdb_popular", "40", "TMDb Popular"), ("sync_mode", "sync", None)],
        "m",
        31,
    ),
    (
        "Movies",
        "Marvel Cinematic Universe",
        [
            ("tmdb_collection", "131292, 131296, 131295", "TMDb Collection"),
            ("trakt_list", TRAKT_MCU, "Trakt List"),
        ],
        "m",
        7,
    ),
    (
        "Movies",
        "Studio Ghibli",
        [("tmdb_company", "10342", "TMDb Company"), ("collection_order", "release", None)],
        "m",
        7,
    ),
    (
        "Movies",
        "Pixar",
        [("tmdb_company", "3", "TMDb Company"), ("collection_order", "release", None)],
        "m",
        5,
    ),
    (
        "Movies",
        "Best of 2024",
        [
            (
                "tmdb_discover",
                "{'primary_release_year': 2024, 'sort_by': 'popularity.desc', 'limit': 50}",
                "TMDb Discover",
            )
        ],
        "m",
        8,
    ),
    (
        "TV Shows",
        "Trending",
        [("tmdb_trending_weekly", "20", "TMDb Trending Weekly"), ("sync_mode", "sync", None)],
        "s",
        12,
    ),
    (
        "TV Shows",
        "Top Rated",
        [("tmdb_top_rated", "50", "TMDb Top Rated"), ("sync_mode", "sync", None)],
        "s",
        36,
    ),
    (
        "TV Shows",
        "HBO",
        [("tmdb_network", "49", "TMDb Network"), ("collection_order", "alpha", None)],
        "s",
        10,
    ),
    (
        "TV Shows",
        "Netflix",
        [("tmdb_network", "213", "TMDb Network"), ("collection_order", "alpha", None)],
        "s",
        12,
    ),
    (
        "TV Shows",
        "Apple TV+",
        [("tmdb_network", "2552", "TMDb Network"), ("collection_order", "alpha", None)],
        "s",
        6,
    ),
]
KM_OVERLAY_ATTRS = ["imdb_rating", "imdb_rating", "tmdb_rating", "audience_rating"]


def km_centered(text: str, sep: str = " ", side_space: bool = True, left: bool = False) -> str:
    """MyLogger._centered()."""
    if len(text) > KM_WIDTH - 2:
        return text
    space = KM_WIDTH - len(text) - 2
    text = f"{' ' if side_space else sep}{text}{' ' if side_space else sep}"
    if space % 2 == 1:
        text += sep
        space -= 1
    side = int(space / 2) - 1
    return f"{text}{sep * side}{sep * side}" if left else f"{sep * side}{text}{sep * side}"


def kometa(r: random.Random) -> list[Log]:
    """Two scheduled runs of Kometa 2.0.2 against one Plex server (see the module docstring)."""
    fs = Files()
    name = ["meta.log.1"]

    def raw(t: datetime, src: str, level: str, label: str | None, body: str) -> datetime:
        lv = f"[{level}]"
        f = name[0]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] {src:<27} {lv:<10} {body}"
            ],
            f,
            MS,
        )

    def L(t: datetime, src: str, label: str | None, msg: str, level: str = "INFO") -> datetime:
        return raw(
            t + sec(r.uniform(0.001, 0.02)), f"[{src}]", level, label, f"| {msg:<{KM_WIDTH - 2}} |"
        )

    def blank(t: datetime, src: str, level: str = "INFO") -> datetime:
        return L(t, src, None, "", level)

    def sep_(
        t: datetime,
        src: str,
        text: str | None = None,
        label: str | None = None,
        space: bool = True,
        border: bool = True,
        level: str = "INFO",
        side_space: bool = True,
        left: bool = False,
    ) -> datetime:
        s = " " if space else "="
        if border:
            t = raw(t + sec(0.001), f"[{src}]", level, KM_BORDER, f"{KM_BORDER:<{KM_WIDTH - 2}}")
        if text is not None:
            msg = f"|{s}{km_centered(text, sep=s, side_space=side_space, left=left)}{s}|"
            t = raw(t + sec(0.001), f"[{src}]", level, label, f"{msg:<{KM_WIDTH - 2}}")
            if border:
                t = raw(
                    t + sec(0.001), f"[{src}]", level, KM_BORDER, f"{KM_BORDER:<{KM_WIDTH - 2}}"
                )
        return t

    pools = {"m": KM_MOVIES, "s": KM_SHOWS}

    def run(t: datetime, hhmm: str, second: bool) -> None:
        start = t
        t = sep_(t, "kometa.py:1047")
        t = blank(t, "kometa.py:1048")
        for line in KM_BANNER:
            t = L(t, "kometa.py:1049", line, km_centered(line))
        t = blank(t, "kometa.py:1055")
        t = L(
            t,
            "kometa.py:1061",
            "    Version: %s (Docker: %s)",
            "    Version: 2.0.2 (Docker: master)",
        )
        t = L(t, "kometa.py:1063", "    Newest Version: %s", "    Newest Version: 2.1.0")
        t = L(
            t,
            "kometa.py:1064",
            "    Platform: %s",
            "    Platform: Linux-6.1.0-21-amd64-x86_64-with-glibc2.36",
        )
        t = L(t, "kometa.py:1065", "    Total Memory: %s GB", "    Total Memory: 31 GB")
        t = L(
            t,
            "kometa.py:1066",
            "    Available Memory: %s GB",
            f"    Available Memory: {r.choice([21, 22, 22, 23])} GB",
        )
        t = L(t, "kometa.py:1067", "    Process Priority: %s", "    Process Priority: normal")
        t = sep_(t, "kometa.py:1127", level="DEBUG")
        t = L(t, "kometa.py:1129", "Run Command: %s", "Run Command: /app/kometa/kometa.py", "DEBUG")
        for key, val, is_str in KM_ARGS:
            env = key.replace("-", "_").upper()
            if is_str:
                t = L(
                    t,
                    "kometa.py:1133",
                    '--%s (KOMETA_%s): "%s"',
                    f'--{key} (KOMETA_{env}): "{val}"',
                    "DEBUG",
                )
            else:
                t = L(
                    t,
                    "kometa.py:1133",
                    "--%s (KOMETA_%s): %s",
                    f"--{key} (KOMETA_{env}): {val}",
                    "DEBUG",
                )
        t = blank(t, "kometa.py:1134", "DEBUG")
        t = sep_(t, "kometa.py:1141", level="DEBUG")
        t = sep_(t, "kometa.py:1176", f"Starting {hhmm}Run", "Starting %sRun")
        # the configuration (config.py)
        t = L(t, "config.py:166", "Locating config...", "Locating config...")
        t = L(t, "config.py:179", "Using %s as config", "Using /config/config.yml as config")
        t = L(t, "config.py:540", "Connecting to TMDb...", "Connecting to TMDb...")
        t = L(
            t + sec(r.uniform(0.3, 1.1)),
            "config.py:548",
            "TMDb Connection Successful",
            "TMDb Connection Successful",
        )
        t = L(t, "config.py:622", "Connecting to Trakt...", "Connecting to Trakt...")
        t = L(
            t + sec(r.uniform(0.5, 1.6)),
            "config.py:640",
            "Trakt Connection Successful",
            "Trakt Connection Successful",
        )
        t = L(t, "config.py:662", "Connecting to MDBList...", "Connecting to MDBList...")
        t = L(
            t + sec(r.uniform(0.3, 0.9)),
            "config.py:679",
            "MDBList Connection Successful",
            "MDBList Connection Successful",
        )
        t = sep_(
            t, "config.py:880", "Connecting to Plex Libraries...", "Connecting to Plex Libraries..."
        )
        for lib, fname in [("Movies", "movies.yml"), ("TV Shows", "tv.yml")]:
            t = blank(t, "config.py:1092")
            t = sep_(
                t,
                "config.py:1093",
                f"{lib} Configuration",
                "%s Configuration",
                space=False,
                border=False,
            )
            t = blank(t, "config.py:1094")
            t = L(
                t,
                "config.py:1096",
                "Connecting to %s Library...",
                f"Connecting to {lib} Library...",
            )
            t = L(t, "plex.py:512", "URL: %s", "URL: http://plex.lan:32400")
            t = L(t, "plex.py:513", "Token: %s", "Token: (redacted)")
            t = L(
                t + sec(r.uniform(0.2, 0.8)),
                "config.py:1108",
                "%s Library Connection Successful",
                f"{lib} Library Connection Successful",
            )
            t = blank(t, "config.py:1122")
            t = L(
                t,
                "meta.py:381",
                "Loading Collection File: %s",
                f"Loading Collection File: /config/{fname}",
            )
            t = L(
                t + sec(r.uniform(0.05, 0.3)),
                "meta.py:386",
                "Collection File Loaded Successfully",
                "Collection File Loaded Successfully",
            )
        t = sep_(
            t,
            "config.py:1221",
            "Finished Connecting to Plex Libraries...",
            "Finished Connecting to Plex Libraries...",
        )
        status: dict[str, list[tuple[str, int, int, int, str, str]]] = {}
        lib_times: dict[str, list[tuple[str, str]]] = {}
        overlay_counts: dict[str, int] = {}
        converts = [0]
        for lib, kind, total in [("Movies", "Movie", 1843), ("TV Shows", "Show", 412)]:
            t = blank(t, "kometa.py:1352")
            t = sep_(t, "kometa.py:1353", f"{lib} Library", "%s Library")
            t = blank(t, "kometa.py:1355", "DEBUG")
            for text, label in KM_LIBSET:
                t = L(t, "kometa.py:1356", label, text.format(name=lib), "DEBUG")
            lstart = t
            t = blank(t, "kometa.py:1418")
            t = L(
                t,
                "library.py:290",
                "Loading All %ss from Library: %s",
                f"Loading All {kind}s from Library: {lib}",
            )
            t = L(
                t + sec(r.uniform(4, 11)),
                "library.py:297",
                "Loaded %s %ss",
                f"Loaded {total} {kind}s",
            )
            t = sep_(
                t,
                "kometa.py:1425",
                f"Mapping {lib} Library",
                "Mapping %s Library",
                space=False,
                border=False,
            )
            t += sec(r.uniform(15, 40))
            if kind == "Show":
                for _ in range(r.randint(2, 4)):
                    t = L(
                        t + sec(r.uniform(0.2, 3)),
                        "convert.py:318",
                        "Convert Warning: No TVDb ID Found for TMDb ID: %s",
                        f"Convert Warning: No TVDb ID Found for TMDb ID: {r.randint(60000, 240000)}",
                        "WARNING",
                    )
                    converts[0] += 1
            t = L(t, "library.py:335", "Processed %s %ss", f"Processed {total} {kind}s")
            lib_times[lib] = [("Library Loading and Mapping", str(t - lstart).split(".")[0])]
            cstart = t
            status[lib] = []
            for clib, cname, methods, pool, size in KM_COLLECTIONS:
                if clib != lib:
                    continue
                c0 = t
                t = blank(t, "kometa.py:1554")
                t = sep_(t, "kometa.py:1555", f"{cname} Collection in {lib}", "%s Collection in %s")
                t = blank(t, "kometa.py:1556")
                for mk, mv, _pretty in methods:
                    t = blank(t, "builder.py:1040", "DEBUG")
                    t = L(
                        t,
                        "builder.py:1044",
                        "Validating Method: %s",
                        f"Validating Method: {mk}",
                        "DEBUG",
                    )
                    t = L(t, "builder.py:1045", "Value: %s", f"Value: {mv}", "DEBUG")
                items = r.sample(pools[pool], min(size + r.randint(-2, 3), len(pools[pool])))
                for mk, mv, pretty in methods:
                    if pretty:
                        t = blank(t, "builder.py:1784")
                        t = L(
                            t + sec(r.uniform(0.3, 2.5)),
                            "builder.py:1785",
                            "Processing %s: %s",
                            f"Processing {pretty}: {mv}",
                        )
                        if second and mk == "trakt_list":
                            t = L(
                                t + sec(r.uniform(0.3, 1.2)),
                                "builder.py:1792",
                                "Trakt Error: List %s not found",
                                f"Trakt Error: List {TRAKT_MCU} not found",
                                "ERROR",
                            )
                t = blank(t, "builder.py:2312")
                t = L(
                    t,
                    "builder.py:2313",
                    "%s %ss Found",
                    f"{len(items)} {kind}{'s' if len(items) != 1 else ''} Found",
                )
                t = blank(t, "builder.py:2960")
                t = sep_(
                    t,
                    "builder.py:2961",
                    f"Adding to {cname} Collection",
                    "Adding to %s Collection",
                    space=False,
                    border=False,
                )
                t = blank(t, "builder.py:2962")
                added = 0
                for it in items:
                    if r.random() < (0.06 if cname not in ("Trending", "Popular") else 0.25):
                        t = L(
                            t + sec(r.uniform(0.05, 0.5)),
                            "builder.py:3012",
                            "%s Collection | + | %s",
                            f"{cname} Collection | + | {it}",
                        )
                        added += 1
                    else:
                        t = L(
                            t + sec(r.uniform(0.01, 0.12)),
                            "builder.py:3012",
                            "%s Collection | = | %s",
                            f"{cname} Collection | = | {it}",
                        )
                t = L(
                    t,
                    "builder.py:3030",
                    "%s %ss Processed",
                    f"{len(items)} {kind}{'s' if len(items) != 1 else ''} Processed",
                )
                removed = 0
                if added and any(m[1] == "sync" for m in methods):
                    t = blank(t, "builder.py:3101")
                    t = sep_(
                        t,
                        "builder.py:3102",
                        f"Removed from {cname} Collection",
                        "Removed from %s Collection",
                        space=False,
                        border=False,
                    )
                    t = blank(t, "builder.py:3103")
                    for _ in range(added):
                        t = L(
                            t + sec(r.uniform(0.05, 0.4)),
                            "builder.py:3110",
                            "%s Collection | - | %s",
                            f"{cname} Collection | - | {r.choice(pools[pool])}",
                        )
                        removed += 1
                    t = L(
                        t,
                        "builder.py:3115",
                        "%s %ss Removed",
                        f"{removed} {kind}{'s' if removed != 1 else ''} Removed",
                    )
                rt = str(t - c0).split(".")[0]
                status[lib].append(
                    (
                        cname,
                        added,
                        len(items) - added,
                        removed,
                        rt,
                        "Updated" if added or removed else "Unchanged",
                    )
                )
            lib_times[lib].append(("Collection Files", str(t - cstart).split(".")[0]))
            # overlays
            ostart = t
            t = blank(t, "kometa.py:1470")
            t = sep_(t, "kometa.py:1471", f"{lib} Library Overlays", "%s Library Overlays")
            t += sec(r.uniform(20, 60))
            for _ in range(r.randint(6, 14) + (6 if second else 0)):
                attr = r.choice(KM_OVERLAY_ATTRS)
                it = r.choice(pools["m" if kind == "Movie" else "s"])
                overlay_counts[attr] = overlay_counts.get(attr, 0) + 1
                t = L(
                    t + sec(r.uniform(0.5, 6)),
                    "overlays.py:258",
                    "Overlay Warning: No '%s' found for %s",
                    f"Overlay Warning: No '{attr}' found for {it}",
                    "WARNING",
                )
            t += sec(r.uniform(5, 20))
            lib_times[lib].append(("Overlays", str(t - ostart).split(".")[0]))
        # summary
        t = blank(t, "kometa.py:1298")
        t = sep_(t, "kometa.py:1299", "Summary", "Summary")
        longest = 27
        for lib in ["Movies", "TV Shows"]:
            t = blank(t, "kometa.py:1301")
            t = sep_(t, "kometa.py:1302", f"{lib} Summary", "%s Summary", space=False, border=False)
            t = blank(t, "kometa.py:1303")
            t = L(
                t,
                "kometa.py:1304",
                "Title                       | Run Time |",
                f"{'Title':<27} | Run Time |",
            )
            t = L(
                t,
                "kometa.py:1305",
                "=========================== | ======== |",
                f"{'=' * 27} | {'=' * 8} |",
            )
            for text, value in lib_times[lib]:
                t = L(t, "kometa.py:1308", "%s | %s |", f"{text:<27} | {value:>8} |")
            t = blank(t, "kometa.py:1309")
            t = L(
                t,
                "kometa.py:1270",
                "Title |   +   |   =   |   -   | Run Time | Status",
                f"{'Title':^{longest}} |   +   |   =   |   -   | Run Time | Status",
            )
            breaker = f"{'=' * longest}|{'=' * 7}|{'=' * 7}|{'=' * 7}|{'=' * 10}|"
            t = sep_(
                t,
                "kometa.py:1272",
                breaker,
                breaker,
                space=False,
                border=False,
                side_space=False,
                left=True,
            )
            for cname, a, u, d, rt, st in status[lib]:
                t = L(
                    t,
                    "kometa.py:1274",
                    "%s | %s | %s | %s | %s | %s",
                    f"{cname:<{longest}} | {a:>5} | {u:>5} | {d:>5} | {rt:>8} | {st}",
                )
        if second:
            t = blank(t, "kometa.py:1229")
            t = sep_(
                t,
                "kometa.py:1230",
                "Duplicate Collections",
                "Duplicate Collections",
                space=False,
                border=False,
            )
            t = blank(t, "kometa.py:1231")
            t = L(
                t,
                "kometa.py:1233",
                "Plex Warning: Duplicate collection titles detected in %s Library",
                "Plex Warning: Duplicate collection titles detected in Movies Library",
                "WARNING",
            )
            t = L(t, "kometa.py:1235", "  %s instances: %s", "  2 instances: Trending", "WARNING")
            t = L(t, "kometa.py:1235", "  %s instances: %s", "  2 instances: Popular", "WARNING")
            t = L(
                t,
                "kometa.py:1236",
                "If this is unexpected, consider checking Plex DBRepair.",
                "If this is unexpected, consider checking Plex DBRepair.",
                "WARNING",
            )
            t = blank(t, "kometa.py:1237", "WARNING")
        t = blank(t, "kometa.py:1188")
        # the report: overlay and convert summaries, then the warnings by count
        t = sep_(
            t, "kometa.py:1255", "Overlay Summary", "Overlay Summary", space=False, border=False
        )
        t = blank(t, "kometa.py:1256")
        t = L(t, "kometa.py:1257", "Count | Message", "Count | Message")
        t = sep_(
            t,
            "kometa.py:1258",
            "=====|",
            "=====|",
            space=False,
            border=False,
            side_space=False,
            left=True,
        )
        for attr in sorted(overlay_counts):
            t = L(
                t,
                "kometa.py:1265",
                f"%s | Overlay Warning: No '{attr}' found",
                f"{overlay_counts[attr]:>5} | Overlay Warning: No '{attr}' found",
            )
        t = blank(t, "kometa.py:1267")
        t = sep_(
            t, "kometa.py:1283", "Convert Summary", "Convert Summary", space=False, border=False
        )
        t = blank(t, "kometa.py:1284")
        t = L(t, "kometa.py:1285", "Count | Message", "Count | Message")
        t = sep_(
            t,
            "kometa.py:1286",
            "=====|",
            "=====|",
            space=False,
            border=False,
            side_space=False,
            left=True,
        )
        t = L(
            t,
            "kometa.py:1294",
            "%s | No TVDb ID Found for TMDb IDs",
            f"{converts[0]:>5} | No TVDb ID Found for TMDb IDs",
        )
        t = blank(t, "kometa.py:1296")
        if second:
            t = sep_(
                t, "kometa.py:1340", "Warning Summary", "%s Summary", space=False, border=False
            )
            t = blank(t, "kometa.py:1342")
            t = L(t, "kometa.py:1343", "Count | Message", "Count | Message")
            t = sep_(
                t,
                "kometa.py:1344",
                "=====|",
                "=====|",
                space=False,
                border=False,
                side_space=False,
                left=True,
            )
            t = L(
                t,
                "kometa.py:1346",
                "%s | Plex Warning: Duplicate collection titles detected in %s Library",
                f"{1:>5} | Plex Warning: Duplicate collection titles detected in Movies Library",
            )
            t = L(
                t, "kometa.py:1346", "%s |   %s instances: %s", f"{1:>5} |   2 instances: Trending"
            )
            t = L(
                t, "kometa.py:1346", "%s |   %s instances: %s", f"{1:>5} |   2 instances: Popular"
            )
            t = L(
                t,
                "kometa.py:1346",
                "%s | If this is unexpected, consider checking Plex DBRepair.",
                f"{1:>5} | If this is unexpected, consider checking Plex DBRepair.",
            )
            t = blank(t, "kometa.py:1347")
            t = sep_(t, "kometa.py:1340", "Error Summary", "%s Summary", space=False, border=False)
            t = blank(t, "kometa.py:1342")
            t = L(t, "kometa.py:1343", "Count | Message", "Count | Message")
            t = sep_(
                t,
                "kometa.py:1344",
                "=====|",
                "=====|",
                space=False,
                border=False,
                side_space=False,
                left=True,
            )
            t = L(
                t,
                "kometa.py:1346",
                "%s | Trakt Error: List %s not found",
                f"{1:>5} | Trakt Error: List {TRAKT_MCU} not found",
            )
            t = blank(t, "kometa.py:1347")
        end = t + sec(r.uniform(0.2, 1))
        run_time = str(end - start).split(".")[0]
        t = raw(end, "[kometa.py:1352]", "INFO", KM_BORDER, f"{KM_BORDER:<{KM_WIDTH - 2}}")
        for text, label in [
            (f"Finished {hhmm}Run", "Finished %sRun"),
            (
                "Version: 2.0.2        Newest Version: 2.1.0",
                "Version: %s        Newest Version: %s",
            ),
            (
                f"Start Time: {start:%H:%M:%S %Y-%m-%d}     Finished: {end:%H:%M:%S %Y-%m-%d}     Run Time: {run_time}",
                "Start Time: %s     Finished: %s     Run Time: %s",
            ),
        ]:
            msg = f"| {km_centered(text)} |"
            t = raw(t + sec(0.001), "[kometa.py:1352]", "INFO", label, f"{msg:<{KM_WIDTH - 2}}")
        raw(t + sec(0.001), "[kometa.py:1352]", "INFO", KM_BORDER, f"{KM_BORDER:<{KM_WIDTH - 2}}")

    run(
        at(
            6,
            0,
            0,
        )
        + sec(0.412),
        "06:00 ",
        False,
    )
    name[0] = "meta.log"
    run(at(10, 0, 0) + sec(0.377), "10:00 ", True)
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- recyclarr

RC_RULE = "==========================================="
# host -> [(service, instance, quality definition type, media naming)]
RC_HOSTS = {
    "media-01": [
        ("Sonarr", "series", "series", True),
        ("Sonarr", "anime", "anime", False),
        ("Radarr", "movies", "movie", True),
        ("Radarr", "movies-4k", "movie", True),
    ],
    "nas-02": [
        ("Sonarr", "tv", "series", True),
        ("Radarr", "films", "movie", True),
        ("Radarr", "anime-films", "movie", False),
    ],
}
RC_PROFILES = {
    "series": ["WEB-1080p", "WEB-2160p"],
    "anime": ["Remux-1080p - Anime"],
    "movies": ["HD Bluray + WEB", "Remux + WEB 1080p"],
    "movies-4k": ["UHD Bluray + WEB", "Remux + WEB 2160p"],
    "tv": ["WEB-1080p"],
    "films": ["HD Bluray + WEB"],
    "anime-films": ["Remux-1080p - Anime"],
    "kids": ["HD Bluray + WEB"],
}


def rc_list(names: list[str]) -> str:
    return "[" + ",".join(f'"{n}"' for n in names) + "]"


def recyclarr(r: random.Random) -> list[Log]:
    """Recyclarr 7.1.1 run hourly by a systemd timer on two hosts (see the module docstring)."""
    fs = Files()

    def J(host: str, ident: str, t: datetime, label: str | None, msg: str) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} {ident}: {msg}"],
            (host, ident),
            SEC,
        )

    def day(h: int, m: int, s: float = 0) -> datetime:
        return at(0, 0) + timedelta(hours=h, minutes=m, seconds=s)

    anime_down = (day(2, 0), day(4, 31))
    guide_update = day(13, 52)
    kids_added = day(18, 40)
    pid = {"media-01": 31000, "nas-02": 7000}
    for host, insts in RC_HOSTS.items():
        cpu = 0.0
        for hour in range(24):
            t = day(hour, 0, r.uniform(0.5, 2.5) if host == "media-01" else r.uniform(20, 45))
            pid[host] += r.randint(40, 900)
            rc = f"recyclarr[{pid[host]}]"
            t = J(
                host,
                "systemd[1]",
                t,
                "Starting %s...",
                "Starting recyclarr.service - Recyclarr sync...",
            )
            t += sec(r.uniform(1.5, 3.5))
            failed = False
            run = list(insts)
            if host == "nas-02" and t >= kids_added:
                run.append(("Radarr", "kids", "movie", True))
            for svc, inst, qd, naming in run:
                t = J(host, rc, t, None, "")
                t = J(host, rc, t, RC_RULE, RC_RULE)
                t = J(
                    host, rc, t, "Processing %s Server: [%s]", f"Processing {svc} Server: [{inst}]"
                )
                t = J(host, rc, t, RC_RULE, RC_RULE)
                t = J(host, rc, t, None, "")
                t += sec(r.uniform(0.4, 1.5))
                if inst == "anime" and anime_down[0] <= t < anime_down[1]:
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.1, 0.3)),
                        "HTTP error: Call failed. Connection refused (%s): GET %s",
                        "[ERR] HTTP error: Call failed. Connection refused (sonarr-anime:8989): GET http://sonarr-anime:8989/api/v3/system/status",
                    )
                    failed = True
                    continue
                first = inst == "kids" and t < kids_added + sec(3700)
                changed = t >= guide_update and t < guide_update + sec(3700)
                profiles = RC_PROFILES[inst]
                if first:
                    n = r.randint(38, 56)
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(1, 3)),
                        "Created {Count} New Custom Formats",
                        f"[INF] Created {n} New Custom Formats",
                    )
                    t = J(
                        host,
                        rc,
                        t,
                        "Total of {Count} custom formats were synced",
                        f"[INF] Total of {n} custom formats were synced",
                    )
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.3, 1)),
                        "Created {Count} Profiles: {ProfileNames}",
                        f"[INF] Created {len(profiles)} Profiles: {rc_list(profiles)}",
                    )
                    t = J(
                        host,
                        rc,
                        t,
                        "A total of {Count} profiles were synced. {QualityCount} contain quality changes and {ScoreCount} contain updated scores",
                        f"[INF] A total of {len(profiles)} profiles were synced. {len(profiles)} contain quality changes and {len(profiles)} contain updated scores",
                    )
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.2, 0.8)),
                        "Total of {Count} sizes were synced for quality definition {Type}",
                        f"[INF] Total of 14 sizes were synced for quality definition {qd}",
                    )
                elif changed:
                    n = r.randint(2, 5)
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.5, 2)),
                        "Updated {Count} Existing Custom Formats",
                        f"[INF] Updated {n} Existing Custom Formats",
                    )
                    t = J(
                        host,
                        rc,
                        t,
                        "Total of {Count} custom formats were synced",
                        f"[INF] Total of {n} custom formats were synced",
                    )
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.3, 1)),
                        "Updated {Count} Profiles: {ProfileNames}",
                        f"[INF] Updated {len(profiles)} Profiles: {rc_list(profiles)}",
                    )
                    t = J(
                        host,
                        rc,
                        t,
                        "A total of {Count} profiles were synced. {QualityCount} contain quality changes and {ScoreCount} contain updated scores",
                        f"[INF] A total of {len(profiles)} profiles were synced. 0 contain quality changes and {len(profiles)} contain updated scores",
                    )
                    if qd == "movie":
                        t = J(
                            host,
                            rc,
                            t + sec(r.uniform(0.2, 0.8)),
                            "Total of {Count} sizes were synced for quality definition {Type}",
                            f"[INF] Total of 3 sizes were synced for quality definition {qd}",
                        )
                    else:
                        t = J(
                            host,
                            rc,
                            t + sec(r.uniform(0.2, 0.8)),
                            "All sizes for quality definition {Type} are already up to date!",
                            f"[INF] All sizes for quality definition {qd} are already up to date!",
                        )
                else:
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.5, 2)),
                        "All custom formats are already up to date!",
                        "[INF] All custom formats are already up to date!",
                    )
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.2, 0.8)),
                        "All quality profiles are up to date!",
                        "[INF] All quality profiles are up to date!",
                    )
                    t = J(
                        host,
                        rc,
                        t + sec(r.uniform(0.2, 0.8)),
                        "All sizes for quality definition {Type} are already up to date!",
                        f"[INF] All sizes for quality definition {qd} are already up to date!",
                    )
                if naming:
                    if first:
                        t = J(
                            host,
                            rc,
                            t + sec(r.uniform(0.2, 0.6)),
                            "Media naming has been updated",
                            "[INF] Media naming has been updated",
                        )
                    else:
                        t = J(
                            host,
                            rc,
                            t + sec(r.uniform(0.2, 0.6)),
                            "Media naming is up to date!",
                            "[INF] Media naming is up to date!",
                        )
                t = J(
                    host, rc, t, "Completed at {Date}", f"[INF] Completed at {t:%m/%d/%Y %H:%M:%S}"
                )
            t += sec(r.uniform(0.2, 0.6))
            c = round(r.uniform(2.4, 4.9) + (1.5 if changed else 0), 3)
            cpu += c
            if failed:
                t = J(
                    host,
                    "systemd[1]",
                    t,
                    "Main process exited, code=%s, status=%i/%s",
                    "recyclarr.service: Main process exited, code=exited, status=1/FAILURE",
                )
                t = J(
                    host,
                    "systemd[1]",
                    t,
                    "Failed with result '%s'.",
                    "recyclarr.service: Failed with result 'exit-code'.",
                )
                t = J(
                    host,
                    "systemd[1]",
                    t,
                    "Failed to start %s.",
                    "Failed to start recyclarr.service - Recyclarr sync.",
                )
            else:
                t = J(
                    host,
                    "systemd[1]",
                    t,
                    "Deactivated successfully.",
                    "recyclarr.service: Deactivated successfully.",
                )
                t = J(
                    host,
                    "systemd[1]",
                    t,
                    "Finished %s.",
                    "Finished recyclarr.service - Recyclarr sync.",
                )
            J(
                host,
                "systemd[1]",
                t,
                "Consumed %s CPU time.",
                f"recyclarr.service: Consumed {c}s CPU time.",
            )
    return fs.logs(at(0, 0))


# --------------------------------------------------------------------------------- ersatztv

ET_TRANSCODE = "/root/.local/share/etv-transcode"
ET_SHOWS = {
    "main": [
        (
            "/media/tv/Seinfeld/Season 04/Seinfeld - S04E{e:02d} - {t}.mkv",
            ["The Contest", "The Airport", "The Pick", "The Movie", "The Visa", "The Shoes"],
            1340,
        ),
        (
            "/media/tv/Cheers/Season 05/Cheers - S05E{e:02d} - {t}.mkv",
            [
                "Abnormal Psychology",
                "Dinner at Eight-ish",
                "Chambers vs. Malone",
                "Diane Chambers Day",
            ],
            1450,
        ),
        (
            "/media/tv/Columbo/Season 02/Columbo - S02E{e:02d} - {t}.mkv",
            ["Étude in Black", "The Greenhouse Jungle", "The Most Crucial Game"],
            5700,
        ),
        (
            "/media/tv/Star Trek The Next Generation/Season 03/Star Trek The Next Generation - S03E{e:02d} - {t}.mkv",
            ["The Survivors", "Who Watches the Watchers", "The Bonding", "Yesterday's Enterprise"],
            2720,
        ),
        ("/media/movies/Tremors (1990)/Tremors (1990) Bluray-1080p.mkv", [""], 5760),
    ],
    "kids": [
        (
            "/media/kids/Bluey (2018)/Season 02/Bluey (2018) - S02E{e:02d} - {t}.mkv",
            ["Dance Mode", "Sleepytime", "Flat Pack", "Baby Race", "Camping", "Grannies"],
            430,
        ),
        (
            "/media/kids/Peppa Pig/Season 05/Peppa Pig - S05E{e:02d} - {t}.mkv",
            ["Peppa's Christmas", "The Rainy Day Game", "Pedro's Cough"],
            300,
        ),
        (
            "/media/kids/Hilda/Season 01/Hilda - S01E{e:02d} - {t}.mkv",
            ["The Hidden People", "The Midnight Giant", "The Bird Parade"],
            1440,
        ),
    ],
}
ET_FILLER = [
    "/media/filler/bumpers/80s Station ID {n:02d}.mp4",
    "/media/filler/commercials/Vintage Commercial {n:03d}.mp4",
    "/media/filler/bumpers/Up Next {n:02d}.mp4",
]
ET_CORRUPT = "/media/kids/Bluey (2018)/Season 02/Bluey (2018) - S02E26 - Sleepytime.mkv"
ET_DB_STACK = [
    "Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 5: 'database is locked'.",
    "   at Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(Int32 rc, sqlite3 db)",
    "   at Microsoft.Data.Sqlite.SqliteDataReader.NextResult()",
    "   at Microsoft.Data.Sqlite.SqliteCommand.ExecuteReader(CommandBehavior behavior)",
    "   at Microsoft.Data.Sqlite.SqliteCommand.ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator enumerator, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
]
ET_SQL = [
    'SELECT "p"."Id", "p"."ChapterTitle", "p"."FillerKind", "p"."Finish", "p"."GuideFinish", "p"."GuideGroup", "p"."MediaItemId", "p"."PlayoutId", "p"."Start"',
    'FROM "PlayoutItem" AS "p"',
    'INNER JOIN "Playout" AS "p0" ON "p"."PlayoutId" = "p0"."Id"',
    'INNER JOIN "Channel" AS "c" ON "p0"."ChannelId" = "c"."Id"',
    'WHERE "c"."Number" = @__channelNumber_0 AND "p"."Start" <= @__now_1 AND "p"."Finish" > @__now_1',
    "LIMIT 1",
]


def et_ts(t: datetime, r: random.Random) -> str:
    """`docker logs -t`: RFC 3339 with nanoseconds."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d}Z"


def et_args(ch: str, path: str, seek: float, dur: float, realtime: bool) -> str:
    ss = f"{int(seek // 3600):02d}:{int(seek % 3600 // 60):02d}:{seek % 60:06.3f}"
    tt = f"{int(dur // 3600):02d}:{int(dur % 3600 // 60):02d}:{dur % 60:010.7f}"
    p = f'"{path}"' if " " in path else path
    rate = " -readrate 1.0" if realtime else ""
    return (
        f"-threads 0 -nostdin -hide_banner -nostats -loglevel error -fflags +genpts+discardcorrupt+igndts -ss {ss} -c:v h264{rate} -i {p} "
        f"-map 0:0 -map 0:a -muxdelay 0 -muxpreload 0 -movflags +faststart -flags cgop -sc_threshold 0 -video_track_timescale 90000 "
        f"-b:v 4000k -maxrate:v 4000k -bufsize:v 8000k -c:v libx264 -preset veryfast -c:a aac -ac 2 -b:a 192k -maxrate:a 192k -bufsize:a 384k -ar 48000 "
        f"-t {tt} -f hls -g 48 -keyint_min 48 -force_key_frames expr:gte(t,n_forced*2) -hls_time 4 -hls_list_size 0 -segment_list_flags +live "
        f"-hls_segment_filename {ET_TRANSCODE}/{ch}/live%06d.ts -hls_flags program_date_time+append_list+omit_endlist+independent_segments "
        f"-mpegts_flags +initial_discontinuity {ET_TRANSCODE}/{ch}/live.m3u8"
    )


def ersatztv(r: random.Random) -> list[Log]:
    """Two ErsatzTV 0.8.7 containers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        inst: str,
        t: datetime,
        lvl: str,
        label: str | None,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        more = extra or []
        t += sec(r.uniform(0.0005, 0.06))
        return fs.add(
            f"etv-{inst}.log",
            t,
            label,
            lambda x: (
                [f"{et_ts(x, r)} [{x:%H:%M:%S} {lvl}] {msg}"]
                + [
                    f"{et_ts(x + timedelta(microseconds=4 * k), r)} {m}"
                    for k, m in enumerate(more, 1)
                ]
            ),
            inst,
            MS,
        )

    def items(inst: str) -> list[tuple[str, float]]:
        """The channel's next playout items: episodes in chapters with filler between."""
        out: list[tuple[str, float]] = []
        for _ in range(8):
            tpl, titles, length = r.choice(ET_SHOWS[inst])
            i = r.randrange(len(titles))
            path = tpl.format(e=i + 3, t=titles[i])
            parts = max(1, int(length // r.uniform(360, 720)))
            for k in range(parts):
                out.append((path, length / parts))
                for _ in range(r.randint(1, 3) if k < parts - 1 or r.random() < 0.8 else 0):
                    out.append((r.choice(ET_FILLER).format(n=r.randint(1, 60)), r.uniform(15, 75)))
        return out

    ahead_busy: dict[str, datetime] = {"main": at(0, 0), "kids": at(0, 0)}

    def session(
        inst: str,
        ch: str,
        t: datetime,
        leave: datetime,
        dirty: bool = False,
        corrupt_at: datetime | None = None,
        db_error_at: datetime | None = None,
        api_stop: bool = False,
    ) -> None:
        t = L(
            inst,
            t,
            "INF",
            "Starting HLS session for channel {Channel}",
            f"Starting HLS session for channel {ch}",
        )
        if dirty:
            t = L(
                inst, t, "ERR", "Transcode folder is NOT empty!", "Transcode folder is NOT empty!"
            )
        work_ahead = ahead_busy[inst] <= t
        state = "SeekAndWorkAhead" if work_ahead else "SeekAndRealtime"
        queue = items(inst)
        first = True
        seek = r.uniform(30, 600)
        until = t
        while queue:
            path, dur = queue.pop(0)
            if corrupt_at and t >= corrupt_at:
                path = ET_CORRUPT
            left = dur - (seek if first else 0)
            if left <= 5:
                first = False
                continue
            realtime = not work_ahead
            if realtime:
                t = L(
                    inst,
                    t,
                    "INF",
                    "HLS segmenter will NOT work ahead for channel {Channel}",
                    f"HLS segmenter will NOT work ahead for channel {ch}",
                )
                state = {
                    "SeekAndWorkAhead": "SeekAndRealtime",
                    "ZeroAndWorkAhead": "ZeroAndRealtime",
                }.get(state, state)
            else:
                t = L(
                    inst,
                    t,
                    "INF",
                    "HLS segmenter will work ahead for channel {Channel}",
                    f"HLS segmenter will work ahead for channel {ch}",
                )
            t = L(inst, t, "INF", "HLS session state: {State}", f"HLS session state: {state}")
            if db_error_at and t >= db_error_at:
                sql_ms = r.randint(5001, 5012)
                t = L(
                    inst,
                    t + sec(sql_ms / 1000),
                    "ERR",
                    "Failed executing DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
                    f"Failed executing DbCommand ({sql_ms:,}ms) [Parameters=[@__channelNumber_0='?' (Size = 1), @__now_1='?' (DbType = DateTime)], CommandType='Text', CommandTimeout='30']",
                    ET_SQL,
                )
                t = L(
                    inst,
                    t,
                    "ERR",
                    "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 5: 'database is locked'.",
                    "An exception occurred while iterating over the results of a query for context type 'ErsatzTV.Infrastructure.Data.TvContext'.",
                    ET_DB_STACK,
                )
                t = L(
                    inst,
                    t,
                    "ERR",
                    "Error transcoding channel {Channel}",
                    f"Error transcoding channel {ch}",
                    [
                        *ET_DB_STACK,
                        "   at Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync[TSource](IQueryable`1 source, Expression`1 predicate, CancellationToken cancellationToken)",
                        "   at ErsatzTV.Application.Streaming.GetPlayoutItemProcessByChannelNumberHandler.GetProcess(TvContext dbContext, GetPlayoutItemProcessByChannelNumber request, Channel channel, String ffmpegPath, String ffprobePath, CancellationToken cancellationToken) in /source/ErsatzTV.Application/Streaming/Queries/GetPlayoutItemProcessByChannelNumberHandler.cs:line 118",
                        "   at ErsatzTV.Application.Streaming.HlsSessionWorker.Transcode(Boolean realtime, CancellationToken cancellationToken) in /source/ErsatzTV.Application/Streaming/HlsSessionWorker.cs:line 389",
                    ],
                )
                session(inst, ch, t + sec(r.uniform(2, 6)), leave)
                return
            t = L(
                inst,
                t + sec(r.uniform(0.2, 1.5)),
                "INF",
                "ffmpeg hls arguments {FFmpegArguments}",
                f"ffmpeg hls arguments {et_args(ch, path, seek if first and state.startswith('Seek') else 0.0, left, realtime)}",
            )
            if path == ET_CORRUPT:
                t += sec(r.uniform(2, 9))
                err = [
                    "[h264 @ 0x55d0c7a3e2c0] Invalid NAL unit size (1095261 > 48623).",
                    "[h264 @ 0x55d0c7a3e2c0] Error splitting the input into NAL units.",
                    "Error while decoding stream #0:0: Invalid data found when processing input",
                ]
                t = L(
                    inst,
                    t,
                    "ERR",
                    "HLS process for channel {Channel} has terminated unsuccessfully with exit code {ExitCode}: {StandardError}",
                    f"HLS process for channel {ch} has terminated unsuccessfully with exit code 69: [h264 @ 0x55d0c7a3e2c0] Missing reference picture, default is 65530",
                    err,
                )
                t = L(
                    inst,
                    t,
                    "INF",
                    "ffmpeg hls error arguments {FFmpegArguments}",
                    f"ffmpeg hls error arguments -threads 1 -nostdin -hide_banner -nostats -loglevel error -fflags +genpts+discardcorrupt+igndts -f lavfi -i color=c=black:s=1280x720:r=30 -f lavfi -i anoisesrc=color=brown:seed=42:amplitude=0 -vf subtitles={ET_TRANSCODE}/{ch}/error.ass -map 0:0 -map 1:0 -c:v libx264 -preset veryfast -c:a aac -t {left:.3f} -f hls -hls_time 4 -hls_list_size 0 -segment_list_flags +live -hls_segment_filename {ET_TRANSCODE}/{ch}/live%06d.ts -hls_flags program_date_time+append_list+omit_endlist+independent_segments {ET_TRANSCODE}/{ch}/live.m3u8",
                )
                corrupt_at = None
            took = left if realtime else left / r.uniform(9, 16)
            end = t + sec(took)
            if not realtime:
                ahead_busy[inst] = end
            if api_stop and end >= leave:
                t = L(
                    inst,
                    leave,
                    "INF",
                    "API termination request for HLS session for channel {Channel}",
                    f"API termination request for HLS session for channel {ch}",
                )
                L(
                    inst,
                    t + sec(r.uniform(0.05, 0.4)),
                    "INF",
                    "Terminating HLS process for channel {Channel}",
                    f"Terminating HLS process for channel {ch}",
                )
                return
            if end >= leave + sec(60):
                t = leave + sec(60 + r.uniform(0, 2))
                if realtime and r.random() < 0.7:
                    L(
                        inst,
                        t,
                        "INF",
                        "Terminating HLS process for channel {Channel}",
                        f"Terminating HLS process for channel {ch}",
                    )
                else:
                    L(
                        inst,
                        t,
                        "INF",
                        "Stopping idle HLS session for channel {Channel}",
                        f"Stopping idle HLS session for channel {ch}",
                    )
                return
            t = L(
                inst,
                end,
                "INF",
                "HLS process has completed for channel {Channel}",
                f"HLS process has completed for channel {ch}",
            )
            until = (until if not first else t) + sec(left)
            state = {
                "SeekAndWorkAhead": "ZeroAndWorkAhead",
                "ZeroAndWorkAhead": "ZeroAndWorkAhead",
                "SeekAndRealtime": "ZeroAndRealtime",
                "ZeroAndRealtime": "ZeroAndRealtime",
            }[state]
            first = False
            if work_ahead and (until - t).total_seconds() > 90:
                work_ahead = False
            if not work_ahead and (until - t).total_seconds() > 60:
                t = until - sec(60 - r.uniform(0, 4))
            if t >= leave + sec(60):
                L(
                    inst,
                    leave + sec(60 + r.uniform(0, 2)),
                    "INF",
                    "Stopping idle HLS session for channel {Channel}",
                    f"Stopping idle HLS session for channel {ch}",
                )
                return
            if not queue:
                queue = items(inst)

    # the main container is updated by watchtower just before 06:00
    t = at(5, 59, 48)
    t = L("main", t, "INF", "Application is shutting down...", "Application is shutting down...")
    t = at(6, 0, 9)
    t = L("main", t, "INF", "Now listening on: {address}", "Now listening on: http://[::]:8409")
    t = L(
        "main",
        t,
        "INF",
        "Application started. Press Ctrl+C to shut down.",
        "Application started. Press Ctrl+C to shut down.",
    )
    t = L("main", t, "INF", "Hosting environment: {EnvName}", "Hosting environment: Production")
    t = L("main", t, "INF", "Content root path: {ContentRoot}", "Content root path: /app")
    main_sessions = [
        ("1", at(6, 1, 12), at(7, 48, 30), {"dirty": True}),
        ("3", at(6, 40, 2), at(7, 21, 11), {"api_stop": True}),
        ("4", at(7, 10, 31), at(8, 42, 5), {}),
        ("6", at(9, 44, 50), at(11, 21, 40), {}),
        ("2", at(7, 55, 40), at(11, 49, 50), {"db_error_at": at(9, 30, 12)}),
        ("5", at(8, 50, 20), at(10, 12, 3), {}),
        ("7", at(10, 31, 18), at(11, 58, 41), {}),
        ("1", at(11, 2, 9), at(12, 0, 0), {}),
    ]
    kids_sessions = [
        ("20", at(6, 45, 33), at(8, 14, 20), {}),
        ("21", at(7, 30, 5), at(9, 2, 48), {"corrupt_at": at(8, 11, 0)}),
        ("22", at(9, 40, 12), at(11, 33, 20), {}),
        ("21", at(10, 5, 41), at(10, 58, 2), {"api_stop": True}),
        ("23", at(6, 19, 58), at(7, 6, 30), {}),
        ("22", at(8, 29, 10), at(9, 21, 45), {}),
        ("20", at(11, 12, 7), at(12, 0, 0), {}),
    ]
    for inst, sessions in [("main", main_sessions), ("kids", kids_sessions)]:
        for ch, t0, t1, kw in sorted(sessions, key=lambda s: s[1]):
            session(inst, ch, t0, t1, **kw)  # type: ignore[arg-type]
    return fs.logs(at(6, 0))


SYSTEMS = {
    "go-librespot": go_librespot,
    "mylar3": mylar3,
    "kometa": kometa,
    "recyclarr": recyclarr,
    "ersatztv": ersatztv,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
