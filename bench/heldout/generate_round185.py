#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 185 (pixelfed, writefreely, gotify, ntfy, apprise-api) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). A federated photo service, a federated blog, two
push-notification servers and a notification gateway, 06:00 to 12:00 on 2024-06-07.

- Pixelfed 0.12 (`horizon.log`: `docker logs` of the Horizon container, Laravel 10's queue
  worker output, `  2024-06-07 06:00:18 App\\Jobs\\AvatarPipeline\\RemoteAvatarFetch ...... RUNNING`
  and `  ... RemoteAvatarFetch  160.17ms DONE` / `FAIL`, dot leaders filling 80 columns;
  `laravel.log`: storage/logs/laravel.log, Monolog's `[2024-06-07 06:14:14] production.ERROR:
  message {"exception":"[object] (Class(code: 0): message at file:line)` with its `[stacktrace]`,
  `[previous exception]` blocks and the closing `"} `): about 1,200 jobs on six worker processes
  (DeleteWorker all day and in a flood 06:40-06:52 from an instance shutting down, inbox
  validation and delivery, remote avatar fetches, local posts with their image pipeline);
  RemoteAvatarFetch failing on gone avatars (Guzzle's `Client error: `GET ...` resulted in a
  `404 Not Found` response:` with the body summary on the next line), on pixey.example.social
  down 07:40-08:25 (`cURL error 28: Operation timed out ...`, `cURL error 7: Failed to connect
  ...`), a dead domain (`cURL error 6: Could not resolve host: ...`) and photog's 502/503
  (`Server error: ...`); MySQL down 09:02-09:06 (jobs FAIL with `SQLSTATE[HY000] [2002]
  Connection refused (Connection: mysql, SQL: ...)`, the API's requests too, the released jobs
  later `... has been attempted too many times.`); a deadlock in LikePipeline; InboxWorker's
  `Undefined array key "object"`; the API's `Attempt to read property "id" on null` for deleted
  statuses (a `userId` in the context); Horizon restarted by a deploy at 10:30 (`   INFO  Horizon
  started successfully.` between blank lines); a photo exhausting PHP's memory at 11:12 (`PHP
  Fatal error:  Allowed memory size of ...` on the worker's stderr, the FatalError in
  laravel.log, the retry 90 s later failing as attempted too many times).
- WriteFreely 0.15 (`writefreely.log`: `docker logs`; web-core/log's `2024/06/07 06:00:11 ...` on
  stdout and `ERROR: 2024/06/07 08:14:21 database.go:905: ...` on stderr, go-sql-driver's
  `[mysql] 2024/06/07 08:14:20 packets.go:37: unexpected EOF`), write.example.org with eight
  blogs: every request's ReqLog line (`"GET /alice/" 200 14.27832ms "user agent"`, passed to
  log.Info as the format, so a percent-encoded URI comes out as `self%!h(MISSING)osting`):
  readers and crawlers, feed readers, the fediverse (actor fetches, webfinger, inbox deliveries:
  Deletes, and Likes and Follows with `Fetching actor %s locally`, `Not found; fetching actor %s
  remotely`, `GET %s`, the Accept's `POST %s`); three posts federated (`Followers for %d:
  &[{ID:0 ActorID:... Created:0001-01-01 00:00:00 +0000 UTC}]`, `POST %s` per shared inbox,
  `Couldn't post! Post "...": dial tcp: lookup ... no such host` for a dead instance); MySQL
  restarted at 08:14:20 (two queries in flight dying: `unexpected EOF`, `Failed selecting from
  collections: invalid connection`, a 500); a restart at 09:45 to turn the local timeline on
  (`Shutting down...`, `Done.`, `Starting WriteFreely 0.15.0...` to `Serving on
  http://0.0.0.0:8080` and `---`); Bytespider walking the Reader's percent-encoded tag pages
  10:30-11:00.
- Gotify 2.4 (`gotify.log`: `docker logs`; its gin formatter, `2024-06-07 06:00:35 | 200 |
  7.036223ms |    192.168.10.5 | POST     "/message?token=[masked]"` padded as written, gin's
  errors on the next line `Error #01: ...`, and fmt.Println's start-up lines with no time):
  Uptime Kuma's /health every 30 s, publishers (Home Assistant, a NAS, apprise-api, Sonarr,
  Woodpecker CI; the hourly backups with the key in a header), a Raspberry Pi still posting with
  a deleted application's token (401, `you need to provide a valid access token or user
  credentials to access this api`), a script posting empty messages (400, `Key:
  'MessageExternal.Message' Error:Field validation for 'Message' failed on the 'required' tag`),
  three phones' and a desktop's websocket streams logged when they end (the latency is the
  stream's length, `2h41m29s`), an nginx change 08:15-08:52 dropping the Upgrade header (400,
  `websocket: the client is not using the websocket protocol: 'upgrade' token not found in
  'Connection' header`, as the clients retry), a restart at 08:40 (`Shutting down: received
  signal terminated`, `Starting Gotify version 2.4.0@...`, `Started listening for plain
  connection on tcp [::]:80`), the web UI opened three times, a scanner's 404s at 10:10.
- ntfy 2.11 (`ntfy.log`: its log-file, the text format `2024/06/07 06:00:31 INFO Server stats
  (emails_received=0, ..., visitors=29)`, the event's fields sorted in parentheses):
  `Server stats` every minute; phones' websockets dropping on mobile networks (`WebSocket
  error: websocket: close 1006 (abnormal closure): unexpected EOF`, `... read: connection reset
  by peer`), iOS polls answered into closed sockets (`Connection closed with HTTP 500 (ntfy error
  50001)`), attachments too large (413); CI's e-mails refused 07:15-07:50 (`Unable to send email
  to %s: 535 5.7.8 Authentication credentials invalid`); SIGHUP twice to debug 08:10-08:35
  (`Partially hot reloading configuration ...`, `Log level is DEBUG`): each request's `HTTP
  request started` / `finished`, a publish's `Received message`, `Forwarding to %d
  subscriber(s)`, `Publishing poll request to https://ntfy.sh/<sha256>`, `Adding message to
  cache`, `Wrote 1 message(s) in ...`, the manager's seven lines a minute, scanners' 404s; DNS
  failing 09:20-09:32 (`Unable to publish poll request` with the dial error in `error=`); a
  restart at 10:05 (`Listening on 127.0.0.1:2586[http], ntfy 2.11.0, log level is INFO`, the
  counters from zero); ntfy.sh answering 429 from 10:41 (`Unable to publish poll request, the
  upstream server %s responded with HTTP %s; you may solve this ...` at every publish); stale
  web push subscriptions (`Unable to publish web push message`).
- Apprise API 1.1 (`apprise.log`: `docker logs` of caronc/apprise, nginx and uWSGI under
  supervisord: Django's and Apprise's loggers, `2024-06-07 06:05:37,228 [INFO] django: NOTIFY -
  172.20.0.9 - Delivered Notification(s) - KEY: ha`, and uWSGI's request lines, `[pid: 10|app:
  0|req: 1031/4140] 172.20.0.9 () {44 vars in 812 bytes} [Fri Jun  7 06:05:37 2024] POST
  /notify/ha => generated 113 bytes in 241 msecs (HTTP/1.1 200) 6 headers in 266 bytes (1
  switches on core 0)`): Uptime Kuma's check of `/` every minute; four stateful keys (homelab:
  Discord and Gotify; media: Telegram; backups: e-mail and Gotify; ha: ntfy) and a Proxmox
  host's stateless posts; a WAN flap 07:05-07:26 (Uptime Kuma's alerts every 20 s, `Discord
  rate limiting in effect; blocking for %.2f second(s)`, `Failed to send to Discord
  notification: error=429.`, the Apprise CLI giving up: uWSGI's `SIGPIPE: writing to a closed
  pipe/socket/fd ...`, `uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c
  line 306] during POST ...`, `OSError: write error`); a Telegram group upgraded to a supergroup
  09:31-10:16 (`Failed to send Telegram notification to %s: Bad Request: group chat was upgraded
  to a supergroup chat, error=400.`, `NOTIFY - ... One or more notifications not sent using KEY:
  media`, `Failed Dependency: /notify/media`, 424) until the key is edited in the web UI (`VIEW
  - ...`, `ADD - ... Configuration saved using KEY: media`); push.example.home not resolving
  09:40-09:58 (`A Connection error occurred sending Gotify notification to %s.`); the SMTP relay
  down 10:40-11:05 (`Connection error while submitting email to %s. Reason: [Errno 111]
  Connection refused`); a Home Assistant template sending invalid JSON 11:30-11:41 (`NOTIFY - ...
  Invalid JSON Payload provided using KEY: ha`, `Bad Request: /notify/ha`, 400).

Label notes. The heads are context: Monolog's `[date] production.LEVEL: `, web-core/log's date,
`ERROR: ` and `file:line: `, go-sql-driver's `[mysql] date file:line: `, ntfy's date and level
and its parenthesized fields (the event's context, as logrus's fields), Python logging's
`date [LEVEL] logger: `, uWSGI's `date - ` before a verbose line. Laravel's worker line is its
own format: the date (as gin's `%v`), the job's class (`resolveName()`, a value), the dot leader
and the runtime are values, `RUNNING` / `DONE` / `FAIL` the branch's words. WriteFreely's ReqLog,
Gotify's gin lines and uWSGI's request lines are labelled as the set's access records are
(method, route with ids, keys and paths as `%s`, status; times, sizes, addresses and user
agents values). A message of its own inside a message contributes its format: Guzzle's
`%s: `%s %s` resulted in a `%s %s` response:` (its first line; `Client error` / `Server error`
picked by the status), curl's messages after `cURL error %s: `, gorilla's CloseError (the code's
words by branch), net.OpError's `read tcp %s->%s: read: connection reset by peer`, Go's url.Error,
textproto's `%03d %s`, mysql's `invalid connection`, Telegram's description, Python's
`[Errno %d] Connection refused`. Apprise's plugins write distinct statements (`Sent Discord
notification.`, `Sent Telegram notification.`); apprise-api's `%sKEY: %s` takes the tags as a
value, Django's `Failed Dependency: %s` keeps the reason phrase as wording. A Monolog exception's
trace, the previous exception and the `"} ` line, a Guzzle body summary and gin's `Error #01:`
line continue their events; Horizon's blank lines start none; uWSGI's `OSError: write error`
and the PHP fatal error are lines of their own, as are fmt.Println's. Monolog, Python logging
and uWSGI's verbose lines write milliseconds or seconds; Go's standard logger and the worker's
output whole seconds, where Clock keeps one process's lines a second apart.

Least sure (written from the helper's knowledge; ntfy's logger, manager and server messages,
Gotify's router, runner and stream code, WriteFreely's handlers, ActivityPub and start-up,
web-core/log, apprise-api's views and settings and Apprise's Discord, Telegram, Gotify, e-mail
and ntfy plugins were read in copies of their sources, which are not all of the June 2024
versions; apprise-api's uWSGI and Django lines were compared with a log quoted in an issue):
ntfy 2.11's exact field set (`users` in the stats, the tags on `HTTP request started`, the poll
request's, the web push error's fields), `Log level is %v` after a SIGHUP; Gotify 2.4's
formatter (its time layout and padding) and build date; WriteFreely 0.15's start-up and shutdown
lines, the file:line numbers and the `Followers for %d` rendering; Pixelfed 0.12's job names,
where its jobs catch their errors, the MediaStorageService frames and line numbers, Laravel's
runtime for humans past a second (`10s`); apprise-api 1.1's messages of mid-2024 (the version
read is later: `Delivered Notification(s) - %sKEY: %s`), its uWSGI workers and whether nginx's
own lines reach `docker logs`; Apprise 1.8's Discord rate-limit and e-mail lines.
"""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, in_any, weighted

# ----------------------------------------------------------------------------------- pixelfed

PF = "/var/www"
PF_QUEUES = "high,default,follow,shared,inbox,feed,delete,low,images"


def php_arg(s: str) -> str:
    """A string argument as PHP's exception trace prints it (15 bytes, then `...`)."""
    return f"'{s[:15]}...'" if len(s) > 15 else f"'{s}'"


def mono_esc(s: str) -> str:
    """A string inside Monolog's JSON context (slashes left bare, the inline line breaks kept)."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


def pf_job_tail(job: str) -> list[str]:
    """The queue worker's frames under a job's handle(), down to artisan (Laravel 10, Horizon 5)."""
    fw = f"{PF}/vendor/laravel/framework/src/Illuminate"
    rj = r"Object(Illuminate\Queue\Jobs\RedisJob)"
    app = r"Object(Illuminate\Foundation\Application)"
    return [
        f"{fw}/Container/BoundMethod.php(36): {job}->handle()",
        f"{fw}/Container/Util.php(41): "
        + r"Illuminate\Container\BoundMethod::Illuminate\Container\{closure}()",
        f"{fw}/Container/BoundMethod.php(93): "
        + r"Illuminate\Container\Util::unwrapIfClosure(Object(Closure))",
        f"{fw}/Container/BoundMethod.php(35): "
        + rf"Illuminate\Container\BoundMethod::callBoundMethod({app}, Array, Object(Closure))",
        f"{fw}/Container/Container.php(662): "
        + rf"Illuminate\Container\BoundMethod::call({app}, Array, Array, NULL)",
        f"{fw}/Bus/Dispatcher.php(128): " + r"Illuminate\Container\Container->call(Array)",
        f"{fw}/Pipeline/Pipeline.php(170): "
        + r"Illuminate\Bus\Dispatcher->Illuminate\Bus\{closure}"
        + f"(Object({job}))",
        f"{fw}/Pipeline/Pipeline.php(127): "
        + r"Illuminate\Pipeline\Pipeline->Illuminate\Pipeline\{closure}"
        + f"(Object({job}))",
        f"{fw}/Bus/Dispatcher.php(132): " + r"Illuminate\Pipeline\Pipeline->then(Object(Closure))",
        f"{fw}/Queue/CallQueuedHandler.php(124): "
        + r"Illuminate\Bus\Dispatcher->dispatchNow"
        + f"(Object({job}), false)",
        f"{fw}/Pipeline/Pipeline.php(170): "
        + r"Illuminate\Queue\CallQueuedHandler->Illuminate\Queue\{closure}"
        + f"(Object({job}))",
        f"{fw}/Pipeline/Pipeline.php(127): "
        + r"Illuminate\Pipeline\Pipeline->Illuminate\Pipeline\{closure}"
        + f"(Object({job}))",
        f"{fw}/Queue/CallQueuedHandler.php(126): "
        + r"Illuminate\Pipeline\Pipeline->then(Object(Closure))",
        f"{fw}/Queue/CallQueuedHandler.php(70): "
        + r"Illuminate\Queue\CallQueuedHandler->dispatchThroughMiddleware"
        + f"({rj}, Object({job}))",
        f"{fw}/Queue/Jobs/Job.php(102): "
        + r"Illuminate\Queue\CallQueuedHandler->call"
        + f"({rj}, Array)",
        *pf_worker_tail(),
    ]


def pf_worker_tail() -> list[str]:
    """The worker's frames from Job::fire() down to artisan."""
    fw = f"{PF}/vendor/laravel/framework/src/Illuminate"
    inp = r"Object(Symfony\Component\Console\Input\ArgvInput)"
    out = r"Object(Symfony\Component\Console\Output\ConsoleOutput)"
    rj = r"Object(Illuminate\Queue\Jobs\RedisJob)"
    wo = r"Object(Illuminate\Queue\WorkerOptions)"
    app = r"Object(Illuminate\Foundation\Application)"
    q = php_arg(PF_QUEUES)
    return [
        f"{fw}/Queue/Worker.php(439): " + r"Illuminate\Queue\Jobs\Job->fire()",
        f"{fw}/Queue/Worker.php(389): " + rf"Illuminate\Queue\Worker->process('redis', {rj}, {wo})",
        f"{fw}/Queue/Worker.php(176): " + rf"Illuminate\Queue\Worker->runJob({rj}, 'redis', {wo})",
        f"{fw}/Queue/Console/WorkCommand.php(139): "
        + rf"Illuminate\Queue\Worker->daemon('redis', {q}, {wo})",
        f"{fw}/Queue/Console/WorkCommand.php(122): "
        + rf"Illuminate\Queue\Console\WorkCommand->runWorker('redis', {q})",
        f"{PF}/vendor/laravel/horizon/src/Console/WorkCommand.php(51): "
        + r"Illuminate\Queue\Console\WorkCommand->handle()",
        f"{fw}/Container/BoundMethod.php(36): " + r"Laravel\Horizon\Console\WorkCommand->handle()",
        f"{fw}/Container/Util.php(41): "
        + r"Illuminate\Container\BoundMethod::Illuminate\Container\{closure}()",
        f"{fw}/Container/BoundMethod.php(93): "
        + r"Illuminate\Container\Util::unwrapIfClosure(Object(Closure))",
        f"{fw}/Container/BoundMethod.php(35): "
        + rf"Illuminate\Container\BoundMethod::callBoundMethod({app}, Array, Object(Closure))",
        f"{fw}/Container/Container.php(662): "
        + rf"Illuminate\Container\BoundMethod::call({app}, Array, Array, NULL)",
        f"{fw}/Console/Command.php(211): " + r"Illuminate\Container\Container->call(Array)",
        f"{PF}/vendor/symfony/console/Command/Command.php(326): "
        + rf"Illuminate\Console\Command->execute({inp}, Object(Illuminate\Console\OutputStyle))",
        f"{fw}/Console/Command.php(180): "
        + rf"Symfony\Component\Console\Command\Command->run({inp}, Object(Illuminate\Console\OutputStyle))",
        f"{PF}/vendor/symfony/console/Application.php(1096): "
        + rf"Illuminate\Console\Command->run({inp}, {out})",
        f"{PF}/vendor/symfony/console/Application.php(324): "
        + rf"Symfony\Component\Console\Application->doRunCommand(Object(Laravel\Horizon\Console\WorkCommand), {inp}, {out})",
        f"{PF}/vendor/symfony/console/Application.php(175): "
        + rf"Symfony\Component\Console\Application->doRun({inp}, {out})",
        f"{fw}/Foundation/Console/Kernel.php(201): "
        + rf"Symfony\Component\Console\Application->run({inp}, {out})",
        f"{PF}/artisan(35): " + rf"Illuminate\Foundation\Console\Kernel->handle({inp}, {out})",
    ]


def pf_guzzle_frames(url: str, connect: bool) -> list[str]:
    """Guzzle 7's frames from where the exception is made up to Client::get()."""
    g = f"{PF}/vendor/guzzlehttp/guzzle/src"
    p = f"{PF}/vendor/guzzlehttp/promises/src"
    req = r"Object(GuzzleHttp\Psr7\Request)"
    if connect:
        head = [
            f"{g}/Handler/CurlFactory.php(210): "
            + r"GuzzleHttp\Handler\CurlFactory::createRejection(Object(GuzzleHttp\Handler\EasyHandle), Array)",
            f"{g}/Handler/CurlFactory.php(162): "
            + r"GuzzleHttp\Handler\CurlFactory::finishError(Object(GuzzleHttp\Handler\CurlHandler), Object(GuzzleHttp\Handler\EasyHandle), Object(GuzzleHttp\Handler\CurlFactory))",
            f"{g}/Handler/CurlHandler.php(44): "
            + r"GuzzleHttp\Handler\CurlFactory::finish(Object(GuzzleHttp\Handler\CurlHandler), Object(GuzzleHttp\Handler\EasyHandle), Object(GuzzleHttp\Handler\CurlFactory))",
            f"{g}/Handler/Proxy.php(28): "
            + rf"GuzzleHttp\Handler\CurlHandler->__invoke({req}, Array)",
            f"{g}/Handler/Proxy.php(48): "
            + rf"GuzzleHttp\Handler\Proxy::GuzzleHttp\Handler\{{closure}}({req}, Array)",
            f"{g}/PrepareBodyMiddleware.php(64): "
            + rf"GuzzleHttp\Handler\Proxy::GuzzleHttp\Handler\{{closure}}({req}, Array)",
            f"{g}/Middleware.php(31): "
            + rf"GuzzleHttp\PrepareBodyMiddleware->__invoke({req}, Array)",
            f"{g}/RedirectMiddleware.php(71): "
            + rf"GuzzleHttp\Middleware::GuzzleHttp\{{closure}}({req}, Array)",
            f"{g}/Middleware.php(63): " + rf"GuzzleHttp\RedirectMiddleware->__invoke({req}, Array)",
            f"{g}/HandlerStack.php(75): "
            + rf"GuzzleHttp\Middleware::GuzzleHttp\{{closure}}({req}, Array)",
            f"{g}/Client.php(331): " + rf"GuzzleHttp\HandlerStack->__invoke({req}, Array)",
            f"{g}/Client.php(168): " + rf"GuzzleHttp\Client->transfer({req}, Array)",
            f"{g}/Client.php(187): "
            + r"GuzzleHttp\Client->requestAsync('GET', Object(GuzzleHttp\Psr7\Uri), Array)",
        ]
    else:
        resp = r"Object(GuzzleHttp\Psr7\Response)"
        head = [
            f"{g}/Middleware.php(72): "
            + rf"GuzzleHttp\Exception\RequestException::create({req}, {resp}, NULL, Array, NULL)",
            f"{p}/Promise.php(209): " + rf"GuzzleHttp\Middleware::GuzzleHttp\{{closure}}({resp})",
            f"{p}/Promise.php(158): "
            + rf"GuzzleHttp\Promise\Promise::callHandler(1, {resp}, NULL)",
            f"{p}/TaskQueue.php(52): "
            + r"GuzzleHttp\Promise\Promise::GuzzleHttp\Promise\{closure}()",
            f"{p}/Promise.php(251): " + r"GuzzleHttp\Promise\TaskQueue->run(true)",
            f"{p}/Promise.php(227): " + r"GuzzleHttp\Promise\Promise->invokeWaitFn()",
            f"{p}/Promise.php(272): " + r"GuzzleHttp\Promise\Promise->waitIfPending()",
            f"{p}/Promise.php(229): " + r"GuzzleHttp\Promise\Promise->invokeWaitList()",
            f"{p}/Promise.php(69): " + r"GuzzleHttp\Promise\Promise->waitIfPending()",
            f"{g}/Client.php(189): " + r"GuzzleHttp\Promise\Promise->wait()",
        ]
    return [
        *head,
        f"{g}/ClientTrait.php(44): " + rf"GuzzleHttp\Client->request('GET', {php_arg(url)}, Array)",
        f"{PF}/app/Services/MediaStorageService.php(247): "
        + rf"GuzzleHttp\Client->get({php_arg(url)}, Array)",
        f"{PF}/app/Jobs/AvatarPipeline/RemoteAvatarFetch.php(86): "
        + r"App\Services\MediaStorageService->remoteAvatar(Object(App\Models\Avatar))",
        *pf_job_tail(r"App\Jobs\AvatarPipeline\RemoteAvatarFetch"),
    ]


def pf_web_frames(controller: str, action: str, arg: str) -> list[str]:
    """php-fpm's frames from a controller action out to public/index.php (Laravel 10)."""
    fw = f"{PF}/vendor/laravel/framework/src/Illuminate"
    rq = r"Object(Illuminate\Http\Request)"
    mids = [
        (r"App\Http\Middleware\FrameGuard", "app/Http/Middleware/FrameGuard.php(22)"),
        (
            r"Illuminate\Routing\Middleware\SubstituteBindings",
            "vendor/laravel/framework/src/Illuminate/Routing/Middleware/SubstituteBindings.php(50)",
        ),
        (
            r"Illuminate\Routing\Middleware\ThrottleRequests",
            "vendor/laravel/framework/src/Illuminate/Routing/Middleware/ThrottleRequests.php(159)",
        ),
        (
            r"Illuminate\Auth\Middleware\Authenticate",
            "vendor/laravel/framework/src/Illuminate/Auth/Middleware/Authenticate.php(57)",
        ),
        (
            r"Laravel\Passport\Http\Middleware\CreateFreshApiToken",
            "vendor/laravel/passport/src/Http/Middleware/CreateFreshApiToken.php(50)",
        ),
    ]
    out = [
        f"{PF}/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): {controller}->{action}({rq}, {php_arg(arg)})",
        f"{fw}/Routing/ControllerDispatcher.php(43): "
        + rf"Illuminate\Routing\Controller->callAction('{action}', Array)",
        f"{fw}/Routing/Route.php(260): "
        + rf"Illuminate\Routing\ControllerDispatcher->dispatch(Object(Illuminate\Routing\Route), Object({controller}), '{action}')",
        f"{fw}/Routing/Route.php(205): " + r"Illuminate\Routing\Route->runController()",
        f"{fw}/Routing/Router.php(806): " + r"Illuminate\Routing\Route->run()",
        f"{fw}/Pipeline/Pipeline.php(144): "
        + rf"Illuminate\Routing\Router->Illuminate\Routing\{{closure}}({rq})",
    ]
    for cls, where in mids:
        out.append(
            f"{PF}/{where}: "
            + rf"Illuminate\Pipeline\Pipeline->Illuminate\Pipeline\{{closure}}({rq})"
        )
        out.append(f"{fw}/Pipeline/Pipeline.php(183): {cls}->handle({rq}, Object(Closure))")
    out += [
        f"{fw}/Pipeline/Pipeline.php(119): "
        + rf"Illuminate\Pipeline\Pipeline->Illuminate\Pipeline\{{closure}}({rq})",
        f"{fw}/Routing/Router.php(805): " + r"Illuminate\Pipeline\Pipeline->then(Object(Closure))",
        f"{fw}/Routing/Router.php(784): "
        + rf"Illuminate\Routing\Router->runRouteWithinStack(Object(Illuminate\Routing\Route), {rq})",
        f"{fw}/Routing/Router.php(748): "
        + rf"Illuminate\Routing\Router->runRoute({rq}, Object(Illuminate\Routing\Route))",
        f"{fw}/Routing/Router.php(737): " + rf"Illuminate\Routing\Router->dispatchToRoute({rq})",
        f"{fw}/Foundation/Http/Kernel.php(200): " + rf"Illuminate\Routing\Router->dispatch({rq})",
        f"{fw}/Pipeline/Pipeline.php(144): "
        + rf"Illuminate\Foundation\Http\Kernel->Illuminate\Foundation\Http\{{closure}}({rq})",
        f"{fw}/Pipeline/Pipeline.php(119): "
        + rf"Illuminate\Pipeline\Pipeline->Illuminate\Pipeline\{{closure}}({rq})",
        f"{fw}/Foundation/Http/Kernel.php(175): "
        + r"Illuminate\Pipeline\Pipeline->then(Object(Closure))",
        f"{fw}/Foundation/Http/Kernel.php(144): "
        + rf"Illuminate\Foundation\Http\Kernel->sendRequestThroughRouter({rq})",
        f"{PF}/public/index.php(51): " + rf"Illuminate\Foundation\Http\Kernel->handle({rq})",
    ]
    return out


def lv_event(
    msg: str,
    cls: str,
    code: int,
    where: str,
    frames: list[str],
    ctx: str = "",
    prev: list[str] | None = None,
) -> list[str]:
    """A laravel.log ERROR after its head: the message and Monolog's context with the exception
    (its trace, a previous exception's), written with the inline line breaks Laravel allows."""
    body = f'{{{ctx}"exception":"[object] ({mono_esc(cls)}(code: {code}): {mono_esc(msg)} at {where})\n[stacktrace]\n'
    body += (
        "\n".join(f"#{i} {mono_esc(f)}" for i, f in enumerate(frames))
        + f"\n#{len(frames)} {{main}}"
    )
    if prev:
        body += "\n\n" + "\n".join(prev)
    body += '\n"} '
    return f"{msg} {body}".split("\n")


PF_LOCAL = [
    "dansup",
    "mira.k",
    "tobias",
    "lenabakes",
    "ferdinand",
    "aurelie",
    "kai_shoots",
    "noemi",
]
PF_REMOTE = [
    ("mastodon.social", "users/{u}"),
    ("chaos.social", "users/{u}"),
    ("mastodon.example.town", "users/{u}"),
    ("pixey.example.social", "users/{u}"),
    ("photog.example.net", "users/{u}"),
    ("misskey.example.jp", "users/{u}"),
    ("fosstodon.org", "users/{u}"),
]
PF_NAMES = [
    "alex",
    "birdwatcher",
    "k8s_kate",
    "moonlit",
    "jonas",
    "sarah_p",
    "analog_anna",
    "mkoenig",
    "tomasz",
    "rhea",
    "fediphoto",
    "lina",
]


def pixelfed(r: random.Random) -> list[Log]:
    """Pixelfed 0.12 on one host (pixel.example.org): the Horizon container's output and the
    app's storage/logs/laravel.log, 06:00 to 12:00."""
    fs = Files()
    job_ns = {
        "del": r"App\Jobs\InboxPipeline\DeleteWorker",
        "val": r"App\Jobs\InboxPipeline\InboxValidator",
        "inbox": r"App\Jobs\InboxPipeline\InboxWorker",
        "feed": r"App\Jobs\HomeFeedPipeline\FeedInsertRemotePipeline",
        "avatar": r"App\Jobs\AvatarPipeline\RemoteAvatarFetch",
        "like": r"App\Jobs\LikePipeline\LikePipeline",
        "follow": r"App\Jobs\FollowPipeline\FollowPipeline",
        "lexer": r"App\Jobs\StatusPipeline\StatusEntityLexer",
        "deliver": r"App\Jobs\StatusPipeline\StatusActivityPubDeliver",
        "lfeed": r"App\Jobs\HomeFeedPipeline\FeedInsertPipeline",
        "opt": r"App\Jobs\ImageOptimizePipeline\ImageOptimize",
        "resize": r"App\Jobs\ImageOptimizePipeline\ImageResize",
        "thumb": r"App\Jobs\ImageOptimizePipeline\ImageThumbnail",
        "update": r"App\Jobs\ImageOptimizePipeline\ImageUpdate",
    }
    db_down = (at(9, 2, 10.0), at(9, 6, 41.0))
    pixey_down = (at(7, 40), at(8, 25))
    deploy = at(10, 30, 4.0)
    workers = [f"w{i}" for i in range(6)]
    free = dict.fromkeys(workers, T0 - sec(30))
    n_lv = [0]

    def runtime_str(ms_: float) -> str:
        return f"{ms_:.2f}ms" if ms_ <= 1000 else f"{int(ms_ // 1000)}s"

    def H(t: datetime, label: str | None, line: str, proc: object) -> datetime:
        return fs.add(
            "horizon.log",
            t,
            label,
            lambda x: [line.replace("{TS}", f"{x:%Y-%m-%d %H:%M:%S}")],
            proc,
            1_000_000,
        )

    def running(t: datetime, name: str, proc: object) -> datetime:
        dots = max(80 - len(name) - 33, 0)
        return H(t, "%s %s %s RUNNING", f"  {{TS}} {name} {'.' * dots} RUNNING", proc)

    def finished(t: datetime, name: str, ms_: float, ok: bool, proc: object) -> datetime:
        rt = runtime_str(ms_)
        dots = max(80 - len(name) - len(rt) - 31, 0)
        st = "DONE" if ok else "FAIL"
        return H(t, f"%s %s %s %s {st}", f"  {{TS}} {name} {'.' * dots} {rt} {st}", proc)

    def LV(t: datetime, label: str, lines: list[str], proc: object) -> datetime:
        n_lv[0] += 1
        return fs.add(
            "laravel.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] production.ERROR: {lines[0]}", *lines[1:]],
            ("lv", proc),
            1_000_000,
        )

    def remote_actor() -> tuple[str, str]:
        host, pat = r.choice(PF_REMOTE)
        return host, f"https://{host}/" + pat.format(u=r.choice(PF_NAMES))

    def sql_refused(
        t: datetime,
        sql: str,
        job: str | None,
        proc: object,
        web: tuple[str, str, str, int] | None = None,
    ) -> None:
        msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
        fw = f"{PF}/vendor/laravel/framework/src/Illuminate"
        top = [
            f"{fw}/Database/Connection.php(763): "
            + rf"Illuminate\Database\Connection->runQueryCallback({php_arg(sql)}, Array, Object(Closure))",
            f"{fw}/Database/Connection.php(422): "
            + rf"Illuminate\Database\Connection->run({php_arg(sql)}, Array, Object(Closure))",
            f"{fw}/Database/Query/Builder.php(2913): "
            + rf"Illuminate\Database\Connection->select({php_arg(sql)}, Array, true)",
            f"{fw}/Database/Query/Builder.php(2902): "
            + r"Illuminate\Database\Query\Builder->runSelect()",
            f"{fw}/Database/Query/Builder.php(3456): "
            + r"Illuminate\Database\Query\Builder->Illuminate\Database\Query\{closure}()",
            f"{fw}/Database/Query/Builder.php(2901): "
            + r"Illuminate\Database\Query\Builder->onceWithColumns(Array, Object(Closure))",
            f"{fw}/Database/Eloquent/Builder.php(739): "
            + r"Illuminate\Database\Query\Builder->get(Array)",
            f"{fw}/Database/Eloquent/Builder.php(723): "
            + r"Illuminate\Database\Eloquent\Builder->getModels(Array)",
            f"{fw}/Database/Concerns/BuildsQueries.php(333): "
            + r"Illuminate\Database\Eloquent\Builder->get(Array)",
        ]
        if job:
            short = job.rsplit("\\", 1)[1]
            sub = job.split("\\")[2]
            frames = [
                *top,
                f"{PF}/app/Jobs/{sub}/{short}.php({r.randint(60, 160)}): "
                + r"Illuminate\Database\Eloquent\Builder->first()",
                *pf_job_tail(job),
            ]
            ctx = ""
        else:
            assert web
            ctl, action, arg, uid = web
            frames = [
                *top,
                f"{PF}/app/Services/StatusService.php(41): "
                + r"Illuminate\Database\Eloquent\Builder->first()",
                *pf_web_frames(ctl, action, arg),
            ]
            ctx = f'"userId":{uid},'
        prev = [
            f"[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at {fw}/Database/Connectors/Connector.php:65)",
            "[stacktrace]",
            f"#0 {fw}/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db;p...', 'pixelfed', Object(SensitiveParameterValue), Array)",
            f"#1 {fw}/Database/Connectors/Connector.php(44): "
            + mono_esc(
                r"Illuminate\Database\Connectors\Connector->createPdoConnection('mysql:host=db;p...', 'pixelfed', Object(SensitiveParameterValue), Array)"
            ),
            f"#2 {fw}/Database/Connectors/MySqlConnector.php(24): "
            + mono_esc(
                r"Illuminate\Database\Connectors\Connector->createConnection('mysql:host=db;p...', Array, Array)"
            ),
            f"#3 {fw}/Database/Connectors/ConnectionFactory.php(184): "
            + mono_esc(r"Illuminate\Database\Connectors\MySqlConnector->connect(Array)"),
            "#4 [internal function]: "
            + mono_esc(
                r"Illuminate\Database\Connectors\ConnectionFactory->Illuminate\Database\Connectors\{closure}()"
            ),
            f"#5 {fw}/Database/Connection.php(1339): call_user_func(Object(Closure))",
            f"#6 {fw}/Database/Connection.php(528): "
            + mono_esc(r"Illuminate\Database\Connection->getPdo()"),
            "#7 {main}",
        ]
        LV(
            t,
            "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
            lv_event(
                msg,
                r"Illuminate\Database\QueryException",
                2002,
                f"{fw}/Database/Connection.php:801",
                frames,
                ctx,
                prev,
            ),
            proc,
        )

    # --- the jobs: (arrival, kind, runtime ms, outcome) where outcome is None (DONE) or a failure
    jobs: list[tuple[datetime, str, float, object]] = []
    for t in poisson(r, T0, T_END, 62.0):
        jobs.append((t, "del", r.uniform(3, 30), None))
    for t in poisson(
        r, at(6, 40), at(6, 52), 4.5
    ):  # mastodon.example.town shutting down: its accounts' deletes
        jobs.append((t, "del", r.uniform(3, 18), None))
    for t in poisson(r, T0, T_END, 88.0):
        jobs.append((t, "val", r.uniform(15, 380), None))
        if r.random() < 0.5:
            jobs.append((t + sec(r.uniform(0.5, 2)), "feed", r.uniform(4, 25), None))
    for t in poisson(r, T0, T_END, 290.0):
        jobs.append((t, "inbox", r.uniform(20, 200), None))
    for t in poisson(r, T0, T_END, 250.0):
        jobs.append((t, "avatar", r.uniform(80, 900), None))
    for t in poisson(r, T0, T_END, 820.0):
        jobs.append((t, "like", r.uniform(10, 60), None))
    for t in poisson(r, T0, T_END, 5400.0):
        jobs.append((t, "follow", r.uniform(30, 120), None))
    for t in poisson(r, T0, T_END, 1500.0):  # local posts with their photos
        jobs.append((t, "lexer", r.uniform(30, 120), None))
        jobs.append((t + sec(0.4), "lfeed", r.uniform(8, 40), None))
        jobs.append((t + sec(1.2), "deliver", r.uniform(1300, 9800), None))
        for k in range(r.choice([1, 1, 2, 3])):
            tt = t - sec(r.uniform(20, 60)) + sec(k * 0.3)
            jobs.append((tt, "opt", r.uniform(400, 2600), None))
            jobs.append((tt + sec(3), "resize", r.uniform(200, 900), None))
            jobs.append((tt + sec(4), "thumb", r.uniform(60, 300), None))
            jobs.append((tt + sec(5), "update", r.uniform(20, 90), None))
    jobs.append((at(11, 12, 8.0), "opt", 0.0, "oom"))
    # failures of the avatar fetches and inbox jobs
    out: list[tuple[datetime, str, float, object]] = []
    for t, kind, ms_, outcome in jobs:
        if kind == "avatar":
            host, _actor = remote_actor()
            u = f"https://{host}/system/accounts/avatars/{r.randint(100, 112):03d}/{r.randint(100, 999):03d}/{r.randint(100, 999):03d}/original/{hexid(r, 16)}.{r.choice(['png', 'jpg', 'jpeg'])}"
            if in_any(t, [pixey_down]) and r.random() < 0.6:
                host, u = (
                    "pixey.example.social",
                    f"https://pixey.example.social/storage/avatars/{hexid(r, 24)}.jpg",
                )
                if r.random() < 0.6:
                    outcome = ("curl28", u)
                    ms_ = 10_000 + r.uniform(1, 20)
                else:
                    outcome = ("curl7", u)
                    ms_ = r.uniform(3, 40)
            elif r.random() < 0.16:
                outcome = (
                    "gone",
                    u,
                    r.choice([(410, "Gone"), (404, "Not Found"), (404, "Not Found")]),
                )
            elif r.random() < 0.05:
                outcome = ("curl6", u.replace(host, "img.oldpixels.example"))
            elif r.random() < 0.05:
                outcome = (
                    "server",
                    u.replace(host, "photog.example.net"),
                    r.choice([(502, "Bad Gateway"), (503, "Service Unavailable")]),
                )
        if kind == "inbox" and outcome is None and r.random() < 0.07:
            outcome = ("key", None)
        if kind == "like" and outcome is None and r.random() < 0.12:
            outcome = ("deadlock", None)
        out.append((t, kind, ms_, outcome))
    jobs = sorted(out, key=lambda j: j[0])

    pending_retry: list[tuple[datetime, str]] = []
    for t, kind, ms_, outcome in jobs:
        if deploy - sec(15) <= t < deploy + sec(4):
            t = deploy + sec(4 + r.uniform(0, 3))
        w = min(workers, key=lambda k: free[k])
        start = max(t, free[w] + sec(r.uniform(0.01, 0.2)))
        name = job_ns[kind]
        if in_any(start, [db_down]) and kind in ("del", "val", "inbox", "feed", "like"):
            outcome = ("db", None)
            ms_ = r.uniform(1.5, 6)
        s1 = running(start, name, w)
        end = s1 + sec(ms_ / 1000)
        if outcome == "oom":
            # the worker dies in Intervention Image: PHP's fatal error on stderr, then the retry
            end = s1 + sec(r.uniform(2.5, 4.0))
            H(
                end,
                "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
                "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 52428800 bytes) in /var/www/vendor/intervention/image/src/Intervention/Image/Gd/Decoder.php on line 62",
                w,
            )
            LV(
                end + sec(0.001),
                "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
                lv_event(
                    "Allowed memory size of 134217728 bytes exhausted (tried to allocate 52428800 bytes)",
                    r"Symfony\Component\ErrorHandler\Error\FatalError",
                    0,
                    f"{PF}/vendor/intervention/image/src/Intervention/Image/Gd/Decoder.php:62",
                    [],
                ),
                w,
            )
            free[w] = end + sec(2)
            pending_retry.append((end + sec(90 + r.uniform(0, 2)), name))
            continue
        ok = outcome is None
        if isinstance(outcome, tuple):
            what = outcome[0]
            lv_t = end - sec(0.001)
            if what == "db":
                sql = {
                    "del": "select * from `profiles` where `remote_url` = https://mastodon.social/users/"
                    + r.choice(PF_NAMES)
                    + " limit 1",
                    "val": "select * from `profiles` where `username` = "
                    + r.choice(PF_LOCAL)
                    + " and `domain` is null limit 1",
                    "inbox": "select * from `statuses` where `object_url` = https://chaos.social/users/"
                    + r.choice(PF_NAMES)
                    + f"/statuses/{r.randint(10**17, 10**18 - 1)} limit 1",
                    "feed": f"select * from `followers` where `following_id` = {r.randint(700000000000000000, 709999999999999999)}",
                    "like": f"select * from `statuses` where `statuses`.`id` = {r.randint(700000000000000000, 709999999999999999)} and `statuses`.`deleted_at` is null limit 1",
                }[kind]
                sql_refused(lv_t, sql, name, w)
                if r.random() < 0.5:
                    pending_retry.append((db_down[1] + sec(r.uniform(60, 240)), name))
            elif what in ("curl28", "curl7", "curl6"):
                u = outcome[1]
                host = u.split("/")[2]
                if what == "curl28":
                    msg = f"cURL error 28: Operation timed out after {r.randint(10000, 10004)} milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for {u}"
                    label = "cURL error %s: Operation timed out after %d milliseconds with %d bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s"
                elif what == "curl7":
                    msg = f"cURL error 7: Failed to connect to {host} port 443 after {r.randint(1, 40)} ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for {u}"
                    label = "cURL error %s: Failed to connect to %s port %d after %d ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s"
                else:
                    msg = f"cURL error 6: Could not resolve host: {host} (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for {u}"
                    label = "cURL error %s: Could not resolve host: %s (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s"
                LV(
                    lv_t,
                    label,
                    lv_event(
                        msg,
                        r"GuzzleHttp\Exception\ConnectException",
                        0,
                        f"{PF}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275",
                        pf_guzzle_frames(u, True),
                    ),
                    w,
                )
            elif what in ("gone", "server"):
                u = outcome[1]
                code, reason = outcome[2]
                word, cls = (
                    ("Client error", r"GuzzleHttp\Exception\ClientException")
                    if code < 500
                    else ("Server error", r"GuzzleHttp\Exception\ServerException")
                )
                body = {
                    410: '{"error":"Gone"}',
                    404: '{"error":"Record not found"}',
                    502: "<html>",
                    503: "<html>",
                }[code]
                if code >= 500:
                    body = (
                        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
                        if code == 502
                        else "<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>We'll be back soon (truncated...)"
                    )
                msg = f"{word}: `GET {u}` resulted in a `{code} {reason}` response:\n{body}\n"
                LV(
                    lv_t,
                    f"{word}: `%s %s` resulted in a `%s %s` response:",
                    lv_event(
                        msg,
                        cls,
                        code,
                        f"{PF}/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113",
                        pf_guzzle_frames(u, False),
                    ),
                    w,
                )
            elif what == "key":
                frames = [
                    f"{PF}/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(255): "
                    + r"Illuminate\Foundation\Bootstrap\HandleExceptions->handleError(2, 'Undefined array...', '/var/www/app/Ut...', 421)",
                    f"{PF}/app/Util/ActivityPub/Inbox.php(421): "
                    + r"Illuminate\Foundation\Bootstrap\HandleExceptions->Illuminate\Foundation\Bootstrap\{closure}(2, 'Undefined array...', '/var/www/app/Ut...', 421)",
                    f"{PF}/app/Util/ActivityPub/Inbox.php(141): "
                    + r"App\Util\ActivityPub\Inbox->handleAnnounceActivity()",
                    f"{PF}/app/Jobs/InboxPipeline/InboxWorker.php(95): "
                    + r"App\Util\ActivityPub\Inbox->handle()",
                    *pf_job_tail(job_ns["inbox"]),
                ]
                LV(
                    lv_t,
                    'Undefined array key "%s"',
                    lv_event(
                        'Undefined array key "object"',
                        "ErrorException",
                        0,
                        f"{PF}/app/Util/ActivityPub/Inbox.php:421",
                        frames,
                    ),
                    w,
                )
            elif what == "deadlock":
                sid = r.randint(700000000000000000, 709999999999999999)
                sql = f"update `statuses` set `likes_count` = {r.randint(2, 80)}, `statuses`.`updated_at` = {end:%Y-%m-%d %H:%M:%S} where `id` = {sid}"
                msg = f"SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (Connection: mysql, SQL: {sql})"
                fw = f"{PF}/vendor/laravel/framework/src/Illuminate"
                frames = [
                    f"{fw}/Database/Connection.php(763): "
                    + rf"Illuminate\Database\Connection->runQueryCallback({php_arg(sql)}, Array, Object(Closure))",
                    f"{fw}/Database/Connection.php(597): "
                    + rf"Illuminate\Database\Connection->run({php_arg(sql)}, Array, Object(Closure))",
                    f"{fw}/Database/Connection.php(549): "
                    + rf"Illuminate\Database\Connection->affectingStatement({php_arg(sql)}, Array)",
                    f"{fw}/Database/Query/Builder.php(3654): "
                    + rf"Illuminate\Database\Connection->update({php_arg(sql)}, Array)",
                    f"{fw}/Database/Eloquent/Builder.php(1035): "
                    + r"Illuminate\Database\Query\Builder->update(Array)",
                    f"{fw}/Database/Eloquent/Model.php(1232): "
                    + r"Illuminate\Database\Eloquent\Builder->update(Array)",
                    f"{fw}/Database/Eloquent/Model.php(1149): "
                    + r"Illuminate\Database\Eloquent\Model->performUpdate(Object(Illuminate\Database\Eloquent\Builder))",
                    f"{PF}/app/Jobs/LikePipeline/LikePipeline.php(74): "
                    + r"Illuminate\Database\Eloquent\Model->save()",
                    *pf_job_tail(job_ns["like"]),
                ]
                LV(
                    lv_t,
                    "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (Connection: %s, SQL: %s)",
                    lv_event(
                        msg,
                        r"Illuminate\Database\QueryException",
                        40001,
                        f"{fw}/Database/Connection.php:801",
                        frames,
                    ),
                    w,
                )
        e = finished(end, name, ms_, ok, w)
        free[w] = e
    # retried jobs that exceeded their attempts (the OOM'd image, jobs released in the outage)
    for t, name in sorted(pending_retry):
        w = min(workers, key=lambda k: free[k])
        start = max(t, free[w] + sec(0.05))
        s1 = running(start, name, w)
        msg = f"{name} has been attempted too many times."
        fw = f"{PF}/vendor/laravel/framework/src/Illuminate"
        rj = r"Object(Illuminate\Queue\Jobs\RedisJob)"
        frames = [
            f"{fw}/Queue/Worker.php(785): "
            + rf"Illuminate\Queue\MaxAttemptsExceededException::forJob({rj})",
            f"{fw}/Queue/Worker.php(519): "
            + rf"Illuminate\Queue\Worker->maxAttemptsExceededException({rj})",
            f"{fw}/Queue/Worker.php(428): "
            + rf"Illuminate\Queue\Worker->markJobAsFailedIfAlreadyExceedsMaxAttempts('redis', {rj}, 1)",
            *pf_worker_tail()[1:],
        ]
        LV(
            s1 + sec(0.002),
            "%s has been attempted too many times.",
            lv_event(
                msg,
                r"Illuminate\Queue\MaxAttemptsExceededException",
                0,
                f"{fw}/Queue/MaxAttemptsExceededException.php:24",
                frames,
            ),
            w,
        )
        free[w] = finished(s1 + sec(0.003), name, r.uniform(0.3, 1.2), False, w)
    # Horizon restarted by the deploy's `php artisan horizon:terminate`
    H(deploy + sec(2.5), None, "", "horizon")
    H(
        deploy + sec(2.5),
        "Horizon started successfully.",
        "   INFO  Horizon started successfully.",
        "horizon",
    )
    H(deploy + sec(2.5), None, "", "horizon")
    # the web app's errors: a deleted status's context, and the API while MySQL is down
    ctl = r"App\Http\Controllers\Api\ApiV1Controller"
    for t in poisson(r, T0, T_END, 2400.0):
        sid = str(r.randint(700000000000000000, 709999999999999999))
        frames = [
            f"{PF}/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(255): "
            + r"Illuminate\Foundation\Bootstrap\HandleExceptions->handleError(2, 'Attempt to read...', '/var/www/app/Ht...', 3281)",
            f"{PF}/app/Http/Controllers/Api/ApiV1Controller.php(3281): "
            + r"Illuminate\Foundation\Bootstrap\HandleExceptions->Illuminate\Foundation\Bootstrap\{closure}(2, 'Attempt to read...', '/var/www/app/Ht...', 3281)",
            *pf_web_frames(ctl, "statusContext", sid),
        ]
        LV(
            t,
            'Attempt to read property "%s" on null',
            lv_event(
                'Attempt to read property "id" on null',
                "ErrorException",
                0,
                f"{PF}/app/Http/Controllers/Api/ApiV1Controller.php:3281",
                frames,
                f'"userId":{r.choice([1, 3, 14, 27, 41])},',
            ),
            ("fpm", r.randint(1, 9)),
        )
    for t in poisson(r, db_down[0], db_down[1], 14.0):
        sid = str(r.randint(700000000000000000, 709999999999999999))
        sql_refused(
            t,
            f"select * from `statuses` where `id` = {sid} and `statuses`.`deleted_at` is null limit 1",
            None,
            ("fpm", r.randint(1, 9)),
            (ctl, "statusById", sid, r.choice([1, 3, 14, 27, 41])),
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- writefreely


def go_printf_noargs(s: str) -> str:
    """What Go's log.Printf makes of a string used as the format with no arguments: each `%`
    verb becomes `%!v(MISSING)` (WriteFreely logs its request line through log.Info)."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        i += 1
        while i < len(s) and s[i] in "+-# 0":
            i += 1
        while i < len(s) and s[i].isdigit():
            i += 1
        if i < len(s) and s[i] == ".":
            i += 1
            while i < len(s) and s[i].isdigit():
                i += 1
        if i >= len(s):
            out.append("%!(NOVERB)")
        elif s[i] == "%":
            out.append("%")
            i += 1
        else:
            out.append(f"%!{s[i]}(MISSING)")
            i += 1
    return "".join(out)


WF_BLOGS = {
    # alias: (collection id, post slugs)
    "alice": (
        2,
        [
            "notes-on-slow-mornings",
            "a-year-without-a-car",
            "why-i-left-the-cloud",
            "sourdough-diary-week-12",
            "the-garden-in-june",
        ],
    ),
    "slowcooking": (3, ["braised-leeks", "the-perfect-dal", "weeknight-ramen", "on-salt"]),
    "bob": (
        4,
        [
            "self-hosting-in-2024",
            "my-backup-strategy",
            "tuning-postgres-on-a-pi",
            "moving-to-nixos",
        ],
    ),
    "fieldnotes": (5, ["spring-migration-log", "the-heron-at-dawn", "counting-swifts"]),
    "tinkerlog": (
        6,
        [
            "esp32-weather-station",
            "fixing-a-dead-psu",
            "soldering-for-beginners",
            "3d-printed-enclosures",
        ],
    ),
    "marguerite": (7, ["lettre-a-mon-frere", "le-marche-du-samedi", "carnet-de-voyage-lisbonne"]),
    "dev-diary": (
        8,
        ["rust-lifetimes-finally-clicked", "a-tiny-http-server", "profiling-go-services"],
    ),
    "poems": (9, ["untitled-14", "harbour", "what-the-river-said"]),
}
WF_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
]
WF_FEEDS = [
    "Miniflux/2.1.3 (https://miniflux.app)",
    "FreshRSS/1.23.1 (Linux; https://freshrss.org)",
    "NetNewsWire (RSS Reader; https://netnewswire.com/)",
    "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 14 subscribers; like FeedFetcher-Google)",
    "Tiny Tiny RSS/23.12 (https://tt-rss.org/)",
]
WF_FEDI = [
    ("mastodon.social", "http.rb/5.1.1 (Mastodon/4.2.9; +https://mastodon.social/)"),
    ("chaos.social", "http.rb/5.1.1 (Mastodon/4.2.9; +https://chaos.social/)"),
    ("fosstodon.org", "http.rb/5.1.1 (Mastodon/4.2.8; +https://fosstodon.org/)"),
    ("misskey.example.jp", "Misskey/2024.5.0 (https://misskey.example.jp)"),
    ("gts.example.net", "gotosocial/0.15.0 (+https://gts.example.net)"),
    ("toot.deadinstance.net", "http.rb/5.1.1 (Mastodon/4.1.4; +https://toot.deadinstance.net/)"),
]
WF_TAGS = [
    "self%20hosting",
    "slow%20food",
    "caf%C3%A9",
    "fediverse",
    "birds",
    "diy",
    "po%C3%A9sie",
    "open%20source",
    "100%25%20offline",
]


def writefreely(r: random.Random) -> list[Log]:
    """WriteFreely 0.15 (write.example.org, multi-user, federation on, MySQL), its container's
    output, 06:00 to 12:00."""
    fs = Files()
    mysql_restart = at(8, 14, 20.0)
    restart = at(9, 45, 3.0)

    def WI(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "writefreely.log", t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"], "wf", 1_000_000
        )

    def E(t: datetime, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            "writefreely.log",
            t,
            label,
            lambda x: [f"ERROR: {x:%Y/%m/%d %H:%M:%S} {where}: {msg}"],
            "wf",
            1_000_000,
        )

    def M(t: datetime, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            "writefreely.log",
            t,
            label,
            lambda x: [f"[mysql] {x:%Y/%m/%d %H:%M:%S} {where}: {msg}"],
            "wf",
            1_000_000,
        )

    def req(
        t: datetime, method: str, uri: str, route: str, status: int, ms_: float, ua: str
    ) -> datetime:
        line = go_printf_noargs(f'"{method} {uri}" {status} {go_dur(ms_ / 1000)} "{ua}"')
        return WI(t, f'"{method} {route}" {status} %s "%s"', line)

    def down(t: datetime) -> bool:
        return restart - sec(0.5) <= t < restart + sec(1.8)

    def blog_index(t: datetime, alias: str, ua: str) -> None:
        if down(t):
            return
        if mysql_restart <= t < mysql_restart + sec(4):
            E(
                t,
                "database.go:905",
                "Failed selecting from collections: invalid connection",
                "Failed selecting from collections: invalid connection",
            )
            req(t + sec(0.001), "GET", f"/{alias}/", "/%s/", 500, r.uniform(2, 9), ua)
            return
        req(t, "GET", f"/{alias}/", "/%s/", 200, r.uniform(6, 40), ua)

    # readers and crawlers
    for t in poisson(r, T0, T_END, 62.0):
        blog_index(t, r.choice(list(WF_BLOGS)), r.choice(WF_BROWSERS))
    for t in poisson(r, T0, T_END, 26.0):
        if down(t):
            continue
        alias = r.choice(list(WF_BLOGS))
        slug = r.choice(WF_BLOGS[alias][1])
        req(t, "GET", f"/{alias}/{slug}", "/%s/%s", 200, r.uniform(4, 35), r.choice(WF_BROWSERS))
    for t in poisson(r, T0, T_END, 58.0):
        if down(t):
            continue
        alias = r.choice(list(WF_BLOGS))
        req(t, "GET", f"/{alias}/feed/", "/%s/feed/", 200, r.uniform(5, 28), r.choice(WF_FEEDS))
    # Bytespider walking the Reader's tag pages, percent-encoded tags and all, 10:30-11:00
    spider = "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)"
    for t in poisson(r, at(10, 30), at(11, 0), 14.0):
        tag = r.choice(WF_TAGS)
        page = f"?page={r.randint(2, 9)}" if r.random() < 0.4 else ""
        req(t, "GET", f"/read/t/{tag}{page}", "/read/t/%s", 200, r.uniform(25, 140), spider)
    # the fediverse: actor fetches, webfinger, inbox deliveries (mostly Deletes, some Likes and Follows)
    for t in poisson(r, T0, T_END, 150.0):
        if down(t):
            continue
        host, ua = r.choice(WF_FEDI[:5])
        req(
            t,
            "GET",
            f"/api/collections/{r.choice(list(WF_BLOGS))}",
            "/api/collections/%s",
            200,
            r.uniform(2, 12),
            ua,
        )
    for t in poisson(r, T0, T_END, 200.0):
        if down(t):
            continue
        host, ua = r.choice(WF_FEDI[:5])
        acct = f"{r.choice(list(WF_BLOGS))}@write.example.org"
        req(
            t,
            "GET",
            f"/.well-known/webfinger?resource=acct:{acct}",
            "/.well-known/webfinger?resource=acct:%s",
            200,
            r.uniform(1, 6),
            ua,
        )
    known: set[str] = set()
    names = [
        "kl",
        "ravenna",
        "jpm",
        "dottie",
        "sebastian",
        "hmiller",
        "quokka",
        "lenz",
        "ada_l",
        "pim",
        "nordlicht",
        "fernweh",
    ]
    for t in poisson(r, T0, T_END, 68.0):
        if down(t):
            continue
        host, ua = r.choice(WF_FEDI[:5])
        alias = r.choice(list(WF_BLOGS))
        actor = f"https://{host}/users/{r.choice(names)}"
        kind = weighted(r, [(0.8, "delete"), (0.16, "like"), (0.04, "follow")])
        tt = t
        if kind in ("like", "follow"):
            tt = WI(tt, "Fetching actor %s locally", f"Fetching actor {actor} locally")
            if actor not in known:
                tt = WI(
                    tt + sec(0.002),
                    "Not found; fetching actor %s remotely",
                    f"Not found; fetching actor {actor} remotely",
                )
                tt = WI(tt + sec(0.001), "GET %s", f"GET {actor}")
                known.add(actor)
        tt = req(
            tt + sec(r.uniform(0.05, 0.4)),
            "POST",
            f"/api/collections/{alias}/inbox",
            "/api/collections/%s/inbox",
            200,
            r.uniform(3, 400),
            ua,
        )
        if kind == "follow":
            WI(tt + sec(2.0), "POST %s", f"POST {actor}/inbox")
    # MySQL restarted under the app at 08:14:20: the queries in flight die with the connections
    for k in range(2):
        tt = mysql_restart + sec(0.3 + k * 1.1)
        M(tt, "packets.go:37", "unexpected EOF", "unexpected EOF")
        blog_index(tt + sec(0.001), r.choice(list(WF_BLOGS)), r.choice(WF_BROWSERS))
    # posts published, federated to the blog's followers
    followers = {
        "alice": [
            ("mastodon.social", "kl"),
            ("mastodon.social", "ravenna"),
            ("chaos.social", "lenz"),
            ("fosstodon.org", "pim"),
            ("toot.deadinstance.net", "fernweh"),
        ],
        "fieldnotes": [("mastodon.social", "dottie"), ("gts.example.net", "quokka")],
        "bob": [
            ("fosstodon.org", "ada_l"),
            ("chaos.social", "nordlicht"),
            ("mastodon.social", "hmiller"),
            ("toot.deadinstance.net", "jpm"),
            ("misskey.example.jp", "sebastian"),
        ],
    }
    for when, alias in [
        (at(7, 20, 41.0), "alice"),
        (at(9, 10, 2.0), "fieldnotes"),
        (at(11, 20, 17.0), "bob"),
    ]:
        tt = req(when, "POST", "/api/posts", "/api/posts", 200, r.uniform(30, 90), WF_BROWSERS[1])
        fl = followers[alias]
        coll = WF_BLOGS[alias][0]
        items = " ".join(
            f"{{ID:0 ActorID:https://{h}/users/{u} Inbox:https://{h}/users/{u}/inbox SharedInbox:https://{h}/inbox URL: Handle: Created:0001-01-01 00:00:00 +0000 UTC}}"
            for h, u in fl
        )
        tt = WI(tt + sec(0.01), "Followers for %d: %+v", f"Followers for {coll}: &[{items}]")
        for h in dict.fromkeys(h for h, _ in fl):
            tt = WI(tt + sec(r.uniform(0.01, 0.05)), "POST %s", f"POST https://{h}/inbox")
            if h == "toot.deadinstance.net":
                tt = E(
                    tt + sec(0.02),
                    "activitypub.go:720",
                    "Couldn't post! Post %q: dial tcp: lookup %s on %s: no such host",
                    f'Couldn\'t post! Post "https://{h}/inbox": dial tcp: lookup {h} on 127.0.0.11:53: no such host',
                )
            else:
                tt += sec(r.uniform(0.2, 0.9))
        # the followers' servers fetch the new post's author
        for h, _u in fl[:3]:
            ua = dict(WF_FEDI)[h]
            req(
                tt + sec(r.uniform(1, 6)),
                "GET",
                f"/api/collections/{alias}",
                "/api/collections/%s",
                200,
                r.uniform(2, 9),
                ua,
            )
    # restarted at 09:45 to turn the local timeline on
    t = WI(restart, "Shutting down...", "Shutting down...")
    WI(t + sec(0.01), "Done.", "Done.")
    t = restart + sec(1.1)
    for label, msg in [
        ("Starting %s %s...", "Starting WriteFreely 0.15.0..."),
        ("Loading %s configuration...", "Loading config.ini configuration..."),
        ("Loading templates...", "Loading templates..."),
        ("Loading pages...", "Loading pages..."),
        ("Loading user pages...", "Loading user pages..."),
        ("Loading encryption keys...", "Loading encryption keys..."),
        ("Connecting to %s database...", "Connecting to mysql database..."),
        ("Initializing local timeline...", "Initializing local timeline..."),
        ("Going to serve...", "Going to serve..."),
        ("Serving on %s://%s", "Serving on http://0.0.0.0:8080"),
        ("---", "---"),
    ]:
        t = WI(t + sec(0.01), label, msg)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ gotify


def gin_latency(s: float) -> str:
    """time.Duration's String(), truncated to whole seconds past a minute as Gotify's formatter does."""
    if s < 60:
        return go_dur(s)
    n = int(s)
    h, rest = divmod(n, 3600)
    m, sec_ = divmod(rest, 60)
    return f"{h}h{m}m{sec_}s" if h else f"{m}m{sec_}s"


GF_PHONES = {
    # client: (wifi ip, mobile ips)
    "pixel-phil": ("192.168.10.31", ["100.72.14.203", "100.72.9.41", "100.72.30.118"]),
    "pixel-anna": ("192.168.10.34", ["100.81.66.12", "100.81.70.201"]),
    "fairphone-leo": ("192.168.10.37", ["10.171.4.88", "10.171.9.3"]),
}


def gotify(r: random.Random) -> list[Log]:
    """Gotify server 2.4 (push.example.home, SQLite, behind nginx), `docker logs` of its
    container, 06:00 to 12:00."""
    fs = Files()
    nginx_bad = (at(8, 15, 31.0), at(8, 52, 10.0))
    restart = at(8, 40, 12.0)
    back = at(8, 40, 19.5)
    ws_err = "websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header"

    def A(
        t: datetime,
        status: int,
        lat: float,
        ip: str,
        method: str,
        path: str,
        route: str,
        err: str = "",
        err_label: str = "",
    ) -> datetime:
        lines = [
            f'{{TS}} | {status:3d} | {gin_latency(lat):>13} | {ip:>15} | {method:<7}  "{path}"'
        ]
        if err:
            lines.append(f"Error #01: {err}")
        return fs.add(
            "gotify.log",
            t,
            f'%v | {status} | %13v | %15s | {method:<7}  "{route}"',
            lambda x: [lines[0].replace("{TS}", f"{x:%Y-%m-%d %H:%M:%S}"), *lines[1:]],
            "gotify",
            1_000_000,
        )

    def P(t: datetime, label: str, line: str) -> datetime:
        return fs.add("gotify.log", t, label, lambda x: [line], "gotify", 1_000_000)

    def up(t: datetime) -> bool:
        return not (restart <= t < back)

    # uptime kuma's HTTP check of /health every 30 s
    t = T0 + sec(7.3)
    while t < T_END:
        if up(t):
            A(t, 200, r.uniform(0.00008, 0.0004), "192.168.10.15", "GET", "/health", "/health")
        t += sec(30 + r.uniform(-0.05, 0.05))
    # publishers
    pubs = [
        ("192.168.10.5", 55.0, (0.0018, 0.009)),  # home assistant automations
        ("192.168.10.12", 75.0, (0.0015, 0.006)),  # the NAS's disk and SMART checks
        ("192.168.10.15", 140.0, (0.0016, 0.007)),  # apprise-api forwarding uptime kuma and backups
        ("192.168.10.16", 600.0, (0.002, 0.008)),  # sonarr / radarr
        ("192.168.10.18", 420.0, (0.002, 0.009)),  # woodpecker CI
    ]
    for ip, mean, (lo, hi) in pubs:
        for t in poisson(r, T0, T_END, mean):
            if ip == "192.168.10.15" and at(9, 40, 20.0) <= t < at(9, 58, 40.0):
                continue  # apprise-api cannot resolve push.example.home (Pi-hole's local record lost)
            if up(t):
                A(
                    t,
                    200,
                    r.uniform(lo, hi),
                    ip,
                    "POST",
                    "/message?token=[masked]",
                    "/message?token=[masked]",
                )
    # backups on the hour, header-authenticated (no token in the query)
    for h in range(6, 12):
        for k, ip in enumerate(["192.168.10.12", "192.168.10.21"]):
            A(
                at(h, 0, 40.0 + 95 * k + r.uniform(0, 30)),
                200,
                r.uniform(0.002, 0.006),
                ip,
                "POST",
                "/message",
                "/message",
            )
    # an old Raspberry Pi still posting with a deleted application's token
    for t in poisson(r, T0, T_END, 180.0):
        if up(t):
            A(
                t,
                401,
                r.uniform(0.0001, 0.0004),
                "192.168.10.40",
                "POST",
                "/message?token=[masked]",
                "/message?token=[masked]",
                "you need to provide a valid access token or user credentials to access this api",
            )
    # a script posting an empty message when its check has nothing to say
    for t in poisson(r, at(6, 30), at(11, 30), 1500.0):
        A(
            t,
            400,
            r.uniform(0.0002, 0.0006),
            "192.168.10.12",
            "POST",
            "/message?token=[masked]",
            "/message?token=[masked]",
            "Key: 'MessageExternal.Message' Error:Field validation for 'Message' failed on the 'required' tag",
        )
    # the phones' and the desktop's websocket streams (logged when they end)
    clients = [(k, v[0], v[1]) for k, v in GF_PHONES.items()] + [("desktop", "192.168.10.20", [])]
    for name, wifi, mobile in clients:
        t = T0 - sec(r.uniform(60, 1200))
        ip = wifi
        fails = 0
        while t < T_END:
            if in_any(t, [nginx_bad]) or not up(t):
                if up(t):
                    A(
                        t,
                        400,
                        r.uniform(0.00006, 0.0002),
                        ip,
                        "GET",
                        "/stream?token=[masked]",
                        "/stream?token=[masked]",
                        ws_err,
                    )
                fails += 1
                t += (
                    sec(min(30 * fails, 300) + r.uniform(0, 3))
                    if name != "desktop"
                    else sec(r.uniform(3, 6) * min(fails, 10))
                )
                continue
            fails = 0
            dur = r.expovariate(1 / (1500 if name != "desktop" else 9000))
            end = t + sec(dur)
            cut = False
            if t < restart < end:
                end, cut = restart + sec(r.uniform(0.01, 0.4)), True
            if end >= T_END:
                break
            if end > T0:
                A(
                    end,
                    200,
                    (end - t).total_seconds(),
                    ip,
                    "GET",
                    "/stream?token=[masked]",
                    "/stream?token=[masked]",
                )
            if name != "desktop" and r.random() < 0.5:
                ip = r.choice([wifi, *mobile])
            t = (back + sec(r.uniform(5, 40))) if cut else end + sec(r.uniform(2, 20))
            # the app refreshes its applications and their icons after a reconnect
            if (
                name != "desktop"
                and r.random() < 0.35
                and T0 < t < T_END
                and up(t)
                and not in_any(t, [nginx_bad])
            ):
                tt = A(
                    t + sec(0.3),
                    200,
                    r.uniform(0.0008, 0.003),
                    ip,
                    "GET",
                    "/application",
                    "/application",
                )
                for icon in r.sample(
                    [
                        "a1f3c0d2e4b5.png",
                        "9b8e7d6c5f4a.png",
                        "5c4d3e2f1a0b.png",
                        "e0f1a2b3c4d5.png",
                    ],
                    r.randint(1, 3),
                ):
                    tt = A(
                        tt + sec(0.05),
                        200,
                        r.uniform(0.0002, 0.0012),
                        ip,
                        "GET",
                        f"/image/{icon}",
                        "/image/%s",
                    )
    # the web UI opened three times; a few messages deleted
    for when in [at(7, 5, 12.0), at(9, 31, 40.0), at(11, 14, 3.0)]:
        ip = "192.168.10.20"
        tt = A(when, 200, r.uniform(0.0003, 0.001), ip, "GET", "/", "/")
        tt = A(
            tt + sec(0.2),
            200,
            r.uniform(0.002, 0.01),
            ip,
            "GET",
            "/static/js/main.4c1e3a07.js",
            "/static/%s",
        )
        for path in ["/current/user", "/version", "/application", "/client", "/message?limit=100"]:
            tt = A(
                tt + sec(r.uniform(0.05, 0.3)), 200, r.uniform(0.0005, 0.004), ip, "GET", path, path
            )
        for _ in range(r.randint(2, 6)):
            tt = A(
                tt + sec(r.uniform(2, 25)),
                200,
                r.uniform(0.001, 0.004),
                ip,
                "DELETE",
                f"/message/{r.randint(18000, 18900)}",
                "/message/%s",
            )
    # a scanner at 10:10
    for t in poisson(r, at(10, 10, 5.0), at(10, 13, 0), 3.5):
        path = r.choice(
            [
                "/.env",
                "/wp-login.php",
                "/.git/config",
                "/admin/config.php",
                "/server-status",
                "/phpmyadmin/",
                "/api/v1/pods",
                "/actuator/env",
                "/config.json",
                "/.aws/credentials",
            ]
        )
        A(t, 404, r.uniform(0.00003, 0.0001), "45.148.10.92", "GET", path, "%s")
    # restarted at 08:40 to pick up the trusted proxies setting
    P(
        restart - sec(0.3),
        "Shutting down: received signal %s",
        "Shutting down: received signal terminated",
    )
    P(back, "Starting Gotify version %s", "Starting Gotify version 2.4.0@2023-09-03-08:51:34")
    P(
        back + sec(0.4),
        "Started listening for plain connection on %s %s",
        "Started listening for plain connection on tcp [::]:80",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- ntfy

NT_USERS = {
    # name: (user id, ips)
    "phil": ("u_Zx9Lp2Qm4Wc8", ["100.72.14.203", "203.0.113.77"]),
    "anna": ("u_7Hk3Ns1Vb5Rt", ["100.81.66.12", "198.51.100.23"]),
    "ci": ("u_Qa2Wd4Fs6Gh8", ["198.51.100.140"]),
    "homeassistant": ("u_Lm8Kj6Hg4Fd2", ["198.51.100.23"]),
}
NT_TOPICS = [
    # topic, publisher, weight, has iOS/Android subscribers
    ("alerts", "homeassistant", 4.0),
    ("homelab", "ci", 2.5),
    ("backups", None, 1.0),
    ("ci-builds", "ci", 3.0),
    ("grafana", None, 1.5),
    ("upK3vB8nQ2xLm7", None, 2.0),
    ("upR9cT4wE6yUi1", None, 1.5),
]


def nt_ts(t: datetime) -> str:
    """ntfy's log time layout, `2006-01-02T15:04:05.999Z07:00`."""
    frac = f"{t.microsecond // 1000:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def ntfy(r: random.Random) -> list[Log]:
    """ntfy 2.11 (ntfy.example.net behind nginx, auth, attachments, e-mail, upstream ntfy.sh for
    iOS, web push), its log-file, 06:00 to 12:00."""
    fs = Files()
    debug = (at(8, 10, 4.0), at(8, 34, 52.0))
    restart = at(10, 5, 14.0)
    dns_out = (at(9, 20, 30.0), at(9, 32, 10.0))
    smtp_bad = (at(7, 15), at(7, 50))
    upstream_429 = at(10, 41, 5.0)
    visitors: dict[str, dict[str, object]] = {}

    def N(t: datetime, level: str, label: str, msg: str, fields: dict[str, object]) -> datetime:
        fstr = ", ".join(sorted(f"{k}={v}" for k, v in fields.items()))
        text = f"{level} {msg}" + (f" ({fstr})" if fields else "")
        return fs.add(
            "ntfy.log", t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {text}"], "ntfy", 1_000_000
        )

    def vis(t: datetime, user: str | None, ip: str) -> dict[str, object]:
        key = user or ip
        v = visitors.setdefault(key, {"messages": r.randint(0, 300), "emails": 0})
        f: dict[str, object] = {
            "visitor_auth_limiter_limit": "0.016666666666666666",
            "visitor_auth_limiter_tokens": 30,
            "visitor_emails": v["emails"],
            "visitor_emails_limit": 12,
            "visitor_emails_remaining": 12 - int(v["emails"]),  # type: ignore[call-overload]
            "visitor_id": f"user:{NT_USERS[user][0]}" if user else f"ip:{ip}",
            "visitor_ip": ip,
            "visitor_messages": v["messages"],
            "visitor_messages_limit": 17280,
            "visitor_messages_remaining": 17280 - int(v["messages"]),  # type: ignore[call-overload]
            "visitor_request_limiter_limit": "0.2",
            "visitor_request_limiter_tokens": r.choice(["60", f"{r.uniform(40, 60):.10g}"]),
            "visitor_seen": nt_ts(t - sec(r.uniform(0.001, 30))),
        }
        if user:
            f["user_id"] = NT_USERS[user][0]
            f["user_name"] = user
        return f

    def http(method: str, path: str) -> dict[str, object]:
        return {"http_method": method, "http_path": path}

    def on(t: datetime) -> bool:
        return not (restart - sec(1) <= t < restart + sec(2))

    def dbg(t: datetime) -> bool:
        return in_any(t, [debug])

    # publishes
    topics = [(tp, pub) for tp, pub, _w in NT_TOPICS]
    weights = [w for _tp, _p, w in NT_TOPICS]
    pubs = [(t, *r.choices(topics, weights)[0], False) for t in poisson(r, T0, T_END, 24.0)]
    pubs += [(t, "ci-builds", "ci", True) for t in poisson(r, T0, T_END, 170.0)]
    # the manager every minute: its debug lines in the debug window, then the stats
    t = T0 + sec(31.2)
    subs = 11
    restarted = False
    while t < T_END:
        if not on(t) or (t > restart and not restarted):
            # the restart at 10:05 starts the manager's ticker and its counters over
            restarted = True
            t = restart + sec(60.4)
            continue
        tt = t
        if dbg(tt):
            for label, msg, extra in [
                (
                    "Deleted %d stale visitor(s)",
                    f"Deleted {r.randint(0, 4)} stale visitor(s)",
                    {"stale_visitors": None, "time_taken_ms": 0},
                ),
                (
                    "Removed expired tokens and users",
                    "Removed expired tokens and users",
                    {"time_taken_ms": r.randint(0, 2)},
                ),
                ("No expired attachments to delete", "No expired attachments to delete", {}),
                (
                    "Deleted expired attachments",
                    "Deleted expired attachments",
                    {"time_taken_ms": r.randint(0, 3)},
                ),
                ("No expired messages to delete", "No expired messages to delete", {}),
                ("Pruned messages", "Pruned messages", {"time_taken_ms": r.randint(1, 9)}),
                (
                    "Removed %d empty topic(s)",
                    f"Removed {r.randint(0, 2)} empty topic(s)",
                    {"time_taken_ms": 0},
                ),
            ]:
                f: dict[str, object] = {"tag": "manager", **extra}
                if "stale_visitors" in f:
                    f["stale_visitors"] = msg.split()[1]
                tt = N(tt + sec(0.001), "DEBUG", label, msg, f)
        subs = max(6, min(16, subs + r.choice([-1, 0, 0, 1])))
        since = T0 if t < restart else restart
        published = (48211 if t < restart else 0) + sum(1 for p in pubs if since <= p[0] < t)
        mails = [p for p in pubs if since <= p[0] < t and p[3]]
        failed = sum(1 for p in mails if in_any(p[0], [smtp_bad]))
        sent = (2107 if t < restart else 0) + len(mails)
        bad = (15 if t < restart else 0) + failed
        N(
            tt + sec(0.002),
            "INFO",
            "Server stats",
            "Server stats",
            {
                "emails_received": 0,
                "emails_received_failure": 0,
                "emails_received_success": 0,
                "emails_sent": sent,
                "emails_sent_failure": bad,
                "emails_sent_success": sent - bad,
                "messages_cached": 1894
                + sum(1 for p in pubs if p[0] < t)
                - int((t - T0).total_seconds() / 23.1),
                "messages_published": published,
                "subscribers": subs,
                "tag": "manager",
                "topics_active": r.randint(21, 27),
                "users": 6,
                "visitors": r.randint(12, 31),
            },
        )
        t += sec(60 + r.uniform(-0.01, 0.01))
    N(
        restart + sec(0.6),
        "INFO",
        "Listening on%s, ntfy %s, log level is %s",
        "Listening on 127.0.0.1:2586[http], ntfy 2.11.0, log level is INFO",
        {"tag": "startup"},
    )
    # SIGHUP twice: debug on for twenty minutes
    for when, lvl in [(debug[0], "DEBUG"), (debug[1], "INFO")]:
        tt = N(
            when - sec(0.01),
            "INFO",
            "Partially hot reloading configuration ...",
            "Partially hot reloading configuration ...",
            {},
        )
        N(tt + sec(0.001), "INFO", "Log level is %v", f"Log level is {lvl}", {})
    stale_push = {
        at(6, 48, 3.0),
        at(7, 31, 40.0),
        at(9, 55, 12.0),
        at(11, 2, 51.0),
        at(11, 39, 27.0),
    }
    for t, topic, user, email in sorted(pubs):
        if not on(t):
            continue
        ip = (
            r.choice(NT_USERS[user][1])
            if user
            else r.choice(["198.51.100.23", "192.0.2.61", "203.0.113.9"])
        )
        up = topic.startswith("up")
        v = visitors.setdefault(user or ip, {"messages": r.randint(0, 300), "emails": 0})
        v["messages"] = int(v["messages"]) + 1  # type: ignore[call-overload]
        path = f"/{topic}" + ("?up=1" if up else "")
        mid = alnum(r, 12)
        mf = {
            "message_body_size": r.randint(18, 420),
            "message_event": "message",
            "message_id": mid,
            "message_sender": ip,
            "message_time": int(t.timestamp()),
            "topic": topic,
        }
        if user:
            mf["message_user"] = NT_USERS[user][0]
        tt = t
        if dbg(t):
            tt = N(
                tt,
                "DEBUG",
                "HTTP request started",
                "HTTP request started",
                {**vis(tt, user, ip), **http("PUT" if r.random() < 0.3 else "POST", path)},
            )
            tt = N(
                tt + sec(0.001),
                "DEBUG",
                "Received message",
                "Received message",
                {**vis(tt, user, ip), **http("POST", path), **mf, "tag": "publish"},
            )
            n = r.randint(1, 4)
            tt = N(
                tt + sec(0.001),
                "DEBUG",
                "Forwarding to %d subscriber(s)",
                f"Forwarding to {n} subscriber(s)",
                {**vis(tt, user, ip), **mf, "tag": "publish"},
            )
            if not up:
                h = hashlib.sha256(f"https://ntfy.example.net/{topic}".encode()).hexdigest()
                tt = N(
                    tt + sec(0.001),
                    "DEBUG",
                    "Publishing poll request to %s",
                    f"Publishing poll request to https://ntfy.sh/{h}",
                    {**vis(tt, user, ip), **mf},
                )
            tt = N(
                tt + sec(0.001),
                "DEBUG",
                "Adding message to cache",
                "Adding message to cache",
                {**vis(tt, user, ip), **http("POST", path), **mf, "tag": "publish"},
            )
            tt = N(
                tt + sec(0.001),
                "DEBUG",
                "Wrote %d message(s) in %v",
                f"Wrote 1 message(s) in {go_dur(r.uniform(0.0008, 0.009))}",
                {"tag": "message_cache"},
            )
            N(
                tt + sec(0.001),
                "DEBUG",
                "HTTP request finished",
                "HTTP request finished",
                {**vis(tt, user, ip), **http("POST", path), "time_taken_ms": r.randint(1, 14)},
            )
        if not up and in_any(t, [dns_out]):
            h = hashlib.sha256(f"https://ntfy.example.net/{topic}".encode()).hexdigest()
            N(
                t + sec(r.uniform(0.01, 0.05)),
                "WARN",
                "Unable to publish poll request",
                "Unable to publish poll request",
                {
                    **vis(t, user, ip),
                    **mf,
                    "error": f'Post "https://ntfy.sh/{h}": dial tcp: lookup ntfy.sh on 127.0.0.53:53: server misbehaving',
                },
            )
        elif not up and t >= upstream_429:
            N(
                t + sec(r.uniform(0.05, 0.3)),
                "WARN",
                "Unable to publish poll request, the upstream server %s responded with HTTP %s; you may solve this by sending fewer daily messages, or by configuring upstream-access-token (assuming you have an account with higher rate limits) ",
                "Unable to publish poll request, the upstream server https://ntfy.sh responded with HTTP 429 Too Many Requests; you may solve this by sending fewer daily messages, or by configuring upstream-access-token (assuming you have an account with higher rate limits) ",
                {**vis(t, user, ip), **mf},
            )
        if email:
            v["emails"] = int(v["emails"]) + 1  # type: ignore[call-overload]
            if in_any(t, [smtp_bad]):
                N(
                    t + sec(r.uniform(0.3, 1.2)),
                    "WARN",
                    "Unable to send email to %s: %03d %s",
                    "Unable to send email to phil@example.net: 535 5.7.8 Authentication credentials invalid",
                    {
                        **vis(t, user, ip),
                        **mf,
                        "email": "phil@example.net",
                        "error": "535 5.7.8 Authentication credentials invalid",
                        "tag": "email",
                    },
                )
        if topic == "grafana" and any(abs((t - s).total_seconds()) < 400 for s in stale_push):
            for s in list(stale_push):
                if abs((t - s).total_seconds()) < 400:
                    stale_push.discard(s)
            N(
                t + sec(r.uniform(0.2, 0.9)),
                "WARN",
                "Unable to publish web push message",
                "Unable to publish web push message",
                {
                    **vis(t, user, ip),
                    **mf,
                    "error": "unable to publish web push message",
                    "error_code": 50003,
                    "http_status": 500,
                    "tag": "webpush",
                    "web_push_subscription_endpoint": f"https://updates.push.services.mozilla.com/wpush/v2/gAAAAA{alnum(r, 40)}",
                    "web_push_subscription_user_id": "",
                },
            )
    # iOS polling (debug only: started/finished) and the odd 404 / 429 in the debug window
    for t in poisson(r, debug[0], debug[1], 24.0):
        ip = r.choice(NT_USERS["anna"][1])
        path = f"/{r.choice(['alerts', 'homelab', 'backups', 'ci-builds'])}/json?poll=1&since={alnum(r, 12)}"
        tt = N(
            t,
            "DEBUG",
            "HTTP request started",
            "HTTP request started",
            {**vis(t, "anna", ip), **http("GET", path)},
        )
        N(
            tt + sec(0.001),
            "DEBUG",
            "HTTP request finished",
            "HTTP request finished",
            {**vis(tt, "anna", ip), **http("GET", path), "time_taken_ms": r.randint(1, 30)},
        )
    for t in poisson(r, debug[0], debug[1], 150.0):
        ip = r.choice(["185.224.128.17", "45.95.147.236"])
        path = r.choice(["/.env", "/wp-login.php", "/api/v1/status", "/.git/HEAD"])
        N(
            t,
            "DEBUG",
            "Connection closed with HTTP %d (ntfy error %d)",
            "Connection closed with HTTP 404 (ntfy error 40401)",
            {
                **vis(t, None, ip),
                **http("GET", path),
                "error": "page not found",
                "error_code": 40401,
                "http_status": 404,
            },
        )
    for t in poisson(r, debug[0], debug[1], 240.0):
        err = f"read tcp 127.0.0.1:2586->127.0.0.1:{r.randint(40000, 60999)}: i/o timeout"
        N(
            t,
            "DEBUG",
            "WebSocket error (this error is okay, it happens a lot): %s",
            f"WebSocket error (this error is okay, it happens a lot): {err}",
            {
                **vis(t, "phil", NT_USERS["phil"][1][0]),
                **http("GET", "/alerts,homelab,backups/ws"),
                "error": err,
                "tag": "websocket",
            },
        )
    # INFO-level connection errors all day
    for t in poisson(r, T0, T_END, 36.0):
        if not on(t):
            continue
        user = r.choice(["phil", "anna", "phil", None])
        ip = r.choice(NT_USERS[user][1]) if user else r.choice(["192.0.2.61", "203.0.113.180"])
        topics_ = r.choice(
            ["alerts,homelab,backups", "alerts,ci-builds", "upK3vB8nQ2xLm7", "grafana,alerts"]
        )
        path = f"/{topics_}/ws" + (f"?since={alnum(r, 12)}" if r.random() < 0.5 else "")
        err = "websocket: close 1006 (abnormal closure): unexpected EOF"
        N(
            t,
            "INFO",
            "WebSocket error: websocket: close %d (abnormal closure): unexpected EOF",
            f"WebSocket error: {err}",
            {
                **vis(t, user, ip),
                **http("GET", path),
                "error": err,
                "error_code": 1006,
                "error_type": "websocket.CloseError",
                "tag": "websocket",
            },
        )
    for t in poisson(r, T0, T_END, 290.0):
        if not on(t):
            continue
        user = r.choice(["phil", "anna"])
        ip = r.choice(NT_USERS[user][1])
        err = f"read tcp 127.0.0.1:2586->127.0.0.1:{r.randint(40000, 60999)}: read: connection reset by peer"
        N(
            t,
            "INFO",
            "WebSocket error: read tcp %s->%s: read: connection reset by peer",
            f"WebSocket error: {err}",
            {
                **vis(t, user, ip),
                **http("GET", "/alerts,homelab,backups/ws"),
                "error": err,
                "tag": "websocket",
            },
        )
    for t in poisson(r, T0, T_END, 520.0):
        if not on(t):
            continue
        ip = r.choice(NT_USERS["anna"][1])
        path = f"/{r.choice(['alerts', 'homelab'])}/json?poll=1&since={alnum(r, 12)}"
        N(
            t,
            "INFO",
            "Connection closed with HTTP %d (ntfy error %d)",
            "Connection closed with HTTP 500 (ntfy error 50001)",
            {
                **vis(t, "anna", ip),
                **http("GET", path),
                "error": f"write tcp 127.0.0.1:2586->127.0.0.1:{r.randint(40000, 60999)}: write: broken pipe",
            },
        )
    for when in [at(7, 2, 44.0), at(7, 3, 10.0), at(11, 26, 8.0), at(11, 26, 31.0)]:
        N(
            when,
            "INFO",
            "Connection closed with HTTP %d (ntfy error %d)",
            "Connection closed with HTTP 413 (ntfy error 41301)",
            {
                **vis(when, "phil", NT_USERS["phil"][1][1]),
                **http("PUT", "/homelab"),
                "error": "attachment too large, or bandwidth limit reached",
                "error_code": 41301,
                "http_status": 413,
            },
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- apprise-api


def ctime(t: datetime) -> str:
    """C's asctime() as uWSGI writes it: `Fri Jun  7 06:00:03 2024`."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


AP_KEYS = {
    # key: (client ip, services, tag)
    "homelab": ("172.20.0.5", ["discord", "gotify"], "kuma"),
    "media": ("172.20.0.7", ["telegram"], ""),
    "backups": ("172.20.0.1", ["email", "gotify"], ""),
    "ha": ("172.20.0.9", ["ntfy"], ""),
}


def apprise_api(r: random.Random) -> list[Log]:
    """Apprise API 1.1 (caronc/apprise: nginx and uWSGI under supervisord, Django's and Apprise's
    loggers on stdout), `docker logs` of the container, 06:00 to 12:00."""
    fs = Files()
    workers = {
        9: [r.randint(900, 1100)],
        10: [r.randint(900, 1100)],
        11: [r.randint(900, 1100)],
        12: [r.randint(900, 1100)],
    }
    total = [sum(v[0] for v in workers.values())]
    free = dict.fromkeys(workers, T0)
    flap = (at(7, 5), at(7, 26))
    gotify_dns = (at(9, 40, 20.0), at(9, 58, 40.0))
    tg_migrated = (at(9, 31, 5.0), at(10, 16, 30.0))
    smtp_down = (at(10, 40), at(11, 5))
    ha_bad = (at(11, 30), at(11, 41))
    tg_chat = ["-1001987654321"]

    def D(t: datetime, level: str, name: str, label: str, msg: str, pid: int) -> datetime:
        return fs.add(
            "apprise.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} [{level}] {name}: {msg}"
            ],
            pid,
            1000,
        )

    def U(t: datetime, label: str | None, line: str, pid: int) -> datetime:
        return fs.add("apprise.log", t, label, lambda x: [line], pid, 1000)

    def uwsgi(
        start: datetime,
        end: datetime,
        pid: int,
        ip: str,
        method: str,
        path: str,
        route: str,
        status: int,
        size: int,
    ) -> datetime:
        workers[pid][0] += 1
        total[0] += 1
        ms_ = int((end - start).total_seconds() * 1000)
        nv = r.randint(38, 52)
        line = (
            f"[pid: {pid}|app: 0|req: {workers[pid][0]}/{total[0]}] {ip} () {{{nv} vars in {r.randint(640, 1180)} bytes}} [{ctime(start)}] "
            f"{method} {path} => generated {size} bytes in {ms_} msecs (HTTP/1.1 {status}) {r.randint(5, 8)} headers in {r.randint(230, 380)} bytes (1 switches on core 0)"
        )
        label = f"[pid: %d|app: %d|req: %d/%d] %s () {{%d vars in %d bytes}} [%s] {method} {route} => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
        return U(end, label, line, pid)

    def pick(t: datetime) -> tuple[int, datetime]:
        pid = min(workers, key=lambda p: free[p])
        return pid, max(t, free[pid] + sec(0.002))

    def notify(t: datetime, key: str, bad_json: bool = False) -> None:
        ip, services, tag = AP_KEYS[key]
        pid, start = pick(t)
        tt = start + sec(r.uniform(0.003, 0.012))
        if bad_json:
            tt = D(
                tt,
                "WARNING",
                "django",
                "NOTIFY - %s - Invalid JSON Payload provided using KEY: %s",
                f"NOTIFY - {ip} - Invalid JSON Payload provided using KEY: {key}",
                pid,
            )
            tt = D(
                tt + sec(0.001),
                "WARNING",
                "django.request",
                "Bad Request: %s",
                f"Bad Request: /notify/{key}",
                pid,
            )
            free[pid] = uwsgi(
                start, tt + sec(0.001), pid, ip, "POST", f"/notify/{key}", "/notify/%s", 400, 29
            )
            return
        ok = True
        broken_pipe = False
        order = list(services)
        r.shuffle(order)
        for svc in order:
            if svc == "discord":
                tt += sec(r.uniform(0.25, 0.8))
                if in_any(t, [flap]) and r.random() < 0.45:
                    wait = r.uniform(1.5, 28.0)
                    tt = D(
                        tt,
                        "WARNING",
                        "apprise",
                        "Discord rate limiting in effect; blocking for %.2f second(s)",
                        f"Discord rate limiting in effect; blocking for {wait:.2f} second(s)",
                        pid,
                    )
                    tt += sec(wait + r.uniform(0.2, 0.6))
                    broken_pipe = wait > 20
                    if r.random() < 0.25:
                        tt = D(
                            tt,
                            "WARNING",
                            "apprise",
                            "Failed to send %sto Discord notification: %s%serror=%s.",
                            "Failed to send to Discord notification: error=429.",
                            pid,
                        )
                        ok = False
                        continue
                tt = D(
                    tt,
                    "INFO",
                    "apprise",
                    "Sent Discord notification.",
                    "Sent Discord notification.",
                    pid,
                )
            elif svc == "gotify":
                if in_any(t, [gotify_dns]):
                    tt += sec(r.uniform(0.01, 0.05))
                    tt = D(
                        tt,
                        "WARNING",
                        "apprise",
                        "A Connection error occurred sending Gotify notification to %s.",
                        "A Connection error occurred sending Gotify notification to push.example.home.",
                        pid,
                    )
                    ok = False
                    continue
                tt += sec(r.uniform(0.02, 0.09))
                tt = D(
                    tt,
                    "INFO",
                    "apprise",
                    "Sent Gotify notification.",
                    "Sent Gotify notification.",
                    pid,
                )
            elif svc == "telegram":
                tt += sec(r.uniform(0.2, 0.6))
                if in_any(t, [tg_migrated]):
                    tt = D(
                        tt,
                        "WARNING",
                        "apprise",
                        "Failed to send Telegram notification to %s: Bad Request: group chat was upgraded to a supergroup chat, error=%s.",
                        f"Failed to send Telegram notification to {tg_chat[0]}: Bad Request: group chat was upgraded to a supergroup chat, error=400.",
                        pid,
                    )
                    ok = False
                    continue
                tt = D(
                    tt,
                    "INFO",
                    "apprise",
                    "Sent Telegram notification.",
                    "Sent Telegram notification.",
                    pid,
                )
            elif svc == "email":
                if in_any(t, [smtp_down]):
                    tt += sec(r.uniform(0.002, 0.01))
                    tt = D(
                        tt,
                        "WARNING",
                        "apprise",
                        "Connection error while submitting email to %s. Reason: [Errno %d] Connection refused",
                        "Connection error while submitting email to smtp.example.net. Reason: [Errno 111] Connection refused",
                        pid,
                    )
                    ok = False
                    continue
                tt += sec(r.uniform(0.6, 1.9))
                tt = D(
                    tt,
                    "INFO",
                    "apprise",
                    'Sent Email notification to "%s".',
                    'Sent Email notification to "ops@example.net".',
                    pid,
                )
            elif svc == "ntfy":
                tt += sec(r.uniform(0.08, 0.3))
                tt = D(
                    tt,
                    "INFO",
                    "apprise",
                    "Sent ntfy notification to '%s'.",
                    "Sent ntfy notification to 'https://ntfy.example.net'.",
                    pid,
                )
        tags = f"Tags: {tag}, " if tag else ""
        if ok:
            tt = D(
                tt + sec(0.001),
                "INFO",
                "django",
                "NOTIFY - %s - Delivered Notification(s) - %sKEY: %s",
                f"NOTIFY - {ip} - Delivered Notification(s) - {tags}KEY: {key}",
                pid,
            )
            status, size = 200, r.randint(90, 420)
        else:
            tt = D(
                tt + sec(0.001),
                "WARNING",
                "django",
                "NOTIFY - %s - One or more notifications not sent%s using KEY: %s",
                f"NOTIFY - {ip} - One or more notifications not sent{f' (Tags: {tag})' if tag else ''} using KEY: {key}",
                pid,
            )
            tt = D(
                tt + sec(0.001),
                "WARNING",
                "django.request",
                "Failed Dependency: %s",
                f"Failed Dependency: /notify/{key}",
                pid,
            )
            status, size = 424, r.randint(260, 700)
        if broken_pipe:
            # the Apprise CLI inside Uptime Kuma gave up waiting: uWSGI writes to a closed socket
            tt = U(
                tt + sec(0.002),
                "SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request %s (ip %s) !!!",
                f"{ctime(tt)} - SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /notify/{key} (ip {ip}) !!!",
                pid,
            )
            tt = U(
                tt + sec(0.001),
                "uwsgi_response_writev_headers_and_body_do(): Broken pipe [%s line %d] during %s %s (%s)",
                f"{ctime(tt)} - uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /notify/{key} ({ip})",
                pid,
            )
            tt = U(tt + sec(0.001), "OSError: write error", "OSError: write error", pid)
        free[pid] = uwsgi(
            start, tt + sec(0.002), pid, ip, "POST", f"/notify/{key}", "/notify/%s", status, size
        )

    def front(t: datetime) -> None:
        pid, start = pick(t)
        free[pid] = uwsgi(
            start,
            start + sec(r.uniform(0.008, 0.03)),
            pid,
            "172.20.0.5",
            "GET",
            "/",
            "/",
            200,
            r.randint(9840, 9880),
        )

    def stateless(t: datetime) -> None:
        pid, start = pick(t)
        tt = D(
            start + sec(r.uniform(0.1, 0.3)),
            "INFO",
            "apprise",
            "Sent ntfy notification to '%s'.",
            "Sent ntfy notification to 'https://ntfy.example.net'.",
            pid,
        )
        tt = D(
            tt + sec(0.001),
            "INFO",
            "django",
            "NOTIFY - %s - Delivered Stateless Notification(s)",
            "NOTIFY - 192.168.10.4 - Delivered Stateless Notification(s)",
            pid,
        )
        free[pid] = uwsgi(
            start,
            tt + sec(0.002),
            pid,
            "192.168.10.4",
            "POST",
            "/notify/",
            "/notify/",
            200,
            r.randint(60, 160),
        )

    reqs: list[tuple[datetime, str]] = []
    t = T0 + sec(12.4)
    while t < T_END:  # Uptime Kuma's HTTP check of the front page every 60 s
        reqs.append((t, "front"))
        t += sec(60 + r.uniform(-0.05, 0.05))
    reqs += [(t, "homelab") for t in poisson(r, T0, T_END, 240.0)]
    reqs += [(t, "homelab") for t in poisson(r, flap[0], flap[1], 22.0)]
    reqs += [(t, "media") for t in poisson(r, T0, T_END, 190.0)]
    reqs += [(t, "ha") for t in poisson(r, T0, T_END, 95.0)]
    reqs += [(t, "ha") for t in poisson(r, ha_bad[0], ha_bad[1], 40.0)]
    reqs += [(t, "stateless") for t in poisson(r, T0, T_END, 600.0)]  # the Proxmox host
    for h in range(6, 12):
        for k in range(r.randint(3, 5)):
            reqs.append((at(h, 0, 50.0 + 140 * k + r.uniform(0, 60)), "backups"))
    for t, key in sorted(reqs):
        if key == "front":
            front(t)
        elif key == "stateless":
            stateless(t)
        else:
            notify(t, key, bad_json=(key == "ha" and in_any(t, [ha_bad])))
    # 10:15: the media key's Telegram chat id updated in the web UI
    ip = "192.168.10.20"
    when = at(10, 15, 48.0)
    pid, start = pick(when)
    free[pid] = uwsgi(
        start,
        start + sec(0.03),
        pid,
        ip,
        "GET",
        "/cfg/media",
        "/cfg/%s",
        200,
        r.randint(31000, 31400),
    )
    pid, start = pick(free[pid] + sec(0.4))
    tt = D(
        start + sec(0.004),
        "INFO",
        "django",
        "VIEW - %s - Retrieved configuration associated using KEY: %s",
        f"VIEW - {ip} - Retrieved configuration associated using KEY: media",
        pid,
    )
    free[pid] = uwsgi(start, tt + sec(0.002), pid, ip, "POST", "/get/media", "/get/%s", 200, 212)
    pid, start = pick(free[pid] + sec(0.1))
    free[pid] = uwsgi(
        start,
        start + sec(0.02),
        pid,
        ip,
        "GET",
        "/json/urls/media/?privacy=1",
        "/json/urls/%s/?privacy=1",
        200,
        187,
    )
    pid, start = pick(tg_migrated[1] - sec(1))
    tt = D(
        start + sec(0.01),
        "INFO",
        "django",
        "ADD - %s - Configuration saved using KEY: %s",
        f"ADD - {ip} - Configuration saved using KEY: media",
        pid,
    )
    free[pid] = uwsgi(start, tt + sec(0.002), pid, ip, "POST", "/add/media", "/add/%s", 200, 31)
    pid, start = pick(free[pid] + sec(0.3))
    free[pid] = uwsgi(
        start,
        start + sec(0.02),
        pid,
        ip,
        "GET",
        "/json/urls/media/?privacy=1",
        "/json/urls/%s/?privacy=1",
        200,
        187,
    )
    return fs.logs(T0)


SYSTEMS = {
    "pixelfed": pixelfed,
    "writefreely": writefreely,
    "gotify": gotify,
    "ntfy": ntfy,
    "apprise-api": apprise_api,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
