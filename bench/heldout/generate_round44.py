#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 44 (vault, nomad, minio, argocd, jira) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"): each
program's log is simulated from its source's format strings over a seeded run, and every line
that starts an event is labelled with the format string that wrote it as it is written. Five log
shapes not yet covered: HashiCorp Vault 1.15's server log (hclog: `2024-06-11T06:00:02.118Z
[INFO]  core: msg: key=value ...`, an error value spanning lines as a multierror writes it) and
its JSON audit log (`{"time":...,"type":"request","auth":{...},"request":{...}}`: no message, a
record labelled by its type, operation and path), HashiCorp Nomad 1.7's agent log (hclog
with deep logger names, `client.alloc_runner.task_runner: Task event: alloc_id=... task=...`,
a Go panic's goroutine dump), MinIO's console log (a banner, bare lines with no time, and error
blocks `API: ...` / `Time: ...` / `DeploymentID: ...` / `RequestID: ...` / `Error: ...` with
their numbered Go frames) beside a node run with `--json`, Argo CD 2.11's application controller
and repo server (logrus text: `time="..." level=info msg="..." application=argocd/guestbook ...`,
the repo server's `msg=Trace args="[git fetch ...]"`), and Atlassian Jira 9's atlassian-jira.log
(`2024-06-11 06:00:02,118+0000 http-nio-8080-exec-3 url: /rest/api/2/issue; user: alice ERROR
alice 360x1234x1 1abc2 10.0.0.5 /rest/api/2/issue [c.a.j.issue.IssueManager] msg`: a request's
context before the level, a background thread's none, Java stacks). Run it only to change the
data on purpose: `python bench/heldout/generate_round44.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, uuid4
from generate_round43 import USERS, fill, java_stack


def iso_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def hclog_value(v: object) -> str:
    """A value as hclog writes it: quoted (Go's %q) when it has a space, a quote or an equals sign,
    bare otherwise (an empty one bare too)."""
    s = str(v)
    if s and (" " in s or '"' in s or "=" in s):
        return json.dumps(s, ensure_ascii=False)
    return s


class HcLog:
    """An hclog text writer: `time [LEVEL]  name: message: key=value ...`. The label is the
    message with each key written literally and each value `%s`, as the call site's
    `logger.Info("message", "key", value)` reads."""

    def __init__(self, r: random.Random, log: Log):
        self.r = r
        self.log = log

    def __call__(
        self, level: str, name: str, msg: str, *vals, kv=(), lo=0.0, hi=0.8, label: str = ""
    ) -> None:
        t = self.log.tick(self.r, lo, hi)
        text = fill(msg, *vals)
        keys = [k for k, _ in kv]
        inline = [(k, v) for k, v in kv if "\n" not in str(v)]
        if inline:
            text += ": " + " ".join(f"{k}={hclog_value(v)}" for k, v in inline)
        for k, v in kv:  # hclog writes a value of several lines last, each line after `  | `
            if "\n" in str(v):
                text += f"\n  {k}=\n" + "\n".join(
                    f"  | {x}" for x in str(v).rstrip("\n").split("\n")
                )
        lbl = label or (msg + (": " + " ".join(f"{k}=%s" for k in keys) if keys else ""))
        lines = f"{iso_ms(t)} {f'[{level}]':<7} {name}: {text}".split("\n")
        self.log.add(lines[0], lbl)
        for x in lines[1:]:
            self.log.add(x, None)


# --------------------------------------------------------------------------------- vault

VAULT_MOUNTS = [
    ("kv", "v0.16.1+builtin", "secret/"),
    ("database", "v1.15.2+builtin.vault", "database/"),
    ("pki", "v1.15.2+builtin.vault", "pki/"),
    ("transit", "v1.15.2+builtin.vault", "transit/"),
    ("userpass", "v1.15.2+builtin.vault", "auth/userpass/"),
    ("kubernetes", "v0.17.1+builtin", "auth/kubernetes/"),
]
VAULT_APPS = ["billing", "orders", "payments", "web", "worker", "reports"]


def vault(r: random.Random) -> list[Log]:
    """A Vault 1.15 node on integrated storage (raft) in a three-node cluster: start-up, unseal,
    raft elections, mounts set up, leases revoked (and failing with a multi-line multierror),
    database credentials, TLS handshake errors, token lookups failing, a seal and restart; and
    its file audit device's JSON (request and response records: labelled `request read secret/data/web/config` by
    type, operation and path, a refusal's error after it, as errctl names one by design: a
    name in the path kept, as a request record's route keeps it)."""
    server = Log("vault.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    audit = Log("audit.log", datetime(2024, 6, 11, 6, 0, 3, tzinfo=UTC))
    h = HcLog(r, server)
    nodes = ["vault-0", "vault-1", "vault-2"]
    addrs = {n: f"10.0.2.{10 + i}" for i, n in enumerate(nodes)}
    term = [r.randrange(3, 20)]
    index = [r.randrange(100000, 400000)]
    leases: list[str] = []

    def start() -> None:
        h(
            "INFO",
            "proxy environment",
            'http_proxy="" https_proxy="" no_proxy=""',
            lo=0,
            hi=0.01,
            label='proxy environment: http_proxy="" https_proxy="" no_proxy=""',
        )
        h("INFO", "core", "Initializing version history cache for core", lo=0, hi=0.01)
        h("INFO", "core", "raft retry join initiated", lo=0, hi=0.05)
        h("INFO", "core", "stored unseal keys supported, attempting fetch", lo=0, hi=0.01)
        h(
            "INFO",
            "core.cluster-listener.tcp",
            "starting listener",
            kv=[("listener_address", "[::]:8201")],
            lo=0,
            hi=0.3,
        )
        h(
            "INFO",
            "core.cluster-listener",
            "serving cluster requests",
            kv=[("cluster_listen_address", "[::]:8201")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "storage.raft",
            "creating Raft",
            kv=[
                (
                    "config",
                    f'&raft.Config{{ProtocolVersion:3, HeartbeatTimeout:15000000000, ElectionTimeout:15000000000, CommitTimeout:50000000, MaxAppendEntries:64, BatchApplyCh:true, ShutdownOnRemove:true, TrailingLogs:0x2800, SnapshotInterval:120000000000, SnapshotThreshold:0x2000, LeaderLeaseTimeout:2500000000, LocalID:"{nodes[0]}", NotifyCh:(chan<- bool)(0xc00098a2a0), LogOutput:io.Writer(nil), LogLevel:"DEBUG", NoSnapshotRestoreOnStart:true, skipStartup:false}}',
                )
            ],
            lo=0,
            hi=0.05,
        )
        h(
            "INFO",
            "storage.raft",
            "initial configuration",
            kv=[
                ("index", index[0]),
                (
                    "servers",
                    " ".join(
                        f"{{Suffrage:Voter ID:{n} Address:{addrs[n]}:8201}}" for n in nodes
                    ).join("[]"),
                ),
            ],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "storage.raft",
            "entering follower state",
            kv=[
                ("follower", f"Node at {addrs[nodes[0]]}:8201 [Follower]"),
                ("leader-address", ""),
                ("leader-id", ""),
            ],
            lo=0,
            hi=0.01,
        )
        h("INFO", "core", "vault is unsealed", lo=0, hi=0.5)
        h("INFO", "core", "entering standby mode", lo=0, hi=0.01)
        h("INFO", "core", "unsealed with stored key", lo=0, hi=0.01)
        election()
        h("INFO", "core", "acquired lock, enabling active operation", lo=0.5, hi=2)
        h("INFO", "core", "post-unseal setup starting", lo=0, hi=0.05)
        h("INFO", "core", "loaded wrapping token key", lo=0, hi=0.05)
        h(
            "INFO",
            "core",
            "successfully setup plugin runtime catalog",
            kv=[("plugin-directory", "")],
            lo=0,
            hi=0.05,
        )
        h(
            "INFO",
            "core",
            "successfully setup plugin catalog",
            kv=[("plugin-directory", "/etc/vault/plugins")],
            lo=0,
            hi=0.05,
        )
        for typ, ver, path in VAULT_MOUNTS:
            h(
                "INFO",
                "core",
                "successfully mounted",
                kv=[
                    ("type", typ),
                    ("version", ver),
                    ("path", path),
                    ("namespace", "ID: root. Path: "),
                ],
                lo=0,
                hi=0.05,
            )
        h("INFO", "core", "successfully enabled credential backends", lo=0, hi=0.05)
        h("INFO", "core", "restoring leases", lo=0, hi=0.05)
        h("INFO", "rollback", "starting rollback manager", lo=0, hi=0.05)
        h("INFO", "expiration", "lease restore complete", lo=0.2, hi=3)
        h("INFO", "identity", "entities restored", lo=0, hi=0.1)
        h("INFO", "identity", "groups restored", lo=0, hi=0.1)
        h("INFO", "core", "starting raft active node", lo=0, hi=0.1)
        h(
            "INFO",
            "storage.raft",
            "starting autopilot",
            kv=[
                (
                    "config",
                    "&{false 0 10s 24h0m0s 1000 0 10s false redundancy_zone upgrade_version}",
                ),
                ("reconcile_interval", "0s"),
            ],
            lo=0,
            hi=0.1,
        )
        h("INFO", "core", "usage gauge collection is disabled", lo=0, hi=0.1)
        h("INFO", "core", "post-unseal setup complete", lo=0, hi=0.1)

    def election() -> None:
        other = r.choice(nodes[1:])
        h(
            "WARN",
            "storage.raft",
            "heartbeat timeout reached, starting election",
            kv=[("last-leader-addr", f"{addrs[other]}:8201"), ("last-leader-id", other)],
            lo=10,
            hi=20,
        )
        term[0] += 1
        h(
            "INFO",
            "storage.raft",
            "entering candidate state",
            kv=[("node", f"Node at {addrs[nodes[0]]}:8201 [Candidate]"), ("term", term[0])],
            lo=0,
            hi=0.05,
        )
        if r.random() < 0.3:
            h(
                "ERROR",
                "storage.raft",
                "failed to make requestVote RPC",
                kv=[
                    ("target", f"{{Voter {other} {addrs[other]}:8201}}"),
                    ("error", f"dial tcp {addrs[other]}:8201: connect: connection refused"),
                    ("term", term[0]),
                ],
                lo=0,
                hi=0.05,
            )
        h(
            "INFO",
            "storage.raft",
            "election won",
            kv=[("term", term[0]), ("tally", 2)],
            lo=0,
            hi=0.2,
        )
        h(
            "INFO",
            "storage.raft",
            "entering leader state",
            kv=[("leader", f"Node at {addrs[nodes[0]]}:8201 [Leader]")],
            lo=0,
            hi=0.01,
        )
        for n in nodes[1:]:
            h(
                "INFO",
                "storage.raft",
                "added peer, starting replication",
                kv=[("peer", n)],
                lo=0,
                hi=0.01,
            )
        for n in nodes[1:]:
            h(
                "INFO",
                "storage.raft",
                "pipelining replication",
                kv=[("peer", f"{{Voter {n} {addrs[n]}:8201}}")],
                lo=0,
                hi=0.05,
            )

    def raft_misc() -> None:
        x = r.random()
        other = r.choice(nodes[1:])
        if x < 0.4:
            h(
                "WARN",
                "storage.raft",
                "failed to contact",
                kv=[("server-id", other), ("time", f"{r.uniform(2.5, 9):.9f}s")],
                lo=5,
                hi=60,
            )
            h(
                "ERROR",
                "storage.raft",
                "failed to appendEntries to",
                kv=[
                    ("peer", f"{{Voter {other} {addrs[other]}:8201}}"),
                    ("error", f"dial tcp {addrs[other]}:8201: i/o timeout"),
                ],
                lo=0,
                hi=2,
            )
            h(
                "INFO",
                "storage.raft",
                "aborting pipeline replication",
                kv=[("peer", f"{{Voter {other} {addrs[other]}:8201}}")],
                lo=0,
                hi=0.1,
            )
            h(
                "INFO",
                "storage.raft",
                "pipelining replication",
                kv=[("peer", f"{{Voter {other} {addrs[other]}:8201}}")],
                lo=1,
                hi=20,
            )
        else:
            index[0] += r.randrange(8000, 9000)
            h(
                "INFO",
                "storage.raft",
                "starting snapshot up to",
                kv=[("index", index[0])],
                lo=20,
                hi=200,
            )
            h(
                "INFO",
                "storage.raft.snapshot",
                "creating new snapshot",
                kv=[
                    (
                        "path",
                        f"/vault/data/raft/snapshots/{term[0]}-{index[0]}-{r.randrange(10**12, 10**13)}.tmp",
                    )
                ],
                lo=0,
                hi=0.1,
            )
            h(
                "INFO",
                "storage.raft.snapshot",
                "reaping snapshot",
                kv=[
                    (
                        "path",
                        f"/vault/data/raft/snapshots/{term[0]}-{index[0] - 8192}-{r.randrange(10**12, 10**13)}",
                    )
                ],
                lo=0,
                hi=0.5,
            )
            h(
                "INFO",
                "storage.raft",
                "compacting logs",
                kv=[("from", index[0] - 18431), ("to", index[0] - 10240)],
                lo=0,
                hi=0.1,
            )
            h(
                "INFO",
                "storage.raft",
                "snapshot complete up to",
                kv=[("index", index[0])],
                lo=0,
                hi=0.3,
            )

    def audit_rec(
        typ: str, op: str, route: str, path: str, display: str, policies: list[str], error: str = ""
    ) -> None:
        audit.t = max(audit.t, server.t)
        t = audit.tick(r, 0, 0.01)
        rid = uuid4(r)
        rec: dict = {"time": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z", "type": typ}
        rec["auth"] = {
            "client_token": "hmac-sha256:" + hexid(r, 64),
            "accessor": "hmac-sha256:" + hexid(r, 64),
            "display_name": display,
            "policies": policies,
            "token_policies": policies,
            "token_type": "service",
            "token_issue_time": "2024-06-11T05:12:44Z",
        }
        rec["request"] = {
            "id": rid,
            "client_id": hexid(r, 8)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 12),
            "operation": op,
            "mount_point": path.split("/")[0] + "/",
            "mount_type": {
                "secret": "kv",
                "database": "database",
                "pki": "pki",
                "transit": "transit",
                "auth": "userpass",
                "sys": "system",
            }[path.split("/")[0]],
            "mount_running_version": "v0.16.1+builtin",
            "mount_class": "secret",
            "client_token": "hmac-sha256:" + hexid(r, 64),
            "client_token_accessor": "hmac-sha256:" + hexid(r, 64),
            "namespace": {"id": "root"},
            "path": path,
            "remote_address": ip4(r, "10.0.5"),
            "remote_port": r.randrange(30000, 65000),
        }
        if typ == "response":
            rec["response"] = (
                {
                    "mount_point": rec["request"]["mount_point"],
                    "mount_type": rec["request"]["mount_type"],
                    "data": {"data": {"password": "hmac-sha256:" + hexid(r, 64)}},
                }
                if not error
                else {}
            )
        if error:
            rec["error"] = error
        # errctl names an audit record by design as the operation on the path, a refusal's
        # error after it; the path's names are kept, as a request record's route keeps them
        label = f"{typ} {op} {route}" + (
            f": {error.strip().removeprefix('1 error occurred:').strip().removeprefix('* ')}"
            if error
            else ""
        )
        audit.add(json.dumps(rec, separators=(",", ":")), label)

    def client_req() -> None:
        x = r.random()
        server.tick(r, 0.2, 3)
        app = r.choice(VAULT_APPS[:3])
        disp = f"kubernetes-{app}-{app}"
        pol = ["default", app]
        if x < 0.4:
            path, op = f"secret/data/{app}/config", "read"
        elif x < 0.6:
            path, op = f"database/creds/{app}", "read"
        elif x < 0.75:
            path, op = f"transit/encrypt/{app}", "update"
        elif x < 0.85:
            path, op = f"auth/userpass/login/{r.choice(USERS[:3])}", "update"
            disp, pol = "", []
        else:
            path, op = "sys/leases/renew", "update"
        err = ""
        if path.startswith("secret/") and r.random() < 0.1:
            err = "1 error occurred:\n\t* permission denied\n\n"
        elif path.startswith("auth/") and r.random() < 0.15:
            err = "invalid username or password"
        audit_rec("request", op, path, path, disp, pol, err)
        audit_rec("response", op, path, path, disp, pol, err)
        if path.startswith("database/creds/") and not err:
            lid = f"database/creds/{app}/{alnum(r, 24)}"
            leases.append(lid)
        if err == "invalid username or password" and r.random() < 0.3:
            h(
                "ERROR",
                "auth.userpass.auth_userpass_" + hexid(r, 8),
                "login failed",
                kv=[
                    ("username", path.rsplit("/", 1)[1]),
                    ("error", "invalid username or password"),
                ],
                lo=0,
                hi=0.1,
                label="login failed: username=%s error=invalid username or password",
            )

    def revoke() -> None:
        if not leases:
            return
        lid = leases.pop(0)
        if r.random() < 0.15:
            role = f"v-kubernet-{lid.split('/')[2]}-{alnum(r, 20)}-{r.randrange(10**9, 2 * 10**9)}"
            h(
                "ERROR",
                "expiration",
                "failed to revoke lease",
                kv=[
                    ("lease_id", lid),
                    (
                        "error",
                        f'failed to revoke entry: resp: (*logical.Response)(nil) err: 1 error occurred:\n\t* pq: role "{role}" cannot be dropped because some objects depend on it\n\n',
                    ),
                ],
                lo=1,
                hi=30,
                label="failed to revoke lease: lease_id=%s error=failed to revoke entry: resp: (*logical.Response)(nil) err: 1 error occurred: * pq: role %s cannot be dropped because some objects depend on it",
            )
            h(
                "ERROR",
                "expiration",
                "maximum revoke attempts reached",
                kv=[("lease_id", lid)],
                lo=0,
                hi=0.1,
            ) if r.random() < 0.3 else None
        else:
            h("INFO", "expiration", "revoked lease", kv=[("lease_id", lid)], lo=1, hi=30)

    def noise() -> None:
        x = r.random()
        if x < 0.3:
            c = f"{ip4(r, '10.0.9')}:{r.randrange(30000, 65000)}"
            reason = r.choice(
                [
                    "EOF",
                    "remote error: tls: bad certificate",
                    "tls: client offered only unsupported versions: [302 301]",
                ]
            )
            server.tick(r, 1, 60)
            server.add(
                f"{iso_ms(server.t)} [INFO]  http: TLS handshake error from {c}: {reason}",
                "TLS handshake error from %s: " + reason,
            )
        elif x < 0.5:
            h(
                "ERROR",
                "core",
                "failed to lookup token",
                kv=[("error", "failed to look up namespace from the token: no namespace")],
                lo=1,
                hi=60,
                label="failed to lookup token: error=failed to look up namespace from the token: no namespace",
            )
        elif x < 0.65:
            h(
                "WARN",
                "secrets.database.database_" + hexid(r, 8),
                "error creating database object",
                kv=[
                    (
                        "error",
                        "failed to verify connection: dial tcp 10.0.3.20:5432: connect: connection refused",
                    )
                ],
                lo=5,
                hi=60,
                label="error creating database object: error=failed to verify connection: dial tcp %s: connect: connection refused",
            )
        elif x < 0.8:
            h(
                "INFO",
                "secrets.pki.pki_" + hexid(r, 8),
                "finished tidy operation",
                kv=[
                    ("cert_store_deleted_count", r.randrange(0, 200)),
                    ("revoked_cert_deleted_count", r.randrange(0, 20)),
                    ("missing_issuer_cert_count", 0),
                ],
                lo=30,
                hi=300,
            )
        else:
            h(
                "WARN",
                "core",
                "skipping new leader health check",
                kv=[("reason", "leader not found")],
                lo=5,
                hi=60,
            ) if r.random() < 0.3 else h(
                "INFO",
                "core",
                "enabled audit backend",
                kv=[("path", "file/"), ("type", "file")],
                lo=5,
                hi=60,
            )

    def seal() -> None:
        h("INFO", "core", "marked as sealed", lo=30, hi=300)
        h("INFO", "core", "pre-seal teardown starting", lo=0, hi=0.01)
        h("INFO", "rollback", "stopping rollback manager", lo=0, hi=0.01)
        h("INFO", "core", "pre-seal teardown complete", lo=0, hi=0.05)
        h("INFO", "core", "stopping cluster listeners", lo=0, hi=0.01)
        h("INFO", "core.cluster-listener", "forwarding rpc listeners stopped", lo=0, hi=0.01)
        h("INFO", "core.cluster-listener", "rpc listeners successfully shut down", lo=0, hi=0.01)
        h("INFO", "core", "cluster listeners successfully shut down", lo=0, hi=0.01)
        h("INFO", "core", "vault is sealed", lo=0, hi=0.05)
        server.tick(r, 0, 0.5)
        server.add("==> Vault shutdown triggered", "==> Vault shutdown triggered")

    for cycle in range(2):
        start()
        for _ in range(1000 if cycle == 0 else 700):
            x = r.random()
            if x < 0.55:
                client_req()
            elif x < 0.75:
                revoke()
            elif x < 0.8:
                raft_misc()
            else:
                noise()
        if cycle == 0:
            seal()
    return [server, audit]


# --------------------------------------------------------------------------------- nomad

NOMAD_JOBS = [
    ("web", "frontend", "nginx:1.25.4"),
    ("api", "api", "registry.example.com/api:2.14.1"),
    ("worker", "worker", "registry.example.com/worker:2.14.1"),
    ("redis", "redis", "redis:7.2"),
    ("batch-report", "report", "registry.example.com/report:1.3.0"),
]
GO_PANIC_FRAMES = [
    (
        "github.com/hashicorp/nomad/client/allocrunner/taskrunner.(*TaskRunner).updateStatsLocked(...)",
        "github.com/hashicorp/nomad/client/allocrunner/taskrunner/task_runner.go:1492",
    ),
    (
        "github.com/hashicorp/nomad/client/allocrunner/taskrunner.(*TaskRunner).collectResourceUsageStats(0xc000a1e000, {0x2f4b7e8, 0xc0010e2a50}, 0xc000b0e240)",
        "github.com/hashicorp/nomad/client/allocrunner/taskrunner/task_runner.go:1461 +0x1a5",
    ),
    (
        "created by github.com/hashicorp/nomad/client/allocrunner/taskrunner.(*TaskRunner).handleTaskExitResult in goroutine 412",
        "github.com/hashicorp/nomad/client/allocrunner/taskrunner/task_runner.go:752 +0x2e5",
    ),
]


def nomad(r: random.Random) -> list[Log]:
    """A Nomad 1.7 agent run as server and client (hclog, logger names down to
    `client.alloc_runner.task_runner.task_hook.logmon`): start-up with fingerprints, raft, the
    scheduler's workers dequeuing evaluations, allocations placed, tasks' events (received,
    driver, started, terminated, restarting), docker pulls failing, artifacts failing, consul
    service syncs, template renders, garbage collection, heartbeats failing, HTTP requests at
    debug, and once a Go panic's goroutine dump that kills the agent before a restart."""
    log = Log("nomad.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    h = HcLog(r, log)
    node_id = uuid4(r)
    allocs: list[tuple[str, str, str, str]] = []

    def start() -> None:
        h(
            "INFO",
            "agent",
            "detected plugin",
            kv=[("name", "docker"), ("type", "driver"), ("plugin_version", "0.1.0")],
            lo=0,
            hi=0.01,
        )
        for p in ["raw_exec", "exec", "qemu", "java"]:
            h(
                "INFO",
                "agent",
                "detected plugin",
                kv=[("name", p), ("type", "driver"), ("plugin_version", "0.1.0")],
                lo=0,
                hi=0.01,
            )
        h(
            "INFO",
            "nomad.raft",
            "initial configuration",
            kv=[
                ("index", 1),
                ("servers", f"[{{Suffrage:Voter ID:{node_id} Address:10.0.4.10:4647}}]"),
            ],
            lo=0,
            hi=0.05,
        )
        h(
            "INFO",
            "nomad.raft",
            "entering follower state",
            kv=[
                ("follower", "Node at 10.0.4.10:4647 [Follower]"),
                ("leader-address", ""),
                ("leader-id", ""),
            ],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "nomad",
            "serf: EventMemberJoin: nomad-0.global 10.0.4.10",
            lo=0,
            hi=0.01,
            label="serf: EventMemberJoin: %s %s",
        )
        h(
            "INFO",
            "nomad",
            "starting scheduling worker(s)",
            kv=[("num_workers", 2), ("schedulers", "[service batch system sysbatch _core]")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "nomad",
            "started scheduling worker(s)",
            kv=[("num_workers", 2), ("schedulers", "[service batch system sysbatch _core]")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "nomad",
            "adding server",
            kv=[("server", "nomad-0.global (Addr: 10.0.4.10:4647) (DC: dc1)")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "client",
            "using state directory",
            kv=[("state_dir", "/opt/nomad/data/client")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "client",
            "using alloc directory",
            kv=[("alloc_dir", "/opt/nomad/data/alloc")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "client",
            "using dynamic ports",
            kv=[("min", 20000), ("max", 32000), ("reserved", "")],
            lo=0,
            hi=0.01,
        )
        h("INFO", "client.fingerprint_mgr.cgroup", "cgroups are available", lo=0, hi=0.05)
        h(
            "WARN",
            "client.fingerprint_mgr.network",
            "unable to parse speed",
            kv=[("path", "/usr/sbin/ethtool"), ("device", "eth0")],
            lo=0,
            hi=0.05,
        )
        h(
            "WARN",
            "client.fingerprint_mgr.cni_plugins",
            "failed to read CNI plugins directory",
            kv=[
                ("cni_path", "/opt/cni/bin"),
                ("error", "open /opt/cni/bin: no such file or directory"),
            ],
            lo=0,
            hi=0.05,
        )
        h("INFO", "client.fingerprint_mgr.vault", "Vault is available", lo=0, hi=0.1)
        h(
            "INFO",
            "client.fingerprint_mgr.consul",
            "consul agent is available",
            kv=[("cluster", "default")],
            lo=0,
            hi=0.1,
        )
        h(
            "INFO",
            "client.plugin",
            "starting plugin manager",
            kv=[("plugin-type", "csi")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "client.plugin",
            "starting plugin manager",
            kv=[("plugin-type", "driver")],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "client.plugin",
            "starting plugin manager",
            kv=[("plugin-type", "device")],
            lo=0,
            hi=0.01,
        )
        h(
            "WARN",
            "nomad.raft",
            "heartbeat timeout reached, starting election",
            kv=[("last-leader-addr", ""), ("last-leader-id", "")],
            lo=1,
            hi=2,
        )
        h(
            "INFO",
            "nomad.raft",
            "entering candidate state",
            kv=[("node", "Node at 10.0.4.10:4647 [Candidate]"), ("term", r.randrange(2, 40))],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "nomad.raft",
            "election won",
            kv=[("term", r.randrange(2, 40)), ("tally", 1)],
            lo=0,
            hi=0.01,
        )
        h(
            "INFO",
            "nomad.raft",
            "entering leader state",
            kv=[("leader", "Node at 10.0.4.10:4647 [Leader]")],
            lo=0,
            hi=0.01,
        )
        h("INFO", "nomad", "cluster leadership acquired", lo=0, hi=0.01)
        h("INFO", "client", "started client", kv=[("node_id", node_id)], lo=0, hi=0.2)
        h("INFO", "client", "node registration complete", lo=0, hi=0.5)

    def schedule() -> None:
        job, task, image = r.choice(NOMAD_JOBS)
        ev = uuid4(r)
        h(
            "DEBUG",
            "worker",
            "dequeued evaluation",
            kv=[
                ("worker_id", uuid4(r)),
                ("eval_id", ev),
                ("type", "service"),
                ("namespace", "default"),
                ("job_id", job),
                ("node_id", ""),
                ("triggered_by", r.choice(["job-register", "node-update", "alloc-failure"])),
            ],
            lo=2,
            hi=40,
        )
        place = r.randrange(1, 3)
        h(
            "DEBUG",
            "worker.service_sched",
            "reconciled current state with desired state",
            kv=[
                ("eval_id", ev),
                ("job_id", job),
                ("namespace", "default"),
                ("worker_id", uuid4(r)),
                (
                    "results",
                    f'Total changes: (place {place}) (destructive 0) (inplace 0) (stop 0) (disconnect 0) (reconnect 0)\nDesired Changes for "{task}": (place {place}) (inplace 0) (destructive 0) (stop 0) (migrate 0) (ignore 1) (canary 0)',
                ),
            ],
            lo=0,
            hi=0.01,
        )
        h(
            "DEBUG",
            "worker",
            "submitted plan for evaluation",
            kv=[("worker_id", uuid4(r)), ("eval_id", ev)],
            lo=0,
            hi=0.05,
        )
        h(
            "DEBUG",
            "worker.service_sched",
            "setting eval status",
            kv=[
                ("eval_id", ev),
                ("job_id", job),
                ("namespace", "default"),
                ("worker_id", uuid4(r)),
                ("status", "complete"),
            ],
            lo=0,
            hi=0.01,
        )
        h(
            "DEBUG",
            "worker",
            "updated evaluation",
            kv=[
                ("worker_id", uuid4(r)),
                ("eval", f'<Eval "{ev}" JobID: "{job}" Namespace: "default">'),
            ],
            lo=0,
            hi=0.01,
        )
        h(
            "DEBUG",
            "worker",
            "ack evaluation",
            kv=[
                ("worker_id", uuid4(r)),
                ("eval_id", ev),
                ("type", "service"),
                ("namespace", "default"),
                ("job_id", job),
                ("node_id", ""),
                ("triggered_by", "job-register"),
            ],
            lo=0,
            hi=0.01,
        )
        for _ in range(place):
            run_alloc(job, task, image)

    def task_event(
        aid: str, task: str, typ: str, msg: str, failed: bool = False, lo=0.0, hi=0.2
    ) -> None:
        h(
            "INFO",
            "client.alloc_runner.task_runner",
            "Task event",
            kv=[
                ("alloc_id", aid),
                ("task", task),
                ("type", typ),
                ("msg", msg),
                ("failed", str(failed).lower()),
            ],
            lo=lo,
            hi=hi,
        )

    def run_alloc(job: str, task: str, image: str) -> None:
        aid = uuid4(r)
        h(
            "DEBUG",
            "client",
            "updated allocations",
            kv=[
                ("index", r.randrange(1000, 90000)),
                ("total", r.randrange(3, 30)),
                ("pulled", 1),
                ("filtered", r.randrange(2, 30)),
            ],
            lo=0.1,
            hi=1,
        )
        h(
            "DEBUG",
            "client",
            "allocation updates applied",
            kv=[
                ("added", 1),
                ("removed", 0),
                ("updated", 0),
                ("ignored", r.randrange(2, 30)),
                ("errors", 0),
            ],
            lo=0,
            hi=0.05,
        )
        task_event(aid, task, "Received", "Task received by client")
        h(
            "DEBUG",
            "client.alloc_runner.task_runner.task_hook.logmon",
            "starting plugin",
            kv=[
                ("alloc_id", aid),
                ("task", task),
                ("path", "/usr/local/bin/nomad"),
                ("args", '["/usr/local/bin/nomad", "logmon"]'),
            ],
            lo=0,
            hi=0.02,
        )
        h(
            "INFO",
            "client.alloc_runner.task_runner.task_hook.logmon.nomad",
            "opening fifo",
            kv=[
                ("alloc_id", aid),
                ("task", task),
                ("@module", "logmon"),
                ("path", f"/opt/nomad/data/alloc/{aid}/alloc/logs/.{task}.stdout.fifo"),
                ("timestamp", f"{log.t:%Y-%m-%dT%H:%M:%S}.{log.t.microsecond // 1000:03d}Z"),
            ],
            lo=0,
            hi=0.05,
        )
        task_event(aid, task, "Task Setup", "Building Task Directory")
        if r.random() < 0.25:
            h(
                "INFO",
                "agent",
                f'(runner) rendered "(dynamic)" => "/opt/nomad/data/alloc/{aid}/{task}/local/config.env"',
                lo=0,
                hi=0.1,
                label='(runner) rendered "(dynamic)" => %s',
            )
        x = r.random()
        if x < 0.08:
            h(
                "ERROR",
                "client.alloc_runner.task_runner.task_hook.artifacts",
                "failed to download artifact",
                kv=[
                    ("alloc_id", aid),
                    ("task", task),
                    ("artifact", f"https://artifacts.example.com/{job}/bundle.tgz"),
                    ("error", "bad response code: 404"),
                ],
                lo=0.2,
                hi=2,
                label="failed to download artifact: alloc_id=%s task=%s artifact=%s error=bad response code: 404",
            )
            task_event(
                aid,
                task,
                "Failed Artifact Download",
                f'failed to download artifact "https://artifacts.example.com/{job}/bundle.tgz": bad response code: 404',
                True,
            )
            return
        if x < 0.16:
            h(
                "ERROR",
                "client.driver_mgr.docker",
                "failed pulling container",
                kv=[
                    ("driver", "docker"),
                    ("image_ref", image),
                    (
                        "error",
                        f"API error (404): manifest for {image} not found: manifest unknown: manifest unknown",
                    ),
                ],
                lo=1,
                hi=5,
                label="failed pulling container: driver=docker image_ref=%s error=API error (404): manifest for %s not found: manifest unknown: manifest unknown",
            )
            h(
                "ERROR",
                "client.alloc_runner.task_runner",
                "running driver failed",
                kv=[
                    ("alloc_id", aid),
                    ("task", task),
                    (
                        "error",
                        f"Failed to pull `{image}`: API error (404): manifest for {image} not found: manifest unknown: manifest unknown",
                    ),
                ],
                lo=0,
                hi=0.05,
                label="running driver failed: alloc_id=%s task=%s error=Failed to pull `%s`: API error (404): manifest for %s not found: manifest unknown: manifest unknown",
            )
            task_event(
                aid,
                task,
                "Driver Failure",
                f"Failed to pull `{image}`: API error (404): manifest for {image} not found: manifest unknown: manifest unknown",
                True,
            )
            h(
                "INFO",
                "client.alloc_runner.task_runner",
                "not restarting task",
                kv=[("alloc_id", aid), ("task", task), ("reason", "Error was unrecoverable")],
                lo=0,
                hi=0.05,
            )
            return
        task_event(aid, task, "Driver", "Downloading image")
        cid = hexid(r, 64)
        h(
            "DEBUG",
            "client.driver_mgr.docker",
            "docker pull succeeded",
            kv=[("driver", "docker"), ("image_ref", image)],
            lo=0.5,
            hi=8,
        )
        h(
            "INFO",
            "client.driver_mgr.docker",
            "created container",
            kv=[("driver", "docker"), ("container_id", cid)],
            lo=0,
            hi=0.5,
        )
        h(
            "INFO",
            "client.driver_mgr.docker",
            "started container",
            kv=[("driver", "docker"), ("container_id", cid)],
            lo=0,
            hi=0.5,
        )
        task_event(aid, task, "Started", "Task started by client")
        h(
            "DEBUG",
            "client.consul",
            "sync complete",
            kv=[
                ("registered_services", 1),
                ("deregistered_services", 0),
                ("registered_checks", 1),
                ("deregistered_checks", 0),
            ],
            lo=0,
            hi=0.5,
        )
        allocs.append((aid, task, job, image))

    def task_exit() -> None:
        if not allocs:
            return
        aid, task, job, image = allocs.pop(r.randrange(len(allocs)))
        code = r.choice([0, 1, 137, 2])
        task_event(
            aid,
            task,
            "Terminated",
            f'Exit Code: {code}, Exit Message: "Docker container exited with non-zero exit code: {code}"'
            if code
            else "Exit Code: 0",
            bool(code),
            lo=5,
            hi=120,
        )
        if code and r.random() < 0.7:
            delay = f"{r.randrange(14, 18)}.{r.randrange(10**8, 10**9)}s"
            h(
                "INFO",
                "client.alloc_runner.task_runner",
                "restarting task",
                kv=[
                    ("alloc_id", aid),
                    ("task", task),
                    ("reason", "Restart within policy"),
                    ("delay", delay),
                ],
                lo=0,
                hi=0.05,
            )
            task_event(aid, task, "Restarting", f"Task restarting in {delay}")
            task_event(aid, task, "Started", "Task started by client", lo=15, hi=18)
            allocs.append((aid, task, job, image))
        else:
            h("INFO", "client.gc", "marking allocation for GC", kv=[("alloc_id", aid)], lo=0, hi=1)
            h(
                "INFO",
                "client.gc",
                "garbage collecting allocation",
                kv=[("alloc_id", aid), ("reason", "forced collection")],
                lo=30,
                hi=300,
            )
            h(
                "DEBUG",
                "client.alloc_runner.task_runner.task_hook.logmon",
                "plugin process exited",
                kv=[
                    ("alloc_id", aid),
                    ("task", task),
                    ("path", "/usr/local/bin/nomad"),
                    ("pid", r.randrange(2000, 90000)),
                ],
                lo=0,
                hi=0.1,
            )

    def http() -> None:
        job = r.choice(NOMAD_JOBS)[0]
        path = r.choice(
            [
                f"/v1/job/{job}/allocations?index={r.randrange(1000, 90000)}",
                "/v1/agent/health?type=client",
                "/v1/jobs?prefix=",
                f"/v1/job/{job}/summary",
                "/v1/metrics?format=prometheus",
            ]
        )
        h(
            "DEBUG",
            "http",
            "request complete",
            kv=[("method", "GET"), ("path", path), ("duration", f"{r.uniform(0.2, 40):.6f}ms")],
            lo=0.5,
            hi=8,
        )

    def trouble() -> None:
        x = r.random()
        if x < 0.4:
            h(
                "ERROR",
                "client.rpc",
                "error performing RPC to server",
                kv=[
                    ("error", "rpc error: EOF"),
                    ("rpc", "Node.UpdateStatus"),
                    ("server", "10.0.4.10:4647"),
                ],
                lo=5,
                hi=60,
                label="error performing RPC to server: error=rpc error: EOF rpc=%s server=%s",
            )
            h(
                "ERROR",
                "client",
                "error heartbeating. retrying",
                kv=[
                    ("error", "failed to update status: rpc error: EOF"),
                    ("period", f"{r.uniform(1, 3):.9f}s"),
                ],
                lo=0,
                hi=0.05,
                label="error heartbeating. retrying: error=failed to update status: rpc error: EOF period=%s",
            )
        elif x < 0.6:
            h(
                "WARN",
                "nomad.heartbeat",
                "node TTL expired",
                kv=[("node_id", uuid4(r))],
                lo=5,
                hi=60,
            )
        elif x < 0.8:
            h(
                "WARN",
                "client.alloc_runner.task_runner.task_hook.script_checks",
                "tasklet timed out",
                kv=[("alloc_id", uuid4(r)), ("task", r.choice(NOMAD_JOBS)[1]), ("timeout", "3s")],
                lo=5,
                hi=60,
            )
        else:
            h(
                "INFO",
                "nomad.raft",
                "starting snapshot up to",
                kv=[("index", r.randrange(10**4, 10**5))],
                lo=30,
                hi=300,
            )
            h(
                "INFO",
                "nomad.raft",
                "snapshot complete up to",
                kv=[("index", r.randrange(10**4, 10**5))],
                lo=0,
                hi=0.3,
            )

    def panic() -> None:
        aid = allocs[0][0] if allocs else uuid4(r)
        h(
            "INFO",
            "client.alloc_runner.task_runner",
            "Task event",
            kv=[
                ("alloc_id", aid),
                ("task", "api"),
                ("type", "Terminated"),
                (
                    "msg",
                    'Exit Code: 137, Exit Message: "Docker container exited with non-zero exit code: 137"',
                ),
                ("failed", "false"),
            ],
            lo=5,
            hi=60,
        )
        log.tick(r, 0, 0.01)
        log.add(
            "panic: runtime error: invalid memory address or nil pointer dereference",
            "panic: runtime error: invalid memory address or nil pointer dereference",
        )
        log.add("[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x1f4d8a2]", None)
        log.add("", None)
        log.add(f"goroutine {r.randrange(400, 9000)} [running]:", None)
        for fn, where in GO_PANIC_FRAMES:
            log.add(fn, None)
            log.add("\t/home/runner/work/nomad/nomad/" + where, None)

    for cycle in range(2):
        start()
        for _ in range(230 if cycle == 0 else 160):
            x = r.random()
            if x < 0.35:
                schedule()
            elif x < 0.6:
                task_exit()
            elif x < 0.85:
                http()
            else:
                trouble()
        if cycle == 0:
            panic()
    return [log]


# --------------------------------------------------------------------------------- minio

MINIO_BUCKETS = ["photos", "backups", "logs", "artifacts", "invoices"]
MINIO_AGENTS = [
    "MinIO (linux; amd64) minio-go/v7.0.70",
    "aws-sdk-go/1.51.21 (go1.22.2; linux; amd64)",
    "Boto3/1.34.84 md/Botocore#1.34.84 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.9",
    "rclone/v1.66.0",
]

MINIO_SITES = {
    "Marking %s offline temporarily; caused by %s": "cmd/storage-rest-client.go:264:cmd.(*storageRESTClient).checkHealth()",
    "Storage resources are insufficient for the write operation %s/%s": "cmd/erasure-object.go:1342:cmd.erasureObjects.putObject()",
    "Read failed. Insufficient number of drives online": "cmd/erasure-object.go:820:cmd.erasureObjects.getObjectFileInfo()",
    "Client %s disconnected during %s": "cmd/object-handlers.go:2031:cmd.objectAPIHandlers.PutObjectHandler.func2()",
    "context canceled": "cmd/object-api-common.go:78:cmd.(*getObjectReader).Read()",
    "write tcp %s->%s: write: broken pipe": "cmd/object-handlers.go:598:cmd.objectAPIHandlers.getObjectHandler.func3()",
    "Scanner: could not read %s: %s": "cmd/data-scanner.go:1104:cmd.(*scannerItem).applyActions()",
    "Drive %s returned an unexpected error: %s, please investigate - drive will be offline": "cmd/xl-storage-disk-id-check.go:1015:cmd.(*xlStorageDiskIDCheck).monitorDiskStatus()",
    "Storage reached its minimum free drive threshold.": "cmd/erasure-server-pool.go:1088:cmd.(*erasureServerPools).PutObject()",
    "lock: unable to acquire lock on %s: resource busy": "internal/dsync/drwmutex.go:262:dsync.(*DRWMutex).lockBlocking()",
    "Unable to send audit event to the target %s: %s": "internal/logger/target/http/http.go:322:http.(*Target).logEntry()",
    "Unable to notify peer %s: %s": "cmd/notification.go:442:cmd.(*NotificationSys).ReloadSiteReplicationConfig.func1()",
    "Expected 'format.json' to be found on drive %s, but it was not": "cmd/format-erasure.go:398:cmd.loadFormatErasureAll.func1()",
}


def minio(r: random.Random) -> list[Log]:
    """A four-node MinIO deployment (RELEASE.2024-05-10) seen from two nodes: minio1 writes the
    console log (its banner, bare status lines with no time, and error blocks: `API: name(args)`,
    `Time:`, `DeploymentID:`, `RequestID:`, `RemoteHost:`, `Host:`, `UserAgent:`, `Error: msg
    (type)` and the numbered Go frames), minio2 runs with `--json` (one JSON record per error,
    `message` or `error.message` the text). An error block is labelled by its error's format
    (`Error: %s`'s text), the API's name and arguments variables; a drive going offline, a peer
    refusing, quorum lost, a client disconnecting mid-upload, drives healing, the scanner, a
    full drive and a restart."""
    con = Log("minio1.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    js = Log("minio2.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    dep = uuid4(r)
    nodes = [f"http://minio{i}:9000" for i in range(1, 5)]

    def bare(label: str, *vals) -> None:
        con.tick(r, 0, 0.05)
        text = fill(label, *vals)
        con.add(text, label)

    def banner() -> None:
        for text in [
            "MinIO Object Storage Server",
            "Copyright: 2015-2024 MinIO, Inc.",
            "License: GNU AGPLv3 <https://www.gnu.org/licenses/agpl-3.0.html>",
        ]:
            bare(text)
        bare("Version: %s (%s %s/%s)", "RELEASE.2024-05-10T01-41-38Z", "go1.22.3", "linux", "amd64")
        con.add("", None)
        bare("Status:         %d Online, %d Offline. ", 4, 0)
        bare("S3-API: %s  %s ", "http://10.0.6.11:9000", "http://127.0.0.1:9000")
        bare("Console: %s %s ", "http://10.0.6.11:9001", "http://127.0.0.1:9001")
        con.add("", None)
        bare("Documentation: https://min.io/docs/minio/linux/index.html")

    def start() -> None:
        bare("Formatting %s pool, %d set(s), %d drives per set.", "1st", 1, 4)
        if r.random() < 0.5:
            for _ in nodes[2:]:
                bare(
                    "Waiting for at least %d remote servers with valid configuration to be online",
                    2,
                )
            bare(
                "Following servers are currently offline or unreachable %s",
                "[" + " ".join(f"{n}/data" for n in nodes[2:]) + "]",
            )
        bare(
            "Automatically configured API requests per node based on available memory on the system: %d",
            1024,
        )
        bare("All MinIO sub-systems initialized successfully in %s", f"{r.uniform(5, 80):.6f}ms")
        banner()

    def frames(kind: str, label: str) -> list[str]:
        fs = {
            "storage": [
                "internal/rest/client.go:314:rest.(*Client).Call()",
                "cmd/storage-rest-client.go:172:cmd.(*storageRESTClient).call()",
                "cmd/storage-rest-client.go:611:cmd.(*storageRESTClient).ReadAll()",
                "cmd/erasure-object.go:1012:cmd.erasureObjects.getObjectFileInfo()",
            ],
            "put": [
                "internal/logger/logger.go:258:logger.LogIf()",
                "cmd/object-handlers.go:2095:cmd.objectAPIHandlers.PutObjectHandler()",
                "net/http/server.go:2166:http.HandlerFunc.ServeHTTP()",
            ],
            "get": [
                "internal/logger/logger.go:258:logger.LogIf()",
                "cmd/object-handlers.go:612:cmd.objectAPIHandlers.getObjectHandler()",
                "cmd/object-handlers.go:678:cmd.objectAPIHandlers.GetObjectHandler()",
                "net/http/server.go:2166:http.HandlerFunc.ServeHTTP()",
            ],
            "sys": [
                "internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()",
                "internal/logger/logonce.go:149:logger.LogOnceIf()",
                "cmd/data-scanner.go:346:cmd.(*folderScanner).scanFolder()",
            ],
        }[kind]
        # each error is logged from its own call site: its frame beside the shared ones
        site = MINIO_SITES[label]
        logger = sum(1 for f in fs if f.startswith("internal/logger/"))
        fs = [*fs[:logger], site, *fs[logger:]] if logger else [*fs, site]
        n = len(fs)
        return [f"{' ' * (7 if n - i < 10 else 6)}{n - i}: {f}" for i, f in enumerate(fs)]

    def error(
        api: str,
        args: str,
        label: str,
        vals: tuple,
        typ: str,
        kind: str,
        request: bool,
        lo=1.0,
        hi=30.0,
    ) -> None:
        msg = fill(label, *vals)
        rid = "".join(r.choice("0123456789ABCDEF") for _ in range(16))
        client = ip4(r, "10.0.7")
        agent = r.choice(MINIO_AGENTS)
        if r.random() < 0.55:
            t = con.tick(r, lo, hi)
            con.add(f"API: {api}({args})", label)
            con.add(f"Time: {t:%H:%M:%S} UTC {t:%m/%d/%Y}", None)
            con.add(f"DeploymentID: {dep}", None)
            if request:
                con.add(f"RequestID: {rid}", None)
                con.add(f"RemoteHost: {client}", None)
                con.add("Host: minio.example.com:9000", None)
                con.add(f"UserAgent: {agent}", None)
            con.add(f"Error: {msg} ({typ})", None)
            for f in frames(kind, label):
                con.add(f, None)
        else:
            t = js.tick(r, lo, hi)
            rec: dict = {
                "level": "ERROR",
                "errKind": "ALL",
                "time": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond * 1000:09d}Z",
                "deploymentid": dep,
            }
            api_args = dict(x.split("=", 1) for x in args.split(", ")) if args else {}
            rec["api"] = {"name": api, "args": api_args} if api_args else {"name": api}
            if request:
                rec.update(
                    {
                        "remotehost": client,
                        "host": "minio.example.com:9000",
                        "requestID": rid,
                        "userAgent": agent,
                    }
                )
            rec["message"] = msg
            rec["error"] = {
                "message": msg,
                "source": [f.split(": ", 1)[1] for f in frames(kind, label)],
            }
            js.add(json.dumps(rec, separators=(",", ":")), label)

    def obj() -> str:
        return f"{r.choice(['2024/06', 'db', 'ci', 'exports'])}/{alnum(r, 10)}.{r.choice(['jpg', 'tar.gz', 'log', 'pdf'])}"

    def drive_offline() -> None:
        n = r.choice(nodes[1:])
        error(
            "SYSTEM",
            "",
            "Marking %s offline temporarily; caused by %s",
            (
                f"{n}/data",
                f'Post "{n}/minio/storage/data/v53/readall?did={uuid4(r)}&file-path=format.json&volume=.minio.sys": dial tcp {ip4(r, "10.0.6")}:9000: connect: connection refused',
            ),
            "*rest.NetworkError",
            "storage",
            False,
        )
        for _ in range(r.randrange(1, 4)):
            b = r.choice(MINIO_BUCKETS)
            error(
                "PutObject",
                f"bucket={b}, object={obj()}",
                "Storage resources are insufficient for the write operation %s/%s",
                (b, obj()),
                "cmd.InsufficientWriteQuorum",
                "put",
                True,
                lo=0,
                hi=3,
            )
        if r.random() < 0.5:
            b = r.choice(MINIO_BUCKETS)
            error(
                "GetObject",
                f"bucket={b}, object={obj()}",
                "Read failed. Insufficient number of drives online",
                (),
                "cmd.InsufficientReadQuorum",
                "get",
                True,
                lo=0,
                hi=3,
            )
        con.tick(r, 5, 60)
        con.add(
            f"Healing drive '{n}/data' - 'mc admin heal alias/ --verbose' to check the current status.",
            "Healing drive '%s' - 'mc admin heal alias/ --verbose' to check the current status.",
        )
        con.tick(r, 20, 600)
        con.add(
            f"Healing drive '{n}/data' complete (healed: {r.randrange(10, 9000)}, skipped: {r.randrange(0, 40)}, failed: 0).",
            "Healing drive '%s' complete (healed: %d, skipped: %d, failed: %d).",
        )

    def client_gone() -> None:
        b = r.choice(MINIO_BUCKETS)
        x = r.random()
        if x < 0.4:
            error(
                "PutObject",
                f"bucket={b}, object={obj()}",
                "Client %s disconnected during %s",
                (ip4(r, "10.0.7"), "PutObject"),
                "*errors.errorString",
                "put",
                True,
            )
        elif x < 0.7:
            error(
                "GetObject",
                f"bucket={b}, object={obj()}",
                "context canceled",
                (),
                "*errors.errorString",
                "get",
                True,
            )
        else:
            error(
                "GetObject",
                f"bucket={b}, object={obj()}",
                "write tcp %s->%s: write: broken pipe",
                ("10.0.6.11:9000", f"{ip4(r, '10.0.7')}:{r.randrange(30000, 65000)}"),
                "*net.OpError",
                "get",
                True,
            )

    def system() -> None:
        x = r.random()
        if x < 0.3:
            error(
                "SYSTEM",
                "",
                "Scanner: could not read %s: %s",
                (f"{r.choice(MINIO_BUCKETS)}/{obj()}/xl.meta", "file is corrupted"),
                "cmd.StorageErr",
                "sys",
                False,
            )
        elif x < 0.5:
            error(
                "SYSTEM",
                "",
                "Drive %s returned an unexpected error: %s, please investigate - drive will be offline",
                (r.choice(nodes) + "/data", "drive not found"),
                "*errors.errorString",
                "storage",
                False,
            )
        elif x < 0.7:
            b = r.choice(MINIO_BUCKETS)
            error(
                "PutObject",
                f"bucket={b}, object={obj()}",
                "Storage reached its minimum free drive threshold.",
                (),
                "cmd.StorageFull",
                "put",
                True,
            )
        elif x < 0.85:
            error(
                "SYSTEM",
                "",
                "lock: unable to acquire lock on %s: resource busy",
                (f"{r.choice(MINIO_BUCKETS)}/{obj()}",),
                "*errors.errorString",
                "sys",
                False,
            )
        elif x < 0.9:
            bare(
                "Unable to use the drive %s: %s, will be retried",
                r.choice(nodes) + "/data",
                "drive not found",
            )
        elif x < 0.93:
            error(
                "SYSTEM",
                "",
                "Unable to send audit event to the target %s: %s",
                (
                    "webhook1",
                    f'Post "http://audit.example.com:8080/minio": dial tcp {ip4(r, "10.0.8")}:8080: i/o timeout',
                ),
                "*url.Error",
                "sys",
                False,
            )
        elif x < 0.96:
            n = r.choice(nodes[1:])
            error(
                "SYSTEM",
                "",
                "Unable to notify peer %s: %s",
                (n.removeprefix("http://"), "context deadline exceeded"),
                "*errors.errorString",
                "sys",
                False,
            )
        elif x < 0.98:
            error(
                "SYSTEM",
                "",
                "Expected 'format.json' to be found on drive %s, but it was not",
                (r.choice(nodes) + "/data",),
                "*errors.errorString",
                "storage",
                False,
            )
        else:
            bare("Waiting for all MinIO sub-systems to be initialized.. trying to acquire lock")
            bare("Waiting for all MinIO sub-systems to be initialized.. lock acquired")

    for cycle in range(2):
        start()
        for _ in range(900 if cycle == 0 else 700):
            x = r.random()
            if x < 0.15:
                drive_offline()
            elif x < 0.6:
                client_gone()
            else:
                system()
        if cycle == 0:
            bare("Exiting on signal: %s", "TERMINATED")
    return [con, js]


# --------------------------------------------------------------------------------- argocd

ARGO_APPS = [
    "guestbook",
    "billing",
    "orders",
    "monitoring",
    "ingress-nginx",
    "cert-manager",
    "redis",
]
ARGO_REPO = "https://github.com/example/deploy.git"
ARGO_SERVER = "https://kubernetes.default.svc"


def logrus_value(v: object) -> str:
    """A value as logrus's text formatter writes it: quoted (Go's %q) when it has a character
    outside letters, digits and `-._/@^+`, bare otherwise."""
    s = str(v)
    if s == "" or any(not (c.isalnum() or c in "-._/@^+") for c in s):
        return json.dumps(s, ensure_ascii=False)
    return s


def argocd(r: random.Random) -> list[Log]:
    """Argo CD 2.11's application controller and repo server (logrus's text formatter: `time=
    level= msg= key=value...`, the keys sorted): the controller starting, clusters synced,
    apps refreshed and compared with their reconciliation timings, auto-syncs with their
    resources applied and results, sync and health status changes, manifest generation failing
    (the repo server's rpc error in the message), cluster watches failing; the repo server's
    `msg=Trace` exec records, manifest cache hits and misses, gRPC calls finished, git
    authentication failing, and a recovered panic with its goroutine stack. A message is labelled
    by msg's format (the fields are its values)."""
    ctl = Log("argocd-application-controller.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    repo = Log("argocd-repo-server.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    revs = {a: hexid(r, 40) for a in ARGO_APPS}

    def e(log: Log, level: str, label: str, *vals, fields=(), lo=0.0, hi=0.5) -> None:
        t = log.tick(r, lo, hi)
        msg = fill(label, *vals)
        parts = [f'time="{t:%Y-%m-%dT%H:%M:%S}Z"', f"level={level}", f"msg={logrus_value(msg)}"]
        parts += [f"{k}={logrus_value(v)}" for k, v in sorted(fields)]
        log.add(" ".join(parts), label)

    def c(level: str, label: str, *vals, app: str = "", fields=(), lo=0.0, hi=0.5) -> None:
        f = list(fields) + ([("application", f"argocd/{app}")] if app else [])
        e(ctl, level, label, *vals, fields=f, lo=lo, hi=hi)

    def start() -> None:
        c(
            "info",
            "ArgoCD Application Controller is starting",
            fields=[
                ("built", "2024-05-31T10:21:42Z"),
                ("commit", hexid(r, 40)),
                ("namespace", "argocd"),
                ("version", "v2.11.3+3f344d5"),
            ],
            lo=0,
            hi=0.1,
        )
        c("info", "Processing all cluster shards", lo=0, hi=0.05)
        c(
            "info",
            "appResyncPeriod=%s, appHardResyncPeriod=%s, appResyncJitter=%s",
            "3m0s",
            "0s",
            "0s",
            lo=0,
            hi=0.05,
        )
        c("info", "Starting configmap/secret informers", lo=0, hi=0.05)
        c("info", "Configmap/secret informer synced", lo=0, hi=0.2)
        c("info", "0x%s subscribed to settings updates", hexid(r, 10), lo=0, hi=0.05)
        c("info", "Cluster %s has been assigned to shard %d", ARGO_SERVER, 0, lo=0, hi=0.05)
        c("info", "Starting Application workers", lo=0, hi=0.05)
        c("info", "Starting Project workers", lo=0, hi=0.05)
        c("info", "Start syncing cluster", fields=[("server", ARGO_SERVER)], lo=0, hi=0.05)
        c("info", "Cluster successfully synced", fields=[("server", ARGO_SERVER)], lo=1, hi=8)
        e(repo, "info", "Initializing GnuPG keyring at %s", "/app/config/gpg/keys", lo=0, hi=0.1)
        e(
            repo,
            "info",
            "gpg --no-permission-warning --logger-fd 1 --batch --gen-key %s",
            f"/tmp/gpg-key-recipe{r.randrange(10**8, 10**9)}",
            fields=[("dir", ""), ("execID", alnum(r, 5).lower())],
            lo=0,
            hi=0.1,
        )
        e(
            repo,
            "info",
            "Populating GnuPG keyring with keys from %s",
            "/app/config/gpg/source",
            lo=0,
            hi=0.5,
        )
        e(
            repo,
            "info",
            "argocd-repo-server is listening on %s",
            "[::]:8081",
            fields=[
                ("built", "2024-05-31T10:21:42Z"),
                ("commit", hexid(r, 40)),
                ("max_grpc_message_size", 104857600),
                ("version", "v2.11.3+3f344d5"),
            ],
            lo=0,
            hi=0.1,
        )

    def trace(args: str, dir_: str, op: str, lo=0.0, hi=0.1) -> None:
        e(
            repo,
            "info",
            "Trace",
            fields=[
                ("args", args),
                ("dir", dir_),
                ("operation_name", op),
                ("time_ms", f"{r.uniform(2, 900):.6f}"),
            ],
            lo=lo,
            hi=hi,
        )

    def manifests(app: str) -> bool:
        """The repo server generating `app`'s manifests; False when it fails."""
        d = f"/tmp/_argocd-repo/{uuid4(r)}"
        src = f"&ApplicationSource{{RepoURL:{ARGO_REPO},Path:apps/{app},TargetRevision:HEAD,Helm:nil,Kustomize:nil,Directory:nil,Plugin:nil,Chart:,Ref:,}}"
        start_ = f"{repo.t:%Y-%m-%dT%H:%M:%S}Z"
        grpc = [
            ("grpc.method", "GenerateManifest"),
            ("grpc.request.deadline", f"{repo.t:%Y-%m-%dT%H:%M:%S}Z"),
            ("grpc.service", "repository.RepoServerService"),
            ("grpc.start_time", start_),
            ("span.kind", "server"),
            ("system", "grpc"),
        ]
        if r.random() < 0.55:
            e(repo, "info", "manifest cache hit: %s/%s", src, revs[app], lo=1, hi=20)
        else:
            trace("[git fetch origin --tags --force --prune]", d, "exec git", lo=1, hi=20)
            trace(f"[git checkout --force {revs[app]}]", d, "exec git")
            trace("[git clean -ffdx]", d, "exec git")
            if r.random() < 0.08:
                e(
                    repo,
                    "error",
                    "finished unary call with code Unknown",
                    fields=[
                        *grpc,
                        ("error", "rpc error: code = Unknown desc = authentication required"),
                        ("grpc.code", "Unknown"),
                        ("grpc.time_ms", f"{r.uniform(100, 2000):.3f}"),
                    ],
                    lo=0,
                    hi=0.5,
                )
                return False
            e(repo, "info", "manifest cache miss: %s/%s", src, revs[app], lo=0, hi=0.05)
            if app in ("monitoring", "redis", "cert-manager"):
                trace(
                    f"[helm template . --name-template {app} --namespace {app} --kube-version 1.29 --api-versions admissionregistration.k8s.io/v1 --include-crds]",
                    d + f"/apps/{app}",
                    "exec helm",
                    lo=0,
                    hi=2,
                )
            else:
                trace("[kustomize build .]", d + f"/apps/{app}", "exec kustomize", lo=0, hi=2)
            if r.random() < 0.05:
                e(
                    repo,
                    "error",
                    "finished unary call with code Unknown",
                    fields=[
                        *grpc,
                        (
                            "error",
                            "rpc error: code = Unknown desc = Manifest generation error (cached): `kustomize build .` failed exit status 1: Error: accumulating resources: accumulation err='accumulating resources from 'deployment.yaml': missing metadata.name in object {{apps/v1 Deployment} {{ }}}'",
                        ),
                        ("grpc.code", "Unknown"),
                        ("grpc.time_ms", f"{r.uniform(100, 2000):.3f}"),
                    ],
                    lo=0,
                    hi=0.5,
                )
                return False
        e(
            repo,
            "info",
            "finished unary call with code OK",
            fields=[*grpc, ("grpc.code", "OK"), ("grpc.time_ms", f"{r.uniform(1, 900):.3f}")],
            lo=0,
            hi=0.5,
        )
        return True

    def refresh() -> None:
        app = r.choice(ARGO_APPS)
        reason = r.choice(
            [
                "controller refresh requested",
                "spec.source differs",
                "comparison expired, requesting refresh. reconciledAt: 2024-06-11 06:00:02 +0000 UTC, expiry: 3m0s",
            ]
        )
        level = 2 if reason != "controller refresh requested" else 1
        c("info", "Refreshing app status (%s), level (%d)", reason, level, app=app, lo=0.5, hi=15)
        c(
            "info",
            "Comparing app state (cluster: %s, namespace: %s)",
            ARGO_SERVER,
            app,
            app=app,
            lo=0,
            hi=0.05,
        )
        repo.t = max(repo.t, ctl.t)
        ok = manifests(app)
        ctl.t = max(ctl.t, repo.t)
        if not ok:
            # the repo server's error is a message of its own: the label takes its text
            c(
                r.choice(["warning", "error"]),
                "Failed to load target state: failed to generate manifest for source %d of %d: rpc error: code = Unknown desc = authentication required",
                1,
                1,
                app=app,
                lo=0,
                hi=0.05,
            )
            c("info", "Update successful", app=app, lo=0, hi=0.1)
            return
        c(
            "info",
            "GetRepoObjects stats",
            app=app,
            fields=[
                ("build_options_ms", 0),
                ("helm_ms", 0),
                ("plugins_ms", 0),
                ("repo_ms", 0),
                ("time_ms", r.randrange(5, 900)),
                ("unmarshal_ms", r.randrange(0, 40)),
                ("version_ms", 0),
            ],
            lo=0,
            hi=0.1,
        )
        changed = r.random() < 0.3
        if changed:
            revs[app] = hexid(r, 40)
            c("info", "Initiated automated sync to '%s'", revs[app], app=app, lo=0, hi=0.1)
            c(
                "info",
                "Updated sync status: %s -> %s",
                "Synced",
                "OutOfSync",
                app=app,
                fields=[
                    ("dest-namespace", app),
                    ("dest-server", ARGO_SERVER),
                    ("reason", "ResourceUpdated"),
                    ("type", "Normal"),
                ],
                lo=0,
                hi=0.05,
            )
            sync(app)
        else:
            c(
                "info",
                "Skipping auto-sync: application status is %s",
                "Synced",
                app=app,
                lo=0,
                hi=0.05,
            )
        c("info", "Update successful", app=app, lo=0, hi=0.1)
        c(
            "info",
            "Reconciliation completed",
            app=app,
            fields=[
                ("comparison-level", level),
                ("dedup_ms", 0),
                ("dest-name", ""),
                ("dest-namespace", app),
                ("dest-server", ARGO_SERVER),
                ("diff_ms", r.randrange(0, 30)),
                ("fields.level", level),
                ("git_ms", r.randrange(0, 900)),
                ("health_ms", r.randrange(0, 5)),
                ("live_ms", r.randrange(0, 20)),
                ("patch_ms", r.randrange(0, 20)),
                ("setop_ms", 0),
                ("settings_ms", 0),
                ("sync_ms", r.randrange(0, 3)),
                ("time_ms", r.randrange(20, 1500)),
            ],
            lo=0,
            hi=0.05,
        )

    def sync(app: str) -> None:
        sid = f"{r.randrange(1, 99999):05d}-{alnum(r, 5)}"
        f = [("syncId", sid)]
        c(
            "info",
            "Tasks (dry-run)",
            app=app,
            fields=[*f, ("tasks", f"[Sync/0 resource apps/Deployment:{app}/{app} obj->obj (,,)]")],
            lo=0,
            hi=0.2,
        )
        c(
            "info",
            "Applying resource %s/%s in cluster: %s, namespace: %s",
            "Deployment",
            app,
            ARGO_SERVER,
            app,
            app=app,
            fields=f,
            lo=0,
            hi=0.1,
        )
        if r.random() < 0.1:
            msg = f'error when patching "/dev/shm/{r.randrange(10**8, 10**9)}": Deployment.apps "{app}" is invalid: spec.template.spec.containers[0].image: Required value'
            c(
                "info",
                "Adding resource result, status: '%s', phase: '%s', message: '%s'",
                "SyncFailed",
                "Failed",
                msg,
                app=app,
                fields=[*f, ("kind", "Deployment"), ("name", app), ("namespace", app)],
                lo=0,
                hi=0.2,
            )
            c(
                "info",
                "Updating operation state. phase: %s -> %s, message: '%s' -> '%s'",
                "Running",
                "Failed",
                "one or more tasks are running",
                "one or more objects failed to apply, reason: " + msg,
                app=app,
                fields=f,
                lo=0,
                hi=0.1,
            )
            c(
                "info",
                "Sync operation to %s failed: %s",
                revs[app],
                "one or more objects failed to apply, reason: " + msg,
                app=app,
                fields=[
                    ("dest-namespace", app),
                    ("dest-server", ARGO_SERVER),
                    ("reason", "OperationCompleted"),
                    ("type", "Warning"),
                ],
                lo=0,
                hi=0.1,
            )
            return
        c(
            "info",
            "Adding resource result, status: '%s', phase: '%s', message: '%s'",
            "Synced",
            "Running",
            f"deployment.apps/{app} configured",
            app=app,
            fields=[*f, ("kind", "Deployment"), ("name", app), ("namespace", app)],
            lo=0,
            hi=0.2,
        )
        c(
            "info",
            "Updating operation state. phase: %s -> %s, message: '%s' -> '%s'",
            "Running",
            "Succeeded",
            "one or more tasks are running",
            "successfully synced (all tasks run)",
            app=app,
            fields=f,
            lo=0,
            hi=0.1,
        )
        c(
            "info",
            "sync/terminate complete",
            app=app,
            fields=[("duration", f"{r.uniform(0.3, 5):.9f}s")],
            lo=0,
            hi=0.05,
        )
        c(
            "info",
            "Sync operation to %s succeeded",
            revs[app],
            app=app,
            fields=[
                ("dest-namespace", app),
                ("dest-server", ARGO_SERVER),
                ("reason", "OperationCompleted"),
                ("type", "Normal"),
            ],
            lo=0,
            hi=0.05,
        )
        c(
            "info",
            "Updated health status: %s -> %s",
            "Healthy",
            "Progressing",
            app=app,
            fields=[
                ("dest-namespace", app),
                ("dest-server", ARGO_SERVER),
                ("reason", "ResourceUpdated"),
                ("type", "Normal"),
            ],
            lo=0.5,
            hi=5,
        )
        c(
            "info",
            "Updated health status: %s -> %s",
            "Progressing",
            "Healthy",
            app=app,
            fields=[
                ("dest-namespace", app),
                ("dest-server", ARGO_SERVER),
                ("reason", "ResourceUpdated"),
                ("type", "Normal"),
            ],
            lo=5,
            hi=60,
        )

    def cluster_trouble() -> None:
        x = r.random()
        if x < 0.5:
            gvk = r.choice(
                [
                    "apps/v1, Kind=ReplicaSet",
                    "/v1, Kind=Pod",
                    "batch/v1, Kind=Job",
                    "networking.k8s.io/v1, Kind=Ingress",
                ]
            )
            c(
                "info",
                "Failed to watch %s on %s: %s, retrying in %s",
                gvk,
                ARGO_SERVER,
                "Resyncing",
                "1s",
                fields=[("server", ARGO_SERVER)],
                lo=10,
                hi=200,
            )
        elif x < 0.7:
            c(
                "warning",
                "Failed to save clusters info: %s",
                "context deadline exceeded",
                lo=10,
                hi=200,
            )
        elif x < 0.85:
            c("info", "Start syncing cluster", fields=[("server", ARGO_SERVER)], lo=10, hi=200)
            c("info", "Cluster successfully synced", fields=[("server", ARGO_SERVER)], lo=1, hi=8)
        else:
            app = r.choice(ARGO_APPS)
            c(
                "error",
                "Recovered from panic: %s",
                "runtime error: invalid memory address or nil pointer dereference",
                lo=10,
                hi=300,
            )
            ctl.add(f"goroutine {r.randrange(100, 9000)} [running]:", None)
            for fn, where in [
                ("runtime/debug.Stack()", "/usr/local/go/src/runtime/debug/stack.go:24 +0x5e"),
                (
                    "github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).processAppRefreshQueueItem.func1()",
                    "/go/src/github.com/argoproj/argo-cd/controller/appcontroller.go:1523 +0x54",
                ),
                (
                    "panic({0x3a1f2e0?, 0x6d9e8a0?})",
                    "/usr/local/go/src/runtime/panic.go:914 +0x21f",
                ),
                (
                    "github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).processAppRefreshQueueItem(0xc000a2e000)",
                    "/go/src/github.com/argoproj/argo-cd/controller/appcontroller.go:1601 +0x9c3",
                ),
            ]:
                ctl.add(fn, None)
                ctl.add("\t" + where, None)
            c(
                "info",
                "Refreshing app status (%s), level (%d)",
                "controller refresh requested",
                1,
                app=app,
                lo=0,
                hi=1,
            )

    for cycle in range(2):
        start()
        for _ in range(190 if cycle == 0 else 140):
            x = r.random()
            if x < 0.9:
                refresh()
            else:
                cluster_trouble()
    return [ctl, repo]


# --------------------------------------------------------------------------------- jira

JIRA_PROJECTS = ["OPS", "WEB", "PAY", "HR", "INFRA"]
JIRA_NPE_FRAMES = [
    "com.atlassian.jira.issue.fields.CustomFieldImpl.getValue(CustomFieldImpl.java:419)",
    "com.atlassian.jira.issue.IssueImpl.getCustomFieldValue(IssueImpl.java:917)",
    "com.atlassian.jira.rest.v2.issue.IssueBeanBuilder2.addFields(IssueBeanBuilder2.java:212)",
    "com.atlassian.jira.rest.v2.issue.IssueResource.getIssue(IssueResource.java:372)",
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "com.atlassian.plugins.rest.common.interceptor.impl.DispatchProviderHelper$ResponseOutInvoker$1.intercept(DispatchProviderHelper.java:131)",
]
JIRA_DB_FRAMES = [
    "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
    "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
    "org.apache.commons.dbcp2.PoolingDataSource.getConnection(PoolingDataSource.java:134)",
    "org.ofbiz.core.entity.transaction.JNDIFactory.getConnection(JNDIFactory.java:148)",
    "com.atlassian.jira.ofbiz.DefaultOfBizConnectionFactory.getConnection(DefaultOfBizConnectionFactory.java:61)",
]
JIRA_IDX_FRAMES = [
    "org.apache.lucene.store.Lock.obtain(Lock.java:89)",
    "org.apache.lucene.index.IndexWriter.<init>(IndexWriter.java:755)",
    "com.atlassian.jira.index.DefaultIndexEngine$WriterReference.doCreate(DefaultIndexEngine.java:210)",
    "com.atlassian.jira.index.DefaultIndexEngine.write(DefaultIndexEngine.java:164)",
    "com.atlassian.jira.issue.index.DefaultIssueIndexer.reindexIssues(DefaultIssueIndexer.java:402)",
]


def jira(r: random.Random) -> list[Log]:
    """A Jira Software 9.12 node's atlassian-jira.log (log4j's `%d %t %X{...} %p %X{jira.username}
    %X{jira.request.id} %X{jira.request.assession.id} %X{jira.request.ipaddr} %X{jira.request.url}
    [%c{4}] %m`: an HTTP thread writes `url: ...; user: ...` and the request's context before and
    after the level, a background thread (Caesium, the indexer, JIRA-Bootstrap) an empty context
    padded with blanks): start-up checks and plugin system phases, the banner of several lines,
    REST calls failing with NullPointerException stacks, searches timing out, permission checks,
    logins failing, the connection pool's warnings, the indexer and its lock failing with a stack,
    mail and webhook failures, scheduled jobs, JIRA-STATS snapshots, a database outage and a
    restart."""
    log = Log("atlassian-jira.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    session = [0]

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}+0000"

    def bg(thread: str, level: str, cat: str, label: str, *vals, extra=(), lo=0.0, hi=0.5) -> None:
        t = log.tick(r, lo, hi)
        user = "ServiceRunner" if thread.startswith("Caesium") else ""
        log.add(f"{ts(t)} {thread} {level} {user}     [{cat}] {fill(label, *vals)}", label)
        for x in extra:
            log.add(x, None)

    def req(
        url: str, user: str, level: str, cat: str, label: str, *vals, extra=(), lo=0.0, hi=0.5
    ) -> None:
        t = log.tick(r, lo, hi)
        session[0] += 1
        thread = f"http-nio-8080-exec-{r.randrange(1, 50)}"
        rid = f"{t.hour * 60 + t.minute}x{r.randrange(100, 99999)}x{r.randrange(1, 9)}"
        sid = alnum(r, 7).lower()
        ip = ip4(r, "10.0.10")
        log.add(
            f"{ts(t)} {thread} url: {url}; user: {user} {level} {user} {rid} {sid} {ip},10.0.0.2 {url.split('?')[0]} [{cat}] {fill(label, *vals)}",
            label,
        )
        for x in extra:
            log.add(x, None)

    def start() -> None:
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.startup.JiraHomeStartupCheck",
            "The jira.home directory '%s' is validated and locked for exclusive use by this instance.",
            "/var/atlassian/application-data/jira",
            lo=0,
            hi=0.5,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.startup.JiraStartupLogger",
            "JIRA starting...",
            lo=0,
            hi=0.1,
        )
        t = log.tick(r, 0, 0.2)
        log.add(
            f"{ts(t)} JIRA-Bootstrap INFO      [c.a.jira.startup.JiraStartupLogger] ",
            "Jira startup information",
        )
        log.add("", None)
        log.add("___ Jira Startup Information ____________________", None)
        log.add("", None)
        for k, v in [
            (
                "JVM Input Arguments",
                "-Djava.util.logging.config.file=/opt/atlassian/jira/conf/logging.properties -Xms2048m -Xmx4096m",
            ),
            ("Java Version", "17.0.10 - Eclipse Adoptium"),
            ("Current Working Directory", "/var/atlassian/application-data/jira"),
            ("Maximum Allowable Memory", "4096MB"),
            ("Free Memory", f"{r.randrange(1000, 2000)}MB"),
        ]:
            log.add(f"     {k:<34}: {v}", None)
        log.add("", None)
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.startup.JiraStartupLogger",
            "Running Jira startup checks.",
            lo=0,
            hi=0.2,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.startup.JiraStartupLogger",
            "Jira pre-database startup checks completed successfully.",
            lo=0,
            hi=0.2,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.j.config.database.DatabaseConfigurationManagerImpl",
            "The database is not yet configured. Enqueuing Database Checklist Launcher on post-database-configured-but-pre-database-activated queue",
            lo=0,
            hi=0.2,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.startup.JiraStartupLogger",
            "Database configuration OK",
            lo=0,
            hi=0.2,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.plugin.manager.DefaultPluginManager",
            "Plugin system earlyStartup begun",
            lo=0,
            hi=1,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.plugin.manager.DefaultPluginManager",
            "Plugin system earlyStartup ended",
            lo=5,
            hi=30,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.plugin.manager.DefaultPluginManager",
            "Plugin system lateStartup begun",
            lo=0,
            hi=1,
        )
        for _ in range(r.randrange(1, 3)):
            bg(
                "JIRA-Bootstrap",
                "WARN",
                "c.a.p.osgi.factory.OsgiPlugin",
                "Plugin '%s' never resolved service '%s' with filter '%s'",
                r.choice(["com.atlassian.jira.jira-mobile-plugin", "com.example.jira.timesheet"]),
                "&featureManager",
                "(objectClass=com.atlassian.sal.api.features.DarkFeatureManager)",
                lo=0,
                hi=5,
            )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.plugin.manager.DefaultPluginManager",
            "Plugin system lateStartup ended",
            lo=5,
            hi=30,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.upgrade.PluginUpgradeLauncher",
            "Plugins upgrades completed successfully",
            lo=0,
            hi=1,
        )
        bg(
            "JIRA-Bootstrap",
            "INFO",
            "c.a.jira.startup.DefaultInstantUpgradeManager",
            "Jira startup completed in %s",
            f"{r.randrange(60, 180)}s",
            lo=0,
            hi=1,
        )

    def rest() -> None:
        user = r.choice(USERS)
        key = f"{r.choice(JIRA_PROJECTS)}-{r.randrange(1, 5000)}"
        x = r.random()
        if x < 0.3:
            req(
                f"/rest/api/2/issue/{key}",
                user,
                "ERROR",
                "c.a.p.r.c.error.jersey.ThrowableExceptionMapper",
                "Uncaught exception thrown by REST service: %s",
                "null",
                extra=java_stack(r, "java.lang.NullPointerException", JIRA_NPE_FRAMES),
                lo=2,
                hi=60,
            )
        elif x < 0.45:
            req(
                "/rest/api/2/search",
                user,
                "WARN",
                "c.a.j.bc.issue.DefaultSearchService",
                "JQL query '%s' produced lucene query '%s' and took %d ms to run.",
                f"project = {r.choice(JIRA_PROJECTS)} AND status != Done ORDER BY updated DESC",
                "+projid:1" + str(r.randrange(0, 9)) + "000 -statcatid:3",
                r.randrange(4000, 60000),
                lo=2,
                hi=60,
            )
        elif x < 0.55:
            req(
                f"/browse/{key}",
                user,
                "ERROR",
                "c.a.j.web.dispatcher.JiraWebworkActionDispatcher",
                "Exception thrown from action '%s', returning 404",
                "ViewIssue",
                extra=java_stack(
                    r,
                    f"com.atlassian.jira.exception.IssueNotFoundException: Issue not found: {key}",
                    [
                        "com.atlassian.jira.issue.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:266)",
                        "com.atlassian.jira.web.action.issue.AbstractViewIssue.getIssueObject(AbstractViewIssue.java:95)",
                    ],
                ),
                lo=2,
                hi=60,
            )
        elif x < 0.7:
            req(
                "/rest/api/2/issue",
                user,
                "WARN",
                "c.a.j.rest.v2.issue.IssueResource",
                "User %s does not have permission to create issues in project %s",
                user,
                r.choice(JIRA_PROJECTS),
                lo=2,
                hi=60,
            )
        elif x < 0.85:
            log.tick(r, 2, 60)
            t = log.t
            u = r.choice([*USERS, "admin", "jenkins"])
            log.add(
                f"{ts(t)} http-nio-8080-exec-{r.randrange(1, 50)} url: /login.jsp; user: anonymous WARN anonymous {t.hour * 60 + t.minute}x{r.randrange(100, 99999)}x1 - {ip4(r, '10.0.10')},10.0.0.2 /login.jsp [c.a.j.s.login.JiraSeraphAuthenticator] login : '{u}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
                "login : '%s' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
            )
        else:
            req(
                f"/secure/attachment/{r.randrange(10000, 99999)}/report.pdf",
                user,
                "ERROR",
                "c.a.j.web.servlet.AttachmentServlet",
                "Error serving attachment %d: %s",
                r.randrange(10000, 99999),
                "java.io.IOException: Broken pipe",
                lo=2,
                hi=60,
            ) if r.random() < 0.5 else req(
                "/rest/api/2/issue/bulk",
                user,
                "WARN",
                "c.a.jira.ofbiz.ConnectionPoolHealthSqlInterceptor",
                "Dangerous use of multiple connections: taken => count=%d; marks=[%s]; pool=%d/%d",
                2,
                "1-0",
                r.randrange(3, 20),
                20,
                lo=2,
                hi=60,
            )

    def background() -> None:
        x = r.random()
        if x < 0.2:
            bg(
                f"Caesium-1-{r.randrange(1, 5)}",
                "INFO",
                "c.a.j.util.stats.JiraStats",
                "[JIRA-STATS] [%s] snapshot stats: duration=%s, statsOverhead=%s, data=%s",
                r.choice(["CACHE", "ISSUE-INDEXER", "DB-POOL"]),
                "PT5M0.001S",
                "n/a",
                json.dumps(
                    {
                        "_statsName": "issue-indexer",
                        "_statsType": "snapshot",
                        "indexed": r.randrange(0, 900),
                        "timeMs": r.randrange(0, 9000),
                    },
                    separators=(",", ":"),
                ),
                lo=10,
                hi=300,
            )
        elif x < 0.35:
            bg(
                f"Caesium-1-{r.randrange(1, 5)}",
                "INFO",
                "c.a.j.issue.index.DefaultIndexManager",
                "ISSUE INDEXER: Reindexed %d issues in %d ms.",
                r.randrange(1, 400),
                r.randrange(10, 9000),
                lo=10,
                hi=300,
            )
        elif x < 0.45:
            bg(
                f"Caesium-1-{r.randrange(1, 5)}",
                "ERROR",
                "c.a.j.issue.index.DefaultIssueIndexer",
                "Error indexing issues: %s",
                "Lock obtain timed out: SimpleFSLock@/var/atlassian/application-data/jira/caches/indexesV2/issues/write.lock",
                extra=java_stack(
                    r,
                    "org.apache.lucene.store.LockObtainFailedException: Lock obtain timed out: SimpleFSLock@/var/atlassian/application-data/jira/caches/indexesV2/issues/write.lock",
                    JIRA_IDX_FRAMES,
                ),
                lo=10,
                hi=300,
            )
        elif x < 0.6:
            bg(
                f"Caesium-1-{r.randrange(1, 5)}",
                "ERROR",
                "c.a.mail.queue.MailQueueImpl",
                "Error occurred in sending e-mail: %s",
                "Subject: ("
                + f"{r.choice(JIRA_PROJECTS)}-{r.randrange(1, 5000)}"
                + ") Deployment failed, To: "
                + f"{r.choice(USERS)}@example.com",
                extra=java_stack(
                    r,
                    "com.atlassian.mail.MailException: javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25",
                    [
                        "com.atlassian.mail.server.impl.SMTPMailServerImpl.sendWithMessageId(SMTPMailServerImpl.java:228)",
                        "com.atlassian.mail.queue.SingleMailQueueItem.send(SingleMailQueueItem.java:44)",
                    ],
                    (
                        "java.net.ConnectException: Connection refused",
                        [
                            "java.base/sun.nio.ch.Net.connect0(Native Method)",
                            "javax.mail.Service.connect(Service.java:388)",
                        ],
                    ),
                ),
                lo=10,
                hi=300,
            )
        elif x < 0.72:
            bg(
                f"webhooks:thread-{r.randrange(1, 4)}",
                "WARN",
                "c.a.w.internal.publish.DefaultWebhookDispatcher",
                "Dispatch to '%s' failed: %s",
                f"https://ci.example.com/jira-webhook/{r.randrange(1, 9)}",
                "java.net.SocketTimeoutException: Read timed out",
                lo=10,
                hi=300,
            )
        elif x < 0.85:
            bg(
                f"Caesium-1-{r.randrange(1, 5)}",
                "INFO",
                "c.a.j.s.e.l.DefaultEntityLogService",
                "Deleted %d entity log entries older than %s",
                r.randrange(0, 4000),
                "2024-06-04T06:00:00Z",
                lo=10,
                hi=300,
            )
        else:
            bg(
                "Modification Check:thread-1",
                "INFO",
                "c.a.jira.startup.JiraStartupLogger",
                "Checking system clock: %s",
                "OK",
                lo=10,
                hi=300,
            ) if r.random() < 0.3 else bg(
                f"Caesium-1-{r.randrange(1, 5)}",
                "INFO",
                "c.a.j.c.n.DefaultClusterNodeHeartbeatService",
                "Node heartbeat updated: node=%s time=%d",
                "node1",
                r.randrange(10**12, 2 * 10**12),
                lo=10,
                hi=300,
            )

    def db_down() -> None:
        bg(
            f"Caesium-1-{r.randrange(1, 5)}",
            "ERROR",
            "c.a.jira.ofbiz.DefaultOfBizConnectionFactory",
            "Unable to obtain a connection from the database: %s",
            "Connection to db.example.com:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            extra=java_stack(
                r,
                "org.postgresql.util.PSQLException: Connection to db.example.com:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                JIRA_DB_FRAMES,
                (
                    "java.net.ConnectException: Connection refused",
                    [
                        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                        "org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
                    ],
                ),
            ),
            lo=10,
            hi=300,
        )
        for _ in range(r.randrange(1, 4)):
            req(
                f"/rest/api/2/issue/{r.choice(JIRA_PROJECTS)}-{r.randrange(1, 5000)}",
                r.choice(USERS),
                "ERROR",
                "c.a.j.w.s.InternalServerErrorHelper",
                "{errorId=%s, interpretedMsg=, cause=%s, referer=%s, stacktrace=%s}",
                uuid4(r),
                "org.ofbiz.core.entity.GenericDataSourceException: Unable to establish a connection with the database.",
                "https://jira.example.com/",
                "org.ofbiz.core.entity.GenericDataSourceException: Unable to establish a connection with the database. (Connection refused)",
                lo=0,
                hi=5,
            )
        bg(
            f"Caesium-1-{r.randrange(1, 5)}",
            "INFO",
            "c.a.jira.ofbiz.DefaultOfBizConnectionFactory",
            "Database connection re-established after %d ms",
            r.randrange(1000, 60000),
            lo=10,
            hi=120,
        )

    def stop() -> None:
        bg(
            "localhost-startStop-2",
            "INFO",
            "c.a.jira.startup.DefaultJiraLauncher",
            "Stopping launchers",
            lo=30,
            hi=300,
        )
        bg(
            "localhost-startStop-2",
            "INFO",
            "c.a.j.c.cache.ehcache.EhCacheConfigurationFactory",
            "Shutting down EhCache",
            lo=0,
            hi=1,
        )
        bg(
            "localhost-startStop-2",
            "INFO",
            "c.a.plugin.manager.DefaultPluginManager",
            "Preparing to shut down the plugin system",
            lo=0,
            hi=1,
        )
        bg(
            "localhost-startStop-2",
            "INFO",
            "c.a.plugin.manager.DefaultPluginManager",
            "Shutting down the plugin system",
            lo=0,
            hi=1,
        )
        bg(
            "localhost-startStop-2",
            "INFO",
            "c.a.jira.startup.DefaultJiraLauncher",
            "Jira has been shut down",
            lo=0,
            hi=5,
        )

    for cycle in range(2):
        start()
        for _ in range(1400 if cycle == 0 else 1000):
            x = r.random()
            if x < 0.55:
                rest()
            elif x < 0.97:
                background()
            else:
                db_down()
        if cycle == 0:
            stop()
    return [log]


SYSTEMS = {"vault": vault, "nomad": nomad, "minio": minio, "argocd": argocd, "jira": jira}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
