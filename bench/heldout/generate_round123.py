#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 123 (filezilla-server, sftpgo, dnf, pacman, firecracker)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Two file-transfer servers, two
package managers and a virtual machine monitor, 06:00 to 12:00 on 2024-06-05. The brief's
fifth system, VirtualBox's VBox.log, is replaced by Firecracker: every VBox.log opens with
the VM process's start-up dumps (the host and build lines, the CFGM tree, the CPUID leaves,
each device's configuration: several hundred lines of some 150 formats a start), which
cannot be written faithfully from knowledge nor within a round's 15-30 templates; Firecracker
is a virtual machine monitor too, whose log is one line per call and whose messages could be
checked against its source.

- FileZilla Server 1.7.3 on Windows (`filezilla-server.log`, its file logger at the default
  level: `2024-06-05T06:00:01.123Z == [FTP Server] Session 48211 ended gracefully.`, `>>` for a
  command, `<<` for a reply, `!!` for an error, the session's `[FTP Session %d %s %s]` module
  prefix with the user once logged in): three branch offices' multifunction printers storing
  scans over plain FTP (`USER`, `PASS ****`, `CWD`, `TYPE I`, `PASV`, `STOR`), the ERP pushing
  invoice batches every 15 minutes over explicit TLS (`AUTH TLS`, `PBSZ 0`, `PROT P`), a
  partner's delivery notes every half hour, password guessing from the internet (five `530
  Login incorrect.` and the server closing the session; three and a reset), the ERP's link
  flapping 09:25-10:08 (`GnuTLS error -110 in gnutls_record_recv: ...` and `Control channel
  closed with error from source 0. Reason: ECONNABORTED - Connection aborted.` in the middle of
  a transfer), a printer's firmware update at 10:30 changing its scan folder (`550 Couldn't
  open the directory`), a partner's session left open (`421 Activity timeout.` and the
  ETIMEDOUT close).
- SFTPGo 2.6 (`sftpgo.log`, zerolog JSON at its default debug level: `{"level":"info",
  "time":"2024-06-05T06:00:01.123","sender":"SSH","connection_id":"...","message":"..."}`, the
  transfer and command records with no message, `connection_failed` at debug): five partners
  uploading EDI files with keys (the SSH login, `ssh connection added`, `connection added`,
  `transfer added`, `upload file size ...`, the `Upload` record, `transfer removed`,
  `connection closed, sent exit status {Status:0} error: <nil>`, `connection removed`, `ssh
  connection removed`), the EDI gateway collecting the outbound files every five minutes
  (`Download` and `Remove` records), password guessing all morning (`connection_failed` and
  `failed to accept an incoming connection from ip %q: [ssh: no auth passed yet, Authentication
  error: could not validate password credentials: sql: no rows in result set]`), banner
  grabbers (`... : EOF`, `no_auth_tryed`) and a banned host (`connection refused, ip %q is
  banned`), the PostgreSQL data provider down 08:20-08:33 (every login fails with pgx's
  `failed to connect to ...`), a partner over quota 10:05-10:25 (`denying file write due to
  quota limits`), a partner's line dropping in the middle of an upload at 09:15 (`Unexpected
  error for transfer ...`, `transfer error: ...`, `error: EOF` on the close).
- dnf 4.14 on four Rocky Linux 9.4 hosts (`web1-dnf.log`, `web1-dnf.rpm.log`, `web2-...`,
  `db1-...`, `db2-...`: `2024-06-05T06:00:03+0000 DDEBUG timer: config: 3 ms`): a monitoring
  check running `dnf -q check-update` every 15 minutes, dnf-makecache.timer's hourly `dnf
  makecache --timer` (`Metadata cache refreshed recently.` two runs in three; the expiry lines,
  `repo: downloading from remote: %s`, `Metadata cache created.` on the third), each run's
  preamble (`--- logging initialized ---`, `Loaded plugins: ...`, `DNF version: 4.14.0`,
  `Command: ...`, `Installroot: /`, `Releasever: 9`, `cachedir: ...`, `Base command: ...`,
  `Extra commands: [...]`), `%s: using metadata from %s.` per repository, the EPEL metalink
  unresolvable 08:20-09:10 (`Errors during downloading metadata for repository 'epel':` with
  the curl error under it, `Error: Failed to download metadata for repo 'epel': ...`,
  `Ignoring repositories: epel`), a security upgrade on web1 at 07:05 (dependency resolution,
  the transaction table over several lines, `Running transaction check` to `Complete!`, the
  `Upgraded:` list, dnf.rpm.log's `Upgrade: %s` / `Upgraded: %s`), the monitoring check waiting
  for its lock (`Waiting for process with pid %d to finish.`), an install on web2 failing
  dependency resolution at 10:05 (a SUBDEBUG traceback and `CRITICAL Error: ` with the problem
  under it), the kernel updated on db1 at 11:00 (`Installed: %s`, `Erase: %s` for the oldest
  kernel).
- pacman 6.1 on three Arch Linux CI runners and a gateway (`ci1-pacman.log`, `ci2-...`,
  `ci3-...`, `gw1-pacman.log`: `[2024-06-05T06:00:12+0000] [PACMAN] Running 'pacman -Syu'`):
  each CI job's `pacman -Sy --needed --noconfirm base-devel git`, makepkg's `/usr/bin/pacman
  --noconfirm -S --asdeps ...` and `-Rn ...` around the build (`transaction started`,
  `installed %s (%s)`, `removed %s (%s)`, `transaction completed`, hooks `running '%s'...`),
  ci2's keyring too old 07:10-07:45 (the jobs' installs fail before any transaction) and its
  fix (`upgraded archlinux-keyring (...)`, the keyring's `==> Appending keys from
  archlinux.gpg...` scriptlet lines and gpg's), the gateway's weekly `pacman -Syu` at 06:30
  (41 upgrades, `warning: %s installed as %s`, `warning: directory permissions differ on %s`
  with its second line, mkinitcpio's `default` and `fallback` presets with their build hooks
  and `Possibly missing firmware for module` warnings, a DKMS module failing to build for the
  new kernel).
- Firecracker 1.7.0 on two CI hosts, two runner slots each (`fc-host1-slot0.log`, ...: the
  orchestrator's copy of each microVM's log FIFO, `--level Info --show-level`:
  `2024-06-05T06:00:01.123456789 [ci-job-4821337:fc_api:INFO] The API server received a Put
  request on "/boot-source" with body "{...}".`): one microVM per CI job, configured through
  the API (boot source, drives, network interface, machine config, MMDS) and started
  (`InstanceStart`), polled once (`GET /`), stopping when the job's guest reboots (`Vmm is
  stopping.`, `Firecracker exiting successfully. exit_code=0`); jobs over their time limit
  sent `SendCtrlAltDel`; host2's stale tap devices 07:40-07:55 after an orchestrator crash
  (`Received Error. Status code: 400 Bad Request. Message: Could not create the network
  device: Open tap device failed: ...`, the microVM killed); a broken job image 09:30-09:50
  (the guest kernel panics: `Received KVM_EXIT_SHUTDOWN signal`); a missing rootfs on host1
  10:50-11:06 (`... Message: Unable to create the block device: BackingFile(...)`).

Label notes. The heads are context: FileZilla's date and type column and its module prefix
(`[FTP Server]`, `[FTP Session %d %s %s]`), SFTPGo's level, time, sender and connection id,
dnf's date and level, pacman's date and `[PACMAN]` / `[ALPM]` / `[ALPM-SCRIPTLET]` caller,
Firecracker's date and `[instance:thread:LEVEL]`. FileZilla's commands are labelled as the
set's access records are: the verb kept and its argument a value (`STOR %s`, `TYPE %s`), `PASS
****` as written; its replies are the server's own formats (`227 Entering Passive Mode (%s)`),
the welcome's two lines the compiled-in name, version and URL. An error text inside a message
contributes its format (GnuTLS's, libfilezilla's `ECONNABORTED - Connection aborted`, SFTPGo's
authentication errors, pgx's, Firecracker's VmmActionError texts). SFTPGo's records with no
message (the transfer logs, the command logs, `connection_failed`) are labelled by their sender,
which the call site passes as a constant (`Upload`, `Download`, `Remove`, `connection_failed`);
their fields are attributes. dnf's `timer: %s: %d ms` names the timer at the call site
(`timer: sack setup: %d ms`, `timer: depsolve: %d ms`: wording), the depsolve callback's mode
word is picked from a table by branch (`will be upgraded`, `will be an upgrade`, `will be
installed`, `will be erased`); the transaction table is labelled by its header row, the
post-transaction list by its first line of text (`Upgraded:`), the traceback dnf logs with an
empty message by its first line; dnf.rpm.log's `%s: %s` takes its action from a table by branch
(`Upgrade: %s`, `Installed: %s`, `Erase: %s`). pacman's scriptlet lines are labelled by the
script's own format, the `==> ` / `  -> ` / `==> WARNING: ` of the shell's msg functions
context (as dpkg's `dpkg: ` in round 61); a `running '%s'...` hook name and a `Running '%s'`
command line are values. Firecracker's API request line is labelled as an access record: the
method and the route kept (`/drives/%s` for a drive id), the body a value; `GET /` and `PUT
/mmds` have no body.

Least sure (written from the helper's knowledge; checked against copies of the sources:
FileZilla Server 1.7's logger, session prefix, replies, `Session %d ended gracefully.` and
`Control channel closed ...`; SFTPGo's logger, transfer, connection and login messages; dnf's
makecache and fill_sack messages and the depsolve error path; pacman's callback;
Firecracker's logger and API messages): FileZilla's default file log level on Windows,
GnuTLS's `-110` line going through the session prefix, the ETIMEDOUT reason text; SFTPGo 2.6's
login line without the negotiated algorithms, the `publickey: SHA256:...` login method with its
key comment, `no_auth_tryed`, `sql: no rows in result set` for an unknown user, pgx's error
text, `connection lost` as the interrupted transfer's error; dnf's `repo: downloading from
remote: %s` level, the libdnf `Errors during downloading metadata ...` message reaching
dnf.log as one warning, the leading newline of the `Upgraded:` output, whether every run writes
the marker into dnf.rpm.log, the Rocky repository ids and package versions; pacman's makepkg
command line order, mkinitcpio 38's wordings (`Initcpio image generation successful`), the DKMS
hook's lines, the keyring scriptlet's and gpg's lines; Firecracker 1.7's
`Could not create the network device: ...` and `Unable to create the block device: ...`
prefixes inside the 400 message, the thread name `fc_vcpu 0`, and the orchestrator's request
order.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, 0, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------- filezilla-server

FZ_VERSION = "1.7.3"
FZ_PUBLIC = "203.0.113.10"
FZ_BRANCHES = {
    # branch, printer address, user
    "north": ("10.20.1.31", "scan-north"),
    "east": ("10.20.2.31", "scan-east"),
    "south": ("10.20.3.31", "scan-south"),
}
FZ_BOT_USERS = [
    "administrator",
    "admin",
    "ftp",
    "test",
    "user",
    "backup",
    "ftpuser",
    "www",
    "root",
    "anonymous",
    "upload",
    "guest",
]


def filezilla_server(r: random.Random) -> list[Log]:
    """FileZilla Server 1.7.3 on a Windows file exchange host, 06:00 to 12:00: branch printers'
    scans (plain FTP), the ERP's invoice batches every 15 minutes (explicit TLS), a partner's
    delivery notes every 30 minutes, password guessing, the ERP's link flapping 09:25-10:08, a
    printer's scan folder changed by a firmware update at 10:30, an idle session timed out."""
    fs = Files()
    sid = [48210]

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"

    def F(t: datetime, typ: str, ctx: str, msg: str, label: str) -> datetime:
        return fs.add(
            "filezilla-server.log",
            t,
            label,
            lambda x: [f"{ts(x)} {typ} [{ctx}] {msg}"],
            "fz",
            1000,
        )

    class S:
        def __init__(self, ip: str, rtt: float) -> None:
            sid[0] += 1
            self.id = sid[0]
            self.ip = ip
            self.user = ""
            self.rtt = rtt

        def ctx(self) -> str:
            c = f"FTP Session {self.id} {self.ip}"
            return f"{c} {self.user}" if self.user else c

        def cmd(self, t: datetime, line: str, label: str) -> datetime:
            return F(t + sec(self.rtt * r.uniform(0.8, 1.3)), ">>", self.ctx(), line, label)

        def rep(self, t: datetime, line: str, label: str | None = None, d: float = 0.0) -> datetime:
            return F(t + sec(d + r.uniform(0.0003, 0.002)), "<<", self.ctx(), line, label or line)

        def err(self, t: datetime, line: str, label: str) -> datetime:
            return F(t + sec(r.uniform(0.0002, 0.001)), "!!", self.ctx(), line, label)

        def open(self, t: datetime) -> datetime:
            t = self.rep(t, f"220-FileZilla Server {FZ_VERSION}")
            return self.rep(t, "220 Please visit https://filezilla-project.org/")

        def tls(self, t: datetime) -> datetime:
            t = self.cmd(t, "AUTH TLS", "AUTH %s")
            return self.rep(t, "234 Using authentication type TLS.")

        def login(self, t: datetime, user: str, ok: bool = True) -> datetime:
            t = self.cmd(t, f"USER {user}", "USER %s")
            t = self.rep(t, "331 Please, specify the password.")
            t = self.cmd(t, "PASS ****", "PASS ****")
            if ok:
                self.user = user
                return self.rep(t, "230 Login successful.", d=r.uniform(0.02, 0.09))
            return self.rep(t, "530 Login incorrect.", d=r.uniform(0.05, 0.3))

        def prot(self, t: datetime) -> datetime:
            t = self.cmd(t, "PBSZ 0", "PBSZ %s")
            t = self.rep(t, "200 PBSZ=0")
            t = self.cmd(t, "PROT P", "PROT %s")
            return self.rep(t, "200 Protection level set to P", "200 Protection level set to %s")

        def cwd(self, t: datetime, path: str, ok: bool = True) -> datetime:
            t = self.cmd(t, f"CWD {path}", "CWD %s")
            if ok:
                return self.rep(t, "250 CWD command successful")
            return self.rep(t, "550 Couldn't open the directory")

        def binary(self, t: datetime) -> datetime:
            t = self.cmd(t, "TYPE I", "TYPE %s")
            return self.rep(t, "200 Type set to I", "200 Type set to %s")

        def pasv(self, t: datetime) -> datetime:
            t = self.cmd(t, "PASV", "PASV")
            port = r.randint(50000, 50999)
            ip = FZ_PUBLIC if not self.ip.startswith("10.") else "10.20.0.5"
            return self.rep(
                t,
                f"227 Entering Passive Mode ({ip.replace('.', ',')},{port // 256},{port % 256})",
                "227 Entering Passive Mode (%s)",
            )

        def stor(
            self, t: datetime, name: str, size_mb: float, mbps: float, drop: bool = False
        ) -> datetime:
            t = self.cmd(t, f"STOR {name}", "STOR %s")
            t = self.rep(t, "150 About to start data transfer.")
            dur = size_mb / mbps + r.uniform(0.05, 0.4)
            if drop:
                t = self.err(
                    t + sec(dur * r.uniform(0.2, 0.7)),
                    "GnuTLS error -110 in gnutls_record_recv: The TLS connection was non-properly terminated.",
                    "GnuTLS error %d in %s: The TLS connection was non-properly terminated.",
                )
                return self.err(
                    t,
                    "Control channel closed with error from source 0. Reason: ECONNABORTED - Connection aborted.",
                    "Control channel closed with error from source %d. Reason: ECONNABORTED - Connection aborted.",
                )
            return self.rep(t, "226 Operation successful", d=dur)

        def quit(self, t: datetime) -> datetime:
            t = self.cmd(t, "QUIT", "QUIT")
            t = self.rep(t, "221 Goodbye.")
            return F(
                t + sec(r.uniform(0.001, 0.01)),
                "==",
                "FTP Server",
                f"Session {self.id} ended gracefully.",
                "Session %d ended gracefully.",
            )

    events: list[tuple[datetime, str, object]] = []
    # printers: scans during office hours, a few early ones
    for branch in FZ_BRANCHES:
        for t in poisson(r, at(6, 10), at(7, 30), 1500.0):
            events.append((t, "scan", branch))
        for t in poisson(r, at(7, 30), T_END, 820.0):
            events.append((t, "scan", branch))
    t = at(6, 2, 40)
    while t < T_END:
        events.append((t + sec(r.uniform(0, 6)), "erp", None))
        t += sec(900)
    t = at(6, 14, 5)
    while t < T_END:
        events.append((t + sec(r.uniform(0, 40)), "partner", None))
        t += sec(1800)
    bots = ["185.220.101.47", "45.141.84.126", "193.32.162.59", "80.94.95.211", "176.111.174.93"]
    for tb in poisson(r, T0, T_END, 2700.0):
        events.append((tb, "bot", r.choice(bots)))
    for tb in poisson(r, at(7, 12), at(7, 41), 130.0):
        events.append((tb, "bot", "194.26.29.112"))
    events.append((at(9, 58, 12), "idle", None))
    events.sort(key=lambda e: e[0])

    seq = {b: r.randint(100, 900) for b in FZ_BRANCHES}
    erp_batch = [7312]
    for t, kind, arg in events:
        if kind == "scan":
            branch = str(arg)
            ip, user = FZ_BRANCHES[branch]
            s = S(ip, r.uniform(0.004, 0.012))
            t = s.open(t)
            t = s.login(t, user)
            moved = branch == "east" and t >= at(10, 30)
            if moved:
                t = s.cwd(t, "/scan", ok=False)
                s.quit(t)
                continue
            t = s.cwd(t, f"/scans/{branch}")
            t = s.binary(t)
            t = s.pasv(t)
            seq[branch] += 1
            name = f"SCAN_{t:%Y%m%d_%H%M%S}_{seq[branch]:04d}.pdf"
            t = s.stor(t, name, r.uniform(0.2, 9.0), r.uniform(4.0, 11.0))
            s.quit(t)
        elif kind == "erp":
            s = S("10.10.5.20", r.uniform(0.001, 0.004))
            flap = at(9, 25) <= t < at(10, 8)
            t = s.open(t)
            t = s.tls(t + sec(r.uniform(0.02, 0.05)))
            t = s.login(t + sec(r.uniform(0.02, 0.06)), "erp-export")
            t = s.prot(t)
            t = s.cwd(t, "/outbound/invoices")
            t = s.binary(t)
            dropped = False
            for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                erp_batch[0] += 1
                t = s.pasv(t)
                drop = flap and r.random() < 0.7
                t = s.stor(
                    t, f"INV_{t:%Y%m%d}_{erp_batch[0]:06d}.xml", r.uniform(0.05, 1.4), 25.0, drop
                )
                if drop:
                    dropped = True
                    break
            if not dropped:
                s.quit(t)
        elif kind == "partner":
            s = S("198.51.100.74", r.uniform(0.02, 0.05))
            t = s.open(t)
            t = s.tls(t)
            t = s.login(t, "lgx-partner")
            t = s.prot(t)
            t = s.cwd(t, "/inbound/delivery-notes")
            t = s.binary(t)
            for _ in range(r.choice([1, 1, 2, 3])):
                t = s.pasv(t)
                t = s.stor(
                    t,
                    f"DN-{r.randint(4400000, 4499999)}.csv",
                    r.uniform(0.01, 0.3),
                    6.0,
                )
            s.quit(t)
        elif kind == "idle":
            s = S("198.51.100.74", 0.03)
            t = s.open(t)
            t = s.tls(t)
            t = s.login(t, "lgx-partner")
            t = s.prot(t)
            t = s.cwd(t, "/inbound/delivery-notes")
            t = s.binary(t)
            t = s.rep(t, "421 Activity timeout.", d=600.0)
            s.err(
                t,
                "Control channel closed with error from source 0. Reason: ETIMEDOUT - Connection attempt timed out.",
                "Control channel closed with error from source %d. Reason: ETIMEDOUT - Connection attempt timed out.",
            )
        else:
            s = S(str(arg), r.uniform(0.08, 0.25))
            t = s.open(t)
            tries = 5 if r.random() < 0.6 else r.randint(1, 3)
            for _ in range(tries):
                t = s.login(t, r.choice(FZ_BOT_USERS), ok=False)
            if tries == 5:
                F(
                    t + sec(r.uniform(0.001, 0.01)),
                    "==",
                    "FTP Server",
                    f"Session {s.id} ended gracefully.",
                    "Session %d ended gracefully.",
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ sftpgo

SG_LOCAL = "10.0.2.15:2022"
SG_PARTNERS = [
    # user, address, client version, key comment, period (s), file prefix
    ("acme-logistics", "203.0.113.45", "SSH-2.0-OpenSSH_9.6", "edi@acme", 900, "ORDERS"),
    ("northwind", "198.51.100.23", "SSH-2.0-WinSCP_release_6.3.3", "nw-edi-2023", 1200, "DESADV"),
    ("globex-edi", "192.0.2.88", "SSH-2.0-paramiko_3.4.0", "globex-prod", 780, "INVOIC"),
    (
        "initech",
        "203.0.113.201",
        "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.7",
        "batch@initech",
        1500,
        "ORDRSP",
    ),
    ("umbrella-3pl", "198.51.100.140", "SSH-2.0-JSCH-0.1.54", "3pl-sftp", 1800, "IFTSTA"),
]
SG_BOT_USERS = [
    "root",
    "admin",
    "test",
    "ubuntu",
    "oracle",
    "postgres",
    "git",
    "user",
    "ftpuser",
    "deploy",
    "pi",
    "sftp",
]
SG_DB_ERR = "failed to connect to `host=db1.internal user=sftpgo database=sftpgo`: dial error (dial tcp 10.0.3.20:5432: connect: connection refused)"


def sftpgo(r: random.Random) -> list[Log]:
    """SFTPGo 2.6 with a PostgreSQL data provider on one host, 06:00 to 12:00: five partners'
    uploads, the EDI gateway's collection every five minutes, password guessing, the database
    down 08:20-08:33, a partner over quota 10:05-10:25, a line dropped mid-upload at 09:15."""
    fs = Files()
    open_ssh = [3]
    open_conns = [3]

    def J(t: datetime, level: str, sender: str, label: str, fields: dict) -> datetime:
        def line(x: datetime) -> list[str]:
            d = {"level": level, "time": f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}", "sender": sender}
            d.update(fields)
            return [json.dumps(d, separators=(",", ":"), ensure_ascii=False)]

        return fs.add("sftpgo.log", t, label, line, "sftpgo", 1000)

    def M(t: datetime, level: str, sender: str, cid: str, label: str, msg: str) -> datetime:
        f: dict = {"connection_id": cid} if cid else {}
        f["message"] = msg
        return J(t, level, sender, label, f)

    def q(s: str) -> str:
        return json.dumps(s)

    def failed(
        t: datetime, ip: str, user: str, method: str, err: str, accept_err: str, label: str
    ) -> datetime:
        if user or method != "no_auth_tryed":
            t = J(
                t,
                "debug",
                "connection_failed",
                "connection_failed",
                {
                    "client_ip": ip,
                    "username": user,
                    "login_type": method,
                    "protocol": "SSH",
                    "error": err,
                },
            )
        else:
            t = t + sec(r.uniform(0.5, 3))
        t = M(
            t + sec(r.uniform(0.05, 2.0)),
            "debug",
            "sftpd",
            "",
            label,
            f"failed to accept an incoming connection from ip {q(ip)}: {accept_err}",
        )
        if method == "no_auth_tryed":
            J(
                t,
                "debug",
                "connection_failed",
                "connection_failed",
                {
                    "client_ip": ip,
                    "username": "",
                    "login_type": method,
                    "protocol": "SSH",
                    "error": err,
                },
            )
        return t

    def session(
        t: datetime,
        user: str,
        ip: str,
        client: str,
        comment: str,
        uploads: list[tuple[str, int]],
        downloads: list[tuple[str, int]],
        quota: bool = False,
        drop: bool = False,
    ) -> datetime:
        db_down = at(8, 20, 5) <= t < at(8, 33, 40)
        if db_down:
            return failed(
                t,
                ip,
                user,
                "publickey",
                SG_DB_ERR,
                f"[ssh: no auth passed yet, Authentication error: could not validate public key credentials: {SG_DB_ERR}]",
                "failed to accept an incoming connection from ip %q: [ssh: no auth passed yet, Authentication error: could not validate public key credentials: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused)]",
            )
        hexsid = hexid(r, 64)
        cid = f"SFTP_{hexsid}_1"
        port = r.randint(40000, 64000)
        raddr = f"{ip}:{port}"
        fp = "SHA256:" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(43)
        )
        t = M(
            t,
            "info",
            "SSH",
            hexsid,
            "User %q logged in with %q, from ip %q, client version %q",
            f"User {q(user)} logged in with {q('publickey: ' + fp + ':' + comment)}, from ip {q(ip)}, client version {q(client)}",
        )
        open_ssh[0] += 1
        t = M(
            t + sec(0.0005),
            "debug",
            "common",
            hexsid,
            "ssh connection added, num open connections: %d",
            f"ssh connection added, num open connections: {open_ssh[0]}",
        )
        open_conns[0] += 1
        t = M(
            t + sec(r.uniform(0.02, 0.09)),
            "debug",
            "SFTP",
            cid,
            "connection added, local address %q, remote address %q, num open connections: %d",
            f"connection added, local address {q(SG_LOCAL)}, remote address {q(raddr)}, num open connections: {open_conns[0]}",
        )
        home = f"/srv/sftpgo/data/{user}"
        tid = 0
        for name, size in downloads:
            tid += 1
            t = M(
                t + sec(r.uniform(0.01, 0.08)),
                "debug",
                "SFTP",
                cid,
                "transfer added, id: %v, active transfers: %v",
                f"transfer added, id: {tid}, active transfers: 1",
            )
            el = int(size / 9_000_000 * 1000) + r.randint(3, 40)
            t = J(
                t + sec(el / 1000),
                "info",
                "Download",
                "Download",
                {
                    "local_addr": SG_LOCAL,
                    "remote_addr": raddr,
                    "elapsed_ms": el,
                    "size_bytes": size,
                    "username": user,
                    "file_path": f"{home}/outbound/{name}",
                    "connection_id": cid,
                    "protocol": "SFTP",
                },
            )
            t = M(
                t + sec(0.0003),
                "debug",
                "SFTP",
                cid,
                "transfer removed, id: %v active transfers: %v",
                f"transfer removed, id: {tid} active transfers: 0",
            )
            t = J(
                t + sec(r.uniform(0.005, 0.03)),
                "info",
                "Remove",
                "Remove",
                {
                    "local_addr": SG_LOCAL,
                    "remote_addr": raddr,
                    "username": user,
                    "file_path": f"{home}/outbound/{name}",
                    "target_path": "",
                    "filemode": "",
                    "uid": -1,
                    "gid": -1,
                    "access_time": "",
                    "modification_time": "",
                    "size": -1,
                    "ssh_command": "",
                    "connection_id": cid,
                    "protocol": "SFTP",
                },
            )
        if quota:
            t = M(
                t + sec(r.uniform(0.02, 0.1)),
                "info",
                "SFTP",
                cid,
                "denying file write due to quota limits",
                "denying file write due to quota limits",
            )
            uploads = []
        for name, size in uploads:
            tid += 1
            t = M(
                t + sec(r.uniform(0.01, 0.08)),
                "debug",
                "SFTP",
                cid,
                "transfer added, id: %v, active transfers: %v",
                f"transfer added, id: {tid}, active transfers: 1",
            )
            path = f"{home}/inbound/{name}"
            el = int(size / 4_000_000 * 1000) + r.randint(5, 80)
            got = size
            if drop:
                el = r.randint(2000, 9000)
                got = int(size * r.uniform(0.2, 0.7))
                t = M(
                    t + sec(el / 1000),
                    "error",
                    "SFTP",
                    cid,
                    'Unexpected error for transfer, path: %#v, error: "connection lost" bytes sent: %v, bytes received: %v transfer running since %v ms',
                    f'Unexpected error for transfer, path: {q(path)}, error: "connection lost" bytes sent: 0, bytes received: {got} transfer running since {el} ms',
                )
            t = M(
                t + sec(el / 1000 if not drop else 0.001),
                "debug",
                "SFTP",
                cid,
                "upload file size %d, num files %d, deleted files %d, fs path %q",
                f"upload file size {got}, num files 1, deleted files 0, fs path {q(path)}",
            )
            t = J(
                t + sec(0.0003),
                "info",
                "Upload",
                "Upload",
                {
                    "local_addr": SG_LOCAL,
                    "remote_addr": raddr,
                    "elapsed_ms": el,
                    "size_bytes": got,
                    "username": user,
                    "file_path": path,
                    "connection_id": cid,
                    "protocol": "SFTP",
                },
            )
            if drop:
                t = M(
                    t + sec(0.0002),
                    "error",
                    "SFTP",
                    cid,
                    "transfer error: connection lost, path: %#v",
                    f"transfer error: connection lost, path: {q(path)}",
                )
            t = M(
                t + sec(0.0002),
                "debug",
                "SFTP",
                cid,
                "transfer removed, id: %v active transfers: %v",
                f"transfer removed, id: {tid} active transfers: 0",
            )
            if drop:
                break
        t = M(
            t + sec(r.uniform(0.02, 0.2)),
            "info",
            "SFTP",
            cid,
            "connection closed, sent exit status %+v error: %v",
            f"connection closed, sent exit status {{Status:0}} error: {'EOF' if drop else '<nil>'}",
        )
        open_conns[0] -= 1
        t = M(
            t + sec(0.0004),
            "debug",
            "SFTP",
            cid,
            "connection removed, local address %#v, remote address %#v close fs error: %v, num open connections: %v",
            f"connection removed, local address {q(SG_LOCAL)}, remote address {q(raddr)} close fs error: <nil>, num open connections: {open_conns[0]}",
        )
        open_ssh[0] -= 1
        return M(
            t + sec(r.uniform(0.001, 0.02)),
            "debug",
            "common",
            hexsid,
            "ssh connection removed, num open ssh connections: %d",
            f"ssh connection removed, num open ssh connections: {open_ssh[0]}",
        )

    events: list[tuple[datetime, str, object]] = []
    for i, p in enumerate(SG_PARTNERS):
        t = T0 + sec(r.uniform(30, p[4]))
        while t < T_END:
            events.append((t, "partner", i))
            t += sec(p[4] * r.uniform(0.7, 1.3))
    t = T0 + sec(95)
    while t < T_END:
        events.append((t + sec(r.uniform(0, 3)), "gateway", None))
        t += sec(300)
    bots = [
        f"{a}.{b}.{c}.{d}"
        for a, b, c, d in [
            (218, 92, 0, 112),
            (61, 177, 172, 140),
            (179, 43, 180, 108),
            (92, 255, 85, 37),
            (141, 98, 11, 11),
            (103, 152, 79, 17),
            (45, 148, 10, 95),
        ]
    ]
    for tb in poisson(r, T0, T_END, 105.0):
        events.append((tb, "bot", r.choice(bots)))
    for tb in poisson(r, T0, T_END, 1300.0):
        events.append(
            (
                tb,
                "grab",
                r.choice(["167.94.138.44", "71.6.199.23", "198.235.24.130", "162.142.125.9"]),
            )
        )
    for tb in poisson(r, at(9, 20), at(9, 50), 50.0):
        events.append((tb, "banned", "61.177.172.140"))
    events.append((at(7, 52, 31), "typo", None))
    events.append((at(7, 52, 58), "typo", None))
    events.sort(key=lambda e: e[0])

    out_queue: list[tuple[str, int]] = []
    fseq = [30411]
    for t, kind, arg in events:
        if kind == "partner":
            user, ip, client, comment, _period, prefix = SG_PARTNERS[int(str(arg))]
            ups = []
            for _ in range(r.choice([1, 1, 1, 2, 3])):
                fseq[0] += 1
                ups.append((f"{prefix}_{t:%Y%m%d%H%M}_{fseq[0]}.edi", r.randint(1800, 640000)))
            quota = user == "globex-edi" and at(10, 5) <= t < at(10, 25)
            drop = (
                user == "northwind"
                and abs((t - at(9, 10)).total_seconds()) < 600
                and not any(k == "dropped" for k in out_queue)
            )
            if drop:
                out_queue.append(("dropped", 0))
            session(t, user, ip, client, comment, ups, [], quota=quota, drop=drop)
            if not quota and not drop and user in ("acme-logistics", "globex-edi", "initech"):
                for name, _size in ups:
                    out_queue.append((name.replace(".edi", ".ack"), r.randint(300, 2400)))
        elif kind == "gateway":
            downs = [x for x in out_queue if x[0] != "dropped"]
            out_queue[:] = [x for x in out_queue if x[0] == "dropped"]
            session(
                t, "edi-gateway", "10.0.5.40", "SSH-2.0-OpenSSH_8.7", "edi-gw@gateway01", [], downs
            )
        elif kind == "bot":
            ip = str(arg)
            user = r.choice(SG_BOT_USERS)
            if at(8, 20, 5) <= t < at(8, 33, 40):
                failed(
                    t,
                    ip,
                    user,
                    "password",
                    SG_DB_ERR,
                    f"[ssh: no auth passed yet, Authentication error: could not validate password credentials: {SG_DB_ERR}]",
                    "failed to accept an incoming connection from ip %q: [ssh: no auth passed yet, Authentication error: could not validate password credentials: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused)]",
                )
                continue
            failed(
                t,
                ip,
                user,
                "password",
                "sql: no rows in result set",
                "[ssh: no auth passed yet, Authentication error: could not validate password credentials: sql: no rows in result set]",
                "failed to accept an incoming connection from ip %q: [ssh: no auth passed yet, Authentication error: could not validate password credentials: sql: no rows in result set]",
            )
        elif kind == "typo":
            failed(
                t,
                "198.51.100.23",
                "northwind",
                "password",
                "invalid credentials",
                "[ssh: no auth passed yet, Authentication error: could not validate password credentials: invalid credentials]",
                "failed to accept an incoming connection from ip %q: [ssh: no auth passed yet, Authentication error: could not validate password credentials: invalid credentials]",
            )
        elif kind == "grab":
            failed(
                t,
                str(arg),
                "",
                "no_auth_tryed",
                "EOF",
                "EOF",
                "failed to accept an incoming connection from ip %q: EOF",
            )
        else:
            M(
                t,
                "debug",
                "SSH",
                "",
                "connection refused, ip %q is banned",
                f"connection refused, ip {q(str(arg))} is banned",
            )
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- dnf

DNF_PLUGINS = "builddep, changelog, config-manager, copr, debug, debuginfo-install, download, generate_completion_cache, groups-manager, needs-restarting, playground, repoclosure, repodiff, repograph, repomanage, reposync, system-upgrade"
DNF_HOSTS = {
    # host, repositories
    "web1": ["appstream", "baseos", "epel", "extras", "internal"],
    "web2": ["appstream", "baseos", "epel", "extras", "internal"],
    "db1": ["appstream", "baseos", "epel", "extras", "pgdg16"],
    "db2": ["appstream", "baseos", "epel", "extras", "pgdg16"],
}
EPEL_URL = "https://mirrors.fedoraproject.org/metalink?repo=epel-9&arch=x86_64&infra=stock&content=pub/rocky"
DNF_SECURITY = [
    # name, arch, old evr, new evr, repo, size
    ("openssl", "x86_64", "1:3.0.7-25.el9_3", "1:3.0.7-27.el9", "baseos", "1.2 M"),
    ("openssl-libs", "x86_64", "1:3.0.7-25.el9_3", "1:3.0.7-27.el9", "baseos", "2.2 M"),
    ("glibc", "x86_64", "2.34-83.el9_3.12", "2.34-100.el9_4.2", "baseos", "2.0 M"),
    ("glibc-common", "x86_64", "2.34-83.el9_3.12", "2.34-100.el9_4.2", "baseos", "306 k"),
    ("glibc-langpack-en", "x86_64", "2.34-83.el9_3.12", "2.34-100.el9_4.2", "baseos", "568 k"),
    ("glibc-gconv-extra", "x86_64", "2.34-83.el9_3.12", "2.34-100.el9_4.2", "baseos", "1.6 M"),
    ("nginx", "x86_64", "1:1.20.1-14.el9_2.1", "1:1.20.1-16.el9_4.1", "appstream", "36 k"),
    ("nginx-core", "x86_64", "1:1.20.1-14.el9_2.1", "1:1.20.1-16.el9_4.1", "appstream", "565 k"),
    (
        "nginx-filesystem",
        "noarch",
        "1:1.20.1-14.el9_2.1",
        "1:1.20.1-16.el9_4.1",
        "appstream",
        "8.4 k",
    ),
    ("less", "x86_64", "590-2.el9_2", "590-4.el9_4", "baseos", "161 k"),
    ("python3-idna", "noarch", "2.10-7.el9", "2.10-7.el9_4.1", "baseos", "98 k"),
]
DNF_KERNEL_NEW = "5.14.0-427.18.1.el9_4"
DNF_KERNEL_OLD = "5.14.0-362.8.1.el9_3"


def dnf_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}+0000"


def dnf(r: random.Random) -> list[Log]:
    """dnf 4.14 on four Rocky Linux 9.4 hosts, 06:00 to 12:00: the monitoring check every 15
    minutes, dnf-makecache.timer every hour, the EPEL metalink unresolvable 08:20-09:10, a
    security upgrade on web1 at 07:05 (the check waiting for its lock), a failed install on
    web2 at 10:05, a kernel update on db1 at 11:00."""
    fs = Files()
    pid = [41200]
    # when each host last refreshed each repository (metadata_expire 6h), and the last makecache
    last: dict[tuple[str, str], datetime] = {}
    for h, repos in DNF_HOSTS.items():
        for rp in repos:
            last[(h, rp)] = at(0, 30) + sec(r.uniform(0, 5.2 * 3600))
    last[("db1", "epel")] = at(2, 24, 10)
    last[("web2", "epel")] = at(2, 41, 50)
    last[("db2", "epel")] = at(2, 58, 3)
    md_stamp = {
        "appstream": "Tue 04 Jun 2024 07:12:44 PM UTC",
        "baseos": "Tue 04 Jun 2024 07:12:39 PM UTC",
        "extras": "Fri 31 May 2024 02:03:11 PM UTC",
        "epel": "Wed 05 Jun 2024 01:18:27 AM UTC",
        "internal": "Tue 04 Jun 2024 04:40:02 PM UTC",
        "pgdg16": "Mon 03 Jun 2024 09:55:20 AM UTC",
    }
    last_mc = {h: at(5, 10) + sec(r.uniform(0, 2400)) for h in DNF_HOSTS}
    EXPIRE = 6 * 3600

    class Run:
        def __init__(self, h: str, t: datetime, argv: list[str], base: str) -> None:
            pid[0] += r.randint(3, 90)
            self.h, self.pid, self.t = h, pid[0], t
            self.argv, self.base = argv, base

        def L(self, level: str, label: str, lines: list[str], d: float = 0.0) -> datetime:
            self.t = fs.add(
                f"{self.h}-dnf.log",
                self.t + sec(d),
                label,
                lambda x: [f"{dnf_ts(x)} {level} {lines[0]}", *lines[1:]],
                (self.h, self.pid),
                1_000_000,
            )
            return self.t

        def rpm(self, level: str, label: str, msg: str, d: float = 0.0) -> datetime:
            self.t = fs.add(
                f"{self.h}-dnf.rpm.log",
                self.t + sec(d),
                label,
                lambda x: [f"{dnf_ts(x)} {level} {msg}"],
                (self.h, self.pid, "rpm"),
                1_000_000,
            )
            return self.t

        def preamble(self) -> None:
            self.L("INFO", "--- logging initialized ---", ["--- logging initialized ---"])
            self.rpm("INFO", "--- logging initialized ---", "--- logging initialized ---")
            self.L("DDEBUG", "timer: config: %d ms", [f"timer: config: {r.randint(2, 6)} ms"])
            self.L("DEBUG", "Loaded plugins: %s", [f"Loaded plugins: {DNF_PLUGINS}"])
            self.L("DEBUG", "DNF version: %s", ["DNF version: 4.14.0"])
            self.L("DDEBUG", "Command: %s", [f"Command: dnf {' '.join(self.argv)} "])
            self.L("DDEBUG", "Installroot: %s", ["Installroot: /"])
            self.L("DDEBUG", "Releasever: %s", ["Releasever: 9"])
            self.L("DEBUG", "cachedir: %s", ["cachedir: /var/cache/dnf"])
            self.L("DDEBUG", "Base command: %s", [f"Base command: {self.base}"])
            self.L("DDEBUG", "Extra commands: %s", [f"Extra commands: {self.argv!r}"])

        def sack(self, force: set[str] | None = None) -> None:
            """fill_sack: refresh what expired (or what makecache expired), then one line per
            repository; EPEL fails while its metalink host cannot be resolved."""
            h = self.h
            dns_down = at(8, 20) <= self.t < at(9, 10, 30)
            ok_ts = []
            failed = []
            for rp in DNF_HOSTS[h]:
                stale = (self.t - last[(h, rp)]).total_seconds() >= EXPIRE or (
                    force and rp in force
                )
                if stale:
                    self.L(
                        "DDEBUG",
                        "repo: downloading from remote: %s",
                        [f"repo: downloading from remote: {rp}"],
                        r.uniform(0.2, 1.5),
                    )
                    if rp == "epel" and dns_down:
                        err = f"Curl error (6): Couldn't resolve host name for {EPEL_URL} [Could not resolve host: mirrors.fedoraproject.org]"
                        self.L(
                            "WARNING",
                            "Errors during downloading metadata for repository '%s':",
                            [
                                "Errors during downloading metadata for repository 'epel':",
                                f"  - {err}",
                            ],
                            r.uniform(2, 6),
                        )
                        self.L(
                            "WARNING",
                            "Error: Failed to download metadata for repo '%s': Cannot prepare internal mirrorlist: Curl error (6): Couldn't resolve host name for %s [Could not resolve host: %s]",
                            [
                                f"Error: Failed to download metadata for repo 'epel': Cannot prepare internal mirrorlist: {err}"
                            ],
                        )
                        failed.append(rp)
                        continue
                    last[(h, rp)] = self.t
                    self.t += sec(r.uniform(0.5, 4.0))
                self.L(
                    "DEBUG",
                    "%s: using metadata from %s.",
                    [f"{rp}: using metadata from {md_stamp[rp]}."],
                )
                ok_ts.append(last[(h, rp)])
            if failed:
                self.L(
                    "WARNING",
                    "Ignoring repositories: %s",
                    [f"Ignoring repositories: {', '.join(failed)}"],
                )
            newest = max(ok_ts)
            age = int((self.t - newest).total_seconds())
            self.L(
                "INFO",
                "Last metadata expiration check: %s ago on %s.",
                [
                    f"Last metadata expiration check: {age // 3600}:{age % 3600 // 60:02d}:{age % 60:02d} ago on {newest:%a %d %b %Y %I:%M:%S %p} UTC."
                ],
            )
            self.L(
                "DDEBUG",
                "timer: sack setup: %d ms",
                [
                    f"timer: sack setup: {r.randint(280, 900) if not failed else r.randint(9000, 31000)} ms"
                ],
            )

        def done(self) -> datetime:
            return self.L("DDEBUG", "Cleaning up.", ["Cleaning up."])

    def check(h: str, t: datetime, wait_pid: int = 0) -> None:
        run = Run(h, t, ["-q", "check-update"], "check-update")
        run.preamble()
        if wait_pid:
            run.L(
                "INFO",
                "Waiting for process with pid %d to finish.",
                [f"Waiting for process with pid {wait_pid} to finish."],
            )
            run.t = max(run.t, at(7, 6, 40))
        run.sack()
        run.done()

    def makecache(h: str, t: datetime) -> None:
        run = Run(h, t, ["makecache", "--timer"], "makecache")
        run.preamble()
        run.L(
            "DEBUG",
            "Making cache files for all metadata files.",
            ["Making cache files for all metadata files."],
        )
        if (t - last_mc[h]).total_seconds() < 3 * 3600:
            run.L(
                "INFO", "Metadata cache refreshed recently.", ["Metadata cache refreshed recently."]
            )
            run.done()
            return
        last_mc[h] = t
        force = set()
        for rp in DNF_HOSTS[h]:
            left = EXPIRE - (t - last[(h, rp)]).total_seconds()
            if left <= 0:
                run.L(
                    "DEBUG",
                    "%s: has expired and will be refreshed.",
                    [f"{rp}: has expired and will be refreshed."],
                )
                force.add(rp)
            elif left < 3 * 3600:
                run.L(
                    "DEBUG",
                    "%s: metadata will expire after %d seconds and will be refreshed now",
                    [
                        f"{rp}: metadata will expire after {int(left)} seconds and will be refreshed now"
                    ],
                )
                force.add(rp)
            else:
                run.L(
                    "DEBUG",
                    "%s: will expire after %d seconds.",
                    [f"{rp}: will expire after {int(left)} seconds."],
                )
        run.sack(force)
        run.L("INFO", "Metadata cache created.", ["Metadata cache created."])
        run.done()

    def table(
        run: Run, section: str, rows: list[tuple[str, str, str, str, str]], summary: str
    ) -> None:
        lines = [
            "=" * 80,
            " Package                 Architecture  Version                  Repository     Size",
            "=" * 80,
            f"{section}:",
        ]
        for name, arch, evr, repo, size in rows:
            lines.append(f" {name:<23} {arch:<13} {evr:<24} {repo:<10} {size:>8}")
        lines += ["", "Transaction Summary", "=" * 80, summary, ""]
        run.L("INFO", "Package Architecture Version Repository Size", lines)

    def transaction(
        run: Run, rows: list, kind: str, rpm_lines: list[tuple[str, str]], post: list[str], dl: str
    ) -> None:
        run.L("INFO", "Dependencies resolved.", ["Dependencies resolved."])
        section = "Upgrading" if kind == "upgrade" else "Installing"
        n = len(rows)
        summary = f"Upgrade  {n} Packages" if kind == "upgrade" else f"Install  {n} Packages"
        table(run, section, rows, summary)
        run.L("INFO", "Total download size: %s", [f"Total download size: {dl}"])
        run.L("INFO", "Downloading Packages:", ["Downloading Packages:"])
        run.L(
            "DEBUG",
            "Using rpmkeys executable at %s to verify signatures",
            ["Using rpmkeys executable at /usr/bin/rpmkeys to verify signatures"],
            r.uniform(1, 6),
        )
        run.L("INFO", "Running transaction check", ["Running transaction check"])
        run.L("INFO", "Transaction check succeeded.", ["Transaction check succeeded."])
        run.L("INFO", "Running transaction test", ["Running transaction test"])
        run.L("INFO", "Transaction test succeeded.", ["Transaction test succeeded."])
        run.L(
            "DDEBUG",
            "timer: transaction test: %d ms",
            [f"timer: transaction test: {r.randint(150, 900)} ms"],
        )
        run.L("INFO", "Running transaction", ["Running transaction"])
        for action, pkg in rpm_lines:
            run.rpm("SUBDEBUG", f"{action}: %s", f"{action}: {pkg}", r.uniform(0.1, 1.5))
        run.L(
            "DDEBUG",
            "timer: transaction: %d ms",
            [f"timer: transaction: {r.randint(6000, 40000)} ms"],
        )
        run.L(
            "DEBUG",
            "Completion plugin: Generating completion cache...",
            ["Completion plugin: Generating completion cache..."],
        )
        run.L("INFO", "Upgraded:" if kind == "upgrade" else "Installed:", ["", *post, ""])
        run.L("INFO", "Complete!", ["Complete!"])
        run.done()

    def security_upgrade(t: datetime) -> int:
        run = Run("web1", t, ["upgrade", "--security", "-y"], "upgrade")
        run.preamble()
        run.sack()
        run.L("DEBUG", "--> Starting dependency resolution", ["--> Starting dependency resolution"])
        for name, arch, old, new, _repo, _size in DNF_SECURITY:
            run.L(
                "DEBUG",
                "---> Package %s.%s %s will be upgraded",
                [f"---> Package {name}.{arch} {old} will be upgraded"],
            )
            run.L(
                "DEBUG",
                "---> Package %s.%s %s will be an upgrade",
                [f"---> Package {name}.{arch} {new} will be an upgrade"],
            )
        run.L("DEBUG", "--> Finished dependency resolution", ["--> Finished dependency resolution"])
        run.L("DDEBUG", "timer: depsolve: %d ms", [f"timer: depsolve: {r.randint(120, 400)} ms"])
        rows = [(n, a, new, rp, s) for n, a, _o, new, rp, s in DNF_SECURITY]
        rpm_lines: list[tuple[str, str]] = []
        for n, a, _o, new, _rp, _s in DNF_SECURITY:
            rpm_lines.append(("Upgrade", f"{n}-{new}.{a}"))
        for n, a, old, _new, _rp, _s in DNF_SECURITY:
            rpm_lines.append(("Upgraded", f"{n}-{old}.{a}"))
        post = ["Upgraded:"]
        names = [f"{n}-{new}.{a}" for n, a, _o, new, _rp, _s in DNF_SECURITY]
        for i in range(0, len(names), 2):
            post.append("  " + "  ".join(f"{x:<38}" for x in names[i : i + 2]).rstrip())
        transaction(run, rows, "upgrade", rpm_lines, post, "9.6 M")
        return run.pid

    def failed_install(t: datetime) -> None:
        run = Run("web2", t, ["install", "-y", "myapp-2.5.0"], "install")
        run.preamble()
        run.sack()
        run.L("DEBUG", "--> Starting dependency resolution", ["--> Starting dependency resolution"])
        run.L(
            "DEBUG",
            "---> Package %s.%s %s will be installed",
            ["---> Package myapp.x86_64 2.5.0-1.el9 will be installed"],
        )
        run.L("DEBUG", "--> Finished dependency resolution", ["--> Finished dependency resolution"])
        run.L("DDEBUG", "timer: depsolve: %d ms", [f"timer: depsolve: {r.randint(40, 90)} ms"])
        problem = [
            " Problem: conflicting requests",
            "  - nothing provides libicu.so.74()(64bit) needed by myapp-2.5.0-1.el9.x86_64 from internal",
        ]
        run.L(
            "SUBDEBUG",
            "Traceback (most recent call last):",
            [
                "",
                "Traceback (most recent call last):",
                '  File "/usr/lib/python3.9/site-packages/dnf/cli/main.py", line 130, in cli_run',
                "    ret = resolving(cli, base)",
                '  File "/usr/lib/python3.9/site-packages/dnf/cli/main.py", line 166, in resolving',
                "    base.resolve(cli.demands.allow_erasing)",
                '  File "/usr/lib/python3.9/site-packages/dnf/base.py", line 890, in resolve',
                "    raise exc",
                "dnf.exceptions.DepsolveError: ",
                *problem,
            ],
        )
        run.L(
            "CRITICAL",
            "Error: Problem: conflicting requests - nothing provides %s needed by %s from %s",
            ["Error: ", *problem],
        )
        run.done()

    def htop_install(t: datetime) -> None:
        run = Run("web2", t, ["install", "-y", "htop"], "install")
        run.preamble()
        run.sack()
        run.L("DEBUG", "--> Starting dependency resolution", ["--> Starting dependency resolution"])
        pkgs = [
            ("htop", "x86_64", "3.3.0-1.el9", "epel", "182 k"),
            ("hwloc-libs", "x86_64", "2.4.1-5.el9", "baseos", "2.1 M"),
        ]
        for n, a, evr, _rp, _s in pkgs:
            run.L(
                "DEBUG",
                "---> Package %s.%s %s will be installed",
                [f"---> Package {n}.{a} {evr} will be installed"],
            )
        run.L("DEBUG", "--> Finished dependency resolution", ["--> Finished dependency resolution"])
        run.L("DDEBUG", "timer: depsolve: %d ms", [f"timer: depsolve: {r.randint(60, 140)} ms"])
        transaction(
            run,
            pkgs,
            "install",
            [("Installed", f"{n}-{evr}.{a}") for n, a, evr, _rp, _s in pkgs],
            [
                "Installed:",
                "  htop-3.3.0-1.el9.x86_64                 hwloc-libs-2.4.1-5.el9.x86_64",
            ],
            "2.3 M",
        )

    def kernel_update(t: datetime) -> None:
        run = Run("db1", t, ["upgrade", "-y", "kernel"], "upgrade")
        run.preamble()
        run.sack()
        run.L("DEBUG", "--> Starting dependency resolution", ["--> Starting dependency resolution"])
        kp = ["kernel", "kernel-core", "kernel-modules", "kernel-modules-core"]
        for n in kp:
            run.L(
                "DEBUG",
                "---> Package %s.%s %s will be installed",
                [f"---> Package {n}.x86_64 {DNF_KERNEL_NEW} will be installed"],
            )
        for n in kp:
            run.L(
                "DEBUG",
                "---> Package %s.%s %s will be erased",
                [f"---> Package {n}.x86_64 {DNF_KERNEL_OLD} will be erased"],
            )
        run.L("DEBUG", "--> Finished dependency resolution", ["--> Finished dependency resolution"])
        run.L("DDEBUG", "timer: depsolve: %d ms", [f"timer: depsolve: {r.randint(200, 500)} ms"])
        sizes = {
            "kernel": "5.0 M",
            "kernel-core": "18 M",
            "kernel-modules": "36 M",
            "kernel-modules-core": "31 M",
        }
        rows = [(n, "x86_64", DNF_KERNEL_NEW, "baseos", sizes[n]) for n in kp]
        rpm_lines = [
            ("Installed", f"{n}-{DNF_KERNEL_NEW}.x86_64")
            for n in ["kernel-modules-core", "kernel-core", "kernel-modules", "kernel"]
        ]
        rpm_lines += [
            ("Erase", f"{n}-{DNF_KERNEL_OLD}.x86_64")
            for n in ["kernel", "kernel-modules", "kernel-core", "kernel-modules-core"]
        ]
        post = [
            "Installed:",
            f"  kernel-{DNF_KERNEL_NEW}.x86_64                  kernel-core-{DNF_KERNEL_NEW}.x86_64",
            f"  kernel-modules-{DNF_KERNEL_NEW}.x86_64          kernel-modules-core-{DNF_KERNEL_NEW}.x86_64",
            "Removed:",
            f"  kernel-{DNF_KERNEL_OLD}.x86_64                  kernel-core-{DNF_KERNEL_OLD}.x86_64",
            f"  kernel-modules-{DNF_KERNEL_OLD}.x86_64          kernel-modules-core-{DNF_KERNEL_OLD}.x86_64",
        ]
        transaction(run, rows, "install", rpm_lines, post, "90 M")

    jobs: list[tuple[datetime, str, str]] = []
    for i, h in enumerate(DNF_HOSTS):
        t = T0 + sec(60 * (3 + 4 * i) + r.uniform(0, 30))
        while t < T_END:
            jobs.append((t, h, "check"))
            t += sec(900 + r.uniform(-20, 20))
        t = T0 + sec(r.uniform(300, 3300))
        while t < T_END:
            jobs.append((t, h, "makecache"))
            t += sec(3600 + r.uniform(-300, 300))
    jobs.append((at(7, 5, 2), "web1", "security"))
    jobs.append((at(10, 5, 41), "web2", "failed"))
    jobs.append((at(10, 12, 9), "web2", "htop"))
    jobs.append((at(11, 0, 6), "db1", "kernel"))
    jobs.sort()
    sec_pid = 0
    for t, h, kind in jobs:
        if kind == "check":
            waits = h == "web1" and at(7, 5, 2) < t < at(7, 6, 40)
            check(h, t, sec_pid if waits else 0)
        elif kind == "makecache":
            makecache(h, t)
        elif kind == "security":
            sec_pid = security_upgrade(t)
        elif kind == "failed":
            failed_install(t)
        elif kind == "htop":
            htop_install(t)
        else:
            kernel_update(t)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ pacman

PAC_BUILD = [
    # package built by a job: its makedepends (name, version)
    [("cmake", "3.29.3-1"), ("ninja", "1.12.1-1")],
    [
        ("cmake", "3.29.3-1"),
        ("ninja", "1.12.1-1"),
        ("qt6-tools", "6.7.1-1"),
        ("qt6-declarative", "6.7.1-1"),
    ],
    [("go", "2:1.22.3-1")],
    [("rust", "1:1.78.0-1")],
    [
        ("python-build", "1.2.1-3"),
        ("python-installer", "0.7.0-8"),
        ("python-wheel", "0.43.0-1"),
        ("python-setuptools", "1:69.5.1-1"),
    ],
    [
        ("meson", "1.4.1-1"),
        ("ninja", "1.12.1-1"),
        ("vala", "0.56.17-1"),
        ("gobject-introspection", "1.80.1-1"),
    ],
    [("nodejs", "22.2.0-1"), ("npm", "10.8.0-1"), ("node-gyp", "10.1.0-1"), ("semver", "7.6.2-1")],
    [("jdk17-openjdk", "17.0.11.u9-1"), ("maven", "3.9.6-1")],
]
PAC_HOOKS_PY = ["30-systemd-update.hook"]
PAC_GW_UPGRADES = [
    ("linux", "6.9.2.arch1-1", "6.9.3.arch1-1"),
    ("linux-headers", "6.9.2.arch1-1", "6.9.3.arch1-1"),
    ("systemd", "255.6-1", "255.7-1"),
    ("systemd-libs", "255.6-1", "255.7-1"),
    ("systemd-sysvcompat", "255.6-1", "255.7-1"),
    ("openssh", "9.7p1-2", "9.7p1-3"),
    ("glibc", "2.39+r52+gf8e4623421-1", "2.39+r52+gf8e4623421-2"),
    ("curl", "8.7.1-6", "8.8.0-1"),
    ("libcurl-compat", "8.7.1-6", "8.8.0-1"),
    ("nftables", "1:1.0.9-2", "1:1.0.9-3"),
    ("iproute2", "6.8.0-2", "6.9.0-1"),
    ("wireguard-tools", "1.0.20210914-2", "1.0.20210914-3"),
    ("python", "3.12.3-1", "3.12.3-2"),
    ("sqlite", "3.45.3-1", "3.46.0-1"),
    ("git", "2.45.1-1", "2.45.2-1"),
    ("archlinux-keyring", "20240520-1", "20240603-1"),
    ("ca-certificates-mozilla", "3.100-1", "3.101-1"),
    ("tzdata", "2024a-1", "2024a-2"),
    ("pacman-mirrorlist", "20240423-1", "20240601-1"),
    ("gnutls", "3.8.5-1", "3.8.5-2"),
    ("libnftnl", "1.2.6-2", "1.2.7-1"),
    ("linux-firmware", "20240510.b9d2bf23-1", "20240603.ae3b12ce-1"),
    ("linux-firmware-whence", "20240510.b9d2bf23-1", "20240603.ae3b12ce-1"),
    ("libxml2", "2.12.7-1", "2.13.0-1"),
    ("pcre2", "10.43-2", "10.44-1"),
    ("util-linux", "2.40.1-1", "2.40.1-2"),
    ("util-linux-libs", "2.40.1-1", "2.40.1-2"),
    ("e2fsprogs", "1.47.0-2", "1.47.1-1"),
    ("iptables", "1:1.8.10-1", "1:1.8.10-2"),
    ("dkms", "3.0.12-1", "3.0.13-1"),
    ("vim", "9.1.0407-1", "9.1.0452-1"),
    ("vim-runtime", "9.1.0407-1", "9.1.0452-1"),
    ("unbound", "1.20.0-1", "1.20.0-2"),
    ("chrony", "4.5-3", "4.5-4"),
    ("zstd", "1.5.6-1", "1.5.6-2"),
    ("openssl", "3.3.0-1", "3.3.1-1"),
    ("expat", "2.6.2-1", "2.6.2-2"),
    ("less", "1:643-1", "1:654-1"),
    ("mkinitcpio", "38.1-1", "39-1"),
    ("mkinitcpio-busybox", "1.36.1-1", "1.36.1-2"),
    ("sudo", "1.9.15.p5-1", "1.9.15.p5-2"),
]
PAC_BUILD_HOOKS = [
    "base",
    "udev",
    "autodetect",
    "microcode",
    "modconf",
    "kms",
    "keyboard",
    "keymap",
    "consolefont",
    "block",
    "filesystems",
    "fsck",
]
PAC_FIRMWARE = ["aic94xx", "bfa", "qed", "qla1280", "qla2xxx", "wd719x", "xhci_pci_renesas"]


def pac_ts(t: datetime) -> str:
    return f"[{t:%Y-%m-%dT%H:%M:%S}+0000]"


def pacman(r: random.Random) -> list[Log]:
    """pacman 6.1 on three Arch Linux CI runners and a gateway, 06:00 to 12:00: each CI job's
    sync and makepkg's dependency install and removal, ci2's keyring too old 07:10-07:45 and
    its fix, the gateway's full upgrade at 06:30 with mkinitcpio and a failing DKMS build, an
    install on the gateway at 09:20."""
    fs = Files()
    pid = [22000]

    class P:
        def __init__(self, h: str, t: datetime) -> None:
            pid[0] += r.randint(7, 400)
            self.h, self.pid, self.t = h, pid[0], t

        def L(self, who: str, label: str, lines: list[str], d: float = 0.0) -> datetime:
            self.t = fs.add(
                f"{self.h}-pacman.log",
                self.t + sec(d),
                label,
                lambda x: [f"{pac_ts(x)} [{who}] {lines[0]}", *lines[1:]],
                (self.h, self.pid),
                1_000_000,
            )
            return self.t

        def running(self, cmd: str) -> None:
            self.L("PACMAN", "Running '%s'", [f"Running '{cmd}'"])

        def sc(self, label: str, line: str, d: float = 0.0) -> None:
            self.L("ALPM-SCRIPTLET", label, [line], d)

    def job(h: str, t: datetime, broken_keyring: bool) -> None:
        p = P(h, t)
        p.running("pacman -Sy --needed --noconfirm base-devel git")
        p.L(
            "PACMAN",
            "synchronizing package lists",
            ["synchronizing package lists"],
            r.uniform(0.3, 2.0),
        )
        deps = r.choice(PAC_BUILD)
        names = " ".join(n for n, _v in deps)
        p = P(h, p.t + sec(r.uniform(3, 12)))
        p.running(f"/usr/bin/pacman --noconfirm -S --asdeps {names}")
        if broken_keyring:
            return
        p.L("ALPM", "transaction started", ["transaction started"], r.uniform(2, 25))
        for n, v in deps:
            p.L("ALPM", "installed %s (%s)", [f"installed {n} ({v})"], r.uniform(0.1, 2.5))
        if (
            any(n.startswith("python") or n in ("rust", "go", "nodejs") for n, _v in deps)
            and r.random() < 0.5
        ):
            p.L("ALPM", "running '%s'...", ["running '30-systemd-update.hook'..."])
        p.L("ALPM", "transaction completed", ["transaction completed"])
        p = P(h, p.t + sec(r.uniform(60, 420)))
        p.running(f"/usr/bin/pacman --noconfirm -Rn {names}")
        p.L("ALPM", "transaction started", ["transaction started"], r.uniform(0.5, 2))
        for n, v in reversed(deps):
            p.L("ALPM", "removed %s (%s)", [f"removed {n} ({v})"], r.uniform(0.1, 1.0))
        p.L("ALPM", "transaction completed", ["transaction completed"])

    def mkinitcpio(p: P, preset: str, kver: str) -> None:
        img = (
            "/boot/initramfs-linux.img"
            if preset == "default"
            else "/boot/initramfs-linux-fallback.img"
        )
        p.sc(
            "Building image from preset: %s: '%s'",
            f"==> Building image from preset: /etc/mkinitcpio.d/linux.preset: '{preset}'",
            0.2,
        )
        p.sc(
            "Using configuration file: '%s'", "==> Using configuration file: '/etc/mkinitcpio.conf'"
        )
        extra = "" if preset == "default" else " -S autodetect"
        p.sc(
            "-k %s -c %s -g %s",
            f"  -> -k /boot/vmlinuz-linux -c /etc/mkinitcpio.conf -g {img}{extra}",
        )
        p.sc("Starting build: '%s'", f"==> Starting build: '{kver}'")
        for hook in PAC_BUILD_HOOKS:
            if preset == "fallback" and hook == "autodetect":
                continue
            p.sc(
                "Running build hook: [%s]",
                f"  -> Running build hook: [{hook}]",
                r.uniform(0.1, 2.0),
            )
            if preset == "fallback" and hook == "block":
                for fw in PAC_FIRMWARE:
                    p.sc(
                        "Possibly missing firmware for module: '%s'",
                        f"==> WARNING: Possibly missing firmware for module: '{fw}'",
                    )
        p.sc("Generating module dependencies", "==> Generating module dependencies", 0.5)
        p.sc(
            "Creating %s-compressed initcpio image: '%s'",
            f"==> Creating zstd-compressed initcpio image: '{img}'",
            0.8,
        )
        p.sc(
            "Initcpio image generation successful",
            "==> Initcpio image generation successful",
            r.uniform(2, 9),
        )

    def keyring(p: P) -> None:
        p.sc("Appending keys from %s...", "==> Appending keys from archlinux.gpg...", 1.0)
        p.sc(
            "Locally signing trusted keys in keyring...",
            "==> Locally signing trusted keys in keyring...",
            2.0,
        )
        p.sc("Locally signed %s keys.", "  -> Locally signed 5 keys.", 1.5)
        p.sc("Updating trust database...", "==> Updating trust database...", 1.0)
        p.sc("gpg: next trustdb check due at %s", "gpg: next trustdb check due at 2024-09-03", 0.5)

    def gateway_upgrade(t: datetime) -> None:
        p = P("gw1", t)
        p.running("pacman -Syu")
        p.L("PACMAN", "synchronizing package lists", ["synchronizing package lists"], 1.2)
        p.L("PACMAN", "starting full system upgrade", ["starting full system upgrade"], 2.1)
        p.L("ALPM", "transaction started", ["transaction started"], 95.0)
        for n, old, new in PAC_GW_UPGRADES:
            p.L(
                "ALPM",
                "upgraded %s (%s -> %s)",
                [f"upgraded {n} ({old} -> {new})"],
                r.uniform(0.2, 3.0),
            )
            if n == "archlinux-keyring":
                keyring(p)
            if n == "openssh":
                p.L(
                    "ALPM",
                    "warning: %s installed as %s",
                    ["warning: /etc/ssh/sshd_config installed as /etc/ssh/sshd_config.pacnew"],
                )
            if n == "pacman-mirrorlist":
                p.L(
                    "ALPM",
                    "warning: %s installed as %s",
                    [
                        "warning: /etc/pacman.d/mirrorlist installed as /etc/pacman.d/mirrorlist.pacnew"
                    ],
                )
            if n == "unbound":
                p.L(
                    "ALPM",
                    "warning: directory permissions differ on %s",
                    [
                        "warning: directory permissions differ on /etc/unbound/",
                        "filesystem: 750  package: 755",
                    ],
                )
        p.L("ALPM", "transaction completed", ["transaction completed"])
        for hook in [
            "20-systemd-sysusers.hook",
            "30-systemd-daemon-reload-system.hook",
            "30-systemd-tmpfiles.hook",
            "30-systemd-udev-reload.hook",
            "30-systemd-update.hook",
            "60-depmod.hook",
            "70-dkms-install.hook",
            "90-mkinitcpio-install.hook",
        ]:
            p.L("ALPM", "running '%s'...", [f"running '{hook}'..."], r.uniform(0.3, 2.0))
            if hook == "70-dkms-install.hook":
                p.sc(
                    "dkms install --no-depmod %s -k %s",
                    "==> dkms install --no-depmod r8125/9.013.02 -k 6.9.3-arch1-1",
                    0.5,
                )
                p.sc(
                    "Error! Bad return status for module build on kernel: %s (%s)",
                    "Error! Bad return status for module build on kernel: 6.9.3-arch1-1 (x86_64)",
                    41.0,
                )
                p.sc(
                    "Consult %s for more information.",
                    "Consult /var/lib/dkms/r8125/9.013.02/build/make.log for more information.",
                )
                p.sc(
                    "`dkms install --no-depmod %s -k %s' exited %d",
                    "==> WARNING: `dkms install --no-depmod r8125/9.013.02 -k 6.9.3-arch1-1' exited 10",
                )
            if hook == "90-mkinitcpio-install.hook":
                mkinitcpio(p, "default", "6.9.3-arch1-1")
                mkinitcpio(p, "fallback", "6.9.3-arch1-1")
        for hook in ["dbus-reload.hook", "update-ca-trust.hook"]:
            p.L("ALPM", "running '%s'...", [f"running '{hook}'..."], r.uniform(0.3, 2.0))

    def keyring_fix(t: datetime) -> None:
        p = P("ci2", t)
        p.running("pacman -Sy --noconfirm archlinux-keyring")
        p.L("PACMAN", "synchronizing package lists", ["synchronizing package lists"], 1.0)
        p.L("ALPM", "transaction started", ["transaction started"], 6.0)
        p.L(
            "ALPM",
            "upgraded %s (%s -> %s)",
            ["upgraded archlinux-keyring (20240208-1 -> 20240603-1)"],
            0.5,
        )
        keyring(p)
        p.L("ALPM", "transaction completed", ["transaction completed"])

    def gateway_install(t: datetime) -> None:
        p = P("gw1", t)
        p.running("pacman -S tcpdump")
        p.L("ALPM", "transaction started", ["transaction started"], 14.0)
        p.L("ALPM", "installed %s (%s)", ["installed libpcap (1.10.4-1)"], 0.4)
        p.L("ALPM", "installed %s (%s)", ["installed tcpdump (4.99.4-1)"], 0.4)
        p.L("ALPM", "transaction completed", ["transaction completed"])
        p.L("ALPM", "running '%s'...", ["running '20-systemd-sysusers.hook'..."], 0.2)
        p.sc("Creating group '%s' with GID %d.", "Creating group 'pcap' with GID 954.", 0.1)

    for h in ["ci1", "ci2", "ci3"]:
        t = T0 + sec(r.uniform(20, 240))
        while t < T_END:
            broken = h == "ci2" and at(7, 10) <= t < at(7, 46)
            job(h, t, broken)
            t += sec(r.uniform(250, 560))
    keyring_fix(at(7, 46, 20))
    gateway_upgrade(at(6, 30, 11))
    gateway_install(at(9, 20, 44))
    return fs.logs(T0)


# ------------------------------------------------------------------------------- firecracker

FC_IMAGES = [
    "ubuntu-22.04-ci-v41",
    "ubuntu-22.04-ci-v41",
    "ubuntu-22.04-ci-v41",
    "debian-12-ci-v17",
    "alpine-3.20-ci-v8",
]
FC_KERNEL = "vmlinux-6.1.90"


def firecracker(r: random.Random) -> list[Log]:
    """Firecracker 1.7.0 microVMs for CI jobs on two hosts with two runner slots each, 06:00 to
    12:00: one microVM a job, configured and started through the API, stopping when the guest
    reboots; jobs over time sent SendCtrlAltDel; stale tap devices on host2 07:40-07:55; a
    broken image 09:30-09:50 whose guests panic; a missing rootfs image on host1
    10:50-11:06."""
    fs = Files()
    job_id = [4821300]

    def fc_ts(t: datetime) -> str:
        ns = t.microsecond * 1000 + (t.second * 7919 + t.microsecond * 31) % 1000
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ns:09d}"

    def dbg(s: str) -> str:
        """Rust's {:?} of a str, inside the message."""
        return json.dumps(s)

    def vm(slot: str, t: datetime) -> datetime:
        job_id[0] += r.randint(1, 17)
        iid = f"ci-job-{job_id[0]}"
        host = slot.split("-")[1]
        tap = f"fc-tap{slot[-1]}"

        def L(t: datetime, thread: str, level: str, label: str, msg: str) -> datetime:
            return fs.add(
                f"{slot}.log",
                t,
                label,
                lambda x: [f"{fc_ts(x)} [{iid}:{thread}:{level}] {msg}"],
                (slot, iid),
                1,
            )

        def api(t: datetime, method: str, path: str, route: str, body: str | None) -> datetime:
            if body is None:
                msg = f"The API server received a {method} request on {dbg(path)}."
                label = f'The API server received a {method} request on "{route}".'
            else:
                msg = f"The API server received a {method} request on {dbg(path)} with body {dbg(body)}."
                label = f'The API server received a {method} request on "{route}" with body %s.'
            return L(t + sec(r.uniform(0.0003, 0.002)), "fc_api", "INFO", label, msg)

        def ok(t: datetime, code: str = "204 No Content") -> datetime:
            return L(
                t + sec(r.uniform(0.00003, 0.0004)),
                "fc_api",
                "INFO",
                f"The request was executed successfully. Status code: {code}.",
                f"The request was executed successfully. Status code: {code}.",
            )

        def error400(t: datetime, label: str, msg: str) -> datetime:
            return L(
                t + sec(r.uniform(0.00005, 0.0005)),
                "fc_api",
                "ERROR",
                label,
                f"Received Error. Status code: 400 Bad Request. Message: {msg}",
            )

        image = r.choice(FC_IMAGES)
        broken = at(9, 30) <= t < at(9, 50) and image.startswith("ubuntu")
        if broken:
            image = "ubuntu-22.04-ci-v42"
        t = L(t, "main", "INFO", "Running Firecracker v%s", "Running Firecracker v1.7.0")
        boot = {
            "kernel_image_path": f"/srv/fc/kernels/{FC_KERNEL}",
            "boot_args": "console=ttyS0 reboot=k panic=1 pci=off quiet i8042.noaux",
        }
        t = ok(
            api(
                t + sec(r.uniform(0.004, 0.02)),
                "Put",
                "/boot-source",
                "/boot-source",
                json.dumps(boot, separators=(",", ":")),
            )
        )
        rootfs = f"/srv/fc/images/{image}.ext4"
        body = json.dumps(
            {
                "drive_id": "rootfs",
                "path_on_host": rootfs,
                "is_root_device": True,
                "is_read_only": True,
            },
            separators=(",", ":"),
        )
        t = api(t, "Put", "/drives/rootfs", "/drives/%s", body)
        if at(10, 50) <= t < at(11, 6) and slot == "fc-host1-slot0":
            error400(
                t,
                "Received Error. Status code: 400 Bad Request. Message: Unable to create the block device: BackingFile(Os { code: %d, kind: NotFound, message: %s }, %s)",
                f'Unable to create the block device: BackingFile(Os {{ code: 2, kind: NotFound, message: "No such file or directory" }}, "{rootfs}")',
            )
            return t + sec(r.uniform(4, 9))
        t = ok(t)
        if r.random() < 0.35:
            body = json.dumps(
                {
                    "drive_id": "scratch",
                    "path_on_host": f"/srv/fc/scratch/{iid}.ext4",
                    "is_root_device": False,
                    "is_read_only": False,
                },
                separators=(",", ":"),
            )
            t = ok(api(t, "Put", "/drives/scratch", "/drives/%s", body))
        mac = f"06:00:AC:10:{int(slot[-1]) + (0 if host == 'host1' else 2):02X}:02"
        body = json.dumps(
            {"iface_id": "eth0", "guest_mac": mac, "host_dev_name": tap}, separators=(",", ":")
        )
        t = api(t, "Put", "/network-interfaces/eth0", "/network-interfaces/%s", body)
        if host == "host2" and at(7, 40) <= t < at(7, 55, 30):
            error400(
                t,
                "Received Error. Status code: 400 Bad Request. Message: Could not create the network device: Open tap device failed: Error while creating ifreq structure: Device or resource busy (os error 16). Invalid TUN/TAP Backend provided by %s. Check our documentation on setting up the network devices.",
                f"Could not create the network device: Open tap device failed: Error while creating ifreq structure: Device or resource busy (os error 16). Invalid TUN/TAP Backend provided by {tap}. Check our documentation on setting up the network devices.",
            )
            return t + sec(r.uniform(20, 45))
        t = ok(t)
        mem = r.choice([2048, 4096, 4096, 8192])
        body = json.dumps(
            {"vcpu_count": 2 if mem < 8192 else 4, "mem_size_mib": mem, "smt": False},
            separators=(",", ":"),
        )
        t = ok(api(t, "Put", "/machine-config", "/machine-config", body))
        body = json.dumps({"network_interfaces": ["eth0"], "version": "V2"}, separators=(",", ":"))
        t = ok(api(t, "Put", "/mmds/config", "/mmds/config", body))
        t = ok(api(t, "Put", "/mmds", "/mmds", None))
        t = ok(
            api(t, "Put", "/actions", "/actions", '{"action_type":"InstanceStart"}'),
            "204 No Content",
        )
        t = ok(api(t + sec(r.uniform(0.1, 0.4)), "Get", "/", "/", None), "200 OK")
        if broken:
            t = L(
                t + sec(r.uniform(0.6, 1.4)),
                "fc_vcpu 0",
                "INFO",
                "Received KVM_EXIT_SHUTDOWN signal",
                "Received KVM_EXIT_SHUTDOWN signal",
            )
        else:
            dur = r.uniform(240, 900)
            if dur > 800:
                t = ok(
                    api(
                        t + sec(800),
                        "Put",
                        "/actions",
                        "/actions",
                        '{"action_type":"SendCtrlAltDel"}',
                    )
                )
                t += sec(r.uniform(1.5, 6))
            else:
                t += sec(dur)
        t = L(
            t + sec(r.uniform(0.001, 0.01)), "main", "INFO", "Vmm is stopping.", "Vmm is stopping."
        )
        t = L(
            t + sec(r.uniform(0.002, 0.02)),
            "main",
            "INFO",
            "Firecracker exiting successfully. exit_code=%d",
            "Firecracker exiting successfully. exit_code=0",
        )
        return t

    for slot in ["fc-host1-slot0", "fc-host1-slot1", "fc-host2-slot0", "fc-host2-slot1"]:
        t = T0 + sec(r.uniform(5, 200))
        while t < T_END:
            t = vm(slot, t)
            t += sec(r.uniform(40, 320))
    return fs.logs(T0)


SYSTEMS = {
    "filezilla-server": filezilla_server,
    "sftpgo": sftpgo,
    "dnf": dnf,
    "pacman": pacman,
    "firecracker": firecracker,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
