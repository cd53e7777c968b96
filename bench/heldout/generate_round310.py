#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 310 (craft-cms, grav, decidim, apache-answer, dokuwiki)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five web applications of a town's
and a company's sites, 06:00 to 12:00 UTC on 2024-06-07. phpBB, the brief's fifth, keeps its
logs in its database and writes no file of its own but PHP's fatal errors, so Apache Answer (a
Q&A community forum) takes its place.

- Craft CMS 5 (`app1-web-2024-06-07.log`, `app2-web-2024-06-07.log`, `app1-queue-2024-06-07.log`:
  Craft's MonologTarget files `storage/logs/web-*.log` of two web nodes and `queue-*.log` of the
  `craft queue/listen` runner on app1, `%datetime% [%channel%.%level_name%]
  [%extra.yii_category%] %message% %context% %extra%` with `Y-m-d H:i:s`). devMode is off, so the
  web files keep warnings and errors, newlines flattened, an exception's trace extracted into the
  context as a JSON list; `config/app.console.php` sets `monologTargetConfig` to INFO, so the
  queue file has QueueLogBehavior's ` [%s] %s (attempt: %s, pid: %s) - Started` / `- Done (time:
  %s)` / `- Error (time: %s): %s` for every job (Craft 5's `t9n:["app",...]` descriptions,
  SEOmatic's sitemaps), an error's exception on the line after it, and `Opening DB connection:
  %s`, `CodeEditor module bootstrapped`, `SEOmatic plugin loaded` at each start. Bots' CSRF
  failures all day (`[yii\\web\\HttpException:400] Unable to verify your data submission.`), a
  spam script 09:02-09:26 (`Request missing required body param`), editors without a permission
  (`User is not authorized to perform this action.`); the Typogrify plugin disabled 07:05-07:31
  (Twig's `Unknown "%s" filter in "%s" at line %d.`); the site module's PHP warnings all day
  (`[yii\\base\\ErrorException:2] Undefined array key "%s"`, `Attempt to read property "%s" on
  null`); the database failover 08:12-08:15 (`SQLSTATE[HY000] [2002] Connection refused`, the
  running job's `2006 MySQL server has gone away` and the listener restarted); Redis restarted
  09:47-09:51 (yii2-redis's production `Failed to open DB connection.`, logged by `Yii::error()`
  and again as the exception); deadlocks, resaves waiting on a lock (`1205 Lock wait timeout
  exceeded`), images missing on disk (`Unable to open image %s`), the mail relay down
  10:20-10:58 (Symfony Mailer's `Connection could not be established with host "%s": ...`),
  `Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)`.
- Grav 1.7.44 (`www-grav.log`, `docs-grav.log`: `logs/grav.log` of a town's site and its
  handbook, PHP 8.2). The Whoops handler logs every exception at critical as `message - Trace:`
  and the trace (`getTraceAsString()`, 15-character string arguments) on the lines below, Monolog's
  ` [] []` after `{main}`. The events plugin's PHP 8 warnings all day, a theme update losing a
  partial 07:10-07:52 (`Unable to find template "%s" (looked into: %s).`), a filter's plugin
  disabled 09:05-09:20, Twig wrapping a PHP error, a deploy as root 10:31-10:44 (Twig's cache
  errors), the admin's update check timing out; the handbook's broken `site.yaml` 06:40-06:52
  (`Decoding YAML failed: ...`), a half-updated plugin 08:20-08:58 (`Class "%s" not found`,
  `Failed opening required '%s' (include_path='%s')`), the custom theme's TypeError all day, an
  import 10:00-10:26 (`Allowed memory size ...`, `Maximum execution time of %d seconds exceeded`),
  `Call to a member function %s() on null`.
- Decidim 0.27.5 on Rails 6.1.7.6 (`web1-production.log`, `web2-production.log`,
  `worker-production.log`: `log/production.log` of two Puma hosts and the Sidekiq host, Ruby's
  `Logger::Formatter` with the request id tag, `I, [2024-06-07T06:03:22.809050 #40181]  INFO --
  : [uuid] Started GET ...`, ActiveJob's `[ActiveJob] [Class] [job id]` tags in jobs;
  `worker-sidekiq.log`: Sidekiq 6.5's `pid= tid= class= jid= elapsed= LEVEL:` log). Requests of a
  city's participation platform (processes, proposals, comments, votes, meetings, sign-ins,
  search), redirects and `Filter chain halted as %s rendered or redirected`; the budget vote
  closing at 12:00 (checkouts 10:00-12:00); each comment's and checkout's EventPublisherJob,
  NotificationGeneratorJob, EmailNotificationGeneratorJob and mails on the worker (`Enqueued`,
  `Performing`, `Performed`, `Rendered`, `Delivered mail %s (%.1fms)`, Sidekiq's `start` /
  `done`); the digest mails at 07:00; the mail relay slow 09:05-09:52 while the 09:18 newsletter
  goes out (`Error performing ... Net::ReadTimeout ...` with its backtrace, Sidekiq's `fail`, the
  job hash and `%s: %s` with its backtrace WARN); the PostgreSQL failover 08:41-08:43 (FATAL
  `ActiveRecord::ConnectionNotEstablished (...)` over several tagged lines, two meeting reminders
  failing); scanners' RoutingErrors, withdrawn proposals' `undefined method`, RecordNotFound, a
  CSRF failure.
- Apache Answer, built from main (2025) (`answer_info_2024-06-07.log`,
  `answer_err_2024-06-07.log`: pacman's zap file cores under LOG_PATH, `2006-01-02 15:04:05.000`,
  lowercase level, short caller and message tab-separated; the error lines go to both files).
  robfig/cron's hourly sitemap and hottest jobs, the orphan-upload cleanup every two hours and the
  suspension check every ten minutes; sign-up and reset mails all day and a bot registration wave
  07:12-09:51 (`try to send email to %s`, `send email to %s success`); SES throttling 08:55-09:24
  and the network to it down 09:31-09:44 (`send email to %s failed: %s` with `send email to %s:
  %s`); MySQL restarted at 10:00 (the hot scores' `update question hot score error,question
  ID:%s error: %s`, `failed to check expired user suspensions: %v`, `get user %s info error: %v`);
  the Slack plugin's webhook timing out (`[%s] handler error: %v`); a nil pointer in a handler
  (`panic recovered: %v\\n%s` with the goroutine dump); the 10:40 upgrade (the queues closed,
  `cron job manager start`, `clean up uploads cron enabled`).
- DokuWiki 2024-02-06 "Kaos" (`intranet-error-2024-06-07.log`, `intranet-deprecated-...`,
  `docs-error-...`, `docs-deprecated-...`: `data/log/error/` and `data/log/deprecated/` of an
  intranet wiki with LDAP and the bootstrap3 template and a public handbook, PHP 8.2). The Logger
  writes `date\\tfile(line)\\tmessage` and the details (a stack trace) below, each line indented by
  two spaces; ErrorHandler prefixes a warning with its error code's name (`E_WARNING: `) and an
  uncaught error with its class. The template's and the translation plugin's deprecated menu
  calls on every page (`%s is deprecated. It was called from %s in %s:%s %s should be used
  instead!`), the bureaucracy plugin's `Doku_Form`; old plugins' PHP 8 warnings all day; the LDAP
  server down 08:05-08:26 (`ldap_bind(): Unable to bind to server: %s`); the handbook's cache
  unwritable 07:30-07:47 (`mkdir(): Permission denied`) and its gallery's CDN down 10:02-10:19
  (`file_get_contents(%s): Failed to open stream: %s`); fatal errors from the bureaucracy and
  pagelist plugins.

Label notes. The heads are context: Craft's date, `[channel.LEVEL]`, `[category]` and the
Monolog context after the message; Grav's `[date] grav.CRITICAL:` and ` [] []`; Ruby's Logger
head, the request id and ActiveJob's tags (the `[ActiveJob] ` of `Enqueued` is in the labels, as
round 302 has it); Sidekiq's context; zap's time, level and caller; DokuWiki's date and
`file(line)`. Job descriptions and classes, exception classes (Rails' `%s (...)`, DokuWiki's
`%s: ` prefix), controller actions, formats, status codes, queue names, deprecated functions and
PHP's names are values; an error's text contributes its format (the job errors, Grav's
`%s - Trace: %s`, Answer's wrapped mail and database errors, the PG and Net::ReadTimeout texts).
One text from two call sites is one template (yii2-redis's `Failed to open DB connection.`).
Continuation lines have no row. A newline in a format is written `\\n` in the labels, a tab
`\\t`. The sources checked and the least sure formats are listed in bench/README.md's round 310.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
US = 1


def times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def php_trunc(s: str) -> str:
    """A string argument as PHP's getTraceAsString() prints it (15 characters, then `...`)."""
    return f"'{s[:15]}...'" if len(s) > 15 else f"'{s}'"


def php_trace(frames: list[tuple[str, int, str]]) -> list[str]:
    """Exception::getTraceAsString() lines: `#n file(line): call`, then `#n {main}`."""
    out = [f"#{i} {f}({n}): {call}" for i, (f, n, call) in enumerate(frames)]
    out.append(f"#{len(frames)} {{main}}")
    return out


# ------------------------------------------------------------------------------- craft-cms

CR_ROOT = "/var/www/craft"
CR_V = f"{CR_ROOT}/vendor"
CR_DSN = "mysql:host=db-primary.internal;dbname=craft_prod;port=3306"
CR_JOBS = [
    (40.0, 't9n:["app","Updating search indexes"]', 0.02, 0.35),
    (18.0, 't9n:["app","Generating image transform"]', 0.2, 2.8),
    (4.0, 't9n:["app","Pruning extra revisions"]', 0.1, 1.9),
    (2.0, 't9n:["app","Resaving {type}",{"type":"Entries"}]', 4.0, 95.0),
    (1.5, "Generating pages sitemap", 0.4, 6.0),
    (1.0, "Generating news sitemap", 0.3, 3.0),
]
CR_ASSETS = [
    "uploads/news/2024/06/harbour-festival-crowd.jpg",
    "uploads/news/2024/06/council-meeting-june.jpg",
    "uploads/events/summer-concert-poster.png",
    "uploads/people/j-andersson-portrait.jpg",
    "uploads/places/old-town-square-aerial.jpg",
    "uploads/news/2024/06/bridge-works-phase2.jpg",
]
CR_FORM_PATHS = ["/contact", "/newsletter", "/events/summer-concert/register", "/feedback"]


def cr_pick(r: random.Random) -> tuple[str, float, float]:
    x = r.uniform(0, sum(w for w, *_ in CR_JOBS))
    for w, desc, lo, hi in CR_JOBS:
        x -= w
        if x <= 0:
            return desc, lo, hi
    return CR_JOBS[-1][1:]


def cr_frames(kind: str) -> list[tuple[str, int, str]]:
    web_tail = [
        (
            f"{CR_V}/yiisoft/yii2/base/InlineAction.php",
            57,
            "craft\\controllers\\TemplatesController->actionRender()",
        ),
        (
            f"{CR_V}/yiisoft/yii2/base/Controller.php",
            178,
            "yii\\base\\InlineAction->runWithParams()",
        ),
        (f"{CR_V}/yiisoft/yii2/base/Module.php", 552, "yii\\base\\Controller->runAction()"),
        (f"{CR_V}/craftcms/cms/src/web/Application.php", 341, "yii\\base\\Module->runAction()"),
        (
            f"{CR_V}/craftcms/cms/src/web/Application.php",
            642,
            "craft\\web\\Application->runAction()",
        ),
        (
            f"{CR_V}/craftcms/cms/src/web/Application.php",
            303,
            "craft\\web\\Application->_processActionRequest()",
        ),
        (
            f"{CR_V}/yiisoft/yii2/base/Application.php",
            384,
            "craft\\web\\Application->handleRequest()",
        ),
        (f"{CR_ROOT}/web/index.php", 12, "yii\\base\\Application->run()"),
    ]
    if kind == "csrf":
        return [
            (
                f"{CR_V}/craftcms/cms/src/web/Controller.php",
                240,
                "yii\\web\\Controller->beforeAction()",
            ),
            (
                f"{CR_V}/yiisoft/yii2/base/Controller.php",
                176,
                "craft\\web\\Controller->beforeAction()",
            ),
            (f"{CR_V}/yiisoft/yii2/base/Module.php", 552, "yii\\base\\Controller->runAction()"),
            (f"{CR_V}/craftcms/cms/src/web/Application.php", 341, "yii\\base\\Module->runAction()"),
            (
                f"{CR_V}/craftcms/cms/src/web/Application.php",
                642,
                "craft\\web\\Application->runAction()",
            ),
            (
                f"{CR_V}/yiisoft/yii2/base/Application.php",
                384,
                "craft\\web\\Application->handleRequest()",
            ),
            (f"{CR_ROOT}/web/index.php", 12, "yii\\base\\Application->run()"),
        ]
    if kind == "param":
        return [
            (
                f"{CR_V}/craftcms/contact-form/src/controllers/SendController.php",
                44,
                "craft\\web\\Request->getRequiredBodyParam()",
            ),
            (
                f"{CR_V}/yiisoft/yii2/base/InlineAction.php",
                57,
                "craft\\contactform\\controllers\\SendController->actionIndex()",
            ),
            *web_tail[1:],
        ]
    if kind == "perm":
        return [
            (
                f"{CR_V}/craftcms/cms/src/controllers/EntriesController.php",
                412,
                "craft\\web\\Controller->requirePermission()",
            ),
            (
                f"{CR_V}/yiisoft/yii2/base/InlineAction.php",
                57,
                "craft\\controllers\\EntriesController->actionSaveEntry()",
            ),
            *web_tail[1:],
        ]
    if kind == "twig":
        return [
            (f"{CR_V}/twig/twig/src/Parser.php", 86, "Twig\\Parser->subparse()"),
            (f"{CR_V}/twig/twig/src/Environment.php", 491, "Twig\\Parser->parse()"),
            (f"{CR_V}/twig/twig/src/Environment.php", 523, "Twig\\Environment->parse()"),
            (f"{CR_V}/twig/twig/src/Environment.php", 354, "Twig\\Environment->compileSource()"),
            (
                f"{CR_V}/craftcms/cms/src/web/twig/Environment.php",
                71,
                "Twig\\Environment->loadTemplate()",
            ),
            (f"{CR_V}/craftcms/cms/src/web/View.php", 470, "Twig\\Environment->load()"),
            (
                f"{CR_V}/craftcms/cms/src/controllers/TemplatesController.php",
                100,
                "craft\\web\\View->renderPageTemplate()",
            ),
            *web_tail,
        ]
    if kind == "php":
        return [
            (
                f"{CR_ROOT}/modules/sitemodule/src/twigextensions/CardsExtension.php",
                58,
                "yii\\base\\ErrorHandler->handleError()",
            ),
            (
                f"{CR_ROOT}/storage/runtime/compiled_templates/4f/4f1e0c8b2a.php",
                83,
                "modules\\sitemodule\\twigextensions\\CardsExtension->eventCard()",
            ),
            (f"{CR_V}/twig/twig/src/Template.php", 394, "__TwigTemplate_4f1e0c8b2a->doDisplay()"),
            (
                f"{CR_V}/craftcms/cms/src/web/twig/Template.php",
                52,
                "Twig\\Template->displayWithErrorHandling()",
            ),
            (
                f"{CR_V}/twig/twig/src/Template.php",
                367,
                "craft\\web\\twig\\Template->displayWithErrorHandling()",
            ),
            (f"{CR_V}/craftcms/cms/src/web/View.php", 481, "Twig\\TemplateWrapper->render()"),
            (
                f"{CR_V}/craftcms/cms/src/controllers/TemplatesController.php",
                100,
                "craft\\web\\View->renderPageTemplate()",
            ),
            *web_tail,
        ]
    if kind == "db":
        return [
            (f"{CR_V}/yiisoft/yii2/db/Connection.php", 1084, "yii\\db\\Connection->open()"),
            (f"{CR_V}/yiisoft/yii2/db/Connection.php", 1071, "yii\\db\\Connection->getMasterPdo()"),
            (f"{CR_V}/yiisoft/yii2/db/Command.php", 263, "yii\\db\\Connection->getSlavePdo()"),
            (f"{CR_V}/yiisoft/yii2/db/Command.php", 1164, "yii\\db\\Command->prepare()"),
            (f"{CR_V}/yiisoft/yii2/db/Command.php", 402, "yii\\db\\Command->queryInternal()"),
            (f"{CR_V}/craftcms/cms/src/services/Sites.php", 1321, "yii\\db\\Command->queryAll()"),
            (
                f"{CR_V}/craftcms/cms/src/services/Sites.php",
                341,
                "craft\\services\\Sites->_loadAllSites()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/web/Application.php",
                122,
                "craft\\services\\Sites->getCurrentSite()",
            ),
            (
                f"{CR_V}/yiisoft/yii2/base/Application.php",
                271,
                "craft\\web\\Application->bootstrap()",
            ),
            (f"{CR_ROOT}/web/index.php", 11, "yii\\base\\Application->init()"),
        ]
    if kind == "redis":
        return [
            (
                f"{CR_V}/yiisoft/yii2-redis/src/Connection.php",
                830,
                "yii\\redis\\Connection->open()",
            ),
            (
                f"{CR_V}/yiisoft/yii2-redis/src/Session.php",
                139,
                "yii\\redis\\Connection->executeCommand()",
            ),
            (f"{CR_V}/yiisoft/yii2/web/Session.php", 141, "yii\\redis\\Session->readSession()"),
            (f"{CR_V}/craftcms/cms/src/web/User.php", 523, "yii\\web\\Session->open()"),
            (f"{CR_V}/yiisoft/yii2/web/User.php", 686, "craft\\web\\User->renewAuthStatus()"),
            *web_tail[3:],
        ]
    if kind == "deadlock":
        return [
            (f"{CR_V}/yiisoft/yii2/db/Command.php", 1320, "yii\\db\\Command->internalExecute()"),
            (f"{CR_V}/craftcms/cms/src/helpers/Db.php", 1112, "yii\\db\\Command->execute()"),
            (
                f"{CR_V}/craftcms/cms/src/services/Elements.php",
                3514,
                "craft\\helpers\\Db::upsert()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/services/Elements.php",
                1188,
                "craft\\services\\Elements->_saveElementInternal()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/controllers/EntriesController.php",
                455,
                "craft\\services\\Elements->saveElement()",
            ),
            (
                f"{CR_V}/yiisoft/yii2/base/InlineAction.php",
                57,
                "craft\\controllers\\EntriesController->actionSaveEntry()",
            ),
            *web_tail[1:],
        ]
    if kind == "mail":
        return [
            (
                f"{CR_V}/symfony/mailer/Transport/Smtp/Stream/SocketStream.php",
                154,
                "Symfony\\Component\\Mailer\\Transport\\Smtp\\Stream\\SocketStream->initialize()",
            ),
            (
                f"{CR_V}/symfony/mailer/Transport/Smtp/SmtpTransport.php",
                279,
                "Symfony\\Component\\Mailer\\Transport\\Smtp\\Stream\\SocketStream->initialize()",
            ),
            (
                f"{CR_V}/symfony/mailer/Transport/Smtp/SmtpTransport.php",
                211,
                "Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->start()",
            ),
            (
                f"{CR_V}/symfony/mailer/Transport/AbstractTransport.php",
                69,
                "Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doSend()",
            ),
            (
                f"{CR_V}/yiisoft/yii2-symfonymailer/src/Mailer.php",
                88,
                "Symfony\\Component\\Mailer\\Transport\\AbstractTransport->send()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/mail/Mailer.php",
                212,
                "yii\\symfonymailer\\Mailer->sendMessage()",
            ),
            (f"{CR_V}/craftcms/contact-form/src/Mailer.php", 143, "craft\\mail\\Mailer->send()"),
            (
                f"{CR_V}/craftcms/contact-form/src/controllers/SendController.php",
                62,
                "craft\\contactform\\Mailer->send()",
            ),
            *web_tail[1:],
        ]
    if kind == "memory":
        return []
    if kind == "queue-db":
        return [
            (f"{CR_V}/yiisoft/yii2/db/Command.php", 1320, "yii\\db\\Command->internalExecute()"),
            (f"{CR_V}/craftcms/cms/src/db/Command.php", 73, "yii\\db\\Command->execute()"),
            (f"{CR_V}/craftcms/cms/src/queue/Queue.php", 872, "craft\\db\\Command->execute()"),
            (
                f"{CR_V}/craftcms/cms/src/queue/BaseJob.php",
                119,
                "craft\\queue\\Queue->setProgress()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/queue/Queue.php",
                1010,
                "craft\\queue\\BaseJob->setProgress()",
            ),
            (
                f"{CR_V}/yiisoft/yii2-queue/src/Queue.php",
                253,
                "craft\\queue\\Queue->handleMessage()",
            ),
            (f"{CR_V}/craftcms/cms/src/queue/Queue.php", 236, "yii\\queue\\Queue->handleMessage()"),
            (f"{CR_V}/yiisoft/yii2-queue/src/cli/Command.php", 116, "craft\\queue\\Queue->run()"),
            (f"{CR_ROOT}/craft", 13, "yii\\console\\Application->run()"),
        ]
    if kind == "queue-lock":
        return [
            (f"{CR_V}/yiisoft/yii2/db/Command.php", 1320, "yii\\db\\Command->internalExecute()"),
            (f"{CR_V}/craftcms/cms/src/helpers/Db.php", 1112, "yii\\db\\Command->execute()"),
            (
                f"{CR_V}/craftcms/cms/src/services/Elements.php",
                3514,
                "craft\\helpers\\Db::upsert()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/services/Elements.php",
                1188,
                "craft\\services\\Elements->_saveElementInternal()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/services/Elements.php",
                1617,
                "craft\\services\\Elements->saveElement()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/queue/jobs/ResaveElements.php",
                112,
                "craft\\services\\Elements->resaveElements()",
            ),
            (
                f"{CR_V}/craftcms/cms/src/queue/Queue.php",
                1010,
                "craft\\queue\\jobs\\ResaveElements->execute()",
            ),
            (
                f"{CR_V}/yiisoft/yii2-queue/src/Queue.php",
                253,
                "craft\\queue\\Queue->handleMessage()",
            ),
            (f"{CR_ROOT}/craft", 13, "yii\\console\\Application->run()"),
        ]
    # queue-image
    return [
        (
            f"{CR_V}/pixelandtonic/imagine/src/Imagick/Imagine.php",
            91,
            "Imagine\\Imagick\\Imagine->open()",
        ),
        (f"{CR_V}/craftcms/cms/src/image/Raster.php", 208, "Imagine\\Imagick\\Imagine->open()"),
        (f"{CR_V}/craftcms/cms/src/services/Images.php", 247, "craft\\image\\Raster->loadImage()"),
        (
            f"{CR_V}/craftcms/cms/src/imagetransforms/ImageTransformer.php",
            566,
            "craft\\services\\Images->loadImage()",
        ),
        (
            f"{CR_V}/craftcms/cms/src/imagetransforms/ImageTransformer.php",
            152,
            "craft\\imagetransforms\\ImageTransformer->_generateTransform()",
        ),
        (
            f"{CR_V}/craftcms/cms/src/queue/jobs/GenerateImageTransform.php",
            47,
            "craft\\imagetransforms\\ImageTransformer->getTransformUrl()",
        ),
        (
            f"{CR_V}/craftcms/cms/src/queue/Queue.php",
            1010,
            "craft\\queue\\jobs\\GenerateImageTransform->execute()",
        ),
        (f"{CR_V}/yiisoft/yii2-queue/src/Queue.php", 253, "craft\\queue\\Queue->handleMessage()"),
        (f"{CR_ROOT}/craft", 13, "yii\\console\\Application->run()"),
    ]


def craft(r: random.Random) -> list[Log]:
    """Two web nodes and the queue runner of a town's Craft CMS 5 site (see the docstring)."""
    fs = Files()
    nodes = {
        "app1": [r.randrange(1800, 2600) for _ in range(6)],
        "app2": [r.randrange(1800, 2600) for _ in range(6)],
    }
    db_down = (at(8, 12, 40), at(8, 15, 5))
    redis_down = (at(9, 47, 10), at(9, 51, 30))
    smtp_down = (at(10, 20), at(10, 58))
    filter_broken = (at(7, 5), at(7, 31))
    module_bug = (at(6, 0), at(11, 2))

    def mem(lo: int = 2_400_000, hi: int = 9_800_000) -> int:
        return r.randrange(lo, hi)

    def line(t: datetime, chan: str, level: str, cat: str, msg: str, ctx: dict) -> str:
        c = json.dumps(ctx, separators=(",", ":"), ensure_ascii=False).replace("/", "/")
        return f"{t:%Y-%m-%d %H:%M:%S} [{chan}.{level}] [{cat}] {msg} {c} "

    def web(
        host: str, t: datetime, pid: int, level: str, cat: str, label: str, msg: str, ctx: dict
    ) -> datetime:
        return fs.add(
            f"{host}-web-2024-06-07.log",
            t,
            label,
            lambda x: [line(x, "web", level, cat, msg, ctx)],
            (host, pid),
            SEC,
        )

    def exc(host: str, t: datetime, cat: str, label: str, msg: str, kind: str) -> datetime:
        pid = r.choice(nodes[host])
        trace = php_trace(cr_frames(kind)) if kind != "memory" else []
        ctx: dict = (
            {"trace": trace, "memory": mem()}
            if trace
            else {"memory": mem(130_000_000, 134_000_000)}
        )
        return web(host, t, pid, "ERROR", cat, label, msg, ctx)

    def any_host() -> str:
        return "app1" if r.random() < 0.52 else "app2"

    # bots posting the forms without a CSRF token, all day
    for t in times(r, T0, T_END, 42):
        exc(
            any_host(),
            t,
            "yii\\web\\HttpException:400",
            "Unable to verify your data submission.",
            "Unable to verify your data submission.",
            "csrf",
        )
    # a spam script posting the contact form without its fields
    for t in times(r, at(9, 2), at(9, 26), 20):
        exc(
            any_host(),
            t,
            "yii\\web\\HttpException:400",
            "Request missing required body param",
            "Request missing required body param",
            "param",
        )
    # editors without the permission saving into the News section
    for t in times(r, at(6, 40), at(11, 50), 1500):
        exc(
            any_host(),
            t,
            "yii\\web\\HttpException:403",
            "User is not authorized to perform this action.",
            "User is not authorized to perform this action.",
            "perm",
        )
    # the Typogrify plugin disabled by a deploy at 07:05, re-enabled at 07:31
    for t in times(r, *filter_broken, 14):
        tpl = r.choice(
            [
                "_partials/article-body.twig",
                "_partials/article-body.twig",
                "news/_entry.twig",
                "events/_entry.twig",
            ]
        )
        ln = {"_partials/article-body.twig": 14, "news/_entry.twig": 37, "events/_entry.twig": 52}[
            tpl
        ]
        exc(
            any_host(),
            t,
            "Twig\\Error\\SyntaxError",
            'Unknown "%s" filter in "%s" at line %d.',
            f'Unknown "typogrify" filter in "{tpl}" at line {ln}.',
            "twig",
        )
    # the site module's event card on events without an image or venue
    for t in times(r, *module_bug, 160):
        if r.random() < 0.7:
            key = r.choice(["image", "image", "venue", "ticketUrl"])
            exc(
                any_host(),
                t,
                "yii\\base\\ErrorException:2",
                'Undefined array key "%s"',
                f'Undefined array key "{key}"',
                "php",
            )
        else:
            prop = r.choice(["title", "url"])
            exc(
                any_host(),
                t,
                "yii\\base\\ErrorException:2",
                'Attempt to read property "%s" on null',
                f'Attempt to read property "{prop}" on null',
                "php",
            )
    # the database failover
    for t in times(r, *db_down, 1.3):
        exc(
            any_host(),
            t,
            "yii\\db\\Exception",
            "SQLSTATE[HY000] [2002] Connection refused",
            "SQLSTATE[HY000] [2002] Connection refused",
            "db",
        )
    # Redis (sessions and cache) restarted
    for t in times(r, *redis_down, 3.4):
        host = any_host()
        pid = r.choice(nodes[host])
        t = web(
            host,
            t,
            pid,
            "ERROR",
            "yii\\redis\\Connection",
            "Failed to open DB connection.",
            "Failed to open DB connection.",
            {"memory": mem()},
        )
        web(
            host,
            t,
            pid,
            "ERROR",
            "yii\\db\\Exception",
            "Failed to open DB connection.",
            "Failed to open DB connection.",
            {"trace": php_trace(cr_frames("redis")), "memory": mem()},
        )
    # editors saving the same entry from two tabs
    for t in times(r, at(6, 30), at(11, 40), 2400):
        sql = f"INSERT INTO `elements_sites` (`elementId`, `siteId`, `slug`, `uri`, `enabled`, `dateCreated`, `dateUpdated`, `uid`) VALUES ({r.randrange(20000, 31000)}, 1, 'bridge-works-update', 'news/bridge-works-update', 1, '2024-06-07 {t:%H:%M:%S}', '2024-06-07 {t:%H:%M:%S}', '{uuid4(r)}') ON DUPLICATE KEY UPDATE `slug`=VALUES(`slug`), `uri`=VALUES(`uri`), `enabled`=VALUES(`enabled`), `dateUpdated`=VALUES(`dateUpdated`)"
        exc(
            any_host(),
            t,
            "yii\\db\\Exception",
            "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction\\nThe SQL being executed was: %s",
            f"SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction The SQL being executed was: {sql}",
            "deadlock",
        )
    # the mail relay down: contact form mails fail
    for t in times(r, *smtp_down, 75):
        exc(
            any_host(),
            t,
            "Symfony\\Component\\Mailer\\Exception\\TransportException",
            'Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (%s)',
            'Connection could not be established with host "ssl://smtp.mailrelay.internal:465": stream_socket_client(): Unable to connect to ssl://smtp.mailrelay.internal:465 (Connection timed out)',
            "mail",
        )
    # the sitemap of the whole site rendered on the web node
    for t in times(r, at(6, 0), at(12, 0), 3000):
        exc(
            any_host(),
            t,
            "yii\\base\\ErrorException:1",
            "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
            f"Allowed memory size of 134217728 bytes exhausted (tried to allocate {r.choice([20480, 262144, 4096, 65536])} bytes)",
            "memory",
        )

    # ---- the queue runner on app1: `craft queue/listen --verbose` under systemd
    qfile = "app1-queue-2024-06-07.log"
    qpid = [r.randrange(30000, 33000)]
    job_id = [48211]
    lock_spans = [(at(7, 48), at(7, 59)), (at(10, 5), at(10, 14))]

    def q(
        t: datetime, level: str, cat: str, label: str, msg: str, ctx: dict | None = None
    ) -> datetime:
        c = ctx if ctx is not None else {"memory": mem(1_800_000, 24_000_000)}
        return fs.add(
            qfile, t, label, lambda x: [line(x, "queue", level, cat, msg, c)], ("q", qpid[0]), SEC
        )

    def q_start(t: datetime) -> datetime:
        t = q(
            t,
            "INFO",
            "yii\\db\\Connection::open",
            "Opening DB connection: %s",
            f"Opening DB connection: {CR_DSN}",
            {"memory": mem(800_000, 900_000)},
        )
        t = q(
            t,
            "INFO",
            "nystudio107\\codeeditor\\CodeEditor::bootstrap",
            "CodeEditor module bootstrapped",
            "CodeEditor module bootstrapped",
            {"memory": mem(950_000, 1_050_000)},
        )
        return q(
            t,
            "INFO",
            "nystudio107\\seomatic\\Seomatic::init",
            "SEOmatic plugin loaded",
            "SEOmatic plugin loaded",
            {"memory": mem(1_600_000, 1_750_000)},
        )

    t = q_start(T0 + sec(r.uniform(1, 20)))
    # resaves started by an admin while the reporting export holds its long transaction
    forced = [at(7, 48, 30), at(10, 6, 10), at(10, 7, 5)]
    arrivals = sorted(times(r, T0 + sec(30), T_END, 52) + forced)
    for ta in arrivals:
        desc, lo, hi = CR_JOBS[3][1:] if ta in forced else cr_pick(r)
        ta = max(ta, t)
        n = 1
        if desc.startswith('t9n:["app","Generating image'):
            n = r.randrange(2, 5)
        for _ in range(n):
            job_id[0] += r.randrange(1, 4)
            jid = job_id[0]
            title = f" [{jid}] {desc} (attempt: 1, pid: {qpid[0]})"
            t = q(
                max(ta, t),
                "INFO",
                "craft\\queue\\QueueLogBehavior::beforeExec",
                " [%s] %s (attempt: %s, pid: %s) - Started",
                f"{title} - Started",
            )
            dur = r.uniform(lo, hi)
            if in_any(t, [db_down]) or (
                in_any(t + sec(dur), [db_down]) and not in_any(t, [db_down])
            ):
                dur = r.uniform(0.5, 3)
                sql = f"UPDATE `queue` SET `progress`={r.randrange(1, 60)}, `progressLabel`=NULL WHERE `id`={jid}"
                msg = f"SQLSTATE[HY000]: General error: 2006 MySQL server has gone away The SQL being executed was: {sql}"
                tf = "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away\\nThe SQL being executed was: %s"
                t = q(
                    t + sec(dur),
                    "ERROR",
                    "craft\\queue\\QueueLogBehavior::afterError",
                    " [%s] %s (attempt: %s, pid: %s) - Error (time: %s): " + tf,
                    f"{title} - Error (time: {dur:.3f}s): {msg}",
                )
                t = q(
                    t,
                    "ERROR",
                    "yii\\db\\Exception",
                    tf,
                    msg,
                    {"trace": php_trace(cr_frames("queue-db")), "memory": mem()},
                )
                # the process exits; systemd starts it again when the database is back
                qpid[0] = r.randrange(30000, 33000)
                t = q_start(max(t + sec(5), db_down[1] + sec(r.uniform(4, 9))))
                continue
            if desc.startswith('t9n:["app","Resaving') and in_any(t, lock_spans):
                dur = r.uniform(50, 51.5)
                sql = f"UPDATE `elements` SET `dateUpdated`='2024-06-07 {t:%H:%M:%S}' WHERE `id`={r.randrange(20000, 31000)}"
                msg = f"SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction The SQL being executed was: {sql}"
                tf = "SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction\\nThe SQL being executed was: %s"
                t = q(
                    t + sec(dur),
                    "ERROR",
                    "craft\\queue\\QueueLogBehavior::afterError",
                    " [%s] %s (attempt: %s, pid: %s) - Error (time: %s): " + tf,
                    f"{title} - Error (time: {dur:.3f}s): {msg}",
                )
                t = q(
                    t,
                    "ERROR",
                    "yii\\db\\Exception",
                    tf,
                    msg,
                    {"trace": php_trace(cr_frames("queue-lock")), "memory": mem()},
                )
                continue
            if desc.startswith('t9n:["app","Generating image') and r.random() < 0.035:
                dur = r.uniform(0.05, 0.4)
                path = f"{CR_ROOT}/web/{r.choice(CR_ASSETS)}"
                t = q(
                    t + sec(dur),
                    "ERROR",
                    "craft\\queue\\QueueLogBehavior::afterError",
                    " [%s] %s (attempt: %s, pid: %s) - Error (time: %s): Unable to open image %s",
                    f"{title} - Error (time: {dur:.3f}s): Unable to open image {path}",
                )
                t = q(
                    t,
                    "ERROR",
                    "Imagine\\Exception\\RuntimeException",
                    "Unable to open image %s",
                    f"Unable to open image {path}",
                    {"trace": php_trace(cr_frames("queue-image")), "memory": mem()},
                )
                continue
            t = q(
                t + sec(dur),
                "INFO",
                "craft\\queue\\QueueLogBehavior::afterExec",
                " [%s] %s (attempt: %s, pid: %s) - Done (time: %s)",
                f"{title} - Done (time: {dur:.3f}s)",
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- grav

GR_ROOTS = {"www": "/var/www/grav-www", "docs": "/var/www/grav-docs"}


def gr_frames(root: str, kind: str, r: random.Random, msg: str = "") -> list[tuple[str, int, str]]:
    v = f"{root}/vendor"
    s = f"{root}/system/src/Grav"
    tail = [
        (
            f"{s}/Common/Processors/TwigProcessor.php",
            53,
            "Grav\\Common\\Service\\OutputServiceProvider->Grav\\Common\\Service\\{closure}(Object(Grav\\Common\\Grav))",
        ),
        (
            f"{v}/pimple/pimple/src/Pimple/Container.php",
            118,
            "Grav\\Common\\Processors\\TwigProcessor->process(Object(Nyholm\\Psr7\\ServerRequest), Object(Grav\\Framework\\RequestHandler\\RequestHandler))",
        ),
        (
            f"{s}/Framework/RequestHandler/RequestHandler.php",
            75,
            "Grav\\Common\\Processors\\TwigProcessor->process(Object(Nyholm\\Psr7\\ServerRequest), Object(Grav\\Framework\\RequestHandler\\RequestHandler))",
        ),
        (
            f"{s}/Framework/RequestHandler/Traits/RequestHandlerTrait.php",
            42,
            "Grav\\Framework\\RequestHandler\\RequestHandler->handle(Object(Nyholm\\Psr7\\ServerRequest))",
        ),
        (
            f"{s}/Common/Grav.php",
            308,
            "Grav\\Framework\\RequestHandler\\RequestHandler->handle(Object(Nyholm\\Psr7\\ServerRequest))",
        ),
        (f"{root}/index.php", 50, "Grav\\Common\\Grav->process()"),
    ]
    twig_render = [
        (
            f"{v}/twig/twig/src/Template.php",
            453,
            "__TwigTemplate_" + hexid(r, 64)[:40] + "->doDisplay(Array, Array)",
        ),
        (
            f"{v}/twig/twig/src/Template.php",
            420,
            "Twig\\Template->displayWithErrorHandling(Array, Array)",
        ),
        (f"{v}/twig/twig/src/Template.php", 432, "Twig\\Template->display(Array)"),
        (f"{v}/twig/twig/src/TemplateWrapper.php", 47, "Twig\\Template->render(Array, Array)"),
        (f"{s}/Common/Twig/Twig.php", 435, "Twig\\TemplateWrapper->render(Array)"),
        (
            f"{s}/Common/Service/OutputServiceProvider.php",
            33,
            "Grav\\Common\\Twig\\Twig->processSite('html')",
        ),
    ]
    if kind == "php":
        plugin = r.choice(["eventlist", "eventlist", "teaser-cards"])
        line = {"eventlist": [171, 184, 203], "teaser-cards": [84, 97, 97]}[plugin][len(msg) % 3]
        return [
            (
                f"{root}/user/plugins/{plugin}/{plugin}.php",
                line,
                f"Whoops\\Run->handleError(2, {php_trunc(msg)}, {php_trunc(root + '/user/plugins')}, {line})",
            ),
            (
                f"{v}/symfony/event-dispatcher/EventDispatcher.php",
                264,
                f"Grav\\Plugin\\{plugin.title().replace('-', '')}Plugin->onTwigSiteVariables(Object(RocketTheme\\Toolbox\\Event\\Event), 'onTwigSiteVaria...', Object(Symfony\\Component\\EventDispatcher\\EventDispatcher))",
            ),
            (
                f"{v}/symfony/event-dispatcher/EventDispatcher.php",
                239,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}(Object(RocketTheme\\Toolbox\\Event\\Event), 'onTwigSiteVaria...', Object(Symfony\\Component\\EventDispatcher\\EventDispatcher))",
            ),
            (
                f"{v}/symfony/event-dispatcher/EventDispatcher.php",
                73,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners(Array, 'onTwigSiteVaria...', Object(RocketTheme\\Toolbox\\Event\\Event))",
            ),
            (
                f"{s}/Common/Grav.php",
                435,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch(Object(RocketTheme\\Toolbox\\Event\\Event), 'onTwigSiteVaria...')",
            ),
            (
                f"{s}/Common/Twig/Twig.php",
                412,
                "Grav\\Common\\Grav->fireEvent('onTwigSiteVaria...')",
            ),
            (
                f"{s}/Common/Service/OutputServiceProvider.php",
                33,
                "Grav\\Common\\Twig\\Twig->processSite('html')",
            ),
            *tail,
        ]
    if kind == "loader":
        return [
            (
                f"{v}/twig/twig/src/Loader/FilesystemLoader.php",
                150,
                "Twig\\Loader\\FilesystemLoader->findTemplate('partials/blog-...')",
            ),
            (
                f"{v}/twig/twig/src/Loader/ChainLoader.php",
                98,
                "Twig\\Loader\\FilesystemLoader->getCacheKey('partials/blog-...')",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                261,
                "Twig\\Loader\\ChainLoader->getCacheKey('partials/blog-...')",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                345,
                "Twig\\Environment->getTemplateClass('partials/blog-...')",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                318,
                "Twig\\Environment->loadTemplate('partials/blog-...')",
            ),
            *twig_render,
            *tail,
        ]
    if kind == "twig-wrap":
        return [*twig_render, *tail]
    if kind == "syntax":
        return [
            (
                f"{v}/twig/twig/src/ExpressionParser.php",
                785,
                "Twig\\ExpressionParser->getFilterNodeClass('markdown_bloc...', 34)",
            ),
            (
                f"{v}/twig/twig/src/ExpressionParser.php",
                598,
                "Twig\\ExpressionParser->parseFilterExpressionRaw(Object(Twig\\Node\\Expression\\GetAttrExpression))",
            ),
            (f"{v}/twig/twig/src/Parser.php", 172, "Twig\\ExpressionParser->parseExpression()"),
            (
                f"{v}/twig/twig/src/Environment.php",
                497,
                "Twig\\Parser->parse(Object(Twig\\TokenStream))",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                529,
                "Twig\\Environment->parse(Object(Twig\\TokenStream))",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                361,
                "Twig\\Environment->compileSource(Object(Twig\\Source))",
            ),
            *twig_render,
            *tail,
        ]
    if kind == "yaml":
        return [
            (
                f"{s}/Framework/File/Formatter/YamlFormatter.php",
                118,
                "Grav\\Framework\\File\\Formatter\\YamlFormatter->decode('title: Sommerf...')",
            ),
            (
                f"{v}/rockettheme/toolbox/File/src/YamlFile.php",
                60,
                "Grav\\Framework\\File\\Formatter\\YamlFormatter->decode('title: Sommerf...')",
            ),
            (
                f"{v}/rockettheme/toolbox/File/src/File.php",
                275,
                "RocketTheme\\Toolbox\\File\\YamlFile->decode('title: Sommerf...')",
            ),
            (
                f"{s}/Common/Config/CompiledConfig.php",
                80,
                "RocketTheme\\Toolbox\\File\\File->content()",
            ),
            (
                f"{s}/Common/Config/CompiledBase.php",
                243,
                "Grav\\Common\\Config\\CompiledConfig->loadFile('site', '/var/www/grav-...')",
            ),
            (f"{s}/Common/Config/Setup.php", 311, "Grav\\Common\\Config\\CompiledBase->load()"),
            (
                f"{s}/Common/Processors/ConfigurationProcessor.php",
                43,
                "Grav\\Common\\Config\\Setup->init()",
            ),
            (
                f"{s}/Framework/RequestHandler/RequestHandler.php",
                75,
                "Grav\\Common\\Processors\\ConfigurationProcessor->process(Object(Nyholm\\Psr7\\ServerRequest), Object(Grav\\Framework\\RequestHandler\\RequestHandler))",
            ),
            (
                f"{s}/Common/Grav.php",
                308,
                "Grav\\Framework\\RequestHandler\\RequestHandler->handle(Object(Nyholm\\Psr7\\ServerRequest))",
            ),
            (f"{root}/index.php", 50, "Grav\\Common\\Grav->process()"),
        ]
    if kind == "cache":
        return [
            (
                f"{v}/twig/twig/src/Cache/FilesystemCache.php",
                52,
                "Twig\\Cache\\FilesystemCache->write('/var/www/grav-...', '<?php\\n\\nuse Twig\\\\...')",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                362,
                "Twig\\Cache\\FilesystemCache->write('/var/www/grav-...', '<?php\\n\\nuse Twig\\\\...')",
            ),
            (
                f"{v}/twig/twig/src/Environment.php",
                318,
                "Twig\\Environment->loadTemplate('default.html.tw...')",
            ),
            *twig_render[1:],
            *tail,
        ]
    if kind == "require":
        return [
            (f"{s}/Common/Plugins.php", 327, "require_once()"),
            (f"{s}/Common/Plugins.php", 75, "Grav\\Common\\Plugins::loadPlugin('shortcode-ui')"),
            (f"{s}/Common/Processors/PluginsProcessor.php", 38, "Grav\\Common\\Plugins->setup()"),
            (
                f"{s}/Framework/RequestHandler/RequestHandler.php",
                75,
                "Grav\\Common\\Processors\\PluginsProcessor->process(Object(Nyholm\\Psr7\\ServerRequest), Object(Grav\\Framework\\RequestHandler\\RequestHandler))",
            ),
            (
                f"{s}/Common/Grav.php",
                308,
                "Grav\\Framework\\RequestHandler\\RequestHandler->handle(Object(Nyholm\\Psr7\\ServerRequest))",
            ),
            (f"{root}/index.php", 50, "Grav\\Common\\Grav->process()"),
        ]
    if kind == "class":
        return [
            (
                f"{root}/user/plugins/shortcode-ui/shortcode-ui.php",
                41,
                "Grav\\Plugin\\ShortcodeUiPlugin->onShortcodeHandlers(Object(RocketTheme\\Toolbox\\Event\\Event), 'onShortcodeHand...', Object(Symfony\\Component\\EventDispatcher\\EventDispatcher))",
            ),
            (
                f"{v}/symfony/event-dispatcher/EventDispatcher.php",
                264,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}(Object(RocketTheme\\Toolbox\\Event\\Event), 'onShortcodeHand...', Object(Symfony\\Component\\EventDispatcher\\EventDispatcher))",
            ),
            (
                f"{v}/symfony/event-dispatcher/EventDispatcher.php",
                73,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners(Array, 'onShortcodeHand...', Object(RocketTheme\\Toolbox\\Event\\Event))",
            ),
            (
                f"{s}/Common/Grav.php",
                435,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch(Object(RocketTheme\\Toolbox\\Event\\Event), 'onShortcodeHand...')",
            ),
            (
                f"{root}/user/plugins/shortcode-core/shortcode-core.php",
                233,
                "Grav\\Common\\Grav->fireEvent('onShortcodeHand...')",
            ),
            (
                f"{s}/Common/Page/Page.php",
                1075,
                "Grav\\Plugin\\ShortcodeCorePlugin->onPageContentRaw(Object(RocketTheme\\Toolbox\\Event\\Event))",
            ),
            *tail[:2],
            *tail[4:],
        ]
    if kind == "type":
        return [
            (f"{s}/Common/Page/Pages.php", 1052, "Grav\\Common\\Page\\Pages->find(NULL)"),
            (
                f"{root}/user/themes/learn2-custom/learn2-custom.php",
                88,
                "Grav\\Common\\Page\\Pages->find(NULL)",
            ),
            (
                f"{v}/symfony/event-dispatcher/EventDispatcher.php",
                264,
                "Grav\\Theme\\Learn2Custom->onTwigSiteVariables(Object(RocketTheme\\Toolbox\\Event\\Event), 'onTwigSiteVaria...', Object(Symfony\\Component\\EventDispatcher\\EventDispatcher))",
            ),
            (
                f"{s}/Common/Grav.php",
                435,
                "Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch(Object(RocketTheme\\Toolbox\\Event\\Event), 'onTwigSiteVaria...')",
            ),
            (
                f"{s}/Common/Twig/Twig.php",
                412,
                "Grav\\Common\\Grav->fireEvent('onTwigSiteVaria...')",
            ),
            (
                f"{s}/Common/Service/OutputServiceProvider.php",
                33,
                "Grav\\Common\\Twig\\Twig->processSite('html')",
            ),
            *tail,
        ]
    if kind == "flex":
        return [
            (
                f"{s}/Framework/Flex/FlexIndex.php",
                612,
                "Grav\\Common\\Flex\\Types\\Pages\\PageIndex->getLevelListing(Array)",
            ),
            (
                f"{s}/Framework/Flex/FlexIndex.php",
                477,
                "Grav\\Framework\\Flex\\FlexIndex->orderBy(Array)",
            ),
            (
                f"{s}/Common/Flex/Types/Pages/PageIndex.php",
                395,
                "Grav\\Framework\\Flex\\FlexIndex->call('getLevelListi...', Array)",
            ),
            (
                f"{s}/Common/Page/Pages.php",
                1651,
                "Grav\\Common\\Flex\\Types\\Pages\\PageIndex->getLevelListing(Array)",
            ),
            (
                f"{s}/Common/Page/Pages.php",
                1173,
                "Grav\\Common\\Page\\Pages->buildFlexPages(Object(Grav\\Common\\Flex\\Types\\Pages\\PageCollection), 'en')",
            ),
            (f"{s}/Common/Processors/PagesProcessor.php", 45, "Grav\\Common\\Page\\Pages->init()"),
            (
                f"{s}/Framework/RequestHandler/RequestHandler.php",
                75,
                "Grav\\Common\\Processors\\PagesProcessor->process(Object(Nyholm\\Psr7\\ServerRequest), Object(Grav\\Framework\\RequestHandler\\RequestHandler))",
            ),
            (
                f"{s}/Common/Grav.php",
                308,
                "Grav\\Framework\\RequestHandler\\RequestHandler->handle(Object(Nyholm\\Psr7\\ServerRequest))",
            ),
            (f"{root}/index.php", 50, "Grav\\Common\\Grav->process()"),
        ]
    # gpm: the admin's update check
    return [
        (
            f"{s}/Common/HTTP/Response.php",
            70,
            "Symfony\\Component\\HttpClient\\Response\\CurlResponse->getContent()",
        ),
        (
            f"{s}/Common/GPM/Remote/AbstractPackageCollection.php",
            89,
            "Grav\\Common\\HTTP\\Response::get('https://getgrav...', Array, NULL)",
        ),
        (
            f"{s}/Common/GPM/Remote/GravCore.php",
            48,
            "Grav\\Common\\GPM\\Remote\\AbstractPackageCollection->fetch(false)",
        ),
        (f"{s}/Common/GPM/GPM.php", 88, "Grav\\Common\\GPM\\Remote\\GravCore->__construct(false)"),
        (
            f"{root}/user/plugins/admin/classes/plugin/Admin.php",
            1188,
            "Grav\\Common\\GPM\\GPM->__construct(false)",
        ),
        (
            f"{root}/user/plugins/admin/classes/plugin/AdminController.php",
            641,
            "Grav\\Plugin\\Admin\\Admin->gpm()",
        ),
        (
            f"{root}/user/plugins/admin/classes/plugin/AdminBaseController.php",
            103,
            "Grav\\Plugin\\Admin\\AdminController->taskGetUpdates()",
        ),
        (
            f"{root}/user/plugins/admin/admin.php",
            654,
            "Grav\\Plugin\\Admin\\AdminBaseController->execute()",
        ),
        *tail[1:],
    ]


def grav(r: random.Random) -> list[Log]:
    """Two Grav 1.7 sites' logs/grav.log (see the docstring)."""
    fs = Files()
    pids = {site: [r.randrange(700, 1400) for _ in range(5)] for site in GR_ROOTS}

    def crit(site: str, t: datetime, label: str, msg: str, kind: str) -> datetime:
        root = GR_ROOTS[site]
        trace = php_trace(gr_frames(root, kind, r, msg))
        pid = r.choice(pids[site])

        def text(x: datetime) -> list[str]:
            lines = [f"[{x:%Y-%m-%d %H:%M:%S}] grav.CRITICAL: {msg} - Trace:", *trace]
            lines[-1] += " [] []"
            return lines

        return fs.add(f"{site}-grav.log", t, label + " - Trace: %s", text, (site, pid), SEC)

    # www: the events plugin reads keys events without a date or place lack (PHP 8.2), all day
    for t in times(r, T0, T_END, 46):
        x = r.random()
        if x < 0.62:
            key = r.choice(["date", "date", "location", "end"])
            crit("www", t, 'Undefined array key "%s"', f'Undefined array key "{key}"', "php")
        elif x < 0.83:
            typ = r.choice(["null", "null", "bool"])
            crit(
                "www",
                t,
                "Trying to access array offset on value of type %s",
                f"Trying to access array offset on value of type {typ}",
                "php",
            )
        else:
            crit(
                "www",
                t,
                'Attempt to read property "%s" on null',
                f'Attempt to read property "{r.choice(["header", "route"])}" on null',
                "php",
            )
    # www: the theme updated at 07:10 lost a partial its child theme includes; fixed 07:52
    for t in times(r, at(7, 10, 30), at(7, 52), 10):
        tpl = r.choice(
            [
                "partials/blog-item.html.twig",
                "partials/blog-item.html.twig",
                "partials/sidebar-events.html.twig",
            ]
        )
        crit(
            "www",
            t,
            'Unable to find template "%s" (looked into: %s).',
            f'Unable to find template "{tpl}" (looked into: {GR_ROOTS["www"]}/user/themes/quark-stadt/templates, {GR_ROOTS["www"]}/user/themes/quark/templates, {GR_ROOTS["www"]}/user/plugins/form/templates, {GR_ROOTS["www"]}/user/plugins/login/templates).',
            "loader",
        )
    # www: the markdown-notices plugin disabled at 09:05 while a template uses its filter
    for t in times(r, at(9, 5), at(9, 20), 9):
        crit(
            "www",
            t,
            'Unknown "%s" filter in "%s" at line %d.',
            f'Unknown "markdown_block" filter in "modular/notice-box.html.twig" at line {r.choice([12, 12, 27])}.',
            "syntax",
        )
    # www: a PHP error inside a template: Twig wraps it
    for t in times(r, T0, T_END, 900):
        crit(
            "www",
            t,
            'An exception has been thrown during the rendering of a template ("Undefined array key "%s"") in "%s" at line %d.',
            f'An exception has been thrown during the rendering of a template ("Undefined array key "{r.choice(["src", "alt"])}"") in "partials/hero.html.twig" at line 8.',
            "twig-wrap",
        )
    # www: a deploy as root left cache/twig unwritable 10:31-10:44
    for t in times(r, at(10, 31), at(10, 44), 6):
        if r.random() < 0.7:
            key = hexid(r, 64)
            crit(
                "www",
                t,
                'Failed to write cache file "%s".',
                f'Failed to write cache file "{GR_ROOTS["www"]}/cache/twig/{key[:2]}/{key}.php".',
                "cache",
            )
        else:
            crit(
                "www",
                t,
                "Unable to create the cache directory (%s).",
                f"Unable to create the cache directory ({GR_ROOTS['www']}/cache/twig/{hexid(r, 2)}).",
                "cache",
            )
    # www: the admin's update check while the network blocked getgrav.org
    for t in times(r, at(8, 0), at(11, 30), 1500):
        crit(
            "www",
            t,
            'Failed to connect to %s port %d after %d ms: %s for "%s".',
            f'Failed to connect to getgrav.org port 443 after {r.randrange(129000, 131000)} ms: Connection timed out for "https://getgrav.org/downloads/grav.json".',
            "gpm",
        )
    # docs: site.yaml broken by an edit 06:40-06:52
    for t in times(r, at(6, 40, 5), at(6, 52, 40), 8):
        crit(
            "docs",
            t,
            'Decoding YAML failed: A colon cannot be used in an unquoted mapping value at line %d (near "%s").',
            'Decoding YAML failed: A colon cannot be used in an unquoted mapping value at line 4 (near "title: Handbuch: Fachverfahren").',
            "yaml",
        )
    # docs: shortcode-ui updated halfway 08:20-08:58
    for t in times(r, at(8, 20, 10), at(8, 58), 9):
        if r.random() < 0.55:
            crit(
                "docs",
                t,
                'Class "%s" not found',
                f'Class "Grav\\Plugin\\ShortcodeUi\\{r.choice(["TabsShortcode", "TabsShortcode", "UIImageCompareShortcode"])}" not found',
                "class",
            )
        else:
            crit(
                "docs",
                t,
                "Failed opening required '%s' (include_path='%s')",
                f"Failed opening required '{GR_ROOTS['docs']}/user/plugins/shortcode-ui/vendor/autoload.php' (include_path='.:/usr/share/php')",
                "require",
            )
    # docs: the custom theme's menu on pages without a parent route, all day
    for t in times(r, T0, T_END, 95):
        crit(
            "docs",
            t,
            "%s(): Argument #%d ($%s) must be of type %s, %s given, called in %s on line %d",
            f"Grav\\Common\\Page\\Pages::find(): Argument #1 ($route) must be of type string, null given, called in {GR_ROOTS['docs']}/user/themes/learn2-custom/learn2-custom.php on line 88",
            "type",
        )
    # docs: a big folder imported at 10:00 breaks the page index until 10:26
    for t in times(r, at(10, 0, 20), at(10, 26), 10):
        if r.random() < 0.8:
            crit(
                "docs",
                t,
                "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
                f"Allowed memory size of 268435456 bytes exhausted (tried to allocate {r.choice([4096, 20480, 65536, 2097160])} bytes)",
                "flex",
            )
        else:
            crit(
                "docs",
                t,
                "Maximum execution time of %d seconds exceeded",
                "Maximum execution time of 30 seconds exceeded",
                "flex",
            )
    # docs: the search plugin calls a method on a missing page
    for t in times(r, T0, T_END, 700):
        crit(
            "docs",
            t,
            "Call to a member function %s() on null",
            f"Call to a member function {r.choice(['route', 'url', 'route'])}() on null",
            "twig-wrap",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- decidim

DC_HOST = "https://participa.stadt-example.de"
DC_SLUGS = ["buergerhaushalt-2024", "radverkehr", "klimaplan"]
DC_PROCESS = {
    "buergerhaushalt-2024": (12, 14, 15),
    "radverkehr": (21, 0, 23),
    "klimaplan": (31, 0, 33),
}
DC_GEMS = "/home/decidim/.rbenv/versions/3.0.6/lib/ruby/gems/3.0.0/gems"
DC_APP = "/home/decidim/decidim-app"
DC_DB = "10.20.0.15"


def dc_args_gid(r: random.Random, model: str, ident: int) -> str:
    return f"#<GlobalID:0x0000{hexid(r, 12)} @uri=#<URI::GID gid://decidim-app/{model}/{ident}>>"


def decidim(r: random.Random) -> list[Log]:
    """Two Puma hosts and the Sidekiq host of a city's Decidim 0.27 (see the docstring)."""
    fs = Files()
    web_pids = {
        "web1": [r.randrange(40000, 42000) for _ in range(3)],
        "web2": [r.randrange(40000, 42000) for _ in range(3)],
    }
    sk_pid = r.randrange(52000, 53000)
    sk_tids = [alnum_lower(r, 4) for _ in range(5)]
    db_down = (at(8, 41, 20), at(8, 43, 5))
    smtp_slow = (at(9, 5), at(9, 52))
    vote_surge = (at(10, 0), at(12, 0))

    def stamp(x: datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}"

    def rl(
        f: str,
        t: datetime,
        sev: str,
        pid: int,
        tags: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            lines = f"{sev[0]}, [{stamp(x)} #{pid}] {sev:>5} -- : {tags}{msg}".split("\n")
            for m in more or []:
                lines += m.split("\n")
            return lines

        return fs.add(f, t, label, text, (f, pid), US)

    def fatal(
        f: str, t: datetime, pid: int, rid: str, label: str, head: str, trace: list[str]
    ) -> datetime:
        parts = [f"[{rid}] {p}" for p in [head, "  ", *trace]]
        body = "\n".join(parts).split("\n")
        return rl(f, t, "FATAL", pid, f"[{rid}] ", label, "  ", body)

    def ms(lo: float, hi: float) -> float:
        return r.uniform(lo, hi)

    def params_text(p: dict) -> str:
        def v(x: object) -> str:
            if isinstance(x, dict):
                return "{" + ", ".join(f'"{a}"=>{v(b)}' for a, b in x.items()) + "}"
            return f'"{x}"'

        return v(p)

    def request(host: str, t: datetime) -> None:
        f = f"{host}-production.log"
        pid = r.choice(web_pids[host])
        rid = uuid4(r)
        tag = f"[{rid}] "
        ip = f"{r.choice(['93.184', '91.64', '178.12', '84.150', '217.86'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        slug = (
            r.choice(DC_SLUGS)
            if not in_any(t, [vote_surge]) or r.random() < 0.4
            else "buergerhaushalt-2024"
        )
        pcid, bcid, mcid = DC_PROCESS[slug]
        x = r.random()
        surge = in_any(t, [vote_surge]) and slug == "buergerhaushalt-2024" and bcid
        if surge and x < 0.45:
            kind = r.choice(["projects", "projects", "line_item", "line_item", "checkout"])
        elif x < 0.04:
            kind = "scanner"
        elif x < 0.16:
            kind = "home"
        elif x < 0.26:
            kind = "process"
        elif x < 0.48:
            kind = "proposals"
        elif x < 0.66:
            kind = "proposal"
        elif x < 0.72:
            kind = "comment"
        elif x < 0.77:
            kind = "vote"
        elif x < 0.83 and mcid:
            kind = "meetings"
        elif x < 0.88:
            kind = "sign_in"
        elif x < 0.93:
            kind = "notifications"
        elif x < 0.97:
            kind = "search"
        else:
            kind = "page"
        base = f"/processes/{slug}"
        routes = {
            "home": (
                "GET",
                "/",
                "Decidim::HomepageController#show",
                "HTML",
                {},
                "decidim/homepage/show.html.erb",
            ),
            "process": (
                "GET",
                base,
                "Decidim::ParticipatoryProcesses::ParticipatoryProcessesController#show",
                "HTML",
                {"slug": slug},
                "decidim/participatory_processes/participatory_processes/show.html.erb",
            ),
            "proposals": (
                "GET",
                f"{base}/f/{pcid}/proposals",
                "Decidim::Proposals::ProposalsController#index",
                "HTML",
                {"participatory_process_slug": slug, "component_id": str(pcid)},
                "decidim/proposals/proposals/index.html.erb",
            ),
            "proposal": (
                "GET",
                "",
                "Decidim::Proposals::ProposalsController#show",
                "HTML",
                {},
                "decidim/proposals/proposals/show.html.erb",
            ),
            "comment": (
                "POST",
                "/comments",
                "Decidim::Comments::CommentsController#create",
                "JS",
                {},
                "decidim/comments/comments/create.js.erb",
            ),
            "vote": (
                "POST",
                "",
                "Decidim::Proposals::ProposalVotesController#create",
                "JS",
                {},
                "decidim/proposals/proposal_votes/update_buttons_and_counters.js.erb",
            ),
            "meetings": (
                "GET",
                f"{base}/f/{mcid}/meetings",
                "Decidim::Meetings::MeetingsController#index",
                "HTML",
                {"participatory_process_slug": slug, "component_id": str(mcid)},
                "decidim/meetings/meetings/index.html.erb",
            ),
            "sign_in": (
                "POST",
                "/users/sign_in",
                "Decidim::Devise::SessionsController#create",
                "HTML",
                {},
                "",
            ),
            "notifications": (
                "GET",
                "/notifications",
                "Decidim::NotificationsController#index",
                "HTML",
                {},
                "decidim/notifications/index.html.erb",
            ),
            "search": (
                "GET",
                "",
                "Decidim::SearchesController#index",
                "HTML",
                {},
                "decidim/searches/index.html.erb",
            ),
            "page": (
                "GET",
                "/pages/terms-and-conditions",
                "Decidim::PagesController#show",
                "HTML",
                {"id": "terms-and-conditions"},
                "decidim/pages/decidim_page.html.erb",
            ),
            "projects": (
                "GET",
                f"{base}/f/{bcid}/budgets/4/projects",
                "Decidim::Budgets::ProjectsController#index",
                "HTML",
                {"participatory_process_slug": slug, "component_id": str(bcid), "budget_id": "4"},
                "decidim/budgets/projects/index.html.erb",
            ),
            "line_item": (
                "POST",
                f"{base}/f/{bcid}/budgets/4/order/line_item",
                "Decidim::Budgets::LineItemsController#create",
                "JS",
                {},
                "decidim/budgets/line_items/update_budget.js.erb",
            ),
            "checkout": (
                "POST",
                f"{base}/f/{bcid}/budgets/4/order/checkout",
                "Decidim::Budgets::OrdersController#checkout",
                "HTML",
                {},
                "",
            ),
        }
        t0 = t
        if kind == "scanner":
            path = r.choice(
                [
                    "/wp-login.php",
                    "/.env",
                    "/xmlrpc.php",
                    "/admin/config.php",
                    "/.git/config",
                    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
                ]
            )
            method = "POST" if path == "/xmlrpc.php" else "GET"
            t = rl(
                f,
                t,
                "INFO",
                pid,
                tag,
                'Started %s "%s" for %s at %s',
                f'Started {method} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
            )
            fatal(
                f,
                t + sec(ms(0.001, 0.004)),
                pid,
                rid,
                '%s (No route matches [%s] "%s"):',
                f'ActionController::RoutingError (No route matches [{method}] "{path}"):',
                [
                    "actionpack (6.1.7.6) lib/action_dispatch/middleware/debug_exceptions.rb:33:in `call'",
                    "actionpack (6.1.7.6) lib/action_dispatch/middleware/show_exceptions.rb:33:in `call'",
                    "railties (6.1.7.6) lib/rails/rack/logger.rb:37:in `call_app'",
                    "railties (6.1.7.6) lib/rails/rack/logger.rb:26:in `block in call'",
                    "activesupport (6.1.7.6) lib/active_support/tagged_logging.rb:99:in `block in tagged'",
                    "railties (6.1.7.6) lib/rails/rack/logger.rb:26:in `call'",
                    "actionpack (6.1.7.6) lib/action_dispatch/middleware/request_id.rb:26:in `call'",
                    "rack (2.2.8.1) lib/rack/method_override.rb:24:in `call'",
                    "puma (6.4.2) lib/puma/request.rb:99:in `block in handle_request'",
                ],
            )
            return
        method, path, action, fmt, params, view = routes[kind]
        if kind == "proposal":
            pid_n = r.randrange(2100, 2900)
            path = f"{base}/f/{pcid}/proposals/{pid_n}"
            params = {
                "participatory_process_slug": slug,
                "component_id": str(pcid),
                "id": str(pid_n),
            }
        elif kind == "vote":
            pid_n = r.randrange(2100, 2900)
            path = f"{base}/f/{pcid}/proposals/{pid_n}/proposal_vote"
            params = {
                "authenticity_token": "[FILTERED]",
                "participatory_process_slug": slug,
                "component_id": str(pcid),
                "proposal_id": str(pid_n),
            }
        elif kind == "comment":
            params = {
                "authenticity_token": "[FILTERED]",
                "comment": {
                    "body": r.choice(
                        [
                            "Sehr gute Idee!",
                            "Das sehe ich anders, die Kosten sind zu hoch.",
                            "Wie sieht es mit der Barrierefreiheit aus?",
                            "Unterstütze ich.",
                        ]
                    ),
                    "alignment": r.choice(["0", "1", "-1"]),
                    "user_group_id": "",
                    "commentable_gid": f"Z2lkOi8vZGVjaWRpbS1hcHAvRGVjaWRpbTo6UHJvcG9zYWxzOjpQcm9wb3NhbC8y{alnum_lower(r, 6)}",
                },
            }
        elif kind == "sign_in":
            params = {
                "authenticity_token": "[FILTERED]",
                "user": {
                    "email": f"{r.choice(['anna', 'k.weber', 'thomas.m', 'info', 'jonas84', 'petra.s'])}@{r.choice(['web.de', 'gmx.de', 'posteo.de', 'gmail.com'])}",
                    "password": "[FILTERED]",
                    "remember_me": "0",
                },
            }
        elif kind == "search":
            term = r.choice(["radweg", "spielplatz", "Bäume", "Schule", "Parkplätze"])
            path = f"/search?term={term}"
            params = {"term": term}
        elif kind == "line_item":
            params = {
                "authenticity_token": "[FILTERED]",
                "project_id": str(r.randrange(300, 340)),
                "participatory_process_slug": slug,
                "component_id": str(bcid),
                "budget_id": "4",
            }
        elif kind == "checkout":
            params = {
                "authenticity_token": "[FILTERED]",
                "participatory_process_slug": slug,
                "component_id": str(bcid),
                "budget_id": "4",
            }
        if kind == "projects" and r.random() < 0.5:
            path += "?order=random"
            params = {"order": "random", **params}
        t = rl(
            f,
            t,
            "INFO",
            pid,
            tag,
            'Started %s "%s" for %s at %s',
            f'Started {method} "{path}" for {ip} at {t0:%Y-%m-%d %H:%M:%S} +0000',
        )
        if in_any(t, [db_down]):
            fatal(
                f,
                t + sec(ms(0.05, 0.3)),
                pid,
                rid,
                '%s (connection to server at "%s", port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n):',
                f'ActiveRecord::ConnectionNotEstablished (connection to server at "{DC_DB}", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n):',
                [
                    "activerecord (6.1.7.6) lib/active_record/connection_adapters/postgresql_adapter.rb:83:in `rescue in new_client'",
                    "activerecord (6.1.7.6) lib/active_record/connection_adapters/postgresql_adapter.rb:77:in `new_client'",
                    "activerecord (6.1.7.6) lib/active_record/connection_adapters/postgresql_adapter.rb:37:in `postgresql_connection'",
                    "activerecord (6.1.7.6) lib/active_record/connection_adapters/abstract/connection_pool.rb:882:in `new_connection'",
                    "activerecord (6.1.7.6) lib/active_record/connection_adapters/abstract/connection_pool.rb:926:in `checkout_new_connection'",
                    "decidim-core (0.27.5) lib/decidim/middleware/current_organization.rb:32:in `detect_current_organization'",
                    "decidim-core (0.27.5) lib/decidim/middleware/current_organization.rb:19:in `call'",
                    "rack-attack (6.7.0) lib/rack/attack.rb:127:in `call'",
                    "railties (6.1.7.6) lib/rails/rack/logger.rb:37:in `call_app'",
                    "puma (6.4.2) lib/puma/request.rb:99:in `block in handle_request'",
                ],
            )
            return
        t = rl(
            f,
            t + sec(ms(0.002, 0.01)),
            "INFO",
            pid,
            tag,
            "Processing by %s#%s as %s",
            f"Processing by {action} as {fmt}",
        )
        if params:
            t = rl(
                f, t, "INFO", pid, tag, "  Parameters: %s", f"  Parameters: {params_text(params)}"
            )
        if method == "POST" and r.random() < 0.025:
            t = rl(
                f,
                t,
                "WARN",
                pid,
                tag,
                "Can't verify CSRF token authenticity.",
                "Can't verify CSRF token authenticity.",
            )
            t = rl(
                f,
                t + sec(ms(0.001, 0.004)),
                "INFO",
                pid,
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 422 Unprocessable Entity in {r.randrange(2, 9)}ms (ActiveRecord: {ms(0.4, 3):.1f}ms | Allocations: {r.randrange(900, 2400)})",
            )
            fatal(
                f,
                t,
                pid,
                rid,
                "%s (ActionController::InvalidAuthenticityToken):",
                "ActionController::InvalidAuthenticityToken (ActionController::InvalidAuthenticityToken):",
                [
                    "actionpack (6.1.7.6) lib/action_controller/metal/request_forgery_protection.rb:211:in `handle_unverified_request'",
                    "actionpack (6.1.7.6) lib/action_controller/metal/request_forgery_protection.rb:243:in `handle_unverified_request'",
                    "devise (4.9.3) lib/devise/controllers/helpers.rb:255:in `handle_unverified_request'",
                    "actionpack (6.1.7.6) lib/action_controller/metal/request_forgery_protection.rb:238:in `verify_authenticity_token'",
                    "activesupport (6.1.7.6) lib/active_support/callbacks.rb:427:in `block in make_lambda'",
                    "actionpack (6.1.7.6) lib/abstract_controller/callbacks.rb:41:in `process_action'",
                ],
            )
            return
        dur = ms(60, 420)
        if kind == "search" and r.random() < 0.3:
            dur = ms(2500, 9000)
        if surge and kind in ("projects", "checkout"):
            dur *= r.uniform(1.5, 4)
        ar = ms(4, min(dur * 0.6, 900))
        if (kind == "notifications" and r.random() < 0.4) or (
            kind == "checkout" and r.random() < 0.08
        ):
            t = rl(
                f,
                t + sec(ms(0.003, 0.02)),
                "INFO",
                pid,
                tag,
                "Redirected to %s",
                f"Redirected to {DC_HOST}/users/sign_in",
            )
            t = rl(
                f,
                t,
                "INFO",
                pid,
                tag,
                "Filter chain halted as %s rendered or redirected",
                "Filter chain halted as :authenticate_user! rendered or redirected",
            )
            rl(
                f,
                t,
                "INFO",
                pid,
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 302 Found in {r.randrange(4, 30)}ms (ActiveRecord: {ms(0.6, 6):.1f}ms | Allocations: {r.randrange(1500, 6000)})",
            )
            return
        if kind == "proposal" and r.random() < 0.06:
            pid_n = params.get("id", "0")
            t = rl(
                f,
                t + sec(ms(0.01, 0.05)),
                "INFO",
                pid,
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 404 Not Found in {r.randrange(8, 40)}ms (ActiveRecord: {ms(2, 12):.1f}ms | Allocations: {r.randrange(4000, 12000)})",
            )
            fatal(
                f,
                t,
                pid,
                rid,
                "%s (Couldn't find %s with '%s'=%s [WHERE %s]):",
                f'ActiveRecord::RecordNotFound (Couldn\'t find Decidim::Proposals::Proposal with \'id\'={pid_n} [WHERE "decidim_proposals_proposals"."decidim_component_id" = $1 AND "decidim_proposals_proposals"."published_at" IS NOT NULL]):',
                [
                    "activerecord (6.1.7.6) lib/active_record/relation/finder_methods.rb:357:in `raise_record_not_found_exception!'",
                    "activerecord (6.1.7.6) lib/active_record/relation/finder_methods.rb:82:in `find_by!'",
                    "decidim-proposals (0.27.5) app/controllers/decidim/proposals/proposals_controller.rb:61:in `show'",
                    "actionpack (6.1.7.6) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'",
                    "actionpack (6.1.7.6) lib/abstract_controller/base.rb:228:in `process_action'",
                ],
            )
            return
        if kind == "proposal" and r.random() < 0.05:
            t = rl(
                f,
                t + sec(ms(0.05, 0.2)),
                "INFO",
                pid,
                tag,
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                f"  Rendered {view} within layouts/decidim/application (Duration: {ms(20, 80):.1f}ms | Allocations: {r.randrange(20000, 60000)})",
            )
            t = rl(
                f,
                t,
                "INFO",
                pid,
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 500 Internal Server Error in {r.randrange(60, 200)}ms (ActiveRecord: {ms(8, 40):.1f}ms | Allocations: {r.randrange(30000, 80000)})",
            )
            meth = r.choice(["name", "name", "nickname"])
            fatal(
                f,
                t,
                pid,
                rid,
                "%s (undefined method `%s' for nil:NilClass):",
                f"ActionView::Template::Error (undefined method `{meth}' for nil:NilClass):",
                [
                    '    20:           <%= cell("decidim/author", present(@proposal.withdrawn_by), context: { show_endorsements: false }) %>',
                    "    21:         </div>",
                    "",
                    "decidim-proposals (0.27.5) app/presenters/decidim/proposals/proposal_presenter.rb:44:in `withdrawn_by_name'",
                    "decidim-proposals (0.27.5) app/views/decidim/proposals/proposals/_proposal_aside.html.erb:20",
                    "actionview (6.1.7.6) lib/action_view/base.rb:247:in `public_send'",
                    "actionview (6.1.7.6) lib/action_view/template.rb:157:in `block in render'",
                ],
            )
            return
        if kind == "sign_in":
            ok = r.random() < 0.78
            if ok:
                t = rl(
                    f,
                    t + sec(ms(0.2, 0.5)),
                    "INFO",
                    pid,
                    tag,
                    "Redirected to %s",
                    f"Redirected to {DC_HOST}/",
                )
                rl(
                    f,
                    t,
                    "INFO",
                    pid,
                    tag,
                    "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 302 Found in {r.randrange(180, 420)}ms (ActiveRecord: {ms(6, 30):.1f}ms | Allocations: {r.randrange(8000, 20000)})",
                )
            else:
                t = rl(
                    f,
                    t + sec(ms(0.2, 0.5)),
                    "INFO",
                    pid,
                    tag,
                    "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 401 Unauthorized in {r.randrange(180, 420)}ms (ActiveRecord: {ms(3, 12):.1f}ms | Allocations: {r.randrange(5000, 9000)})",
                )
                t = rl(
                    f,
                    t + sec(ms(0.002, 0.01)),
                    "INFO",
                    pid,
                    tag,
                    "Processing by %s#%s as %s",
                    "Processing by Decidim::Devise::SessionsController#new as HTML",
                )
                t = rl(
                    f,
                    t,
                    "INFO",
                    pid,
                    tag,
                    "  Parameters: %s",
                    f"  Parameters: {params_text(params)}",
                )
                t = rl(
                    f,
                    t + sec(ms(0.05, 0.2)),
                    "INFO",
                    pid,
                    tag,
                    "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                    f"  Rendered decidim/devise/sessions/new.html.erb within layouts/decidim/application (Duration: {ms(20, 60):.1f}ms | Allocations: {r.randrange(15000, 30000)})",
                )
                t = rl(
                    f,
                    t,
                    "INFO",
                    pid,
                    tag,
                    "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                    f"  Rendered layout layouts/decidim/application.html.erb (Duration: {ms(60, 200):.1f}ms | Allocations: {r.randrange(40000, 90000)})",
                )
                rl(
                    f,
                    t,
                    "INFO",
                    pid,
                    tag,
                    "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
                    f"Completed 200 OK in {r.randrange(90, 300)}ms (Views: {ms(60, 200):.1f}ms | ActiveRecord: {ms(3, 20):.1f}ms | Allocations: {r.randrange(40000, 90000)})",
                )
            return
        if kind == "checkout":
            oid = r.randrange(8000, 9500)
            uid = r.randrange(1000, 9000)
            t = rl(
                f,
                t + sec(ms(0.1, 0.4)),
                "INFO",
                pid,
                f"{tag}[ActiveJob] ",
                "[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
                f'Enqueued Decidim::EventPublisherJob (Job ID: {uuid4(r)}) to Sidekiq(events) with arguments: "decidim.events.budgets.order_checked_out", {{:resource=>{dc_args_gid(r, "Decidim::Budgets::Order", oid)}, :event_class=>"Decidim::Budgets::OrderCheckedOutEvent", :affected_users=>[{dc_args_gid(r, "Decidim::User", uid)}], :followers=>[], :extra=>{{}}, :force_send=>false}}',
            )
            t = rl(
                f,
                t + sec(ms(0.01, 0.05)),
                "INFO",
                pid,
                f"{tag}[ActiveJob] ",
                "[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
                f'Enqueued ActionMailer::MailDeliveryJob (Job ID: {uuid4(r)}) to Sidekiq(mailers) with arguments: "Decidim::Budgets::OrderSummaryMailer", "order_summary", "deliver_now", {{:args=>[{dc_args_gid(r, "Decidim::Budgets::Order", oid)}]}}',
            )
            t = rl(
                f,
                t + sec(ms(0.01, 0.05)),
                "INFO",
                pid,
                tag,
                "Redirected to %s",
                f"Redirected to {DC_HOST}{base}/f/{bcid}/budgets/4/projects",
            )
            rl(
                f,
                t,
                "INFO",
                pid,
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 302 Found in {int(dur)}ms (ActiveRecord: {ar:.1f}ms | Allocations: {r.randrange(20000, 70000)})",
            )
            dc_jobs.append((t + sec(r.uniform(0.05, 1.5)), "order", oid))
            return
        if kind == "comment":
            cid = r.randrange(14000, 15500)
            t = rl(
                f,
                t + sec(ms(0.1, 0.3)),
                "INFO",
                pid,
                f"{tag}[ActiveJob] ",
                "[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
                f'Enqueued Decidim::EventPublisherJob (Job ID: {uuid4(r)}) to Sidekiq(events) with arguments: "decidim.events.comments.comment_created", {{:resource=>{dc_args_gid(r, "Decidim::Comments::Comment", cid)}, :event_class=>"Decidim::Comments::CommentCreatedEvent", :affected_users=>[], :followers=>[{dc_args_gid(r, "Decidim::User", r.randrange(1000, 9000))}], :extra=>{{:comment_id=>{cid}}}, :force_send=>false}}',
            )
            dc_jobs.append((t + sec(r.uniform(0.05, 1.5)), "comment", cid))
        secs_view = dur * r.uniform(0.5, 0.8)
        if fmt == "JS":
            t = rl(
                f,
                t + sec(dur / 1000 * 0.8),
                "INFO",
                pid,
                tag,
                "  Rendered %s (Duration: %.1fms | Allocations: %d)",
                f"  Rendered {view} (Duration: {secs_view:.1f}ms | Allocations: {r.randrange(3000, 30000)})",
            )
        else:
            t = rl(
                f,
                t + sec(dur / 1000 * 0.6),
                "INFO",
                pid,
                tag,
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                f"  Rendered {view} within layouts/decidim/application (Duration: {secs_view * 0.7:.1f}ms | Allocations: {r.randrange(20000, 160000)})",
            )
            t = rl(
                f,
                t + sec(dur / 1000 * 0.3),
                "INFO",
                pid,
                tag,
                "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                f"  Rendered layout layouts/decidim/application.html.erb (Duration: {secs_view:.1f}ms | Allocations: {r.randrange(60000, 260000)})",
            )
        status = "200 OK"
        rl(
            f,
            t + sec(dur / 1000 * 0.1),
            "INFO",
            pid,
            tag,
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            f"Completed {status} in {int(dur)}ms (Views: {secs_view:.1f}ms | ActiveRecord: {ar:.1f}ms | Allocations: {r.randrange(60000, 300000)})",
        )

    dc_jobs: list[tuple[datetime, str, int]] = []
    for host in ("web1", "web2"):
        for t in times(r, T0, T_END, 350):
            request(host, t)
        for t in times(r, *vote_surge, 160):
            request(host, t)
        for t in times(r, *db_down, 16):
            request(host, t)
    # meeting reminders scheduled two days ago, due during the failover
    for t in (at(8, 42, 0.2), at(8, 42, 31)):
        dc_jobs.append((t, "meeting", r.randrange(400, 480)))
    # reminders and digest mails scheduled by cron at 07:00
    for i in range(14):
        dc_jobs.append(
            (at(7, 0, 2) + sec(i * r.uniform(0.2, 1.0)), "digest", r.randrange(1000, 9000))
        )
    # the newsletter about the budget vote, sent from the admin at 09:18
    tn = at(9, 18, 31)
    for _ in range(60):
        tn += sec(r.uniform(0.3, 2.5))
        dc_jobs.append((tn, "newsletter", r.randrange(1000, 9000)))

    # ---- the Sidekiq host: its Rails log (ActiveJob lines) and Sidekiq's own log
    wf = "worker-production.log"
    sf = "worker-sidekiq.log"

    def sk(
        t: datetime,
        tid: str,
        cls: str,
        jid: str,
        level: str,
        label: str | None,
        msg: str,
        bt: list[str] | None = None,
        elapsed: float | None = None,
    ) -> datetime:
        ctx = f"pid={sk_pid} tid={tid} class={cls} jid={jid}" + (
            f" elapsed={elapsed:.3f}" if elapsed is not None else ""
        )

        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z {ctx}"
            lines = f"{head} {level}: {msg}".split("\n")
            if bt:
                # the backtrace, a WARN of its own right after the exception line: part of its event
                lines += f"{head} WARN: {bt[0]}".split("\n") + bt[1:]
            return lines

        return fs.add(sf, t, label, text, ("sk", tid), MS)

    def job(
        t: datetime,
        cls: str,
        queue: str,
        args: str,
        body: Callable[[datetime, str, str], tuple[datetime, str | None]],
    ) -> datetime:
        """Run one ActiveJob on a Sidekiq thread: Sidekiq's start/done (or fail and the WARNs),
        the Rails log's Performing/Performed (or Error performing)."""
        tid = r.choice(sk_tids)
        jid = hexid(r, 24)
        ajid = uuid4(r)
        tags = f"[ActiveJob] [{cls}] [{ajid}] "
        t0 = sk(t, tid, cls, jid, "INFO", "start", "start")
        t = rl(
            wf,
            t0 + sec(0.001),
            "INFO",
            sk_pid,
            tags,
            "Performing %s (Job ID: %s) from %s(%s) enqueued at %s with arguments: %s",
            f"Performing {cls} (Job ID: {ajid}) from Sidekiq({queue}) enqueued at {(t0 - sec(r.uniform(0.05, 2))):%Y-%m-%dT%H:%M:%SZ} with arguments: {args}",
        )
        t, err = body(t, tags, ajid)
        took = (t - t0).total_seconds() + r.uniform(0.001, 0.01)
        if err is None:
            rl(
                wf,
                t,
                "INFO",
                sk_pid,
                tags,
                "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
                f"Performed {cls} (Job ID: {ajid}) from Sidekiq({queue}) in {took * 1000:.2f}ms",
            )
            return sk(t + sec(0.001), tid, cls, jid, "INFO", "done", "done", elapsed=took)
        _, klass, message, label_msg, frames = ERRS[err]
        rl(
            wf,
            t,
            "ERROR",
            sk_pid,
            tags,
            f"Error performing %s (Job ID: %s) from %s(%s) in %.2fms: %s ({label_msg}):",
            f"Error performing {cls} (Job ID: {ajid}) from Sidekiq({queue}) in {took * 1000:.2f}ms: {klass} ({message}):",
            frames,
        )
        t = sk(t + sec(0.001), tid, cls, jid, "INFO", "fail", "fail", elapsed=took)
        job_hash = {
            "retry": True,
            "queue": queue,
            "wrapped": cls,
            "args": [
                {
                    "job_class": cls,
                    "job_id": ajid,
                    "provider_job_id": None,
                    "queue_name": queue,
                    "priority": None,
                    "arguments": ["..."],
                    "executions": 0,
                    "exception_executions": {},
                    "locale": "de",
                    "timezone": "Berlin",
                    "enqueued_at": f"{t0:%Y-%m-%dT%H:%M:%SZ}",
                }
            ],
            "class": "ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper",
            "jid": jid,
            "created_at": round(t0.timestamp(), 6),
            "enqueued_at": round(t0.timestamp(), 6),
        }
        jhs = json.dumps(job_hash, separators=(",", ":"))
        t = sk(
            t,
            tid,
            cls,
            jid,
            "WARN",
            '{"context":"Job raised exception","job":%s,"jobstr":%s}',
            f'{{"context":"Job raised exception","job":{jhs},"jobstr":{json.dumps(jhs)}}}',
        )
        return sk(t, tid, cls, jid, "WARN", f"%s: {label_msg}", f"{klass}: {message}", frames)

    net_frames = [
        "/home/decidim/.rbenv/versions/3.0.6/lib/ruby/3.0.0/net/protocol.rb:219:in `rbuf_fill'",
        "/home/decidim/.rbenv/versions/3.0.6/lib/ruby/3.0.0/net/protocol.rb:193:in `readuntil'",
        "/home/decidim/.rbenv/versions/3.0.6/lib/ruby/3.0.0/net/protocol.rb:203:in `readline'",
        f"{DC_GEMS}/net-smtp-0.4.0/lib/net/smtp.rb:1146:in `recv_response'",
        f"{DC_GEMS}/net-smtp-0.4.0/lib/net/smtp.rb:630:in `block in do_start'",
        f"{DC_GEMS}/net-smtp-0.4.0/lib/net/smtp.rb:1160:in `critical'",
        f"{DC_GEMS}/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:109:in `start_smtp_session'",
        f"{DC_GEMS}/actionmailer-6.1.7.6/lib/action_mailer/delivery_job.rb:16:in `perform'",
    ]
    pg_frames = [
        f"{DC_GEMS}/activerecord-6.1.7.6/lib/active_record/connection_adapters/postgresql_adapter.rb:83:in `rescue in new_client'",
        f"{DC_GEMS}/activerecord-6.1.7.6/lib/active_record/connection_adapters/postgresql_adapter.rb:77:in `new_client'",
        f"{DC_GEMS}/activerecord-6.1.7.6/lib/active_record/connection_adapters/abstract/connection_pool.rb:882:in `new_connection'",
        f"{DC_GEMS}/globalid-1.2.1/lib/global_id/locator.rb:186:in `locate'",
        f"{DC_GEMS}/activejob-6.1.7.6/lib/active_job/arguments.rb:145:in `deserialize_global_id'",
        f"{DC_GEMS}/sidekiq-6.5.12/lib/sidekiq/processor.rb:202:in `execute_job'",
    ]
    ERRS = {
        "timeout": (
            "smtp",
            "Net::ReadTimeout",
            "Net::ReadTimeout with #<TCPSocket:(closed)>",
            "Net::ReadTimeout with %s",
            net_frames,
        ),
        "pg": (
            "pg",
            "ActiveRecord::ConnectionNotEstablished",
            f'connection to server at "{DC_DB}", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n',
            'connection to server at "%s", port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n',
            pg_frames,
        ),
    }

    def mail_body(
        mailer: str, action: str, view: str
    ) -> Callable[[datetime, str, str], tuple[datetime, str | None]]:
        def body(t: datetime, tags: str, ajid: str) -> tuple[datetime, str | None]:
            if in_any(t, [db_down]):
                return t + sec(r.uniform(0.01, 0.05)), "pg"
            t = rl(
                wf,
                t + sec(r.uniform(0.03, 0.12)),
                "INFO",
                sk_pid,
                tags,
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                f"  Rendered {view} within layouts/decidim/mailer (Duration: {ms(8, 60):.1f}ms | Allocations: {r.randrange(6000, 40000)})",
            )
            t = rl(
                wf,
                t + sec(r.uniform(0.01, 0.04)),
                "INFO",
                sk_pid,
                tags,
                "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                f"  Rendered layout layouts/decidim/mailer.html.erb (Duration: {ms(12, 90):.1f}ms | Allocations: {r.randrange(9000, 60000)})",
            )
            if in_any(t, [smtp_slow]) and r.random() < 0.7:
                return t + sec(r.uniform(60.0, 60.2)), "timeout"
            took = r.uniform(80, 900) if not in_any(t, [smtp_slow]) else r.uniform(4000, 28000)
            t = t + sec(took / 1000)
            t = rl(
                wf,
                t,
                "INFO",
                sk_pid,
                tags,
                "Delivered mail %s (%.1fms)",
                f"Delivered mail {hexid(r, 12)}{r.randrange(1000, 9999)}_{r.randrange(10, 99)}@decidim-worker.mail ({took:.1f}ms)",
            )
            return t, None

        return body

    def enq(t: datetime, tags: str, cls: str, queue: str, args: str) -> datetime:
        return rl(
            wf,
            t,
            "INFO",
            sk_pid,
            tags,
            "[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
            f"Enqueued {cls} (Job ID: {uuid4(r)}) to Sidekiq({queue}) with arguments: {args}",
        )

    def chain(t: datetime, what: str, ident: int) -> None:
        uid = r.randrange(1000, 9000)
        if what == "meeting":

            def remind(t: datetime, tags: str, ajid: str) -> tuple[datetime, str | None]:
                return t + sec(r.uniform(0.01, 0.05)), "pg" if in_any(t, [db_down]) else None

            job(
                t,
                "Decidim::Meetings::UpcomingMeetingNotificationJob",
                "default",
                f'{ident}, "{hexid(r, 64)}"',
                remind,
            )
            return
        if what == "newsletter":
            job(
                t,
                "Decidim::NewsletterDeliveryJob",
                "newsletter",
                f"{dc_args_gid(r, 'Decidim::User', ident)}, {dc_args_gid(r, 'Decidim::Newsletter', 37)}",
                mail_body(
                    "Decidim::NewsletterMailer",
                    "newsletter",
                    "decidim/newsletter_mailer/newsletter.html.erb",
                ),
            )
            return
        if what == "digest":
            job(
                t,
                "ActionMailer::MailDeliveryJob",
                "mailers",
                f'"Decidim::NotificationsDigestMailer", "digest_mail", "deliver_now", {{:args=>[{dc_args_gid(r, "Decidim::User", ident)}, [{r.randrange(50000, 60000)}, {r.randrange(50000, 60000)}]]}}',
                mail_body(
                    "Decidim::NotificationsDigestMailer",
                    "digest_mail",
                    "decidim/notifications_digest_mailer/digest_mail.html.erb",
                ),
            )
            return
        event = (
            "decidim.events.comments.comment_created"
            if what == "comment"
            else "decidim.events.budgets.order_checked_out"
        )
        model = "Decidim::Comments::Comment" if what == "comment" else "Decidim::Budgets::Order"
        ev_class = (
            "Decidim::Comments::CommentCreatedEvent"
            if what == "comment"
            else "Decidim::Budgets::OrderCheckedOutEvent"
        )
        gid = dc_args_gid(r, model, ident)

        def publish(t: datetime, tags: str, ajid: str) -> tuple[datetime, str | None]:
            if in_any(t, [db_down]):
                return t + sec(r.uniform(0.01, 0.05)), "pg"
            t = enq(
                t + sec(r.uniform(0.005, 0.03)),
                tags,
                "Decidim::NotificationGeneratorJob",
                "events",
                f'"{event}", "{ev_class}", {gid}, {{:affected_users=>[{dc_args_gid(r, "Decidim::User", uid)}], :followers=>[]}}, {{}}',
            )
            t = enq(
                t + sec(r.uniform(0.005, 0.03)),
                tags,
                "Decidim::EmailNotificationGeneratorJob",
                "events",
                f'"{event}", "{ev_class}", {gid}, {{:affected_users=>[{dc_args_gid(r, "Decidim::User", uid)}], :followers=>[]}}, {{}}, false',
            )
            return t + sec(r.uniform(0.002, 0.01)), None

        t = job(
            t,
            "Decidim::EventPublisherJob",
            "events",
            f'"{event}", {{:resource=>{gid}, :event_class=>"{ev_class}", :affected_users=>[], :followers=>[], :extra=>{{}}, :force_send=>false}}',
            publish,
        )

        def notify(t: datetime, tags: str, ajid: str) -> tuple[datetime, str | None]:
            if in_any(t, [db_down]):
                return t + sec(r.uniform(0.01, 0.05)), "pg"
            n = r.randrange(1, 4)
            for _ in range(n):
                t = enq(
                    t + sec(r.uniform(0.004, 0.02)),
                    tags,
                    "Decidim::NotificationGeneratorForRecipientJob",
                    "events",
                    f'"{event}", "{ev_class}", {gid}, {dc_args_gid(r, "Decidim::User", r.randrange(1000, 9000))}, "follower", {{}}',
                )
            return t + sec(r.uniform(0.002, 0.01)), None

        t = job(
            t + sec(r.uniform(0.01, 0.4)),
            "Decidim::NotificationGeneratorJob",
            "events",
            f'"{event}", "{ev_class}", {gid}, {{:affected_users=>[], :followers=>[]}}, {{}}',
            notify,
        )

        def emails(t: datetime, tags: str, ajid: str) -> tuple[datetime, str | None]:
            if in_any(t, [db_down]):
                return t + sec(r.uniform(0.01, 0.05)), "pg"
            t = enq(
                t + sec(r.uniform(0.004, 0.03)),
                tags,
                "ActionMailer::MailDeliveryJob",
                "mailers",
                f'"Decidim::NotificationMailer", "event_received", "deliver_now", {{:args=>["{event}", "{ev_class}", {gid}, {dc_args_gid(r, "Decidim::User", uid)}, "follower", {{}}]}}',
            )
            return t + sec(r.uniform(0.002, 0.01)), None

        t = job(
            t + sec(r.uniform(0.01, 0.4)),
            "Decidim::EmailNotificationGeneratorJob",
            "events",
            f'"{event}", "{ev_class}", {gid}, {{:affected_users=>[], :followers=>[]}}, {{}}, false',
            emails,
        )
        if what == "order":
            job(
                t + sec(r.uniform(0.01, 0.5)),
                "ActionMailer::MailDeliveryJob",
                "mailers",
                f'"Decidim::Budgets::OrderSummaryMailer", "order_summary", "deliver_now", {{:args=>[{gid}]}}',
                mail_body(
                    "Decidim::Budgets::OrderSummaryMailer",
                    "order_summary",
                    "decidim/budgets/order_summary_mailer/order_summary.html.erb",
                ),
            )
        job(
            t + sec(r.uniform(0.05, 0.8)),
            "ActionMailer::MailDeliveryJob",
            "mailers",
            f'"Decidim::NotificationMailer", "event_received", "deliver_now", {{:args=>["{event}", "{ev_class}", {gid}, {dc_args_gid(r, "Decidim::User", uid)}, "follower", {{}}]}}',
            mail_body(
                "Decidim::NotificationMailer",
                "event_received",
                "decidim/notification_mailer/event_received.html.erb",
            ),
        )

    for t, what, ident in sorted(dc_jobs):
        chain(t, what, ident)
    return fs.logs(T0)


def alnum_lower(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# --------------------------------------------------------------------------------- answer

AN_CALLERS = {
    "cron job manager start": "cron/cron.go:66",
    "sitemap cron execution": "cron/cron.go:72",
    "refresh hottest cron execution": "cron/cron.go:81",
    "checking expired user suspensions": "cron/cron.go:101",
    "failed to check expired user suspensions: %v": "cron/cron.go:104",
    "clean up uploads cron enabled": "cron/cron.go:111",
    "clean orphan upload files cron execution": "cron/cron.go:115",
    "try to send email to %s": "export/email_service.go:129",
    "send email to %s success": "export/email_service.go:160",
    "send email to %s failed: %s": "export/email_service.go:122",
    "[%s] handler error: %v": "queue/queue.go:129",
    "[%s] queue closed": "queue/queue.go:99",
    "[%s] queue is closed, dropping message": "queue/queue.go:61",
    "update question hot score error,question ID:%s error: %s": "content/question_hottest_service.go:76",
    "get user %s info error: %v": "notification/external_notification.go:105",
    "panic recovered: %v\n%s": "middleware/recovery.go:39",
}
AN_DB = "172.20.0.4:3306"
AN_SMTP = "email-smtp.eu-central-1.amazonaws.com:587"
AN_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "web.de", "example-corp.com", "proton.me"]
AN_SPAM_DOMAINS = ["mail.ru", "yandex.ru", "outlook.com", "gmail.com", "hotmail.com", "gmx.com"]


def an_goroutine_stack(r: random.Random) -> list[str]:
    g = r.randrange(2000, 90000)
    return [
        f"goroutine {g} [running]:",
        "runtime/debug.Stack()",
        "\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e",
        "github.com/apache/answer/internal/base/middleware.Recovery.func1.1()",
        "\t/build/internal/base/middleware/recovery.go:39 +0x45",
        "panic({0x1f3c2a0?, 0x3a61f40?})",
        "\t/usr/local/go/src/runtime/panic.go:791 +0x132",
        "github.com/apache/answer/internal/service/content.(*QuestionService).GetQuestionAndAddPV(0xc000a4e1c0, {0x27b3f98, 0xc001c2e480}, {0xc0013d6a50, 0x11}, {0x0, 0x0}, 0x0, 0x0)",
        "\t/build/internal/service/content/question_service.go:861 +0x3d4",
        "github.com/apache/answer/internal/controller.(*QuestionController).GetQuestion(0xc000b1c2d0, 0xc001c4a300)",
        "\t/build/internal/controller/question_controller.go:214 +0x2a9",
        "github.com/gin-gonic/gin.(*Context).Next(...)",
        "\t/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0/context.go:185",
        "github.com/apache/answer/internal/base/middleware.Recovery.func1(0xc001c4a300)",
        "\t/build/internal/base/middleware/recovery.go:45 +0x65",
        "github.com/gin-gonic/gin.(*Engine).handleHTTPRequest(0xc0002f6b60, 0xc001c4a300)",
        "\t/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0/gin.go:633 +0x892",
        "net/http.(*conn).serve(0xc0016d8240, {0x27b4008, 0xc000e52f30})",
        "\t/usr/local/go/src/net/http/server.go:2092 +0x5d0",
        "created by net/http.(*Server).Serve in goroutine 71",
        "\t/usr/local/go/src/net/http/server.go:3360 +0x485",
        "",
    ]


def answer(r: random.Random) -> list[Log]:
    """Apache Answer's two log files under LOG_PATH (see the docstring)."""
    fs = Files()
    deploy = at(10, 40, 12)
    ses_throttle = (at(8, 55), at(9, 24))
    net_down = (at(9, 31), at(9, 44))
    db_down = (at(10, 0, 0.25), at(10, 12, 40))
    spam = (at(7, 12), at(9, 51))
    pid = ["old"]

    def log(
        t: datetime,
        level: str,
        fmt: str,
        msg: str,
        extra: list[str] | None = None,
        inner: str | None = None,
    ) -> datetime:
        """One pacman/zap call: `fmt` is the call's format string (its caller line); `inner`, the
        format of an error text it prints, which the label takes in place of its `%v` / `%s`."""
        caller = AN_CALLERS[fmt]
        label = fmt
        if inner is not None:
            i = max(fmt.rfind("%v"), fmt.rfind("%s"))
            label = fmt[:i] + inner + fmt[i + 2 :]
        label = label.replace("\n", "\\n")

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}\t{level}\t{caller}\t{msg}",
                *(extra or []),
            ]

        t = fs.add("answer_info_2024-06-07.log", t, label, text, ("info", pid[0]), MS)
        if level == "error":
            fs.add("answer_err_2024-06-07.log", t, label, text, ("err", pid[0]), MS)
        return t

    def start(t: datetime) -> datetime:
        t = log(t, "info", "cron job manager start", "cron job manager start")
        return log(
            t + sec(r.uniform(0.3, 2.5)),
            "info",
            "clean up uploads cron enabled",
            "clean up uploads cron enabled",
        )

    def email(t: datetime, addr: str) -> None:
        t = log(t, "info", "try to send email to %s", f"try to send email to {addr}")
        if in_any(t, [ses_throttle]) and r.random() < 0.7:
            t += sec(r.uniform(0.3, 0.9))
            log(
                t,
                "error",
                "send email to %s failed: %s",
                f"send email to {addr} failed: send email to {addr}: 454 Throttling failure: Maximum sending rate exceeded.",
                inner="send email to %s: 454 Throttling failure: Maximum sending rate exceeded.",
            )
            return
        if in_any(t, [net_down]):
            t += sec(r.uniform(10, 10.2))
            log(
                t,
                "error",
                "send email to %s failed: %s",
                f"send email to {addr} failed: send email to {addr}: dial tcp 3.74.{r.randrange(1, 255)}.{r.randrange(1, 255)}:587: i/o timeout",
                inner="send email to %s: dial tcp %s: i/o timeout",
            )
            return
        log(
            t + sec(r.uniform(0.4, 1.6)),
            "info",
            "send email to %s success",
            f"send email to {addr} success",
        )

    # robfig/cron: the hourly jobs, the 10-minute suspension check, the orphan-upload cleanup every 2 hours
    minute = T0
    while minute < T_END:
        if minute.minute == 0:
            log(
                minute + sec(r.uniform(0.0005, 0.004)),
                "info",
                "sitemap cron execution",
                "sitemap cron execution",
            )
            th = log(
                minute + sec(r.uniform(0.0005, 0.004)),
                "info",
                "refresh hottest cron execution",
                "refresh hottest cron execution",
            )
            if minute.hour % 2 == 0:
                log(
                    minute + sec(r.uniform(0.0005, 0.004)),
                    "info",
                    "clean orphan upload files cron execution",
                    "clean orphan upload files cron execution",
                )
            if in_any(th + sec(3), [db_down]) or minute == at(10, 0):
                # the database went away while the hot scores were being written
                tt = th + sec(r.uniform(0.05, 0.2))
                for _ in range(r.randrange(35, 60)):
                    tt += sec(r.uniform(0.002, 0.02))
                    if tt < db_down[0]:
                        continue
                    qid = f"1001{r.randrange(0, 10**13):013d}"
                    log(
                        tt,
                        "error",
                        "update question hot score error,question ID:%s error: %s",
                        f"update question hot score error,question ID:{qid} error: dial tcp {AN_DB}: connect: connection refused",
                        inner="dial tcp %s: connect: connection refused",
                    )
        if minute.minute % 10 == 0:
            tc = log(
                minute + sec(r.uniform(0.0005, 0.004)),
                "info",
                "checking expired user suspensions",
                "checking expired user suspensions",
            )
            if in_any(tc, [db_down]):
                log(
                    tc + sec(r.uniform(0.001, 0.01)),
                    "error",
                    "failed to check expired user suspensions: %v",
                    f"failed to check expired user suspensions: dial tcp {AN_DB}: connect: connection refused",
                    inner="dial tcp %s: connect: connection refused",
                )
        minute += sec(60)

    # sign-ups and password resets all day; a spam wave of bot registrations
    for tt in times(r, T0, T_END, 240):
        user = r.choice(
            [
                "lena",
                "m.fischer",
                "devops.jan",
                "kai",
                "s.novak",
                "pwilson",
                "ana.r",
                "tomasz",
                "priya",
                "j.lee",
            ]
        ) + str(r.randrange(1, 99))
        email(tt, f"{user}@{r.choice(AN_DOMAINS)}")
    for tt in times(r, *spam, 13):
        email(
            tt,
            f"{alnum_lower(r, r.randrange(6, 11))}{r.randrange(10, 9999)}@{r.choice(AN_SPAM_DOMAINS)}",
        )

    # the Slack notification plugin's webhook times out now and then
    for tt in times(r, T0, T_END, 1900):
        log(
            tt,
            "error",
            "[%s] handler error: %v",
            f'[external_notification] handler error: Post "https://hooks.slack.com/services/T024F7Q1M/B06KX2H9L7R/{alnum_lower(r, 24)}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
            inner='Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        )
    # the notification queue reading users while the database is away
    for tt in times(r, *db_down, 14):
        uid = f"1000000000000{r.randrange(1000, 9999)}"
        log(
            tt,
            "error",
            "get user %s info error: %v",
            f"get user {uid} info error: dial tcp {AN_DB}: connect: connection refused",
            inner="dial tcp %s: connect: connection refused",
        )
    # a nil pointer in GetQuestionAndAddPV for questions whose author was deleted
    for tt in times(r, T0, T_END, 3000):
        log(
            tt,
            "error",
            "panic recovered: %v\n%s",
            "panic recovered: runtime error: invalid memory address or nil pointer dereference",
            an_goroutine_stack(r),
        )

    # the 10:40 upgrade: the queues drain, the new process starts
    t = log(deploy, "info", "[%s] queue closed", "[notification] queue closed")
    t = log(
        t + sec(r.uniform(0.001, 0.01)),
        "warn",
        "[%s] queue is closed, dropping message",
        "[external_notification] queue is closed, dropping message",
    )
    t = log(
        t + sec(r.uniform(0.001, 0.01)),
        "info",
        "[%s] queue closed",
        "[external_notification] queue closed",
    )
    t = log(t + sec(r.uniform(0.001, 0.01)), "info", "[%s] queue closed", "[event] queue closed")
    pid[0] = "new"
    start(t + sec(r.uniform(6, 14)))
    return fs.logs(T0)


# ------------------------------------------------------------------------------- dokuwiki

DW_ROOT = "/var/www/dokuwiki"


def dw_trace(r: random.Random, site: str, kind: str, f: str, line: int, errstr: str) -> list[str]:
    inc = f"{DW_ROOT}/inc"
    handler = (
        f"dokuwiki\\ErrorHandler::errorHandler(2, {php_trunc(errstr)}, {php_trunc(f)}, {line})"
    )
    render_tail = [
        (
            f"{inc}/parserutils.php",
            675,
            "Doku_Renderer_xhtml->plugin('include_include', Array, 5, '{{page>:interna...')",
        ),
        (f"{inc}/parserutils.php", 144, "p_render('xhtml', Array, Array)"),
        (
            f"{inc}/parserutils.php",
            117,
            "p_cached_output('/var/www/dokuwi...', 'xhtml', 'intern:it:hotli...')",
        ),
        (f"{inc}/template.php", 224, "p_wiki_xhtml('intern:it:hotli...', '', true, '')"),
        (f"{DW_ROOT}/lib/tpl/bootstrap3/main.php", 98, "tpl_content(false)"),
        (f"{DW_ROOT}/doku.php", 128, "include('/var/www/dokuwi...')"),
    ]
    if kind == "include":
        return php_trace(
            [
                (f, line, handler),
                (
                    f"{DW_ROOT}/lib/plugins/include/syntax/include.php",
                    118,
                    "helper_plugin_include->_get_instructions('intern:it:hotli...', '', 'page', 1, Array, Array)",
                ),
                *render_tail,
            ]
        )
    if kind == "wrap":
        return php_trace(
            [
                (f, line, handler),
                (
                    f"{inc}/Extension/SyntaxPlugin.php",
                    121,
                    "syntax_plugin_wrap_div->render('xhtml', Object(Doku_Renderer_xhtml), Array)",
                ),
                *render_tail[1:],
            ]
        )
    if kind == "discussion":
        return php_trace(
            [
                (f, line, handler),
                (
                    f"{inc}/Extension/EventHandler.php",
                    82,
                    "action_plugin_discussion->comments(Object(dokuwiki\\Extension\\Event), NULL)",
                ),
                (
                    f"{inc}/Extension/Event.php",
                    74,
                    "dokuwiki\\Extension\\EventHandler->process_event(Object(dokuwiki\\Extension\\Event), 'AFTER')",
                ),
                (f"{inc}/Extension/Event.php", 175, "dokuwiki\\Extension\\Event->advise_after()"),
                (
                    f"{inc}/template.php",
                    130,
                    "dokuwiki\\Extension\\Event::createAndTrigger('TPL_ACT_RENDER', 'show', 'tpl_content_cor...')",
                ),
                render_tail[-2],
                render_tail[-1],
            ]
        )
    if kind == "ldap":
        return php_trace(
            [
                (f, line, handler),
                (
                    f"{DW_ROOT}/lib/plugins/authldap/auth.php",
                    73,
                    "auth_plugin_authldap->openLDAP()",
                ),
                (
                    f"{inc}/auth.php",
                    293,
                    "auth_plugin_authldap->checkPass('j.hartmann', 'XXXXXXXXXXXXXXX')",
                ),
                (
                    f"{inc}/auth.php",
                    140,
                    "auth_login('j.hartmann', 'XXXXXXXXXXXXXXX', false, false)",
                ),
                (f"{inc}/init.php", 317, "auth_setup()"),
                (f"{DW_ROOT}/doku.php", 36, "require_once('/var/www/dokuwi...')"),
            ]
        )
    if kind == "gallery":
        return php_trace(
            [
                (f, line, handler),
                (
                    f"{DW_ROOT}/lib/plugins/gallery/syntax/main.php",
                    74,
                    "dokuwiki\\plugin\\gallery\\classes\\FeedGallery->__construct('https://cdn.exa...', Object(dokuwiki\\plugin\\gallery\\classes\\Options))",
                ),
                (
                    f"{inc}/parserutils.php",
                    675,
                    "syntax_plugin_gallery_main->render('xhtml', Object(Doku_Renderer_xhtml), Array)",
                ),
                (f"{inc}/parserutils.php", 144, "p_render('xhtml', Array, Array)"),
                (f"{inc}/template.php", 224, "p_wiki_xhtml('handbuch:galer...', '', true, '')"),
                (f"{DW_ROOT}/doku.php", 128, "include('/var/www/dokuwi...')"),
            ]
        )
    if kind == "headers":
        return php_trace(
            [
                (f, line, handler),
                (f"{inc}/actions.php", 47, "http_status(304)"),
                (f"{DW_ROOT}/lib/exe/fetch.php", 92, "http_conditionalRequest(1717740000)"),
                (
                    f"{DW_ROOT}/lib/exe/fetch.php",
                    55,
                    "sendFile('/var/www/dokuwi...', 'image/png', false, 172800, false, NULL, NULL, NULL)",
                ),
            ]
        )
    if kind == "tag":
        return php_trace(
            [
                (f, line, handler),
                (
                    f"{DW_ROOT}/lib/plugins/tag/syntax/topic.php",
                    88,
                    "helper_plugin_tag->getTopic('projekte', NULL, 'abgeschlossen')",
                ),
                *render_tail[1:],
            ]
        )
    if kind == "cache":
        return php_trace(
            [
                (f, line, handler),
                (f"{inc}/io.php", 410, "io_mkdir_p('/var/www/dokuwi...')"),
                (f"{inc}/io.php", 236, "io_makeFileDir('/var/www/dokuwi...')"),
                (
                    f"{inc}/Cache/Cache.php",
                    147,
                    "io_saveFile('/var/www/dokuwi...', 'a:3:{i:0;a:3:{...', false)",
                ),
                (f"{inc}/parserutils.php", 99, "dokuwiki\\Cache\\Cache->storeCache(Array)"),
                (
                    f"{inc}/parserutils.php",
                    117,
                    "p_cached_instructions('/var/www/dokuwi...', false, 'handbuch:start')",
                ),
                (f"{inc}/template.php", 224, "p_wiki_xhtml('handbuch:start', '', true, '')"),
                (f"{DW_ROOT}/doku.php", 128, "include('/var/www/dokuwi...')"),
            ]
        )
    if kind == "pagelist":
        return php_trace(
            [
                (
                    f"{DW_ROOT}/lib/plugins/pagelist/syntax.php",
                    120,
                    "helper_plugin_pagelist->addPage(Array)",
                ),
                (
                    f"{inc}/Extension/SyntaxPlugin.php",
                    121,
                    "syntax_plugin_pagelist->render('xhtml', Object(Doku_Renderer_xhtml), Array)",
                ),
                *render_tail[1:],
            ]
        )
    # fatal: no errorHandler frame
    return php_trace(
        [
            (
                f"{DW_ROOT}/lib/plugins/bureaucracy/syntax.php",
                330,
                "syntax_plugin_bureaucracy->_handlepost(Array)",
            ),
            (
                f"{inc}/Extension/SyntaxPlugin.php",
                121,
                "syntax_plugin_bureaucracy->render('xhtml', Object(Doku_Renderer_xhtml), Array)",
            ),
            *render_tail[1:],
        ]
    )


def dokuwiki(r: random.Random) -> list[Log]:
    """Two DokuWiki 2024-02-06 "Kaos" wikis' error and deprecated logs (see the docstring)."""
    fs = Files()
    pids = {s: [r.randrange(900, 1900) for _ in range(6)] for s in ("intranet", "docs")}
    ldap_down = (at(8, 5), at(8, 26))

    def entry(
        site: str,
        facility: str,
        t: datetime,
        label: str,
        f: str,
        line: int | None,
        msg: str,
        details: list[str],
    ) -> datetime:
        pid = r.choice(pids[site])
        where = f"{f}({line})" if line else f

        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S}\t{where}\t{msg}", *("  " + d for d in details)]

        return fs.add(f"{site}-{facility}-2024-06-07.log", t, label, text, (site, pid), SEC)

    def warning(
        site: str, t: datetime, label: str, f: str, line: int, errstr: str, kind: str
    ) -> datetime:
        return entry(
            site,
            "error",
            t,
            "%s: " + label,
            f,
            line,
            f"E_WARNING: {errstr}",
            dw_trace(r, site, kind, f, line, errstr),
        )

    plug = f"{DW_ROOT}/lib/plugins"
    # intranet: page views, the bootstrap3 template's deprecated menu calls on every one
    for t in times(r, T0, T_END, 38):
        if r.random() < 0.85:
            caller = r.choice(
                [
                    "tpl_bootstrap3_action_item",
                    "tpl_bootstrap3_action_item",
                    "tpl_bootstrap3_tools_menu",
                ]
            )
            fn = r.choice(["tpl_actionlink", "tpl_actionlink", "tpl_get_action"])
            fl = f"{DW_ROOT}/lib/tpl/bootstrap3/tpl_functions.php"
            ln = r.choice([612, 640, 1033])
            entry(
                "intranet",
                "deprecated",
                t,
                "%s is deprecated. It was called from %s in %s:%s %s should be used instead!",
                fl,
                ln,
                f"{fn}() is deprecated. It was called from {caller}() in {fl}:{ln} see devel:menus should be used instead!",
                [],
            )
        x = r.random()
        if x < 0.22:
            key = r.choice(["firstseconly", "firstseconly", "inline", "title"])
            warning(
                "intranet",
                t + sec(r.uniform(0, 1)),
                'Undefined array key "%s"',
                f"{plug}/include/helper.php",
                312,
                f'Undefined array key "{key}"',
                "include",
            )
        elif x < 0.30:
            warning(
                "intranet",
                t + sec(r.uniform(0, 1)),
                "Trying to access array offset on value of type %s",
                f"{plug}/include/helper.php",
                705,
                "Trying to access array offset on value of type null",
                "include",
            )
        elif x < 0.40:
            var = r.choice(["attr", "attr", "class"])
            warning(
                "intranet",
                t + sec(r.uniform(0, 1)),
                "Undefined variable $%s",
                f"{plug}/wrap/syntax/div.php",
                67,
                f"Undefined variable ${var}",
                "wrap",
            )
        elif x < 0.48:
            entry(
                "intranet",
                "deprecated",
                t + sec(r.uniform(0, 1)),
                "%s is deprecated. It was called from %s in %s:%s %s should be used instead!",
                f"{plug}/discussion/action.php",
                1187,
                f"trigger_event() is deprecated. It was called from action_plugin_discussion->_show() in {plug}/discussion/action.php:1187 dokuwiki\\Extension\\Event::createAndTrigger() should be used instead!",
                [],
            )
            warning(
                "intranet",
                t + sec(r.uniform(0, 1)),
                'Attempt to read property "%s" on %s',
                f"{plug}/discussion/action.php",
                1203,
                f'Attempt to read property "{r.choice(["replies", "user"])}" on null',
                "discussion",
            )
    # intranet: the LDAP server down 08:05-08:26: every login and session re-check warns
    for t in times(r, *ldap_down, 7):
        warning(
            "intranet",
            t,
            "ldap_bind(): Unable to bind to server: %s",
            f"{plug}/authldap/auth.php",
            574,
            "ldap_bind(): Unable to bind to server: Can't contact LDAP server",
            "ldap",
        )
    # intranet: the bureaucracy form plugin calls a function removed from core
    for t in times(r, T0, T_END, 1100):
        f = f"{plug}/bureaucracy/helper/fieldusers.php"
        entry(
            "intranet",
            "error",
            t,
            "%s: Call to undefined function %s()",
            f,
            58,
            "Error: Call to undefined function auth_nameencode()",
            dw_trace(r, "intranet", "fatal", f, 58, ""),
        )
    # intranet: the bureaucracy form's old Doku_Form
    for t in times(r, T0, T_END, 420):
        fl = f"{plug}/bureaucracy/syntax.php"
        entry(
            "intranet",
            "deprecated",
            t,
            "%s is deprecated. It was called from %s in %s:%s",
            fl,
            271,
            f"Doku_Form::__construct() is deprecated. It was called from syntax_plugin_bureaucracy->render() in {fl}:271",
            [],
        )
    # docs: the public handbook; the gallery plugin's remote feed and old wrap markup
    for t in times(r, T0, T_END, 31):
        x = r.random()
        if x < 0.45:
            var = r.choice(["attr", "class"])
            warning(
                "docs",
                t,
                "Undefined variable $%s",
                f"{plug}/wrap/syntax/div.php",
                67,
                f"Undefined variable ${var}",
                "wrap",
            )
        elif x < 0.62:
            warning(
                "docs",
                t,
                "foreach() argument must be of type array|object, %s given",
                f"{plug}/gallery/classes/FeedGallery.php",
                41,
                f"foreach() argument must be of type array|object, {r.choice(['null', 'null', 'bool'])} given",
                "gallery",
            )
        elif x < 0.70:
            warning(
                "docs",
                t,
                "Cannot modify header information - headers already sent by (output started at %s:%d)",
                f"{DW_ROOT}/inc/httputils.php",
                38,
                f"Cannot modify header information - headers already sent by (output started at {DW_ROOT}/conf/local.protected.php:41)",
                "headers",
            )
        else:
            entry(
                "docs",
                "deprecated",
                t,
                "%s is deprecated. It was called from %s in %s:%s %s should be used instead!",
                f"{plug}/translation/action.php",
                95,
                f"tpl_actionlink() is deprecated. It was called from action_plugin_translation->translation_menu() in {plug}/translation/action.php:95 see devel:menus should be used instead!",
                [],
            )
    # intranet: the tag plugin's topic lists and the pagelist plugin on the project pages
    for t in times(r, T0, T_END, 240):
        if r.random() < 0.6:
            warning(
                "intranet",
                t,
                "Undefined property: %s::$%s",
                f"{plug}/tag/helper.php",
                204,
                f"Undefined property: helper_plugin_tag::${r.choice(['sort', 'sort', 'namespace'])}",
                "tag",
            )
        elif r.random() < 0.5:
            warning(
                "intranet",
                t,
                "Array to string conversion",
                f"{plug}/tag/helper.php",
                251,
                "Array to string conversion",
                "tag",
            )
        else:
            f = f"{plug}/pagelist/helper.php"
            entry(
                "intranet",
                "error",
                t,
                "%s: count(): Argument #%d ($%s) must be of type %s, %s given",
                f,
                412,
                "TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given",
                dw_trace(r, "intranet", "pagelist", f, 412, ""),
            )
    for t in times(r, at(9, 0), T_END, 1300):
        f = f"{plug}/pagelist/helper.php"
        entry(
            "intranet",
            "error",
            t,
            "%s: Call to a member function %s() on null",
            f,
            301,
            "Error: Call to a member function getTitle() on null",
            dw_trace(r, "intranet", "pagelist", f, 301, ""),
        )
    # docs: the 07:30 update run as root left data/cache unwritable until 07:47
    for t in times(r, at(7, 30, 40), at(7, 47), 13):
        warning(
            "docs",
            t,
            "mkdir(): Permission denied",
            f"{DW_ROOT}/inc/io.php",
            472,
            "mkdir(): Permission denied",
            "cache",
        )
    # docs: the CDN behind the gallery feed down 10:02-10:19
    for t in times(r, at(10, 2), at(10, 19), 11):
        warning(
            "docs",
            t,
            "file_get_contents(%s): Failed to open stream: %s",
            f"{DW_ROOT}/inc/HTTP/HTTPClient.php",
            228,
            "file_get_contents(https://cdn.example-stadt.de/handbuch/feed.xml): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable",
            "gallery",
        )
    return fs.logs(T0)


SYSTEMS = {
    "craft-cms": craft,
    "grav": grav,
    "decidim": decidim,
    "apache-answer": answer,
    "dokuwiki": dokuwiki,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
