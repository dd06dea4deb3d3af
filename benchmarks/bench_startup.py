"""Start-up: a one-line `zhtext convert -c s2t FILE`, whole process, vs OpenCC 1.4.2's `opencc` CLI.

Target (issue 11): zhtext from a fresh non-editable install <= 0.6x the wheel's CLI.
The non-editable install is ``benchmarks/.venv-startup``: a venv that sees the
system site-packages (where the dependencies and the `opencc` 1.4.2 wheel are)
with ``pip install --no-deps`` of this working tree, so no package index is
needed and both commands start from the same interpreter and site-packages.
The editable install of the current environment is timed too (its import
hooks cost every start).  Median of N interleaved runs after one warm-up.
Also prints what the one-line run imports (module count, zhtext modules,
whether rich or Click's other command modules were loaded).

    python benchmarks/bench_startup.py [--runs 15] [--opencc PATH]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(__file__).resolve().parent / ".venv-startup"
ONE_LINE = "这是一行用来测量启动时间的简体中文句子。\n"
TARGET = 0.6


def system_python() -> str:
    """The interpreter this venv was made from (its base), where the opencc wheel lives."""
    return os.path.join(sys.base_prefix, "bin", "python3")


def fresh_install() -> Path:
    """``benchmarks/.venv-startup`` with a non-editable install of this tree; returns its zhtext."""
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([system_python(), "-m", "venv", "--system-site-packages", str(VENV)], check=True)
    proc = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                           "--no-deps", "--force-reinstall", str(ROOT)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"installing zhtext into {VENV} failed:\n{proc.stderr}")
    return VENV / "bin" / "zhtext"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall_times(commands: list[list[str]], runs: int, cwd: str) -> tuple[list[list[float]], list[list[float]]]:
    """Wall and CPU seconds of each command, ``runs`` times, interleaved so load drift hits all alike.

    Run in ``cwd``, a folder with no configuration file above it, as a user's
    folder would be (not this repository, whose own pyproject.toml names zhtext)."""
    for cmd in commands:  # warm-up: file caches, zhtext's table cache
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=cwd)
    times: list[list[float]] = [[] for _ in commands]
    cpus: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for cmd, bucket, cpu_bucket in zip(commands, times, cpus):
            cpu = _children_cpu()
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=cwd)
            bucket.append(time.perf_counter() - start)
            cpu_bucket.append(_children_cpu() - cpu)
    return times, cpus


def imports_of_one_run(python: Path, small: Path) -> str:
    # the group itself, not main(): main() ends the process without returning
    code = ("import sys\nfrom zhtext.cli.main import cli\n"
            f"try:\n    cli.main(['convert', '-c', 's2t', {str(small)!r}], standalone_mode=False)\n"
            "except SystemExit:\n    pass\n"
            "mods = sorted(sys.modules)\n"
            "own = [m for m in mods if m.startswith('zhtext')]\n"
            "print(len(mods), 'modules;', 'rich' if any(m.startswith('rich') for m in mods) else 'no rich;',\n"
            "      'zhtext:', ' '.join(m.replace('zhtext.', '') for m in own), file=sys.stderr)\n")
    proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True, cwd=small.parent)
    return proc.stderr.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--opencc", default=os.path.join(sys.base_prefix, "bin", "opencc"),
                    help="the opencc 1.4.2 CLI (default: the one beside the base interpreter)")
    args = ap.parse_args()
    fresh = fresh_install()
    with tempfile.TemporaryDirectory(prefix="zhtext-startup-") as tmp:
        small = Path(tmp) / "one_line.txt"
        small.write_text(ONE_LINE, encoding="utf-8")
        commands = [
            ("zhtext convert -c s2t FILE (fresh non-editable install)", [str(fresh), "convert", "-c", "s2t", str(small)]),
            ("zhtext convert -c s2t FILE (this env, editable)",
             [shutil.which("zhtext") or "zhtext", "convert", "-c", "s2t", str(small)]),
        ]
        if os.path.exists(args.opencc):
            commands.append(("opencc -c s2t -i FILE (1.4.2 wheel)", [args.opencc, "-c", "s2t", "-i", str(small)]))
        commands.append(("python -c pass (the interpreter's floor)", [system_python(), "-c", "pass"]))
        load = os.getloadavg()[0]
        times, cpus = wall_times([cmd for _, cmd in commands], args.runs, tmp)
        medians = {label: statistics.median(t) for (label, _), t in zip(commands, times)}
        cpu_medians = {label: statistics.median(c) for (label, _), c in zip(commands, cpus)}
        ref_label = "opencc -c s2t -i FILE (1.4.2 wheel)"
        ref, cpu_ref = medians.get(ref_label), cpu_medians.get(ref_label)
        print(f"Start-up, median of {args.runs} interleaved runs; {os.cpu_count()} CPUs, "
              f"load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at end\n")
        print("| command | median wall ms | range ms | wall vs opencc | median CPU ms | CPU vs opencc "
              "| target <= 0.6x (wall) |")
        print("|---|---|---|---|---|---|---|")
        for (label, _), t in zip(commands, times):
            med, cpu = medians[label], cpu_medians[label]
            vs = f"{med / ref:.2f}x" if ref else "n/a"
            cpu_vs = f"{cpu / cpu_ref:.2f}x" if cpu_ref else "n/a"
            ok = ("yes" if med <= TARGET * ref else "NO") if ref and label.startswith("zhtext") else ""
            print(f"| {label} | {med * 1000:.0f} | {min(t) * 1000:.0f}-{max(t) * 1000:.0f} | {vs} "
                  f"| {cpu * 1000:.0f} | {cpu_vs} | {ok} |")
        print("\n(CPU: user + system time of the process; less sensitive than wall time to other load "
              "on a shared machine.)")
        print("\nimports of the one-line run (fresh install):", imports_of_one_run(VENV / "bin" / "python", small))
    return 0


if __name__ == "__main__":
    sys.exit(main())
