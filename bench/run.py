#!/usr/bin/env python3
"""Benchmark: the plain tools against `agenticops gate`, on pinned real projects.

For each project (sdists from PyPI: semver==3.1.1 and humanize==4.17.0), in one process
tree and alternating (a) then (b) at every step:

  (a) the plain tools: pytest under coverage.py (+ `coverage json`), `radon cc`, `mutmut run`
  (b) `agenticops gate` with every gate on (its default profile)

steps: cold (fresh copies), no change, one function's body changed, one test added, and a
final check that re-runs (b) with --no-cache and compares every verdict with the cached run.
Each step runs in a child that reports wall time, CPU time (user + sys of its children) and
the peak RSS of its largest process. The table goes to stdout and into bench/RESULTS.md
(between its bench markers; the text around them is kept).

    python bench/run.py                       # semver and humanize
    python bench/run.py --projects semver     # one of them

Setup happens once under bench/work/ (git-ignored): sdists, unpacked sources, and one venv per
project with the project, its test dependencies, mutmut==3.8.1 and this checkout of
agenticops (editable). Network access to PyPI is needed the first time.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

# the bench's own modules, and this checkout's agenticops (results.py reads verdicts with its
# exit-code table; those modules need only the standard library)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from projects import MUTMUT, PROJECTS, Project
from results import (
    Run,
    compare,
    forget_durations,
    read_meta_files,
    read_report,
    retested_from,
    rows,
    table,
    targets,
    timeout_share,
)

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
STEPS = ("cold", "no change", "function changed", "test added")
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def measure_child(spec_file: str) -> int:
    """`run.py _measure SPEC`: run SPEC's commands in order and print what they cost."""
    spec = json.loads(Path(spec_file).read_text())
    started = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    steps = []
    for command in spec:
        t0 = time.monotonic()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        env = {**os.environ, **command.get("env", {})}
        with open(command["log"], "w") as log:
            done = subprocess.run(
                command["argv"],
                cwd=command["cwd"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
            )
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        steps.append(
            {
                "name": command["name"],
                "wall": time.monotonic() - t0,
                "cpu": cpu,
                "rc": done.returncode,
            }
        )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "wall": time.monotonic() - started,
                "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
                "peak_kb": after.ru_maxrss,
                "steps": steps,
            }
        )
    )
    return 0


def measured(commands: list[dict[str, object]], spec_file: Path) -> dict[str, object]:
    spec_file.write_text(json.dumps(commands))
    done = subprocess.run(
        [sys.executable, __file__, "_measure", str(spec_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def pip(venv: Path, *args: str) -> None:
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *args], check=True)


def setup(project: Project, work: Path) -> Path:
    """Download, unpack and install once; the venv of the project."""
    sdists = work / "sdists"
    home = work / project.name
    pristine = home / "pristine"
    if not pristine.is_dir():
        sdists.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--no-binary",
                ":all:",
                "--no-deps",
                project.requirement,
                "-d",
                str(sdists),
            ],
            check=True,
        )
        archive = next(sdists.glob(f"{project.unpacked}.tar.gz"))
        with tarfile.open(archive) as tar:
            tar.extractall(home, filter="data")
        (home / project.unpacked).rename(pristine)
    venv = home / "venv"
    marker = venv / ".bench-ready"
    wanted = f"{project.requirement} {MUTMUT} {' '.join(project.test_deps)}"
    if not marker.is_file() or marker.read_text() != wanted:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip(venv, MUTMUT, *project.test_deps, "-e", str(ROOT), str(pristine))
        marker.write_text(wanted)
    return venv


def fresh_copies(project: Project, work: Path) -> tuple[Path, Path]:
    home = work / project.name
    plain, gate = home / "plain", home / "gate"
    for target, extra in ((plain, project.mutmut), (gate, project.agenticops)):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(home / "pristine", target, symlinks=True)
        with open(target / "pyproject.toml", "a", encoding="utf-8") as fh:
            fh.write(extra)
    return plain, gate


def plain_commands(
    project: Project, plain: Path, venv: Path, logs: Path, children: int, step: str
) -> list[dict[str, object]]:
    py = str(venv / "bin" / "python")
    tag = step.replace(" ", "-")
    env = {"PYTHONPATH": project.pythonpath}
    return [
        {
            "name": "pytest+coverage",
            "argv": [
                py,
                "-m",
                "coverage",
                "run",
                "--branch",
                f"--source={project.source}",
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--no-cov",
            ],
            "cwd": str(plain),
            "env": env,
            "log": str(logs / f"{tag}-a-pytest.log"),
        },
        {
            "name": "coverage json",
            "argv": [py, "-m", "coverage", "json", "-o", str(logs / f"{tag}-a-coverage.json")],
            "cwd": str(plain),
            "log": str(logs / f"{tag}-a-coverage.log"),
        },
        {
            "name": "radon",
            "argv": [str(venv / "bin" / "radon"), "cc", "-j", project.source],
            "cwd": str(plain),
            "log": str(logs / f"{tag}-a-radon.json"),
        },
        {
            "name": "mutmut",
            "argv": [str(venv / "bin" / "mutmut"), "run", "--max-children", str(children)],
            "cwd": str(plain),
            "log": str(logs / f"{tag}-a-mutmut.log"),
        },
    ]


def gate_command(
    gate: Path, venv: Path, logs: Path, tag: str, *, no_cache: bool = False
) -> dict[str, object]:
    argv = [
        str(venv / "bin" / "agenticops"),
        "gate",
        str(gate),
        "--format",
        "json",
        "--output",
        str(logs / f"{tag}-b-report.json"),
    ]
    return {
        "name": "agenticops gate",
        "argv": argv + (["--no-cache"] if no_cache else []),
        "cwd": str(gate),
        "log": str(logs / f"{tag}-b-gate.log"),
    }


def run_plain(
    project: Project, plain: Path, venv: Path, logs: Path, children: int, step: str
) -> tuple[Run, float]:
    if step != "cold":
        forget_durations(plain / "mutants")
    cost = measured(plain_commands(project, plain, venv, logs, children, step), logs / "spec.json")
    statuses, durations = read_meta_files(plain / "mutants")
    retested = (
        sum(1 for s in statuses.values() if s != "not_checked")
        if step == "cold"
        else len(durations)
    )
    mutmut = next(s for s in cost["steps"] if s["name"] == "mutmut")
    run = Run(
        wall=cost["wall"],
        cpu=cost["cpu"],
        peak_mb=cost["peak_kb"] / 1024,
        returncodes=tuple(s["rc"] for s in cost["steps"]),
        statuses=statuses,
        retested=retested,
        timeout_share=timeout_share(statuses, durations),
    )
    return run, mutmut["wall"]


def run_gate(gate: Path, venv: Path, logs: Path, step: str, *, no_cache: bool = False) -> Run:
    tag = step.replace(" ", "-")
    cost = measured([gate_command(gate, venv, logs, tag, no_cache=no_cache)], logs / "spec.json")
    statuses, durations, diagnostics = read_report(logs / f"{tag}-b-report.json")
    return Run(
        wall=cost["wall"],
        cpu=cost["cpu"],
        peak_mb=cost["peak_kb"] / 1024,
        returncodes=tuple(s["rc"] for s in cost["steps"]),
        statuses=statuses,
        retested=retested_from(diagnostics),
        timeout_share=timeout_share(statuses, durations),
    )


class Out:
    """The results so far: printed as they come, and written to RESULTS.md every time, so an
    interrupted run still leaves what it measured."""

    def __init__(self, header: str, path: Path) -> None:
        self.header, self.path = header, path
        self.lines: list[str] = []
        self.notes: list[str] = []

    def rows(self, more: list[str]) -> None:
        self.lines.extend(more)
        print("\n".join(more), flush=True)
        self.write()

    def note(self, *texts: str) -> None:
        self.notes.extend(texts)
        print("\n".join(f"- {t}" for t in texts), flush=True)
        self.write()

    def write(self) -> None:
        notes = "\n".join(f"- {n}" for n in self.notes)
        write_results(self.path, "\n\n".join([self.header, table(self.lines), notes]))


def bench_project(project: Project, work: Path, children: int, oracle: bool, out: Out) -> None:
    venv = setup(project, work)
    plain, gate = fresh_copies(project, work)
    logs = work / project.name / "logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir(parents=True)
    runs: dict[str, tuple[Run, Run, float]] = {}
    for step in STEPS:
        if step == "function changed":
            for copy in (plain, gate):
                project.function_edit.apply(copy)
        if step == "test added":
            for copy in (plain, gate):
                project.test_edit.apply(copy)
        a, mutmut_wall = run_plain(project, plain, venv, logs, children, step)
        b = run_gate(gate, venv, logs, step)
        runs[step] = (a, b, mutmut_wall)
        out.rows(rows(project.name, step, a, b))
        out.note(f"{project.name}, {step}: `mutmut run` alone took {mutmut_wall:.1f} s of (a)")
        if step == "cold":
            out.note(*recheck(project, plain, venv, a, b))
    out.note(*targets(project.name, runs))
    if oracle:
        check = run_gate(gate, venv, logs, "oracle no cache", no_cache=True)
        agreement = compare(check.statuses, runs["test added"][1].statuses)
        differing = ", ".join(agreement.differing[:5])
        out.note(
            f"{project.name}: `--no-cache` re-run after the last step: {check.wall:.1f} s; "
            f"{len(agreement.differing)} of {len(check.statuses)} verdicts differ from the "
            f"cached run" + (f" ({differing})" if differing else "")
        )


def recheck(project: Project, plain: Path, venv: Path, a: Run, b: Run) -> list[str]:
    """Run each mutant the two sides disagree on once more, alone, with plain mutmut."""
    notes = []
    for name in compare(a.statuses, b.statuses).differing:
        subprocess.run(
            [str(venv / "bin" / "mutmut"), "run", name],
            cwd=plain,
            capture_output=True,
            timeout=900,
            check=False,
        )
        again = read_meta_files(plain / "mutants")[0].get(name)
        notes.append(
            f"{project.name}: {name}: plain mutmut said {a.statuses[name]}, the gate "
            f"{b.statuses[name]}; plain mutmut on that mutant alone: {again}"
        )
    return notes


def missing_commands(names: list[str]) -> list[str]:
    return [n for n in names if shutil.which(n) is None]


def machine() -> str:
    load = os.getloadavg()
    return (
        f"{platform.node() or 'host'}: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; load average at start {load[0]:.2f}"
    )


def write_results(path: Path, body: str) -> None:
    text = (
        path.read_text(encoding="utf-8")
        if path.is_file()
        else f"# Benchmark results\n\n{BEGIN}\n{END}\n"
    )
    if BEGIN not in text or END not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{BEGIN}\n{body}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_measure"]:
        return measure_child(argv[1])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--projects", default="semver,humanize", help="comma-separated: " + ", ".join(PROJECTS)
    )
    parser.add_argument("--work", type=Path, default=BENCH / "work")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--results", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("--no-oracle", action="store_true", help="skip the final --no-cache check")
    args = parser.parse_args(argv)
    chosen = [PROJECTS[name] for name in args.projects.split(",")]
    for project in chosen:
        missing = missing_commands(list(project.needs))
        if missing:
            print(
                f"{project.name}: {', '.join(missing)} missing; some tests will skip "
                "(install: sudo apt-get install gettext)"
            )
    started = datetime.datetime.now(datetime.UTC)
    command = " ".join(["python bench/run.py", *argv])
    header = (
        f"Machine: {machine()}\n\nCommand: `{command}`\n\n"
        f"Started {started.isoformat(timespec='seconds')}"
    )
    print(header, flush=True)
    out = Out(header, args.results)
    for project in chosen:
        bench_project(project, args.work.resolve(), args.max_children, not args.no_oracle, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
