#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 26 (android, nova, slurm, macos, log4net) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Android's logcat `threadtime` with AOSP framework
messages (values glued to words: `uid=1000`, `pkg=com.x`, `Window{1a2b3c u0 ...}`), OpenStack
nova's oslo.log (`date pid LEVEL logger [req-... user project - - -] [instance: uuid] msg`, the
WSGI server's request lines, tracebacks with the header on every line), Slurm's
`[date] message` with `key=value` job records and host lists, a macOS-style BSD syslog
(`host process[pid]: ...`, process names with blanks, launchd's `(service[pid])`, `<private>`,
`(null)`, `0x7f...` pointers) and log4net's pipe-delimited `%date|%-5level|%logger|%thread|%message`
with .NET exceptions after the line. Run it only to change the data on purpose:
`python bench/heldout/generate_round26.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts, uuid4


def cfmt(tmpl: str, args: tuple) -> str:
    """printf's `tmpl % args`, C's and Java's length modifiers read as Python's."""
    return (
        re.sub(
            r"%-?\.?\d*(?:z|ll|l|h)?([dusx])",
            lambda m: {"s": "%s", "x": "%x"}.get(m.group(1), "%d"),
            tmpl,
        )
        % args
    )


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


# ---------------------------------------------------------------------------------- android

APPS = [
    ("com.android.chrome", "com.google.android.apps.chrome.Main", 10121),
    (
        "com.google.android.youtube",
        "com.google.android.youtube.app.honeycomb.Shell$HomeActivity",
        10143,
    ),
    ("com.whatsapp", "com.whatsapp.home.ui.HomeActivity", 10187),
    ("com.spotify.music", "com.spotify.music.MainActivity", 10164),
    ("com.google.android.apps.maps", "com.google.android.maps.MapsActivity", 10133),
    ("com.google.android.gm", "com.google.android.gm.ConversationListActivityGmail", 10129),
    ("org.telegram.messenger", "org.telegram.ui.LaunchActivity", 10201),
    ("com.example.shop", "com.example.shop.ui.MainActivity", 10233),
    ("com.google.android.apps.photos", "com.google.android.apps.photos.home.HomeActivity", 10138),
]
SERVICES = [
    ("com.google.android.gms", "com.google.android.gms.chimera.PersistentApiService", 10146),
    ("com.google.android.gms", "com.google.android.gms.gcm.GcmService", 10146),
    ("com.whatsapp", "com.whatsapp.messaging.MessageService", 10187),
    (
        "com.google.android.apps.photos",
        "com.google.android.apps.photos.backup.BackupService",
        10138,
    ),
    ("com.android.vending", "com.google.android.finsky.services.DailyHygieneService", 10098),
    (
        "com.google.android.apps.messaging",
        "com.google.android.apps.messaging.shared.datamodel.action.ActionServiceImpl",
        10152,
    ),
]
LAUNCHER = (
    "com.google.android.apps.nexuslauncher",
    "com.google.android.apps.nexuslauncher.NexusLauncherActivity",
    10111,
)


def short_cmp(pkg: str, cls: str) -> str:
    return f"{pkg}/{cls[len(pkg) :]}" if cls.startswith(pkg + ".") else f"{pkg}/{cls}"


def uid_str(uid: int) -> str:
    return f"u0a{uid - 10000}" if uid >= 10000 else str(uid)


def android(r: random.Random) -> list[Log]:
    """`adb logcat -v threadtime` of a phone over an afternoon (`logcat.txt`): system_server's
    framework services (ActivityManager, ActivityTaskManager, WindowManager, PowerManagerService,
    ConnectivityService, InputDispatcher), healthd's battery line, wpa_supplicant's
    `CTRL-EVENT-*`, chatty's `identical N lines`, apps started and killed, an ANR and an app's
    crash (AndroidRuntime's trace, every line with the full header: continuation lines)."""
    log = Log("logcat.txt", datetime(2024, 3, 17, 13, 2, 11, 204000, tzinfo=UTC))
    system_server = 1702
    binders = [r.randrange(1720, 2600) for _ in range(8)]
    procs: dict[str, int] = {}
    next_pid = [3200]

    def emit(
        level: str,
        tag: str,
        tmpl: str,
        args: tuple = (),
        pid: int = system_server,
        tid: int | None = None,
        label: str | None = None,
    ) -> None:
        t = log.t
        tid = tid or r.choice(binders) if pid == system_server else (tid or pid)
        msg = cfmt(tmpl, args) if args else tmpl
        log.add(
            f"{t:%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} {pid:5d} {tid:5d} {level} {tag:<8}: {msg}",
            label or tmpl,
        )

    def more(level: str, tag: str, text: str, pid: int, tid: int) -> None:
        t = log.t
        log.add(
            f"{t:%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} {pid:5d} {tid:5d} {level} {tag:<8}: {text}",
            None,
        )

    def tick(lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def window(pkg: str, cls: str) -> str:
        return f"Window{{{hexid(r, 7).lstrip('0')} u0 {pkg}/{cls}}}"

    def start_proc(pkg: str, uid: int, kind: str, comp: str) -> int:
        next_pid[0] += r.randrange(3, 400)
        pid = next_pid[0]
        procs[pkg] = pid
        emit(
            "I",
            "ActivityManager",
            "Start proc %d:%s/%s for %s {%s}",
            (pid, pkg, uid_str(uid), kind, comp),
        )
        return pid

    focus = [window(*LAUNCHER[:2])]

    def launch() -> None:
        pkg, cls, uid = r.choice(APPS)
        intent = f"act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp={short_cmp(pkg, cls)}"
        emit(
            "I",
            "ActivityTaskManager",
            "START u%d {%s} from uid %d",
            (
                0,
                intent
                + (
                    " bnds=["
                    + ",".join(str(r.randrange(40, 1000)) for _ in range(2))
                    + "]["
                    + ",".join(str(r.randrange(1000, 2200)) for _ in range(2))
                    + "]"
                    if r.random() < 0.6
                    else ""
                ),
                LAUNCHER[2],
            ),
        )
        tick(0.01, 0.1)
        if pkg not in procs:
            start_proc(
                pkg, uid, r.choice(["top-activity", "pre-top-activity"]), short_cmp(pkg, cls)
            )
        tick(0.2, 1.5)
        new = window(pkg, cls)
        emit("I", "WindowManager", "Changing focus from %s to %s displayId=%d", (focus[0], new, 0))
        focus[0] = new
        tick(0.05, 0.4)
        emit(
            "I",
            "ActivityTaskManager",
            "Displayed %s for user %d: +%s",
            (
                short_cmp(pkg, cls),
                0,
                f"{r.randrange(1, 3)}s{r.randrange(1000):03d}ms"
                if r.random() < 0.3
                else f"{r.randrange(180, 999)}ms",
            ),
        )

    def home() -> None:
        new = window(*LAUNCHER[:2])
        emit("I", "WindowManager", "Changing focus from %s to %s displayId=%d", (focus[0], new, 0))
        focus[0] = new

    def bg_service() -> None:
        pkg, cls, uid = r.choice(SERVICES)
        if pkg not in procs:
            start_proc(pkg, uid, "service", short_cmp(pkg, cls))
        elif r.random() < 0.5:
            emit(
                "W",
                "ActivityManager",
                "Background start not allowed: service %s to %s from pid=%d uid=%d pkg=%s startFg?=%s",
                (
                    f"Intent {{ act={pkg}.action.SYNC cmp={short_cmp(pkg, cls)} }}",
                    short_cmp(pkg, cls),
                    procs[pkg],
                    uid,
                    pkg,
                    "false",
                ),
            )

    def broadcast_proc() -> None:
        pkg, _cls, uid = r.choice(SERVICES + APPS)
        if pkg in procs:
            return
        start_proc(
            pkg,
            uid,
            "broadcast",
            f"{pkg}/.receiver.{r.choice(['BootReceiver', 'PackageReceiver', 'ConnectivityReceiver', 'AlarmReceiver'])}",
        )

    def kill() -> None:
        if not procs:
            return
        pkg = r.choice(sorted(procs))
        pid = procs.pop(pkg)
        uid = next((u for p, _, u in APPS + SERVICES if p == pkg), 10150)
        n = r.randrange(9, 33)
        reason, label = r.choice(
            [
                (f"empty #{n}", "Killing %d:%s/%s (adj %d): empty #%d"),
                (
                    f"empty for {r.randrange(1800, 9000)}s",
                    "Killing %d:%s/%s (adj %d): empty for %ds",
                ),
                ("remove task", "Killing %d:%s/%s (adj %d): remove task"),
            ]
        )
        emit(
            "I",
            "ActivityManager",
            "Killing %d:%s/%s (adj %d): %s",
            (pid, pkg, uid_str(uid), r.choice([900, 905, 925, 955, 985, 999]), reason),
            label=label,
        )
        tick(0.01, 0.2)
        emit(
            "I",
            "ActivityManager",
            "Process %s (pid %d) has died: %s %s",
            (
                pkg,
                pid,
                r.choice(["cch+15", "cch+5", "cch+25", "svcb ", "prev "]).strip(),
                r.choice(["CEM", "CRE", "SVC", "LAST"]),
            ),
        )

    def lowmem() -> None:
        if not procs:
            return
        pkg = r.choice(sorted(procs))
        pid = procs.pop(pkg)
        emit(
            "I",
            "lowmemorykiller",
            "Kill '%s' (%d), uid %d, oom_score_adj %d to free %dkB rss, %dkB swap; reason: %s",
            (
                pkg,
                pid,
                next((u for p, _, u in APPS + SERVICES if p == pkg), 10150),
                r.choice([900, 925, 950, 985]),
                r.randrange(40000, 400000),
                r.randrange(0, 90000),
                r.choice(
                    [
                        "low watermark is breached and swap is low (18%)",
                        "device is low on swap (42112kB < 314572kB) and thrashing (35%)",
                    ]
                ),
            ),
            pid=r.choice([612, 612]),
            tid=612,
            label="Kill '%s' (%d), uid %d, oom_score_adj %d to free %ldkB rss, %ldkB swap; reason: %s",
        )

    def battery() -> None:
        emit(
            "I",
            "healthd",
            "battery l=%d v=%d t=%s h=%d st=%d c=%d fc=%d cc=%d chg=%s",
            (
                level[0],
                r.randrange(3700, 4350),
                f"{r.uniform(24, 38):.1f}",
                2,
                3 if not charging[0] else 2,
                -r.randrange(100000, 900000) if not charging[0] else r.randrange(400000, 2000000),
                4012000,
                187,
                "u" if charging[0] else "",
            ),
            pid=531,
            tid=531,
        )

    def screen_off() -> None:
        emit(
            "I",
            "PowerManagerService",
            "Going to sleep due to %s (uid %d)...",
            (r.choice(["power_button", "timeout", "timeout"]), 1000),
        )
        tick(0.3, 0.8)
        emit("I", "PowerManagerService", "Sleeping (uid %d)...", (1000,))
        tick(0.01, 0.2)
        emit("I", "DisplayPowerController[0]", "Blocking screen off", ())
        tick(0.2, 0.5)
        emit(
            "I",
            "DisplayPowerController[0]",
            "Unblocked screen off after %d ms",
            (r.randrange(150, 420),),
        )

    def screen_on() -> None:
        reason, details = r.choice(
            [
                ("WAKE_REASON_POWER_BUTTON", "android.policy:POWER"),
                ("WAKE_REASON_LIFT", "android.policy:LIFT"),
                ("WAKE_REASON_APPLICATION", "com.google.android.gms:NOTIFICATION"),
            ]
        )
        emit(
            "I",
            "PowerManagerService",
            "Waking up from %s (uid=%d, reason=%s, details=%s)...",
            ("Asleep", 1000, reason, details),
        )
        emit(
            "I",
            "DisplayPowerController[0]",
            "Blocking screen on until initial contents have been drawn.",
            (),
        )
        tick(0.1, 0.7)
        emit(
            "I",
            "DisplayPowerController[0]",
            "Unblocked screen on after %d ms",
            (r.randrange(80, 700),),
        )

    def wifi() -> None:
        bssid = r.choice(["a4:91:b1:2c:7e:10", "a4:91:b1:2c:7e:14", "3c:37:86:5d:02:9a"])
        if r.random() < 0.5:
            emit(
                "I",
                "wpa_supplicant",
                "wlan0: CTRL-EVENT-SIGNAL-CHANGE above=%d signal=%d noise=%d txrate=%d",
                (
                    r.randrange(2),
                    -r.randrange(45, 85),
                    -r.randrange(88, 95),
                    r.choice([6500, 72200, 144400, 433300, 866700]),
                ),
                pid=1291,
                tid=1291,
            )
            return
        emit(
            "I",
            "wpa_supplicant",
            "wlan0: CTRL-EVENT-DISCONNECTED bssid=%s reason=%d locally_generated=1",
            (bssid, r.choice([3, 4, 8])),
            pid=1291,
            tid=1291,
        )
        emit(
            "D",
            "ConnectivityService",
            "%s EVENT_NETWORK_INFO_CHANGED, going from %s to %s",
            (f"[{r.choice([100, 101, 102])} WIFI]", "CONNECTED", "DISCONNECTED"),
        )
        tick(1, 6)
        emit(
            "I",
            "wpa_supplicant",
            "wlan0: CTRL-EVENT-CONNECTED - Connection to %s completed [id=%d id_str=%s]",
            (bssid, r.randrange(3), "%7B%22configKey%22%3A%22%5C%22HomeNet%5C%22WPA_PSK%22%7D"),
            pid=1291,
            tid=1291,
        )
        net = r.choice([103, 104, 105])
        emit(
            "D",
            "ConnectivityService",
            "%s EVENT_NETWORK_INFO_CHANGED, going from %s to %s",
            (f"[{net} WIFI]", "CONNECTING", "CONNECTED"),
        )
        tick(0.3, 2)
        emit(
            "I",
            "ConnectivityService",
            "[%d WIFI] validation passed",
            (net,),
            label="%s validation passed",
        )

    def chatty() -> None:
        uid, name = r.choice(
            [(1000, "system"), (10146, "com.google.android.gms"), (10187, "com.whatsapp")]
        )
        emit(
            "I",
            "chatty",
            "uid=%d(%s) %s identical %d lines",
            (
                uid,
                name,
                r.choice(
                    [
                        "Binder:1702_5",
                        "PowerManagerSer",
                        "HeapTaskDaemon",
                        "RenderThread",
                        "android.bg",
                    ]
                ),
                r.randrange(2, 40),
            ),
            pid=system_server if uid == 1000 else procs.get(name, 4000),
        )

    def slow() -> None:
        emit(
            "W",
            "ActivityManager",
            "Slow operation: %dms so far, now at %s",
            (
                r.randrange(50, 900),
                r.choice(
                    [
                        "startProcess: done updating battery stats",
                        "startProcess: returned from zygote!",
                        "startProcess: building args",
                        "startProcess: done updating pids map",
                    ]
                ),
            ),
        )

    def looper() -> None:
        emit(
            "W",
            "Looper",
            "Slow dispatch took %dms %s h=%s c=%s m=%d",
            (
                r.randrange(100, 1500),
                r.choice(["main", "android.bg", "ActivityManager"]),
                r.choice(
                    [
                        "com.android.server.am.ActivityManagerService$MainHandler",
                        "android.os.Handler",
                        "com.android.server.power.PowerManagerService$PowerManagerHandler",
                    ]
                ),
                r.choice(
                    [
                        "null",
                        "com.android.server.am.ActivityManagerService$$ExternalSyntheticLambda9@"
                        + hexid(r, 7),
                    ]
                ),
                r.randrange(1, 70),
            ),
            label="Slow dispatch took %dms %s h=%s c=%s m=%d",
        )

    def input_broken() -> None:
        pkg, cls, _ = r.choice(APPS)
        w = f"{hexid(r, 7)} {pkg}/{cls}"
        emit(
            "E",
            "InputDispatcher",
            "channel '%s' ~ Channel is unrecoverably broken and will be disposed!",
            (w,),
        )

    def notif() -> None:
        pkg, _, _uid = r.choice(APPS)
        if r.random() < 0.5:
            emit(
                "E",
                "NotificationService",
                "Suppressing notification from package %s by user request.",
                (pkg,),
            )
        else:
            emit(
                "W",
                "NotificationService",
                "Toast already killed. pkg=%s token=%s",
                (pkg, "android.os.BinderProxy@" + hexid(r, 7)),
            )

    def anr() -> None:
        pkg, cls, uid = r.choice(APPS)
        pid = procs.get(pkg) or start_proc(pkg, uid, "activity", short_cmp(pkg, cls))
        tid = r.choice(binders)
        emit("E", "ActivityManager", "ANR in %s (%s)", (pkg, short_cmp(pkg, cls)), tid=tid)
        for text in [
            f"PID: {pid}",
            f"Reason: Input dispatching timed out ({hexid(r, 7)} {pkg}/{cls} (server) is not responding. Waited 5001ms for MotionEvent)",
            "Parent: " + short_cmp(pkg, cls),
            f"Load: {r.uniform(4, 12):.2f} / {r.uniform(4, 12):.2f} / {r.uniform(4, 12):.2f}",
            "----- Output from /proc/pressure/memory -----",
            f"some avg10={r.uniform(0, 30):.2f} avg60={r.uniform(0, 30):.2f} avg300={r.uniform(0, 9):.2f} total={r.randrange(10**8, 10**10)}",
        ]:
            more("E", "ActivityManager", text, system_server, tid)

    def crash() -> None:
        pkg, cls, uid = r.choice(APPS[-3:])
        pid = procs.get(pkg) or start_proc(pkg, uid, "activity", short_cmp(pkg, cls))
        emit("E", "AndroidRuntime", "FATAL EXCEPTION: %s", ("main",), pid=pid, tid=pid)
        exc = r.choice(
            [
                (
                    "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String android.content.Context.getString(int)' on a null object reference",
                    "com.example.shop.ui.cart.CartFragment.onViewCreated(CartFragment.kt:88)",
                ),
                (
                    "java.lang.IllegalStateException: Fragment ProductFragment{5a7e91c} ("
                    + uuid4(r)
                    + ") not attached to a context.",
                    "com.example.shop.ui.product.ProductFragment.render(ProductFragment.kt:141)",
                ),
            ]
        )
        lines = [
            f"Process: {pkg}, PID: {pid}",
            exc[0],
            f"\tat {exc[1]}",
            "\tat androidx.fragment.app.Fragment.performViewCreated(Fragment.java:3128)",
            "\tat androidx.fragment.app.FragmentStateManager.createView(FragmentStateManager.java:552)",
            "\tat android.os.Handler.handleCallback(Handler.java:942)",
            "\tat android.os.Looper.loopOnce(Looper.java:201)",
            "\tat android.app.ActivityThread.main(ActivityThread.java:7918)",
            "\tat java.lang.reflect.Method.invoke(Native Method)",
            "\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:936)",
        ]
        for text in lines:
            more("E", "AndroidRuntime", text, pid, pid)
        tick(0.01, 0.1)
        emit("W", "ActivityTaskManager", "  Force finishing activity %s", (short_cmp(pkg, cls),))
        tick(0.1, 0.4)
        emit("I", "Process", "Sending signal. PID: %d SIG: %d", (pid, 9), pid=pid, tid=pid)
        tick(0.05, 0.3)
        procs.pop(pkg, None)
        emit(
            "I", "ActivityManager", "Process %s (pid %d) has died: %s %s", (pkg, pid, "fg ", "TOP")
        )

    def force_stop() -> None:
        pkg, _, uid = r.choice(APPS + SERVICES)
        emit(
            "I",
            "ActivityManager",
            "Force stopping %s appid=%d user=%d: %s",
            (
                pkg,
                uid,
                0,
                r.choice(
                    [
                        "from pid " + str(r.randrange(3000, 30000)),
                        "installPackageLI",
                        "pkg removed",
                        "clear data",
                    ]
                ),
            ),
            label="Force stopping %s appid=%d user=%d: %s",
        )
        procs.pop(pkg, None)

    def jobs() -> None:
        pkg, cls, uid = r.choice(SERVICES)
        emit(
            "W",
            "JobScheduler",
            "Job didn't exist in JobStore: %s",
            (f"{hexid(r, 7)} #{uid_str(uid)}/{r.randrange(1, 3000)} {short_cmp(pkg, cls)}",),
        )

    # boot: the tail of a boot, then an afternoon
    for pkg, cls, uid in [SERVICES[0], SERVICES[1]]:
        start_proc(pkg, uid, "service", short_cmp(pkg, cls))
        tick(0.1, 1)
    start_proc(LAUNCHER[0], LAUNCHER[2], "activity", short_cmp(*LAUNCHER[:2]))
    level = [74]
    charging = [False]
    screen = [True]
    table = [
        (14, launch),
        (8, home),
        (9, bg_service),
        (6, broadcast_proc),
        (10, kill),
        (2, lowmem),
        (5, wifi),
        (8, chatty),
        (3, slow),
        (4, looper),
        (2, input_broken),
        (4, notif),
        (2, force_stop),
        (2, jobs),
    ]
    for step in range(1150):
        tick(0.2, 25)
        if step % 35 == 0:
            battery()
            level[0] = max(5, min(100, level[0] + (2 if charging[0] else -1)))
            if step == 630:
                charging[0] = True
        if r.random() < 0.04:
            if screen[0]:
                screen_off()
            else:
                screen_on()
            screen[0] = not screen[0]
            continue
        if step in (420, 880):
            anr()
            continue
        if step in (250, 700, 1010):
            crash()
            continue
        pick(r, table)()
    return [log]


# ------------------------------------------------------------------------------------- nova

NOVA_HOSTS = ["cmp-a01", "cmp-a02"]
FLAVORS = [
    ("m1.small", 2048, 20, 1),
    ("m1.medium", 4096, 40, 2),
    ("m1.large", 8192, 80, 4),
    ("c2.xlarge", 16384, 40, 8),
]
IMAGES = [uuid4(random.Random(f"img{i}")) for i in range(4)]


def nova(r: random.Random) -> list[Log]:
    """OpenStack nova 2023.1 (oslo.log's default `%(asctime)s.%(msecs)03d %(process)d
    %(levelname)s %(name)s [%(request_id)s %(user_identity)s] %(instance)s%(message)s`, `[-]`
    without a request context, `[instance: uuid] ` before the message of an instance's calls):
    `nova-api.log` with the WSGI server's request lines (labelled by route and status, as
    HAProxy's traffic is: the query's keys are the route's, its values not) and API errors, `nova-scheduler.log`,
    and `nova-compute.log` on one compute node: claims, spawns, lifecycle events, lock
    acquisition and release, the resource tracker's audits, an instance failing to spawn with
    its traceback (oslo's exception prefix repeats the header on every line: continuations)."""
    start = datetime(2023, 11, 28, 9, 14, 3, 120000, tzinfo=UTC)
    api = Log("nova-api.log", start)
    sched = Log("nova-scheduler.log", start)
    comp = Log("nova-compute.log", start)
    pids = {"nova-api.log": 2871, "nova-scheduler.log": 1934, "nova-compute.log": 25746}
    users = [hexid(r, 32) for _ in range(4)]
    projects = [hexid(r, 32) for _ in range(3)]
    node = NOVA_HOSTS[0]

    def sync(*logs: Log) -> None:
        t = max(x.t for x in (api, sched, comp))
        for x in logs:
            x.t = t

    def emit(
        log: Log,
        level: str,
        name: str,
        tmpl: str,
        args: dict | tuple = (),
        ctx: tuple[str, str, str] | None = None,
        inst: str | None = None,
        label: str | None = None,
    ) -> None:
        log.tick(r, 0.001, 0.05)
        t = log.t
        msg = tmpl % args if args else tmpl
        c = f"[{ctx[0]} {ctx[1]} {ctx[2]} - - default default]" if ctx else "[-]"
        i = f"[instance: {inst}] " if inst else ""
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} {pids[log.name]} {level} {name} {c} {i}{msg}",
            label or re.sub(r"%\((\w+)\)[-0-9.]*([sdf])", r"%\2", tmpl),
        )

    def trace(log: Log, name: str, inst: str, lines: list[str]) -> None:
        t = log.t
        for text in lines:
            log.add(
                f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} {pids[log.name]} ERROR {name} [instance: {inst}] {text}",
                None,
            )

    def ctx() -> tuple[str, str, str]:
        return (f"req-{uuid4(r)}", r.choice(users), r.choice(projects))

    def wsgi(
        c: tuple[str, str, str], method: str, path: str, route: str, status: int, dt: float
    ) -> None:
        ip = r.choice(["10.20.0.11", "10.20.0.12", "10.20.0.31"])
        emit(
            api,
            "INFO",
            "nova.osapi_compute.wsgi.server",
            '%s "%s %s HTTP/1.1" status: %s len: %s time: %.7f',
            (
                ip,
                method,
                path,
                status,
                0
                if status == 204
                else r.randrange(200, 9000)
                if status < 300
                else r.randrange(80, 300),
                dt,
            ),
            c,
            label=f'%s "{method} {route} HTTP/1.1" status: {status} len: %s time: %.7f',
        )

    instances: list[dict] = []

    def lock(log: Log, name: str, fn: str, c, inst=None, held: bool = True) -> None:
        emit(
            log,
            "DEBUG",
            "oslo_concurrency.lockutils",
            'Lock "%(name)s" acquired by "%(function)s" :: waited %(wait)0.3fs',
            {"name": name, "function": fn, "wait": r.choice([0.0, 0.0, 0.0, r.uniform(0, 3)])},
            c,
            inst,
        )
        if held:
            emit(
                log,
                "DEBUG",
                "oslo_concurrency.lockutils",
                'Lock "%(name)s" "released" by "%(function)s" :: held %(held)0.3fs',
                {"name": name, "function": fn, "held": r.uniform(0, 2)},
                c,
                inst,
            )

    def boot() -> None:
        c = ctx()
        flavor = r.choice(FLAVORS)
        inst = {"uuid": uuid4(r), "flavor": flavor, "state": "running"}
        wsgi(c, "POST", "/v2.1/servers", "/v2.1/servers", 202, r.uniform(0.4, 2.5))
        sync(sched)
        emit(
            sched,
            "DEBUG",
            "nova.scheduler.manager",
            "Starting to schedule for instances: %s",
            (f"['{inst['uuid']}']",),
            c,
        )
        if r.random() < 0.08:
            emit(
                sched,
                "INFO",
                "nova.scheduler.manager",
                "Got no allocation candidates from the Placement API. This could be due to insufficient resources or a temporary occurrence as compute nodes start up.",
                (),
                c,
            )
            emit(
                sched,
                "WARNING",
                "nova.scheduler.utils",
                "Failed to %(service)s_%(method)s: %(ex)s",
                {
                    "service": "compute_task",
                    "method": "build_instances",
                    "ex": "No valid host was found. There are not enough hosts available.",
                },
                c,
                inst["uuid"],
                label="Failed to %s_%s: No valid host was found. %s",
            )
            return
        emit(
            sched,
            "DEBUG",
            "nova.scheduler.filter_scheduler",
            "Filter %(cls_name)s returned %(obj_len)d host(s)",
            {
                "cls_name": r.choice(
                    [
                        "ComputeFilter",
                        "AvailabilityZoneFilter",
                        "ImagePropertiesFilter",
                        "ServerGroupAntiAffinityFilter",
                    ]
                ),
                "obj_len": 2,
            },
            c,
        )
        sync(comp)
        lock(
            comp,
            inst["uuid"],
            "nova.compute.manager.ComputeManager.build_and_run_instance.<locals>._locked_do_build_and_run_instance",
            c,
            inst["uuid"],
            held=False,
        )
        lock(
            comp,
            "compute_resources",
            "nova.compute.resource_tracker.ResourceTracker.instance_claim",
            c,
            inst["uuid"],
            held=False,
        )
        emit(
            comp,
            "INFO",
            "nova.compute.claims",
            "Attempting claim on node %(node)s: memory %(memory_mb)d MB, disk %(disk_gb)d GB, vcpus %(vcpus)d CPU",
            {"node": node, "memory_mb": flavor[1], "disk_gb": flavor[2], "vcpus": flavor[3]},
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.claims",
            "Claim successful on node %(node)s",
            {"node": node},
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "DEBUG",
            "oslo_concurrency.lockutils",
            'Lock "%(name)s" "released" by "%(function)s" :: held %(held)0.3fs',
            {
                "name": "compute_resources",
                "function": "nova.compute.resource_tracker.ResourceTracker.instance_claim",
                "held": r.uniform(0.05, 0.6),
            },
            c,
            inst["uuid"],
        )
        emit(comp, "INFO", "nova.virt.libvirt.driver", "Creating image(s)", (), c, inst["uuid"])
        comp.tick(r, 2, 12)
        if r.random() < 0.07:
            emit(
                comp,
                "ERROR",
                "nova.compute.manager",
                "Instance failed to spawn",
                (),
                c,
                inst["uuid"],
            )
            trace(
                comp,
                "nova.compute.manager",
                inst["uuid"],
                [
                    "Traceback (most recent call last):",
                    '  File "/usr/lib/python3/dist-packages/nova/compute/manager.py", line 2743, in _build_resources',
                    "    yield resources",
                    '  File "/usr/lib/python3/dist-packages/nova/virt/libvirt/driver.py", line 4390, in spawn',
                    "    self._create_guest_with_network(",
                    '  File "/usr/lib/python3/dist-packages/nova/virt/libvirt/driver.py", line 7660, in _create_guest_with_network',
                    "    raise exception.VirtualInterfaceCreateException()",
                    "nova.exception.VirtualInterfaceCreateException: Virtual Interface creation failed",
                ],
            )
            emit(
                comp,
                "INFO",
                "nova.virt.libvirt.driver",
                "Instance destroyed successfully.",
                (),
                c,
                inst["uuid"],
            )
            emit(
                comp,
                "ERROR",
                "nova.compute.manager",
                "Build of instance %(uuid)s aborted: %(reason)s",
                {
                    "uuid": inst["uuid"],
                    "reason": "Failed to allocate the network(s), not rescheduling.",
                },
                c,
                inst["uuid"],
                label="Build of instance %s aborted: Failed to allocate the network(s), not rescheduling.",
            )
            return
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "VM %(state)s (Lifecycle Event)",
            {"state": "Started"},
            None,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "VM %(state)s (Lifecycle Event)",
            {"state": "Paused"},
            None,
            inst["uuid"],
        )
        comp.tick(r, 0.5, 3)
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "VM %(state)s (Lifecycle Event)",
            {"state": "Resumed"},
            None,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "During sync_power_state the instance has a pending task (%(task)s). Skip.",
            {"task": "spawning"},
            None,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Instance spawned successfully.",
            (),
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "Took %0.2f seconds to spawn the instance on the hypervisor.",
            (r.uniform(5, 25),),
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "Took %0.2f seconds to build instance.",
            (r.uniform(8, 40),),
            c,
            inst["uuid"],
        )
        instances.append(inst)

    def delete() -> None:
        if not instances:
            return
        inst = instances.pop(r.randrange(len(instances)))
        c = ctx()
        wsgi(
            c,
            "DELETE",
            f"/v2.1/servers/{inst['uuid']}",
            "/v2.1/servers/<*>",
            204,
            r.uniform(0.1, 0.9),
        )
        sync(comp)
        lock(
            comp,
            inst["uuid"],
            "nova.compute.manager.ComputeManager.terminate_instance.<locals>.do_terminate_instance",
            c,
            inst["uuid"],
            held=False,
        )
        emit(comp, "INFO", "nova.compute.manager", "Terminating instance", (), c, inst["uuid"])
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Instance destroyed successfully.",
            (),
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "VM %(state)s (Lifecycle Event)",
            {"state": "Stopped"},
            None,
            inst["uuid"],
        )
        path = f"/var/lib/nova/instances/{inst['uuid']}_del"
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Deleting instance files %(target_del)s",
            {"target_del": path},
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Deletion of %(target)s complete",
            {"target": path},
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "Took %0.2f seconds to destroy the instance on the hypervisor.",
            (r.uniform(0.4, 3),),
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "Took %(time).2f seconds to deallocate network for instance.",
            {"time": r.uniform(0.5, 4)},
            c,
            inst["uuid"],
        )

    def reboot() -> None:
        if not instances:
            return
        inst = r.choice(instances)
        c = ctx()
        wsgi(
            c,
            "POST",
            f"/v2.1/servers/{inst['uuid']}/action",
            "/v2.1/servers/<*>/action",
            202,
            r.uniform(0.1, 0.6),
        )
        sync(comp)
        emit(comp, "INFO", "nova.compute.manager", "Rebooting instance", (), c, inst["uuid"])
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Instance shutdown successfully after %d seconds.",
            (r.randrange(1, 40),),
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Instance destroyed successfully.",
            (),
            c,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "VM %(state)s (Lifecycle Event)",
            {"state": "Stopped"},
            None,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "VM %(state)s (Lifecycle Event)",
            {"state": "Resumed"},
            None,
            inst["uuid"],
        )
        emit(
            comp,
            "INFO",
            "nova.virt.libvirt.driver",
            "Instance rebooted successfully.",
            (),
            c,
            inst["uuid"],
        )

    def listing() -> None:
        c = ctx()
        choice = r.random()
        if choice < 0.5:
            query, keys = r.choice(
                [
                    ("", ""),
                    ("?all_tenants=True", "?all_tenants=<*>"),
                    (f"?limit={r.choice([20, 50, 100])}", "?limit=<*>"),
                ]
            )
            wsgi(
                c,
                "GET",
                "/v2.1/servers/detail" + query,
                "/v2.1/servers/detail" + keys,
                200,
                r.uniform(0.1, 1.2),
            )
        elif choice < 0.7:
            wsgi(
                c, "GET", "/v2.1/flavors/detail", "/v2.1/flavors/detail", 200, r.uniform(0.02, 0.2)
            )
        elif choice < 0.85 and instances:
            wsgi(
                c,
                "GET",
                f"/v2.1/servers/{r.choice(instances)['uuid']}",
                "/v2.1/servers/<*>",
                200,
                r.uniform(0.05, 0.4),
            )
        else:
            missing = uuid4(r)
            emit(
                api,
                "INFO",
                "nova.api.openstack.wsgi",
                "HTTP exception thrown: %s",
                (f"Instance {missing} could not be found.",),
                c,
                label="HTTP exception thrown: Instance %s could not be found.",
            )
            wsgi(
                c, "GET", f"/v2.1/servers/{missing}", "/v2.1/servers/<*>", 404, r.uniform(0.02, 0.2)
            )

    def flavor_miss() -> None:
        c = ctx()
        f = r.choice(["m1.xlarge", "gpu.a100", "42"])
        emit(
            api,
            "INFO",
            "nova.api.openstack.wsgi",
            "HTTP exception thrown: %s",
            (f"Flavor {f} could not be found.",),
            c,
            label="HTTP exception thrown: Flavor %s could not be found.",
        )
        wsgi(
            c,
            "GET",
            f"/v2.1/flavors/{f}",
            "/v2.1/flavors/" + ("<*>" if f == "42" else f),
            404,
            r.uniform(0.01, 0.1),
        )

    def audit() -> None:
        emit(
            comp,
            "INFO",
            "nova.compute.resource_tracker",
            "Auditing locally available compute resources for %(host)s (node: %(node)s)",
            {"host": node, "node": node},
        )
        used_ram = 512 + sum(i["flavor"][1] for i in instances)
        emit(
            comp,
            "INFO",
            "nova.compute.resource_tracker",
            "Final resource view: name=%(node)s phys_ram=%(phys_ram)sMB used_ram=%(used_ram)sMB phys_disk=%(phys_disk)sGB used_disk=%(used_disk)sGB total_vcpus=%(total_vcpus)s used_vcpus=%(used_vcpus)s pci_stats=%(pci_stats)s",
            {
                "node": node,
                "phys_ram": 257691,
                "used_ram": used_ram,
                "phys_disk": 1787,
                "used_disk": sum(i["flavor"][2] for i in instances),
                "total_vcpus": 64,
                "used_vcpus": sum(i["flavor"][3] for i in instances),
                "pci_stats": "[]",
            },
        )
        lock(
            comp,
            "compute_resources",
            "nova.compute.resource_tracker.ResourceTracker._update_available_resource",
            None,
        )
        if r.random() < 0.3:
            base = f"/var/lib/nova/instances/_base/{hexid(r, 40)}"
            emit(
                comp,
                "INFO",
                "nova.virt.libvirt.imagecache",
                "image %(id)s at (%(base_file)s): checking",
                {"id": r.choice(IMAGES), "base_file": base},
            )
            emit(comp, "INFO", "nova.virt.libvirt.imagecache", "Active base files: %s", (base,))

    def sync_hosts() -> None:
        emit(
            sched,
            "INFO",
            "nova.scheduler.host_manager",
            "Successfully synced instances from host '%(host)s'.",
            {"host": r.choice([*NOVA_HOSTS, "cmp-b01", "cmp-b02"])},
        )

    def rpc() -> None:
        which = r.random()
        log = r.choice([api, sched, comp])
        if which < 0.5:
            emit(
                log,
                "ERROR",
                "oslo.messaging._drivers.impl_rabbit",
                "[%(id)s] AMQP server on %(host)s:%(port)s is unreachable: %(err)s. Trying again in %(n)d seconds.",
                {
                    "id": uuid4(r),
                    "host": "10.20.0.5",
                    "port": 5672,
                    "err": "[Errno 104] Connection reset by peer",
                    "n": 1,
                },
                label="[%s] AMQP server on %s:%s is unreachable: [Errno %d] Connection reset by peer. Trying again in %d seconds.",
            )
        else:
            emit(
                log,
                "INFO",
                "oslo.messaging._drivers.impl_rabbit",
                "[%(id)s] Reconnected to AMQP server on %(host)s:%(port)s via [%(transport)s] client with port %(client_port)s.",
                {
                    "id": uuid4(r),
                    "host": "10.20.0.5",
                    "port": 5672,
                    "transport": "amqp",
                    "client_port": r.randrange(32768, 60999),
                },
            )

    def power_sync() -> None:
        emit(
            comp,
            "INFO",
            "nova.compute.manager",
            "Running instance usage audit for host %(host)s from %(begin_time)s to %(end_time)s. %(number_instances)s instances.",
            {
                "host": node,
                "begin_time": "2023-11-28 08:00:00",
                "end_time": "2023-11-28 09:00:00",
                "number_instances": len(instances),
            },
        )

    def stale() -> None:
        if not instances:
            return
        inst = r.choice(instances)
        emit(
            comp,
            "WARNING",
            "nova.compute.manager",
            "While synchronizing instance power states, found %(num_db_instances)s instances in the database and %(num_vm_instances)s instances on the hypervisor.",
            {"num_db_instances": len(instances), "num_vm_instances": len(instances) - 1},
        )
        emit(
            comp,
            "WARNING",
            "nova.virt.libvirt.driver",
            "Periodic task is updating the host stat, it is trying to get disk %(i_name)s, but disk file was removed by concurrent operations such as resize.",
            {"i_name": f"instance-{r.randrange(0x100, 0xFFF):08x}"},
            None,
            inst["uuid"],
        )

    emit(
        comp,
        "INFO",
        "nova.compute.resource_tracker",
        "Compute node record updated for %(host)s:%(node)s with uuid: %(uuid)s",
        {"host": node, "node": node, "uuid": uuid4(r)},
    )
    table = [
        (16, boot),
        (9, delete),
        (5, reboot),
        (26, listing),
        (3, flavor_miss),
        (7, audit),
        (5, sync_hosts),
        (2, rpc),
        (1, power_sync),
        (2, stale),
    ]
    for _ in range(520):
        for x in (api, sched, comp):
            x.tick(r, 0.5, 20)
        pick(r, table)()
    return [api, comp, sched]


# ------------------------------------------------------------------------------------ slurm

PARTITIONS = {"batch": "node[001-064]", "gpu": "gpu[01-08]", "debug": "node[061-064]"}
USERS = [("alice", 1001), ("bob", 1002), ("chen", 1017), ("dpatel", 1023), ("eva", 1031)]


def hostlist(r: random.Random, part: str, n: int) -> str:
    if part == "gpu":
        start = r.randrange(1, 9 - n + 1)
        nodes = [f"gpu{start + i:02d}" for i in range(n)]
        pre, width = "gpu", 2
    else:
        base = 61 if part == "debug" else 1
        span = 4 if part == "debug" else 64
        start = base + r.randrange(0, span - n + 1)
        nodes = [f"node{start + i:03d}" for i in range(n)]
        pre, width = "node", 3
    if n == 1:
        return nodes[0]
    return f"{pre}[{start:0{width}d}-{start + n - 1:0{width}d}]"


def slurm(r: random.Random) -> list[Log]:
    """Slurm 23.02's daemons (`[%Y-%m-%dT%H:%M:%S.%3N] ` then the message, `error: `,
    `debug: ` and `Warning: ` as log.c writes them): `slurmctld.log` on the controller, job
    submissions and allocations with `JobId=`, host lists (`node[001-004]`), array jobs
    (`JobId=812_3(815)`), completions with exit statuses and signals, time limits, cancellations,
    backfill, nodes not responding and drained, a controller restart recovering its state; and
    `slurmd-node017.log`: launches, prologs, steps and a job cancelled at its time limit."""
    start = datetime(2024, 5, 6, 7, 58, 11, 402000, tzinfo=UTC)
    ctl = Log("slurmctld.log", start)
    sd = Log("slurmd-node017.log", start)

    def emit(
        log: Log, tmpl: str, args: tuple = (), label: str | None = None, prefix: str = ""
    ) -> None:
        log.tick(r, 0.0005, 0.05)
        t = log.t
        log.add(
            f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}] {prefix}{cfmt(tmpl, args) if args else tmpl}",
            label or prefix + tmpl,
        )

    jobid = [41870]
    running: list[dict] = []

    def jid(j: dict) -> str:
        return f"{j['array']}_{j['task']}({j['id']})" if j.get("array") else str(j["id"])

    def boot() -> None:
        emit(ctl, "slurmctld version %s started on cluster %s", ("23.02.7", "hpc"))
        emit(ctl, "Recovered state of %d nodes", (76,))
        for j in running:
            emit(ctl, "Recovered JobId=%s Assoc=%u", (jid(j), r.randrange(2, 40)))
        emit(ctl, "Recovered information about %u jobs", (len(running),))
        emit(
            ctl,
            "select/cons_tres: part_data_create_array: select/cons_tres: preparing for %d partitions",
            (3,),
        )
        emit(ctl, "Recovered state of %d reservations", (1,))
        emit(ctl, "read_slurm_conf: backup_controller not specified")
        emit(ctl, "Running as primary controller")
        emit(
            ctl,
            "SchedulerParameters=%s",
            (
                "default_queue_depth=100,max_rpc_cnt=0,max_sched_time=2,partition_job_depth=0,sched_max_job_start=0,sched_min_interval=2",
            ),
        )

    def submit() -> None:
        part = r.choices(list(PARTITIONS), [7, 2, 1])[0]
        _user, uid = r.choice(USERS)
        if r.random() < 0.12:
            emit(
                ctl,
                "_slurm_rpc_submit_batch_job: %s",
                (
                    r.choice(
                        [
                            "Requested node configuration is not available",
                            "Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)",
                            "Invalid account or account/partition combination specified",
                        ]
                    ),
                ),
                label="_slurm_rpc_submit_batch_job: %s",
            )
            return
        jobid[0] += 1
        array = r.random() < 0.2
        j = {"id": jobid[0], "part": part, "uid": uid, "array": None, "task": None}
        if array:
            n = r.randrange(2, 6)
            emit(
                ctl,
                "_slurm_rpc_submit_batch_job: JobId=%u InitPrio=%u usec=%u",
                (jobid[0], r.randrange(4000, 9000), r.randrange(200, 9000)),
            )
            base = jobid[0]
            for k in range(n):
                jj = {"id": base + k, "part": part, "uid": uid, "array": base, "task": k}
                pending.append(jj)
            jobid[0] = base + n
        else:
            emit(
                ctl,
                "_slurm_rpc_submit_batch_job: JobId=%u InitPrio=%u usec=%u",
                (jobid[0], r.randrange(4000, 9000), r.randrange(200, 9000)),
            )
            pending.append(j)

    pending: list[dict] = []

    def allocate() -> None:
        if not pending:
            return
        j = pending.pop(0)
        n = 1 if j["part"] == "gpu" or r.random() < 0.5 else r.randrange(2, 5)
        j["nodes"] = hostlist(r, j["part"], n)
        cpus = n * r.choice([16, 32, 64])
        if r.random() < 0.3:
            emit(
                ctl,
                "sched/backfill: _start_job: Started JobId=%s in %s on %s",
                (jid(j), j["part"], j["nodes"]),
            )
        else:
            emit(
                ctl,
                "sched: Allocate JobId=%s NodeList=%s #CPUs=%u Partition=%s",
                (jid(j), j["nodes"], cpus, j["part"]),
            )
        running.append(j)
        if "node017" in j["nodes"] or (j["nodes"].startswith("node[0") and r.random() < 0.3):
            slurmd_start(j)

    def slurmd_start(j: dict) -> None:
        sd.t = max(sd.t, ctl.t)
        emit(
            sd,
            "task/affinity: task_p_slurmd_batch_request: task_p_slurmd_batch_request: %u",
            (j["id"],),
        )
        emit(
            sd,
            "task/affinity: batch_bind: job %u CPU input mask for node: 0x%s",
            (j["id"], "F" * r.choice([4, 8, 16])),
        )
        emit(sd, "_run_prolog: run job script took usec=%ld", (r.randrange(4000, 90000),))
        emit(
            sd,
            "_run_prolog: prolog with lock for job %u ran for %d seconds",
            (j["id"], r.randrange(0, 3)),
        )
        emit(sd, "Launching batch job %u for UID %u", (j["id"], j["uid"]))
        if r.random() < 0.4:
            emit(
                sd,
                "launch task StepId=%u.%u request from UID:%u GID:%u HOST:%s PORT:%hu",
                (j["id"], 0, j["uid"], j["uid"], "10.1.0.17", r.randrange(30000, 60000)),
            )
        j["slurmd"] = True

    def complete() -> None:
        if not running:
            return
        j = running.pop(r.randrange(len(running)))
        kind = r.random()
        if kind < 0.7:
            status = 0 if r.random() < 0.8 else r.choice([1, 2, 127])
            emit(ctl, "_job_complete: JobId=%s WEXITSTATUS %d", (jid(j), status))
            emit(ctl, "_job_complete: JobId=%s done", (jid(j),))
            if j.get("slurmd"):
                emit(sd, "[%u.batch] done with job", (j["id"],), label="[%s] done with job")
        elif kind < 0.8:
            emit(ctl, "_job_complete: JobId=%s WTERMSIG %d", (jid(j), r.choice([9, 11, 6])))
            emit(ctl, "_job_complete: JobId=%s done", (jid(j),))
        elif kind < 0.9:
            emit(ctl, "Time limit exhausted for JobId=%s", (jid(j),))
            if j.get("slurmd"):
                sd.t = max(sd.t, ctl.t)
                emit(
                    sd,
                    "*** JOB %u ON %s CANCELLED AT %s DUE TO TIME LIMIT ***",
                    (j["id"], "node017", f"{ctl.t:%Y-%m-%dT%H:%M:%S}"),
                    prefix="error: ",
                )
                emit(sd, "[%u.batch] done with job", (j["id"],), label="[%s] done with job")
            emit(ctl, "_job_complete: JobId=%s WTERMSIG %d", (jid(j), 15))
            emit(ctl, "_job_complete: JobId=%s done", (jid(j),))
        else:
            r.choice(USERS)  # a draw the data was written with
            emit(ctl, "_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId=%s uid %d", (jid(j), j["uid"]))
            emit(ctl, "job_signal: %d of running JobId=%s successful 0x%x", (9, jid(j), 0x8004))
            if j.get("slurmd"):
                emit(
                    sd,
                    "*** JOB %u ON %s CANCELLED AT %s ***",
                    (j["id"], "node017", f"{ctl.t:%Y-%m-%dT%H:%M:%S}"),
                    prefix="error: ",
                )
        if r.random() < 0.15:
            emit(
                ctl,
                "cleanup_completing: JobId=%s completion process took %ld seconds",
                (jid(j), r.randrange(11, 120)),
            )

    def never() -> None:
        jobid[0] += 1
        part = r.choice(["gpu", "debug"])
        emit(
            ctl,
            "_slurm_rpc_submit_batch_job: JobId=%u InitPrio=%u usec=%u",
            (jobid[0], r.randrange(4000, 9000), r.randrange(200, 9000)),
        )
        emit(ctl, "_pick_best_nodes: JobId=%u never runnable in partition %s", (jobid[0], part))
        emit(
            ctl,
            "sched: schedule: JobId=%u non-runnable: %s",
            (jobid[0], "Requested node configuration is not available"),
        )

    def nodes_flap() -> None:
        part = r.choice(["batch", "batch", "gpu"])
        nodes = hostlist(r, part, r.choice([1, 1, 2, 3]))
        emit(ctl, "Nodes %s not responding", (nodes,), prefix="error: ")
        ctl.tick(r, 30, 300)
        if r.random() < 0.7:
            emit(ctl, "Node %s now responding", (nodes,))
        else:
            emit(ctl, "Nodes %s not responding, setting DOWN", (nodes,), prefix="error: ")

    def drain() -> None:
        node = hostlist(r, "batch", 1)
        reason = r.choice(
            [
                "Kill task failed",
                "Prolog error",
                "hw: bad DIMM in slot B2",
                "NHC: check_fs_mount: /scratch not mounted",
            ]
        )
        emit(ctl, "update_node: node %s reason set to: %s", (node, reason))
        emit(
            ctl,
            "update_node: node %s state set to DRAINING",
            (node,),
            label="update_node: node %s state set to DRAINING",
        )
        if r.random() < 0.5:
            ctl.tick(r, 600, 3600)
            emit(
                ctl,
                "update_node: node %s state set to IDLE",
                (node,),
                label="update_node: node %s state set to IDLE",
            )

    def rpc_err() -> None:
        w = r.random()
        if w < 0.4:
            emit(
                ctl,
                "slurm_receive_msg [%s]: Zero Bytes were transmitted or received",
                (f"10.1.{r.randrange(0, 3)}.{r.randrange(2, 200)}:{r.randrange(30000, 60000)}",),
                prefix="error: ",
            )
        elif w < 0.7:
            emit(
                ctl,
                "Munge decode failed: %s",
                (r.choice(["Expired credential", "Invalid credential"]),),
                prefix="error: ",
                label="error: Munge decode failed: %s",
            )
        else:
            emit(
                ctl,
                "Note very large processing time from %s: usec=%ld began=%s",
                (
                    r.choice(
                        [
                            "_slurm_rpc_dump_jobs",
                            "_slurmctld_background",
                            "load_part_uid_allow_list",
                        ]
                    ),
                    r.randrange(1000000, 9000000),
                    f"{ctl.t:%H:%M:%S}.{r.randrange(1000):03d}",
                ),
                prefix="Warning: ",
            )

    def backfill_stats() -> None:
        emit(ctl, "backfill: beginning", (), prefix="debug: ", label="debug: backfill: beginning")
        emit(
            ctl,
            "backfill: %u jobs to backfill",
            (len(pending) + r.randrange(0, 40),),
            prefix="debug: ",
        )
        emit(ctl, "backfill: reached end of job queue", (), prefix="debug: ")

    def cgroup() -> None:
        if not running:
            return
        j = r.choice(running)
        sd.t = max(sd.t, ctl.t)
        emit(
            sd,
            "task/cgroup: _memcg_initialize: job: alloc=%luMB mem.limit=%luMB memsw.limit=%s",
            (m := r.choice([4000, 16000, 64000]), m, "unlimited"),
        )
        emit(
            sd,
            "task/cgroup: _memcg_initialize: step: alloc=%luMB mem.limit=%luMB memsw.limit=%s",
            (m, m, "unlimited"),
        )
        del j

    boot()
    table = [
        (20, submit),
        (18, allocate),
        (17, complete),
        (2, never),
        (2, nodes_flap),
        (1, drain),
        (4, rpc_err),
        (4, backfill_stats),
        (3, cgroup),
    ]
    for step in range(900):
        ctl.tick(r, 0.5, 40)
        pick(r, table)()
        if step == 600:
            emit(ctl, "Terminate signal (SIGINT or SIGTERM) received")
            emit(ctl, "Saving all slurm state")
            ctl.tick(r, 5, 40)
            boot()
    return [ctl, sd]


# ------------------------------------------------------------------------------------ macos

MAC_HOST = "Alices-MacBook-Pro"


def macos(r: random.Random) -> list[Log]:
    """A MacBook's `/var/log/system.log` (BSD syslog: `Mmm dd HH:MM:SS host process[pid]: msg`,
    no facility or level): the kernel's lines (Sandbox denials, wake reasons, Wi-Fi driver's
    `ARPT: 61.123456: ...` stamps, memorystatus kills), launchd's service lines under its full
    name `com.apple.xpc.launchd[1] (service[pid]): ...`, WindowServer, mDNSResponder, helpers whose
    process names hold blanks (`Google Chrome Helper[4711]`), `<private>` and `(null)` values,
    `0x7f...` pointers, and syslogd's `--- last message repeated N times ---` with no process."""
    log = Log("system.log", datetime(2024, 7, 1, 8, 58, 2, tzinfo=UTC))
    pids: dict[str, int] = {}

    def pid_of(proc: str) -> int:
        if proc not in pids:
            pids[proc] = r.randrange(200, 9000)
        return pids[proc]

    def emit(
        proc: str, tmpl: str, args: tuple = (), label: str | None = None, pid: int | None = None
    ) -> None:
        log.tick(r, 0.001, 0.8)
        p = (
            0
            if proc == "kernel"
            else (1 if proc == "com.apple.xpc.launchd" else (pid or pid_of(proc)))
        )
        text = cfmt(tmpl, args) if args else tmpl
        if proc == "com.apple.xpc.launchd":
            # launchd names the job a line is about in parentheses after its own tag: `(%s): `
            # is its prefix (the label keeps it, the format string has it)
            log.add(f"{syslog_ts(log.t)} {MAC_HOST} {proc}[{p}] {text}", label or tmpl)
            return
        log.add(f"{syslog_ts(log.t)} {MAC_HOST} {proc}[{p}]: {text}", label or tmpl)

    def repeated() -> None:
        n = r.randrange(1, 12)
        log.tick(r, 1, 30)
        log.add(
            f"{syslog_ts(log.t)} {MAC_HOST} --- last message repeated {n} time{'s' if n > 1 else ''} ---",
            "--- last message repeated %d time%s ---",
        )

    def ptr() -> str:
        return "0x7f" + hexid(r, 10).lstrip("0")

    def wake() -> None:
        emit(
            "kernel",
            "Wake reason: %s",
            (
                r.choice(
                    ["EC.LidOpen (User)", "XHC1", "RTC (Alarm)", "EC.PowerButton (User)", "ARPT"]
                ),
            ),
        )
        emit(
            "kernel",
            "ARPT: %d.%06d: AirPort_Brcm43xx::powerChange: System Wake - Full Wake/ Dark Wake / Maintenance wake",
            (r.randrange(60, 9000), r.randrange(10**6)),
            label="ARPT: %d.%06d: AirPort_Brcm43xx::powerChange: System Wake - Full Wake/ Dark Wake / Maintenance wake",
        )
        emit(
            "WindowServer",
            "CGXDisplayDidWakeNotification [%llu]: posting kCGSDisplayDidWake",
            (r.randrange(10**12, 10**13),),
        )
        emit(
            "kernel",
            "en0: BSSID changed to %s",
            (r.choice(["a4:91:b1:2c:7e:10", "3c:37:86:5d:02:9a"]),),
        )
        emit(
            "kernel",
            "PM response took %d ms (%d, %s)",
            (
                r.randrange(1000, 9000),
                pid_of("powerd"),
                r.choice(["powerd", "WindowServer", "coreaudiod"]),
            ),
        )

    def sleep() -> None:
        emit("kernel", "PMRD: System Sleep", ())
        emit("WindowServer", "handle_will_sleep_auth_and_shield_windows: Deferring.", ())
        emit("kernel", "Previous sleep cause: %d", (5,))
        emit(
            "kernel",
            "ARPT: %d.%06d: wl0: setup_keepalive: Local IP: %s",
            (r.randrange(60, 9000), r.randrange(10**6), f"192.168.1.{r.randrange(20, 60)}"),
        )

    def sandbox() -> None:
        proc, pid = r.choice(
            [
                ("mdworker_shared", r.randrange(2000, 9000)),
                ("com.apple.Addres", pid_of("AddressBookSourceSync")),
                ("Google Chrome He", pid_of("Google Chrome Helper")),
                ("photolibraryd", pid_of("photolibraryd")),
            ]
        )
        op, path = r.choice(
            [
                ("file-read-data", f"/Users/alice/Library/Mail/V10/{uuid4(r).upper()}/INBOX.mbox"),
                ("network-outbound", "/private/var/run/mDNSResponder"),
                (
                    "file-read-xattr",
                    f"/Users/alice/Pictures/Photos Library.photoslibrary/originals/{r.choice('0123456789ABCDEF')}/{uuid4(r).upper()}.heic",
                ),
                ("mach-lookup", "com.apple.coreservices.launchservicesd"),
            ]
        )
        emit("kernel", "Sandbox: %s(%d) deny(%d) %s %s", (proc, pid, 1, op, path))

    def launchd_exit() -> None:
        kind = r.random()
        if kind < 0.4:
            svc = f"com.apple.mdworker.shared.{hexid(r, 8).upper()}-0000-0000-0000-000000000000"
            emit(
                "com.apple.xpc.launchd",
                "(%s[%d]): Service exited due to %s | sent by %s[%d]",
                (svc, r.randrange(2000, 9000), "SIGKILL", "mds", pid_of("mds")),
            )
        elif kind < 0.6:
            svc = r.choice(
                [
                    "com.apple.quicklook.ThumbnailsAgent",
                    "com.apple.photoanalysisd",
                    "com.apple.cloudd",
                ]
            )
            emit(
                "com.apple.xpc.launchd",
                "(%s[%d]): Service exited with abnormal code: %d",
                (svc, r.randrange(2000, 9000), r.choice([1, 2, 75])),
            )
        elif kind < 0.8:
            svc = r.choice(
                [
                    "com.apple.AddressBook.SourceSync",
                    "com.apple.suggestd",
                    "com.google.keystone.xpcservice",
                ]
            )
            emit(
                "com.apple.xpc.launchd",
                "(%s): Service only ran for %d seconds. Pushing respawn out by %d seconds.",
                (svc, r.randrange(0, 9), 10 - r.randrange(0, 9)),
            )
        else:
            svc = r.choice(
                ["com.apple.imfoundation.IMRemoteURLConnectionAgent", "com.apple.WebKit.WebContent"]
            )
            emit(
                "com.apple.xpc.launchd",
                "(%s[%d]): Endpoint has been activated through legacy launch(3) APIs. Please switch to XPC or bootstrap_check_in(): %s",
                (svc, r.randrange(2000, 9000), svc),
            )

    def windowserver() -> None:
        k = r.random()
        if k < 0.35:
            emit(
                "WindowServer",
                "send_datagram_available_ping: pid %d failed to act on a ping it dequeued before timing out.",
                (
                    r.choice(
                        [
                            pid_of("Google Chrome Helper"),
                            pid_of("Slack Helper (Renderer)"),
                            pid_of("Finder"),
                        ]
                    ),
                ),
            )
        elif k < 0.6:
            emit(
                "WindowServer",
                "CGXGetConnectionProperty: Invalid connection %d",
                (r.randrange(0x1000, 0x2FFFF),),
            )
        elif k < 0.8:
            emit(
                "WindowServer",
                "_CGXRemoveWindowFromWindowMovementGroup: window 0x%x is not attached to window 0x%x",
                (r.randrange(0x100, 0x3FF), r.randrange(0x100, 0x3FF)),
            )
        else:
            emit(
                "WindowServer",
                "CGSTrackingRegionSetIsEnabled returned CG error %d",
                (1000 + r.randrange(0, 5),),
            )

    def chrome() -> None:
        proc = r.choice(
            ["Google Chrome Helper", "Google Chrome Helper (Renderer)", "Slack Helper (Renderer)"]
        )
        if r.random() < 0.6:
            emit(
                proc,
                "Libnotify: notify_register_coalesced_registration failed with code %d on line %d",
                (9, 2835),
            )
        else:
            emit(
                proc,
                'CoreText note: Client requested name "%s", it will get %s rather than the intended font. All system UI font access should be through proper APIs such as CTFontCreateUIFontForLanguage() or +[NSFont systemFontOfSize:].',
                (
                    r.choice([".SFNSText-Regular", ".SFNS-Regular", ".AppleSystemUIFont"]),
                    r.choice(["Times-Roman", "TimesNewRomanPSMT"]),
                ),
            )

    def mdns() -> None:
        if r.random() < 0.5:
            emit(
                "mDNSResponder",
                "mDNS_RegisterInterface: Frequent transitions for interface %s (%s)",
                (
                    "en0",
                    r.choice(
                        [
                            "192.168.1.34",
                            "FE80:0000:0000:0000:1C42:"
                            + hexid(r, 4).upper()
                            + ":"
                            + hexid(r, 4).upper()
                            + ":"
                            + hexid(r, 4).upper(),
                        ]
                    ),
                ),
            )
        else:
            # mDNSCore's own printf (`%#a` an address): written here with its values
            text = f"mDNSPlatformSendUDP sendto({r.randrange(3, 60)}) failed to send packet on InterfaceID {ptr()} {r.choice(['  en0', 'awdl0'])}/{r.randrange(4, 12)} to FF02:0000:0000:0000:0000:0000:0000:00FB:5353 skt {r.randrange(30, 90)} error -1 errno 65 (No route to host) {r.randrange(1, 400)}"
            emit(
                "mDNSResponder",
                text,
                label="mDNSPlatformSendUDP sendto(%d) failed to send packet on InterfaceID %p %5s/%d to %#a:%d skt %d error %d errno %d (%s) %u",
            )

    def memorystatus() -> None:
        proc = r.choice(
            ["Microsoft Teams Helper", "com.apple.WebKit", "photoanalysisd", "Spotlight"]
        )
        if r.random() < 0.6:
            emit(
                "kernel",
                "memorystatus_thread: idle exiting pid %d [%s]",
                (r.randrange(2000, 9000), proc),
            )
        else:
            emit(
                "kernel",
                "low swap: killing largest compressed process with pid %d (%s) and size %llu MB",
                (r.randrange(2000, 9000), proc, r.randrange(400, 4000)),
            )

    def private() -> None:
        k = r.random()
        if k < 0.35:
            emit(
                "symptomsd",
                "-[NetworkAnalyticsEngine _writeJournalRecord:fromCellFingerprint:key:atLOI:ofKind:lqm:isFaceTimeCall:] Hit the server for a network signature (%s) at %s",
                ("<private>", "<private>"),
                label="-[NetworkAnalyticsEngine _writeJournalRecord:fromCellFingerprint:key:atLOI:ofKind:lqm:isFaceTimeCall:] Hit the server for a network signature (%s) at %s",
            )
        elif k < 0.6:
            emit(
                "locationd",
                "os_transaction created: (%s) %s",
                (r.choice(["0x7fa8c2f1b3d0", ptr()]), "<private>"),
                label="os_transaction created: (%p) %s",
            )
        elif k < 0.8:
            emit(
                "sharingd",
                "%s: Unable to get user name: %s",
                ("<private>", "(null)"),
                label="%s: Unable to get user name: %s",
            )
        else:
            emit(
                "authorizationhost",
                "MechanismInvoke %s retainCount %d",
                (ptr(), r.randrange(1, 4)),
                label="MechanismInvoke %p retainCount %d",
            )

    def thermal() -> None:
        emit(
            "com.apple.CDScheduler",
            "Thermal pressure state: %d Memory pressure state: %d",
            (r.randrange(0, 2), r.randrange(0, 3)),
        )

    def tcp() -> None:
        proc = r.choice(["Safari", "Mail", "Slack Helper", "com.apple.WebKit.Networking"])
        emit(
            proc,
            "tcp_connection_tls_session_error_callback_imp %d %s error %d",
            (
                r.randrange(100, 9000),
                "__tcp_connection_tls_session_callback_write_block_invoke.434",
                r.choice([22, 54, 57]),
            ),
        )

    def login() -> None:
        emit(
            "loginwindow",
            "-[SessionAgentNotificationCenter sendDistributedNotification:forUID:] | sendDistributedNotification: %s, with userID:%d",
            (
                r.choice(
                    [
                        "com.apple.screenIsLocked",
                        "com.apple.screenIsUnlocked",
                        "com.apple.sessionDidBecomeActive",
                    ]
                ),
                501,
            ),
        )

    table = [
        (6, wake),
        (4, sleep),
        (10, sandbox),
        (12, launchd_exit),
        (10, windowserver),
        (8, chrome),
        (4, mdns),
        (4, memorystatus),
        (9, private),
        (4, thermal),
        (7, tcp),
        (3, login),
        (8, repeated),
    ]
    for _ in range(1250):
        log.tick(r, 1, 90)
        pick(r, table)()
    return [log]


# ---------------------------------------------------------------------------------- log4net

CUSTOMERS = list(range(10000, 10400))
QUEUES = ["orders-inbound", "orders-retry", "invoices"]


def log4net(r: random.Random) -> list[Log]:
    """A .NET order-fulfilment Windows service with log4net's `RollingFileAppender` and the
    layout `%date|%-5level|%logger|%thread|%message%newline%exception`: its own messages
    (String.Format's `{0}`, read as `%s`), Quartz.NET's scheduler and job runner, Topshelf's
    host start, NHibernate warnings, threads named or numbered, messages that hold a `|`
    themselves, and exceptions written on the lines after the message (continuations)."""
    log = Log("fulfilment-service.log", datetime(2024, 2, 19, 6, 0, 1, 17000, tzinfo=UTC))

    def emit(
        level: str,
        logger: str,
        tmpl: str,
        args: tuple = (),
        thread: str | None = None,
        label: str | None = None,
    ) -> None:
        log.tick(r, 0.001, 0.3)
        t = log.t
        th = thread or str(r.choice([1, 4, 7, 9, 12, 15, 21]))
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}|{level:<5}|{logger}|{th}|{tmpl % args if args else tmpl}",
            label or tmpl,
        )

    def exc(lines: list[str]) -> None:
        for text in lines:
            log.add(text, None)

    orders: list[int] = []
    next_order = [880412]
    worker = [f"DefaultQuartzScheduler_Worker-{i}" for i in range(1, 6)]

    def start() -> None:
        # one call whose message holds newlines: its later lines continue the event
        emit("INFO", "Topshelf.HostFactory", "Configuration Result:", (), "1")
        exc(["[Success] Name Contoso.Fulfilment", "[Success] ServiceName Contoso.Fulfilment"])
        emit(
            "INFO",
            "Topshelf.Runtime.Windows.WindowsServiceHost",
            "Starting as a Windows service",
            (),
            "1",
        )
        emit(
            "INFO",
            "Contoso.Fulfilment.Program",
            "Fulfilment service %s starting on %s (pid %s)",
            ("4.12.3+9f2c1e7", "FUL-APP-02", r.randrange(2000, 9000)),
            "1",
        )
        emit(
            "INFO",
            "Quartz.Impl.StdSchedulerFactory",
            "Using default implementation for object serializer",
            (),
            "1",
        )
        emit(
            "INFO",
            "Quartz.Core.SchedulerSignalerImpl",
            "Initialized Scheduler Signaller of type: %s",
            ("Quartz.Core.SchedulerSignalerImpl",),
            "1",
        )
        emit(
            "INFO",
            "Quartz.Core.QuartzScheduler",
            "Quartz Scheduler v.%s created.",
            ("3.8.0.0",),
            "1",
        )
        emit("INFO", "Quartz.Simpl.RAMJobStore", "RAMJobStore initialized.", (), "1")
        emit(
            "INFO",
            "Quartz.Impl.StdSchedulerFactory",
            "Quartz scheduler '%s' initialized",
            ("DefaultQuartzScheduler",),
            "1",
        )
        for job in ["PollInboundOrdersJob", "ReconcileStockJob", "PurgeAuditLogJob"]:
            emit(
                "INFO",
                "Contoso.Fulfilment.Scheduling.JobRegistrar",
                "Scheduled job %s with cron '%s'",
                (job, r.choice(["0/30 * * * * ?", "0 0/5 * * * ?", "0 15 2 * * ?"])),
                "1",
            )
        emit(
            "INFO",
            "Quartz.Core.QuartzScheduler",
            "Scheduler %s started.",
            ("DefaultQuartzScheduler_$_NON_CLUSTERED",),
            "1",
        )
        emit("INFO", "Topshelf.Runtime.Windows.WindowsServiceHost", "[Topshelf] Started", (), "1")

    def poll() -> None:
        th = r.choice(worker)
        emit(
            "DEBUG",
            "Quartz.Core.JobRunShell",
            "Calling Execute on job %s",
            ("DEFAULT.PollInboundOrdersJob",),
            th,
        )
        q = r.choice(QUEUES[:2])
        n = r.choices([0, 1, 2, 3, 5, 8], [5, 4, 3, 2, 1, 1])[0]
        emit(
            "DEBUG",
            "Contoso.Fulfilment.Messaging.QueuePoller",
            "Received %s message(s) from queue %s",
            (n, q),
            th,
        )
        for _ in range(n):
            next_order[0] += r.randrange(1, 9)
            oid = next_order[0]
            cust = r.choice(CUSTOMERS)
            lines = r.randrange(1, 7)
            emit(
                "INFO",
                "Contoso.Fulfilment.Orders.OrderProcessor",
                "Processing order %s for customer %s (%s lines, total %s EUR)",
                (oid, cust, lines, f"{r.uniform(9, 900):.2f}"),
                th,
            )
            k = r.random()
            if k < 0.07:
                sku = f"SKU-{r.randrange(10000, 99999)}"
                emit(
                    "WARN",
                    "Contoso.Fulfilment.Inventory.StockService",
                    "Insufficient stock for %s: requested %s, available %s",
                    (sku, r.randrange(2, 10), r.randrange(0, 2)),
                    th,
                )
                emit(
                    "INFO",
                    "Contoso.Fulfilment.Orders.OrderProcessor",
                    "Order %s put on backorder",
                    (oid,),
                    th,
                )
            elif k < 0.11:
                emit(
                    "ERROR",
                    "Contoso.Fulfilment.Orders.OrderProcessor",
                    "Failed to process order %s, message %s moved to %s",
                    (oid, "{" + str(uuid4(r)) + "}", "orders-retry"),
                    th,
                )
                exc(
                    [
                        "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding. ---> System.ComponentModel.Win32Exception (0x80004005): The wait operation timed out",
                        "   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                        "   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()",
                        "   at NHibernate.AdoNet.AbstractBatcher.ExecuteNonQuery(DbCommand cmd)",
                        "   at Contoso.Fulfilment.Orders.OrderRepository.Save(Order order) in C:\\build\\src\\Contoso.Fulfilment\\Orders\\OrderRepository.cs:line 57",
                        "ClientConnectionId:" + uuid4(r),
                        "Error Number:-2,State:0,Class:11",
                    ]
                )
            else:
                wh = r.choice(["AMS1", "RTM2", "DUS1"])
                emit(
                    "INFO",
                    "Contoso.Fulfilment.Orders.OrderProcessor",
                    "Order %s allocated to warehouse %s",
                    (oid, wh),
                    th,
                )
                if r.random() < 0.5:
                    emit(
                        "DEBUG",
                        "Contoso.Fulfilment.Shipping.CarrierClient",
                        "POST %s -> %s in %sms",
                        (
                            r.choice(
                                [
                                    "https://api.dhl.example/shipments",
                                    "https://api.postnl.example/v2/labels",
                                ]
                            ),
                            r.choice([200, 201]),
                            r.randrange(80, 1400),
                        ),
                        th,
                    )
                orders.append(oid)
        emit("DEBUG", "Quartz.Core.JobRunShell", "Trigger instruction : %s", ("NoInstruction",), th)

    def ship() -> None:
        if not orders:
            return
        oid = orders.pop(0)
        th = str(r.choice([14, 17, 22]))
        tracking = f"JVGL{r.randrange(10**9, 10**10)}"
        emit(
            "INFO",
            "Contoso.Fulfilment.Shipping.ShipmentService",
            "Shipment %s created for order %s via %s",
            (tracking, oid, r.choice(["DHL", "PostNL", "DPD"])),
            th,
        )
        if r.random() < 0.3:
            emit(
                "INFO",
                "Contoso.Fulfilment.Notifications.MailSender",
                "Sent mail '%s' to %s",
                (
                    r.choice(["OrderShipped", "OrderShipped", "InvoiceAvailable"]),
                    f"customer{r.choice(CUSTOMERS)}@example.org",
                ),
                th,
            )

    def carrier_fail() -> None:
        th = str(r.choice([14, 17, 22]))
        status = r.choice([429, 502, 503])
        emit(
            "WARN",
            "Contoso.Fulfilment.Shipping.CarrierClient",
            "Carrier API returned %s, retry %s of %s in %s s",
            (status, (n := r.randrange(1, 4)), 3, 2**n),
            th,
        )

    def reconcile() -> None:
        th = r.choice(worker)
        emit(
            "DEBUG",
            "Quartz.Core.JobRunShell",
            "Calling Execute on job %s",
            ("DEFAULT.ReconcileStockJob",),
            th,
        )
        skus = r.randrange(800, 1400)
        emit(
            "INFO",
            "Contoso.Fulfilment.Inventory.StockReconciler",
            "Reconciled %s SKUs in %s ms, %s adjusted",
            (skus, r.randrange(300, 9000), r.randrange(0, 30)),
            th,
        )
        if r.random() < 0.3:
            changed = "|".join(f"SKU-{r.randrange(10000, 99999)}" for _ in range(r.randrange(2, 5)))
            emit(
                "WARN",
                "Contoso.Fulfilment.Inventory.StockReconciler",
                "Negative stock corrected for: %s",
                (changed,),
                th,
            )
        emit("DEBUG", "Quartz.Core.JobRunShell", "Trigger instruction : %s", ("NoInstruction",), th)

    def batch() -> None:
        emit(
            "DEBUG",
            "Quartz.Core.QuartzSchedulerThread",
            "Batch acquisition of %s triggers",
            (r.choice([0, 1, 1, 2]),),
            "DefaultQuartzScheduler_QuartzSchedulerThread",
        )

    def nh() -> None:
        k = r.random()
        if k < 0.5:
            emit(
                "WARN",
                "NHibernate.Engine.Loading.LoadContexts",
                "fail-safe cleanup (collections) : %s",
                (
                    f"NHibernate.Engine.Loading.CollectionLoadContext<rs=System.Data.SqlClient.SqlDataReader>@{r.randrange(10**7, 10**8)}",
                ),
                str(r.choice([9, 12, 15])),
            )
        else:
            emit(
                "WARN",
                "NHibernate.Util.ADOExceptionReporter",
                "System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %s) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
                (r.randrange(50, 200),),
                str(r.choice([9, 12, 15])),
            )

    def health() -> None:
        emit(
            "INFO",
            "Contoso.Fulfilment.Health.HealthReporter",
            "Health: queue=%s depth=%s | db=%s | carrier=%s",
            (
                r.choice(QUEUES),
                r.randrange(0, 500),
                r.choice(["ok", "ok", "slow"]),
                r.choice(["ok", "ok", "degraded"]),
            ),
            "HealthTimer",
        )

    def auth() -> None:
        emit(
            "WARN",
            "Contoso.Fulfilment.Api.ApiKeyAuthenticationHandler",
            "Rejected request %s %s from %s: %s",
            (
                r.choice(["GET", "POST"]),
                r.choice(["/api/orders", "/api/stock/levels", "/api/health"]),
                f"10.4.{r.randrange(0, 8)}.{r.randrange(2, 250)}",
                "API key missing",
            ),
            str(r.choice([30, 31, 33])),
            label="Rejected request %s %s from %s: API key missing",
        )

    def purge() -> None:
        th = r.choice(worker)
        emit(
            "DEBUG",
            "Quartz.Core.JobRunShell",
            "Calling Execute on job %s",
            ("DEFAULT.PurgeAuditLogJob",),
            th,
        )
        emit(
            "INFO",
            "Contoso.Fulfilment.Maintenance.AuditPurger",
            "Purged %s audit rows older than %s",
            (r.randrange(1000, 90000), "2024-01-20"),
            th,
        )
        emit("DEBUG", "Quartz.Core.JobRunShell", "Trigger instruction : %s", ("NoInstruction",), th)

    start()
    table = [
        (30, poll),
        (14, ship),
        (3, carrier_fail),
        (6, reconcile),
        (12, batch),
        (3, nh),
        (8, health),
        (3, auth),
        (1, purge),
    ]
    for step in range(700):
        log.tick(r, 1, 40)
        pick(r, table)()
        if step == 450:
            emit(
                "INFO",
                "Topshelf.Runtime.Windows.WindowsServiceHost",
                "[Topshelf] Stopping",
                (),
                "1",
            )
            emit(
                "INFO",
                "Quartz.Core.QuartzScheduler",
                "Scheduler %s shutting down.",
                ("DefaultQuartzScheduler_$_NON_CLUSTERED",),
                "1",
            )
            emit(
                "INFO",
                "Quartz.Core.QuartzScheduler",
                "Scheduler %s Shutdown complete.",
                ("DefaultQuartzScheduler_$_NON_CLUSTERED",),
                "1",
            )
            emit(
                "INFO", "Topshelf.Runtime.Windows.WindowsServiceHost", "[Topshelf] Stopped", (), "1"
            )
            log.tick(r, 20, 60)
            start()
    return [log]


SYSTEMS = {
    "android": android,
    "nova": nova,
    "slurm": slurm,
    "macos": macos,
    "log4net": log4net,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
