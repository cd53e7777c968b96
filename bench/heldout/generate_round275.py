#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 275 (apptainer, spack, easybuild, ondemand, ganglia) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five tools of one university HPC centre (cluster
`aurora`, its clocks on US Eastern daylight time), 06:00 to 12:00 on 2024-06-07. The brief's
"Ganglia gmond" is widened to Ganglia's two daemons, gmond on the nodes and gmetad on the head
node, kept as `ganglia`: gmond alone writes a handful of lines a day (its err_msg calls are
start-up and configuration errors, module loading, a failed metadata send and the python
modules' errors), so its syslog could not be written faithfully with 15 formats; gmetad, which
polls every cluster's gmond and writes the RRDs, writes the rest of what a Ganglia site's log
holds.

- Apptainer 1.3.2 (`ci01-journal.log`, `svc01-journal.log`, `svc02-journal.log`: `journalctl -o
  short-iso`, `2024-06-07T06:00:11-04:00 ci01 container-sync[2630]: INFO:    Using cached
  SIF image`; sylog's level prefix `%-8s ` of `INFO:`, `WARNING:`, `FATAL:`, no colours off a
  terminal). ci01's `container-sync.service` (a timer every 15 minutes, a run skipped while the
  last still runs) pulls the site's catalogue of 35 images with `apptainer pull --force`, its
  unit still setting SINGULARITY_CACHEDIR (`Environment variable %s is set, but %s is preferred`
  at every invocation): `Using cached SIF image` when the tag's digest is unchanged, else
  `Converting OCI blobs to SIF format`, `Starting build...`, `Fetching OCI image...`,
  `Extracting OCI image...`, umoci's `2024/06/07 06:00:23  warn rootless{dev/console} creating
  empty file in place of device 5:1` for images with a device node, `Inserting Apptainer
  configuration...`, `Creating SIF file...`, then `apptainer sign` (`Signing image with PGP key
  material`, `Signature created and applied to image '%s'`); Docker Hub's pull rate limit
  07:00-07:52 (`FATAL: Unable to handle %s uri: failed to get checksum for %s: reading manifest
  %s in %s: toomanyrequests: ...`), two NGC images added at 10:00 that fill ci01's /tmp until
  11:15 (`... packer failed to pack: ... short write: write %s: no space left on device`). svc01
  and svc02 run containers as systemd units (Restart=always, RestartSec=30): coldfront, xdmod
  and a FlexLM instance on svc01 (`Environment variable SINGULARITY_BIND is set, ...`, `WARNING:
  skipping mount of /localscratch: stat /localscratch: no such file or directory`, `instance
  started successfully`, `Stopping %s instance of %s (PID=%d)`), svc01 rebooted at 07:55, GPFS
  expelling svc01 08:41-09:06 (97 `FATAL: container creation failed: mount hook function
  failure: mount %s->%s error: while mounting %s: mount source %s doesn't exist`); svc02 without
  squashfuse (`Converting SIF file to temporary sandbox...`, `Cleaning up image...`, `passwd
  file doesn't exist in container, not updating`, `group file ...`, `underlay of %s required
  more than 50 (%d) bind mounts`) and an arm64 build of the Slurm exporter deployed 10:14-10:38
  (`FATAL: While checking container encryption: could not open image %s: the image's
  architecture (arm64) could not run on the host's (amd64)`).
- Spack 0.21 (`build01-spack.log`, `build02-spack.log`: the CI wrapper appends the output of
  `spack --timestamp -e <env> install -j N` and the other runs to one file per build host; `==>
  [2024-06-07-06:00:32.754892] Installing libiconv-1.17-<hash>`, tty's `Error: ` and `Warning: `
  after the time, the `[+] <prefix>` lines print()ed without one). build01's CPU stack
  (site-2024.06, gcc 13.2.0 and oneapi 2024.1.0, ~320 specs): the nightly run at 06:00 (`[+] %s`
  for every installed spec, 25 from the binary cache: `Fetching %s` of the `.spec.json.sig` and
  the `.spack`, `Extracting %s from binary cache`, `%s: Successfully installed %s` with the
  binary timer line; the other new specs from source: `No binary for %s found: installing from
  source`, `Fetching %s` or `Using cached archive: %s`, `No patches needed for %s`, `Ran patch()
  for %s` or `Applied patch %s`, `%s: Executing phase: '%s'`, `Successfully installed` with its
  `  Stage: ...  Total: ...` line), hdf5 1.14.4 failing with GCC 13 (`Error: Failed to install
  %s due to ChildError: ProcessError: Command exited with status %d:` with the command, the
  build log's errors and its path), its six dependents skipped (`Warning: Skipping build of %s
  since %s failed`) and `Error: Installation request failed.  Refer to reported errors for
  failing package(s).`; the on-call's rerun at 09:12 failing alike, the patched run at 09:58
  (`Applied patch`, the dependents built, `Updating view at %s`, `Regenerating lmod module
  files`), a user's py-torch-geometric at 10:48, `spack gc -y` at 11:05 (`Successfully
  uninstalled %s`). build02's GPU stack (gpu-2024.06, gcc 12.3.0 and nvhpc 24.3, CUDA 12.4): the
  nightly run at 06:04 with two `@develop` packages (`Warning: Missing a source id for %s`), a
  user's GROMACS with CUDA at 10:20, the module refresh at 11:30.
- EasyBuild 4.9.1 (build03's and build04's logs: the application log of each build,
  `<host>-easybuild-<name>-<version>-<date>.<time>.log` as EasyBuild copies it into the
  installation, a random suffix while it stays in /tmp after a failure, and the main log of the
  two failed sessions, `<host>-easybuild-<key>.log`, which holds the session's own lines and a
  copy of its build's). fancylogger's `== 2024-06-07 06:00:41,300 build_log.py:267 INFO This is
  EasyBuild 4.9.1 (framework: 4.9.1, easyblocks: 4.9.1) on host build03.`, the command output
  that run_cmd logs (log_all) on the lines after its record, a module file's text after `Module
  file %s written: `. Each build: `This is EasyBuild ...`, `Init completed for application name
  %s version %s`, per step its description (`configuring...`, `packaging [skipped]`), `Starting
  %s step`, `Running method %s part of step %s`; `Checksum verification for %s using %s
  passed.`, `running cmd: %s` and `cmd "%s" exited with exit code %s and output:`, the
  toolchain's `Environment variable %s set to %s (previously undefined)` (20 for GCCcore, 63 for
  foss), `installing extension %s %s (%d/%d)...` (122 Python packages; 60 R extensions, 49 of
  them built with `R CMD INSTALL`). build03: netCDF with libxml2 and HDF5 at 06:00, GROMACS at
  07:20, Python-bundle-PyPI at 08:31, R failing its tests at 10:27 (`ERROR EasyBuild crashed
  with an error (at %s:%d in %s): cmd "%s" exited with exit code %s and output:` with make's
  output; the main log's `FAILED: Installation ended unsuccessfully ...`, `Results of the build
  can be found in the log file(s) %s`, `Build succeeded for 0 out of 1`), R again with
  `--skip-test-step` at 10:44. build04: GROMACS with CUDA 12.1.1 and GCC 13 failing to configure
  at 06:33 (nvcc's `unsupported GNU version!`), the foss-2023a build at 09:15.
- Open OnDemand 3.1 (`<user>-error.log` for nine users: each user's
  /var/log/ondemand-nginx/<user>/error.log, the per-user NGINX's error log that Passenger writes
  into). Passenger's own lines (`[ N 2024-06-07 06:35:02.5993 311519/T1
  age/Cor/CoreMain.cpp:1340 ]: Starting Passenger core...`: the PUN's start, its shutdown when
  nginx_clean stops an idle PUN at 08:00 and 10:00 and when the upgrade at 10:30 stops every
  PUN, `[ServerThr.1] Freed %d spare client objects`, a dashboard process killed while listing a
  directory of two million files, a cancelled download's broken pipe), NGINX's (`2024/06/07
  08:13:22 [warn] 69865#0: *7 an upstream response is buffered to a temporary file %s while
  reading upstream, client: unix:, ...`, an upload over client_max_body_size) and the Rails
  apps' output after `App <pid> output: `, written by OodAppkit's LogFormatter (`[2024-06-07
  06:35:05 -0400 ]  INFO "<msg.inspect>"`, no progname): lograge's `method=%s path=%s format=%s
  controller=%s action=%s status=%d allocations=%d duration=%.2f view=%.2f` (with ` location=%s`
  on a redirect, `error='...'` on a failure) and the dashboard's `execve = %s` before each
  sbatch, squeue and scancel (the argument array's inspect, its \u001e and \u001f escaped again
  by the formatter). The interactive sessions page polls every 10 s while open, one squeue per
  active session; slurmctld fails over 08:50-09:02 (41 polls `status=500
  error='OodCore::JobAdapterError: slurm_load_jobs error: Unable to contact slurm controller
  (connect failure)'`); two users submit with the Job Composer (the myjobs app, a process of its
  own).
- Ganglia 3.7.2 (`head01-ganglia.log`: gmetad on the head node, daemonized, through rsyslog;
  `nodes-ganglia.log`: the nodes' gmond relayed to the log host, its ident argv[0]: `Jun  7
  08:04:10 cn033 /usr/sbin/gmond[1300]: ...`; a newline of a format shows as rsyslog's `#012`,
  the one that ends most err_msg formats too). gmond: netstats' handler failing on oss03 and
  oss04 every 3 minutes all day (`[PYTHON] Can't call the metric handler function for [%s] in
  the python module [%s].#012`), svc01's boot at 06:51 and rack 3's reboot 08:04-08:30 before
  their networks are up (`Error 1 sending the modular data for %s#012` for every metric, then
  the fast groups', `Error creating multicast server mcast_join=%s port=%d mcast_if=%s
  family='%s'.  Will try again...#012` every 60 s), the login nodes' gmond restarted after
  python2 was removed (`Cannot load %s metric module: %s: cannot open shared object file: No
  such file or directory`, `Unable to find the metric information for '%s'. ...` per tcpconn
  metric, `Unable to find any metric information for '%s'. ...` for a name_match), NVML broken
  on gpu03 and gpu04 09:10-10:20 (the nvidia module's handler every 5 minutes for 12 metrics,
  then `[PYTHON] Can't call the metric_init function in the python module [%s].#012`). gmetad
  (15 s per data source): svc01 down 06:40-06:52 (`data_thread() for [%s] failed to contact node
  %s`, `data_thread() got no answer from any [%s] datasource`), a duplicated data_source for the
  login cluster 07:05-07:20 (`RRD_update (%s): illegal attempt to update using time %d when last
  update time is %d (minimum one second step)`), oss01 hanging (`poll() timeout from source %d
  for [%s] data source after %d bytes read`), the RRD tmpfs full from 09:40 (`RRD_create:
  creating '%s': No space left on device` for the GPU nodes' new power metrics) until cn065's
  first report at 09:52 (`Unable to mkdir(%s): No space left on device`: err_sys exits; gmetad
  restarted at 10:03), storage's two sources unreachable 10:40-10:55, gpu05's garbled string
  metric 10:50-11:05 (`Process XML (%s): XML_ParseBuffer() error at line %d:#012not well-formed
  (invalid token)#012`), the monitoring's check of the interactive port every 5 minutes
  (`server_thread() could not read request from %s`) and gweb's aborted requests
  (`server_thread() %lx unable to write root preamble (DTD, etc)`, `... unable to write XML tree
  info`).

Label notes. The heads are context: the journal's time, host and ident[pid] and sylog's level
prefix (`INFO:    `), umoci's own time and level, Spack's `==> [time] ` and tty's `Error: ` /
`Warning: `, fancylogger's `== date,ms file:line LEVEL `, Passenger's `[ L time pid/Tn file:line
]: ` and the `[ServerThr.1] ` / `[Client 1-5] ` its server macros put before a message, `App
<pid> output: ` with OodAppkit's `[time progname] LEVEL ` and the quotes and escapes of
`msg.inspect`, NGINX's `time [level] pid#tid: *conn ` and the `, client: ..., request: ...` it
appends, the syslog head. A value that is an error contributes its format: apptainer's FATALs
with the registry's and the packer's errors, Spack's ChildError, EasyBuild's crash with
run_cmd's message, the JobAdapterError in lograge's `error=`, rrdtool's errors after `RRD_update
(%s): ` and `RRD_create: `, err_sys's `: strerror`, expat's `not well-formed (invalid token)`
and dlerror's text. What a call site reads from a table or a loop is a value: the environment
variables apptainer warns about, Spack's phase names and EasyBuild's step names and step
descriptions (`%s...`: `configuring...` and `building...` are one call), the python module after
`in the python module`. The lines after a record's first are continuation lines without a row:
Spack's timer line, its build error's command and excerpt, EasyBuild's command output and module
text, rsyslog's folded newlines are on their line already.

Checked against copies of the sources: Apptainer's sylog prefix (pkg/sylog); OnDemand's `execve
= %s` (the dashboard's open3_extensions.rb) and OodAppkit's LogFormatter; gmond.c (the multicast
retry, `Error %d sending the modular data for %s`, module loading, `Unable to find (any|the)
metric information ...`), mod_python.c, gmetad's data_thread.c, rrd_helpers.c, server.c and
process_xml.c's `Process XML`; EasyBuild's run_cmd message (run.py). Checked against captured
output in public repositories and issues: Apptainer 1.3's pull lines, the env warning, umoci's
rootless warning, the no-space and architecture FATALs; Spack's install lines and timer line;
EasyBuild 4's log layout, `This is EasyBuild`, the step markers, `Starting %s step`, `Running
method %s part of step %s`, `running cmd: %s`, and EasyBuild 5's `Command line`, temporary
directory, umask and robot path lines; gmond's `/usr/sbin/gmond[pid]` ident with its trailing
`#012`. Least sure (the helper's knowledge): Apptainer's rate-limit FATAL in 1.3, the signing
lines, `Stopping %s instance of %s (PID=%d)`, the mount-hook FATAL, `skipping mount of`, the
underlay warning and whether `pull --force` says `Using cached SIF image`; Spack's `Failed to
install %s due to ChildError`, its excerpt's layout, `Skipping build of`, `Installation request
failed`, `Missing a source id`, `Extracting %s from binary cache` and the binary timer,
`Regenerating lmod module files`, `Successfully uninstalled`, `Updating view at`; EasyBuild's
`Init completed ...`, the environment and checksum lines, `installing extension`, `Module file
%s written`, `packaging [skipped]`, the crash and FAILED lines, which log holds COMPLETED and
FAILED, and every file:line; lograge's key order and `allocations=`, whether a sessions poll
raises the JobAdapterError, `format=js`, Passenger's start and shutdown lines and their source
locations, the dead-process and 502 lines, the broken pipe, NGINX's temporary path; rrdtool's
two texts, the nvidia and netstats modules' metric names and how often a failed metadata send
repeats.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

US = 1
# the site's clocks run on US Eastern daylight time: the day's 06:00 is 10:00 UTC
LOCAL_OFFSET = 4 * 3600
TENTH_MS = 100
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


def sha256(r: random.Random) -> str:
    return hexid(r, 64)


# -------------------------------------------------------------------------------- apptainer

AP_CI_PID = 2204
# name, docker:// reference, seconds to fetch and extract, a /dev/console in a layer
AP_IMAGES = [
    ("python", "python:3.12-slim", 22, False),
    ("rockylinux", "rockylinux:9", 16, True),
    ("ubuntu", "ubuntu:22.04", 12, False),
    ("r-ver", "rocker/r-ver:4.4.1", 41, False),
    ("rstudio", "rocker/rstudio:4.4.1", 73, False),
    ("scipy-notebook", "quay.io/jupyter/scipy-notebook:2024-06-03", 94, False),
    ("julia", "julia:1.10", 36, False),
    ("golang", "golang:1.22", 52, False),
    ("node", "node:20-bookworm-slim", 18, False),
    ("postgres", "postgres:16", 26, False),
    ("miniforge3", "condaforge/miniforge3:24.3.0-0", 31, False),
    ("nextflow", "nextflow/nextflow:24.04.2", 44, False),
    ("blast", "ncbi/blast:2.15.0", 63, False),
    ("samtools", "quay.io/biocontainers/samtools:1.20--h50ea8bc_0", 11, True),
    ("bwa", "quay.io/biocontainers/bwa:0.7.18--he4a0461_0", 8, True),
    ("fastqc", "quay.io/biocontainers/fastqc:0.12.1--hdfd78af_0", 14, True),
    ("multiqc", "quay.io/biocontainers/multiqc:1.22.2--pyhdfd78af_0", 21, True),
    ("gatk", "broadinstitute/gatk:4.5.0.0", 118, False),
    ("openfoam", "opencfd/openfoam-default:2312", 107, False),
    ("gromacs", "nvcr.io/hpc/gromacs:2023.2", 99, False),
    ("lammps", "nvcr.io/hpc/lammps:patch_15Jun2023", 93, False),
    ("alphafold", "catgumag/alphafold:2.3.2", 151, False),
    ("cp2k", "cp2k/cp2k:2024.1_openmpi_generic_psmp", 68, False),
    ("paraview", "kitware/paraview:pv-v5.12.0-egl-py", 82, False),
    ("quantum-espresso", "nvcr.io/hpc/quantum_espresso:qe-7.1", 88, False),
    ("star", "quay.io/biocontainers/star:2.7.11b--h43eeafb_1", 12, True),
    ("salmon", "combinelab/salmon:1.10.1", 19, False),
    ("mambaforge-cuda", "nvidia/cuda:12.4.1-cudnn-runtime-rockylinux9", 77, True),
    ("bcftools", "quay.io/biocontainers/bcftools:1.20--h8b25389_0", 9, True),
    ("snakemake", "snakemake/snakemake:v8.14.0", 47, False),
    ("rust", "rust:1.78-slim", 29, False),
    ("tensorboard", "tensorflow/tensorflow:2.16.1", 61, False),
    ("iqtree", "quay.io/biocontainers/iqtree:2.3.4--h21ec9f0_0", 10, True),
    ("hmmer", "staphb/hmmer:3.4", 13, False),
    ("mriqc", "nipreps/mriqc:24.0.0", 136, False),
]
# the two NGC images added to the catalogue at 10:00, too large for ci01's /tmp until 11:15
AP_NEW = [
    ("pytorch", "nvcr.io/nvidia/pytorch:24.05-py3", 420, False),
    ("tensorflow", "nvcr.io/nvidia/tensorflow:24.05-tf2-py3", 390, False),
]
# upstream pushes of moving tags during the day (the sync after it converts the image again)
AP_PUSHES = {
    "python": [at(7, 12)],
    "rockylinux": [at(5, 50)],
    "ubuntu": [at(9, 4)],
    "node": [at(10, 21), at(11, 33)],
    "golang": [at(11, 6)],
    "miniforge3": [at(5, 40)],
    "nextflow": [at(8, 47)],
    "postgres": [at(5, 58)],
    "samtools": [at(9, 40)],
    "mambaforge-cuda": [at(8, 2)],
}
AP_NOSPC_FILES = {
    "pytorch": "usr/local/lib/python3.10/dist-packages/torch/lib/libtorch_cuda.so",
    "tensorflow": "usr/local/lib/python3.10/dist-packages/tensorflow/libtensorflow_cc.so.2",
}

A_ENV = "Environment variable %s is set, but %s is preferred"
A_CACHED = "Using cached SIF image"
A_CONVERT = "Converting OCI blobs to SIF format"
A_START = "Starting build..."
A_FETCH = "Fetching OCI image..."
A_EXTRACT = "Extracting OCI image..."
A_UMOCI = "rootless{%s} creating empty file in place of device %d:%d"
A_INSERT = "Inserting Apptainer configuration..."
A_CREATE = "Creating SIF file..."
A_SIGN = "Signing image with PGP key material"
A_SIGNED = "Signature created and applied to image '%s'"
A_RATE = "Unable to handle %s uri: failed to get checksum for %s: reading manifest %s in %s: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"
A_NOSPC = "Unable to handle %s uri: while building SIF from layers: packer failed to pack: while unpacking rootfs: while unpacking layer %s: unpack entry: %s: unpack to regular file: short write: write %s: no space left on device"
A_SKIPMOUNT = "skipping mount of %s: stat %s: no such file or directory"
A_MOUNTFAIL = "container creation failed: mount hook function failure: mount %s->%s error: while mounting %s: mount source %s doesn't exist"
A_INSTANCE = "instance started successfully"
A_STOP = "Stopping %s instance of %s (PID=%d)"
A_PASSWD = "passwd file doesn't exist in container, not updating"
A_GROUP = "group file doesn't exist in container, not updating"
A_SANDBOX = "Converting SIF file to temporary sandbox..."
A_CLEANUP = "Cleaning up image..."
A_UNDERLAY = "underlay of %s required more than 50 (%d) bind mounts"
A_ARCH = "While checking container encryption: could not open image %s: the image's architecture (%s) could not run on the host's (%s)"

AP_PREFIX = {"INFO": "INFO:    ", "WARNING": "WARNING: ", "FATAL": "FATAL:   "}


def ap_docker_hub(ref: str) -> tuple[str, str] | None:
    """(repository in docker.io, tag) of a Docker Hub reference; None for other registries."""
    name, tag = ref.rsplit(":", 1)
    if "." in name.split("/")[0]:
        return None
    if "/" not in name:
        name = f"library/{name}"
    return f"docker.io/{name}", tag


def apptainer(r: random.Random) -> list[Log]:
    """ci01's image sync and the service hosts' containers, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    seq = [0]

    def proc(host: str) -> tuple[str, int]:
        seq[0] += 1
        return (host, seq[0])

    def J(
        host: str, ident: str, pid: int, p: object, t: datetime, level: str, label: str, msg: str
    ) -> datetime:
        line = f"{host} {ident}[{pid}]: {AP_PREFIX[level]}{msg}"
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}-04:00 {line}"],
            p,
            SEC,
        )

    def Jraw(
        host: str, ident: str, pid: int, p: object, t: datetime, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            # umoci's own log line: its time (the same clock) and level before the message
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}-04:00 {host} {ident}[{pid}]: {x:%Y/%m/%d %H:%M:%S}  {msg}"
            ],
            p,
            SEC,
        )

    # ---- ci01: container-sync.service every 15 minutes, one `apptainer pull --force` per image
    def env_line(p: object, pid: int, t: datetime) -> datetime:
        return J(
            "ci01",
            "container-sync",
            pid,
            p,
            t,
            "INFO",
            A_ENV,
            "Environment variable SINGULARITY_CACHEDIR is set, but APPTAINER_CACHEDIR is preferred",
        )

    converted: dict[str, datetime] = {name: at(5, 30) for name, *_ in AP_IMAGES}
    nospc = dict(AP_NOSPC_FILES)
    tmp_fixed = at(11, 15)

    def pull(pid: int, t: datetime, img: tuple[str, str, int, bool]) -> datetime:
        name, ref, secs, console = img
        uri = f"docker://{ref}"
        sif = f"/apps/containers/{name}/{name}_{ref.rsplit(':', 1)[1]}.sif"
        p = proc("ci01")
        t = env_line(p, pid, t)
        hub = ap_docker_hub(ref)
        if hub and at(7, 0) <= t < at(7, 52) and r.random() < 0.85:
            repo, tag = hub
            return J(
                "ci01",
                "container-sync",
                pid,
                p,
                t + sec(r.uniform(0.6, 2.4)),
                "FATAL",
                A_RATE,
                f"Unable to handle {uri} uri: failed to get checksum for {uri}: reading manifest {tag} in {repo}: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
            )
        pushes = [x for x in AP_PUSHES.get(name, []) if x <= t]
        new = name in nospc
        if not new and (not pushes or converted[name] >= pushes[-1]):
            return J(
                "ci01",
                "container-sync",
                pid,
                p,
                t + sec(r.uniform(0.8, 3.5)),
                "INFO",
                A_CACHED,
                "Using cached SIF image",
            )
        t = J(
            "ci01",
            "container-sync",
            pid,
            p,
            t + sec(0.2),
            "INFO",
            A_CONVERT,
            "Converting OCI blobs to SIF format",
        )
        t = J("ci01", "container-sync", pid, p, t + sec(0.1), "INFO", A_START, "Starting build...")
        t = J(
            "ci01", "container-sync", pid, p, t + sec(0.3), "INFO", A_FETCH, "Fetching OCI image..."
        )
        t = J(
            "ci01",
            "container-sync",
            pid,
            p,
            t + sec(secs * r.uniform(0.5, 0.8)),
            "INFO",
            A_EXTRACT,
            "Extracting OCI image...",
        )
        if console:
            t = Jraw(
                "ci01",
                "container-sync",
                pid,
                p,
                t + sec(r.uniform(1, 4)),
                A_UMOCI,
                "warn rootless{dev/console} creating empty file in place of device 5:1",
            )
        if new and t < tmp_fixed:
            layer = sha256(r)
            path = nospc[name]
            return J(
                "ci01",
                "container-sync",
                pid,
                p,
                t + sec(secs * r.uniform(0.3, 0.5)),
                "FATAL",
                A_NOSPC,
                f"Unable to handle {uri} uri: while building SIF from layers: packer failed to pack: while unpacking rootfs: while unpacking layer sha256:{layer}: unpack entry: {path}: unpack to regular file: short write: write /tmp/build-temp-{r.randint(1_000_000_000, 4_294_967_295)}/rootfs/{path}: no space left on device",
            )
        t = J(
            "ci01",
            "container-sync",
            pid,
            p,
            t + sec(secs * r.uniform(0.2, 0.4)),
            "INFO",
            A_INSERT,
            "Inserting Apptainer configuration...",
        )
        t = J(
            "ci01", "container-sync", pid, p, t + sec(0.2), "INFO", A_CREATE, "Creating SIF file..."
        )
        t += sec(secs * r.uniform(0.3, 0.6))
        converted[name] = t
        if new:
            nospc.pop(name)
        # the new image is signed with the site key
        p = proc("ci01")
        t = env_line(p, pid, t + sec(0.4))
        t = J(
            "ci01",
            "container-sync",
            pid,
            p,
            t + sec(0.2),
            "INFO",
            A_SIGN,
            "Signing image with PGP key material",
        )
        return J(
            "ci01",
            "container-sync",
            pid,
            p,
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            A_SIGNED,
            f"Signature created and applied to image '{sif}'",
        )

    pid = AP_CI_PID
    end = T0
    for run in every(r, T0, T_END, 900, 30):
        if run < end:
            continue  # systemd does not start the timer's unit while it still runs
        pid += r.randint(40, 700)
        t = run
        images = list(AP_IMAGES) + (list(AP_NEW) if run >= at(10, 0) else [])
        for img in images:
            t = pull(pid, t + sec(r.uniform(0.2, 0.6)), img)
        end = t

    # ---- the service hosts: containers run as systemd units (Restart=always, RestartSec=30)
    def new_pid(host: str) -> int:
        return r.randint(2100, 98000)

    SIF = {
        "coldfront": "/apps/containers/site/coldfront_1.1.6.sif",
        "xdmod": "/apps/containers/site/xdmod_10.5.0.sif",
        "flexlm": "/apps/containers/site/flexlm_11.19.5.sif",
        "slurm-exporter": "/apps/containers/site/slurm-exporter_1.4.2.sif",
        "nhc-web": "/apps/containers/site/nhc-web_2.3.sif",
    }
    instance_pid: dict[str, int] = {}

    def start(unit: str, t: datetime, fail: str = "") -> datetime:
        host = "svc02" if unit in ("slurm-exporter", "nhc-web") else "svc01"
        pid = new_pid(host)
        p = proc(host)
        if host == "svc01":
            t = J(
                host,
                "apptainer",
                pid,
                p,
                t,
                "INFO",
                A_ENV,
                "Environment variable SINGULARITY_BIND is set, but APPTAINER_BIND is preferred",
            )
            t = J(
                host,
                "apptainer",
                pid,
                p,
                t + sec(0.05),
                "WARNING",
                A_SKIPMOUNT,
                "skipping mount of /localscratch: stat /localscratch: no such file or directory",
            )
            if fail == "gpfs":
                return J(
                    host,
                    "apptainer",
                    pid,
                    p,
                    t + sec(0.1),
                    "FATAL",
                    A_MOUNTFAIL,
                    "container creation failed: mount hook function failure: mount /gpfs/projects->/gpfs/projects error: while mounting /gpfs/projects: mount source /gpfs/projects doesn't exist",
                )
            if unit == "flexlm":
                instance_pid[unit] = pid + 7
                return J(
                    host,
                    "apptainer",
                    pid,
                    p,
                    t + sec(0.6),
                    "INFO",
                    A_INSTANCE,
                    "instance started successfully",
                )
            return t
        if fail == "arch":
            return J(
                host,
                "apptainer",
                pid,
                p,
                t + sec(0.05),
                "FATAL",
                A_ARCH,
                f"While checking container encryption: could not open image {SIF[unit]}: the image's architecture (arm64) could not run on the host's (amd64)",
            )
        t = J(
            host,
            "apptainer",
            pid,
            p,
            t + sec(0.05),
            "INFO",
            A_SANDBOX,
            "Converting SIF file to temporary sandbox...",
        )
        if unit == "slurm-exporter":
            t = J(
                host,
                "apptainer",
                pid,
                p,
                t + sec(r.uniform(1, 3)),
                "WARNING",
                A_PASSWD,
                "passwd file doesn't exist in container, not updating",
            )
            t = J(
                host,
                "apptainer",
                pid,
                p,
                t + sec(0.01),
                "WARNING",
                A_GROUP,
                "group file doesn't exist in container, not updating",
            )
        else:
            t = J(
                host,
                "apptainer",
                pid,
                p,
                t + sec(r.uniform(2, 5)),
                "WARNING",
                A_UNDERLAY,
                f"underlay of /etc/localtime required more than 50 ({r.randint(61, 64)}) bind mounts",
            )
        instance_pid[unit] = pid
        return t

    def stop(unit: str, t: datetime) -> datetime:
        if unit == "flexlm":
            pid = new_pid("svc01")
            return J(
                "svc01",
                "apptainer",
                pid,
                proc("svc01"),
                t,
                "INFO",
                A_STOP,
                f"Stopping flexlm instance of {SIF['flexlm']} (PID={instance_pid['flexlm']})",
            )
        if unit in ("slurm-exporter", "nhc-web"):
            return J(
                "svc02",
                "apptainer",
                instance_pid[unit],
                proc("svc02"),
                t,
                "INFO",
                A_CLEANUP,
                "Cleaning up image...",
            )
        return t

    # svc01 was booted at 05:12; svc02 runs its units since yesterday
    for unit in ("coldfront", "xdmod", "flexlm"):
        instance_pid[unit] = new_pid("svc01")
    for unit in ("slurm-exporter", "nhc-web"):
        instance_pid[unit] = new_pid("svc02")
    # svc01's kernel update at 07:55, back at 08:03
    stop("flexlm", at(7, 55, 12))
    t = at(8, 3, 41)
    for unit in ("flexlm", "coldfront", "xdmod"):
        t = start(unit, t + sec(r.uniform(0.5, 2)))
    # GPFS expels svc01 08:41-09:06: coldfront and xdmod die and are restarted every 30 s
    gpfs_back = at(9, 6, 20)
    for unit, died in (("coldfront", at(8, 41, 7)), ("xdmod", at(8, 41, 33))):
        t = died + sec(30)
        while t < gpfs_back:
            start(unit, t, "gpfs")
            t += sec(30 + r.uniform(0.2, 1.2))
        start(unit, t)
    # svc02: slurm-exporter reconfigured at 09:30; an arm64 build deployed at 10:14, rolled back at 10:38
    stop("slurm-exporter", at(9, 30, 2))
    start("slurm-exporter", at(9, 30, 4))
    stop("slurm-exporter", at(10, 14, 21))
    t = at(10, 14, 23)
    while t < at(10, 38, 10):
        start("slurm-exporter", t, "arch")
        t += sec(30 + r.uniform(0.1, 0.6))
    start("slurm-exporter", at(10, 38, 14))
    # nhc-web restarted by its weekly reload at 06:30 and after a config change at 11:20
    for when in (at(6, 30, 1), at(11, 20, 44)):
        stop("nhc-web", when)
        start("nhc-web", when + sec(2))
    # flexlm restarted for a new license file at 10:02
    stop("flexlm", at(10, 2, 10))
    start("flexlm", at(10, 2, 13))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ spack

SP_ROOT = "/apps/spack/0.21"
SP_PHASES = {
    "autotools": ["autoreconf", "configure", "build", "install"],
    "cmake": ["cmake", "build", "install"],
    "makefile": ["edit", "build", "install"],
    "python": ["install"],
    "meson": ["meson", "build", "install"],
    "generic": ["install"],
    "perl": ["configure", "build", "install"],
}
# name, version, build system, seconds to build on 32 cores (in dependency order)
SP_PKGS = [
    ("gmake", "4.4.1", "autotools", 40),
    ("pkgconf", "2.2.0", "autotools", 25),
    ("ncurses", "6.5", "autotools", 90),
    ("zlib-ng", "2.1.6", "cmake", 15),
    ("bzip2", "1.0.8", "generic", 10),
    ("xz", "5.4.6", "autotools", 35),
    ("zstd", "1.5.6", "makefile", 30),
    ("lz4", "1.9.4", "makefile", 12),
    ("libiconv", "1.17", "autotools", 40),
    ("libxml2", "2.10.3", "autotools", 60),
    ("readline", "8.2", "autotools", 20),
    ("gdbm", "1.23", "autotools", 20),
    ("sqlite", "3.43.2", "autotools", 70),
    ("openssl", "3.3.0", "generic", 180),
    ("nghttp2", "1.57.0", "autotools", 40),
    ("curl", "8.7.1", "autotools", 60),
    ("expat", "2.6.2", "autotools", 20),
    ("libffi", "3.4.6", "autotools", 15),
    ("util-linux-uuid", "2.38.1", "autotools", 20),
    ("libmd", "1.0.4", "autotools", 8),
    ("libbsd", "0.12.1", "autotools", 15),
    ("gettext", "0.22.5", "autotools", 160),
    ("tar", "1.34", "autotools", 40),
    ("pigz", "2.8", "makefile", 5),
    ("diffutils", "3.10", "autotools", 35),
    ("berkeley-db", "18.1.40", "autotools", 80),
    ("perl", "5.38.0", "perl", 220),
    ("m4", "1.4.19", "autotools", 30),
    ("autoconf", "2.72", "autotools", 12),
    ("automake", "1.16.5", "autotools", 12),
    ("libtool", "2.4.7", "autotools", 18),
    ("bison", "3.8.2", "autotools", 40),
    ("flex", "2.6.3", "autotools", 25),
    ("findutils", "4.9.0", "autotools", 45),
    ("texinfo", "7.0.3", "autotools", 40),
    ("cmake", "3.27.9", "generic", 420),
    ("ninja", "1.11.1", "generic", 30),
    ("python", "3.11.7", "autotools", 520),
    ("py-pip", "23.1.2", "generic", 6),
    ("py-setuptools", "69.2.0", "generic", 5),
    ("py-wheel", "0.41.2", "generic", 4),
    ("py-flit-core", "3.9.0", "python", 4),
    ("py-packaging", "23.1", "python", 4),
    ("py-cython", "3.0.8", "python", 160),
    ("py-pybind11", "2.12.0", "cmake", 20),
    ("meson", "1.3.2", "python", 8),
    ("py-meson-python", "0.15.0", "python", 6),
    ("py-pyproject-metadata", "0.7.1", "python", 4),
    ("py-setuptools-scm", "8.0.4", "python", 5),
    ("py-tomli", "2.0.1", "python", 4),
    ("py-numpy", "1.26.4", "python", 180),
    ("py-scipy", "1.12.0", "python", 600),
    ("py-six", "1.16.0", "python", 3),
    ("py-python-dateutil", "2.8.2", "python", 4),
    ("py-pytz", "2023.3", "python", 4),
    ("py-tzdata", "2023.3", "python", 4),
    ("py-pandas", "2.1.4", "python", 420),
    ("py-pillow", "10.3.0", "python", 60),
    ("py-kiwisolver", "1.4.5", "python", 30),
    ("py-cycler", "0.11.0", "python", 3),
    ("py-fonttools", "4.39.4", "python", 20),
    ("py-pyparsing", "3.1.2", "python", 4),
    ("py-contourpy", "1.0.7", "python", 40),
    ("py-matplotlib", "3.8.4", "python", 150),
    ("hwloc", "2.9.1", "autotools", 60),
    ("libevent", "2.1.12", "autotools", 40),
    ("numactl", "2.0.14", "autotools", 15),
    ("libpciaccess", "0.17", "autotools", 8),
    ("rdma-core", "41.0", "cmake", 120),
    ("ucx", "1.16.0", "autotools", 200),
    ("pmix", "5.0.1", "autotools", 110),
    ("openmpi", "5.0.3", "autotools", 640),
    ("py-mpi4py", "3.1.5", "python", 90),
    ("openblas", "0.3.26", "makefile", 520),
    ("netlib-scalapack", "2.2.0", "cmake", 130),
    ("fftw", "3.3.10", "autotools", 260),
    ("hdf5", "1.14.3", "cmake", 380),
    ("py-h5py", "3.11.0", "python", 80),
    ("netcdf-c", "4.9.2", "autotools", 150),
    ("netcdf-fortran", "4.6.1", "autotools", 90),
    ("parallel-netcdf", "1.12.3", "autotools", 160),
    ("boost", "1.84.0", "generic", 900),
    ("eigen", "3.4.0", "cmake", 20),
    ("gsl", "2.7.1", "autotools", 190),
    ("metis", "5.1.0", "cmake", 30),
    ("parmetis", "4.0.3", "cmake", 35),
    ("scotch", "7.0.4", "cmake", 90),
    ("suite-sparse", "7.3.1", "generic", 480),
    ("superlu-dist", "8.2.1", "cmake", 160),
    ("hypre", "2.31.0", "autotools", 300),
    ("mumps", "5.6.2", "makefile", 240),
    ("petsc", "3.21.1", "generic", 900),
    ("slepc", "3.21.0", "generic", 260),
    ("arpack-ng", "3.9.1", "cmake", 70),
    ("gmp", "6.2.1", "autotools", 80),
    ("mpfr", "4.2.1", "autotools", 60),
    ("libpng", "1.6.39", "autotools", 25),
    ("libjpeg-turbo", "3.0.0", "cmake", 30),
    ("libtiff", "4.5.1", "cmake", 45),
    ("freetype", "2.13.2", "autotools", 40),
    ("pcre2", "10.42", "autotools", 40),
    ("glib", "2.78.3", "meson", 220),
    ("proj", "9.2.1", "cmake", 260),
    ("geos", "3.12.1", "cmake", 240),
    ("gdal", "3.8.5", "cmake", 900),
    ("udunits", "2.2.28", "autotools", 20),
    ("cdo", "2.3.0", "autotools", 420),
    ("nco", "5.1.9", "autotools", 300),
    ("esmf", "8.6.0", "makefile", 1200),
    ("git", "2.42.0", "autotools", 160),
    ("git-lfs", "3.3.0", "makefile", 60),
    ("go", "1.22.2", "generic", 240),
    ("rclone", "1.66.0", "generic", 150),
    ("tmux", "3.4", "autotools", 30),
    ("htop", "3.2.2", "autotools", 20),
    ("parallel", "20220522", "autotools", 5),
    ("gromacs", "2024.1", "cmake", 1400),
    ("lammps", "20240417", "cmake", 1600),
    ("quantum-espresso", "7.3", "cmake", 1100),
    ("cp2k", "2024.1", "makefile", 2400),
    ("nwchem", "7.2.2", "makefile", 2600),
    ("r", "4.4.0", "autotools", 700),
    ("julia", "1.10.2", "makefile", 1800),
    ("emacs", "29.3", "autotools", 300),
    ("vim", "9.0.0045", "autotools", 50),
]
SP_NUMERIC_FROM = "hwloc"  # packages from here on are also built with the second compiler
SP_HDF5_DEPENDENTS = ["py-h5py", "netcdf-c", "netcdf-fortran", "petsc", "slepc", "cdo"]
SP_GPU_EXTRA = [
    ("cuda", "12.4.0", "generic", 95),
    ("nccl", "2.21.5-1", "makefile", 780),
    ("magma", "2.8.0", "cmake", 1500),
    ("kokkos", "develop", "cmake", 420),
    ("cutlass", "3.4.1", "cmake", 60),
    ("py-cupy", "13.1.0", "python", 900),
    ("py-torch", "2.3.0", "python", 4200),
    ("lammps", "develop", "cmake", 1700),
]

S_INSTALLING = "Installing %s"
S_NOBIN = "No binary for %s found: installing from source"
S_FETCH = "Fetching %s"
S_CACHED = "Using cached archive: %s"
S_NOPATCH = "No patches needed for %s"
S_RANPATCH = "Ran patch() for %s"
S_APPLIED = "Applied patch %s"
S_PHASE = "%s: Executing phase: '%s'"
S_OK = "%s: Successfully installed %s"
S_PLUS = "[+] %s"
S_EXTRACT = "Extracting %s from binary cache"
S_FAIL = "Failed to install %s due to ChildError: ProcessError: Command exited with status %d:"
S_SKIP = "Skipping build of %s since %s failed"
S_REQFAIL = "Installation request failed.  Refer to reported errors for failing package(s)."
S_LMOD = "Regenerating lmod module files"
S_UNINST = "Successfully uninstalled %s"
S_VIEW = "Updating view at %s"
S_SRCID = "Missing a source id for %s"


def sp_hms(s: float) -> str:
    """spack.installer's _hms: `1h 2m 3.45s`, parts of zero left out."""
    m, s = divmod(s, 60)
    h, m = divmod(int(m), 60)
    parts = [f"{h}h"] if h else []
    if m:
        parts.append(f"{m}m")
    if s:
        parts.append(f"{s:.2f}s")
    return " ".join(parts) or "0"


def sp_hash(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(32))


class SpSpec:
    """One concrete spec of an environment: its prefix, how the next run installs it."""

    def __init__(self, r: random.Random, pkg: tuple[str, str, str, int], arch: str, compiler: str):
        self.name, self.version, self.bs, self.size = pkg
        self.arch, self.compiler = arch, compiler
        self.hash = sp_hash(r)
        self.state = "installed"  # or "binary", "source", "fail", "skip"
        self.variants = r.choice(
            ["", "+shared", "~mpi", "+mpi", "+openmp", "+pic+shared", "~debug"]
        )

    @property
    def pid(self) -> str:
        return f"{self.name}-{self.version}-{self.hash}"

    @property
    def prefix(self) -> str:
        return f"{SP_ROOT}/opt/{self.arch}/{self.compiler}/{self.pid}"

    @property
    def short(self) -> str:
        cname, cver = self.compiler.split("-", 1)
        return f"{self.name}@{self.version}%{cname}@{cver}{self.variants} arch={self.arch}/{self.hash[:7]}"


def spack(r: random.Random) -> list[Log]:
    """Two build hosts' `spack --timestamp` runs, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]

    def proc(host: str) -> tuple[str, int]:
        seq[0] += 1
        return (host, seq[0])

    def M(
        host: str,
        p: object,
        t: datetime,
        label: str,
        msg: str,
        more: list[str] = (),
        kind: str = "",
    ) -> datetime:  # type: ignore[assignment]
        pre = {"error": "Error: ", "warn": "Warning: "}.get(kind, "")
        return fs.add(
            f"{host}-spack.log",
            t,
            label,
            lambda x: [f"==> [{x:%Y-%m-%d-%H:%M:%S}.{x.microsecond:06d}] {pre}{msg}", *more],
            p,
            US,
        )

    def plus(host: str, p: object, t: datetime, spec: SpSpec) -> datetime:
        return fs.add(f"{host}-spack.log", t, S_PLUS, lambda x: [f"[+] {spec.prefix}"], p, US)

    def env_specs(
        arch: str, compilers: list[str], extra: list[tuple[str, str, str, int]]
    ) -> list[SpSpec]:
        specs: list[SpSpec] = []
        numeric = False
        for pkg in SP_PKGS + extra:
            numeric = numeric or pkg[0] == SP_NUMERIC_FROM
            for c in compilers if numeric else compilers[:1]:
                n = (
                    r.choices([1, 2, 3], [45, 35, 20])[0]
                    if c == compilers[0]
                    else r.choices([1, 2], [70, 30])[0]
                )
                specs.extend(SpSpec(r, pkg, arch, c) for _ in range(n))
        return specs

    def source_url(host: str, spec: SpSpec) -> tuple[str, str]:
        sha = sha256(r)
        if r.random() < 0.35:
            return (
                S_CACHED,
                f"Using cached archive: {SP_ROOT}/var/spack/cache/_source-cache/archive/{sha[:2]}/{sha}.tar.gz",
            )
        base = "https://mirror.spack.io" if r.random() < 0.6 else "file:///apps/spack/mirror"
        ext = r.choice(["tar.gz", "tar.gz", "tar.xz", "tar.bz2"])
        return S_FETCH, f"Fetching {base}/_source-cache/archive/{sha[:2]}/{sha}.{ext}"

    def timer(phases: list[str], total: float) -> str:
        parts = [("Stage", r.uniform(0.05, 3.5))]
        for ph in phases:
            parts.append((ph.capitalize(), total * r.uniform(0.05, 0.6)))
        parts.append(("Post-install", r.uniform(0.02, 2.0)))
        tot = sum(v for _, v in parts)
        return "  " + "  ".join(f"{k}: {sp_hms(v)}." for k, v in parts) + f"  Total: {sp_hms(tot)}"

    def install_binary(host: str, p: object, t: datetime, spec: SpSpec) -> datetime:
        t = M(host, p, t, S_INSTALLING, f"Installing {spec.pid}")
        stem = f"{spec.arch}-{spec.compiler}-{spec.pid}"
        cache = "https://cache.hpc.example.edu/spack/build_cache"
        t = M(host, p, t + sec(0.05), S_FETCH, f"Fetching {cache}/{stem}.spec.json.sig")
        fetch = r.uniform(0.2, 2.5) * (1 + spec.size / 300)
        t = M(
            host,
            p,
            t + sec(0.1),
            S_FETCH,
            f"Fetching {cache}/{spec.arch}/{spec.compiler}/{spec.name}-{spec.version}/{stem}.spack",
        )
        t = M(host, p, t + sec(fetch), S_EXTRACT, f"Extracting {spec.pid} from binary cache")
        ext, rel = r.uniform(0.1, 3) * (1 + spec.size / 500), r.uniform(0.01, 0.4)
        t += sec(ext + rel)
        tl = f"  Search: 0.00s.  Fetch: {sp_hms(fetch)}.  Install: {sp_hms(ext + rel + 0.1)}.  Extract: {sp_hms(ext)}.  Relocate: {sp_hms(rel)}.  Total: {sp_hms(fetch + ext + rel + 0.1)}"
        t = M(host, p, t, S_OK, f"{spec.name}: Successfully installed {spec.pid}", [tl])
        return plus(host, p, t + sec(0.001), spec)

    def install_source(
        host: str, p: object, t: datetime, spec: SpSpec, fail: bool = False, patch: str = ""
    ) -> datetime:
        t = M(host, p, t, S_INSTALLING, f"Installing {spec.pid}")
        t = M(
            host,
            p,
            t + sec(r.uniform(0.3, 1.5)),
            S_NOBIN,
            f"No binary for {spec.pid} found: installing from source",
        )
        label, msg = source_url(host, spec)
        t = M(host, p, t + sec(0.01), label, msg)
        t += sec(r.uniform(0.2, 4))
        if patch:
            t = M(host, p, t, S_APPLIED, f"Applied patch {patch}")
        else:
            x = r.random()
            if x < 0.72:
                t = M(host, p, t, S_NOPATCH, f"No patches needed for {spec.name}")
            elif x < 0.9:
                t = M(host, p, t, S_RANPATCH, f"Ran patch() for {spec.name}")
            else:
                t = M(
                    host,
                    p,
                    t,
                    S_APPLIED,
                    f"Applied patch {r.choice(['https://github.com', 'https://gitlab.com'])}/{spec.name}/{spec.name}/commit/{hexid(r, 40)}.patch?full_index=1",
                )
        phases = SP_PHASES[spec.bs]
        total = spec.size * r.uniform(0.7, 1.4)
        for i, ph in enumerate(phases):
            t = M(
                host,
                p,
                t + sec(r.uniform(0.05, 0.5)),
                S_PHASE,
                f"{spec.name}: Executing phase: '{ph}'",
            )
            if fail and ph == "build":
                t += sec(total * 0.6)
                n = r.randint(1, 3)
                more = [
                    f"    'make' '-j{32 if host == 'build01' else 48}'",
                    "",
                    f"{n} error{'s' if n > 1 else ''} found in build log:",
                    f"     {7838 + n}    {SP_ROOT}/lib/spack/env/gcc/gcc -DHAVE_CONFIG_H -I. -I../src/H5FDsubfiling -D_GNU_SOURCE -D_POSIX_C_SOURCE=200809L -DNDEBUG -UH5_DEBUG_API -I../src -O3 -Werror=implicit-function-declaration -c H5Tconv.c  -fPIC -DPIC -o .libs/H5Tconv.o",
                    "  >> 7843    H5Tconv.c:2731:20: error: implicit declaration of function 'H5T__conv_ldouble_float16'; did you mean 'H5T__conv_ldouble_float'? [-Werror=implicit-function-declaration]",
                    "     7844     2731 |     H5T_CONV_Ff(LDOUBLE, FLOAT16, long double, H5__Float16, -FLT16_MAX, FLT16_MAX);",
                    "     7845          |                    ^~~~~~~~~~~~~~~~~~~~~~~~~",
                    "     7846    cc1: some warnings being treated as errors",
                    "  >> 7851    make[2]: *** [Makefile:2081: H5Tconv.lo] Error 1",
                    "     7852    make[2]: Leaving directory '/tmp/spack-stage/spack-stage-"
                    + spec.pid
                    + "/spack-build-"
                    + spec.hash[:7]
                    + "/src'",
                    "",
                    "See build log for details:",
                    f"  /tmp/spack-stage/spack-stage-{spec.pid}/spack-build-out.txt",
                    "",
                ]
                return M(
                    host,
                    p,
                    t,
                    S_FAIL,
                    f"Failed to install {spec.name} due to ChildError: ProcessError: Command exited with status 2:",
                    more,
                    "error",
                )
            t += sec(total * r.uniform(0.1, 0.5) / (1 + i * 0.3))
        t = M(
            host,
            p,
            t + sec(r.uniform(0.2, 2)),
            S_OK,
            f"{spec.name}: Successfully installed {spec.pid}",
            [timer(phases, total)],
        )
        return plus(host, p, t + sec(0.001), spec)

    def run(
        host: str, t: datetime, specs: list[SpSpec], hdf5_patch: str = "", src_ids: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        p = proc(host)
        for sid in src_ids:
            t = M(
                host,
                p,
                t + sec(r.uniform(0.5, 3)),
                S_SRCID,
                f"Missing a source id for {sid}",
                kind="warn",
            )
        t += sec(r.uniform(8, 40))  # concretization and the install plan
        failed: SpSpec | None = None
        any_failed = False
        for spec in specs:
            if spec.state == "installed":
                t = plus(host, p, t + sec(r.uniform(0.002, 0.03)), spec)
            elif spec.state == "binary":
                t = install_binary(host, p, t + sec(r.uniform(0.05, 0.4)), spec)
                spec.state = "installed"
            elif spec.state == "fail" and not hdf5_patch:
                t = install_source(host, p, t + sec(r.uniform(0.05, 0.4)), spec, fail=True)
                failed = spec
                any_failed = True
            elif spec.state == "skip" and failed is not None:
                t = M(
                    host,
                    p,
                    t + sec(r.uniform(0.01, 0.05)),
                    S_SKIP,
                    f"Skipping build of {spec.pid} since {failed.pid} failed",
                    kind="warn",
                )
            else:
                t = install_source(
                    host,
                    p,
                    t + sec(r.uniform(0.05, 0.4)),
                    spec,
                    patch=hdf5_patch if spec.state == "fail" else "",
                )
                spec.state = "installed"
        if any_failed:
            t = M(
                host,
                p,
                t + sec(r.uniform(0.05, 0.3)),
                S_REQFAIL,
                "Installation request failed.  Refer to reported errors for failing package(s).",
                kind="error",
            )
        return t

    # ---- build01: the CPU stack (site-2024.06), gcc 13.2.0 and oneapi 2024.1.0
    arch1 = "linux-rocky9-zen3"
    env1 = env_specs(arch1, ["gcc-13.2.0", "oneapi-2024.1.0"], [])
    new = r.sample(range(len(env1)), 44)
    for i in new[:25]:
        env1[i].state = "binary"
    for i in new[25:]:
        env1[i].state = "source"
    hdf5 = next(s for s in env1 if s.name == "hdf5" and s.compiler.startswith("gcc"))
    hdf5.version, hdf5.state = "1.14.4", "fail"
    for name in SP_HDF5_DEPENDENTS:
        dep = next(s for s in env1 if s.name == name and s.compiler.startswith("gcc"))
        dep.state = "skip"
    # the nightly pipeline, a rerun by the on-call at 09:12, the fixed run at 09:58
    t = run("build01", at(6, 0, 14), env1)
    t = run("build01", max(t, at(9, 12, 3)) + sec(1), env1)
    patch = f"{SP_ROOT}/../site-repo/packages/hdf5/hdf5-1.14.4-float16-gcc13.patch"
    t = run("build01", max(t, at(9, 58, 31)) + sec(1), env1, hdf5_patch=patch)
    p = proc("build01")
    t = M(
        "build01",
        p,
        t + sec(r.uniform(2, 6)),
        S_VIEW,
        f"Updating view at {SP_ROOT}/var/spack/environments/site-2024.06/.spack-env/view",
    )
    p = proc("build01")
    M("build01", p, t + sec(r.uniform(20, 40)), S_LMOD, "Regenerating lmod module files")
    # a user's request at 10:48: py-torch-geometric outside the environment
    user = [
        SpSpec(r, pkg, arch1, "gcc-13.2.0")
        for pkg in SP_PKGS
        if pkg[2] == "python" or pkg[0] in ("python", "openblas", "openmpi")
    ]
    for pkg in (
        ("py-torch-sparse", "0.6.18", "python", 240),
        ("py-torch-scatter", "2.1.2", "python", 200),
        ("py-torch-geometric", "2.5.3", "python", 60),
    ):
        sp = SpSpec(r, pkg, arch1, "gcc-13.2.0")
        sp.state = "source"
        user.append(sp)
    t = run("build01", at(10, 48, 22), user)
    # `spack gc -y` at 11:05 removes what the new concretization no longer needs
    p = proc("build01")
    t = at(11, 5, 9) + sec(r.uniform(5, 12))
    for _ in range(14):
        old = SpSpec(
            r, r.choice(SP_PKGS), arch1, r.choice(["gcc-13.2.0", "gcc-13.2.0", "oneapi-2024.1.0"])
        )
        t = M(
            "build01",
            p,
            t + sec(r.uniform(0.3, 2.5)),
            S_UNINST,
            f"Successfully uninstalled {old.short}",
        )

    # ---- build02: the GPU stack (gpu-2024.06), gcc 12.3.0 with CUDA 12.4
    arch2 = "linux-rocky9-icelake"
    env2 = env_specs(arch2, ["gcc-12.3.0", "nvhpc-24.3"], SP_GPU_EXTRA)
    new = r.sample([i for i, s in enumerate(env2) if s.name != "py-torch"], 44)
    for i in new[:20]:
        env2[i].state = "binary"
    for i in new[20:]:
        env2[i].state = "source"
    for s in env2:
        if s.version == "develop":
            s.state = "source"
    ids = [f"{s.name}@develop" for s in env2 if s.version == "develop"]
    t = run("build02", at(6, 4, 51), env2, src_ids=ids)
    # a user's request at 10:20: GROMACS with CUDA and MPI
    gmx = [
        s
        for s in env2
        if s.name
        in (
            "cmake",
            "openmpi",
            "cuda",
            "fftw",
            "openblas",
            "hwloc",
            "ucx",
            "pmix",
            "libevent",
            "zlib-ng",
            "numactl",
            "rdma-core",
        )
    ]
    g = SpSpec(r, ("gromacs", "2024.1", "cmake", 1500), arch2, "gcc-12.3.0")
    g.state = "source"
    run("build02", at(10, 20, 7), [*gmx, g])
    p = proc("build02")
    M("build02", p, at(11, 30, 2) + sec(r.uniform(8, 20)), S_LMOD, "Regenerating lmod module files")
    return fs.logs(T0)


# -------------------------------------------------------------------------------- easybuild

EB_VERSION = "4.9.1"
EB_SW = "/apps/eb/software"
EB_SRC = "/apps/eb/sources"
EB_STEPS = [
    ("fetch", "fetching files", ["fetch_step"]),
    (
        "ready",
        "creating build dir, resetting environment",
        ["check_readiness_step", "make_builddir", "reset_env", "handle_iterate_opts"],
    ),
    ("source", "unpacking", ["checksum_step", "extract_step"]),
    ("patch", "patching", ["patch_step"]),
    ("prepare", "preparing", ["prepare_step"]),
    ("configure", "configuring", ["configure_step"]),
    ("build", "building", ["build_step"]),
    ("test", "testing", ["test_step"]),
    ("install", "installing", ["stage_install_step", "make_installdir", "install_step"]),
    ("extensions", "taking care of extensions", ["extensions_step"]),
    ("postiter", "restore after iterating", ["post_iter_step"]),
    ("postproc", "postprocessing", ["post_install_step"]),
    ("sanitycheck", "sanity checking", ["sanity_check_step"]),
    ("cleanup", "cleaning up", ["cleanup_step"]),
    ("module", "creating module", ["make_module_step"]),
    ("permissions", "permissions", ["permissions_step"]),
    ("package", "packaging", ["package_step"]),
]
# the source file and line of each message (logger context)
EB_AT = {
    "this": "build_log.py:267",
    "msg": "build_log.py:265",
    "cmdline": "build_log.py:270",
    "tmpdir": "build_log.py:272",
    "umask": "options.py:1826",
    "robot": "robot.py:60",
    "init": "easyblock.py:318",
    "start": "easyblock.py:4171",
    "method": "easyblock.py:4179",
    "env": "environment.py:91",
    "run": "run.py:233",
    "exited": "run.py:685",
    "checksum": "filetools.py:1320",
    "module": "easyblock.py:3665",
    "crash": "build_log.py:171",
}
EB_GCC_ENV = [
    ("CC", "gcc"),
    ("CXX", "g++"),
    ("F77", "gfortran"),
    ("F90", "gfortran"),
    ("FC", "gfortran"),
    ("CC_SEQ", "gcc"),
    ("CXX_SEQ", "g++"),
    ("F77_SEQ", "gfortran"),
    ("F90_SEQ", "gfortran"),
    ("FC_SEQ", "gfortran"),
    ("CFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno"),
    ("CXXFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno"),
    ("F90FLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno"),
    ("FCFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno"),
    ("FFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno"),
    ("OPTFLAGS", "-O2 -ftree-vectorize -march=native"),
    ("PRECFLAGS", "-fno-math-errno"),
    ("LDFLAGS", "-L{gcc}/lib64 -L{gcc}/lib{deps_L}"),
    ("CPPFLAGS", "{deps_I}"),
    ("LIBS", ""),
]
EB_FOSS_ENV = [
    ("MPICC", "mpicc"),
    ("MPICXX", "mpicxx"),
    ("MPIF77", "mpifort"),
    ("MPIF90", "mpifort"),
    ("MPIFC", "mpifort"),
    ("OMPI_CC", "gcc"),
    ("OMPI_CXX", "g++"),
    ("OMPI_F77", "gfortran"),
    ("OMPI_FC", "gfortran"),
    ("MPI_INC_DIR", "{sw}/OpenMPI/{ompi}/include"),
    ("MPI_LIB_DIR", "{sw}/OpenMPI/{ompi}/lib64"),
    ("MPI_LIB_SHARED", "{sw}/OpenMPI/{ompi}/lib64/libmpi.so"),
    ("MPI_LIB_STATIC", ""),
    ("LIBBLAS", "-lflexiblas -lgfortran"),
    ("LIBBLAS_MT", "-lflexiblas -lpthread -lgfortran"),
    (
        "BLAS_INC_DIR",
        "{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/include,{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/include/flexiblas",
    ),
    ("BLAS_LIB_DIR", "{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/lib"),
    ("BLAS_SHARED_LIBS", "libflexiblas.so,libgfortran.so"),
    ("BLAS_MT_SHARED_LIBS", "libflexiblas.so,libpthread.so,libgfortran.so"),
    ("LIBLAPACK", "-lflexiblas -lgfortran"),
    ("LIBLAPACK_MT", "-lflexiblas -lpthread -lgfortran"),
    ("LIBLAPACK_ONLY", "-lflexiblas -lgfortran"),
    (
        "LAPACK_INC_DIR",
        "{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/include,{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/include/flexiblas",
    ),
    ("LAPACK_LIB_DIR", "{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/lib"),
    ("LAPACK_SHARED_LIBS", "libflexiblas.so,libgfortran.so"),
    (
        "BLAS_LAPACK_INC_DIR",
        "{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/include,{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/include/flexiblas",
    ),
    ("BLAS_LAPACK_LIB_DIR", "{sw}/FlexiBLAS/3.3.1-GCC-13.2.0/lib"),
    ("LIBFFT", "-lfftw3"),
    ("LIBFFT_MT", "-lfftw3 -lpthread"),
    ("FFT_INC_DIR", "{sw}/FFTW/3.3.10-GCC-13.2.0/include"),
    ("FFT_LIB_DIR", "{sw}/FFTW/3.3.10-GCC-13.2.0/lib"),
    ("FFTW_INC_DIR", "{sw}/FFTW/3.3.10-GCC-13.2.0/include"),
    ("FFTW_LIB_DIR", "{sw}/FFTW/3.3.10-GCC-13.2.0/lib"),
    ("FFT_SHARED_LIBS", "libfftw3.so"),
    ("FFTW_SHARED_LIBS", "libfftw3.so"),
    ("LIBSCALAPACK", "-lscalapack -lflexiblas -lgfortran"),
    ("LIBSCALAPACK_MT", "-lscalapack -lflexiblas -lpthread -lgfortran"),
    ("SCALAPACK_INC_DIR", "{sw}/ScaLAPACK/2.2.0-gompi-2023b-fb/include"),
    ("SCALAPACK_LIB_DIR", "{sw}/ScaLAPACK/2.2.0-gompi-2023b-fb/lib"),
    ("SCALAPACK_SHARED_LIBS", "libscalapack.so,libflexiblas.so,libgfortran.so"),
]

E_THIS = "This is EasyBuild %s (framework: %s, easyblocks: %s) on host %s."
E_CMDLINE = "Command line: %s"
E_TMPDIR = "Using %s as temporary directory"
E_UMASK = "umask set to '%s' (used to be '%s')"
E_ROBOT = "Using robot path(s): %s"
E_PROCESSING = "processing EasyBuild easyconfig %s"
E_BUILDING = "building and installing %s..."
E_INIT = "Init completed for application name %s version %s"
E_STEPDESC = "%s..."
E_SKIPPED = "%s [skipped]"
E_STARTSTEP = "Starting %s step"
E_METHOD = "Running method %s part of step %s"
E_ENV = "Environment variable %s set to %s (previously undefined)"
E_RUNNING = "running cmd: %s"
E_EXITED = 'cmd "%s" exited with exit code %s and output:'
E_CHECKSUM = "Checksum verification for %s using %s passed."
E_MODULE = "Module file %s written: %s"
E_EXT = "installing extension %s %s (%d/%d)..."
E_COMPLETED = "COMPLETED: Installation ended successfully (took %s)"
E_FAILED = 'FAILED: Installation ended unsuccessfully (build directory: %s): build failed (first %d chars): cmd "%s" exited with exit code %s and output:'
E_CRASH = 'EasyBuild crashed with an error (at %s:%d in %s): cmd "%s" exited with exit code %s and output:'
E_RESULTS = "Results of the build can be found in the log file(s) %s"
E_SUCCEEDED = "Build succeeded for %d out of %d"

# (name, version) of the Python-bundle-PyPI and R extensions, a representative part of each list
EB_PY_EXTS = [
    "alabaster 0.7.13",
    "appdirs 1.4.4",
    "asn1crypto 1.5.1",
    "atomicwrites 1.4.1",
    "attrs 23.1.0",
    "Babel 2.13.1",
    "backports.entry-points-selectable 1.2.0",
    "backports.functools_lru_cache 1.6.6",
    "bitarray 2.8.2",
    "bitstring 4.1.2",
    "blist 1.3.6",
    "cachecontrol 0.13.1",
    "cachy 0.3.0",
    "certifi 2023.7.22",
    "cffi 1.16.0",
    "chardet 5.2.0",
    "charset-normalizer 3.3.1",
    "cleo 2.0.1",
    "click 8.1.7",
    "cloudpickle 3.0.0",
    "colorama 0.4.6",
    "commonmark 0.9.1",
    "crashtest 0.4.1",
    "Cython 3.0.4",
    "decorator 5.1.1",
    "distlib 0.3.7",
    "distro 1.8.0",
    "docopt 0.6.2",
    "docutils 0.20.1",
    "doit 0.36.0",
    "dulwich 0.21.6",
    "ecdsa 0.18.0",
    "editables 0.5",
    "exceptiongroup 1.1.3",
    "execnet 2.0.2",
    "filelock 3.13.0",
    "fsspec 2023.10.0",
    "future 0.18.3",
    "glob2 0.7",
    "html5lib 1.1",
    "idna 3.4",
    "imagesize 1.4.1",
    "importlib_metadata 6.8.0",
    "importlib_resources 6.1.0",
    "iniconfig 2.0.0",
    "intervaltree 3.1.0",
    "intreehooks 1.0",
    "ipaddress 1.0.23",
    "jaraco.classes 3.3.0",
    "jeepney 0.8.0",
    "Jinja2 3.1.2",
    "joblib 1.3.2",
    "jsonschema 4.17.3",
    "keyring 24.2.0",
    "keyrings.alt 5.0.0",
    "liac-arff 2.5.0",
    "lockfile 0.12.2",
    "markdown-it-py 3.0.0",
    "MarkupSafe 2.1.3",
    "mdurl 0.1.2",
    "mock 5.1.0",
    "more-itertools 10.1.0",
    "msgpack 1.0.7",
    "netaddr 0.9.0",
    "netifaces 0.11.0",
    "packaging 23.2",
    "pastel 0.2.1",
    "pathlib2 2.3.7.post1",
    "pathspec 0.11.2",
    "pbr 5.11.1",
    "pexpect 4.8.0",
    "pkginfo 1.9.6",
    "platformdirs 3.11.0",
    "pluggy 1.3.0",
    "pooch 1.8.0",
    "psutil 5.9.6",
    "ptyprocess 0.7.0",
    "py 1.11.0",
    "py-expression-eval 0.3.14",
    "pyasn1 0.5.0",
    "pycparser 2.21",
    "pycryptodome 3.19.0",
    "pydevtool 0.3.0",
    "Pygments 2.16.1",
    "pylev 1.4.0",
    "PyNaCl 1.5.0",
    "pyparsing 3.1.1",
    "pyrsistent 0.20.0",
    "pytest 7.4.3",
    "pytest-xdist 3.3.1",
    "python-dateutil 2.8.2",
    "pytoml 0.1.21",
    "pytz 2023.3.post1",
    "rapidfuzz 3.5.1",
    "regex 2023.10.3",
    "requests 2.31.0",
    "requests-toolbelt 1.0.0",
    "rich 13.6.0",
    "rich-click 1.7.0",
    "scandir 1.10.0",
    "SecretStorage 3.3.3",
    "semantic_version 2.10.0",
    "shellingham 1.5.4",
    "simplegeneric 0.8.1",
    "simplejson 3.19.2",
    "six 1.16.0",
    "snowballstemmer 2.2.0",
    "sortedcontainers 2.4.0",
    "sphinx 7.2.6",
    "tabulate 0.9.0",
    "threadpoolctl 3.2.0",
    "toml 0.10.2",
    "tomli 2.0.1",
    "tomli_w 1.0.0",
    "tomlkit 0.12.1",
    "ujson 5.8.0",
    "urllib3 2.0.7",
    "wcwidth 0.2.8",
    "webencodings 0.5.1",
    "xlrd 2.0.1",
    "zipfile36 0.1.3",
    "zipp 3.17.0",
]
EB_R_EXTS = [
    "base 4.4.1",
    "datasets 4.4.1",
    "graphics 4.4.1",
    "grDevices 4.4.1",
    "grid 4.4.1",
    "methods 4.4.1",
    "splines 4.4.1",
    "stats 4.4.1",
    "stats4 4.4.1",
    "tools 4.4.1",
    "utils 4.4.1",
    "Rmpi 0.7-2",
    "abind 1.4-5",
    "magic 1.6-1",
    "Rcpp 1.0.12",
    "RcppArmadillo 0.12.8.3.0",
    "RcppEigen 0.3.4.0.0",
    "BH 1.84.0-0",
    "R6 2.5.1",
    "cli 3.6.2",
    "glue 1.7.0",
    "rlang 1.1.3",
    "lifecycle 1.0.4",
    "vctrs 0.6.5",
    "fansi 1.0.6",
    "utf8 1.2.4",
    "pillar 1.9.0",
    "magrittr 2.0.3",
    "pkgconfig 2.0.3",
    "tibble 3.2.1",
    "withr 3.0.0",
    "cpp11 0.4.7",
    "generics 0.1.3",
    "tidyselect 1.2.1",
    "dplyr 1.1.4",
    "purrr 1.0.2",
    "stringi 1.8.4",
    "stringr 1.5.1",
    "tidyr 1.3.1",
    "jsonlite 1.8.8",
    "digest 0.6.35",
    "base64enc 0.1-3",
    "htmltools 0.5.8.1",
    "knitr 1.46",
    "yaml 2.3.8",
    "xfun 0.43",
    "evaluate 0.23",
    "highr 0.10",
    "mime 0.12",
    "markdown 1.12",
    "commonmark 1.9.1",
    "data.table 1.15.4",
    "Matrix 1.7-0",
    "lattice 0.22-6",
    "MASS 7.3-60.2",
    "mgcv 1.9-1",
    "nlme 3.1-164",
    "survival 3.6-4",
    "boot 1.3-30",
    "codetools 0.2-20",
]


def eb_took(s: float) -> str:
    """EasyBuild's time2str: `1 hour 2 mins 3 secs`, `43 secs`."""
    h, rest = divmod(int(s), 3600)
    m, sec_ = divmod(rest, 60)
    parts = []
    if h:
        parts.append(f"{h} hour{'s' if h > 1 else ''}")
    if m:
        parts.append(f"{m} min{'s' if m > 1 else ''}")
    parts.append(f"{sec_} sec{'s' if sec_ != 1 else ''}")
    return " ".join(parts)


def easybuild(r: random.Random) -> list[Log]:
    """Two build hosts' EasyBuild sessions, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]

    def proc(host: str) -> tuple[str, int]:
        seq[0] += 1
        return (host, seq[0])

    def E(
        files: list[str],
        p: object,
        t: datetime,
        at_: str,
        level: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            return [
                f"== {x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {EB_AT[at_]} {level} {msg}",
                *more,
            ]

        t = fs.add(files[0], t, label, text, p, MS)
        for f in files[1:]:
            fs.add(f, t, label, text, (p, f), MS)
        return t

    def build(
        files: list[str],
        p: object,
        t: datetime,
        host: str,
        name: str,
        version: str,
        tc: str,
        kind: str,
        sources: list[str],
        fail: str = "",
        skip_test: bool = False,
    ) -> tuple[datetime, str, str]:
        """One build's app log lines; returns the end time and, on failure, the command and exit code."""
        inst = f"{EB_SW}/{name}/{version}-{tc}"
        bdir = f"/tmp/eb-build/{name}/{version}/{tc}"
        src_dir = f"{bdir}/{ {'netCDF': 'netcdf-c', 'HDF5': 'hdf5', 'GROMACS': 'gromacs'}.get(name, name) }-{version}"
        W = E
        if "2023a" in tc:  # the foss-2023a toolchain: GCC 12.3.0 and its libraries

            def W(
                files: list[str],
                p: object,
                t: datetime,
                at_: str,
                level: str,
                label: str,
                msg: str,
                more: list[str] = (),
            ) -> datetime:  # type: ignore[assignment]
                def fix(x: str) -> str:
                    return (
                        x.replace("13.2.0", "12.3.0")
                        .replace("2023b", "2023a")
                        .replace("4.1.6-GCC", "4.1.5-GCC")
                    )

                return E(files, p, t, at_, level, label, fix(msg), [fix(x) for x in more])

        nproc = 32 if host == "build03" else 48
        t = W(
            files,
            p,
            t,
            "this",
            "INFO",
            E_THIS,
            f"This is EasyBuild {EB_VERSION} (framework: {EB_VERSION}, easyblocks: {EB_VERSION}) on host {host}.",
        )
        t = W(
            files,
            p,
            t + sec(r.uniform(0.05, 0.4)),
            "init",
            "INFO",
            E_INIT,
            f"Init completed for application name {name} version {version}",
        )
        gcc = f"{EB_SW}/GCCcore/{'12.3.0' if '2023a' in tc else '13.2.0'}"
        deps = [
            d
            for d in (
                "zlib/1.2.13-GCCcore-13.2.0",
                "XZ/5.4.4-GCCcore-13.2.0",
                "bzip2/1.0.8-GCCcore-13.2.0",
                "Szip/2.1.1-GCCcore-13.2.0",
                "libxml2/2.11.5-GCCcore-13.2.0",
                "cURL/8.3.0-GCCcore-13.2.0",
                "HDF5/1.14.3-gompi-2023b",
                "hwloc/2.9.2-GCCcore-13.2.0",
            )
            if r.random() < 0.6
        ]
        deps_L = "".join(f" -L{EB_SW}/{d}/lib" for d in deps)
        deps_I = " ".join(f"-I{EB_SW}/{d}/include" for d in deps)
        env = list(EB_GCC_ENV) + (
            list(EB_FOSS_ENV) if any(x in tc for x in ("foss", "gompi", "gfbf")) else []
        )
        if "gfbf" in tc:
            env = [
                e for e in env if not e[0].startswith(("MPI", "OMPI", "LIBSCALAPACK", "SCALAPACK"))
            ]
        failed = ("", "")
        for step, descr, methods in EB_STEPS:
            if step == "package" or (step == "test" and skip_test):
                t = W(files, p, t + sec(0.01), "msg", "INFO", E_SKIPPED, f"{descr} [skipped]")
                continue
            t = W(files, p, t + sec(r.uniform(0.01, 0.2)), "msg", "INFO", E_STEPDESC, f"{descr}...")
            t = W(files, p, t + sec(0.001), "start", "INFO", E_STARTSTEP, f"Starting {step} step")
            for m in methods:
                t = W(
                    files,
                    p,
                    t + sec(r.uniform(0.001, 0.05)),
                    "method",
                    "INFO",
                    E_METHOD,
                    f"Running method {m} part of step {step}",
                )
                if (step == "source" and m == "checksum_step") or step == "fetch":
                    continue
                if step == "source":
                    for src in sources:
                        ext = src.rsplit(".", 1)[1]
                        flag = {"gz": "z", "xz": "J", "bz2": "j"}.get(ext, "z")
                        t = W(
                            files,
                            p,
                            t + sec(0.02),
                            "run",
                            "INFO",
                            E_RUNNING,
                            f"running cmd: tar x{flag}f {EB_SRC}/{name[0].lower()}/{name}/{src}",
                        )
            if step == "fetch":
                ext_srcs = [f"{EB_SRC}/{name[0].lower()}/{name}/{src}" for src in sources]
                if kind == "pythonbundle":
                    ext_srcs += [
                        f"{EB_SRC}/generic/pypi/{e.split(' ')[0]}-{e.split(' ')[1]}.tar.gz"
                        for e in EB_PY_EXTS
                    ]
                elif kind == "r":
                    ext_srcs += [
                        f"{EB_SRC}/r/R/extensions/{e.split(' ')[0]}_{e.split(' ')[1]}.tar.gz"
                        for e in EB_R_EXTS
                        if not e.endswith(" 4.4.1")
                    ]
                for src in ext_srcs:
                    t = W(
                        files,
                        p,
                        t + sec(r.uniform(0.01, 0.3)),
                        "checksum",
                        "INFO",
                        E_CHECKSUM,
                        f"Checksum verification for {src} using {sha256(r)} passed.",
                    )
            elif step == "prepare":
                for k, v in env:
                    val = v.format(
                        gcc=gcc, deps_L=deps_L, deps_I=deps_I, sw=EB_SW, ompi="4.1.6-GCC-13.2.0"
                    )
                    t = W(
                        files,
                        p,
                        t + sec(r.uniform(0.001, 0.01)),
                        "env",
                        "INFO",
                        E_ENV,
                        f"Environment variable {k} set to {val} (previously undefined)",
                    )
            elif step in ("configure", "build", "test", "install") and kind != "pythonbundle":
                cmd, out, dur = eb_command(r, step, kind, name, inst, src_dir, nproc)
                if not cmd:
                    continue
                t = W(
                    files,
                    p,
                    t + sec(r.uniform(0.05, 0.5)),
                    "run",
                    "INFO",
                    E_RUNNING,
                    f"running cmd: {cmd}",
                )
                t += sec(dur)
                if fail == step:
                    bad = eb_fail_output(name)
                    return (
                        W(
                            files,
                            p,
                            t,
                            "crash",
                            "ERROR",
                            E_CRASH,
                            f'EasyBuild crashed with an error (at easybuild/base/exceptions.py:126 in __init__): cmd "{cmd}" exited with exit code {bad[0]} and output:',
                            bad[1],
                        ),
                        cmd,
                        str(bad[0]),
                    )
                t = W(
                    files,
                    p,
                    t,
                    "exited",
                    "INFO",
                    E_EXITED,
                    f'cmd "{cmd}" exited with exit code 0 and output:',
                    out,
                )
            elif step == "extensions" and kind in ("pythonbundle", "r"):
                exts = EB_PY_EXTS if kind == "pythonbundle" else EB_R_EXTS
                py = f"{EB_SW}/Python/3.11.5-GCCcore-13.2.0/bin/python"
                for i, ext in enumerate(exts, 1):
                    en, ev = ext.split(" ")
                    t = W(
                        files,
                        p,
                        t + sec(r.uniform(0.2, 2)),
                        "msg",
                        "INFO",
                        E_EXT,
                        f"installing extension {en} {ev} ({i}/{len(exts)})...",
                    )
                    if kind == "pythonbundle":
                        t = W(
                            files,
                            p,
                            t + sec(r.uniform(0.05, 0.3)),
                            "run",
                            "INFO",
                            E_RUNNING,
                            f"running cmd: tar xzf {EB_SRC}/generic/pypi/{en}-{ev}.tar.gz",
                        )
                        cmd = f"{py} -m pip install --prefix={inst}  --no-deps  --ignore-installed  --no-index  --no-build-isolation  ."
                        t = W(
                            files,
                            p,
                            t + sec(r.uniform(0.1, 0.6)),
                            "run",
                            "INFO",
                            E_RUNNING,
                            f"running cmd: {cmd}",
                        )
                        t += sec(r.uniform(1, 9))
                        out = [
                            f"Processing /tmp/eb-build/{name}/{version}/{tc}/{en.lower()}/{en}-{ev}",
                            "  Preparing metadata (pyproject.toml): started",
                            "  Preparing metadata (pyproject.toml): finished with status 'done'",
                            "Building wheels for collected packages: " + en,
                            f"Successfully installed {en}-{ev}",
                        ]
                        t = W(
                            files,
                            p,
                            t,
                            "exited",
                            "INFO",
                            E_EXITED,
                            f'cmd "{cmd}" exited with exit code 0 and output:',
                            out,
                        )
                    elif ev != "4.4.1":
                        cmd = f"R CMD INSTALL {EB_SRC}/r/R/extensions/{en}_{ev}.tar.gz  --library={inst}/lib64/R/library --no-multiarch"
                        t = W(
                            files,
                            p,
                            t + sec(r.uniform(0.1, 0.6)),
                            "run",
                            "INFO",
                            E_RUNNING,
                            f"running cmd: {cmd}",
                        )
                        t += sec(r.uniform(3, 40))
                        out = [
                            f"* installing *source* package '{en}' ...",
                            "** package '" + en + "' successfully unpacked and MD5 sums checked",
                            "** using staged installation",
                            "** R",
                            "** byte-compile and prepare package for lazy loading",
                            "* DONE (" + en + ")",
                        ]
                        t = W(
                            files,
                            p,
                            t,
                            "exited",
                            "INFO",
                            E_EXITED,
                            f'cmd "{cmd}" exited with exit code 0 and output:',
                            out,
                        )
            elif step == "sanitycheck":
                check = {
                    "GROMACS": "gmx --version",
                    "R": "R --version",
                    "netCDF": "nc-config --help",
                    "HDF5": "h5dump --version",
                    "libxml2": "xmllint --version",
                }.get(name)
                if check:
                    t = W(
                        files,
                        p,
                        t + sec(r.uniform(0.5, 2)),
                        "run",
                        "INFO",
                        E_RUNNING,
                        f"running cmd: {check}",
                    )
                    t = W(
                        files,
                        p,
                        t + sec(r.uniform(0.1, 0.8)),
                        "exited",
                        "INFO",
                        E_EXITED,
                        f'cmd "{check}" exited with exit code 0 and output:',
                        [f"{name} version {version}"],
                    )
            elif step == "module":
                mod = f"/apps/eb/modules/all/{name}/{version}-{tc}.lua"
                body = [
                    "",
                    "Description",
                    "===========",
                    f"{name} {version}, installed with EasyBuild.",
                    "",
                    "",
                    "More information",
                    "================",
                    f" - Homepage: https://{name.lower()}.org",
                    "]==])",
                    "",
                    f"whatis([==[Description: {name} {version}]==])",
                    "",
                    f'local root = "{inst}"',
                    "",
                    f'conflict("{name}")',
                    "",
                    *[f'depends_on("{d}")' for d in deps],
                    "",
                    'prepend_path("CMAKE_PREFIX_PATH", root)',
                    'prepend_path("LD_LIBRARY_PATH", pathJoin(root, "lib"))',
                    'prepend_path("PATH", pathJoin(root, "bin"))',
                    f'setenv("EBROOT{name.upper().replace("-", "MINUS")}", root)',
                    f'setenv("EBVERSION{name.upper().replace("-", "MINUS")}", "{version}")',
                    "",
                    "-- Built with EasyBuild version " + EB_VERSION,
                ]
                t = W(
                    files,
                    p,
                    t + sec(r.uniform(0.3, 1.5)),
                    "module",
                    "INFO",
                    E_MODULE,
                    f"Module file {mod} written: help([==[",
                    body,
                )
        return t, *failed

    def session(
        host: str, t: datetime, key: str, builds: list[dict], cmdline: str, keep_main: bool
    ) -> datetime:
        p = proc(host)
        main = f"{host}-easybuild-{key}.log"
        tmp = f"/tmp/eb-{key}"
        files = [main] if keep_main else []
        if keep_main:
            t = E(
                files,
                p,
                t,
                "this",
                "INFO",
                E_THIS,
                f"This is EasyBuild {EB_VERSION} (framework: {EB_VERSION}, easyblocks: {EB_VERSION}) on host {host}.",
            )
            t = E(files, p, t + sec(0.01), "cmdline", "INFO", E_CMDLINE, f"Command line: {cmdline}")
            t = E(
                files,
                p,
                t + sec(0.01),
                "tmpdir",
                "INFO",
                E_TMPDIR,
                f"Using {tmp} as temporary directory",
            )
            t = E(
                files,
                p,
                t + sec(0.01),
                "umask",
                "INFO",
                E_UMASK,
                "umask set to '0o2' (used to be '0o22')",
            )
            t = E(
                files,
                p,
                t + sec(0.3),
                "robot",
                "INFO",
                E_ROBOT,
                "Using robot path(s): ['/apps/eb/site-easyconfigs', '/apps/eb/easybuild-easyconfigs/easybuild/easyconfigs']",
            )
            t = E(
                files,
                p,
                t + sec(r.uniform(1, 4)),
                "msg",
                "INFO",
                E_PROCESSING,
                f"processing EasyBuild easyconfig {builds[-1]['ec']}",
            )
        ok = 0
        for b in builds:
            bstart = t
            stamp = f"{t:%Y%m%d.%H%M%S}"
            if keep_main:
                t = E(
                    files,
                    p,
                    t + sec(0.2),
                    "msg",
                    "INFO",
                    E_BUILDING,
                    f"building and installing {b['name']}/{b['version']}-{b['tc']}...",
                )
            if b.get("fail"):
                app = f"{host}-easybuild-{b['name']}-{b['version']}-{stamp}.{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(5))}.log"
            else:
                app = f"{host}-easybuild-{b['name']}-{b['version']}-{stamp}.log"
            t, cmd, code = build(
                [app, *files],
                p,
                t + sec(0.3),
                host,
                b["name"],
                b["version"],
                b["tc"],
                b["kind"],
                b["sources"],
                b.get("fail", ""),
                b.get("skip_test", False),
            )
            if keep_main:
                took = eb_took((t - bstart).total_seconds())
                if cmd:
                    bad = eb_fail_output(b["name"])
                    head = [x for x in bad[1] if x][:3]
                    t = E(
                        files,
                        p,
                        t + sec(0.5),
                        "msg",
                        "INFO",
                        E_FAILED,
                        f'FAILED: Installation ended unsuccessfully (build directory: /tmp/eb-build/{b["name"]}/{b["version"]}/{b["tc"]}): build failed (first 300 chars): cmd "{cmd}" exited with exit code {code} and output:',
                        [*head[:-1], head[-1][:60] + f" (took {took})"],
                    )
                    log = f"{tmp}/{app.split('-', 1)[1]}"
                else:
                    ok += 1
                    t = E(
                        files,
                        p,
                        t + sec(0.5),
                        "msg",
                        "INFO",
                        E_COMPLETED,
                        f"COMPLETED: Installation ended successfully (took {took})",
                    )
                    log = f"{EB_SW}/{b['name']}/{b['version']}-{b['tc']}/easybuild/{app.split('-', 1)[1]}"
                t = E(
                    files,
                    p,
                    t + sec(0.01),
                    "msg",
                    "INFO",
                    E_RESULTS,
                    f"Results of the build can be found in the log file(s) {log}",
                )
            t += sec(r.uniform(1, 5))
        if keep_main:
            t = E(
                files,
                p,
                t,
                "msg",
                "INFO",
                E_SUCCEEDED,
                f"Build succeeded for {ok} out of {len(builds)}",
            )
        return t

    ec = "/apps/eb/easybuild-easyconfigs/easybuild/easyconfigs"
    libxml2 = {
        "name": "libxml2",
        "version": "2.11.5",
        "tc": "GCCcore-13.2.0",
        "kind": "configuremake",
        "sources": ["libxml2-2.11.5.tar.xz"],
        "ec": f"{ec}/l/libxml2/libxml2-2.11.5-GCCcore-13.2.0.eb",
    }
    hdf5 = {
        "name": "HDF5",
        "version": "1.14.3",
        "tc": "gompi-2023b",
        "kind": "configuremake",
        "sources": ["hdf5-1.14.3.tar.gz"],
        "ec": f"{ec}/h/HDF5/HDF5-1.14.3-gompi-2023b.eb",
    }
    netcdf = {
        "name": "netCDF",
        "version": "4.9.2",
        "tc": "gompi-2023b",
        "kind": "cmake",
        "sources": ["v4.9.2.tar.gz"],
        "ec": f"{ec}/n/netCDF/netCDF-4.9.2-gompi-2023b.eb",
    }
    gmx = {
        "name": "GROMACS",
        "version": "2024.1",
        "tc": "foss-2023b",
        "kind": "cmake",
        "sources": ["gromacs-2024.1.tar.gz", "regressiontests-2024.1.tar.gz"],
        "ec": f"{ec}/g/GROMACS/GROMACS-2024.1-foss-2023b.eb",
    }
    pyb = {
        "name": "Python-bundle-PyPI",
        "version": "2023.10",
        "tc": "GCCcore-13.2.0",
        "kind": "pythonbundle",
        "sources": [],
        "ec": f"{ec}/p/Python-bundle-PyPI/Python-bundle-PyPI-2023.10-GCCcore-13.2.0.eb",
    }
    rr = {
        "name": "R",
        "version": "4.4.1",
        "tc": "gfbf-2023b",
        "kind": "r",
        "sources": ["R-4.4.1.tar.gz"],
        "ec": f"{ec}/r/R/R-4.4.1-gfbf-2023b.eb",
    }
    gcu = {
        "name": "GROMACS",
        "version": "2024.1",
        "tc": "foss-2023b-CUDA-12.1.1",
        "kind": "cmake",
        "sources": ["gromacs-2024.1.tar.gz", "regressiontests-2024.1.tar.gz"],
        "ec": "/apps/eb/site-easyconfigs/g/GROMACS/GROMACS-2024.1-foss-2023b-CUDA-12.1.1.eb",
    }
    gcu_ok = dict(
        gcu,
        tc="foss-2023a-CUDA-12.1.1",
        ec=f"{ec}/g/GROMACS/GROMACS-2024.1-foss-2023a-CUDA-12.1.1.eb",
    )
    # build03: netCDF with the two dependencies it lacks, GROMACS, the PyPI bundle, R (its tests
    # fail at 10:14; the main log of that session is kept) and R again without its test step
    t = session(
        "build03",
        at(6, 0, 41),
        "b7xq2mkc",
        [libxml2, hdf5, netcdf],
        "--robot --parallel=32 netCDF-4.9.2-gompi-2023b.eb",
        False,
    )
    t = session(
        "build03",
        max(t, at(7, 20, 5)),
        "q4hw9zte",
        [gmx],
        "--parallel=32 GROMACS-2024.1-foss-2023b.eb",
        False,
    )
    t = session(
        "build03",
        max(t, at(8, 31, 12)),
        "m2c8rjav",
        [pyb],
        "--parallel=32 Python-bundle-PyPI-2023.10-GCCcore-13.2.0.eb",
        False,
    )
    t = session(
        "build03",
        max(t, at(10, 1, 7)),
        "r5t1cayz",
        [dict(rr, fail="test")],
        "--robot --parallel=32 R-4.4.1-gfbf-2023b.eb",
        True,
    )
    session(
        "build03",
        max(t, at(10, 44, 30)),
        "w8d3nuqe",
        [dict(rr, skip_test=True)],
        "--parallel=32 --skip-test-step R-4.4.1-gfbf-2023b.eb",
        False,
    )
    # build04: GROMACS with CUDA 12.1 and GCC 13 fails to configure (nvcc refuses GCC 13; main
    # log kept), then the foss-2023a (GCC 12.3) easyconfig builds
    t = session(
        "build04",
        at(6, 30, 12),
        "h9c3zbkx",
        [dict(gcu, fail="configure")],
        "--parallel=48 --cuda-compute-capabilities=8.0 GROMACS-2024.1-foss-2023b-CUDA-12.1.1.eb",
        True,
    )
    session(
        "build04",
        max(t, at(9, 15, 48)),
        "j6fn2tgy",
        [gcu_ok],
        "--parallel=48 --cuda-compute-capabilities=8.0 GROMACS-2024.1-foss-2023a-CUDA-12.1.1.eb",
        False,
    )
    return fs.logs(T0)


def eb_command(
    r: random.Random, step: str, kind: str, name: str, inst: str, src_dir: str, nproc: int
) -> tuple[str, list[str], float]:
    """The command a step runs, a piece of its output and its duration (0 when the step runs none)."""
    size = {"GROMACS": 8, "R": 5, "HDF5": 3, "netCDF": 2}.get(name, 1)
    if step == "configure":
        if kind == "cmake":
            cuda = (
                " -DGMX_GPU=CUDA -DCUDA_TOOLKIT_ROOT_DIR=/apps/eb/software/CUDA/12.1.1 -DGMX_CUDA_TARGET_SM=80"
                if name == "GROMACS" and "CUDA" in inst
                else ""
            )
            cmd = f" cmake -DCMAKE_INSTALL_PREFIX={inst} -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER='mpicc' -DCMAKE_CXX_COMPILER='mpicxx'{cuda} -DBUILD_SHARED_LIBS=ON {src_dir}"
            out = [
                "-- The C compiler identification is GNU 13.2.0",
                "-- The CXX compiler identification is GNU 13.2.0",
                "-- Detecting C compiler ABI info - done",
                "-- Configuring done (41.3s)",
                "-- Generating done (1.2s)",
                f"-- Build files have been written to: {src_dir.rsplit('/', 1)[0]}/easybuild_obj",
            ]
        else:
            opts = (
                "--with-pic --without-python"
                if name == "libxml2"
                else "--enable-shared --enable-parallel --enable-fortran --with-zlib"
                if name == "HDF5"
                else "--enable-R-shlib --with-recommended-packages=no --with-x=no"
            )
            cmd = f" ./configure --prefix={inst}  {opts}"
            out = [
                "checking for a BSD-compatible install... /usr/bin/install -c",
                "checking whether build environment is sane... yes",
                "checking for gcc... gcc",
                "checking whether the C compiler works... yes",
                "config.status: creating Makefile",
                "config.status: executing libtool commands",
            ]
        return cmd, out, r.uniform(20, 90) * (1 + size / 4)
    if step == "build":
        out = [
            f"make[1]: Entering directory '{src_dir}'",
            "  CC       libsrc_la-dim.lo"
            if kind != "cmake"
            else "[  1%] Building C object src/CMakeFiles/muparser.dir/muParser.cpp.o",
            "  CCLD     libsrc.la"
            if kind != "cmake"
            else "[ 99%] Linking CXX shared library ../../lib/libgromacs.so",
            f"make[1]: Leaving directory '{src_dir}'",
        ]
        return f" make -j {nproc} ", out, r.uniform(60, 240) * size
    if step == "test":
        if name in ("GROMACS", "R", "HDF5"):
            out = [
                "Test project " + src_dir + "/easybuild_obj"
                if kind == "cmake"
                else "make[1]: Entering directory '" + src_dir + "/tests'",
                "100% tests passed, 0 tests failed out of 93"
                if kind == "cmake"
                else "All tests passed",
            ]
            return " make check ", out, r.uniform(120, 600) * size / 2
        return "", [], 0
    out = [
        f"make[1]: Entering directory '{src_dir}'",
        f"/usr/bin/mkdir -p '{inst}/lib'",
        f"/usr/bin/install -c -m 644 libsrc.la '{inst}/lib'",
        f"make[1]: Leaving directory '{src_dir}'",
    ]
    return " make install ", out, r.uniform(10, 60) * size / 2


def eb_fail_output(name: str) -> tuple[int, list[str]]:
    """The exit code and output of the two failing commands (R's tests, GROMACS' CUDA configure)."""
    if name == "R":
        return 2, [
            "make[1]: Entering directory '/tmp/eb-build/R/4.4.1/gfbf-2023b/R-4.4.1/tests'",
            "make[2]: Entering directory '/tmp/eb-build/R/4.4.1/gfbf-2023b/R-4.4.1/tests'",
            "running regression tests ...",
            "running code in 'reg-tests-1d.R' ... FAILED",
            "Error in stopifnot(all.equal(q1, qnbinom(p, 1e-16, mu = 1e3))) : ",
            "  all.equal(q1, qnbinom(p, 1e-16, mu = 1000)) is not TRUE",
            "Execution halted",
            "make[2]: *** [Makefile.common:100: reg-tests-1d.Rout] Error 1",
            "make[1]: *** [Makefile.common:285: test-Reg] Error 2",
            "make: *** [Makefile:242: check] Error 2",
        ]
    return 1, [
        "-- The C compiler identification is GNU 13.2.0",
        "-- The CXX compiler identification is GNU 13.2.0",
        "-- Looking for a CUDA compiler",
        "-- Looking for a CUDA compiler - NOTFOUND",
        "CMake Error at cmake/gmxManageNvccConfig.cmake:196 (message):",
        "  CUDA compiler does not work (nvcc with the host compiler",
        "  /apps/eb/software/GCCcore/13.2.0/bin/gcc):",
        "  /apps/eb/software/CUDA/12.1.1/include/crt/host_config.h:132:2: error: #error -- unsupported GNU version! gcc versions later than 12 are not supported! The nvcc flag '-allow-unsupported-compiler' can be used to override this version check; however, using an unsupported host compiler may cause compilation failure or incorrect run time execution. Use at your own risk.",
        "-- Configuring incomplete, errors occurred!",
    ]


# ------------------------------------------------------------------------------- ondemand

OOD_HOST = "ondemand.hpc.example.edu"
OOD_CLUSTER = "aurora"
OOD_SQUEUE_FMT = "\x1e" + "\x1f".join(
    f"%{c}" for c in "aABcCdDeEfFgGhHiIjJkKlLmMnNoOqPQrStTuUvVwWxXyYzZb"
)
OOD_DASH = "/var/www/ood/apps/sys/dashboard"
OOD_MYJOBS = "/var/www/ood/apps/sys/myjobs"
OOD_APPS = {
    "bc_jupyter": ("interactive", "02:00:00", "4", "16G"),
    "bc_rstudio": ("interactive", "04:00:00", "2", "8G"),
    "bc_desktop": ("gpu", "03:00:00", "8", "32G"),
    "bc_matlab": ("interactive", "02:00:00", "4", "24G"),
}

O_LOGRAGE = "method=%s path=%s format=%s controller=%s action=%s status=%d allocations=%d duration=%.2f view=%.2f"
O_REDIRECT = O_LOGRAGE + " location=%s"
O_ERROR = "method=%s path=%s format=%s controller=%s action=%s status=%d error='OodCore::JobAdapterError: slurm_load_jobs error: Unable to contact slurm controller (connect failure)' allocations=%d duration=%.2f view=%.2f"
O_EXECVE = "execve = %s"
O_WATCHDOG = "Starting Passenger watchdog..."
O_CORE = "Starting Passenger core..."
O_MULTI = "Passenger core running in multi-application mode."
O_ONLINE = "Passenger core online, PID %d"
O_SIGNAL = (
    "Signal received. Gracefully shutting down... (send signal %d more time(s) to force shutdown)"
)
O_SHUTDOWN = (
    "Received command to shutdown gracefully. Waiting until all clients have disconnected..."
)
O_CHECKING = (
    "Checking whether to disconnect long-running connections for process %d, application %s"
)
O_FREED = "Freed %d spare client objects"
O_FINISHED = "Shutdown finished"
O_CORE_DONE = "Passenger core shutdown finished"
O_PIPE = "Disconnecting client with error: client socket write error: Broken pipe (errno=32)"
O_GONE = "Process (pid=%d, group=%s) no longer exists! Detaching it from the pool."
O_502 = "Sending 502 response: application did not send a complete response"
O_BUFFERED = "an upstream response is buffered to a temporary file %s while reading upstream"
O_TOOLARGE = "client intended to send too large body: %d bytes"


def rb_inspect(s: str) -> str:
    """Ruby's String#inspect for the text OnDemand logs."""
    out = []
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 32:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def rb_argv(args: list[str]) -> str:
    """`cmd.inspect` of Open3.capture3's arguments: the environment hash, then the strings."""
    return (
        '[{"SLURM_CONF"=>"/etc/slurm/slurm.conf"}, ' + ", ".join(rb_inspect(a) for a in args) + "]"
    )


class Pun:
    """One user's per-user NGINX and its Passenger: the processes whose lines share its error.log."""

    def __init__(self, user: str):
        self.user = user
        self.running = False
        self.core = self.nginx = 0
        self.apps: dict[str, int] = {}
        self.conn = 0
        self.client = 0
        self.last = T0


def ondemand(r: random.Random) -> list[Log]:
    """The OnDemand portal's per-user NGINX error logs, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    slurm_down = (at(8, 50, 11), at(9, 2, 40))
    jobid = [4817203]

    def pid() -> int:
        return r.randint(12000, 399000)

    def f(pun: Pun) -> str:
        return f"{pun.user}-error.log"

    def P(pun: Pun, t: datetime, lvl: str, thr: str, src: str, label: str, msg: str) -> datetime:
        core = pun.core
        return fs.add(
            f(pun),
            t,
            label,
            lambda x: [
                f"[ {lvl} {x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d} {core}/{thr} {src} ]: {msg}"
            ],
            ("core", core),
            TENTH_MS,
        )

    def A(pun: Pun, app: str, t: datetime, sev: str, label: str, msg: str) -> datetime:
        apid = pun.apps[app]
        body = rb_inspect(msg.strip())
        return fs.add(
            f(pun),
            t,
            label,
            lambda x: [f"App {apid} output: [{x:%Y-%m-%d %H:%M:%S} -0400 ] {sev:>5} {body}"],
            ("app", apid),
            SEC,
        )

    def N(
        pun: Pun, t: datetime, lvl: str, label: str, msg: str, request: str, referrer: str = ""
    ) -> datetime:
        pun.conn += r.randint(1, 9)
        conn, worker = pun.conn, pun.nginx + 1
        tail = f', client: unix:, server: localhost, request: "{request}", host: "{OOD_HOST}"'
        if referrer:
            tail += f', referrer: "https://{OOD_HOST}{referrer}"'
        return fs.add(
            f(pun),
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{lvl}] {worker}#0: *{conn} {msg}{tail}"],
            ("nginx", worker),
            SEC,
        )

    def start(pun: Pun, t: datetime) -> datetime:
        pun.nginx = pid()
        watchdog = pun.nginx + r.randint(2, 6)
        pun.core = watchdog + r.randint(2, 5)
        pun.running = True
        pun.apps = {}
        pun.client = 0
        t = fs.add(
            f(pun),
            t,
            O_WATCHDOG,
            lambda x: [
                f"[ N {x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d} {watchdog}/T1 age/Wat/WatchdogMain.cpp:1373 ]: Starting Passenger watchdog..."
            ],
            ("core", watchdog),
            TENTH_MS,
        )
        t = P(
            pun,
            t + sec(r.uniform(0.01, 0.05)),
            "N",
            "T1",
            "age/Cor/CoreMain.cpp:1340",
            O_CORE,
            "Starting Passenger core...",
        )
        t = P(
            pun,
            t + sec(0.0002),
            "N",
            "T1",
            "age/Cor/CoreMain.cpp:256",
            O_MULTI,
            "Passenger core running in multi-application mode.",
        )
        return P(
            pun,
            t + sec(r.uniform(0.004, 0.02)),
            "N",
            "T1",
            "age/Cor/CoreMain.cpp:1015",
            O_ONLINE,
            f"Passenger core online, PID {pun.core}",
        )

    def stop(pun: Pun, t: datetime) -> datetime:
        t = P(
            pun,
            t,
            "N",
            "T1",
            "age/Cor/CoreMain.cpp:1146",
            O_SIGNAL,
            "Signal received. Gracefully shutting down... (send signal 2 more time(s) to force shutdown)",
        )
        t = P(
            pun,
            t + sec(0.0001),
            "N",
            "T1",
            "age/Cor/CoreMain.cpp:1227",
            O_SHUTDOWN,
            "Received command to shutdown gracefully. Waiting until all clients have disconnected...",
        )
        for app, apid in pun.apps.items():
            root = OOD_DASH if app == "dashboard" else OOD_MYJOBS
            t = P(
                pun,
                t + sec(0.0003),
                "N",
                "T5",
                "age/Cor/CoreMain.cpp:1246",
                O_CHECKING,
                f"Checking whether to disconnect long-running connections for process {apid}, application {root} (production)",
            )
        for thr, name in (("T5", "ServerThr.1"), ("T7", "ServerThr.2"), ("Ta", "ApiServer")):
            t = P(
                pun,
                t + sec(r.uniform(0.0005, 0.003)),
                "N",
                thr,
                "Ser/Server.h:901",
                O_FREED,
                f"[{name}] Freed {r.choice([0, 0, 0, 1, 2, 3, 5, 8, 12])} spare client objects",
            )
            t = P(
                pun,
                t + sec(0.0001),
                "N",
                thr,
                "Ser/Server.h:558",
                O_FINISHED,
                f"[{name}] Shutdown finished",
            )
        t = P(
            pun,
            t + sec(r.uniform(0.2, 0.8)),
            "N",
            "T1",
            "age/Cor/CoreMain.cpp:1325",
            O_CORE_DONE,
            "Passenger core shutdown finished",
        )
        pun.running = False
        pun.apps = {}
        return t

    def req(
        pun: Pun,
        t: datetime,
        method: str,
        path: str,
        fmt: str,
        controller: str,
        action: str,
        status: int = 200,
        execs: list[list[str]] = (),  # type: ignore[assignment]
        location: str = "",
        app: str = "dashboard",
    ) -> datetime:
        if not pun.running:
            t = start(pun, t + sec(r.uniform(0.05, 0.9))) + sec(r.uniform(0.3, 1.2))
        if app not in pun.apps:
            pun.apps[app] = pid()
            t += sec(r.uniform(2, 5))  # the app is spawned
        pun.last = t
        down = slurm_down[0] <= t < slurm_down[1]
        for argv in execs:
            t = A(pun, app, t, "INFO", O_EXECVE, f"execve = {rb_argv(argv)}")
        if execs:
            t += sec(r.uniform(0.05, 0.6) if not down else 10.0)
        dur = r.uniform(3, 60) if fmt in ("js", "json", "*/*") else r.uniform(40, 900)
        view = 0.0 if location else dur * r.uniform(0.2, 0.8)
        alloc = int(dur * r.uniform(900, 2500))
        if execs and down and "squeue" in execs[0][0]:
            msg = f"method={method} path={path} format={fmt} controller={controller} action={action} status=500 error='OodCore::JobAdapterError: slurm_load_jobs error: Unable to contact slurm controller (connect failure)' allocations={alloc} duration={dur + 10000:.2f} view=0.00"
            return A(pun, app, t, "INFO", O_ERROR, msg)
        msg = f"method={method} path={path} format={fmt} controller={controller} action={action} status={status} allocations={alloc} duration={dur:.2f} view={view:.2f}"
        if location:
            return A(pun, app, t, "INFO", O_REDIRECT, msg + f" location={location}")
        return A(pun, app, t, "INFO", O_LOGRAGE, msg)

    def squeue_job(j: int) -> list[str]:
        return [
            "/usr/bin/squeue",
            "--all",
            "--states=all",
            "--noconvert",
            "-o",
            OOD_SQUEUE_FMT,
            "-j",
            str(j),
            "-M",
            OOD_CLUSTER,
        ]

    sessions: dict[str, list[tuple[int, str, datetime, datetime]]] = {}

    def dashboard(pun: Pun, t: datetime) -> datetime:
        t = req(pun, t, "GET", "/pun/sys/dashboard", "html", "DashboardController", "index")
        for icon in r.sample(
            ["bc_jupyter", "bc_rstudio", "bc_desktop", "bc_matlab"], r.randint(2, 4)
        ):
            t = req(
                pun,
                t + sec(r.uniform(0.05, 0.3)),
                "GET",
                f"/pun/sys/dashboard/apps/icon/{icon}/sys/sys",
                "*/*",
                "AppsController",
                "icon",
            )
        return t

    def active(u: str, t: datetime) -> list[tuple[int, str, datetime, datetime]]:
        return [s for s in sessions.get(u, []) if t < s[3]]

    def poll_page(pun: Pun, t: datetime, until: datetime, fmt: str = "js") -> datetime:
        while t < until:
            execs = [squeue_job(j) for j, *_ in active(pun.user, t)]
            t = req(
                pun,
                t,
                "GET",
                "/pun/sys/dashboard/batch_connect/sessions",
                fmt,
                "BatchConnect::SessionsController",
                "index",
                execs=execs,
            )
            t += sec(10 + r.uniform(0, 0.8))
            fmt = "js"
        return t

    def launch(pun: Pun, t: datetime, app: str, wait: float, hours: float) -> datetime:
        part, wall, cpus, mem = OOD_APPS[app]
        u = pun.user
        base = f"/pun/sys/dashboard/batch_connect/sys/{app}/session_contexts"
        t = req(
            pun, t, "GET", f"{base}/new", "html", "BatchConnect::SessionContextsController", "new"
        )
        t += sec(r.uniform(15, 70))
        sid = uuid4(r)
        out = f"/home/{u}/ondemand/data/sys/dashboard/batch_connect/sys/{app}/output/{sid}"
        argv = [
            "/usr/bin/sbatch",
            "-D",
            out,
            "-J",
            f"sys/dashboard/sys/{app}",
            "-o",
            f"{out}/output.log",
            "-p",
            part,
            "-t",
            wall,
            "--export",
            "NONE",
            "-c",
            cpus,
            "--mem",
            mem,
            "--parsable",
            "-M",
            OOD_CLUSTER,
        ]
        jobid[0] += r.randint(3, 400)
        sessions.setdefault(u, []).append(
            (jobid[0], sid, t + sec(wait), t + sec(wait + hours * 3600))
        )
        t = req(
            pun,
            t,
            "POST",
            base,
            "html",
            "BatchConnect::SessionContextsController",
            "create",
            302,
            [argv],
            location=f"https://{OOD_HOST}/pun/sys/dashboard/batch_connect/sessions",
        )
        t += sec(r.uniform(0.3, 1))
        # the sessions page, polled every 10 s until the session runs and the user connects
        return poll_page(pun, t, t + sec(wait + r.uniform(20, 120)), fmt="html")

    def files(pun: Pun, t: datetime, n: int) -> datetime:
        home = f"/home/{pun.user}"
        dirs = [
            "",
            "/projects",
            "/results",
            "/scratch_link",
            "/ondemand",
            "/data/raw",
            "/notebooks",
            "/src/model",
        ]
        for _ in range(n):
            d = r.choice(dirs)
            t = req(
                pun,
                t + sec(r.uniform(2, 25)),
                "GET",
                f"/pun/sys/dashboard/files/fs/{home}{d}",
                "html",
                "FilesController",
                "fs",
            )
        return t

    def download(pun: Pun, t: datetime, name: str, cancel: bool = False) -> datetime:
        path = f"/pun/sys/dashboard/files/fs//home/{pun.user}/results/{name}?download={int(t.timestamp()) + LOCAL_OFFSET}"
        t = req(pun, t, "GET", path, "html", "FilesController", "fs")
        n = r.randint(1, 9)
        t = N(
            pun,
            t + sec(r.uniform(0.5, 3)),
            "warn",
            O_BUFFERED,
            f"an upstream response is buffered to a temporary file /var/tmp/ondemand-nginx/{pun.user}/passenger_temp/{n}/00/000000000{n} while reading upstream",
            f"GET {path} HTTP/1.1",
            f"/pun/sys/dashboard/files/fs//home/{pun.user}/results",
        )
        if cancel:
            pun.client += r.randint(3, 30)
            t = P(
                pun,
                t + sec(r.uniform(5, 40)),
                "E",
                "T5",
                "Ser/Server.h:1078",
                O_PIPE,
                f"[Client 1-{pun.client}] Disconnecting client with error: client socket write error: Broken pipe (errno=32)",
            )
        return t

    def activejobs(pun: Pun, t: datetime) -> datetime:
        t = req(
            pun, t, "GET", "/pun/sys/dashboard/activejobs", "html", "ActiveJobsController", "index"
        )
        argv = [
            "/usr/bin/squeue",
            "--all",
            "--states=all",
            "--noconvert",
            "-o",
            OOD_SQUEUE_FMT,
            "-u",
            pun.user,
            "-M",
            OOD_CLUSTER,
        ]
        return req(
            pun,
            t + sec(r.uniform(0.3, 1.5)),
            "GET",
            "/pun/sys/dashboard/activejobs.json",
            "json",
            "ActiveJobsController",
            "json",
            execs=[argv],
        )

    def composer(pun: Pun, t: datetime, wf: int) -> datetime:
        t = req(
            pun, t, "GET", "/pun/sys/myjobs", "html", "WorkflowsController", "index", app="myjobs"
        )
        t += sec(r.uniform(10, 90))
        jobid[0] += r.randint(3, 400)
        d = f"/home/{pun.user}/ondemand/data/sys/myjobs/projects/default/{wf}"
        argv = [
            "/usr/bin/sbatch",
            "-D",
            d,
            "--export",
            "NONE",
            "--parsable",
            "-M",
            OOD_CLUSTER,
            f"{d}/main_job.sh",
        ]
        t = req(
            pun,
            t,
            "PUT",
            f"/pun/sys/myjobs/workflows/{wf}/submit",
            "html",
            "WorkflowsController",
            "submit",
            302,
            [argv],
            location=f"https://{OOD_HOST}/pun/sys/myjobs",
            app="myjobs",
        )
        return req(
            pun,
            t + sec(r.uniform(0.2, 0.8)),
            "GET",
            "/pun/sys/myjobs",
            "html",
            "WorkflowsController",
            "index",
            app="myjobs",
        )

    def delete(pun: Pun, t: datetime) -> datetime:
        j, sid, a, _b = active(pun.user, t)[0]
        sessions[pun.user] = [x for x in sessions[pun.user] if x[0] != j] + [(j, sid, a, t)]
        return req(
            pun,
            t,
            "DELETE",
            f"/pun/sys/dashboard/batch_connect/sessions/{sid}",
            "html",
            "BatchConnect::SessionsController",
            "destroy",
            302,
            [["/usr/bin/scancel", str(j), "-M", OOD_CLUSTER]],
            location=f"https://{OOD_HOST}/pun/sys/dashboard/batch_connect/sessions",
        )

    # each user's day: a list of (time, action); nginx_clean at 08:00 and 10:00 stops the PUNs
    # idle for more than 30 minutes, and at 10:30 the upgrade to 3.1.7 stops every PUN
    puns = {
        u: Pun(u)
        for u in (
            "gliu",
            "ahernandez",
            "bkim",
            "cpatel",
            "dmueller",
            "eokafor",
            "fnguyen",
            "hkowalski",
            "ijohnson",
        )
    }
    plan: dict[str, list[tuple[datetime, Callable[[Pun, datetime], datetime]]]] = {
        "gliu": [
            (at(6, 5, 12), dashboard),
            (at(6, 6, 40), lambda p, t: files(p, t, 9)),
            (at(6, 12, 3), activejobs),
        ],
        "ahernandez": [
            (at(6, 35, 2), dashboard),
            (at(6, 36, 10), lambda p, t: launch(p, t, "bc_jupyter", 200, 2)),
            (at(8, 10, 44), lambda p, t: files(p, t, 6)),
            (at(8, 13, 20), lambda p, t: download(p, t, "run42.tar.gz")),
            (at(8, 15, 2), lambda p, t: download(p, t, "run43.tar.gz", cancel=True)),
            (at(9, 30, 5), dashboard),
            (at(9, 30, 40), lambda p, t: launch(p, t, "bc_rstudio", 95, 3)),
            (at(10, 52, 18), dashboard),
            (at(10, 53, 2), activejobs),
            (at(11, 40, 30), lambda p, t: files(p, t, 4)),
        ],
        "bkim": [
            (at(7, 10, 31), dashboard),
            (at(7, 11, 5), lambda p, t: launch(p, t, "bc_desktop", 1480, 3)),
            (at(7, 55, 10), lambda p, t: files(p, t, 3)),
            (
                at(7, 56, 2),
                lambda p, t: N(
                    p,
                    t,
                    "error",
                    O_TOOLARGE,
                    f"client intended to send too large body: {r.randint(10_800_000_000, 12_900_000_000)} bytes",
                    "POST /pun/sys/dashboard/files/upload/fs/home/bkim/data HTTP/1.1",
                    "/pun/sys/dashboard/files/fs//home/bkim/data",
                ),
            ),
            (at(8, 20, 14), activejobs),
            (at(8, 47, 50), lambda p, t: poll_page(p, t, at(9, 6, 0), fmt="html")),
            (at(9, 40, 0), lambda p, t: files(p, t, 5)),
        ],
        "cpatel": [
            (at(7, 40, 2), dashboard),
            (at(7, 40, 30), lambda p, t: files(p, t, 4)),
            (at(7, 43, 12), "oom"),  # type: ignore[list-item]
            (at(7, 46, 0), lambda p, t: files(p, t, 2)),
            *[
                (
                    at(8, 5) + sec(i * 410 + r.uniform(0, 200)),
                    (lambda w: lambda p, t: composer(p, t, w))(17 + i),
                )
                for i in range(12)
            ],
            (at(9, 40, 2), activejobs),
            (at(11, 10, 7), dashboard),
            (at(11, 11, 30), lambda p, t: composer(p, t, 31)),
        ],
        "dmueller": [
            (at(8, 29, 40), dashboard),
            (at(8, 30, 20), lambda p, t: launch(p, t, "bc_matlab", 1050, 2)),
            (at(9, 6, 30), delete),
            (at(9, 7, 10), lambda p, t: launch(p, t, "bc_matlab", 60, 2)),
        ],
        "eokafor": [
            (at(9, 0, 12), dashboard),
            (at(9, 1, 0), lambda p, t: launch(p, t, "bc_jupyter", 240, 2)),
            (at(9, 40, 3), lambda p, t: files(p, t, 8)),
            (at(9, 47, 30), lambda p, t: download(p, t, "embeddings_v3.npz")),
            (at(10, 31, 12), dashboard),
            (at(10, 31, 50), lambda p, t: launch(p, t, "bc_jupyter", 130, 1)),
            (at(11, 5, 2), activejobs),
            (at(11, 20, 40), lambda p, t: launch(p, t, "bc_desktop", 600, 1)),
        ],
        "fnguyen": [
            (at(10, 45, 33), dashboard),
            (at(10, 46, 10), lambda p, t: launch(p, t, "bc_rstudio", 310, 4)),
            (at(11, 30, 1), lambda p, t: files(p, t, 5)),
        ],
        # a class's teaching assistant: the sessions tab stays open for an hour
        "hkowalski": [
            (at(7, 58, 40), dashboard),
            (at(7, 59, 30), lambda p, t: launch(p, t, "bc_jupyter", 45, 2)),
            (at(8, 3, 0), lambda p, t: poll_page(p, t, at(8, 47, 30), fmt="html")),
            (at(9, 12, 4), lambda p, t: launch(p, t, "bc_jupyter", 35, 2)),
            (at(11, 2, 9), activejobs),
        ],
        "ijohnson": [
            (at(9, 20, 15), dashboard),
            *[
                (
                    at(9, 22) + sec(i * 530 + r.uniform(0, 240)),
                    (lambda w: lambda p, t: composer(p, t, w))(4 + i),
                )
                for i in range(9)
            ],
            (at(10, 40, 3), lambda p, t: launch(p, t, "bc_rstudio", 75, 2)),
            (at(10, 45, 0), lambda p, t: poll_page(p, t, at(11, 20, 0), fmt="html")),
        ],
    }
    cleans = [(at(8, 0, 1), False), (at(10, 0, 2), False), (at(10, 30, 15), True)]
    for u, pun in puns.items():
        steps = sorted(plan[u], key=lambda x: x[0])
        ci = 0
        for when, act in steps:
            while ci < len(cleans) and cleans[ci][0] <= when:
                ct, force = cleans[ci]
                if pun.running and (force or (ct - pun.last).total_seconds() > 1800):
                    stop(pun, ct + sec(r.uniform(0.5, 6)))
                ci += 1
            if act == "oom":
                # a listing of a directory of 2.1 million files: the dashboard process is killed
                apid = pun.apps["dashboard"]
                pun.client += r.randint(3, 30)
                t = P(
                    pun,
                    when,
                    "W",
                    "Tc",
                    "age/Cor/App/Poo/AnalyticsCollection.cpp:102",
                    O_GONE,
                    f"Process (pid={apid}, group={OOD_DASH} (production)) no longer exists! Detaching it from the pool.",
                )
                P(
                    pun,
                    t + sec(0.0004),
                    "W",
                    "T5",
                    "age/Cor/Con/InternalUtils.cpp:79",
                    O_502,
                    f"[Client 1-{pun.client}] Sending 502 response: application did not send a complete response",
                )
                del pun.apps["dashboard"]
                continue
            act(pun, when)
        while ci < len(cleans):
            ct, force = cleans[ci]
            if pun.running and (force or (ct - pun.last).total_seconds() > 1800):
                stop(pun, ct + sec(r.uniform(0.5, 6)))
            ci += 1
    return fs.logs(T0)


# --------------------------------------------------------------------------------- ganglia

GM_CORE = [
    "cpu_num",
    "cpu_speed",
    "mem_total",
    "swap_total",
    "boottime",
    "machine_type",
    "os_name",
    "os_release",
]
GM_FAST = [
    "cpu_user",
    "cpu_system",
    "cpu_idle",
    "cpu_nice",
    "cpu_aidle",
    "cpu_wio",
    "cpu_intr",
    "cpu_sintr",
    "cpu_steal",
    "load_one",
    "load_five",
    "load_fifteen",
]
GM_SLOW = [
    "proc_run",
    "proc_total",
    "mem_free",
    "mem_shared",
    "mem_buffers",
    "mem_cached",
    "swap_free",
    "bytes_out",
    "bytes_in",
    "pkts_in",
    "pkts_out",
    "disk_total",
    "disk_free",
    "part_max_used",
]
GM_TCPCONN = [
    "tcp_established",
    "tcp_listen",
    "tcp_timewait",
    "tcp_closewait",
    "tcp_synsent",
    "tcp_synrecv",
    "tcp_synwait",
    "tcp_finwait1",
    "tcp_finwait2",
    "tcp_closed",
    "tcp_lastack",
    "tcp_closing",
    "tcp_unknown",
]
GM_RRDS = "/var/lib/ganglia/rrds"

G_MCAST = "Error creating multicast server mcast_join=%s port=%d mcast_if=%s family='%s'.  Will try again...#012"
G_SEND = "Error %d sending the modular data for %s#012"
G_PYCALL = "[PYTHON] Can't call the metric handler function for [%s] in the python module [%s].#012"
G_PYINIT = "[PYTHON] Can't call the metric_init function in the python module [%s].#012"
G_NOMETRIC = "Unable to find the metric information for '%s'. Possible that the module has not been loaded.#012"
G_NOMATCH = "Unable to find any metric information for '%s'. Possible that a module has not been loaded.#012"
G_DSO = (
    "Cannot load %s metric module: %s: cannot open shared object file: No such file or directory"
)
G_CONTACT = "data_thread() for [%s] failed to contact node %s"
G_NOANSWER = "data_thread() got no answer from any [%s] datasource"
G_POLLTO = "poll() timeout from source %d for [%s] data source after %d bytes read"
G_CLOSED = "The remote machine closed connection for [%s] data source after %d bytes read"
G_RRDUPD = "RRD_update (%s): illegal attempt to update using time %d when last update time is %d (minimum one second step)"
G_RRDCREATE = "RRD_create: creating '%s': No space left on device"
G_MKDIR = "Unable to mkdir(%s): No space left on device"
G_XML = (
    "Process XML (%s): XML_ParseBuffer() error at line %d:#012not well-formed (invalid token)#012"
)
G_PREAMBLE = "server_thread() %lx unable to write root preamble (DTD, etc)"
G_TREE = "server_thread() %lx unable to write XML tree info"
G_READREQ = "server_thread() could not read request from %s"


def ganglia(r: random.Random) -> list[Log]:
    """gmetad on the head node and gmond on the nodes, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    gmond_pid: dict[str, int] = {}

    def G(host: str, t: datetime, label: str, msg: str) -> datetime:
        """A gmond line, relayed to the log host."""
        pid = gmond_pid.setdefault(host, r.randint(1500, 4200))
        return fs.add(
            "nodes-ganglia.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} /usr/sbin/gmond[{pid}]: {msg}"],
            ("gmond", host, pid),
            SEC,
        )

    crashed, back = at(9, 52, 31), at(10, 3, 10)

    def M(t: datetime, label: str, msg: str) -> datetime:
        pid = 2871 if t <= crashed else 48211  # gmetad exits at 09:52:31, restarted at 10:03:10
        return fs.add(
            "head01-ganglia.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} head01 gmetad[{pid}]: {msg}"],
            ("gmetad", pid),
            SEC,
        )

    def restart(host: str) -> None:
        gmond_pid[host] = gmond_pid.get(host, 3000) + r.randint(200, 9000)

    def boot(host: str, t: datetime, net_delay: float, mcast: bool) -> None:
        """gmond started before the network is up: its metadata sends fail, the multicast
        channel is retried every 60 s."""
        gmond_pid[host] = r.randint(1100, 1900)
        up = t + sec(net_delay)
        x = t
        while mcast and x < up:
            G(
                host,
                x,
                G_MCAST,
                "Error creating multicast server mcast_join=239.2.11.71 port=8649 mcast_if=NULL family='inet4'.  Will try again...#012",
            )
            x += sec(60 + r.uniform(0, 0.2))
        x = t + sec(r.uniform(1, 2))
        first = True
        while x < up:
            for m in (GM_CORE + GM_FAST + GM_SLOW) if first else r.sample(GM_FAST, r.randint(3, 8)):
                x = G(host, x, G_SEND, f"Error 1 sending the modular data for {m}#012") + sec(0.01)
            first = False
            x += sec(90 + r.uniform(-5, 5))

    # ---- the nodes' gmond
    # the storage servers upgraded to a newer kernel: netstats' parser fails every collection
    for host in ("oss03", "oss04"):
        for t in every(r, T0 + sec(r.uniform(0, 170)), T_END, 180, 4):
            for metric in ["tcpext_tcploss_percentage"] + (
                ["tcpext_listendrops"] if r.random() < 0.3 else []
            ):
                G(
                    host,
                    t,
                    G_PYCALL,
                    f"[PYTHON] Can't call the metric handler function for [{metric}] in the python module [netstats].#012",
                )
    # svc01 rebooted for a kernel update 06:40-06:52 (gmond comes up before its network)
    boot("svc01", at(6, 51, 48), 9, False)
    # `dnf update` on the login nodes removed python2: gmond restarted without modpython
    for host, when in (
        ("login01", at(7, 31, 2)),
        ("login02", at(7, 34, 40)),
        ("login02", at(11, 12, 5)),
    ):
        restart(host)
        t = G(
            host,
            when,
            G_DSO,
            "Cannot load /usr/lib64/ganglia/modpython.so metric module: libpython2.7.so.1.0: cannot open shared object file: No such file or directory",
        )
        for m in GM_TCPCONN:
            t = G(
                host,
                t,
                G_NOMETRIC,
                f"Unable to find the metric information for '{m}'. Possible that the module has not been loaded.#012",
            )
        G(
            host,
            t,
            G_NOMATCH,
            "Unable to find any metric information for 'diskstat_(.+)'. Possible that a module has not been loaded.#012",
        )
    # rack 3's maintenance reboot 08:00-08:30: IPoIB (the multicast channel) comes up late
    t = at(8, 4, 10)
    for n in range(33, 39):
        boot(f"cn{n:03d}", t, r.uniform(70, 200), True)
        t += sec(r.uniform(120, 260))
    # a GPU driver update without a reboot on gpu03 and gpu04 at 09:10: NVML fails until 10:20
    gpu_metrics = [f"gpu{i}_{k}" for i in range(4) for k in ("util", "mem_util", "temp")]
    for host in ("gpu03", "gpu04"):
        for t in every(r, at(9, 11) + sec(r.uniform(0, 280)), at(10, 20), 300, 3):
            for m in gpu_metrics:
                t = G(
                    host,
                    t,
                    G_PYCALL,
                    f"[PYTHON] Can't call the metric handler function for [{m}] in the python module [nvidia].#012",
                )
        restart(host)
        t = G(
            host,
            at(10, 20, 30) + sec(r.uniform(0, 40)),
            G_PYINIT,
            "[PYTHON] Can't call the metric_init function in the python module [nvidia].#012",
        )
        G(
            host,
            t,
            G_NOMATCH,
            "Unable to find any metric information for 'gpu([0-9]+)_([a-z_]+)'. Possible that a module has not been loaded.#012",
        )

    # ---- head01: gmetad polls each data source every 15 s
    srcs = {
        "compute": ["cn001", "cn002"],
        "gpu": ["gpu01", "gpu02"],
        "login": ["login01", "login02"],
        "storage": ["oss01", "oss02"],
        "services": ["svc01"],
    }
    polls = {
        ds: every(r, T0 + sec(r.uniform(0, 15)), T_END, 15 * r.uniform(0.98, 1.02), 0.3)
        for ds in srcs
    }
    for ds, times in polls.items():
        for t in times:
            if crashed - sec(5) <= t < back:
                continue
            down: list[str] = []
            if ds == "services" and at(6, 40, 20) <= t < at(6, 52, 10):
                down = ["svc01"]
            if ds == "storage" and at(10, 40, 5) <= t < at(10, 55, 40):
                down = ["oss01", "oss02"]
            if down:
                for node in down:
                    t = M(
                        t + sec(r.uniform(0.5, 3)),
                        G_CONTACT,
                        f"data_thread() for [{ds}] failed to contact node {node}",
                    )
                if len(down) == len(srcs[ds]):
                    M(t, G_NOANSWER, f"data_thread() got no answer from any [{ds}] datasource")
                continue
            if ds == "storage" and at(8, 20, 40) <= t < at(8, 20, 56):
                M(
                    t + sec(10),
                    G_POLLTO,
                    "poll() timeout from source 0 for [storage] data source after 0 bytes read",
                )
            if ds == "login" and at(7, 31, 2) <= t < at(7, 31, 18):
                M(
                    t + sec(0.4),
                    G_CLOSED,
                    f"The remote machine closed connection for [login] data source after {r.randint(9000, 40000)} bytes read",
                )
            if ds == "gpu" and at(10, 50, 12) <= t < at(11, 5, 30):
                M(
                    t + sec(r.uniform(0.2, 0.9)),
                    G_XML,
                    f"Process XML (gpu): XML_ParseBuffer() error at line {r.choice([1893, 1893, 1893, 2161, 2429])}:#012not well-formed (invalid token)#012",
                )
                continue
            if ds == "login" and at(7, 5, 20) <= t < at(7, 20, 40):
                # a second data_source for the login cluster: both threads update its RRDs
                ts = int(t.timestamp()) + LOCAL_OFFSET - r.randint(2, 14)
                for _ in range(r.randint(2, 6)):
                    host = r.choice(srcs["login"])
                    m = r.choice(GM_FAST + GM_SLOW)
                    M(
                        t + sec(r.uniform(0.2, 1)),
                        G_RRDUPD,
                        f"RRD_update ({GM_RRDS}/login/{host}/{m}.rrd): illegal attempt to update using time {ts} when last update time is {ts} (minimum one second step)",
                    )
            if ds == "gpu" and at(9, 40, 8) <= t < crashed:
                # the RRD tmpfs is full: the new power metrics of gpu01 and gpu02 get no RRD
                for host in ("gpu01", "gpu02", "__SummaryInfo__"):
                    for m in ("gpu0_power_usage", "gpu1_power_usage"):
                        M(
                            t + sec(r.uniform(0.2, 1)),
                            G_RRDCREATE,
                            f"RRD_create: creating '{GM_RRDS}/gpu/{host}/{m}.rrd': No space left on device",
                        )
    # cn065, a new node, reports at 09:52:31: its host directory cannot be made and gmetad exits
    M(crashed, G_MKDIR, f"Unable to mkdir({GM_RRDS}/compute/cn065): No space left on device")
    # the monitoring's TCP check of the interactive port every 5 minutes, and gweb's aborted requests
    for t in every(r, T0 + sec(r.uniform(0, 300)), T_END, 300, 2):
        if not crashed <= t < back:
            M(t, G_READREQ, "server_thread() could not read request from 10.10.0.5")
    threads = ["7f3a1cff9700", "7f3a1d7fa700", "7f3a1dffb700", "7f3a1e7fc700"]
    for _ in range(17):
        t = T0 + sec(r.uniform(0, 6 * 3600))
        if not crashed <= t < back:
            tid = r.choice(threads)
            if r.random() < 0.6:
                M(t, G_PREAMBLE, f"server_thread() {tid} unable to write root preamble (DTD, etc)")
            else:
                M(t, G_TREE, f"server_thread() {tid} unable to write XML tree info")
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "apptainer": apptainer,
    "spack": spack,
    "easybuild": easybuild,
    "ondemand": ondemand,
    "ganglia": ganglia,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
