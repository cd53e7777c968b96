#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 268 (sanlock, csf-lfd, solace, ksqldb, schema-registry)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process, per thread where the program names its thread, and per file).
Five systems of one company's infrastructure, 06:00 to 12:00 on 2024-06-07. Two of the brief's
systems are replaced: Corosync is already in the set (round 19's `pacemaker` is each node's
corosync.log, and round 154 replaced it for that reason), so sanlock, the lease manager of the
same kind of cluster (oVirt's hosts fence themselves through it), takes its place; OPNsense is
already in the set (round 57's `pfsense` holds an OPNsense branch, and round 106 replaced it for
that reason), so ConfigServer Security & Firewall's login failure daemon (lfd), another
open-source firewall's daemon, takes its place.

- sanlock 3.8.4 on five oVirt 4.5 hosts (`ovirt-h01-sanlock.log` .. `ovirt-h05-sanlock.log`:
  /var/log/sanlock.log, `2024-06-07 06:19:48 2962959 [1168]: s4 check_our_lease warning 61
  last_success 2962898`: the wall time in seconds, the monotonic seconds since boot, the thread
  id, then log_level's `s%u ` / `s%u:r%u ` / `r%u ` prefix of the lockspace and resource ids,
  which is context; the file keeps LOG_WARNING and above). Per host five lockspaces (the
  hosted-engine storage domain, the `hosted-engine` lockspace, two iSCSI data domains, an NFS
  domain), VM leases acquired on every migration and start (`resource %.48s:%.48s:%.256s:%llu for
  %d,%d,%d`, the SPM's `SDM` lease once), volume leases for a template refresh's disk copies
  06:05-07:05 while the NFS server stalls (`delta_renew read timeout %u sec offset %llu %s`,
  `renewal error %d delta_length %d last_success %llu`, `check_our_lease warning %d last_success
  %llu` every second from 60 s, `renewed %llu delta_length %d too long`), again 11:30-11:59; h02
  rebooted for patches at 08:00 (`sanlock daemon started %s host %s`, `lockspace
  %.48s:%llu:%.256s:%llu`); a flapping iSCSI path on three hosts 09:05-10:55 where three leases
  fail (`check_our_lease failed %d`, `kill %d sig %d count %d` with the killpath's 100 then 9,
  `dead %d ci %d count %d`, `all pids clear`, the lockspace re-added after an `add_lockspace
  fail result %d`), the HA VMs restarted elsewhere too early (`cmd_acquire %d,%d,%d acquire_token
  %d lease owned by other host`, `cmd_acquire %d,%d,%d invalid lockspace found %d failed %d name
  %.48s`), h03's qemu stuck in D state until its watchdog resets the host at 10:33 (its log
  stops; the daemon starts again at 10:41); the array's controller failover at 11:20 (every
  block lockspace stalls; `cmd_acquire ... lease io error`).
- lfd of csf v14.20 on three cPanel servers (`web1-lfd.log`, `web2-lfd.log`, `mail1-lfd.log`:
  /var/log/lfd.log, `Jun  7 06:00:37 web1 lfd[123456]: ...`, a block's line written by the
  child lfd forks for it). Temporary blocks from the login trackers (`(sshd) Failed SSH login
  from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_SSHD]`, and the same
  for smtpauth, imapd, pop3d, cpanel and ftpd, the app, the text and the trigger each the
  literal regex.pm returns), mod_security's, two custom WordPress triggers (a distributed
  wp-login.php attack on web2 09:30-10:15, xmlrpc.php on web1 07:10-07:40), port scans, a
  connection flood on web1 10:50-11:05 (`(CT) IP %s (%s) found to have %d connections ...`),
  distributed attacks on the mail server's accounts, permanent blocks after four temporary ones
  (`(PERMBLOCK) ...`), every temporary block removed when its hour is up (`Incoming IP %s
  temporary block removed`), admins' SSH logins, users' processes over the memory limit and
  suspicious processes (a miner dropped on web2 10:14-10:52), the integrity check after cPanel's
  nightly update, `csf -ra` on web2 at 09:50 and on mail1 at 11:12 (`daemon started on %s - csf
  v%s (%s)`, one literal line per tracker, `Watching %s...`, the blocklists and their ipsets).
- Solace PubSub+ software broker 10.7, an HA pair (`sol-prod-01-event.log`,
  `sol-prod-02-event.log`: the event log, `2024-06-07T06:02:15.029+00:00 <local3.info>
  sol-prod-01 event: CLIENT: CLIENT_CLIENT_CONNECT: prod <client> <description>`; the facility,
  severity, router, scope, event name, VPN and client name are context, the description the
  label). Ten services' pods (JCSMP, Go and Python APIs: `Client (%u) %s username %s
  WebSessionId (%s) connected to %s from %s version(%s) platform(%s) ...`, binds to durable
  queues, publisher flows, unbinds and disconnects with their final statistics) through rolling
  deploys, billing-consumer crash-looping 07:20-07:55 (`Peer TCP Reset`, a queue's spool over 80%,
  `Max clients exceeded for Queue` binds), dashboards over WebSocket and fifty MQTT gateways on
  cellular links, the monitoring's SEMP session every five minutes on both brokers, the primary's
  host panicking at 09:40 (the backup takes over: mate link down, redundancy and spool state
  changes, every client reconnects), the primary back at 09:53 and activity released back at
  11:05 (`Forced Logout`), fraud-scorer 3.2 deployed without its rotated password 10:15-10:35
  (`connection attempt from %s failed: reason(Unauthorized)`).
- ksqlDB 7.6.1 (Confluent Platform) on two VMs (`ksqldb-1-journal.log`, `ksqldb-2-journal.log`:
  `journalctl -u confluent-ksqldb -o short-iso`, `2024-06-07T06:00:27+0000 ksqldb-1
  ksql-server-start[1612]: [2024-06-07 06:00:27,756] INFO ... (io.confluent.ksql.api.server.
  LoggingHandler:136)`: the journal's time, host and ident, then log4j's `[%d] %p %m (%c:%L)`, one
  journal entry per line of a write). LoggingHandler's access records (the load balancer's health
  check every minute, the monitoring's `/info`, pull queries), an orders producer sending strings
  for numbers 07:40-08:05 (the processing log's JSON records at ERROR), kafka-2 restarted 08:30
  (`Node %d disconnected.`, `Connection to node %d (%s) could not be established. Broker may not
  be available.`, rebalances: `State transition from %s to %s` under `stream-thread [..]` and
  `stream-client [..]`, `(Re-)joining group`, ...), a new query deployed by CI at 09:14
  (`Executing statement: %s`, `Executed statement: %s` on both servers), a window row over
  max.request.size at 10:10 (`Unhandled exception caught in streams thread %s. (%s)` with its
  stack, the processing log's thread error, `Restarting query %s thread %s (attempt #%d)` with a
  doubling back-off) until the query is recreated at 10:38, ksqldb-2 restarted at 11:00 (`Closing
  command store`, the config dumps, `Restoring previous state from %d commands.`, `Restarting %d
  queries.`, `Restore complete`, `ksqlDB API server listening on %s`, the welcome banner printed
  to stdout).
- Confluent Schema Registry 7.6.1, two pods (`schema-registry-0.log`, `schema-registry-1.log`:
  the log shipper's file per pod, both containers of a pod in one; the image's `[%d] %p %m
  (%c)`). Jetty's access records (`io.confluent.rest-utils.requests`: Control Center's `GET
  /subjects` and `/config` every minute, clients' schema fetches and lookups), registrations
  (`Registering new schema: subject %s, version %s, id %s, type %s, schema size %d`, `Wait to
  catch up until the offset at %d`, `Reached offset at %d`), a payments schema rejected as
  incompatible by CI 09:05-09:40 (409s), kafka-2 restarted 08:30, the leader's node drained at
  10:20 (jetty and the store reader stop, the follower wins the election: `Finished rebalance with
  leader election result: %s`, registrations forwarded meanwhile fail: `Request Failed with
  exception ` with RestServerErrorException's 50003 stack), the pod back (`SchemaRegistryConfig
  values: `, `Initializing KafkaStore with broker endpoints: %s`, jetty's start lines, `Server
  started, listening for requests...`), a test version deleted at 11:15.

Label notes. Heads are context: sanlock's monotonic seconds, thread id and id prefix, lfd's
syslog-like head, Solace's head up to the client name, the journal's head and log4j's date, level
and logger, Kafka's LogContext prefixes (`stream-thread [%s] `, `[Consumer clientId=%s,
groupId=%s] `, `[Producer clientId=%s] `, `[Schema registry clientId=%s, groupId=%s] `) and
ShutdownableThread's `[%s]: `. Access records are labelled by method, route and status (round
54's rule; a Schema Registry subject and a query's values are variables, as Kafka Connect's
connector name is in `kafka-connect`). A literal a call site passes is wording (lfd's app, text
and trigger from regex.pm; the tracker lines), a value computed at run time is a variable
(reasons, states, SQL statements, a schema's type). The processing log's records are labelled
with their JSON, the cause messages' formats inside. The later lines of a write have no row
(stacks, config dumps, the banner: its first, empty entry starts the event).

Checked against copies of the sources: sanlock's check_our_lease, renewal error, renewed too
long, add_lockspace fail, lockspace, dead, all pids clear and cmd_acquire lines (lockspace.c,
main.c, cmd.c), and a real 2019 sanlock.log excerpt for the layout and `kill %d sig %d count
%d`; ksqlDB's LoggingHandler format, CommandRunner's lines, `Unhandled exception caught in
streams thread %s. (%s)`, `Restarting query %s thread %s (attempt #%d)` and a processing log
record; Schema Registry's `Registering new schema: ...`, `Deleting schema version %s from
subject %s`, the forwarding error text, the request line and KafkaStore's offset lines; lfd's
block, PERMBLOCK, CT and DISTATTACK lines against published excerpts. Least sure: sanlock's
`sanlock daemon started %s host %s`, `delta_renew read timeout`, the `r%u` prefix of a token
without a lockspace and whether 3.8 writes the main loop's kill lines once a second; lfd's
unblock line, `*SSH login*`, `*User Processing*`, `*Suspicious Process*`, `*System Integrity*`,
the startup tracker lines and the ipset and blocklist lines; every Solace description but the
connect and disconnect fields (the SEMP session, spool, redundancy, mate link, VPN state, bind,
unbind, flow and connect-fail texts are written from memory); ksqlDB's line numbers, the banner
and the deserialization record's fields; Schema Registry's start-up, coordinator and shutdown
lines and `Request Failed with exception `.
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def poisson_times(r: random.Random, t0: datetime, t1: datetime, per_hour: float) -> list[datetime]:
    """Instants of a Poisson process of `per_hour` events an hour from t0 to t1."""
    out, t = [], t0
    while per_hour > 0:
        t += sec(r.expovariate(per_hour / 3600.0))
        if t >= t1:
            return out
        out.append(t)
    return out


def syslog_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def log4j_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


# ---------------------------------------------------------------------------------- sanlock

SL_VERSION = "3.8.4"
SL_HOSTS = ["ovirt-h01", "ovirt-h02", "ovirt-h03", "ovirt-h04", "ovirt-h05"]
# storage domain, kind; the order is the order vdsm adds the lockspaces after a boot
SL_SDS = [
    ("hosted_storage", "block"),
    ("data-iscsi1", "block"),
    ("data-iscsi2", "block"),
    ("data-nfs", "nfs"),
]
SL_NFS = "/rhev/data-center/mnt/nfs01.dc1.corp.example:_export_data"
SL_VMS = [
    "erp-app01",
    "erp-app02",
    "erp-db01",
    "erp-db02",
    "crm-web01",
    "crm-web02",
    "crm-db01",
    "mail-gw01",
    "mail-gw02",
    "dc01",
    "dc02",
    "file01",
    "file02",
    "print01",
    "gitlab01",
    "jenkins01",
    "nexus01",
    "mon01",
    "mon02",
    "log01",
    "log02",
    "vpn01",
    "proxy01",
    "proxy02",
    "hr-app01",
    "bi-app01",
    "bi-db01",
    "dwh01",
    "sftp01",
    "ldap01",
    "ldap02",
    "backup-proxy01",
    "ts01",
    "ts02",
    "ts03",
    "wsus01",
    "av01",
    "pbx01",
    "docs01",
    "wiki01",
    "ci-runner01",
    "ci-runner02",
    "ci-runner03",
    "kafka-vm01",
    "kafka-vm02",
]
SL_READ_TIMEOUT = "delta_renew read timeout %u sec offset %llu %s"
SL_RENEW_ERR = "renewal error %d delta_length %d last_success %llu"
SL_TOO_LONG = "renewed %llu delta_length %d too long"
SL_WARN = "check_our_lease warning %d last_success %llu"
SL_FAILED = "check_our_lease failed %d"
SL_KILL = "kill %d sig %d count %d"
SL_DEAD = "dead %d ci %d count %d"
SL_CLEAR = "all pids clear"
SL_LOCKSPACE = "lockspace %.48s:%llu:%.256s:%llu"
SL_RESOURCE = "resource %.48s:%.48s:%.256s:%llu for %d,%d,%d"
SL_ADD_FAIL = "add_lockspace fail result %d"
SL_OWNED = "cmd_acquire %d,%d,%d acquire_token %d lease owned by other host"
SL_IOERR = "cmd_acquire %d,%d,%d acquire_token %d lease io error"
SL_INVALID = "cmd_acquire %d,%d,%d invalid lockspace found %d failed %d name %.48s"
SL_STARTED = "sanlock daemon started %s host %s"


def sanlock(r: random.Random) -> list[Log]:
    """Five oVirt hosts' /var/log/sanlock.log, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sd_uuid = {name: uuid4(r) for name, _ in SL_SDS}
    he_img, he_vol = uuid4(r), uuid4(r)
    kind = dict(SL_SDS)

    def ids_path(ls: str) -> str:
        if ls == "hosted-engine":
            return f"/run/vdsm/storage/{sd_uuid['hosted_storage']}/{he_img}/{he_vol}"
        if kind[ls] == "nfs":
            return f"{SL_NFS}/{sd_uuid[ls]}/dom_md/ids"
        return f"/dev/{sd_uuid[ls]}/ids"

    def lease_path(sd: str, what: str) -> str:
        if kind[sd] == "nfs":
            return f"{SL_NFS}/{sd_uuid[sd]}/dom_md/{what}"
        return f"/dev/{sd_uuid[sd]}/{what}"

    def ls_name(ls: str) -> str:
        return "hosted-engine" if ls == "hosted-engine" else sd_uuid[ls]

    lockspaces = ["hosted_storage", "hosted-engine", "data-iscsi1", "data-iscsi2", "data-nfs"]
    # per host: boot instant, daemon pid, lockspace thread tids, cmd thread tids, space ids
    st: dict[str, dict] = {}
    for i, h in enumerate(SL_HOSTS):
        pid = r.randint(1100, 1400)
        st[h] = {
            "id": i + 1,
            "boot": T0 - sec(r.uniform(9, 40) * 86400),
            "pid": pid,
            "hostname": f"{uuid4(r)}.{h}.dc1.corp.example"[:48],
            "lt": {ls: pid + 40 + 3 * k + r.randint(0, 2) for k, ls in enumerate(lockspaces)},
            "cmd": [pid + 6 + k for k in range(4)],
            "sid": {ls: k + 1 for k, ls in enumerate(lockspaces)},
            "next_sid": len(lockspaces) + 1,
            "next_rid": r.randint(180, 420),
            "vdsm": (2, 9, r.randint(2000, 4000)),
            "down": [],  # (from, to): the daemon is not running
            "dead_ls": {},  # lockspace -> instant it failed (until re-added)
        }
    # VMs: name -> (host, sd, slot, pid, ci, fd)
    vm_uuid = {v: uuid4(r) for v in SL_VMS}
    vm_sd = {
        v: r.choice(["data-iscsi1", "data-iscsi1", "data-iscsi2", "data-iscsi2", "data-nfs"])
        for v in SL_VMS
    }
    vm_slot = {v: k for k, v in enumerate(SL_VMS)}
    vm_at: dict[str, dict] = {}
    ci_next = {h: 12 for h in SL_HOSTS}

    def new_client(h: str) -> tuple[int, int, int]:
        ci_next[h] += r.randint(1, 3)
        return ci_next[h], ci_next[h] + r.randint(8, 30), r.randint(20000, 3_900_000)

    for k, v in enumerate(SL_VMS):
        vm_at[v] = {
            "host": SL_HOSTS[k % len(SL_HOSTS)],
            "client": new_client(SL_HOSTS[k % len(SL_HOSTS)]),
        }

    def mono(h: str, x: datetime) -> int:
        return int((x - st[h]["boot"]).total_seconds())

    def up(h: str, t: datetime) -> bool:
        return not in_any(t, st[h]["down"])

    def L(h: str, t: datetime, tid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-sanlock.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {mono(h, x)} [{tid}]: {msg}"],
            (h, tid),
            SEC,
        )

    def Lm(h: str, t: datetime, tid: int, label: str, fmt) -> datetime:  # type: ignore[no-untyped-def]
        """A line whose text needs the instant it is written at (monotonic values)."""
        return fs.add(
            f"{h}-sanlock.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {mono(h, x)} [{tid}]: {fmt(x)}"],
            (h, tid),
            SEC,
        )

    def rid(h: str) -> int:
        st[h]["next_rid"] += 1
        return st[h]["next_rid"]

    def acquire_vm(h: str, t: datetime, v: str) -> None:
        sd = vm_sd[v]
        if not up(h, t):
            return
        c = new_client(h)
        if sd in st[h]["dead_ls"]:
            # the lockspace failed and is not yet re-added: the token has no space id
            L(
                h,
                t,
                r.choice(st[h]["cmd"]),
                SL_INVALID,
                f"r{rid(h)} cmd_acquire {c[0]},{c[1]},{c[2]} invalid lockspace found -1 failed 0 name {sd_uuid[sd]}",
            )
            return
        off = 3145728 + vm_slot[v] * 1048576
        L(
            h,
            t,
            r.choice(st[h]["cmd"]),
            SL_RESOURCE,
            f"s{st[h]['sid'][sd]}:r{rid(h)} resource {sd_uuid[sd]}:{vm_uuid[v]}:{lease_path(sd, 'xleases')}:{off} for {c[0]},{c[1]},{c[2]}",
        )
        vm_at[v] = {"host": h, "client": c}

    def acquire_volume(h: str, t: datetime, sd: str, vol: str, slot: int) -> datetime:
        ci, fd, pid = st[h]["vdsm"]
        if kind[sd] == "nfs":
            path, off = f"{SL_NFS}/{sd_uuid[sd]}/images/{uuid4(r)}/{vol}.lease", 0
        else:
            path, off = f"/dev/{sd_uuid[sd]}/leases", (slot + 100) * 1048576
        return L(
            h,
            t,
            r.choice(st[h]["cmd"]),
            SL_RESOURCE,
            f"s{st[h]['sid'][sd]}:r{rid(h)} resource {sd_uuid[sd]}:{vol}:{path}:{off} for {ci},{fd},{pid}",
        )

    def add_lockspace(h: str, t: datetime, ls: str, fail: bool = False) -> datetime:
        s = st[h]["next_sid"]
        st[h]["next_sid"] += 1
        tid = r.choice(st[h]["cmd"])
        t = L(
            h, t, tid, SL_LOCKSPACE, f"s{s} lockspace {ls_name(ls)}:{st[h]['id']}:{ids_path(ls)}:0"
        )
        if fail:
            L(
                h,
                t + sec(r.uniform(20.5, 31)),
                tid,
                SL_ADD_FAIL,
                f"s{s} add_lockspace fail result -202",
            )
            return t
        st[h]["sid"][ls] = s
        st[h]["lt"][ls] = st[h]["pid"] + 200 + s * 3 + r.randint(0, 2)
        st[h]["dead_ls"].pop(ls, None)
        return t

    def boot(h: str, t: datetime) -> None:
        st[h]["boot"] = t - sec(r.uniform(24, 40))
        pid = r.randint(1100, 1300)
        st[h].update(
            pid=pid, cmd=[pid + 6 + k for k in range(4)], next_sid=1, next_rid=0, dead_ls={}
        )
        st[h]["vdsm"] = (2, 9, r.randint(2000, 4000))
        st[h]["hostname"] = f"{uuid4(r)}.{h}.dc1.corp.example"[:48]
        L(h, t, pid, SL_STARTED, f"sanlock daemon started {SL_VERSION} host {st[h]['hostname']}")
        t += sec(r.uniform(70, 110))  # vdsm up and the pool connected
        for ls in lockspaces:
            t = add_lockspace(h, t + sec(r.uniform(0.2, 2.5)), ls)

    def vms_on(h: str, sd: str) -> list[str]:
        return [v for v in SL_VMS if vm_at[v]["host"] == h and vm_sd[v] == sd]

    def stall(
        h: str, ls: str, s0: datetime, s1: datetime, can_fail: bool = False, stuck: bool = False
    ) -> datetime | None:
        """Storage of `ls` unresponsive for host h from s0 to s1: the lockspace thread's renewal
        attempts time out, the main loop warns from 60 s and fails the lease at 80 s. Returns the
        instant the lease failed, or None."""
        if not up(h, s0) or ls in st[h]["dead_ls"]:
            return None
        sid, lt, main = st[h]["sid"][ls], st[h]["lt"][ls], st[h]["pid"]
        ls_w = s0 - sec(r.uniform(0.5, 19.5))
        if not can_fail:
            s1 = min(s1, ls_w + sec(r.uniform(62, 78.5)))
        last = mono(h, ls_w)
        fail_at = ls_w + sec(80.2)
        off = (st[h]["id"] - 1) * 512
        a = ls_w + sec(20 + r.uniform(0, 0.9))
        ok_at = None
        while True:
            if a >= s1:
                ok_at = a + sec(r.uniform(0.02, 1.5))
                break
            end = a + sec(10.0 + r.uniform(0, 0.05))
            if end > s1 and s1 < fail_at:
                delta = (s1 - a).total_seconds() + r.uniform(0.5, 6)
                ok_at = a + sec(delta)
                if delta > 10:
                    Lm(
                        h,
                        ok_at,
                        lt,
                        SL_TOO_LONG,
                        lambda x, d=int(delta): (
                            f"s{sid} renewed {mono(h, x)} delta_length {d} too long"
                        ),
                    )
                break
            if end >= fail_at:
                break
            L(
                h,
                end,
                lt,
                SL_READ_TIMEOUT,
                f"s{sid} delta_renew read timeout 10 sec offset {off} {ids_path(ls)}",
            )
            L(
                h,
                end + sec(0.001),
                lt,
                SL_RENEW_ERR,
                f"s{sid} renewal error -202 delta_length 10 last_success {last}",
            )
            a = end + sec(0.5)
        k = 60
        while k < 80 and (ok_at is None or ls_w + sec(k) < ok_at):
            L(
                h,
                ls_w + sec(k + 0.3),
                main,
                SL_WARN,
                f"s{sid} check_our_lease warning {k} last_success {last}",
            )
            k += 1
        if ok_at is not None:
            return None
        # the lease failed: kill the pids using the lockspace
        t = L(h, fail_at, main, SL_FAILED, f"s{sid} check_our_lease failed 80")
        st[h]["dead_ls"][ls] = fail_at
        victims = vms_on(h, ls)
        reset_at = ls_w + sec(r.uniform(138, 146))
        live = {
            v: (r.randint(1, 3) if not (stuck and n == 0) else 10_000)
            for n, v in enumerate(victims)
        }
        count = dict.fromkeys(victims, 0)
        t += sec(0.2)
        while live:
            for v in list(live):
                ci, _fd, pid = vm_at[v]["client"]
                count[v] += 1
                sig = 100 if t < ls_w + sec(120) else 9
                L(h, t, main, SL_KILL, f"s{sid} kill {pid} sig {sig} count {count[v]}")
                if count[v] >= live[v]:
                    L(
                        h,
                        t + sec(r.uniform(0.2, 0.9)),
                        main,
                        SL_DEAD,
                        f"dead {pid} ci {ci} count {count[v]}",
                    )
                    del live[v]
                    vm_at[v]["host"] = ""
                    push(t + sec(r.uniform(8, 40)), "restart", v, h, ls_w + sec(141), 0)
            t += sec(1.0)
            if stuck and t >= reset_at:
                break
        if stuck:
            st[h]["down"].append((reset_at, at(10, 41, 52)))
            for v in victims:
                push(reset_at + sec(r.uniform(5, 60)), "restart", v, h, ls_w + sec(141), 0)
            return fail_at
        L(h, t + sec(0.1), main, SL_CLEAR, f"s{sid} all pids clear")
        return fail_at

    # --- the day's events, processed in time order (a stall's lines run a few minutes ahead)
    ev: list[tuple[datetime, int, str, tuple]] = []
    seq = [0]

    def push(t: datetime, what: str, *args: object) -> None:
        seq[0] += 1
        heapq.heappush(ev, (t, seq[0], what, args))

    # template refresh: disk copies 06:05-07:05 on the SPM (h01) and two HSMs, NFS slow meanwhile
    for k, t in enumerate(poisson_times(r, at(6, 5), at(7, 5), 20)):
        push(t, "copy", k)
    for n, t in enumerate(poisson_times(r, at(6, 9), at(6, 58), 24)):
        push(t, "nfs", n in (3, 7))
    # nfs01's snapshot replication stalls it again 11:30-11:59
    for t in poisson_times(r, at(11, 30), at(11, 59), 20):
        push(t, "nfs", False)
    # h02 into maintenance at 08:00: its VMs migrate away, it reboots, comes back at 08:11
    st["ovirt-h02"]["down"].append((at(8, 4, 30), at(8, 11, 41)))
    push(at(8, 0, 12), "evacuate", "ovirt-h02")
    push(at(8, 11, 41), "boot", "ovirt-h02")
    for t in poisson_times(r, T0, T_END, 15):
        push(t, "balance")
    for t in poisson_times(r, at(8, 25), at(8, 50), 20):
        push(t, "back", "ovirt-h02")
    push(at(10, 20, 33), "spm", "ovirt-h02")
    # iSCSI path flapping on data-iscsi2 for the hosts cabled to sw-stor-b, 09:05-10:55
    fails = {at(9, 47, 0): "ovirt-h01", at(10, 5, 0): "ovirt-h04", at(10, 31, 0): "ovirt-h03"}
    for t in poisson_times(r, at(9, 5), at(10, 55), 24):
        if all(abs((t - f).total_seconds()) > 200 for f in fails):
            push(t, "flap", "")
    for t, h in fails.items():
        push(t, "flap", h)
    push(at(10, 41, 52), "boot", "ovirt-h03")
    push(at(11, 20, 4), "array")
    flaky = ["ovirt-h01", "ovirt-h03", "ovirt-h04"]

    while ev:
        t, _, what, args = heapq.heappop(ev)
        if what == "copy":
            k = args[0]
            h = r.choice(["ovirt-h01", "ovirt-h01", "ovirt-h02", "ovirt-h05"])
            t = acquire_volume(h, t, r.choice(["data-nfs", "data-iscsi1"]), uuid4(r), k)
            acquire_volume(
                h,
                t + sec(r.uniform(0.05, 0.6)),
                r.choice(["data-iscsi1", "data-iscsi2"]),
                uuid4(r),
                k + 40,
            )
        elif what == "nfs":
            for h in SL_HOSTS:
                d = r.uniform(61, 76) if args[0] else r.uniform(14, 52)
                stall(h, "data-nfs", t + sec(r.uniform(0, 2)), t + sec(d))
        elif what == "evacuate":
            for v in [v for v in SL_VMS if vm_at[v]["host"] == args[0]]:
                t += sec(r.uniform(8, 30))
                acquire_vm(r.choice([h for h in SL_HOSTS if h != args[0]]), t, v)
        elif what == "boot":
            boot(args[0], t)
        elif what == "balance":
            v = r.choice([x for x in SL_VMS if vm_at[x]["host"]])
            dest = r.choice([h for h in SL_HOSTS if h != vm_at[v]["host"] and up(h, t)])
            acquire_vm(dest, t, v)
        elif what == "start_on":
            h, sd = args
            for v in r.sample([x for x in SL_VMS if vm_sd[x] == sd and vm_at[x]["host"] != h], 2):
                acquire_vm(h, t, v)
                t += sec(r.uniform(20, 70))
        elif what == "back":
            acquire_vm(args[0], t, r.choice([v for v in SL_VMS if vm_at[v]["host"] != args[0]]))
        elif what == "spm":
            h = args[0]
            ci, fd, pid = st[h]["vdsm"]
            L(
                h,
                t,
                st[h]["cmd"][0],
                SL_RESOURCE,
                f"s{st[h]['sid']['data-iscsi1']}:r{rid(h)} resource {sd_uuid['data-iscsi1']}:SDM:{lease_path('data-iscsi1', 'leases')}:1048576 for {ci},{fd},{pid}",
            )
        elif what == "flap":
            for h in flaky:
                s0 = t + sec(r.uniform(0, 1.5))
                if args[0] == h:
                    failed = stall(
                        h, "data-iscsi2", s0, s0 + sec(r.uniform(150, 240)), True, h == "ovirt-h03"
                    )
                    if failed and h != "ovirt-h03":
                        back = failed + sec(r.uniform(150, 260))
                        push(failed + sec(r.uniform(40, 90)), "start_on", h, "data-iscsi2")
                        push(back, "readd", h, True)
                        push(back + sec(r.uniform(75, 130)), "readd", h, False)
                    continue
                d = r.uniform(25, 78) if r.random() < 0.6 else r.uniform(10, 40)
                stall(h, "data-iscsi2", s0, t + sec(d))
        elif what == "readd":
            add_lockspace(args[0], t, "data-iscsi2", fail=args[1])
        elif what == "restart":
            v, src, free, tries = args
            sd = vm_sd[v]
            cands = [h for h in SL_HOSTS if h != src and up(h, t)]
            dest = r.choice(cands)
            if t < free and tries < 3:
                c = new_client(dest)
                if sd in st[dest]["dead_ls"]:
                    L(
                        dest,
                        t,
                        r.choice(st[dest]["cmd"]),
                        SL_INVALID,
                        f"s{st[dest]['sid'][sd]}:r{rid(dest)} cmd_acquire {c[0]},{c[1]},{c[2]} invalid lockspace found 0 failed 1 name {sd_uuid[sd]}",
                    )
                else:
                    L(
                        dest,
                        t,
                        r.choice(st[dest]["cmd"]),
                        SL_OWNED,
                        f"s{st[dest]['sid'][sd]}:r{rid(dest)} cmd_acquire {c[0]},{c[1]},{c[2]} acquire_token -243 lease owned by other host",
                    )
                push(t + sec(r.uniform(25, 60)), "restart", v, src, free, tries + 1)
            else:
                acquire_vm(dest, t, v)
        elif what == "array":
            # the array's controller failover: data-iscsi1 stalls on every host, and VMs started
            # meanwhile fail their lease read
            for h in SL_HOSTS:
                for ls in ["hosted_storage", "hosted-engine", "data-iscsi1", "data-iscsi2"]:
                    stall(h, ls, t + sec(r.uniform(0, 1.2)), t + sec(r.uniform(33, 56)))
            for _v in [x for x in SL_VMS if vm_sd[x] == "data-iscsi1"][:3]:
                dest = r.choice(SL_HOSTS)
                c = new_client(dest)
                L(
                    dest,
                    t + sec(r.uniform(12, 30)),
                    r.choice(st[dest]["cmd"]),
                    SL_IOERR,
                    f"s{st[dest]['sid']['data-iscsi1']}:r{rid(dest)} cmd_acquire {c[0]},{c[1]},{c[2]} acquire_token -220 lease io error",
                )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- csf-lfd

LF_VERSION = "14.20"
LF_HOSTS = {
    "web1": "web1.hosting.example.net",
    "web2": "web2.hosting.example.net",
    "mail1": "mail1.hosting.example.net",
}
LF_COUNTRIES = [
    ("CN", "China", 14),
    ("RU", "Russia", 8),
    ("US", "United States", 9),
    ("BR", "Brazil", 5),
    ("IN", "India", 5),
    ("VN", "Vietnam", 4),
    ("DE", "Germany", 3),
    ("NL", "The Netherlands", 4),
    ("KR", "Republic of Korea", 3),
    ("ID", "Indonesia", 3),
    ("SG", "Singapore", 2),
    ("FR", "France", 2),
    ("TR", "Turkey", 2),
    ("IR", "Iran", 2),
    ("UA", "Ukraine", 2),
    ("HK", "Hong Kong", 2),
    ("GB", "United Kingdom", 1),
    ("PK", "Pakistan", 1),
]
LF_RDNS = [
    "scanner-{n}.shodan.io",
    "{a}-{b}-{c}-{d}.static.vnpt.vn",
    "host-{a}-{b}.ip.hinet.net",
    "ec2-{a}-{b}-{c}-{d}.compute-1.amazonaws.com",
    "{d}.{c}.{b}.{a}.bc.googleusercontent.com",
    "vps{n}.contaboserver.net",
    "static.{d}.{c}.{b}.{a}.clients.your-server.de",
    "{a}.{b}.{c}.{d}.dynamic.telecom.net.br",
]
LF_SSHD = "(sshd) Failed SSH login from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_SSHD]"
LF_SMTP = "(smtpauth) Failed SMTP AUTH login from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_SMTPAUTH]"
LF_IMAP = "(imapd) Failed IMAP login from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_IMAPD]"
LF_POP3 = "(pop3d) Failed POP3 login from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_POP3D]"
LF_CPANEL = "(cpanel) Failed cPanel login from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_CPANEL]"
LF_FTPD = "(ftpd) Failed FTP login from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_FTPD]"
LF_MODSEC = "(mod_security) mod_security (id:%s) triggered by %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_MODSEC]"
LF_WPLOGIN = "(WPLogin) WordPress Login Attack from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_CUSTOMTRIGGER]"
LF_XMLRPC = "(XMLRPC) WordPress XMLRPC Attack from %s (%s): %d in the last %d secs - *Blocked in csf* for %d secs [LF_CUSTOMTRIGGER]"
LF_CT = "(CT) IP %s (%s) found to have %d connections - *Blocked in csf* for %d secs [CT_LIMIT]"
LF_PS = "*Port Scan* detected from %s (%s). %d hits in the last %d seconds - *Blocked in csf* for %d secs [PS_LIMIT]"
LF_DIST = "%s (%s), %d distributed %s attacks on account [%s] in the last %d secs - *Blocked in csf* [LF_DISTATTACK]"
LF_PERM = "(PERMBLOCK) %s (%s) has had more than %d temp blocks in the last %d secs - *Blocked in csf* [LF_TRIGGER]"
LF_UNBLOCK = "Incoming IP %s temporary block removed"
LF_SSHLOGIN = "*SSH login* from %s (%s) into the %s account using %s authentication - ignored"
LF_SUSP = "*Suspicious Process* PID:%s PPID:%s User:%s Uptime:%s secs EXE:%s CMD:%s"
LF_USERPROC = "*User Processing* PID:%s Kill:%s User:%s VmRSS:%s EXE:%s CMD:%s"
LF_INTEGRITY = "*System Integrity* has detected modified file(s): %s"
LF_STARTED = "daemon started on %s - csf v%s (%s)"
LF_WATCHING = "Watching %s..."
LF_IPSET_LOAD = "IPSET: loading set %s with %d entries"
LF_IPSET_SWITCH = "IPSET: switching set %s to %s"
LF_BLOCKLIST = "Retrieved and blocking blocklist %s IP address ranges"
# the lines lfd writes as it starts, each its own literal (csf.conf has every tracker on)
LF_TRACKING = [
    "IPv6 Enabled...",
    "LOAD Tracking...",
    "Country Code Lookups...",
    "CSF Tracking...",
    "SSH Tracking...",
    "Account Tracking...",
    "Temp to Perm/Netblock Tracking...",
    "Port Scan Tracking...",
    "User Process Tracking...",
    "Directory Watching...",
]
LF_LOGS = {
    "web1": [
        "/var/log/secure",
        "/var/log/messages",
        "/var/log/maillog",
        "/usr/local/apache/logs/error_log",
        "/usr/local/cpanel/logs/login_log",
        "/var/log/exim_mainlog",
    ],
    "web2": [
        "/var/log/secure",
        "/var/log/messages",
        "/var/log/maillog",
        "/usr/local/apache/logs/error_log",
        "/usr/local/cpanel/logs/login_log",
        "/var/log/exim_mainlog",
    ],
    "mail1": [
        "/var/log/secure",
        "/var/log/messages",
        "/var/log/maillog",
        "/var/log/exim_mainlog",
        "/usr/local/cpanel/logs/login_log",
    ],
}
LF_BLOCKLISTS = [("SPAMDROP", 1092), ("SPAMEDROP", 57), ("DSHIELD", 20), ("BFB", 3941)]
LF_MODSEC_IDS = ["210710", "210730", "211760", "214520", "218500", "920350", "930130", "941100"]
LF_USERS = [
    "anna",
    "bakery",
    "clubhaus",
    "dentalcare",
    "elektro",
    "fotostudio",
    "garten24",
    "hotelpost",
    "immo",
    "jugendclub",
    "kanzlei",
    "lebensmittel",
]


def csf_lfd(r: random.Random) -> list[Log]:
    """lfd.log of three cPanel servers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    state = {
        h: {
            "pids": [(T0 - sec(86400 * 3), r.randint(2000, 4000))],
            "child": r.randint(90000, 400000),
        }
        for h in LF_HOSTS
    }

    def main(h: str, t: datetime) -> int:
        """lfd's daemon pid at t (a restart forks a new one)."""
        return [p for since, p in state[h]["pids"] if since <= t][-1]

    cweights = [w for *_, w in LF_COUNTRIES]

    def attacker() -> tuple[str, str]:
        cc, name, _ = r.choices(LF_COUNTRIES, cweights)[0]
        a, b, c, d = r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)
        ip = f"{a}.{b}.{c}.{d}"
        rdns = "-"
        if r.random() < 0.35:
            rdns = r.choice(LF_RDNS).format(a=a, b=b, c=c, d=d, n=r.randint(1, 999))
        return ip, f"{cc}/{name}/{rdns}"

    # a pool of repeat offenders (blocked again after each hour's block expires)
    repeat = [attacker() for _ in range(30)]

    def L(h: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-lfd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} lfd[{pid}]: {msg}"],
            (h, pid),
            SEC,
        )

    def child(h: str) -> int:
        state[h]["child"] += r.randint(3, 900)
        return state[h]["child"]

    blocked: dict[str, list[tuple[datetime, str, int]]] = {h: [] for h in LF_HOSTS}
    temp_count: dict[tuple[str, str], int] = {}

    def block(h: str, t: datetime, label: str, build, ttl: int | None, who=None) -> None:  # type: ignore[no-untyped-def]
        ip, cc = who or (r.choice(repeat) if r.random() < 0.18 else attacker())
        L(h, t, child(h), label, build(ip, cc))
        if ttl:
            blocked[h].append((t, ip, ttl))
            n = temp_count.get((h, ip), r.choice([0, 0, 0, 1, 2, 3])) + 1
            temp_count[(h, ip)] = n
            if n > 4:
                L(
                    h,
                    t + sec(r.uniform(1.5, 4)),
                    child(h),
                    LF_PERM,
                    f"(PERMBLOCK) {ip} ({cc}) has had more than 4 temp blocks in the last 86400 secs - *Blocked in csf* [LF_TRIGGER]",
                )
                temp_count[(h, ip)] = -100

    def login_block(
        h: str, t: datetime, label: str, app: str, what: str, trig: str, hits: int, ttl: int
    ) -> None:
        n = hits + (r.randint(1, 3) if r.random() < 0.15 else 0)
        block(
            h,
            t,
            label,
            lambda ip, cc: (
                f"({app}) Failed {what} login from {ip} ({cc}): {n} in the last 3600 secs - *Blocked in csf* for {ttl} secs [{trig}]"
            ),
            ttl,
        )

    def start(h: str, t: datetime) -> None:
        pid = r.randint(200000, 900000)
        state[h]["pids"].append((t, pid))
        t = L(
            h, t, pid, LF_STARTED, f"daemon started on {LF_HOSTS[h]} - csf v{LF_VERSION} (cPanel)"
        )
        for line in LF_TRACKING:
            t = L(h, t + sec(0.05), pid, line, line)
        for f in LF_LOGS[h]:
            t = L(h, t + sec(0.05), pid, LF_WATCHING, f"Watching {f}...")
        t += sec(r.uniform(2, 6))
        for name, n in LF_BLOCKLISTS:
            n += r.randint(-5, 5) if n > 100 else 0
            t = L(
                h,
                t + sec(r.uniform(0.5, 2.5)),
                pid,
                LF_BLOCKLIST,
                f"Retrieved and blocking blocklist {name} IP address ranges",
            )
            t = L(
                h,
                t + sec(0.1),
                pid,
                LF_IPSET_LOAD,
                f"IPSET: loading set new_{name} with {n} entries",
            )
            t = L(
                h,
                t + sec(0.1),
                pid,
                LF_IPSET_SWITCH,
                f"IPSET: switching set new_{name} to bl_{name}",
            )

    # csf -ra on web2 at 09:50 (an allow rule added), and on mail1 at 11:12
    start("web2", at(9, 50, 27))
    start("mail1", at(11, 12, 3))
    # --- attacks, per host
    rates = {  # per hour: sshd, smtpauth, imapd, pop3d, cpanel, ftpd, modsec, portscan
        "web1": (34, 4, 2, 1, 5, 3, 9, 3),
        "web2": (28, 3, 2, 1, 4, 2, 7, 3),
        "mail1": (22, 24, 11, 5, 1, 0, 0, 3),
    }
    for h, (ssh, smtp, imap, pop, cp, ftp, modsec, ps) in rates.items():
        for t in poisson_times(r, T0, T_END, ssh):
            login_block(h, t, LF_SSHD, "sshd", "SSH", "LF_SSHD", 5, 3600)
        for t in poisson_times(r, T0, T_END, smtp):
            login_block(h, t, LF_SMTP, "smtpauth", "SMTP AUTH", "LF_SMTPAUTH", 5, 3600)
        for t in poisson_times(r, T0, T_END, imap):
            login_block(h, t, LF_IMAP, "imapd", "IMAP", "LF_IMAPD", 10, 3600)
        for t in poisson_times(r, T0, T_END, pop):
            login_block(h, t, LF_POP3, "pop3d", "POP3", "LF_POP3D", 10, 3600)
        for t in poisson_times(r, T0, T_END, cp):
            login_block(h, t, LF_CPANEL, "cpanel", "cPanel", "LF_CPANEL", 5, 3600)
        for t in poisson_times(r, T0, T_END, ftp):
            login_block(h, t, LF_FTPD, "ftpd", "FTP", "LF_FTPD", 10, 3600)
        for t in poisson_times(r, T0, T_END, modsec):
            rule = r.choice(LF_MODSEC_IDS)
            block(
                h,
                t,
                LF_MODSEC,
                lambda ip, cc, rule=rule: (
                    f"(mod_security) mod_security (id:{rule}) triggered by {ip} ({cc}): 5 in the last 3600 secs - *Blocked in csf* for 3600 secs [LF_MODSEC]"
                ),
                3600,
            )
        for t in poisson_times(r, T0, T_END, ps):
            hits = r.randint(11, 60)
            block(
                h,
                t,
                LF_PS,
                lambda ip, cc, hits=hits: (
                    f"*Port Scan* detected from {ip} ({cc}). {hits} hits in the last 300 seconds - *Blocked in csf* for 3600 secs [PS_LIMIT]"
                ),
                3600,
            )
    # a distributed wp-login.php attack on web2's sites 09:30-10:15, xmlrpc.php on web1 07:10-07:40
    for t in poisson_times(r, at(9, 30), at(10, 15), 150):
        block(
            "web2",
            t,
            LF_WPLOGIN,
            lambda ip, cc: (
                f"(WPLogin) WordPress Login Attack from {ip} ({cc}): 10 in the last 3600 secs - *Blocked in csf* for 86400 secs [LF_CUSTOMTRIGGER]"
            ),
            None,
        )
    for t in poisson_times(r, T0, T_END, 2):
        block(
            r.choice(["web1", "web2"]),
            t,
            LF_WPLOGIN,
            lambda ip, cc: (
                f"(WPLogin) WordPress Login Attack from {ip} ({cc}): 10 in the last 3600 secs - *Blocked in csf* for 86400 secs [LF_CUSTOMTRIGGER]"
            ),
            None,
        )
    for t in poisson_times(r, at(7, 10), at(7, 40), 90):
        block(
            "web1",
            t,
            LF_XMLRPC,
            lambda ip, cc: (
                f"(XMLRPC) WordPress XMLRPC Attack from {ip} ({cc}): 20 in the last 3600 secs - *Blocked in csf* for 86400 secs [LF_CUSTOMTRIGGER]"
            ),
            None,
        )
    # a small connection flood on web1 10:50-11:05
    for t in poisson_times(r, at(10, 50), at(11, 5), 140):
        n = r.randint(151, 420)
        block(
            "web1",
            t,
            LF_CT,
            lambda ip, cc, n=n: (
                f"(CT) IP {ip} ({cc}) found to have {n} connections - *Blocked in csf* for 1800 secs [CT_LIMIT]"
            ),
            1800,
        )
    # distributed attacks on the mail server's accounts
    for t in poisson_times(r, T0, T_END, 3):
        kind = r.choice(["sshd", "sshd", "smtpauth", "imapd"])
        acct = (
            "root"
            if kind == "sshd"
            else r.choice(
                ["info@bakery-sommer.de", "office@kanzlei-brandt.de", "kontakt@hotelpost.at"]
            )
        )
        n = r.randint(5, 14)
        block(
            "mail1",
            t,
            LF_DIST.replace("distributed %s attacks", f"distributed {kind} attacks"),
            lambda ip, cc, kind=kind, acct=acct, n=n: (
                f"{ip} ({cc}), {n} distributed {kind} attacks on account [{acct}] in the last 3600 secs - *Blocked in csf* [LF_DISTATTACK]"
            ),
            None,
        )
    # admins' SSH logins
    admins = [
        ("192.0.2.44", "DE/Germany/vpn.hosting.example.net"),
        ("198.51.100.23", "AT/Austria/-"),
        ("192.0.2.45", "DE/Germany/vpn.hosting.example.net"),
    ]
    for h in LF_HOSTS:
        for t in poisson_times(r, at(6, 40), T_END, 3.5):
            ip, cc = r.choice(admins)
            how = "publickey" if r.random() < 0.85 else "password"
            acct = "root" if r.random() < 0.8 else "deploy"
            L(
                h,
                t,
                child(h),
                LF_SSHLOGIN,
                f"*SSH login* from {ip} ({cc}) into the {acct} account using {how} authentication - ignored",
            )
    # users' processes over PT_USERMEM / PT_USERTIME, and suspicious processes
    for h in ["web1", "web2"]:
        for t in poisson_times(r, T0, T_END, 4):
            u = r.choice(LF_USERS)
            pid = r.randint(100000, 999999)
            kind = r.random()
            if kind < 0.6:
                exe, cmd = (
                    "/opt/cpanel/ea-php81/root/usr/sbin/php-fpm",
                    f"php-fpm: pool {u}_hosting_example_net",
                )
            elif kind < 0.85:
                exe, cmd = (
                    "/opt/cpanel/ea-php74/root/usr/bin/php-cgi",
                    f"/opt/cpanel/ea-php74/root/usr/bin/php-cgi /home/{u}/public_html/wp-cron.php",
                )
            else:
                exe, cmd = (
                    "/usr/bin/perl",
                    f"/usr/bin/perl /home/{u}/public_html/cgi-bin/awstats.pl -config={u}",
                )
            L(
                h,
                t,
                main(h, t),
                LF_USERPROC,
                f"*User Processing* PID:{pid} Kill:0 User:{u} VmRSS:{r.randint(262200, 1900000)} EXE:{exe} CMD:{cmd}",
            )
        for t in poisson_times(r, T0, T_END, 1.2):
            u = r.choice(LF_USERS)
            pid = r.randint(100000, 999999)
            exe, cmd = r.choice(
                [
                    (
                        f"/home/{u}/.nvm/versions/node/v18.19.0/bin/node",
                        f"node /home/{u}/app/server.js",
                    ),
                    (f"/home/{u}/bin/composer", "composer install --no-dev"),
                    ("/usr/bin/python3.9", f"python3 /home/{u}/scripts/sync.py"),
                ]
            )
            L(
                h,
                t,
                main(h, t),
                LF_SUSP,
                f"*Suspicious Process* PID:{pid} PPID:1 User:{u} Uptime:{r.randint(1800, 86400)} secs EXE:{exe} CMD:{cmd}",
            )
    # a miner dropped through an outdated plugin on web2 at 10:14, found until the account is locked
    for t in poisson_times(r, at(10, 14), at(10, 52), 18):
        pid = r.randint(100000, 999999)
        L(
            "web2",
            t,
            main("web2", t),
            LF_SUSP,
            f"*Suspicious Process* PID:{pid} PPID:1 User:garten24 Uptime:{r.randint(60, 3500)} secs EXE:/dev/shm/.x/kswapd0 CMD:./kswapd0 -c config.json",
        )
    # cPanel's nightly update touched binaries before 06:00; the integrity check runs at 06:12
    for h in LF_HOSTS:
        L(
            h,
            at(6, 12, r.uniform(0, 50)),
            main(h, T0),
            LF_INTEGRITY,
            "*System Integrity* has detected modified file(s): /usr/bin/curl /usr/bin/openssl /usr/sbin/exim /usr/bin/sudo",
        )
    # temporary blocks expire: lfd's main loop removes them
    for h in LF_HOSTS:
        for t, ip, ttl in blocked[h]:
            e = t + sec(ttl + r.uniform(1, 58))
            if e < T_END:
                L(h, e, main(h, e), LF_UNBLOCK, f"Incoming IP {ip} temporary block removed")
    # the blocks active at 06:00 (from 05:00 on) expire in the first hour
    for h in LF_HOSTS:
        for t in poisson_times(r, T0, at(7, 0), 30 if h != "mail1" else 45):
            ip, _ = attacker()
            L(h, t, main(h, t), LF_UNBLOCK, f"Incoming IP {ip} temporary block removed")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- solace

SO_BROKERS = {"pri": ("sol-prod-01", "10.40.0.21"), "bak": ("sol-prod-02", "10.40.0.22")}
SO_VPN = "prod"
SO_PLATFORMS = {
    "java": ("10.21.0", "Linux-amd64 (Java 17.0.10-Eclipse Adoptium) - JCSMP SDK", "appuser"),
    "go": ("1.6.0", "Linux-amd64 (Go go1.22.3) - Go SDK", "1001"),
    "python": ("1.6.0", "Linux-amd64 (Python 3.11.9) - Python SDK", "app"),
}
# service, username and ACL profile, publisher / subscriber, replicas, queue, API
SO_SERVICES = [
    ("orders-api", "orders-api", "pub", 3, None, "java"),
    ("orders-processor", "orders", "sub", 2, "q.orders.processor", "java"),
    ("billing-consumer", "billing", "sub", 2, "q.billing.events", "java"),
    ("inventory-sync", "inventory", "both", 2, "q.inventory.sync", "go"),
    ("notifier", "notifier", "sub", 2, "q.notifications", "python"),
    ("shipping-gw", "shipping", "both", 2, "q.shipping.requests", "java"),
    ("fraud-scorer", "fraud", "sub", 2, "q.fraud.scoring", "python"),
    ("audit-archiver", "audit", "sub", 1, "q.audit.all", "go"),
    ("pricing-engine", "pricing", "pub", 2, None, "java"),
    ("reporting-etl", "reporting", "sub", 1, "q.reporting.etl", "java"),
]
SO_CONNECT = "Client (%u) %s username %s WebSessionId (%s) connected to %s from %s version(%s) platform(%s) SslVersion(%s) SslCipher(%s) APIuser(%s) authScheme(%s) authorizationGroup(%s) clientProfile(%s) ACLProfile(%s) SSLDowngradedToPlainText(%s) SslNegotiatedTo(%s) SslValidityNotAfter(%s)"
SO_DISCONNECT = "Client (%u) %s username %s WebSessionId (%s) reason(%s) final statistics - dp(%llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu) conn(%u, %u, %s, %s, %u, %u, %u) zip(%llu, %llu, %llu, %llu, %.2f, %.2f, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu, %llu) web(%u, %u, %u, %u, %u, %u, %u), SslVersion(%s), SslCipher(%s)"
SO_BIND = "Client (%u) %s username %s Bind to Durable Queue %s, AccessType %s, Quota %uMB, Messages Spooled %u"
SO_BIND_FAIL = "Client (%u) %s username %s Bind to Durable Queue %s failed, reason(%s)"
SO_UNBIND = "Client (%u) %s username %s Unbind from Durable Queue %s, reason(%s)"
SO_FLOW = "Client (%u) %s username %s Pub flow session flow name %s (%u), publisher id %u, last message id %llu, window size %u"
SO_CONNECT_FAIL = (
    "Client (%u) %s username %s WebSessionId (%s) connection attempt from %s failed: reason(%s)"
)
SO_SEMP_OPEN = "SEMP session %s internal authentication opened for user %s"
SO_SEMP_CLOSE = "SEMP session %s closed for user %s"
SO_SPOOL_HIGH = "Message VPN (%u) %s Queue %s message spool usage (%u MB) has risen above %u%% of its quota (%u MB)"
SO_SPOOL_CLEAR = "Message VPN (%u) %s Queue %s message spool usage (%u MB) has fallen below %u%% of its quota (%u MB)"
SO_REDUN = "Redundancy state changed from %s to %s"
SO_ADSTATE = "Message spool state changed from %s to %s"
SO_MATE_DOWN = "Mate link to %s down"
SO_MATE_UP = "Mate link to %s up"
SO_VPN_STATE = "Message VPN (%u) %s change status to %s"


def solace(r: random.Random) -> list[Log]:
    """An HA pair of PubSub+ software brokers' event.log, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    cid = [r.randint(3000, 6000)]
    pri_down = (
        at(
            9,
            40,
            12,
        ),
        at(9, 53, 40),
    )

    def E(
        b: str,
        t: datetime,
        sev: str,
        scope: str,
        event: str,
        vpn: str,
        client: str,
        label: str,
        desc: str,
    ) -> datetime:
        name = SO_BROKERS[b][0]
        return fs.add(
            f"{name}-event.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}+00:00 <local3.{sev}> {name} event: {scope}: {event}: {vpn} {client} {desc}"
            ],
            b,
            MS,
        )

    def port() -> int:
        return r.randint(32768, 60999)

    def dp(rx: int, tx: int) -> str:
        ctl_rx, ctl_tx = r.randint(3, 40), r.randint(3, 40)
        b_rx, b_tx = rx * r.randint(180, 900), tx * r.randint(180, 900)
        vals = [
            ctl_rx,
            ctl_tx,
            rx,
            tx,
            rx + ctl_rx,
            tx + ctl_tx,
            ctl_rx * 60,
            ctl_tx * 70,
            b_rx,
            b_tx,
            b_rx + ctl_rx * 60,
            b_tx + ctl_tx * 70,
        ]
        vals += [
            r.randint(0, 30),
            r.randint(0, 30),
            r.randint(0, 5000),
            r.randint(0, 5000),
            0,
            0,
            0,
            0,
            0,
            0,
        ]
        return ", ".join(str(v) for v in vals)

    def zip_() -> str:
        return "0, 0, 0, 0, 0.00, 0.00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0"

    class C:
        def __init__(
            self,
            name: str,
            user: str,
            ip: str,
            kind: str,
            acl: str,
            api: str = "java",
            queue: str | None = None,
            pub: bool = False,
        ) -> None:
            self.name, self.user, self.ip, self.kind, self.acl = name, user, ip, kind, acl
            self.api, self.queue, self.pub = api, queue, pub
            self.id = 0
            self.port = 0
            self.web = "N/A"
            self.on = ""

    def connect(c: C, b: str, t: datetime) -> datetime:
        cid[0] += 1
        c.id, c.port, c.on = cid[0], port(), b
        host = SO_BROKERS[b][1]
        if c.kind == "smf":
            ver, plat, apiuser = SO_PLATFORMS[c.api]
            tail = f"connected to {host}:55555 from {c.ip}:{c.port} version({ver}) platform({plat}) SslVersion() SslCipher() APIuser({apiuser}) authScheme(Basic) authorizationGroup() clientProfile(default) ACLProfile({c.acl}) SSLDowngradedToPlainText(No) SslNegotiatedTo() SslValidityNotAfter(-)"
        elif c.kind == "web":
            c.web = hexid(r, 16).upper()
            tail = f"connected to {host}:443 from {c.ip}:{c.port} version(10.16.0) platform(Chrome 125.0.0.0 - JS SDK) SslVersion(TLSv1.3) SslCipher(TLS_AES_256_GCM_SHA384) APIuser(Browser) authScheme(Basic) authorizationGroup() clientProfile(web) ACLProfile(dashboards) SSLDowngradedToPlainText(No) SslNegotiatedTo() SslValidityNotAfter(-)"
        else:  # mqtt
            tail = f"connected to {host}:8883 from {c.ip}:{c.port} version() platform() SslVersion(TLSv1.2) SslCipher(ECDHE-RSA-AES256-GCM-SHA384) APIuser() authScheme(Basic) authorizationGroup() clientProfile(iot) ACLProfile(gateways) SSLDowngradedToPlainText(No) SslNegotiatedTo() SslValidityNotAfter(-)"
        desc = f"Client ({c.id}) {c.name} username {c.user} WebSessionId ({c.web}) {tail}"
        t = E(b, t, "info", "CLIENT", "CLIENT_CLIENT_CONNECT", SO_VPN, c.name, SO_CONNECT, desc)
        if c.pub:
            t = E(
                b,
                t + sec(r.uniform(0.005, 0.08)),
                "info",
                "CLIENT",
                "CLIENT_CLIENT_OPEN_FLOW",
                SO_VPN,
                c.name,
                SO_FLOW,
                f"Client ({c.id}) {c.name} username {c.user} Pub flow session flow name {hexid(r, 32)} ({r.randint(1, 4000)}), publisher id {r.randint(1, 9000)}, last message id 0, window size 255",
            )
        if c.queue:
            t = E(
                b,
                t + sec(r.uniform(0.005, 0.12)),
                "info",
                "CLIENT",
                "CLIENT_CLIENT_BIND_SUCCESS",
                SO_VPN,
                c.name,
                SO_BIND,
                f"Client ({c.id}) {c.name} username {c.user} Bind to Durable Queue {c.queue}, AccessType {'Exclusive' if c.queue in ('q.audit.all', 'q.reporting.etl') else 'Non-Exclusive'}, Quota 5000MB, Messages Spooled {spooled(c.queue, t)}",
            )
        return t

    def spooled(q: str, t: datetime) -> int:
        if q == "q.billing.events" and at(7, 20) <= t < at(8, 12):
            return int(min((t - at(7, 20)).total_seconds(), 2100) * r.uniform(95, 110))
        return r.randint(0, 40)

    def disconnect(c: C, t: datetime, reason: str, unbind: str = "Client Disconnected") -> datetime:
        b = c.on
        if c.queue:
            t = E(
                b,
                t,
                "info",
                "CLIENT",
                "CLIENT_CLIENT_UNBIND",
                SO_VPN,
                c.name,
                SO_UNBIND,
                f"Client ({c.id}) {c.name} username {c.user} Unbind from Durable Queue {c.queue}, reason({unbind})",
            )
            t += sec(r.uniform(0.001, 0.02))
        rx, tx = r.randint(10, 400000), r.randint(10, 400000)
        if c.kind == "mqtt":
            rx, tx = r.randint(10, 3000), r.randint(5, 400)
        state = "ESTAB" if reason != "Peer TCP Reset" else "CLSWT"
        web = (
            "0, 0, 0, 0, 0, 0, 0"
            if c.kind != "web"
            else f"{r.randint(1, 40)}, {r.randint(1, 40)}, 0, 0, 0, 0, 0"
        )
        ssl = (
            ("", "")
            if c.kind == "smf"
            else (
                ("TLSv1.3", "TLS_AES_256_GCM_SHA384")
                if c.kind == "web"
                else ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384")
            )
        )
        desc = f"Client ({c.id}) {c.name} username {c.user} WebSessionId ({c.web}) reason({reason}) final statistics - dp({dp(rx, tx)}) conn(0, 0, {c.ip}:{c.port}, {state}, 0, 0, 0) zip({zip_()}) web({web}), SslVersion({ssl[0]}), SslCipher({ssl[1]})"
        c.on = ""
        return E(
            b, t, "info", "CLIENT", "CLIENT_CLIENT_DISCONNECT", SO_VPN, c.name, SO_DISCONNECT, desc
        )

    def broker_for(t: datetime) -> str:
        if pri_down[0] <= t < at(11, 5, 9):
            return "bak"
        return "pri"

    def alive(b: str, t: datetime) -> bool:
        return not (b == "pri" and pri_down[0] <= t < pri_down[1])

    # --- the service pods
    pods: dict[str, list[C]] = {}
    subnet = [0]

    def pod(svc: str, user: str, kind: str, queue: str | None, api: str) -> C:
        subnet[0] += 1
        name = f"{svc}-{hexid(r, 9)[:9]}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        ip = f"10.42.{r.randint(0, 7)}.{r.randint(2, 250)}"
        return C(
            name,
            user,
            ip,
            "smf",
            user,
            api,
            queue if kind in ("sub", "both") else None,
            kind in ("pub", "both"),
        )

    everyone: list[C] = []
    for svc, user, kind, n, queue, api in SO_SERVICES:
        pods[svc] = [pod(svc, user, kind, queue, api) for _ in range(n)]
        for c in pods[svc]:
            c.on, c.id, c.port = "pri", cid[0] + r.randint(1, 900), port()
    cid[0] += 1000
    # rolling restarts (deploys)
    deploys = [
        ("orders-api", at(7, 5, 11)),
        ("inventory-sync", at(8, 20, 40)),
        ("pricing-engine", at(9, 10, 3)),
        ("notifier", at(10, 50, 20)),
        ("shipping-gw", at(11, 30, 8)),
        ("orders-processor", at(6, 35, 50)),
    ]
    spec = {s[0]: s for s in SO_SERVICES}
    for svc, t in deploys:
        _, user, kind, _, queue, api = spec[svc]
        old = pods[svc]
        new = []
        for c in old:
            n = pod(svc, user, kind, queue, api)
            b = broker_for(t)
            t = connect(n, b, t + sec(r.uniform(12, 40)))
            disconnect(
                c, t + sec(r.uniform(2, 8)), "Client Disconnect Received", "Client issued unbind"
            )
            new.append(n)
            t += sec(r.uniform(10, 25))
        pods[svc] = new
    # billing-consumer crash-loops 07:20-07:55 on a poison message; the fix is rolled out at 07:55
    _, user, kind, _, queue, api = spec["billing-consumer"]
    for k, c in enumerate(pods["billing-consumer"]):
        t = at(7, 20, 5 + 31 * k)
        disconnect(c, t, "Peer TCP Reset")
        delay = 10.0
        while t < at(7, 55):
            n = pod("billing-consumer", user, kind, queue, api)
            n.name = c.name  # the same pod restarts its container
            n.ip = c.ip
            t += sec(delay + r.uniform(8, 15))
            if r.random() < 0.3:
                cid[0] += 1
                n.id = cid[0]
                t = E(
                    "pri",
                    t,
                    "info",
                    "CLIENT",
                    "CLIENT_CLIENT_CONNECT",
                    SO_VPN,
                    n.name,
                    SO_CONNECT,
                    f"Client ({n.id}) {n.name} username {n.user} WebSessionId (N/A) connected to 10.40.0.21:55555 from {n.ip}:{port()} version({SO_PLATFORMS['java'][0]}) platform({SO_PLATFORMS['java'][1]}) SslVersion() SslCipher() APIuser(appuser) authScheme(Basic) authorizationGroup() clientProfile(default) ACLProfile(billing) SSLDowngradedToPlainText(No) SslNegotiatedTo() SslValidityNotAfter(-)",
                )
                n.on = "pri"
                t = E(
                    "pri",
                    t + sec(r.uniform(0.01, 0.1)),
                    "info",
                    "CLIENT",
                    "CLIENT_CLIENT_BIND_FAILED",
                    SO_VPN,
                    n.name,
                    SO_BIND_FAIL,
                    f"Client ({n.id}) {n.name} username {n.user} Bind to Durable Queue {queue} failed, reason(Max clients exceeded for Queue)",
                )
                n.queue = None
                disconnect(n, t + sec(r.uniform(0.5, 2)), "Client Disconnect Received")
                n.queue = queue
                continue
            t = connect(n, "pri", t)
            t = disconnect(n, t + sec(r.uniform(15, 70)), "Peer TCP Reset")
            delay = min(delay * 2, 300)
        pods["billing-consumer"][k] = pod("billing-consumer", user, kind, queue, api)
        connect(pods["billing-consumer"][k], "pri", at(7, 55, 40 + 25 * k))
    E(
        "pri",
        at(7, 36, 12),
        "warning",
        "VPN",
        "VPN_AD_QENDPT_MSG_SPOOL_HIGH",
        SO_VPN,
        "-",
        SO_SPOOL_HIGH,
        f"Message VPN (1) {SO_VPN} Queue q.billing.events message spool usage (4012 MB) has risen above 80% of its quota (5000 MB)",
    )
    E(
        "pri",
        at(8, 9, 47),
        "notice",
        "VPN",
        "VPN_AD_QENDPT_MSG_SPOOL_HIGH_CLEAR",
        SO_VPN,
        "-",
        SO_SPOOL_CLEAR,
        f"Message VPN (1) {SO_VPN} Queue q.billing.events message spool usage (2988 MB) has fallen below 60% of its quota (5000 MB)",
    )
    # reporting-etl's nightly backlog on its exclusive queue, drained by 06:40
    E(
        "pri",
        at(6, 41, 3),
        "notice",
        "VPN",
        "VPN_AD_QENDPT_MSG_SPOOL_HIGH_CLEAR",
        SO_VPN,
        "-",
        SO_SPOOL_CLEAR,
        f"Message VPN (1) {SO_VPN} Queue q.reporting.etl message spool usage (2911 MB) has fallen below 60% of its quota (5000 MB)",
    )
    # fraud-scorer 3.2 deployed 10:15 with the rotated password missing: every attempt refused
    for k in range(2):
        name = f"fraud-scorer-7f{hexid(r, 7)}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        ip = f"10.42.{r.randint(0, 7)}.{r.randint(2, 250)}"
        t = at(10, 15, 30 + 20 * k)
        n, backoff = 0, 10.0
        while t < at(10, 35):
            E(
                broker_for(t),
                t,
                "warning",
                "CLIENT",
                "CLIENT_CLIENT_CONNECT_FAIL",
                SO_VPN,
                name,
                SO_CONNECT_FAIL,
                f"Client (0) {name} username fraud WebSessionId (N/A) connection attempt from {ip}:{port()} failed: reason(Unauthorized)",
            )
            n += 1
            if n % 6:
                t += sec(3 + r.uniform(0, 0.3))
            else:  # the container exits and Kubernetes backs off
                t += sec(backoff + r.uniform(4, 9))
                backoff = min(backoff * 2, 300)
    everyone += [c for v in pods.values() for c in v]
    # web dashboards and MQTT gateways
    webs = [("ops", f"ops-dash-{k:02d}") for k in range(1, 9)] + [
        ("trading", f"trade-ui-{k:02d}") for k in range(1, 7)
    ]
    for t in poisson_times(r, T0, T_END, 46):
        user, name = r.choice(webs)
        c = C(
            f"#client/{name}/{hexid(r, 8)}",
            user,
            f"10.60.{r.randint(1, 20)}.{r.randint(2, 250)}",
            "web",
            "dashboards",
        )
        b = broker_for(t)
        if not alive(b, t):
            continue
        connect(c, b, t)
        end = t + sec(r.expovariate(1 / 1500) + 20)
        if (b == "pri" and end >= pri_down[0] and t < pri_down[0]) or (
            b == "bak" and end >= at(11, 5, 9) and t < at(11, 5, 9)
        ):
            continue  # lost with the broker or the switchover (counted there)
        if end < T_END:
            disconnect(
                c,
                end,
                r.choice(
                    ["Client Disconnect Received", "Client Disconnect Received", "Peer TCP Closed"]
                ),
            )
    gws = [
        C(
            f"gw-{site}-{k:02d}",
            "gateway",
            f"100.64.{r.randint(0, 63)}.{r.randint(2, 250)}",
            "mqtt",
            "gateways",
        )
        for site in ("hh", "muc", "ber", "fra", "cgn")
        for k in range(1, 11)
    ]
    for g in gws:
        t = T0 + sec(r.uniform(0, 3000))
        while t < T_END:
            if pri_down[0] <= t < pri_down[0] + sec(40) or at(11, 5, 9) <= t < at(11, 5, 50):
                t += sec(60)
                continue
            g.on = broker_for(t)
            g.id, g.port = cid[0] + r.randint(1, 50000), port()
            nxt = t + sec(r.expovariate(1 / 3000) + 60)
            if (t < pri_down[0] <= nxt) or (t < at(11, 5, 9) <= nxt):
                t = (pri_down[0] if t < pri_down[0] <= nxt else at(11, 5, 9)) + sec(
                    r.uniform(20, 90)
                )
                connect(g, broker_for(t), t)
                continue
            if nxt >= T_END:
                break
            disconnect(
                g,
                nxt,
                r.choice(
                    [
                        "Peer TCP Reset",
                        "Peer TCP Reset",
                        "Client Disconnect Received",
                        "Keepalive Timeout",
                    ]
                ),
            )
            t = nxt + sec(r.uniform(4, 90))
            connect(g, broker_for(t), t)
    # the monitoring's SEMP poll every 5 minutes on both brokers
    for b in SO_BROKERS:
        for t in every(r, T0 + sec(r.uniform(20, 60)), T_END, 300, 2):
            if not alive(b, t):
                continue
            sess = f"10.40.5.9:{port()}"
            t = E(
                b,
                t,
                "info",
                "SYSTEM",
                "SYSTEM_AUTHENTICATION_SESSION_OPENED",
                "-",
                "-",
                SO_SEMP_OPEN,
                f"SEMP session {sess} internal authentication opened for user monitor",
            )
            E(
                b,
                t + sec(r.uniform(0.8, 3.5)),
                "info",
                "SYSTEM",
                "SYSTEM_AUTHENTICATION_SESSION_CLOSED",
                "-",
                "-",
                SO_SEMP_CLOSE,
                f"SEMP session {sess} closed for user monitor",
            )
    # 09:40:12 the primary's VM host panics: the backup takes over; the service pods reconnect
    t = pri_down[0] + sec(r.uniform(3, 4))
    t = E(
        "bak",
        t,
        "warning",
        "SYSTEM",
        "SYSTEM_HA_MATE_LINK_DOWN",
        "-",
        "-",
        SO_MATE_DOWN,
        "Mate link to sol-prod-01 down",
    )
    t = E(
        "bak",
        t + sec(r.uniform(2, 5)),
        "warning",
        "SYSTEM",
        "SYSTEM_HA_REDUN_STATE_CHANGE",
        "-",
        "-",
        SO_REDUN,
        "Redundancy state changed from Local Standby to Local Active",
    )
    t = E(
        "bak",
        t + sec(r.uniform(8, 20)),
        "notice",
        "SYSTEM",
        "SYSTEM_AD_MSG_SPOOL_STATE_CHANGE",
        "-",
        "-",
        SO_ADSTATE,
        "Message spool state changed from AD-Standby to AD-Active",
    )
    t = E(
        "bak",
        t + sec(0.2),
        "notice",
        "VPN",
        "VPN_VPN_STATE_CHANGE",
        SO_VPN,
        "-",
        SO_VPN_STATE,
        f"Message VPN (1) {SO_VPN} change status to up",
    )
    for c in everyone:
        if c.on == "pri":
            connect(c, "bak", t + sec(r.uniform(1, 45)))
    back = pri_down[1]
    t = E(
        "pri",
        back,
        "notice",
        "SYSTEM",
        "SYSTEM_HA_REDUN_STATE_CHANGE",
        "-",
        "-",
        SO_REDUN,
        "Redundancy state changed from Initializing to Local Standby",
    )
    t = E(
        "pri",
        t + sec(r.uniform(1, 3)),
        "notice",
        "SYSTEM",
        "SYSTEM_HA_MATE_LINK_UP",
        "-",
        "-",
        SO_MATE_UP,
        "Mate link to sol-prod-02 up",
    )
    E(
        "bak",
        t + sec(0.3),
        "notice",
        "SYSTEM",
        "SYSTEM_HA_MATE_LINK_UP",
        "-",
        "-",
        SO_MATE_UP,
        "Mate link to sol-prod-01 up",
    )
    # 11:05:09 the operators release activity on the backup: its clients are logged out
    sw = at(11, 5, 9)
    t = E(
        "bak",
        sw,
        "warning",
        "SYSTEM",
        "SYSTEM_HA_REDUN_STATE_CHANGE",
        "-",
        "-",
        SO_REDUN,
        "Redundancy state changed from Local Active to Mate Active",
    )
    t = E(
        "bak",
        t + sec(0.4),
        "notice",
        "VPN",
        "VPN_VPN_STATE_CHANGE",
        SO_VPN,
        "-",
        SO_VPN_STATE,
        f"Message VPN (1) {SO_VPN} change status to standby",
    )
    for c in everyone:
        if c.on == "bak":
            disconnect(c, t + sec(r.uniform(0.05, 1.5)), "Forced Logout", "Flow Unbound")
    t2 = E(
        "bak",
        t + sec(r.uniform(2, 3)),
        "notice",
        "SYSTEM",
        "SYSTEM_AD_MSG_SPOOL_STATE_CHANGE",
        "-",
        "-",
        SO_ADSTATE,
        "Message spool state changed from AD-Active to AD-Standby",
    )
    t = E(
        "pri",
        t2 + sec(0.5),
        "warning",
        "SYSTEM",
        "SYSTEM_HA_REDUN_STATE_CHANGE",
        "-",
        "-",
        SO_REDUN,
        "Redundancy state changed from Local Standby to Local Active",
    )
    t = E(
        "pri",
        t + sec(r.uniform(6, 12)),
        "notice",
        "SYSTEM",
        "SYSTEM_AD_MSG_SPOOL_STATE_CHANGE",
        "-",
        "-",
        SO_ADSTATE,
        "Message spool state changed from AD-Standby to AD-Active",
    )
    t = E(
        "pri",
        t + sec(0.2),
        "notice",
        "VPN",
        "VPN_VPN_STATE_CHANGE",
        SO_VPN,
        "-",
        SO_VPN_STATE,
        f"Message VPN (1) {SO_VPN} change status to up",
    )
    for c in everyone:
        if not c.on:
            connect(c, "pri", t + sec(r.uniform(1, 40)))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ksqldb

KQ_VERSION = "7.6.1"
KQ_HOSTS = {"ksqldb-1": "10.30.2.21", "ksqldb-2": "10.30.2.22"}
KQ_APP = "_confluent-ksql-prod_query_"
KQ_REQ = '%s - %s [%s] "%s %s %s" %d %d "-" "%s" %d'  # LoggingHandler's record, labelled by route
KQ_LISTENING = "ksqlDB API server listening on %s"
KQ_RESTORING = "Restoring previous state from %d commands."
KQ_RESTARTING = "Restarting %d queries."
KQ_RESTORED = "Restore complete"
KQ_EXECUTING = "Executing statement: %s"
KQ_EXECUTED = "Executed statement: %s"
KQ_CLOSING = "Closing command store"
KQ_UNHANDLED = "Unhandled exception caught in streams thread %s. (%s)"
KQ_RETRY = "Restarting query %s thread %s (attempt #%d)"
KQ_TRANSITION = "State transition from %s to %s"
KQ_NOCONN = "Connection to node %d (%s) could not be established. Broker may not be available."
KQ_DISCONNECTED = "Node %d disconnected."
KQ_JOINING = "(Re-)joining group"
KQ_JOINED = "Successfully joined group with generation %s"
KQ_SYNCED = "Successfully synced group in generation %s"
KQ_VALUES = "%s values: "
KQ_DESER = '{"type":0,"deserializationError":{"target":"value","errorMessage":"Failed to deserialize value from topic: %s. Can\'t convert type. sourceType: %s, requiredType: %s, path: %s","recordB64":null,"cause":["Can\'t convert type. sourceType: %s, requiredType: %s, path: %s"],"topic":"%s"},"recordProcessingError":null,"productionError":null,"serializationError":null,"kafkaStreamsThreadError":null}'
KQ_THREADERR = '{"type":4,"deserializationError":null,"recordProcessingError":null,"productionError":null,"serializationError":null,"kafkaStreamsThreadError":{"errorMessage":"Unhandled exception caught in streams thread","threadName":"%s","cause":["Error encountered sending record to topic %s for task %s due to:\\norg.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than %d, which is the value of the max.request.size configuration.\\nException handler choose to FAIL the processing, no more records would be sent.","The message is %d bytes when serialized which is larger than %d, which is the value of the max.request.size configuration."]}}'
KQ_BANNER = [
    "",
    "                  ===========================================",
    "                  =       _              _ ____  ____       =",
    "                  =      | | _____  __ _| |  _ \\| __ )      =",
    "                  =      | |/ / __|/ _` | | | | |  _ \\      =",
    "                  =      |   <\\__ \\ (_| | | |_| | |_) |     =",
    "                  =      |_|\\_\\___/\\__, |_|____/|____/      =",
    "                  =                   |_|                   =",
    "                  =        The Database purpose-built       =",
    "                  =        for stream processing apps       =",
    "                  ===========================================",
    "",
    "Copyright 2017-2024 Confluent Inc.",
    "",
    "Server {ver} listening on http://0.0.0.0:8088",
    "",
    "To access the KSQL CLI, run:",
    "ksql http://0.0.0.0:8088",
    "",
]
KQ_BANNER_LABEL = "\\n".join(KQ_BANNER).replace("{ver}", "%s")
KQ_QUERIES = {
    "CSAS_ORDERS_ENRICHED_3": ("orders", 12),
    "CTAS_REVENUE_BY_REGION_5": ("orders_enriched", 12),
    "CSAS_PAYMENTS_FLAGGED_7": ("payments", 6),
    "CTAS_SESSION_COUNTS_9": ("clickstream", 24),
}
KQ_REST_CONFIG = [
    "access.control.allow.headers = []",
    "access.control.allow.methods = []",
    "access.control.allow.origin = ",
    "authentication.method = NONE",
    "authentication.realm = ",
    "authentication.roles = [*]",
    "authentication.skip.paths = []",
    "ksql.advertised.listener = http://{host}.corp.example:8088",
    "ksql.endpoint.logging.ignored.paths.regex = ",
    "ksql.endpoint.logging.log.queries = false",
    "ksql.healthcheck.interval.ms = 5000",
    "ksql.heartbeat.enable = false",
    "ksql.internal.listener = null",
    "ksql.lag.reporting.enable = false",
    "ksql.logging.server.rate.limited.request.paths = ",
    "ksql.logging.server.rate.limited.response.codes = ",
    "ksql.logging.server.skipped.response.codes = ",
    "ksql.max.push.queries = 100",
    "ksql.server.command.blocked.threshold.error.ms = 15000",
    "ksql.server.command.response.timeout.ms = 5000",
    "ksql.server.error.messages = class io.confluent.ksql.rest.DefaultErrorMessages",
    "ksql.server.install.dir = /usr",
    "ksql.server.preconditions = []",
    "ksql.server.websockets.num.threads = 5",
    "listeners = [http://0.0.0.0:8088]",
    "query.stream.disconnect.check = 1000",
    "ssl.client.auth = false",
    "ssl.enabled.protocols = [TLSv1.3, TLSv1.2]",
    "ssl.keystore.location = ",
    "ssl.truststore.location = ",
]
KQ_KSQL_CONFIG = [
    "ksql.access.validator.enable = auto",
    "ksql.authorization.cache.expiry.time.secs = 30",
    "ksql.cast.strings.preserve.nulls = true",
    "ksql.connect.url = http://connect.corp.example:8083",
    "ksql.error.classifier.regex = ",
    "ksql.extension.dir = ext",
    "ksql.internal.topic.min.insync.replicas = 2",
    "ksql.internal.topic.replicas = 3",
    "ksql.logging.processing.rows.include = false",
    "ksql.logging.processing.stream.auto.create = true",
    "ksql.logging.processing.topic.auto.create = true",
    "ksql.logging.processing.topic.name = prod_ksql_processing_log",
    "ksql.output.topic.name.prefix = ",
    "ksql.persistent.prefix = query_",
    "ksql.pull.queries.enable = true",
    "ksql.query.persistent.active.limit = 2147483647",
    "ksql.query.pull.max.allowed.offset.lag = 9223372036854775807",
    "ksql.query.retry.backoff.initial.ms = 15000",
    "ksql.query.retry.backoff.max.ms = 900000",
    "ksql.schema.registry.url = http://schema-registry.corp.example:8081",
    "ksql.service.id = prod_",
    "ksql.sink.window.change.log.additional.retention = 1000000",
    "ksql.streams.auto.offset.reset = earliest",
    "ksql.streams.bootstrap.servers = kafka-1.corp.example:9092,kafka-2.corp.example:9092,kafka-3.corp.example:9092",
    "ksql.streams.num.stream.threads = 2",
    "ksql.streams.producer.max.request.size = 1048576",
    "ksql.streams.replication.factor = 3",
    "ksql.streams.state.dir = /var/lib/kafka-streams",
    "ksql.transient.prefix = transient_",
    "ksql.udf.enable.security.manager = true",
    "ksql.udfs.enabled = true",
]
KQ_BROKERS = {
    1: "kafka-1.corp.example/10.30.1.11:9092",
    2: "kafka-2.corp.example/10.30.1.12:9092",
    3: "kafka-3.corp.example/10.30.1.13:9092",
}
KQ_TOO_LARGE_STACK = [
    "org.apache.kafka.streams.errors.StreamsException: Error encountered sending record to topic REVENUE_BY_REGION for task 1_3 due to:",
    "org.apache.kafka.common.errors.RecordTooLargeException: The message is {n} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.",
    "Exception handler choose to FAIL the processing, no more records would be sent.",
    "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.recordSendError(RecordCollectorImpl.java:310)",
    "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.lambda$send$1(RecordCollectorImpl.java:271)",
    "\tat org.apache.kafka.clients.producer.KafkaProducer.doSend(KafkaProducer.java:1062)",
    "\tat org.apache.kafka.clients.producer.KafkaProducer.send(KafkaProducer.java:962)",
    "\tat org.apache.kafka.streams.processor.internals.StreamsProducer.send(StreamsProducer.java:261)",
    "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.send(RecordCollectorImpl.java:249)",
    "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.send(RecordCollectorImpl.java:170)",
    "\tat org.apache.kafka.streams.processor.internals.SinkNode.process(SinkNode.java:85)",
    "\tat org.apache.kafka.streams.processor.internals.ProcessorNode.process(ProcessorNode.java:152)",
    "\tat org.apache.kafka.streams.processor.internals.ProcessorContextImpl.forwardInternal(ProcessorContextImpl.java:291)",
    "\tat org.apache.kafka.streams.processor.internals.ProcessorContextImpl.forward(ProcessorContextImpl.java:270)",
    "\tat org.apache.kafka.streams.kstream.internals.TimestampedCacheFlushListener.apply(TimestampedCacheFlushListener.java:45)",
    "\tat org.apache.kafka.streams.state.internals.CachingKeyValueStore.putAndMaybeForward(CachingKeyValueStore.java:124)",
    "\tat org.apache.kafka.streams.state.internals.ThreadCache.flush(ThreadCache.java:158)",
    "\tat org.apache.kafka.streams.processor.internals.StreamTask.flush(StreamTask.java:483)",
    "\tat org.apache.kafka.streams.processor.internals.TaskExecutor.commitOffsetsOrTransaction(TaskExecutor.java:196)",
    "\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnceWithoutProcessingThreads(StreamThread.java:906)",
    "\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:686)",
    "\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:645)",
    "Caused by: org.apache.kafka.common.errors.RecordTooLargeException: The message is {n} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.",
]
KQ_STMTS = {
    "shipments": "CREATE STREAM SHIPMENTS (SHIPMENT_ID STRING KEY, ORDER_ID STRING, CARRIER STRING, PROMISED_AT BIGINT, DELIVERED_AT BIGINT) WITH (KAFKA_TOPIC='shipments', KEY_FORMAT='KAFKA', VALUE_FORMAT='JSON');",
    "late": "CREATE STREAM SHIPMENTS_LATE WITH (KAFKA_TOPIC='shipments_late', PARTITIONS=6, REPLICAS=3) AS SELECT SHIPMENT_ID, ORDER_ID, CARRIER, ((DELIVERED_AT - PROMISED_AT) / 3600000) HOURS_LATE FROM SHIPMENTS WHERE (DELIVERED_AT > PROMISED_AT) EMIT CHANGES;",
    "terminate": "TERMINATE CTAS_REVENUE_BY_REGION_5;",
    "drop": "DROP TABLE IF EXISTS REVENUE_BY_REGION;",
    "revenue": "CREATE TABLE REVENUE_BY_REGION WITH (KAFKA_TOPIC='revenue_by_region', PARTITIONS=12, REPLICAS=3, VALUE_FORMAT='AVRO') AS SELECT REGION, WINDOWSTART WS, COUNT(*) ORDERS, SUM(AMOUNT) REVENUE FROM ORDERS_ENRICHED WINDOW TUMBLING (SIZE 1 HOURS, GRACE PERIOD 10 MINUTES) GROUP BY REGION EMIT FINAL;",
    "tmp": "CREATE STREAM TMP_ORDERS_DEBUG AS SELECT * FROM ORDERS WHERE (CUSTOMER_ID = 'C-1009931') EMIT CHANGES;",
    "droptmp": "DROP STREAM TMP_ORDERS_DEBUG DELETE TOPIC;",
}
KQ_CLIENTS = [
    ("10.30.4.11", "ksqlDB Java Client", "POST", "/query-stream", "HTTP/2.0", 8),
    ("10.30.4.12", "ksqlDB Java Client", "POST", "/query-stream", "HTTP/2.0", 8),
    ("10.30.4.31", "python-requests/2.31.0", "POST", "/query", "HTTP/1.1", 4),
    ("10.30.5.7", "Go-http-client/1.1", "POST", "/query", "HTTP/1.1", 3),
    ("10.30.6.20", "ksqlDB CLI/7.6.1", "POST", "/ksql", "HTTP/1.1", 1),
]


def ksqldb(r: random.Random) -> list[Log]:
    """Two ksqlDB servers' journal (`journalctl -u confluent-ksqldb -o short-iso`), 06:00 to
    12:00 (see the module docstring)."""
    fs = Files()
    pid = {h: r.randint(1500, 2400) for h in KQ_HOSTS}
    tid = {
        h: {
            q: uuid4(r)
            for q in [*KQ_QUERIES, "CSAS_SHIPMENTS_LATE_13", "CTAS_REVENUE_BY_REGION_15"]
        }
        for h in KQ_HOSTS
    }
    restart2 = (at(11, 0, 14), at(11, 1, 2))

    def J(h: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        """One write of the JVM's stdout: one journal entry a line."""
        p = pid[h]
        return fs.add(
            f"{h}-journal.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}+0000 {h} ksql-server-start[{p}]: {ln}" for ln in lines
            ],
            (h, p),
            MS,
        )

    def L(
        h: str, t: datetime, level: str, logger: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        p = pid[h]
        return fs.add(
            f"{h}-journal.log",
            t,
            label,
            lambda x: (
                [
                    f"{x:%Y-%m-%dT%H:%M:%S}+0000 {h} ksql-server-start[{p}]: [{log4j_ts(x)}] {level} {msg} ({logger})"
                ]
                + [f"{x:%Y-%m-%dT%H:%M:%S}+0000 {h} ksql-server-start[{p}]: {ln}" for ln in more]
            ),
            (h, p),
            MS,
        )

    def up(h: str, t: datetime) -> bool:
        return not (h == "ksqldb-2" and restart2[0] <= t < restart2[1])

    def thread(h: str, q: str, n: int) -> str:
        return f"{KQ_APP}{q}-{tid[h][q]}-StreamThread-{n}"

    def rfc1123(t: datetime) -> str:
        return f"{t:%a, %d %b %Y %H:%M:%S} GMT"

    def req(
        h: str,
        t: datetime,
        ip: str,
        method: str,
        path: str,
        ver: str,
        status: int,
        size: int,
        ua: str,
        body: int,
    ) -> None:
        """LoggingHandler's access record, labelled by method, route and status (the set's rule
        for access records); the format is KQ_REQ."""
        level, line = (
            ("INFO", 136) if status < 400 else (("WARN", 134) if status < 500 else ("ERROR", 132))
        )
        L(
            h,
            t,
            level,
            f"io.confluent.ksql.api.server.LoggingHandler:{line}",
            f"{method} {path} {status}",
            f'{ip} - - [{rfc1123(t)}] "{method} {path} {ver}" {status} {size} "-" "{ua}" {body}',
        )

    def transition(h: str, t: datetime, q: str, n: int | None, a: str, b: str) -> datetime:
        if n is None:
            return L(
                h,
                t,
                "INFO",
                "org.apache.kafka.streams.KafkaStreams:342",
                KQ_TRANSITION,
                f"stream-client [{KQ_APP}{q}-{tid[h][q]}] State transition from {a} to {b}",
            )
        return L(
            h,
            t,
            "INFO",
            "org.apache.kafka.streams.processor.internals.StreamThread:239",
            KQ_TRANSITION,
            f"stream-thread [{thread(h, q, n)}] State transition from {a} to {b}",
        )

    gen = {
        q: r.randint(20, 60)
        for q in [*KQ_QUERIES, "CSAS_SHIPMENTS_LATE_13", "CTAS_REVENUE_BY_REGION_15"]
    }

    def rebalance(h: str, t: datetime, q: str, revoke: bool = True) -> datetime:
        gen[q] += 1
        t = transition(h, t, q, None, "RUNNING", "REBALANCING")
        for n in (1, 2):
            th = thread(h, q, n)
            pre = f"[Consumer clientId={th}-consumer, groupId={KQ_APP}{q}] "
            if revoke:
                t = transition(
                    h, t + sec(r.uniform(0.001, 0.02)), q, n, "RUNNING", "PARTITIONS_REVOKED"
                )
            t = L(
                h,
                t + sec(r.uniform(0.001, 0.01)),
                "INFO",
                "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:566",
                KQ_JOINING,
                pre + "(Re-)joining group",
            )
            t = L(
                h,
                t + sec(r.uniform(0.2, 3.5)),
                "INFO",
                "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:627",
                KQ_JOINED,
                pre
                + f"Successfully joined group with generation Generation{{generationId={gen[q]}, memberId='{th}-consumer-{uuid4(r)}', protocol='stream'}}",
            )
            t = L(
                h,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:802",
                KQ_SYNCED,
                pre
                + f"Successfully synced group in generation Generation{{generationId={gen[q]}, memberId='{th}-consumer-{uuid4(r)}', protocol='stream'}}",
            )
            t = transition(
                h,
                t + sec(r.uniform(0.005, 0.05)),
                q,
                n,
                "PARTITIONS_REVOKED" if revoke else "STARTING",
                "PARTITIONS_ASSIGNED",
            )
            t = transition(h, t + sec(r.uniform(0.05, 2.5)), q, n, "PARTITIONS_ASSIGNED", "RUNNING")
        return transition(h, t + sec(r.uniform(0.001, 0.05)), q, None, "REBALANCING", "RUNNING")

    def command(t: datetime, stmt: str) -> None:
        for h in KQ_HOSTS:
            x = t + sec(r.uniform(0.02, 0.4))
            x = L(
                h,
                x,
                "INFO",
                "io.confluent.ksql.rest.server.computation.CommandRunner:299",
                KQ_EXECUTING,
                f"Executing statement: {stmt}",
            )
            L(
                h,
                x + sec(r.uniform(0.05, 0.9)),
                "INFO",
                "io.confluent.ksql.rest.server.computation.CommandRunner:305",
                KQ_EXECUTED,
                f"Executed statement: {stmt}",
            )

    # --- HTTP traffic: the load balancer's health check, the monitoring's /info, pull queries
    for h in KQ_HOSTS:
        for t in every(r, T0 + sec(r.uniform(1, 30)), T_END, 60, 0.3):
            if up(h, t):
                req(h, t, "10.30.0.5", "GET", "/healthcheck", "HTTP/1.1", 200, 188, "HAProxy", 0)
        for t in every(r, T0 + sec(r.uniform(1, 100)), T_END, 120, 1):
            if up(h, t):
                req(
                    h, t, "10.30.7.15", "GET", "/info", "HTTP/1.1", 200, 132, "Prometheus/2.51.2", 0
                )
        for t in poisson_times(r, T0, T_END, 34):
            if not up(h, t):
                continue
            cip, ua, method, path, ver, _ = r.choices(KQ_CLIENTS, [c[5] for c in KQ_CLIENTS])[0]
            status = 200
            if path == "/ksql" and r.random() < 0.3:
                status = 400
            if at(8, 30) <= t < at(8, 31, 10) and r.random() < 0.5:
                status = 500
            size = r.randint(120, 9000) if status == 200 else r.randint(180, 400)
            req(
                h,
                t + sec(r.uniform(0.01, 2.5)),
                cip,
                method,
                path,
                ver,
                status,
                size,
                ua,
                r.randint(60, 420),
            )
    # --- the orders producer 2.14 sends AMOUNT / QUANTITY as strings 07:40-08:05
    for t in poisson_times(r, at(7, 40, 20), at(8, 5, 10), 290):
        h = r.choice(list(KQ_HOSTS))
        path, req_t = r.choice(
            [
                ("$.AMOUNT", "DECIMAL(12, 2)"),
                ("$.AMOUNT", "DECIMAL(12, 2)"),
                ("$.QUANTITY", "INTEGER"),
            ]
        )
        L(
            h,
            t,
            "ERROR",
            "processing.CSAS_ORDERS_ENRICHED_3.KsqlTopic.Source.deserializer:44",
            KQ_DESER,
            '{"type":0,"deserializationError":{"target":"value","errorMessage":"Failed to deserialize value from topic: orders. Can\'t convert type. sourceType: TextNode, requiredType: '
            + req_t
            + ", path: "
            + path
            + '","recordB64":null,"cause":["Can\'t convert type. sourceType: TextNode, requiredType: '
            + req_t
            + ", path: "
            + path
            + '"],"topic":"orders"},"recordProcessingError":null,"productionError":null,"serializationError":null,"kafkaStreamsThreadError":null}',
        )
    # --- kafka-2 restarted by the rolling upgrade 08:30:00-08:31:10
    down = (at(8, 30, 0), at(8, 31, 10))
    for h in KQ_HOSTS:
        clients = [
            f"[Producer clientId={thread(h, q, n)}-producer] " for q in KQ_QUERIES for n in (1, 2)
        ]
        clients += [
            f"[Consumer clientId={thread(h, q, n)}-consumer, groupId={KQ_APP}{q}] "
            for q in KQ_QUERIES
            for n in (1, 2)
        ]
        clients += [
            "[AdminClient clientId=adminclient-2] ",
            "[Consumer clientId=_confluent-ksql-prod__command_runner, groupId=_confluent-ksql-prod__command_runner] ",
        ]
        for c in clients:
            t = down[0] + sec(r.uniform(0.05, 2))
            L(
                h,
                t,
                "INFO",
                "org.apache.kafka.clients.NetworkClient:977",
                KQ_DISCONNECTED,
                c + "Node 2 disconnected.",
            )
        for c in r.sample(clients, 6):
            t = down[0] + sec(r.uniform(0.5, 3))
            backoff = 0.05
            while t < down[1]:
                L(
                    h,
                    t,
                    "WARN",
                    "org.apache.kafka.clients.NetworkClient:813",
                    KQ_NOCONN,
                    c
                    + f"Connection to node 2 ({KQ_BROKERS[2]}) could not be established. Broker may not be available.",
                )
                backoff = min(backoff * 2, 1.0)
                t += sec(backoff * r.uniform(0.8, 1.2) + r.uniform(4, 9))
        for q in ["CTAS_REVENUE_BY_REGION_5", "CTAS_SESSION_COUNTS_9"]:
            rebalance(h, down[0] + sec(r.uniform(8, 25)), q)
    # --- a new query deployed by CI at 09:14
    command(at(9, 14, 52), KQ_STMTS["shipments"])
    command(at(9, 15, 21), KQ_STMTS["late"])
    for h in KQ_HOSTS:
        t = at(9, 15, 23) + sec(r.uniform(0, 0.5))
        q = "CSAS_SHIPMENTS_LATE_13"
        t = transition(h, t, q, None, "CREATED", "REBALANCING")
        for n in (1, 2):
            t = transition(h, t + sec(0.01), q, n, "CREATED", "STARTING")
        rebalance(h, t + sec(r.uniform(0.5, 2)), q, revoke=False)
    # --- 10:10 an order with 4,000 line items aggregates into a window row over max.request.size:
    # the one thread owning the partition dies and is restarted with a growing back-off
    h, q, n = "ksqldb-1", "CTAS_REVENUE_BY_REGION_5", 2
    t, back, attempt = at(10, 10, 41), 15.0, 0
    th = thread(h, q, n)
    while t < at(10, 38, 30):
        size = r.choice([1183085, 1183085, 1190412])
        t = transition(h, t, q, n, "RUNNING", "PENDING_SHUTDOWN")
        t = L(
            h,
            t + sec(0.002),
            "ERROR",
            "io.confluent.ksql.util.QueryMetadataImpl:214",
            KQ_UNHANDLED,
            f"Unhandled exception caught in streams thread {th}. (UNKNOWN)",
            [x.replace("{n}", str(size)) for x in KQ_TOO_LARGE_STACK],
        )
        cause = f"Error encountered sending record to topic REVENUE_BY_REGION for task 1_3 due to:\\norg.apache.kafka.common.errors.RecordTooLargeException: The message is {size} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.\\nException handler choose to FAIL the processing, no more records would be sent."
        cause2 = f"The message is {size} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration."
        t = L(
            h,
            t + sec(0.003),
            "ERROR",
            f"processing.{q}.ksql.logger.thread.exception.uncaught:44",
            KQ_THREADERR,
            '{"type":4,"deserializationError":null,"recordProcessingError":null,"productionError":null,"serializationError":null,"kafkaStreamsThreadError":{"errorMessage":"Unhandled exception caught in streams thread","threadName":"'
            + th
            + '","cause":["'
            + cause
            + '","'
            + cause2
            + '"]}}',
        )
        t = transition(h, t + sec(r.uniform(0.05, 0.4)), q, n, "PENDING_SHUTDOWN", "DEAD")
        attempt += 1
        n += 1
        th2 = thread(h, q, n)
        t = L(
            h,
            t + sec(back),
            "INFO",
            "io.confluent.ksql.util.QueryMetadataImpl:495",
            KQ_RETRY,
            f"Restarting query {q} thread {th2} (attempt #{attempt})",
        )
        t = transition(h, t + sec(0.01), q, n, "CREATED", "STARTING")
        t = transition(h, t + sec(r.uniform(0.5, 3)), q, n, "STARTING", "PARTITIONS_ASSIGNED")
        t = transition(h, t + sec(r.uniform(2, 6)), q, n, "PARTITIONS_ASSIGNED", "RUNNING")
        th = th2
        back = min(back * 2, 900)
        t += sec(r.uniform(20, 40))
    # the fix: the window query recreated with a larger producer limit, 10:38
    command(at(10, 38, 40), KQ_STMTS["terminate"])
    for h in KQ_HOSTS:
        t = at(10, 38, 41) + sec(r.uniform(0.2, 0.6))
        t = transition(h, t, "CTAS_REVENUE_BY_REGION_5", None, "RUNNING", "PENDING_SHUTDOWN")
        transition(
            h,
            t + sec(r.uniform(0.3, 1.2)),
            "CTAS_REVENUE_BY_REGION_5",
            None,
            "PENDING_SHUTDOWN",
            "NOT_RUNNING",
        )
    command(at(10, 39, 2), KQ_STMTS["drop"])
    command(at(10, 39, 30), KQ_STMTS["revenue"])
    for h in KQ_HOSTS:
        q = "CTAS_REVENUE_BY_REGION_15"
        t = transition(
            h, at(10, 39, 32) + sec(r.uniform(0, 0.5)), q, None, "CREATED", "REBALANCING"
        )
        rebalance(h, t + sec(r.uniform(0.5, 2)), q, revoke=False)
    # --- ksqldb-2 restarted at 11:00 for a JVM flag; ksqldb-1's queries rebalance twice
    h = "ksqldb-2"
    live = [
        "CSAS_ORDERS_ENRICHED_3",
        "CSAS_PAYMENTS_FLAGGED_7",
        "CTAS_SESSION_COUNTS_9",
        "CSAS_SHIPMENTS_LATE_13",
        "CTAS_REVENUE_BY_REGION_15",
    ]
    t = restart2[0] - sec(1.5)
    for q in live:
        t = transition(h, t + sec(0.01), q, None, "RUNNING", "PENDING_SHUTDOWN")
        for n in (1, 2):
            t = transition(h, t + sec(0.005), q, n, "RUNNING", "PENDING_SHUTDOWN")
    L(
        h,
        t + sec(0.3),
        "INFO",
        "io.confluent.ksql.rest.server.computation.CommandRunner:404",
        KQ_CLOSING,
        "Closing command store",
    )
    pid[h] = r.randint(2500, 4000)
    t = restart2[1]
    t = L(
        h,
        t,
        "INFO",
        "org.apache.kafka.common.config.AbstractConfig:370",
        KQ_VALUES,
        "KsqlRestConfig values: ",
        ["\t" + x.replace("{host}", h) for x in KQ_REST_CONFIG],
    )
    t = L(
        h,
        t + sec(0.4),
        "INFO",
        "org.apache.kafka.common.config.AbstractConfig:370",
        KQ_VALUES,
        "KsqlConfig values: ",
        ["\t" + x for x in KQ_KSQL_CONFIG],
    )
    t = L(
        h,
        t + sec(r.uniform(2, 4)),
        "INFO",
        "io.confluent.ksql.rest.server.computation.CommandRunner:236",
        KQ_RESTORING,
        "Restoring previous state from 41 commands.",
    )
    t = L(
        h,
        t + sec(r.uniform(1, 3)),
        "INFO",
        "io.confluent.ksql.rest.server.computation.CommandRunner:270",
        KQ_RESTARTING,
        "Restarting 5 queries.",
    )
    for q in live:
        tid[h][q] = uuid4(r)
        t = transition(h, t + sec(0.02), q, None, "CREATED", "REBALANCING")
        for n in (1, 2):
            t = transition(h, t + sec(0.01), q, n, "CREATED", "STARTING")
    t = L(
        h,
        t + sec(0.05),
        "INFO",
        "io.confluent.ksql.rest.server.computation.CommandRunner:274",
        KQ_RESTORED,
        "Restore complete",
    )
    t = L(
        h,
        t + sec(r.uniform(1, 2)),
        "INFO",
        "io.confluent.ksql.rest.server.KsqlRestApplication:382",
        KQ_LISTENING,
        "ksqlDB API server listening on http://0.0.0.0:8088",
    )
    t = J(h, t + sec(0.01), KQ_BANNER_LABEL, [x.replace("{ver}", KQ_VERSION) for x in KQ_BANNER])
    for q in live:
        rebalance(h, t + sec(r.uniform(2, 8)), q, revoke=False)
        rebalance("ksqldb-1", restart2[0] + sec(r.uniform(2, 10)), q)
        rebalance("ksqldb-1", t + sec(r.uniform(3, 12)), q)
    # a developer's debug stream, created 11:20 and dropped 11:41
    command(at(11, 20, 5), KQ_STMTS["tmp"])
    command(at(11, 41, 33), KQ_STMTS["droptmp"])
    return fs.logs(T0)


# -------------------------------------------------------------------------- schema-registry

SR_PODS = ["schema-registry-0", "schema-registry-1"]
SR_DNS = "{pod}.schema-registry.confluent.svc.cluster.local"
SR_REQ = '%s - %s [%s] "%s %s %s" %s %s "%s" "%s" %s'  # Jetty's NCSA record, labelled by route
SR_REGISTER = "Registering new schema: subject %s, version %s, id %s, type %s, schema size %d"
SR_WAIT = "Wait to catch up until the offset at %d"
SR_REACHED = "Reached offset at %d"
SR_DELETE = "Deleting schema version %s from subject %s"
SR_FAILED = "Request Failed with exception "
SR_ELECTED = "Finished rebalance with leader election result: %s"
SR_REBALANCE = "Rebalance started"
SR_JOINING = "(Re-)joining group"
SR_JOINED = "Successfully joined group with generation %s"
SR_SYNCED = "Successfully synced group in generation %s"
SR_NOCONN = "Connection to node %d (%s) could not be established. Broker may not be available."
SR_DISCONNECTED = "Node %d disconnected."
SR_VALUES = "%s values: "
SR_JETTY_LOG = "Logging initialized @%dms to org.eclipse.jetty.util.log.Slf4jLog"
SR_KSTORE_INIT = "Initializing KafkaStore with broker endpoints: %s"
SR_LAST_OFFSET = "Initialized last consumed offset to %d"
SR_T_STARTING = "Starting"
SR_T_SHUTTING = "Shutting down"
SR_T_STOPPED = "Stopped"
SR_T_COMPLETED = "Shutdown completed"
SR_JETTY = "jetty-%s; built: %s; git: %s; jvm %s"
SR_JSTARTED = "Started %s"
SR_STARTED_AT = "Started @%dms"
SR_SERVER_STARTED = "Server started, listening for requests..."
SR_JSTOPPED = "Stopped %s"
SR_CONFIG = [
    "access.control.allow.headers = ",
    "access.control.allow.methods = ",
    "access.control.allow.origin = ",
    "authentication.method = NONE",
    "authentication.realm = ",
    "authentication.roles = [*]",
    "compression.enable = true",
    "debug = false",
    "host.name = {dns}",
    "idle.timeout.ms = 30000",
    "inter.instance.protocol = http",
    "kafkastore.bootstrap.servers = [SASL_SSL://kafka.confluent.svc.cluster.local:9071]",
    "kafkastore.group.id = ",
    "kafkastore.init.timeout.ms = 60000",
    "kafkastore.timeout.ms = 500",
    "kafkastore.topic = _schemas",
    "kafkastore.topic.replication.factor = 3",
    "kafkastore.update.handlers = []",
    "kafkastore.write.max.retries = 5",
    "leader.eligibility = true",
    "listeners = [http://0.0.0.0:8081]",
    "metrics.jmx.prefix = kafka.schema.registry",
    "mode.mutability = true",
    "request.logger.name = io.confluent.rest-utils.requests",
    "schema.compatibility.level = backward",
    "schema.providers = []",
    "schema.registry.group.id = confluent.schema-registry",
    "schema.registry.inter.instance.protocol = ",
    "schema.registry.resource.extension.class = []",
    "shutdown.graceful.ms = 1000",
    "ssl.client.auth = false",
    "ssl.enabled.protocols = []",
    "thread.pool.max = 200",
    "thread.pool.min = 8",
]
SR_SUBJECTS = [
    ("orders-value", "AVRO", 2100, 14),
    ("orders-key", "AVRO", 60, 3),
    ("payments-value", "AVRO", 1650, 9),
    ("shipments-value", "JSON", 980, 4),
    ("clickstream-value", "PROTOBUF", 720, 6),
    ("inventory.updates-value", "AVRO", 1380, 11),
    ("customers-value", "AVRO", 2890, 17),
    ("orders_enriched-value", "AVRO", 2412, 5),
    ("revenue_by_region-value", "AVRO", 610, 2),
    ("fraud.scores-value", "JSON", 540, 3),
    ("notifications-value", "AVRO", 800, 7),
]
SR_UAS = [
    "Java/17.0.10",
    "Java/11.0.22",
    "confluent-kafka-python/2.4.0",
    "Go-http-client/1.1",
    "Java/17.0.10",
]
SR_FWD_STACK = [
    "io.confluent.rest.exceptions.RestServerErrorException: Error while forwarding register schema request to the leader; error code: 50003",
    "\tat io.confluent.kafka.schemaregistry.rest.exceptions.Errors.requestForwardingFailedException(Errors.java:175)",
    "\tat io.confluent.kafka.schemaregistry.rest.resources.SubjectVersionsResource.register(SubjectVersionsResource.java:448)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
    "\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)",
    "\tat org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher$1.run(AbstractJavaResourceMethodDispatcher.java:134)",
    "\tat org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher.invoke(AbstractJavaResourceMethodDispatcher.java:177)",
    "\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)",
    "\tat org.glassfish.jersey.internal.Errors.process(Errors.java:292)",
    "\tat org.glassfish.jersey.server.ServerRuntime.process(ServerRuntime.java:234)",
    "\tat org.glassfish.jersey.server.ApplicationHandler.handle(ApplicationHandler.java:684)",
    "\tat org.glassfish.jersey.servlet.WebComponent.serviceImpl(WebComponent.java:394)",
    "\tat org.glassfish.jersey.servlet.ServletContainer.service(ServletContainer.java:358)",
    "\tat org.eclipse.jetty.servlet.ServletHolder.handle(ServletHolder.java:799)",
    "\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)",
    "\tat org.eclipse.jetty.server.Server.handle(Server.java:516)",
    "\tat org.eclipse.jetty.io.ChannelEndPoint$1.run(ChannelEndPoint.java:104)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: io.confluent.kafka.schemaregistry.exceptions.SchemaRegistryRequestForwardingException: Unexpected error while forwarding the registering schema request {version=0, id=-1, schemaType=AVRO, references=[], schema={SCHEMA}} to http://{LEADER}:8081",
    "\tat io.confluent.kafka.schemaregistry.storage.KafkaSchemaRegistry.forwardRegisterRequestToLeader(KafkaSchemaRegistry.java:1160)",
    "\tat io.confluent.kafka.schemaregistry.storage.KafkaSchemaRegistry.registerOrForward(KafkaSchemaRegistry.java:683)",
    "\tat io.confluent.kafka.schemaregistry.rest.resources.SubjectVersionsResource.register(SubjectVersionsResource.java:431)",
    "\t... 18 more",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
    "\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:183)",
    "\tat io.confluent.kafka.schemaregistry.client.rest.RestService.sendHttpRequest(RestService.java:274)",
    "\t... 22 more",
]
SR_TIMEOUT_STACK = [
    "io.confluent.rest.exceptions.RestServerErrorException: Register operation timed out; error code: 50002",
    "\tat io.confluent.kafka.schemaregistry.rest.exceptions.Errors.operationTimeoutException(Errors.java:165)",
    "\tat io.confluent.kafka.schemaregistry.rest.resources.SubjectVersionsResource.register(SubjectVersionsResource.java:442)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)",
    "\tat org.eclipse.jetty.server.Server.handle(Server.java:516)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: io.confluent.kafka.schemaregistry.storage.exceptions.StoreTimeoutException: Put operation timed out while waiting for an ack from Kafka",
    "\tat io.confluent.kafka.schemaregistry.storage.KafkaStore.put(KafkaStore.java:366)",
    "\tat io.confluent.kafka.schemaregistry.storage.KafkaSchemaRegistry.register(KafkaSchemaRegistry.java:601)",
    "\t... 12 more",
    "Caused by: java.util.concurrent.TimeoutException: Timeout after waiting for 500 ms.",
    "\tat org.apache.kafka.clients.producer.internals.FutureRecordMetadata.get(FutureRecordMetadata.java:76)",
    "\tat io.confluent.kafka.schemaregistry.storage.KafkaStore.put(KafkaStore.java:358)",
    "\t... 13 more",
]


def schema_registry(r: random.Random) -> list[Log]:
    """Two Schema Registry pods' logs (the log shipper's per-pod files), 06:00 to 12:00 (see
    the module docstring)."""
    fs = Files()
    jvm = {p: 1 for p in SR_PODS}
    offset = [r.randint(48000, 52000)]
    ids = {s: r.randint(100, 2400) for s, *_ in SR_SUBJECTS}
    versions = {s: v for s, _, _, v in SR_SUBJECTS}
    gen = [r.randint(30, 60)]
    evicted = (at(10, 20, 4), at(10, 21, 31))

    def L(
        p: str, t: datetime, level: str, logger: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [f"[{log4j_ts(x)}] {level} {msg} ({logger})", *more],
            (p, jvm[p]),
            MS,
        )

    def up(p: str, t: datetime) -> bool:
        return not (p == "schema-registry-0" and evicted[0] <= t < evicted[1])

    def leader_at(t: datetime) -> str | None:
        if t < evicted[0]:
            return "schema-registry-0"
        if t < evicted[0] + sec(9):
            return None
        return "schema-registry-1"

    def ncsa(t: datetime) -> str:
        return f"{t:%d/%b/%Y:%H:%M:%S} +0000"

    def req(
        p: str,
        t: datetime,
        ip: str,
        method: str,
        route: str,
        args: tuple,
        status: int,
        size: int,
        ua: str,
        ms: int,
    ) -> datetime:
        """Jetty's access record (SR_REQ), labelled by method, route and status (the set's rule
        for access records: a subject, an id and a query's values are variables)."""
        path = route % args
        return L(
            p,
            t,
            "INFO",
            "io.confluent.rest-utils.requests",
            f"{method} {route} {status}",
            f'{ip} - - [{ncsa(t - sec(ms / 1000))}] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" {ms}',
        )

    def catch_up(p: str, t: datetime) -> datetime:
        offset[0] += 1
        t = L(
            p,
            t,
            "INFO",
            "io.confluent.kafka.schemaregistry.storage.KafkaStore",
            SR_WAIT,
            f"Wait to catch up until the offset at {offset[0]}",
        )
        return L(
            p,
            t + sec(r.uniform(0.001, 0.02)),
            "INFO",
            "io.confluent.kafka.schemaregistry.storage.KafkaStore",
            SR_REACHED,
            f"Reached offset at {offset[0]}",
        )

    def coord(p: str, t: datetime, who: str) -> datetime:
        pre = "[Schema registry clientId=sr-1, groupId=confluent.schema-registry] "
        t = L(
            p,
            t,
            "INFO",
            "io.confluent.kafka.schemaregistry.leaderelector.kafka.SchemaRegistryCoordinator",
            SR_REBALANCE,
            pre + "Rebalance started",
        )
        t = L(
            p,
            t + sec(0.002),
            "INFO",
            "org.apache.kafka.clients.consumer.internals.AbstractCoordinator",
            SR_JOINING,
            pre + "(Re-)joining group",
        )
        gen[0] += 1
        member = f"sr-1-{uuid4(r)}"
        t = L(
            p,
            t + sec(r.uniform(0.05, 3)),
            "INFO",
            "org.apache.kafka.clients.consumer.internals.AbstractCoordinator",
            SR_JOINED,
            pre
            + f"Successfully joined group with generation Generation{{generationId={gen[0]}, memberId='{member}', protocol='v0'}}",
        )
        t = L(
            p,
            t + sec(r.uniform(0.005, 0.05)),
            "INFO",
            "org.apache.kafka.clients.consumer.internals.AbstractCoordinator",
            SR_SYNCED,
            pre
            + f"Successfully synced group in generation Generation{{generationId={gen[0]}, memberId='{member}', protocol='v0'}}",
        )
        dns = SR_DNS.format(pod=who)
        return L(
            p,
            t + sec(0.002),
            "INFO",
            "io.confluent.kafka.schemaregistry.leaderelector.kafka.KafkaGroupLeaderElector",
            SR_ELECTED,
            f"Finished rebalance with leader election result: Assignment{{version=1, error=0, leader='sr-1-{uuid4(r)}', leaderIdentity=version=1,host={dns},port=8081,scheme=http,leaderEligibility=true}}",
        )

    def startup(p: str, t: datetime) -> datetime:
        dns = SR_DNS.format(pod=p)
        t = L(
            p,
            t,
            "INFO",
            "io.confluent.kafka.schemaregistry.rest.SchemaRegistryConfig",
            SR_VALUES,
            "SchemaRegistryConfig values: ",
            ["\t" + x.replace("{dns}", dns) for x in SR_CONFIG],
        )
        t = L(
            p,
            t + sec(r.uniform(0.4, 0.9)),
            "INFO",
            "org.eclipse.jetty.util.log",
            SR_JETTY_LOG,
            f"Logging initialized @{r.randint(1400, 2600)}ms to org.eclipse.jetty.util.log.Slf4jLog",
        )
        t = L(
            p,
            t + sec(r.uniform(0.3, 0.8)),
            "INFO",
            "io.confluent.kafka.schemaregistry.storage.KafkaStore",
            SR_KSTORE_INIT,
            "Initializing KafkaStore with broker endpoints: SASL_SSL://kafka.confluent.svc.cluster.local:9071",
        )
        t = L(
            p,
            t + sec(r.uniform(0.3, 0.9)),
            "INFO",
            "io.confluent.kafka.schemaregistry.storage.KafkaStoreReaderThread",
            SR_LAST_OFFSET,
            f"Initialized last consumed offset to {offset[0]}",
        )
        t = L(
            p,
            t + sec(0.01),
            "INFO",
            "io.confluent.kafka.schemaregistry.storage.KafkaStoreReaderThread",
            SR_T_STARTING,
            "[kafka-store-reader-thread-_schemas]: Starting",
        )
        t = catch_up(p, t + sec(r.uniform(1, 2.5)))
        t = coord(p, t + sec(r.uniform(0.5, 2)), "schema-registry-1")
        t = L(
            p,
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            "org.eclipse.jetty.server.Server",
            SR_JETTY,
            "jetty-9.4.54.v20240208; built: 2024-02-08T19:42:39.027Z; git: cef3fbd6d736a21e7d541a5db490381d95a2047d; jvm 17.0.10+7-LTS",
        )
        t = L(
            p,
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            "org.eclipse.jetty.server.handler.ContextHandler",
            SR_JSTARTED,
            f"Started o.e.j.s.ServletContextHandler@{hexid(r, 8)}{{/,null,AVAILABLE}}",
        )
        t = L(
            p,
            t + sec(0.05),
            "INFO",
            "org.eclipse.jetty.server.AbstractConnector",
            SR_JSTARTED,
            f"Started NetworkTrafficServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1, h2c)}}{{0.0.0.0:8081}}",
        )
        t = L(
            p,
            t + sec(0.01),
            "INFO",
            "org.eclipse.jetty.server.Server",
            SR_STARTED_AT,
            f"Started @{r.randint(7000, 11000)}ms",
        )
        return L(
            p,
            t + sec(0.005),
            "INFO",
            "io.confluent.kafka.schemaregistry.rest.SchemaRegistryMain",
            SR_SERVER_STARTED,
            "Server started, listening for requests...",
        )

    def register(
        t: datetime, client: str, ua: str, subject: str, stype: str, size: int, new: bool
    ) -> None:
        p = r.choice(SR_PODS) if up("schema-registry-0", t) else "schema-registry-1"
        typ = "null" if stype == "AVRO" and r.random() < 0.5 else stype
        x = L(
            p,
            t,
            "INFO",
            "io.confluent.kafka.schemaregistry.rest.resources.SubjectVersionsResource",
            SR_REGISTER,
            f"Registering new schema: subject {subject}, version null, id null, type {typ}, schema size {size}",
        )
        ld = leader_at(t)
        if (
            ld is None
            or (ld == "schema-registry-0" and not up(ld, t))
            or (p != ld and not up(ld, t))
        ):
            stack = [
                s.replace(
                    "{SCHEMA}",
                    '{"type":"record","name":"Order","namespace":"com.acme.orders","fields":[...]}',
                ).replace("{LEADER}", SR_DNS.format(pod="schema-registry-0"))
                for s in SR_FWD_STACK
            ]
            x = L(
                p,
                x + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                "io.confluent.rest.exceptions.DebuggableExceptionMapper",
                SR_FAILED,
                "Request Failed with exception ",
                stack,
            )
            req(
                p,
                x + sec(0.001),
                client,
                "POST",
                "/subjects/%s/versions",
                (subject,),
                500,
                91,
                ua,
                r.randint(10, 60),
            )
            return
        if at(8, 30) <= t < at(8, 31, 10) and r.random() < 0.6:
            x = L(
                ld,
                x + sec(0.502),
                "ERROR",
                "io.confluent.rest.exceptions.DebuggableExceptionMapper",
                SR_FAILED,
                "Request Failed with exception ",
                SR_TIMEOUT_STACK,
            )
            req(
                p,
                x + sec(0.001),
                client,
                "POST",
                "/subjects/%s/versions",
                (subject,),
                500,
                78,
                ua,
                r.randint(505, 540),
            )
            return
        status, body = 200, 8
        if new:
            x = catch_up(ld, x + sec(r.uniform(0.001, 0.01)))
            if subject == "payments-value" and at(9, 5) <= t < at(9, 40):
                status, body = 409, 212  # incompatible: the schema-check job retries
            else:
                x = catch_up(ld, x + sec(r.uniform(0.005, 0.03)))
                versions[subject] += 1
        req(
            p,
            x + sec(r.uniform(0.001, 0.02)),
            client,
            "POST",
            "/subjects/%s/versions",
            (subject,),
            status,
            body,
            ua,
            r.randint(3, 90),
        )

    # --- the pods as 06:00 finds them: up for days; schema-registry-0 the leader
    # --- request traffic: producers' and consumers' schema fetches, Control Center's polling
    apps = [f"10.244.{r.randint(1, 12)}.{r.randint(2, 250)}" for _ in range(40)]
    c3 = "10.244.7.31"
    for t in every(r, T0 + sec(r.uniform(1, 30)), T_END, 60, 0.5):
        p = r.choice(SR_PODS) if up("schema-registry-0", t) else "schema-registry-1"
        t = req(
            p,
            t,
            c3,
            "GET",
            "/subjects",
            (),
            200,
            r.randint(380, 420),
            "Java/11.0.22",
            r.randint(1, 6),
        )
        req(
            p,
            t + sec(r.uniform(0.01, 0.1)),
            c3,
            "GET",
            "/config",
            (),
            200,
            33,
            "Java/11.0.22",
            r.randint(1, 4),
        )
    for t in poisson_times(r, T0, T_END, 135):
        p = r.choice(SR_PODS) if up("schema-registry-0", t) else "schema-registry-1"
        subject, stype, size, _ = r.choice(SR_SUBJECTS)
        ip, ua = r.choice(apps), r.choice(SR_UAS)
        k = r.random()
        if k < 0.45:
            req(
                p,
                t,
                ip,
                "GET",
                "/schemas/ids/%s?fetchMaxId=%s&subject=%s",
                (ids[subject], "false", subject),
                200,
                size + r.randint(20, 60),
                ua,
                r.randint(1, 12),
            )
        elif k < 0.7:
            req(
                p,
                t,
                ip,
                "POST",
                "/subjects/%s?normalize=%s&deleted=%s",
                (subject, "false", "true"),
                200,
                size + 80,
                ua,
                r.randint(2, 15),
            )
        elif k < 0.85:
            req(
                p,
                t,
                ip,
                "GET",
                "/subjects/%s/versions/latest",
                (subject,),
                200,
                size + 70,
                ua,
                r.randint(1, 9),
            )
        elif k < 0.93:
            req(
                p,
                t,
                ip,
                "GET",
                "/subjects/%s/versions",
                (subject,),
                200,
                3 * versions[subject],
                ua,
                r.randint(1, 5),
            )
        else:
            register(
                t, ip, ua, subject, stype, size, False
            )  # auto.register.schemas: already registered
    # CI registers new versions in batches; the payments schema check fails 09:05-09:40
    for t0 in [at(7, 31, 4), at(9, 5, 40), at(11, 12, 15)]:
        t = t0
        for subject, stype, size, _ in r.sample(SR_SUBJECTS, 6) + (
            [("payments-value", "AVRO", 1702, 0)] if t0 == at(9, 5, 40) else []
        ):
            register(
                t, "10.244.9.14", "Java/17.0.10", subject, stype, size + r.randint(10, 120), True
            )
            t += sec(r.uniform(1.5, 6))
    for t in every(r, at(9, 8), at(9, 40), 120, 20):
        register(t, "10.244.9.14", "Java/17.0.10", "payments-value", "AVRO", 1702, True)
    # kafka-2 restarted 08:30:00-08:31:10 (the store's producer and reader, the coordinator)
    for p in SR_PODS:
        pres = [
            "[Producer clientId=producer-1] ",
            "[Consumer clientId=KafkaStore-reader-_schemas, groupId=schema-registry-"
            + SR_DNS.format(pod=p)
            + "-8081] ",
            "[Schema registry clientId=sr-1, groupId=confluent.schema-registry] ",
            "[AdminClient clientId=adminclient-1] ",
        ]
        for pre in pres:
            L(
                p,
                at(8, 30, 0) + sec(r.uniform(0.05, 1.5)),
                "INFO",
                "org.apache.kafka.clients.NetworkClient",
                SR_DISCONNECTED,
                pre + "Node 2 disconnected.",
            )
        for pre in pres[:3]:
            t = at(8, 30, 1) + sec(r.uniform(0, 2))
            while t < at(8, 31, 10):
                L(
                    p,
                    t,
                    "WARN",
                    "org.apache.kafka.clients.NetworkClient",
                    SR_NOCONN,
                    pre
                    + "Connection to node 2 (kafka-2.kafka.confluent.svc.cluster.local/10.244.3.17:9071) could not be established. Broker may not be available.",
                )
                t += sec(r.uniform(5, 12))
    coord("schema-registry-0", at(8, 30, 41), "schema-registry-0")
    coord("schema-registry-1", at(8, 30, 41), "schema-registry-0")
    # 10:20 the node under schema-registry-0 is drained: the leader goes; the pod comes back
    p = "schema-registry-0"
    t = evicted[0] - sec(0.8)
    t = L(
        p,
        t,
        "INFO",
        "org.eclipse.jetty.server.AbstractConnector",
        SR_JSTOPPED,
        f"Stopped NetworkTrafficServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1, h2c)}}{{0.0.0.0:8081}}",
    )
    t = L(
        p,
        t + sec(0.02),
        "INFO",
        "org.eclipse.jetty.server.handler.ContextHandler",
        SR_JSTOPPED,
        f"Stopped o.e.j.s.ServletContextHandler@{hexid(r, 8)}{{/,null,STOPPED}}",
    )
    t = L(
        p,
        t + sec(0.05),
        "INFO",
        "io.confluent.kafka.schemaregistry.storage.KafkaStoreReaderThread",
        SR_T_SHUTTING,
        "[kafka-store-reader-thread-_schemas]: Shutting down",
    )
    t = L(
        p,
        t + sec(0.1),
        "INFO",
        "io.confluent.kafka.schemaregistry.storage.KafkaStoreReaderThread",
        SR_T_STOPPED,
        "[kafka-store-reader-thread-_schemas]: Stopped",
    )
    L(
        p,
        t + sec(0.001),
        "INFO",
        "io.confluent.kafka.schemaregistry.storage.KafkaStoreReaderThread",
        SR_T_COMPLETED,
        "[kafka-store-reader-thread-_schemas]: Shutdown completed",
    )
    coord("schema-registry-1", evicted[0] + sec(9.3), "schema-registry-1")
    jvm[p] += 1
    startup(p, evicted[1])
    coord("schema-registry-1", evicted[1] + sec(r.uniform(12, 14)), "schema-registry-1")
    # register attempts forwarded while no leader is known, 10:20:04-10:20:13
    for t in poisson_times(r, evicted[0], evicted[0] + sec(9), 2400):
        subject, stype, size, _ = r.choice(SR_SUBJECTS)
        register(t, r.choice(apps), "Java/17.0.10", subject, stype, size, False)
    # 11:15 a developer removes a bad test version
    t = req(
        "schema-registry-1",
        at(11, 15, 31),
        "10.244.9.14",
        "DELETE",
        "/subjects/%s/versions/%s",
        ("shipments-value", 5),
        200,
        1,
        "curl/8.5.0",
        41,
    )
    L(
        "schema-registry-1",
        t - sec(0.04),
        "INFO",
        "io.confluent.kafka.schemaregistry.rest.resources.SubjectVersionsResource",
        SR_DELETE,
        "Deleting schema version 5 from subject shipments-value",
    )
    return fs.logs(T0)


SYSTEMS = {
    "sanlock": sanlock,
    "csf-lfd": csf_lfd,
    "solace": solace,
    "ksqldb": ksqldb,
    "schema-registry": schema_registry,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
