#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 95 (restic, duplicati, kopia, urbackup, proxmox-backup)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written; the lines that continue an event (a .NET exception and its stack under a
Duplicati message, the lines restic writes after the first line of a multi-line error) have no
label. Distinct calls of one process never share a timestamp at the clock's resolution (round
53's Clock, here a microsecond clock); where the log shows whole seconds (restic's `ts`
prefix and syslog, Duplicati, UrBackup, Proxmox Backup Server) a burst shares a second as a
real one does. Five backup programs' logs, one day (June 4, 2024):

- restic 0.16.4 run by a backup script with `-v` on three hosts (`web1-restic-backup.log`,
  `db1-restic-backup.log`: the script's output through `ts '%Y-%m-%d %H:%M:%S'`;
  `nas1-syslog`: the same script under a systemd timer, its output in syslog as
  `restic-backup.sh[pid]: `). Backups every 30 minutes (nas1 hourly) to a rest-server: `open
  repository`, `repository %v opened (version 2, compression level %v)`, `lock repository`,
  `using parent snapshot %v`, the scan, the summary (`Files:`, `Dirs:`, `Data Blobs:`, `Tree
  Blobs:`, `Added to the repository:`, `processed %v files, %v in %s`), `snapshot %s saved`;
  web1 unable to read session and key files every run (`error: open %s: permission denied`,
  `Warning: at least one source file could not be read`, exit 3); the rest-server down
  09:10-09:50 (`Stat(<config/>) returned error, retrying after ...`, `Fatal: unable to open
  config file: ...` with its two further lines); a stale lock on db1 13:00-14:00 (`unable to
  create lock in backend: ...` and its three further lines); a quiet `forget --prune` at
  04:30 and `restic check` at 05:00 (`[0:12] 100.00%  41 / 41 snapshots`).
- Duplicati 2.0.8 with `--log-file` at Information level on a NAS (three jobs to B2) and an
  office PC (Windows, two jobs over SFTP): `2024-06-04 06:00:01 +02 -
  [Information-Duplicati.Library.Main.BasicResults-BackendEvent]: Backend event: Put -
  Started: duplicati-b....dblock.zip.aes (49.91 MB)`; each run's list, uploads, retention
  policy lines, the compact check and the verification downloads; B2 answering 503 10:20-11:10
  (`RetryPut`, renames, `FatalError`, `FailedOperation`, the next run's
  `SchedulingMissingFileForDelete` and `PreviousBackupFilelistUpload`), the SFTP host refusing
  12:05-12:50 (`RetryList`), Outlook's locked .ost file (`PathProcessingFailed` with the
  IOException and its stack), a denied folder and unreadable metadata.
- Kopia 0.17 on a workstation: `kopia server start`'s cli-logs file (debug level:
  `2024-06-04T06:00:01.123456Z DEBUG uploader snapshotted directory\t{"path":...}`),
  four sources snapshotted hourly, quick maintenance hourly and full at 03:00, a restart at
  16:00; the B2 bucket timing out 07:40-08:10 (`got error %v when %v (#%v), sleeping for %v
  before retrying`, `snapshot error: %v`, `error running maintenance: %v`); ignored errors
  (a socket, a host key); the cli-logs of a `snapshot verify` run (`Processed %v objects.`)
  and a manual full maintenance.
- UrBackup 2.5's server log `urbackup.log` (`2024-06-04 06:00:01: WARNING: ...`): twelve
  Windows clients' hourly incremental file backups (`Starting scheduled incremental file
  backup...`, `%s: Loading file list...`, `%s: Calculating file tree differences...`,
  `Transferred %s - Average speed: %s`, `Time taken for backing up client %s: %s`, `Backup
  succeeded`), the servers' image and full backups in the evening, the 20:00 cleanup
  (`Deleting incremental file backup ( id=%d, ... ) from client "%s" ( id=%d ) ...`, `Done.`);
  laptops unreachable (`Incremental Backup of %s failed - CONNECT error -2`, `Error getting
  filelist of %s. Errorcode: %s (%d)`, `%s: Client disconnected while backing up. Copying
  partial file...`), the file server hitting the hardlink limit (five warnings, then `More
  warnings of kind: ...`), the backup volume full 16:00-16:40 (`Creating directory  "%s"
  failed. - %s`, `Backup had an early error. Deleting partial backup.`).
- Proxmox Backup Server 3.2: each task's log as written under /var/log/proxmox-backup/tasks/
  (`2024-06-04T02:00:04+02:00: ...`; one file a task, named here
  `task-<start>-<type>-<id>.log` instead of the UPID) and syslog (proxmox-backup-proxy):
  nine guests backed up every three hours from 02:00 (indexes from the previous backup,
  `created new fixed index {} ({:?})`, `add blob {:?} ({} bytes, comp: {})`, upload
  statistics, `TASK OK`), two of pve2's guests failing at 11:00 (`backup ended and finish
  failed: ...`, the snapshot removed, `TASK ERROR: ...`), garbage collection at 05:00
  (`marked {}% ({} of {} index files)`, `processed {}% ({} chunks)`, the totals), the rrd
  journal and a sync user's wrong password.

Label notes. The rules of rounds 51 to 88 hold. The timestamps `ts`, syslog and each program
add are context, as are syslog's host and tag; Duplicati's `[Level-Tag-MessageId]: `, Kopia's
level and module (`uploader`, `kopia/server`) and the JSON fields after a Kopia message are
context: the message is the label, with the program's own placeholders (`{0}` for Duplicati,
`{}` for PBS's Rust `format!`, `%v` / `%s` for restic, Kopia and UrBackup's string
concatenations). An enum's name passed as a value is a variable (Duplicati's backend action
and event type, `Backend event: {0} - {1}: {2} ({3})`; the operation `Backup`; Kopia's
maintenance mode); words a call site picks by branch are wording (UrBackup's `scheduled` /
`full`, PBS's `fixed` / `dynamic` index, written by separate calls). An error inside a message
contributes its format (`Fatal: unable to open config file: Stat: Head "%s": dial tcp %s:
connect: connection refused`, Duplicati's `failed with message: 503 - ...`, Kopia's `ignored
error when processing %q: unsupported file type: socket`). A restic error printed as one
string of several lines is one event even though `ts` or journald gave each line a
timestamp: its later lines have no label. The backup script's own lines (`starting backup of
%s`, `backup finished with exit code %d`) are labelled with the script's echo strings.

Sources: written from the helper's knowledge of each program and its logs; UrBackup's
file-backup messages were checked against a copy of its IncrFileBackup.cpp. Least sure:
restic's retry line (`Stat(<config/>)` and the backoff format), whether the stale-lock error
has a `Fatal: ` prefix, the progress lines' spacing in a non-interactive check; Duplicati's
message ids (`FullyDeletableCount`, `SmallVolumeCount`, `WastedSpaceVolumes`,
`RenameRemoteTargetFile`), the retry and B2 exception texts and the stack frames; Kopia's
whole layout (the field separator, module names) and most of its messages (`build version %v,
available %v`, `opened repository in %v`, `starting %v sources`, `starting
source manager for %v`, `starting upload of %v`, `snapshot error: %v`, `Shutting down...`,
`Server stopped.`, `verified %v`, the maintenance lines); UrBackup's image backup, cleanup and
`(Before compression: ...)` lines and the `Error getting filelist` code; PBS's syslog lines,
the GC totals' wording and the task files' names. Run it only to change the data on purpose:
`python bench/heldout/generate_round95.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import fill, secs
from generate_round55 import poisson
from generate_round88 import Files, day, syslog_ts


def cs(fmt: str, *vals: object) -> str:
    """A .NET composite format (`{0}`, `{1}` ...) filled with `vals`."""
    out = fmt
    for i, v in enumerate(vals):
        out = out.replace("{" + str(i) + "}", str(v))
    return out


def js(d: dict[str, object]) -> str:
    """zap's JSON fields after a Kopia message."""
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def size(
    r: random.Random, lo: float, hi: float, units: tuple[str, ...] = ("KiB", "MiB", "GiB")
) -> str:
    """A size as restic and kopia print it: a float and a binary unit."""
    v = r.uniform(lo, hi)
    u = 0
    while v >= 1024 and u < len(units) - 1:
        v /= 1024
        u += 1
    return f"{v:.3f} {units[u]}"


# ---------------------------------------------------------------------------------- restic

RS_PATHS = {
    "web1": ["/etc", "/home", "/var/www"],
    "db1": ["/etc", "/var/backups/postgres"],
    "nas1": ["/srv/share", "/etc"],
}
RS_WEB_DENIED = [
    "/var/www/shop/storage/framework/sessions/%s",
    "/var/www/shop/storage/logs/laravel-2024-06-04.log.%s",
    "/home/deploy/.ssh/id_%s",
    "/var/www/shop/bootstrap/cache/%s.php",
]


def restic(r: random.Random) -> list[Log]:
    """A backup script running restic 0.16.4 with `-v` on three hosts, its output given a
    timestamp per line by `ts` (web1, db1: `2024-06-04 06:00:01 ...` in the script's log file)
    or by journald (nas1: syslog). web1 and db1 back up every 30 minutes, nas1 hourly, to a
    rest-server; each host forgets and prunes at 04:30 and checks at 05:00. web1 cannot read
    a few session and key files (`error: open %s: permission denied`, exit 3); the
    rest-server is down 09:10-09:50 (retries, `Fatal: unable to open config file`); db1 finds
    a stale lock 13:00-14:00 until an admin unlocks it; nas1's new path has no parent."""
    fs = Files(1)
    t0 = day(4, 0, 0)
    down = (day(4, 9, 10), day(4, 9, 50))
    stale = (day(4, 13, 0), day(4, 14, 2))
    pids = {"web1": 2211, "db1": 1873, "nas1": 3310}

    def out(h: str, t: datetime, label: str | None, *lines: str) -> datetime:
        if h == "nas1":
            pid = pids[h]

            def text(t: datetime) -> list[str]:
                return [f"{syslog_ts(t)} nas1 restic-backup.sh[{pid}]: {x}" for x in lines]

            return fs.add("nas1-syslog", t, label, text, proc=h)
        return fs.add(
            f"{h}-restic-backup.log",
            t,
            label,
            lambda t: [f"{t:%Y-%m-%d %H:%M:%S} {x}" for x in lines],
            proc=h,
        )

    def P(h: str, t: datetime, fmt: str, *vals: object) -> datetime:
        return out(h, t, fmt, fill(fmt, *vals))

    parent: dict[str, str] = {h: hexid(r, 8) for h in RS_PATHS}
    nfiles = {"web1": 48213, "db1": 1312, "nas1": 201877}
    repo = {h: hexid(r, 10) for h in RS_PATHS}

    def opened(h: str, x: datetime) -> datetime:
        x = P(h, x + secs(r, 0.01, 0.05), "open repository")
        return P(
            h,
            x + secs(r, 0.2, 0.9),
            "repository %v opened (version 2, compression level %v)",
            repo[h],
            "auto",
        )

    def backup(h: str, t: datetime) -> None:
        pids[h] += r.randrange(40, 400)
        paths = RS_PATHS[h]
        x = P(h, t, "starting backup of %s", " ".join(paths))
        if down[0] <= t < down[1]:
            x = P(h, x + secs(r, 0.01, 0.05), "open repository")
            url = f"https://backup.lan:8000/{h}/config"
            d = 0.5
            for _ in range(r.randrange(6, 9)):
                x = P(
                    h,
                    x + secs(r, 0.01, 0.1),
                    'Stat(%v) returned error, retrying after %v: Head "%s": dial tcp %s: connect: connection refused',
                    "<config/>",
                    f"{d * r.uniform(0.8, 1.2):.6f}s",
                    url,
                    "10.0.10.5:8000",
                )
                x += timedelta(seconds=d)
                d *= 1.5
            x = out(
                h,
                x + secs(r, 0.01, 0.1),
                'Fatal: unable to open config file: Stat: Head "%s": dial tcp %s: connect: connection refused',
                fill(
                    'Fatal: unable to open config file: Stat: Head "%s": dial tcp %s: connect: connection refused',
                    url,
                    "10.0.10.5:8000",
                ),
                "Is there a repository at the following location?",
                f"rest:https://backup.lan:8000/{h}/",
            )
            P(h, x + secs(r, 0.01, 0.05), "backup failed with exit code %d", 1)
            return
        x = opened(h, x)
        x = P(h, x + secs(r, 0.01, 0.1), "lock repository")
        if h == "db1" and stale[0] <= t < stale[1]:
            lt = stale[0] - timedelta(minutes=7, seconds=2)
            ago = t - lt
            x = out(
                h,
                x + secs(r, 0.05, 0.3),
                "unable to create lock in backend: repository is already locked by PID %d on %s by %s (UID %d, GID %d)",
                fill(
                    "unable to create lock in backend: repository is already locked by PID %d on %s by %s (UID %d, GID %d)",
                    18822,
                    "db1",
                    "root",
                    0,
                    0,
                ),
                f"lock was created at {lt:%Y-%m-%d %H:%M:%S} ({int(ago.total_seconds() // 60)}m{int(ago.total_seconds() % 60)}.{r.randrange(100, 999)}s ago)",
                f"storage ID {hexid(r, 8)}",
                "the `unlock` command can be used to remove stale locks",
            )
            P(h, x + secs(r, 0.01, 0.05), "backup failed with exit code %d", 1)
            return
        first = h == "nas1" and t < day(4, 0, 59)
        if first:
            x = P(h, x + secs(r, 0.01, 0.05), "no parent snapshot found, will read all files")
        else:
            x = P(h, x + secs(r, 0.01, 0.05), "using parent snapshot %v", parent[h])
        x = P(h, x + secs(r, 0.05, 0.2), "load index files")
        x = P(h, x + secs(r, 0.2, 1.5), "start scan on %v", "[" + " ".join(paths) + "]")
        x = P(h, x + secs(r, 0.001, 0.01), "start backup on %v", "[" + " ".join(paths) + "]")
        nfiles[h] += r.randrange(0, 40)
        scan = r.uniform(0.3, 9.0) * (4 if h == "nas1" else 1)
        x = P(
            h,
            x + timedelta(seconds=scan),
            "scan finished in %.3fs: %v files, %s",
            scan,
            nfiles[h],
            size(r, 2e9, 9e9) if h != "db1" else size(r, 1e8, 3e8),
        )
        rc = 0
        if h == "web1":
            for _ in range(r.randrange(5, 13)):
                p = r.choice(RS_WEB_DENIED) % hexid(r, 12)
                x = P(h, x + secs(r, 0.01, 0.8), "error: open %s: permission denied", p)
                rc = 3
            if r.random() < 0.15:
                x = P(
                    h,
                    x + secs(r, 0.01, 0.5),
                    "error: lstat %s: no such file or directory",
                    f"/var/www/shop/storage/framework/cache/data/{hexid(r, 2)}/{hexid(r, 2)}/{hexid(r, 40)}",
                )
                rc = 3
        new, chg = r.randrange(0, 60), r.randrange(0, 120)
        x += secs(r, 2, 40)
        x = P(
            h,
            x,
            "Files:       %5d new, %5d changed, %5d unmodified",
            new,
            chg,
            nfiles[h] - new - chg,
        )
        x = P(
            h,
            x + secs(r, 0.0001, 0.001),
            "Dirs:        %5d new, %5d changed, %5d unmodified",
            r.randrange(0, 4),
            r.randrange(1, 40),
            r.randrange(2000, 9000),
        )
        x = P(h, x + secs(r, 0.0001, 0.001), "Data Blobs:  %5d new", r.randrange(0, 300))
        x = P(h, x + secs(r, 0.0001, 0.001), "Tree Blobs:  %5d new", r.randrange(1, 40))
        x = P(
            h,
            x + secs(r, 0.0001, 0.001),
            "Added to the repository: %-5s (%-5s stored)",
            size(r, 1e5, 9e8),
            size(r, 5e4, 4e8),
        )
        x = P(
            h,
            x + secs(r, 0.0001, 0.001),
            "processed %v files, %v in %s",
            nfiles[h],
            size(r, 2e9, 9e9),
            f"{r.randrange(0, 2)}:{r.randrange(0, 60):02d}",
        )
        if rc == 3:
            x = P(
                h, x + secs(r, 0.0001, 0.001), "Warning: at least one source file could not be read"
            )
        parent[h] = hexid(r, 8)
        x = P(h, x + secs(r, 0.05, 0.5), "snapshot %s saved", parent[h])
        P(h, x + secs(r, 0.01, 0.05), "backup finished with exit code %d", rc)

    def progress(h: str, x: datetime, what: str, n: int) -> datetime:
        fmt = "[%s] %s  %d / %d " + what
        return P(h, x, fmt, f"0:{r.randrange(0, 20):02d}", "100.00%", n, n)

    def prune(h: str, t: datetime) -> None:
        # `restic forget --prune --quiet`: only the script's own lines
        x = P(
            h, t, "running forget --prune (%s)", "--keep-hourly 24 --keep-daily 7 --keep-weekly 4"
        )
        P(h, x + secs(r, 20, 240), "forget --prune finished with exit code %d", 0)

    def check(h: str, t: datetime) -> None:
        x = P(h, t, "running check")
        x = P(
            h,
            x + secs(r, 0.01, 0.1),
            "using temporary cache in %v",
            f"/tmp/restic-check-cache-{r.randrange(10**8, 10**9)}",
        )
        x = opened(h, x)
        x = P(h, x + secs(r, 0.01, 0.2), "create exclusive lock for repository")
        x = P(h, x + secs(r, 0.01, 0.2), "load indexes")
        x = P(h, x + secs(r, 0.5, 3), "check all packs")
        x = P(h, x + secs(r, 0.5, 3), "check snapshots, trees and blobs")
        x = progress(h, x + secs(r, 3, 60), "snapshots", r.randrange(30, 60))
        x = P(h, x + secs(r, 0.01, 0.1), "no errors were found")
        P(h, x + secs(r, 0.01, 0.05), "check finished with exit code %d", 0)

    for h in RS_PATHS:
        step = 60 if h == "nas1" else 30
        t = t0 + secs(r, 1, 3)
        while t < day(4, 23, 59):
            if t.hour == 4 and (t.minute >= 30 or h == "nas1"):
                prune(h, t + secs(r, 0, 2))
            elif t.hour == 5 and t.minute < 29:
                check(h, t + secs(r, 0, 2))
            else:
                backup(h, t + secs(r, 0, 2))
            t += timedelta(minutes=step)
    return fs.logs(t0)


# ------------------------------------------------------------------------------- duplicati

DP_JOBS = {
    "nas": [
        ("Documents", 60, "b2://nas-backup/documents"),
        ("Photos", 180, "b2://nas-backup/photos"),
        ("Nextcloud", 120, "b2://nas-backup/nextcloud"),
    ],
    "office-pc": [
        ("Documents", 30, "ssh://backup.lan//srv/backup/office-pc"),
        ("Outlook", 120, "ssh://backup.lan//srv/backup/office-pc-mail"),
    ],
}
DP_DELETE_TAG = "Duplicati.Library.Main.Operation.DeleteHandler"


def dp_stack(win: bool) -> list[str]:
    return [
        "   at Duplicati.Library.Main.Operation.Backup.BackendUploader.DoPut(FileEntryItem item, IBackend backend, CancellationToken cancelToken)",
        "   at Duplicati.Library.Main.Operation.Backup.BackendUploader.<>c__DisplayClass20_0.<<UploadFileAsync>b__0>d.MoveNext()",
        "--- End of stack trace from previous location ---",
        "   at Duplicati.Library.Main.Operation.Backup.BackendUploader.DoWithRetry(Func`1 method, FileEntryItem item, Worker worker, CancellationToken cancelToken)",
    ]


def duplicati(r: random.Random) -> list[Log]:
    """Duplicati 2.0.8 on two machines, each with `--log-file` at Information level
    (`2024-06-04 06:00:01 +02 - [Information-Duplicati.Library.Main.Controller-StartingOperation]:
    The operation Backup has started`): a NAS backing up three jobs to B2 and an office PC
    (Windows) two jobs over SFTP. B2 answers 503 from 10:20 to 11:10 (`RetryPut` with the
    exception, renames, one run failing with `FatalError` and `FailedOperation`, the next run
    scheduling the partial files for deletion and uploading the synthetic file list); the
    office PC's Outlook file is locked while Outlook runs (`PathProcessingFailed` with the
    IOException), a profile folder is denied."""
    fs = Files(1)
    t0 = day(4, 0, 0)
    b2_down = (day(4, 10, 20), day(4, 11, 10))
    sftp_down = (day(4, 12, 5), day(4, 12, 50))
    pending: dict[tuple[str, str], list[str]] = {}

    def L(
        h: str,
        t: datetime,
        level: str,
        tag: str,
        msgid: str,
        fmt: str,
        *vals: object,
        extra: list[str] | None = None,
    ) -> datetime:
        zone = "+02"
        msg = cs(fmt, *vals)
        head = f"[{level}-{tag}-{msgid}]: "
        return fs.add(
            f"{h}-duplicati.log",
            t,
            fmt,
            lambda t: [f"{t:%Y-%m-%d %H:%M:%S} {zone} - {head}{msg}", *(extra or [])],
            proc=h,
        )

    def ev(h: str, t: datetime, action: str, state: str, path: str, sz: str) -> datetime:
        return L(
            h,
            t,
            "Information",
            "Duplicati.Library.Main.BasicResults",
            "BackendEvent",
            "Backend event: {0} - {1}: {2} ({3})",
            action,
            state,
            path,
            sz,
        )

    def mb(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        return f"{v:.2f} MB" if v >= 1 else f"{v * 1024:.2f} KB"

    def listing(h: str, x: datetime) -> datetime:
        x = ev(h, x + secs(r, 0.1, 0.5), "List", "Started", "", "")
        return ev(
            h,
            x + secs(r, 0.3, 2),
            "List",
            "Completed",
            "",
            f"{r.randrange(200, 3000)} bytes" if r.random() < 0.1 else mb(0.05, 3),
        )

    def run(h: str, job: str, t: datetime) -> None:
        win = h == "office-pc"
        x = L(
            h,
            t,
            "Information",
            "Duplicati.Library.Main.Controller",
            "StartingOperation",
            "The operation {0} has started",
            "Backup",
        )
        x = listing(h, x)
        for name in pending.pop((h, job), []):
            x = L(
                h,
                x + secs(r, 0.01, 0.1),
                "Information",
                "Duplicati.Library.Main.Operation.FilelistProcessor",
                "SchedulingMissingFileForDelete",
                "scheduling missing file for deletion, currently listed as {0}: {1}",
                "Uploading",
                name,
            )
        if (h, job) in failed:
            failed.discard((h, job))
            x = L(
                h,
                x + secs(r, 0.1, 0.5),
                "Information",
                "Duplicati.Library.Main.Operation.Backup.UploadSyntheticFilelist",
                "PreviousBackupFilelistUpload",
                "Uploading filelist from previous interrupted backup",
            )
        if win and sftp_down[0] <= x < sftp_down[1]:
            x = ev(h, x + secs(r, 0.1, 0.5), "List", "Started", "", "")
            refused = "No connection could be made because the target machine actively refused it. [::ffff:10.0.0.5]:22"
            exc = [
                f"System.Net.Sockets.SocketException (10061): {refused}",
                "   at Renci.SshNet.Abstractions.SocketAbstraction.Connect(Socket socket, EndPoint endpoint, TimeSpan connectTimeout)",
                "   at Duplicati.Library.Backend.SSHv2.CreateConnection()",
                "   at Duplicati.Library.Main.BackendManager.DoList(FileEntryItem item)",
            ]
            for attempt in range(1, 6):
                x = L(
                    h,
                    x + secs(r, 10, 12),
                    "Retry",
                    "Duplicati.Library.Main.BackendManager",
                    "RetryList",
                    "Operation {0} with file {1} attempt {2} of {3} failed with message: No connection could be made because the target machine actively refused it. {4}",
                    "List",
                    "",
                    attempt,
                    5,
                    "[::ffff:10.0.0.5]:22",
                    extra=exc,
                )
                x = ev(
                    h,
                    x + secs(r, 0.01, 0.1),
                    "List",
                    "Retrying" if attempt < 5 else "Failed",
                    "",
                    "",
                )
            x = L(
                h,
                x + secs(r, 0.01, 0.1),
                "Error",
                "Duplicati.Library.Main.Operation.BackupHandler",
                "FatalError",
                "Fatal error",
                extra=exc,
            )
            L(
                h,
                x + secs(r, 0.01, 0.1),
                "Error",
                "Duplicati.Library.Main.Controller",
                "FailedOperation",
                "The operation {0} has failed with error: No connection could be made because the target machine actively refused it. {1}",
                "Backup",
                "[::ffff:10.0.0.5]:22",
                extra=exc,
            )
            return
        if win:
            if job == "Documents" and r.random() < 0.15:
                p = f"C:\\Users\\mkeller\\AppData\\Local\\Temp\\{hexid(r, 8)}.tmp"
                x = L(
                    h,
                    x + secs(r, 0.1, 3),
                    "Warning",
                    "Duplicati.Library.Main.Operation.Backup.MetadataGenerator.Metadata",
                    "MetadataProcessFailed",
                    'Failed to process metadata for "{0}", storing empty metadata',
                    p,
                    extra=[
                        "System.UnauthorizedAccessException: Attempted to perform an unauthorized operation.",
                        "   at System.Security.AccessControl.Win32.GetSecurityInfo(ResourceType resourceType, String name, SafeHandle handle, AccessControlSections accessControlSections, RawSecurityDescriptor& resultSd)",
                        "   at Duplicati.Library.Snapshots.SystemIOWindows.GetMetadata(String path, Boolean isSymlink, Boolean followSymlink)",
                    ],
                )
            if job == "Outlook" and 8 <= t.hour < 18:
                p = "C:\\Users\\mkeller\\AppData\\Local\\Microsoft\\Outlook\\m.keller@example.com.ost"
                x = L(
                    h,
                    x + secs(r, 1, 20),
                    "Warning",
                    "Duplicati.Library.Main.Operation.Backup.FileBlockProcessor.FileEntry",
                    "PathProcessingFailed",
                    "Failed to process path: {0}",
                    p,
                    extra=[
                        f"System.IO.IOException: The process cannot access the file '{p}' because it is being used by another process.",
                        "   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)",
                        "   at System.IO.FileStream.CreateFileOpenHandle(FileMode mode, FileShare share, FileOptions options)",
                        "   at Duplicati.Library.Main.Operation.Backup.FileBlockProcessor.Run(DataBlock[] data, Options options, BackupDatabase database, BackupStatsCollector stats, ITaskReader taskreader, CancellationToken token)",
                    ],
                )
            if job == "Documents" and r.random() < 0.3:
                p = "C:\\Users\\mkeller\\Documents\\Eigene Musik\\"
                x = L(
                    h,
                    x + secs(r, 0.1, 3),
                    "Warning",
                    "Duplicati.Library.Main.Operation.Backup.FileEnumerationProcess",
                    "FileAccessError",
                    "Error reported while accessing file: {0}",
                    p,
                    extra=[
                        f"System.UnauthorizedAccessException: Access to the path '{p}' is denied."
                    ],
                )
        nblocks = r.choice([0, 1, 1, 1, 2, 2, 3]) if job != "Photos" else r.randrange(2, 6)
        uploads: list[tuple[str, str]] = []
        for _ in range(nblocks):
            uploads.append((f"duplicati-b{hexid(r, 32)}.dblock.zip.aes", mb(2, 49.99)))
        for _ in range(nblocks):
            uploads.append((f"duplicati-i{hexid(r, 32)}.dindex.zip.aes", mb(0.01, 0.2)))
        uploads.append((f"duplicati-{t:%Y%m%dT%H%M%S}Z.dlist.zip.aes", mb(0.2, 4)))
        for name, sz in uploads:
            x = ev(h, x + secs(r, 1, 30), "Put", "Started", name, sz)
            if h == "nas" and b2_down[0] <= x < b2_down[1]:
                for attempt in range(1, 6):
                    x += secs(r, 5, 30)
                    x = L(
                        h,
                        x,
                        "Retry",
                        "Duplicati.Library.Main.Operation.Backup.BackendUploader",
                        "RetryPut",
                        "Operation {0} with file {1} attempt {2} of {3} failed with message: 503 - service_unavailable: no tomes available",
                        "Put",
                        name,
                        attempt,
                        5,
                        extra=[
                            "Duplicati.Library.Backend.Backblaze.B2Exception: 503 - service_unavailable: no tomes available",
                            *dp_stack(False),
                        ],
                    )
                    x = ev(h, x + secs(r, 0.01, 0.1), "Put", "Retrying", name, sz)
                    if attempt == 5:
                        x = L(
                            h,
                            x + secs(r, 0.01, 0.1),
                            "Error",
                            "Duplicati.Library.Main.Operation.BackupHandler",
                            "FatalError",
                            "Fatal error",
                            extra=[
                                "Duplicati.Library.Backend.Backblaze.B2Exception: 503 - service_unavailable: no tomes available",
                                *dp_stack(False),
                            ],
                        )
                        x = L(
                            h,
                            x + secs(r, 0.01, 0.1),
                            "Error",
                            "Duplicati.Library.Main.Controller",
                            "FailedOperation",
                            "The operation {0} has failed with error: 503 - service_unavailable: no tomes available",
                            "Backup",
                            extra=[
                                "Duplicati.Library.Backend.Backblaze.B2Exception: 503 - service_unavailable: no tomes available",
                                *dp_stack(False),
                            ],
                        )
                        pending[(h, job)] = [
                            n
                            for n, _ in uploads
                            if n.endswith(("dblock.zip.aes", "dindex.zip.aes"))
                        ][:2]
                        failed.add((h, job))
                        return
                    new = (
                        f"duplicati-b{hexid(r, 32)}.dblock.zip.aes"
                        if ".dblock." in name
                        else f"duplicati-i{hexid(r, 32)}.dindex.zip.aes"
                    )
                    x = L(
                        h,
                        x + secs(r, 0.01, 0.1),
                        "Information",
                        "Duplicati.Library.Main.Operation.Backup.BackendUploader",
                        "RenameRemoteTargetFile",
                        'Renaming "{0}" to "{1}"',
                        name,
                        new,
                    )
                    x = ev(h, x + secs(r, 0.01, 0.1), "Put", "Rename", name, sz)
                    x = ev(h, x + secs(r, 0.001, 0.01), "Put", "Rename", new, sz)
                    name = new
                    x = ev(h, x + secs(r, 1, 5), "Put", "Started", name, sz)
                    if r.random() < 0.4:
                        break
            x = ev(h, x + secs(r, 1, 60), "Put", "Completed", name, sz)
        # retention
        rt = f"{DP_DELETE_TAG}:RetentionPolicy"
        x = L(
            h,
            x + secs(r, 0.5, 2),
            "Information",
            rt,
            "StartCheck",
            "Start checking if backups can be removed",
        )
        x = L(
            h,
            x + secs(r, 0.01, 0.1),
            "Information",
            rt,
            "FramesAndIntervals",
            "Time frames and intervals pairs: {0}",
            "7.00:00:00 / 1.00:00:00, 28.00:00:00 / 7.00:00:00, 365.00:00:00 / 31.00:00:00",
        )
        prev = [t - timedelta(hours=k) for k in range(1, 4)]
        x = L(
            h,
            x + secs(r, 0.01, 0.1),
            "Information",
            rt,
            "BackupList",
            "Backups to consider: {0}",
            ", ".join(f"{p:%m/%d/%Y %H:%M:%S}" for p in prev),
        )
        dele = r.random() < 0.25
        gone = f"{t - timedelta(days=8):%m/%d/%Y %H:%M:%S}" if dele else ""
        x = L(
            h,
            x + secs(r, 0.01, 0.1),
            "Information",
            rt,
            "BackupsToDelete",
            "Backups outside of all time frames and thus getting deleted: {0}",
            gone,
        )
        x = L(
            h,
            x + secs(r, 0.01, 0.1),
            "Information",
            rt,
            "AllBackupsToDelete",
            "All backups to delete: {0}",
            gone,
        )
        if dele:
            x = L(
                h,
                x + secs(r, 0.01, 0.1),
                "Information",
                DP_DELETE_TAG,
                "DeleteRemoteFileset",
                "Deleting {0} remote fileset(s) ...",
                1,
            )
            name = f"duplicati-{t - timedelta(days=8):%Y%m%dT%H%M%S}Z.dlist.zip.aes"
            sz = mb(0.2, 4)
            x = ev(h, x + secs(r, 0.1, 1), "Delete", "Started", name, sz)
            x = ev(h, x + secs(r, 0.1, 2), "Delete", "Completed", name, sz)
            x = L(
                h,
                x + secs(r, 0.01, 0.1),
                "Information",
                DP_DELETE_TAG,
                "DeleteResults",
                "Deleted {0} remote fileset(s)",
                1,
            )
            ldb = "Duplicati.Library.Main.Database.LocalDeleteDatabase"
            x = L(
                h,
                x + secs(r, 0.5, 3),
                "Information",
                ldb,
                "FullyDeletableCount",
                "Found {0} fully deletable volume(s)",
                r.randrange(0, 3),
            )
            x = L(
                h,
                x + secs(r, 0.01, 0.1),
                "Information",
                ldb,
                "SmallVolumeCount",
                "Found {0} small volumes(s) with a total size of {1}",
                r.randrange(0, 12),
                mb(0.5, 80),
            )
            x = L(
                h,
                x + secs(r, 0.01, 0.1),
                "Information",
                ldb,
                "WastedSpaceVolumes",
                "Found {0} volume(s) with a total of {1:F2}% wasted space ({2} of {3})",
                r.randrange(0, 9),
                f"{r.uniform(0.5, 24):.2f}",
                mb(10, 900),
                f"{r.uniform(20, 400):.2f} GB",
            )
            if r.random() < 0.25:
                x = L(
                    h,
                    x + secs(r, 0.01, 0.1),
                    "Information",
                    ldb,
                    "CompactReason",
                    "Compacting because there are {0} fully deletable volume(s)",
                    k := r.randrange(1, 3),
                )
                freed = 0.0
                for _ in range(k):
                    name = f"duplicati-b{hexid(r, 32)}.dblock.zip.aes"
                    v = r.uniform(20, 49.99)
                    freed += v
                    x = ev(h, x + secs(r, 0.1, 1), "Delete", "Started", name, f"{v:.2f} MB")
                    x = ev(h, x + secs(r, 0.1, 2), "Delete", "Completed", name, f"{v:.2f} MB")
                x = L(
                    h,
                    x + secs(r, 0.01, 0.1),
                    "Information",
                    "Duplicati.Library.Main.Operation.CompactHandler",
                    "CompactResults",
                    "Deleted {0} files, which reduced storage by {1}",
                    k,
                    f"{freed:.2f} MB",
                )
            else:
                x = L(
                    h,
                    x + secs(r, 0.01, 0.1),
                    "Information",
                    ldb,
                    "CompactReason",
                    "Compacting not required",
                )
        # verification
        x = listing(h, x)
        for kind, lo, hi in (("dlist", 0.2, 4), ("dindex", 0.01, 0.2), ("dblock", 2, 49.99)):
            name = (
                f"duplicati-{t - timedelta(hours=r.randrange(1, 100)):%Y%m%dT%H%M%S}Z.dlist.zip.aes"
                if kind == "dlist"
                else f"duplicati-{kind[1]}{hexid(r, 32)}.{kind}.zip.aes"
            )
            sz = mb(lo, hi)
            x = ev(h, x + secs(r, 0.1, 1), "Get", "Started", name, sz)
            x = ev(h, x + secs(r, 0.3, 10), "Get", "Completed", name, sz)
        L(
            h,
            x + secs(r, 0.1, 1),
            "Information",
            "Duplicati.Library.Main.Controller",
            "CompletedOperation",
            "The operation {0} has completed",
            "Backup",
        )

    failed: set[tuple[str, str]] = set()
    for h, jobs in DP_JOBS.items():
        for job, every, _dest in jobs:
            start = r.randrange(0, 20)
            t = t0 + timedelta(minutes=start)
            hours = (7, 19) if h == "office-pc" else (0, 24)
            while t < day(4, 23, 59):
                if hours[0] <= t.hour < hours[1]:
                    run(h, job, t + secs(r, 0, 5))
                t += timedelta(minutes=every)
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- kopia

KP_SOURCES = [
    (
        "alice",
        "ws7",
        "/home/alice",
        [
            "Documents",
            "Documents/invoices",
            "Projects/site",
            "Projects/site/src",
            "Pictures/2024",
            ".config",
            ".local/share",
        ],
    ),
    ("alice", "ws7", "/etc", ["", "ssh", "systemd/system", "nginx/sites-enabled"]),
    ("root", "ws7", "/var/lib/postgresql/dumps", ["", "daily"]),
    ("bob", "ws7", "/srv/music", ["", "Jazz", "Rock", "Classical", "Podcasts"]),
]
KP_FILES = [
    "notes.md",
    "report-q2.odt",
    "index.ts",
    "main.go",
    "IMG_%04d.jpg",
    "config.json",
    "history.db",
    "app.log",
    "dump-%04d.sql.gz",
    "track%02d.flac",
]


def kopia(r: random.Random) -> list[Log]:
    """Kopia 0.17 on a workstation: `kopia server start` (its cli-logs file
    `kopia-20240604-000002-1187-server-start.log`, debug level, `2024-06-04T06:00:01.123456Z
    DEBUG uploader snapshotted file {"path":...}`) snapshotting four sources hourly with
    quick maintenance after each hour's round and full maintenance at 03:00, and two CLI runs'
    logs (`snapshot verify` at 12:30 and a manual `maintenance run --full` at 15:00). The
    B2 bucket times out 07:40-08:10 (`got error ... sleeping for ... before retrying`, a
    failed snapshot), a socket file and a permission error are ignored by the policy, the
    server is restarted at 16:00 after a config change."""
    fs = Files(1)
    t0 = day(4, 0, 0)
    b2_down = (day(4, 7, 40), day(4, 8, 10))
    srv = "kopia-20240604-000002-1187-server-start.log"

    def K(
        f: str, t: datetime, level: str, mod: str, fmt: str, *vals: object, fields: str = ""
    ) -> datetime:
        msg = fill(fmt, *vals)
        tail = f"\t{fields}" if fields else ""
        return fs.add(
            f,
            t,
            fmt,
            lambda t: [f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z {level} {mod} {msg}{tail}"],
            proc=f,
        )

    def dur(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        return f"{v * 1000:.3f}µs" if v < 0.001 else (f"{v * 1000:.6f}ms" if v < 1 else f"{v:.6f}s")

    def start(f: str, t: datetime, cmd: str) -> datetime:
        x = K(f, t, "DEBUG", "kopia/cli", "build version %v, available %v", "0.17.0", "0.17.0")
        x = K(
            f,
            x + secs(r, 0.05, 0.3),
            "DEBUG",
            "kopia/repo",
            "opened repository in %v",
            dur(0.2, 1.5),
        )
        return x

    def server_boot(t: datetime) -> datetime:
        x = start(srv, t, "server start")
        x = K(
            srv,
            x + secs(r, 0.01, 0.1),
            "INFO",
            "kopia/server",
            "starting %v sources",
            len(KP_SOURCES),
        )
        for u, h, p, _ in KP_SOURCES:
            x = K(
                srv,
                x + secs(r, 0.001, 0.01),
                "DEBUG",
                "kopia/server",
                "starting source manager for %v",
                f"{u}@{h}:{p}",
            )
        x = K(
            srv,
            x + secs(r, 0.05, 0.2),
            "INFO",
            "kopia/server",
            "SERVER ADDRESS: %v",
            "https://127.0.0.1:51515",
        )
        return x

    def retry(f: str, x: datetime, what: str) -> datetime:
        for i in range(1, r.randrange(4, 8)):
            x = K(
                f,
                x + secs(r, 30, 31),
                "DEBUG",
                "kopia/repo/blob/retrying",
                "got error %v when %v (#%v), sleeping for %v before retrying",
                'Get "https://s3.us-west-004.backblazeb2.com/ws7-kopia/'
                + hexid(r, 32)
                + '": dial tcp 149.137.132.124:443: i/o timeout',
                what,
                i,
                f"{0.1 * 1.5**i:.1f}s",
            )
        return x

    def snapshot(t: datetime, src: tuple[str, str, str, list[str]]) -> None:
        u, h, p, dirs = src
        name = f"{u}@{h}:{p}"
        x = K(srv, t, "INFO", "kopia/server", "starting upload of %v", name)
        if b2_down[0] <= t < b2_down[1]:
            x = retry(srv, x, f"GetBlob(q{hexid(r, 32)},0,-1)")
            K(
                srv,
                x + secs(r, 0.01, 0.1),
                "ERROR",
                "kopia/server",
                "snapshot error: %v",
                f"unable to flush: error writing index blob: unable to write blob n{hexid(r, 32)}: Put: i/o timeout",
            )
            return
        changed = r.randrange(1, 6) if "postgresql" not in p else 1
        if "postgresql" in p and t.hour != 1:
            changed = 0
        for d in dirs:
            for _ in range(changed if r.random() < 0.7 else 0):
                fn = r.choice(KP_FILES)
                if "%" in fn:
                    fn = fn % r.randrange(1, 9999) if "02d" not in fn else fn % r.randrange(1, 20)
                fp = f"{d}/{fn}".lstrip("/")
                x = K(
                    srv,
                    x + secs(r, 0.001, 0.4),
                    "DEBUG",
                    "uploader",
                    "snapshotted file",
                    fields=js({"path": fp, "dur": dur(0.0002, 0.8)}),
                )
            if p == "/home/alice" and d == ".local/share" and r.random() < 0.6:
                x = K(
                    srv,
                    x + secs(r, 0.001, 0.01),
                    "WARN",
                    "uploader",
                    "ignored error when processing %q: unsupported file type: socket",
                    ".local/share/keyrings/control",
                )
            if p == "/etc" and d == "ssh":
                x = K(
                    srv,
                    x + secs(r, 0.001, 0.01),
                    "WARN",
                    "uploader",
                    "ignored error when processing %q: open %s: permission denied",
                    "ssh/ssh_host_ed25519_key",
                    "/etc/ssh/ssh_host_ed25519_key",
                )
            x = K(
                srv,
                x + secs(r, 0.0005, 0.05),
                "DEBUG",
                "uploader",
                "snapshotted directory",
                fields=js({"path": d or ".", "error": None, "dur": dur(0.001, 2)}),
            )
        x = K(
            srv,
            x + secs(r, 0.0005, 0.05),
            "DEBUG",
            "uploader",
            "snapshotted directory",
            fields=js({"path": ".", "error": None, "dur": dur(0.01, 5)}),
        )
        x = K(
            srv,
            x + secs(r, 0.01, 0.2),
            "INFO",
            "kopia/server",
            "Created snapshot with root %v and ID %v in %v",
            "k" + hexid(r, 32),
            hexid(r, 32),
            f"{r.randrange(0, 40)}s",
        )

    def maintenance(f: str, t: datetime, full: bool) -> None:
        mode = "full" if full else "quick"
        x = K(f, t, "INFO", "maintenance", "Running %v maintenance...", mode)
        if b2_down[0] <= t < b2_down[1]:
            x = retry(f, x, "ListBlobs(xn)")
            K(
                f,
                x + secs(r, 0.01, 0.1),
                "ERROR",
                "kopia/server",
                "error running maintenance: %v",
                "error running maintenance: unable to list blobs: i/o timeout",
            )
            return
        if not full:
            x = K(
                f,
                x + secs(r, 0.1, 1),
                "INFO",
                "maintenance",
                "Compacting an eligible uncompacted epoch...",
            )
            x = K(
                f,
                x + secs(r, 0.1, 1),
                "INFO",
                "maintenance",
                "Cleaning up no-longer-needed epoch markers...",
            )
            x = K(
                f,
                x + secs(r, 0.1, 1),
                "INFO",
                "maintenance",
                "Attempting to compact a range of epoch indexes ...",
            )
            if r.random() < 0.3:
                x = K(
                    f,
                    x + secs(r, 0.01, 0.1),
                    "INFO",
                    "maintenance",
                    "Skipping blob deletion because not enough time has passed yet (%v left).",
                    f"{r.randrange(1, 59)}m{r.randrange(0, 60)}s",
                )
        else:
            x = K(f, x + secs(r, 0.1, 1), "INFO", "maintenance", "Looking for active contents...")
            x = K(
                f, x + secs(r, 5, 60), "INFO", "maintenance", "Looking for unreferenced contents..."
            )
            x = K(
                f,
                x + secs(r, 1, 10),
                "INFO",
                "maintenance",
                "GC found %v unused contents (%v)",
                r.randrange(0, 900),
                size(r, 0, 9e8),
            )
            x = K(
                f,
                x + secs(r, 0.001, 0.01),
                "INFO",
                "maintenance",
                "GC found %v unused contents that are too recent to delete (%v)",
                r.randrange(0, 90),
                size(r, 0, 9e7),
            )
            x = K(
                f,
                x + secs(r, 0.001, 0.01),
                "INFO",
                "maintenance",
                "GC found %v in-use contents (%v)",
                r.randrange(100000, 300000),
                size(r, 5e10, 9e10),
            )
            x = K(
                f,
                x + secs(r, 0.001, 0.01),
                "INFO",
                "maintenance",
                "GC found %v in-use system-contents (%v)",
                r.randrange(300, 900),
                size(r, 1e6, 9e6),
            )
            x = K(
                f,
                x + secs(r, 0.5, 5),
                "INFO",
                "maintenance",
                "Rewriting contents from short packs...",
            )
            x = K(
                f,
                x + secs(r, 1, 20),
                "INFO",
                "maintenance",
                "Total bytes rewritten %v",
                size(r, 0, 9e7),
            )
            x = K(
                f,
                x + secs(r, 0.1, 2),
                "INFO",
                "maintenance",
                "Found safe time to drop indexes: %v",
                f"{t - timedelta(hours=r.randrange(2, 30)):%Y-%m-%d %H:%M:%S.%f} +0000 UTC",
            )
            x = K(
                f,
                x + secs(r, 0.1, 2),
                "INFO",
                "maintenance",
                "Dropping contents deleted before %v",
                f"{t - timedelta(hours=r.randrange(2, 30)):%Y-%m-%d %H:%M:%S.%f} +0000 UTC",
            )
            x = K(
                f, x + secs(r, 0.5, 5), "INFO", "maintenance", "Looking for unreferenced blobs..."
            )
            n = r.randrange(0, 40)
            x = K(
                f,
                x + secs(r, 0.5, 5),
                "INFO",
                "maintenance",
                "Deleted total %v unreferenced blobs (%v)",
                n,
                size(r, 0, 9e8),
            )
            x = K(
                f,
                x + secs(r, 0.5, 5),
                "INFO",
                "maintenance",
                "Extending retention time for blobs...",
            )
            x = K(
                f,
                x + secs(r, 0.5, 5),
                "INFO",
                "maintenance",
                "Extended total %v blobs",
                r.randrange(100, 4000),
            )
        x = K(
            f, x + secs(r, 0.1, 1), "INFO", "maintenance", "Cleaned up %v logs.", r.randrange(0, 12)
        )
        K(f, x + secs(r, 0.01, 0.2), "INFO", "maintenance", "Finished %v maintenance.", mode)

    server_boot(t0 + secs(r, 2, 3))
    restart = day(4, 16, 0, 7)
    t = t0 + timedelta(minutes=5)
    while t < day(4, 23, 59):
        if t < restart <= t + timedelta(hours=1):
            x = K(srv, restart, "INFO", "kopia/server", "Shutting down...")
            x = K(
                srv,
                x + secs(r, 0.1, 1),
                "DEBUG",
                "kopia/server",
                "stopping source manager for %v",
                "all sources",
            )
            x = K(srv, x + secs(r, 0.5, 2), "INFO", "kopia/server", "Server stopped.")
            server_boot(x + secs(r, 3, 6))
        x = t
        for src in KP_SOURCES:
            snapshot(x + secs(r, 0, 20), src)
            x += secs(r, 30, 90)
        maintenance(srv, t + timedelta(minutes=20) + secs(r, 0, 60), t.hour == 3)
        t += timedelta(hours=1)
    # the CLI runs' own logs
    vf = "kopia-20240604-123001-48120-snapshot-verify.log"
    x = start(vf, day(4, 12, 30, 1), "snapshot verify")
    for u, h, p, _ in KP_SOURCES:
        for _ in range(r.randrange(85, 110)):
            x = K(
                vf,
                x + secs(r, 0.05, 3),
                "INFO",
                "kopia/cli",
                "Processed %v objects.",
                r.randrange(1000, 300000),
            )
        x = K(vf, x + secs(r, 0.01, 0.2), "DEBUG", "kopia/cli", "verified %v", f"{u}@{h}:{p}")
    x = K(
        vf,
        x + secs(r, 0.01, 0.1),
        "INFO",
        "kopia/cli",
        "Finished processing %v objects.",
        r.randrange(300000, 600000),
    )
    mf = "kopia-20240604-150002-51244-maintenance-run.log"
    x = start(mf, day(4, 15, 0, 2), "maintenance run")
    maintenance(mf, x + secs(r, 0.1, 0.5), True)
    return fs.logs(t0)


# ------------------------------------------------------------------------------- urbackup

UB_CLIENTS = [
    "PC-EMPFANG",
    "PC-BUCHHALTUNG",
    "PC-LAGER1",
    "PC-LAGER2",
    "NB-MUELLER",
    "NB-SCHMIDT",
    "NB-WAGNER",
    "SRV-DC01",
    "SRV-FILES",
    "PC-CAD01",
    "PC-CAD02",
    "NB-BECKER",
]


def urbackup(r: random.Random) -> list[Log]:
    """The UrBackup 2.5 server's urbackup.log (`2024-06-04 06:00:01: Loading file list...`,
    `WARNING: ` and `ERROR: ` after the time) at info level, 06:00 to 22:00: twelve Windows
    clients' hourly incremental file backups during office hours (the file list, tree
    differences, linking, the transfer and `Time taken for backing up client %s: %s`), nightly
    full file and image backups of the servers, the cleanup at 20:00 deleting old backups.
    Laptops go offline in the middle of a backup and on the road (`Error getting filelist of
    %s. Errorcode: %s (%d)`, `CONNECT error`), the backup volume's hardlink limit on the file
    server's backup (five warnings, then `More warnings of kind:`), a full volume at 16:00
    (`Creating directory ... failed.`)."""
    fs = Files(1)
    t0 = day(4, 6, 0)
    srv = "urbackup.log"

    def U(t: datetime, fmt: str, *vals: object, level: str = "") -> datetime:
        msg = fill(fmt, *vals)
        pre = f"{level}: " if level else ""
        return fs.add(srv, t, fmt, lambda t: [f"{t:%Y-%m-%d %H:%M:%S}: {pre}{msg}"], proc="srv")

    def size_s(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        for u in ("bytes", "KB", "MB", "GB"):
            if v < 1024 or u == "GB":
                return f"{v:.2f} {u}" if u != "bytes" else f"{int(v)} bytes"
            v /= 1024
        return ""

    def took(s: float) -> str:
        s = int(s)
        if s >= 3600:
            return f"{s // 3600}h {s % 3600 // 60}m {s % 60}s"
        return f"{s // 60}m {s % 60}s" if s >= 60 else f"{s}s"

    def file_backup(c: str, t: datetime, full: bool, scheduled: bool = True) -> datetime:
        kind = "full" if full else "incremental"
        x = U(t, f"Starting {'scheduled' if scheduled else 'unscheduled'} {kind} file backup...")
        laptop = c.startswith("NB-")
        if laptop and r.random() < 0.12:
            return U(
                x + secs(r, 60, 61),
                ("Full" if full else "Incremental") + " Backup of %s failed - CONNECT error -2",
                c,
                level="ERROR",
            )
        x = U(x + secs(r, 1, 30), "%s: Loading file list...", c)
        if laptop and r.random() < 0.08:
            x = U(
                x + secs(r, 5, 120),
                "Error getting filelist of %s. Errorcode: %s (%d)",
                c,
                "TIMEOUT",
                3,
                level="ERROR",
            )
            return U(x + secs(r, 0.1, 1), "Backup failed")
        if not full:
            x = U(x + secs(r, 0.5, 5), "%s: Calculating file tree differences...", c)
            x = U(x + secs(r, 0.1, 2), "%s: Calculating tree difference size...", c)
        x = U(x + secs(r, 0.01, 0.5), "%s: Linking unchanged and loading new files...", c)
        if c == "SRV-FILES" and not full and t.hour >= 10:
            for _ in range(5):
                fn = f"D:\\Freigaben\\Vorlagen\\Briefkopf_{r.randrange(1, 400):03d}.dotx"
                x = U(
                    x + secs(r, 0.01, 0.5),
                    'Creating hardlink from "%s" to "%s" failed. %s. Loading file...',
                    f"/media/backup/urbackup/{c}/240603-2100/Freigaben/{fn[3:].replace(chr(92), '/')}",
                    f"/media/backup/urbackup/{c}/{t:%y%m%d-%H%M}/Freigaben/{fn[3:].replace(chr(92), '/')}",
                    "Too many links",
                    level="WARNING",
                )
            x = U(
                x + secs(r, 0.01, 0.5),
                'More warnings of kind: Creating hardlink from "%s" to "%s" failed. Loading file... Skipping.',
                f"/media/backup/urbackup/{c}/240603-2100/Freigaben/Vorlagen/Briefkopf_{r.randrange(400, 900):03d}.dotx",
                f"/media/backup/urbackup/{c}/{t:%y%m%d-%H%M}/Freigaben/Vorlagen/Briefkopf_{r.randrange(400, 900):03d}.dotx",
                level="WARNING",
            )
        if vol_full[0] <= t < vol_full[1]:
            x = U(
                x + secs(r, 1, 10),
                'Creating directory  "%s" failed. - %s',
                f"/media/backup/urbackup/{c}/{t:%y%m%d-%H%M}/Users/{hexid(r, 4)}",
                "No space left on device (code: 28)",
                level="ERROR",
            )
            x = U(
                x + secs(r, 0.1, 1),
                "Backup had an early error. Deleting partial backup.",
                level="ERROR",
            )
            return U(x + secs(r, 0.1, 1), "Backup failed")
        if laptop and r.random() < 0.05:
            x = U(
                x + secs(r, 30, 300),
                "%s: Client disconnected while backing up. Copying partial file...",
                c,
                level="ERROR",
            )
            return U(x + secs(r, 0.1, 1), "Backup failed")
        x = U(x + secs(r, 10, 400 if not full else 3000), "Waiting for file transfers...")
        x = U(x + secs(r, 1, 30), "Writing new file list...")
        x = U(x + secs(r, 0.5, 5), "All metadata was present")
        x = U(
            x + secs(r, 0.1, 1),
            "Transferred %s - Average speed: %s",
            size_s(1e5, 9e9 if full else 5e8),
            f"{r.uniform(2, 900):.3f} MBit/s",
        )
        if r.random() < 0.2:
            x = U(
                x + secs(r, 0.01, 0.1),
                "(Before compression: %s ratio: %.3f)",
                size_s(1e6, 9e9),
                r.uniform(1, 3),
            )
        x = U(
            x + secs(r, 0.01, 0.1),
            "Time taken for backing up client %s: %s",
            c,
            took((x - t).total_seconds()),
        )
        return U(x + secs(r, 0.01, 0.1), "Backup succeeded")

    def image_backup(c: str, t: datetime) -> None:
        x = U(t, 'Starting scheduled full image backup of volume "%s"...', "C:")
        x = U(
            x + secs(r, 600, 3000),
            "Transferred %s - Average speed: %s",
            size_s(5e9, 9e10),
            f"{r.uniform(100, 900):.3f} MBit/s",
        )
        x = U(
            x + secs(r, 0.01, 0.1),
            "Time taken for creating image of client %s: %s",
            c,
            took((x - t).total_seconds()),
        )
        U(x + secs(r, 0.01, 0.1), "Backup succeeded")

    def cleanup(t: datetime) -> None:
        x = t
        for c in UB_CLIENTS:
            for _ in range(r.randrange(1, 4)):
                bt = t - timedelta(days=r.randrange(30, 40), hours=r.randrange(0, 12))
                x = U(
                    x + secs(r, 0.5, 20),
                    'Deleting incremental file backup ( id=%d, backuptime=%s, path=%s ) from client "%s" ( id=%d ) ...',
                    r.randrange(10000, 40000),
                    f"{bt:%Y-%m-%d %H:%M:%S}",
                    f"{bt:%y%m%d-%H%M}",
                    c,
                    UB_CLIENTS.index(c) + 1,
                )
                x = U(x + secs(r, 1, 60), "Done.")

    vol_full = (day(4, 16, 0), day(4, 16, 40))
    for c in UB_CLIENTS:
        if c.startswith("SRV-"):
            continue
        t = t0 + timedelta(minutes=r.randrange(0, 50))
        while t < day(4, 21, 0):
            if 7 <= t.hour < 19 or c.startswith("PC-CAD"):
                file_backup(c, t + secs(r, 0, 10), False)
            t += timedelta(minutes=60) + secs(r, -120, 120)
    for c in ("SRV-DC01", "SRV-FILES"):
        t = t0 + timedelta(minutes=r.randrange(0, 50))
        while t < day(4, 21, 0):
            file_backup(c, t, False)
            t += timedelta(minutes=30) + secs(r, -60, 60)
        image_backup(c, day(4, 21, 0) + secs(r, 0, 600))
        file_backup(c, day(4, 21, 45) + secs(r, 0, 600), True)
    cleanup(day(4, 20, 0, 3))
    return fs.logs(t0)


# ------------------------------------------------------------------------- proxmox-backup

PB_GUESTS = [
    ("vm", 101, ["drive-scsi0"]),
    ("vm", 102, ["drive-scsi0", "drive-scsi1"]),
    ("vm", 103, ["drive-virtio0"]),
    ("vm", 104, ["drive-scsi0"]),
    ("vm", 105, ["drive-scsi0", "drive-efidisk0"]),
    ("vm", 106, ["drive-sata0"]),
    ("ct", 200, []),
    ("ct", 201, []),
    ("ct", 202, []),
]
PB_NODES = {
    101: "10.0.0.21",
    102: "10.0.0.21",
    103: "10.0.0.21",
    104: "10.0.0.22",
    105: "10.0.0.22",
    106: "10.0.0.22",
    200: "10.0.0.21",
    201: "10.0.0.22",
    202: "10.0.0.22",
}


def proxmox_backup(r: random.Random) -> list[Log]:
    """Proxmox Backup Server 3.2 (`pbs`, datastore `store1`): each task's log as the server
    writes it under /var/log/proxmox-backup/tasks/ (`2024-06-04T02:00:04+02:00: message`, one
    file a task, named here `task-<start>-<type>-<guest>.log` for readability), and syslog
    with proxmox-backup-proxy's and -api's lines. Two PVE nodes back up six VMs and three
    containers every three hours from 02:00 (`starting new backup on datastore`, indexes
    from the previous backup, blobs, upload statistics, `TASK OK`); pve2's link drops during
    the 11:00 round (`backup ended and finish failed: ...`, the snapshot removed, `TASK
    ERROR`); garbage collection at 05:00 (phase 1's `marked {}%` and phase 2's `processed
    {}%` lines, the totals), the rrd journal every 30 minutes and a sync script with a wrong
    password 14:10-14:50."""
    fs = Files(1)
    t0 = day(4, 0, 0)
    proxy_pid = 913

    def T(f: str, t: datetime, fmt: str, text: str, extra: list[str] | None = None) -> datetime:
        return fs.add(
            f, t, fmt, lambda t: [f"{t:%Y-%m-%dT%H:%M:%S}+02:00: {text}", *(extra or [])], proc=f
        )

    def S(t: datetime, daemon: str, pid: int, fmt: str, text: str) -> datetime:
        return fs.add(
            "syslog", t, fmt, lambda t: [f"{syslog_ts(t)} pbs {daemon}[{pid}]: {text}"], proc=daemon
        )

    def rf(fmt: str, *vals: object) -> str:
        """A Rust format string (`{}`, `{:?}`, `{:.3}`) filled with `vals` (already formatted)."""
        it = iter(vals)
        return re.sub(r"\{[^{}]*\}", lambda m: str(next(it)), fmt)

    last: dict[int, str] = {}

    def backup(kind: str, vmid: int, disks: list[str], t: datetime, fail: bool) -> None:
        snap = f"{kind}/{vmid}/{(t - timedelta(hours=2)):%Y-%m-%dT%H:%M:%S}Z"
        f = f"task-{t:%Y%m%dT%H%M%S}-backup-{kind}-{vmid}.log"
        peer = f"::ffff:{PB_NODES[vmid]}"

        def L(x: datetime, fmt: str, *vals: object, extra: list[str] | None = None) -> datetime:
            return T(f, x, fmt, rf(fmt, *vals), extra)

        fmt0 = "starting new backup on datastore '{}' from {}: {:?}"
        x = L(t, fmt0, "store1", peer, f'"{snap}"')
        S(x, "proxmox-backup-proxy", proxy_pid, fmt0, rf(fmt0, "store1", peer, f'"{snap}"'))
        prev = vmid in last
        if prev:
            x = L(x + secs(r, 0.01, 0.1), "download '{}' from previous backup.", "index.json.blob")
        archives = (
            [f"{d}.img.fidx" for d in disks]
            if kind == "vm"
            else ["root.pxar.didx", "catalog.pcat1.didx"]
        )
        for i, a in enumerate(archives, 1):
            fixed = a.endswith(".fidx")
            if prev and fixed:
                x = L(x + secs(r, 0.01, 0.2), "register chunks in '{}' from previous backup.", a)
                x = L(x + secs(r, 0.01, 0.2), "download '{}' from previous backup.", a)
            x = L(
                x + secs(r, 0.01, 0.2),
                f"created new {'fixed' if fixed else 'dynamic'} index {{}} ({{:?}})",
                i,
                f'"{snap}/{a}"',
            )
        conf = "qemu-server.conf.blob" if kind == "vm" else "pct.conf.blob"
        n = r.randrange(300, 2000)
        x = L(
            x + secs(r, 0.1, 1),
            "add blob {:?} ({} bytes, comp: {})",
            f'"/mnt/datastore/store1/{snap}/{conf}"',
            n,
            n,
        )
        if kind == "vm" and "drive-efidisk0" in disks:
            n = r.randrange(300, 900)
            x = L(
                x + secs(r, 0.01, 0.1),
                "add blob {:?} ({} bytes, comp: {})",
                f'"/mnt/datastore/store1/{snap}/fw.conf.blob"',
                n,
                n,
            )
        if fail:
            x += secs(r, 60, 600)
            x = L(x, "backup ended and finish failed: backup ended but finished flag is not set.")
            x = L(x + secs(r, 0.001, 0.01), "removing unfinished backup")
            x = L(
                x + secs(r, 0.001, 0.01),
                "removing backup snapshot {:?}",
                f'"/mnt/datastore/store1/{snap}"',
            )
            x = L(
                x + secs(r, 0.001, 0.01), "TASK ERROR: backup ended but finished flag is not set."
            )
            S(
                x,
                "proxmox-backup-proxy",
                proxy_pid,
                "TASK ERROR: backup ended but finished flag is not set.",
                "TASK ERROR: backup ended but finished flag is not set.",
            )
            return
        for i, a in enumerate(archives, 1):
            x += secs(r, 5, 300)
            sz = (
                r.randrange(4, 64) * 1024**3
                if a.endswith(".fidx")
                else r.randrange(200, 9000) * 1024**2
            )
            chunks = sz // (4 * 1024**2) if a.endswith(".fidx") else sz // (2 * 1024**2)
            up = (
                int(sz * r.uniform(0.005, 0.08))
                if last.get(vmid)
                else int(sz * r.uniform(0.5, 0.9))
            )
            x = L(x, "Upload statistics for '{}'", a)
            x = L(x + secs(r, 0.0001, 0.001), "UUID: {}", hexid(r, 32))
            x = L(x + secs(r, 0.0001, 0.001), "Checksum: {}", hexid(r, 64))
            x = L(x + secs(r, 0.0001, 0.001), "Size: {}", sz)
            x = L(x + secs(r, 0.0001, 0.001), "Chunk count: {}", chunks)
            x = L(x + secs(r, 0.0001, 0.001), "Upload size: {} ({}%)", up, up * 100 // sz)
            dup = int(chunks * r.uniform(0.9, 0.99))
            x = L(
                x + secs(r, 0.0001, 0.001),
                "Duplicates: {}+{} ({}%)",
                dup,
                r.randrange(0, 40),
                dup * 100 // chunks,
            )
            x = L(x + secs(r, 0.0001, 0.001), "Compression: {}%", r.randrange(20, 80))
            x = L(
                x + secs(r, 0.01, 0.1),
                f"successfully closed {'fixed' if a.endswith('.fidx') else 'dynamic'} index {{}}",
                i,
            )
        n = r.randrange(400, 900)
        x = L(
            x + secs(r, 0.01, 0.1),
            "add blob {:?} ({} bytes, comp: {})",
            f'"/mnt/datastore/store1/{snap}/index.json.blob"',
            n,
            n,
        )
        x = L(x + secs(r, 0.01, 0.1), "successfully finished backup")
        x = L(x + secs(r, 0.01, 0.1), "backup finished successfully")
        x = L(x + secs(r, 0.001, 0.01), "TASK OK")
        last[vmid] = snap
        S(x, "proxmox-backup-proxy", proxy_pid, "TASK OK", "TASK OK")

    def gc(t: datetime) -> None:
        f = f"task-{t:%Y%m%dT%H%M%S}-garbage_collection-store1.log"

        def L(x: datetime, fmt: str, *vals: object) -> datetime:
            return T(f, x, fmt, rf(fmt, *vals))

        x = L(t, "starting garbage collection on store {}", "store1")
        x = L(x + secs(r, 0.01, 0.1), "Start GC phase1 (mark used chunks)")
        nidx = 214
        last_pct = 0
        for i in range(1, nidx + 1):
            pct = i * 100 // nidx
            if pct != last_pct:
                x = L(x + secs(r, 0.5, 8), "marked {}% ({} of {} index files)", pct, i, nidx)
                last_pct = pct
        x = L(x + secs(r, 0.01, 0.1), "Start GC phase2 (sweep unused chunks)")
        total = 612345
        for p in range(1, 101):
            x = L(x + secs(r, 0.5, 5), "processed {}% ({} chunks)", p, total * p // 100)
        x = L(x + secs(r, 0.01, 0.1), "Removed garbage: {}", size(r, 1e8, 9e9))
        x = L(x + secs(r, 0.0001, 0.001), "Removed chunks: {}", r.randrange(100, 4000))
        x = L(
            x + secs(r, 0.0001, 0.001),
            "Pending removals: {} (in {} chunks)",
            size(r, 1e8, 9e9),
            r.randrange(100, 4000),
        )
        x = L(
            x + secs(r, 0.0001, 0.001),
            "Original data usage: {}",
            size(r, 1.1e13, 1.3e13, ("KiB", "MiB", "GiB", "TiB")),
        )
        x = L(
            x + secs(r, 0.0001, 0.001),
            "On-Disk usage: {} ({}%)",
            size(r, 5e11, 7e11),
            f"{r.uniform(4, 6):.2f}",
        )
        x = L(x + secs(r, 0.0001, 0.001), "On-Disk chunks: {}", total)
        x = L(x + secs(r, 0.0001, 0.001), "Deduplication factor: {}", f"{r.uniform(18, 24):.2f}")
        x = L(x + secs(r, 0.0001, 0.001), "Average chunk size: {}", size(r, 9e5, 1.5e6))
        L(x + secs(r, 0.001, 0.01), "TASK OK")

    # the day
    for h in range(2, 24, 3):
        t = day(4, h, 0, 3)
        for kind, vmid, disks in PB_GUESTS:
            fail = h == 11 and PB_NODES[vmid] == "10.0.0.22" and vmid in (105, 106)
            backup(kind, vmid, disks, t, fail)
            t += secs(r, 40, 400)
    gc(day(4, 5, 0, 0))
    for m in range(0, 24 * 60, 30):
        t = t0 + timedelta(minutes=m) + secs(r, 0.1, 2)
        fmt = "rrd journal successfully committed ({} files in {:.3} seconds)"
        S(
            t,
            "proxmox-backup-proxy",
            proxy_pid,
            fmt,
            rf(fmt, r.randrange(20, 40), f"{r.uniform(0.005, 0.09):.3f}"),
        )
    for t in poisson(r, day(4, 14, 10), day(4, 14, 50), 30):
        fmt = "authentication failure; rhost={} user={} msg={}"
        S(
            t,
            "proxmox-backup-proxy",
            proxy_pid,
            fmt,
            rf(
                fmt,
                f"[::ffff:10.0.5.{r.choice([17, 17, 23])}]:{r.randrange(32768, 60999)}",
                "sync@pbs",
                "authentication failed - invalid credentials",
            ),
        )
    return fs.logs(t0)


SYSTEMS = {
    "restic": restic,
    "duplicati": duplicati,
    "kopia": kopia,
    "urbackup": urbackup,
    "proxmox-backup": proxmox_backup,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
