"""Issue 13's seed check: ``zhtext clean -c s2tw`` of the seed page, typeset.

Runs ``zhtext clean -c s2tw`` on ../shared/seeds/000_9749e91c1cab501d.txt
(the page the project was created from), passes the output through the
typesetter with the default rules and checks:

- no ASCII punctuation ``, . : ; ! ? ( )`` directly after a Han character;
- the sequence of Han characters is exactly the one ``clean -c s2tw`` gave.

Prints the counts before and after and every remaining offender; exits 1 if
a check fails.  ``zhtext clean -c s2tw --typeset`` must give the same text.

    python benchmarks/check_seed_typeset.py [SEED]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from zhtext.converters.typeset import HAN, typeset

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_9749e91c1cab501d.txt"
_HAN = re.compile(f"[{HAN}]")
_ASCII_AFTER_HAN = re.compile(f"[{HAN}][,.:;!?()]")


def main(argv: list[str]) -> int:
    seed = Path(argv[0]) if argv else SEED
    cleaned = subprocess.run(
        [sys.executable, "-m", "zhtext.cli", "clean", "-c", "s2tw", str(seed)],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    result = typeset(cleaned)
    piped = subprocess.run(
        [sys.executable, "-m", "zhtext.cli", "clean", "-c", "s2tw", "--typeset", str(seed)],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    before = _ASCII_AFTER_HAN.findall(cleaned)
    after = list(_ASCII_AFTER_HAN.finditer(result))
    same_han = _HAN.findall(result) == _HAN.findall(cleaned)
    print(f"seed: {seed.name}")
    print(f"ASCII punctuation right after a Han character: {len(before)} after clean -c s2tw, {len(after)} after typeset")
    for m in after:
        print(f"  left: {result[max(0, m.start() - 15) : m.end() + 15]!r}")
    print(f"Han characters unchanged: {same_han} ({len(_HAN.findall(cleaned))} characters)")
    print(f"typeset again changes nothing: {typeset(result) == result}")
    print(f"zhtext clean -c s2tw --typeset gives the same text: {piped == result}")
    return 0 if not after and same_han and piped == result else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
