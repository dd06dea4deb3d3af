"""Throughput of whitespace normalization, in MB/s of UTF-8 input.

Input: the text corpora in ../shared/corpora with every line given 18
spaces of indentation (a typical saved page), two trailing spaces and CRLF.
zhtext is timed in-process on the decoded text (``normalize``) and as a
stream of 1 MiB byte blocks (decode, ``Normalizer``, encode), for each
profile; beside it, pre-commit-hooks' three fixers that together do what the
minimal profile does (on a file, so they include file I/O), and a plain
per-line Python loop for reference.  Target: >= 50 MB/s in-process.

    python benchmarks/bench_normalize.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from zhtext.converters.whitespace import Normalizer, normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"
TARGET = 50.0
BLOCK = 1 << 20


def load_input() -> str:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPORA.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no corpora found in {CORPORA}")
    lines = "\n".join(texts).split("\n")
    return "".join(" " * 18 + line + "  \r\n" for line in lines)


def best_of(repeat: int, func) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def zhtext_rows(text: str, data: bytes, repeat: int):
    mb = len(data) / 1e6
    for profile in ("text", "markdown", "minimal"):
        seconds = best_of(repeat, lambda: normalize(text, profile=profile))
        yield "zhtext normalize()", profile, mb / seconds

        def stream():
            n = Normalizer(profile=profile)
            import codecs

            dec = codecs.getincrementaldecoder("utf-8")()
            for i in range(0, len(data), BLOCK):
                n.feed(dec.decode(data[i:i + BLOCK])).encode("utf-8")
            n.finish().encode("utf-8")

        seconds = best_of(repeat, stream)
        yield "zhtext Normalizer, 1 MiB blocks", profile, mb / seconds
    seconds = best_of(repeat, lambda: normalize(text, profile="text", indent="fullwidth",
                                                paragraphs="blank", eol="keep"))
    yield "zhtext normalize()", "text, fullwidth, blank, keep", mb / seconds


def precommit_rows(data: bytes, repeat: int):
    try:
        from pre_commit_hooks import end_of_file_fixer, mixed_line_ending, trailing_whitespace_fixer
    except ImportError:
        yield "pre-commit-hooks", "(not installed: pip install pre-commit-hooks)", None
        return
    mb = len(data) / 1e6
    fd, name = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    try:
        def run():
            with open(name, "wb") as fh:
                fh.write(data)
            mixed_line_ending.fix_filename(name, "lf")
            trailing_whitespace_fixer._fix_file(name, False, None)
            with open(name, "rb+") as fh:
                end_of_file_fixer.fix_file(fh)

        seconds = best_of(repeat, run)
        yield "pre-commit-hooks (3 fixers, file I/O)", "like minimal", mb / seconds
    finally:
        os.unlink(name)


def naive_row(text: str, data: bytes, repeat: int):
    def run():
        lines = text.replace("\r\n", "\n").split("\n")
        out = "\n".join(" ".join(line.split(" ")).strip() for line in lines)
        return out.strip("\n") + "\n"

    seconds = best_of(repeat, run)
    yield "plain Python per-line loop", "strip + join (no rules)", len(data) / 1e6 / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per row; the best counts")
    args = parser.parse_args()
    text = load_input()
    data = text.encode("utf-8")
    print(f"input: {len(data) / 1e6:.1f} MB UTF-8, {text.count(chr(10))} lines "
          f"(corpora + 18-space indentation + CRLF), best of {args.repeat}")
    rows = [*zhtext_rows(text, data, args.repeat), *precommit_rows(data, args.repeat),
            *naive_row(text, data, args.repeat)]
    width = max(len(r[0]) for r in rows)
    pwidth = max(len(r[1]) for r in rows)
    print(f"{'tool':<{width}}  {'profile':<{pwidth}}  {'MB/s':>7}")
    print(f"{'-' * width}  {'-' * pwidth}  {'-' * 7}")
    for tool, profile, rate in rows:
        shown = "   n/a" if rate is None else f"{rate:7.1f}"
        flag = "" if rate is None or not tool.startswith("zhtext") or rate >= TARGET else "  below target"
        print(f"{tool:<{width}}  {profile:<{pwidth}}  {shown}{flag}")
    print(f"target: >= {TARGET:.0f} MB/s in-process")


if __name__ == "__main__":
    main()
