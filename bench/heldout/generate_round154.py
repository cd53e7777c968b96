#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 154 (rsyslog, syslog-ng, ctdb, apcupsd, lldpd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five infrastructure daemons that log about the
machinery under the applications (log shipping, cluster membership, power, link discovery),
06:00 to 12:00 on 2024-06-07. The brief's third system, Corosync, is already in the set: the
`pacemaker` system (round 19) is each node's corosync.log beside pacemaker.log, with Corosync's
start-up, KNET, TOTEM and QUORUM messages. CTDB, the cluster database and IP failover daemon of
clustered Samba (a membership and recovery daemon of the same kind), takes its place.

- rsyslog 8 (`loghost-rsyslog.log`: Debian 12, 8.2302.0, RSYSLOG_FileFormat with microseconds,
  `2024-06-07T06:17:01.776805+00:00 loghost rsyslogd: ...`; `web1-rsyslog.log`,
  `web2-rsyslog.log`, `db1-rsyslog.log`: Ubuntu 22.04, 8.2112.0, the traditional format; each
  file is the host's `if $programname startswith 'rsyslogd'` file, rsyslogd's own messages
  only): impstats every 300 s (`rsyslogd-pstats:` lines in the legacy format, one per stats
  object: `main Q: origin=core.queue size=%d enqueued=%d ...`, `imuxsock: origin=imuxsock
  ...`, `imudp(w0)`, `imtcp(514)`, the omfile and omfwd actions with their queues,
  `fwd-loghost queue[DA]` once the disk-assisted queue has started, the dynafile cache,
  `resource-usage`), counters cumulative since each process started; the loghost restarted
  for a configuration push at 08:35 with two configuration errors (`module 'imtcp' already in
  this config, cannot be added`, `invalid or yet-unknown config file command
  '$ActionQueueFileNmae' ...`) and again at 08:52 with the fix (`[origin software="rsyslogd"
  ...] exiting on signal 15.` / `start`, `imuxsock: Acquired UNIX socket ...`), logrotate's
  hourly HUP; the clients' forwarding action (`fwd-loghost`) through both restarts, web1's NIC
  reset at 09:12 and a firewall change 10:05-10:25 that resets the connections and drops new
  ones (`omfwd: remote server at %s:%s seems to have closed connection. ...`, `omfwd:
  TCPSendBuf error %d, destruct TCP Connection to %s:%s`, `action '%s' suspended (module
  '%s'), retry %d. ...`, `cannot connect to %s:%s: Connection refused` / `Connection timed
  out` / `Network is unreachable`, then on db1, whose action keeps resumeRetryCount 0, `...
  next retry is %s, retry nbr %d. ...` per failed retry, and `action '%s' resumed (module
  '%s')`); php-fpm flooding /dev/log on web1 09:02-09:38 (`imuxsock[pid %d] from
  <web1:php-fpm>: begin to drop messages due to rate-limiting`, `...: %u messages lost due to
  rate-limiting (%u allowed within %u seconds)`), web2 rebooted at 11:10 (Ubuntu's privilege
  drop lines).
- syslog-ng (`logsrv-syslog-ng.log`: the central server, Debian 12, 3.38.1, receiving TCP from
  forty senders; `app1-syslog-ng.log`, `app2-syslog-ng.log`, `app3-syslog-ng.log`: three of
  them, 3.35.1; each file is the internal() source's messages, `Jun  7 06:00:07 logsrv
  syslog-ng[1032]: Syslog connection accepted; fd='58', client='AF_INET(10.0.6.2:40333)',
  local='AF_INET(0.0.0.0:514)'`): the load balancer's TCP health check every 30 s (`Syslog
  connection accepted; ...` and `Syslog connection closed; ...`), `Log statistics; ...` every
  10 minutes on every host (the server's and the senders' counter lists), the server restarted
  for a package upgrade at 08:50 (`syslog-ng shutting down; version='%s'`, `... starting up`,
  the senders' `Syslog connection broken; fd='%d', server='%s', time_reopen='%d'` and
  `Syslog connection established; ...` after time_reopen) with ten of the forty reconnecting
  senders over max-connections(30) until a reload at 09:04 (`Number of allowed concurrent
  connections reached, rejecting connection; client='%s', local='%s', group_name='%s',
  location='%s', max='%d'` every 60 s, `Configuration reload request received, reloading
  configuration;`, `Configuration reload finished;`), /var/log/remote full 10:10-10:41 (for
  each of six destination files `I/O error occurred while writing; fd='%d', error='No space
  left on device (28)'`, `Suspending write operation because of an I/O error; ...`, `Error
  suspend timeout has elapsed, attempting to write again; fd='%d'` every 60 s, and `Error
  opening file for writing; ...`), app2 restarted with a file source whose file is gone
  (`Follow-mode file source not found, deferring open; filename='%s'`), app3's VM migration
  stall 09:41-09:52 (`I/O error occurred while reading; ... 'Connection reset by peer (104)'`
  on the server, `Syslog connection failed; ... error='No route to host (113)' ...` on app3).
- CTDB (`fs1-log.ctdb`, `fs2-log.ctdb`, `fs3-log.ctdb`: Samba 4.17's ctdbd with `logging =
  file:`, `2024/06/07 06:02:57.135977 ctdbd[2469]: ...`, the daemon, its recovery daemon,
  event daemon and recovery helper in one file): a record of locking.tdb or brlock.tdb
  bouncing between the nodes now and then all morning and constantly 10:00-11:00 under a build
  farm's load (`High hopcount %d dbid:%s key:0x%08x reqid=%08x pnn:%d src:%d lmaster:%d
  header->dmaster:%d dst:%d`, logged at hops 96-99 of each hundred), `Unable to get RECORD
  lock on database %s for %.0lf seconds` from three stuck lock holders on fs1; a bad smb.conf
  include breaking smbd on fs2 07:10-07:42 (each monitor event's `50.samba: ERROR: samba
  listening on TCP port 445: fail count %d >= threshold 1`, `50.samba: samba not listening on
  TCP port 445`, `monitor event failed`; `monitor event failed - disabling node`, `Node
  became UNHEALTHY. Ask recovery master to reallocate IPs`, the recovery master's takeover run
  moving fs2's two public addresses and back); fs3's private link lost for 47 s at 08:20
  (`dead count reached for node %u`, `%s: node %s is dead: %u connected`, fs3 forcing an
  election, failing to take the recovery lock and banning itself for 300 s, the others
  recovering without it: `Recovery mode set to ACTIVE`, `Freeze db: %s` / `Thaw db: %s
  generation %u` for twelve databases on each node, `%d of %d databases recovered`, the
  takeover run; `%s: connected to %s - %u connected`; `Banning timed out` and a recovery with
  all three at 08:25).
- apcupsd 3.14.14 (`nas1-apcupsd.events`: the NIS master with a USB Back-UPS;
  `web1-apcupsd.events`, `web2-apcupsd.events`, `db1-apcupsd.events`: net slaves reading
  nas1:3551 every 60 s; each the EVENTSFILE, `2024-06-07 06:30:00 +0000  UPS Self Test switch
  to battery.`; `rack2-syslog`: a rack server with its own Smart-UPS over SNMP, Debian 12
  syslog): nas1's weekly self-test failing (`UPS Self Test completed: %s`, `UPS battery must be
  replaced.`), its USB cable dropping out 06:41-07:52 (`Communications with UPS lost.` /
  `restored.`, the slaves seeing the drops their polls fall in), nas1 rebooted for a kernel
  update 08:02-08:14 (`apcupsd exiting, signal %u`, `apcupsd shutdown succeeded`, `apcupsd
  3.14.14 (31 May 2016) debian startup succeeded`; every slave's `fetch_data: tcp_open failed
  for %s port %d` every 2 s and `Communications with UPS lost.` every 10 minutes), a storm
  09:05-10:20 (sags of a second or two: `Power failure.` and `Power is back. UPS running on
  mains.`; longer dips add `Running on UPS batteries.` and `Mains returned. No longer on UPS
  batteries.`; the slaves see only the dips their polls fall in, the line-interactive
  Smart-UPS transfers on the longer ones), the feed lost 10:40-11:01 (the slaves shutting down
  at BATTERYLEVEL 50: `Battery charge below low limit.`, `Initiating system shutdown!`, `User
  logins prohibited`; nas1 at its MINUTES limit: `Reached remaining time percentage limit on
  batteries.`; rack2 riding it out), everything starting again 11:04-11:07, and nas1's battery
  replaced at 11:40 (`Battery disconnected.`, `Battery reattached.`).
- lldpd (`kvm1-syslog`, `kvm2-syslog`: Debian 12, 1.0.16 with `-x -c`, RFC 3339 syslog;
  `k8s-node3-syslog`: Ubuntu 22.04, 1.0.13, traditional syslog; `edge1-lldpd.log`: `docker
  logs` of lldpd run with `-d -c` in a container on an edge router, its own stderr layout
  `2024-06-07T08:30:41 [WARN/lldp] ...`): taps and veths removed under it (`removal request
  for address of %s%%%d, but no knowledge of it`, often after `unable to send packet on real
  device for %s: No such device or address`, now and then `unable to initialize %s: No such
  device`), most from the Kubernetes worker's CronJob pods; kvm2's top-of-rack switch sending
  a reserved TLV type on both uplinks after a firmware update 08:12-09:40 (`unknown tlv (%d)
  received on %s` with every PDU), snmpd down on kvm1 07:40-07:46 (`AgentX master agent failed
  to respond to ping.  Attempting to re-register.`, `Warning: Failed to connect to the agentx
  master agent ([NIL]):` every 15 s, `NET-SNMP version %s AgentX subagent connected`), kvm1's
  hostname fixed at 10:05 (`MSAP has changed for port %s, sending a shutdown LLDPDU`) and
  lldpd upgraded at 10:20 with a typo in /etc/lldpd.d (the start-up lines `/etc/localtime
  copied to chroot`, `protocol %s enabled` / `disabled`, `libevent %s initialized with %s
  method`, `enable SNMP subagent`, lldpcli's ``unknown command from argument %d: `%s` ``, `an
  error occurred while executing last command`, `lldpd should resume operations`), the
  Kubernetes worker's lldpd restarted by unattended-upgrades at 06:25, and edge1's ISP router
  sending malformed capabilities after 08:30 (`System capabilities TLV too short received on
  %s` with every PDU) and its container restarted at 09:20.

Label notes. The heads are context: the syslog heads (time, host, `ident[pid]:`; rsyslog's own
messages carry `rsyslogd:` or `rsyslogd-pstats:`), CTDB's `time process[pid]: `, apcupsd's
events-file time, lldpd's `time [LEVEL/token] `. rsyslog's impstats line is `name: origin=%s
counter=value ...`, one format per origin (its counters): the stats object's name is a value
(`main Q`, `fwd-loghost queue[DA]`, `action-1-builtin:omfile`), the origin and counter names
wording. rsyslog appends `[v%s try https://www.rsyslog.com/e/%d ]` to an error it logs with a
code: part of the template (the code is the call site's). An errno's text inside a message
contributes its own text (`Connection refused`, `No such device or address`, syslog-ng's
`error='No space left on device (28)'`). syslog-ng's `message; key='value', ...` is one format
with its keys as wording, except `Log statistics; ...`, whose counter list is built at run
time (`Log statistics; %s`). CTDB's `__location__` prefix is the call site's literal, a word
the code picks by branch (`Recovery mode set to ACTIVE` / `NORMAL`) is wording, the event
daemon's `%s: %s` prefixes a script's output line with the script's name, and the output line
contributes its own format. apcupsd's self-test result is a value (an enum's text).

Least sure (checked against copies of the sources: lldpd's start-up, send, receive, netlink,
decode and lldpcli messages; apcupsd's event messages, start-up, exit and net driver lines;
rsyslog's suspension, resumption and rate-limit messages; syslog-ng's connection messages;
CTDB's recovery daemon, monitor, freeze and recovery helper messages and the log.ctdb layout;
the rest from the helper's knowledge): rsyslog's `omfwd: remote server ... closed
connection` and `TCPSendBuf error` wording, the `netstream session %p from %s will be closed
due to error` line, the impstats counter sets, and whether imuxsock's rate limiter is named
`imuxsock[pid %d]` with `from <host:app>`; syslog-ng's `Log statistics` counter names, the
`Error suspend timeout has elapsed` and max-connections lines' tags; CTDB's `Banning this node`,
`Banning timed out`, `Release of IP` / `Takeover of IP` wording and the eventscript's threshold
line; apcupsd's slaves logging the master's COMMLOST and the self-test result texts of 3.14.14;
lldpd's `System capabilities TLV too short` being logged at warning with `-d`, `unable to
initialize %s` for a vanished veth, and net-snmp's AgentX lines passed through lldpd's log.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any

S = 1_000_000  # a second: the resolution of the traditional syslog and apcupsd event lines
US = 1  # a microsecond: RFC 3339 syslog with fractions, CTDB's log.ctdb


def rfc3339(t: datetime) -> str:
    """rsyslog's RSYSLOG_FileFormat (Debian 12's default): microseconds and the offset."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def ctime(t: datetime) -> str:
    """C's ctime() without the newline: `Fri Jun  7 08:35:35 2024`."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


# ----------------------------------------------------------------------------------- rsyslog

RS_HOSTS = {
    # host, ip, version, RFC 3339 file format, resumeRetryCount of the forwarding action
    "loghost": ("10.0.5.10", "8.2302.0", True, 0),
    "web1": ("10.0.5.21", "8.2112.0", False, -1),
    "web2": ("10.0.5.22", "8.2112.0", False, -1),
    "db1": ("10.0.5.31", "8.2112.0", False, 0),
}
RS_ORIGIN = (
    '[origin software="rsyslogd" swVersion="%s" x-pid="%d" x-info="https://www.rsyslog.com"] '
)
RS_CLOSED = "omfwd: remote server at %s:%s seems to have closed connection. This often happens when the remote peer (or an interim system like a load balancer or firewall) shuts down or aborts a connection. Rsyslog will re-open the connection if configured to do so (we saw a generic IO Error, which usually goes along with that behaviour). [v%s try https://www.rsyslog.com/e/2027 ]"


def rsyslog(r: random.Random) -> list[Log]:
    """rsyslog 8's own messages on a central log host and three clients that forward to it over
    TCP, 06:00 to 12:00: see the module's docstring."""
    fs = Files()
    ver = {h: v[1] for h, v in RS_HOSTS.items()}
    # each host's rsyslogd processes: (pid, start, end); the first ran before 06:00
    lh_restart1, lh_up1 = at(8, 35, 4.2), at(8, 35, 47.9)
    lh_restart2, lh_up2 = at(8, 52, 41.7), at(8, 52, 43.1)
    fw_down, fw_up = at(10, 5, 12), at(10, 25, 40)
    web2_boot, web2_up = at(11, 10, 31), at(11, 12, 19)
    procs = {
        "loghost": [(612, None, lh_restart1), (23184, lh_up1, lh_restart2), (24402, lh_up2, None)],
        "web1": [(843, None, None)],
        "web2": [(851, None, web2_boot), (812, web2_up, None)],
        "db1": [(799, None, None)],
    }
    # counted events (time, counter, increment), read by the stats lines
    ev: dict[str, list[tuple[datetime, str, int]]] = {h: [] for h in RS_HOSTS}

    def W(host: str, t: datetime, label: str, text: str, tag: str = "rsyslogd") -> datetime:
        if RS_HOSTS[host][2]:
            return fs.add(
                f"{host}-rsyslog.log",
                t,
                label,
                lambda x: [f"{rfc3339(x)} {host} {tag}: {text}"],
                host,
                US,
            )
        return fs.add(
            f"{host}-rsyslog.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} {tag}: {text}"],
            host,
            S,
        )

    def pid_at(host: str, t: datetime) -> int:
        for p, a, b in procs[host]:
            if (a is None or a <= t) and (b is None or t <= b):
                return p
        return procs[host][-1][0]

    def origin(host: str, t: datetime, what: str, label: str) -> datetime:
        return W(host, t, RS_ORIGIN + label, RS_ORIGIN % (ver[host], pid_at(host, t)) + what)

    def start(host: str, t: datetime, errors: list[tuple[str, str]] | None = None) -> datetime:
        for label, text in errors or []:
            t = W(host, t + sec(r.uniform(0.001, 0.004)), label, text)
        t = W(
            host,
            t + sec(r.uniform(0.002, 0.01)),
            "imuxsock: Acquired UNIX socket '%s' (fd %d) from systemd.  [v%s]",
            f"imuxsock: Acquired UNIX socket '/run/systemd/journal/syslog' (fd 3) from systemd.  [v{ver[host]}]",
        )
        if host != "loghost":
            t = W(
                host,
                t + sec(0.001),
                "rsyslogd's groupid changed to %d",
                "rsyslogd's groupid changed to 110",
            )
            t = W(
                host,
                t + sec(0.001),
                "rsyslogd's userid changed to %d",
                "rsyslogd's userid changed to 104",
            )
        return origin(host, t + sec(r.uniform(0.001, 0.01)), "start", "start")

    def stop(host: str, t: datetime) -> datetime:
        return origin(host, t, "exiting on signal 15.", "exiting on signal %d.")

    # -- the loghost: two restarts for a configuration push (the first with errors), hourly
    # HUPs from logrotate, web1's NIC reset seen from its side
    bad_conf = [
        (
            "module '%s' already in this config, cannot be added [v%s try https://www.rsyslog.com/e/2221 ]",
            f"module 'imtcp' already in this config, cannot be added [v{ver['loghost']} try https://www.rsyslog.com/e/2221 ]",
        ),
        (
            "invalid or yet-unknown config file command '%s' - have you forgotten to load a module? [v%s try https://www.rsyslog.com/e/3003 ]",
            f"invalid or yet-unknown config file command '$ActionQueueFileNmae' - have you forgotten to load a module? [v{ver['loghost']} try https://www.rsyslog.com/e/3003 ]",
        ),
    ]
    stop("loghost", lh_restart1)
    start("loghost", lh_up1, bad_conf)
    stop("loghost", lh_restart2)
    start("loghost", lh_up2)
    for hh in range(6, 12):
        origin(
            "loghost",
            at(hh, 17, 1) + sec(r.uniform(0.2, 0.9)),
            "rsyslogd was HUPed",
            "rsyslogd was HUPed",
        )
    W(
        "loghost",
        at(9, 12, 44) + sec(0.118),
        "netstream session %p from %s will be closed due to error [v%s try https://www.rsyslog.com/e/2165 ]",
        f"netstream session 0x7f3a5c00b8d0 from 10.0.5.21 will be closed due to error [v{ver['loghost']} try https://www.rsyslog.com/e/2165 ]",
    )

    # -- the clients' forwarding action through the loghost's restarts and a firewall change
    act = "fwd-loghost"
    for h in ["web1", "web2", "db1"]:

        def cannot(t: datetime, err: str, h: str = h) -> datetime:
            return W(
                h,
                t,
                f"cannot connect to %s:%s: {err} [v%s try https://www.rsyslog.com/e/2027 ]",
                f"cannot connect to 10.0.5.10:514: {err} [v{ver[h]} try https://www.rsyslog.com/e/2027 ]",
            )

        def broken(t: datetime, h: str = h) -> datetime:
            t = W(h, t, RS_CLOSED, RS_CLOSED % ("10.0.5.10", "514", ver[h]))
            t = W(
                h,
                t + sec(0.001),
                "omfwd: TCPSendBuf error %d, destruct TCP Connection to %s:%s [v%s try https://www.rsyslog.com/e/2027 ]",
                f"omfwd: TCPSendBuf error -2027, destruct TCP Connection to 10.0.5.10:514 [v{ver[h]} try https://www.rsyslog.com/e/2027 ]",
            )
            ev[h].append((t, "fwdfail", 1))
            ev[h].append((t, "fwdsusp", 1))
            return W(
                h,
                t + sec(0.001),
                "action '%s' suspended (module '%s'), retry %d. There should be messages before this one giving the reason for suspension. [v%s try https://www.rsyslog.com/e/2007 ]",
                f"action '{act}' suspended (module 'builtin:omfwd'), retry 0. There should be messages before this one giving the reason for suspension. [v{ver[h]} try https://www.rsyslog.com/e/2007 ]",
            )

        def outage(
            t: datetime,
            up: datetime,
            err: str,
            wait: float,
            h: str = h,
            retry: int = RS_HOSTS[h][3],
        ) -> None:
            """Retry until the loghost answers again at `up`: with resumeRetryCount -1 the
            action retries every 30 s and only the connect errors are logged; with the
            default 0 every failed retry suspends it again (`next retry is ..., retry nbr`)."""
            n = 0
            while True:
                t += sec(r.uniform(0.0005, 0.002))
                if t + sec(wait) >= up:
                    t = max(t, up + sec(r.uniform(0.001, 0.2)))
                    ev[h].append((t, "fwdres", 1))
                    W(
                        h,
                        t,
                        "action '%s' resumed (module '%s') [v%s try https://www.rsyslog.com/e/2359 ]",
                        f"action '{act}' resumed (module 'builtin:omfwd') [v{ver[h]} try https://www.rsyslog.com/e/2359 ]",
                    )
                    return
                t = cannot(t + sec(wait), err)
                if retry == -1:
                    t += sec(30)
                    ev[h].append((t, "fwdsuspdur", 30))
                else:
                    dur = 30 * (n // 10 + 1)
                    W(
                        h,
                        t + sec(0.0005),
                        "action '%s' suspended (module '%s'), next retry is %s, retry nbr %d. There should be messages before this one giving the reason for suspension. [v%s try https://www.rsyslog.com/e/2007 ]",
                        f"action '{act}' suspended (module 'builtin:omfwd'), next retry is {ctime(t + sec(dur))}, retry nbr {n}. There should be messages before this one giving the reason for suspension. [v{ver[h]} try https://www.rsyslog.com/e/2007 ]",
                    )
                    ev[h].append((t, "fwdsuspdur", dur))
                    t += sec(dur)
                    n = min(n + 1, 20)

        for down, up in [(lh_restart1, lh_up1), (lh_restart2, lh_up2)]:
            tb = broken(down + sec(r.uniform(0.3, 9)))
            outage(tb, up, "Connection refused", 0.0005)
        if h == "web1":  # its NIC reset at 09:12 (the loghost sees the session die)
            tb = broken(at(9, 12, 44) + sec(r.uniform(0.2, 0.6)))
            outage(tb, at(9, 12, 51), "Network is unreachable", 0.0005)
        tb = broken(fw_down + sec(r.uniform(4, 40)))
        ev[h].append((tb, "da", 1))
        outage(tb, fw_up, "Connection timed out", 127.0 + r.uniform(0, 1.5))

    # web1: php-fpm floods /dev/log 09:02-09:38 (a 30 s window, 2,000 allowed)
    t = at(9, 2, 13)
    fpm = 23817
    while t < at(9, 38):
        t = W(
            "web1",
            t,
            "%s from <%s>: begin to drop messages due to rate-limiting",
            f"imuxsock[pid {fpm}] from <web1:php-fpm>: begin to drop messages due to rate-limiting",
        )
        ev["web1"].append((t, "uxrl", 1))
        lost = r.randint(800, 9_000)
        t += sec(30 + r.uniform(0.5, 3))
        t = W(
            "web1",
            t,
            "%s: %u messages lost due to rate-limiting (%u allowed within %u seconds)",
            f"imuxsock[pid {fpm}]: {lost} messages lost due to rate-limiting (2000 allowed within 30 seconds)",
        )
        ev["web1"].append((t, "uxdisc", lost))
        if r.random() < 0.15:
            fpm += r.randint(3, 40)  # a worker recycled
            t += sec(r.uniform(1, 20))
    # web2's reboot for a kernel update
    stop("web2", web2_boot)
    start("web2", web2_up)

    # -- impstats every 300 s: cumulative counters since the process started
    QL = "%s: origin=core.queue size=%d enqueued=%d full=%d discarded.full=%d discarded.nf=%d maxqsize=%d"
    AL = "%s: origin=core.action processed=%d failed=%d suspended=%d suspended.duration=%d resumed=%d"
    for h in RS_HOSTS:
        for _pid, a, b in procs[h]:
            old = a is None  # running for days: large counters
            k = 200 if old else 0
            c = {
                "ux": k * r.randint(250, 700),
                "udp": k * r.randint(3_000, 6_000),
                "tcp": k * (18_000 if h == "loghost" else 0),
                "f0": 0,
                "q": 0,
                "utime": k * r.randint(40_000, 90_000),
                "stime": k * r.randint(30_000, 70_000),
                "minflt": r.randint(900, 1400),
                "nvcsw": k * r.randint(2_000, 5_000),
                "nivcsw": k * r.randint(0, 20),
                "oublock": k * r.randint(800, 3_000),
                "fwd": k * r.randint(250, 700),
                "fq": 0,
                "fqmax": r.randint(14, 60) if old else 0,
                "fqsize": 0,
                "mainmax": r.randint(40, 900) if old else 0,
                "dyn": 0,
                "dynmiss": r.randint(30, 41) if old else 0,
            }
            c["q"] = c["ux"] + c["udp"] + c["tcp"]
            c["f0"] = c["ux"]
            c["fq"] = c["ux"]
            da_total = 0
            t = (a + sec(300) if a else at(6, 0, r.randint(5, 290))) + sec(r.uniform(0.1, 0.9))
            while t < (b or T_END) and t < T_END:
                since = [(x, k2, n) for x, k2, n in ev[h] if (a is None or x >= a) and x <= t]

                def tot(key: str, since: list = since) -> int:
                    return sum(n for _x, k2, n in since if k2 == key)

                outage = in_any(t, [(fw_down, fw_up)]) or (
                    h != "loghost" and in_any(t, [(lh_restart1, lh_up1), (lh_restart2, lh_up2)])
                )
                c["utime"] += (
                    r.randint(40_000, 160_000) if h == "loghost" else r.randint(3_000, 14_000)
                )
                c["stime"] += (
                    r.randint(30_000, 120_000) if h == "loghost" else r.randint(2_000, 9_000)
                )
                c["minflt"] += r.randint(0, 60)
                c["nvcsw"] += r.randint(2_000, 9_000)
                c["nivcsw"] += r.randint(0, 40)
                c["oublock"] += r.randint(800, 6_000) if h == "loghost" else r.randint(40, 400)

                def P(t: datetime, label: str, text: str, h: str = h) -> datetime:
                    return W(h, t + sec(r.uniform(0.00002, 0.0003)), label, text, "rsyslogd-pstats")

                if h == "loghost":
                    n_local = r.randint(180, 420)
                    n_tcp = r.randint(14_000, 26_000) if not outage else r.randint(900, 2_500)
                    n_udp = r.randint(3_000, 6_000)
                    c["ux"] += n_local
                    c["tcp"] += n_tcp
                    c["udp"] += n_udp
                    c["q"] += n_local + n_tcp + n_udp
                    c["mainmax"] = max(c["mainmax"], r.randint(40, 900))
                    c["f0"] += n_local
                    c["dyn"] += n_tcp + n_udp
                    c["dynmiss"] = min(c["dynmiss"] + r.randint(0, 2), 60)
                    t = P(
                        t,
                        QL,
                        f"main Q: origin=core.queue size={r.randint(0, 12)} enqueued={c['q']} full=0 discarded.full=0 discarded.nf=0 maxqsize={c['mainmax']}",
                    )
                    t = P(
                        t,
                        "%s: origin=imuxsock submitted=%d ratelimit.discarded=%d ratelimit.numratelimiters=%d",
                        f"imuxsock: origin=imuxsock submitted={c['ux']} ratelimit.discarded=0 ratelimit.numratelimiters=0",
                    )
                    t = P(
                        t,
                        "%s: origin=imudp called.recvmmsg=%d called.recvmsg=%d msgs.received=%d",
                        f"imudp(w0): origin=imudp called.recvmmsg={c['udp'] // 4} called.recvmsg=0 msgs.received={c['udp']}",
                    )
                    t = P(
                        t,
                        "%s: origin=imtcp submitted=%d",
                        f"imtcp(514): origin=imtcp submitted={c['tcp']}",
                    )
                    t = P(
                        t,
                        AL,
                        f"action-0-builtin:omfile: origin=core.action processed={c['f0']} failed=0 suspended=0 suspended.duration=0 resumed=0",
                    )
                    t = P(
                        t,
                        AL,
                        f"remote-files: origin=core.action processed={c['tcp'] + c['udp']} failed=0 suspended=0 suspended.duration=0 resumed=0",
                    )
                    t = P(
                        t,
                        "%s: origin=omfile requests=%d level0=%d missed=%d evicted=%d maxused=%d closetimeouts=%d",
                        f"dynafile cache remote-files: origin=omfile requests={c['dyn']} level0={c['dyn'] - c['dynmiss'] * 7} missed={c['dynmiss']} evicted=0 maxused={min(c['dynmiss'], 41)} closetimeouts=0",
                    )
                else:
                    n_local = r.randint(250, 1_400) if h != "db1" else r.randint(120, 500)
                    c["ux"] += n_local
                    c["q"] += n_local
                    c["mainmax"] = max(c["mainmax"], r.randint(8, 120))
                    c["f0"] += n_local
                    c["fq"] += n_local
                    if outage:
                        c["fqsize"] = min(c["fqsize"] + n_local, 1_000)
                        c["fqmax"] = max(c["fqmax"], c["fqsize"])
                        if tot("da"):
                            da_total += n_local
                    else:
                        c["fwd"] += n_local + c["fqsize"]
                        c["fqsize"] = r.randint(0, 3)
                    t = P(
                        t,
                        QL,
                        f"main Q: origin=core.queue size={r.randint(0, 4)} enqueued={c['q']} full=0 discarded.full=0 discarded.nf=0 maxqsize={c['mainmax']}",
                    )
                    t = P(
                        t,
                        "%s: origin=imuxsock submitted=%d ratelimit.discarded=%d ratelimit.numratelimiters=%d",
                        f"imuxsock: origin=imuxsock submitted={c['ux']} ratelimit.discarded={tot('uxdisc')} ratelimit.numratelimiters={min(tot('uxrl'), 1)}",
                    )
                    t = P(
                        t,
                        AL,
                        f"action-1-builtin:omfile: origin=core.action processed={c['f0']} failed=0 suspended=0 suspended.duration=0 resumed=0",
                    )
                    t = P(
                        t,
                        AL,
                        f"fwd-loghost: origin=core.action processed={c['fwd']} failed={tot('fwdfail')} suspended={tot('fwdsusp')} suspended.duration={tot('fwdsuspdur')} resumed={tot('fwdres')}",
                    )
                    t = P(
                        t,
                        QL,
                        f"fwd-loghost queue: origin=core.queue size={c['fqsize']} enqueued={c['fq']} full=0 discarded.full=0 discarded.nf=0 maxqsize={max(c['fqmax'], 14)}",
                    )
                    if tot("da"):
                        size = da_total if outage else 0
                        t = P(
                            t,
                            QL,
                            f"fwd-loghost queue[DA]: origin=core.queue size={size} enqueued={da_total} full=0 discarded.full=0 discarded.nf=0 maxqsize={da_total}",
                        )
                rss = r.randint(21000, 26000) if h == "loghost" else r.randint(9000, 9800)
                files = r.randint(38, 52) if h == "loghost" else r.randint(9, 12)
                P(
                    t,
                    "%s: origin=impstats utime=%d stime=%d maxrss=%d minflt=%d majflt=%d inblock=%d oublock=%d nvcsw=%d nivcsw=%d openfiles=%d",
                    f"resource-usage: origin=impstats utime={c['utime']} stime={c['stime']} maxrss={rss} minflt={c['minflt']} majflt=0 inblock=0 oublock={c['oublock']} nvcsw={c['nvcsw']} nivcsw={c['nivcsw']} openfiles={files}",
                )
                t += sec(300 + r.uniform(-0.0004, 0.0009))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- syslog-ng

SN_SRV = "10.0.6.10"
SN_CLIENTS = [f"10.0.6.{i}" for i in range(21, 61)]  # 40 senders; app1-app3 are .21-.23
SN_FILES = ["auth", "daemon", "kern", "local0", "mail", "user"]


def sa(ip: str, port: int) -> str:
    return f"AF_INET({ip}:{port})"


def syslog_ng(r: random.Random) -> list[Log]:
    """syslog-ng's own messages (its internal() source) on a central server and three of its
    forty senders, 06:00 to 12:00: see the module's docstring."""
    fs = Files()
    # each host's syslog-ng processes: (pid, started); the first ran before 06:00
    srv_restart, srv_up = at(8, 50, 10), at(8, 50, 12)
    pids = {
        "logsrv": [(1032, T0), (27741, srv_up)],
        "app1": [(688, T0)],
        "app2": [(702, T0), (15902, at(7, 20, 6))],
        "app3": [(695, T0)],
    }
    ver = {"logsrv": "3.38.1", "app1": "3.35.1", "app2": "3.35.1", "app3": "3.35.1"}

    def W(host: str, t: datetime, label: str, text: str) -> datetime:
        pid = [p for p, since in pids[host] if since <= t or since == T0][-1]
        return fs.add(
            f"{host}-syslog-ng.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} syslog-ng[{pid}]: {text}"],
            host,
            S,
        )

    def Wn(t: datetime, label: str, text: str) -> datetime:
        return W("logsrv", t, label, text)

    ACC = "Syslog connection accepted; fd='%d', client='%s', local='%s'"
    CLO = "Syslog connection closed; fd='%d', client='%s', local='%s'"
    EST = "Syslog connection established; fd='%d', server='%s', local='%s'"
    BRK = "Syslog connection broken; fd='%d', server='%s', time_reopen='%d'"
    LOCAL = sa("0.0.0.0", 514)

    def accepted(t: datetime, fd: int, ip: str, port: int) -> datetime:
        return W(
            "logsrv",
            t,
            ACC,
            f"Syslog connection accepted; fd='{fd}', client='{sa(ip, port)}', local='{LOCAL}'",
        )

    def closed(t: datetime, fd: int, ip: str, port: int) -> datetime:
        return W(
            "logsrv",
            t,
            CLO,
            f"Syslog connection closed; fd='{fd}', client='{sa(ip, port)}', local='{LOCAL}'",
        )

    def starting(h: str, t: datetime) -> datetime:
        return W(
            h,
            t,
            "syslog-ng starting up; version='%s'",
            f"syslog-ng starting up; version='{ver[h]}'",
        )

    def shutting(h: str, t: datetime) -> datetime:
        return W(
            h,
            t,
            "syslog-ng shutting down; version='%s'",
            f"syslog-ng shutting down; version='{ver[h]}'",
        )

    def established(h: str, t: datetime, fd: int = 7) -> datetime:
        return W(
            h,
            t,
            EST,
            f"Syslog connection established; fd='{fd}', server='{sa(SN_SRV, 514)}', local='{sa('0.0.0.0', 0)}'",
        )

    def broken(h: str, t: datetime, fd: int = 7) -> datetime:
        return W(
            h,
            t,
            BRK,
            f"Syslog connection broken; fd='{fd}', server='{sa(SN_SRV, 514)}', time_reopen='60'",
        )

    def failed(h: str, t: datetime, err: str, code: int, fd: int = 7) -> datetime:
        return W(
            h,
            t,
            f"Syslog connection failed; fd='%d', server='%s', error='{err} (%d)', time_reopen='%d'",
            f"Syslog connection failed; fd='{fd}', server='{sa(SN_SRV, 514)}', error='{err} ({code})', time_reopen='60'",
        )

    def eport() -> int:
        return r.randint(32768, 60999)

    # -- the server: the load balancer's TCP health check every 30 s (accepted, closed)
    disk_full, disk_freed = at(10, 10, 37), at(10, 41, 5)
    t = at(6, 0, 7)
    while t < T_END:
        if not (srv_restart - sec(1) <= t < srv_up + sec(2)):
            fd = r.choice([58, 58, 58, 59, 60])
            p = eport()
            ta = accepted(t + sec(r.uniform(0, 0.4)), fd, "10.0.6.2", p)
            closed(ta + sec(0.01), fd, "10.0.6.2", p)
        t += sec(30)
    # the restart at 08:50 (a package upgrade): forty senders reconnect after time_reopen, ten
    # of them over max-connections(30) until the 09:04 reload raises it
    shutting("logsrv", srv_restart)
    Wn(
        srv_up + sec(0.1),
        "syslog-ng starting up; version='%s'",
        f"syslog-ng starting up; version='{ver['logsrv']}'",
    )
    reload_at = at(9, 4, 33)
    REJ = "Number of allowed concurrent connections reached, rejecting connection; client='%s', local='%s', group_name='%s', location='%s', max='%d'"
    fd_of: dict[str, int] = {}
    port_of: dict[str, int] = {}
    nfd = 15
    order = list(SN_CLIENTS)
    r.shuffle(order)
    late = []
    for i, ip in enumerate(order):
        tc = srv_restart + sec(60 + r.uniform(0.2, 8))
        if i < 30:
            fd_of[ip] = nfd
            nfd += 1
            port_of[ip] = eport()
            Wn(
                tc,
                ACC,
                f"Syslog connection accepted; fd='{fd_of[ip]}', client='{sa(ip, port_of[ip])}', local='{LOCAL}'",
            )
        else:
            late.append(ip)
            while tc < reload_at:
                Wn(
                    tc,
                    REJ,
                    f"Number of allowed concurrent connections reached, rejecting connection; client='{sa(ip, eport())}', local='{LOCAL}', group_name='s_net', location='/etc/syslog-ng/conf.d/20-network.conf:3:5', max='30'",
                )
                tc += sec(60 + r.uniform(0.01, 0.3))
            fd_of[ip] = nfd
            nfd += 1
            port_of[ip] = eport()
            Wn(
                tc,
                ACC,
                f"Syslog connection accepted; fd='{fd_of[ip]}', client='{sa(ip, port_of[ip])}', local='{LOCAL}'",
            )
    Wn(
        reload_at,
        "Configuration reload request received, reloading configuration;",
        "Configuration reload request received, reloading configuration;",
    )
    Wn(reload_at + sec(0.6), "Configuration reload finished;", "Configuration reload finished;")
    # app3's VM is migrated at 09:40 and its network stalls until 09:52; the server sees the
    # connection reset
    a3 = "10.0.6.23"
    Wn(
        at(9, 41, 12),
        "I/O error occurred while reading; fd='%d', error='Connection reset by peer (%d)'",
        f"I/O error occurred while reading; fd='{fd_of[a3]}', error='Connection reset by peer (104)'",
    )
    Wn(
        at(9, 41, 12) + sec(0.001),
        CLO,
        f"Syslog connection closed; fd='{fd_of[a3]}', client='{sa(a3, port_of[a3])}', local='{LOCAL}'",
    )
    port_of[a3] = eport()
    Wn(
        at(9, 52, 31),
        ACC,
        f"Syslog connection accepted; fd='{fd_of[a3]}', client='{sa(a3, port_of[a3])}', local='{LOCAL}'",
    )
    # two other senders reboot
    for ip, tb in [("10.0.6.37", at(7, 44, 5)), ("10.0.6.52", at(11, 21, 40))]:
        fd = fd_of[ip] if tb > srv_up else r.randint(15, 54)
        p = port_of.get(ip, eport()) if tb > srv_up else eport()
        Wn(tb, CLO, f"Syslog connection closed; fd='{fd}', client='{sa(ip, p)}', local='{LOCAL}'")
        tu = tb + sec(r.uniform(70, 140))
        Wn(
            tu,
            ACC,
            f"Syslog connection accepted; fd='{fd}', client='{sa(ip, eport())}', local='{LOCAL}'",
        )
    # /var/log/remote fills up 10:10-10:41: each open destination file fails, is suspended and
    # tried again every time_reopen (60 s)
    for k, _name in enumerate(SN_FILES):
        fd = 8 + k
        t = disk_full + sec(r.uniform(0, 25))
        first = True
        while t < disk_freed:
            if not first:
                t = Wn(
                    t,
                    "Error suspend timeout has elapsed, attempting to write again; fd='%d'",
                    f"Error suspend timeout has elapsed, attempting to write again; fd='{fd}'",
                )
            first = False
            t = Wn(
                t + sec(0.001),
                "I/O error occurred while writing; fd='%d', error='No space left on device (%d)'",
                f"I/O error occurred while writing; fd='{fd}', error='No space left on device (28)'",
            )
            t = Wn(
                t + sec(0.001),
                "Suspending write operation because of an I/O error; fd='%d', time_reopen='%d'",
                f"Suspending write operation because of an I/O error; fd='{fd}', time_reopen='60'",
            )
            t += sec(60)
        Wn(
            t,
            "Error suspend timeout has elapsed, attempting to write again; fd='%d'",
            f"Error suspend timeout has elapsed, attempting to write again; fd='{fd}'",
        )
    # a new day's file for a host that first logs during the outage cannot be opened
    for ip in ["10.0.6.44", "10.0.6.58"]:
        Wn(
            disk_full + sec(r.uniform(200, 1500)),
            "Error opening file for writing; filename='%s', error='No space left on device (%d)'",
            f"Error opening file for writing; filename='/var/log/remote/by-host/{ip}/2024-06-07.log', error='No space left on device (28)'",
        )

    # -- statistics every 10 minutes (stats(freq(600))), on every host
    def stats(h: str, t0: datetime, t1: datetime, base: int, rate: int, srv: bool) -> None:
        t = t0
        n = base
        while t < t1:
            n += rate * 600 + r.randint(-rate * 60, rate * 60)
            parts = [
                f"processed='src.internal(s_src#{1 if srv else 2})={r.randint(40, 90) + (n // 5000)}'",
                f"stamp='src.internal(s_src#{1 if srv else 2})={int(t.timestamp()) - r.randint(1, 590)}'",
            ]
            if srv:
                parts += [
                    f"processed='source(s_net)={n}'",
                    f"processed='center(received)={n + n // 40}'",
                    f"processed='center(queued)={2 * n}'",
                ]
                for name in SN_FILES:
                    share = n // (3 if name == "daemon" else 9)
                    parts += [
                        f"dropped='dst.file(d_remote_{name}#0,/var/log/remote/{name}.log)=0'",
                        f"processed='dst.file(d_remote_{name}#0,/var/log/remote/{name}.log)={share}'",
                        f"written='dst.file(d_remote_{name}#0,/var/log/remote/{name}.log)={share}'",
                        f"queued='dst.file(d_remote_{name}#0,/var/log/remote/{name}.log)=0'",
                    ]
                parts += [
                    f"processed='destination(d_remote)={n}'",
                    f"processed='global(payload_reallocs)={n // 7}'",
                    "processed='global(sdata_updates)=0'",
                    f"processed='global(msg_clones)={n // 3}'",
                ]
            else:
                parts += [
                    f"processed='src.journald(s_src#0,journal)={n}'",
                    f"stamp='src.journald(s_src#0,journal)={int(t.timestamp()) - r.randint(0, 5)}'",
                    f"processed='center(received)={n}'",
                    f"processed='center(queued)={2 * n}'",
                    f"dropped='dst.network(d_loghost#0,tcp,{SN_SRV}:514)=0'",
                    f"processed='dst.network(d_loghost#0,tcp,{SN_SRV}:514)={n}'",
                    f"written='dst.network(d_loghost#0,tcp,{SN_SRV}:514)={n - r.randint(0, 3)}'",
                    f"queued='dst.network(d_loghost#0,tcp,{SN_SRV}:514)={r.randint(0, 3)}'",
                    f"processed='destination(d_messages)={n}'",
                    f"processed='destination(d_loghost)={n}'",
                ]
            text = "Log statistics; " + ", ".join(parts)
            W(h, t, "Log statistics; %s", text)
            t += sec(600)

    stats("logsrv", at(6, 7, 52), srv_restart, 41_807_117, 2_300, True)
    stats("logsrv", srv_up + sec(600), T_END, 0, 2_300, True)

    # -- the three senders
    for h, ip in [("app1", "10.0.6.21"), ("app2", "10.0.6.22"), ("app3", "10.0.6.23")]:
        tb = srv_restart + sec(r.uniform(0.05, 3))
        broken(h, tb)
        if ip in late:
            tc = tb + sec(60)
            while tc < reload_at:
                # accepted by the kernel, rejected and closed by syslog-ng: the write fails
                tc = established(h, tc + sec(r.uniform(0.001, 0.01)))
                tc = broken(h, tc + sec(r.uniform(0.001, 0.02)))
                tc += sec(60)
            established(h, tc + sec(r.uniform(0.001, 0.01)))
        else:
            established(h, tb + sec(60 + r.uniform(0.001, 0.01)))
    stats("app1", at(6, 3, 17), T_END, 3_904_455, 3, False)
    stats("app3", at(6, 8, 2), T_END, 2_221_730, 2, False)
    # app1: a configuration push reloads it at 07:02
    W(
        "app1",
        at(7, 2, 18),
        "Configuration reload request received, reloading configuration;",
        "Configuration reload request received, reloading configuration;",
    )
    W(
        "app1",
        at(7, 2, 18) + sec(0.4),
        "Configuration reload finished;",
        "Configuration reload finished;",
    )
    # app2: restarted at 07:20 with a file source whose file the new release no longer writes
    t = shutting("app2", at(7, 20, 4))
    stats("app2", at(6, 5, 40), at(7, 20, 4), 1_508_311, 2, False)
    stats("app2", at(7, 30, 6), T_END, 0, 2, False)
    t = starting("app2", at(7, 20, 6))
    W(
        "app2",
        t + sec(0.01),
        "Follow-mode file source not found, deferring open; filename='%s'",
        "Follow-mode file source not found, deferring open; filename='/var/log/app/worker.log'",
    )
    established("app2", t + sec(0.02))
    p_old = eport()
    W(
        "logsrv",
        at(7, 20, 4) + sec(0.3),
        CLO,
        f"Syslog connection closed; fd='{r.randint(14, 49)}', client='{sa('10.0.6.22', p_old)}', local='{LOCAL}'",
    )
    W(
        "logsrv",
        at(7, 20, 6) + sec(0.3),
        ACC,
        f"Syslog connection accepted; fd='{r.randint(14, 49)}', client='{sa('10.0.6.22', eport())}', local='{LOCAL}'",
    )
    # app3: the migration stall, then its connection is found broken and reconnects fail
    t = broken("app3", at(9, 41, 12) + sec(0.2))
    t += sec(60)
    while t < at(9, 52, 30):
        t = failed("app3", t, "No route to host", 113) + sec(60)
    established("app3", at(9, 52, 31))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- ctdb

CT_NODES = {  # name: (pnn, private address)
    "fs1": (0, "10.0.1.11"),
    "fs2": (1, "10.0.1.12"),
    "fs3": (2, "10.0.1.13"),
}
CT_DBS = [
    "brlock.tdb",
    "g_lock.tdb",
    "leases.tdb",
    "locking.tdb",
    "printer_list.tdb",
    "smbXsrv_client_global.tdb",
    "smbXsrv_open_global.tdb",
    "smbXsrv_session_global.tdb",
    "smbXsrv_tcon_global.tdb",
    "smbXsrv_version_global.tdb",
    "ctdb.tdb",
    "secrets.tdb",
]
CT_PUBLIC = {  # public address: its home node
    "10.0.2.101": "fs1",
    "10.0.2.102": "fs1",
    "10.0.2.103": "fs2",
    "10.0.2.104": "fs2",
    "10.0.2.105": "fs3",
    "10.0.2.106": "fs3",
}


def ctdb(r: random.Random) -> list[Log]:
    """CTDB (Samba 4.17) on a three-node clustered Samba file server, each node's log.ctdb,
    06:00 to 12:00: see the module's docstring."""
    fs = Files()
    pids = {
        "fs1": {"ctdbd": 2469, "ctdb-recoverd": 2540, "ctdb-eventd": 2471},
        "fs2": {"ctdbd": 2388, "ctdb-recoverd": 2461, "ctdb-eventd": 2390},
        "fs3": {"ctdbd": 2512, "ctdb-recoverd": 2583, "ctdb-eventd": 2514},
    }
    helper = [31002]

    def W(node: str, proc: str, t: datetime, label: str, text: str) -> datetime:
        pid = pids[node].get(proc) or helper[0]
        return fs.add(
            f"{node}-log.ctdb",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S}.{x.microsecond:06d} {proc}[{pid}]: {text}"],
            (node, proc),
            US,
        )

    def D(node: str, t: datetime, label: str, text: str) -> datetime:
        return W(node, "ctdbd", t, label, text)

    def R(node: str, t: datetime, label: str, text: str) -> datetime:
        return W(node, "ctdb-recoverd", t, label, text)

    def ms(lo: float, hi: float) -> object:
        return sec(r.uniform(lo, hi) / 1000)

    ips_of = {n: [ip for ip, h in CT_PUBLIC.items() if h == n] for n in CT_NODES}
    where = dict(CT_PUBLIC)  # public address -> the node holding it now
    generation = [r.randint(10**8, 2**31)]

    def takeover_run(
        t: datetime, master: str, active: list[str], connected: list[str] | None = None
    ) -> datetime:
        """The recovery master's takeover run: the others are told not to run their own for
        60 s, addresses move to where they belong among the healthy nodes (a connected but
        unhealthy node releases its own)."""
        connected = connected or active
        t = R(master, t, "Takeover run starting", "Takeover run starting")
        for n in connected:
            if n != master:
                R(
                    n,
                    t + ms(1, 4),
                    "Disabling takeover runs for %u seconds",
                    "Disabling takeover runs for 60 seconds",
                )
        tt = t + ms(40, 90)
        for ip in sorted(where):
            home = CT_PUBLIC[ip]
            want = home if home in active else None
            if want is None:
                # spread a missing node's addresses over the others
                want = sorted(active)[int(ip.rsplit(".", 1)[1]) % len(active)]
            have = where[ip]
            if have == want:
                continue
            if have is not None and have in connected:
                tt = D(
                    have,
                    tt + ms(5, 30),
                    "Release of IP %s/%u on interface %s  node:%d",
                    f"Release of IP {ip}/24 on interface ens19  node:{CT_NODES[want][0]}",
                )
            tt = D(
                want,
                tt + ms(20, 120),
                "Takeover of IP %s/%u on interface %s",
                f"Takeover of IP {ip}/24 on interface ens19",
            )
            where[ip] = want
        t = R(
            master,
            tt + ms(30, 80),
            "Takeover run completed successfully",
            "Takeover run completed successfully",
        )
        for n in connected:
            if n != master:
                R(n, t + ms(1, 5), "Reenabling takeover runs", "Reenabling takeover runs")
        return t

    def recovery(
        t: datetime, master: str, active: list[str], culprit: int, lock: bool = False
    ) -> datetime:
        if lock:
            t = R(master, t, "Recovery lock taken successfully", "Recovery lock taken successfully")
        t = R(
            master,
            t + ms(0.5, 3),
            "../../ctdb/server/ctdb_recoverd.c:1376 Recovery initiated due to problem with node %u",
            f"../../ctdb/server/ctdb_recoverd.c:1376 Recovery initiated due to problem with node {culprit}",
        )
        helper[0] += r.randint(40, 400)
        t += ms(5, 20)
        for n in active:
            D(n, t + ms(0.2, 2), "Recovery mode set to ACTIVE", "Recovery mode set to ACTIVE")
        t += ms(30, 120)
        generation[0] = r.randint(10**8, 2**31)
        ends = []
        for n in active:
            tn = t
            for db in CT_DBS:
                tn = D(n, tn + ms(0.1, 1.5), "Freeze db: %s", f"Freeze db: {db}")
            for db in CT_DBS:
                tn = D(
                    n,
                    tn + ms(2, 40),
                    "Thaw db: %s generation %u",
                    f"Thaw db: {db} generation {generation[0]}",
                )
            ends.append(tn)
        t = max(ends) + ms(1, 5)
        t = W(
            master,
            "ctdb-recovery",
            t,
            "%d of %d databases recovered",
            f"{len(CT_DBS)} of {len(CT_DBS)} databases recovered",
        )
        for n in active:
            D(n, t + ms(0.5, 3), "Recovery mode set to NORMAL", "Recovery mode set to NORMAL")
        return takeover_run(t + ms(20, 60), master, active)

    # -- 07:10-07:42: a pushed smb.conf include breaks smbd on fs2; its monitor event fails
    bad, fixed = at(7, 10, 21), at(7, 42, 3)
    t = bad + sec(r.uniform(1, 14))
    interval = 5
    count = 0
    first = True
    while t < fixed:
        count += 1
        te = W(
            "fs2",
            "ctdb-eventd",
            t + ms(40, 400),
            "%s: ERROR: samba listening on TCP port %d: fail count %d >= threshold %d",
            f"50.samba: ERROR: samba listening on TCP port 445: fail count {count} >= threshold 1",
        )
        te = W(
            "fs2",
            "ctdb-eventd",
            te + ms(0.01, 0.1),
            "%s: samba not listening on TCP port %d",
            "50.samba: samba not listening on TCP port 445",
        )
        te = W(
            "fs2", "ctdb-eventd", te + ms(0.2, 2), "monitor event failed", "monitor event failed"
        )
        if first:
            first = False
            te = D(
                "fs2",
                te + ms(0.5, 3),
                "monitor event failed - disabling node",
                "monitor event failed - disabling node",
            )
            te = D(
                "fs2",
                te + ms(0.1, 1),
                "Node became UNHEALTHY. Ask recovery master to reallocate IPs",
                "Node became UNHEALTHY. Ask recovery master to reallocate IPs",
            )
            takeover_run(te + sec(r.uniform(1.0, 1.6)), "fs1", ["fs1", "fs3"], list(CT_NODES))
            interval = 5
        t += sec(interval + r.uniform(0.0, 0.05))
        interval = min(interval * 2, 15)
    te = D(
        "fs2",
        t + ms(200, 600),
        "monitor event OK - node re-enabled",
        "monitor event OK - node re-enabled",
    )
    te = D(
        "fs2",
        te + ms(0.1, 1),
        "Node became HEALTHY. Ask recovery master to reallocate IPs",
        "Node became HEALTHY. Ask recovery master to reallocate IPs",
    )
    takeover_run(te + sec(r.uniform(1.0, 1.6)), "fs1", ["fs1", "fs2", "fs3"])

    # -- 08:20: fs3's private link drops for 47 s; it cannot take the recovery lock alone and
    # is banned, the others recover without it; it rejoins when the ban times out
    lost, back = at(8, 19, 49) + sec(0.21), at(8, 20, 36) + sec(0.78)
    t = lost + sec(25 + r.uniform(0, 0.3))  # KeepaliveInterval 5 s x KeepaliveLimit 5
    for n in ["fs1", "fs2"]:
        tn = D(n, t + ms(0, 300), "dead count reached for node %u", "dead count reached for node 2")
        D(
            n,
            tn + ms(0.1, 0.5),
            "%s: node %s is dead: %u connected",
            f"{CT_NODES[n][1]}:4379: node 10.0.1.13:4379 is dead: 1 connected",
        )
    tn = t + ms(0, 300)
    left = 2
    for n in ["fs1", "fs2"]:
        tn = D(
            "fs3",
            tn + ms(0.5, 4),
            "dead count reached for node %u",
            f"dead count reached for node {CT_NODES[n][0]}",
        )
        left -= 1
        tn = D(
            "fs3",
            tn + ms(0.1, 0.5),
            "%s: node %s is dead: %u connected",
            f"10.0.1.13:4379: node {CT_NODES[n][1]}:4379 is dead: {left} connected",
        )
    tn = R(
        "fs3",
        tn + ms(200, 900),
        "Recmaster node %u is disconnected/deleted. Force election",
        "Recmaster node 0 is disconnected/deleted. Force election",
    )
    tn = R(
        "fs3",
        tn + sec(3) + ms(1, 20),
        "Election period ended, master=%u",
        "Election period ended, master=2",
    )
    tn = R(
        "fs3",
        tn + ms(100, 400),
        "Unable to take recovery lock - contention",
        "Unable to take recovery lock - contention",
    )
    tn = R(
        "fs3", tn + ms(0.2, 1), "Banning node %u for %u seconds", "Banning node 2 for 300 seconds"
    )
    ban_at = D(
        "fs3",
        tn + ms(0.5, 3),
        "Banning this node for %d seconds",
        "Banning this node for 300 seconds",
    )
    tb = D("fs3", ban_at + ms(0.5, 3), "Recovery mode set to ACTIVE", "Recovery mode set to ACTIVE")
    for ip in ips_of["fs3"]:
        tb = D(
            "fs3",
            tb + ms(5, 30),
            "Release of IP %s/%u on interface %s  node:%d",
            f"Release of IP {ip}/24 on interface ens19  node:-1",
        )
    recovery(t + sec(r.uniform(0.8, 1.5)), "fs1", ["fs1", "fs2"], 2)
    tc = back + ms(5, 80)
    for n in ["fs1", "fs2"]:
        D(
            n,
            tc + ms(0, 30),
            "%s: connected to %s - %u connected",
            f"{CT_NODES[n][1]}:4379: connected to 10.0.1.13:4379 - 2 connected",
        )
    for k, n in enumerate(["fs1", "fs2"], 1):
        tc = D(
            "fs3",
            tc + ms(0.5, 20),
            "%s: connected to %s - %u connected",
            f"10.0.1.13:4379: connected to {CT_NODES[n][1]}:4379 - {k} connected",
        )
    unban = ban_at + sec(300) + ms(0.1, 2)
    tu = D("fs3", unban, "Banning timed out", "Banning timed out")
    recovery(tu + sec(r.uniform(1.5, 2.5)), "fs1", ["fs1", "fs2", "fs3"], 2)

    # -- the build farm's share: lock contention on locking.tdb and brlock.tdb, mostly
    # 10:00-11:00; a record migrating between nodes logs its hop counts 96-99, 196-199, ...
    def hop_burst(t: datetime, db: str) -> None:
        key = r.getrandbits(32)
        reqid = r.getrandbits(32)
        src = r.randrange(3)
        lmaster = r.randrange(3)
        rounds = r.choice([1, 1, 1, 1, 2, 2, 3, 5])
        node = r.choice(list(CT_NODES))
        for rd in range(rounds):
            for hop in range(96 + 100 * rd, 100 + 100 * rd):
                pnn = CT_NODES[node][0]
                dmaster = r.choice([x for x in range(3) if x != pnn] or [0])
                dst = lmaster if pnn != lmaster else dmaster
                t = D(
                    node,
                    t + ms(0.05, 2),
                    "High hopcount %d dbid:%s key:0x%08x reqid=%08x pnn:%d src:%d lmaster:%d header->dmaster:%d dst:%d",
                    f"High hopcount {hop} dbid:{db} key:0x{key:08x} reqid={reqid:08x} pnn:{pnn} src:{src} lmaster:{lmaster} header->dmaster:{dmaster} dst:{dst}",
                )
                node = next(n for n, (p, _a) in CT_NODES.items() if p == dst)
            t += ms(20, 300)

    heavy = (at(10, 0), at(11, 0, 30))
    for tb in poisson(r, T0, T_END, 300.0):
        if not in_any(tb, [(lost, unban)]):
            hop_burst(
                tb,
                r.choice(["locking.tdb", "locking.tdb", "brlock.tdb", "smbXsrv_open_global.tdb"]),
            )
    for tb in poisson(r, heavy[0], heavy[1], 24.0):
        hop_burst(tb, r.choice(["locking.tdb", "locking.tdb", "locking.tdb", "brlock.tdb"]))
    # a stuck lock holder (an smbd blocked on the cluster file system) 10:17-10:31 on fs1
    for stuck in [at(10, 17, 2), at(10, 21, 40), at(10, 26, 11)]:
        held = r.randint(6, 16)
        for k in range(1, held + 1):
            D(
                "fs1",
                stuck + sec(10 * k) + ms(0.1, 3),
                "Unable to get RECORD lock on database %s for %.0lf seconds",
                f"Unable to get RECORD lock on database locking.tdb for {10 * k} seconds",
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- apcupsd

AP_START = "apcupsd 3.14.14 (31 May 2016) debian startup succeeded"
AP_SLAVES = {"web1": 17, "web2": 41, "db1": 5}  # each net slave's poll second (POLLTIME 60)


def apcupsd(r: random.Random) -> list[Log]:
    """apcupsd 3.14 on a NAS with a USB Back-UPS (the NIS master), three hosts that read it
    over the network, and a rack server with its own SNMP Smart-UPS, 06:00 to 12:00: see the
    module's docstring."""
    fs = Files()

    def E(host: str, t: datetime, label: str, text: str | None = None) -> datetime:
        """A line of `host`'s events file (EVENTSFILE): `%Y-%m-%d %H:%M:%S %z  message`."""
        msg = label if text is None else text
        return fs.add(
            f"{host}-apcupsd.events",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} +0000  {msg}"],
            host,
            S,
        )

    rack_pid = [1187]

    def Y(t: datetime, label: str, text: str | None = None) -> datetime:
        """rack2's syslog (Debian 12, RFC 3339), where its apcupsd logs the same events."""
        msg = label if text is None else text
        return fs.add(
            "rack2-syslog",
            t,
            label,
            lambda x: [f"{rfc3339(x)} rack2 apcupsd[{rack_pid[0]}]: {msg}"],
            "rack2",
            US,
        )

    PF, OB = "Power failure.", "Running on UPS batteries."
    MR, PB = "Mains returned. No longer on UPS batteries.", "Power is back. UPS running on mains."
    CL, CR = "Communications with UPS lost.", "Communications with UPS restored."

    # -- the mains: a storm 09:05-10:20 (sags of a second or two, a few longer dips), the
    # feed lost 10:40-11:01
    storm = []
    for tg in poisson(r, at(9, 5), at(10, 20), 30.0):
        dur = r.uniform(0.6, 3.5) if r.random() < 0.9 else r.uniform(9, 95)
        storm.append((tg, tg + sec(dur)))
    outage = (at(10, 40, 12), at(11, 1, 50))
    nas_down = [(at(8, 2, 10), at(8, 14, 31)), (at(10, 58, 47), at(11, 6, 52))]
    slave_down = {h: at(10, 49, 0) + sec(r.uniform(1, 40)) for h in AP_SLAVES}
    slave_boot = {h: at(11, 4, 10) + sec(r.uniform(0, 120)) for h in AP_SLAVES}
    usb_lost = []  # the USB cable drops out 06:41-07:52, for seconds or a few minutes
    tl = at(6, 41) + sec(r.uniform(0, 60))
    while tl < at(7, 52):
        back = tl + sec(r.choice([r.uniform(2, 20), r.uniform(2, 20), r.uniform(40, 200)]))
        usb_lost.append((tl, back))
        tl = back + sec(r.expovariate(1 / 90.0) + 3)

    # -- nas1: the USB master (polls every second)
    def transfer(w, t0: datetime, t1: datetime, delay: int = 6) -> None:
        w(t0, PF)
        if (t1 - t0).total_seconds() > delay:
            w(t0 + sec(delay), OB)
            w(t1, MR)
        w(t1 + sec(0.001), PB)

    def nas(t: datetime, label: str, text: str | None = None) -> datetime:
        return E("nas1", t, label, text)

    t = nas(at(6, 30, 0), "UPS Self Test switch to battery.")
    nas(
        t + sec(9),
        "UPS Self Test completed: %s",
        "UPS Self Test completed: Test failed -- insufficient battery capacity",
    )
    nas(at(6, 40, 1), "UPS battery must be replaced.")
    for a, b in usb_lost:
        nas(a, CL)
        nas(b, CR)
    for a, b in storm:
        if r.random() < 0.97:  # the Back-UPS transfers on nearly every sag
            transfer(nas, a, b)
    nas(nas_down[0][0], "apcupsd exiting, signal %u", "apcupsd exiting, signal 15")
    nas(nas_down[0][0] + sec(0.01), "apcupsd shutdown succeeded")
    nas(nas_down[0][1], "apcupsd %s (%s) %s startup succeeded", AP_START)
    nas(nas_down[0][1] + sec(600), "UPS battery must be replaced.")
    nas(outage[0], PF)
    nas(outage[0] + sec(6), OB)
    t = nas(at(10, 58, 40), "Reached remaining time percentage limit on batteries.")
    t = nas(t, "Initiating system shutdown!")
    t = nas(t, "User logins prohibited")
    nas(nas_down[1][0], "apcupsd exiting, signal %u", "apcupsd exiting, signal 15")
    nas(nas_down[1][0] + sec(0.01), "apcupsd shutdown succeeded")
    nas(nas_down[1][1], "apcupsd %s (%s) %s startup succeeded", AP_START)
    nas(nas_down[1][1] + sec(600), "UPS battery must be replaced.")
    # the new battery pack goes in at 11:40
    nas(at(11, 40, 5), "Battery disconnected.")
    nas(at(11, 41, 33), "Battery reattached.")

    # -- the net slaves: they read nas1's status every 60 s (every second while it reports
    # fast polling, on battery), so they miss most sags and short USB drops
    for h, phase in AP_SLAVES.items():

        def sl(t: datetime, label: str, text: str | None = None, h: str = h) -> datetime:
            return E(h, t, label, text)

        def polls(a: datetime, b: datetime, phase: int = phase) -> list[datetime]:
            out = []
            t = a.replace(second=phase, microsecond=0) + sec(r.uniform(0.01, 0.2))
            if t < a:
                t += sec(60)
            while t < b:
                out.append(t)
                t += sec(60)
            return out

        up_windows = [(T0, slave_down[h]), (slave_boot[h], T_END)]
        # the self-test looks like a power failure to a slave if its poll falls inside it
        for a, b in [(at(6, 30, 0), at(6, 30, 9)), *storm]:
            hit = [p for p in polls(a - sec(60), b) if a <= p < b]
            if hit:
                transfer(sl, hit[0], b + sec(r.uniform(0.3, 1.0)))
        # nas1's USB drops: the master reports COMMLOST
        for a, b in usb_lost:
            hit = [p for p in polls(a - sec(60), b) if a <= p < b]
            if hit:
                sl(hit[0], CL)
                later = [p for p in polls(b, b + sec(120)) if p >= b]
                sl(later[0], CR)
        # nas1 down: each failed poll logs the connect error, the event every 10 minutes
        for a, b in nas_down:
            for w0, w1 in up_windows:
                lo, hi = max(a, w0), min(b, w1)
                if lo >= hi:
                    continue
                first = (
                    next(p for p in polls(lo, lo + sec(61)) if p >= lo)
                    if lo == a
                    else lo + sec(r.uniform(5, 8))
                )
                t = first
                last_ev = None
                while t < hi:
                    sl(
                        t,
                        "fetch_data: tcp_open failed for %s port %d",
                        "fetch_data: tcp_open failed for nas1 port 3551",
                    )
                    if last_ev is None or (t - last_ev).total_seconds() >= 600:
                        sl(t + sec(0.001), CL)
                        last_ev = t
                    t += sec(2 + r.uniform(0.001, 0.01))
                sl(t, CR)
        # the outage: on battery from their next poll, shut down at their BATTERYLEVEL 50
        first = next(p for p in polls(outage[0], outage[0] + sec(61)) if p >= outage[0])
        sl(first, PF)
        sl(first + sec(6), OB)
        t = sl(slave_down[h] - sec(8), "Battery charge below low limit.")
        t = sl(t, "Initiating system shutdown!")
        t = sl(t, "User logins prohibited")
        sl(slave_down[h], "apcupsd exiting, signal %u", "apcupsd exiting, signal 15")
        sl(slave_down[h] + sec(0.01), "apcupsd shutdown succeeded")
        sl(slave_boot[h], "apcupsd %s (%s) %s startup succeeded", AP_START)

    # -- rack2: its own Smart-UPS (SNMP to its network card); line-interactive, it rides out
    # most sags and transfers on the longer dips; its card reboots for a firmware update
    def rk(t: datetime, label: str, text: str | None = None) -> datetime:
        return Y(t, label, text)

    t = rk(at(6, 15, 0) + sec(0.412), "UPS Self Test switch to battery.")
    rk(t + sec(8.2), "UPS Self Test completed: %s", "UPS Self Test completed: Battery OK")
    for a, b in storm:
        if (b - a).total_seconds() > 2.4 or r.random() < 0.2:
            transfer(rk, a + sec(r.uniform(0.05, 0.4)), b + sec(r.uniform(0.05, 0.4)), delay=10)
    rk(at(7, 31, 12) + sec(0.3), CL)
    rk(at(7, 33, 40) + sec(0.7), CR)
    transfer(rk, outage[0] + sec(0.2), outage[1] + sec(0.4), delay=10)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- lldpd

LL_PROTOS = ["LLDP", "CDPv1", "CDPv2", "SONMP", "EDP", "FDP"]


def ll6(r: random.Random) -> str:
    """A tap or veth device's IPv6 link-local address (from a random MAC)."""
    b = [r.randrange(256) for _ in range(6)]
    b[0] = (b[0] | 0x02) & 0xFE
    words = [(b[0] ^ 0x02) << 8 | b[1], b[2] << 8 | 0xFF, 0xFE << 8 | b[3], b[4] << 8 | b[5]]
    return "fe80::" + ":".join(f"{w:x}" for w in words)


def lldpd(r: random.Random) -> list[Log]:
    """lldpd's messages on two KVM hypervisors and a Kubernetes worker (syslog) and on an edge
    router where it runs in a container with -d (its own stderr layout), 06:00 to 12:00: see
    the module's docstring."""
    fs = Files()
    # each host's lldpd (and lldpcli) processes from the instant they started
    procs = {
        "kvm1": [(T0, 1204, 1203), (at(10, 20, 44), 48213, 48212)],
        "kvm2": [(T0, 1187, 1186)],
        "k8s-node3": [(T0, 912, 911), (at(6, 25, 12), 30871, 30870)],
    }

    def W(host: str, t: datetime, label: str, text: str, prog: str = "lldpd") -> datetime:
        _since, lpid, cpid = [p for p in procs[host] if p[0] <= t][-1]
        pid = lpid if prog == "lldpd" else cpid
        if host == "k8s-node3":
            return fs.add(
                "k8s-node3-syslog",
                t,
                label,
                lambda x: [f"{syslog_ts(x)} {host} {prog}[{pid}]: {text}"],
                (host, prog),
                S,
            )
        return fs.add(
            f"{host}-syslog",
            t,
            label,
            lambda x: [f"{rfc3339(x)} {host} {prog}[{pid}]: {text}"],
            (host, prog),
            US,
        )

    def C(t: datetime, lvl: str, token: str, label: str, text: str) -> datetime:
        """edge1: `docker logs` of lldpd -d, `%Y-%m-%dT%H:%M:%S [LEVEL/token] message`."""
        return fs.add(
            "edge1-lldpd.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S} [{lvl}/{token}] {text}"],
            "edge1",
            S,
        )

    def startup(
        host: str, t: datetime, libevent: str, cdp: bool, snmp: bool, conf_error: str = ""
    ) -> datetime:
        t = W(host, t, "/etc/localtime copied to chroot", "/etc/localtime copied to chroot")
        for p in LL_PROTOS:
            on = p == "LLDP" or (cdp and p.startswith("CDP"))
            if on:
                t = W(host, t + sec(0.0001), "protocol %s enabled", f"protocol {p} enabled")
            else:
                t = W(host, t + sec(0.0001), "protocol %s disabled", f"protocol {p} disabled")
        t = W(
            host,
            t + sec(0.0003),
            "libevent %s initialized with %s method",
            f"libevent {libevent} initialized with epoll method",
        )
        if snmp:
            t = W(host, t + sec(0.0002), "enable SNMP subagent", "enable SNMP subagent")
            t = W(
                host,
                t + sec(0.004),
                "NET-SNMP version %s AgentX subagent connected",
                "NET-SNMP version 5.9.3 AgentX subagent connected",
            )
        tc = t + sec(0.02)
        if conf_error:
            tc = W(
                host,
                tc,
                "unknown command from argument %d: `%s`",
                f"unknown command from argument 3: `{conf_error}`",
                "lldpcli",
            )
            tc = W(
                host,
                tc + sec(0.0002),
                "an error occurred while executing last command",
                "an error occurred while executing last command",
                "lldpcli",
            )
        return W(
            host,
            tc + sec(0.003),
            "lldpd should resume operations",
            "lldpd should resume operations",
            "lldpcli",
        )

    def gone(
        host: str, t: datetime, dev: str, ifindex: int, send_fail: bool, init_fail: bool = False
    ) -> None:
        """A tap or veth device removed: lldpd hears of its address going away after the
        device, and its next PDU on it may already fail."""
        if init_fail:
            W(
                host,
                t - sec(r.uniform(0.05, 0.4)),
                "unable to initialize %s: No such device",
                f"unable to initialize {dev}: No such device",
            )
        if send_fail:
            W(
                host,
                t - sec(r.uniform(0.001, 0.03)),
                "unable to send packet on real device for %s: No such device or address",
                f"unable to send packet on real device for {dev}: No such device or address",
            )
        W(
            host,
            t,
            "removal request for address of %s%%%d, but no knowledge of it",
            f"removal request for address of {ll6(r)}%{ifindex}, but no knowledge of it",
        )

    # -- kvm1, kvm2: VMs stopped, started and migrated all morning (vnetN taps)
    for host in ["kvm1", "kvm2"]:
        ifx = r.randint(40, 60)
        vnet = r.randint(20, 40)
        for tv in poisson(r, T0, T_END, 290.0):
            if host == "kvm1" and at(10, 20) <= tv < at(10, 21):
                continue
            ifx += r.randint(1, 3)
            vnet += 1
            gone(host, tv, f"vnet{vnet}", ifx, r.random() < 0.35)
    # kvm1: snmpd restarted with a broken snmpd.conf 07:40-07:46 (the AgentX subagent pings
    # every 15 s), the hostname fixed at 10:05 (a new chassis ID on every port), lldpd
    # upgraded at 10:20 with a typo in /etc/lldpd.d/local.conf
    t = W(
        "kvm1",
        at(7, 40, 3) + sec(0.2),
        "AgentX master agent failed to respond to ping.  Attempting to re-register.",
        "AgentX master agent failed to respond to ping.  Attempting to re-register.",
    )
    while t < at(7, 46, 31):
        t = W(
            "kvm1",
            t + sec(15 + r.uniform(0, 0.01)),
            "Warning: Failed to connect to the agentx master agent (%s):",
            "Warning: Failed to connect to the agentx master agent ([NIL]):",
        )
    W(
        "kvm1",
        t + sec(15 + r.uniform(0, 0.01)),
        "NET-SNMP version %s AgentX subagent connected",
        "NET-SNMP version 5.9.3 AgentX subagent connected",
    )
    t = at(10, 5, 17) + sec(0.3)
    for port in ["eno1", "eno2", "eno3", "eno4"]:
        t = W(
            "kvm1",
            t + sec(r.uniform(0.5, 30)),
            "MSAP has changed for port %s, sending a shutdown LLDPDU",
            f"MSAP has changed for port {port}, sending a shutdown LLDPDU",
        )
    startup("kvm1", at(10, 20, 44) + sec(0.51), "2.1.12-stable", True, True, conf_error="hostnme")
    # kvm2: its top-of-rack switch's new firmware (08:12) sends a TLV of a reserved type on
    # both uplinks with every PDU (tx-interval 30 s) until it is rolled back at 09:40
    for port, phase in [("eno1", 3.1), ("eno2", 17.8)]:
        t = at(8, 12) + sec(phase)
        while t < at(9, 40):
            W(
                "kvm2",
                t + sec(r.uniform(0, 0.02)),
                "unknown tlv (%d) received on %s",
                f"unknown tlv (9) received on {port}",
            )
            t += sec(30 + r.uniform(-0.05, 0.05))

    # -- k8s-node3: CronJob and batch pods come and go (veth pairs); lldpd restarted by
    # unattended-upgrades at 06:25
    ifx = 1180
    for tp in poisson(r, T0, T_END, 21.0):
        ifx += r.randint(1, 2)
        gone(
            "k8s-node3",
            tp,
            "veth" + hexid(r, 7),
            ifx,
            r.random() < 0.22,
            init_fail=r.random() < 0.03,
        )
    startup("k8s-node3", at(6, 25, 12), "2.1.12-stable", False, False)

    # -- edge1: lldpd in a container with -d -c; the ISP's CPE on eth1 sends malformed
    # capabilities after its firmware update at 08:30; the container restarts at 09:20
    def cstart(t: datetime) -> datetime:
        for p in LL_PROTOS:
            on = p == "LLDP" or p.startswith("CDP")
            if on:
                t = C(
                    t + sec(0.0001), "INFO", "main", "protocol %s enabled", f"protocol {p} enabled"
                )
            else:
                t = C(
                    t + sec(0.0001),
                    "INFO",
                    "main",
                    "protocol %s disabled",
                    f"protocol {p} disabled",
                )
        t = C(
            t + sec(0.001),
            "INFO",
            "event",
            "libevent %s initialized with %s method",
            "libevent 2.1.12-stable initialized with epoll method",
        )
        return C(
            t + sec(0.02),
            "INFO",
            "lldpctl",
            "lldpd should resume operations",
            "lldpd should resume operations",
        )

    cstart(at(9, 20, 33))
    t = at(8, 30, 41)
    while t < T_END:
        if not (at(9, 20, 30) <= t < at(9, 20, 36)):
            C(
                t,
                "WARN",
                "lldp",
                "System capabilities TLV too short received on %s",
                "System capabilities TLV too short received on eth1",
            )
        t += sec(60 + r.uniform(-0.3, 0.3))
    for tv in poisson(r, T0, T_END, 1500.0):
        dev = "veth" + hexid(r, 7)
        C(
            tv,
            "WARN",
            "lldp",
            "unable to send packet on real device for %s: No such device or address",
            f"unable to send packet on real device for {dev}: No such device or address",
        )
    return fs.logs(T0)


SYSTEMS = {
    "rsyslog": rsyslog,
    "syslog-ng": syslog_ng,
    "ctdb": ctdb,
    "apcupsd": apcupsd,
    "lldpd": lldpd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
