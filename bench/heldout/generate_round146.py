#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 146 (duplicacy, amanda, rsnapshot, mayastor, sanoid) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five backup and storage-replication tools, 06:00 to
12:00 on 2024-06-07. None of the five was in the set (`bacula`, `bareos`, `borgmatic`,
`duplicati`, `kopia`, `longhorn`, `rclone`, `restic` and `urbackup` are); all five are the
brief's.

- Duplicacy CLI 3.2 (`nas1-duplicacy.log`, `web1-duplicacy.log`, `db1-duplicacy.log`: each host's
  cron jobs appending `duplicacy -log backup -stats` to one file; `-log` prints
  `2024-06-07 06:05:12.345 INFO UPLOAD_PROGRESS Uploaded chunk 12 size 4187645, 2.57MB/s
  00:00:31 45.2%`): nas1 backs up two repositories to Backblaze B2 (nas1-data at :05,
  nas1-photos at :35) and runs `check -a` at 11:50 (`All chunks referenced by snapshot %s at
  revision %d exist` for every revision of both snapshot ids); web1 backs up /srv/www every 15
  minutes and db1 /var/backups/db hourly, both to an SFTP storage on backup1, db1 after its
  pre-backup script dumps MariaDB (`Running script %s`, the script's output as SCRIPT_OUTPUT).
  Each backup: `Storage set to %s`, `Last backup at revision %d found`, `Indexing %s`, one
  `Uploaded chunk ...` or `Skipped chunk ...` per chunk, `Uploaded %s (%d)` per new or changed
  file, `Backup for %s at revision %d completed` and the five BACKUP_STATS lines. B2 overloaded
  08:00-08:35 (the 08:05 backup's `Failed to upload the chunk %s: URL request '%s' returned %d
  %s` after its retries); backup1 rebooted from 09:02 with a broken sshd until 09:50 (web1's
  09:02 backup dying in the SFTP upload with Go's `runtime error: invalid memory address or nil
  pointer dereference` and the goroutine's stack, both written to stderr without a head, then
  `Failed to load the SFTP storage at %s: dial tcp %s: connect: no route to host` and `...:
  connection refused`); a deploy at 10:00 leaving shop/var/log/payment.log unreadable to the
  backup user (`Failed to open file for reading: open %s: permission denied`, `File %s cannot
  be opened`, `1 file was not included due to access errors` every later run); mysqldump losing
  its connection at 10:20 (`mysqldump: Got error: 2013: ...`, `Failed to run %s script: exit
  status %d`).
- Amanda 3.5 (`backup1-log.20240607060001.0`, `backup2-log.20240607060002.0`: the trace logs of
  two servers' amdump runs started at 06:00, `SUCCESS dumper web01.example.com /var/www
  20240607060001 1 [sec 16.509 kb 83746 kps 5072.6 orig-kb 161478]`, a log type and program
  name before each message and no time of day on any line): backup1 (config DailySet1, 103 DLEs
  on 32 hosts, 150 GB vtapes, 1 GB parts) and backup2 (config Office, 76 DLEs: 63 desktops,
  mail, CI, a print server, a NAS). The planner's `DISK planner %s %s` per DLE, `Full dump of %s:%s promoted from
  %d day%s ahead.` and `Incremental of %s:%s bumped to level %d.`; per dump the driver's
  `estimate ...`, the dumper's and chunker's `SUCCESS` and the taper's `PART` per part (1,093)
  and `DONE`; web07 unreachable (`FAIL planner ... [Request to %s failed: timeout waiting for
  ACK]` for its three DLEs), db02's PostgreSQL dump timing out (`FAIL dumper ... [data
  timeout]`) and ci01's reset (`[data read: recv error: Connection reset by peer]`), both
  succeeding on the retry, file01's scans and mail01's maildirs changing under tar (`STRANGE
  dumper ...`), each failed or strange dump followed by its sendbackup messages on two-space
  continuation lines; backup1's first vtape filling at part 10 of db02's dump (`PARTPARTIAL
  taper ... "No space left on device"`, `Will request retry of failed split part.`, `tape %s kb
  %s fm %s [OK]`, the next volume's `START taper datestamp %s label %s tape %s`).
- rsnapshot 1.4.5 (`bk1-rsnapshot.log` and `bk3-rsnapshot.log` at loglevel 3, the commands only;
  `bk2-rsnapshot.log` at loglevel 4, with rsync's own messages: `[2024-06-07T06:00:16]
  /usr/bin/rsync -a --delete ...`): three backup servers' `hourly` runs with link_dest (bk1 at
  :00, 162 backup points on 40 hosts, and its `daily` at 11:45; bk2 at :30, 120 points on 30
  hosts; bk3 at :15, 80 points on 20 lab machines): `%s: started`, the lockfile, the rotation
  (`/bin/rm -rf`, `mv`), one rsync command per point, `touch`, `rm -f`, `%s: completed ...`.
  web05 down 07:50-10:08 (ssh connect timeouts, `/usr/bin/rsync returned 255 while processing
  %s`, `Rolling back "%s"` and the `cp -al` that does it; at 09:00 an rsync hanging on the
  half-dead host until it is reset at 10:04, `returned 12`, so that the 10:00 run stops on
  `Lockfile %s exists and so does its process, can not continue`); lab13 decommissioned but still
  in bk3's config (`returned 255` every run); bk1's disk filling during the 11:00 run (`returned
  11` for the last 22 points); the mail spools changing under rsync on bk2 (`file has vanished:
  "%s"`, rsync's code 24 warning, `Some files and/or directories in %s vanished during rsync
  operation`, `completed, but with some warnings`); pg02 refusing ssh during its maintenance at
  10:30 (ssh's and rsync's errors, `returned 255`).
- OpenEBS Mayastor 2.6 (`openebs-io-engine-2xq7d.log`, `-8kzrw.log`, `-tf94m.log`: the
  io-engine pods on k8s-w1, k8s-w2 and k8s-w3, its own `[2024-06-07T06:02:35.229871321+00:00
  INFO io_engine::bdev::nexus::nexus_bdev:nexus_bdev.rs:446] Nexus '...' [init]: ...` layout
  with SPDK's messages under the target `mayastor::spdk`; `openebs-agent-core-*.log`: the
  control plane's core agent in tracing's pretty format, each event followed by its `    at
  file:line` line and a blank line): CI pipelines creating a three-replica volume every few
  minutes and deleting it after their job (86 nexuses created: `creating new nexus bdev`, three
  `adding child` / `added to nexus`, `registering nexus bdev...`, `nexus device initialized:
  ...`, `IO device registered`, `opening nexus children...`, three `opening child device...` /
  `opened successfully`, `all nexus children successfully opened`, `children opened
  successfully`, `nexus bdev registered successfully`; 83 destroyed), and k8s-w3 cut off the
  network by its switch port 08:47:10-08:54:20: every nexus with a child across the partition
  sees its NVMe/TCP qpair fail (SPDK's `Failed to flush tqpair=%p (%d): %s` and `[%s]
  Submitting Keep Alive failed`), faults the child (`faulted with io error, will retire`) and
  retires it; the core agent logs `A node missed its registration deadline`, `Waited %s for the
  child's replica to come back (wait time is %s)` every reconcile for each faulted child whose
  nexus it can still see (335), and when k8s-w3 is back `Child's replica is back online within
  the partial rebuild window` and `Successfully onlined child`; each io-engine `online child
  request`, the child reopened out of sync and a partial rebuild job (`Rebuild job #%d (%s) ...:
  backend created`, `changing state from Init to Running` and `from Running to Completed` with
  the job's RebuildStats).
- sanoid 2.2 and syncoid in two hosts' journals (`nas1-journal.log`, `backup1-journal.log`,
  `journalctl`'s short format, `Jun 07 06:00:03 nas1 sanoid[462868]: taking snapshot ...`): on
  nas1 the sanoid.service timer every 15 minutes (`--take-snapshots --verbose`: frequently
  snapshots of ten datasets, hourly ones on the hour), sanoid-prune.service after it, and
  syncoid.service five minutes later pushing tank/data and tank/vm to backup1 (one `Sending
  incremental %s ... %s to %s (~ %s):` per dataset); on backup1 sanoid pruning the frequently
  snapshots it receives and syncoid-pve1.service pulling pve1's VM disks; systemd's `Starting
  %s - %s...`, `%s: Deactivated successfully.`, `Finished %s - %s.` and `%s: Consumed %s CPU
  time.` around every run. The gitlab VM's nightly job making the 08:05 push send 113 GB for 19
  minutes (the 08:20 timer passing while the unit runs; both prunes' `INFO: deferring pruning of
  %s - %s is currently in zfs send or receive.`); a new dataset tank/data/projects/apollo sent
  in full at 10:05 (`Sending oldest full snapshot ...`), the link to backup1 dropping at 10:14
  in the middle of it (`CRITICAL ERROR: <the pipeline> failed: 256`, the unit failing) and the
  next run resuming it (`Resuming interrupted zfs send/receive from %s to %s (~ %s
  remaining):`); pve1 rebooted at 09:38 (ssh's `Connection refused`, `CRITICAL ERROR: ssh
  connection echo test failed for %s with exit code %d at %s line %d.`); a backup agent holding
  tank/vm/win10's 10:15 frequently snapshot (`cannot destroy snapshot %s: dataset is busy`,
  `could not remove %s : %d at %s line %d.` from 11:15 on).

Label notes. The heads are context: Duplicacy's time, level and log id (`UPLOAD_PROGRESS`,
`BACKUP_STATS`: the logID argument of LOG_INFO), the trace log's type and program name (`PART
taper `, `SUCCESS dumper `, `INFO planner `: `log_add` writes them before the message; a
`STRANGE` and a `SUCCESS` dumper line share their format), rsnapshot's `[time] ` and the prefix
its log_err and log_warn add (`/usr/bin/rsnapshot hourly: ERROR: `, `WARNING: `), the
io-engine's `[time LEVEL target:file:line] `, tracing's pretty head (time, level, target) and
its `at` line, the journal's `Mmm dd hh:mm:ss host ident[pid]: ` and the prefix syncoid's
writelog adds (`INFO: `, `WARNING: `, `CRITICAL ERROR: `). sanoid prints its `INFO: ` itself,
in each statement, and keeps it. A message passed as a value contributes its own format:
Duplicacy's SCRIPT_OUTPUT lines (the script's echo, mysqldump's error), the B2 error inside
`Failed to upload the chunk`, Go's dial errors inside `Failed to load the SFTP storage`, the
planner's and dumper's error texts in brackets, rsync's and ssh's lines at loglevel 4, zfs's
`cannot destroy snapshot` on sanoid's stderr. A command line rsnapshot logs is labelled by what
its code writes literally (`mv %s %s`, `%s -rf %s`, the rsync command with the literal flags of
its default long args and the `--rsh=` and `--link-dest=` it adds, the `--rsh=` one a label of
its own); paths, pids and commands from the config are values. Duplicacy's `Uploaded` /
`Skipped` is picked by branch (two labels); BACKUP_SKIPPED's `1 file was` is the one-file
branch. The io-engine's `Nexus '%s' [%s]` and `Child '%s @ %s' [%s %s]` are Debug values (one
`%s`), the rebuild job's Display and its RebuildStats too; the states and enum names in them
(`init`, `closed synced`, `Init to Running`) are values. Tracing's fields after the message are
part of the pretty line and labelled as `, name: %s`. A continuation line has no row: Go's
goroutine stack after the panic line, the trace log's two-space sendbackup lines after a FAIL
or STRANGE line, the pretty format's `at` line and blank line. Duplicacy and the io-engine
write milliseconds and nanoseconds, rsnapshot, the journal and tracing's pretty lines whole
seconds or microseconds, where Clock keeps one process's lines a second apart (rsnapshot's
rotation, a sanoid run's snapshots). The trace log has no time of day; its lines are written
in the order the simulated run produces them.

Least sure (written from the helper's knowledge; Duplicacy's log header, BACKUP_*,
UPLOAD_PROGRESS, UPLOAD_FILE, SKIP_FILE, BACKUP_SKIPPED, SCRIPT_*, STORAGE_CREATE, UPLOAD_CHUNK
and SNAPSHOT_CHECK messages, Amanda's taper PART/PARTPARTIAL/DONE/START lines and the driver's
state lines, rsnapshot's log_msg/log_err/log_warn and print_cmd, its rotation, rsync command
assembly and handle_rsync_error, the io-engine's log format and nexus, child and rebuild
messages, the core agent's reconciler and node messages and its pretty format default,
syncoid's writelog and its sending messages were checked against copies of their sources;
syncoid's ssh echo-test failure against a real journal quoted in an issue): Duplicacy 3.x's
goroutine stack (function names, line numbers) and whether a Go panic reaches the cron log;
Amanda's `STRANGE` line carrying the datestamp, the `estimate` STATS line being logged when a
dump starts (and again for its retry), `tape %s kb %s fm %s [OK]` and where in the file the
planner's INFO lines fall; the io-engine's line numbers, SPDK's two messages and their files,
the device name in `retiring child device`, the field order of RebuildStats; whether the core
agent's pretty lines carry span (`in ...`) lines at info level; systemd's unit descriptions on
Debian (`Snapshot ZFS Pool`, `Cleanup ZFS Pool`, `Transfer ZFS Snapshots`), sanoid's `INFO:
removing destroyed snapshots from cache.` and the line numbers in its and syncoid's `at ...
line %d.`, the syncoid pipeline's exact spacing.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round136 import T0, T_END, at, raw

# -------------------------------------------------------------------------------- duplicacy


def dup_size(n: int) -> str:
    """util.PrettySize (the speed in UPLOAD_PROGRESS)."""
    if n > 1024 * 1024:
        return f"{n / 1048576:.2f}M"
    if n > 1024:
        return f"{n / 1024:.0f}K"
    return str(n)


def dup_number(n: int) -> str:
    """util.PrettyNumber (the byte counts in BACKUP_STATS and the check)."""
    g, m, k = 1 << 30, 1 << 20, 1 << 10
    if n > 1000 * g:
        return f"{n // g}G"
    if n > g:
        return f"{n // (1000 * m)},{(n // m) % 1000:03d}M"
    if n > m:
        return f"{n // (1000 * k)},{(n // k) % 1000:03d}K"
    if n > k:
        return f"{n // k}K"
    return str(n)


def dup_time(s: float) -> str:
    """util.PrettyTime."""
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


DUP_REPOS = {
    # id: host, top, storage URL, start revision, files, bytes
    "nas1-data": (
        "nas1",
        "/volume1/data",
        "b2://acme-nas1-backup",
        2213,
        418_227,
        2_112_442_871_808,
    ),
    "nas1-photos": (
        "nas1",
        "/volume1/photo",
        "b2://acme-nas1-backup",
        1841,
        96_310,
        688_190_537_114,
    ),
    "web1-www": (
        "web1",
        "/srv/www",
        "sftp://duplicacy@backup1.lan//srv/duplicacy/web1",
        8815,
        61_942,
        9_815_204_113,
    ),
    "db1-dumps": (
        "db1",
        "/var/backups/db",
        "sftp://duplicacy@backup1.lan//srv/duplicacy/db1",
        3307,
        4,
        612_430_991,
    ),
}

NAS_DIRS = [
    "shares/finance/2024/Q2",
    "shares/projects/apollo/cad",
    "shares/projects/apollo/docs",
    "shares/projects/hermes/renders",
    "shares/hr/onboarding",
    "shares/sales/quotes/2024-06",
    "home/mlopez/Documents",
    "home/tnguyen/Desktop",
    "home/akowalski/Projects/budget",
    "shares/scans/incoming",
]
NAS_FILES = [
    ("invoice-{n}.pdf", 40_000, 900_000),
    ("assembly-rev{n}.step", 8_000_000, 90_000_000),
    ("minutes-{n}.docx", 30_000, 400_000),
    ("render_{n}.exr", 12_000_000, 60_000_000),
    ("contract-{n}.pdf", 100_000, 3_000_000),
    ("Q{n}-forecast.xlsx", 80_000, 2_500_000),
    ("scan_{n}.pdf", 300_000, 6_000_000),
    ("~$budget-{n}.xlsx", 165, 165),
    ("notes-{n}.md", 1_000, 40_000),
]
WEB_FILES = [
    ("shop/var/log/payment.log", 2_000_000, 9_000_000),
    ("shop/var/log/prod.log", 20_000_000, 60_000_000),
    ("shop/var/cache/prod/pools/app/{h}", 400, 30_000),
    ("shop/public/media/catalog/product/{h}.jpg", 60_000, 900_000),
    ("wiki/data/pages/ops/runbook_{n}.txt", 2_000, 20_000),
    ("wiki/data/meta/ops/runbook_{n}.changes", 300, 3_000),
    ("wiki/data/cache/{h}.xhtml", 2_000, 60_000),
]
DB_DUMPS = [("shop", 296_000_000), ("crm", 71_000_000), ("wiki", 24_000_000), ("mysql", 1_200_000)]

GO_STACK_SFTP = [
    "goroutine 47 [running]:",
    "runtime/debug.Stack()",
    "\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e",
    "runtime/debug.PrintStack()",
    "\t/usr/local/go/src/runtime/debug/stack.go:16 +0x13",
    "github.com/gilbertchen/duplicacy/src.CatchLogException()",
    "\t/Users/gchen/zincbox/duplicacy/src/duplicacy_log.go:233 +0x1a5",
    "panic({0xd9e2a0?, 0x1b41f40?})",
    "\t/usr/local/go/src/runtime/panic.go:914 +0x21f",
    "github.com/gilbertchen/duplicacy/src.(*SFTPStorage).UploadFile(0xc00021c0f0, 0x2, {0xc000c1e1e0, 0x4a}, {0xc000d40000, 0x1d0e2b, 0x400000})",
    "\t/Users/gchen/zincbox/duplicacy/src/duplicacy_sftpstorage.go:297 +0x2ca",
    "github.com/gilbertchen/duplicacy/src.(*ChunkOperator).UploadChunk(0xc0002ac000, 0x2, {0x1, 0x0, 0xc000aee1a0, 0x0, 0x1c, 0x0, 0x0, 0x0})",
    "\t/Users/gchen/zincbox/duplicacy/src/duplicacy_chunkoperator.go:576 +0x64e",
    "github.com/gilbertchen/duplicacy/src.(*ChunkOperator).Run(0xc0002ac000, 0x2, {0x1, 0x0, 0xc000aee1a0, 0x0, 0x1c, 0x0, 0x0, 0x0})",
    "\t/Users/gchen/zincbox/duplicacy/src/duplicacy_chunkoperator.go:196 +0x18b",
    "github.com/gilbertchen/duplicacy/src.CreateChunkOperator.func1(0x2)",
    "\t/Users/gchen/zincbox/duplicacy/src/duplicacy_chunkoperator.go:97 +0x1c5",
    "created by github.com/gilbertchen/duplicacy/src.CreateChunkOperator in goroutine 1",
    "\t/Users/gchen/zincbox/duplicacy/src/duplicacy_chunkoperator.go:86 +0x2f6",
]


def duplicacy(r: random.Random) -> list[Log]:
    """Duplicacy CLI 3.2.3 on three hosts, each cron job appending `duplicacy -log backup -stats`
    to its host's log, 06:00 to 12:00: nas1 (two repositories to Backblaze B2, hourly, and a
    `check -a` at 11:50), web1 (every 15 minutes to an SFTP storage on backup1), db1 (hourly, a
    pre-backup script dumping MariaDB first). B2 overloaded 08:00-08:35 (the 08:05 backup fails
    after its retries), backup1 rebooted from 09:02 with a broken sshd until 09:50 (a panic in the
    SFTP upload, then `no route to host` and `connection refused`), a deploy at 10:00 leaving a
    log file unreadable to the backup user, and mysqldump losing its connection at 10:20."""
    fs = Files()

    def dts(x: datetime) -> str:
        return f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}"

    class Run:
        def __init__(self, host: str) -> None:
            self.host = host
            self.pid = r.randint(2000, 60000)

        def log(self, t: datetime, lvl: str, lid: str, label: str, msg: str) -> datetime:
            return fs.add(
                f"{self.host}-duplicacy.log",
                t,
                label,
                lambda x: [f"{dts(x)} {lvl} {lid} {msg}"],
                (self.host, self.pid),
                1000,
            )

    revs = {k: v[3] for k, v in DUP_REPOS.items()}
    totals = {k: [v[4], v[5]] for k, v in DUP_REPOS.items()}

    def modified(repo: str, t: datetime) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        if repo == "nas1-data":
            busy = 1.6 if 8 <= t.hour < 12 else 0.8
            for _ in range(int(r.randint(12, 34) * busy)):
                d = r.choice(NAS_DIRS)
                name, lo, hi = r.choice(NAS_FILES)
                n = r.randint(100, 99999)
                out.append((f"{d}/{name.format(n=n)}", r.randint(lo, hi)))
        elif repo == "nas1-photos":
            base = r.randint(4100, 9800)
            for i in range(r.randint(8, 34)):
                cam = r.choice(["IMG", "IMG", "DSC", "PXL"])
                ext = "HEIC" if cam == "IMG" else ("ARW" if cam == "DSC" else "jpg")
                sz = (
                    r.randint(1_800_000, 5_200_000)
                    if ext != "ARW"
                    else r.randint(24_000_000, 48_000_000)
                )
                out.append((f"2024/06/{t:%d}/{cam}_{base + i}.{ext}", sz))
        elif repo == "web1-www":
            picks = [WEB_FILES[0], WEB_FILES[1], *r.sample(WEB_FILES[2:], r.randint(1, 4))]
            for name, lo, hi in picks:
                out.append((name.format(h=hexid(r, 12), n=r.randint(1, 40)), r.randint(lo, hi)))
        else:
            for db, size in DB_DUMPS:
                out.append((f"{db}.sql.gz", int(size * r.uniform(0.98, 1.03))))
        return sorted(out)

    def backup(repo: str, t: datetime) -> None:
        host, top, url, *_ = DUP_REPOS[repo]
        run = Run(host)
        t += sec(r.uniform(0.05, 0.4))
        began = t
        if repo == "db1-dumps":
            script = "/var/backups/db/.duplicacy/scripts/pre-backup"
            t = run.log(t, "INFO", "SCRIPT_RUN", "Running script %s", f"Running script {script}")
            t += sec(r.uniform(25, 70))
            fail = at(10, 15) <= t < at(10, 30)
            for db, _size in DB_DUMPS:
                t = run.log(
                    t + sec(0.0004),
                    "INFO",
                    "SCRIPT_OUTPUT",
                    "Dumping database %s to %s",
                    f"Dumping database {db} to /var/backups/db/{db}.sql.gz",
                )
                if fail:
                    t = run.log(
                        t + sec(0.0003),
                        "INFO",
                        "SCRIPT_OUTPUT",
                        "mysqldump: Got error: %d: %s when dumping table `%s` at row: %d",
                        f"mysqldump: Got error: 2013: Lost connection to server during query when dumping table `order_items` at row: {r.randint(1_500_000, 2_100_000)}",
                    )
                    run.log(
                        t + sec(0.0004),
                        "ERROR",
                        "SCRIPT_ERROR",
                        "Failed to run %s script: exit status %d",
                        f"Failed to run {script} script: exit status 2",
                    )
                    return
            t += sec(0.002)
        t = run.log(t, "INFO", "STORAGE_SET", "Storage set to %s", f"Storage set to {url}")
        if url.startswith("sftp://") and at(9, 2, 40) <= t < at(9, 50):
            t += sec(r.uniform(0.01, 0.03) if t >= at(9, 28) else r.uniform(3.05, 3.2))
            if t < at(9, 28):
                label = (
                    "Failed to load the SFTP storage at %s: dial tcp %s: connect: no route to host"
                )
                err = "dial tcp 10.20.0.40:22: connect: no route to host"
            else:
                label = "Failed to load the SFTP storage at %s: dial tcp %s: connect: connection refused"
                err = "dial tcp 10.20.0.40:22: connect: connection refused"
            run.log(
                t,
                "ERROR",
                "STORAGE_CREATE",
                label,
                f"Failed to load the SFTP storage at {url}: {err}",
            )
            return
        t += sec(r.uniform(0.6, 2.2))
        t = run.log(
            t,
            "INFO",
            "BACKUP_START",
            "Last backup at revision %d found",
            f"Last backup at revision {revs[repo]} found",
        )
        t = run.log(t + sec(0.001), "INFO", "BACKUP_INDEXING", "Indexing %s", f"Indexing {top}")
        files = modified(repo, t)
        scan = {
            "nas1-data": (14, 40),
            "nas1-photos": (4, 9),
            "web1-www": (0.8, 2.5),
            "db1-dumps": (0.01, 0.05),
        }[repo]
        t += sec(r.uniform(*scan))
        skipped: list[str] = []
        if repo == "web1-www" and t >= at(10, 0, 30):
            path = "shop/var/log/payment.log"
            t = run.log(
                t,
                "WARN",
                "OPEN_FAILURE",
                "Failed to open file for reading: open %s: permission denied",
                f"Failed to open file for reading: open {top}/{path}: permission denied",
            )
            skipped.append(path)
            files = [f for f in files if f[0] != path]
        total = sum(s for _, s in files)
        start = t
        done = 0
        new_chunks = 0
        up_bytes = 0
        idx = 0
        p_new = {"nas1-data": 0.72, "nas1-photos": 0.97, "web1-www": 0.6, "db1-dumps": 0.93}[repo]
        bw = {"nas1-data": 5.8e6, "nas1-photos": 6.2e6, "web1-www": 11e6, "db1-dumps": 14e6}[repo]
        crash = repo == "web1-www" and at(9, 2) <= t < at(9, 3, 30)
        b2_fail = repo == "nas1-data" and at(8, 0) <= t < at(8, 35)
        while done < total:
            size = min(total - done, max(1 << 20, min(16 << 20, int(r.lognormvariate(15.2, 0.45)))))
            new = r.random() < p_new
            t += sec(size / bw if new else r.uniform(0.002, 0.03))
            done += size
            if new:
                new_chunks += 1
                up_bytes += int(size * r.uniform(0.62, 0.99))
            if crash and idx == 2:
                raw(
                    fs,
                    f"{host}-duplicacy.log",
                    t + sec(0.4),
                    "runtime error: invalid memory address or nil pointer dereference",
                    [
                        "runtime error: invalid memory address or nil pointer dereference",
                        *GO_STACK_SFTP,
                    ],
                )
                return
            if b2_fail and idx == 7:
                t += sec(r.uniform(520, 560))
                chunk = hexid(r, 64)
                pod = f"pod-{r.randint(0, 1)}{r.randint(10, 99)}-{r.randint(1000, 1199)}-{r.randint(10, 19)}"
                tok = f"c00{r.randint(1, 5)}_v0{r.randint(100, 999)}{r.randint(1000, 1199)}_t00{r.randint(10, 59)}"
                run.log(
                    t,
                    "ERROR",
                    "UPLOAD_CHUNK",
                    "Failed to upload the chunk %s: URL request '%s' returned %d %s",
                    f"Failed to upload the chunk {chunk}: URL request 'https://{pod}.backblaze.com/b2api/v1/b2_upload_file/{hexid(r, 24)}/{tok}' returned 503 {tok} is too busy",
                )
                return
            el = max(1, int((t - start).total_seconds()))
            speed = done // el
            remaining = (total - done) // speed + 1 if speed > 0 else 0
            pct = (done * 1000 // total) / 10
            action = "Uploaded" if new else "Skipped"
            t = run.log(
                t,
                "INFO",
                "UPLOAD_PROGRESS",
                f"{action} chunk %d size %d, %sB/s %s %.1f%%",
                f"{action} chunk {idx} size {size}, {dup_size(speed)}B/s {dup_time(remaining)} {pct:.1f}%",
            )
            idx += 1
        t += sec(r.uniform(0.3, 1.5))
        for path, size in files:
            t = run.log(
                t + sec(0.0002),
                "INFO",
                "UPLOAD_FILE",
                "Uploaded %s (%d)",
                f"Uploaded {path} ({size})",
            )
        for path in skipped:
            t = run.log(
                t + sec(0.0002),
                "WARN",
                "SKIP_FILE",
                "File %s cannot be opened",
                f"File {path} cannot be opened",
            )
        revs[repo] += 1
        t = run.log(
            t + sec(r.uniform(0.2, 0.9)),
            "INFO",
            "BACKUP_END",
            "Backup for %s at revision %d completed",
            f"Backup for {top} at revision {revs[repo]} completed",
        )
        totals[repo][0] += r.randint(0, len(files))
        totals[repo][1] += total // 3
        nfiles, nbytes = totals[repo]
        tot_chunks = nbytes // 4_300_000
        meta_total = max(3, nfiles // 9000)
        meta_new = r.randint(2, min(8, meta_total))
        meta_len = r.randint(900_000, 4_000_000) * meta_new
        meta_up = int(meta_len * r.uniform(0.25, 0.45))
        st = [
            (
                "Files: %d total, %s bytes; %d new, %s bytes",
                f"Files: {nfiles} total, {dup_number(nbytes)} bytes; {len(files)} new, {dup_number(total)} bytes",
            ),
            (
                "File chunks: %d total, %s bytes; %d new, %s bytes, %s bytes uploaded",
                f"File chunks: {tot_chunks} total, {dup_number(nbytes)} bytes; {new_chunks} new, {dup_number(int(up_bytes / 0.8))} bytes, {dup_number(up_bytes)} bytes uploaded",
            ),
            (
                "Metadata chunks: %d total, %s bytes; %d new, %s bytes, %s bytes uploaded",
                f"Metadata chunks: {meta_total} total, {dup_number(meta_total * 2_900_000)} bytes; {meta_new} new, {dup_number(meta_len)} bytes, {dup_number(meta_up)} bytes uploaded",
            ),
            (
                "All chunks: %d total, %s bytes; %d new, %s bytes, %s bytes uploaded",
                f"All chunks: {tot_chunks + meta_total} total, {dup_number(nbytes + meta_total * 2_900_000)} bytes; {new_chunks + meta_new} new, {dup_number(int(up_bytes / 0.8) + meta_len)} bytes, {dup_number(up_bytes + meta_up)} bytes uploaded",
            ),
        ]
        t += sec(r.uniform(0.001, 0.01))
        for label, msg in st:
            t = run.log(t + sec(0.0002), "INFO", "BACKUP_STATS", label, msg)
        t = run.log(
            t + sec(0.0002),
            "INFO",
            "BACKUP_STATS",
            "Total running time: %s",
            f"Total running time: {dup_time((t - began).total_seconds())}",
        )
        if skipped:
            run.log(
                t + sec(0.0002),
                "WARN",
                "BACKUP_SKIPPED",
                "1 file was not included due to access errors",
                "1 file was not included due to access errors",
            )

    def check(t: datetime) -> None:
        run = Run("nas1")
        t = run.log(
            t, "INFO", "STORAGE_SET", "Storage set to %s", "Storage set to b2://acme-nas1-backup"
        )
        t = run.log(
            t + sec(r.uniform(1.2, 2.4)),
            "INFO",
            "SNAPSHOT_CHECK",
            "Listing all chunks",
            "Listing all chunks",
        )
        ids: dict[str, list[int]] = {}
        for sid in ["nas1-photos", "nas1-data"]:
            last = revs[sid]
            recent = list(range(last - 167, last + 1))
            older: list[int] = []
            rv = last - 168
            for step in [24] * 23 + [168] * 9 + [720] * 9:
                rv -= step + r.randint(-2, 2)
                if rv > 0:
                    older.append(rv)
            ids[sid] = sorted(older) + recent
        nrev = sum(len(v) for v in ids.values())
        t = run.log(
            t + sec(r.uniform(160, 240)),
            "INFO",
            "SNAPSHOT_CHECK",
            "%d snapshots and %d revisions",
            f"{len(ids)} snapshots and {nrev} revisions",
        )
        t = run.log(
            t + sec(0.002),
            "INFO",
            "SNAPSHOT_CHECK",
            "Total chunk size is %s in %d chunks",
            f"Total chunk size is {dup_number(2_763_118_454_211)} in {r.randint(640_000, 660_000)} chunks",
        )
        for sid, rs in ids.items():
            for rv in rs:
                t = run.log(
                    t + sec(r.uniform(0.05, 0.4)),
                    "INFO",
                    "SNAPSHOT_CHECK",
                    "All chunks referenced by snapshot %s at revision %d exist",
                    f"All chunks referenced by snapshot {sid} at revision {rv} exist",
                )

    for h in range(6, 12):
        backup("nas1-data", at(h, 5))
        backup("nas1-photos", at(h, 35))
        backup("db1-dumps", at(h, 20))
        for m in (2, 17, 32, 47):
            backup("web1-www", at(h, m))
    check(at(11, 50, 0.2))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- amanda

GB = 1024 * 1024  # in KB

AM_DISKS = {
    # disk: (full size in KB, compressed ratio, daily change ratio)
    "/": (6 * GB, 0.42, 0.004),
    "/etc": (38_000, 0.21, 0.02),
    "/var/log": (3 * GB, 0.12, 0.09),
    "/var/www": (14 * GB, 0.71, 0.01),
    "/opt/app": (9 * GB, 0.55, 0.015),
    "/var/lib/mysql": (182 * GB, 0.38, 0.05),
    "/var/lib/pgsql": (141 * GB, 0.34, 0.06),
    "/srv/share": (618 * GB, 0.83, 0.006),
    "/srv/scans": (204 * GB, 0.97, 0.008),
    "/home": (88 * GB, 0.64, 0.012),
    "/var/lib/prometheus": (61 * GB, 0.58, 0.07),
    "/var/opt/gitlab": (108 * GB, 0.61, 0.02),
    "/var/lib/libvirt/images": (296 * GB, 0.52, 0.03),
    "/home/build": (41 * GB, 0.47, 0.05),
    "/var/vmail": (176 * GB, 0.81, 0.01),
    "/var/lib/docker": (64 * GB, 0.44, 0.06),
    "/var/lib/jenkins": (37 * GB, 0.52, 0.04),
}


def am_dles(server: str) -> list[tuple[str, str]]:
    dom = "example.com" if server == "backup1" else "office.example.com"
    hosts: list[tuple[str, list[str]]] = []
    if server == "backup1":
        hosts += [(f"web0{i}", ["/", "/etc", "/var/www", "/var/log"]) for i in range(1, 7)]
        hosts += [(f"app0{i}", ["/", "/etc", "/opt/app", "/var/log"]) for i in range(1, 5)]
        hosts += [
            ("db01", ["/", "/etc", "/var/lib/mysql"]),
            ("db02", ["/", "/etc", "/var/lib/pgsql"]),
            ("file01", ["/", "/etc", "/srv/share", "/srv/scans", "/home"]),
            ("web07", ["/", "/etc", "/var/www"]),
            ("ldap01", ["/", "/etc"]),
            ("dns01", ["/", "/etc"]),
            ("dns02", ["/", "/etc"]),
            ("mon01", ["/", "/etc", "/var/lib/prometheus"]),
            ("git01", ["/", "/etc", "/var/opt/gitlab"]),
        ]
        hosts += [(f"kvm0{i}", ["/", "/etc", "/var/lib/libvirt/images"]) for i in range(1, 4)]
        hosts += [(f"build0{i}", ["/", "/etc", "/home/build"]) for i in range(1, 5)]
        hosts += [
            ("proxy01", ["/", "/etc"]),
            ("proxy02", ["/", "/etc"]),
            ("jump01", ["/", "/etc"]),
            ("wiki01", ["/", "/etc", "/var/www"]),
            ("crm01", ["/", "/etc", "/opt/app"]),
            ("erp01", ["/", "/etc", "/opt/app", "/var/log"]),
        ]
    else:
        hosts += [
            ("mail01", ["/", "/etc", "/var/vmail", "/var/log"]),
            ("ci01", ["/", "/etc", "/var/lib/docker", "/var/lib/jenkins"]),
            ("print01", ["/", "/etc"]),
            ("nas02", ["/", "/etc", "/srv/scans"]),
        ]
        for dept, n in [("acc", 12), ("eng", 22), ("sales", 14), ("hr", 6), ("ops", 9)]:
            hosts += [(f"ws-{dept}{i:02d}", ["/home"]) for i in range(1, n + 1)]
    return [(f"{h}.{dom}", d) for h, ds in hosts for d in ds]


def amanda(r: random.Random) -> list[Log]:
    """Amanda 3.5.1's trace logs (`log.<datestamp>.0`) of two backup servers' amdump runs from
    06:00 (backup1's until about 11:08, backup2's until about 10:41): backup1 (config DailySet1,
    103 DLEs on 32 hosts, vtapes of 150 GB with 1 GB parts) and backup2 (config Office, 76 DLEs:
    the office's desktops, mail, CI, a print server and a NAS). web07 unreachable (every DLE
    `FAIL planner ... [Request to %s failed: timeout waiting for ACK]`), db02's PostgreSQL DLE
    timing out once and ci01's Docker DLE cut by a reset, both succeeding on the retry, file01's
    scans and mail01's maildirs changing under tar (`STRANGE`), and backup1's first vtape filling
    in the middle of db02's full (`PARTPARTIAL` ... `"No space left on device"`, the retried
    part on the next volume)."""
    fs = Files()

    def run(
        server: str, conf: str, stamp: str, t0: datetime, pid0: int, vol0: int, cap_kb: int
    ) -> None:
        f = f"{server}-log.{stamp}.0"
        pids = iter(range(pid0, pid0 + 100))

        def L(t: datetime, head: str, label: str, msg: str, more: tuple[str, ...] = ()) -> datetime:
            return fs.add(f, t, label, lambda _x: [f"{head} {msg}", *more], "trace", 1000)

        dles = am_dles(server)
        t = L(t0, "INFO amdump", "%s pid %ld", f"amdump pid {next(pids)}")
        planner_pid = next(pids)
        t = L(t + sec(0.4), "INFO planner", "%s pid %ld", f"planner pid {planner_pid}")
        for h, d in dles:
            t = L(t + sec(0.002), "DISK planner", "%s %s", f"{h} {d}")
        t = L(t + sec(0.05), "START planner", "date %s", f"date {stamp}")
        driver_pid = next(pids)
        t = L(t + sec(0.3), "INFO driver", "%s pid %ld", f"driver pid {driver_pid}")
        t = L(t + sec(0.01), "START driver", "date %s", f"date {stamp}")
        t = L(t + sec(0.01), "STATS driver", "hostname %s", f"hostname {server}.example.com")
        taper_pid = next(pids)
        t = L(t + sec(0.2), "INFO taper", "%s pid %ld", f"taper pid {taper_pid}")
        dumper_pids = []
        for _ in range(4):
            p = next(pids)
            dumper_pids.append(p)
            t = L(t + sec(0.05), "INFO dumper", "%s pid %ld", f"dumper pid {p}")
        # the planner's estimates and decisions
        plan: list[tuple[str, str, int, int, int]] = []  # host, disk, level, native kb, comp kb
        t_est = t
        down = [(h, d) for h, d in dles if h.startswith("web07")]
        fulls = set(r.sample(range(len(dles)), len(dles) // 5))
        promoted = r.sample(sorted(fulls), 3)
        for i, (h, d) in enumerate(dles):
            if (h, d) in down:
                continue
            full, ratio, change = AM_DISKS[d]
            full = int(full * r.uniform(0.7, 1.3))
            if server == "backup1" and (h, d) == ("db01.example.com", "/var/lib/mysql"):
                fulls.add(i)
                promoted.append(i)
            if i in fulls:
                level, native = 0, full
            else:
                level = r.choice([1, 1, 1, 2, 2, 3])
                native = max(
                    40, int(full * change * r.uniform(0.3, 1.8) * (1.4 if level == 1 else 1.0))
                )
            comp = max(10, int(native * ratio * r.uniform(0.92, 1.06)))
            plan.append((h, d, level, native, comp))
            if i in promoted:
                t_est += sec(r.uniform(2, 8))
                days = r.randint(1, 3)
                L(
                    t_est,
                    "INFO planner",
                    "Full dump of %s:%s promoted from %d day%s ahead.",
                    f"Full dump of {h}:{d} promoted from {days} day{'s' if days != 1 else ''} ahead.",
                )
            elif level >= 2 and r.random() < 0.35:
                t_est += sec(r.uniform(2, 8))
                L(
                    t_est,
                    "INFO planner",
                    "Incremental of %s:%s bumped to level %d.",
                    f"Incremental of {h}:{d} bumped to level {level}.",
                )
        for h, d in down:
            t_est += sec(r.uniform(0.5, 2))
            L(
                t0 + sec(r.uniform(300, 302)),
                "FAIL planner",
                "%s %s %s %d [Request to %s failed: timeout waiting for ACK]",
                f"{h} {d} {stamp} 0 [Request to {h} failed: timeout waiting for ACK]",
            )
        t_plan = t0 + sec(r.uniform(900, 1140))
        L(
            t_plan,
            "FINISH planner",
            "date %s time %s",
            f"date {stamp} time {(t_plan - t0).total_seconds():.3f}",
        )
        L(t_plan + sec(0.02), "INFO planner", "pid-done %ld", f"pid-done {planner_pid}")
        L(
            t_plan + sec(0.05),
            "STATS driver",
            "startup time %s",
            f"startup time {(t_plan - t0).total_seconds() + r.uniform(0.02, 0.3):.3f}",
        )
        # dumps: four dumpers to the holding disk, the taper writing finished dumps in order
        plan.sort(key=lambda x: -x[4] if x[2] == 0 else r.random())
        big = [p for p in plan if p[2] == 0][:2]
        rest = [p for p in plan if p not in big]
        r.shuffle(rest)
        queue = big + rest
        free = [t_plan + sec(r.uniform(1, 3)) for _ in range(4)]
        finished: list[tuple[datetime, tuple[str, str, int, int, int], float]] = []
        retried = reset = False
        while queue:
            h, d, level, native, comp = queue.pop(0)
            k = min(range(4), key=lambda i: free[i])
            ts = free[k] + sec(r.uniform(0.5, 4))
            rate = (
                r.uniform(3_500, 9_500) if server == "backup1" else r.uniform(9_000, 22_000)
            )  # KB/s per dumper
            est_sec = int(comp / rate * r.uniform(0.8, 1.2)) + 1
            L(
                ts,
                "STATS driver",
                "estimate %s %s %s %d [sec %ld nkb %lld ckb %lld kps %lu]",
                f"estimate {h} {d} {stamp} {level} [sec {est_sec} nkb {native + 62} ckb {comp + 32} kps {int(rate)}]",
            )
            dur = comp / rate + r.uniform(1.5, 9)
            te = ts + sec(dur)
            if h.startswith("db02") and d == "/var/lib/pgsql" and not retried:
                retried = True
                te = ts + sec(1800 + r.uniform(0, 4))
                L(
                    te,
                    "FAIL dumper",
                    "%s %s %s %d [data timeout]",
                    f"{h} {d} {stamp} {level} [data timeout]",
                    (
                        f"  sendbackup: start [{h}:{d} level {level}]",
                        "  sendbackup: info BACKUP=/usr/bin/tar",
                        "  sendbackup: info RECOVER_CMD=/usr/bin/gzip -dc |/usr/bin/tar -xpGf - ...",
                        "  sendbackup: info COMPRESS_SUFFIX=.gz",
                        "  sendbackup: info end",
                    ),
                )
                free[k] = te
                queue.append((h, d, level, native, comp))
                continue
            if h.startswith("ci01") and d == "/var/lib/docker" and not reset:
                reset = True
                te = ts + sec(dur * 0.4)
                L(
                    te,
                    "FAIL dumper",
                    "%s %s %s %d [data read: recv error: Connection reset by peer]",
                    f"{h} {d} {stamp} {level} [data read: recv error: Connection reset by peer]",
                    (
                        f"  sendbackup: start [{h}:{d} level {level}]",
                        "  sendbackup: info BACKUP=/usr/bin/tar",
                        "  sendbackup: info RECOVER_CMD=/usr/bin/gzip -dc |/usr/bin/tar -xpGf - ...",
                        "  sendbackup: info COMPRESS_SUFFIX=.gz",
                        "  sendbackup: info end",
                    ),
                )
                free[k] = te
                queue.append((h, d, level, native, comp))
                continue
            secs = (te - ts).total_seconds()
            strange = (h.startswith("file01") and d == "/srv/scans") or (
                h.startswith("mail01") and d == "/var/vmail"
            )
            if strange:
                changed = (
                    [f"./2024-06-07/incoming/batch-{r.randint(4000, 4999)}.tmp" for _ in range(2)]
                    if "scans" in d
                    else [
                        f"./acme.com/{u}/Maildir/new/{int(te.timestamp()) - r.randint(5, 900)}.M{r.randint(100000, 999999)}P{r.randint(1000, 9999)}.mail01,S={r.randint(3000, 90000)}"
                        for u in r.sample(["j.doe", "m.rossi", "k.tanaka", "s.meyer", "billing"], 3)
                    ]
                )
                more = [
                    f"  sendbackup: start [{h}:{d} level {level}]",
                    "  sendbackup: info BACKUP=/usr/bin/tar",
                    "  sendbackup: info RECOVER_CMD=/usr/bin/gzip -dc |/usr/bin/tar -xpGf - ...",
                    "  sendbackup: info COMPRESS_SUFFIX=.gz",
                    "  sendbackup: info end",
                ]
                more += [f"  ? /usr/bin/tar: {c}: file changed as we read it" for c in changed]
                more += [
                    f"  | Total bytes written: {native * 1024 + r.randint(0, 9999)} ({native / GB:.1f}GiB, {native / secs / 1024:.1f}MiB/s)",
                    f"  sendbackup: size {native}",
                    "  sendbackup: end",
                ]
                L(
                    te,
                    "STRANGE dumper",
                    "%s %s %s %d [sec %s kb %lld kps %3.1lf orig-kb %lld]",
                    f"{h} {d} {stamp} {level} [sec {secs:.3f} kb {comp} kps {comp / secs:.1f} orig-kb {native}]",
                    tuple(more),
                )
            else:
                L(
                    te,
                    "SUCCESS dumper",
                    "%s %s %s %d [sec %s kb %lld kps %3.1lf orig-kb %lld]",
                    f"{h} {d} {stamp} {level} [sec {secs:.3f} kb {comp} kps {comp / secs:.1f} orig-kb {native}]",
                )
            csecs = secs + r.uniform(0.02, 0.3)
            L(
                te + sec(0.01),
                "SUCCESS chunker",
                "%s %s %s %d [sec %s kb %lld kps %3.1lf]",
                f"{h} {d} {stamp} {level} [sec {csecs:.3f} kb {comp} kps {comp / csecs:.1f}]",
            )
            free[k] = te + sec(0.05)
            finished.append((te, (h, d, level, native, comp), secs))
        # the taper
        finished.sort(key=lambda x: x[0])
        tt = finished[0][0] + sec(2)
        vol, fileno, on_tape = vol0, 0, 0
        label = f"{conf}-{vol:03d}"
        L(
            tt,
            "START taper",
            "datestamp %s label %s tape %s",
            f"datestamp {stamp} label {label} tape 1",
        )
        part_kb = GB
        for te, (h, d, level, native, comp), _ in finished:
            tt = max(tt, te) + sec(r.uniform(0.5, 3))
            start = tt
            nparts = 0
            left = comp
            total_bytes = 0
            while left > 0:
                kb = min(part_kb, left)
                nbytes = kb * 1024 + (32768 if nparts == 0 else 0)
                dur = kb / r.uniform(110_000, 160_000) + 0.05
                nparts += 1
                if on_tape + kb > cap_kb:
                    tt += sec(dur * 0.7)
                    written = (cap_kb - on_tape) * 1024
                    fileno += 1
                    L(
                        tt,
                        "PARTPARTIAL taper",
                        '%s %s %s %s %s %s/%s %s [sec %f bytes %s kps %f orig-kb %s] "No space left on device"',
                        f'{label} {fileno} {h} {d} {stamp} {nparts}/-1 {level} [sec {dur * 0.7:.6f} bytes {written} kps {written / 1024 / (dur * 0.7):.6f} orig-kb {native}] "No space left on device"',
                    )
                    tt = L(
                        tt + sec(0.01),
                        "INFO taper",
                        "Will request retry of failed split part.",
                        "Will request retry of failed split part.",
                    )
                    tt = L(
                        tt + sec(0.4),
                        "INFO taper",
                        "tape %s kb %s fm %s [OK]",
                        f"tape {label} kb {on_tape} fm {fileno} [OK]",
                    )
                    vol += 1
                    label = f"{conf}-{vol:03d}"
                    fileno, on_tape = 0, 0
                    tt = L(
                        tt + sec(r.uniform(40, 75)),
                        "START taper",
                        "datestamp %s label %s tape %s",
                        f"datestamp {stamp} label {label} tape {vol - vol0 + 1}",
                    )
                tt += sec(dur)
                fileno += 1
                on_tape += kb
                total_bytes += nbytes
                L(
                    tt,
                    "PART taper",
                    "%s %s %s %s %s %s/%s %s [sec %f bytes %s kps %f orig-kb %s]",
                    f"{label} {fileno} {h} {d} {stamp} {nparts}/-1 {level} [sec {dur:.6f} bytes {nbytes} kps {nbytes / 1024 / dur:.6f} orig-kb {native}]",
                )
                left -= kb
            total = (tt - start).total_seconds() + 0.01
            tt = L(
                tt + sec(0.005),
                "DONE taper",
                "%s %s %s %s %s [sec %f bytes %s kps %f orig-kb %s]",
                f"{h} {d} {stamp} {nparts} {level} [sec {total:.6f} bytes {total_bytes} kps {total_bytes / 1024 / total:.6f} orig-kb {native}]",
            )
        tt = L(
            tt + sec(3),
            "INFO taper",
            "tape %s kb %s fm %s [OK]",
            f"tape {label} kb {on_tape} fm {fileno} [OK]",
        )
        tt = L(tt + sec(0.5), "INFO taper", "pid-done %ld", f"pid-done {taper_pid}")
        for p in dumper_pids:
            tt = L(tt + sec(0.05), "INFO dumper", "pid-done %ld", f"pid-done {p}")
        tt = L(
            tt + sec(0.4),
            "FINISH driver",
            "date %s time %s",
            f"date {stamp} time {(tt - t0).total_seconds():.3f}",
        )
        tt = L(tt + sec(0.02), "INFO driver", "pid-done %ld", f"pid-done {driver_pid}")
        L(tt + sec(2.5), "INFO amdump", "pid-done %ld", f"pid-done {pid0}")

    run("backup1", "DailySet1", "20240607060001", at(6, 0, 1.4), 23011, 17, 150 * GB)
    run("backup2", "Office", "20240607060002", at(6, 0, 2.1), 8104, 42, 2400 * GB)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- rsnapshot

RS_LONG = "--delete --numeric-ids --relative --delete-excluded"


def rs_points(server: str) -> list[tuple[str, str]]:
    """(source, destination) backup points of each server's rsnapshot.conf."""
    if server == "bk1":
        hosts = (
            [f"web{i:02d}" for i in range(1, 13)]
            + [f"app{i:02d}" for i in range(1, 9)]
            + ["db01", "db02", "db03", "ldap01", "ldap02", "git01", "ci01", "ci02", "mon01"]
            + [
                "proxy01",
                "proxy02",
                "dns01",
                "dns02",
                "vpn01",
                "jump01",
                "wiki01",
                "crm01",
                "erp01",
                "files01",
                "print01",
            ]
        )
        dirs = ["/etc/", "/home/", "/root/", "/var/www/"]
        out = [("/etc/", "localhost/"), ("/var/backups/", "localhost/")]
    elif server == "bk3":
        hosts = [f"lab{i:02d}" for i in range(1, 21)]
        dirs = ["/etc/", "/home/", "/root/", "/opt/"]
        out = []
    else:
        hosts = (
            [f"mx{i}" for i in range(1, 3)]
            + [f"shop{i:02d}" for i in range(1, 9)]
            + [f"api{i:02d}" for i in range(1, 7)]
            + [
                "pg01",
                "pg02",
                "redis01",
                "redis02",
                "es01",
                "es02",
                "es03",
                "kafka01",
                "kafka02",
                "kafka03",
            ]
            + ["cdn01", "cdn02", "log01", "mq01"]
        )
        dirs = ["/etc/", "/home/", "/root/", "/srv/"]
        out = []
    for h in hosts:
        for d in dirs:
            if h.startswith("mx") and d == "/srv/":
                d = "/var/vmail/"
            out.append((f"root@{h}.lan:{d}", f"{h}/"))
    return out


def rsnapshot(r: random.Random) -> list[Log]:
    """rsnapshot 1.4.5 on three backup servers (`bk1-rsnapshot.log` and `bk3-rsnapshot.log` at
    loglevel 3, commands only; `bk2-rsnapshot.log` at loglevel 4, with rsync's own messages),
    each `hourly` run from cron with link_dest: bk1 at :00 (162 backup points on 40 hosts and
    itself), bk3 at :15 (80 points on 20 lab machines), bk2 at :30 (120 points on 30 hosts),
    bk1's `daily` at 11:45. web05 down 07:50-10:08 (ssh connect timeouts, `returned 255`,
    rollbacks; at 09:00 an rsync hanging on the half-dead host until it is reset at 10:04,
    `returned 12`, so that the 10:00 run stops on the lockfile), lab13 gone but still in bk3's
    config, bk1's backup disk filling during the 11:00 run (`returned 11` for every later point),
    mail spools changing under rsync on bk2 (code 24, a warning each run) and pg02 refusing ssh
    during its maintenance 10:25-10:45."""
    fs = Files()

    def logger(server: str, pid: int) -> Callable[..., datetime]:
        def L(t: datetime, label: str, msg: str) -> datetime:
            return fs.add(
                f"{server}-rsnapshot.log",
                t,
                label,
                lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}] {msg}"],
                (server, pid),
                1_000_000,
            )

        return L

    busy_until = {"bk1": T0, "bk2": T0, "bk3": T0}

    def run(server: str, interval: str, t: datetime) -> None:
        pid = r.randint(10000, 60000)
        L = logger(server, pid)
        rs = f"/usr/bin/rsnapshot {interval}"
        root = {"bk1": "/backup", "bk2": "/srv/snapshots", "bk3": "/export/rsnapshot"}[server]
        verbose4 = server == "bk2"
        t = L(t, "%s: started", f"{rs}: started")
        if t < busy_until[server]:
            L(
                t + sec(0.2),
                "Lockfile %s exists and so does its process, can not continue",
                f"{rs}: ERROR: Lockfile /var/run/rsnapshot.pid exists and so does its process, can not continue",
            )
            return
        if verbose4:
            t = L(t, 'Setting locale to POSIX "C"', 'Setting locale to POSIX "C"')
        t = L(t, "echo %s > %s", f"echo {pid} > /var/run/rsnapshot.pid")
        if interval == "daily":
            t = L(t, "%s -rf %s", f"/bin/rm -rf {root}/daily.6/")
            for i in range(5, -1, -1):
                t = L(t, "mv %s %s", f"mv {root}/daily.{i}/ {root}/daily.{i + 1}/")
            t = L(t, "mv %s %s", f"mv {root}/hourly.5/ {root}/daily.0/")
        else:
            t = L(t + sec(r.uniform(4, 30)), "%s -rf %s", f"/bin/rm -rf {root}/hourly.5/")
            for i in range(4, 0, -1):
                t = L(t, "mv %s %s", f"mv {root}/hourly.{i}/ {root}/hourly.{i + 1}/")
            t = L(t, "mv %s %s", f"mv {root}/hourly.0/ {root}/hourly.1/")
            t = L(t, "mkdir -m 0755 -p %s", f"mkdir -m 0755 -p {root}/hourly.0/")
            errors = warnings = False
            rollback: list[str] = []
            for n, (src, dest) in enumerate(rs_points(server)):
                host = dest.rstrip("/")
                link = f"--link-dest={root}/hourly.1/{dest}"
                if src.startswith("/"):
                    t = L(
                        t,
                        f"%s -a {RS_LONG} --link-dest=%s %s %s",
                        f"/usr/bin/rsync -a {RS_LONG} {link} {src} {root}/hourly.0/{dest}",
                    )
                else:
                    t = L(
                        t,
                        f"%s -a {RS_LONG} --rsh=%s --link-dest=%s %s %s",
                        f"/usr/bin/rsync -a {RS_LONG} --rsh=/usr/bin/ssh {link} {src} {root}/hourly.0/{dest}",
                    )
                size = {
                    "/etc/": 1.5,
                    "/home/": 6,
                    "/root/": 0.8,
                    "/opt/": 4,
                    "/var/www/": 9,
                    "/srv/": 12,
                    "/var/vmail/": 25,
                    "/var/backups/": 20,
                }
                took = size[src.split(":")[-1]] * r.uniform(0.3, 1.8)
                code = 0
                if host == "web05" and at(7, 50) <= t < at(10, 8):
                    if at(9, 0) <= t < at(10, 4, 30):
                        took = (at(10, 4, 31) - t).total_seconds()
                        code = 12
                    elif t >= at(10, 4, 30):
                        took = r.uniform(3.0, 3.2)
                        code = 255
                    else:
                        took = 127 + r.uniform(0, 1.5)
                        code = 255
                elif server == "bk1" and at(11, 0) <= t < at(11, 40) and n >= 140:
                    took = r.uniform(0.4, 3)
                    code = 11
                elif host == "lab13":
                    took = 127 + r.uniform(0, 1.5)
                    code = 255
                elif host == "pg02" and at(10, 25) <= t < at(10, 45):
                    took = r.uniform(0.05, 0.3)
                    code = 255
                elif host.startswith("mx") and src.endswith("/var/vmail/"):
                    code = 24
                t += sec(took)
                if code == 24:
                    for _ in range(r.randint(1, 3)):
                        user = r.choice(
                            ["j.doe", "m.rossi", "k.tanaka", "s.meyer", "billing", "support"]
                        )
                        dom = r.choice(["acme.com", "acme.de"])
                        t = L(
                            t,
                            'file has vanished: "%s"',
                            f'file has vanished: "/var/vmail/{dom}/{user}/Maildir/new/{int(t.timestamp()) - r.randint(2, 300)}.M{r.randint(100000, 999999)}P{r.randint(1000, 40000)}.{host},S={r.randint(2000, 80000)},W={r.randint(2000, 82000)}"',
                        )
                    t = L(
                        t,
                        "rsync warning: some files vanished before they could be transferred (code %d) at %s(%d) [%s=%s]",
                        "rsync warning: some files vanished before they could be transferred (code 24) at main.c(1338) [generator=3.2.7]",
                    )
                    t = L(
                        t,
                        "Some files and/or directories in %s vanished during rsync operation",
                        f"WARNING: Some files and/or directories in {src} vanished during rsync operation",
                    )
                    warnings = True
                elif code:
                    if verbose4:
                        t = L(
                            t,
                            "ssh: connect to host %s port %d: Connection refused",
                            f"ssh: connect to host {host}.lan port 22: Connection refused",
                        )
                        t = L(
                            t,
                            "rsync: connection unexpectedly closed (%d bytes received so far) [%s]",
                            "rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]",
                        )
                        t = L(
                            t,
                            "rsync error: unexplained error (code %d) at %s(%d) [%s=%s]",
                            "rsync error: unexplained error (code 255) at io.c(232) [Receiver=3.2.7]",
                        )
                    t = L(
                        t,
                        "%s returned %d while processing %s",
                        f"{rs}: ERROR: /usr/bin/rsync returned {code} while processing {src}",
                    )
                    errors = True
                    if dest not in rollback:
                        rollback.append(dest)
            for dest in rollback:
                t = L(t, 'Rolling back "%s"', f'WARNING: Rolling back "{dest}"')
                t = L(
                    t,
                    "%s -al %s %s",
                    f"/bin/cp -al {root}/hourly.1/{dest.rstrip('/')} {root}/hourly.0/{dest.rstrip('/')}",
                )
                t += sec(r.uniform(2, 20))
            t = L(t + sec(0.2), "touch %s", f"touch {root}/hourly.0/")
            busy_until[server] = t
            t = L(t, "rm -f %s", "rm -f /var/run/rsnapshot.pid")
            if errors:
                L(
                    t,
                    "%s: completed, but with some errors",
                    f"{rs}: ERROR: {rs}: completed, but with some errors",
                )
            elif warnings:
                L(
                    t,
                    "%s: completed, but with some warnings",
                    f"WARNING: {rs}: completed, but with some warnings",
                )
            else:
                L(t, "%s: completed successfully", f"{rs}: completed successfully")
            return
        t = L(t, "rm -f %s", "rm -f /var/run/rsnapshot.pid")
        L(t, "%s: completed successfully", f"{rs}: completed successfully")

    for h in range(6, 12):
        run("bk1", "hourly", at(h, 0, r.uniform(1, 1.8)))
        run("bk2", "hourly", at(h, 30, r.uniform(1, 1.8)))
        run("bk3", "hourly", at(h, 15, r.uniform(1, 1.8)))
    run("bk1", "daily", at(11, 45, 1.3))
    return fs.logs(T0)


# -------------------------------------------------------------------------------- mayastor

MS_NODES = {"k8s-w1": "10.20.1.11", "k8s-w2": "10.20.1.12", "k8s-w3": "10.20.1.13"}
MS_POD = {
    "k8s-w1": "openebs-io-engine-2xq7d",
    "k8s-w2": "openebs-io-engine-8kzrw",
    "k8s-w3": "openebs-io-engine-tf94m",
}


def mayastor(r: random.Random) -> list[Log]:
    """OpenEBS Mayastor 2.6's io-engine on three storage nodes (`openebs-io-engine-*.log`, the
    io-engine's own `[time LEVEL target:file:line] message` layout) and the control plane's
    core agent (`openebs-agent-core-*.log`, tracing's pretty format: the event, its `at
    file:line` line and a blank line), 06:00 to 12:00: CI pipelines creating a three-replica
    volume every few minutes and deleting it after its job (each nexus created, its children
    opened, the bdev registered; destroyed, children closed), and k8s-w3 cut off the network by
    its switch port 08:47:10-08:54:20: every nexus with a child across the partition sees the
    NVMe/TCP qpairs fail (SPDK's `Failed to flush tqpair=%p (%d): %s` and `Submitting Keep Alive
    failed`), faults the child with an I/O error and retires it; the core agent marks the node
    missed, waits for the replicas (`Waited %s for the child's replica to come back (wait time is
    %s)` every reconcile) and, when they are back within the partial rebuild window, onlines the
    children, each rebuilt by a partial rebuild job."""
    fs = Files()

    def iofile(node: str) -> str:
        return f"{MS_POD[node]}.log"

    def E(
        node: str, t: datetime, lvl: str, target: str, loc: str, label: str, msg: str
    ) -> datetime:
        ns = r.randint(0, 999)
        return fs.add(
            iofile(node),
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{ns:03d}+00:00 {lvl:>5} {target}:{loc}] {msg}"
            ],
            node,
            1,
        )

    core = "openebs-agent-core-5d8b7c9f4-nq2kz.log"

    def C(t: datetime, lvl: str, target: str, loc: str, label: str, msg: str) -> datetime:
        return fs.add(
            core,
            t,
            label,
            lambda x: [
                f"  {x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z {lvl:>5} {target}: {msg}",
                f"    at {loc}",
                "",
            ],
            "core",
            1,
        )

    NB = "io_engine::bdev::nexus::nexus_bdev"
    NC = "io_engine::bdev::nexus::nexus_bdev_children"
    NCH = "io_engine::bdev::nexus::nexus_child"

    def child_uri(node: str, here: str, rep: str) -> str:
        if node == here:
            return f"bdev:///{rep}?uuid={rep}"
        return f"nvmf://{MS_NODES[node]}:8420/nqn.2019-05.io.openebs:{rep}?uuid={rep}"

    def cdbg(uri: str, nexus: str, state: str) -> str:
        return f"Child '{uri} @ {nexus}' [{state}]"

    part0, part1 = at(8, 47, 10), at(8, 54, 20)
    vols: list[dict] = []
    t = at(5, 40)
    while t < at(11, 50):
        t += sec(r.uniform(150, 330))
        if part0 - sec(30) <= t < part1 + sec(20):
            continue
        node = r.choice(list(MS_NODES))
        vol = {"uuid": uuid4(r), "node": node, "reps": {n: uuid4(r) for n in MS_NODES}}
        vol["gib"] = r.choice([1, 2, 5, 5, 10, 10, 20])
        vol["t0"] = t
        vol["t1"] = t + sec(r.uniform(600, 3600))
        vols.append(vol)

    rebuild_serial = {n: 0 for n in MS_NODES}
    for v in vols:
        node, nx = v["node"], v["uuid"]
        uris = {n: child_uri(n, node, rep) for n, rep in v["reps"].items()}
        size = v["gib"] << 30
        blocks = size // 512
        if v["t0"] >= T0:
            t = v["t0"] + sec(r.uniform(0.5, 3))
            t = E(
                node,
                t,
                " INFO",
                NB,
                "nexus_bdev.rs:446",
                "%s: creating new nexus bdev with UUID '%s'",
                f"Nexus '{nx}' [init]: creating new nexus bdev with UUID '{nx}'",
            )
            for n in MS_NODES:
                t = E(
                    node,
                    t + sec(r.uniform(0.002, 0.04)),
                    " INFO",
                    NC,
                    "nexus_bdev_children.rs:72",
                    "%s: adding child: '%s'...",
                    f"Nexus '{nx}' [init]: adding child: '{uris[n]}'...",
                )
                t = E(
                    node,
                    t + sec(r.uniform(0.0001, 0.001)),
                    " INFO",
                    NC,
                    "nexus_bdev_children.rs:83",
                    "%s: added to nexus",
                    f"{cdbg(uris[n], nx, 'init synced')}: added to nexus",
                )
            t = E(
                node,
                t + sec(0.0003),
                " INFO",
                NB,
                "nexus_bdev.rs:712",
                "%s: registering nexus bdev...",
                f"Nexus '{nx}' [init]: registering nexus bdev...",
            )
            t = E(
                node,
                t + sec(0.0002),
                " INFO",
                NB,
                "nexus_bdev.rs:690",
                "%s: nexus device initialized: requested=%s blocks (%s bytes) start block=%s, end block=%s, block size=%s, smallest devices size=%s blocks",
                f"Nexus '{nx}' [init]: nexus device initialized: requested={blocks} blocks ({size} bytes) start block=2048, end block={blocks + 2048}, block size=512, smallest devices size={blocks + 10240} blocks",
            )
            t = E(
                node,
                t + sec(0.0001),
                " INFO",
                NB,
                "nexus_bdev.rs:720",
                "%s: IO device registered",
                f"Nexus '{nx}' [init]: IO device registered",
            )
            t = E(
                node,
                t + sec(0.0004),
                " INFO",
                NC,
                "nexus_bdev_children.rs:348",
                "%s: opening nexus children...",
                f"Nexus '{nx}' [init]: opening nexus children...",
            )
            for n in MS_NODES:
                t = E(
                    node,
                    t + sec(0.00005),
                    " INFO",
                    NCH,
                    "nexus_child.rs:271",
                    "%s: opening child device...",
                    f"{cdbg(uris[n], nx, 'init synced')}: opening child device...",
                )
                t = E(
                    node,
                    t + sec(0.00004),
                    " INFO",
                    NCH,
                    "nexus_child.rs:317",
                    "%s: opened successfully",
                    f"{cdbg(uris[n], nx, 'open synced')}: opened successfully",
                )
            t = E(
                node,
                t + sec(r.uniform(0.001, 0.02)),
                " INFO",
                NC,
                "nexus_bdev_children.rs:437",
                "%s: all nexus children successfully opened: required_alignment=%s",
                f"Nexus '{nx}' [init]: all nexus children successfully opened: required_alignment=9",
            )
            t = E(
                node,
                t + sec(0.0001),
                " INFO",
                NB,
                "nexus_bdev.rs:736",
                "%s: children opened successfully",
                f"Nexus '{nx}' [init]: children opened successfully",
            )
            E(
                node,
                t + sec(r.uniform(0.005, 0.04)),
                " INFO",
                NB,
                "nexus_bdev.rs:751",
                "%s: nexus bdev registered successfully",
                f"Nexus '{nx}' [open]: nexus bdev registered successfully",
            )
        # the partition: children across it fault
        if v["t0"] < part0 < v["t1"]:
            cut = [n for n in MS_NODES if (n == "k8s-w3") != (node == "k8s-w3")]
            for n in cut:
                uri = uris[n]
                tf = part0 + sec(r.uniform(4, 30))
                ptr = f"0x{r.randint(0x55D000000000, 0x55DFFFFFFFFF) & ~0xF:x}"
                tf = E(
                    node,
                    tf,
                    "ERROR",
                    "mayastor::spdk",
                    "nvme_tcp.c:2212",
                    "Failed to flush tqpair=%p (%d): %s",
                    f"Failed to flush tqpair={ptr} (107): Transport endpoint is not connected",
                )
                tf = E(
                    node,
                    tf + sec(r.uniform(0.5, 4)),
                    "ERROR",
                    "mayastor::spdk",
                    "nvme_ctrlr.c:4391",
                    "[%s] Submitting Keep Alive failed",
                    f"[nqn.2019-05.io.openebs:{v['reps'][n]}] Submitting Keep Alive failed",
                )
                tf = E(
                    node,
                    tf + sec(r.uniform(0.01, 0.3)),
                    " WARN",
                    NC,
                    "nexus_bdev_children.rs:887",
                    "%s: faulted with %s, will retire",
                    f"{cdbg(uri, nx, 'faulted (io error) synced')}: faulted with io error, will retire",
                )
                tf = E(
                    node,
                    tf + sec(r.uniform(0.0005, 0.005)),
                    " WARN",
                    NC,
                    "nexus_bdev_children.rs:1012",
                    "%s: retiring child device '%s'...",
                    f"Nexus '{nx}' [open]: retiring child device '{MS_NODES[n]}:8420/nqn.2019-05.io.openebs:{v['reps'][n]}n1'...",
                )
                # the core agent waits for the replica
                tw = tf + sec(r.uniform(3, 9))
                if node == "k8s-w3":
                    tw = part1 + sec(r.uniform(3, 12))
                while tw < part1 + sec(5):
                    waited = (tw - tf).total_seconds() + r.randint(1, 999) * 1e-9
                    waited_s = f"{waited:.9f}".rstrip("0").rstrip(".") + "s"
                    C(
                        tw,
                        "INFO",
                        "core::controller::reconciler::nexus",
                        "control-plane/agents/src/bin/core/controller/reconciler/nexus/mod.rs:195",
                        "Waited %s for the child's replica to come back (wait time is %s), child.uri: %s, replica.uuid: %s",
                        f"Waited {waited_s} for the child's replica to come back (wait time is 600s), child.uri: {uri}, replica.uuid: {v['reps'][n]}",
                    )
                    tw += sec(r.uniform(9.5, 10.5))
                tb = tw + sec(r.uniform(0.2, 1))
                tb = C(
                    tb,
                    "INFO",
                    "core::controller::reconciler::nexus",
                    "control-plane/agents/src/bin/core/controller/reconciler/nexus/mod.rs:159",
                    "Child's replica is back online within the partial rebuild window, child.uri: %s, child.uuid: %s, child.state_reason: %s",
                    f"Child's replica is back online within the partial rebuild window, child.uri: {uri}, child.uuid: {v['reps'][n]}, child.state_reason: IoError",
                )
                ti = tb + sec(r.uniform(0.05, 0.3))
                ti = E(
                    node,
                    ti,
                    " INFO",
                    NC,
                    "nexus_bdev_children.rs:303",
                    "%s: online child request: '%s'",
                    f"Nexus '{nx}' [open]: online child request: '{uri}'",
                )
                ti = E(
                    node,
                    ti + sec(r.uniform(0.01, 0.2)),
                    " INFO",
                    NCH,
                    "nexus_child.rs:271",
                    "%s: opening child device...",
                    f"{cdbg(uri, nx, 'closed synced')}: opening child device...",
                )
                ti = E(
                    node,
                    ti + sec(0.0001),
                    " INFO",
                    NCH,
                    "nexus_child.rs:317",
                    "%s: opened successfully",
                    f"{cdbg(uri, nx, 'open out-of-sync')}: opened successfully",
                )
                rebuild_serial[node] += 1
                src = uris[node]
                job = f"Rebuild job #{rebuild_serial[node]} (%s) '{src}' -> '{uri}' on nexus '{nx}'"
                ti = E(
                    node,
                    ti + sec(0.002),
                    " INFO",
                    "io_engine::rebuild::rebuild_job_backend",
                    "rebuild_job_backend.rs:257",
                    "%s: backend created",
                    f"{job % 'init'}: backend created",
                )
                started = ti + sec(0.001)
                dirty = r.randint(40, 900) * 128
                stats = f"RebuildStats {{ start_time: {started:%Y-%m-%dT%H:%M:%S}.{started.microsecond:06d}{r.randint(0, 999):03d}Z, is_partial: true, blocks_total: {blocks}, blocks_recovered: %s, blocks_transferred: %s, blocks_remaining: %s, progress: %s, blocks_per_task: 128, block_size: 512, tasks_total: 16, tasks_active: %s, end_time: %s }}"
                ti = E(
                    node,
                    started,
                    " INFO",
                    "io_engine::rebuild::rebuild_job_backend",
                    "rebuild_job_backend.rs:424",
                    "%s: changing state from %s to %s; current stats: %s",
                    f"{job % 'running'}: changing state from Init to Running; current stats: {stats % (0, 0, dirty, 0, 0, 'None')}",
                )
                fin = ti + sec(dirty * 512 / r.uniform(180e6, 420e6) + r.uniform(0.1, 0.5))
                E(
                    node,
                    fin,
                    " INFO",
                    "io_engine::rebuild::rebuild_job_backend",
                    "rebuild_job_backend.rs:424",
                    "%s: changing state from %s to %s; current stats: %s",
                    f"{job % 'completed: done'}: changing state from Running to Completed; current stats: {stats % (blocks, dirty, 0, 100, 0, f'Some({fin:%Y-%m-%dT%H:%M:%S}.{fin.microsecond:06d}{r.randint(0, 999):03d}Z)')}",
                )
                C(
                    ti + sec(r.uniform(0.1, 0.4)),
                    "INFO",
                    "core::controller::reconciler::nexus",
                    "control-plane/agents/src/bin/core/controller/reconciler/nexus/mod.rs:255",
                    "Successfully onlined child, child.uri: %s",
                    f"Successfully onlined child, child.uri: {uri}",
                )
        if v["t1"] < T_END:
            t = v["t1"]
            if part0 <= t < part1 + sec(60):
                t = part1 + sec(r.uniform(60, 120))
            t = E(
                node,
                t,
                " INFO",
                NB,
                "nexus_bdev.rs:788",
                "%s: destroying nexus...",
                f"Nexus '{nx}' [open]: destroying nexus...",
            )
            t = E(
                node,
                t + sec(r.uniform(0.01, 0.2)),
                " INFO",
                NB,
                "nexus_bdev.rs:798",
                "%s: closing %s children...",
                f"Nexus '{nx}' [open]: closing 3 children...",
            )
            t = E(
                node,
                t + sec(r.uniform(0.002, 0.05)),
                " INFO",
                NB,
                "nexus_bdev.rs:808",
                "%s: children closed",
                f"Nexus '{nx}' [open]: children closed",
            )
            E(
                node,
                t + sec(r.uniform(0.01, 0.1)),
                " INFO",
                NB,
                "nexus_bdev.rs:827",
                "Nexus '%s': nexus destroyed ok",
                f"Nexus '{nx}': nexus destroyed ok",
            )
    # the core agent's view of the node
    C(
        part0 + sec(r.uniform(10, 12)),
        "ERROR",
        "core::node::wrapper",
        "control-plane/agents/src/bin/core/node/wrapper.rs:273",
        "A node missed its registration deadline, node.id: %s, deadline: %s",
        "A node missed its registration deadline, node.id: io-engine-k8s-w3, deadline: 10s",
    )
    C(
        part1 + sec(r.uniform(1, 4)),
        "INFO",
        "core::node::wrapper",
        "control-plane/agents/src/bin/core/node/wrapper.rs:250",
        "The node had missed the heartbeat deadline but it's now re-registered itself, node.id: %s",
        "The node had missed the heartbeat deadline but it's now re-registered itself, node.id: io-engine-k8s-w3",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ sanoid

SN_NAS = [
    "tank/data",
    "tank/data/home",
    "tank/data/projects",
    "tank/data/scans",
    "tank/data/media",
    "tank/data/finance",
    "tank/vm",
    "tank/vm/gitlab",
    "tank/vm/win10",
    "tank/vm/ha",
]
SN_PVE = [
    f"rpool/data/vm-{n}-disk-{d}"
    for n, d in [(101, 0), (101, 1), (102, 0), (103, 0), (104, 0), (105, 0), (105, 1), (110, 0)]
]


def syncoid_size(b: int) -> str:
    """syncoid's readablebytes."""
    if b > 1 << 30:
        return f"{b / (1 << 30):.1f} GB"
    if b > 1 << 20:
        return f"{b / (1 << 20):.1f} MB"
    return f"{b // 1024} KB"


def sanoid(r: random.Random) -> list[Log]:
    """sanoid 2.2.0 and syncoid in two hosts' journals (`journalctl` short format: `Jun 07
    06:00:03 nas1 sanoid[4121]: ...`), 06:00 to 12:00. nas1: sanoid.service every 15 minutes
    (`--take-snapshots --verbose`: frequently snapshots of ten datasets, hourly ones on the hour),
    sanoid-prune.service after it, and syncoid.service pushing tank/data and tank/vm (recursive)
    to backup1 five minutes later; backup1: sanoid pruning what it receives, and a syncoid pulling
    pve1's VM disks every 15 minutes. The gitlab VM's nightly job makes the 08:05 push send 113 GB
    for 19 minutes (the 08:20 timer elapsing while the unit still runs; both prunes' `deferring
    pruning of ... - ... is currently in zfs send or receive.`), a new dataset
    tank/data/projects/apollo is sent in full at 10:05, the link to backup1 drops at 10:14 in the
    middle of that send (`CRITICAL ERROR: ... failed: 256`, the unit failing) and the next run
    resumes it, a backup agent holds tank/vm/win10's 10:15 snapshot (`cannot destroy snapshot
    ...: dataset is busy`, sanoid's `could not remove ...` from 11:15), and pve1 is rebooted at
    09:38 (one pull failing on ssh)."""
    fs = Files()

    def J(host: str, ident: str, pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} {host} {ident}[{pid}]: {msg}"],
            (host, ident, pid),
            1_000_000,
        )

    def unit_start(host: str, t: datetime, unit: str, desc: str) -> datetime:
        return J(host, "systemd", 1, t, "Starting %s - %s...", f"Starting {unit} - {desc}...")

    def unit_ok(host: str, t: datetime, unit: str, desc: str, cpu: float) -> datetime:
        t = J(
            host,
            "systemd",
            1,
            t,
            "%s: Deactivated successfully.",
            f"{unit}: Deactivated successfully.",
        )
        t = J(host, "systemd", 1, t, "Finished %s - %s.", f"Finished {unit} - {desc}.")
        return J(
            host,
            "systemd",
            1,
            t,
            "%s: Consumed %s CPU time.",
            f"{unit}: Consumed {cpu_s(cpu)} CPU time.",
        )

    def unit_fail(
        host: str, t: datetime, unit: str, desc: str, cpu: float, status: str
    ) -> datetime:
        t = J(
            host,
            "systemd",
            1,
            t,
            "%s: Main process exited, code=%s, status=%d/%s",
            f"{unit}: Main process exited, code=exited, status={status}",
        )
        t = J(
            host,
            "systemd",
            1,
            t,
            "%s: Failed with result '%s'.",
            f"{unit}: Failed with result 'exit-code'.",
        )
        t = J(
            host, "systemd", 1, t, "Failed to start %s - %s.", f"Failed to start {unit} - {desc}."
        )
        return J(
            host,
            "systemd",
            1,
            t,
            "%s: Consumed %s CPU time.",
            f"{unit}: Consumed {cpu_s(cpu)} CPU time.",
        )

    def cpu_s(c: float) -> str:
        if c < 1:
            return f"{int(c * 1000)}ms"
        if c < 60:
            return f"{c:.3f}".rstrip("0").rstrip(".") + "s"
        return f"{int(c // 60)}min {c % 60:.3f}".rstrip("0").rstrip(".") + "s"

    last_sync: dict[str, str] = {}
    first_apollo: list[str] = []
    busy: dict[str, tuple[datetime, datetime]] = {}

    def nas_sets(t: datetime) -> list[str]:
        return SN_NAS[:3] + (["tank/data/projects/apollo"] if t >= at(9, 52) else []) + SN_NAS[3:]

    def stamp(t: datetime) -> str:
        return f"{t:%Y-%m-%d_%H:%M:%S}"

    taken: dict[str, list[tuple[datetime, str]]] = {}  # frequently snapshots by dataset
    held: list[tuple[str, str]] = []

    def sanoid_take(host: str, t: datetime) -> None:
        pid = r.randint(100000, 999999)
        t = unit_start(host, t, "sanoid.service", "Snapshot ZFS Pool")
        t = J(
            host,
            "sanoid",
            pid,
            t + sec(r.uniform(0.4, 1.2)),
            "INFO: cache expired - updating from zfs list.",
            "INFO: cache expired - updating from zfs list.",
        )
        t = J(
            host,
            "sanoid",
            pid,
            t + sec(r.uniform(1, 3)),
            "INFO: taking snapshots...",
            "INFO: taking snapshots...",
        )
        if host == "nas1":
            when = t
            for kind in (["hourly"] if t.minute < 2 else []) + ["frequently"]:
                dss = nas_sets(when)
                for ds in r.sample(dss, len(dss)):
                    name = f"autosnap_{stamp(when)}_{kind}"
                    if ds.endswith("apollo") and not first_apollo:
                        first_apollo.append(name)
                    if kind == "frequently":
                        taken.setdefault(ds, []).append((when, name))
                        if ds == "tank/vm/win10" and at(10, 15) <= when < at(10, 16):
                            held.append((ds, name))
                    t = J(
                        host, "sanoid", pid, t, "taking snapshot %s", f"taking snapshot {ds}@{name}"
                    )
                    t += sec(1)
            t = J(
                host,
                "sanoid",
                pid,
                t,
                "INFO: cache expired - updating from zfs list.",
                "INFO: cache expired - updating from zfs list.",
            )
        unit_ok(host, t + sec(0.1), "sanoid.service", "Snapshot ZFS Pool", r.uniform(0.9, 2.6))
        sanoid_prune(host, t + sec(0.2))

    def sanoid_prune(host: str, t: datetime) -> None:
        pid = r.randint(100000, 999999)
        t = unit_start(host, t, "sanoid-prune.service", "Cleanup ZFS Pool")
        t = J(
            host,
            "sanoid",
            pid,
            t + sec(r.uniform(0.4, 1.2)),
            "INFO: pruning snapshots...",
            "INFO: pruning snapshots...",
        )
        cands: list[tuple[str, str]] = []  # (dataset as named on this host, snapshot)
        for ds in nas_sets(t):
            mine = ds if host == "nas1" else ds.replace("tank/", "backup/nas1/")
            fr = taken.get(ds, [])
            if host == "nas1":
                # frequently = 4: everything older than the four newest goes
                old = [n for _, n in fr[:-4]]
                if not old and t < at(7, 0):
                    base = at(6, 0) - sec(900 * (5 - t.hour + 5) + 900 * (t.minute // 15))
                    old = [f"autosnap_{stamp(base.replace(second=r.randint(1, 3)))}_frequently"]
                cands += [(mine, n) for n in old]
                if t.minute < 2:
                    o = t - sec(36 * 3600 + 3600)
                    cands.append(
                        (
                            mine,
                            f"autosnap_{stamp(o.replace(minute=0, second=r.randint(1, 4)))}_hourly",
                        )
                    )
            else:
                # the backup template keeps no frequently snapshots: whatever arrived goes
                got = [n for w, n in fr if w <= t - sec(600)]
                cands += [(mine, n) for n in got]
        gone = {(d, n) for d, n in done_pruning}
        pruned = False
        for mine, snap in r.sample(cands, len(cands)):
            if (mine, snap) in gone:
                continue
            src = mine.replace("backup/nas1/", "tank/")
            b = busy.get(src)
            if b and b[0] <= t < b[1]:
                t = J(
                    host,
                    "sanoid",
                    pid,
                    t,
                    "INFO: deferring pruning of %s - %s is currently in zfs send or receive.",
                    f"INFO: deferring pruning of {mine}@{snap} - {mine} is currently in zfs send or receive.",
                )
                continue
            t = J(
                host, "sanoid", pid, t, "INFO: pruning %s ... ", f"INFO: pruning {mine}@{snap} ... "
            )
            pruned = True
            if host == "nas1" and (mine, snap) in held:
                t = J(
                    host,
                    "sanoid",
                    pid,
                    t + sec(0.05),
                    "cannot destroy snapshot %s: dataset is busy",
                    f"cannot destroy snapshot {mine}@{snap}: dataset is busy",
                )
                t = J(
                    host,
                    "sanoid",
                    pid,
                    t + sec(0.01),
                    "could not remove %s : %d at %s line %d.",
                    f"could not remove {mine}@{snap} : 256 at /usr/sbin/sanoid line 408.",
                )
            else:
                done_pruning.append((mine, snap))
            t += sec(r.uniform(0.2, 0.8))
        if pruned:
            t = J(
                host,
                "sanoid",
                pid,
                t,
                "INFO: removing destroyed snapshots from cache.",
                "INFO: removing destroyed snapshots from cache.",
            )
        unit_ok(host, t + sec(0.2), "sanoid-prune.service", "Cleanup ZFS Pool", r.uniform(0.5, 2.0))

    done_pruning: list[tuple[str, str]] = []

    resume: dict[str, int] = {}

    def syncoid_push(t: datetime) -> datetime:
        pid = r.randint(100000, 999999)
        host = "nas1"
        t = unit_start(host, t, "syncoid.service", "Transfer ZFS Snapshots")
        t += sec(r.uniform(1.5, 3))
        new_sync = f"syncoid_nas1_{t:%Y-%m-%d:%H:%M:%S}-GMT00:00"
        failed = False
        for ds in nas_sets(t):
            target = f"root@backup1.lan:{ds.replace('tank/', 'backup/nas1/')}"
            t += sec(r.uniform(0.8, 2.5))
            if ds in resume:
                left = resume.pop(ds)
                t = J(
                    host,
                    "syncoid",
                    pid,
                    t,
                    "Resuming interrupted zfs send/receive from %s to %s (~ %s remaining):",
                    f"INFO: Resuming interrupted zfs send/receive from {ds} to {target} (~ {syncoid_size(left)} remaining):",
                )
                dur = left / 92e6
            elif ds not in last_sync and ds.endswith("apollo"):
                size = int(96.3 * (1 << 30))
                first = first_apollo[0]
                t = J(
                    host,
                    "syncoid",
                    pid,
                    t,
                    "Sending oldest full snapshot %s to new target filesystem %s (~ %s):",
                    f"INFO: Sending oldest full snapshot {ds}@{first} to new target filesystem {target} (~ {syncoid_size(size)}):",
                )
                dur = size / 92e6
                drop = at(10, 14, 41)
                if t < drop < t + sec(dur):
                    busy[ds] = (t, drop)
                    resume[ds] = int(size - (drop - t).total_seconds() * 92e6)
                    t = J(
                        host,
                        "syncoid",
                        pid,
                        drop + sec(r.uniform(2, 4)),
                        "%s failed: %d",
                        f"CRITICAL ERROR:  zfs send  '{ds}'@'{first}' | lzop  | mbuffer  -q -s 128k -m 16M | ssh     -S /tmp/syncoid-root@backup1.lan-{int(t.timestamp())}-{r.randint(1000, 9999)} root@backup1.lan ' mbuffer  -q -s 128k -m 16M | lzop -dfc |  zfs receive  -s -F '\"'\"'{ds.replace('tank/', 'backup/nas1/')}'\"'\"' 2>&1' failed: 256",
                    )
                    failed = True
                    continue
            else:
                last = last_sync.get(ds, f"syncoid_nas1_{t - sec(900):%Y-%m-%d:%H:%M:%S}-GMT00:00")
                if ds == "tank/vm/gitlab" and at(8, 4) <= t < at(8, 7):
                    size = int(r.uniform(108, 114) * (1 << 30))
                elif ds.startswith("tank/vm/"):
                    size = r.randint(30 << 20, 900 << 20)
                elif ds in ("tank/data", "tank/vm"):
                    size = r.randint(4096, 60 << 10)
                else:
                    size = r.randint(200 << 10, 400 << 20)
                t = J(
                    host,
                    "syncoid",
                    pid,
                    t,
                    "Sending incremental %s ... %s to %s (~ %s):",
                    f"INFO: Sending incremental {ds}@{last} ... {new_sync} to {target} (~ {syncoid_size(size)}):",
                )
                dur = size / r.uniform(70e6, 110e6) + r.uniform(0.3, 1.2)
            if dur > 240:
                busy[ds] = (t, t + sec(dur))
            last_sync[ds] = new_sync
            t += sec(dur)
        if failed:
            return unit_fail(
                host,
                t + sec(0.2),
                "syncoid.service",
                "Transfer ZFS Snapshots",
                r.uniform(20, 60),
                "2/INVALIDARGUMENT",
            )
        return unit_ok(
            host, t + sec(0.2), "syncoid.service", "Transfer ZFS Snapshots", r.uniform(2, 9)
        )

    def syncoid_pull(t: datetime) -> None:
        pid = r.randint(100000, 999999)
        host = "backup1"
        unit = "syncoid-pve1.service"
        desc = "Transfer ZFS Snapshots (pve1)"
        t = unit_start(host, t, unit, desc)
        t += sec(r.uniform(0.3, 1))
        if at(9, 38) <= t < at(9, 44):
            t = J(
                host,
                "syncoid",
                pid + 3,
                t + sec(3.1),
                "ssh: connect to host %s port %d: Connection refused",
                "ssh: connect to host pve1.lan port 22: Connection refused",
            )
            t = J(
                host,
                "syncoid",
                pid,
                t + sec(0.01),
                "CRITICAL ERROR: ssh connection echo test failed for %s with exit code %d at %s line %d.",
                "CRITICAL ERROR: ssh connection echo test failed for root@pve1.lan with exit code 255 at /usr/sbin/syncoid line 1783.",
            )
            unit_fail(host, t + sec(0.1), unit, desc, r.uniform(0.05, 0.2), "255/EXCEPTION")
            return
        new_sync = f"syncoid_backup1_{t:%Y-%m-%d:%H:%M:%S}-GMT00:00"
        for ds in SN_PVE:
            t += sec(r.uniform(1, 2.2))
            last = pulls.get(ds, f"syncoid_backup1_{t - sec(900):%Y-%m-%d:%H:%M:%S}-GMT00:00")
            size = r.randint(8 << 20, 700 << 20)
            t = J(
                host,
                "syncoid",
                pid,
                t,
                "Sending incremental %s ... %s to %s (~ %s):",
                f"INFO: Sending incremental root@pve1.lan:{ds}@{last} ... {new_sync} to backup/pve1/{ds.split('/')[-1]} (~ {syncoid_size(size)}):",
            )
            pulls[ds] = new_sync
            t += sec(size / r.uniform(80e6, 110e6) + r.uniform(0.4, 1.5))
        unit_ok(host, t + sec(0.2), unit, desc, r.uniform(2, 8))

    pulls: dict[str, str] = {}
    push_done = T0
    for q in range(24):
        tq = T0 + sec(q * 900)
        sanoid_take("nas1", tq + sec(r.uniform(0.4, 1.1)))
        sanoid_take("backup1", tq + sec(r.uniform(0.4, 1.1) + 60))
        tp = tq + sec(300 + r.uniform(0.2, 0.9))
        if tp >= push_done:
            # a run still active when the timer elapses is not started again
            push_done = syncoid_push(tp)
        syncoid_pull(tq + sec(600 + r.uniform(0.2, 0.9)))
    return fs.logs(T0)


SYSTEMS = {
    "duplicacy": duplicacy,
    "amanda": amanda,
    "rsnapshot": rsnapshot,
    "mayastor": mayastor,
    "sanoid": sanoid,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
