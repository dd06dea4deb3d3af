"""Build the phrase sets shipped in converters/opencc/phrases/ (yue, tw-gov).

Both are OpenCC phrase entries, ``Simplified<TAB>Traditional``, the value in
OpenCC-standard Traditional (the regional step of the chain turns it into
the regional form).  Sources and licences: converters/opencc/phrases/README.md.

yue (written Cantonese, for s2hk / s2hkp / t2hk):
  Words of rime-cantonese's word dictionary (jyut6ping3.words.dict.yaml,
  CC BY 4.0), two characters or more; its word list with counts
  (essay-cantonese.txt) says which spelling is more common.  A word W gets an
  entry t2s(W) -> W when s2hk writes it otherwise and every character s2hk
  gets wrong is one that t2s keeps as it is (晒, 吓: Cantonese keeps a form
  that Mandarin converts) or one of the other candidates of a one-to-many
  character of OpenCC's STCharacters (系 -> 係|系|繫, 只 -> 隻|只): a choice
  among readings, not a spelling preference.  Words whose OpenCC spelling
  is at least as common in the word list, and words whose spelling s2hk's
  Hong Kong step does not produce from the standard form (variants such as
  証), are left out.
  Mandarin guard: entries that change the s2t conversion of standard
  Mandarin text (the benchmark corpora in ../shared/corpora, which are not
  the texts bench_phrases.py measures) are dropped, e.g. 就系 (就系统).

tw-gov (Taiwan official spelling, for s2tw / s2twp / t2tw):
  The examples of the Executive Yuan's unified legal characters table
  (benchmarks/phrase_sources/tw-gov-unified-characters.tsv), two characters
  or more, and every phrase of OpenCC's STPhrases and TWPhrases that contains
  one of them, with the example written in its official form.  計畫, whose
  form the table makes depend on the part of speech (計畫 noun, 計劃 verb)
  while the word is both, is an entry only inside longer phrases, which fix
  the reading (五年計畫).

    python benchmarks/make_phrase_sets.py --rime /work/.mirror/rime+rime-cantonese/repo
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from zhtext.converters import Converter
from zhtext.converters.opencc.data import data_file
from zhtext.converters.opencc.dictionary import parse_entries

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "converters" / "opencc" / "phrases"
GUARD = [ROOT.parent / "shared" / "corpora" / "hotel_reviews.txt", ROOT.parent / "shared" / "corpora" / "zuozhuan.txt"]
# examples of the table's part-of-speech rows whose word is used both as a noun and as a verb
BOTH_PARTS_OF_SPEECH = {"計畫"}
HAN_WORD = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003ffff]{2,}$")


def rime_words(rime: Path) -> tuple[list[str], dict[str, int]]:
    """The words of rime-cantonese's word dictionary, and the counts of its word list (essay)."""
    def show(path):
        return subprocess.run(["git", "--git-dir", str(rime), "show", f"HEAD:{path}"], check=True,
                              capture_output=True).stdout.decode("utf-8")

    words = []
    body = show("jyut6ping3.words.dict.yaml").split("\n...\n", 1)[1]
    for line in body.split("\n"):
        word = line.split("\t", 1)[0]
        if HAN_WORD.match(word):
            words.append(word)
    counts: dict[str, int] = {}
    for line in show("essay-cantonese.txt").split("\n"):
        word, _, count = line.partition("\t")
        if count.strip().isdigit():
            counts[word] = int(count)
    return list(dict.fromkeys(words)), counts


def regional_value(word: str, region_step, reverse: Converter) -> str | None:
    """The OpenCC-standard form of ``word``, if the regional step turns it back into ``word``.

    A word whose regional spelling the regional step does not produce from
    the standard form (a variant spelling, not a reading) gets None.
    """
    value = reverse.convert(word)
    return value if region_step.apply_small(value) == word else None


def build_yue(rime: Path) -> dict[str, str]:
    t2s, s2hk, hk2t = Converter("t2s"), Converter("s2hk"), Converter("hk2t")
    candidates = parse_entries(data_file("STCharacters.txt").read_text(encoding="utf-8"))
    region = s2hk.chain[-1]
    entries: dict[str, str] = {}
    words, counts = rime_words(rime)
    for word in words:
        simplified = t2s.convert(word)
        back = s2hk.convert(simplified)
        if back == word or len(back) != len(word) or len(simplified) != len(word):
            continue
        if counts.get(back, 0) >= counts.get(word, 0) > 0 or (back in counts and word not in counts):
            continue  # OpenCC's spelling is at least as common in rime-cantonese's word list
        ok = all(
            w == s or w in candidates.get(s, ())  # kept as is, or another reading of a one-to-many character
            for s, b, w in zip(simplified, back, word) if b != w
        )
        value = regional_value(word, region, hk2t) if ok else None
        if value is not None and simplified not in entries:
            entries[simplified] = value
    return entries


def build_tw_gov() -> dict[str, str]:
    t2s, s2tw, tw2t = Converter("t2s"), Converter("s2tw"), Converter("tw2t")
    region = s2tw.chain[-1]
    official: dict[str, str] = {}  # simplified example -> official Traditional form
    conditional: set[str] = set()  # examples whose form depends on the part of speech or addressee
    source = ROOT / "benchmarks" / "phrase_sources" / "tw-gov-unified-characters.tsv"
    for line in source.read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith("#"):
            continue
        examples, _use, _avoid, note = (line.split("\t") + [""] * 4)[:4]
        for word in examples.split("、"):
            if HAN_WORD.match(word):
                official.setdefault(t2s.convert(word), word)
                if word in BOTH_PARTS_OF_SPEECH:
                    conditional.add(t2s.convert(word))
    # A phrase entry cannot see a part of speech: an example whose form the
    # table makes depend on it while the word itself is both noun and verb
    # (計畫 as a noun, 計劃 as a verb) is not an entry alone, only inside the
    # longer phrases that fix it (五年計畫).  Words of one part of speech
    # (雇主, 僱用, 紀錄) are entries.
    phrases = [example for example in official if example not in conditional]
    for name in ("STPhrases.txt", "TWPhrases.txt"):
        phrases.extend(parse_entries(data_file(name).read_text(encoding="utf-8")))
    entries: dict[str, str] = {}
    for key in dict.fromkeys(phrases):
        simplified = t2s.convert(key)
        out = s2tw.convert(simplified)
        if len(out) != len(simplified):
            continue
        fixed = out
        for example, word in official.items():
            if example == simplified and example in conditional:
                continue
            start = simplified.find(example)
            while start >= 0:
                fixed = fixed[:start] + word + fixed[start + len(word):]
                start = simplified.find(example, start + 1)
        if fixed != out:
            value = regional_value(fixed, region, tw2t)
            if value is not None:
                entries.setdefault(simplified, value)
    return entries


def guard(entries: dict[str, str], texts: list[str], config: str) -> dict[str, str]:
    """Drop entries that change the conversion of standard Mandarin text."""
    longest = max(map(len, entries), default=0)
    for _ in range(3):
        write(entries, OUT / "_guard.txt")
        plain, with_set = Converter(config), Converter(config, phrases=("_guard",))
        dropped = set()
        for text in texts:
            a, b = plain.convert(text), with_set.convert(text)
            if a == b:
                continue
            if len(a) != len(b):
                raise SystemExit("guard: output lengths differ")
            for p in (i for i, (x, y) in enumerate(zip(a, b)) if x != y):
                for size in range(2, longest + 1):
                    for start in range(max(0, p - size + 1), p + 1):
                        key = text[start:start + size]
                        if key in entries:
                            dropped.add(key)
        if not dropped:
            break
        print(f"guard: dropping {len(dropped)} entries: {' '.join(sorted(dropped))}", file=sys.stderr)
        entries = {k: v for k, v in entries.items() if k not in dropped}
    (OUT / "_guard.txt").unlink(missing_ok=True)
    return entries


def write(entries: dict[str, str], path: Path, header: str = "") -> None:
    lines = [f"{k}\t{v}" for k, v in sorted(entries.items())]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rime", type=Path, required=True, help="bare git mirror of rime/rime-cantonese")
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in GUARD]
    yue = guard(build_yue(args.rime), texts, "s2t")
    commit = subprocess.run(["git", "--git-dir", str(args.rime), "rev-parse", "HEAD"], check=True,
                            capture_output=True).stdout.decode().strip()
    write(yue, OUT / "yue.txt",
          "# zhtext phrase set 'yue' (written Cantonese). Built by benchmarks/make_phrase_sets.py from\n"
          f"# rime-cantonese (github rime/rime-cantonese, commit {commit}), CC BY 4.0,\n"
          "# by the Cantonese Computational Linguistics Infrastructure Development Workgroup (CanCLID).\n")
    tw = build_tw_gov()
    write(tw, OUT / "tw-gov.txt",
          "# zhtext phrase set 'tw-gov' (Taiwan official spelling). Built by benchmarks/make_phrase_sets.py from\n"
          "# the unified legal characters table (法律統一用字表) of the Executive Yuan's Document Handling\n"
          "# Manual (文書處理手冊, July 2015), an official document (ROC Copyright Act art. 9), and OpenCC's\n"
          "# STPhrases/TWPhrases (Apache-2.0).\n")
    print(f"yue: {len(yue)} entries, tw-gov: {len(tw)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
