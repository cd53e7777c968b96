#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 167 (kavita, komga, owncast, gonic, ampache) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five self-hosted media servers, 06:00 to 12:00 on
2024-06-07 (UTC), each with its own logging layout.

- Kavita 0.8 (`kavita20240607.log`: the daily file of its Serilog sink, Information level, in
  docker; `[Kavita] [{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {CorrelationId} {ThreadId}]
  [{Level}] {SourceContext} {Message:lj}{NewLine}{Exception}`, the correlation id empty: `[Kavita]
  [2024-06-07 06:07:36.737 +00:00  12] [Information] Serilog.AspNetCore.RequestLoggingMiddleware
  HTTP GET /api/... responded 200 in 12.3456 ms`): four readers in the web reader (each page's
  `HTTP %s %s responded %s in %s ms` for `/api/reader/image?chapterId=...&apiKey=
  ******REDACTED******&page=...` and `POST /api/reader/progress`), a Mihon client syncing every
  30 minutes; the folder watcher scheduling a series scan as a downloader drops chapters (`Scan
  folder invoked for %s, ...`, `Beginning file scan on %s`, `ScanFiles for %s took %s
  milliseconds`, ProcessSeries' `Processing series %s with %s files` and `Finished series update
  on %s in %s ms`); the NAS share lost 08:30-08:52 (the watcher's buffer overflow, every reader's
  page failing: the request log's `responded 500` at Error and ExceptionMiddleware's `There was
  an exception`, each with the DirectoryNotFoundException and its stack; two manual scans refused
  at Fatal, `Some of the root folders for library (%s are not accessible. ...`); a forced scan of
  Comics at 10:00 (a corrupt cbz's `[GetNumberOfPagesFromArchive] There was an exception when
  reading archive stream: %s. Defaulting to 0 pages` with InvalidDataException, a reader's
  progress save hitting `database is locked`: EF Core's `An exception occurred in the database
  while saving changes for context type '%s'.%s%s`, whose message carries the exception, then
  the 500 and ExceptionMiddleware), two scans of Light Novels with no changes, and the upgrade
  restart at 11:15 (`Running Migrations`, `Starting with base url as %s`, `Scheduling
  reoccurring tasks`, the watcher's start, `Kavita - v%s`).
- Komga 1.11 (`komga.log`: Spring Boot's file layout `%d %5p ${PID} --- [%t] %-40.40logger{39} :
  %m%n%wEx`): the task processor's `Executing task: %s` and `Task %s executed in %s` (the task's
  toString: AnalyzeBook, GenerateBookThumbnail, RefreshBookMetadata with its capabilities,
  HashBook, RefreshSeriesMetadata, AggregateSeriesMetadata, ScanLibrary, the Find... tasks; Kotlin
  durations), the hourly scan of Comics and the 6-hourly one of Manga (`Updating library: %s`
  with the Library's toString, FileSystemScanner's four option lines and `Scanned %s series, %s
  books, and %s sidecars in %s`, `Series changed on disk, updating: %s`, `Deleting books not on
  disk anymore: []`, `Adding new books: [Book(...), ...]`), a 42-volume series and the week's
  issues arriving, BookAnalyzer's `Trying to analyze book: %s` and `Detected media type: %s`; the
  NFS share lost 09:20-09:48 (`Task %s execution failed` with DirectoryNotFoundException's stack,
  `Error while analyzing book: %s` with NoSuchFileException's), the Manga library re-analysed at
  10:30, OPDS readers on flaky wifi (`Resolved [...AsyncRequestNotUsableException:
  ServletOutputStream failed to write: java.io.IOException: Broken pipe]` and the flush/reset
  one), and the upgrade restart at 11:20 (graceful shutdown, Spring Boot, Flyway, Tomcat).
- Owncast 0.1.3 (`owncast.log`: data/logs/owncast.log, logrus' text formatter through lfshook,
  `time="2024-06-07T06:02:13Z" level=info msg="Inbound stream connected from ..."`): five
  broadcasts from OBS (`Inbound stream connected from %s`, `Processing video using codec %s with
  %d output qualities configured.`, `Inbound stream disconnected.`), ffmpeg's stderr relayed as
  errors (`Past duration %f too large` at a mismatched frame rate, `[hls @ 0x...] Non-monotonous
  DTS ...` after a bad OBS profile at 08:45, `[aac @ 0x...] Queue input is backward in time`), the
  Discord bridge's webhook down 07:00-07:40 (`Event: %s failed to send to webhook: %s Error: Post
  %q: dial tcp %s: connect: connection refused` for CHAT, USER_JOINED, NAME_CHANGE events) and its
  DNS gone 11:45-11:50 (`... dial tcp: lookup %s on %s: no such host`), a guest with an old
  stream key (`invalid streaming key; rejecting incoming stream from %s`), Wasabi slow 09:30-10:15
  (`Possible slow uploads: average upload S3 save duration %v s. ...` per segment of the
  1080p variant) then unreachable 10:15-10:21 (`giving up uploading %s to object storage %s`,
  the cleanup's `Unable to delete objects from bucket %q, RequestError: send request
  failed\\ncaused by: ...\\n` with the escapes logrus writes), ffmpeg dying (`transcoding error.
  look at %s to help debug. ...`), a second broadcaster while live (`stream already running; can
  not overtake an existing stream from %s`), a raid beyond the chat's connection limit
  (`rejecting incoming client connection as it exceeds the max client count of %d`), and the
  upgrade restart at 11:30 (`Owncast v%s-%s (%s)`, `Web server is listening on IP %s port %d.`,
  `The web admin interface is available at /admin.`).
- gonic 0.16 (`gonic.log`: `docker logs` of the container, Go's log package, `2024/06/07
  06:02:14 ...`): the watchtower update at 06:02 (`stopped job %q` per job, then `shutdown
  complete` printed without a timestamp, `starting gonic v%s`, `provided config` and one `    %-25s
  %s` line per flag, `starting job %q`), the scan at start and every two hours (`starting scan`,
  `processing folder %q` per folder, `excluding folder %q` for Synology's @eaDir, `finished clean
  tracks|albums|artists|genres in %s, %d removed`, `finished scan in %s, +%d/%d tracks (%d err)`),
  eight albums copied in before the 10:02 scan with two unreadable files (`error scanning:` and
  the errors.Join of both, one per line), the new artists looked up every 8 seconds (`cached
  artist info for %q`, and `error in artist info cache: ...` while Last.fm's DNS fails at
  10:05-10:06), and five Subsonic clients and the admin UI through the request log (`response
  [%.3fs] %s %s %v` with an ANSI-coloured status block: ping, getAlbumList2, getAlbum,
  getCoverArt, stream, scrobble, Feishin's savePlayQueue every 30 seconds, Symfonium's library
  sync at 06:19 and 10:11), DSub's `error writing subsonic response (normal handler): write tcp
  %s->%s: write: broken pipe`.
- Ampache 6.4 (`ampache.20240607.log`: its own log under log_path, debug_level 5,
  `2024-06-07T06:00:36+00:00 [alice] (play/index) -> stream file (/media/...}...`): every PHP
  request's `Database connection...`, the web player's play/index lines per track (`Asked for
  type {%s}`, `%s file (%s}...` with the code's unbalanced brace, `Media type {%s}`, `Registering
  stream @%s for %s: %s {%s}`, `Stream ended at %s (%s) bytes out of %s`; seeks' `Content-Range
  header received, skipping %s bytes out of %s` and `Content-Range doesn't start from 0, ...`),
  a phone transcoded to mp3 (`Transcode to {%s}`, `Transcoding due to explicit request for %s`,
  the Stream class's `Command: %s Arguments:%s`, `Configured bitrate is %s`, `Final transcode
  bitrate is %s`, `Transcode command: %s`, `Transcode command prefix: %s`, `Process is not
  running, kill skipped.` / `WARNING Stream is probably being killed early! pid:%s` on a skip),
  an old phone app with a stale password every minute until 10:12 (`Invalid authentication
  attempt to Subsonic API for user [%s]`), the 07:00 catalog update (`Verify starting on %s`,
  `found %s %s files to update. (last_update: %s)`, `catalog %s starting verify %s on chunk
  %s/%s` twice, `Verify finished, %s updated in %s`, `Reading %s inside %s`, `Memory usage: %s`,
  `Imported song file: %s` per new file, `Skipped song file: %s` for two, `gather_art after
  adding`), and MariaDB restarted at 09:40 (`Connection failed: SQLSTATE[HY000] [2002]
  Connection refused` for 80 seconds).

Label notes. The heads are context: Kavita's `[Kavita] [time tz correlation thread] [Level]
SourceContext`, Spring Boot's time, level, pid, thread and logger, logrus' time and level, Go's
date and time, Ampache's time, `[user]` and `(event) -> ` (the event name is the call site's
literal or its class, the user is the request's). Serilog's named holes and Kotlin's string
templates are `%s`; PHP's concatenations put `%s` where a variable is joined; Go keeps its
verbs. A value that is a message contributes its format: Go errors inside Owncast's and gonic's
messages (`Post %q: dial tcp %s: connect: connection refused`, the AWS SDK's `RequestError: send
request failed\\ncaused by: ...`, `invalid file: could not read tags`), ffmpeg's stderr lines that
Owncast logs verbatim (ffmpeg's `[hls @ 0x...] ` is its own logger's context, not the
template), Spring's resolved exception (`Resolved [...]`, whose class and message are the
code's literal). An object's toString is one value (Komga's task, Library, Series and Book
reprs, a Kotlin list of Books). Enum names and event types (Owncast's CHAT, USER_JOINED), paths,
series, artist and track names, users, ids and addresses are values. Lines that continue an
event have no row: Serilog's and logback's exceptions under their line, EF Core's message
continuing with the exception, gonic's joined scan errors. gonic's `shutdown complete` is
fmt.Println's and has no timestamp; it is labelled as the line it is.

Least sure (written from the helper's knowledge; Kavita's output template, request-log filter,
scanner, watcher, archive and middleware messages, Komga's TaskHandler, Task toStrings,
FileSystemScanner, LibraryContentLifecycle and BookAnalyzer messages, Owncast's logging setup,
RTMP, transcoder, S3, webhook and chat messages, gonic's main, request log, scanner and artist
cache messages, and Ampache's LegacyLogger layout, play/index, rest/index, Stream, Dba and local
catalog messages were checked against copies of their sources, not always at the exact release):
Kavita's thread ids, the stack frames and whether a release build prints them with file names,
EF Core's doubled exception text; Komga's Library/Series/Book toString field lists, the thread
names, the Spring Boot 3.2 file layout (`[%t]` without the application name), its start-up
lines; Owncast's ffmpeg lines (whether ffmpeg 6 still prints `Past duration %f too large`), the
S3 error texts; gonic's flag list for 0.16 (no transcode-cache flags), the taglib and Last.fm
error texts, the clients' query parameters; Ampache's `Memory usage` format, whether
`Database connection...` is logged as `[ampache]` on every request and the Subsonic clients'
behaviour.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round175 import route_of


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def pick(r: random.Random, items: list, weights: list[float]):  # type: ignore[type-arg]
    return r.choices(items, weights=weights, k=1)[0]


# ----------------------------------------------------------------------------------- kavita

KV_FILE = "kavita20240607.log"
KV_LIBS = [("Manga", "/manga"), ("Comics", "/comics"), ("Light Novels", "/books")]
KV_SERIES = [
    # name, library root, folder, files, first chapter id, chapters
    ("One Piece", "/manga", "One Piece", 1108, 48211, 1108),
    ("Berserk", "/manga", "Berserk", 41, 3120, 41),
    ("Chainsaw Man", "/manga", "Chainsaw Man", 168, 51877, 168),
    ("Frieren - Beyond Journey's End", "/manga", "Sousou no Frieren", 13, 60112, 13),
    ("Dungeon Meshi", "/manga", "Dungeon Meshi", 97, 40318, 97),
    ("Vinland Saga", "/manga", "Vinland Saga", 14, 22710, 14),
    ("Kaiju No. 8", "/manga", "Kaiju No. 8", 109, 57720, 109),
    ("Dandadan", "/manga", "Dandadan", 152, 58903, 152),
    ("Saga", "/comics", "Saga (2012)", 68, 15502, 68),
    ("Monstress", "/comics", "Monstress (2015)", 50, 17011, 50),
    (
        "Something is Killing the Children",
        "/comics",
        "Something is Killing the Children (2019)",
        38,
        29004,
        38,
    ),
    ("The Apothecary Diaries", "/books", "The Apothecary Diaries", 12, 61050, 12),
]
KV_READERS = [
    # user, client address kind, series indexes they read
    ("alice", [0, 2, 7]),
    ("kenji", [1, 4, 5]),
    ("mara", [8, 9, 10]),
    ("tomas", [3, 6, 11]),
]
KV_STACK_IMAGE = [
    "   at Interop.ThrowExceptionForIoErrno(ErrorInfo errorInfo, String path, Boolean isDirError)",
    "   at Microsoft.Win32.SafeHandles.SafeFileHandle.Open(String fullPath, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize, UnixFileMode openPermissions, Int64& fileLength, UnixFileMode& filePermissions, Boolean failForSymlink, Boolean& wasSymlink, Func`4 createOpenException)",
    "   at System.IO.Strategies.OSFileStreamStrategy..ctor(String path, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize, Nullable`1 unixCreateMode)",
    "   at System.IO.Compression.ZipFile.Open(String archiveFileName, ZipArchiveMode mode, Encoding entryNameEncoding)",
    "   at API.Services.ArchiveService.ExtractArchive(String archivePath, String extractPath)",
    "   at API.Services.CacheService.ExtractChapterFiles(String extractPath, IReadOnlyList`1 files, Boolean extractPdfImages)",
    "   at API.Services.CacheService.Ensure(Int32 chapterId, Boolean extractPdfToImages)",
    "   at API.Controllers.ReaderController.GetImage(Int32 chapterId, Int32 page, String apiKey, Boolean extractPdf)",
    "   at lambda_method412(Closure, Object)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync>g__Awaited|10_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow(ActionExecutedContextSealed context)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Awaited|17_0(ResourceInvoker invoker, Task task, IDisposable scope)",
    "   at Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)",
    "   at Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "   at Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)",
]
KV_STACK_ZIP = [
    "   at System.IO.Compression.ZipArchive.ReadEndOfCentralDirectory()",
    "   at System.IO.Compression.ZipArchive..ctor(Stream stream, ZipArchiveMode mode, Boolean leaveOpen, Encoding entryNameEncoding)",
    "   at System.IO.Compression.ZipFile.Open(String archiveFileName, ZipArchiveMode mode, Encoding entryNameEncoding)",
    "   at API.Services.ArchiveService.GetNumberOfPagesFromArchive(String archivePath)",
]
KV_STACK_DB = [
    " ---> Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 5: 'database is locked'.",
    "   at Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(Int32 rc, sqlite3 db)",
    "   at Microsoft.Data.Sqlite.SqliteDataReader.NextResult()",
    "   at Microsoft.Data.Sqlite.SqliteCommand.ExecuteReader(CommandBehavior behavior)",
    "   at Microsoft.Data.Sqlite.SqliteCommand.ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
]
KV_STACK_DB_TAIL = [
    "   at API.Data.UnitOfWork.CommitAsync()",
    "   at API.Services.ReaderService.SaveReadingProgress(ProgressDto progressDto, Int32 userId)",
    "   at API.Controllers.ReaderController.SaveProgress(ProgressDto progressDto)",
    "   at lambda_method388(Closure, Object)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "   at Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)",
    "   at Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)",
]


def kavita(r: random.Random) -> list[Log]:
    """Kavita 0.8 in docker, Information level (request logging on), one daily file: three
    readers in the web reader and a Mihon client, the folder watcher scanning series as a
    downloader drops chapters, the NAS share (CIFS) lost 08:30-08:52, a full scan of Comics at
    10:00 (a corrupt cbz, a locked database under it), the upgrade restart at 11:15."""
    fs = Files()
    apikey = "******REDACTED******"

    def K(
        t: datetime,
        thread: int,
        level: str,
        source: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            KV_FILE,
            t,
            label,
            lambda x: [
                f"[Kavita] [{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} +00:00  {thread}] [{level}] {source} {msg}",
                *(more or []),
            ],
            "kavita",
            1000,
        )

    def tid() -> int:
        return r.choice([4, 7, 9, 11, 12, 14, 17, 19, 23, 26, 28, 31, 33, 38, 41, 44])

    RL = "Serilog.AspNetCore.RequestLoggingMiddleware"

    def req(
        t: datetime,
        method: str,
        path: str,
        status: int = 200,
        lo: float = 1.0,
        hi: float = 40.0,
        exc: list[str] | None = None,
    ) -> datetime:
        el = r.uniform(lo, hi)
        level = "Error" if status >= 500 else "Information"
        return K(
            t,
            tid(),
            level,
            RL,
            # Labelled by method, route and status, as the set's access records are (round 54's
            # rule: a number in the route and a query's values are variables).
            f"HTTP {method} {route_of(path)} responded {status} in %s ms",
            f"HTTP {method} {path} responded {status} in {el:.4f} ms",
            exc,
        )

    nas_down = (at(8, 30, 11), at(8, 52, 40))
    restart = at(11, 15, 4)
    up_again = restart + sec(21.7)

    def served(t: datetime) -> bool:
        return not (restart - sec(2) <= t < up_again + sec(3))

    # ----- readers
    for user, series_ix in KV_READERS:
        sessions = {
            "alice": [(at(6, 12), at(7, 41)), (at(10, 5), at(11, 50))],
            "kenji": [(at(6, 40), at(8, 55)), (at(9, 30), at(10, 20))],
            "mara": [(at(7, 20), at(9, 10)), (at(11, 25), at(11, 59))],
            "tomas": [(at(8, 5), at(9, 0)), (at(10, 50), at(11, 40))],
        }[user]
        for s0, s1 in sessions:
            t = s0 + sec(r.uniform(0, 30))
            t = req(t, "POST", "/api/account/refresh-token", 200, 8, 30)
            t = req(t + sec(0.4), "GET", "/api/account/refresh-account", 200, 2, 9)
            t = req(t + sec(0.2), "GET", "/api/server/server-info-slim", 200, 0.5, 3)
            t = req(
                t + sec(1.1),
                "POST",
                "/api/series/on-deck?PageNumber=1&PageSize=30&libraryId=0",
                200,
                20,
                140,
            )
            while t < s1:
                si = r.choice(series_ix)
                name, root, folder, nfiles, first_ch, nch = KV_SERIES[si]
                ch = first_ch + r.randrange(nch)
                sid = 100 + si * 7
                t = req(t + sec(r.uniform(3, 20)), "GET", f"/api/series/{sid}", 200, 3, 20)
                t = req(
                    t + sec(0.3),
                    "GET",
                    f"/api/series/volumes?seriesId={sid}",
                    200,
                    15,
                    120,
                )
                t = req(
                    t + sec(r.uniform(2, 9)),
                    "GET",
                    f"/api/reader/chapter-info?chapterId={ch}&includeDimensions=true",
                    200,
                    30,
                    900,
                )
                t = req(
                    t + sec(0.2),
                    "GET",
                    f"/api/reader/get-progress?chapterId={ch}",
                    200,
                    1,
                    6,
                )
                pages = r.randint(14, 48)
                for p in range(pages):
                    if t >= s1:
                        break
                    if not served(t):
                        t += sec(40)
                        continue
                    path = f"/api/reader/image?chapterId={ch}&apiKey={apikey}&page={p}"
                    if in_any(t, [nas_down]):
                        fpath = f"{root}/{folder}/{folder} Ch.{ch - first_ch + 1:04d}.cbz"
                        exc = [
                            f"System.IO.DirectoryNotFoundException: Could not find a part of the path '{fpath}'.",
                            *KV_STACK_IMAGE,
                        ]
                        t = req(t, "GET", path, 500, 2, 9, exc)
                        t = K(
                            t + sec(0.001),
                            tid(),
                            "Error",
                            "API.Middleware.ExceptionMiddleware",
                            "There was an exception",
                            "There was an exception",
                            exc,
                        )
                        t += sec(r.uniform(70, 200))
                        break
                    t = req(t, "GET", path, 200, 3, 60 if p else 1400)
                    t = req(
                        t + sec(r.uniform(0.05, 0.3)), "POST", "/api/reader/progress", 200, 4, 25
                    )
                    t += sec(r.uniform(16, 60))
                else:
                    t = req(
                        t + sec(1),
                        "GET",
                        f"/api/reader/next-chapter?seriesId={sid}&volumeId={sid * 11}&currentChapterId={ch}",
                        200,
                        5,
                        30,
                    )

    # ----- Mihon (Tachiyomi) checking for updates every 30 minutes
    for t in [at(6, 7, 12) + sec(1800 * i + r.uniform(0, 40)) for i in range(12)]:
        if not served(t):
            continue
        t = req(
            t,
            "POST",
            f"/api/Plugin/authenticate?apiKey={apikey}&pluginName=Tachiyomi-Kavita",
            200,
            40,
            160,
        )
        for si in [0, 2, 3, 6, 7]:
            sid = 100 + si * 7
            t = req(
                t + sec(r.uniform(0.3, 1.5)),
                "GET",
                f"/api/series/series-detail?seriesId={sid}",
                200,
                20,
                220,
            )

    # ----- downloader dropping chapters: the watcher schedules a series scan
    SC = "API.Services.Tasks.ScannerService"
    PS = "API.Services.Tasks.Scanner.ProcessSeries"
    drops = [
        (at(6, 21, 40), 0),
        (at(6, 58, 2), 2),
        (at(7, 33, 18), 7),
        (at(7, 51, 5), 6),
        (at(9, 4, 44), 0),
        (at(9, 47, 30), 3),
        (at(10, 41, 9), 7),
        (at(11, 38, 52), 2),
        (at(11, 52, 13), 6),
    ]
    for t, si in drops:
        name, root, folder, nfiles, _c, _n = KV_SERIES[si]
        t = K(
            t,
            tid(),
            "Information",
            SC,
            "[ScannerService] Scan folder invoked for %s, Series matched to folder and ScanSeries enqueued for 1 minute",
            f"[ScannerService] Scan folder invoked for {root}/{folder}, Series matched to folder and ScanSeries enqueued for 1 minute",
        )
        t += sec(60 + r.uniform(0.5, 3))
        th = tid()
        t = K(
            t, th, "Information", SC, "Beginning file scan on %s", f"Beginning file scan on {name}"
        )
        took = r.randint(120, 900) if nfiles < 500 else r.randint(1900, 3800)
        t = K(
            t + sec(took / 1000),
            th,
            "Information",
            SC,
            "ScanFiles for %s took %s milliseconds",
            f"ScanFiles for {name} took {took} milliseconds",
        )
        t = K(
            t + sec(0.01),
            th,
            "Information",
            PS,
            "[ScannerService] Processing series %s with %s files",
            f"[ScannerService] Processing series {name} with {nfiles + 1} files",
        )
        upd = r.randint(300, 2400)
        t = K(
            t + sec(upd / 1000),
            th,
            "Information",
            PS,
            "[ScannerService] Finished series update on %s in %s ms",
            f"[ScannerService] Finished series update on {name} in {upd} ms",
        )

    # ----- the NAS lost: the watcher's error, a manual scan refused
    K(
        at(8, 30, 12),
        5,
        "Error",
        "API.Services.Tasks.Scanner.LibraryWatcher",
        "[LibraryWatcher] An error occured, likely too many changes occured at once or the folder being watched was deleted. Restarting Watchers %s/%s",
        "[LibraryWatcher] An error occured, likely too many changes occured at once or the folder being watched was deleted. Restarting Watchers 0/3",
        [
            "System.IO.InternalBufferOverflowException: Too many changes at once in directory:/manga."
        ],
    )
    for t in [at(8, 41, 3), at(8, 47, 55)]:
        th = tid()
        t = req(t, "POST", "/api/library/scan?libraryId=1&force=false", 200, 2, 8)
        K(
            t + sec(0.6),
            th,
            "Fatal",
            SC,
            "[ScannerService] Some of the root folders for library (%s are not accessible. Please check that drives are connected and rescan. Scan will be aborted",
            "[ScannerService] Some of the root folders for library (Manga are not accessible. Please check that drives are connected and rescan. Scan will be aborted",
        )

    # ----- a full scan of Comics at 10:00
    t = req(at(10, 0, 31), "POST", "/api/library/scan?libraryId=2&force=true", 200, 2, 8)
    th = 27
    t = K(
        t + sec(0.7),
        th,
        "Information",
        SC,
        "[ScannerService] Beginning file scan on %s",
        "[ScannerService] Beginning file scan on Comics",
    )
    bad = "/comics/Monstress (2015)/Monstress 051 (2024) (digital) (Son of Ultron-Empire).cbz"
    t = K(
        t + sec(6.2),
        th,
        "Warning",
        "API.Services.ArchiveService",
        "[GetNumberOfPagesFromArchive] There was an exception when reading archive stream: %s. Defaulting to 0 pages",
        f"[GetNumberOfPagesFromArchive] There was an exception when reading archive stream: {bad}. Defaulting to 0 pages",
        [
            "System.IO.InvalidDataException: End of Central Directory record could not be found.",
            *KV_STACK_ZIP,
        ],
    )
    comics = [s for s in KV_SERIES if s[1] == "/comics"] + [
        ("Batman (2016)", "/comics", "Batman (2016)", 148, 0, 0),
        ("Nightwing (2016)", "/comics", "Nightwing (2016)", 118, 0, 0),
        ("Saga of the Swamp Thing", "/comics", "Saga of the Swamp Thing", 64, 0, 0),
        ("Hellboy", "/comics", "Hellboy", 71, 0, 0),
        ("East of West", "/comics", "East of West", 45, 0, 0),
        ("Paper Girls", "/comics", "Paper Girls", 30, 0, 0),
        ("Department of Truth", "/comics", "The Department of Truth (2020)", 27, 0, 0),
        ("Transformers (2023)", "/comics", "Transformers (2023)", 9, 0, 0),
        ("Ultimate Spider-Man (2024)", "/comics", "Ultimate Spider-Man (2024)", 6, 0, 0),
        ("Absolute Power", "/comics", "Absolute Power (2024)", 1, 0, 0),
    ]
    found_ms = r.randint(8000, 12000)
    t = K(
        t + sec(2.5),
        th,
        "Information",
        SC,
        "[ScannerService] Found %s Series that need processing in %s ms",
        f"[ScannerService] Found {len(comics)} Series that need processing in {found_ms} ms",
    )
    total = 0
    for name, _root, _folder, n, _c, _n in comics:
        total += n
        t = K(
            t + sec(r.uniform(0.05, 0.4)),
            th,
            "Information",
            PS,
            "[ScannerService] Processing series %s with %s files",
            f"[ScannerService] Processing series {name} with {n} files",
        )
        if name == "Saga":
            # a reader's progress save collides with the scan's transaction
            t2 = t + sec(0.35)
            err = [
                "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
                *KV_STACK_DB,
            ]
            t2 = K(
                t2,
                16,
                "Error",
                "Microsoft.EntityFrameworkCore.Update",
                "An exception occurred in the database while saving changes for context type '%s'.%s%s",
                "An exception occurred in the database while saving changes for context type 'API.Data.DataContext'.",
                [*err, *err],
            )
            full = [*err, *KV_STACK_DB_TAIL]
            t2 = req(t2 + sec(0.002), "POST", "/api/reader/progress", 500, 5000, 5200, full)
            K(
                t2 + sec(0.001),
                16,
                "Error",
                "API.Middleware.ExceptionMiddleware",
                "There was an exception",
                "There was an exception",
                full,
            )
        upd = r.randint(150, 2600)
        t = K(
            t + sec(upd / 1000),
            th,
            "Information",
            PS,
            "[ScannerService] Finished series update on %s in %s ms",
            f"[ScannerService] Finished series update on {name} in {upd} ms",
        )
    fin = found_ms + r.randint(9000, 15000)
    t = K(
        t + sec(0.2),
        th,
        "Information",
        SC,
        "[ScannerService] Finished scan in %s milliseconds.",
        f"[ScannerService] Finished scan in {fin} milliseconds.",
    )
    K(
        t + sec(0.1),
        th,
        "Information",
        SC,
        "[ScannerService] Finished library scan of %s files and %s series in %s milliseconds for %s",
        f"[ScannerService] Finished library scan of {total} files and {len(comics)} series in {fin + 2300} milliseconds for Comics",
    )
    # the nightly-style scan of the other libraries found nothing (a user's manual scan)
    for lib, n, tt in [("Light Novels", 4, at(9, 15, 2)), ("Light Novels", 4, at(11, 44, 37))]:
        th = tid()
        t = req(tt, "POST", "/api/library/scan?libraryId=3&force=false", 200, 2, 8)
        t = K(
            t + sec(0.4),
            th,
            "Information",
            SC,
            "[ScannerService] Beginning file scan on %s",
            f"[ScannerService] Beginning file scan on {lib}",
        )
        t = K(
            t + sec(0.9),
            th,
            "Information",
            SC,
            "[ScannerService] Found %s Series that need processing in %s ms",
            f"[ScannerService] Found 0 Series that need processing in {r.randint(300, 900)} ms",
        )
        t = K(
            t + sec(0.01),
            th,
            "Information",
            SC,
            "[ScannerService] Finished scan in %s milliseconds.",
            f"[ScannerService] Finished scan in {r.randint(900, 1200)} milliseconds.",
        )
        K(
            t + sec(0.05),
            th,
            "Information",
            SC,
            "[ScannerService] Finished library scan of %s series in %s milliseconds for %s. There were no changes",
            f"[ScannerService] Finished library scan of {n} series in {r.randint(1000, 1400)} milliseconds for {lib}. There were no changes",
        )

    # ----- the restart for the upgrade
    t = up_again
    t = K(t, 1, "Information", "API.Program", "Running Migrations", "Running Migrations")
    t = K(
        t + sec(0.42),
        1,
        "Information",
        "API.Program",
        "Running Migrations - complete",
        "Running Migrations - complete",
    )
    t = K(
        t + sec(0.31),
        1,
        "Information",
        "API.Program",
        "Starting with base url as %s",
        "Starting with base url as /",
    )
    t = K(
        t + sec(1.2),
        9,
        "Information",
        "API.Services.TaskScheduler",
        "Scheduling reoccurring tasks",
        "Scheduling reoccurring tasks",
    )
    t = K(
        t + sec(0.05),
        9,
        "Information",
        "API.Services.Tasks.Scanner.LibraryWatcher",
        "[LibraryWatcher] Starting file watchers for %s library folders",
        "[LibraryWatcher] Starting file watchers for 3 library folders",
    )
    t = K(
        t + sec(0.03),
        9,
        "Information",
        "API.Services.Tasks.Scanner.LibraryWatcher",
        "[LibraryWatcher] Watching %s folders",
        "[LibraryWatcher] Watching 3 folders",
    )
    K(t + sec(0.4), 1, "Information", "API.Program", "Kavita - v%s", "Kavita - v0.8.1.0")
    # the watcher restarted after the share came back
    t = at(8, 53, 10)
    t = K(
        t,
        5,
        "Information",
        "API.Services.Tasks.Scanner.LibraryWatcher",
        "[LibraryWatcher] Starting file watchers for %s library folders",
        "[LibraryWatcher] Starting file watchers for 3 library folders",
    )
    K(
        t + sec(0.02),
        5,
        "Information",
        "API.Services.Tasks.Scanner.LibraryWatcher",
        "[LibraryWatcher] Watching %s folders",
        "[LibraryWatcher] Watching 3 folders",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ komga

TSID_CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def tsid(r: random.Random) -> str:
    return r.choice("01") + "".join(r.choice(TSID_CHARS) for _ in range(12))


def logback_logger(name: str, width: int = 39) -> str:
    """Logback's %logger{39} (segments shortened from the left, the last kept), then %-40.40."""
    parts = name.split(".")
    trim = len(name) - width
    out = []
    for i, p in enumerate(parts):
        if i < len(parts) - 1 and trim > 0:
            out.append(p[0])
            trim -= len(p) - 1
        else:
            out.append(p)
    s = ".".join(out)
    if len(s) > 40:
        s = s[-40:]
    return f"{s:<40}"


def kt_dur(s: float) -> str:
    """kotlin.time.Duration.toString(): one unit, the fraction in groups of three digits."""
    if s >= 60:
        m, rest = divmod(s, 60)
        return f"{int(m)}m {kt_dur(rest)}"
    if s >= 1:
        v, unit = s, "s"
    elif s >= 1e-3:
        v, unit = s * 1e3, "ms"
    else:
        v, unit = s * 1e6, "us"
    whole = int(v)
    frac = f"{v - whole:.9f}"[2:]
    while frac.endswith("000"):
        frac = frac[:-3]
    return f"{whole}.{frac}{unit}" if frac else f"{whole}{unit}"


def ldt(t: datetime) -> str:
    """java.time.LocalDateTime.toString()."""
    if t.microsecond:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}"
    if t.second:
        return f"{t:%Y-%m-%dT%H:%M:%S}"
    return f"{t:%Y-%m-%dT%H:%M}"


def urlpath(p: str) -> str:
    return "file:" + p.replace(" ", "%20").replace("'", "%27")


KG_LIBS = {
    "Comics": ("0G4RZBF1TBKDP", "/data/comics", "HOURLY"),
    "Manga": ("0G4RZC3Q1A9NM", "/data/manga", "EVERY_6H"),
}


def komga(r: random.Random) -> list[Log]:
    """Komga 1.11 in docker (Spring Boot's file layout, komga.log): hourly scans of Comics,
    the 6-hourly scan of Manga, a 42-volume series and the week's issues arriving, each new book
    analysed, given a thumbnail, its metadata refreshed and hashed by the task processor; the
    NFS share lost 09:20-09:48 (scans failing with their stacks, analyses failing), the Manga
    library re-analysed at 10:30, OPDS readers on flaky wifi (`Resolved [...]` broken pipes),
    and the upgrade restart at 11:20."""
    fs = Files()

    def G(
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "komga.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z {level:>5} 1 --- [{thread}] {logback_logger(logger)} : {msg}",
                *(more or []),
            ],
            "komga",
            1000,
        )

    TH = "org.gotson.komga.application.tasks.TaskHandler"
    LCL = "org.gotson.komga.domain.service.LibraryContentLifecycle"
    FSS = "org.gotson.komga.domain.service.FileSystemScanner"
    BA = "org.gotson.komga.domain.service.BookAnalyzer"
    created = datetime(2023, 11, 2, 19, 44, 10, 482113)
    libs = {
        name: {
            "id": lid,
            "root": root,
            "interval": interval,
            "created": created + timedelta(minutes=i * 3, microseconds=1117 * i),
        }
        for i, (name, (lid, root, interval)) in enumerate(KG_LIBS.items())
    }

    def library_repr(name: str, t: datetime) -> str:
        lib = libs[name]
        return (
            f"Library(name={name}, root={urlpath(lib['root'] + '/')}, importComicInfoBook=true, importComicInfoSeries=true, "
            "importComicInfoCollection=true, importComicInfoReadList=true, importComicInfoSeriesAppendVolume=true, importEpubBook=true, "
            "importEpubSeries=true, importMylarSeries=true, importLocalArtwork=true, importBarcodeIsbn=false, scanForceModifiedTime=false, "
            f"scanInterval={lib['interval']}, scanOnStartup=false, scanCbx=true, scanPdf=true, scanEpub=true, "
            "scanDirectoryExclusions=[#recycle, @eaDir, @Recycle], repairExtensions=false, convertToCbz=false, emptyTrashAfterScan=false, "
            f"seriesCover=FIRST, hashFiles=true, hashPages=false, hashKoreader=false, analyzeDimensions=true, oneshotsDirectory=null, "
            f"unavailableDate=null, id={lib['id']}, createdDate={ldt(lib['created'])}, lastModifiedDate={ldt(t)})"
        )

    series: dict[str, dict[str, object]] = {}

    def ser(libname: str, name: str, nbooks: int) -> dict[str, object]:
        if name not in series:
            series[name] = {
                "id": tsid(r),
                "lib": libname,
                "name": name,
                "url": urlpath(f"{libs[libname]['root']}/{name}/"),
                "books": [],
                "created": created
                + timedelta(
                    days=r.randint(1, 200),
                    seconds=r.randint(0, 86000),
                    microseconds=r.randint(0, 999999),
                ),
            }
            for i in range(nbooks):
                book(libname, name, i + 1, None)
        return series[name]

    def book(libname: str, sname: str, num: int, t: datetime | None) -> dict[str, object]:
        s = series[sname]
        fname = f"{sname} {num:03d}" if libname == "Comics" else f"{sname} v{num:02d}"
        ext = r.choice(["cbz", "cbz", "cbz", "cbr"]) if libname == "Comics" else "cbz"
        made = t or (s["created"] + timedelta(minutes=num))  # type: ignore[operator]
        b = {
            "id": tsid(r),
            "name": fname,
            "url": urlpath(f"{libs[libname]['root']}/{sname}/{fname}.{ext}"),
            "path": f"{libs[libname]['root']}/{sname}/{fname}.{ext}",
            "ext": ext,
            "size": r.randint(18_000_000, 140_000_000)
            if libname == "Manga"
            else r.randint(25_000_000, 75_000_000),
            "modified": (made - timedelta(seconds=r.randint(30, 600))).replace(microsecond=0),
            "created": made,
            "series": s,
            "number": num,
            "hash": "" if t else hexid(r, 32),
        }
        s["books"].append(b)  # type: ignore[union-attr]
        return b

    def book_repr(b: dict[str, object], t: datetime) -> str:
        s = b["series"]
        return (
            f"Book(name={b['name']}, url={b['url']}, fileLastModified={ldt(b['modified'])}, fileSize={b['size']}, "  # type: ignore[arg-type]
            f"fileHash={b['hash']}, fileHashKoreader=, number={b['number']}, id={b['id']}, seriesId={s['id']}, "  # type: ignore[index]
            f"libraryId={libs[s['lib']]['id']}, deletedDate=null, oneshot=false, createdDate={ldt(b['created'])}, lastModifiedDate={ldt(b['created'])})"  # type: ignore[index, arg-type]
        )

    def series_repr(s: dict[str, object], t: datetime) -> str:
        return (
            f"Series(name={s['name']}, url={s['url']}, fileLastModified={ldt(t.replace(microsecond=0) - timedelta(seconds=r.randint(40, 900)))}, "
            f"id={s['id']}, libraryId={libs[s['lib']]['id']}, bookCount={len(s['books'])}, deletedDate=null, oneshot=false, "  # type: ignore[arg-type, index]
            f"createdDate={ldt(s['created'])}, lastModifiedDate={ldt(s['created'])})"  # type: ignore[arg-type]
        )

    for name, n in [
        ("Saga", 66),
        ("Monstress", 50),
        ("Batman", 148),
        ("Nightwing", 118),
        ("Hellboy", 71),
        ("East of West", 45),
        ("Paper Girls", 30),
        ("Transformers", 8),
        ("Ultimate Spider-Man", 5),
        ("Something is Killing the Children", 37),
        ("The Department of Truth", 26),
        ("Absolute Power", 1),
    ]:
        ser("Comics", name, n)
    for name, n in [
        ("Berserk", 41),
        ("Vinland Saga", 14),
        ("Dungeon Meshi", 14),
        ("Chainsaw Man", 16),
        ("Frieren", 12),
        ("Blue Period", 15),
        ("Spy x Family", 12),
        ("Oshi no Ko", 13),
        ("Witch Hat Atelier", 12),
        ("Dandadan", 14),
    ]:
        ser("Manga", name, n)

    nfs_down = (at(9, 20, 14), at(9, 48, 30))
    restart = at(11, 20, 6)
    back = restart + sec(19.4)

    # the task processor: a queue drained by two threads
    threads = {"taskProcessor-1": T0, "taskProcessor-2": T0}

    def task(
        t: datetime,
        repr_: str,
        body,
        dur: float,
        fail: list[str] | None = None,
        fail_label: str = "",
    ) -> datetime:  # type: ignore[no-untyped-def]
        th = min(threads, key=lambda k: max(threads[k], t))
        t = max(threads[th], t)
        if restart - sec(1) <= t < back:
            t = back + sec(r.uniform(1, 5))
        t = G(t, th, "INFO", TH, "Executing task: %s", f"Executing task: {repr_}")
        t = body(t, th) if body else t
        t += sec(dur)
        if fail:
            t = G(
                t,
                th,
                "ERROR",
                TH,
                "Task %s execution failed",
                f"Task {repr_} execution failed",
                fail,
            )
        else:
            t = G(
                t,
                th,
                "INFO",
                TH,
                "Task %s executed in %s",
                f"Task {repr_} executed in {kt_dur(dur + r.uniform(0.0005, 0.003))}",
            )
        threads[th] = t
        return t

    def analyze(b: dict[str, object], prio: int, queued: datetime | None = None) -> None:
        def body(t: datetime, th: str) -> datetime:
            t = G(
                t + sec(0.002),
                th,
                "INFO",
                BA,
                "Trying to analyze book: %s",
                f"Trying to analyze book: {book_repr(b, t)}",
            )
            if in_any(t, [nfs_down]):
                exc = [
                    f"java.nio.file.NoSuchFileException: {b['path']}",
                    "\tat java.base/sun.nio.fs.UnixException.translateToIOException(Unknown Source)",
                    "\tat java.base/sun.nio.fs.UnixException.rethrowAsIOException(Unknown Source)",
                    "\tat java.base/sun.nio.fs.UnixException.rethrowAsIOException(Unknown Source)",
                    "\tat java.base/sun.nio.fs.UnixFileSystemProvider.newByteChannel(Unknown Source)",
                    "\tat java.base/java.nio.file.Files.newByteChannel(Unknown Source)",
                    "\tat java.base/java.nio.file.Files.newByteChannel(Unknown Source)",
                    "\tat java.base/sun.nio.fs.UnixFileSystemProvider.newInputStream(Unknown Source)",
                    "\tat java.base/java.nio.file.Files.newInputStream(Unknown Source)",
                    "\tat org.gotson.komga.infrastructure.mediacontainer.ContentDetector.detectMediaType(ContentDetector.kt:29)",
                    "\tat org.gotson.komga.domain.service.BookAnalyzer.analyze(BookAnalyzer.kt:76)",
                    "\tat org.gotson.komga.domain.service.BookLifecycle.analyzeAndPersist(BookLifecycle.kt:104)",
                    "\tat org.gotson.komga.application.tasks.TaskHandler.handleTask(TaskHandler.kt:79)",
                    "\tat org.gotson.komga.application.tasks.TaskProcessor.takeAndProcess(TaskProcessor.kt:60)",
                    "\tat org.gotson.komga.application.tasks.TaskProcessor.processAvailableTask$lambda$1(TaskProcessor.kt:44)",
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)",
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source)",
                    "\tat java.base/java.lang.Thread.run(Unknown Source)",
                ]
                return G(
                    t + sec(0.004),
                    th,
                    "ERROR",
                    BA,
                    "Error while analyzing book: %s",
                    f"Error while analyzing book: {book_repr(b, t)}",
                    exc,
                )
            mt = (
                "application/x-rar-compressed; version=4"
                if b["ext"] == "cbr"
                else "application/zip"
            )
            return G(
                t + sec(r.uniform(0.01, 0.05)),
                th,
                "INFO",
                BA,
                "Detected media type: %s",
                f"Detected media type: {mt}",
            )

        t0 = queued or (b["created"] + sec(r.uniform(0.5, 3)))  # type: ignore[operator]
        task(t0, f"AnalyzeBook(bookId='{b['id']}', priority='{prio}')", body, r.uniform(0.4, 3.5))

    def follow_up(b: dict[str, object], prio: int) -> None:
        t0 = b["created"] + sec(r.uniform(2, 6))  # type: ignore[operator]
        task(
            t0,
            f"GenerateBookThumbnail(bookId='{b['id']}', priority='{prio + 1}')",
            None,
            r.uniform(0.15, 0.9),
        )
        task(
            t0 + sec(0.5),
            f"RefreshBookMetadata(bookId='{b['id']}', capabilities=[TITLE, SUMMARY, NUMBER, NUMBER_SORT, RELEASE_DATE, AUTHORS, TAGS, ISBN, LINKS, READ_LISTS], priority='{prio + 1}')",
            None,
            r.uniform(0.05, 0.4),
        )
        task(t0 + sec(1), f"HashBook(bookId='{b['id']}', priority='0')", None, r.uniform(0.3, 2.2))

    def scan(libname: str, t: datetime, new: list[tuple[str, int]]) -> None:
        lib = libs[libname]
        repr_ = f"ScanLibrary(libraryId='{lib['id']}', scanDeep='false', priority='4')"
        failed = in_any(t, [nfs_down])
        added: list[dict[str, object]] = []

        def body(t: datetime, th: str) -> datetime:
            t = G(
                t + sec(0.003),
                th,
                "INFO",
                LCL,
                "Updating library: %s",
                f"Updating library: {library_repr(libname, t)}",
            )
            t = G(
                t + sec(0.001),
                th,
                "INFO",
                FSS,
                "Scanning folder: %s",
                f"Scanning folder: {lib['root']}",
            )
            t = G(
                t + sec(0.0005),
                th,
                "INFO",
                FSS,
                "Scan for extensions: %s",
                "Scan for extensions: [cbz, zip, cbr, rar, pdf, epub]",
            )
            t = G(
                t + sec(0.0003),
                th,
                "INFO",
                FSS,
                "Excluded directory patterns: %s",
                "Excluded directory patterns: [#recycle, @eaDir, @Recycle]",
            )
            t = G(
                t + sec(0.0003),
                th,
                "INFO",
                FSS,
                "Force directory modified time: %s",
                "Force directory modified time: false",
            )
            if failed:
                return t
            nser = sum(1 for s in series.values() if s["lib"] == libname)
            nb = sum(len(s["books"]) for s in series.values() if s["lib"] == libname) + sum(
                n for _, n in new
            )  # type: ignore[arg-type]
            walk = r.uniform(0.8, 2.6) * (3 if libname == "Comics" else 1)
            t = G(
                t + sec(walk),
                th,
                "INFO",
                FSS,
                "Scanned %s series, %s books, and %s sidecars in %s",
                f"Scanned {nser + sum(1 for n, _ in new if n not in series)} series, {nb} books, and {nser // 3} sidecars in {kt_dur(walk)}",
            )
            for sname, count in new:
                s = ser(libname, sname, 0)
                t = G(
                    t + sec(0.01),
                    th,
                    "INFO",
                    LCL,
                    "Series changed on disk, updating: %s",
                    f"Series changed on disk, updating: {series_repr(s, t)}",
                )
                t = G(
                    t + sec(0.004),
                    th,
                    "INFO",
                    LCL,
                    "Deleting books not on disk anymore: %s",
                    "Deleting books not on disk anymore: []",
                )
                start = len(s["books"]) + 1  # type: ignore[arg-type]
                bs = [book(libname, sname, start + i, t) for i in range(count)]
                added.extend(bs)
                t = G(
                    t + sec(0.02),
                    th,
                    "INFO",
                    LCL,
                    "Adding new books: %s",
                    "Adding new books: [" + ", ".join(book_repr(b, t) for b in bs) + "]",
                )
                t += sec(0.05 * count)
            return G(
                t + sec(0.2),
                th,
                "INFO",
                LCL,
                "Library updated in %s",
                f"Library updated in {kt_dur(r.uniform(1.5, 4.0) + 0.05 * sum(c for _, c in new))}",
            )

        exc = None
        if failed:
            exc = [
                f"org.gotson.komga.domain.model.DirectoryNotFoundException: Folder is not accessible: {lib['root']}",
                "\tat org.gotson.komga.domain.service.FileSystemScanner.scanRootFolder(FileSystemScanner.kt:86)",
                "\tat org.gotson.komga.domain.service.LibraryContentLifecycle.scanRootFolder(LibraryContentLifecycle.kt:75)",
                "\tat org.gotson.komga.application.tasks.TaskHandler.handleTask(TaskHandler.kt:51)",
                "\tat org.gotson.komga.application.tasks.TaskProcessor.takeAndProcess(TaskProcessor.kt:60)",
                "\tat org.gotson.komga.application.tasks.TaskProcessor.processAvailableTask$lambda$1(TaskProcessor.kt:44)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source)",
                "\tat java.base/java.lang.Thread.run(Unknown Source)",
            ]
        end = task(t, repr_, body, r.uniform(0.01, 0.05), exc)
        if failed:
            return
        for b in added:
            b["created"] = end + sec(r.uniform(0.001, 0.05))
        for kind in (
            "FindBooksToConvert",
            "FindBooksWithMissingPageHash",
            "FindDuplicatePagesToDelete",
        ):
            task(
                end + sec(0.01),
                f"{kind}(libraryId='{lib['id']}', priority='0')",
                None,
                r.uniform(0.004, 0.06),
            )
        for b in added:
            analyze(b, 4)
            follow_up(b, 4)
        for sname in sorted({str(b["series"]["name"]) for b in added}):  # type: ignore[index]
            s = series[sname]
            tt = end + sec(r.uniform(5, 20))
            task(
                tt,
                f"RefreshSeriesMetadata(seriesId='{s['id']}', priority='4')",
                None,
                r.uniform(0.02, 0.2),
            )
            task(
                tt + sec(0.3),
                f"AggregateSeriesMetadata(seriesId='{s['id']}', priority='4')",
                None,
                r.uniform(0.01, 0.1),
            )

    # scans: Comics hourly (from its 05:43 start), Manga every 6 hours; run in time order
    arrivals = {
        6: [("Batman", 2), ("Transformers", 1), ("Hellboy", 3)],
        7: [("Monstress", 1), ("East of West", 2)],
        8: [
            ("Nightwing", 1),
            ("Ultimate Spider-Man", 1),
            ("Absolute Power", 1),
            ("Paper Girls", 2),
        ],
        10: [("Something is Killing the Children", 1), ("Batman", 1)],
        11: [("The Department of Truth", 1), ("Saga", 1), ("Transformers", 1)],
    }
    events: list[tuple[datetime, object]] = []
    for h in range(6, 12):
        t = at(h, 43, 2) + sec(r.uniform(0, 0.9))
        events.append((t, lambda t=t, h=h: scan("Comics", t, arrivals.get(h, []))))
    events.append(
        (
            at(7, 12, 40),
            lambda: scan("Manga", at(7, 12, 40), [("Kingdom", 42), ("Chainsaw Man", 1)]),
        )
    )
    events.append((at(9, 31, 5), lambda: scan("Manga", at(9, 31, 5), [])))
    # the share back: a manual scan of Manga at 09:52
    events.append((at(9, 52, 18), lambda: scan("Manga", at(9, 52, 18), [("Dandadan", 1)])))

    def late() -> None:
        # two volumes a downloader moved in just before the share went away
        for b in [
            book("Manga", "Blue Period", 16, at(9, 19, 58)),
            book("Manga", "Oshi no Ko", 14, at(9, 20, 1)),
        ]:
            analyze(b, 4, at(9, 20, 20) + sec(r.uniform(0, 3)))

    events.append((at(9, 20, 20), late))

    def reanalyze() -> None:
        # the admin's "Analyze" on the Manga library after the outage
        for s in [s for s in series.values() if s["lib"] == "Manga"]:
            for b in s["books"]:  # type: ignore[union-attr]
                analyze(b, 4, at(10, 30, 5) + sec(r.uniform(0, 2)))

    events.append((at(10, 30, 5), reanalyze))
    for _t, fn in sorted(events, key=lambda e: e[0]):
        fn()  # type: ignore[operator]

    # OPDS readers on a flaky connection
    for t in poisson(r, T0, T_END, 62):
        if restart - sec(2) <= t < back + sec(5):
            continue
        ex = r.choice([f"http-nio-25600-exec-{i}" for i in range(1, 11)])
        if r.random() < 0.82:
            G(
                t,
                ex,
                "WARN",
                "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver",
                "Resolved [org.springframework.web.context.request.async.AsyncRequestNotUsableException: ServletOutputStream failed to write: java.io.IOException: Broken pipe]",
                "Resolved [org.springframework.web.context.request.async.AsyncRequestNotUsableException: ServletOutputStream failed to write: java.io.IOException: Broken pipe]",
            )
        else:
            G(
                t,
                ex,
                "WARN",
                "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver",
                "Resolved [org.springframework.web.context.request.async.AsyncRequestNotUsableException: ServletOutputStream failed to flush: java.io.IOException: Connection reset by peer]",
                "Resolved [org.springframework.web.context.request.async.AsyncRequestNotUsableException: ServletOutputStream failed to flush: java.io.IOException: Connection reset by peer]",
            )

    # the upgrade restart
    t = G(
        restart,
        "SpringApplicationShutdownHook",
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.GracefulShutdown",
        "Commencing graceful shutdown. Waiting for active requests to complete",
        "Commencing graceful shutdown. Waiting for active requests to complete",
    )
    t = G(
        t + sec(0.012),
        "tomcat-shutdown",
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.GracefulShutdown",
        "Graceful shutdown complete",
        "Graceful shutdown complete",
    )
    t = restart + sec(7.9)
    M = "main"
    APP = "org.gotson.komga.ApplicationKt"
    t = G(
        t,
        M,
        "INFO",
        APP,
        "Starting %s v%s using Java %s with PID %s (%s started by %s in %s)",
        "Starting ApplicationKt v1.11.1 using Java 17.0.11 with PID 1 (/app started by root in /app)",
    )
    t = G(
        t + sec(0.004),
        M,
        "INFO",
        APP,
        'The following %s profile is active: "%s"',
        'The following 1 profile is active: "docker"',
    )
    t = G(
        t + sec(2.1),
        M,
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat initialized with port %s (%s)",
        "Tomcat initialized with port 25600 (http)",
    )
    t = G(
        t + sec(0.9),
        M,
        "INFO",
        "org.flywaydb.core.internal.database.base.BaseDatabaseType",
        "Database: %s (%s)",
        "Database: jdbc:sqlite:/config/database.sqlite (SQLite 3.45)",
    )
    t = G(
        t + sec(0.15),
        M,
        "INFO",
        "org.flywaydb.core.internal.command.DbValidate",
        "Successfully validated %s migrations (execution time %s)",
        "Successfully validated 137 migrations (execution time 00:00.171s)",
    )
    t = G(
        t + sec(0.01),
        M,
        "INFO",
        "org.flywaydb.core.internal.command.DbMigrate",
        "Current version of schema %s: %s",
        'Current version of schema "main": 20240426150000',
    )
    t = G(
        t + sec(0.003),
        M,
        "INFO",
        "org.flywaydb.core.internal.command.DbMigrate",
        "Schema %s is up to date. No migration necessary.",
        'Schema "main" is up to date. No migration necessary.',
    )
    t = G(
        t + sec(4.6),
        M,
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat started on port %s (%s) with context path '%s'",
        "Tomcat started on port 25600 (http) with context path ''",
    )
    G(
        t + sec(0.03),
        M,
        "INFO",
        APP,
        "Started %s in %s seconds (process running for %s)",
        "Started ApplicationKt in 11.284 seconds (process running for 12.031)",
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- owncast


def go_quote(s: str) -> str:
    """Go's strconv.Quote for the ASCII text logrus quotes."""
    return (
        '"'
        + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        + '"'
    )


def owncast(r: random.Random) -> list[Log]:
    """Owncast 0.1.3 (data/logs/owncast.log, logrus' text formatter through lfshook) for a small
    community channel, video segments on Wasabi S3, a Discord bridge bot on a webhook: five
    broadcasts (OBS), ffmpeg's warnings relayed as errors (`Past duration ... too large` while
    the first encoder runs at a mismatched frame rate, `Non-monotonous DTS ...` after a bad OBS
    profile, `Queue input is backward in time`), the bot down 07:00-07:40, a guest streamer
    with an old key, slow S3 uploads 09:30-10:15 then S3 unreachable 10:15-10:21 until ffmpeg
    dies, a second broadcaster while live, a raid beyond the chat's connection limit, a DNS
    outage for the bot 11:45-11:50, the upgrade restart at 11:30."""
    fs = Files()

    def OC(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "owncast.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={go_quote(msg)}'],
            "owncast",
            1_000_000,
        )

    def start(t: datetime, commit: str) -> None:
        t = OC(t, "info", "Owncast v%s-%s (%s)", f"Owncast v0.1.3-linux-64bit ({commit})")
        t = OC(
            t + sec(1.3),
            "info",
            "Web server is listening on IP %s port %d.",
            "Web server is listening on IP 0.0.0.0 port 8080.",
        )
        OC(
            t + sec(0.001),
            "info",
            "The web admin interface is available at /admin.",
            "The web admin interface is available at /admin.",
        )

    hook = "https://bridge.example.net/owncast/hook"
    s3 = "https://s3.eu-central-2.wasabisys.com"
    seg_id = {}

    def addr() -> str:
        return f"{r.randint(30000, 65000)}"

    broadcasts = [
        # start, end, source ip, segment length, variants, ffmpeg noise
        (at(6, 2, 13), at(8, 11, 40), "203.0.113.50", "past"),
        (at(8, 45, 2), at(9, 12, 30), "198.51.100.23", "dts"),
        (at(9, 25, 44), at(10, 21, 7), "203.0.113.50", "s3"),
        (at(10, 35, 10), at(11, 24, 55), "203.0.113.50", "past"),
        (at(11, 32, 40), at(12, 0, 0), "203.0.113.50", "past"),
    ]
    slow = (at(9, 30), at(10, 15))
    s3_down = (at(10, 15), at(10, 21, 7))
    bot_down = (at(7, 0, 20), at(7, 40, 5))
    dns_down = (at(11, 45, 0), at(11, 50, 30))
    restart = at(11, 30, 2)

    start(at(5, 58, 41), "8b4c0f5")
    for i, (b0, b1, ip, noise) in enumerate(broadcasts):
        t = OC(
            b0,
            "info",
            "Inbound stream connected from %s",
            f"Inbound stream connected from {ip}:{addr()}",
        )
        OC(
            t + sec(1),
            "info",
            "Processing video using codec %s with %d output qualities configured.",
            "Processing video using codec libx264 with 2 output qualities configured.",
        )
        ident = "".join(
            r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
            for _ in range(9)
        )
        seg_id[i] = ident
        seg = 0
        t = b0 + sec(6)
        while t < b1:
            seg += 1
            for v in (0, 1):
                ts = t + sec(v * 0.4 + r.uniform(0, 0.3))
                path = f"/app/data/hls/{v}/stream-{ident}-{seg}.ts"
                if in_any(ts, [s3_down]):
                    OC(
                        ts,
                        "error",
                        "giving up uploading %s to object storage %s",
                        f"giving up uploading {path} to object storage {s3}",
                    )
                elif in_any(ts, [slow]) and v == 0:
                    avg = 3.6 + r.uniform(0.01, 1.9)
                    OC(
                        ts,
                        "warning",
                        "Possible slow uploads: average upload S3 save duration %v s. troubleshoot this issue by visiting https://owncast.online/docs/troubleshooting/",
                        f"Possible slow uploads: average upload S3 save duration {avg!r} s. troubleshoot this issue by visiting https://owncast.online/docs/troubleshooting/",
                    )
            t += sec(4)
        if noise == "past":
            for tt in poisson(r, b0 + sec(3), b1, 21):
                d = r.choice([0.999992, 0.999989, 0.603386, 1.999984, 0.5, 0.999978])
                OC(tt, "error", "Past duration %f too large", f"Past duration {d:.6f} too large")
            for tt in poisson(r, b0 + sec(3), b1, 1500):
                OC(
                    tt,
                    "error",
                    "Queue input is backward in time",
                    f"[aac @ 0x{r.randrange(0x55A000000000, 0x55FFFFFFFFFF):x}] Queue input is backward in time",
                )
        elif noise == "dts":
            pts = r.randint(2_400_000, 2_700_000)
            h = f"0x{r.randrange(0x55A000000000, 0x55FFFFFFFFFF):x}"
            for tt in poisson(r, b0 + sec(5), b1, 5.2):
                pts += r.randint(3000, 90000)
                cur = pts - r.randint(1000, 3000)
                OC(
                    tt,
                    "error",
                    "Non-monotonous DTS in output stream %d:%d; previous: %d, current: %d; changing to %d. This may result in incorrect timestamps in the output file.",
                    f"[hls @ {h}] Non-monotonous DTS in output stream 0:{r.choice([1, 3])}; previous: {pts}, current: {cur}; changing to {pts + 1}. This may result in incorrect timestamps in the output file.",
                )
        if noise == "s3":
            t = OC(
                b1,
                "error",
                "transcoding error. look at %s to help debug. your copy of ffmpeg may not support your selected codec of %s",
                "transcoding error. look at /app/data/logs/transcoder.log to help debug. your copy of ffmpeg may not support your selected codec of libx264",
            )
        if b1 < T_END:
            OC(
                b1 + sec(0.2),
                "info",
                "Inbound stream disconnected.",
                "Inbound stream disconnected.",
            )
    # the S3 cleanup each minute while S3 is unreachable
    for k in range(6):
        t = at(10, 15, 31) + sec(60 * k)
        OC(
            t,
            "error",
            "Unable to delete objects from bucket %q, RequestError: send request failed\\ncaused by: Post %q: dial tcp %s: i/o timeout\\n",
            f'Unable to delete objects from bucket "owncast-hls", RequestError: send request failed\ncaused by: Post "{s3}/owncast-hls?delete=": dial tcp 130.117.252.{r.randint(10, 40)}:443: i/o timeout\n',
        )
    # a guest with an old key, then a second broadcaster while live
    for k in range(9):
        OC(
            at(8, 40, 14) + sec(12.4 * k + r.uniform(0, 1)),
            "error",
            "invalid streaming key; rejecting incoming stream from %s",
            f"invalid streaming key; rejecting incoming stream from 198.51.100.23:{addr()}",
        )
    for k in range(4):
        OC(
            at(10, 52, 3) + sec(10.5 * k + r.uniform(0, 1)),
            "error",
            "stream already running; can not overtake an existing stream from %s",
            f"stream already running; can not overtake an existing stream from 192.0.2.77:{addr()}",
        )
    # chat events sent to the bridge bot while it is down, and during the DNS outage
    chat = poisson(r, bot_down[0], bot_down[1], 14) + poisson(r, dns_down[0], dns_down[1], 13)
    for t in chat:
        ev = pick(r, ["CHAT", "USER_JOINED", "NAME_CHANGE"], [0.8, 0.15, 0.05])
        if in_any(t, [bot_down]):
            OC(
                t,
                "error",
                "Event: %s failed to send to webhook: %s Error: Post %q: dial tcp %s: connect: connection refused",
                f'Event: {ev} failed to send to webhook: {hook} Error: Post "{hook}": dial tcp 10.20.0.15:443: connect: connection refused',
            )
        else:
            OC(
                t,
                "error",
                "Event: %s failed to send to webhook: %s Error: Post %q: dial tcp: lookup %s on %s: no such host",
                f'Event: {ev} failed to send to webhook: {hook} Error: Post "{hook}": dial tcp: lookup bridge.example.net on 127.0.0.11:53: no such host',
            )
    # a raid beyond the chat's connection limit
    for t in poisson(r, at(11, 9, 40), at(11, 14, 10), 2.1):
        OC(
            t,
            "warning",
            "rejecting incoming client connection as it exceeds the max client count of %d",
            "rejecting incoming client connection as it exceeds the max client count of 716",
        )
    start(restart + sec(4), "1e4a9d7")
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ gonic

GN_ARTISTS = [
    (
        "Boards of Canada",
        [
            "1998 - Music Has the Right to Children",
            "2002 - Geogaddi",
            "2005 - The Campfire Headphase",
            "2013 - Tomorrow's Harvest",
        ],
    ),
    (
        "Radiohead",
        ["1997 - OK Computer", "2000 - Kid A", "2007 - In Rainbows", "2016 - A Moon Shaped Pool"],
    ),
    ("Khruangbin", ["2018 - Con Todo El Mundo", "2020 - Mordechai"]),
    ("Portishead", ["1994 - Dummy", "2008 - Third"]),
    ("Nils Frahm", ["2011 - Felt", "2013 - Spaces", "2018 - All Melody"]),
    ("Massive Attack", ["1991 - Blue Lines", "1998 - Mezzanine"]),
    ("Bonobo", ["2010 - Black Sands", "2017 - Migration", "2022 - Fragments"]),
    ("Floating Points", ["2015 - Elaenia", "2021 - Promises"]),
    ("The National", ["2010 - High Violet", "2013 - Trouble Will Find Me"]),
    ("Beach House", ["2012 - Bloom", "2015 - Depression Cherry", "2018 - 7"]),
    ("Aphex Twin", ["1992 - Selected Ambient Works 85-92", "2014 - Syro"]),
    ("Four Tet", ["2003 - Rounds", "2010 - There Is Love in You", "2020 - Sixteen Oceans"]),
    ("Tame Impala", ["2012 - Lonerism", "2015 - Currents"]),
    ("Sufjan Stevens", ["2005 - Illinois", "2015 - Carrie & Lowell"]),
    ("Björk", ["1995 - Post", "1997 - Homogenic"]),
    ("Jon Hopkins", ["2013 - Immunity", "2018 - Singularity"]),
    ("Slowdive", ["1993 - Souvlaki", "2017 - Slowdive"]),
    ("Kiasmos", ["2014 - Kiasmos"]),
    ("Caribou", ["2010 - Swim", "2014 - Our Love", "2020 - Suddenly"]),
    ("DJ Shadow", ["1996 - Endtroducing....."]),
    ("Fleetwood Mac", ["1977 - Rumours"]),
    ("Leonard Cohen", ["1967 - Songs of Leonard Cohen", "2016 - You Want It Darker"]),
    ("Mogwai", ["1997 - Young Team", "2011 - Hardcore Will Never Die, But You Will"]),
    ("Sigur Rós", ["1999 - Ágætis byrjun", "2005 - Takk..."]),
    ("Talk Talk", ["1988 - Spirit of Eden", "1991 - Laughing Stock"]),
    ("Various Artists", ["2019 - Late Night Tales - Khruangbin", "2021 - Fabric presents Bicep"]),
    ("Air", ["1998 - Moon Safari", "2004 - Talkie Walkie"]),
    ("Arctic Monkeys", ["2006 - Whatever People Say I Am, That's What I'm Not", "2013 - AM"]),
    ("Burial", ["2006 - Burial", "2007 - Untrue"]),
    ("Cocteau Twins", ["1990 - Heaven or Las Vegas"]),
    ("Daft Punk", ["2001 - Discovery", "2013 - Random Access Memories"]),
    ("Explosions in the Sky", ["2003 - The Earth Is Not a Cold Dead Place"]),
    ("Fleet Foxes", ["2008 - Fleet Foxes", "2011 - Helplessness Blues"]),
    ("Grizzly Bear", ["2009 - Veckatimest"]),
    ("Hania Rani", ["2019 - Esja", "2023 - Ghosts"]),
    ("Jamie xx", ["2015 - In Colour", "2024 - In Waves"]),
    ("Joni Mitchell", ["1971 - Blue"]),
    ("LCD Soundsystem", ["2007 - Sound of Silver", "2017 - American Dream"]),
    ("Moderat", ["2013 - II", "2016 - III"]),
    ("Nick Drake", ["1969 - Five Leaves Left", "1972 - Pink Moon"]),
    ("Ólafur Arnalds", ["2018 - re:member"]),
    ("Pink Floyd", ["1973 - The Dark Side of the Moon", "1975 - Wish You Were Here"]),
    ("Rival Consoles", ["2018 - Persona"]),
    ("Röyksopp", ["2001 - Melody A.M."]),
    ("Stars of the Lid", ["2007 - And Their Refinement of the Decline"]),
    ("The xx", ["2009 - xx", "2012 - Coexist"]),
    ("Thom Yorke", ["2019 - ANIMA"]),
    ("Zero 7", ["2001 - Simple Things"]),
]
GN_NEW = [
    ("Alabaster DePlume", ["2022 - GOLD"]),
    ("Bicep", ["2017 - Bicep", "2021 - Isles"]),
    ("Ezra Collective", ["2023 - Where I'm Meant To Be"]),
    ("Kamasi Washington", ["2015 - The Epic", "2018 - Heaven and Earth"]),
    ("Various Artists", ["2023 - Blue Note Re-imagined II"]),
    ("Yussef Dayes", ["2023 - Black Classical Music"]),
]
GN_NEW_TRACK_ARTISTS = [
    "Alabaster DePlume",
    "Bicep",
    "Clara La San",
    "Ezra Collective",
    "Kamasi Washington",
    "Yussef Dayes",
    "Jorja Smith",
    "Emma-Jean Thackray",
    "Ishmael Ensemble",
    "Nubya Garcia",
    "Skinny Pelembe",
    "Venna",
    "Jas Kayser",
    "Steam Down",
]


def gonic(r: random.Random) -> list[Log]:
    """gonic 0.16 in docker on a Synology (`docker logs`, Go's log package): the watchtower
    update at 06:02 (every job stopped, `shutdown complete`, the start-up with its config dump and
    jobs, the scan at start), the scan every two hours (`processing folder %q` per folder,
    Synology's `@eaDir` folders excluded), eight albums copied in at 09:30 with two unreadable
    files, Last.fm's DNS failing for a minute while the new artists are looked up, and five
    Subsonic clients and the admin UI through the request log (an ANSI-coloured status block)."""
    fs = Files()

    def L(t: datetime, label: str | None, msg: str, more: list[str] | None = None) -> datetime:
        return fs.add(
            "gonic.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}", *(more or [])],
            "gonic",
            1_000_000,
        )

    def raw(t: datetime, label: str, text: str) -> datetime:
        return fs.add("gonic.log", t, label, lambda x: [text], "gonic", 1_000_000)

    jobs = [
        "http",
        "session clean",
        "podcast refresh",
        "podcast download",
        "scan timer",
        "refresh artist info",
        "scan at start",
    ]
    flags = [
        ("cache-path", "/cache"),
        ("config-path", ""),
        ("db-path", "/data/gonic.db"),
        ("exclude-pattern", "@eaDir"),
        ("expvar", "false"),
        ("genre-split", ""),
        ("http-log", "true"),
        ("jukebox-enabled", "false"),
        ("jukebox-mpv-extra-args", ""),
        ("listen-addr", "0.0.0.0:80"),
        ("multi-value-album-artist", "none"),
        ("multi-value-artist", "none"),
        ("multi-value-genre", "delim(;)"),
        ("music-path", "/music"),
        ("playlists-path", "/playlists"),
        ("podcast-path", "/podcasts"),
        ("podcast-purge-age", "0"),
        ("pprof", "false"),
        ("proxy-prefix", "/"),
        ("scan-at-start-enabled", "true"),
        ("scan-interval", "120"),
        ("scan-watcher-enabled", "false"),
        ("tls-cert", ""),
        ("tls-key", ""),
        ("version", "false"),
    ]
    library = [(a, list(al)) for a, al in GN_ARTISTS]
    eadir = {(a, al) for a, als in library for al in als if r.random() < 0.35}
    broken = {
        ("Kamasi Washington", "2015 - The Epic", "07 - Re Run Home.flac"),
        ("Various Artists", "2023 - Blue Note Re-imagined II", "03 - Maiden Voyage.mp3"),
    }
    counts = {(a, al): r.randint(7, 16) for a, als in GN_ARTISTS + GN_NEW for al in als}

    def dur(sec_: float) -> str:
        """Go's Duration.String() after Truncate(10µs)."""
        if sec_ < 1:
            v = f"{sec_ * 1000:.2f}".rstrip("0").rstrip(".")
            return v + "ms"
        if sec_ < 60:
            v = f"{sec_:.5f}".rstrip("0").rstrip(".")
            return v + "s"
        m, rest = divmod(sec_, 60)
        v = f"{rest:.5f}".rstrip("0").rstrip(".")
        return f"{int(m)}m{v}s"

    def scan(t: datetime, new_tracks: int, errs: list[str], label_err: str) -> datetime:
        t0 = t
        t = L(t, "starting scan", "starting scan")
        t = L(t, "processing folder %q", 'processing folder "/music"')
        total = 0
        for a, als in sorted(library, key=lambda x: x[0]):
            t = L(
                t + sec(r.uniform(0.01, 0.3)),
                "processing folder %q",
                f'processing folder "/music/{a}"',
            )
            for al in als:
                total += counts[(a, al)]
                t = L(
                    t + sec(r.uniform(0.05, 0.6)),
                    "processing folder %q",
                    f'processing folder "/music/{a}/{al}"',
                )
                if (a, al) in eadir:
                    t = L(
                        t + sec(0.01),
                        "excluding folder %q",
                        f'excluding folder "/music/{a}/{al}/@eaDir"',
                    )
        for what, n in [("tracks", 0), ("albums", 0), ("artists", 0), ("genres", 0)]:
            t = L(
                t + sec(r.uniform(0.005, 0.08)),
                f"finished clean {what} in %s, %d removed",
                f"finished clean {what} in {dur(r.uniform(0.002, 0.09))}, {n} removed",
            )
        t = L(
            t,
            "finished scan in %s, +%d/%d tracks (%d err)",
            f"finished scan in {dur((t - t0).total_seconds() + r.uniform(0.1, 0.9))}, +{new_tracks}/{total - len(errs)} tracks ({len(errs)} err)",
        )
        if errs:
            t = L(t, label_err, f"error scanning: {errs[0]}", errs[1:])
        return t

    def startup(t: datetime) -> datetime:
        t = L(t, "starting gonic v%s", "starting gonic v0.16.4")
        t = L(t, "provided config", "provided config")
        for name, value in flags:
            t = L(t, "    %-25s %s", f"    {name:<25} {value}")
        order = list(jobs)
        r.shuffle(order)
        for j in order:
            t = L(t, "starting job %q", f'starting job "{j}"')
        return t

    # the watchtower update
    t = at(6, 2, 5)
    order = [j for j in jobs if j != "scan at start"]
    r.shuffle(order)
    for j in order:
        t = L(t, "stopped job %q", f'stopped job "{j}"')
    raw(t, "shutdown complete", "shutdown complete")
    t = startup(at(6, 2, 14))
    t = scan(t + sec(0.5), 0, [], "")
    L(t + sec(r.uniform(0.01, 0.05)), "stopped job %q", 'stopped job "scan at start"')

    # scans every two hours from the start
    scan(at(8, 2, 14) + sec(0.2), 0, [], "")
    # eight albums copied in at 09:30; the 10:02 scan reads them
    library.extend((a, als) for a, als in GN_NEW)
    library.sort(key=lambda x: x[0])
    merged: dict[str, list[str]] = {}
    for a, als in library:
        merged.setdefault(a, []).extend(als)
    library = list(merged.items())
    new = sum(counts[(a, al)] for a, als in GN_NEW for al in als) - len(broken)
    errs = [
        f'"/music/{a}/{al}": populate track "{f}": invalid file: could not read tags'
        for a, al, f in sorted(broken)
    ]
    end = scan(
        at(10, 2, 14) + sec(0.3),
        new,
        errs,
        "error scanning: %q: populate track %q: invalid file: could not read tags",
    )
    # artist info for the new artists, one per 8-second tick
    tick = at(6, 2, 14)
    while tick < end:
        tick += sec(8)
    lfm_down = (tick + sec(14), tick + sec(70))
    for a in GN_NEW_TRACK_ARTISTS:
        tick += sec(8)
        if in_any(tick, [lfm_down]):
            q = a.replace(" ", "+")
            L(
                tick,
                "error in artist info cache: looking up non cached artist %s: get upstream info: make get request: Get %q: dial tcp: lookup %s on %s: server misbehaving",
                f'error in artist info cache: looking up non cached artist {a}: get upstream info: make get request: Get "https://ws.audioscrobbler.com/2.0/?api_key=6e4b0f1c2d8a9e3f7b5c1a0d9e8f7a6b&artist={q}&method=artist.getInfo": dial tcp: lookup ws.audioscrobbler.com on 127.0.0.11:53: server misbehaving',
            )
        else:
            L(tick, "cached artist info for %q", f'cached artist info for "{a}"')

    # requests
    def block(code: int) -> str:
        bg = 41 if code >= 500 else 43 if code >= 400 else 46 if code >= 300 else 42
        return f"\x1b[{bg};1m {code} \x1b[0m"

    def req(t: datetime, secs: float, code: int, method: str, url: str) -> datetime:
        if at(6, 2, 4) <= t < at(6, 2, 15):
            return t
        # Labelled by method, route and status, as the set's access records are (round 54's
        # rule: a query's values are variables; the status is the coloured block's).
        label = f"response [%.3fs] {code} {method} {route_of(url)}"
        return L(t, label, f"response [{secs:.3f}s] {block(code)} {method} {url}")

    def auth(user: str, client: str, ver: str, fmt: str = "json") -> str:
        salt = hexid(r, 12)
        tok = hexid(r, 32)
        return f"c={client}&f={fmt}&s={salt}&t={tok}&u={user}&v={ver}"

    clients = [
        ("alice", "Symfonium", "1.16.1", [(at(6, 20), at(8, 40)), (at(10, 10), at(11, 55))]),
        ("bob", "DSub", "1.2.0", [(at(7, 5), at(9, 50))]),
        ("bob", "substreamer", "1.16.1", [(at(11, 0), at(11, 59))]),
        ("carol", "Feishin", "1.13.0", [(at(8, 30), at(10, 45))]),
        ("dan", "Amperfy", "1.16.1", [(at(6, 31), at(7, 58)), (at(9, 12), at(11, 31))]),
    ]
    album_ids = list(range(12, 190))
    for user, client, ver, spans in clients:
        for s0, s1 in spans:
            t = s0 + sec(r.uniform(0, 60))
            t = req(t, r.uniform(0.001, 0.004), 200, "GET", f"/ping.view?{auth(user, client, ver)}")
            t = req(
                t + sec(r.uniform(0.2, 1)),
                r.uniform(0.01, 0.09),
                200,
                "GET",
                f"/getAlbumList2.view?{auth(user, client, ver)}&offset=0&size=50&type=newest",
            )
            while t < s1:
                al = r.choice(album_ids)
                t = req(
                    t + sec(r.uniform(2, 30)),
                    r.uniform(0.005, 0.04),
                    200,
                    "GET",
                    f"/getAlbum.view?{auth(user, client, ver)}&id=al-{al}",
                )
                t = req(
                    t + sec(0.3),
                    r.uniform(0.002, 0.08),
                    r.choice([200, 200, 200, 304]),
                    "GET",
                    f"/getCoverArt.view?{auth(user, client, ver)}&id=al-{al}&size=600",
                )
                if client == "Feishin":
                    t = req(
                        t + sec(0.2),
                        r.uniform(0.004, 0.03),
                        200,
                        "GET",
                        f"/getArtistInfo2.view?{auth(user, client, ver)}&id=ar-{al // 4}",
                    )
                for k in range(r.randint(3, 11)):
                    if t >= s1:
                        break
                    tr = al * 20 + k + 3
                    code = 206 if client in ("DSub", "Feishin") else 200
                    extra = "&maxBitRate=192&format=mp3" if client == "DSub" else ""
                    t = req(
                        t + sec(r.uniform(0.2, 2)),
                        r.uniform(0.08, 4.9),
                        code,
                        "GET",
                        f"/stream.view?{auth(user, client, ver)}&id=tr-{tr}{extra}",
                    )
                    t = req(
                        t + sec(r.uniform(0.5, 3)),
                        r.uniform(0.003, 0.02),
                        200,
                        "GET",
                        f"/scrobble.view?{auth(user, client, ver)}&id=tr-{tr}&submission=false",
                    )
                    t = req(
                        t + sec(r.uniform(0.1, 0.6)),
                        r.uniform(0.002, 0.05),
                        r.choice([200, 304]),
                        "GET",
                        f"/getCoverArt.view?{auth(user, client, ver)}&id=al-{al}&size={r.choice([128, 256, 512])}",
                    )
                    length = r.uniform(150, 420)
                    if client == "Feishin":
                        # the play queue saved every 30 seconds while playing
                        for q in range(int(length // 30)):
                            req(
                                t + sec(30 * (q + 1) + r.uniform(0, 1)),
                                r.uniform(0.004, 0.03),
                                200,
                                "GET",
                                f"/savePlayQueue.view?{auth(user, client, ver)}&current=tr-{tr}&id=tr-{tr}&id=tr-{tr + 1}&id=tr-{tr + 2}&position={30000 * (q + 1) + r.randint(0, 999)}",
                            )
                    t = req(
                        t + sec(length),
                        r.uniform(0.05, 0.9),
                        200,
                        "GET",
                        f"/scrobble.view?{auth(user, client, ver)}&id=tr-{tr}&submission=true&time={int((t + sec(length)).timestamp() * 1000)}",
                    )
                    if client == "DSub" and r.random() < 0.12:
                        t = L(
                            t + sec(r.uniform(1, 5)),
                            "error writing subsonic response (normal handler): write tcp %s->%s: write: broken pipe",
                            f"error writing subsonic response (normal handler): write tcp 172.18.0.4:80->172.18.0.1:{r.randint(33000, 60999)}: write: broken pipe",
                        )
    # Symfonium's library sync after the restart and after the new albums
    for t in [at(6, 19, 31), at(10, 11, 2)]:
        user, client, ver = "alice", "Symfonium", "1.16.1"
        t = req(t, r.uniform(0.001, 0.004), 200, "GET", f"/ping.view?{auth(user, client, ver)}")
        t = req(
            t + sec(0.4),
            r.uniform(0.002, 0.01),
            200,
            "GET",
            f"/getMusicFolders.view?{auth(user, client, ver)}",
        )
        t = req(
            t + sec(0.4),
            r.uniform(0.02, 0.2),
            200,
            "GET",
            f"/getArtists.view?{auth(user, client, ver)}",
        )
        for off in (0, 500):
            t = req(
                t + sec(0.6),
                r.uniform(0.1, 0.6),
                200,
                "GET",
                f"/getAlbumList2.view?{auth(user, client, ver)}&offset={off}&size=500&type=alphabeticalByName",
            )
        n_al = 85 if t.hour < 9 else 97
        for al in range(12, 12 + n_al):
            t = req(
                t + sec(r.uniform(0.05, 0.4)),
                r.uniform(0.004, 0.05),
                200,
                "GET",
                f"/getAlbum.view?{auth(user, client, ver)}&id=al-{al}",
            )
        for al in range(12, 12 + n_al):
            t = req(
                t + sec(r.uniform(0.05, 0.4)),
                r.uniform(0.003, 0.3),
                200,
                "GET",
                f"/getCoverArt.view?{auth(user, client, ver)}&id=al-{al}&size=1024",
            )
        t = req(
            t + sec(0.6),
            r.uniform(0.01, 0.05),
            200,
            "GET",
            f"/getPlaylists.view?{auth(user, client, ver)}",
        )
        t = req(
            t + sec(0.6),
            r.uniform(0.01, 0.05),
            200,
            "GET",
            f"/getStarred2.view?{auth(user, client, ver)}",
        )
    # the admin UI, a login that failed first
    for t, path, code in [
        (at(9, 33, 2), "/admin/login", 200),
        (at(9, 33, 11), "/admin/login_do", 303),
        (at(9, 33, 11), "/admin/login", 200),
        (at(9, 33, 20), "/admin/login_do", 303),
        (at(9, 33, 21), "/admin/home", 200),
        (at(9, 34, 40), "/admin/home", 200),
    ]:
        req(
            t,
            r.uniform(0.001, 0.02),
            code,
            "POST" if path.endswith("_do") else "GET",
            path.replace("/admin", "", 1),
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- ampache

AM_TRACKS = [
    # artist, album, title, ext, size, seconds, bitrate
    ("Radiohead", "In Rainbows", "Reckoner", "flac", 34_911_204, 290, 963_000),
    ("Radiohead", "In Rainbows", "Nude", "flac", 28_107_551, 255, 881_000),
    ("Radiohead", "Kid A", "Everything in Its Right Place", "flac", 30_002_117, 251, 956_000),
    ("Portishead", "Dummy", "Roads", "flac", 34_884_030, 305, 915_000),
    ("Portishead", "Third", "The Rip", "flac", 28_655_092, 269, 852_000),
    ("Massive Attack", "Mezzanine", "Teardrop", "flac", 37_510_777, 330, 909_000),
    ("Massive Attack", "Mezzanine", "Angel", "flac", 44_210_005, 379, 933_000),
    ("Boards of Canada", "Geogaddi", "Music Is Math", "mp3", 13_051_264, 321, 320_000),
    (
        "Boards of Canada",
        "Music Has the Right to Children",
        "Roygbiv",
        "mp3",
        5_653_114,
        141,
        320_000,
    ),
    ("Khruangbin", "Mordechai", "Time (You and I)", "flac", 42_339_004, 355, 954_000),
    ("Khruangbin", "Con Todo El Mundo", "Maria También", "flac", 26_411_893, 210, 1_006_000),
    ("Nils Frahm", "All Melody", "Sunson", "flac", 62_015_511, 495, 1_002_000),
    ("Bonobo", "Migration", "Kerala", "mp3", 9_876_532, 246, 320_000),
    ("Bonobo", "Black Sands", "Kiara", "mp3", 8_010_877, 200, 320_000),
    ("Beach House", "Bloom", "Myth", "flac", 31_880_205, 258, 988_000),
    ("Four Tet", "There Is Love in You", "Angel Echoes", "mp3", 10_502_338, 262, 320_000),
    ("Caribou", "Our Love", "Can't Do Without You", "flac", 30_774_190, 236, 1_043_000),
    ("The National", "High Violet", "Bloodbuzz Ohio", "flac", 33_516_011, 276, 971_000),
    ("Björk", "Homogenic", "Jóga", "flac", 35_600_431, 305, 934_000),
    ("Sigur Rós", "Takk...", "Hoppípolla", "flac", 30_112_908, 268, 898_000),
    ("Jon Hopkins", "Immunity", "Open Eye Signal", "mp3", 19_330_110, 483, 320_000),
    ("Talk Talk", "Spirit of Eden", "I Believe in You", "flac", 49_081_566, 380, 1_033_000),
    ("Leonard Cohen", "Songs of Leonard Cohen", "Suzanne", "mp3", 9_122_045, 228, 320_000),
    ("Fleetwood Mac", "Rumours", "Dreams", "flac", 27_450_886, 257, 854_000),
]
AM_NEW = [
    ("Ezra Collective", "Where I'm Meant To Be", 13),
    ("Yussef Dayes", "Black Classical Music", 19),
    ("Arooj Aftab", "Vulture Prince", 8),
    ("Floating Points, Pharoah Sanders & The London Symphony Orchestra", "Promises", 9),
    ("Sault", "Untitled (Black Is)", 20),
    ("Hania Rani", "Ghosts", 16),
]


def ampache(r: random.Random) -> list[Log]:
    """Ampache 6.4 in docker (its own log, `log_path`/ampache.20240607.log, debug_level 5):
    three listeners in the web player (one on a phone, transcoded to mp3; seeks; skips), an old
    phone app hammering the Subsonic API with a stale password, a Subsonic client browsing, the
    07:00 catalog update (verify, then the new albums imported, two files skipped), and MariaDB
    restarted under it all at 09:40 (every request's connection failing for 80 seconds)."""
    fs = Files()

    def A(t: datetime, worker: int, user: str, event: str, label: str, msg: str) -> datetime:
        return fs.add(
            "ampache.20240607.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 [{user}] ({event}) -> {msg}"],
            ("php-fpm", worker),
            1_000_000,
        )

    DBA = "Ampache\\Module\\System\\Dba"
    STREAM = "Ampache\\Module\\Playback\\Stream"
    db_down = (at(9, 40, 12), at(9, 41, 32))
    uids = {"alice": 2, "bob": 3, "carol": 5, "dad": 7, "eve": 8}

    def worker() -> int:
        return r.randint(1, 12)

    def connect(t: datetime, w: int) -> tuple[datetime, bool]:
        t = A(t, w, "ampache", DBA, "Database connection...", "Database connection...")
        if in_any(t, [db_down]):
            t = A(
                t,
                w,
                "ampache",
                DBA,
                "Connection failed: %s",
                "Connection failed: SQLSTATE[HY000] [2002] Connection refused",
            )
            return t, False
        return t, True

    def play(
        t: datetime, user: str, track_ix: int, transcode: bool, seek: bool, skip: bool
    ) -> datetime:
        artist, album, title, ext, size, secs, _bitrate = AM_TRACKS[track_ix]
        oid = 4000 + track_ix * 37
        path = f"/media/{artist}/{album}/{track_ix % 11 + 1:02d} - {title}.{ext}"
        w = worker()
        t, ok = connect(t, w)
        if not ok:
            return t
        t = A(t, w, "ampache", "play/index", "Asked for type {%s}", "Asked for type {song}")
        t = A(t, w, user, "play/index", "%s file (%s}...", f"stream file ({path}}}...")
        t = A(t, w, user, "play/index", "Media type {%s}", f"Media type {{{ext}}}")
        if transcode:
            t = A(t, w, user, "play/index", "Transcode to {%s}", "Transcode to {mp3}")
            t = A(
                t,
                w,
                user,
                "play/index",
                "Transcoding due to explicit request for %s",
                "Transcoding due to explicit request for mp3",
            )
            t = A(
                t,
                w,
                user,
                STREAM,
                "Command: %s Arguments:%s",
                "Command: ffmpeg Arguments: -i %FILE% -vn -b:a %BITRATE%K -c:a libmp3lame -f mp3 pipe:1",
            )
            t = A(t, w, user, STREAM, "Configured bitrate is %s", "Configured bitrate is 128")
            t = A(
                t,
                w,
                user,
                STREAM,
                "Final transcode bitrate is %s",
                "Final transcode bitrate is 128",
            )
            quoted = "'" + path.replace("'", "'\\''") + "'"
            t = A(
                t,
                w,
                user,
                STREAM,
                "Transcode command: %s",
                f"Transcode command: ffmpeg -i {quoted} -vn -b:a 128K -c:a libmp3lame -f mp3 pipe:1",
            )
            t = A(
                t,
                w,
                user,
                STREAM,
                "Transcode command prefix: %s",
                "Transcode command prefix: exec ",
            )
        now = int(t.timestamp())
        t = A(
            t,
            w,
            user,
            "play/index",
            "Registering stream @%s for %s: %s {%s}",
            f"Registering stream @{now} for {uids[user]}: {artist} - {title} {{{oid}}}",
        )
        played = secs * (r.uniform(0.15, 0.6) if skip else 1.0)
        if transcode:
            out = int(secs * 128000 / 8)
            sent = int(played * 128000 / 8)
            end = t + sec(played)
            t = A(
                end,
                w,
                user,
                "play/index",
                "Stream ended at %s (%s) bytes out of %s",
                f"Stream ended at {sent} ({sent}) bytes out of {out}",
            )
            if skip:
                A(
                    t,
                    w,
                    user,
                    STREAM,
                    "WARNING Stream is probably being killed early! pid:%s",
                    f"WARNING Stream is probably being killed early! pid:{r.randint(20000, 32000)}",
                )
            else:
                A(
                    t,
                    w,
                    user,
                    STREAM,
                    "Process is not running, kill skipped.",
                    "Process is not running, kill skipped.",
                )
            return end
        sent = size if not skip else int(size * r.uniform(0.3, 0.8))
        dl = min(secs, r.uniform(2, 25))  # the browser fetches ahead
        A(
            t + sec(dl),
            w,
            user,
            "play/index",
            "Stream ended at %s (%s) bytes out of %s",
            f"Stream ended at {sent} ({sent}) bytes out of {size}",
        )
        if seek:
            ts = t + sec(played * r.uniform(0.3, 0.7))
            w2 = worker()
            ts, ok = connect(ts, w2)
            if ok:
                off = int(size * r.uniform(0.3, 0.8))
                ts = A(
                    ts, w2, "ampache", "play/index", "Asked for type {%s}", "Asked for type {song}"
                )
                ts = A(ts, w2, user, "play/index", "%s file (%s}...", f"stream file ({path}}}...")
                ts = A(ts, w2, user, "play/index", "Media type {%s}", f"Media type {{{ext}}}")
                ts = A(
                    ts,
                    w2,
                    user,
                    "play/index",
                    "Content-Range header received, skipping %s bytes out of %s",
                    f"Content-Range header received, skipping {off} bytes out of {size}",
                )
                ts = A(
                    ts,
                    w2,
                    user,
                    "play/index",
                    "Content-Range doesn't start from 0, stats should already be registered previously; not collecting stats",
                    "Content-Range doesn't start from 0, stats should already be registered previously; not collecting stats",
                )
                A(
                    ts + sec(r.uniform(1, 9)),
                    w2,
                    user,
                    "play/index",
                    "Stream ended at %s (%s) bytes out of %s",
                    f"Stream ended at {size - off} ({size - off}) bytes out of {size - off}",
                )
        return t + sec(played)

    listeners = [
        ("alice", [(at(6, 10), at(9, 5))], False),
        ("bob", [(at(7, 40), at(9, 55)), (at(10, 50), at(11, 45))], True),
        ("carol", [(at(8, 20), at(11, 58))], False),
    ]
    for user, spans, phone in listeners:
        for s0, s1 in spans:
            t = s0 + sec(r.uniform(0, 120))
            while t < s1:
                ix = r.randrange(len(AM_TRACKS))
                skip = r.random() < 0.18
                seek = (not phone) and (not skip) and r.random() < 0.12
                t = play(t, user, ix, phone, seek, skip) + sec(r.uniform(0.5, 3))

    # an old phone with a stale password, retrying every minute until dad updates it at 10:12
    for t in [at(6, 0, 33) + sec(60 * k + r.uniform(0, 4)) for k in range(252)]:
        if t >= at(10, 12, 5):
            break
        w = worker()
        t, ok = connect(t, w)
        if ok:
            A(
                t,
                w,
                "ampache",
                "rest/index",
                "Invalid authentication attempt to Subsonic API for user [%s]",
                "Invalid authentication attempt to Subsonic API for user [dad]",
            )
    # eve's Subsonic client browsing (each request connects)
    for t in poisson(r, at(6, 45), at(11, 30), 70):
        connect(t, worker())
    # the web players retrying while the database is down
    for t in poisson(r, db_down[0], db_down[1], 4.5):
        connect(t, worker())

    # the catalog update from cron at 07:00
    w = 99
    LC = "local.catalog"
    t = A(at(7, 0, 2), w, "ampache", LC, "Verify starting on %s", "Verify starting on Music")
    t = A(
        t,
        w,
        "ampache",
        LC,
        "found %s %s files to update. (last_update: %s)",
        "found 14211 song files to update. (last_update: 1717653602)",
    )
    t = A(
        t,
        w,
        "ampache",
        LC,
        "catalog %s starting verify %s on chunk %s/%s",
        "catalog Music starting verify song on chunk 1/1",
    )
    t = A(
        t + sec(r.uniform(40, 80)),
        w,
        "ampache",
        LC,
        "catalog %s starting verify %s on chunk %s/%s",
        "catalog Music starting verify song on chunk 2/1",
    )
    t = A(
        t + sec(r.uniform(20, 50)),
        w,
        "ampache",
        LC,
        "Verify finished, %s updated in %s",
        "Verify finished, 3 updated in Music",
    )
    t = A(t + sec(2), w, "ampache", LC, "Reading %s inside %s", "Reading Aphex Twin inside /media")
    t = A(t, w, "ampache", LC, "Memory usage: %s", "Memory usage: 12.00MB")
    skipped = {("Sault", 7), ("Hania Rani", 12)}
    for artist, album, n in AM_NEW:
        for k in range(1, n + 1):
            t += sec(r.uniform(0.3, 2.5))
            f = f"/media/{artist}/{album}/{k:02d} - Track {k:02d}.flac"
            if (artist, k) in skipped:
                t = A(t, w, "ampache", LC, "Skipped song file: %s", f"Skipped song file: {f}")
            else:
                t = A(t, w, "ampache", LC, "Imported song file: %s", f"Imported song file: {f}")
    t = A(
        t + sec(1),
        w,
        "ampache",
        LC,
        "Reading %s inside %s",
        "Reading 04 - Track 04.flac inside /media/Sault/Untitled (Black Is)",
    )
    t = A(t, w, "ampache", LC, "Memory usage: %s", "Memory usage: 14.00MB")
    A(
        t + sec(3),
        w,
        "ampache",
        "Ampache\\Module\\Catalog\\Catalog_local",
        "gather_art after adding",
        "gather_art after adding",
    )
    return fs.logs(T0)


SYSTEMS = {
    "kavita": kavita,
    "komga": komga,
    "owncast": owncast,
    "gonic": gonic,
    "ampache": ampache,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
