"""Regenerate converters/data/hanzi_frequency.txt from jieba's word list.

The encoding detector weighs a candidate decoding by how common its
characters and character pairs are in Chinese text.  This script derives
those counts from the dictionary shipped with the ``jieba`` package (MIT
License; ``pip install jieba==0.42.1``): a character's count is the sum of
the frequencies of the words it occurs in, a pair's count the same for
adjacent characters inside words.  Only Simplified forms are kept; the
detector folds Traditional characters to Simplified with OpenCC's
TSCharacters table before looking them up.

    python benchmarks/make_hanzi_frequency.py > converters/data/hanzi_frequency.txt
"""

from __future__ import annotations

import math
import os
import sys
from collections import Counter

CHARS = 8000
MIN_PAIR = 30  # pairs rarer than this are left out


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def main() -> int:
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    chars: Counter = Counter()
    pairs: Counter = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            for i, ch in enumerate(word):
                if is_han(ch):
                    chars[ch] += freq
                    if i and is_han(word[i - 1]):
                        pairs[word[i - 1] + ch] += freq
    out = sys.stdout
    out.write("# Character and in-word character-pair counts of Simplified Chinese,\n"
              "# derived from jieba 0.42.1 dict.txt (MIT License) by\n"
              "# benchmarks/make_hanzi_frequency.py.\n"
              "# Characters: CHAR<TAB>COUNT.  After '## pairs': FIRST<TAB> then, for every\n"
              "# second character, the character and one letter L with count ~ 2**(ord(L)-65).\n")
    for ch, n in chars.most_common(CHARS):
        out.write(f"{ch}\t{n}\n")
    out.write("## pairs\n")
    groups: dict[str, list[str]] = {}
    for pair, n in sorted(pairs.items()):
        if n >= MIN_PAIR:
            bucket = chr(65 + min(25, round(math.log2(n))))
            groups.setdefault(pair[0], []).append(pair[1] + bucket)
    for first, seconds in groups.items():
        out.write(f"{first}\t{''.join(seconds)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
