#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 62 (terraform, gradle, buildkit, bazel, helm) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's output is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock) where the log has one; the lines of one write share it. Five shapes of CI and deploy
output the set did not have, build tools' output rather than classic logs:

- Terraform 1.8.5 with the AWS provider 5.53.0 and `TF_LOG=DEBUG` in a GitLab job
  (`plan.log`, `apply.log`, `apply-retry.log`, `drift-plan.log`): hclog's
  `2024-06-04T06:02:11.123Z [DEBUG] provider.terraform-provider-aws_v5.53.0_x5: msg: k=v ...`
  lines between the UI's unstamped ones (`aws_vpc.main: Refreshing state... [id=vpc-...]`,
  `Still modifying... [id=..., 2m30s elapsed]`, the plan's `  # %s will be created` blocks,
  diagnostics in `╷` / `│ ` / `╵` boxes): init, refreshes of 58 resources (`HTTP Request
  Sent` / `HTTP Response Received` per AWS call), the legacy SDK's tolerated plans, a database
  resized over fifteen minutes, two workers failing with `InsufficientInstanceCapacity`, the
  state lock held by another pipeline, a retry and a drift check.
- Gradle 8.7 on GitHub Actions (`run-1.log` .. `run-5.log`, the runner's
  `2024-06-04T06:12:04.0130377Z ` before every line): `> Task :m:compileJava` with and without
  an outcome (`UP-TO-DATE`, `NO-SOURCE`, `FROM-CACHE`, `FAILED`), test events
  (`MoneyTest > addsSameCurrency() PASSED`, parameterised ones with `> [1] EUR, 100`), javac's
  diagnostics with their source excerpt, kotlinc's `w:` / `e: file:///...:41:13 ...`, the
  failure report (`FAILURE: Build completed with 2 failures.`, `1: Task failed with an
  exception.` and its `* What went wrong:` / `* Try:` block), a Nexus 502 that leaves a
  classpath unresolved, `BUILD FAILED in 4m 26s`, `143 actionable tasks: ...`.
- Docker BuildKit's `--progress=plain` (`api-image.log`, `web-image.log`, `worker-image.log`,
  GitLab jobs with no runner stamps): vertices `#8 [build 2/7] RUN apk add ...`, their status
  lines (`#6 sha256:... 17.06MB / 34.11MB 3.9s`, `#8 DONE 1.9s`, `#10 CACHED`), the step's
  process output as `#11 12.345 go: downloading ...` (seconds since the step began), and the
  failure's tail (`------` / ` > [build 5/7] RUN go mod download:` box, `Dockerfile:6` with its
  excerpt, `ERROR: failed to solve: ...`): go mod download timing out on DNS, a `go build`
  error, npm's deprecation warnings and `tsc` errors, pip finding no numpy 2.3.0, a `COPY` of a
  file the context lacks.
- Bazel 7.1.2 on Buildkite (`build-4411.log` .. `build-4415.log`, `--show_timestamps`:
  `(06:05:12) INFO: ...`, the test summary unstamped): rc options, loading and analysis,
  progress lines `[1,204 / 3,420] Compiling src/net/tls.cc; 3s linux-sandbox ... (8 actions,
  8 running)`, the remote cache unreachable, a C++ and a Go (nogo) action failing with the
  tool's output under the `ERROR:` line, `INFO: From Compiling ...:` warnings, failing, flaky
  and timed-out tests with their output blocks, `//src/net:conn_test   NO STATUS`.
- Helm 3.15 and kubectl 1.30 in a GitLab deploy job (`deploy-staging.log`, `deploy-prod.log`,
  `deploy-prod-retry.log`): `helm upgrade --install --atomic --wait --debug`'s
  `ready.go:303: [debug] Deployment is not ready: shop-prod/api. 0 out of 4 expected pods are
  ready` every two seconds, client-go's klog lines (`I0604 07:10:05.123456   48213
  request.go:697] Waited for 1.19s due to client-side throttling, ...`,
  `E0604 ... memcache.go:265] couldn't get current server API group list: ...`), the
  release's status block, an atomic rollback with `helm.go:84: [debug]`'s error and stack,
  `kubectl rollout status` and `kubectl get pods`.

Label notes. The rules of rounds 51 to 59 hold; build output is labelled as a log is: a line
that a write of the program starts is an event, labelled with the format that wrote it; what a
program writes on every line of its output (a runner's stamp, BuildKit's `#N` and the step's
elapsed seconds, Bazel's `(hh:mm:ss) `, hclog's time, level and logger name, Go's
`file.go:123: [debug] ` log prefix, klog's header) is context. The lines one write puts out
belong to its event: a javac or gcc diagnostic's source excerpt and caret, a test failure's
exception lines, Gradle's failure report block, a Bazel action's tool output under its
`ERROR:` line and a test's output block, the Helm release status block, a Go error's `%+v`
stack, a Terraform diagnostic box (the event starts on `╷`, labelled by the diagnostic's
summary: `Error: Error acquiring the state lock`), the plan's resource block under its
`  # %s will be created` line; blank lines start nothing. hclog's `msg: k=v ...` is labelled by
its message, the keys attributes (as round 58's go-kit records): `HTTP Request Sent`,
`starting plugin`. A value made from a format of its own contributes it (Bazel's progress line
is `[%s / %s] ` before the action's progress message: `[%s / %s] Compiling %s; %s`, one label
per action kind, the strategy and counts a value; `ERROR: failed to solve: process %q did not
complete successfully: exit code: %d`). Values printed from a program's tables are values, as
round 56's: Gradle's task outcome (`> Task %s %s`; the header without an outcome, written by the
other branch, is `> Task %s`), a test's result (`%s > %s %s`), Bazel's test status (`%s %s in
%s`: PASSED, FAILED, TIMEOUT), Terraform's plan action (`%s: applying the planned %s change`).
Words a call site picks by branch are wording: `BUILD FAILED in %s` / `BUILD SUCCESSFUL in %s`,
`FAILURE: Build failed with an exception.` / `FAILURE: Build completed with %d failures.`,
Bazel's `Executed ...` sentences, BuildKit's vertex names by instruction (`[%s %d/%d] RUN %s`,
`... COPY %s`; the instruction's text a value). A BuildKit status line is labelled by its
status id (`transferring context: %s`, `sha256:%s`, `extracting sha256:%s`: progress, time and
`done` are its state); the process output under a step by that program's format (`go:
downloading %s %s`, `(%d/%d) Installing %s (%s)`, `npm warn deprecated %s: %s`,
`%s(%d,%d): error TS2322: Type '%s' is not assignable to type '%s'.`). The CI runner's echo of a
script line is `$ %s` (the command a value) and GitHub's `##[group]Run %s`. Least sure of:
the Terraform box label's start on `╷` rather than on `│ Error:`, the task outcome and the test
result taken for values, and the `$ %s` script echo as one label.

Sources. Checked against public copies (the `search` tool's issue threads): BuildKit's plain
output (`#N [internal] load build definition from Dockerfile`, `transferring dockerfile: ...
done`, `DONE 0.0s`, `#N sha256:... 0B / 50.40MB 0.1s`, `extracting sha256:... 13.0s done`,
the `------` / ` > [...]:` box, `Dockerfile:52` with `--------------------` and `>>>` lines,
`ERROR: failed to solve: process "..." did not complete successfully: exit code: 1`); Bazel's
`ERROR: %s:%d:%d: Executing genrule ... failed (Exit 1): bash failed: error executing command`,
`Use --sandbox_debug to see verbose messages from the sandbox`,
`Use --verbose_failures ...`, `INFO: Elapsed time: %.3fs, Critical Path: %.2fs`, `INFO: %d
processes: ...`, `FAILED: Build did NOT complete successfully`, `INFO: Analyzed %d targets (%d
packages loaded, %d targets configured).`, `INFO: Found %d targets...`, `(05:39:53) INFO:
Current date is ...` and the test summary's `PASSED in 0.1s` lines; Gradle's `FAILURE: Build
failed with an exception.`, `* What went wrong:`, `Execution failed for task '%s'.`, `>
Compilation failed; see the compiler error output for details.`, `* Try:`; Terraform 1.x's
hclog lines (`[INFO]  Terraform version: %s`, `[DEBUG] using %s %s`, `CLI args: %#v`,
`ignoring non-existing provider search directory %s`, `provider: configuring client automatic
mTLS`, `starting plugin: path=... args=[...]`, `plugin started`, `waiting for RPC address`,
`configuring server automatic mTLS: timestamp=...`, `plugin address: address=... network=unix`,
`using plugin: version=5`, `provider.stdio: received EOF, stopping recv loop: err=...`,
`ProviderTransformer: %q (%T) needs %s`); Helm's `ready.go:%d: [debug] Deployment is not
ready: %s/%s. %d out of %d expected pods are ready`, `StatefulSet is ready: ...`, `wait.go:48:
[debug] beginning wait for %d resources with timeout of %v`. The rest is from the helper's
knowledge, not checked (least sure: the AWS provider's `HTTP Request Sent` key set and
`Response contains error diagnostic`, `vertex %q error:`, `State storage %T declined to persist
a state snapshot`, the legacy-SDK warnings' layout, the lock-info box; Gradle 8.7's welcome text,
the test-count line, the `N: Task failed with an exception.` separators, kotlinc's exact
warning texts; BuildKit's `building with %q instance using %s driver`, the `resolve` line,
`exporting layers`, the checksum error's ref shape; Bazel 7's progress line layout and action
kind names, `WARNING: Remote Cache: ...`, `FAIL: %s (see %s)`, `TIMEOUT: %s (Summary)`, the
`Executed ...` sentences; Helm 3.15's source line numbers, `Patch %s %q in namespace %s`,
`Looks like there are no changes for %s %q`, the rollback lines, the status block's layout and
`partitioned roll out complete`). Run it only to change the data on purpose: `python
bench/heldout/generate_round62.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, fill, label, secs
from generate_round53 import Clock, ms3
from generate_round55 import at


def fv(fmt: str, *vals: object) -> str:
    """round 52's fill, with Go's `%#v` and `%T` taking the value's text as it is passed."""
    return fill(re.sub(r"%#v|%T", "%v", fmt), *vals)


def put(
    rec: Records,
    t: datetime,
    head: str,
    fmt: str,
    *vals: object,
    more: Sequence[str] = (),
    cont: str = "",
) -> datetime:
    """One event: `head` (the context the label leaves out) and `fmt` filled with `vals`,
    labelled with `fmt`; a format's later lines, with `cont` before each (the prefix a
    program writes on every line), and `more` continue it (no label)."""
    first, *rest = fv(fmt, *vals).removesuffix("\n").split("\n")
    rec.add(t, [head + first, *[cont + x for x in rest], *more], label(fmt))
    return t


def seq(r: random.Random, lo: float, hi: float):
    """A step function: each call moves `t` on by lo..hi seconds."""
    return lambda t: t + secs(r, lo, hi)


# --------------------------------------------------------------------------------- terraform

TF_VERSION = "1.8.5"
TF_AWS = "provider.terraform-provider-aws_v5.53.0_x5"
TF_AWS_PATH = ".terraform/providers/registry.terraform.io/hashicorp/aws/5.53.0/linux_amd64/terraform-provider-aws_v5.53.0_x5"
TF_ADDR = 'provider["registry.terraform.io/hashicorp/aws"]'
TF_DEPS = [
    ("github.com/hashicorp/go-tfe", "v1.51.0"),
    ("github.com/hashicorp/hcl/v2", "v2.20.1"),
    ("github.com/hashicorp/terraform-svchost", "v0.1.1"),
    ("github.com/zclconf/go-cty", "v1.14.4"),
]
TF_UA = '"APN/1.0 HashiCorp/1.0 Terraform/1.8.5 (+https://www.terraform.io) terraform-provider-aws/5.53.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.27.0 os/linux lang/go#1.22.3 md/GOOS#linux md/GOARCH#amd64"'
# (address, the id's shape, the service and the read operation, the file and line it is declared at)
TF_STATE = [
    ("aws_vpc.main", "vpc-{h17}", "EC2", "DescribeVpcs", "network.tf", 1),
    ("aws_internet_gateway.main", "igw-{h17}", "EC2", "DescribeInternetGateways", "network.tf", 12),
    ("aws_subnet.public[0]", "subnet-{h17}", "EC2", "DescribeSubnets", "network.tf", 20),
    ("aws_subnet.public[1]", "subnet-{h17}", "EC2", "DescribeSubnets", "network.tf", 20),
    ("aws_subnet.public[2]", "subnet-{h17}", "EC2", "DescribeSubnets", "network.tf", 20),
    ("aws_subnet.private[0]", "subnet-{h17}", "EC2", "DescribeSubnets", "network.tf", 33),
    ("aws_subnet.private[1]", "subnet-{h17}", "EC2", "DescribeSubnets", "network.tf", 33),
    ("aws_subnet.private[2]", "subnet-{h17}", "EC2", "DescribeSubnets", "network.tf", 33),
    ("aws_nat_gateway.main", "nat-{h17}", "EC2", "DescribeNatGateways", "network.tf", 45),
    ("aws_route_table.public", "rtb-{h17}", "EC2", "DescribeRouteTables", "network.tf", 54),
    ("aws_route_table.private", "rtb-{h17}", "EC2", "DescribeRouteTables", "network.tf", 66),
    (
        "aws_route_table_association.private[0]",
        "rtbassoc-{h17}",
        "EC2",
        "DescribeRouteTables",
        "network.tf",
        78,
    ),
    (
        "aws_route_table_association.private[1]",
        "rtbassoc-{h17}",
        "EC2",
        "DescribeRouteTables",
        "network.tf",
        78,
    ),
    (
        "aws_route_table_association.private[2]",
        "rtbassoc-{h17}",
        "EC2",
        "DescribeRouteTables",
        "network.tf",
        78,
    ),
    ("aws_security_group.web", "sg-{h17}", "EC2", "DescribeSecurityGroups", "security.tf", 1),
    ("aws_security_group.worker", "sg-{h17}", "EC2", "DescribeSecurityGroups", "security.tf", 24),
    ("aws_security_group.db", "sg-{h17}", "EC2", "DescribeSecurityGroups", "security.tf", 47),
    (
        "aws_security_group_rule.legacy_ssh",
        "sgrule-{d10}",
        "EC2",
        "DescribeSecurityGroupRules",
        "security.tf",
        70,
    ),
    (
        "aws_lb.web",
        "arn:aws:elasticloadbalancing:eu-central-1:431852770912:loadbalancer/app/shop-web/{h16}",
        "Elastic Load Balancing v2",
        "DescribeLoadBalancers",
        "lb.tf",
        1,
    ),
    (
        "aws_lb_target_group.workers",
        "arn:aws:elasticloadbalancing:eu-central-1:431852770912:targetgroup/shop-workers/{h16}",
        "Elastic Load Balancing v2",
        "DescribeTargetGroups",
        "lb.tf",
        19,
    ),
    (
        "aws_lb_listener.https",
        "arn:aws:elasticloadbalancing:eu-central-1:431852770912:listener/app/shop-web/{h16}/{h16}",
        "Elastic Load Balancing v2",
        "DescribeListeners",
        "lb.tf",
        38,
    ),
    (
        "aws_lb_target_group_attachment.worker[0]",
        "arn:aws:elasticloadbalancing:eu-central-1:431852770912:targetgroup/shop-workers/{h16}-{d19}",
        "Elastic Load Balancing v2",
        "DescribeTargetHealth",
        "lb.tf",
        52,
    ),
    (
        "aws_launch_template.worker",
        "lt-{h17}",
        "EC2",
        "DescribeLaunchTemplateVersions",
        "compute.tf",
        1,
    ),
    ("aws_instance.worker[0]", "i-{h17}", "EC2", "DescribeInstances", "compute.tf", 31),
    ("aws_iam_role.worker", "shop-worker", "IAM", "GetRole", "iam.tf", 1),
    ("aws_iam_instance_profile.worker", "shop-worker", "IAM", "GetInstanceProfile", "iam.tf", 15),
    (
        "aws_iam_role_policy_attachment.worker_ssm",
        "shop-worker-{d26}",
        "IAM",
        "ListAttachedRolePolicies",
        "iam.tf",
        20,
    ),
    ("aws_kms_key.db", "{uuid}", "KMS", "DescribeKey", "db.tf", 1),
    ("aws_db_subnet_group.main", "shop-db", "RDS", "DescribeDBSubnetGroups", "db.tf", 9),
    ("aws_db_instance.orders", "db-{H26}", "RDS", "DescribeDBInstances", "db.tf", 15),
    (
        "aws_elasticache_cluster.sessions",
        "shop-sessions",
        "ElastiCache",
        "DescribeCacheClusters",
        "db.tf",
        44,
    ),
    ("aws_s3_bucket.assets", "acme-shop-assets-prod", "S3", "HeadBucket", "s3.tf", 1),
    (
        "aws_s3_bucket_versioning.assets",
        "acme-shop-assets-prod",
        "S3",
        "GetBucketVersioning",
        "s3.tf",
        9,
    ),
    (
        "aws_cloudwatch_log_group.app",
        "/shop/prod/app",
        "CloudWatch Logs",
        "DescribeLogGroups",
        "logs.tf",
        1,
    ),
    (
        "aws_route53_record.api",
        "Z0482713KQ3CW9HUXV1Q_api.shop.acme.example_A",
        "Route 53",
        "ListResourceRecordSets",
        "dns.tf",
        1,
    ),
    *[
        (
            f'aws_route53_record.svc["{n}"]',
            f"Z0482713KQ3CW9HUXV1Q_{n}.shop.acme.example_CNAME",
            "Route 53",
            "ListResourceRecordSets",
            "dns.tf",
            14,
        )
        for n in ("admin", "static", "grafana", "status")
    ],
    *[
        (f'aws_ssm_parameter.app["{n}"]', f"/shop/prod/{n}", "SSM", "GetParameter", "ssm.tf", 8)
        for n in (
            "DB_HOST",
            "DB_NAME",
            "REDIS_URL",
            "S3_BUCKET",
            "SENTRY_DSN",
            "SMTP_HOST",
            "FEATURE_FLAGS",
            "LOG_LEVEL",
        )
    ],
    *[
        (
            f'aws_cloudwatch_metric_alarm.{k}["{n}"]',
            f"shop-prod-{n}-{k.replace('_', '-')}",
            "CloudWatch",
            "DescribeAlarms",
            "alarms.tf",
            ln,
        )
        for k, ln in (("cpu_high", 1), ("status_check", 22))
        for n in ("worker-0", "worker-1", "worker-2", "web")
    ],
    *[
        (f"aws_ecr_repository.{n}", f"shop-{n}", "ECR", "DescribeRepositories", "ecr.tf", 1)
        for n in ("api", "web", "worker")
    ],
]
TF_ENDPOINT = {
    "EC2": "ec2",
    "Elastic Load Balancing v2": "elasticloadbalancing",
    "IAM": "iam",
    "KMS": "kms",
    "RDS": "rds",
    "ElastiCache": "elasticache",
    "S3": "s3",
    "CloudWatch Logs": "logs",
    "Route 53": "route53",
    "SSM": "ssm",
    "CloudWatch": "monitoring",
    "ECR": "api.ecr",
}
TF_CAPACITY = "We currently do not have sufficient %s capacity in the Availability Zone you requested (%s). Our system will be working on provisioning additional capacity. You can currently get %s capacity by not specifying an Availability Zone in your request or choosing %s."
TF_LOCK_TEXT = [
    "│ Terraform acquires a state lock to protect the state from being written",
    "│ by multiple users at the same time. Please resolve the issue above and try",
    '│ again. For most commands, you can disable locking with the "-lock=false"',
    "│ flag, but this is not recommended.",
]


def tf_id(r: random.Random, shape: str) -> str:
    return (
        shape.replace("{h17}", hexid(r, 17))
        .replace("{h16}", hexid(r, 16))
        .replace("{d10}", str(r.randrange(10**9, 10**10)))
        .replace("{d19}", str(r.randrange(10**18, 10**19)))
        .replace("{d26}", str(r.randrange(10**25, 10**26)))
        .replace("{H26}", hexid(r, 26).upper())
        .replace("{uuid}", uuid4(r))
    )


def tf_elapsed(s: float) -> str:
    """Terraform's `%s elapsed` / `complete after %s`: a time.Duration truncated to seconds."""
    s = int(s)
    return f"{s // 60}m{s % 60}s" if s >= 60 else f"{s}s"


def terraform(r: random.Random) -> list[Log]:
    """Terraform 1.8.5 with the AWS provider 5.53.0 in a GitLab CI pipeline that plans and
    applies a shop's production stack, `TF_LOG=DEBUG`, stdout and stderr in one job log (the
    TF_LOG lines stamped, the UI's lines not): `plan.log` (init, the refresh of 35 resources,
    the legacy SDK's tolerated invalid plans, a deprecation warning, the plan), `apply.log`
    (06:09: a rule destroyed and one created, a launch template and a security group modified,
    the orders database resized over eleven minutes, two workers failing with
    `InsufficientInstanceCapacity`), `apply-retry.log` (06:41: the state lock held by another
    pipeline; the job's retry plans again, creates one worker and fails on the other)."""
    clock = Clock(1000)
    ids = {a: tf_id(r, shape) for a, shape, *_ in TF_STATE}
    where = {a: (f, n) for a, _, _, _, f, n in TF_STATE}
    where.update(
        {
            "aws_instance.worker[1]": where["aws_instance.worker[0]"],
            "aws_instance.worker[2]": where["aws_instance.worker[0]"],
        }
    )
    acts = {"create": "Create", "update": "Update", "delete": "Delete"}

    def run(
        rec: Records,
        t: datetime,
        args: list[str],
        mode: str,
        changes: dict[str, str],
        fails: set[str],
    ) -> datetime:
        state = {"t": t, "pid": 0}

        def stamp(x: datetime) -> str:
            return f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z"

        def L(
            level: str,
            logger: str,
            fmt: str,
            *vals: object,
            kv: str = "",
            more: Sequence[str] = (),
            dt=(0.0005, 0.004),
        ) -> None:
            x = clock.at("tf", state["t"] + secs(r, *dt))
            state["t"] = x
            head = f"{stamp(x)} " + f"[{level}]".ljust(7) + " " + (f"{logger}: " if logger else "")
            first, *rest = fv(fmt, *vals).split("\n")
            rec.add(x, [head + first + (f": {kv}" if kv else ""), *rest, *more], label(fmt))

        def U(fmt: str, *vals: object, more: Sequence[str] = (), dt=(0.001, 0.01)) -> None:
            state["t"] += secs(r, *dt)
            put(rec, state["t"], "", fmt, *vals, more=more)

        def block(fmt: str, lines: list[str], dt=(0.001, 0.01)) -> None:
            """A message of several lines (its format's newlines written `\\n`), or a
            diagnostic's box (`╷`, `│ ` before each line, `╵`): one event."""
            state["t"] += secs(r, *dt)
            rec.add(state["t"], lines, label(fmt))

        def diag(fmt: str, *vals: object, body: Sequence[str] = (), dt=(0.001, 0.01)) -> None:
            block(
                fmt, ["╷", "│ " + fv(fmt, *vals), *["│ " + x if x else "│ " for x in body], "╵"], dt
            )

        def provider_start() -> None:
            state["pid"] = r.randrange(2000, 9000)
            L("DEBUG", "", "created provider logger", kv="level=debug")
            L("INFO", "provider", "configuring client automatic mTLS")
            L(
                "DEBUG",
                "provider",
                "starting plugin",
                kv=f"path={TF_AWS_PATH} args=[{TF_AWS_PATH}]",
                dt=(0.005, 0.02),
            )
            L("DEBUG", "provider", "plugin started", kv=f"path={TF_AWS_PATH} pid={state['pid']}")
            L("DEBUG", "provider", "waiting for RPC address", kv=f"path={TF_AWS_PATH}")
            L(
                "INFO",
                TF_AWS,
                "configuring server automatic mTLS",
                kv=f"timestamp={stamp(state['t'] + secs(r, 0.01, 0.02))}",
                dt=(0.02, 0.06),
            )
            L("DEBUG", "provider", "using plugin", kv="version=5")
            L(
                "DEBUG",
                TF_AWS,
                "plugin address",
                kv=f"address=/tmp/plugin{r.randrange(10**8, 10**9)} network=unix timestamp={stamp(state['t'])}",
            )

        def provider_stop() -> None:
            L(
                "DEBUG",
                "provider.stdio",
                "received EOF, stopping recv loop",
                kv='err="rpc error: code = Unavailable desc = error reading from server: EOF"',
            )
            L(
                "DEBUG",
                "provider",
                "plugin process exited",
                kv=f"path={TF_AWS_PATH} pid={state['pid']}",
            )
            L("DEBUG", "provider", "plugin exited")

        def configure() -> None:
            rid = uuid4(r)
            ctx = f'tf_mux_provider="*schema.GRPCProviderServer" tf_provider_addr=registry.terraform.io/hashicorp/aws tf_req_id={rid} tf_rpc=ConfigureProvider'
            L(
                "INFO",
                TF_AWS,
                "Configuring Terraform AWS Provider",
                kv=f"@caller=github.com/hashicorp/terraform-provider-aws/internal/provider/provider.go:799 @module=aws {ctx} timestamp={stamp(state['t'])}",
            )
            L(
                "INFO",
                TF_AWS,
                "Retrieved credentials",
                kv=f"@caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.54/credentials.go:55 @module=aws tf_aws.credentials_source=EnvConfigCredentials {ctx} timestamp={stamp(state['t'])}",
                dt=(0.1, 0.4),
            )

        def http(addr: str, service: str, op: str, rpc: str, status: int = 200) -> None:
            rid = uuid4(r)
            ep = TF_ENDPOINT[service]
            host = (
                f"{ep}.amazonaws.com"
                if ep in ("iam", "route53")
                else f"{ep}.eu-central-1.amazonaws.com"
            )
            common = f'aws.operation={op} aws.region=eu-central-1 aws.sdk=aws-sdk-go-v2 aws.service="{service}"'
            tail = f"tf_provider_addr=registry.terraform.io/hashicorp/aws tf_req_id={rid} tf_resource_type={addr.split('.')[0]} tf_rpc={rpc}"
            caller = "@caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.54/logging/tf_logger.go:45 @module=aws.aws-base"
            L(
                "DEBUG",
                TF_AWS,
                "HTTP Request Sent",
                kv=f"{caller} {common} http.method=POST http.url=https://{host}/ http.user_agent={TF_UA} net.peer.name={host} {tail} timestamp={stamp(state['t'])}",
                dt=(0.002, 0.02),
            )
            dur = r.randrange(40, 900) if status == 200 else r.randrange(900, 2400)
            L(
                "DEBUG",
                TF_AWS,
                "HTTP Response Received",
                kv=f"{caller} {common} http.duration={dur} http.response.header.x_amzn_requestid={uuid4(r)} http.status_code={status} {tail} timestamp={stamp(state['t'])}",
                dt=(dur / 1000, dur / 1000 + 0.01),
            )

        def graph(walk: str, addrs: list[str]) -> None:
            kind = (
                "nodeExpandPlannableResource"
                if walk == "walkPlan"
                else "nodeExpandApplyableResource"
            )
            bases = sorted({a.split("[")[0] for a in addrs})
            for a in bases:
                L(
                    "DEBUG",
                    "",
                    "ProviderTransformer: %q (%T) needs %s",
                    f"{a} (expand)",
                    f"*terraform.{kind}",
                    TF_ADDR,
                    dt=(0.0001, 0.0008),
                )
            for a in bases:
                if r.random() < 0.6:
                    refs = [b for b in r.sample(bases, r.randrange(1, 4)) if b != a]
                    L(
                        "DEBUG",
                        "",
                        "ReferenceTransformer: %q references: %v",
                        f"{a} (expand)",
                        "[" + " ".join(refs) + "]",
                        dt=(0.0001, 0.0008),
                    )
            L("DEBUG", "", "Starting graph walk: %s", walk)

        def wait_loop(
            a: str, t0: datetime, dur: float, fmt: str, poll: tuple[str, str], every: int
        ) -> None:
            k = 1
            while k * 10 < dur:
                state["t"] = t0 + timedelta(seconds=10 * k + r.uniform(0, 0.05))
                if "id=" in fmt:
                    U(fmt, a, ids[a], tf_elapsed(10 * k), dt=(0, 0.001))
                else:
                    U(fmt, a, tf_elapsed(10 * k), dt=(0, 0.001))
                if k % every == 0:
                    http(a, *poll, "ApplyResourceChange")
                k += 1
            state["t"] = t0 + timedelta(seconds=dur)

        def refresh_and_plan() -> None:
            graph("walkPlan", [a for a, *_ in TF_STATE])
            for a, _, service, op, _, _ in r.sample(TF_STATE, len(TF_STATE)):
                state["t"] += secs(r, 0.05, 0.6)
                U("%s: Refreshing state... [id=%s]", a, ids[a], dt=(0.0, 0.01))
                http(a, service, op, "ReadResource")
                if op == "DescribeInstances":
                    http(a, service, "DescribeInstanceAttribute", "ReadResource")
                    http(a, service, "DescribeInstanceCreditSpecifications", "ReadResource")
            for a in [
                x
                for x in ("aws_security_group.worker", "aws_launch_template.worker")
                if x in changes
            ]:
                L(
                    "WARN",
                    "",
                    "Provider %q produced an invalid plan for %s, but we are tolerating it because it is using the legacy plugin SDK.\n    The following problems may be the cause of any confusing errors from downstream operations:",
                    "registry.terraform.io/hashicorp/aws",
                    a,
                    more=[
                        '      - .tags_all: planned value cty.MapVal(map[string]cty.Value{"Environment":cty.StringVal("prod"), "Owner":cty.StringVal("platform")}) for a non-computed attribute',
                    ],
                )
            block(
                "Terraform used the selected providers to generate the following execution\nplan. Resource actions are indicated with the following symbols:",
                [
                    "",
                    "Terraform used the selected providers to generate the following execution",
                    "plan. Resource actions are indicated with the following symbols:",
                    *[
                        f"  {s} {w}"
                        for s, w in (("+", "create"), ("~", "update in-place"), ("-", "destroy"))
                        if w.split()[0] in changes.values()
                        or (w == "destroy" and "delete" in changes.values())
                    ],
                    "",
                    "Terraform will perform the following actions:",
                    "",
                ][1:],
            )
            verbs = {
                "create": "will be created",
                "update": "will be updated in-place",
                "delete": "will be destroyed",
            }
            for a, act in changes.items():
                rtype, name = a.split("[")[0].split(".")
                sign = {"create": "+", "update": "~", "delete": "-"}[act]
                if act == "create":
                    body = [
                        "      + arn        = (known after apply)",
                        "      + id         = (known after apply)",
                    ]
                    if rtype == "aws_instance":
                        body += [
                            '      + ami           = "ami-0c1f2d5e8a9b3c4d7"',
                            '      + instance_type = "t3.xlarge"',
                            f'      + subnet_id     = "{ids["aws_subnet.private[" + a[-2] + "]"]}"',
                            "      + tags          = {",
                            f'          + "Name" = "shop-worker-{a[-2]}"',
                            "        }",
                        ]
                elif act == "update":
                    body = [
                        f'        id         = "{ids[a]}"',
                        "      ~ tags       = {",
                        '          + "Owner" = "platform"',
                        "        }",
                        "        # (14 unchanged attributes hidden)",
                    ]
                else:
                    body = [
                        f'      - id         = "{ids[a]}" -> null',
                        "      - cidr_blocks = [",
                        '          - "0.0.0.0/0",',
                        "        ] -> null",
                        "      - from_port  = 22 -> null",
                    ]
                U(
                    "  # %s " + verbs[act],
                    a,
                    more=[f'  {sign} resource "{rtype}" "{name}" {{', *body, "    }", ""],
                )
            n = {k: sum(1 for v in changes.values() if v == k) for k in acts}
            U(
                "Plan: %d to add, %d to change, %d to destroy.",
                n["create"],
                n["update"],
                n["delete"],
                more=[""],
            )

        # start-up
        L("INFO", "", "Terraform version: %s", TF_VERSION)
        for dep, ver in TF_DEPS:
            L("DEBUG", "", "using %s %s", dep, ver, dt=(0, 0.0004))
        L(
            "INFO",
            "",
            "CLI args: %#v",
            "[]string{" + ", ".join(f'"{a}"' for a in ["terraform", *args]) + "}",
        )
        for d in [
            "terraform.d/plugins",
            "/root/.terraform.d/plugins",
            "/root/.local/share/terraform/plugins",
            "/usr/local/share/terraform/plugins",
        ]:
            L("DEBUG", "", "ignoring non-existing provider search directory %s", d, dt=(0, 0.0004))
        L(
            "INFO",
            "",
            "CLI command args: %#v",
            "[]string{" + ", ".join(f'"{a}"' for a in args) + "}",
        )
        if mode == "plan":
            U("Initializing the backend...", more=[""], dt=(0.2, 0.5))
            block(
                "Successfully configured the backend %q! Terraform will automatically\nuse this backend unless the backend configuration changes.",
                [
                    'Successfully configured the backend "s3"! Terraform will automatically',
                    "use this backend unless the backend configuration changes.",
                    "",
                ],
                dt=(0.5, 1.5),
            )
            block(
                "Initializing provider plugins...\n- Reusing previous version of %s from the dependency lock file",
                [
                    "Initializing provider plugins...",
                    "- Reusing previous version of hashicorp/aws from the dependency lock file",
                    "- Using previously-installed hashicorp/aws v5.53.0",
                    "",
                ],
                dt=(0.2, 0.6),
            )
            U("Terraform has been successfully initialized!", more=[""])
        provider_start()
        provider_stop()
        L("INFO", "", "backend/local: starting %s operation", "Plan" if mode == "plan" else "Apply")
        U("Acquiring state lock. This may take a few moments...", dt=(0.3, 0.9))
        if mode == "lock":
            created = state["t"] - secs(r, 60, 200)
            diag(
                "Error: Error acquiring the state lock",
                body=[
                    "",
                    "Error message: ConditionalCheckFailedException: The conditional request",
                    "failed",
                    "Lock Info:",
                    f"  ID:        {uuid4(r)}",
                    "  Path:      acme-tfstate/shop/prod.tfstate",
                    "  Operation: OperationTypeApply",
                    f"  Who:       runner@runner-{hexid(r, 8)}-project-1187-concurrent-{r.randrange(0, 4)}",
                    f"  Version:   {TF_VERSION}",
                    f"  Created:   {created:%Y-%m-%d %H:%M:%S}.{created.microsecond:06d}{r.randrange(100, 999)} +0000 UTC",
                    "  Info:      ",
                    "",
                    "",
                    *[x[2:] for x in TF_LOCK_TEXT],
                ],
                dt=(0.4, 1.2),
            )
            return state["t"]
        provider_start()
        graph("walkValidate", [a for a, *_ in TF_STATE])
        provider_stop()
        provider_start()
        configure()
        if mode != "apply":
            refresh_and_plan()
        if mode == "plan":
            diag(
                "Warning: Argument is deprecated",
                body=[
                    "",
                    "  with aws_s3_bucket.assets,",
                    '  on s3.tf line 4, in resource "aws_s3_bucket" "assets":',
                    '   4:   acl    = "private"',
                    "",
                    "Use the aws_s3_bucket_acl resource instead",
                    "",
                    "(and one more similar warning elsewhere)",
                ],
            )
            U("Releasing state lock. This may take a few moments...")
            provider_stop()
            return state["t"]
        graph("walkApply", list(changes))
        failed = []
        for a, act in changes.items():
            if a.startswith("aws_lb_target_group_attachment"):
                continue
            state["t"] += secs(r, 0.05, 0.4)
            L("INFO", "", "Starting apply for %s", a)
            L("DEBUG", "", "%s: applying the planned %s change", a, acts[act])
            t0 = state["t"]
            if act == "delete":
                U("%s: Destroying... [id=%s]", a, ids[a])
                http(a, "EC2", "RevokeSecurityGroupIngress", "ApplyResourceChange")
                U("%s: Destruction complete after %s", a, tf_elapsed(r.uniform(0, 2)))
            elif act == "update":
                U("%s: Modifying... [id=%s]", a, ids[a])
                if a == "aws_db_instance.orders":
                    http(a, "RDS", "ModifyDBInstance", "ApplyResourceChange")
                    wait_loop(
                        a,
                        t0,
                        r.uniform(900, 980),
                        "%s: Still modifying... [id=%s, %s elapsed]",
                        ("RDS", "DescribeDBInstances"),
                        3,
                    )
                else:
                    http(
                        a,
                        "EC2",
                        "CreateLaunchTemplateVersion" if "launch" in a else "CreateTags",
                        "ApplyResourceChange",
                    )
                    http(
                        a,
                        "EC2",
                        "DescribeLaunchTemplateVersions"
                        if "launch" in a
                        else "DescribeSecurityGroups",
                        "ApplyResourceChange",
                    )
                if a != "aws_security_group.worker":
                    L(
                        "WARN",
                        "",
                        "Provider %q produced an unexpected new value for %s, but we are tolerating it because it is using the legacy plugin SDK.\n    The following problems may be the cause of any confusing errors from downstream operations:",
                        "registry.terraform.io/hashicorp/aws",
                        a,
                        more=[
                            "      - .latest_version: was cty.NumberIntVal(14), but now cty.NumberIntVal(15)"
                            if "launch" in a
                            else "      - .apply_immediately: was cty.True, but now null",
                        ],
                    )
                U(
                    "%s: Modifications complete after %s [id=%s]",
                    a,
                    tf_elapsed((state["t"] - t0).total_seconds()),
                    ids[a],
                )
            elif a in fails:
                U("%s: Creating...", a)
                http(a, "EC2", "RunInstances", "ApplyResourceChange", status=500)
                rid, az = uuid4(r), "eu-central-1" + r.choice("ab")
                other = (
                    "eu-central-1a, eu-central-1c"
                    if az.endswith("b")
                    else "eu-central-1b, eu-central-1c"
                )
                capacity = TF_CAPACITY % ("t3.xlarge", az, "t3.xlarge", other)
                summary = f"creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: 500, RequestID: {rid}, api error InsufficientInstanceCapacity: {capacity}"
                L(
                    "ERROR",
                    TF_AWS,
                    "Response contains error diagnostic",
                    kv=f'@caller=github.com/hashicorp/terraform-plugin-go@v0.23.0/tfprotov5/internal/diag/diagnostics.go:58 @module=sdk.proto diagnostic_detail="" diagnostic_severity=ERROR diagnostic_summary="{summary}" tf_proto_version=5.6 tf_provider_addr=registry.terraform.io/hashicorp/aws tf_req_id={uuid4(r)} tf_resource_type=aws_instance tf_rpc=ApplyResourceChange timestamp={stamp(state["t"])}',
                )
                L(
                    "ERROR",
                    "",
                    "vertex %q error: creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: %d, RequestID: %s, api error InsufficientInstanceCapacity: %s",
                    a,
                    500,
                    rid,
                    capacity,
                )
                failed.append((a, rid, capacity))
            else:
                U("%s: Creating...", a)
                if a.startswith("aws_instance"):
                    http(a, "EC2", "RunInstances", "ApplyResourceChange")
                    wait_loop(
                        a,
                        t0,
                        r.uniform(32, 58),
                        "%s: Still creating... [%s elapsed]",
                        ("EC2", "DescribeInstances"),
                        1,
                    )
                    ids[a] = tf_id(r, "i-{h17}")
                else:
                    http(a, "EC2", "AuthorizeSecurityGroupIngress", "ApplyResourceChange")
                    ids[a] = tf_id(r, "sgrule-{d10}")
                U(
                    "%s: Creation complete after %s [id=%s]",
                    a,
                    tf_elapsed((state["t"] - t0).total_seconds()),
                    ids[a],
                )
                if a.startswith("aws_instance"):
                    att = a.replace("aws_instance", "aws_lb_target_group_attachment")
                    L("INFO", "", "Starting apply for %s", att)
                    L("DEBUG", "", "%s: applying the planned %s change", att, "Create")
                    U("%s: Creating...", att)
                    http(att, "Elastic Load Balancing v2", "RegisterTargets", "ApplyResourceChange")
                    ids[att] = tf_id(r, TF_STATE[21][1])
                    U(
                        "%s: Creation complete after %s [id=%s]",
                        att,
                        tf_elapsed(r.uniform(0, 2)),
                        ids[att],
                    )
            if r.random() < 0.6:
                L(
                    "DEBUG",
                    "",
                    "State storage %T declined to persist a state snapshot",
                    "*remote.State",
                )
        for a, rid, capacity in failed:
            f, n = where[a]
            diag(
                "Error: creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: %d, RequestID: %s, api error InsufficientInstanceCapacity: %s",
                500,
                rid,
                capacity,
                body=[
                    "",
                    f"  with {a},",
                    f'  on {f} line {n}, in resource "aws_instance" "worker":',
                    f'  {n}: resource "aws_instance" "worker" {{',
                    "",
                ],
            )
        U("Releasing state lock. This may take a few moments...")
        provider_stop()
        return state["t"]

    changes = {
        "aws_security_group_rule.legacy_ssh": "delete",
        "aws_security_group_rule.worker_metrics": "create",
        "aws_launch_template.worker": "update",
        "aws_security_group.worker": "update",
        "aws_db_instance.orders": "update",
        "aws_instance.worker[1]": "create",
        "aws_instance.worker[2]": "create",
        "aws_lb_target_group_attachment.worker[1]": "create",
        "aws_lb_target_group_attachment.worker[2]": "create",
    }
    plan, apply1, apply2 = Records(), Records(), Records()
    both = {"aws_instance.worker[1]", "aws_instance.worker[2]"}
    run(plan, at(6, 2, 11), ["plan", "-input=false", "-out=tfplan"], "plan", changes, set())
    run(apply1, at(6, 9, 40), ["apply", "-input=false", "tfplan"], "apply", changes, both)
    drift = Records()
    args = ["apply", "-input=false", "-auto-approve", "-lock-timeout=0s"]
    t = run(apply2, at(6, 41, 3), args, "lock", {}, set())
    rest = {a: v for a, v in changes.items() if a.startswith(("aws_instance", "aws_lb_target"))}
    run(apply2, t + secs(r, 95, 130), args, "refresh", rest, {"aws_instance.worker[2]"})
    # the scheduled drift check an hour later: the worker the capacity error left out
    left = {a: v for a, v in rest.items() if a.endswith("[2]")}
    run(
        drift,
        at(7, 45, 2),
        ["plan", "-input=false", "-detailed-exitcode", "-lock=false"],
        "plan",
        left,
        set(),
    )
    return [
        x.into(Log(n, at(6, 0)))
        for x, n in (
            (plan, "plan.log"),
            (apply1, "apply.log"),
            (apply2, "apply-retry.log"),
            (drift, "drift-plan.log"),
        )
    ]


# --------------------------------------------------------------------------------- gradle

GR_ROOT = "/home/runner/work/shop/shop"
# module: (language, package, test classes with their methods)
GR_MODULES = {
    "common": (
        "java",
        "common",
        {
            "MoneyTest": [
                "addsSameCurrency()",
                "rejectsMixedCurrencies()",
                "roundsHalfEven()",
                "formatsForLocale()",
            ],
            "SlugsTest": [
                "lowercases()",
                "stripsAccents()",
                "collapsesDashes()",
                *[
                    f"slugifies(String, String) > [{i}] {a}"
                    for i, a in enumerate(
                        [
                            "Hello World, hello-world",
                            "Crème Brûlée, creme-brulee",
                            "  trim me  , trim-me",
                            "a--b, a-b",
                            "Ünïcödé, unicode",
                            "100% Cotton, 100-cotton",
                        ],
                        1,
                    )
                ],
            ],
            "ClockProviderTest": ["usesUtc()", "freezesInTests()"],
        },
    ),
    "domain": (
        "java",
        "domain",
        {
            "OrderTest": [
                "totalsLines()",
                "appliesDiscount()",
                "rejectsEmptyOrder()",
                "cancelsOnlyPending()",
                "tracksStatusHistory()",
            ],
            "CustomerTest": ["validatesEmail()", "mergesAddresses()"],
            "ProductTest": [
                "pricesInCents()",
                "archivesVariants()",
                "keepsSkuUnique()",
                *[
                    f"rejectsInvalidSku(String) > [{i}] {k}"
                    for i, k in enumerate(
                        ["ab-12", "AB_12", "AB-", "-12", "AB-12-", "A B-12", "ÄB-12"], 1
                    )
                ],
            ],
        },
    ),
    "persistence": (
        "java",
        "persistence",
        {
            "OrderRepositoryIT": ["savesAndLoads()", "findsByCustomer()", "paginatesByCreatedAt()"],
            "FlywayMigrationsIT": ["appliesAllMigrations()", "isRepeatable()"],
            "ProductRepositoryIT": ["searchesByName()", "locksForUpdate()"],
        },
    ),
    "payments": (
        "java",
        "payments",
        {
            "StripeGatewayTest": [
                "createsPaymentIntent()",
                "capturesAuthorizedAmount()",
                "mapsCardDeclined()",
                "retriesIdempotently()",
            ],
            "RefundServiceTest": ["refundsPartially()", "refusesOverRefund()"],
            "CurrencyConverterTest": [
                "convertsAmount(String, long) > [1] EUR, 100",
                "convertsAmount(String, long) > [2] USD, 2599",
                "convertsAmount(String, long) > [3] JPY, 500",
            ],
            "WebhookVerifierTest": [
                "acceptsValidSignature()",
                "rejectsReplayedEvent()",
                "rejectsStaleTimestamp()",
            ],
        },
    ),
    "orders": (
        "kotlin",
        "orders",
        {
            "OrderServiceTest": [
                "createsOrder()",
                "createsOrderWithDiscount()",
                "reservesStockConcurrently()",
                "cancelsAndReleasesStock()",
                "emitsOrderPlacedEvent()",
            ],
            "OrderControllerIT": [
                "returns201OnCreate()",
                "returns409OnDuplicate()",
                "returns404ForUnknownOrder()",
                "validatesPayload()",
            ],
            "ShippingQuoteTest": [
                "quotesByWeight()",
                "freeAboveThreshold()",
                *[
                    f"quotesByZone(Zone, int) > [{i}] {z}"
                    for i, z in enumerate(
                        ["EU, 499", "UK, 899", "US, 1499", "CH, 999", "NO, 999"], 1
                    )
                ],
            ],
        },
    ),
    "inventory": (
        "java",
        "inventory",
        {
            "StockLedgerTest": [
                "reservesAvailable()",
                "rejectsNegativeStock()",
                "releasesExpiredReservations()",
            ],
            "WarehouseSyncTest": ["importsCsv()", "skipsUnknownSku()", "reportsDrift()"],
        },
    ),
    "notifications": (
        "kotlin",
        "notifications",
        {
            "EmailRendererTest": [
                "rendersOrderConfirmation()",
                "escapesHtml()",
                "fallsBackToEnglish()",
            ],
            "SmsSenderTest": ["truncatesLongMessages()", "retriesOn429()"],
            "TemplateLoaderTest": ["cachesTemplates()"],
        },
    ),
    "api": (
        "java",
        "api",
        {
            "OrderApiTest": [
                "listsOrders()",
                "createsOrder()",
                "rejectsUnauthenticated()",
                "paginates()",
                *[
                    f"rejectsInvalidPayload(String) > [{i}] {k}"
                    for i, k in enumerate(
                        [
                            "missing-lines.json",
                            "negative-quantity.json",
                            "unknown-sku.json",
                            "empty-address.json",
                            "bad-currency.json",
                        ],
                        1,
                    )
                ],
            ],
            "HealthEndpointTest": ["reportsUp()", "reportsDbDown()"],
            "OpenApiContractTest": ["matchesSpec()"],
        },
    ),
    "search": (
        "java",
        "search",
        {
            "QueryParserTest": [
                f"parses(String, String) > [{i}] {q}"
                for i, q in enumerate(
                    [
                        "shoes, name:shoes",
                        "red shoes, name:red AND name:shoes",
                        "sku:AB-12, sku:AB-12",
                        "price<50, price:[* TO 50}",
                        '"wool socks", name:"wool socks"',
                        "brand:acme -red, brand:acme AND NOT name:red",
                    ],
                    1,
                )
            ]
            + ["rejectsUnbalancedQuotes()"],
            "IndexerTest": ["indexesNewProduct()", "removesArchived()", "reindexesInBatches()"],
        },
    ),
    "reporting": (
        "kotlin",
        "reporting",
        {
            "DailySalesReportTest": ["sumsByDay()", "handlesDstShift()", "exportsCsv()"],
            "TaxReportTest": [
                f"appliesRate(String, int) > [{i}] {c}"
                for i, c in enumerate(
                    ["DE, 19", "FR, 20", "IT, 22", "NL, 21", "AT, 20", "CH, 8"], 1
                )
            ],
        },
    ),
    "admin": (
        "java",
        "admin",
        {
            "AdminUserServiceTest": ["invitesUser()", "revokesSessions()", "requiresTwoFactor()"],
            "AuditLogTest": ["recordsChange()", "redactsSecrets()"],
        },
    ),
    "gateway": (
        "java",
        "gateway",
        {
            "RateLimiterTest": ["allowsBurst()", "throttlesAfterLimit()", "refillsOverTime()"],
            "RoutingTest": [
                f"routes(String, String) > [{i}] {p}"
                for i, p in enumerate(
                    [
                        "/api/orders, orders",
                        "/api/products, api",
                        "/admin/users, admin",
                        "/search, search",
                        "/healthz, gateway",
                    ],
                    1,
                )
            ],
        },
    ),
    "app": (
        "java",
        "app",
        {
            "ApplicationContextTest": ["contextLoads()"],
            "SecurityConfigTest": ["permitsHealth()", "requiresTokenForApi()"],
        },
    ),
}
GR_WELCOME = [
    "Welcome to Gradle 8.7!",
    "",
    "Here are the highlights of this release:",
    " - Compiling and testing with Java 22",
    " - Cacheable Groovy script compilation",
    " - New methods in lazy collection properties",
    "",
    "For more details see https://docs.gradle.org/8.7/release-notes.html",
    "",
]
GR_TRY = [
    "",
    "* Try:",
    "> Run with --stacktrace option to get the stack trace.",
    "> Run with --info or --debug option to get more log output.",
    "> Run with --scan to get full insights.",
    "> Get more help at https://help.gradle.org.",
]


def gradle(r: random.Random) -> list[Log]:
    """Gradle 8.7 building a nine-module shop (Java and Kotlin) on GitHub Actions, `./gradlew
    build --continue --console=plain` with test logging of passed, skipped and failed tests, as
    the runner's raw log holds it (`2024-06-04T06:12:01.1234567Z ` before every line): five
    workflow runs of one pull request. `run-1.log`: the payments module's javac errors after a
    Stripe SDK bump (`cannot find symbol` twice, `incompatible types`), a concurrency test in
    orders failing, the two-failure report. `run-2.log`: the company's Nexus answering 502, so
    the payments classpath cannot be resolved (the one-failure report). `run-3.log`: a Kotlin
    `Unresolved reference` in notifications and the orders test failing again. `run-4.log`:
    the build green, with the deprecation notice."""
    clock = Clock(1)

    def run(t: datetime, n: int, story: dict) -> Log:
        rec = Records()
        state = {"t": t}

        def stamp(x: datetime, k: int = 0) -> str:
            # the runner stamps in 100 ns; the lines of one write a few ticks apart
            return f"{x:%Y-%m-%dT%H:%M:%S}.{min(x.microsecond * 10 + 3 * k, 9_999_999):07d}Z "

        def G(fmt: str, *vals: object, more: Sequence[str] = (), dt=(0.001, 0.05)) -> None:
            x = clock.at(n, state["t"] + secs(r, *dt))
            state["t"] = x
            line = fv(fmt, *vals)
            assert "\n" not in line, fmt
            rec.add(
                x, [stamp(x) + line, *[stamp(x, k + 1) + m for k, m in enumerate(more)]], label(fmt)
            )

        def raw(fmt: str, lines: list[str], dt=(0.001, 0.05)) -> None:
            x = clock.at(n, state["t"] + secs(r, *dt))
            state["t"] = x
            rec.add(x, [stamp(x, k) + m for k, m in enumerate(lines)], label(fmt))

        def src(m: str, cls: str, ext: str) -> str:
            lang = GR_MODULES[m][0]
            return f"{GR_ROOT}/{m}/src/main/{lang}/com/acme/shop/{GR_MODULES[m][1]}/{cls}.{ext}"

        raw(
            "##[group]Run %s",
            [
                "##[group]Run ./gradlew build --continue --console=plain",
                "\x1b[36;1m./gradlew build --continue --console=plain\x1b[0m",
                "shell: /usr/bin/bash -e {0}",
                "env:",
                "  JAVA_HOME: /opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/21.0.3-9/x64",
                "  GRADLE_OPTS: -Dorg.gradle.daemon=false",
            ],
        )
        G("##[endgroup]")
        if story.get("download"):
            G(
                "Downloading %s",
                "https://services.gradle.org/distributions/gradle-8.7-bin.zip",
                more=[
                    "............10%.............20%............30%.............40%.............50%............60%.............70%.............80%............90%.............100%"
                ],
                dt=(0.2, 0.5),
            )
            raw("Welcome to Gradle %s!", GR_WELCOME, dt=(3, 6))
        G("Starting a Gradle Daemon (subsequent builds will be faster)", dt=(0.5, 1.5))
        state["t"] += secs(r, 6, 14)
        if "kotlin_warn" in story:
            G("> Configure project %s", ":app")
            G("w: %s", "⚠️ Kotlin DSL: 'buildDir' is deprecated. Use layout.buildDirectory instead.")
        failures: list[tuple[str, list[str]]] = []
        executed = cached = uptodate = 0
        for m, (lang, _pkg, tests) in GR_MODULES.items():
            comp = "compileKotlin" if lang == "kotlin" else "compileJava"
            cache = story.get("cache", set())

            def task(name: str, status: str | None = None, m: str = m) -> None:
                nonlocal executed, cached, uptodate
                path = f":{m}:{name}"
                if status:
                    G("> Task %s %s", path, status, dt=(0.01, 0.3))
                else:
                    G("> Task %s", path, dt=(0.05, 1.5))
                if status == "FROM-CACHE":
                    cached += 1
                elif status == "UP-TO-DATE":
                    uptodate += 1
                elif status != "NO-SOURCE":
                    executed += 1

            if lang == "kotlin":
                task("checkKotlinGradlePluginConfigurationErrors")
            if m in story.get("resolve_fail", ()):
                task(comp, "FAILED")
                failures.append(
                    (
                        f":{m}:{comp}",
                        [
                            "Could not resolve all files for configuration ':payments:compileClasspath'.",
                            "> Could not resolve com.stripe:stripe-java:25.3.0.",
                            "  Required by:",
                            "      project :payments",
                            "   > Could not resolve com.stripe:stripe-java:25.3.0.",
                            "      > Could not get resource 'https://nexus.acme.internal/repository/maven-public/com/stripe/stripe-java/25.3.0/stripe-java-25.3.0.pom'.",
                            "         > Could not GET 'https://nexus.acme.internal/repository/maven-public/com/stripe/stripe-java/25.3.0/stripe-java-25.3.0.pom'. Received status code 502 from server: Bad Gateway",
                        ],
                    )
                )
                continue
            if m in cache:
                task(comp, "FROM-CACHE")
            else:
                task(comp)
                if lang == "kotlin" and "kotlin_warn" in story:
                    for cls, line, col, what in [
                        ("OrderService", 41, 13, "legacy"),
                        ("OrderService", 118, 9, "attempt"),
                        ("ShippingQuotes", 27, 21, "zone"),
                    ]:
                        if GR_MODULES[m][1] == "orders":
                            G(
                                "w: file://%s:%d:%d Variable '%s' is never used",
                                src(m, cls, "kt"),
                                line,
                                col,
                                what,
                            )
                    for cls, line, col, what in [
                        ("EmailRenderer", 64, 32, "locale"),
                        ("SmsSender", 19, 25, "retryAfter"),
                    ]:
                        if GR_MODULES[m][1] == "notifications":
                            G(
                                "w: file://%s:%d:%d Parameter '%s' is never used",
                                src(m, cls, "kt"),
                                line,
                                col,
                                what,
                            )
                    if m == "notifications":
                        G(
                            "w: file://%s:%d:%d '%s' is deprecated. %s",
                            src(m, "SmsSender", "kt"),
                            52,
                            17,
                            "constructor OkHttpClient(): OkHttpClient",
                            "Use OkHttpClient.Builder",
                        )
                if m == "notifications" and story.get("kotlin_error"):
                    for cls, line, col, what in [
                        ("SmsSender", 71, 24, "sendAsync"),
                        ("SmsSender", 88, 24, "sendAsync"),
                        ("EmailSender", 33, 14, "MailerConfig"),
                    ]:
                        G(
                            "e: file://%s:%d:%d Unresolved reference: %s",
                            src(m, cls, "kt"),
                            line,
                            col,
                            what,
                        )
                    failures.append(
                        (f":{m}:{comp}", ["Compilation error. See log for more details"])
                    )
                    G("> Task %s %s", f":{m}:{comp}", "FAILED")
                    continue
                if m == "payments" and story.get("javac_error"):
                    G(
                        "%s:%d: warning: [deprecation] %s in %s has been deprecated",
                        src(m, "RefundService", "java"),
                        57,
                        "getAmountRefunded()",
                        "Charge",
                        more=[
                            "        long refunded = charge.getAmountRefunded();",
                            "                              ^",
                        ],
                    )
                    G(
                        "%s:%d: error: cannot find symbol",
                        src(m, "StripeGateway", "java"),
                        88,
                        more=[
                            "        PaymentIntent intent = PaymentIntent.create(params, requestOptions());",
                            "                                            ^",
                            "  symbol:   method create(PaymentIntentCreateParams,RequestOptions)",
                            "  location: class PaymentIntent",
                        ],
                    )
                    G(
                        "%s:%d: error: cannot find symbol",
                        src(m, "StripeGateway", "java"),
                        141,
                        more=[
                            "        return Charge.retrieve(id).getOutcome().getRiskScore();",
                            "                                              ^",
                            "  symbol:   method getRiskScore()",
                            "  location: class Outcome",
                        ],
                    )
                    G(
                        "%s:%d: error: incompatible types: %s cannot be converted to %s",
                        src(m, "WebhookVerifier", "java"),
                        46,
                        "StripeObject",
                        "Event",
                        more=[
                            "        Event event = Webhook.constructEvent(payload, sig, secret).getDataObjectDeserializer().getObject().get();",
                            "                                                                                                              ^",
                        ],
                    )
                    G("Note: Some input files use or override a deprecated API.")
                    G("Note: Recompile with -Xlint:deprecation for details.")
                    G("%d errors", 3)
                    G("> Task %s %s", f":{m}:{comp}", "FAILED")
                    failures.append(
                        (
                            f":{m}:{comp}",
                            ["Compilation failed; see the compiler error output for details."],
                        )
                    )
                    continue
            task("processResources", "NO-SOURCE" if m in ("common", "domain") else None)
            task("classes")
            task("jar")
            task(
                "compileTestKotlin" if lang == "kotlin" else "compileTestJava",
                "FROM-CACHE" if m in cache else None,
            )
            task(
                "processTestResources", "NO-SOURCE" if m not in ("persistence", "orders") else None
            )
            task("testClasses")
            if m == "app" and story.get("skip_app_tests"):
                task("test", "UP-TO-DATE")
            else:
                task("test")
                state["t"] += secs(r, 2, 9)
                counts = [0, 0, 0]
                for cls, methods in tests.items():
                    for meth in methods:
                        state["t"] += secs(r, 0.02, 1.2)
                        if (cls, meth) in story.get("failing", {}):
                            exc = story["failing"][(cls, meth)]
                            G("%s > %s %s", cls, meth, "FAILED", more=exc)
                            counts[1] += 1
                        elif meth in ("rejectsStaleTimestamp()", "locksForUpdate()"):
                            G("%s > %s %s", cls, meth, "SKIPPED")
                            counts[2] += 1
                        else:
                            G("%s > %s %s", cls, meth, "PASSED")
                        counts[0] += 1
                if counts[1]:
                    if counts[2]:
                        G(
                            "%d tests completed, %d failed, %d skipped",
                            counts[0],
                            counts[1],
                            counts[2],
                            more=[""],
                        )
                    else:
                        G("%d tests completed, %d failed", counts[0], counts[1], more=[""])
                    G("> Task %s %s", f":{m}:test", "FAILED")
                    failures.append(
                        (
                            f":{m}:test",
                            [
                                f"There were failing tests. See the report at: file://{GR_ROOT}/{m}/build/reports/tests/test/index.html"
                            ],
                        )
                    )
                    continue
            for name in ("checkstyleMain", "checkstyleTest"):
                task(name, "FROM-CACHE" if m in cache else None)
            task("check")
            task("assemble")
            task("build")
        state["t"] += secs(r, 0.5, 2)
        if len(failures) == 1:
            path, why = failures[0]
            raw(
                "FAILURE: Build failed with an exception.",
                [
                    "",
                    "FAILURE: Build failed with an exception.",
                    "",
                    "* What went wrong:",
                    f"Execution failed for task '{path}'.",
                    *["> " + why[0], *why[1:]],
                    *GR_TRY,
                    "==============================================================================",
                    "",
                ][1:],
            )
        elif failures:
            G("FAILURE: Build completed with %d failures.", len(failures), more=[""])
            for k, (path, why) in enumerate(failures, 1):
                G(
                    "%d: Task failed with an exception.",
                    k,
                    more=[
                        "-----------",
                        "* What went wrong:",
                        f"Execution failed for task '{path}'.",
                        *["> " + why[0], *why[1:]],
                        *GR_TRY,
                        "==============================================================================",
                        "",
                    ],
                )
        if story.get("deprecation"):
            G(
                "Deprecated Gradle features were used in this build, making it incompatible with Gradle 9.0.",
                more=[
                    "",
                    "You can use '--warning-mode all' to show the individual deprecation warnings and determine if they come from your own scripts or plugins.",
                    "",
                    "For more on this, please refer to https://docs.gradle.org/8.7/userguide/command_line_interface.html#sec:command_line_warnings in the Gradle documentation.",
                    "",
                ],
            )
        took = (state["t"] - t).total_seconds()
        took_s = f"{int(took // 60)}m {int(took % 60)}s" if took >= 60 else f"{int(took)}s"
        G("BUILD FAILED in %s" if failures else "BUILD SUCCESSFUL in %s", took_s)
        parts = (
            [f"{executed} executed"]
            + ([f"{cached} from cache"] if cached else [])
            + ([f"{uptodate} up-to-date"] if uptodate else [])
        )
        G("%d actionable tasks: %s", executed + cached + uptodate, ", ".join(parts))
        if failures:
            G("##[error]Process completed with exit code %d.", 1)
        return rec.into(Log(f"run-{n}.log", t))

    flaky = [
        "    org.opentest4j.AssertionFailedError: expected: <0> but was: <1>",
        "        at app//org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)",
        "        at app//org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:150)",
        "        at app//com.acme.shop.orders.OrderServiceTest.reservesStockConcurrently(OrderServiceTest.kt:88)",
        "",
    ]
    it = [
        "    java.lang.IllegalStateException at DockerClientProviderStrategy.java:277",
        "        Caused by: org.testcontainers.containers.ContainerLaunchException at GenericContainer.java:359",
        "",
    ]
    all_mods = set(GR_MODULES)
    return [
        run(
            at(6, 12, 4),
            1,
            {
                "download": True,
                "javac_error": True,
                "failing": {
                    ("OrderServiceTest", "reservesStockConcurrently()"): flaky,
                    ("OrderControllerIT", "returns409OnDuplicate()"): it,
                },
            },
        ),
        run(
            at(6, 58, 31),
            2,
            {
                "resolve_fail": {"payments"},
                "cache": all_mods - {"payments", "orders"},
                "skip_app_tests": True,
            },
        ),
        run(
            at(7, 40, 12),
            3,
            {
                "download": True,
                "kotlin_warn": True,
                "kotlin_error": True,
                "cache": {"common", "domain", "persistence"},
                "failing": {("OrderServiceTest", "reservesStockConcurrently()"): flaky},
            },
        ),
        run(
            at(8, 25, 47),
            4,
            {
                "kotlin_warn": True,
                "deprecation": True,
                "cache": {"common", "domain", "persistence", "inventory", "api"},
            },
        ),
        run(
            at(9, 3, 19),
            5,
            {"deprecation": True, "cache": all_mods - {"payments", "orders", "notifications"}},
        ),
    ]


# --------------------------------------------------------------------------------- buildkit

BK_GO_MODS = [
    ("github.com/go-chi/chi/v5", "v5.0.12"),
    ("github.com/jackc/pgx/v5", "v5.6.0"),
    ("github.com/jackc/pgpassfile", "v1.0.0"),
    ("github.com/jackc/pgservicefile", "v0.0.0-20231201235250-de7065d80cb9"),
    ("github.com/jackc/puddle/v2", "v2.2.1"),
    ("github.com/redis/go-redis/v9", "v9.5.2"),
    ("github.com/cespare/xxhash/v2", "v2.3.0"),
    ("github.com/dgryski/go-rendezvous", "v0.0.0-20200823014737-9f7001d12a5f"),
    ("github.com/prometheus/client_golang", "v1.19.1"),
    ("github.com/prometheus/client_model", "v0.6.1"),
    ("github.com/prometheus/common", "v0.53.0"),
    ("github.com/prometheus/procfs", "v0.15.0"),
    ("github.com/beorn7/perks", "v1.0.1"),
    ("google.golang.org/protobuf", "v1.34.1"),
    ("go.opentelemetry.io/otel", "v1.27.0"),
    ("go.opentelemetry.io/otel/trace", "v1.27.0"),
    ("go.opentelemetry.io/otel/metric", "v1.27.0"),
    ("go.opentelemetry.io/otel/sdk", "v1.27.0"),
    ("go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc", "v1.27.0"),
    ("google.golang.org/grpc", "v1.64.0"),
    ("golang.org/x/net", "v0.25.0"),
    ("golang.org/x/sys", "v0.20.0"),
    ("golang.org/x/text", "v0.15.0"),
    ("golang.org/x/sync", "v0.7.0"),
    ("golang.org/x/crypto", "v0.23.0"),
    ("github.com/golang-jwt/jwt/v5", "v5.2.1"),
    ("github.com/google/uuid", "v1.6.0"),
    ("github.com/rs/zerolog", "v1.33.0"),
    ("github.com/mattn/go-colorable", "v0.1.13"),
    ("github.com/mattn/go-isatty", "v0.0.20"),
    ("github.com/stripe/stripe-go/v78", "v78.8.0"),
    ("github.com/spf13/viper", "v1.18.2"),
    ("github.com/spf13/afero", "v1.11.0"),
    ("github.com/spf13/cast", "v1.6.0"),
    ("github.com/spf13/pflag", "v1.0.5"),
    ("github.com/fsnotify/fsnotify", "v1.7.0"),
    ("github.com/pelletier/go-toml/v2", "v2.2.2"),
    ("github.com/subosito/gotenv", "v1.6.0"),
    ("gopkg.in/yaml.v3", "v3.0.1"),
    ("github.com/aws/aws-sdk-go-v2", "v1.27.0"),
    ("github.com/aws/aws-sdk-go-v2/service/s3", "v1.54.3"),
    ("github.com/aws/smithy-go", "v1.20.2"),
    ("github.com/stretchr/testify", "v1.9.0"),
    ("github.com/davecgh/go-spew", "v1.1.2-0.20180830191138-d8f796af33cc"),
    ("github.com/pmezard/go-difflib", "v1.0.0"),
    ("github.com/aws/aws-sdk-go-v2/config", "v1.27.16"),
    ("github.com/aws/aws-sdk-go-v2/credentials", "v1.17.16"),
    ("github.com/aws/aws-sdk-go-v2/feature/ec2/imds", "v1.16.3"),
    ("github.com/aws/aws-sdk-go-v2/internal/configsources", "v1.3.7"),
    ("github.com/aws/aws-sdk-go-v2/internal/endpoints/v2", "v2.6.7"),
    ("github.com/aws/aws-sdk-go-v2/internal/ini", "v1.8.0"),
    ("github.com/aws/aws-sdk-go-v2/internal/v4a", "v1.3.7"),
    ("github.com/aws/aws-sdk-go-v2/service/internal/accept-encoding", "v1.11.2"),
    ("github.com/aws/aws-sdk-go-v2/service/internal/checksum", "v1.3.9"),
    ("github.com/aws/aws-sdk-go-v2/service/internal/presigned-url", "v1.11.9"),
    ("github.com/aws/aws-sdk-go-v2/service/internal/s3shared", "v1.17.7"),
    ("github.com/aws/aws-sdk-go-v2/service/sso", "v1.20.9"),
    ("github.com/aws/aws-sdk-go-v2/service/ssooidc", "v1.24.3"),
    ("github.com/aws/aws-sdk-go-v2/service/sts", "v1.28.10"),
    ("github.com/aws/aws-sdk-go-v2/aws/protocol/eventstream", "v1.6.2"),
    ("github.com/go-logr/logr", "v1.4.1"),
    ("github.com/go-logr/stdr", "v1.2.2"),
    ("go.opentelemetry.io/otel/exporters/otlp/otlptrace", "v1.27.0"),
    ("go.opentelemetry.io/proto/otlp", "v1.2.0"),
    ("github.com/cenkalti/backoff/v4", "v4.3.0"),
    ("github.com/grpc-ecosystem/grpc-gateway/v2", "v2.20.0"),
    ("google.golang.org/genproto/googleapis/api", "v0.0.0-20240520151616-dc85e6b867a5"),
    ("google.golang.org/genproto/googleapis/rpc", "v0.0.0-20240520151616-dc85e6b867a5"),
    ("github.com/hashicorp/hcl", "v1.0.0"),
    ("github.com/magiconair/properties", "v1.8.7"),
    ("github.com/mitchellh/mapstructure", "v1.5.0"),
    ("github.com/sagikazarmark/locafero", "v0.4.0"),
    ("github.com/sagikazarmark/slog-shim", "v0.1.0"),
    ("github.com/sourcegraph/conc", "v0.3.0"),
    ("go.uber.org/multierr", "v1.11.0"),
    ("golang.org/x/exp", "v0.0.0-20240506185415-9bf2ced13842"),
    ("gopkg.in/ini.v1", "v1.67.0"),
    ("github.com/klauspost/compress", "v1.17.8"),
    ("github.com/munnerz/goautoneg", "v0.0.0-20191010083416-a7dc8b61c822"),
    ("github.com/felixge/httpsnoop", "v1.0.4"),
    ("go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "v0.52.0"),
    ("github.com/exaring/otelpgx", "v0.5.4"),
    ("github.com/pressly/goose/v3", "v3.20.0"),
    ("github.com/sethvargo/go-retry", "v0.2.4"),
    ("github.com/hashicorp/golang-lru/v2", "v2.0.7"),
]
BK_APK = [
    ("ca-certificates", "20240226-r0"),
    ("brotli-libs", "1.1.0-r2"),
    ("c-ares", "1.28.1-r0"),
    ("libunistring", "1.2-r0"),
    ("libidn2", "2.3.7-r0"),
    ("nghttp2-libs", "1.62.1-r0"),
    ("libpsl", "0.21.5-r1"),
    ("libcurl", "8.8.0-r0"),
    ("libexpat", "2.6.2-r0"),
    ("pcre2", "10.43-r0"),
    ("git", "2.45.2-r0"),
    ("tzdata", "2024a-r1"),
]
BK_NPM_DEPRECATED = [
    (
        "inflight@1.0.6",
        "This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.",
    ),
    ("glob@7.2.3", "Glob versions prior to v9 are no longer supported"),
    ("rimraf@3.0.2", "Rimraf versions prior to v4 are no longer supported"),
    ("@humanwhocodes/config-array@0.11.14", "Use @eslint/config-array instead"),
    ("@humanwhocodes/object-schema@2.0.3", "Use @eslint/object-schema instead"),
    ("sourcemap-codec@1.4.8", "Please use @jridgewell/sourcemap-codec instead"),
]
BK_TSC = [
    (
        "src/pages/Checkout.tsx",
        42,
        7,
        "TS2322: Type '%s' is not assignable to type '%s'.",
        ("string", "number"),
    ),
    (
        "src/pages/Checkout.tsx",
        88,
        19,
        "TS2339: Property '%s' does not exist on type '%s'.",
        ("couponCode", "CartState"),
    ),
    (
        "src/components/CartSummary.tsx",
        23,
        31,
        "TS2339: Property '%s' does not exist on type '%s'.",
        ("couponCode", "CartState"),
    ),
    (
        "src/api/orders.ts",
        61,
        5,
        "TS2322: Type '%s' is not assignable to type '%s'.",
        ("Promise<Order | undefined>", "Promise<Order>"),
    ),
]
BK_PIP = [
    ("fastapi", "0.111.0", "92.0 kB"),
    ("uvicorn", "0.30.1", "62.4 kB"),
    ("celery", "5.4.0", "425.7 kB"),
    ("redis", "5.0.5", "251.8 kB"),
    ("kombu", "5.3.7", "200.2 kB"),
    ("billiard", "4.2.0", "86.7 kB"),
    ("vine", "5.1.0", "9.6 kB"),
    ("psycopg", "3.1.19", "179.4 kB"),
    ("sqlalchemy", "2.0.30", "3.2 MB"),
    ("pydantic", "2.7.3", "409.2 kB"),
    ("pydantic-core", "2.18.4", "2.0 MB"),
    ("boto3", "1.34.122", "139.3 kB"),
    ("botocore", "1.34.122", "12.3 MB"),
    ("jmespath", "1.0.1", "20.3 kB"),
    ("s3transfer", "0.10.1", "82.2 kB"),
    ("numpy", "1.26.4", "18.0 MB"),
    ("pandas", "2.2.2", "13.0 MB"),
    ("python-dateutil", "2.9.0.post0", "229.9 kB"),
    ("pytz", "2024.1", "505.5 kB"),
    ("structlog", "24.2.0", "63.4 kB"),
    ("sentry-sdk", "2.5.1", "289.6 kB"),
    ("httpx", "0.27.0", "75.6 kB"),
    ("anyio", "4.4.0", "86.8 kB"),
    ("tenacity", "8.3.0", "25.0 kB"),
    ("httpcore", "1.0.5", "77.9 kB"),
    ("h11", "0.14.0", "58.3 kB"),
    ("sniffio", "1.3.1", "10.2 kB"),
    ("idna", "3.7", "66.8 kB"),
    ("certifi", "2024.6.2", "164.4 kB"),
    ("starlette", "0.37.2", "71.9 kB"),
    ("typing-extensions", "4.12.1", "37.3 kB"),
    ("annotated-types", "0.7.0", "13.6 kB"),
    ("click", "8.1.7", "97.9 kB"),
    ("click-didyoumean", "0.3.1", "3.6 kB"),
    ("click-repl", "0.3.0", "10.2 kB"),
    ("click-plugins", "1.1.1", "7.5 kB"),
    ("prompt-toolkit", "3.0.46", "386.1 kB"),
    ("wcwidth", "0.2.13", "34.8 kB"),
    ("tzdata", "2024.1", "345.4 kB"),
    ("six", "1.16.0", "11.1 kB"),
    ("urllib3", "2.2.1", "121.1 kB"),
    ("greenlet", "3.0.3", "616.0 kB"),
    ("orjson", "3.10.3", "142.5 kB"),
    ("python-dotenv", "1.0.1", "19.9 kB"),
]


def buildkit(r: random.Random) -> list[Log]:
    """Docker 26's BuildKit with `--progress=plain` in a GitLab CI pipeline's image jobs, as the
    job logs hold it (no wall clock: each vertex `#N`, its status lines, its process's output
    as `#N 12.345 text` in seconds since the vertex started, `DONE`, `CACHED` or `ERROR`, and
    the error's tail): `api-image.log` (a Go service: `go mod download` timing out on the
    module proxy's DNS, then a `go build` error, then the image built), `web-image.log` (a
    Vite app: npm's deprecation warnings, then `tsc` errors in `npm run build`, then built),
    `worker-image.log` (a Python worker: pip finding no matching numpy, then a `COPY` of a
    file the context lacks, then built)."""
    clock = Clock(1000)

    def build(
        rec: Records, t: datetime, image: str, steps: list[tuple], fail: str | None
    ) -> datetime:
        state = {"t": t, "n": 0}
        total = {}
        for stage, *_ in steps:
            total[stage] = total.get(stage, 0) + 1

        def ev(n: int, fmt: str, *vals: object, more: Sequence[str] = (), dt=(0.01, 0.2)) -> None:
            state["t"] += secs(r, *dt)
            put(rec, state["t"], f"#{n} ", fmt, *vals, more=more)

        def head(fmt: str, *vals: object) -> int:
            state["n"] += 1
            ev(state["n"], fmt, *vals)
            return state["n"]

        def end(n: int, fmt: str, *vals: object) -> None:
            ev(n, fmt, *vals, more=[""])

        def output(
            n: int,
            t0: datetime,
            fmt: str,
            *vals: object,
            lo: float = 0.005,
            hi: float = 0.2,
            more: Sequence[str] = (),
        ) -> str:
            """A line of the step's process, `#N` and its time since the step began before it
            (context); returns the line as the error's box repeats it."""
            x = clock.at((t, n), state["t"] + secs(r, lo, hi))
            state["t"] = x
            rel = f"{(x - t0).total_seconds():.3f} "
            put(rec, x, f"#{n} {rel}", fmt, *vals, more=more, cont=f"#{n} {rel}")
            return rel + fv(fmt, *vals)

        state["t"] += secs(r, 0.5, 3)
        put(
            rec,
            state["t"],
            "",
            "$ %s",
            f"docker build --progress=plain -t registry.gitlab.acme.example/shop/{image}:$CI_COMMIT_SHORT_SHA .",
        )
        head("building with %q instance using %s driver", "default", "docker")
        state["t"] += secs(r, 0.01, 0.05)
        dn = head("[internal] load build definition from %s", "Dockerfile")
        ev(dn, "transferring dockerfile: %s", f"{r.randrange(900, 2400) / 1000:.2f}kB done")
        end(dn, "DONE %.1fs", 0.0)
        bases = sorted({s[2] for s in steps if s[1] == "FROM"})
        metas = []
        for b in bases:
            metas.append(head("[internal] load metadata for %s", b))
        for m in metas:
            end(m, "DONE %.1fs", r.uniform(0.6, 2.2))
        ig = head("[internal] load .dockerignore")
        ev(ig, "transferring context: %s", f"{r.randrange(2, 300)}B done")
        end(ig, "DONE %.1fs", 0.0)
        idx = {}
        failed = None
        for stage, kind, arg, body in steps:
            idx[stage] = idx.get(stage, 0) + 1
            name = (stage, idx[stage], total[stage], arg)
            if kind == "FROM":
                digest = f"{arg}@sha256:{DIGESTS[arg]}"
                v = head("[%s %d/%d] FROM %s", *name[:3], digest)
                ev(v, "resolve %s", f"{digest} 0.0s done")
                if body == "pull":
                    layers = [(hexid(r, 64), r.uniform(0.5, 70)) for _ in range(r.randrange(3, 6))]
                    for h, size in layers:
                        for k in range(r.randrange(1, 4)):
                            ev(
                                v,
                                "sha256:%s",
                                f"{h} {size * (k + 1) / 4:.2f}MB / {size:.2f}MB {r.uniform(0.2, 4):.1f}s",
                                dt=(0.1, 0.6),
                            )
                        ev(
                            v,
                            "sha256:%s",
                            f"{h} {size:.2f}MB / {size:.2f}MB {r.uniform(1, 6):.1f}s done",
                        )
                    for h, _ in layers:
                        ev(v, "extracting sha256:%s", h)
                        ev(
                            v,
                            "extracting sha256:%s",
                            f"{h} {r.uniform(0.1, 3):.1f}s done",
                            dt=(0.2, 3),
                        )
                    end(v, "DONE %.1fs", r.uniform(4, 12))
                else:
                    end(v, "DONE %.1fs", 0.0)
                if len(idx) == 1 and idx[stage] == 1:
                    ctx = head("[internal] load build context")
                    ev(
                        ctx,
                        "transferring context: %s",
                        f"{r.uniform(0.1, 3):.2f}MB {r.uniform(0.1, 0.6):.1f}s done",
                    )
                    end(ctx, "DONE %.1fs", r.uniform(0.2, 0.8))
                continue
            v = head(f"[%s %d/%d] {kind} %s", *name)
            if body == "cached":
                end(v, "CACHED")
                continue
            t0 = state["t"]
            res = body(v, t0, output) if callable(body) else None
            if isinstance(res, float):
                state["t"] += timedelta(seconds=res)
            elif res:
                failed = (v, name, kind, res)
                end(v, "ERROR: " + res[0], *res[1])
                break
            end(v, "DONE %.1fs", (state["t"] - t0).total_seconds() + r.uniform(0.05, 0.4))
        if failed is None:
            v = head("exporting to image")
            ev(v, "exporting layers", dt=(0.1, 0.3))
            ev(v, "exporting layers %s", f"{r.uniform(0.5, 4):.1f}s done", dt=(0.5, 4))
            ev(v, "writing image sha256:%s", f"{hexid(r, 64)} done")
            ev(v, "naming to %s", f"registry.gitlab.acme.example/shop/{image}:{hexid(r, 8)} done")
            end(v, "DONE %.1fs", r.uniform(0.6, 4.5))
            return state["t"]
        v, (stage, i, tot, arg), kind, (fmt, vals, tail) = failed
        solve = "failed to compute cache key: " + fmt if kind == "COPY" else fmt
        state["t"] += secs(r, 0.05, 0.2)
        rec.add(
            state["t"],
            ["------", f" > [{stage} {i}/{tot}] {kind} {arg}:", *tail, "------"],
            label("------\n > %s:"),
        )
        line = next(
            n for n, s in enumerate(DOCKERFILES[image], 1) if s.startswith(f"{kind} ") and arg in s
        )
        lines = DOCKERFILES[image]
        excerpt = [
            f"{k:4d} | {'>>> ' if k == line else '    '}{lines[k - 1]}"
            for k in range(max(1, line - 2), min(len(lines), line + 1) + 1)
        ]
        state["t"] += secs(r, 0.001, 0.01)
        rec.add(
            state["t"],
            [f"Dockerfile:{line}", "--------------------", *excerpt, "--------------------"],
            label("Dockerfile:%d"),
        )
        state["t"] += secs(r, 0.001, 0.01)
        put(rec, state["t"], "", "ERROR: failed to solve: " + solve, *vals)
        return state["t"]

    files = []
    for image, runs in bk_runs(r).items():
        rec = Records()
        for t, steps, fail in runs:
            build(rec, t, image, steps, fail)
        files.append(rec.into(Log(f"{image}-image.log", at(6, 0))))
    return files


DIGESTS = {
    "docker.io/library/golang:1.22-alpine": "9bdd5692d39acc3f8d0ea6f81327f87ac6b473dd29a2b6006df362bff48dd1f8",
    "docker.io/library/alpine:3.20": "77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd",
    "docker.io/library/node:20-alpine": "66c7d989b6dabba6b4305b88f40912679aebd9f387a5b16ffa76dfb9ae90b060",
    "docker.io/library/nginx:1.27-alpine": "a5127daff3d6f4606be3100a252419bfa84fd6ee5cd74d0feaca1a5068f97dcf",
    "docker.io/library/python:3.12-slim": "2fba8e70a87bcc9f6edd20dda0a1d4adb32046d2cae3dbf95e5f5b2b0b1a4c10",
}
DOCKERFILES = {
    "api": [
        "# syntax=docker/dockerfile:1",
        "FROM golang:1.22-alpine AS build",
        "RUN apk add --no-cache git ca-certificates tzdata",
        "WORKDIR /src",
        "COPY go.mod go.sum ./",
        "RUN go mod download",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api",
        "",
        "FROM alpine:3.20 AS runtime",
        "RUN apk add --no-cache ca-certificates tzdata",
        "COPY --from=build /out/api /usr/local/bin/api",
        "USER 65532:65532",
        'ENTRYPOINT ["/usr/local/bin/api"]',
    ],
    "web": [
        "# syntax=docker/dockerfile:1",
        "FROM node:20-alpine AS build",
        "WORKDIR /app",
        "COPY package.json package-lock.json ./",
        "RUN npm ci",
        "COPY . .",
        "RUN npm run build",
        "",
        "FROM nginx:1.27-alpine AS runtime",
        "COPY nginx.conf /etc/nginx/conf.d/default.conf",
        "COPY --from=build /app/dist /usr/share/nginx/html",
    ],
    "worker": [
        "# syntax=docker/dockerfile:1",
        "FROM python:3.12-slim AS runtime",
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt",
        "COPY worker/ ./worker/",
        "COPY config/settings.yaml ./config/",
        'CMD ["celery", "-A", "worker.app", "worker", "--loglevel=INFO"]',
    ],
}


def bk_runs(r: random.Random) -> dict[str, list[tuple]]:
    """Each image's builds: (start, steps, what fails); a step is (stage, instruction, its
    argument, what it does: `pull`, `cached`, nothing, or a function writing its process's
    output that returns the failure: the vertex's error format and values, the box's lines
    and the solve error's format)."""

    def apk(v: int, t0: datetime, out) -> None:
        for repo in ("main", "community"):
            out(
                v,
                t0,
                "fetch %s",
                f"https://dl-cdn.alpinelinux.org/alpine/v3.20/{repo}/x86_64/APKINDEX.tar.gz",
                lo=0.1,
                hi=0.9,
            )
        pkgs = BK_APK if v < 9 else [p for p in BK_APK if p[0] in ("ca-certificates", "tzdata")]
        for k, (p, ver) in enumerate(pkgs, 1):
            out(v, t0, "(%d/%d) Installing %s (%s)", k, len(pkgs), p, ver)
        out(v, t0, "OK: %d MiB in %d packages", r.randrange(12, 40), len(pkgs) + 15)

    def gomod(fail: int | None):
        def body(v: int, t0: datetime, out):
            box = []
            for k, (mod, ver) in enumerate(BK_GO_MODS):
                if fail is not None and k >= fail and r.random() < 0.5:
                    port = r.randrange(32768, 60999)
                    box.append(
                        out(
                            v,
                            t0,
                            "go: %s@%s: Get %q: dial tcp: lookup %s on %s: read udp %s->%s: i/o timeout",
                            mod,
                            ver,
                            f"https://proxy.golang.org/{mod}/@v/{ver}.mod",
                            "proxy.golang.org",
                            "10.0.0.2:53",
                            f"172.17.0.2:{port}",
                            "10.0.0.2:53",
                            lo=5,
                            hi=10,
                        )
                    )
                    if len(box) == 3:
                        return (
                            "process %q did not complete successfully: exit code: %d",
                            ("/bin/sh -c go mod download", 1),
                            box,
                        )
                    continue
                out(v, t0, "go: downloading %s %s", mod, ver, lo=0.01, hi=0.6)
            return None

        return body

    def gobuild(v: int, t0: datetime, out):
        box = [out(v, t0, "# %s", "github.com/acme/shop-api/internal/orders", lo=8, hi=20)]
        for f, ln, col in (
            ("internal/orders/handler.go", 57, 12),
            ("internal/orders/service.go", 114, 9),
        ):
            box.append(
                out(
                    v,
                    t0,
                    "%s:%d:%d: undefined: %s",
                    f,
                    ln,
                    col,
                    "pricing.ApplyCoupon",
                    lo=0.001,
                    hi=0.01,
                )
            )
        box.append(
            out(
                v,
                t0,
                "%s:%d:%d: cannot use %s (variable of type %s) as %s value in argument to %s: %s does not implement %s (missing method %s)",
                "internal/orders/service.go",
                131,
                22,
                "c",
                "*pricing.Coupon",
                "pricing.Discount",
                "o.AddDiscount",
                "*pricing.Coupon",
                "pricing.Discount",
                "Amount",
                lo=0.001,
                hi=0.01,
            )
        )
        return (
            "process %q did not complete successfully: exit code: %d",
            ("/bin/sh -c CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api", 1),
            box,
        )

    def gobuild_ok(v: int, t0: datetime, out) -> float:
        return r.uniform(20, 40)  # go build writes nothing when it succeeds

    def npm_ci(v: int, t0: datetime, out) -> None:
        for p, why in BK_NPM_DEPRECATED:
            out(v, t0, "npm warn deprecated %s: %s", p, why, lo=0.5, hi=3)
        n = r.randrange(640, 660)
        out(
            v,
            t0,
            "added %d packages, and audited %d packages in %s",
            n,
            n + 1,
            f"{r.randrange(14, 40)}s",
            lo=5,
            hi=15,
        )
        out(
            v,
            t0,
            "%d packages are looking for funding\n  run `npm fund` for details",
            r.randrange(140, 150),
        )
        out(v, t0, "found %d vulnerabilities", 0)

    def npm_build(fail: bool):
        def body(v: int, t0: datetime, out):
            out(v, t0, "> %s@%s %s", "web", "2.14.0", "build", lo=0.3, hi=0.8)
            out(v, t0, "> %s", "tsc -b && vite build")
            if fail:
                box = []
                for f, ln, col, msg, vals in BK_TSC:
                    box.append(
                        out(v, t0, "%s(%d,%d): error " + msg, f, ln, col, *vals, lo=4, hi=9)
                        if not box
                        else out(
                            v, t0, "%s(%d,%d): error " + msg, f, ln, col, *vals, lo=0.001, hi=0.01
                        )
                    )
                return (
                    "process %q did not complete successfully: exit code: %d",
                    ("/bin/sh -c npm run build", 2),
                    box,
                )
            out(v, t0, "vite v%s building for production...", "5.2.12", lo=8, hi=14)
            out(v, t0, "✓ %d modules transformed.", r.randrange(800, 830), lo=3, hi=6)
            for f, kb in (
                ("dist/index.html", 0.52),
                ("dist/assets/logo-Cq1x9A.svg", 4.11),
                (f"dist/assets/index-{hexid(r, 8)}.css", 41.22),
                (f"dist/assets/vendor-{hexid(r, 8)}.js", 187.03),
                (f"dist/assets/index-{hexid(r, 8)}.js", 312.77),
            ):
                out(
                    v,
                    t0,
                    "%s %s kB │ gzip: %s kB",
                    f.ljust(42),
                    f"{kb:7.2f}",
                    f"{kb / 3.4:6.2f}",
                    lo=0.001,
                    hi=0.005,
                )
            out(v, t0, "✓ built in %s", f"{r.uniform(5, 9):.2f}s")
            return None

        return body

    def pip(missing: bool):
        def body(v: int, t0: datetime, out):
            for k, (p, ver, size) in enumerate(BK_PIP, 1):
                if missing and p == "numpy":
                    box = [
                        out(
                            v,
                            t0,
                            "ERROR: Could not find a version that satisfies the requirement %s (from versions: %s)",
                            "numpy==2.3.0",
                            "1.3.0, 1.4.1, 1.5.0, ..., 1.26.4, 2.0.0rc1, 2.0.0rc2",
                            lo=1,
                            hi=3,
                        )
                    ]
                    box.append(
                        out(v, t0, "ERROR: No matching distribution found for %s", "numpy==2.3.0")
                    )
                    return (
                        "process %q did not complete successfully: exit code: %d",
                        ("/bin/sh -c pip install --no-cache-dir -r requirements.txt", 1),
                        box,
                    )
                out(
                    v,
                    t0,
                    "Collecting %s==%s (from -r requirements.txt (line %d))",
                    p,
                    ver,
                    k,
                    lo=0.1,
                    hi=0.8,
                )
                out(
                    v,
                    t0,
                    "  Downloading %s (%s)",
                    f"{p.replace('-', '_')}-{ver}-py3-none-any.whl",
                    size,
                    lo=0.05,
                    hi=0.5,
                )
            out(
                v,
                t0,
                "Installing collected packages: %s",
                ", ".join(p for p, _, _ in sorted(BK_PIP)),
                lo=1,
                hi=2,
            )
            out(
                v,
                t0,
                "Successfully installed %s",
                " ".join(f"{p}-{ver}" for p, ver, _ in sorted(BK_PIP)),
                lo=10,
                hi=25,
            )
            out(
                v,
                t0,
                "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv",
            )
            return None

        return body

    def missing_copy(v: int, t0: datetime, out):
        ref = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}::{alnum_lower(r, 25)}"
        return (
            "failed to calculate checksum of ref %s: %q: not found",
            (ref, "/config/settings.yaml"),
            [],
        )

    def api(mod, build, cache_from: int) -> list[tuple]:
        c = ["cached"] * cache_from + [None] * 10
        return [
            (
                "build",
                "FROM",
                "docker.io/library/golang:1.22-alpine",
                "pull" if cache_from == 0 else None,
            ),
            ("build", "RUN", "apk add --no-cache git ca-certificates tzdata", c[0] or apk),
            ("build", "WORKDIR", "/src", c[1]),
            ("build", "COPY", "go.mod go.sum ./", c[2]),
            ("build", "RUN", "go mod download", c[3] or mod),
            ("build", "COPY", ". .", None),
            ("build", "RUN", "CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api", build),
            (
                "runtime",
                "FROM",
                "docker.io/library/alpine:3.20",
                "pull" if cache_from == 0 else None,
            ),
            ("runtime", "RUN", "apk add --no-cache ca-certificates tzdata", c[0] or apk),
            ("runtime", "COPY", "--from=build /out/api /usr/local/bin/api", None),
        ]

    def web(build, cache_from: int) -> list[tuple]:
        c = ["cached"] * cache_from + [None] * 10
        return [
            (
                "build",
                "FROM",
                "docker.io/library/node:20-alpine",
                "pull" if cache_from == 0 else None,
            ),
            ("build", "WORKDIR", "/app", c[0]),
            ("build", "COPY", "package.json package-lock.json ./", c[1]),
            ("build", "RUN", "npm ci", c[2] or npm_ci),
            ("build", "COPY", ". .", None),
            ("build", "RUN", "npm run build", build),
            (
                "runtime",
                "FROM",
                "docker.io/library/nginx:1.27-alpine",
                "pull" if cache_from == 0 else None,
            ),
            ("runtime", "COPY", "nginx.conf /etc/nginx/conf.d/default.conf", c[0]),
            ("runtime", "COPY", "--from=build /app/dist /usr/share/nginx/html", None),
        ]

    def worker(install, copy, cache_from: int) -> list[tuple]:
        c = ["cached"] * cache_from + [None] * 10
        return [
            (
                "runtime",
                "FROM",
                "docker.io/library/python:3.12-slim",
                "pull" if cache_from == 0 else None,
            ),
            ("runtime", "WORKDIR", "/app", c[0]),
            ("runtime", "COPY", "requirements.txt .", c[1] if install is None else None),
            (
                "runtime",
                "RUN",
                "pip install --no-cache-dir -r requirements.txt",
                install or "cached",
            ),
            ("runtime", "COPY", "worker/ ./worker/", None),
            ("runtime", "COPY", "config/settings.yaml ./config/", copy),
        ]

    return {
        "api": [
            (at(6, 20, 14), api(gomod(9), gobuild, 0), "mod"),
            (at(6, 34, 40), api(gomod(None), gobuild, 3), "build"),
            (at(7, 5, 2), api("cached", gobuild_ok, 4), None),
            (at(8, 0, 5), api(gomod(None), gobuild_ok, 0), None),
            (at(9, 12, 30), api(gomod(None), gobuild_ok, 2), None),
        ],
        "web": [
            (at(6, 20, 15), web(npm_build(True), 0), "build"),
            (at(7, 5, 3), web(npm_build(False), 3), None),
            (at(8, 0, 6), web(npm_build(False), 0), None),
            (at(9, 12, 31), web(npm_build(False), 2), None),
        ],
        "worker": [
            (at(6, 20, 16), worker(pip(True), None, 0), "pip"),
            (at(6, 34, 41), worker(pip(False), missing_copy, 1), "copy"),
            (at(7, 5, 4), worker(None, None, 3), None),
            (at(8, 0, 7), worker(pip(False), None, 0), None),
            (at(9, 12, 32), worker(pip(False), None, 1), None),
        ],
    }


def alnum_lower(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# --------------------------------------------------------------------------------- bazel

BZ_WS = "/var/lib/buildkite-agent/builds/ci-agent-3/acme/monorepo"
BZ_BASE = (
    "/var/lib/buildkite-agent/.cache/bazel/_bazel_buildkite-agent/5c1e3f0ad4e64bbbd8b2a8e79b4a43f1"
)
# package: (language, sources, test targets)
BZ_PKGS = {
    "src/core": (
        "cc",
        ["status.cc", "strings.cc", "clock.cc", "arena.cc", "config.cc"],
        ["status_test", "strings_test", "arena_test"],
    ),
    "src/net": (
        "cc",
        ["conn.cc", "tls.cc", "resolver.cc", "backoff.cc", "http2_frame.cc"],
        ["conn_test", "backoff_test", "http2_frame_test"],
    ),
    "src/store": (
        "cc",
        ["memtable.cc", "sstable.cc", "wal.cc", "compaction.cc", "bloom.cc"],
        ["store_test", "wal_test", "bloom_test"],
    ),
    "src/codec": (
        "cc",
        ["varint.cc", "crc32c.cc", "snappy_wrap.cc"],
        ["varint_test", "crc32c_test"],
    ),
    "src/api": (
        "go",
        ["handler.go", "router.go", "middleware.go", "errors.go"],
        ["api_test", "router_test"],
    ),
    "src/auth": ("go", ["jwt.go", "session.go", "scopes.go"], ["auth_test"]),
    "src/billing": (
        "go",
        ["invoice.go", "tax.go", "stripe.go", "ledger.go"],
        ["billing_test", "tax_test"],
    ),
    "src/search": ("go", ["index.go", "query.go", "rank.go"], ["search_test"]),
    "tools/migrate": ("go", ["main.go", "plan.go"], ["migrate_test"]),
    "src/rpc": (
        "cc",
        [
            "server.cc",
            "channel.cc",
            "deadline.cc",
            "interceptor.cc",
            "retry_policy.cc",
            "status_codes.cc",
            "metadata.cc",
            "load_balancer.cc",
        ],
        ["server_test", "retry_policy_test", "load_balancer_test"],
    ),
    "src/index": (
        "cc",
        [
            "btree.cc",
            "posting_list.cc",
            "skiplist.cc",
            "tokenizer.cc",
            "stemmer.cc",
            "merge.cc",
            "segment.cc",
            "doc_values.cc",
            "scorer.cc",
        ],
        ["btree_test", "posting_list_test", "tokenizer_test", "merge_test"],
    ),
    "src/query": (
        "cc",
        [
            "lexer.cc",
            "parser.cc",
            "planner.cc",
            "optimizer.cc",
            "executor.cc",
            "expr.cc",
            "functions.cc",
            "aggregate.cc",
            "join.cc",
            "sort.cc",
        ],
        ["parser_test", "planner_test", "executor_test", "join_test"],
    ),
    "src/metrics": (
        "cc",
        ["counter.cc", "histogram.cc", "registry.cc", "exporter.cc", "sampler.cc"],
        ["histogram_test", "registry_test"],
    ),
    **{
        f"src/{p}": ("go", [f"{p}.go"], [f"{p}_test"])
        for p in (
            "notify",
            "gateway",
            "admin",
            "ledger",
            "report",
            "quota",
            "webhook",
            "scheduler",
            "geo",
            "catalog",
            "cart",
            "pricing",
        )
    },
    **{
        f"tools/{p}": ("go", ["main.go", "flags.go"], [f"{p}_test"])
        for p in ("lint", "gen", "bump", "release")
    },
}
BZ_EXTERNAL = [
    *[
        f"external/abseil-cpp~/absl/{m}.cc"
        for m in (
            "base/internal/raw_logging",
            "base/internal/spinlock",
            "base/internal/sysinfo",
            "base/internal/throw_delegate",
            "strings/str_cat",
            "strings/str_split",
            "strings/numbers",
            "strings/match",
            "strings/ascii",
            "strings/escaping",
            "strings/substitute",
            "strings/internal/str_format/arg",
            "strings/internal/str_format/bind",
            "strings/internal/str_format/parser",
            "strings/internal/str_format/float_conversion",
            "synchronization/mutex",
            "synchronization/notification",
            "synchronization/internal/waiter",
            "time/time",
            "time/duration",
            "time/clock",
            "time/format",
            "time/internal/cctz/src/time_zone_lookup",
            "time/internal/cctz/src/time_zone_info",
            "status/status",
            "status/statusor",
            "status/status_payload_printer",
            "container/internal/raw_hash_set",
            "hash/internal/hash",
            "hash/internal/city",
            "numeric/int128",
            "debugging/stacktrace",
            "debugging/symbolize",
            "crc/crc32c",
            "log/internal/log_message",
            "log/internal/globals",
            "random/internal/seed_material",
        )
    ],
    *[
        f"external/protobuf~/src/google/protobuf/{m}.cc"
        for m in (
            "descriptor",
            "descriptor.pb",
            "descriptor_database",
            "dynamic_message",
            "extension_set",
            "extension_set_heavy",
            "generated_message_reflection",
            "generated_message_util",
            "message",
            "message_lite",
            "map_field",
            "parse_context",
            "reflection_ops",
            "repeated_field",
            "repeated_ptr_field",
            "text_format",
            "unknown_field_set",
            "wire_format",
            "wire_format_lite",
            "arena",
            "any",
            "io/coded_stream",
            "io/zero_copy_stream_impl",
            "io/tokenizer",
            "stubs/common",
            "util/json_util",
            "util/type_resolver_util",
            "json/internal/parser",
            "json/internal/unparser",
            "compiler/parser",
            "compiler/importer",
        )
    ],
    *[
        f"external/boringssl~/{m}.c"
        for m in (
            "crypto/fipsmodule/bcm",
            "crypto/asn1/a_bitstr",
            "crypto/asn1/tasn_dec",
            "crypto/asn1/tasn_enc",
            "crypto/bio/bio",
            "crypto/bytestring/cbs",
            "crypto/bytestring/cbb",
            "crypto/chacha/chacha",
            "crypto/cipher_extra/e_aesgcmsiv",
            "crypto/curve25519/curve25519",
            "crypto/evp/evp",
            "crypto/pem/pem_lib",
            "crypto/x509/x509_vfy",
            "crypto/x509/x509_cmp",
            "crypto/x509/x509_req",
            "crypto/rsa_extra/rsa_asn1",
            "crypto/err/err",
            "crypto/mem",
            "ssl/ssl_lib",
            "ssl/handshake_client",
            "ssl/tls13_client",
            "ssl/s3_both",
        )
    ],
]
BZ_GTEST_FAIL = [
    "Running main() from gmock_main.cc",
    "[==========] Running 14 tests from 3 test suites.",
    "[----------] Global test environment set-up.",
    "[----------] 6 tests from MemtableTest",
    "[ RUN      ] MemtableTest.PutGet",
    "[       OK ] MemtableTest.PutGet (0 ms)",
    "[ RUN      ] MemtableTest.ConcurrentFlush",
    "src/store/store_test.cc:212: Failure",
    "Expected equality of these values:",
    "  flushed.size()",
    "    Which is: 2047",
    "  kEntries",
    "    Which is: 2048",
    "[  FAILED  ] MemtableTest.ConcurrentFlush (1841 ms)",
    "[----------] 6 tests from MemtableTest (1903 ms total)",
    "[==========] 14 tests from 3 test suites ran. (2210 ms total)",
    "[  PASSED  ] 13 tests.",
    "[  FAILED  ] 1 test, listed below:",
    "[  FAILED  ] MemtableTest.ConcurrentFlush",
    "",
    " 1 FAILED TEST",
]


def bazel(r: random.Random) -> list[Log]:
    """Bazel 7.1.2 running `bazel test --keep_going --show_timestamps //...` on Buildkite for a
    C++ and Go monorepo, the job's log (`(06:05:12) INFO: ...` stamped to the second, progress
    lines `[1,204 / 3,455] Compiling ...`, the test summary unstamped): `build-4411.log` (the
    remote cache unreachable for four minutes, `tls.cc` failing to compile against OpenSSL 3,
    nogo rejecting the api package, a memtable test failing, the tests that depend on the
    broken targets `NO STATUS`), `build-4412.log` (fixed: the store test flaky, the
    connection test timing out), `build-4413.log` (the store test flaky again), `build-4414.log`
    (the connection test timing out again),
    `build-4415.log` (green, mostly from the remote cache)."""
    clock = Clock(1_000_000)
    inv = {}

    def run(n: int, t: datetime, story: dict) -> Log:
        rec = Records()
        state = {"t": t}

        def B(fmt: str, *vals: object, more: Sequence[str] = (), dt=(0.2, 2.0)) -> None:
            x = clock.at(n, state["t"] + secs(r, *dt))
            state["t"] = x
            put(rec, x, f"({x:%H:%M:%S}) ", fmt, *vals, more=more)

        def plain(fmt: str, *vals: object, more: Sequence[str] = ()) -> None:
            state["t"] += secs(r, 0.001, 0.01)
            put(rec, state["t"], "", fmt, *vals, more=more)

        inv[n] = uuid4(r)
        if story.get("cold"):
            plain("Starting local Bazel server and connecting to it...")
            state["t"] += secs(r, 3, 6)
        B("INFO: Invocation ID: %s", inv[n])
        B(
            "INFO: Streaming build results to: %s",
            f"https://buildbuddy.acme.example/invocation/{inv[n]}",
            dt=(0, 0.5),
        )
        B(
            "INFO: Reading 'startup' options from %s: %s",
            "/etc/bazel.bazelrc",
            "--output_user_root=/var/lib/buildkite-agent/.cache/bazel",
            dt=(0, 0.5),
        )
        B(
            "INFO: Options provided by the client:",
            more=["  Inherited 'common' options: --isatty=0 --terminal_columns=80"],
            dt=(0, 0.5),
        )
        B(
            "INFO: Reading rc options for 'test' from %s:",
            f"{BZ_WS}/.bazelrc",
            more=[
                "  Inherited 'common' options: --enable_bzlmod --remote_cache=grpcs://cache.acme.example:443 --remote_timeout=60",
                "  Inherited 'build' options: --config=ci --keep_going --show_timestamps --verbose_failures=false",
                "  'test' options: --test_output=errors --flaky_test_attempts=2",
            ],
            dt=(0, 0.5),
        )
        B("INFO: Current date is %s", "2024-06-04", dt=(0, 0.5))
        B(
            "WARNING: %s:%d:%d: target '%s' is deprecated: %s",
            f"{BZ_WS}/src/codec/BUILD.bazel",
            31,
            11,
            "//src/codec:snappy_wrap",
            "use //src/codec:zstd_wrap; snappy support will be removed after 2024-09",
            dt=(1, 3),
        )
        loaded = 0
        for _ in range(r.randrange(2, 4)):
            loaded += r.randrange(30, 90)
            B("Loading: %d packages loaded", loaded, dt=(1, 3))
        targets = r.randrange(410, 420)
        cfg = 0
        for _ in range(r.randrange(3, 6)):
            cfg += r.randrange(900, 1600)
            loaded += r.randrange(5, 40)
            B(
                "Analyzing: %d targets (%d packages loaded, %d targets configured)",
                targets,
                loaded,
                cfg,
                dt=(1, 4),
            )
        B(
            "INFO: Analyzed %d targets (%d packages loaded, %d targets configured).",
            targets,
            loaded + 160,
            cfg + 420,
        )
        tests = [(p, t) for p, (_, _, ts) in BZ_PKGS.items() for t in ts]
        B(
            "INFO: Found %d targets and %d test targets...",
            targets - len(tests),
            len(tests),
            dt=(0, 0.5),
        )
        total = r.randrange(3400, 3500)
        done = 0
        actions = []
        if not story.get("cached"):
            actions += [("Compiling", "external", x) for x in BZ_EXTERNAL]
        for p, (lang, srcs, ts) in BZ_PKGS.items():
            if lang == "go":
                actions.append(("GoCompilePkg", p, f"{p}/{p.split('/')[-1]}.a"))
            for s_ in srcs if lang == "cc" else ():
                actions.append(("Compiling", p, f"{p}/{s_}"))
            for t_ in ts:
                actions.append(("Linking" if lang == "cc" else "GoLink", p, f"{p}/{t_}"))
        r.shuffle(actions)
        warned = False
        step = total // (len(actions) + 80)
        for verb, _pkg, what in actions:
            done = min(total - 40, done + r.randrange(step // 2, step * 3 // 2))
            running = r.randrange(4, 17)
            strat = "remote-cache" if story.get("cached") and r.random() < 0.7 else "linux-sandbox"
            if story.get("cache_down") and not warned and done > 600:
                warned = True
                B(
                    "WARNING: Remote Cache: %s",
                    "UNAVAILABLE: io exception",
                    more=[
                        "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
                        "Channel Pipeline: [SslHandler#0, ProtocolNegotiators$ClientTlsHandler#0, WriteBufferingAndExceptionHandler#0, DefaultChannelPipeline$TailContext#0]",
                    ],
                )
                for _ in range(r.randrange(5, 9)):
                    B("WARNING: Reading from Remote Cache:\nBulkTransferException", dt=(8, 40))
            fmt = (
                "[%s / %s] "
                + {
                    "Compiling": "Compiling %s",
                    "GoCompilePkg": "GoCompilePkg %s",
                    "Linking": "Linking %s",
                    "GoLink": "GoLink %s",
                }[verb]
                + "; %s"
            )
            if r.random() < story.get("shown", 1.0) or what in ("src/net/tls.cc", "src/api/api.a"):
                B(
                    fmt,
                    f"{done:,}",
                    f"{total:,}",
                    what,
                    f"{r.randrange(0, 9)}s {strat} ... ({running} actions, {running - r.randrange(0, 3)} running)",
                    dt=(0.5, 6),
                )
            if verb == "Compiling" and r.random() < 0.12 and not story.get("cached"):
                B(
                    "INFO: From Compiling %s:",
                    what,
                    more=[
                        f"{what}: In function 'void core::detail::Log(const char*, ...)':",
                        f"{what}:{r.randrange(20, 300)}:{r.randrange(3, 30)}: warning: comparison of integer expressions of different signedness: 'int' and 'size_t' {{aka 'long unsigned int'}} [-Wsign-compare]",
                        f"  {r.randrange(20, 300)} |   for (int i = 0; i < args.size(); ++i) {{",
                        "      |                   ~~^~~~~~~~~~~~~",
                    ],
                )
            if what == "src/net/tls.cc" and story.get("cc_error"):
                B(
                    "ERROR: %s:%d:%d: Compiling %s failed: (Exit 1): gcc failed: error executing CppCompile command (from target %s) %s",
                    f"{BZ_WS}/src/net/BUILD.bazel",
                    12,
                    11,
                    what,
                    "//src/net:net",
                    "/usr/bin/gcc -U_FORTIFY_SOURCE -fstack-protector -Wall -Wunused-but-set-parameter -Wno-free-nonheap-object -fno-omit-frame-pointer '-std=c++17' -MD -MF ... (remaining 42 arguments skipped)",
                    more=[
                        "",
                        "Use --sandbox_debug to see verbose messages from the sandbox and retain the sandbox build root for debugging",
                        "src/net/tls.cc: In member function 'absl::Status net::TlsConn::VerifyPeer()':",
                        "src/net/tls.cc:142:12: error: 'SSL_get_peer_certificate' was not declared in this scope; did you mean 'SSL_get1_peer_certificate'?",
                        "  142 |   X509* c = SSL_get_peer_certificate(ssl_);",
                        "      |             ^~~~~~~~~~~~~~~~~~~~~~~~",
                        "      |             SSL_get1_peer_certificate",
                    ],
                )
            if what == "src/api/api.a" and story.get("go_error"):
                B(
                    "ERROR: %s:%d:%d: GoCompilePkg %s failed: (Exit 1): builder failed: error executing GoCompilePkg command (from target %s) %s",
                    f"{BZ_WS}/src/api/BUILD.bazel",
                    4,
                    11,
                    "src/api/api.a",
                    "//src/api:api",
                    "bazel-out/k8-opt-exec-ST-d57f47055a04/bin/external/rules_go~~go_sdk~go_sdk/builder_reset/builder compilepkg -sdk external/rules_go~~go_sdk~go_sdk -installsuffix linux_amd64 ... (remaining 37 arguments skipped)",
                    more=[
                        "",
                        "Use --sandbox_debug to see verbose messages from the sandbox and retain the sandbox build root for debugging",
                        "compilepkg: nogo: errors found by nogo during build-time code analysis:",
                        "src/api/handler.go:88:3: Error return value of `w.Write` is not checked (errcheck)",
                        "src/api/handler.go:131:2: Error return value of `json.NewEncoder(w).Encode` is not checked (errcheck)",
                        "src/api/middleware.go:47:16: ineffectual assignment to err (ineffassign)",
                    ],
                )
        # tests
        results = []
        for p, t_ in tests:
            target = f"//{p}:{t_}"
            broken = (story.get("cc_error") and p == "src/net") or (
                story.get("go_error") and p == "src/api"
            )
            if broken:
                results.append((target, "NO STATUS", None))
                continue
            done = min(total - 5, done + r.randrange(5, 20))
            if story.get("cached") and t_ not in story.get("rerun", ()):
                results.append((target, "cached", r.uniform(0.1, 9)))
                continue
            B(
                "[%s / %s] Testing %s; %s",
                f"{done:,}",
                f"{total:,}",
                target,
                f"{r.randrange(0, 20)}s {'linux-sandbox'} ... ({r.randrange(2, 9)} actions running)",
                dt=(1, 8),
            )
            out = story.get("tests", {}).get(t_)
            log = f"{BZ_BASE}/execroot/_main/bazel-out/k8-fastbuild/testlogs/{p}/{t_}/test.log"
            if out == "fail":
                B("FAIL: %s (see %s)", target, log, dt=(1, 4))
                B(
                    "INFO: From Testing %s:",
                    target,
                    more=[
                        f"==================== Test output for {target}:",
                        *BZ_GTEST_FAIL,
                        "================================================================================",
                    ],
                )
                results.append((target, "FAILED", r.uniform(2, 4)))
            elif out == "flaky":
                B(
                    "FAIL: %s (see %s)",
                    target,
                    log.replace("test.log", "test_attempts/attempt_1.log"),
                    dt=(1, 4),
                )
                B(
                    "INFO: From Testing %s:",
                    target,
                    more=[
                        f"==================== Test output for {target}:",
                        *BZ_GTEST_FAIL,
                        "================================================================================",
                    ],
                )
                results.append((target, "FLAKY", r.uniform(2, 4)))
            elif out == "timeout":
                state["t"] += timedelta(seconds=300)
                B("TIMEOUT: %s (Summary)", target, more=[f"      {log}"])
                B(
                    "INFO: From Testing %s:",
                    target,
                    more=[
                        f"==================== Test output for {target}:",
                        "Running main() from gmock_main.cc",
                        "[==========] Running 9 tests from 1 test suite.",
                        "[ RUN      ] ConnTest.ReconnectsAfterServerClose",
                        "-- Test timed out at 2024-06-04 06:52:31 UTC --",
                        "================================================================================",
                    ],
                )
                results.append((target, "TIMEOUT", 300.0))
            else:
                results.append((target, "PASSED", r.uniform(0.1, 9)))
        if story.get("cc_error") or story.get("go_error"):
            B("Use --verbose_failures to see the command lines of failed build steps.")
        took = (state["t"] - t).total_seconds()
        B(
            "INFO: Elapsed time: %.3fs, Critical Path: %.2fs",
            took + r.uniform(0, 1),
            took * r.uniform(0.4, 0.7),
            dt=(0.2, 1),
        )
        procs = r.randrange(2400, 3100)
        hit = int(procs * (0.8 if story.get("cached") else 0.3))
        B(
            "INFO: %d processes: %s.",
            procs,
            f"{hit} remote cache hit, {procs - hit - 200 - len(tests)} internal, {200 + len(tests)} linux-sandbox",
            dt=(0, 0.3),
        )
        failed_tests = sum(1 for _, s_, _ in results if s_ in ("FAILED", "TIMEOUT"))
        if story.get("cc_error") or story.get("go_error"):
            B("ERROR: Build did NOT complete successfully", dt=(0, 0.3))
        elif failed_tests:
            B(
                "INFO: Build completed, %d test%s FAILED, %d total actions",
                failed_tests,
                "" if failed_tests == 1 else "s",
                total,
                dt=(0, 0.3),
            )
        else:
            B("INFO: Build completed successfully, %d total actions", total, dt=(0, 0.3))
        for target, st, secs_ in results:
            pad = target.ljust(71)
            log = f"  {BZ_BASE}/execroot/_main/bazel-out/k8-fastbuild/testlogs/{target[2:].replace(':', '/')}/test.log"
            if st == "NO STATUS":
                plain("%s %s", pad, "NO STATUS")
            elif st == "cached":
                plain("%s (cached) %s in %s", pad, "PASSED", f"{secs_:.1f}s")
            elif st == "FLAKY":
                plain(
                    "%s FLAKY, failed in %d out of %d in %s",
                    pad,
                    1,
                    2,
                    f"{secs_:.1f}s",
                    more=[log.replace("test.log", "test_attempts/attempt_1.log")],
                )
            else:
                plain("%s %s in %s", pad, st, f"{secs_:.1f}s", more=[log] if st != "PASSED" else [])
        ok = sum(1 for _, s_, _ in results if s_ in ("PASSED", "cached", "FLAKY"))
        nost = sum(1 for _, s_, _ in results if s_ == "NO STATUS")
        if nost:
            plain(
                "Executed %d out of %d tests: %d tests pass, %d fail locally and %d were skipped.",
                len(results) - nost,
                len(results),
                ok,
                failed_tests,
                nost,
            )
        elif failed_tests:
            plain(
                "Executed %d out of %d tests: %d tests pass and %d fails locally.",
                len(results) - sum(1 for x in results if x[1] == "cached"),
                len(results),
                ok,
                failed_tests,
            )
        else:
            plain(
                "Executed %d out of %d tests: %d tests pass.",
                len(results) - sum(1 for x in results if x[1] == "cached"),
                len(results),
                len(results),
            )
        plain(
            "There were tests whose specified size is too big. Use the --test_verbose_timeout_warnings command line option to see which ones these are."
        )
        B(
            "INFO: Streaming build results to: %s",
            f"https://buildbuddy.acme.example/invocation/{inv[n]}",
            dt=(0.2, 1),
        )
        return rec.into(Log(f"build-{n}.log", t))

    return [
        run(
            4411,
            at(6, 5, 12),
            {
                "cold": True,
                "cache_down": True,
                "cc_error": True,
                "go_error": True,
                "tests": {"store_test": "fail"},
            },
        ),
        run(4412, at(6, 38, 40), {"tests": {"store_test": "flaky", "conn_test": "timeout"}}),
        run(4413, at(7, 2, 51), {"tests": {"store_test": "flaky"}}),
        run(4414, at(7, 14, 26), {"shown": 0.8, "tests": {"conn_test": "timeout"}}),
        run(
            4415,
            at(7, 31, 5),
            {
                "cold": True,
                "cached": True,
                "rerun": {"store_test", "conn_test", "api_test", "router_test"},
            },
        ),
    ]


# --------------------------------------------------------------------------------- helm

HM_API = "https://10.40.0.1:6443"
# release: (kind, replicas, chart version, how long it takes to be ready in seconds)
HM_RELEASES = {
    "web": ("Deployment", 3, "1.8.2", (80, 140)),
    "worker": ("StatefulSet", 3, "2.3.0", (120, 200)),
    "search": ("Deployment", 2, "0.9.4", (60, 110)),
    "admin": ("Deployment", 2, "1.2.1", (40, 80)),
    "scheduler": ("Deployment", 1, "0.4.0", (20, 50)),
    "api": ("Deployment", 4, "3.14.0", (60, 120)),
}
HM_WARNINGS = [
    (
        "spec.template.spec.containers[%d].env[%d]: hides previous definition of %q",
        (0, 7, "LOG_LEVEL"),
    ),
    ("unknown field %q", ("spec.template.spec.containers[0].resource",)),
    (
        "autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler",
        (),
    ),
]


def helm(r: random.Random) -> list[Log]:
    """Helm 3.15 and kubectl 1.30 in a GitLab CI deploy job (`helm upgrade --install --atomic
    --wait --timeout 5m --debug` for six releases, then `kubectl rollout status`), the job's log
    with no runner stamps: helm's `--debug` lines (`upgrade.go:164: [debug] msg`, Go's short
    file name before each), client-go's klog lines (`I0604 07:10:02.123456   48213
    request.go:697] ...`), kubectl's own output. `deploy-staging.log` (06:30, all six releases
    upgraded), `deploy-prod.log` (07:10: three releases upgraded, then api's new pods crash
    for want of a secret key: five minutes of `Deployment is not ready`, the atomic rollback
    and `Error: UPGRADE FAILED`, the after-script's `kubectl get pods`), `deploy-prod-retry.log`
    (07:41: the API server unreachable for a minute (`couldn't get current server API group
    list`, `Kubernetes cluster unreachable`), the script's retry, all six upgraded)."""
    clock = Clock(1)
    revs = {name: r.randrange(20, 60) for name in HM_RELEASES}

    def job(t: datetime, env: str, ns: str, fail: str | None, blip: bool) -> Log:
        rec = Records()
        state = {"t": t}
        pid = r.randrange(20000, 60000)

        def D(
            where: str, fmt: str, *vals: object, dt=(0.001, 0.05), more: Sequence[str] = ()
        ) -> None:
            state["t"] += secs(r, *dt)
            put(rec, state["t"], f"{where}: [debug] ", fmt, *vals, more=more)

        def K(level: str, where: str, fmt: str, *vals: object, dt=(0.001, 0.05)) -> None:
            x = clock.at(pid, state["t"] + secs(r, *dt))
            state["t"] = x
            put(
                rec,
                x,
                f"{level}{x:%m%d %H:%M:%S}.{x.microsecond:06d}   {pid} {where}] ",
                fmt,
                *vals,
            )

        def Say(fmt: str, *vals: object, dt=(0.001, 0.05), more: Sequence[str] = ()) -> None:
            state["t"] += secs(r, *dt)
            put(rec, state["t"], "", fmt, *vals, more=more)

        Say("$ %s", f"kubectl config use-context acme/platform:{env}", dt=(1, 3))
        Say("Switched to context %q.", f"acme/platform:{env}")
        if blip:
            Say(
                "$ %s",
                "helm upgrade --install web charts/web -n shop-prod -f values/prod/web.yaml --atomic --wait --timeout 5m --debug",
            )
            for _ in range(5):
                K(
                    "E",
                    "memcache.go:265",
                    "couldn't get current server API group list: Get %q: dial tcp %s: i/o timeout",
                    f"{HM_API}/api?timeout=32s",
                    "10.40.0.1:6443",
                    dt=(30, 33),
                )
            Say(
                "Error: Kubernetes cluster unreachable: Get %q: dial tcp %s: i/o timeout",
                f"{HM_API}/version",
                "10.40.0.1:6443",
                more=[],
            )
            D(
                "helm.go:84",
                "Kubernetes cluster unreachable: Get %q: dial tcp %s: i/o timeout",
                f"{HM_API}/version",
                "10.40.0.1:6443",
                more=[
                    "helm.sh/helm/v3/pkg/kube.(*Client).IsReachable",
                    "\thelm.sh/helm/v3/pkg/kube/client.go:131",
                    "helm.sh/helm/v3/pkg/action.(*Upgrade).RunWithContext",
                    "\thelm.sh/helm/v3/pkg/action/upgrade.go:142",
                    "main.newUpgradeCmd.func2",
                    "\thelm.sh/helm/v3/cmd/helm/upgrade.go:200",
                    "github.com/spf13/cobra.(*Command).execute",
                    "\tgithub.com/spf13/cobra@v1.8.0/command.go:983",
                    "runtime.goexit",
                    "\truntime/asm_amd64.s:1695",
                ],
            )
            Say("Retrying in %ds (attempt %d of %d)", 20, 2, 3)
            state["t"] += secs(r, 20, 21)
        for name, (kind, replicas, ver, ready) in HM_RELEASES.items():
            chart = f"/builds/acme/shop-deploy/charts/{name}"
            Say(
                "$ %s",
                f"helm upgrade --install {name} charts/{name} -n {ns} -f values/{env}/{name}.yaml --atomic --wait --timeout 5m --debug",
                dt=(0.5, 2),
            )
            D("install.go:218", "Original chart version: %q", "")
            D("install.go:235", "CHART PATH: %s\n", chart)
            for _ in range(r.randrange(1, 4)):
                K(
                    "I",
                    "request.go:697",
                    "Waited for %v due to client-side throttling, not priority and fairness, request: %s:%s",
                    f"{r.uniform(1, 1.4):.9f}s".rstrip("0"),
                    "GET",
                    f"{HM_API}/apis/{r.choice(['monitoring.coreos.com/v1', 'cert-manager.io/v1', 'networking.istio.io/v1beta1', 'policy/v1', 'autoscaling/v2'])}?timeout=32s",
                    dt=(0.3, 1.2),
                )
            D("history.go:56", "getting history for release %s", name)
            D("upgrade.go:164", "preparing upgrade for %s", name)
            D("upgrade.go:172", "performing update for %s", name)
            D("upgrade.go:355", "creating upgraded release for %s", name, dt=(0.1, 0.4))
            objs = [
                ("ConfigMap", f"{name}-env"),
                ("Service", name),
                ("ServiceAccount", name),
                (kind, name),
                ("HorizontalPodAutoscaler", name),
                ("PodDisruptionBudget", name),
            ]
            D("client.go:393", "checking %d resources for changes", len(objs))
            for k, n_ in objs:
                if k in (kind, "ConfigMap") or r.random() < 0.2:
                    D("client.go:684", "Patch %s %q in namespace %s", k, n_, ns, dt=(0.02, 0.2))
                else:
                    D(
                        "client.go:432",
                        "Looks like there are no changes for %s %q",
                        k,
                        n_,
                        dt=(0.02, 0.2),
                    )
            if r.random() < 0.5:
                fmt_, vals = r.choice(HM_WARNINGS)
                K("W", "warnings.go:70", fmt_, *vals)
            D("wait.go:48", "beginning wait for %d resources with timeout of %v", len(objs), "5m0s")
            t0 = state["t"]
            limit = 300 if name == fail else r.uniform(*ready)
            while (state["t"] - t0).total_seconds() < limit:
                up = (
                    0
                    if name == fail
                    else min(
                        replicas - 1, int(replicas * (state["t"] - t0).total_seconds() / limit)
                    )
                )
                D(
                    "ready.go:303" if kind == "Deployment" else "ready.go:393",
                    f"{kind} is not ready: %s/%s. %d out of %d expected pods are ready",
                    ns,
                    name,
                    up,
                    replicas,
                    dt=(2, 2.05),
                )
                if r.random() < 0.04:
                    K(
                        "I",
                        "request.go:697",
                        "Waited for %v due to client-side throttling, not priority and fairness, request: %s:%s",
                        f"{r.uniform(1, 1.2):.9f}s".rstrip("0"),
                        "GET",
                        f"{HM_API}/apis/apps/v1/namespaces/{ns}/replicasets?labelSelector=app.kubernetes.io%2Finstance%3D{name}",
                        dt=(0.01, 0.2),
                    )
            if name == fail:
                revs[name] += 1
                D(
                    "upgrade.go:436",
                    "warning: Upgrade %q failed: %s",
                    name,
                    "context deadline exceeded",
                )
                D(
                    "upgrade.go:479",
                    "Upgrade failed and atomic is set, rolling back to last successful release",
                )
                D("history.go:56", "getting history for release %s", name)
                D("rollback.go:65", "preparing rollback of %s", name)
                D(
                    "rollback.go:131",
                    "rolling back %s (current: v%d, target: v%d)",
                    name,
                    revs[name],
                    revs[name] - 1,
                )
                D("rollback.go:71", "creating rolled back release for %s", name)
                D("rollback.go:77", "performing rollback of %s", name)
                for k, n_ in objs:
                    D("client.go:684", "Patch %s %q in namespace %s", k, n_, ns, dt=(0.02, 0.2))
                D("rollback.go:199", "updating status for rolled back release for %s", name)
                revs[name] += 1
                Say(
                    "Error: UPGRADE FAILED: release %s failed, and has been rolled back due to atomic being set: %s",
                    name,
                    "context deadline exceeded",
                )
                D(
                    "helm.go:84",
                    "context deadline exceeded",
                    more=[
                        f"release {name} failed, and has been rolled back due to atomic being set",
                        "helm.sh/helm/v3/pkg/action.(*Upgrade).failRelease",
                        "\thelm.sh/helm/v3/pkg/action/upgrade.go:480",
                        "helm.sh/helm/v3/pkg/action.(*Upgrade).releasingUpgrade",
                        "\thelm.sh/helm/v3/pkg/action/upgrade.go:431",
                        "runtime.goexit",
                        "\truntime/asm_amd64.s:1695",
                        "UPGRADE FAILED",
                        "main.newUpgradeCmd.func2",
                        "\thelm.sh/helm/v3/cmd/helm/upgrade.go:201",
                        "github.com/spf13/cobra.(*Command).execute",
                        "\tgithub.com/spf13/cobra@v1.8.0/command.go:983",
                        "main.main",
                        "\thelm.sh/helm/v3/cmd/helm/helm.go:83",
                        "runtime.main",
                        "\truntime/proc.go:271",
                        "runtime.goexit",
                        "\truntime/asm_amd64.s:1695",
                    ],
                )
                Say(
                    "$ %s",
                    f"kubectl get pods -n {ns} -l app.kubernetes.io/instance={name}",
                    dt=(1, 2),
                )
                rows = [f"{name}-{hexid(r, 10)}-{alnum_lower(r, 5)}" for _ in range(replicas)]
                new = [f"{name}-{hexid(r, 10)}-{alnum_lower(r, 5)}" for _ in range(2)]
                Say("NAME READY STATUS RESTARTS AGE", more=[])
                rec.items[-1] = (
                    rec.items[-1][0],
                    rec.items[-1][1],
                    [
                        "NAME                          READY   STATUS             RESTARTS      AGE",
                        *[
                            f"{x:<29} 1/1     Running            0             {r.randrange(2, 9)}d"
                            for x in rows
                        ],
                        *[
                            f"{x:<29} 0/1     CrashLoopBackOff   5 (72s ago)   5m{r.randrange(10, 30)}s"
                            for x in new
                        ],
                    ],
                    rec.items[-1][3],
                )
                Say("ERROR: Job failed: exit code %d", 1, dt=(0.5, 1))
                return rec.into(Log(f"deploy-{env}{'-retry' if blip else ''}.log", t))
            if kind == "StatefulSet":
                D(
                    "ready.go:393",
                    "StatefulSet is ready: %s/%s. %d out of %d expected pods are ready",
                    ns,
                    name,
                    replicas,
                    replicas,
                    dt=(2, 2.05),
                )
            D("upgrade.go:162", "updating status for upgraded release for %s", name)
            revs[name] += 1
            Say("Release %q has been upgraded. Happy Helming!", name, dt=(0.05, 0.2))
            stamp = state["t"]
            Say(
                "NAME: %s",
                name,
                more=[
                    f"LAST DEPLOYED: {stamp:%a %b} {stamp.day:2d} {stamp:%H:%M:%S %Y}",
                    f"NAMESPACE: {ns}",
                    "STATUS: deployed",
                    f"REVISION: {revs[name]}",
                    "TEST SUITE: None",
                    "USER-SUPPLIED VALUES:",
                    "image:",
                    f"  tag: 2.14.{r.randrange(0, 4)}-{hexid(r, 8)}",
                    f"replicaCount: {replicas}",
                    "resources:",
                    "  limits:",
                    "    memory: 512Mi",
                    "",
                    "COMPUTED VALUES:",
                    "autoscaling:",
                    "  enabled: true",
                    "  maxReplicas: 10",
                    f"  minReplicas: {replicas}",
                    "image:",
                    "  pullPolicy: IfNotPresent",
                    f"  repository: registry.gitlab.acme.example/shop/{name}",
                    "",
                    "HOOKS:",
                    "MANIFEST:",
                    "---",
                    f"# Source: {name}/templates/service.yaml",
                    "apiVersion: v1",
                    "kind: Service",
                    "metadata:",
                    f"  name: {name}",
                    "  labels:",
                    f"    app.kubernetes.io/instance: {name}",
                    f"    helm.sh/chart: {name}-{ver}",
                    "spec:",
                    "  type: ClusterIP",
                    "  ports:",
                    "    - port: 80",
                    "      targetPort: http",
                    "",
                    "NOTES:",
                    f"{name} {ver} is running in {ns}.",
                ],
                dt=(0.001, 0.01),
            )
            Say(
                "$ %s",
                f"kubectl rollout status {kind.lower()}/{name} -n {ns} --timeout=120s",
                dt=(0.5, 1.5),
            )
            if kind == "StatefulSet":
                Say("partitioned roll out complete: %d new pods have been updated...", replicas)
            else:
                Say("deployment %q successfully rolled out", name)
        Say("Cleaning up project directory and file based variables", dt=(1, 2))
        Say("Job succeeded")
        return rec.into(Log(f"deploy-{env}{'-retry' if blip else ''}.log", t))

    return [
        job(at(6, 30, 12), "staging", "shop-staging", None, False),
        job(at(7, 10, 3), "prod", "shop-prod", "api", False),
        job(at(7, 41, 40), "prod", "shop-prod", None, True),
    ]


def whole_lines(
    system: Callable[[random.Random], list[Log]],
) -> Callable[[random.Random], list[Log]]:
    """`system`, checked: every line it writes is one line of its file (a newline inside one
    would move every later label onto the wrong line)."""

    def run(r: random.Random) -> list[Log]:
        logs = system(r)
        for log in logs:
            for text, _ in log.lines:
                assert "\n" not in text, (log.name, text)
        return logs

    return run


SYSTEMS = {
    name: whole_lines(system)
    for name, system in {
        "terraform": terraform,
        "gradle": gradle,
        "buildkit": buildkit,
        "bazel": bazel,
        "helm": helm,
    }.items()
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
