#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 288 (BackupPC, duplicity, rdiff-backup, rest-server, Back In
Time) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five backup programs of one university
department, Friday 2024-06-07, local time (UTC+2). Veeam Agent for Linux, the fifth system of the
brief, is replaced by Back In Time: Veeam's agent is closed source and the only real lines of it
that could be checked are a dozen of a snapshot failure, too few to write a day of it from real
format strings.

- BackupPC 4.4.0 (Debian 12's package; `LOG`: the server's own log since the 01:00 wakeup aged
  it, `2024-06-07 01:00:01 Running 2 BackupPC_nightly jobs from 0..15 (out of 0..15)`, to noon;
  `lt-jkowalski-LOG.062024`, `lt-hbauer-LOG.062024`, `srv-db01-LOG.062024`,
  `srv-fs01-LOG.062024`: the per-host monthly logs of two laptops, a database server and the
  file server, 1 to 7 June, as BackupPC_dump writes them). About 610 hosts (servers over rsync
  with one to three shares, eleven teaching labs' PCs and staff desktops over rsyncd, laptops),
  twelve backups at a time: the 01:00 nightly (`Running %d BackupPC_nightly jobs from %d..%d (out
  of 0..15)`, `Running %s (pid=%s)` with the command line, `BackupPC_nightly now running
  BackupPC_refCountUpdate -m -s -c -P %s -r %s-%s`, `... BackupPC_sendEmail`, `Finished %s (%s)`
  for the ` admin ` and ` admin1 ` jobs, the pool lines `%s nightly clean removed %d files of size
  %.2fGB` / `%s is %.2fGB, %d files (...)` for Pool, Cpool, Pool4 and Cpool4); the night's
  backups (`Started %s backup on %s (pid=%s, share=%s)` per share, `Finished %s backup on %s`,
  `Backup failed on %s (%s)` with rsync's, the timeout's and the lost host's reasons; the
  per-host logs' backups of 7 June there too); hourly `Next wakeup is %s`; the disk over its
  threshold at the 06:00 wakeup (QueueAllPCs' `Disk too full (usage %s%; inode %s%; thres
  %s%/%s%);); skipped %s hosts`, its doubled `);` as the source has it); the hosts file edited,
  read at the 09:00 wakeup (`Reading hosts file`, `Added host %s to backup list`, `Deleted host %s
  from backup list`), and the config at the 10:00 one (`Re-read config file because mtime
  changed`); an admin's manual backup and its cancel through the CGI (`User %s requested backup
  of %s (%s)`, `Stopping current %s of %s, request by %s (backoff=%s)`, `%s: Backup aborted by
  user signal`, `Backup canceled on %s (aborted by user (signal=%s))`); a restore (`User %s
  requested restore to %s (%s)`, `Started restore on %s (pid=%s)`, `Finished restore on %s`). The
  per-host logs: `%s backup started for directory %s`, `%s backup %s complete, %s files, %s
  bytes, %s xferErrs (%s bad files, %s bad shares, %s other)`, expiry (`Removing unfilled backup
  %s`, `Removing filled backup %s`, BackupPC_backupDelete's `removing #%s`, `Merge into backup %s`,
  `No prior backup for merge`, `Finished BackupPC_backupDelete, status = %s (running time: %s
  sec)`), the laptop that is off most of the week (`no ping response from %s` every hour it is
  due), the one on the VPN (`ping too slow on %s %.4gmsec`), a lid closed mid-backup (`Got fatal
  error during xfer (%s)`, `Backup aborted (lost network connection during backup)`), the
  database server's pre-dump command failing while MariaDB was down (`Output from
  DumpPreUserCmd: mysqldump: Got error: ...`, `DumpPreUserCmd returned error status %s...
  exiting`), the file server's weekly full and its bad files.
- duplicity 0.8.22 (Debian 12; `srv-db01-duplicity.log`, `srv-web01-duplicity.log`,
  `srv-mail01-duplicity.log`: a cron wrapper's `duplicity --log-timestamp ... >>
  /var/log/duplicity.log 2>&1`, `2024-06-07 06:15:02,775 INFO Import of
  duplicity.backends.adbackend Succeeded`) to a Hetzner storage box over sftp (paramiko). db01 at
  `-v info` every hour at :15 (a daily full, `remove-all-but-n-full 2 --force` after each run),
  web01 at the default `notice` level every hour, mail01 at `-v info` every two hours
  (`remove-older-than 60D`). At info each process logs `Using archive dir: %s`, `Using backup
  name: %s`, 37 `Import of %s Succeeded`, `Main action: %s`, the start-up banner (`=` * 80,
  `duplicity %s`, `Args: %s`, the uname and Python lines), `Using temporary directory %s`, `Temp
  has %d available, backup will use approx %d.`, the last manifest (`Processing local manifest %s
  (%s)` with the bytes' repr, `Found %s volumes in manifest`) and one `Added incremental Backupset
  (start_time: %s / end_time: %s)` per increment of every chain, then `Local and Remote metadata
  are synchronized, no sync needed.`, `Last full backup date: %s`, the changes (`A %s`, `M %s`,
  `D %s`), `Writing %s` per volume, signature and manifest, `Processed volume %d`, and the
  statistics block (`--------------[ Backup Statistics ]--------------` and 17 lines without a
  head); the removal's `No old backup sets found, nothing deleted.` or `Deleting backup chain at
  time:` with its time on a line of its own and `Deleting complete signature chain %s` / `Deleting
  complete backup chain %s`. Incidents: an upload dropped and retried on db01 at 07:15 (`Attempt
  of %s Nr. %s failed. %s: %s` with paramiko's `Server connection dropped: `); the storage box
  down 08:05-08:50 (web01's 08:00 weekly full: `Last full backup is too old, forcing full backup`,
  four `Attempt of put Nr. %s failed. OSError: Socket is closed` and `Giving up after %s attempts.
  %s: %s`; db01's 08:15 run: `Backend error detail: %s` with the traceback and `%s: ssh
  connection to %s@%s:%d failed: [Errno None] Unable to connect to port %d on %s`); web01's 09:00
  restart of the partial full (`Last %s backup left a partial set, restarting.`, the two-line
  `RESTART: Volumes %d to %d failed to upload before termination.`, the rest of the volumes, the
  oldest chain then removed: `Deleting backup chain at time:` with the time on a line of its
  own, `Deleting complete signature chain %s`, `Deleting complete backup chain %s`);
  mail01's Maildir files moved away while it runs (`Error accessing possibly locked file %s`) and
  postfix's sockets (`Skipping socket %s`).
- rdiff-backup 2.2.2 (Debian 12, API 200, the default; `bkp01-fs01.log`, `bkp01-web01.log`,
  `bkp01-db01.log`, `bkp01-mail01.log`: `journalctl -u rdiff-backup@HOST -o short-iso` on the
  backup server bkp01, which pulls each host with `rdiff-backup -v5 --print-statistics backup
  HOST::PATH /srv/backup/HOST` then `rdiff-backup remove increments --older-than 2W --force`;
  `2024-06-07T06:02:54+02:00 bkp01 rdiff-backup[40343]: * Processing changed file projects`).
  API 200 writes each message as `PREFIX message` (`*` for info, `NOTE:`, `WARNING:`, `ERROR:`):
  the prefix is context. Each run: `Executing remote command %s`, `API version agreed to be %s
  with command %s` (the command's bytes repr), `Using repository '%s'`, the source's and the
  destination's file-system abilities (65 dashes, then `Detected abilities for %s (%s) file
  system:` and the abilities on lines of their own), `Backup: escape_dos_devices = %s`, `Backup:
  escape_trailing_spaces = %s`, `Given repository doesn't need to be regressed`, `Starting
  increment operation from source path %s to destination path %s`, one `Processing changed file
  %s` per changed path, the session statistics on stdout (`--------------[ Session statistics
  ]--------------` and 18 lines), `Cleaning up`; the removal's `Deleting increment at date/time:
  %s`. Incidents: web01 rebooted 07:55-08:50 (the 08:40 run: ssh's own `ssh: connect to host %s
  port %s: %s`, `Couldn't start up the remote connection by executing '%s'` over nine lines,
  `Location '%s' couldn't be connected.`); bkp01 rebooted at 09:31 in the middle of db01's run,
  so the next run regresses (`Previous backup seems to have failed, regressing destination now`,
  `Regressing to date/time %s`, `Regressing file %s`, `Deleting increment %s`); office files saved
  while fs01 is read (`UpdateError: '%s' Updated mirror temp file '%s' does not match source`).
- rest-server 0.12.1 (`backup01-rest-server.log`, `backup02-rest-server.log`: `journalctl -u
  rest-server -o short`, Go's log with no flags, `Jun 07 07:30:04 backup01 rest-server[9121]:
  Data directory: /srv/restic`; `backup01-access.log`, `backup02-access.log`: its `--log`, the
  combined format of gorilla's handlers, `10.20.1.15 - - [07/Jun/2024:06:30:03 +0200] "HEAD
  /ws-anna/config HTTP/1.1" 200 0 "" "restic/0.16.4"`). backup01 (plain HTTP behind WireGuard,
  `--private-repos --append-only`) serves seven hosts' hourly restic backups, backup02 (TLS, so
  `HTTP/2.0`, `--debug` left on, `--prometheus` scraped every minute) five hosts every two hours.
  A restic backup's requests: `HEAD /%s/config`, `GET /%s/keys/`, `GET /%s/keys/%s`, `GET
  /%s/config`, `POST /%s/locks/%s`, `GET /%s/locks/`, `GET /%s/snapshots/`, `GET /%s/index/`,
  `GET /%s/index/%s`, `POST /%s/data/%s` per pack, `POST /%s/index/%s`, `POST /%s/snapshots/%s`,
  `DELETE /%s/locks/%s`. backup02's debug lines name the handler (`checkConfig()`, `getConfig()`,
  `listBlobs()`, `listBlobsV2()`, `getBlob()`, `saveBlob()`, `deleteBlob()`, `createRepo()`) and
  print the error it answers 404 for (`stat %s: no such file or directory`, `remove %s: no such
  file or directory`). Incidents: backup01 upgraded and restarted at 07:30 (`Data directory: %s`,
  `Authentication enabled`, `Private repositories enabled`, `start server on %v`); a laptop with
  the password from before the rotation (401s, `Invalid htpasswd entry for %s.`), fixed when the
  htpasswd file is edited at 09:02 (`Reloaded htpasswd file`); backup01's volume full 10:40-10:55
  (uploads answered 400, `ERROR: sync %s: no space left on device`, 500); a new repository on
  backup02 at 08:10 (`HEAD` 404, `POST /%s/?create=true`, `Creating repository directories in
  %s`); a `forget` refused by the append-only server on backup01 (`DELETE /%s/snapshots/%s` 403).
- Back In Time 1.3.3 (Debian 12 desktops with rsyslog's default RFC 3339 stamps, `grep
  backintime /var/log/syslog`; `ws-anna-syslog`, `ws-ben-syslog`, `lt-clara-syslog`,
  `ws-dev01-syslog`, `srv-print-syslog`, 06:00 to 14:00; `2024-06-07T07:00:00.956352+02:00
  ws-anna backintime (anna/1): INFO: Lock`). The ident `backintime (USER/PROFILE)` holds a blank
  and no pid; the `INFO: ` / `WARNING: ` / `ERROR: ` before the message is the logger's level,
  context. Cron runs
  (`Lock`, `Inhibit Suspend failed.`, `Take a new snapshot. Profile: %s %s`, `Call rsync to take
  the snapshot`, then `Save config file`, `Save permissions`, `Create info file` or `Nothing
  changed, no new snapshot necessary` with `No new snapshot`, `[smart remove] remove snapshots:
  %s`, `Unlock`); the SSH profiles mount and unmount their target (`mount %s on %s`, `unmount %s
  from %s`). ws-anna's USB disk taken away at 09:20 (`Can't find snapshots folder!`); the NAS
  rebooted 08:20-08:35 (`Ping %s failed. Host is down or wrong address.`); lt-clara on battery in
  a meeting (`Deferring backup while on battery`, `Backup not performed`); ws-dev01's second
  profile overrunning its 10-minute slot (`A backup is already running.  The pid of the already
  running backup is in file %s.  Maybe delete it`).

Label notes. The heads are context: BackupPC's timestamp, the duplicity time and level name,
the journal's and rsyslog's time, host and ident, rdiff-backup's and Back In Time's level
prefixes, the combined log's fields around the request. BackupPC's server writes a job's unknown
output line as `%s: %s` with the host first (`%s: Backup aborted by user signal`), and a `log`
message bare (`BackupPC_nightly now running BackupPC_sendEmail`). Words a call site passes are
wording (BackupPC_nightly's `now running BackupPC_refCountUpdate` / `BackupPC_sendEmail`,
duplicity's `Import of %s Succeeded`, `Backup Statistics`, rdiff-backup's `Session statistics`
and `UpdateError`); computed values are variables: BackupPC's backup type (`full` / `incr`, read
from the dump's output) and pool names (a loop over a list), duplicity's action and the
exception's class name, rdiff-backup's paths, the repository in a rest-server route, Back In
Time's profile names. An error's text contributes its own format (rsync's `rsync error: %s (code
%d) at %s(%d) [%s=%s]`, paramiko's, Go's `stat %s: no such file or directory`, mysqldump's).
Statistics blocks, a traceback, the file-system abilities and rdiff-backup's nine-line
connection error are one event each: their further lines have no row, though journald gives each
its own head. The combined log is labelled per method, route (ids, the repository and hashes as
`%s`) and status; the protocol (`HTTP/1.1`, `HTTP/2.0`) is the request's, a value.

Checked against the sources: BackupPC 4.4.0's bin/BackupPC, BackupPC_dump, BackupPC_nightly,
BackupPC_backupDelete, BackupPC_refCountUpdate and Lib.pm (Debian's package), duplicity 0.8.22's
dup_main.py, backend.py, log.py, commandline.py, dup_collections.py, diffdir.py, selection.py,
statistics.py, tempdir.py and the paramiko backend (Debian's package), rdiff-backup 2.2.2's
log.py, SetConnections.py, backup.py, regress.py, fs_abilities.py, statistics.py and the
rdiffbackup actions and locations (Debian's package), rest-server's cmd/rest-server/main.go and
listener_unix.go, handlers.go, repo/repo.go and htpasswd.go (copies of 0.11-0.12), Back In Time
1.3.3's logger.py, snapshots.py, mount.py, sshtools.py and tools.py (Debian's package).
Least sure (written from the helper's knowledge): the order of BackupPC's lines within a second,
the pool sizes and the `Disk too full` line at a wakeup; duplicity's paramiko texts (`Server
connection dropped: `, `Socket is closed`, `[Errno None] Unable to connect to port %d on %s`),
the order of the info lines before the first manifest and which manifests a run reads; that
rdiff-backup 2.2.2 with API 200 logs `Using repository '%s'` and the abilities at the places
written here, and ssh's message landing in the unit's journal under rdiff-backup's ident; the
combined log's empty referer written `""` and `-` for the user, restic 0.16's request order and
the lock refresh every five minutes; Back In Time's `Inhibit Suspend failed.` on every cron run,
the lock file's name (`worker.lock`) and the smart-remove list's form.
"""

from __future__ import annotations

import functools
import itertools
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import at

SEC = 1_000_000
MS = 1_000
US = 1


def pretty(t: datetime) -> str:
    """time.asctime()'s form, as duplicity's and rdiff-backup's timetopretty() print it."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def expo_times(
    r: random.Random, t0: datetime, t1: datetime, mean: float, min_gap: float = 0.0
) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def inttopretty(seconds: float) -> str:
    """dup_time.inttopretty() and rdiff-backup's Time.inttopretty()."""
    parts = []
    hours, seconds = divmod(seconds, 3600)
    if hours > 1:
        parts.append(f"{int(hours)} hours")
    elif hours == 1:
        parts.append("1 hour")
    minutes, seconds = divmod(seconds, 60)
    if minutes > 1:
        parts.append(f"{int(minutes)} minutes")
    elif minutes == 1:
        parts.append("1 minute")
    if seconds == 1:
        parts.append("1 second")
    elif not parts or seconds > 1:
        parts.append(f"{seconds:.2f} seconds")
    return " ".join(parts)


def human(n: float) -> str:
    """duplicity's and rdiff-backup's get_byte_summary_string()."""
    if n < 1024:
        return "1 byte" if n == 1 else f"{int(n)} bytes"
    for i, unit in enumerate(("KB", "MB", "GB", "TB"), 1):
        v = n / 1024**i
        if v < 1024 or unit == "TB":
            if v >= 100:
                return f"{v:.0f} {unit}"
            if v >= 10:
                return f"{v:.1f} {unit}"
            return f"{v:.2f} {unit}"
    return f"{n} bytes"


# ---------------------------------------------------------------------------------- BackupPC

BPC_PID = 1312
FIRSTNAMES = [
    "anna",
    "ben",
    "clara",
    "david",
    "eva",
    "felix",
    "greta",
    "hans",
    "ida",
    "jonas",
    "karin",
    "lukas",
    "mia",
    "noah",
    "olga",
    "paul",
    "rosa",
    "sven",
    "tina",
    "uwe",
    "vera",
    "wim",
    "xenia",
    "yusuf",
    "zoe",
    "marek",
    "lena",
    "omar",
    "petra",
    "jan",
]


def bpc_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S} "


def backuppc(r: random.Random) -> list[Log]:
    """BackupPC 4.4.0's server LOG and three per-host logs (see the module docstring)."""
    fs = Files()

    def L(f: str, t: datetime, label: str | None, msg: str, proc: object) -> datetime:
        return fs.add(f, t, label, lambda x: [bpc_ts(x) + msg], proc, SEC)

    def S(t: datetime, label: str, msg: str) -> datetime:
        return L("LOG", t, label, msg, "server")

    # hosts: (name, kind, shares)
    hosts: list[tuple[str, str, list[str]]] = []
    srv_shares = [
        ["/"],
        ["/"],
        ["/etc", "/home", "/srv"],
        ["/etc", "/var/lib/postgresql-dumps"],
        ["/", "/data"],
    ]
    for i in range(1, 41):
        hosts.append(
            (
                f"srv-{r.choice(['app', 'web', 'git', 'ci', 'ldap', 'nfs', 'vm', 'mon'])}{i:02d}",
                "srv",
                r.choice(srv_shares),
            )
        )
    for room in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "k", "l"):
        for i in range(1, 36):
            hosts.append((f"lab{room}-pc{i:02d}", "lab", ["home"]))
    used: set[str] = set()
    for _ in range(170):
        n = r.choice(FIRSTNAMES) + str(r.randrange(1, 99))
        if n in used:
            continue
        used.add(n)
        hosts.append((f"ws-{n}", "ws", r.choice([["home"], ["home", "docs"]])))
    for _ in range(14):
        n = r.choice(FIRSTNAMES)[0] + r.choice(
            [
                "kowalski",
                "bauer",
                "weber",
                "novak",
                "meyer",
                "lind",
                "costa",
                "tanaka",
                "hill",
                "berg",
                "fuchs",
                "roth",
                "stein",
                "vogel",
            ]
        )
        if f"lt-{n}" in {h[0] for h in hosts}:
            continue
        hosts.append((f"lt-{n}", "lt", ["/home"]))
    hosts = [h for h in hosts if h[0] not in ("lt-jkowalski", "lt-hbauer")]
    hosts += [("lt-jkowalski", "lt", ["/home"]), ("lt-hbauer", "lt", ["/home"])]
    hosts.append(("srv-db01", "srv", ["/etc", "/var/backups/mysql"]))
    hosts.append(("srv-fs01", "srv", ["/etc", "/home", "/srv/share"]))
    pid = [24000]

    def newpid() -> int:
        pid[0] += r.randrange(3, 40)
        return pid[0]

    # ---- the nightly at 01:00
    t = at(1, 0, 1)
    t = S(
        t,
        "Running %d BackupPC_nightly jobs from %d..%d (out of 0..15)",
        "Running 2 BackupPC_nightly jobs from 0..15 (out of 0..15)",
    )
    p_admin, p_admin1 = newpid(), newpid()
    S(t, "Running %s (pid=%s)", f"Running BackupPC_nightly -m -P 5 0 127 (pid={p_admin})")
    S(t, "Running %s (pid=%s)", f"Running BackupPC_nightly -P 5 128 255 (pid={p_admin1})")
    nightly_end = at(1, 0, 3)
    t1 = S(
        at(1, 0, 4),
        "BackupPC_nightly now running BackupPC_refCountUpdate -m -s -c -P %s -r %s-%s",
        "BackupPC_nightly now running BackupPC_refCountUpdate -m -s -c -P 5 -r 128-255",
    )
    t0 = S(
        at(1, 0, 5),
        "BackupPC_nightly now running BackupPC_refCountUpdate -m -s -c -P %s -r %s-%s",
        "BackupPC_nightly now running BackupPC_refCountUpdate -m -s -c -P 5 -r 0-127",
    )
    t1 = S(
        t1 + sec(r.uniform(180, 260)),
        "Finished %s (%s)",
        "Finished  admin1  (BackupPC_nightly -P 5 128 255)",
    )
    t0 = S(
        max(t0, t1) + sec(r.uniform(20, 60)),
        "BackupPC_nightly now running BackupPC_sendEmail",
        "BackupPC_nightly now running BackupPC_sendEmail",
    )
    t0 = S(
        t0 + sec(r.uniform(4, 9)),
        "Finished %s (%s)",
        "Finished  admin  (BackupPC_nightly -m -P 5 0 127)",
    )
    pools = [
        ("Pool", 0.0, 0, 0),
        ("Cpool", 0.0, 0, 0),
        ("Pool4", 0.0, 0, 0),
        ("Cpool4", 4312.57, 6841223, 2),
    ]
    for name, gb, files, rm in pools:
        rmn = r.randrange(9000, 16000) if name == "Cpool4" else 0
        rmgb = r.uniform(2.1, 6.5) if name == "Cpool4" else 0.0
        t0 = S(
            t0,
            "%s nightly clean removed %d files of size %.2fGB",
            f"{name} nightly clean removed {rmn} files of size {rmgb:.2f}GB",
        )
        dirs = 16512 if name == "Cpool4" else (1 if name == "Pool" else 0)
        rep = r.randrange(10, 60) if name == "Cpool4" else 0
        t0 = S(
            t0,
            "%s is %.2fGB, %d files (%d repeated, %d max chain, %d max links), %d directories",
            f"{name} is {gb:.2f}GB, {files} files ({rep} repeated, {rm} max chain, {r.randrange(12000, 32000) if files else 0} max links), {dirs} directories",
        )
    del nightly_end

    # ---- wakeups
    for h in range(1, 12):
        S(
            at(h, 0, 4 if h == 1 else 1) + sec(r.uniform(0.0, 0.8)),
            "Next wakeup is %s",
            f"Next wakeup is 2024-06-07 {h + 1:02d}:00:00",
        )

    # ---- backups from the 01:00 queue, eight at a time
    fail_reasons = [
        "rsync error: error in rsync protocol data stream (code 12) at io.c(226) [Receiver=3.1.3.0]",
        "lost network connection during backup",
        "aborted by signal=ALRM",
    ]
    fail_labels = [
        "Backup failed on %s (rsync error: %s (code %d) at %s(%d) [%s=%s])",
        "Backup failed on %s (lost network connection during backup)",
        "Backup failed on %s (aborted by signal=%s)",
    ]
    order = [
        h for h in hosts if h[1] in ("srv", "lab", "ws") and h[0] not in ("srv-db01", "srv-fs01")
    ]
    r.shuffle(order)
    slots = [at(1, 0, 30) + sec(i * 3) for i in range(12)]
    skip_at_6: list[str] = []
    for name, kind, shares in order:
        if kind == "ws" and r.random() < 0.33:
            continue  # switched off for the night: "no ping response" goes to its own LOG only
        i = min(range(12), key=lambda k: slots[k])
        start = slots[i] + sec(r.uniform(1, 8))
        if kind in ("lab", "ws") and start >= at(7, 0):
            skip_at_6.append(name)
            continue  # blackout from 07:00
        if start >= at(6, 0) and start < at(6, 1):
            skip_at_6.append(name)
            continue
        if at(6, 0) <= start < at(7, 0):
            start = at(7, 0, r.uniform(2, 40))  # the queue waits for the 07:00 wakeup
        typ = "full" if r.random() < 0.16 else "incr"
        jp = newpid()
        tt = start
        for sh in shares:
            tt = S(
                tt,
                "Started %s backup on %s (pid=%s, share=%s)",
                f"Started {typ} backup on {name} (pid={jp}, share={sh})",
            )
            tt += sec(r.uniform(20, 400) if typ == "incr" else r.uniform(300, 1800))
        dur_end = tt + sec(r.uniform(5, 60))
        x = r.random()
        if x < 0.035:
            k = r.randrange(3)
            if kind == "srv":
                k = 0
            dur_end = S(dur_end, fail_labels[k], f"Backup failed on {name} ({fail_reasons[k]})")
        else:
            dur_end = S(dur_end, "Finished %s backup on %s", f"Finished {typ} backup on {name}")
        slots[i] = dur_end
    # the disk is over its threshold after the night's fulls
    S(
        at(6, 0, 1),
        "Disk too full (usage %s%; inode %s%; thres %s%/%s%);); skipped %s hosts",
        f"Disk too full (usage 96%; inode 11%; thres 95%/95%);); skipped {len(hosts)} hosts",
    )

    # servers again in the day (a few of them have IncrPeriod 0.5) and laptops that come online
    day_hosts = [h for h in hosts if h[1] == "srv" and h[0] not in ("srv-db01", "srv-fs01")][:9]
    for name, _kind, shares in day_hosts:
        start = at(r.randrange(8, 11), r.randrange(0, 59), r.uniform(0, 59))
        jp = newpid()
        tt = start
        for sh in shares:
            tt = S(
                tt,
                "Started %s backup on %s (pid=%s, share=%s)",
                f"Started incr backup on {name} (pid={jp}, share={sh})",
            )
            tt += sec(r.uniform(20, 300))
        S(tt + sec(r.uniform(5, 40)), "Finished %s backup on %s", f"Finished incr backup on {name}")
    lts = [h for h in hosts if h[1] == "lt" and h[0] not in ("lt-jkowalski", "lt-hbauer")]
    for name, _kind, _shares in lts:
        if r.random() < 0.35:
            continue
        start = at(r.randrange(8, 12), r.randrange(0, 5), r.uniform(1, 50))
        jp = newpid()
        tt = S(
            start,
            "Started %s backup on %s (pid=%s, share=%s)",
            f"Started incr backup on {name} (pid={jp}, share=/home)",
        )
        tt += sec(r.uniform(60, 900))
        if r.random() < 0.2:
            S(
                tt,
                "Backup failed on %s (lost network connection during backup)",
                f"Backup failed on {name} (lost network connection during backup)",
            )
        else:
            S(tt, "Finished %s backup on %s", f"Finished incr backup on {name}")

    # hosts file edited, config edited
    t = S(at(9, 0, 0) + sec(0.9), "Reading hosts file", "Reading hosts file")
    t = S(t, "Added host %s to backup list", "Added host labd-pc36 to backup list")
    t = S(t, "Added host %s to backup list", "Added host ws-petra7 to backup list")
    t = S(t, "Deleted host %s from backup list", "Deleted host ws-uwe12 from backup list")
    S(
        at(10, 0, 0) + sec(0.7),
        "Re-read config file because mtime changed",
        "Re-read config file because mtime changed",
    )
    # an admin's manual full and its cancel
    t = S(
        at(9, 41, 12),
        "User %s requested backup of %s (%s)",
        "User jroth requested backup of srv-git07 (srv-git07)",
    )
    jp = newpid()
    t = S(
        t + sec(2),
        "Started %s backup on %s (pid=%s, share=%s)",
        f"Started full backup on srv-git07 (pid={jp}, share=/)",
    )
    t = S(
        t + sec(412),
        "Stopping current %s of %s, request by %s (backoff=%s)",
        "Stopping current full of srv-git07, request by jroth (backoff=1)",
    )
    t = S(
        t + sec(1), "%s: Backup aborted by user signal", "srv-git07: Backup aborted by user signal"
    )
    S(
        t + sec(3),
        "Backup canceled on %s (aborted by user (signal=%s))",
        "Backup canceled on srv-git07 (aborted by user (signal=INT))",
    )
    t = S(
        at(10, 52, 40),
        "User %s requested backup of %s (%s)",
        "User jroth requested backup of srv-git07 (srv-git07)",
    )
    jp = newpid()
    t = S(
        t + sec(2),
        "Started %s backup on %s (pid=%s, share=%s)",
        f"Started incr backup on srv-git07 (pid={jp}, share=/)",
    )
    S(t + sec(318), "Finished %s backup on %s", "Finished incr backup on srv-git07")
    # a restore
    t = S(
        at(11, 14, 3),
        "User %s requested restore to %s (%s)",
        "User mlind requested restore to ws-mia41 (ws-mia41)",
    )
    jp = newpid()
    t = S(t + sec(1), "Started restore on %s (pid=%s)", f"Started restore on ws-mia41 (pid={jp})")
    S(t + sec(74), "Finished restore on %s", "Finished restore on ws-mia41")

    # ---- per-host LOG files, 1 to 7 June
    def mirror(
        host: str, starts: list[tuple[datetime, str]], end: datetime, typ: str, ok: bool
    ) -> None:
        """The server LOG's lines for a per-host backup of 7 June."""
        if starts[0][0] < at(0, 0):
            return
        jp = newpid()
        for st, sh in starts:
            S(
                st,
                "Started %s backup on %s (pid=%s, share=%s)",
                f"Started {typ} backup on {host} (pid={jp}, share={sh})",
            )
        if ok:
            S(end + sec(1), "Finished %s backup on %s", f"Finished {typ} backup on {host}")
        else:
            S(
                end + sec(6),
                "Backup failed on %s (lost network connection during backup)",
                f"Backup failed on {host} (lost network connection during backup)",
            )

    def H(host: str, t: datetime, label: str, msg: str) -> datetime:
        return L(f"{host}-LOG.062024", t, label, msg, host)

    def day(d: int, h: float) -> datetime:
        return at(0, 0) - timedelta(days=7 - d) + sec(h * 3600)

    def complete(
        host: str, t: datetime, typ: str, num: int, nfiles: int, nbytes: int, errs: int = 0
    ) -> datetime:
        return H(
            host,
            t,
            "%s backup %s complete, %s files, %s bytes, %s xferErrs (%s bad files, %s bad shares, %s other)",
            f"{typ} backup {num} complete, {nfiles} files, {nbytes} bytes, {errs} xferErrs ({errs} bad files, 0 bad shares, 0 other)",
        )

    def expire(
        host: str, t: datetime, num: int, merge: int | None, filled: bool = False
    ) -> datetime:
        if filled:
            t = H(host, t, "Removing filled backup %s", f"Removing filled backup {num}")
        else:
            t = H(host, t, "Removing unfilled backup %s", f"Removing unfilled backup {num}")
        t = H(
            host,
            t,
            "BackupPC_backupDelete: removing #%s",
            f"BackupPC_backupDelete: removing #{num}",
        )
        if merge is None:
            t = H(
                host,
                t,
                "BackupPC_backupDelete: No prior backup for merge",
                "BackupPC_backupDelete: No prior backup for merge",
            )
        else:
            t = H(
                host,
                t,
                "BackupPC_backupDelete: Merge into backup %s",
                f"BackupPC_backupDelete: Merge into backup {merge}",
            )
        dt = r.randrange(0, 14)
        return H(
            host,
            t + sec(dt),
            "Finished BackupPC_backupDelete, status = %s (running time: %s sec)",
            f"Finished BackupPC_backupDelete, status = 0 (running time: {dt} sec)",
        )

    # lt-jkowalski: off most of the week, backed up when it shows up
    host = "lt-jkowalski"
    num, oldest = 412, 381
    online = {(1, 14), (1, 15), (3, 9), (3, 10), (3, 11), (5, 13), (7, 9), (7, 10), (7, 11)}
    last_ok = day(0, 10)
    for d in range(1, 8):
        for hh in range(1, 24):
            tt = day(d, hh) + sec(r.uniform(1, 40))
            if tt > at(12, 0):
                break
            if tt - last_ok < timedelta(hours=23.3):
                continue
            if (d, hh) not in online:
                H(host, tt, "no ping response from %s", f"no ping response from {host}")
                continue
            tt = H(
                host,
                tt,
                "%s backup started for directory %s",
                "incr backup started for directory /home",
            )
            t_start = tt
            if (d, hh) == (3, 9):
                tt = H(
                    host,
                    tt + sec(r.uniform(200, 600)),
                    "Got fatal error during xfer (%s)",
                    "Got fatal error during xfer (rsync error: error in rsync protocol data stream (code 12) at io.c(226) [Receiver=3.1.3.0])",
                )
                H(
                    host,
                    tt + sec(5),
                    "Backup aborted (lost network connection during backup)",
                    "Backup aborted (lost network connection during backup)",
                )
                continue
            num += 1
            tt = complete(
                host,
                tt + sec(r.uniform(60, 700)),
                "incr",
                num,
                r.randrange(200, 4000),
                r.randrange(10**7, 2 * 10**9),
            )
            mirror(host, [(t_start, "/home")], tt, "incr", True)
            expire(host, tt, oldest, oldest + 1)
            oldest += 1
            last_ok = tt
    # lt-hbauer: at home on the VPN, pings too slow for the threshold
    host = "lt-hbauer"
    num, oldest = 288, 251
    last_ok = day(0, 9)
    for d in range(1, 8):
        for hh in range(1, 24):
            tt = day(d, hh) + sec(r.uniform(1, 40))
            if tt > at(12, 0):
                break
            if tt - last_ok < timedelta(hours=23.3):
                continue
            if d in (1, 2) or hh < 8 or hh > 18:
                H(host, tt, "no ping response from %s", f"no ping response from {host}")
                continue
            if d in (4, 5, 6, 7) and r.random() < 0.8:
                H(
                    host,
                    tt,
                    "ping too slow on %s %.4gmsec",
                    f"ping too slow on {host} {r.uniform(21, 95):.4g}msec",
                )
                continue
            tt = H(
                host,
                tt,
                "%s backup started for directory %s",
                "incr backup started for directory /home",
            )
            t_start = tt
            num += 1
            tt = complete(
                host,
                tt + sec(r.uniform(300, 2400)),
                "incr",
                num,
                r.randrange(100, 2000),
                r.randrange(10**6, 5 * 10**8),
            )
            mirror(host, [(t_start, "/home")], tt, "incr", True)
            tt = expire(host, tt, oldest, oldest + 1)
            oldest += 1
            last_ok = tt
    # srv-db01: the database server, a nightly backup and a full on Saturday
    host = "srv-db01"
    num, oldest, oldest_full = 1530, 1500, 1462
    for d in range(1, 8):
        tt = day(d, 1) + sec(r.uniform(40, 600))
        if d == 5:
            # MariaDB was down for an upgrade: the pre-dump command fails, and again an hour later
            for k in range(2):
                t2 = tt + sec(k * 3600)
                t2 = H(
                    host,
                    t2 + sec(2),
                    "Output from DumpPreUserCmd: mysqldump: Got error: %d: \"Can't connect to local server through socket '%s' (%d)\" when trying to connect",
                    "Output from DumpPreUserCmd: mysqldump: Got error: 2002: \"Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)\" when trying to connect",
                )
                H(
                    host,
                    t2,
                    "DumpPreUserCmd returned error status %s... exiting",
                    "DumpPreUserCmd returned error status 512... exiting",
                )
            tt += sec(7200)
        typ = "full" if d == 2 else "incr"
        starts = []
        for sh in ("/etc", "/var/backups/mysql"):
            tt = H(
                host,
                tt,
                "%s backup started for directory %s",
                f"{typ} backup started for directory {sh}",
            )
            starts.append((tt, sh))
            tt += sec(r.uniform(20, 90) if sh == "/etc" else r.uniform(400, 1500))
        num += 1
        tt = complete(
            host,
            tt,
            typ,
            num,
            r.randrange(1200, 1500) if typ == "incr" else r.randrange(3100, 3300),
            r.randrange(4 * 10**9, 9 * 10**9),
        )
        mirror(host, starts, tt, typ, True)
        tt = expire(host, tt, oldest, oldest + 1)
        oldest += 1
        if typ == "full":
            tt = expire(host, tt, oldest_full, None, filled=True)
            oldest_full += 7
    # srv-fs01: the file server, three shares, files in use on Monday and Thursday
    host = "srv-fs01"
    num, oldest, oldest_full = 2210, 2172, 2101
    for d in range(1, 8):
        tt = day(d, 2) + sec(r.uniform(30, 900))
        typ = "full" if d == 1 else "incr"
        starts = []
        for sh in ("/etc", "/home", "/srv/share"):
            tt = H(
                host,
                tt,
                "%s backup started for directory %s",
                f"{typ} backup started for directory {sh}",
            )
            starts.append((tt, sh))
            tt += sec(
                r.uniform(20, 60)
                if sh == "/etc"
                else r.uniform(600, 2400) * (6 if typ == "full" else 1)
            )
        num += 1
        errs = r.randrange(1, 5) if d in (3, 6) else 0
        tt = complete(
            host,
            tt,
            typ,
            num,
            r.randrange(9000, 30000) if typ == "incr" else r.randrange(410000, 415000),
            r.randrange(10**9, 3 * 10**10),
            errs,
        )
        mirror(host, starts, tt, typ, True)
        tt = expire(host, tt, oldest, oldest + 1)
        oldest += 1
        if typ == "full":
            tt = expire(host, tt, oldest_full, None, filled=True)
            oldest_full += 7
    return fs.logs(at(0, 0))


# ---------------------------------------------------------------------------------- duplicity

DUP_BACKENDS = [
    "adbackend",
    "azurebackend",
    "b2backend",
    "boxbackend",
    "cfbackend",
    "dpbxbackend",
    "gdocsbackend",
    "gdrivebackend",
    "giobackend",
    "hsibackend",
    "hubicbackend",
    "idrivedbackend",
    "imapbackend",
    "jottacloudbackend",
    "lftpbackend",
    "localbackend",
    "mediafirebackend",
    "megabackend",
    "megav2backend",
    "megav3backend",
    "multibackend",
    "ncftpbackend",
    "onedrivebackend",
    "par2backend",
    "pcabackend",
    "pydrivebackend",
    "rclonebackend",
    "rsyncbackend",
    "s3_boto3_backend",
    "s3_boto_backend",
    "slatebackend",
    "ssh_paramiko_backend",
    "ssh_pexpect_backend",
    "swiftbackend",
    "sxbackend",
    "tahoebackend",
    "webdavbackend",
]
DUP_BOX = ("u392011", "u392011.your-storagebox.de", 23, "203.0.113.40")
DUP_PY = "/usr/bin/python3 3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]"


def dupstamp(t: datetime) -> str:
    return f"{t:%Y%m%dT%H%M%S}Z"


def duplicity(r: random.Random) -> list[Log]:
    """Three servers' cron-run duplicity, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pid = [51200]

    class Proc:
        def __init__(self, host: str, verbose: bool) -> None:
            pid[0] += r.randrange(40, 900)
            self.pid = pid[0]
            self.host = host
            self.verbose = verbose

    def L(
        p: Proc, t: datetime, level: str, label: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        if level == "INFO" and not p.verbose:
            return t
        lines = msg.split("\n") + (cont or [])
        return fs.add(
            f"{p.host}-duplicity.log",
            t + sec(r.uniform(0.0005, 0.004)),
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {lines[0]}",
                *lines[1:],
            ],
            (p.host, p.pid),
            MS,
        )

    cfg = {
        "srv-db01": {
            "name": "bc6d6d9c1d3e84b0a9d5e8ac0f2b47a1",
            "src": "/var/backups/mysql",
            "dir": "db01",
            "verbose": True,
        },
        "srv-web01": {
            "name": "7a1f0c35b2e94d6c8f0e1b2a3c4d5e6f",
            "src": "/",
            "dir": "web01",
            "verbose": False,
        },
        "srv-mail01": {
            "name": "e03c9d7b6a5f4e3d2c1b0a9f8e7d6c5b",
            "src": "/",
            "dir": "mail01",
            "verbose": True,
        },
    }
    uname = {
        "srv-db01": "Linux srv-db01 6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03) x86_64",
        "srv-web01": "Linux srv-web01 6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03) x86_64",
        "srv-mail01": "Linux srv-mail01 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64",
    }

    def startup(p: Proc, t: datetime, action: str, args: str, filelist: str | None) -> datetime:
        c = cfg[p.host]
        t = L(
            p,
            t,
            "INFO",
            "Using archive dir: %s",
            f"Using archive dir: /root/.cache/duplicity/{c['name']}",
        )
        t = L(p, t, "INFO", "Using backup name: %s", f"Using backup name: {c['name']}")
        t += sec(r.uniform(0.15, 0.4))
        for b in DUP_BACKENDS:
            t = L(
                p,
                t + sec(r.uniform(0.001, 0.03)),
                "INFO",
                "Import of %s Succeeded",
                f"Import of duplicity.backends.{b} Succeeded",
            )
        if filelist:
            t = L(
                p,
                t,
                "NOTICE",
                "Reading globbing filelist %s",
                f"Reading globbing filelist {filelist}",
            )
        t = L(p, t, "INFO", "Main action: %s", f"Main action: {action}")
        t = L(
            p,
            t,
            "INFO",
            "================================================================================",
            "=" * 80,
        )
        t = L(p, t, "INFO", "duplicity %s", "duplicity 0.8.22")
        t = L(p, t, "INFO", "Args: %s", f"Args: /usr/bin/duplicity {args}")
        t = L(p, t, "INFO", "%s %s %s %s %s", uname[p.host])
        t = L(p, t, "INFO", "%s %s", DUP_PY)
        t = L(
            p,
            t,
            "INFO",
            "================================================================================",
            "=" * 80,
        )
        return t

    def chain_lines(p: Proc, t: datetime, chains: list[list[datetime]]) -> datetime:
        for ch in chains:
            for a, b in itertools.pairwise(ch):
                t = L(
                    p,
                    t,
                    "INFO",
                    "Added incremental Backupset (start_time: %s / end_time: %s)",
                    f"Added incremental Backupset (start_time: {pretty(a)} / end_time: {pretty(b)})",
                )
        return t

    def stats(
        p: Proc,
        t: datetime,
        start: datetime,
        nsrc: int,
        srcsize: int,
        new: int,
        changed: int,
        deleted: int,
        delta: int,
        errors: int = 0,
    ) -> datetime:
        end = t
        el = (end - start).total_seconds()
        newsize = int(delta * r.uniform(0.2, 0.6)) if new else 0
        chsize = int(delta * r.uniform(2, 30)) if changed else 0
        rows = [
            f"StartTime {start.timestamp():.2f} ({pretty(start)})",
            f"EndTime {end.timestamp():.2f} ({pretty(end)})",
            f"ElapsedTime {el:.2f} ({inttopretty(el)})",
            f"SourceFiles {nsrc}",
            f"SourceFileSize {srcsize} ({human(srcsize)})",
            f"NewFiles {new}",
            f"NewFileSize {newsize} ({human(newsize)})",
            f"DeletedFiles {deleted}",
            f"ChangedFiles {changed}",
            f"ChangedFileSize {chsize} ({human(chsize)})",
            f"ChangedDeltaSize {delta} ({human(delta)})",
            f"DeltaEntries {new + changed + deleted}",
            f"RawDeltaSize {delta} ({human(delta)})",
            f"TotalDestinationSizeChange {int(delta * 0.31)} ({human(int(delta * 0.31))})",
            f"Errors {errors}",
            "-------------------------------------------------",
            "",
        ]
        return L(
            p,
            t,
            "NOTICE",
            "--------------[ Backup Statistics ]--------------",
            "--------------[ Backup Statistics ]--------------",
            rows,
        )

    def names(prev: datetime, now: datetime, kind: str) -> tuple[str, str]:
        if kind == "inc":
            return (
                f"duplicity-inc.{dupstamp(prev)}.to.{dupstamp(now)}",
                f"duplicity-new-signatures.{dupstamp(prev)}.to.{dupstamp(now)}.sigtar.gpg",
            )
        return (
            f"duplicity-full.{dupstamp(now)}",
            f"duplicity-full-signatures.{dupstamp(now)}.sigtar.gpg",
        )

    def upload(
        p: Proc,
        t: datetime,
        prev: datetime,
        now: datetime,
        kind: str,
        vols: int,
        fail: str | None = None,
        first: int = 1,
    ) -> tuple[datetime, bool]:
        base, sig = names(prev, now, kind)
        for v in range(first, vols + 1):
            t += sec(r.uniform(1, 25))
            if fail == "drop" and v == 1:
                t = L(
                    p,
                    t + sec(r.uniform(20, 40)),
                    "WARNING",
                    "Attempt of %s Nr. %s failed. %s: Server connection dropped: ",
                    "Attempt of put Nr. 1 failed. SSHException: Server connection dropped: ",
                )
                t += sec(10)
            if fail == "down" and v == 3:
                for n in range(1, 5):
                    t = L(
                        p,
                        t + sec(r.uniform(14, 16)),
                        "WARNING",
                        "Attempt of %s Nr. %s failed. %s: Socket is closed",
                        f"Attempt of put Nr. {n} failed. OSError: Socket is closed",
                    )
                    t += sec(10)
                t = L(
                    p,
                    t + sec(r.uniform(1, 2)),
                    "ERROR",
                    "Giving up after %s attempts. %s: Socket is closed",
                    "Giving up after 5 attempts. OSError: Socket is closed",
                )
                return t, False
            t = L(p, t, "INFO", "Writing %s", f"Writing {base}.vol{v}.difftar.gpg")
            t = L(
                p,
                t + sec(r.uniform(0.5, 12) if kind == "inc" else r.uniform(120, 200)),
                "INFO",
                "Processed volume %d",
                f"Processed volume {v}",
            )
        t = L(p, t + sec(r.uniform(0.2, 2)), "INFO", "Writing %s", f"Writing {sig}")
        t = L(p, t + sec(r.uniform(0.2, 1)), "INFO", "Writing %s", f"Writing {base}.manifest.gpg")
        return t, True

    def changes(p: Proc, t: datetime, paths: list[tuple[str, str]]) -> datetime:
        for kind, path in paths:
            t = L(p, t + sec(r.uniform(0.001, 0.2)), "INFO", f"{kind} %s", f"{kind} {path}")
        return t

    def run_backup(
        p: Proc,
        t: datetime,
        chains: list[list[datetime]],
        now: datetime,
        *,
        args: str,
        filelist: str | None,
        paths: list[tuple[str, str]],
        nsrc: int,
        srcsize: int,
        vols: int,
        fail: str | None = None,
        force_full: bool = False,
        warn_locked: list[str] | None = None,
        sockets: list[str] | None = None,
        sync_spurious: list[str] | None = None,
        restart_partial: bool = False,
    ) -> tuple[datetime, bool]:
        start = t
        t = startup(p, t, "inc", args, filelist)
        t = L(
            p,
            t + sec(0.05),
            "INFO",
            "Using temporary directory %s",
            f"Using temporary directory /tmp/duplicity-{hexid(r, 8)}-tempdir",
        )
        t = L(
            p,
            t,
            "INFO",
            "Temp has %d available, backup will use approx %d.",
            f"Temp has {r.randrange(8 * 10**9, 30 * 10**9)} available, backup will use approx {34078720 if vols < 3 else 272629760}.",
        )
        last = chains[-1][-1]
        kind = "inc" if len(chains[-1]) > 1 else "full"
        mname = (
            f"duplicity-inc.{dupstamp(chains[-1][-2])}.to.{dupstamp(last)}.manifest"
            if kind == "inc"
            else f"duplicity-full.{dupstamp(last)}.manifest"
        )
        c = cfg[p.host]
        t = L(
            p,
            t + sec(r.uniform(0.3, 1.5)),
            "INFO",
            "Processing local manifest %s (%s)",
            f"Processing local manifest b'/root/.cache/duplicity/{c['name']}/{mname}' ({r.randrange(180, 420)})",
        )
        t = L(
            p,
            t,
            "INFO",
            "Found %s volumes in manifest",
            f"Found {r.randrange(1, 3)} volumes in manifest",
        )
        t = chain_lines(p, t, chains)
        if sync_spurious:
            t = L(
                p,
                t,
                "NOTICE",
                "Synchronizing remote metadata to local cache...",
                "Synchronizing remote metadata to local cache...",
            )
            for f in sync_spurious:
                t = L(
                    p,
                    t,
                    "NOTICE",
                    "Deleting local %s (not authoritative at backend).",
                    f"Deleting local /root/.cache/duplicity/{c['name']}/{f} (not authoritative at backend).",
                )
        else:
            t = L(
                p,
                t,
                "NOTICE",
                "Local and Remote metadata are synchronized, no sync needed.",
                "Local and Remote metadata are synchronized, no sync needed.",
            )
        full_at = chains[-1][0]
        if restart_partial:
            t = L(
                p,
                t,
                "NOTICE",
                "Last %s backup left a partial set, restarting.",
                "Last full backup left a partial set, restarting.",
            )
        t = L(
            p, t, "NOTICE", "Last full backup date: %s", f"Last full backup date: {pretty(full_at)}"
        )
        if force_full:
            t = L(
                p,
                t,
                "NOTICE",
                "Last full backup is too old, forcing full backup",
                "Last full backup is too old, forcing full backup",
            )
        if restart_partial:
            t = L(
                p,
                t + sec(r.uniform(2, 5)),
                "NOTICE",
                "RESTART: The first volume failed to upload before termination.",
                "RESTART: The first volume failed to upload before termination.\n         Restart is impossible...starting backup from beginning.",
            )
            return t, False
        for s in sockets or []:
            t = L(
                p,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "Skipping socket %s",
                f"Skipping socket {s}",
            )
        for w in warn_locked or []:
            t = L(
                p,
                t + sec(r.uniform(0.1, 2)),
                "WARNING",
                "Error accessing possibly locked file %s",
                f"Error accessing possibly locked file {w}",
            )
        t = changes(p, t, paths)
        t, ok = upload(p, t, last, now, "full" if force_full else "inc", vols, fail)
        if not ok:
            return t, False
        new = sum(1 for k, _ in paths if k == "A")
        ch = sum(1 for k, _ in paths if k == "M")
        de = sum(1 for k, _ in paths if k == "D")
        if force_full:
            new, ch, de = nsrc, 0, 0
        delta = r.randrange(10**5, 4 * 10**7) if not force_full else srcsize
        t = stats(p, t + sec(r.uniform(0.1, 1)), start, nsrc, srcsize, new, ch, de, delta)
        return t, True

    def run_remove(
        p: Proc,
        t: datetime,
        chains: list[list[datetime]],
        args: str,
        delete: list[list[datetime]] | None = None,
    ) -> datetime:
        t = startup(p, t, "remove-all-but-n-full" if "n-full" in args else "remove-old", args, None)
        c = cfg[p.host]
        del c
        t = chain_lines(p, t, chains)
        t = L(
            p,
            t,
            "NOTICE",
            "Last full backup date: %s",
            f"Last full backup date: {pretty(chains[-1][0])}",
        )
        if not delete:
            return L(
                p,
                t,
                "NOTICE",
                "No old backup sets found, nothing deleted.",
                "No old backup sets found, nothing deleted.",
            )
        t = L(
            p,
            t,
            "NOTICE",
            "Deleting backup chain at time:",
            "Deleting backup chain at time:\n" + "\n".join(pretty(ch[-1]) for ch in delete),
        )
        for ch in delete:
            t = L(
                p,
                t + sec(r.uniform(0.5, 2)),
                "NOTICE",
                "Deleting complete signature chain %s",
                f"Deleting complete signature chain {pretty(ch[-1])}",
            )
            t = L(
                p,
                t + sec(r.uniform(1, 8)),
                "NOTICE",
                "Deleting complete backup chain %s",
                f"Deleting complete backup chain {pretty(ch[-1])}",
            )
        return t

    def backend_down(
        p: Proc, t: datetime, action: str, args: str, filelist: str | None
    ) -> datetime:
        del action, args, filelist
        c = cfg[p.host]
        t = L(
            p,
            t,
            "INFO",
            "Using archive dir: %s",
            f"Using archive dir: /root/.cache/duplicity/{c['name']}",
        )
        t = L(p, t, "INFO", "Using backup name: %s", f"Using backup name: {c['name']}")
        for b in DUP_BACKENDS:
            t = L(
                p,
                t + sec(r.uniform(0.001, 0.03)),
                "INFO",
                "Import of %s Succeeded",
                f"Import of duplicity.backends.{b} Succeeded",
            )
        t += sec(r.uniform(20, 22))
        tb = [
            "Traceback (most recent call last):",
            '  File "/usr/lib/python3/dist-packages/duplicity/backends/ssh_paramiko_backend.py", line 273, in __init__',
            "    self.client.connect(hostname=self.config[u'hostname'],",
            '  File "/usr/lib/python3/dist-packages/paramiko/client.py", line 386, in connect',
            "    raise NoValidConnectionsError(errors)",
            f"paramiko.ssh_exception.NoValidConnectionsError: [Errno None] Unable to connect to port {DUP_BOX[2]} on {DUP_BOX[3]}",
            "",
            "During handling of the above exception, another exception occurred:",
            "",
            "Traceback (most recent call last):",
            '  File "/usr/bin/duplicity", line 96, in with_tempdir',
            "    fn()",
            '  File "/usr/lib/python3/dist-packages/duplicity/dup_main.py", line 1573, in main',
            "    action = commandline.ProcessCommandLine(sys.argv[1:])",
            '  File "/usr/lib/python3/dist-packages/duplicity/commandline.py", line 1254, in ProcessCommandLine',
            "    backup, local_pathname = set_backend(args[0], args[1])",
            '  File "/usr/lib/python3/dist-packages/duplicity/backends/ssh_paramiko_backend.py", line 281, in __init__',
            '    raise BackendException(u"ssh connection to %s@%s:%d failed: %s" % (',
            f"duplicity.errors.BackendException: ssh connection to {DUP_BOX[0]}@{DUP_BOX[1]}:{DUP_BOX[2]} failed: [Errno None] Unable to connect to port {DUP_BOX[2]} on {DUP_BOX[3]}",
            "",
        ]
        t = L(p, t, "INFO", "Backend error detail: %s", "Backend error detail: " + tb[0], tb[1:])
        return L(
            p,
            t,
            "ERROR",
            "%s: ssh connection to %s@%s:%d failed: [Errno None] Unable to connect to port %d on %s",
            f"BackendException: ssh connection to {DUP_BOX[0]}@{DUP_BOX[1]}:{DUP_BOX[2]} failed: [Errno None] Unable to connect to port {DUP_BOX[2]} on {DUP_BOX[3]}",
        )

    down = (at(8, 5), at(8, 50))
    url = f"sftp://{DUP_BOX[0]}@{DUP_BOX[1]}:{DUP_BOX[2]}"

    # ---- srv-db01: hourly at :15, a daily full at 00:15
    host = "srv-db01"
    y_chain = [
        at(0, 15, 3) - timedelta(days=1) + sec(3600 * i + r.uniform(0, 20)) for i in range(24)
    ]
    t_chain = [at(0, 15, 2) + sec(3600 * i + r.uniform(0, 20)) for i in range(6)]
    dumps = [
        "app_prod.sql.gz",
        "app_stats.sql.gz",
        "wiki.sql.gz",
        "nextcloud.sql.gz",
        "mysql.sql.gz",
        "grafana.sql.gz",
        "keycloak.sql.gz",
    ]
    for hh in range(6, 12):
        now = at(hh, 15, r.uniform(1.5, 3.5))
        args_b = f"-v info --log-timestamp --full-if-older-than 1D --num-retries 5 --asynchronous-upload --encrypt-key 4C1D2A0F3B9E8D77 --exclude-filelist /etc/duplicity/db01.exclude /var/backups/mysql {url}/db01"
        args_r = f"-v info --log-timestamp remove-all-but-n-full 2 --force {url}/db01"
        p = Proc(host, True)
        if down[0] <= now < down[1]:
            t = backend_down(p, now, "inc", args_b, None)
            p = Proc(host, True)
            backend_down(p, t + sec(r.uniform(0.5, 1.5)), "remove-all-but-n-full", args_r, None)
            continue
        paths = [("M", "var/backups/mysql")] + [
            ("M", f"var/backups/mysql/{d}") for d in dumps if r.random() < 0.8
        ]
        if hh == 9:
            paths.append(("A", "var/backups/mysql/app_prod-before-migration.sql.gz"))
        t, ok = run_backup(
            p,
            now,
            [y_chain, t_chain],
            now,
            args=args_b,
            filelist=None,
            paths=paths,
            nsrc=len(dumps) + 2,
            srcsize=r.randrange(3 * 10**9, 4 * 10**9),
            vols=r.randrange(1, 3),
            fail="drop" if hh == 7 else None,
        )
        if ok:
            t_chain.append(now)
        p = Proc(host, True)
        run_remove(p, t + sec(r.uniform(0.5, 1.5)), [y_chain, t_chain], args_r)

    # ---- srv-web01: hourly at :00, notice level, a weekly full due at 08:00
    host = "srv-web01"
    w_full = at(8, 0, 4) - timedelta(days=7)
    w_chain = [w_full] + [
        w_full + sec(3600 * i + r.uniform(0, 30)) for i in range(1, 7 * 24 - 8 + 6)
    ]
    w_old = [w_full - timedelta(days=7 * k) for k in (3, 2, 1)]
    partial = False
    for hh in range(6, 12):
        now = at(hh, 0, r.uniform(1.0, 3.0))
        args_b = f"--log-timestamp --full-if-older-than 7D --num-retries 5 --encrypt-key 4C1D2A0F3B9E8D77 --exclude-filelist /etc/duplicity/web01.exclude / {url}/web01"
        args_r = f"--log-timestamp remove-all-but-n-full 4 --force {url}/web01"
        p = Proc(host, False)
        if down[0] <= now < down[1]:
            t = backend_down(p, now, "inc", args_b, "/etc/duplicity/web01.filelist")
            backend_down(
                Proc(host, False),
                t + sec(r.uniform(0.5, 1.5)),
                "remove-all-but-n-full",
                args_r,
                None,
            )
            continue
        if hh == 8:
            # the weekly full starts before the storage box goes away, then loses it
            t = L(
                p,
                now,
                "NOTICE",
                "Reading globbing filelist %s",
                "Reading globbing filelist /etc/duplicity/web01.filelist",
            )
            t = L(
                p,
                t + sec(3),
                "NOTICE",
                "Local and Remote metadata are synchronized, no sync needed.",
                "Local and Remote metadata are synchronized, no sync needed.",
            )
            t = L(
                p,
                t,
                "NOTICE",
                "Last full backup date: %s",
                f"Last full backup date: {pretty(w_full)}",
            )
            t = L(
                p,
                t,
                "NOTICE",
                "Last full backup is too old, forcing full backup",
                "Last full backup is too old, forcing full backup",
            )
            full_now = now
            t, _ = upload(p, t, now, now, "full", 3, "down")
            p = Proc(host, False)
            L(
                p,
                t + sec(r.uniform(0.6, 1.4)),
                "ERROR",
                "%s: ssh connection to %s@%s:%d failed: [Errno None] Unable to connect to port %d on %s",
                f"BackendException: ssh connection to {DUP_BOX[0]}@{DUP_BOX[1]}:{DUP_BOX[2]} failed: [Errno None] Unable to connect to port {DUP_BOX[2]} on {DUP_BOX[3]}",
            )
            partial = True
            continue
        if partial:
            # 09:00: the partial full is found and continued from its second volume
            t = L(
                p,
                now,
                "NOTICE",
                "Reading globbing filelist %s",
                "Reading globbing filelist /etc/duplicity/web01.filelist",
            )
            t = L(
                p,
                t + sec(2),
                "NOTICE",
                "Local and Remote metadata are synchronized, no sync needed.",
                "Local and Remote metadata are synchronized, no sync needed.",
            )
            t = L(
                p,
                t,
                "NOTICE",
                "Last %s backup left a partial set, restarting.",
                "Last full backup left a partial set, restarting.",
            )
            t = L(
                p,
                t,
                "NOTICE",
                "Last full backup date: %s",
                f"Last full backup date: {pretty(w_full)}",
            )
            t = L(
                p,
                t + sec(4),
                "NOTICE",
                "RESTART: Volumes %d to %d failed to upload before termination.",
                "RESTART: Volumes 2 to 2 failed to upload before termination.\n         Restarting backup at volume 2.",
            )
            t, _ = upload(p, t, full_now, full_now, "full", 3, None, first=2)
            w_old.append(w_full)
            deleted_chain = [w_old[0]]
            w_old = w_old[1:]
            w_full = full_now
            w_chain = [w_full]
            t = stats(
                p,
                t + sec(1),
                now,
                48213,
                6 * 10**9 + r.randrange(10**8),
                48213,
                0,
                0,
                6 * 10**9,
            )
            p = Proc(host, False)
            run_remove(p, t + sec(1), [w_chain], args_r, delete=[deleted_chain])
            partial = False
            continue
        t = L(
            p,
            now,
            "NOTICE",
            "Reading globbing filelist %s",
            "Reading globbing filelist /etc/duplicity/web01.filelist",
        )
        t = L(
            p,
            t + sec(r.uniform(1.5, 4)),
            "NOTICE",
            "Local and Remote metadata are synchronized, no sync needed.",
            "Local and Remote metadata are synchronized, no sync needed.",
        )
        t = L(
            p, t, "NOTICE", "Last full backup date: %s", f"Last full backup date: {pretty(w_full)}"
        )
        t += sec(r.uniform(40, 160))
        nch = r.randrange(4, 40)
        t = stats(
            p,
            t,
            now,
            48213 + r.randrange(-50, 50),
            6 * 10**9 + r.randrange(10**8),
            r.randrange(0, 6),
            nch,
            r.randrange(0, 4),
            r.randrange(10**5, 10**7),
        )
        w_chain.append(now)
        p = Proc(host, False)
        t = L(
            p,
            t + sec(1.1),
            "NOTICE",
            "Last full backup date: %s",
            f"Last full backup date: {pretty(w_full)}",
        )
        L(
            p,
            t,
            "NOTICE",
            "No old backup sets found, nothing deleted.",
            "No old backup sets found, nothing deleted.",
        )

    # ---- srv-mail01: every two hours at :30, info level
    host = "srv-mail01"
    m_full = at(2, 30, 5) - timedelta(days=5)
    m_chain = [m_full] + [m_full + sec(7200 * i + r.uniform(0, 30)) for i in range(1, 5 * 12 + 2)]
    users = [
        "anna",
        "ben",
        "clara",
        "david",
        "eva",
        "felix",
        "greta",
        "hans",
        "jonas",
        "mia",
        "noah",
        "rosa",
        "sven",
        "vera",
        "info",
        "it-support",
        "helpdesk",
    ]
    sockets = (
        [
            f"/var/spool/postfix/private/{s}"
            for s in [
                "tlsmgr",
                "rewrite",
                "bounce",
                "defer",
                "trace",
                "verify",
                "proxymap",
                "proxywrite",
                "smtp",
                "relay",
                "error",
                "retry",
                "discard",
                "local",
                "virtual",
                "lmtp",
                "anvil",
                "scache",
                "dovecot-lmtp",
            ]
        ]
        + [
            f"/var/spool/postfix/public/{s}"
            for s in ["pickup", "cleanup", "qmgr", "flush", "showq"]
        ]
        + ["/run/dovecot/auth-userdb"]
    )
    for hh in (6, 8, 10):
        now = at(hh, 30, r.uniform(1, 4))
        args_b = f"-v info --log-timestamp --full-if-older-than 1W --num-retries 5 --encrypt-key 4C1D2A0F3B9E8D77 --include /etc --include /var/vmail --include /var/spool/postfix --exclude '**' / {url}/mail01"
        args_r = f"-v info --log-timestamp remove-older-than 60D --force {url}/mail01"
        p = Proc(host, True)
        paths: list[tuple[str, str]] = []
        for u in r.sample(users, r.randrange(8, 15)):
            paths.append(("M", f"var/vmail/example.org/{u}/Maildir/new"))
            for _ in range(r.randrange(1, 9)):
                mid = f"{int(now.timestamp()) - r.randrange(60, 7200)}.M{r.randrange(100000, 999999)}P{r.randrange(1000, 99999)}.srv-mail01,S={r.randrange(2000, 900000)},W={r.randrange(2000, 910000)}"
                paths.append(("A", f"var/vmail/example.org/{u}/Maildir/new/{mid}"))
            if r.random() < 0.4:
                paths.append(
                    (
                        "D",
                        f"var/vmail/example.org/{u}/Maildir/new/{int(now.timestamp()) - r.randrange(7200, 20000)}.M{r.randrange(100000, 999999)}P{r.randrange(1000, 99999)}.srv-mail01,S={r.randrange(2000, 90000)},W={r.randrange(2000, 91000)}",
                    )
                )
            paths.append(("M", f"var/vmail/example.org/{u}/Maildir/dovecot.index.log"))
        paths.sort(key=lambda x: x[1])
        locked = [
            f"/var/vmail/example.org/{r.choice(users)}/Maildir/tmp/{int(now.timestamp()) + r.randrange(1, 60)}.M{r.randrange(100000, 999999)}P{r.randrange(1000, 99999)}.srv-mail01"
            for _ in range(r.randrange(1, 4))
        ]
        t, ok = run_backup(
            p,
            now,
            [m_chain],
            now,
            args=args_b,
            filelist=None,
            paths=paths,
            nsrc=r.randrange(180000, 190000),
            srcsize=r.randrange(40 * 10**9, 42 * 10**9),
            vols=r.randrange(2, 5),
            warn_locked=locked,
            sockets=sockets,
        )
        m_chain.append(now)
        p = Proc(host, True)
        run_remove(p, t + sec(r.uniform(0.5, 1.5)), [m_chain], args_r)
    return fs.logs(at(0, 0))


# ------------------------------------------------------------------------------- rdiff-backup

RD_ABIL_RO = [
    "Access control lists",
    "Extended attributes",
    "Windows access control lists",
    "Case sensitivity",
    "Escape DOS devices",
    "Escape trailing spaces",
    "Mac OS X style resource forks",
    "Mac OS X Finder information",
]
RD_ABIL_RW = [
    "Ownership changing",
    "Hard linking",
    "fsync() directories",
    "Directory inc permissions",
    "High-bit permissions",
    "Symlink permissions",
    "Extended filenames",
    "Windows reserved filenames",
]


def rd_abilities(name: str, ro: bool) -> list[str]:
    dash = "-" * 65
    s = [
        dash,
        f"Detected abilities for {name} ({'read only' if ro else 'read/write'}) file system:",
    ]
    vals = {
        "Access control lists": "On",
        "Extended attributes": "On",
        "Windows access control lists": "Off",
        "Case sensitivity": "On",
        "Escape DOS devices": "Off",
        "Escape trailing spaces": "Off",
        "Mac OS X style resource forks": "Off",
        "Mac OS X Finder information": "Off",
        "Ownership changing": "On",
        "Hard linking": "On",
        "fsync() directories": "On",
        "Directory inc permissions": "On",
        "High-bit permissions": "On",
        "Symlink permissions": "Off",
        "Extended filenames": "On",
        "Windows reserved filenames": "Off",
    }
    for d in ([] if ro else RD_ABIL_RW) + RD_ABIL_RO:
        s.append(f"  {d}{' ' * (45 - len(d))}{vals[d]}")
    s.append(dash)
    return s


def rdiff_backup(r: random.Random) -> list[Log]:
    """bkp01's rdiff-backup units, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pid = [40210]

    def newpid() -> int:
        pid[0] += r.randrange(30, 700)
        return pid[0]

    def J(
        unit: str, t: datetime, label: str | None, msg: str, p: int, cont: list[str] | None = None
    ) -> datetime:
        lines = [msg, *(cont or [])]
        return fs.add(
            f"bkp01-{unit}.log",
            t + sec(r.uniform(0.001, 0.05)),
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}+02:00 bkp01 rdiff-backup[{p}]: {ln}" for ln in lines
            ],
            (unit, p),
            SEC,
        )

    src = {
        "fs01": "/srv/share",
        "web01": "/var/www",
        "db01": "/var/backups/mysql",
        "mail01": "/var/vmail",
    }

    def stats_block(
        start: datetime, end: datetime, nsrc: int, size: int, new: int, changed: int, deleted: int
    ) -> list[str]:
        el = (end - start).total_seconds()
        chs = int(size * r.uniform(0.0005, 0.004)) if changed else 0
        inc = int(chs * r.uniform(0.05, 0.3))
        newsize = r.randrange(1000, 5 * 10**7) if new else 0
        ela = inttopretty(el)
        return [
            "--------------[ Session statistics ]--------------",
            f"StartTime {start.timestamp():.2f} ({pretty(start)})",
            f"EndTime {end.timestamp():.2f} ({pretty(end)})",
            f"ElapsedTime {el:.2f} ({ela})",
            f"SourceFiles {nsrc}",
            f"SourceFileSize {size} ({human(size)})",
            f"MirrorFiles {nsrc - new + deleted}",
            f"MirrorFileSize {size - newsize} ({human(size - newsize)})",
            f"NewFiles {new}",
            f"NewFileSize {newsize} ({human(newsize)})",
            f"DeletedFiles {deleted}",
            f"DeletedFileSize {r.randrange(1000, 10**6) if deleted else 0} ({human(r.randrange(1000, 10**6)) if deleted else '0 bytes'})",
            f"ChangedFiles {changed}",
            f"ChangedSourceSize {chs} ({human(chs)})",
            f"ChangedMirrorSize {chs - r.randrange(0, 2000) if chs else 0} ({human(chs) if chs else '0 bytes'})",
            f"IncrementFiles {new + changed + deleted}",
            f"IncrementFileSize {inc} ({human(inc)})",
            f"TotalDestinationSizeChange {newsize + inc} ({human(newsize + inc)})",
            "Errors 0",
            "-------------------------------------------------",
        ]

    def remove(unit: str, t: datetime, when: datetime) -> datetime:
        p = newpid()
        t = J(unit, t, "Using repository '%s'", f"* Using repository '/srv/backup/{unit}'", p)
        t = J(
            unit,
            t + sec(0.5),
            "Deleting increment at date/time: %s",
            f"NOTE: Deleting increment at date/time: {pretty(when)}",
            p,
        )
        return J(unit, t + sec(r.uniform(0.5, 6)), "Cleaning up", "* Cleaning up", p)

    def connect(unit: str, t: datetime, p: int) -> datetime:
        cmd = f"ssh -C {unit} rdiff-backup --server"
        t = J(unit, t, "Executing remote command %s", f"* Executing remote command {cmd}", p)
        return J(
            unit,
            t + sec(r.uniform(0.3, 1.2)),
            "API version agreed to be %s with command %s",
            f"* API version agreed to be 200 with command b'{cmd}'",
            p,
        )

    def run(
        unit: str,
        now: datetime,
        changed: list[str],
        *,
        nsrc: int,
        size: int,
        regress: list[str] | None = None,
        prev: datetime | None = None,
        update_errors: list[str] | None = None,
        cut_at: datetime | None = None,
    ) -> datetime:
        p = newpid()
        t = connect(unit, now, p)
        t = J(unit, t, "Using repository '%s'", f"* Using repository '/srv/backup/{unit}'", p)
        if regress is not None:
            t = J(
                unit,
                t,
                "Previous backup seems to have failed, regressing destination now",
                "WARNING: Previous backup seems to have failed, regressing destination now",
                p,
            )
            t = J(
                unit,
                t + sec(1),
                "Regressing to date/time %s",
                f"NOTE: Regressing to date/time {pretty(prev)}",
                p,
            )  # type: ignore[arg-type]
            for f in regress:
                t = J(
                    unit,
                    t + sec(r.uniform(0.1, 2)),
                    "Regressing file %s",
                    f"* Regressing file {f}",
                    p,
                )
                t = J(
                    unit,
                    t,
                    "Deleting increment %s",
                    f"* Deleting increment /srv/backup/{unit}/rdiff-backup-data/increments/{f}.{prev:%Y-%m-%dT%H:%M:%S}+02:00.diff.gz",
                    p,
                )
        else:
            t = J(
                unit,
                t,
                "Given repository doesn't need to be regressed",
                "* Given repository doesn't need to be regressed",
                p,
            )
        sa = rd_abilities("source", True)
        t = J(
            unit,
            t + sec(r.uniform(0.5, 2)),
            "-----------------------------------------------------------------",
            "* " + sa[0],
            p,
            sa[1:],
        )
        da = rd_abilities("destination", False)
        t = J(
            unit,
            t + sec(r.uniform(0.2, 1)),
            "-----------------------------------------------------------------",
            "* " + da[0],
            p,
            da[1:],
        )
        t = J(unit, t, "Backup: escape_dos_devices = %s", "* Backup: escape_dos_devices = False", p)
        t = J(
            unit,
            t,
            "Backup: escape_trailing_spaces = %s",
            "* Backup: escape_trailing_spaces = False",
            p,
        )
        start = t
        t = J(
            unit,
            t,
            "Starting increment operation from source path %s to destination path %s",
            f"NOTE: Starting increment operation from source path {src[unit]} to destination path /srv/backup/{unit}",
            p,
        )
        errs = set(update_errors or [])
        for f in changed:
            if cut_at and t + sec(150) >= cut_at:
                return t
            t = J(
                unit,
                t + sec(r.uniform(0.01, 4.0) if unit != "db01" else r.uniform(20, 150)),
                "Processing changed file %s",
                f"* Processing changed file {f}",
                p,
            )
            if f in errs:
                tmp = f"/srv/backup/{unit}/{f.rpartition('/')[0]}/rdiff-backup.tmp.{r.randrange(100, 9999)}"
                t = J(
                    unit,
                    t + sec(r.uniform(0.5, 3)),
                    "UpdateError: '%s' Updated mirror temp file '%s' does not match source",
                    f"WARNING: UpdateError: '{f}' Updated mirror temp file '{tmp}' does not match source",
                    p,
                )
        t += sec(r.uniform(1, 10))
        new = sum(1 for f in changed if "/" in f and r.random() < 0.3)
        block = stats_block(start, t, nsrc, size, new, len(changed) - new, r.randrange(0, 3))
        t = J(unit, t, "--------------[ Session statistics ]--------------", block[0], p, block[1:])
        t = J(unit, t + sec(0.3), "Cleaning up", "* Cleaning up", p)
        return t

    def tree(paths: list[str]) -> list[str]:
        """The paths in rdiff-backup's order, each new directory before what it holds."""
        out: set[str] = {"."}
        for f in paths:
            parts = f.split("/")
            for i in range(1, len(parts)):
                if r.random() < 0.35:
                    out.add("/".join(parts[:i]))
            out.add(f)

        def key(s: str) -> tuple[int, list[str]]:
            return (0, []) if s == "." else (1, s.split("/"))

        return sorted(out, key=key)

    # ---- fs01: the department's file server, hourly at :00
    projects = [
        "alpha",
        "beta",
        "thesis-mueller",
        "grant-2024",
        "lecture-db",
        "lab-inventory",
        "website-relaunch",
        "erasmus",
    ]
    people = ["anna", "ben", "clara", "david", "eva", "jonas", "mia", "sven"]
    office = [
        "Budget 2024.xlsx",
        "Protokoll Sitzung.docx",
        "Antrag final.docx",
        "Inventar.xlsx",
        "Folien Vorlesung 7.pptx",
        "Stundenplan SoSe.xlsx",
        "Reisekosten Juni.xlsx",
    ]
    for hh in range(6, 12):
        now = at(hh, 0, r.uniform(2, 4))
        files = []
        for _ in range(r.randrange(130, 230)):
            if r.random() < 0.55:
                pr = r.choice(projects)
                files.append(
                    f"projects/{pr}/{r.choice(['src', 'data', 'docs', 'results', 'figures'])}/{r.choice(['run', 'fig', 'table', 'notes', 'draft', 'model', 'plot'])}_{r.randrange(1, 400):03d}.{r.choice(['py', 'csv', 'tex', 'png', 'pdf', 'ipynb', 'json'])}"
                )
            elif r.random() < 0.6:
                files.append(
                    f"home/{r.choice(people)}/{r.choice(['Documents', 'Desktop', 'Downloads', 'Mail'])}/{r.choice(office)}"
                )
            else:
                files.append(f"admin/{r.choice(['finance', 'hr', 'teaching'])}/{r.choice(office)}")
        ch = tree(sorted(set(files)))
        errs = [f for f in ch if f.endswith((".xlsx", ".docx")) and r.random() < 0.04][:3]
        t = run(
            "fs01",
            now,
            ch,
            nsrc=r.randrange(412000, 415000),
            size=r.randrange(880 * 10**9, 890 * 10**9),
            update_errors=errs,
        )
        remove("fs01", t + sec(r.uniform(1, 3)), now - timedelta(days=14) + sec(r.uniform(-30, 30)))

    # ---- web01: every two hours at :40; rebooted 07:55-08:50
    for hh in (6, 8, 10):
        now = at(hh, 40, r.uniform(2, 4))
        if hh == 8:
            p = newpid()
            t = J(
                "web01",
                now,
                "Executing remote command %s",
                "* Executing remote command ssh -C web01 rdiff-backup --server",
                p,
            )
            t = J(
                "web01",
                t + sec(3),
                "ssh: connect to host %s port %s: %s",
                "ssh: connect to host web01 port 22: No route to host",
                p,
            )
            cont = [
                "due to exception 'Truncated header <b''> (problem probably originated remotely)'.",
                "",
                "Remember that, under the default settings, rdiff-backup must be",
                "installed in the PATH on the remote system.  See the man page for more",
                "information on this.  This message may also be displayed if the remote",
                "version of rdiff-backup is quite different from the local version (2.2.2)",
                "",
            ]
            t = J(
                "web01",
                t,
                "Couldn't start up the remote connection by executing '%s'",
                "ERROR: Couldn't start up the remote connection by executing 'ssh -C web01 rdiff-backup --server'",
                p,
                cont,
            )
            t = J(
                "web01",
                t,
                "Location '%s' couldn't be connected.",
                "ERROR: Location 'web01::/var/www' couldn't be connected.",
                p,
            )
            remove("web01", t + sec(2), now - timedelta(days=14) + sec(r.uniform(-30, 30)))
            continue
        files = [
            f"shop/var/log/prod-{now:%Y-%m-%d}.log",
            "shop/var/cache/prod/pools/system",
            "shop/public/media/cache",
            "shop/var/sessions",
        ]
        for _ in range(r.randrange(25, 60)):
            files.append(
                f"shop/public/media/{r.choice(['product', 'category', 'cms'])}/{hexid(r, 2)}/{hexid(r, 2)}/{r.choice(['shirt', 'mug', 'poster', 'cap', 'bag', 'hoodie'])}-{r.randrange(100, 9999)}.{r.choice(['jpg', 'webp', 'png'])}"
            )
        ch = tree(sorted(set(files)))
        t = run(
            "web01",
            now,
            ch,
            nsrc=r.randrange(91000, 92000),
            size=r.randrange(38 * 10**9, 39 * 10**9),
        )
        remove(
            "web01", t + sec(r.uniform(1, 3)), now - timedelta(days=14) + sec(r.uniform(-30, 30))
        )

    # ---- db01: hourly at :20; bkp01 rebooted at 09:31 during the 09:20 run
    dumps = [
        "app_prod.sql.gz",
        "app_stats.sql.gz",
        "wiki.sql.gz",
        "nextcloud.sql.gz",
        "grafana.sql.gz",
        "keycloak.sql.gz",
        "mysql.sql.gz",
    ]
    for hh in range(6, 12):
        now = at(hh, 20, r.uniform(2, 4))
        ch = ["."] + [f"dumps/{d}" for d in dumps if r.random() < 0.85]
        if hh == 9:
            run(
                "db01",
                now,
                ch,
                nsrc=11,
                size=r.randrange(3 * 10**9, 4 * 10**9),
                cut_at=at(9, 31, 0),
            )
            continue
        if hh == 10:
            # the bkp01 reboot eats the 10:20 timer? no: the timer fires, and the run regresses first
            t = run(
                "db01",
                now,
                ch,
                nsrc=11,
                size=r.randrange(3 * 10**9, 4 * 10**9),
                regress=["dumps/app_prod.sql.gz", "dumps/app_stats.sql.gz", "dumps/wiki.sql.gz"],
                prev=at(8, 20, 3),
            )
        else:
            t = run("db01", now, ch, nsrc=11, size=r.randrange(3 * 10**9, 4 * 10**9))
        remove("db01", t + sec(r.uniform(1, 3)), now - timedelta(days=14) + sec(r.uniform(-30, 30)))

    # ---- mail01: hourly at :45
    users = [
        "anna",
        "ben",
        "clara",
        "david",
        "eva",
        "felix",
        "greta",
        "hans",
        "jonas",
        "mia",
        "noah",
        "rosa",
        "sven",
        "vera",
        "info",
        "helpdesk",
    ]
    for hh in range(6, 12):
        now = at(hh, 45, r.uniform(2, 4))
        files = []
        for u in r.sample(users, r.randrange(9, 15)):
            for _ in range(r.randrange(1, 8)):
                files.append(
                    f"example.org/{u}/Maildir/new/{int(now.timestamp()) - r.randrange(60, 3600)}.M{r.randrange(100000, 999999)}P{r.randrange(1000, 99999)}.srv-mail01,S={r.randrange(2000, 900000)},W={r.randrange(2000, 910000)}"
                )
            files.append(f"example.org/{u}/Maildir/dovecot.index.log")
            files.append(f"example.org/{u}/Maildir/dovecot-uidlist")
        ch = tree(sorted(set(files)))
        t = run(
            "mail01",
            now,
            ch,
            nsrc=r.randrange(180000, 186000),
            size=r.randrange(40 * 10**9, 41 * 10**9),
        )
        remove(
            "mail01", t + sec(r.uniform(1, 3)), now - timedelta(days=14) + sec(r.uniform(-30, 30))
        )
    return fs.logs(at(0, 0))


# -------------------------------------------------------------------------------- rest-server


def rest_server(r: random.Random) -> list[Log]:
    """Two rest-server hosts, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    UA = "restic/0.16.4"

    def jour(srv: str, t: datetime, label: str, msg: str, p: int) -> datetime:
        return fs.add(
            f"{srv}-rest-server.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} {srv} rest-server[{p}]: {msg}"],
            (srv, p),
            SEC,
        )

    def acc(
        srv: str,
        t: datetime,
        ip: str,
        method: str,
        route: str,
        path: str,
        status: int,
        size: int,
        proto: str,
        ua: str = UA,
    ) -> datetime:
        label = f'%s - - [%s] "{method} {route} %s" {status} %d "" "%s"'
        return fs.add(
            f"{srv}-access.log",
            t,
            label,
            lambda x: [
                f'{ip} - - [{x:%d/%b/%Y:%H:%M:%S} +0200] "{method} {path} {proto}" {status} {size} "" "{ua}"'
            ],
            (srv, "access"),
            SEC,
        )

    def pid_of(srv: str, t: datetime) -> int:
        if srv == "backup02":
            return 1044
        return 812 if t < at(7, 30) else 9121

    def dbg(srv: str, t: datetime, label: str, msg: str) -> datetime:
        if srv != "backup02":
            return t
        return jour(srv, t, label, msg, 1044)

    def req(
        srv: str,
        t: datetime,
        ip: str,
        method: str,
        route: str,
        path: str,
        status: int,
        size: int,
        handlers: list[tuple[str, str]],
    ) -> datetime:
        proto = "HTTP/2.0" if srv == "backup02" else "HTTP/1.1"
        for label, msg in handlers:
            t = dbg(srv, t, label, msg)
        return acc(srv, t, ip, method, route, path, status, size, proto)

    def session(
        srv: str,
        t: datetime,
        repo: str,
        ip: str,
        npacks: int,
        *,
        fail_auth: bool = False,
        nospace: bool = False,
    ) -> datetime:
        root = "/srv/restic" if srv == "backup01" else "/srv/restic/hosts"
        if fail_auth:
            t = acc(srv, t, ip, "HEAD", "/%s/config", f"/{repo}/config", 401, 0, "HTTP/1.1")
            return jour(
                srv,
                t,
                "Invalid htpasswd entry for %s.",
                f"Invalid htpasswd entry for {repo}.",
                pid_of(srv, t),
            )  # type: ignore[arg-type]
        g = lambda a, b: sec(r.uniform(a, b))  # noqa: E731
        t = req(
            srv,
            t,
            ip,
            "HEAD",
            "/%s/config",
            f"/{repo}/config",
            200,
            0,
            [("checkConfig()", "checkConfig()")],
        )
        t = req(
            srv,
            t + g(0.01, 0.2),
            ip,
            "GET",
            "/%s/keys/",
            f"/{repo}/keys/",
            200,
            85,
            [("listBlobs()", "listBlobs()"), ("listBlobsV2()", "listBlobsV2()")],
        )
        key = hexid(r, 64)
        t = req(
            srv,
            t + g(0.01, 0.2),
            ip,
            "GET",
            "/%s/keys/%s",
            f"/{repo}/keys/{key}",
            200,
            460,
            [("getBlob()", "getBlob()")],
        )
        t = req(
            srv,
            t + g(0.2, 0.9),
            ip,
            "GET",
            "/%s/config",
            f"/{repo}/config",
            200,
            155,
            [("getConfig()", "getConfig()")],
        )
        lock = hexid(r, 64)
        t = req(
            srv,
            t + g(0.01, 0.3),
            ip,
            "POST",
            "/%s/locks/%s",
            f"/{repo}/locks/{lock}",
            200,
            0,
            [("saveBlob()", "saveBlob()")],
        )
        t = req(
            srv,
            t + g(0.01, 0.3),
            ip,
            "GET",
            "/%s/locks/",
            f"/{repo}/locks/",
            200,
            r.choice([85, 170]),
            [("listBlobs()", "listBlobs()"), ("listBlobsV2()", "listBlobsV2()")],
        )
        t = req(
            srv,
            t + g(0.01, 0.3),
            ip,
            "GET",
            "/%s/snapshots/",
            f"/{repo}/snapshots/",
            200,
            r.randrange(2000, 30000),
            [("listBlobs()", "listBlobs()"), ("listBlobsV2()", "listBlobsV2()")],
        )
        t = req(
            srv,
            t + g(0.01, 0.3),
            ip,
            "GET",
            "/%s/snapshots/%s",
            f"/{repo}/snapshots/{hexid(r, 64)}",
            200,
            r.randrange(300, 520),
            [("getBlob()", "getBlob()")],
        )
        t = req(
            srv,
            t + g(0.01, 0.3),
            ip,
            "GET",
            "/%s/index/",
            f"/{repo}/index/",
            200,
            r.randrange(800, 9000),
            [("listBlobs()", "listBlobs()"), ("listBlobsV2()", "listBlobsV2()")],
        )
        for _ in range(r.randrange(2, 6)):
            t = req(
                srv,
                t + g(0.01, 0.5),
                ip,
                "GET",
                "/%s/index/%s",
                f"/{repo}/index/{hexid(r, 64)}",
                200,
                r.randrange(20000, 3 * 10**6),
                [("getBlob()", "getBlob()")],
            )
        t += g(3, 40)
        last_lock = t
        for _ in range(npacks):
            t += g(0.5, 20)
            if t - last_lock > timedelta(minutes=5):
                nl = hexid(r, 64)
                t = req(
                    srv,
                    t,
                    ip,
                    "POST",
                    "/%s/locks/%s",
                    f"/{repo}/locks/{nl}",
                    200,
                    0,
                    [("saveBlob()", "saveBlob()")],
                )
                t = req(
                    srv,
                    t + g(0.01, 0.2),
                    ip,
                    "DELETE",
                    "/%s/locks/%s",
                    f"/{repo}/locks/{lock}",
                    200,
                    0,
                    [("deleteBlob()", "deleteBlob()")],
                )
                lock, last_lock = nl, t
            pack = hexid(r, 64)
            if nospace:
                if r.random() < 0.25:
                    t = jour(
                        srv,
                        t + g(2, 6),
                        "ERROR: sync %s: no space left on device",
                        f"ERROR: sync {root}/{repo}/data/{pack[:2]}/{pack}.rest-server-temp{r.randrange(10**8, 10**9)}: no space left on device",
                        pid_of(srv, t),
                    )  # type: ignore[arg-type]
                    t = acc(
                        srv,
                        t,
                        ip,
                        "POST",
                        "/%s/data/%s",
                        f"/{repo}/data/{pack}",
                        500,
                        22,
                        "HTTP/1.1",
                    )
                else:
                    t = acc(
                        srv,
                        t + g(1, 4),
                        ip,
                        "POST",
                        "/%s/data/%s",
                        f"/{repo}/data/{pack}",
                        400,
                        12,
                        "HTTP/1.1",
                    )
                continue
            t = req(
                srv,
                t,
                ip,
                "POST",
                "/%s/data/%s",
                f"/{repo}/data/{pack}",
                200,
                0,
                [("saveBlob()", "saveBlob()")],
            )
        if nospace:
            return req(
                srv,
                t + g(0.5, 2),
                ip,
                "DELETE",
                "/%s/locks/%s",
                f"/{repo}/locks/{lock}",
                200,
                0,
                [("deleteBlob()", "deleteBlob()")],
            )
        t = req(
            srv,
            t + g(0.2, 2),
            ip,
            "POST",
            "/%s/index/%s",
            f"/{repo}/index/{hexid(r, 64)}",
            200,
            0,
            [("saveBlob()", "saveBlob()")],
        )
        t = req(
            srv,
            t + g(0.1, 1),
            ip,
            "POST",
            "/%s/snapshots/%s",
            f"/{repo}/snapshots/{hexid(r, 64)}",
            200,
            0,
            [("saveBlob()", "saveBlob()")],
        )
        return req(
            srv,
            t + g(0.05, 0.5),
            ip,
            "DELETE",
            "/%s/locks/%s",
            f"/{repo}/locks/{lock}",
            200,
            0,
            [("deleteBlob()", "deleteBlob()")],
        )

    def start(srv: str, t: datetime, p: int, listen: str) -> datetime:
        root = "/srv/restic" if srv == "backup01" else "/srv/restic/hosts"
        t = jour(srv, t, "Data directory: %s", f"Data directory: {root}", p)
        t = jour(srv, t, "Authentication enabled", "Authentication enabled", p)
        t = jour(srv, t, "Private repositories enabled", "Private repositories enabled", p)
        return jour(srv, t, "start server on %v", f"start server on {listen}", p)

    # ---- backup01: seven hosts hourly; restarted at 07:30
    clients1 = [
        ("ws-anna", "10.20.1.15"),
        ("ws-ben", "10.20.1.22"),
        ("lt-clara", "10.20.4.131"),
        ("srv-git07", "10.20.0.31"),
        ("srv-app03", "10.20.0.12"),
        ("srv-nfs02", "10.20.0.25"),
        ("lt-omar", "10.20.4.160"),
    ]
    start("backup01", at(7, 30, 4), 9121, "[::]:8000")
    for hh in range(6, 12):
        for repo, ip in clients1:
            t = at(hh, r.randrange(0, 50), r.uniform(0, 59))
            if at(7, 30) <= t < at(7, 30, 10):
                t += sec(15)
            if repo == "lt-omar" and t < at(9, 2, 17):
                session("backup01", t, repo, ip, 0, fail_auth=True)
                continue
            nos = at(10, 40) <= t < at(10, 55)
            session(
                "backup01",
                t,
                repo,
                ip,
                r.randrange(2, 16) if not repo.startswith("srv-nfs") else r.randrange(12, 30),
                nospace=nos,
            )
    jour("backup01", at(9, 2, 17), "Reloaded htpasswd file", "Reloaded htpasswd file", 9121)
    # the forget --prune refused by the append-only server
    t = at(11, 5, 12)
    ip = "10.20.0.31"
    t = acc("backup01", t, ip, "HEAD", "/%s/config", "/srv-git07/config", 200, 0, "HTTP/1.1")
    t = acc(
        "backup01", t + sec(0.4), ip, "GET", "/%s/keys/", "/srv-git07/keys/", 200, 85, "HTTP/1.1"
    )
    t = acc(
        "backup01",
        t + sec(0.3),
        ip,
        "GET",
        "/%s/keys/%s",
        f"/srv-git07/keys/{hexid(r, 64)}",
        200,
        460,
        "HTTP/1.1",
    )
    t = acc(
        "backup01", t + sec(0.6), ip, "GET", "/%s/config", "/srv-git07/config", 200, 155, "HTTP/1.1"
    )
    lock = hexid(r, 64)
    t = acc(
        "backup01",
        t + sec(0.2),
        ip,
        "POST",
        "/%s/locks/%s",
        f"/srv-git07/locks/{lock}",
        200,
        0,
        "HTTP/1.1",
    )
    t = acc(
        "backup01",
        t + sec(0.2),
        ip,
        "GET",
        "/%s/snapshots/",
        "/srv-git07/snapshots/",
        200,
        24817,
        "HTTP/1.1",
    )
    t = acc(
        "backup01",
        t + sec(1.4),
        ip,
        "DELETE",
        "/%s/snapshots/%s",
        f"/srv-git07/snapshots/{hexid(r, 64)}",
        403,
        10,
        "HTTP/1.1",
    )
    acc(
        "backup01",
        t + sec(0.2),
        ip,
        "DELETE",
        "/%s/locks/%s",
        f"/srv-git07/locks/{lock}",
        200,
        0,
        "HTTP/1.1",
    )

    # ---- backup02: five hosts every two hours, debug and prometheus on
    p2 = 1044
    clients2 = [
        ("mail01", "192.168.50.11"),
        ("web01", "192.168.50.12"),
        ("db01", "192.168.50.13"),
        ("fs01", "192.168.50.14"),
        ("print01", "192.168.50.19"),
    ]
    for hh in (6, 8, 10):
        for repo, ip in clients2:
            t = at(hh, r.randrange(0, 45), r.uniform(0, 59))
            session("backup02", t, repo, ip, r.randrange(3, 20))
    for m in range(6 * 60):
        t = at(6, 0, 7) + sec(60 * m + r.uniform(0, 0.4))
        acc(
            "backup02",
            t,
            "192.168.50.2",
            "GET",
            "/metrics",
            "/metrics",
            200,
            r.randrange(14500, 15200),
            "HTTP/1.1",
            "Prometheus/2.45.3",
        )
    # a new repository at 08:10
    t = at(8, 10, 41)
    ip = "192.168.50.21"
    root = "/srv/restic/hosts"
    t = dbg("backup02", t, "checkConfig()", "checkConfig()")
    t = dbg(
        "backup02",
        t,
        "stat %s: no such file or directory",
        f"stat {root}/nas02/config: no such file or directory",
    )
    t = acc("backup02", t, ip, "HEAD", "/%s/config", "/nas02/config", 404, 0, "HTTP/2.0")
    t = dbg("backup02", t + sec(0.4), "createRepo()", "createRepo()")
    t = jour(
        "backup02",
        t,
        "Creating repository directories in %s",
        f"Creating repository directories in {root}/nas02",
        p2,
    )
    t = acc(
        "backup02", t, ip, "POST", "/%s/?create=true", "/nas02/?create=true", 200, 0, "HTTP/2.0"
    )
    t = req(
        "backup02",
        t + sec(0.3),
        ip,
        "POST",
        "/%s/keys/%s",
        f"/nas02/keys/{hexid(r, 64)}",
        200,
        0,
        [("saveBlob()", "saveBlob()")],
    )
    t = req(
        "backup02",
        t + sec(0.2),
        ip,
        "POST",
        "/%s/config",
        "/nas02/config",
        200,
        0,
        [("saveConfig()", "saveConfig()")],
    )
    # a stale lock removed twice by two clients
    t = at(10, 47, 3)
    lk = hexid(r, 64)
    t = req(
        "backup02",
        t,
        "192.168.50.14",
        "DELETE",
        "/%s/locks/%s",
        f"/fs01/locks/{lk}",
        200,
        0,
        [("deleteBlob()", "deleteBlob()")],
    )
    t = dbg("backup02", t + sec(2), "deleteBlob()", "deleteBlob()")
    t = dbg(
        "backup02",
        t,
        "remove %s: no such file or directory",
        f"remove {root}/fs01/locks/{lk}: no such file or directory",
    )
    acc(
        "backup02",
        t,
        "192.168.50.11",
        "DELETE",
        "/%s/locks/%s",
        f"/fs01/locks/{lk}",
        404,
        10,
        "HTTP/2.0",
    )
    return fs.logs(at(0, 0))


# --------------------------------------------------------------------------------- Back In Time


def backintime(r: random.Random) -> list[Log]:
    """Five Debian machines' Back In Time cron jobs, 06:00 to 14:00 (see the module docstring)."""
    fs = Files()

    def S(
        host: str, user: str, prof: int, t: datetime, level: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{host}-syslog",
            t + sec(r.uniform(0.0001, 0.003)),
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+02:00 {host} backintime ({user}/{prof}): {level}: {msg}"
            ],
            (host, user, prof),
            US,
        )

    def sid(t: datetime) -> str:
        return f"{t:%Y%m%d-%H%M%S}-{r.randrange(100, 999)}"

    class Prof:
        def __init__(
            self,
            host: str,
            user: str,
            prof: int,
            name: str,
            ssh: str | None,
            every: int,
            change_p: float,
        ) -> None:
            self.host, self.user, self.prof, self.name, self.ssh = host, user, prof, name, ssh
            self.every, self.change_p = every, change_p
            self.busy_until = at(0, 0)
            self.snaps: list[str] = []
            home = "/root" if user == "root" else f"/home/{user}"
            self.mnt = f"{home}/.local/share/backintime/mnt/{hexid(r, 8).upper()}/mountpoint"
            self.lock = f"{home}/.local/share/backintime/worker{'' if prof == 1 else prof}.lock"

    profs = [
        Prof("ws-anna", "anna", 1, "Main profile", None, 60, 0.8),
        Prof("ws-ben", "ben", 1, "Main profile", "ssh: ben@nas01.lan:/volume1/backintime", 5, 0.35),
        Prof("lt-clara", "clara", 1, "Main profile", None, 60, 0.7),
        Prof(
            "ws-dev01", "dev", 1, "Main profile", "ssh: dev@nas01.lan:/volume1/backintime", 60, 0.9
        ),
        Prof("ws-dev01", "dev", 2, "Projects", None, 10, 0.6),
        Prof(
            "srv-print",
            "root",
            1,
            "Main profile",
            "ssh: root@nas01.lan:/volume1/backintime",
            30,
            0.3,
        ),
    ]
    nas_down = (at(8, 20), at(8, 35))
    t_end = at(14, 0)
    for pf in profs:
        t = at(6, 0)
        while True:
            t += timedelta(minutes=pf.every)
            if t >= t_end:
                break
            now = t + sec(r.uniform(0.2, 1.5))
            L = functools.partial(S, pf.host, pf.user, pf.prof)
            if pf.host == "lt-clara" and at(10, 0) <= now < at(11, 30):
                tt = L(
                    now + sec(0.3),
                    "INFO",
                    "Deferring backup while on battery",
                    "Deferring backup while on battery",
                )
                L(tt, "WARNING", "Backup not performed", "Backup not performed")
                continue
            if now < pf.busy_until:
                L(
                    now + sec(0.4),
                    "WARNING",
                    "A backup is already running.  The pid of the already running backup is in file %s.  Maybe delete it",
                    f"A backup is already running.  The pid of the already running backup is in file {pf.lock}.  Maybe delete it",
                )
                continue
            tt = L(now + sec(0.4), "INFO", "Lock", "Lock")
            tt = L(
                tt + sec(r.uniform(0.01, 0.05)),
                "WARNING",
                "Inhibit Suspend failed.",
                "Inhibit Suspend failed.",
            )
            if pf.ssh:
                if nas_down[0] <= tt < nas_down[1]:
                    tt = L(
                        tt + sec(r.uniform(5, 10)),
                        "ERROR",
                        "Ping %s failed. Host is down or wrong address.",
                        "Ping nas01.lan failed. Host is down or wrong address.",
                    )
                    L(tt + sec(0.01), "INFO", "Unlock", "Unlock")
                    continue
                tt = L(
                    tt + sec(r.uniform(0.8, 2.5)),
                    "INFO",
                    "mount %s on %s",
                    f"mount {pf.ssh} on {pf.mnt}",
                )
            tt = L(
                tt + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "Take a new snapshot. Profile: %s %s",
                f"Take a new snapshot. Profile: {pf.prof} {pf.name}",
            )
            if pf.host == "ws-anna" and now >= at(9, 20):
                tt = L(
                    tt + sec(0.02),
                    "WARNING",
                    "Can't find snapshots folder!",
                    "Can't find snapshots folder!",
                )
            else:
                tt = L(
                    tt + sec(r.uniform(0.05, 0.5)),
                    "INFO",
                    "Call rsync to take the snapshot",
                    "Call rsync to take the snapshot",
                )
                dur = r.uniform(4, 90) if pf.every > 10 else r.uniform(3, 40)
                if pf.host == "ws-dev01" and pf.prof == 2 and at(11, 0) <= now < at(11, 30):
                    dur = r.uniform(900, 1300)  # a build tree copied in
                tt += sec(dur)
                if r.random() < pf.change_p:
                    tt = L(tt, "INFO", "Save config file", "Save config file")
                    tt = L(
                        tt + sec(r.uniform(0.01, 0.1)),
                        "INFO",
                        "Save permissions",
                        "Save permissions",
                    )
                    tt = L(
                        tt + sec(r.uniform(0.2, 3.0)),
                        "INFO",
                        "Create info file",
                        "Create info file",
                    )
                    pf.snaps.append(sid(now))
                    if len(pf.snaps) > 3 and r.random() < 0.35:
                        old = [
                            sid(now - timedelta(days=1, minutes=r.randrange(0, 50)))
                            for _ in range(r.choice([1, 1, 2]))
                        ]
                        tt = L(
                            tt + sec(r.uniform(0.5, 2)),
                            "INFO",
                            "[smart remove] remove snapshots: %s",
                            f"[smart remove] remove snapshots: [{', '.join(old)}]",
                        )
                else:
                    tt = L(
                        tt,
                        "INFO",
                        "Nothing changed, no new snapshot necessary",
                        "Nothing changed, no new snapshot necessary",
                    )
                    tt = L(
                        tt + sec(r.uniform(0.01, 0.05)),
                        "WARNING",
                        "No new snapshot",
                        "No new snapshot",
                    )
            tt += sec(2)
            if pf.ssh:
                tt = L(
                    tt + sec(r.uniform(0.2, 1)),
                    "INFO",
                    "unmount %s from %s",
                    f"unmount {pf.ssh} from {pf.mnt}",
                )
            tt = L(tt + sec(r.uniform(0.01, 0.1)), "INFO", "Unlock", "Unlock")
            pf.busy_until = tt
    return fs.logs(at(0, 0))


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "backuppc": backuppc,
    "duplicity": duplicity,
    "rdiff-backup": rdiff_backup,
    "rest-server": rest_server,
    "backintime": backintime,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
