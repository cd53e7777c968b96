#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 239 (tdarr, unpackerr, autoscan, flaresolverr, stash) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five services of one home media server (Docker on a
storage box `media01` and a GPU box `gpu01`), 06:00 to 12:00 on 2024-06-07. The brief's
Recyclarr is replaced by Autoscan, the webhook relay between the same Sonarr/Radarr and Plex:
Recyclarr is a CLI that the container's cron runs (`recyclarr sync`, daily by default), so a
working day's console log is one run of a few dozen INF lines; its per-run debug file (`[HH:mm:ss
DBG]`, the date only in the file name) is a few hundred lines written within seconds, mostly one
format (`Process transaction for guide CF %s (%s)`), which the clock rule above cannot spread
faithfully and which holds a handful of other formats.

- Tdarr 2.19.01 (`media01-Tdarr_Server_Log.txt`, `media01-Tdarr_Node_Log.txt` for the server's
  internal node `MediaNode`, `gpu01-Tdarr_Node_Log.txt` for the NVENC node `gpu01`: the files of
  /app/logs, log4js's basic layout `[2024-06-07T06:00:41.512] [INFO] Tdarr_Server - message`).
  The server's folder watcher queues each file Sonarr and Radarr import (`%s: File detected,
  adding to queue:%s`), batches them to a scanner (`Sending files for scanning, library :%s`,
  `Prep started`, `Prep finished`, `Scanner %s launched`, `Online`, `files sending`, `files
  sent`); the nodes launch workers (`verbose:Launching worker`, `verbose:Worker %s launched`),
  which take items (`verbose:Item request received`, `verbose:Getting new task`, the path
  translation block ` ---------Translating-serverToNode--------- ` over six lines,
  `verbose:Item received`), hand results back (`Translating-nodeToServer`), scan each transcoded
  file (`verbose:Running exiftool on file`, `Beginning extractData on:`, `Tagging ffprobe data:`,
  `Tagging size data:`, `Tagging video res:`) and exit when the queue is empty (`%s:
  queueCompleted: nothing to process` at WARN, `verbose:Exit request`, `verbose:Worker exit
  request received`, `Worker %s exited with code %d and signal %s`). Incidents: a season pack
  at 07:10, gpu01 restarted for a driver update at 08:40 (its start-up: the config path and the
  util.inspect of its config over several lines, `version:`, `Starting Tdarr_Node`, the binary
  tests, `Node registered`, `Plugin update finished`), a corrupt file crashing a health-check
  worker at 09:36 (`Worker %s exited with code 1 ...` at ERROR and `Error
  [ERR_IPC_CHANNEL_CLOSED]: Channel closed` with its stack), three queued episodes replaced by
  Sonarr upgrades at 09:46 (the server's `[Error: ENOENT: no such file or directory, stat
  '%s'] {` with the error's properties over five lines).
- Unpackerr 0.14.5 (`unpackerr.log`: `docker logs --since 2024-06-07T06:00:00 unpackerr`, Go's
  log with golift's `[INFO] ` / `[ERROR] ` prefixes: `[INFO] 2024/06/07 06:00:41 [Unpackerr]
  Queue: ...`). Two Sonarr and one Radarr polled every 2 minutes (`[%s] Updated (%s): %d Items
  Queued, %d Retrieved`), `[Unpackerr] Queue:` and `[Unpackerr] Totals:` every minute; each
  completed download waits its start delay (`[%s] Waiting for Start Delay: %v (%v remains)`),
  then either has no archive (`[%s] Completed item still waiting: %s, no extractable files
  found at: %s (stat err: %v)`, `[%s] Imported: %v (not extracted, removing from history)`) or
  is extracted (`Extraction Queued`, `Extraction Started`, `Extraction Finished: %s => elapsed:
  ...`), imported (`[%s] Imported: %v (delete in %v)`), cleaned (xtractr's `Deleted
  (recursively): %s`) and forgotten (`[%s] Finished, Removed History: %v`), each status posted to
  Discord (`[Webhook] Posted Payload (%s = %s): %s: OK`). Incidents: Discord rate-limiting the
  webhook 07:40-07:55 (`Webhook (%s = %s): %s: invalid response status (%s): %s` at ERROR), a
  corrupt RAR (`Extraction Error: %s: rarReader.Next: rardecode: invalid file block`, three
  `Extract failed %v ago, triggering restart (%d/%d): %v`), the container updated at 09:12 (the
  two-line `[unpackerr] Need help? ...\\n=====> Exiting! Caught Signal: terminated`, then the
  start-up settings block), Sonarr restarted 10:20-10:32 (`%s (%s): %v` at ERROR with starr's
  `api.Get(%s): httpClient.Do(req): Get "%s": dial tcp %s: connect: connection refused`, then
  `... context deadline exceeded (Client.Timeout exceeded while awaiting headers)` while it
  starts).
- Autoscan 1.4.0 (`activity.log`: its lumberjack file, zerolog's ConsoleWriter without colour
  and `time.Stamp`: `Jun  7 06:00:41 INF Scan moved to processor event=Download method=POST
  path="/mnt/unionfs/Media/TV/..." request_id=cpg... url=/triggers/sonarr`, the fields sorted,
  `error=` first), at `AUTOSCAN_VERBOSITY=2` (trace): the processor's idle loop every 15 s (`No
  scans are available, retrying in 15 seconds...`), each Sonarr/Radarr/Lidarr webhook
  (`Successful authentication`, `Received JSON body` with the event as JSON, `Scan moved to
  processor`, hlog's `Request processed` with status and duration), each scan sent to Plex after
  the 10-minute minimum age (`Sending scan request`, `Scan moved to target`). Incidents: a Lidarr
  added 09:00-09:20 with a wrong password (`Invalid authentication` and 401s), the rclone mount
  dropping 10:05-10:09 (`Not all anchor files are available, retrying in 15 seconds...`), anime
  folders outside every Plex library until a restart at 10:45 picks up the new library (`No target
  libraries found` at WRN; start-up: `Initialised processor`, `Starting server on port %d`,
  `Initialised triggers`, `Plex version: %s`, `Retrieved libraries`, `Initialised targets`,
  `Processor started`), a Sonarr test event, Plex updating 11:20-11:32 (`Not all targets are
  available, retrying in 15 seconds...` with `error=scan: Put ...`, `version: Get ...` and
  `version: 503 Service Unavailable: target unavailable`; trace `Request failed`).
- FlareSolverr 3.3.19 (`flaresolverr.log`: `docker logs --timestamps flaresolverr`, Python
  logging's `%(asctime)s %(levelname)-8s %(message)s` after Docker's RFC 3339 nano time).
  Prowlarr (and an old Jackett, and an old script still sending `userAgent`) behind Cloudflare
  indexers, every RSS sync and search: `Incoming request => POST /v1 body: %s` (the request's
  dict), `Challenge detected. Title found: %s` or `Challenge not detected!`, `Challenge
  solved!`, `Response in %s s`, the access line of bottle's logger plugin (`%s %s %s %s`, one
  format for 200 and 500), waitress's `Task queue depth is %d` at WARNING on RSS bursts.
  Incidents: 1337x's challenge hardened 07:30-08:10 (`Error: Error solving the challenge.
  Timeout after %s seconds.`), the Docker host's DNS down 09:00-09:10 (`Error: Error solving the
  challenge. Message: unknown error: net::ERR_NAME_NOT_RESOLVED\\n  (Session info: chrome=%s)\\n
  Stacktrace:\\n#0 ...` on one line, the newlines escaped by the service), an indexer banning the
  IP at 10:20 (`Error: Error solving the challenge. Cloudflare has blocked this request. Probably
  your IP is banned for this site, check in your web browser.`), `Request parameter 'userAgent'
  was removed in FlareSolverr v2.`, Prowlarr's proxy test (`GET /`), the container recreated at
  11:00 (`FlareSolverr %s`, `Testing web browser installation...`, `Platform: %s`, `Chrome /
  Chromium path: %s`, `Chrome / Chromium major version: %s`, `Launching web browser...`,
  `FlareSolverr User-Agent: %s`, `Test successful!`, waitress's `Serving on %s`).
- Stash v0.26.1 (`stash.log`: `docker logs stash`; logrus's TextFormatter with ForceColors and
  FullTimestamp, so every line is coloured: `\\x1b[36mINFO\\x1b[0m[2024-06-07 06:05:02] scanning
  2 paths`, the message padded to 44 characters and followed by a space). A cron job's GraphQL
  calls: an hourly scan with cover, preview and sprite generation (`scanning %d paths`, `%s
  doesn't exist. Creating new folder entry...`, `Calculating fingerprints for %s ...`, `%s
  doesn't exist. Creating new scene...`, `Finished adding files to queue. %d files queued`,
  `[generator] generating video preview for %s`, `[generator] generating webp preview for %s`,
  `[generator] generating sprite image for %s`, `Scan finished (%s)`) and an identify of the new
  scenes against StashDB (`Successfully identified %s as %s using %s`, without ` as %s` when the
  title is unchanged). Incidents: 150 files of a new collection at 08:05, a batch rename (`%s
  moved to %s. Updating path...`), three files ffprobe cannot read, logged again by every scan
  (`error processing %q: running ffprobe on %q: FFProbe encountered an error with <%s>.` with
  `Error JSON:`, an empty line and `Error: exit status 1` under it), previews falling back
  (`[generator] failed generating scene preview, trying fallback` at WARN), StashDB timing out
  09:03-09:16 (`error scraping from stash-box %s: error querying stash-box using scene ID %d:
  Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`), the
  container restarted at 10:40 (the bare `stash version: %s (%s - Official Build) - %s` printed
  by fmt, `using config file: %s`, `stash is listening on %s`, `stash is running at %s`).

Label notes. The heads are context: log4js's date, level and category, golift's `[INFO] ` /
`[ERROR] ` and date, zerolog's time and level and its fields, Docker's time with Python's date
and level, logrus's coloured level and date. Tdarr's `verbose:` before a message is the level
marker Tdarr's logger adds (context). Unpackerr's app names in `[%s]` are values; `[Unpackerr]`,
`[Webhook]` and `[unpackerr]` are literals of their call sites. A value that is an error
contributes its format (Unpackerr's xtractr and HTTP errors, FlareSolverr's challenge errors,
Stash's ffprobe and StashDB errors, Tdarr's ENOENT and IPC errors). Later lines of one write have
no row: Tdarr's translation blocks, config dump and stacks, Unpackerr's `=====> Exiting!` line,
Stash's ffprobe error lines.

Least sure (written from the helper's knowledge; checked where noted): Tdarr is closed source,
its lines are taken from log excerpts in its issues (node worker cycle, exiftool tagging, binary
tests, scanner prep lines, the IPC error), the server's `File detected, adding to queue:` and the
ENOENT report least sure; Unpackerr's handlers, logs.go (Queue, Totals, startup settings),
webhook and xtractr messages were checked against copies of its source, the Sonarr queue URL and
the `invalid response status` text of the webhook error are least sure; Autoscan's main loop,
Sonarr trigger, Plex target and hlog middleware against its source, the Radarr and Lidarr event
JSON and the `Request failed` fields least sure; FlareSolverr's service, logger and error plugins
against its source, the Chrome stack text least sure; Stash's scan, generator, identify and
server start-up lines against copies of its source (versions near 0.26), `%s doesn't exist.
Creating new scene...`, `[generator] generating sprite image for %s` and `using config file:`
least sure.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, xid

MS = 1_000
SEC = 1_000_000

# ------------------------------------------------------------------------------ shared media

SHOWS = [
    ("The Bear", 2022, 3, "SuccessfulCrab", 9),
    ("House of the Dragon", 2022, 2, "NTb", 7),
    ("Hacks", 2021, 3, "FLUX", 5),
    ("Dark Matter", 2024, 1, "EDITH", 5),
    ("Evil", 2019, 4, "NTb", 4),
    ("The Boys", 2019, 4, "FLUX", 6),
    ("Clipped", 2024, 1, "NTb", 3),
    ("The Acolyte", 2024, 1, "FLUX", 5),
    ("Eric", 2024, 1, "EDITH", 3),
    ("Presumed Innocent", 2024, 1, "ETHEL", 3),
    ("Bluey", 2018, 3, "CAKES", 4),
    ("Doctor Who", 2023, 1, "playWEB", 4),
    ("Interview with the Vampire", 2022, 2, "NTb", 3),
    ("Sugar", 2024, 1, "FLUX", 2),
]
ANIME = [("Kaiju No. 8", 2024, 1, "Erai-raws"), ("Wind Breaker", 2024, 1, "SubsPlease")]
MOVIES = [
    ("Dune Part Two", 2024, "FLUX"),
    ("Civil War", 2024, "BYNDR"),
    ("Godzilla x Kong The New Empire", 2024, "FLUX"),
    ("Kingdom of the Planet of the Apes", 2024, "ETHEL"),
    ("The Fall Guy", 2024, "FLUX"),
    ("Challengers", 2024, "BYNDR"),
    ("Abigail", 2024, "FLUX"),
    ("Monkey Man", 2024, "ETHEL"),
    ("Road House", 2024, "FLUX"),
    ("Ghostbusters Frozen Empire", 2024, "ETHEL"),
    ("Kung Fu Panda 4", 2024, "FLUX"),
    ("The Ministry of Ungentlemanly Warfare", 2024, "BYNDR"),
    ("Late Night with the Devil", 2023, "FLUX"),
    ("Poor Things", 2023, "SPARKS"),
    ("The Holdovers", 2023, "SPARKS"),
    ("Arcadian", 2024, "FLUX"),
]


class Item:
    """One download imported by Sonarr or Radarr: its release name, its file in the library."""

    def __init__(self, app: str, release: str, folder: str, file: str, movie: bool) -> None:
        self.app = app
        self.release = release
        self.folder = folder
        self.file = file
        self.movie = movie


def episode_item(r: random.Random, app: str = "sonarr") -> Item:
    show, year, season, grp, _ = r.choices(SHOWS, [s[4] for s in SHOWS])[0]
    ep = r.randint(1, 10)
    res = "2160p" if app == "sonarr4k" else r.choice(["1080p", "1080p", "720p"])
    dotted = show.replace(" ", ".").replace(".No.", ".No.")
    codec = r.choice(["H264", "H.264", "x264"]) if res != "2160p" else "DV.HDR.H.265"
    release = f"{dotted}.S{season:02d}E{ep:02d}.{res}.{r.choice(['WEB', 'AMZN.WEB-DL', 'DSNP.WEB-DL', 'ATVP.WEB-DL'])}.DDP5.1.{codec}-{grp}"
    root = "/tv4k" if app == "sonarr4k" else "/tv"
    folder = f"{root}/{show} ({year})/Season {season:02d}"
    file = f"{folder}/{show} ({year}) - S{season:02d}E{ep:02d} [WEBDL-{res}][EAC3 5.1][{'h265' if res == '2160p' else 'h264'}]-{grp}.mkv"
    return Item(app, release, folder, file, False)


def movie_item(r: random.Random) -> Item:
    title, year, grp = r.choice(MOVIES)
    res = r.choice(["1080p", "2160p", "1080p"])
    release = f"{title.replace(' ', '.')}.{year}.{res}.{r.choice(['WEB-DL', 'BluRay', 'AMZN.WEB-DL'])}.DDP5.1.Atmos.H.264-{grp}"
    folder = f"/movies/{title} ({year})"
    file = f"{folder}/{title} ({year}) [{'Bluray' if 'BluRay' in release else 'WEBDL'}-{res}][EAC3 Atmos 5.1][h264]-{grp}.mkv"
    return Item("radarr", release, folder, file, True)


def anime_item(r: random.Random) -> Item:
    show, year, season, grp = r.choice(ANIME)
    ep = r.randint(6, 10)
    release = f"[{grp}] {show} - {ep:02d} (1080p) [{hexid(r, 8).upper()}]"
    folder = f"/anime/{show} ({year})/Season {season:02d}"
    file = (
        f"{folder}/{show} ({year}) - S{season:02d}E{ep:02d} [HDTV-1080p][AAC 2.0][h264]-{grp}.mkv"
    )
    return Item("sonarr", release, folder, file, False)


ADJ = [
    "zany",
    "jovial",
    "crazy",
    "rash",
    "key",
    "leafy",
    "zesty",
    "calm",
    "brisk",
    "fixed",
    "sly",
    "bold",
    "keen",
    "wry",
    "lush",
    "vivid",
    "plucky",
    "hasty",
    "merry",
    "nimble",
]
ANIMAL = [
    "zeren",
    "jay",
    "cavy",
    "ram",
    "koodoo",
    "lynx",
    "zebu",
    "cat",
    "bison",
    "fowl",
    "fox",
    "heron",
    "ibex",
    "koala",
    "lemur",
    "mink",
    "newt",
    "okapi",
    "puma",
    "quail",
]


def worker_name(r: random.Random) -> str:
    a = r.choice(ADJ)
    return f"{a}-{r.choice([x for x in ANIMAL if x[0] == a[0]] or ANIMAL)}"


def shortid(r: random.Random, n: int) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
    return "".join(r.choice(chars) for _ in range(n))


def poisson_times(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


# ----------------------------------------------------------------------------------- tdarr

TD_VER = "2.19.01"
TD_LIBS = {
    "tv": ("TV", "x3kPq9LmA"),
    "movies": ("Movies", "Rb7tN2wQz"),
    "tv4k": ("TV 4K", "h8UcJ1vYe"),
}
TD_IPC_STACK = [
    "    at new NodeError (node:internal/errors:405:5)",
    "    at target.send (node:internal/child_process:754:16)",
    "    at /app/Tdarr_Node/srcug/commonModules/fileScanner/runExifToolSub.js:1:3937",
    "    at k (/app/Tdarr_Node/srcug/commonModules/fileScanner/runExifToolSub.js:1:2181)",
    "    at Object.next (/app/Tdarr_Node/srcug/commonModules/fileScanner/runExifToolSub.js:1:1486)",
    "    at a (/app/Tdarr_Node/srcug/commonModules/fileScanner/runExifToolSub.js:1:1005)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
]


def td_inspect_str(s: str) -> str:
    return "'" + s.replace("'", "\\'") + "'"


def tdarr(r: random.Random) -> list[Log]:
    """Tdarr's server and two nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    srv_f, med_f, gpu_f = (
        "media01-Tdarr_Server_Log.txt",
        "media01-Tdarr_Node_Log.txt",
        "gpu01-Tdarr_Node_Log.txt",
    )

    def L(
        f: str,
        comp: str,
        proc: object,
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}] [{lvl}] Tdarr_{comp} - "
            return [head + msg, *(more or [])]

        return fs.add(f, t, label, text, proc, MS)

    S = lambda t, lvl, label, msg, more=None: L(srv_f, "Server", "srv", t, lvl, label, msg, more)  # noqa: E731

    # arrivals: what Sonarr and Radarr import into the watched libraries
    items: list[tuple[datetime, str, Item]] = []
    for t in poisson_times(r, T0, T_END, 330):
        it = (
            movie_item(r)
            if r.random() < 0.3
            else episode_item(r, "sonarr4k" if r.random() < 0.15 else "sonarr")
        )
        lib = "movies" if it.movie else ("tv4k" if it.file.startswith("/tv4k") else "tv")
        items.append((t, lib, it))
    # a season pack at 07:10: ten episodes of one show within a minute
    t = at(7, 10, 4)
    for ep in range(1, 11):
        it = Item(
            "sonarr",
            "",
            "/tv/Shogun (2024)/Season 01",
            f"/tv/Shogun (2024)/Season 01/Shogun (2024) - S01E{ep:02d} [Bluray-1080p][DTS-HD MA 5.1][x264]-SbR.mkv",
            False,
        )
        items.append((t + sec(ep * r.uniform(2, 6)), "tv", it))
    items.sort(key=lambda x: x[0])
    # three episodes Sonarr upgrades while they wait for the scanner (09:46): the files are gone
    # when the scanner stats them
    for k in range(3):
        items.append((at(9, 46, 10 + k * 6.5), "tv", episode_item(r)))
    items.sort(key=lambda x: x[0])
    replaced = {
        i
        for i, (t, lib, it) in enumerate(items)
        if at(9, 46, 9) <= t < at(9, 46, 26) and lib == "tv"
    }
    assert len(replaced) == 3, replaced

    # the server's watcher and scanner batches
    ready_hc: list[tuple[datetime, str, bool]] = []  # health checks: (ready, path, corrupt)
    corrupt_path = ""
    pending: dict[str, list[tuple[datetime, int]]] = {}
    flush_at: dict[str, datetime] = {}
    events = sorted(items, key=lambda x: x[0])

    def flush(lib: str, t: datetime) -> None:
        lid = TD_LIBS[lib][1]
        batch = pending.pop(lib)
        sid = shortid(r, 10)
        t = S(
            t,
            "INFO",
            "%s: Sending files for scanning, library :%s",
            f"{lid}: Sending files for scanning, library :{lid}",
        )
        t = S(t + sec(0.001), "INFO", "%s Prep started", f"{sid} Prep started")
        prep = r.randint(12, 60)
        t = S(
            t + sec(prep / 1000), "INFO", "[%d] %s Prep finished", f"[{prep}] {sid} Prep finished"
        )
        t = S(t + sec(0.0005), "INFO", "Scanner %s launched", f"Scanner {sid} launched")
        t = S(t + sec(r.uniform(0.2, 0.5)), "INFO", "Online", "Online")
        t = S(t + sec(0.002), "INFO", "%d files sending", f"{len(batch)} files sending")
        t = S(t, "INFO", "[%d] %d files sent", f"[0] {len(batch)} files sent")
        for _, idx in batch:
            path = events[idx][2].file
            if idx in replaced:
                S(
                    t + sec(r.uniform(0.2, 0.6)),
                    "ERROR",
                    "Error: ENOENT: no such file or directory, stat '%s'",
                    f"[Error: ENOENT: no such file or directory, stat '{path}'] {{",
                    [
                        "  errno: -2,",
                        "  code: 'ENOENT',",
                        "  syscall: 'stat',",
                        f"  path: {td_inspect_str(path)}",
                        "}",
                    ],
                )
                continue
            ready_hc.append((t + sec(r.uniform(3, 9)), path, False))

    for idx, (t, lib, it) in enumerate(events):
        for lb in sorted(list(flush_at)):
            if flush_at[lb] <= t:
                flush(lb, flush_at.pop(lb))
        name, lid = TD_LIBS[lib]
        S(
            t + sec(r.uniform(1.5, 4)),
            "INFO",
            "%s: File detected, adding to queue:%s",
            f"{lid}: File detected, adding to queue:{it.file}",
        )
        pending.setdefault(lib, []).append((t, idx))
        flush_at.setdefault(lib, t + sec(r.uniform(18, 26)))
    for lb in sorted(list(flush_at)):
        flush(lb, flush_at.pop(lb))

    ready_hc.sort()
    # the corrupt file the health check chokes on (the first after 09:29)
    for k, (t, path, _) in enumerate(ready_hc):
        if t >= at(9, 29):
            ready_hc[k] = (t, path, True)
            corrupt_path = path
            break

    transcodes: list[tuple[datetime, str, float]] = []

    def node_sim(
        f: str,
        node: str,
        jobs: list[tuple[datetime, str, object]],
        limit: int,
        kind: str,
        down: tuple[datetime, datetime] | None,
    ) -> None:
        """One node's workers over its jobs (ready time, path, payload), `limit` at once."""
        N = lambda t, lvl, label, msg, more=None: L(f, "Node", node, t, lvl, label, msg, more)  # noqa: E731
        active: list[list] = []  # [free_at, name]

        def translate(t: datetime, direction: str, path: str) -> datetime:
            if node == "gpu01" and path:
                src = f"{{\n  _id: {td_inspect_str(path)},\n  file: {td_inspect_str(path)}\n}}"
                dst = src.replace("'/tv", "'/mnt/media/tv").replace(
                    "'/movies", "'/mnt/media/movies"
                )
                if direction == "nodeToServer":
                    src, dst = dst, src
            else:
                src = dst = "{}"
            more = [
                " Obj translated from:",
                *src.split("\n"),
                " To:",
                *dst.split("\n"),
                "",
                " ---------------------------------- ",
            ]
            return N(
                t,
                "INFO",
                f"---------Translating-{direction}---------",
                f" ---------Translating-{direction}--------- ",
                more,
            )

        def exit_worker(w: list) -> None:
            t, name = w
            t = N(t, "INFO", "Item request received", "verbose:Item request received")
            t = N(t + sec(0.0004), "INFO", "Getting new task", "verbose:Getting new task")
            t = N(
                t + sec(r.uniform(0.001, 0.004)),
                "WARN",
                "%s: queueCompleted: nothing to process",
                f"{name}: queueCompleted: nothing to process",
            )
            t = N(t + sec(0.001), "INFO", "Exit request", "verbose:Exit request")
            t = N(t, "INFO", "Worker exit request received", "verbose:Worker exit request received")
            N(
                t + sec(r.uniform(0.008, 0.012)),
                "INFO",
                "Worker %s exited with code %d and signal %s",
                f"Worker {name} exited with code 0 and signal null",
            )

        for ready, path, payload in jobs:
            if down and down[0] <= ready < down[1]:
                ready = down[1] + sec(r.uniform(20, 60))
            for w in [w for w in active if w[0] < ready - sec(1)]:
                exit_worker(w)
                active.remove(w)
            idle = [w for w in active if w[0] <= ready]
            if idle:
                w = idle[0]
                t = ready
            elif len(active) < limit:
                t = N(ready, "INFO", "Launching worker", "verbose:Launching worker")
                w = [t, worker_name(r)]
                t = N(
                    t + sec(0.005), "INFO", "Worker %s launched", f"verbose:Worker {w[1]} launched"
                )
                t += sec(r.uniform(0.2, 0.3))
                active.append(w)
            else:
                w = min(active, key=lambda w: w[0])
                t = w[0]
            t = N(t, "INFO", "Item request received", "verbose:Item request received")
            t = N(t + sec(0.0003), "INFO", "Getting new task", "verbose:Getting new task")
            t = translate(t + sec(r.uniform(0.02, 0.04)), "serverToNode", path)
            t = N(t + sec(0.005), "INFO", "Item received", "verbose:Item received")
            if kind == "hc":
                if payload:  # the corrupt file kills the worker
                    t = N(
                        t + sec(r.uniform(2, 4)),
                        "INFO",
                        "Running exiftool on file",
                        "verbose:Running exiftool on file",
                    )
                    t = N(
                        t + sec(0.03),
                        "ERROR",
                        "Worker %s exited with code %d and signal %s",
                        f"Worker {w[1]} exited with code 1 and signal null",
                    )
                    N(
                        t + sec(0.19),
                        "ERROR",
                        "Error [ERR_IPC_CHANNEL_CLOSED]: Channel closed",
                        "Error [ERR_IPC_CHANNEL_CLOSED]: Channel closed",
                        list(TD_IPC_STACK),
                    )
                    active.remove(w)
                    continue
                t += sec(r.uniform(4, 35))
                t = translate(t, "nodeToServer", "")
                w[0] = t + sec(r.uniform(0.05, 0.2))
                if r.random() < 0.72:
                    transcodes.append((t + sec(r.uniform(2, 8)), path, 0.0))
            else:
                movie = path.startswith("/movies")
                t += sec(r.uniform(900, 2200) if movie else r.uniform(240, 780))
                npath = (
                    path.rsplit(".", 1)[0].replace("h264", "h265").replace("x264", "x265") + ".mkv"
                )
                t = N(t, "INFO", "Running exiftool on file", "verbose:Running exiftool on file")
                t = N(
                    t + sec(r.uniform(0.2, 0.4)),
                    "INFO",
                    "Beginning extractData on:%s",
                    f"verbose:Beginning extractData on:/mnt/media{npath}",
                )
                t = N(
                    t + sec(0.0004),
                    "INFO",
                    "Tagging ffprobe data:%s",
                    f"verbose:Tagging ffprobe data:/mnt/media{npath}",
                )
                t = N(
                    t,
                    "INFO",
                    "Tagging size data:%s",
                    f"verbose:Tagging size data:/mnt/media{npath}",
                )
                t = N(
                    t + sec(0.001),
                    "INFO",
                    "Tagging video res:%s",
                    f"verbose:Tagging video res:/mnt/media{npath}",
                )
                t = translate(t + sec(r.uniform(0.3, 0.4)), "nodeToServer", npath)
                w[0] = t + sec(r.uniform(0.05, 0.2))
        for w in sorted(active):
            exit_worker(w)

    node_sim(med_f, "MediaNode", [(t, p, c) for t, p, c in ready_hc], 2, "hc", None)
    transcodes.sort()
    gpu_down = (at(8, 38), at(8, 44, 30))
    node_sim(gpu_f, "gpu01", [(t, p, None) for t, p, _ in transcodes], 2, "tc", gpu_down)

    # gpu01's start-up after the driver update
    N = lambda t, lvl, label, msg, more=None: L(gpu_f, "Node", "gpu01-2", t, lvl, label, msg, more)  # noqa: E731
    t = N(at(8, 44, 3.2), "INFO", "%s", "/app/configs/Tdarr_Node_Config.json")
    cfg = [
        "  nodeName: 'gpu01',",
        "  serverURL: 'http://192.168.20.10:8266',",
        "  serverIP: '192.168.20.10',",
        "  serverPort: '8266',",
        "  handbrakePath: '',",
        "  ffmpegPath: '',",
        "  mkvpropeditPath: '',",
        "  pathTranslators: [",
        "    { server: '/tv', node: '/mnt/media/tv' },",
        "    { server: '/movies', node: '/mnt/media/movies' },",
        "    { server: '/tv4k', node: '/mnt/media/tv4k' }",
        "  ],",
        "  nodeType: 'mapped',",
        "  unmappedNodeCache: '/app/unmappedNodeCache',",
        "  logLevel: 'INFO',",
        "  priority: -1,",
        "  cronPluginUpdate: '',",
        "  apiKey: '',",
        "  maxLogSizeMB: 10,",
        "  pollInterval: 2000",
        "}",
    ]
    t = N(t + sec(0.006), "INFO", "%O", "{", cfg)
    t = N(t + sec(0.09), "INFO", "version: %s", f"version: {TD_VER}")
    t = N(t + sec(0.005), "INFO", "Starting Tdarr_Node", "Starting Tdarr_Node")
    t = N(
        t + sec(0.31),
        "INFO",
        "---------------Binary tests start----------------",
        "---------------Binary tests start----------------",
    )
    for i, name in enumerate(["handbrakePath", "ffmpegPath", "mkvpropeditPath"], 1):
        t = N(
            t + sec(r.uniform(0.002, 0.01)),
            "INFO",
            "Binary test %d: %s working",
            f"Binary test {i}: {name} working",
        )
    t = N(
        t,
        "INFO",
        "---------------Binary tests end-------------------",
        "---------------Binary tests end-------------------",
    )
    t = N(t + sec(r.uniform(0.8, 1.2)), "INFO", "Node registered", "Node registered")
    N(
        t + sec(1.1),
        "INFO",
        "[%ss]Plugin update finished",
        f"[{r.uniform(1.9, 2.8):.3f}s]Plugin update finished",
    )
    assert corrupt_path
    return fs.logs(T0)


# ------------------------------------------------------------------------------- unpackerr

UP_SERVERS = [
    ("Sonarr", "http://sonarr:8989", "172.18.0.4:8989"),
    ("Sonarr", "http://sonarr4k:8989", "172.18.0.5:8989"),
    ("Radarr", "http://radarr:7878", "172.18.0.6:7878"),
]
UP_HOOK = "https://discord.com/api/webhooks/1187422093125472311/Xq2y"  # the name is the URL's nickname: Discord
UP_STARR_LINE = "%s, apikey:%v, timeout:%v, verify_ssl:%v, protos:%s, syncthing:%v, delete_orig:%v, delete_delay:%v, paths:%q"


def unpackerr(r: random.Random) -> list[Log]:
    """Unpackerr in Docker, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "unpackerr.log"
    proc = ["u1"]

    def L(
        t: datetime, label: str, msg: str, err: bool = False, more: list[str] | None = None
    ) -> datetime:
        pfx = "[ERROR] " if err else "[INFO] "
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{pfx}{x:%Y/%m/%d %H:%M:%S} {msg}", *(more or [])],
            proc[0],
            SEC,
        )

    restart = at(9, 12, 3)
    hook_fail = (at(7, 40), at(7, 55))
    sonarr_down = (at(10, 20, 10), at(10, 32))
    apps = ["Sonarr", "Sonarr", "Radarr"]

    # downloads completing in the apps' queues: Sonarr imports a plain file within a few minutes,
    # an archive only once Unpackerr has extracted it
    items: list[dict] = []
    for t in poisson_times(r, T0 - sec(600), T_END, 250):
        roll = r.random()
        if roll < 0.28:
            it, srv = movie_item(r), 2
        elif roll < 0.4:
            it, srv = episode_item(r, "sonarr4k"), 1
        else:
            it, srv = episode_item(r), 0
        rar = r.random() < 0.58
        sub = ["tv", "tv-4k", "radarr"][srv]
        items.append(
            {
                "t": t,
                "it": it,
                "srv": srv,
                "rar": rar,
                "retries": 0,
                "path": f"/downloads/complete/{sub}/{it.release}",
                "gone": None if rar else t + sec(r.uniform(30, 260)),
            }
        )
    bad = next(x for x in items if x["rar"] and x["srv"] == 0 and x["t"] >= at(7, 48))
    bad["bad"] = True

    hooks = [0, 0]
    retries = [0]
    finished = [0]
    st: dict[int, dict] = {}  # Unpackerr's history map

    def hook(t: datetime, path: str, event: str) -> datetime:
        hooks[0] += 1
        if in_any(t, [hook_fail]):
            hooks[1] += 1
            body = f'{{"message": "You are being rate limited.", "retry_after": {r.uniform(0.4, 2.9):.3f}, "global": false}}'
            return L(
                t + sec(r.uniform(0.2, 0.6)),
                "Webhook (%s = %s): %s: invalid response status (%s): %s",
                f"Webhook ({path} = {event}): Discord: invalid response status (429 Too Many Requests): {body}",
                err=True,
            )
        return L(
            t + sec(r.uniform(0.2, 0.6)),
            "[Webhook] Posted Payload (%s = %s): %s: OK",
            f"[Webhook] Posted Payload ({path} = {event}): Discord: OK",
        )

    def startup(t: datetime) -> None:
        L(
            t,
            "Unpackerr v%s-%s Starting! PID: %v, UID: %d, GID: %d, Umask: %d, Now: %v",
            f"Unpackerr v0.14.5-797 Starting! PID: 1, UID: 1000, GID: 1000, Umask: 18, Now: {t:%Y-%m-%d %H:%M:%S} +0000 UTC",
        )
        L(t, "==> %s <==", "==> GoLift Discord: https://golift.io/discord <==")
        L(t, "==> Startup Settings <==", "==> Startup Settings <==")
        L(t, " => %s", " => Using env variables only. Config file not found.")
        L(t, " => Sonarr Config: %d servers", " => Sonarr Config: 2 servers")
        for _, url, _ in UP_SERVERS[:2]:
            L(
                t,
                " =>    Server: " + UP_STARR_LINE,
                f' =>    Server: {url}, apikey:true, timeout:10s, verify_ssl:false, protos:torrent,usenet, syncthing:false, delete_orig:false, delete_delay:5m0s, paths:["/downloads"]',
            )
        L(
            t,
            " => Radarr Config: 1 server: " + UP_STARR_LINE,
            ' => Radarr Config: 1 server: http://radarr:7878, apikey:true, timeout:10s, verify_ssl:false, protos:torrent,usenet, syncthing:false, delete_orig:false, delete_delay:5m0s, paths:["/downloads"]',
        )
        L(t, " => Parallel: %d", " => Parallel: 1")
        L(t, " => Interval: %v", " => Interval: 2m0s")
        L(t, " => Delete Delay: %v", " => Delete Delay: 5m0s")
        L(t, " => Start Delay: %v", " => Start Delay: 1m0s")
        L(t, " => Retry Delay: %v, max: %d", " => Retry Delay: 5m0s, max: 3")
        L(t, " => Debug / Quiet: %v / %v", " => Debug / Quiet: false / false")
        L(t, " => Directory & File Modes: %s & %s", " => Directory & File Modes: 0755 & 0644")
        L(
            t,
            " => Webhook Config: 1 URL: %s, timeout: %v, ignore ssl: %v, silent: %v%s, events: %q",
            ' => Webhook Config: 1 URL: Discord, timeout: 10s, ignore ssl: false, silent: false, nickname: Unpackerr, events: "all"',
        )

    def queue_lines(t: datetime) -> None:
        cnt = dict.fromkeys(
            ["waiting", "queued", "extracting", "extracted", "imported", "failed", "deleted"], 0
        )
        for x in st.values():
            cnt[x["state"]] += 1
        t = L(
            t,
            "[Unpackerr] Queue: [%d waiting] [%d queued] [%d extracting] [%d extracted] [%d imported] [%d failed] [%d deleted]",
            "[Unpackerr] Queue: " + " ".join(f"[{v} {k}]" for k, v in cnt.items()),
        )
        L(
            t,
            "[Unpackerr] Totals: [%d retries] [%d finished] [%d|%d webhooks] [%d|%d cmdhooks] [stacks; event:%d, hook:%d, del:%d]",
            f"[Unpackerr] Totals: [{retries[0]} retries] [{finished[0]} finished] [{hooks[0]}|{hooks[1]} webhooks] [0|0 cmdhooks] [stacks; event:0, hook:0, del:0]",
        )

    def cleaner(t: datetime) -> None:
        """The 5-second cleaner's work that fell due since the last poll."""
        for sid, x in sorted(st.items(), key=lambda kv: kv[1].get("due") or T_END):
            due = x.get("due")
            if due is None or due > t:
                continue
            name = x["it"].release
            if x["state"] == "imported":
                for nf in x.get("files") or []:
                    L(due, "Deleted (recursively): %s", f"Deleted (recursively): {nf}")
                if x.get("files"):
                    hook(due, x["path"], "deleted")
                x["state"], x["due"] = "deleted", due + sec(300 + r.uniform(0, 5))
            elif x["state"] == "deleted":
                finished[0] += 1
                L(
                    due,
                    "[%s] Finished, Removed History: %v",
                    f"[{apps[x['srv']]}] Finished, Removed History: {name}",
                )
                del st[sid]
            elif x["state"] == "failed":
                x["retries"] += 1
                retries[0] += 1
                L(
                    due,
                    "[%s] Extract failed %v ago, triggering restart (%d/%d): %v",
                    f"[{apps[x['srv']]}] Extract failed 5m0s ago, triggering restart ({x['retries']}/3): {name}",
                )
                x["state"], x["seen"], x["due"] = "waiting", due, None

    def extract(x: dict, tt: datetime) -> datetime:
        app, name = apps[x["srv"]], x["it"].release
        nparts = 1 if r.random() < 0.8 else r.randint(2, 3)
        tt = L(
            tt,
            "[%s] Extraction Queued: %s, extractable files: %d, delete orig: %v, items in queue: %d",
            f"[{app}] Extraction Queued: {x['path']}, extractable files: {nparts}, delete orig: false, items in queue: 1",
        )
        tt = L(
            tt,
            "Extraction Started: %s, items in queue: %d",
            f"Extraction Started: {name}, items in queue: 0",
        )
        x["state"] = "extracting"
        tt = hook(tt, x["path"], "extracting")
        size = r.randint(900, 4600) if not x["it"].movie else r.randint(6000, 19000)
        el = size / r.uniform(110, 190)
        te = tt + sec(el)
        if x.get("bad"):
            L(
                te,
                "Extraction Error: %s: rarReader.Next: rardecode: invalid file block",
                f"Extraction Error: {name}: rarReader.Next: rardecode: invalid file block",
            )
            x["state"] = "failed"
            hook(te, x["path"], "extractfailed")
            if x["retries"] < 3:
                x["due"] = te + sec(300 + r.uniform(0, 5))
            else:
                x["gone"] = at(8, 41, 10)  # removed and blocklisted in Sonarr by hand
            return tt
        mm, ss = divmod(round(el), 60)
        els = f"{mm}m{ss}s" if mm else f"{ss}s"
        L(
            te,
            "Extraction Finished: %s => elapsed: %v, archives: %d, extra archives: %d, files extracted: %d, wrote: %dMiB",
            f"Extraction Finished: {name} => elapsed: {els}, archives: {nparts}, extra archives: 0, files extracted: 1, wrote: {size}MiB",
        )
        x["state"] = "extracted"
        x["files"] = [f"{x['path']}/{name}.mkv"]
        hook(te, x["path"], "extracted")
        x["gone"] = te + sec(r.uniform(30, 150))
        return tt

    def poll(t: datetime) -> None:
        down = in_any(t, [sonarr_down])
        cleaner(t)
        for si, (app, url, addr) in enumerate(UP_SERVERS):
            if down and si == 0:
                q = "includeUnknownSeriesItems=true&page=1&pageSize=500&sortDirection=ascending&sortKey=timeleft"
                if t < at(10, 28):
                    L(
                        t + sec(0.01),
                        '%s (%s): api.Get(%s): httpClient.Do(req): Get "%s": dial tcp %s: connect: connection refused',
                        f'Sonarr ({url}): api.Get(v3/queue): httpClient.Do(req): Get "{url}/api/v3/queue?{q}": dial tcp {addr}: connect: connection refused',
                        err=True,
                    )
                else:
                    L(
                        t + sec(10.0),
                        '%s (%s): api.Get(%s): httpClient.Do(req): Get "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                        f'Sonarr ({url}): api.Get(v3/queue): httpClient.Do(req): Get "{url}/api/v3/queue?{q}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                        err=True,
                    )
                continue
            n = (
                sum(
                    1
                    for x in items
                    if x["srv"] == si and x["t"] <= t and (x["gone"] is None or x["gone"] > t)
                )
                + [3, 1, 2][si]
            )
            L(
                t + sec(r.uniform(0.05, 0.4)),
                "[%s] Updated (%s): %d Items Queued, %d Retrieved",
                f"[{app}] Updated ({url}): {n} Items Queued, {n} Retrieved",
            )
        tt = t + sec(0.5)
        for sid, x in list(st.items()):  # gone from the queue: imported
            if (down and x["srv"] == 0) or x["gone"] is None or x["gone"] > t:
                continue
            name = x["it"].release
            if x["state"] == "waiting":
                tt = L(
                    tt,
                    "[%v] Imported: %v (not extracted, removing from history)",
                    f"[{apps[x['srv']]}] Imported: {name} (not extracted, removing from history)",
                )
                del st[sid]
            elif x["state"] in ("extracted", "failed"):
                tt = L(
                    tt,
                    "[%v] Imported: %v (delete in %v)",
                    f"[{apps[x['srv']]}] Imported: {name} (delete in 5m0s)",
                )
                tt = hook(tt, x["path"], "imported")
                x["state"], x["due"] = "imported", x["gone"] + sec(300 + r.uniform(0, 5))
        for sid, x in enumerate(items):  # completed downloads still in the queue
            if (down and x["srv"] == 0) or x["t"] > t or (x["gone"] is not None and x["gone"] <= t):
                continue
            if sid not in st:
                st[sid] = x
                x["state"], x["seen"], x["due"] = "waiting", t, None
            if x["state"] != "waiting":
                continue
            name = x["it"].release
            el = (t - x["seen"]).total_seconds()
            if el < 60:
                rem = 60 - round(el)
                tt = L(
                    tt,
                    "[%s] Waiting for Start Delay: %v (%v remains)",
                    f"[{apps[x['srv']]}] Waiting for Start Delay: {name} ({'1m0s' if rem >= 60 else f'{rem}s'} remains)",
                )
            elif not x["rar"]:
                tt = L(
                    tt,
                    "[%s] Completed item still waiting: %s, no extractable files found at: %s (stat err: %v)",
                    f"[{apps[x['srv']]}] Completed item still waiting: {name}, no extractable files found at: {x['path']} (stat err: <nil>)",
                )
            else:
                tt = extract(x, tt)

    polls = [T0 + sec(14.6 + 120 * k) for k in range(180)]
    logs = [T0 + sec(41.3 + 60 * k) for k in range(360)]
    after = restart + sec(5.4)  # the new process's tickers start with it
    polls = [t for t in polls if t < restart] + [
        after + sec(1.2 + 120 * k) for k in range(100) if after + sec(1.2 + 120 * k) < T_END
    ]
    logs = [t for t in logs if t < restart] + [
        after + sec(61 + 60 * k) for k in range(200) if after + sec(61 + 60 * k) < T_END
    ]
    timeline = sorted([(t, 1) for t in polls] + [(t, 2) for t in logs] + [(restart, 0)])
    for t, what in timeline:
        if what == 0:
            L(
                t,
                "[unpackerr] Need help? %s\\n=====> Exiting! Caught Signal: %v",
                "[unpackerr] Need help? GoLift Discord: https://golift.io/discord",
                more=["=====> Exiting! Caught Signal: terminated"],
            )
            st.clear()
            retries[0] = finished[0] = hooks[0] = hooks[1] = 0
            proc[0] = "u2"
            startup(after)
        elif what == 1:
            poll(t)
        else:
            queue_lines(t)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- autoscan

AS_ANCHOR = "/mnt/unionfs/mounted.bin"
AS_LIBS_BEFORE = [
    (1, "Movies", "/mnt/unionfs/Media/Movies/"),
    (2, "TV", "/mnt/unionfs/Media/TV/"),
    (3, "TV 4K", "/mnt/unionfs/Media/TV 4K/"),
    (4, "Music", "/mnt/unionfs/Media/Music/"),
]
AS_LIBS_AFTER = [*AS_LIBS_BEFORE, (7, "Anime", "/mnt/unionfs/Media/Anime/")]
AS_ARTISTS = [
    ("Billie Eilish", "HIT ME HARD AND SOFT (2024)"),
    ("Dua Lipa", "Radical Optimism (2024)"),
    ("Kacey Musgraves", "Deeper Well (2024)"),
    ("Vampire Weekend", "Only God Was Above Us (2024)"),
]


def zq(v: str) -> str:
    """zerolog's ConsoleWriter: a string with a space, quote, backslash or control byte is
    strconv-quoted."""
    if any(c in ' "\\' or ord(c) < 0x20 or ord(c) > 0x7E for c in v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def jdump(o: object) -> str:
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def as_line(t: datetime, lvl: str, msg: str, fields: list[tuple[str, str]]) -> str:
    fs_ = sorted(fields, key=lambda kv: (kv[0] != "error", kv[0]))
    tail = "".join(f" {k}={v}" for k, v in fs_)
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S} {lvl} {msg}{tail}"


def autoscan(r: random.Random) -> list[Log]:
    """Autoscan at trace level, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "activity.log"
    proc = ["a1"]
    machine = bytes(r.randrange(256) for _ in range(3))
    counter = [r.randrange(1 << 20)]

    def L(t: datetime, lvl: str, label: str, msg: str, fields: list[tuple[str, str]]) -> datetime:
        return fs.add(f, t, label, lambda x: [as_line(x, lvl, msg, fields)], proc[0], SEC)

    def rid(t: datetime) -> str:
        counter[0] += 1
        return xid(t, machine, 1, counter[0])

    restart = at(10, 45, 12)
    anchor_down = (at(10, 5, 20), at(10, 9, 5))
    plex_down = (at(11, 20, 30), at(11, 28, 40))
    plex_503 = (at(11, 28, 40), at(11, 32, 5))
    lidarr_bad = (at(9, 0), at(9, 20, 30))
    plex = "http://plex:32400"

    # webhooks: (time, trigger, event, paths)
    hooks: list[tuple[datetime, str, str, dict, list[str]]] = []
    for t in poisson_times(r, T0, T_END, 150):
        roll = r.random()
        if roll < 0.5:
            it = episode_item(r)
            rel = it.file.split("/", 3)[3]
            ev = "Download" if r.random() < 0.85 else "EpisodeFileDelete"
            path = "/mnt/unionfs/Media/TV/" + it.folder.split("/", 2)[2]
            series = it.folder.rsplit("/", 1)[0]
            body = {
                "eventType": ev,
                "episodeFile": {"RelativePath": rel},
                "series": {"Path": series},
                "renamedEpisodeFiles": None,
            }
            hooks.append((t, "sonarr", ev, body, [path]))
        elif roll < 0.62:
            it = episode_item(r, "sonarr4k")
            rel = it.file.split("/", 3)[3]
            path = "/mnt/unionfs/Media/TV 4K/" + it.folder.split("/", 2)[2]
            body = {
                "eventType": "Download",
                "episodeFile": {"RelativePath": rel},
                "series": {"Path": it.folder.rsplit("/", 1)[0]},
                "renamedEpisodeFiles": None,
            }
            hooks.append((t, "sonarr4k", "Download", body, [path]))
        elif roll < 0.72:
            it = anime_item(r)
            rel = it.file.split("/", 3)[3]
            path = "/mnt/unionfs/Media/Anime/" + it.folder.split("/", 2)[2]
            body = {
                "eventType": "Download",
                "episodeFile": {"RelativePath": rel},
                "series": {"Path": it.folder.rsplit("/", 1)[0]},
                "renamedEpisodeFiles": None,
            }
            hooks.append((t, "sonarr", "Download", body, [path]))
        elif roll < 0.93:
            it = movie_item(r)
            ev = "Download" if r.random() < 0.9 else "MovieFileDelete"
            path = "/mnt/unionfs/Media/Movies/" + it.folder.split("/", 2)[2]
            body = {
                "eventType": ev,
                "movie": {"folderPath": it.folder},
                "movieFile": {"relativePath": it.file.rsplit("/", 1)[1]},
            }
            hooks.append((t, "radarr", ev, body, [path]))
        elif at(9, 0) <= t:
            artist, album = r.choice(AS_ARTISTS)
            path = f"/mnt/unionfs/Media/Music/{artist}/{album}"
            body = {
                "eventType": "AlbumImport",
                "artist": {"path": f"/music/{artist}"},
                "trackFiles": [{"path": f"/music/{artist}/{album}/01 - Track.flac"}],
            }
            hooks.append((t, "lidarr", "AlbumImport", body, [path]))
    # the new Lidarr's first imports, sent with the wrong password
    for k, m in enumerate((3, 9, 16)):
        artist, album = AS_ARTISTS[k]
        body = {
            "eventType": "AlbumImport",
            "artist": {"path": f"/music/{artist}"},
            "trackFiles": [{"path": f"/music/{artist}/{album}/01 - Track.flac"}],
        }
        hooks.append(
            (
                at(9, m, r.uniform(0, 50)),
                "lidarr",
                "AlbumImport",
                body,
                [f"/mnt/unionfs/Media/Music/{artist}/{album}"],
            )
        )
    # a rename event with two folders, a test event
    hooks.append(
        (
            at(8, 5, 31),
            "sonarr",
            "Test",
            {
                "eventType": "Test",
                "episodeFile": {"RelativePath": ""},
                "series": {"Path": "/tv/Test Path"},
                "renamedEpisodeFiles": None,
            },
            [],
        )
    )
    hooks.append(
        (
            at(9, 52, 8),
            "sonarr",
            "Rename",
            {
                "eventType": "Rename",
                "episodeFile": {"RelativePath": ""},
                "series": {"Path": "/tv/Evil (2019)"},
                "renamedEpisodeFiles": [
                    {
                        "PreviousPath": "/tv/Evil/Season 04/Evil - S04E01.mkv",
                        "RelativePath": "Season 04/Evil (2019) - S04E01 [WEBDL-1080p][EAC3 5.1][h264]-NTb.mkv",
                    }
                ],
            },
            ["/mnt/unionfs/Media/TV/Evil/Season 04", "/mnt/unionfs/Media/TV/Evil (2019)/Season 04"],
        )
    )
    hooks.sort(key=lambda h: h[0])

    queue: list[tuple[datetime, str]] = []  # (time added, folder)
    for t, trig, ev, body, paths in hooks:
        if restart <= t < restart + sec(3):
            t = restart + sec(3)
        url = f"/triggers/{trig}"
        req = rid(t)
        base = [("method", "POST"), ("request_id", req), ("url", url)]
        if trig == "lidarr" and in_any(t, [lidarr_bad]):
            tt = L(t, "WRN", "Invalid authentication", "Invalid authentication", base)
            L(
                tt,
                "DBG",
                "Request processed",
                "Request processed",
                [*base, ("duration", f"{r.uniform(0.02, 0.09):.3f}"), ("status", "401")],
            )
            continue
        tt = L(t, "TRC", "Successful authentication", "Successful authentication", base)
        tt = L(
            tt, "TRC", "Received JSON body", "Received JSON body", [*base, ("event", jdump(body))]
        )
        if ev == "Test":
            tt = L(tt, "INF", "Received test event", "Received test event", base)
        for p in paths:
            tt = L(
                tt,
                "INF",
                "Scan moved to processor",
                "Scan moved to processor",
                [*base, ("event", ev), ("path", zq(p))],
            )
            queue.append((tt, p))
        L(
            tt,
            "DBG",
            "Request processed",
            "Request processed",
            [*base, ("duration", f"{r.uniform(2.1, 14.8):.3f}"), ("status", "200")],
        )

    # the processor loop: every 15 s without work, 5 s after a scan; once a target fails, it
    # checks the targets' availability every 15 s until they answer
    libs = AS_LIBS_BEFORE
    t = T0 + sec(7.2)
    # the datastore's upsert: a folder still waiting for its minimum age takes the new time
    pending: list[tuple[datetime, str]] = []
    waiting: dict[str, int] = {}
    for tt, p in sorted(queue):
        k = waiting.get(p)
        if k is not None and pending[k][0] + sec(600) > tt:
            pending[k] = (tt, p)
        else:
            waiting[p] = len(pending)
            pending.append((tt, p))
    done: set[int] = set()
    restarted = False
    avail = True

    def plex_err(t: datetime) -> str:
        if in_any(t, [plex_down]):
            return "connect: connection refused"
        return "503" if in_any(t, [plex_503]) else ""

    while t < T_END:
        if not restarted and t >= restart:
            proc[0] = "a2"  # the old process's loop ends; the new one's start-up
            t = restart
            L(
                t,
                "INF",
                "Initialised processor",
                "Initialised processor",
                [("anchors", jdump([AS_ANCHOR])), ("min_age", "10m0s")],
            )
            L(
                t,
                "INF",
                "Initialised triggers",
                "Initialised triggers",
                [
                    ("bernard", "0"),
                    ("inotify", "0"),
                    ("lidarr", "1"),
                    ("manual", "1"),
                    ("radarr", "1"),
                    ("sonarr", "2"),
                ],
            )
            L(t, "INF", "Starting server on port %d", "Starting server on port 3030", [])
            L(
                t,
                "DBG",
                "Plex version: %s",
                "Plex version: 1.40.2.8395-c67dce28e",
                [("target", "plex"), ("url", plex)],
            )
            libs = AS_LIBS_AFTER
            L(
                t,
                "DBG",
                "Retrieved libraries",
                "Retrieved libraries",
                [
                    ("libraries", jdump([{"ID": i, "Name": n, "Path": p} for i, n, p in libs])),
                    ("target", "plex"),
                    ("url", plex),
                ],
            )
            L(
                t,
                "INF",
                "Initialised targets",
                "Initialised targets",
                [("emby", "0"), ("plex", "1")],
            )
            t = L(t, "INF", "Processor started", "Processor started", []) + sec(0.3)
            restarted = True
        down = plex_err(t)
        if not avail:
            if not down:
                avail = True
                continue
            if down == "503":
                L(
                    t,
                    "TRC",
                    "Request failed",
                    "Request failed",
                    [
                        ("request_url", plex),
                        ("response_status", "503"),
                        ("target", "plex"),
                        ("url", plex),
                    ],
                )
                err = "version: 503 Service Unavailable: target unavailable"
            else:
                err = f'version: Get "{plex}": dial tcp 172.18.0.9:32400: connect: connection refused: target unavailable'
            L(
                t,
                "ERR",
                "Not all targets are available, retrying in 15 seconds...",
                "Not all targets are available, retrying in 15 seconds...",
                [("error", zq(err))],
            )
            t += sec(15.0 + r.uniform(0.001, 0.02))
            continue
        due = [(k, q) for k, q in enumerate(pending) if k not in done and q[0] + sec(600) <= t]
        if not due:
            t = L(
                t,
                "TRC",
                "No scans are available, retrying in 15 seconds...",
                "No scans are available, retrying in 15 seconds...",
                [],
            )
            t += sec(15.0 + r.uniform(0.001, 0.01))
            continue
        if in_any(t, [anchor_down]):
            L(
                t,
                "ERR",
                "Not all anchor files are available, retrying in 15 seconds...",
                "Not all anchor files are available, retrying in 15 seconds...",
                [("error", zq(f"{AS_ANCHOR}: anchor file is unavailable"))],
            )
            t += sec(15.0 + r.uniform(0.001, 0.01))
            continue
        k, (_added, folder) = min(due, key=lambda kq: kq[1][0])
        lib = [lb for lb in libs if folder.startswith(lb[2])]
        if not lib:
            L(
                t,
                "WRN",
                "No target libraries found",
                "No target libraries found",
                [
                    ("error", zq(f"{folder}: failed determining libraries")),
                    ("target", "plex"),
                    ("url", plex),
                ],
            )
        else:
            fl = [
                ("library", zq(lib[0][1])),
                ("path", zq(folder)),
                ("target", "plex"),
                ("url", plex),
            ]
            tt = L(t, "TRC", "Sending scan request", "Sending scan request", fl)
            if down:
                if down == "503":
                    L(
                        tt,
                        "TRC",
                        "Request failed",
                        "Request failed",
                        [
                            (
                                "request_url",
                                zq(
                                    f"{plex}/library/sections/{lib[0][0]}/refresh?path={quote_plus(folder)}"
                                ),
                            ),
                            ("response_status", "503"),
                            ("target", "plex"),
                            ("url", plex),
                        ],
                    )
                    err = "scan: 503 Service Unavailable: target unavailable"
                else:
                    err = f'scan: Put "{plex}/library/sections/{lib[0][0]}/refresh?path={quote_plus(folder)}": dial tcp 172.18.0.9:32400: connect: connection refused: target unavailable'
                L(
                    tt,
                    "ERR",
                    "Not all targets are available, retrying in 15 seconds...",
                    "Not all targets are available, retrying in 15 seconds...",
                    [("error", zq(err))],
                )
                avail = False
                t = tt + sec(15.0 + r.uniform(0.001, 0.02))
                continue
            L(
                tt + sec(r.uniform(0.05, 0.4)),
                "INF",
                "Scan moved to target",
                "Scan moved to target",
                fl,
            )
        done.add(k)
        t += sec(5.0 + r.uniform(0.05, 0.5))
    return fs.logs(T0)


# ---------------------------------------------------------------------------- flaresolverr

FS_VER = "3.3.19"
FS_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
FS_CHROME = "124.0.6367.201"
FS_STACK = "\\nStacktrace:\\n#0 0x5581d1f9e3e3 <unknown>\\n#1 0x5581d1c8c0c7 <unknown>\\n#2 0x5581d1c84a5e <unknown>\\n#3 0x5581d1c7539f <unknown>\\n#4 0x5581d1c76b0c <unknown>\\n#5 0x5581d1c756a3 <unknown>\\n#6 0x5581d1c7490c <unknown>\\n#7 0x5581d1c74836 <unknown>\\n#8 0x5581d1c72eb4 <unknown>\\n#9 0x5581d1c7342a <unknown>\\n#10 0x5581d1c8fd39 <unknown>\\n#11 0x5581d1d1d9f5 <unknown>\\n#12 0x5581d1cfe5c2 <unknown>\\n#13 0x5581d1d1d0cd <unknown>\\n#14 0x5581d1cfe363 <unknown>\\n#15 0x5581d1ccd247 <unknown>\\n#16 0x5581d1ccdc1e <unknown>\\n#17 0x5581d1f6265b <unknown>\\n#18 0x5581d1f663ef <unknown>\\n#19 0x5581d1f4e8f5 <unknown>\\n#20 0x5581d1f66f62 <unknown>\\n#21 0x5581d1f3389f <unknown>\\n#22 0x5581d1f8b098 <unknown>\\n#23 0x5581d1f8b26b <unknown>\\n#24 0x5581d1f9d5c4 <unknown>\\n#25 0x7f6e3b4b6134 <unknown>\\n"
# indexer: (site path, weight in searches, challenge chance)
FS_SITES = {
    "1337x": (
        "https://1337x.to",
        [
            "/cat/TV/1/",
            "/cat/Movies/1/",
            "/sort-category-search/{q}/TV/time/desc/1/",
            "/sort-category-search/{q}/Movies/time/desc/1/",
        ],
        0.95,
    ),
    "torrentgalaxy": (
        "https://torrentgalaxy.to",
        ["/torrents.php?cat=41&sort=id&order=desc", "/torrents.php?search={q}&sort=id&order=desc"],
        0.7,
    ),
    "yourbittorrent": ("https://yourbittorrent.com", ["/top.html", "/?q={q}"], 0.85),
    "extratorrent": (
        "https://extratorrent.st",
        ["/search/?search={q}&new=1&x=0&y=0", "/category/8/TV+Torrents.html"],
        0.6,
    ),
}


def flaresolverr(r: random.Random) -> list[Log]:
    """FlareSolverr in Docker, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "flaresolverr.log"
    proc = ["f1"]

    def L(t: datetime, lvl: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            d = x + timedelta(microseconds=r.randint(150, 900))
            return [
                f"{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}{r.randint(0, 999):03d}Z {x:%Y-%m-%d %H:%M:%S} {lvl:<8} {msg}"
            ]

        return fs.add(f, t, label, text, proc[0], SEC)

    timeout_1337 = (at(7, 30), at(8, 10))
    dns_down = (at(9, 0, 20), at(9, 10, 40))
    ban = (at(10, 20, 5), at(10, 41))
    restart = at(11, 0, 18)
    prowlarr, jackett, script = "172.18.0.12", "172.18.0.14", "172.18.0.21"
    base = "http://flaresolverr:8191"

    reqs: list[tuple[datetime, str, str, str]] = []  # (time, client, indexer, url)

    def url_for(ix: str, search: bool) -> str:
        site, paths, _ = FS_SITES[ix]
        cands = [p for p in paths if ("{q}" in p) == search] or paths
        p = r.choice(cands)
        if "{q}" in p:
            it = r.choice([episode_item(r), movie_item(r)])
            q = it.release.split(".S0")[0].split(".20")[0].replace(".", "%20")
            p = p.replace("{q}", q)
        return site + p

    # RSS syncs every 15 minutes from Sonarr, Sonarr 4K and Radarr through Prowlarr
    t = T0 + sec(r.uniform(20, 60))
    while t < T_END:
        for app in range(3):
            for ix in ["1337x", "torrentgalaxy", "yourbittorrent"]:
                if ix == "yourbittorrent" and at(10, 41) <= t:
                    continue  # disabled by Prowlarr after the ban
                reqs.append(
                    (
                        t + sec(app * r.uniform(3, 9) + r.uniform(0, 2)),
                        prowlarr,
                        ix,
                        url_for(ix, False),
                    )
                )
        t += sec(900 + r.uniform(-3, 3))
    # searches: missing episodes and movies, automatic and interactive
    for t in poisson_times(r, T0, T_END, 215):
        for ix in r.sample(["1337x", "torrentgalaxy", "yourbittorrent"], 2):
            if ix == "yourbittorrent" and at(10, 41) <= t:
                continue
            reqs.append((t + sec(r.uniform(0, 1.5)), prowlarr, ix, url_for(ix, True)))
    # the old Jackett of a Lidarr, every 30 minutes
    t = T0 + sec(r.uniform(100, 400))
    while t < T_END:
        reqs.append((t, jackett, "extratorrent", url_for("extratorrent", False)))
        t += sec(1800 + r.uniform(-20, 20))
    # a home-made script still sending v1's userAgent, hourly
    for h in range(6, 12):
        reqs.append((at(h, 17, 3.5), script, "1337x", "https://1337x.to/popular-movies"))
    reqs.sort()

    busy: list[datetime] = []  # when each of waitress's 4 threads frees up
    for t, client, ix, url in reqs:
        if restart - sec(40) <= t < restart + sec(12):
            continue
        if restart <= t and proc[0] == "f1":
            proc[0] = "f2"
            ts = L(restart, "INFO", "FlareSolverr %s", f"FlareSolverr {FS_VER}")
            ts = L(
                ts,
                "INFO",
                "Testing web browser installation...",
                "Testing web browser installation...",
            )
            ts = L(
                ts, "INFO", "Platform: %s", "Platform: Linux-6.1.0-21-amd64-x86_64-with-glibc2.36"
            )
            ts = L(
                ts,
                "INFO",
                "Chrome / Chromium path: %s",
                "Chrome / Chromium path: /usr/bin/chromium",
            )
            ts = L(
                ts + sec(0.2),
                "INFO",
                "Chrome / Chromium major version: %s",
                "Chrome / Chromium major version: 124",
            )
            ts = L(ts, "INFO", "Launching web browser...", "Launching web browser...")
            ts = L(
                ts + sec(3.4),
                "INFO",
                "FlareSolverr User-Agent: %s",
                f"FlareSolverr User-Agent: {FS_UA}",
            )
            ts = L(ts, "INFO", "Test successful!", "Test successful!")
            ts = L(ts + sec(0.05), "INFO", "Serving on %s", "Serving on http://0.0.0.0:8191")
            busy = []
            # Prowlarr's proxy test after the container is back
            L(ts + sec(41.2), "INFO", "%s %s %s %s", f"{prowlarr} GET {base}/ 200 OK")
        busy = sorted(b for b in busy if b > t)
        start = t
        if len(busy) >= 4:
            depth = len(busy) - 3
            L(t, "WARNING", "Task queue depth is %d", f"Task queue depth is {depth}")
            start = busy[0] + sec(0.01)
            busy = busy[1:]
        if client == jackett:
            body = f"{{'cmd': 'request.get', 'url': '{url}', 'maxTimeout': 55000}}"
            tmo = 55.0
        elif client == script:
            body = f"{{'cmd': 'request.get', 'url': '{url}', 'maxTimeout': 60000, 'userAgent': '{FS_UA.replace('124.0.0.0', '96.0.4664.110')}'}}"
            tmo = 60.0
        else:
            body = f"{{'maxTimeout': 60000, 'cmd': 'request.get', 'url': '{url}', 'proxy': {{}}}}"
            tmo = 60.0
        tt = L(
            start,
            "INFO",
            "Incoming request => POST /v1 body: %s",
            f"Incoming request => POST /v1 body: {body}",
        )
        if client == script:
            tt = L(
                tt,
                "WARNING",
                "Request parameter 'userAgent' was removed in FlareSolverr v2.",
                "Request parameter 'userAgent' was removed in FlareSolverr v2.",
            )
        err = ""
        if in_any(start, [dns_down]):
            tt += sec(r.uniform(0.3, 1.2))
            err = f"Error: Error solving the challenge. Message: unknown error: net::ERR_NAME_NOT_RESOLVED\\n  (Session info: chrome={FS_CHROME}){FS_STACK}"
        else:
            tt += sec(r.uniform(1.0, 2.8))
            challenged = r.random() < FS_SITES[ix][2]
            if ix == "yourbittorrent" and in_any(start, [ban]):
                err = "Error: Error solving the challenge. Cloudflare has blocked this request. Probably your IP is banned for this site, check in your web browser."
            elif challenged:
                tt = L(
                    tt,
                    "INFO",
                    "Challenge detected. Title found: %s",
                    "Challenge detected. Title found: Just a moment...",
                )
                if ix == "1337x" and in_any(start, [timeout_1337]) and r.random() < 0.8:
                    tt = start + sec(tmo + r.uniform(0.4, 0.9))
                    err = f"Error: Error solving the challenge. Timeout after {tmo} seconds."
                else:
                    tt = L(
                        tt + sec(r.uniform(2.5, 11)),
                        "INFO",
                        "Challenge solved!",
                        "Challenge solved!",
                    )
            else:
                tt = L(tt, "INFO", "Challenge not detected!", "Challenge not detected!")
        if err:
            label = err
            if "Timeout after" in err:
                label = "Error: Error solving the challenge. Timeout after %s seconds."
            elif "ERR_NAME_NOT_RESOLVED" in err:
                label = "Error: Error solving the challenge. Message: unknown error: net::ERR_NAME_NOT_RESOLVED\\n  (Session info: chrome=%s)\\nStacktrace:\\n%s"
            tt = L(tt, "ERROR", label, err)
        tt += sec(r.uniform(0.05, 0.4))
        dur = (tt - start).total_seconds() + r.uniform(0.001, 0.3)
        tt = L(tt, "INFO", "Response in %s s", f"Response in {dur:.3f} s")
        L(
            tt,
            "INFO",
            "%s %s %s %s",
            f"{client} POST {base}/v1 {'500 Internal Server Error' if err else '200 OK'}",
        )
        busy.append(tt)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- stash

# invented studios and performers
ST_STUDIOS = [
    "LumenFilms",
    "VelvetReel",
    "NorthlightStudio",
    "CandidHour",
    "BluepineMedia",
    "HarborNights",
    "Silverline",
    "GoldcoastPictures",
    "SaltAndCedar",
    "MidnightAtelier",
]
ST_PEOPLE = [
    "Mara Vance",
    "Lena Stroud",
    "Ivy Calder",
    "Nora Pike",
    "Tessa Lund",
    "Cleo Marsh",
    "Jade Fenwick",
    "Skye Holloway",
    "Rina Okabe",
    "Dalia Voss",
    "Petra Quill",
    "Sonia Brandt",
]
ST_COLORS = {"INFO": 36, "WARN": 33, "ERRO": 31}


def st_scene(r: random.Random, root: str) -> tuple[str, str]:
    studio = r.choice(ST_STUDIOS)
    who = r.choice(ST_PEOPLE)
    d = f"24.{r.randint(1, 6):02d}.{r.randint(1, 28):02d}"
    ext = r.choice(["mp4", "mp4", "mp4", "mkv"])
    title = f"{who} - {r.choice(['Afternoon Delight', 'Weekend Getaway', 'Private Session', 'Night Shift', 'The Audition', 'Summer Heat', 'First Date', 'Room Service'])}"
    return (
        f"{root}/{studio}/{studio}.{d}.{who.replace(' ', '.')}.{r.choice(['1080p', '1080p', '2160p', '720p'])}.{ext}",
        title,
    )


def stash(r: random.Random) -> list[Log]:
    """Stash in Docker, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "stash.log"
    proc = ["s1"]

    def L(t: datetime, lvl: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            body = f"{msg:<44} "
            return (f"\x1b[{ST_COLORS[lvl]}m{lvl}\x1b[0m[{x:%Y-%m-%d %H:%M:%S}] " + body).split(
                "\n"
            )

        return fs.add(f, t, label, text, proc[0], SEC)

    def bare(t: datetime, label: str, line: str) -> datetime:
        return fs.add(f, t, label, lambda x: [line], proc[0], SEC)

    restart = at(10, 40, 22)
    stashdb_down = (at(9, 3, 20), at(9, 16))
    total = [18214]
    broken = [st_scene(r, "/data/incoming")[0].replace(".mp4", ".mkv") for _ in range(3)]
    renamed: list[tuple[str, str]] = []
    for _ in range(58):
        old, _t = st_scene(r, "/data/studios")
        new = old.replace("/data/studios/", "/data/library/")
        renamed.append((old, new))
    identify_queue: list[tuple[str, str]] = []

    def scan(
        t: datetime, new: list[tuple[str, str]], folders: list[str], moves: list[tuple[str, str]]
    ) -> datetime:
        t = L(t, "INFO", "scanning %d paths", "scanning 2 paths")
        walk_end = t + sec(r.uniform(28, 55) + len(new) * 0.05)
        ev: list[tuple[datetime, str, str, str]] = []
        tt = t + sec(r.uniform(1, 4))
        for d in folders:
            ev.append(
                (
                    tt,
                    "INFO",
                    "%s doesn't exist. Creating new folder entry...",
                    f"{d} doesn't exist. Creating new folder entry...",
                )
            )
            tt += sec(r.uniform(0.2, 1.2))
        for old, nw in moves:
            ev.append(
                (
                    tt,
                    "INFO",
                    "%s moved to %s. Updating path...",
                    f"{old} moved to {nw}. Updating path...",
                )
            )
            tt += sec(r.uniform(0.3, 1.5))
        for path in broken:
            ev.append(
                (
                    tt,
                    "INFO",
                    "Calculating fingerprints for %s ...",
                    f"Calculating fingerprints for {path} ...",
                )
            )
            tt += sec(r.uniform(0.5, 2))
            ev.append(
                (
                    tt,
                    "ERRO",
                    "error processing %q: running ffprobe on %q: FFProbe encountered an error with <%s>.\\nError JSON:\\n\\nError: exit status 1",
                    f'error processing "{path}": running ffprobe on "{path}": FFProbe encountered an error with <{path}>.\nError JSON:\n\nError: exit status 1',
                )
            )
            tt += sec(r.uniform(0.2, 1))
        gen: list[str] = []
        for path, title in new:
            ev.append(
                (
                    tt,
                    "INFO",
                    "Calculating fingerprints for %s ...",
                    f"Calculating fingerprints for {path} ...",
                )
            )
            tt += sec(r.uniform(1.5, 9))
            ev.append(
                (
                    tt,
                    "INFO",
                    "%s doesn't exist. Creating new scene...",
                    f"{path} doesn't exist. Creating new scene...",
                )
            )
            tt += sec(r.uniform(0.3, 1.5))
            gen.append(path)
            identify_queue.append((path, title))
        total[0] += len(new) - 0
        ev.append(
            (
                max(walk_end, t + sec(2)),
                "INFO",
                "Finished adding files to queue. %d files queued",
                f"Finished adding files to queue. {total[0] + len(broken)} files queued",
            )
        )
        ev.sort()
        for x in ev:
            t = L(x[0], x[1], x[2], x[3])
        t = max(t, tt)
        for path in gen:
            t = L(
                t + sec(r.uniform(0.5, 2)),
                "INFO",
                "[generator] generating video preview for %s",
                f"[generator] generating video preview for {path}",
            )
            if r.random() < 0.08:
                t = L(
                    t + sec(r.uniform(3, 9)),
                    "WARN",
                    "[generator] failed generating scene preview, trying fallback",
                    "[generator] failed generating scene preview, trying fallback",
                )
            t = L(
                t + sec(r.uniform(4, 14)),
                "INFO",
                "[generator] generating webp preview for %s",
                f"[generator] generating webp preview for {path}",
            )
            t = L(
                t + sec(r.uniform(2, 6)),
                "INFO",
                "[generator] generating sprite image for %s",
                f"[generator] generating sprite image for {path}",
            )
        elapsed = (t - (ev[0][0] if ev else t)).total_seconds() + r.uniform(1, 4)
        ns = r.randint(0, 999_999_999)
        mins, s = divmod(elapsed, 60)
        dur = f"{int(mins)}m{int(s)}.{ns:09d}s" if mins else f"{int(s)}.{ns:09d}s"
        return L(t + sec(r.uniform(0.5, 2)), "INFO", "Scan finished (%s)", f"Scan finished ({dur})")

    def identify(t: datetime) -> datetime:
        src = "stash-box: https://stashdb.org/graphql"
        while identify_queue:
            path, title = identify_queue.pop(0)
            t += sec(r.uniform(1.2, 4.5))
            if in_any(t, [stashdb_down]):
                sid = r.randint(20000, 29999)
                t = L(
                    t + sec(30),
                    "ERRO",
                    'error scraping from stash-box %s: error querying stash-box using scene ID %d: Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                    f'error scraping from stash-box https://stashdb.org/graphql: error querying stash-box using scene ID {sid}: Post "https://stashdb.org/graphql": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                )
                continue
            roll = r.random()
            if roll < 0.72:
                t = L(
                    t,
                    "INFO",
                    "Successfully identified %s as %s using %s",
                    f"Successfully identified {path} as {title} using {src}",
                )
            elif roll < 0.82:
                t = L(
                    t,
                    "INFO",
                    "Successfully identified %s using %s",
                    f"Successfully identified {path} using {src}",
                )
        return t

    def startup(t: datetime) -> None:
        t = bare(
            t,
            "stash version: %s (%s - Official Build) - %s",
            "stash version: v0.26.1 (d1998cb5 - Official Build) - 2024-06-02 22:05:12",
        )
        t = L(t, "INFO", "using config file: %s", "using config file: /root/.stash/config.yml")
        t = L(
            t + sec(1.6), "INFO", "stash is listening on %s", "stash is listening on 0.0.0.0:9999"
        )
        L(t, "INFO", "stash is running at %s", "stash is running at http://localhost:9999/")

    t = T0
    for h in range(6, 12):
        ts = max(
            at(h, 5, r.uniform(1, 4)), t + sec(r.uniform(4, 9))
        )  # a job waits for the one before it
        n = r.randint(14, 30)
        new = [st_scene(r, "/data/incoming") for _ in range(n)]
        folders = sorted({p.rsplit("/", 1)[0] for p, _ in new})[: r.randint(1, 4)]
        moves: list[tuple[str, str]] = []
        if h == 8:
            coll = "/data/collections/Northlight Archive 2019-2021"
            new += [
                (
                    f"{coll}/NorthlightStudio.{y}.{m:02d}.{d:02d}.{p.replace(' ', '.')}.2160p.mp4",
                    f"{p} - Archive Session",
                )
                for y, m, d, p in (
                    (
                        r.choice([19, 20, 21]),
                        r.randint(1, 12),
                        r.randint(1, 28),
                        r.choice(ST_PEOPLE),
                    )
                    for _ in range(150)
                )
            ]
            folders = [coll, *folders]
        if h == 9:
            moves = renamed
        t = scan(ts, new, folders, moves)
        t = identify(max(t, at(h, 35, r.uniform(2, 6))) - sec(1))
        if h == 10:
            proc[0] = "s2"
            startup(max(restart, t + sec(20)))
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "tdarr": tdarr,
    "unpackerr": unpackerr,
    "autoscan": autoscan,
    "flaresolverr": flaresolverr,
    "stash": stash,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
