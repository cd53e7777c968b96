#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 257 (dcache, xrootd, rucio, cvmfs, irods) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five data-management systems of one grid site and
its experiments, 06:00 to 12:00 on 2024-06-07.

- dCache 9.2 (`head01-dCacheDomain.log`, `door01-webdavDomain.log`, `pool01-pool01Domain.log`:
  logback's domain files in /var/log/dcache, `07 Jun 2024 06:00:01 (cell) [NDC] message`;
  `pool02-messages.log`: the pool node's rsyslog file, where the journal holds the same line
  after `Jun  7 06:00:01 pool02 dcache@pool02Domain[3121]: ` and every line of a stack trace is
  an entry of its own, its tab gone). The WebDAV door's failed requests (`Internal server error:
  org.dcache.webdav.WebDavException: ...`: `Request to [%s] timed out.` while pool01_b is
  disabled, `Problem with transferred data: No route to host (Host unreachable)` while pool02's
  uplink flaps 07:10-07:40, `No write pools online for [%s]` after `Maximum number of attempts
  (%d) is reached` while the operator has pool02's pools read-only 11:30-11:46); checksum
  mismatches after uploads (`Transfer failed in post-processing: Checksum mismatch
  (expected=%s, actual=%s)`); pool01_b's disk failing at 08:14 (`Transfer failed in
  post-processing due to disk error: ...`, `Fault occurred in repository: ... Pool disabled: `
  with its stack, `Pool mode changed to ...`), PoolManager's `Pool %s changed from mode %s to
  %s.`, the domain restarted at 09:40 (the dcache script's `Launching %s` line, `Awaiting
  initialization`, `Loading...`, `Reading inventory from %s.`, `Pool mode changed to enabled`);
  a ZooKeeper restart at 10:20 (Curator's `State change: %s` in every domain); HTTP-TPC pulls
  crashing pool02's RemoteTransferManager command 10:45-11:20 (`Command failed due to a bug,
  please contact support@dcache.org.` with a CommandPanicException stack); the door restarted at
  11:05 (`Adding %s` from NIC auto-discovery).
- XRootD 5.6.9 (`rdr01-xrootd.log`, `rdr01-cmsd.log`, `ds01-xrootd.log`, `ds02-xrootd.log`,
  `ds02-cmsd.log`: XrdSysLogger's `240607 06:00:01 042 XrootdXeq: cmsprd.2817:33@wn112 pvt IPv4
  login as cmsprd`, the thread number after the time, banner lines bare): a redirector and two
  data servers of a CMS Tier-2; every session's `login as %s` (`pvt IPv4` for the batch nodes,
  `pub IP46` for AAA clients) and `disc %s` on the redirector and on its data server, FTS's HTTP
  transfers through XrdHttp (`XrootdBridge: %s login as %s`), `ofs_open: ... Unable to open %s;
  no such file or directory`, `XrdLink: Unable to receive from %s; connection reset by peer`
  (jobs killed, a switch reboot at 07:05); ds02 rebooted at 10:10 (cmsd's `Primary %s logged
  out.` / `logged in.` on the redirector, and the start-up banner of xrootd and cmsd:
  `Starting on Linux %s`, the command line, `Copr.  2004-2012 Stanford University, xrd version
  %s`, `++++++ %s %s initialization started.`, `=====> %s` per directive, `------ %s %s:%d
  initialization completed.`, cmsd's `Primary server %d logged in; data port is %d`, `Status
  changed to active + staging`, `Meter: Found %d filesystem(s); ...`).
- Rucio 34 daemons (`rucio-daemons-conveyor-submitter-6b8f7d9c5-k2x7p.log`,
  `rucio-daemons-conveyor-poller-7d9c6f8b4-tq5zm.log`, `rucio-daemons-reaper-5c7b9d8f6-9wxrl.log`
  (to 10:30), `rucio-daemons-reaper-5c7b9d8f6-bz4nd.log`: `kubectl logs` of the pods, the
  default `%(asctime)s\\t%(name)s\\t%(process)d\\t%(levelname)s\\t%(message)s`, the heartbeat
  prefix `reaper[0/2]: ` before the message): the submitter's `Submit job %s to %s in %s
  seconds` and `Setting state(%s), transfertool(%s), external_host(%s) and eid(%s) for
  transfers: %s`, the poller's `Polling %i transfers against %s with timeout %s`, the reaper's
  `Nb workers on %s smaller than the limit ...`, `Deletion SUCCESS of %s:%s as %s on %s in %.2f
  seconds`, `%i files processed in %s seconds`, `Deletion paused for a while for following
  RSEs: %s`, dark data (`Deletion NOTFOUND ...`), every daemon's `Sleeping for a while :  %s
  seconds`; one site's WebDAV answering 503 07:40-08:05 (`Deletion NOACCESS ... The requested
  service is not available at the moment.` with its `Details:` line, `Too many (%d) NOACCESS
  attempts for %s. RSE will be temporarily excluded.`, `Too many failed attempts for %s in last
  cycle. RSE is temporarily excluded.`); an FTS server down 09:05-09:35 (`Failed to contact FTS
  server: %s`, `Failed to submit a job with error %s`, urllib3's connection errors); the reaper
  redeployed at 10:30 (`Graceful stop requested`, `Graceful stop done`, `Reaper: This instance
  will work on RSEs: %s`).
- CernVM-FS 2.11.3 clients on twelve worker nodes (`wn101-cvmfs.log` ... `wn112-cvmfs.log`:
  CVMFS_SYSLOG_FACILITY=6 kept by rsyslog in its own file, `Jun  7 06:00:01 wn101
  cvmfs2[2841]: (atlas.cern.ch) ...`, one cvmfs2 process per mounted repository): squid01 down
  07:20-08:30 and for its upgrade 11:35-11:50 (`switching proxy from %s to %s (failed proxy)`,
  then `(reset load-balanced proxies)` five minutes on), both squids refusing 07:50-07:54 (`Failed to initialize root
  file catalog (16 - file catalog failure)` for mounts then); RAL's Stratum 1 serving a bad
  whitelist 09:00-09:50 (`whitelist verification failed (%d): invalid whitelist signature`,
  `failed to fetch manifest (%d - bad whitelist), trying another stratum 1`, `switching host
  from %s to %s (manually triggered)`, `(reset host)` half an hour later, `retrieved invalid
  GeoAPI reply from %s [%s]`); a DNS outage 10:40-10:52 (`failed to resolve IP addresses for %s
  (%d - unknown host name)`); squid02 renumbered at 11:00 (`DNS entries for proxy %s changed,
  adjusting`); wn103's and wn108's proxy configuration reloaded at 11:20 (`skipping DIRECT proxy to
  use fallback proxy`, `fallback proxies do not support DIRECT, removing`); autofs unmounting idle repositories and mounting them again
  (`CernVM-FS: unmounted %s (%s)`, `CernVM-FS: linking %s to repository %s`, `geographic order
  of servers retrieved from %s`).
- iRODS 4.3.1 (`icat01-irods.log`, `res01-irods.log`, `res02-irods.log`: the JSON records the
  server sends to syslog, kept by the rsyslog rule of iRODS's documentation, `%msg%\\n`, so each
  line opens with the space after the syslog tag: ` {"log_category":"legacy",...,"log_message":
  "...","request_api_name":"DATA_OBJ_PUT_AN",...,"server_timestamp":"2024-06-07T06:00:01.123Z",
  "server_type":"agent"}`, keys sorted): a lab's instruments uploading to the provider, whose
  policy writes `writeLine: inString = ingest: %s registered on %s by %s\\n` and queues
  replication to res02 (`writeLine: inString = replicate: %s replicated to %s in %s s\\n`); the
  monitoring's TCP check every two minutes on every server (`readAndProcClientMsg: readMsgHeader
  error. status = %d`); res01's nightly checksum job (`writeLine: inString = checksum: %s
  verified on %s (%s)\\n`); res02 rebooted 08:30-09:10 (the provider's `connectToRhost: connect to
  host %s on port %d failed status = %d %s, Connection refused` and `writeLine: inString =
  replicate: %s to %s failed with %s\\n`; res02's own `Agent factory has completed shutdown
  [exit_code=%d].`, `iRODS Server is exiting with state [%s].`, `iRODS Server is done.`,
  `Initializing server ...`, `Setting up UNIX domain socket for agent factory ...`, `Forking
  agent factory ...`, `Connecting to agent factory [agent_factory_pid=%d] ...`, the agent
  factory's `runIrodsAgentFactory: Initializing loggers for agent factory.` and `...signal
  handlers...`).

Label notes. The heads are context: dCache's date, cell and NDC (`[door:...:AAY... PoolAcceptFile
0000...]`) and the journal's head before it; XrdSysLogger's date and thread number and, for a
message written through `Emsg(epname, tident, ...)`, the routine's `XrootdXeq:` / `ofs_open:` /
`Protocol:` prefix and the connection's trace id (`cmsprd.2817:33@wn112`), as a connection's
prefix is (nats-server); Rucio's time, logger name, pid, level and the heartbeat's
`reaper[0/2]: `; syslog's head and CVMFS's `(repository)`, which LogCvmfs adds for the mount;
iRODS's JSON fields but `log_message`. A value that is an error contributes its format (dCache's
WebDavException texts, the post-processing CacheExceptions, urllib3's connection errors, the
ServiceUnavailable text with its gfal/Davix details, rodsLogError's `status = %d %s, %s`); an
errno's text is wording (`no such file or directory`, `Connection refused`); words a call site
picks are wording (XRootD's `pvt IPv4` / `pub IP46`, CVMFS's `(failed proxy)` / `(reset host)`,
dCache's `Awaiting initialization` / `Loading...` / `Requested by operator`). A bare line of a
banner written by its own call is an event of its own, labelled as its format (XRootD's
`Copr.`, `++++++`, `=====>`, `------` lines); the later lines of one write have no row (stack
traces, the `Details:` line of a ServiceUnavailable, every journal entry of pool02's stacks).

Checked against copies of the sources or of real logs (search tool): dCache's `Pool mode changed
to %s: %s`, the start-up sequence and PoolManager's line with its doubled space, `Fault occurred
in %s: %s. %s` and the pool states it sets, `Transfer failed in post-processing: %s` / `... due to
disk error: %s`, the WebDAV door's `Internal server error:` lines, `Maximum number of attempts
(%d) is reached`, the journal layout and the NPE stack of a RemoteTransferManager command;
XRootD's log layout, `login as`, `disc`, the banner and cmsd lines, XrdOfs's `Unable to %s %s; %s`;
Rucio's log format, the reaper's deletion messages, `Polling %i transfers against %s with
timeout %s`, `Failed to contact FTS server: %s`, `Setting state(%s), transfertool(%s), ...`,
`Sleeping for a while :  %s seconds`; CVMFS's `switching proxy ... (reset proxy group)` /
`(reset load-balanced proxies)`, `switching host ... (reset host)`, `failed to resolve IP
addresses for %s (%d - %s)`, `DNS entries for proxy %s changed, adjusting`, `skipping DIRECT
proxy to use fallback proxy`, `geographic order of servers retrieved from %s`, `retrieved
invalid GeoAPI reply from %s [%s]`, and the whitelist / manifest / `(manually triggered)` lines
of a client's syslog; iRODS's JSON keys, `writeLine: inString = %s`, `connectToRhost: connect to
host %s on port %d failed` and the 4.3 server's start-up and shutdown lines.

Least sure (written from the helper's knowledge): dCache's Checksum rendering (`[1:...]`), the
DiskErrorCacheException text and its stack, Curator's `State change:` under `(System) []`, the
`(failed proxy)`-free quiet of a healthy day; XRootD's `pub IP46` / `pvt IPv4` words in 5.6,
`XrdLink: Unable to receive from`, cmsd's `logged out.` on the redirector, the argv line of the
banner; Rucio's `Submit job %s to %s in %s seconds` at INFO, `Failed to submit a job with error
%s` without its traceback, `Graceful stop requested` / `Graceful stop done`, the gfal/Davix
details of the 503; CVMFS's `CernVM-FS: linking %s to repository %s` / `CernVM-FS: unmounted %s
(%s)` in syslog, `(failed proxy)` as 2.11's reason, `Failed to initialize root file catalog (16
- file catalog failure)` in syslog; iRODS's `readAndProcClientMsg: readMsgHeader error. status
= %d` in 4.3, the request fields of an agent that has not read its startup pack, the leading
space rsyslog keeps, and the site's own writeLine texts.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def arrivals(r: random.Random, t0: datetime, t1: datetime, per_min: float) -> list[datetime]:
    """A Poisson process of `per_min` events a minute from t0 to t1."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_min / 60))
        if t >= t1:
            return out
        out.append(t)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ---------------------------------------------------------------------------------- dcache

DC_VERSION = "9.2.19"
DC_CLIENTS = [
    "188.184.28.35",
    "188.184.30.11",
    "131.169.5.22",
    "141.34.200.17",
    "192.108.45.90",
    "129.187.131.40",
    "10.10.2.45",
    "10.10.2.61",
]
DC_LAUNCH = "/usr/bin/java -server -Xmx6g -XX:MaxDirectMemorySize=4g -Dsun.net.inetaddr.ttl=1800 -Dorg.globus.tcp.port.range=20000,25000 -Dorg.dcache.dcap.port=0 -Dorg.dcache.net.tcp.portrange=33115:33145 -Djava.security.krb5.realm= -Djava.security.krb5.kdc= -Djavax.security.auth.useSubjectCredsOnly=false -Djava.security.auth.login.config=/etc/dcache/jgss.conf -Dcontent.types.user.table=/etc/dcache/content-types.properties -Dzookeeper.sasl.client=false -Dcurator-dont-log-connection-problems=true -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/var/log/dcache/{dom}-oom.hprof -XX:+UseCompressedOops -javaagent:/usr/share/dcache/classes/aspectjweaver-1.9.9.1.jar -Djava.awt.headless=true -DwantLog4jSetup=n -Ddcache.home=/usr/share/dcache -Ddcache.paths.defaults=/usr/share/dcache/defaults org.dcache.boot.BootLoader start {dom}"
DC_STRICT = "disabled(fetch,store,stage,p2p-client,p2p-server)"
DC_LOADING = "disabled(store,stage,p2p-client,loading)"
DC_RDONLY = "disabled(store,stage,p2p-client)"
DC_NPE_STACK = [
    "dmg.util.CommandPanicException: (1) Command failed: java.lang.NullPointerException",
    "at org.dcache.util.cli.AnnotatedCommandExecutor.execute(AnnotatedCommandExecutor.java:156)",
    "at dmg.cells.nucleus.CellAdapter.executeCommand(CellAdapter.java:238)",
    "at org.dcache.cells.UniversalSpringCell.executeCommand(UniversalSpringCell.java:195)",
    "at dmg.cells.nucleus.CellAdapter$1.doExecute(CellAdapter.java:104)",
    "at dmg.cells.nucleus.CellAdapter$1.doExecute(CellAdapter.java:97)",
    "at dmg.cells.nucleus.CellAdapter.messageArrived(CellAdapter.java:762)",
]


def dc_pnfsid(r: random.Random) -> str:
    return "0000" + hexid(r, 32).upper()


def dc_sid(r: random.Random) -> str:
    return "AAY" + "".join(r.choice(B64) for _ in range(8))


def dcache(r: random.Random) -> list[Log]:
    """A Tier-2's dCache, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    HEAD, DOOR = "head01-dCacheDomain.log", "door01-webdavDomain.log"
    P1, P2 = "pool01-pool01Domain.log", "pool02-messages.log"
    procs = {HEAD: "head", DOOR: "door", P1: "pool01", P2: "pool02"}
    j_pid = [3121]

    def L(
        f: str,
        t: datetime,
        cell: str,
        ndc: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            line = f"{x:%d %b %Y %H:%M:%S} ({cell}) [{ndc}] {msg}"
            if f != P2:
                return [line] + ["\t" + s if s.startswith("at ") else s for s in stack or []]
            head = f"{syslog_ts(x)} pool02 dcache@pool02Domain[{j_pid[0]}]: "
            return [head + line] + [head + s for s in stack or []]

        return fs.add(f, t, label, text, procs[f], SEC)

    def door_ndc() -> str:
        return f"door:webdav-door01@webdavDomain:{dc_sid(r)}"

    def mode(t: datetime, pool: str, old: str, new: str) -> datetime:
        """PoolManager's record of a pool's mode change (its doubled space after a disabled
        mode with flags, as the real line has it)."""
        gap = "  " if old.startswith("disabled(") and old != "disabled()" else " "
        return L(
            HEAD,
            t + sec(r.uniform(0.05, 0.6)),
            "PoolManager",
            f"{pool} PoolManagerPoolUp",
            "Pool %s changed from mode %s to %s.",
            f"Pool {pool} changed from mode {old}{gap}to {new}.",
        )

    def pool_file(pool: str) -> str:
        return P1 if pool.startswith("pool01") else P2

    # the door's traffic failures
    pool01_down = (at(8, 14, 5), at(9, 41, 40))
    for t in arrivals(r, pool01_down[0] + sec(20), pool01_down[1], 13):
        L(
            DOOR,
            t,
            "webdav-door01",
            door_ndc(),
            "Internal server error: org.dcache.webdav.WebDavException: Request to [%s] timed out.",
            "Internal server error: org.dcache.webdav.WebDavException: Request to [>PoolManager@dCacheDomain] timed out.",
        )
    for t in arrivals(r, at(7, 10), at(7, 40), 10):
        L(
            DOOR,
            t,
            "webdav-door01",
            door_ndc(),
            "Internal server error: org.dcache.webdav.WebDavException: Problem with transferred data: No route to host (Host unreachable)",
            "Internal server error: org.dcache.webdav.WebDavException: Problem with transferred data: No route to host (Host unreachable)",
        )
    rdonly = (at(11, 30, 12), at(11, 46, 3))
    for t in arrivals(r, rdonly[0] + sec(5), rdonly[1], 4):
        ndc = door_ndc()
        t = L(
            DOOR,
            t,
            "webdav-door01",
            ndc,
            "Maximum number of attempts (%d) is reached",
            "Maximum number of attempts (1) is reached",
        )
        net = r.choice(DC_CLIENTS)
        L(
            DOOR,
            t,
            "webdav-door01",
            ndc,
            "Internal server error: org.dcache.webdav.WebDavException: No write pools online for [%s]",
            f"Internal server error: org.dcache.webdav.WebDavException: No write pools online for [net={net},protocol=Http/1,store=atlas:scratchdisk@osm,cache=,linkgroup=]",
        )

    # checksum mismatches after uploads, on any enabled pool
    for t in arrivals(r, T0, T_END, 0.09):
        pool = r.choice(["pool01_a", "pool01_b", "pool02_a", "pool02_b"])
        if pool == "pool01_b" and t >= pool01_down[0]:
            pool = "pool01_a"
        if pool.startswith("pool01") and at(9, 38) <= t < at(9, 42, 30):
            continue
        pnfs = dc_pnfsid(r)
        L(
            pool_file(pool),
            t,
            pool,
            f"{door_ndc()} PoolAcceptFile {pnfs}",
            "Transfer failed in post-processing: Checksum mismatch (expected=%s, actual=%s)",
            f"Transfer failed in post-processing: Checksum mismatch (expected=[1:{hexid(r, 8)}], actual=[1:{hexid(r, 8)}])",
        )

    # pool01_b's disk fails
    t = pool01_down[0]
    pnfs = dc_pnfsid(r)
    path = f"/dcache/pool01_b/data/{pnfs}"
    ndc = f"{door_ndc()} PoolAcceptFile {pnfs}"
    t = L(
        P1,
        t,
        "pool01_b",
        ndc,
        "Transfer failed in post-processing due to disk error: diskCacheV111.util.DiskErrorCacheException: Failed to read %s: Input/output error",
        f"Transfer failed in post-processing due to disk error: diskCacheV111.util.DiskErrorCacheException: Failed to read {path}: Input/output error",
    )
    t = L(
        P1,
        t,
        "pool01_b",
        ndc,
        "Fault occurred in repository: Failed to read %s: Input/output error. Pool disabled: ",
        f"Fault occurred in repository: Failed to read {path}: Input/output error. Pool disabled: ",
        [
            f"diskCacheV111.util.DiskErrorCacheException: Failed to read {path}: Input/output error",
            "at org.dcache.pool.classic.ChecksumModuleV1.verifyChecksum(ChecksumModuleV1.java:412)",
            "at org.dcache.pool.classic.ChecksumModuleV1.enforcePostTransferPolicy(ChecksumModuleV1.java:356)",
            "at org.dcache.pool.classic.DefaultPostTransferService.lambda$execute$0(DefaultPostTransferService.java:121)",
            "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
            "at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
            "at java.base/java.lang.Thread.run(Thread.java:840)",
            "Caused by: java.io.IOException: Input/output error",
            "at java.base/sun.nio.ch.FileDispatcherImpl.pread0(Native Method)",
            "... 6 common frames omitted",
        ],
    )
    t = L(
        P1,
        t,
        "pool01_b",
        "",
        "Pool mode changed to %s: Pool disabled: Failed to read %s: Input/output error",
        f"Pool mode changed to {DC_STRICT}: Pool disabled: Failed to read {path}: Input/output error",
    )
    mode(t, "pool01_b", "enabled", DC_STRICT)

    # pool01Domain restarted with the disk replaced
    procs[P1] = "pool01-restarted"
    t = fs.add(
        P1,
        at(9, 40, 12),
        "Launching %s",
        lambda x: [f"{x:%Y-%m-%d %H:%M:%S} Launching " + DC_LAUNCH.format(dom="pool01Domain")],
        procs[P1],
        SEC,
    )
    for pool in ["pool01_a", "pool01_b"]:
        t0 = t + sec(r.uniform(24, 31))
        t1 = L(
            P1,
            t0,
            pool,
            "",
            "Pool mode changed to %s: Awaiting initialization",
            f"Pool mode changed to {DC_STRICT}: Awaiting initialization",
        )
        mode(t1, pool, "disabled()", DC_STRICT)
        t1 = L(
            P1,
            t1 + sec(0.2),
            pool,
            "",
            "Pool mode changed to %s: Loading...",
            f"Pool mode changed to {DC_LOADING}: Loading...",
        )
        mode(t1, pool, DC_STRICT, DC_LOADING)
        t1 = L(
            P1,
            t1 + sec(0.1),
            pool,
            "",
            "Reading inventory from %s.",
            f"Reading inventory from InotifyMonitoring[org.dcache.pool.repository.checksums.ChecksumReplicaStore@{hexid(r, 8)}].",
        )
        t1 = L(
            P1,
            t1 + sec(r.uniform(35, 80)),
            pool,
            "",
            "Pool mode changed to %s",
            "Pool mode changed to enabled",
        )
        mode(t1, pool, DC_LOADING, "enabled")

    # ZooKeeper's leader restarted: every domain's Curator client
    for f in [HEAD, DOOR, P1, P2]:
        t = at(10, 20, 3) + sec(r.uniform(0, 1.5))
        t = L(f, t, "System", "", "State change: %s", "State change: SUSPENDED")
        L(
            f,
            t + sec(r.uniform(2, 7)),
            "System",
            "",
            "State change: %s",
            "State change: RECONNECTED",
        )

    # pool02's HTTP-TPC pulls crash the RemoteTransferManager command
    for t in arrivals(r, at(10, 45, 10), at(11, 20, 40), 10):
        pool = r.choice(["pool02_a", "pool02_b"])
        L(
            P2,
            t,
            pool,
            f"{door_ndc()} RemoteTransferManager",
            "Command failed due to a bug, please contact support@dcache.org.",
            "Command failed due to a bug, please contact support@dcache.org.",
            DC_NPE_STACK,
        )

    # the door restarted with a longer PoolManager timeout
    procs[DOOR] = "door-restarted"
    t = fs.add(
        DOOR,
        at(11, 5, 31),
        "Launching %s",
        lambda x: [f"{x:%Y-%m-%d %H:%M:%S} Launching " + DC_LAUNCH.format(dom="webdavDomain")],
        procs[DOOR],
        SEC,
    )
    L(
        DOOR,
        t + sec(r.uniform(9, 14)),
        "webdav-door01",
        "admin NIC auto-discovery",
        "Adding %s",
        "Adding [door01.t2.example.org/10.10.1.21, door01.t2.example.org/2001:db8:10:1:0:0:0:21]",
    )

    # pool02's pools read-only while data is moved off them
    for pool, t in [("pool02_a", rdonly[0]), ("pool02_b", rdonly[0] + sec(4))]:
        t = L(
            P2,
            t,
            pool,
            "",
            "Pool mode changed to %s: Requested by operator",
            f"Pool mode changed to {DC_RDONLY}: Requested by operator",
        )
        mode(t, pool, "enabled", DC_RDONLY)
    for pool, t in [("pool02_a", rdonly[1]), ("pool02_b", rdonly[1] + sec(6))]:
        t = L(P2, t, pool, "", "Pool mode changed to %s", "Pool mode changed to enabled")
        mode(t, pool, DC_RDONLY, "enabled")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- xrootd

XR_VERSION = "v5.6.9"
XR_WNS = [f"wn{n}" for n in range(101, 141)]
XR_LOCAL_USERS = [
    ("cmsprd", "cmsprd"),
    ("cmsplt", "cmsplt"),
    ("cms023", "cmsuser"),
    ("cms041", "cmsuser"),
    ("lcgadmin", "cmssgm"),
]
XR_REMOTE = [
    ("cmsprd", "lxplus921.cern.ch", "cmsprd"),
    ("bockjoo", "cms-data.rc.ufl.edu", "cmsuser"),
    ("cmst1", "cmssrv245.fnal.gov", "cmsprd"),
    ("jdoe", "login3.hep.wisc.edu", "cmsuser"),
    ("xrootd", "xcache01.t2.example.net", "cmsprd"),
    ("mmueller", "portal1.physik.rwth-aachen.de", "cmsuser"),
]
XR_FTS = ["fts3-cms.cern.ch", "fts3-pilot.cern.ch", "cmsfts3.fnal.gov"]
XR_DATASETS = [
    "/store/mc/Run3Summer23NanoAODv12/DYto2L-2Jets_MLL-50_TuneCP5_13p6TeV_amcatnloFXFX-pythia8/NANOAODSIM/130X_mcRun3_2023_realistic_v14-v2/2540000",
    "/store/mc/Run3Summer23MiniAODv4/TTto2L2Nu_TuneCP5_13p6TeV_powheg-pythia8/MINIAODSIM/130X_mcRun3_2023_realistic_v14-v2/70000",
    "/store/data/Run2023D/Muon0/MINIAOD/22Sep2023_v2-v1/2820000",
    "/store/data/Run2023C/JetMET1/NANOAOD/22Sep2023_v1-v1/50000",
    "/store/user/jdoe/HNL_signal/2024_05_30/0000",
    "/store/group/phys_higgs/hzz4l/skims/2023/EGamma1",
]
XR_CFG = [
    "xrd.port 1094",
    "all.role server",
    "all.manager rdr01.t2.example.org:3121",
    "all.export /store",
    "all.adminpath /var/spool/xrootd",
    "all.pidpath /run/xrootd",
    "xrd.protocol XrdHttp:1094 libXrdHttp.so",
    "xrd.tls /etc/grid-security/xrd/xrdcert.pem /etc/grid-security/xrd/xrdkey.pem",
    "xrd.tlsca certdir /etc/grid-security/certificates",
]
XR_CFG_PROTO = ["xrootd.chksum adler32", "xrootd.seclib libXrdSec.so", "xrootd.async off"]
XR_CMSD_CFG = [
    "all.role server",
    "all.manager rdr01.t2.example.org:3121",
    "cms.space min 2g 5g",
    "cms.sched cpu 10 io 10 space 80",
    "all.export /store r/w",
]


def xr_file(r: random.Random, ds: str) -> str:
    return f"{r.choice(XR_DATASETS)}/{uuid4(r).upper()}.root"


def xrootd(r: random.Random) -> list[Log]:
    """A CMS Tier-2's XRootD: a redirector and two data servers (see the module docstring)."""
    fs = Files()
    RX, RC, D1, D2, D2C = (
        "rdr01-xrootd.log",
        "rdr01-cmsd.log",
        "ds01-xrootd.log",
        "ds02-xrootd.log",
        "ds02-cmsd.log",
    )
    procs = {RX: "rdr", RC: "rdr-cmsd", D1: "ds01", D2: "ds02", D2C: "ds02-cmsd"}
    fd_next = {RX: 20, D1: 20, D2: 20}

    def L(f: str, t: datetime, label: str, msg: str, tid: str = "") -> datetime:
        tid = tid or f"{r.randint(9, 190):03d}"
        return fs.add(f, t, label, lambda x: [f"{x:%y%m%d %H:%M:%S} {tid} {msg}"], procs[f], SEC)

    def bare(f: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [msg], procs[f], SEC)

    def fd(f: str) -> int:
        fd_next[f] = fd_next[f] + 1 if fd_next[f] < 400 else 20
        return fd_next[f]

    def disc(secs: float) -> str:
        s = int(secs)
        return f"disc {s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"

    def login_label(kind: str) -> str:
        return "pvt IPv4 login as %s" if kind == "local" else "pub IP46 login as %s"

    ds02_down = (at(10, 10, 4), at(10, 12, 31))
    switch_reboot = (at(7, 5, 0), at(7, 5, 40))
    sessions = arrivals(r, T0, T_END, 1.55)
    for t in sessions:
        kind = r.choices(["local", "remote", "fts"], [70, 20, 10])[0]
        ds = (
            D1
            if r.random() < 0.5 or in_any(t, [(ds02_down[0] - sec(30), ds02_down[1] + sec(60))])
            else D2
        )
        if kind == "fts":
            fts = r.choice(XR_FTS)
            tident = f"cmsprd.{r.randint(1000, 65000)}:{fd(ds)}@{fts}"
            t1 = L(ds, t, "login as %s", f"XrootdBridge: {tident} login as cmsprd")
            dur = r.uniform(4, 240)
            if ds == D2 and t1 < ds02_down[0] < t1 + sec(dur):
                continue
            L(ds, t1 + sec(dur), "disc %s", f"XrootdXeq: {tident} {disc(dur)}")
            continue
        if kind == "local":
            user, acct = r.choice(XR_LOCAL_USERS)
            host, words = r.choice(XR_WNS), "pvt IPv4"
        else:
            user, host, acct = r.choice(XR_REMOTE)
            words = "pub IP46"
        pid = r.randint(1000, 4_000_000)
        rid = f"{user}.{pid}:{fd(RX)}@{host}"
        t1 = L(RX, t, login_label(kind), f"XrootdXeq: {rid} {words} login as {acct}")
        t1 = L(RX, t1 + sec(r.uniform(0.05, 0.6)), "disc %s", f"XrootdXeq: {rid} disc 0:00:00")
        did = f"{user}.{pid}:{fd(ds)}@{host}"
        t2 = L(
            ds,
            t1 + sec(r.uniform(0.02, 0.4)),
            login_label(kind),
            f"XrootdXeq: {did} {words} login as {acct}",
        )
        dur = r.expovariate(1 / 600) + 2
        end = t2 + sec(dur)
        if ds == D2 and t2 < ds02_down[0] < end:
            continue  # the process is gone with its sessions
        x = r.random()
        if x < 0.025:
            path = xr_file(r, ds)
            t3 = L(
                ds,
                t2 + sec(r.uniform(0.01, 0.3)),
                "Unable to open %s; no such file or directory",
                f"ofs_open: {did} Unable to open {path}; no such file or directory",
            )
            end = t3 + sec(r.uniform(0.01, 0.5))
        elif x < 0.035 or in_any(end, [switch_reboot]):
            if in_any(end, [switch_reboot]):
                end = switch_reboot[0] + sec(r.uniform(0, 30))
            t3 = L(
                ds,
                end,
                "Unable to receive from %s; connection reset by peer",
                f"XrdLink: Unable to receive from {did}; connection reset by peer",
            )
            end = t3 + sec(0.01)
        if end >= T_END:
            continue
        L(ds, end, "disc %s", f"XrootdXeq: {did} {disc((end - t2).total_seconds())}")

    # the redirector's cmsd sees ds02 leave and come back
    pid_old, pid_new = 2231, 1874
    L(
        RC,
        ds02_down[0] + sec(0.8),
        "Primary %s logged out.",
        f"Protocol: Primary server.{pid_old}:20@ds02.t2.example.org:1094 logged out.",
    )

    # ds02 boots: xrootd's and cmsd's banners
    procs[D2], procs[D2C] = "ds02-b", "ds02-cmsd-b"
    kernel = "4.18.0-553.5.1.el8_10.x86_64"
    for f, prog, inst, port in [
        (D2, "xrootd", "clustered", 1094),
        (D2C, "cmsd", "clustered", 3121),
    ]:
        t = ds02_down[1] + sec(r.uniform(0, 0.9))
        t = L(f, t, "Starting on Linux %s", f"Starting on Linux {kernel}", "001")
        t = L(
            f,
            t,
            "%s",
            f"/usr/bin/{prog} -l /var/log/xrootd/{prog}.log -c /etc/xrootd/xrootd-{inst}.cfg -k fifo -s /run/xrootd/{prog}-{inst}.pid -n {inst}",
            "001",
        )
        t = bare(
            f,
            t,
            "Copr.  2004-2012 Stanford University, xrd version %s",
            f"Copr.  2004-2012 Stanford University, xrd version {XR_VERSION}",
        )
        t = bare(
            f,
            t,
            "++++++ %s %s initialization started.",
            f"++++++ {prog} {inst}@ds02.t2.example.org initialization started.",
        )
        t = bare(
            f,
            t,
            "Config using configuration file %s",
            f"Config using configuration file /etc/xrootd/xrootd-{inst}.cfg",
        )
        for d in XR_CFG if prog == "xrootd" else XR_CMSD_CFG[:2]:
            t = bare(f, t, "=====> %s", f"=====> {d}")
        t = bare(
            f,
            t,
            "Config maximum number of connections restricted to %d",
            "Config maximum number of connections restricted to 65536",
        )
        if prog == "xrootd":
            t = bare(
                f,
                t,
                "Copr.  2012 Stanford University, xroot protocol %s version %s",
                f"Copr.  2012 Stanford University, xroot protocol 5.1.0 version {XR_VERSION}",
            )
            t = bare(
                f,
                t,
                "++++++ xroot protocol initialization started.",
                "++++++ xroot protocol initialization started.",
            )
            for d in XR_CFG_PROTO:
                t = bare(f, t, "=====> %s", f"=====> {d}")
            t = bare(
                f,
                t,
                "------ xroot protocol initialization completed.",
                "------ xroot protocol initialization completed.",
            )
        else:
            t = bare(
                f,
                t,
                "Copr.  2007 Stanford University/SLAC cmsd.",
                "Copr.  2007 Stanford University/SLAC cmsd.",
            )
            for d in XR_CMSD_CFG[2:]:
                t = bare(f, t, "=====> %s", f"=====> {d}")
        t = bare(
            f,
            t,
            "------ %s %s:%d initialization completed.",
            f"------ {prog} {inst}@ds02.t2.example.org:{port} initialization completed.",
        )
    t = ds02_down[1] + sec(1.2)
    t = L(
        D2C,
        t,
        "Waiting for primary server to login.",
        "Start: Waiting for primary server to login.",
    )
    t = L(
        D2C,
        t + sec(0.3),
        "Primary server %d logged in; data port is %d",
        "do_Login:: Primary server 1 logged in; data port is 1094",
    )
    t = bare(
        D2C,
        t,
        "Config Connecting to %d manager and %d site.",
        "Config Connecting to 1 manager and 1 site.",
    )
    t = L(
        D2C,
        t,
        "Found %d filesystem(s); %dGB total (%d%% util); %dGB free (%dGB max)",
        "Meter: Found 12 filesystem(s); 167584GB total (81% util); 31840GB free (2734GB max)",
    )
    t = L(D2C, t, "server service enabled.", "Config: server service enabled.")
    t = L(
        D2C,
        t + sec(0.4),
        "Status changed to active + staging",
        "State: Status changed to active + staging",
    )
    t = L(
        D2C,
        t + sec(r.uniform(1, 3)),
        "Now connected to %d root node(s)",
        "ManTree: Now connected to 1 root node(s)",
    )
    t = L(D2C, t, "Logged into %s", "Protocol: Logged into rdr01.t2.example.org")
    L(
        RC,
        t + sec(0.05),
        "Primary %s logged in.",
        f"Protocol: Primary server.{pid_new}:20@ds02.t2.example.org:1094 logged in.",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- rucio

RU_FTS = ["https://fts3-public.cern.ch:8446", "https://fts3-pilot.cern.ch:8446"]
RU_RSES = [
    "FNAL_DCACHE",
    "CERN_PDUNE_EOS",
    "RAL_ECHO",
    "NIKHEF",
    "PRAGUE",
    "MANCHESTER",
    "SURFSARA",
    "QMUL",
]
RU_SCOPES = [
    ("np04_raw", "np04_raw_run{run}_{n:04d}_dl{d}.hdf5"),
    ("pdsp_det_reco", "np04_raw_run{run}_{n:04d}_dl{d}_reco1_{h}.root"),
    ("usertests", "test_file_{h}.dat"),
    ("fardet-hd", "prodgenie_nu_dune10kt_1x2x6_{h}_{n}_gen_g4_detsim_reco.root"),
    ("vd-protodune", "np02vd_raw_run{run}_{n:04d}_df-s02-d0_dw_0.hdf5"),
]
RU_PFN = {
    "FNAL_DCACHE": "davs://fndcadoor.fnal.gov:2880/dune/persistent/staging",
    "CERN_PDUNE_EOS": "davs://eospublic.cern.ch:443/eos/experiment/neutplatform/protodune/dune",
    "RAL_ECHO": "davs://webdav.echo.stfc.ac.uk:1094/dune:prod",
    "NIKHEF": "davs://webdav.grid.surfsara.nl:2880/pnfs/grid.sara.nl/data/dune/disk",
    "PRAGUE": "davs://golias100.farm.particle.cz:443/dpm/farm.particle.cz/home/dune",
    "MANCHESTER": "davs://bohr3226.tier2.hep.manchester.ac.uk:443/dpm/tier2.hep.manchester.ac.uk/home/dune",
    "SURFSARA": "davs://webdav.grid.surfsara.nl:2880/pnfs/grid.sara.nl/data/dune/tape",
    "QMUL": "davs://se03.esc.qmul.ac.uk:443/dune",
}
RU_HOST = {k: v.split("//")[1].split(":")[0] for k, v in RU_PFN.items()}


def ru_did(r: random.Random) -> tuple[str, str]:
    scope, pat = r.choice(RU_SCOPES)
    return scope, pat.format(
        run=r.randint(26000, 29999), n=r.randint(1, 9999), d=r.randint(1, 12), h=hexid(r, 8)
    )


def ru_pfn(r: random.Random, rse: str, scope: str, name: str) -> str:
    return f"{RU_PFN[rse]}/{scope}/{hexid(r, 2)}/{hexid(r, 2)}/{name}"


def rucio(r: random.Random) -> list[Log]:
    """The DUNE-style Rucio instance's transfer and deletion daemons (see the module docstring)."""
    fs = Files()
    SUB = "rucio-daemons-conveyor-submitter-6b8f7d9c5-k2x7p.log"
    POL = "rucio-daemons-conveyor-poller-7d9c6f8b4-tq5zm.log"
    REA1 = "rucio-daemons-reaper-5c7b9d8f6-9wxrl.log"
    REA2 = "rucio-daemons-reaper-5c7b9d8f6-bz4nd.log"
    pids = {SUB: 8, POL: 8, REA1: 9, REA2: 9}

    def L(
        f: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        prefix: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)}\troot\t{pids[f]}\t{level}\t{prefix}{msg}"] + (
                more or []
            )

        return fs.add(f, t, label, text, f, MS)

    fts_down = (at(9, 5, 12), at(9, 35, 40))

    def conn_err(host: str, url: str) -> str:
        return f"HTTPSConnectionPool(host='{host}', port=8446): Max retries exceeded with url: {url} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hexid(r, 10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))"

    def sleeping(f: str, t: datetime, prefix: str, start: datetime, period: float) -> datetime:
        left = period - (t - start).total_seconds()
        if left > 0:
            L(
                f,
                t + sec(0.001),
                "INFO",
                "Sleeping for a while :  %s seconds",
                f"Sleeping for a while :  {left!r} seconds",
                prefix,
            )
            return start + sec(period)
        return t + sec(0.5)

    # submitter: two threads, a cycle every five minutes
    for th in range(2):
        prefix = f"conveyor-submitter[{th}/2]: "
        t = T0 + sec(r.uniform(3, 90))
        while t < T_END:
            start = t
            for _ in range(r.choices([0, 1, 2, 3, 4], [25, 35, 25, 10, 5])[0]):
                fts = RU_FTS[0] if r.random() < 0.7 else RU_FTS[1]
                t += sec(r.uniform(0.4, 3))
                if fts == RU_FTS[1] and in_any(t, [fts_down]):
                    t = L(
                        SUB,
                        t + sec(r.uniform(0.01, 0.05)),
                        "ERROR",
                        "Failed to submit a job with error %s",
                        f"Failed to submit a job with error {conn_err('fts3-pilot.cern.ch', '/jobs')}",
                        prefix,
                    )
                    continue
                dur = r.uniform(0.2, 2.5)
                eid = uuid4(r)
                t = L(
                    SUB,
                    t + sec(dur),
                    "INFO",
                    "Submit job %s to %s in %s seconds",
                    f"Submit job {eid} to {fts} in {dur!r} seconds",
                    prefix,
                )
                reqs = ", ".join(
                    hexid(r, 32)
                    for _ in range(r.choices([1, 2, 3, 5, 8, 12], [40, 20, 15, 10, 10, 5])[0])
                )
                t = L(
                    SUB,
                    t + sec(r.uniform(0.01, 0.2)),
                    "INFO",
                    "Setting state(%s), transfertool(%s), external_host(%s) and eid(%s) for transfers: %s",
                    f"Setting state(SUBMITTED), transfertool(fts3), external_host({fts}) and eid({eid}) for transfers: {reqs}",
                    prefix,
                )
            t = sleeping(SUB, t + sec(r.uniform(0.05, 1.5)), prefix, start, 300)

    # poller: one thread, a cycle every three minutes
    prefix = "conveyor-poller[0/1]: "
    t = T0 + sec(r.uniform(5, 60))
    while t < T_END:
        start = t
        for fts in RU_FTS:
            for _ in range(r.choices([1, 2, 3], [65, 30, 5])[0]):
                n = r.choice([100, 100, 100, r.randint(3, 99)])
                t = L(
                    POL,
                    t + sec(r.uniform(0.2, 1.5)),
                    "INFO",
                    "Polling %i transfers against %s with timeout %s",
                    f"Polling {n} transfers against {fts} with timeout None",
                    prefix,
                )
                if fts == RU_FTS[1] and in_any(t, [fts_down]):
                    L(
                        POL,
                        t + sec(r.uniform(0.01, 0.08)),
                        "ERROR",
                        "Failed to contact FTS server: %s",
                        f"Failed to contact FTS server: {conn_err('fts3-pilot.cern.ch', '/jobs/' + uuid4(r) + '?files=file_state,dest_surl,finish_time,start_time,reason,source_surl,file_metadata,source_se,dest_se')}",
                        prefix,
                    )
                    break
                t += sec(r.uniform(0.5, 6))
        t = sleeping(POL, t, prefix, start, 240)

    # reaper: two threads; redeployed at 10:30
    prague_503 = (at(7, 40, 20), at(8, 5, 10))
    redeploy = at(10, 30, 2)
    for f, t0, t1 in [(REA1, T0, redeploy), (REA2, redeploy + sec(38), T_END)]:
        rses_line = ", ".join(RU_RSES)
        L(
            f,
            t0 + sec(r.uniform(4, 9)),
            "INFO",
            "Reaper: This instance will work on RSEs: %s",
            f"Reaper: This instance will work on RSEs: {rses_line}",
        )
        last_rses = t0
        for th in range(2):
            prefix = f"reaper[{th}/2]: "
            t = t0 + sec(r.uniform(10, 40))
            excluded_until = datetime.min.replace(tzinfo=t.tzinfo)
            while t < t1:
                start = t
                if (t - last_rses).total_seconds() > 600:
                    last_rses = L(
                        f,
                        t,
                        "INFO",
                        "Reaper: This instance will work on RSEs: %s",
                        f"Reaper: This instance will work on RSEs: {rses_line}",
                    )
                    t = last_rses
                work = r.sample(RU_RSES, r.choices([1, 2], [70, 30])[0])
                if in_any(t, [prague_503]) and "PRAGUE" not in work:
                    work.append("PRAGUE")
                paused = [x for x in RU_RSES if x not in work and r.random() < 0.5]
                for rse in work:
                    if rse == "PRAGUE" and t < excluded_until:
                        t = L(
                            f,
                            t + sec(r.uniform(0.01, 0.1)),
                            "WARNING",
                            "Too many failed attempts for %s in last cycle. RSE is temporarily excluded.",
                            "Too many failed attempts for PRAGUE in last cycle. RSE is temporarily excluded.",
                            prefix,
                        )
                        continue
                    host = RU_HOST[rse]
                    t = L(
                        f,
                        t + sec(r.uniform(0.05, 0.4)),
                        "INFO",
                        "Nb workers on %s smaller than the limit (current %i vs max %i). Starting new worker on RSE %s",
                        f"Nb workers on {host} smaller than the limit (current {r.randint(0, 3)} vs max 5). Starting new worker on RSE {rse}",
                        prefix,
                    )
                    n = r.choices([r.randint(1, 4), r.randint(5, 12), 30], [65, 30, 5])[0]
                    if rse == "PRAGUE" and in_any(t, [prague_503]):
                        n = max(n, 12)
                    chunk_start = t
                    noaccess = 0
                    for _ in range(n):
                        scope, name = ru_did(r)
                        pfn = ru_pfn(r, rse, scope, name)
                        if rse == "PRAGUE" and in_any(t, [prague_503]):
                            d = r.uniform(0.2, 1.2)
                            t = L(
                                f,
                                t + sec(d),
                                "WARNING",
                                "Deletion NOACCESS of %s:%s as %s on %s: The requested service is not available at the moment.\\nDetails: Result HTTP %d : Unexpected server error: %d  after %d attempts in %.2f",
                                f"Deletion NOACCESS of {scope}:{name} as {pfn} on {rse}: The requested service is not available at the moment.",
                                prefix,
                                [
                                    f"Details: Result HTTP 503 : Unexpected server error: 503  after 1 attempts in {d:.2f}"
                                ],
                            )
                            noaccess += 1
                            if noaccess >= 10:
                                t = L(
                                    f,
                                    t + sec(0.002),
                                    "INFO",
                                    "Too many (%d) NOACCESS attempts for %s. RSE will be temporarily excluded.",
                                    f"Too many ({noaccess}) NOACCESS attempts for {rse}. RSE will be temporarily excluded.",
                                    prefix,
                                )
                                excluded_until = t + sec(600)
                                break
                            continue
                        d = r.uniform(0.05, 2.2) if rse != "SURFSARA" else r.uniform(1, 6)
                        if r.random() < 0.03:
                            t = L(
                                f,
                                t + sec(d),
                                "WARNING",
                                "Deletion NOTFOUND of %s:%s as %s on %s in %.2f seconds",
                                f"Deletion NOTFOUND of {scope}:{name} as {pfn} on {rse} in {d:.2f} seconds",
                                prefix,
                            )
                        else:
                            t = L(
                                f,
                                t + sec(d),
                                "INFO",
                                "Deletion SUCCESS of %s:%s as %s on %s in %.2f seconds",
                                f"Deletion SUCCESS of {scope}:{name} as {pfn} on {rse} in {d:.2f} seconds",
                                prefix,
                            )
                    t = L(
                        f,
                        t + sec(0.01),
                        "INFO",
                        "%i files processed in %s seconds",
                        f"{n} files processed in {(t - chunk_start).total_seconds() + 0.004!r} seconds",
                        prefix,
                    )
                if paused:
                    t = L(
                        f,
                        t + sec(0.01),
                        "INFO",
                        "Deletion paused for a while for following RSEs: %s",
                        f"Deletion paused for a while for following RSEs: {', '.join(paused)}",
                        prefix,
                    )
                t = sleeping(f, t, prefix, start, 300)
            if f == REA1:
                t = L(
                    f,
                    redeploy + sec(r.uniform(0.1, 1)),
                    "INFO",
                    "Graceful stop requested",
                    "Graceful stop requested",
                    prefix,
                )
                L(
                    f,
                    t + sec(r.uniform(0.2, 3)),
                    "INFO",
                    "Graceful stop done",
                    "Graceful stop done",
                    prefix,
                )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- cvmfs

CV_REPOS = [
    # repository, downloads a minute, manifest TTL (s), idle-unmounted by autofs
    ("cvmfs-config.cern.ch", 0.2, 900, False),
    ("atlas.cern.ch", 2.5, 240, False),
    ("atlas-condb.cern.ch", 1.2, 240, False),
    ("atlas-nightlies.cern.ch", 0.3, 240, True),
    ("sft.cern.ch", 0.5, 900, True),
    ("unpacked.cern.ch", 0.4, 240, True),
    ("grid.cern.ch", 0.15, 900, True),
]
CV_HOSTS = [
    "cernvmfs.gridpp.rl.ac.uk",
    "cvmfs-stratum-one.cern.ch",
    "cvmfs-s1bnl.opensciencegrid.org",
    "cvmfs-s1fnal.opensciencegrid.org",
]
CV_SQUID = {0: "http://10.10.0.11:3128", 1: "http://10.10.0.12:3128"}
CV_SQUID_NAME = {0: "squid01.t2.example.org", 1: "squid02.t2.example.org"}
CV_SQUID01_DOWN = (at(7, 20, 8), at(8, 30, 40))
CV_SQUID01_UPGRADE = (at(11, 35, 2), at(11, 49, 30))
CV_BOTH_DOWN = (at(7, 50, 2), at(7, 54, 30))
CV_RAL_BAD = (at(9, 0, 30), at(9, 50, 10))
CV_DNS_OUT = (at(10, 38, 5), at(10, 54, 20))
CV_RENUMBER = at(11, 0, 0)
CV_RELOAD = at(11, 20, 14)


def host_url(h: int, repo: str) -> str:
    return f"http://{CV_HOSTS[h]}/cvmfs/{repo}"


def cvmfs(r: random.Random) -> list[Log]:
    """Twelve worker nodes' CernVM-FS clients (see the module docstring)."""
    fs = Files()
    for wn in [f"wn{n}" for n in range(101, 113)]:
        for repo, rate, ttl, idles in CV_REPOS:
            cv_mount(r, fs, wn, repo, rate, ttl, idles)
    return fs.logs(T0)


def cv_mount(
    r: random.Random, fs: Files, wn: str, repo: str, rate: float, ttl: float, idles: bool
) -> None:
    """One repository's cvmfs2 processes on one worker node over the day: downloads, manifest
    refreshes and autofs, and the incidents of the module docstring."""
    f = f"{wn}-cvmfs.log"
    pid = [r.randint(1800, 9000)]

    def L(t: datetime, label: str, msg: str) -> datetime:
        p = pid[0]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {wn} cvmfs2[{p}]: ({repo}) {msg}"],
            (wn, repo, p),
            SEC,
        )

    st = {
        "proxy": r.randint(0, 1),
        "failover": None,
        "host": 0,
        "backup": None,
        "resolved": at(6, 0),
        "renum": False,
        "mounted": True,
    }

    def squid_ok(p: int, t: datetime) -> bool:
        if in_any(t, [CV_BOTH_DOWN]):
            return False
        return not (p == 0 and in_any(t, [CV_SQUID01_DOWN, CV_SQUID01_UPGRADE]))

    def download(t: datetime) -> datetime:
        if st["failover"] is not None and (t - st["failover"]).total_seconds() > 300:
            new = r.randint(0, 1)
            if new != st["proxy"]:
                t = L(
                    t,
                    "switching proxy from %s to %s (reset load-balanced proxies)",
                    f"switching proxy from {CV_SQUID[st['proxy']]} to {CV_SQUID[new]} (reset load-balanced proxies)",
                )
                st["proxy"] = new
            st["failover"] = None
        if st["backup"] is not None and (t - st["backup"]).total_seconds() > 1800:
            t = L(
                t,
                "switching host from %s to %s (reset host)",
                f"switching host from {host_url(st['host'], repo)} to {host_url(0, repo)} (reset host)",
            )
            st["host"], st["backup"] = 0, None
        if in_any(t, [CV_DNS_OUT]) and (t - st["resolved"]).total_seconds() >= 60:
            t = L(
                t,
                "failed to resolve IP addresses for %s (%d - unknown host name)",
                f"failed to resolve IP addresses for {CV_SQUID_NAME[st['proxy']]} (4 - unknown host name)",
            )
            st["resolved"] = t
            return t
        if t >= CV_RENUMBER + sec(r.uniform(0, 40)) and not st["renum"] and st["proxy"] == 1:
            t = L(
                t,
                "DNS entries for proxy %s changed, adjusting",
                "DNS entries for proxy squid02.t2.example.org changed, adjusting",
            )
            st["renum"] = True
        if not squid_ok(st["proxy"], t):
            other = 1 - st["proxy"]
            if squid_ok(other, t):
                t = L(
                    t + sec(r.uniform(2, 9)),
                    "switching proxy from %s to %s (failed proxy)",
                    f"switching proxy from {CV_SQUID[st['proxy']]} to {CV_SQUID[other]} (failed proxy)",
                )
                st["proxy"], st["failover"] = other, t
        return t

    def refresh(t: datetime) -> datetime:
        if st["host"] == 0 and in_any(t, [CV_RAL_BAD]) and squid_ok(st["proxy"], t):
            t = L(
                t,
                "whitelist verification failed (%d): invalid whitelist signature",
                "whitelist verification failed (6): invalid whitelist signature",
            )
            t = L(
                t,
                "failed to fetch manifest (%d - bad whitelist), trying another stratum 1",
                "failed to fetch manifest (8 - bad whitelist), trying another stratum 1",
            )
            t = L(
                t,
                "switching host from %s to %s (manually triggered)",
                f"switching host from {host_url(0, repo)} to {host_url(1, repo)} (manually triggered)",
            )
            st["host"], st["backup"] = 1, t
        return t

    def mount(t: datetime) -> datetime:
        pid[0] = r.randint(9000, 60000)
        st.update(proxy=r.randint(0, 1), failover=None, host=0, backup=None, resolved=t)
        if not any(squid_ok(p, t) for p in (0, 1)):
            L(
                t + sec(r.uniform(20, 40)),
                "Failed to initialize root file catalog (16 - file catalog failure)",
                "Failed to initialize root file catalog (16 - file catalog failure)",
            )
            return t
        t = L(
            t,
            "CernVM-FS: linking %s to repository %s",
            f"CernVM-FS: linking /cvmfs/{repo} to repository {repo}",
        )
        geo = 0
        if in_any(t, [CV_RAL_BAD]):
            t = L(
                t + sec(r.uniform(0.1, 0.6)),
                "retrieved invalid GeoAPI reply from %s [%s]",
                f"retrieved invalid GeoAPI reply from {host_url(0, repo)}/api/v1.0/geo/{CV_SQUID_NAME[st['proxy']]}/{','.join(CV_HOSTS)} []",
            )
            geo = 1
        t = L(
            t + sec(r.uniform(0.1, 0.8)),
            "geographic order of servers retrieved from %s",
            f"geographic order of servers retrieved from {CV_HOSTS[geo]}",
        )
        st["mounted"] = True
        return t

    # the day's events of this mount: downloads, manifest refreshes, autofs
    events = [(t, "dl") for t in arrivals(r, T0, T_END, rate)]
    phase = r.uniform(0, ttl)
    t = T0 + sec(phase)
    while t < T_END:
        events.append((t, "ttl"))
        t += sec(ttl + r.uniform(0, 5))
    if idles:
        for t in arrivals(r, T0 + sec(600), T_END - sec(600), 1 / 50):
            events.append((t, "umount"))
    if wn in ("wn103", "wn108"):
        events.append((CV_RELOAD + sec(r.uniform(0, 3)), "reload"))
    events.sort(key=lambda e: e[0])
    down_until = None
    for t, kind in events:
        if kind == "umount":
            if st["mounted"]:
                L(
                    t,
                    "CernVM-FS: unmounted %s (%s)",
                    f"CernVM-FS: unmounted /cvmfs/{repo} ({repo})",
                )
                st["mounted"] = False
                down_until = t + sec(r.uniform(120, 2400))
            continue
        if not st["mounted"]:
            if down_until is not None and t < down_until:
                continue
            mount(t)
            continue
        if kind == "reload" and wn == "wn103":
            L(
                t,
                "skipping DIRECT proxy to use fallback proxy",
                "skipping DIRECT proxy to use fallback proxy",
            )
        elif kind == "reload":
            L(
                t,
                "fallback proxies do not support DIRECT, removing",
                "fallback proxies do not support DIRECT, removing",
            )
        elif kind == "dl":
            download(t)
        else:
            refresh(t)


# ----------------------------------------------------------------------------------- irods

IR_ZONE = "labZone"
IR_HOSTS = {
    "icat01": "icat01.irods.example.org",
    "res01": "res01.irods.example.org",
    "res02": "res02.irods.example.org",
}
IR_INSTRUMENTS = [
    (
        "svc_cryoem",
        "krios1-pc.lab.example.org",
        "10.20.3.41",
        "/labZone/projects/cryoem/krios1/{d}/FoilHole_{n}_Data_{m}.tiff",
        (200, 900),
    ),
    (
        "svc_seq",
        "novaseq-ctl.lab.example.org",
        "10.20.3.52",
        "/labZone/projects/genomics/runs/240607_A01234_{n:04d}/fastq/S{m}_L00{l}_R1_001.fastq.gz",
        (800, 4000),
    ),
    (
        "svc_lsm",
        "lsm980.lab.example.org",
        "10.20.3.63",
        "/labZone/projects/imaging/lsm980/{d}/sample_{n}/tile_{m}.czi",
        (120, 600),
    ),
    (
        "jkowalski",
        "ws-jkowalski.lab.example.org",
        "10.20.8.14",
        "/labZone/home/jkowalski/analysis/run_{n}/result_{m}.h5",
        (5, 80),
    ),
    (
        "mtanaka",
        "ws-mtanaka.lab.example.org",
        "10.20.8.27",
        "/labZone/home/mtanaka/notebooks/batch_{n}/out_{m}.parquet",
        (2, 60),
    ),
]
IR_MONITOR = "10.20.0.5"


def irods(r: random.Random) -> list[Log]:
    """A lab's iRODS zone: a provider and two resource servers (see the module docstring)."""
    fs = Files()
    files = {h: f"{h}-irods.log" for h in IR_HOSTS}
    agent_pid = {h: r.randint(20000, 40000) for h in IR_HOSTS}
    main_pid = {"icat01": 1402, "res01": 1388, "res02": 1391}
    res02_down = (at(8, 30, 11), at(9, 10, 40))

    def rec(h: str, t: datetime, label: str, fields: dict[str, object], proc: object) -> datetime:
        def text(x: datetime) -> list[str]:
            d = dict(fields)
            d["server_host"] = IR_HOSTS[h]
            d["server_timestamp"] = f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z"
            d.setdefault("log_facility", "local0")
            return [" " + json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(files[h], t, label, text, proc, MS)

    def agent(
        h: str,
        t: datetime,
        label: str,
        msg: str,
        api: tuple[str, int] | None,
        user: str,
        host: str,
        level: str = "info",
    ) -> datetime:
        agent_pid[h] += r.randint(1, 9)
        pid = agent_pid[h]
        d: dict[str, object] = {
            "log_category": "legacy",
            "log_level": level,
            "log_message": msg,
            "request_client_user": user,
            "request_host": host,
            "request_proxy_user": user,
            "request_release_version": "rods4.3.1" if user else "",
            "server_pid": pid,
            "server_type": "agent",
        }
        if api:
            d.update(request_api_name=api[0], request_api_number=api[1], request_api_version="d")
        return rec(h, t, label, d, (h, pid))

    def server(
        h: str, t: datetime, cat: str, label: str, msg: str, pid: int, stype: str = "server"
    ) -> datetime:
        d = {
            "log_category": cat,
            "log_level": "info",
            "log_message": msg,
            "server_pid": pid,
            "server_type": stype,
        }
        return rec(h, t, label, d, (h, "main", pid))

    # the monitoring's TCP check, every minute on every server
    for h in IR_HOSTS:
        t = T0 + sec(r.uniform(0, 60))
        while t < T_END:
            if not (
                h == "res02" and in_any(t, [(res02_down[0] - sec(20), res02_down[1] + sec(30))])
            ):
                agent(
                    h,
                    t + sec(r.uniform(0, 0.4)),
                    "readAndProcClientMsg: readMsgHeader error. status = %d",
                    "readAndProcClientMsg: readMsgHeader error. status = -4000",
                    None,
                    "",
                    IR_MONITOR,
                )
            t += sec(120)

    # instruments' uploads and the replication policy
    for t in arrivals(r, T0, T_END, 2.0):
        user, _client, ip, pat, (lo, hi) = r.choices(IR_INSTRUMENTS, [30, 12, 25, 8, 6])[0]
        path = pat.format(
            d=f"2024060{r.randint(5, 7)}",
            n=r.randint(1, 9999),
            m=r.randint(1, 999),
            l=r.randint(1, 4),
        )
        res = r.choice(["res01_unix", "res01_unix", "res02_unix"])
        t1 = agent(
            "icat01",
            t,
            "writeLine: inString = ingest: %s registered on %s by %s\\n",
            f"writeLine: inString = ingest: {path} registered on {res} by {user}\n",
            ("DATA_OBJ_PUT_AN", 606),
            user,
            ip,
        )
        if not path.startswith("/labZone/projects/"):
            continue
        t2 = t1 + sec(r.uniform(30, 95))
        target = "res02_unix" if res == "res01_unix" else "res01_unix"
        if target == "res02_unix" and in_any(t2, [res02_down]):
            t2 = agent(
                "icat01",
                t2,
                "connectToRhost: connect to host %s on port %d failed status = %d %s, Connection refused",
                f"connectToRhost: connect to host {IR_HOSTS['res02']} on port 1247 failed status = -305111 USER_SOCK_CONNECT_ERR, Connection refused",
                ("EXEC_RULE_EXPRESSION_AN", 1206),
                "rods",
                "10.20.1.10",
            )
            agent(
                "icat01",
                t2 + sec(0.004),
                "writeLine: inString = replicate: %s to %s failed with %s\\n",
                f"writeLine: inString = replicate: {path} to {target} failed with -305111\n",
                ("EXEC_RULE_EXPRESSION_AN", 1206),
                "rods",
                "10.20.1.10",
            )
            continue
        mb = r.randint(lo, hi)
        agent(
            "icat01",
            t2,
            "writeLine: inString = replicate: %s replicated to %s in %s s\\n",
            f"writeLine: inString = replicate: {path} replicated to {target} in {mb / r.uniform(180, 420):.1f} s\n",
            ("EXEC_RULE_EXPRESSION_AN", 1206),
            "rods",
            "10.20.1.10",
        )

    # res01's checksum verification job
    for t in arrivals(r, at(6, 5), at(11, 55), 0.8):
        user, _client, ip, pat, _ = r.choice(IR_INSTRUMENTS[:3])
        path = pat.format(
            d=f"202406{r.randint(1, 6):02d}",
            n=r.randint(1, 9999),
            m=r.randint(1, 999),
            l=r.randint(1, 4),
        )
        agent(
            "res01",
            t,
            "writeLine: inString = checksum: %s verified on %s (%s)\\n",
            f"writeLine: inString = checksum: {path} verified on res01_unix (sha2:{hexid(r, 43)}=)\n",
            ("EXEC_RULE_EXPRESSION_AN", 1206),
            "rods",
            "10.20.1.11",
        )

    # res02 rebooted for a kernel update
    t = res02_down[0]
    af_new, main_new = 1184, 1179
    t = server(
        "res02",
        t + sec(1.2),
        "server",
        "Agent factory has completed shutdown [exit_code=%d].",
        "Agent factory has completed shutdown [exit_code=0].",
        main_pid["res02"],
    )
    t = server(
        "res02",
        t,
        "server",
        "iRODS Server is exiting with state [%s].",
        "iRODS Server is exiting with state [stopped].",
        main_pid["res02"],
    )
    server(
        "res02",
        t + sec(0.3),
        "server",
        "iRODS Server is done.",
        "iRODS Server is done.",
        main_pid["res02"],
    )
    t = res02_down[1]
    t = server("res02", t, "server", "Initializing server ...", "Initializing server ...", main_new)
    t = server(
        "res02",
        t + sec(0.05),
        "server",
        "Setting up UNIX domain socket for agent factory ...",
        "Setting up UNIX domain socket for agent factory ...",
        main_new,
    )
    t = server(
        "res02", t, "server", "Forking agent factory ...", "Forking agent factory ...", main_new
    )
    t2 = server(
        "res02",
        t + sec(0.01),
        "agent_factory",
        "runIrodsAgentFactory: Initializing loggers for agent factory.",
        "runIrodsAgentFactory: Initializing loggers for agent factory.",
        af_new,
        "agent_factory",
    )
    server(
        "res02",
        t2,
        "agent_factory",
        "runIrodsAgentFactory: Initializing signal handlers for agent factory.",
        "runIrodsAgentFactory: Initializing signal handlers for agent factory.",
        af_new,
        "agent_factory",
    )
    server(
        "res02",
        t + sec(0.02),
        "server",
        "Connecting to agent factory [agent_factory_pid=%d] ...",
        f"Connecting to agent factory [agent_factory_pid={af_new}] ...",
        main_new,
    )
    return fs.logs(T0)


SYSTEMS = {
    "dcache": dcache,
    "xrootd": xrootd,
    "rucio": rucio,
    "cvmfs": cvmfs,
    "irods": irods,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
