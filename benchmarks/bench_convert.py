"""Conversion speed, start-up time and memory: zhtext vs OpenCC C++ vs opencc-python-reimplemented.

Three tables, one run:

1. throughput   in-process ``convert(text)``, dictionaries loaded and warmed
                up, best of 3 interleaved rounds, in MB/s of UTF-8 input: zuozhuan s2t and
                hotel_reviews s2twp.  OpenCC C++ 1.4.2 is timed inside its own
                venv (only the convert call); opencc-python-reimplemented is
                the one installed beside zhtext.
                Targets: zhtext >= 1.0x OpenCC C++, >= 15x reimplemented.
2. start-up     whole-process wall time, median of 10 (after one warm-up run),
                of ``zhtext convert -c s2t`` on a one-line file vs the
                ``opencc -c s2t -i FILE`` command of the 1.4.2 wheel.
                Target: <= 0.7x.  ``--clean-venv`` adds zhtext installed
                with ``pip install .`` in a fresh venv (as the wheel is),
                since an editable install's import hooks cost every start.
3. memory       peak RSS (/usr/bin/time's %M) converting a 200 MB file
                made by repeating zuozhuan: ``zhtext convert -c s2t BIG -o OUT``,
                beside the opencc command on the same file.  Target: < 200 MB.
                The file lives in a temporary directory removed afterwards.

    python3 benchmarks/bench_convert.py [--clean-venv] [--skip-memory] [--big-mb 200] [--zhtext PATH]

Needs ../shared/corpora and the OpenCC reference venv
(``python3 benchmarks/opencc_ref.py --setup``); a missing comparison tool is
skipped with a note.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import opencc_ref  # noqa: E402  (never imports opencc in this process)

ROOT, SHARED, CORPORA = opencc_ref.ROOT, opencc_ref.SHARED, opencc_ref.CORPORA
WORKLOADS = [("zuozhuan", "s2t"), ("hotel_reviews", "s2twp")]
REPEAT = 3
STARTUP_RUNS = 10
ONE_LINE = "这是一行用来测量启动时间的简体中文句子。\n"  # "a line of Simplified Chinese to time start-up"


ZHTEXT_OVERRIDE: list[str] = []


def zhtext_command() -> list[str]:
    """The ``zhtext`` console script next to this Python (not a shell shim), else ``python -m zhtext.cli``."""
    if ZHTEXT_OVERRIDE:
        return list(ZHTEXT_OVERRIDE)
    script = Path(sys.executable).parent / "zhtext"
    return [str(script)] if script.exists() else [sys.executable, "-m", "zhtext.cli"]


def print_table(title: str, headers: list[str], rows: list[list[str]]) -> None:
    print(title)
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
    line = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    print(line.format(*headers))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))
    print()


def best_of(fn, text: str, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a and b else "n/a"


# --------------------------------------------------------------------------
# 1. throughput


def throughput(notes: list[str]) -> None:
    from zhtext.converters import Converter

    reimplemented = None
    try:
        from importlib.metadata import version

        reimpl_version = version("opencc-python-reimplemented")
        from opencc import OpenCC as ReimplementedOpenCC  # opencc-python-reimplemented, as it documents

        reimplemented = ReimplementedOpenCC
    except Exception as exc:  # noqa: BLE001
        notes.append(f"opencc-python-reimplemented skipped: {exc}")
        reimpl_version = "?"
    have_ref = opencc_ref.available()
    if not have_ref:
        notes.append(opencc_ref.missing_note())

    rows = []
    for corpus, config in WORKLOADS:
        path = CORPORA[corpus]
        data = path.read_bytes()
        text = data.decode("utf-8")
        mb = len(data) / 1e6

        conv = Converter(config)
        conv.convert(text)  # warm-up: loads tables, builds the matcher
        other = None
        if reimplemented is not None:
            other = reimplemented(config)
            other.convert(text[:2000])  # warm-up: loads its dictionaries

        # Rounds interleave the three engines, so a change in machine load hits all of them.
        ours_t, cpp_t, slow_t = [], [], []
        for _ in range(REPEAT):
            ours_t.append(best_of(conv.convert, text, 1))
            if have_ref:
                cpp_t.append(opencc_ref.benchmark(config, path, 1)["best"])
            if other is not None:
                slow_t.append(best_of(other.convert, text, 1))
        ours = mb / min(ours_t)
        cpp = mb / min(cpp_t) if cpp_t else None
        slow = mb / min(slow_t) if slow_t else None

        rows.append([
            f"{corpus} {config}", f"{mb:.2f}",
            f"{ours:.1f}", f"{cpp:.1f}" if cpp else "n/a", f"{slow:.2f}" if slow else "n/a",
            ratio(ours, cpp), "yes" if cpp and ours >= cpp else "NO",
            ratio(ours, slow), "yes" if slow and ours >= 15 * slow else "NO",
        ])
    print_table(
        f"1. Throughput, MB/s of UTF-8 input, in-process, best of {REPEAT} "
        f"(OpenCC C++ {opencc_ref.OPENCC_VERSION}, opencc-python-reimplemented {reimpl_version})",
        ["workload", "MB", "zhtext", "OpenCC C++", "reimpl.", "vs C++", ">=1.0x", "vs reimpl.", ">=15x"],
        rows,
    )


# --------------------------------------------------------------------------
# 2. start-up


def wall_times(commands: list[list[str]], runs: int) -> list[list[float]]:
    """Wall seconds of each command, ``runs`` times, interleaved so load drift hits all alike."""
    for cmd in commands:  # warm-up (file caches, zhtext's table cache)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for cmd, bucket in zip(commands, times):
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            bucket.append(time.perf_counter() - start)
    return times


CLEAN_VENV = Path(__file__).resolve().parent / ".venv-zhtext"


def clean_zhtext_venv() -> Path:
    """``benchmarks/.venv-zhtext`` with ``pip install <repo>`` (not editable): what a user gets.

    The main environment's interpreter pays for its editable-install finder
    and other ``.pth`` hooks at every start; the OpenCC wheel runs from a
    clean venv, so this gives zhtext the same footing.  Reinstalled from the
    working tree on every call (dependencies only the first time).
    """
    python = CLEAN_VENV / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(CLEAN_VENV)], check=True)
        cmd = pip + [str(ROOT)]
    else:
        cmd = pip + ["--force-reinstall", "--no-deps", str(ROOT)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"installing zhtext into {CLEAN_VENV} failed:\n{proc.stderr}")
    return CLEAN_VENV / "bin" / "zhtext"


def startup(tmp: Path, notes: list[str], clean_venv: bool = False) -> None:
    small = tmp / "one_line.txt"
    small.write_text(ONE_LINE, encoding="utf-8")
    args = ["convert", "-c", "s2t", str(small)]
    ours_labels = ["zhtext convert -c s2t FILE"]
    commands = [(ours_labels[0], zhtext_command() + args)]
    if clean_venv:
        ours_labels.append("zhtext convert -c s2t FILE (clean venv)")
        commands.append((ours_labels[1], [str(clean_zhtext_venv())] + args))
    if opencc_ref.available():
        commands.append(("opencc -c s2t -i FILE (1.4.2 wheel)", [str(opencc_ref.opencc_command()), "-c", "s2t", "-i", str(small)]))
    else:
        notes.append(opencc_ref.missing_note())
    commands.append(("python3 -c pass (this env's floor)", [sys.executable, "-c", "pass"]))
    if clean_venv:
        commands.append(("python -c pass (clean zhtext venv's floor)", [str(CLEAN_VENV / "bin" / "python"), "-c", "pass"]))
    if opencc_ref.available():
        commands.append(("python -c pass (reference venv's floor)", [str(opencc_ref.venv_python()), "-c", "pass"]))

    all_times = wall_times([cmd for _, cmd in commands], STARTUP_RUNS)
    measured = {label: statistics.median(t) for (label, _), t in zip(commands, all_times)}
    spread = {label: (min(t), max(t)) for (label, _), t in zip(commands, all_times)}
    ref = measured.get("opencc -c s2t -i FILE (1.4.2 wheel)")
    rows = []
    for label, _ in commands:
        med = measured[label]
        lo, hi = spread[label]
        target = ""
        if label in ours_labels and ref:
            target = "yes" if med <= 0.7 * ref else "NO"
        rows.append([label, f"{med * 1000:.0f}", f"{lo * 1000:.0f}-{hi * 1000:.0f}", ratio(med, ref) if ref else "n/a", target])
    print_table(
        f"2. Start-up: whole-process wall time of a one-line conversion, median of {STARTUP_RUNS} interleaved runs, ms",
        ["command", "median ms", "range ms", "vs opencc", "<=0.70x"],
        rows,
    )


# --------------------------------------------------------------------------
# 3. memory


# Peak RSS is read from the measured process's own rusage, reported by a
# small process that started it.  Not by os.wait4 on a child of this script:
# Python starts children with vfork, and Linux carries the parent's peak RSS
# into the child's ru_maxrss at exec, so a child of a big benchmark process
# would be charged for the benchmark's own memory.
_HELPER = r"""
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
proc.returncode = os.waitstatus_to_exitcode(status)
print(proc.returncode, usage.ru_maxrss)
"""


def run_measured(cmd: list[str]) -> tuple[int, float, int]:
    """Run ``cmd``; return (exit code, wall seconds, peak RSS in bytes) of that process alone."""
    gnu_time = Path("/usr/bin/time")
    start = time.perf_counter()
    if gnu_time.exists():
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
            proc = subprocess.run([str(gnu_time), "-f", "%x %M", "-o", report.name] + cmd,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            seconds = time.perf_counter() - start
            code, kib = report.read().split()[-2:]
    else:  # a small Python process in between (its own few MB may count)
        proc = subprocess.run([sys.executable, "-c", _HELPER] + cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        code, kib = proc.stdout.split()[-2:]
    return int(code), seconds, int(kib) * 1024  # KiB on Linux


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def memory(tmp: Path, big_mb: int, notes: list[str]) -> None:
    piece = CORPORA["zuozhuan"].read_bytes()
    copies = math.ceil(big_mb * 1e6 / len(piece))
    big = tmp / "big.txt"
    with open(big, "wb") as f:
        for _ in range(copies):
            f.write(piece)
    size = big.stat().st_size

    runs = [("zhtext convert -c s2t BIG -o OUT", zhtext_command() + ["convert", "-c", "s2t", str(big), "-o", str(tmp / "out-zhtext.txt")], tmp / "out-zhtext.txt")]
    if opencc_ref.available():
        runs.append(("opencc -c s2t -i BIG -o OUT (1.4.2 wheel)", [str(opencc_ref.opencc_command()), "-c", "s2t", "-i", str(big), "-o", str(tmp / "out-opencc.txt")], tmp / "out-opencc.txt"))
    else:
        notes.append(opencc_ref.missing_note())

    rows, digests = [], []
    for label, cmd, out in runs:
        code, seconds, rss = run_measured(cmd)
        if code != 0 or not out.exists():
            rows.append([label, f"exit {code}", "", "", ""])
            continue
        digests.append(file_digest(out))
        rows.append([label, f"{rss / 1e6:.0f}", f"{seconds:.1f}", f"{size / 1e6 / seconds:.1f}", f"{out.stat().st_size / 1e6:.0f}"])
        out.unlink()
    ours = rows[0][1]
    met = ours.isdigit() and int(ours) < 200
    print_table(
        f"3. Memory: converting {size / 1e6:.0f} MB ({copies} x zuozhuan), peak RSS of the process "
        f"(target zhtext < 200 MB: {'met' if met else 'NOT met'})",
        ["command", "peak RSS MB", "wall s", "MB/s", "out MB"],
        rows,
    )
    if len(digests) == 2:
        print(f"   outputs identical: {'yes' if digests[0] == digests[1] else 'NO'}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-memory", action="store_true", help="skip the 200 MB peak-memory run")
    parser.add_argument("--big-mb", type=int, default=200, help="size of the memory test file in MB (default 200)")
    parser.add_argument("--zhtext", metavar="PATH", help="zhtext executable to time (default: the one beside this Python), "
                        "e.g. from a venv with a non-editable install")
    parser.add_argument("--clean-venv", action="store_true",
                        help="also time zhtext from benchmarks/.venv-zhtext, a fresh venv with a non-editable install "
                        "(created on first use; needs the package index once)")
    args = parser.parse_args(argv)
    if args.zhtext:
        ZHTEXT_OVERRIDE[:] = [args.zhtext]

    missing = [str(p) for p in CORPORA.values() if not p.exists()]
    if missing:
        print(f"corpora not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    notes: list[str] = []
    print(f"zhtext benchmark: python {sys.version.split()[0]}, {os.cpu_count()} CPUs; zhtext command: {' '.join(zhtext_command())}\n")
    throughput(notes)
    with tempfile.TemporaryDirectory(prefix="zhtext-bench-") as tmp:
        startup(Path(tmp), notes, clean_venv=args.clean_venv)
        if not args.skip_memory:
            memory(Path(tmp), args.big_mb, notes)
    for note in dict.fromkeys(notes):
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
