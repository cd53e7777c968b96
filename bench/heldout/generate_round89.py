#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 89 (aws-lambda, heroku, s3-access, k8s-events,
azure-functions) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it; the lines that continue an event (a Python traceback under Lambda's
`[ERROR]` line, Rails' FATAL lines after the first, Ruby's `from` lines, the Functions host's
`Result: Failure` / `Exception:` / `Stack:` lines and listings) have no label. Distinct calls of
one process never share a timestamp at the log's resolution (round 53's Clock; the process is a
Lambda log stream, a Heroku source, a Functions instance, an S3 requester, a Kubernetes
component on a host). Five cloud platforms' logs:

- AWS Lambda (`orders-api.log`: Python 3.12; `thumbnailer.log`: Node.js 20), as `aws logs tail
  /aws/lambda/<fn>` prints them: `2024-06-04T06:00:36.707000+00:00 2024/06/04/[$LATEST]<32 hex>
  <message>`, several log streams (execution environments) interleaved. The platform's
  INIT_START / START / END / REPORT (with `Init Duration` on a cold start, `Status: timeout`,
  `Status: error Error Type: ...`), INIT_REPORT of a failed init, `Task timed out after %.2f
  seconds`, `RequestId: %s Error: Runtime exited with error: signal: killed` with its
  `Runtime.ExitError` line; the Python runtime's `[LEVEL]<TAB>time<TAB>request id<TAB>message` lines and
  its `[ERROR] Type: message` + `Traceback (most recent call last):` for an uncaught error; the
  Node runtime's `time<TAB>request id<TAB>LEVEL<TAB>message` lines and `Invoke Error <TAB>{JSON}`.
- Heroku (`heroku.log`, `heroku logs --tail` of a Rails 7.1 shop on Puma 6): the router's
  `at=info method= path= host= request_id= fwd= dyno= connect= service= status= bytes=
  protocol=` lines and its H10 / H12 / H27 errors, `heroku[web.N]` state changes, cycling,
  R14, restarts, `app[api]` deploys, releases and a rollback, `app[web.N]` Puma's boot and
  shutdown lines, a LoadError crash at boot, and Rails' Logger::Formatter lines tagged with
  the request id (`I, [time #4]  INFO -- : [id] Started GET ...`, FATAL exception events written
  as one call over several lines, each line stamped by logplex).
- S3 server access logs (`shop-assets-2024-06-04-06-21-41-<16 hex>` ...: 26 log objects of two
  buckets): every documented field through `acl required`; CloudFront origin fetches (200,
  304, 206, 404 NoSuchKey), the app's HEAD/PUT/tagging, browser uploads with presigned URLs,
  the thumbnailer's GET and PUTs, a multipart backup (POST uploads, 96 PUT parts, POST upload),
  lifecycle expirations (`S3.EXPIRE.OBJECT`, requester `AmazonS3`), an admin's console
  (bucket sub-resources: location, policy 404 NoSuchBucketPolicy, versioning ...), an
  anonymous scanner (403 AccessDenied), a throttled import (503 SlowDown). A few records of
  an object are out of order, as S3's best-effort delivery leaves them.
- Kubernetes events (`prod-event-exporter.log`, `staging-event-exporter.log`:
  kubernetes-event-exporter's stdout receiver, one JSON event a line: metadata, reason,
  message, source, first/lastTimestamp, count, type, eventTime, reportingComponent,
  reportingInstance, involvedObject): HPA rescales, Deployment and ReplicaSet scaling,
  scheduling, kubelet pulls / creates / starts / kills, CronJobs and Jobs, an image tag that
  does not exist (ErrImagePull, ImagePullBackOff), a crash loop (BackOff, counts rising),
  failing probes, a node reboot (NodeNotReady, TaintManagerEviction, FailedScheduling, the
  kubelet's start-up events, SandboxChanged), a missing Secret (FailedMount).
- Azure Functions (`host-2f1a9c8e21.log`, `host-8b4d0e6a73.log`: the host's file logs of a
  Python function app on two instances, `2024-06-04T06:00:02.000 [Information] message`): host
  start-up (`Initializing Host. OperationId: '%s'.`, `Starting Host (HostId=...)`, the worker
  process, `Found the following functions:` with its list, `Host started (%dms)`), the host
  lock and the timer's schedule listing, `Executing 'Functions.%s' (Reason='%s', Id=%s)` /
  `Executed ... (Succeeded|Failed, Id=%s, Duration=%dms)` around the functions' own lines,
  queue trigger details, Cosmos DB unavailable (failures with the Python worker's
  `Result: Failure` block, `Message has reached MaxDequeueCount of 5. Moving message to queue
  'orders-poison'.`), a function timeout shutting the host down and its restart.

Label notes. The rules of rounds 51 to 88 hold. Lambda's `aws logs tail` time and stream, the
runtimes' time, level and request id are context: the label is the message
(`Fetched order %s (%d items, status %s)`); the platform lines are the platform's formats,
a REPORT's optional fields making a label each (cold, timeout, error: as round 86's
all-syslog.sh), the runtime version, phase and error type values; an uncaught error's label
is its type and its message's format (`[ERROR] KeyError: %s`), the traceback its lines; a
Node `Invoke Error` is labelled by its error's type and message, the JSON the event's. A
message that is an error's text contributes its format (botocore's `An error occurred (%s)
when calling the %s operation (reached max retries: %d): %s`, jsonschema's `%s is a required
property` beside `%s is not of type %s`). Heroku's time and source are context; the router's
line is an access line, labelled as the set's access logs are (method, route with ids as
`%s`, status, and the H code of an error: `GET /products/%s 503 H12`); state names, exit
statuses, a controller and action (`Processing by %s#%s as %s`) and HTTP statuses are
values; Rails' `Completed` line is a label per set of runtimes it lists (`Views:` or not);
Logger::Formatter's head and the request-id tag are context; a FATAL exception event (one
call: a blank line, `Class (message):`, a blank line, the trace) is labelled at its first,
blank line with the exception's class and message format. S3's records are labelled by the
operation S3 resolved the request to (its own name for the endpoint), the status and the
error code (`REST.GET.OBJECT %s 404 NoSuchKey`): the key is the object the request names,
data the bucket holds, a value like the request id, requester and sizes (unlike a web
server's route, the key's path is not the program's). Kubernetes events are labelled by the
message's format (`Back-off restarting failed container %s in pod %s`), the reason, type,
object, counts and timestamps being the event's context; the probe type in `%s probe failed:
%s` is a value, the probe's output contributes its format; `up` / `down` in `Scaled %s
replica set` are picked by branch (wording). Azure Functions' time and level are context;
`Succeeded` / `Failed` in `Executed` are picked by branch (wording); a trigger's Reason is a
message of its own (`New queue message detected on '%s'.`, `Timer fired at %s`, `This
function was programmatically called via the host APIs.`), each its label.

Sources: written from the helper's knowledge of each program and of real logs; nothing
copied from a corpus. Least sure: Lambda's `aws logs tail` padding of the time to
microseconds, the empty request id of an init-time Python log line, the Node OOM lines
(`Runtime.ExitError` on its own line, `Error Type: Runtime.OutOfMemory`), INIT_REPORT's
fields, the Python runtime version strings and ARNs; Heroku's H27 `at=warning` and status
499, `Rollback to v%d by user %s`, Puma 6's boot lines under `bundle exec puma`; S3's
lifecycle record's fields (`-` for the request URI, status and bytes), the console's
sub-resource operation names (`REST.GET.OWNERSHIP_CONTROLS`, `REST.GET.PUBLIC_ACCESS_BLOCK`),
the user agents; kubernetes-event-exporter's field order, whether its stdout receiver adds
anything around the event, the 1.30 `Scaled up replica set %s to %d from %d` and `Image size:`
wordings, the FailedScheduling text, `Node %s has been rebooted, boot id: %s`; the Functions
host's `Starting worker process:`, `%s process with Id=%d started`, `python exited with code
%d (0x%X).`, the HTTP routes listing, the timeout messages, the blank line after a listing
and the Python worker's `Result: Failure` block. Run it only to change the data on purpose:
`python bench/heldout/generate_round89.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import secs
from generate_round55 import UA_BROWSERS, at, poisson
from generate_round88 import Files


def ms_z(t: datetime) -> str:
    """`2024-06-04T06:00:01.123Z`"""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


# --------------------------------------------------------------------------------- aws-lambda

LA_PY_ARN = (
    "arn:aws:lambda:eu-west-1::runtime:"
    + "7b620fc2e66107a1c4a4f2cbcfb5b8bdd3b2f6e0a9c1d4e7f8a2b3c4d5e6f708"
)
LA_NODE_ARN = (
    "arn:aws:lambda:eu-west-1::runtime:"
    + "0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9"
)
LA_THROTTLE = "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."
LA_PY_FRAMES = [
    '  File "/var/task/app.py", line 41, in handler',
    "    return ROUTES[key](event)",
    '  File "/var/task/app.py", line 88, in create_order',
    '    customer = body["customer_id"]',
]
LA_SHARP_STACK = [
    "Error: Input buffer contains unsupported image format",
    "    at Sharp.toBuffer (/var/task/node_modules/sharp/lib/output.js:163:17)",
    "    at resize (file:///var/task/index.mjs:48:8)",
    "    at Runtime.handler (file:///var/task/index.mjs:27:25)",
]
LA_SIZES = [("thumb", 200), ("medium", 800), ("large", 1600)]


class Env:
    """One execution environment of a function: its log stream, when it is free again and
    whether its runtime is initialised."""

    def __init__(self, r: random.Random, t: datetime) -> None:
        self.stream = f"{t:%Y/%m/%d}/[$LATEST]{hexid(r, 32)}"
        self.free = t
        self.warm = False
        self.broken = False


def aws_lambda(r: random.Random) -> list[Log]:
    """`aws logs tail /aws/lambda/<fn> --since 4h` of two functions, 06:00 to 10:00
    (`orders-api.log`: Python 3.12 behind API Gateway, 512 MB, 10 s timeout;
    `thumbnailer.log`: Node.js 20 on S3 uploads, 1024 MB, 15 s timeout). Every line is the
    event's time to the microsecond with its offset, the log stream and the message; an event
    over several lines (a traceback, an error's type line) has its later lines bare.
    orders-api: DynamoDB throttling 07:40-07:55, a bad deploy at 08:00 whose every init fails
    (Runtime.ImportModuleError) until a rollback at 08:07, a partner's orders without a
    customer id 08:30-08:50 (uncaught KeyError), the payment service hanging 09:10-09:25
    (timeouts). thumbnailer: PDFs and a corrupt image, deleted objects (NoSuchKey), a batch of
    huge TIFFs 07:20-07:35 (out of memory and timeouts)."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(10, 0)

    def E(
        f: str, env: Env, t: datetime, label: str, msg: Callable[[datetime], list[str]]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            lines = msg(x)
            head = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}000+00:00 {env.stream} "
            return [head + lines[0], *lines[1:]]

        return fs.add(f, t, label, text, proc=env.stream)

    def P(f: str, env: Env, t: datetime, label: str, msg: str) -> datetime:
        return E(f, env, t, label, lambda x: [msg])

    def report(
        f: str,
        env: Env,
        t: datetime,
        rid: str,
        dur: float,
        mem: int,
        size: int,
        init: float | None,
        status: str = "",
    ) -> datetime:
        s = f"REPORT RequestId: {rid}\tDuration: {dur:.2f} ms\tBilled Duration: {math.ceil(dur)} ms\tMemory Size: {size} MB\tMax Memory Used: {mem} MB\t"
        label = "REPORT RequestId: %s Duration: %s ms Billed Duration: %s ms Memory Size: %s MB Max Memory Used: %s MB"
        if init is not None:
            s += f"Init Duration: {init:.2f} ms\t"
            label += " Init Duration: %s ms"
        if status == "timeout":
            s += "Status: timeout"
            label += " Status: timeout"
        elif status:
            s += f"Status: error\tError Type: {status}"
            label += " Status: error Error Type: %s"
        return P(f, env, t, label, s)

    def init_start(f: str, env: Env, t: datetime, rv: str, arn: str) -> datetime:
        return P(
            f,
            env,
            t,
            "INIT_START Runtime Version: %s Runtime Version ARN: %s",
            f"INIT_START Runtime Version: {rv}\tRuntime Version ARN: {arn}",
        )

    def timeout(f: str, env: Env, t: datetime, rid: str, limit: int) -> datetime:
        return E(
            f,
            env,
            t,
            "%s %s Task timed out after %.2f seconds",
            lambda x: [
                f"{ms_z(x)} {rid} Task timed out after {limit + r.uniform(0.005, 0.04):.2f} seconds"
            ],
        )

    # ---- orders-api (Python)
    OF = "orders-api.log"
    envs: list[Env] = []
    oid = [5_120_000]
    customers = [f"C{r.randrange(10000, 99999)}" for _ in range(60)]
    orders: list[str] = []

    def py_log(env: Env, t: datetime, lvl: str, rid: str, label: str, msg: str) -> datetime:
        return E(OF, env, t, label, lambda x: [f"[{lvl}]\t{ms_z(x)}\t{rid}\t{msg}"])

    def py_invoke(t: datetime, env: Env) -> None:
        cold = not env.warm
        init = None
        if env.broken:
            # a version whose module cannot be imported: the init is retried at each invoke
            if cold:
                t = init_start(OF, env, t, "python:3.12.v27", LA_PY_ARN)
                d = r.uniform(700, 900)
                t = E(
                    OF,
                    env,
                    t + secs(r, 0.6, 0.85),
                    "[ERROR] Runtime.ImportModuleError: Unable to import module %s: No module named %s",
                    lambda x: [
                        "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'pydantic_core._pydantic_core'",
                        "Traceback (most recent call last):",
                    ],
                )
                t = P(
                    OF,
                    env,
                    t + secs(r, 0.001, 0.004),
                    "INIT_REPORT Init Duration: %s ms Phase: %s Status: %s Error Type: %s",
                    f"INIT_REPORT Init Duration: {d:.2f} ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError",
                )
                env.warm = True
            rid = uuid4(r)
            t = P(
                OF,
                env,
                t + secs(r, 0.002, 0.01),
                "START RequestId: %s Version: %s",
                f"START RequestId: {rid} Version: $LATEST",
            )
            d = r.uniform(650, 900)
            t = E(
                OF,
                env,
                t + secs(r, 0.6, 0.85),
                "[ERROR] Runtime.ImportModuleError: Unable to import module %s: No module named %s",
                lambda x: [
                    "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'pydantic_core._pydantic_core'",
                    "Traceback (most recent call last):",
                ],
            )
            t = P(
                OF,
                env,
                t + secs(r, 0.001, 0.004),
                "INIT_REPORT Init Duration: %s ms Phase: %s Status: %s Error Type: %s",
                f"INIT_REPORT Init Duration: {d:.2f} ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError",
            )
            t = P(OF, env, t + secs(r, 0.001, 0.003), "END RequestId: %s", f"END RequestId: {rid}")
            t = report(
                OF,
                env,
                t + secs(r, 0.0005, 0.002),
                rid,
                d + r.uniform(3, 12),
                r.randint(38, 42),
                512,
                None,
                "Runtime.ImportModuleError",
            )
            env.free = t + secs(r, 0.01, 0.05)
            return
        if cold:
            t = init_start(OF, env, t, "python:3.12.v27", LA_PY_ARN)
            init = r.uniform(380, 620)
            t = py_log(
                env,
                t + timedelta(milliseconds=init * 0.7),
                "INFO",
                "",
                "Found credentials in environment variables.",
                "Found credentials in environment variables.",
            )
            t += timedelta(milliseconds=init * 0.3)
            env.warm = True
        rid = uuid4(r)
        start = t = P(
            OF,
            env,
            t + secs(r, 0.001, 0.005),
            "START RequestId: %s Version: %s",
            f"START RequestId: {rid} Version: $LATEST",
        )
        x = r.random()
        mem = r.randint(84, 96) if not cold else r.randint(78, 84)
        status = ""
        if x < 0.5:
            o = (
                r.choice(orders)
                if orders and r.random() < 0.93
                else str(r.randrange(5_000_000, 5_119_999))
            )
            t = py_log(
                env,
                t + secs(r, 0.001, 0.004),
                "INFO",
                rid,
                "Received %s request for %s",
                f"Received GET request for /orders/{o}",
            )
            t += secs(r, 0.008, 0.06)
            if at(7, 40) <= t < at(7, 55) and r.random() < 0.35:
                t = py_log(
                    env,
                    t + secs(r, 0.4, 1.2),
                    "ERROR",
                    rid,
                    "Failed to read order %s: An error occurred (%s) when calling the GetItem operation (reached max retries: %d): %s",
                    f"Failed to read order {o}: An error occurred (ProvisionedThroughputExceededException) when calling the GetItem operation (reached max retries: 9): {LA_THROTTLE}",
                )
            elif o in orders:
                t = py_log(
                    env,
                    t,
                    "INFO",
                    rid,
                    "Fetched order %s (%d items, status %s)",
                    f"Fetched order {o} ({r.randint(1, 6)} items, status {r.choice(['PAID', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'])})",
                )
            else:
                t = py_log(env, t, "WARNING", rid, "Order %s not found", f"Order {o} not found")
        elif x < 0.68:
            c = r.choice(customers)
            t = py_log(
                env,
                t + secs(r, 0.001, 0.004),
                "INFO",
                rid,
                "Received %s request for %s",
                f"Received GET request for /customers/{c}/orders",
            )
            t = py_log(
                env,
                t + secs(r, 0.02, 0.12),
                "INFO",
                rid,
                "Listing orders for customer %s: %d found",
                f"Listing orders for customer {c}: {r.randint(0, 24)} found",
            )
        else:
            c = r.choice(customers)
            t = py_log(
                env,
                t + secs(r, 0.001, 0.004),
                "INFO",
                rid,
                "Received %s request for %s",
                "Received POST request for /orders",
            )
            partner = at(8, 30) <= t < at(8, 50) and r.random() < 0.55
            v = r.random()
            if partner:
                t = E(
                    OF,
                    env,
                    t + secs(r, 0.002, 0.01),
                    "[ERROR] KeyError: %s",
                    lambda x: [
                        "[ERROR] KeyError: 'customer_id'",
                        "Traceback (most recent call last):",
                        *LA_PY_FRAMES,
                    ],
                )
            elif v < 0.06:
                t = py_log(
                    env,
                    t + secs(r, 0.002, 0.01),
                    "WARNING",
                    rid,
                    "Rejected order request: %s is a required property",
                    f"Rejected order request: '{r.choice(['items', 'currency', 'shipping_address'])}' is a required property",
                )
            elif v < 0.1:
                _fld, typ = r.choice(
                    [("quantity", "integer"), ("items", "array"), ("total", "number")]
                )
                t = py_log(
                    env,
                    t + secs(r, 0.002, 0.01),
                    "WARNING",
                    rid,
                    "Rejected order request: %s is not of type %s",
                    f"Rejected order request: '{r.randint(1, 9) if typ == 'array' else 'two'}' is not of type '{typ}'",
                )
            else:
                n = r.randint(1, 5)
                t = py_log(
                    env,
                    t + secs(r, 0.002, 0.01),
                    "INFO",
                    rid,
                    "Creating order for customer %s with %d items",
                    f"Creating order for customer {c} with {n} items",
                )
                oid[0] += r.randint(1, 3)
                o = str(oid[0])
                if at(9, 10) <= t < at(9, 25) and r.random() < 0.7:
                    t = py_log(
                        env,
                        t + secs(r, 0.01, 0.03),
                        "INFO",
                        rid,
                        "Charging %s %s for order %s",
                        f"Charging {r.randint(9, 400)}.{r.randint(0, 99):02d} EUR for order {o}",
                    )
                    t = timeout(
                        OF,
                        env,
                        start + timedelta(seconds=10, milliseconds=r.uniform(5, 40)),
                        rid,
                        10,
                    )
                    status = "timeout"
                else:
                    amt = f"{r.randint(9, 400)}.{r.randint(0, 99):02d}"
                    t = py_log(
                        env,
                        t + secs(r, 0.01, 0.03),
                        "INFO",
                        rid,
                        "Charging %s %s for order %s",
                        f"Charging {amt} EUR for order {o}",
                    )
                    t = py_log(
                        env,
                        t + secs(r, 0.12, 0.35),
                        "INFO",
                        rid,
                        "Payment %s authorized for order %s",
                        f"Payment pi_{hexid(r, 24)} authorized for order {o}",
                    )
                    if at(7, 40) <= t < at(7, 55) and r.random() < 0.6:
                        t = py_log(
                            env,
                            t + secs(r, 0.8, 1.6),
                            "ERROR",
                            rid,
                            "Failed to store order %s: An error occurred (%s) when calling the PutItem operation (reached max retries: %d): %s",
                            f"Failed to store order {o}: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): {LA_THROTTLE}",
                        )
                    else:
                        t = py_log(
                            env,
                            t + secs(r, 0.01, 0.05),
                            "INFO",
                            rid,
                            "Order %s stored (total %s %s)",
                            f"Order {o} stored (total {amt} EUR)",
                        )
                        orders.append(o)
        t = P(OF, env, t + secs(r, 0.0005, 0.003), "END RequestId: %s", f"END RequestId: {rid}")
        dur = (t - start).total_seconds() * 1000 + r.uniform(0.5, 2)
        if status == "timeout":
            dur = 10000.0
            env.warm = False
        t = report(OF, env, t + secs(r, 0.0002, 0.002), rid, dur, mem, 512, init, status)
        env.free = t + secs(r, 0.005, 0.03)

    def pick_env(pool: list[Env], t: datetime) -> Env:
        free = [e for e in pool if e.free <= t]
        if free:
            return max(free, key=lambda e: e.free)
        e = Env(r, t)
        pool.append(e)
        return e

    broken_from, broken_to = at(8, 0, 12), at(8, 7, 3)
    for t in poisson(r, t0, t_end, 55):
        if broken_from <= t < broken_to:
            if envs and not envs[0].broken:
                envs = []
            e = pick_env(envs, t)
            e.broken = True
        else:
            if envs and envs[0].broken:
                envs = []
            e = pick_env(envs, t)
        py_invoke(max(t, e.free), e)

    # ---- thumbnailer (Node.js)
    TF = "thumbnailer.log"
    tenvs: list[Env] = []

    def node_log(env: Env, t: datetime, lvl: str, rid: str, label: str, msg: str) -> datetime:
        return E(TF, env, t, label, lambda x: [f"{ms_z(x)}\t{rid}\t{lvl}\t{msg}"])

    def node_invoke(t: datetime, env: Env, kind: str) -> None:
        cold = not env.warm
        init = None
        if cold:
            t = init_start(TF, env, t, "nodejs:20.v24", LA_NODE_ARN)
            init = r.uniform(240, 420)
            t += timedelta(milliseconds=init)
            env.warm = True
        rid = uuid4(r)
        start = t = P(
            TF,
            env,
            t + secs(r, 0.001, 0.005),
            "START RequestId: %s Version: %s",
            f"START RequestId: {rid} Version: $LATEST",
        )
        ext = {
            "jpg": "image/jpeg",
            "png": "image/png",
            "tif": "image/tiff",
            "pdf": "application/pdf",
            "heic": "image/heic",
        }
        e = (
            "tif"
            if kind in ("huge", "huge-timeout")
            else "pdf"
            if kind == "pdf"
            else "heic"
            if kind == "heic"
            else r.choice(["jpg", "jpg", "jpg", "png"])
        )
        key = f"uploads/{r.choice(['products', 'avatars', 'reviews'])}/{uuid4(r)}.{e}"
        size = r.randint(50_000_000, 90_000_000) if e == "tif" else r.randint(80_000, 6_000_000)
        mem = r.randint(180, 420)
        status = ""
        if kind == "nokey":
            t = node_log(
                env,
                t + secs(r, 0.002, 0.008),
                "INFO",
                rid,
                "Processing s3://%s/%s (%d bytes)",
                f"Processing s3://shop-media-uploads/{key} ({size} bytes)",
            )
            body = {
                "errorType": "NoSuchKey",
                "errorMessage": "The specified key does not exist.",
                "name": "NoSuchKey",
                "$fault": "client",
                "$metadata": {
                    "httpStatusCode": 404,
                    "requestId": hexid(r, 16).upper(),
                    "extendedRequestId": hexid(r, 56),
                    "attempts": 1,
                    "totalRetryDelay": 0,
                },
                "Code": "NoSuchKey",
                "Key": key,
                "RequestId": hexid(r, 16).upper(),
                "HostId": hexid(r, 56),
                "message": "The specified key does not exist.",
                "stack": [
                    "NoSuchKey: The specified key does not exist.",
                    "    at de_NoSuchKeyRes (/var/runtime/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:6196:21)",
                    "    at de_CommandError (/var/runtime/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:4621:19)",
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                    "    at async /var/runtime/node_modules/@aws-sdk/node_modules/@smithy/middleware-serde/dist-cjs/index.js:35:20",
                ],
            }
            t = node_log(
                env,
                t + secs(r, 0.03, 0.09),
                "ERROR",
                rid,
                'Invoke Error {"errorType":"NoSuchKey","errorMessage":"The specified key does not exist.",...}',
                "Invoke Error \t" + json.dumps(body, separators=(",", ":")),
            )
        elif kind == "pdf":
            t = node_log(
                env,
                t + secs(r, 0.002, 0.008),
                "INFO",
                rid,
                "Processing s3://%s/%s (%d bytes)",
                f"Processing s3://shop-media-uploads/{key} ({size} bytes)",
            )
            t = node_log(
                env,
                t + secs(r, 0.03, 0.08),
                "WARN",
                rid,
                "Skipping %s: unsupported content type %s",
                f"Skipping {key}: unsupported content type {ext[e]}",
            )
        elif kind == "heic":
            t = node_log(
                env,
                t + secs(r, 0.002, 0.008),
                "INFO",
                rid,
                "Processing s3://%s/%s (%d bytes)",
                f"Processing s3://shop-media-uploads/{key} ({size} bytes)",
            )
            body2 = {
                "errorType": "Error",
                "errorMessage": "Input buffer contains unsupported image format",
                "stack": LA_SHARP_STACK,
            }
            t = node_log(
                env,
                t + secs(r, 0.1, 0.3),
                "ERROR",
                rid,
                'Invoke Error {"errorType":"Error","errorMessage":"Input buffer contains unsupported image format",...}',
                "Invoke Error \t" + json.dumps(body2, separators=(",", ":")),
            )
        else:
            t = node_log(
                env,
                t + secs(r, 0.002, 0.008),
                "INFO",
                rid,
                "Processing s3://%s/%s (%d bytes)",
                f"Processing s3://shop-media-uploads/{key} ({size} bytes)",
            )
            w0, h0 = r.choice(
                [(4032, 3024), (3000, 2000), (1920, 1080), (6000, 4000), (2048, 2048)]
            )
            if kind == "huge":
                t = start + timedelta(seconds=r.uniform(3, 9))
                t = E(
                    TF,
                    env,
                    t,
                    "RequestId: %s Error: Runtime exited with error: signal: killed",
                    lambda x: [
                        f"RequestId: {rid} Error: Runtime exited with error: signal: killed",
                        "Runtime.ExitError",
                    ],
                )
                status, mem = "Runtime.OutOfMemory", 1024
                env.warm = False
            elif kind == "huge-timeout":
                t = node_log(
                    env,
                    t + secs(r, 2, 5),
                    "INFO",
                    rid,
                    "Wrote %s (%dx%d, %d bytes)",
                    f"Wrote {key.replace('uploads/', 'thumbs/thumb/')} (200x{200 * h0 // w0}, {r.randint(6000, 20000)} bytes)",
                )
                t = timeout(
                    TF, env, start + timedelta(seconds=15, milliseconds=r.uniform(5, 40)), rid, 15
                )
                status, mem = "timeout", r.randint(900, 1000)
                env.warm = False
            else:
                for name, w in LA_SIZES:
                    t = node_log(
                        env,
                        t + secs(r, 0.08, 0.6),
                        "INFO",
                        rid,
                        "Wrote %s (%dx%d, %d bytes)",
                        f"Wrote {key.replace('uploads/', f'thumbs/{name}/')} ({w}x{w * h0 // w0}, {r.randint(w * 40, w * 160)} bytes)",
                    )
                t = node_log(
                    env,
                    t + secs(r, 0.001, 0.006),
                    "INFO",
                    rid,
                    "Resized %s in %dms",
                    f"Resized {key} in {int((t - start).total_seconds() * 1000)}ms",
                )
        t = P(TF, env, t + secs(r, 0.0005, 0.003), "END RequestId: %s", f"END RequestId: {rid}")
        dur = (t - start).total_seconds() * 1000
        if status == "timeout":
            dur = 15000.0
        t = report(TF, env, t + secs(r, 0.0002, 0.002), rid, dur, mem, 1024, init, status)
        env.free = t + secs(r, 0.01, 0.05)

    for t in poisson(r, t0, t_end, 110):
        x = r.random()
        huge = at(7, 20) <= t < at(7, 35)
        if huge and x < 0.7:
            kind = "huge" if r.random() < 0.6 else "huge-timeout"
        elif x < 0.05:
            kind = "pdf"
        elif x < 0.075:
            kind = "nokey"
        elif x < 0.09:
            kind = "heic"
        else:
            kind = "ok"
        e = pick_env(tenvs, t)
        node_invoke(max(t, e.free), e, kind)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- heroku

HK_HOST = "shop-example.herokuapp.com"
HK_CMD = "bundle exec puma -C config/puma.rb"
HK_ROUTES = [
    # method, path maker, controller#action, format, params maker, weight
    ("GET", lambda r: "/", "StorefrontController#index", "HTML", None, 16),
    (
        "GET",
        lambda r: f"/products/{r.randint(1, 480)}",
        "ProductsController#show",
        "HTML",
        "id",
        30,
    ),
    ("GET", lambda r: "/products", "ProductsController#index", "HTML", "q", 12),
    ("GET", lambda r: "/api/v1/cart", "Api::V1::CartsController#show", "JSON", None, 14),
    (
        "POST",
        lambda r: "/api/v1/cart/items",
        "Api::V1::CartItemsController#create",
        "JSON",
        "item",
        9,
    ),
    ("POST", lambda r: "/checkout", "CheckoutsController#create", "HTML", "order", 4),
    (
        "GET",
        lambda r: f"/orders/{r.randint(30000, 39999)}",
        "OrdersController#show",
        "HTML",
        "id",
        5,
    ),
]
HK_IPS = [
    f"{a}.{b}.{c}.{d}"
    for a, b, c, d in [
        (203, 0, 113, 5),
        (198, 51, 100, 23),
        (192, 0, 2, 77),
        (203, 0, 113, 140),
        (198, 51, 100, 9),
        (81, 2, 69, 160),
        (92, 40, 17, 3),
        (151, 101, 1, 69),
    ]
]
HK_SCAN = ["/wp-login.php", "/.env", "/xmlrpc.php"]


def heroku(r: random.Random) -> list[Log]:
    """`heroku logs --tail -a shop-example` saved from 06:00 to 09:00 (`heroku.log`): a Rails
    7.1 shop on Puma 6 (web.1, web.2; Logger::Formatter lines tagged with the request id). The
    router's line for every request; web.2's daily cycling at 06:31; web.1 over its memory
    quota 07:12-07:20 (R14) until an admin restarts it; the database's pool exhausted
    07:40-07:52 (H12 timeouts, ConnectionTimeoutError 500s); a deploy at 08:15 whose release
    crashes at boot (LoadError, H10 App crashed) and a rollback at 08:21; scanners' 404s
    (RoutingError), clients closing requests (H27)."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(9, 0)
    pids = {"web.1": 4, "web.2": 4}
    state = {"web.1": "up", "web.2": "up"}
    ports = {"web.1": 41234, "web.2": 52871}
    release = [142]

    def H(t: datetime, src: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            out = []
            for i, ln in enumerate(lines):
                y = x + timedelta(microseconds=37 * i)
                out.append(f"{y:%Y-%m-%dT%H:%M:%S}.{y.microsecond:06d}+00:00 {src}: {ln}")
            return out

        return fs.add("heroku.log", t, label, text, proc=src)

    def rails(
        t: datetime,
        dyno: str,
        lvl: str,
        rid: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}"
            lines = [f"{lvl[0]}, [{ts} #{pids[dyno]}] {lvl:>5} -- : [{rid}] {msg}"] + [
                f"[{rid}] {m}" for m in (more or [])
            ]
            out = []
            for i, ln in enumerate(lines):
                y = x + timedelta(microseconds=41 * i)
                out.append(f"{y:%Y-%m-%dT%H:%M:%S}.{y.microsecond:06d}+00:00 app[{dyno}]: {ln}")
            return out

        return fs.add("heroku.log", t, label, text, proc=f"app[{dyno}]")

    def app(
        t: datetime, dyno: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return H(t, f"app[{dyno}]", label, [msg, *(more or [])])

    def hk(t: datetime, dyno: str, label: str, msg: str) -> datetime:
        return H(t, f"heroku[{dyno}]", label, [msg])

    def router(t: datetime, label: str, msg: str) -> datetime:
        # an access line: method, route, status and the H code of an error
        m = re.search(r'method=(\S+) path="([^"]*)".* status=(\d+)', msg)
        code = re.search(r"code=(H\d+)", msg)
        assert m, msg
        route = re.sub(r"(?<=/)\d+$", "%s", m[2])
        label = f"{m[1]} {route} {m[3]}" + (f" {code[1]}" if code else "")
        return H(t, "heroku[router]", label, [msg])

    def boot(t: datetime, dyno: str, crash: bool = False) -> datetime:
        pids[dyno] = 4
        ports[dyno] = r.randint(10000, 59999)
        t = hk(
            t,
            dyno,
            "Starting process with command `%s`",
            f"Starting process with command `{HK_CMD}`",
        )
        t += secs(r, 1.2, 2.5)
        if crash:
            gem = "/app/vendor/bundle/ruby/3.3.0/gems"
            t = app(
                t + secs(r, 2, 4),
                dyno,
                "%s:%d:in %s: cannot load such file -- %s (LoadError)",
                f"{gem}/bootsnap-1.18.3/lib/bootsnap/load_path_cache/core_ext/kernel_require.rb:30:in `require': cannot load such file -- stripe/checkout (LoadError)",
                [
                    f"\tfrom {gem}/bootsnap-1.18.3/lib/bootsnap/load_path_cache/core_ext/kernel_require.rb:30:in `require'",
                    f"\tfrom {gem}/zeitwerk-2.6.15/lib/zeitwerk/kernel.rb:34:in `require'",
                    "\tfrom /app/config/initializers/stripe.rb:2:in `<main>'",
                    f"\tfrom {gem}/railties-7.1.3.4/lib/rails/engine.rb:689:in `load'",
                    f"\tfrom {gem}/railties-7.1.3.4/lib/rails/application.rb:436:in `initialize!'",
                    "\tfrom /app/config/environment.rb:5:in `<main>'",
                    "\tfrom config.ru:3:in `require_relative'",
                ],
            )
            t = hk(
                t + secs(r, 0.2, 0.6),
                dyno,
                "Process exited with status %d",
                "Process exited with status 1",
            )
            t = hk(
                t + secs(r, 0.01, 0.05),
                dyno,
                "State changed from %s to %s",
                "State changed from starting to crashed",
            )
            state[dyno] = "crashed"
            return t
        t = app(t, dyno, "Puma starting in single mode...", "Puma starting in single mode...")
        t = app(
            t + secs(r, 0.001, 0.003),
            dyno,
            "* Puma version: %s (%s) (%s)",
            '* Puma version: 6.4.2 (ruby 3.3.1-p55) ("The Eagle of Durango")',
        )
        t = app(t + secs(r, 0.0005, 0.002), dyno, "*  Min threads: %d", "*  Min threads: 5")
        t = app(t + secs(r, 0.0005, 0.002), dyno, "*  Max threads: %d", "*  Max threads: 5")
        t = app(
            t + secs(r, 0.0005, 0.002), dyno, "*  Environment: %s", "*  Environment: production"
        )
        t = app(
            t + secs(r, 0.0005, 0.002), dyno, "*          PID: %d", f"*          PID: {pids[dyno]}"
        )
        t = app(
            t + secs(r, 2.5, 5),
            dyno,
            "* Listening on %s",
            f"* Listening on http://0.0.0.0:{ports[dyno]}",
        )
        t = app(t + secs(r, 0.001, 0.003), dyno, "Use Ctrl-C to stop", "Use Ctrl-C to stop")
        t = hk(
            t + secs(r, 0.2, 0.8),
            dyno,
            "State changed from %s to %s",
            "State changed from starting to up",
        )
        state[dyno] = "up"
        return t

    def stop(t: datetime, dyno: str, why: str) -> datetime:
        if why == "cycle":
            t = hk(t, dyno, "Cycling", "Cycling")
        elif why == "restart":
            t = hk(t, dyno, "Restarting", "Restarting")
        t = hk(
            t + secs(r, 0.01, 0.05),
            dyno,
            "State changed from %s to %s",
            f"State changed from {state[dyno]} to starting",
        )
        state[dyno] = "starting"
        if why == "crashed":
            return t
        t = hk(
            t + secs(r, 0.5, 1.5),
            dyno,
            "Stopping all processes with SIGTERM",
            "Stopping all processes with SIGTERM",
        )
        t = app(
            t + secs(r, 0.01, 0.05),
            dyno,
            "- Gracefully stopping, waiting for requests to finish",
            "- Gracefully stopping, waiting for requests to finish",
        )
        t = app(
            t + secs(r, 0.1, 0.4),
            dyno,
            "=== puma shutdown: %s ===",
            f"=== puma shutdown: {t:%Y-%m-%d %H:%M:%S} +0000 ===",
        )
        t = app(t + secs(r, 0.001, 0.004), dyno, "- Goodbye!", "- Goodbye!")
        t = hk(
            t + secs(r, 0.1, 0.4),
            dyno,
            "Process exited with status %d",
            "Process exited with status 143",
        )
        return t

    def request(t: datetime, dyno: str | None) -> None:
        ip = r.choice(HK_IPS)
        rid = uuid4(r)
        prot = "https"
        scan = r.random() < 0.03
        if scan:
            m, path, ctl, fmt, pk = "GET", r.choice(HK_SCAN), None, None, None
            ip = r.choice(["45.148.10.77", "185.224.128.19"])
        else:
            route = r.choices(HK_ROUTES, weights=[x[5] for x in HK_ROUTES])[0]
            m, path, ctl, fmt, pk = route[0], route[1](r), route[2], route[3], route[4]
        fwd = ip
        if dyno is None or state[dyno] == "crashed":
            router(
                t,
                'at=error code=H10 desc="App crashed" method=%s path="%s" host=%s request_id=%s fwd="%s" dyno= connect= service= status=503 bytes= protocol=%s',
                f'at=error code=H10 desc="App crashed" method={m} path="{path}" host={HK_HOST} request_id={rid} fwd="{fwd}" dyno= connect= service= status=503 bytes= protocol={prot}',
            )
            return
        st = t + secs(r, 0.001, 0.004)
        x = rails(
            st,
            dyno,
            "INFO",
            rid,
            "Started %s %s for %s at %s",
            f'Started {m} "{path}" for {ip} at {st:%Y-%m-%d %H:%M:%S} +0000',
        )
        pool = at(7, 40) <= t < at(7, 52) and not scan and r.random() < 0.55
        if scan:
            x = rails(
                x + secs(r, 0.001, 0.004),
                dyno,
                "FATAL",
                rid,
                "ActionController::RoutingError (No route matches [%s] %s):",
                "  ",
                [f'ActionController::RoutingError (No route matches [{m}] "{path}"):', "  "],
            )
            status, svc, size = 404, int((x - t).total_seconds() * 1000) + r.randint(1, 4), 1722
        else:
            x = rails(
                x + secs(r, 0.001, 0.004),
                dyno,
                "INFO",
                rid,
                "Processing by %s#%s as %s",
                f"Processing by {ctl} as {fmt}",
            )
            if pk == "id":
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "INFO",
                    rid,
                    "  Parameters: %s",
                    f'  Parameters: {{"id"=>"{path.rsplit("/", 1)[1]}"}}',
                )
            elif pk == "q" and r.random() < 0.5:
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "INFO",
                    rid,
                    "  Parameters: %s",
                    f'  Parameters: {{"q"=>"{r.choice(["mug", "tea", "kettle", "gift card", "socks"])}", "page"=>"{r.randint(1, 4)}"}}',
                )
            elif pk == "item":
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "INFO",
                    rid,
                    "  Parameters: %s",
                    f'  Parameters: {{"product_id"=>{r.randint(1, 480)}, "quantity"=>{r.randint(1, 3)}, "item"=>{{"product_id"=>{r.randint(1, 480)}, "quantity"=>{r.randint(1, 3)}}}}}',
                )
            elif pk == "order":
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "INFO",
                    rid,
                    "  Parameters: %s",
                    '  Parameters: {"authenticity_token"=>"[FILTERED]", "order"=>{"email"=>"[FILTERED]", "shipping"=>"standard"}, "commit"=>"Place order"}',
                )
            if pool:
                waited = r.uniform(5.0, 5.01)
                if r.random() < 0.45:
                    # the request outlives the router's 30 s
                    router(
                        t + timedelta(seconds=30, milliseconds=r.randint(1, 20)),
                        'at=error code=H12 desc="Request timeout" method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=%dms status=503 bytes=0 protocol=%s',
                        f'at=error code=H12 desc="Request timeout" method={m} path="{path}" host={HK_HOST} request_id={rid} fwd="{fwd}" dyno={dyno} connect=0ms service=30000ms status=503 bytes=0 protocol={prot}',
                    )
                    x = x + timedelta(seconds=r.uniform(30.5, 34))
                    dur = int((x - st).total_seconds() * 1000)
                    rails(
                        x,
                        dyno,
                        "INFO",
                        rid,
                        "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                        f"Completed 200 OK in {dur}ms (ActiveRecord: {r.uniform(29000, 33000):.1f}ms | Allocations: {r.randint(8000, 30000)})",
                    )
                    return
                x = x + timedelta(seconds=waited + r.uniform(0.01, 0.1))
                dur = int((x - st).total_seconds() * 1000)
                x = rails(
                    x,
                    dyno,
                    "INFO",
                    rid,
                    "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 500 Internal Server Error in {dur}ms (ActiveRecord: {r.uniform(0, 3):.1f}ms | Allocations: {r.randint(900, 3000)})",
                )
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "FATAL",
                    rid,
                    "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within %s seconds (waited %s seconds); all pooled connections were in use):",
                    "  ",
                    [
                        f"ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited {waited:.3f} seconds); all pooled connections were in use):",
                        "  ",
                        "activerecord (7.1.3.4) lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:128:in `block in wait_poll'",
                        "activerecord (7.1.3.4) lib/active_record/connection_adapters/abstract/connection_pool.rb:588:in `acquire_connection'",
                        f"app/controllers/{ctl.split('#')[0].replace('Controller', '').replace('::', '/').lower()}_controller.rb:{r.randint(6, 40)}:in `{ctl.split('#')[1]}'",
                    ],
                )
                status, svc, size = 500, int((x - t).total_seconds() * 1000) + r.randint(1, 4), 1635
            elif m == "GET" and "/orders/" in path and r.random() < 0.1:
                x += secs(r, 0.005, 0.02)
                dur = int((x - st).total_seconds() * 1000)
                x = rails(
                    x,
                    dyno,
                    "INFO",
                    rid,
                    "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 404 Not Found in {dur}ms (ActiveRecord: {r.uniform(0.5, 4):.1f}ms | Allocations: {r.randint(900, 3000)})",
                )
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "FATAL",
                    rid,
                    "ActiveRecord::RecordNotFound (Couldn't find %s with '%s'=%s):",
                    "  ",
                    [
                        f"ActiveRecord::RecordNotFound (Couldn't find Order with 'id'={path.rsplit('/', 1)[1]}):",
                        "  ",
                        f"app/controllers/orders_controller.rb:{r.choice([9, 9, 23])}:in `set_order'",
                    ],
                )
                status, svc, size = 404, int((x - t).total_seconds() * 1000) + r.randint(1, 4), 1722
            elif m == "POST" and path == "/checkout":
                x += secs(r, 0.15, 0.6)
                dur = int((x - st).total_seconds() * 1000)
                x = rails(
                    x,
                    dyno,
                    "INFO",
                    rid,
                    "Redirected to %s",
                    f"Redirected to https://{HK_HOST}/orders/{r.randint(30000, 39999)}",
                )
                x = rails(
                    x + secs(r, 0.0002, 0.001),
                    dyno,
                    "INFO",
                    rid,
                    "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 302 Found in {dur}ms (ActiveRecord: {r.uniform(8, 60):.1f}ms | Allocations: {r.randint(9000, 40000)})",
                )
                status, svc, size = 302, int((x - t).total_seconds() * 1000) + r.randint(1, 4), 112
            else:
                x += secs(r, 0.01, 0.18)
                dur = int((x - st).total_seconds() * 1000)
                x = rails(
                    x,
                    dyno,
                    "INFO",
                    rid,
                    "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 200 OK in {dur}ms (Views: {r.uniform(0.2, dur * 0.6):.1f}ms | ActiveRecord: {r.uniform(0.8, dur * 0.3):.1f}ms | Allocations: {r.randint(2000, 60000)})",
                )
                status, svc, size = (
                    200,
                    int((x - t).total_seconds() * 1000) + r.randint(1, 4),
                    r.randint(900, 48000) if fmt == "HTML" else r.randint(200, 4000),
                )
        if r.random() < 0.012:
            router(
                x + secs(r, 0.001, 0.01),
                'sock=client at=warning code=H27 desc="Client Request Interrupted" method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=%dms status=499 bytes=%d protocol=%s',
                f'sock=client at=warning code=H27 desc="Client Request Interrupted" method={m} path="{path}" host={HK_HOST} request_id={rid} fwd="{fwd}" dyno={dyno} connect={r.randint(0, 1)}ms service={svc}ms status=499 bytes=0 protocol={prot}',
            )
            return
        router(
            x + secs(r, 0.001, 0.01),
            'at=info method=%s path="%s" host=%s request_id=%s fwd="%s" dyno=%s connect=%dms service=%dms status=%d bytes=%d protocol=%s',
            f'at=info method={m} path="{path}" host={HK_HOST} request_id={rid} fwd="{fwd}" dyno={dyno} connect={r.randint(0, 2)}ms service={svc}ms status={status} bytes={size} protocol={prot}',
        )

    # the dynos' lifecycle (the requests are simulated after, routed around it)
    down: dict[str, list[tuple[datetime, datetime]]] = {"web.1": [], "web.2": []}

    def mark(dyno: str, a: datetime, b: datetime) -> None:
        down[dyno].append((a, b))

    # web.2 cycles (daily)
    a = at(6, 31, 7)
    b = stop(a, "web.2", "cycle")
    b = boot(b + secs(r, 1, 3), "web.2")
    mark("web.2", a, b)
    # web.1 over its quota
    t = at(7, 12, 4)
    mem = 530.0
    while t < at(7, 20):
        mem += r.uniform(2, 6)
        hk(
            t,
            "web.1",
            "Process running mem=%dM(%.1f%%)",
            f"Process running mem={int(mem)}M({mem / 512 * 100:.1f}%)",
        )
        hk(
            t + secs(r, 0.0001, 0.001),
            "web.1",
            "Error R14 (Memory quota exceeded)",
            "Error R14 (Memory quota exceeded)",
        )
        t += secs(r, 19, 22)
    a = at(7, 20, 31)
    b = stop(a, "web.1", "restart")
    b = boot(b + secs(r, 1, 3), "web.1")
    mark("web.1", a, b)
    # a deploy that crashes, a rollback
    t = at(8, 15, 2)
    release[0] += 1
    H(t, "app[api]", "Deploy %s by user %s", [f"Deploy {hexid(r, 8)} by user mara@shop.example"])
    H(
        t + secs(r, 0.01, 0.2),
        "app[api]",
        "Release v%d created by user %s",
        [f"Release v{release[0]} created by user mara@shop.example"],
    )
    for d in ("web.1", "web.2"):
        a = t + secs(r, 1, 4)
        b = stop(a, d, "restart")
        b = boot(b + secs(r, 1, 3), d, crash=True)
        c = b + secs(r, 30, 60)
        while c < at(8, 21):
            c = hk(c, d, "State changed from %s to %s", "State changed from crashed to starting")
            state[d] = "starting"
            c = boot(c + secs(r, 1, 3), d, crash=True)
            c += secs(r, 60, 120)
        mark(d, a, at(8, 21, 40))
    t = at(8, 21, 12)
    release[0] += 1
    H(
        t,
        "app[api]",
        "Rollback to v%d by user %s",
        [f"Rollback to v{release[0] - 2} by user mara@shop.example"],
    )
    H(
        t + secs(r, 0.01, 0.2),
        "app[api]",
        "Release v%d created by user %s",
        [f"Release v{release[0]} created by user mara@shop.example"],
    )
    for d in ("web.1", "web.2"):
        a = t + secs(r, 1, 4)
        b = stop(a, d, "crashed")
        b = boot(b + secs(r, 1, 3), d)
        mark(d, a, b)
    # requests
    for t in poisson(r, t0, t_end, 21):
        ok = [d for d in ("web.1", "web.2") if not any(a <= t <= b for a, b in down[d])]
        if not ok and at(8, 15) <= t < at(8, 22):
            request(t, None)
            continue
        request(t, r.choice(ok or ["web.1"]))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- s3-access

S3_OWNER = "7a1b8f2c4d6e90f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9"
S3_APP_ROLE = "arn:aws:sts::123456789012:assumed-role/shop-app-role/i-0a1b2c3d4e5f67890"
S3_LAMBDA_ROLE = "arn:aws:sts::123456789012:assumed-role/thumbnailer-role/thumbnailer"
S3_BACKUP = "arn:aws:iam::123456789012:user/backup-agent"
S3_ADMIN = "arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_AdministratorAccess_4f1c2a9d/mara@shop.example"
S3_CF_IPS = ["130.176.128.17", "130.176.189.3", "64.252.117.88", "130.176.16.140", "15.158.49.21"]
S3_UA_SDK = (
    "aws-sdk-ruby3/3.191.3 ua/2.0 api/s3#1.146.1 os/linux md/x86_64 lang/ruby#3.3.1 md/3.3.1 m/D,N"
)
S3_UA_JS = "aws-sdk-js/3.577.0 ua/2.1 os/linux#5.10.216-225.855.amzn2.x86_64 lang/js md/nodejs#20.13.1 api/s3#3.577.0 exec-env/AWS_Lambda_nodejs20.x m/E,D"
S3_UA_CLI = "aws-cli/2.15.58 md/awscrt#0.19.19 ua/2.0 os/linux#6.1.0-21-amd64 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#debian.12 md/prompt#off md/command#s3.cp"
S3_UA_CONSOLE = "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.728 Linux/5.10.217-183.860.amzn2int.x86_64 OpenJDK_64-Bit_Server_VM/25.412-b09 java/1.8.0_412 vendor/Oracle_Corporation cfg/retry-mode/standard]"
S3_CIPHER = "TLS_AES_128_GCM_SHA256"


def s3_access(r: random.Random) -> list[Log]:
    """S3 server access logs of two buckets, delivered to the log bucket `shop-logs` under
    `s3/<bucket>/` and downloaded (each object a file named as S3 names it:
    `<bucket>-2024-06-04-06-05-12-5E1A8B3C9D0F2A17`, a few minutes of records each), 06:00 to
    10:00. shop-assets is CloudFront's origin (GETs, 304s, ranges, missing files) and the
    app's (HEAD before PUT, tags); the admin's console browses it at 07:05; shop-uploads takes
    the thumbnailer's reads and writes, a nightly-style backup's multipart upload at 06:00 and a
    lifecycle run expiring old uploads; an anonymous scanner lists both buckets at 08:40 (403
    AccessDenied), a batch import at 09:00 is throttled (503 SlowDown) and retried."""
    logs: dict[str, list[tuple[datetime, int, str, str]]] = {}
    seq = [0]
    from generate_round53 import Clock

    clock = Clock(1_000_000)
    assets = [
        f"assets/{d}/{hexid(r, 8)}.{e}"
        for d, e in [
            ("js", "js"),
            ("css", "css"),
            ("img", "webp"),
            ("img", "jpg"),
            ("fonts", "woff2"),
        ]
        for _ in range(14)
    ]
    products = [
        f"products/{r.randint(1, 480)}/{s}.jpg" for s in ("main", "alt1", "alt2") for _ in range(40)
    ]

    def rec(
        bucket: str,
        t: datetime,
        label: str,
        ip: str,
        requester: str,
        op: str,
        key: str,
        uri: str,
        status: int | str,
        err: str,
        sent: str,
        size: str,
        total: int,
        turn: str,
        ref: str,
        ua: str,
        version: str = "-",
        sig: str = "SigV4",
        auth: str = "AuthHeader",
        host: str | None = None,
        proc: str | None = None,
    ) -> None:
        t = clock.at(proc or bucket, t)
        rid = hexid(r, 16).upper()
        hid = (
            "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                for _ in range(76)
            )
            + "="
        )
        h = host or f"{bucket}.s3.eu-west-1.amazonaws.com"
        tls = "TLSv1.3" if sig != "-" else "-"
        cipher = S3_CIPHER if sig != "-" else "-"
        if sig == "-":
            h, auth = "-", "-"
        line = f"{S3_OWNER} {bucket} [{t:%d/%b/%Y:%H:%M:%S} +0000] {ip} {requester} {rid} {op} {key} {uri} {status} {err} {sent} {size} {total} {turn} {ref} {ua} {version} {hid} {sig} {cipher} {auth} {h} {tls} - -"
        seq[0] += 1
        label = f"{op} %s {status} {err}"
        logs.setdefault(bucket, []).append((t, seq[0], line, label))

    def q(s: str) -> str:
        return f'"{s}"'

    t0, t_end = at(6, 0), at(10, 0)
    A, U = "shop-assets", "shop-uploads"
    # CloudFront origin fetches
    for t in poisson(r, t0, t_end, 14):
        ip = r.choice(S3_CF_IPS)
        x = r.random()
        key = r.choice(assets) if r.random() < 0.55 else r.choice(products)
        ua = q("Amazon CloudFront")
        if x < 0.74:
            size = r.randint(2_000, 480_000)
            rec(
                A,
                t,
                "REST.GET.OBJECT %s GET 200 -",
                ip,
                "-",
                "REST.GET.OBJECT",
                key,
                q(f"GET /{key} HTTP/1.1"),
                200,
                "-",
                str(size),
                str(size),
                r.randint(8, 140),
                str(r.randint(4, 30)),
                q("-"),
                ua,
                sig="-",
            )
        elif x < 0.9:
            rec(
                A,
                t,
                "REST.GET.OBJECT %s GET 304 -",
                ip,
                "-",
                "REST.GET.OBJECT",
                key,
                q(f"GET /{key} HTTP/1.1"),
                304,
                "-",
                "-",
                str(r.randint(2_000, 480_000)),
                r.randint(3, 20),
                "-",
                q("-"),
                ua,
                sig="-",
            )
        elif x < 0.96:
            size = r.randint(200_000, 900_000)
            part = r.randint(65536, 131072)
            rec(
                A,
                t,
                "REST.GET.OBJECT %s GET 206 -",
                ip,
                "-",
                "REST.GET.OBJECT",
                key,
                q(f"GET /{key} HTTP/1.1"),
                206,
                "-",
                str(part),
                str(size),
                r.randint(8, 60),
                str(r.randint(4, 20)),
                q("-"),
                ua,
                sig="-",
            )
        else:
            k = f"products/{r.randint(481, 560)}/main.jpg"
            rec(
                A,
                t,
                "REST.GET.OBJECT %s GET 404 NoSuchKey",
                ip,
                "-",
                "REST.GET.OBJECT",
                k,
                q(f"GET /{k} HTTP/1.1"),
                404,
                "NoSuchKey",
                "243",
                "-",
                r.randint(6, 20),
                "-",
                q("-"),
                ua,
                sig="-",
            )
    # the app uploading product images: HEAD, then PUT, then tagging
    for t in poisson(r, at(6, 20), at(9, 50), 160):
        k = f"products/{r.randint(1, 560)}/{r.choice(['main', 'alt1', 'alt2'])}.jpg"
        ip = "10.0.12.57"
        rec(
            A,
            t,
            "REST.HEAD.OBJECT %s HEAD 404 NoSuchKey",
            ip,
            S3_APP_ROLE,
            "REST.HEAD.OBJECT",
            k,
            q(f"HEAD /{k} HTTP/1.1"),
            404,
            "NoSuchKey",
            "-",
            "-",
            r.randint(4, 12),
            "-",
            q("-"),
            q(S3_UA_SDK),
            proc="app",
        )
        size = r.randint(80_000, 900_000)
        x = t + secs(r, 0.3, 1.5)
        rec(
            A,
            x,
            "REST.PUT.OBJECT %s PUT 200 -",
            ip,
            S3_APP_ROLE,
            "REST.PUT.OBJECT",
            k,
            q(f"PUT /{k} HTTP/1.1"),
            200,
            "-",
            "-",
            str(size),
            r.randint(40, 300),
            str(r.randint(20, 90)),
            q("-"),
            q(S3_UA_SDK),
            proc="app",
        )
        rec(
            A,
            x + secs(r, 1, 2),
            "REST.PUT.OBJECT_TAGGING %s PUT 200 -",
            ip,
            S3_APP_ROLE,
            "REST.PUT.OBJECT_TAGGING",
            k,
            q(f"PUT /{k}?tagging HTTP/1.1"),
            200,
            "-",
            "-",
            "-",
            r.randint(10, 40),
            "-",
            q("-"),
            q(S3_UA_SDK),
            proc="app",
        )
    # the thumbnailer: GET the upload, PUT three sizes
    for t in poisson(r, t0, t_end, 90):
        u = f"uploads/{r.choice(['products', 'avatars', 'reviews'])}/{uuid4(r)}.jpg"
        size = r.randint(80_000, 6_000_000)
        ip = f"3.249.{r.randint(1, 254)}.{r.randint(1, 254)}"
        rec(
            U,
            t,
            "REST.PUT.OBJECT %s PUT 200 -",
            ip,
            "arn:aws:sts::123456789012:assumed-role/shop-app-role/i-0a1b2c3d4e5f67890",
            "REST.PUT.OBJECT",
            u,
            q(
                f"PUT /{u}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA{hexid(r, 16).upper()}%2F20240604%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date={t:%Y%m%dT%H%M%S}Z&X-Amz-Expires=900&X-Amz-Signature={hexid(r, 64)}&X-Amz-SignedHeaders=host HTTP/1.1"
            ),
            200,
            "-",
            "-",
            str(size),
            r.randint(200, 2400),
            str(r.randint(30, 90)),
            q("https://shop.example/"),
            q(r.choice(UA_BROWSERS)),
            auth="QueryString",
            proc="browser",
        )
        x = t + secs(r, 0.4, 1.2)
        if r.random() < 0.02:
            rec(
                U,
                x,
                "REST.GET.OBJECT %s GET 404 NoSuchKey",
                ip,
                S3_LAMBDA_ROLE,
                "REST.GET.OBJECT",
                u,
                q(f"GET /{u}?x-id=GetObject HTTP/1.1"),
                404,
                "NoSuchKey",
                "243",
                "-",
                r.randint(6, 20),
                "-",
                q("-"),
                q(S3_UA_JS),
                proc="lambda",
            )
            continue
        rec(
            U,
            x,
            "REST.GET.OBJECT %s GET 200 -",
            "3.250.11.4",
            S3_LAMBDA_ROLE,
            "REST.GET.OBJECT",
            u,
            q(f"GET /{u}?x-id=GetObject HTTP/1.1"),
            200,
            "-",
            str(size),
            str(size),
            r.randint(20, 400),
            str(r.randint(10, 60)),
            q("-"),
            q(S3_UA_JS),
            proc="lambda",
        )
        for name in ("thumb", "medium", "large"):
            x += secs(r, 0.2, 0.8)
            k = u.replace("uploads/", f"thumbs/{name}/")
            rec(
                U,
                x,
                "REST.PUT.OBJECT %s PUT 200 -",
                "3.250.11.4",
                S3_LAMBDA_ROLE,
                "REST.PUT.OBJECT",
                k,
                q(f"PUT /{k}?x-id=PutObject HTTP/1.1"),
                200,
                "-",
                "-",
                str(r.randint(6000, 250000)),
                r.randint(30, 200),
                str(r.randint(15, 60)),
                q("-"),
                q(S3_UA_JS),
                proc="lambda",
            )
    # the backup's multipart upload
    t = at(6, 0, 4)
    ip = "198.51.100.201"
    k = "backups/db/shop-2024-06-04T0600Z.sql.gz"
    upid = "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        for _ in range(84)
    )
    rec(
        U,
        t,
        "REST.POST.UPLOADS %s POST 200 -",
        ip,
        S3_BACKUP,
        "REST.POST.UPLOADS",
        k,
        q(f"POST /{k}?uploads HTTP/1.1"),
        200,
        "-",
        "388",
        "-",
        r.randint(20, 60),
        str(r.randint(15, 40)),
        q("-"),
        q(S3_UA_CLI),
        proc="cli",
    )
    nparts = 96
    for i in range(1, nparts + 1):
        t += secs(r, 0.9, 1.6)
        rec(
            U,
            t,
            "REST.PUT.PART %s PUT 200 -",
            ip,
            S3_BACKUP,
            "REST.PUT.PART",
            k,
            q(f"PUT /{k}?partNumber={i}&uploadId={upid} HTTP/1.1"),
            200,
            "-",
            "-",
            str(8388608 if i < nparts else 3150881),
            r.randint(700, 2600),
            str(r.randint(30, 90)),
            q("-"),
            q(S3_UA_CLI),
            proc="cli",
        )
    rec(
        U,
        t + secs(r, 0.5, 1),
        "REST.POST.UPLOAD %s POST 200 -",
        ip,
        S3_BACKUP,
        "REST.POST.UPLOAD",
        k,
        q(f"POST /{k}?uploadId={upid} HTTP/1.1"),
        200,
        "-",
        "327",
        str(8388608 * (nparts - 1) + 3150881),
        r.randint(300, 900),
        str(r.randint(250, 800)),
        q("-"),
        q(S3_UA_CLI),
        proc="cli",
    )
    # lifecycle expiring uploads older than 30 days
    t = at(6, 47, 11)
    for _ in range(100):
        t += secs(r, 0.5, 4)
        k = f"uploads/{r.choice(['products', 'avatars', 'reviews'])}/{uuid4(r)}.{r.choice(['jpg', 'png', 'heic'])}"
        rec(
            U,
            t,
            "S3.EXPIRE.OBJECT %s - - -",
            "-",
            "AmazonS3",
            "S3.EXPIRE.OBJECT",
            k,
            q("-"),
            "-",
            "-",
            "-",
            str(r.randint(80_000, 6_000_000)),
            "-",
            "-",
            q("-"),
            q("-"),
            sig="-",
            proc="lifecycle",
        )
    # the admin's console
    t = at(7, 5, 31)
    ip = "81.2.69.160"
    console = [
        (
            "REST.GET.LOCATION",
            "-",
            "GET /?location HTTP/1.1",
            200,
            "-",
            "REST.GET.LOCATION - GET 200 -",
        ),
        (
            "REST.GET.BUCKETPOLICY",
            "-",
            "GET /?policy HTTP/1.1",
            404,
            "NoSuchBucketPolicy",
            "REST.GET.BUCKETPOLICY - GET 404 NoSuchBucketPolicy",
        ),
        (
            "REST.GET.VERSIONING",
            "-",
            "GET /?versioning HTTP/1.1",
            200,
            "-",
            "REST.GET.VERSIONING - GET 200 -",
        ),
        (
            "REST.GET.ENCRYPTION",
            "-",
            "GET /?encryption HTTP/1.1",
            200,
            "-",
            "REST.GET.ENCRYPTION - GET 200 -",
        ),
        (
            "REST.GET.OWNERSHIP_CONTROLS",
            "-",
            "GET /?ownershipControls HTTP/1.1",
            200,
            "-",
            "REST.GET.OWNERSHIP_CONTROLS - GET 200 -",
        ),
        (
            "REST.GET.PUBLIC_ACCESS_BLOCK",
            "-",
            "GET /?publicAccessBlock HTTP/1.1",
            200,
            "-",
            "REST.GET.PUBLIC_ACCESS_BLOCK - GET 200 -",
        ),
        (
            "REST.GET.BUCKET",
            "-",
            "GET /?list-type=2&delimiter=%2F&prefix=&max-keys=300&fetch-owner=true&encoding-type=url HTTP/1.1",
            200,
            "-",
            "REST.GET.BUCKET - GET 200 -",
        ),
    ]
    for _ in range(3):
        for op, key, uri, st, err, label in console:
            t += secs(r, 0.05, 0.4)
            rec(
                A,
                t,
                label,
                ip,
                S3_ADMIN,
                op,
                key,
                q(uri),
                st,
                err,
                str(r.randint(200, 9000)) if st == 200 else "291",
                "-",
                r.randint(10, 90),
                "-" if st != 200 else str(r.randint(5, 40)),
                q("-"),
                q(S3_UA_CONSOLE),
                host="s3.eu-west-1.amazonaws.com",
                proc="console",
            )
        for d in ("products/", "assets/img/"):
            t += secs(r, 3, 12)
            rec(
                A,
                t,
                "REST.GET.BUCKET - GET 200 -",
                ip,
                S3_ADMIN,
                "REST.GET.BUCKET",
                "-",
                q(
                    f"GET /?list-type=2&delimiter=%2F&prefix={d.replace('/', '%2F')}&max-keys=300&fetch-owner=true&encoding-type=url HTTP/1.1"
                ),
                200,
                "-",
                str(r.randint(3000, 60000)),
                "-",
                r.randint(20, 140),
                str(r.randint(15, 90)),
                q("-"),
                q(S3_UA_CONSOLE),
                host="s3.eu-west-1.amazonaws.com",
                proc="console",
            )
        t += secs(r, 40, 200)
    # an anonymous scanner
    t = at(8, 40, 3)
    for _ in range(24):
        b = r.choice([A, U])
        uri = r.choice(
            [
                "GET / HTTP/1.1",
                "GET /?list-type=2 HTTP/1.1",
                "GET /?acl HTTP/1.1",
                "GET /.env HTTP/1.1",
                "GET /backup.zip HTTP/1.1",
            ]
        )
        t += secs(r, 0.5, 5)
        if "acl" in uri:
            rec(
                b,
                t,
                "REST.GET.ACL - GET 403 AccessDenied",
                "45.148.10.77",
                "-",
                "REST.GET.ACL",
                "-",
                q(uri),
                403,
                "AccessDenied",
                "243",
                "-",
                r.randint(3, 12),
                "-",
                q("-"),
                q("python-requests/2.31.0"),
                sig="-",
                proc="scan",
            )
        elif uri.startswith("GET /?") or uri == "GET / HTTP/1.1":
            rec(
                b,
                t,
                "REST.GET.BUCKET - GET 403 AccessDenied",
                "45.148.10.77",
                "-",
                "REST.GET.BUCKET",
                "-",
                q(uri),
                403,
                "AccessDenied",
                "243",
                "-",
                r.randint(3, 12),
                "-",
                q("-"),
                q("python-requests/2.31.0"),
                sig="-",
                proc="scan",
            )
        else:
            k = uri.split()[1][1:]
            rec(
                b,
                t,
                "REST.GET.OBJECT %s GET 403 AccessDenied",
                "45.148.10.77",
                "-",
                "REST.GET.OBJECT",
                k,
                q(uri),
                403,
                "AccessDenied",
                "243",
                "-",
                r.randint(3, 12),
                "-",
                q("-"),
                q("python-requests/2.31.0"),
                sig="-",
                proc="scan",
            )
    # a batch import, throttled and retried
    t = at(9, 0, 8)
    for i in range(150):
        t += secs(r, 0.05, 0.4)
        k = f"products/{r.randint(1, 480)}/alt{r.randint(3, 9)}.jpg"
        slow = i % 7 in (2, 5) and 30 <= i < 120
        if slow:
            rec(
                A,
                t,
                "REST.PUT.OBJECT %s PUT 503 SlowDown",
                "10.0.12.58",
                S3_APP_ROLE,
                "REST.PUT.OBJECT",
                k,
                q(f"PUT /{k} HTTP/1.1"),
                503,
                "SlowDown",
                "331",
                str(r.randint(80_000, 900_000)),
                r.randint(5, 30),
                "-",
                q("-"),
                q(S3_UA_SDK),
                proc="import",
            )
            t += secs(r, 0.2, 1.5)
        rec(
            A,
            t,
            "REST.PUT.OBJECT %s PUT 200 -",
            "10.0.12.58",
            S3_APP_ROLE,
            "REST.PUT.OBJECT",
            k,
            q(f"PUT /{k} HTTP/1.1"),
            200,
            "-",
            "-",
            str(r.randint(80_000, 900_000)),
            r.randint(40, 300),
            str(r.randint(20, 90)),
            q("-"),
            q(S3_UA_SDK),
            proc="import",
        )
    # deliver: each bucket's records in objects of a few minutes each
    out: list[Log] = []
    for b in sorted(logs):
        items = sorted(logs[b], key=lambda x: (x[0], x[1]))
        i = 0
        while i < len(items):
            n = r.randint(40, 160)
            chunk = items[i : i + n]
            i += n
            d = chunk[-1][0] + secs(r, 60, 600)
            name = f"{b}-{d:%Y-%m-%d-%H-%M-%S}-{hexid(r, 16).upper()}"
            log = Log(name, t0)
            # S3 delivers on a best-effort basis: a few records of an object are out of order
            lines = list(chunk)
            for _ in range(len(lines) // 25):
                j = r.randrange(len(lines) - 1)
                lines[j], lines[j + 1] = lines[j + 1], lines[j]
            for _, _, line, label in lines:
                log.add(line, label)
            out.append(log)
    return out


# --------------------------------------------------------------------------------- k8s-events

K8_REG = "registry.example.com/shop"


def k8s_events(r: random.Random) -> list[Log]:
    """kubernetes-event-exporter's stdout receiver in two clusters (`prod-event-exporter.log`,
    `staging-event-exporter.log`: one JSON event a line, as `kubectl logs` prints the
    exporter's container), 06:00 to 10:00. prod: the web Deployment scaled by its HPA, a
    cleanup CronJob every 5 minutes, an hourly report job failing at 08:00, an api rollout
    with a tag that does not exist (07:30, ErrImagePull / ImagePullBackOff) fixed at 07:44, the
    worker crash-looping 08:10-08:40, the api's probes failing 08:12-08:25, prod-node-3
    rebooted at 09:00 (NodeNotReady, evictions, pods pending, the kubelet's start-up events).
    staging: deploys pulling new images, a missing Secret (FailedMount about every 40 s)."""
    fs = Files(1_000_000)
    t0, t_end = at(6, 0), at(10, 0)
    series: dict[tuple[str, str, str], dict] = {}

    def iso(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}Z"

    def ev(
        cl: str,
        t: datetime,
        ns: str,
        kind: str,
        name: str,
        reason: str,
        typ: str,
        comp: str,
        host: str,
        label: str,
        msg: str,
        fp: str | None = None,
        api: str = "v1",
    ) -> datetime:
        key = (cl, f"{ns}/{kind}/{name}", reason + msg)
        s = series.get(key)
        if s is None:
            s = {
                "name": f"{name}.{hexid(r, 16)}",
                "uid": uuid4(r),
                "first": None,
                "count": 0,
                "ouid": uuid4(r),
            }
            series[key] = s

        def text(x: datetime) -> list[str]:
            if s["first"] is None:
                s["first"] = x
            s["count"] += 1
            obj: dict = {
                "kind": kind,
                "namespace": ns,
                "name": name,
                "uid": s["ouid"],
                "apiVersion": api,
                "resourceVersion": str(r.randint(1_000_000, 9_999_999)),
            }
            if kind == "Node":
                obj = {"kind": "Node", "name": name, "uid": name, "apiVersion": "v1"}
            if fp:
                obj["fieldPath"] = fp
            if kind == "Pod":
                obj["labels"] = {"app": name.split("-")[0]}
            e = {
                "metadata": {
                    "name": s["name"],
                    "namespace": ns or "default",
                    "uid": s["uid"],
                    "resourceVersion": str(r.randint(1_000_000, 9_999_999)),
                    "creationTimestamp": iso(s["first"]),
                },
                "reason": reason,
                "message": msg,
                "source": {"component": comp, **({"host": host} if host else {})},
                "firstTimestamp": iso(s["first"]),
                "lastTimestamp": iso(x),
                "count": s["count"],
                "type": typ,
                "eventTime": None,
                "reportingComponent": comp if comp != "kubelet" else "kubelet",
                "reportingInstance": host,
                "involvedObject": obj,
            }
            return [json.dumps(e, separators=(",", ":"))]

        return fs.add(f"{cl}-event-exporter.log", t, label, text, proc=(cl, comp, host))

    def sfx(n: int = 5) -> str:
        return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))

    def start_pod(
        cl: str,
        t: datetime,
        ns: str,
        pod: str,
        node: str,
        cont: str,
        image: str,
        pull: bool = False,
    ) -> datetime:
        t = ev(
            cl,
            t,
            ns,
            "Pod",
            pod,
            "Scheduled",
            "Normal",
            "default-scheduler",
            "",
            "Successfully assigned %s/%s to %s",
            f"Successfully assigned {ns}/{pod} to {node}",
        )
        fp = f"spec.containers{{{cont}}}"
        if pull:
            t = ev(
                cl,
                t + secs(r, 0.5, 1.5),
                ns,
                "Pod",
                pod,
                "Pulling",
                "Normal",
                "kubelet",
                node,
                "Pulling image %q",
                f'Pulling image "{image}"',
                fp,
            )
            d = r.uniform(1.5, 14)
            t = ev(
                cl,
                t + timedelta(seconds=d),
                ns,
                "Pod",
                pod,
                "Pulled",
                "Normal",
                "kubelet",
                node,
                "Successfully pulled image %q in %s (%s including waiting). Image size: %d bytes.",
                f'Successfully pulled image "{image}" in {d:.3f}s ({d + r.uniform(0, 0.5):.3f}s including waiting). Image size: {r.randint(40_000_000, 380_000_000)} bytes.',
                fp,
            )
        else:
            t = ev(
                cl,
                t + secs(r, 0.5, 1.5),
                ns,
                "Pod",
                pod,
                "Pulled",
                "Normal",
                "kubelet",
                node,
                "Container image %q already present on machine",
                f'Container image "{image}" already present on machine',
                fp,
            )
        t = ev(
            cl,
            t + secs(r, 0.05, 0.3),
            ns,
            "Pod",
            pod,
            "Created",
            "Normal",
            "kubelet",
            node,
            "Created container %s",
            f"Created container {cont}",
            fp,
        )
        t = ev(
            cl,
            t + secs(r, 0.2, 0.8),
            ns,
            "Pod",
            pod,
            "Started",
            "Normal",
            "kubelet",
            node,
            "Started container %s",
            f"Started container {cont}",
            fp,
        )
        return t

    def kill(cl: str, t: datetime, ns: str, pod: str, node: str, cont: str) -> datetime:
        return ev(
            cl,
            t,
            ns,
            "Pod",
            pod,
            "Killing",
            "Normal",
            "kubelet",
            node,
            "Stopping container %s",
            f"Stopping container {cont}",
            f"spec.containers{{{cont}}}",
        )

    P = "prod"
    nodes = ["prod-node-1", "prod-node-2", "prod-node-3"]
    node3_down = (at(9, 0, 14), at(9, 6, 40))

    def node_for(t: datetime) -> str:
        ok = [
            n
            for n in nodes
            if not (
                n == "prod-node-3" and node3_down[0] <= t < node3_down[1] + timedelta(seconds=30)
            )
        ]
        return r.choice(ok)

    # web: HPA up at 07:02 and 07:20, down at 09:31
    web_rs = "web-6f8d9c7b54"
    web_pods = {f"{web_rs}-{sfx()}": node for node in nodes}
    img_web = f"{K8_REG}/web:2.18.3"
    for t, (frm, to, why) in (
        (at(7, 2, 11), (3, 5, "cpu resource utilization (percentage of request) above target")),
        (at(7, 20, 40), (5, 7, "cpu resource utilization (percentage of request) above target")),
        (at(9, 31, 5), (7, 3, "All metrics below target")),
    ):
        lab = (
            "New size: %d; reason: cpu resource utilization (percentage of request) above target"
            if "above" in why
            else "New size: %d; reason: All metrics below target"
        )
        x = ev(
            P,
            t,
            "shop",
            "HorizontalPodAutoscaler",
            "web",
            "SuccessfulRescale",
            "Normal",
            "horizontal-pod-autoscaler",
            "",
            lab,
            f"New size: {to}; reason: {why}",
            api="autoscaling/v2",
        )
        if to > frm:
            x = ev(
                P,
                x + secs(r, 0.01, 0.5),
                "shop",
                "Deployment",
                "web",
                "ScalingReplicaSet",
                "Normal",
                "deployment-controller",
                "",
                "Scaled up replica set %s to %d from %d",
                f"Scaled up replica set {web_rs} to {to} from {frm}",
                api="apps/v1",
            )
            for _ in range(to - frm):
                pod = f"{web_rs}-{sfx()}"
                n = node_for(x)
                web_pods[pod] = n
                y = ev(
                    P,
                    x + secs(r, 0.01, 0.3),
                    "shop",
                    "ReplicaSet",
                    web_rs,
                    "SuccessfulCreate",
                    "Normal",
                    "replicaset-controller",
                    "",
                    "Created pod: %s",
                    f"Created pod: {pod}",
                    api="apps/v1",
                )
                start_pod(P, y + secs(r, 0.01, 0.1), "shop", pod, n, "web", img_web)
        else:
            x = ev(
                P,
                x + secs(r, 0.01, 0.5),
                "shop",
                "Deployment",
                "web",
                "ScalingReplicaSet",
                "Normal",
                "deployment-controller",
                "",
                "Scaled down replica set %s to %d from %d",
                f"Scaled down replica set {web_rs} to {to} from {frm}",
                api="apps/v1",
            )
            for pod in list(web_pods)[-(frm - to) :]:
                y = ev(
                    P,
                    x + secs(r, 0.01, 0.3),
                    "shop",
                    "ReplicaSet",
                    web_rs,
                    "SuccessfulDelete",
                    "Normal",
                    "replicaset-controller",
                    "",
                    "Deleted pod: %s",
                    f"Deleted pod: {pod}",
                    api="apps/v1",
                )
                kill(P, y + secs(r, 0.01, 0.2), "shop", pod, web_pods.pop(pod), "web")
    # cleanup every 5 minutes, report hourly
    jobs: list[str] = []
    t = at(6, 0)
    while t < t_end:
        for cj, every, img in (
            ("cleanup", 5, f"{K8_REG}/tools:1.9.0"),
            ("report", 60, f"{K8_REG}/reports:3.2.1"),
        ):
            if t.minute % every:
                continue
            sched = int(t.timestamp() // 60)
            job = f"{cj}-{sched}"
            x = ev(
                P,
                t + secs(r, 0.01, 0.8),
                "shop",
                "CronJob",
                cj,
                "SuccessfulCreate",
                "Normal",
                "cronjob-controller",
                "",
                "Created job %s",
                f"Created job {job}",
                api="batch/v1",
            )
            fail = cj == "report" and t.hour == 8
            for attempt in range(7 if fail else 1):
                pod = f"{job}-{sfx()}"
                x = ev(
                    P,
                    x + secs(r, 0.05, 0.4),
                    "shop",
                    "Job",
                    job,
                    "SuccessfulCreate",
                    "Normal",
                    "job-controller",
                    "",
                    "Created pod: %s",
                    f"Created pod: {pod}",
                    api="batch/v1",
                )
                x = start_pod(P, x + secs(r, 0.01, 0.1), "shop", pod, node_for(x), cj, img)
                x += timedelta(seconds=r.uniform(4, 40) if not fail else 10 * 2**attempt)
            if fail:
                x = ev(
                    P,
                    x,
                    "shop",
                    "Job",
                    job,
                    "BackoffLimitExceeded",
                    "Warning",
                    "job-controller",
                    "",
                    "Job has reached the specified backoff limit",
                    "Job has reached the specified backoff limit",
                    api="batch/v1",
                )
                x = ev(
                    P,
                    x + secs(r, 1, 5),
                    "shop",
                    "CronJob",
                    cj,
                    "SawCompletedJob",
                    "Normal",
                    "cronjob-controller",
                    "",
                    "Saw completed job: %s, status: %s",
                    f"Saw completed job: {job}, status: Failed",
                    api="batch/v1",
                )
            else:
                x = ev(
                    P,
                    x,
                    "shop",
                    "Job",
                    job,
                    "Completed",
                    "Normal",
                    "job-controller",
                    "",
                    "Job completed",
                    "Job completed",
                    api="batch/v1",
                )
                x = ev(
                    P,
                    x + secs(r, 1, 5),
                    "shop",
                    "CronJob",
                    cj,
                    "SawCompletedJob",
                    "Normal",
                    "cronjob-controller",
                    "",
                    "Saw completed job: %s, status: %s",
                    f"Saw completed job: {job}, status: Complete",
                    api="batch/v1",
                )
            jobs.append(job)
            old = [j for j in jobs if j.startswith(cj + "-")]
            if len(old) > 3:
                ev(
                    P,
                    x + secs(r, 0.05, 0.5),
                    "shop",
                    "CronJob",
                    cj,
                    "SuccessfulDelete",
                    "Normal",
                    "cronjob-controller",
                    "",
                    "Deleted job %s",
                    f"Deleted job {old[0]}",
                    api="batch/v1",
                )
                jobs.remove(old[0])
        t += timedelta(minutes=1)
    # api rollout with a missing tag, then fixed
    bad, good = f"{K8_REG}/api:1.42.0", f"{K8_REG}/api:1.42.1"
    x = ev(
        P,
        at(7, 30, 2),
        "shop",
        "Deployment",
        "api",
        "ScalingReplicaSet",
        "Normal",
        "deployment-controller",
        "",
        "Scaled up replica set %s to %d from %d",
        "Scaled up replica set api-7c9b5d8f66 to 1 from 0",
        api="apps/v1",
    )
    pod = f"api-7c9b5d8f66-{sfx()}"
    x = ev(
        P,
        x + secs(r, 0.05, 0.3),
        "shop",
        "ReplicaSet",
        "api-7c9b5d8f66",
        "SuccessfulCreate",
        "Normal",
        "replicaset-controller",
        "",
        "Created pod: %s",
        f"Created pod: {pod}",
        api="apps/v1",
    )
    n = "prod-node-2"
    x = ev(
        P,
        x + secs(r, 0.01, 0.1),
        "shop",
        "Pod",
        pod,
        "Scheduled",
        "Normal",
        "default-scheduler",
        "",
        "Successfully assigned %s/%s to %s",
        f"Successfully assigned shop/{pod} to {n}",
    )
    fp = "spec.containers{api}"
    back = 10.0
    while x < at(7, 44):
        x = ev(
            P,
            x + secs(r, 0.5, 1.5),
            "shop",
            "Pod",
            pod,
            "Pulling",
            "Normal",
            "kubelet",
            n,
            "Pulling image %q",
            f'Pulling image "{bad}"',
            fp,
        )
        x = ev(
            P,
            x + secs(r, 0.3, 0.9),
            "shop",
            "Pod",
            pod,
            "Failed",
            "Warning",
            "kubelet",
            n,
            "Failed to pull image %q: rpc error: code = NotFound desc = failed to pull and unpack image %q: failed to resolve reference %q: %s: not found",
            f'Failed to pull image "{bad}": rpc error: code = NotFound desc = failed to pull and unpack image "{bad}": failed to resolve reference "{bad}": {bad}: not found',
            fp,
        )
        x = ev(
            P,
            x + secs(r, 0.01, 0.05),
            "shop",
            "Pod",
            pod,
            "Failed",
            "Warning",
            "kubelet",
            n,
            "Error: %s",
            "Error: ErrImagePull",
            fp,
        )
        y = x + timedelta(seconds=back)
        while x < y - timedelta(seconds=12):
            x = ev(
                P,
                x + secs(r, 1, 12),
                "shop",
                "Pod",
                pod,
                "BackOff",
                "Normal",
                "kubelet",
                n,
                "Back-off pulling image %q",
                f'Back-off pulling image "{bad}"',
                fp,
            )
            x = ev(
                P,
                x + secs(r, 0.01, 0.05),
                "shop",
                "Pod",
                pod,
                "Failed",
                "Warning",
                "kubelet",
                n,
                "Error: %s",
                "Error: ImagePullBackOff",
                fp,
            )
        x = y
        back = min(back * 2, 300)
    x = ev(
        P,
        at(7, 44, 20),
        "shop",
        "Deployment",
        "api",
        "ScalingReplicaSet",
        "Normal",
        "deployment-controller",
        "",
        "Scaled up replica set %s to %d from %d",
        "Scaled up replica set api-5d7f8b9c4d to 1 from 0",
        api="apps/v1",
    )
    x = ev(
        P,
        x + secs(r, 0.01, 0.2),
        "shop",
        "Deployment",
        "api",
        "ScalingReplicaSet",
        "Normal",
        "deployment-controller",
        "",
        "Scaled down replica set %s to %d from %d",
        "Scaled down replica set api-7c9b5d8f66 to 0 from 1",
        api="apps/v1",
    )
    kill(P, x + secs(r, 0.1, 0.5), "shop", pod, n, "api")
    api_pods = {}
    old_api = {f"api-6b8c9d7f5e-{sfx()}": nn for nn in nodes[:2]}
    for i in range(2):
        pod = f"api-5d7f8b9c4d-{sfx()}"
        nn = nodes[i]
        x = ev(
            P,
            x + secs(r, 0.05, 0.3),
            "shop",
            "ReplicaSet",
            "api-5d7f8b9c4d",
            "SuccessfulCreate",
            "Normal",
            "replicaset-controller",
            "",
            "Created pod: %s",
            f"Created pod: {pod}",
            api="apps/v1",
        )
        x = start_pod(P, x + secs(r, 0.01, 0.1), "shop", pod, nn, "api", good, pull=True)
        api_pods[pod] = nn
        x = (
            ev(
                P,
                x + secs(r, 5, 12),
                "shop",
                "Deployment",
                "api",
                "ScalingReplicaSet",
                "Normal",
                "deployment-controller",
                "",
                "Scaled up replica set %s to %d from %d",
                f"Scaled up replica set api-5d7f8b9c4d to {i + 2} from {i + 1}",
                api="apps/v1",
            )
            if i == 0
            else x
        )
        opod = list(old_api)[i]
        x = ev(
            P,
            x + secs(r, 0.1, 1),
            "shop",
            "Deployment",
            "api",
            "ScalingReplicaSet",
            "Normal",
            "deployment-controller",
            "",
            "Scaled down replica set %s to %d from %d",
            f"Scaled down replica set api-6b8c9d7f5e to {1 - i} from {2 - i}",
            api="apps/v1",
        )
        x = ev(
            P,
            x + secs(r, 0.05, 0.3),
            "shop",
            "ReplicaSet",
            "api-6b8c9d7f5e",
            "SuccessfulDelete",
            "Normal",
            "replicaset-controller",
            "",
            "Deleted pod: %s",
            f"Deleted pod: {opod}",
            api="apps/v1",
        )
        kill(P, x + secs(r, 0.05, 0.3), "shop", opod, old_api[opod], "api")
    # the api's probes while its database is away
    for pod, nn in api_pods.items():
        ip = f"10.244.{nodes.index(nn) + 1}.{r.randint(10, 250)}"
        for t in poisson(r, at(8, 12), at(8, 25), 6):
            if r.random() < 0.7:
                ev(
                    P,
                    t,
                    "shop",
                    "Pod",
                    pod,
                    "Unhealthy",
                    "Warning",
                    "kubelet",
                    nn,
                    "%s probe failed: HTTP probe failed with statuscode: %d",
                    "Readiness probe failed: HTTP probe failed with statuscode: 503",
                    "spec.containers{api}",
                )
            else:
                ev(
                    P,
                    t,
                    "shop",
                    "Pod",
                    pod,
                    "Unhealthy",
                    "Warning",
                    "kubelet",
                    nn,
                    "%s probe failed: Get %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                    f'Liveness probe failed: Get "http://{ip}:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                    "spec.containers{api}",
                )
        t = at(8, 19, r.randint(0, 59))
        t = ev(
            P,
            t,
            "shop",
            "Pod",
            pod,
            "Killing",
            "Normal",
            "kubelet",
            nn,
            "Container %s failed liveness probe, will be restarted",
            "Container api failed liveness probe, will be restarted",
            "spec.containers{api}",
        )
        t = ev(
            P,
            t + secs(r, 30, 32),
            "shop",
            "Pod",
            pod,
            "Pulled",
            "Normal",
            "kubelet",
            nn,
            "Container image %q already present on machine",
            f'Container image "{good}" already present on machine',
            "spec.containers{api}",
        )
        t = ev(
            P,
            t + secs(r, 0.05, 0.3),
            "shop",
            "Pod",
            pod,
            "Created",
            "Normal",
            "kubelet",
            nn,
            "Created container %s",
            "Created container api",
            "spec.containers{api}",
        )
        ev(
            P,
            t + secs(r, 0.2, 0.8),
            "shop",
            "Pod",
            pod,
            "Started",
            "Normal",
            "kubelet",
            nn,
            "Started container %s",
            "Started container api",
            "spec.containers{api}",
        )
    # the worker crash-looping
    wpod, wn = f"worker-84c6b7d9f5-{sfx()}", "prod-node-1"
    t = at(8, 10, 31)
    back = 10
    while t < at(8, 40):
        t = ev(
            P,
            t,
            "shop",
            "Pod",
            wpod,
            "Pulled",
            "Normal",
            "kubelet",
            wn,
            "Container image %q already present on machine",
            f'Container image "{K8_REG}/worker:2.18.3" already present on machine',
            "spec.containers{worker}",
        )
        t = ev(
            P,
            t + secs(r, 0.05, 0.3),
            "shop",
            "Pod",
            wpod,
            "Created",
            "Normal",
            "kubelet",
            wn,
            "Created container %s",
            "Created container worker",
            "spec.containers{worker}",
        )
        t = ev(
            P,
            t + secs(r, 0.2, 0.8),
            "shop",
            "Pod",
            wpod,
            "Started",
            "Normal",
            "kubelet",
            wn,
            "Started container %s",
            "Started container worker",
            "spec.containers{worker}",
        )
        y = t + timedelta(seconds=back + r.uniform(3, 6))
        t += secs(r, 2, 4)
        while t < y:
            t = ev(
                P,
                t,
                "shop",
                "Pod",
                wpod,
                "BackOff",
                "Warning",
                "kubelet",
                wn,
                "Back-off restarting failed container %s in pod %s",
                f"Back-off restarting failed container worker in pod {wpod}_shop(5b1e0c7a-3f0d-4b8e-9a61-2c4d7e8f9a10)",
                "spec.containers{worker}",
            )
            t += secs(r, 8, 15)
        back = min(back * 2, 300)
    # prod-node-3 rebooted
    a, b = node3_down
    t = ev(
        P,
        a + secs(r, 38, 42),
        "",
        "Node",
        "prod-node-3",
        "NodeNotReady",
        "Normal",
        "node-controller",
        "",
        "Node %s status is now: %s",
        "Node prod-node-3 status is now: NodeNotReady",
    )
    for pod, nn in list(web_pods.items()):
        if nn == "prod-node-3":
            ev(
                P,
                t + secs(r, 0.01, 0.5),
                "shop",
                "Pod",
                pod,
                "NodeNotReady",
                "Warning",
                "node-controller",
                "",
                "Node is not ready",
                "Node is not ready",
            )
    ev(
        P,
        t + secs(r, 0.01, 0.5),
        "kube-system",
        "Pod",
        f"kube-proxy-{sfx()}",
        "NodeNotReady",
        "Warning",
        "node-controller",
        "",
        "Node is not ready",
        "Node is not ready",
    )
    for pod, nn in list(web_pods.items()):
        if nn == "prod-node-3":
            x = ev(
                P,
                t + secs(r, 300, 302),
                "shop",
                "Pod",
                pod,
                "TaintManagerEviction",
                "Normal",
                "taint-eviction-controller",
                "",
                "Marking for deletion Pod %s",
                f"Marking for deletion Pod shop/{pod}",
            )
            npod = f"{web_rs}-{sfx()}"
            x = ev(
                P,
                x + secs(r, 0.05, 0.3),
                "shop",
                "ReplicaSet",
                web_rs,
                "SuccessfulCreate",
                "Normal",
                "replicaset-controller",
                "",
                "Created pod: %s",
                f"Created pod: {npod}",
                api="apps/v1",
            )
            x = ev(
                P,
                x + secs(r, 0.01, 0.1),
                "shop",
                "Pod",
                npod,
                "FailedScheduling",
                "Warning",
                "default-scheduler",
                "",
                "%d/%d nodes are available: %s. preemption: %d/%d nodes are available: %s.",
                "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
            )
            web_pods.pop(pod)
            web_pods[npod] = "pending"
    t = b
    boot = uuid4(r)
    t = ev(
        P,
        t,
        "",
        "Node",
        "prod-node-3",
        "Starting",
        "Normal",
        "kubelet",
        "prod-node-3",
        "Starting kubelet.",
        "Starting kubelet.",
    )
    t = ev(
        P,
        t + secs(r, 0.1, 0.4),
        "",
        "Node",
        "prod-node-3",
        "NodeAllocatableEnforced",
        "Normal",
        "kubelet",
        "prod-node-3",
        "Updated Node Allocatable limit across pods",
        "Updated Node Allocatable limit across pods",
    )
    for cond in ("NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeHasSufficientPID"):
        t = ev(
            P,
            t + secs(r, 0.01, 0.2),
            "",
            "Node",
            "prod-node-3",
            cond,
            "Normal",
            "kubelet",
            "prod-node-3",
            "Node %s status is now: %s",
            f"Node prod-node-3 status is now: {cond}",
        )
    t = ev(
        P,
        t + secs(r, 0.01, 0.2),
        "",
        "Node",
        "prod-node-3",
        "Rebooted",
        "Warning",
        "kubelet",
        "prod-node-3",
        "Node %s has been rebooted, boot id: %s",
        f"Node prod-node-3 has been rebooted, boot id: {boot}",
    )
    t = ev(
        P,
        t + secs(r, 8, 12),
        "",
        "Node",
        "prod-node-3",
        "NodeReady",
        "Normal",
        "kubelet",
        "prod-node-3",
        "Node %s status is now: %s",
        "Node prod-node-3 status is now: NodeReady",
    )
    for pod, nn in list(web_pods.items()):
        if nn == "pending":
            x = ev(
                P,
                t + secs(r, 1, 3),
                "shop",
                "Pod",
                pod,
                "Scheduled",
                "Normal",
                "default-scheduler",
                "",
                "Successfully assigned %s/%s to %s",
                f"Successfully assigned shop/{pod} to prod-node-3",
            )
            fpw = "spec.containers{web}"
            x = ev(
                P,
                x + secs(r, 0.5, 1.5),
                "shop",
                "Pod",
                pod,
                "Pulled",
                "Normal",
                "kubelet",
                "prod-node-3",
                "Container image %q already present on machine",
                f'Container image "{img_web}" already present on machine',
                fpw,
            )
            x = ev(
                P,
                x + secs(r, 0.05, 0.3),
                "shop",
                "Pod",
                pod,
                "Created",
                "Normal",
                "kubelet",
                "prod-node-3",
                "Created container %s",
                "Created container web",
                fpw,
            )
            ev(
                P,
                x + secs(r, 0.2, 0.8),
                "shop",
                "Pod",
                pod,
                "Started",
                "Normal",
                "kubelet",
                "prod-node-3",
                "Started container %s",
                "Started container web",
                fpw,
            )
            web_pods[pod] = "prod-node-3"
    for ds in ("kube-proxy", "fluent-bit", "node-exporter"):
        pod = f"{ds}-{sfx()}"
        x = ev(
            P,
            t + secs(r, 0.5, 3),
            "kube-system",
            "Pod",
            pod,
            "SandboxChanged",
            "Normal",
            "kubelet",
            "prod-node-3",
            "Pod sandbox changed, it will be killed and re-created.",
            "Pod sandbox changed, it will be killed and re-created.",
        )
        fpd = f"spec.containers{{{ds}}}"
        x = ev(
            P,
            x + secs(r, 0.5, 1.5),
            "kube-system",
            "Pod",
            pod,
            "Pulled",
            "Normal",
            "kubelet",
            "prod-node-3",
            "Container image %q already present on machine",
            f'Container image "registry.k8s.io/{ds}:v1.30.1" already present on machine',
            fpd,
        )
        x = ev(
            P,
            x + secs(r, 0.05, 0.3),
            "kube-system",
            "Pod",
            pod,
            "Created",
            "Normal",
            "kubelet",
            "prod-node-3",
            "Created container %s",
            f"Created container {ds}",
            fpd,
        )
        ev(
            P,
            x + secs(r, 0.2, 0.8),
            "kube-system",
            "Pod",
            pod,
            "Started",
            "Normal",
            "kubelet",
            "prod-node-3",
            "Started container %s",
            f"Started container {ds}",
            fpd,
        )
    ev(
        P,
        t + secs(r, 20, 40),
        "",
        "Node",
        "prod-node-3",
        "RegisteredNode",
        "Normal",
        "node-controller",
        "",
        "Node %s event: Registered Node %s in Controller",
        "Node prod-node-3 event: Registered Node prod-node-3 in Controller",
    )

    # staging
    S = "staging"
    snode = ["staging-node-1", "staging-node-2"]
    for i, t in enumerate(poisson(r, at(6, 30), at(9, 50), 330)):
        app = r.choice(["web", "api", "worker"])
        img = f"{K8_REG}/{app}:2.19.0-rc.{i + 1}"
        old_rs = f"{app}-{hexid(r, 10)}"
        new_rs = f"{app}-{hexid(r, 10)}"
        x = ev(
            S,
            t,
            "shop",
            "Deployment",
            app,
            "ScalingReplicaSet",
            "Normal",
            "deployment-controller",
            "",
            "Scaled up replica set %s to %d from %d",
            f"Scaled up replica set {new_rs} to 1 from 0",
            api="apps/v1",
        )
        pod = f"{new_rs}-{sfx()}"
        x = ev(
            S,
            x + secs(r, 0.05, 0.3),
            "shop",
            "ReplicaSet",
            new_rs,
            "SuccessfulCreate",
            "Normal",
            "replicaset-controller",
            "",
            "Created pod: %s",
            f"Created pod: {pod}",
            api="apps/v1",
        )
        x = start_pod(S, x + secs(r, 0.01, 0.1), "shop", pod, r.choice(snode), app, img, pull=True)
        x = ev(
            S,
            x + secs(r, 5, 15),
            "shop",
            "Deployment",
            app,
            "ScalingReplicaSet",
            "Normal",
            "deployment-controller",
            "",
            "Scaled down replica set %s to %d from %d",
            f"Scaled down replica set {old_rs} to 0 from 1",
            api="apps/v1",
        )
        opod = f"{old_rs}-{sfx()}"
        x = ev(
            S,
            x + secs(r, 0.05, 0.3),
            "shop",
            "ReplicaSet",
            old_rs,
            "SuccessfulDelete",
            "Normal",
            "replicaset-controller",
            "",
            "Deleted pod: %s",
            f"Deleted pod: {opod}",
            api="apps/v1",
        )
        kill(S, x + secs(r, 0.05, 0.3), "shop", opod, r.choice(snode), app)
    mpod = f"payments-5c8d7f6b9a-{sfx()}"
    for t in poisson(r, at(6, 5), at(10, 0), 38):
        ev(
            S,
            t,
            "shop",
            "Pod",
            mpod,
            "FailedMount",
            "Warning",
            "kubelet",
            "staging-node-2",
            "MountVolume.SetUp failed for volume %q : secret %q not found",
            'MountVolume.SetUp failed for volume "db-credentials" : secret "db-credentials" not found',
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- azure-functions

AZ_WORKER = "/azure-functions-host/workers/python/3.11/LINUX/X64"
AZ_FUNCS = ["Cleanup", "HttpOrders", "ProcessOrder"]
AZ_COSMOS_STACK = [
    f'Stack:   File "{AZ_WORKER}/azure_functions_worker/dispatcher.py", line 607, in _handle__invocation_request',
    "    call_result = await self._loop.run_in_executor(",
    '  File "/usr/local/lib/python3.11/concurrent/futures/thread.py", line 58, in run',
    "    result = self.fn(*self.args, **self.kwargs)",
    '  File "/home/site/wwwroot/function_app.py", line 57, in process_order',
    "    orders.upsert_item(doc)",
]


def azure_functions(r: random.Random) -> list[Log]:
    """The Functions host's file logs (`/home/LogFiles/Application/Functions/Host/`) of a
    Python 3.11 function app (Functions 4.34) on two instances, 06:00 to 10:00
    (`host-2f1a9c8e21.log`, `host-8b4d0e6a73.log`: `2024-06-04T06:00:01.123 [Information]
    message`, a message's later lines bare). Three functions: HttpOrders (HTTP), ProcessOrder
    (the `orders` queue), Cleanup (a timer every five minutes, on the instance holding the
    host lock). Cosmos DB unavailable 07:40-07:55 (failed invocations with the Python
    worker's `Result: Failure` / `Exception:` / `Stack:` lines, retries, poison messages); a
    partner API hanging from 09:04 makes ProcessOrder exceed its 5-minute timeout and the
    host restart on the second instance."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(10, 0)
    insts = ["2f1a9c8e21", "8b4d0e6a73"]
    iid = {i: hexid(r, 64) for i in insts}
    pid = {i: r.randint(80, 140) for i in insts}

    def A(
        i: str, t: datetime, lvl: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d} [{lvl}] {msg}",
                *(more or []),
            ]

        return fs.add(f"host-{i}.log", t, label, text, proc=i)

    def start(i: str, t: datetime, n: int) -> datetime:
        op = uuid4(r)
        t = A(
            i, t, "Information", "Initializing Warmup Extension.", "Initializing Warmup Extension."
        )
        t = A(
            i,
            t + secs(r, 0.01, 0.05),
            "Information",
            "Initializing Host. OperationId: %s.",
            f"Initializing Host. OperationId: '{op}'.",
        )
        t = A(
            i,
            t + secs(r, 0.001, 0.01),
            "Information",
            "Host initialization: ConsecutiveErrors=%d, StartupCount=%d, OperationId=%s",
            f"Host initialization: ConsecutiveErrors=0, StartupCount={n}, OperationId={op}",
        )
        t = A(i, t + secs(r, 0.05, 0.2), "Information", "Starting JobHost", "Starting JobHost")
        t = A(
            i,
            t + secs(r, 0.001, 0.01),
            "Information",
            "Starting Host (HostId=%s, InstanceId=%s, Version=%s, ProcessId=%d, AppDomainId=%d, InDebugMode=%s, InDiagnosticMode=%s, FunctionsExtensionVersion=%s)",
            f"Starting Host (HostId=shop-orders-func, InstanceId={uuid4(r)}, Version=4.34.2.2, ProcessId={r.randint(20, 90)}, AppDomainId=1, InDebugMode=False, InDiagnosticMode=False, FunctionsExtensionVersion=~4)",
        )
        t = A(
            i,
            t + secs(r, 0.005, 0.03),
            "Information",
            "Loading functions metadata",
            "Loading functions metadata",
        )
        port = r.randint(33000, 45000)
        t = A(
            i,
            t + secs(r, 0.01, 0.05),
            "Information",
            "Starting worker process:%s",
            f"Starting worker process:/usr/local/bin/python  {AZ_WORKER}/worker.py --host 127.0.0.1 --port {port} --workerId {uuid4(r)} --requestId {uuid4(r)} --grpcMaxMessageLength 2147483647",
        )
        pid[i] = r.randint(80, 400)
        t = A(
            i,
            t + secs(r, 0.01, 0.05),
            "Information",
            "%s process with Id=%d started",
            f"python process with Id={pid[i]} started",
        )
        t = A(
            i,
            t + secs(r, 1.5, 3.5),
            "Information",
            "Worker process started and initialized.",
            "Worker process started and initialized.",
        )
        t = A(
            i,
            t + secs(r, 0.05, 0.3),
            "Information",
            "%d functions loaded",
            f"{len(AZ_FUNCS)} functions loaded",
        )
        t = A(
            i,
            t + secs(r, 0.01, 0.05),
            "Information",
            "Generating %d job function(s)",
            f"Generating {len(AZ_FUNCS)} job function(s)",
        )
        t = A(
            i,
            t + secs(r, 0.01, 0.05),
            "Information",
            "Found the following functions:",
            "Found the following functions:",
            [f"Host.Functions.{f}" for f in AZ_FUNCS] + [""],
        )
        t = A(
            i,
            t + secs(r, 0.005, 0.02),
            "Information",
            "Initializing function HTTP routes",
            "Initializing function HTTP routes",
            ["Mapped function route 'api/orders/{id?}' [get,post] to 'HttpOrders'", ""],
        )
        ms = int((t - t0).total_seconds() * 1000) % 900 + 400
        t = A(
            i,
            t + secs(r, 0.01, 0.05),
            "Information",
            "Host initialized (%dms)",
            f"Host initialized ({ms}ms)",
        )
        t = A(
            i,
            t + secs(r, 0.05, 0.3),
            "Information",
            "Host started (%dms)",
            f"Host started ({ms + r.randint(100, 400)}ms)",
        )
        t = A(i, t + secs(r, 0.001, 0.01), "Information", "Job host started", "Job host started")
        return t

    def stop(i: str, t: datetime) -> datetime:
        t = A(i, t, "Information", "Stopping JobHost", "Stopping JobHost")
        for f, ln in (
            ("ProcessOrder", "Microsoft.Azure.WebJobs.Host.Queues.Listeners.QueueListener"),
            ("Cleanup", "Microsoft.Azure.WebJobs.Extensions.Timers.TimerListener"),
        ):
            t = A(
                i,
                t + secs(r, 0.001, 0.01),
                "Information",
                "Stopping the listener %s for function %s",
                f"Stopping the listener '{ln}' for function '{f}'",
            )
            t = A(
                i,
                t + secs(r, 0.01, 0.1),
                "Information",
                "Stopped the listener %s for function %s",
                f"Stopped the listener '{ln}' for function '{f}'",
            )
        t = A(i, t + secs(r, 0.01, 0.05), "Information", "Job host stopped", "Job host stopped")
        t = A(
            i,
            t + secs(r, 0.1, 0.4),
            "Information",
            "Language Worker Process exited. Pid=%d.",
            f"Language Worker Process exited. Pid={pid[i]}.",
        )
        t = A(
            i,
            t + secs(r, 0.001, 0.01),
            "Information",
            "%s exited with code %d (0x%s).",
            "python exited with code 137 (0x89).",
        )
        return t

    def schedule(i: str, t: datetime) -> datetime:
        nxt = t.replace(second=0, microsecond=0) + timedelta(minutes=5 - t.minute % 5)
        rows = [
            f"{(nxt + timedelta(minutes=5 * k)):%m/%d/%Y %H:%M:%S}Z ({(nxt + timedelta(minutes=5 * k)):%m/%d/%Y %H:%M:%S}Z)"
            for k in range(5)
        ]
        return A(
            i,
            t,
            "Information",
            "The next 5 occurrences of the %s schedule (Cron: %s) will be:",
            "The next 5 occurrences of the 'Cleanup' schedule (Cron: '0 */5 * * * *') will be:",
            rows,
        )

    def executing(i: str, t: datetime, fn: str, reason: str, label: str, inv: str) -> datetime:
        return A(
            i, t, "Information", label, f"Executing 'Functions.{fn}' (Reason='{reason}', Id={inv})"
        )

    def executed(
        i: str,
        t: datetime,
        fn: str,
        inv: str,
        st: datetime,
        ok: bool = True,
        more: list[str] | None = None,
    ) -> datetime:
        d = int((t - st).total_seconds() * 1000)
        if ok:
            return A(
                i,
                t,
                "Information",
                "Executed %s (Succeeded, Id=%s, Duration=%dms)",
                f"Executed 'Functions.{fn}' (Succeeded, Id={inv}, Duration={d}ms)",
            )
        return A(
            i,
            t,
            "Error",
            "Executed %s (Failed, Id=%s, Duration=%dms)",
            f"Executed 'Functions.{fn}' (Failed, Id={inv}, Duration={d}ms)",
            more,
        )

    for n, i in enumerate(insts):
        x = start(i, at(6, 0, 2 + 7 * n), 1)
        if n == 0:
            x = A(
                i,
                x + secs(r, 1, 3),
                "Information",
                "Host lock lease acquired by instance ID %s.",
                f"Host lock lease acquired by instance ID '{iid[i]}'.",
            )
            schedule(i, x + secs(r, 0.01, 0.05))
    lock = insts[0]
    down: list[tuple[str, datetime, datetime]] = []

    def up(i: str, t: datetime) -> bool:
        return not any(j == i and a <= t < b for j, a, b in down)

    # the timer
    t = at(6, 5)
    while t < t_end:
        i = lock
        inv = uuid4(r)
        st = executing(
            i,
            t + secs(r, 0.0, 0.02),
            "Cleanup",
            f"Timer fired at {t:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 9999999):07d}+00:00",
            "Executing %s (Reason='Timer fired at %s', Id=%s)",
            inv,
        )
        x = A(
            i,
            st + secs(r, 0.3, 1.2),
            "Information",
            "Removed %d expired carts",
            f"Removed {r.randint(0, 40)} expired carts",
        )
        executed(i, x + secs(r, 0.005, 0.02), "Cleanup", inv, st)
        t += timedelta(minutes=5)
    # the restart on the second instance: a ProcessOrder hangs from 09:04 and times out at 09:09
    hang_i = insts[1]
    inv = uuid4(r)
    hst = executing(
        hang_i,
        at(9, 4, 17),
        "ProcessOrder",
        "New queue message detected on 'orders'.",
        "Executing %s (Reason='New queue message detected on %s.', Id=%s)",
        inv,
    )
    x = A(
        hang_i,
        hst + secs(r, 0.001, 0.005),
        "Information",
        "Trigger Details: MessageId: %s, DequeueCount: %d, InsertedOn: %s",
        f"Trigger Details: MessageId: {uuid4(r)}, DequeueCount: 1, InsertedOn: {hst - secs(r, 0.05, 0.5):%Y-%m-%dT%H:%M:%S}.000+00:00",
    )
    oid = 7_410_000
    x = A(
        hang_i,
        x + secs(r, 0.01, 0.05),
        "Information",
        "Processing order %s for customer %s",
        f"Processing order {oid} for customer C{r.randint(10000, 99999)}",
    )
    x = A(
        hang_i,
        x + secs(r, 30, 31),
        "Warning",
        "Shipping quote for order %s is taking longer than %ds",
        f"Shipping quote for order {oid} is taking longer than 30s",
    )
    x = A(
        hang_i,
        hst + timedelta(minutes=5, milliseconds=r.randint(3, 40)),
        "Error",
        "Timeout value of %s exceeded by function %s (Id: %s). Initiating cancellation.",
        f"Timeout value of 00:05:00 exceeded by function 'Functions.ProcessOrder' (Id: '{inv}'). Initiating cancellation.",
    )
    x = executed(
        hang_i,
        x + secs(r, 0.01, 0.05),
        "ProcessOrder",
        inv,
        hst,
        False,
        [
            "Microsoft.Azure.WebJobs.Host: Timeout value of 00:05:00 was exceeded by function: Functions.ProcessOrder."
        ],
    )
    x = A(
        hang_i,
        x + secs(r, 0.01, 0.05),
        "Error",
        "A function timeout has occurred. Host is shutting down.",
        "A function timeout has occurred. Host is shutting down.",
    )
    x = stop(hang_i, x + secs(r, 0.01, 0.05))
    restart_end = start(hang_i, x + secs(r, 1, 3), 2)
    down.append((hang_i, hst, restart_end))
    # the queue and HTTP traffic
    attempts: dict[str, int] = {}
    retry: list[tuple[datetime, str, int]] = []
    for t in poisson(r, at(6, 1), t_end, 30):
        ok = [i for i in insts if up(i, t)]
        i = r.choice(ok)
        if r.random() < 0.45:
            inv = uuid4(r)
            st = executing(
                i,
                t,
                "HttpOrders",
                "This function was programmatically called via the host APIs.",
                "Executing %s (Reason='This function was programmatically called via the host APIs.', Id=%s)",
                inv,
            )
            o = r.randint(7_300_000, 7_409_999)
            if r.random() < 0.08:
                x = A(
                    i,
                    st + secs(r, 0.01, 0.05),
                    "Warning",
                    "Order %s not found",
                    f"Order {o} not found",
                )
            else:
                x = A(
                    i,
                    st + secs(r, 0.02, 0.12),
                    "Information",
                    "Fetched order %s (%d items)",
                    f"Fetched order {o} ({r.randint(1, 6)} items)",
                )
            executed(i, x + secs(r, 0.001, 0.01), "HttpOrders", inv, st)
            continue
        oid += 1
        mid = uuid4(r)
        retry.append((t, mid, oid))
    retry.sort()
    while retry:
        t, mid, o = retry.pop(0)
        ok = [i for i in insts if up(i, t)]
        i = r.choice(ok)
        attempts[mid] = attempts.get(mid, 0) + 1
        inv = uuid4(r)
        st = executing(
            i,
            t + secs(r, 0.05, 0.5),
            "ProcessOrder",
            "New queue message detected on 'orders'.",
            "Executing %s (Reason='New queue message detected on %s.', Id=%s)",
            inv,
        )
        x = A(
            i,
            st + secs(r, 0.001, 0.005),
            "Information",
            "Trigger Details: MessageId: %s, DequeueCount: %d, InsertedOn: %s",
            f"Trigger Details: MessageId: {mid}, DequeueCount: {attempts[mid]}, InsertedOn: {t:%Y-%m-%dT%H:%M:%S}.000+00:00",
        )
        x = A(
            i,
            x + secs(r, 0.005, 0.02),
            "Information",
            "Processing order %s for customer %s",
            f"Processing order {o} for customer C{r.randint(10000, 99999)}",
        )
        if at(7, 40) <= x < at(7, 55):
            x = A(
                i,
                x + secs(r, 1.0, 3.0),
                "Error",
                "Cosmos DB write failed for order %s: %s",
                f"Cosmos DB write failed for order {o}: (ServiceUnavailable) Service is currently unavailable.",
            )
            executed(
                i,
                x + secs(r, 0.01, 0.05),
                "ProcessOrder",
                inv,
                st,
                False,
                [
                    "Result: Failure",
                    "Exception: CosmosHttpResponseError: (ServiceUnavailable) Service is currently unavailable.",
                    "Code: ServiceUnavailable",
                    "Message: Service is currently unavailable.",
                    *AZ_COSMOS_STACK,
                ],
            )
            if attempts[mid] >= 5:
                A(
                    i,
                    x + secs(r, 0.05, 0.2),
                    "Warning",
                    "Message has reached MaxDequeueCount of %d. Moving message to queue %s.",
                    "Message has reached MaxDequeueCount of 5. Moving message to queue 'orders-poison'.",
                )
            else:
                retry.append((x + secs(r, 30, 40), mid, o))
                retry.sort()
            continue
        x = A(
            i,
            x + secs(r, 0.05, 0.4),
            "Information",
            "Order %s written to Cosmos DB (%.2f RU)",
            f"Order {o} written to Cosmos DB ({r.uniform(8, 14):.2f} RU)",
        )
        executed(i, x + secs(r, 0.001, 0.01), "ProcessOrder", inv, st)
    return fs.logs(t0)


SYSTEMS = {
    "aws-lambda": aws_lambda,
    "heroku": heroku,
    "s3-access": s3_access,
    "k8s-events": k8s_events,
    "azure-functions": azure_functions,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
