#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 258 (gromacs, lammps, openfoam, wrf, aiida) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's output is simulated from its format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it. Five
codes of one university's research-computing cluster on 2024-06-07, 06:00 to 12:00, kept as
their users and operators keep them: Slurm jobs' output files, a solver's own log, WRF's
per-task rsl files and AiiDA's daemon log. Four of the five print no time on their lines: each
file is written in order by one process, a write's later lines (and the blank lines it starts
or ends with) have no row. The brief's Quantum ESPRESSO is replaced by AiiDA, the workflow
engine the materials group drives pw.x with: pw.x's output is a report, not a log (one scf run
prints about a hundred formats once each: its header, `summary`'s WRITE statements, the
`print_clock` report naming some forty clocks by literal), so no run of it fits 15-35
templates; the daemon log of the AiiDA installation running the group's pw.x jobs is where
their failures show, with a time, a level and a logger on every line.

- GROMACS 2023.3 `gmx mdrun` (thread-MPI build) on the GPU partition: the stderr of five batch
  jobs as Slurm writes it (`slurm-<jobid>.out`; stdout and stderr together, no time on any
  line). Each run prints the program's banner (`:-) GROMACS - gmx mdrun, 2023.3 (-:`, centred),
  `Executable:`, `Data prefix:`, `Working dir:`, `Command line:` and the command, `Reading file
  %s, VERSION %s (%s precision)`, `Changing nstlist from %d to %d, rlist from %g to %g`, the GPU
  task mapping (`1 GPU selected for this run.` over three lines), `PP tasks will do
  (non-perturbed) short-ranged interactions on the GPU`, `PP task will update and constrain
  coordinates on the CPU` (or `GPU`), `PME tasks will do all aspects on the GPU`, `Using %d MPI
  thread%s` and `Using %d OpenMP thread%s ` (or `... per tMPI thread`), `starting mdrun '%s'`,
  `%s steps, %s ps.`, and at its end `Writing final coordinates.`, the timing table (five
  separate prints: `Core t (s)` header, `Time:` row, the wall time as `h:mm:ss`, `(ns/day)`
  header, `Performance:` row) and `GROMACS reminds you: "%s" (%s)`. Jobs: a GPCR in POPC
  continuing its production from the checkpoint on four GPUs (`%s steps, %s ps (continuing
  from step %s, %8.1f ps).`) until Slurm's TERM ahead of the time limit (`Received the TERM
  signal, stopping within 100 steps`); two ligands' free-energy legs, 21 lambda windows run one
  after the other in each job (lig07's complex and water legs, lig12's complex leg; lig07's
  window 20 and lig12's window 0 blow up, and lig12's job is cancelled at its time limit in
  window 19: `slurmstepd: error: *** JOB %u ON %s CANCELLED AT %s DUE TO TIME LIMIT ***`); 48 docked
  poses re-scored with 200 ps each, four of them re-run in their folder (`Back Off! I just
  backed up md.log to ./#md.log.1#` and the trajectory's and energy file's), eleven blowing up
  (1-14 `Step %s, time %g (ps)  LINCS WARNING` blocks, each with `bonds that rotated more than
  30 degrees:` and its rows, then the fatal-error box of the energy check, `Step %s: The total
  potential energy is %g, which is extremely high. ...`, word-wrapped at 78 columns), the job
  cancelled at its time limit at 11:30.
- LAMMPS (2 Aug 2023 - Update 3) on the CPU partition: five jobs' `srun lmp -in ...` output
  (screen; the input's commands are echoed to log.lammps only). Per input `LAMMPS (%s)`, `
  using %d OpenMP thread(s) per MPI task`, read_data's lines (`Reading data file ...`, `
  orthogonal box = (...) to (...)`, `  %d by %d by %d MPI processor grid`, `  reading atoms
  ...`, `  %d atoms`, `  read_data CPU = %.3f seconds`), `Reading %s file %s with DATE: %s`, the
  neighbour-list report (one write of twelve lines); per `run` `Setting up Verlet run ...`, the
  unit style, step and time step (one write of three lines), `Per MPI rank memory allocation
  (min/avg/max) = ...`, the thermo header and rows (`thermo_style custom step temp pe ke etotal
  press vol`, every 1000 steps: 1,880 rows, the step right-aligned in ten columns), then
  Finish's report: `Loop time of %g on %d procs for %d steps with %d atoms`, `Performance: ...
  ns/day, ... hours/ns, ... timesteps/s, ... Matom-step/s`, `%.1f%% CPU use with %d MPI tasks x
  %d OpenMP threads`, the timing table's head (one write) and its rows (`Pair`, `Neigh`,
  `Comm`, `Output`, `Modify` named at their call sites, `Other`), the Nlocal/Nghost/Neighs
  histograms (one write) and the neighbour statistics (one write); `Total wall time: %d:%02d:
  %02d` at the end. Jobs: two Cu-Zr metallic glasses melted, quenched and annealed (three runs
  each); an Al nanowire pulled at 1e8/s; the same at 1e9/s, which fractures and loses atoms
  (`ERROR: Lost atoms: original %d current %d (src/thermo.cpp:488)` with `Last command: run
  250000`, Open MPI's `MPI_ABORT was invoked on rank 0 ...` box, `slurmstepd: error: *** STEP
  4471311.0 ON cn041 CANCELLED AT ... ***`, `srun: Job step aborted: Waiting up to 32 seconds
  for job step to finish.`, `srun: error: cn041: task 0: Exited with exit code 1`, `srun:
  error: %s: tasks %s: Killed`); a shock in a Cu slab cut by the time limit mid-run.
- OpenFOAM v2312 (openfoam.com) `simpleFoam -parallel` on 64 ranks over two nodes: two cases'
  `log.simpleFoam` (`mpirun ... > log.simpleFoam 2>&1`, kept per case as `yaw00-` and
  `yaw10-log.simpleFoam`). The banner and `Build`...`PID` (one statement), `I/O    : %s`, `Case`
  with `nProcs`, `Hosts  :` with the host list, `Pstream initialized with:`, `trapFpe: ...`,
  `fileModificationChecking : ...`, `allowSystemOperations : ...`, the divider, `Create time`,
  `Create mesh for time = 0`, `SIMPLE: convergence criteria` with its fields, `Reading field
  %s`, `Reading/calculating face flux field phi`, the transport and turbulence model
  selections and the RAS dictionary; per iteration `Time = %s`, five `%s:  Solving for %s,
  Initial residual = %g, Final residual = %g, No Iterations %d` (smoothSolver for Ux, Uy, Uz,
  omega and k, GAMG for p: 1,479 lines), `time step continuity errors : sum local = %g, global =
  %g, cumulative = %g`, `bounding omega, min: ...` in the first iterations and `bounding k`
  while diverging, `ExecutionTime = %g s  ClockTime = %d s`. A car's external aerodynamics at
  0 degrees of yaw converges (`SIMPLE solution converged in 163 iterations`, `End`,
  `Finalising parallel run`); at 10 degrees it diverges over its last thirty iterations (GAMG
  at its 1000-iteration cap, omega's maximum to 1e14) and dies in iteration 84 on a floating
  point exception in the p solve: the rank's `[37] #0  Foam::error::printStack(...)` stack,
  Open MPI's `[cn034:pid] *** Process received signal ***` block, mpirun's `Primary job
  terminated normally, but 1 process returned ...` and `mpirun noticed that process rank 37
  with PID ... exited on signal 8 (Floating point exception).` boxes.
- WRF V4.5.2, the 06Z cycle of a regional 10 km forecast (420 x 340 points, 64 MPI tasks in 8
  x 8, Noah LSM, time step 60 s, 12 hours): task 0's `rsl.out.0000` and `rsl.error.0000` and
  task 23's `rsl.error.0023`, whose patch holds the afternoon's convection. wrf_message writes
  each message to both of a task's files; RSL_LITE's `taskid: %d hostname: %s` is a C printf,
  first in rsl.error (stderr, unbuffered) and last in rsl.out (stdout's buffer, flushed at
  exit). The start-up (`Quilting with   1 groups of   0 I/O tasks.`, ` Ntasks in X ...`, `
  Domain # 1: dx = ...`, `WRF V4.5.2 MODEL`, the `Parent domain` block with its index ranges,
  `DYNAMICS OPTION: Eulerian Mass Coordinate`, `alloc_space_field: ...`, `Input data is
  acceptable to use: %s`, the dates, `Max map factor ...`, the five `D01:` time-step lines,
  the land-use and soil tables' lines, the tiles), then 720 `Timing for main: time %s on domain
  %3d: %10.5f elapsed seconds` per file, hourly `Timing for Writing wrfout_d01_%s ...` (slow,
  40-96 s, while the file system struggles at 09Z-10Z model time), the boundary file every
  three hours (`Input data is acceptable to use: wrfbdy_d01`, `Timing for processing lateral
  boundary ...`), and in task 23's file the convection's `%d points exceeded cfl=2 in domain %s
  at time %s hours` with `MAX AT i,j,k: ... vert_cfl,w,d(eta)= ...` (78 each, 12:09-15:10
  model time); `wrf: SUCCESS COMPLETE WRF` at the end.
- AiiDA 2.5 with aiida-quantumespresso 4.5 (`aiida-production.log`: the daemon's log, the
  `halfverbose` formatter `%(asctime)s <%(process)d> %(name)s: [%(levelname)s] %(message)s`
  with `%m/%d/%Y %I:%M:%S %p`, four workers' lines and their stderr together). A screening of
  2D magnets: `PwRelaxWorkChain`s submitted in three batches (06:31, 08:47, 10:18), each
  launching a `PwBaseWorkChain` that runs `PwCalculation`s on a Slurm cluster over SSH, the
  process reports at REPORT with `Process.report`'s `[pk|Class|step]: ` before the message
  (`launching PwBaseWorkChain<%d>`, `launching %s<%d> iteration #%d`, `work chain completed
  after %d iterations`, `cleaned remote folders of calculations: %s`, the handlers' `%s<%d>
  failed with exit status %d: %s` with exit 410's and 400's messages and their `Action taken:
  ...`, the insufficient-bands check's five reports). At 09:52 the operator sets the log level
  to INFO and restarts the daemon (each new worker's `CryptographyDeprecationWarning` from
  paramiko, two bare lines of stderr, and `Starting a daemon worker`); from then on the
  calculation jobs' transport tasks log (`scheduled request to upload|submit|update|retrieve
  CalcJob<%d>`, `uploading|submitting|updating|retrieving CalcJob<%d> successful`, the update
  once per five-minute poll of every queued or running job). The login node is unreachable
  10:41-10:54: `Error connecting to '%s' through SSH: [SshTransport] [Errno 110] Connection
  timed out, connect_args were: {...}` once per attempt to open the transport, every waiting
  task's `iteration %d of do_update excepted, retrying after %d seconds` with its traceback
  (20, 40, 80, 160 s), after the fifth `iteration 5 of do_update excepted`, `maximum attempts 5
  of calling do_update, exceeded` and `updating CalcJob<%d> failed`; the 38 paused processes are
  played at 11:12.

Label notes. Slurm's and the solvers' files carry no head: each line is the program's own, and
a write over several lines (GROMACS's GPU mapping and LINCS warning, LAMMPS's neighbour-list
report, histograms and neighbour statistics, OpenFOAM's banner statement, `Hosts` and RAS
dictionary, a fatal-error or MPI box framed by dashes, labelled at its first dashed line)
is one event with its first line's row. A name the call site passes literally is wording
(LAMMPS's timing rows `Pair`, `Neigh`, ...; GROMACS's `Time:` and `Performance:` columns); a
field, solver, host, path, ligand, pose, node, quote or step is a value; thermo's header is
built from the input's keywords (values) and its rows from one format. An error contributes
its own text (GROMACS's energy check after `Fatal error:`, LAMMPS's `Lost atoms`, AiiDA's exit
messages and SSH error). WRF's `d01 <model time> ` before a message, which its messages carry
only once the domain's clock exists (`Input data is acceptable to use: wrfinput_d01` has none,
`... wrfbdy_d01` has it), is context, as are AiiDA's time, pid, logger and level and
`Process.report`'s `[pk|Class|step]: `; the verb of AiiDA's transport tasks is written at each
call site (`f'scheduled request to upload CalcJob<{node.pk}>'`), so each verb is a statement.
AiiDA prints whole seconds: the Clock keeps one worker's lines a second apart.

Checked against copies of the sources or of real output: GROMACS's `starting mdrun` lines, the
LINCS warning and rotated-bond formats, `Received the %s signal, stopping within %d steps`,
`Step %s: Run time exceeded ...`, the GPU, thread and update lines and a 2025 stderr's whole
layout; LAMMPS's Finish report (Loop time, Performance, CPU use, timing rows, histograms,
neighbour statistics), the OpenMP line and read_data's lines; OpenFOAM v2xxx headers and a
simpleFoam log's iteration lines, `SIMPLE solution converged`, `End`, `Finalising parallel
run`; a WRF 4.3 rsl.error (start-up, timing, boundary and SUCCESS lines) and the CFL lines of
4.x; AiiDA's calcjob task messages, exponential_backoff_retry's, the halfverbose formatter,
`Starting a daemon worker`, BaseRestartWorkChain's and PwBaseWorkChain's reports and the SSH
error's wording (its proxy twin). Least sure (from memory): GROMACS's banner centring, the
fatal-error box's source line and the energy message's wrapping, the quotes; LAMMPS's
neighbour-list report lines of 2023 and `Reading %s file %s with DATE: %s`, the Slurm and srun
lines after MPI_Abort; OpenFOAM's `Build` string, the RAS dictionary dump, the bounding line's
layout and the crash's frames; WRF's `Quilting`, `Domain #` and tile lines in 4.5, whether
every task prints the timing lines, the taskid line's place in rsl.out, `MAX AT`'s columns;
AiiDA's logger names for the transport and node, the insufficient-bands value error's text and
the tracebacks' frames.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

SEC = 1_000_000


class Out:
    """One headless output file (a batch job's stdout and stderr, a solver's log) written in
    order: each call is one write of the program, its first line labelled, its later lines (and
    the blank lines a write starts or ends with) without a row."""

    def __init__(self, name: str) -> None:
        self.log = Log(name, T0)

    def ev(self, label: str, *lines: str) -> None:
        first, *rest = lines
        assert first.strip(), (label, lines)
        self.log.add(first, label)
        for x in rest:
            self.log.add(x, None)

    def raw(self, *lines: str) -> None:
        for x in lines:
            self.log.add(x, None)

    def n(self) -> int:
        return sum(1 for _, tid in self.log.lines if tid is not None)


def slurm_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}"


# ----------------------------------------------------------------------------------- gromacs

GMX_VER = "2023.3"
GMX_PREFIX = "/apps/gromacs/2023.3-cuda12.1"
# Quotes of GROMACS's cool-quotes list (as remembered; the text is a value either way)
GMX_QUOTES = [
    ("Making merry out of nothing, like in refugee camp", "Gogol Bordello"),
    ("I Was Told There Would Be No Math", "Chevy Chase"),
    ("The Universe is Somewhere In Here", "J.G.E.M. Fraaije"),
    ("Ramones For Ever", "P.J. Van Maaren"),
    ("Uh-oh", "Tinky Winky"),
    ("It's Against the Rules", "Pulp Fiction"),
    ("Nothing in biology makes sense except in the light of evolution", "Theodosius Dobzhansky"),
    ("I Have a Bad Case Of Purple Diarrhea", "Urban Dance Squad"),
    ("Let's Unzip And Let's Unfold", "Red Hot Chili Peppers"),
    ("Nada e organico, e tudo programado", "Pitty"),
    ("Jesus Built My Hotrod", "Ministry"),
    ("Your Country Needs YOU", "U.S. Army"),
    ("Ease Myself Into the Body Bag", "P.J. Harvey"),
    ("You Hear Footsteps Coming From Behind", "Colossal Cave"),
]

L_TITLE = "%s:-) GROMACS - %s, %s (-:"
L_EXE = "Executable:   %s"
L_DATA = "Data prefix:  %s"
L_WD = "Working dir:  %s"
L_CMD = "Command line:\\n  %s"
L_BACKUP = "Back Off! I just backed up %s to %s"
L_TPR = "Reading file %s, VERSION %s (%s precision)"
L_NSTLIST = "Changing nstlist from %d to %d, rlist from %g to %g"
L_GPUS = "%d GPU%s selected for this run.\\nMapping of GPU IDs to the %d GPU task%s in the %d rank%s on this node:\\n  %s"
L_PPNB = "PP tasks will do (non-perturbed) short-ranged interactions on the GPU"
L_UPD_GPU = "PP task will update and constrain coordinates on the GPU"
L_UPD_CPU = "PP task will update and constrain coordinates on the CPU"
L_PME = "PME tasks will do all aspects on the GPU"
L_MPITHR = "Using %d MPI thread%s"
L_OMP = "Using %d OpenMP thread%s "
L_OMP_TMPI = "Using %d OpenMP thread%s per tMPI thread"
L_START = "starting mdrun '%s'"
L_STEPS = "%s steps, %s ps."
L_STEPS_CONT = "%s steps, %s ps (continuing from step %s, %8.1f ps)."
L_LINCS = "Step %s, time %g (ps)  LINCS WARNING%s\\nrelative constraint deviation after LINCS:\\nrms %.6f, max %.6f (between atoms %d and %d)"
L_ROTATED = "bonds that rotated more than %g degrees:\\n atom 1 atom 2  angle  previous, current, constraint length"
L_ROT_ROW = " %6d %6d  %5.1f  %8.4f %8.4f    %8.4f"
L_EPOT = "Step %s: The total potential energy is %g, which is extremely high. The LJ and electrostatic contributions to the energy are %g and %g, respectively. A very high potential energy can be caused by overlapping interactions in bonded interactions or very large coordinate values. Usually this is caused by a badly- or non-equilibrated initial configuration, incorrect interactions or parameters in the topology."
L_TERM = "Received the %s signal, stopping within %d steps"
L_FINAL = "Writing final coordinates."
L_CORE_HDR = "%12s %12s %12s %10s"
L_TIME = "%12s %12.3f %12.3f %10.1f"
L_DIFFTIME = "%12s %12s%s"
L_PERF_HDR = "%12s %12s %12s"
L_PERF = "%12s %12.3f %12.3f"
L_QUOTE = 'GROMACS reminds you: "%s" (%s)'
L_TIMELIMIT = "slurmstepd: error: *** JOB %u ON %s CANCELLED AT %s DUE TO TIME LIMIT ***"


def gmx_difftime(s: float) -> str:
    """pr_difftime: `%dh%02d:%02d` past an hour, `%d:%02d` under it."""
    s = int(s)
    h, rem = divmod(s, 3600)
    m, sec_ = divmod(rem, 60)
    return f"{h}h{m:02d}:{sec_:02d}" if h else f"{m}:{sec_:02d}"


def gmx_header(o: Out, wd: str, cmd: str, backups: list[str]) -> None:
    o.ev(L_TITLE, f"{'':22}:-) GROMACS - gmx mdrun, {GMX_VER} (-:")
    o.raw("")
    o.ev(L_EXE, f"Executable:   {GMX_PREFIX}/bin/gmx")
    o.ev(L_DATA, f"Data prefix:  {GMX_PREFIX}")
    o.ev(L_WD, f"Working dir:  {wd}")
    o.ev(L_CMD, "Command line:", f"  {cmd}")
    o.raw("")
    for f in backups[:1]:
        o.raw("")
        o.ev(L_BACKUP, f"Back Off! I just backed up {f} to ./#{f}.1#")


def gmx_setup(
    o: Out,
    r: random.Random,
    deffnm: str,
    ngpu: int,
    gpu_update: bool,
    nthr: int,
    rlist: float,
    backups: list[str],
) -> None:
    o.ev(L_TPR, f"Reading file {deffnm}.tpr, VERSION {GMX_VER} (single precision)")
    rl = rlist
    o.ev(
        L_NSTLIST,
        f"Changing nstlist from 10 to 100, rlist from {rl:g} to {rl + r.choice([0.114, 0.116, 0.117, 0.119]):g}",
    )
    o.raw("")
    if ngpu == 1:
        o.ev(
            L_GPUS,
            "1 GPU selected for this run.",
            "Mapping of GPU IDs to the 2 GPU tasks in the 1 rank on this node:",
            "  PP:0,PME:0",
        )
    else:
        o.ev(
            L_GPUS,
            f"{ngpu} GPUs selected for this run.",
            f"Mapping of GPU IDs to the {ngpu} GPU tasks in the {ngpu} ranks on this node:",
            "  " + ",".join([f"PP:{i}" for i in range(ngpu - 1)] + [f"PME:{ngpu - 1}"]),
        )
    o.ev(L_PPNB, L_PPNB)
    o.ev(L_UPD_GPU if gpu_update else L_UPD_CPU, L_UPD_GPU if gpu_update else L_UPD_CPU)
    o.ev(L_PME, L_PME)
    if ngpu == 1:
        o.ev(L_MPITHR, "Using 1 MPI thread")
        o.ev(L_OMP, f"Using {nthr} OpenMP threads ")
    else:
        o.ev(L_MPITHR, f"Using {ngpu} MPI threads")
        o.ev(L_OMP_TMPI, f"Using {nthr} OpenMP threads per tMPI thread")
    o.raw("")
    for f in backups[1:]:
        o.raw("")
        o.ev(L_BACKUP, f"Back Off! I just backed up {f} to ./#{f}.1#")


def gmx_start(o: Out, title: str, nsteps: int, dt: float, init_step: int = 0) -> None:
    o.ev(L_START, f"starting mdrun '{title}'")
    total = init_step + nsteps
    if init_step:
        o.ev(
            L_STEPS_CONT,
            f"{total} steps, {total * dt:8.1f} ps (continuing from step {init_step}, {init_step * dt:8.1f} ps).",
        )
    else:
        o.ev(L_STEPS, f"{total} steps, {total * dt:8.1f} ps.")
    o.raw("")


def gmx_end(o: Out, r: random.Random, wall: float, nthreads: int, ns_day: float) -> None:
    o.raw("")
    o.ev(L_FINAL, L_FINAL)
    o.raw("")
    core = wall * nthreads * r.uniform(0.985, 1.0)
    o.ev(L_CORE_HDR, f"{'':12} {'Core t (s)':>12} {'Wall t (s)':>12} {'(%)':>10}")
    o.ev(L_TIME, f"{'Time:':>12} {core:12.3f} {wall:12.3f} {100 * core / wall:10.1f}")
    o.ev(L_DIFFTIME, f"{'':12} {'':12}{gmx_difftime(wall)}")
    o.ev(L_PERF_HDR, f"{'':12} {'(ns/day)':>12} {'(hour/ns)':>12}")
    o.ev(L_PERF, f"{'Performance:':>12} {ns_day:12.3f} {24 / ns_day:12.3f}")
    o.raw("")


def gmx_quote(o: Out, r: random.Random) -> None:
    q, who = r.choice(GMX_QUOTES)
    o.ev(L_QUOTE, f'GROMACS reminds you: "{q}" ({who})')
    o.raw("", "")


def gmx_fatal(o: Out, src: str, line: int, msg: list[str], label: str) -> None:
    o.raw("")
    o.ev(
        label,
        "-------------------------------------------------------",
        f"Program:     gmx mdrun, version {GMX_VER}",
        f"Source file: {src} (line {line})",
        "",
        "Fatal error:",
        *msg,
        "",
        "For more information and tips for troubleshooting, please check the GROMACS",
        "website at https://manual.gromacs.org/current/user-guide/run-time-errors.html",
        "-------------------------------------------------------",
    )


def wrap(text: str, width: int = 78) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def gmx_blowup(o: Out, r: random.Random, lig: tuple[int, int], dt: float) -> int:
    """LINCS warnings around a badly placed ligand, then the energy check's fatal error; returns
    the step it stopped at."""
    step = r.randint(40, 2600)
    nwarn = r.choice([2, 3, 4, 5, 6, 8, 11, 14])
    rms = r.uniform(0.0005, 0.004)
    for k in range(nwarn):
        a = r.randint(lig[0], lig[1] - 1)
        mx = min(0.9, rms * r.uniform(8, 60))
        o.raw("")
        o.ev(
            L_LINCS,
            f"Step {step}, time {step * dt:g} (ps)  LINCS WARNING",
            "relative constraint deviation after LINCS:",
            f"rms {rms:.6f}, max {mx:.6f} (between atoms {a} and {a + 1})",
        )
        if r.random() < 0.85:
            o.ev(
                L_ROTATED,
                "bonds that rotated more than 30 degrees:",
                " atom 1 atom 2  angle  previous, current, constraint length",
            )
            for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
                b = r.randint(lig[0], lig[1] - 1)
                c0 = r.choice([0.1010, 0.1090, 0.1229, 0.1335, 0.1526, 0.0997])
                o.ev(
                    L_ROT_ROW,
                    f" {b:6d} {b + 1:6d}  {r.uniform(30.1, 90):5.1f}  {c0 * r.uniform(0.97, 1.2):8.4f} {c0 * r.uniform(1.1, 2.6):8.4f}    {c0:8.4f}",
                )
        step += r.randint(1, 40) if k < nwarn - 1 else 0
        rms *= r.uniform(1.5, 6)
    e = 10 ** r.uniform(9, 14) * r.uniform(1, 9)
    lj = e * r.uniform(1.0, 1.00002)
    coul = -r.uniform(3.1e5, 8.9e5)
    msg = f"Step {step}: The total potential energy is {e:g}, which is extremely high. The LJ and electrostatic contributions to the energy are {lj:g} and {coul:g}, respectively. A very high potential energy can be caused by overlapping interactions in bonded interactions or very large coordinate values. Usually this is caused by a badly- or non-equilibrated initial configuration, incorrect interactions or parameters in the topology."
    gmx_fatal(o, "src/gromacs/mdlib/sim_util.cpp", 744, wrap(msg), L_EPOT)
    return step


def gromacs(r: random.Random) -> list[Log]:
    """Four GPU batch jobs' outputs, 06:00 to 12:00 (see the module docstring)."""
    outs: list[Out] = []

    # a membrane protein's production, continuing from its checkpoint, stopped by Slurm's TERM
    o = Out("slurm-4471188.out")
    outs.append(o)
    gmx_header(
        o,
        "/scratch/alopez/gpcr-popc/prod",
        "gmx mdrun -deffnm prod -cpi prod.cpt -ntmpi 4 -ntomp 8 -npme 1 -nb gpu -pme gpu -update gpu",
        [],
    )
    gmx_setup(o, r, "prod", 4, True, 8, 1.2, [])
    gmx_start(o, "GPCR in POPC", 250_000_000, 0.002, 112_450_000)
    o.raw("")
    o.ev(L_TERM, "Received the TERM signal, stopping within 100 steps")
    o.raw("")
    gmx_end(o, r, 21_288.4, 32, 246.3)
    gmx_quote(o, r)

    # free-energy windows: two ligands' complex legs and one's solvent leg, 21 windows each
    def fep(
        name: str,
        lig: str,
        leg: str,
        title: str,
        ns_day: tuple[float, float],
        bad: set[int],
        stop_at: int | None,
    ) -> None:
        o = Out(name)
        outs.append(o)
        for w in range(21):
            wd = f"/scratch/mkowalski/fep/{lig}/{leg}/lambda_{w:02d}"
            gmx_header(
                o,
                wd,
                "gmx mdrun -deffnm prod -ntmpi 1 -ntomp 8 -nb gpu -pme gpu -update cpu",
                [],
            )
            gmx_setup(o, r, "prod", 1, False, 8, 1.2, [])
            gmx_start(o, title, 500_000, 0.002)
            if w == stop_at:  # the job's time limit, in the middle of the window's run
                o.ev(
                    L_TIMELIMIT,
                    f"slurmstepd: error: *** JOB {name[6:13]} ON gpu0{r.randint(10, 24)} CANCELLED AT {slurm_ts(at(11, 59, 58))} DUE TO TIME LIMIT ***",
                )
                return
            if w in bad:
                gmx_blowup(o, r, (4868, 4903) if leg == "complex" else (1, 36), 0.002)
                continue
            nd = r.uniform(*ns_day)
            gmx_end(o, r, 1.0 / nd * 86400, 8, nd)
            gmx_quote(o, r)

    fep("slurm-4471201.out", "lig07", "complex", "Protein in water", (171.0, 188.0), {20}, None)
    fep("slurm-4471202.out", "lig07", "water", "LIG07 in water", (1080.0, 1190.0), set(), None)
    fep("slurm-4471215.out", "lig12", "complex", "Protein in water", (168.0, 186.0), {0}, 19)

    # re-scoring docked poses: 200 ps of each complex, one after the other, in one job
    o = Out("slurm-4471230.out")
    outs.append(o)
    ligs = [f"Z{r.randint(10**8, 10**9 - 1)}" for _ in range(48)]
    rerun = {ligs[i] for i in (3, 9, 17, 30)}
    bad_poses = {ligs[i] for i in (2, 5, 11, 12, 19, 23, 27, 33, 38, 41, 44)}
    done = 0
    for lig in ligs:
        backups = ["md.log", "md.xtc", "md.edr"] if lig in rerun else []
        gmx_header(
            o,
            f"/scratch/tnguyen/rescore/poses/{lig}",
            "gmx mdrun -deffnm md -ntmpi 1 -ntomp 8 -nb gpu -pme gpu -update cpu",
            backups,
        )
        gmx_setup(o, r, "md", 1, False, 8, 1.0, backups)
        gmx_start(o, "Complex in water", 100_000, 0.002)
        if lig in bad_poses:
            gmx_blowup(o, r, (5208, 5251), 0.002)
            continue
        done += 1
        if done == 37:
            o.ev(
                L_TIMELIMIT,
                f"slurmstepd: error: *** JOB 4471230 ON gpu017 CANCELLED AT {slurm_ts(at(11, 30, 4))} DUE TO TIME LIMIT ***",
            )
            break
        nd = r.uniform(205, 232)
        gmx_end(o, r, 0.2 / nd * 86400, 8, nd)
        gmx_quote(o, r)
    return [x.log for x in outs]


# ------------------------------------------------------------------------------------ lammps

LMP_VER = "2 Aug 2023 - Update 3"
LM_BOX = "  orthogonal box = (%.8g %.8g %.8g) to (%.8g %.8g %.8g)"
LM_THERMO_HDR = "%10s %14s %14s %14s %14s %14s %14s"
LM_THERMO_ROW = "%10d %-14.8g %-14.8g %-14.8g %-14.8g %-14.8g %-14.8g"
LM_NEIGH = "Neighbor list info ...\\n  update: every = %d steps, delay = %d steps, check = %s\\n  max neighbors/atom: %d, page size: %d\\n  master list distance cutoff = %.8g\\n  ghost atom cutoff = %.8g\\n  binsize = %.8g, bins = %d %d %d\\n  %d neighbor lists, perpetual/occasional/extra = %d %d %d\\n  (1) pair %s, perpetual\\n      attributes: half, newton on\\n      pair build: half/bin/atomonly/newton\\n      stencil: half/bin/3d\\n      bin: standard"
LM_UNITS = "  Unit style    : %s\\n  Current step  : %d\\n  Time step     : %g"
LM_TIMING_HDR = "MPI task timing breakdown:\\nSection |  min time  |  avg time  |  max time  |%varavg| %total\\n---------------------------------------------------------------"
LM_SECTION = "%-8s| %-10.5g | %-10.5g | %-10.5g |%6.1f |%6.2f"
LM_HISTO = "Nlocal:    %11.6g ave %11.6g max %11.6g min\\nHistogram:%s\\nNghost:    %11.6g ave %11.6g max %11.6g min\\nHistogram:%s\\nNeighs:    %11.6g ave %11.6g max %11.6g min\\nHistogram:%s"
LM_NEIGHBORS = "Total # of neighbors = %.8g\\nAve neighs/atom = %.8g\\nNeighbor list builds = %d\\nDangerous builds = %d"
LM_ABORT = "MPI_ABORT was invoked on rank %d in communicator %s\\nwith errorcode %d.\\n\\nNOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.\\nYou may or may not see output from other processes, depending on\\nexactly when Open MPI kills them."
LM_STEP_CANCEL = "slurmstepd: error: *** STEP %u.%u ON %s CANCELLED AT %s ***"
LM_SRUN_ABORTED = "srun: Job step aborted: Waiting up to %d seconds for job step to finish."
LM_SRUN_EXIT = "srun: error: %s: task %s: Exited with exit code %d"
LM_SRUN_KILLED = "srun: error: %s: tasks %s: Killed"


def g8(x: float) -> str:
    """fmt's `{:.8g}` (Python's `g` is the same here)."""
    return f"{x:.8g}"


def histo(r: random.Random, n: int) -> str:
    """Ten bins summing to n, peaked in the middle."""
    w = [r.uniform(0.2, 1.0) * (1 + 4 * (1 - abs(i - 4.5) / 4.5)) for i in range(10)]
    s = sum(w)
    c = [int(n * x / s) for x in w]
    c[4] += n - sum(c)
    return "".join(f" {v}" for v in c)


class LmpRun:
    """One `run` of a LAMMPS input: its state carried from run to run."""

    def __init__(
        self, natoms: int, nprocs: int, grid: tuple[int, int, int], pair: str, cutoff: float
    ) -> None:
        self.natoms = natoms
        self.nprocs = nprocs
        self.grid = grid
        self.pair = pair
        self.cutoff = cutoff
        self.step = 0
        self.first = True


def lmp_start(
    o: Out, r: random.Random, run: LmpRun, box: float, potfile: str, potdate: str
) -> None:
    o.ev("LAMMPS (%s)", f"LAMMPS ({LMP_VER})")
    o.ev("  using %d OpenMP thread(s) per MPI task", "  using 1 OpenMP thread(s) per MPI task")
    o.ev("Reading data file ...", "Reading data file ...")
    o.ev(LM_BOX, f"  orthogonal box = (0 0 0) to ({g8(box)} {g8(box)} {g8(box * 1.0)})")
    gx, gy, gz = run.grid
    o.ev("  %d by %d by %d MPI processor grid", f"  {gx} by {gy} by {gz} MPI processor grid")
    o.ev("  reading atoms ...", "  reading atoms ...")
    o.ev("  %d atoms", f"  {run.natoms} atoms")
    o.ev("  read_data CPU = %.3f seconds", f"  read_data CPU = {r.uniform(0.02, 0.4):.3f} seconds")
    o.ev(
        "Reading %s file %s with DATE: %s",
        f"Reading {run.pair} potential file {potfile} with DATE: {potdate}",
    )


def lmp_run(
    o: Out,
    r: random.Random,
    run: LmpRun,
    nsteps: int,
    every: int,
    dt: float,
    temp: tuple[float, float],
    pe0: float,
    vol0: float,
    press: tuple[float, float],
    stop: str = "",
    stop_frac: float = 1.0,
) -> float:
    """One run command: set-up lines, thermo rows, and the summary unless `stop` cuts it;
    returns the loop's wall time."""
    if run.first:
        bs = run.cutoff / 2
        nb = max(2, round((vol0 ** (1 / 3)) / bs))
        o.ev(
            LM_NEIGH,
            "Neighbor list info ...",
            "  update: every = 1 steps, delay = 0 steps, check = yes",
            "  max neighbors/atom: 2000, page size: 100000",
            f"  master list distance cutoff = {g8(run.cutoff)}",
            f"  ghost atom cutoff = {g8(run.cutoff)}",
            f"  binsize = {g8(bs)}, bins = {nb} {nb} {nb}",
            "  1 neighbor lists, perpetual/occasional/extra = 1 0 0",
            f"  (1) pair {run.pair}, perpetual",
            "      attributes: half, newton on",
            "      pair build: half/bin/atomonly/newton",
            "      stencil: half/bin/3d",
            "      bin: standard",
        )
    o.ev("Setting up Verlet run ...", "Setting up Verlet run ...")
    o.ev(
        LM_UNITS,
        "  Unit style    : metal",
        f"  Current step  : {run.step}",
        f"  Time step     : {dt:g}",
    )
    mem = (
        r.choice([3.122, 3.127, 4.418, 4.423, 5.871])
        if run.natoms < 50_000
        else r.choice([7.311, 7.316, 8.903])
    )
    o.ev(
        "Per MPI rank memory allocation (min/avg/max) = %.4g | %.4g | %.4g Mbytes",
        f"Per MPI rank memory allocation (min/avg/max) = {mem:.4g} | {mem + r.choice([0, 0.003, 0.012]):.4g} | {mem + r.choice([0.005, 0.02, 0.04]):.4g} Mbytes",
    )
    cols = ["Step", "Temp", "PotEng", "KinEng", "TotEng", "Press", "Volume"]
    o.ev(LM_THERMO_HDR, f"{cols[0]:^10} " + " ".join(f"{c:^14}" for c in cols[1:]) + " ")
    nrows = nsteps // every + 1
    last = int(nrows * stop_frac) if stop else nrows
    kb = 8.617333e-5 * 1.5 * run.natoms
    pe = pe0
    vol = vol0
    for i in range(last):
        f = i / max(1, nrows - 1)
        tt = temp[0] + (temp[1] - temp[0]) * f
        t = tt * r.uniform(0.985, 1.015) if i else temp[0]
        ke = kb * t
        pe += (temp[1] - temp[0]) * kb / max(1, nrows) * 2.1 + r.uniform(-0.0004, 0.0004) * abs(pe0)
        p = (press[0] + (press[1] - press[0]) * f) + r.uniform(-350, 350)
        vol = vol * (1 + r.uniform(-0.0004, 0.0004) + (temp[1] - temp[0]) * 1e-8)
        if stop == "lost" and i > last - 6:
            t *= 1 + (i - last + 7) * 0.9
            ke = kb * t
            p += (i - last + 7) * 8e3
        vals = [t, pe, ke, pe + ke, p, vol]
        o.ev(
            LM_THERMO_ROW,
            f"{run.step + i * every:10d}   " + " ".join(f"{v:<14.8g}" for v in vals) + " ",
        )
    if stop:
        run.step += (last - 1) * every
        return 0.0
    run.step += nsteps
    run.first = False
    steps_s = r.uniform(380, 520) * (10_000 / run.natoms) ** 0.85 * run.nprocs / 64
    wall = nsteps / steps_s
    o.ev(
        "Loop time of %.6g on %d procs for %d steps with %d atoms",
        f"Loop time of {wall:.6g} on {run.nprocs} procs for {nsteps} steps with {run.natoms} atoms",
    )
    o.raw("")
    ns_day = 86400 * steps_s * dt / 1000
    o.ev(
        "Performance: %.3f ns/day, %.3f hours/ns, %.3f timesteps/s, %.3f %satom-step/s",
        f"Performance: {ns_day:.3f} ns/day, {24 / ns_day:.3f} hours/ns, {steps_s:.3f} timesteps/s, {steps_s * run.natoms / 1e6:.3f} Matom-step/s",
    )
    o.ev(
        "%.1f%% CPU use with %d MPI tasks x %d OpenMP threads",
        f"{r.uniform(98.9, 99.9):.1f}% CPU use with {run.nprocs} MPI tasks x 1 OpenMP threads",
    )
    o.raw("")
    o.ev(
        LM_TIMING_HDR,
        "MPI task timing breakdown:",
        "Section |  min time  |  avg time  |  max time  |%varavg| %total",
        "---------------------------------------------------------------",
    )
    shares = {
        "Pair": r.uniform(0.52, 0.66),
        "Neigh": r.uniform(0.01, 0.03),
        "Comm": r.uniform(0.12, 0.24),
        "Output": r.uniform(0.0001, 0.002),
        "Modify": r.uniform(0.07, 0.14),
    }
    for name, sh in shares.items():
        avg = wall * sh
        lo, hi = avg * r.uniform(0.9, 0.99), avg * r.uniform(1.01, 1.12)
        o.ev(
            f"{name:<8}| %-10.5g | %-10.5g | %-10.5g |%6.1f |%6.2f",
            f"{name:<8}| {lo:<10.5g} | {avg:<10.5g} | {hi:<10.5g} |{r.uniform(0, 25):6.1f} |{100 * sh:6.2f}",
        )
    other = wall * max(0.01, 1 - sum(shares.values()))
    o.ev(
        "Other   |            | %-10.4g |            |       |%6.2f",
        f"Other   |            | {other:<10.4g} |            |       |{100 * other / wall:6.2f}",
    )
    o.raw("")
    per = run.natoms / run.nprocs
    ng = per * r.uniform(9.5, 12.5)
    nn = per * r.uniform(27, 33)
    o.ev(
        LM_HISTO,
        f"Nlocal:    {per:11.6g} ave {int(per * 1.08):11.6g} max {int(per * 0.93):11.6g} min",
        "Histogram:" + histo(r, run.nprocs),
        f"Nghost:    {ng:11.6g} ave {int(ng * 1.03):11.6g} max {int(ng * 0.97):11.6g} min",
        "Histogram:" + histo(r, run.nprocs),
        f"Neighs:    {nn:11.6g} ave {int(nn * 1.1):11.6g} max {int(nn * 0.9):11.6g} min",
        "Histogram:" + histo(r, run.nprocs),
    )
    o.raw("")
    tot = int(nn * run.nprocs)
    o.ev(
        LM_NEIGHBORS,
        f"Total # of neighbors = {tot:.8g}",
        f"Ave neighs/atom = {tot / run.natoms:.8g}",
        f"Neighbor list builds = {int(nsteps / r.uniform(9, 22))}",
        "Dangerous builds = 0",
    )
    o.raw("")
    return wall


def lmp_walltime(o: Out, s: float) -> None:
    s = int(s)
    o.ev(
        "Total wall time: %d:%02d:%02d",
        f"Total wall time: {s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}",
    )


def lammps(r: random.Random) -> list[Log]:
    """Five CPU batch jobs' outputs (srun lmp -in ...), 06:00 to 12:00 (see the module docstring)."""
    outs: list[Out] = []

    # Cu-Zr metallic glasses: melt, quench, anneal
    for name, n, box in [
        ("slurm-4471302.out", 32000, 86.374),
        ("slurm-4471303.out", 32000, 87.102),
    ]:
        o = Out(name)
        outs.append(o)
        run = LmpRun(n, 128, (4, 4, 8), "eam/fs", 9.0)
        lmp_start(o, r, run, box, "Cu-Zr_4.eam.fs", "2007-06-11")
        vol = box**3
        pe = -5.81 * n
        w = lmp_run(o, r, run, 50_000, 1000, 0.002, (2000.0, 2000.0), pe, vol * 1.04, (1500, 200))
        w += lmp_run(
            o, r, run, 350_000, 1000, 0.002, (2000.0, 300.0), pe - 0.05 * n, vol * 1.04, (200, 150)
        )
        w += lmp_run(o, r, run, 100_000, 1000, 0.002, (300.0, 300.0), pe - 0.42 * n, vol, (120, 90))
        lmp_walltime(o, w + r.uniform(4, 12))

    # Al nanowire tensile tests at two strain rates; the fast one loses atoms at fracture
    for name, fail in [("slurm-4471310.out", False), ("slurm-4471311.out", True)]:
        o = Out(name)
        outs.append(o)
        run = LmpRun(86400, 64, (2, 2, 16), "eam/alloy", 7.50679)
        lmp_start(o, r, run, 160.2, "Al99.eam.alloy", "2007-06-11")
        vol = 160.2**3
        pe = -3.36 * 86400
        w = lmp_run(o, r, run, 20_000, 1000, 0.001, (300.0, 300.0), pe, vol, (0, 0))
        if fail:
            lmp_run(
                o,
                r,
                run,
                250_000,
                1000,
                0.001,
                (300.0, 330.0),
                pe + 400,
                vol,
                (0, 24000),
                stop="lost",
                stop_frac=0.56,
            )
            o.ev(
                "ERROR: Lost atoms: original %d current %d (%s:%d)\\nLast command: %s",
                f"ERROR: Lost atoms: original 86400 current {86400 - r.randint(2, 9)} (src/thermo.cpp:488)",
                "Last command: run 250000",
            )
            o.ev(
                LM_ABORT,
                "--------------------------------------------------------------------------",
                "MPI_ABORT was invoked on rank 0 in communicator MPI_COMM_WORLD",
                "with errorcode 1.",
                "",
                "NOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.",
                "You may or may not see output from other processes, depending on",
                "exactly when Open MPI kills them.",
                "--------------------------------------------------------------------------",
            )
            t = at(9, 14, 27)
            o.ev(
                LM_STEP_CANCEL,
                f"slurmstepd: error: *** STEP 4471311.0 ON cn041 CANCELLED AT {slurm_ts(t)} ***",
            )
            o.ev(
                LM_SRUN_ABORTED,
                "srun: Job step aborted: Waiting up to 32 seconds for job step to finish.",
            )
            o.ev(LM_SRUN_EXIT, "srun: error: cn041: task 0: Exited with exit code 1")
            o.ev(LM_SRUN_KILLED, "srun: error: cn041: tasks 1-31: Killed")
            o.ev(LM_SRUN_KILLED, "srun: error: cn042: tasks 32-63: Killed")
        else:
            w += lmp_run(o, r, run, 250_000, 1000, 0.001, (300.0, 312.0), pe + 400, vol, (0, 21000))
            lmp_walltime(o, w + r.uniform(3, 9))

    # a shock in a Cu single crystal, killed by the time limit
    o = Out("slurm-4471325.out")
    outs.append(o)
    run = LmpRun(256000, 256, (4, 4, 16), "eam/alloy", 7.50679)
    lmp_start(o, r, run, 144.6, "Cu_mishin1.eam.alloy", "2007-06-11")
    vol = 144.6**3
    lmp_run(o, r, run, 40_000, 200, 0.001, (300.0, 300.0), -3.54 * 256000, vol, (0, 0))
    lmp_run(
        o,
        r,
        run,
        200_000,
        500,
        0.0005,
        (300.0, 900.0),
        -3.54 * 256000 + 900,
        vol,
        (0, 180000),
        stop="time",
        stop_frac=0.6,
    )
    o.ev(
        L_TIMELIMIT,
        f"slurmstepd: error: *** JOB 4471325 ON cn057 CANCELLED AT {slurm_ts(at(11, 40, 2))} DUE TO TIME LIMIT ***",
    )
    return [x.log for x in outs]


# ---------------------------------------------------------------------------------- openfoam

OF_BANNER = [
    "/*---------------------------------------------------------------------------*\\",
    "| =========                 |                                                 |",
    "| \\\\      /  F ield         | OpenFOAM: The Open Source CFD Toolbox           |",
    "|  \\\\    /   O peration     | Version:  v2312                                 |",
    "|   \\\\  /    A nd           | Website:  www.openfoam.com                      |",
    "|    \\\\/     M anipulation  |                                                 |",
    "\\*---------------------------------------------------------------------------*/",
]
OF_HEAD = "Build  : %s\\nArch   : %s\\nExec   : %s\\nDate   : %s\\nTime   : %s\\nHost   : %s\\nPID    : %d"
OF_DIVIDER = "// * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * //"
OF_SOLVE = "%s:  Solving for %s, Initial residual = %g, Final residual = %g, No Iterations %d"
OF_CONT = "time step continuity errors : sum local = %g, global = %g, cumulative = %g"
OF_BOUND = "bounding %s, min: %g max: %g average: %g"
OF_EXEC = "ExecutionTime = %g s  ClockTime = %d s"
OF_STACK = "[%d] #0  Foam::error::printStack(Foam::Ostream&) at ??:?"
OF_SIGNAL = "[%s:%d] *** Process received signal ***"
OF_PRIMARY = "Primary job  terminated normally, but %d process returned\\na non-zero exit code. Per user-direction, the job has been aborted."
OF_NOTICED = "mpirun noticed that process rank %d with PID %d on node %s exited on signal %d (%s)."
OF_RAS = [
    "RAS",
    "{",
    "    RASModel        kOmegaSST;",
    "    turbulence      on;",
    "    printCoeffs     on;",
    "    alphaK1         0.85;",
    "    alphaK2         1;",
    "    alphaOmega1     0.5;",
    "    alphaOmega2     0.856;",
    "    gamma1          0.555556;",
    "    gamma2          0.44;",
    "    beta1           0.075;",
    "    beta2           0.0828;",
    "    betaStar        0.09;",
    "    a1              0.31;",
    "    b1              1;",
    "    c1              10;",
    "    F3              false;",
    "    decayControl    false;",
    "    kInf            0;",
    "    omegaInf        0;",
    "}",
]


def cg(x: float) -> str:
    """An OpenFOAM Info stream's double (precision 6, as %g)."""
    return f"{x:.6g}"


def of_header(
    o: Out, r: random.Random, case: str, hosts: list[str], nprocs: int, when: datetime, pid: int
) -> None:
    o.ev(
        OF_BANNER[0],
        *OF_BANNER,
        "Build  : _fbf00d6b-20240528 OPENFOAM=2312 patch=240220 version=v2312",
        'Arch   : "LSB;label=32;scalar=64"',
        "Exec   : simpleFoam -parallel",
        f"Date   : {when:%b %d %Y}",
        f"Time   : {when:%H:%M:%S}",
        f"Host   : {hosts[0]}",
        f"PID    : {pid}",
    )
    o.ev("I/O    : %s", "I/O    : uncollated")
    o.ev("Case   : %s\\nnProcs : %d", f"Case   : {case}", f"nProcs : {nprocs}")
    per = nprocs // len(hosts)
    o.ev("Hosts  :\\n(\\n%s\\n)", "Hosts  :", "(", *[f"    ({h} {per})" for h in hosts], ")")
    o.ev(
        "Pstream initialized with:\\n    floatTransfer      : %d\\n    nProcsSimpleSum    : %d\\n    commsType          : %s\\n    polling iterations : %d",
        "Pstream initialized with:",
        "    floatTransfer      : 0",
        "    nProcsSimpleSum    : 0",
        "    commsType          : nonBlocking",
        "    polling iterations : 0",
    )
    o.ev(
        "trapFpe: Floating point exception trapping enabled (FOAM_SIGFPE).",
        "trapFpe: Floating point exception trapping enabled (FOAM_SIGFPE).",
    )
    o.ev(
        "fileModificationChecking : Monitoring run-time modified files using %s (fileModificationSkew %d, maxFileModificationPolls %d)",
        "fileModificationChecking : Monitoring run-time modified files using timeStampMaster (fileModificationSkew 5, maxFileModificationPolls 20)",
    )
    o.ev(
        "allowSystemOperations : Allowing user-supplied system call operations",
        "allowSystemOperations : Allowing user-supplied system call operations",
    )
    o.raw("")
    o.ev(OF_DIVIDER, OF_DIVIDER)
    o.ev("Create time", "Create time")
    o.raw("")
    o.ev("Create mesh for time = %s", "Create mesh for time = 0")
    o.raw("", "")
    o.ev(
        "SIMPLE: convergence criteria\\n    field %s\\t tolerance %g",
        "SIMPLE: convergence criteria",
        "    field p\t tolerance 0.01",
        "    field U\t tolerance 0.003",
        '    field "(k|omega)"\t tolerance 0.003',
    )
    o.raw("")
    for f in ("p", "U"):
        o.ev("Reading field %s", f"Reading field {f}")
        o.raw("")
    o.ev("Reading/calculating face flux field phi", "Reading/calculating face flux field phi")
    o.raw("")
    o.ev(
        "Selecting incompressible transport model %s",
        "Selecting incompressible transport model Newtonian",
    )
    o.ev("Selecting turbulence model type %s", "Selecting turbulence model type RAS")
    o.ev("Selecting RAS turbulence model %s", "Selecting RAS turbulence model kOmegaSST")
    o.ev("%s\\n{\\n    RASModel        %s;\\n ...\\n}", *OF_RAS)
    o.raw("")
    o.ev("No MRF models present", "No MRF models present")
    o.raw("")
    o.ev("No finite volume options present", "No finite volume options present")
    o.ev("Starting time loop", "Starting time loop")
    o.raw("")


def openfoam(r: random.Random) -> list[Log]:
    """Two simpleFoam runs of a car's external aerodynamics (see the module docstring)."""
    outs: list[Out] = []

    def solve(
        o: Out, solver: str, field: str, init: float, tol_frac: float, iters: tuple[int, int]
    ) -> None:
        fin = init * tol_frac * r.uniform(0.6, 1.0)
        o.ev(
            OF_SOLVE,
            f"{solver}:  Solving for {field}, Initial residual = {cg(init)}, Final residual = {cg(fin)}, No Iterations {r.randint(*iters)}",
        )

    def run_case(
        name: str,
        case: str,
        hosts: list[str],
        start: datetime,
        n_iter: int,
        diverge_at: int | None,
        sec_per_it: float,
    ) -> None:
        o = Out(name)
        outs.append(o)
        of_header(o, r, case, hosts, 64, start, r.randint(100_000, 400_000))
        cum = 0.0
        et = 0.0
        omega_max = 2.2e5
        for it in range(1, n_iter + 1):
            o.ev("Time = %s", f"Time = {it}")
            o.raw("")
            bad = 0.0 if diverge_at is None else max(0.0, (it - (diverge_at - 30)) / 30)
            dec = max(0.0012, 0.35 * 0.965**it) * (1 + 12 * bad**2)
            for f, k in (("Ux", 1.0), ("Uy", 1.6), ("Uz", 1.4)):
                solve(
                    o,
                    "smoothSolver",
                    f,
                    min(1.0, k * dec * r.uniform(0.7, 1.3)) if it > 1 else 1.0,
                    0.08,
                    (1, 3),
                )
            if diverge_at is not None and it == diverge_at:
                rank, host = 37, hosts[1]
                pid = r.randint(100_000, 400_000)
                frames = [
                    "Foam::error::printStack(Foam::Ostream&) at ??:?",
                    "Foam::sigFpe::sigHandler(int) at ??:?",
                    "? in /lib64/libpthread.so.0",
                    "Foam::GAMGSolver::scale(Foam::Field<double>&, Foam::Field<double>&, Foam::lduMatrix const&, Foam::FieldField<Foam::Field, double> const&, Foam::UPtrList<Foam::lduInterfaceField const> const&, Foam::Field<double> const&, unsigned char) const at ??:?",
                    "Foam::GAMGSolver::Vcycle(Foam::PtrList<Foam::lduMatrix::smoother> const&, Foam::Field<double>&, Foam::Field<double> const&, Foam::Field<double>&, Foam::Field<double>&, Foam::Field<double>&, Foam::Field<double>&, Foam::Field<double>&, Foam::PtrList<Foam::Field<double> >&, Foam::PtrList<Foam::Field<double> >&, unsigned char) const at ??:?",
                    "Foam::GAMGSolver::solve(Foam::Field<double>&, Foam::Field<double> const&, unsigned char) const at ??:?",
                    "Foam::fvMatrix<double>::solveSegregated(Foam::dictionary const&) at ??:?",
                    "Foam::fvMatrix<double>::solveSegregatedOrCoupled(Foam::dictionary const&) at ??:?",
                    "Foam::fvMesh::solve(Foam::fvMatrix<double>&, Foam::dictionary const&) const at ??:?",
                    "? in /opt/OpenFOAM/OpenFOAM-v2312/platforms/linux64GccDPInt32Opt/bin/simpleFoam",
                    "__libc_start_main in /lib64/libc.so.6",
                    "? in /opt/OpenFOAM/OpenFOAM-v2312/platforms/linux64GccDPInt32Opt/bin/simpleFoam",
                ]
                o.ev(OF_STACK, *[f"[{rank}] #{i}  {fr}" for i, fr in enumerate(frames)])
                tag = f"[{host}:{pid}]"
                base = 0x2B0000000000 + r.randint(0, 0xFFFFFFFF)
                o.ev(
                    OF_SIGNAL,
                    f"{tag} *** Process received signal ***",
                    f"{tag} Signal: Floating point exception (8)",
                    f"{tag} Signal code:  (-6)",
                    f"{tag} Failing at address: 0x{r.randint(0x3E800000000, 0x3E8FFFFFFFF):x}",
                    f"{tag} [ 0] /lib64/libpthread.so.0(+0xf630)[0x{base:x}]",
                    f"{tag} [ 1] /lib64/libpthread.so.0(raise+0x2b)[0x{base + 0xE4FB:x}]",
                    f"{tag} [ 2] /opt/OpenFOAM/OpenFOAM-v2312/platforms/linux64GccDPInt32Opt/lib/libOpenFOAM.so(_ZN4Foam6sigFpe10sigHandlerEi+0x4f)[0x{base + 0x1A31F2F:x}]",
                    f"{tag} [ 3] /lib64/libc.so.6(+0x36400)[0x{base + 0x40E400:x}]",
                    f"{tag} *** End of error message ***",
                )
                o.ev(
                    OF_PRIMARY,
                    "--------------------------------------------------------------------------",
                    "Primary job  terminated normally, but 1 process returned",
                    "a non-zero exit code. Per user-direction, the job has been aborted.",
                    "--------------------------------------------------------------------------",
                )
                o.ev(
                    OF_NOTICED,
                    "--------------------------------------------------------------------------",
                    f"mpirun noticed that process rank {rank} with PID {pid} on node {host} exited on signal 8 (Floating point exception).",
                    "--------------------------------------------------------------------------",
                )
                return
            p_init = min(1.0, 3 * dec * r.uniform(0.6, 1.4)) if it > 1 else 1.0
            p_iters = (12, 60) if bad < 0.7 else (300, 1000)
            if diverge_at is not None and it >= diverge_at - 2:
                p_iters = (1000, 1000)
            solve(o, "GAMG", "p", p_init, 0.05, p_iters)
            local = 1e-5 * dec * r.uniform(0.5, 2) * (1 + 1e4 * bad**3)
            glob = local * r.uniform(-0.08, 0.08)
            cum += glob
            o.ev(
                OF_CONT,
                f"time step continuity errors : sum local = {cg(local)}, global = {cg(glob)}, cumulative = {cg(cum)}",
            )
            solve(
                o,
                "smoothSolver",
                "omega",
                min(1.0, 0.04 * dec * r.uniform(0.6, 1.4) * (1 + 20 * bad)),
                0.06,
                (2, 4),
            )
            if it <= 14 or bad > 0.2:
                omega_max *= r.uniform(0.9, 1.05) if bad == 0 else r.uniform(1.2, 3.5)
                o.ev(
                    OF_BOUND,
                    f"bounding omega, min: {cg(-r.uniform(0.5, 40) * (1 + 1e3 * bad**2))} max: {cg(omega_max)} average: {cg(r.uniform(40, 60) * (1 + 50 * bad))}",
                )
            solve(
                o,
                "smoothSolver",
                "k",
                min(1.0, 1.2 * dec * r.uniform(0.6, 1.4) * (1 + 20 * bad)) if it > 1 else 1.0,
                0.06,
                (2, 4),
            )
            if bad > 0.35:
                o.ev(
                    OF_BOUND,
                    f"bounding k, min: {cg(-r.uniform(0.01, 3) * (1 + 1e4 * bad**3))} max: {cg(r.uniform(80, 200) * (1 + 1e3 * bad**2))} average: {cg(r.uniform(1, 3) * (1 + 30 * bad))}",
                )
            et += sec_per_it * r.uniform(0.93, 1.08) + (0.8 if it % 50 == 0 else 0)
            o.ev(
                OF_EXEC,
                f"ExecutionTime = {cg(round(et, 2))} s  ClockTime = {int(et + 0.5 + it * 0.01)} s",
            )
            o.raw("")
        o.raw("")
        o.ev(
            "SIMPLE solution converged in %d iterations",
            f"SIMPLE solution converged in {n_iter} iterations",
        )
        o.raw("")
        o.ev("End", "End")
        o.raw("")
        o.ev("Finalising parallel run", "Finalising parallel run")

    run_case(
        "yaw00-log.simpleFoam",
        "/scratch/cfd/drivaer/yaw00",
        ["cn021", "cn022"],
        at(6, 4, 17),
        163,
        None,
        11.3,
    )
    run_case(
        "yaw10-log.simpleFoam",
        "/scratch/cfd/drivaer/yaw10",
        ["cn033", "cn034"],
        at(8, 12, 40),
        200,
        84,
        11.9,
    )
    return [x.log for x in outs]


# --------------------------------------------------------------------------------------- wrf

WRF_VER = "4.5.2"
WRF_START = datetime(2024, 6, 7, 6, 0)
WRF_HOURS = 12
WRF_DT = 60
WRF_IDE, WRF_JDE = 420, 340
W_D01 = [
    (
        "D01: Time step                              = %f (s)",
        "Time step                              =    {:.9f}      (s)",
        float(WRF_DT),
    ),
    (
        "D01: Grid Distance                          = %f (km)",
        "Grid Distance                          =    {:.7f}      (km)",
        10.0,
    ),
    (
        "D01: Grid Distance Ratio dt/dx              = %f (s/km)",
        "Grid Distance Ratio dt/dx              =    {:.8f}      (s/km)",
        6.0,
    ),
    (
        "D01: Ratio Including Maximum Map Factor     = %f (s/km)",
        "Ratio Including Maximum Map Factor     =    {:.8f}      (s/km)",
        6.1854382,
    ),
    (
        "D01: NML defined reasonable_time_step_ratio = %f",
        "NML defined reasonable_time_step_ratio =    {:.8f}",
        6.0,
    ),
]


def wdate(t: datetime) -> str:
    return f"{t:%Y-%m-%d_%H:%M:%S}"


def wrf_file(
    name: str,
    r: random.Random,
    task: int,
    host: str,
    patch: tuple[int, int, int, int],
    cfl: list[tuple[int, int, int, int, float, float, float]],
    slow: dict[int, float],
    step_cost: float,
) -> Out:
    """One task's rsl file of the 06Z run (`cfl`: the steps at which its patch exceeds the
    CFL limit, with the point and values)."""
    o = Out(name)
    # RSL_LITE's C printf of the task line: unbuffered on stderr, so first in rsl.error; on
    # stdout it stays in the C buffer until exit, after every Fortran write, so last in rsl.out
    stdout = name.startswith("rsl.out")
    if not stdout:
        o.ev("taskid: %d hostname: %s", f"taskid: {task} hostname: {host}")
    o.ev("Quilting with %3d groups of %3d I/O tasks.", "Quilting with   1 groups of   0 I/O tasks.")
    o.ev(" Ntasks in X %d , ntasks in Y %d", " Ntasks in X            8 , ntasks in Y            8")
    o.ev("  Domain # %d: dx = %.3f m", "  Domain # 1: dx = 10000.000 m")
    o.ev("WRF V%s MODEL", f"WRF V{WRF_VER} MODEL")
    o.ev(" *************************************", " *************************************")
    o.ev(" Parent domain", " Parent domain")
    ips, ipe, jps, jpe = patch
    o.ev(
        " ids,ide,jds,jde %d %d %d %d", f" ids,ide,jds,jde {1:12d}{WRF_IDE:12d}{1:12d}{WRF_JDE:12d}"
    )
    o.ev(
        " ims,ime,jms,jme %d %d %d %d",
        f" ims,ime,jms,jme {ips - 5:12d}{ipe + 5:12d}{jps - 5:12d}{jpe + 5:12d}",
    )
    o.ev(" ips,ipe,jps,jpe %d %d %d %d", f" ips,ipe,jps,jpe {ips:12d}{ipe:12d}{jps:12d}{jpe:12d}")
    o.ev(" *************************************", " *************************************")
    o.ev("DYNAMICS OPTION: Eulerian Mass Coordinate", "DYNAMICS OPTION: Eulerian Mass Coordinate")
    nbytes = (ipe - ips + 11) * (jpe - jps + 11) * 51 * 4 * 197 + r.randint(0, 999)
    o.ev(
        "alloc_space_field: domain %d , %d bytes allocated",
        f"   alloc_space_field: domain            1 , {nbytes:21d}  bytes allocated",
    )
    o.ev(
        "med_initialdata_input: calling input_input", "  med_initialdata_input: calling input_input"
    )
    o.ev("Input data is acceptable to use: %s", "   Input data is acceptable to use: wrfinput_d01")
    o.ev(" CURRENT DATE          = %s", f" CURRENT DATE          = {wdate(WRF_START)}")
    o.ev(" SIMULATION START DATE = %s", f" SIMULATION START DATE = {wdate(WRF_START)}")
    o.ev(
        "Timing for processing wrfinput file (stream 0) for domain %8d: %10.5f elapsed seconds",
        f"Timing for processing wrfinput file (stream 0) for domain        1: {r.uniform(2.1, 3.4):10.5f} elapsed seconds",
    )
    o.ev(
        "Max map factor in domain %d = %5.2f. Scale the dt in the model accordingly.",
        "Max map factor in domain 1 =  1.03. Scale the dt in the model accordingly.",
    )
    for label, fmt, v in W_D01:
        o.ev(label, " D01: " + fmt.format(v))
    o.ev('INPUT LandUse = "%s"', 'INPUT LandUse = "MODIFIED_IGBP_MODIS_NOAH"')
    o.ev(
        ' LANDUSE TYPE = "%s" FOUND %d CATEGORIES %d SEASONS WATER CATEGORY = %d SNOW CATEGORY = %d',
        ' LANDUSE TYPE = "MODIFIED_IGBP_MODIS_NOAH" FOUND          41  CATEGORIES           2  SEASONS WATER CATEGORY =           17  SNOW CATEGORY =           15',
    )
    o.ev("INITIALIZE THREE Noah LSM RELATED TABLES", "INITIALIZE THREE Noah LSM RELATED TABLES")
    o.ev("Skipping over LUTYPE = %s", "Skipping over LUTYPE = USGS")
    o.ev(
        " LANDUSE TYPE = %s FOUND %d CATEGORIES",
        " LANDUSE TYPE = MODIFIED_IGBP_MODIS_NOAH FOUND          20  CATEGORIES",
    )
    o.ev(" INPUT SOIL TEXTURE CLASSIFICATION = %s", " INPUT SOIL TEXTURE CLASSIFICATION = STAS")
    o.ev(
        " SOIL TEXTURE CLASSIFICATION = %s FOUND %d CATEGORIES",
        " SOIL TEXTURE CLASSIFICATION = STAS FOUND          19  CATEGORIES",
    )
    t = WRF_START
    wr = "Timing for Writing %s for domain %8d: %10.5f elapsed seconds"
    o.ev(
        wr,
        f"Timing for Writing wrfout_d01_{wdate(t)} for domain        1: {r.uniform(3.8, 5.2):10.5f} elapsed seconds",
    )

    def lbc(t: datetime) -> None:
        o.ev(
            "Input data is acceptable to use: %s",
            f"d01 {wdate(t)}  Input data is acceptable to use: wrfbdy_d01",
        )
        o.ev(
            "Timing for processing lateral boundary for domain %8d: %10.5f elapsed seconds",
            f"Timing for processing lateral boundary for domain        1: {r.uniform(0.9, 1.6):10.5f} elapsed seconds",
        )

    lbc(t)
    o.ev(
        " Tile Strategy is not specified. Assuming 1D-Y",
        " Tile Strategy is not specified. Assuming 1D-Y",
    )
    o.ev(
        "WRF TILE %3d IS %6d IE %6d JS %6d JE %6d",
        f"WRF TILE   1 IS {ips:6d} IE {ipe:6d} JS {jps:6d} JE {jpe:6d}",
    )
    o.ev("WRF NUMBER OF TILES = %3d", "WRF NUMBER OF TILES =   1")
    cfl_at = {c[0]: c for c in cfl}
    nsteps = WRF_HOURS * 3600 // WRF_DT
    for s in range(1, nsteps + 1):
        t = WRF_START + timedelta(seconds=s * WRF_DT)
        if s in cfl_at:
            _, npts, i, j, vc, w, deta = cfl_at[s]
            o.ev(
                "%d points exceeded cfl=2 in domain %s at time %s hours",
                f"d01 {wdate(t)} {npts:13d}  points exceeded cfl=2 in domain d01 at time {wdate(t)} hours",
            )
            o.ev(
                "MAX AT i,j,k: %d %d %d vert_cfl,w,d(eta)= %g %g %g",
                f"d01 {wdate(t)}  MAX AT i,j,k: {i:12d}{j:12d}{r.randint(18, 34):12d} vert_cfl,w,d(eta)= {vc:14.7f}{w:16.7f}{deta:16.7E}",
            )
        cost = step_cost * r.uniform(0.96, 1.05)
        if s == 1:
            cost = step_cost * r.uniform(4.2, 5.1)
        if s in cfl_at:
            cost *= 1.08
        cost *= slow.get(s, 1.0)
        o.ev(
            "Timing for main: time %s on domain %3d: %10.5f elapsed seconds",
            f"Timing for main: time {wdate(t)} on domain   1: {cost:10.5f} elapsed seconds",
        )
        if s % 60 == 0:
            wt = r.uniform(3.8, 5.6)
            if 9 <= s // 60 + 6 <= 10:
                wt = r.uniform(41, 96)
            o.ev(
                wr,
                f"Timing for Writing wrfout_d01_{wdate(t)} for domain        1: {wt:10.5f} elapsed seconds",
            )
            if (s // 60) % 3 == 0 and s < nsteps:
                lbc(t)
    o.ev(
        "wrf: SUCCESS COMPLETE WRF",
        f"d01 {wdate(WRF_START + timedelta(hours=WRF_HOURS))} wrf: SUCCESS COMPLETE WRF",
    )
    if stdout:
        o.ev("taskid: %d hostname: %s", f"taskid: {task} hostname: {host}")
    return o


def wrf(r: random.Random) -> list[Log]:
    """Rank 0's rsl.out and rsl.error and task 23's rsl.error of the 06Z forecast (see the
    module docstring)."""
    nsteps = WRF_HOURS * 3600 // WRF_DT
    # convection over task 23's patch from 12:09 to 15:18 model time (the last CFL line at 15:10)
    cfl: list[tuple[int, int, int, int, float, float, float]] = []
    for s in range(1, nsteps + 1):
        hh = 6 + s * WRF_DT / 3600
        if 12.15 <= hh <= 15.3:
            peak = 1 - abs(hh - 13.6) / 1.7
            if r.random() < 0.12 + 0.55 * max(0.0, peak):
                npts = max(1, int(r.expovariate(1 / (3 + 40 * max(0.0, peak)))))
                vc = 2 + r.expovariate(1 / (0.4 + 1.4 * max(0.0, peak)))
                cfl.append(
                    (
                        s,
                        npts,
                        r.randint(318, 366),
                        r.randint(128, 168),
                        vc,
                        r.uniform(9, 31),
                        r.uniform(0.006, 0.03),
                    )
                )
    slow = {s: r.uniform(1.6, 3.8) for s in range(181, 241) if r.random() < 0.35}
    cost = r.uniform(1.05, 1.2)
    seed = r.random()
    # rank 0 writes each message to both of its files (wrf_message: stdout and stderr)
    out0 = wrf_file("rsl.out.0000", random.Random(seed), 0, "cn101", (1, 53, 1, 43), [], slow, cost)
    err0 = wrf_file(
        "rsl.error.0000", random.Random(seed), 0, "cn101", (1, 53, 1, 43), [], slow, cost
    )
    err23 = wrf_file("rsl.error.0023", r, 23, "cn102", (316, 368, 129, 171), cfl, slow, cost)
    return [out0.log, err0.log, err23.log]


# ------------------------------------------------------------------------------------- aiida

AI_TASKS = "aiida.engine.processes.calcjobs.tasks"
AI_NODE = "aiida.orm.nodes.process.calculation.calcjob.CalcJobNode"
AI_WC = "aiida.orm.nodes.process.workflow.workchain.WorkChainNode"
AI_WORKER = "aiida.engine.daemon.worker"
AI_SSH = "aiida.transport.SshTransport"
AI_HOST = "hpc-login.example.org"
AI_PY = "/opt/aiida/venv/lib/python3.11/site-packages"
AI_EXIT_410 = "The electronic minimization cycle did not reach self-consistency."
AI_EXIT_400 = "The calculation stopped prematurely because it ran out of walltime."


def ai_ts(t: datetime) -> str:
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def ai_tb_upd(r: random.Random) -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{AI_PY}/aiida/engine/utils.py", line 205, in exponential_backoff_retry',
        "    result = await coro()",
        "             ^^^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/processes/calcjobs/tasks.py", line 194, in do_update',
        "    job_info = await cancellable.with_interrupt(update_request)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/utils.py", line 115, in with_interrupt',
        "    result = await next(wait_iter)",
        "             ^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/lib/python3.11/asyncio/tasks.py", line 615, in _wait_for_one',
        "    return f.result()  # May raise f.exception().",
        "           ^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/processes/calcjobs/manager.py", line 135, in _update_job_info',
        "    self._jobs_cache = await self._get_jobs_from_scheduler()",
        "                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/processes/calcjobs/manager.py", line 97, in _get_jobs_from_scheduler',
        "    transport = await request",
        "                ^^^^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/transports.py", line 87, in do_open',
        "    transport.open()",
        f'  File "{AI_PY}/aiida/transports/plugins/ssh.py", line 487, in open',
        "    self._client.connect(self._machine, **connection_arguments)",
        f'  File "{AI_PY}/paramiko/client.py", line 386, in connect',
        "    sock.connect(addr)",
        "TimeoutError: [Errno 110] Connection timed out",
    ]


def ai_tb_up(r: random.Random) -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{AI_PY}/aiida/engine/utils.py", line 205, in exponential_backoff_retry',
        "    result = await coro()",
        "             ^^^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/processes/calcjobs/tasks.py", line 86, in do_upload',
        "    transport = await cancellable.with_interrupt(request)",
        "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/utils.py", line 115, in with_interrupt',
        "    result = await next(wait_iter)",
        "             ^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/lib/python3.11/asyncio/tasks.py", line 615, in _wait_for_one',
        "    return f.result()  # May raise f.exception().",
        "           ^^^^^^^^^^",
        f'  File "{AI_PY}/aiida/engine/transports.py", line 87, in do_open',
        "    transport.open()",
        f'  File "{AI_PY}/aiida/transports/plugins/ssh.py", line 487, in open',
        "    self._client.connect(self._machine, **connection_arguments)",
        f'  File "{AI_PY}/paramiko/client.py", line 386, in connect',
        "    sock.connect(addr)",
        "TimeoutError: [Errno 110] Connection timed out",
    ]


def aiida(r: random.Random) -> list[Log]:
    """One AiiDA daemon's log, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "aiida-production.log"
    old = [1871, 1872, 1873, 1874]
    new = [31877, 31879, 31881, 31883]
    restart = at(9, 52, 11)
    info_from = restart + sec(6)
    outage = (at(10, 41, 30), at(10, 53, 50))
    tried: set[int] = set()
    play_at = at(11, 12, 5)
    poll = 300.0

    def pid_of(pk: int, t: datetime) -> int:
        return (new if t >= restart else old)[pk % 4]

    def L(
        t: datetime, pk: int, logger: str, level: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        if (level == "INFO" and t < info_from) or t >= T_END:
            return t
        pid = pid_of(pk, t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{ai_ts(x)} <{pid}> {logger}: [{level}] {msg}", *more],
            pid,
            SEC,
        )

    def rep(t: datetime, pk: int, cls: str, step: str, label: str, msg: str) -> datetime:
        return L(t, pk, AI_WC, "REPORT", label, f"[{pk}|{cls}|{step}]: {msg}")

    # worker restarts at 09:52 (the log level set to INFO): the new workers' start-up
    for i, pid in enumerate(new):
        t0 = restart + sec(1.2 + i * 0.4)
        fs.add(
            f,
            t0,
            "%s:%d: %s: %s",
            lambda x: [
                f"{AI_PY}/paramiko/transport.py:219: CryptographyDeprecationWarning: Blowfish has been deprecated and will be removed in a future release",
                '  "class": algorithms.Blowfish,',
            ],
            pid,
            SEC,
        )
        fs.add(
            f,
            t0 + sec(2.5),
            "Starting a daemon worker",
            lambda x, p=pid: [f"{ai_ts(x)} <{p}> {AI_WORKER}: [INFO] Starting a daemon worker"],
            pid,
            SEC,
        )

    # the transport tasks of one calculation job, with retries while the login node is down
    paused: list[tuple[int, str, datetime]] = []

    def transport_task(t: datetime, pk: int, what: str) -> tuple[datetime, bool]:
        """`what` in upload, submit, update, retrieve: the scheduled request and its outcome;
        returns (the time it ends, whether it succeeded)."""
        verb = {
            "upload": "uploading",
            "submit": "submitting",
            "update": "updating",
            "retrieve": "retrieving",
        }[what]
        L(
            t,
            pk,
            AI_TASKS,
            "INFO",
            f"scheduled request to {what} CalcJob<%d>",
            f"scheduled request to {what} CalcJob<{pk}>",
        )
        interval = 20.0
        for attempt in range(1, 6):
            if not (outage[0] <= t < outage[1]):
                t += sec(r.uniform(0.4, 3.5) if what != "update" else r.uniform(0.1, 1.0))
                L(
                    t,
                    pk,
                    AI_TASKS,
                    "INFO",
                    f"{verb} CalcJob<%d> successful",
                    f"{verb} CalcJob<{pk}> successful",
                )
                return t, True
            # the transport queue opens the connection for every request waiting on it
            t = datetime.fromtimestamp((int(t.timestamp()) // 10 + 1) * 10, UTC) + sec(15.2)
            args = (
                "{'username': 'mchen', 'port': 22, 'look_for_keys': True, 'key_filename': '/home/aiida/.ssh/id_ed25519', 'timeout': 15, 'allow_agent': True, 'compress': True, 'gss_auth': False, 'gss_kex': False, 'gss_deleg_creds': False, 'gss_host': '"
                + AI_HOST
                + "', 'load_system_host_keys': True, 'key_policy': 'RejectPolicy'}"
            )
            bucket = int(t.timestamp()) // 10
            if bucket not in tried:  # one open of the transport serves every request waiting on it
                tried.add(bucket)
                L(
                    t,
                    pk,
                    AI_SSH,
                    "ERROR",
                    "Error connecting to '%s' through SSH: [%s] %s, connect_args were: %s",
                    f"Error connecting to '{AI_HOST}' through SSH: [SshTransport] [Errno 110] Connection timed out, connect_args were: {args}",
                )
            tb = ai_tb_upd(r) if what == "update" else ai_tb_up(r)
            coro = f"do_{what}"
            if attempt < 5:
                L(
                    t + sec(0.01),
                    pk,
                    AI_NODE,
                    "ERROR",
                    "iteration %d of %s excepted, retrying after %d seconds",
                    f"iteration {attempt} of {coro} excepted, retrying after {int(interval)} seconds",
                    tb,
                )
                t += sec(interval)
                interval *= 2
            else:
                L(
                    t + sec(0.01),
                    pk,
                    AI_NODE,
                    "ERROR",
                    "iteration %d of %s excepted",
                    f"iteration {attempt} of {coro} excepted",
                    tb,
                )
                L(
                    t + sec(0.02),
                    pk,
                    AI_NODE,
                    "WARNING",
                    "maximum attempts %d of calling %s, exceeded",
                    f"maximum attempts 5 of calling {coro}, exceeded",
                )
                L(
                    t + sec(0.03),
                    pk,
                    AI_TASKS,
                    "WARNING",
                    f"{verb} CalcJob<%d> failed",
                    f"{verb} CalcJob<{pk}> failed",
                )
                paused.append((pk, what, t))
                return t, False
        raise AssertionError

    # the campaign: PwRelaxWorkChains submitted in three batches, each a PwBaseWorkChain running
    # PwCalculations on a Slurm cluster with at most 24 jobs of the group running at once
    pk_next = [48_210]
    slots: list[datetime] = [T0 - sec(r.uniform(0, 1800)) for _ in range(16)]

    def new_pk() -> int:
        pk_next[0] += r.choice([1, 1, 2, 3])
        return pk_next[0]

    def calcjob(t: datetime, base: int, it: int, kind: str) -> tuple[datetime, str]:
        """One PwCalculation from launch to retrieval; returns (its end, its outcome)."""
        pk = new_pk()
        rep(
            t,
            base,
            "PwBaseWorkChain",
            "run_process",
            "launching %s<%d> iteration #%d",
            f"launching PwCalculation<{pk}> iteration #{it}",
        )
        t += sec(r.uniform(1, 6))
        t, ok = transport_task(t, pk, "upload")
        if not ok:
            t = play_at + sec(r.uniform(2, 40))
            t, ok = transport_task(t, pk, "upload")
        t += sec(r.uniform(0.5, 3))
        t, _ = transport_task(t, pk, "submit")
        slots.sort()
        start = max(t + sec(r.uniform(20, 200)), slots[0])
        run = {
            "ok": r.uniform(900, 3600),
            "410": r.uniform(1500, 4200),
            "400": 3600.0 * 2,
            "bands": r.uniform(800, 2400),
        }[kind]
        end = start + sec(run)
        slots[0] = end
        # scheduler polls while queued and running
        tt = t + sec(r.uniform(5, poll))
        while tt < end:
            if tt >= info_from or outage[0] <= tt < outage[1]:
                _, ok = transport_task(tt, pk, "update")
                if not ok:
                    tt = play_at + sec(r.uniform(1, 30))
                    continue
            tt += sec(poll * r.uniform(0.98, 1.02))
        tt, ok = transport_task(tt, pk, "update")
        if not ok:
            tt = play_at + sec(r.uniform(1, 30))
            tt, ok = transport_task(tt, pk, "update")
        tt += sec(r.uniform(0.5, 2))
        tt, ok = transport_task(tt, pk, "retrieve")
        if not ok:
            tt = play_at + sec(r.uniform(1, 30))
            tt, ok = transport_task(tt, pk, "retrieve")
        tt += sec(r.uniform(1, 8))
        if kind == "410":
            rep(
                tt,
                base,
                "PwBaseWorkChain",
                "report_error_handled",
                "%s<%d> failed with exit status %d: " + AI_EXIT_410,
                f"PwCalculation<{pk}> failed with exit status 410: {AI_EXIT_410}",
            )
            beta = r.choice([0.4, 0.3, 0.7])
            rep(
                tt + sec(0.01),
                base,
                "PwBaseWorkChain",
                "report_error_handled",
                "Action taken: reduced beta mixing from %s to %s and restarting from the last calculation",
                f"Action taken: reduced beta mixing from {beta} to {beta * 0.8} and restarting from the last calculation",
            )
        elif kind == "400":
            rep(
                tt,
                base,
                "PwBaseWorkChain",
                "report_error_handled",
                "%s<%d> failed with exit status %d: " + AI_EXIT_400,
                f"PwCalculation<{pk}> failed with exit status 400: {AI_EXIT_400}",
            )
            rep(
                tt + sec(0.01),
                base,
                "PwBaseWorkChain",
                "report_error_handled",
                "Action taken: restarting in full with `CONTROL.restart_mode` = 'restart'",
                "Action taken: restarting in full with `CONTROL.restart_mode` = 'restart'",
            )
        elif kind == "bands":
            bpk = pk + r.choice([2, 3, 4])
            rep(
                tt,
                base,
                "PwBaseWorkChain",
                "sanity_check_insufficient_bands",
                "%s<%d> run with smearing and highest band is occupied",
                f"PwCalculation<{pk}> run with smearing and highest band is occupied",
            )
            rep(
                tt + sec(0.01),
                base,
                "PwBaseWorkChain",
                "sanity_check_insufficient_bands",
                "BandsData<%d> has invalid occupations: Occupation of %s at last band lkn<%d,%d,%d>",
                f"BandsData<{bpk}> has invalid occupations: Occupation of {r.uniform(0.0051, 0.09):.4f} at last band lkn<0,{r.randint(0, 40)},{r.choice([48, 56, 64, 72])}>",
            )
            rep(
                tt + sec(0.02),
                base,
                "PwBaseWorkChain",
                "sanity_check_insufficient_bands",
                "%s<%d> had insufficient bands",
                f"PwCalculation<{pk}> had insufficient bands",
            )
            nb = r.choice([48, 56, 64, 72])
            rep(
                tt + sec(0.03),
                base,
                "PwBaseWorkChain",
                "sanity_check_insufficient_bands",
                "Action taken: increased number of bands to %d and restarting from the previous charge density.",
                f"Action taken: increased number of bands to {nb + max(int(nb * 0.2), 10)} and restarting from the previous charge density.",
            )
            rep(
                tt + sec(0.04),
                base,
                "PwBaseWorkChain",
                "inspect_process",
                "%s<%d> finished successfully but a handler was triggered, restarting",
                f"PwCalculation<{pk}> finished successfully but a handler was triggered, restarting",
            )
        return tt, kind

    def relax(t: datetime) -> None:
        wpk = new_pk()
        base = new_pk()
        rep(
            t,
            wpk,
            "PwRelaxWorkChain",
            "run_relax",
            "launching PwBaseWorkChain<%d>",
            f"launching PwBaseWorkChain<{base}>",
        )
        t += sec(r.uniform(0.5, 3))
        it = 1
        x = r.random()
        plan = (
            ["410", "ok"]
            if x < 0.13
            else ["400", "ok"]
            if x < 0.19
            else ["bands", "ok"]
            if x < 0.24
            else ["410", "410", "ok"]
            if x < 0.27
            else ["ok"]
        )
        calcs = []
        for kind in plan:
            t, _ = calcjob(t, base, it, kind)
            calcs.append(pk_next[0])
            it += 1
            t += sec(r.uniform(0.2, 2))
        if t >= T_END:
            return
        rep(
            t,
            base,
            "PwBaseWorkChain",
            "results",
            "work chain completed after %d iterations",
            f"work chain completed after {it - 1} iterations",
        )
        rep(
            t + sec(r.uniform(0.3, 1.5)),
            wpk,
            "PwRelaxWorkChain",
            "on_terminated",
            "cleaned remote folders of calculations: %s",
            "cleaned remote folders of calculations: "
            + " ".join(str(c) for c in sorted(set(calcs))),
        )

    batches = [(at(6, 31, 12), 42), (at(8, 47, 40), 32), (at(10, 18, 5), 18)]
    for t0, n in batches:
        for k in range(n):
            relax(t0 + sec(k * r.uniform(1.5, 3.5)))
    return fs.logs(T0)


SYSTEMS = {
    "gromacs": gromacs,
    "lammps": lammps,
    "openfoam": openfoam,
    "wrf": wrf,
    "aiida": aiida,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
