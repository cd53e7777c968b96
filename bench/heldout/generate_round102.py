#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 102 (freeipa, tetragon, trivy, step-ca, boundary) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file, through round 97's Files). Five identity and
security programs, 06:00 to 12:00 on 2024-06-04:

- FreeIPA 4.11 on ipa1.example.com (`ipa1-httpd-error_log`, `ipa1-healthcheck.log`): Apache's
  error_log with mod_wsgi's `[wsgi:error] ... [remote %s] ipa: INFO: ...` lines (the
  framework's `[%s] %s: %s(%s): %s` for every API command, the web UI's batches, failed
  password logins `401 Unauthorized: Principal %s cannot be authenticated: %s`, `400 Bad
  Request: denied` for a script without a Referer, password changes, `*** PROCESS START ***`),
  mod_auth_gssapi's GSS errors (a host with a stale keytab), the CA (pki-tomcatd) down 08:40
  to 08:55 (`AH00957: AJP: attempt to connect to %s (%s) failed`, `AH00896`, the RA's `%s.%s():
  Unable to communicate with CMS (%s)` and `CertificateOperationError`), a graceful restart at
  10:00 (`AH00493`, `AH00489`, `AH00094`) and an ssl warning at start-up; `ipa-healthcheck
  --all --output-type human` appended by cron every hour (`%s: %s.%s` with an optional `.%s`
  key and `: ` message: certificates expiring, a filesystem filling, a file mode, the CA
  checks failing while pki-tomcatd is down).
- Cilium Tetragon 1.1 on a Kubernetes node (`tetragon-events.log`: the JSON export,
  `process_exec` / `process_exit` / `process_kprobe` events of three TracingPolicies;
  `tetragon-agent.log`: the agent's logrus text lines, client-go's klog lines while the API
  server is unreachable 07:30 to 07:34, a ring-buffer loss, a restart at 09:15).
- Trivy 0.52 (`ci-trivy.log`: the output of a CI job scanning images in client mode, the
  console log `%Y-%m-%dT%H:%M:%SZ\tLEVEL\t[prefix] message\tkey=value` and the table report
  after each scan; `trivy-server.log`: `trivy server` with its hourly DB update, the DB
  download rate-limited at 09:00, a restart).
- Smallstep step-ca 0.26 (`step-ca.log`: Go's `log` start-up lines and logrus request records
  with no message, `time=... level=... duration=... method=... path=... status=...`): the
  ACME flow of cert-manager and Caddy, `step ca renew` daemons, one-time-token signs, the
  health check, TLS handshake errors, expired certificates and reused tokens, a restart.
- HashiCorp Boundary 0.16 (`controller.log`, `worker1.log`, `worker2.log`): the start-up
  configuration block, then cloudevents JSON events: system events, error events and the
  controller's API observations; the database down 08:10 to 08:13, a controller restart at
  10:30 with the workers' status errors, an unreachable target.

Label notes. Apache's date, module, level, pid and tid, the `(errno)text: ` status prefix and
`[client %s]` / `[remote %s]` are context, and so is ipa's `ipa: LEVEL: ` prefix; the `[%s]`
executioner name, principal, command name, its arguments' repr and the result (the
exception's class name, or `SUCCESS`) are variables of `[%s] %s: %s(%s): %s` (rpcserver.py),
the batch's `SUCCESS` being literal; the status passed by `unauthorized()` / `bad_request()`
is a literal of its call site. ipa-healthcheck's human output is `result: source.check`
with `.key` when the result has one and `: msg` when it has a message: the result, source,
check and key are values, the message's own format is wording. Tetragon's events are
labelled by their type, and a kprobe's by its hook (`process_kprobe tcp_connect`) and, when it
is not a post, its action, as round 55's Zeek records are by the fields that say what
happened; logrus's fields are context (the message is the label); klog's header is context.
Trivy's date, level, `[prefix]` and the fields after the message (its error included: `log.Err`
is a field) are context; a report's heading line starts an event (`%s (%s %s)` for the OS,
`%s (%s)` for a language file) and its underline, `Total:` line and table belong to it.
step-ca's request records are labelled as access records (method, route, status; ids, the
provisioner's name and the ACME account in the path are variables) with the error field's
format when there is one; Go's `log` date is context. Boundary's start-up block is one event
labelled by its first line; an event is labelled by its `msg` (system), its error's format
(error) or method, route and status (observation).

Least sure (written from the helper's knowledge; the rpcserver.py lines were checked against
a copy of the source): FreeIPA's batch line, `InvalidSessionPassword`'s text, the RA's `Unable
to communicate with CMS` line, the GSS error's minor status text and most ipa-healthcheck
messages and check names; Tetragon's agent wordings beyond `Starting tetragon` (the sensor,
policy, BTF, cgroup and ring-buffer lines, the shutdown line) and its JSON field order;
Trivy 0.52's prefixes, the server's DB update lines and the report's spacing; step-ca's
start-up order, the record's level for 4xx answers and its error texts (`token already used`,
`order %s is not ready`); Boundary's event messages and error texts, nearly all of them, and
whether observations are on by default.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, sec


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b32(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuv0123456789") for _ in range(n))


def b62(r: random.Random, n: int) -> str:
    return "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n)
    )


def iso_z(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def iso_ns(t: datetime, r: random.Random) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randint(0, 999):03d}Z"


CLIENTS = ["10.0.5.12", "10.0.5.31", "10.0.5.77", "10.0.6.9", "10.0.6.140", "10.0.7.21"]


# ---------------------------------------------------------------------------------- freeipa

IPA_VER = "2.253"
IPA_USERS = ["jdoe", "asmith", "mkowalski", "lchen", "rpatel", "okarlsson", "tnguyen", "bwilson"]
IPA_GROUPS = ["developers", "ops", "dba", "finance", "vpn-users"]
IPA_HOSTS = [f"{h}.example.com" for h in ["web01", "web02", "db01", "db02", "ci01", "mail01"]]


def freeipa(r: random.Random) -> list[Log]:
    """ipa1.example.com, 06:00 to 12:00: admins in the web UI (batches of show/find calls),
    a provisioning service adding and removing hosts over Kerberos, `ipa` CLI pings from the
    clients, failed password logins, a client script without a Referer, ci01 with a stale
    keytab failing GSSAPI, pki-tomcatd down 08:40 to 08:55 (AJP errors, cert commands failing),
    a graceful restart at 10:00, hourly ipa-healthcheck runs."""
    fs = Files()
    wsgi_pids = [2871, 2872, 2873, 2874]
    tids = {
        p: [r.randint(139_900_000_000_000, 140_200_000_000_000) for _ in range(3)]
        for p in wsgi_pids
    }
    main_pid = 2861

    def ap_ts(x: datetime) -> str:
        return f"[{x:%a %b %d %H:%M:%S}.{x.microsecond:06d} {x:%Y}]"

    def A(
        t: datetime, mod: str, pid: int, tid: int, label: str, msg: str, pre: str = ""
    ) -> datetime:
        return fs.add(
            "ipa1-httpd-error_log",
            t,
            label,
            lambda x: [f"{ap_ts(x)} [{mod}] [pid {pid}:tid {tid}] {pre}{msg}"],
            pid,
            1,
        )

    def W(t: datetime, level: str, label: str, msg: str, client: str | None = None) -> datetime:
        pid = r.choice(wsgi_pids)
        tid = r.choice(tids[pid])
        c = client or r.choice(CLIENTS)
        return A(
            t,
            "wsgi:error",
            pid,
            tid,
            label,
            f"ipa: {level}: {msg}",
            f"[remote {c}:{r.randint(32768, 60999)}] ",
        )

    CMD = "[%s] %s: %s(%s): %s"

    def cmd(
        t: datetime,
        ex: str,
        who: str,
        name: str,
        args: str,
        res: str = "SUCCESS",
        client: str | None = None,
    ) -> datetime:
        sep = ", " if args else ""
        return W(
            t, "INFO", CMD, f"[{ex}] {who}: {name}/1({args}{sep}version='{IPA_VER}'): {res}", client
        )

    def start(t: datetime) -> None:
        t = A(
            t,
            "ssl:warn",
            main_pid,
            140_012_345_678_912,
            "AH01909: %s server certificate does NOT include an ID which matches the server name",
            "AH01909: ipa1.example.com:443:0 server certificate does NOT include an ID which matches the server name",
        )
        t = A(
            t + sec(0.05),
            "mpm_event:notice",
            main_pid,
            140_012_345_678_912,
            "AH00489: %s configured -- resuming normal operations",
            "AH00489: Apache/2.4.57 (Fedora Linux) OpenSSL/3.1.1 mod_auth_gssapi/1.6.5 mod_wsgi/4.9.4 Python/3.12 configured -- resuming normal operations",
        )
        A(
            t + sec(0.001),
            "core:notice",
            main_pid,
            140_012_345_678_912,
            "AH00094: Command line: '%s'",
            "AH00094: Command line: '/usr/sbin/httpd -D FOREGROUND'",
        )
        for _ in wsgi_pids:
            W(
                t + sec(r.uniform(0.5, 3)),
                "INFO",
                "*** PROCESS START ***",
                "*** PROCESS START ***",
                "127.0.0.1",
            )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(2))
    ca_down = (at(8, 40), at(9, 10))

    # the web UI: admins' sessions, each a login then batches of calls
    admins = ["admin@EXAMPLE.COM", "jsmith@EXAMPLE.COM", "helpdesk1@EXAMPLE.COM"]
    for t in poisson(r, t0 + sec(60), t_end, 190):
        if at(9, 59, 50) <= t < at(10, 0, 10):
            continue
        who = r.choice(admins)
        c = r.choice(CLIENTS)
        if r.random() < 0.15:
            u = who.split("@")[0]
            W(
                t,
                "INFO",
                "401 Unauthorized: Principal %s cannot be authenticated: kinit: Password incorrect while getting initial credentials",
                f"401 Unauthorized: Principal {u}@EXAMPLE.COM cannot be authenticated: kinit: Password incorrect while getting initial credentials",
                c,
            )
            t += sec(r.uniform(5, 20))
        t = cmd(t + sec(0.3), "jsonserver_session", who, "i18n_messages", "", client=c)
        t = cmd(
            t + sec(0.2),
            "jsonserver_session",
            who,
            "config_show",
            "rights=True, all=True",
            client=c,
        )
        for _ in range(r.randint(2, 9)):
            t += sec(r.uniform(1, 40))
            u = r.choice(IPA_USERS)
            x = r.random()
            if x < 0.45:
                name, args, res = "user_show", f"'{u}', all=True, rights=True", "SUCCESS"
            elif x < 0.6:
                name, args, res = (
                    "user_find",
                    f"'{u[:2]}', sizelimit=100, pkey_only=True",
                    "SUCCESS",
                )
            elif x < 0.68:
                name, args, res = (
                    "group_add_member",
                    f"'{r.choice(IPA_GROUPS)}', user=('{u}',)",
                    "SUCCESS",
                )
            elif x < 0.74:
                name, args, res = (
                    "user_show",
                    f"'{u}{r.randint(2, 9)}', all=True, rights=True",
                    "NotFound",
                )
            elif x < 0.8:
                name, args, res = (
                    "user_mod",
                    f"'{u}', telephonenumber=('+46 8 555 {r.randint(1000, 9999)}',)",
                    r.choice(["SUCCESS", "SUCCESS", "EmptyModlist"]),
                )
            elif x < 0.86:
                name, args, res = (
                    "hbactest",
                    f"user='{u}', targethost='{r.choice(IPA_HOSTS)}', service='sshd'",
                    "SUCCESS",
                )
            elif x < 0.9:
                name, args, res = (
                    "user_add",
                    f"'{u}', givenname='{u.title()}', sn='User', userpassword='********'",
                    "DuplicateEntry",
                )
            elif x < 0.95:
                serial = r.randint(10, 90)
                if ca_down[0] <= t < ca_down[1]:
                    W(
                        t + sec(0.01),
                        "ERROR",
                        "%s.%s(): Unable to communicate with CMS (%s)",
                        "ra.get_certificate(): Unable to communicate with CMS (503)",
                        c,
                    )
                    name, args, res = "cert_show", f"{serial}", "CertificateOperationError"
                else:
                    name, args, res = "cert_show", f"{serial}", "SUCCESS"
            else:
                # the batch of the user details page
                for sub in ["user_show", "group_find", "hbacrule_find", "sudorule_find"]:
                    a = (
                        f"'{u}', all=True"
                        if sub == "user_show"
                        else f"None, user='{u}', pkey_only=True"
                    )
                    t = W(
                        t + sec(0.01),
                        "INFO",
                        "[%s] %s: batch: %s(%s): SUCCESS",
                        f"[jsonserver_session] {who}: batch: {sub}/1({a}): SUCCESS",
                        c,
                    )
                name = "batch"
                args = f"{{'method': 'user_show/1', 'params': [['{u}'], {{'all': True}}]}}, {{'method': 'group_find/1', 'params': [[None], {{'user': '{u}'}}]}}, {{'method': 'hbacrule_find/1', 'params': [[None], {{'user': '{u}'}}]}}, {{'method': 'sudorule_find/1', 'params': [[None], {{'user': '{u}'}}]}}"
                res = "SUCCESS"
            t = cmd(t, "jsonserver_session", who, name, args, res, c)
        if r.random() < 0.5:
            cmd(
                t + sec(r.uniform(10, 300)),
                "jsonserver_session",
                who,
                "session_logout",
                "",
                client=c,
            )
        if r.random() < 0.04:
            u = r.choice(IPA_USERS)
            W(
                t + sec(5),
                "INFO",
                "200 Success: Password was changed.",
                "200 Success: Password was changed.",
                c,
            )
            del u

    # the clients' `ipa` CLI: pings and host lookups over Kerberos
    for t in poisson(r, t0 + sec(20), t_end, 35):
        if at(9, 59, 50) <= t < at(10, 0, 10):
            continue
        h = r.choice(IPA_HOSTS)
        c = f"10.0.4.{10 + IPA_HOSTS.index(h)}"
        if h == "ci01.example.com" and at(7, 0) <= t < at(9, 30):
            A(
                t,
                "auth_gssapi:error",
                r.choice(wsgi_pids),
                140_033_221_110_001,
                "GSS ERROR In Negotiate Auth: gss_accept_sec_context() failed: [Unspecified GSS failure.  Minor code may provide more information (Request ticket server %s kvno %d not found in keytab; keytab is likely out of date)]",
                "GSS ERROR In Negotiate Auth: gss_accept_sec_context() failed: [Unspecified GSS failure.  Minor code may provide more information (Request ticket server HTTP/ipa1.example.com@EXAMPLE.COM kvno 4 not found in keytab; keytab is likely out of date)]",
                f"[client {c}:{r.randint(32768, 60999)}] ",
            )
            continue
        who = f"host/{h}@EXAMPLE.COM"
        t = cmd(t, "jsonserver_kerb", who, "ping", "", client=c)
        if r.random() < 0.3:
            cmd(t + sec(0.2), "jsonserver_kerb", who, "host_show", f"'{h}'", client=c)

    # the provisioning service
    n = 0
    for t in poisson(r, t0 + sec(300), t_end, 260):
        if at(9, 59, 50) <= t < at(10, 0, 10):
            continue
        n += 1
        h = f"ephem-{n:03d}.ci.example.com"
        who = "svc-provision@EXAMPLE.COM"
        c = "10.0.3.5"
        ip = f"10.0.9.{r.randint(10, 250)}"
        t = cmd(
            t,
            "jsonserver_kerb",
            who,
            "host_add",
            f"'{h}', force=True, random=True, ip_address='{ip}'",
            client=c,
        )
        t = cmd(
            t + sec(0.4),
            "jsonserver_kerb",
            who,
            "hostgroup_add_member",
            f"'ci-runners', host=('{h}',)",
            client=c,
        )
        if ca_down[0] <= t < ca_down[1]:
            W(
                t + sec(0.5),
                "ERROR",
                "%s.%s(): Unable to communicate with CMS (%s)",
                "ra.request_certificate(): Unable to communicate with CMS (503)",
                c,
            )
            t = cmd(
                t + sec(0.51),
                "jsonserver_kerb",
                who,
                "cert_request",
                f"'-----BEGIN CERTIFICATE REQUEST-----...', principal='host/{h}@EXAMPLE.COM', add=True",
                "CertificateOperationError",
                c,
            )
        if r.random() < 0.1:
            cmd(
                t + sec(0.3),
                "jsonserver_kerb",
                who,
                "host_add",
                f"'{h}', force=True, random=True, ip_address='{ip}'",
                "DuplicateEntry",
                c,
            )
        cmd(
            t + sec(r.uniform(600, 3000)),
            "jsonserver_kerb",
            who,
            "host_del",
            f"('{h}',), updatedns=True",
            client=c,
        )

    # a monitoring script without a Referer
    for t in poisson(r, t0 + sec(60), t_end, 600):
        W(t, "INFO", "400 Bad Request: denied", "400 Bad Request: denied", "10.0.8.15")

    # pki-tomcatd down: AJP errors for the CA's own pages
    for t in poisson(r, ca_down[0], ca_down[1], 20):
        pid = r.choice(wsgi_pids)
        c = r.choice([*CLIENTS, "10.0.4.10", "10.0.4.11"])
        t = A(
            t,
            "proxy:error",
            pid,
            r.choice(tids[pid]),
            "AH00957: %s: attempt to connect to %s (%s:%d) failed",
            "AH00957: AJP: attempt to connect to 127.0.0.1:8009 (localhost:8009) failed",
            "(111)Connection refused: ",
        )
        t = A(
            t,
            "proxy_ajp:error",
            pid,
            r.choice(tids[pid]),
            "AH00896: failed to make connection to backend: %s",
            "AH00896: failed to make connection to backend: localhost",
            f"[client {c}:{r.randint(32768, 60999)}] ",
        )

    # a graceful restart (certificate renewal) at 10:00
    A(
        at(10, 0, 0),
        "mpm_event:notice",
        main_pid,
        140_012_345_678_912,
        "AH00493: SIGUSR1 received.  Doing graceful restart",
        "AH00493: SIGUSR1 received.  Doing graceful restart",
    )
    wsgi_pids[:] = [31201, 31202, 31203, 31204]
    for p in wsgi_pids:
        tids[p] = [r.randint(139_900_000_000_000, 140_200_000_000_000) for _ in range(3)]
    start(at(10, 0, 1))

    # ipa-healthcheck --all --output-type human, hourly
    services = [
        "certmonger",
        "dirsrv",
        "gssproxy",
        "httpd",
        "ipa_custodia",
        "ipa_dnskeysyncd",
        "ipa_otpd",
        "kadmin",
        "krb5kdc",
        "named",
        "pki_tomcatd",
        "sssd",
    ]
    requests = [
        "20240101120000",
        "20240101120001",
        "20240101120002",
        "20240101120003",
        "20240101120004",
        "20240101120005",
        "20240101120006",
        "20240101120007",
        "20240101120008",
    ]
    files = [
        "_etc_ipa_ca.crt_mode",
        "_etc_ipa_default.conf_mode",
        "_var_lib_ipa-client_sysrestore_mode",
        "_etc_krb5.keytab_mode",
        "_etc_dirsrv_slapd-EXAMPLE-COM_pwdfile.txt_mode",
        "_var_named_dyndb-ldap_ipa_mode",
    ]

    def H(t: datetime, label: str, line: str) -> datetime:
        return fs.add("ipa1-healthcheck.log", t, label, lambda x: [line], "hc", 1)

    for hr in range(6, 12):
        t = at(hr, 5, 0) + sec(r.uniform(0, 5))
        ca_off = ca_down[0] <= t < ca_down[1]
        for s in services:
            t += sec(r.uniform(0.05, 0.3))
            if s == "pki_tomcatd" and ca_off:
                H(
                    t,
                    "%s: %s.%s: %s: not running",
                    f"ERROR: ipahealthcheck.meta.services.{s}: {s}: not running",
                )
            else:
                H(t, "%s: %s.%s", f"SUCCESS: ipahealthcheck.meta.services.{s}")
        for q in requests:
            t += sec(r.uniform(0.05, 0.3))
            if q.endswith("3"):
                days = 24 - hr // 24
                H(
                    t,
                    "%s: %s.%s.%s: Request id %s expires in %s days",
                    f"WARNING: ipahealthcheck.ipa.certs.IPACertmongerExpirationCheck.{q}: Request id {q} expires in {days} days",
                )
            else:
                H(
                    t,
                    "%s: %s.%s.%s",
                    f"SUCCESS: ipahealthcheck.ipa.certs.IPACertmongerExpirationCheck.{q}",
                )
        for q in requests:
            t += sec(r.uniform(0.01, 0.1))
            H(t, "%s: %s.%s.%s", f"SUCCESS: ipahealthcheck.ipa.certs.IPACertTracking.{q}")
        for ck in [
            "IPACAChainExpirationCheck",
            "IPACertNSSTrust",
            "IPACertMatchCheck",
            "IPADogtagCertsMatchCheck",
            "IPANSSChainValidation",
            "IPAOpenSSLChainValidation",
            "IPARAAgent",
            "IPACertRevocation",
            "IPACertmongerCA",
        ]:
            t += sec(r.uniform(0.05, 0.5))
            H(t, "%s: %s.%s", f"SUCCESS: ipahealthcheck.ipa.certs.{ck}")
        for f in files:
            t += sec(r.uniform(0.01, 0.05))
            if f == "_etc_ipa_ca.crt_mode" and hr < 9:
                H(
                    t,
                    "%s: %s.%s.%s: Permissions of %s are too permissive: %s and should be %s",
                    f"WARNING: ipahealthcheck.ipa.files.IPAFileCheck.{f}: Permissions of /etc/ipa/ca.crt are too permissive: 0644 and should be 0444",
                )
            else:
                H(t, "%s: %s.%s.%s", f"SUCCESS: ipahealthcheck.ipa.files.IPAFileCheck.{f}")
        for ck in ["DogtagCertsConfigCheck", "DogtagCertsConnectivityCheck"]:
            t += sec(r.uniform(0.1, 1))
            if ca_off and ck == "DogtagCertsConnectivityCheck":
                H(
                    t,
                    "%s: %s.%s: Request for certificate failed, %s",
                    f"ERROR: ipahealthcheck.dogtag.ca.{ck}: Request for certificate failed, Unable to communicate with CMS (503)",
                )
            else:
                H(t, "%s: %s.%s", f"SUCCESS: ipahealthcheck.dogtag.ca.{ck}")
        for ck in [
            "IPADNSSystemRecordsCheck",
            "IPATopologyDomainCheck",
            "IPAKerberosPrincipalCheck",
            "ReplicationConflictCheck",
            "KDCWorkersCheck",
            "IPAHostKeytab",
            "ClockSkewCheck",
        ]:
            t += sec(r.uniform(0.05, 0.6))
            H(
                t,
                "%s: %s.%s",
                f"SUCCESS: ipahealthcheck.ipa.topology.{ck}"
                if ck == "IPATopologyDomainCheck"
                else f"SUCCESS: ipahealthcheck.ipa.host.{ck}",
            )
        t += sec(0.2)
        H(
            t,
            "%s: %s.%s: No DNA range defined. If no masters define a range then users and groups cannot be created.",
            "WARNING: ipahealthcheck.ipa.dna.IPADNARangeCheck: No DNA range defined. If no masters define a range then users and groups cannot be created.",
        )
        for store in ["/var/lib/dirsrv/", "/var/log/", "/var/log/audit/", "/var/tmp/", "/tmp"]:
            t += sec(r.uniform(0.01, 0.05))
            if store == "/var/log/audit/" and hr >= 8:
                H(
                    t,
                    "%s: %s.%s.%s: %s: free space percentage under threshold: %s%% < %s%%",
                    f"ERROR: ipahealthcheck.system.filesystemspace.FileSystemSpaceCheck.{store}: {store}: free space percentage under threshold: {22 - 2 * hr + 10}% < 20%",
                )
            else:
                H(
                    t,
                    "%s: %s.%s.%s",
                    f"SUCCESS: ipahealthcheck.system.filesystemspace.FileSystemSpaceCheck.{store}",
                )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- tetragon

TG_PODS = [
    (
        "shop",
        "api-7d9f8c6b5-xk2lp",
        "api",
        "registry.example.com/shop/api:1.8.3",
        "Deployment",
        "api",
    ),
    (
        "shop",
        "worker-5c7b9d8f4-q9mzt",
        "worker",
        "registry.example.com/shop/worker:1.8.3",
        "Deployment",
        "worker",
    ),
    ("shop", "redis-0", "redis", "docker.io/library/redis:7.2.4", "StatefulSet", "redis"),
    (
        "monitoring",
        "node-exporter-4hx7k",
        "node-exporter",
        "quay.io/prometheus/node-exporter:v1.7.0",
        "DaemonSet",
        "node-exporter",
    ),
    (
        "ci",
        "runner-6f8d7c9b4-w2kq8",
        "runner",
        "registry.example.com/ci/runner:2.4",
        "Deployment",
        "runner",
    ),
]
TG_BINS = [
    ("/usr/bin/curl", "-s -o /dev/null -w %{http_code} http://localhost:8080/healthz"),
    ("/bin/sh", "-c /app/healthcheck.sh"),
    ("/app/healthcheck.sh", ""),
    ("/usr/local/bin/redis-cli", "ping"),
    ("/usr/bin/git", "fetch --depth=1 origin main"),
    ("/usr/bin/python3", "manage.py clearsessions"),
    ("/bin/ls", "-la /tmp"),
    ("/usr/bin/apt-get", "update"),
]


def tetragon(r: random.Random) -> list[Log]:
    """One node (node-a1), 06:00 to 12:00: health-check probes' execs and exits, a CI runner's
    builds, the network policy's tcp_connect / tcp_close, the file policy's reads of
    /etc/shadow and /etc/kubernetes, a setuid, a `kubectl exec` shell in the api pod at 08:20
    whose ptrace is killed by the enforcement policy, the API server unreachable 07:30 to 07:34,
    events lost in a burst at 10:40, the agent restarted at 09:15."""
    fs = Files()
    node = "node-a1"

    def ev(t: datetime, label: str, kind: str, body: dict) -> datetime:
        return fs.add(
            "tetragon-events.log",
            t,
            label,
            lambda x: [
                json.dumps(
                    {kind: body, "node_name": node, "time": iso_ns(x, r)}, separators=(",", ":")
                )
            ],
            "ev",
            1,
        )

    def A(
        t: datetime, level: str, msg: str, fields: str = "", label: str | None = None
    ) -> datetime:
        q = f'"{msg}"' if (" " in msg or "=" in msg or '"' in msg) else msg
        tail = f" {fields}" if fields else ""
        return fs.add(
            "tetragon-agent.log",
            t,
            label or msg,
            lambda x: [f'time="{iso_z(x)}" level={level} msg={q}{tail}'],
            "agent",
            1,
        )

    def K(t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        return fs.add(
            "tetragon-agent.log",
            t,
            label,
            lambda x: [f"{sev}{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {src}] {msg}"],
            "agent",
            1,
        )

    def pod_of(p: tuple) -> dict:
        ns, name, cont, img, kind, wl = p
        return {
            "namespace": ns,
            "name": name,
            "container": {
                "id": f"containerd://{hexs(random.Random(name), 64)}",
                "name": cont,
                "image": {
                    "id": f"{img.split(':')[0]}@sha256:{hexs(random.Random(img), 64)}",
                    "name": img,
                },
                "start_time": "2024-06-03T21:14:07Z",
                "pid": 1,
            },
            "pod_labels": {"app.kubernetes.io/name": wl},
            "workload": wl,
            "workload_kind": kind,
        }

    def proc(t: datetime, pid: int, binary: str, args: str, p: tuple | None, parent: str) -> dict:
        d = {
            "exec_id": b62(r, 44),
            "pid": pid,
            "uid": 0 if binary != "/usr/bin/python3" else 1000,
            "cwd": "/app/" if p else "/",
            "binary": binary,
        }
        if args:
            d["arguments"] = args
        d.update({"flags": "execve clone", "start_time": iso_ns(t, r), "auid": 4294967295})
        if p:
            d["pod"] = pod_of(p)
            d["docker"] = pod_of(p)["container"]["id"].split("//")[1][:31]
        d["parent_exec_id"] = parent
        d["tid"] = pid
        return d

    def parent_of(p: tuple | None) -> dict:
        pid = r.randint(10, 90) if p else 1
        return {
            "exec_id": b62(r, 44),
            "pid": pid,
            "uid": 0,
            "cwd": "/",
            "binary": "/usr/bin/containerd-shim-runc-v2" if not p else "/bin/sh",
            "flags": "procFS auid",
            "start_time": "2024-06-03T21:14:07.118273091Z",
            "auid": 4294967295,
            "parent_exec_id": b62(r, 44),
            "tid": pid,
        }

    def sock(src: str, sport: int, dst: str, dport: int, state: str) -> dict:
        return {
            "sock_arg": {
                "family": "AF_INET",
                "type": "SOCK_STREAM",
                "protocol": "IPPROTO_TCP",
                "saddr": src,
                "daddr": dst,
                "sport": sport,
                "dport": dport,
                "cookie": str(r.randint(10**17, 10**18)),
                "state": state,
            }
        }

    def kprobe(
        t: datetime,
        pr: dict,
        pa: dict,
        fn: str,
        args: list,
        policy: str,
        action: str = "KPROBE_ACTION_POST",
    ) -> datetime:
        label = (
            f"process_kprobe {fn}"
            if action == "KPROBE_ACTION_POST"
            else f"process_kprobe {fn} {action}"
        )
        body = {
            "process": pr,
            "parent": pa,
            "function_name": fn,
            "args": args,
            "action": action,
            "policy_name": policy,
            "return_action": "KPROBE_ACTION_POST",
        }
        return ev(t, label, "process_kprobe", body)

    def run(
        t: datetime,
        p: tuple | None,
        binary: str,
        args: str,
        life: float,
        net: tuple | None = None,
        files: list[str] | None = None,
    ) -> None:
        pa = parent_of(p)
        pid = r.randint(1000, 400000)
        pr = proc(t, pid, binary, args, p, pa["exec_id"])
        t = ev(t, "process_exec", "process_exec", {"process": pr, "parent": pa})
        if net:
            src = f"10.244.1.{r.randint(2, 250)}"
            sp = r.randint(32768, 60999)
            t = kprobe(
                t + sec(r.uniform(0.001, 0.05)),
                pr,
                pa,
                "tcp_connect",
                [sock(src, sp, net[0], net[1], "TCP_SYN_SENT")],
                "monitor-network",
            )
            t = kprobe(
                t + sec(r.uniform(0.01, life)),
                pr,
                pa,
                "tcp_close",
                [sock(src, sp, net[0], net[1], "TCP_CLOSE_WAIT")],
                "monitor-network",
            )
        for f in files or []:
            t = kprobe(
                t + sec(r.uniform(0.001, 0.01)),
                pr,
                pa,
                "security_file_permission",
                [{"file_arg": {"path": f, "permission": "-rw-r-----"}}, {"int_arg": 4}],
                "file-monitoring",
            )
        ev(
            t + sec(r.uniform(0.002, life)),
            "process_exit",
            "process_exit",
            {"process": pr, "parent": pa, "status": 0, "time": iso_ns(t, r)},
        )

    t0, t_end = at(6, 0), at(12, 0)

    def agent_start(t: datetime, tgver: str = "v1.1.0") -> None:
        t = A(t, "info", "Starting tetragon", f"version={tgver}")
        t = A(
            t + sec(0.01),
            "info",
            "config settings",
            'config="map[bpf-lib:/var/lib/tetragon/ btf: cluster-name:prod-eu1 enable-k8s-api:true enable-process-cred:false enable-process-ns:false export-file-max-backups:5 export-file-max-size-mb:10 export-filename:/var/run/cilium/tetragon/tetragon.log process-cache-size:65536 server-address:localhost:54321]"',
        )
        t = A(
            t + sec(0.01),
            "info",
            "BTF discovery: default kernel btf file found",
            "btf-file=/sys/kernel/btf/vmlinux",
        )
        t = A(
            t + sec(0.01),
            "info",
            "Cgroup mode detection succeeded",
            'cgroup.fs=/sys/fs/cgroup cgroup.mode="Unified mode (Cgroupv2)"',
        )
        t = A(t + sec(0.1), "info", "Enabling Kubernetes API")
        t = A(t + sec(0.5), "info", "Initialized pod cache", "num_pods=37")
        t = A(
            t + sec(0.1), "info", "Starting gRPC server", 'address="localhost:54321" protocol=tcp'
        )
        t = A(
            t + sec(0.01),
            "info",
            "Exporter configuration",
            "enabled=true fileName=/var/run/cilium/tetragon/tetragon.log",
        )
        t = A(t + sec(0.2), "info", "Loading sensor", "name=__base__")
        t = A(
            t + sec(0.01), "info", "Loading kernel version 6.1.0", label="Loading kernel version %s"
        )
        t = A(t + sec(1.2), "info", "Loaded sensor successfully", "sensor=__base__")
        t = A(
            t + sec(0.3),
            "info",
            "Read ProcFS /proc appended 214/355 entries",
            label="Read ProcFS %s appended %d/%d entries",
        )
        for pol, fns in [
            ("monitor-network", "tcp_connect,tcp_close"),
            ("file-monitoring", "security_file_permission"),
            ("block-ptrace", "__x64_sys_ptrace"),
            ("privilege-escalation", "__x64_sys_setuid"),
        ]:
            t = A(
                t + sec(r.uniform(0.2, 0.9)),
                "info",
                "Loaded generic kprobe sensor",
                f"sensor=gkp-sensor-{pol} kprobes={fns}",
            )
            t = A(
                t + sec(0.01),
                "info",
                "Added TracingPolicy with success",
                f"metadata.name={pol} metadata.namespace=",
            )
        A(t + sec(0.05), "info", "Listening for events...")

    agent_start(t0 + sec(3))
    # health probes: exec of a shell and curl in the pods, every few seconds
    down = (at(9, 15, 0), at(9, 15, 20))
    for t in poisson(r, t0 + sec(10), t_end, 50):
        if down[0] <= t < down[1]:
            continue
        p = r.choice(TG_PODS[:3])
        if p[2] == "redis":
            run(t, p, "/usr/local/bin/redis-cli", "ping", 0.02, net=("127.0.0.1", 6379))
        else:
            run(
                t,
                p,
                "/usr/bin/curl",
                "-s -o /dev/null -w %{http_code} http://localhost:8080/healthz",
                0.05,
                net=("127.0.0.1", 8080),
            )
    # the worker's cron job
    for t in poisson(r, t0 + sec(100), t_end, 600):
        run(
            t,
            TG_PODS[1],
            "/usr/bin/python3",
            "manage.py clearsessions",
            2,
            net=("10.96.114.20", 5432),
        )
    # CI builds: git fetch, apt-get
    for t in poisson(r, t0 + sec(200), t_end, 400):
        run(
            t,
            TG_PODS[4],
            "/usr/bin/git",
            "fetch --depth=1 origin main",
            3,
            net=("140.82.121.4", 443),
        )
        run(t + sec(5), TG_PODS[4], "/usr/bin/apt-get", "update", 6, net=("151.101.2.132", 80))
    # node-exporter reads files; audit of /etc/shadow reads by an agent on the host
    for t in poisson(r, t0 + sec(30), t_end, 300):
        run(t, None, "/usr/sbin/sshd", "-D -R", 0.5, files=["/etc/shadow"])
    for t in poisson(r, t0 + sec(30), t_end, 900):
        run(
            t,
            None,
            "/usr/bin/cat",
            "/etc/kubernetes/admin.conf",
            0.01,
            files=["/etc/kubernetes/admin.conf"],
        )
    # setuid by sudo on the host
    for t in poisson(r, t0 + sec(60), t_end, 700):
        pa = parent_of(None)
        pr = proc(
            t,
            r.randint(1000, 400000),
            "/usr/bin/sudo",
            "-u postgres psql -c 'select 1'",
            None,
            pa["exec_id"],
        )
        t = ev(t, "process_exec", "process_exec", {"process": pr, "parent": pa})
        t = kprobe(
            t + sec(0.01), pr, pa, "__x64_sys_setuid", [{"int_arg": 0}], "privilege-escalation"
        )
        ev(
            t + sec(0.3),
            "process_exit",
            "process_exit",
            {"process": pr, "parent": pa, "status": 0, "time": iso_ns(t, r)},
        )
    # kubectl exec into the api pod, a debugger attempt killed
    t = at(8, 20, 11)
    p = TG_PODS[0]
    pa = parent_of(p)
    sh = proc(t, 48211, "/bin/sh", "", p, pa["exec_id"])
    t = ev(t, "process_exec", "process_exec", {"process": sh, "parent": pa})
    for b, a in [("/bin/ls", "-la /tmp"), ("/bin/cat", "/etc/passwd"), ("/usr/bin/id", "")]:
        t += sec(r.uniform(2, 10))
        run(t, p, b, a, 0.01)
    t += sec(20)
    gdb = proc(t, 48290, "/usr/bin/gdb", "-p 1", p, sh["exec_id"])
    t = ev(t, "process_exec", "process_exec", {"process": gdb, "parent": sh})
    for _ in range(3):
        t = kprobe(
            t + sec(0.05),
            gdb,
            sh,
            "__x64_sys_ptrace",
            [{"int_arg": 16}, {"int_arg": 1}],
            "block-ptrace",
            "KPROBE_ACTION_SIGKILL",
        )
    ev(
        t + sec(0.01),
        "process_exit",
        "process_exit",
        {"process": gdb, "parent": sh, "signal": "SIGKILL", "time": iso_ns(t, r)},
    )
    ev(
        t + sec(60),
        "process_exit",
        "process_exit",
        {"process": sh, "parent": pa, "status": 0, "time": iso_ns(t, r)},
    )

    # the API server unreachable
    for t in poisson(r, at(7, 30), at(7, 34), 8):
        K(
            t,
            "W",
            "reflector.go:539",
            '%s: failed to list %s: Get "%s": dial tcp %s: connect: connection refused',
            f'pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: failed to list *v1.Pod: Get "https://10.96.0.1:443/api/v1/pods?fieldSelector=spec.nodeName%3D{node}&resourceVersion=8812331": dial tcp 10.96.0.1:443: connect: connection refused',
        )
        K(
            t + sec(0.0001),
            "E",
            "reflector.go:147",
            '%s: Failed to watch %s: failed to list %s: Get "%s": dial tcp %s: connect: connection refused',
            f'pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: Failed to watch *v1.Pod: failed to list *v1.Pod: Get "https://10.96.0.1:443/api/v1/pods?fieldSelector=spec.nodeName%3D{node}&resourceVersion=8812331": dial tcp 10.96.0.1:443: connect: connection refused',
        )
    for t in poisson(r, at(7, 30), at(7, 34), 20):
        A(t, "warning", "Unable to find pod for container", f"container-id={hexs(r, 64)[:31]}")
    # events lost
    for t in poisson(r, at(10, 40), at(10, 43), 6):
        A(
            t,
            "warning",
            "Perf ring buffer lost events",
            f"lost={r.randint(10, 900)} cpu={r.randint(0, 7)}",
        )
    # the restart
    A(
        down[0],
        "info",
        "Received signal terminated, shutting down...",
        label="Received signal %s, shutting down...",
    )
    for pol in ["monitor-network", "file-monitoring", "block-ptrace", "privilege-escalation"]:
        A(down[0] + sec(0.1), "info", "Unloading sensor", f"sensor=gkp-sensor-{pol}")
    A(down[0] + sec(0.5), "info", "Listening for events completed.")
    agent_start(down[0] + sec(15))
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ trivy

TV_IMAGES = [
    (
        "registry.example.com/shop/api",
        "alpine",
        "3.19.1",
        "3.19",
        [("usr/local/bin/api", "gobinary")],
    ),
    (
        "registry.example.com/shop/worker",
        "debian",
        "12.5",
        "12",
        [
            ("app/requirements.txt", "pip"),
            ("usr/local/lib/python3.12/site-packages/", "python-pkg"),
        ],
    ),
    (
        "registry.example.com/shop/web",
        "alpine",
        "3.18.6",
        "3.18",
        [("app/package-lock.json", "npm")],
    ),
    ("registry.example.com/ci/runner", "ubuntu", "22.04", "22.04", []),
    (
        "registry.example.com/shop/gateway",
        "alpine",
        "3.19.1",
        "3.19",
        [("usr/bin/gateway", "gobinary")],
    ),
]
TV_VULNS = {
    "alpine": [
        (
            "libcrypto3",
            "CVE-2024-2511",
            "MEDIUM",
            "fixed",
            "3.1.4-r5",
            "3.1.4-r6",
            "openssl: Unbounded memory growth with session handling in TLSv1.3",
        ),
        (
            "libssl3",
            "CVE-2024-4603",
            "MEDIUM",
            "fixed",
            "3.1.4-r5",
            "3.1.5-r0",
            "openssl: Excessive time spent checking DSA keys and parameters",
        ),
        (
            "busybox",
            "CVE-2023-42363",
            "MEDIUM",
            "fixed",
            "1.36.1-r15",
            "1.36.1-r17",
            "busybox: use-after-free in awk",
        ),
    ],
    "debian": [
        (
            "libc6",
            "CVE-2024-2961",
            "HIGH",
            "fixed",
            "2.36-9+deb12u4",
            "2.36-9+deb12u6",
            "glibc: Out of bounds write in iconv may lead to remote code...",
        ),
        (
            "zlib1g",
            "CVE-2023-45853",
            "CRITICAL",
            "will_not_fix",
            "1:1.2.13.dfsg-1",
            "",
            "zlib: integer overflow and resultant heap-based buffer overflow in...",
        ),
        (
            "libgnutls30",
            "CVE-2024-28834",
            "MEDIUM",
            "fixed",
            "3.7.9-2+deb12u1",
            "3.7.9-2+deb12u3",
            "gnutls: vulnerable to Minerva side-channel information leak",
        ),
    ],
    "ubuntu": [
        (
            "libssh-4",
            "CVE-2023-48795",
            "MEDIUM",
            "fixed",
            "0.9.6-2ubuntu0.22.04.1",
            "0.9.6-2ubuntu0.22.04.3",
            "ssh: Prefix truncation attack on Binary Packet Protocol (BPP)",
        ),
        (
            "curl",
            "CVE-2024-2398",
            "MEDIUM",
            "fixed",
            "7.81.0-1ubuntu1.15",
            "7.81.0-1ubuntu1.16",
            "curl: HTTP/2 push headers memory-leak",
        ),
    ],
    "gobinary": [
        (
            "golang.org/x/net",
            "CVE-2023-45288",
            "MEDIUM",
            "fixed",
            "v0.19.0",
            "0.23.0",
            "golang: net/http, x/net/http2: unlimited number of CONTINUATION frames...",
        ),
        (
            "stdlib",
            "CVE-2024-24790",
            "CRITICAL",
            "fixed",
            "1.22.2",
            "1.21.11, 1.22.4",
            "golang: net/netip: Unexpected behavior from Is methods for IPv4-mapped IPv6 addresses",
        ),
    ],
    "npm": [
        (
            "braces",
            "CVE-2024-4068",
            "HIGH",
            "fixed",
            "3.0.2",
            "3.0.3",
            "braces: fails to limit the number of characters it can handle",
        ),
        (
            "ws",
            "CVE-2024-37890",
            "HIGH",
            "fixed",
            "8.16.0",
            "8.17.1, 7.5.10, 6.2.3, 5.2.4",
            "nodejs-ws: denial of service when handling a request with many HTTP headers",
        ),
    ],
    "pip": [
        (
            "requests",
            "CVE-2024-35195",
            "MEDIUM",
            "fixed",
            "2.31.0",
            "2.32.0",
            "requests: subsequent requests to the same host ignore cert verification",
        )
    ],
    "python-pkg": [
        (
            "setuptools",
            "CVE-2024-6345",
            "HIGH",
            "fixed",
            "68.2.2",
            "70.0.0",
            "pypa/setuptools: Remote code execution via download functions in the package_index module in pypa/setuptools",
        )
    ],
}


def table(rows: list[tuple]) -> list[str]:
    """Trivy's vulnerability table (tablewriter with box-drawing characters), rows merged by
    library as Trivy prints them."""
    head = (
        "Library",
        "Vulnerability",
        "Severity",
        "Status",
        "Installed Version",
        "Fixed Version",
        "Title",
    )
    w = [max(len(head[i]), *(len(x[i]) for x in rows)) for i in range(7)]

    def line(a: str, m: str, b: str) -> str:
        return a + m.join("─" * (n + 2) for n in w) + b

    def cells(vals: tuple, center: bool = False) -> str:
        return (
            "│"
            + "│".join(
                f" {v.center(n) if center else v.ljust(n)} " for v, n in zip(vals, w, strict=True)
            )
            + "│"
        )

    out = [line("┌", "┬", "┐"), cells(head, True), line("├", "┼", "┤")]
    for i, x in enumerate(rows):
        out.append(cells(x))
        if i < len(rows) - 1:
            out.append(line("├", "┼", "┤"))
    out.append(line("└", "┴", "┘"))
    return out


def trivy(r: random.Random) -> list[Log]:
    """A CI job scanning each built image against a Trivy server (client mode), 06:00 to
    12:00: the log lines of each scan and its table report, images with no findings, a
    registry credential expiring (09:40 to 10:10, scans failing `UNAUTHORIZED`), the server
    down 07:50 to 07:55 (client `connection refused`); the server's own log with its hourly DB
    check, GitHub's rate limit at 09:00 and a restart at 07:50."""
    fs = Files()

    def C(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: str = "",
        more: list[str] | None = None,
        job: object = "ci",
    ) -> datetime:
        tail = f"\t{fields}" if fields else ""
        return fs.add(
            "ci-trivy.log",
            t,
            label,
            lambda x: [f"{iso_z(x)}\t{level}\t{msg}{tail}", *(more or [])],
            job,
            1,
        )

    def R(t: datetime, label: str, lines: list[str], job: object) -> datetime:
        return fs.add("ci-trivy.log", t, label, lambda x: lines, (job, "out"), 1)

    def S(t: datetime, level: str, label: str, msg: str, fields: str = "") -> datetime:
        tail = f"\t{fields}" if fields else ""
        return fs.add(
            "trivy-server.log", t, label, lambda x: [f"{iso_z(x)}\t{level}\t{msg}{tail}"], "srv", 1
        )

    t0, t_end = at(6, 0), at(12, 0)
    server_down = (at(7, 50, 0), at(7, 55, 0))
    reg_bad = (at(9, 40), at(10, 10))
    doc = "https://aquasecurity.github.io/trivy/v0.52/docs"
    job = 0
    for t in poisson(r, t0 + sec(30), t_end, 95):
        job += 1
        img, os_, ver, repo, langs = r.choice(TV_IMAGES)
        tag = f"{r.randint(1, 2)}.{r.randint(0, 9)}.{r.randint(0, 20)}-{hexs(r, 7)}"
        ref = f"{img}:{tag}"
        t = C(
            t,
            "INFO",
            "Vulnerability scanning is enabled",
            "[vuln] Vulnerability scanning is enabled",
            job=job,
        )
        t = C(
            t, "INFO", "Secret scanning is enabled", "[secret] Secret scanning is enabled", job=job
        )
        t = C(
            t,
            "INFO",
            "If your scanning is slow, please try '--scanners vuln' to disable secret scanning",
            "[secret] If your scanning is slow, please try '--scanners vuln' to disable secret scanning",
            job=job,
        )
        t = C(
            t,
            "INFO",
            "Please see also %s/scanner/secret#recommendation for faster secret detection",
            f"[secret] Please see also {doc}/scanner/secret#recommendation for faster secret detection",
            job=job,
        )
        if server_down[0] <= t < server_down[1]:
            C(
                t + sec(r.uniform(0.5, 2)),
                "FATAL",
                "Fatal error",
                "Fatal error",
                f'image scan error: scan error: scan failed: failed analysis: analyze error: pipeline error: failed to analyze layer (sha256:{hexs(r, 64)}): twirp error unavailable: Put "http://trivy-server.ci.svc:4954/twirp/trivy.cache.v1.Cache/PutBlob": dial tcp 10.96.40.12:4954: connect: connection refused',
                job=job,
            )
            continue
        if reg_bad[0] <= t < reg_bad[1]:
            C(
                t + sec(r.uniform(0.5, 2)),
                "FATAL",
                "Fatal error",
                "Fatal error",
                "image scan error: scan error: unable to initialize a scanner: unable to initialize an image scanner: 4 errors occurred:",
                [
                    f"\t* docker error: unable to inspect the image ({ref}): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
                    "\t* containerd error: containerd socket not found: /run/containerd/containerd.sock",
                    "\t* podman error: unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory",
                    f"\t* remote error: GET https://registry.example.com/v2/{img.split('/', 1)[1]}/manifests/{tag}: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:{img.split('/', 1)[1]} Type:repository]]",
                    "",
                ],
                job=job,
            )
            continue
        t = C(
            t + sec(r.uniform(1, 8)),
            "INFO",
            "Detected OS",
            "Detected OS",
            f'family="{os_}" version="{ver}"',
            job=job,
        )
        t = C(
            t,
            "INFO",
            "Detecting vulnerabilities...",
            f"[{os_}] Detecting vulnerabilities...",
            f'os_version="{repo}" pkg_num={r.randint(14, 160)}',
            job=job,
        )
        t = C(
            t,
            "INFO",
            "Number of language-specific files",
            "Number of language-specific files",
            f"num={len(langs)}",
            job=job,
        )
        for _, lt in langs:
            t = C(
                t,
                "INFO",
                "Detecting vulnerabilities...",
                f"[{lt}] Detecting vulnerabilities...",
                job=job,
            )
        if os_ == "debian" or any(lt == "gobinary" for _, lt in langs):
            t = C(
                t,
                "WARN",
                "Using severities from other vendors for some vulnerabilities. Read %s/scanner/vulnerability#severity-selection for details.",
                f"Using severities from other vendors for some vulnerabilities. Read {doc}/scanner/vulnerability#severity-selection for details.",
                job=job,
            )
        # the report
        t += sec(0.5)
        vs = [v for v in TV_VULNS[os_] if r.random() < 0.6]
        title = f"{ref} ({os_} {ver})"
        lines = [title, "=" * len(title)]
        counts = {
            s: sum(1 for v in vs if v[2] == s)
            for s in ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
        }
        lines.append(
            f"Total: {len(vs)} (" + ", ".join(f"{k}: {n}" for k, n in counts.items()) + ")"
        )
        lines.append("")
        if vs:
            lines += table(vs)
        lines.append("")
        t = R(t, "%s (%s %s)", lines, job)
        for path, lt in langs:
            vs = [v for v in TV_VULNS[lt] if r.random() < 0.5]
            title = f"{path} ({lt})"
            lines = [title, "=" * len(title)]
            counts = {
                s: sum(1 for v in vs if v[2] == s)
                for s in ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
            }
            lines.append(
                f"Total: {len(vs)} (" + ", ".join(f"{k}: {n}" for k, n in counts.items()) + ")"
            )
            lines.append("")
            if vs:
                lines += table(vs)
            lines.append("")
            t = R(t + sec(0.001), "%s (%s)", lines, job)

    # the server
    def srv_start(t: datetime) -> datetime:
        t = S(t, "INFO", "Loading DB...", "Loading DB...")
        return S(t + sec(0.3), "INFO", "Listening...", "Listening...", 'addr="0.0.0.0:4954"')

    srv_start(t0 + sec(2))
    for hr in range(6, 12):
        t = at(hr, 0, 0) + sec(3600 * 0 + r.uniform(30, 60))
        if hr == 6:
            continue
        t = S(t, "INFO", "Check for DB update...", "Check for DB update...")
        if hr == 9:
            for k in range(1, 4):
                t = S(
                    t + sec(1),
                    "ERROR",
                    "Failed to update DB",
                    "Failed to update DB",
                    f'err="failed to download vulnerability DB: database download error: OCI repository error: 1 error occurred:\\n\\t* GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: {r.randint(100, 900)}.{r.randint(100000, 999999)}µs, allowed: 44000/minute\\n\\n"',
                )
                t += sec(60 * k)
            continue
        t = S(t + sec(0.5), "INFO", "Updating DB...", "Updating DB...")
        t = S(
            t + sec(0.2),
            "INFO",
            "Downloading DB...",
            "Downloading DB...",
            'repository="ghcr.io/aquasecurity/trivy-db:2"',
        )
        t = S(t + sec(r.uniform(3, 9)), "INFO", "Reopening DB...", "Reopening DB...")
        S(t + sec(0.3), "INFO", "DB update completed", "DB update completed")
    # the server's own view of the scans: missing blobs and failures while the registry is down
    for t in poisson(r, t0 + sec(60), t_end, 40):
        if server_down[0] <= t < server_down[1] + sec(5):
            continue
        if r.random() < 0.03:
            S(
                t,
                "ERROR",
                "Error in scan",
                "Error in scan",
                f'err="scan failed: failed to apply layers: layer cache missing: sha256:{hexs(r, 64)}"',
            )
    t = S(
        server_down[0] - sec(1),
        "INFO",
        "Received signal, attempting graceful shutdown...",
        "Received signal, attempting graceful shutdown...",
        'signal="terminated"',
    )
    srv_start(server_down[1] + sec(1))
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- step-ca

SC_UA = {
    "cert-manager": "cert-manager-challenges/v1.14.4 (linux/amd64) cert-manager/f8b4e9b0d8a7c1e6e5c1b2b8e6e0f1d7a4c5b6e7",
    "caddy": "Caddy/2.7.6 CertMagic acmez (linux; amd64)",
    "step": "Smallstep CLI/0.26.1 (linux/amd64)",
    "health": "kube-probe/1.29",
}


def step_ca(r: random.Random) -> list[Log]:
    """step-ca for ca.internal.example.com, 06:00 to 12:00: Kubernetes' health probe, `step
    ca renew --daemon` on the fleet, one-time-token signs from CI, cert-manager's and Caddy's
    ACME orders (account, nonce, order, authz, challenge, finalize, certificate), a scanner's
    TLS handshakes, a host whose renew daemon holds an expired certificate, reused tokens, an
    order finalized before its authorization is valid, a restart at 09:30."""
    fs = Files()
    host = "ca.internal.example.com"

    def G(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("step-ca.log", t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"], "ca", 1)

    def Q(
        t: datetime,
        method: str,
        path: str,
        route: str,
        status: int,
        ua: str,
        client: str,
        size: int,
        err: str | None = None,
        elabel: str | None = None,
        proto: str = "HTTP/2.0",
    ) -> datetime:
        label = f"{method} {route} {status}" + (f" {elabel}" if elabel else "")
        level = "info" if status < 400 else ("warning" if status < 500 else "error")
        dur = r.uniform(0.3, 40) if status != 201 else r.uniform(8, 90)

        def text(x: datetime) -> list[str]:
            e = f' error="{err}"' if err else ""
            return [
                f'time="{iso_z(x)}" level={level} duration={dur:.6f}ms duration-ns={int(dur * 1e6)}{e} fields.time="{iso_z(x)}" method={method} name=ca path={path} protocol={proto} referer= remote-address={client} request-id={b32(r, 20)} size={size} status={status} user-agent="{ua}" user-id='
            ]

        return fs.add("step-ca.log", t, label, text, ("req", client), 1)

    def start(t: datetime) -> None:
        for label, msg in [
            ("Starting %s", "Starting Smallstep CA/0.26.1 (linux/amd64)"),
            ("Documentation: %s", "Documentation: https://u.step.sm/docs/ca"),
            ("Community Discord: %s", "Community Discord: https://u.step.sm/discord"),
            ("Config file: %s", "Config file: /home/step/config/ca.json"),
            ("The primary server URL is %s", f"The primary server URL is https://{host}:9000"),
            (
                "Root certificates are available at %s/roots.pem",
                f"Root certificates are available at https://{host}:9000/roots.pem",
            ),
            (
                "Additional configured hostnames: %s",
                "Additional configured hostnames: localhost, 10.0.0.5, step-ca.pki.svc.cluster.local",
            ),
            (
                "X.509 Root Fingerprint: %s",
                "X.509 Root Fingerprint: 9a4f2c1e7b3d5f60a8c9e2b4d1f3a5c7e9b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8",
            ),
            ("Serving HTTPS on %s ...", "Serving HTTPS on :9000 ..."),
        ]:
            t = G(t, label, msg)

    t0, t_end = at(6, 0), at(12, 0)
    down = (at(9, 30, 0), at(9, 30, 6))
    start(t0 + sec(1))
    # health probe
    for t in poisson(r, t0 + sec(5), t_end, 60):
        if down[0] <= t < down[1]:
            continue
        Q(t, "GET", "/health", "/health", 200, SC_UA["health"], "10.244.1.1", 16, proto="HTTP/1.1")
    # renew daemons
    fleet = [f"10.0.{a}.{b}" for a in (4, 5) for b in range(10, 40)]
    expired = "10.0.5.33"
    for t in poisson(r, t0 + sec(10), t_end, 45):
        if down[0] <= t < down[1]:
            continue
        c = r.choice(fleet)
        if c == expired:
            Q(
                t,
                "POST",
                "/1.0/renew",
                "/1.0/renew",
                401,
                SC_UA["step"],
                c,
                65,
                f"x509: certificate has expired or is not yet valid: current time {iso_z(t)} is after 2024-06-04T05:12:44Z",
                "x509: certificate has expired or is not yet valid: current time %s is after %s",
            )
            continue
        Q(t, "POST", "/1.0/renew", "/1.0/renew", 201, SC_UA["step"], c, r.randint(2700, 2900))
    # one-time-token signs from CI
    for t in poisson(r, t0 + sec(30), t_end, 120):
        if down[0] <= t < down[1]:
            continue
        c = r.choice(["10.0.3.5", "10.0.3.6"])
        if r.random() < 0.06:
            Q(
                t,
                "POST",
                "/1.0/sign",
                "/1.0/sign",
                401,
                SC_UA["step"],
                c,
                57,
                "authority.Authorize: jwk.AuthorizeSign: jwk.authorizeToken: token already used",
                "authority.Authorize: jwk.AuthorizeSign: jwk.authorizeToken: token already used",
            )
            continue
        t = Q(t, "GET", "/provisioners", "/provisioners", 200, SC_UA["step"], c, 1875)
        Q(t + sec(0.4), "POST", "/1.0/sign", "/1.0/sign", 201, SC_UA["step"], c, 2867)
    # ACME orders
    for t in poisson(r, t0 + sec(60), t_end, 170):
        if down[0] <= t < down[1] + sec(2):
            continue
        who = r.choice(["cert-manager", "caddy"])
        prov = "acme" if who == "caddy" else "k8s-acme"
        c = "10.244.2.17" if who == "cert-manager" else r.choice(["10.0.6.21", "10.0.6.22"])
        ua = SC_UA[who]
        b = f"/acme/{prov}"
        acct, order, authz, ch = b32(r, 32), b62(r, 32), b62(r, 32), b62(r, 32)
        t = Q(t, "GET", f"{b}/directory", "/acme/%s/directory", 200, ua, c, 480)
        t = Q(t + sec(0.02), "HEAD", f"{b}/new-nonce", "/acme/%s/new-nonce", 200, ua, c, 0)
        t = Q(t + sec(0.03), "POST", f"{b}/new-account", "/acme/%s/new-account", 200, ua, c, 290)
        t = Q(t + sec(0.05), "POST", f"{b}/new-order", "/acme/%s/new-order", 201, ua, c, 430)
        t = Q(t + sec(0.05), "POST", f"{b}/authz/{authz}", "/acme/%s/authz/%s", 200, ua, c, 620)
        if r.random() < 0.07:
            t = Q(
                t + sec(0.2),
                "POST",
                f"{b}/order/{order}/finalize",
                "/acme/%s/order/%s/finalize",
                403,
                ua,
                c,
                180,
                f"order {order} is not ready",
                "order %s is not ready",
            )
        t = Q(
            t + sec(r.uniform(0.5, 3)),
            "POST",
            f"{b}/challenge/{authz}/{ch}",
            "/acme/%s/challenge/%s/%s",
            200,
            ua,
            c,
            210,
        )
        for _ in range(r.randint(1, 3)):
            t = Q(
                t + sec(r.uniform(1, 3)),
                "POST",
                f"{b}/authz/{authz}",
                "/acme/%s/authz/%s",
                200,
                ua,
                c,
                640,
            )
        t = Q(
            t + sec(0.1),
            "POST",
            f"{b}/order/{order}/finalize",
            "/acme/%s/order/%s/finalize",
            200,
            ua,
            c,
            520,
        )
        t = Q(t + sec(0.3), "POST", f"{b}/order/{order}", "/acme/%s/order/%s", 200, ua, c, 540)
        Q(
            t + sec(0.05),
            "POST",
            f"{b}/certificate/{b62(r, 32)}",
            "/acme/%s/certificate/%s",
            200,
            ua,
            c,
            2890,
        )
        del acct
    # scanners' TLS handshakes
    for t in poisson(r, t0 + sec(60), t_end, 300):
        c = f"{r.choice(['10.0.8.15', '10.0.8.16', '192.168.50.4'])}:{r.randint(32768, 60999)}"
        x = r.random()
        if x < 0.5:
            G(
                t,
                "http: TLS handshake error from %s: EOF",
                f"http: TLS handshake error from {c}: EOF",
            )
        elif x < 0.8:
            G(
                t,
                "http: TLS handshake error from %s: remote error: tls: bad certificate",
                f"http: TLS handshake error from {c}: remote error: tls: bad certificate",
            )
        else:
            G(
                t,
                "http: TLS handshake error from %s: tls: client offered only unsupported versions: %v",
                f"http: TLS handshake error from {c}: tls: client offered only unsupported versions: [302 301]",
            )
    # restart
    start(down[1])
    return fs.logs(t0)


# --------------------------------------------------------------------------------- boundary

BD_TARGETS = [
    ("ttcp_1a2b3c4d5e", "10.0.20.11:22"),
    ("ttcp_9f8e7d6c5b", "10.0.20.12:22"),
    ("ttcp_5a4b3c2d1e", "10.0.21.5:5432"),
    ("ttcp_0q9w8e7r6t", "10.0.22.9:3389"),
]
BD_USERS = ["u_1kX9aB2cD3", "u_7pQ2wE4rT6", "u_3zX8cV1bN5", "u_9mK4jH6gF2"]


def boundary(r: random.Random) -> list[Log]:
    """One controller and two workers, 06:00 to 12:00: users authenticating, listing targets
    and sessions, authorizing sessions the workers proxy; the database down 08:10 to 08:13 (the
    scheduler's and the API's errors), a controller restart at 10:30 (the workers' status
    errors until it is back), a target whose host is gone (10.0.22.9, from 07:00), wrong
    passwords."""
    fs = Files()
    src = {
        "controller.log": "https://hashicorp.com/boundary/ctrl-1/controller",
        "worker1.log": "https://hashicorp.com/boundary/worker-1/worker",
        "worker2.log": "https://hashicorp.com/boundary/worker-2/worker",
    }

    def E(f: str, t: datetime, label: str, kind: str, data: dict) -> datetime:
        def text(x: datetime) -> list[str]:
            d = {
                "id": b62(r, 10),
                "source": src[f],
                "specversion": "1.0",
                "type": kind,
                "data": data,
                "datacontentype": "application/cloudevents",
                "time": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z",
            }
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add(f, t, label, text, f, 1)

    def sys_(
        f: str, t: datetime, op: str, msg: str, label: str | None = None, **kw: object
    ) -> datetime:
        return E(
            f, t, label or msg, "system", {"version": "v0.1", "op": op, "data": {"msg": msg, **kw}}
        )

    def err(
        f: str, t: datetime, op: str, error: str, label: str, info: str | None = None
    ) -> datetime:
        data: dict = {
            "error": error,
            "error_fields": {},
            "id": f"e_{b62(r, 10)}",
            "version": "v0.1",
            "op": op,
        }
        if info:
            data["info"] = {"msg": info}
        return E(f, t, label, "error", data)

    def obs(t: datetime, method: str, path: str, route: str, status: int, client: str) -> datetime:
        st = t
        lat = r.uniform(2, 80)
        data = {
            "latency-ms": round(lat, 6),
            "request_info": {
                "id": f"gtraceid_{b62(r, 20)}",
                "method": method,
                "path": path,
                "client_ip": client,
            },
            "start": f"{st:%Y-%m-%dT%H:%M:%S}.{st.microsecond:06d}Z",
            "status": status,
            "stop": f"{(st + sec(lat / 1000)):%Y-%m-%dT%H:%M:%S.%f}Z",
            "version": "v0.1",
        }
        return E("controller.log", t, f"{method} {route} {status}", "observation", data)

    def banner(f: str, t: datetime, kind: str) -> datetime:
        rows = [
            ("Cgo", "disabled"),
            ("Controller Public Cluster Addr", "10.0.1.10:9201")
            if kind == "controller"
            else ("Public Proxy Addr", f"{f[:-4]}.example.com:9202"),
            (
                "Listener 1",
                'tcp (addr: "0.0.0.0:9200", cors_allowed_headers: "[]", cors_allowed_origins: "[*]", cors_enabled: "true", max_request_duration: "1m30s", purpose: "api")'
                if kind == "controller"
                else 'tcp (addr: "0.0.0.0:9202", max_request_duration: "1m30s", purpose: "proxy")',
            ),
            (
                "Listener 2",
                'tcp (addr: "0.0.0.0:9201", max_request_duration: "1m30s", purpose: "cluster")'
                if kind == "controller"
                else 'tcp (addr: "127.0.0.1:9203", max_request_duration: "1m30s", purpose: "ops")',
            ),
            ("Log Level", "info"),
            ("Mlock", "supported: true, enabled: true"),
            ("Version", "Boundary v0.16.0"),
            ("Version Sha", "b6e4d1c0fe3f3e8d2d3c5a7f8e9b0a1c2d3e4f50"),
        ]
        if kind == "worker":
            rows.insert(3, ("Worker Auth Storage Path", "/var/lib/boundary/worker"))
        lines = (
            ["==> Boundary server configuration:", ""]
            + [f"{k:>34}: {v}" for k, v in sorted(rows)]
            + [""]
        )
        t = fs.add(f, t, "==> Boundary server configuration:", lambda x: lines, f, 1)
        t = fs.add(
            f,
            t + sec(0.001),
            "==> Boundary server started! Log data will stream in below:",
            lambda x: ["==> Boundary server started! Log data will stream in below:", ""],
            f,
            1,
        )
        return t

    def ctrl_start(t: datetime) -> None:
        t = banner("controller.log", t, "controller")
        t = sys_(
            "controller.log",
            t + sec(0.01),
            "controller.New",
            "Boundary controller starting",
            label="Boundary controller starting",
        )
        t = sys_(
            "controller.log",
            t + sec(0.2),
            "controller.(Controller).Start",
            "cluster address",
            addr="10.0.1.10:9201",
        )
        for j in [
            "session_cleanup",
            "oidc_sync",
            "ldap_sync",
            "delete_terminated_sessions",
            "rotate_roots",
            "cleanup_orphaned_workers",
        ]:
            t = sys_(
                "controller.log",
                t + sec(0.01),
                "scheduler.(Scheduler).RegisterJob",
                "registered job",
                name=j,
            )

    def worker_start(f: str, t: datetime) -> None:
        t = banner(f, t, "worker")
        t = sys_(
            f,
            t + sec(0.5),
            "worker.(Worker).StartControllerConnections",
            "connected to controller",
            address="10.0.1.10:9201",
        )
        sys_(
            f,
            t + sec(0.2),
            "worker.(Worker).upstreamDialerFunc",
            "worker successfully authed",
            key_id="carbon-trial-thimble-oak-sonar-ruby-grid-stove",
        )

    t0, t_end = at(6, 0), at(12, 0)
    db_down = (at(8, 10), at(8, 13))
    ctrl_down = (at(10, 30, 0), at(10, 31, 10))
    ctrl_start(t0 + sec(1))
    worker_start("worker1.log", t0 + sec(4))
    worker_start("worker2.log", t0 + sec(5))

    # users' work
    for t in poisson(r, t0 + sec(60), t_end, 40):
        if ctrl_down[0] <= t < ctrl_down[1]:
            continue
        c = r.choice(CLIENTS)
        r.choice(BD_USERS)  # the user, not in these lines
        indb = db_down[0] <= t < db_down[1]
        if r.random() < 0.35:
            if indb:
                err(
                    "controller.log",
                    t,
                    "authmethod_service.(Service).authenticateWithPassword",
                    "password.(Repository).Authenticate: db.LookupWhere: dbw.LookupWhere: failed to connect to `host=10.0.1.20 user=boundary database=boundary`: dial error (dial tcp 10.0.1.20:5432: connect: connection refused): unknown, unknown: error #0",
                    "password.(Repository).Authenticate: db.LookupWhere: dbw.LookupWhere: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused): unknown, unknown: error #0",
                )
                obs(
                    t + sec(0.01),
                    "POST",
                    "/v1/auth-methods/ampw_1234567890:authenticate",
                    "/v1/auth-methods/%s:authenticate",
                    500,
                    c,
                )
                continue
            if r.random() < 0.1:
                err(
                    "controller.log",
                    t,
                    "authmethod_service.(Service).authenticateWithPassword",
                    "password.(Repository).Authenticate: authentication failed: unauthenticated: error #401",
                    "password.(Repository).Authenticate: authentication failed: unauthenticated: error #401",
                )
                obs(
                    t + sec(0.01),
                    "POST",
                    "/v1/auth-methods/ampw_1234567890:authenticate",
                    "/v1/auth-methods/%s:authenticate",
                    401,
                    c,
                )
                continue
            t = obs(
                t,
                "POST",
                "/v1/auth-methods/ampw_1234567890:authenticate",
                "/v1/auth-methods/%s:authenticate",
                200,
                c,
            )
        if indb:
            err(
                "controller.log",
                t,
                "target_service.(Service).ListTargets",
                "target.(Repository).listTargets: db.SearchWhere: dbw.SearchWhere: failed to connect to `host=10.0.1.20 user=boundary database=boundary`: dial error (dial tcp 10.0.1.20:5432: connect: connection refused): unknown, unknown: error #0",
                "target.(Repository).listTargets: db.SearchWhere: dbw.SearchWhere: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused): unknown, unknown: error #0",
            )
            obs(t + sec(0.01), "GET", "/v1/targets", "/v1/targets", 500, c)
            continue
        t = obs(
            t + sec(r.uniform(0.3, 3)),
            "GET",
            "/v1/targets?recursive=true&scope_id=global",
            "/v1/targets",
            200,
            c,
        )
        tid, addr = r.choice(BD_TARGETS)
        t = obs(
            t + sec(r.uniform(1, 10)),
            "POST",
            f"/v1/targets/{tid}:authorize-session",
            "/v1/targets/%s:authorize-session",
            200,
            c,
        )
        sid = f"s_{b62(r, 10)}"
        w = r.choice(["worker1.log", "worker2.log"])
        t += sec(r.uniform(0.2, 1))
        if addr.startswith("10.0.22.9") and t >= at(7, 0):
            err(
                w,
                t,
                "worker.(Worker).handleProxy",
                f"proxy.(Server).handleConnection: error dialing endpoint: dial tcp {addr}: connect: no route to host",
                "proxy.(Server).handleConnection: error dialing endpoint: dial tcp %s: connect: no route to host",
            )
            sys_(
                w,
                t + sec(0.01),
                "worker.(Worker).handleProxy",
                "connection closed",
                session_id=sid,
                connection_id=f"sc_{b62(r, 10)}",
            )
            continue
        cid = f"sc_{b62(r, 10)}"
        t = sys_(
            w,
            t,
            "worker.(Worker).handleProxy",
            "authorized connection",
            session_id=sid,
            connection_id=cid,
            endpoint=f"tcp://{addr}",
        )
        end = t + sec(r.expovariate(1 / 900))
        sys_(
            w,
            end,
            "worker.(Worker).handleProxy",
            "connection closed",
            session_id=sid,
            connection_id=cid,
        )
        if r.random() < 0.3:
            obs(
                t + sec(r.uniform(5, 60)),
                "GET",
                f"/v1/sessions?scope_id=p_{b62(r, 10)}",
                "/v1/sessions",
                200,
                c,
            )
        if r.random() < 0.2 and end < t_end:
            obs(
                end - sec(1), "POST", f"/v1/sessions/{sid}:cancel", "/v1/sessions/%s:cancel", 200, c
            )

    # the scheduler: each job's run, errors while the database is down
    for t in poisson(r, t0 + sec(30), t_end, 60):
        if ctrl_down[0] <= t < ctrl_down[1]:
            continue
        if db_down[0] <= t < db_down[1]:
            err(
                "controller.log",
                t,
                "scheduler.(Scheduler).start",
                "scheduler.(Scheduler).schedule: error getting jobs to run from repo: job.(Repository).RunJobs: db.DoTx: failed to connect to `host=10.0.1.20 user=boundary database=boundary`: dial error (dial tcp 10.0.1.20:5432: connect: connection refused): unknown, unknown: error #0",
                "scheduler.(Scheduler).schedule: error getting jobs to run from repo: job.(Repository).RunJobs: db.DoTx: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused): unknown, unknown: error #0",
            )
            continue
        if r.random() < 0.25:
            sys_(
                "controller.log",
                t,
                "session.(sessionCleanupJob).Run",
                "terminated sessions",
                label="terminated sessions",
                count=r.randint(1, 6),
            )
    # workers' status errors during the controller's restart
    for w in ["worker1.log", "worker2.log"]:
        for t in poisson(r, ctrl_down[0] + sec(1), ctrl_down[1], 2.2):
            err(
                w,
                t,
                "worker.(Worker).sendWorkerStatus",
                'worker.(Worker).sendWorkerStatus: error making status request to controller: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.1.10:9201: connect: connection refused"',
                'worker.(Worker).sendWorkerStatus: error making status request to controller: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
            )
        sys_(
            w,
            ctrl_down[1] + sec(r.uniform(2, 4)),
            "worker.(Worker).upstreamDialerFunc",
            "worker successfully authed",
            key_id="carbon-trial-thimble-oak-sonar-ruby-grid-stove",
        )
    sys_(
        "controller.log",
        ctrl_down[0],
        "controller.(Controller).Shutdown",
        "status ticking shutting down",
        label="status ticking shutting down",
    )
    sys_(
        "controller.log",
        ctrl_down[0] + sec(0.05),
        "controller.(Controller).Shutdown",
        "shutting down controller",
        label="shutting down controller",
    )
    ctrl_start(ctrl_down[1] - sec(2))
    return fs.logs(t0)


SYSTEMS = {
    "freeipa": freeipa,
    "tetragon": tetragon,
    "trivy": trivy,
    "step-ca": step_ca,
    "boundary": boundary,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
