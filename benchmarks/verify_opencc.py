"""Check that zhtext converts byte-identically to OpenCC C++ 1.4.2.

Corpora (from ../shared/corpora): zuozhuan.txt (classical, Simplified) and
hotel_reviews.txt (modern, informal, Simplified).

Checked:
  core   s2t, s2twp, s2hk on both corpora, and back: t2s on the s2t output,
         tw2sp on the s2twp output (the reference's forward output is the
         input of both engines, so every row compares one step);
  cli    the same rows (and the custom ones) through
         ``zhtext convert -c CONFIG FILE -o OUT`` (chunked conversion), when the
         convert command is installed;
  custom the configuration files in tests/opencc_configs/ (an extra text
         dictionary first in the chain, a chain of two conversions, a union
         group with an .ocd2 dictionary of its own) on both corpora, given
         to both engines as file paths;
  extra  all 16 configurations on both corpora.

OpenCC C++ runs in its own venv (see opencc_ref.py; ``--setup`` creates it).
Prints one table; exits 1 on any difference, 2 if a side is missing.

    python3 benchmarks/verify_opencc.py [--setup] [--core-only]
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import opencc_ref  # noqa: E402  (benchmarks/opencc_ref.py; never imports opencc here)

ROOT, SHARED, CORPORA = opencc_ref.ROOT, opencc_ref.SHARED, opencc_ref.CORPORA
CORE = ["s2t", "s2twp", "s2hk"]
BACK = {"t2s": "s2t", "tw2sp": "s2twp"}  # back config -> forward config whose output it reads
ALL = [
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
]
CONTEXT = 12
CUSTOM = sorted((ROOT / "tests" / "opencc_configs").glob("*.json"))


def zhtext_command() -> list[str]:
    """The installed ``zhtext`` console script next to this Python, else ``python -m zhtext.cli``."""
    script = Path(sys.executable).parent / "zhtext"
    if script.exists():
        return [str(script)]
    found = shutil.which("zhtext")
    return [found] if found else [sys.executable, "-m", "zhtext.cli"]


def cli_available() -> bool:
    return importlib.util.find_spec("zhtext.cli.convert") is not None


def first_difference(ours: bytes, ref: bytes) -> str:
    """Describe the first differing character: offset, line and both contexts."""
    a = ours.decode("utf-8", errors="replace")
    b = ref.decode("utf-8", errors="replace")
    n = min(len(a), len(b))
    # find the first differing index by halving over equal blocks (fast on MB strings)
    lo, hi = 0, n
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    i = lo
    while i < n and a[i] == b[i]:
        i += 1
    if i == n and len(a) == len(b):
        return "same text, different bytes"
    line = a.count("\n", 0, i) + 1
    start = max(0, i - CONTEXT)

    def snippet(s: str) -> str:
        return (s[start:i] + "[" + s[i:i + 1] + "]" + s[i + 1:i + 1 + CONTEXT]).replace("\n", "⏎")

    return (
        f"char {i} (line {line}; lengths {len(a)} vs {len(b)}): "
        f"zhtext …{snippet(a)}… opencc …{snippet(b)}…"
    )


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers) - 1)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths) + "  {}"
    print(fmt.format(*headers))
    print(fmt.format(*("-" * w for w in widths), "-" * len(headers[-1])))
    for r in rows:
        print(fmt.format(*r))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", action="store_true", help="create the OpenCC reference venv if missing")
    parser.add_argument("--core-only", action="store_true", help="skip the extra all-16-configurations rows")
    args = parser.parse_args(argv)

    missing = [str(p) for p in CORPORA.values() if not p.exists()]
    if missing:
        print(f"corpora not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    if not opencc_ref.available():
        if not args.setup:
            print(opencc_ref.missing_note(), file=sys.stderr)
            return 2
        opencc_ref.create_venv(quiet=True)
    try:
        from zhtext.converters import Converter
    except ImportError as exc:
        print(f"zhtext conversion engine not importable: {exc}", file=sys.stderr)
        return 2

    extra = [] if args.core_only else ALL
    with tempfile.TemporaryDirectory(prefix="zhtext-verify-") as tmp:
        tmp = Path(tmp)
        # rows: (section, config, label, input path, reference output path)
        rows = []
        forward_jobs = []
        for corpus, path in CORPORA.items():
            for config in dict.fromkeys(CORE + extra):
                out = tmp / f"ref-{corpus}-{config}.txt"
                forward_jobs.append((config, path, out))
            for config in CUSTOM:
                forward_jobs.append((str(config), path, tmp / f"ref-{corpus}-{config.stem}.txt"))
        back_jobs = []
        for corpus in CORPORA:
            for back, fwd in BACK.items():
                src = tmp / f"ref-{corpus}-{fwd}.txt"
                back_jobs.append((back, src, tmp / f"ref-{corpus}-{fwd}-{back}.txt"))

        t0 = time.perf_counter()
        opencc_ref.convert_files(forward_jobs)
        opencc_ref.convert_files(back_jobs)
        ref_seconds = time.perf_counter() - t0

        for corpus, path in CORPORA.items():
            for config in CORE:
                rows.append(("core", config, corpus, path, tmp / f"ref-{corpus}-{config}.txt"))
            for back, fwd in BACK.items():
                rows.append(("core", back, f"{corpus}→{fwd}", tmp / f"ref-{corpus}-{fwd}.txt",
                             tmp / f"ref-{corpus}-{fwd}-{back}.txt"))
        for corpus, path in CORPORA.items():
            for config in CUSTOM:
                rows.append(("custom", str(config), corpus, path, tmp / f"ref-{corpus}-{config.stem}.txt"))
        core_rows = list(rows)
        for corpus, path in CORPORA.items():
            for config in extra:
                rows.append(("extra", config, corpus, path, tmp / f"ref-{corpus}-{config}.txt"))

        converters: dict[str, Converter] = {}
        table = []
        failures = 0
        t0 = time.perf_counter()
        for section, config, label, src, ref_out in rows:
            text = src.read_bytes().decode("utf-8")
            error = None
            try:
                conv = converters.get(config) or converters.setdefault(config, Converter(config))
                ours = conv.convert(text).encode("utf-8")
            except Exception as exc:  # report the row, keep checking the others
                ours, error = b"", f"zhtext raised {type(exc).__name__}: {exc}"
            table.append((section, config, label, text, ours, ref_out.read_bytes(), error))
        api_seconds = time.perf_counter() - t0

        cli_note = None
        if cli_available():
            cmd = zhtext_command()
            for section, config, label, src, ref_out in core_rows:
                out = tmp / f"cli-{label.replace('→', '-')}-{Path(config).stem}.txt"
                proc = subprocess.run(cmd + ["convert", "-c", config, str(src), "-o", str(out)],
                                      capture_output=True)
                text = src.read_bytes().decode("utf-8")
                ours, error = (out.read_bytes() if out.exists() else b""), None
                if proc.returncode != 0 or not out.exists():
                    err = proc.stderr.decode(errors="replace").strip().splitlines()
                    error = f"zhtext convert exited {proc.returncode}: {err[-1] if err else ''}"
                table.append(("cli", config, label, text, ours, ref_out.read_bytes(), error))
        else:
            cli_note = "cli rows skipped: zhtext.cli.convert is not installed yet"

        out_rows = []
        for section, config, label, text, ours, ref, error in table:
            same = error is None and ours == ref
            failures += not same
            out_rows.append([section, Path(config).name if section == "custom" or "/" in config else config, label, f"{len(text):,}", f"{len(ref):,}",
                             "yes" if same else "NO",
                             error or ("" if same else first_difference(ours, ref))])

    print(f"zhtext vs OpenCC C++ {opencc_ref.OPENCC_VERSION} (reference venv {opencc_ref.VENV})")
    print(f"corpora: {', '.join(f'{k} ({p.stat().st_size:,} bytes)' for k, p in CORPORA.items())}")
    print()
    order = {"core": 0, "custom": 1, "cli": 2, "extra": 3}
    out_rows.sort(key=lambda row: order[row[0]])  # stable: keeps the order within a section
    print_table(["check", "config", "input", "chars", "out bytes", "identical", "first difference"], out_rows)
    print()
    if cli_note:
        print(cli_note)
    print(f"reference conversions {ref_seconds:.1f} s, zhtext in-process {api_seconds:.1f} s")
    print(f"{len(out_rows) - failures}/{len(out_rows)} identical" + ("" if not failures else f"; {failures} differ"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
