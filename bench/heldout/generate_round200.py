#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 200 (lxc, opennebula, chef-client, cfengine, pulumi) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs that build, place and configure
machines, 06:00 to 12:00 on 2024-06-07. The brief's second system, Vagrant, is not written:
its log is `VAGRANT_LOG=info` on one command's stderr, and every `vagrant up` writes 40 and more
formats (the environment dump, each middleware's `Calling IN action` / `Calling OUT action`,
`Starting process`, and every UI message twice, bare and under `==> default: `), more than a
system of the set may hold; OpenNebula's oned, the VM manager a CI fleet asks for its build
machines, takes its place.

- LXC 5.0 (`ci1-builds.log`, `ci2-builds.log`: two CI hosts' /var/log/lxc/ci-builds.log, every
  build container started with `lxc-start -n ci-NNNNN -d -l INFO -o ...`: liblxc's
  `lxc-start ci-48213 20240607060102.345 INFO     seccomp - ../src/lxc/seccomp.c:parse_config_v2:811
  - Processing "[all]"`, the time liblxc's own UTC `%Y%m%d%H%M%S.` and the first three digits of
  the nanoseconds printed without padding): each start's `Initialized LSM security driver %s`, the
  pre-start hook (`Executing script "%s" for container "%s", config section "%s"`), the 36 seccomp
  lines of common.seccomp (`Processing "%s"`, `Set seccomp rule to reject force umounts`, `Added
  native rule for arch %d for %s action %d(%s)`, `Added compat rule for arch %d for %s action
  %d(%s)`, `Merging compat seccomp contexts into main context`), `Container "%s" is initialized`,
  the cgroups, six `Cloned %s`, the child's set-up (`Set hostname to "%s"`, `Preparing "/dev"`,
  `Prepared "/dev"`, `The container "%s" is set up`, `Exec'ing "%s"`), `Started "%s" with pid
  "%d"`, `Received %d from pid %d instead of container init %d`, and at the stop `Child <%d> ended
  on signal %s(%d)` (SIGINT for a clean poweroff, SIGKILL for the jobs killed at their timeout
  while ci1 is overloaded 10:30-11:00) and the lxcfs post-stop hook; ci2's lxcbr0 gone after a
  netplan change 07:42-08:06 (`Failed to attach "%s" to bridge "%s", bridge interface doesn't
  exist`, `Failed to create network device`, `Failed to create the network`, `Failed to send SIGKILL
  via pidfd %d for process %d`, `Failed to spawn container "%s"`, then lxc-start's own `Received
  container state "%s" instead of "RUNNING"`, `The container failed to start`, `To get more
  details, run the container in foreground mode`, `Additional information can be obtained by
  setting the --logfile and --logpriority options`), and ci1's base image without an init
  09:12-09:37 (`Failed to exec "%s"` and `An error occurred in another process (expected sequence
  number %d)` before the same failure lines).
- OpenNebula 6.8 (`oned.log`, the front-end's /var/log/one/oned.log at DEBUG_LEVEL 3:
  `Fri Jun  7 06:00:01 2024 [Z0][ReM][D]: Req:4352 UID:0 IP:127.0.0.1 one.vmpool.infoextended
  invoked , -2, -1, -1, -1`; `1164.log`, `1203.log`: two VMs' own logs in the same layout): the
  XML-RPC calls (`Req:%i UID:%u IP:%A %m invoked %l20`, the result `Req:%d UID:%d %s result
  SUCCESS, %s` with its value cut at 20 characters, `... result FAILURE [%s] ...` with the error's
  own text) of a Prometheus exporter, FireEdge users, the scheduler (`one.vm.deploy`) and a CI
  service creating build VMs (`one.template.instantiate`, `one.vm.info` until RUNNING,
  `one.vm.action "terminate-hard"`); `Deploying VM %d`, `Terminating VM %d`, `Live-migrating VM
  %d`; the drivers' `Message received: TRANSFER SUCCESS %d -`, `DEPLOY SUCCESS %d %s`, `CANCEL
  SUCCESS %d -`, `MIGRATE SUCCESS %d -`; the monitors' `Host %s (%d) successfully monitored.`,
  `Datastore %s (%d) successfully monitored.`, `Marketplace %s (%d) successfully monitored.`;
  kvm03's libvirtd broken by an upgrade 07:18-07:41 (`Message received: DEPLOY FAILURE %d Could
  not create domain from %s`, the VM log's driver error lines, BOOT_FAILURE), the CI's token
  expired 08:40-08:55 (`UID:-1` / `UID:-` and `User couldn't be authenticated, aborting call.`),
  kvm02 drained at 09:30 (`one.vm.migrate`, live migrations), and the CI janitor asking for VMs
  already gone 10:50-11:05 (`Error getting virtual machine [%d].`).
- Chef Infra Client 18 (`web01-client.log`, `web02-client.log`, `web03-client.log`,
  `db01-client.log`: /var/log/chef/client.log of four nodes running `chef-client -d -i 1800 -s 300`
  at log_level :info, mixlib-log's `[2024-06-07T06:00:02+00:00] INFO: ...`): each run's `*** Chef
  Infra Client %s ***`, `Platform: %s`, `Chef-client pid: %d`, `Run List is [%s]`, `Run List
  expands to [%s]`, `Starting Chef Infra Client Run for %s`, the handlers, `Loading cookbooks
  [%s]`, a `Processing %s action %s (%s line %d)` per resource and action (verbose_logging),
  `%s backed up to %s`, `%s updated file contents %s`, `%s sending %s action to %s (delayed)`,
  `%s reloaded`, `%s restarted`, `%s ran successfully`, `%s installed %s at %s`, `Chef Infra
  Client Run complete in %s seconds`; a release at 07:30 whose migrations fail on web01
  (`Mixlib::ShellOut::ShellCommandFailed: ...` with the command's output on the lines after it,
  after `Running exception handlers`, `Exception handlers complete`, `Stacktrace dumped to %s` and
  the `PLEASE PROVIDE ...` banner), the Chef server's upgrade 08:30-08:46 (`Server returned error
  %s for %s, retrying %d/%d in %ds`, then `Net::HTTPFatalError: 502 "Bad Gateway"`), db01's
  PostgreSQL tuned at 10:00 (restarted), htop added to the base role at 11:00.
- CFEngine 3.21 (`web01-cf-agent.log`, `web02-cf-agent.log`, `db01-cf-agent.log`: cron's
  `cf-agent -I --timestamp` every five minutes appended to /var/log/cfengine/cf-agent.log,
  `2024-06-07T06:00:03+0000     info: Executing 'no timeout' ... '%s'`; `web01-promise_summary.log`
  and the others: /var/cfengine/promise_summary.log, `1717740003,1717740011: Outcome of version
  ...`): every run's health checks (`Executing '%s' ... '%s'`, their output as `Q: "%s": %s`,
  `Completed execution of '%s'`), the site policy's reports (`R: %s: /var is %s%% full`, db01's
  `R: Last base backup finished %s hours ago`), a deploy script loosening a secret's mode that
  the agent repairs (`Object '%s' had permissions %s, changed it to %s`, `Owner of '%s' was %s,
  setting to %s`), the hourly upload tidy (`Deleted file '%s'`), policy updates at 07:10 and 10:20
  (`Updated file '%s' from '%s:%s'`, `Updated rendering of '%s' from mustache template '%s'`, a
  restart), the hub down 08:20-08:50 (`Failed to establish TLS connection: underlying network
  error (Connection refused)`, `No suitable server found`, `Method '%s' failed in some repairs`),
  db01's backup verification failing 09:40-10:35 (`Finished command related to promiser '%s' --
  an error occurred, returned %d`), and each run's promise summary.
- Pulumi 3.117 (`infra-prod.log`, `infra-staging.log`: a GitOps runner's `pulumi preview
  --refresh` every hour and `pulumi up` on merges, run with `-v=7 --logtostderr` and stderr
  appended to the stack's log: glog's `I0607 06:00:01.234567   41233 provider_plugin.go:655]
  Provider[aws, 0xc000a1e2d0].Check(urn:...) executing (#olds=9,#news=4)`): plugin discovery
  (`gatherPluginsFromProgram(): gathering plugins from language host`, `... plugin %s %s (%s) is
  required by language host`, `gatherPluginsFromSnapshot(): ...`), the refresh's `Read(%s,%s)
  executing` / `success`, every resource's `ResourceMonitor.RegisterResource received: t=%v, ...`,
  `Check(%s) executing` / `success`, `Diff(%s,%s) executing` / `success`, `StepExecutor
  worker(%d): step %v on %v (preview=%v)`; the updates of a release at 07:45 (`Planner decided to
  update '%v' (oldprops=%v inputs=%v)`, `Update(%s,%s) executing` / `success`, `Create(%s)`), a
  database upgrade refused at 10:10 (`Update(...) failed: err=updating RDS DB Instance (%s):
  operation error RDS: ModifyDBInstance, ...`, `StepExecutor worker(%d): step %v on %v failed,
  signalling cancellation`) and done at 10:40.

Label notes. The heads are context: liblxc's `lxc-start NAME TIME LEVEL category -
file:function:line - ` (the tool, the container's name, the level and the call site), oned's
`ctime [Z0][module][level]: `, mixlib-log's `[time] LEVEL: `, CFEngine's `time %8s: ` and the
promise summary's `start,end: `, glog's `Lmmdd time pid file:line] `. A SYSERROR's `%s - `
errno text (`No such file or directory - `) is the errno's message and kept as wording. A value
that is a message of its own contributes its format: the failure of an OpenNebula call (`[%s]
User couldn't be authenticated, aborting call.`), a driver's message after `Message received: `
(`DEPLOY SUCCESS %d %s`), Chef's `defined_at` (`%s::%s line %d`) and exception messages, Pulumi's
`Provider[%s, %p].Check(%s)` label in front of `executing` / `success` and the AWS error inside a
provider failure. OpenNebula's method names, parameters and results, states, datastore,
marketplace and driver names, Chef's resources, actions, run lists and versions, CFEngine's
commands, files and a command's output after `Q:`, Pulumi's URNs, types, property maps, dependency
lists and step kinds are values; a word the code picks by branch is wording (Chef's `reloaded` /
`restarted`, the driver's `SUCCESS` / `FAILURE`, liblxc's `Added native rule` / `Added compat
rule`). A CFEngine report's text is the policy's own
string and is labelled with it. The lines after a Chef exception's first (the failed command's
output) have no label; the driver's error lines in a VM log each have their own head and are
labelled. LXC and Pulumi write fractions of a second (liblxc three digits, glog microseconds), the
others whole seconds, where Clock keeps one process's lines a second apart.

Least sure (written from the helper's knowledge; liblxc's log layout and time, start.c's,
seccomp.c's, cgfsng's, lsm's and conf.c's hook and hostname messages, Vagrant's logger set-up,
OpenNebula's FileLog layout, the XML-RPC call and result formats, the dispatch manager's and VMM
protocol's messages, the monitors' lines and the authentication error, and CFEngine's console and
syslog layout were checked against copies of their sources): liblxc's line numbers, the error.c
line `Child <%d> ended on signal %s(%d)`, the order of a failed start's lines and whether 5.0
still prints the nanoseconds unpadded; whether TrM logs `Message received:` as VMM does, the VM
log's driver lines (`Command execution fail (exit code: %d): ...`, `Failed to execute %s operation:
%s.`) and the exporter's and CI's call parameters; Chef 18's `Chef-client pid:` wording, the
stacktrace banner and where a 502 is first met; CFEngine's `Q:` abbreviation of the command, the
`Updated file`, `Deleted file`, `Owner of` and TLS error texts; Pulumi's verbosity of each line,
the exact fields of RegisterResource and Diff, `Planner decided to ...` and the Read/Update/Delete
success texts.
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

SEC = 1_000_000
MS = 1_000
US = 1


def alnum(r: random.Random, n: int) -> str:
    return "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n)
    )


# ------------------------------------------------------------------------------------- lxc

LX_SECCOMP_REJECT = "reject_force_umount  # comment this to allow umount -f;  not recommended"
LX_SYSCALLS = ["kexec_load", "open_by_handle_at", "init_module", "finit_module", "delete_module"]
# (arch number, which message, line) of parse_config_v2's four rule messages on amd64
LX_ARCHS = [
    (0, "native", 1017),
    (1073741827, "compat", 1026),
    (1073741886, "compat", 1036),
    (-1073741762, "native", 1046),
]
LX_CLONES = [
    "CLONE_NEWNS",
    "CLONE_NEWPID",
    "CLONE_NEWUTS",
    "CLONE_NEWIPC",
    "CLONE_NEWNET",
    "CLONE_NEWCGROUP",
]


def lx_time(t: datetime) -> str:
    """liblxc's lxc_unix_epoch_to_utc: the UTC date and time, a dot, and the first three
    characters of the nanoseconds printed as an unpadded integer."""
    ns = t.microsecond * 1000 + (t.microsecond * 7919) % 1000
    return f"{t:%Y%m%d%H%M%S}.{str(ns)[:3]}"


def lxc(r: random.Random) -> list[Log]:
    """Two CI hosts (ci1, ci2) starting a privileged build container per job with `lxc-start -d
    -l INFO -o /var/log/lxc/ci-builds.log`, 06:00 to 12:00: ci2's bridge gone 07:42-08:06, ci1's
    base image without an init 09:12-09:37, ci1 overloaded 10:30-11:00 (jobs killed at their
    timeout)."""
    fs = Files()
    job = [48200]

    def L(
        h: str,
        name: str,
        t: datetime,
        proc: object,
        label: str,
        level: str,
        cat: str,
        loc: str,
        msg: str,
    ) -> datetime:
        return fs.add(
            f"{h}-builds.log",
            t,
            label,
            lambda x: [
                f"lxc-start {name} {lx_time(x)} {level:<8} {cat} - ../src/lxc/{loc} - {msg}"
            ],
            (h, name, proc),
            MS,
        )

    def ms(lo: float, hi: float) -> timedelta:
        return sec(r.uniform(lo, hi) / 1000)

    def hook(h: str, name: str, t: datetime, proc: object, script: str) -> datetime:
        return L(
            h,
            name,
            t,
            proc,
            'Executing script "%s" for container "%s", config section "%s"',
            "INFO",
            "conf",
            "conf.c:run_script_argv:338",
            f'Executing script "{script}" for container "{name}", config section "lxc"',
        )

    def seccomp(h: str, name: str, t: datetime) -> datetime:
        M = "monitor"
        t = L(
            h,
            name,
            t,
            M,
            'Processing "%s"',
            "INFO",
            "seccomp",
            "seccomp.c:parse_config_v2:811",
            f'Processing "{LX_SECCOMP_REJECT}"',
        )
        for arch, kind, line in LX_ARCHS:
            t = L(
                h,
                name,
                t + ms(0.05, 0.4),
                M,
                "Set seccomp rule to reject force umounts",
                "INFO",
                "seccomp",
                "seccomp.c:do_resolve_add_rule:505",
                "Set seccomp rule to reject force umounts",
            )
            t = L(
                h,
                name,
                t + ms(0.05, 0.4),
                M,
                f"Added {kind} rule for arch %d for %s action %d(%s)",
                "INFO",
                "seccomp",
                f"seccomp.c:parse_config_v2:{line}",
                f"Added {kind} rule for arch {arch} for reject_force_umount action 0(kill)",
            )
        t = L(
            h,
            name,
            t + ms(0.05, 0.4),
            M,
            'Processing "%s"',
            "INFO",
            "seccomp",
            "seccomp.c:parse_config_v2:811",
            'Processing "[all]"',
        )
        for sc in LX_SYSCALLS:
            t = L(
                h,
                name,
                t + ms(0.05, 0.4),
                M,
                'Processing "%s"',
                "INFO",
                "seccomp",
                "seccomp.c:parse_config_v2:811",
                f'Processing "{sc} errno 1"',
            )
            for arch, kind, line in LX_ARCHS:
                t = L(
                    h,
                    name,
                    t + ms(0.05, 0.4),
                    M,
                    f"Added {kind} rule for arch %d for %s action %d(%s)",
                    "INFO",
                    "seccomp",
                    f"seccomp.c:parse_config_v2:{line}",
                    f"Added {kind} rule for arch {arch} for {sc} action 327681(errno)",
                )
        return L(
            h,
            name,
            t + ms(0.05, 0.4),
            M,
            "Merging compat seccomp contexts into main context",
            "INFO",
            "seccomp",
            "seccomp.c:parse_config_v2:1057",
            "Merging compat seccomp contexts into main context",
        )

    def fail_tail(h: str, name: str, t: datetime, init_pid: int) -> datetime:
        """The monitor's abort and lxc-start's own report of a start that failed."""
        M, F = "monitor", "front"
        t = L(
            h,
            name,
            t + ms(0.2, 1.5),
            M,
            "No such process - Failed to send SIGKILL via pidfd %d for process %d",
            "WARN",
            "start",
            "start.c:lxc_abort:1036",
            f"No such process - Failed to send SIGKILL via pidfd {r.randint(15, 21)} for process {init_pid}",
        )
        t = L(
            h,
            name,
            t + ms(1, 6),
            M,
            'Failed to spawn container "%s"',
            "ERROR",
            "start",
            "start.c:__lxc_start:2107",
            f'Failed to spawn container "{name}"',
        )
        t = L(
            h,
            name,
            t + ms(0.3, 2),
            F,
            'Received container state "%s" instead of "RUNNING"',
            "ERROR",
            "lxccontainer",
            "lxccontainer.c:wait_on_daemonized_start:877",
            'Received container state "ABORTING" instead of "RUNNING"',
        )
        t = L(
            h,
            name,
            t + ms(0.1, 0.5),
            F,
            "The container failed to start",
            "ERROR",
            "lxc_start",
            "tools/lxc_start.c:main:306",
            "The container failed to start",
        )
        t = L(
            h,
            name,
            t + ms(0.05, 0.3),
            F,
            "To get more details, run the container in foreground mode",
            "ERROR",
            "lxc_start",
            "tools/lxc_start.c:main:309",
            "To get more details, run the container in foreground mode",
        )
        return L(
            h,
            name,
            t + ms(0.05, 0.3),
            F,
            "Additional information can be obtained by setting the --logfile and --logpriority options",
            "ERROR",
            "lxc_start",
            "tools/lxc_start.c:main:311",
            "Additional information can be obtained by setting the --logfile and --logpriority options",
        )

    def start(h: str, t: datetime, name: str, mode: str) -> tuple[datetime, int] | None:
        """One `lxc-start`; `mode` "ok", "bridge" (no lxcbr0) or "noinit"; the end of the start and
        the init's pid, or None when it failed."""
        M, C = "monitor", "child"
        t = L(
            h,
            name,
            t,
            M,
            "Initialized LSM security driver %s",
            "INFO",
            "lsm",
            "lsm/lsm.c:lsm_init_static:38",
            "Initialized LSM security driver AppArmor",
        )
        t = hook(h, name, t + ms(0.2, 1), M, "/usr/local/lib/ci/lxc-prestart")
        t = seccomp(h, name, t + ms(40, 180))
        t = L(
            h,
            name,
            t + ms(0.5, 3),
            M,
            'Container "%s" is initialized',
            "INFO",
            "start",
            "start.c:lxc_init:881",
            f'Container "{name}" is initialized',
        )
        t = L(
            h,
            name,
            t + ms(0.5, 3),
            M,
            'The monitor process uses "%s" as cgroup',
            "INFO",
            "cgfsng",
            "cgroups/cgfsng.c:cgfsng_monitor_create:1029",
            f'The monitor process uses "lxc.monitor.{name}" as cgroup',
        )
        t = L(
            h,
            name,
            t + ms(5, 30),
            M,
            'The container process uses "%s" as inner and "%s" as limit cgroup',
            "INFO",
            "cgfsng",
            "cgroups/cgfsng.c:cgfsng_payload_create:1137",
            f'The container process uses "lxc.payload.{name}" as inner and "lxc.payload.{name}" as limit cgroup',
        )
        init_pid = r.randint(3000, 60000)
        t += ms(1, 4)
        for flag in LX_CLONES:
            t = L(
                h,
                name,
                t + ms(0.01, 0.1),
                M,
                "Cloned %s",
                "INFO",
                "start",
                "start.c:lxc_spawn:1762",
                f"Cloned {flag}",
            )
        if mode == "bridge":
            veth = "veth" + alnum(r, 6)
            t = L(
                h,
                name,
                t + ms(2, 20),
                M,
                'No such file or directory - Failed to attach "%s" to bridge "%s", bridge interface doesn\'t exist',
                "ERROR",
                "network",
                "network.c:netdev_configure_server_veth:711",
                f'No such file or directory - Failed to attach "{veth}" to bridge "lxcbr0", bridge interface doesn\'t exist',
            )
            t = L(
                h,
                name,
                t + ms(0.1, 1),
                M,
                "No such file or directory - Failed to create network device",
                "ERROR",
                "network",
                "network.c:lxc_create_network_priv:3427",
                "No such file or directory - Failed to create network device",
            )
            t = L(
                h,
                name,
                t + ms(0.05, 0.5),
                M,
                "Failed to create the network",
                "ERROR",
                "start",
                "start.c:lxc_spawn:1840",
                "Failed to create the network",
            )
            fail_tail(h, name, t, init_pid)
            return None
        tc = t + ms(30, 120)
        tc = hook(h, name, tc, C, "/usr/share/lxcfs/lxc.mount.hook")
        tc = L(
            h,
            name,
            tc + ms(2, 15),
            C,
            'Set hostname to "%s"',
            "INFO",
            "conf",
            "conf.c:setup_utsname:679",
            f'Set hostname to "{name}"',
        )
        tc = L(
            h,
            name,
            tc + ms(5, 40),
            C,
            'Preparing "/dev"',
            "INFO",
            "conf",
            "conf.c:mount_autodev:1219",
            'Preparing "/dev"',
        )
        tc = L(
            h,
            name,
            tc + ms(1, 8),
            C,
            'Prepared "/dev"',
            "INFO",
            "conf",
            "conf.c:mount_autodev:1280",
            'Prepared "/dev"',
        )
        tc = L(
            h,
            name,
            tc + ms(5, 30),
            C,
            'The container "%s" is set up',
            "NOTICE",
            "conf",
            "conf.c:lxc_setup:4014",
            f'The container "{name}" is set up',
        )
        tc = L(
            h,
            name,
            tc + ms(1, 6),
            C,
            'Exec\'ing "%s"',
            "NOTICE",
            "start",
            "start.c:start:2194",
            'Exec\'ing "/sbin/init"',
        )
        if mode == "noinit":
            tc = L(
                h,
                name,
                tc + ms(0.1, 0.6),
                C,
                'No such file or directory - Failed to exec "%s"',
                "ERROR",
                "start",
                "start.c:start:2197",
                'No such file or directory - Failed to exec "/sbin/init"',
            )
            tc = L(
                h,
                name,
                tc + ms(0.2, 2),
                M,
                "An error occurred in another process (expected sequence number %d)",
                "ERROR",
                "sync",
                "sync.c:sync_wait:34",
                "An error occurred in another process (expected sequence number 7)",
            )
            fail_tail(h, name, tc, init_pid)
            return None
        t = L(
            h,
            name,
            tc + ms(0.5, 4),
            M,
            'Started "%s" with pid "%d"',
            "NOTICE",
            "start",
            "start.c:post_start:2205",
            f'Started "/sbin/init" with pid "{init_pid}"',
        )
        t = L(
            h,
            name,
            t + ms(1, 40),
            M,
            "Received %d from pid %d instead of container init %d",
            "NOTICE",
            "start",
            "start.c:signal_handler:447",
            f"Received 17 from pid {init_pid - r.randint(2, 6)} instead of container init {init_pid}",
        )
        return t, init_pid

    def stop(h: str, name: str, t: datetime, init_pid: int, killed: bool) -> None:
        sig = "SIGKILL(9)" if killed else "SIGINT(2)"
        t = L(
            h,
            name,
            t,
            "monitor",
            "Child <%d> ended on signal %s(%d)",
            "INFO",
            "error",
            "error.c:lxc_error_set_and_log:34",
            f"Child <{init_pid}> ended on signal {sig}",
        )
        hook(h, name, t + ms(20, 120), "monitor", "/usr/share/lxcfs/lxc.reboot.hook")

    bridge = (at(7, 42), at(8, 6))
    noinit = (at(9, 12), at(9, 37))
    busy = (at(10, 30), at(11, 0))
    for h, mean in [("ci1", 1500.0), ("ci2", 1600.0)]:
        extra = (
            [at(7, 44, 12), at(7, 51, 40), at(7, 59, 3)]
            if h == "ci2"
            else [
                at(9, 15, 31),
                at(9, 28, 9),
                at(10, 31, 2),
                at(10, 33, 40),
                at(10, 38, 15),
                at(10, 44, 51),
            ]
        )
        for t in sorted(poisson(r, T0 - sec(300), T_END - sec(120), mean) + extra):
            job[0] += r.randint(1, 9)
            name = f"ci-{job[0]}"
            mode = "ok"
            if h == "ci2" and in_any(t, [bridge]):
                mode = "bridge"
            if h == "ci1" and in_any(t, [noinit]):
                mode = "noinit"
            if t < T0:
                t_up, init_pid = t + sec(1), r.randint(3000, 60000)
            else:
                for attempt in range(3):
                    ta = t + sec(45 * attempt + r.uniform(0, 3))
                    res = start(h, ta, name, mode)
                    if res is not None:
                        break
                if res is None:
                    continue
                t_up, init_pid = res
            dur = r.uniform(240, 1500)
            killed = False
            if h == "ci1" and in_any(t_up, [busy]) and r.random() < 0.75:
                dur, killed = 1800 + r.uniform(1, 8), True
            t_end = t_up + sec(dur)
            if T0 <= t_end < T_END:
                stop(h, name, t_end, init_pid, killed)
    return [lg for lg in fs.logs(T0)]


# ------------------------------------------------------------------------------ opennebula

ON_HOSTS = [("kvm01", 0), ("kvm02", 1), ("kvm03", 2), ("kvm04", 3)]
ON_DATASTORES = [("system", 0), ("default", 1), ("files", 2)]
ON_MARKETS = [("OpenNebula Public", 0), ("Linux Containers", 1)]
ON_USERS = [(5, "alice"), (6, "bkowalski")]


def one_time(t: datetime) -> str:
    """ctime(3) without its newline: `Fri Jun  7 06:00:01 2024`."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def one_str(v: str, limit: int = 20) -> str:
    """Request::log_xmlrpc_value for a string: quoted, cut at `limit` characters with `...`."""
    return '"' + v[:limit] + ("..." if len(v) > limit else "") + '"'


def opennebula(r: random.Random) -> list[Log]:
    """An OpenNebula 6.8 front-end (oned.log at DEBUG_LEVEL 3) with four KVM hosts, 06:00 to
    12:00: a Prometheus exporter polling the pools every two minutes, FireEdge users, the
    scheduler deploying, a CI service creating a build VM every few minutes and terminating it
    after the job; kvm03's libvirtd broken 07:18-07:41, the CI token expired 08:40-08:55, kvm02
    drained at 09:30, the CI janitor asking for deleted VMs 10:50-11:05. Two VMs' own logs."""
    fs = Files()

    def ON(
        t: datetime,
        mod: str,
        lvl: str,
        label: str,
        msg: str,
        f: str = "oned.log",
        proc: object = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{one_time(x)} [Z0][{mod}][{lvl}]: {msg}"],
            (f, proc or mod),
            SEC,
        )

    def call(
        t: datetime,
        uid: int,
        ip: str,
        method: str,
        params: str,
        result: str | None,
        fail: str = "",
        fail_label: str = "",
    ) -> datetime:
        """One XML-RPC call: the invocation and its result (SUCCESS with `result`, or FAILURE)."""
        req = r.randint(0, 9999)
        proc = ("ReM", req)
        t = ON(
            t,
            "ReM",
            "D",
            "Req:%s UID:%s IP:%s %s invoked %s",
            f"Req:{req} UID:{uid} IP:{ip} {method} invoked {params}",
            proc=proc,
        )
        t += sec(r.uniform(0.01, 0.6))
        if fail:
            u = "-" if uid == -1 else str(uid)
            return ON(
                t,
                "ReM",
                "E",
                fail_label,
                f"Req:{req} UID:{u} {method} result FAILURE [{method}] {fail}",
                proc=proc,
            )
        return ON(
            t,
            "ReM",
            "D",
            "Req:%s UID:%s %s result SUCCESS, %s",
            f"Req:{req} UID:{uid} {method} result SUCCESS, {result}",
            proc=proc,
        )

    logged = {1164}

    def V(vid: int, t: datetime, mod: str, lvl: str, label: str, msg: str) -> datetime:
        if vid not in logged:
            return t
        return ON(t, mod, lvl, label, msg, f=f"{vid}.log", proc="vm")

    LOCAL = "127.0.0.1"
    CI_IP = "10.20.4.11"
    CI_UID = 7
    # the exporter: the host and VM pools every two minutes
    for t in [T0 + sec(17 + 125 * i) for i in range(172)]:
        t = call(
            t + sec(r.uniform(0, 2)),
            0,
            LOCAL,
            "one.hostpool.info",
            "",
            one_str("<HOST_POOL><HOST><ID>0</ID><NAME>kvm01</NAME>"),
        )
        call(
            t + sec(r.uniform(0.2, 1.5)),
            0,
            LOCAL,
            "one.vmpool.infoextended",
            ", -2, -1, -1, -1",
            one_str(f"<VM_POOL><VM><ID>{r.choice([1164, 1171, 1180])}</ID><UID>0</UID>"),
        )
    # the monitors
    for name, hid in ON_HOSTS:
        off = r.uniform(0, 180)
        t = T0 + sec(off)
        while t < T_END:
            ON(
                t,
                "InM",
                "D",
                "Host %s (%s) successfully monitored.",
                f"Host {name} ({hid}) successfully monitored.",
                proc=("InM", hid),
            )
            t += sec(180 + r.uniform(-2, 2))
    for name, did in ON_DATASTORES:
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            ON(
                t,
                "ImM",
                "D",
                "Datastore %s (%s) successfully monitored.",
                f"Datastore {name} ({did}) successfully monitored.",
                proc=("ImM", did),
            )
            t += sec(300 + r.uniform(-1, 1))
    for name, mid in ON_MARKETS:
        t = T0 + sec(r.uniform(0, 600))
        while t < T_END:
            ON(
                t,
                "MKP",
                "D",
                "Marketplace %s (%s) successfully monitored.",
                f"Marketplace {name} ({mid}) successfully monitored.",
                proc=("MKP", mid),
            )
            t += sec(600 + r.uniform(-1, 1))
    # FireEdge users in office hours
    for t in poisson(r, at(7, 50), at(11, 55), 150.0):
        uid, _user = r.choice(ON_USERS)
        m = r.choice(["vmpool", "vmpool", "user", "vm", "hostpool"])
        if m == "vmpool":
            call(
                t,
                uid,
                LOCAL,
                "one.vmpool.info",
                ", -2, -1, -1, -1",
                one_str("<VM_POOL><VM><ID>1164</ID><UID>5</UID>"),
            )
        elif m == "user":
            call(
                t,
                uid,
                LOCAL,
                "one.user.info",
                f", {uid}, false",
                one_str(f"<USER><ID>{uid}</ID><GID>100</GID>"),
            )
        elif m == "vm":
            vid = r.choice([1164, 1171, 1180])
            call(
                t,
                uid,
                LOCAL,
                "one.vm.info",
                f", {vid}, false",
                one_str(f"<VM><ID>{vid}</ID><UID>{uid}</UID>"),
            )
        else:
            call(
                t,
                uid,
                LOCAL,
                "one.hostpool.info",
                "",
                one_str("<HOST_POOL><HOST><ID>0</ID><NAME>kvm01</NAME>"),
            )

    broken = (at(7, 18), at(7, 41))
    token = (at(8, 40), at(8, 55))
    vid = [1192]
    job = [48301]

    def vm_lifecycle(t: datetime, host: tuple[str, int]) -> None:
        """A CI build VM from instantiate to terminate."""
        vid[0] += 1
        job[0] += r.randint(1, 7)
        v = vid[0]
        name = f"ci-runner-{job[0]}"
        t = call(
            t,
            CI_UID,
            CI_IP,
            "one.template.instantiate",
            f", 14, {one_str(name)}, false, {one_str(f'CONTEXT=[CI_JOB_ID={job[0]}, SSH_PUBLIC_KEY=ssh-ed25519 AAAA...]')}, false",
            str(v),
        )
        td = t + sec(r.uniform(8, 28))
        hname, hid = host
        tp = td + sec(r.uniform(5, 16))
        tb = tp + sec(r.uniform(3, 9))
        failed = in_any(tb, [broken]) and hname == "kvm03"
        if failed and len(logged) == 1:
            logged.add(v)
        td = call(td, 0, LOCAL, "one.vm.deploy", f', {v}, {hid}, false, 0, ""', str(v))
        ON(td, "DiM", "D", "Deploying VM %s", f"Deploying VM {v}")
        V(v, td, "VM", "I", "New state is %s", "New state is ACTIVE")
        V(v, td + sec(1), "VM", "I", "New LCM state is %s", "New LCM state is PROLOG")
        ON(
            tp,
            "TrM",
            "D",
            "Message received: TRANSFER SUCCESS %s -",
            f"Message received: TRANSFER SUCCESS {v} -",
        )
        tv = V(v, tp, "VM", "I", "New LCM state is %s", "New LCM state is BOOT")
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Generating deployment file: %s",
            f"Generating deployment file: /var/lib/one/vms/{v}/deployment.0",
        )
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute transfer manager driver operation: tm_context.",
        )
        tv = V(v, tv + sec(1), "VMM", "I", "ExitCode: %s", "ExitCode: 0")
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute network driver operation: pre.",
        )
        if failed:
            dep = f"/var/lib/one//datastores/0/{v}/deployment.0"
            tv = V(
                v,
                tb,
                "VMM",
                "I",
                "Command execution fail (exit code: %s): %s",
                f"Command execution fail (exit code: 255): cat << 'EOT' | /var/tmp/one/vmm/kvm/deploy '{dep}' '{hname}' {v} {hname}",
            )
            tv = V(
                v,
                tv + sec(1),
                "VMM",
                "I",
                "error: Failed to connect socket to '%s': No such file or directory",
                "error: Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory",
            )
            tv = V(
                v,
                tv + sec(1),
                "VMM",
                "E",
                "Could not create domain from %s",
                f"Could not create domain from {dep}",
            )
            tv = V(v, tv + sec(1), "VMM", "I", "ExitCode: %s", "ExitCode: 255")
            tv = V(
                v,
                tv + sec(1),
                "VMM",
                "I",
                "Failed to execute %s operation: %s.",
                "Failed to execute virtualization driver operation: deploy.",
            )
            ON(
                tb + sec(1),
                "VMM",
                "D",
                "Message received: DEPLOY FAILURE %s Could not create domain from %s",
                f"Message received: DEPLOY FAILURE {v} Could not create domain from {dep}",
            )
            tv = V(
                v,
                tv + sec(1),
                "VMM",
                "E",
                "DEPLOY: Could not create domain from %s",
                f"DEPLOY: Could not create domain from {dep}",
            )
            V(v, tv + sec(1), "VM", "I", "New LCM state is %s", "New LCM state is BOOT_FAILURE")
        else:
            ON(
                tb,
                "VMM",
                "D",
                "Message received: DEPLOY SUCCESS %s %s",
                f"Message received: DEPLOY SUCCESS {v} one-{v}",
            )
            tv = V(
                v,
                tb,
                "VMM",
                "I",
                "Successfully execute %s operation: %s.",
                "Successfully execute virtualization driver operation: deploy.",
            )
            tv = V(
                v,
                tv + sec(1),
                "VMM",
                "I",
                "Successfully execute %s operation: %s.",
                "Successfully execute network driver operation: post.",
            )
            V(v, tv + sec(1), "VM", "I", "New LCM state is %s", "New LCM state is RUNNING")
        # the CI polls until the VM runs (or failed)
        tq = td + sec(r.uniform(3, 6))
        while tq < tb + sec(12):
            call(
                tq,
                CI_UID,
                CI_IP,
                "one.vm.info",
                f", {v}, false",
                one_str(f"<VM><ID>{v}</ID><UID>{CI_UID}</UID><GID>100</GID>"),
            )
            tq += sec(10 + r.uniform(-0.5, 0.5))
        tt = tq + sec(r.uniform(5, 10)) if failed else tb + sec(r.uniform(600, 2100))
        if tt >= T_END:
            return
        tt = call(tt, CI_UID, CI_IP, "one.vm.action", f', "terminate-hard", {v}', str(v))
        ON(tt, "DiM", "D", "Terminating VM %s", f"Terminating VM {v}")
        if not failed:
            ON(
                tt + sec(r.uniform(1, 4)),
                "VMM",
                "D",
                "Message received: CANCEL SUCCESS %s -",
                f"Message received: CANCEL SUCCESS {v} -",
            )
        ON(
            tt + sec(r.uniform(5, 12)),
            "TrM",
            "D",
            "Message received: TRANSFER SUCCESS %s -",
            f"Message received: TRANSFER SUCCESS {v} -",
        )
        te = V(
            v,
            tt,
            "VM",
            "I",
            "New LCM state is %s",
            "New LCM state is CLEANUP_DELETE" if failed else "New LCM state is SHUTDOWN",
        )
        if not failed:
            te = V(v, te + sec(2), "VM", "I", "New LCM state is %s", "New LCM state is EPILOG")
        V(v, te + sec(6), "VM", "I", "New state is %s", "New state is DONE")

    hosts_ok = [h for h in ON_HOSTS]
    for t in poisson(r, T0 + sec(60), T_END - sec(120), 480.0):
        if in_any(t, [token]):
            continue
        choices = [h for h in hosts_ok if not (h[0] == "kvm03" and t >= at(7, 41))]
        if in_any(t, [broken]) and r.random() < 0.6:
            host = ON_HOSTS[2]
        else:
            host = r.choice(
                [h for h in choices if not (h[0] == "kvm02" and at(9, 25) <= t < at(10, 40))]
            )
        vm_lifecycle(t, host)
    # kvm03 disabled once the failures are seen
    call(at(7, 41, 12), 5, LOCAL, "one.host.status", ", 2, 1", "2")
    call(at(9, 12, 40), 5, LOCAL, "one.host.status", ", 2, 0", "2")
    # the CI token expired
    t = token[0] + sec(r.uniform(0, 20))
    while t < token[1]:
        call(
            t,
            -1,
            CI_IP,
            "one.template.instantiate",
            f", 14, {one_str(f'ci-runner-{job[0] + 1}')}, false, {one_str(f'CONTEXT=[CI_JOB_ID={job[0] + 1}, SSH_PUBLIC_KEY=ssh-ed25519 AAAA...]')}, false",
            None,
            fail="User couldn't be authenticated, aborting call.",
            fail_label="Req:%s UID:%s %s result FAILURE [%s] User couldn't be authenticated, aborting call.",
        )
        t += sec(30 + r.uniform(-1, 1))
    # kvm02 drained at 09:30: the long-lived VMs live-migrated
    t = at(9, 30, 5)
    for v, dest in [(1164, 3), (1171, 0), (1180, 3)]:
        t = call(t, 5, LOCAL, "one.vm.migrate", f", {v}, {dest}, true, false, -1, 0", str(v))
        ON(t, "DiM", "D", "Live-migrating VM %s", f"Live-migrating VM {v}")
        tv = V(v, t, "VM", "I", "New LCM state is %s", "New LCM state is MIGRATE")
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute transfer manager driver operation: tm_premigrate.",
        )
        tv = V(v, tv + sec(1), "VMM", "I", "ExitCode: %s", "ExitCode: 0")
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute network driver operation: pre.",
        )
        tm = t + sec(r.uniform(25, 70))
        ON(
            tm,
            "VMM",
            "D",
            "Message received: MIGRATE SUCCESS %s -",
            f"Message received: MIGRATE SUCCESS {v} -",
        )
        tv = V(
            v,
            tm,
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute virtualization driver operation: migrate.",
        )
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute network driver operation: clean.",
        )
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute network driver operation: post.",
        )
        tv = V(
            v,
            tv + sec(1),
            "VMM",
            "I",
            "Successfully execute %s operation: %s.",
            "Successfully execute transfer manager driver operation: tm_postmigrate.",
        )
        tv = V(v, tv + sec(1), "VMM", "I", "ExitCode: %s", "ExitCode: 0")
        V(v, tv + sec(1), "VM", "I", "New LCM state is %s", "New LCM state is RUNNING")
        t = tm + sec(r.uniform(5, 15))
    # the CI janitor asking for VMs already gone
    t = at(10, 50, 3)
    while t < at(11, 5):
        gone = r.randint(1193, vid[0])
        call(
            t,
            CI_UID,
            CI_IP,
            "one.vm.info",
            f", {gone}, false",
            None,
            fail=f"Error getting virtual machine [{gone}].",
            fail_label="Req:%s UID:%s %s result FAILURE [%s] Error getting virtual machine [%s].",
        )
        t += sec(r.uniform(40, 110))
    return fs.logs(T0)


# ----------------------------------------------------------------------------- chef-client

CH_VERSION = "18.4.12"
# (resource, actions, cookbook::recipe, line) in run-list order
CH_BASE = [
    ("apt_update[periodic]", ["periodic"], "base::default", 9),
    ("package[curl, jq, vim, unattended-upgrades]", ["install"], "base::default", 14),
    ("template[/etc/motd]", ["create"], "base::default", 19),
    ("file[/etc/sysctl.d/60-base.conf]", ["create"], "base::sysctl", 7),
    ("execute[sysctl --system]", ["nothing"], "base::sysctl", 13),
    ("template[/etc/chrony/chrony.conf]", ["create"], "chrony::default", 11),
    ("service[chrony]", ["enable", "start"], "chrony::default", 19),
    ("group[sysadmin]", ["create"], "users::sysadmins", 22),
    ("user[mkarlsson]", ["create"], "users::sysadmins", 30),
    ("directory[/home/mkarlsson/.ssh]", ["create"], "users::sysadmins", 38),
    ("file[/home/mkarlsson/.ssh/authorized_keys]", ["create"], "users::sysadmins", 44),
    ("user[tnguyen]", ["create"], "users::sysadmins", 30),
    ("directory[/home/tnguyen/.ssh]", ["create"], "users::sysadmins", 38),
    ("file[/home/tnguyen/.ssh/authorized_keys]", ["create"], "users::sysadmins", 44),
    ("template[/etc/sudoers.d/sysadmin]", ["create"], "users::sysadmins", 52),
    ("package[prometheus-node-exporter]", ["install"], "monitoring::node_exporter", 4),
    ("template[/etc/default/prometheus-node-exporter]", ["create"], "monitoring::node_exporter", 9),
    ("service[prometheus-node-exporter]", ["enable", "start"], "monitoring::node_exporter", 16),
    ("template[/etc/logrotate.d/app-logs]", ["create"], "base::logrotate", 5),
    ("cron[chef-client-health]", ["create"], "chef-client::cron", 21),
]
CH_WEB = [
    ("apt_package[nginx]", ["install"], "nginx::default", 5),
    ("template[/etc/nginx/nginx.conf]", ["create"], "nginx::default", 11),
    ("template[/etc/nginx/sites-available/app.conf]", ["create"], "nginx::default", 22),
    ("link[/etc/nginx/sites-enabled/app.conf]", ["create"], "nginx::default", 31),
    ("file[/etc/nginx/sites-enabled/default]", ["delete"], "nginx::default", 35),
    ("service[nginx]", ["enable", "start"], "nginx::default", 39),
    ("user[app]", ["create"], "app::deploy", 6),
    ("directory[/srv/app/releases]", ["create"], "app::deploy", 12),
    ("directory[/srv/app/shared/config]", ["create"], "app::deploy", 12),
    ("remote_file[/srv/app/releases/app-{rel}.tar.gz]", ["create"], "app::deploy", 18),
    ("execute[extract app-{rel}]", ["run"], "app::deploy", 25),
    ("template[/srv/app/shared/config/database.yml]", ["create"], "app::deploy", 33),
    ("link[/srv/app/current]", ["create"], "app::deploy", 41),
    ("execute[run migrations]", ["run"], "app::deploy", 47),
    ("systemd_unit[app.service]", ["create", "enable"], "app::deploy", 56),
    ("service[app]", ["start"], "app::deploy", 63),
]
CH_DB = [
    ("apt_package[postgresql-15]", ["install"], "postgresql::server", 8),
    ("template[/etc/postgresql/15/main/postgresql.conf]", ["create"], "postgresql::server", 15),
    ("template[/etc/postgresql/15/main/pg_hba.conf]", ["create"], "postgresql::server", 24),
    ("service[postgresql]", ["enable", "start"], "postgresql::server", 33),
    ("directory[/var/backups/pg]", ["create"], "postgresql::backup", 5),
    ("template[/usr/local/bin/pg-basebackup.sh]", ["create"], "postgresql::backup", 10),
    ("cron[pg-basebackup]", ["create"], "postgresql::backup", 18),
    ("execute[create app role]", ["run"], "postgresql::app_db", 9),
    ("execute[create app database]", ["run"], "postgresql::app_db", 16),
]


def chef_time(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}+00:00"


def chef_client(r: random.Random) -> list[Log]:
    """Four nodes' chef-client daemons (every 30 minutes with up to 5 minutes' splay), 06:00 to
    12:00: release 3.15.0 at 07:30 (web01's migrations fail while db01 holds a lock, web01
    converges on its next run), the Chef server upgraded 08:30-08:46 (502s), db01's PostgreSQL
    tuned at 10:00 (template, restart), htop added to the base role at 11:00."""
    fs = Files()
    nodes = {
        "web01": "web",
        "web02": "web",
        "web03": "web",
        "db01": "db",
    }
    cookbooks = {
        "web": "app@3.14.0, base@2.3.1, chef-client@13.2.0, chrony@1.2.0, cron@7.0.0, monitoring@0.9.4, nginx@12.2.0, users@8.1.2",
        "db": "base@2.3.1, chef-client@13.2.0, chrony@1.2.0, cron@7.0.0, monitoring@0.9.4, postgresql@11.1.0, users@8.1.2",
    }
    outage = (at(8, 30), at(8, 46))
    state = {n: {"rel": "3.14.0", "htop": False, "pgtune": False, "migfail": False} for n in nodes}

    def C(n: str, t: datetime, pid: int, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{n}-client.log",
            t,
            label,
            lambda x: [f"[{chef_time(x)}] {level}: {lines[0]}", *lines[1:]],
            (n, pid),
            SEC,
        )

    def run(n: str, t0: datetime) -> None:
        role = nodes[n]
        pid = r.randint(20000, 65000)
        t = t0
        step = lambda lo=0.1, hi=1.2: sec(r.uniform(lo, hi))  # noqa: E731
        t = C(
            n,
            t,
            pid,
            "INFO",
            "*** Chef Infra Client %s ***",
            [f"*** Chef Infra Client {CH_VERSION} ***"],
        )
        t = C(n, t + step(), pid, "INFO", "Platform: %s", ["Platform: x86_64-linux"])
        t = C(n, t + step(), pid, "INFO", "Chef-client pid: %s", [f"Chef-client pid: {pid}"])
        t += sec(r.uniform(2, 6))  # ohai
        t = C(n, t, pid, "INFO", "Run List is [%s]", [f"Run List is [role[base], role[{role}]]"])
        recipes = (
            "base::default, base::sysctl, chrony::default, users::sysadmins, monitoring::node_exporter, base::logrotate, chef-client::cron, "
            + (
                "nginx::default, app::deploy"
                if role == "web"
                else "postgresql::server, postgresql::backup, postgresql::app_db"
            )
        )
        t = C(
            n,
            t + step(),
            pid,
            "INFO",
            "Run List expands to [%s]",
            [f"Run List expands to [{recipes}]"],
        )
        fqdn = f"{n}.prod.example.com"
        t = C(
            n,
            t + step(),
            pid,
            "INFO",
            "Starting Chef Infra Client Run for %s",
            [f"Starting Chef Infra Client Run for {fqdn}"],
        )
        t = C(n, t + step(), pid, "INFO", "Running start handlers", ["Running start handlers"])
        t = C(n, t + step(), pid, "INFO", "Start handlers complete.", ["Start handlers complete."])
        if in_any(t, [outage]):
            url = "https://chef.prod.example.com/organizations/acme/environments/production/cookbook_versions"
            for i in range(1, 6):
                wait = 1 + 2**i + r.randint(0, 2**i - 1)
                t = C(
                    n,
                    t + sec(r.uniform(0.3, 1.0)),
                    pid,
                    "ERROR",
                    "Server returned error %s for %s, retrying %s/%s in %ss",
                    [f"Server returned error 502 for {url}, retrying {i}/5 in {wait}s"],
                )
                t += sec(wait)
            fail(
                n,
                t + step(),
                pid,
                "Net::HTTPFatalError: %s %s",
                ['Net::HTTPFatalError: 502 "Bad Gateway"'],
            )
            return
        cbs = cookbooks[role]
        st = state[n]
        rel = "3.15.0" if t >= at(7, 30) else "3.14.0"
        if role == "web":
            cbs = cbs.replace("app@3.14.0", "app@3.15.0") if rel == "3.15.0" else cbs
        if t >= at(11, 0):
            cbs = cbs.replace("base@2.3.1", "base@2.4.0")
        if role == "db" and t >= at(10, 0):
            cbs = cbs.replace("postgresql@11.1.0", "postgresql@11.1.1")
        t = C(
            n,
            t + sec(r.uniform(1, 4)),
            pid,
            "INFO",
            "Loading cookbooks [%s]",
            [f"Loading cookbooks [{cbs}]"],
        )
        t += sec(r.uniform(1, 3))
        resources = list(CH_BASE) + (CH_WEB if role == "web" else CH_DB)
        if t >= at(11, 0):
            resources.insert(2, ("apt_package[htop]", ["install"], "base::default", 17))
        delayed: list[tuple[str, str, str, int]] = []
        updated = 0
        for res, actions, recipe, line in resources:
            res = res.replace("{rel}", rel)
            for action in actions:
                t = C(
                    n,
                    t + step(0.05, 0.8),
                    pid,
                    "INFO",
                    "Processing %s action %s (%s::%s line %s)",
                    [f"Processing {res} action {action} ({recipe} line {line})"],
                )
                # what changes on this run
                if res == "apt_package[htop]" and not st["htop"]:
                    st["htop"] = True
                    updated += 1
                    t = C(
                        n,
                        t + step(2, 9),
                        pid,
                        "INFO",
                        "%s installed %s at %s",
                        [f"{res} installed htop at 3.0.5-7build2"],
                    )
                if role == "web" and rel != st["rel"]:
                    if res.startswith("remote_file["):
                        updated += 1
                    if res.startswith("execute[extract"):
                        updated += 1
                        t = C(
                            n,
                            t + step(1, 4),
                            pid,
                            "INFO",
                            "%s ran successfully",
                            [f"{res} ran successfully"],
                        )
                    if res == "template[/srv/app/shared/config/database.yml]":
                        updated += 1
                        bk = f"/var/chef/backup/srv/app/shared/config/database.yml.chef-{t:%Y%m%d%H%M%S}.{r.randint(0, 999999):06d}"
                        t = C(
                            n,
                            t + step(),
                            pid,
                            "INFO",
                            "%s backed up to %s",
                            [f"{res} backed up to {bk}"],
                        )
                        t = C(
                            n,
                            t + step(),
                            pid,
                            "INFO",
                            "%s updated file contents %s",
                            [f"{res} updated file contents /srv/app/shared/config/database.yml"],
                        )
                        t = C(
                            n,
                            t + step(),
                            pid,
                            "INFO",
                            "%s sending %s action to %s (delayed)",
                            [f"{res} sending restart action to service[app] (delayed)"],
                        )
                        delayed.append(("service[app]", "restart", "app::deploy", 63))
                    if res == "template[/etc/nginx/sites-available/app.conf]":
                        updated += 1
                        bk = f"/var/chef/backup/etc/nginx/sites-available/app.conf.chef-{t:%Y%m%d%H%M%S}.{r.randint(0, 999999):06d}"
                        t = C(
                            n,
                            t + step(),
                            pid,
                            "INFO",
                            "%s backed up to %s",
                            [f"{res} backed up to {bk}"],
                        )
                        t = C(
                            n,
                            t + step(),
                            pid,
                            "INFO",
                            "%s updated file contents %s",
                            [f"{res} updated file contents /etc/nginx/sites-available/app.conf"],
                        )
                        t = C(
                            n,
                            t + step(),
                            pid,
                            "INFO",
                            "%s sending %s action to %s (delayed)",
                            [f"{res} sending reload action to service[nginx] (delayed)"],
                        )
                        delayed.append(("service[nginx]", "reload", "nginx::default", 39))
                    if res == "link[/srv/app/current]":
                        updated += 1
                    if res == "execute[run migrations]":
                        if n == "web01" and rel == "3.15.0" and not st["migfail"]:
                            st["migfail"] = True
                            cmd = "/srv/app/current/bin/rails db:migrate"
                            fail(
                                n,
                                t + sec(r.uniform(8, 20)),
                                pid,
                                "Mixlib::ShellOut::ShellCommandFailed: %s (%s::%s line %s) had an error: Mixlib::ShellOut::ShellCommandFailed: Expected process to exit with [%s], but received '%s'",
                                [
                                    f"Mixlib::ShellOut::ShellCommandFailed: {res} ({recipe} line {line}) had an error: Mixlib::ShellOut::ShellCommandFailed: Expected process to exit with [0], but received '1'",
                                    f"---- Begin output of {cmd} ----",
                                    "STDOUT: == 20240605141233 AddIndexOnOrdersCustomerId: migrating ===================",
                                    "-- add_index(:orders, :customer_id, {:algorithm=>:concurrently})",
                                    "STDERR: bin/rails aborted!",
                                    "StandardError: An error has occurred, all later migrations canceled:",
                                    "",
                                    "PG::LockNotAvailable: ERROR:  canceling statement due to lock timeout",
                                    "/srv/app/releases/3.15.0/db/migrate/20240605141233_add_index_on_orders_customer_id.rb:5:in `change'",
                                    "Tasks: TOP => db:migrate",
                                    "(See full trace by running task with --trace)",
                                    f"---- End output of {cmd} ----",
                                    f"Ran {cmd} returned 1",
                                ],
                            )
                            return
                        updated += 1
                        t = C(
                            n,
                            t + step(3, 12),
                            pid,
                            "INFO",
                            "%s ran successfully",
                            [f"{res} ran successfully"],
                        )
                if (
                    role == "db"
                    and t >= at(10, 0)
                    and not st["pgtune"]
                    and res == "template[/etc/postgresql/15/main/postgresql.conf]"
                ):
                    st["pgtune"] = True
                    updated += 1
                    bk = f"/var/chef/backup/etc/postgresql/15/main/postgresql.conf.chef-{t:%Y%m%d%H%M%S}.{r.randint(0, 999999):06d}"
                    t = C(
                        n,
                        t + step(),
                        pid,
                        "INFO",
                        "%s backed up to %s",
                        [f"{res} backed up to {bk}"],
                    )
                    t = C(
                        n,
                        t + step(),
                        pid,
                        "INFO",
                        "%s updated file contents %s",
                        [f"{res} updated file contents /etc/postgresql/15/main/postgresql.conf"],
                    )
                    t = C(
                        n,
                        t + step(),
                        pid,
                        "INFO",
                        "%s sending %s action to %s (delayed)",
                        [f"{res} sending restart action to service[postgresql] (delayed)"],
                    )
                    delayed.append(("service[postgresql]", "restart", "postgresql::server", 33))
                if res == "template[/etc/motd]" and r.random() < 0.08:
                    # the motd shows the last run's time
                    updated += 1
                    bk = f"/var/chef/backup/etc/motd.chef-{t:%Y%m%d%H%M%S}.{r.randint(0, 999999):06d}"
                    t = C(
                        n,
                        t + step(),
                        pid,
                        "INFO",
                        "%s backed up to %s",
                        [f"{res} backed up to {bk}"],
                    )
                    t = C(
                        n,
                        t + step(),
                        pid,
                        "INFO",
                        "%s updated file contents %s",
                        [f"{res} updated file contents /etc/motd"],
                    )
        if role == "web":
            st["rel"] = rel
        for res, action, recipe, line in delayed:
            t = C(
                n,
                t + step(),
                pid,
                "INFO",
                "Processing %s action %s (%s::%s line %s)",
                [f"Processing {res} action {action} ({recipe} line {line})"],
            )
            word = "reloaded" if action == "reload" else "restarted"
            t = C(n, t + step(0.5, 4), pid, "INFO", f"%s {word}", [f"{res} {word}"])
        elapsed = (t - t0).total_seconds() + r.uniform(0.2, 0.9)
        t = C(
            n,
            t + step(),
            pid,
            "INFO",
            "Chef Infra Client Run complete in %s seconds",
            [f"Chef Infra Client Run complete in {elapsed:.6f} seconds"],
        )
        t = C(n, t + step(), pid, "INFO", "Running report handlers", ["Running report handlers"])
        C(n, t + step(), pid, "INFO", "Report handlers complete", ["Report handlers complete"])

    def fail(n: str, t: datetime, pid: int, label: str, lines: list[str]) -> None:
        t = C(n, t, pid, "ERROR", "Running exception handlers", ["Running exception handlers"])
        t = C(
            n,
            t + sec(0.2),
            pid,
            "ERROR",
            "Exception handlers complete",
            ["Exception handlers complete"],
        )
        t = C(
            n,
            t + sec(0.2),
            pid,
            "FATAL",
            "Stacktrace dumped to %s",
            ["Stacktrace dumped to /var/chef/cache/chef-stacktrace.out"],
        )
        dash = "-" * 87
        t = C(n, t + sec(0.1), pid, "FATAL", dash, [dash])
        t = C(
            n,
            t + sec(0.1),
            pid,
            "FATAL",
            "PLEASE PROVIDE THE CONTENTS OF THE stacktrace.out FILE (above) IF YOU FILE A BUG REPORT",
            [
                "PLEASE PROVIDE THE CONTENTS OF THE stacktrace.out FILE (above) IF YOU FILE A BUG REPORT"
            ],
        )
        t = C(n, t + sec(0.1), pid, "FATAL", dash, [dash])
        C(n, t + sec(0.1), pid, "ERROR", label, lines)

    for n in nodes:
        t = T0 - sec(r.uniform(0, 1800))
        while t < T_END:
            if t >= T0:
                run(n, t)
            t += sec(1800 + r.uniform(0, 300))
    return fs.logs(T0)


# -------------------------------------------------------------------------------- cfengine

CF_HUB = "policy.example.com"
CF_UPDATES = {
    "07:10": [
        "promises.cf",
        "services/web.cf",
        "services/db.cf",
        "lib/files.cf",
        "def.json",
        "cfe_internal/core/main.cf",
    ],
    "10:20": [
        "promises.cf",
        "services/web.cf",
        "templates/nginx.conf.mustache",
        "cfe_internal/update/update_policy.cf",
        "def.json",
    ],
}


def cf_time(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}+0000"


def cf_q(cmd: str) -> str:
    """The command as the agent abbreviates it in front of its output."""
    path = cmd.split()[0]
    return "..." + path[-12:] if len(path) > 12 else path


def cfengine(r: random.Random) -> list[Log]:
    """Three hosts running `cf-agent -I --timestamp` from cron every five minutes against the hub
    policy.example.com, 06:00 to 12:00: policy updates at 07:10 and 10:20 (nginx re-rendered and
    reloaded), a deploy script loosening a secret's mode every ten minutes on the web hosts, the
    hourly upload tidy, the hub down 08:20-08:50, db01's backup verification failing
    09:40-10:35. Each run's promise summary in its own file."""
    fs = Files()
    hosts = ["web01", "web02", "db01"]
    down = (at(8, 20), at(8, 50))
    verify_bad = (at(9, 40), at(10, 35))
    disk = {"web01": 41.0, "web02": 38.0, "db01": 63.0}
    seen = {h: set() for h in hosts}

    def A(h: str, t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-cf-agent.log",
            t,
            label,
            lambda x: [f"{cf_time(x)} {level:>8}: {msg}"],
            (h, pid),
            SEC,
        )

    def command(h: str, t: datetime, pid: int, cmd: str, out: list[str], rc: int = 0) -> datetime:
        t = A(h, t, pid, "info", "Executing '%s' ... '%s'", f"Executing 'no timeout' ... '{cmd}'")
        for line in out:
            t = A(
                h,
                t + sec(r.uniform(0.1, 1.5)),
                pid,
                "notice",
                'Q: "%s": %s',
                f'Q: "{cf_q(cmd)}": {line}',
            )
        if rc:
            return A(
                h,
                t + sec(0.2),
                pid,
                "error",
                "Finished command related to promiser '%s' -- an error occurred, returned %s",
                f"Finished command related to promiser '{cmd}' -- an error occurred, returned {rc}",
            )
        return A(
            h,
            t + sec(0.2),
            pid,
            "info",
            "Completed execution of '%s'",
            f"Completed execution of '{cmd}'",
        )

    for h in hosts:
        t = T0
        loosened = at(6, 2, 30)
        while t < T_END:
            pid = r.randint(2000, 60000)
            start = t + sec(r.uniform(0.6, 2.5))
            ts = start
            kept = r.randint(412, 418) if h != "db01" else r.randint(365, 370)
            repaired = 0
            notkept = 0
            if in_any(t, [down]):
                ts = A(
                    h,
                    ts + sec(r.uniform(2, 6)),
                    pid,
                    "error",
                    "Failed to establish TLS connection: underlying network error (%s)",
                    "Failed to establish TLS connection: underlying network error (Connection refused)",
                )
                ts = A(
                    h,
                    ts + sec(0.1),
                    pid,
                    "error",
                    "No suitable server found",
                    "No suitable server found",
                )
                ts = A(
                    h,
                    ts + sec(0.1),
                    pid,
                    "error",
                    "Method '%s' failed in some repairs",
                    "Method 'cfe_internal_update_policy_cpv' failed in some repairs",
                )
                notkept += 3
            for hm, files in CF_UPDATES.items():
                hh, mm = map(int, hm.split(":"))
                if t >= at(hh, mm) and hm not in seen[h] and not in_any(t, [down]):
                    seen[h].add(hm)
                    ts += sec(r.uniform(1, 3))
                    for f in files:
                        ts = A(
                            h,
                            ts + sec(r.uniform(0.05, 0.4)),
                            pid,
                            "info",
                            "Updated file '%s' from '%s:%s'",
                            f"Updated file '/var/cfengine/inputs/{f}' from '{CF_HUB}:/var/cfengine/masterfiles/{f}'",
                        )
                        repaired += 1
                    if hm == "10:20" and h.startswith("web"):
                        ts = A(
                            h,
                            ts + sec(r.uniform(0.5, 2)),
                            pid,
                            "info",
                            "Updated rendering of '%s' from mustache template '%s'",
                            "Updated rendering of '/etc/nginx/nginx.conf' from mustache template '/var/cfengine/inputs/templates/nginx.conf.mustache'",
                        )
                        ts = command(
                            h, ts + sec(0.3), pid, "/bin/systemctl reload nginx.service", []
                        )
                        repaired += 2
            ts += sec(r.uniform(0.5, 2))
            if h.startswith("web"):
                if loosened <= t:
                    ts = A(
                        h,
                        ts + sec(0.3),
                        pid,
                        "info",
                        "Object '%s' had permissions %s, changed it to %s",
                        "Object '/etc/app/secrets.yml' had permissions 0644, changed it to 0600",
                    )
                    repaired += 1
                    if r.random() < 0.5:
                        ts = A(
                            h,
                            ts + sec(0.1),
                            pid,
                            "info",
                            "Owner of '%s' was %s, setting to %s",
                            "Owner of '/etc/app/secrets.yml' was 0, setting to 1001",
                        )
                        repaired += 1
                    loosened = at(t.hour, t.minute) + sec(600 - (t.minute % 10) * 60 + 150)
                if t.minute == 0:
                    for _ in range(r.randint(8, 30)):
                        ts = A(
                            h,
                            ts + sec(r.uniform(0.01, 0.2)),
                            pid,
                            "info",
                            "Deleted file '%s'",
                            f"Deleted file '/srv/app/shared/tmp/uploads/upload-{hexid(r, 16)}.part'",
                        )
                        repaired += 1
                lat = r.randint(18, 60) if not at(10, 20) <= t < at(10, 30) else r.randint(150, 900)
                ts = command(
                    h,
                    ts + sec(0.4),
                    pid,
                    "/usr/local/bin/check_app_health",
                    [f"status=ok latency_ms={lat} workers={r.choice([8, 8, 8, 7])}/8"],
                )
            off = r.uniform(-0.004, 0.004)
            ts = command(
                h,
                ts + sec(0.4),
                pid,
                "/usr/local/bin/check_ntp_offset",
                [f"offset={off:+.4f}s stratum={r.choice([2, 2, 3])}"],
            )
            if h == "db01" and (t.minute == 40 or in_any(t, [verify_bad])):
                if in_any(t, [verify_bad]):
                    ts = command(
                        h,
                        ts + sec(0.4),
                        pid,
                        "/usr/local/bin/pg_backup_verify --latest",
                        [
                            f"ERROR: checksum mismatch in base/16384/{r.choice([2619, 2840, 16402, 16447])} (backup 20240607T020001)"
                        ],
                        rc=2,
                    )
                    notkept += 1
                else:
                    ts = command(
                        h,
                        ts + sec(0.4),
                        pid,
                        "/usr/local/bin/pg_backup_verify --latest",
                        ["OK backup 20240607T020001 verified (412 files, 18.3 GB)"],
                    )
            disk[h] += r.uniform(-0.1, 0.25)
            ts = A(
                h,
                ts + sec(0.3),
                pid,
                "notice",
                "R: %s: /var is %s%% full",
                f"R: {h}: /var is {int(disk[h])}% full",
            )
            if h == "db01":
                age = 4 + t.hour - 6
                ts = A(
                    h,
                    ts + sec(0.1),
                    pid,
                    "notice",
                    "R: Last base backup finished %s hours ago",
                    f"R: Last base backup finished {age} hours ago",
                )
            total = kept + repaired + notkept
            fs.add(
                f"{h}-promise_summary.log",
                ts + sec(0.2),
                "Outcome of version %s (%s-%s): Promises observed to be kept %s%%, Promises repaired %s%%, Promises not repaired %s%%",
                lambda x, a=start, k=kept, rp=repaired, nk=notkept, tot=total: [
                    f"{int(a.timestamp())},{int(x.timestamp())}: Outcome of version CFEngine Promises.cf 3.21.5 (agent-0): Promises observed to be kept {100 * k / tot:.2f}%, Promises repaired {100 * rp / tot:.2f}%, Promises not repaired {100 * nk / tot:.2f}%"
                ],
                (h, pid),
                SEC,
            )
            t += sec(300)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- pulumi

# (type, name, #props, #outs, id prefix, depends on)
PU_RESOURCES = [
    ("aws:ec2/vpc:Vpc", "main", 5, 19, "vpc-", []),
    ("aws:ec2/subnet:Subnet", "private-a", 5, 21, "subnet-", ["main"]),
    ("aws:ec2/subnet:Subnet", "private-b", 5, 21, "subnet-", ["main"]),
    ("aws:ec2/subnet:Subnet", "public-a", 6, 21, "subnet-", ["main"]),
    ("aws:ec2/subnet:Subnet", "public-b", 6, 21, "subnet-", ["main"]),
    ("aws:ec2/securityGroup:SecurityGroup", "alb", 5, 13, "sg-", ["main"]),
    ("aws:ec2/securityGroup:SecurityGroup", "api", 5, 13, "sg-", ["main", "alb"]),
    ("aws:ec2/securityGroup:SecurityGroup", "db", 5, 13, "sg-", ["main", "api"]),
    (
        "aws:lb/loadBalancer:LoadBalancer",
        "web",
        6,
        27,
        "arn:aws:elasticloadbalancing:eu-west-1:361769588012:loadbalancer/app/web-",
        ["alb", "public-a", "public-b"],
    ),
    (
        "aws:lb/targetGroup:TargetGroup",
        "api",
        7,
        25,
        "arn:aws:elasticloadbalancing:eu-west-1:361769588012:targetgroup/api-",
        ["main"],
    ),
    (
        "aws:lb/listener:Listener",
        "https",
        5,
        11,
        "arn:aws:elasticloadbalancing:eu-west-1:361769588012:listener/app/web-",
        ["web", "api"],
    ),
    (
        "aws:lb/listener:Listener",
        "http-redirect",
        4,
        11,
        "arn:aws:elasticloadbalancing:eu-west-1:361769588012:listener/app/web-",
        ["web"],
    ),
    ("aws:ecs/cluster:Cluster", "app", 2, 8, "arn:aws:ecs:eu-west-1:361769588012:cluster/app-", []),
    ("aws:iam/role:Role", "task-exec", 2, 14, "task-exec-", []),
    (
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        "task-exec-policy",
        2,
        3,
        "task-exec-",
        ["task-exec"],
    ),
    ("aws:cloudwatch/logGroup:LogGroup", "api", 2, 9, "/ecs/api-", []),
    ("aws:ecs/taskDefinition:TaskDefinition", "api", 7, 21, "api-", ["task-exec", "api"]),
    (
        "aws:ecs/service:Service",
        "api",
        9,
        31,
        "arn:aws:ecs:eu-west-1:361769588012:service/app/api-",
        ["app", "api", "api", "private-a", "private-b"],
    ),
    ("aws:rds/subnetGroup:SubnetGroup", "db", 2, 9, "db-", ["private-a", "private-b"]),
    ("aws:rds/instance:Instance", "app-db", 14, 71, "app-db-", ["db", "db"]),
    ("aws:s3/bucketV2:BucketV2", "assets", 2, 20, "assets-", []),
    ("aws:s3/bucketPolicy:BucketPolicy", "assets", 2, 3, "assets-", ["assets"]),
    ("aws:route53/record:Record", "api", 5, 11, "Z0846315TQ3RK7NNB1KY_api.", ["web"]),
]


def glog_time(t: datetime) -> str:
    return f"{t:%m%d %H:%M:%S}.{t.microsecond:06d}"


def pulumi(r: random.Random) -> list[Log]:
    """A GitOps runner's Pulumi runs on two stacks of one AWS project, each run's `-v=7
    --logtostderr` appended to the stack's log, 06:00 to 12:00: prod previewed with --refresh
    every hour and staging every two hours, release 3.15.0 applied to staging at 07:20 and prod at
    07:45 (the task definition replaced, the service and the bucket policy updated), PostgreSQL 16
    applied to staging at 09:50 and to prod at 10:10 (refused by RDS: no AllowMajorVersionUpgrade)
    and again at 10:40 with the flag."""
    fs = Files()
    ids: dict[tuple[str, str, str], str] = {}

    def rid(stack: str, typ: str, name: str, prefix: str) -> str:
        key = (stack, typ, name)
        if key not in ids:
            if prefix.startswith(("vpc-", "subnet-", "sg-")):
                ids[key] = prefix + hexid(r, 17)
            elif prefix.startswith("arn:"):
                ids[key] = (
                    prefix
                    + hexid(r, 7)
                    + (
                        f"/{hexid(r, 16)}"
                        if "loadbalancer" in prefix or "targetgroup" in prefix
                        else ""
                    )
                )
            elif prefix.startswith("Z"):
                ids[key] = prefix + f"{stack}.example.com_CNAME"
            else:
                ids[key] = prefix + hexid(r, 7)
        return ids[key]

    def run(
        stack: str, t: datetime, kind: str, changes: dict[str, str] | None = None, fail: str = ""
    ) -> None:
        """`kind`: "preview" (preview --refresh) or "up" (up --yes --skip-preview); `changes`: name
        of a resource -> "update" / "replace"."""
        changes = changes or {}
        pid = r.randint(20000, 60000)
        ptr = f"0xc000{hexid(r, 6)}"
        f = f"infra-{stack}.log"
        preview = kind == "preview"

        def G(t: datetime, loc: str, label: str, msg: str) -> datetime:
            return fs.add(
                f, t, label, lambda x: [f"I{glog_time(x)} {pid:>7} {loc}] {msg}"], (f, pid), US
            )

        def us(lo: float, hi: float) -> timedelta:
            return sec(r.uniform(lo, hi) / 1e6)

        prov_urn = f"urn:pulumi:{stack}::infra::pulumi:providers:aws::default_6_37_1"
        prov_ref = f"{prov_urn}::{ids.setdefault((stack, 'provider', ''), hexid(r, 8) + '-' + hexid(r, 4) + '-4' + hexid(r, 3) + '-a' + hexid(r, 3) + '-' + hexid(r, 12))}"
        stack_urn = f"urn:pulumi:{stack}::infra::pulumi:pulumi:Stack::infra-{stack}"
        P = f"Provider[aws, {ptr}]"
        t = G(
            t,
            "plugins.go:127",
            "gatherPluginsFromProgram(): gathering plugins from language host",
            "gatherPluginsFromProgram(): gathering plugins from language host",
        )
        t = G(
            t + us(180000, 420000),
            "plugins.go:143",
            "gatherPluginsFromProgram(): plugin %s %s (%s) is required by language host",
            "gatherPluginsFromProgram(): plugin aws 6.37.1 () is required by language host",
        )
        t = G(
            t + us(20, 300),
            "plugins.go:194",
            "gatherPluginsFromSnapshot(): gathering plugins from snapshot",
            "gatherPluginsFromSnapshot(): gathering plugins from snapshot",
        )
        t = G(
            t + us(10, 90),
            "plugins.go:202",
            "gatherPluginsFromSnapshot(): plugin %s %s is required by first-class provider %q",
            f'gatherPluginsFromSnapshot(): plugin aws 6.37.1 is required by first-class provider "{prov_urn}"',
        )
        t += us(900000, 2500000)
        if preview:
            for typ, name, nprops, nouts, prefix, _deps in PU_RESOURCES:
                urn = f"urn:pulumi:{stack}::infra::{typ}::{name}"
                i = rid(stack, typ, name, prefix)
                w = r.randint(0, 9)
                t = G(
                    t + us(200, 4000),
                    "step_executor.go:356",
                    "StepExecutor worker(%d): step %v on %v (preview=%v)",
                    f"StepExecutor worker({w}): step refresh on {urn} (preview=true)",
                )
                t = G(
                    t + us(30, 400),
                    "provider_plugin.go:1331",
                    "Provider[%s, %p].Read(%s,%s) executing (#inputs=%v, #state=%v)",
                    f"{P}.Read({urn},{i}) executing (#inputs={nprops}, #state={nouts})",
                )
                t = G(
                    t + us(90000, 900000),
                    "provider_plugin.go:1393",
                    "Provider[%s, %p].Read(%s,%s) success (#inputs=%v, #outs=%v)",
                    f"{P}.Read({urn},{i}) success (#inputs={nprops}, #outs={nouts})",
                )
            t += us(300000, 900000)
        w0 = r.randint(0, 9)
        t = G(
            t,
            "source_eval.go:1267",
            "ResourceMonitor.RegisterResource received: t=%v, name=%v, custom=%v, #props=%v, parent=%v, protect=%v, provider=%v, deps=%v, deleteBeforeReplace=%v, ignoreChanges=%v, aliases=%v, customTimeouts=%v, providers=%v, replaceOnChanges=%v, retainOnDelete=%v, deletedWith=%v",
            f"ResourceMonitor.RegisterResource received: t=pulumi:pulumi:Stack, name=infra-{stack}, custom=false, #props=0, parent=, protect=false, provider=, deps=[], deleteBeforeReplace=false, ignoreChanges=[], aliases=[], customTimeouts={{  }}, providers=map[], replaceOnChanges=[], retainOnDelete=false, deletedWith=",
        )
        t = G(
            t + us(300, 3000),
            "step_executor.go:356",
            "StepExecutor worker(%d): step %v on %v (preview=%v)",
            f"StepExecutor worker({w0}): step same on {stack_urn} (preview={str(preview).lower()})",
        )
        t = G(
            t + us(2000, 30000),
            "source_eval.go:1267",
            "ResourceMonitor.RegisterResource received: t=%v, name=%v, custom=%v, #props=%v, parent=%v, protect=%v, provider=%v, deps=%v, deleteBeforeReplace=%v, ignoreChanges=%v, aliases=%v, customTimeouts=%v, providers=%v, replaceOnChanges=%v, retainOnDelete=%v, deletedWith=%v",
            f"ResourceMonitor.RegisterResource received: t=pulumi:providers:aws, name=default_6_37_1, custom=true, #props=1, parent={stack_urn}, protect=false, provider=, deps=[], deleteBeforeReplace=false, ignoreChanges=[], aliases=[], customTimeouts={{  }}, providers=map[], replaceOnChanges=[], retainOnDelete=false, deletedWith=",
        )
        t = G(
            t + us(300, 3000),
            "step_executor.go:356",
            "StepExecutor worker(%d): step %v on %v (preview=%v)",
            f"StepExecutor worker({w0}): step same on {prov_urn} (preview={str(preview).lower()})",
        )
        for typ, name, nprops, nouts, prefix, deps in PU_RESOURCES:
            urn = f"urn:pulumi:{stack}::infra::{typ}::{name}"
            i = rid(stack, typ, name, prefix)
            depurns = [
                f"urn:pulumi:{stack}::infra::{t2}::{n2}"
                for d in deps
                for (t2, n2, *_x) in PU_RESOURCES
                if n2 == d
            ][: len(deps)]
            t = G(
                t + us(1500, 40000),
                "source_eval.go:1267",
                "ResourceMonitor.RegisterResource received: t=%v, name=%v, custom=%v, #props=%v, parent=%v, protect=%v, provider=%v, deps=%v, deleteBeforeReplace=%v, ignoreChanges=%v, aliases=%v, customTimeouts=%v, providers=%v, replaceOnChanges=%v, retainOnDelete=%v, deletedWith=%v",
                f"ResourceMonitor.RegisterResource received: t={typ}, name={name}, custom=true, #props={nprops}, parent={stack_urn}, protect={'true' if typ.startswith('aws:rds') else 'false'}, provider={prov_ref}, deps=[{' '.join(depurns)}], deleteBeforeReplace=false, ignoreChanges=[], aliases=[], customTimeouts={{  }}, providers=map[], replaceOnChanges=[], retainOnDelete=false, deletedWith=",
            )
            t = G(
                t + us(100, 900),
                "provider_plugin.go:655",
                "Provider[%s, %p].Check(%s) executing (#olds=%d,#news=%d)",
                f"{P}.Check({urn}) executing (#olds={nprops + 3},#news={nprops})",
            )
            t = G(
                t + us(2000, 60000),
                "provider_plugin.go:728",
                "Provider[%s, %p].Check(%s) success: inputs=#%d failures=#%d",
                f"{P}.Check({urn}) success: inputs=#{nprops + 3} failures=#0",
            )
            t = G(
                t + us(100, 900),
                "provider_plugin.go:897",
                "Provider[%s, %p].Diff(%s,%s) executing (#olds=%d,#news=%d,#ignoreChanges=%d)",
                f"{P}.Diff({urn},{i}) executing (#olds={nouts},#news={nprops + 3},#ignoreChanges=0)",
            )
            ch = changes.get(f"{typ}::{name}", "")
            if ch == "replace":
                diff = "changes=2 #replaces=[containerDefinitions] #stables=[family] delbefrepl=false, diffs=#[containerDefinitions], detaileddiff=map[containerDefinitions:{2 true}]"
            elif ch == "update" and typ.startswith("aws:rds"):
                diff = "changes=2 #replaces=[] #stables=[identifier] delbefrepl=false, diffs=#[engineVersion allowMajorVersionUpgrade], detaileddiff=map[allowMajorVersionUpgrade:{0 false} engineVersion:{1 false}]"
            elif ch == "update" and typ.startswith("aws:ecs/service"):
                diff = "changes=2 #replaces=[] #stables=[cluster name] delbefrepl=false, diffs=#[taskDefinition], detaileddiff=map[taskDefinition:{1 false}]"
            elif ch == "update":
                diff = "changes=2 #replaces=[] #stables=[bucket] delbefrepl=false, diffs=#[policy], detaileddiff=map[policy:{1 false}]"
            else:
                diff = "changes=1 #replaces=[] #stables=[] delbefrepl=false, diffs=#[], detaileddiff=map[]"
            t = G(
                t + us(3000, 90000),
                "provider_plugin.go:992",
                "Provider[%s, %p].Diff(%s,%s) success: changes=%d #replaces=%v #stables=%v delbefrepl=%v, diffs=#%v, detaileddiff=%v",
                f"{P}.Diff({urn},{i}) success: {diff}",
            )
            w = r.randint(0, 9)
            if not ch:
                t = G(
                    t + us(200, 3000),
                    "step_executor.go:356",
                    "StepExecutor worker(%d): step %v on %v (preview=%v)",
                    f"StepExecutor worker({w}): step same on {urn} (preview={str(preview).lower()})",
                )
                continue
            olds = f"map[{typ.split(':')[-1].lower()}:{{{i}}} tags:{{map[env:{{{stack}}} team:{{platform}}]}}]"
            if ch == "replace":
                t = G(
                    t + us(100, 900),
                    "step_generator.go:1238",
                    "Planner decided to replace '%v' (oldprops=%v inputs=%v replaceKeys=%v)",
                    f'Planner decided to replace \'{urn}\' (oldprops={olds} inputs=map[containerDefinitions:{{[{{"image":"361769588012.dkr.ecr.eu-west-1.amazonaws.com/api:3.15.0","name":"api"}}]}} family:{{api}}] replaceKeys=[containerDefinitions])',
                )
                t = G(
                    t + us(200, 3000),
                    "step_executor.go:356",
                    "StepExecutor worker(%d): step %v on %v (preview=%v)",
                    f"StepExecutor worker({w}): step create-replacement on {urn} (preview=false)",
                )
                t = G(
                    t + us(100, 900),
                    "provider_plugin.go:1108",
                    "Provider[%s, %p].Create(%s) executing (#news=%v)",
                    f"{P}.Create({urn}) executing (#news={nprops + 3})",
                )
                new = ids[(stack, typ, name)] = prefix + hexid(r, 7)
                t = G(
                    t + us(400000, 1800000),
                    "provider_plugin.go:1166",
                    "Provider[%s, %p].Create(%s) success: id=%s; #outs=%v",
                    f"{P}.Create({urn}) success: id={new}; #outs={nouts}",
                )
                t = G(
                    t + us(200, 3000),
                    "step_executor.go:356",
                    "StepExecutor worker(%d): step %v on %v (preview=%v)",
                    f"StepExecutor worker({w}): step replace on {urn} (preview=false)",
                )
                pending_delete.append((urn, i, nprops, nouts))
                continue
            t = G(
                t + us(100, 900),
                "step_generator.go:1309",
                "Planner decided to update '%v' (oldprops=%v inputs=%v)",
                f"Planner decided to update '{urn}' (oldprops={olds} inputs=map[{typ.split(':')[-1].lower()}:{{{i}}}])",
            )
            t = G(
                t + us(200, 3000),
                "step_executor.go:356",
                "StepExecutor worker(%d): step %v on %v (preview=%v)",
                f"StepExecutor worker({w}): step update on {urn} (preview=false)",
            )
            t = G(
                t + us(100, 900),
                "provider_plugin.go:1447",
                "Provider[%s, %p].Update(%s,%s) executing (#olds=%v,#news=%v)",
                f"{P}.Update({urn},{i}) executing (#olds={nouts},#news={nprops + 3})",
            )
            if fail and typ.startswith("aws:rds"):
                req = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
                t = G(
                    t + us(600000, 1400000),
                    "provider_plugin.go:1482",
                    "Provider[%s, %p].Update(%s,%s) failed: err=updating RDS DB Instance (%s): operation error RDS: ModifyDBInstance, https response error StatusCode: %d, RequestID: %s, api error InvalidParameterCombination: The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.",
                    f"{P}.Update({urn},{i}) failed: err=updating RDS DB Instance ({i}): operation error RDS: ModifyDBInstance, https response error StatusCode: 400, RequestID: {req}, api error InvalidParameterCombination: The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.",
                )
                G(
                    t + us(200, 3000),
                    "step_executor.go:471",
                    "StepExecutor worker(%d): step %v on %v failed, signalling cancellation",
                    f"StepExecutor worker({w}): step update on {urn} failed, signalling cancellation",
                )
                return
            took = (
                (420, 560)
                if typ.startswith("aws:rds")
                else (1.5, 45)
                if typ.startswith("aws:ecs/service")
                else (0.4, 2.5)
            )
            t = G(
                t + sec(r.uniform(*took)),
                "provider_plugin.go:1520",
                "Provider[%s, %p].Update(%s,%s) success (#outs=%v)",
                f"{P}.Update({urn},{i}) success (#outs={nouts})",
            )
        for urn, i, nprops, nouts in pending_delete:
            w = r.randint(0, 9)
            t = G(
                t + us(2000, 30000),
                "step_executor.go:356",
                "StepExecutor worker(%d): step %v on %v (preview=%v)",
                f"StepExecutor worker({w}): step delete-replaced on {urn} (preview=false)",
            )
            t = G(
                t + us(100, 900),
                "provider_plugin.go:1571",
                "Provider[%s, %p].Delete(%s,%s) executing (#inputs=%v, #outs=%v)",
                f"{P}.Delete({urn},{i}) executing (#inputs={nprops + 3}, #outs={nouts})",
            )
            t = G(
                t + us(200000, 900000),
                "provider_plugin.go:1601",
                "Provider[%s, %p].Delete(%s,%s) success",
                f"{P}.Delete({urn},{i}) success",
            )
        pending_delete.clear()

    pending_delete: list[tuple[str, str, int, int]] = []
    release = {
        "aws:ecs/taskDefinition:TaskDefinition::api": "replace",
        "aws:ecs/service:Service::api": "update",
        "aws:s3/bucketPolicy:BucketPolicy::assets": "update",
    }
    pg16 = {"aws:rds/instance:Instance::app-db": "update"}
    for hh in range(6, 12):
        run("prod", at(hh, 5, r.uniform(1, 20)), "preview")
    for hh in (6, 8, 10):
        run("staging", at(hh, 35, r.uniform(1, 20)), "preview")
    run("staging", at(7, 20, 14.2), "up", release)
    run("prod", at(7, 45, 3.8), "up", release)
    run("staging", at(9, 50, 41.7), "up", pg16)
    run("prod", at(10, 10, 22.5), "up", pg16, fail="rds")
    run("prod", at(10, 40, 9.1), "up", pg16)
    return fs.logs(T0)


SYSTEMS = {
    "lxc": lxc,
    "opennebula": opennebula,
    "chef-client": chef_client,
    "cfengine": cfengine,
    "pulumi": pulumi,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
