"""Throughput of markup-aware conversion against plain conversion.

Input: about 5 MB of Markdown built from the text corpora in
../shared/corpora (deterministic): every corpus line becomes a paragraph,
and between them come headings, fenced code blocks, inline code, links and
images with Chinese targets, autolinks, bare URLs, lists, tables, raw HTML
and a YAML front matter.  Timed, best of N:

* in-process: ``Converter.convert`` on the whole text, against
  ``convert_prose(text, converter, "markdown")`` (split + conversion of the
  prose runs), and the split alone;
* the command: ``zhtext convert -c s2t --markup none FILE`` (plain
  conversion; only URLs and e-mail addresses are looked for) against
  ``--markup markdown`` (start-up, reading, decoding and writing included),
  when the installed zhtext has ``--markup``.

Target: markup-aware conversion at >= 50% of plain conversion's throughput.
The contenders run one after another in each round (best of N rounds), so on
a shared machine they see the same load.

    python benchmarks/bench_markup.py [--repeat N] [--size MB] [--config s2t]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"
TARGET = 0.5


def build_markdown(size: int, seed: int = 12) -> str:
    """About ``size`` bytes of Markdown with markup mixed into corpus prose."""
    lines = []
    for path in sorted(CORPORA.glob("*.txt")):
        lines += [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
    if not lines:
        raise SystemExit(f"no corpora found in {CORPORA}")
    rng = random.Random(seed)
    parts = ["---\ntitle: 基准测试文档\ntags: [简体, 转换]\nlayout: post\n---\n"]
    total = len(parts[0].encode())
    i = 0
    while total < size:
        line = lines[i % len(lines)]
        i += 1
        r = rng.random()
        if r < 0.08:
            block = f"## {line[:24]}"
        elif r < 0.16:
            block = f"{line}\n见[相关说明{i}](https://zh.wikipedia.org/wiki/汉字_{i} \"说明标题\")和`config_{i}.yaml`。"
        elif r < 0.22:
            block = f"```python\n# 处理第 {i} 段\ndef convert_{i}(text):\n    return text.replace('汉', '漢')\n```"
        elif r < 0.27:
            block = f"- {line}\n- 参见 <https://例子.中国/文档/{i}> 与 https://github.com/用户/仓库/{i}"
        elif r < 0.30:
            block = f"| 项目 | 说明 |\n|---|---|\n| `key_{i}` | {line[:30]} |\n| 图片 | ![示意图](images/图{i}.png) |"
        elif r < 0.33:
            block = f'<div class="注意" title="提示信息">{line[:40]}</div>'
        elif r < 0.35:
            block = f"    indented_code_{i} = '中文字符串'\n    print(indented_code_{i})"
        else:
            block = line
        parts.append(block)
        total += len(block.encode()) + 2
    return "\n\n".join(parts) + "\n"


def interleaved(repeat: int, *funcs) -> list[float]:
    """The best time of each function over ``repeat`` rounds that run them one
    after another, so that on a shared machine each sees the same load."""
    best = [float("inf")] * len(funcs)
    for _ in range(repeat):
        for i, func in enumerate(funcs):
            start = time.perf_counter()
            func()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def has_markup_option() -> bool:
    out = subprocess.run([sys.executable, "-m", "zhtext.cli", "convert", "--help"], capture_output=True, text=True)
    return "--markup" in out.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=float, default=5.0, help="input size in MB (default 5)")
    parser.add_argument("--config", default="s2t")
    args = parser.parse_args()

    from zhtext.converters import Converter
    from zhtext.converters.markup import convert_prose, split

    text = build_markdown(int(args.size * 1e6))
    data = text.encode("utf-8")
    mb = len(data) / 1e6
    conv = Converter(args.config)
    conv.convert(text[:50_000])  # build the matcher before timing
    doc = split(text, "markdown")
    kept = sum(s.end - s.start for s in doc.spans if s.kept)
    print(f"input: {mb:.2f} MB of Markdown, {len(doc.spans)} spans, {kept / len(text):.1%} of characters kept")

    rows = []
    plain, markup, only_split = interleaved(
        args.repeat, lambda: conv.convert(text), lambda: convert_prose(text, conv, "markdown"),
        lambda: split(text, "markdown"))
    rows.append(("in-process", "plain convert", plain))
    rows.append(("in-process", "convert_prose markdown", markup))
    rows.append(("in-process", "split only", only_split))
    ratios = [("in-process", plain / markup)]

    if has_markup_option():
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "bench.md"
            src.write_bytes(data)
            base = [sys.executable, "-m", "zhtext.cli", "convert", "-c", args.config]

            def run(extra):
                subprocess.run(base + extra + [str(src)], check=True, stdout=subprocess.DEVNULL)

            cli_plain, cli_markup = interleaved(
                args.repeat, lambda: run(["--markup", "none"]), lambda: run(["--markup", "markdown"]))
        rows.append(("command", "zhtext convert --markup none", cli_plain))
        rows.append(("command", "zhtext convert --markup markdown", cli_markup))
        ratios.append(("command", cli_plain / cli_markup))
    else:
        print("(the installed zhtext has no convert --markup: command rows skipped)")

    print(f"\n{'where':11} {'what':34} {'seconds':>8} {'MB/s':>7}")
    for where, what, seconds in rows:
        print(f"{where:11} {what:34} {seconds:8.3f} {mb / seconds:7.1f}")
    print(f"\n{'where':11} {'markup / plain throughput':34} {'target':>8}")
    ok = True
    for where, ratio in ratios:
        ok &= ratio >= TARGET
        print(f"{where:11} {ratio:34.0%} {TARGET:>8.0%}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
