#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; a host's helpers are
# called only in the loop turn that defines them)
"""Writes the held-out logs of round 34 (jellyfin, gitea, memcached, ansible, proxmox) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Jellyfin's Serilog file log (`[2024-06-11 06:00:02.118
+00:00] [INF] [12] Emby.Server.Implementations.ApplicationHost: msg`: a bracketed stamp with its
offset, a three-letter level, the thread id and the source context before the message, .NET
exceptions after it), Gitea's log (`2024/06/11 06:00:02 ...s/web/routing/logger.go:102:func1()
[I] msg`: the caller's file, line and function between the stamp and a one-letter level),
memcached run with `-vv` (no stamp at all: `<28 new auto-negotiating client connection`, `>28
STORED`, the socket's number glued to the direction sign), Ansible's ansible.log (`2024-06-11
06:00:02,118 p=1234 u=deploy n=ansible | TASK [nginx : Install packages] ****`: the process,
user and logger before a pipe, star-padded banners, per-host results) and Proxmox VE's
pvedaemon/pveproxy/pvestatd/pmxcfs in syslog (`<root@pam> starting task UPID:pve1:...`: task
ids with the node, pid, start time, type, guest and user joined by colons). Run it only to change
the data on purpose: `python bench/heldout/generate_round34.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, syslog_ts


def guid(r: random.Random) -> str:
    return hexid(r, 32)


# --------------------------------------------------------------------------------- Jellyfin

JF_USERS = ["anna", "marco", "kids", "grandma", "tv"]
JF_CLIENTS = [
    ("Jellyfin Web", "10.9.2", "Firefox"),
    ("Jellyfin Android", "2.6.1", "Pixel 7"),
    ("Jellyfin Media Player", "1.11.1", "htpc"),
    ("Infuse-Direct", "7.8", "Apple TV"),
    ("Swiftfin iOS", "1.0.0", "iPad"),
]
JF_ITEMS = [
    "The Expanse - S02E05 - Home",
    "Blade Runner 2049",
    "Bluey - S01E12 - Hotel",
    "Dune: Part Two",
    "Severance - S01E01 - Good News About Hell",
    "Planet Earth II - S01E03 - Jungles",
    "Spirited Away",
]
JF_TASKS = [
    "Scan Media Library",
    "Extract Chapter Images",
    "Clean Cache Directory",
    "Refresh People",
    "Update Plugins",
    "Clean Transcode Directory",
]
JF_URLS = [
    "/Items/{}/Images/Primary",
    "/Videos/{}/stream.mkv",
    "/Users/{}/Items/Resume",
    "/Shows/{}/Episodes",
    "/Items/{}/PlaybackInfo",
]


def jellyfin(r: random.Random) -> list[Log]:
    """Jellyfin 10.9 (`/var/log/jellyfin/log_20240611.log`, its Serilog file sink:
    `[{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}] [{Level:u3}] [{ThreadId}] {SourceContext}:
    {Message}`). Start-up, authentication, playback start/stop, WebSocket sessions, slow
    responses, scheduled tasks, ffmpeg failures with their exception, and request errors with a
    .NET stack trace (the trace continues the event)."""
    log = Log("log_20240611.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(level: str, ctx: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
        log.tick(r, lo, hi)
        ms = log.t.microsecond // 1000
        tid = r.choice([1, 4, 6, 9, 12, 15, 21, 27, 33, 41, 58])
        log.add(
            f"[{log.t:%Y-%m-%d %H:%M:%S}.{ms:03d} +00:00] [{level}] [{tid}] {ctx}: {msg}", label
        )

    def start() -> None:
        ah = "Emby.Server.Implementations.ApplicationHost"
        emit("INF", "Main", "Jellyfin version: 10.9.6", "Jellyfin version: %s", lo=1, hi=5)
        for arg, val in (
            ("JELLYFIN_DATA_DIR", "/var/lib/jellyfin"),
            ("JELLYFIN_CACHE_DIR", "/var/cache/jellyfin"),
            ("JELLYFIN_LOG_DIR", "/var/log/jellyfin"),
        ):
            emit(
                "INF",
                "Main",
                f'Environment Variables: ["[{arg}, {val}]"]',
                "Environment Variables: %s",
            )
        emit(
            "INF",
            "Main",
            "Operating system: Debian GNU/Linux 12 (bookworm)",
            "Operating system: %s",
        )
        emit("INF", "Main", f"Processor count: {r.choice([4, 8])}", "Processor count: %s")
        emit("INF", "Main", "Program data path: /var/lib/jellyfin", "Program data path: %s")
        emit("INF", ah, "Loading assemblies", "Loading assemblies")
        for plugin, ver in (
            ("TMDb", "10.9.6.0"),
            ("OMDb", "10.9.6.0"),
            ("Open Subtitles", "20.0.0.0"),
        ):
            emit("INF", ah, f"Loaded plugin: {plugin} {ver}", "Loaded plugin: %s %s")
        emit(
            "INF",
            "Jellyfin.Networking.Manager.NetworkManager",
            "Defined LAN addresses: [192.168.10.0/24]",
            "Defined LAN addresses: %s",
        )
        emit(
            "INF",
            ah,
            f"Executed all pre-startup entry points in {r.uniform(0.2, 1.5):.7f}".replace(
                "0.", "0:00:00."
            ),
            "Executed all pre-startup entry points in %s",
        )
        emit("INF", "Main", "Core startup complete", "Core startup complete")
        emit(
            "INF",
            "Main",
            f"Startup complete 0:00:{r.randrange(4, 19):02d}.{r.randrange(10**7):07d}",
            "Startup complete %s",
        )

    def auth() -> None:
        user = r.choice(JF_USERS)
        ip = ip4(r, "192.168.10")
        ctx = "Jellyfin.Server.Implementations.Users.UserManager"
        if r.random() < 0.8:
            emit(
                "INF",
                "Emby.Server.Implementations.Session.SessionManager",
                f'Authentication request for "{user}" has succeeded.',
                "Authentication request for %s has succeeded.",
                lo=5,
                hi=600,
            )
        else:
            emit(
                "INF",
                ctx,
                f'Authentication request for "{user}" has been denied (IP: "{ip}").',
                "Authentication request for %s has been denied (IP: %s).",
                lo=5,
                hi=600,
            )
            emit(
                "ERR",
                "Jellyfin.Api.Middleware.ExceptionMiddleware",
                'Error processing request: "Invalid username or password entered.". URL "POST" "/Users/AuthenticateByName".',
                "Error processing request: %s. URL %s %s.",
            )

    def playback() -> None:
        client, ver, device = r.choice(JF_CLIENTS)
        user = r.choice(JF_USERS)
        item = r.choice(JF_ITEMS)
        ctx = "Emby.Server.Implementations.Session.SessionManager"
        emit(
            "INF",
            ctx,
            f'Playback start reported by app "{client}" "{ver}" playing "{item}". Started at {r.randrange(0, 3_000_000)} ms',
            "Playback start reported by app %s %s playing %s. Started at %s ms",
            lo=10,
            hi=900,
        )
        if r.random() < 0.3:
            emit(
                "INF",
                "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager",
                f'{r.choice(["/usr/lib/jellyfin-ffmpeg/ffmpeg"])} -analyzeduration 200M -ss 00:{r.randrange(60):02d}:00.000 -i file:"/media/{item}.mkv" -map_metadata -1 -codec:v:0 libx264 -preset veryfast -crf 23 "/var/cache/jellyfin/transcodes/{guid(r)}.m3u8"',
                "%s %s",
            )
            if r.random() < 0.4:
                code = r.choice([1, 137, 255])
                emit(
                    "ERR",
                    "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager",
                    f"FFmpeg exited with code {code}",
                    "FFmpeg exited with code %d",
                    lo=1,
                    hi=60,
                )
        emit(
            "INF",
            ctx,
            f'Playback stopped reported by app "{client}" "{ver}" playing "{item}". Stopped at {r.randrange(10_000, 7_000_000)} ms',
            "Playback stopped reported by app %s %s playing %s. Stopped at %s ms",
            lo=30,
            hi=3000,
        )
        del user, device

    def websocket() -> None:
        ip = ip4(r, "192.168.10")
        ctx = "Emby.Server.Implementations.HttpServer.WebSocketManager"
        emit("INF", ctx, f'WS "{ip}" request', "WS %s request", lo=5, hi=600)
        if r.random() < 0.5:
            emit(
                "INF",
                "Emby.Server.Implementations.HttpServer.WebSocketConnection",
                f'WS "{ip}" closed',
                "WS %s closed",
                lo=30,
                hi=3000,
            )

    def slow() -> None:
        url = r.choice(JF_URLS).format(guid(r))
        ip = ip4(r, "192.168.10")
        emit(
            "WRN",
            "Jellyfin.Api.Middleware.ResponseTimeMiddleware",
            f'Slow HTTP Response from "http://jellyfin.lan:8096{url}" to "{ip}" in 0:00:0{r.randrange(1, 9)}.{r.randrange(10**7):07d} with Status Code {r.choice([200, 200, 206, 500])}',
            "Slow HTTP Response from %s to %s in %s with Status Code %s",
            lo=5,
            hi=900,
        )

    def task() -> None:
        name = r.choice(JF_TASKS)
        ctx = "Emby.Server.Implementations.ScheduledTasks.TaskManager"
        emit(
            "INF",
            ctx,
            f'"{name}" Completed after {r.randrange(0, 40)} minute(s) and {r.randrange(0, 60)} seconds',
            "%s Completed after %s minute(s) and %s seconds",
            lo=60,
            hi=3600,
        )

    def request_error() -> None:
        url = r.choice(JF_URLS).format(guid(r))
        emit(
            "ERR",
            "Jellyfin.Api.Middleware.ExceptionMiddleware",
            f'Error processing request. URL "GET" "{url}".',
            "Error processing request. URL %s %s.",
            lo=5,
            hi=900,
        )
        exc = r.choice(
            [
                "System.IO.IOException: Connection reset by peer",
                f"System.IO.FileNotFoundException: Could not find file '/media/{r.choice(JF_ITEMS)}.mkv'.",
                "System.OperationCanceledException: The operation was canceled.",
            ]
        )
        log.add(exc, None)
        for frame in (
            "   at System.IO.Pipelines.Pipe.GetReadResult(ReadResult& result)",
            "   at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.HttpProtocol.ProcessRequests[TContext](IHttpApplication`1 application)",
            "   at Jellyfin.Api.Middleware.ExceptionMiddleware.Invoke(HttpContext context)",
        ):
            log.add(frame, None)

    def library() -> None:
        x = r.random()
        ctx = "Emby.Server.Implementations.Library.LibraryManager"
        if x < 0.5:
            item = r.choice(JF_ITEMS)
            kind = r.choice(["Episode", "Movie", "Video"])
            emit(
                "INF",
                ctx,
                f'Removing item, Type: "{kind}", Name: "{item}", Path: "/media/{item}.mkv", Id: {guid(r)}',
                "Removing item, Type: %s, Name: %s, Path: %s, Id: %s",
                lo=5,
                hi=900,
            )
        else:
            item = r.choice(JF_ITEMS)
            emit(
                "WRN",
                "MediaBrowser.Providers.Manager.ProviderManager",
                f'Error downloading image: "https://image.tmdb.org/t/p/original/{alnum(r, 27)}.jpg"',
                "Error downloading image: %s",
                lo=5,
                hi=900,
            )

    start()
    for step in range(260):
        if step == 180:
            emit(
                "INF",
                "Main",
                "Received a SIGTERM signal, shutting down",
                "Received a SIGTERM signal, shutting down",
                lo=60,
                hi=600,
            )
            emit(
                "INF",
                "Emby.Server.Implementations.ApplicationHost",
                "Disposing CoreAppHost",
                "Disposing %s",
            )
            start()
        x = r.random()
        if x < 0.2:
            auth()
        elif x < 0.45:
            playback()
        elif x < 0.6:
            websocket()
        elif x < 0.7:
            slow()
        elif x < 0.8:
            task()
        elif x < 0.88:
            request_error()
        else:
            library()
    return [log]


# --------------------------------------------------------------------------------- Gitea

GITEA_REPOS = [
    "infra/ansible",
    "web/frontend",
    "anna/dotfiles",
    "ops/terraform",
    "mirror/linux",
    "web/api",
]
GITEA_USERS = ["anna", "marco", "ci-bot", "renovate"]
GITEA_ROUTES = [
    ("GET", "/{repo}", "repo/view.go:1234(repo.Home)"),
    ("GET", "/{repo}/pulls", "repo/pull.go:278(repo.ViewPullCommits)"),
    ("GET", "/{repo}/src/branch/main/{path}", "repo/view.go:752(repo.SingleFile)"),
    ("POST", "/{repo}.git/git-upload-pack", "repo/githttp.go:532(repo.ServiceUploadPack)"),
    (
        "GET",
        "/api/v1/repos/{repo}/commits/{sha}/status",
        "api/v1/repo/status.go:195(repo.GetCombinedCommitStatusByRef)",
    ),
    ("GET", "/user/login", "auth/auth.go:158(auth.SignIn)"),
    (
        "POST",
        "/api/actions/runner.v1.RunnerService/FetchTask",
        "actions/runner/runner.go:122(runner.(*Service).FetchTask)",
    ),
]
GITEA_PATHS = ["README.md", "roles/nginx/tasks/main.yml", "src/index.ts", "Makefile", "go.mod"]


def gitea_route(uri: str) -> str:
    """A request's route as the set labels one: a commit's sha and a number in its path
    variables, a repository's and a file's name kept, its query's keys kept with their values
    as variables (`/api/v1/repos/web/api/commits/<*>/status`)."""
    path, _, query = uri.partition("?")
    path = "/".join(
        "<*>" if re.fullmatch(r"[0-9a-f]{40}|\d+", part) else part for part in path.split("/")
    )
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def gitea(r: random.Random) -> list[Log]:
    """Gitea 1.22 (`[log] MODE = file`, `/var/lib/gitea/log/gitea.log`: `2024/06/11 06:00:02
    ...s/web/routing/logger.go:102:func1() [I] msg`, the caller's short file, line and function
    before a one-letter level). Start-up settings, the router's completed/slow request lines,
    SSH and git errors, cron tasks, mirror updates, failed sign-ins and a queue warning."""
    log = Log("gitea.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(caller: str, level: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
        log.tick(r, lo, hi)
        log.add(f"{log.t:%Y/%m/%d %H:%M:%S} {caller} [{level}] {msg}", label)

    def start() -> None:
        emit(
            "cmd/web.go:242:runWeb()",
            "I",
            f"Starting Gitea on PID: {r.randrange(900, 40000)}",
            "Starting Gitea on PID: %d",
            lo=1,
            hi=5,
        )
        emit(
            "cmd/web.go:111:showWebStartupMessage()",
            "I",
            "Gitea version: 1.22.1 built with GNU Make 4.4.1, go1.22.5 : bindata, timetzdata, sqlite, sqlite_unlock_notify",
            "Gitea version: %s%s",
        )
        emit("cmd/web.go:112:showWebStartupMessage()", "I", "* RunMode: prod", "* RunMode: %s")
        emit(
            "cmd/web.go:113:showWebStartupMessage()",
            "I",
            "* AppPath: /usr/local/bin/gitea",
            "* AppPath: %s",
        )
        emit(
            "cmd/web.go:114:showWebStartupMessage()",
            "I",
            "* WorkPath: /var/lib/gitea",
            "* WorkPath: %s",
        )
        emit(
            "cmd/web.go:115:showWebStartupMessage()",
            "I",
            "* CustomPath: /var/lib/gitea/custom",
            "* CustomPath: %s",
        )
        emit(
            "cmd/web.go:116:showWebStartupMessage()",
            "I",
            "* ConfigFile: /etc/gitea/app.ini",
            "* ConfigFile: %s",
        )
        emit(
            "...s/install/setting.go:21:PreloadSettings()",
            "I",
            "AppPath: /usr/local/bin/gitea",
            "AppPath: %s",
        )
        emit(
            "...s/install/setting.go:23:PreloadSettings()",
            "I",
            "Log path: /var/lib/gitea/log",
            "Log path: %s",
        )
        emit(
            "...s/install/setting.go:24:PreloadSettings()",
            "I",
            "Configuration file: /etc/gitea/app.ini",
            "Configuration file: %s",
        )
        emit("...s/install/setting.go:25:PreloadSettings()", "I", "Run mode: prod", "Run mode: %s")
        emit(
            "...dules/setting/ssh.go:168:loadSSHFrom()",
            "W",
            "SSH server has been disabled, SSH_START_SERVER=false",
            "SSH server has been disabled, SSH_START_SERVER=false",
        )
        emit(
            "...les/storage/storage.go:176:initAttachments()",
            "I",
            "Initialising Attachment storage with type: local",
            "Initialising %s storage with type: %s",
        )
        emit(
            "...les/storage/storage.go:166:initAvatars()",
            "I",
            "Initialising Avatar storage with type: local",
            "Initialising %s storage with type: %s",
        )
        emit(
            "...les/storage/storage.go:204:initLFS()",
            "I",
            "Initialising LFS storage with type: local",
            "Initialising %s storage with type: %s",
        )
        emit(
            "...s/graceful/server.go:50:NewServer()",
            "I",
            f"Starting new Web server: tcp:0.0.0.0:3000 on PID: {r.randrange(900, 40000)}",
            "Starting new %s server: %s:%s on PID: %d",
        )

    def request() -> None:
        method, path, handler = r.choice(GITEA_ROUTES)
        url = path.format(repo=r.choice(GITEA_REPOS), path=r.choice(GITEA_PATHS), sha=hexid(r, 40))
        ip = ip4(r, "10.20")
        status = r.choices(
            [
                "200 OK",
                "302 Found",
                "404 Not Found",
                "500 Internal Server Error",
                "304 Not Modified",
            ],
            [60, 10, 10, 3, 10],
        )[0]
        ms = r.uniform(0.4, 900)
        if r.random() < 0.15:
            emit(
                "...s/web/routing/logger.go:68:func1()",
                "I",
                f"router: slow      {method} {url} for {ip}:0, elapsed {r.uniform(3000, 9000):.1f}ms @ {handler}",
                "router: slow      %s %s for %s, elapsed %.1fms @ %s",
                lo=0.1,
                hi=30,
            )
        emit(
            "...s/web/routing/logger.go:102:func1()",
            "I",
            f"router: completed {method} {url} for {ip}:0, {status} in {ms:.1f}ms @ {handler}",
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: a sha or a number in the route and a query's values are variables).
            f"router: completed {method} {gitea_route(url)} for %s, {status} in %.1fms @ %s",
            lo=0.1,
            hi=30,
        )

    def error() -> None:
        x = r.random()
        repo = r.choice(GITEA_REPOS)
        if x < 0.25:
            emit(
                "...eb/routers/web/repo/view.go:1239:Home()",
                "E",
                f"GetBranchCommit: object does not exist [id: {hexid(r, 40)}, rel_path: ]",
                "GetBranchCommit: object does not exist [id: %s, rel_path: %s]",
                lo=1,
                hi=300,
            )
        elif x < 0.45:
            emit(
                "...rvices/auth/signin.go:86:UserSignIn()",
                "W",
                f"Failed authentication attempt for {r.choice([*GITEA_USERS, 'admin', 'root'])} from {ip4(r)}:{r.randrange(1024, 65535)}: user does not exist [uid: 0, name: {r.choice(['admin', 'root', 'test'])}]",
                "Failed authentication attempt for %s from %s: %v",
                lo=1,
                hi=300,
            )
        elif x < 0.6:
            emit(
                "...ules/git/repo_base.go:58:OpenRepository()",
                "E",
                f'Repository "/var/lib/gitea/repositories/{repo}.git" does not exist',
                "Repository %s does not exist",
                lo=1,
                hi=300,
            )
        elif x < 0.75:
            emit(
                "...services/mirror/mirror_pull.go:249:runSync()",
                "E",
                f"SyncMirrors [repo: {r.randrange(1, 300)}:{repo}]: failed to update mirror repository:",
                "SyncMirrors [repo: %-v]: failed to update mirror repository:",
                lo=1,
                hi=300,
            )
            log.add("Stdout: ", None)
            log.add(
                f"Stderr: fatal: unable to access 'https://github.com/{repo}.git/': Could not resolve host: github.com",
                None,
            )
            log.add("Err: exit status 128", None)
        elif x < 0.9:
            emit(
                "...dules/queue/workergroup.go:126:func1()",
                "W",
                f'Queue "{r.choice(["notification-service", "pr_patch_checker", "code_indexer"])}" is busy, pushing is blocked for {r.randrange(1, 30)}s',
                "Queue %q is busy, pushing is blocked for %v",
                lo=1,
                hi=300,
            )
        else:
            emit(
                "...ers/web/repo/githttp.go:492:serviceRPC()",
                "E",
                f"Fail to serve RPC(upload-pack) in /var/lib/gitea/repositories/{repo}.git: exit status 128 - fatal: the remote end hung up unexpectedly",
                "Fail to serve RPC(%s) in %s: %v - %s",
                lo=1,
                hi=300,
            )

    def cron() -> None:
        name = r.choice(
            [
                "update_mirrors",
                "repo_health_check",
                "archive_cleanup",
                "delete_old_actions",
                "update_checker",
            ]
        )
        emit(
            "...dules/cron/tasks/tasks.go:103:RunWithUser()",
            "I",
            f"Starting Cron Task: {name}",
            "Starting Cron Task: %s",
            lo=30,
            hi=900,
        )
        emit(
            "...dules/cron/tasks/tasks.go:126:RunWithUser()",
            "I",
            f"Finished Cron Task: {name}",
            "Finished Cron Task: %s",
            lo=0.1,
            hi=20,
        )

    start()
    for step in range(330):
        if step == 220:
            emit(
                "...eful/manager_unix.go:157:handleSignals()",
                "W",
                f"PID {r.randrange(900, 40000)}. Received SIGTERM. Shutting down...",
                "PID %d. Received SIGTERM. Shutting down...",
                lo=60,
                hi=300,
            )
            emit(
                "cmd/web.go:325:listen()",
                "I",
                "HTTP Listener: 0.0.0.0:3000 Closed",
                "HTTP Listener: %s Closed",
            )
            emit(
                "...eful/manager_unix.go:222:doTerminate()",
                "I",
                "PID: 1234 Gitea Web Finished".replace("1234", str(r.randrange(900, 40000))),
                "PID: %d Gitea Web Finished",
            )
            start()
        x = r.random()
        if x < 0.65:
            request()
        elif x < 0.88:
            error()
        else:
            cron()
    return [log]


# --------------------------------------------------------------------------------- memcached

MC_KEYS = [
    "user:{}",
    "session:{}",
    "sess_{}",
    "page:/blog/{}",
    "cfg:featureflags",
    "rate:{}:min",
    "wp_options:alloptions",
]


def memcached(r: random.Random) -> list[Log]:
    """memcached 1.6 run with `-vv` under systemd, stderr redirected to a file (no stamp: the
    connection's socket number glued to `<` for what it read and `>` for what it wrote). The
    slab class table at start, connections opening and closing, `get`/`set`/`delete` and their
    replies, a failed write and an out-of-memory reply. A command's echo is `<%d %s` (memcached
    prints the command line it read as one value); replies are literal at their call sites
    (`out_string(c, "STORED")`), so each reply is its own template."""
    log = Log("memcached.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def add(msg: str, label: str) -> None:
        log.add(msg, label)

    def start() -> None:
        size = 96
        for cls in range(1, 40):
            perslab = 1048576 // size
            add(
                f"slab class {cls:3d}: chunk size {size:9d} perslab {perslab:7d}",
                "slab class %3d: chunk size %9u perslab %7u",
            )
            size = int(size * 1.25 + 7) // 8 * 8
            if size > 524288:
                break
        add(f"<{r.choice([26, 27])} server listening (auto-negotiate)", "<%d server listening (%s)")
        add(f"<{r.choice([28, 29])} server listening (udp)", "<%d server listening (%s)")

    open_fds: list[int] = []

    def key() -> str:
        return r.choice(MC_KEYS).format(r.randrange(1, 99999))

    def conn() -> None:
        fd = r.choice([f for f in range(30, 90) if f not in open_fds])
        open_fds.append(fd)
        add(
            f"<{fd} new auto-negotiating client connection",
            "<%d new auto-negotiating client connection",
        )
        add(f"{fd}: Client using the ascii protocol", "%d: Client using the %s protocol")

    def command() -> None:
        fd = r.choice(open_fds)
        x = r.random()
        k = key()
        if x < 0.5:
            add(f"<{fd} get {k}", "<%d %s")
            if r.random() < 0.6:
                add(f">{fd} sending key {k}", ">%d sending key %s")
            add(f">{fd} END", ">%d END")
        elif x < 0.8:
            add(
                f"<{fd} set {k} 0 {r.choice([0, 300, 3600, 86400])} {r.randrange(5, 20000)}",
                "<%d %s",
            )
            if r.random() < 0.05:
                add(
                    f">{fd} SERVER_ERROR out of memory storing object",
                    ">%d SERVER_ERROR out of memory storing object",
                )
            else:
                add(f">{fd} STORED", ">%d STORED")
        elif x < 0.9:
            add(f"<{fd} delete {k}", "<%d %s")
            reply = r.choice(["DELETED", "NOT_FOUND"])
            add(f">{fd} {reply}", f">%d {reply}")
        else:
            add(f"<{fd} incr {k} 1", "<%d %s")
            if r.random() < 0.5:
                add(f">{fd} {r.randrange(1, 500)}", ">%d %s")
            else:
                add(f">{fd} NOT_FOUND", ">%d NOT_FOUND")

    def close() -> None:
        fd = r.choice(open_fds)
        open_fds.remove(fd)
        if r.random() < 0.1:
            add(
                "Failed to write, and not due to blocking: Broken pipe",
                "Failed to write, and not due to blocking: %s",
            )
        add(f"<{fd} connection closed.", "<%d connection closed.")

    start()
    for _ in range(3):
        conn()
    for _ in range(200):
        x = r.random()
        if x < 0.12 and len(open_fds) < 20:
            conn()
        elif x < 0.2 and len(open_fds) > 2:
            close()
        else:
            command()
    return [log]


# --------------------------------------------------------------------------------- Ansible

ANS_HOSTS = ["web1.prod", "web2.prod", "db1.prod", "lb1.prod", "cache1.prod"]
ANS_TASKS = [
    ("common : Install base packages", "ansible.builtin.apt"),
    ("common : Ensure NTP is running", "ansible.builtin.service"),
    ("common : Deploy sshd_config", "ansible.builtin.template"),
    ("nginx : Install nginx", "ansible.builtin.apt"),
    ("nginx : Deploy site config", "ansible.builtin.template"),
    ("postgres : Create databases", "community.postgresql.postgresql_db"),
    ("app : Pull release", "ansible.builtin.git"),
    ("app : Run migrations", "ansible.builtin.command"),
    ("Gathering Facts", "gather_facts"),
]


def stars(title: str) -> str:
    return "*" * max(3, 79 - len(title))


def ansible(r: random.Random) -> list[Log]:
    """ansible-playbook runs with `log_path = /var/log/ansible.log` (`2024-06-11 06:00:02,118
    p=1234 u=deploy n=ansible | msg`: the process id, the user and the logger before a pipe).
    Plays and tasks banners padded with stars to 80 columns, per-host results (`ok`, `changed`,
    `skipping`, `fatal ... FAILED!`, `UNREACHABLE!`, per-item results), handlers, warnings,
    deprecation notices and the recap."""
    log = Log("ansible.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    state = {"pid": 0}

    def emit(msg: str, label: str, lo=0.0, hi=0.5) -> None:
        log.tick(r, lo, hi)
        ms = log.t.microsecond // 1000
        log.add(
            f"{log.t:%Y-%m-%d %H:%M:%S},{ms:03d} p={state['pid']} u=deploy n=ansible | {msg}", label
        )

    def result(host: str, failed_ok: bool) -> str:
        x = r.random()
        if x < 0.5:
            emit(f"ok: [{host}]", "ok: [%s]")
            return "ok"
        if x < 0.75:
            emit(f"changed: [{host}]", "changed: [%s]")
            return "changed"
        if x < 0.85:
            emit(f"skipping: [{host}]", "skipping: [%s]")
            return "skipped"
        if x < 0.9 and failed_ok:
            emit(
                f'fatal: [{host}]: UNREACHABLE! => {{"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host {host} port 22: Connection timed out", "unreachable": true}}',
                'fatal: [%s]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host %s port %d: Connection timed out", "unreachable": true}',
            )
            return "unreachable"
        if failed_ok:
            which = r.random()
            if which < 0.5:
                emit(
                    f'fatal: [{host}]: FAILED! => {{"changed": false, "msg": "No package matching \'{r.choice(["nginx-extras", "libpq5=15.6", "chrony"])}\' is available"}}',
                    'fatal: [%s]: FAILED! => {"changed": false, "msg": "No package matching \'%s\' is available"}',
                )
            else:
                emit(
                    f'fatal: [{host}]: FAILED! => {{"changed": true, "cmd": ["./manage.py", "migrate"], "delta": "0:00:0{r.randrange(1, 9)}.{r.randrange(10**6):06d}", "msg": "non-zero return code", "rc": {r.choice([1, 2])}}}',
                    'fatal: [%s]: FAILED! => {"changed": true, "cmd": %s, "delta": %s, "msg": "non-zero return code", "rc": %d}',
                )
            return "failed"
        emit(f"ok: [{host}]", "ok: [%s]")
        return "ok"

    def run() -> None:
        state["pid"] = r.randrange(2000, 90000)
        hosts = r.sample(ANS_HOSTS, r.randrange(2, 6))
        if r.random() < 0.3:
            emit(
                "[WARNING]: Invalid characters were found in group names but not replaced, use -vvvv to see details",
                "[WARNING]: Invalid characters were found in group names but not replaced, use -vvvv to see details",
                lo=600,
                hi=7200,
            )
        title = f"PLAY [{r.choice(['site', 'webservers', 'databases', 'deploy app'])}] "
        emit(title + stars(title), "PLAY [%s] %s", lo=1, hi=600)
        counts = {
            h: {"ok": 0, "changed": 0, "unreachable": 0, "failed": 0, "skipped": 0} for h in hosts
        }
        alive = list(hosts)
        for name, module in [ANS_TASKS[-1], *r.sample(ANS_TASKS[:-1], r.randrange(3, 7))]:
            title = f"TASK [{name}] "
            emit(title + stars(title), "TASK [%s] %s", lo=0.5, hi=60)
            if r.random() < 0.1:
                emit(
                    f"[DEPRECATION WARNING]: {module} is kept for backwards compatibility but usage is discouraged. This feature will be removed in version 2.19.",
                    "[DEPRECATION WARNING]: %s is kept for backwards compatibility but usage is discouraged. This feature will be removed in version %s.",
                )
            for h in list(alive):
                if (
                    module == "ansible.builtin.apt"
                    and name.endswith("packages")
                    and r.random() < 0.5
                ):
                    for pkg in r.sample(["vim", "htop", "curl", "rsync", "chrony"], 3):
                        c = r.choice(["ok", "changed"])
                        emit(f"{c}: [{h}] => (item={pkg})", f"{c}: [%s] => (item=%s)")
                    counts[h]["ok"] += 1
                    continue
                out = result(h, name != "Gathering Facts" or r.random() < 0.3)
                counts[h][out] += 1
                if out in ("failed", "unreachable"):
                    alive.remove(h)
            if "Deploy" in name and any(c["changed"] for c in counts.values()):
                title = "RUNNING HANDLER [nginx : reload nginx] "
                emit(title + stars(title), "RUNNING HANDLER [%s] %s", lo=0.5, hi=10)
                for h in alive:
                    emit(f"changed: [{h}]", "changed: [%s]")
                    counts[h]["changed"] += 1
            if not alive:
                emit(
                    "NO MORE HOSTS LEFT *************************************************************",
                    "NO MORE HOSTS LEFT %s",
                )
                break
        emit("PLAY RECAP " + "*" * 69, "PLAY RECAP %s")
        for h in hosts:
            c = counts[h]
            emit(
                f"{h:<26} : ok={c['ok']:<4} changed={c['changed']:<4} unreachable={c['unreachable']:<4} failed={c['failed']:<4} skipped={c['skipped']:<4} rescued=0    ignored=0   ",
                "%s : %s %s %s %s %s %s %s",
            )

    for _ in range(9):
        run()
    return [log]


# --------------------------------------------------------------------------------- Proxmox

PVE_TASKS = [
    "qmstart",
    "qmshutdown",
    "vzdump",
    "qmigrate",
    "vncproxy",
    "qmsnapshot",
    "vzstart",
    "aptupdate",
]
PVE_USERS = ["root@pam", "anna@pve", "backup@pve", "marco@pam"]


def proxmox(r: random.Random) -> list[Log]:
    """Proxmox VE 8.2 on two nodes, syslog (`/var/log/syslog`): pvedaemon's and pveproxy's task
    and authentication lines (`<root@pam> starting task UPID:pve1:0003A1B2:01F2C3D4:6667E8A2:
    qmstart:101:root@pam:` and its `end task ... OK`), pveproxy's worker turnover, pvestatd's
    slow status updates and unreachable storage, pmxcfs's cluster file system notices and
    corosync-triggered membership messages, pve-ha-lrm and pvescheduler."""
    logs = []
    for node in ("pve1", "pve2"):
        log = Log(f"{node}-syslog", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        pids = {
            d: r.randrange(900, 4000)
            for d in ("pvedaemon", "pveproxy", "pvestatd", "pmxcfs", "pvescheduler", "pve-ha-lrm")
        }
        workers = {
            "pvedaemon": [r.randrange(4000, 90000) for _ in range(3)],
            "pveproxy": [r.randrange(4000, 90000) for _ in range(3)],
        }

        def emit(daemon: str, msg: str, label: str, lo=0.0, hi=0.5, worker: bool = False) -> None:
            log.tick(r, lo, hi)
            pid = r.choice(workers[daemon]) if worker else pids[daemon]
            log.add(f"{syslog_ts(log.t)} {node} {daemon}[{pid}]: {msg}", label)

        def upid(kind: str, vmid: str, user: str) -> str:
            start = int(log.t.timestamp())
            return f"UPID:{node}:{r.randrange(4000, 2**20):08X}:{r.randrange(2**24, 2**28):08X}:{start:08X}:{kind}:{vmid}:{user}:"

        def task() -> None:
            kind = r.choice(PVE_TASKS)
            user = r.choice(PVE_USERS)
            vmid = "" if kind == "aptupdate" else str(r.choice([100, 101, 102, 105, 110, 201, 202]))
            daemon = "pvescheduler" if kind == "vzdump" and r.random() < 0.5 else "pvedaemon"
            u = upid(kind, vmid, user)
            if daemon == "pvescheduler":
                emit(daemon, f"<{user}> starting task {u}", "<%s> starting task %s", lo=5, hi=900)
            else:
                emit(
                    daemon,
                    f"<{user}> starting task {u}",
                    "<%s> starting task %s",
                    lo=5,
                    hi=900,
                    worker=True,
                )
            if kind == "qmstart" and r.random() < 0.2:
                emit(
                    daemon,
                    f"start VM {vmid}: UPID:{u[5:]}",
                    "start VM %s: %s",
                    worker=daemon != "pvescheduler",
                )
                emit(
                    daemon,
                    f"VM {vmid} qmp command failed - VM {vmid} qmp command 'query-proxmox-support' failed - unable to connect to VM {vmid} qmp socket - timeout after 51 retries",
                    "VM %s qmp command failed - VM %s qmp command '%s' failed - unable to connect to VM %s qmp socket - timeout after %d retries",
                    worker=daemon != "pvescheduler",
                    lo=5,
                    hi=60,
                )
            if r.random() < 0.85:
                emit(
                    daemon,
                    f"<{user}> end task {u} OK",
                    "<%s> end task %s %s",
                    lo=1,
                    hi=300,
                    worker=daemon != "pvescheduler",
                )
            else:
                err = r.choice(
                    [
                        (f"VM {vmid} already running", "VM %s already running"),
                        (
                            f"can't lock file '/var/lock/qemu-server/lock-{vmid}.conf' - got timeout",
                            "can't lock file '%s' - got timeout",
                        ),
                        ("job errors", "job errors"),
                    ]
                )
                emit(
                    daemon,
                    f"<{user}> end task {u} {err[0]}",
                    f"<%s> end task %s {err[1]}",
                    lo=1,
                    hi=300,
                    worker=daemon != "pvescheduler",
                )

        def auth() -> None:
            user = r.choice(PVE_USERS)
            if r.random() < 0.75:
                emit(
                    "pvedaemon",
                    f"<{user}> successful auth for user '{user}'",
                    "<%s> successful auth for user '%s'",
                    lo=5,
                    hi=900,
                    worker=True,
                )
            else:
                emit(
                    "pvedaemon",
                    f"authentication failure; rhost=::ffff:{ip4(r)} user={r.choice([*PVE_USERS, 'admin@pam'])} msg=Authentication failure",
                    "authentication failure; rhost=%s user=%s msg=%s",
                    lo=5,
                    hi=900,
                    worker=True,
                )

        def proxy() -> None:
            old = r.choice(workers["pveproxy"])
            new = r.randrange(4000, 90000)
            emit("pveproxy", f"worker {old} finished", "worker %d finished", lo=60, hi=3600)
            emit("pveproxy", "starting 1 worker(s)", "starting %d worker(s)")
            emit("pveproxy", f"worker {new} started", "worker %d started")
            workers["pveproxy"].remove(old)
            workers["pveproxy"].append(new)

        def stat() -> None:
            x = r.random()
            if x < 0.5:
                emit(
                    "pvestatd",
                    f"status update time ({r.uniform(5, 40):.3f} seconds)",
                    "status update time (%.3f seconds)",
                    lo=10,
                    hi=900,
                )
            elif x < 0.8:
                store = r.choice(["nas-backup", "pbs1", "cephfs"])
                emit(
                    "pvestatd",
                    f"storage '{store}' is not online",
                    "storage '%s' is not online",
                    lo=10,
                    hi=900,
                )
            else:
                emit(
                    "pvestatd",
                    f"VM {r.choice([100, 101, 102])} qmp command failed - VM {r.choice([100, 101])} qmp command 'query-proxmox-support' failed - got timeout",
                    "VM %s qmp command failed - VM %s qmp command '%s' failed - got timeout",
                    lo=10,
                    hi=900,
                )

        def cluster() -> None:
            x = r.random()
            if x < 0.4:
                emit(
                    "pmxcfs",
                    "[dcdb] notice: data verification successful",
                    "[dcdb] notice: data verification successful",
                    lo=60,
                    hi=3600,
                )
            elif x < 0.6:
                emit(
                    "pmxcfs",
                    "[status] notice: received log",
                    "[status] notice: received log",
                    lo=10,
                    hi=900,
                )
            elif x < 0.8:
                other = "pve2" if node == "pve1" else "pve1"
                emit(
                    "pmxcfs",
                    "[status] notice: node lost quorum",
                    "[status] notice: node lost quorum",
                    lo=60,
                    hi=3600,
                )
                emit(
                    "pmxcfs",
                    f"[dcdb] notice: members: {1 if node == 'pve1' else 2}/{pids['pmxcfs']}",
                    "[dcdb] notice: members: %s",
                    lo=1,
                    hi=30,
                )
                emit(
                    "pmxcfs",
                    "[status] notice: node has quorum",
                    "[status] notice: node has quorum",
                    lo=1,
                    hi=30,
                )
                del other
            else:
                emit(
                    "pve-ha-lrm",
                    f"successfully acquired lock 'ha_agent_{node}_lock'",
                    "successfully acquired lock '%s'",
                    lo=60,
                    hi=3600,
                )
                emit(
                    "pve-ha-lrm",
                    "status change wait_for_agent_lock => active",
                    "status change %s => %s",
                )

        emit("pvedaemon", "starting server", "starting server", lo=1, hi=3)
        emit("pvedaemon", "starting 3 worker(s)", "starting %d worker(s)")
        for w in workers["pvedaemon"]:
            emit("pvedaemon", f"worker {w} started", "worker %d started")
        emit("pveproxy", "starting server", "starting server")
        for _step in range(180):
            x = r.random()
            if x < 0.35:
                task()
            elif x < 0.55:
                auth()
            elif x < 0.65:
                proxy()
            elif x < 0.82:
                stat()
            else:
                cluster()
        logs.append(log)
    return logs


SYSTEMS = {
    "jellyfin": jellyfin,
    "gitea": gitea,
    "memcached": memcached,
    "ansible": ansible,
    "proxmox": proxmox,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
