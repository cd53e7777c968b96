#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 194 (piwigo, docspell, mayan-edms, nodebb, mantisbt) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). A photo gallery, two document managers, a forum and
a bug tracker, 06:00 to 12:00 on 2024-06-07; none of the five was in the set (PhotoPrism,
Immich, Paperless, Discourse, Redmine and Trac are).

- Piwigo 14 (`log_2024-06-07_<sha1>.txt`: its Logger, KLogger's `[Y-m-d G:i:s]\t[LEVEL]\t`
  head with the hour unpadded (`[2024-06-07 6:00:36]`), the call site's category as `[WS]\t` or
  `[i.php]\t`, a context array after the message indented two spaces a line, var_export's
  `array(` over several lines; `$conf['log_level'] = 'DEBUG'` left on by the webmaster): i.php's
  DEBUG record for every derivative it generates (an empty message, then `src_path`,
  `derivative_path`, `o_size`, `d_size`, `mem_usage` and the `timing` array: 738 records of 15
  lines), `404 Source not found` for a crawler asking for deleted photos and `301 %s` for
  photos smaller than the size asked, each with its `url`; the mobile app's uploads
  (`ws_images_exist` with the md5 list, then pwg.images.uploadAsync: `uploaded %s`, `all chunks
  are not uploaded yet, maybe on next chunk, exit for now`, `%s %s chunks available, try now to
  get lock for merging`, `lock obtained ...`, `original_sum=%s, chunk %s/%s merged`, `merged file
  %s saved`, `%s MD5 checksum OK`, `image_id after add_uploaded_file = %s`, `keep %s` for a
  week-old abandoned upload's chunks until they are deleted at 08:47); add_uploaded_file's three
  `upload_file_{pdf,tiff,video}, $file_path = %s, $representative_ext = %s` handlers, `Handling
  %s got %s` and `add_uploaded_file : force cache generation, derivative_url = %s` (the medium
  derivative's i.php record right after); two chunks' `MD5 checksum mismatched` on a flaky 4G
  link, the app's retried final chunk finding `%s already exists, another merge is under
  process`, MariaDB restarted 09:15-09:19 (i.php's `Can't connect to server`), five videos
  uploaded from the admin page (`Poster at %ss`, `Tried ffmpeg ...`, ffmpeg's banner line).
- Docspell 0.41 (`joex1.log`, `joex2.log`: two job executors' output with `logging.format =
  "Logfmt"`: `level="INFO" levelValue=300.0 message="..." fileName=... className=...
  methodName=... line=... column=null jobId=... jobInfo=... timestamp=... date=... time=...`,
  the message JSON-quoted; a job's messages come through LogSink, so they all carry LogSink's
  position and the job's `jobId` and `jobInfo`): scan-mailbox user tasks for two users every 15
  and 10 minutes (`Submitting job for periodic task '%s'`, `=== Start importing mails for user
  %s`, `Reading mails for user %s from %s/%s`, `Processing folder %s`, `Stopped after processing
  %s mails`), the office's scanner folder in bursts and mail attachments, each item's steps
  (`Creating new item with %s attachment(s)`, `Creating item finished in %s ms`, `Converting
  file %s (%s) into a PDF`, `Conversion to pdf+txt successful. Saving file.` or `pdf`,
  `Starting text extraction for %s files`, `Extracting text for attachment %s finished in %s
  ms`, `Text extraction finished in %s ms.`, `Starting text analysis`, `Classification is
  disabled. Check config or settings.` for the family, `Text-Analysis finished in %s ms`, `Job
  execution successful`); an encrypted bank statement (ocrmypdf's exit code 8 inside `PDF
  conversion failed: Command `%s` returned non-zero exit code %d. Stderr: ... Go without PDF
  file`, PDFBox's `Cannot extract text: Cannot decrypt PDF ...`), a 48-page scan timing
  ocrmypdf out (`Command `%s` did not finish in %s ms!`), PostgreSQL restarted at 09:20 (items
  `execution failed. Retrying later.`, `Found existing item with these files.` on the retry,
  the periodic scheduler's `Error getting next task`), the office's IMAP provider down
  10:00-10:40 (scan-mailbox retried until `Retries exceeded.`, the next trigger's `There is
  already a job with non-final state '%s' in the queue`).
- Mayan EDMS 4.5 (`error.log`, `error.log.1` ... `error.log.5`: MAYAN_LOGGING_LEVEL=INFO with
  the `logfile` handler, `%(asctime)s %(name)s <%(process)d> [%(levelname)s] "%(funcName)s()
  line %(lineno)d %(message)s"`, the message inside the quotes and a traceback after the
  closing one; RotatingFileHandler's 65,535 bytes and five backups, so the six hours fill six
  files): documents from the scanner and the IMAP source (`Creating new file for document: %s`,
  `New document file "%s" created for document: %s`, `New document file queued for document:
  %s`, the metadata driver's `Starting processing document file: %s`), their OCR (`Starting OCR
  for document version page ID: %s`, per page `Processing page: %d of document version: %s` and
  `Finished processing page: ...` with the version rendered `label - June 7, 2024, 7:31 a.m.`,
  `OCR complete for document version ID: %s`); the morning post's bulk import overloading the
  page image cache (`Document version page image not found. Possible cause overloaded system or
  cache size too small. Retrying task.`), encrypted bank statements (`Exception determining PDF
  page count; File has not been decrypted` with PyPDF2's chained traceback), two faxes Pillow
  cannot read, two French contracts whose document type asks Tesseract for `fra`, which is not
  installed (the backend's `Exception calling Tesseract with language option: %s; ` over 14
  lines with sh's ErrorReturnCode text, then the manager's `OCR error for document version
  page: %d; %s`, each with its traceback), the IMAP server refusing 09:40-10:10 (`Error
  processing source id: %s; [Errno 111] Connection refused`), the media volume full
  11:04-11:12 (`Error creating new document file for document "%s"; [Errno 28] No space left on
  device` and the document model's `Error creating new file for document: %s; ...`, with
  tracebacks).
- NodeBB 3.8 (`web1-output.log`, `web2-output.log`: logs/output.log of two hosts, each loader
  running workers on 4567 and 4568: winston's `2024-06-07T06:00:07.123Z [4567/18231] - info:
  msg` with `"log-colorize": "false"`, and, the ACP's HTTP logging being on, morgan's `combined`
  lines in the same file; the loader's own `console.log` lines bare): page views and ajaxified
  API calls (`GET /api/topic/%s/%s 200` 884, `GET /topic/%s/%s 200`, `GET /category/%s/%s 200`,
  `GET /api/recent 200`, replies `POST /api/v3/topics/%s 200`, crawlers' sitemap reads and
  404s), the daily digest at 07:00 (`[user/jobs] Digest (%s) scheduling completed (%s
  subscribers). Sending emails; ...`, `... sending completed. %s emails sent.`, `... complete.`),
  a MongoDB election at 08:12 (the error handler's `GET /api/topic/...` line with the driver's
  stack, the 500s), the mail relay refusing 09:30-10:05 (`[emailer.send] Error: connect
  ECONNREFUSED %s` with its stack line), a plugin's TypeError killing web2:4568 at 10:20
  (winston's `uncaughtException: Cannot read properties of undefined (reading 'uid')` with the
  stack and its JSON tail on the last frame's line, start.js's own `error:` line, `[app] Shutdown
  (SIGTERM/SIGINT) Initialised.`, the loader's `[cluster] Child Process (%s) has exited (code:
  %s, signal: %s)` and `[cluster] Spinning up another process...`, the worker's start-up: `[router]
  Routes added`, `🎉 NodeBB Ready`, `🤝 Enabling 'trust proxy'`, `📡 NodeBB is now listening on:
  %s`, `🔗 Canonical URL: %s`), a spam bot flooding socket.io at 10:40 (`[socket.io] Too many
  emits! Disconnecting uid : %s. Events : %s`), `./nodebb restart` on both hosts at 11:15 (each
  worker's five `[app]` shutdown lines, `Clustering enabled: Spinning up %s process(es).` and its
  blank line, `Initializing NodeBB v%s %s` on the primaries).
- MantisBT 2.26 (`app1-mantisbt.log`, `app2-mantisbt.log`: log_event's `date
  (complete_date_format) LEVEL file:line function() message`, `$g_complete_date_format = 'Y-m-d
  H:i:s T'` so the log shows seconds, the level the log category (`LDAP`, `MAIL`, `RECIPIENT`,
  `MAIL_VERBOSE`)): logins against Active Directory (ldap_api's `Binding to LDAP server`,
  `Attempting connection to LDAP server/URI '%s'.`, `Connection accepted by LDAP server`,
  `Setting LDAP protocol version to %s`, `Attempting bind to ldap server with username and
  password`, `Bind to ldap server successful`, `Searching for %s`, `Checking %s`, `Unbinding from
  LDAP server`, `User '%s' authenticated` / `Authentication failed`, `No matching entries found`
  for a departed user), notifications for issues reported, noted, assigned and resolved
  (email_collect_recipients' `Issue = #%d, add Reporter = @U%d`, `add Handler`, `add Monitor`,
  `add Note Author`, `add Project User`, `drop @U%d (own)`, `(disabled)`, `(pref %s off)`, `(no
  email)`, then `Issue = #%d, Type = %s, Msg = '%s', User = @U%d, Email = '%s'.` per recipient),
  cron's send_emails.php every minute on app1 (`Processing e-mail queue (%s messages)`, `Sending
  message %s`); the domain controller unreachable 07:40-07:46 (`ERROR #%d: %s` with `-1: Can't
  contact LDAP server`, `Bind to ldap server failed`), the mail relay refusing 09:05-09:48 (`ERROR:
  Message could not be sent - SMTP Error: Could not connect to SMTP host. Failed to connect to
  server`, `Server not responding for 5 seconds, aborting`), the backlog's flush outlasting a
  minute so the next run finds its messages gone (`Message $t_id has already been sent`, the
  variable name written literally by the single-quoted PHP string).

Label notes. The heads are context: Piwigo's time and level, Docspell's logfmt keys but
`message`, Mayan's time, logger, pid, level, function and line, winston's time, port/pid and
level, morgan's address, time, protocol, size, referrer and agent, MantisBT's time, category and
caller. Piwigo's category (`[WS]`, `[i.php]`) is the call site's literal, kept as wording with the
message as Cronicle's code column was (round 121): i.php's DEBUG record, whose message is empty,
is labelled `[i.php]`; its context lines and every continuation (tracebacks, the Tesseract text,
stacks, the JSON tail, the loader's blank line) have no label. A value that is a message of its
own contributes its format: ffmpeg's banner, ocrmypdf's stderr (JSON-escaped: the label keeps
the `\n` as the line shows it), `Command `%s` timed out`, PDFBox's and PyPDF2's texts, Pillow's,
`[Errno 28] ...`, the LDAP error, PHPMailer's ErrorInfo, V8's `Cannot read properties of undefined
(reading '%s')`, nodemailer's `Error: connect ECONNREFUSED %s`. Docspell's `formatExact` (`%s ms`)
is the Duration's format. NodeBB's error handler writes `${req.method} ${req.originalUrl}` then
the stack: `%s %s`. morgan's lines are labelled as the set's access logs are: method, route (ids,
slugs, page numbers and the sitemap's index variables; the query string a value) and status.
Names, paths, md5 sums, ids, users, folders, mime types and counts are values; Piwigo's
`__FUNCTION__` is wording.

Least sure (written from the helper's knowledge; Piwigo's Logger, common.inc.php's file name,
i.php, pwg.images.php's uploadAsync and exist and functions_upload.inc.php, Docspell's Logfmt
writer, Record, LogSink, SchedulerImpl, PeriodicSchedulerImpl, QJob, RJob.info, Duration,
SystemCommand, ItemHandler, CreateItem, ConvertPdf, TextExtraction, TextAnalysis and
ScanMailboxTask, Mayan's logging mixin, OCR tasks and manager, Tesseract backend, converter's page
count, document file model and file-metadata driver, NodeBB's prestart (winston format), start.js,
loader.js, the error controller, digest, emailer callers and socket.io flooding, and MantisBT's
logging_api, ldap_api and email_api were read in copies of their sources, some of them older
than the versions named): Piwigo's i.php timing figures; Docspell's line numbers and methodName
values, whether `LogSink.scala` is the position scribe records for job messages, Priority's
rendering (`High`), ConvertPdf's and TextExtraction's texts in 0.41, ocrmypdf's stderr wording;
Mayan 4.5's source task wording (`Error processing source id: %s; %s` is 3.x's), the rendered
DocumentVersion, the line numbers, the tracebacks' frames; NodeBB 3.8's emoji start-up lines
(`🤝 Enabling 'trust proxy'`), winston's exception record's key order, nodemailer's stack;
MantisBT 2.26's line numbers and PHPMailer's ErrorInfo text.
"""

from __future__ import annotations

import json
import math
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import UA_BROWSERS, clf_time, poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def php_g(t: datetime) -> str:
    """PHP's date('Y-m-d G:i:s'): the hour without its leading zero."""
    return f"{t:%Y-%m-%d} {t.hour}:{t:%M:%S}"


def fit(w: int, h: int, mw: int, mh: int) -> tuple[int, int]:
    """Piwigo's SizingParams without crop: the largest size within mw x mh, never upscaled."""
    s = min(mw / w, mh / h, 1.0)
    return max(1, round(w * s)), max(1, round(h * s))


# ----------------------------------------------------------------------------------- piwigo

PW_DERIV = {
    # type: (url suffix, max width, max height, crop)
    "square": ("sq", 120, 120, True),
    "thumb": ("th", 144, 144, False),
    "2small": ("2s", 240, 240, False),
    "small": ("sm", 576, 432, False),
    "medium": ("me", 792, 594, False),
    "large": ("la", 1008, 756, False),
    "xlarge": ("xl", 1224, 918, False),
}
PW_MEMBERS = [
    (7, "mlefebvre"),
    (12, "jcharpentier"),
    (15, "agarnier"),
    (19, "pbonnet"),
    (23, "cmorel"),
    (31, "lroux"),
]
PW_SITE = "https://photos.club-photo-annecy.fr"


def piwigo(r: random.Random) -> list[Log]:
    """Piwigo 14.4 of a photo club (one PHP-FPM pool of twelve workers, $conf['log_level'] =
    'DEBUG' left on while chasing failed uploads from the mobile app), 06:00 to 12:00: visitors
    and a crawler browsing (i.php generating derivatives, 404s for deleted photos, 301s for
    small ones), members uploading the morning's outing from the app 07:20-08:40 and again
    10:30-11:50 (pwg.images.exist, then chunked pwg.images.uploadAsync), a flaky 4G link failing
    two chunks' MD5, the app retrying a slow final chunk into a merge already under way, a
    week-old abandoned upload's chunks deleted at 08:47, MariaDB restarted 09:15-09:19 (i.php's
    connection errors), the webmaster uploading five videos from the admin page at 09:40."""
    fs = Files()
    fname = f"log_2024-06-07_{hexid(r, 40)}.txt"
    workers = sorted(r.sample(range(2100, 2400), 12))

    def P(
        t: datetime,
        pid: int,
        level: str,
        label: str,
        msg: str,
        cat: str | None = None,
        ctx: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"[{php_g(x)}]\t[{level}]\t" + (f"[{cat}]\t" if cat else "")
            return [head + msg, *[f"  {c}" for c in ctx or []]]

        return fs.add(fname, t, f"[{cat}] {label}".rstrip() if cat else label, text, pid, 1_000_000)

    def worker() -> int:
        return r.choice(workers)

    def upload_dir(t: datetime) -> str:
        return f"./upload/{t:%Y/%m/%d}"

    # --- i.php: one derivative generated (the DEBUG record with its context) or refused
    def iphp(t: datetime, src: str, kind: str, size: tuple[int, int], rot: int = 0) -> datetime:
        pid = worker()
        suffix, mw, mh, crop = PW_DERIV[kind]
        ow, oh = (size[1], size[0]) if rot in (90, 270) else size
        base = src.rsplit("/", 1)[-1]
        stem, ext = base.rsplit(".", 1)
        deriv = f"{stem}-{suffix}.{ext}"
        if crop:
            dw, dh = mw, mh
        else:
            dw, dh = fit(ow, oh, mw, mh)
        if (dw, dh) == (ow, oh) and not rot:
            return P(
                t,
                pid,
                "DEBUG",
                "301 %s",
                f"301 ./{src}",
                "i.php",
                [f"url: '/i.php?/{src.removeprefix('./')[: -len(ext) - 1]}-{suffix}.{ext}'"],
            )
        mp = ow * oh / 1e6
        timing = {
            "load": int(mp * r.uniform(14, 22)),
            "rotate": int(mp * r.uniform(6, 9)) if rot else "",
            "crop": int(mp * r.uniform(1, 2)) if crop else "",
            "scale": int(mp * r.uniform(5, 9) + r.uniform(2, 20)),
            "sharpen": r.randint(3, 30),
            "watermark": r.randint(4, 12) if kind in ("medium", "large", "xlarge") else "",
            "save": r.randint(3, 40),
            "send": r.randint(0, 3),
        }
        timing["total"] = sum(v for v in timing.values() if isinstance(v, int)) + r.randint(2, 15)
        mem = round(r.uniform(1.9, 2.6) * mp * 4 + 2, 1)
        ctx = [
            f"src_path: '{base}'",
            f"derivative_path: '{deriv}'",
            f"o_size: '{ow} {oh} {ow * oh}'",
            f"d_size: '{dw} {dh} {dw * dh}'",
            f"mem_usage: {mem:.1f}",
            "timing: array(",
            *[f"  '{k}' => {v if isinstance(v, int) else repr(v)}," for k, v in timing.items()],
            ")",
        ]
        return P(t + sec(timing["total"] / 1000), pid, "DEBUG", "", "", "i.php", ctx)

    # the gallery's older photos: (path, size, rotation)
    old: list[tuple[str, tuple[int, int], int]] = []
    for _ in range(220):
        y = r.choice([2016, 2018, 2019, 2020, 2021, 2022, 2023, 2023, 2024])
        d = datetime(
            y,
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(8, 22),
            r.randint(0, 59),
            r.randint(0, 59),
        )
        size = r.choice(
            [(4032, 3024), (6000, 4000), (5472, 3648), (4608, 3456), (1024, 768), (800, 600)]
        )
        old.append(
            (
                f"upload/{d:%Y/%m/%d}/{d:%Y%m%d%H%M%S}-{hexid(r, 8)}.jpg",
                size,
                r.choice([0, 0, 0, 90]),
            )
        )
    deleted = [
        f"upload/{y}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(100000, 235959)}-{hexid(r, 8)}"
        for y in (2015, 2016, 2017, 2018)
        for _ in range(6)
    ]
    new: list[tuple[str, tuple[int, int], int]] = []
    db_down = (at(9, 15, 12), at(9, 19, 40))

    # visitors and a crawler over the six hours
    for t in sorted(poisson(r, T0, T_END, 34.0) + poisson(r, *db_down, 21.0)):
        if in_any(t, [db_down]):
            P(t, worker(), "ERROR", "Can't connect to server", "Can't connect to server", "i.php")
            continue
        pool = new if new and r.random() < 0.55 else old
        src, size, rot = r.choice(pool)
        kind = weighted(
            r,
            [
                (4, "thumb"),
                (2, "2small"),
                (3, "medium"),
                (2, "square"),
                (1, "large"),
                (0.5, "xlarge"),
                (1, "small"),
            ],
        )
        iphp(t, "./" + src if not src.startswith("./") else src, kind, size, rot)  # type: ignore[arg-type]
    for t in poisson(r, at(6, 20), at(7, 5), 70.0) + poisson(r, at(10, 5), at(10, 40), 90.0):
        p = r.choice(deleted)
        kind = r.choice(["me", "th", "la", "sq"])
        P(
            t,
            worker(),
            "ERROR",
            "404 Source not found",
            "404 Source not found",
            "i.php",
            [f"url: '/i.php?/{p}-{kind}.jpg'"],
        )

    # an abandoned upload from 2024-05-31 08:46: three chunks of four left in the buffer
    stale_md5 = hexid(r, 32)
    stale = [f"./upload/buffer/{stale_md5}-u19-{i:03d}of004.chunk" for i in (1, 2, 3)]
    stale_gone = [False]
    image_id = [48211]

    def add_uploaded_file(
        t: datetime, pid: int, md5: str, ext: str, size: tuple[int, int], video: bool = False
    ) -> tuple[datetime, str]:
        fp = f"{upload_dir(t)}/{t:%Y%m%d%H%M%S}-{md5[:8]}.{ext}"
        for h in ("pdf", "tiff", "video"):
            t = P(
                t + sec(0.01),
                pid,
                "INFO",
                f"upload_file_{h}, $file_path = %s, $representative_ext = %s",
                f"upload_file_{h}, $file_path = {fp}, $representative_ext = ",
            )
        rep = ""
        if video:
            poster = min(math.floor(r.uniform(0.4, 48) * 10) / 10, 2)
            ps = f"{poster:g}"
            t = P(
                t + sec(0.3),
                pid,
                "INFO",
                "upload_file_video, Poster at %ss",
                f"upload_file_video, Poster at {ps}s",
            )
            repf = (
                f"{upload_dir(t)}/pwg_representative/{fp.rsplit('/', 1)[1].rsplit('.', 1)[0]}.jpg"
            )
            t = P(
                t + sec(0.01),
                pid,
                "DEBUG",
                "upload_file_video, Tried %s",
                f'upload_file_video, Tried ffmpeg -ss {ps} -i "{fp}" -frames:v 1 "{repf}"',
            )
            t = P(
                t + sec(0.01),
                pid,
                "DEBUG",
                "ffmpeg version %s Copyright (c) 2000-%d the FFmpeg developers",
                "ffmpeg version 5.1.4-0+deb12u1 Copyright (c) 2000-2023 the FFmpeg developers",
            )
            rep = "jpg"
        t = P(t + sec(0.01), pid, "INFO", "Handling %s got %s", f"Handling {fp} got {rep}")
        image_id[0] += 1
        if video:
            durl = f"{PW_SITE}/i.php?/{upload_dir(t)[2:]}/pwg_representative/{fp.rsplit('/', 1)[1].rsplit('.', 1)[0]}-me.jpg"
        else:
            durl = f"{PW_SITE}/i.php?/{fp[2:].rsplit('.', 1)[0]}-me.{ext}"
        t = P(
            t + sec(r.uniform(0.2, 0.8)),
            pid,
            "INFO",
            "add_uploaded_file : force cache generation, derivative_url = %s",
            f"add_uploaded_file : force cache generation, derivative_url = {durl}",
        )
        src = durl.split("i.php?/", 1)[1].replace("-me.", ".")
        te = iphp(t + sec(0.05), "./" + src, "medium", (1920, 1080) if video else size, 0)
        if not video:
            new.append(("./" + src, size, 0))
        return max(t, te), fp

    def app_upload(
        t: datetime, uid: int, size: tuple[int, int], bad_chunk: int = 0, collide: bool = False
    ) -> datetime:
        md5 = hexid(r, 32)
        n = r.choice([2, 2, 3, 3, 3, 4])
        prefix = f"./upload/buffer/{md5}-u{uid}"
        for i in range(1, n + 1):
            t += sec(r.uniform(1.5, 6.0))
            pid = worker()
            chunk = f"{prefix}-{i:03d}of{n:03d}.chunk"
            t = P(
                t,
                pid,
                "DEBUG",
                "ws_images_uploadAsync uploaded %s",
                f"ws_images_uploadAsync uploaded {chunk}",
            )
            if i == bad_chunk:
                P(
                    t + sec(0.02),
                    pid,
                    "ERROR",
                    "ws_images_uploadAsync %s MD5 checksum mismatched",
                    f"ws_images_uploadAsync {chunk} MD5 checksum mismatched",
                )
                t += sec(r.uniform(4, 9))
                pid = worker()
                t = P(
                    t,
                    pid,
                    "DEBUG",
                    "ws_images_uploadAsync uploaded %s",
                    f"ws_images_uploadAsync uploaded {chunk}",
                )
            if i < n:
                t = P(
                    t + sec(0.02),
                    pid,
                    "DEBUG",
                    "ws_images_uploadAsync all chunks are not uploaded yet, maybe on next chunk, exit for now",
                    "ws_images_uploadAsync all chunks are not uploaded yet, maybe on next chunk, exit for now",
                )
                continue
            t = P(
                t + sec(0.02),
                pid,
                "DEBUG",
                "ws_images_uploadAsync %s %s chunks available, try now to get lock for merging",
                f"ws_images_uploadAsync {md5} {n} chunks available, try now to get lock for merging",
            )
            t = P(
                t + sec(0.01),
                pid,
                "DEBUG",
                "ws_images_uploadAsync lock obtained to merge chunks",
                "ws_images_uploadAsync lock obtained to merge chunks",
            )
            merged = f"{prefix}.merged"
            t_retry = t + sec(r.uniform(1.2, 2.5))
            for k in range(1, n + 1):
                t = P(
                    t + sec(r.uniform(0.05, 0.4)),
                    pid,
                    "DEBUG",
                    "ws_images_uploadAsync original_sum=%s, chunk %s/%s merged",
                    f"ws_images_uploadAsync original_sum={md5}, chunk {k}/{n} merged",
                )
            if collide:
                p2 = worker()
                tr = P(
                    t_retry,
                    p2,
                    "DEBUG",
                    "ws_images_uploadAsync uploaded %s",
                    f"ws_images_uploadAsync uploaded {prefix}-{n:03d}of{n:03d}.chunk",
                )
                tr = P(
                    tr + sec(0.02),
                    p2,
                    "DEBUG",
                    "ws_images_uploadAsync %s %s chunks available, try now to get lock for merging",
                    f"ws_images_uploadAsync {md5} {n} chunks available, try now to get lock for merging",
                )
                P(
                    tr + sec(0.01),
                    p2,
                    "ERROR",
                    "ws_images_uploadAsync %s already exists, another merge is under process",
                    f"ws_images_uploadAsync {merged} already exists, another merge is under process",
                )
            t = P(
                t + sec(0.05),
                pid,
                "DEBUG",
                "ws_images_uploadAsync merged file %s saved",
                f"ws_images_uploadAsync merged file {merged} saved",
            )
            t = P(
                t + sec(0.2),
                pid,
                "DEBUG",
                "ws_images_uploadAsync %s MD5 checksum OK",
                f"ws_images_uploadAsync {merged} MD5 checksum OK",
            )
            t, _fp = add_uploaded_file(t + sec(0.05), pid, md5, "jpg", size)
            t = P(
                t + sec(0.1),
                pid,
                "DEBUG",
                "ws_images_uploadAsync image_id after add_uploaded_file = %s",
                f"ws_images_uploadAsync image_id after add_uploaded_file = {image_id[0]}",
            )
            if not stale_gone[0]:
                old_enough = t >= at(8, 46, 52)
                for f in stale:
                    if old_enough:
                        t = P(
                            t + sec(0.01),
                            pid,
                            "INFO",
                            "ws_images_uploadAsync delete %s",
                            f"ws_images_uploadAsync delete {f}",
                        )
                    else:
                        t = P(
                            t + sec(0.01),
                            pid,
                            "DEBUG",
                            "ws_images_uploadAsync keep %s",
                            f"ws_images_uploadAsync keep {f}",
                        )
                if old_enough:
                    stale_gone[0] = True
        return t

    def batch(t: datetime, uid: int, k: int, flaky: bool = False, collide_at: int = -1) -> None:
        md5s = ",".join(hexid(r, 32) for _ in range(k))
        t = P(
            t,
            worker(),
            "DEBUG",
            "ws_images_exist",
            "ws_images_exist",
            "WS",
            [f"md5sum_list: '{md5s}'", "filename_list: NULL"],
        )
        for i in range(k):
            size = r.choice([(4032, 3024), (4032, 3024), (3024, 4032), (4000, 3000), (8064, 6048)])
            bad = 2 if flaky and i in (3, 7) else 0
            t = app_upload(
                t + sec(r.uniform(0.5, 2.0)), uid, size, bad_chunk=bad, collide=(i == collide_at)
            )

    # the morning outing's photos, from the app
    starts = [
        (at(7, 21, 40), 12, 14, False, -1),
        (at(7, 34, 5), 23, 11, True, -1),
        (at(7, 52, 30), 7, 9, False, 4),
        (at(8, 9, 12), 31, 8, False, -1),
        (at(8, 25, 50), 15, 10, False, -1),
        (at(8, 47, 30), 19, 6, False, -1),
        (at(10, 33, 15), 12, 7, False, -1),
        (at(11, 5, 40), 23, 6, False, -1),
        (at(11, 31, 2), 31, 5, False, -1),
    ]
    for t, uid, k, flaky, collide_at in starts:
        batch(t, uid, k, flaky, collide_at)

    # the webmaster's videos and a few photos from the admin page (pwg.images.upload)
    t = at(9, 41, 20)
    for i in range(9):
        pid = worker()
        video = i % 2 == 0 and i < 10
        t, _ = add_uploaded_file(
            t + sec(r.uniform(20, 70)),
            pid,
            hexid(r, 32),
            "mp4" if video else "jpg",
            (5472, 3648),
            video,
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- docspell

DS_LV = {"INFO": 300.0, "WARN": 400.0, "ERROR": 500.0}


def ds_id(r: random.Random) -> str:
    s = "".join(r.choice(B58) for _ in range(44))
    return "-".join(s[i : i + 11] for i in range(0, 44, 11))


DS_FILES = [
    # name, mime, converter result, extraction ms range
    ("scan_{d}_{n}.pdf", "application/pdf", "pdf+txt", (300, 2400)),
    ("IMG_{n}.jpg", "image/jpeg", "pdf+txt", (900, 4200)),
    ("Rechnung_{y}-{n}.pdf", "application/pdf", "pdf+txt", (250, 1500)),
    (
        "Angebot {n}.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf",
        (200, 900),
    ),
    ("Lieferschein_{n}.pdf", "application/pdf", "pdf+txt", (250, 1400)),
]


def docspell(r: random.Random) -> list[Log]:
    """Docspell 0.41 with two job executors (`joex1.log`, `joex2.log`: the containers' output
    with `logging.format = "Logfmt"`, docspell at Info), two collectives (a family's, with
    classification off, and an office's), 06:00 to 12:00: scan-mailbox user tasks every 15 and
    10 minutes, the office's scanner folder uploaded by dsc in bursts (07:25-08:40, 10:50-11:30)
    and mail attachments, each item's ProcessItem steps through LogSink with `jobId` and
    `jobInfo`; a 48-page scan making ocrmypdf time out at 08:05, an encrypted bank statement at
    07:48, PostgreSQL restarted at 09:20 (running items retried, `Found existing item with these
    files.`, the periodic scheduler's `Error getting next task`), the office's IMAP provider
    down 10:00-10:40 (scan-mailbox retried until `Retries exceeded.`), joex2 restarted at 10:45
    (its schedulers stopping, Flyway, Ember, the schedulers starting)."""
    fs = Files()
    nodes = ["joex1", "joex2"]

    def D(
        node: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        pos: tuple[str, str, str | None, int | None],
        data: dict[str, str] | None = None,
    ) -> datetime:
        fn, cn, mn, ln = pos
        d = " ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in (data or {}).items())

        def text(x: datetime) -> list[str]:
            ms = int(x.timestamp() * 1000)
            return [
                f"level={json.dumps(level)} levelValue={DS_LV[level]} message={json.dumps(msg, ensure_ascii=False)} "
                f"fileName={json.dumps(fn)} className={json.dumps(cn)} methodName={json.dumps(mn)} "
                f"line={json.dumps(ln)} column=null {d} timestamp={ms} date={x:%Y-%m-%d} "
                f"time={x:%H:%M:%S}.{x.microsecond // 1000:03d}+0000"
            ]

        return fs.add(f"{node}.log", t, label, text, node, 1000)

    SINK = {
        "INFO": ("LogSink.scala", "docspell.scheduler.impl.LogSink", "logInternal", 33),
        "WARN": ("LogSink.scala", "docspell.scheduler.impl.LogSink", "logInternal", 37),
        "ERROR": ("LogSink.scala", "docspell.scheduler.impl.LogSink", "logInternal", 43),
    }

    class Job:
        def __init__(self, group: str, task: str, prio: str) -> None:
            self.id = ds_id(r)
            self.info = f"{self.id[:9]}.../{group}/{task}/{prio}"
            self.retries = 0

    def J(
        node: str, t: datetime, job: Job, level: str, label: str, msg: str | None = None
    ) -> datetime:
        return D(
            node,
            t,
            level,
            label,
            msg if msg is not None else label,
            SINK[level],
            {"jobId": job.id, "jobInfo": job.info},
        )

    def ms(lo: float, hi: float) -> int:
        return int(r.uniform(lo, hi))

    busy: dict[str, list[tuple[datetime, datetime]]] = {n: [] for n in nodes}
    down: dict[str, tuple[datetime, datetime]] = {}
    db_down = (at(9, 20, 10), at(9, 21, 45))
    imap_down = (at(10, 0, 0), at(10, 40, 0))

    def pick_node(t: datetime) -> str:
        cand = [n for n in nodes if not (n in down and in_any(t, [down[n]]))]
        return min(cand, key=lambda n: (sum(1 for a, b in busy[n] if a <= t < b), r.random()))

    seq = [1000]

    def fname(pat: str, t: datetime) -> str:
        seq[0] += r.randint(1, 7)
        return pat.format(d=f"{t:%Y%m%d}", n=seq[0], y=t.year)

    def process_item(
        t: datetime,
        group: str,
        files: list[tuple[str, str, str, tuple[int, int]]],
        special: str = "",
        job: Job | None = None,
    ) -> datetime:
        node = pick_node(t)
        job = job or Job(group, "process-item", "High" if group == "office" else "Low")
        t0 = t
        retry = job.retries > 0
        if retry:
            t = J(node, t, job, "WARN", "Found existing item with these files.")
        else:
            t = J(
                node,
                t,
                job,
                "INFO",
                "Creating new item with %s attachment(s)",
                f"Creating new item with {len(files)} attachment(s)",
            )
        t = J(
            node,
            t + sec(0.15),
            job,
            "INFO",
            "Creating item finished in %s ms",
            f"Creating item finished in {ms(40, 260)} ms",
        )
        for name, mime, conv, _rng in files:
            t = J(
                node,
                t + sec(0.05),
                job,
                "INFO",
                "Converting file %s (%s) into a PDF",
                f"Converting file {name} ({mime}) into a PDF",
            )
            cmd = f"ocrmypdf -l deu --skip-text --deskew -j 1 /tmp/docspell-convert/{r.randint(10**18, 10**19 - 1)}.pdf /tmp/docspell-convert/{r.randint(10**18, 10**19 - 1)}.pdf"
            if special == "timeout":
                t = J(
                    node,
                    t + sec(300),
                    job,
                    "WARN",
                    "Command `%s` did not finish in %s ms!",
                    f"Command `{cmd}` did not finish in 300000 ms!",
                )
                t = J(
                    node,
                    t + sec(0.2),
                    job,
                    "ERROR",
                    "PDF conversion failed: Command `%s` timed out (%s ms). Go without PDF file",
                    f"PDF conversion failed: Command `{cmd}` timed out (300000 ms). Go without PDF file",
                )
            elif special == "encrypted":
                t = J(
                    node,
                    t + sec(r.uniform(1, 2)),
                    job,
                    "ERROR",
                    "PDF conversion failed: Command `%s` returned non-zero exit code %d. Stderr: Input PDF is encrypted. The encryption must be removed to perform OCR.\\n. Go without PDF file",
                    f"PDF conversion failed: Command `{cmd}` returned non-zero exit code 8. Stderr: Input PDF is encrypted. The encryption must be removed to perform OCR.\n. Go without PDF file",
                )
            else:
                pages = r.randint(1, 4)
                t = J(
                    node,
                    t + sec(r.uniform(3, 9) * pages if conv == "pdf+txt" else r.uniform(2, 5)),
                    job,
                    "INFO",
                    f"Conversion to {conv} successful. Saving file.",
                )
        t = J(
            node,
            t + sec(0.1),
            job,
            "INFO",
            "Starting text extraction for %s files",
            f"Starting text extraction for {len(files)} files",
        )
        total = 0
        for name, _mime, _conv, rng in files:
            if special == "encrypted":
                t = J(
                    node,
                    t + sec(0.3),
                    job,
                    "WARN",
                    "Cannot extract text: Cannot decrypt PDF, the password is incorrect. Try with converted file",
                )
                t = J(node, t + sec(0.01), job, "ERROR", "Cannot extract text")
            e = ms(*rng)
            total += e
            t = J(
                node,
                t + sec(e / 1000),
                job,
                "INFO",
                "Extracting text for attachment %s finished in %s ms",
                f"Extracting text for attachment {name} finished in {e} ms",
            )
        if in_any(t, [db_down]) or in_any(t0, [db_down]):
            job.retries += 1
            t = J(
                node,
                t + sec(0.3),
                job,
                "ERROR",
                "Job %s execution failed. Retrying later.",
                f"Job {job.info} execution failed. Retrying later.",
            )
            busy[node].append((t0, t))
            process_item(
                db_down[1] + sec(60 * 2 ** (job.retries - 1) + r.uniform(1, 20)),
                group,
                files,
                special,
                job,
            )
            return t
        t = J(
            node,
            t + sec(0.2),
            job,
            "INFO",
            "Text extraction finished in %s ms.",
            f"Text extraction finished in {total + ms(20, 150)} ms.",
        )
        t = J(node, t + sec(0.05), job, "INFO", "Starting text analysis")
        if group == "family":
            t = J(
                node,
                t + sec(0.3),
                job,
                "INFO",
                "Classification is disabled. Check config or settings.",
            )
        a = ms(400, 3800)
        t = J(
            node,
            t + sec(a / 1000),
            job,
            "INFO",
            "Text-Analysis finished in %s ms",
            f"Text-Analysis finished in {a} ms",
        )
        t = J(node, t + sec(r.uniform(0.3, 1.5)), job, "INFO", "Job execution successful")
        busy[node].append((t0, t))
        return t

    def periodic(node: str, t: datetime, state: str | None) -> datetime:
        pos = (
            "PeriodicSchedulerImpl.scala",
            "docspell.scheduler.impl.PeriodicSchedulerImpl",
            "submitJob",
            113,
        )
        if state:
            return D(
                node,
                t,
                "INFO",
                "There is already a job with non-final state '%s' in the queue",
                f"There is already a job with non-final state '{state}' in the queue",
                pos,
            )
        return D(
            node,
            t,
            "INFO",
            "Submitting job for periodic task '%s'",
            "Submitting job for periodic task 'scan-mailbox'",
            (pos[0], pos[1], pos[2], 118),
        )

    mail_jobs: dict[str, list[tuple[datetime, datetime, str]]] = {"anna": [], "tom": []}

    def scan_mailbox(t: datetime, user: str) -> None:
        group = "family" if user == "anna" else "office"
        pnode = r.choice(nodes)
        if in_any(t, [db_down]):
            D(
                pnode,
                t,
                "ERROR",
                "Error getting next task",
                "Error getting next task",
                (
                    "PeriodicSchedulerImpl.scala",
                    "docspell.scheduler.impl.PeriodicSchedulerImpl",
                    "logThrow",
                    158,
                ),
            )
            return
        for a, b, state in mail_jobs[user]:
            if a <= t < b:
                periodic(pnode, t, state)
                return
        t = periodic(pnode, t, None)
        job = Job(group, "scan-mailbox", "Low")
        conn, folders = (
            ("gmx-imap", ["INBOX", "Rechnungen"]) if user == "anna" else ("office-imap", ["INBOX"])
        )
        attempt = 0
        while True:
            node = pick_node(t)
            ts = t + sec(r.uniform(0.2, 1.0))
            tt = J(
                node,
                ts,
                job,
                "INFO",
                "=== Start importing mails for user %s",
                f"=== Start importing mails for user {user}",
            )
            tt = J(
                node,
                tt + sec(0.05),
                job,
                "INFO",
                "Reading mails for user %s from %s/%s",
                f"Reading mails for user {user} from {conn}/{', '.join(folders)}",
            )
            if user == "tom" and in_any(tt, [imap_down]):
                if attempt >= 2:
                    te = J(
                        node,
                        tt + sec(180.2),
                        job,
                        "ERROR",
                        "Job %s execution failed. Retries exceeded.",
                        f"Job {job.info} execution failed. Retries exceeded.",
                    )
                    mail_jobs[user].append((ts, te, "Running"))
                    return
                tt = J(
                    node,
                    tt + sec(180.1),
                    job,
                    "ERROR",
                    "Job %s execution failed. Retrying later.",
                    f"Job {job.info} execution failed. Retrying later.",
                )
                attempt += 1
                t = tt + sec(60 * 2 ** (attempt - 1) + r.uniform(0, 9))
                mail_jobs[user] += [(ts, tt, "Running"), (tt, t, "Stuck")]
                continue
            got = 0
            for f in folders:
                tt = J(
                    node,
                    tt + sec(r.uniform(0.3, 2.0)),
                    job,
                    "INFO",
                    "Processing folder %s",
                    f"Processing folder {f}",
                )
                if r.random() < (0.35 if user == "tom" else 0.12):
                    k = r.choice([1, 1, 1, 2])
                    got += k
                    for _ in range(k):
                        spec = r.choice(DS_FILES[2:3] + DS_FILES[4:5])
                        process_item(
                            tt + sec(r.uniform(2, 8)), group, [(fname(spec[0], tt), *spec[1:])]
                        )
            tt = J(
                node,
                tt + sec(0.4),
                job,
                "INFO",
                "Stopped after processing %s mails",
                f"Stopped after processing {got} mails",
            )
            te = J(node, tt + sec(0.1), job, "INFO", "Job execution successful")
            mail_jobs[user].append((ts, te, "Running"))
            return

    # scan-mailbox user tasks
    for user, period, off in (("anna", 900, 60), ("tom", 600, 130)):
        t = T0 + sec(off)
        while t < T_END:
            scan_mailbox(t + sec(r.uniform(0, 2)), user)
            t += sec(period)

    # the office's scanner folder (dsc watch) in bursts, and the family's phone uploads
    def scans(a: datetime, b: datetime, mean: float) -> None:
        for t in poisson(r, a, b, mean):
            k = r.choice([1, 1, 1, 2, 3])
            files = []
            for _ in range(k):
                spec = r.choice(DS_FILES[:1] + DS_FILES[3:4] + DS_FILES[:1])
                files.append((fname(spec[0], t), *spec[1:]))
            process_item(t, "office", files)

    scans(at(7, 25), at(8, 40), 62.0)
    scans(at(10, 50), at(11, 30), 85.0)
    scans(at(8, 40), at(10, 50), 420.0)
    for t in poisson(r, at(6, 30), at(11, 50), 540.0):
        k = r.choice([1, 1, 2])
        process_item(t, "family", [(fname(DS_FILES[1][0], t), *DS_FILES[1][1:]) for _ in range(k)])
    process_item(
        at(8, 5, 12),
        "office",
        [("scan_20240607_1001.pdf", "application/pdf", "pdf+txt", (9000, 14000))],
        "timeout",
    )
    process_item(
        at(7, 48, 31),
        "family",
        [("Kontoauszug_2024-05.pdf", "application/pdf", "pdf+txt", (300, 600))],
        "encrypted",
    )
    for dt in (-14, -9, 22):
        process_item(
            db_down[0] + sec(dt),
            "office",
            [(fname(DS_FILES[0][0], db_down[0]), *DS_FILES[0][1:]) for _ in range(2)],
        )
    # the periodic scheduler waking up while the database is away
    for n in nodes:
        D(
            n,
            db_down[0] + sec(r.uniform(20, 60)),
            "ERROR",
            "Error getting next task",
            "Error getting next task",
            (
                "PeriodicSchedulerImpl.scala",
                "docspell.scheduler.impl.PeriodicSchedulerImpl",
                "logThrow",
                158,
            ),
        )

    return fs.logs(T0)


# ------------------------------------------------------------------------------- mayan-edms


def django_dt(t: datetime) -> str:
    """Django's DATETIME_FORMAT 'N j, Y, P' (English): `June 7, 2024, 6:14 a.m.`, `noon`."""
    if t.minute == 0 and t.hour in (0, 12):
        p = "midnight" if t.hour == 0 else "noon"
    else:
        h = t.hour % 12 or 12
        p = f"{h}:{t.minute:02d}" if t.minute else f"{h}"
        p += " a.m." if t.hour < 12 else " p.m."
    return f"June {t.day}, {t.year}, {p}"


MY_SITE = "/opt/mayan-edms/lib/python3.11/site-packages"


def my_frame(path: str, line: int, fn: str, src: str, caret: str = "") -> list[str]:
    out = [f'  File "{path}", line {line}, in {fn}', f"    {src}"]
    if caret:
        out.append(f"    {caret}")
    return out


def my_tesseract_trace(lang: str) -> list[str]:
    return [
        "Traceback (most recent call last):",
        *my_frame(
            f"{MY_SITE}/mayan/apps/ocr/backends/tesseract.py",
            74,
            "execute",
            "output = self.command_tesseract(",
            "         ^^^^^^^^^^^^^^^^^^^^^^^",
        ),
        *my_frame(
            f"{MY_SITE}/sh.py",
            1524,
            "__call__",
            "return RunningCommand(cmd, call_args, stdin, stdout, stderr)",
            "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ),
        *my_frame(f"{MY_SITE}/sh.py", 788, "__init__", "self.wait()"),
        *my_frame(f"{MY_SITE}/sh.py", 845, "wait", "self.handle_command_exit_code(exit_code)"),
        *my_frame(f"{MY_SITE}/sh.py", 869, "handle_command_exit_code", "raise exc"),
        "sh.ErrorReturnCode_1: ",
        "",
        f"  RAN: /usr/bin/tesseract - - -l {lang}",
        "",
        "  STDOUT:",
        "",
        "",
        "  STDERR:",
        *my_tess_stderr(lang),
    ]


def my_tess_stderr(lang: str) -> list[str]:
    return [
        f"Error opening data file /usr/share/tesseract-ocr/5/tessdata/{lang}.traineddata",
        'Please make sure the TESSDATA_PREFIX environment variable is set to your "tessdata" directory.',
        f"Failed loading language '{lang}'",
        "Tesseract couldn't load any languages!",
        "Could not initialize tesseract.",
    ]


def mayan_edms(r: random.Random) -> list[Log]:
    """Mayan EDMS 4.5 of a law office (the Docker image: gunicorn and the Celery workers A-D
    under supervisord, MAYAN_LOGGING_LEVEL=INFO with the `logfile` handler: every process
    writes /var/lib/mayan/error.log through its own RotatingFileHandler, 65,535 bytes and five
    backups, so the six hours are `error.log.5` ... `error.log`), 06:00 to 12:00: documents from
    the scanner's watch folder (a bulk import of the day's post at 07:30 overloading the page
    image cache: `Document version page image not found ...  Retrying task.`) and the IMAP
    source, each file's metadata driver and its version's OCR (`Starting OCR for document
    version page ID: %s`, a page task per page, `OCR complete ...`); encrypted bank statements
    (`Exception determining PDF page count; File has not been decrypted` with its chained
    traceback), two French contracts whose document type asks Tesseract for `fra`, which is not
    installed (the backend's multi-line error and `OCR error for document version page: %d; %s`
    with tracebacks, per page), the mail server refusing the IMAP source 09:40-10:10."""
    fs = Files()
    pids = {"A": [1841, 1846], "B": [1843, 1849, 1852], "C": [1844], "D": [1845, 1851]}

    def M(
        t: datetime,
        pid: int,
        logger: str,
        level: str,
        fn: str,
        line: int,
        label: str,
        msg: str,
        trace: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            body = msg.split("\n")
            first = f'{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {logger} <{pid}> [{level}] "{fn}() line {line} {body[0]}'
            lines = [first, *body[1:]]
            lines[-1] += '"'
            return lines + (trace or [])

        return fs.add("error.log", t, label, text, pid, 1000)

    ver = [1480]
    page_id = [5210]
    file_id = [1490]
    clients = ["Müller GmbH", "Stadtwerke Ulm", "Hofmann & Partner", "Becker KG", "Dr. Schneider"]

    def ocr(t: datetime, label: str, pages: int, lang: str = "deu", overload: bool = False) -> None:
        ver[0] += 1
        vid = ver[0]
        vstr = f"{label} - {django_dt(t)}"
        t = M(
            t,
            r.choice(pids["B"]),
            "mayan.apps.ocr.tasks",
            "INFO",
            "task_document_version_ocr_process",
            20,
            "Starting OCR for document version page ID: %s",
            f"Starting OCR for document version page ID: {vid}",
        )
        ends = []
        for pg in range(1, pages + 1):
            page_id[0] += 1
            pid = r.choice(pids["B"])
            tp = t + sec(r.uniform(0.3, 3.0) + pg * 0.4)
            if overload and r.random() < 0.45:
                tp = M(
                    tp,
                    pid,
                    "mayan.apps.ocr.tasks",
                    "INFO",
                    "task_document_version_page_ocr_process",
                    71,
                    "Document version page image not found. Possible cause overloaded system or cache size too small. Retrying task.",
                    "Document version page image not found. Possible cause overloaded system or cache size too small. Retrying task.",
                )
                tp += sec(r.uniform(180, 200))
            tp = M(
                tp,
                pid,
                "mayan.apps.ocr.managers",
                "INFO",
                "process_document_version_page",
                27,
                "Processing page: %d of document version: %s",
                f"Processing page: {pg} of document version: {vstr}",
            )
            if lang != "deu":
                err = [
                    f"Exception calling Tesseract with language option: {lang}; ",
                    "",
                    f"  RAN: /usr/bin/tesseract - - -l {lang}",
                    "",
                    "  STDOUT:",
                    "",
                    "",
                    "  STDERR:",
                    *my_tess_stderr(lang),
                    "",
                    f'The requested OCR language "{lang}" is not available and needs to be installed.',
                ]
                tp = M(
                    tp + sec(r.uniform(0.2, 0.6)),
                    pid,
                    "mayan.apps.ocr.backends.tesseract",
                    "ERROR",
                    "execute",
                    96,
                    "Exception calling Tesseract with language option: %s; ",
                    "\n".join(err),
                    my_tesseract_trace(lang),
                )
                trace2 = [
                    *my_tesseract_trace(lang),
                    "",
                    "During handling of the above exception, another exception occurred:",
                    "",
                    "Traceback (most recent call last):",
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/ocr/managers.py",
                        46,
                        "process_document_version_page",
                        "ocr_content = OCRBackendBase.get_instance().execute(",
                        "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/ocr/classes.py",
                        51,
                        "execute",
                        "return self._execute(file_object=file_object, language=language)",
                        "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/ocr/backends/tesseract.py",
                        105,
                        "execute",
                        "raise OCRError(error_message)",
                    ),
                    # the exception's own text spreads over lines
                    "mayan.apps.ocr.exceptions.OCRError: " + err[0],
                    *err[1:],
                ]
                M(
                    tp + sec(0.01),
                    pid,
                    "mayan.apps.ocr.managers",
                    "ERROR",
                    "process_document_version_page",
                    55,
                    "OCR error for document version page: %d; Exception calling Tesseract with language option: %s; ",
                    f"OCR error for document version page: {page_id[0]}; " + "\n".join(err),
                    trace2,
                )
                continue
            tp = M(
                tp + sec(r.uniform(2.5, 9.0)),
                pid,
                "mayan.apps.ocr.managers",
                "INFO",
                "process_document_version_page",
                64,
                "Finished processing page: %d of document version: %s",
                f"Finished processing page: {pg} of document version: {vstr}",
            )
            ends.append(tp)
        if lang == "deu":
            M(
                max(ends or [t]) + sec(r.uniform(0.1, 0.8)),
                r.choice(pids["C"]),
                "mayan.apps.ocr.tasks",
                "INFO",
                "task_document_version_ocr_finished",
                84,
                "OCR complete for document version ID: %s",
                f"OCR complete for document version ID: {vid}",
            )

    DF = "mayan.apps.documents.models.document_file_models"
    DM = "mayan.apps.documents.models.document_models"
    disk_full = (at(11, 4, 30), at(11, 12, 10))

    def enospc_trace() -> list[str]:
        return [
            "Traceback (most recent call last):",
            *my_frame(
                f"{MY_SITE}/mayan/apps/documents/models/document_file_models.py",
                241,
                "_create",
                "result = self._save(*args, **kwargs)",
                "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            *my_frame(
                f"{MY_SITE}/mayan/apps/documents/models/document_file_models.py",
                560,
                "_save",
                "super().save(*args, **kwargs)",
            ),
            *my_frame(
                f"{MY_SITE}/django/core/files/storage/filesystem.py",
                106,
                "_save",
                "_file.write(chunk)",
            ),
            "OSError: [Errno 28] No space left on device",
        ]

    def new_document(
        t: datetime,
        label: str,
        pages: int,
        encrypted: bool = False,
        lang: str = "deu",
        overload: bool = False,
    ) -> None:
        file_id[0] += 1
        pa = r.choice(pids["A"])
        t = M(
            t,
            pa,
            DF,
            "INFO",
            "_create",
            232,
            "Creating new file for document: %s",
            f"Creating new file for document: {label}",
        )
        if in_any(t, [disk_full]):
            t = M(
                t + sec(r.uniform(0.05, 0.3)),
                pa,
                DF,
                "ERROR",
                "_create",
                261,
                'Error creating new document file for document "%s"; [Errno 28] No space left on device',
                f'Error creating new document file for document "{label}"; [Errno 28] No space left on device',
                enospc_trace(),
            )
            M(
                t + sec(0.01),
                pa,
                DM,
                "ERROR",
                "file_new",
                208,
                "Error creating new file for document: %s; [Errno 28] No space left on device",
                f"Error creating new file for document: {label}; [Errno 28] No space left on device",
                [
                    "Traceback (most recent call last):",
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/documents/models/document_models.py",
                        199,
                        "file_new",
                        "document_file.save()",
                    ),
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/documents/models/document_file_models.py",
                        585,
                        "save",
                        "return super().save(*args, **kwargs)",
                        "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    *enospc_trace()[1:],
                ],
            )
            return
        t = M(
            t + sec(r.uniform(0.2, 0.9)),
            pa,
            DF,
            "INFO",
            "_create",
            245,
            'New document file "%s" created for document: %s',
            f'New document file "{label}" created for document: {label}',
        )
        if encrypted:
            t = M(
                t + sec(r.uniform(0.05, 0.3)),
                pa,
                "mayan.apps.converter.backends.python",
                "ERROR",
                "get_page_count",
                146,
                "Exception determining PDF page count; File has not been decrypted",
                "Exception determining PDF page count; File has not been decrypted",
                [
                    "Traceback (most recent call last):",
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/converter/backends/python.py",
                        109,
                        "get_page_count",
                        "page_count = pdf_reader.getNumPages()",
                        "             ^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    *my_frame(
                        f"{MY_SITE}/PyPDF2/pdf.py",
                        1147,
                        "getNumPages",
                        'raise utils.PdfReadError("File has not been decrypted")',
                    ),
                    "PyPDF2.utils.PdfReadError: File has not been decrypted",
                    "",
                    "During handling of the above exception, another exception occurred:",
                    "",
                    "Traceback (most recent call last):",
                    *my_frame(
                        f"{MY_SITE}/mayan/apps/converter/backends/python.py",
                        121,
                        "get_page_count",
                        "page_count = pdf_reader.getNumPages()",
                        "             ^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    *my_frame(
                        f"{MY_SITE}/PyPDF2/pdf.py",
                        1147,
                        "getNumPages",
                        'raise utils.PdfReadError("File has not been decrypted")',
                    ),
                    "PyPDF2.utils.PdfReadError: File has not been decrypted",
                ],
            )
            pages = 0
        if label.endswith(".tif"):
            t = M(
                t + sec(r.uniform(0.05, 0.3)),
                pa,
                "mayan.apps.converter.backends.python",
                "ERROR",
                "get_page_count",
                181,
                "Exception determining page count using Pillow; cannot identify image file %s",
                f"Exception determining page count using Pillow; cannot identify image file <_io.BufferedReader name='/var/lib/mayan/media/document_file_storage/{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}'>",
            )
            pages = 0
        t = M(
            t + sec(r.uniform(0.1, 0.4)),
            pa,
            DM,
            "INFO",
            "file_new",
            214,
            "New document file queued for document: %s",
            f"New document file queued for document: {label}",
        )
        t = M(
            t + sec(r.uniform(0.3, 1.5)),
            r.choice(pids["D"]),
            "mayan.apps.file_metadata.classes",
            "INFO",
            "process",
            263,
            "Starting processing document file: %s",
            f"Starting processing document file: {label}",
        )
        ocr(t + sec(r.uniform(1, 6)), label, pages, lang, overload)

    seq = [2400]

    def scan_label(t: datetime) -> str:
        seq[0] += 1
        return f"SCN_{seq[0]:04d}.pdf"

    # the scanner's watch folder: the day's post at 07:30, then singles
    for t in poisson(r, at(7, 28), at(7, 40), 11.0):
        new_document(t, scan_label(t), r.choice([1, 2, 2, 3, 4, 6]), overload=True)
    for t in poisson(r, T0 + sec(40), T_END, 430.0):
        if at(7, 28) <= t < at(7, 45):
            continue
        new_document(t, scan_label(t), r.choice([1, 1, 2, 2, 3, 4, 5, 8]))
    # mail attachments from the IMAP source (checked every 5 minutes)
    imap_down = (at(9, 40), at(10, 10))
    t = T0 + sec(95)
    n = 0
    while t < T_END:
        if in_any(t, [imap_down]):
            M(
                t,
                r.choice(pids["A"]),
                "mayan.apps.sources.tasks",
                "ERROR",
                "task_check_interval_source",
                38,
                "Error processing source id: %s; [Errno 111] Connection refused",
                "Error processing source id: 3; [Errno 111] Connection refused",
            )
        elif r.random() < 0.5:
            for _ in range(r.choice([1, 1, 2, 3])):
                n += 1
                c = r.choice(clients).split()[0].rstrip(".")
                kind = r.choice(["SS", "RE", "Vollmacht", "Vertrag", "Beschluss"])
                new_document(
                    t + sec(r.uniform(2, 20)), f"{kind}_{c}_{n:03d}.pdf", r.choice([1, 2, 2, 3, 4])
                )
        t += sec(300)
    for t in (at(6, 47, 12), at(8, 12, 40), at(9, 3, 5), at(11, 21, 33)):
        new_document(t, f"Kontoauszug_{r.randint(100, 999)}_2024-05.pdf", 3, encrypted=True)
    for t in (at(7, 3, 41), at(9, 57, 18)):
        new_document(t, f"FAX_{r.randint(1000, 9999)}.tif", 1)
    for t, lbl, pg in (
        (at(8, 51, 2), "Contrat_Becker.pdf", 2),
        (at(10, 36, 44), "Avenant_2_Becker.pdf", 1),
    ):
        new_document(t, lbl, pg, lang="fra")

    (log,) = fs.logs(T0)
    return my_rotate(log, 65535)


def my_rotate(log: Log, max_bytes: int) -> list[Log]:
    """Split one handler's output as RotatingFileHandler does: a record goes to a new file when
    it would take the current one to max_bytes; the newest is `error.log`, the oldest the
    highest suffix."""
    records: list[list[tuple[str, str | None]]] = []
    for text, tid in log.lines:
        if tid is not None or not records:
            records.append([])
        records[-1].append((text, tid))
    files: list[list[tuple[str, str | None]]] = [[]]
    size = 0
    for rec in records:
        n = sum(len(x.encode()) + 1 for x, _ in rec)
        if files[-1] and size + n >= max_bytes:
            files.append([])
            size = 0
        files[-1].extend(rec)
        size += n
    assert len(files) <= 6, f"{len(files)} files: the oldest would have been deleted"
    out = []
    for i, lines in enumerate(files):
        k = len(files) - 1 - i
        lg = Log(f"error.log.{k}" if k else "error.log", log.t)
        for text, tid in lines:
            lg.add(text, tid)
        out.append(lg)
    return out[::-1]


# ----------------------------------------------------------------------------------- nodebb


NB_TOPICS = [
    (4411, "best-lens-for-astrophotography"),
    (4402, "guiding-problems-with-phd2-on-an-eq6-r"),
    (4398, "star-party-june-2024-carpooling"),
    (4390, "collimating-a-newtonian-without-a-laser"),
    (4377, "dew-heaters-worth-it"),
    (4375, "first-light-with-my-new-refractor"),
    (4361, "light-pollution-filters-compared"),
    (4350, "processing-m31-in-siril"),
    (4342, "which-mount-for-a-beginner"),
    (4330, "solar-observing-safety"),
    (4318, "asi2600mc-vs-dslr"),
    (4297, "club-meeting-minutes-may-2024"),
    (4285, "telescope-for-sale-8-dobsonian"),
    (4260, "comet-12p-pons-brooks-images"),
]
NB_CATS = [
    (2, "general-discussion"),
    (5, "astrophotography"),
    (7, "equipment"),
    (9, "events"),
    (12, "marketplace"),
]
NB_USERS = [
    "stargazer42",
    "m-kowalski",
    "orion_nebula",
    "dobsonian-dave",
    "luna.k",
    "bortle9",
    "astro-anna",
    "pjotr",
    "galaxyhunter",
    "newt-tom",
]


def nodebb(r: random.Random) -> list[Log]:
    """NodeBB 3.8 of an astronomy club (`web1-output.log`, `web2-output.log`: logs/output.log
    of two hosts behind nginx, each loader running workers on ports 4567 and 4568, MongoDB,
    `"log-colorize": "false"`, web2 with `jobsDisabled`, and the ACP's HTTP logging switched on
    the evening before, so morgan's `combined` lines share the file with winston's), 06:00 to
    12:00: page views and ajaxified API calls, replies and votes, crawlers reading the sitemap
    and deleted topics; the daily digest at 07:00 on web1's primary; a MongoDB election at
    08:12 (the error handler's `GET /api/topic/...` with the driver's stack, the 500s); the
    mail relay refusing 09:30-10:05 (`[emailer.send] Error: connect ECONNREFUSED ...` with its
    stack); a plugin's uncaught TypeError killing web2:4568 at 10:20 (winston's
    uncaughtException record with its JSON tail, the loader's `[cluster]` lines, the worker
    starting again); a spam bot flooding socket.io at 10:40 (`Too many emits!`); a deploy
    restarting both loaders at 11:15 (`./nodebb restart`: the workers' shutdown, `Clustering
    enabled: Spinning up 2 process(es).`, the start-up lines)."""
    fs = Files()
    hosts = ["web1", "web2"]
    pids = {
        ("web1", 4567): 18231,
        ("web1", 4568): 18232,
        ("web2", 4567): 20144,
        ("web2", 4568): 20145,
    }
    loader = {"web1": 18224, "web2": 20137}
    site = "https://forum.astroclub-krakow.pl"

    def W(
        h: str,
        port: int,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        pid = pids[(h, port)]

        def text(x: datetime) -> list[str]:
            body = msg.split("\n")
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z [{port}/{pid}] - {level}: {body[0]}",
                *body[1:],
                *(more or []),
            ]

        return fs.add(f"{h}-output.log", t, label, text, (h, pid), 1000)

    def raw(h: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(f"{h}-output.log", t, label, lambda x: list(lines), (h, loader[h]), 1000)

    def access(
        h: str,
        port: int,
        t: datetime,
        ip: str,
        method: str,
        path: str,
        status: int,
        size: str,
        ref: str,
        ua: str,
        label: str,
    ) -> datetime:
        pid = pids[(h, port)]
        return fs.add(
            f"{h}-output.log",
            t,
            label,
            lambda x: [
                f'{ip} - - [{clf_time(x)}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
            ],
            (h, pid, "morgan"),
            1_000_000,
        )

    ips = [
        f"{r.choice([83, 89, 91, 188, 31, 5])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for _ in range(60)
    ]
    bots = [
        (
            f"66.249.66.{r.randint(1, 254)}",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        ),
        (
            f"40.77.167.{r.randint(1, 254)}",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        ),
    ]
    election = (at(8, 12, 4), at(8, 12, 51))
    smtp_down = (at(9, 30), at(10, 5))
    crash = ("web2", 4568, at(10, 20, 41))
    back = at(10, 20, 52)
    restart = {"web1": at(11, 15, 3), "web2": at(11, 16, 40)}

    def alive(h: str, port: int, t: datetime) -> bool:
        if (h, port) == crash[:2] and crash[2] <= t < back + sec(4):
            return False
        return not (restart[h] - sec(1) <= t < restart[h] + sec(14))

    def worker(t: datetime) -> tuple[str, int] | None:
        cand = [(h, p) for h in hosts for p in (4567, 4568) if alive(h, p, t)]
        return r.choice(cand) if cand else None

    mongo_stack = [
        "MongoServerSelectionError: connection <monitor> to 10.0.6.11:27017 closed",
        "    at Timeout._onTimeout (/opt/nodebb/node_modules/mongodb/lib/sdam/topology.js:278:38)",
        "    at listOnTimeout (node:internal/timers:573:17)",
        "    at process.processTimers (node:internal/timers:514:7)",
    ]
    smtp_stack = ["    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)"]

    def post_notify(t: datetime) -> None:
        if in_any(t, [smtp_down]):
            w = worker(t)
            if w:
                W(
                    w[0],
                    w[1],
                    t + sec(r.uniform(0.2, 1.5)),
                    "error",
                    "[emailer.send] Error: connect ECONNREFUSED %s",
                    "[emailer.send] Error: connect ECONNREFUSED 10.0.5.25:587",
                    smtp_stack,
                )

    # traffic (busier while the election stalls the pages: reloads)
    for t in sorted(poisson(r, T0, T_END, 10.5) + poisson(r, *election, 3.0)):
        w = worker(t)
        if not w:
            continue
        h, port = w
        ip, ua = r.choice(ips), r.choice(UA_BROWSERS)
        tid, slug = r.choice(NB_TOPICS)
        kind = weighted(
            r,
            [
                (30, "api_topic"),
                (14, "topic"),
                (9, "category"),
                (8, "recent"),
                (4, "reply"),
                (1.5, "bot"),
            ],
        )
        if in_any(t, [election]) and kind in ("api_topic", "topic"):
            kind = "api_topic"
            path = f"/api/topic/{tid}/{slug}"
            te = W(h, port, t + sec(r.uniform(2, 9)), "error", "%s %s", f"GET {path}", mongo_stack)
            access(
                h,
                port,
                te,
                ip,
                "GET",
                path,
                500,
                str(r.randint(150, 190)),
                f"{site}/topic/{tid}/{slug}",
                ua,
                "GET /api/topic/%s/%s 500",
            )
            continue
        if kind == "api_topic":
            page = f"?page={r.randint(2, 6)}" if r.random() < 0.2 else ""
            access(
                h,
                port,
                t,
                ip,
                "GET",
                f"/api/topic/{tid}/{slug}{page}",
                200,
                str(r.randint(18000, 96000)),
                f"{site}/category/{r.choice(NB_CATS)[0]}",
                ua,
                "GET /api/topic/%s/%s 200",
            )
        elif kind == "topic":
            access(
                h,
                port,
                t,
                ip,
                "GET",
                f"/topic/{tid}/{slug}",
                200,
                str(r.randint(60000, 140000)),
                r.choice(["https://www.google.com/", "-", f"{site}/"]),
                ua,
                "GET /topic/%s/%s 200",
            )
        elif kind == "category":
            cid, cslug = r.choice(NB_CATS)
            access(
                h,
                port,
                t,
                ip,
                "GET",
                f"/category/{cid}/{cslug}",
                200,
                str(r.randint(40000, 90000)),
                f"{site}/",
                ua,
                "GET /category/%s/%s 200",
            )
        elif kind == "recent":
            access(
                h,
                port,
                t,
                ip,
                "GET",
                "/api/recent",
                200,
                str(r.randint(20000, 50000)),
                f"{site}/",
                ua,
                "GET /api/recent 200",
            )
        elif kind == "reply":
            access(
                h,
                port,
                t,
                ip,
                "POST",
                f"/api/v3/topics/{tid}",
                200,
                str(r.randint(2400, 5200)),
                f"{site}/topic/{tid}/{slug}",
                ua,
                "POST /api/v3/topics/%s 200",
            )
            post_notify(t)
        else:
            bip, bua = r.choice(bots)
            if r.random() < 0.5:
                access(
                    h,
                    port,
                    t,
                    bip,
                    "GET",
                    f"/sitemap/topics.{r.randint(1, 9)}.xml",
                    200,
                    str(r.randint(9000, 30000)),
                    "-",
                    bua,
                    "GET /sitemap/topics.%s.xml 200",
                )
            else:
                access(
                    h,
                    port,
                    t,
                    bip,
                    "GET",
                    f"/topic/{r.randint(900, 3800)}/{r.choice(['old-thread', 'spam', 'deleted-topic', 'for-sale'])}",
                    404,
                    str(r.randint(8000, 9000)),
                    "-",
                    bua,
                    "GET /topic/%s/%s 404",
                )

    # the daily digest on web1's primary
    t = W(
        "web1",
        4567,
        at(
            7,
            0,
            0,
        )
        + sec(0.04),
        "info",
        "[user/jobs] Digest (%s) scheduling completed (%s subscribers). Sending emails; this may take some time...",
        "[user/jobs] Digest (day) scheduling completed (184 subscribers). Sending emails; this may take some time...",
    )
    t = W(
        "web1",
        4567,
        t + sec(r.uniform(40, 70)),
        "info",
        "[user/jobs] Digest (%s) sending completed. %s emails sent.",
        "[user/jobs] Digest (day) sending completed. 171 emails sent.",
    )
    W(
        "web1",
        4567,
        t + sec(0.01),
        "info",
        "[user/jobs] Digest (%s) complete.",
        "[user/jobs] Digest (day) complete.",
    )

    def startup(h: str, port: int, t: datetime) -> datetime:
        if port == 4567:
            t = W(
                h,
                port,
                t,
                "info",
                "Initializing NodeBB v%s %s",
                f"Initializing NodeBB v3.8.4 {site}",
            )
        t = W(
            h,
            port,
            t + sec(r.uniform(2.5, 4.0)),
            "info",
            "[router] Routes added",
            "[router] Routes added",
        )
        t = W(h, port, t + sec(r.uniform(0.1, 0.3)), "info", "🎉 NodeBB Ready", "🎉 NodeBB Ready")
        t = W(
            h,
            port,
            t + sec(0.002),
            "info",
            "🤝 Enabling 'trust proxy'",
            "🤝 Enabling 'trust proxy'",
        )
        t = W(
            h,
            port,
            t + sec(0.002),
            "info",
            "📡 NodeBB is now listening on: %s",
            f"📡 NodeBB is now listening on: 0.0.0.0:{port}",
        )
        return W(
            h, port, t + sec(0.001), "info", "🔗 Canonical URL: %s", f"🔗 Canonical URL: {site}"
        )

    # a plugin's uncaught TypeError on web2:4568
    h, port, tc = crash
    pid = pids[(h, port)]
    frames = [
        "    at /opt/nodebb/node_modules/nodebb-plugin-shoutbox/lib/sockets.js:87:32",
        "    at Array.map (<anonymous>)",
        "    at Sockets.getShouts (/opt/nodebb/node_modules/nodebb-plugin-shoutbox/lib/sockets.js:85:21)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ]
    err = "TypeError: Cannot read properties of undefined (reading 'uid')"
    stack_json = json.dumps(err + "\n" + "\n".join(frames))
    tail = (
        '{"error":{},"stack":'
        + stack_json
        + ',"exception":true,"date":"Fri Jun 07 2024 10:20:41 GMT+0000 (Coordinated Universal Time)",'
        f'"process":{{"pid":{pid},"uid":1001,"gid":1001,"cwd":"/opt/nodebb","execPath":"/usr/bin/node","version":"v20.14.0","argv":["/usr/bin/node","/opt/nodebb/app.js"],'
        '"memoryUsage":{"rss":412336128,"heapTotal":287580160,"heapUsed":251904488,"external":21843967,"arrayBuffers":3512931}},'
        '"os":{"loadavg":[0.84,0.62,0.55],"uptime":1893421.27},"trace":['
        '{"column":32,"file":"/opt/nodebb/node_modules/nodebb-plugin-shoutbox/lib/sockets.js","function":null,"line":87,"method":null,"native":false},'
        '{"column":null,"file":null,"function":"Array.map","line":null,"method":"map","native":false},'
        '{"column":21,"file":"/opt/nodebb/node_modules/nodebb-plugin-shoutbox/lib/sockets.js","function":"Sockets.getShouts","line":85,"method":"getShouts","native":false},'
        '{"column":5,"file":"node:internal/process/task_queues","function":"process.processTicksAndRejections","line":95,"method":"processTicksAndRejections","native":false}]}'
    )
    t = W(
        h,
        port,
        tc,
        "error",
        "uncaughtException: Cannot read properties of undefined (reading '%s')",
        "uncaughtException: Cannot read properties of undefined (reading 'uid')",
        [err, *frames[:-1], frames[-1] + " " + tail],
    )
    t = W(
        h,
        port,
        t + sec(0.001),
        "error",
        "Cannot read properties of undefined (reading '%s')",
        "Cannot read properties of undefined (reading 'uid')",
    )
    t = W(
        h,
        port,
        t + sec(0.002),
        "info",
        "[app] Shutdown (SIGTERM/SIGINT) Initialised.",
        "[app] Shutdown (SIGTERM/SIGINT) Initialised.",
    )
    t = raw(
        h,
        t + sec(0.04),
        "[cluster] Child Process (%s) has exited (code: %s, signal: %s)",
        [f"[cluster] Child Process ({pid}) has exited (code: 1, signal: null)"],
    )
    t = raw(
        h,
        t + sec(0.001),
        "[cluster] Spinning up another process...",
        ["[cluster] Spinning up another process..."],
    )
    pids[(h, port)] = 23877
    startup(h, port, back)

    # a spam bot flooding socket.io on web2
    for t in poisson(r, at(10, 40, 5), at(10, 47, 30), 22.0):
        port = r.choice([4567, 4568])
        ev = ",".join(["topics.loadMoreRecentTopics"] * 12 + ["posts.getRawPost"] * 8)
        W(
            "web2",
            port,
            t,
            "warn",
            "[socket.io] Too many emits! Disconnecting uid : %s. Events : %s",
            f"[socket.io] Too many emits! Disconnecting uid : 0. Events : {ev}",
        )

    # the deploy: `./nodebb restart` on each host
    for h in hosts:
        t0 = restart[h]
        ends = []
        for port in (4567, 4568):
            t = W(
                h,
                port,
                t0 + sec(r.uniform(0.001, 0.01)),
                "info",
                "[app] Shutdown (SIGTERM/SIGINT) Initialised.",
                "[app] Shutdown (SIGTERM/SIGINT) Initialised.",
            )
            t = W(
                h,
                port,
                t + sec(r.uniform(0.05, 0.3)),
                "info",
                "[app] Web server closed to connections.",
                "[app] Web server closed to connections.",
            )
            t = W(
                h,
                port,
                t + sec(r.uniform(0.01, 0.1)),
                "info",
                "[app] Live analytics saved.",
                "[app] Live analytics saved.",
            )
            t = W(
                h,
                port,
                t + sec(r.uniform(0.01, 0.05)),
                "info",
                "[app] Database connection closed.",
                "[app] Database connection closed.",
            )
            t = W(
                h,
                port,
                t + sec(0.001),
                "info",
                "[app] Shutdown complete.",
                "[app] Shutdown complete.",
            )
            ends.append((t, port))
        for t, port in sorted(ends):
            raw(
                h,
                t + sec(0.02),
                "[cluster] Child Process (%s) has exited (code: %s, signal: %s)",
                [f"[cluster] Child Process ({pids[(h, port)]}) has exited (code: 0, signal: null)"],
            )
        t = raw(
            h,
            max(e[0] for e in ends) + sec(0.2),
            "Clustering enabled: Spinning up %s process(es).",
            ["Clustering enabled: Spinning up 2 process(es).", ""],
        )
        for port in (4567, 4568):
            pids[(h, port)] = r.randint(30000, 32000)
            startup(h, port, t + sec(r.uniform(0.5, 1.0)))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- mantisbt


MT_USERS = [
    # id, username, display name, OU
    (3, "kweber", "Katrin Weber", "Engineering"),
    (5, "tschmidt", "Thomas Schmidt", "Engineering"),
    (8, "afischer", "Anna Fischer", "QA"),
    (11, "mbauer", "Markus Bauer", "Engineering"),
    (14, "jkoch", "Julia Koch", "Support"),
    (17, "srichter", "Stefan Richter", "Support"),
    (21, "lwolf", "Laura Wolf", "QA"),
    (24, "dneumann", "Daniel Neumann", "Engineering"),
    (27, "cschwarz", "Claudia Schwarz", "Product"),
    (30, "pzimmermann", "Peter Zimmermann", "Support"),
    (33, "nkrueger", "Nina Krüger", "Engineering"),
    (36, "fhartmann", "Felix Hartmann", "Product"),
]
MT_MANAGERS = [27, 36]
MT_DISABLED = 9
MT_NOEMAIL = 41


def mantisbt(r: random.Random) -> list[Log]:
    """MantisBT 2.26 of a software company (`app1-mantisbt.log`, `app2-mantisbt.log`: two
    PHP-FPM hosts behind a balancer, `$g_log_level = LOG_EMAIL | LOG_EMAIL_RECIPIENT |
    LOG_EMAIL_VERBOSE | LOG_LDAP`, `$g_log_destination = 'file:/var/log/mantisbt/mantisbt.log'`,
    `$g_complete_date_format = 'Y-m-d H:i:s T'` so the log shows seconds, the server in
    Europe/Berlin), 06:00 to 12:00: logins against Active Directory (ldap_api's ten lines per
    login, mistyped passwords, a departed user with no entry), issues reported, noted, assigned
    and resolved (email_collect_recipients' add and drop lines, one `Issue = #%d, Type = %s, Msg
    = '%s', User = @U%d, Email = '%s'.` per recipient), the e-mail queue sent by cron's
    send_emails.php every minute on app1; the domain controller unreachable 07:40-07:46 (`ERROR
    #-1: Can't contact LDAP server`), the mail relay refusing 09:05-09:48 (`ERROR: Message could
    not be sent - SMTP Error: Could not connect to SMTP host. Failed to connect to server` and
    `Server not responding for 5 seconds, aborting` every minute while the queue grows), the
    backlog's flush overlapping the next cron run (`Message $t_id has already been sent`,
    written literally)."""
    fs = Files()
    hosts = ["app1", "app2"]
    workers = {h: r.sample(range(3000, 3999), 10) for h in hosts}

    def L(
        h: str, t: datetime, proc: object, level: str, caller: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{h}-mantisbt.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} CEST {level} {caller} {msg}"],
            (h, proc),
            1_000_000,
        )

    users = {u[0]: u for u in MT_USERS}
    dc_down = (at(7, 40, 12), at(7, 46, 30))
    smtp_down = (at(9, 5, 0), at(9, 48, 20))
    server = "ldaps://dc1.corp.example.de:636"

    def login(t: datetime, uid: int, ok: bool = True, missing: bool = False) -> None:
        h = r.choice(hosts)
        pid = r.choice(workers[h])
        name = "hbecker" if missing else users[uid][1]
        A = "ldap_api.php:{} ldap_authenticate_by_username()"
        C = "ldap_api.php:{} ldap_connect_bind()"
        t = L(h, t, pid, "LDAP", A.format(396), "Binding to LDAP server", "Binding to LDAP server")
        t = L(
            h,
            t,
            pid,
            "LDAP",
            C.format(58),
            "Attempting connection to LDAP server/URI '%s'.",
            f"Attempting connection to LDAP server/URI '{server}'.",
        )
        t = L(
            h,
            t,
            pid,
            "LDAP",
            C.format(61),
            "Connection accepted by LDAP server",
            "Connection accepted by LDAP server",
        )
        t = L(
            h,
            t,
            pid,
            "LDAP",
            C.format(72),
            "Setting LDAP protocol version to %s",
            "Setting LDAP protocol version to 3",
        )
        t = L(
            h,
            t,
            pid,
            "LDAP",
            C.format(98),
            "Attempting bind to ldap server with username and password",
            "Attempting bind to ldap server with username and password",
        )
        if in_any(t, [dc_down]):
            t = L(
                h,
                t + sec(r.uniform(2, 10)),
                pid,
                "LDAP",
                "ldap_api.php:44 ldap_log_error()",
                "ERROR #%d: %s",
                "ERROR #-1: Can't contact LDAP server",
            )
            L(
                h,
                t,
                pid,
                "LDAP",
                C.format(108),
                "Bind to ldap server failed",
                "Bind to ldap server failed",
            )
            return
        t = L(
            h,
            t,
            pid,
            "LDAP",
            C.format(112),
            "Bind to ldap server successful",
            "Bind to ldap server successful",
        )
        t = L(
            h,
            t,
            pid,
            "LDAP",
            A.format(407),
            "Searching for %s",
            f"Searching for (&(objectClass=user)(sAMAccountName={name}))",
        )
        if missing:
            t = L(
                h,
                t,
                pid,
                "LDAP",
                A.format(441),
                "No matching entries found",
                "No matching entries found",
            )
        else:
            _i, _u, cn, ou = users[uid]
            t = L(
                h,
                t,
                pid,
                "LDAP",
                A.format(428),
                "Checking %s",
                f"Checking CN={cn},OU={ou},OU=Staff,DC=corp,DC=example,DC=de",
            )
        t = L(
            h,
            t,
            pid,
            "LDAP",
            A.format(444),
            "Unbinding from LDAP server",
            "Unbinding from LDAP server",
        )
        if ok and not missing:
            L(
                h,
                t,
                pid,
                "LDAP",
                A.format(472),
                "User '%s' authenticated",
                f"User '{name}' authenticated",
            )
        else:
            L(h, t, pid, "LDAP", A.format(474), "Authentication failed", "Authentication failed")

    queue: list[int] = []
    email_id = [20417]
    bugs = {
        b: (
            r.choice(MT_USERS)[0],
            r.choice([0, 0] + [u[0] for u in MT_USERS[:6]]),
            r.sample([u[0] for u in MT_USERS], r.randint(0, 3)),
        )
        for b in range(8120, 8190)
    }
    R = "email_api.php:{} email_collect_recipients()"

    def notify(t: datetime, actor: int, bug: int, kind: str) -> None:
        h = r.choice(hosts)
        pid = r.choice(workers[h])
        reporter, handler, monitors = bugs[bug]
        msgid, pref = {
            "new": ("email_notification_title_for_action_bug_submitted", "email_on_new"),
            "bugnote": (
                "email_notification_title_for_action_bugnote_submitted",
                "email_on_bugnote",
            ),
            "owner": ("email_notification_title_for_action_bug_assigned", "email_on_assigned"),
            "resolved": ("email_notification_title_for_status_bug_resolved", "email_on_resolved"),
            "feedback": ("email_notification_title_for_status_bug_feedback", "email_on_feedback"),
        }[kind]
        recips: list[int] = []
        t = L(
            h,
            t,
            pid,
            "RECIPIENT",
            R.format(426),
            "Issue = #%d, add Reporter = @U%d",
            f"Issue = #{bug}, add Reporter = @U{reporter}",
        )
        recips.append(reporter)
        if handler:
            t = L(
                h,
                t,
                pid,
                "RECIPIENT",
                R.format(436),
                "Issue = #%d, add Handler = @U%d",
                f"Issue = #{bug}, add Handler = @U{handler}",
            )
            recips.append(handler)
        for m in monitors:
            t = L(
                h,
                t,
                pid,
                "RECIPIENT",
                R.format(449),
                "Issue = #%d, add Monitor = @U%d",
                f"Issue = #{bug}, add Monitor = @U{m}",
            )
            recips.append(m)
        if kind in ("bugnote", "resolved", "feedback"):
            for a in {actor, reporter}:
                t = L(
                    h,
                    t,
                    pid,
                    "RECIPIENT",
                    R.format(468),
                    "Issue = #%d, add Note Author = @U%d",
                    f"Issue = #{bug}, add Note Author = @U{a}",
                )
                recips.append(a)
        if kind == "new":
            for m in MT_MANAGERS:
                t = L(
                    h,
                    t,
                    pid,
                    "RECIPIENT",
                    R.format(483),
                    "Issue = #%d, add Project User = @U%d",
                    f"Issue = #{bug}, add Project User = @U{m}",
                )
                recips.append(m)
        final = []
        for u in dict.fromkeys(recips):
            if u == actor:
                t = L(
                    h,
                    t,
                    pid,
                    "RECIPIENT",
                    R.format(547),
                    "Issue = #%d, drop @U%d (own)",
                    f"Issue = #{bug}, drop @U{u} (own)",
                )
            elif u == MT_DISABLED:
                t = L(
                    h,
                    t,
                    pid,
                    "RECIPIENT",
                    R.format(553),
                    "Issue = #%d, drop @U%d (disabled)",
                    f"Issue = #{bug}, drop @U{u} (disabled)",
                )
            elif u in (11, 33) and kind == "bugnote":
                t = L(
                    h,
                    t,
                    pid,
                    "RECIPIENT",
                    R.format(561),
                    "Issue = #%d, drop @U%d (pref %s off)",
                    f"Issue = #{bug}, drop @U{u} (pref {pref} off)",
                )
            elif u == MT_NOEMAIL:
                t = L(
                    h,
                    t,
                    pid,
                    "RECIPIENT",
                    R.format(603),
                    "Issue = #%d, drop @U%d (no email)",
                    f"Issue = #{bug}, drop @U{u} (no email)",
                )
            else:
                final.append(u)
        for u in final:
            mail = f"{users[u][1]}@example.de" if u in users else f"user{u}@example.de"
            t = L(
                h,
                t,
                pid,
                "MAIL",
                "email_api.php:1138 email_generic_to_recipients()",
                "Issue = #%d, Type = %s, Msg = '%s', User = @U%d, Email = '%s'.",
                f"Issue = #{bug}, Type = {kind}, Msg = '{msgid}', User = @U{u}, Email = '{mail}'.",
            )
            email_id[0] += 1
            queue.append(email_id[0])

    # logins over the morning (most at the start of the day)
    for t in poisson(r, at(6, 50), at(9, 30), 240.0) + poisson(r, T0, T_END, 1000.0):
        u = r.choice(MT_USERS)[0]
        bad = r.random() < 0.08
        login(t, u, ok=not bad)
        if bad:
            login(t + sec(r.uniform(8, 25)), u)
    for t in (at(8, 31, 2), at(10, 12, 40), at(11, 40, 5)):
        login(t, 0, ok=False, missing=True)
    for t in poisson(r, *dc_down, 35.0):
        login(t, r.choice(MT_USERS)[0])

    # issue activity
    for t in poisson(r, at(6, 40), T_END, 185.0):
        bug = r.choice(list(bugs))
        actor = r.choice(MT_USERS)[0]
        kind = weighted(
            r, [(6, "bugnote"), (2, "new"), (2, "owner"), (2, "resolved"), (1, "feedback")]
        )
        if kind == "new":
            bug = max(bugs) + 1
            bugs[bug] = (actor, 0, [])
        elif kind == "owner":
            reporter, _h, mons = bugs[bug]
            bugs[bug] = (reporter, r.choice([u[0] for u in MT_USERS[:6]]), mons)
        if r.random() < 0.06:
            bugs[bug][2].append(MT_DISABLED)
        if r.random() < 0.04:
            bugs[bug][2].append(MT_NOEMAIL)
        notify(t, actor, bug, kind)

    # cron: send_emails.php every minute on app1
    pending: list[tuple[datetime, int]] = []
    # reconstruct when each queued message was stored: email ids grow with time
    stored_at = {}
    for f in fs.files.values():
        for tt, _seq, _lines, tid in f.items:
            if tid and tid.startswith("Issue = #%d, Type"):
                stored_at.setdefault(tt, 0)
                stored_at[tt] += 1
    times = sorted(stored_at)
    eid = 20417
    for tt in times:
        for _ in range(stored_at[tt]):
            eid += 1
            pending.append((tt, eid))
    q: list[int] = []
    pi = 0
    m = 0
    inflight: list[tuple[datetime, int]] = []
    S = "email_api.php:{} email_send_all()"
    while True:
        tm = T0 + sec(60 * m + 1)
        if tm >= T_END:
            break
        m += 1
        while pi < len(pending) and pending[pi][0] < tm:
            q.append(pending[pi][1])
            pi += 1
        proc = ("cron", m)
        busy = [i for ts, i in inflight if ts > tm]
        t = L(
            "app1",
            tm + sec(r.uniform(0.1, 0.4)),
            proc,
            "MAIL_VERBOSE",
            S.format(1527),
            "Processing e-mail queue (%s messages)",
            f"Processing e-mail queue ({len(q) + len(busy)} messages)",
        )
        if in_any(tm, [smtp_down]) and q:
            t = L(
                "app1",
                t,
                proc,
                "MAIL_VERBOSE",
                S.format(1541),
                "Sending message %s",
                f"Sending message {q[0]}",
            )
            t = L(
                "app1",
                t + sec(10.1),
                proc,
                "MAIL",
                "email_api.php:1742 email_send()",
                "ERROR: Message could not be sent - SMTP Error: Could not connect to SMTP host. Failed to connect to server",
                "ERROR: Message could not be sent - SMTP Error: Could not connect to SMTP host. Failed to connect to server",
            )
            L(
                "app1",
                t,
                proc,
                "MAIL",
                S.format(1563),
                "Server not responding for 5 seconds, aborting",
                "Server not responding for 5 seconds, aborting",
            )
            continue
        for _i in busy:
            # the previous run, still flushing the backlog, has sent it by now
            t = L(
                "app1",
                t + sec(0.05),
                proc,
                "MAIL_VERBOSE",
                S.format(1538),
                "Message $t_id has already been sent",
                "Message $t_id has already been sent",
            )
        sent = list(q)
        q.clear()
        slow = len(sent) > 30
        inflight = []
        for i in sent:
            t = L(
                "app1",
                t + sec(r.uniform(1.6, 2.6) if slow else r.uniform(0.2, 1.2)),
                proc,
                "MAIL_VERBOSE",
                S.format(1541),
                "Sending message %s",
                f"Sending message {i}",
            )
            inflight.append((t + sec(1.0), i))
    return fs.logs(T0)


SYSTEMS = {
    "piwigo": piwigo,
    "docspell": docspell,
    "mayan-edms": mayan_edms,
    "nodebb": nodebb,
    "mantisbt": mantisbt,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
