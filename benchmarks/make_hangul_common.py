"""Regenerate converters/data/hangul_common.txt: the Hangul syllables ordinary Korean text uses.

    python benchmarks/make_hangul_common.py > converters/data/hangul_common.txt

Counts the Hangul syllables of the Korean message catalogs installed on a
Debian system (``/usr/share/locale/ko/LC_MESSAGES/*.mo``, translations of
free software) and keeps those seen at least twice, commonest first.  The
encoding detector uses the set to tell Korean text (EUC-KR, cp949) from GBK
or Big5 bytes read as Korean: those turn into rare syllables (``쫄퓰``).
"""

from __future__ import annotations

import collections
import gettext
import glob
import sys


def main() -> int:
    counts: collections.Counter[str] = collections.Counter()
    files = sorted(glob.glob("/usr/share/locale/ko/LC_MESSAGES/*.mo"))
    for path in files:
        try:
            with open(path, "rb") as fh:
                catalog = gettext.GNUTranslations(fh)._catalog
        except (OSError, UnicodeError, gettext.error if hasattr(gettext, "error") else OSError):
            continue
        for text in catalog.values():
            if isinstance(text, str):
                counts.update(ch for ch in text if "\uac00" <= ch <= "\ud7a3")
    common = [ch for ch, n in counts.most_common() if n >= 2]
    if not common:
        print("no Korean message catalogs found", file=sys.stderr)
        return 1
    sys.stdout.write("# Hangul syllables seen at least twice in the Korean message catalogs of a Debian\n"
                     f"# system ({len(files)} files), commonest first; benchmarks/make_hangul_common.py.\n"
                     + "".join(common) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
