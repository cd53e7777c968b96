#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 43 (artifactory, caddy, mailman, proftpd, sonarqube) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: JFrog Artifactory 7's artifactory-service.log
(`2024-06-11T06:00:02.118Z [jfrt ] [INFO ] [trace id] [o.a.r.HttpRepo:443           ] [thread]
- msg`: logback's padded and cut columns, an empty trace id written as blanks) and its
artifactory-request.log (`date|trace|ip|user|method|url|status|in|out|ms|agent`), Caddy 2.7's
JSON logs (zap: `{"level":"info","ts":1718085602.118,"logger":"http.log.access.log0","msg":"handled
request","request":{...},...}`: the access records, automatic HTTPS with ACME orders, challenges
and renewals, reverse-proxy errors and health checks), GNU Mailman 3 core's logs
(`Jun 11 06:00:02 2024 (1234) msg`: a process id in parentheses after the date; the runners,
smtp, bounce, subscribe, vette and error logs and the REST server's http.log, whose request
records follow that header), ProFTPD 1.3.8's SystemLog (`2024-06-11 06:00:02,118 ftp1
proftpd[1234] ftp1.example.com (client[ip]): msg`) and its wu-ftpd style xferlog, and SonarQube
10's sonar.log, web.log, ce.log and es.log (`2024.06.11 06:00:02 INFO  web[AYxyz][o.s.s.p.Platform]
msg`: the process, the HTTP request id or the task id, and the logger in brackets; compute
engine tasks and steps as `| key=value` records). Run it only to change the data on purpose:
`python bench/heldout/generate_round43.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, uuid4

SPEC = re.compile(r"%(?:\([a-z_]+\))?[-0-9.]*l?[sdfrux]|\{\}")
_END = object()

USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"]


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions (`%s`, `%d`, `%.2f`, `{}`) replaced by `vals` in
    order, as printf, logback and str.format write them: the line's label is `fmt` itself."""
    it = iter(vals)
    out = SPEC.sub(lambda m: str(next(it)), fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def java_stack(
    r: random.Random, exc: str, frames: list[str], cause: tuple[str, list[str]] | None = None
) -> list[str]:
    """A Java exception's lines below the message that logged it: the exception, its frames,
    a cause with its own frames and the `... N more` a JVM writes."""
    lines = [exc] + [f"\tat {f}" for f in frames]
    if cause:
        lines.append(f"Caused by: {cause[0]}")
        lines += [f"\tat {f}" for f in cause[1]]
        lines.append(f"\t... {r.randrange(20, 90)} more")
    return lines


# --------------------------------------------------------------------------------- artifactory

ARTI_VERSION = "7.77.5"
ARTI_REPOS = [
    "libs-release-local",
    "libs-snapshot-local",
    "maven-remote",
    "npm-remote",
    "docker-local",
]
MAVEN_ARTIFACTS = [
    ("com/acme", "billing-core"),
    ("com/acme", "orders-api"),
    ("org/apache/commons", "commons-lang3"),
    ("com/google/guava", "guava"),
]
NPM_PACKAGES = [
    "react",
    "lodash",
    "express",
    "@babel/core",
]
HTTP_FRAMES = [
    "org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)",
    "org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
    "org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead(DefaultHttpResponseParser.java:157)",
    "org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)",
    "org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:186)",
    "org.artifactory.repo.HttpRepo.executeMethod(HttpRepo.java:1089)",
    "org.artifactory.repo.HttpRepo.downloadResource(HttpRepo.java:421)",
    "org.artifactory.repo.RemoteRepoBase.downloadAndSave(RemoteRepoBase.java:786)",
]
DB_FRAMES = [
    "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
    "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
    "org.apache.tomcat.jdbc.pool.PooledConnection.connect(PooledConnection.java:319)",
    "org.jfrog.storage.JdbcHelper.getConnection(JdbcHelper.java:118)",
    "org.artifactory.storage.db.fs.dao.NodesDao.getNodeId(NodesDao.java:211)",
]


def artifactory(r: random.Random) -> list[Log]:
    """One Artifactory 7 node's artifactory-service.log (logback's `%date{ISO8601,UTC}Z [jfrt ]
    [%-5p] [%-16X{trace}] [%-30.30(%c{3}:%L)] [%-20.20thread] - %m`) and artifactory-request.log
    (`date|trace id|remote address|user|method|URL|status|request length|response length|ms|
    user agent`): start-up (the router join retrying while the router is not up, the context
    ready), remote repositories downloading and failing (read timeouts with their stack), uploads
    and deployments, maven metadata, docker pushes, scheduled jobs (garbage collection with its
    multi-line report, event log clean-up, replication), access tokens, a database failing and a
    restart. The request lines are labelled by method, route (an artifact's or a package's
    name kept, its version, a digest or a tag a variable) and status, as errctl names an HTTP
    record by design (a name in a path stays)."""
    svc = Log("artifactory-service.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    req = Log("artifactory-request.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"

    def e(
        level: str,
        cls: str,
        line: int,
        thread: str,
        label: str,
        *vals,
        trace: str = "",
        extra=(),
        lo=0.0,
        hi=0.8,
    ) -> None:
        t = svc.tick(r, lo, hi)
        where = f"{cls}:{line}"[:30]
        svc.add(
            f"{ts(t)} [jfrt ] [{level:<5}] [{trace:<16}] [{where:<30}] [{thread[-20:]:<20}] - {fill(label, *vals)}",
            label,
        )
        for x in extra:
            svc.add(x, None)

    def http(
        method: str,
        route: str,
        path: str,
        status: int,
        user: str,
        size: int,
        trace: str = "",
        agent: str = "",
    ) -> None:
        t = req.tick(r, 0.0, 0.2)
        req.t = max(req.t, svc.t)
        t = req.t
        ip = r.choice(
            ["10.20.0.11", "10.20.0.12", "10.20.4.31", "10.20.4.77", "172.17.0.1", "10.20.8.5"]
        )
        agent = agent or r.choice(
            [
                "Apache-Maven/3.9.6 (Java 17.0.10; Linux 5.15.0-97-generic)",
                "npm/10.2.4 node/v20.11.0 linux x64 workspaces/false",
                "JFrog-Frog-Client/1.0",
                "Gradle/8.5 (Linux;5.15.0;amd64) (Eclipse Adoptium;17.0.9;17.0.9+9)",
            ]
        )
        in_len = size if method in ("PUT", "POST") else -1
        out_len = size if method == "GET" and status == 200 else 0
        label = f"%s|%s|%s|%s|{method}|{route}|{status}|%d|%d|%d|%s"
        req.add(
            f"{ts(t)}|{trace or hexid(r, 16)}|{ip}|{user}|{method}|{path}|{status}|{in_len}|{out_len}|{r.randrange(1, 900)}|{agent}",
            label,
        )

    def http_thread() -> str:
        return f"http-nio-8081-exec-{r.randrange(1, 200)}"

    def size_str(n: int) -> str:
        return f"{n / 1024:.2f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.2f} MB"

    def start(db_down: bool) -> None:
        pid = r.randrange(1000, 60000)
        e(
            "INFO",
            "o.a.w.s.ArtifactoryContextConfigListener",
            203,
            "localhost-startStop-1",
            "Artifactory (jfrt) service initialization started. Version: %s Revision: %s PID: %s Home: '%s'",
            ARTI_VERSION,
            "77705900",
            pid,
            "/opt/jfrog/artifactory",
            lo=1,
            hi=3,
        )
        for n in range(1, r.randrange(3, 7)):
            e(
                "WARN",
                "o.j.c.ExecutionUtils",
                164,
                "pool-5-thread-1",
                "Retry %d Elapsed %s remaining %s while waiting for validating router.",
                n,
                f"{n * 1.02:.2f} secs",
                f"{60 - n * 1.02:.2f} secs",
                lo=1,
                hi=1.2,
            )
        e("INFO", "o.j.c.w.FileWatcher", 147, "Thread-6", "Starting watch of folder configurations")
        e(
            "INFO",
            "o.a.c.ConverterManagerImpl",
            217,
            "localhost-startStop-1",
            "Triggering POST_INIT conversion, from 7.71.11 to %s",
            ARTI_VERSION,
        )
        e(
            "INFO",
            "o.a.s.ArtifactoryApplicationContext",
            504,
            "localhost-startStop-1",
            "Artifactory application context set to READY by refresh",
        )
        if db_down:
            for _ in range(r.randrange(3, 6)):
                e(
                    "ERROR",
                    "o.a.s.d.DbServiceImpl",
                    268,
                    "localhost-startStop-1",
                    "Could not connect to database, retrying in %d seconds: %s",
                    5,
                    "Connection to postgres:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                    lo=4,
                    hi=6,
                    extra=java_stack(
                        r,
                        "org.postgresql.util.PSQLException: Connection to postgres:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                        DB_FRAMES,
                        (
                            "java.net.ConnectException: Connection refused",
                            [
                                "java.base/sun.nio.ch.Net.connect0(Native Method)",
                                "java.base/sun.nio.ch.Net.connect(Net.java:579)",
                                "java.base/java.net.Socket.connect(Socket.java:633)",
                            ],
                        ),
                    ),
                )
        e(
            "INFO",
            "o.a.s.a.AccessServiceImpl",
            1524,
            "localhost-startStop-1",
            "Successfully completed Access Server initialization",
        )
        e(
            "INFO",
            "o.a.r.c.RepositoryConfigServiceImpl",
            211,
            "localhost-startStop-1",
            "Initialized %d local repositories, %d remote repositories and %d virtual repositories",
            3,
            2,
            2,
        )
        for job in (
            "ArtifactCleanupJob",
            "BinariesGarbageCollectorJob",
            "EventsLogCleanupJob",
            "ReplicationJob",
        ):
            e(
                "INFO",
                "o.a.s.j.s.TaskServiceImpl",
                188,
                "localhost-startStop-1",
                "Scheduling job %s with cron expression '%s'",
                job,
                r.choice(["0 0 /4 * * ?", "0 0 2 ? * SAT", "0 */15 * * * ?"]),
                hi=0.05,
            )
        e(
            "INFO",
            "o.a.w.s.ArtifactoryContextConfigListener",
            320,
            "localhost-startStop-1",
            "Artifactory (jfrt) service started in %s",
            f"{r.uniform(30, 90):.3f} seconds",
        )

    def maven_get() -> None:
        grp, name = r.choice(MAVEN_ARTIFACTS)
        ver = f"{r.randrange(1, 6)}.{r.randrange(0, 20)}.{r.randrange(0, 10)}"
        path = f"{grp}/{name}/{ver}/{name}-{ver}.jar"
        # the request's route keeps the artifact's name, its version is the value
        lpath = f"{grp}/{name}/%s/{name}-%s.jar"
        user = r.choice([*USERS, "ci-bot", "ci-bot", "anonymous"])
        trace = hexid(r, 16)
        x = r.random()
        if x < 0.55:
            http(
                "GET",
                f"/artifactory/api/maven/libs-release/{lpath}",
                f"/artifactory/api/maven/libs-release/{path}",
                200,
                user,
                r.randrange(900, 4000000),
                trace,
            )
            return
        size = r.randrange(900, 4000000)
        if x < 0.8:
            e(
                "INFO",
                "o.a.r.HttpRepo",
                443,
                http_thread(),
                "%s downloading %s %s ",
                "maven-remote",
                f"https://repo1.maven.org/maven2/{path}",
                size_str(size),
                trace=trace,
            )
            e(
                "INFO",
                "o.a.r.HttpRepo",
                457,
                http_thread(),
                "%s downloaded %s %s at %s KB/sec",
                "maven-remote",
                f"https://repo1.maven.org/maven2/{path}",
                size_str(size),
                f"{r.uniform(200, 9000):.2f}",
                trace=trace,
                lo=0.05,
                hi=2,
            )
            http(
                "GET",
                f"/artifactory/maven-remote/{lpath}",
                f"/artifactory/maven-remote/{path}",
                200,
                user,
                size,
                trace,
            )
        elif x < 0.9:
            e(
                "WARN",
                "o.a.r.s.RemoteRepoBase",
                812,
                http_thread(),
                "%s: Error in getting information for '%s' (Failed retrieving resource from %s: Not Found).",
                "maven-remote",
                path,
                f"https://repo1.maven.org/maven2/{path}",
                trace=trace,
            )
            http(
                "GET",
                f"/artifactory/maven-remote/{lpath}",
                f"/artifactory/maven-remote/{path}",
                404,
                user,
                0,
                trace,
            )
        else:
            e(
                "ERROR",
                "o.a.r.HttpRepo",
                506,
                http_thread(),
                "%s: Failed to download '%s'. Received status code %d and caught exception: %s",
                "maven-remote",
                f"https://repo1.maven.org/maven2/{path}",
                0,
                "Read timed out",
                trace=trace,
                lo=15,
                hi=30,
                extra=java_stack(
                    r,
                    "java.net.SocketTimeoutException: Read timed out",
                    [
                        "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
                        *HTTP_FRAMES,
                    ],
                ),
            )
            http(
                "GET",
                f"/artifactory/maven-remote/{lpath}",
                f"/artifactory/maven-remote/{path}",
                500,
                user,
                0,
                trace,
            )

    def npm_get() -> None:
        pkg = r.choice(NPM_PACKAGES)
        trace = hexid(r, 16)
        user = r.choice(["ci-bot", "frontend-ci", "anonymous"])
        x = r.random()
        if x < 0.7:
            http(
                "GET",
                f"/artifactory/api/npm/npm-remote/{pkg}",
                f"/artifactory/api/npm/npm-remote/{pkg}",
                200,
                user,
                r.randrange(2000, 900000),
                trace,
                "npm/10.2.4 node/v20.11.0 linux x64 workspaces/false",
            )
        elif x < 0.9:
            ver = f"{r.randrange(1, 19)}.{r.randrange(0, 12)}.{r.randrange(0, 20)}"
            base = pkg.split("/")[-1]
            e(
                "INFO",
                "o.a.a.n.r.NpmRemoteRepoHandler",
                321,
                http_thread(),
                "Downloading npm package '%s' version '%s' from remote '%s'",
                pkg,
                ver,
                "npm-remote",
                trace=trace,
            )
            http(
                "GET",
                f"/artifactory/api/npm/npm-remote/{pkg}/-/{base}-%s.tgz",
                f"/artifactory/api/npm/npm-remote/{pkg}/-/{base}-{ver}.tgz",
                200,
                user,
                r.randrange(2000, 900000),
                trace,
                "npm/10.2.4 node/v20.11.0 linux x64 workspaces/false",
            )
        else:
            e(
                "WARN",
                "o.a.a.n.r.NpmRemoteRepoHandler",
                388,
                http_thread(),
                "Package '%s' metadata request failed: %s",
                pkg,
                "Connect to registry.npmjs.org:443 [registry.npmjs.org/104.16.2.35] failed: connect timed out",
                trace=trace,
            )
            http(
                "GET",
                f"/artifactory/api/npm/npm-remote/{pkg}",
                f"/artifactory/api/npm/npm-remote/{pkg}",
                502,
                user,
                0,
                trace,
                "npm/10.2.4 node/v20.11.0 linux x64 workspaces/false",
            )

    def deploy() -> None:
        grp, name = r.choice(MAVEN_ARTIFACTS[:2])
        snap = r.random() < 0.6
        ver = f"{r.randrange(1, 4)}.{r.randrange(0, 30)}.0" + ("-SNAPSHOT" if snap else "")
        repo = "libs-snapshot-local" if snap else "libs-release-local"
        trace = hexid(r, 16)
        fname = f"{name}-{ver.replace('-SNAPSHOT', '-' + datetime(2024, 6, 11).strftime('%Y%m%d') + '.' + str(r.randrange(100000, 235959)) + '-' + str(r.randrange(1, 40)) if snap else ver)}.jar"
        path = f"{grp}/{name}/{ver}/{fname}"
        lpath = f"{grp}/{name}/%s{'-SNAPSHOT' if snap else ''}/{name}-%s.jar"
        size = r.randrange(10000, 9000000)
        if r.random() < 0.08 and not snap:
            e(
                "WARN",
                "o.a.r.s.d.DeployServiceImpl",
                322,
                http_thread(),
                "Forbidden deploy request: User %s is not permitted to redeploy artifact '%s:%s'",
                "ci-bot",
                repo,
                path,
                trace=trace,
            )
            http(
                "PUT",
                f"/artifactory/{repo}/{lpath}",
                f"/artifactory/{repo}/{path}",
                403,
                "ci-bot",
                size,
                trace,
                "Apache-Maven/3.9.6 (Java 17.0.10; Linux 5.15.0-97-generic)",
            )
            return
        e(
            "INFO",
            "o.a.r.s.d.DeployServiceImpl",
            298,
            http_thread(),
            "Deploy to '%s:%s' Content-Length: %d",
            repo,
            path,
            size,
            trace=trace,
        )
        http(
            "PUT",
            f"/artifactory/{repo}/{lpath}",
            f"/artifactory/{repo}/{path}",
            201,
            "ci-bot",
            size,
            trace,
            "Apache-Maven/3.9.6 (Java 17.0.10; Linux 5.15.0-97-generic)",
        )
        if r.random() < 0.5:
            e(
                "INFO",
                "o.a.m.MavenMetadataCalculator",
                95,
                "art-exec-" + str(r.randrange(1, 40)),
                "Calculating maven metadata on %s",
                f"{repo}:{grp}/{name}",
                hi=0.3,
            )
            e(
                "INFO",
                "o.a.m.MavenMetadataCalculator",
                126,
                "art-exec-" + str(r.randrange(1, 40)),
                "Finished maven metadata calculation on '%s' (%d artifacts) in %d ms",
                f"{repo}:{grp}/{name}",
                r.randrange(1, 80),
                r.randrange(5, 900),
                hi=0.3,
            )

    def docker_push() -> None:
        image = r.choice(["billing", "frontend"])
        tag = r.choice(
            ["latest", f"1.{r.randrange(0, 30)}.{r.randrange(0, 9)}", f"sha-{hexid(r, 7)}"]
        )
        trace = hexid(r, 16)
        http(
            "HEAD",
            f"/artifactory/api/docker/docker-local/v2/{image}/blobs/%s",
            f"/artifactory/api/docker/docker-local/v2/{image}/blobs/sha256:{hexid(r, 64)}",
            404,
            "ci-bot",
            0,
            trace,
            "docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/5.15.0 os/linux arch/amd64",
        )
        http(
            "PUT",
            f"/artifactory/api/docker/docker-local/v2/{image}/manifests/%s",
            f"/artifactory/api/docker/docker-local/v2/{image}/manifests/{tag}",
            201,
            "ci-bot",
            r.randrange(500, 3000),
            trace,
            "docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/5.15.0 os/linux arch/amd64",
        )
        e(
            "INFO",
            "o.j.r.d.v.r.h.DockerV2LocalRepoHandler",
            277,
            http_thread(),
            "Deploying docker manifest for repo '%s' and tag '%s' into repo '%s'",
            image,
            tag,
            "docker-local",
            trace=trace,
        )
        if r.random() < 0.15:
            e(
                "ERROR",
                "o.j.r.d.v.r.h.DockerV2LocalRepoHandler",
                301,
                http_thread(),
                "Error uploading manifest: '%s'",
                "Blob unknown: sha256:" + hexid(r, 64),
                trace=trace,
            )

    def ping() -> None:
        http(
            "GET",
            "/artifactory/api/v1/system/readiness",
            "/artifactory/api/v1/system/readiness",
            200,
            "jffe@000",
            0,
            "",
            "JFrog-Router/7.97.4",
        )
        if r.random() < 0.3:
            http(
                "GET",
                "/artifactory/api/system/ping",
                "/artifactory/api/system/ping",
                200,
                "anonymous",
                2,
                "",
                "kube-probe/1.28",
            )

    def auth() -> None:
        user = r.choice(USERS)
        trace = hexid(r, 16)
        if r.random() < 0.6:
            e(
                "INFO",
                "o.a.s.a.AccessServiceImpl",
                1102,
                http_thread(),
                "Token created for user %s with expiry %s",
                user,
                r.choice([3600, 10800, 86400]),
                trace=trace,
            )
            http(
                "POST",
                "/artifactory/api/security/token",
                "/artifactory/api/security/token",
                200,
                user,
                r.randrange(100, 400),
                trace,
                "curl/8.4.0",
            )
        else:
            e(
                "WARN",
                "o.a.s.a.AccessServiceImpl",
                1291,
                http_thread(),
                "Login failed for user '%s' from %s: "
                + r.choice(["Bad credentials", "User is locked", "Bad credentials"]),
                user,
                ip4(r, "10.20"),
                trace=trace,
            )
            http(
                "GET",
                "/artifactory/api/repositories",
                "/artifactory/api/repositories",
                401,
                user,
                0,
                trace,
                "curl/8.4.0",
            )

    def storage_api() -> None:
        repo = ARTI_REPOS[0]
        grp, name = r.choice(MAVEN_ARTIFACTS[:2])
        http(
            "GET",
            f"/artifactory/api/storage/{repo}/{grp}/{name}",
            f"/artifactory/api/storage/{repo}/{grp}/{name}",
            r.choice([200, 200, 200, 404]),
            r.choice(USERS),
            r.randrange(200, 3000),
            hexid(r, 16),
            "JFrog-Frog-Client/1.0",
        )

    def gc() -> None:
        e(
            "INFO",
            "o.a.s.d.b.s.GarbageCollectorStrategyImpl",
            66,
            "art-exec-" + str(r.randrange(1, 40)),
            "Starting GC strategy '%s'",
            "TRASH_AND_BINARIES",
            lo=5,
            hi=20,
        )
        e(
            "INFO",
            "o.a.s.d.b.s.TrashGarbageCollectorStrategy",
            81,
            "art-exec-" + str(r.randrange(1, 40)),
            "Trash garbage collector deleted %d items in %d ms",
            r.randrange(0, 400),
            r.randrange(10, 9000),
        )
        n = r.randrange(0, 300)
        e(
            "INFO",
            "o.a.s.GarbageCollectorInfo",
            75,
            "art-exec-" + str(r.randrange(1, 40)),
            "Storage garbage collector report:",
            extra=[
                f"Number of binaries:      {r.randrange(20000, 90000)}",
                f"Total execution time:    {r.uniform(0.1, 40):.2f} seconds",
                f"Candidates for deletion: {n}",
                f"Binaries deleted:        {n}",
                f"Total size freed:        {size_str(r.randrange(0, 900000000))}",
            ],
        )
        e(
            "INFO",
            "o.a.s.d.b.s.GarbageCollectorStrategyImpl",
            112,
            "art-exec-" + str(r.randrange(1, 40)),
            "Finished GC strategy '%s' in %d ms",
            "TRASH_AND_BINARIES",
            r.randrange(100, 40000),
        )

    def events_cleanup() -> None:
        e(
            "INFO",
            "o.a.e.EventsLogCleanUpService",
            107,
            "art-exec-" + str(r.randrange(1, 40)),
            "Starting cleanup of old events from event log",
            lo=5,
            hi=20,
        )
        e(
            "INFO",
            "o.a.e.EventsLogCleanUpService",
            130,
            "art-exec-" + str(r.randrange(1, 40)),
            "Cleanup of old events from event log finished - %d events deleted",
            r.randrange(0, 5000),
        )

    def replication() -> None:
        target = r.choice(
            [
                "https://art-dr.example.com/artifactory/libs-release-local",
                "https://art-eu.example.com/artifactory/libs-release-local",
            ]
        )
        e(
            "INFO",
            "o.a.a.r.c.BaseReplicationProducer",
            84,
            "art-exec-" + str(r.randrange(1, 40)),
            "Starting replication of '%s' to '%s'",
            "libs-release-local",
            target,
            lo=2,
            hi=10,
        )
        if r.random() < 0.2:
            e(
                "ERROR",
                "o.a.a.r.c.BaseReplicationProducer",
                145,
                "art-exec-" + str(r.randrange(1, 40)),
                "Error occurred while performing replication for repo '%s': %s",
                "libs-release-local",
                "Connection reset",
                extra=java_stack(
                    r,
                    "java.net.SocketException: Connection reset",
                    [
                        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)",
                        *HTTP_FRAMES[:5],
                        "org.artifactory.addon.replication.core.remote.PushReplicator.pushFile(PushReplicator.java:219)",
                    ],
                ),
            )
        else:
            e(
                "INFO",
                "o.a.a.r.c.BaseReplicationProducer",
                131,
                "art-exec-" + str(r.randrange(1, 40)),
                "Completed replication of '%s' to '%s': %d files pushed, %d deleted in %s",
                "libs-release-local",
                target,
                r.randrange(0, 60),
                r.randrange(0, 5),
                f"{r.uniform(0.5, 90):.2f} seconds",
            )

    def disk() -> None:
        pct = r.randrange(86, 96)
        e(
            "WARN",
            "o.a.s.StorageServiceImpl",
            288,
            "art-exec-" + str(r.randrange(1, 40)),
            "Datastore disk space is too high: Warning limit: {}%, Current usage: {}%",
            85,
            pct,
            lo=5,
            hi=40,
        )

    def db_blip() -> None:
        e(
            "ERROR",
            "o.a.s.d.f.s.NodesStorageImpl",
            186,
            http_thread(),
            "Failed to get node id for %s: %s",
            f"libs-release-local:{r.choice(MAVEN_ARTIFACTS)[0]}",
            "Cannot get a connection, pool error Timeout waiting for idle object",
            trace=hexid(r, 16),
            extra=java_stack(
                r,
                "java.sql.SQLException: Cannot get a connection, pool error Timeout waiting for idle object",
                [
                    "org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:716)",
                    "org.apache.tomcat.jdbc.pool.ConnectionPool.getConnection(ConnectionPool.java:198)",
                    *DB_FRAMES[4:],
                ],
            ),
        )

    def shutdown() -> None:
        e(
            "INFO",
            "o.a.w.s.ArtifactoryContextConfigListener",
            410,
            "Thread-12",
            "Artifactory (jfrt) service shutting down...",
            lo=3,
            hi=9,
        )
        e(
            "INFO",
            "o.a.s.j.s.TaskServiceImpl",
            402,
            "Thread-12",
            "Stopping %d running tasks",
            r.randrange(0, 6),
        )
        e(
            "INFO",
            "o.a.s.ArtifactoryApplicationContext",
            617,
            "Thread-12",
            "Destroying Artifactory application context",
        )
        e(
            "INFO",
            "o.a.w.s.ArtifactoryContextConfigListener",
            428,
            "Thread-12",
            "Artifactory (jfrt) service stopped",
        )

    for cycle in range(2):
        start(db_down=cycle == 1)
        for _ in range(820 if cycle == 0 else 640):
            x = r.random()
            if x < 0.3:
                maven_get()
            elif x < 0.45:
                npm_get()
            elif x < 0.55:
                deploy()
            elif x < 0.62:
                docker_push()
            elif x < 0.78:
                ping()
            elif x < 0.85:
                auth()
            elif x < 0.9:
                storage_api()
            elif x < 0.92:
                gc()
            elif x < 0.94:
                events_cleanup()
            elif x < 0.965:
                replication()
            elif x < 0.98:
                disk()
            else:
                db_blip()
        if cycle == 0:
            shutdown()
    return [svc, req]


# --------------------------------------------------------------------------------- caddy

SITES = ["shop.example.com", "api.example.com", "www.example.com"]
CADDY_ROUTES = [
    ("GET", "/", "/", 200),
    ("GET", "/static/%s", "/static/{}", 200),
    ("GET", "/api/v1/products", "/api/v1/products", 200),
    ("GET", "/api/v1/products/%s", "/api/v1/products/{}", 200),
    ("GET", "/api/v1/products/%s", "/api/v1/products/{}", 404),
    ("POST", "/api/v1/cart/items", "/api/v1/cart/items", 201),
    ("GET", "/api/v1/orders/%s", "/api/v1/orders/{}", 200),
    ("POST", "/api/v1/orders", "/api/v1/orders", 201),
    ("POST", "/api/v1/login", "/api/v1/login", 401),
    ("GET", "/healthz", "/healthz", 200),
    ("GET", "/api/v1/orders/%s", "/api/v1/orders/{}", 502),
    ("GET", "/wp-login.php", "/wp-login.php", 404),
    ("GET", "/.env", "/.env", 404),
]
STATIC_FILES = [
    "app.9f3c1a.js",
    "vendor.41be02.js",
    "main.c0ffee.css",
    "logo.svg",
    "fonts/inter.woff2",
    "img/hero.webp",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "curl/8.5.0",
    "Go-http-client/1.1",
]


def caddy(r: random.Random) -> list[Log]:
    """Caddy 2.7's JSON logs (zap's JSON encoder, `ts` in epoch seconds) of one edge: caddy.log
    (the process: start-up and automatic HTTPS, ACME orders with challenges solved and failing,
    retries, certificate maintenance and renewal, reverse-proxy errors, the active health
    checker, TLS handshake errors, a config reload over the admin API and a shutdown) and
    access.log (`http.log.access.log0`'s `handled request` records, each with its request and
    response headers). The access records are labelled by method, route (an id or a file's name a
    variable) and status, as errctl names an HTTP record."""
    main = Log("caddy.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    acc = Log("access.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def epoch(t: datetime) -> float:
        return round(t.timestamp() + t.microsecond % 1000 / 1e6, 7)

    def e(
        level: str, logger: str | None, msg: str, label: str | None = None, lo=0.0, hi=0.5, **fields
    ) -> None:
        t = main.tick(r, lo, hi)
        rec = {"level": level, "ts": epoch(t)}
        if logger:
            rec["logger"] = logger
        rec["msg"] = msg
        rec.update(fields)
        main.add(json.dumps(rec, separators=(",", ":"), ensure_ascii=False), label or msg)

    def request(method: str, host: str, uri: str, ua: str) -> dict:
        ip = r.choice(
            ["203.0.113.7", "198.51.100.23", "192.0.2.44", "203.0.113.150", "198.51.100.2", ip4(r)]
        )
        return {
            "remote_ip": ip,
            "remote_port": str(r.randrange(1024, 65535)),
            "client_ip": ip,
            "proto": r.choice(["HTTP/2.0", "HTTP/2.0", "HTTP/1.1", "HTTP/3.0"]),
            "method": method,
            "host": host,
            "uri": uri,
            "headers": {
                "User-Agent": [ua],
                "Accept": ["*/*"],
                "Accept-Encoding": ["gzip, deflate, br"],
            },
            "tls": {
                "resumed": r.random() < 0.3,
                "version": 772,
                "cipher_suite": 4865,
                "proto": "h2",
                "server_name": host,
            },
        }

    def access() -> None:
        method, label_route, route, status = r.choice(CADDY_ROUTES)
        if "static" in route:
            # a file's name stays in its route, its content hash is a value
            name = r.choice(STATIC_FILES)
            route = route.format(name)
            label_route = "/static/" + re.sub(r"\.[0-9a-f]{6}\.", ".%s.", name)
        elif "{}" in route:
            route = route.format(str(r.randrange(1000, 99999)) if r.random() < 0.7 else uuid4(r))
        if route in ("/api/v1/products",) and r.random() < 0.4:
            route += f"?page={r.randrange(1, 30)}&sort={r.choice(['price', 'name', 'rating'])}"
            label_route += "?page=%s&sort=%s"
        host = r.choice(SITES)
        t = acc.tick(r, 0, 0.6)
        acc.t = max(acc.t, main.t)
        t = acc.t
        size = 0 if status in (201, 204) else r.randrange(120, 90000)
        rec = {
            "level": "error" if status >= 500 else "info",
            "ts": epoch(t),
            "logger": "http.log.access.log0",
            "msg": "handled request",
            "request": request(method, host, route, r.choice(UAS)),
            "bytes_read": r.randrange(20, 900) if method == "POST" else 0,
            "user_id": "",
            "duration": round(r.uniform(0.0002, 0.9), 9),
            "size": size,
            "status": status,
            "resp_headers": {
                "Server": ["Caddy"],
                "Alt-Svc": ['h3=":443"; ma=2592000'],
                "Content-Type": [
                    "application/json" if "/api/" in route else "text/html; charset=utf-8"
                ],
            },
        }
        acc.add(
            json.dumps(rec, separators=(",", ":")),
            f"handled request {method} {label_route} {status}",
        )
        if status == 502:
            e(
                "error",
                "http.log.error.log0",
                f"dial tcp 127.0.0.1:{r.choice([8080, 8081])}: connect: connection refused",
                "dial tcp %s: connect: connection refused",
                request=request(method, host, route, r.choice(UAS)),
                duration=round(r.uniform(0.0002, 0.01), 9),
                status=502,
                err_id=alnum(r, 9).lower(),
                err_trace="reverseproxy.statusError (reverseproxy.go:1269)",
            )

    def start() -> None:
        e(
            "info",
            None,
            "using provided configuration",
            config_file="/etc/caddy/Caddyfile",
            config_adapter="caddyfile",
            lo=1,
            hi=3,
        )
        e(
            "warn",
            None,
            "Caddyfile input is not formatted; run 'caddy fmt --overwrite' to fix inconsistencies",
            adapter="caddyfile",
            file="/etc/caddy/Caddyfile",
            line=r.randrange(3, 40),
        )
        e(
            "info",
            "admin",
            "admin endpoint started",
            address="localhost:2019",
            enforce_origin=False,
            origins=["//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019"],
        )
        e(
            "info",
            "http.auto_https",
            "server is listening only on the HTTPS port but has no TLS connection policies; adding one to enable TLS",
            server_name="srv0",
            https_port=443,
        )
        e("info", "http.auto_https", "enabling automatic HTTP->HTTPS redirects", server_name="srv0")
        e(
            "info",
            "tls.cache.maintenance",
            "started background certificate maintenance",
            cache="0xc000" + hexid(r, 6),
        )
        e("info", "http", "enabling HTTP/3 listener", addr=":443")
        e(
            "info",
            None,
            "failed to sufficiently increase receive buffer size (was: 208 kiB, wanted: 7168 kiB, got: 416 kiB). See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes for details.",
            "failed to sufficiently increase receive buffer size (was: %d kiB, wanted: %d kiB, got: %d kiB). See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes for details.",
        )
        e("info", "http.log", "server running", name="srv0", protocols=["h1", "h2", "h3"])
        e(
            "info",
            "http.log",
            "server running",
            name="remaining_auto_https_redirects",
            protocols=["h1", "h2", "h3"],
        )
        e(
            "info",
            "http",
            "enabling automatic TLS certificate management",
            domains=[*SITES, "old.example.com"],
        )
        e(
            "info",
            None,
            "autosaved config (load with --resume flag)",
            file="/var/lib/caddy/.config/caddy/autosave.json",
        )
        e("info", None, "serving initial configuration")
        e(
            "info",
            "tls",
            "cleaning storage unit",
            storage="FileStorage:/var/lib/caddy/.local/share/caddy",
        )
        e("info", "tls", "finished cleaning storage units")

    ca = "https://acme-v02.api.letsencrypt.org/directory"

    def obtain(ident: str, fails: bool) -> None:
        e("info", "tls.obtain", "acquiring lock", identifier=ident)
        e("info", "tls.obtain", "lock acquired", identifier=ident)
        e("info", "tls.obtain", "obtaining certificate", identifier=ident)
        e(
            "info",
            "http",
            "waiting on internal rate limiter",
            identifiers=[ident],
            ca=ca,
            account="admin@example.com",
        )
        e(
            "info",
            "http",
            "done waiting on internal rate limiter",
            identifiers=[ident],
            ca=ca,
            account="admin@example.com",
        )
        e(
            "info",
            "http",
            "using ACME account",
            account_id=f"https://acme-v02.api.letsencrypt.org/acme/acct/{r.randrange(10**8, 10**9)}",
            account_contact=["mailto:admin@example.com"],
        )
        ctype = r.choice(["tls-alpn-01", "http-01"])
        e(
            "info",
            "http.acme_client",
            "trying to solve challenge",
            identifier=ident,
            challenge_type=ctype,
            ca=ca,
        )
        order = f"https://acme-v02.api.letsencrypt.org/acme/order/{r.randrange(10**8, 10**9)}/{r.randrange(10**10, 10**11)}"
        if fails:
            detail = f"DNS problem: NXDOMAIN looking up A for {ident} - check that a DNS record exists for this domain; DNS problem: NXDOMAIN looking up AAAA for {ident} - check that a DNS record exists for this domain"
            problem = {
                "type": "urn:ietf:params:acme:error:dns",
                "title": "",
                "detail": detail,
                "instance": "",
                "subproblems": [],
            }
            e(
                "error",
                "http.acme_client",
                "challenge failed",
                identifier=ident,
                challenge_type=ctype,
                problem=problem,
                lo=0.3,
                hi=1.5,
            )
            e(
                "error",
                "http.acme_client",
                "validating authorization",
                identifier=ident,
                problem=problem,
                order=order,
                attempt=1,
                max_attempts=3,
            )
            err = f"HTTP 400 urn:ietf:params:acme:error:dns - {detail}"
            e(
                "error",
                "tls.obtain",
                "could not get certificate from issuer",
                identifier=ident,
                issuer="acme-v02.api.letsencrypt.org-directory",
                error=err,
            )
            e(
                "error",
                "tls.obtain",
                "will retry",
                error=f"[{ident}] Obtain: [{ident}] solving challenge: {ident}: [{ident}] authorization failed: {err} (ca={ca})",
                attempt=r.randrange(1, 12),
                retrying_in=r.choice([60, 120, 300, 600, 1200]),
                elapsed=round(r.uniform(1, 4000), 6),
                max_duration=2592000,
            )
            e("info", "tls.obtain", "releasing lock", identifier=ident)
            return
        if ctype == "tls-alpn-01":
            e(
                "info",
                "tls",
                "served key authentication certificate",
                server_name=ident,
                challenge="tls-alpn-01",
                remote=f"{ip4(r)}:{r.randrange(1024, 65535)}",
                distributed=False,
                lo=0.1,
                hi=1,
            )
        else:
            e(
                "info",
                "http",
                "served key authentication",
                identifier=ident,
                challenge="http-01",
                remote=f"{ip4(r)}:{r.randrange(1024, 65535)}",
                distributed=False,
                lo=0.1,
                hi=1,
            )
        e(
            "info",
            "http.acme_client",
            "authorization finalized",
            identifier=ident,
            authz_status="valid",
        )
        e("info", "http.acme_client", "validations succeeded; finalizing order", order=order)
        e(
            "info",
            "http.acme_client",
            "successfully downloaded available certificate chains",
            count=2,
            first_url=f"https://acme-v02.api.letsencrypt.org/acme/cert/{hexid(r, 36)}",
        )
        e(
            "info",
            "tls.obtain",
            "certificate obtained successfully",
            identifier=ident,
            issuer="acme-v02.api.letsencrypt.org-directory",
        )
        e("info", "tls.obtain", "releasing lock", identifier=ident)

    def maintenance() -> None:
        t = main.t
        if r.random() < 0.5:
            e(
                "info",
                "tls",
                "storage cleaning happened too recently; skipping for now",
                storage="FileStorage:/var/lib/caddy/.local/share/caddy",
                try_again=epoch(t + timedelta(hours=r.uniform(1, 23))),
                try_again_in=round(r.uniform(3600, 86000), 6),
                lo=5,
                hi=30,
            )
        else:
            ident = r.choice(SITES)
            e(
                "info",
                "tls.cache.maintenance",
                "certificate expires soon; queuing for renewal",
                identifiers=[ident],
                remaining=round(r.uniform(2000000, 2590000), 6),
                lo=5,
                hi=30,
            )
            e("info", "tls.renew", "acquiring lock", identifier=ident)
            e("info", "tls.renew", "lock acquired", identifier=ident)
            e(
                "info",
                "tls.renew",
                "renewing certificate",
                identifier=ident,
                remaining=round(r.uniform(2000000, 2590000), 6),
            )
            e("info", "tls.renew", "certificate renewed successfully", identifier=ident, lo=1, hi=4)
            e("info", "tls.renew", "releasing lock", identifier=ident)
            e("info", "tls", "reloading managed certificate", identifiers=[ident])
            e(
                "warn",
                "tls",
                "stapling OCSP",
                error=f"no OCSP stapling for [{ident}]: no OCSP server specified in certificate",
                identifiers=[ident],
            )
            e(
                "info",
                "tls.cache",
                "replaced certificate in cache",
                subjects=[ident],
                new_expiration=int((t + timedelta(days=90)).timestamp()),
            )

    def upstream_health() -> None:
        up = f"127.0.0.1:{r.choice([8080, 8081])}"
        x = r.random()
        if x < 0.4:
            e(
                "info",
                "http.handlers.reverse_proxy.health_checker.active",
                "host is down",
                host=up,
                lo=1,
                hi=20,
            )
        elif x < 0.7:
            e(
                "info",
                "http.handlers.reverse_proxy.health_checker.active",
                "host is up",
                host=up,
                lo=1,
                hi=20,
            )
        else:
            e(
                "error",
                "http.handlers.reverse_proxy.health_checker.active",
                "HTTP request failed",
                host=up,
                error=f'Get "http://{up}/healthz": dial tcp {up}: connect: connection refused',
                lo=1,
                hi=20,
            )

    def proxy_error() -> None:
        method, _, route, _ = r.choice(CADDY_ROUTES[2:8])
        route = route.format(r.randrange(1000, 99999))
        up = f"127.0.0.1:{r.choice([8080, 8081])}"
        x = r.random()
        if x < 0.5:
            e(
                "error",
                "http.handlers.reverse_proxy",
                "aborting with incomplete response",
                upstream=up,
                duration=round(r.uniform(0.01, 30), 9),
                request=request(method, r.choice(SITES), route, r.choice(UAS)),
                error=r.choice(
                    [
                        "reading: context canceled",
                        "writing: write tcp 10.0.0.5:443->"
                        + ip4(r)
                        + f":{r.randrange(1024, 65535)}: write: broken pipe",
                    ]
                ),
            )
        else:
            e(
                "error",
                "http.log.error.log0",
                "net/http: timeout awaiting response headers",
                request=request(method, r.choice(SITES), route, r.choice(UAS)),
                duration=round(r.uniform(30, 31), 9),
                status=504,
                err_id=alnum(r, 9).lower(),
                err_trace="reverseproxy.statusError (reverseproxy.go:1269)",
            )

    def handshake() -> None:
        remote = f"{ip4(r)}:{r.randrange(1024, 65535)}"
        x = r.random()
        if x < 0.4:
            e(
                "debug",
                "http.stdlib",
                f"http: TLS handshake error from {remote}: EOF",
                "http: TLS handshake error from %s: EOF",
                lo=0.5,
                hi=8,
            )
        elif x < 0.7:
            e(
                "debug",
                "http.stdlib",
                f"http: TLS handshake error from {remote}: no certificate available for '{ip4(r, '10.0.0')}'",
                "http: TLS handshake error from %s: no certificate available for '%s'",
                lo=0.5,
                hi=8,
            )
        else:
            e(
                "debug",
                "http.stdlib",
                f"http: TLS handshake error from {remote}: tls: client offered only unsupported versions: [302 301]",
                "http: TLS handshake error from %s: tls: client offered only unsupported versions: %s",
                lo=0.5,
                hi=8,
            )

    def reload() -> None:
        e(
            "info",
            "admin.api",
            "received request",
            method="POST",
            host="localhost:2019",
            uri="/load",
            remote_ip="127.0.0.1",
            remote_port=str(r.randrange(30000, 60000)),
            headers={
                "Accept-Encoding": ["gzip"],
                "Cache-Control": ["must-revalidate"],
                "Content-Type": ["application/json"],
                "Origin": ["http://localhost:2019"],
                "User-Agent": ["Go-http-client/1.1"],
            },
            lo=10,
            hi=60,
        )
        e(
            "info",
            "admin",
            "admin endpoint started",
            address="localhost:2019",
            enforce_origin=False,
            origins=["//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019"],
        )
        e("info", "http", "servers shutting down with eternal grace period")
        e("info", None, "load complete")
        e("info", "admin", "stopped previous server", address="localhost:2019")

    def shutdown() -> None:
        e("info", None, "shutting down apps, then terminating", signal="SIGTERM", lo=5, hi=30)
        e("warn", "http", "exiting; byeee!! 👋", signal="SIGTERM")
        e("info", "http", "servers shutting down with eternal grace period")
        e("info", "admin", "stopped previous server", address="localhost:2019")
        e("info", None, "shutdown complete", signal="SIGTERM", exit_code=0)

    for cycle in range(2):
        start()
        if cycle == 0:
            for ident in SITES:
                obtain(ident, False)
        obtain("old.example.com", True)
        for _i in range(1600 if cycle == 0 else 1100):
            x = r.random()
            if x < 0.86:
                access()
            elif x < 0.9:
                handshake()
            elif x < 0.93:
                upstream_health()
            elif x < 0.955:
                proxy_error()
            elif x < 0.975:
                maintenance()
            elif x < 0.985:
                obtain("old.example.com", True)
            elif x < 0.99:
                reload()
        if cycle == 0:
            shutdown()
    return [acc, main]


# --------------------------------------------------------------------------------- mailman

LISTS = [
    "announce@lists.example.org",
    "dev@lists.example.org",
    "users@lists.example.org",
    "board@lists.example.org",
]
MM_PEOPLE = [
    ("Alice Martin", "alice@example.com"),
    ("Bob Chen", "bchen@mail.example.net"),
    ("", "carol.d@gmail.com"),
    ("Dave O'Neil", "dave@oneil.ie"),
    ("Erin", "erin@corp.example.com"),
    ("", "frank99@yahoo.com"),
    ("Grace Ho", "grace.ho@uni.example.edu"),
    ("", "heidi@posteo.de"),
    ("Ivan Petrov", "ivan@example.ru"),
    ("Judy Park", "judy.park@outlook.com"),
]


def mailman(r: random.Random) -> list[Log]:
    """GNU Mailman 3.3 core's logs in var/logs/ (`%(asctime)s (%(process)d) %(message)s`, the
    date as `%b %d %H:%M:%S %Y`): mailman.log (the master and its runners starting, caught
    signals, a runner dying and restarted), smtp.log (schema.cfg's `$msgid smtp to $listname for
    $recip recips, completed in $time seconds` and the post/refused/failure templates), bounce.log
    (scores, disabled deliveries, unknown bounces), subscribe.log, vette.log (held and discarded
    posts), error.log (uncaught runner exceptions with their tracebacks, SHUNTING, SMTP connection
    errors) and http.log (the REST server's wsgiref request records after the same header,
    labelled by method, route and status as errctl names an HTTP record)."""
    start = datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)
    files = {
        n: Log(f"{n}.log", start)
        for n in ("mailman", "smtp", "bounce", "subscribe", "vette", "error", "http")
    }
    clock = [start]
    runner_pids: dict[str, int] = {}

    def hdr(t: datetime, pid: int) -> str:
        return f"{t:%b %d %H:%M:%S %Y} ({pid})"

    def log(
        name: str, pid: int, label: str, *vals, lo=0.0, hi=2.0, extra=(), text: str | None = None
    ) -> None:
        clock[0] += timedelta(seconds=r.uniform(lo, hi))
        f = files[name]
        f.t = clock[0]
        f.add(f"{hdr(clock[0], pid)} {text if text is not None else fill(label, *vals)}", label)
        for x in extra:
            f.add(x, None)

    def msgid() -> str:
        return r.choice(
            [
                f"<CA+{alnum(r, 20)}{alnum(r, 12)}@mail.gmail.com>",
                f"<{uuid4(r)}@example.com>",
                f"<{r.randrange(10**11, 10**12)}.{r.randrange(1000, 99999)}@mail.example.net>",
                f"<{alnum(r, 10)}.{alnum(r, 6)}@lists.example.org>",
            ]
        )

    runners = [
        "archive",
        "bounces",
        "command",
        "in",
        "lmtp",
        "nntp",
        "out",
        "pipeline",
        "rest",
        "retry",
        "virgin",
        "digest",
        "task",
    ]

    def start_all() -> None:
        master = r.randrange(1000, 40000)
        runner_pids["master"] = master
        log("mailman", master, "Master started", lo=1, hi=4)
        for name in runners:
            runner_pids[name] = r.randrange(1000, 40000)
        for name in runners:
            log("mailman", runner_pids[name], "%s runner started.", name, lo=0.1, hi=0.6)

    def stop_all() -> None:
        log(
            "mailman",
            runner_pids["master"],
            "Master watcher caught SIGTERM.  Exiting.",
            lo=3,
            hi=20,
        )
        for name in runners:
            log(
                "mailman",
                runner_pids[name],
                "%s runner caught SIGTERM.  Stopping.",
                name,
                lo=0,
                hi=0.2,
            )
        for name in runners:
            log("mailman", runner_pids[name], "%s runner exiting.", name, lo=0, hi=0.3)
        log("mailman", runner_pids["master"], "Master stopped", lo=0.1, hi=1)

    def post() -> None:
        lst = r.choice(LISTS)
        mid = msgid()
        sender = r.choice(MM_PEOPLE)[1]
        size = r.randrange(1500, 90000)
        if r.random() < 0.12:
            reason = r.choice(
                [
                    "The message is not from a list member",
                    "The message has implicit destination",
                    "Message has more than 10 recipients",
                    "The message's content type was explicitly disallowed",
                ]
            )
            log(
                "vette",
                runner_pids["in"],
                "HOLD: %s post from %s held, message-id=%s: "
                + reason.replace("than 10", "than %d"),
                lst,
                sender,
                mid,
                *([10] if "10" in reason else []),
                lo=1,
                hi=40,
            )
            if r.random() < 0.4:
                log(
                    "vette",
                    runner_pids["rest"],
                    "%s: held message approved, message-id: %s",
                    lst,
                    mid,
                    lo=30,
                    hi=300,
                )
            elif r.random() < 0.5:
                log("vette", runner_pids["rest"], "DISCARD: %s", mid, lo=30, hi=300)
            return
        if r.random() < 0.05:
            log("vette", runner_pids["pipeline"], "Message discarded, msgid: %s", mid, lo=1, hi=40)
            return
        recips = r.randrange(3, 900)
        log(
            "smtp",
            runner_pids["out"],
            "$msgid smtp to $listname for $recip recips, completed in $time seconds",
            text=f"{mid} smtp to {lst.split('@')[0]} for {recips} recips, completed in {r.uniform(0.05, 40):.3f} seconds",
            lo=1,
            hi=40,
        )
        if r.random() < 0.15:
            bad = r.choice(MM_PEOPLE)[1]
            code = r.choice([550, 552, 450])
            # the receiving server's reply is a message of its own: the label takes its format
            msg = {
                550: "5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table",
                552: "5.2.2 Mailbox full",
                450: "4.2.0 Greylisted, see http://postgrey.schweikert.ch/help/",
            }[code]
            text = msg % bad if "%s" in msg else msg
            log(
                "smtp",
                runner_pids["out"],
                "$msgid post to $listname from $sender, $size bytes, $refused failures",
                text=f"{mid} post to {lst.split('@')[0]} from {sender}, {size} bytes, 1 failures",
                lo=0,
                hi=0.1,
            )
            log(
                "smtp",
                runner_pids["out"],
                f"$msgid delivery to $recip failed with code {code}, {msg}",
                text=f"{mid} delivery to {bad} failed with code {code}, {text}",
                lo=0,
                hi=0.1,
            )
        else:
            log(
                "smtp",
                runner_pids["out"],
                "$msgid post to $listname from $sender, $size bytes",
                text=f"{mid} post to {lst.split('@')[0]} from {sender}, {size} bytes",
                lo=0,
                hi=0.1,
            )
        if r.random() < 0.3:
            log(
                "mailman",
                runner_pids["archive"],
                "HyperKitty archived message %s to %s",
                mid,
                f"https://lists.example.org/archives/list/{lst}/message/{alnum(r, 32).upper()}/",
                lo=0.2,
                hi=3,
            )

    def bounce() -> None:
        lst = r.choice(LISTS)
        who = r.choice(MM_PEOPLE)[1]
        x = r.random()
        if x < 0.55:
            log(
                "bounce",
                runner_pids["bounces"],
                "%s: %s bounce score incremented to %s",
                lst,
                who,
                f"{r.choice([1, 2, 3, 4])}.0",
                lo=5,
                hi=60,
            )
        elif x < 0.7:
            log(
                "bounce",
                runner_pids["bounces"],
                "%s: %s residual bounce received",
                lst,
                who,
                lo=5,
                hi=60,
            )
        elif x < 0.8:
            log(
                "bounce",
                runner_pids["bounces"],
                "%s: %s disabling due to bounce score %s >= %s",
                lst,
                who,
                "5.0",
                "5.0",
                lo=5,
                hi=60,
            )
            log(
                "bounce",
                runner_pids["bounces"],
                "%s: %s sending warning notice %d of %d",
                lst,
                who,
                1,
                3,
                lo=0,
                hi=1,
            )
        elif x < 0.9:
            log(
                "bounce",
                runner_pids["bounces"],
                "Bounce message w/no discernable addresses: %s",
                msgid(),
                lo=5,
                hi=60,
            )
        else:
            log(
                "bounce",
                runner_pids["bounces"],
                "%s: %s deleted after exhausting notices",
                lst,
                who,
                lo=5,
                hi=60,
            )

    def subscribe() -> None:
        lst = r.choice(LISTS)
        name, addr = r.choice(MM_PEOPLE)
        shown = f"{name} <{addr}>" if name else addr
        x = r.random()
        if x < 0.55:
            log(
                "subscribe",
                runner_pids["rest"],
                "%s: new %s, %s "
                + r.choice(
                    ["via web confirmation", "via email confirmation", "via admin approval"]
                ),
                lst,
                r.choice(["regular", "regular", "mime_digests", "plaintext_digests"]),
                shown,
                lo=5,
                hi=120,
            )
        elif x < 0.85:
            log("subscribe", runner_pids["rest"], "%s: deleted %s", lst, addr, lo=5, hi=120)
        else:
            log("subscribe", runner_pids["command"], "%s: pending %s", lst, shown, lo=5, hi=120)

    def rest() -> None:
        lst = r.choice(LISTS)
        _name, addr = r.choice(MM_PEOPLE)
        routes = [
            ("GET", "/3.1/lists/%s", f"/3.1/lists/{lst}", 200),
            ("GET", "/3.1/lists/%s/config", f"/3.1/lists/{lst}/config", 200),
            (
                "GET",
                "/3.1/lists/%s/roster/member",
                f"/3.1/lists/{lst}/roster/member?count=50&page={r.randrange(1, 9)}",
                200,
            ),
            ("GET", "/3.1/domains", "/3.1/domains", 200),
            ("GET", "/3.1/users/%s", f"/3.1/users/{addr}", 200),
            ("GET", "/3.1/users/%s", f"/3.1/users/{addr}", 404),
            ("GET", "/3.1/addresses/%s", f"/3.1/addresses/{addr}", 200),
            ("POST", "/3.1/members/find", "/3.1/members/find", 200),
            ("POST", "/3.1/members", "/3.1/members", 202),
            ("POST", "/3.1/members", "/3.1/members", 409),
            ("GET", "/3.1/lists/%s/held", f"/3.1/lists/{lst}/held", 200),
            ("POST", "/3.1/lists/%s/held/%s", f"/3.1/lists/{lst}/held/{r.randrange(1, 900)}", 204),
            ("GET", "/3.1/system/versions", "/3.1/system/versions", 200),
            ("GET", "/3.1/queues", "/3.1/queues", 200),
        ]
        method, label_route, path, status = r.choice(routes)
        size = 0 if status == 204 else r.randrange(90, 9000)
        label = f'%s - - "{method} {label_route} HTTP/1.1" {status} %d'
        log(
            "http",
            runner_pids["rest"],
            label,
            text=f'127.0.0.1 - - "{method} {path} HTTP/1.1" {status} {size}',
            lo=0.2,
            hi=6,
        )

    def traceback(
        pid: int, exc: str, frames: list[tuple[str, int, str, str]], label: str, *vals
    ) -> None:
        lines = ["Traceback (most recent call last):"]
        for path, line, fn, code in frames:
            lines.append(f'  File "{path}", line {line}, in {fn}')
            lines.append(f"    {code}")
        lines.append(exc)
        log("error", pid, label, *vals, extra=lines, lo=5, hi=200)

    site = "/opt/mailman/venv/lib/python3.11/site-packages"

    def runner_error() -> None:
        x = r.random()
        if x < 0.5:
            exc = "psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request."
            lines = exc.split("\n")
            frames = [
                (
                    f"{site}/mailman/core/runner.py",
                    173,
                    "_one_iteration",
                    "self._process_one_file(msg, msgdata)",
                ),
                (
                    f"{site}/mailman/core/runner.py",
                    266,
                    "_process_one_file",
                    "keepqueued = self._dispose(mlist, msg, msgdata)",
                ),
                (
                    f"{site}/mailman/runners/outgoing.py",
                    95,
                    "_dispose",
                    "self._func(mlist, msg, msgdata)",
                ),
                (
                    f"{site}/sqlalchemy/engine/base.py",
                    1969,
                    "_exec_single_context",
                    "self.dialect.do_execute(",
                ),
                (
                    f"{site}/sqlalchemy/engine/default.py",
                    922,
                    "do_execute",
                    "cursor.execute(statement, parameters)",
                ),
            ]
            pid = runner_pids["out"]
            traceback(
                pid,
                lines[0],
                frames,
                "Uncaught runner exception: %s",
                "(psycopg2.OperationalError) server closed the connection unexpectedly",
            )
            files["error"].lines.extend((x, None) for x in lines[1:])
        else:
            frames = [
                (
                    f"{site}/mailman/core/runner.py",
                    173,
                    "_one_iteration",
                    "self._process_one_file(msg, msgdata)",
                ),
                (
                    f"{site}/mailman/core/runner.py",
                    266,
                    "_process_one_file",
                    "keepqueued = self._dispose(mlist, msg, msgdata)",
                ),
                (
                    f"{site}/mailman/runners/archive.py",
                    150,
                    "_dispose",
                    "archiver.system_archiver.archive_message(mlist, msg_copy)",
                ),
                (
                    f"{site}/mailman_hyperkitty/__init__.py",
                    158,
                    "archive_message",
                    "raise ValueError(result.text)",
                ),
            ]
            pid = runner_pids["archive"]
            traceback(
                pid,
                "ValueError: <!doctype html>",
                frames,
                "Uncaught runner exception: %s",
                "<!doctype html>",
            )
            files["error"].lines.extend(
                (x, None)
                for x in [
                    '<html lang="en">',
                    "<head>",
                    "  <title>Server Error (500)</title>",
                    "</head>",
                    "<body>",
                    "  <h1>Server Error (500)</h1><p></p>",
                    "</body>",
                    "</html>",
                ]
            )
        t = clock[0].timestamp()
        log("error", pid, "SHUNTING: %s", f"{t:.6f}+{hexid(r, 40)}", lo=0, hi=0.01)

    def smtp_down() -> None:
        mid = msgid()
        log(
            "error",
            runner_pids["out"],
            "Low level smtp error: %s, msgid: %s",
            "[Errno 111] Connection refused",
            mid,
            lo=10,
            hi=100,
        )
        log(
            "error",
            runner_pids["out"],
            "Cannot connect to SMTP server %s on port %d",
            "localhost",
            25,
            lo=0,
            hi=0.1,
        )

    def runner_dies() -> None:
        name = r.choice(["out", "in", "bounces", "archive"])
        old = runner_pids[name]
        log(
            "mailman",
            runner_pids["master"],
            "Master detected subprocess exit (pid: %d, why: %s, class: %s, slice: %d/%d) %s",
            old,
            r.choice(["SIGKILL", "SIGSEGV", "1"]),
            name,
            1,
            1,
            "[restarting]",
            lo=20,
            hi=300,
        )
        runner_pids[name] = r.randrange(1000, 40000)
        log("mailman", runner_pids[name], "%s runner started.", name, lo=0.5, hi=2)

    def digest() -> None:
        lst = r.choice(LISTS)
        log(
            "mailman",
            runner_pids["digest"],
            "%s: Sending digest volume %d, number %d",
            lst,
            r.randrange(1, 12),
            r.randrange(1, 300),
            lo=20,
            hi=400,
        )

    def hup() -> None:
        log(
            "mailman",
            runner_pids["master"],
            "Master watcher caught SIGHUP.  Re-opening log files.",
            lo=30,
            hi=300,
        )
        for name in runners:
            log(
                "mailman",
                runner_pids[name],
                "%s runner caught SIGHUP.  Reopening logs.",
                name,
                lo=0,
                hi=0.1,
            )

    for cycle in range(2):
        start_all()
        for _ in range(1500 if cycle == 0 else 1100):
            x = r.random()
            if x < 0.34:
                post()
            elif x < 0.44:
                bounce()
            elif x < 0.54:
                subscribe()
            elif x < 0.88:
                rest()
            elif x < 0.91:
                runner_error()
            elif x < 0.93:
                smtp_down()
            elif x < 0.945:
                runner_dies()
            elif x < 0.99:
                digest()
            else:
                hup()
        if cycle == 0:
            stop_all()
    return list(files.values())


# --------------------------------------------------------------------------------- proftpd

FTP_CLIENTS = [
    ("dsl-84-12.customer.example.net", "84.23.12.9"),
    ("build-01.internal.example.com", "10.30.0.21"),
    ("build-02.internal.example.com", "10.30.0.22"),
    ("203.0.113.77", "203.0.113.77"),
    ("mail.partner.example.org", "198.51.100.40"),
    ("45.95.147.228", "45.95.147.228"),
    ("scanner.shodan.example", "71.6.199.23"),
]
FTP_USERS = ["alice", "bob", "backup", "deploy", "partner01", "partner02", "www-data"]
FTP_FILES = [
    "reports/2024-06-10.csv",
    "upload/invoice_88213.pdf",
    "backups/db-2024-06-11.sql.gz",
    "public/readme.txt",
    "incoming/photos/IMG_4411.JPG",
    "releases/app-2.4.1.tar.gz",
    "orders/ORD-20240611-0042.xml",
]


def proftpd(r: random.Random) -> list[Log]:
    """ProFTPD 1.3.8's SystemLog (`%Y-%m-%d %H:%M:%S,%03d host proftpd[pid] servername
    (client[ip]): msg`, without the client part for the daemon's own lines) and TransferLog
    (the wu-ftpd xferlog: `ctime duration ip bytes path type action direction access user service
    auth-method auth-id status`): sessions opened and closed, logins (chrooted, anonymous,
    failed for a bad password or an unknown user, too many attempts), mod_tls handshakes and
    failures, PORT refused, timeouts, a bind failing, SIGHUP rehashes, a restart. The xferlog
    lines are labelled by direction, access mode and completion (the letters a branch writes)."""
    syslog = Log("proftpd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    xfer = Log("xferlog", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    host, server = "ftp1", "ftp.example.com"
    master = [r.randrange(600, 3000)]

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"

    def daemon(label: str, *vals, lo=0.0, hi=0.3) -> None:
        t = syslog.tick(r, lo, hi)
        syslog.add(f"{ts(t)} {host} proftpd[{master[0]}] {server}: {fill(label, *vals)}", label)

    def session() -> None:
        pid = r.randrange(3000, 60000)
        cname, cip = r.choice(FTP_CLIENTS)
        syslog.tick(r, 0.5, 25)

        def s(label: str, *vals, lo=0.0, hi=0.5) -> None:
            t = syslog.tick(r, lo, hi)
            syslog.add(
                f"{ts(t)} {host} proftpd[{pid}] {server} ({cname}[{cip}]): {fill(label, *vals)}",
                label,
            )

        s("FTP session opened.")
        tls = cip.startswith("10.") or r.random() < 0.3
        if tls:
            if r.random() < 0.12:
                s("mod_tls/2.9.2: TLS/TLS-C negotiation failed on control channel")
                s(
                    "mod_tls/2.9.2: unable to accept TLS connection: %s",
                    r.choice(
                        [
                            "(1) error:0A000102:SSL routines::unsupported protocol",
                            "(1) error:0A0000C1:SSL routines::no shared cipher",
                        ]
                    ),
                )
                s("FTP session closed.")
                return
            s("mod_tls/2.9.2: TLS/TLS-C requested, starting TLS handshake")
            s("mod_tls/2.9.2: TLS/TLS-C negotiation successful")
        if cname in ("45.95.147.228", "scanner.shodan.example"):
            tries = r.randrange(1, 4)
            for _ in range(tries):
                user = r.choice(["admin", "root", "ftp", "test", "user", "oracle", "pi"])
                if user == "root":
                    s("SECURITY VIOLATION: Root login attempted", lo=1, hi=3)
                elif r.random() < 0.5:
                    s(
                        "USER %s: no such user found from %s [%s] to %s:%d",
                        user,
                        cname,
                        cip,
                        "10.0.0.5",
                        21,
                        lo=1,
                        hi=3,
                    )
                else:
                    s("USER %s (Login failed): %s", user, "Incorrect password", lo=1, hi=3)
            if tries == 3:
                s("Maximum login attempts (%u) exceeded, connection refused", 3, lo=0.2, hi=1)
            s("FTP session closed.", lo=0, hi=2)
            return
        user = r.choice(FTP_USERS)
        if r.random() < 0.08:
            s("USER %s (Login failed): %s", user, "Incorrect password", lo=1, hi=3)
            if r.random() < 0.5:
                s("FTP session closed.", lo=0, hi=2)
                return
        if cip == "203.0.113.77" and r.random() < 0.5:
            s("ANON %s: Login successful.", "anonymous", lo=0.2, hi=2)
            user = "ftp"
        else:
            s("Preparing to chroot to directory '%s'", f"/srv/ftp/{user}", lo=0.2, hi=1)
            s("USER %s: Login successful.", user, lo=0, hi=0.1)
        for _ in range(r.randrange(0, 7)):
            path = f"/srv/ftp/{user}/{r.choice(FTP_FILES)}"
            size = r.randrange(200, 90000000)
            direction = r.choice("ooi")
            status = "c" if r.random() < 0.9 else "i"
            if status == "i":
                s("Passive data transfer failed, possibly due to network issues", lo=1, hi=30)
                s("Check your PassivePorts and MasqueradeAddress settings,", lo=0, hi=0.01)
                s("and any router, NAT, and firewall rules in the network path.", lo=0, hi=0.01)
            if r.random() < 0.06:
                s(
                    "Refused PORT %s (address mismatch)",
                    ",".join(
                        [*ip4(r).split("."), str(r.randrange(1, 255)), str(r.randrange(0, 255))]
                    ),
                    lo=0.2,
                    hi=3,
                )
                continue
            dur = r.randrange(0, 120)
            xt = xfer.tick(r, 0, 0.1)
            xfer.t = max(xfer.t, syslog.t + timedelta(seconds=dur))
            xt = xfer.t
            access = "a" if user == "ftp" else "r"
            auth = "0"
            ident = "*"
            kind = r.choice("bba")
            label = f"%s %d %s %d %s {kind} _ {direction} {access} %s ftp {auth} {ident} {status}"
            xfer.add(
                f"{xt:%a %b} {xt.day:2d} {xt:%H:%M:%S %Y} {dur} {cip} {size} {path} {kind} _ {direction} {access} {user if access == 'r' else 'anonymous@'} ftp {auth} {ident} {status}",
                label,
            )
            syslog.t = max(syslog.t, xt)
        x = r.random()
        if x < 0.75:
            s("FTP session closed.", lo=0.5, hi=20)
        elif x < 0.9:
            s("FTP session idle timeout, disconnected", lo=300, hi=301)
            s("FTP session closed.", lo=0, hi=0.01)
        else:
            s("FTP no transfer time out, disconnected", lo=600, hi=601)
            s("FTP session closed.", lo=0, hi=0.01)

    def startup() -> None:
        master[0] = r.randrange(600, 3000)
        daemon("mod_tls/2.9.2: using %s", "OpenSSL 3.0.13 30 Jan 2024", lo=1, hi=3)
        daemon(
            "mod_tls/2.9.2: loaded %s certificate from '%s'",
            "RSA",
            "/etc/ssl/certs/ftp.example.com.pem",
            lo=0,
            hi=0.01,
        )
        daemon(
            "%s %s (built %s) standalone mode STARTUP",
            "ProFTPD",
            "1.3.8b (maint)",
            "Mon Apr 1 2024 09:10:11 UTC",
            lo=0,
            hi=0.01,
        )

    def shutdown() -> None:
        daemon("ProFTPD killed (signal %d)", 15, lo=5, hi=60)
        daemon("%s - ProFTPD terminating (signal %d)", server, 15, lo=0, hi=0.01)

    def rehash() -> None:
        daemon("received SIGHUP -- master server reparsing configuration file", lo=5, hi=60)
        if r.random() < 0.3:
            daemon(
                "%s: warning: unable to determine IP address of '%s'",
                server,
                "ftp-legacy.example.com",
                lo=0,
                hi=0.1,
            )
        daemon("mod_tls/2.9.2: using %s", "OpenSSL 3.0.13 30 Jan 2024", lo=0, hi=0.1)

    def bind_fail() -> None:
        daemon("Failed binding to %s, port %d: %s", "::", 21, "Address already in use", lo=1, hi=3)
        daemon(
            "Check the ServerType directive to ensure you are configured correctly", lo=0, hi=0.01
        )
        daemon(
            "Check to see if inetd/xinetd, or another proftpd instance, is already using %s, port %d",
            "::",
            21,
            lo=0,
            hi=0.01,
        )
        daemon("Unable to start proftpd; check logs for more details", lo=0, hi=0.01)

    startup()
    for i in range(480):
        x = r.random()
        if x < 0.97:
            session()
        elif x < 0.99:
            rehash()
        else:
            daemon(
                "notice: user %s: aborting transfer: %s",
                r.choice(FTP_USERS),
                "Link to file server lost",
                lo=1,
                hi=20,
            )
        if i == 260:
            shutdown()
            bind_fail()
            startup()
    return [syslog, xfer]


# --------------------------------------------------------------------------------- sonarqube

SONAR_PROJECTS = [
    "acme-billing",
    "acme-orders",
    "acme-frontend",
    "platform-commons",
    "mobile-app",
    "infra-terraform",
]
CE_STEPS = [
    "Extract report",
    "Build tree of components",
    "Load quality profiles",
    "Load Quality gate",
    "Execute component visitors",
    "Compute Quality Gate measures",
    "Persist components",
    "Persist analysis",
    "Persist measures",
    "Persist issues",
    "Enable analysis",
    "Index analysis",
    "Publish task results",
    "Webhooks",
]
WS_FRAMES = [
    "org.sonar.server.ws.WebServiceEngine.execute(WebServiceEngine.java:111)",
    "org.sonar.server.ws.WebServiceFilter.doFilter(WebServiceFilter.java:96)",
    "org.sonar.server.platform.web.MasterServletFilter$GodFilterChain.doFilter(MasterServletFilter.java:153)",
    "org.sonar.server.platform.web.MasterServletFilter.doFilter(MasterServletFilter.java:116)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:178)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:168)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:340)",
    "java.base/java.lang.Thread.run(Unknown Source)",
]


def sonarqube(r: random.Random) -> list[Log]:
    """SonarQube 10.4 Community's logs (logback `%d{yyyy.MM.dd HH:mm:ss} %-5level
    %process[%X{HTTP_REQUEST_ID}|%X{ceTaskUuid}][%logger{20}] %msg`): sonar.log (the app process
    launching and watching Elasticsearch, web and compute engine, a stop and a restart), web.log
    (start-up registrations with `| time=...ms` records, web services failing with their stack,
    authentication failures, the DB pool), ce.log (analysis reports: `Execute task | project=...`,
    each step's `<step> | status=SUCCESS | time=...ms`, `Executed task | ... | status=FAILED`,
    a failing task with its stack) and es.log (Elasticsearch 8's node start, modules loaded, disk
    watermarks, GC overhead)."""
    start = datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)
    files = {n: Log(f"{n}.log", start) for n in ("sonar", "web", "ce", "es")}
    proc = {"sonar": "app", "web": "web", "ce": "ce", "es": "es"}
    clock = [start]

    def uid() -> str:
        return "AY" + alnum(r, 18)

    def e(
        name: str,
        level: str,
        logger: str,
        label: str,
        *vals,
        ctx: str = "",
        lo=0.0,
        hi=0.5,
        extra=(),
    ) -> None:
        clock[0] += timedelta(seconds=r.uniform(lo, hi))
        f = files[name]
        f.t = clock[0]
        f.add(
            f"{clock[0]:%Y.%m.%d %H:%M:%S} {level:<5} {proc[name]}[{ctx}][{logger}] {fill(label, *vals)}",
            label,
        )
        for x in extra:
            f.add(x, None)

    def boot() -> None:
        a = "sonar"
        e(
            a,
            "INFO",
            "o.s.a.AppFileSystem",
            "Cleaning or creating temp directory %s",
            "/opt/sonarqube/temp",
            lo=1,
            hi=4,
        )
        e(
            a,
            "INFO",
            "o.s.a.es.EsSettings",
            "Elasticsearch listening on [HTTP: %s:%d, TCP: %s:%d]",
            "127.0.0.1",
            9001,
            "127.0.0.1",
            r.randrange(30000, 60000),
        )
        e(
            a,
            "INFO",
            "o.s.a.ProcessLauncherImpl",
            "Launch process[%s] from [%s]: %s",
            "ELASTICSEARCH",
            "/opt/sonarqube/elasticsearch",
            "/opt/sonarqube/elasticsearch/bin/elasticsearch",
        )
        e(a, "INFO", "o.s.a.SchedulerImpl", "Waiting for Elasticsearch to be up and running")
        es = "es"
        e(
            es,
            "INFO",
            "o.e.n.Node",
            "version[%s], pid[%d], build[%s], OS[%s], JVM[%s]",
            "8.11.4",
            r.randrange(100, 900),
            "default/tar/da06c53fd49b7e676ccf8a32d6655c5155c16d81/2024-01-08T10:05:08.438562403Z",
            "Linux/5.15.0-105-generic/amd64",
            "Eclipse Adoptium/OpenJDK 64-Bit Server VM/17.0.10/17.0.10+7",
            lo=1,
            hi=3,
        )
        e(
            es,
            "INFO",
            "o.e.n.Node",
            "JVM home [%s], using bundled JDK [%s]",
            "/opt/java/openjdk",
            "false",
        )
        e(
            es,
            "INFO",
            "o.e.n.Node",
            "JVM arguments [%s]",
            "-Des.networkaddress.cache.ttl=60, -Des.networkaddress.cache.negative.ttl=10, -XX:+UseG1GC, -Djava.io.tmpdir=/opt/sonarqube/temp, -Xmx512m, -Xms512m, -XX:MaxDirectMemorySize=256m",
        )
        for mod in (
            "aggs-matrix-stats",
            "analysis-common",
            "apm",
            "data-streams",
            "ingest-common",
            "lang-painless",
            "mapper-extras",
            "parent-join",
            "percolator",
            "reindex",
            "repository-url",
            "transport-netty4",
            "x-pack-core",
        ):
            e(es, "INFO", "o.e.p.PluginsService", "loaded module [%s]", mod, hi=0.02)
        e(
            es,
            "INFO",
            "o.e.e.NodeEnvironment",
            "using [%d] data paths, mounts [%s], net usable_space [%s], net total_space [%s], types [%s]",
            1,
            "[/opt/sonarqube/data (/dev/sda1)]",
            f"{r.uniform(5, 40):.1f}gb",
            "58.4gb",
            "ext4",
        )
        e(
            es,
            "INFO",
            "o.e.e.NodeEnvironment",
            "heap size [%s], compressed ordinary object pointers [%s]",
            "512mb",
            "true",
        )
        e(
            es,
            "INFO",
            "o.e.n.Node",
            "node name [%s], node ID [%s], cluster name [%s], roles [%s]",
            "sonarqube",
            alnum(r, 22),
            "sonarqube",
            "[data_frozen, ml, data_hot, transform, data_content, data_warm, master, remote_cluster_client, data, data_cold, ingest]",
        )
        e(
            es,
            "INFO",
            "o.e.t.TransportService",
            "publish_address {%s}, bound_addresses {%s}",
            "127.0.0.1:44533",
            "127.0.0.1:44533",
        )
        e(es, "INFO", "o.e.c.c.Coordinator", "cluster UUID [%s]", alnum(r, 22))
        e(
            es,
            "INFO",
            "o.e.h.AbstractHttpServerTransport",
            "publish_address {%s}, bound_addresses {%s}",
            "127.0.0.1:9001",
            "127.0.0.1:9001",
        )
        e(
            es,
            "INFO",
            "o.e.n.Node",
            "started {%s}{%s}{%s}{%s}{%s}{%s}",
            "sonarqube",
            alnum(r, 22),
            alnum(r, 22),
            "sonarqube",
            "127.0.0.1",
            "127.0.0.1:44533",
        )
        e(es, "INFO", "o.e.g.GatewayService", "recovered [%d] indices into cluster_state", 8)
        e(
            es,
            "INFO",
            "o.e.c.r.a.AllocationService",
            'current.health="%s" message="%s" previous.health="%s" reason="%s"',
            "GREEN",
            "Cluster health status changed from [RED] to [GREEN] (reason: [shards started [[metadatas][0]]]).",
            "RED",
            "shards started [[metadatas][0]]",
        )
        e(a, "INFO", "o.s.a.SchedulerImpl", "Process[%s] is up", "es", lo=1, hi=3)
        e(
            a,
            "INFO",
            "o.s.a.ProcessLauncherImpl",
            "Launch process[%s] from [%s]: %s",
            "WEB_SERVER",
            "/opt/sonarqube",
            "/opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -XX:-OmitStackTraceInFastThrow --add-opens=java.base/java.util=ALL-UNNAMED -Xmx512m -Xms128m -XX:+HeapDumpOnOutOfMemoryError -Dhttp.nonProxyHosts=localhost|127.*|[::1] -cp ./lib/sonar-application-10.4.1.88267.jar:/opt/sonarqube/lib/jdbc/postgresql/postgresql-42.6.0.jar org.sonar.server.app.WebServer /opt/sonarqube/temp/sq-process"
            + str(r.randrange(10**17, 10**18))
            + "properties",
        )
        w = "web"
        e(w, "INFO", "o.s.p.ProcessEntryPoint", "Starting Web Server", lo=1, hi=3)
        e(
            w,
            "INFO",
            "o.s.s.p.LogServerVersion",
            "SonarQube Server / %s / %s",
            "10.4.1.88267",
            hexid(r, 40),
        )
        e(
            w,
            "INFO",
            "o.s.d.DefaultDatabase",
            "Create JDBC data source for %s",
            "jdbc:postgresql://db:5432/sonar",
        )
        e(w, "INFO", "o.s.s.p.ServerFileSystemImpl", "SonarQube home: %s", "/opt/sonarqube")
        e(w, "INFO", "o.s.s.p.d.m.c.MigrationContainerPopulator", "No DbMigration to execute")
        e(
            w,
            "INFO",
            "o.s.s.e.EsClientProvider",
            "Connected to local Elasticsearch: [%s]",
            "http://localhost:9001",
        )
        e(
            w,
            "INFO",
            "o.s.s.p.UpdateCenterClient",
            "Update center: %s",
            "https://downloads.sonarsource.com/sonarqube/update/update-center.properties (no proxy)",
        )
        e(w, "INFO", "o.s.s.p.RegisterPlugins", "Register plugins", hi=2)
        e(
            w,
            "INFO",
            "o.s.s.p.RegisterPlugins",
            "Register plugins (done) | time=%dms",
            r.randrange(100, 2000),
        )
        for name in ("rules", "quality profiles"):
            e(
                w,
                "INFO",
                "o.s.s.r.RegisterRules"
                if name == "rules"
                else "o.s.s.q.b.RegisterQualityProfiles"
                if name == "quality profiles"
                else "o.s.s.m.RegisterMetrics"
                if name == "metrics"
                else "o.s.s.s.RegisterPermissionTemplates",
                "Register " + name,
                hi=1,
            )
            e(
                w,
                "INFO",
                "o.s.s.r.RegisterRules"
                if name == "rules"
                else "o.s.s.q.b.RegisterQualityProfiles"
                if name == "quality profiles"
                else "o.s.s.m.RegisterMetrics"
                if name == "metrics"
                else "o.s.s.s.RegisterPermissionTemplates",
                "Register " + name + " (done) | time=%dms",
                r.randrange(10, 9000),
                hi=4,
            )
        for lang in ("java", "js", "py", "ts", "xml", "kotlin"):
            e(
                w,
                "INFO",
                "o.s.s.q.b.RegisterQualityProfiles",
                "Update profile %s/%s",
                lang,
                "Sonar way",
                hi=0.1,
            )
        e(
            w,
            "INFO",
            "o.s.s.p.w.MasterServletFilter",
            "Initializing servlet filter %s [pattern=%s]",
            f"org.sonar.server.ws.WebServiceFilter@{hexid(r, 8)}",
            "UrlPattern{inclusions=[/api/system/migrate_db.*, ...], exclusions=[/api/components/update_key, ...]}",
        )
        e(
            w,
            "INFO",
            "o.s.s.n.NotificationDaemon",
            "Notification service started (delay %d sec.)",
            60,
        )
        e(w, "INFO", "o.s.s.p.Platform", "Web Server is operational")
        e(a, "INFO", "o.s.a.SchedulerImpl", "Process[%s] is up", "web", lo=0.1, hi=1)
        e(
            a,
            "INFO",
            "o.s.a.ProcessLauncherImpl",
            "Launch process[%s] from [%s]: %s",
            "COMPUTE_ENGINE",
            "/opt/sonarqube",
            "/opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -XX:-OmitStackTraceInFastThrow -Xmx512m -Xms128m -XX:+HeapDumpOnOutOfMemoryError -cp ./lib/sonar-application-10.4.1.88267.jar org.sonar.ce.app.CeServer /opt/sonarqube/temp/sq-process"
            + str(r.randrange(10**17, 10**18))
            + "properties",
        )
        c = "ce"
        e(c, "INFO", "o.s.p.ProcessEntryPoint", "Starting Compute Engine", lo=1, hi=3)
        e(c, "INFO", "o.s.c.a.CeServer", "Compute Engine starting up...")
        e(
            c,
            "INFO",
            "o.s.s.e.EsClientProvider",
            "Connected to local Elasticsearch: [%s]",
            "http://localhost:9001",
        )
        e(c, "INFO", "o.s.c.c.CePluginRepository", "Load plugins")
        e(c, "INFO", "o.s.c.c.ComputeEngineContainerImpl", "Running Community edition")
        e(c, "INFO", "o.s.c.a.CeServer", "Compute Engine is started")
        e(a, "INFO", "o.s.a.SchedulerImpl", "Process[%s] is up", "ce", lo=0.1, hi=1)
        e(a, "INFO", "o.s.a.SchedulerImpl", "SonarQube is operational")

    def stop() -> None:
        a = "sonar"
        e(a, "INFO", "o.s.a.SchedulerImpl", "Stopping SonarQube", lo=5, hi=60)
        e(a, "INFO", "o.s.a.SchedulerImpl", "Sonarqube has been requested to stop")
        e("ce", "INFO", "o.s.p.ProcessEntryPoint", "Gracefully stopping process")
        e("ce", "INFO", "o.s.c.a.CeServer", "Compute Engine is stopping...")
        e(
            "ce",
            "INFO",
            "o.s.c.t.CeProcessingSchedulerImpl",
            "Waiting for workers to finish in-progress tasks for at most %dms",
            40000,
        )
        e("ce", "INFO", "o.s.c.a.CeServer", "Compute Engine is stopped")
        e(a, "INFO", "o.s.a.SchedulerImpl", "Process[%s] is stopped", "ce")
        e("web", "INFO", "o.s.p.ProcessEntryPoint", "Gracefully stopping process")
        e("web", "INFO", "o.s.s.n.NotificationDaemon", "Notification service stopped")
        e(a, "INFO", "o.s.a.SchedulerImpl", "Process[%s] is stopped", "web")
        e("es", "INFO", "o.e.n.Node", "stopping ...")
        e("es", "INFO", "o.e.n.Node", "stopped")
        e("es", "INFO", "o.e.n.Node", "closing ...")
        e("es", "INFO", "o.e.n.Node", "closed")
        e(
            a,
            "WARN",
            "o.s.a.p.AbstractManagedProcess",
            "Process exited with exit value [%s]: %d",
            "ElasticSearch",
            143,
        )
        e(a, "INFO", "o.s.a.SchedulerImpl", "Process[%s] is stopped", "ElasticSearch")
        e(a, "INFO", "o.s.a.SchedulerImpl", "SonarQube is stopped")

    def analysis() -> None:
        proj = r.choice(SONAR_PROJECTS)
        branch = r.choice(
            [
                "main",
                "main",
                "develop",
                f"feature/{r.choice(['login', 'cart', 'api-v2', 'JIRA-' + str(r.randrange(100, 999))])}",
            ]
        )
        btype = "BRANCH"
        task = uid()
        submitter = r.choice(["ci-bot", "ci-bot", "alice", "jenkins"])
        if r.random() < 0.2:
            btype = "PULL_REQUEST"
            branch = str(r.randrange(100, 2000))
        head_label = (
            "Execute task | project=%s | type=REPORT | branch=%s | branchType=BRANCH | id=%s | submitter=%s"
            if btype == "BRANCH"
            else "Execute task | project=%s | type=REPORT | pullRequest=%s | id=%s | submitter=%s"
        )
        e(
            "ce",
            "INFO",
            "o.s.c.t.CeWorkerImpl",
            head_label,
            proj,
            branch,
            task,
            submitter,
            ctx=task,
            lo=10,
            hi=200,
        )
        fail_at = r.randrange(len(CE_STEPS)) if r.random() < 0.1 else None
        for i, step in enumerate(CE_STEPS):
            if i == fail_at:
                break
            e(
                "ce",
                "INFO",
                "o.s.c.t.s.ComputationStepExecutor",
                step + " | status=SUCCESS | time=%dms",
                r.randrange(0, 900) if r.random() < 0.9 else r.randrange(1000, 30000),
                ctx=task,
                lo=0,
                hi=0.3,
            )
        total = r.randrange(800, 60000)
        done_label = (
            "Executed task | project=%s | type=REPORT | branch=%s | branchType=BRANCH | id=%s | submitter=%s | status=%s | time=%dms"
            if btype == "BRANCH"
            else "Executed task | project=%s | type=REPORT | pullRequest=%s | id=%s | submitter=%s | status=%s | time=%dms"
        )
        if fail_at is not None:
            step = CE_STEPS[fail_at]
            cause = r.choice(
                [
                    (
                        "java.lang.IllegalStateException: Fail to select data of CE task " + task,
                        "org.sonar.db.ce.CeTaskInputDao.selectData(CeTaskInputDao.java:70)",
                    ),
                    (
                        "org.sonar.ce.task.projectanalysis.component.VisitException: Visit of Component {key="
                        + proj
                        + ",type=PROJECT} failed",
                        "org.sonar.ce.task.projectanalysis.component.VisitorsCrawler.visitNode(VisitorsCrawler.java:136)",
                    ),
                    (
                        "java.lang.OutOfMemoryError: Java heap space",
                        "java.base/java.util.Arrays.copyOf(Unknown Source)",
                    ),
                ]
            )
            e(
                "ce",
                "ERROR",
                "o.s.c.t.CeWorkerImpl",
                "Failed to execute task %s",
                task,
                ctx=task,
                extra=[
                    cause[0],
                    f"\tat {cause[1]}",
                    "\tat org.sonar.ce.task.step.ComputationStepExecutor.executeStep(ComputationStepExecutor.java:79)",
                    "\tat org.sonar.ce.task.step.ComputationStepExecutor.executeSteps(ComputationStepExecutor.java:70)",
                    "\tat org.sonar.ce.task.step.ComputationStepExecutor.execute(ComputationStepExecutor.java:57)",
                    "\tat org.sonar.ce.taskprocessor.CeWorkerImpl$ExecuteTask.executeTask(CeWorkerImpl.java:241)",
                    "\tat java.base/java.lang.Thread.run(Unknown Source)",
                ],
            )
            e(
                "ce",
                "INFO",
                "o.s.c.t.CeWorkerImpl",
                done_label,
                proj,
                branch,
                task,
                submitter,
                "FAILED",
                total,
                ctx=task,
            )
        else:
            e(
                "ce",
                "INFO",
                "o.s.c.t.CeWorkerImpl",
                done_label,
                proj,
                branch,
                task,
                submitter,
                "SUCCESS",
                total,
                ctx=task,
            )

    def ws_fail() -> None:
        req = uid()
        proj = r.choice([*SONAR_PROJECTS, "acme-legacy", "unknown-proj"])
        x = r.random()
        if x < 0.4:
            e(
                "web",
                "ERROR",
                "o.s.s.w.WebServiceEngine",
                "Fail to process request %s",
                f"http://sonar.example.com/api/qualitygates/project_status?projectKey={proj}&branch=main",
                ctx=req,
                lo=5,
                hi=90,
                extra=java_stack(
                    r,
                    f"java.lang.IllegalStateException: Can't find latest analysis of project {proj}",
                    WS_FRAMES,
                ),
            )
        elif x < 0.7:
            e(
                "web",
                "ERROR",
                "o.s.s.w.WebServiceEngine",
                "Fail to process request %s",
                f"http://sonar.example.com/api/measures/component?component={proj}&metricKeys=coverage,bugs,code_smells",
                ctx=req,
                lo=5,
                hi=90,
                extra=java_stack(
                    r,
                    "org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe",
                    [
                        "org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)",
                        "org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:776)",
                        *WS_FRAMES,
                    ],
                    (
                        "java.io.IOException: Broken pipe",
                        [
                            "java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
                            "java.base/sun.nio.ch.SocketDispatcher.write(Unknown Source)",
                        ],
                    ),
                ),
            )
        else:
            e(
                "web",
                "WARN",
                "o.s.s.w.WebServiceEngine",
                "Request %s %s failed with %s",
                "POST",
                "/api/ce/submit",
                "java.lang.IllegalArgumentException: Component '" + proj + "' does not exist",
                ctx=req,
                lo=5,
                hi=90,
            )

    def auth() -> None:
        who = r.choice([*USERS, "admin", "jenkins"])
        x = r.random()
        if x < 0.5:
            e(
                "web",
                "WARN",
                "o.s.s.a.h.BasicAuthentication",
                "Authentication failed for login '%s': "
                + r.choice(["wrong password", "user not found", "wrong password"]),
                who,
                ctx=uid(),
                lo=5,
                hi=60,
            )
        elif x < 0.8:
            e(
                "web",
                "INFO",
                "o.s.s.a.TokenAuthentication",
                "User token '%s' of user '%s' expired on %s",
                r.choice(["ci-token", "jenkins", "ide"]),
                who,
                f"2024-0{r.randrange(1, 6)}-{r.randrange(10, 28)}",
                ctx=uid(),
                lo=5,
                hi=60,
            )
        else:
            e(
                "web",
                "WARN",
                "o.s.s.a.UserRegistrarImpl",
                "Login '%s' is already used",
                who,
                ctx=uid(),
                lo=5,
                hi=60,
            )

    def es_noise() -> None:
        x = r.random()
        if x < 0.4:
            e(
                "es",
                "INFO",
                "o.e.m.j.JvmGcMonitorService",
                "[gc][%d] overhead, spent [%s] collecting in the last [%s]",
                r.randrange(100, 90000),
                f"{r.randrange(250, 990)}ms",
                f"{r.uniform(1, 1.9):.1f}s",
                lo=10,
                hi=200,
            )
        elif x < 0.7:
            free = r.uniform(3, 6)
            e(
                "es",
                "WARN",
                "o.e.c.r.a.DiskThresholdMonitor",
                "high disk watermark [%s] exceeded on [%s][%s][%s] free: %s[%s], shards will be relocated away from this node; currently relocating away shards totalling [%d] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete",
                "90%",
                alnum(r, 22),
                "sonarqube",
                "/opt/sonarqube/data/es8",
                f"{free:.1f}gb",
                f"{free / 58.4 * 100:.1f}%",
                0,
                lo=10,
                hi=200,
            )
        elif x < 0.85:
            e(
                "es",
                "INFO",
                "o.e.c.r.a.DiskThresholdMonitor",
                "low disk watermark [%s] no longer exceeded on [%s][%s][%s] free: %s[%s]",
                "85%",
                alnum(r, 22),
                "sonarqube",
                "/opt/sonarqube/data/es8",
                f"{r.uniform(9, 12):.1f}gb",
                f"{r.uniform(15, 20):.1f}%",
                lo=10,
                hi=200,
            )
        else:
            e(
                "es",
                "WARN",
                "o.e.t.ThreadPool",
                "timer thread slept for [%s/%dms] on absolute clock which is above the warn threshold of [%dms]",
                f"{r.uniform(5, 40):.1f}s",
                r.randrange(5000, 40000),
                5000,
                lo=10,
                hi=200,
            )

    def db_down() -> None:
        for _ in range(r.randrange(1, 3)):
            e(
                "ce",
                "ERROR",
                "o.s.c.t.CeProcessingSchedulerImpl",
                "Compute Engine execution failed. Scheduled processing interrupted.",
                ctx="",
                lo=5,
                hi=60,
                extra=java_stack(
                    r,
                    "org.apache.ibatis.exceptions.PersistenceException: ",
                    [
                        "org.apache.ibatis.exceptions.ExceptionFactory.wrapException(ExceptionFactory.java:30)",
                        "org.apache.ibatis.session.defaults.DefaultSqlSession.selectList(DefaultSqlSession.java:156)",
                        "org.sonar.db.ce.CeQueueDao.selectEligibleForPeek(CeQueueDao.java:190)",
                    ],
                    (
                        "org.postgresql.util.PSQLException: Connection to db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                        [
                            "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
                            "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
                        ],
                    ),
                ),
            )
        e(
            "web",
            "WARN",
            "c.z.h.p.ProxyConnection",
            "%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)",
            "HikariPool-1",
            f"org.postgresql.jdbc.PgConnection@{hexid(r, 8)}",
            "08006",
            0,
            lo=0,
            hi=2,
        )

    def web_misc() -> None:
        x = r.random()
        if x < 0.4:
            e(
                "web",
                "INFO",
                "o.s.s.e.RecoveryIndexer",
                "Elasticsearch recovery - %d documents processed [%d failures] | time=%dms",
                r.randrange(0, 400),
                0,
                r.randrange(5, 900),
                lo=30,
                hi=300,
            )
        elif x < 0.7:
            e(
                "web",
                "INFO",
                "o.s.s.w.s.a.WebhookCallerImpl",
                "Sent webhook '%s' | url=%s | time=%dms | status=%d",
                r.choice(["jenkins", "slack"]),
                r.choice(
                    [
                        "https://jenkins.example.com/sonarqube-webhook/",
                        "https://hooks.slack.com/services/T000/B000/XXXX",
                    ]
                ),
                r.randrange(20, 900),
                200,
                ctx=uid(),
                lo=5,
                hi=60,
            )
        else:
            # the exception's message is a message of its own: the label takes its format
            reason = r.choice(["timeout", "Connection refused", "%s: Name or service not known"])
            e(
                "web",
                "WARN",
                "o.s.s.w.s.a.WebhookCallerImpl",
                "Failed to send webhook '%s' | url=%s | message=" + reason,
                "jenkins",
                "https://jenkins.example.com/sonarqube-webhook/",
                *(["jenkins.example.com"] if "%s" in reason else []),
                ctx=uid(),
                lo=5,
                hi=60,
            )

    for cycle in range(2):
        boot()
        for _ in range(260 if cycle == 0 else 200):
            x = r.random()
            if x < 0.3:
                analysis()
            elif x < 0.45:
                ws_fail()
            elif x < 0.62:
                auth()
            elif x < 0.8:
                es_noise()
            elif x < 0.83:
                db_down()
            else:
                web_misc()
        if cycle == 0:
            stop()
    return list(files.values())


SYSTEMS = {
    "artifactory": artifactory,
    "caddy": caddy,
    "mailman": mailman,
    "proftpd": proftpd,
    "sonarqube": sonarqube,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
