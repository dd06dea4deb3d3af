"""zhtext's typesetter beside autocorrect-py: agreement and throughput.

1. Agreement on our corpus (tests/typeset/cases.tsv, the cases run with the
   default rules): how many sentences both tools typeset identically, and the
   differing ones sorted into categories (the README lists why zhtext differs
   on purpose).
2. Throughput, in MB/s of UTF-8 input, of ``Typesetter.typeset`` (default
   rules and all rules) and ``autocorrect_py.format`` on 5 MB of mixed Chinese
   and English Markdown built from ../shared/corpora with English phrases,
   inline code, links and fenced code mixed in (the same text for both;
   best of N, after one warm-up run that compiles the patterns).
   Target: zhtext >= 30 MB/s in one process.
3. Idempotence on ../shared/corpora: typesetting the output again changes
   nothing, and no Han character changes, for every rule set.

    python benchmarks/bench_typeset.py [--repeat N] [--mb 5] [--show-diffs]
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from zhtext.converters.typeset import HAN, RULES, Typesetter, TypesetOptions

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
CASES = ROOT / "tests" / "typeset" / "cases.tsv"
TARGET = 30.0

_HAN = re.compile(f"[{HAN}]")
_UNITS = "年月日号號时時点點分秒天"

ENGLISH = [
    "We use Python 3.12 and Rust for this project.",
    "See https://example.com/docs?page=2,3 for details.",
    "Run `pip install zhtext` first, then `zhtext typeset --check docs/`.",
    "Contact admin@example.org if the build fails.",
    "The binary lives in /usr/local/bin/zhtext on Linux.",
    "Version 1.2.3 was released on 2025-03-27 at 12:30.",
]
SNIPPETS = [
    "使用Python开发",
    "共3个",
    " GitHub ",
    "iOS 17",
    "（见`config.toml`）",
    "[文档](https://example.com/文档)",
    "价格1,000元",
]
CODE = '```python\nprint("你好,world")  # 注释:保持原样\nx = f(1, 2)\n```'


def markdown_input(megabytes: float, seed: int = 7) -> str:
    lines: list[str] = []
    for path in sorted(CORPORA.glob("*.txt")):
        lines += [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    if not lines:
        raise SystemExit(f"no corpora found in {CORPORA}")
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    target = int(megabytes * 1e6)
    while size < target:
        r = rng.random()
        if r < 0.05:
            block = "## " + rng.choice(lines)[:20]
        elif r < 0.20:
            block = rng.choice(ENGLISH)
        elif r < 0.24:
            block = CODE
        else:
            line = rng.choice(lines)
            cut = len(line) // 2
            block = line[:cut] + rng.choice(SNIPPETS) + line[cut:] if r < 0.6 else line
            if r > 0.9:
                block = "- " + block
        out.append(block)
        size += len(block.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


def load_cases() -> list[str]:
    """Inputs of the corpus cases run with exactly the default rules."""
    inputs = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        spec, source, _ = line.split("\t")
        if spec == "default":
            inputs.append(source.replace("\\n", "\n"))
    return inputs


def category(source: str, ours: str, theirs: str) -> str:
    """Why the two outputs differ, judged at the first difference."""
    ops = [op for op in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes() if op[0] != "equal"]
    _, i1, i2, j1, j2 = ops[0]
    mine, other = ours[i1:i2], theirs[j1:j2]
    near = ours[max(0, i1 - 6) : i2 + 6] + " " + theirs[max(0, j1 - 6) : j2 + 6]
    if (mine + other).strip(" ") == "":  # spacing only
        if re.search(rf"[0-9] ?[{_UNITS}]", near) and " " in other:
            return "no space around a number glued to a date/time unit (2025年3月27日, 3点30分)"
        if "`" in near:
            return "no space added next to inline code (a backtick is not a letter)"
        if re.search(r"[()\[\]]", near):
            return "no space added next to ASCII brackets and Markdown links"
        if re.search(r"[\uff10-\uff5a]", source):
            return "full-width letters/digits become ASCII and are spaced like any Latin word"
        if re.search(r"[/\\]", near):
            return "paths and URLs are kept whole (no space inside)"
        if re.search(r"[%‰#À-ɏ]", near):
            return "%, ‰, # and accented letters belong to the Latin word"
        if re.search(r"[-+][0-9]", near):
            return "a sign before a number (温度-5度) is not spaced like a letter"
        if "  " in near or "\n" in near:
            return "runs of spaces between Han and Latin become one; line ends kept"
        return "other spacing"
    if "（" in mine or "）" in mine:
        return "parentheses in Chinese context become full-width (autocorrect spaces them)"
    if any(c in mine for c in "；：") and any(c in other for c in ";:"):
        return "; and : after Chinese become full-width (autocorrect keeps them)"
    if any(c in mine for c in "，。！？") and any(c in other for c in ",.!? "):
        return "marks after closing punctuation or emphasis, runs of marks, a space before the mark"
    if any(c in other for c in "，。！？：；"):
        return "zhtext keeps ASCII: a sentence end before English, a dot in a domain, code"
    return "other"


def agreement(show: bool) -> None:
    import autocorrect_py

    ts = Typesetter()
    inputs = load_cases()
    same = 0
    cats: Counter[str] = Counter()
    examples: dict[str, tuple[str, str, str]] = {}
    for source in inputs:
        ours, theirs = ts.typeset(source), autocorrect_py.format(source)
        if ours == theirs:
            same += 1
            continue
        cat = category(source, ours, theirs)
        cats[cat] += 1
        examples.setdefault(cat, (source, ours, theirs))
        if show:
            print(f"  [{cat}]\n    in:          {source!r}\n    zhtext:      {ours!r}\n    autocorrect: {theirs!r}")
    print(f"\nAgreement on {len(inputs)} default-rule sentences of {CASES.relative_to(ROOT)}:")
    print(f"  identical output: {same} ({100 * same / len(inputs):.0f}%), different: {len(inputs) - same}\n")
    print("| where zhtext and autocorrect differ | sentences | example: input -> zhtext / autocorrect |")
    print("| --- | ---: | --- |")
    for cat, n in cats.most_common():
        src, ours, theirs = examples[cat]
        src, ours, theirs = (x.replace("\n", "\\n") for x in (src, ours, theirs))
        print(f"| {cat} | {n} | `{src}` -> `{ours}` / `{theirs}` |")


def best_of(repeat: int, func) -> float:
    func()  # warm-up: compiles the patterns
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


def throughput(text: str, repeat: int) -> None:
    import autocorrect_py

    mb = len(text.encode("utf-8")) / 1e6
    default = Typesetter()
    everything = Typesetter(TypesetOptions(frozenset(RULES), "corner"))
    once = default.typeset(text)
    paragraphs = text.split("\n\n")
    rows = [
        ("zhtext typeset, default rules", lambda: default.typeset(text)),
        ("zhtext typeset, all rules (quotes=corner)", lambda: everything.typeset(text)),
        ("zhtext typeset, default rules, already typeset", lambda: default.typeset(once)),
        ("zhtext check (findings), default rules", lambda: default.check(text)),
        ("autocorrect-py format (plain text)", lambda: autocorrect_py.format(text)),
        # autocorrect's Markdown parser stops with "call limit reached" on a
        # whole 5 MB document: it gets one call per paragraph
        ("autocorrect-py format_for (markdown, per paragraph)", lambda: [autocorrect_py.format_for(p, "md") for p in paragraphs]),
    ]
    print(f"\nThroughput on {mb:.1f} MB of mixed Chinese/English Markdown (CPU time, best of {repeat}):\n")
    print("| tool | MB/s |")
    print("| --- | ---: |")
    first = None
    for name, func in rows:
        rate = mb / best_of(repeat, func)
        first = first or rate
        print(f"| {name} | {rate:.1f} |")
    print(f"\nzhtext default rules: {first:.1f} MB/s (target >= {TARGET:.0f}): {'ok' if first >= TARGET else 'BELOW TARGET'}")


def idempotence() -> bool:
    ok = True
    option_sets = {
        "default": TypesetOptions(),
        "all, quotes=corner": TypesetOptions(frozenset(RULES), "corner"),
        "all, quotes=curly": TypesetOptions(frozenset(RULES), "curly"),
    }
    print("\nIdempotence and Han characters on ../shared/corpora:\n")
    print("| corpus | rules | lines | changed once | changed again | Han changed |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for path in sorted(CORPORA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for name, options in option_sets.items():
            ts = Typesetter(options)
            changed = again = han = 0
            for line in lines:
                once = ts.typeset(line)
                changed += once != line
                again += ts.typeset(once) != once
                han += _HAN.findall(once) != _HAN.findall(line)
            ok = ok and again == 0 and han == 0
            print(f"| {path.name} | {name} | {len(lines)} | {changed} | {again} | {han} |")
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--show-diffs", action="store_true", help="print every sentence where the tools differ")
    args = parser.parse_args(argv)
    agreement(args.show_diffs)
    throughput(markdown_input(args.mb), args.repeat)
    return 0 if idempotence() else 1


if __name__ == "__main__":
    sys.exit(main())
