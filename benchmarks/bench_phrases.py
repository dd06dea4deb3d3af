"""Phrase sets on real text: round-trip errors beside OpenCC, and throughput.

For each real Traditional text collected by collect_phrase_material.py
(kept outside the repository, /work/material/opencc by default; manifest in
benchmarks/phrase_material.json): convert it to Simplified with ``t2s``,
back with the regional configuration, and count the Han characters that
differ from the original.  Rows: OpenCC C++ 1.4.2 (reference venv, see
opencc_ref.py), zhtext without phrase sets (identical to OpenCC), and
zhtext with each phrase set.  Targets: s2hk --phrases yue at most half of
OpenCC's errors on Cantonese; s2tw --phrases tw-gov / yue no more than
0.02 points worse than OpenCC on Taiwan text; throughput with a phrase set
within 10% of without (in-process, whole text, best of 5 interleaved rounds).

    python benchmarks/bench_phrases.py [--material DIR] [--no-reference]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import opencc_ref  # noqa: E402

from zhtext.converters import Converter  # noqa: E402

HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff]")
# text -> (configuration back, phrase sets to try)
PLAN = {
    "cantonese": ("s2hk", [("yue",)]),
    "tw-docs": ("s2tw", [("tw-gov",), ("yue",)]),
    "tw-law": ("s2tw", [("tw-gov",), ("yue",)]),
}


def han_errors(original: str, back: str) -> int:
    """Han characters of ``original`` that ``back`` does not reproduce."""
    if len(original) == len(back):
        return sum(1 for a, b in zip(original, back) if a != b and HAN.match(a))
    errors = 0
    for a_line, b_line in zip(original.split("\n"), back.split("\n")):
        if a_line == b_line:
            continue
        if len(a_line) == len(b_line):
            errors += sum(1 for a, b in zip(a_line, b_line) if a != b and HAN.match(a))
            continue
        matcher = difflib.SequenceMatcher(None, a_line, b_line, autojunk=False)
        for tag, i1, i2, _, _ in matcher.get_opcodes():
            if tag != "equal":
                errors += len(HAN.findall(a_line[i1:i2]))
    return errors


def best_times(funcs, text: str, rounds: int = 5) -> list[float]:
    """Best time of each function over interleaved rounds (a busy machine slows all alike)."""
    best = [float("inf")] * len(funcs)
    for _ in range(rounds):
        for i, func in enumerate(funcs):
            start = time.perf_counter()
            func(text)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--material", type=Path, default=Path("/work/material/opencc"))
    parser.add_argument("--no-reference", action="store_true", help="skip the OpenCC C++ rows")
    args = parser.parse_args(argv)
    reference = not args.no_reference and opencc_ref.available()
    rows, speed = [], []
    with tempfile.TemporaryDirectory(prefix="zhtext-phrases-") as tmp:
        tmp = Path(tmp)
        for name, (config, sets) in PLAN.items():
            path = args.material / f"{name}.txt"
            if not path.exists():
                print(f"{path} missing: run benchmarks/collect_phrase_material.py", file=sys.stderr)
                return 2
            original = path.read_text(encoding="utf-8")
            han = len(HAN.findall(original))
            simplified = Converter("t2s").convert(original)
            if reference:
                (tmp / "s.txt").write_text(simplified, encoding="utf-8")
                opencc_ref.convert_files([(config, tmp / "s.txt", tmp / "ref.txt")])
                back = (tmp / "ref.txt").read_text(encoding="utf-8")
                rows.append((name, f"{han:,}", f"OpenCC C++ {config}", han_errors(original, back), han))
            plain = Converter(config)
            rows.append((name, f"{han:,}", f"zhtext {config}", han_errors(original, plain.convert(simplified)), han))
            for phrase_sets in sets:
                conv = Converter(config, phrases=phrase_sets)
                label = f"zhtext {config} " + " ".join(f"--phrases {p}" for p in phrase_sets)
                rows.append((name, f"{han:,}", label, han_errors(original, conv.convert(simplified)), han))
                without, with_ = best_times([plain.convert, conv.convert], simplified)
                speed.append((name, label, len(simplified) / without / 1e6, len(simplified) / with_ / 1e6))
    print("Round trip: real Traditional text -> t2s -> back; Han characters not reproduced")
    print(f"{'text':<10} {'Han chars':>10}  {'back with':<40} {'errors':>7} {'rate':>8}")
    for name, han_s, label, errors, han in rows:
        print(f"{name:<10} {han_s:>10}  {label:<40} {errors:>7,} {100 * errors / han:>7.3f}%")
    if not reference:
        print("(OpenCC C++ rows skipped: " + ("--no-reference" if args.no_reference else opencc_ref.missing_note()) + ")")
    print()
    print("Throughput (M chars/s, in-process, best of 5 interleaved rounds)")
    print(f"{'text':<10} {'configuration':<40} {'without':>8} {'with':>8} {'ratio':>6}")
    for name, label, without, with_ in speed:
        print(f"{name:<10} {label:<40} {without:>8.2f} {with_:>8.2f} {with_ / without:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
