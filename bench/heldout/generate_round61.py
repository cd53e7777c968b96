#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 61 (apt, unattended-upgrades, bastion, snapd,
windows-events) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock: at one second it spreads dpkg's bursts and a goroutine dump over
seconds). Five log shapes not yet covered, an operating system's own package, login and event
logs:

- dpkg and apt on an Ubuntu 22.04 server (`dpkg.log`: `%F %T` and dpkg's `log_message` text,
  `startup archives unpack`, `upgrade pkg:arch old new`, `status half-configured pkg:arch ver`,
  `conffile`; `history.log`: apt's unstamped stanzas `Start-Date:`, `Commandline:`,
  `Requested-By:`, `Install:` / `Upgrade:` / `Remove:` / `Purge:`, `Error:`, `End-Date:`;
  `term.log`: dpkg's and the maintainer scripts' terminal output between `Log started:` and `Log
  ended:`, no time on its lines): upgrades, installs, a conffile prompt, a kernel update failing
  on a full /boot (`update-initramfs: failed`, `dpkg: error processing package ... (--configure):`
  with its indented reason, the dependency problems, `Errors were encountered while processing:`
  with its indented list), the old kernels purged, `apt -f install`.
- unattended-upgrades 2.8 with `Debug "true"` (`unattended-upgrades.log`: Python logging's
  `%(asctime)s %(levelname)s %(message)s`, `pkgs that look like they should be upgraded:` with
  one package a line; `unattended-upgrades-dpkg.log`: dpkg's output per minimal step): a month of
  daily runs, the lock held, a conffile prompt keeping nginx back, the mirror timing out, the
  kernel update failing, `Unclean dpkg state detected` with `dpkg --configure -a output:` and its
  lines, auto-removal and the reboot.
- snapd 2.62/2.63 in the journal (`journal-ci-runner-03.log`, `journal-ci-runner-04.log`,
  `journal-ws-anna.log`, `journalctl -o short`, snapd's `file.go:line: ` before its messages,
  systemd's lines for snapd, the snaps' mounts, services and scopes): start-up, auto-refreshes,
  snapd refreshing itself, a proxy failure (`state ensure error:`, `Cannot prepare auto-refresh
  change:`, `Catalog refresh failed:`), lxd's configure hook failing (`[change 18 "..." task]
  failed: run hook "configure": ` with the hook's output between `-----` lines, indented under
  the entry), a refresh held while firefox runs, a watchdog kill with Go's goroutine dump (each
  stderr line a journal entry).
- a bastion's `auth.log.1` and `auth.log` (rsyslog's `Jun  4 06:00:01 bastion sshd[2711]: `):
  OpenSSH at LogLevel VERBOSE with a key and a TOTP code (`Partial publickey`,
  `sshd(pam_google_authenticator)[pid]: Accepted google_authenticator for %s`, `Accepted
  keyboard-interactive/pam`), pam_unix and systemd-logind's sessions, sudo's `    user : TTY=pts/0
  ; PWD=... ; USER=root ; COMMAND=...` (no pid, the user right-aligned in eight columns) with
  failed attempts and a user not in sudoers, su, an automation account by key only, hourly cron,
  scanners all day and a burst hitting MaxStartups, a new account (groupadd, useradd), sshd's
  SIGHUP reload.
- Windows Server 2016's System and Application logs as PowerShell 7's `Get-WinEvent ... |
  Format-List | Out-File -Width 4096` writes them (`APP01-System.txt`, `APP01-Application.txt`,
  `FS02-System.txt`, `FS02-Application.txt`, newest record first: `TimeCreated  : 6/4/2024 9:12:03
  AM`, `ProviderName : `, `Id           : `, `Message      : `, a message's later lines indented
  by 15 blanks, a blank line between records): service state changes, TLS alerts, DCOM 10016, a
  .NET service crashing (`.NET Runtime` 1026 with its stack, `Application Error` 1000, `Windows
  Error Reporting` 1001, SCM 7031 / 7034), ASP.NET 1309, a disk retrying I/O, VSS errors, the
  domain controller unreachable (DNS Client 1014, NETLOGON 5719, GroupPolicy 1129, Time-Service
  129), the month's updates and the restart.

Label notes. The rules of rounds 51 to 63 hold. dpkg.log's time is context; dpkg's
`log_action` lines are labelled by the action its call site passes as a literal (`upgrade %s %s
%s`, `configure %s %s %s`: wording, as round 51's literals), `status %s %s %s` is one label (the
state is printed from dpkg's status table: a value, as round 56's), `startup archives %s` and
`startup packages %s` take the action's option name from dpkg's table (a value); `conffile %s
keep` is the branch's word. In term.log each write of dpkg or of a maintainer script starts an
event (`Setting up %s (%s) ...`, `I: %s is now a symlink to %s`, run-parts' `%s:`); dpkg's own
`dpkg: ` and `dpkg: warning: ` prefixes are context; an error printed with its reason on an
indented line is one event (`error processing package %s (--configure):\n installed %s package
post-installation script subprocess returned error exit status %d`), and so are the conffile
notice with its ` ==> ` lines and the prompt (labelled `Configuration file '%s'`), the
dependency problem block and `Errors were encountered while processing:` with its list; grub's
os-prober warning is one message of three lines; blank lines start nothing. history.log's lines
are each a write (`Start-Date: %s`, `Upgrade: %s`, `Error: %s`). unattended-upgrades' time and
level are context, a message with newlines is one event (`pkgs that look like they should be
upgraded: %s`, `dpkg --configure -a output:\n%s`). The journal's header is context, as are
snapd's `file.go:line: ` (as round 63's Redpanda), systemd's `unit: ` prefix (round 59) and
pam_unix's `pam_unix(%s:%s): ` (round 59: `session opened for user %s(uid=%d) by %s(uid=%d)`
for sshd, sudo, su, cron and systemd-user alike); a task error's hook output belongs to its
entry (the error a `%v`); each line of Go's goroutine dump is an entry of its own (`goroutine %d
[%s]:`, the frames `%s`), as round 59's gjs dump. syslog's header is context; sshd's
`%s %s%s%s for %s%.100s from ...` is labelled by the words its branches pick (`Partial
publickey for %s ...`, `Accepted keyboard-interactive/pam for %s ...`, as round 57's `Failed
password for %s`); sudo's line is labelled with its reason's format where it has one (`%s :
%d incorrect password attempts ; TTY=%s ; ...`, `%s : user NOT in sudoers ; ...`), the padded user
a value. A Windows record is an event starting on its `TimeCreated` line and labelled by its
message's template (the insertion strings `%1` .. written `%s` / `%d`, as round 57's Cisco
`[chars]`), the provider and id context, the message's later lines belonging to it; .NET
Runtime's 1026 text is the runtime's own format (`Application: %s\nFramework Version:
%s\nDescription: The process was terminated due to an unhandled exception.\nException Info:
%s\n%s`, the stack a value).

Sources. The helper checked against public copies: dpkg's `log_message("startup packages %s",
cipaction->olong)`, `log_message("status %s %s %s", ...)` and `log_action`'s `"%s %s %s %s"` with
the action passed by its callers (dpkg's source), dpkg.log's line order for an upgrade (a
parser's documentation and real excerpts); unattended-upgrades' `Checking: %s (%s)` with the
Origin list, `adjusting candidate version:`, `pkgs that look like they should be upgraded:` with
one name a line, `fetch.run() result:`, `blacklist:`, `Packages blacklist due to conffile
prompts:`, `InstCount=...`, `Using %s regexp to find (running) kernel packages`, `No packages
found that can be upgraded unattended and no pending auto-removals`, the INFO start lines (real
`--debug --dry-run` outputs and logs); snapd's hook error layout (`run hook "configure": \n-----\n
...\n-----`, osutil.OutputErr) and the change and task summaries (issues); sudo's log format
(the sudoers manual's LOG FORMAT) and real auth.log lines with the padded user, pam_unix's
`authentication failure; ... rhost=%s  user=%s` and sshd's `Accepted publickey ... ssh2: ED25519
SHA256:...`. The rest is from the helper's knowledge, not checked (least sure: term.log's
progress line written only in its final form (the real one has carriage returns between
`(Reading database ... 5%` steps), the conffile prompt's spacing, the kernel hooks' and grub's
texts, zstd's error line; unattended-upgrades' `Initial whitelist (not strict):`, `applying
set`, the error, lock, conffile, kept-back, auto-removal and reboot texts; snapd's line numbers,
`[change %s %q task] failed: %v`, `Cannot prepare auto-refresh change:`, `Catalog refresh
failed:`, `cannot refresh %q:` for running apps, `Reported install problem`, the start-up and
shutdown texts; OpenSSH's VERBOSE `Starting session:` / `Close session:` / `Transferred:`,
pam_google_authenticator's texts, `error: PAM: Authentication failure`, sudo's `TTY=unknown` for
no terminal, su's `FAILED SU`; the Windows messages' exact spacing and texts (DCOM 10016, WER
1001's layout, ASP.NET 1309's fields, NETLOGON 5719, the Kernel-General times), Format-List's
15-blank indentation of a message's later lines (blank lines inside a message written as the
indentation alone) and the newest-first order of a multi-log query). Run it only to change the
data on purpose: `python bench/heldout/generate_round61.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts, uuid4
from generate_round52 import Records, fill, label, secs
from generate_round53 import Clock, ms3
from generate_round55 import poisson
from generate_round59 import jlines, journal


def day(d: int, h: int = 0, m: int = 0, s: int = 0) -> datetime:
    """An instant of June 2024 (UTC): the round's systems run over several days."""
    return (
        datetime(2024, 6, d, h, m, s, tzinfo=UTC)
        if d > 0
        else datetime(2024, 5, 31 + d, h, m, s, tzinfo=UTC)
    )


# --------------------------------------------------------------------------------- dpkg

# Source packages of an Ubuntu 22.04 server: (binary packages, architecture of each,
# version pattern with the update counter, first counter, triggers their files fire)
APT_SOURCES: dict[str, tuple[list[tuple[str, str]], str, int, list[str]]] = {
    "openssl": (
        [("libssl3", "amd64"), ("openssl", "amd64")],
        "3.0.2-0ubuntu1.{}",
        14,
        ["man-db", "libc-bin"],
    ),
    "openssh": (
        [
            ("openssh-sftp-server", "amd64"),
            ("openssh-server", "amd64"),
            ("openssh-client", "amd64"),
        ],
        "1:8.9p1-3ubuntu0.{}",
        6,
        ["man-db", "ufw"],
    ),
    "glibc": (
        [
            ("libc6", "amd64"),
            ("libc-bin", "amd64"),
            ("locales", "all"),
            ("libc-dev-bin", "amd64"),
            ("libc6-dev", "amd64"),
        ],
        "2.35-0ubuntu3.{}",
        6,
        ["man-db"],
    ),
    "curl": (
        [("libcurl4", "amd64"), ("curl", "amd64"), ("libcurl3-gnutls", "amd64")],
        "7.81.0-1ubuntu1.{}",
        14,
        ["man-db", "libc-bin"],
    ),
    "git": ([("git-man", "all"), ("git", "amd64")], "1:2.34.1-1ubuntu1.{}", 9, ["man-db"]),
    "python3.10": (
        [
            ("libpython3.10-minimal", "amd64"),
            ("python3.10-minimal", "amd64"),
            ("libpython3.10-stdlib", "amd64"),
            ("python3.10", "amd64"),
            ("libpython3.10", "amd64"),
        ],
        "3.10.12-1~22.04.{}",
        2,
        ["man-db", "mailcap", "desktop-file-utils", "libc-bin"],
    ),
    "nginx": (
        [
            ("nginx-common", "all"),
            ("libnginx-mod-http-geoip2", "amd64"),
            ("nginx-core", "amd64"),
            ("nginx", "amd64"),
        ],
        "1.18.0-6ubuntu14.{}",
        3,
        ["man-db", "ufw"],
    ),
    "systemd": (
        [
            ("libnss-systemd", "amd64"),
            ("systemd-timesyncd", "amd64"),
            ("systemd-sysv", "amd64"),
            ("libpam-systemd", "amd64"),
            ("systemd", "amd64"),
            ("libsystemd0", "amd64"),
            ("udev", "amd64"),
            ("libudev1", "amd64"),
        ],
        "249.11-0ubuntu3.{}",
        10,
        ["man-db", "dbus", "libc-bin", "initramfs-tools"],
    ),
    "vim": (
        [
            ("vim", "amd64"),
            ("vim-tiny", "amd64"),
            ("vim-runtime", "all"),
            ("xxd", "amd64"),
            ("vim-common", "all"),
        ],
        "2:8.2.3995-1ubuntu2.{}",
        13,
        ["man-db", "hicolor-icon-theme"],
    ),
    "krb5": (
        [
            ("libgssapi-krb5-2", "amd64"),
            ("libkrb5-3", "amd64"),
            ("libkrb5support0", "amd64"),
            ("libk5crypto3", "amd64"),
        ],
        "1.19.2-2ubuntu0.{}",
        2,
        ["libc-bin"],
    ),
    "glib2.0": (
        [("libglib2.0-0", "amd64"), ("libglib2.0-data", "all"), ("libglib2.0-bin", "amd64")],
        "2.72.4-0ubuntu2.{}",
        1,
        ["libc-bin"],
    ),
    "libxml2": ([("libxml2", "amd64")], "2.9.13+dfsg-1ubuntu0.{}", 3, ["libc-bin"]),
    "less": ([("less", "amd64")], "590-1ubuntu0.22.04.{}", 1, ["man-db", "mailcap"]),
    "sudo": ([("sudo", "amd64")], "1.9.9-1ubuntu2.{}", 3, ["man-db", "libc-bin"]),
    "tzdata": ([("tzdata", "all")], "2024a-0ubuntu0.22.04.{}", 0, []),
    "cloud-init": ([("cloud-init", "all")], "24.1.3-0ubuntu1~22.04.{}", 1, ["rsyslog"]),
    "gnutls28": ([("libgnutls30", "amd64")], "3.7.3-4ubuntu1.{}", 4, ["libc-bin"]),
    "postgresql-14": (
        [("postgresql-client-14", "amd64"), ("postgresql-14", "amd64")],
        "14.{}-0ubuntu0.22.04.1",
        11,
        ["man-db", "postgresql-common"],
    ),
    "expat": ([("libexpat1", "amd64")], "2.4.7-1ubuntu0.{}", 2, ["libc-bin"]),
    "nghttp2": ([("libnghttp2-14", "amd64")], "1.43.0-1ubuntu0.{}", 1, ["libc-bin"]),
    "ubuntu-advantage-tools": (
        [
            ("ubuntu-pro-client-l10n", "amd64"),
            ("ubuntu-pro-client", "amd64"),
            ("ubuntu-advantage-tools", "amd64"),
        ],
        "3{}~22.04",
        1,
        ["man-db"],
    ),
}
TRIGGER_VERSIONS = {
    "man-db": ("amd64", "2.10.2-1"),
    "libc-bin": ("amd64", "2.35-0ubuntu3.7"),
    "ufw": ("all", "0.36.1-4ubuntu0.1"),
    "mailcap": ("all", "3.70+nmu1ubuntu1"),
    "desktop-file-utils": ("amd64", "0.26-1ubuntu3"),
    "dbus": ("amd64", "1.12.20-2ubuntu4.1"),
    "initramfs-tools": ("all", "0.140ubuntu13.4"),
    "hicolor-icon-theme": ("all", "0.17-2"),
    "rsyslog": ("amd64", "8.2112.0-2ubuntu2.2"),
    "postgresql-common": ("all", "238"),
}
# services a package's postinst restarts, or creates on its first install
SERVICE_UNITS = {
    "nginx-core": "nginx.service",
    "postgresql-14": "postgresql.service",
    "openssh-server": "ssh.service",
}
NEW_INSTALLS = [
    # (packages installed together, the user's command)
    (
        [
            ("libonig5", "amd64", "6.9.7.1-2build1"),
            ("libjq1", "amd64", "1.6-2.1ubuntu3"),
            ("jq", "amd64", "1.6-2.1ubuntu3"),
        ],
        "apt install jq",
    ),
    (
        [
            ("libcommon-sense-perl", "amd64", "3.75-2build1"),
            ("libjson-perl", "all", "4.04000-1"),
            ("libjson-xs-perl", "amd64", "4.030-1build3"),
            ("libtypes-serialiser-perl", "all", "1.01-1"),
            ("postgresql-client-common", "all", "238"),
            ("postgresql-client-14", "amd64", "14.12-0ubuntu0.22.04.1"),
        ],
        "apt-get install -y postgresql-client-14",
    ),
    (
        [
            ("htop", "amd64", "3.0.5-7build2"),
            ("libnl-3-200", "amd64", "3.5.0-0.1"),
            ("libnl-genl-3-200", "amd64", "3.5.0-0.1"),
        ],
        "apt install htop",
    ),
    (
        [
            ("prometheus-node-exporter-collectors", "all", "0+git20211024.8eeeffb-1"),
            ("moreutils", "amd64", "0.66-1"),
            ("prometheus-node-exporter", "amd64", "1.3.1-1ubuntu0.22.04.2"),
        ],
        "apt install prometheus-node-exporter",
    ),
]


@dataclass
class Pkg:
    name: str
    arch: str
    old: str | None  # None: a new install
    new: str | None  # None: a removal

    @property
    def qual(self) -> str:
        return f"{self.name}:{self.arch}"

    def deb(self, idx: int | None) -> str:
        v = (self.new or "").replace(":", "%3a")
        pre = f"{idx:02d}-" if idx is not None else ""
        return f".../{pre}{self.name}_{v}_{self.arch}.deb"


@dataclass
class Catalogue:
    """The versions the simulated archive has published so far: each source's update counter."""

    counters: dict[str, int] = field(
        default_factory=lambda: {k: v[2] for k, v in APT_SOURCES.items()}
    )

    def update(self, src: str) -> list[Pkg]:
        bins, pattern, _, _ = APT_SOURCES[src]
        old = pattern.format(self.counters[src])
        self.counters[src] += 1
        new = pattern.format(self.counters[src])
        return [Pkg(n, a, old, new) for n, a in bins]


def kernel_pkgs(abi: int, upload: int, old: tuple[int, int] | None) -> list[Pkg]:
    """The packages of an Ubuntu 22.04 GA kernel update to 5.15.0-`abi` (`upload` its Debian
    revision), the meta packages upgraded from `old`."""
    ver = f"5.15.0-{abi}.{upload}"
    meta_new = f"5.15.0.{abi}.{upload - 14}"
    meta_old = f"5.15.0.{old[0]}.{old[1] - 14}" if old else None
    out = [
        Pkg(f"linux-modules-5.15.0-{abi}-generic", "amd64", None, ver),
        Pkg(f"linux-image-5.15.0-{abi}-generic", "amd64", None, ver),
        Pkg(f"linux-modules-extra-5.15.0-{abi}-generic", "amd64", None, ver),
        Pkg(f"linux-headers-5.15.0-{abi}", "all", None, ver),
        Pkg(f"linux-headers-5.15.0-{abi}-generic", "amd64", None, ver),
    ]
    out += [
        Pkg(n, "amd64", meta_old, meta_new)
        for n in ["linux-generic", "linux-image-generic", "linux-headers-generic"]
    ]
    return out


def stamp2(t: datetime) -> str:
    """apt's `%F  %T` of history.log and term.log (two blanks)."""
    return f"{t:%Y-%m-%d  %H:%M:%S}"


class Dpkg:
    """One host's dpkg: what a run of apt (or unattended-upgrade) makes it write to
    /var/log/dpkg.log (`dlog`, None where the system does not hold that file) and the
    terminal output apt copies into term.log (`term`), both labelled at the write."""

    def __init__(self, r: random.Random, clock: Clock, dlog: Records | None, term: Log, host: str):
        self.r, self.clock, self.dlog, self.term, self.host = r, clock, dlog, term, host
        self.t = day(1, 0)
        self.files = r.randrange(180_000, 200_000)
        self.kernels: list[int] = []  # installed kernels' ABIs, oldest first
        self.boot_full = False

    # the two outputs
    def d(self, fmt: str, *vals: object) -> None:
        self.t = self.clock.at("dpkg", self.t + secs(self.r, 0.05, 0.6))
        if self.dlog is not None:
            self.dlog.add(self.t, [f"{self.t:%Y-%m-%d %H:%M:%S} " + fill(fmt, *vals)], label(fmt))

    def o(self, fmt: str, *vals: object, more: list[str] | None = None, pre: str = "") -> None:
        """A write to the terminal; `pre` is dpkg's own `dpkg: ` or `dpkg: warning: ` (context)."""
        first, *rest = (pre + fill(fmt, *vals)).split("\n")
        self.term.add(first, label(fmt))
        for x in rest + (more or []):
            self.term.add(x, None)

    def blank(self) -> None:
        self.term.add("", None)

    # one apt run
    def run(
        self,
        t: datetime,
        unpack: list[Pkg],
        remove: list[Pkg] | None = None,
        purge: bool = False,
        configure: list[Pkg] | None = None,
        conffile: tuple[str, str] | None = None,
    ) -> tuple[datetime, datetime, list[str]]:
        """Unpack and configure `unpack` (and remove `remove`) from `t`: returns the run's start,
        its end and the packages whose configuration failed."""
        self.t = t
        start = t
        self.blank()
        self.o("Log started: %s", stamp2(t))
        failed: list[str] = []
        triggers: list[str] = []
        if unpack:
            self.d("startup archives %s", "unpack")
            self.o(
                "(Reading database ... %d files and directories currently installed.)", self.files
            )
            multi = len(unpack) > 1
            for i, p in enumerate(unpack):
                if p.old is None:
                    self.o("Selecting previously unselected package %s.", p.name)
                self.o("Preparing to unpack %s ...", p.deb(i if multi else None))
                if p.old is None:
                    self.o("Unpacking %s (%s) ...", p.name, p.new)
                    self.d("install %s %s %s", p.qual, "<none>", p.new)
                    self.d("status %s %s %s", "half-installed", p.qual, p.new)
                else:
                    self.o("Unpacking %s (%s) over (%s) ...", p.name, p.new, p.old)
                    self.d("upgrade %s %s %s", p.qual, p.old, p.new)
                    for st in ("half-configured", "unpacked", "half-installed"):
                        self.d("status %s %s %s", st, p.qual, p.old)
                for trig in self.triggers_of(p):
                    if trig not in triggers:
                        triggers.append(trig)
                        tarch, tver = TRIGGER_VERSIONS[trig]
                        self.d("status %s %s %s", "triggers-pending", f"{trig}:{tarch}", tver)
                self.d("status %s %s %s", "unpacked", p.qual, p.new)
                self.files += (
                    self.r.randrange(-40, 400) if p.old is None else self.r.randrange(-8, 12)
                )
        if unpack or configure:
            self.d("startup packages %s", "configure")
            for p in self.configure_order(unpack) + (configure or []):
                if p.name in ("linux-image-generic", "linux-generic") and failed:
                    self.dep_problem(p, failed)
                    failed.append(p.name)
                    continue
                self.d("configure %s %s %s", p.qual, p.new, "<none>")
                for st in ("unpacked", "half-configured"):
                    self.d("status %s %s %s", st, p.qual, p.new)
                self.o("Setting up %s (%s) ...", p.name, p.new)
                if conffile and p.name == conffile[0]:
                    self.conffile_prompt(conffile[1])
                    self.d("conffile %s keep", conffile[1])
                ok = self.postinst(p)
                if ok:
                    self.d("status %s %s %s", "installed", p.qual, p.new)
                else:
                    failed.append(p.name)
            for trig in triggers:
                tarch, tver = TRIGGER_VERSIONS[trig]
                self.o("Processing triggers for %s (%s) ...", trig, tver)
                self.d("trigproc %s %s %s", f"{trig}:{tarch}", tver, "<none>")
                self.d("status %s %s %s", "half-configured", f"{trig}:{tarch}", tver)
                self.trigger_output(trig)
                self.d("status %s %s %s", "installed", f"{trig}:{tarch}", tver)
        if remove:
            self.d("startup packages %s", "purge" if purge else "remove")
            self.o(
                "(Reading database ... %d files and directories currently installed.)", self.files
            )
            for p in remove:
                self.d("status %s %s %s", "installed", p.qual, p.old)
                self.d("remove %s %s %s", p.qual, p.old, "<none>")
                for st in ("half-configured", "half-installed", "config-files"):
                    self.d("status %s %s %s", st, p.qual, p.old)
                self.o("Removing %s (%s) ...", p.name, p.old)
                self.postrm(p)
                self.files -= (
                    self.r.randrange(200, 6000) if "linux-" in p.name else self.r.randrange(5, 80)
                )
            if purge:
                self.o(
                    "(Reading database ... %d files and directories currently installed.)",
                    self.files,
                )
                for p in remove:
                    if "headers" in p.name:
                        continue
                    self.o("Purging configuration files for %s (%s) ...", p.name, p.old)
                    self.d("purge %s %s %s", p.qual, p.old, "<none>")
                    self.d("status %s %s %s", "config-files", p.qual, p.old)
                    if "linux-image" in p.name:
                        self.o(
                            "rmdir: failed to remove '%s': Directory not empty",
                            f"/lib/modules/{p.name.removeprefix('linux-image-')}",
                        )
                        self.o(
                            "while removing %s, directory '%s' not empty so not removed",
                            p.name,
                            f"/lib/modules/{p.name.removeprefix('linux-image-')}",
                            pre="dpkg: warning: ",
                        )
                    self.d("status %s %s %s", "not-installed", p.qual, "<none>")
        if failed:
            self.o(
                "Errors were encountered while processing:",
                more=[f" {n}" for n in failed],
            )
        end = self.t + secs(self.r, 0.5, 2)
        self.o("Log ended: %s", stamp2(end))
        self.blank()
        return start, end, failed

    def kver(self, abi: int) -> str:
        return f"5.15.0-{abi}.{abi + 10}"

    def triggers_of(self, p: Pkg) -> list[str]:
        for bins, _, _, trig in APT_SOURCES.values():
            if any(p.name == n for n, _ in bins):
                return trig
        if p.name.startswith("linux-"):
            return []  # the kernel's hooks run from its own postinst below
        return ["man-db"] if p.old is None and not p.name.startswith("lib") else []

    def configure_order(self, pkgs: list[Pkg]) -> list[Pkg]:
        lib = [p for p in pkgs if p.name.startswith("lib")]
        return lib + [p for p in pkgs if not p.name.startswith("lib")]

    def postinst(self, p: Pkg) -> bool:
        """A package's maintainer script output; False where it failed."""
        unit = SERVICE_UNITS.get(p.name)
        if unit and p.old is None:
            self.o(
                "Created symlink %s → %s.",
                f"/etc/systemd/system/multi-user.target.wants/{unit}",
                f"/lib/systemd/system/{unit}",
            )
        if p.name == "prometheus-node-exporter":
            self.o("Adding system user `%s' (UID %d) ...", "prometheus", 114)
            self.o(
                "Created symlink %s → %s.",
                "/etc/systemd/system/multi-user.target.wants/prometheus-node-exporter.service",
                "/lib/systemd/system/prometheus-node-exporter.service",
            )
        if p.name == "vim" and p.old is None:
            for prog in ("vi", "view", "vim", "vimdiff"):
                self.o(
                    "update-alternatives: using %s to provide %s (%s) in auto mode",
                    "/usr/bin/vim.basic",
                    f"/usr/bin/{prog}",
                    prog,
                )
        if p.name.startswith("linux-image-5"):
            abi = int(p.name.split("-")[3])
            prev = next((k for k in reversed(self.kernels) if k != abi), None)
            if prev:
                self.o(
                    "I: %s is now a symlink to %s",
                    "/boot/vmlinuz.old",
                    f"vmlinuz-5.15.0-{prev}-generic",
                )
                self.o(
                    "I: %s is now a symlink to %s",
                    "/boot/initrd.img.old",
                    f"initrd.img-5.15.0-{prev}-generic",
                )
            self.o("I: %s is now a symlink to %s", "/boot/vmlinuz", f"vmlinuz-5.15.0-{abi}-generic")
            self.o(
                "I: %s is now a symlink to %s",
                "/boot/initrd.img",
                f"initrd.img-5.15.0-{abi}-generic",
            )
            if abi not in self.kernels:
                self.kernels.append(abi)
            self.o("Processing triggers for %s (%s) ...", p.name, p.new)
            self.o("%s:", "/etc/kernel/postinst.d/initramfs-tools")
            self.o("update-initramfs: Generating %s", f"/boot/initrd.img-5.15.0-{abi}-generic")
            if self.boot_full:
                self.o(
                    "zstd: error %d : Write error : cannot write block : No space left on device",
                    70,
                )
                self.o("E: mkinitramfs failure %s %d", "zstd -q -1 -T0", 70)
                self.o(
                    "update-initramfs: failed for %s with %d.",
                    f"/boot/initrd.img-5.15.0-{abi}-generic",
                    1,
                )
                self.o(
                    "run-parts: %s exited with return code %d",
                    "/etc/kernel/postinst.d/initramfs-tools",
                    1,
                )
                self.o(
                    "error processing package %s (--configure):\n installed %s package post-installation script subprocess returned error exit status %d",
                    p.name,
                    p.name,
                    1,
                    pre="dpkg: ",
                )
                return False
            self.o("%s:", "/etc/kernel/postinst.d/zz-update-grub")
            self.grub()
        return True

    def grub(self) -> None:
        self.o("Sourcing file `%s'", "/etc/default/grub")
        self.o("Sourcing file `%s'", "/etc/default/grub.d/init-select.cfg")
        self.o("Generating grub configuration file ...")
        for abi in reversed(self.kernels):
            self.o("Found linux image: %s", f"/boot/vmlinuz-5.15.0-{abi}-generic")
            self.o("Found initrd image: %s", f"/boot/initrd.img-5.15.0-{abi}-generic")
        fmt = "Warning: os-prober will not be executed to detect other bootable partitions.\nSystems on them will not be added to the GRUB boot configuration.\nCheck GRUB_DISABLE_OS_PROBER documentation entry."
        self.o(fmt)
        self.o("done")

    def postrm(self, p: Pkg) -> None:
        if p.name.startswith("linux-image-5"):
            abi = p.name.split("-")[3]
            self.o("%s:", "/etc/kernel/postrm.d/initramfs-tools")
            self.o("update-initramfs: Deleting %s", f"/boot/initrd.img-5.15.0-{abi}-generic")
            self.o("%s:", "/etc/kernel/postrm.d/zz-update-grub")
            self.kernels.remove(int(abi))
            self.grub()

    def trigger_output(self, trig: str) -> None:
        if trig == "initramfs-tools":
            self.o(
                "update-initramfs: Generating %s",
                f"/boot/initrd.img-5.15.0-{self.kernels[-1]}-generic",
            )

    def dep_problem(self, p: Pkg, failed: list[str]) -> None:
        dep = failed[-1]
        self.o(
            "dependency problems prevent configuration of %s:\n %s depends on %s; however:\n  Package %s is not configured yet.",
            p.name,
            p.name,
            dep,
            dep,
            pre="dpkg: ",
        )
        self.blank()
        self.o(
            "error processing package %s (--configure):\n dependency problems - leaving unconfigured",
            p.name,
            pre="dpkg: ",
        )

    def conffile_prompt(self, path: str) -> None:
        self.blank()
        self.o(
            "Configuration file '%s'",
            path,
            more=[
                " ==> Modified (by you or by a script) since installation.",
                " ==> Package distributor has shipped an updated version.",
                "   What would you like to do about it ?  Your options are:",
                "    Y or I  : install the package maintainer's version",
                "    N or O  : keep your currently-installed version",
                "      D     : show the differences between the versions",
                "      Z     : start a shell to examine the situation",
                " The default action is to keep your current version.",
                f"*** {path.rsplit('/', 1)[1]} (Y/I/N/O/D/Z) [default=N] ? N",
            ],
        )


def history_pkgs(pkgs: list[Pkg], auto: set[str], removal: bool = False) -> str:
    """history.log's list: `name:arch (old, new)`, `name:arch (new, automatic)`, `name:arch (old)`."""
    out = []
    for p in pkgs:
        if removal:
            out.append(f"{p.qual} ({p.old})")
        elif p.old is None:
            out.append(
                f"{p.qual} ({p.new}, automatic)" if p.name in auto else f"{p.qual} ({p.new})"
            )
        else:
            out.append(f"{p.qual} ({p.old}, {p.new})")
    return ", ".join(out)


def apt(r: random.Random) -> list[Log]:
    """An Ubuntu 22.04 application server's package logs over eight days (May 28 to June 4):
    `dpkg.log` (dpkg's own record: `startup`, the action lines, every `status` change,
    `conffile`), `history.log` (apt's stanzas: `Start-Date:`, `Commandline:`, `Requested-By:`,
    `Install:` / `Upgrade:` / `Remove:` / `Purge:`, `Error:`, `End-Date:`) and `term.log` (dpkg's
    and the maintainer scripts' terminal output between `Log started:` and `Log ended:`, no time
    on its lines). Admins install tools and upgrade the system most mornings; on May 30 nginx's
    modified `nginx.conf` prompts (kept); on June 1 a kernel upgrade fails: /boot is full, the
    initramfs cannot be written, dpkg errors and the meta packages stay unconfigured; an
    `autoremove --purge` of the old kernels frees /boot and `apt -f install` configures them;
    later a tool is removed and the Prometheus exporter installed."""
    clock = Clock(1_000_000)
    dlog = Records()
    term = Log("term.log", day(-3, 0))
    hist = Log("history.log", day(-3, 0))
    dp = Dpkg(r, clock, dlog, term, "app-3")
    dp.kernels = [102, 105, 107]
    cat = Catalogue()
    users = {"alice": 1000, "marco": 1001, "deploy": 1002}

    def run(t: datetime, cmd: str, user: str | None, **kw: object) -> list[str]:
        unpack: list[Pkg] = kw.pop("unpack", [])  # type: ignore[assignment]
        remove: list[Pkg] = kw.get("remove") or []  # type: ignore[assignment]
        auto: set[str] = kw.pop("auto", set())  # type: ignore[assignment]
        start, end, failed = dp.run(t, unpack, **kw)  # type: ignore[arg-type]
        hist.add("", None)
        hist.add(f"Start-Date: {stamp2(start)}", "Start-Date: %s")
        hist.add(f"Commandline: {cmd}", "Commandline: %s")
        if user:
            hist.add(f"Requested-By: {user} ({users[user]})", "Requested-By: %s (%d)")
        new = [p for p in unpack if p.old is None]
        up = [p for p in unpack if p.old is not None]
        if new:
            hist.add(f"Install: {history_pkgs(new, auto)}", "Install: %s")
        if up:
            hist.add(f"Upgrade: {history_pkgs(up, auto)}", "Upgrade: %s")
        if remove:
            tag = "Purge" if kw.get("purge") else "Remove"
            hist.add(f"{tag}: {history_pkgs(remove, auto, removal=True)}", f"{tag}: %s")
        if failed:
            hist.add("Error: Sub-process /usr/bin/dpkg returned an error code (1)", "Error: %s")
        hist.add(f"End-Date: {stamp2(end)}", "End-Date: %s")
        return failed

    def upgrade(srcs: list[str]) -> list[Pkg]:
        return [p for s in srcs for p in cat.update(s)]

    def installs(i: int) -> tuple[list[Pkg], set[str]]:
        pkgs, _ = NEW_INSTALLS[i]
        out = [Pkg(n, a, None, v) for n, a, v in pkgs]
        return out, {p.name for p in out[:-1]}

    schedule: list[tuple[datetime, Callable[[datetime], None]]] = []

    def at(t: datetime) -> Callable[[Callable[[datetime], None]], Callable[[datetime], None]]:
        def reg(fn: Callable[[datetime], None]) -> Callable[[datetime], None]:
            schedule.append((t, fn))
            return fn

        return reg

    @at(day(-3, 9, 14, 31))
    def _(t: datetime) -> None:
        run(
            t,
            "apt upgrade",
            "alice",
            unpack=upgrade(["openssl", "curl", "less", "tzdata", "expat"]),
        )

    @at(day(-3, 9, 31, 2))
    def _(t: datetime) -> None:
        p, auto = installs(0)
        run(t, "apt install jq", "alice", unpack=p, auto=auto)

    @at(day(-3, 15, 2, 45))
    def _(t: datetime) -> None:
        p, auto = installs(2)
        run(t, "apt install htop", "marco", unpack=p, auto=auto)

    @at(day(-2, 10, 5, 12))
    def _(t: datetime) -> None:
        run(
            t,
            "apt upgrade",
            "marco",
            unpack=upgrade(["nginx", "python3.10", "vim", "systemd"]),
            conffile=("nginx-common", "/etc/nginx/nginx.conf"),
        )

    @at(day(-1, 14, 20, 7))
    def _(t: datetime) -> None:
        p, auto = installs(1)
        run(
            t,
            "/usr/bin/apt-get -y -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold install postgresql-client-14",
            "deploy",
            unpack=p,
            auto=auto,
        )

    @at(day(-1, 16, 40, 55))
    def _(t: datetime) -> None:
        run(t, "apt upgrade -y", "alice", unpack=upgrade(["git", "curl", "openssl"]))

    kernel = kernel_pkgs(112, 122, (107, 117))

    @at(day(1, 8, 31, 20))
    def _(t: datetime) -> None:
        dp.boot_full = True
        run(
            t,
            "apt upgrade",
            "marco",
            unpack=upgrade(["openssh", "glibc"]) + kernel,
            auto={p.name for p in kernel[:5]},
        )
        dp.boot_full = False

    @at(day(1, 8, 52, 3))
    def _(t: datetime) -> None:
        old = [
            Pkg(
                f"linux-{kind}-5.15.0-{abi}{'-generic' if kind != 'headers' else ''}",
                "all" if kind == "headers" else "amd64",
                f"5.15.0-{abi}.{abi + 10}",
                None,
            )
            for abi in (102, 105)
            for kind in ("headers", "modules", "image", "modules-extra")
        ]
        old += [
            Pkg(f"linux-headers-5.15.0-{abi}-generic", "amd64", f"5.15.0-{abi}.{abi + 10}", None)
            for abi in (102, 105)
        ]
        run(t, "apt autoremove --purge", "marco", remove=old, purge=True)

    @at(day(1, 8, 58, 40))
    def _(t: datetime) -> None:
        run(
            t,
            "apt -f install",
            "marco",
            configure=[p for p in kernel if p.name.startswith("linux-image-5")] + kernel[5:],
        )

    @at(day(2, 11, 12, 9))
    def _(t: datetime) -> None:
        p, auto = installs(3)
        run(t, "apt install prometheus-node-exporter", "alice", unpack=p, auto=auto)

    @at(day(3, 9, 45, 30))
    def _(t: datetime) -> None:
        run(
            t,
            "apt upgrade",
            "alice",
            unpack=upgrade(["krb5", "glib2.0", "libxml2", "git", "sudo", "gnutls28"]),
        )

    @at(day(3, 13, 2, 16))
    def _(t: datetime) -> None:
        p, _ = installs(2)
        for x in p:
            x.old, x.new = x.new, None
        run(t, "apt remove htop", "marco", remove=p[:1])

    @at(day(4, 9, 20, 51))
    def _(t: datetime) -> None:
        run(
            t,
            "apt upgrade",
            "alice",
            unpack=upgrade(
                [
                    "ubuntu-advantage-tools",
                    "cloud-init",
                    "expat",
                    "nghttp2",
                    "postgresql-14",
                    "openssl",
                    "python3.10",
                ]
            )[:-3]
            + upgrade(["less"]),
        )

    @at(day(4, 16, 3, 11))
    def _(t: datetime) -> None:
        run(t, "apt upgrade -y", "deploy", unpack=upgrade(["curl", "vim", "systemd", "glibc"]))

    for t, fn in sorted(schedule, key=lambda x: x[0]):
        fn(t)
    return [dlog.into(Log("dpkg.log", day(-3, 0))), hist, term]


UU_ORIGINS = "o=Ubuntu,a=jammy, o=Ubuntu,a=jammy-security, o=UbuntuESMApps,a=jammy-apps-security, o=UbuntuESM,a=jammy-infra-security"
UU_KERNEL_RE = r"(^linux-.*-[1-9][0-9]*\.[0-9]+\.[0-9]+-[0-9]+(-.+)?$|^kfreebsd-.*-[1-9][0-9]*\.[0-9]+\.[0-9]+-[0-9]+(-.+)?$|^gnumach-.*-[1-9][0-9]*\.[0-9]+\.[0-9]+-[0-9]+(-.+)?$|^.*-modules-[1-9][0-9]*\.[0-9]+\.[0-9]+-[0-9]+(-.+)?$|^.*-kernel-[1-9][0-9]*\.[0-9]+\.[0-9]+-[0-9]+(-.+)?$)"
UU_SECURITY = [
    "openssl",
    "curl",
    "glibc",
    "openssh",
    "krb5",
    "gnutls28",
    "libxml2",
    "expat",
    "python3.10",
    "sudo",
    "nghttp2",
    "git",
    "vim",
    "less",
]
UU_UPDATES = ["systemd", "cloud-init", "tzdata", "ubuntu-advantage-tools", "glib2.0"]


def uu_origin(archive: str) -> str:
    site = "security.ubuntu.com" if archive.endswith("security") else "archive.ubuntu.com"
    return f"<Origin component:'main' archive:'{archive}' origin:'Ubuntu' label:'Ubuntu' site:'{site}' isTrusted:True>"


def unattended_upgrades(r: random.Random) -> list[Log]:
    """An Ubuntu 22.04 web server's unattended-upgrades with `Unattended-Upgrade::Debug "true"`,
    May 2 to June 4: `unattended-upgrades.log` (Python logging's `%(asctime)s %(levelname)s
    %(message)s`, a message's later lines unprefixed) and `unattended-upgrades-dpkg.log` (dpkg's
    terminal output for each minimal step between `Log started:` and `Log ended:`). One run a day
    after 06:00 (apt-daily-upgrade.timer's random delay): the allowed origins, the kernel
    regexps, a `Checking:` line per upgradable package (`adjusting candidate version:` for those
    whose candidate is from -updates), the packages to upgrade, one dpkg run per minimal step.
    May 14 an admin's apt holds the lock; from May 20 nginx-common's modified conffile keeps
    nginx back until the admin upgrades it on May 24; May 28 the mirror times out; June 1 the
    kernel update fails on a full /boot (`Installing the upgrades failed!`); June 2 the unclean
    dpkg state is corrected, the old kernels are auto-removed and the host reboots."""
    clock = Clock(1000)
    rec = Records()
    dlog = Log("unattended-upgrades-dpkg.log", day(-29, 0))
    dp = Dpkg(r, Clock(1_000_000), None, dlog, "web-2")
    dp.kernels = [105, 107]
    cat = Catalogue()
    pid = [31200]

    def L(t: datetime, level: str, fmt: str, *vals: object) -> datetime:
        t = clock.at(pid[0], t)
        text = fill(fmt, *vals)
        rec.add(
            t,
            [
                f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {level} " + x if i == 0 else x
                for i, x in enumerate(text.split("\n"))
            ],
            label(fmt),
        )
        return t

    def step(t: datetime, lo: float = 0.001, hi: float = 0.05) -> datetime:
        return t + secs(r, lo, hi)

    nginx_held = (day(-11, 0), day(-7, 12))
    bad = {"lock": day(-17), "mirror": day(-3), "kernel": day(1), "fix": day(2)}
    for d in range(-29, 5):
        t = day(d, 6, r.randrange(0, 50), r.randrange(60)) + secs(r, 0, 1)
        pid[0] += r.randrange(400, 3000)
        key = next((k for k, v in bad.items() if v.date() == t.date()), None)
        t = L(t, "INFO", "Starting unattended upgrades script")
        if key == "lock":
            L(
                step(t, 0.2, 0.4),
                "ERROR",
                "Lock could not be acquired (another package manager running?)",
            )
            continue
        if key == "fix":
            t = L(step(t), "WARNING", "Unclean dpkg state detected, trying to correct")
            kernel = kernel_pkgs(112, 122, (107, 117))
            start = len(dlog.lines)
            dp.run(
                t + secs(r, 1, 2),
                [],
                configure=[p for p in kernel if p.name.startswith("linux-image-5")] + kernel[5:],
            )
            out = [x for x, _ in dlog.lines[start:] if x and not x.startswith("Log ")]
            del dlog.lines[start:]  # dpkg's output went to the log, not to the dpkg log
            t = L(
                dp.t + secs(r, 0.5, 1), "WARNING", "dpkg --configure -a output:\n%s", "\n".join(out)
            )
        t = L(step(t), "INFO", "Allowed origins are: %s", UU_ORIGINS)
        t = L(step(t), "INFO", "Initial blacklist: %s", "")
        t = L(step(t), "INFO", "Initial whitelist (not strict): %s", "")
        t = L(step(t, 0.1, 0.3), "DEBUG", "Using %s regexp to find kernel packages", UU_KERNEL_RE)
        running = dp.kernels[-1] if key != "fix" else 107
        esc = rf"5\.15\.0\-{running}\-generic"
        t = L(
            step(t),
            "DEBUG",
            "Using %s regexp to find running kernel packages",
            f"(^linux-.*-{esc}$|^kfreebsd-.*-{esc}$|^gnumach-.*-{esc}$|^.*-modules-{esc}$|^.*-kernel-{esc}$)",
        )
        # what the archive has published since yesterday
        sec = r.sample(UU_SECURITY, r.choice([0, 1, 1, 2, 2, 3]))
        upd = r.sample(UU_UPDATES, r.choice([0, 0, 0, 1]))
        held = nginx_held[0] <= t < nginx_held[1]
        if t.date() == nginx_held[0].date() or (held and r.random() < 0.5):
            sec.append("nginx") if "nginx" not in sec else None
        kernel: list[Pkg] = []
        if key == "mirror":
            sec = ["curl", "openssl"]
        if key == "kernel":
            kernel = kernel_pkgs(112, 122, (107, 117))
            sec = ["openssh", "glibc"]
        pkgs = {s_: cat.update(s_) for s_ in sec}
        if held and "nginx" not in pkgs:
            pkgs["nginx"] = [
                Pkg(
                    n,
                    a,
                    f"1.18.0-6ubuntu14.{cat.counters['nginx'] - 1}",
                    f"1.18.0-6ubuntu14.{cat.counters['nginx']}",
                )
                for n, a in APT_SOURCES["nginx"][0]
            ]
        ups = {s_: cat.update(s_) for s_ in upd}
        cands = sorted(
            [p for v in pkgs.values() for p in v]
            + [p for v in ups.values() for p in v]
            + [p for p in kernel if p.old],
            key=lambda p: p.name,
        )
        for p in cands:
            src = next((k for k, v in ups.items() if p in v), None)
            arch = ["jammy-updates"] if src else ["jammy-updates", "jammy-security"]
            t = L(
                step(t),
                "DEBUG",
                "Checking: %s (%s)",
                p.name,
                "[" + ", ".join(uu_origin(a) for a in arch) + "]",
            )
            if src:
                t = L(step(t), "DEBUG", "adjusting candidate version: %s", f"{p.name}={p.old}")
        chosen = [p for v in pkgs.values() for p in v] + kernel
        conff = [p for p in chosen if p.name == "nginx-common"] if held else []
        t = L(
            step(t, 0.05, 0.2),
            "DEBUG",
            "pkgs that look like they should be upgraded: %s",
            "\n".join(sorted(p.name for p in chosen)),
        )
        if key == "mirror" and chosen:
            t = L(
                step(t, 60, 120),
                "ERROR",
                "An error occurred: %s",
                f"E:Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/{sec[0][0]}/{sec[0]}/{chosen[0].deb(None)[4:]}  Could not connect to security.ubuntu.com:80 (91.189.91.82), connection timed out",
            )
            L(
                step(t),
                "ERROR",
                "The URI %s failed to download, aborting",
                f"http://security.ubuntu.com/ubuntu/pool/main/{sec[0][0]}/{sec[0]}/{chosen[0].deb(None)[4:]}",
            )
            continue
        t = L(step(t, 0.5, 8), "DEBUG", "fetch.run() result: %s", 0)
        t = L(step(t), "DEBUG", "blacklist: %s", "[]")
        for p in conff:
            t = L(
                step(t, 0.1, 0.5),
                "INFO",
                "Package %s has conffile prompt and needs to be upgraded manually",
                p.name,
            )
        t = L(
            step(t, 0.1, 0.4),
            "DEBUG",
            "Packages blacklist due to conffile prompts: %s",
            "[" + ", ".join(f"'{p.name}'" for p in conff) + "]",
        )
        if conff:
            chosen = [p for p in chosen if not p.name.startswith(("nginx", "libnginx"))]
            for name in ("libnginx-mod-http-geoip2", "nginx", "nginx-core"):
                t = L(
                    step(t),
                    "INFO",
                    "Package %s is kept back because a related package is kept back or due to local apt_preferences(5).",
                    name,
                )
        t = L(step(t), "DEBUG", "InstCount=%i DelCount=%i BrokenCount=%i", len(chosen), 0, 0)
        if not chosen:
            L(
                step(t),
                "INFO",
                "No packages found that can be upgraded unattended and no pending auto-removals",
            )
            continue
        t = L(
            step(t),
            "INFO",
            "Packages that will be upgraded: %s",
            " ".join(sorted(p.name for p in chosen if p.old)),
        )
        t = L(
            step(t),
            "INFO",
            "Writing dpkg log to %s",
            "/var/log/unattended-upgrades/unattended-upgrades-dpkg.log",
        )
        groups = [v for k, v in pkgs.items() if not (conff and k == "nginx")] + (
            [kernel] if kernel else []
        )
        failed: list[str] = []
        for g in groups:
            t = L(
                step(t, 0.3, 1),
                "DEBUG",
                "applying set %s",
                "[" + ", ".join(f"'{p.name}'" for p in g) + "]",
            )
            if g is kernel:
                dp.boot_full = True
            _, end, f = dp.run(t + secs(r, 1, 3), g)
            dp.boot_full = False
            failed += f
            t = end
            if f:
                break
        if failed:
            t = L(step(t, 0.2, 1), "ERROR", "Installing the upgrades failed!")
            t = L(
                step(t),
                "ERROR",
                "error message: %s",
                "'E:Sub-process /usr/bin/dpkg returned an error code (1)'",
            )
            L(
                step(t),
                "ERROR",
                "dpkg returned a error! See %s for details",
                "/var/log/unattended-upgrades/unattended-upgrades-dpkg.log",
            )
            continue
        t = L(step(t, 0.5, 2), "INFO", "All upgrades installed")
        if key == "fix":
            old = [
                Pkg(
                    f"linux-{k}-5.15.0-105{'-generic' if k != 'headers' else ''}",
                    "amd64",
                    "5.15.0-105.115",
                    None,
                )
                for k in ("headers", "modules", "image", "modules-extra")
            ]
            t = L(
                step(t, 1, 3),
                "INFO",
                "Packages that are auto removed: '%s'",
                " ".join(p.name for p in old),
            )
            _, t, _ = dp.run(t + secs(r, 1, 2), [], remove=old)
            t = L(step(t, 0.5, 1), "INFO", "Packages were successfully auto-removed")
            L(step(t, 0.5, 1), "WARNING", "Found %s, rebooting", "/var/run/reboot-required")
    return [rec.into(Log("unattended-upgrades.log", day(-29, 0))), dlog]


# --------------------------------------------------------------------------------- bastion

BA_USERS = {
    # user: (uid, home address, key type, fingerprint, may sudo)
    "alice": (
        1001,
        "203.0.113.24",
        "ED25519",
        "SHA256:x7Kq0m2Jd4uYw9Rr3VbNfLzH1pGtCeA5sQoI8kMnTyU",
        True,
    ),
    "bob": (
        1002,
        "198.51.100.77",
        "ED25519",
        "SHA256:Pz3mH8cVqL0tNw5XyRk2JfD7uBgA9sE4oKiC1lYbTvM",
        True,
    ),
    "carol": (
        1003,
        "192.0.2.141",
        "RSA",
        "SHA256:dF6gH2jK9lQ0wE3rT5yU7iO1pA4sZ8xC6vB2nM0kLjH",
        True,
    ),
    "dave": (
        1004,
        "203.0.113.90",
        "ECDSA",
        "SHA256:Qw8eR5tY2uI9oP3aS6dF1gH4jK7lZ0xC3vB6nM9qWeR",
        False,
    ),
    "erin": (
        1005,
        "198.51.100.12",
        "ED25519",
        "SHA256:Lk9jH6gF3dS0aP7oI4uY1tR8eW5qZ2xC9vB6nM3bVcX",
        False,
    ),
    "vendor-acme": (
        1010,
        "100.64.12.7",
        "RSA",
        "SHA256:Zx1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zXcV",
        False,
    ),
}
BA_SUDO = [
    "/usr/bin/systemctl restart haproxy",
    "/usr/bin/journalctl -u haproxy --since today",
    "/usr/bin/tail -n 200 /var/log/haproxy.log",
    "/usr/sbin/ufw status numbered",
    "/usr/bin/vim /etc/ssh/sshd_config",
    "/usr/sbin/sshd -t",
    "/usr/bin/systemctl reload ssh",
    "/usr/bin/cat /var/log/auth.log",
    "/bin/bash",
    "/usr/bin/apt update",
    "/usr/bin/docker ps",
]
BA_SCANNERS = [
    "45.148.10.92",
    "167.94.138.41",
    "218.92.0.112",
    "61.177.172.140",
    "180.101.88.228",
    "193.201.9.156",
    "92.255.85.37",
    "85.209.11.27",
]
BA_GUESSES = [
    "admin",
    "test",
    "ubuntu",
    "user",
    "oracle",
    "postgres",
    "git",
    "deploy",
    "ftpuser",
    "guest",
    "support",
    "pi",
    "hadoop",
    "minecraft",
    "jenkins",
    "dev",
    "centos",
    "steam",
    "ansible",
    "es",
]


def bastion(r: random.Random) -> list[Log]:
    """A jump host's `auth.log.1` and `auth.log` (rsyslog's `Jun  4 06:00:01 bastion sshd[2711]:
    msg`, June 3 00:00 to June 4 23:59): sshd at `LogLevel VERBOSE` with public key plus a TOTP
    code (`AuthenticationMethods publickey,keyboard-interactive`): `Connection from`, `Partial
    publickey`, pam_google_authenticator's `Accepted google_authenticator` / `Invalid
    verification code`, `Accepted keyboard-interactive/pam`, pam_unix's session lines,
    systemd-logind's sessions, `Starting session: shell on ...` for the few who stay, the
    disconnect lines; the automation account by key only, becoming root through sudo without a
    terminal; sudo's `    user : TTY=pts/0 ; PWD=... ; USER=root ; COMMAND=...` (failed password
    attempts, a vendor not in sudoers), su; cron's hourly run; scanners all day (invalid
    users, root, key exchange failures, unsupported algorithms) and a botnet burst at 02:10 on
    June 4 hitting MaxStartups; an admin adds the vendor's account and reloads sshd."""
    clock = Clock(1_000_000)
    host = "bastion"
    files = {3: Records(), 4: Records()}
    t0, t_end = day(3, 0), day(4, 23, 59, 50)
    pids = [2400]
    sess = [1840]

    def newpid() -> int:
        pids[0] += r.randrange(3, 60)
        return pids[0]

    def S(
        t: datetime, ident: str, pid: int | None, fmt: str, *vals: object, pre: str = ""
    ) -> datetime:
        t = clock.at((ident, pid), t)
        who = f"{ident}[{pid}]" if pid is not None else ident
        files[t.day].add(t, [f"{syslog_ts(t)} {host} {who}: {pre}{fill(fmt, *vals)}"], label(fmt))
        return t

    def nx(t: datetime, lo: float = 0.001, hi: float = 0.05) -> datetime:
        return t + secs(r, lo, hi)

    LOGIND = 812
    pam_sess = "session opened for user %s(uid=%d) by %s(uid=%d)"
    users_logged: set[str] = set()

    def connect(t: datetime, pid: int, ip: str, port: int) -> datetime:
        return S(
            t,
            "sshd",
            pid,
            'Connection from %s port %d on %s port %d rdomain "%s"',
            ip,
            port,
            "10.20.0.5",
            22,
            "",
        )

    def opened(t: datetime, pid: int, user: str, uid: int) -> tuple[datetime, int]:
        t = S(nx(t), "sshd", pid, pam_sess, user, uid, "", 0, pre="pam_unix(sshd:session): ")
        sess[0] += 1
        return S(
            nx(t), "systemd-logind", LOGIND, "New session %d of user %s.", sess[0], user
        ), sess[0]

    def closed(e: datetime, pid: int, user: str, ip: str, port: int, sid: int, shell: bool) -> None:
        e = S(
            e,
            "sshd",
            pid,
            "Received disconnect from %s port %d:%d: %s",
            ip,
            port,
            11,
            "disconnected by user",
        )
        e = S(nx(e), "sshd", pid, "Disconnected from user %s %s port %d", user, ip, port)
        if shell:
            e = S(
                nx(e),
                "sshd",
                pid,
                "Close session: user %s from %s port %d id %d",
                user,
                ip,
                port,
                0,
            )
            e = S(
                nx(e),
                "sshd",
                pid,
                "Transferred: sent %d, received %d bytes",
                r.randrange(3000, 900000),
                r.randrange(2000, 90000),
            )
        e = S(
            nx(e), "sshd", pid, "session closed for user %s", user, pre="pam_unix(sshd:session): "
        )
        e = S(
            nx(e),
            "systemd-logind",
            LOGIND,
            "Session %d logged out. Waiting for processes to exit.",
            sid,
        )
        S(nx(e), "systemd-logind", LOGIND, "Removed session %d.", sid)

    def login(t: datetime, user: str, stay: float, mfa_fail: bool = False) -> None:
        uid, ip, ktype, fp, sudoer = BA_USERS[user]
        pid, port = newpid(), r.randrange(32768, 61000)
        t = connect(t, pid, ip, port)
        t = S(
            nx(t, 0.05, 0.3),
            "sshd",
            pid,
            "Partial publickey for %s from %s port %d ssh2: %s %s",
            user,
            ip,
            port,
            ktype,
            fp,
        )
        if mfa_fail:
            t = S(
                nx(t, 4, 12),
                "sshd(pam_google_authenticator)",
                pid,
                "Invalid verification code for %s",
                user,
            )
            t = S(nx(t), "sshd", pid, "error: PAM: Authentication failure for %s from %s", user, ip)
            t = S(
                nx(t, 0.2, 1),
                "sshd",
                pid,
                "Failed keyboard-interactive/pam for %s from %s port %d ssh2",
                user,
                ip,
                port,
            )
        t = S(
            nx(t, 3, 15),
            "sshd(pam_google_authenticator)",
            pid,
            "Accepted google_authenticator for %s",
            user,
        )
        t = S(
            nx(t),
            "sshd",
            pid,
            "Accepted keyboard-interactive/pam for %s from %s port %d ssh2",
            user,
            ip,
            port,
        )
        t, sid = opened(t, pid, user, uid)
        if user not in users_logged:
            users_logged.add(user)
            t = S(
                nx(t, 0.02, 0.1),
                "systemd",
                newpid(),
                pam_sess,
                user,
                uid,
                "",
                0,
                pre="pam_unix(systemd-user:session): ",
            )
        shell = r.random() < 0.35 or stay > 900
        tty = r.randrange(0, 6)
        if shell:
            t = S(
                nx(t, 0.1, 0.3),
                "sshd",
                pid,
                "Starting session: shell on pts/%d for %s from %s port %d id %d",
                tty,
                user,
                ip,
                port,
                0,
            )
            if sudoer and r.random() < 0.6:
                u = t + secs(r, 20, max(30, stay * 0.6))
                bad = r.random() < 0.12
                if bad:
                    n = 3
                    u = S(
                        u,
                        "sudo",
                        None,
                        "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
                        user,
                        uid,
                        0,
                        f"/dev/pts/{tty}",
                        user,
                        "",
                        user,
                        pre="pam_unix(sudo:auth): ",
                    )
                    u = S(
                        nx(u, 8, 20),
                        "sudo",
                        None,
                        "%s : %d incorrect password attempts ; TTY=%s ; PWD=%s ; USER=%s ; COMMAND=%s",
                        f"{user:>8}",
                        n,
                        f"pts/{tty}",
                        f"/home/{user}",
                        "root",
                        r.choice(BA_SUDO),
                    )
                    u = nx(u, 5, 30)
                cmd = r.choice(BA_SUDO)
                u = S(
                    u,
                    "sudo",
                    None,
                    "%s : TTY=%s ; PWD=%s ; USER=%s ; COMMAND=%s",
                    f"{user:>8}",
                    f"pts/{tty}",
                    f"/home/{user}",
                    "root",
                    cmd,
                )
                u = S(
                    nx(u),
                    "sudo",
                    None,
                    pam_sess,
                    "root",
                    0,
                    user,
                    uid,
                    pre="pam_unix(sudo:session): ",
                )
                if cmd == "/bin/bash":
                    u = S(
                        nx(u, 30, 120),
                        "su",
                        newpid(),
                        "(to %s) %s on %s",
                        "postgres",
                        "root",
                        f"pts/{tty}",
                    )
                    u = S(
                        nx(u),
                        "su",
                        pids[0],
                        pam_sess,
                        "postgres",
                        113,
                        "root",
                        0,
                        pre="pam_unix(su:session): ",
                    )
                    u = S(
                        nx(u, 20, 200),
                        "su",
                        pids[0],
                        "session closed for user %s",
                        "postgres",
                        pre="pam_unix(su:session): ",
                    )
                S(
                    nx(u, 0.2, 200),
                    "sudo",
                    None,
                    "session closed for user %s",
                    "root",
                    pre="pam_unix(sudo:session): ",
                )
        if user == "vendor-acme" and shell:
            u = t + secs(r, 30, 200)
            S(
                u,
                "sudo",
                None,
                "%s : user NOT in sudoers ; TTY=%s ; PWD=%s ; USER=%s ; COMMAND=%s",
                f"{user:>8}",
                f"pts/{tty}",
                f"/home/{user}",
                "root",
                "/usr/bin/systemctl restart app",
            )
            u = S(
                nx(u, 10, 40),
                "su",
                newpid(),
                "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
                user,
                uid,
                0,
                f"/dev/pts/{tty}",
                user,
                "",
                "root",
                pre="pam_unix(su-l:auth): ",
            )
            S(nx(u, 2, 3), "su", pids[0], "FAILED SU (to %s) %s on %s", "root", user, f"pts/{tty}")
        closed(t + timedelta(seconds=stay), pid, user, ip, port, sid, shell)

    def ansible(t: datetime) -> None:
        ip, port, pid = "10.20.4.15", r.randrange(32768, 61000), newpid()
        t = connect(t, pid, ip, port)
        t = S(
            nx(t, 0.05, 0.2),
            "sshd",
            pid,
            "Accepted publickey for %s from %s port %d ssh2: %s %s",
            "svc-ansible",
            ip,
            port,
            "ED25519",
            "SHA256:Hy6tG3fR0eD7wS4aQ1zX8cV5bN2mK9lJ6hG3fD0sA7q",
        )
        t, sid = opened(t, pid, "svc-ansible", 1100)
        for _ in range(r.randrange(2, 5)):
            t = t + secs(r, 0.5, 4)
            mod = r.choice(["setup", "apt", "copy", "stat", "file", "systemd", "command"])
            t = S(
                t,
                "sudo",
                None,
                "%s : TTY=%s ; PWD=%s ; USER=%s ; COMMAND=%s",
                "svc-ansible",
                "unknown",
                "/home/svc-ansible",
                "root",
                f"/bin/sh -c echo BECOME-SUCCESS-{''.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(32))} ; /usr/bin/python3 /home/svc-ansible/.ansible/tmp/ansible-tmp-{t.timestamp():.2f}-{r.randrange(1000, 99999)}-{r.randrange(10**14, 10**15)}/AnsiballZ_{mod}.py",
            )
            t = S(
                nx(t),
                "sudo",
                None,
                pam_sess,
                "root",
                0,
                "svc-ansible",
                1100,
                pre="pam_unix(sudo:session): ",
            )
            t = S(
                t + secs(r, 0.3, 6),
                "sudo",
                None,
                "session closed for user %s",
                "root",
                pre="pam_unix(sudo:session): ",
            )
        closed(nx(t, 0.1, 1), pid, "svc-ansible", ip, port, sid, False)

    def scan(t: datetime, ip: str) -> None:
        pid, port = newpid(), r.randrange(1024, 65535)
        k = r.random()
        if k < 0.1:
            S(
                t,
                "sshd",
                pid,
                "error: kex_exchange_identification: %s",
                r.choice(
                    [
                        "Connection closed by remote host",
                        "read: Connection reset by peer",
                        'client sent invalid protocol identifier "GET / HTTP/1.1"',
                    ]
                ),
            )
            return
        if k < 0.16:
            S(
                t,
                "sshd",
                pid,
                "banner exchange: Connection from %s port %d: invalid format",
                ip,
                port,
            )
            return
        t = S(
            t,
            "sshd",
            pid,
            'Connection from %s port %d on %s port %d rdomain "%s"',
            ip,
            port,
            "10.20.0.5",
            22,
            "",
        )
        if k < 0.24:
            S(
                nx(t, 0.1, 0.5),
                "sshd",
                pid,
                "Unable to negotiate with %s port %d: no matching key exchange method found. Their offer: %s [preauth]",
                ip,
                port,
                r.choice(
                    [
                        "diffie-hellman-group1-sha1,diffie-hellman-group14-sha1",
                        "diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1",
                    ]
                ),
            )
            return
        if k < 0.5:
            t = S(
                nx(t, 0.2, 1),
                "sshd",
                pid,
                "Connection closed by authenticating user %s %s port %d [preauth]",
                "root",
                ip,
                port,
            )
            return
        guess = r.choice(BA_GUESSES)
        t = S(nx(t, 0.2, 1), "sshd", pid, "Invalid user %s from %s port %d", guess, ip, port)
        if r.random() < 0.6:
            t = S(
                nx(t, 0.1, 1),
                "sshd",
                pid,
                "Received disconnect from %s port %d:%d: %s [preauth]",
                ip,
                port,
                11,
                "Bye Bye",
            )
            S(
                nx(t),
                "sshd",
                pid,
                "Disconnected from invalid user %s %s port %d [preauth]",
                guess,
                ip,
                port,
            )
        else:
            S(
                nx(t, 0.1, 2),
                "sshd",
                pid,
                "Connection closed by invalid user %s %s port %d [preauth]",
                guess,
                ip,
                port,
            )

    for x in poisson(r, t0, t_end, 560):
        scan(
            x,
            r.choice(BA_SCANNERS[:4])
            if r.random() < 0.7
            else f"{r.randrange(1, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        )
    # the burst
    burst0 = day(4, 2, 10, 3)
    mpid = 871
    S(burst0 + secs(r, 1, 2), "sshd", mpid, "error: beginning MaxStartups throttling")
    dropped = 0
    for x in poisson(r, burst0, burst0 + timedelta(minutes=2, seconds=30), 1.6):
        ip = r.choice(BA_SCANNERS[4:])
        if r.random() < 0.35 and x > burst0 + timedelta(seconds=3):
            dropped += 1
            S(
                x,
                "sshd",
                mpid,
                "drop connection #%d from [%s]:%d on [%s]:%d past MaxStartups",
                r.randrange(10, 30),
                ip,
                r.randrange(1024, 65535),
                "10.20.0.5",
                22,
            )
        else:
            scan(x, ip)
    S(
        burst0 + timedelta(minutes=2, seconds=41),
        "sshd",
        mpid,
        "exited MaxStartups throttling after %s, %u connections dropped",
        "00:02:41",
        dropped,
    )
    # cron
    for d in (3, 4):
        for h in range(24):
            for m in (17,):
                c = day(d, h, m, 1) + secs(r, 0, 0.4)
                if c > t_end:
                    continue
                cp = newpid()
                c = S(c, "CRON", cp, pam_sess, "root", 0, "", 0, pre="pam_unix(cron:session): ")
                S(
                    c + secs(r, 0.2, 3),
                    "CRON",
                    cp,
                    "session closed for user %s",
                    "root",
                    pre="pam_unix(cron:session): ",
                )
    # people
    for d in (3, 4):
        for user in ("alice", "bob", "carol", "dave", "erin"):
            n = r.randrange(3, 9)
            for _ in range(n):
                x = day(d, 7, 30) + timedelta(seconds=r.uniform(0, 11 * 3600))
                login(
                    x,
                    user,
                    r.choice([r.uniform(20, 300), r.uniform(600, 5400)]),
                    mfa_fail=r.random() < 0.08,
                )
        for x in poisson(r, day(d, 0, 5), day(d, 23, 30), 3000):
            ansible(x)
    # the vendor's account, and the admin's reload
    t = day(3, 10, 41, 12)
    t = S(t, "groupadd", 31877, "group added to /etc/group: name=%s, GID=%d", "vendor-acme", 1010)
    t = S(nx(t), "groupadd", 31877, "group added to /etc/gshadow: name=%s", "vendor-acme")
    t = S(nx(t), "groupadd", 31877, "new group: name=%s, GID=%d", "vendor-acme", 1010)
    t = S(
        nx(t, 0.1, 0.3),
        "useradd",
        31882,
        "new user: name=%s, UID=%d, GID=%d, home=%s, shell=%s, from=%s",
        "vendor-acme",
        1010,
        1010,
        "/home/vendor-acme",
        "/bin/bash",
        "/dev/pts/2",
    )
    t = S(nx(t, 40, 90), "sshd", 871, "Received SIGHUP; restarting.")
    t = S(nx(t, 0.05, 0.2), "sshd", 871, "Server listening on %s port %d.", "0.0.0.0", 22)
    S(nx(t), "sshd", 871, "Server listening on %s port %d.", "::", 22)
    for x in [day(3, 14, 5, 40), day(4, 9, 12, 7), day(4, 15, 40, 2)]:
        login(x, "vendor-acme", r.uniform(900, 2400))
    return [files[3].into(Log("auth.log.1", t0)), files[4].into(Log("auth.log", t0))]


# --------------------------------------------------------------------------------- snapd

SN_SNAPS = {
    # host: {snap: (revision, revision after a refresh, services)}
    "ci-runner-03": {
        "core20": (2318, 2379, []),
        "core22": (1380, 1439, []),
        "snapd": (21465, 21759, []),
        "lxd": (28373, 28460, ["daemon", "activate", "user-daemon"]),
        "go": (10585, 10630, []),
        "kubectl": (3248, 3281, []),
    },
    "ci-runner-04": {
        "core20": (2318, 2379, []),
        "core22": (1380, 1439, []),
        "snapd": (21465, 21759, []),
        "lxd": (28373, 28460, ["daemon", "activate", "user-daemon"]),
        "kubectl": (3248, 3281, []),
    },
    "ws-anna": {
        "core22": (1380, 1439, []),
        "snapd": (21465, 21759, []),
        "firefox": (4259, 4336, []),
        "gnome-42-2204": (172, 176, []),
        "gtk-common-themes": (1535, 1535, []),
        "snap-store": (1113, 1173, []),
        "code": (159, 160, []),
        "snapd-desktop-integration": (157, 178, ["snapd-desktop-integration"]),
    },
}
SN_STORE = "api.snapcraft.io"
SN_LXD_HOOK_OUT = [
    'Error: Get "http://unix.socket/1.0": dial unix /var/snap/lxd/common/lxd/unix.socket: connect: connection refused',
    "The LXD daemon failed to start with the new configuration; see 'journalctl -u snap.lxd.daemon'",
]


def snapd(r: random.Random) -> list[Log]:
    """The journals of a CI runner and a desktop, `journalctl -o short -u snapd -u 'snap*'` of
    June 3 and 4: snapd's `file.go:line: msg` (its logger's prefix), systemd's lines for the
    snapd service, the snaps' mount units and services. Start-up at boot (`Acquiring state lock
    file`, `started snapd/2.63`, the startup timeout, AppArmor), auto-refreshes every few hours
    (`cannot refresh: snap has no updates available: ...` or a refresh: mount units, services
    stopped and started, hook scopes), snapd refreshing itself (its restart), admins installing
    and removing snaps (`api_snaps.go: Installing snap %q revision %s`); on the runner an HTTP
    proxy failure from 09:40 to 12:55 (`state ensure error`, `Cannot prepare auto-refresh change`,
    `Catalog refresh failed`), then lxd's refresh failing in its configure hook (the task's error
    with the hook's output between `-----` lines, one entry over several lines) and undone; on
    the desktop firefox's refresh held while it runs and a watchdog kill of a hung snapd."""
    clock = Clock(1_000_000)

    def one(host: str, snaps: dict[str, tuple[int, int, list[str]]]) -> Log:
        rec = Records()
        pid = [812 if host == "ci-runner-03" else 1047]
        pid_hist = [(day(1), pid[0])]  # (from, snapd's pid): restarts give it a new one

        def pid_at(t: datetime) -> int:
            return max((x for x in pid_hist if x[0] <= t), key=lambda x: x[0])[1]

        change = [17]

        def e(
            t: datetime, ident: str, p: int | None, fmt: str, *vals: object, pre: str = ""
        ) -> datetime:
            if p == -1:
                p = pid_at(t)
            t = clock.at((host, ident, p), t)
            rec.add(t, jlines(journal(t, host, ident, p), pre + fill(fmt, *vals)), label(fmt))
            return t

        def sd(t: datetime, fmt: str, *vals: object) -> datetime:
            return e(t, "snapd", -1, fmt, *vals[1:], pre=vals[0])  # type: ignore[arg-type]

        def sy(t: datetime, fmt: str, *vals: object, unit: str = "") -> datetime:
            return e(t, "systemd", 1, fmt, *vals, pre=f"{unit}: " if unit else "")

        def nx(t: datetime, lo: float = 0.01, hi: float = 0.3) -> datetime:
            return t + secs(r, lo, hi)

        version = ["2.62+22.04"]

        def start(t: datetime) -> datetime:
            t = sy(t, "Starting %s...", "Snap Daemon")
            t = sd(
                nx(t, 0.1, 0.4),
                "AppArmor status: %s",
                "main.go:151: ",
                "apparmor is enabled and all features are available",
            )
            t = sd(nx(t), "Acquiring state lock file", "overlord.go:271: ")
            t = sd(nx(t), "Acquired state lock file", "overlord.go:276: ")
            t = sd(
                nx(t, 0.1, 0.5),
                "started snapd/%s (series 16; classic) ubuntu/22.04 (amd64) linux/%s.",
                "daemon.go:247: ",
                version[0],
                "5.15.0-112-generic",
            )
            t = sd(
                nx(t),
                "adjusting startup timeout by %s (pessimistic estimate of 30s plus 5s per snap)",
                "daemon.go:340: ",
                f"{30 + 5 * len(snaps)}s",
            )
            t = sd(
                nx(t, 0.2, 1),
                "AppArmor status: %s",
                "backends.go:58: ",
                "apparmor is enabled and all features are available",
            )
            return sy(nx(t, 0.1, 0.5), "Started %s.", "Snap Daemon")

        def stop(t: datetime, watchdog: bool = False) -> datetime:
            if watchdog:
                t = sy(t, "Watchdog timeout (limit %s)!", "5min", unit="snapd.service")
                t = sy(
                    nx(t),
                    "Killing process %d (%s) with signal %s.",
                    pid_at(t),
                    "snapd",
                    "SIGABRT",
                    unit="snapd.service",
                )
                t = e(nx(t), "snapd", -1, "SIGABRT: abort")
                t = e(nx(t), "snapd", -1, "PC=%#x m=%d sigcode=%d", 0x4735C1, 0, 0)
                for g, st, fr in [
                    (
                        1,
                        "select, 47 minutes",
                        ["main.run(0xc0000b6000)", "\t/build/snapd/cmd/snapd/main.go:180 +0x3c5"],
                    ),
                    (
                        14,
                        "semacquire, 12 minutes",
                        [
                            "sync.runtime_SemacquireMutex(0xc0001a6094, 0x0, 0x1)",
                            "\t/usr/lib/go-1.21/src/runtime/sema.go:77 +0x25",
                            "github.com/snapcore/snapd/overlord/state.(*State).Lock(...)",
                            "\t/build/snapd/overlord/state/state.go:172",
                        ],
                    ),
                    (
                        212,
                        "IO wait, 12 minutes",
                        [
                            "internal/poll.runtime_pollWait(0x7f3c8a1b2e08, 0x72)",
                            "\t/usr/lib/go-1.21/src/runtime/netpoll.go:343 +0x85",
                        ],
                    ),
                ]:
                    t = e(nx(t, 0, 0.001), "snapd", -1, "goroutine %d [%s]:", g, st)
                    for f in fr:
                        t = e(nx(t, 0, 0.001), "snapd", -1, "%s", f)
                t = sy(
                    nx(t, 0.3, 1),
                    "Main process exited, code=%s, status=%s",
                    "dumped",
                    "6/ABRT",
                    unit="snapd.service",
                )
                t = sy(nx(t), "Failed with result '%s'.", "watchdog", unit="snapd.service")
                pid[0] += r.randrange(2000, 9000)
                pid_hist.append((t + timedelta(microseconds=1), pid[0]))
                return sy(
                    nx(t, 0.1, 0.3),
                    "Scheduled restart job, restart counter is at %d.",
                    1,
                    unit="snapd.service",
                )
            t = sy(t, "Stopping %s...", "Snap Daemon")
            t = sd(nx(t), "Exiting on %s signal.", "main.go:155: ", "terminated")
            t = sd(nx(t), "gracefully waiting for running hooks", "daemon.go:549: ")
            t = sd(nx(t), "done waiting for running hooks", "daemon.go:551: ")
            t = sy(nx(t, 0.3, 1), "Deactivated successfully.", unit="snapd.service")
            t = sy(nx(t), "Stopped %s.", "Snap Daemon")
            pid[0] += r.randrange(2000, 9000)
            pid_hist.append((t + timedelta(microseconds=1), pid[0]))
            return t

        def mount(t: datetime, snap: str, rev: int) -> datetime:
            t = sy(t, "Mounting %s...", f"Mount unit for {snap}, revision {rev}")
            return sy(nx(t, 0.05, 0.4), "Mounted %s.", f"Mount unit for {snap}, revision {rev}")

        def unmount(t: datetime, snap: str, rev: int) -> datetime:
            t = sy(t, "Deactivated successfully.", unit=f"snap-{snap}-{rev}.mount")
            return sy(nx(t), "Unmounted %s.", f"Mount unit for {snap}, revision {rev}")

        def services(t: datetime, snap: str, verb: str) -> datetime:
            for svc in snaps[snap][2]:
                desc = f"Service for snap application {snap}.{svc}"
                if verb == "stop":
                    t = sy(nx(t), "Stopping %s...", desc)
                    t = sy(
                        nx(t, 0.1, 2),
                        "Deactivated successfully.",
                        unit=f"snap.{snap}.{svc}.service",
                    )
                    t = sy(nx(t), "Stopped %s.", desc)
                else:
                    t = sy(nx(t, 0.1, 0.5), "Started %s.", desc)
            return t

        def hook(t: datetime, snap: str, name: str, fail: bool = False) -> datetime:
            scope = f"snap.{snap}.hook.{name}-{uuid4(r)}.scope"
            t = sy(nx(t, 0.1, 0.5), "Started %s.", scope)
            if fail:
                return t
            return sy(nx(t, 0.5, 4), "Deactivated successfully.", unit=scope)

        def refresh(t: datetime, snap: str, fail: bool = False) -> datetime:
            old, new, _ = snaps[snap]
            t = mount(nx(t, 2, 20), snap, new)
            t = sy(nx(t, 0.2, 1), "Reloading.")
            if snap == "snapd":
                t = stop(nx(t, 0.5, 2))
                version[0] = "2.63+22.04"
                t = start(nx(t, 0.2, 1))
                return unmount(nx(t, 1, 5), snap, old)
            t = hook(t, snap, "pre-refresh") if snaps[snap][2] else t
            t = services(t, snap, "stop")
            t = services(t, snap, "start")
            t = hook(t, snap, "post-refresh") if snaps[snap][2] else t
            if fail:
                change[0] += 1
                t = hook(t, snap, "configure", fail=True)
                msg = 'run hook "configure": \n-----\n' + "\n".join(SN_LXD_HOOK_OUT) + "\n-----"
                t = sd(
                    nx(t, 30, 60),
                    "[change %s %q task] failed: %v",
                    "taskrunner.go:271: ",
                    change[0],
                    f'Run configure hook of "{snap}" snap if present',
                    msg,
                )
                t = services(t, snap, "stop")
                t = sy(nx(t, 0.2, 1), "Reloading.")
                t = services(t, snap, "start")
                t = unmount(nx(t, 1, 3), snap, new)
                return sd(
                    nx(t, 0.5, 2),
                    "Reported install problem for %q as %s",
                    "snapstate.go:1231: ",
                    snap,
                    hexid(r, 64)[:8]
                    + "-"
                    + hexid(r, 4)
                    + "-11ef-"
                    + hexid(r, 4)
                    + "-"
                    + hexid(r, 12),
                )
            snaps[snap] = (new, new, snaps[snap][2])
            return unmount(nx(t, 1, 5), snap, old)

        t0 = {
            "ci-runner-03": day(3, 7, 2, 11),
            "ci-runner-04": day(3, 7, 5, 48),
            "ws-anna": day(3, 8, 44, 30),
        }[host] + secs(r, 0, 1)
        t_end = day(4, 18, 0)
        t = start(t0)
        for snap, (rev, _, _) in snaps.items():
            if snap != "snapd":
                t = mount(nx(t, 0.05, 0.2), snap, rev) if r.random() < 0.3 else t
        outage = (day(3, 9, 40, 0), day(3, 12, 55, 0)) if host.startswith("ci-") else (t_end, t_end)
        # the ensure loop's errors while the proxy is down
        x = outage[0] + secs(r, 0, 60)
        while x < outage[1]:
            url = f"https://{SN_STORE}/v2/snaps/refresh"
            err = f'Post "{url}": proxyconnect tcp: dial tcp 10.30.0.8:3128: connect: connection refused'
            e(x, "snapd", -1, "state ensure error: %s", err, pre="stateengine.go:149: ")
            if r.random() < 0.4:
                e(
                    x + secs(r, 0.01, 0.2),
                    "snapd",
                    -1,
                    "Cannot prepare auto-refresh change: %s",
                    err,
                    pre="autorefresh.go:551: ",
                )
            if r.random() < 0.1:
                e(
                    x + secs(r, 0.3, 1),
                    "snapd",
                    -1,
                    "Catalog refresh failed: %s",
                    f'cannot sections: Get "https://{SN_STORE}/api/v1/snaps/sections": proxyconnect tcp: dial tcp 10.30.0.8:3128: connect: connection refused',
                    pre="catalogrefresh.go:115: ",
                )
            x += timedelta(minutes=5) + secs(r, 0, 3)
        # auto-refresh windows
        pending = (
            ["snapd", "core22", "lxd", "kubectl"]
            if host.startswith("ci-")
            else ["snapd", "firefox", "snap-store", "gnome-42-2204"]
        )
        checks = [day(3, h, r.randrange(60)) for h in (2, 8, 14, 20)] + [
            day(4, h, r.randrange(60)) for h in (2, 8, 14)
        ]
        lxd_failed = False
        for c in checks:
            if c < t0 or outage[0] <= c < outage[1]:
                continue
            due = [p for p in pending if r.random() < 0.5]
            if host == "ci-runner-03" and c > outage[1] and not lxd_failed:
                due = ["lxd"]
            if not due:
                names = ", ".join(f'"{n}"' for n in sorted(snaps))
                e(
                    c,
                    "snapd",
                    -1,
                    "cannot refresh: snap has no updates available: %s",
                    names,
                    pre="storehelpers.go:748: ",
                )
                continue
            for snap in due:
                if host == "ws-anna" and snap == "firefox" and c.hour < 18:
                    e(
                        c,
                        "snapd",
                        -1,
                        "cannot refresh %q: %s",
                        "firefox",
                        f'snap "firefox" has running apps (firefox), pids: {r.randrange(3000, 9000)},{r.randrange(9000, 20000)}',
                        pre="autorefresh.go:641: ",
                    )
                    continue
                fail = snap == "lxd" and not lxd_failed
                c = refresh(c, snap, fail=fail)
                if fail:
                    lxd_failed = True
                else:
                    pending.remove(snap)
        # admins' installs and removals
        acts = (
            [("install", "yq", 2634), ("install", "helm", 409), ("remove", "yq", 2634)]
            if host.startswith("ci-")
            else [
                ("install", "spotify", 75),
                ("install", "obsidian", 37),
                ("remove", "spotify", 75),
            ]
        )
        for k, (verb, snap, rev) in enumerate(acts):
            a = day(3 + k // 2, 10 + 3 * k, r.randrange(60), r.randrange(60))
            if verb == "install":
                a = e(
                    a,
                    "snapd",
                    -1,
                    "Installing snap %q revision %s",
                    snap,
                    "unset",
                    pre="api_snaps.go:317: ",
                )
                a = mount(nx(a, 3, 15), snap, rev)
                a = sy(nx(a, 0.2, 1), "Reloading.")
            else:
                a = e(a, "snapd", -1, "Removing snap %q", snap, pre="api_snaps.go:362: ")
                a = unmount(nx(a, 1, 4), snap, rev)
                a = sy(nx(a, 0.2, 1), "Reloading.")
        if host == "ws-anna":
            w = day(4, 11, 23, 41)
            w = stop(w, watchdog=True)
            start(nx(w, 0.05, 0.3))
        # the snaps' commands: a scope per run (the CI jobs' lxc, the desktop's apps)
        apps = (
            [("lxd", "lxc")] * 3 + [("kubectl", "kubectl")]
            if host.startswith("ci-")
            else [("firefox", "firefox"), ("code", "code"), ("snap-store", "snap-store")]
        )
        busy = (
            [(day(d, 6), day(d, 22)) for d in (3, 4)]
            if host.startswith("ci-")
            else [(day(d, 8, 50), day(d, 18, 30)) for d in (3, 4)]
        )
        for a0, a1 in busy:
            for x in poisson(
                r, max(a0, t0 + timedelta(minutes=2)), a1, 330 if host.startswith("ci-") else 1500
            ):
                snap, app = r.choice(apps)
                scope = f"snap.{snap}.{app}-{uuid4(r)}.scope"
                x = sy(x, "Started %s.", scope)
                x = sy(
                    x + secs(r, 1, 90 if host.startswith("ci-") else 3000),
                    "Deactivated successfully.",
                    unit=scope,
                )
                sy(
                    nx(x, 0, 0.01),
                    "Consumed %s CPU time.",
                    f"{r.uniform(0.05, 40):.3f}s",
                    unit=scope,
                )
        # the repair assertions' timer
        for d in (3, 4):
            x = day(d, r.randrange(7, 17), r.randrange(60))
            if x > t0:
                x = sy(x, "Starting %s...", "Automatically fetch and run repair assertions")
                sy(nx(x, 0.5, 2), "Finished %s.", "Automatically fetch and run repair assertions")
        return rec.into(Log(f"journal-{host}.log", t0))

    return [one(h, dict(v)) for h, v in SN_SNAPS.items()]


# --------------------------------------------------------------------------------- windows-events

WE_SERVICES = [
    "Windows Modules Installer",
    "WinHTTP Web Proxy Auto-Discovery Service",
    "Software Protection",
    "Windows Update",
    "Device Setup Manager",
    "Application Experience",
    "Volume Shadow Copy",
    "Microsoft Software Shadow Copy Provider",
    "Windows Error Reporting Service",
    "Background Intelligent Transfer Service",
    "Network Setup Service",
    "Update Orchestrator Service for Windows Update",
    "Windows Defender Antivirus Network Inspection Service",
]
WE_DOTNET_STACK = [
    "   at System.Data.SqlClient.SqlConnection.OnError(System.Data.SqlClient.SqlException, Boolean, System.Action`1<System.Action>)",
    "   at System.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(System.Data.SqlClient.TdsParserStateObject, Boolean, Boolean)",
    "   at System.Data.SqlClient.SqlInternalConnectionTds.AttemptOneLogin(System.Data.SqlClient.ServerInfo, Boolean, Boolean, System.Data.ProviderBase.TimeoutTimer)",
    "   at System.Data.SqlClient.SqlConnection.Open()",
    "   at Contoso.Orders.Data.OrderRepository.GetPending(Int32)",
    "   at Contoso.Orders.Service.DispatchWorker.Tick(System.Object)",
    "   at System.Threading.ExecutionContext.RunInternal(System.Threading.ExecutionContext, System.Threading.ContextCallback, System.Object, Boolean)",
    "   at System.Threading.TimerQueueTimer.CallCallback()",
    "   at System.Threading.TimerQueue.FireNextTimers()",
]


def we_time(t: datetime) -> str:
    """en-US `M/d/yyyy h:mm:ss tt`, as Format-List prints TimeCreated."""
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def windows_events(r: random.Random) -> list[Log]:
    """Two Windows Server 2016 hosts' System and Application logs as `Get-WinEvent -LogName
    System` (`Application`) `| Format-List | Out-File -Width 4096` (PowerShell 7, UTF-8) writes
    them, newest first, June 3 and 4: each record `TimeCreated  : 6/4/2024 9:12:03 AM`,
    `ProviderName : `, `Id           : `, `Message      : ` with a message's later lines indented
    under its first, a blank line between records. APP01 runs IIS and a .NET Windows service
    that crashes every half hour from 08:10 to 12:40 on June 4 (a database login failing:
    `.NET Runtime` 1026 with the stack, `Application Error` 1000, `Windows Error Reporting` 1001,
    the Service Control Manager's 7034 / 7031 and restarts), ASP.NET 1309 warnings, TLS alerts
    (Schannel 36887), DCOM 10016; FS02 has a disk retrying I/O (disk 153, storahci 129) and
    VSS errors; both lose their domain controller for 40 minutes on June 3 (DNS Client 1014,
    NETLOGON 5719, GroupPolicy 1129, Time-Service 129), install the month's updates at 03:00 on
    June 4 and restart (WindowsUpdateClient 43 / 19 / 20, User32 1074, EventLog 6006 / 6005 /
    6009 / 6013, Kernel-General 12 / 13), with the services' state changes (7036, 7040) and the
    Software Protection service's rescheduling (16384) all day."""
    t0, t_end = day(3, 0), day(4, 18, 0)

    def one(host: str) -> list[Log]:
        logs: list[Log] = []
        clock = Clock(1_000_000)
        recs: dict[str, list[tuple[datetime, int, list[str], str]]] = {
            "System": [],
            "Application": [],
        }
        seq = [0]

        def W(
            log: str,
            t: datetime,
            provider: str,
            eid: int,
            fmt: str,
            *vals: object,
            text: str | None = None,
        ) -> datetime:
            t = clock.at((log, provider), t)
            msg = (text if text is not None else fill(fmt, *vals)).split("\n")
            lines = [
                f"TimeCreated  : {we_time(t)}",
                f"ProviderName : {provider}",
                f"Id           : {eid}",
                f"Message      : {msg[0]}",
            ] + [" " * 15 + x for x in msg[1:]]
            seq[0] += 1
            recs[log].append((t, seq[0], lines, label(fmt)))
            return t

        def nx(t: datetime, lo: float = 0.5, hi: float = 3) -> datetime:
            return t + secs(r, lo, hi)

        def svc(t: datetime, name: str, state: str) -> datetime:
            return W(
                "System",
                t,
                "Service Control Manager",
                7036,
                "The %s service entered the %s state.",
                name,
                state,
            )

        # services coming and going all day
        for x in poisson(r, t0, t_end, 520):
            name = r.choice(WE_SERVICES)
            x = svc(x, name, "running")
            svc(x + secs(r, 20, 600), name, "stopped")
        for x in poisson(r, t0, t_end, 3600 * 3):
            W(
                "Application",
                x,
                "Microsoft-Windows-Security-SPP",
                16384,
                "Successfully scheduled Software Protection service for re-start at %s. Reason: %s.",
                (x + timedelta(hours=r.randrange(20, 30))).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "RulesEngine",
            )
            if r.random() < 0.5:
                W(
                    "System",
                    nx(x, 1, 5),
                    "Service Control Manager",
                    7040,
                    "The start type of the %s service was changed from %s to %s.",
                    "Background Intelligent Transfer Service",
                    "auto start",
                    "demand start",
                )
        for x in poisson(r, t0, t_end, 1800):
            W(
                "Application",
                x,
                "VSS",
                8224,
                "The VSS service is shutting down due to idle timeout. ",
            )
        for x in poisson(r, t0, t_end, 1200 if host == "APP01" else 4000):
            clsid, appid = (
                "{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}",
                "{15C20B67-12E7-4BB6-92BB-7AFF07997402}",
            )
            user, sid = r.choice(
                [
                    ("NT AUTHORITY\\LOCAL SERVICE", "S-1-5-19"),
                    ("NT AUTHORITY\\SYSTEM", "S-1-5-18"),
                    ("CONTOSO\\svc-orders", "S-1-5-21-3623811015-3361044348-30300820-1013"),
                ]
            )
            W(
                "System",
                x,
                "Microsoft-Windows-DistributedCOM",
                10016,
                "The %s permission settings do not grant %s %s permission for the COM Server application with CLSID \n%s\n and APPID \n%s\n to the user %s SID (%s) from address %s (Using LRPC) running in the application container %s SID (%s). This security permission can be modified using the Component Services administrative tool.",
                "application-specific",
                "Local",
                "Activation",
                clsid,
                appid,
                user,
                sid,
                "LocalHost",
                "Unavailable",
                "Unavailable",
            )
        if host == "APP01":
            for x in poisson(r, t0, t_end, 400):
                W(
                    "System",
                    x,
                    "Schannel",
                    36887,
                    "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is %d.",
                    r.choice([46, 46, 46, 48, 40, 10]),
                )
            for x in poisson(r, t0, t_end, 2400):
                W(
                    "Application",
                    x,
                    "ASP.NET 4.0.30319.0",
                    1309,
                    "Event code: %s \nEvent message: %s \nEvent time: %s \nEvent time (UTC): %s \nEvent ID: %s \nEvent sequence: %d \nEvent occurrence: %d \nEvent detail code: 0 \n \nApplication information: \n    Application domain: %s \n    Trust level: Full \n    Application Virtual Path: / \n    Application Path: %s \n    Machine name: %s \n \nException information: \n    Exception type: %s \n    Exception message: %s",
                    3005,
                    "An unhandled exception has occurred.",
                    f"{we_time(x)}",
                    f"{we_time(x)}",
                    hexid(r, 32),
                    r.randrange(100, 9000),
                    r.randrange(1, 400),
                    f"/LM/W3SVC/2/ROOT-1-{r.randrange(10**17, 10**18)}",
                    "C:\\inetpub\\orders\\",
                    host,
                    r.choice(["HttpException", "TimeoutException", "SqlException"]),
                    r.choice(
                        [
                            "The client disconnected.",
                            "Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
                            "Request timed out.",
                        ]
                    ),
                )
            # the service crashing
            for n, x in enumerate(poisson(r, day(4, 8, 10), day(4, 12, 40), 1700), 1):
                pidhex = f"0x{r.randrange(0x400, 0x3000):x}"
                exc = "System.Data.SqlClient.SqlException"
                x = W(
                    "Application",
                    x,
                    ".NET Runtime",
                    1026,
                    "Application: %s\nFramework Version: %s\nDescription: The process was terminated due to an unhandled exception.\nException Info: %s\n%s",
                    text="\n".join(
                        [
                            "Application: Contoso.Orders.Service.exe",
                            "Framework Version: v4.0.30319",
                            "Description: The process was terminated due to an unhandled exception.",
                            f"Exception Info: {exc}",
                            *WE_DOTNET_STACK,
                        ]
                    ),
                )
                x = W(
                    "Application",
                    nx(x, 0, 1),
                    "Application Error",
                    1000,
                    "Faulting application name: %s, version: %s, time stamp: 0x%s\nFaulting module name: %s, version: %s, time stamp: 0x%s\nException code: 0x%s\nFault offset: 0x%s\nFaulting process id: %s\nFaulting application start time: 0x%s\nFaulting application path: %s\nFaulting module path: %s\nReport Id: %s\nFaulting package full name: %s\nFaulting package-relative application ID: %s",
                    "Contoso.Orders.Service.exe",
                    "3.14.2.0",
                    "65f2a1c9",
                    "KERNELBASE.dll",
                    "10.0.14393.7070",
                    "6620b4d8",
                    "e0434352",
                    f"{r.randrange(0x10000, 0x40000):016x}",
                    pidhex,
                    hexid(r, 16),
                    "C:\\Program Files\\Contoso\\Orders\\Contoso.Orders.Service.exe",
                    "C:\\Windows\\System32\\KERNELBASE.dll",
                    uuid4(r),
                    "",
                    "",
                )
                x = W(
                    "Application",
                    nx(x, 1, 4),
                    "Windows Error Reporting",
                    1001,
                    "Fault bucket %s, type %d\nEvent Name: %s\nResponse: Not available\nCab Id: 0\n\nProblem signature:\nP1: %s\nP2: %s\nP3: %s\nP4: %s\nP5: %s\nP6: %s\nP7: %s\nP8: %s\nP9: %s\nP10: \n\nAttached files:\n%s\n\nThese files may be available here:\n%s\n\nAnalysis symbol: \nRechecking for solution: 0\nReport Id: %s\nReport Status: %d\nHashed bucket: \nCab Guid: 0",
                    "",
                    0,
                    "CLR20r3",
                    "Contoso.Orders.Service.exe",
                    "3.14.2.0",
                    "65f2a1c9",
                    "System.Data",
                    "4.8.4614.0",
                    "65c2d5a1",
                    str(r.randrange(1000, 3000)),
                    str(r.randrange(10, 200)),
                    exc,
                    f"\\\\?\\C:\\ProgramData\\Microsoft\\Windows\\WER\\Temp\\WER{hexid(r, 4).upper()}.tmp.WERInternalMetadata.xml",
                    f"C:\\ProgramData\\Microsoft\\Windows\\WER\\ReportQueue\\AppCrash_Contoso.Orders.S_{hexid(r, 40)}_{hexid(r, 8)}_{hexid(r, 8)}",
                    uuid4(r),
                    4,
                )
                if n % 3:
                    x = W(
                        "System",
                        nx(x, 0, 1),
                        "Service Control Manager",
                        7031,
                        "The %s service terminated unexpectedly.  It has done this %d time(s).  The following corrective action will be taken in %d milliseconds: %s.",
                        "Contoso Orders Dispatcher",
                        n % 3,
                        60000,
                        "Restart the service",
                    )
                    svc(
                        x + timedelta(seconds=60) + secs(r, 0, 2),
                        "Contoso Orders Dispatcher",
                        "running",
                    )
                else:
                    W(
                        "System",
                        nx(x, 0, 1),
                        "Service Control Manager",
                        7034,
                        "The %s service terminated unexpectedly.  It has done this %d time(s).",
                        "Contoso Orders Dispatcher",
                        3,
                    )
        else:
            for x in poisson(r, day(3, 22, 0), t_end, 260):
                x = W(
                    "System",
                    x,
                    "disk",
                    153,
                    "The IO operation at logical block address %s for Disk %d (PDO name: %s) was retried.",
                    f"0x{r.randrange(0x1000000, 0x3FFFFFFFF):x}",
                    2,
                    "\\Device\\00000036",
                )
                if r.random() < 0.15:
                    W(
                        "System",
                        nx(x, 0, 2),
                        "storahci",
                        129,
                        "Reset to device, %s, was issued.",
                        "\\Device\\RaidPort0",
                    )
            for x in poisson(r, t0, t_end, 3 * 3600):
                W(
                    "Application",
                    x,
                    "VSS",
                    8193,
                    "Volume Shadow Copy Service error: Unexpected error calling routine %s.  hr = %s, %s\n\nOperation:\n   %s\n\nContext:\n   Execution Context: %s",
                    "RegOpenKeyExW(-2147483646,SYSTEM\\CurrentControlSet\\Services\\VSS\\Diag,...)",
                    "0x80070005",
                    "Access is denied.",
                    "Initializing Writer",
                    "Requestor",
                )
            for x in poisson(r, t0, t_end, 5400):
                W(
                    "System",
                    x,
                    "Microsoft-Windows-Ntfs",
                    98,
                    "Volume %s (%s) is healthy.  No action is needed.",
                    r.choice(["D:", "E:"]),
                    r.choice(["\\Device\\HarddiskVolume4", "\\Device\\HarddiskVolume6"]),
                )
        # the domain controller unreachable
        dc0, dc1 = day(3, 14, 5, 12), day(3, 14, 45, 50)
        for x in poisson(r, dc0, dc1, 75):
            W(
                "System",
                x,
                "Microsoft-Windows-DNS-Client",
                1014,
                "Name resolution for the name %s timed out after none of the configured DNS servers responded.",
                r.choice(
                    [
                        "_ldap._tcp.dc._msdcs.corp.contoso.com",
                        "dc01.corp.contoso.com",
                        "time.windows.com",
                        "ctldl.windowsupdate.com",
                    ]
                ),
            )
        for x in poisson(r, dc0 + timedelta(minutes=2), dc1, 600):
            W(
                "System",
                x,
                "NETLOGON",
                5719,
                "This computer was not able to set up a secure session with a domain controller in domain %s due to the following: \n%s \nThis may lead to authentication problems. Make sure that this computer is connected to the network. If the problem persists, please contact your domain administrator.  \n\nADDITIONAL INFO \nIf this computer is a domain controller for the specified domain, it sets up the secure session to the primary domain controller emulator in the specified domain. Otherwise, this computer sets up the secure session to any domain controller in the specified domain.",
                "CONTOSO",
                "There are currently no logon servers available to service the logon request.",
            )
        for x in poisson(r, dc0 + timedelta(minutes=1), dc1, 900):
            W(
                "System",
                x,
                "Microsoft-Windows-GroupPolicy",
                1129,
                "The processing of Group Policy failed because of lack of network connectivity to a domain controller. This may be a transient condition. A success message would be generated once the machine gets connected to the domain controller and Group Policy has successfully processed. If you do not see a success message for several hours, then contact your administrator.",
            )
            W(
                "System",
                nx(x, 5, 30),
                "Microsoft-Windows-Time-Service",
                129,
                "NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in %d minutes and double the reattempt interval thereafter. The error was: %s",
                15,
                "The entry is not found. (0x800706E1)",
            )
        W(
            "System",
            dc1 + secs(r, 30, 90),
            "Microsoft-Windows-Time-Service",
            35,
            "The time service is now synchronizing the system time with the time source %s.",
            "dc01.corp.contoso.com (ntp.d|10.10.0.11:123->10.10.2.21:123)",
        )
        for x in poisson(r, t0, t_end, 5400):
            W(
                "System",
                x,
                "Microsoft-Windows-GroupPolicy",
                1500 + (x.minute % 2),
                "The Group Policy settings for the %s were processed successfully. There were no changes detected since the last successful processing of Group Policy.",
                r.choice(["computer", "user"]),
            )
        # the updates and the restart
        u = day(4, 3, 0, 4) + secs(r, 0, 30)
        kbs = [
            (
                "2024-06 Cumulative Update for Windows Server 2016 for x64-based Systems (KB5039214)",
                None,
            ),
            (
                "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.411.445.0)",
                None,
            ),
            (
                "2024-06 Cumulative Update for .NET Framework 4.8 for Windows Server 2016 for x64 (KB5039338)",
                "0x800f0922" if host == "FS02" else None,
            ),
        ]
        u = W(
            "System",
            u,
            "Microsoft-Windows-WindowsUpdateClient",
            44,
            "Windows Update started downloading an update.",
        )
        for kb, err in kbs:
            u = W(
                "System",
                nx(u, 20, 90),
                "Microsoft-Windows-WindowsUpdateClient",
                43,
                "Installation Started: Windows has started installing the following update: %s",
                kb,
            )
            u = svc(nx(u), "Windows Modules Installer", "running")
            if err:
                u = W(
                    "System",
                    nx(u, 60, 300),
                    "Microsoft-Windows-WindowsUpdateClient",
                    20,
                    "Installation Failure: Windows failed to install the following update with error %s: %s.",
                    err,
                    kb,
                )
            else:
                u = W(
                    "System",
                    nx(u, 60, 300),
                    "Microsoft-Windows-WindowsUpdateClient",
                    19,
                    "Installation Successful: Windows successfully installed the following update: %s",
                    kb,
                )
        u = W(
            "System",
            nx(u, 30, 90),
            "User32",
            1074,
            "The process %s (%s) has initiated the restart of computer %s on behalf of user %s for the following reason: %s\n Reason Code: %s\n Shutdown Type: %s\n Comment: %s",
            "C:\\Windows\\system32\\svchost.exe",
            host,
            host,
            "NT AUTHORITY\\SYSTEM",
            "Operating System: Service pack (Planned)",
            "0x80020010",
            "restart",
            "",
        )
        u = W("System", nx(u, 5, 20), "EventLog", 6006, "The Event log service was stopped.")
        u = W(
            "System",
            nx(u, 1, 3),
            "Microsoft-Windows-Kernel-General",
            13,
            "The operating system is shutting down at system time %s.",
            f"\u200e{u:%Y-%m-%dT%H:%M:%S}.{r.randrange(10**8, 10**9)}00Z",
        )
        u = W(
            "System",
            nx(u, 40, 90),
            "Microsoft-Windows-Kernel-General",
            12,
            "The operating system started at system time %s.",
            f"\u200e{u:%Y-%m-%dT%H:%M:%S}.{r.randrange(10**8, 10**9)}00Z",
        )
        u = W(
            "System",
            nx(u, 5, 15),
            "EventLog",
            6009,
            "Microsoft (R) Windows (R) %s. %s %s.",
            "10.00.",
            "14393 ",
            "Multiprocessor Free",
        )
        u = W("System", nx(u, 0, 1), "EventLog", 6005, "The Event log service was started.")
        for d in (3, 4):
            W(
                "System",
                day(d, 12, 0, 0) + secs(r, 0, 2),
                "EventLog",
                6013,
                "The system uptime is %d seconds.",
                int((day(d, 12) - (day(d - 9, 3) if d == 3 else u)).total_seconds()),
            )
        for log, items in recs.items():
            out = Log(f"{host}-{log}.txt", t0)
            out.add("", None)
            for _, _, lines, tid in sorted(items, key=lambda x: (x[0], x[1]), reverse=True):
                out.add(lines[0], tid)
                for x in lines[1:]:
                    out.add(x, None)
                out.add("", None)
            out.add("", None)
            logs.append(out)
        return logs

    return one("APP01") + one("FS02")


SYSTEMS = {
    "apt": apt,
    "unattended-upgrades": unattended_upgrades,
    "bastion": bastion,
    "snapd": snapd,
    "windows-events": windows_events,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
