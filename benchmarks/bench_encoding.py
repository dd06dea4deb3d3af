"""Encoding detection: zhtext against chardet, charset-normalizer, cchardet and chardetng.

Runs every detector on the test corpus (``tests/encoding_corpus.py``: Simplified,
Traditional and Hong Kong texts in nine encodings and five lengths, files cut
inside a character, mostly-ASCII files with a few Chinese words, non-Chinese
controls) and prints, side by side:

* accuracy: the share of files whose reported label decodes back to the
  original text (a file cut inside a character counts as right when the label
  decodes everything before the cut; a leading BOM is ignored);
* speed in MB/s on the corpus's UTF-8 and GB/Big5 files, and on large files
  made of the same sentences (zhtext's figure includes its strict decode of
  the whole input; the others only detect);
* accuracy on real text from ``../shared`` when it is there: short hotel
  reviews in GBK and (converted to Taiwan script) in Big5, and saved news
  pages (many GBK/GB2312, some with a stray bad byte);
* accuracy on real files taken byte for byte from public repositories
  (``benchmarks/data/real_encoding_manifest.tsv``: repository, commit, path,
  true encoding set from the repository's context and checked by strict
  decoding, sha256, and whether the file was used to tune zhtext or held
  out), per family, when the files are in a local folder (``--real DIR``,
  default ``$ZHTEXT_REAL_ENCODING`` or ``/work/material/encoding``; laid out
  as ``owner+name/path``).  A label is right when it decodes the file
  strictly to the same text as the true encoding or its superset
  (``gb2312`` -> ``gb18030``, ``shift_jis`` -> ``cp932``, ``iso-8859-1`` -> ``cp1252``, ...);
* the wall time of ``zhtext detect`` against ``chardetect`` on one small
  UTF-8 file, with Python's own start-up for reference.

Tools that are not installed are skipped with a note.  Run from anywhere:

    python benchmarks/bench_encoding.py [--quick] [--real DIR] [--real-only] [--wrong]
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_corpus_module():
    spec = importlib.util.spec_from_file_location("encoding_corpus", REPO / "tests" / "encoding_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["encoding_corpus"] = module
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- detectors


def detectors() -> dict:
    """name -> function(bytes) -> label or None; missing tools are reported."""
    found = {}
    from zhtext.converters.encoding import detect_encoding

    found["zhtext"] = lambda data: detect_encoding(data).encoding
    try:
        import chardet

        version = getattr(chardet, "__version__", "?")

        def run_chardet(data):
            try:
                return chardet.detect(data, prefer_superset=True)["encoding"]
            except TypeError:  # chardet < 7
                return chardet.detect(data, should_rename_legacy=True)["encoding"]

        found[f"chardet {version}"] = run_chardet
    except ImportError:
        print("note: chardet not installed, skipped")
    try:
        import charset_normalizer

        def run_cn(data):
            best = charset_normalizer.from_bytes(data).best()
            return best.encoding if best is not None else None

        found[f"charset-normalizer {charset_normalizer.__version__}"] = run_cn
    except ImportError:
        print("note: charset-normalizer not installed, skipped")
    try:
        import cchardet

        found[f"cchardet {cchardet.__version__}"] = lambda data: cchardet.detect(data)["encoding"]
    except ImportError:
        print("note: cchardet not installed (pip install faust-cchardet), skipped")
    try:
        from chardetng_py import detect as ng_detect

        found["chardetng-py"] = lambda data: ng_detect(data, allow_utf8=True)
    except ImportError:
        print("note: chardetng-py not installed, skipped")
    return found


def label_is_right(sample, label) -> bool:
    if not label:
        return False
    try:
        text = sample.data.decode(label, "replace" if sample.truncated else "strict")
    except (LookupError, UnicodeDecodeError):
        return False
    if text.startswith("\ufeff"):
        text = text[1:]
    if sample.truncated:
        rest = text[len(sample.text):]
        return text.startswith(sample.text) and set(rest) <= {"\ufffd"} and len(rest) <= 2
    return text == sample.text


# ---------------------------------------------------------------- tables


def print_table(title, header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    print(f"\n{title}")
    line = "  ".join(str(h).ljust(w) for h, w in zip(header, widths))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))))


def accuracy(samples, tools):
    groups = {
        "Chinese, all": [s for s in samples if not s.is_control],
        "  full texts": [s for s in samples if s.group == "chinese"],
        "  mostly-ASCII": [s for s in samples if s.group == "mostly-ascii"],
        "  mostly-ASCII GB": [s for s in samples if s.group == "mostly-ascii" and s.encoding.startswith("gb")],
        "  mostly-ASCII Big5": [s for s in samples if s.group == "mostly-ascii"
                                and s.encoding in ("big5", "cp950", "big5hkscs")],
        "  cut in a character": [s for s in samples if s.group == "truncated"],
        "  legacy (GB/Big5)": [s for s in samples if not s.is_control and s.encoding in
                               ("gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs")],
        "controls": [s for s in samples if s.is_control],
    }
    labels = {name: [fn(s.data) for s in samples] for name, fn in tools.items()}
    index = {id(s): i for i, s in enumerate(samples)}
    rows = []
    for group, members in groups.items():
        row = [f"{group} ({len(members)})"]
        for name in tools:
            right = sum(label_is_right(s, labels[name][index[id(s)]]) for s in members)
            row.append(f"{100 * right / len(members):.1f}%")
        rows.append(row)
    no_answer = ["no answer (files)"] + [str(sum(1 for x in labels[n] if not x)) for n in tools]
    rows.append(no_answer)
    print_table("Accuracy: the label decodes to the original text", ["files"] + list(tools), rows)


def real_accuracy(tools, quick):
    """Real text from ../shared: hotel reviews (one short review a file) and saved news pages."""
    shared = REPO.parent / "shared"
    reviews = shared / "corpora" / "hotel_reviews.txt"
    pages = shared / "datasets" / "cwced"
    if not reviews.exists():
        print(f"\nnote: {shared} not found; real-text accuracy skipped")
        return
    from zhtext.converters import Converter

    lines = [l for l in reviews.read_text(encoding="utf-8").splitlines() if l.strip()]
    lines = lines[: 1000 if quick else 3000]
    to_tw = Converter("s2tw")
    sets = {"hotel reviews, GBK": [], "hotel reviews in Taiwan script, Big5": []}
    for line in lines:
        for key, text, enc in (("hotel reviews, GBK", line, "gbk"),
                               ("hotel reviews in Taiwan script, Big5", to_tw.convert(line), "big5")):
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                continue
            if not data.isascii():
                sets[key].append((data, text))
    rows = []
    for key, items in sets.items():
        row = [f"{key} ({len(items)})"]
        for name, fn in tools.items():
            right = 0
            for data, text in items:
                label = fn(data)
                try:
                    right += bool(label) and data.decode(label) == text
                except (LookupError, UnicodeDecodeError):
                    pass
            row.append(f"{100 * right / len(items):.2f}%")
        rows.append(row)
    if pages.exists():
        items = []
        for html in sorted((pages / "original").glob("*.html")):
            gold = pages / "cleaned" / (html.stem + ".txt")
            if gold.exists():
                first = [l.strip() for l in gold.read_text(encoding="utf-8").splitlines() if len(l.strip()) >= 12]
                if first:
                    items.append((html.read_bytes(), first[0][:12]))
        row = [f"news pages (cwced), label decodes the page strictly and finds the text ({len(items)})"]
        for name, fn in tools.items():
            right = 0
            for data, snippet in items:
                label = fn(data)
                try:
                    right += bool(label) and snippet in data.decode(label)
                except (LookupError, UnicodeDecodeError):
                    pass
            row.append(f"{100 * right / len(items):.1f}%")
        rows.append(row)
    print_table("Accuracy on real text (../shared): the label decodes back to the text",
                ["input"] + list(tools), rows)


# the superset a true label is also read with (files written on Windows or read by browsers)
TRUTH_SUPERSET = {"shift_jis": "cp932", "iso8859-1": "cp1252", "latin-1": "cp1252", "gb2312": "gb18030",
                  "gbk": "gb18030", "big5": "cp950", "euc_kr": "cp949", "iso8859-9": "cp1254", "tis-620": "cp874"}
FAMILIES = {
    "Chinese legacy (GB, Big5)": ("gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs"),
    "Japanese (Shift-JIS, EUC-JP)": ("shift_jis", "cp932", "euc_jp", "shift_jis_2004", "euc_jis_2004"),
    "Korean (EUC-KR, Johab)": ("euc_kr", "cp949", "johab"),
}


def family_of(encoding):
    return next((name for name, members in FAMILIES.items() if encoding in members),
                "single-byte (cp125x, ISO-8859, KOI8, DOS)")


def load_real(folder):
    """(repo, path, truth, split, bytes) for every manifest file present in ``folder`` with its checksum."""
    import csv
    import hashlib

    manifest = REPO / "benchmarks" / "data" / "real_encoding_manifest.tsv"
    out, missing = [], 0
    with open(manifest, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            path = Path(folder) / row["repo"].replace("/", "+", 1) / row["path"]
            try:
                data = path.read_bytes()
            except OSError:
                missing += 1
                continue
            if hashlib.sha256(data).hexdigest() != row["sha256"]:
                missing += 1
                continue
            out.append((row["repo"], row["path"], row["encoding"], row.get("split") or "tune", data))
    return out, missing


def truths_of(data, truth):
    texts = {data.decode(truth)}
    sup = TRUTH_SUPERSET.get(truth)
    if sup:
        try:
            texts.add(data.decode(sup))
        except UnicodeDecodeError:
            pass
    return texts


def real_files(tools, folder, show_wrong=0):
    files, missing = load_real(folder)
    if not files:
        print(f"\nnote: no real files under {folder} (see benchmarks/data/real_encoding_manifest.tsv); skipped")
        return
    repos = len({f[0] for f in files})
    labels = {name: [fn(data) for *_, data in files] for name, fn in tools.items()}
    rows = []
    groups: dict[str, list[int]] = {}
    for i, (repo, path, truth, split, data) in enumerate(files):
        for key in (f"{family_of(truth)}", "all files", f"  held out: {family_of(truth)}", "  held out: all"):
            if key.startswith("  held out") and split != "holdout":
                continue
            groups.setdefault(key, []).append(i)
    right = {}
    for name in tools:
        ok = []
        for (repo, path, truth, split, data), label in zip(files, labels[name]):
            good = False
            if label:
                try:
                    good = data.decode(label) in truths_of(data, truth)
                except (LookupError, UnicodeDecodeError):
                    good = False
            ok.append(good)
        right[name] = ok
    order = [k for k in groups if not k.startswith("  ")] + [k for k in groups if k.startswith("  ")]
    for key in order:
        members = groups[key]
        row = [f"{key} ({len(members)})"]
        for name in tools:
            row.append(f"{100 * sum(right[name][i] for i in members) / len(members):.1f}%")
        rows.append(row)
    rows.append(["no answer (files)"] + [str(sum(1 for x in labels[n] if not x)) for n in tools])
    print_table(f"Accuracy on {len(files)} real files from {repos} public repositories"
                f"{f' ({missing} listed files missing)' if missing else ''}: the label decodes the file "
                "to the true text", ["family"] + list(tools), rows)
    if show_wrong:
        zh = next(iter(tools))
        wrong = [(f[0], f[1], f[2], labels[zh][i]) for i, f in enumerate(files) if not right[zh][i]]
        print(f"\n{zh} wrong on {len(wrong)} files:")
        for w in wrong[:show_wrong]:
            print("  " + "  ".join(str(x) for x in w))


def throughput(fn, datas, min_seconds=0.5):
    """MB/s of ``fn`` over ``datas`` in this process's CPU time (steady on a shared machine)."""
    total = sum(map(len, datas))
    runs = 0
    start = time.process_time()
    while True:
        for d in datas:
            fn(d)
        runs += 1
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return total * runs / elapsed / 1e6


def small_files(pool, encoding, count=200, size=400):
    """``count`` files of about ``size`` bytes made of the corpus sentences."""
    import random

    rng = random.Random(size)
    out = []
    for _ in range(count):
        text = ""
        while len(text.encode(encoding)) < size:
            text += rng.choice(pool)
        out.append(text.encode(encoding)[:size].decode(encoding, "ignore").encode(encoding))
    return out


def speed(samples, corpus, tools, quick):
    sets = {
        "corpus UTF-8 files": [s.data for s in samples if s.encoding == "utf-8"],
        "corpus GB/Big5 files": [s.data for s in samples if s.encoding in
                                 ("gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs")],
    }
    sets["~400-byte GB files"] = small_files(corpus.SIMPLIFIED, "gbk")
    sets["~400-byte Big5 files"] = small_files(corpus.TRADITIONAL, "big5")
    sets["corpus GB/Big5 files of 1,200 chars"] = [
        s.data for s in samples if s.group == "chinese" and s.name.split("-")[1] == "1200"
        and s.encoding in ("gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs")]
    zh_s = "".join(corpus.SIMPLIFIED) + "\n"
    zh_t = "".join(corpus.TRADITIONAL) + "\n"
    ascii_doc = "".join(f"line {i}: plain ASCII configuration text, value={i}\n" for i in range(40))
    size = 1 if quick else 4
    sets[f"{size} MB UTF-8, Chinese"] = [(zh_s * (size * 1_000_000 // len(zh_s.encode()))).encode()]
    sets[f"{size} MB UTF-8, mostly ASCII"] = [((ascii_doc + "说明：中文\n") * (size * 1_000_000 // 2200)).encode()]
    sets[f"{size} MB GBK"] = [(zh_s * (size * 1_000_000 // len(zh_s.encode("gbk")))).encode("gbk")]
    sets[f"{size} MB Big5"] = [(zh_t * (size * 1_000_000 // len(zh_t.encode("big5")))).encode("big5")]
    codec = {"UTF-8": "utf-8", "GBK": "gb18030", "GB files": "gb18030", "Big5": "cp950", "GB/Big5": None}
    rows = []
    for name, datas in sets.items():
        row = [f"{name} ({len(datas)} file{'s' if len(datas) > 1 else ''})"]
        for tool, fn in tools.items():
            row.append(f"{throughput(fn, datas, 0.3 if quick else 1.0):.2f}")
        enc = next((c for key, c in codec.items() if key in name), None)
        if enc:
            row.append(f"{throughput(lambda d: d.decode(enc, 'replace'), datas, 0.3 if quick else 1.0):.2f}")
        else:
            row.append("")
        rows.append(row)
    print_table("Speed (MB/s of CPU time). zhtext includes the strict decode of the whole input that confirms its\n"
                "answer; chardet reads at most 200 kB of an input; the last column is that decode alone",
                ["input"] + list(tools) + ["bytes.decode"], rows)


def wall_time(repeats):
    bindir = Path(sys.executable).parent
    zhtext = shutil.which("zhtext", path=str(bindir)) or shutil.which("zhtext")
    chardetect = shutil.which("chardetect", path=str(bindir)) or shutil.which("chardetect")
    if not zhtext or not chardetect:
        print("\nnote: zhtext or chardetect not on PATH; wall-time comparison skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "small.md"
        path.write_text("# 标题\n\n这是一个很小的 UTF-8 文件，用来比较启动时间。\n", encoding="utf-8")
        commands = {
            "python -c pass (start-up floor)": [sys.executable, "-c", "pass"],
            "chardetect FILE": [chardetect, str(path)],
            "zhtext detect FILE": [zhtext, "detect", str(path)],
            "zhtext detect --json FILE": [zhtext, "detect", "--json", str(path)],
        }
        # Byte-compiled modules, as in any installed package: an editable checkout
        # (or PYTHONDONTWRITEBYTECODE) would otherwise recompile zhtext on every run.
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        times = {k: [] for k in commands}
        for round_ in range(repeats + 1):
            for name, cmd in commands.items():
                start = time.perf_counter()
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
                if round_:  # the first round only warms the caches
                    times[name].append(time.perf_counter() - start)
    base = statistics.median(times["chardetect FILE"])
    rows = [[name, f"{1000 * statistics.median(v):.0f}", f"{1000 * min(v):.0f}",
             f"{statistics.median(v) / base:.2f}"] for name, v in times.items()]
    print_table(f"Wall time on one small UTF-8 file ({repeats} runs each)",
                ["command", "median ms", "min ms", "x chardetect"], rows)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    real = os.environ.get("ZHTEXT_REAL_ENCODING", "/work/material/encoding")
    if "--real" in argv:
        real = argv[argv.index("--real") + 1]
    tools = detectors()
    if "--real-only" in argv:
        real_files(tools, real, show_wrong=40 if "--wrong" in argv else 0)
        return 0
    corpus = load_corpus_module()
    samples = corpus.build_corpus(variants=4 if quick else 8)
    print(f"corpus: {len(samples)} files, {sum(len(s.data) for s in samples) / 1e6:.2f} MB; "
          f"python {sys.version.split()[0]}; {os.cpu_count()} CPUs")
    accuracy(samples, tools)
    real_accuracy(tools, quick)
    real_files(tools, real, show_wrong=0 if "--wrong" not in argv else 40)
    speed(samples, corpus, tools, quick)
    wall_time(5 if quick else 15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
