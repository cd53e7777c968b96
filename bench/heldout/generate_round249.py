#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 249 (juicefs, linstor, cubefs, lustre, storagenode) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five storage systems of one research institute,
06:00 to 12:00 on 2024-06-07. The brief's Ambry and Tahoe-LAFS are replaced. Tahoe-LAFS by
Storj's storage node, the decentralised store closest to it: a Tahoe node's twistd.log receives
very little (1.19's node.py itself logs "Note to developers: twistd.log does not receive very
much." at every start; its events go to foolscap's flog files, read with `flogtool`), and what
it does receive is the web gateway's one access format, `web: %(clientip)s %(method)s %(uri)s
%(code)s %(length)s` (webish.py's `_logFormatter`), and twistd's start-up. Ambry by Lustre,
another distributed store that keeps data as objects (on its object storage targets): neither
Ambry's log layout nor its messages could be checked this session (no copy of its source was
reachable and none is packaged in the registries this workplace reaches), and the helper does
not know them well enough to write them as the program does.

- JuiceFS 1.1 (`gpu-01-juicefs.log`, `gpu-02-juicefs.log`, `gpu-03-juicefs.log`: each GPU
  server's `/var/log/juicefs.log` from `juicefs mount -d` of the volume `mlshare`, Redis
  Sentinel for metadata, three MinIO nodes behind one DNS name for data). pkg/utils/logger.go's
  layout, `2024/06/07 09:25:09.562111 juicefs[2817] <WARNING>: slow request: GET chunks/...
  (req_id: "17D6...", err: <nil>, cost: 16.718326326s) [cached_store.go:125]` (the caller after
  the message, on the last line of a multi-line message), and go-redis's own standard-log lines
  among them (`redis: 2024/06/07 09:12:00 pubsub.go:159: redis: discarding bad PubSub
  connection: EOF`). The metadata backup skipped on every check of every client (`backup
  metadata skipped because of too many inodes: %d %s; you may increase `--backup-meta` to enable
  it again`, the volume holding 2.3 million inodes); slow object requests all day and in a cold
  read of a new dataset 10:30-11:05 (`slow request: GET %s ...`, `... GET %s RANGE(%d,%d) ...`,
  `slow operation: read (%d,%d,%d,%d): OK (%d) <%.6f>`), checkpoints' slow PUTs; minio-2
  restarted 07:41-07:47 (aws-sdk-go's two-line `RequestError: send request failed\ncaused by:
  Put "...": dial tcp ...: connect: connection refused` inside `Upload %s: %s (try %d)`, and
  with `Get` inside `fail to read sliceId %d (off:%d, size:%d, clen: %d): get %s: %s`, `read file
  %d: input/output error`, slow flushes); the Redis master rebooted at 09:12 (go-redis's
  `discarding bad PubSub connection`, `sentinel: GetMasterAddrByName master=%q failed: ...`,
  `sentinel: new master=%q addr=%q`; meta/utils.go's `error: %s\n%s` with runtime/debug.Stack's
  goroutine dump under it, `write inode:%d error: %s`, `write inode:%d indx:%d  %s`); gpu-03
  upgraded to 1.1.4 and mounted again at 10:05 (`Received signal %s, exiting...`, `Meta address:
  %s`, `Ping redis latency: %s`, `Data use %s`, `Disk cache (%s): capacity (%d MB), free ratio
  (%d%%), max pending pages (%d)`, `Create session %d OK with version: %s`, `Prometheus metrics
  listening on %s`, `Mounting volume %s at %s ...`).
- LINSTOR 1.27 on a three-node Proxmox VE cluster (`pve-01-linstor-Controller.log`,
  `pve-0N-linstor-Satellite.log`: the controller's and each satellite's logback file,
  `2024_06_07 06:03:02.542 [DeviceManager] INFO  LINSTOR/Satellite - SYSTEM - Resource
  'pm-b67e9e9b' created for node 'pve-02'.`). CI runner VMs cloned every few minutes and
  destroyed after their job (linstor-proxmox's `pm-` resources, two replicas and a diskless
  tie-breaker: the controller's `Drbd-auto-verify-Algo for '%s' automatically set to %s`, each
  satellite's `Aligning %s size from %d KiB to %d KiB to be a multiple of extent size %d KiB
  (from Storage Pool)` and `Resource '%s' created for node '%s'.` / `... deleted ...` for every
  node of the resource); live migrations off pve-03 and back (`... updated ...`); pve-03
  rebooted at 07:05 (`Shutdown in progress`, `Shutting down service instance '%s' of type %s`,
  `Waiting for service instance '%s' to complete shutdown`, `Shutdown complete`; the controller's
  `Establishing connection to node '%s' via %s ...` every 10 s; the satellite's start-up: `Log
  directory set to: '%s'`, `Loading API classes started.`, `API classes loading finished: %dms`,
  `Dependency injection started.`, the extension modules, `Checking support for %s: supported
  (%s)` / `... NOT SUPPORTED:`, `Starting service instance '%s' of type %s`, `Created network
  communication service '%s'`; `Sending authentication to satellite '%s'`, `Controller connected
  and authenticated (%s)`, `Satellite '%s' authenticated`, the full sync's `Node '%s' created.`,
  `Storage pool '%s' created.` and every resource again); the controller upgraded at 08:40
  (`Reconnecting to previously known nodes`, `Controller initialized`); pve-02's thin pool full
  09:50-10:25 (`Problem of type '%s' logged to report number %s`).
- CubeFS 3.3 at logLevel warn (`master-1_master_warn.log`, `master-1_master_error.log`: the
  master leader; `datanode-4_datanode_warn.log`, `datanode-4_datanode_error.log`: util/log's
  file per level, `2024/06/07 07:23:24.694948 [WARN ] data_partition.go:498:
  action[checkDiskErr],clusterID[cfs-prod] partitionID:49  On :10.30.2.14:17310 ...`).
  datanode-4's /cfs/disk3 failing at 07:20 (`disk path %v error on %v`, the requests routed to
  its partitions failing, `action[operatePacket] ReqID(%v)_Partition(%v)_..._CRC(%v) err(write
  %s: input/output error) remote(%v) cost(%v).` and `read`, `action[checkDiskError] ...`), the
  master reporting its 24 partitions every minute until the disk is decommissioned at 07:58
  (`action[decommissionDisk] ...`, `action[decommissionDataPartition] ... offline success,...`,
  `action[deletePartition] ...`, `action[checkDiskRecoveryProgress] ... has recovered
  success`); datanode-6's switch port down 09:10-09:24 (the master's `action[sendTask] ...
  err[dial tcp %s: i/o timeout]` every 5 s, `action[checkLiveness] ...` every minute,
  `action[checkMissErr],clusterID[%v] paritionID:%v ... So Migrate by manual` for its 72
  partitions after ten minutes; datanode-4's `action[getRemoteExtentInfo] ...`, `action[LaunchRepair]
  partition(%v) err(dial tcp %s: i/o timeout).` and `... err(no valid master).` every minute).
- Lustre 2.15 (`mds01-messages.log`, `oss01-messages.log`, `oss02-messages.log`: the servers'
  /var/log/messages, rsyslog's traditional layout, kernel lines only; `cn023-messages.log`,
  `cn041-messages.log`: two of the 64 clients). The file system `scratch`: MDT0000 on mds01,
  OST0000-0003 on oss01 and OST0004-0007 on oss02, an HA pair. Clients' requests timing out
  all day on a flaky fabric (`%s: Client %s (at %s) reconnecting` and `%s: Connection restored
  to %s (at %s)` on the servers; `@@@ Request sent has timed out for slow reply: ...`, `%s:
  Connection to %s (at %s) was lost; ...`, `%s: Connection restored to %s (at %s)` on the
  clients); six compute nodes crashing (`%s: haven't heard from client %s (at %s) in %lld
  seconds. I think it's dead, and I am evicting it. ...` on the MDT and every OST); a 2,048-rank
  job's checkpoints 07:30-07:55 (`Service thread pid %u was inactive for ...` with its stack,
  each line a syslog line of its own, `dumping log to %s`, `Service thread pid %u completed
  after ...`, `@@@ Reconnect on bulk WRITE ...`, `### lock callback timer expired after %llds:
  evicting client at %s ...`; libcfs's `Skipped %d previous similar messages`); oss02 panicking
  at 09:40 and its OSTs mounted on oss01 at 09:43 (`11-0: %s: operation %s to node %s failed:
  rc = %d`, `137-5: %s: not available for connect from %s (no target). ...`, LDISKFS's `mounted
  filesystem with ordered data mode. Opts: %s`, `%s: Imperative Recovery not enabled, recovery
  window %d-%d`, `%s: Will be in recovery for at least %u:%02u, or until %d clients reconnect`,
  `%s: Denying connection for new client ...`, `%s: Recovery over after ...`, `%s: deleting
  orphan objects from ...`); oss02 back at 11:04 (`Lustre: Build Version: %s`, `Added LNI %s
  [%d/%d/%d/%d]`) and its OSTs failed back at 11:20 (`Failing over %s`, `%s: Not available for
  connect from %s (stopping)`, `server umount %s complete`).
- Storj storage node v1.104.5 (`storagenode1.log`, `storagenode2.log`: `docker logs` of two
  nodes' containers on one NAS: zap's console encoder, `2024-06-07T06:01:24Z INFO
  piecestore download started {"Process": "storagenode", "Piece ID": "...", ...}`, with
  storagenode-updater's lines and supervisord's). Piece traffic (`upload started`, `uploaded`,
  `upload canceled (race lost or node shutdown)`, `download started`, `downloaded`, `download
  canceled`; node2 full, so downloads only); orders sent hourly to the four satellites (`sending`
  / `finished`, the satellite in the logger's name); the ISP down 08:20-08:34 (`ping satellite
  failed ` backing off); a garbage-collection bloom filter on each node (`starting subprocess`,
  `subprocess started`, `Database started`, `gc-filewalker started`, `gc-filewalker completed`,
  `subprocess finished successfully`); the trash chore (`emptying trash started` / `finished`);
  the updater every 15 minutes (`Downloading versions.`, `Current binary version`, `Version is
  up to date`, `New version is being rolled out but hasn't made it to this node yet`), updating
  node1 to v1.105.4 at 10:47 (`Restarting service.`, supervisord's `exited: %s (%s; expected)` and
  `spawned: '%s' with pid %d`, the node's start-up: `Configuration loaded`, `Operator email`,
  `Operator wallet`, `Database Version`, the two preflight clock lines, `Node %s started`,
  `Public server started on %s`, `Private server started on %s`, `Scheduling next refresh`,
  `Service restarted successfully.`).

Label notes. The heads are context: JuiceFS's time, `juicefs[pid] <LEVEL>:` and the trailing
`[file:line]`, go-redis's `redis: date file:line:` (go-redis writes `redis: ` into some
messages too: it stays); LINSTOR's time, thread, level, logger and `SYSTEM` (the access
context); CubeFS's time, level tag and caller; syslog's head, and Lustre's `Lustre: `,
`LustreError: `, `LNet: ` prefixes with libcfs's `pid:0:(file:line:function())` location (the
console message number, `11-0:`, `137-5:`, `167-0:`, is the format's, as LCONSOLE_ERROR_MSG
writes it), LDISKFS's `LDISKFS-fs (dm-N): `; zap's time, level, logger and fields (the message
alone is the label), supervisord's time and level. A value that is a message contributes its
format (aws-sdk-go's RequestError, the errno texts, go's net errors, CubeFS's `err(...)`); words
a call site passes literally are wording (JuiceFS's `GET` / `PUT` and `RANGE(%d,%d) ` passed
to logRequest, LINSTOR's `created` / `deleted` / `updated`, Lustre's `was` / `were` and a
plural's `s`); files, keys, inodes, resources, nodes, partitions, NIDs, UUIDs, pieces and
counts are values. The later lines of one write have no row: JuiceFS's `caused by:` line and
goroutine dumps, Lustre's stack dump (each of its lines a syslog line of its own).

Checked against copies of the sources (read this session): JuiceFS's logger layout
(pkg/utils/logger.go), cached_store.go's `slow request`, `Upload %s: %s (try %d)`, backup.go's
messages, reader.go's `read file %d: %s` and `fail to read sliceId ...` (the 1.1 form, without
the later `inode:` field), accesslog.go's `slow operation: %s`, and 1.1's start-up sequence and
go-redis's sentinel and pubsub lines from issues' logs; CubeFS's layout and `action[LaunchRepair]
partition(%v) err(%v).` from its documentation; Tahoe-LAFS 1.19's node.py and webish.py (for
the replacement). Written from the helper's memory (least sure): JuiceFS's caller line numbers,
`Received signal %s, exiting...` and the writer's two error lines; all of LINSTOR's texts but
the common start-up and `Resource '%s' created for node '%s'.` lines (its `deleted` / `updated`
forms, the shutdown lines, `Checking support ...`, `Problem of type ...` on a storage error,
the reconnect cadence, the `yyyy_MM_dd` date and the log file's name); CubeFS's messages but
LaunchRepair's (written in its `action[...]` style: `checkDiskErr`, `checkMissErr` with its
misspelt `paritionID`, `decommissionDataPartition`, `checkDiskRecoveryProgress` and
`checkLiveness` are recalled, the others and every field layout are not) and one file per level;
Lustre's message texts (recalled, not checked: DEBUG_REQ's field list, the lock description,
`Call Trace TBD:`, the recovery and failover lines); Storj's messages and fields (recalled from
operators' logs: the 2024 wording of `upload canceled (race lost or node shutdown)`, the
filewalker subprocess lines with their repeated `Process` key, the updater's lines, the startup
order).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
SEC = 1_000_000


def spread(r: random.Random, a: datetime, b: datetime, n: int) -> list[datetime]:
    """n instants between a and b, uniformly, in order."""
    span = (b - a).total_seconds()
    return sorted(a + sec(r.uniform(0, span)) for _ in range(n))


# ---------------------------------------------------------------------------------- juicefs

JFS_HOSTS = {
    "gpu-01": ("10.20.1.11", 2817),
    "gpu-02": ("10.20.1.12", 2790),
    "gpu-03": ("10.20.1.13", 2844),
}
JFS_UUID = "3f0c2d8e-5b1a-4c7e-9d2f-8a6b1e4c7d90"
JFS_VOL = "mlshare"
JFS_MINIO = {"minio-1": "10.20.0.21", "minio-2": "10.20.0.22", "minio-3": "10.20.0.23"}
JFS_ENDPOINT = "minio.ml.internal:9000"
JFS_BUCKET = "jfs-ml"
JFS_RQ_FAIL = 'RequestError: send request failed\\ncaused by: %s "%s": dial tcp %s: connect: connection refused'
JFS_STACK_TOP = [
    "runtime/debug.Stack()",
    "\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e",
    "github.com/juicedata/juicefs/pkg/meta.errno({0x2f7d4c0, 0x@a@})",
    "\t/go/src/github.com/juicedata/juicefs/pkg/meta/utils.go:123 +0x57",
]
JFS_STACK_WRITE = [
    "github.com/juicedata/juicefs/pkg/meta.(*redisMeta).doWrite(0xc0004b8500, {0x3015a38, 0x@b@}, 0x@ino@, 0x@indx@, 0x@off@, {0x0, 0x@sid@, 0x400000, 0x0, 0x400000}, {0x0?, 0x0?, 0x0?})",
    "\t/go/src/github.com/juicedata/juicefs/pkg/meta/redis.go:2257 +0x2a5",
    "github.com/juicedata/juicefs/pkg/meta.(*baseMeta).Write(0xc0004b8508, {0x3015a38, 0x@b@}, 0x@ino@, 0x@indx@, 0x@off@, {0x0, 0x@sid@, 0x400000, 0x0, 0x400000}, {0x0?, 0x0?, 0x0?})",
    "\t/go/src/github.com/juicedata/juicefs/pkg/meta/base.go:1587 +0x1b6",
    "github.com/juicedata/juicefs/pkg/vfs.(*fileWriter).writeChunk(0x@c@, 0x@d@)",
    "\t/go/src/github.com/juicedata/juicefs/pkg/vfs/writer.go:281 +0x4d8",
    "created by github.com/juicedata/juicefs/pkg/vfs.(*chunkWriter).commitThread in goroutine @g2@",
    "\t/go/src/github.com/juicedata/juicefs/pkg/vfs/writer.go:219 +0x5a5",
]
JFS_STACK_READ = [
    "github.com/juicedata/juicefs/pkg/meta.(*redisMeta).doRead(0xc0004b8500, {0x3015a38, 0x@b@}, 0x@ino@, 0x@indx@)",
    "\t/go/src/github.com/juicedata/juicefs/pkg/meta/redis.go:2201 +0x98",
    "github.com/juicedata/juicefs/pkg/meta.(*baseMeta).Read(0xc0004b8508, {0x3015a38, 0x@b@}, 0x@ino@, 0x@indx@, 0x@c@)",
    "\t/go/src/github.com/juicedata/juicefs/pkg/meta/base.go:1407 +0x224",
    "github.com/juicedata/juicefs/pkg/vfs.(*sliceReader).run(0x@d@)",
    "\t/go/src/github.com/juicedata/juicefs/pkg/vfs/reader.go:173 +0x1d0",
    "created by github.com/juicedata/juicefs/pkg/vfs.(*fileReader).newSlice in goroutine @g2@",
    "\t/go/src/github.com/juicedata/juicefs/pkg/vfs/reader.go:327 +0x2c5",
]


def jfs_key(sid: int, indx: int, size: int) -> str:
    return f"chunks/{sid // 1_000_000}/{sid // 1000}/{sid}_{indx}_{size}"


def jfs_reqid(r: random.Random) -> str:
    return "17D6" + hexid(r, 12).upper()


def juicefs(r: random.Random) -> list[Log]:
    """Three GPU servers mounting one volume with `juicefs mount -d` (see the module docstring)."""
    fs = Files()
    pid = {h: p for h, (_, p) in JFS_HOSTS.items()}
    version = {h: "1.1.2+2024-02-04.8dbd89a" for h in JFS_HOSTS}
    sid_next = [31_402_117]
    goroutine = [1_703_221]

    def pid_at(h: str, t: datetime) -> int:
        return 31502 if h == "gpu-03" and t >= remount + sec(2) else pid[h]

    def J(h: str, t: datetime, lvl: str, label: str, msg: str, caller: str) -> datetime:
        p = pid_at(h, t)

        def text(x: datetime) -> list[str]:
            s = f"{x:%Y/%m/%d %H:%M:%S}.{x.microsecond:06d} juicefs[{p}] <{lvl}>: {msg} [{caller}]"
            return s.split("\n")

        return fs.add(f"{h}-juicefs.log", t, label, text, (h, p), US)

    def R(h: str, t: datetime, label: str, msg: str, caller: str) -> datetime:
        """go-redis's own logger: the standard log with a `redis: ` prefix."""
        p = pid_at(h, t)
        return fs.add(
            f"{h}-juicefs.log",
            t,
            label,
            lambda x: [f"redis: {x:%Y/%m/%d %H:%M:%S} {caller}: {msg}"],
            (h, p),
            SEC,
        )

    def new_sid() -> int:
        sid_next[0] += r.randint(3, 400)
        return sid_next[0]

    def block(sid: int | None = None) -> tuple[int, int, int]:
        sid = sid if sid is not None else r.randint(29_800_000, sid_next[0])
        indx = r.randint(0, 15)
        size = 4194304 if r.random() < 0.85 else r.randrange(65536, 4194304, 4096)
        return sid, indx, size

    def url(key: str) -> str:
        return f"http://{JFS_ENDPOINT}/{JFS_BUCKET}/{JFS_VOL}/{key}"

    def slow_get(h: str, t: datetime, ranged: bool) -> datetime:
        sid, indx, size = block()
        key = jfs_key(sid, indx, size)
        cost = go_dur(r.uniform(10.0, 10.6) + r.expovariate(1 / 3.5))
        if ranged:
            off = r.randrange(0, size, 4096)
            ln = r.choice([131072, 131072, 262144, 65536, 1048576])
            return J(
                h,
                t,
                "WARNING",
                "slow request: GET %s RANGE(%d,%d) (req_id: %q, err: %v, cost: %s)",
                f'slow request: GET {key} RANGE({off},{ln}) (req_id: "{jfs_reqid(r)}", err: <nil>, cost: {cost})',
                "cached_store.go:125",
            )
        return J(
            h,
            t,
            "WARNING",
            "slow request: GET %s (req_id: %q, err: %v, cost: %s)",
            f'slow request: GET {key} (req_id: "{jfs_reqid(r)}", err: <nil>, cost: {cost})',
            "cached_store.go:125",
        )

    def slow_put(h: str, t: datetime) -> datetime:
        key = jfs_key(*block(new_sid()))
        cost = go_dur(r.uniform(10.0, 10.8) + r.expovariate(1 / 4.0))
        return J(
            h,
            t,
            "WARNING",
            "slow request: PUT %s (req_id: %q, err: %v, cost: %s)",
            f'slow request: PUT {key} (req_id: "{jfs_reqid(r)}", err: <nil>, cost: {cost})',
            "cached_store.go:125",
        )

    def slow_read(h: str, t: datetime, used: float, failed: bool = False) -> datetime:
        ino = r.randint(1_200_000, 2_400_000)
        size = r.choice([131072, 131072, 131072, 65536, 1048576])
        off = r.randrange(0, 400_000_000, 131072)
        fh = r.randint(12, 48_000)
        if failed:
            return J(
                h,
                t,
                "INFO",
                "slow operation: read (%d,%d,%d,%d): input/output error (%d) <%.6f>",
                f"slow operation: read ({ino},{size},{off},{fh}): input/output error (0) <{used:.6f}>",
                "accesslog.go:58",
            )
        return J(
            h,
            t,
            "INFO",
            "slow operation: read (%d,%d,%d,%d): OK (%d) <%.6f>",
            f"slow operation: read ({ino},{size},{off},{fh}): OK ({size}) <{used:.6f}>",
            "accesslog.go:58",
        )

    def stack(kind: str) -> str:
        goroutine[0] += r.randint(40, 9000)
        vals = {
            "a": f"c0{hexid(r, 8)}",
            "b": f"c0{hexid(r, 8)}",
            "c": f"c0{hexid(r, 8)}",
            "d": f"c0{hexid(r, 8)}",
            "ino": f"{r.randint(1_200_000, 2_400_000):x}",
            "indx": f"{r.randint(0, 40):x}",
            "off": f"{r.randrange(0, 67108864, 4096):x}",
            "sid": f"{sid_next[0] + r.randint(1, 50):x}",
            "g2": str(goroutine[0] - r.randint(5, 200)),
        }
        out = [f"goroutine {goroutine[0]} [running]:"]
        for ln in JFS_STACK_TOP + (JFS_STACK_WRITE if kind == "write" else JFS_STACK_READ):
            for k, v in vals.items():
                ln = ln.replace(f"@{k}@", v)
            out.append(ln)
        return "\n".join(out)

    def startup(h: str, t: datetime, master: str) -> datetime:
        t = J(
            h,
            t,
            "INFO",
            "Meta address: %s",
            "Meta address: redis://:****@mymaster,10.20.0.11,10.20.0.12,10.20.0.13:26379/2",
            "interface.go:497",
        )
        t = R(
            h,
            t + sec(0.004 * r.uniform(0.6, 1.4)),
            "sentinel: new master=%q addr=%q",
            f'sentinel: new master="mymaster" addr="{master}:6379"',
            "sentinel.go:732",
        )
        t = J(
            h,
            t + sec(0.003 * r.uniform(0.6, 1.4)),
            "INFO",
            "Ping redis latency: %s",
            f"Ping redis latency: {go_dur(r.uniform(0.00018, 0.0006))}",
            "redis.go:3593",
        )
        t = J(
            h,
            t + sec(0.03 * r.uniform(0.6, 1.4)),
            "INFO",
            "Data use %s",
            f"Data use minio://{JFS_ENDPOINT}/{JFS_BUCKET}/{JFS_VOL}/",
            "mount.go:605",
        )
        t = J(
            h,
            t + sec(0.0003 * r.uniform(0.6, 1.4)),
            "INFO",
            "Disk cache (%s): capacity (%d MB), free ratio (%d%%), max pending pages (%d)",
            f"Disk cache (/var/jfsCache/{JFS_UUID}/): capacity (409600 MB), free ratio (10%), max pending pages (15)",
            "disk_cache.go:114",
        )
        t = J(
            h,
            t + sec(0.18 * r.uniform(0.6, 1.4)),
            "INFO",
            "Create session %d OK with version: %s",
            f"Create session {r.randint(140, 190)} OK with version: {version[h]}",
            "base.go:492",
        )
        t = J(
            h,
            t + sec(0.04 * r.uniform(0.6, 1.4)),
            "INFO",
            "Prometheus metrics listening on %s",
            "Prometheus metrics listening on 127.0.0.1:9567",
            "mount.go:160",
        )
        return J(
            h,
            t + sec(0.0002 * r.uniform(0.6, 1.4)),
            "INFO",
            "Mounting volume %s at %s ...",
            f"Mounting volume {JFS_VOL} at /mnt/jfs ...",
            "mount_unix.go:269",
        )

    minio_down = (at(7, 41, 10), at(7, 47, 25))
    failover = at(9, 12, 0.4)
    new_master = at(9, 12, 7.8)
    remount = at(10, 5, 12)
    heavy = (at(10, 30), at(11, 5))

    # the metadata backup, skipped on every check of every client: the volume holds millions of inodes
    inodes = [2_314_872]
    for h in JFS_HOSTS:
        t = T0 + sec(r.uniform(0, 360))
        while t < T_END:
            if not (h == "gpu-03" and remount - sec(2) <= t < remount + sec(40)) and not (
                failover <= t < new_master
            ):
                inodes[0] += r.randint(-40, 900)
                J(
                    h,
                    t,
                    "WARNING",
                    "backup metadata skipped because of too many inodes: %d %s; you may increase `--backup-meta` to enable it again",
                    f"backup metadata skipped because of too many inodes: {inodes[0]} 1h0m0s; you may increase `--backup-meta` to enable it again",
                    "backup.go:71",
                )
            t += sec(360 * r.uniform(0.9, 1.1))

    # slow object requests all day (a few an hour), and the cold read of a new dataset 10:30-11:05
    for h in JFS_HOSTS:
        for t in poisson(r, T0, T_END, 900):
            if in_any(t, [heavy]):
                continue
            slow_get(h, t, r.random() < 0.2)
        for t in poisson(r, heavy[0] + sec(40), heavy[1], 6.0):
            slow_get(h, t, r.random() < 0.22)
            if r.random() < 0.14:
                slow_read(h, t + sec(r.uniform(0.5, 3)), r.uniform(10.0, 19.0))
    # checkpoints and the final model written from gpu-01, the preprocessing job's shards from gpu-02
    for tc in [at(h, m) for h in range(6, 12) for m in (0, 30)]:
        for t in poisson(r, tc + sec(20), tc + sec(110), 14):
            slow_put("gpu-01", t)
    for t in poisson(r, at(7, 0), at(8, 30), 140):
        slow_put("gpu-02", t)
    for t in poisson(r, at(11, 31), at(11, 38), 25):
        slow_put("gpu-01", t)

    # minio-2 restarted 07:41-07:47: a third of the connections go to it
    dead = JFS_MINIO["minio-2"]
    for h, mean in [("gpu-02", 2.6), ("gpu-01", 16.0)]:
        for t in poisson(r, minio_down[0], minio_down[1], mean):
            key = jfs_key(*block(new_sid()))
            try_n, tt = 1, t
            while True:
                tt = J(
                    h,
                    tt,
                    "WARNING",
                    "Upload %s: " + JFS_RQ_FAIL.replace('%s "', 'Put "') + " (try %d)",
                    f'Upload {key}: RequestError: send request failed\ncaused by: Put "{url(key)}": dial tcp {dead}:9000: connect: connection refused (try {try_n})',
                    "cached_store.go:487",
                )
                tt += sec(try_n * try_n + r.uniform(0.01, 0.2))
                try_n += 1
                if r.random() > 0.34 or tt >= minio_down[1]:
                    break
        if h == "gpu-02":
            for t in poisson(r, minio_down[0] + sec(30), minio_down[1] + sec(15), 28):
                ino, fh = r.randint(1_200_000, 2_400_000), r.randint(12, 48_000)
                J(
                    h,
                    t,
                    "INFO",
                    "slow operation: flush (%d,%d): OK <%.6f>",
                    f"slow operation: flush ({ino},{fh}): OK <{r.uniform(10.2, 41.0):.6f}>",
                    "accesslog.go:58",
                )
    for h, mean in [("gpu-03", 5.2), ("gpu-01", 19.0)]:
        for t in poisson(r, minio_down[0], minio_down[1], mean):
            sid, indx, size = block()
            key = jfs_key(sid, indx, size)
            ln = r.choice([131072, 262144, 1048576, size])
            J(
                h,
                t,
                "WARNING",
                "fail to read sliceId %d (off:%d, size:%d, clen: %d): get %s: "
                + JFS_RQ_FAIL.replace('%s "', 'Get "'),
                f'fail to read sliceId {sid} (off:{indx * 4194304 + r.randrange(0, 4194304, 4096)}, size:{ln}, clen: {r.choice([67108864, 67108864, r.randrange(4194304, 67108864, 4096)])}): get {key}: RequestError: send request failed\ncaused by: Get "{url(key)}": dial tcp {dead}:9000: connect: connection refused',
                "reader.go:664",
            )
            if r.random() < 0.3:
                slow_read(h, t + sec(r.uniform(9.5, 14)), r.uniform(10.0, 24.0))
    for t in spread(r, minio_down[0] + sec(70), minio_down[1], 4):
        t = J(
            "gpu-03",
            t,
            "ERROR",
            "read file %d: input/output error",
            f"read file {r.randint(1_200_000, 2_400_000)}: input/output error",
            "reader.go:122",
        )
        slow_read("gpu-03", t + sec(0.0004), r.uniform(30.0, 33.0), failed=True)

    # the Redis master rebooted at 09:12 (kernel patching); Sentinel promotes 10.20.0.12
    for h, (ip, _) in JFS_HOSTS.items():
        t = R(
            h,
            failover + sec(r.uniform(0.0, 0.3)),
            "redis: discarding bad PubSub connection: EOF",
            "redis: discarding bad PubSub connection: EOF",
            "pubsub.go:159",
        )
        for _ in range(r.randint(1, 2)):
            t = R(
                h,
                t + sec(r.uniform(1.0, 2.5)),
                "sentinel: GetMasterAddrByName master=%q failed: dial tcp %s: connect: connection refused",
                'sentinel: GetMasterAddrByName master="mymaster" failed: dial tcp 10.20.0.11:26379: connect: connection refused',
                "sentinel.go:537",
            )
        R(
            h,
            new_master + sec(r.uniform(0, 0.6)),
            "sentinel: new master=%q addr=%q",
            'sentinel: new master="mymaster" addr="10.20.0.12:6379"',
            "sentinel.go:732",
        )
        n = {"gpu-01": 3, "gpu-02": 7, "gpu-03": 4}[h]
        for i, t in enumerate(spread(r, failover, new_master, n)):
            kind = "write" if (h == "gpu-02" or r.random() < 0.4) else "read"
            port = r.randint(32768, 60999)
            if i == 0:
                label, err = "error: EOF\\n%s", "EOF"
            elif i == 1:
                label = "error: read tcp %s->%s: read: connection reset by peer\\n%s"
                err = f"read tcp {ip}:{port}->10.20.0.11:6379: read: connection reset by peer"
            else:
                label, err = (
                    "error: dial tcp %s: connect: connection refused\\n%s",
                    "dial tcp 10.20.0.11:6379: connect: connection refused",
                )
            t = J(h, t, "ERROR", label, f"error: {err}\n{stack(kind)}", "utils.go:123")
            if kind == "write":
                ino = r.randint(1_200_000, 2_400_000)
                t = J(
                    h,
                    t + sec(0.00005),
                    "WARNING",
                    "write inode:%d error: input/output error",
                    f"write inode:{ino} error: input/output error",
                    "writer.go:287",
                )
                J(
                    h,
                    t + sec(0.00004),
                    "ERROR",
                    "write inode:%d indx:%d  input/output error",
                    f"write inode:{ino} indx:{r.randint(0, 30)}  input/output error",
                    "writer.go:320",
                )

    # gpu-03 upgraded to 1.1.4 and mounted again at 10:05
    J(
        "gpu-03",
        remount,
        "INFO",
        "Received signal %s, exiting...",
        "Received signal terminated, exiting...",
        "mount_unix.go:62",
    )
    version["gpu-03"] = "1.1.4+2024-05-10.a71e6f9"
    startup("gpu-03", remount + sec(r.uniform(4.1, 4.6)), "10.20.0.12")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- linstor

LS_NODES = {"pve-01": "10.10.0.11", "pve-02": "10.10.0.12", "pve-03": "10.10.0.13"}
LS_CTRL_SERVICES = [
    ("TimerEventService", "TimerEventService"),
    ("DatabaseService", "DatabaseService"),
    ("TaskScheduleService", "TaskScheduleService"),
    ("SpaceTrackingService", "SpaceTrackingService"),
    ("ScheduleBackupService", "ScheduleBackupService"),
]
LS_SAT_SERVICES = [
    ("TimerEventService", "TimerEventService"),
    ("FileEventService", "FileEventService"),
    ("SnapshotShippingService", "SnapshotShippingService"),
    ("DeviceManager", "DeviceManager"),
    ("DrbdEventService-1", "DrbdEventService"),
    ("DrbdEventPublisher-1", "DrbdEventPublisher"),
]
LS_SUPPORT = [
    ("DRBD9_KERNEL", "9.2.9"),
    ("DRBD9_UTILS", "9.28.0"),
    ("DRBD_PROXY", None),
    ("CRYPT_SETUP", "2.6.1"),
    ("LVM", "2.03.16(2) (2022-05-18)"),
    ("LVM_THIN", "2.03.16(2) (2022-05-18)"),
    ("THIN_SEND_RECV", "1.0.1"),
    ("ZFS_KMOD", None),
    ("ZFS_UTILS", None),
    ("NVME", None),
    ("SPDK", None),
    ("WRITECACHE", "2.03.16(2) (2022-05-18)"),
    ("CACHE", "2.03.16(2) (2022-05-18)"),
]
LS_MODULES = [
    ("com.linbit.linstor.modularcrypto.FipsCryptoModule", False),
    ("com.linbit.linstor.modularcrypto.JclCryptoModule", True),
]


def ls_name(r: random.Random) -> str:
    return "pm-" + hexid(r, 8)


def ls_aligned(kib: int) -> tuple[int, int]:
    """A DRBD volume's backing size (data and internal metadata) and its size rounded up to
    the volume group's 4 MiB extents."""
    raw = kib + kib // 32768 + 36
    return raw, -(-raw // 4096) * 4096


def linstor(r: random.Random) -> list[Log]:
    """A three-node Proxmox VE cluster's LINSTOR (see the module docstring)."""
    fs = Files()
    ctrl_file = "pve-01-linstor-Controller.log"
    workers = [f"MainWorkerPool-{i}" for i in range(1, 5)]
    http = [f"grizzly-http-server-{i}" for i in range(0, 12)]
    report_seq = {"pve-02": 3}

    def line(thread: str, lvl: str, module: str, msg: str) -> Callable[[datetime], list[str]]:
        return lambda x: [
            f"{x:%Y_%m_%d %H:%M:%S}.{x.microsecond // 1000:03d} [{thread}] {lvl:<5} LINSTOR/{module} - SYSTEM - {msg}"
        ]

    def C(t: datetime, thread: str, label: str, msg: str, lvl: str = "INFO") -> datetime:
        return fs.add(ctrl_file, t, label, line(thread, lvl, "Controller", msg), "controller", MS)

    def S(node: str, t: datetime, thread: str, label: str, msg: str, lvl: str = "INFO") -> datetime:
        return fs.add(
            f"{node}-linstor-Satellite.log",
            t,
            label,
            line(thread, lvl, "Satellite", msg),
            ("satellite", node),
            MS,
        )

    sat_down = {"pve-03": [(at(7, 5, 31.2), at(7, 8, 55.6))]}
    ctrl_down = (at(8, 40, 2.4), at(8, 40, 31.9))
    pool_full = (at(9, 50), at(10, 25, 14))

    def online(node: str, t: datetime) -> bool:
        return not in_any(t, sat_down.get(node, []))

    # the long-lived VMs' disks: two diskful replicas and a diskless tie-breaker each
    resources: dict[str, tuple[list[str], str, int]] = {}
    nodes = list(LS_NODES)
    for _ in range(34):
        dfl = r.sample(nodes, 2)
        tb = next(n for n in nodes if n not in dfl)
        resources[ls_name(r)] = (dfl, tb, r.choice([8, 16, 32, 32, 64, 100, 128, 250]) * 1048576)

    def device_manager(node: str, t: datetime, name: str, what: str) -> datetime:
        """One satellite's DeviceManager run for a resource definition: its resources on every node."""
        dfl, tb, kib = resources[name]
        if what == "created" and node in dfl:
            raw, al = ls_aligned(kib)
            t = S(
                node,
                t,
                "DeviceManager",
                "Aligning %s size from %d KiB to %d KiB to be a multiple of extent size %d KiB (from Storage Pool)",
                f"Aligning /dev/drbdpool/{name}_00000 size from {raw} KiB to {al} KiB to be a multiple of extent size 4096 KiB (from Storage Pool)",
            )
        for peer in [node] + [n for n in [*dfl, tb] if n != node]:
            t = S(
                node,
                t + sec(r.uniform(0.001, 0.03)),
                "DeviceManager",
                f"Resource '%s' {what} for node '%s'.",
                f"Resource '{name}' {what} for node '{peer}'.",
            )
        return t

    def storage_problem(t: datetime) -> datetime:
        report_seq["pve-02"] += 1
        return S(
            "pve-02",
            t,
            "DeviceManager",
            "Problem of type '%s' logged to report number %s",
            f"Problem of type 'com.linbit.linstor.storage.StorageException' logged to report number 665BF3A2-8F3C1-{report_seq['pve-02']:06d}",
            "ERROR",
        )

    stuck: list[str] = []

    def on_sats(t: datetime, name: str, what: str) -> None:
        dfl, tb, _ = resources[name]
        for node in [*dfl, tb]:
            if not online(node, t):
                continue
            tn = t + sec(r.uniform(0.15, 0.9))
            if (
                node == "pve-02"
                and in_any(tn, [pool_full])
                and ((what == "created" and node in dfl) or stuck)
            ):
                if what == "created" and node in dfl:
                    stuck.append(name)
                storage_problem(tn)
                if what != "created" or node not in dfl:
                    device_manager(node, tn + sec(0.05), name, what)
                continue
            device_manager(node, tn, name, what)

    # the CI runners: a VM cloned every few minutes, destroyed after its job
    for t in poisson(r, at(6, 1), at(11, 52), 265):
        if in_any(t, [ctrl_down]):
            t = ctrl_down[1] + sec(r.uniform(5, 20))
        up = [n for n in nodes if online(n, t)]
        dfl = r.sample(up, 2)
        rest = [n for n in up if n not in dfl]
        tb = rest[0] if rest else dfl[0]
        name = ls_name(r)
        resources[name] = (dfl, tb, 33554432)
        C(
            t,
            r.choice(http),
            "Drbd-auto-verify-Algo for '%s' automatically set to %s",
            f"Drbd-auto-verify-Algo for '{name}' automatically set to crct10dif-pclmul",
        )
        on_sats(t, name, "created")
        td = t + sec(r.uniform(900, 2100))
        if td < T_END and not in_any(td, [ctrl_down]):
            on_sats(td, name, "deleted")
    # pve-02's thin pool extended at 10:25: the stuck volumes are made
    t = pool_full[1]
    for name in stuck:
        t = device_manager("pve-02", t + sec(r.uniform(0.1, 0.4)), name, "created")

    # live migrations off pve-03 before its reboot, and back after it
    long_lived = [n for n in resources if resources[n][2] != 33554432]
    on03 = [n for n in long_lived if "pve-03" in resources[n][0]][:7]
    for tm in [
        spread(r, at(6, 52), at(7, 4, 40), len(on03)),
        spread(r, at(7, 21), at(7, 33), len(on03)),
    ]:
        for name, t in zip(on03, tm, strict=True):
            dfl, tb, _ = resources[name]
            for node in [*dfl, tb]:
                device_manager(node, t + sec(r.uniform(0.2, 0.7)), name, "updated")
                device_manager(node, t + sec(r.uniform(14, 40)), name, "updated")

    def shutdown(node: str | None, t: datetime, services: list[tuple[str, str]]) -> datetime:
        def W(t: datetime, label: str, msg: str) -> datetime:
            if node is None:
                return C(t, "Thread-2", label, msg)
            return S(node, t, "Thread-2", label, msg)

        t = W(t, "Shutdown in progress", "Shutdown in progress")
        for svc, kind in reversed(services):
            t = W(
                t + sec(r.uniform(0.001, 0.01)),
                "Shutting down service instance '%s' of type %s",
                f"Shutting down service instance '{svc}' of type {kind}",
            )
        for svc, _ in reversed(services):
            t = W(
                t + sec(r.uniform(0.005, 0.2)),
                "Waiting for service instance '%s' to complete shutdown",
                f"Waiting for service instance '{svc}' to complete shutdown",
            )
        return W(t + sec(r.uniform(0.01, 0.1)), "Shutdown complete", "Shutdown complete")

    def boot(node: str | None, t: datetime) -> datetime:
        def W(t: datetime, label: str, msg: str) -> datetime:
            if node is None:
                return C(t, "Main", label, msg)
            return S(node, t, "Main", label, msg)

        module = "controller" if node is None else "satellite"
        t = W(t, "Log directory set to: '%s'", f"Log directory set to: '/var/log/linstor-{module}'")
        t = W(
            t + sec(r.uniform(0.01, 0.04)),
            "Loading API classes started.",
            "Loading API classes started.",
        )
        took = r.randint(380, 900)
        t = W(
            t + sec(took / 1000),
            "API classes loading finished: %dms",
            f"API classes loading finished: {took}ms",
        )
        t0 = W(t + sec(0.001), "Dependency injection started.", "Dependency injection started.")
        t = t0
        mods = LS_MODULES + (
            [("com.linbit.linstor.spacetracking.ControllerSpaceTrackingModule", True)]
            if node is None
            else []
        )
        for mod, ok in mods:
            t = W(
                t + sec(r.uniform(0.002, 0.02)),
                'Attempting dynamic load of extension module "%s"',
                f'Attempting dynamic load of extension module "{mod}"',
            )
            if ok:
                t = W(
                    t + sec(r.uniform(0.002, 0.02)),
                    'Dynamic load of extension module "%s" was successful',
                    f'Dynamic load of extension module "{mod}" was successful',
                )
            else:
                t = W(
                    t + sec(r.uniform(0.001, 0.003)),
                    'Extension module "%s" is not installed',
                    f'Extension module "{mod}" is not installed',
                )
        took = r.randint(900, 1900)
        t = W(
            t0 + sec(took / 1000),
            "Dependency injection finished: %dms",
            f"Dependency injection finished: {took}ms",
        )
        if node is not None:
            for what, ver in LS_SUPPORT:
                if ver:
                    t = W(
                        t + sec(r.uniform(0.01, 0.12)),
                        "Checking support for %s: supported (%s)",
                        f"Checking support for {what}: supported ({ver})",
                    )
                else:
                    t = W(
                        t + sec(r.uniform(0.01, 0.12)),
                        "Checking support for %s: NOT SUPPORTED:",
                        f"Checking support for {what}: NOT SUPPORTED:",
                    )
        for svc, kind in LS_CTRL_SERVICES if node is None else LS_SAT_SERVICES:
            t = W(
                t + sec(r.uniform(0.005, 0.3)),
                "Starting service instance '%s' of type %s",
                f"Starting service instance '{svc}' of type {kind}",
            )
        return W(
            t + sec(r.uniform(0.05, 0.3)),
            "Created network communication service '%s'",
            "Created network communication service 'PlainConnector'",
        )

    def connect(node: str, t: datetime, thread: str, full_sync: bool) -> datetime:
        t = C(
            t,
            thread,
            "Establishing connection to node '%s' via %s ...",
            f"Establishing connection to node '{node}' via /{LS_NODES[node]}:3366 ...",
        )
        t = C(
            t + sec(r.uniform(0.02, 0.2)),
            "PlainConnector",
            "Sending authentication to satellite '%s'",
            f"Sending authentication to satellite '{node}'",
        )
        ts = S(
            node,
            t + sec(r.uniform(0.05, 0.3)),
            r.choice(workers),
            "Controller connected and authenticated (%s)",
            f"Controller connected and authenticated (10.10.0.11:{r.randint(40000, 60999)})",
        )
        t = C(
            ts + sec(r.uniform(0.01, 0.1)),
            r.choice(workers),
            "Satellite '%s' authenticated",
            f"Satellite '{node}' authenticated",
        )
        if full_sync:
            w = r.choice(workers)
            for n in nodes:
                ts = S(
                    node,
                    ts + sec(r.uniform(0.1, 0.3)),
                    w,
                    "Node '%s' created.",
                    f"Node '{n}' created.",
                )
            for pool in ["DfltDisklessStorPool", "thinpool"]:
                ts = S(
                    node,
                    ts + sec(r.uniform(0.01, 0.05)),
                    w,
                    "Storage pool '%s' created.",
                    f"Storage pool '{pool}' created.",
                )
            ts += sec(r.uniform(0.4, 1.1))
            for name, (dfl, tb, _) in list(resources.items()):
                if node in [*dfl, tb] and name in long_lived:
                    ts = device_manager(node, ts + sec(r.uniform(0.02, 0.12)), name, "created")
        return t

    # pve-03 rebooted for a kernel update at 07:05
    down, back = sat_down["pve-03"][0]
    shutdown("pve-03", down, LS_SAT_SERVICES)
    t = down + sec(r.uniform(8, 12))
    while t < back - sec(12):
        t = C(
            t,
            "TaskScheduleService",
            "Establishing connection to node '%s' via %s ...",
            f"Establishing connection to node 'pve-03' via /{LS_NODES['pve-03']}:3366 ...",
        )
        t += sec(r.uniform(9.8, 10.4))
    boot("pve-03", back - sec(r.uniform(9, 11)))
    connect("pve-03", back, "TaskScheduleService", True)

    # the controller upgraded to 1.27.1 at 08:40
    shutdown(None, ctrl_down[0], LS_CTRL_SERVICES)
    t = boot(None, ctrl_down[1] - sec(r.uniform(2.8, 3.4)))
    t = C(
        t + sec(0.05),
        "Main",
        "Reconnecting to previously known nodes",
        "Reconnecting to previously known nodes",
    )
    t = C(t + sec(0.2), "Main", "Controller initialized", "Controller initialized")
    for node in nodes:
        t = connect(node, t + sec(r.uniform(0.01, 0.05)), "Main", False)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- cubefs

CFS_CLUSTER = "cfs-prod"
LU_KERNEL = "4.18.0-513.24.1.el8_lustre.x86_64"
CFS_DN = {f"datanode-{i}": f"10.30.2.{10 + i}:17310" for i in range(1, 7)}
CFS_DISKS = ["/cfs/disk1", "/cfs/disk2", "/cfs/disk3", "/cfs/disk4"]
CFS_OPS = [
    ("OpWrite", 0.45),
    ("OpStreamRead", 0.35),
    ("OpRandomWrite", 0.12),
    ("OpStreamFollowerRead", 0.08),
]


def cubefs(r: random.Random) -> list[Log]:
    """A CubeFS cluster's master leader and one datanode, at logLevel warn (see the module
    docstring)."""
    fs = Files()
    dn4, dn6 = CFS_DN["datanode-4"], CFS_DN["datanode-6"]

    def W(f: str, proc: str, t: datetime, lvl: str, caller: str, label: str, msg: str) -> datetime:
        tag = {"WARN": "[WARN ]", "ERROR": "[ERROR]"}[lvl]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S}.{x.microsecond:06d} {tag} {caller}: {msg}"],
            proc,
            US,
        )

    def MW(t: datetime, caller: str, label: str, msg: str) -> datetime:
        return W("master-1_master_warn.log", "master", t, "WARN", caller, label, msg)

    def ME(t: datetime, caller: str, label: str, msg: str) -> datetime:
        return W("master-1_master_error.log", "master", t, "ERROR", caller, label, msg)

    def DW(t: datetime, caller: str, label: str, msg: str) -> datetime:
        return W("datanode-4_datanode_warn.log", "datanode", t, "WARN", caller, label, msg)

    def DE(t: datetime, caller: str, label: str, msg: str) -> datetime:
        return W("datanode-4_datanode_error.log", "datanode", t, "ERROR", caller, label, msg)

    def ts(t: datetime) -> int:
        return int(t.timestamp())

    vols = [("ml-ckpt", 1, 420), ("logs-archive", 421, 800), ("home", 801, 1030)]

    def vol_of(dp: int) -> str:
        return next(v for v, a, b in vols if a <= dp <= b)

    # partitions on datanode-4's failing disk, and partitions with a replica on datanode-6
    on_disk3 = sorted(r.sample(range(1, 1031), 24))
    on_dn6 = sorted(r.sample(range(1, 1031), 72))
    led_by_dn6 = sorted(r.sample([d for d in on_dn6 if d not in on_disk3], 11))
    repl_with_dn6 = sorted(
        r.sample([d for d in on_dn6 if d not in led_by_dn6 and d not in on_disk3], 15)
    )

    def hosts(dp: int, *fixed: str) -> list[str]:
        others = [a for a in CFS_DN.values() if a not in fixed]
        return list(fixed) + r.sample(others, 3 - len(fixed))

    disk_fail = at(7, 20, 31.4)
    disk_fenced = at(7, 22, 44.0)
    decommission = at(7, 58, 12.6)
    dn6_down = (at(9, 10, 4.0), at(9, 24, 31.0))

    # the disk's I/O errors: the requests already routed to its partitions fail until the
    # datanode marks them unavailable and clients reroute
    DE(
        disk_fail,
        "disk.go:312",
        "disk path %v error on %v",
        f"disk path /cfs/disk3 error on {dn4.split(':')[0]}",
    )
    req = [88_412_379]
    for t in poisson(r, disk_fail + sec(0.002), disk_fenced, 0.52):
        dp = r.choice(on_disk3)
        op = r.choices([o for o, _ in CFS_OPS], [w for _, w in CFS_OPS])[0]
        req[0] += r.randint(3, 900)
        ext = r.randint(1025, 9800)
        size = r.choice([131072, 131072, 65536, 4096, 131072, 8192])
        kind = "read" if "Read" in op else "write"
        path = f"/cfs/disk3/datapartition_{dp}_128849018880/{ext}"
        DE(
            t,
            "wrap_operator.go:210",
            "action[operatePacket] ReqID(%v)_Partition(%v)_Extent(%v)_ExtentOffset(%v)_KernelOffset(%v)_Size(%v)_Opcode(%v)_CRC(%v) err("
            + kind
            + " %s: input/output error) remote(%v) cost(%v).",
            f"action[operatePacket] ReqID({req[0]})_Partition({dp})_Extent({ext})_ExtentOffset({r.randrange(0, 134217728, 4096)})_KernelOffset({r.randrange(0, 1 << 34, 4096)})_Size({size})_Opcode({op})_CRC({r.randint(0, 4294967295) if kind == 'write' else 0}) err({kind} {path}: input/output error) remote(10.30.5.{r.randint(11, 58)}:{r.randint(32768, 60999)}) cost({go_dur(r.uniform(0.0004, 0.9))}).",
        )
    t = disk_fenced
    for dp in on_disk3:
        t = DW(
            t + sec(r.uniform(0.0001, 0.002)),
            "partition.go:433",
            "action[checkDiskError] partition(%v) disk(%v) status(%v) set partition unavailable",
            f"action[checkDiskError] partition({dp}) disk(/cfs/disk3) status(Unavailable) set partition unavailable",
        )
    # the master reports them on every check until the disk is decommissioned
    t = disk_fenced + sec(r.uniform(8, 50))
    while t < decommission:
        tt = t
        for dp in on_disk3:
            tt = MW(
                tt + sec(r.uniform(0.00002, 0.0004)),
                "data_partition.go:498",
                "action[checkDiskErr],clusterID[%v] partitionID:%v  On :%v  Disk:%v  Status:%v",
                f"action[checkDiskErr],clusterID[{CFS_CLUSTER}] partitionID:{dp}  On :{dn4}  Disk:/cfs/disk3  Status:Unavailable",
            )
        t += sec(60 + r.uniform(-0.05, 0.3))
    t = MW(
        decommission,
        "cluster.go:2211",
        "action[decommissionDisk] addr[%v] disk[%v] badPartitionIds[%v] offLine success",
        f"action[decommissionDisk] addr[{dn4}] disk[/cfs/disk3] badPartitionIds[{' '.join(str(d) for d in on_disk3)}] offLine success",
    )
    newhost = {}
    for dp in on_disk3:
        h = hosts(dp)
        newhost[dp] = next(a for a in CFS_DN.values() if a not in h and a != dn4)
        t = MW(
            t + sec(r.uniform(0.05, 0.6)),
            "cluster.go:1547",
            "action[decommissionDataPartition] clusterID[%v] partitionID:%v  on Node:%v offline success,newHost[%v],PersistenceHosts:[%v]",
            f"action[decommissionDataPartition] clusterID[{CFS_CLUSTER}] partitionID:{dp}  on Node:{dn4} offline success,newHost[{newhost[dp]}],PersistenceHosts:[{' '.join([*[a for a in h if a != dn4][:2], newhost[dp]])}]",
        )
        DW(
            t + sec(r.uniform(0.2, 0.9)),
            "space_manager.go:362",
            "action[deletePartition] partition(%v) disk(%v) delete success",
            f"action[deletePartition] partition({dp}) disk(/cfs/disk3) delete success",
        )
    for dp, t in zip(on_disk3, spread(r, at(8, 6), at(9, 22), len(on_disk3)), strict=True):
        MW(
            t,
            "cluster.go:1702",
            "action[checkDiskRecoveryProgress] clusterID[%v],partitionID[%v] has recovered success",
            f"action[checkDiskRecoveryProgress] clusterID[{CFS_CLUSTER}],partitionID[{dp}] has recovered success",
        )

    # datanode-6's switch port flapped off 09:10-09:24
    dn6_ip = dn6.split(":")[0]
    t = dn6_down[0] + sec(r.uniform(1, 5))
    while t < dn6_down[1]:
        ME(
            t,
            "cluster_task.go:89",
            "action[sendTask] addr[%v] taskType[%v] err[dial tcp %s: i/o timeout]",
            f"action[sendTask] addr[{dn6}] taskType[{r.choice(['OpDataNodeHeartbeat', 'OpDataNodeHeartbeat', 'OpDataNodeHeartbeat', 'OpLoadDataPartition'])}] err[dial tcp {dn6}: i/o timeout]",
        )
        t += sec(5 + r.uniform(0, 0.4))
    last_report = dn6_down[0] - sec(r.uniform(1, 5))
    t = dn6_down[0] + sec(62)
    while t < dn6_down[1]:
        MW(
            t,
            "data_node.go:118",
            "action[checkLiveness] datanode[%v] report time[%v],since report time[%v], need gap [%v]",
            f"action[checkLiveness] datanode[{dn6}] report time[{last_report:%Y-%m-%d %H:%M:%S} +0000 UTC],since report time[{go_dur(round((t - last_report).total_seconds(), 6))}], need gap [{go_dur(60)}]",
        )
        t += sec(60 + r.uniform(0, 0.2))
    t = dn6_down[0] + sec(600 + r.uniform(2, 30))
    while t < dn6_down[1]:
        tt = t
        for dp in on_dn6:
            tt = MW(
                tt + sec(r.uniform(0.00002, 0.0003)),
                "data_partition.go:561",
                "action[checkMissErr],clusterID[%v] paritionID:%v  on Node:%v  miss time > %v  lastRepostTime:%v   dnodeLastReportTime:%v  nodeisActive:%v So Migrate by manual",
                f"action[checkMissErr],clusterID[{CFS_CLUSTER}] paritionID:{dp}  on Node:{dn6}  miss time > 600  lastRepostTime:{ts(last_report) - r.randint(0, 50)}   dnodeLastReportTime:{ts(last_report)}  nodeisActive:false So Migrate by manual",
            )
        t += sec(60 + r.uniform(-0.05, 0.3))
    # datanode-4's repairs of the partitions it shares with datanode-6, every minute
    t = dn6_down[0] + sec(r.uniform(5, 55))
    while t < dn6_down[1]:
        tt = t
        for dp in repl_with_dn6:
            tt = DE(
                tt + sec(r.uniform(0.001, 0.04)),
                "data_partition_repair.go:131",
                "action[getRemoteExtentInfo] partition(%v) host(%v) err(dial tcp %s: i/o timeout)",
                f"action[getRemoteExtentInfo] partition({dp}) host({dn6}) err(dial tcp {dn6}: i/o timeout)",
            )
            tt = DW(
                tt + sec(r.uniform(0.0001, 0.002)),
                "data_partition_repair.go:72",
                "action[LaunchRepair] partition(%v) err(dial tcp %s: i/o timeout).",
                f"action[LaunchRepair] partition({dp}) err(dial tcp {dn6}: i/o timeout).",
            )
        for dp in led_by_dn6:
            tt = DW(
                tt + sec(r.uniform(0.001, 0.01)),
                "data_partition_repair.go:64",
                "action[LaunchRepair] partition(%v) err(no valid master).",
                f"action[LaunchRepair] partition({dp}) err(no valid master).",
            )
        t += sec(60 + r.uniform(0, 0.5))
    del dn6_ip
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- lustre

LU_FS = "scratch"
LU_NID = {"mds01": "10.0.0.10@o2ib", "oss01": "10.0.0.11@o2ib", "oss02": "10.0.0.12@o2ib"}
LU_CLIENTS = {f"cn{i:03d}": f"10.1.0.{i}@o2ib" for i in range(1, 65)}
LU_OSTS = {
    "oss01": [f"{LU_FS}-OST{i:04X}" for i in range(0, 4)],
    "oss02": [f"{LU_FS}-OST{i:04X}" for i in range(4, 8)],
}
LU_REQ_TAIL = "req@{p} x{x}/t0(0) o{o}->{tgt}@{nid}:{portal}/4 lens {l1}/{l2} e 0 to 1 dl {dl} ref {ref} fl {fl}/0/ffffffff rc 0/-1 job:'{job}'"
LU_REQ_LABEL = "req@%p x%llu/t%lld(%lld) o%d->%s@%s:%d/%d lens %d/%d e %d to %d dl %lld ref %d fl %s/%x/%x rc %d/%d job:'%s'"
LU_STACK = [
    "[<0>] ldiskfs_map_blocks+0x{a}/0x5e0 [ldiskfs]",
    "[<0>] osd_ldiskfs_map_inode_pages+0x{b}/0x6a0 [osd_ldiskfs]",
    "[<0>] osd_write_commit+0x{c}/0x8f0 [osd_ldiskfs]",
    "[<0>] ofd_commitrw_write+0x{d}/0x1a50 [ofd]",
    "[<0>] ofd_commitrw+0x2e0/0x9b0 [ofd]",
    "[<0>] tgt_brw_write+0x{e}/0x1d70 [ptlrpc]",
    "[<0>] tgt_request_handle+0xc9c/0x1a40 [ptlrpc]",
    "[<0>] ptlrpc_server_handle_request+0x323/0xbd0 [ptlrpc]",
    "[<0>] ptlrpc_main+0xc0f/0x1570 [ptlrpc]",
    "[<0>] kthread+0x134/0x150",
    "[<0>] ret_from_fork+0x35/0x40",
]


def lustre(r: random.Random) -> list[Log]:
    """A Lustre 2.15 file system's servers and two of its clients (see the module docstring)."""
    fs = Files()
    cuuid = {c: uuid4(r) for c in LU_CLIENTS}
    osc_sb = {c: f"ffff{hexid(r, 9)}000" for c in ("cn023", "cn041")}
    xid = {
        h: r.randint(1_800_000_000_000_000, 1_800_900_000_000_000)
        for h in [*list(LU_NID), "cn023", "cn041"]
    }
    mdt = f"{LU_FS}-MDT0000"

    def K(
        host: str, t: datetime, label: str | None, msg: str, cont: tuple[str, ...] = ()
    ) -> datetime:
        return fs.add(
            f"{host}-messages.log",
            t,
            label,
            lambda x: [f"{x:%b} {x.day:2d} {x:%H:%M:%S} {host} kernel: {m}" for m in (msg, *cont)],
            host,
            SEC,
        )

    def ctx(pid: int, where: str) -> str:
        return f"{pid}:0:({where}) "

    def req(host: str, t: datetime, o: int, tgt: str, nid: str, job: str = "") -> str:
        xid[host] += r.randint(1, 4000)
        return LU_REQ_TAIL.format(
            p="0000000" + hexid(r, 9),
            x=xid[host],
            o=o,
            tgt=tgt,
            nid=nid,
            portal={400: 28, 8: 28, 4: 6, 3: 6, 6: 28}.get(o, 28),
            l1={400: 224, 8: 520, 4: 488, 3: 488, 6: 520}[o],
            l2={400: 224, 8: 416, 4: 440, 3: 440, 6: 416}[o],
            dl=int(t.timestamp()) + r.randint(5, 40),
            ref=r.choice([1, 1, 2]),
            fl=r.choice(["Rpc:XNQr", "Rpc:XQr", "Rpc:XNr"]),
            job=job,
        )

    def osc(client: str, ost: str) -> str:
        return f"{ost}-{'mdc' if ost == mdt else 'osc'}-{osc_sb[client]}"

    def host_of(ost: str, t: datetime) -> str:
        if ost == mdt:
            return "mds01"
        if ost in LU_OSTS["oss02"] and failed_over[0] <= t < failback[1]:
            return "oss01"
        return "oss01" if ost in LU_OSTS["oss01"] else "oss02"

    skipped: dict[tuple[str, str], int] = {}

    def limited(
        host: str, t: datetime, key: str, label: str, msg: str, window: float = 300
    ) -> None:
        """libcfs's rate limit: a message printed again within the window is counted, and the
        count is printed before the next one that gets through."""
        last = skipped.get((host, key + "@t"))
        if last is not None and (t.timestamp() - last) < window:
            skipped[(host, key)] = skipped.get((host, key), 0) + 1
            return
        n = skipped.pop((host, key), 0)
        prefix = (
            "LustreError: "
            if msg.startswith(("1", "#")) or ("@@@" in msg and "Reconnect" in msg)
            else "Lustre: "
        )
        if n:
            t = K(
                host,
                t,
                "Skipped %d previous similar messages"
                if n > 1
                else "Skipped %d previous similar message",
                f"{prefix}Skipped {n} previous similar message{'s' if n > 1 else ''}",
            )
            t += sec(1)
        K(host, t, label, msg)
        skipped[(host, key + "@t")] = t.timestamp()

    crash = at(9, 40, 12)
    failed_over = (at(9, 43, 5), at(9, 43, 5))
    back = at(11, 4, 40)
    failback = (at(11, 20, 3), at(11, 21, 30))

    # compute nodes that crash during the day: the MDT and every OST evict them
    deaths = spread(r, at(6, 10), at(11, 50), 6)
    for td in deaths:
        c = r.choice(list(LU_CLIENTS))
        last = int(td.timestamp())
        for host, tgts in [
            ("mds01", [mdt]),
            ("oss01", LU_OSTS["oss01"]),
            ("oss02", LU_OSTS["oss02"]),
        ]:
            for tgt in tgts:
                h = host_of(tgt, td) if tgt != mdt else host
                if h == "oss02" and crash <= td < back:
                    continue
                te = td + sec(r.uniform(226, 234))
                K(
                    h,
                    te,
                    "%s: haven't heard from client %s (at %s) in %lld seconds. I think it's dead, and I am evicting it. exp %p, cur %lld expire %lld last %lld",
                    f"Lustre: {tgt}: haven't heard from client {cuuid[c]} (at {LU_CLIENTS[c]}) in {int((te - td).total_seconds())} seconds. I think it's dead, and I am evicting it. exp 00000000{hexid(r, 8)}, cur {int(te.timestamp())} expire {int(te.timestamp()) - 150} last {last}",
                )

    # transient fabric errors all day: a client's request times out and it reconnects
    def reconnect(c: str, ost: str, t: datetime) -> None:
        h = host_of(ost, t)
        if h == "oss02" and crash <= t < back:
            return
        t = K(
            h,
            t,
            "%s: Client %s (at %s) reconnecting",
            f"Lustre: {ost}: Client {cuuid[c]} (at {LU_CLIENTS[c]}) reconnecting",
        )
        K(
            h,
            t + sec(r.uniform(0.2, 1.5)),
            "%s: Connection restored to %s (at %s)",
            f"Lustre: {ost}: Connection restored to {cuuid[c]} (at {LU_CLIENTS[c]})",
        )
        if c in osc_sb:
            ts = t - sec(r.uniform(0.5, 3))
            pid = r.randint(3000, 3400)
            K(
                c,
                ts,
                "@@@ Request sent has timed out for slow reply: [sent %lld/real %lld]  "
                + LU_REQ_LABEL,
                f"Lustre: {ctx(pid, 'client.c:2295:ptlrpc_expire_one_request()')}@@@ Request sent has timed out for slow reply: [sent {int(ts.timestamp()) - 7}/real {int(ts.timestamp()) - 7}]  {req(c, ts, r.choice([3, 4, 400]), ost + '_UUID', LU_NID[h], r.choice(['', 'cp2k.psmp.48213', 'python3.48244']))}",
            )
            K(
                c,
                ts + sec(0.2),
                "%s: Connection to %s (at %s) was lost; in progress operations using this service will wait for recovery to complete",
                f"Lustre: {osc(c, ost)}: Connection to {ost} (at {LU_NID[h]}) was lost; in progress operations using this service will wait for recovery to complete",
            )
            K(
                c,
                t + sec(r.uniform(1.5, 3)),
                "%s: Connection restored to %s (at %s)",
                f"Lustre: {osc(c, ost)}: Connection restored to {ost} (at {LU_NID[h]})",
            )

    osts = LU_OSTS["oss01"] + LU_OSTS["oss02"]
    for t in poisson(r, T0, T_END, 44):
        reconnect(r.choice(list(LU_CLIENTS)), r.choice([*osts, mdt, mdt]), t)
    for c in ("cn023", "cn041"):
        for t in poisson(r, T0, T_END, 2400):
            reconnect(c, r.choice(osts), t)

    # a 2,048-rank job's checkpoints 07:30-07:55 overload the OSS disks
    burst = (at(7, 30, 20), at(7, 55))
    for host in ("oss01", "oss02"):
        for t in poisson(r, burst[0] + sec(90), burst[1], 220):
            pid = r.randint(20100, 24800)
            secs = r.uniform(200.0, 260.0)
            thread = f"ll_ost_io{r.randint(0, 1):02d}_{r.randint(0, 63):03d}"
            hexes = {k: f"{r.randint(0x40, 0x5FF):x}" for k in "abcde"}
            K(
                host,
                t,
                "Service thread pid %u was inactive for %lu.%.02lus. The thread might be hung, or it might only be slow and will resume later. Dumping the stack trace for debugging purposes:",
                f"LNet: Service thread pid {pid} was inactive for {secs:.2f}s. The thread might be hung, or it might only be slow and will resume later. Dumping the stack trace for debugging purposes:",
                (
                    f"Pid: {pid}, comm: {thread} {LU_KERNEL} #1 SMP Wed Apr 24 11:02:36 UTC 2024",
                    "Call Trace TBD:",
                    *[ln.format(**hexes) for ln in LU_STACK],
                ),
            )
            K(
                host,
                t + sec(1),
                "dumping log to %s",
                f"LustreError: dumping log to /tmp/lustre-log.{int(t.timestamp())}.{pid}",
            )
            if r.random() < 0.8:
                K(
                    host,
                    t + sec(r.uniform(5, 90)),
                    "Service thread pid %u completed after %lu.%02lus. This indicates the system was overloaded (too many service threads, or there were not enough hardware resources).",
                    f"LNet: Service thread pid {pid} completed after {secs + r.uniform(5, 90):.2f}s. This indicates the system was overloaded (too many service threads, or there were not enough hardware resources).",
                )
        for t in poisson(r, burst[0] + sec(120), burst[1], 5.5):
            ost = r.choice(LU_OSTS[host])
            c = r.choice(list(LU_CLIENTS))
            limited(
                host,
                t,
                "bulk",
                "@@@ Reconnect on bulk WRITE  " + LU_REQ_LABEL,
                f"LustreError: {ctx(r.randint(20100, 24800), 'ldlm_lib.c:3344:target_bulk_io()')}@@@ Reconnect on bulk WRITE  {req(host, t, 4, cuuid[c], LU_CLIENTS[c], 'cp2k.psmp.48213')}",
                30,
            )
            reconnect(c, ost, t + sec(r.uniform(1, 6)))
    # the job's lock contention: clients that do not answer a blocking callback are evicted
    for t in spread(r, at(7, 36), at(7, 54), 9) + spread(r, at(10, 12), at(10, 40), 5):
        ost = r.choice(osts)
        h = host_of(ost, t)
        c = r.choice([*list(LU_CLIENTS), "cn023", "cn041"])
        secs = r.randint(100, 106)
        K(
            h,
            t,
            "### lock callback timer expired after %llds: evicting client at %s  ns: %s lock: %p/%#llx lrc: %d/%d,%d mode: %s/%s res: [%#llx:%#llx:%#llx].%#llx rrc: %d type: %s [%llu->%llu] (req %llu->%llu) flags: %#llx nid: %s remote: %#llx expref: %d pid: %u timeout: %lld lvb_type: %d",
            f"LustreError: {ctx(0, 'ldlm_lockd.c:261:expired_lock_main()')}### lock callback timer expired after {secs}s: evicting client at {LU_CLIENTS[c]}  ns: filter-{ost}_UUID lock: 0000000{hexid(r, 9)}/0x{hexid(r, 16)} lrc: 3/0,0 mode: PW/PW res: [0x{r.randint(0x2C000, 0x4FFFF):x}:0x0:0x0].0x0 rrc: {r.randint(3, 40)} type: EXT [0->18446744073709551615] (req {r.randrange(0, 1 << 30, 1 << 20)}->{r.randrange(1 << 30, 1 << 31, 1 << 20) - 1}) flags: 0x60000400030020 nid: {LU_CLIENTS[c]} remote: 0x{hexid(r, 16)} expref: {r.randint(5, 90)} pid: {r.randint(20100, 24800)} timeout: {r.randint(4_300_000_000, 4_399_000_000)} lvb_type: 0",
        )
        if c in osc_sb:
            K(
                c,
                t + sec(r.uniform(2, 9)),
                "167-0: %s: This client was evicted by %s; in progress operations using this service will fail.",
                f"LustreError: 167-0: {osc(c, ost)}: This client was evicted by {ost}; in progress operations using this service will fail.",
            )
            K(
                c,
                t + sec(r.uniform(10, 12)),
                "%s: Connection restored to %s (at %s)",
                f"Lustre: {osc(c, ost)}: Connection restored to {ost} (at {LU_NID[h]})",
            )

    # oss02 panics at 09:40; Pacemaker fences it and mounts its OSTs on oss01 at 09:43
    watchers = [("mds01", mdt, "{ost}-osc-MDT0000", 3300)] + [
        (c, c, f"{{ost}}-osc-{osc_sb[c]}", 3100) for c in osc_sb
    ]
    for host, _, devfmt, pidbase in watchers:
        t = crash + sec(r.uniform(6, 9))
        for ost in LU_OSTS["oss02"]:
            dev = devfmt.format(ost=ost)
            t = K(
                host,
                t,
                "@@@ Request sent has timed out for slow reply: [sent %lld/real %lld]  "
                + LU_REQ_LABEL,
                f"Lustre: {ctx(pidbase + r.randint(0, 40), 'client.c:2295:ptlrpc_expire_one_request()')}@@@ Request sent has timed out for slow reply: [sent {int(crash.timestamp()) - 1}/real {int(crash.timestamp()) - 1}]  {req(host, t, 400 if host != 'mds01' else 6, ost + '_UUID', LU_NID['oss02'])}",
            )
            t = K(
                host,
                t + sec(0.1),
                "%s: Connection to %s (at %s) was lost; in progress operations using this service will wait for recovery to complete",
                f"Lustre: {dev}: Connection to {ost} (at {LU_NID['oss02']}) was lost; in progress operations using this service will wait for recovery to complete",
            )
        tt = t + sec(r.uniform(20, 30))
        while tt < failed_over[1] + sec(5):
            for ost in LU_OSTS["oss02"]:
                dev = devfmt.format(ost=ost)
                nid, rc = (LU_NID["oss01"], -19) if r.random() < 0.5 else (LU_NID["oss02"], -110)
                limited(
                    host,
                    tt,
                    "11-0",
                    "11-0: %s: operation %s to node %s failed: rc = %d",
                    f"LustreError: 11-0: {dev}: operation ost_connect to node {nid} failed: rc = {rc}",
                    120,
                )
                tt += sec(r.uniform(0.5, 2))
            tt += sec(r.uniform(20, 30))
    for t in poisson(r, crash + sec(30), failed_over[0], 1.1):
        c = r.choice(list(LU_CLIENTS))
        ost = r.choice(LU_OSTS["oss02"])
        limited(
            "oss01",
            t,
            "137-5",
            "137-5: %s: not available for connect from %s (no target). If you are running an HA pair check that the target is mounted on the other server.",
            f"LustreError: 137-5: {ost}_UUID: not available for connect from {LU_CLIENTS[c]} (no target). If you are running an HA pair check that the target is mounted on the other server.",
            25,
        )

    def mount_recover(host: str, t0: datetime, osts_: list[str], ndisk: int) -> None:
        t = t0
        for i, ost in enumerate(osts_):
            t = K(
                host,
                t + sec(r.uniform(0.5, 2)),
                "mounted filesystem with ordered data mode. Opts: %s",
                f"LDISKFS-fs (dm-{ndisk + i}): mounted filesystem with ordered data mode. Opts: errors=remount-ro,no_mbcache,nodelalloc",
            )
            t = K(
                host,
                t + sec(r.uniform(0.3, 1)),
                "%s: Imperative Recovery not enabled, recovery window %d-%d",
                f"Lustre: {ost}: Imperative Recovery not enabled, recovery window 300-900",
            )
            t = K(
                host,
                t + sec(r.uniform(0.5, 3)),
                "%s: Will be in recovery for at least %u:%02u, or until %d clients reconnect",
                f"Lustre: {ost}: Will be in recovery for at least 5:00, or until {len(LU_CLIENTS) + 1} clients reconnect",
            )
        for ost in osts_:
            for tt in spread(r, t + sec(20), t + sec(75), r.randint(1, 3)):
                c = r.choice(list(LU_CLIENTS))
                K(
                    host,
                    tt,
                    "%s: Denying connection for new client %s (at %s), waiting for %d known clients (%d recovered, %d in progress, and %d evicted) to recover in %d:%.02d",
                    f"Lustre: {ost}: Denying connection for new client {uuid4(r)} (at {LU_CLIENTS[c]}), waiting for {len(LU_CLIENTS) + 1} known clients ({r.randint(40, 60)} recovered, {r.randint(1, 4)} in progress, and 0 evicted) to recover in {r.randint(3, 4)}:{r.randint(0, 59):02d}",
                )
        for ost in osts_:
            took = r.randint(60, 170)
            te = t + sec(took)
            ev = r.choice([0, 0, 1])
            K(
                host,
                te,
                "%s: Recovery over after %lld:%02lld, of %d clients %d recovered and %d was evicted."
                if ev == 1
                else "%s: Recovery over after %lld:%02lld, of %d clients %d recovered and %d were evicted.",
                f"Lustre: {ost}: Recovery over after {took // 60}:{took % 60:02d}, of {len(LU_CLIENTS) + 1} clients {len(LU_CLIENTS) + 1 - ev} recovered and {ev} {'was' if ev == 1 else 'were'} evicted.",
            )
            K(
                host,
                te + sec(r.uniform(1, 4)),
                "%s: deleting orphan objects from %#llx:%llu to %#llx:%llu",
                f"Lustre: {ost}: deleting orphan objects from 0x0:{r.randint(3_100_000, 3_900_000)} to 0x0:{r.randint(3_900_001, 3_901_000)}",
            )
            for host2, _, devfmt, _ in watchers:
                K(
                    host2,
                    te + sec(r.uniform(0.5, 3)),
                    "%s: Connection restored to %s (at %s)",
                    f"Lustre: {devfmt.format(ost=ost)}: Connection restored to {ost} (at {LU_NID[host]})",
                )

    mount_recover("oss01", failed_over[0], LU_OSTS["oss02"], 8)
    # oss02 back at 11:04; its OSTs failed back at 11:20
    t = K("oss02", back, "Lustre: Build Version: %s", "Lustre: Lustre: Build Version: 2.15.4")
    t = K(
        "oss02",
        t + sec(r.uniform(1, 3)),
        "Added LNI %s [%d/%d/%d/%d]",
        f"LNet: Added LNI {LU_NID['oss02']} [8/256/0/180]",
    )
    t = failback[0]
    for ost in LU_OSTS["oss02"]:
        t = K("oss01", t + sec(r.uniform(0.5, 2)), "Failing over %s", f"Lustre: Failing over {ost}")
        for _ in range(r.randint(2, 5)):
            c = r.choice(list(LU_CLIENTS))
            limited(
                "oss01",
                t + sec(r.uniform(0.1, 4)),
                "stopping",
                "%s: Not available for connect from %s (stopping)",
                f"Lustre: {ost}: Not available for connect from {LU_CLIENTS[c]} (stopping)",
                10,
            )
        t = K(
            "oss01",
            t + sec(r.uniform(4, 9)),
            "server umount %s complete",
            f"Lustre: server umount {ost} complete",
        )
    for host2, _, devfmt, _ in watchers:
        tt = failback[0] + sec(r.uniform(3, 8))
        for ost in LU_OSTS["oss02"]:
            tt = K(
                host2,
                tt + sec(r.uniform(0.5, 3)),
                "%s: Connection to %s (at %s) was lost; in progress operations using this service will wait for recovery to complete",
                f"Lustre: {devfmt.format(ost=ost)}: Connection to {ost} (at {LU_NID['oss01']}) was lost; in progress operations using this service will wait for recovery to complete",
            )
    mount_recover("oss02", failback[1], LU_OSTS["oss02"], 4)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ storagenode

SN_SATS = {
    "us1": "12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S",
    "eu1": "12L9ZFwhzVpuEKMUNUqkaTLGzwY9G24tbiigLiXpmZWKwmcNDDs",
    "ap1": "121RTSDpyNZVcEU84Ticf2L1ntiuUimbWgfATz21tuvgk3vzoA6",
    "saltlake": "1wFTAgs9DP5RSnCqKV1eLf6N9wtk4EAtmN5DpSxcs8EjT69tGE",
}
SN_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
SN_EDGES = [
    "79.127.205.{}",
    "79.127.213.{}",
    "79.127.219.{}",
    "5.161.{}.{}",
    "109.61.92.{}",
    "49.12.{}.{}",
    "172.58.{}.{}",
]


def sn_piece(r: random.Random) -> str:
    return "".join(r.choice(SN_B32) for _ in range(52))


def sn_addr(r: random.Random) -> str:
    pat = r.choice(SN_EDGES)
    nums = [r.randint(2, 254) for _ in range(pat.count("{}"))]
    return pat.format(*nums) + f":{r.randint(30000, 64000)}"


def sn_fields(fields: list[tuple[str, object]]) -> str:
    parts = []
    for k, v in fields:
        val = f'"{v}"' if isinstance(v, str) else str(v)
        parts.append(f'"{k}": {val}')
    return "{" + ", ".join(parts) + "}"


def storagenode(r: random.Random) -> list[Log]:
    """Two Storj storage nodes' containers on one NAS (see the module docstring)."""
    fs = Files()
    node_id = {
        "storagenode1": "12kRZ7yDGxHTq3vM2GcR4PpYwZ5QhFXvAD9sLgN6bEu8kTf1mWq",
        "storagenode2": "1Qx8vHbG2kMdZfR7tN4pYs9LcW3eJuA6hK5nVgT2rXyEoBiF8dP",
    }
    version = {"storagenode1": "v1.104.5", "storagenode2": "v1.104.5"}
    run = {"storagenode1": 1, "storagenode2": 1}
    isp_down = (at(8, 20, 10), at(8, 34, 40))
    # storagenode-updater checks every 15 minutes; node1's first check after 10:40 updates it
    checks = {}
    for f in ("storagenode1", "storagenode2"):
        t, checks[f] = T0 + sec(r.uniform(60, 840)), []
        while t < T_END:
            checks[f].append(t)
            t += sec(900 + r.uniform(0, 2))
    update = next(t for t in checks["storagenode1"] if t >= at(10, 40))
    restart = (update + sec(7.6), update + sec(16.2))

    def Z(
        f: str,
        t: datetime,
        proc: object,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
        process: str = "storagenode",
    ) -> datetime:
        body = sn_fields([("Process", process), *fields])
        head = f"{lvl}\t{logger}\t" if logger else f"{lvl}\t"
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}Z\t{head}{msg}\t{body}"],
            proc,
            SEC,
        )

    def N(
        f: str,
        t: datetime,
        lvl: str,
        logger: str,
        label: str,
        fields: list[tuple[str, object]],
        msg: str | None = None,
    ) -> datetime:
        return Z(
            f, t, (f, "node", run[f]), lvl, logger, label, msg if msg is not None else label, fields
        )

    def U(f: str, t: datetime, label: str, fields: list[tuple[str, object]]) -> datetime:
        return Z(f, t, (f, "updater"), "INFO", "", label, label, fields, "storagenode-updater")

    def sup(f: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} INFO {msg}"],
            (f, "supervisord"),
            MS,
        )

    def node_up(f: str, t: datetime) -> bool:
        if in_any(t, [isp_down]):
            return False
        return not (f == "storagenode1" and restart[0] - sec(20) <= t < restart[1] + sec(25))

    sat_w = [("us1", 0.52), ("eu1", 0.25), ("ap1", 0.1), ("saltlake", 0.13)]

    def sat() -> str:
        return SN_SATS[r.choices([s for s, _ in sat_w], [w for _, w in sat_w])[0]]

    # piece transfers: node1 has room and takes uploads, node2 is full and only serves downloads
    free = {"storagenode1": 2_913_443_201_536, "storagenode2": 3_221_225}
    for f, mean_up, mean_down in [("storagenode1", 55.0, 46.0), ("storagenode2", None, 70.0)]:
        if mean_up:
            for t in poisson(r, T0, T_END, mean_up):
                if not node_up(f, t):
                    continue
                pid, sid, addr = sn_piece(r), sat(), sn_addr(r)
                action = "PUT" if r.random() < 0.93 else "PUT_REPAIR"
                base = [
                    ("Piece ID", pid),
                    ("Satellite ID", sid),
                    ("Action", action),
                    ("Remote Address", addr),
                ]
                t = N(
                    f,
                    t,
                    "INFO",
                    "piecestore",
                    "upload started",
                    [*base, ("Available Space", free[f])],
                )
                size = r.choice(
                    [
                        181504,
                        2319360,
                        2319360,
                        2319360,
                        1048832,
                        36352,
                        768,
                        r.randint(512, 2319360),
                    ]
                )
                t2 = t + sec(r.uniform(0.4, 4.5))
                if r.random() < 0.2 or in_any(t2, [isp_down]) or not node_up(f, t2):
                    N(
                        f,
                        t2,
                        "INFO",
                        "piecestore",
                        "upload canceled (race lost or node shutdown)",
                        [*base, ("Size", r.choice([0, 262144, 1310720]))],
                    )
                else:
                    free[f] -= size
                    N(f, t2, "INFO", "piecestore", "uploaded", [*base, ("Size", size)])
        for t in poisson(r, T0, T_END, mean_down):
            if not node_up(f, t):
                continue
            pid, sid, addr = sn_piece(r), sat(), sn_addr(r)
            action = r.choices(["GET", "GET_AUDIT", "GET_REPAIR"], [0.9, 0.04, 0.06])[0]
            size = 2319360 if action != "GET_AUDIT" else 256
            off = 0 if action != "GET_AUDIT" else r.randrange(0, 2319360, 256)
            if action == "GET" and r.random() < 0.35:
                size = r.choice([8448, 36352, 181504, 1048576, 2174464])
            base = [
                ("Piece ID", pid),
                ("Satellite ID", sid),
                ("Action", action),
                ("Offset", off),
                ("Size", size),
                ("Remote Address", addr),
            ]
            t = N(f, t, "INFO", "piecestore", "download started", base)
            t2 = t + sec(r.uniform(0.2, 3.5))
            if (r.random() < 0.12 and action == "GET") or not node_up(f, t2):
                N(
                    f,
                    t2,
                    "INFO",
                    "piecestore",
                    "download canceled",
                    [*base, ("error", "context canceled")],
                )
            else:
                N(f, t2, "INFO", "piecestore", "downloaded", base)

    # each node's orders, sent hourly to every satellite
    for f in ("storagenode1", "storagenode2"):
        off = r.uniform(0, 3600)
        for h in range(6, 12):
            t = at(h, 0, off)
            if in_any(t, [isp_down]):
                t = isp_down[1] + sec(30)
            for name, sid in SN_SATS.items():
                t = N(
                    f,
                    t + sec(r.uniform(0.05, 0.8)),
                    "INFO",
                    f"orders.{sid}",
                    "sending",
                    [
                        (
                            "count",
                            r.randint(20, 900) if name in ("us1", "eu1") else r.randint(1, 120),
                        )
                    ],
                )
            for sid in SN_SATS.values():
                t = N(f, t + sec(r.uniform(0.4, 2.5)), "INFO", f"orders.{sid}", "finished", [])

    # the ISP's outage 08:20-08:34: check-ins fail and back off
    for f in ("storagenode1", "storagenode2"):
        for name, sid in SN_SATS.items():
            t = isp_down[0] + sec(r.uniform(20, 400))
            attempt = 1
            host = {
                "us1": "us1.storj.io",
                "eu1": "eu1.storj.io",
                "ap1": "ap1.storj.io",
                "saltlake": "saltlake.tardigrade.io",
            }[name]
            while t < isp_down[1]:
                err = f"ping satellite: rpc: tcp connector failed: rpc: dial tcp: lookup {host} on 192.168.1.1:53: read udp 172.17.0.3:{r.randint(32768, 60999)}->192.168.1.1:53: i/o timeout"
                N(
                    f,
                    t,
                    "ERROR",
                    "contact:service",
                    "ping satellite failed ",
                    [
                        ("Satellite ID", sid),
                        ("attempts", attempt),
                        ("error", err),
                        (
                            "errorVerbose",
                            err
                            + "\\n\\tstorj.io/common/rpc/rpcpool.(*Pool).Get:108\\n\\tstorj.io/common/rpc.Dialer.dialPool:202\\n\\tstorj.io/storj/storagenode/contact.(*Service).pingSatelliteOnce:209",
                        ),
                    ],
                )
                t += sec(min(2**attempt, 300) + r.uniform(0, 1))
                attempt += 1

    # a bloom filter from us1 (node1) and eu1 (node2): the lazy garbage-collection walker
    for f, name, t0, took in [
        ("storagenode1", "us1", at(9, 8, 41), 2460),
        ("storagenode2", "eu1", at(10, 2, 13), 1480),
    ]:
        sid = SN_SATS[name]
        fw = [("satelliteID", sid)]
        t = N(f, t0, "INFO", "lazyfilewalker.gc-filewalker", "starting subprocess", fw)
        t = N(f, t + sec(0.02), "INFO", "lazyfilewalker.gc-filewalker", "subprocess started", fw)
        t = N(
            f,
            t + sec(0.6),
            "INFO",
            "lazyfilewalker.gc-filewalker.subprocess",
            "Database started",
            [*fw, ("Process", "storagenode")],
        )
        created = "2024-06-03T17:59:58Z"
        t = N(
            f,
            t + sec(0.02),
            "INFO",
            "lazyfilewalker.gc-filewalker.subprocess",
            "gc-filewalker started",
            [
                *fw,
                ("Process", "storagenode"),
                ("createdBefore", created),
                ("bloomFilterSize", r.randint(1_800_000, 2_700_000)),
            ],
        )
        pieces = r.randint(2_400_000, 4_100_000)
        trashed = r.randint(20_000, 90_000)
        t = N(
            f,
            t + sec(took),
            "INFO",
            "lazyfilewalker.gc-filewalker.subprocess",
            "gc-filewalker completed",
            [
                *fw,
                ("Process", "storagenode"),
                ("piecesCount", pieces),
                ("trashPiecesCount", trashed),
                ("piecesTrashed", trashed),
                ("piecesSkippedCount", 0),
            ],
        )
        N(
            f,
            t + sec(0.3),
            "INFO",
            "lazyfilewalker.gc-filewalker",
            "subprocess finished successfully",
            fw,
        )

    # the trash chore: node2's daily run at 06:47, node1's at its start after the update
    def trash(f: str, t: datetime) -> datetime:
        for sid in SN_SATS.values():
            t = N(
                f,
                t + sec(r.uniform(0.01, 0.2)),
                "INFO",
                "pieces:trash",
                "emptying trash started",
                [("Satellite ID", sid)],
            )
            t = N(
                f,
                t + sec(r.uniform(0.3, 40)),
                "INFO",
                "pieces:trash",
                "emptying trash finished",
                [("Satellite ID", sid), ("elapsed", go_dur(r.uniform(0.3, 40)))],
            )
        return t

    trash("storagenode2", at(6, 47, 3))

    # storagenode-updater's check every 15 minutes; at 10:40 it updates node1 to v1.105.4
    for f in ("storagenode1", "storagenode2"):
        for t in checks[f]:
            t1 = U(f, t, "Downloading versions.", [("Server Address", "https://version.storj.io")])
            t1 = U(
                f,
                t1 + sec(0.4),
                "Current binary version",
                [("Service", "storagenode"), ("Version", version[f])],
            )
            if f == "storagenode1" and t == update:
                t1 = U(f, t1 + sec(6.2), "Restarting service.", [("Service", "storagenode")])
                version[f] = "v1.105.4"
                U(
                    f,
                    restart[1] + sec(1),
                    "Service restarted successfully.",
                    [("Service", "storagenode")],
                )
                t1 = restart[1] + sec(1)
            elif t < at(10, 0) or (f == "storagenode1" and t > update):
                t1 = U(f, t1 + sec(0.01), "Version is up to date", [("Service", "storagenode")])
            else:
                t1 = U(
                    f,
                    t1 + sec(0.01),
                    "New version is being rolled out but hasn't made it to this node yet",
                    [("Service", "storagenode")],
                )
            t1 = U(
                f,
                t1 + sec(0.3),
                "Current binary version",
                [("Service", "storagenode-updater"), ("Version", "v1.104.5")],
            )
            U(f, t1 + sec(0.01), "Version is up to date", [("Service", "storagenode-updater")])
    f = "storagenode1"
    sup(f, restart[0], "exited: %s (%s; expected)", "exited: storagenode (exit status 0; expected)")
    sup(
        f,
        restart[0] + sec(1.2),
        "spawned: '%s' with pid %d",
        "spawned: 'storagenode' with pid 2841",
    )
    run[f] = 2
    t = N(
        f,
        restart[0] + sec(2),
        "INFO",
        "",
        "Configuration loaded",
        [("Location", "/app/config/config.yaml")],
    )
    t = N(f, t + sec(0.01), "INFO", "", "Operator email", [("Address", "storj@nas-01.example.net")])
    t = N(
        f,
        t + sec(0.01),
        "INFO",
        "",
        "Operator wallet",
        [("Address", "0x3Fe2a7C0dB61c9a1A0E5e5D1F9c2b4dC6E0a9B71")],
    )
    t = N(f, t + sec(0.1), "INFO", "db.migration", "Database Version", [("version", 57)])
    t = N(
        f,
        t + sec(0.5),
        "INFO",
        "preflight:localtime",
        "start checking local system clock with trusted satellites' system clock.",
        [],
    )
    t = N(
        f,
        t + sec(0.8),
        "INFO",
        "preflight:localtime",
        "local system clock is in sync with trusted satellites' system clock.",
        [],
    )
    t = N(f, t + sec(0.01), "INFO", "", "Node %s started", [], f"Node {node_id[f]} started")
    t = N(
        f,
        t + sec(0.01),
        "INFO",
        "",
        "Public server started on %s",
        [],
        "Public server started on [::]:28967",
    )
    t = N(
        f,
        t + sec(0.01),
        "INFO",
        "",
        "Private server started on %s",
        [],
        "Private server started on 127.0.0.1:7778",
    )
    after = r.uniform(14400, 32000)
    t = N(
        f,
        t + sec(0.2),
        "INFO",
        "trust",
        "Scheduling next refresh",
        [("after", f"{int(after // 3600)}h{go_dur(after % 3600)}")],
    )
    trash(f, t + sec(0.5))
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "juicefs": juicefs,
    "linstor": linstor,
    "cubefs": cubefs,
    "lustre": lustre,
    "storagenode": storagenode,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
