"""Mojibake repair: how much garbled text comes back, and that clean text never changes.

Garbles real Chinese text from ``../shared/corpora`` (hotel reviews in
Simplified script, the Zuozhuan in classical Chinese, and the reviews
converted to Taiwan script) the way it happens: the UTF-8 bytes of a line
(or of a paragraph of five lines) are decoded with GBK, Big5 (cp950) or
cp1252 / Latin-1.  Only exactly reversible cases count (the wrong codec
decoded every byte); :func:`zhtext.converters.mojibake.repair` must give back
the original text.  Clean text (the same lines, untouched, plus the test
corpus's Japanese, Korean and European sentences) must come back unchanged
with no mojibake reported.  With ``--real DIR`` the real files of
``benchmarks/data/real_encoding_manifest.tsv``, decoded with their true
encoding, are checked as clean text too.

    python benchmarks/bench_mojibake.py [--quick] [--real DIR]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

WRONG = (("gbk", "gbk"), ("big5", "cp950"), ("cp1252", "cp1252"), ("latin-1", "latin-1"))


def texts(quick: bool) -> dict[str, list[str]]:
    shared = REPO.parent / "shared" / "corpora"
    out: dict[str, list[str]] = {}
    limit = 1500 if quick else 6000
    reviews = [l for l in (shared / "hotel_reviews.txt").read_text("utf-8").splitlines() if l.strip()][:limit]
    classic = [l for l in (shared / "zuozhuan.txt").read_text("utf-8").splitlines() if l.strip()][:limit]
    out["hotel reviews (lines)"] = reviews
    out["Zuozhuan (lines)"] = classic
    out["hotel reviews (5-line paragraphs)"] = ["\n".join(reviews[i:i + 5]) for i in range(0, len(reviews), 5)]
    from zhtext.converters import Converter

    out["hotel reviews, Taiwan script"] = [Converter("s2tw").convert(l) for l in reviews[: limit // 2]]
    # clauses: short texts are more often exactly reversible as GBK or Big5
    import re

    out["clauses of both (Simplified)"] = [c for l in reviews + classic for c in re.split(r"[，。！？；,.!?;]", l)
                                           if len(c) >= 2][: limit * 2]
    out["clauses, Taiwan script"] = [Converter("s2tw").convert(c) for c in out["clauses of both (Simplified)"][:limit]]
    return out


def controls() -> list[str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("encoding_corpus", REPO / "tests" / "encoding_corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    sys.modules["encoding_corpus"] = corpus
    spec.loader.exec_module(corpus)
    return corpus.JAPANESE + corpus.KOREAN + corpus.FRENCH + corpus.ENGLISH + corpus.SIMPLIFIED + \
        corpus.TRADITIONAL + corpus.HONG_KONG


def print_table(title, header, rows):
    from bench_encoding import print_table as table  # (benchmarks/ is on sys.path above)

    table(title, header, rows)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    from zhtext.converters.mojibake import repair

    sets = texts(quick)
    rows = []
    failures = []
    start = time.perf_counter()
    total_chars = 0
    for name, items in sets.items():
        row = [name]
        for read_as, codec in WRONG:
            reversible = repaired = 0
            for text in items:
                try:
                    garbled = text.encode("utf-8").decode(codec)
                except UnicodeDecodeError:
                    continue  # bytes the wrong codec could not read: not exactly reversible
                if garbled == text:
                    continue
                reversible += 1
                total_chars += len(garbled)
                result = repair(garbled)
                same = {read_as, "cp1252"} if read_as == "latin-1" else {read_as}  # identical without C1 bytes
                if result.text == text and result.mojibake and result.mojibake.read_as in same:
                    repaired += 1
                elif len(failures) < 10:
                    failures.append((name, read_as, text[:40]))
            row.append(f"{100 * repaired / reversible:.2f}% of {reversible}" if reversible else "-")
        rows.append(row)
    elapsed = time.perf_counter() - start
    print_table("Exactly reversible mojibake repaired (UTF-8 text decoded with the wrong codec)",
                ["text"] + [f"read as {r}" for r, _ in WRONG], rows)

    # the commoner real case: the wrong codec replaced what it could not read (U+FFFD), bytes are gone
    from zhtext.converters.mojibake import detect_mojibake

    rows = []
    for name, items in sets.items():
        row = [name]
        for read_as, codec in WRONG[:2]:
            lossy = named = untouched = 0
            for text in items:
                try:
                    text.encode("utf-8").decode(codec)
                    continue  # exactly reversible: counted above
                except UnicodeDecodeError:
                    garbled = text.encode("utf-8").decode(codec, "replace")
                lossy += 1
                found = detect_mojibake(garbled)
                named += bool(found and found.bytes_lost and found.read_as == read_as)
                result = repair(garbled)
                untouched += not result.changed and bool(result.reason)
            row.append(f"{100 * named / lossy:.1f}% / {100 * untouched / lossy:.1f}% of {lossy}" if lossy else "-")
        rows.append(row)
    print_table("Mojibake with bytes gone (decoded with U+FFFD for unreadable bytes): named by "
                "detect_mojibake / left alone with a reason by repair",
                ["text"] + [f"read as {r}" for r, _ in WRONG[:2]], rows)
    if failures:
        print("\nnot repaired (first 10):")
        for f in failures:
            print("  ", *f)

    clean = [t for items in sets.values() for t in items] + controls()
    real = os.environ.get("ZHTEXT_REAL_ENCODING", "/work/material/encoding")
    if "--real" in argv:
        real = argv[argv.index("--real") + 1]
    real_texts = []
    try:
        from bench_encoding import load_real

        for repo, path, truth, split, data in load_real(real)[0]:
            real_texts.append(data.decode(truth))
    except Exception as exc:  # the folder is optional
        print(f"note: real files skipped ({exc})")
    changed = [t[:40] for t in clean + real_texts if repair(t).changed]
    rows = [["clean texts (corpora lines, test sentences)", len(clean),
             sum(1 for t in clean if repair(t).changed), sum(1 for t in clean if detect_mojibake(t))]]
    if real_texts:
        rows.append([f"real legacy files decoded right ({real})", len(real_texts),
                     sum(1 for t in real_texts if repair(t).changed),
                     sum(1 for t in real_texts if detect_mojibake(t))])
    print_table("Clean text: changes and false detections (must be 0)",
                ["text", "items", "changed", "named mojibake"], rows)
    for t in changed[:10]:
        print("   changed:", repr(t))
    print(f"\nrepair speed on garbled text: {total_chars / elapsed / 1e6:.2f} M characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
