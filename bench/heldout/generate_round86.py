#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 86 (rclone, borgmatic, seaweedfs, zed, drbd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it; the lines
that continue an event (rclone's stats block and an error's `caused by:` line) have no label.
Distinct calls of one process never share a timestamp at the clock's resolution (round 53's
Clock); logs written with seconds come from a microsecond clock, so a burst shares a second as
a real one does. Five storage and backup logs:

- rclone 1.66 (`nas1-rclone.log`, `web1-rclone.log`, `--log-file` with `-v`: `2024/06/04
  06:30:04 INFO  : 2024/06/IMG_4411.jpg: Copied (new)`): nas1 syncs its photos to S3 every 30
  minutes, web1 copies its uploads every 15; the object before the message is context. Copies,
  replacements, deletions, modification-time updates, `There was nothing to transfer`, the
  stats block (`INFO  : ` then `Transferred:`, `Checks:`, `Elapsed time:`, `Transferring:`
  lines: one event), symlinks skipped, a file being written during upload; S3 timing out at
  08:05-08:30 (`Failed to copy: RequestError: send request failed` with its `caused by:` line,
  `not deleting files as there were IO errors`, `Attempt %d/%d failed with %d errors and: %v`,
  `Attempt %d/%d succeeded`, `CRITICAL: Failed to sync with %d errors: last error was: %v`);
  web1's uploads with bad permissions 07:00-09:30 and an admin running it with `-vv` meanwhile
  (`rclone: Version %q starting with parameters %q`, `Unchanged skipping`, `Size and
  modification time the same (differ by %s, within tolerance %s)`, `md5 = %s OK`, ...).
- borgmatic 1.8 with borg 1.2 (`web1-borgmatic.log`, `db1-borgmatic.log`,
  `files1-borgmatic.log`, its `--log-file`: `[2024-06-04 06:00:03,512] INFO: ssh://borg@backup.internal/./web1: Creating archive`):
  hourly runs 00:00-17:00 on three hosts into one borg server: hooks, Healthchecks pings,
  PostgreSQL dumps on db1, borg's `--stats` block (each line a record of its own: separators,
  `Archive name: %s`, `This archive: %s %s %s`, ...), prune with `--list` (`Keeping archive
  (rule: %s #%d): %s`, `Pruning archive (%d/%d): %s`), compaction, the daily check at 03:00
  (borg's `Remote: ` lines and `Analyzing archive %s (%d/%d)`), `summary:`; db1's 03:00 run
  failing on the check's lock, the backup server rebooting at 09:00 (`Remote: ssh: connect to
  host %s port %d: Connection refused`, `Connection closed by remote host. Is borg working on
  the server?`, `Command '%s' returned non-zero exit status %d.`, the error summary and `Need
  some help? https://torsion.org/borgmatic/#issues`), a timeout on files1 at 13:00.
- SeaweedFS 3.6x (`master.log`, `volume-1.log` ... `volume-3.log`, `filer.log`; its glog fork:
  `I0604 06:15:02  2871 topology_vacuum.go:213] Start vacuuming 17 on 10.0.1.11:8080`, the
  letter, date, time, pid and `file:line] ` are context), master and volumes at `-v=1`:
  vacuum every 15 minutes (start / complete / commit per volume on the master, the volume's
  compaction lines), volume growth, the master's restart at 10:00 (start-up, volume servers
  re-registering, `%s adds child %s`; the volumes' `Volume Server Failed to talk with master
  %s: %v` and `Heartbeat to: %v`, the filer's masterClient lines), volume-2 losing its network
  at 14:00 (`unregister disconnected volume server %s`, `Removing Volume %d from the dead volume
  server %s`, `Volume %d has %d replica, less than required %d`, `Volume %d becomes
  unwritable`, the filer's failed uploads), clients' metadata subscriptions (`+ listener %v
  clientId %d clientEpoch %d`).
- ZED, the ZFS Event Daemon of OpenZFS 2.1.5 (`syslog` of nas1, Debian 12's rsyslog with
  RFC 3339 microsecond times: `2024-06-04T06:15:01.204113+00:00 nas1 zed[2213]: Invoking
  "all-syslog.sh" eid=1187 pid=88211`): the daemon's own lines (`Invoking "%s" eid=%llu
  pid=%d`, `Finished "%s" eid=%llu pid=%d time=%.6fs exit=%d`, start-up, `Exiting`) and its
  zedlets' through logger (`nas1 zed: eid=1193 class=statechange pool='tank' vdev=sdd1
  vdev_state=FAULTED`): sanoid's snapshots every 15 minutes (history events, which
  all-syslog.sh does not log by default), a scrub finishing, disk sdd failing at 08:10 (delay,
  io and checksum ereports, the diagnosis engine and retire agent, statechange to FAULTED,
  `error: statechange-notify.sh: eid=%s: "mail" not installed`), the disk replaced at 10:30 and
  resilvered, and zed restarted by an upgrade at 11:50.
- DRBD 9.2 (`node1-kern.log`, `node2-kern.log`, rsyslog's traditional kern.log with the
  kernel's uptime: `Jun  4 07:12:40 node1 kernel: [86410.118004] drbd r1 node2: PingAck did not
  arrive in time.`): three resources, node1 primary; `drbd r0 node2: `, `drbd r0/0 drbd0: ` and
  `drbd r0/0 drbd0 node2: ` are context (the resource, device and connection DRBD prefixes).
  A flaky switch port 07:10-07:55 (PingAck timeouts, `conn( %s -> %s ) peer( %s -> %s )`,
  threads stopping and starting, cluster-wide state changes, handshakes, `drbd_sync_handshake:`
  with its `self`/`peer` lines, `uuid_compare()=%s by rule=%s`, bitmap exchange, helpers
  (`helper command: %s before-resync-source` and its exit code), resyncs), node2 rebooted at
  10:00 (`drbdadm down`, the module loading, attaching, connecting, a SyncTarget resync), an
  online verify of r2 at 11:00 (`Out of sync: start=%llu, size=%lu (sectors)`).

Label notes: rclone's date, time, level and object, borgmatic's time and level, glog's head,
syslog's time, host and tag and the kernel's uptime and DRBD's prefixes are context: the message
is the label. A value that is itself an error message contributes its format (`Failed to copy:
RequestError: send request failed`, `... failed to open source object: open %s: permission
denied`). Words the call site passes literally are wording: DRBD's helper names
(`before-resync-source`), borgmatic's hook descriptions (`pre-backup`); enum and state names
(DRBD's states, ZED's event classes, borgmatic's Healthchecks states, borg's prune rules) are
values. all-syslog.sh appends a field only when the event has it, so each set of fields is its
own label (`eid=%s class=%s pool='%s'` beside `... vdev=%s vdev_state=%s`); DRBD's state-change
line likewise by the states that changed. borg's output lines are one record each in borgmatic's
log, labelled with borg's formats (`Remote: ` kept where borg adds it to the server's lines);
rclone's stats block is one event (its format `%v` after an empty message).

Sources: written from the helper's knowledge of each program and of real logs seen in issues;
SeaweedFS's glog head and a few master and volume messages (`unregister disconnected volume
server`, `Removing Volume %d from the dead volume server %s`, `Volume %d has %d replica, less
than required %d`, `Volume %d becomes unwritable`, `Heartbeat to: %v`, `Volume Server found a new
master newLeader: %v instead of %v`, `Volume Size Limit is %d MB`) were checked against public
issue reports. Least sure: rclone's `CRITICAL:` level for the final failure, the `-vv` lines'
order; borgmatic 1.8's log-file layout and levels, its hook and Healthchecks wording, whether
the summary is written to the log file, borg's prune line padding and the check's messages;
SeaweedFS's vacuum, volume-growth, filer and listener lines (`Start vacuuming %d on %s`,
`Created Volume %d on %s`, `filer masterClient failed to receive from %s: %v`, the filer's
upload errors), the pid in the glog head and second resolution of 3.x; ZED's field order in
all-syslog.sh, the diagnosis engine's and retire agent's wording, `Registered zedlet`; DRBD 9's
thread lines, the state change numbers' layout, bitmap stats, verify lines and the module's
start-up banner. Run it only to change the data on purpose: `python
bench/heldout/generate_round86.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and its Clock: `add(file, t, label, text)`
    writes `text(t)` (the event's lines, the first labelled `label`) at the process's next
    free instant (`proc`, the file by default) and returns that instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object = None
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def ms(s: float) -> timedelta:
    return timedelta(milliseconds=s)


# --------------------------------------------------------------------------------- rclone

RC_LVL = {"DEBUG": "DEBUG : ", "INFO": "INFO  : ", "NOTICE": "NOTICE: ", "ERROR": "ERROR : "}
RC_TIMEOUT = (
    "RequestError: send request failed",
    'caused by: Put "https://s3.eu-central-1.amazonaws.com/acme-backup/{key}?partNumber=1&uploadId={up}": dial tcp 52.219.170.{ip}:443: i/o timeout',
)


def size_str(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.3f} {unit}" if unit != "B" else f"{n:.0f} B"
        n /= 1024
    return ""


def dur_str(s: float) -> str:
    if s < 60:
        return f"{s:.1f}s"
    return f"{int(s // 60)}m{s % 60:.1f}s"


def rclone(r: random.Random) -> list[Log]:
    fs = Files(1)

    def line(t: datetime, lvl: str, obj: str | None, msg: str) -> str:
        head = f"{t:%Y/%m/%d %H:%M:%S} " + ("CRITICAL: " if lvl == "CRITICAL" else RC_LVL[lvl])
        return head + (f"{obj}: " if obj else "") + msg

    def log(
        f: str,
        t: datetime,
        proc: object,
        lvl: str,
        obj: str | None,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [line(x, lvl, obj, msg), *(more or [])], proc)

    def stats(
        f: str,
        t: datetime,
        proc: object,
        done: int,
        total: int,
        byt: float,
        tot: float,
        checks: int,
        deleted: int,
        el: float,
        inflight: list[str],
    ) -> datetime:
        pct = int(100 * byt / tot) if tot else 0
        rate = byt / max(el, 0.1)
        eta = "0s" if byt >= tot else dur_str((tot - byt) / max(rate, 1))
        body = [
            f"Transferred:   \t{size_str(byt):>15} / {size_str(tot)}, {pct}%, {size_str(rate)}/s, ETA {eta}",
            f"Checks:             {checks:>6} / {checks}, 100%",
        ]
        if deleted:
            body.append(f"Deleted:           {deleted:>6} (files), 0 (dirs)")
        if total:
            body.append(f"Transferred:        {done:>6} / {total}, {int(100 * done / total)}%")
        body.append(f"Elapsed time:  {dur_str(el):>12}")
        if inflight:
            body.append("Transferring:")
            for name in inflight:
                body.append(
                    f" * {name:>40}: {r.randint(3, 97)}% /{r.uniform(1, 9):.3f}Mi, {r.uniform(0.5, 4):.3f}Mi/s, {r.randint(1, 9)}s"
                )
        return fs.add(f, t, "%v", lambda x: [line(x, "INFO", None, ""), *body], proc)

    seq = [0]

    def run(
        f: str,
        t: datetime,
        src: str,
        dst: str,
        files: list[tuple[str, str]],
        checks: int,
        deleted: list[str],
        errors: list[tuple[str, str, str, list[str]]],
        attempts_fail: int,
        verbose: bool,
        sync: bool,
        symlinks: list[str],
    ) -> None:
        seq[0] += 1
        proc = (f, seq[0])
        t0 = t
        if verbose:
            cmd = [
                "rclone",
                "sync" if sync else "copy",
                src,
                dst,
                "-vv",
                f"--log-file=/var/log/rclone-{f.split('-')[0]}.log",
            ]
            args = "[" + " ".join(f'"{a}"' for a in cmd) + "]"
            t = log(
                f,
                t,
                proc,
                "DEBUG",
                "rclone",
                "rclone: Version %q starting with parameters %q",
                f'Version "v1.66.0" starting with parameters {args}',
            )
            t = log(
                f,
                t + ms(2),
                proc,
                "DEBUG",
                None,
                "Creating backend with remote %q",
                f'Creating backend with remote "{src}"',
            )
            t = log(
                f,
                t + ms(1),
                proc,
                "DEBUG",
                None,
                "Using config file from %q",
                'Using config file from "/root/.config/rclone/rclone.conf"',
            )
            t = log(
                f,
                t + ms(3),
                proc,
                "DEBUG",
                None,
                "Creating backend with remote %q",
                f'Creating backend with remote "{dst}"',
            )
        for name in symlinks:
            t = log(
                f,
                t + ms(r.uniform(5, 40)),
                proc,
                "NOTICE",
                name,
                "Can't follow symlink without -L/--copy-links",
                "Can't follow symlink without -L/--copy-links",
            )
        if verbose:
            for _i in range(checks):
                name = f"{r.choice(['2023', '2024'])}/{r.randint(1, 12):02d}/{r.choice(['avatar', 'doc', 'img', 'invoice'])}_{r.randint(1000, 99999)}.{r.choice(['png', 'pdf', 'jpg'])}"
                t = log(
                    f,
                    t + ms(r.uniform(1, 8)),
                    proc,
                    "DEBUG",
                    name,
                    "Size and modification time the same (differ by %s, within tolerance %s)",
                    f"Size and modification time the same (differ by {r.randint(0, 999999)}ns, within tolerance 1ns)"
                    if r.random() < 0.1
                    else "Size and modification time the same (differ by 0s, within tolerance 1ns)",
                )
                t = log(
                    f,
                    t + ms(r.uniform(0.1, 1)),
                    proc,
                    "DEBUG",
                    name,
                    "Unchanged skipping",
                    "Unchanged skipping",
                )
            t = log(
                f,
                t + ms(5),
                proc,
                "DEBUG",
                f"S3 bucket acme-backup path {dst.split('/', 1)[1]}",
                "Waiting for checks to finish",
                "Waiting for checks to finish",
            )
        tot = sum(r.uniform(0.2, 8) * 1024 * 1024 for _ in files) or 0.0
        done = 0
        last_stats = t0
        for name, kind in files:
            t += secs(r, 0.2, 6 if f.startswith("nas") else 2)
            if kind == "new":
                if verbose:
                    t = log(
                        f,
                        t,
                        proc,
                        "DEBUG",
                        name,
                        "Need to transfer - File not found at Destination",
                        "Need to transfer - File not found at Destination",
                    )
                    t = log(
                        f,
                        t + ms(r.uniform(50, 900)),
                        proc,
                        "DEBUG",
                        name,
                        "md5 = %s OK",
                        f"md5 = {hexid(r, 32)} OK",
                    )
                t = log(f, t + ms(1), proc, "INFO", name, "Copied (new)", "Copied (new)")
            elif kind == "replace":
                if verbose:
                    t = log(
                        f,
                        t,
                        proc,
                        "DEBUG",
                        name,
                        "Sizes differ (src %d vs dst %d)",
                        f"Sizes differ (src {r.randint(10000, 900000)} vs dst {r.randint(10000, 900000)})",
                    )
                t = log(
                    f,
                    t + ms(r.uniform(50, 900)),
                    proc,
                    "INFO",
                    name,
                    "Copied (replaced existing)",
                    "Copied (replaced existing)",
                )
            elif kind == "modtime":
                t = log(
                    f,
                    t,
                    proc,
                    "INFO",
                    name,
                    "Updated modification time in destination",
                    "Updated modification time in destination",
                )
            elif kind == "busy":
                a = r.randint(4_000_000, 9_000_000)
                t = log(
                    f,
                    t,
                    proc,
                    "ERROR",
                    name,
                    "Failed to copy: can't copy - source file is being updated (size changed from %d to %d)",
                    f"Failed to copy: can't copy - source file is being updated (size changed from {a} to {a + r.randint(4096, 900000)})",
                )
            done += 1  # noqa: SIM113
            if (t - last_stats).total_seconds() >= 60:
                last_stats = t
                t = stats(
                    f,
                    t,
                    proc,
                    done,
                    len(files),
                    tot * done / len(files),
                    tot,
                    checks + done,
                    0,
                    (t - t0).total_seconds(),
                    [n for n, _ in files[done : done + r.randint(1, 4)]],
                )
        for name, label, msg, more in errors:
            t = log(f, t + secs(r, 0.5, 20), proc, "ERROR", name, label, msg, more)
        dest = f"S3 bucket acme-backup path {dst.split('/', 1)[1]}"
        if errors and sync:
            t = log(
                f,
                t + ms(3),
                proc,
                "ERROR",
                dest,
                "not deleting files as there were IO errors",
                "not deleting files as there were IO errors",
            )
        elif sync:
            if verbose:
                t = log(
                    f,
                    t + ms(3),
                    proc,
                    "DEBUG",
                    dest,
                    "Waiting for transfers to finish",
                    "Waiting for transfers to finish",
                )
            for name in deleted:
                t = log(f, t + ms(r.uniform(20, 200)), proc, "INFO", name, "Deleted", "Deleted")
        if errors:
            _, _, msg, more = errors[-1]
            last = msg.split("Failed to copy: ", 1)[1]
            lab = (
                "Attempt %d/%d failed with %d errors and: "
                + errors[-1][1].split("Failed to copy: ", 1)[1]
            )
            n_failed = min(attempts_fail, 3)
            for a in range(1, n_failed + 1):
                t = log(
                    f,
                    t + ms(50),
                    proc,
                    "ERROR",
                    None,
                    lab,
                    f"Attempt {a}/3 failed with {len(errors)} errors and: {last}",
                    more,
                )
                if a < 3:
                    t += secs(r, 20, 60)
            if n_failed < 3:
                t = log(
                    f,
                    t + secs(r, 5, 30),
                    proc,
                    "NOTICE",
                    None,
                    "Attempt %d/%d succeeded",
                    f"Attempt {n_failed + 1}/3 succeeded",
                )
        if not files and not deleted and not errors:
            t = log(
                f,
                t + ms(r.uniform(100, 900)),
                proc,
                "NOTICE",
                None,
                "There was nothing to transfer",
                "There was nothing to transfer",
            )
        t = stats(
            f,
            t + ms(2),
            proc,
            len(files),
            len(files),
            tot,
            tot,
            checks + len(files),
            len(deleted),
            (t - t0).total_seconds() + 0.3,
            [],
        )
        if errors and attempts_fail >= 3:
            lab = (
                "Failed to %s with %d errors: last error was: "
                + errors[-1][1].split("Failed to copy: ", 1)[1]
            )
            t = log(
                f,
                t + ms(1),
                proc,
                "CRITICAL",
                None,
                lab,
                f"Failed to {'sync' if sync else 'copy'} with {len(errors)} errors: last error was: {errors[-1][2].split('Failed to copy: ', 1)[1]}",
                errors[-1][3],
            )
        if verbose:
            t = log(
                f,
                t + ms(1),
                proc,
                "DEBUG",
                None,
                "%d go routines active",
                f"{r.randint(8, 30)} go routines active",
            )
            cmd = [
                "rclone",
                "sync" if sync else "copy",
                src,
                dst,
                "-vv",
                f"--log-file=/var/log/rclone-{f.split('-')[0]}.log",
            ]
            args = "[" + " ".join(f'"{a}"' for a in cmd) + "]"
            log(
                f,
                t + ms(1),
                proc,
                "DEBUG",
                "rclone",
                "rclone: Version %q finishing with parameters %q",
                f'Version "v1.66.0" finishing with parameters {args}',
            )

    # nas1: photos every 30 minutes
    photos = 24180
    t = at(6, 0, 2)
    while t < at(12, 0):
        n = (
            r.choice([10, 25, 40, 60, 90, 140, 200])
            if at(7, 0) < t < at(11, 0)
            else r.choice([0, 0, 5, 12])
        )
        files = []
        for _ in range(n):
            k = r.choices(["new", "replace", "modtime", "busy"], [90, 4, 5, 1])[0]
            files.append(
                (
                    f"2024/06/{r.choice(['IMG', 'DSC', 'PXL'])}_{r.randint(1000, 9999)}.{r.choice(['jpg', 'jpg', 'heic', 'mp4'])}",
                    k,
                )
            )
        errors: list[tuple[str, str, str, list[str]]] = []
        fail = 0
        if at(8, 5) <= t <= at(8, 31):
            keep, errs = files[: len(files) // 3], files[len(files) // 3 :]
            files = keep
            for name, _ in errs[:12]:
                errors.append(
                    (
                        name,
                        "Failed to copy: RequestError: send request failed",
                        f"Failed to copy: {RC_TIMEOUT[0]}",
                        [
                            RC_TIMEOUT[1].format(
                                key=f"nas1/photos/{name}", up=hexid(r, 32), ip=r.randint(2, 250)
                            )
                        ],
                    )
                )
            fail = 3 if t < at(8, 20) else 1
        busy = [x for x in files if x[1] == "busy"]
        files = [x for x in files if x[1] != "busy"]
        for name, _ in busy:
            a = r.randint(4_000_000, 9_000_000)
            errors.insert(
                0,
                (
                    name,
                    "Failed to copy: can't copy - source file is being updated (size changed from %d to %d)",
                    f"Failed to copy: can't copy - source file is being updated (size changed from {a} to {a + r.randint(4096, 900000)})",
                    [],
                ),
            )
            fail = max(fail, 1)
        deleted = [
            f"2024/05/{r.choice(['IMG', 'DSC'])}_{r.randint(1000, 9999)}.jpg"
            for _ in range(r.choice([0, 0, 0, 1, 3]))
        ]
        run(
            "nas1-rclone.log",
            t,
            "/srv/photos",
            "s3:acme-backup/nas1/photos",
            files,
            photos,
            deleted,
            errors,
            fail,
            False,
            True,
            ["albums/2019 -> /mnt/old/albums/2019", "shared", "tmp/latest.jpg"],
        )
        photos += len(files)
        t += timedelta(minutes=30) + secs(r, 0, 1)
    # web1: uploads every 15 minutes
    t = at(6, 0, 1)
    while t < at(12, 0):
        n = r.choice([0, 2, 4, 7, 12, 18]) if at(8, 0) < t < at(11, 30) else r.choice([0, 1, 3, 6])
        files = [
            (
                f"2024/06/{r.choice(['avatar', 'doc', 'img', 'invoice'])}_{r.randint(1000, 99999)}.{r.choice(['png', 'pdf', 'jpg'])}",
                r.choices(["new", "replace"], [95, 5])[0],
            )
            for _ in range(n)
        ]
        errors = []
        fail = 0
        if at(7, 0) <= t <= at(9, 30):
            for name in ("tmp/import-0604.csv", "tmp/.lock"):
                errors.append(
                    (
                        name,
                        "Failed to copy: failed to open source object: open %s: permission denied",
                        f"Failed to copy: failed to open source object: open /var/www/uploads/{name}: permission denied",
                        [],
                    )
                )
            fail = 3
        verbose = at(7, 40) <= t <= at(9, 30)
        run(
            "web1-rclone.log",
            t,
            "/var/www/uploads",
            "s3:acme-backup/web1/uploads",
            files,
            70 if verbose else 0,
            [],
            errors,
            fail,
            verbose,
            False,
            [],
        )
        t += timedelta(minutes=15) + secs(r, 0, 1)
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- borgmatic

BG_SERVER = "backup.internal"
BG_SEP = "------------------------------------------------------------------------------"


def gb(x: float) -> str:
    if x >= 1000:
        return f"{x / 1000:.2f} TB"
    if x >= 1:
        return f"{x:.2f} GB"
    return f"{x * 1000:.2f} MB"


def borgmatic(r: random.Random) -> list[Log]:
    fs = Files(1000)
    cfg = "/etc/borgmatic/config.yaml"
    hosts = {
        "web1": {
            "files": 184_211,
            "orig": 41.3,
            "comp": 33.8,
            "all": 2980.0,
            "allc": 2411.0,
            "dedup": 61.2,
            "chunks": 412_877,
            "total": 11_840_122,
        },
        "db1": {
            "files": 3_412,
            "orig": 88.6,
            "comp": 21.4,
            "all": 6120.0,
            "allc": 1502.0,
            "dedup": 233.0,
            "chunks": 1_201_455,
            "total": 30_112_876,
        },
        "files1": {
            "files": 1_120_944,
            "orig": 812.0,
            "comp": 701.5,
            "all": 54_200.0,
            "allc": 47_118.0,
            "dedup": 3_870.0,
            "chunks": 5_412_008,
            "total": 170_331_512,
        },
    }
    archives: dict[str, list[tuple[str, datetime]]] = {h: [] for h in hosts}
    for h in hosts:
        for d in range(40, 0, -1):
            a = (
                at(0, 0, 1) - timedelta(days=d)
                if d > 1
                else at(0, 0, 1) - timedelta(hours=r.randint(1, 12))
            )
            archives[h].append((f"{h}-{a:%Y-%m-%dT%H:%M:%S}", a))

    def line(t: datetime, lvl: str, msg: str) -> str:
        return f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}] {lvl}: {msg}"

    def run(h: str, t: datetime) -> None:
        f = f"{h}-borgmatic.log"
        proc = (h, t)
        repo = f"ssh://borg@{BG_SERVER}/./{h}"
        st = hosts[h]

        def log(dt: float, lvl: str, label: str, msg: str) -> None:
            nonlocal t
            t = fs.add(f, t + timedelta(seconds=dt), label, lambda x: [line(x, lvl, msg)], proc)

        log(0.4, "INFO", "%s: Pinging Healthchecks %s", f"{cfg}: Pinging Healthchecks start")
        if h == "web1":
            log(
                0.01,
                "INFO",
                "%s: Running command for pre-backup hook",
                f"{cfg}: Running command for pre-backup hook",
            )
        down = at(9, 0) <= t < at(9, 12)
        lock = h == "db1" and t.hour == 3
        timeout = h == "files1" and t.hour == 13
        if h == "db1":
            log(
                0.2,
                "INFO",
                "%s: Dumping PostgreSQL databases",
                f"{repo}: Dumping PostgreSQL databases",
            )
        log(0.3, "INFO", "%s: Creating archive", f"{repo}: Creating archive")
        name = f"{h}-{t:%Y-%m-%dT%H:%M:%S}"
        err: list[tuple[str, str, str]] = []
        if down:
            log(
                r.uniform(0.1, 0.5),
                "ERROR",
                "Remote: ssh: connect to host %s port %d: Connection refused",
                f"Remote: ssh: connect to host {BG_SERVER} port 22: Connection refused",
            )
            err = [
                (
                    "ERROR",
                    "Remote: ssh: connect to host %s port %d: Connection refused",
                    f"Remote: ssh: connect to host {BG_SERVER} port 22: Connection refused",
                )
            ]
            log(
                0.002,
                "ERROR",
                "Connection closed by remote host. Is borg working on the server?",
                "Connection closed by remote host. Is borg working on the server?",
            )
            err.append(
                (
                    "ERROR",
                    "Connection closed by remote host. Is borg working on the server?",
                    "Connection closed by remote host. Is borg working on the server?",
                )
            )
        elif lock:
            log(
                r.uniform(1, 2),
                "INFO",
                'Creating archive at "%s"',
                f'Creating archive at "{repo}::{{hostname}}-{{now:%Y-%m-%dT%H:%M:%S}}"',
            )
            log(
                1.0 + 1.5,
                "ERROR",
                "Failed to create/acquire the lock %s (timeout).",
                "Failed to create/acquire the lock /srv/borg/db1/lock.exclusive (timeout).",
            )
            err = [
                (
                    "ERROR",
                    "Failed to create/acquire the lock %s (timeout).",
                    "Failed to create/acquire the lock /srv/borg/db1/lock.exclusive (timeout).",
                )
            ]
        elif timeout:
            log(
                r.uniform(1, 2),
                "INFO",
                'Creating archive at "%s"',
                f'Creating archive at "{repo}::{{hostname}}-{{now:%Y-%m-%dT%H:%M:%S}}"',
            )
            log(
                r.uniform(40, 90),
                "ERROR",
                "Remote: Timeout, server %s not responding.",
                f"Remote: Timeout, server {BG_SERVER} not responding.",
            )
            err = [
                (
                    "ERROR",
                    "Remote: Timeout, server %s not responding.",
                    f"Remote: Timeout, server {BG_SERVER} not responding.",
                )
            ]
            log(
                0.002,
                "ERROR",
                "Connection closed by remote host. Is borg working on the server?",
                "Connection closed by remote host. Is borg working on the server?",
            )
            err.append(
                (
                    "ERROR",
                    "Connection closed by remote host. Is borg working on the server?",
                    "Connection closed by remote host. Is borg working on the server?",
                )
            )
        if err:
            code = 2
            cmd = f"borg create --exclude-caches --compression auto,zstd --one-file-system --stats {repo}::{{hostname}}-{{now:%Y-%m-%dT%H:%M:%S}} /etc /home /root /srv /var"
            log(
                0.05,
                "ERROR",
                "%s: Error running actions for repository",
                f"{repo}: Error running actions for repository",
            )
            log(
                0.001,
                "ERROR",
                "Command %s returned non-zero exit status %d.",
                f"Command '{cmd}' returned non-zero exit status {code}.",
            )
            log(
                0.001,
                "ERROR",
                "%s: Error running configuration file",
                f"{cfg}: Error running configuration file",
            )
            log(0.2, "INFO", "%s: Pinging Healthchecks %s", f"{cfg}: Pinging Healthchecks fail")
            log(0.3, "INFO", "summary:", "summary:")
            log(0.001, "CRITICAL", "%s: An error occurred", f"{cfg}: An error occurred")
            log(
                0.001,
                "CRITICAL",
                "%s: Error running actions for repository",
                f"{repo}: Error running actions for repository",
            )
            for _lvl, lab, msg in err:
                log(0.001, "CRITICAL", lab, msg)
            log(
                0.001,
                "CRITICAL",
                "Command %s returned non-zero exit status %d.",
                f"Command '{cmd}' returned non-zero exit status {code}.",
            )
            log(
                0.001,
                "CRITICAL",
                "%s: Error running configuration file",
                f"{cfg}: Error running configuration file",
            )
            log(
                0.001,
                "INFO",
                "Need some help? https://torsion.org/borgmatic/#issues",
                "Need some help? https://torsion.org/borgmatic/#issues",
            )
            return
        log(
            r.uniform(1, 3),
            "INFO",
            'Creating archive at "%s"',
            f'Creating archive at "{repo}::{{hostname}}-{{now:%Y-%m-%dT%H:%M:%S}}"',
        )
        if h == "web1" and r.random() < 0.6:
            log(
                r.uniform(5, 30),
                "WARNING",
                "%s: file changed while we backed it up",
                "/var/log/nginx/access.log: file changed while we backed it up",
            )
        if h == "files1" and r.random() < 0.3:
            log(
                r.uniform(5, 60),
                "WARNING",
                "%s: file changed while we backed it up",
                f"/srv/share/projects/{r.choice(['q2-report.xlsx', 'budget.ods', 'minutes.docx'])}: file changed while we backed it up",
            )
        dur = {
            "web1": r.uniform(40, 90),
            "db1": r.uniform(100, 200),
            "files1": r.uniform(300, 700),
        }[h]
        start = t + timedelta(seconds=2)
        end = start + timedelta(seconds=dur)
        t = end - timedelta(seconds=1)
        grow = r.uniform(0.8, 1.2)
        st["files"] += r.randint(0, 400)
        st["all"] += st["orig"]
        st["allc"] += st["comp"]
        dd = st["dedup"] / 1000 * grow
        st["chunks"] += r.randint(100, 4000)
        st["total"] += r.randint(100_000, 900_000)
        rows = [
            (
                "------------------------------------------------------------------------------",
                BG_SEP,
            ),
            ("Repository: %s", f"Repository: {repo}"),
            ("Archive name: %s", f"Archive name: {name}"),
            ("Archive fingerprint: %s", f"Archive fingerprint: {hexid(r, 64)}"),
            ("Time (start): %s", f"Time (start): {start:%a, %Y-%m-%d %H:%M:%S}"),
            ("Time (end):   %s", f"Time (end):   {end:%a, %Y-%m-%d %H:%M:%S}"),
            ("Duration: %s", f"Duration: {int(dur // 60)} minutes {dur % 60:.2f} seconds"),
            ("Number of files: %d", f"Number of files: {st['files']}"),
            (
                "------------------------------------------------------------------------------",
                BG_SEP,
            ),
            (
                "                       Original size      Compressed size    Deduplicated size",
                "                       Original size      Compressed size    Deduplicated size",
            ),
            (
                "This archive: %s %s %s",
                f"This archive:   {gb(st['orig'] * grow):>20} {gb(st['comp'] * grow):>20} {gb(dd):>20}",
            ),
            (
                "All archives: %s %s %s",
                f"All archives:   {gb(st['all']):>20} {gb(st['allc']):>20} {gb(st['allc'] * 0.08):>20}",
            ),
            (
                "                       Unique chunks         Total chunks",
                "                       Unique chunks         Total chunks",
            ),
            ("Chunk index: %d %d", f"Chunk index:    {st['chunks']:>20} {st['total']:>20}"),
            (
                "------------------------------------------------------------------------------",
                BG_SEP,
            ),
        ]
        for lab, msg in rows:
            log(0.001, "INFO", lab, msg)
        archives[h].append((name, start))
        log(0.2, "INFO", "%s: Pruning archives", f"{repo}: Pruning archives")
        # keep: hourly 6, daily 7, weekly 4, monthly 2
        arcs = sorted(archives[h], key=lambda a: a[1], reverse=True)
        kept: list[tuple[str, datetime, str, int]] = []
        seen: dict[str, set] = {"hourly": set(), "daily": set(), "weekly": set(), "monthly": set()}
        limits = {"hourly": 6, "daily": 7, "weekly": 4, "monthly": 2}
        keys = {
            "hourly": lambda d: d.strftime("%Y%m%d%H"),
            "daily": lambda d: d.strftime("%Y%m%d"),
            "weekly": lambda d: d.strftime("%G%V"),
            "monthly": lambda d: d.strftime("%Y%m"),
        }
        rule_of: dict[str, tuple[str, int]] = {}
        for rule in ("hourly", "daily", "weekly", "monthly"):
            for nm, d in arcs:
                k = keys[rule](d)
                if k in seen[rule] or len(seen[rule]) >= limits[rule]:
                    continue
                seen[rule].add(k)
                if nm not in rule_of:
                    rule_of[nm] = (rule, len(seen[rule]))
        for nm, d in arcs:
            if nm in rule_of:
                rule, num = rule_of[nm]
                log(
                    0.01,
                    "INFO",
                    "Keeping archive (rule: %s #%d): %s",
                    f"{'Keeping archive (rule: ' + rule + ' #' + str(num) + '):':<36} {nm:<36} {d:%a, %Y-%m-%d %H:%M:%S} [{hexid(r, 64)}]",
                )
                kept.append((nm, d, rule, num))
        pruned = [(nm, d) for nm, d in arcs if nm not in rule_of]
        for i, (nm, d) in enumerate(pruned, 1):
            log(
                0.05,
                "INFO",
                "Pruning archive (%d/%d): %s",
                f"{'Pruning archive (' + str(i) + '/' + str(len(pruned)) + '):':<36} {nm:<36} {d:%a, %Y-%m-%d %H:%M:%S} [{hexid(r, 64)}]",
            )
        archives[h] = [(nm, d) for nm, d, _, _ in kept]
        log(0.3, "INFO", "%s: Compacting segments", f"{repo}: Compacting segments")
        log(
            r.uniform(0.5, 4),
            "INFO",
            "Remote: compaction freed about %s repository space.",
            f"Remote: compaction freed about {gb(r.uniform(0.00002, 0.4))} repository space.",
        )
        if t.hour == 3:
            log(
                0.3, "INFO", "%s: Running consistency checks", f"{repo}: Running consistency checks"
            )
            log(
                0.5,
                "INFO",
                "Remote: Starting repository check",
                "Remote: Starting repository check",
            )
            log(
                r.uniform(30, 240),
                "INFO",
                "Remote: Finished full repository check, no problems found.",
                "Remote: Finished full repository check, no problems found.",
            )
            arcs2 = sorted(archives[h], key=lambda a: a[1])
            for i, (nm, _) in enumerate(arcs2, 1):
                log(
                    r.uniform(0.3, 4),
                    "INFO",
                    "Analyzing archive %s (%d/%d)",
                    f"Analyzing archive {nm} ({i}/{len(arcs2)})",
                )
        if h == "web1":
            log(
                0.05,
                "INFO",
                "%s: Running command for post-backup hook",
                f"{cfg}: Running command for post-backup hook",
            )
        log(0.3, "INFO", "%s: Pinging Healthchecks %s", f"{cfg}: Pinging Healthchecks finish")
        log(0.01, "INFO", "summary:", "summary:")
        log(
            0.001,
            "INFO",
            "%s: Successfully ran configuration file",
            f"{cfg}: Successfully ran configuration file",
        )

    for hr in range(0, 18):
        for h in hosts:
            run(h, at(hr, 0, 1) + secs(r, 0, 2.5))
    return fs.logs(at(0, 0))


# --------------------------------------------------------------------------------- seaweedfs

SW_MASTER = "10.0.1.10:9333"
SW_VOLS = {"volume-1": "10.0.1.11:8080", "volume-2": "10.0.1.12:8080", "volume-3": "10.0.1.13:8080"}


def seaweedfs(r: random.Random) -> list[Log]:
    fs = Files(1)
    pids = {"master": 2871, "volume-1": 1904, "volume-2": 1911, "volume-3": 1887, "filer": 3120}

    def log(f: str, t: datetime, src: str, label: str, msg: str, lvl: str = "I") -> datetime:
        pid = pids[f]
        return fs.add(
            f"{f}.log", t, label, lambda x: [f"{lvl}{x:%m%d %H:%M:%S} {pid:5d} {src}] {msg}"], f
        )

    # volumes: id -> (servers, collection)
    vols: dict[int, list[str]] = {}
    for vid in range(1, 31):
        vols[vid] = r.sample(list(SW_VOLS), 2)

    def master_start(t: datetime) -> datetime:
        t = log(
            "master",
            t,
            "file_util.go:23",
            "Folder %s Permission: %s",
            "Folder /data/master Permission: -rwxr-xr-x",
        )
        t = log(
            "master",
            t + ms(1),
            "master.go:269",
            "current: %v peers:%v",
            f"current: {SW_MASTER} peers:",
        )
        t = log(
            "master",
            t + ms(1),
            "master_server.go:127",
            "Volume Size Limit is %d MB",
            "Volume Size Limit is 30000 MB",
        )
        t = log(
            "master",
            t + ms(1),
            "master.go:150",
            "Start Seaweed Master %s at %s",
            f"Start Seaweed Master 30GB 3.68 2e2b3d8f at {SW_MASTER}",
        )
        t = log(
            "master",
            t + ms(1),
            "raft_server.go:118",
            "Starting RaftServer with %v",
            f"Starting RaftServer with {SW_MASTER}",
        )
        t = log(
            "master",
            t + ms(2),
            "raft_server.go:167",
            "current cluster leader: %v",
            "current cluster leader: ",
        )
        t = log(
            "master",
            t + secs(r, 1, 2),
            "master_server.go:200",
            "[%s] %s becomes leader.",
            f"[{SW_MASTER}] {SW_MASTER} becomes leader.",
        )
        return t

    def register(t: datetime, v: str, first: bool) -> datetime:
        addr = SW_VOLS[v]
        if first:
            t = log(
                "master", t, "node.go:245", "%s adds child %s", "topo adds child DefaultDataCenter"
            )
            t = log(
                "master",
                t + ms(1),
                "node.go:245",
                "%s adds child %s",
                "topo:DefaultDataCenter adds child DefaultRack",
            )
        t = log(
            "master",
            t + ms(1),
            "node.go:245",
            "%s adds child %s",
            f"topo:DefaultDataCenter:DefaultRack adds child {addr}",
        )
        t = log(
            "master",
            t + ms(1),
            "master_grpc_server.go:120",
            "added volume server %d: %v %v",
            f"added volume server 0: {addr} [{addr}]",
        )
        return t

    # start of the day: everything already running; the filer's subscribers
    t = at(6, 0, 4)
    clients = ["s3@10.0.1.20", "mount@10.0.2.31", "mount@10.0.2.32", "backup-sync@10.0.1.40"]
    for tt in poisson(r, at(6, 0), at(16, 0), 240):
        c = r.choice(clients)
        cid = r.randint(-(2**31), 2**31)
        ep = r.randint(1, 40)
        log(
            "filer",
            tt,
            "filer_grpc_server_sub_meta.go:316",
            "+ listener %v clientId %d clientEpoch %d",
            f"+ listener {c} clientId {cid} clientEpoch {ep}",
        )
        log(
            "filer",
            tt + secs(r, 1, 200),
            "filer_grpc_server_sub_meta.go:330",
            "- listener %v clientId %d clientEpoch %d",
            f"- listener {c} clientId {cid} clientEpoch {ep}",
        )
    down2 = (at(14, 0, 12), at(14, 23, 40))
    mrestart = (at(10, 0, 3), at(10, 1, 31))
    # vacuum every 15 minutes
    t = at(6, 0, 30)
    while t < at(16, 0):
        if not (mrestart[0] <= t <= mrestart[1]):
            tm = t
            for vid in sorted(r.sample(list(vols), r.randint(1, 3))):
                for v in vols[vid]:
                    if v == "volume-2" and down2[0] <= tm <= down2[1]:
                        continue
                    addr = SW_VOLS[v]
                    tm = log(
                        "master",
                        tm + ms(r.uniform(1, 20)),
                        "topology_vacuum.go:47",
                        "Start vacuuming %d on %s",
                        f"Start vacuuming {vid} on {addr}",
                    )
                    tv = log(
                        v,
                        tm + ms(r.uniform(1, 10)),
                        "volume_grpc_vacuum.go:41",
                        "vacuum volume %d: garbage level %f",
                        f"vacuum volume {vid}: garbage level {r.uniform(0.3, 0.9):.6f}",
                    )
                    tv = log(
                        v,
                        tv + ms(r.uniform(50, 4000)),
                        "volume_vacuum.go:59",
                        "Compacting volume %d ...",
                        f"Compacting volume {vid} ...",
                    )
                    tm = log(
                        "master",
                        tv + ms(r.uniform(1, 20)),
                        "topology_vacuum.go:59",
                        "Complete vacuuming %d on %s",
                        f"Complete vacuuming {vid} on {addr}",
                    )
                for v in vols[vid]:
                    if v == "volume-2" and down2[0] <= tm <= down2[1]:
                        continue
                    addr = SW_VOLS[v]
                    tm = log(
                        "master",
                        tm + ms(r.uniform(1, 5)),
                        "topology_vacuum.go:139",
                        "Start Committing vacuum %d on %s",
                        f"Start Committing vacuum {vid} on {addr}",
                    )
                    tv = log(
                        v,
                        tm + ms(r.uniform(1, 5)),
                        "volume_vacuum.go:101",
                        "Committing volume %d vacuuming...",
                        f"Committing volume {vid} vacuuming...",
                    )
                    tm = log(
                        "master",
                        tv + ms(r.uniform(5, 300)),
                        "topology_vacuum.go:152",
                        "Complete Committing vacuum %d on %s",
                        f"Complete Committing vacuum {vid} on {addr}",
                    )
        t += timedelta(minutes=15)
    # volume growth when writable volumes run out
    nxt = 31
    for tt in poisson(r, at(6, 0), at(16, 0), 2400):
        if mrestart[0] <= tt <= mrestart[1]:
            continue
        tt = log(
            "master",
            tt,
            "volume_growth.go:104",
            "create %d volume, created %d: %v",
            "create 2 volume, created 2: <nil>",
        )
        for _ in range(2):
            servers = r.sample(
                [v for v in SW_VOLS if not (v == "volume-2" and down2[0] <= tt <= down2[1])], 2
            )
            for v in servers:
                tv = log(
                    v,
                    tt + ms(r.uniform(1, 30)),
                    "volume_grpc_admin.go:58",
                    "assign volume %v",
                    f"assign volume {nxt}",
                )
                tv = log(
                    v,
                    tv + ms(1),
                    "store.go:139",
                    "In dir %s adds volume:%v collection:%v replicaPlacement:%v ttl:%v",
                    f"In dir /data adds volume:{nxt} collection: replicaPlacement:001 ttl:",
                )
                tt = log(
                    "master",
                    tv + ms(r.uniform(1, 5)),
                    "volume_growth.go:240",
                    "Created Volume %d on %s",
                    f"Created Volume {nxt} on topo:DefaultDataCenter:DefaultRack:{SW_VOLS[v]}",
                )
            vols[nxt] = servers
            nxt += 1
    # filer: reads of deleted chunks
    for tt in poisson(r, at(6, 0), at(16, 0), 95):
        if mrestart[0] <= tt <= mrestart[1] or down2[0] <= tt <= down2[1]:
            continue
        v = r.choice(list(SW_VOLS))
        fid = f"{r.randint(1, 40)},{hexid(r, 2)}{hexid(r, 8)}"
        log(
            v,
            tt,
            "volume_server_handlers_read.go:140",
            "read error: %v %v",
            f"read error: not found /{fid}",
        )
    # the master's restart at 10:00 (an upgrade)
    t = log(
        "master", mrestart[0], "master.go:171", "received signal %v", "received signal terminated"
    )
    for v in SW_VOLS:
        tv = mrestart[0] + secs(r, 0.05, 0.5)
        tv = log(
            v,
            tv,
            "volume_grpc_client_to_master.go:195",
            "Volume Server Failed to talk with master %s: rpc error: code = Unavailable desc = error reading from server: EOF",
            f"Volume Server Failed to talk with master {SW_MASTER}: rpc error: code = Unavailable desc = error reading from server: EOF",
        )
        while tv < mrestart[1]:
            tv = log(
                v,
                tv + secs(r, 1.6, 1.8),
                "volume_grpc_client_to_master.go:84",
                "Heartbeat to: %v",
                f"Heartbeat to: {SW_MASTER}",
            )
            tv = log(
                v,
                tv + ms(r.uniform(1, 3)),
                "volume_grpc_client_to_master.go:195",
                'Volume Server Failed to talk with master %s: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
                f'Volume Server Failed to talk with master {SW_MASTER}: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.1.10:19333: connect: connection refused"',
            )
    tf = mrestart[0] + secs(r, 0.05, 0.5)
    tf = log(
        "filer",
        tf,
        "masterclient.go:172",
        "%s masterClient failed to receive from %s: rpc error: code = Unavailable desc = error reading from server: EOF",
        f"filer masterClient failed to receive from {SW_MASTER}: rpc error: code = Unavailable desc = error reading from server: EOF",
    )
    while tf < mrestart[1]:
        tf = log(
            "filer",
            tf + secs(r, 1, 1.2),
            "masterclient.go:148",
            "%s masterClient Connecting to master %v",
            f"filer masterClient Connecting to master {SW_MASTER}",
        )
        tf = log(
            "filer",
            tf + ms(2),
            "masterclient.go:156",
            '%s masterClient failed to keep connected to %s: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
            f'filer masterClient failed to keep connected to {SW_MASTER}: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.1.10:19333: connect: connection refused"',
        )
    t = master_start(mrestart[1] - timedelta(seconds=8))
    first = True
    for v in SW_VOLS:
        tv = mrestart[1] + secs(r, 0.2, 1.5)
        tv = log(
            v,
            tv,
            "volume_grpc_client_to_master.go:84",
            "Heartbeat to: %v",
            f"Heartbeat to: {SW_MASTER}",
        )
        register(tv + ms(2), v, first)
        first = False
    log(
        "filer",
        mrestart[1] + secs(r, 1, 2),
        "masterclient.go:148",
        "%s masterClient Connecting to master %v",
        f"filer masterClient Connecting to master {SW_MASTER}",
    )
    log(
        "filer",
        mrestart[1] + secs(r, 2.1, 2.5),
        "masterclient.go:161",
        "%s masterClient Connected to %v",
        f"filer masterClient Connected to {SW_MASTER}",
    )
    # volume-2's network lost at 14:00
    addr2 = SW_VOLS["volume-2"]
    t = log(
        "master",
        down2[0],
        "master_grpc_server.go:88",
        "unregister disconnected volume server %s",
        f"unregister disconnected volume server {addr2}",
    )
    for vid in sorted(vols):
        if "volume-2" in vols[vid]:
            t = log(
                "master",
                t + ms(r.uniform(0.05, 0.4)),
                "topology_event_handling.go:86",
                "Removing Volume %d from the dead volume server %s",
                f"Removing Volume {vid} from the dead volume server {addr2}",
            )
            t = log(
                "master",
                t + ms(0.05),
                "volume_layout.go:403",
                "Volume %d has %d replica, less than required %d",
                f"Volume {vid} has 1 replica, less than required 2",
            )
            t = log(
                "master",
                t + ms(0.05),
                "volume_layout.go:379",
                "Volume %d becomes unwritable",
                f"Volume {vid} becomes unwritable",
            )
    tv = down2[0] - secs(r, 2, 5)
    tv = log(
        "volume-2",
        tv,
        "volume_grpc_client_to_master.go:195",
        "Volume Server Failed to talk with master %s: rpc error: code = Unavailable desc = keepalive ping failed to receive ACK within timeout",
        f"Volume Server Failed to talk with master {SW_MASTER}: rpc error: code = Unavailable desc = keepalive ping failed to receive ACK within timeout",
    )
    while tv < down2[1]:
        tv = log(
            "volume-2",
            tv + secs(r, 1.6, 1.8),
            "volume_grpc_client_to_master.go:84",
            "Heartbeat to: %v",
            f"Heartbeat to: {SW_MASTER}",
        )
        tv = log(
            "volume-2",
            tv + secs(r, 20, 21),
            "volume_grpc_client_to_master.go:195",
            "Volume Server Failed to talk with master %s: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
            f"Volume Server Failed to talk with master {SW_MASTER}: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
        )
    for tt in poisson(r, down2[0], down2[1], 25):
        path = f"/buckets/{r.choice(['media', 'exports', 'logs'])}/{r.randint(2020, 2024)}/{hexid(r, 8)}.{r.choice(['jpg', 'gz', 'json'])}"
        if r.random() < 0.6:
            log(
                "filer",
                tt,
                "upload_content.go:355",
                "upload %s to %s: Post %q: dial tcp %s: connect: no route to host",
                f'upload {path} to http://{addr2}/{r.randint(1, 40)},{hexid(r, 10)}: Post "http://{addr2}/{r.randint(1, 40)},{hexid(r, 10)}": dial tcp {addr2}: connect: no route to host',
                "E",
            )
        else:
            log(
                "filer",
                tt,
                "filer_server_handlers_read.go:232",
                "failed to stream content %s: read chunk: volume %d not found",
                f"failed to stream content {path}: read chunk: volume {r.randint(1, 40)} not found",
                "E",
            )
    log(
        "volume-2",
        down2[1] + secs(r, 1.6, 1.8),
        "volume_grpc_client_to_master.go:84",
        "Heartbeat to: %v",
        f"Heartbeat to: {SW_MASTER}",
    )
    t = register(down2[1] + secs(r, 2, 3), "volume-2", False)
    for vid in sorted(vols):
        if "volume-2" in vols[vid]:
            t = log(
                "master",
                t + ms(r.uniform(0.05, 0.4)),
                "volume_layout.go:387",
                "Volume %d becomes writable",
                f"Volume {vid} becomes writable",
            )
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- zed

ZED_ZEDLETS = {
    "history_event": ["all-syslog.sh", "history_event-zfs-list-cacher.sh"],
    "statechange": [
        "all-syslog.sh",
        "statechange-led.sh",
        "statechange-notify.sh",
        "statechange-slot_off.sh",
    ],
    "scrub_finish": ["all-syslog.sh", "scrub_finish-notify.sh"],
    "resilver_finish": [
        "all-syslog.sh",
        "resilver_finish-notify.sh",
        "resilver_finish-start-scrub.sh",
    ],
    "vdev_attach": ["all-syslog.sh", "vdev_attach-led.sh"],
    "data": ["all-syslog.sh", "data-notify.sh"],
}
ZED_ALL = [
    "all-syslog.sh",
    "data-notify.sh",
    "history_event-zfs-list-cacher.sh",
    "resilver_finish-notify.sh",
    "resilver_finish-start-scrub.sh",
    "scrub_finish-notify.sh",
    "statechange-led.sh",
    "statechange-notify.sh",
    "statechange-slot_off.sh",
    "vdev_attach-led.sh",
    "vdev_clear-led.sh",
    "zed-functions.sh",
]
ZED_BASIC = "eid=%s class=%s pool='%s'"
ZED_VDEV = "eid=%s class=%s pool='%s' vdev=%s"
ZED_STATE = "eid=%s class=%s pool='%s' vdev=%s vdev_state=%s"
ZED_IO = "eid=%s class=%s pool='%s' vdev=%s size=%s offset=%s priority=%s err=%s flags=%s bookmark=%s:%s:%s:%s"
ZED_DELAY = "eid=%s class=%s pool='%s' vdev=%s size=%s offset=%s priority=%s err=%s flags=%s delay=%sms bookmark=%s:%s:%s:%s"


def zed(r: random.Random) -> list[Log]:
    fs = Files(1)
    st = {"pid": 2213, "eid": 1180, "child": 88100}

    def line(t: datetime, tag: str, msg: str) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00 nas1 {tag}: {msg}"

    def daemon(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "syslog", t, label, lambda x: [line(x, f"zed[{st['pid']}]", msg)], ("zed", st["pid"])
        )

    def zedlet(t: datetime, label: str, msg: str) -> datetime:
        st["child"] += 1
        return fs.add("syslog", t, label, lambda x: [line(x, "zed", msg)], ("logger", st["child"]))

    def event(
        t: datetime,
        cls: str,
        msg: str | None,
        label: str | None,
        extra: Callable[[datetime, str, int], datetime] | None = None,
    ) -> datetime:
        """One zevent: each matching zedlet invoked and finished in turn; all-syslog.sh logs
        `msg` (None: an excluded class)."""
        st["eid"] += 1
        eid = st["eid"]
        for z in ZED_ZEDLETS.get(cls, ["all-syslog.sh"]):
            st["child"] += 1
            pid = st["child"]
            t = daemon(
                t + ms(r.uniform(0.05, 0.6)),
                'Invoking "%s" eid=%llu pid=%d',
                f'Invoking "{z}" eid={eid} pid={pid}',
            )
            t0 = t
            if z == "all-syslog.sh" and msg is not None:
                t = zedlet(t + ms(r.uniform(1, 4)), label, msg.replace("EID", str(eid)))
            if extra is not None:
                t = extra(t, z, eid)
            took = (
                (t - t0).total_seconds() + r.uniform(0.0012, 0.0035)
                if z != "history_event-zfs-list-cacher.sh"
                else r.uniform(0.08, 0.4)
            )
            t = daemon(
                t0 + timedelta(seconds=took),
                'Finished "%s" eid=%llu pid=%d time=%.6fs exit=%d',
                f'Finished "{z}" eid={eid} pid={pid} time={took:.6f}s exit=0',
            )
        return t

    def start(t: datetime) -> datetime:
        t = daemon(
            t, "ZFS Event Daemon %s-%s (PID %d)", f"ZFS Event Daemon 2.1.11-1 (PID {st['pid']})"
        )
        for z in ZED_ALL:
            if z != "zed-functions.sh":
                t = daemon(t + ms(0.2), 'Registered zedlet "%s"', f'Registered zedlet "{z}"')
        return daemon(
            t + ms(1),
            "Processing events since eid=%llu",
            f"Processing events since eid={st['eid']}",
        )

    datasets = [
        "tank",
        "tank/home",
        "tank/home/anna",
        "tank/home/ben",
        "tank/media",
        "tank/vm",
        "tank/backup",
        "rpool/ROOT/debian",
        "rpool/var/log",
    ]
    plan: list[tuple[datetime, Callable[[datetime], object]]] = []

    def snapshots(t: datetime) -> None:
        """sanoid: each dataset's snapshot taken, a few old ones pruned."""
        for _ in datasets:
            t = event(t + ms(r.uniform(20, 90)), "history_event", None, None)
        for _ in datasets[: r.randint(3, 7)]:
            t = event(t + ms(r.uniform(20, 90)), "history_event", None, None)

    t = at(6, 0, 1)
    while t < at(13, 0):
        plan.append((t + secs(r, 0.2, 0.8), snapshots))
        t += timedelta(minutes=15)
    # the weekly scrub of rpool ends
    plan.append(
        (
            at(6, 41, 17),
            lambda t: event(
                t, "scrub_finish", "eid=EID class=scrub_finish pool='rpool'", ZED_BASIC
            ),
        )
    )
    disk = "ata-WDC_WD80EFAX-68KNBN0_VAKD3Y1L-part1"
    new = "ata-WDC_WD80EFAX-68KNBN0_VAKE81QP-part1"
    case = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"

    def bookmark() -> str:
        return (
            f"{r.randint(0, 900)}:{r.randint(1, 90000)}:{r.choice([0, 0, 1])}:{r.randint(0, 5000)}"
        )

    # sdd fails at 08:10: slow I/O, then errors
    t = at(8, 10, 3)
    for _ in range(46):
        t += secs(r, 0.3, 25)
        msg = f"eid=EID class=delay pool='tank' vdev={disk} size={r.choice([4096, 8192, 131072, 1048576])} offset={r.randint(10**9, 8 * 10**12)} priority={r.choice([0, 2, 3, 4])} err=0 flags=0x{r.choice(['40080c80', '180880', '380880'])} delay={r.randint(30001, 61000)}ms bookmark={bookmark()}"
        plan.append((t, lambda x, m=msg: event(x, "delay", m, ZED_DELAY)))
    for _ in range(70):
        t += secs(r, 0.05, 6)
        cls = r.choices(["io", "checksum"], [80, 20])[0]
        msg = f"eid=EID class={cls} pool='tank' vdev={disk} size={r.choice([4096, 8192, 131072])} offset={r.randint(10**9, 8 * 10**12)} priority={r.choice([0, 2, 3, 4])} err={5 if cls == 'io' else 52} flags=0x{r.choice(['180880', '380880', '1808b0'])} bookmark={bookmark()}"
        diag = r.random() < 0.25

        def ereport(x: datetime, m: str = msg, c: str = cls, d: bool = diag) -> None:
            x = event(x, c, m, ZED_IO)
            if d:
                daemon(
                    x + ms(1),
                    "Diagnosis Engine: error event '%s'",
                    f"Diagnosis Engine: error event 'ereport.fs.zfs.{c}'",
                )

        plan.append((t, ereport))

    def notify(t: datetime, z: str, eid: int) -> datetime:
        if z == "statechange-notify.sh":
            return zedlet(
                t + ms(r.uniform(2, 9)),
                'error: %s: eid=%s: "%s" not installed',
                f'error: statechange-notify.sh: eid={eid}: "mail" not installed',
            )
        return t

    def fault(t: datetime) -> None:
        t = daemon(
            t,
            "Diagnosis Engine: case opened (%s) for vdev %llu",
            f"Diagnosis Engine: case opened ({case}) for vdev {r.randint(10**18, 2 * 10**19)}",
        )
        t = daemon(
            t + ms(1),
            "Diagnosis Engine: solving fault '%s'",
            "Diagnosis Engine: solving fault 'fault.fs.zfs.vdev.io'",
        )
        t = daemon(
            t + ms(1),
            "Retire Agent: zfs_retire_recv: '%s'",
            "Retire Agent: zfs_retire_recv: 'list.suspect'",
        )
        t = daemon(
            t + ms(1),
            "Retire Agent: marking device %llu faulted",
            f"Retire Agent: marking device {r.randint(10**18, 2 * 10**19)} faulted",
        )
        t = event(
            t + ms(5),
            "statechange",
            f"eid=EID class=statechange pool='tank' vdev={disk} vdev_state=FAULTED",
            ZED_STATE,
            notify,
        )
        t = daemon(
            t + ms(2),
            "Diagnosis Engine: resource event '%s'",
            "Diagnosis Engine: resource event 'resource.fs.zfs.statechange'",
        )
        event(t + ms(40), "config_sync", "eid=EID class=config_sync pool='tank'", ZED_BASIC)

    plan.append((t + secs(r, 1, 3), fault))

    def disk_event(t: datetime, ec: str, dev: str, devid: str) -> datetime:
        t = daemon(t, "zed_disk_event:", "zed_disk_event:")
        for key, val in (
            ("class", ec),
            ("subclass", "disk"),
            ("dev_name", dev),
            (
                "path",
                "/devices/pci0000:00/0000:00:17.0/ata4/host3/target3:0:0/3:0:0:0/block/sdd/sdd1",
            ),
            ("devid", devid),
            ("phys_path", "pci-0000:00:17.0-ata-4.0"),
            ("dev_size", "8001561821184"),
            ("pool_guid", f"0x{hexid(r, 16).upper()}"),
            ("vdev_guid", f"0x{hexid(r, 16).upper()}"),
        ):
            if ec == "EC_dev_remove" and key in ("dev_size", "pool_guid"):
                continue
            t = daemon(t + ms(0.05), f"{key}: %s", f"\t{key}: {val}")
        return t

    def pulled(t: datetime) -> None:
        disk_event(t, "EC_dev_remove", "/dev/sdd1", disk)

    def replace(t: datetime) -> None:
        t = disk_event(t - secs(r, 20, 40), "EC_dev_add", "/dev/sdd1", new)
        t = daemon(
            t + ms(2),
            "zfs_deliver_add: adding %s (%s) (is_slice %d)",
            f"zfs_deliver_add: adding {new} (pci-0000:00:17.0-ata-4.0) (is_slice 1)",
        )
        t = daemon(
            t + ms(1),
            "zfs_iter_vdev: matched %s on %s",
            "zfs_iter_vdev: matched phys_path on pci-0000:00:17.0-ata-4.0",
        )
        t = event(
            t,
            "vdev_attach",
            f"eid=EID class=vdev_attach pool='tank' vdev={new} vdev_state=ONLINE",
            ZED_STATE,
        )
        t = event(
            t + ms(30), "resilver_start", "eid=EID class=resilver_start pool='tank'", ZED_BASIC
        )
        t = event(t + ms(30), "history_event", None, None)
        t = event(t + ms(30), "config_sync", "eid=EID class=config_sync pool='tank'", ZED_BASIC)
        t = event(
            t + ms(10),
            "statechange",
            f"eid=EID class=statechange pool='tank' vdev={new} vdev_state=ONLINE",
            ZED_STATE,
        )
        t = daemon(
            t + ms(2),
            "Diagnosis Engine: resource event '%s'",
            "Diagnosis Engine: resource event 'resource.fs.zfs.statechange'",
        )
        daemon(
            t + ms(1),
            "Diagnosis Engine: closing case (%s)",
            f"Diagnosis Engine: closing case ({case})",
        )

    def resilvered(t: datetime) -> None:
        t = event(t, "resilver_finish", "eid=EID class=resilver_finish pool='tank'", ZED_BASIC)
        t = event(t + ms(30), "history_event", None, None)
        t = event(
            t + ms(30),
            "vdev_remove",
            f"eid=EID class=vdev_remove pool='tank' vdev={disk}",
            ZED_VDEV,
        )
        event(t + ms(30), "config_sync", "eid=EID class=config_sync pool='tank'", ZED_BASIC)

    def restart(t: datetime) -> None:
        t = daemon(t, "Exiting", "Exiting")
        st["pid"] = 412877
        t = start(t + secs(r, 0.5, 1.5))
        daemon(t + ms(2), "Missed %llu events", "Missed 14 events")

    plan.append((at(10, 27, 31), pulled))
    plan.append((at(10, 30, 44), replace))
    plan.append((at(11, 38, 9), resilvered))
    plan.append((at(11, 50, 12), restart))
    for when, act in sorted(plan, key=lambda p: p[0]):
        act(when)
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- drbd

DR_RES = [("r0", 0, 104854364), ("r1", 1, 52427182), ("r2", 2, 209708728)]


def drbd(r: random.Random) -> list[Log]:
    fs = Files(1)
    boot = {
        "node1": at(6, 0) - timedelta(seconds=86000.4),
        "node2": at(6, 0) - timedelta(seconds=85712.9),
    }
    uuid = {(n, res): hexid(r, 16).upper() for n in boot for res, _, _ in DR_RES}
    other = {"node1": "node2", "node2": "node1"}
    nid = {"node1": 0, "node2": 1}
    tid = {"n": 4000}

    def log(node: str, t: datetime, prefix: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            up = (x - boot[node]).total_seconds()
            return [f"{x:%b} {x.day:2d} {x:%H:%M:%S} {node} kernel: [{up:12.6f}] {prefix}{msg}"]

        return fs.add(f"{node}-kern.log", t, label, text, node)

    def P(res: str, node: str) -> str:
        return f"drbd {res} {other[node]}: "

    def D(res: str, minor: int) -> str:
        return f"drbd {res}/0 drbd{minor}: "

    def PD(res: str, minor: int, node: str) -> str:
        return f"drbd {res}/0 drbd{minor} {other[node]}: "

    def thr() -> int:
        tid["n"] += r.randint(1, 40)
        return tid["n"]

    def cluster_change(node: str, t: datetime, res: str, what: str, prim: int) -> datetime:
        n = r.randint(10**8, 4 * 10**9)
        a, b = (nid[node], -1) if what == "lost" else (nid[node], nid[other[node]])
        t = log(
            node,
            t,
            f"drbd {res}: ",
            "Preparing cluster-wide state change %u (%u->%d %u/%u)",
            f"Preparing cluster-wide state change {n} ({a}->{b} {r.choice([0, 499, 496])}/{r.choice([0, 146, 16])})",
        )
        t = log(
            node,
            t + ms(r.uniform(0.2, 12)),
            f"drbd {res}: ",
            "State change %u: primary_nodes=%lX, weak_nodes=%lX",
            f"State change {n}: primary_nodes={prim:X}, weak_nodes=FFFFFFFFFFFFFFF{'C' if what != 'lost' else 'E'}",
        )
        return log(
            node,
            t + ms(0.1),
            f"drbd {res}: ",
            "Committing cluster-wide state change %u (%ums)",
            f"Committing cluster-wide state change {n} ({r.randint(0, 14)}ms)",
        )

    def lose(node: str, t: datetime, res: str, minor: int, primary: bool, why: str) -> datetime:
        peer_role = "Secondary" if primary else "Primary"
        if why == "ping":
            t = log(
                node,
                t,
                P(res, node),
                "PingAck did not arrive in time.",
                "PingAck did not arrive in time.",
            )
        new = "TearDown" if why == "down" else "NetworkFailure"
        t = log(
            node,
            t + ms(0.05),
            P(res, node),
            "conn( %s -> %s ) peer( %s -> %s )",
            f"conn( Connected -> {new} ) peer( {peer_role} -> Unknown )",
        )
        t = log(
            node,
            t + ms(0.02),
            PD(res, minor, node),
            "pdsk( %s -> %s ) repl( %s -> %s )",
            "pdsk( UpToDate -> DUnknown ) repl( Established -> Off )",
        )
        t = log(
            node, t + ms(0.3), P(res, node), "ack_receiver terminated", "ack_receiver terminated"
        )
        t = log(
            node,
            t + ms(0.05),
            P(res, node),
            "Terminating %s thread",
            "Terminating %s thread",
        )
        t = log(
            node,
            t + ms(r.uniform(1, 8)),
            P(res, node),
            "Terminating %s thread",
            "Terminating %s thread",
        )
        t = log(
            node,
            t + ms(0.1),
            P(res, node),
            "Starting %s thread (from %s [%d])",
            f"Starting sender thread (from drbd_r_{res} [{thr()}])",
        )
        t = log(
            node, t + ms(r.uniform(1, 4)), P(res, node), "Connection closed", "Connection closed"
        )
        if why != "down":
            t = log(
                node,
                t + ms(0.5),
                P(res, node),
                "helper command: %s disconnected",
                "helper command: /sbin/drbdadm disconnected",
            )
            t = log(
                node,
                t + ms(r.uniform(5, 30)),
                P(res, node),
                "helper command: %s disconnected exit code %d",
                "helper command: /sbin/drbdadm disconnected exit code 0",
            )
        t = log(
            node, t + ms(0.1), P(res, node), "conn( %s -> %s )", f"conn( {new} -> Unconnected )"
        )
        t = log(
            node,
            t + ms(0.05),
            P(res, node),
            "Restarting receiver thread",
            "Restarting receiver thread",
        )
        return log(
            node,
            t + ms(0.05),
            P(res, node),
            "conn( %s -> %s )",
            "conn( Unconnected -> Connecting )",
        )

    def connect(
        node: str,
        t: datetime,
        res: str,
        minor: int,
        primary: bool,
        kb: int,
        prior: str = "Outdated",
    ) -> datetime:
        peer_role = "Secondary" if primary else "Primary"
        t = log(
            node,
            t,
            P(res, node),
            "Handshake to peer %d successful: Agreed network protocol version %d",
            f"Handshake to peer {nid[other[node]]} successful: Agreed network protocol version 122",
        )
        t = log(
            node,
            t + ms(0.02),
            P(res, node),
            "Feature flags enabled on protocol level: %s",
            "Feature flags enabled on protocol level: 0x6f TRIM THIN_RESYNC WRITE_SAME WRITE_ZEROES RESYNC_DAGTAG",
        )
        t = log(
            node,
            t + ms(0.05),
            P(res, node),
            "Starting %s thread (from %s [%d])",
            f"Starting ack_recv thread (from drbd_r_{res} [{thr()}])",
        )
        if primary:
            t = cluster_change(node, t + ms(0.5), res, "conn", 1)
        else:
            t += ms(r.uniform(1, 10))
        me, them = uuid[(node, res)], uuid[(other[node], res)]
        bits = kb // 4
        t = log(
            node, t + ms(0.1), PD(res, minor, node), "drbd_sync_handshake:", "drbd_sync_handshake:"
        )
        t = log(
            node,
            t + ms(0.01),
            PD(res, minor, node),
            "self %016llX:%016llX:%016llX:%016llX bits:%llu flags:%llX",
            f"self {me}:0000000000000000:{hexid(r, 16).upper()}:0000000000000000 bits:{bits if primary else 0} flags:120",
        )
        t = log(
            node,
            t + ms(0.01),
            PD(res, minor, node),
            "peer %016llX:%016llX:%016llX:%016llX bits:%llu flags:%llX",
            f"peer {them}:0000000000000000:{hexid(r, 16).upper()}:0000000000000000 bits:{0 if primary else bits} flags:120",
        )
        t = log(
            node,
            t + ms(0.01),
            PD(res, minor, node),
            "uuid_compare()=%s by rule=%s",
            f"uuid_compare()={'source-use-bitmap' if primary else 'target-use-bitmap'} by rule={'bitmap-self' if primary else 'bitmap-peer'}",
        )
        t = log(
            node,
            t + ms(0.3),
            P(res, node),
            "conn( %s -> %s ) peer( %s -> %s )",
            f"conn( Connecting -> Connected ) peer( Unknown -> {peer_role} )",
        )
        if primary:
            t = log(
                node,
                t + ms(0.02),
                PD(res, minor, node),
                "pdsk( %s -> %s ) repl( %s -> %s )",
                "pdsk( DUnknown -> Consistent ) repl( Off -> WFBitMapS )",
            )
        else:
            t = log(
                node,
                t + ms(0.02),
                D(res, minor),
                "disk( %s -> %s )",
                f"disk( {prior} -> Consistent )"
                if prior != "UpToDate"
                else "disk( UpToDate -> Consistent )",
            )
            t = log(
                node,
                t + ms(0.02),
                PD(res, minor, node),
                "pdsk( %s -> %s ) repl( %s -> %s )",
                "pdsk( DUnknown -> UpToDate ) repl( Off -> WFBitMapT )",
            )
        size = r.randint(30, 200)
        for d in ("send", "receive") if primary else ("receive", "send"):
            t = log(
                node,
                t + ms(r.uniform(0.5, 3)),
                PD(res, minor, node),
                f"{d} bitmap stats [Bytes(packets)]: plain %u(%u), RLE %u(%u), total %u; compression: %u.%u%%",
                f"{d} bitmap stats [Bytes(packets)]: plain 0(0), RLE {size}(1), total {size}; compression: 100.0%",
            )
        side = "source" if primary else "target"
        t = log(
            node,
            t + ms(0.2),
            PD(res, minor, node),
            f"helper command: %s before-resync-{side}",
            f"helper command: /sbin/drbdadm before-resync-{side}",
        )
        t = log(
            node,
            t + ms(r.uniform(4, 25)),
            PD(res, minor, node),
            f"helper command: %s before-resync-{side} exit code %d",
            f"helper command: /sbin/drbdadm before-resync-{side} exit code 0",
        )
        if primary:
            t = log(
                node,
                t + ms(0.1),
                PD(res, minor, node),
                "pdsk( %s -> %s ) repl( %s -> %s )",
                "pdsk( Consistent -> Inconsistent ) repl( WFBitMapS -> SyncSource )",
            )
        else:
            t = log(
                node,
                t + ms(0.1),
                D(res, minor),
                "disk( %s -> %s )",
                "disk( Consistent -> Inconsistent )",
            )
            t = log(
                node,
                t + ms(0.02),
                PD(res, minor, node),
                "repl( %s -> %s )",
                "repl( WFBitMapT -> SyncTarget )",
            )
        t = log(
            node,
            t + ms(0.1),
            PD(res, minor, node),
            "Began resync as %s (will sync %lu KB [%lu bits set]).",
            f"Began resync as Sync{side.title()} (will sync {kb} KB [{bits} bits set]).",
        )
        took = max(1, kb // r.randint(40000, 110000))
        t += timedelta(seconds=took) + secs(r, 0.01, 0.9)
        t = log(
            node,
            t + ms(0.1),
            PD(res, minor, node),
            "Resync done (total %lu sec; paused %lu sec; %lu K/sec)",
            f"Resync done (total {took} sec; paused 0 sec; {kb // took} K/sec)",
        )
        if primary:
            return log(
                node,
                t + ms(0.05),
                PD(res, minor, node),
                "pdsk( %s -> %s ) repl( %s -> %s )",
                "pdsk( Inconsistent -> UpToDate ) repl( SyncSource -> Established )",
            )
        t = log(
            node,
            t + ms(0.05),
            D(res, minor),
            "disk( %s -> %s )",
            "disk( Inconsistent -> UpToDate )",
        )
        return log(
            node,
            t + ms(0.02),
            PD(res, minor, node),
            "repl( %s -> %s )",
            "repl( SyncTarget -> Established )",
        )

    def flap(t: datetime, which: list[tuple[str, int, int]], why1: str) -> None:
        for res, minor, _ in which:
            t1 = t + ms(r.uniform(0, 900))
            t2 = t + ms(r.uniform(0, 900))
            lose("node1", t1, res, minor, True, why1)
            lose(
                "node2",
                t2,
                res,
                minor,
                False,
                "peer" if why1 == "ping" and r.random() < 0.4 else "ping",
            )
            back = max(t1, t2) + secs(r, 3, 40)
            uuid[("node1", res)] = hexid(r, 16).upper()
            kb = r.randint(40, 30000) * 4
            connect("node1", back, res, minor, True, kb)
            connect("node2", back + ms(r.uniform(0.2, 2)), res, minor, False, kb, "UpToDate")

    # the flaky switch port
    for tt in poisson(r, at(7, 10), at(7, 55), 190):
        flap(tt, [x for x in DR_RES if r.random() < 0.85] or [DR_RES[0]], "ping")
    # sock_sendmsg timeouts under load
    for tt in poisson(r, at(7, 20), at(7, 50), 400):
        res = r.choice(DR_RES)[0]
        log(
            "node1",
            tt,
            P(res, "node1"),
            "[%s/%d] sock_sendmsg time expired, ko = %u",
            f"[drbd_s_{res}/{thr()}] sock_sendmsg time expired, ko = {r.randint(4, 6)}",
        )
    # node2 rebooted at 10:00
    t = at(10, 0, 6)
    for res, minor, _sectors in DR_RES:
        t = log(
            "node2",
            t + ms(r.uniform(20, 90)),
            f"drbd {res}: ",
            "Preparing cluster-wide state change %u (%u->%d %u/%u)",
            f"Preparing cluster-wide state change {r.randint(10**8, 4 * 10**9)} (1->0 496/16)",
        )
        t = log(
            "node2",
            t + ms(r.uniform(1, 5)),
            P(res, "node2"),
            "conn( %s -> %s ) peer( %s -> %s )",
            "conn( Connected -> Disconnecting ) peer( Primary -> Unknown )",
        )
        t = log(
            "node2",
            t + ms(0.02),
            PD(res, minor, "node2"),
            "pdsk( %s -> %s ) repl( %s -> %s )",
            "pdsk( UpToDate -> DUnknown ) repl( Established -> Off )",
        )
        t = log(
            "node2",
            t + ms(0.1),
            P(res, "node2"),
            "Terminating %s thread",
            "Terminating %s thread",
        )
        t = log("node2", t + ms(0.5), P(res, "node2"), "Connection closed", "Connection closed")
        t = log(
            "node2",
            t + ms(0.05),
            P(res, "node2"),
            "conn( %s -> %s )",
            "conn( Disconnecting -> StandAlone )",
        )
        t = log(
            "node2", t + ms(1), D(res, minor), "disk( %s -> %s )", "disk( UpToDate -> Detaching )"
        )
        t = log(
            "node2", t + ms(2), D(res, minor), "disk( %s -> %s )", "disk( Detaching -> Diskless )"
        )
        lose("node1", t - ms(r.uniform(1, 4)), res, minor, True, "down")
    boot["node2"] = at(10, 1, 40) - timedelta(seconds=2.318)
    t = at(10, 1, 52)
    t = log(
        "node2",
        t,
        "drbd: ",
        "initialized. Version: %s (api:%d/proto:%d-%d)",
        "initialized. Version: 9.2.8 (api:2/proto:86-122)",
    )
    for res, minor, _size in DR_RES:
        t = log(
            "node2",
            t + ms(r.uniform(50, 200)),
            f"drbd {res}: ",
            "Starting %s thread (from %s [%d])",
            f"Starting worker thread (from drbdsetup [{thr()}])",
        )
        t = log(
            "node2", t + ms(0.1), D(res, minor), "disk( %s -> %s )", "disk( Diskless -> Attaching )"
        )
        t = log(
            "node2", t + ms(0.1), D(res, minor), "disk( %s -> %s )", "disk( Attaching -> UpToDate )"
        )
        t = log(
            "node2",
            t + ms(0.5),
            P(res, "node2"),
            "Starting %s thread (from %s [%d])",
            f"Starting sender thread (from drbdsetup [{thr()}])",
        )
        t = log(
            "node2",
            t + ms(0.5),
            P(res, "node2"),
            "conn( %s -> %s )",
            "conn( StandAlone -> Unconnected )",
        )
        t = log(
            "node2",
            t + ms(0.1),
            P(res, "node2"),
            "Starting %s thread (from %s [%d])",
            f"Starting receiver thread (from drbd_w_{res} [{thr()}])",
        )
        t = log(
            "node2",
            t + ms(0.1),
            P(res, "node2"),
            "conn( %s -> %s )",
            "conn( Unconnected -> Connecting )",
        )
    for res, minor, _ in DR_RES:
        back = t + secs(r, 0.3, 2)
        kb = r.randint(3000, 90000) * 4
        uuid[("node1", res)] = hexid(r, 16).upper()
        connect("node1", back, res, minor, True, kb)
        connect("node2", back + ms(r.uniform(0.2, 2)), res, minor, False, kb, "UpToDate")
    # online verify of r2 at 11:00
    res, minor, kb = DR_RES[2]
    t = at(11, 0, 2)
    t = log(
        "node1", t, PD(res, minor, "node1"), "repl( %s -> %s )", "repl( Established -> VerifyS )"
    )
    log(
        "node2",
        t + ms(r.uniform(1, 3)),
        PD(res, minor, "node2"),
        "repl( %s -> %s )",
        "repl( Established -> VerifyT )",
    )
    t2 = t
    n_oos = 0
    for _ in range(r.randint(150, 190)):
        t += secs(r, 0.5, 14)
        sz = r.choice([8, 8, 8, 16, 24, 64])
        n_oos += sz // 8
        log(
            "node1",
            t,
            PD(res, minor, "node1"),
            "Out of sync: start=%llu, size=%lu (sectors)",
            f"Out of sync: start={r.randint(0, kb * 2) // 8 * 8}, size={sz} (sectors)",
        )
        t2 = t
    t = t2 + secs(r, 5, 60)
    took = int((t - at(11, 0, 2)).total_seconds())
    t = log(
        "node1",
        t,
        PD(res, minor, "node1"),
        "Online verify done (total %lu sec; paused %lu sec; %lu K/sec)",
        f"Online verify done (total {took} sec; paused 0 sec; {kb // took} K/sec)",
    )
    log(
        "node2",
        t + ms(r.uniform(1, 3)),
        PD(res, minor, "node2"),
        "Online verify done (total %lu sec; paused %lu sec; %lu K/sec)",
        f"Online verify done (total {took} sec; paused 0 sec; {kb // took} K/sec)",
    )
    t = log(
        "node1",
        t + ms(0.1),
        PD(res, minor, "node1"),
        "Online verify found %lu %dk block out of sync!",
        f"Online verify found {n_oos} 4k block out of sync!",
    )
    t = log(
        "node1",
        t + ms(0.1),
        PD(res, minor, "node1"),
        "repl( %s -> %s )",
        "repl( VerifyS -> Established )",
    )
    log(
        "node2",
        t + ms(r.uniform(1, 3)),
        PD(res, minor, "node2"),
        "repl( %s -> %s )",
        "repl( VerifyT -> Established )",
    )
    return fs.logs(at(6, 0))


SYSTEMS = {
    "rclone": rclone,
    "borgmatic": borgmatic,
    "seaweedfs": seaweedfs,
    "zed": zed,
    "drbd": drbd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
