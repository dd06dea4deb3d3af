"""Linear time and bounded memory: every command on ordinary and pathological inputs.

For each shape and command, runs the real `zhtext` command (a child process)
on inputs of 1x, 2x and 4x a base size and prints wall time and peak RSS.
Doubling the input should at most about double the time (the `4x/1x` column
should stay near 4, anything far above is a super-linear path).  With
`--big`, runs every command on 100 MB on a single line, then converts,
normalizes and recodes a 1 GB file and prints peak memory (target: under
200 MB).

    python benchmarks/scaling.py            # the table (a few minutes)
    python benchmarks/scaling.py --quick    # smaller bases
    python benchmarks/scaling.py --big      # plus the 1 GB runs (needs ~3 GB of disk)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

SENTENCE = "我们在周末去图书馆借了几本关于历史和地理的书，回家后一边喝茶一边阅读。"


def corpus_text() -> str:
    path = SHARED / "corpora" / "hotel_reviews.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    return (SENTENCE + "\n") * 20000


def repeat_to(text: str, size: int) -> str:
    """``text`` repeated (and cut) to about ``size`` UTF-8 bytes."""
    unit = len(text.encode("utf-8")) or 1
    times = size // unit + 1
    return (text * times)[: max(1, int(len(text) * times * size / (unit * times)))]


# shape name -> (function(size) -> bytes, suffix, commands it applies to)
def ordinary(size):
    return repeat_to(corpus_text(), size).encode("utf-8")


def single_line(size):
    return repeat_to(SENTENCE, size).encode("utf-8")


def one_char_lines(size):
    return ("字\n" * (size // 4)).encode("utf-8")


def space_runs(size):
    return (("  " * 500 + "字\n") * (size // 1004)).encode("utf-8")


def punctuation_runs(size):
    return ("，。！？" * (size // 12)).encode("utf-8")


def repeated_char(size):
    return ("发" * (size // 3)).encode("utf-8")


def html_nested(size):
    depth = max(1, size // 11)
    return ("<html><body>" + "<div>" * depth + "正文" + "</div>" * depth + "</body></html>").encode("utf-8")


def html_many_elements(size):
    n = max(1, size // 24)
    return ("<html><body>" + "<p><a href=#>字</a></p>" * n + "</body></html>").encode("utf-8")


def mhtml_broken(size):
    body = ("<p>" + SENTENCE + "</p>\n") * max(1, size // 120)
    head = (
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_B\"\r\n\r\n"
        "------=_B\r\nContent-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    )
    return (head + body).encode("utf-8")  # the closing boundary never comes


def mhtml_no_boundary(size):
    body = ("<p>" + SENTENCE + "</p>\r\n") * max(1, size // 120)
    head = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NEVER\"\r\n\r\n"
    return (head + body).encode("utf-8")  # a boundary is declared and never used


def mhtml_broken_boundaries(size):
    part = ("------=_B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>" + SENTENCE + "</p>\r\n"
            "----=_B\r\n--=_B-\r\n")  # cut and misspelt boundary lines between the parts
    head = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_B\"\r\n\r\n"
    return (head + part * max(1, size // len(part.encode("utf-8")))).encode("utf-8")


SHAPES = {
    "ordinary text": (ordinary, ".txt", ("convert", "normalize", "recode", "strip", "detect")),
    "single long line": (single_line, ".txt", ("convert", "normalize", "recode", "strip", "detect")),
    "one-char lines": (one_char_lines, ".txt", ("convert", "normalize", "recode", "strip")),
    "runs of spaces": (space_runs, ".txt", ("convert", "normalize", "strip")),
    "punctuation runs": (punctuation_runs, ".txt", ("convert", "normalize", "strip")),
    "one repeated char": (repeated_char, ".txt", ("convert", "normalize", "strip")),
    "HTML nested deep": (html_nested, ".html", ("strip",)),
    "HTML many elements": (html_many_elements, ".html", ("strip",)),
    "MHTML no end boundary": (mhtml_broken, ".mht", ("strip",)),
    "MHTML no boundary": (mhtml_no_boundary, ".mht", ("strip",)),
    "MHTML broken parts": (mhtml_broken_boundaries, ".mht", ("strip",)),
}

COMMANDS = {
    "convert": ["convert", "-c", "s2t"],
    "normalize": ["normalize", "--profile", "text"],
    "recode": ["recode"],
    "strip": ["strip"],
    "detect": ["detect", "--json"],
}


def zhtext() -> list[str]:
    exe = shutil.which("zhtext")
    return [exe] if exe else [sys.executable, "-m", "zhtext.cli"]


def run_child(args: list[str], stdout_path: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one child process.

    Peak memory comes from GNU time's %M when it is installed: the rusage
    that wait4 reports for a direct child also counts the parent's own peak
    (the child starts as a copy of it), which would inflate small figures.
    """
    gnu_time = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    report = stdout_path.with_suffix(".rss")
    if gnu_time:
        args = [gnu_time, "-q", "-f", "%M", "-o", str(report)] + args
    with open(stdout_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    peak_kb = usage.ru_maxrss
    if gnu_time:
        try:
            peak_kb = int(report.read_text().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return seconds, peak_kb / 1024, code


def scaling_table(base: int, workdir: Path) -> None:
    print(f"base size {base / 1e6:.0f} MB; times in seconds, peak RSS in MB\n")
    header = f"{'shape':<22} {'command':<10} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'4x/1x':>6} {'peak MB (4x)':>13} {'exit':>5}"
    print(header)
    print("-" * len(header))
    for shape, (make, suffix, commands) in SHAPES.items():
        files = []
        for factor in (1, 2, 4):
            path = workdir / f"{shape.replace(' ', '_')}_{factor}{suffix}"
            path.write_bytes(make(base * factor))
            files.append(path)
        for command in commands:
            times, peak, code = [], 0.0, 0
            for path in files:
                seconds, rss, code = run_child(zhtext() + COMMANDS[command] + [str(path)], workdir / "out")
                times.append(seconds)
                peak = rss
            ratio = times[2] / times[0] if times[0] > 0 else float("nan")
            print(f"{shape:<22} {command:<10} {times[0]:7.2f} {times[1]:7.2f} {times[2]:7.2f} {ratio:6.1f} {peak:13.0f} {code:5d}")
            sys.stdout.flush()
        for path in files:
            path.unlink()


def long_line_runs(workdir: Path, size: int) -> None:
    print(f"\n{size / 1e6:.0f} MB on a single line, output to a file with -o\n")
    path = workdir / "line.txt"
    path.write_bytes(single_line(size))
    print(f"{'command':<10} {'seconds':>8} {'MB/s':>7} {'peak RSS MB':>12} {'exit':>5}")
    for command in ("convert", "normalize", "recode", "detect", "strip"):
        out = workdir / "line.out"
        where = [] if command == "detect" else ["-o", str(out)]  # detect prints one line
        seconds, rss, code = run_child(zhtext() + COMMANDS[command] + [str(path)] + where, workdir / "stdout")
        print(f"{command:<10} {seconds:8.1f} {size / seconds / 1e6:7.1f} {rss:12.0f} {code:5d}")
        sys.stdout.flush()
        out.unlink(missing_ok=True)
    path.unlink()


def big_runs(workdir: Path, size: int) -> None:
    print(f"\n{size / 1e9:.1f} GB file (ordinary text), output to a file with -o\n")
    path = workdir / "big.txt"
    unit = ordinary(8 * 1024 * 1024)
    with open(path, "wb") as fh:
        written = 0
        while written < size:
            fh.write(unit)
            written += len(unit)
    print(f"{'command':<10} {'seconds':>8} {'MB/s':>7} {'peak RSS MB':>12} {'exit':>5}")
    for command in ("convert", "normalize", "recode"):
        out = workdir / "big.out"
        seconds, rss, code = run_child(zhtext() + COMMANDS[command] + [str(path), "-o", str(out)], workdir / "stdout")
        print(f"{command:<10} {seconds:8.1f} {written / seconds / 1e6:7.1f} {rss:12.0f} {code:5d}")
        sys.stdout.flush()
        out.unlink(missing_ok=True)
    path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="base size 2 MB instead of 8 MB")
    parser.add_argument("--big", action="store_true", help="also the 1 GB peak-memory runs")
    parser.add_argument("--big-size", type=float, default=1.0, help="size of the big file in GB")
    args = parser.parse_args()
    base = (2 if args.quick else 8) * 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="zhtext-scaling-") as tmp:
        workdir = Path(tmp)
        scaling_table(base, workdir)
        if args.big:
            long_line_runs(workdir, 100 * 1000 * 1000)
            big_runs(workdir, int(args.big_size * 1e9))


if __name__ == "__main__":
    main()
