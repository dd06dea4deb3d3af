"""Phrase sets: opt-in extra phrase entries for a regional or domain spelling.

A phrase set is a text dictionary shipped with zhtext (``phrases/NAME.txt``,
OpenCC's ``Simplified<TAB>Traditional`` format, values in OpenCC-standard
Traditional).  Its entries join the configuration the way OpenCC's own
phrase dictionaries do: they are added to the segmentation dictionary and
to the first conversion step, as a ``union`` member placed first (the
longest match wins; on an equal key the phrase set's value wins), and what
they write passes through the later steps of the chain like any other
phrase (so ``s2hk`` still applies the Hong Kong variants).  Sources and
licences: ``phrases/README.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError
from .dictionary import read_text_dictionary

PHRASES_DIR = Path(__file__).resolve().parent / "phrases"


@dataclass(slots=True, frozen=True)
class PhraseSet:
    """A named phrase set and the file it is read from."""

    name: str
    path: Path

    def entries(self) -> dict[str, tuple[str, ...]]:
        return read_text_dictionary(self.path)


def list_phrase_sets() -> list[str]:
    """The names of the phrase sets zhtext ships."""
    return sorted(p.stem for p in PHRASES_DIR.glob("*.txt"))


@functools.cache
def phrase_set(name: str) -> PhraseSet:
    """The phrase set called ``name``; an unknown name is a one-line error listing the known ones."""
    path = PHRASES_DIR / f"{name}.txt"
    if "/" in name or not path.is_file():
        raise DictionaryError(
            f"unknown phrase set {name!r}; choose one of: {', '.join(list_phrase_sets()) or '(none)'}"
        )
    return PhraseSet(name, path)
